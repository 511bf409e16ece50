"""The GTD crosswalk: attack type by the GTD's own hierarchy, target type, claimed perpetrator.

The GTD records as `attacktype1` the highest applicable type in a fixed order (assassination,
hijacking, kidnapping, barricade incident, bombing/explosion, armed assault, unarmed assault,
facility/infrastructure attack, unknown), so the whole story of an incident is read, not
only the sentence that named it.
"""

from __future__ import annotations

import re

from ..annotate.actors import ARMED_GROUP_KINDS, Actor, ActorMention, lexicon
from ..annotate.places import find_places
from ..annotate.text import TITLE_ABBREVIATIONS, FastPattern, FoldedPattern, FoldedPatterns, OnText, top_alternatives
from ..records import Span
from .counts import FAMILY, HOUSEHOLD_STAFF, HOUSEHOLD_STAFF_IRREGULAR, PERPETRATOR_NOUN
from .voice import BY_AGENT, PASSIVE_BEFORE

# holders of a public office: titles both of prominent people (TITLE) and of office holders (OFFICE_TITLE)
PUBLIC_OFFICE = (r"ambassador|envoy|consul|minister|judge|prosecutor|governor|mayor|lawmaker|legislator|senator|mp|"
                 r"member of (?:the )?(?:\w+ ){0,4}(?:assembly|parliament|council)|councill?or")
TITLE = (r"(?:commissioner|commander|leader|elder|(?:sheikh|sheik|shaikh)(?!\s+(?-i:[A-Z]))|official|deputy|headm[ae]n|"
         rf"{PUBLIC_OFFICE}|candidate|administrator|chief|chairman|president|head|director|imam|cleric|"
         r"activist|journalist|ruler|chair(?:man|person|woman)?|council member)")
# A rank is no name ("shot Constable Ali", "Station House Officer (SHO) Khan"): a rank-and-file
# soldier or policeman is no prominent person. A short honorific may lead a name ("U Tun Aung").
RANK = (r"(?:Station|Officer|Constable|Head Constable|Havaldar|Sepoy|Naik|Lance|Subedar|Sergeant|Corporal|Private|"
        r"Inspector|Sub-Inspector|Assistant|Soldier|Policeman|Patrolman|Trooper|Rifleman|Gunner|Guard)")
# (a title's abbreviation may lead it: "Fr. Juan Cruz", "Dr. Amina Bello"; a headline capitalises its
# prepositions: "Shot Dead In Karvo" names no one)
HEADLINE_PREPOSITION = r"(?:In|At|Near|On|Of|By|From|Outside|Inside|After|During|Amid|Over)"
NAMED_PERSON = (rf"(?-i:(?:(?:{'|'.join(TITLE_ABBREVIATIONS)})\.\s+)?(?!{RANK}\b|{HEADLINE_PREPOSITION}\s)[A-Z][a-z'’-]*"
                r"(?:\s+(?:al-|bin |ibn |de |van |Ould |[A-Z][a-z'’-]+)){1,4})")  # case matters
# "X, a soldier," / "X, an army officer,": a named member of the rank and file is no assassination target.
RANK_AND_FILE = (r"(?!(?:\s+(?-i:[A-Z])[\w'’-]*){0,4},\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:soldier|(?:army|police|military|security) officer|police(?:man|woman)|"
                 r"constable|guard|sepoy|militiaman|civilian|farmer|shepherd|labou?rer|worker)\b)")
# holders of a public office
OFFICE_TITLE = rf"(?:{PUBLIC_OFFICE}|diplomat|deputy governor|district chief|district commissioner)"
# "the consul general's cook", "John Doe's driver": a possessor, not the person harmed
NOT_POSSESSOR = r"(?<!['’]s)(?!(?<=['’])s\b)(?!(?:\s+[\w-]+)?['’]s?\s)"
# how the office holders harmed are determined: an article or a possessive ("the ambassador", "its
# envoy"), or a count with none ("two ambassadors", the count then read as one of the words before the title)
FEW = r"(?:two|three|four|five|[2-5])"  # a few people counted: "two judges", "3 senators"
OFFICE_DETERMINER = rf"(?:(?:a|an|the|his|its)\s+|(?={FEW}\s+))"
TITLE_BEFORE_NAME = TITLE.replace(r"(?!\s+(?-i:[A-Z]))", "")  # ("sheikh" before a name is a title there too)
CIVIL_TITLE = TITLE.replace("commander|", "")  # a commander among the dead of a battle is no assassination target
GROUP_NOUN = r"(?:soldiers|personnel|forces|officers|members|troops|police|guards|units?|patrols?|bases?|posts?|checkpoints?|convoys?)"
# "seized a school ... and held 14 pupils hostage": the hostages held in the place seized (a barricade)
HELD_IN_PLACE = r"[^.;]{0,120}?\band\s+(?:held|kept)\s+(?:[\w'-]+\s+){1,6}?hostages?\b"
# "the mayor of Tal Hamra town", "the governor of Kandahar": the place an office holder serves, named
OF_PLACE = (r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
            r"(?:\s+(?:town|city|village|district|province|county|municipality))?)?")
# a party or movement named with its acronym before an office ("a local Kelmo People's Congress (KPC) councillor",
# "a Kelmo Party (KP) ward chairman")
PARTY_NAMED = r"(?-i:(?:[A-Z][\w'’-]*\s+){1,5}\([A-Z][\w-]*\)\s+(?:[a-z][\w-]*\s+)?)?"
HIERARCHY: list[tuple[str, re.Pattern[str]]] = [
    ("Assassination", re.compile(
        rf"\bassassinat\w*|\b(?:shot and killed|shot and injured|shot and wounded|(?:and )?(?:killed|injured|wounded)|shot dead|gunned down|murdered|executed|(?:hacked|stabbed|beaten|bludgeoned|clubbed|strangled) to death|opened fire on|shot at|opened fire on (?:the )?(?:vehicle|car|residence|house|home) of)\s+"
        rf"(?:{NAMED_PERSON}\b{NOT_POSSESSOR}(?!\s+(?:[\w-]+\s+)?{GROUP_NOUN}\b){RANK_AND_FILE}(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}{TITLE})?|(?:a|an|the)\s+(?:(?!of\b)[\w-]+\s+){{0,3}}{PARTY_NAMED}{TITLE}\b{NOT_POSSESSOR}"
        # "shot and killed two judges": a few titled people, counted with no article
        rf"|{FEW}\s+(?:[\w-]+\s+){{0,2}}?{CIVIL_TITLE}s\b(?!['’])"  # (not "two judges' clerks")
        # "killed tribal elder Omar Bakri", "killed tribal sheikh Omar Bakri": a title with no article before a name
        rf"|(?:[\w-]+\s+){{0,2}}?{TITLE_BEFORE_NAME}\s+{NAMED_PERSON}\b{NOT_POSSESSOR})"
        # "ambushed a convoy, killing the ambassador": a holder of office killed as the attack's outcome (a
        # leader or an elder killed in a clash or a blast may be no one it aimed at)
        rf"|(?<=, )killing\s+{OFFICE_DETERMINER}(?:(?!of\b)[\w-]+\s+){{0,3}}{OFFICE_TITLE}s?\b{NOT_POSSESSOR}"
        rf"|\b(?:targeting|targeted|attacked|opened fire on|shot at|fired (?:on|at)|attached to|planted (?:on|under|in|outside|near|at)|detonated (?:\w+ ){{0,3}}(?:at|near|outside)"
        rf"|set fire to|set ablaze|torched|burned|burnt|(?:burned|burnt) down)\s+"
        rf"(?:the )?(?:residence|house|home|vehicle|car|convoy|office) of (?:a |an |the )?(?:[\w-]+\s+){{0,4}}(?:{TITLE}\b|{NAMED_PERSON}\b{RANK_AND_FILE})"
        rf"|\b(?:(?P<among>including|among them)\s+|(?<!including )(?<!among them ))(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{CIVIL_TITLE}\b{OF_PLACE}(?:\s*\([^)]{{0,40}}\))?(?:,[^.;]{{0,60}}?,|,)?\s+"
        rf"(?:and\s+[^.;]{{0,40}}\s+)?(?:(?:was|were)\s+(?:both\s+)?(?:shot and\s+)?(?:killed|shot dead|gunned down|murdered|(?(among)(?!)|(?:injured|wounded)))\b"
        # ("A tribal elder shot dead in Karvo": a headline leaves "was" out of a passive no object follows)
        rf"|(?:shot dead|gunned down)\b(?!\s+(?:a|an|the|his|her|their|two|three|four|five|\d+)\b))"
        # (a capital first, as every name or title begins with: "killed" occurs in most stories and this
        # is searched in each, so the words that begin in lower case are passed over at once)
        rf"|\b(?-i:(?=[A-Z])){NAMED_PERSON},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}{TITLE}\b[^.;]{{0,80}}?\b(?:was|were)\s+(?:both\s+)?(?:shot and\s+)?(?:killed|injured|wounded)\b",
        re.IGNORECASE)),
    ("Hijacking", re.compile(r"\bhijack\w*", re.IGNORECASE)),
    # Hostages told later ("Two of the hostages were injured", "the officers were later released")
    # make the story a kidnapping too; "without taking any hostages" does not.
    ("Hostage Taking (Kidnapping)", re.compile(
        r"\b(?:kidnap\w*|abduct\w*|behead\w*|taken hostage|(?<!without )(?:took|taking) (?:(?!any\b|no\b)[\w'-]+ ){0,4}?hostages?\b(?! (?:in|inside) (?:a|an|the|their|his|her)\b)|seized (?:(?!any\b|no\b)[\w'-]+ ){0,4}?hostages?|(?:was|were) (?:\w+ )?held hostage)"
        r"|(?<!\bany )(?<!\bno )\bhostages\b|\bthe hostage\b"
        r"|\b(?:was|were) (?:later |subsequently |eventually |all |safely |finally )?(?:released|freed)\b"
        r"(?! (?:from (?:the )?(?:hospital|custody|prison|jail|detention)|on bail))", re.IGNORECASE)),
    # "seized a school and held 14 pupils hostage": people held in the place the assailants took
    ("Hostage Taking (Barricade Incident)", re.compile(r"\b(?:seized|stormed|took over|occupied)\b" + HELD_IN_PLACE + r"|\bbarricaded|\bheld (?:\w+ ){0,3}hostages? (?:in|inside) (?:a|an|the|their|his|her)\b|\bholding (?:\w+ ){0,3}hostages?\b|\bstandoff\b"
                                                      r"|\bheld (?:\w+ ){0,3}hostages? for (?:\w+ ){0,2}(?:hours?|days?)\b|\bhostage (?:siege|crisis|standoff)\b|\bended the siege\b", re.IGNORECASE)),
    ("Bombing/Explosion", re.compile(
        r"\b(?:explosive|explosives|explosions?|exploded|detonat\w*|(?<!petrol )(?<!fire )bomb\w*|ieds?|grenades?|mortars?|rockets?|missiles?|"
        r"shell(?:s|ed|ing)|artillery|projectiles?|blew up|landmines?|mines? exploded|blasts?|suicide)\b", re.IGNORECASE)),
    ("Armed Assault", re.compile(
        r"\b(?:opened fire|open fire|shot|shooting|gunfire|gunmen|gunman|fired (?:on|at|upon)|firing|gun|guns|rifles?|"
        r"ambush\w*|firefight|stab(?:s|b\w*)?|knife|knives|machetes?|hacked|executed|firearms?|gunshots?|bullets?)\b"
        # people burned alive: the codebook's incendiary aimed at people, not at a building or a vehicle
        r"|(?<!\bwas )(?<!\bwere )(?<!\bbeen )\bburn(?:ed|t)\s+(?:[\w'-]+\s+){0,4}?(?:alive|to death)\b", re.IGNORECASE)),
    ("Unarmed Assault", re.compile(r"\b(?:beat|beaten|beating|assaulted|punched|poison\w*|acid)\b", re.IGNORECASE)),
    ("Facility/Infrastructure Attack", re.compile(
        r"\b(?:set fire|set ablaze|set (?:[\w'-]+\s+){1,4}?(?:on fire|alight)|cut down (?:[\w'-]+\s+){0,3}?(?:pylons?|poles?|masts?|towers?|(?:power|electricity|transmission|telephone) lines?)|burn(?:ed|t|ing)|torched|arson|destroyed|vandali[sz]ed|sabotag\w*|molotov|petrol bombs?|fire ?bombs?|incendiary)\b", re.IGNORECASE)),
]
# "Assailants attacked villages in ...": a raid on where people live is an armed assault even untold,
# and so is one on a manned police station ("attacked the Kalabo police station").
CIVILIAN_RAID = FastPattern(re.compile(r"\b(?:attacked|raided|stormed)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:villages?|towns?|houses|homes|residential|"
                           r"neighbou?rhoods?|civilians|residents|villagers|farmers|police (?:stations?|posts?|headquarters))\b", re.IGNORECASE))
