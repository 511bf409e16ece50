"""Tolls: how many were killed, wounded, kidnapped or arrested, as a news sentence says it.

Counts follow the ACLED and GTD codebooks where news is vague: "killed or injured 7" is no
death toll, "killed and injured 7" is halved, an unknown plural toll ("killed all those on
board") is 3, counts joined by "and" add up, and "including ..." gives the head count.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ..annotate import Annotations
from ..annotate.numbers import parse_number
from ..annotate.text import TITLE_ABBREVIATIONS, FastPattern, FoldedPattern
from ..records import Event, Quantity, Span
from .senses import ILLNESS, described_person
from .voice import PASSIVE_BEFORE

# "his wife", "her son": kin by blood or marriage, one of them; FAMILY, one or more.
FAMILY_ONE = r"(?:wife|husband|son|daughter|brother|sister|father|mother|nephew|niece|cousin|aunt|uncle|grandson|granddaughter|child)"
FAMILY = rf"(?:{FAMILY_ONE}s?|wives|children|relatives?)"
# A household's staff ("the consul general's cook"): people a count is told of here, and harmed as
# private citizens, not as the one they work for (gtd.HOUSEHOLD_NOUN)
HOUSEHOLD_STAFF = ("cook", "chef", "gardener", "servant", "maid", "housekeeper", "chauffeur", "caretaker", "janitor", "cleaner")
HOUSEHOLD_STAFF_IRREGULAR = (("nanny", "nannies"), ("watchman", "watchmen"))
# More of those whom news names as victims, each with a plural in -s ("killing 20 worshippers", "shot dead a
# shopkeeper"), and those whose plural is irregular.
MORE_PEOPLE = ("worshipper", "worshiper", "mourner", "guest", "shopper", "pedestrian", "bystander", "onlooker", "spectator",
               "schoolgirl", "schoolboy", "pupil", "congregant", "churchgoer", "patient", "tourist", "visitor", "customer",
               "vendor", "shopkeeper", "tailor", "barber", "pharmacist", "nurse", "protester", "demonstrator", "nomad", "pastoralist", "miner",
               "rebel", "bandit", "robber", "gangster", "kidnapper", "smuggler", "looter", "criminal", "pirate", "gendarme",
               "ranger", "sailor", "pilot", "commando", "paratrooper", "conscript", "volunteer", "supporter", "loyalist",
               "combatant", "infant", "toddler", "teenager", "sibling", "neighbour",
               "neighbor", "friend", "colleague", "comrade", "politician", "councillor", "councilor", "candidate", "voter", "lawmaker",
               "priest", "pastor", "monk", "nun", "preacher", "reporter", "photographer", "blogger", "professor", "lecturer",
               "principal", "headteacher", "manager", "supervisor", "technician", "surveyor", "foreman", "accountant",
               "cashier", "banker", "geologist", "architect", "consultant",
               "diplomat", "ambassador", "envoy", "minister", "herder", "hunter", "trader", "merchant", "recruit", "peacekeeper",
               "insurgent", "jihadist", "terrorist", "extremist", "bodyguard", "seminarian",
               "parishioner", "devotee", "rabbi", "bishop", "patron", "aide", "cadet", "trainee", "physician", "surgeon", "paramedic", "medic", "firefighter",
               "marine", "guerrilla", "deminer", "sapper", "vaccinator", "vigilante",
               # the fighters of armed movements abroad: "3 FARC dissidents", "2 Maoist cadres", "4 jawans"
               "dissident", "separatist", "cadre", "jawan", "maoist", "naxal", "naxalite", *HOUSEHOLD_STAFF)
MORE_PEOPLE_IRREGULAR = (("herdsman", "herdsmen"), ("fisherman", "fishermen"), ("businessman", "businessmen"),
                         ("businesswoman", "businesswomen"), ("policewoman", "policewomen"), ("cameraman", "cameramen"),
                         ("militiaman", "militiamen"), ("thief", "thieves"), ("baby", "babies"), ("sentry", "sentries"),
                         ("passer-by", "passers-by"),
                         ("missionary", "missionaries"), ("clergyman", "clergymen"), *HOUSEHOLD_STAFF_IRREGULAR)
# People named only in the plural by where they live or what they believe ("kidnapped two Chinese nationals", "killed 5
# Christians"): as singulars these words are mostly adjectives ("a local market").
PEOPLE_ONLY_PLURAL = ("nationals", "citizens", "foreigners", "locals", "inhabitants", "occupants", "expatriates", "christians",
                      "muslims", "hindus", "sikhs", "shiites", "shias", "sunnis", "yazidis", "hazaras", "kurds", "arabs", "alawites",
                      "rohingya", "fulani",
                      "taliban", "houthis")  # a movement's men counted by its name: "7 Taliban were killed"
# "the gunmen", "the attackers": the words that name whoever carried out an attack.
PERPETRATOR_NOUN = r"(?:assailants?|attackers?|gunm[ae]n|perpetrators?|bombers?|hijackers?)"
_MORE_PLURAL = "|".join([f"{noun}s?" for noun in MORE_PEOPLE] + [f"{one}|{many}" for one, many in MORE_PEOPLE_IRREGULAR]
                        + list(PEOPLE_ONLY_PLURAL))
_MORE_SINGLE = "|".join([*MORE_PEOPLE, *(one for one, _ in MORE_PEOPLE_IRREGULAR)])
# People a count is told of (FAMILY, PERPETRATOR_NOUN and MORE_PEOPLE hold their own words, each written once).
PERSON_NOUN = rf"(?:civilians?|people|persons?|men|man|women|woman|{FAMILY}|boys?|girls?|soldiers?|troops|officers?|policem[ae]n|police(?:men)?|members?|fighters?|militants?|militiam[ae]n|farmers?|shepherds?|workers?|labou?rers?|students?|guards?|personnel|individuals?|suspects?|passengers?|travell?ers?|commuters?|pilgrims?|journalists?|employees?|residents?|villagers?|tribesmen|others?|elements?|commanders?|leaders?|family members|bodies|corpses|hostages?|captives?|abductees?|companions?|prisoners?|detainees?|refugees?|activists?|lawyers?|migrants?|elders?|doctors?|teachers?|drivers?|officials?|youths?|victims?|forces|operatives?|staff|crew|contractors?|engineers?|sheikhs?|imams?|clerics?|judges?|{PERPETRATOR_NOUN}|{_MORE_PLURAL})"
SINGLE_PERSON = rf"(?:driver|guard|victim|man|woman|boy|girl|soldier|officer|policeman|farmer|shepherd|journalist|activist|commander|leader|official|mukhtar|civilian|fighter|member|elder|teacher|doctor|judge|sheikh|sheik|shaikh|owner|employee|worker|student|engineer|contractor|imam|cleric|governor|mayor|chief|head|militant|spy|informant|collaborator|interpreter|translator|serviceman|servicemember|serviceperson|agent|guide|resident|villager|passenger|pilgrim|lawyer|prisoner|detainee|refugee|migrant|director|administrator|clerk|secretary|chairman|chairperson|inspector|lieutenant|captain|colonel|sergeant|ruler|assailant|attacker|bomber|gunman|perpetrator|hijacker|expert|specialist|{FAMILY_ONE}|relative|{_MORE_SINGLE})"
# "stabbed to death", "beat a guard to death": a killing however it was done (one victim where no count is told)
TO_DEATH_VERB = r"(?:stabbed|hacked|beaten|beat|burned|burnt|bludgeoned|clubbed|stoned|lynched|tortured|strangled|shot|hanged|hammered|kicked|slashed)"
KILL_WORDS = rf"(?:{TO_DEATH_VERB}\s+to\s+death|{TO_DEATH_VERB}(?=\s+(?:[\w'-]+\s+){{1,6}}?to\s+death\b)|burn(?:ed|t)\s+alive|burn(?:ed|t)(?=\s+(?:[\w'-]+\s+){{1,4}}?alive\b)|killed|killing|kills|kill|shot dead|fatally shot|shot(?=\s+(?:[\w'-]+\s+){{1,3}}?dead\b)|executed|executing|murdered|slain|beheaded|gunned down|lynched|died|dead|deaths of|death of|lost their lives|assassinated|bodies|corpses|(?:body|corpse)(?=\s+of\b))"
# The hurt told as their state ("were wounded", "was hurt"), their wounds told as things ("suffered injuries"),
# and a stay in hospital: the words every wound pattern is built from (events.HURT_ONLY, CROWD_INJURED)
HURT_STATE = r"wounded|injured|hurt"
HURT_NOUNS = r"injuries|wounds"
HOSPITALISED = r"hospitali[sz]ed"
# "suffered broken legs", "sustained fractures", "suffered burns": a wound told by the harm done to the body
FRACTURES = r"(?:fractures|(?:(?<=suffered )|(?<=sustained )|(?<=severe )|(?<=serious )|(?<=acid )|(?<=degree ))burns|(?:broken|fractured)\s+(?:legs?|arms?|bones?|ribs?|hands?|jaws?|skulls?|noses?|limbs?))"
WOUND_WORDS = rf"(?:{HURT_STATE}|wounding|injuring|{HURT_NOUNS}|injury(?=\s+of\b)|{FRACTURES}|{HOSPITALISED}|beaten(?! back| off| to death)|stabbed(?!(?:\s+[\w'-]+){{0,4}}?\s+to\s+death\b| and killed| dead))"
# "were injured after falling from their horses", "was hospitalised after a fall", "hurt in a road
# accident": a wound told of a mishap, no one's violence (neither a toll nor the crowd's force)
# (not what fell on them: "hurt by the fall of two rockets on the market", "by falling shrapnel")
# (nor a crash someone drove into them: "when a suicide bomber crashed his car into the gate")
# (not all senses.MISHAP: "hurt when the roof collapsed" may follow a strike; no check for violence guards this)
HURT_BY_MISHAP = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:after|when|while|in|following|as)\s+"
                            rf"(?:(?!(?:suicide|{PERPETRATOR_NOUN}|militants?|insurgents?|terrorists?|explosives?-laden|booby-trapped)\b)"
                            r"[\w'-]+\s+){0,3}?"
                            r"(?:falls?(?!\s+of\b)|fell|falling(?!\s+(?:[\w-]+\s+)?(?:shrapnel|debris|fragments?|rubble|shells?|rockets?|"
                            r"missiles?|bombs?|rocks?|stones?|masonry|walls?|roofs?|pieces|objects?|trees?|bullets?))"
                            r"|slipp(?:ed|ing)|tripp(?:ed|ing)|stumbl(?:ed|ing)|accidents?|crash(?:es|ed)?|collisions?)\b",
                            re.IGNORECASE)
# "Shot" alone: a wound ("a sniper shot a protester"), unless the sentence tells the death of those shot
# (a death is "shot dead", "fatally shot", "shot and killed", "shot him to death": kill words). What was shot
# at people ("shot tear gas at 300 protesters", "shot rubber bullets into the crowd") hurt no one counted.
_SHOT_THING = (r"(?:[\w-]+\s+){0,2}?(?:tear\s*gas|gas|bullets|rounds|pellets|ammunition|rockets?|missiles?|mortars?|shells"
               r"|arrows?|canisters?|flares?|grenades?|water\s+cannon)")
SHOT_WORDS = (r"(?:(?<!fatally )shot(?!\s+(?:dead|down|at|and\s+(?:killed|killing)|to\s+death)\b"
              rf"|(?:\s+[\w'-]+){{1,4}}?\s+(?:to\s+death|dead)\b|\s+{_SHOT_THING}\b))")
KILL_OR_SHOT = rf"(?:{KILL_WORDS}|{SHOT_WORDS})"
# Those whom the words show held by their captors: "executed the hostages", "three captives were executed".
HELD_NOUN = r"(?:hostages?|captives?|abductees?|prisoners?|detainees?)"
KIDNAP_WORDS = (r"(?:kidnapped|kidnapping|kidnap|hijacked|hijacking|abducted|abducting|abduction of|taken hostage|took hostage|held hostage|taken captive|held captive"
                r"|tied up|blindfolded|beheaded"  # "the three guards were tied up, then shot": captives, as the GTD counts them
                # (a beheading needs its victim in the killers' hands: the GTD's hostage taking; a plain
                # execution is a killing, its victims hostages only where the words say they were held)
                rf"|executed(?=\s+(?:all\s+|the\s+|their\s+|\w+\s+of\s+(?:the|their)\s+)?(?:[\w'-]+\s+){{0,2}}?{HELD_NOUN}\b)"
                rf"|{HELD_NOUN}\s+(?:were|was|had been|have been)\s+(?:later\s+|then\s+|subsequently\s+)?executed"
                r"|(?:holding|held|took|taking|seized)(?=\s+(?:[\w'-]+\s+){1,6}?hostages?\b)"  # "holding a civilian hostage"
                # "40 guards surrendered to the gunmen": given up into the attackers' hands, their captives
                rf"|surrendered(?=\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{PERPETRATOR_NOUN}|militants?|insurgents?)\b))")
ARREST_WORDS = (r"(?:arrested|arresting|arrest of|arrests of|detained|detaining|apprehended|captured|capturing|rounded up"
                r"|taken into custody|(?:took|taking)(?=\s+(?:[\w'-]+\s+){1,4}?into\s+custody\b))")  # "took 14 protesters into custody"
JOINED_COUNT = FastPattern(re.compile(rf"\s*(?:[\w'-]+\s+){{0,3}}?{PERSON_NOUN}\s*(?:,\s*and|,|and)\s+", re.IGNORECASE))
# "his wife", "her driver", "his companion": one person close to another, named beside them.
KIN_ONE = rf"(?:{FAMILY_ONE}|friend|guest|companion|aide|assistant|driver|bodyguard|guard|interpreter|translator|colleague|secretary|escort)"
ONE_COMPANION = re.compile(rf"{KIN_ONE}\b(?!\s*,?\s*(?:was|were)\b)", re.IGNORECASE)
COMPANIONS = re.compile(r"\s+((?:a|an|the)\s+(?:[\w'-]+\s+){0,4}?and\s+(?:(?:his|her|their)\s+(?=\S)|(?=\S+\s+of\s+(?:his|her|their)\b)))(?P<n>\S)", re.IGNORECASE)
# Single people named one by one, then who else, after a killing word: one shape, tried in this
# order, whose parts are written once below (each person of the list counts one):
#   PAIR_AFTER     "a tribal sheikh and his nephew"                (one and one kin: two)
#   ONE_AND_MORE   "a cell leader and two fighters"                (one, then a count of more)
#   ONES_AND_MORE  "a shopkeeper, a policeman and two children"    (two or more, then a count)
#   ONES_LISTED    "the mayor, his bodyguard and the driver"       (three or more single people)
# (titles of one person too: "the magistrate, his wife and their driver"; SINGLE_PERSON holds the
# minister, the envoy, the bodyguard and the others already)
_LISTED_ONE = rf"(?:{SINGLE_PERSON}|magistrate|prosecutor|senator|consul|headman|escort)"
_OF_PLACE = r"(?:\s+of\s+(?:a|an|the)\s+[\w'-]+)?"  # "the mayor of the town": still one person
_ONE_ITEM = rf"(?:a|an|the|his|her|their)\s+(?:[\w'-]+\s+){{0,2}}?{_LISTED_ONE}{_OF_PLACE}"
_ONES_AND = rf"{_ONE_ITEM}(?:,\s+{_ONE_ITEM})+,?\s+and\s+"  # two or more single people, then the last "and"
_MORE = rf"(?P<n>\w+)\s+(?:[\w'-]+\s+){{0,2}}?{PERSON_NOUN}"  # a count of more people: "two children"
# the start of each item of such a list (one person per item)
LIST_ITEM_START = re.compile(r"(?:^|,|\band\b)\s*(?:a|an|the|his|her|their)\b", re.IGNORECASE)
PAIR_AFTER = re.compile(rf"\s+((?:a|an|the)\s+(?:[\w'-]+\s+){{0,5}}?{SINGLE_PERSON}\s+(?:[\w'-]+\s+){{0,4}}?and\s+(?:his|her|their)\s+"
                        rf"(?:[\w'-]+\s+){{0,1}}?{SINGLE_PERSON})\b", re.IGNORECASE)
ONE_AND_MORE = FastPattern(re.compile(rf"\s+((?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?{SINGLE_PERSON}{_OF_PLACE}\s+and\s+{_MORE})\b", re.IGNORECASE))
ONES_AND_MORE = re.compile(rf"\s+({_ONES_AND}{_MORE})\b", re.IGNORECASE)
ONES_LISTED = re.compile(rf"\s+({_ONES_AND}{_ONE_ITEM})\b", re.IGNORECASE)
# Up to three words before a listed person's noun, none of them "of": in "and the injury of a boy" the
# listed item is the injury, and the boy is someone else's toll (a harm told of him, not one more of these).
NOT_OF_WORDS = r"(?:(?!of\s)[\w'-]+\s+){0,3}?"
AND_ONE_MORE = FastPattern(re.compile(rf"\s*(?:[\w'-]+\s+){{0,3}}?{PERSON_NOUN},?\s+and\s+(?:a|an|one|another|the)\s+{NOT_OF_WORDS}{SINGLE_PERSON}\b", re.IGNORECASE))
UNCOUNTED_DEAD = re.compile(r"\s+(?:and\s+(?:injured|wounded|injuring|wounding)\s+)?((?:everyone|everybody)(?:\s+(?:on ?board|inside))?|(?:all\s+(?:the\s+|those\s+)?|the\s+|those\s+|them\s+)(?:[\w'-]+\s+){0,2}?(?:militants|fighters|members|soldiers|people|passengers|occupants|on ?board|inside|all)|them all|all of them|(?:an\s+)?(?:unknown|unspecified|undetermined)\s+number\s+of\s+[\w'-]+|(?:several|many|a number of)(?!\s+(?:of\s+)?(?:buffalo|cattle|sheep|animals|livestock|cows|goats|camels|heads|vehicles|cars|houses|homes|buildings)\b))(?=\W)", re.IGNORECASE)
OBJECT_NEXT = re.compile(r"\s+(?:and killed\s+)?(?:(?:a|an|another|the|his|her|their|its|him|them|all|both|several|one|two|three|four|five|six|seven|eight|nine|ten)\b|\d|(?-i:(?!(?:In|At|Near|On|Outside|Inside|After|During)\s)[A-Z])|(?-i:al|el)-)", re.IGNORECASE)
INCLUDING = re.compile(r"\s*(?:[\w'-]+\s+){0,3}?[\w'-]+,?\s+\(?(?:including|among them)\b", re.IGNORECASE)
PAIR_KILLED = re.compile(r"(?:\b[Tt]he\s+(?:[\w'-]+\s+){0,3}?|\b[Aa]n?\s+(?:[\w'-]+\s+){0,3}?|\b(?-i:[A-Z][\w'-]+)\s+)(?:and|along with|together with)\s+(?:his|her|their|another|a|an)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:were|have been|had been)\s+$")
# A name may begin with an article ("al-Hassan al-Tamimi") or a short honorific ("U Tun Aung").
NAME_TOKEN = r"(?:(?:al|el)-)?[A-Z][\w'’-]*"
NAMED_VICTIM = re.compile(rf"\s+((?:(?:{'|'.join(TITLE_ABBREVIATIONS)})\.\s+)?{NAME_TOKEN}(?:\s+(?:bin |ibn |de |Ould |{NAME_TOKEN})){{1,4}})"
                          r"(?=,|\s+(?:in|at|near|on|while|outside|inside)\b|\.|\s*\()")
# "A lieutenant and two soldiers were killed", "Omar Said, a village head, and one gunman were killed":
# one more before the count ("a woman and her two children were killed").
ONE_BEFORE = re.compile(rf"(?:\b(?:a|an|one|the)\s+(?:[\w'-]+\s+){{0,3}}?{SINGLE_PERSON}|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){{0,3}},"
                        r"\s+(?:a|an|the)\s+[^,;.]{1,60},)\s+and\s+(?:(?:his|her|their)\s+)?$"
                        # "a driver, three porters and another man were hurt": a list
                        rf"|\b(?:a|an|one)\s+(?:[\w'-]+\s+){{0,2}}?{SINGLE_PERSON},\s+$", re.IGNORECASE)
# "were shot and killed", "before being stabbed and killed": the victims come before the verb.
PASSIVE_CHAIN = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:shot|stabbed|hacked|beaten|\w+ed)\s+and\s+(?:later\s+|then\s+)?$", re.IGNORECASE)
# "killed 1 soldier and six others were wounded", "and 1 was captured": after the kill word, a count
# followed by its own (other) harm heads the next clause.
OWN_CLAUSE = re.compile(rf"\s*(?:(?:[\w'-]+\s+){{0,3}}?{PERSON_NOUN}\s+)?(?-i:were|was|are|is|have been|had been)\s+(?:\w+\s+)?"
                        r"(?:wounded|injured|hurt|captured|arrested|detained|abducted|kidnapped|missing|rescued|released|unharmed)\b", re.IGNORECASE)
# "killed, two officers were injured": the count opens the next clause.
# ("killed, 10 others injured": the same with its "were" left out)
NEXT_CLAUSE = re.compile(rf"\s*(?:[\w'-]+\s+){{0,3}}?{PERSON_NOUN}\s+(?:were|was|have|had|are"
                         r"|(?:also\s+)?(?:injured|wounded|hurt|killed|dead|missing|abducted|kidnapped|arrested|detained))\b", re.IGNORECASE)
# "abducted Musa Bello and his wife", "X, a former councillor, and her sister": two people.
NAMED_PAIR = re.compile(rf"\s+({NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,4}}(?:,[^,;.]{{1,90}},)?\s+and\s+(?:his|her|their)\s+(?:[\w'-]+\s+)?"
                        rf"{KIN_ONE})\b")
# "killed Omar Hadi and Karim Saleh": two named people (each name two words or more, so not "Baghdad and Basra").
TWO_NAMED = re.compile(rf"\s+({NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,4}}\s+and\s+{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{1,4}})"
                       r"(?=,|\s+(?:in|at|near|on|while|inside|outside)\b|\.)")
# "abducted and later killed X": the hostage is the one killed.
KILLED_TOO = re.compile(r"\s+and\s+(?:later\s+|then\s+|subsequently\s+)?(?:killed|executed|beheaded|murdered|shot dead)(?=\s)", re.IGNORECASE)
# "killed tribal sheikh Omar al-Hadi": a title and a name are one person.
TITLED_NAME = re.compile(rf"\s+((?:[\w'-]+\s+){{0,3}}?(?:{SINGLE_PERSON}|sheikh|imam|cleric|emir|mullah|judge)\s+(?-i:{NAME_TOKEN}(?:\s+(?:bin |ibn |{NAME_TOKEN})){{0,4}}))"
                         r"(?=,|\s+(?:in|at|near|on|while|and|inside|outside|of|as|when|who)\b|\.|\s*\()", re.IGNORECASE)
# "after a man who was shot last week died of his wounds": the clause tells a reason, an earlier death.
REASON_CLAUSE = re.compile(r"\b(?:after|following|since|because|over)\b[^.;,]{0,80}$", re.IGNORECASE)
# "rioted after a man died in custody", "marched because two boys were killed": a clause that tells why a crowd
# gathered (not "after which 3 died": the crowd's own toll)
# ("marched to denounce the killing of a herder", "protesting against the murder of": the grievance named)
CROWD_REASON_CLAUSE = re.compile(r"\b(?:after|following|since|because|over|against|denounc\w*|condemn\w*|mourn\w*)\s+"
                                 r"(?!which\b|that\b|this\b)[^.;,]{0,80}$", re.IGNORECASE)
# "the killing of", "the murder of": a killing named as a thing, as a crowd's reason names it
NAMED_KILLING = re.compile(r"\bthe\s+$", re.IGNORECASE)
CROWD_TYPES = {"Protests", "Riots"}
# "... after two people were killed in the riot / during the clashes": the crowd's own toll, told after its act
IN_THE_CROWDS_ACT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|during)\s+the\s+(?:ensuing\s+|subsequent\s+)?(?:riots?|rioting|clash(?:es)?"
                               r"|violence|unrest|protests?|demonstrations?|melee|chaos|confrontations?)\b", re.IGNORECASE)
# Wounds the dead bear: "the bodies of two men bearing gunshot wounds", "two farmers died of wounds".
DEAD_WOUNDS = re.compile(r"(?:\b(?:bod(?:y|ies)|corpses?|remains)\b[^.;]{0,60}?\b(?:bearing|with|showing|had|having|riddled with|marked by|covered in)"
                         r"|\b(?:died|succumbed|dying)\s+(?:later\s+)?(?:of|from|to))\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
# A death after wounds: "one of whom later died", "two of the wounded died", "a wounded soldier died in
# hospital", "he later died", "was wounded and later died", "succumbed to her injuries".
_DIED_VERB = r"(?:(?:has|have|had)\s+(?:since\s+)?)?(?:died|succumbed|passed\s+away)"
# (the wounds a death is told of: "died of his wounds", "succumbed to their injuries")
_WOUNDS_TAIL = r"\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:wounds|injuries)"
_DIED_TAIL = (rf"(?:{_WOUNDS_TAIL}"
              r"|\s+(?:later\s+)?(?:in|at|on\s+the\s+way\s+to)\s+(?:a\s+|the\s+)?hospital)\b")
_LATER = r"(?:later|subsequently|then|eventually|also|afterwards)"
_PART = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
DIED_AMONG_WOUNDED = re.compile(
    # the wounded named as they die: "one of whom", "two of the wounded soldiers", "a wounded soldier",
    # "a protester who was injured in the clash"
    # ("two of the victims later died": the victims are the wounded where they die later)
    rf"\b(?:(?P<part>{_PART})\s+of\s+(?:whom|them|those|(?P<named>the)\s+(?:wounded|injured|victims(?=\s+{_LATER}\b))(?:\s+[\w'-]+){{0,2}}?)"
    rf"|(?P<one>a|an|one|the)\s+(?:[\w'-]+\s+)?(?:wounded|injured)\s+(?:[\w'-]+\s+){{0,2}}?{SINGLE_PERSON}"
    rf"|(?P<many>{_PART})\s+(?:[\w'-]+\s+)?(?:wounded|injured)\s+(?:[\w'-]+\s+){{0,2}}?{PERSON_NOUN}"
    rf"|(?:(?P<who_one>a|an|one|the)\s+(?:[\w'-]+\s+){{0,2}}?{SINGLE_PERSON}|(?P<who_many>{_PART})\s+(?:[\w'-]+\s+){{0,2}}?{PERSON_NOUN})"
    r"\s+who\s+(?:was|were|had\s+been)\s+(?:[\w-]+\s+)?(?:wounded|injured|hurt|shot)\b[^.;,]{0,40}?)"
    rf"\s+(?:{_LATER}\s+)?{_DIED_VERB}(?:{_DIED_TAIL})?"
    # one wounded victim pointed back at: "he later died", "who died of his wounds", "was wounded and later died"
    rf"|\b(?:he|she|who|one|(?:wounded|injured|hurt|shot)\b[^.;,]{{0,40}}?\band)\s+"
    rf"(?:{_LATER}\s+{_DIED_VERB}(?:{_DIED_TAIL})?|{_DIED_VERB}{_DIED_TAIL})"
    # ... or told dying where the clause ends: "he was rushed to hospital, where he died"
    rf"|\b(?:he|she)\s+{_DIED_VERB}(?=\s*(?:[.;]|$))"
    # a part of those just shot or wounded, killed: "shot three people, killing two of them"
    rf"|\b(?:killing|killed)\s+(?P<part_killed>{_PART})\s+of\s+(?:them|whom)\b", re.IGNORECASE)
# "The teacher later died of his wounds": the dead named by a definite noun right before the death.
DEFINITE_DEAD = re.compile(rf"\b(?:the|this)\s+(?:[\w'-]+\s+){{0,2}}?(?P<head>[\w'-]+)\s+(?:{_LATER}\s+)?$", re.IGNORECASE)
# One victim who died later of the wounds the sentence tells, whoever they are: a death (the pronoun is singular).
DIED_OF_WOUNDS = re.compile(r"\b(?:died|succumbed)(?:\s+(?:of|from|to)\s+(?:his|her)\s+(?:wounds|injuries)"
                            r"|\s+(?:later\s+)?(?:in|at)\s+(?:a\s+|the\s+)?hospital)\b", re.IGNORECASE)
# Words every match of DIED_AMONG_WOUNDED and DIED_OF_WOUNDS holds (a death verb, or "killing two of them"):
# most sentences have none, and one scan for them is far cheaper than those two long patterns' scans.
_DIED_WORDS = FoldedPattern(re.compile(r"died|succumbed|passed\s+away|of\s+(?:them|whom)", re.IGNORECASE), starts=False)  # (searched in the article)
# Wounded words that point back at a victim already named: "He was wounded", "the guard was hurt", "who was wounded".
BACK_TO_VICTIM = re.compile(r"(?:he|she|him|her|who|the)\b", re.IGNORECASE)
TO_DEATH_WORDS = frozenset(f"{verb} to death" for verb in TO_DEATH_VERB[3:-1].split("|"))
KILL_VERBS = {"killed", "killing", "shot dead", "fatally shot", "executed", "executing", "murdered", "gunned down", "assassinated", "beheaded", "lynched"}
# One person and a companion named before "killing them": "a guard ... with his wife".
PAIR_BEFORE_THEM = re.compile(r"\b(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\b[^.;,]{0,80}?\b(?:with|and|along with|together with)\s+"
                              rf"(?:his|her)\s+{KIN_ONE}\b",
                              re.IGNORECASE)
THEM = re.compile(r"\s+(?:all\s+of\s+)?them\b", re.IGNORECASE)
BARE_ONE = re.compile(rf"\s+((?:(?-i:[A-Z])[a-z]+\s+)?{SINGLE_PERSON})\b(?!-)(?=\s+(?:with|in|at|near|on|while|who|and|,)|[,.])", re.IGNORECASE)
# "Two more died in hospital on Tuesday", "three more villagers have since died": dead beyond those
# counted, told with no act of their own (the later day is the day they died, not another incident's).
MORE_DEAD = (rf"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+more\s+(?:[\w'-]+\s+){{0,2}}?"
             rf"(?:(?:have|had|has)\s+(?:since\s+)?|(?:were|have been|had been)\s+(?:later\s+)?(?=killed|found dead|confirmed dead)|{_LATER}\s+)?"
             r"(?:died|succumbed|passed\s+away|killed|found dead|confirmed dead)\b")
MORE_DEAD_OF_WOUNDS = re.compile(rf"{MORE_DEAD}(?:\s+(?:later|also|since))?{_DIED_TAIL}", re.IGNORECASE)
ALSO = re.compile(r"\b(?:also|in addition(?! to)|additionally)\b[^.;]{0,60}\b(?:killed|dead|died)\b"
                  rf"|\b(?:the|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\w+\s+)?{PERPETRATOR_NOUN}\s+(?:was|were)\s+"
                  r"(?:also\s+)?(?:(?:shot and\s+)?killed|shot dead)\b"
                  r"|\banother\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'-]+\s+){0,2}?(?:were|have been)\s+killed\b"
                  # "Two other family members (...) were killed in the attack"
                  r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+other\s+(?:[\w'-]+\s+){0,2}?[^.;]{0,100}?\b(?:were|have been)\s+killed\b"
                  # "Two more died in hospital", "three more villagers were later killed": more dead than the toll told
                  rf"|{MORE_DEAD}",
                  re.IGNORECASE)
# "In addition, seven more aid workers were abducted": a later sentence adds to the hostages.
ALSO_KIDNAPPED = re.compile(rf"\b(?:also|in addition(?! to)|additionally)\b[^.;]{{0,80}}\b{KIDNAP_WORDS}", re.IGNORECASE)
# "Two more officers were injured before ...", "In addition, ... nine assailants were injured": more wounded.
ALSO_INJURED = re.compile(rf"\b(?:also|in addition(?! to)|additionally)\b[^.;]{{0,80}}\b{WOUND_WORDS}"
                          rf"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+more\s+(?:[\w'-]+\s+){{0,2}}?(?:were|was)\s+(?:also\s+)?{WOUND_WORDS}",
                          re.IGNORECASE)
ALSO_OF = {"fatalities": ALSO, "injured": ALSO_INJURED, "kidnapped": ALSO_KIDNAPPED}
# "killing 6 gunmen; also 3 guards were killed", "3 others were killed": a toll that an explicit
# addition marker joins to the first one in the same sentence adds to it (a bare second figure does not).
_NUM = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another)"
_DIED = r"(?:were|was)\s+(?:also\s+)?(?:killed|shot dead|executed)\b"
ADDED_TOLL = (
    FastPattern(re.compile(rf"\b(?:also|as well as|in addition,?|additionally,?)\s+(?:[^.;,]{{0,50}}?\s)?(?:killing|killed|executing|executed)\s+{_NUM}\s+(?:[\w'-]+\s+){{0,2}}?{PERSON_NOUN}\b", re.IGNORECASE), prefilter=True),
    FastPattern(re.compile(rf"\b(?:killing|killed)\s+{_NUM}\s+others\b", re.IGNORECASE), prefilter=True),
    FastPattern(re.compile(rf"\b(?:also|in addition,?|additionally,?)\s+{_NUM}\s+(?:[\w'-]+\s+){{0,2}}?{PERSON_NOUN}\s+{_DIED}", re.IGNORECASE), prefilter=True),
    FastPattern(re.compile(rf"\b{_NUM}\s+(?:[\w'-]+\s+){{0,2}}?others?\s+{_DIED}", re.IGNORECASE), prefilter=True),
    FastPattern(re.compile(rf"\b{_NUM}\s+(?:[\w'-]+\s+){{0,2}}?{PERSON_NOUN}\s+(?:were|was)\s+also\s+(?:killed|shot dead|executed)\b", re.IGNORECASE), prefilter=True),
    # "2 died at the scene and another died in hospital": one more dead, told after the first count
    FastPattern(re.compile(rf"\b(?:and|while)\s+(?P<n>another)(?:\s+(?:[\w'-]+\s+)?{SINGLE_PERSON})?\s+(?:(?:later|also|subsequently)\s+)?"
                           r"(?:died|succumbed)\b", re.IGNORECASE), prefilter=True),
    # "killed 2 guards and a driver was also killed": one more in a clause of its own
    FastPattern(re.compile(rf"\b(?:and|while)\s+(?P<n>a|an|one|another)\s+(?:[\w'-]+\s+){{0,3}}?{SINGLE_PERSON}\s+was\s+(?:also\s+)?(?:killed|shot dead)\b",
               re.IGNORECASE), prefilter=True),
    # "two guards were killed; the assailant was also killed by return fire": one more, "also" says not one of them
    FastPattern(re.compile(rf"(?:\b(?:and|while)|;)\s+(?P<n>the)\s+(?:[\w'-]+\s+){{0,3}}?{SINGLE_PERSON}\s+was\s+also\s+(?:killed|shot dead)\b",
               re.IGNORECASE), prefilter=True),
)
# "and another died of a heart attack", "another died from cholera": a death from illness or age (senses.ILLNESS)
# told beside the toll is no one's violence and not part of it.
DIED_NATURALLY = re.compile(rf"(?:\s+(?:later|also|suddenly))?\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{ILLNESS})\b",
                            re.IGNORECASE)
# "X also claims 30 soldiers died": a side's claim adds nothing to the toll.
CLAIM_WORD = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.IGNORECASE)
CLAIMED_TOLL = re.compile(r"\b(?:claim(?:ed|s|ing)? (?:to have|it had|that it)|believed to have been|thought to have been|said to have been)\s+(?:\w+\s+)?$", re.IGNORECASE)
PRIOR_EVENT = FastPattern(re.compile(r"\b(?:after|following|since|over|denouncing|condemning|against|about)\b[^.;]{0,70}\b(?:that|which)\s+(?:\w+\s+)?$"
                         # "It follows a raid in which police killed 12", "after gunmen raided the farm last week and killed one"
                         r"|\b(?:comes?|came)\s+(?:just\s+)?(?:after|following)\b[^.;]{0,90}$|\b(?:after|following)\b[^.;]{0,80}\bearlier\b[^.;]{0,20}$"
                         # "protested following the death of a girl", "mourning the fighters killed", "a crowd protesting
                         # the killing of a youth", "denouncing the murder of": the grievance, an earlier death
                         r"|\b(?:after|following|mourning|over|protest(?:ing|ed|s)?(?:\s+against)?|against|denouncing|condemning|decrying)\s+the\s+$|\bmourning\b[^.;]{0,40}$", re.IGNORECASE), prefilter=True)
# "killed in a prior attack", "was killed the day before", "killed by drone strikes 2 days prior"
EARLIER = re.compile(r"\s+(?:in|during)\s+(?:a|an|the)\s+(?:prior|previous|earlier|former)\b"
                     r"|(?:\s+by\s+[^.;,]{0,40}?)?\s+(?:the\s+(?:day|night|week)\s+before|the\s+previous\s+(?:day|night|week)"
                     r"|(?:\d+|two|three|four|five|a few|several)\s+days\s+(?:prior|earlier|before|ago))\b", re.IGNORECASE)
# "shot and wounded three guards", "shot a teacher in Kandu, wounding him": a wound, not a death
WOUNDED_NEXT = re.compile(r"\s+(?:and\s+)?(?:(?:seriously|critically|badly)\s+)?(?:injur|wound)|[^.;]{0,80}?,\s+(?:injuring|wounding)\s+(?:him|her|them)\b",
                          re.IGNORECASE)
ACROSS = FastPattern(re.compile(r"\bacross\s+(?:(both)\s+|all\s+(?:(\w+)\s+)?|the\s+|these\s+)(?:related\s+|coordinated\s+|ensuing\s+|\w+\s+)?"
                    r"(?:attacks|incidents|clashes|raids|assaults|explosions|blasts|strikes)\b", re.IGNORECASE), prefilter=True)
SERIES = re.compile(r"\bone of (?:at least )?(\w+) (?:[\w-]+ ){0,2}?(?:attacks|incidents|assaults|raids|explosions|blasts)\b", re.IGNORECASE)
# "killed 3 soldiers and a civilian", "kidnapped 3 engineers and their driver", "two teachers, a nurse and a driver":
# more people listed one by one after a count (not one who heads a clause of their own: "and a civilian was wounded").
# ("police officers"; "three engineers of a mining company and their driver": whose staff they are, before the list)
COUNTED_HEAD = re.compile(rf"\s*(?:[\w'-]+\s+){{0,3}}?(?:{PERSON_NOUN}\s+)?(?P<head>{PERSON_NOUN})\b"
                          r"(?:\s+(?:of|from|with|for)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?=\s*,?\s+and\s))?", re.IGNORECASE)
ONE_LISTED = re.compile(rf"(?:\s*,\s*(?P<and>and\s+)?|\s+(?P<and2>and)\s+)(?:a|an|one|another|his|her|their|its|the)\s+{NOT_OF_WORDS}"
                        rf"(?:{SINGLE_PERSON}|{KIN_ONE})\b(?!-|\s+(?:was|were|is|are|had|has|have)\b)", re.IGNORECASE)
# ("two men, a father and his son": after a plain head, a comma opens an aside that names the same people)
# "killing 4 people and herself": the bomber's own death, told last, is one more.
SELF_LISTED = re.compile(r"\s*,?\s+(?:and|as well as|along with)\s+(?:him|her)self\b", re.IGNORECASE)
PLAIN_HEAD = re.compile(r"(?:people|persons|individuals|civilians|men|women|victims|others|members|relatives|brothers|sisters|sons"
                        r"|daughters|children|boys|girls|siblings|family members)", re.IGNORECASE)


def _listed_after(text: str, pos: int) -> tuple[int, int]:
    """How many people are listed one by one after the count ending at text[pos], and where the list ends."""
    head = COUNTED_HEAD.match(text, pos)
    if head is None:
        return 0, pos
    items: list[re.Match[str]] = []
    at = head.end()
    while (item := ONE_LISTED.match(text, at)) is not None:
        items.append(item)
        at = item.end()
    while items and not (items[-1].group("and") or items[-1].group("and2")):
        items.pop()  # "two teachers, a father of three,": an aside, not one more
    if len(items) > 1 and PLAIN_HEAD.fullmatch(head.group("head")):
        return 0, pos
    at = items[-1].end() if items else head.end()
    if (self_told := SELF_LISTED.match(text, at)) is not None:
        return len(items) + 1, self_told.end()
    return len(items), (items[-1].end() if items else pos)


# (an animal killed is no toll: "a cow was killed in the blast")
ANIMAL = r"(?:cows?|goats?|sheep|camels?|horses?|donkeys?|mules?|dogs?|buffalo(?:es)?|cattle|animals?|livestock)"
# (a vehicle, aircraft or building that was shot or hit is no one hurt: "a helicopter of the army was shot",
# "shot a drone of the forces"; the thing is the head noun, not a word before one: "a bus driver")
THING_NOUN = (r"(?:vehicles?|cars?|trucks?|lorr(?:y|ies)|buses|bus|minibus(?:es)?|vans?|trains?|tankers?|tanks?|armou?red\s+carriers?|convoys?|boats?|ships?|vessels?|ferr(?:y|ies)|dhows?|trawlers?|flights?|airliners?"
              r"|aircraft|(?:air|war)?planes?|jets?|helicopters?|choppers?|drones?|UAVs?|buildings?|houses?|homes?|shops?"
              r"|offices?|schools?|mosques?|churches?|bridges?|towers?|pylons?|pipelines?)")
# a plural thing as the head of a count ("6 trucks carrying fighters"; not "3 truck drivers", "2 bus drivers")
THINGS_COUNTED = rf"{THING_NOUN}(?<=s)(?<!\bbus)\b"
THING = (THING_NOUN + r"\b(?!['’]|\s+(?!of\b|was\b|were\b|has\b|had\b|in\b|on\b|at\b|near\b|belonging\b|carrying\b|and\b)[a-z])")
ONE_SUBJECT = re.compile(
    rf"(?:\b(?<!\bno )(?<!\bno-)(?:a|an|one|another)\s+(?!(?:[\w'-]+\s+){{0,2}}?(?:{ANIMAL}\b|{THING}))(?:[\w',-]+\s+){{0,10}}?|\b(?:the|this|his|her|their)\s+(?:[\w'-]+\s+){{0,3}}?{SINGLE_PERSON}\s+(?:(?:of|in|from)\s+(?:[\w'-]+\s+){{1,4}}?){{0,2}}"
    rf"|(?<![\w-])(?!(?:No|Nobody|None|Noone|Anyone|Everyone|It|This|That|Who|Nothing|They|We|These|Those|Others|Some|Many|Several|All)\b)(?-i:[A-Z][a-z'’-]+(?:[A-Z][a-z'’]+)?)(?:,[^,.;]{{3,90}},)?\s+)"
    r"(?:was|has been|had been)\s+(?:(?:reportedly|also|critically|seriously|badly|severely|slightly|lightly|mortally)\s+)?(?:shot(?:\s+(?:in|on)\s+(?:the|his|her)\s+[\w-]+)?\s+and\s+|\w+ed\s+and\s+(?:later\s+|then\s+)?)?$", re.IGNORECASE)
# "Cafe owner shot dead in Kano", "Police chief killed": a headline's bare singular subject, its "was" left out
HEADLINE_ONE = re.compile(rf"\s*(?:(?-i:[A-Z])[\w'’-]*\s+(?:[\w'’-]+\s+){{0,2}}?)?{SINGLE_PERSON}\s+", re.IGNORECASE)
# "a soldier died", "an injured protester later died": the one person an intransitive death is told of.
# "..., and another died", "while another villager was shot dead": one more person heads a clause of their own
# before the death or wound (not one of a count told before them: "shot five villagers, and another died" tells
# six people, five shot and one dead).
ANOTHER_SUBJECT = re.compile(rf"(?:[,;]\s*|\b)(?:and|while|but|as)\s+(?P<one>another(?:\s+(?:[\w'-]+\s+)?{SINGLE_PERSON})?)"
                             r"\s+(?:(?:later|also|subsequently|reportedly|then)\s+)?(?:(?:was|had\s+been|has\s+been)\s+(?:also\s+)?)?$",
                             re.IGNORECASE)
ONE_DIED = re.compile(rf"\b(?:a|an|one|another)\s+(?:[\w'-]+\s+){{0,3}}?{SINGLE_PERSON}\s+(?:(?:later|also|subsequently|then|reportedly)\s+)?$",
                      re.IGNORECASE)
# "suffered gunshot", "sustained": what comes before "injuries" or "wounds" when a wound is suffered
# (events.HURT_ONLY reads the same words where no trigger tells the wound)
SUFFERED = r"(?:suffered|sustained)\s+(?:[\w-]+\s+){0,2}?"
_FRACTURES = re.compile(FRACTURES, re.IGNORECASE)
# "a guard suffered gunshot wounds", "the driver sustained injuries": the one person the wounds are told of.
ONE_SUFFERED = re.compile(rf"\b(?:a|an|one|another|the)\s+(?:[\w'-]+\s+){{0,3}}?{SINGLE_PERSON}\s+(?:(?:also|reportedly)\s+)?"
                          rf"{SUFFERED}$", re.IGNORECASE)
UNCOUNTED_SUBJECT = re.compile(r"\b(?:(?:an\s+)?(?:unknown|unspecified|undetermined)\s+number\s+of|many)\s+(?:[\w'-]+\s+){1,3}?"
                               r"(?:were|have been|had been)\s+(?:reportedly\s+)?$", re.IGNORECASE)
ELLIPTIC_ONE = re.compile(rf"\b(?:were|was)\s+[^.;]{{1,60}}?\s+and\s+((?:his|her|their|a|an|one|another)\s+(?:[\w'-]+\s+){{0,2}}?"
                          rf"(?:{SINGLE_PERSON}|{KIN_ONE})|another)\s+$", re.IGNORECASE)
BOTH_SUBJECT = re.compile(r"\b(?:both(?:\s+of\s+them|\s+men|\s+\w+)?|the\s+(?:pair|couple|two(?:\s+men)?))\s+(?:were|have been|had been)\s+(?:reportedly\s+)?(?:shot and\s+)?$", re.IGNORECASE)
# "executed a man whom they had abducted", "freed a nurse the gunmen kidnapped in May": one person named before
# a relative clause whose subject is the captors; the clause tells the kidnapping of that one.
CAPTOR_SUBJECT = (rf"(?:they|he|she|the\s+(?:[\w'-]+\s+)?(?:{PERPETRATOR_NOUN}|militants?|kidnappers?|abductors?|captors?|rebels?"
                  r"|insurgents?|bandits?|group|jihadists?|terrorists?))")
HELD_ONE = re.compile(rf"\b(?:a|an|the)\s+(?:[\w'-]+\s+){{0,3}}?(?:{SINGLE_PERSON}\s+(?:(?:whom|who|that)\s+)?|[\w'-]+\s+(?:whom|who)\s+)"
                      rf"{CAPTOR_SUBJECT}"
                      r"\s+(?:had\s+)?(?:(?:earlier|previously|already|reportedly)\s+)?$", re.IGNORECASE)
# "Two people, including a teacher, were killed": the count heads an aside that ends before the verb.
APPOSITIVE = re.compile(rf"\s*(?:[\w'-]+\s+){{0,3}}?{PERSON_NOUN}\s*[,(–-]\s*(?:including|among them|identified as|namely|all of them|both|most of them"
                        r"|an?\b(?=[^.;,]{1,60}\band\s+an?\b))\b"  # "Two people, a guard and a driver, were"
                        r"(?:(?!\b(?:were|was|have|had)\b)[^.;])*?[,)]?\s*(?:were|have been|had been)\s+(?:reportedly\s+)?(?:shot and\s+)?", re.IGNORECASE)
# "3 members of the group responsible for smuggling fighters were killed", "2 men who were members of the
# party were killed": the count heads a relative clause or qualifier that ends before the passive verb.
RELATIVE = re.compile(rf"\s*(?:[\w'-]+\s+){{0,3}}?{PERSON_NOUN}\s*(?:,?\s+(?:who|that|from|of|responsible|belonging|affiliated)\b[^.;]{{0,140}}?"
                      r"|\s*\([^()]{0,120}\))\s(?:were|have been|had been)\s+(?:reportedly\s+)?(?:shot and\s+)?", re.IGNORECASE)
# "6 were killed, including 2 gunmen, and 9 others were wounded": a count whose own harm verb comes between it and
# the word heads another toll.
OWN_VERB = re.compile(r"\b(?:were|was|have been|had been)\s+(?:\w+\s+)?(?:killed|dead|wounded|injured|hurt|abducted|kidnapped|arrested|detained)\b",
                      re.IGNORECASE)
# "gunmen killed 3 soldiers and a civilian was wounded", "the killing of 4 herders and the injury of a boy": a
# count that is the object of a harm verb before it is that verb's toll, not the subject of a later one.
OBJECT_OF_HARM = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping"
                            r"|arrested|arresting|detained|detaining)\s+(?:of\s+)?(?:(?:at least|about|some|nearly|more than|over|up to)\s+)?$",
                            re.IGNORECASE)
SOME_OF_THEM = re.compile(r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:whom|them)\s+"
                          r"(?:(?:later|subsequently|also|reportedly)\s+)?(?:(?:was|were|had been|have been|has been)\s+)?$", re.IGNORECASE)
# "8 protesters killed", "8 protesters were killed": the count heads the harm word right after it.
OWN_SUBJECT = re.compile(rf"\s*(?:[\w'-]+\s+){{0,3}}?{PERSON_NOUN}\s+(?:(?:were|was|have been|had been)\s+)?", re.IGNORECASE)
SUBSET = re.compile(r"\b(including|among them|among whom|of whom|of them|incl\.)\s+$|\(\s*(?:among them|including)\s+$", re.IGNORECASE)


# the patterns of the functions below, compiled once (they were built on every call)
IN_ADDITION_TO = re.compile(rf"\bin addition to (?:the |an? )?(?:(\w+) )?{PERPETRATOR_NOUN}\b", re.IGNORECASE)
IN_ADDITION_AFTER = re.compile(rf"(?:\s+(?:in|during)\s+(?:the|an?)\s+[\w-]+)?,?\s+in addition to (?:the |an? )?(?:(\w+) )?{PERPETRATOR_NOUN}\b",
                               re.IGNORECASE)
# ("shot him dead as well as wounding four others": a count after another harm verb is that verb's)
# ("killed by two gunmen": a count after "by" is who did it)
AFTER_GAP_BREAK = re.compile(r"[.;]|\b(and|but|after|before|when|while|in|on|by)\b|\b(?i:injur|wound|abduct|kidnap|arrest)\w*")
# ("arrested 20 of them": the people told before, counted)
OF_THEM = r"\s+of\s+them\b"
# ("three Kelmo Relief for Children (KRC) staff": an organisation's name, spelled out before its
# acronym, may stand between the count and the people)
ORG_NAME = r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:(?:for|of|and|the|de|du|des)\s+)?){1,7}\((?-i:[A-Z][A-Za-z]{1,9})\)\s+"
PERSON_AFTER_COUNT = re.compile(rf"\s*(?:(?:[\w'-]+\s+){{0,4}}|{ORG_NAME}){PERSON_NOUN}\b|{OF_THEM}", re.IGNORECASE)
BODY_GAP = re.compile(r"\s*(?:[\w-]+\s+)?")
BEFORE_GAP_BREAK = re.compile(r"[.;]|\b(after|before|while)\b(?!\s+being\b)")
# ("two Afghan Local Protection Force members": a force's name may take four capitalised words)
# (a count of things is no count of the people in them: "6 trucks carrying fighters")
PERSON_AFTER_COUNT_LAZY = FastPattern(re.compile(rf"\s*(?:(?:(?!{THINGS_COUNTED})[\w'-]+\s+){{0,3}}?|(?:(?-i:[A-Z])[\w'-]*\s+){{4}}){PERSON_NOUN}\b|{OF_THEM}", re.IGNORECASE))
# "Two guards were killed, and a driver was hurt": the count is the other clause's toll.
# ("five were killed, and another was injured": another is one more, not the five.)
OTHER_TOLL = re.compile(r"\b(?:were|was)\s+(?:\w+\s+)?(?:killed|injured|wounded|abducted|kidnapped|dead)\b,?\s+(?:and|while|but)\s+(?!(?!another\b)(?:\w+\s+)?(?:were|was)\b)", re.IGNORECASE)
PASSIVE_GAP = re.compile(r"[\s,]*(?:(?:more|others?)\s+)?(?:(?:were|was|have been|had been|are)\s+)?(?:reportedly\s+)?", re.IGNORECASE)
PRONOUN_AND_KIN = re.compile(r"\s+(?:of\s+)?(him|her|himself|herself)\s+(?:and|as well as|along with)\s+(?:(?:his|her|their)\s+)?", re.IGNORECASE)
OR_INJURED = re.compile(r"\s*(?:or|,)\s+(?:injur|wound|captur|incapacitat)\w*", re.IGNORECASE)
INJURED_OR = re.compile(r"\b(?:injured|wounded)\s*,?\s+or\s+$", re.IGNORECASE)  # "7 fighters were injured or killed"
AND_INJURED = re.compile(r"\s*and\s+(?:injur|wound)\w*", re.IGNORECASE)  # "killed and injured 4 soldiers"
BARE_GAP = re.compile(r"\s*(?:and\s+(?:injur|wound)\w*\s+)?(?:of\s+)?(?:(?:all\s+)?the\s+|all\s+)?", re.IGNORECASE)  # "the killing of 4 and ...", "killing the two"
# (a bare count right after the verb ends the list or the clause: "killing 4 and wounding 20", "wounded 25 in the town")
# ("shot dead two more in Kelm": a bare count of more people, after others told before)
BARE_END = re.compile(r"(?:\s+more)?(?:\s*(?:and|,|\.|;|\))|\s+(?:in|on|near|at|during|when|as|after|while|across|inside|outside)\b)")
FAMILY_OF = re.compile(r"\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}?family of (\w+)", re.IGNORECASE)
LONE_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[\w'-]+\s+){0,3}?$", re.IGNORECASE)
SINGLE_AFTER = re.compile(rf"\s+(?:of\s+)?(?:a|an|one)\s+(?!(?:[\w-]+\s+){{0,2}}?{THING})(?:[\w-]+\s+|\([A-Z]+\)\s+){{0,6}}?(?:{PERSON_NOUN}|{SINGLE_PERSON})\b", re.IGNORECASE)
COLLECTIVE_AFTER = re.compile(r"\s+(a|an|one)\s+(?:(?:unknown|unspecified|undetermined|large|small)\s+)?(group|number|band|series)\b", re.IGNORECASE)
# "killed his niece", "the killing of the prisoner", "a car bomb killed its driver", "the car's owner": one person.
THE_ONE_AFTER = re.compile(rf"\s+(?:of\s+)?(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{SINGLE_PERSON}|{KIN_ONE})\b", re.IGNORECASE)
# "abducted a messenger": whoever is abducted is a person, whatever the noun.
ANYONE_AFTER = re.compile(r"\s+((?:a|an|one)\s+(?![\w-]+\s+(?:number|group|total|few|handful|dozen|series)\b)(?:[\w'-]+\s+){0,2}?[\w'-]+)(?=\s*(?:,|\.|;|\bof\b|\bin\b|\bat\b|\bnear\b|\bfrom\b|\bon\b|\band\b|\bwho\b|\bwhile\b))", re.IGNORECASE)
# "killed two guards and wounded another": one more person.
ANOTHER_AFTER = re.compile(r"\s+(another)\b", re.IGNORECASE)
# (not "killed a number of", "killed an estimated 40", "killed a cow")
NO_ONE_KILLED = re.compile(rf"(?:a|an|one)\s+(?:(?:[\w-]+\s+){{0,2}}?{ANIMAL}\b|(?:number|total|few|handful|dozen|series|further|estimated|additional"
                           r"|couple|group|score|hundred|thousand)\b)", re.IGNORECASE)
PRONOUN_AFTER = re.compile(r"\s+(?:of\s+)?(him|her)\b", re.IGNORECASE)


# "killing the headman, his son and three nephews": more victims listed after the first one.
KIN = rf"(?:{KIN_ONE}s?|{FAMILY}|spy|family members)"
VICTIM_QUALIFIER = re.compile(r"\s*\([^()]{1,60}\)|\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s*(?:,|\(|\band\b|\balong with\b|\bas well as\b|\btogether with\b))")
# After a bare comma only "his wife" or "two children" adds someone: "X, a teacher," is X again; and
# "a sheikh and a mukhtar" may be one man with two titles, so "and a/the ..." adds no one.
MORE_VICTIM = re.compile(
    r"(?:(?:\s*,\s*and|\s+(?:and|along with|as well as|together with))\s+(?:(?P<det>another|one)\s+|(?=\w))|\s*,\s*)"
    rf"(?:(?:(?:his|her|their)\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+(?:his|her|their|its)\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{PERSON_NOUN}|{KIN})"
    rf"|(?(det)|(?:his|her|their)\s+)(?:[\w'-]+\s+){{0,3}}?(?:{SINGLE_PERSON}|{KIN}))\b"
    r"(?!\s+\w+ed\b|(?:\s+[\w'-]+){0,2}?\s+(?:were|was|is|are|has|have|had|fled|escaped|survived|managed)\b)", re.IGNORECASE)


def _and_more(text: str, pos: int, end: int) -> tuple[int, int]:
    """Victims listed after the first ("X, his wife and two children"): how many more, and where the list ends."""
    more, last = 0, pos
    while True:
        qualifier = VICTIM_QUALIFIER.match(text, pos, end)
        if qualifier:
            pos = qualifier.end()
        found = MORE_VICTIM.match(text, pos, end)
        if found is None:
            return more, last
        if found.group("n"):
            n = parse_number(found.group("n"))
            more += int(n or 0)
        else:
            more += 1
        pos = last = found.end()


def _one_or_more(text: str, s: int, e: int, end: int) -> tuple[int, Span, None]:
    """One victim at text[s:e], with those listed after it."""
    more, e2 = _and_more(text, e, end)
    return 1 + more, Span(s, e2, text[s:e2]), None


@functools.cache
def _past_and_injured(gap: str) -> str:
    """The gap between "killed" and its count, without a leading "and injured"."""
    joined = AND_INJURED.match(gap)
    return gap[joined.end():] if joined else gap


# Each toll's words as whole words, compiled once (searched only where the sentence holds one;
# the sentence itself over its fold, as its `pattern` is a FastPattern).
_WORDS_RX = {words: FoldedPattern(FastPattern(re.compile(rf"\b{words}\b", re.IGNORECASE)))
             for words in (KILL_WORDS, WOUND_WORDS, KIDNAP_WORDS, ARREST_WORDS, SHOT_WORDS, KILL_OR_SHOT)}


def _added_toll(text: str, pos: int, end: int) -> tuple[int, Span] | None:
    """A further toll after text[pos] that an addition marker joins to the one already counted."""
    found = [m for rx in ADDED_TOLL if (m := rx.search(text, pos, end))]
    if not found:
        return None
    m = min(found, key=lambda m: m.start())
    if CLAIM_WORD.search(text, max(pos, m.start() - 40), m.end()):
        return None
    if m.group().lower().endswith(("died", "succumbed")) and DIED_NATURALLY.match(text, m.end(), end):
        return None
    n = 1 if m.group("n").lower() in ("another", "the") else int(parse_number(m.group("n")) or 0)
    return (n, Span(m.start(), m.end(), m.group())) if n else None


# "the rebels claimed 9 guards died, but officials confirmed two deaths", "the group confirmed 3 fatalities":
# ACLED codes the most conservative figure, so a confirmed toll caps one claimed or told as "killed or injured".
CONFIRMED_TOLL = FastPattern(re.compile(
    rf"\bconfirm(?:ed|s|ing)?\s+(?:that\s+)?(?:the\s+(?:killing|deaths?)\s+of\s+)?{_NUM}\s+(?:(?:[\w'-]+\s+){{0,3}}?"
    rf"(?:{PERSON_NOUN}\s+(?:(?:were|was|had been|have been)\s+killed|died)\b|{PERSON_NOUN}\b(?=[^.;]{{0,40}}?\b(?:killed|dead|died|deaths?)\b)"
    r"|(?:fatalit(?:y|ies)|deaths?)\b))"
    r"|\b(?P<n2>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:fatalit(?:y|ies)|deaths?)\s+(?:were|was|have been|had been)\s+confirmed\b",
    re.IGNORECASE), prefilter=True)


def cap_by_confirmed(event: Event, text: str, start: int, end: int) -> None:
    """A toll a source confirms (in text[start:end], the incident's story) replaces a higher or missing one."""
    found = CONFIRMED_TOLL.search(text, start, end)
    if found is None or CLAIM_WORD.search(found.group()):
        return
    n = parse_number(found.group("n") or found.group("n2"))
    if n is None or n == 0 or (event.fatalities is not None and event.fatalities <= n):
        return
    event.fatalities = int(n)
    event.evidence["fatalities"] = Span(found.start(), found.end(), found.group())
    for part in [k for k in event.evidence if k.startswith("fatalities.")]:
        del event.evidence[part]  # the confirmed toll replaces the words it was added up from
    event.ranges.pop("fatalities", None)


# "causing at least 12 reported fatalities", "the fighting left four deaths": the toll as a noun.
DEATHS_NOUN = re.compile(r"\s+(?:(?:reported|confirmed|civilian|recorded|total)\s+)?(?:fatalities|deaths)\b", re.IGNORECASE)


# "the attack claimed 20 lives", "costing at least 9 lives": lives a killing took (not "saved 20 lives").
LIVES_TAKEN = re.compile(r"\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took|taking|takes?|taken)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
LIVES_NOUN = re.compile(r"\s+(?:more\s+)?lives\b", re.IGNORECASE)
# "the death toll rose to 34", "a death toll of 12", "the toll has climbed to 8"
TOLL_BEFORE = re.compile(r"\b(?:death\s+toll|the\s+toll)\b[^.;]{0,60}?\b(?:to|at|of|reached|hit|is|was)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)


def _toll_noun(text: str, q: Quantity, start: int, end: int) -> bool:
    """True where the count is a death toll told as a noun: "12 fatalities", "claimed 20 lives", "the death toll rose to 34"."""
    if DEATHS_NOUN.match(text, q.span.end, end):
        return not CLAIM_WORD.search(text, max(start, q.span.start - 40), q.span.start)
    if LIVES_NOUN.match(text, q.span.end, end):
        return bool(LIVES_TAKEN.search(text, max(start, q.span.start - 40), q.span.start))
    toll = TOLL_BEFORE.search(text, max(start, q.span.start - 90), q.span.start)
    return toll is not None and not CLAIM_WORD.search(text, max(start, toll.start() - 40), q.span.start)  # not a side's claimed toll


def _deaths_noun(text: str, start: int, end: int, ann: Annotations) -> tuple[int, Span, Quantity] | None:
    """A death toll told as a noun (the first in the sentence text[start:end])."""
    for q in ann.within(ann.quantities, start, end):
        if q.unit is None and not _is_unknown_plural(q) and _toll_noun(text, q, start, end) and not (
                PRIOR_EVENT.search(text, max(start, q.span.start - 90), q.span.start)):
            return int(q.best), q.span, q
    return None


# "The hostages were later killed", "All of them were found dead", "the hostage was executed": every hostage
# already counted is dead (the GTD's nkill counts hostages killed); a singular one only where one was taken.
_HOSTAGES_DEAD = re.compile(
    rf"\b(?:(?:all|both)(?:\s+(?:of\s+)?(?:them|the\s+{HELD_NOUN}|the\s+\w+))?|all\s+{HELD_NOUN}|the\s+{HELD_NOUN}|they"
    rf"|(?P<one>the\s+(?:hostage|captive|abductee)|he|she))"
    r"\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:all\s+)?(?:later\s+|subsequently\s+|then\s+|eventually\s+|also\s+)?"
    r"(?:killed|executed|beheaded|murdered|shot\s+dead|found\s+dead)\b", re.IGNORECASE)


def set_counts(event: Event, text: str, start: int, end: int, ann: Annotations) -> None:
    """Fill each still-empty toll of the event from the sentence text[start:end], with its span."""
    died = _died_of_wounds(text, start, end)
    shot_wounded = False
    for field, words in (("fatalities", KILL_WORDS), ("injured", WOUND_WORDS), ("kidnapped", KIDNAP_WORDS),
                         ("arrested", ARREST_WORDS)):
        if getattr(event, field) is not None:
            if (field in ALSO_OF and event.evidence.get(field) and not (start <= (event.evidence[field].start or -1) < end)
                    and (also := ALSO_OF[field].search(text, start, end)) and not CLAIM_WORD.search(text, start, also.end())):
                # "One member of the police was also killed": a later sentence adds to the toll.
                more = _count_near(text, start, end, words, ann)
                if more is not None:
                    setattr(event, field, getattr(event, field) + more[0])
                    event.evidence[f"{field}.also"] = more[1]
                    if field == "fatalities" and event.injured and MORE_DEAD_OF_WOUNDS.search(text, start, end):
                        # "Two more died in hospital": of the wounded counted before (the GTD's nwound keeps the living)
                        event.injured -= min(more[0], event.injured)
            continue
        if field == "fatalities" and _shot_are_dead(text, start, end, died):
            words = KILL_OR_SHOT  # "shot him and his brother ..., the killing": the shot are the dead
        found = _count_near(text, start, end, words, ann, _crowd_act_end(event, start, end) if field == "fatalities" else None)
        if found is None and field == "fatalities":
            found = _deaths_noun(text, start, end, ann)
        if found is None and field == "fatalities" and event.kidnapped and (
                held_dead := _HOSTAGES_DEAD.search(text, start, end)) is not None and (
                event.kidnapped == 1 or not held_dead.group("one")):
            # "abducted nine guards. All of them were later killed": the hostages counted are the dead
            found = event.kidnapped, Span(held_dead.start(), held_dead.end(), held_dead.group()), None
        if found is None and field == "fatalities" and died is not None:
            found = died.count, died.span, None  # "a guard was shot and later died of his injuries"
        if found is None and field == "injured" and not _shot_are_dead(text, start, end, died):
            found = _count_near(text, start, end, SHOT_WORDS, ann)  # "a sniper shot a protester": a wound
            if found is not None and _dead_told_before(event, start) and SHOT_BACK.match(found[1].text or ""):
                found = None  # "Gunmen killed a driver. He had been shot twice": how the dead died, no wound
            shot_wounded = found is not None
        if found is not None:
            value, span, quantity = found
            if field == "fatalities" and span.end is not None:
                added = _added_toll(text, span.end, end)
                if added is not None:
                    value, quantity = value + added[0], None
                    event.evidence["fatalities.added"] = added[1]
            setattr(event, field, value)
            event.evidence[field] = span
            if quantity is not None and (quantity.low != quantity.high or quantity.qualifier):
                event.ranges[field] = quantity.to_dict()
    if shot_wounded and not (died is not None and died.of_wounded):  # (those _move_the_died moves)
        _dead_among_shot(event, text, start, end)
    if died is not None:
        _move_the_died(event, died, text)
    _bare_dead_of_the_shot(event, text, start)
    _ordinal_death(event, text, start, end)


# "Eight guards died; a ninth guard succumbed to his wounds the next day": the ordinal of one more
# dead continues the toll counted (the GTD counts later deaths in nkill).
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12}
ORDINAL_DEATH = re.compile(rf"\b(?:a|the)\s+(?P<ord>{'|'.join(_ORDINALS)})\s+(?:[\w'-]+\s+){{0,2}}?(?:{PERSON_NOUN}|{SINGLE_PERSON}|victim)"
                           rf"\s+(?:(?:later|also|subsequently|then|eventually)\s+)?(?:died|succumbed|(?:was|had been)\s+killed)\b",
                           re.IGNORECASE)


def _ordinal_death(event: Event, text: str, start: int, end: int) -> None:
    """"a seventh officer died" after six dead: seven, one more than the toll already counted."""
    if event.fatalities is None or (m := ORDINAL_DEATH.search(text, start, end)) is None:
        return
    n = _ORDINALS[m.group("ord").lower()]
    if n == event.fatalities + 1:
        event.fatalities = n
        event.evidence["fatalities.added"] = Span(m.start(), m.end(), m.group())


# "He had been shot", "She was shot in the head": a pronoun that points back at the dead already counted.
SHOT_BACK = re.compile(r"(?:he|she|they)\b", re.IGNORECASE)


def _dead_told_before(event: Event, start: int) -> bool:
    """The event's dead were counted from a sentence before the one at start."""
    killed = event.evidence.get("fatalities")
    return bool(event.fatalities) and killed is not None and killed.start is not None and killed.start < start


# "killed a guard and shot two others", "one was killed and two were shot": a killing told, then a shooting as
# another act (after "after" or "being" it is the same one: "died after being shot")
SHOT_BESIDE_KILL = re.compile(rf"\b{KILL_WORDS}\b[^.;]*?(?:,|\b(?:and|while|but|then)\b)\s+(?:[\w'-]+\s+){{0,3}}?$", re.IGNORECASE)


def _crowd_act_end(event: Event, start: int, end: int) -> int | None:
    """Where a protest's or riot's own act ends in the sentence text[start:end] (its start where the act is told
    elsewhere): a death told after it as the crowd's reason is no toll of its own; None for other events."""
    if event.event_type not in CROWD_TYPES:
        return None
    act = event.evidence.get("event_type")
    return act.end if act is not None and act.end is not None and start <= act.end <= end else start


# A death told with its own count, in a clause after the shooting: "; 2 died", ", and three people died"
# ("; two were killed", ", two of whom were killed", "; two of them died": the same, told in the passive or
# as a part of those shot)
_OWN_DEATH = (r"(?:(?:of\s+(?:them|whom)\s+)?(?:(?:later|also|subsequently|reportedly)\s+)?"
              r"(?:died|(?:were|was|have\s+been|had\s+been)\s+(?:(?:later|also|subsequently|reportedly)\s+)?killed))")
OWN_COUNT_DIED = re.compile(r"(?:[;.]|,\s+and|\band|,)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|another)\s+(?:[\w'-]+\s+)?"
                            rf"{_OWN_DEATH}$", re.IGNORECASE)


def _shot_are_dead(text: str, start: int, end: int, died: _Died | None) -> bool:
    """Those "shot" are the dead where the sentence tells a death ("shot a fighter, killing him", "died after
    being shot"), unless it is the death of some of the wounded ("shot two guards, one of whom later died") or
    another act after the killing ("killed a guard and shot two others"); elsewhere they are wounded."""
    if (not _WORDS_RX[SHOT_WORDS].may_match(text, start, end) or _WORDS_RX[KILL_WORDS].pattern.search(text, start, end) is None
            or (died is not None and died.of_wounded)):
        return False
    if _dead_counted_after_shot(text, start, end):
        return False  # "shot 4 people at a bar; 2 died at the scene": the dead have a count of their own
    return any(SHOT_BESIDE_KILL.search(text, start, shot.start()) is None for shot in _WORDS_RX[SHOT_WORDS].finditer(text, start, end))


def _dead_counted_after_shot(text: str, start: int, end: int) -> bool:
    """Every death in text[start:end] is told after the shooting with a count of its own ("shot 4 people
    at a bar; 2 died at the scene"): the dead are some of those shot."""
    kills = list(_WORDS_RX[KILL_WORDS].pattern.finditer(text, start, end))
    first_shot = _WORDS_RX[SHOT_WORDS].pattern.search(text, start, end)
    return bool(kills) and first_shot is not None and all(
        k.start() > first_shot.end() and (OWN_COUNT_DIED.search(text, max(start, k.start() - 40), k.end())
                                          or (k.group().lower() == "killing" and KILLING_PART.match(text, k.end()))
                                          or ANOTHER_SUBJECT.search(text, max(start, k.start() - 50), k.start()))
        for k in kills)


def _dead_among_shot(event: Event, text: str, start: int, end: int) -> None:
    """"Gunmen shot 5 people; 3 died": the dead are among those shot, and the GTD's nwound keeps only the
    living (2). Only where the wounded are those shot and the dead a count told after them in this sentence."""
    shot, dead = event.evidence.get("injured"), event.evidence.get("fatalities")
    if (event.injured is None or event.fatalities is None or shot is None or dead is None or shot.end is None
            or dead.start is None or not (start <= shot.start < shot.end <= dead.start < end)
            or event.fatalities > event.injured
            or not SHOT_BEFORE_COUNT.search(text, max(start, shot.start - 20), shot.start)
            or not (DEAD_COUNT.match(text, dead.start) or KILLING_BEFORE.search(text, max(start, dead.start - 12), dead.start))
            or not _dead_counted_after_shot(text, start, end)):
        return
    event.injured -= event.fatalities


# "shot five villagers, killing two": a bare count after "killing", a part of those shot (not "killing
# two guards", who may be others, nor "killing him"; "killing two of them" is DIED_AMONG_WOUNDED's)
KILLING_PART = re.compile(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?=\s*(?:[,.;]|$|\s+(?:and|on|in|at)\b))",
                          re.IGNORECASE)
KILLING_BEFORE = re.compile(r"\bkilling\s+$", re.IGNORECASE)
# The words of a count of those shot ("shot 5 people") and of the dead told with their own count ("3 died").
SHOT_BEFORE_COUNT = re.compile(r"\bshot\s+(?:at\s+least\s+)?$", re.IGNORECASE)
DEAD_COUNT = re.compile(rf"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'-]+\s+)?{_OWN_DEATH}\b", re.IGNORECASE)


# A sentence that opens on a bare count of dead, with no noun of its own: "Two were killed.", "Two of them died."
BARE_DEAD_OPENING = re.compile(rf"\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+{_OWN_DEATH}\b", re.IGNORECASE)


def _bare_dead_of_the_shot(event: Event, text: str, start: int) -> None:
    """"Gunmen shot five villagers. Two were killed.": the bare count of dead that opens the sentence after a
    count of those shot is a part of them; the GTD's nwound keeps only the living (3)."""
    shot, dead = event.evidence.get("injured"), event.evidence.get("fatalities")
    if ("injured.died" in event.evidence  # (the died _move_the_died moved: "Two of them died of their wounds")
            or event.injured is None or not event.fatalities or shot is None or dead is None or shot.start is None
            or dead.start is None or not (shot.start < start <= dead.start) or event.fatalities >= event.injured
            or not SHOT_BEFORE_COUNT.search(text, max(0, shot.start - 20), shot.start)
            or (opening := BARE_DEAD_OPENING.match(text, start)) is None or not opening.start() <= dead.start < opening.end()):
        return
    event.injured -= event.fatalities
    event.evidence["injured.died"] = dead


class _Died(NamedTuple):
    """A death the sentence tells after wounds: how many died, the words, and whether they are of the wounded."""

    count: int
    span: Span
    of_wounded: bool
    named: bool = False  # the words call the dead wounded ("a wounded soldier died"), not only point back


def _died_of_wounds(text: str, start: int, end: int) -> _Died | None:
    """The first death after wounds in this incident's sentence; not a death the sentence gives as a
    reason or an earlier event ("rallied after a man shot last week died of his wounds")."""
    if _DIED_WORDS.search(text, start, end) is None:
        return None
    for rx in (DIED_AMONG_WOUNDED, DIED_OF_WOUNDS):
        for died in rx.finditer(text, start, end):
            if (PRIOR_EVENT.search(text, max(start, died.start() - 90), died.start()) or EARLIER.match(text, died.end())
                    or REASON_CLAUSE.search(text, max(start, died.start() - 90), died.start())):
                continue
            groups = died.groupdict()
            told = groups.get("part") or groups.get("many") or groups.get("who_many") or groups.get("part_killed")
            count = int(parse_number(told) or 0) if told else 1
            named = any(groups.get(g) for g in ("named", "one", "many", "who_one", "who_many"))
            if count:
                return _Died(count, Span(died.start(), died.end(), died.group()), rx is DIED_AMONG_WOUNDED, named)
    return None


def wounded_died_told(text: str, start: int) -> bool:
    """The sentence at start opens with a death of the wounded ("One of the injured died in hospital on
    Tuesday", "A wounded guard died the next day"): the wounded told before, not a new incident."""
    return DIED_AMONG_WOUNDED.match(text, start) is not None


def more_dead_told(text: str, start: int, past_wounds: bool = False) -> int | None:
    """Where the words end if the sentence at start opens with more dead than the toll just told
    ("Two more died in hospital on Tuesday"): the incident told before, not a new one; else None.
    past_wounds: the end after the wounds they died of, where told ("Two more died of their injuries")."""
    opening = MORE_DEAD_OPENING.match(text, start)
    if opening is None:
        return None
    wounds = OF_WOUNDS.match(text, opening.end()) if past_wounds else None
    return wounds.end() if wounds is not None else opening.end()


MORE_DEAD_OPENING = re.compile(rf"(?:(?:later|by|on|in|overnight)\b[^.;,]{{0,30}},\s+)?{MORE_DEAD}", re.IGNORECASE)
OF_WOUNDS = re.compile(rf"{_WOUNDS_TAIL}\b", re.IGNORECASE)


def _wounded_named_again(event: Event, died: _Died, text: str) -> bool:
    """"Gunmen shot a teacher. The teacher later died of his wounds": the one wounded victim, named
    again by their own noun, is who died (not "a guard was hurt; the driver succumbed")."""
    wounded, d_start = event.evidence.get("injured"), died.span.start
    if event.injured != 1 or wounded is None or wounded.end is None or d_start is None or wounded.end > d_start:
        return False
    the = DEFINITE_DEAD.search(text, max(0, d_start - 40), d_start)
    return the is not None and the.group("head").lower() == wounded.text.lower().split()[-1]


def _move_the_died(event: Event, died: _Died, text: str) -> None:
    """The one rule for the wounded who died: the GTD counts the dead among the killed and only the
    living among the wounded (nwound), so a death told of the wounded counted before moves that many
    from the injured to the fatalities, unless the toll of the dead already counts them (read from the
    same words, told after them, or the one dead victim the wounded words point back at)."""
    killed, wounded = event.evidence.get("fatalities"), event.evidence.get("injured")
    d_start, d_end = died.span.start or 0, died.span.end or 0
    from_wounded = bool((died.of_wounded or _wounded_named_again(event, died, text)) and event.injured
                        and wounded is not None and wounded.start is not None and wounded.start < d_end)
    if not from_wounded and not died.named:
        return  # ("a guard beside him was hurt; the driver succumbed to his injuries": not one of the wounded)
    moved = min(died.count, event.injured or 0) if from_wounded else died.count
    counted = (killed is None or killed.start is None or killed.end is None or killed.end > d_start
               or (wounded is not None and wounded.start is not None and killed.start < wounded.start
                   and BACK_TO_VICTIM.match(wounded.text) is not None))
    if not counted:
        # "Gunmen killed a soldier. A guard was wounded and later died of his wounds", "police killed two
        # protesters; an injured demonstrator later died": a further death
        event.fatalities = (event.fatalities or 0) + moved
        event.evidence["fatalities.died"] = died.span
        event.ranges.pop("fatalities", None)
    if not from_wounded or event.injured is None:
        return
    event.injured -= moved
    event.evidence["injured.died"] = died.span
    told = event.ranges.get("injured")
    if told is not None:
        told["low"], told["high"] = told["low"] - moved, told["high"] - moved


def divide_across(event: Event, text: str, p_start: int, p_end: int) -> None:
    """"This was one of four related attacks ... 20 people were killed across the attacks": the GTD
    divides a series' total among its incidents, so each gets its share (rounded, at least one)."""
    for field in ("fatalities", "injured", "kidnapped"):
        value, span = getattr(event, field), event.evidence.get(field)
        if not value or span is None or span.start is None or not p_start <= span.start < p_end:
            continue
        s_start = max(p_start, text.rfind(". ", p_start, span.start) + 1)
        s_end = text.find(". ", span.end, p_end)
        across = ACROSS.search(text, s_start, p_end if s_end < 0 else s_end)
        if across is None:
            continue
        if across.group(1):
            parts = 2
        elif across.group(2):
            parts = int(parse_number(across.group(2)) or 0)
        else:
            series = SERIES.search(text, p_start, p_end)
            parts = int(parse_number(series.group(1)) or 0) if series else 0
        if parts >= 2:
            setattr(event, field, max(1, round(value / parts)))
            event.evidence[f"{field}.across"] = Span(across.start(), across.end(), across.group())


# "two brothers, both farmers", "3 guards, all of them conscripts": an aside that counts the same people again.
RESTATED = re.compile(r"(?:both|all)\b", re.IGNORECASE)
PART_OF = re.compile(r"\s+of\s+(?:them|whom)\b", re.IGNORECASE)
# "In addition to the two assailants, three soldiers were killed": the assailants are added once, by _in_addition
ADDED_TO = re.compile(r"\bin addition to (?:the |an? )?$", re.IGNORECASE)


def _joined(text: str, quantities: list[Quantity], first: Quantity, forward: bool) -> list[Quantity]:
    """"Five soldiers and two assailants were killed": counts joined by "and" add up."""
    group = [first]
    ordered = quantities if forward else list(reversed(quantities))
    index = ordered.index(first)
    for other in ordered[index + 1 :]:
        left, right = (group[-1], other) if forward else (other, group[-1])
        between = text[left.span.end : right.span.start]
        if (not JOINED_COUNT.fullmatch(between) or PART_OF.match(text, right.span.end)
                or (RESTATED.match(text, right.span.start) and "and" not in between.lower())):
            break  # ("two brothers, both farmers": the same two again; "3 people, two of them children": some of them)
        if forward and OWN_CLAUSE.match(text, other.span.end):
            break  # "killed 1 soldier and six others were wounded": the six are the next clause's toll
        if SUBSET.search(text, max(0, other.span.start - 20), other.span.start):
            break  # "5 people were killed, including 2 assailants, and 8 others were wounded": the 2 are among the 5
        if ADDED_TO.search(text, max(0, left.span.start - 25), left.span.start):
            break  # "in addition to the two assailants, three soldiers": no list of one toll
        group.append(other)
    return group if forward else list(reversed(group))


def _span_over(text: str, group: list[Quantity]) -> Span:
    start, end = group[0].span.start, group[-1].span.end
    return Span(start, end, text[start:end])


def _in_addition(text: str, start: int, w_start: int, w_end: int, end: int) -> int:
    """"In addition to the assailant, three people were killed", "three people were killed in the blast, in
    addition to the bomber": the GTD counts the assailant too."""
    found = IN_ADDITION_TO.search(text[start:w_start]) or IN_ADDITION_AFTER.match(text, w_end, end)
    if not found:
        return 0
    word = (found.group(1) or "").lower()
    return {"two": 2, "three": 3, "both": 2}.get(word, 1)


UNKNOWN_PLURAL = 3  # ACLED codes an unknown plural death toll ("a number of militants were killed") as 3
UNKNOWN_SIZE = {"a number", "several", "a few", "a handful"}


def _is_unknown_plural(q: Quantity) -> bool:
    return q.qualifier == "about" and q.span.text.lower() in UNKNOWN_SIZE


def _toll_of(q: Quantity, deaths: bool) -> int:
    """A count's figure; for deaths, an unknown plural ("a number of", "several") is ACLED's 3."""
    return UNKNOWN_PLURAL if deaths and _is_unknown_plural(q) else int(q.best)


def word_is_dead(word: str) -> bool:
    return word.lower() == "dead"


def is_past_kill(word: str) -> bool:
    """Only "killed"/"killing" carry ACLED's unknown-plural convention."""
    return word.lower() in {"killed", "killing"}


def field_is_deaths(words: str) -> bool:
    """True for the death-toll word list (halving and the plural convention apply to deaths only)."""
    return words is KILL_WORDS or words is KILL_OR_SHOT


@functools.cache
def _noun_after_count(noun: str) -> re.Pattern[str]:
    # the count's own noun, with at most a few words before it that are no thing counted
    # ("6 vehicles carrying militants": six vehicles, not six men)
    return re.compile(rf"\s*(?:(?!{THINGS_COUNTED})[\w'-]+\s+){{0,3}}?{noun}\b", re.IGNORECASE)


THE_GROUP = re.compile(r"(?:all\s+)?(?:the|those)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>militants|fighters|members|soldiers|people|passengers|occupants)$", re.IGNORECASE)


def _counted_before(text: str, start: int, w_start: int, plural: re.Match[str], quantities: list[Quantity]) -> Quantity | None:
    """"a vehicle with 5 militants on board ..., killing the militants": the count told before of the same men."""
    group = THE_GROUP.fullmatch(plural.group(1))
    if group is None or plural.string[plural.start() : plural.start(1)].strip():
        return None  # "killing and injuring all those on board": not all of them died
    noun = _noun_after_count(group.group("noun").lower())
    counted = [q for q in quantities if start <= q.span.start and q.span.end <= w_start and noun.match(text, q.span.end)]
    return counted[-1] if counted else None


# "Ali Hassan, 34, was killed", "Omar Said (27)": an age told after a name.
AGE_AFTER_NAME = re.compile(r"(?-i:[A-Z][\w'’-]+)\s*(?:,\s*|\(\s*)$")
AGE_END = re.compile(r"\s*(?:,|\))")


def _is_age(text: str, q: Quantity) -> bool:
    """True where the count is the age of the person named just before it."""
    return (q.span.text.isdigit() and AGE_END.match(text, q.span.end) is not None
            and AGE_AFTER_NAME.search(text, max(0, q.span.start - 40), q.span.start) is not None)


def _describes_a_person(text: str, start: int, end: int, w_start: int, ann: Annotations) -> bool:
    """The toll word is a trigger that senses.described_person reads as saying who a person is
    ("a man who had fought for IS"), not as the incident the sentence tells."""
    triggers = ann.within(ann.triggers, start, end)
    return any(t.start == w_start and described_person(t, triggers, text, start, end) for t in triggers)


# the wrong a person is held for ("accused of killing", "wanted for the murder of", "charged with kidnapping"): a
# deed told of who they are, not the incident's toll
CHARGED_WITH = re.compile(r"\b(?:accused|suspected|charged|convicted|wanted|sought|jailed|sentenced|tried)\s+(?:of|with|for|over)\s+"
                          r"(?:(?:the|a|an|allegedly|having|involvement\s+in)\s+)*$", re.IGNORECASE)
# "No one was injured": "one" after "no" counts nobody
NO_ONE = re.compile(r"\bno[\s-]one$", re.IGNORECASE)


def _count_near(text: str, start: int, end: int, words: str, ann: Annotations,
                cause_after: int | None = None) -> tuple[int, Span, Quantity | None] | None:
    """The count that belongs to a kill/wound/kidnap word: "killing 3", "three men were kidnapped"; a death told
    past cause_after as the reason for the act ("after a man died") is skipped."""
    words_rx = _WORDS_RX[words]
    if not words_rx.may_match(text, start, end):
        return None
    sentence = text[start:end]
    quantities = [q for q in ann.within(ann.quantities, start, end) if q.unit is None and not _is_age(text, q)
                  and not NO_ONE.search(text, max(0, q.span.start - 4), q.span.end)]
    claimed: Quantity | None = None
    for match in words_rx.pattern.finditer(sentence):
        w_start, w_end = start + match.start(), start + match.end()
        chained = KILLED_TOO.match(text, w_end) if words is KIDNAP_WORDS else None
        if chained is not None:
            w_end = chained.end()
        # after the word: "killed all four officers", "wounding 3 others", "deaths of 22 IS members"
        if CLAIMED_TOLL.search(text, max(start, w_start - 30), w_start):
            # "IS claimed to have killed 95": the perpetrator's boast is not the toll where the sentence tells another
            claimed = claimed or next((q for q in quantities if q.span.start == w_end + 1 and text[w_end] == " "
                                       and PERSON_AFTER_COUNT.match(text, q.span.end)), None)
            continue
        if PRIOR_EVENT.search(text, max(start, w_start - 90), w_start) or EARLIER.match(text, w_end):
            continue  # "after Friday's violence that killed 19", "killed in a prior attack"
        if _describes_a_person(text, start, end, w_start, ann):
            continue  # "arrested two gunmen who had killed three farmers": who they are, not this incident's toll
        if field_is_deaths(words) and CHARGED_WITH.search(text, max(start, w_start - 30), w_start):
            continue  # "arrested 3 men accused of killing a councillor": the charge, not this incident's toll
        if (cause_after is not None and cause_after <= w_start and CROWD_REASON_CLAUSE.search(text, cause_after, w_start)
                and (match.group().lower() in {"died", "dead", "death of", "deaths of"}
                     or (match.group().lower() == "killing" and NAMED_KILLING.search(text, max(start, w_start - 6), w_start))
                     or PASSIVE_BEFORE.search(text[max(start, w_start - 25) : w_start])
                     # "after soldiers killed two farmers": the reason clause's own subject killed, not the crowd
                     or any(cause_after <= a.start and not text[a.end : w_start].strip() for a in ann.within(ann.actors, start, w_start)))
                and not IN_THE_CROWDS_ACT.match(text, w_end)):
            continue  # "burned a police station after a man died in custody": why the crowd rioted
        some_of = SOME_OF_THEM.search(text, max(start, w_start - 40), w_start) if field_is_deaths(words) else None
        if some_of and (n_of := parse_number(some_of.group("n"))):
            # "shot two policemen, one of whom later died": the part who died, not the whole count
            return int(n_of), Span(some_of.start(), w_end, text[some_of.start() : w_end]), None
        another = ANOTHER_SUBJECT.search(text, max(start, w_start - 50), w_start) if field_is_deaths(words) else None
        if another is not None:
            # "shot five villagers, and another died": the one who died, not the five told before
            return 1, Span(another.start("one"), w_end, text[another.start("one") : w_end]), None
        if match.group().lower() in {"wounds", "injuries"} and DEAD_WOUNDS.search(text, max(start, w_start - 100), w_start):
            continue  # "bodies bearing gunshot wounds", "died of their wounds": the dead are no wounded
        if words is WOUND_WORDS and HURT_BY_MISHAP.match(text, w_end, end):
            continue  # "two officers were injured after falling from their horses": hurt by no one
        if words is KILL_OR_SHOT and match.group().lower() == "shot" and (
                WOUNDED_NEXT.match(text, w_end) or PASSIVE_BEFORE.search(text[max(start, w_start - 12) : w_start])):
            continue  # "shot and wounded three guards", "was shot": a wound, not a death
        after = [q for q in quantities if w_end <= q.span.start <= w_end + 45
                 and not AFTER_GAP_BREAK.search(_past_and_injured(text[w_end : q.span.start]))
                 and not SUBSET.search(text[max(start, q.span.start - 20) : q.span.start])
                 and PERSON_AFTER_COUNT.match(text[q.span.end : q.span.end + 60])
                 and not ("," in text[w_end : q.span.start] and (NEXT_CLAUSE.match(text, q.span.end) or PART_OF.match(text, q.span.end)))]
        # before the word: "3 soldiers were killed", "two dead", "12 truffle hunters ... kidnapped"
        body_word = match.group().lower() in {"bodies", "corpses"}
        before = [q for q in quantities if (w_start - 60 <= q.span.end <= w_start
                                            or (w_start - 160 <= q.span.end and APPOSITIVE.fullmatch(text, q.span.end, w_start))
                                            or (w_start - 200 <= q.span.end and RELATIVE.fullmatch(text, q.span.end, w_start)))
                  and (not body_word or BODY_GAP.fullmatch(text[q.span.end : w_start]))
                  and not BEFORE_GAP_BREAK.search(text[q.span.end : w_start])
                  and not OTHER_TOLL.search(text, q.span.end, w_start)
                  and not SUBSET.search(text[max(start, q.span.start - 20) : q.span.start])
                  and not OBJECT_OF_HARM.search(text, max(start, q.span.start - 30), q.span.start)
                  and (PERSON_AFTER_COUNT_LAZY.match(text[q.span.end : q.span.end + 60])
                       or PASSIVE_GAP.fullmatch(text[q.span.end : w_start]))]
        pronoun = PRONOUN_AND_KIN.match(text[w_end : w_end + 30])
        kin = [q for q in quantities if pronoun and q.span.start == w_end + pronoun.end()]
        if kin:
            # "shot him and his two brothers": the man and his two brothers are three people.
            q, s = kin[0], w_end + pronoun.start(1)
            return int(q.best) + 1, Span(s, q.span.end, text[s : q.span.end]), q
        ambiguous = OR_INJURED.match(text[w_end : w_end + 30]) or INJURED_OR.search(text, max(start, w_start - 20), w_start)
        if ambiguous and field_is_deaths(words):
            continue  # "killed or injured 7": ACLED counts no deaths it cannot tell apart
        halved = AND_INJURED.match(text[w_end : w_end + 30])
        bare = [q for q in quantities if w_end <= q.span.start <= w_end + 45 and q not in after
                and BARE_GAP.fullmatch(text[w_end : q.span.start])
                and BARE_END.match(text[q.span.end : q.span.end + 12])]
        if halved and (after or bare) and any(OWN_SUBJECT.fullmatch(text, q.span.end, w_start) for q in before):
            # "leaving 8 protesters killed and injuring 50": the dead have their own count; the 50 are the wounded
            halved, after, bare = None, [], []
        family = FAMILY_OF.match(text[w_end : w_end + 80])
        if family and parse_number(family.group(1)):
            s0 = w_end + family.start() + 1
            return int(parse_number(family.group(1)) or 0), Span(s0, w_end + family.end(), text[s0 : w_end + family.end()]), None
        pair_after = PAIR_AFTER.match(text[w_end : w_end + 120])
        if pair_after and field_is_deaths(words):
            # "killing a tribal sheikh and his nephew": two people.
            s0 = w_end + pair_after.start(1)
            return 2, Span(s0, w_end + pair_after.end(1), pair_after.group(1)), None
        one_and_more = ONE_AND_MORE.match(text, w_end)
        if one_and_more and (n_more := parse_number(one_and_more.group("n"))):
            # "killing a cell leader and two fighters inside": one and two more.
            return int(n_more) + 1, Span(
                one_and_more.start(1), one_and_more.end(1), one_and_more.group(1)), None
        if word_is_dead(match.group()):
            lone = LONE_BEFORE.search(text[max(start, w_start - 40) : w_start])
            if lone:
                s0 = max(start, w_start - 40) + lone.start()
                return 1, Span(s0, w_end, text[s0:w_end]), None  # "leaving a policeman dead"
        ones_and_more = ONES_AND_MORE.match(text, w_end)
        if ones_and_more and (n_more := parse_number(ones_and_more.group("n"))):
            # "killing a shopkeeper, a policeman and two children": one per single person, and the count
            ones = ones_and_more.group(1)[: ones_and_more.start("n") - ones_and_more.start(1)]
            return len(LIST_ITEM_START.findall(ones)) + int(n_more), Span(ones_and_more.start(1), ones_and_more.end(1), ones_and_more.group(1)), None
        listed = ONES_LISTED.match(text, w_end)
        if listed:
            # "killing the mayor, his bodyguard and the driver": one person per item of the list
            return len(LIST_ITEM_START.findall(listed.group(1))), Span(listed.start(1), listed.end(1), listed.group(1)), None
        companions = COMPANIONS.match(text, w_end)
        if companions:
            # "killing an IS leader and his two companions": the leader and two more.
            q = next((q for q in quantities if q.span.start == companions.start("n")), None)
            if q is not None:
                return int(q.best) + 1, Span(companions.start(1), q.span.end, text[companions.start(1) : q.span.end]), q
            kin = ONE_COMPANION.match(text, companions.start("n"))
            if kin is not None:  # "killed a poet and his wife": the two of them
                return 2, Span(companions.start(1), kin.end(), text[companions.start(1) : kin.end()]), None
        if after or bare:
            group = _joined(text, quantities, (after or bare)[0], forward=True)
            deaths = field_is_deaths(words)
            total = sum(_toll_of(g, deaths) for g in group)
            if halved and deaths:
                # "killing and injuring a number": the dead are an unknown plural, not half of it
                value = UNKNOWN_PLURAL if any(_is_unknown_plural(g) for g in group) else total // 2
            else:
                value = total
            listed, list_end = _listed_after(text, group[-1].span.end) if not halved else (0, 0)
            if listed:  # "kidnapped 3 engineers and their driver": more after the count
                s0 = group[0].span.start
                return value + listed, Span(s0, list_end, text[s0:list_end]), None
            return value, _span_over(text, group), group[0] if len(group) == 1 else None
        word = match.group().lower()
        active = word in {"killed", "kidnapped", "abducted", "arrested", "detained", "captured", "shot", "fatally shot", "wounded", "injured",
                          "killing", "kidnapping", "wounding", "injuring", "abducting", "arresting",
                          # "shot dead John Okoro", "hacked to death Abdul Karim": a killing with its victim after it
                          "shot dead", "gunned down", "murdered", "assassinated"} | TO_DEATH_WORDS and not (
            PASSIVE_BEFORE.search(text[max(start, w_start - 25) : w_start]) or PASSIVE_CHAIN.search(text, max(start, w_start - 40), w_start)
        ) and bool(OBJECT_NEXT.match(text, w_end))
        if before and not active:  # "Two assailants shot and killed X": two is who killed, not who died
            head = next((q for q in reversed(before) if INCLUDING.match(text, q.span.end)
                         and not OWN_VERB.search(text, q.span.end, w_start)), None)
            if head is not None:
                # "At least nine people, including four guards and five attackers, were killed"
                heads = _joined(text, quantities, head, forward=False)  # "five assailants and six police, including ..."
                return sum(int(g.best) for g in heads) + _in_addition(text, start, w_start, w_end, end), _span_over(text, heads), head
            group = _joined(text, quantities, before[-1], forward=False)
            extra = 1 if AND_ONE_MORE.match(text, group[-1].span.end) else 0  # "3 guards and a militia fighter"
            extra += 1 if ONE_BEFORE.search(text, max(start, group[0].span.start - 90), group[0].span.start) else 0
            extra += _in_addition(text, start, w_start, w_end, end) if field_is_deaths(words) else 0
            total = sum(_toll_of(g, field_is_deaths(words)) for g in group)
            if halved and field_is_deaths(words):
                total = UNKNOWN_PLURAL if any(_is_unknown_plural(g) for g in group) else total // 2  # "30 soldiers were killed and wounded"
            return total + extra, _span_over(text, group), group[0] if len(group) == 1 else None
        pair = PAIR_KILLED.search(text[max(start, w_start - 80) : w_start])
        if pair and not active:
            # "Dorvani and his driver were killed": two people.
            s0 = max(start, w_start - 80) + pair.start()
            return 2, Span(s0, w_end, text[s0:w_end]), None
        named_pair = NAMED_PAIR.match(text, w_end)
        if named_pair and active:
            return 2, Span(named_pair.start(1), named_pair.end(1), named_pair.group(1)), None
        two_named = TWO_NAMED.match(text, w_end) if field_is_deaths(words) and word in KILL_VERBS else None
        if two_named and not PASSIVE_BEFORE.search(text[max(start, w_start - 25) : w_start]):
            return 2, Span(two_named.start(1), two_named.end(1), two_named.group(1)), None
        named = NAMED_VICTIM.match(text, w_end)
        if named and active:
            # "shot and killed John Okoro, a local chief": one named person.
            return _one_or_more(text, named.start(1), named.end(1), end)
        titled = TITLED_NAME.match(text, w_end)
        if (titled and field_is_deaths(words) and match.group().lower() in KILL_VERBS
                and not PASSIVE_BEFORE.search(text[max(start, w_start - 25) : w_start])):
            return _one_or_more(text, titled.start(1), titled.end(1), end)
        them = THEM.match(text, w_end)
        if them and field_is_deaths(words):
            # "clashed with 4 IS militants ..., killing them all": them are the 4.
            counted = [q for q in quantities if q.span.end <= w_start
                       and PERSON_AFTER_COUNT_LAZY.match(text[q.span.end : q.span.end + 60])]
            if counted:
                return int(counted[-1].best), counted[-1].span, counted[-1]
            pair = PAIR_BEFORE_THEM.search(text, max(start, w_start - 160), w_start)
            if pair:  # "shot at a soldier who was with his wife, killing them": the two of them
                return 2, Span(pair.start(), pair.end(), pair.group()), None
        bare_one = BARE_ONE.match(text, w_end)
        if bare_one and active:
            return _one_or_more(text, bare_one.start(1), bare_one.end(1), end)  # "killed Iraqi activist"
        plural = UNCOUNTED_DEAD.match(text, w_end)
        if plural and field_is_deaths(words) and is_past_kill(match.group()):
            counted = _counted_before(text, start, w_start, plural, quantities)
            if counted is not None:
                return int(counted.best), counted.span, counted  # "targeting five militants ..., killing all the militants"
            # "killed all the militants inside", "killing and injuring several": ACLED codes an
            # unknown plural death toll as 3.
            return UNKNOWN_PLURAL, Span(plural.start(1), plural.end(1), plural.group(1)), None
        uncounted = UNCOUNTED_SUBJECT.search(text, max(start, w_start - 80), w_start)
        if uncounted and field_is_deaths(words) and is_past_kill(match.group()):
            # an uncounted subject of a passive kill ("an unknown number of X ... killed"): ACLED's unknown plural
            return UNKNOWN_PLURAL, Span(uncounted.start(), w_end, text[uncounted.start() : w_end]), None
        both = BOTH_SUBJECT.search(text, max(start, w_start - 40), w_start)
        if both and not active:
            return 2, Span(both.start(), w_end, text[both.start() : w_end]), None  # "both of them were killed"
        elliptic = ELLIPTIC_ONE.search(text, max(start, w_start - 60), w_start)
        if elliptic and not active:
            # "a policeman was shot dead and his colleague wounded": one more whose "was" is left out
            return 1, Span(elliptic.start(1), w_end, text[elliptic.start(1) : w_end]), None
        one_died = ONE_DIED.search(text, max(start, w_start - 60), w_start) if word == "died" else None
        if one_died:
            return _one_or_more(text, one_died.start(), w_end, end)  # "a soldier died in hospital"
        one_hurt = (ONE_SUFFERED.search(text, max(start, w_start - 70), w_start)
                    if word in {"injuries", "wounds"} or _FRACTURES.fullmatch(word) else None)
        if one_hurt:
            return _one_or_more(text, one_hurt.start(), w_end, end)  # "a guard suffered gunshot wounds"
        held_one = (HELD_ONE.search(text, max(start, w_start - 90), w_start)
                    if words is KIDNAP_WORDS and word in {"abducted", "kidnapped"} else None)
        if held_one:
            return _one_or_more(text, held_one.start(), w_end, end)  # "killed a man whom they had abducted"
        one = ONE_SUBJECT.search(text, max(start, w_start - 110), w_start)
        if one:
            return _one_or_more(text, one.start(), w_end, end)  # "a farmer was killed along with his son"
        headline = (HEADLINE_ONE.fullmatch(text, start, w_start) if field_is_deaths(words)
                    and match.group().lower() in KILL_VERBS and text[start:w_start].lstrip()[:1].isupper() else None)
        if headline and not OBJECT_NEXT.match(text, w_end):
            s0 = start + len(text[start:w_start]) - len(text[start:w_start].lstrip())
            return _one_or_more(text, s0, w_end, end)  # "Cafe owner shot dead in Kano": no "was", no object
        # (six words and an acronym may come first: "a local Kelmo People's Congress (KPC) councillor")
        single = SINGLE_AFTER.match(text[w_end : w_end + 70])
        if single and not COLLECTIVE_AFTER.match(text[w_end : w_end + 20]):
            return _one_or_more(text, w_end + single.start() + 1, w_end + single.end(), end)
        another = ANOTHER_AFTER.match(text, w_end) if active else None
        if another:
            return _one_or_more(text, another.start(1), another.end(1), end)  # "killed two guards and wounded another"
        anyone = ANYONE_AFTER.match(text, w_end) if words is KIDNAP_WORDS and word in {"abducted", "kidnapped"} and active else None
        if field_is_deaths(words) and word in KILL_VERBS and not PASSIVE_BEFORE.search(text[max(start, w_start - 25) : w_start]):
            # "assassinated a former MP", "shot dead a baker": whoever is killed is a person, whatever the noun
            anyone = ANYONE_AFTER.match(text, w_end)
            anyone = anyone if anyone and not NO_ONE_KILLED.match(anyone.group(1)) else None
        if anyone:
            return _one_or_more(text, anyone.start(1), anyone.end(1), end)
        the_one = THE_ONE_AFTER.match(text[w_end : w_end + 50])
        if the_one:
            return _one_or_more(text, w_end + the_one.start() + 1, w_end + the_one.end(), end)
        pronoun_after = PRONOUN_AFTER.match(text, w_end, min(end, w_end + 9))
        if pronoun_after:
            return _one_or_more(text, pronoun_after.start(1), pronoun_after.end(1), end)  # "killing him and his companion"
    if claimed is not None:
        return int(claimed.best), claimed.span, claimed  # "IS claims to have killed 4 soldiers" and nothing else: ACLED's toll
    return None
