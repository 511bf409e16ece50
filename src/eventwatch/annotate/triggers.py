"""Event triggers: the words that say something happened, each tied to an incident class.

A class maps to ACLED's event and sub-event types and to the GTD's attack type in
`eventwatch.taxonomy`; here we only find the words and mark their tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .actors import CROWD_FAITHFUL, CROWD_OF_PEOPLE, CROWD_TOWNSFOLK, PROTESTING, crowds_by_protest
from .text import DisjointSpans, FoldedPattern, OnText

# "an explosive device", "IEDs", "landmines": a device that can be found before it goes off ("mine"
# alone is also a pronoun).
DEVICE_WORDS = r"(?:explosive devices?|ieds?|bombs?|(?:land ?)?mines|grenades?|explosives)"
# what forces take or lose: "captured the district centre", "took over the village"
MILITARY_SITE = (r"(?:(?:division(?:al)?|brigade|battalion|regiment(?:al)?|corps|army|military|garrison|sector|zone|command)"
                 r" (?:headquarters|hq|command posts?|garrisons?|barracks|camps?|bases?)|barracks|garrisons?|bases?)")
CONTROLLED_PLACE = r"(?:villages?|towns?|cit(?:y|ies)|districts?|district cent(?:er|re)s?|areas?|territor(?:y|ies)|bases?|outposts?|positions?|hills?|neighbou?rhoods?|localit(?:y|ies))"
# people a blow or a kick can be aimed at ("beat a journalist"; not "beat the visitors 2-1", a team):
# the unarmed among the people a count is told of (extract.counts.PERSON_NOUN, which a test keeps
# holding every word here; the annotator cannot import it, so the few words are chosen here)
UNARMED_VICTIM = (r"(?:journalists?|reporters?|photographers?|cameram[ae]n|activists?|students?|teachers?|m[ae]n|wom[ae]n|boys?|girls?|"
                  r"workers?|doctors?|nurses?|villagers?|residents?|farmers?|civilians?|lawyers?|worshipp?ers?|priests?|monks?|pastors?|imams?|clerics?|rabbis?|nuns?|"
                  r"refugees?|migrants?|voters?|candidates?|officials?|election (?:officials?|workers?)|health workers?|aid workers?)")
# the object of a blow: "a journalist", "two students", "the local election officials"
UNARMED_OBJECT = rf"(?:an? |the |two |three |several |\d+ )?(?:[\w-]+ ){{0,2}}?{UNARMED_VICTIM}"
# a fire told as what burned ("a blaze burned three homes", "the bushfire burnt down a barn"): no one's act
FIRE_SUBJECT = r"(?<!fire )(?<!fires )(?<!blaze )(?<!blazes )(?<!flames )"
# the crowds named by their protest (annotate.actors), each by its head noun: "striking bus drivers"
# is read as up to two words before "drivers"
PROTEST_CROWD_HEADS = "|".join(noun for noun in crowds_by_protest()
                               if not any(noun.endswith(f" {other}") for other in crowds_by_protest()))
# the verbs of a way shut by a crowd: "blocked the highway", "closed a bridge" (senses reads them too)
BLOCKADE_VERBS = "blocked|blockaded|barricaded|cut off|closed"
# beasts a fire or a crowd may burn: no person killed
ANIMALS = r"(?:cows?|cattle|bulls?|goats?|sheep|pigs?|dogs?|cats?|horses?|donkeys?|camels?|chickens?|animals?|livestock)"
# a game's score: "beat the visitors 2-1", "were beaten 3-0"
SCORE = r" \d+ ?[-–] ?\d+"
# a contest it happened in: "in the final", "in the mayoral election" (not "in the election violence")
IN_CONTEST = (r"in (?:the|a|an|their|this|last) (?:[\w-]+ ){0,2}?(?:finals?|semi-finals?|quiz|race|"
              r"elections?|match|game|vote|polls?|contest|competition|tournament|league|championship|round|debate|exams?)\b"
              r"(?! (?:protests?|rall(?:y|ies)|violence|riots?|unrest|clash(?:es)?|march(?:es)?|demonstrations?|campaign)\b)")
# "beaten" that tells a defeat, no beating: driven off ("beaten back"), a game lost ("beaten 3-0",
# "beaten on penalties"), a contest lost ("beaten out in the final", "beaten to the title", "was
# beaten in the semi-final": IN_CONTEST, which CONTEST_AFTER reads after "beat" too)
BEATEN_DEFEAT = (r" back| off| by (?:the )?(?:army|forces|troops)|" + SCORE + r"| (?:on|in|after) penalties"
                 r"| out\b| to (?:the )?(?:title|prize|award|punch|first|second|top)| " + IN_CONTEST)
# a contest won, not a beating ("beat three other candidates", "beat the boys in the quiz", "beat the students 3-1")
CONTEST_AFTER = rf" (?:to (?:win|take|claim|the)|{IN_CONTEST})|{SCORE}| by \d"
# class -> patterns (regular expressions over lower-cased words); order = priority when one
# sentence holds several triggers (the most specific incident wins). Two conventions:
# - a key "A:B" files its triggers as class A (B only names the entry): a second place for A in the
#   order, ahead of the classes that would take its words;
# - a pattern's group named `trigger`, where it has one, is the trigger: the words before it only
#   select it ("police fired sound bombs": the police are the side using the weapon; "dispersed the
#   mourners": the intervention's word). (One such pattern a class: the group name is unique.)
TRIGGERS: dict[str, list[str]] = {
    "cache": [r"(?:weapons?|arms|ammunition|explosives?|munitions|rockets|mortar rounds|ieds|bombs|explosive devices?) (?:caches?|depots?|stockpiles?|dumps?)",
              r"caches?", r"(?:defused|dismantled|neutrali[sz]ed|defusing|dismantling)", r"disarm(?:ed|ing) (?:an? |the |\d+ )?(?:[\w-]+ ){0,2}(?:bombs?|ieds?|explosive devices?|explosives|mines?|landmines?|vests?|belts?|rockets?)", r"controlled (?:detonation|explosion)", r"intercepted (?:[\w-]+ ){0,4}(?:explosives?-laden|drones?|missiles?|rockets?|projectiles?)",
              r"(?:downed|shot down|brought down) (?:[\w-]+ ){0,4}?(?:drones?|(?:cruise |ballistic )?missiles?|rockets?|projectiles?)\b",
              rf"{DEVICE_WORDS}(?: [\w-]+){{0,8}}? (?:was|were|had been|has been|have been) (?:found|discovered|spotted|detected|uncovered)",
              # (what was destroyed, not the means: "destroyed a mast with explosives" is no cache destroyed;
              # "a car packed with explosives" is one)
              r"destroyed (?:(?!(?<!ed )with |using )[\w-]+ ){0,5}(?:drones|uavs|(?:cruise |ballistic )?missiles|weapons|arms|ammunition|explosives|rockets|ieds|bombs|explosive devices?|suicide vests?|explosive belts?|mortar rounds|landmines|(?:anti-personnel|anti-tank|anti-vehicle) mines)\b",
              r"(?:seized|found|discovered|uncovered|confiscated|recovered|(?:seizure|discovery|confiscation) of) (?:[\w-]+ ){0,5}(?:weapons|arms|ammunition|explosives|rockets|ieds|bombs|hideouts?|tunnels?|explosive devices?|suicide vests?|explosive belts?|guns?|rifles?|launchers?|mortars?|grenades?)"],
    # (before the weapons that carry it: "chemical bombs", "chemical shells" are a chemical weapon)
    "chemical": [r"chemical (?:weapons?|attacks?|agents?|munitions|bombs?|shells?|rockets?)", r"chlorine(?: gas)?", r"sarin(?: gas)?",
                 r"mustard gas", r"nerve (?:agents?|gas)", r"(?:toxic|poison(?:ous)?) gas(?:es)?",
                 # tear gas dropped or fired on troops or their positions, no crowd: a gas used as a weapon of war
                 # (on a crowd it stays the police's intervention below)
                 # (the trigger is the gas alone: the troops after it are the side it struck)
                 r"tear ?gas(?=(?: [\w-]+){0,3}? (?:on|at|against|into) (?:the |their |enemy )?(?:[\w-]+ ){0,2}?"
                 r"(?:positions?|trenches|troops|soldiers|servicemen|dugouts?|bunkers?|front ?lines?|military posts?|army posts?)\b(?!['’]))"],
    "suicide": [r"suicide (?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|vest|belt|car bomb(?:er|ers|ing)?)",
                r"blew (?:himself|herself|themselves) up", r"detonated (?:his|her|their) (?:explosive )?(?:vest|belt)"],
    "air": [r"air ?strikes?", r"air ?raids?", r"drone (?:strikes?|attacks?)", r"aerial (?:bombardment|attacks?|strikes?)",
            r"(?:warplanes?|jets?|aircraft|drones?|helicopters?|planes?) (?:\w+ly )?(?:struck|bombed|targeted|hit|attacked|shelled|raided|carried out|conducted|launched|dropped)",
            r"(?:bombed|targeted|struck|hit) by (?:\w+ )?(?:warplanes?|jets?|aircraft|drones?|helicopters?)",
            r"airstrikes?", r"bombard(?:ed|ment)",
            # a drone that carries the blast is a drone strike in ACLED, whoever flies it ("attacked the base with
            # explosive-laden drones", "a kamikaze drone hit a bus")
            r"(?:explosives?-(?:laden|carrying|packed)|bomb-(?:laden|carrying)|kamikaze|suicide|attack|armed|fpv|loitering) drones?",
            r"with (?:an? |two |three |several |\d+ )?(?:[\w-]+ )?drones?",
            # bombs only aircraft drop: "glide bombs struck Kelm", "a guided aerial bomb hit a school"
            r"(?:glide|guided aerial|aerial|barrel) bombs?",
            r"drones? (?:[\w-]+ ){0,6}?dropped", r"drones? (?:belonging to|operated by|of|from) (?:[\w-]+ ){1,4}?(?:struck|hit|targeted|bombed)", r"dropped (?:[\w-]+ ){0,4}?(?:from|by) (?:an? |the )?(?:[\w-]+ )?drones?", r"(?:military|forces|army|jets|aircraft|warplanes|drones?) bombed",
            r"aircraft (?:from|of) (?:the )?(?:[\w-]+ ){0,5}?(?:bombed|struck|targeted|hit)", r"air operations?", r"air ?forces?", r"by air", r"(?:uav|drone) strikes?", r"gunships?",
            r"(?:iraqi|turkish|coalition|us|u\.s\.|american|iranian|israeli|russian|syrian|unidentified|unknown) (?:military )?(?:warplanes?|jets?|aircraft|drones?|helicopters?|gunships?|fighter jets?)"],
    "shelling": [r"shell(?:ed|ing|s)?", r"mortars?(?: shells?| rounds?| bombs?)?", r"katyushas?(?: rockets?)?", r"rockets?",
                 r"artillery", r"missiles?", r"projectiles?", r"rpgs?", r"rocket-propelled grenades?"],
    # Crowd control by police or troops, their intervention: a stun grenade or a flash-bang is no grenade
    # attack, and a sound bomb the police fire at a crowd is no explosive device (ahead of both weapons,
    # so that theirs does not take the words)
    "intervention:crowd_control": [r"(?:stun|flash|concussion) grenades?", r"flash-? ?bangs?",
                                   r"(?:police(?:men)?|(?:police )?officers|security forces|law enforcers|troops|soldiers) "
                                   r"(?:(?!(?:said|say|says|told|tell|reported|blamed|accused|suspect\w*|believe\w*|claimed)\b)[\w-]+ ){1,4}?"
                                   r"(?P<trigger>sound (?:bombs?|grenades?))"],
    "grenade": [r"(?:hand )?grenades?"],
    # ACLED codes a sound bomb as an explosive device
    "ied": [r"ieds?", r"vbieds?", r"improvised explosive devices?", r"sound bombs?",
            r"(?:roadside|car|truck|motorcycle|sticky|magnetic|parcel|explosive) bombs?",
            r"explosive devices?", r"explosive charges?", r"bombs?", r"explosives?-laden (?:vehicles?|boats?|cars?|trucks?|motorcycles?)", r"land ?mines?", r"anti-? ?(?:tank|personnel|vehicle) mines?", r"(?:a )?mine (?:exploded|blast|explosion)",
            r"(?:stepped|stepping|steps|drove|driving|ran|running) (?:on|over) (?:an? |the )?mines?",
            r"booby[- ]trap(?:ped|s)?", r"bomb (?:exploded|went off|blast|attack)", r"bombs? (?:exploded|detonated)",
            r"explosions?", r"blasts?", r"exploded", r"detonated", r"bombings?", r"car bomb(?:s|ing|ings)?"],
    # ACLED's own sub-event types for a poison gas attack, a rape, a deal between parties and a
    # place that changed hands without a fight (each ahead of the weapon, harm or move it comes with)
    "sexual": [r"(?:gang-?)?rap(?:ed|es|ing)", r"(?:gang-?)?rape", r"sexual(?:ly)? (?:assault(?:ed|s)?|abus(?:ed|e)|violence|violated|exploit(?:ed|ation))",
               r"sexual slavery"],
    "agreement": [r"(?:(?:signed|reached|concluded|struck|brokered|agreed (?:on|upon|to)) (?:an? |the )?|agreed (?:an? |the ))(?:[\w-]+ ){0,3}?(?:agreements?|deals?|accords?|truces?|cease-?fires?|memorand(?:um|a)(?: of understanding)?)"
                  # ("agreed a date for ceasefire talks": a deal's word naming the talks is no deal)
                  r"(?! (?:talks|negotiations?|violations?)\b)",
                  # ("agreed the terms of a prisoner exchange": the deal's terms are the deal)
                  r"agreed (?:(?:to|on|upon) )?(?:an? |the )?(?:(?:terms|details|modalities|conditions) (?:of|for) (?:an? |the )?)?"
                  r"(?:[\w-]+ ){0,2}?(?:prisoners? (?:exchange|swap)|exchange of (?:prisoners|detainees|bodies)|swap)",
                  # ("the two sides agreed to exchange prisoners")
                  r"agreed (?:to|on) (?:exchange|swap|exchanging|swapping) (?:[\w-]+ ){0,2}?(?:prisoners|detainees|captives|bodies)",
                  # prisoners freed or swapped by a deal between parties (ACLED's agreement)
                  r"(?:exchanged|swapped) (?:[\w-]+ ){0,3}?(?:prisoners|detainees|captives|bodies)", r"prisoners? (?:exchange|swap)",
                  r"(?:as part of|under|in line with) (?:an? |the )?(?:[\w-]+ ){0,3}?(?:deal|agreement|accord|truce|ceasefire)"],
    "peaceful_transfer": [r"without (?:a |any )?(?:fight(?:ing)?|resistance|a shot (?:being )?fired|bloodshed|(?:armed )?confrontation|incidents?)",
                          # a place entered with nobody to stop them ("entered Kelm, Tarvo, unopposed")
                          r"(?:entered|moved into|marched into|rolled into) (?:[\w'-]+,? ){1,4}?(?:unopposed|without (?:a |any )?(?:fight(?:ing)?|resistance))",
                          r"unopposed",
                          r"handed (?:it|them) over",
                          rf"handed (?:over )?(?:control of )?(?:the )?(?:[\w-]+ ){{0,3}}?{CONTROLLED_PLACE} (?:[\w'-]+ ){{0,3}}?to"],
    "kidnap": [r"kidnap(?:ped|ping|pings|s)?", r"hijack(?:ed|ing|s)?", r"forcibly disappeared", r"forc(?:ed|ibly) disappear(?:ed|ance)", r"taken away",
               # someone picked up whose whereabouts are not known since: a forced disappearance
               r"(?:picked|whisked|scooped) (?:\w+ ){0,4}?(?:up|away)(?=[^.]{1,160}?\b(?:whereabouts (?:are |is |remain |remains )?(?:still )?(?:unknown|not known)|(?:has|have) not been (?:seen|heard from) since))", r"abduct(?:ed|ion|ions|s|ing)?", r"taken hostage", r"took (?:(?!any\b|no\b)[\w'-]+ ){0,6}?hostages?", r"holding (?:[\w-]+ ){1,6}?hostages?",
               r"held hostage", r"held (?:[\w'-]+ ){1,6}?hostages?", r"seized (?:\w+ ){0,2}(?:hostages?|civilians|men|people|shepherds|farmers)"],
    "bodies": [r"(?:bodies|body|corpses?|remains)(?: of [^,.;]{1,60}?)? (?:were |was |have been |had been )?(?:found|discovered|recovered|retrieved|pulled)",
               r"(?:found|discovered|recovered|retrieved) (?:the )?(?:\w+ ){0,3}(?:bodies|body|corpses?)",
               ],
    "execution": [r"execut(?:ed|ion|ions|ing)", r"behead(?:ed|ing)", r"assassinat(?:ed|ion|ing)", r"murder(?:ed|s)?",
                  r"shot (?:him|her|them)? ?dead", r"gunned down", r"lynched", r"(?:beat|beaten|stoned|hacked) (?:[\w-]+ ){0,6}?to death",
                  # people burning someone alive ("a crowd burned alive a suspected thief"): not a fire's own
                  # deaths ("a blaze burnt two goats to death") nor a victim told in the passive with no hand
                  rf"{FIRE_SUBJECT}(?<!was )(?<!were )(?<!been )(?<!being )burn(?:ed|t) "
                  rf"(?!(?:[\w-]+ ){{0,3}}?{ANIMALS} (?:alive|to death))(?:[\w-]+ ){{0,4}}?(?:alive|to death)(?! by\b)"],
    "excessive": [r"live (?:ammunition|bullets|fire|rounds|shots)", r"(?:opened fire|fired|shot|shooting|firing) (?:on|at|upon|into) (?:the |a )?(?:crowds? of )?(?:[\w-]+ )?(?:protesters|demonstrators|crowds?)",
                  r"(?:were|where|was) fired (?:up)?on",
                  # a crowd named by what it was doing: "opened fire on students demonstrating against the quota"
                  r"(?:opened fire|fired|shot|firing) (?:on|at|upon|into) (?:the |a |hundreds of |thousands of |dozens of )?(?:[\w-]+ ){0,2}?"
                  r"(?:students|people|workers|residents|youths|supporters|villagers|farmers|teachers|women|men|crowds?) "
                  r"(?:who (?:were|had been) )?(?:demonstrating|protesting|marching|rallying)"],
    "intervention": [r"tear ?gas", r"water cannons?", r"rubber bullets", r"dispersed", r"disperse",
                     # police beating a crowd: ACLED's intervention (no lethal force)
                     r"(?:beat|beaten|beating) (?:up )?(?:the |some )?(?:[\w-]+ )?(?:protesters|demonstrators|crowds?)", r"batons?",
                     r"broke up (?:a |the )?(?:[\w-]+ )?(?:protests?|demonstrations?|sit-ins?|crowds?|rall(?:y|ies)|gatherings?|marches)",
                     # forces clearing a sit-in or removing a crowd
                     r"(?:clear(?:ed|ing)?|remov(?:e|ed|ing)|evict(?:ed|ing)?|end(?:ed|ing)?) (?:a |the )?(?!(?:their|its|his|her|our) )(?:[\w-]+ )?(?:protests?|protesters|demonstrators|demonstrations?|sit-ins?|protest camps?|crowds?)",
                     r"(?:were|was) (?:\w+ )?(?:stopped|blocked|prevented|pushed back|removed|evicted|expelled|chased away|driven away|pushed away)"
                     r" by (?:the )?(?:[\w-]+ )?(?:police|security forces|forces|troops|soldiers|teams|units)"],
    "destruction": [rf"(?:{FIRE_SUBJECT}burn(?:ed|t)|set fire to|torched|destroyed|bulldozed|demolished|looted|blew up|sabotaged|cut down) (?!(?:alive|to death)\b)"
                    # ("blew up a section of the pipeline": the part of a thing destroyed)
                    r"(?:(?:an? |the )?(?:[\w-]+ )?(?:sections?|parts?|stretch(?:es)?|portions?|segments?|lengths?) of )?(?:\w+ ){0,4}(?:crops?|fields?|farms?|wheat|barley|orchards?|homes?|houses?|property|properties|shops?|stores?|towers?|power lines?|(?:electricity|electric|power|utility|telephone|transmission) (?:poles?|cables?)|pylons?|pipelines?|(?:gas|oil|water) (?:lines?|mains?)|railway (?:lines?|tracks?)|rail (?:lines?|tracks?)|(?<!as )wells?|hideouts?|tunnels?|caves?|dens|workshops?|headquarters|camps?|shelters?|bases?|warehouses?|factor(?:y|ies)|facilit(?:y|ies)|schools?|mosques?|churches|church|shrines?|rooms?|generators?|solar panels?|cameras?|masts?|antennas?|bridges?|clinics?|health cent(?:er|re)s?|hospitals?|trucks?|lorr(?:y|ies)|buses|minibuses|tankers?)",
                    # livestock taken by armed men ("stole 300 head of cattle from herders"): ACLED's looting
                    r"(?:stole|rustled|carried off|made off with|drove off|took away) (?:[\w-]+ ){0,4}?(?:cattle|livestock|cows|goats|sheep|camels)",
                    r"incendiary (?:balloons?|devices?|bombs?)", r"petrol bombs?", r"arson(?: attacks?)?",
                    r"set (?:\w+ ){0,2}fires? (?:to|in) (?:\w+ ){0,4}(?:crops?|fields?|farms?|wheat|barley|orchards?|homes?|houses?|shops?|property|vehicles?)",
                    r"(?:set|setting)(?: of)? (?:the )?(?:[\w-]+ ){0,2}(?:crops|fields|farms|farmlands?|lands|orchards)(?: [\w-]+){0,6}? (?:on fire|ablaze|alight)",
                    r"(?:crops|fields|farms|wheat|harvest) (?:[\w'-]+ ){0,5}?(?:were |was )?(?:burned|burnt|set on fire|set ablaze|torched)",
                    r"(?:homes|houses|shops|stores|properties) (?:[\w'-]+ ){0,4}?(?:were|had been|have been) (?:\w+ )?(?:burned|burnt|torched|set on fire|set ablaze|demolished|bulldozed|looted)",
                    # "located 3 militant hideouts and destroyed them", "hideouts ..., which were completely destroyed"
                    r"(?:found|discovered|uncovered) (?:[\w-]+ ){0,4}(?:hideouts?|dens?|tunnels?|caves?) (?:[\w-]+ ){0,4}?and (?:destroyed|demolished|burned|blew up) (?:them|it)",
                    r"(?:hideouts|dens|tunnels|caves)(?:,? [\w'-]+){0,8}?,? (?:were|had been|have been) (?:completely |totally |all )?(?:destroyed|demolished|blown up)"],
    "riot": [r"riot(?:s|ed|ing|ers)?(?! (?:police|policemen|control|squads?|forces|units?|gear|troops))", r"(?:set|sets|setting) (?:fire|ablaze|on fire)", r"set (?:\w+ ){1,3}(?:on fire|ablaze|alight)",
             r"burn(?:ed|t|ing) (?:the |a )?(?:\w+ ){0,2}(?:flags?|tents?|pictures?|posters?|images?|portraits?)", r"torch(?:ed|ing)", FIRE_SUBJECT + r"burn(?:ed|t|ing) (?!(?:alive|to death)\b)(?:down )?(?:the )?(?:[\w'-]+ ){0,5}(?:buildings?|offices?|headquarters|homes?|houses?|tyres|tires|vehicles?|cars?|consulate|party|(?:police|fuel|petrol|gas) stations?)",
             r"turned violent", r"violence (?:increased|erupted|broke out|escalated)", r"violent (?:protests?|demonstrations?|clashes)",
             r"(?:threw|hurled|throwing|hurling) (?:stones|rocks|bricks|brickbats|brick ?bats|molotov|petrol bombs|fire ?bombs)",
             # "pelted police with stones", "stone-pelting" (South Asian usage)
             r"pelt(?:ed|ing) (?:[\w-]+ ){1,4}?with (?:stones|rocks|bricks|brickbats|brick ?bats|bottles|petrol bombs)",
             r"(?:stone|brick)[- ]?pelting", r"burn(?:ed|t|ing)? (?:\w+ )?(?:tires|tyres)", r"burning (?:tires|tyres)", r"molotov cocktails?", r"stormed", r"ston(?:ed|ing) (?:the |a )?(?:[\w-]+ ){0,2}?(?:police|vehicles?|cars?|buses|trucks|convoys?|policemen|officers)\b(?! (?:[\w-]+ ){0,3}?to death)", r"vandali[sz]ed", r"looted"],
    # A strike called, a post left, an order given: decisions ACLED codes as strategic developments.
    "strike_call": [r"(?:announced|declared|called) (?:for )?(?:an? |the )?(?:general |open-ended |indefinite |nationwide )?strike"],
    "resignation": [r"resigned", r"(?:submit(?:ted)?|tendered|offered) (?:his|her|their) resignations?",
                    r"(?:was|were) (?:\w+ )?(?:dismissed|sacked|relieved of (?:his|her|their) (?:duties|posts?)|removed from (?:his|her|their) posts?)"],
    "policy": [r"reinstated", r"appointed (?:a )?new (?:[\w-]+ ){0,2}(?:chiefs?|commanders?|heads?|directors?|governors?)", r"suspend(?:ed|ing) (?:its|their|the) (?:[\w-]+ )?(?:mission|operations|activities|deployment|training)",
               r"(?:imposed|enforced|declared) (?:an? |the )?(?:[\w-]+ )?curfews?", r"(?:imposed|declared) (?:an? |the )?state of (?:emergency|siege)",
               # the state cutting a region off ("suspended mobile internet services in Kelm")
               r"(?:suspended|shut down|cut off|blocked) (?:the )?(?:mobile )?(?:internet|phone|telephone|telecommunications?)(?: services| access| networks?)?",
               r"(?:set up|established|erected) (?:new )?(?:[\w-]+ ){0,2}?checkpoints"],
    "protest": [r"counter-(?:protest(?:s|ers)?|demonstrat(?:ion|ions|ors))", r"protest(?:ed|ing|s|ers|ors|er)?", r"(?:took|take|taking|takes) to the streets", r"demonstrat(?:ed|ion|ions|ors|ing|or)", r"sit-ins?", r"rall(?:y|ied|ies)",
                r"marched", r"march(?:es)?", r"marching(?! (?:bands?|orders|season|powder))", r"hunger strikes?",
                # people the police or troops disperse: a gathering ("fired tear gas to disperse opposition supporters")
                r"dispers(?:e|ed|ing) (?P<trigger>(?:the |a |an |hundreds of |thousands of |dozens of |scores of )?"
                rf"(?:[\w-]+ ){{0,2}}?(?:{CROWD_OF_PEOPLE}|{CROWD_FAITHFUL}|{CROWD_TOWNSFOLK}|followers|activists|people|crowds?|gatherings?|mobs?))",
                # a crowd named by its protest: "striking miners", "protesting teachers"
                rf"(?:{'|'.join(PROTESTING)}) (?:[\w-]+ ){{0,2}}?(?:{PROTEST_CROWD_HEADS})", r"strikes? (?:by|of) (?:workers|teachers|employees|doctors)", r"went on strike", r"(?:gone|going|go) on (?:a )?strike", r"(?:general|open-ended|indefinite) strike",
                r"came out (?:to|in)", r"gathered (?:to|in front|outside|in|at)", r"civil disobedience", r"vigils?", r"solidarity (?:stands?|events?|gatherings?)",
                r"(?:dozens|hundreds|thousands|scores) of [\w -]{0,40}? (?:demanded|demanding|gathered|closed|shut down|blocked|cut off|organi[sz]ed|rallied|staged)", r"picket(?:ed)?",
                rf"(?:{BLOCKADE_VERBS}) (?:the |an? )?(?:\w+ )?(?:roads?|highways?|bridges?|junctions?|roundabouts?|intersections?|railway lines?|ports?)",
                # a crowd's roadblock or barricades put up ("youths set up a roadblock"; armed men's are no protest: senses)
                r"(?:set up|setting up|sets up|erected|erecting|mounted|mounting|put up|putting up) (?:an? |the |several |some |\d+ )?(?:makeshift |burning )?(?:roadblocks?|road blocks?|barricades?)",
                r"(?:residents|workers|employees|graduates|families|farmers|teachers|students|lecturers|villagers|citizens|retirees|contractors|unemployed|displaced people"
                r"|supporters|relatives|owners|holders|staff|doctors|nurses|engineers|drivers|traders|shopkeepers|lawyers) (?:(?!and )[\w,'-]+ ){0,12}?(?:demand(?:ed|ing)|renewed (?:their|its) demands)",
                # a crowd making demands, however long the phrase that says who they were
                r"(?:dozens|hundreds|thousands|scores|tens|a number|a group|groups) of (?:(?!and \w+ed |protest|demonstrat|rall|march|gathered)[\w,'-]+ ){0,24}?(?:demanded|demanding)"],
    "clash": [r"clash(?:ed|es|ing)?", r"gun ?fights?", r"shoot-?outs?", r"fire ?fights?", r"exchanged? (?:of )?fire",
              # "traded gunfire", "exchanged shots", "an exchange of gunshots": fire both ways
              r"(?:exchang(?:e|es|ed|ing)|trad(?:ed|ing)) (?:of )?(?:gun ?fire|(?:gun ?)?shots|fire)", r"battles?", r"battled", r"fighting", r"fought",
              r"skirmish(?:es|ed)?", r"engaged",
              r"(?:tribal|armed) (?:conflicts?|disputes?|feuds?) (?:broke out|erupted)"],
    # control of a place changing hands by force
    "territory": [r"took (?:over )?control (?:of|over)", r"(?:seized|gained|wrested) control (?:of|over)", r"overr(?:an|un)",
                  r"regained control (?:of|over)", r"regained (?:the )?(?:[\w-]+ ){0,3}(?:villages?|towns?|cit(?:y|ies)|areas?|territor(?:y|ies)|positions?|districts?|neighbou?rhoods?|hills?|bases?)", r"recaptured", r"retook", r"re-?took control", r"restored (?:full |state |government )?control",
                  rf"(?:captured|took over|seized|overran|retook) (?:the |an? )?(?:(?!(?:in|at|near|from|on|of|to|him|her|them|it)\b)[\w-]+ ){{0,3}}?{CONTROLLED_PLACE}(?!['’]s\b)",
                  # a unit's headquarters, a garrison or barracks taken ("captured the army's 9th brigade headquarters"):
                  # a military site, never a party's or a firm's office, which a crowd may storm
                  rf"(?:captured|took over|seized|overran|retook) (?:the |an? )?(?:(?!(?:in|at|near|from|on|of|to|him|her|them|it)\b)[\w'’-]+ ){{0,3}}?{MILITARY_SITE}(?!['’]s\b)"],
    "attack": [r"ambush(?:ed|es)?", r"attack(?:ed|s)?", r"raid(?:ed|s)?", r"assault(?:ed)?", r"targeted", r"infiltrat(?:ed|ion)",
               r"opened fire", r"came under (?:heavy )?(?:fire|attack)", r"fired (?:on|at|upon)", r"fired (?:gun)?(?:shots|bullets|rounds) (?:at|on|upon|into)", r"broke into", r"storm(?:ed|ing)",
               r"destroy(?:ed|ing) (?:[\w-]+ ){0,3}?(?:vehicles?|cars|boats|motorcycles|pick-?ups)(?! (?:were|was) (?:found|seized))",
               rf"(?:was|were|been|being) (?:\w+ )?beaten(?!{BEATEN_DEFEAT})", r"beat (?:him|her|them|up)",
               # harm done with no weapon (the GTD's unarmed assault): a person beaten, acid thrown, water or food poisoned
               rf"beat(?! (?:\w+ ){{0,2}}?(?:other|rival|opposing)\b) {UNARMED_OBJECT}\b(?!{CONTEST_AFTER})",
               rf"(?:assaulted|punched) {UNARMED_OBJECT}",
               r"(?:threw|thrown|throwing|hurled|splashed) acid", r"acid attacks?",
               r"poison(?:ed|ing) (?:an? |the |their |its )?(?:[\w-]+ ){0,2}?(?:water|wells?|food|crops|livestock|cattle|(?:water )?supply|reservoirs?|springs?)"],
    "kill": [r"kill(?:ed|ing|s)?", r"shot", r"shooting", r"stab(?:bed|bing|s)?", r"slain", r"deaths? of", r"died", r"succumbed to (?:his|her|their|the) (?:[\w-]+ )?(?:wounds|injuries)", r"dead", r"wounded", r"injured", r"wounding", r"injuring", r"casualties"],
    "arrest": [r"arrest(?:ed|ing|s)?", r"detain(?:ed|ing)", r"apprehend(?:ed|ing)", r"captur(?:ed|ing)", r"rounded up", r"in custody"],
    "movement": [r"(?:was|were|been|being) (?:re)?deployed", r"deployed (?:\w+ ){0,3}(?:troops|soldiers|forces|reinforcements|units|battalions|brigades)", r"arrived (?:in|at)",
                 r"sent (?:[\w,-]+ ){0,5}?(?:troops|soldiers|forces|reinforcements|units|battalions|brigades)", r"(?:was|were) sent to", r"withdr(?:ew|awn|awal)", r"pulled (?:out|back)", r"named a new leader",
                 r"ordered (?:[\w'’\"-]+ ){0,6}to leave", r"(?:entered|crossed into|returned to|left) (?:[\w-]+ ){0,2}?(?:through|via) (?:the )?(?:[\w'-]+ ){0,3}?(?:border|crossing)",
                 r"(?:entered|crossed into) \w+ (?:from|through|via)", r"reinforcements", r"redeploy(?:ed|ment)", r"took control of", r"took over", r"handed over"],
    "mass_grave": [r"mass grave"],  # one grave found is an event; "62 mass graves so far" is a tally
    "base": [r"(?:set up|established|opened|built) (?:an? |the |its |their )?(?:new )?(?:[\w-]+ ){0,2}?(?:base|bases|helipad|headquarters|outpost|camp|airbase|air base|command (?:post|centre|center))\b"],
    "displacement": [r"(?:were|was) (?:\w+ )?evacuated", r"fled (?:their|his|her) homes?", r"left (?:their|his|her) homes?", r"(?:were|was|been) (?:forcibly |completely |fully )?displaced", r"displacement of",
                     r"(?:fled|left|abandoned|escaped|vacated|deserted) (?:their|his|her|the) (?:homes?|houses?|villages?)",
                     r"expelled (?:[\w-]+ ){0,3}(?:families|residents|villagers|inhabitants|civilians)"],
    "operation": [r"(?:military|security|search|combing|clearing|sweep(?:ing)?|cleansing|counter-?terrorism|joint) operations?", r"operations? (?:to|against)", r"launched (?:an? )?(?:\w+ )?(?:operation|offensive|campaign)", r"offensive"],
}
PAST_IRREGULAR = {"shot", "struck", "hit", "blew", "took", "set", "cut", "fought", "broke", "threw", "stole", "held",
                  "went", "died", "burnt", "came", "seized", "led", "fled", "sent", "beaten", "beat", "retook", "overran", "withdrew", "withdrawn", "shut"}
_COMPILED = {
    key: FoldedPattern(re.compile(r"(?<![\w-])(?:" + "|".join(pats) + r")(?![\w])", re.IGNORECASE))
    for key, pats in TRIGGERS.items()
}
# (key -> the class its triggers are filed as, and whether a pattern of it has a `trigger` group)
_FILED = {key: (key.partition(":")[0], "trigger" in _COMPILED[key].pattern.groupindex) for key in TRIGGERS}


class _kept:
    """A property worked out on first use and kept in the instance's __dict__, as
    functools.cached_property does, without the lock Python 3.11's takes at every first use
    (each of an article's many triggers is asked its tense once or more)."""

    def __init__(self, func: Any) -> None:
        self.func, self.name, self.__doc__ = func, func.__name__, func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass(frozen=True)
class Trigger:
    """A word or phrase that names an incident of class `cls`."""

    start: int
    end: int
    text: str
    cls: str

    @_kept  # (kept in the instance's __dict__, which a frozen dataclass allows)
    def is_plural_noun(self) -> bool:
        """"kidnappings", "attacks", "clashes": a noun that may name a kind of act, not one act."""
        last = self.text.lower().split()[-1]
        return not self.is_past and (last.endswith("ings") or (last.endswith("s") and not last.endswith("ss")))

    @_kept
    def is_past(self) -> bool:
        words = self.text.lower().split()
        return any(w.endswith("ed") or w in PAST_IRREGULAR for w in words)


def find_triggers(text: str, start: int = 0, end: int | None = None, blocked: tuple[DisjointSpans, ...] = ()) -> list[Trigger]:
    """All trigger phrases in text[start:end], in text order; overlapping ones keep the first class.

    A match that overlaps a span of `blocked` (a date, a coder's label) is no trigger, and the words
    inside it are read again: "workers took to the streets of Kelm on Monday demanding pay" is no
    crowd-demanding phrase across the date, yet "took to the streets" in it still is one."""
    end = len(text) if end is None else end
    found: list[Trigger] = []
    taken = DisjointSpans()
    for key, pattern in _COMPILED.items():
        cls, narrowed = _FILED[key]
        for match in pattern.finditer(text, start, end):
            for m in _unblocked(pattern, match, text, end, blocked):
                m_start, m_end = m.span()
                if narrowed and m.group("trigger"):
                    m_start = m.start("trigger")
                if not taken.free(m_start, m_end):
                    continue
                taken.take(m_start, m_end)
                found.append(Trigger(m_start, m_end, text[m_start:m_end], cls))
    found.sort(key=lambda t: t.start)
    return found


def _unblocked(pattern: FoldedPattern, match: re.Match[str] | OnText, text: str, end: int,
               blocked: tuple[DisjointSpans, ...]) -> list[re.Match[str] | OnText]:
    """The match itself, or where it overlaps a blocked span, the matches that begin inside it and
    overlap none (the caller's taken spans keep them from doubling later ones)."""
    if all(spans.free(*match.span()) for spans in blocked):
        return [match]
    kept = []
    pos, stop = match.start() + 1, match.end()
    while pos < stop and (inner := pattern.search(text, pos, end)) is not None and inner.start() < stop:
        if all(spans.free(*inner.span()) for spans in blocked):
            kept.append(inner)
        pos = inner.start() + 1
    return kept