# "Details of the attack are unknown", "how the attack was carried out is not clear": the story says it
# does not know the method.
DETAILS_UNKNOWN = FastPattern(re.compile(
    r"\b(?:details|method|nature|circumstances|type)\s+of\s+the\s+(?:attack|assault|incident)\s+(?:is|are|was|were|remains?)\s+(?:still\s+)?(?:unknown|unclear|not\s+(?:known|clear))\b"
    r"|\bhow the (?:attack|assault) was carried out (?:is|was|remains) (?:unknown|unclear|not (?:known|clear))\b", re.IGNORECASE), prefilter=True)
# "attacked a cement truck", "an attack targeting a power line": a thing, not people, was the target.
# (power and pipelines only, not all of UTILITY: "an attack on the oil field" is often a fight for it)
FACILITY_TARGET = FastPattern(re.compile(
    r"\b(?:attack(?:ed|ing)?|targeting|targeted|struck|raided|stormed|hit)\s+(?:(?:a|an|the|two|three|several)\s+)?(?:[\w()-]+\s+){0,5}?"
    r"(?:trucks?|lorr(?:y|ies)|tankers?|buses|offices?|power (?:lines?|stations?|plants?|pylons?)|pylons?|pipelines?|"
    r"(?:transmission|telecom\w*|mobile|cell(?:ular)?|phone|radio) (?:lines?|towers?|masts?)|bridges?|warehouses?|"
    r"railway (?:lines?|tracks?)|rail lines?|construction (?:sites?|equipment|machinery))\b", re.IGNORECASE), prefilter=True)
# "the gunmen", "the attackers" (counts.PERPETRATOR_NOUN) name whoever carried out the attack (no target, then).
PERPETRATOR_WORDS = re.compile(rf"\b{PERPETRATOR_NOUN}\b", re.IGNORECASE)
# The attackers' own dead: "two gunmen/militants were killed" harmed no victim (militants may be a target, though).
ASSAILANTS = re.compile(rf"\b(?:{PERPETRATOR_NOUN}|militants?|insurgents?)\b", re.IGNORECASE)
HARMED = re.compile(r"\b(?:killed|injured|wounded|dead|died)\b", re.IGNORECASE)
# "No one was injured", "nobody was killed", "the guard was not hurt": harm denied in its own clause
# (not "no fewer than six were injured")
HARM_DENIED = re.compile(r"(?:\b(?:no(?!\s+(?:fewer|less|more)\b)|not|nobody|none|neither)\b|n['’]t\b)(?:(?!\bbut\b)[^,;:])*$", re.IGNORECASE)
# "police" names the force, not "Police District 4" nor "Kelm police station area" (places).
POLICE_WORD = r"police(?!\s+(?:district|station (?:area|limits|jurisdiction))\b)\w*"
# The GTD's "Food or Water Supply" (water is no utility in its codebook: utilities are power, gas
# and oil): "a water pumping station", "the village well", "food stores", "a granary".
WATER_OR_FOOD = (r"water (?:supply|supplies|pipelines?|mains|wells?|pumps?|(?:pumping |treatment )?(?:stations?|plants?)|tanks?|towers?|reservoirs?|points?|sources?)"
                 # "the well", "a village well" (not "as well", "the well-being")
                 r"|(?:(?<=\bthe )|(?<=\ba )|(?:village|community|public|drinking|water|shallow) )wells?\b(?!-)"
                 r"|boreholes?|food (?:aid )?(?:stores?|supplies|supply|stocks?|warehouses?|depots?|reserves?)|granar(?:y|ies)|grain (?:stores?|silos?)")
# the GTD's "Telecommunication": "a mobile phone mast", "cell towers", "a signal tower" (TARGET_NOUNS reads
# radio masts and a bare mast too)
TELECOM = r"telecom\w*|(?:mobile|cell(?:ular)?|phone|communications?) (?:signal )?(?:towers?|masts?|antennas?)|signal (?:towers?|masts?)"
# oil, one of the codebook's utilities: "an oil storage facility", "a refinery", "a fuel depot"
OIL = (r"oil (?:facilit(?:y|ies)|refiner(?:y|ies)|storage|tanks?|fields?|wells?|depots?|installations?|terminals?|plants?)"
       r"|refiner(?:y|ies)|fuel (?:depots?|storage|tanks?)|gas (?:fields?|plants?|facilit(?:y|ies))")
# the codebook's utilities (power, gas and oil), and places of worship and the religious (both target tables)
UTILITY = (rf"power (?:lines?|stations?|plants?|grid|pylons?)|pylons?|pipelines?|electricity|transmission (?:lines?|towers?)"
           rf"|(?:electric(?:al|ity)?\s+|power\s+)?(?:sub-?stations?|transformers?)"
           rf"|gas lines?|dams?|{OIL}")
RELIGIOUS_PLACE = r"mosques?|church(?:es)?|temples?|shrines?|cathedrals?|chapels?|synagogues?|monaster(?:y|ies)"
# places of learning (the GTD's educational institutions)
SCHOOL = r"schools?|universit(?:y|ies)|colleges?|madrasas?"
RELIGIOUS = (rf"{RELIGIOUS_PLACE}|imams?|clerics?|priests?|pastors?|monks?|worshipp?ers|pilgrims|congregation|"
             r"parish(?:es)?|reverends?|bishops?|rabbis?|nuns?|missionar(?:y|ies)|places? of worship")
# public areas (the GTD's "Public Area", "Marketplace/Plaza/Square"): "a park", "the town square"
PUBLIC_AREA = r"parks?|playgrounds?|(?:public |town |city )?squares?|plazas?|beach(?:es)?|public (?:places?|areas?|spaces?|gardens?)"
# leaders of no office: the GTD's private citizens ("a social leader" in Colombia, "an activist")
CIVIC_LEADER = r"(?:social|community|civic|youth|indigenous|peasant|farmers'?|land) leaders?|(?:human rights |environmental |political )?activists?|human rights defenders?"
# Noun -> GTD target type, for targets the actor lexicon does not name ("a power line"). A shorter
# table than GTD_TARGET_WORDS, in its own order (read on the victim's words or the first noun after
# the verb; GTD_TARGET_WORDS in its place moves five GTD rows the wrong way for one right). Both
# follow the GTD's rule for travellers: the vehicle or the line attacked is Transportation, the
# passengers harmed are private citizens.
TARGET_NOUNS: list[tuple[str, re.Pattern[str]]] = [
    ("Food or Water Supply", re.compile(rf"\b(?:{WATER_OR_FOOD})\b", re.IGNORECASE)),
    ("Telecommunication", re.compile(rf"\b(?:{TELECOM}|radio (?:signal )?(?:towers?|masts?|antennas?)|masts?)\b", re.IGNORECASE)),
    ("Utilities", re.compile(rf"\b(?:{UTILITY})\b", re.IGNORECASE)),
    ("Educational Institution", re.compile(r"\b(?:school|university|college|students?|teachers?)\b", re.IGNORECASE)),
    ("Religious Figures/Institutions", re.compile(rf"\b(?:{RELIGIOUS})\b", re.IGNORECASE)),
    ("Journalists & Media", re.compile(r"\b(?:journalists?|reporters?|media|broadcaster|photographer)\b", re.IGNORECASE)),
    ("Government (Diplomatic)", re.compile(r"\b(?:embassy|consulate|diplomat\w*|ambassador)\b", re.IGNORECASE)),
    # a leader of no office ("a social leader", "a community leader", an activist) is a private citizen
    ("Private Citizens & Property", re.compile(rf"\b(?:{CIVIC_LEADER})\b", re.IGNORECASE)),
    ("Government (General)", re.compile(rf"\b(?:government (?:office|building)s?|{TITLE})\b", re.IGNORECASE)),
    ("Police", re.compile(rf"\b(?:{POLICE_WORD}|policem[ae]n|gendarm\w*|constables?)\b", re.IGNORECASE)),
    ("Military", re.compile(r"\b(?:military|soldiers?|troops|army|checkpoints?|check ?posts?|outposts?|bases?|security (?:forces|personnel|post)|convoy)\b", re.IGNORECASE)),
    ("Transportation", re.compile(r"\b(?:bus|buses|train|railway|railroads?)\b", re.IGNORECASE)),
    ("Business", re.compile(r"\b(?:shops?|stores?|markets?|compan(?:y|ies)(?! command\w*)|business\w*|bank|hotel|restaurant|construction site|factory)\b", re.IGNORECASE)),
    ("Private Citizens & Property", re.compile(rf"\b(?:{FAMILY} of|markets?|marketplace|{PUBLIC_AREA}|protests?|rall(?:y|ies)|gatherings?|funerals?|crowds?|demonstrat\w*|civilians?|villagers?|residents?|houses?|homes?|village|farmers?|people|family|wedding|elder|passengers)\b", re.IGNORECASE)),
]
# "X claimed responsibility", "X is suspected to have been responsible / to be behind": X named before
# ("X was behind the raid", "X later claimed the ambush")
_ACTS = r"(?:attacks?|raids?|ambush(?:es)?|bombings?|blasts?|killings?|abductions?|kidnappings?|assaults?|massacres?|incidents?)"
CLAIMED = FastPattern(re.compile(r"\b(?:claimed|took|has claimed|have claimed) responsibility\b"
                     r"|\b(?:is|are|was|were) (?:suspected|believed|thought) to (?:have been|be) (?:responsible|behind)\b"
                     rf"|\b(?:is|are|was|were) behind the\b|\bclaimed (?:the |this |both )?(?:[\w'-]+ )?{_ACTS}\b",
                     re.IGNORECASE), prefilter=True)
# whatever the act is called: "attributed the raid to", "blamed the deadly ambush on", "was attributed to"
# (and the one blamed or accused: "blamed X for the raid", "accused X of carrying it out", "bore the hallmarks of X")
_BLAMED_ON = (r"attributed (?:[\w'-]+ ){0,6}?to|blamed (?:[\w'-]+ ){0,6}?on|suspected (?:the )?involvement of"
              r"|suspected that the (?:attack|incident)s? (?:was|were) carried out by|bore (?:all )?the hallmarks of"
              r"|(?:blamed|accused)(?= (?:the )?(?-i:[A-Z])[^.;,]{0,60}?\b(?:for|of)\b)")
ATTRIBUTED = FastPattern(re.compile(rf"\b(?:{_BLAMED_ON}|suspected(?: that)?)\s+", re.IGNORECASE), prefilter=True)
# the attribution words right before a name ("... attributed the raid to (the) X"), not a bare "suspected X"
BLAMED_BEFORE = re.compile(rf"\b(?:{_BLAMED_ON}|blamed|accused)\s+(?:the\s+)?$", re.IGNORECASE)
# A group the lexicon does not know, named where a claim or attribution names one:
# "the Popular Front for the Liberation of Somewhere (PFLS)", "Highland separatists"
# ("the Front for Peace/People's Army (FPA/PA)", "the Wa Hills Army - North (WHA-N)": one name)
# ("the Union for Peace in the Kelmo Republic (UPK)": "in" joins a name only where its acronym ends it)
NAMED_GROUP = re.compile(
    # (after its first word, an Arabic article or particle may lead a word: "Ansar al-Sunna", "Jund ad-Din")
    r"(?:\b(?:[Bb]oth\s+)?[Tt]he\s+)?((?-i:[A-Z][\w'’./-]*)(?:(?:\s+(?:(?:of|for|and|the|a|wa)\s+)*|\s+-\s+"
    r"|\s+in\s+(?:the\s+)?(?=(?:[A-Z][\w'’./-]*\s+(?:(?:of|and|the)\s+)*){0,4}[A-Z][\w'’./-]*\s*\([A-Z]))"
    r"(?-i:[A-Z][\w'’./-]*|(?:al|el|ad|ar|as|at|an|ash|az|wal|ul)-[A-Za-z][\w'’./-]*))*"
    r"(?:\s+(?:extremists|militants|separatists|rebels|insurgents|activists|militia|militiamen))?"
    r"(?:\s*\((?-i:[A-Z][\w./-]*(?:\s+[A-Z][\w./-]*)*)\))?)")
# "a Palestinian extremist", "an anti-Muslim extremist", "jihadi-inspired extremists", "dissident republicans"
EXTREMIST_KIND = re.compile(r"(?:an?\s+|the\s+)?((?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?|anti-[\w-]+|[\w-]+-inspired|dissident)\s+"
                            r"(extremists?|republicans?)\b", re.IGNORECASE)
# A unit of a group ("the Down Brigade of the X", "the Y faction (...) of Boko Haram"): the GTD
# records the group; the unit is its subgroup.
SUBGROUP = r"(?:faction|brigade|battalion|wing|unit|cell)"
SUBGROUP_OF = re.compile(rf"\b{SUBGROUP}\b(?:\s*\([^()]{{0,80}}\))?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
SUBGROUP_NAME = re.compile(rf".+?\b{SUBGROUP}\s+of\s+(?:the\s+)?(.{{3,}})$", re.IGNORECASE)
ACRONYM_AFTER = re.compile(r"(.+?)\s*\(((?-i:[A-Z][A-Z/-]+))\)")
BACKER = re.compile(r"[\s-]+(?:backed|led|linked|affiliated|allied|aligned|supported|sponsored|funded)\b", re.IGNORECASE)
NOT_A_GROUP = {"no", "the", "sources", "officials", "police", "authorities", "assailants", "it", "they", "a", "an"}
# The two rows of HIERARCHY that rules read on their own (a disrupted bomb meant for someone, a
# kidnapping that ends in a killing).
ASSASSINATION = "Assassination"
ASSASSINATION_WORDS = dict(HIERARCHY)[ASSASSINATION]
KIDNAPPING = "Hostage Taking (Kidnapping)"
KIDNAPPING_WORDS = dict(HIERARCHY)[KIDNAPPING]
BARRICADE_WORDS = dict(HIERARCHY)["Hostage Taking (Barricade Incident)"]
ARMED_ASSAULT = "Armed Assault"
ARMED_WORDS = dict(HIERARCHY)[ARMED_ASSAULT]
UNARMED_WORDS = dict(HIERARCHY)["Unarmed Assault"]
FACILITY_WORDS = dict(HIERARCHY)["Facility/Infrastructure Attack"]
# "gunmen", "a gunman": an armed assault's word that names the attackers, not what they did
ATTACKERS_ARMED_NAME = re.compile(r"gunm[ae]n", re.IGNORECASE)
# the words of a kidnapping proper (taken away), not of hostages that a barricade holds too
TAKEN_AWAY = re.compile(r"kidnap|abduct|behead", re.IGNORECASE)


# Searched the fast way where that is exact (see annotate.text.FoldedPattern).
# The assassination pattern as its alternatives, each skipped where its words do not occur.
# (and the claim and blame words, searched at every event: tried only where a match can begin)
_SEARCH = FoldedPatterns([HARMED, CLAIMED, ATTRIBUTED, BLAMED_BEFORE] + [p for _, p in HIERARCHY], split=[ASSASSINATION_WORDS])


# A post named, or a person's home or car sought out: more than a bare name among the victims.
_TITLED = re.compile(rf"\b{TITLE}\b|\b(?:residence|house|home|vehicle|car|convoy|office) of\b", re.IGNORECASE)


def _search(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | OnText | None:
    return _SEARCH[pattern].search(text, start, end)


def _only_attackers_named(text: str, start: int, end: int) -> bool:
    """Whether every armed assault word in text[start:end] only names the attackers ("gunmen")."""
    return all(ATTACKERS_ARMED_NAME.fullmatch(m.group()) for m in ARMED_WORDS.finditer(text, start, end))


def gtd_attack_type(text: str, start: int, end: int, civilian_target: bool = False,
                    disrupted: bool = False) -> tuple[str, Span | None]:
    """The GTD attack type of a story told in text[start:end], with the words that decide it.

    A disrupted bombing (a device found and defused) stays a bombing unless it was laid for a
    named or titled person ("planted outside the residence of a senator"): an assassination."""
    if disrupted:
        match = _search(ASSASSINATION_WORDS, text, start, end)
        if match:
            return ASSASSINATION, Span(match.start(), match.end(), match.group())
        return "Bombing/Explosion", None
    # (the victims harmed are looked for only where the type turns on them)
    for name, pattern in HIERARCHY:
        match = _search(pattern, text, start, end)
        if match and name == ASSASSINATION and not _TITLED.search(match.group()) and _search(KIDNAPPING_WORDS, text, start, end):
            continue  # "abducted and later killed John Doe": a name with no post is no prominent figure; a kidnapping
        if match and name == KIDNAPPING and not TAKEN_AWAY.match(match.group()) and _search(BARRICADE_WORDS, text, start, end):
            continue  # "barricaded himself in a bank ... the hostages were freed": held where they were taken, a barricade
        if match and name == ARMED_ASSAULT and _only_attackers_named(text, start, end) and (
                _search(UNARMED_WORDS, text, start, end) or (_search(FACILITY_WORDS, text, start, end) and not _victims_harmed(text, start, end))):
            # "gunmen poisoned the well", "gunmen set fire to a school": who they were, not how they struck
            continue
        if match:
            if name == "Facility/Infrastructure Attack" and _victims_harmed(text, start, end):
                name = "Armed Assault"  # fire that kills people is an armed assault in the GTD's terms
            return name, Span(match.start(), match.end(), match.group())
    if DETAILS_UNKNOWN.search(text, start, end):
        return "Unknown", None  # "Details of the attack are unknown": no method is guessed from the target
    harmed = _victims_harmed(text, start, end)
    facility = FACILITY_TARGET.search(text, start, end)
    if facility and not harmed:
        return "Facility/Infrastructure Attack", Span(facility.start(), facility.end(), facility.group())
    raid = CIVILIAN_RAID.search(text, start, end)
    if raid:
        return "Armed Assault", Span(raid.start(), raid.end(), raid.group())
    if civilian_target and harmed:
        # A raid that killed or wounded civilians: the GTD's coders read it as an armed assault.
        return "Armed Assault", Span(harmed.start(), harmed.end(), harmed.group())
    return "Unknown", None  # an attack whose method the text does not tell


# "a military-appointed administrator", "a police-run school": the word only qualifies the noun after it.
MODIFIER_ONLY = r"(?!-(?:appointed|owned|run|backed|controlled|affiliated|linked|allied|aligned|operated|funded|sponsored|led|installed|supported)\b)"


def _victims_harmed(text: str, start: int, end: int) -> re.Match[str] | OnText | None:
    """The first word of someone killed or hurt in text[start:end] who was no assailant (an arson
    after which "two of the gunmen were shot dead by the guards" harmed no victim)."""
    found = _search(HARMED, text, start, end)
    while found is not None:
        clause = max(text.rfind(".", start, found.start()), text.rfind(",", start, found.start()),
                     text.rfind(";", start, found.start()), text.rfind(" while ", start, found.start()), start)
        if HARM_DENIED.search(text, clause, found.start()):
            found = _search(HARMED, text, found.end(), end)
            continue  # "No one was injured": nobody harmed
        passive = PASSIVE_BEFORE.search(text, clause, found.start())
        others = any(not ASSAILANTS.fullmatch(m.group()) for m in _TARGET_WORDS.finditer(text, clause, found.start()))
        if not (passive and ASSAILANTS.search(text, clause, found.start())) or others:
            return found  # ("gunmen shot two herders"; "a guard and one gunman were hurt": the guard too)
        found = _search(HARMED, text, found.end(), end)
    return None


def _one_search(table: list[tuple[str, re.Pattern[str]]]) -> re.Pattern[str]:
    """A table of (target type, pattern) as one search: the leftmost match of any, the first in
    the table where several start at the same place (what searching each and keeping the
    earliest gives). Each pattern is a group named by its row, read back by `_type_of`; a "\\b"
    that opens every row is tested once, before them all (the same matches, found faster)."""
    sources = [pattern.pattern for _, pattern in table]
    opens = all(pattern.pattern.startswith(r"\b") and top_alternatives(pattern) is None for _, pattern in table)
    lead = r"\b" if opens else ""  # (a row "\ba|b" would not do: its "b" needs no boundary)
    rows = "|".join(f"(?P<t{i}>{source[len(lead):]})" for i, source in enumerate(sources))
    return re.compile(f"{lead}(?:{rows}){MODIFIER_ONLY}", re.IGNORECASE)


def _type_of(match: re.Match[str] | OnText, table: list[tuple[str, re.Pattern[str]]]) -> tuple[str, Span]:
    """The target type of the row that matched (a match of `_one_search(table)`), with its words."""
    row = getattr(match, "match", match).lastgroup  # one row's group always closes the match
    return table[int(row[1:])][0], Span(match.start(), match.end(), match.group())  # type: ignore[index]


_ANY_TARGET_NOUN = FastPattern(_one_search(TARGET_NOUNS))


def target_from_nouns(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The GTD target type named by the first target noun after the attack verb; the agent of a
    passive ("defused by security forces") is no target."""
    for match in _ANY_TARGET_NOUN.finditer(text, start, end):
        if not BY_AGENT.search(text, max(start, match.start() - 30), match.start()):
            return _type_of(match, TARGET_NOUNS)
    return None


# ACLED writes a group it names by its acronym first ("PKK: Kurdistan Workers Party"); the GTD
# the other way round ("Kurdistan Workers' Party (PKK)").
ACRONYM_FIRST = re.compile(r"^((?-i:[A-Z][A-Za-z0-9-]*[A-Z0-9])): (.+)$")


# ACLED's name of a people's militia: "Tiv Ethnic Militia (Nigeria)"
ETHNIC_MILITIA = re.compile(r"(.+?) Ethnic Militia(?: \([^)]*\))?")


def gtd_group_name(name: str | None) -> str | None:
    """A group's name as the GTD writes it: "PKK: Kurdistan Workers Party" -> "Kurdistan Workers
    Party (PKK)"; a people's militia as the GTD names it, "Tiv Ethnic Militia (Nigeria)" -> "Tiv Militia";
    any other name unchanged."""
    m = ACRONYM_FIRST.match(name or "")
    if m:
        return f"{m.group(2)} ({m.group(1)})"
    people = ETHNIC_MILITIA.fullmatch(name or "")
    return f"{people.group(1)} Militia" if people else name


def claimed_perpetrator(text: str, start: int, end: int, actors: list[ActorMention]) -> ActorMention | None:
    """"The Taliban claimed responsibility", "sources attributed the attack to Boko Haram"."""
    spans: list[tuple[int, int, bool, tuple[int, int]]] = []  # (lo, hi, named before the verb, the claim's words)
    for match in _SEARCH[CLAIMED].finditer(text, start, end):
        lo = max(start, text.rfind(".", start, match.start()) + 1, match.start() - 120)
        if re.search(r"\bno (?:group|one|organi[sz]ation)\s*$", text[lo : match.start()], re.IGNORECASE):
            continue  # "No group claimed responsibility; however, sources attributed the attack to X" goes on.
        spans.append((lo, match.start(), True, (match.start(), match.end())))
    for match in _SEARCH[ATTRIBUTED].finditer(text, start, end):
        stop = min(end, match.end() + 80)
        cut = re.search(r"[.;,]", text[match.end() : stop])
        spans.append((match.end(), match.end() + cut.start() if cut else stop, False, (match.start(), match.end())))
    for lo, hi, before, cue in sorted(spans):
        named = [a for a in actors if lo <= a.start and a.end <= hi and a.actor.kind in ARMED_GROUP_KINDS]
        parent = next((a for a in named[1:] if SUBGROUP_OF.search(text, lo, a.start)), None)
        if parent is not None:
            return parent  # "the X faction (...) of Boko Haram": the GTD names the organisation
        unknown = _unknown_group(text, lo, hi, before, cue)
        if named:
            found = _first_joined(text, named) if before else named[0]
            if (unknown is not None and unknown.start < found.start and found.end <= unknown.start + unknown.text.find("(")
                    and _spelled_out(unknown.text)):
                return unknown  # "the Karbi National Liberation Army (KNLA)" is not the Colombian one
            return found
        if unknown is not None:
            return unknown
    return None


# the words between two groups named together ("X and the Y", "X, Y and Z", "X (A) and Y")
_JOINED = re.compile(r"\)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", re.IGNORECASE)


def _first_joined(text: str, named: list[ActorMention]) -> ActorMention:
    """The group named last before a claim, or the first of those named together with it: "Both the X and
    the Y (Z) claimed responsibility" is X's claim for the GTD (its gname; the second is its gname2)."""
    i = len(named) - 1
    while i > 0:
        gap = text[named[i - 1].end : named[i].start]
        if not (_JOINED.fullmatch(gap) or (named[i - 1].actor == named[i].actor and re.fullmatch(r"\s*\(\s*", gap))):
            break
        i -= 1
    return named[i]


def _spelled_out(name: str) -> bool:
    """Whether a name ends with the acronym of all its capitalised words ("Karbi National
    Liberation Army (KNLA)"): one name, not a known one with words before it."""
    found = ACRONYM_AFTER.fullmatch(name)
    if found is None:
        return False
    initials = "".join(word[0] for word in re.findall(r"(?-i:[A-Z])[\w'’-]*", found.group(1)))
    return initials == re.sub(r"[/-]", "", found.group(2))


def blamed_by_name(text: str, start: int) -> bool:
    """Whether the name at start is the one an attribution blames ("officials attributed the raid to X")."""
    return _search(BLAMED_BEFORE, text, max(0, start - 80), start) is not None


def named_as_perpetrator(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names who claimed or was blamed for an attack ("sources attributed
    the attack to the Taliban", "Al-Shabaab claimed responsibility"): a perpetrator, no victim."""
    lead = text.rfind(".", max(0, start - 120), start) + 1 or max(0, start - 120)
    attributed = None
    for found in _SEARCH[ATTRIBUTED].finditer(text, lead, start):
        attributed = found
    if attributed is not None and not re.search(r"[.;,]", text[attributed.end() : start]):
        return True
    claimed = _search(CLAIMED, text, end, min(len(text), end + 60))
    return claimed is not None and not re.search(r"[.;]", text[end : claimed.start()])


def _unknown_group(text: str, lo: int, hi: int, before: bool, cue: tuple[int, int]) -> ActorMention | None:
    """A group name the lexicon lacks, right before "claimed responsibility" or right after
    "attributed the attack to" (the words at `cue`): its own words become the actor (a rebel group, ACLED's 2)."""
    piece = text[lo:hi].rstrip()
    kind = None if before else EXTREMIST_KIND.match(piece)
    if kind is not None:
        # "blamed an anti-Semitic extremist for the arson": the GTD names such a group by its kind
        words = kind.group(1)
        name = f"{words[0].upper()}{words[1:]} {kind.group(2).rstrip('s')}s"
        return ActorMention(lo + kind.start(1), lo + kind.end(2), kind.group(1) + piece[kind.end(1):kind.end(2)],
                            Actor(name, 2, "Terrorists/Non-State Militia", "group"))
    matches = [m for m in NAMED_GROUP.finditer(piece) if m.group(1)]
    if not matches:
        return None
    m = matches[-1] if before else matches[0]
    if (before and m.end() != len(piece)) or (not before and piece[:m.start()].strip()):
        return None  # the name must touch the claim or attribution words
    if BACKER.match(piece, m.end()):
        return None  # "Iranian backed militias": who backs the group, not its name
    name = m.group(1).split(" and the ")[0]  # "Both the X and the Y claimed": the GTD's first group is X
    parent = SUBGROUP_NAME.match(name)
    if parent is not None:
        # "the Down Brigade of the Irish Army": the GTD names the organisation, not its unit
        offset = m.start(1) + parent.start(1)
        name = parent.group(1)
        m_start, m_end = offset, offset + len(name)
    else:
        m_start, m_end = m.start(1), m.start(1) + len(name)
    if name.split()[0].lower() in NOT_A_GROUP or len(name) < 3:
        return None
    places = find_places(name)
    if places and places[0].start == 0 and places[0].end == len(name):
        return None  # "attributed the attack to Chile": a place, not a group
    # "Mapuche activists claimed the arson": the GTD names such a movement by its kind, "<X> extremists";
    # "the Bandama militia": a militia by its own name
    canonical = re.sub(r"\s+militia(?:men)?$", "", re.sub(r"\s+activists$", " extremists", name))
    actor = lexicon().by_alias.get(name.lower()) or Actor(canonical, 2, "Terrorists/Non-State Militia", "group")
    if actor.name == canonical and name.endswith(" activists"):
        # the name comes from the claim or the blame as much as from the noun: the evidence holds both
        m_start, m_end = (m_start, cue[1] - lo) if before else (cue[0] - lo, m_end)
    return ActorMention(lo + m_start, lo + m_end, text[lo + m_start : lo + m_end], actor)


# --------------------------------------------------------------------------- target type

# What the attack was aimed at follows these words: "attacked a security post", "opened fire on
# a wedding party", "detonated near a bank", "abducted three employees of a company".
TARGET_LEAD = re.compile(
    # (a place seized is the target where hostages were held in it: "seized a bank and held four clerks hostage")
    rf"\b(?:attack(?:ed|ing)|raided|stormed|(?:seized|took over|occupied)(?={HELD_IN_PLACE})|ambushed|assaulted|shelled|struck|opened fire(?: and (?:killed|injured|wounded))?(?:\s+(?:on|at|upon|towards))?"
    # (a parcel or letter bomb: whom it was sent to)
    r"|(?:bombs?|devices?|parcels?|packages?|letters?|envelopes?) (?:sent|addressed|mailed|posted|delivered) to"
    r"|fired (?:[\w-]+ ){0,4}?(?:on|at|upon|towards|into|targeting)|threw (?:[\w-]+ ){0,3}?(?:at|into|on)|launched (?:[\w-]+ ){0,3}?(?:at|on|towards|targeting)"
    r"|(?:landed|fell|crashed) (?:in|on|into)|shot(?: and (?:killed|injured|wounded))?|shot dead|killed|injured|wounded|stabbed(?: and (?:killed|injured|wounded))?|beheaded|executed|hacked|"
    r"abducted|kidnapped|hijacked|detained|poisoned|(?:took|taking)(?=\s+(?:[\w'-]+\s+){1,5}?hostages?\b)|(?:abducted|kidnapped) and (?:later )?killed|set fire to|set ablaze|set(?=\s+(?:[\w'-]+\s+){1,4}?(?:on fire|alight)\b)|sabotaged|cut down|torched|burned down|burnt down|burned|burnt|"
    r"(?:attempt(?:ing|ed)|tried|trying|planned|planning|intended|meant|sought|seeking|wanted) to (?:attack|target|strike|hit|bomb)|"
    r"targeting|targeted|against|near|outside(?: of)?|in front of|inside|(?:in|at|on) the (?:parking lot|car park|compound|premises|courtyard|grounds|gate|entrance) of|attached to|planted (?:on|under|in|outside|near|at|along)|(?:detonated|exploded|went off|blew up) (?:under|beneath|aboard)|(?:detonated|placed) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:explosives|bombs?|devices?|charges?|mines?|ieds?) (?:on|under|beneath|along)|at)\s+"
    # ("were kidnapped by militants": after a passive verb, "by" names the perpetrator, not the target)
    r"(?!(?:by|least|most|about|around|approximately|dawn|dusk|night|noon|midnight|the time|times?|first|\d)\b)",
    re.IGNORECASE)
# The object phrase ends where the place, the time or the next clause begins.
TARGET_END = re.compile(r"[.;:]|,\s+(?:and|while|but|killing|injuring|wounding|before|after|which)\b|\s+(?:in|along|between|on|during|near|outside|from|at|while|before|after|who|which|as)\s+|,\s+(?-i:[A-Z])", re.IGNORECASE)
# GTD target types by the words that name them, most specific first. A container ("the vehicle
# of", "a bus transporting", "the residence of") yields to whom it belongs or carries. ("passengers"
# are private citizens; a passenger bus or train is Transportation, as in TARGET_NOUNS.)
GTD_TARGET_WORDS: list[tuple[str, re.Pattern[str]]] = [
    ("Journalists & Media", re.compile(r"\b(?:journalists?|reporters?|media|broadcasters?|photographers?|newspapers?|radio (?:[\w-]+ ){0,2}?stations?|television|tv stations?|cameram[ae]n)\b", re.IGNORECASE)),
    ("Educational Institution", re.compile(rf"\b(?:{SCHOOL}|students?|teachers?|pupils?|schoolchildren|educational)\b", re.IGNORECASE)),
    ("Religious Figures/Institutions", re.compile(rf"\b(?:{RELIGIOUS})\b", re.IGNORECASE)),
    ("Government (Diplomatic)", re.compile(r"\b(?:embass(?:y|ies)|consulates?|consuls?|envoys?|diplomat\w*|ambassadors?|united nations|peacekeep\w*)\b", re.IGNORECASE)),
    ("NGO", re.compile(r"\b(?:NGOs?|aid (?:workers?|convoys?|agenc(?:y|ies)|organi[sz]ations?|groups?|teams?)|humanitarian|Red (?:Cross|Crescent)|charity|charities|non-governmental|demining|deminers?|"
                       # aid organisations by name
                       r"M[eé]decins Sans Fronti[eè]res|Doctors Without Borders|MSF|Save the Children|Oxfam|Mercy Corps|World Vision|Caritas|"
                       r"(?:Norwegian|Danish) Refugee Council|International Rescue Committee)\b", re.IGNORECASE)),
    ("Food or Water Supply", re.compile(rf"\b(?:{WATER_OR_FOOD})\b", re.IGNORECASE)),
    ("Utilities", re.compile(rf"\b(?:{UTILITY})\b", re.IGNORECASE)),
    ("Telecommunication", re.compile(rf"\b(?:{TELECOM})\b", re.IGNORECASE)),
    ("Terrorists/Non-State Militia", re.compile(r"\b(?:pro-government (?:militias?|militiam[ae]n|forces|fighters|members?)|self-defen[cs]e (?:groups?|militias?|committees?|units?)|militias?|militiam[ae]n|uprising|insurgents?|rebels?|militants?|jihadists?)\b", re.IGNORECASE)),
    # (prisons and their guards are the GTD's police: its subtype "Prison/Jail")
    ("Police", re.compile(rf"\b(?:{POLICE_WORD}|policem[ae]n|policewom[ae]n|gendarm\w*|constables?|riot squad|station house officers?|"
                          r"prisons?|jails?|custodial|correctional|penitentiar(?:y|ies)|prison guards?|wardens?)\b", re.IGNORECASE)),
    ("Private Citizens & Property", re.compile(rf"\b(?:{CIVIC_LEADER})\b", re.IGNORECASE)),
    ("Government (General)", re.compile(
        r"\b(?:government|ministry|ministers?|officials?|governors?|mayors?|councill?ors?|council|administrators?|administrati(?:ve|on)|commissioners?|"
        r"district (?:cent(?:er|re)s?|compound|headquarters|offices?)|(?:city|town|village) halls?|municipal (?:employees?|workers?|staff)|municipal (?:corporation|offices?|buildings?|headquarters|hall|council)|parliament\w*|senat\w*|lawmakers?|legislat\w*|"
        r"assembly members?|(?:national|provincial|state|legislative) assembl(?:y|ies)|departments?|electoral|election (?:commission|officials?|offices?)|intelligence|directorate|politicians?|political|party (?:members?|offices?|leaders?)|"
        r"candidates?|barangay (?:captains?|chairm[ae]n|officials?|council\w*)|judges?|courts?|courthouses?|prosecutors?|tax|customs|(?:village|ward|township|district) (?:headm[ae]n|heads?|chiefs?|chairm[ae]n|secretar(?:y|ies)|administrators?|officials?)|head of (?:a|the) village|headm[ae]n|"
        r"directors? general|chairm[ae]n|chairpersons?|secretar(?:y|ies)|vaccinat\w*|civil servants?|public servants?|"
        # a public body named by its charge ("the regional migration authority", "the revenue agency")
        r"authority|(?:government|state|federal|national|public|revenue|migration|immigration|asylum) agenc(?:y|ies))\b", re.IGNORECASE)),
    ("Military", re.compile(
        r"\b(?:military|soldiers?|troops|army|armed forces|checkpoints?|check ?posts?|outposts?|(?:army|military|air) ?bases?|airbase|barracks|"
        r"security (?:forces|personnel|posts?|positions?|postions?|outposts?|officers?|members?|wall|convoy|patrols?)|positions|patrols?|"
        r"paramilitar\w*|servicem[ae]n|battalions?|brigades?|regiments?|garrisons?|defen[cs]e forces)\b", re.IGNORECASE)),
    ("Business", re.compile(
        r"\b(?:(?:oil|gas|mining|mine|construction|factory|plantation|company) (?:workers?|employees?|engineers?)|shops?|stores?|compan(?:y|ies)(?! command\w*)|business\w*|banks?|hotels?|restaurants?|bars?|caf\ws?|bakery|(?<!under-)construction|"
        r"factory|factories|(?:tea|coffee|rubber|cocoa|sugar|palm oil|oil palm|banana) (?:estates?|gardens?|plantations?|farms?)|plantations?|petrol stations?|gas stations?|fuel stations?|fuel tankers?|(?:fuel|oil|petrol|gas|tanker) trucks?|(?:gold)?mines?|mining|goldmine|contractors?|traders?|merchants?|"
        r"shopkeepers?|clinics?|hospitals?|doctors?|nurses?|pharmac\w*|health\w*|medical|relaxation spot|nightclub|warehouses?|trucks?|lorr(?:y|ies)|offices?|equipment|machinery)\b", re.IGNORECASE)),
    ("Maritime", re.compile(r"\b(?:(?-i:ports?|harbou?rs?)|seaports?|ships?|vessels?|"
                            # a tanker at sea is a ship ("an oil tanker" on a road is a truck: a business's)
                            # (the object phrase ends before "in" or "at": "off" and "anchored" are what it holds)
                            r"(?:(?:oil|gas|chemical|crude|product|lpg|lng)\s+)?tankers?(?=\s+(?:off|offshore|anchored)\b)|ferr(?:y|ies)|passenger (?:boats?|ferr(?:y|ies))|docks?|dhows?|trawlers?|tugboats?|fishing boats?)\b", re.IGNORECASE)),
    ("Airports & Aircraft", re.compile(r"\b(?:airports?|airfields?|airliners?|airlines?|(?:passenger|civilian|commercial|cargo|domestic|international) (?:aircraft|planes?|airplanes?|jets?|flights?))\b", re.IGNORECASE)),
    ("Transportation", re.compile(r"\b(?:bus(?:es)?|trains?|passenger (?:bus(?:es)?|minibus(?:es)?|trains?|vans?|vehicles?)|railway|railroads?|rail|transport vehicles?|minibus(?:es)?|bridges?|highway)\b", re.IGNORECASE)),
    ("Tourists", re.compile(r"\b(?:tourists?|holidaymakers?|sightseers?|tour (?:bus(?:es)?|groups?|guides?|operators?))\b", re.IGNORECASE)),
    ("Private Citizens & Property", re.compile(
        rf"\b(?:{FAMILY} of|markets?|marketplace|protests?|rall(?:y|ies)|gatherings?|funerals?|crowds?|demonstrat\w*|civilians?|villagers?|residents?|houses?|homes?|villages?|towns?|farmers?|people|persons?|family|families|wedding|elders?|"
        rf"{PUBLIC_AREA}|"
        # one who has left an armed group is a civilian: "a former militant commander", "ex-rebels"
        r"(?:former|ex-)\s*(?:[\w-]+ ){0,3}?(?:militants?|fighters?|combatants?|rebels?|insurgents?|jihadists?|guerrillas?)|"
        r"wom[ae]n|m[ae]n|children|child|boys?|girls?|migrants?|refugees?|displaced|IDPs?|camps?|vehicles?|cars?|vans?|motorcycles?|residences?|apartments?|"
        r"farms?|neighbou?rhoods?|residential|property|properties|workers?|employees?|laborers?|labourers?|shepherds?|herders?|fishermen|youths?|"
        r"informants?|individuals?|patrons|bystanders?|passengers?|travell?ers?|tribal (?:leaders?|elders?|sheikhs?|sheiks?|shaikhs?)|"
        r"livestock|cattle|cows?|goats?|sheep|camels?|donkeys?|animals?)\b", re.IGNORECASE)),
]
# All of them in one pass: at a position, the first type listed wins.
GTD_TARGET_ANY = _one_search(GTD_TARGET_WORDS)
# Both run case-sensitively over the article's fold (faster than re.IGNORECASE), tried only
# where one of their words begins (found once per article).
_TARGET_LEAD = FoldedPattern(TARGET_LEAD)
_TARGET_WORDS = FoldedPattern(GTD_TARGET_ANY)
# Nouns that hold or carry the target: the type is whose they are, when the phrase says so.
# ("a patrol of peacekeepers": those who make it up)
CONTAINER = re.compile(r"^(?:vehicles?|cars?|vans?|motorcycles?|bus(?:es)?|minibus(?:es)?|convoy|patrols?|houses?|homes?|residences?|compound|offices?|buildings?|"
                       r"people|persons?|workers?|employees?|family|families|camps?|positions)$", re.IGNORECASE)
PLACE_PHRASE = re.compile(r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}(?:district|village|town|city|township|province|region|area|neighbou?rhood|county|municipality|subdistrict)", re.IGNORECASE)
PLANTED_IN = re.compile(r"planted (?:in|along|on)", re.IGNORECASE)
FIRED_INTO = re.compile(r"^fired\b.*\binto\s*$", re.IGNORECASE)
LOCATIVE_LEAD = re.compile(r"near|outside(?: of)?|in front of|inside|at", re.IGNORECASE)
PEOPLE = re.compile(r"(?:people|persons?|workers?|employees?|family|families)$", re.IGNORECASE)
# A post or checkpoint that the words give to no force: the victims tell whose it was.
SECURITY_SITE = re.compile(r"(?:security |joint )?(?:checkpoints?|check ?posts?|outposts?|posts?|positions?|convoy)$", re.IGNORECASE)
SECURITY_TYPES = {"Police", "Military", "Terrorists/Non-State Militia", "Government (General)"}
# Words for the security forces that name no force: the police or soldiers among the victims do.
GENERIC_SECURITY = re.compile(r"security (?:forces?|personnel|officers?|members?)$", re.IGNORECASE)
SPECIFIC_FORCES = {"Police", "Military"}
STAFF_AFTER = re.compile(r"\s+(?:teams?|staff|workers?|employees?|personnel|crews?)\b", re.IGNORECASE)
WHOSE_STAFF = re.compile(r"\s+from\s+", re.IGNORECASE)  # "workers at a factory" is where, not whose
HARMED_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:was|were)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|abducted|kidnapped)\b", re.IGNORECASE)
# Whoever is abducted is a person: one the words give no role is a private citizen.
TAKEN = re.compile(r"abducted|kidnapped|(?:shot|stabbed)(?: and (?:killed|injured|wounded))?|shot dead|killed|beheaded|hacked|poisoned", re.IGNORECASE)
SOMEONE = re.compile(r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[\w-]+", re.IGNORECASE)
# "John Doe", 'Juan "Johnny" Cruz III': a name, with its surname to look for
NAME_WORDS = re.compile(r"(?-i:[A-Z][\w'’-]+)(?:\s+(?:\"[^\"]{1,20}\"|(?-i:[A-Z][\w'’-]+)))*\s+(?-i:(?!(?:[IVX]+|Jr|Sr)\b)([A-Z][\w'’-]+))(?:\s+(?-i:[IVX]+|Jr\.?|Sr\.?))?(?=\s|,|$)")
WHERE_BEFORE = re.compile(r"\b(?:near|outside(?: of)?|in front of|inside|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
TAKEN_AFTER = re.compile(r"\b(?:abduct(?:ed|ing)|kidnapp(?:ed|ing))\s+(?!by\b)", re.IGNORECASE)
TAKEN_BEFORE = re.compile(r"((?:[\w'’-]+\s+){1,4}?)(?:was|were)\s+(?:also\s+)?(?:abducted|kidnapped|taken hostage)\b", re.IGNORECASE)


VACCINATION = re.compile(r"\b(?:vaccin\w*|immuni[sz]ation|polio)\b", re.IGNORECASE)
# "a girls' school", "the farmers' market", "the consul general's car": a possessor before the noun
# that names the target
POSSESSIVE_AFTER = re.compile(r"(?:\s+(?-i:[a-z])[\w-]*)?(?:'s?|’s?)(?=\s)")
# "the consul general's cook", "the mayor's son": one who works for or belongs to the household of
# the person named is harmed as a private citizen, not as the prominent person (the GTD's target
# follows the victim)
HOUSEHOLD_NOUN = "|".join([FAMILY, "drivers?", "bodyguards?", "domestic (?:workers?|staff)", *(f"{noun}s?" for noun in HOUSEHOLD_STAFF),
                           *(f"{one}|{many}" for one, many in HOUSEHOLD_STAFF_IRREGULAR)])
HOUSEHOLD = re.compile(rf"\s+(?:[\w-]+\s+)?({HOUSEHOLD_NOUN})\b", re.IGNORECASE)
# "the cook of the consul general", "a driver for the governor": the same, told the other way round
HOUSEHOLD_OF = re.compile(rf"\s*(?:(?:a|an|the|one|two|three|\d+)\s+)?(?:[\w-]+\s+)?({HOUSEHOLD_NOUN})\s+(?:of|for|to)\s", re.IGNORECASE)


def target_of_phrase(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The GTD target type a phrase names: the leftmost typed word, unless it only holds or carries
    what follows ("a bus transporting government employees", "the vehicle of a minister")."""
    first: tuple[str, Span] | None = None
    owner: tuple[str, Span] | None = None
    staff = HOUSEHOLD_OF.match(text, start, end)
    if staff is not None:
        return "Private Citizens & Property", Span(staff.start(1), staff.end(1), staff.group(1))
    campaign = VACCINATION.search(text, start, end)
    if campaign is not None:
        # "vaccinators giving polio drops to children": a state's vaccination campaign (the GTD's
        # government personnel), whoever its workers are
        return "Government (General)", Span(campaign.start(), campaign.end(), campaign.group())
    for match in _TARGET_WORDS.finditer(text, start, end):
        typed = _type_of(match, GTD_TARGET_WORDS)
        head = _head_noun(text, match.end(), end) if owner is None and not CONTAINER.match(match.group()) else None
        if head is not None:
            return head  # "a government secondary school", "a pro-military militia": the noun the words modify
        if owner is not None:
            # "a girls' school": the school, which the girls attend; "the governor's house": his
            return owner if CONTAINER.match(match.group()) else typed
        if not CONTAINER.match(match.group()):
            whose = POSSESSIVE_AFTER.match(text, match.end())
            if whose:
                staff = HOUSEHOLD.match(text, whose.end(), end)
                if staff is not None:
                    return "Private Citizens & Property", Span(staff.start(1), staff.end(1), staff.group(1))
                owner = typed  # whose: the noun after it may name the target
                continue
            return _head_of_name(text, match, end) or typed
        first = first or typed
    return owner or first


# Institutions whose noun names the target whatever typed word comes before it (HEAD_NOUN) or
# whatever proper name it ends (NAMED_INSTITUTION). A name's last word is its institution ("the Kelm
# Police Hospital": a hospital), but a typed word before a common noun may name the owner the GTD
# types it by ("a military hospital", "a government bank"): there only these are heads.
INSTITUTION = rf"{SCHOOL}|{RELIGIOUS_PLACE}|newspapers?"
# Institutions and armed bodies a typed word before them only qualifies ("a government secondary
# school", "a pro-military militia", "an army-run school"): the noun phrase's head names the target.
HEAD_NOUN = re.compile(rf"{INSTITUTION}|militias?", re.IGNORECASE)
# the words of the same noun phrase after a modifier: no punctuation, preposition or clause word between
NP_REST = re.compile(r"(?:(?:'s?|’s?)?\s+(?!(?:in|of|at|near|on|for|with|and|or|by|from|to|that|which|who|was|were|is|are)\b)[\w'’-]+){1,4}",
                     re.IGNORECASE)


def _head_noun(text: str, at: int, end: int) -> tuple[str, Span] | None:
    """The type of the institution or armed body that heads the noun phrase a typed word opens."""
    rest = NP_REST.match(text, at, end)
    if rest is None:
        return None
    head = None
    for later in _TARGET_WORDS.finditer(text, at, rest.end()):
        if HEAD_NOUN.fullmatch(later.group()):
            head = _type_of(later, GTD_TARGET_WORDS)
    return head


# the rest of a proper name: "Army Mission Church", "Kalo National University"
NAME_REST = re.compile(r"(?:\s+(?:(?:of|for|and|the)\s+)*(?-i:[A-Z])[\w'’.-]*)+")
# institutions a name ends with, whatever its other words ("... Church", "... University", "... Hotel")
NAMED_INSTITUTION = re.compile(rf"{INSTITUTION}|hotels?|banks?|hospitals?|clinics?"
                               r"|compan(?:y|ies)|factor(?:y|ies)|television|radio (?:[\w-]+ ){0,2}?stations?", re.IGNORECASE)


def _head_of_name(text: str, match: re.Match[str] | OnText, end: int) -> tuple[str, Span] | None:
    """The type of the institution a proper name ends with, where a typed word opens or sits inside
    it ("the Kelmford Police Memorial School": a school, not the police)."""
    if not match.group()[:1].isupper():
        return None
    rest = NAME_REST.match(text, match.end(), end)
    if rest is None:
        return None
    head = None
    for later in _TARGET_WORDS.finditer(text, match.end(), rest.end()):
        if later.group()[:1].isupper():
            head = _type_of(later, GTD_TARGET_WORDS)
    return head if head is not None and NAMED_INSTITUTION.fullmatch(head[1].text or "") else None


def _armed_victims(text: str, start: int, end: int,
                   generic: tuple[str, Span] | None = None) -> tuple[str, Span] | None:
    """The first police, soldiers, militia or officials the rest of the story names (a post named
    again is no victim). After "security forces" or "security personnel", the police or soldiers
    among them tell which force it was ("five security personnel, including a police officer")."""
    for match in _TARGET_WORDS.finditer(text, start, end):
        typed = _type_of(match, GTD_TARGET_WORDS)
        if typed[0] not in SECURITY_TYPES or SECURITY_SITE.match(typed[1].text or ""):
            continue
        if GENERIC_SECURITY.match(typed[1].text or ""):
            generic = generic or typed
        elif generic is None or typed[0] in SPECIFIC_FORCES:
            return typed
    return generic


def _harmed(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """The first typed victims in text[start:end] told as killed, hurt or taken ("One administrator
    was injured in the blast"): the target of an attack that names none."""
    for match in _TARGET_WORDS.finditer(text, start, end):
        if HARMED_AFTER.match(text, match.end()):
            return _type_of(match, GTD_TARGET_WORDS)
    return None


def _role_told(text: str, lo: int, hi: int, start: int, end: int) -> tuple[str, Span] | None:
    """The role the story gives a person named in text[lo:hi] ("... shot at John Doe. Doe, an
    adviser to the mayor, survived"), found by the surname."""
    name = NAME_WORDS.match(text, lo, hi)
    if name is None:
        return None
    surname = re.escape(name.group(1))
    told = re.compile(rf"\b{surname},\s+(?:a|an|the)\s+([^,.;]{{1,90}})[,.;]").search(text, start, end)
    return None if told is None else target_of_phrase(text, told.start(1), told.end(1))


def hostages_taken(text: str, start: int, end: int) -> tuple[str, Span] | None:
    """In a kidnapping, the GTD's target is whom the assailants took ("attacked a military post before
    abducting civilians", "the district head was abducted"), where the words type them."""
    for match in TAKEN_AFTER.finditer(text, start, end):
        stop = TARGET_END.search(text, match.end(), min(end, match.end() + 80))
        typed = target_of_phrase(text, match.end(), stop.start() if stop else min(end, match.end() + 80))
        if typed is not None and not CONTAINER.match(typed[1].text or ""):
            return typed
    for match in TAKEN_BEFORE.finditer(text, start, end):
        typed = target_of_phrase(text, match.start(1), match.end(1))
        if typed is not None and not CONTAINER.match(typed[1].text or ""):
            return typed
    return None


def _target_ending_in(nouns: str) -> re.Pattern[str]:
    """A target's words (fullmatch) that end in one of `nouns`, after at most two other words ("a
    district chairman", "the main offices", "first-year students"): how a party's post or office
    and students are told apart from other targets, written once."""
    return re.compile(rf"(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})$", re.IGNORECASE)


# A post or office of a political party ("a local chairman of the Kalo People's Party", "the office
# of the Free Farmers Party (FFP)"). The GTD codes the party's people Violent Political Party (its
# subtype for party officials), its offices mostly Government (General) (the subtype for political
# parties' premises and rallies); an office of state held by a party man, a lawmaker or a mayor, stays
# the government's.
PARTY_PERSON = _target_ending_in(r"chair(?:man|men|woman|person)s?|leaders?|officials?|secretar(?:y|ies)|members?|workers?|"
                                 r"activists?|president|(?:deputy )?head|spokes(?:man|woman|person)|organi[sz]ers?|treasurer")
PARTY_PLACE = _target_ending_in(r"offices?|headquarters|premises")
# a party's name up to its last word ("Kalo People's Party", "Party" or "party" after it), and its acronym
PARTY_NAME = r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?:(?-i:[A-Z])[\w'’.-]*|of|and|for|the)){0,8}?\s+"
PARTY_ACRONYM = r"(?:\s*\([^()]{1,20}\))?"  # "(KPP)"
# (a party may call itself a league: "the Awami League", "the Muslim League")
PARTY_OWNER = re.compile(rf"{PARTY_ACRONYM},?\s+of\s+(?:the\s+)?({PARTY_NAME}(?-i:[Pp]arty|League))\b")
PARTY_BEFORE = re.compile(rf"\b({PARTY_NAME}(?-i:Party|League)){PARTY_ACRONYM}\s+(?:(?:local|district|state|provincial|regional|ward|deputy|former)\s+)?$")


def party_owner(text: str, target: tuple[str, Span] | None) -> tuple[str, int, int] | None:
    """The target type of a party's post or office ("a district chairman of the X Party"), with where
    the party's name begins and ends; None where the target names no party's post or office."""
    if target is None or target[1].end is None:
        return None
    words = target[1].text or ""
    kind = ("Violent Political Party" if PARTY_PERSON.fullmatch(words)
            else "Government (General)" if PARTY_PLACE.fullmatch(words) else None)
    owner = PARTY_OWNER.match(text, target[1].end) if kind is not None else None
    if owner is None and kind is not None and target[1].start is not None:
        # "a former Kalo People's Party (KPP) chairman": the party named before the post
        owner = PARTY_BEFORE.search(text, max(0, target[1].start - 100), target[1].start)
    return None if owner is None or kind is None else (kind, owner.start(1), owner.end(1))


# Students are the GTD's Educational Institution where the attack hit them at their school (or
# its bus); students harmed anywhere else are private citizens (its subtype "Student").
STUDENT_WORDS = _target_ending_in(r"students?|pupils?|schoolchildren|schoolboys?|schoolgirls?")
# "university students", "secondary school pupils": the school word says what they are, not where they were
STUDENT_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+(?:students?|pupils?|schoolchildren)\b", re.IGNORECASE)
SCHOOL_PLACE = re.compile(rf"\b(?:{SCHOOL}|campus(?:es)?|classrooms?|dormitor(?:y|ies)|hostels?|academ(?:y|ies)|institutes?|seminar(?:y|ies))\b", re.IGNORECASE)


def students_span(text: str, span: Span) -> Span:
    """The words of students a school word begins ("university" -> "university students")."""
    after = STUDENT_AFTER.match(text, span.end) if span.end is not None and span.start is not None else None
    return span if after is None else Span(span.start, after.end(), text[span.start : after.end()])


def students_away_from_school(text: str, target: tuple[str, Span] | None, start: int, end: int) -> bool:
    """Whether the target is students and the story (text[start:end]) names no school they were at."""
    if target is None or target[0] != "Educational Institution":
        return False
    words, after = target[1].text or "", target[1].end
    students = bool(STUDENT_WORDS.fullmatch(words)) or (
        after is not None and bool(SCHOOL_PLACE.fullmatch(words)) and STUDENT_AFTER.match(text, after) is not None)
    return (students
            and not any(STUDENT_AFTER.match(text, m.end()) is None for m in SCHOOL_PLACE.finditer(text, start, end)))


def _told_before(victims: tuple[str, Span] | None, start: int, pos: int) -> bool:
    """Whether the victims were named in text[start:pos], before the words being read."""
    return victims is not None and victims[1].start is not None and start <= victims[1].start < pos


STAFF_OF = re.compile(r"\s+of\s+", re.IGNORECASE)


def _employer(text: str, victims: tuple[str, Span] | None) -> tuple[str, Span] | None:
    """Whose staff the victims were, where the words say so ("employees of a television station":
    Journalists & Media), if that is more than private citizens."""
    if victims is None or victims[1].end is None or not PEOPLE.fullmatch(victims[1].text or ""):
        return None
    of = STAFF_OF.match(text, victims[1].end)
    if of is None:
        return None
    stop = TARGET_END.search(text, of.end(), of.end() + 120)
    employer = target_of_phrase(text, of.end(), stop.start() if stop else min(len(text), of.end() + 120))
    if employer is None or CONTAINER.match(employer[1].text or "") or employer[0] == "Private Citizens & Property":
        return None
    return employer


# "The envoy's car was hit by a bomb", "a police van was struck by an IED": the subject of a passive
# attack verb is what the attack hit.
PASSIVE_HIT = re.compile(r"\b(?:was|were)\s+(?:(?:reportedly|allegedly|also|later|then)\s+)?(?:hit|struck|targeted|attacked|ambushed|bombed|shelled|rammed)\s+by\b",
                         re.IGNORECASE)
SUBJECT_START = re.compile(r".*(?:^|[,;:]\s+|\b(?:when|after|as|where)\s+)", re.IGNORECASE | re.DOTALL)


def _passive_target(text: str, s_start: int, s_end: int, victims: tuple[str, Span] | None) -> tuple[str, Span] | None:
    """What a passive attack verb's subject names ("the envoy's car was hit by a bomb"), where the
    words type it as more than a vehicle or a building of no one's; victims named inside the subject
    keep the type already known of them ("a customs inspector was targeted by ..."). None
    where an attack verb of the sentence before that subject names its own target."""
    hit = PASSIVE_HIT.search(text, s_start, s_end)
    if hit is None:
        return None
    lead = SUBJECT_START.match(text, s_start, hit.start())
    lo = lead.end() if lead is not None else s_start
    if any(not LOCATIVE_LEAD.fullmatch(m.group().strip()) for m in _TARGET_LEAD.finditer(text, s_start, lo)):
        return None  # "opened fire on a market, ...; a police car was hit by a stray bullet": the act's own target
    if victims is not None and victims[1].start is not None and lo <= victims[1].start < hit.start():
        return victims
    typed = target_of_phrase(text, lo, hit.start())
    if typed is None or CONTAINER.match(typed[1].text or ""):
        return None
    return typed


# What ties a convoy to whom it carries or belongs to ("a convoy ... that was carrying the ambassador",
# "a convoy of vehicles belonging to an aid agency", "the convoy in which the minister travelled"), or
# whom the attack on it hurt ("ambushed a convoy, wounding two ambassadors"; the dead make it an assassination)
CONVOY_TIE = re.compile(r"\b(?:carrying|transporting|escorting|ferrying|belonging\s+to|owned\s+by|of|in\s+which)\s+"
                        rf"|,\s+(?:wounding|injuring)\s+(?=(?:an?|the|{FEW})\s)", re.IGNORECASE)
CONVOY = re.compile(r"convoys?$", re.IGNORECASE)
# A convoy's owner that is no force: its people decide the target, not the word "convoy"
CONVOY_OWNER_TYPES = {"Government (Diplomatic)", "Government (General)", "NGO", "Business", "Journalists & Media",
                      "Educational Institution", "Religious Figures/Institutions", "Tourists", "Police"}


def _convoy_owner(text: str, convoy: Span, end: int) -> tuple[str, Span] | None:
    """Whom a convoy named by no force carried or belonged to, where its sentence ties them to it
    (the GTD types a convoy by its owner: an ambassador's is diplomatic, an aid agency's an NGO)."""
    if convoy.end is None or not CONVOY.match(convoy.text or ""):
        return None
    for tie in CONVOY_TIE.finditer(text, convoy.end, min(end, convoy.end + 100)):
        stop = TARGET_END.search(text, tie.end(), min(end, tie.end() + 100))
        typed = target_of_phrase(text, tie.end(), stop.start() if stop else min(end, tie.end() + 100))
        if typed is not None and not CONTAINER.match(typed[1].text or ""):
            return typed if typed[0] in CONVOY_OWNER_TYPES else None
    return None


def gtd_target(text: str, s_start: int, s_end: int, story_start: int, story_end: int,
               places: list, victims: tuple[str, Span] | None) -> tuple[str, Span] | None:
    """The GTD's target type: what the attack was aimed at ("attacked a security post", "opened
    fire on a wedding party", "the envoy's car was hit by a bomb"), else who was hurt, else the
    place attacked ("attacked Kandahar city": private citizens and property)."""
    victims = _employer(text, victims) or victims
    passive = _passive_target(text, s_start, s_end, victims)
    if passive is not None:
        return passive
    weak: tuple[str, Span] | None = None
    for lead in _TARGET_LEAD.finditer(text, s_start, s_end):
        lo = lead.end()
        if PERPETRATOR_WORDS.match(text, lo):
            continue
        if LOCATIVE_LEAD.fullmatch(lead.group().strip()) and _told_before(victims, s_start, lead.start()):
            continue  # "three men were kidnapped at a checkpoint": the men were the target, the checkpoint where
        stop = TARGET_END.search(text, lo, min(s_end, lo + 160))
        hi = stop.start() if stop else min(s_end, lo + 160)
        if PLACE_PHRASE.fullmatch(text, lo, hi) and not LOCATIVE_LEAD.fullmatch(lead.group().strip()):
            return "Private Citizens & Property", Span(lo, hi, text[lo:hi])  # "attacked Kalabo district"
        typed = target_of_phrase(text, lo, hi)
        staff = typed is not None and (PEOPLE.match(typed[1].text or "") or (
            typed[1].end is not None and STAFF_AFTER.match(text, typed[1].end)))  # "a medical team from X"
        if typed is not None and staff and stop is not None and WHOSE_STAFF.fullmatch(stop.group()):
            # "kidnapped 50 employees from the Ministry of Education": whose staff they were
            more = TARGET_END.search(text, stop.end(), min(s_end, stop.end() + 120))
            employer = target_of_phrase(text, stop.end(), more.start() if more else min(s_end, stop.end() + 120))
            if employer is not None and not CONTAINER.match(employer[1].text or "") and employer[0] != "Private Citizens & Property":
                return employer
        if typed is not None and CONTAINER.match(typed[1].text or "") and not PEOPLE.match(typed[1].text or ""):
            weak = weak or typed  # "a vehicle": whose, the story may tell
            continue
        if typed is not None:
            if SECURITY_SITE.match(typed[1].text or ""):
                # "attacked a security outpost ... four police officers were killed": whose post it was
                told = _armed_victims(text, s_end, story_end)
                if told is not None:
                    return told
                if victims is not None and victims[0] in SECURITY_TYPES:
                    return victims
            if GENERIC_SECURITY.match(typed[1].text or ""):
                return _armed_victims(text, hi, story_end, typed) or typed  # "targeting security forces ... a police officer was killed"
            return typed
        if TAKEN.fullmatch(lead.group().strip()) and SOMEONE.match(text, lo, hi) and not PERPETRATOR_WORDS.search(text, lo, hi):
            weak = weak or ("Private Citizens & Property", Span(lo, hi, text[lo:hi]))  # "abducted a messenger": a person
            continue
        place = next((p for p in places if p.start == lo), None)
        if LOCATIVE_LEAD.fullmatch(lead.group().strip()) and (
                place is not None or PLACE_PHRASE.fullmatch(text, lo, hi) or lead.group().strip().lower() != "at"):
            continue  # "went off outside Kalabo": where, not what, it hit ("at Freedom Square" is what)
        if FIRED_INTO.search(lead.group()) or (PLANTED_IN.fullmatch(lead.group().strip()) and (
                place is not None or PLACE_PHRASE.fullmatch(text, lo, hi) or (hi > lo and text[lo].isupper()))):
            continue  # "fired rockets into Kalabo", "devices planted in Kalabo": where, no target told
        if place is not None:
            return "Private Citizens & Property", Span(place.start, place.end, text[place.start : place.end])
        if hi > lo and text[lo].isupper():
            # "attacked Kalabo, ..." (a town the gazetteer lacks), "shot and killed John Doe":
            # a place or a person named by no role is private citizens and property, unless
            # the story tells the person's role.
            if (victims is not None and victims[1].start is not None and s_start <= victims[1].start < s_end
                    and not WHERE_BEFORE.search(text, max(s_start, victims[1].start - 40), victims[1].start)):
                return victims  # (not "... outside a mosque": where they were, not who)
            return _role_told(text, lo, hi, s_end, story_end) or ("Private Citizens & Property", Span(lo, hi, text[lo:hi]))
    if weak is not None and weak[0] == "Transportation" and (victims is None or victims[0] == "Private Citizens & Property"):
        return weak  # "a bomb went off against a bus ... four civilians were killed": public transport was the target
    if victims is not None and SECURITY_SITE.match(victims[1].text or ""):
        # "ambushed a convoy ... that was carrying the ambassador": whose convoy the sentence says it was
        owner = _convoy_owner(text, victims[1], s_end)
        if owner is not None:
            return owner
        # "ambushed a supply convoy ... three militiamen died": whose convoy it was
        return _armed_victims(text, s_end, story_end) or victims
    if victims is not None or weak is not None:
        return victims or weak
    if (story_start, story_end) != (s_start, s_end):
        # "A mine went off in Kalabo. It was laid to hit the power line": the story's other
        # sentences tell what the attack hit when its own sentence does not.
        for lo, hi in ((s_end, story_end), (story_start, s_start)):
            told = gtd_target(text, lo, hi, lo, hi, places, None) if hi > lo else None
            if told is not None:
                return told
    return _harmed(text, s_start, story_end)
