"""Events: one concrete incident per record, every field tied to the words behind it.

A sentence becomes an event when it holds an incident trigger told as something that
happened (past tense, not "could" or "often") and anchored in the world: a date, a count, a
place or an "in one incident" cue. A sentence that only adds detail to the incident before
it (no date or place of its own: "They shot him and his two brothers") fills that event
instead of making a second one.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

from ..annotate import Annotations, annotate
from ..annotate.actors import (
    ARMED_GROUP_KINDS,
    ARMED_KINDS,
    CROWD_FAITHFUL,
    CROWD_KINDS,
    CROWD_OF_PEOPLE,
    CROWD_TOWNSFOLK,
    GANG_OF_CROWD,
    NON_STATE_ARMED,
    STATE_FORCE_KINDS,
    Actor,
    ActorMention,
    actor_name,
    fighting,
    lexicon,
    national_in,
    regional_branch,
    target_type,
)
from ..annotate.dates import MONTH_NAMES, WEEKDAYS, TimeMention, find_dates, resolve_relative
from ..annotate.numbers import is_money, money_code
from ..annotate.places import PlaceMention
from ..annotate.text import FastPattern, FoldedPattern, FoldedPatterns, OnText
from ..annotate.triggers import DEVICE_WORDS, Trigger
from ..records import PLACE_FIELDS, Article, Event, Quantity, Span
from ..taxonomy import CLASS_TYPES
from .claims import one_days_incidents, perfect_incident_toll, period_toll
from .context import Context
from .counts import (
    ACROSS,
    ANIMAL,
    FAMILY,
    FRACTURES,
    HOSPITALISED,
    HURT_BY_MISHAP,
    HURT_NOUNS,
    HURT_STATE,
    PERPETRATOR_NOUN,
    PERSON_NOUN,
    SINGLE_PERSON,
    SUFFERED,
    cap_by_confirmed,
    divide_across,
    more_dead_told,
    set_counts,
    wounded_died_told,
)
from .event_place import named_country, set_place
from .gtd import (
    NOT_POSSESSOR,
    OFFICE_DETERMINER,
    OFFICE_TITLE,
    PERPETRATOR_WORDS,
    TARGET_END,
    blamed_by_name,
    claimed_perpetrator,
    gtd_attack_type,
    gtd_group_name,
    gtd_target,
    hostages_taken,
    named_as_perpetrator,
    party_owner,
    students_away_from_school,
    students_span,
    target_from_nouns,
    target_of_phrase,
)
from .senses import (
    CROWD_CLASSES,
    CROWD_NOUN,
    NATURAL_CAUSE,
    VIOLENCE_WORD,
    accidental_blast,
    aircraft_only,
    arrest_outside_conflict,
    blockade_without_cause,
    crowd_named_only,
    dated_long_before,
    deal_outside_conflict,
    deal_parties,
    described_person,
    everyday_gathering,
    everyday_sense,
    funeral_victim,
    game_told,
    lone_offender,
    named_by_year,
    natural_death,
    no_act_told,
    no_armed_side,
    no_strategic_move,
    onlooker,
    ordinary_arrest,
    police_search,
    private_resignation,
    property_crime,
    raid_used_force,
    reference_year,
    roadblock_of_no_crowd,
    sexual_crime_outside_conflict,
    told_as_history,
    unasserted,
)
from .voice import BY_AGENT, FROM_AGENT, PASSIVE_BEFORE

HYPOTHETICAL = re.compile(
    r"\b((?-i:could|would(?!-be)|might|may(?!\s+\d)|will|should|can|cannot|can't|must|shall)|threaten(?:ed|s|ing)? to|plan(?:s|ned|ning)? to"
    # ("foiled a plan by militants to attack the stadium", "plotted to bomb a concert")
    r"|(?:plans?|plots?|schemes?|conspirac(?:y|ies)) (?:by|of|from) (?:[\w'’-]+ ){1,3}?to|plot(?:s|ted|ting)? to|conspir(?:e|es|ed|ing) to"
    r"|likely to|aim(?:s|ed|ing)? (?:at|to)|intend(?:s|ed)? to|vow(?:s|ed)? to|fear(?:s|ed)?|in order to|seek(?:s|ing)? to"
    r"|try(?:ing)? to|tries to|attempt(?:s|ing)? to|capable of|able to|ability to|continue(?:s|d)? to|often|usually|regularly"
    r"|routinely|increasingly|frequently|whenever|if|hop(?:e|es|ed|ing) to|to see)\b",
    re.IGNORECASE,
)
# "attempted to kidnap", "tried to plant an explosive device": a failed attack, still told in the past
# (searched before every trigger: skipped, as the ones below, where none of its words occurs)
ATTEMPTED = FastPattern(re.compile(r"\b(?:attempted|tried) to (?:[\w-]+ (?:and|or) )?(?:(?:plant|place|lay|detonate|set off) (?:an? |the |\w+ )?)?$",
                                   re.IGNORECASE), prefilter=True)
GENERIC_PERFECT = re.compile(r"\b(?<!\bto )(have|has)\s+(been\s+)?(\w+\s+){0,2}$", re.IGNORECASE)
PRESENT_PROGRESSIVE = re.compile(r"\b(are|is)\s+(\w+\s+)?$")  # lower case: "IS" is the group
CROWD_STILL = re.compile(r"(?:they|the (?:protesters|demonstrators|workers|residents|crowd)) are (?:still )?", re.IGNORECASE)
# "the recent discovery of hideouts during a raid on X", "yesterday's raid": a noun phrase that
# places the act in the past (an act retaliated for is another incident, told elsewhere)
RECENT_NOUN_PHRASE = re.compile(
    r"(?i)(?<!retaliation for a )(?<!retaliation for the )(?<!revenge for a )(?<!revenge for the )"
    r"(?<!response to a )(?<!response to the )"
    r"\b(?:recent|yesterday['’]s|last\s+(?:week|month|night)['’]s)\s+[^,;:.()]{0,120}$")
INCIDENT_CUE = re.compile(r"^(in one (instance|incident|case|attack)|in (the )?(latest|most recent|another) (incident|attack))", re.IGNORECASE)
# ("One of the wounded later died": the wounded just told)
CONTINUATION = re.compile(r"^(they|he|she|it|the (militants|attackers|gunmen|kidnappers|explosion|blast|attack|bomb|clash|clashes|victims?|men)|the\s+(?:\w+\s+){1,2}(was|were)|both|all"
                          r"|(?:\w+\s+of\s+)?the\s+(?:wounded|injured))\b", re.IGNORECASE)
# "... were killed in the blasts and ensuing clash": the toll of the incident just told.
BACK_REFERENCE = re.compile(r"\b(?:in|during|across)\s+the\s+(?:[\w-]+\s+(?:and\s+)?)?(?:ensuing|subsequent|resulting)\b"
                            r"|\b(?:in|during)\s+the\s+(?:attack|assault|raid|ambush|incident|clash|clashes|fighting|blast|explosion|strike|airstrike|shelling)\b", re.IGNORECASE)


def _told_back(sentence: str, s_start: int, places: list[PlaceMention]) -> bool:
    """"X, the Kelm district chair, was killed in the assault": a toll of the attack just told; a place
    before the back reference describes the victims, one after it ("in the attack on Tarvo") another scene."""
    back = BACK_REFERENCE.search(sentence)
    return back is not None and not any(p.start >= s_start + back.start() and p.place.feature not in {"country", "admin1"}
                                        for p in places)


ADDITIVE = re.compile(r"^(?:in addition(?! to)|additionally|this was (?:one|part) of"
                      r"|(?:\w+|all|some|most|none|one) of the (?:hostages|captives|abductees|victims))\b", re.IGNORECASE)
# "Another 4 were killed on the bridge": more of the toll just told (at a place the story already named), no new incident
ANOTHER_TOLL = re.compile(r"^another\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?)\s+(?:[\w-]+\s+)?(?:were|was)\s+"
                          r"(?:also\s+)?(?:killed|wounded|injured|shot)\b(?![^.]*\b(?:separate|other|another|later|earlier)\b)",
                          re.IGNORECASE)
CLAUSE_BREAK = FastPattern(re.compile(r"[;:—–]|,\s+(?:and|but|while|after|before|when|as)\b|\b(?:when|after|before|while|as|because|who|which|that)\b", re.IGNORECASE))
BETWEEN = re.compile(r"\b(?:clash(?:es|ed)?|fighting|battles?|gun ?fights?|fire ?fights?|shoot-?outs?|exchange of fire|confrontations?|skirmish(?:es)?)\s+(?:\w+\s+){0,2}?between\s+", re.IGNORECASE)
TWO_SIDES = re.compile(r"\b(?:two|2|rival)\s+(?:\w+\s+)?(?:tribes|clans|tribal(?!\s+(?:fighters?|gunmen|members?|men|militiamen|elders?|leaders?|sheikhs?)\b)|families|clan)\b|\btribal (?:dispute|conflict|clash|clashes|fight)\b", re.IGNORECASE)
# A clause of its own after the trigger's: "...; 2 gunmen were killed", "..., and 3 soldiers were wounded"
# A verb whose object the "two families" or "two tribes" that follow are: "freeing 2 families", "displaced two clans"
FREED_BEFORE = re.compile(r"\b(?:free(?:d|ing)?|rescu(?:ed|ing)|releas(?:ed|ing)|evacuat(?:ed|ing)|displac(?:ed|ing)|kill(?:ed|ing)"
                          r"|wound(?:ed|ing)|injur(?:ed|ing)|kidnapp(?:ed|ing)|abduct(?:ed|ing)|help(?:ed|ing)|shelter(?:ed|ing))\s+$",
                          re.IGNORECASE)
LATER_CLAUSE = re.compile(r";|,\s+and\b")
PASSIVE_HARM = re.compile(r"\b(?:was|were|had been|have been|has been)\s+(?:\w+\s+)?(?:killed|injured|wounded|shot(?: dead)?|kidnapped|abducted|targeted|hit|attacked|executed|fired upon|fired on)\b(?:\s+by)?", re.IGNORECASE)
# ("a humanitarian convoy": a convoy of aid, no armed target; "a military-appointed administrator": an official)
ARMED_TARGET = re.compile(r"\b(checkpoints?|check ?posts?|outposts?|(?:security|military|army|police|border) posts?|bases?|barracks|patrols?|positions?|(?<!humanitarian )(?<!aid )(?<!relief )(?<!civilian )(?<!medical )convoys?|headquarters|garrison|military(?!-)|security forces|army(?!-)|troops|soldiers|police station)\b", re.IGNORECASE)
CIVILIAN_TARGET = re.compile(r"\b(village|house|home|shop|store|car|vehicle|market|family|employee|owner|worker|member of|members of|president|chief|head of)\b", re.IGNORECASE)
REPEL_VERBS = ("repelled", "repulsed", "foiled", "thwarted", "prevented", "confronted", "fended off", "pushed back")
# A weapons store wrecked: ACLED codes the cache or depot destroyed as property destruction, the
# weapons themselves destroyed ("destroyed 40 rockets") as disrupted weapons use.
STORE_DESTROYED = re.compile(r"\b(?:destroyed|destroying|demolished|blew up|burned|burnt|torched)\s+(?:[\w-]+\s+){0,4}?"
                             r"(?:caches?|depots?|stockpiles?|dumps?)\b", re.IGNORECASE)
ANIMAL_KILLED = re.compile(rf"\s+(?:(?:a|an|the|some|many|several|dozens of|hundreds of|a number of|\d+|\w+)\s+)?(?:[\w-]+\s+)?"
                           # the animals themselves, not "goat herders" or "a cattle trader"
                           rf"(?:{ANIMAL}|poultry|chickens?)\b(?![\s-]+(?!and\b|or\b|in\b|on\b|at\b|near\b|of\b|from\b)[a-z])",
                           re.IGNORECASE)
DURING_BEFORE = re.compile(r"\b(?:during|amid)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
DEVICES_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{DEVICE_WORDS}|(?:land ?)?mine|explosive|shells?)\b", re.IGNORECASE)
REPELLED = re.compile(rf"\b({'|'.join(REPEL_VERBS)})\b(?:\s+(?:an?|the))?\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
# "an IS attack", "a suspected IS planted IED", "the PMF's ambush": the group named before the
# attack or weapon it made is the one who attacked (not "IS positions", "IS mortar teams").
ATTRIBUTIVE_ATTACK = re.compile(r"(?:['’]s?)?\s+(?:(?:-?planted|laid|suicide|roadside|car|mortar|rocket|sniper|gun|armed|hit-and-run|"
                                r"explosive|terrorist)\s+){0,2}(?:attacks?|ambush(?:es)?|ieds?|vbieds?|bombs?|bombings?|explosive devices?|"
                                r"shelling|mortars?|rockets?|raids?|assaults?)\b(?!\s+(?:positions?|launch\w*|teams?|cells?|hideouts?|"
                                r"workshops?|factor\w*|experts?|makers?|sites?|platforms?|caches?|depots?|squads?))", re.IGNORECASE)
COORDINATED = re.compile(r"\s+and\s+(?:(?:an?|\d+|one|two|three|four|five|other|another)\s+)?")
GUARD_MODIFIER = re.compile(r"\s+(?:duty|duties|gates?|posts?|towers?|rooms?|booths?|houses?)\b", re.IGNORECASE)
ATTRIBUTIVE_CLASSES = {None, "armed_clash", "attack_civilians", "assassination", "ied", "suicide", "grenade", "shelling"}
# "backed by", "with the support of", "in coordination with": the words that name who helps an act.
SUPPORT_PHRASE = (r"\b(?:(?:backed|supported|aided|assisted|covered) by|with (?:the )?(?:support|help|backing|cover|participation) of"
                  r"|in (?:cooperation|coordination) with)\b")
# (searched before every actor ahead of a trigger: skipped where none of its words occurs)
SUPPORTER_BEFORE = FastPattern(re.compile(rf"{SUPPORT_PHRASE}(?:(?!\w+ed\b)[^,.;]){{0,80}}$", re.IGNORECASE),
                               prefilter=True)  # (no verb between: "backed by X killed 2 IS")
ACTIVE_HARM_AFTER = re.compile(r"\s+(?:(?!(?:was|were|been|being|is|are)\b)[\w-]+\s+){0,2}?(?:killed|shot|attacked|stormed|ambushed|targeted|opened fire|fired|abducted|kidnapped|"
                               r"executed|wounded|injured|assassinated)\b", re.IGNORECASE)
# "... were killed when they attacked", "... after they had stormed": the victims' own attack follows.
VICTIMS_ATTACKED = re.compile(r"\s+(?:\w+\s+){0,2}?(?:when|after|while|as)\s+they\s+(?:had\s+|were\s+)?"
                              r"(?:attacked|attacking|raided|raiding|stormed|storming|ambushed|tried to attack|attempted to attack)\b",
                              re.IGNORECASE)
# "... and were ambushed by residents", "... and a clash ensued": the attacked fought back.
ATTACKERS_FOUGHT = re.compile(r"\b(?:were|was)\s+(?:\w+\s+)?(?:ambushed|confronted|repelled|repulsed|fought off|engaged)\s+by\b"
                              r"|\bclash(?:es)? (?:ensued|broke out|erupted)|\bfought back\b", re.IGNORECASE)
# Dates that count from "now" (the writer's day): "last week", "on Sunday", "two days ago".
RELATIVE_TO_NOW = re.compile(r"\b(?:yesterday|today|tonight|last night|(?:last|this|past|previous) (?:week|month|year)|ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
UNARMED_VICTIM_TYPES = {"Violence against civilians", "Explosions/Remote violence"}
# Classes whose victims are counted and named as an attack's are (an old landmine, a mob kill people too).
HARMED_VICTIM_CLASSES = {"war_remnant", "mob_violence"}
# ("..., police said.", "“...,” the city Police Department said in a statement.")
TRAILING_SPEAKER = re.compile(r"\s+(?:(?:department|service|force|command|spokes(?:man|woman|person)|press office|headquarters)\s+)?"
                              r"(?:said|says|added|reported|stated|confirmed)(?:\s+(?:on\s+)?\w+day)?"
                              # ("said on Sunday in a statement", "said in a statement released on Monday")
                              r"(?:\s+in\s+a\s+(?:written\s+|joint\s+)?statement(?:\s+(?:released|issued|posted|sent|published|online|to|"
                              r"on|late|early|reporters|journalists|the|press|\w+day)){0,4})?\s*[.,;]", re.IGNORECASE)
SPEAKER_LEAD = re.compile(r"(?:,|[,.!?]?[\"”])\s*(?:[\w'-]+\s+){0,4}$")
# the doers a reported clause names by their kind, as "gunmen" ("police said militants killed ...")
ARMED_DOERS = r"(?:bandits|kidnappers|militants|insurgents|terrorists|jihadists|extremists|militiamen)"
# "Police said a man was stabbed ...": the source that opens the report, not a party to it ("the TPLF announced the
# withdrawal of its forces": what a party announces as a noun is its own act)
# ("Police in Kelm said", "the Kelm Police Command said gunmen ...": a unit's word or its seat may come between;
# a perpetrator's noun after the verb names someone else as the doer)
LEADING_SPEAKER = re.compile(r"(?:\s+(?:command|headquarters|spokes(?:man|woman|person)))?(?:\s+in\s+(?-i:[A-Z])[\w'’-]*)?"
                             r"(?:\s+(?:said|say|says|told reporters|reported|stated)\s+(?:in a statement\s+)?(?:on \w+day\s+)?(?:that\s+)?"
                             rf"(?:(?:an?|the|two|three|\d+)\b|(?:suspected\s+|armed\s+|unknown\s+)?(?:{PERPETRATOR_NOUN}|{ARMED_DOERS})\b)"
                             r"|\s+announced\s+(?:on \w+day\s+)?(?:that\b|(?:an?|the|two|three|\d+)\s+(?:[\w'’-]+\s+){0,5}?"
                             r"(?:was|were|had|has|have|is|are|died)\b)"
                             r"|\s+(?:said|say|says)\s+(?-i:[A-Z])[\w'’-]+)", re.IGNORECASE)
HABITUAL = re.compile(r"\b(?:have|has)\s+(?:been\s+|also\s+|repeatedly\s+|often\s+)?\w+(?:ed|en|wn|ck|ht)\b|\b(?:often|usually|regularly|routinely|frequently|typically)\b", re.IGNORECASE)
# Classes whose nouns name a thing ("suicide bomber", "reinforcements"): the past-tense trigger tells the act
PAST_FIRST_CLASSES = {"suicide", "movement"}
CIVILIAN_PROPERTY = FastPattern(re.compile(r"\b(?:(?:wheat|barley|crop|agricultural|farm)\s+(?:fields?|land|lands)|crops|farms?|orchards?|"
                               r"houses?|homes?|residences?|shops?|stores?|markets?|cemetery|cemeteries|villages?|"
                               r"schools?|properties|property|vehicles? carrying civilians|"
                               # goods on the road burned ("torched 3 trucks carrying khat"), not the forces' own transport
                               r"(?:burned|burnt|torched|looted|destroyed|set\s+fire\s+to)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:(?:trucks?|lorries|buses|minibuses)\s+(?:carrying|transporting|loaded\s+with)\s+"
                               r"(?!troops|soldiers|fighters|militants|weapons|arms|ammunition)\w+|"
                               r"(?:passenger|commercial|civilian)\s+(?:vehicles?|trucks?|buses|minibuses)))\b", re.IGNORECASE))
# A party's or an elected council's premises a crowd burned or stormed (ACLED: civilians, no armed party).
PARTY_PREMISES_DAMAGED = re.compile(r"\b(?:burned|burnt|torched|stormed|ransacked|looted|set fire to|attacked|raided)\s+"
                                    r"((?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,4}?(?:party|parties|coalition|movement|council)\s+"
                                    r"(?:offices?|buildings?|headquarters|premises))\b", re.IGNORECASE)
PROPERTY_FIRED_AT = FastPattern(re.compile(r"\b(?:opened fire|fired(?: (?:gun)?shots| bullets| rounds)?|shot)\s+(?:at|on|upon)\s+(?:the\s+|an?\s+)?"
                                           r"(?:[\w'’()-]+\s+){0,5}?(?:offices?|headquarters|bureaus?|buildings?|premises|shops?|stores?|compan(?:y|ies))\b"
                                           r"|\b(?:offices?|headquarters|bureaus?|buildings?|premises|shops?|stores?)\b[^.;]{0,40}?\bcame under (?:heavy )?fire\b",
                                           re.IGNORECASE), prefilter=True)
NOBODY_HURT = re.compile(r"\b(?:no (?:reported )?(?:one was|injuries|casualties|fatalities|deaths)|nobody was)\b(?:\s+(?:hurt|injured|killed)\b)?"
                         r"|\bwithout (?:causing )?(?:any )?(?:injuries|casualties)\b|\bonly (?:caused )?material damages?\b", re.IGNORECASE)
AVERTED_BEFORE = FastPattern(re.compile(r"\b(?:prevent(?:ed|ing|s)?|avoid(?:ed|ing|s)?|avert(?:ed|ing|s)?|without|no|an end to|ending|"
                                        r"stop(?:ped|ping|s)?)\s+(?:any\s+|further\s+|the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE), prefilter=True)
# "in the worst months of the fighting", "at the height of the clashes": a span of time the
# fighting gives a sentence about something else, no incident told
# ("two days of fighting between militias left 14 dead", "weeks of clashes": the fighting itself, counted)
PERIOD_OF = FastPattern(re.compile(r"\b(?:(?:phases?|period|height|peak|stages?|course)\s+of\s+(?:the\s+)?"
                                   r"|(?:days|weeks|months|years)\s+of\s+the\s+)(?:[\w-]+\s+)?$", re.IGNORECASE), prefilter=True)
# "80 years since the battle", "the anniversary of the massacre": an incident years back that a
# time is counted from, or a day marks, named as background (days or weeks after one are news)
YEARS_SINCE = FastPattern(re.compile(r"\b(?:years?|decades?|centur(?:y|ies)|anniversary|anniversaries|centenary|centennial)\s+"
                                     r"(?:since|of|after|from)\s+(?:the|an?|that|this)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
                          prefilter=True)
# "while detectives probed the stabbing.": the incident looked into, told before, named bare
INVESTIGATED_BEFORE = FastPattern(re.compile(r"\b(?:investigat\w*|prob(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+into|inquiry\s+into)\s+"
                                             r"(?:the|this|that)\s+(?:[\w-]+\s+)?$", re.IGNORECASE), prefilter=True)
BARE_END = re.compile(r"\s*(?:[.,;:!?\"”)]|$)")
TOLD_ACTS = {"kill", "attack", "kidnap", "execution", "clash"}
RAID_VERB = re.compile(r"raided|stormed|broke into", re.IGNORECASE)
# What a raid on a party's, a movement's or a channel's premises names right after its verb.
OFFICE_OBJECT = re.compile(r"\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:offices?|headquarters|bureaus?|premises)\s+of\b"
                           r"|(?:party|parties|movement|union|newspaper|channel|station|broadcaster)['’]?s?\s+(?:offices?|headquarters|premises)\b)",
                           re.IGNORECASE)
# "two weeks after the attack", "following the raid": an incident named only to tell when the sentence's own happened
TIME_AFTER_INCIDENT = re.compile(r"\b(?P<interval>(?:\w+\s+)?(?:hours?|days?|weeks?|months?)\s+)?(?:after|following|since|before)\s+"
                                 r"(?:the|an?|that|this|last\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# "fled their homes because of frequent raids by militants": what follows these words is the reason for the act told before them.
# a place taken once its holders had gone ("took over the camp after the peacekeepers withdrew", "entered the town
# after the army pulled out"): nobody fought for it
LEFT_TO_THEM = re.compile(r"\b(?:took (?:over|control of)|entered)\b[^.;]*?\bafter (?:the )?(?:[\w'-]+ ){0,4}?"
                          r"(?:withdrew|had withdrawn|pulled out|had pulled out|left|abandoned|vacated)\b", re.IGNORECASE)
REASON_BEFORE = re.compile(r"\b(?:due to|following|after|because of|for fear of|fearing|as a result of|in response to)\s+"
                           r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# Acts a sentence can still tell when its first trigger names only a setting or a reason
# ("sent troops to Kirkuk after an increase in attacks"): a move, a base, an arrest, a burning.
# (the clause between an act and a harm told as its outcome: ", killing", " and wounding")
PARTICIPLE_AFTER_ACT = re.compile(r"[^.;:]*?(?:,|\band)\s+(?:also\s+|reportedly\s+)?")
TOLD_STRATEGIC = {"movement", "base", "arrest", "destruction"}
# What the forces do in answer to an incident named back ("arrested two men after the shooting"): acts of their own.
RESPONSE_ACTS = {"arrest", "movement"}
# ("the attack", "the reported abduction and murder of ...": one incident named back by its nouns)
NAMED_BACK_BEFORE = re.compile(r"\b(?:the|that|this|these|those|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,3}?$", re.IGNORECASE)
# A group's own move or new base has no second party: whom it was aimed at is its reason.
ONE_SIDED = {"movement", "base", "own_blast", "strike_call", "resignation", "policy"}
GROUND_ACTS = {"kill", "clash", "attack", "operation", "arrest", "cache", "destruction"}
# What makes a demonstration violent in ACLED's terms: the crowd damages, burns or storms, or hurts the police.
CROWD_DAMAGE = re.compile(r"(?:protesters|demonstrators|demonstrations|protests|rioters|crowds?|people)\b[^.]{0,60}\b(?:attacked|stormed|storming|burned|burnt|torched|set fire|set ablaze|threw|throwing|pelted|pelting|hurled|hurling|vandali[sz]ed|looted|smashed|broke into|raided|raiding"
                          r"|(?:tried|attempted|attempts?|attempting|trying) to (?:forcibly |violently )?(?:storm|break into|force (?:their|its) way into))\b")
# A crowd trying to force its way past the forces or into a guarded place: ACLED's violent demonstration.
CROWD_FORCING = re.compile(r"(?<!not )(?<!not to )\b(?:tr(?:y|ied|ying|ies)|attempt(?:s|ed|ing)?) to (?:cross|climb|storm|break into|force|"
                           r"enter|push into|advance|set fire|burn|torch|raid|pull down|tear down)\b"
                           r"|\bpull(?:ed|ing)? down (?:the )?(?:[\w-]+ )?(?:walls?|barriers?|barricades?)"
                           # forces stopping the crowd's own forcing: "to prevent them from torching the office"
                           r"|\b(?:prevent|stop|block)(?:ed|ping|ing|s)?\s+(?:them|the\s+(?:[\w-]+\s+)?(?:protesters|demonstrators|crowds?))\s+from\s+"
                           r"(?:storming|torching|burning|setting fire|breaking into|pushing into|raiding)\b")
# A crowd barricading with tires or stones (burnt or not): ACLED's violent demonstration.
CROWD_BARRICADE = re.compile(r"\b(?:blocked|blocking|closed|closing|cut off|cutting off)\b[^.;]{0,80}?\b(?:with|using)\s+(?:burning\s+)?"
                             r"(?:tires|tyres|stones|rocks|bricks)\b")
FORCES_HURT_WORDS = re.compile(r"\b(?:policemen|police officers|police personnel|police forces|police members|members of the police|security members|security forces|members of the security forces|security personnel|soldiers)\b[^.]{0,30}\b(?:were|was)\s+(?:also\s+)?(?:wounded|injured|hurt)")


def _forces_hurt(lowered: str) -> bool:
    """Forces hurt at a crowd's act ("two policemen were injured"), not by a mishap of their own
    ("two policemen were injured after falling from their horses"): the crowd's violence."""
    return any(not HURT_BY_MISHAP.match(lowered, m.end()) for m in FORCES_HURT_WORDS.finditer(lowered))
SUICIDE_WENT_OFF = re.compile(r"(?<!tried to )(?<!trying to )(?<!attempted to )(?<!attempting to )(?<!could )(?<!would )\b(?:explo|detonat|blew|blast|struck|attack|rammed|drove (?:\w+ )?into)")
STOPPED_BOMBER = re.compile(r"\b(?:killed|killing|shot|shooting|shot dead|arrested|arresting|captured|capturing|intercepted|neutrali[sz]ed)\b[^.]{0,40}\b(?:would-be|potential|suspected|an?|\d+|two|three|four|five)\s+(?:[\w-]+\s+){0,2}suicide bombers?\b(?![^.]{0,40}\b(?:exploded|detonated|blew)\b)")
# A fire fight told as the incident: "clashing with", "armed clash(es)", "clashes erupted".
CLASH_TOLD = re.compile(r"\bclashing with\b|\barmed clash|\bclash(?:es)? (?:erupted|broke out|took place|ensued|were renewed|resumed)|\bclashed with\b"
                        r"|\bsparking (?:a |an )?(?:\w+ )?clash|\bfought back\b|\bshoot-?outs?\b")
SMALL_ARMS = re.compile(r"\b(?:(?:light|medium|small|various|all kinds of|different)\s+(?:and medium\s+)?(?:weapons|arms)|small arms|machine ?guns?"
                        r"|rifles?|gunfire|snipers?|firearms)\b")
CROWD_SUBJECT = FastPattern(re.compile(rf"\b(?:{CROWD_NOUN})\b", re.IGNORECASE), prefilter=True)
# An aircraft as the object of an attack, not the attacker; a drone brought down.
AIRCRAFT_TARGETED = FastPattern(re.compile(r"\b(attacked|fired (?:at|on|upon)|shot at|opened fire on|targeted)\s+(?!by\b)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:helicopters?|warplanes?|fighter jets?|military planes?|military aircraft)\b"), prefilter=True)
DRONE_DOWNED = FastPattern(re.compile(r"\b(?:shot down|shooting down|downed|brought down|intercept(?:ed|ing)|(?:opened fire|fired) (?:on|at))\s+(?:an?\s+|the\s+|two\s+|\d+\s+)?(?:[\w-]+\s+){0,3}?"
                                      r"(?:drones?\b|explosives?-laden (?:aircraft|boats?|UAVs?)\b)"), prefilter=True)
# Ground and air arms in one operation (ACLED: a battle, not an airstrike).
JOINT_AIR_GROUND = FastPattern(re.compile(
    r"\b(?:ground and air|air and ground)\b|\b(?:air ?strikes?|air ?forces?|aircraft|warplanes|helicopters)\s+and\s+ground\b"
    r"|\b(?:troops|forces|army|military|police|pmf|tmf|units|brigades?|soldiers)\s*,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?air ?forces?\s+"
    r"(?:carried out|conducted|launched|operations?)\b"
    r"|\bair ?forces?\s*,?\s+(?:in (?:cooperation|coordination) with|together with|alongside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:troops|forces|army|police|units|commandos|brigades?|soldiers)\b", re.IGNORECASE))
# Ordnance left from a war that is over: "a landmine, a remnant of the Iran-Iraq war", "unexploded shells".
WAR_REMNANT = re.compile(r"\bremnants?\b(?! of (?:is|isis|isil|daesh|the islamic state)\b)|\bleft ?over from\b|\bleftover\b|\bunexploded\b"
                         r"|\bfrom the (?:[\w-]+ ){0,2}war\b|\bold (?:land ?)?mines?\b")
_MINE_OR_DEVICE = rf"(?:{DEVICE_WORDS}|(?:land ?)?mine|minefields?|shells?|ordnance|munitions?|rockets?|mortar rounds?)"
MINE_OR_DEVICE = re.compile(rf"\b{_MINE_OR_DEVICE}\b")
# A relic of a war between states long over, the war naming the device itself ("a World War II
# bomb", "wartime ordnance", "a shell dating back to the Great War"): found or defused, it is
# nobody's disrupted attack (not "a bomb planted near a Second World War memorial").
_OLD_WAR = r"(?:(?:first|second) world war|world war (?:i{1,2}|one|two|[12])|ww ?(?:i{1,2}|[12])|great war|wartime)"
OLD_WAR_RELIC = re.compile(rf"(?i)\b{_OLD_WAR}(?:-era)?\s+(?:[\w-]+\s+){{0,2}}?{_MINE_OR_DEVICE}\b"
                           rf"|\b{_MINE_OR_DEVICE}\b[^.;]{{0,40}}?\b(?:from|dating (?:back )?(?:to|from)|left over from)\s+(?:the )?"
                           rf"(?:{_OLD_WAR}|19[0-8]\d|(?:[\w-]+ ){{0,2}}war)\b")
# A deminer hurt while clearing ordnance is coded by the device, as any other explosion.
CLEARING = re.compile(r"\b(?:while|when|during)\s+(?:\w+\s+){0,2}(?:lifting|clearing|removing|defusing|dismantling|demining)\b")
# A bomb that went off on the man laying or making it (ACLED: disrupted weapons use, no attack).
OWN_BLAST = re.compile(r"\b(?:while|as|when)\s+(?:he|she|they)?\s*(?:was|were)?\s*(?:planting|placing|laying|burying|assembling|making|"
                       r"preparing|rigging|manufacturing|transporting)\b|\b(?:his|her|their) own (?:[\w-]+ )?(?:bombs?|devices?|explosives?|ieds?|vests?|belts?)\b"
                       r"|\b(?:exploded|detonated|went off) prematurely\b")
# The remnant of a war between states ("Iran-Iraq war") or a minefield: an old military's, not a group's.
MILITARY_REMNANT = re.compile(r"\b[A-Z][a-z]+-[A-Z][a-z]+ war\b|\b(?:land ?mines?|mines?|minefields?)\b", re.IGNORECASE)
# (a clash "with the riot police" in a protest sentence is the crowd's, however far from its noun)
CROWD_CLASH = re.compile(r"(protesters?|demonstrators?|demonstrations?|protests?|rioters|crowds?)[^.]{0,80}(clash|skirmish|scuffle|fought|fight)"
                         r"|(clash|skirmish|scuffle|fight)[^.]{0,80}(protesters?|demonstrators?|crowds?|during (?:an? |the )?(?:demonstrations?|protests?))"
                         r"|\b(?:clash(?:es|ed)?|skirmish(?:es|ed)?|scuffled?) with (?:the )?(?:riot )?(?:police|security forces)\b")
# An unarmed crowd as a side of a fight with the forces ("football fans clashed with police", "clashes
# between riot police and students", "clashes with rioters"): ACLED's rioters, never a battle's side.
CROWD_FIGHTERS = re.compile(rf"\b(?:{CROWD_OF_PEOPLE}|{CROWD_FAITHFUL}|{CROWD_TOWNSFOLK}|youth|young (?:men|people)"
                            r"|crowds?|mobs?|rioters|riots"
                            # "hundreds of people clashed with police": a crowd by its size; "riot police" meet crowds
                            r"|(?:hundreds|thousands|dozens|scores)\s+of\s+(?:people|men|women)|riot\s+police)\b",
                            re.IGNORECASE)
# Arms on the crowd's side, or an armed party told: the fight is a battle after all.
CROWD_ARMS = re.compile(r"\barmed\b|\bgun(?:men|fire|fights?|shots?|s)?\b|\bshoot-?outs?\b|\bexchang\w* (?:of )?fire\b|\bopened fire\b"
                        r"|\brifles?\b|\bfire ?fights?\b|\bmilitia\w*|\bfighters\b|\bmilitants?\b|\bbandits?\b|\bweapons\b"
                        # (not "two gangs of football fans", "a gang of youths": a crowd, no armed gang)
                        rf"|\bgangs?\b(?!{GANG_OF_CROWD.pattern})",
                        re.IGNORECASE)
CROWD_FIGHT_VERB = re.compile(r"clash(?:ed|es|ing)?|skirmish(?:es|ed)?|scuffl(?:e|es|ed)|fought", re.IGNORECASE)
# (a soldier shot "near his home" or "in his own personal car" is off duty: ACLED's civilian)
UNARMED_MEMBER = FastPattern(re.compile(r"\boff[- ]duty\b|\bunarmed\b|\b(?:spy|spies|informants?|collaborators?)['’\"]? (?:for|with|of)\b"
                            # one who has left the forces: "2 former soldiers", "a retired police officer"
                            r"|\b(?:former|ex-|retired)\s*(?:[\w-]+\s+)?(?:soldiers?|troops|servicem[ae]n|police(?:m[ae]n)?|(?:police\s+)?officers?|members?|fighters?)\b"
                            r"|\b(?:accused of|on charges of|suspected of|for)\s+(?:cooperating|collaborating|working|spying|informing)\b"
                            r"|\b(?:in|at|near|outside|out of|from)\s+(?:his|her)\s+(?:own\s+)?(?:personal\s+|private\s+)?(?:car|house|home)\b"
                            # a captive killed, and a member's family killed in his stead, had no arms in hand
                            r"|\b(?:captured|abducted|kidnapped) and (?:then |later )?(?:killed|executed|shot)\b"
                            r"|\b(?:killed|executed|shot dead) after (?:being )?(?:captured|abducted|kidnapped)\b"
                            rf"|\b(?:his|her) (?:family members|family|parents|{FAMILY})\b",
                            re.IGNORECASE), prefilter=True)
AIR_SUPPORT = re.compile(rf"{SUPPORT_PHRASE}[^.;]*$", re.IGNORECASE)
REPORTING_DATE = FastPattern(re.compile(r"\b(said|says|reported|reports|told|announced|stated|estimated|warned|added|released|published|issued(?: \w+ \w+)?)\s+(?:\w+\s+)?$", re.IGNORECASE))
# Dates that are not the incident's day: the end of a period ("lasted until May 3") or what came of
# it ("died of his wounds two days later", "his body was found on May 9").
AFTER_INCIDENT_DATE = re.compile(r"\b(?:until|till|up to)\s+(?:\w+\s+)?$|\b(?:died|succumbed|passed away|(?:body|bodies|remains)\s+(?:was|were)\s+"
                                 r"(?:found|discovered|recovered))\b[^.;]{0,40}$", re.IGNORECASE)
COREFERENT_VICTIMS = FastPattern(re.compile(r"\b(their|the men's|the victims'|his|her) (?:\w+ )?(bodies|corpses|remains)\b|\bthe (men|victims|hostages) were (dead|killed|executed)\b", re.IGNORECASE))
# "Lwin's body was found days later", "the third hostage, Aung Min, died in captivity": a sentence
# about the hostages just taken tells how that kidnapping ended, even on a later date.
HOSTAGE_SUBJECT = re.compile(r"\b(?:hostages?|captives?|abductees?|(?:kidnapped|abducted) (?:\w+ )?(?:man|men|woman|women|person|people|boy|girl|child|children))\b", re.IGNORECASE)
NAME_WORD = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\b")
# "... abducted a contractor and two workers. ... the contractor was later killed": the same noun for
# a person as the kidnapping's victims (singular or plural) names one of them.
HOSTAGE_NOUN = re.compile(rf"\b(?:{SINGLE_PERSON}|{PERSON_NOUN})\b", re.IGNORECASE)
GENERAL_PERSON = {"people", "person", "persons", "man", "men", "others", "other", "individuals", "individual", "victims",
                  "victim", "members", "member", "forces", "elements", "civilians", "civilian"}
FATE_CLASSES = {"kill", "bodies", "execution"}
HOSTAGE_HARM_CLASSES = FATE_CLASSES | {"attack"}  # "the hostage was beaten": more of the kidnapping
SINGULAR_FATE = re.compile(r"\b(?:body|corpse|was|hostage|captive|abductee)\b", re.IGNORECASE)  # one of them died
# "Two fighters died in these airstrikes", "it was announced on May 3 that one was killed during the
# operations": a toll that points back at the incident just told belongs to it.
TOLL_BACK_REFERENCE = re.compile(r"\b(?:in|during)\s+(?:these|those|this|that|the)\s+(?:[\w-]+\s+)?(?:air ?strikes?|strikes|operations?|attacks?"
                                 r"|clashes|raids?|bombardment|shelling|explosions?|blasts?|bombings?)\b", re.IGNORECASE)
TOLD_ON = re.compile(r"\b(?:announced|reported|confirmed|said|stated|revealed|disclosed)\b", re.IGNORECASE)
# "said dozens of insurgents had been killed", "said 3 soldiers died": the words after "said" begin the reported clause
REPORTED_VERB_AFTER = re.compile(r"\s+(?:had|has|have|was|were|are|is|had been|have been|died|killed|attacked|ambushed|stormed|clashed"
                                 r"|fought|launched|carried out|opened fire|fired|shot|seized|captured|abducted|kidnapped"
                                 r"|repelled|repulsed|foiled|thwarted)\b", re.IGNORECASE)
# "the army said troops repelled an attack by IS": a party after the reported clause's verb is no speaker
REPORTED_VERB_BEFORE = re.compile(r"\s(?:killed|attacked|ambushed|stormed|clashed|fought|launched|carried out|opened fire"
                                  r"|fired|shot|seized|captured|abducted|kidnapped|repelled|repulsed|foiled|thwarted)\s",
                                  re.IGNORECASE)
# ("police said they killed five bandits", "the ministry said its air defences downed 20 Kelmish drones": a pronoun after
# "said" begins the reported clause, whose words are its parties)
ATTRIBUTION_BEFORE = re.compile(r"\b(said|says|according to|told|quoted)\b(?![^,.;:]*\b(?:that|they|he|she|we|it|its|their)\b)[^,.;:]*$",
                                re.IGNORECASE)
# "Police attributed the attack to ...", "officials blamed it on ...", "officials later accused X of ...":
# who lays the blame reports it ("militants blamed for the attack", "men accused of theft" are the party blamed)
BLAMES_AFTER = re.compile(r"\s+(?:(?:has|have|had|later|also)\s+)?(?:attributed\s+(?:the|this|that|it)\b|blamed\s+(?!for\b)"
                          r"|accused\s+(?!of\b))", re.IGNORECASE)
PROTEST_CONTEXT = FastPattern(re.compile(r"\b(during|near|amid|as|after|following|treating|against|joining|joined|at|in|of|for|from|to|over|quell|disperse|prevent|protect|secure|participated in|took part in|leaving|left|returning from|returned from|heading to|covering|covered)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE))
# "killed a student who was participating in a sit-in": harmed at the protest, not after it.
PROTEST_UNDERWAY = re.compile(r"\b(?:was|were)\s+(?:taking part|participating|joining)\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "hundreds of protesters", "took to the streets to protest": the crowd acting, never a setting.
CROWD_ACT = re.compile(r"(?:\b(?:hundreds|dozens|thousands|scores|tens)\s+of|\bto)\s+$", re.IGNORECASE)
# "a protest activist", "the protest camp", "protesters' tents": a protest word naming a person or place, not a protest.
PROTEST_MODIFIER = re.compile(r"(?:['’]s?)?\s+(?:activists?|hubs?|sites?|camps?|encampments?|squares?|tents?|organi[sz]ers?|leaders?|coordinators?)\b", re.IGNORECASE)
# "a car bomb exploded near the square, killing four protesters": the crowd is the blast's victim.
BLAST_CLASSES = {"ied", "suicide", "shelling", "air"}
# a gas brought by a weapon of war: "dropped barrels of chlorine", "rockets loaded with sarin"
SUSPECTED_BEFORE = re.compile(r"\b(?:suspected|alleged|accused|presumed|would-be)\s+$", re.IGNORECASE)
# ("used chlorine gas in an attack", "using sarin against the town": a gas used to disinfect or treat water is none)
GAS_DELIVERED = re.compile(r"\b(?:dropped|fired|launched|barrels?|canisters?|cylinders?|munitions|rockets?|shells?|bombs?|warheads?)\b"
                           r"|\b(?:used|using)\b[^.;]{0,40}?\b(?:in (?:an? |the |its |their )?(?:[\w-]+ )?(?:attacks?|assaults?|strikes?"
                           r"|bombardments?|offensives?)|against)\b")
# "a chlorine attack by regime forces on Saraqib", "attacked the town of X with sarin": a place, not a person, gassed
ATTACK_ON_PLACE = re.compile(r"\battack(?:s|ed)?(?:\s+by\s+[^.;,]{1,40}?)?(?:\s+on)?\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|village|city|district|area)\s+of\s+)?$",
                             re.IGNORECASE)
BLAST_VICTIMS = re.compile(r"\b(?:killing|killed|injuring|injured|wounding|wounded|targeting|targeted|hitting|hit|among)\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
# A weapon named as what was made, found, destroyed or defused: not how anyone was attacked.
INERT_WEAPON_BEFORE = re.compile(
    r"(?i)\b(?:(?:for|to|in)\s+(?:making|make|manufactur\w*|produc\w*|build\w*|assembl\w*|stor\w*|hid\w*)"
    r"|defus\w*|dismantl\w*|destroy\w*(?!\s+by\b)|seiz\w*|confiscat\w*|remov\w*|neutrali[sz]\w*|discovered|uncovered)"
    r"\s+(?:[\w-]+\s+){0,4}$")
DEFUSER_HURT = re.compile(r"(?i)\b(?:while|when|(?<!\bwell )as)\b(?:\s+(?!well\b)[\w-]+){0,2}\s+$")  # not "as well as"
AIMED_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?(?:targeting|aimed at|headed for|heading for|launched at)\b")
DETONATION = re.compile(r"\b(explod\w*|occurred|intercepted|explosions?|blasts?|detonat\w*|went off|blew up|struck|hit|targeted|targeting|killed|killing|injur\w*|wound\w*|landed|fell|fired|launched|shelled|shelling|damag\w*|planted|attack\w*|bombed|threw|thrown|hurled|lobbed|to bomb|to blow up|(?:attempted|tried) to (?:plant|place|lay))\b", re.IGNORECASE)
INCIDENT_NOUN = re.compile(r"(attacks|incidents|kidnappings|killings|bombings|clashes|operations|cases|abductions|assassinations|ambushes|raids|explosions|blasts|protests|demonstrations|executions|murders|\w+ings)", re.IGNORECASE)
PAST_EVENT_VERB = re.compile(r"\b(threw|thrown|hurled|lobbed|occurred|blew up|detonated|exploded|killed|wounded|injured|abducted|kidnapped|attacked|fired|opened fire|shot|stormed|ambushed|launched|targeted|struck|set fire|burned|clashed|seized|defused|arrested|landed|hit|raided|assassinated|executed|beheaded|withdrew|deployed|entered|arrived|fled|displaced|destroyed|torched|protested|demonstrated|gathered|blocked|bombed|resulted in)\b", re.IGNORECASE)
GENERIC_PAST = re.compile(r"\b(during (its|their) (rule|occupation|reign)|in the past|over the years|for years|since 20\d\d|throughout|history|historically|used to|would often|many were|in the battles?|were killed in the (war|fighting|battles?))\b", re.IGNORECASE)
# "in Huape, Bio-Bio, Chile": a named place before the country, even one the gazetteer lacks.
LOCATIVE = re.compile(r"\b(?:in|near|at|along|outside)\s+(?-i:[A-Z][\w'’-]+)(?:[\s-]+(?-i:[A-Z][\w'’-]+)){0,3}"
                      r"(?:\s+(?:[a-z]+\s+)?(?:ward|district|village|town|city|area|province|state|region|county|subdistrict|neighbou?rhood|"
                      r"council|municipality|commune|department|township|governorate|prefecture|sector|camp))?,\s",
                      re.IGNORECASE)
# "targeting southern Saudi Arabia", "in northern areas of Mali": a part of a country, not the whole.
PART_OF_COUNTRY = re.compile(r"\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\s+"
                             r"(?:(?:areas?|parts?|regions?|provinces?|districts?)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
# "Four explosions occurred near the city hall in X": one burst of blasts at one spot is one incident.
ONE_BURST = re.compile(r"\b(?:occurred|went off|rocked|hit|struck|shook|were heard)\b", re.IGNORECASE)
FOUND_DEVICE = re.compile(rf"{DEVICE_WORDS}\b.*\b(?:was|were|been)\s+\w+$", re.IGNORECASE)
HAS_PERSON = re.compile(r"\b(him|her|a man|a woman|a child|a civilian|a soldier|a policeman)\b", re.IGNORECASE)
# Where the clause before a trigger begins; a word, or none, between a count or actor and a trigger.
CLAUSE_SPLIT = re.compile(r"[,;:—–]|\b(?:but|while|whereas)\b")
ONE_WORD_GAP = re.compile(r"\s+(?:[\w-]+\s+)?")
UNIFORM_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+uniforms?\b", re.IGNORECASE)
WORN_BEFORE = re.compile(r"\b(?:wearing|wore|in|donning|dressed in)\s+(?:the\s+|their\s+|his\s+|an?\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "disguised as policemen", "dressed in army fatigues": a force named right after is a disguise (the
# uniform a force is named inside, "wearing army uniforms", is UNIFORM_AFTER and WORN_BEFORE's).
DISGUISE = re.compile(r"\b(disguised as|dressed (up )?(?:as|in)|posing as)\s+", re.IGNORECASE)


TACTICS = [
    # "militants disguised as policemen at a checkpoint": the checkpoint they manned was a fake one
    ("fake checkpoint", r"fake (?:security |police |army )?checkpoints?|false checkpoints?|bogus checkpoints?"
                        r"|(?:disguised|dressed (?:up )?|posing) as (?:\w+ ){0,2}?(?:police(?:men)?|soldiers|troops|officers"
                        r"|security (?:forces|personnel)) (?:at|manning|who set up) (?:an? |the )?(?:\w+ )?checkpoints?"),
    ("disguise", r"disguised as|dressed (?:up )?as|posing as|wearing (?:\w+ ){0,3}uniforms?"),
    ("IED", r"\bieds?\b|improvised explosive|roadside bomb|explosive device|booby[- ]trap|rigged with explosives|sticky bomb"),
    ("car bomb", r"car bomb|vbied|vehicle[- ]borne|truck bomb"),
    ("suicide attack", r"suicide (?:bomb|attack|vest|belt)|blew (?:himself|herself|themselves) up"),
    ("sniper", r"snipers?"),
    ("ambush", r"ambush"),
    ("mortar", r"mortars?"),
    ("rocket", r"rockets?|katyusha"),
    ("landmine", r"land ?mines?|\bmine exploded"),
    ("drone", r"drones?"),
    ("airstrike", r"air ?strikes?|air raids?|warplanes?"),
    ("arson", r"set fire|set ablaze|torched|burn(?:ed|t) (?:down )?"),
    ("beheading", r"behead"),
    ("hostage taking", r"hostages?"),
    ("ransom", r"ransom"),
    ("mass execution", r"executed (?:them )?collectively|mass execution"),
]
_TACTICS = [(name, FoldedPattern(re.compile(pattern, re.IGNORECASE))) for name, pattern in TACTICS]
# Whether a sentence may name any tactic at all: most name none, and then none is searched.
_ANY_TACTIC = FoldedPattern(re.compile("|".join(f"(?:{pattern})" for _, pattern in TACTICS), re.IGNORECASE))

# ", officials said.", ", a police officer told reporters on Monday.", ", according to local officials.":
# the clause that names who reported the attack, at the sentence's end.
SOURCE_CLAUSE = re.compile(
    r",\s*(?:according to\b[^,.;:]*|(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|tells|added|reported|stated|confirmed"
    r"|announced)\b(?:\s+[\w'’-]+){0,6})[\s.!?\"”’]*$", re.IGNORECASE)
# "In another attack", "also", "separately", "elsewhere": the sentence says it tells a new incident
ANOTHER_INCIDENT = re.compile(r"\b(?:another|other|also|separate(?:ly)?|elsewhere|meanwhile|similar(?:ly)?|second|third|"
                              r"earlier|previous(?:ly)?|again)\b", re.IGNORECASE)
# Patterns searched only for whether, or where, they match: the fast way where that is exact.
_SEARCH = FoldedPatterns((HYPOTHETICAL, DETONATION, PAST_EVENT_VERB, GENERIC_PAST, HAS_PERSON,
                          BETWEEN, TWO_SIDES, PASSIVE_HARM, REPELLED, BY_AGENT, PASSIVE_BEFORE,
                          DISGUISE, ATTRIBUTION_BEFORE, AFTER_INCIDENT_DATE, RECENT_NOUN_PHRASE,
                          COREFERENT_VICTIMS, ANOTHER_INCIDENT, TIME_AFTER_INCIDENT, SOURCE_CLAUSE, ATTEMPTED))


def _found(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """bool(pattern.search(text[start:end])) for a piece of the article's text."""
    return _SEARCH[pattern].search_slice(text, start, end) is not None


def _found_in(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """bool(pattern.search(text, start, end)) for the article's text."""
    return _SEARCH[pattern].search(text, start, end) is not None


def _search_in(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | OnText | None:
    """pattern.search(text, start, end) for the article's text."""
    return _SEARCH[pattern].search(text, start, end)


def _search_slice(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | OnText | None:
    """pattern.search(text[start:end]): offsets are the slice's."""
    return _SEARCH[pattern].search_slice(text, start, end)


DISPLACED_ACTOR = ("Civilians ({country})", 7)  # people who fled or left their homes
CROWD_ACTOR = {
    "peaceful_protest": ("Protesters ({country})", 6), "protest_intervention": ("Protesters ({country})", 6),
    "violent_demonstration": ("Rioters ({country})", 5), "mob_violence": ("Rioters ({country})", 5),
    "strike_call": ("Protesters ({country})", 6),  # those who call a strike are its protesters
}
ARMED_GROUP_INTER = {2, 3, 4}  # ACLED's rebel groups and political and identity militias
# What state forces seize, defuse or destroy belongs to an armed group: it is the second party.
SEIZED_CLASSES = {"cache", "defused", "destruction"}
PERPETRATOR_GENERIC = {"militants", "militant", "insurgents", "insurgent", "terrorists", "terrorist", "jihadists",
                       "jihadist", "extremists", "extremist", "fighters", "cells", "cell", "sleeper cells",
                       "sleeper cell", "remnants", "kidnappers", "kidnapper", "suicide bomber", "suicide bombers",
                       "rebels", "rebel"}


def extract_events(article: Article, ann: Annotations) -> list[Event]:
    """Every concrete incident the article reports."""
    ctx = _context(article, ann)
    events: list[Event] = []
    previous: Event | None = None
    previous_paragraph: tuple[int, int] | None = None
    for s_start, s_end in ann.sentences:
        paragraph = ann.paragraph_of(s_start)
        triggers = ann.within(ann.triggers, s_start, s_end)
        if not triggers:
            if previous is not None and previous_paragraph == paragraph and _hurt_told_after(previous, ann, s_start, s_end, article.text):
                set_counts(previous, article.text, s_start, s_end, ann)  # "The journalist was hospitalized with injuries."
            continue
        if previous is not None and previous_paragraph == paragraph and (
                hurt_first := _hurt_before_but(previous, ann, s_start, s_end, article.text, triggers)) is not None:
            # "Two others were hurt but police arrested a suspect": the hurt are the incident's just told,
            # the act after "but" is told by its own clause
            set_counts(previous, article.text, s_start, hurt_first, ann)
            s_start = hurt_first
        cls, main = _classify(triggers, ann, s_start, s_end, article.text)
        if cls is None or main is None or _more_dead_of_a_mishap(ann, article.text, s_start, s_end):
            continue
        if cls in {"defused", "cache"} and (placed := _device_placed_before(ann, article.text, s_start, s_end, main)) is not None and (
                previous is None or previous.sentence.start != placed):
            # "A pipe bomb was left outside the station. The device was defused.": one report of a disrupted bombing
            s_start = placed
            cls, main = _classify(triggers, ann, s_start, s_end, article.text)
            if cls is None or main is None:
                continue
        if cls in PROTEST_SEVERITY:
            cls = _escalate(cls, ann, s_end, paragraph, article.text)
        if cls == "violent_demonstration" and _outside_demonstration(ann, paragraph, article.text):
            cls = "mob_violence"
        sentence_text = article.text[s_start:s_end]
        own_dates = [d for d in ann.within(ann.dates, s_start, s_end) if d.precision != "year"]
        # ("The Denver Post says ...": a place inside an organisation's name says where nothing happened)
        own_places = [p for p in ann.within(ann.places, s_start, s_end) if p.role != "organisation"]
        # (a locality of its own the gazetteer does not know: "Bandits also killed three in Kolwe")
        unknown_place = previous is not None and _unknown_place(article.text, s_start, s_end, previous, ann)
        # (a province of its own other than the incident's just told: "Gunmen also killed two in Kelm")
        detail_only = not own_dates and not any(p.place.feature not in {"country", "admin1"} for p in own_places) and not (
            previous is not None and previous.admin1_code is not None
            and any(p.place.feature == "admin1" and p.place.admin1_code not in (None, previous.admin1_code) for p in own_places)
        ) and not unknown_place
        if previous is not None and previous_paragraph == paragraph and (
            (not own_dates and (CONTINUATION.match(sentence_text) or (detail_only and (cls in DETAIL_CLASSES or _more_of_the_protest(previous, cls)))
                                or _told_back(sentence_text, s_start, own_places) or ACROSS.search(sentence_text)))
            or (ADDITIVE.match(sentence_text) and not any(d.start < main.start for d in own_dates))
            or (_another_toll(sentence_text, s_start, cls, main) and not own_dates
                and _places_told_before(ann, own_places, paragraph[0], s_start))
        ):
            # "In addition, three officers were abducted": more of the same incident, even when a
            # later date (of a release, say) follows.
            _fill(_detail_host(events, cls), cls, main, ctx, s_start, s_end, merge=True)
            continue
        if previous is not None and _retold_act(main, article.text, s_start, own_dates, own_places, ann, s_end):
            # "Residents said the attackers fled after the shooting": the act just told, named back
            _fill(_detail_host(events, cls), cls, main, ctx, s_start, s_end, merge=True)
            continue
        if previous is not None and previous_paragraph == paragraph and _toll_of_the_story(triggers, sentence_text, s_start, own_dates):
            _fill(_detail_host(events, cls), cls, main, ctx, s_start, s_end, merge=True)
            continue
        if previous is not None and previous_paragraph == paragraph and previous.injured and wounded_died_told(article.text, s_start):
            # "One of the wounded died the next day": a death of the wounded just told, on whatever day
            _fill(previous, cls, main, ctx, s_start, s_end, merge=True)
            continue
        if (previous is not None and previous_paragraph == paragraph and previous.fatalities
                and (told_to := more_dead_told(article.text, s_start)) is not None and not ANOTHER_ONE.search(sentence_text)
                and not _died_of_another_cause(sentence_text)
                and not unknown_place and all(p.place.feature in {"country", "admin1"} for p in own_places)
                and all(t.end <= told_to for t in triggers)
                and not any(a.actor.kind in ARMED_KINDS for a in ann.within(ann.actors, s_start, s_end))):
            # "Two more died in hospital on Tuesday": more dead of the incident just told, on whatever day (not
            # "... when gunmen returned": an act of its own)
            _fill(previous, cls, main, ctx, s_start, s_end, merge=True)
            continue
        if previous is not None and previous_paragraph == paragraph and _fate_of_hostages(previous, main, article.text, s_start):
            _fill(previous, cls, main, ctx, s_start, s_end, merge=True)
            if main.cls in FATE_CLASSES:
                _hostage_deaths(previous, article.text, s_start, main)
            continue
        concrete = _is_concrete(main, sentence_text, s_start, ann, own_dates, own_places, paragraph, article.text)
        if not concrete and cls in PROTEST_SEVERITY:
            crowd_act = _crowd_act_told(main, triggers, sentence_text, s_start, ann, own_dates, own_places, paragraph, article.text)
            main, concrete = (crowd_act, True) if crowd_act is not None else (main, False)
        if not concrete:
            # "shot dead a militant who was trying to plant a bomb": the told act is another trigger.
            harm = (cls, main)
            told = [t for t in triggers if t.cls in TOLD_ACTS and t.is_past and t.cls != main.cls]
            told = told or [t for t in triggers if t.cls in TOLD_STRATEGIC and t.is_past and t.cls != main.cls]
            # "gunmen set fire to a bus, killing four": an armed party's arson (a riot word) is the act told
            told = told or [t for t in triggers if t.cls == "riot" and t.is_past]
            cls, main = _classify(told, ann, s_start, s_end, article.text) if told else (None, None)
            if cls is None or main is None or not _is_concrete(main, sentence_text, s_start, ann, own_dates, own_places, paragraph, article.text):
                continue
            if main.cls == "riot" and not (cls == "destruction" and _harm_of_the_act(main, harm[1], article.text)):
                continue  # a crowd's burning, or one that harmed no one, stays as before: no incident of its own here
            if cls == "destruction" and _harm_of_the_act(main, harm[1], article.text):
                cls, main = harm  # "set fire to houses, killing two children": people harmed, no mere damage (ACLED)
        event = Event(article_id=article.id, sentence=Span(s_start, s_end, sentence_text))
        set_place(event, ctx, s_start, s_end, paragraph)
        _fill(event, cls, main, ctx, s_start, s_end, merge=False)
        if cls in PROTEST_SEVERITY and cls != "peaceful_protest" and event.actor2 is None:
            _crowd_opponent(event, ctx, s_start, paragraph)
        if previous is not None and _found(COREFERENT_VICTIMS, article.text, s_start, s_end):
            _carry_victims(event, previous)
        _set_date(event, ctx, s_start, s_end, paragraph)
        event.confidence = _confidence(event)
        twin = next((e for e in events if _same_incident(e, event)), None)
        if twin is None and previous is not None and _after_headline(ann, previous_paragraph, paragraph, previous, event):
            _absorb(event, previous)  # the lead tells the headline's incident in full: its sentence is the evidence
            events[-1] = event
            previous, previous_paragraph = event, paragraph
            continue
        if twin is None and previous is not None and previous_paragraph == paragraph and _same_story(previous, event, article.text) and not (
                # a locality the gazetteer does not know, with another count or a word of another incident
                unknown_place and (_counts_apart(previous, event) or _found(ANOTHER_INCIDENT, article.text, s_start, s_end))):
            twin = previous
        if twin is None:
            twin = _retold(events, event, article.text)
        if twin is not None:
            _absorb(twin, event)
            continue
        events.append(event)
        previous, previous_paragraph = event, paragraph
    _headline_toll(events, ctx)
    for index, event in enumerate(events):
        _read_whole_story(event, events[index - 1] if index else None,
                          events[index + 1] if index + 1 < len(events) else None, ctx)
    now = reference_year(article.published)
    # (a date taken from the publication says nothing of when the incident was)
    return [e for e in events if not told_as_history(
        None if e.date_text == "publication date" else e.event_date, e.sentence.text, now)]


def _headline_toll(events: list[Event], ctx: Context) -> None:
    """"Bomb kills 7 in market town" over a lead that tells the bombing with no number: the
    headline's toll is the lead's incident's (the lead is the story the headline sums up). Only
    a headline lifted out of the text (metadata, so its words are no sentence of the text), a
    violent incident in both, and a count the body gives for none of its events; a headline's own
    town other than the lead's tells another incident."""
    article = ctx.article
    title = (article.title or "").strip()
    if not title or not events or title in article.text:
        return
    lead = events[0]
    if lead.event_type not in HURT_TOLL_TYPES:
        return
    if article.paragraphs and not (article.paragraphs[0][0] <= lead.sentence.start < article.paragraphs[0][1]):
        return
    head = annotate(Article(id=article.id, text=title, published=article.published))
    cls, _ = _classify(head.triggers, head, 0, len(title), title)
    if cls is None or CLASS_TYPES[cls][0] not in HURT_TOLL_TYPES:
        return
    if any(p.place.feature not in {"country", "admin1"} and (lead.location or "").casefold() != p.text.casefold()
           for p in head.places if p.role != "organisation"):
        return
    told = Event(article_id=article.id, sentence=Span(None, None, title, source="metadata"))
    set_counts(told, title, 0, len(title), head)
    for name in HEADLINE_COUNTS:
        value, span = getattr(told, name), told.evidence.get(name)
        if value is not None and span is not None and all(getattr(e, name) is None for e in events):
            setattr(lead, name, value)
            lead.evidence[name] = Span(None, None, title, source="metadata")
            if name in told.ranges:
                lead.ranges[name] = told.ranges[name]


# the counts an event tells; a headline's toll carries no arrests
COUNTS = ("fatalities", "injured", "kidnapped", "arrested")
HEADLINE_COUNTS = COUNTS[:3]


# the fire of an arson attack, which may kill more later: no other cause of death
ATTACK_FIRE = re.compile(r"fires?|blazes?", re.IGNORECASE)


def _died_of_another_cause(sentence: str) -> bool:
    """"Two more died in floods on Tuesday": dead of a cause of no one's hand (senses.NATURAL_CAUSE),
    none of the incident just told (not "two more died in the fire": an arson's)."""
    return any(not ATTACK_FIRE.fullmatch(m.group()) for m in NATURAL_CAUSE.finditer(sentence))


def _more_dead_of_a_mishap(ann: Annotations, text: str, s_start: int, s_end: int) -> bool:
    """"A bus crash killed four. Two more died of their injuries": more dead told just after a mishap
    or a natural cause (senses.NATURAL_CAUSE) that the sentence before tells as no incident, with no
    armed actor and no word of violence of their own, are the mishap's dead, not a new attack."""
    told_to = more_dead_told(text, s_start, past_wounds=True)  # ("... died of their injuries": the mishap's hurt)
    before = ann.sentence_before(s_start)
    if told_to is None or before is None or NATURAL_CAUSE.search(text, before[0], before[1]) is None:
        return False
    if VIOLENCE_WORD.search(text, told_to, s_end) is not None or any(
            a.actor.kind in ARMED_KINDS for a in ann.within(ann.actors, s_start, s_end)):
        return False
    told = ann.within(ann.triggers, before[0], before[1])
    return not told or _classify(told, ann, before[0], before[1], text)[0] is None


def _detail_host(events: list[Event], cls: str) -> Event:
    """The incident a detail sentence adds to: the one just told, except that violence told after an
    arrest ("Police arrested two men after the shooting. The attack was the third this month.") is
    more of the violent incident before the arrest, not of the arrest."""
    previous = events[-1]
    if previous.sub_event_type != "Arrests" or CLASS_TYPES[cls][0] not in HURT_TOLL_TYPES:
        return previous
    return next((e for e in reversed(events[:-1]) if e.event_type in HURT_TOLL_TYPES), previous)


# "The guard was hospitalized", "a passer-by suffered injuries": a wound told in words no trigger names.
HURT_ONLY = FastPattern(re.compile(rf"\b(?:was|were|had been|have been|has been)\s+(?:\w+\s+)?(?:hurt|{HOSPITALISED})\b"
                                   rf"|\b{SUFFERED}(?:{HURT_NOUNS}|{FRACTURES})\b", re.IGNORECASE))
# A denial in the wound's own clause, up to its words: "No one was hurt", "The guard was not hurt"
# (not "Two were hurt, none seriously", "... but their lives are not in danger": a denial of something else)
HURT_DENIED = re.compile(r"(?:\b(?:no|not|nobody|none|neither|nor|never|without|escaped|unhurt)\b|n['’]t\b)"
                         r"(?:(?!\bbut\b)[^,;:])*$", re.IGNORECASE)
HURT_TOLL_TYPES = {"Violence against civilians", "Battles", "Explosions/Remote violence"}
BUT_AFTER = re.compile(r"\bbut\b", re.IGNORECASE)


def _hurt_before_but(previous: Event, ann: Annotations, s_start: int, s_end: int, text: str,
                     triggers: list[Trigger]) -> int | None:
    """Where the clause after "but" begins when a sentence tells first, with no trigger, those hurt
    in the incident just told and then an act of its own ("Two others were hurt but police
    arrested a suspect"); else None."""
    hurt = HURT_ONLY.search(text, s_start, s_end)
    but = BUT_AFTER.search(text, hurt.end(), s_end) if hurt is not None else None
    if but is None or any(t.start < but.end() for t in triggers):
        return None
    return but.start() if _hurt_told_after(previous, ann, s_start, but.start(), text) else None


def _hurt_told_after(previous: Event, ann: Annotations, s_start: int, s_end: int, text: str) -> bool:
    """A sentence with no trigger that tells those hurt in the violent incident just told: it names
    the victim back ("The journalist was hurt") or names no place or day of its own."""
    if previous.injured is not None or previous.event_type not in HURT_TOLL_TYPES:
        return False
    hurt = HURT_ONLY.search(text, s_start, s_end)
    if hurt is None:
        return False
    # (a place or a day told after "but" is the hurt's fate, not a scene of its own: "Two others were
    # hurt but were taken to hospital in Kabarnet")
    but = BUT_AFTER.search(text, hurt.end(), s_end)
    wound_end = but.start() if but is not None else s_end
    if ann.within(ann.dates, s_start, wound_end) or HURT_DENIED.search(text, s_start, hurt.end()):
        return False
    sentence = text[s_start:s_end]
    own_places = [p for p in ann.within(ann.places, s_start, wound_end) if p.role != "organisation"]
    return bool(CONTINUATION.match(sentence)) or not any(p.place.feature not in {"country", "admin1"} for p in own_places)


# "The device was defused", "defused the bomb": a device named back by its definite noun
DEVICE_BACK = re.compile(rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:{DEVICE_WORDS}|device|devices|ied)\b", re.IGNORECASE)
# "A bomb was left outside the bank", "planted an explosive device under a car": a device put somewhere, told in the past
_PUT = r"(?:left|placed|planted|hidden|hid|laid|attached|abandoned|found|discovered|spotted)"
DEVICE_PLACED = re.compile(rf"\b{DEVICE_WORDS}\b[^.;]{{0,60}}?\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?{_PUT}\b"
                           rf"|\b{_PUT}\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?{DEVICE_WORDS}\b", re.IGNORECASE)


DEFUSED_WORD = re.compile(r"defus|dismantl|neutrali|disarm|controlled", re.IGNORECASE)


def _device_placed_before(ann: Annotations, text: str, s_start: int, s_end: int, main: Trigger) -> int | None:
    """Where the sentence before starts, when a sentence with no place of its own tells a device named
    back defused ("The device was defused") and that sentence, which tells no act of its own, names the
    device and where it was: the two tell one disrupted bombing."""
    if not DEFUSED_WORD.match(main.text) or not DEVICE_BACK.search(text, s_start, s_end):
        return None
    if any(p.role != "organisation" for p in ann.within(ann.places, s_start, s_end)):
        return None
    before = ann.sentence_before(s_start, same_paragraph=True)
    placed = DEVICE_PLACED.search(text, before[0], before[1]) if before is not None else None
    if placed is None:
        return None
    cls, told = _classify(ann.within(ann.triggers, before[0], before[1]), ann, before[0], before[1], text)
    if cls is not None and not (placed.start() <= told.start and told.end <= placed.end()):
        # (a sentence that tells an act of its own is its own event; "Assailants planted a bomb under
        # a car" tells only the device put there, which the sentence after tells defused)
        return None
    if not any(p.role != "organisation" for p in ann.within(ann.places, before[0], before[1])):
        return None
    return before[0]


# "after the shooting", "during the attack": the act named back by its definite noun
DEFINITE_ACT_BEFORE = re.compile(r"\b(?:after|during|since|in|following)\s+the\s+$", re.IGNORECASE)


def _retold_act(main: Trigger, text: str, s_start: int, own_dates: list[TimeMention], own_places: list[PlaceMention],
                ann: Annotations, s_end: int) -> bool:
    """A sentence whose act is the one just told, named back ("the attackers fled after the
    shooting"): no day, place or count of its own."""
    if main.is_past or own_dates or any(p.place.feature not in {"country", "admin1"} for p in own_places):
        return False
    if not DEFINITE_ACT_BEFORE.search(text, max(s_start, main.start - 20), main.start):
        return False
    # (no count of its own: "two hours" is none)
    return not any(not DURATION_AFTER.match(text, q.span.end) for q in ann.within(ann.quantities, s_start, s_end))


DURATION_AFTER = re.compile(r"\s+(?:minutes?|hours?|days?|weeks?|months?|years?|kilometres?|kilometers?|km|miles?)\b",
                            re.IGNORECASE)


def _another_toll(sentence: str, s_start: int, cls: str, main: Trigger) -> bool:
    """"Another 4 were killed on the bridge": a sentence that only adds to the toll just told, its
    act the killing of the toll itself (not "Another 2 were killed when a bomb went off": an act of its own)."""
    toll = ANOTHER_TOLL.match(sentence)
    return toll is not None and cls in DETAIL_CLASSES and main.end <= s_start + toll.end()


def _places_told_before(ann: Annotations, places: list[PlaceMention], lo: int, hi: int) -> bool:
    """Whether every town-level place of a sentence was already named in its paragraph before it (text[lo:hi])."""
    before = {p.place for p in ann.within(ann.places, lo, hi)}
    return all(p.place in before for p in places if p.place.feature not in {"country", "admin1"})


def _read_whole_story(event: Event, preceding: Event | None, following: Event | None, ctx: Context) -> None:
    """What the sentences around an incident add: the GTD attack type by hierarchy, who claimed it.

    The story runs from the sentence before the incident's (no earlier than the end of the
    paragraph's previous incident: "Two bombers rammed explosives-laden cars into a convoy"
    told the method before the sentence that made the event) to the next incident."""
    text, ann = ctx.article.text, ctx.ann
    p_start, p_end = ann.paragraph_of(event.sentence.start)
    # Backwards, the story reaches only the paragraph's sentence just before: earlier ones tell background.
    before = ann.sentence_before(event.sentence.start, same_paragraph=True)
    story_start = event.sentence.start
    if before and not HABITUAL.search(text, before[0], before[1]):
        story_start = before[0]  # "They have attacked checkpoints with car bombs" is a habit, not this story
    if preceding is not None and p_start <= preceding.sentence.end <= event.sentence.start:
        story_start = preceding.sentence.end
    if preceding is not None and preceding.kidnapped and _found(COREFERENT_VICTIMS, text, event.sentence.start, event.sentence.end):
        # "Ten days later their corpses were found": the hostages' death ends the kidnapping's story
        story_start = min(story_start, preceding.sentence.start)
    story_end = p_end
    if following is not None and p_start <= following.sentence.start < p_end:
        story_end = following.sentence.start
    if event.gtd_attack_type is not None:
        civilian_target = event.inter2 == 7 and event.target_type not in FORCE_TARGETS
        name, span = gtd_attack_type(text, story_start, story_end, civilian_target=civilian_target,
                                     disrupted=event.gtd_attack_type == "Bombing/Explosion" and event.event_type == "Strategic developments")
        event.gtd_attack_type = name
        event.evidence["gtd_attack_type"] = span or event.evidence.get("event_type")  # type: ignore[assignment]
    if event.sub_event_type != "Peaceful protest":
        cap_by_confirmed(event, text, event.sentence.start, story_end)
    divide_across(event, text, p_start, p_end)
    # (first: the parties it swaps decide the claimed author, the GTD target and perpetrator below)
    _bomb_against_forces(event, ctx)
    if event.sub_event_type != "Arrests" and (event.actor1 is None or (event.inter1 == 3 and event.actor1.startswith("Unidentified"))):
        # (a claim of responsibility names an attack's author, never who arrested its suspects)
        claimed = claimed_perpetrator(text, p_start, p_end, ann.actors)
        if claimed is not None:
            _set_actor(event, 1, claimed, ctx)
    if event.gtd_attack_type is not None:
        _gtd_target(event, ctx, story_start, story_end)
        victims = event.evidence.get("actor2")
        if (preceding is not None and preceding.target_type is not None
                and victims is not None and victims == preceding.evidence.get("actor2")):
            # "Ten days later their corpses were found": the hostages taken before, the same target
            event.target_type, event.evidence["target_type"] = preceding.target_type, preceding.evidence["target_type"]
    _battle_sides(event, ctx)
    _host_forces_first(event, ctx)
    if event.sub_event_type == "Government regains territory" and event.inter1 == 8 and event.inter2 == 1:
        # "Russian forces captured Kelm from Ukrainian troops": a foreign state's forces who take a place from the
        # host state's are no government regaining it (ACLED's codebook: a non-state or foreign state actor)
        event.sub_event_type = CLASS_TYPES["territory_taken"][1]
    _set_perpetrator(event, ctx, p_start, p_end)
    _victims_are_civilians(event, ctx)
    if event.inter1 in {1, 8} and _left_the_forces(event, ctx.article.text):
        # "former soldiers attacked a village", "a former bodyguard shot dead an elder": one who left the
        # forces acts for none of them. ACLED codes ex-members of a state's forces as an unidentified
        # armed group (a former private guard stays private security, 8); the GTD's perpetrator is
        # unknown, written as the country's unidentified armed group, as for any unnamed author.
        unidentified = actor_name("Unidentified Armed Group ({country})", event.country or ctx.country)
        if event.inter1 == 1:
            event.actor1, event.inter1 = unidentified, 3
        event.perpetrator = unidentified
        event.evidence["perpetrator"] = event.evidence["actor1"]
    elif event.inter1 in {1, 8} and event.sub_event_type in STATE_ACTS:
        # "troops killed 12 militants", "Turkish jets struck": the GTD records no act of state forces
        event.gtd_attack_type = None
        event.evidence.pop("gtd_attack_type", None)


# "a former bodyguard", "an ex-soldier", "a retired policeman": one who has left the force he is named by
LEFT_FORCE_BEFORE = re.compile(r"\b(?:former|ex-|retired|sacked|dismissed|deserter)\s*(?:[a-z-]+\s+)?$", re.IGNORECASE)


def _left_the_forces(event: Event, text: str) -> bool:
    """Whether actor 1 is named as one who has left the force ("a former bodyguard", "an ex-policeman")."""
    span = event.evidence.get("actor1")
    if span is None or span.start is None:
        return False
    return LEFT_FORCE_BEFORE.search(text, max(0, span.start - 24), span.start) is not None


def _mention_at(span: Span | None, actors: list[ActorMention]) -> ActorMention | None:
    """The actor mention an actor's evidence span is (none where the span came from elsewhere)."""
    return next((a for a in actors if span is not None and (a.start, a.end) == (span.start, span.end)), None)


def _battle_sides(event: Event, ctx: Context) -> None:
    """ACLED's battles have two armed sides: where the sentence leaves one empty ("Two PKK members
    were killed in clashes", "clashes between the army and the PKK"), a named group's other side is
    the forces of the state it fights, and the forces' other side is the one armed group the sentence
    names."""
    if event.event_type != "Battles" or (event.actor1 is None) == (event.actor2 is None):
        return
    known = 2 if event.actor1 is None else 1
    missing = 3 - known
    span = event.evidence.get(f"actor{known}")
    actors = ctx.ann.within(ctx.ann.actors, event.sentence.start, event.sentence.end)
    mention = _mention_at(span, actors)
    if mention is None:
        return
    if mention.actor.kind in ARMED_GROUP_KINDS and mention.actor.enemy is not None:
        # (forces the sentence names but made no side are its source: "..., Iraqi police said")
        country = event.country or ctx.country
        setattr(event, f"actor{missing}", actor_name("Military Forces of {country}", mention.actor.enemy))
        setattr(event, f"inter{missing}", 1 if mention.actor.enemy == country else 8)
        _actor_evidence(event, missing, Span(mention.start, mention.end, mention.text))
        return
    if mention.actor.kind in STATE_FORCE_KINDS:
        groups = {a.actor.name: a for a in actors if a.actor.kind in ARMED_GROUP_KINDS}
        if len(groups) == 1:
            _set_actor(event, missing, next(iter(groups.values())), ctx)


# forces named together: "Kelmish troops and Ostrian soldiers", "Kelmish troops, with Ostrian soldiers"
# (a group's name may take its members' noun: "Wagner Group mercenaries and Malian soldiers")
FORCES_TOGETHER = re.compile(r"(?:\s+(?-i:[a-z][\w-]*))?\s*(?:,\s*)?(?:and|alongside|with|backed by|supported by)\s+(?:the\s+)?|\s*,\s*",
                             re.IGNORECASE)


def _host_forces_first(event: Event, ctx: Context) -> None:
    """"Rwandan troops and Mozambican soldiers recaptured the port": a foreign force acting with the host
    state's own, named beside it, is the host's associate; ACLED names the host's forces actor 1."""
    if event.inter1 != 8 or event.country is None:
        return
    actors = ctx.ann.within(ctx.ann.actors, event.sentence.start, event.sentence.end)
    mention = _mention_at(event.evidence.get("actor1"), actors)
    if mention is None:
        return  # (any external force: "Wagner Group mercenaries and Malian soldiers" are Mali's forces first)
    text = ctx.article.text
    for other in actors:
        if other is mention or other.actor.kind not in STATE_FORCE_KINDS or other.start < mention.end:
            continue
        if FORCES_TOGETHER.fullmatch(text, mention.end, other.start) is None:
            break  # (only the forces told right after it)
        name, inter, _, _ = _actor_value(event, other, ctx)
        if inter == 1 and name != event.actor2:
            _set_actor(event, 1, other, ctx)
        return


def _victims_are_civilians(event: Event, ctx: Context) -> None:
    """ACLED: violence against civilians has civilian victims by definition; a party member, an
    activist or an unarmed protester attacked is coded as a civilian, while state forces attacked
    (named by their post or rank: "stormed a security post") make the attack a battle; with no
    victim named, the civilian target's words ("attacked a bakery") or the act itself back it."""
    if event.event_type != "Violence against civilians" or event.inter2 == 7:
        return
    if event.inter2 in {1, 8} and event.sub_event_type == "Attack":
        event.event_type, event.sub_event_type = CLASS_TYPES["armed_clash"][:2]
        return
    _as_civilians(event, ctx, _victim_words(event, ctx.article.text))


# "a member of the", "the wife of a captain of the": the person harmed, named before the party they belong to.
HEAD_OF_BEFORE = re.compile(r"\b(?:an?|the|one|two|three|four|five|\d+)\s+(?:(?!\w+ed\b)[\w'-]+\s+){1,2}?(?:of|in|from)\s+"
                            r"(?:(?:the|an?|his|her|their)\s+)?(?:(?:(?!\w+ed\b)[\w'-]+\s+){1,2}?(?:of|in|from)\s+(?:(?:the|an?)\s+)?)?$",
                            re.IGNORECASE)


def _attacker_noun(word: str) -> bool:
    """A word that names the attackers ("assailants", "militants"), never whom they harmed."""
    return word in PERPETRATOR_GENERIC or PERPETRATOR_WORDS.fullmatch(word) is not None


# Target types whose words name armed people, no civilians.
ARMED_TARGETS = {"Military", "Police", "Terrorists/Non-State Militia", "Unknown"}
# The GTD's targets that are a state's forces, which its coders do not read as civilians whom a raid harmed, even
# where ACLED counts the man as one (off duty, retired, former)
FORCE_TARGETS = {"Military", "Police"}


def _victim_words(event: Event, text: str) -> Span:
    """The words that name whom a violence against civilians harmed: actor2's own (with the person
    it belongs to: "a member of the KDP"); where those name the attackers (the same actor,
    "assailants"), the civilian target the story named ("a wedding party", a village), else the
    act itself (ACLED's civilians by definition)."""
    victim, attacker = event.evidence.get("actor2"), event.evidence.get("actor1")
    if (victim is None or victim.start is None or event.actor2 == event.actor1 or victim == attacker
            or _attacker_noun(victim.text.lower().split()[-1])):
        target = event.evidence.get("target_type")
        if target is not None and target.start is not None and target != attacker and event.target_type not in ARMED_TARGETS:
            return target
        return event.evidence.get("sub_event_type") or event.sentence
    head = HEAD_OF_BEFORE.search(text, max(event.sentence.start, victim.start - 60), victim.start)
    if head is not None:
        return Span(head.start(), victim.end, text[head.start() : victim.end])
    return victim


# "on Kelmish positions", "at enemy trenches": the forces a position is named by (its nationality)
POSITIONS_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:on|at|against|into)\s+(?:the\s+)?([\w-]+)\s+(?:positions?|trenches|dugouts?|bunkers?)\b")


def _positions_of(text: str, lo: int, hi: int) -> ActorMention | None:
    """The state forces whose positions a strike fell on, named by their nationality, as "<nationality> troops" names them."""
    match = POSITIONS_AFTER.match(text, lo, hi)
    forces = match and lexicon().by_alias.get(f"{match.group(1).lower()} troops")
    if not forces or forces.kind not in STATE_FORCE_KINDS:
        return None
    return ActorMention(match.start(1), match.end(), text[match.start(1) : match.end()], forces)


def _as_civilians(event: Event, ctx: Context, span: Span) -> None:
    """ACLED's civilians as the second party, backed by the words that name the people harmed."""
    event.actor2, event.inter2 = actor_name("Civilians ({country})", event.country or ctx.country), 7
    _actor_evidence(event, 2, span)


FORCES_OWN_ACT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:destroy|detonat|defus|dismantl|seiz|shell|bomb|blew)", re.IGNORECASE)


def _bomb_against_forces(event: Event, ctx: Context) -> None:
    """State forces plant no roadside bombs: forces named as the first party of one ("police forces
    tracking IS were hit by an IED") were its target, and its author is the group the sentence
    names or an unidentified armed group."""
    if event.sub_event_type != "Remote explosive/landmine/IED" or event.inter1 != 1:
        return
    span = event.evidence.get("actor1")
    if span is not None and span.end is not None and FORCES_OWN_ACT.match(ctx.article.text, span.end):
        return  # "Iraqi forces destroyed a booby-trapped car": their own act, told with a bomb word
    sentence = ctx.ann.within(ctx.ann.actors, event.sentence.start, event.sentence.end)
    group = next((a for a in _usable_actors(sentence, ctx.article.text) if a.actor.kind in ARMED_GROUP_KINDS), None)
    event.actor2, event.inter2 = event.actor1, event.inter1
    if span is not None:
        _actor_evidence(event, 2, span, **_actor_parts(event, 1))
    # the target is now the forces, no longer whom the sentence named after them
    forces = _mention_at(span, ctx.ann.actors)
    event.target_type = target_type(forces) if forces is not None else None
    if forces is not None and span is not None:
        event.evidence["target_type"] = span
    else:
        event.evidence.pop("target_type", None)
    if group is not None:
        _set_actor(event, 1, group, ctx)
    else:
        event.actor1, event.inter1 = actor_name("Unidentified Armed Group ({country})", event.country or ctx.country), 3
        _actor_evidence(event, 1, event.evidence["sub_event_type"])


def _set_perpetrator(event: Event, ctx: Context, p_start: int, p_end: int) -> None:
    """The GTD's perpetrator: actor1, except for a disrupted attack (a bomb defused, a drone
    intercepted). ACLED's actor1 there is the forces that stopped it; the GTD's perpetrator is
    the group that planted or launched it, named in the sentence ("planted by X", "a Houthi
    drone") or by the story's claim or attribution, else none (the GTD's "Unknown").
    Named the GTD's way (:func:`gtd_group_name`)."""
    _choose_perpetrator(event, ctx, p_start, p_end)
    event.perpetrator = gtd_group_name(event.perpetrator)


def _choose_perpetrator(event: Event, ctx: Context, p_start: int, p_end: int) -> None:
    if event.sub_event_type != "Disrupted weapons use" or event.gtd_attack_type is None:
        event.perpetrator = event.actor1
        if event.actor1 is not None and "actor1" in event.evidence:
            _evidence_with_parts(event, "perpetrator", event.evidence["actor1"], _actor_parts(event, 1))
        return
    text, ann = ctx.article.text, ctx.ann
    own = event.evidence.get("actor1")
    # (who may have planted or launched a device the forces stopped: a named armed group, not "militants")
    planter = next((a for a in _usable_actors(ann.within(ann.actors, event.sentence.start, event.sentence.end), text)
                    if a.actor.kind in ARMED_GROUP_KINDS and (own is None or not (own.start == a.start and own.end == a.end))
                    and not AIMED_AT.search(text, max(0, a.start - 40), a.start)), None)
    planter = planter or claimed_perpetrator(text, p_start, p_end, ann.actors)
    if planter is not None:
        event.perpetrator, _, span, parts = _actor_value(event, planter, ctx)
        _evidence_with_parts(event, "perpetrator", span, parts)
    elif event.actor1 is not None and event.inter1 not in {1, 8} and not GENERIC_ACTOR.match(event.actor1) and "actor1" in event.evidence:
        event.perpetrator = event.actor1  # the group itself, no forces named
        _evidence_with_parts(event, "perpetrator", event.evidence["actor1"], _actor_parts(event, 1))



def _source_clause(text: str, start: int, end: int) -> int | None:
    """Where the sentence's closing attribution starts: its speakers report, they are no target."""
    clause = _search_in(SOURCE_CLAUSE, text, start, end)
    return clause.start() if clause is not None else None


def _named_party_target(aimed: tuple[str, Span] | None, ctx: Context) -> tuple[str, Span] | None:
    """A word inside a party's own name is the party's type, not the word's: "the Civilian Joint
    Task Force" is a militia, whatever "Civilian" alone would be, and so is the "Armed Forces" of a
    rebel group's name; one who left the group ("a former ... member") is a private citizen."""
    if aimed is None or aimed[1].start is None or aimed[0] not in {"Private Citizens & Property", "Military", "Police"}:
        return aimed
    at = aimed[1].start
    party = next((a for a in ctx.ann.actors if a.start <= at < a.end and a.actor.kind in {"militia", "group"}
                  and (a.end - a.start) > len(aimed[1].text or "")), None)
    if party is None and aimed[1].end is not None and MEMBER_NOUN.fullmatch(aimed[1].text or ""):
        # "a Kelmar Brigades soldier", "two fighters of the Kelmar Brigades": a member of an armed
        # group's own forces is the group's, whatever the word for its men alone would be
        text = ctx.article.text
        # (and a force of the state's named right before its post or patrol: "a Border Guard Corps patrol"
        # is the corps', police or soldiers as the lexicon types it)
        party = next((a for a in ctx.ann.actors if (a.actor.kind in {"militia", "group"} and (
            (a.end <= at and MEMBER_GAP_BEFORE.fullmatch(text, a.end, at))
            or (a.start >= aimed[1].end and MEMBER_GAP_AFTER.fullmatch(text, aimed[1].end, a.start))))
            or (a.actor.kind == "state" and a.actor.target in {"Police", "Military"} and a.end <= at
                and FORCE_GAP_BEFORE.fullmatch(text, a.end, at) is not None)), None)
        if party is not None and (not party.actor.target or target_type(party) in {"Private Citizens & Property", "Unknown"}):
            return aimed
    if party is None:
        return aimed
    former = FORMER_BEFORE.search(ctx.article.text, max(0, party.start - 12), party.start)
    if aimed[0] != "Private Citizens & Property" and former is not None:
        # "a former X member": one who left the group
        return "Private Citizens & Property", Span(former.start(), party.end, ctx.article.text[former.start() : party.end])
    if not party.actor.target or target_type(party) in {"Private Citizens & Property", "Unknown"}:
        return aimed
    return target_type(party), Span(party.start, party.end, party.text)


FORMER_BEFORE = re.compile(r"\b(?:former|ex-)\s*(?:the\s+)?$", re.IGNORECASE)
# the words for a force's men or units that the group named beside them owns ("a Kelmar Brigades
# soldier", "two soldiers of the Kelmar Brigades", "the Third Brigade of the Kelmar Front"), and what
# may stand between them
MEMBER_NOUN = re.compile(r"(?:[\w'’-]+\s+){0,2}?(?:soldiers?|troops|fighters?|members?|personnel|officers?|commanders?|guards?|"
                         r"brigades?|battalions?|regiments?|units?|patrols?|convoys?|(?:out)?posts?|checkpoints?|camps?|bases?|vehicles?)",
                         re.IGNORECASE)
FORCE_GAP_BEFORE = re.compile(r"(?:\s*\((?-i:[A-Z][\w-]{1,10})\))?\s+")  # ("a Border Guard Corps (BGC) patrol")
MEMBER_GAP_BEFORE = re.compile(r"(?:['’]s?)?\s+")  # (no verb between: "the Kelmar Front attacked soldiers" is no member)
# (a unit of the group between them: "an officer of the Third Brigade of the Kelmar Brigades")
MEMBER_GAP_AFTER = re.compile(r"\s+(?:of|from|with|in)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){1,3}?(?:brigade|battalion|regiment|division|unit|"
                              r"company|front|axis)\s+(?:of|from|in)\s+(?:the\s+)?)?", re.IGNORECASE)


# The types a party's post or office reads as by its own words (an official, an office, a member).
PARTY_POST_TYPES = {"Government (General)", "Business", "Private Citizens & Property"}


def _gtd_target(event: Event, ctx: Context, story_start: int, story_end: int) -> None:
    """The GTD target type: what the attack was aimed at, else the victims the story named
    ("two farmers died when it went off"), else the first target noun after the trigger. The
    perpetrator a claim names is no victim, nor are the sources the sentence ends with."""
    text = ctx.article.text
    found: tuple[str, Span] | None = None
    victim = event.evidence.get("actor2")
    source = _source_clause(text, event.sentence.start, event.sentence.end)
    told_by_source = source is not None and victim is not None and victim.start is not None and victim.start >= source
    if told_by_source:
        victim = None  # "..., police officials told reporters": whoever reported it
    # (nor is the agent of a passive: "the assailants were arrested by security forces")
    # (nor a word inside the attacker's own words: the "people" of "Unknown people poisoned a well")
    attacker = event.evidence.get("actor1")
    inside = (victim is not None and victim.start is not None and attacker is not None and attacker.start is not None
              and attacker.end is not None and attacker.start <= victim.start and victim.end is not None and victim.end <= attacker.end)
    own = event.actor2 is not None and (event.actor2 == event.actor1 or inside or (
        victim is not None and victim.start is not None and (named_as_perpetrator(text, victim.start, victim.end)
                                                             or bool(_search_slice(BY_AGENT, text, max(0, victim.start - 30), victim.start)))))
    if own:
        victim = None
    elif event.target_type is not None and event.target_type != "Unknown" and victim is not None:
        found = event.target_type, event.evidence.get("target_type") or victim
    if found is None:
        found = target_from_nouns(text, victim.start, victim.end) if victim is not None and victim.start is not None else None
        trigger = event.evidence.get("event_type")
        found = found or target_from_nouns(text, trigger.start if trigger and trigger.start is not None else event.sentence.start,
                                           event.sentence.end if source is None else source)
    aimed = _named_party_target(gtd_target(text, event.sentence.start, event.sentence.end, story_start, story_end,
                                           ctx.ann.places, found), ctx)
    if source is None or aimed is None or aimed[1].start is None or not (source <= aimed[1].start < event.sentence.end):
        found = aimed
    killed = event.evidence.get("gtd_attack_type") if event.gtd_attack_type == "Assassination" else None
    if killed is not None and killed.start is not None and killed.end is not None:
        # an assassination's target is the prominent person it killed ("ambushed a convoy, killing the
        # ambassador": the ambassador, not the convoy's owner)
        person = target_of_phrase(text, killed.start, killed.end)
        if person is not None and person[0] not in {"Private Citizens & Property"} and (found is None or found[0] != person[0]):
            found = person
    party = party_owner(text, found) if found is not None and found[0] in PARTY_POST_TYPES else None
    if party is not None and not any(a.start < party[2] and party[1] < a.end and a.actor.kind in ARMED_GROUP_KINDS
                                     for a in ctx.ann.actors):
        # (a post in an armed group that calls itself a party, the PKK's, is no political party's)
        found = party[0], Span(party[1], party[2], text[party[1] : party[2]])
    if event.gtd_attack_type == "Hostage Taking (Kidnapping)":
        # whom they took: told in the attack's sentence, or later where a place was what they attacked
        a_place = found is None or (found[0] == "Private Citizens & Property" and (found[1].text or " ")[0].isupper())
        found = _named_party_target(hostages_taken(text, event.sentence.start, story_end if a_place else event.sentence.end), ctx) or found
    if found is not None and students_away_from_school(text, found, story_start, story_end):
        # "opened fire on students at a bus stop", "kidnapped six students on a highway": the GTD's
        # Educational Institution is schools and their staff; students taken or hurt with no school
        # named are private citizens (its subtype "Student")
        found = "Private Citizens & Property", students_span(text, found[1])
    if (found is not None and found[0] == "Private Citizens & Property" and (found[1].text or "").lower() in PROTEST_EVENT_NOUNS
            and victim is not None and victim.start is not None and event.inter2 == 7):
        found = found[0], victim  # "an activist abducted after leaving the protests": the person is the target's words
    if found is not None:
        event.target_type, event.evidence["target_type"] = found
    elif own or told_by_source:
        event.target_type = None
        event.evidence.pop("target_type", None)


# What state forces do themselves (a bomb they found and blew up is still its planters' attack).
STATE_ACTS = {"Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Attack"}
# "a bomb planted near a PKK office", "a drone aimed at the Houthis": the group named there was the target.
AIMED_AT = re.compile(r"\b(?:targeting|targeted|against|aimed at|at|near|outside|inside)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
GENERIC_ACTOR = re.compile(r"(?:unidentified|unknown)\b", re.IGNORECASE)


# A dateless, placeless sentence of these kinds after an incident tells its toll, not a new incident.
# ("Gunmen attacked the district centre. Sixteen policemen were abducted.": one incident)
DETAIL_CLASSES = {"attack_civilians", "armed_clash", "assassination", "kidnap"}
# A work stoppage named by a protest trigger ("went on strike"); senses.AIR_STRIKE_WORD is the air force's.
STRIKE_WORD = re.compile(r"\bstrikes?\b", re.IGNORECASE)
# "went on strike over unpaid wages", "demanding ...": a strike that voices a grievance is a protest.
STRIKE_GRIEVANCE = re.compile(r"\b(?:demand\w*|over|against|(?:in|to) protest|call(?:ing|ed)? for)\b")
# "fired rubber bullets and tear gas into the square, killing one": the crowd force that killed.
FORCE_KILLED = re.compile(r"[^.;]{0,80},\s+killing\b")
# Harm done to a crowd that makes its protest one of force against protesters ("shot dead", "abducted").
CROWD_HARM_CLASSES = {"kill", "execution", "kidnap", "attack"}
PROTEST_SEVERITY = {"peaceful_protest": 0, "protest_intervention": 1, "excessive_force": 2, "violent_demonstration": 3}


def _more_of_the_protest(previous: Event, cls: str) -> bool:
    """"Demonstrators blocked the road in Kut on Monday. 20 were hurt and 30 arrested.": a dateless,
    placeless crowd sentence after a protest tells how that protest went on (its severity was
    already raised by `_escalate`), not a second protest."""
    return cls in PROTEST_SEVERITY and previous.event_type in {"Protests", "Riots"}


def _escalate(cls: str, ann: Annotations, s_end: int, paragraph: tuple[int, int], text: str) -> str:
    """A protest whose next sentences tell of tear gas, deaths or burning tyres is coded by the worst of it."""
    for start, end in ann.sentences:
        if start < s_end or end > paragraph[1]:
            continue
        if any(d.precision == "day" for d in ann.within(ann.dates, start, end)):
            break  # another day, another event
        later, _ = _classify(ann.within(ann.triggers, start, end), ann, start, end, text)
        if later not in PROTEST_SEVERITY:
            later = _crowd_class(ann, start, end, text)
        if later in PROTEST_SEVERITY and PROTEST_SEVERITY[later] > PROTEST_SEVERITY[cls]:
            cls = later
    return cls


def _grievance_after(ann: Annotations, trig: Trigger, text: str) -> bool:
    """Whether the crowd's act is told for a grievance later in its sentence ("..., demanding jobs")."""
    sentence = next(((lo, hi) for lo, hi in ann.sentences if lo <= trig.start < hi), None)
    return sentence is not None and CROWD_GRIEVANCE_AFTER.search(text, trig.end, sentence[1]) is not None


def _outside_demonstration(ann: Annotations, paragraph: tuple[int, int], text: str) -> bool:
    """ACLED: crowd violence with no demonstration told and no forces facing the crowd ("a mob
    torched the shops") is mob violence, not a violent demonstration; rioters who only closed a road
    or a port were still demonstrating."""
    start, end = paragraph
    triggers = ann.within(ann.triggers, start, end)
    return (any(t.cls == "riot" and not t.text.lower().startswith("riot") for t in triggers)
            and not any(t.cls == "protest" for t in triggers)
            # ("residents burned the town hall over power cuts": damage told for a grievance is a demonstration)
            and not any(t.cls == "riot" and _grievance_after(ann, t, text) for t in triggers)
            and not any(a.actor.kind == "state" for a in ann.within(ann.actors, start, end)))


def _crowd_opponent(event: Event, ctx: Context, s_start: int, paragraph: tuple[int, int]) -> None:
    """The security forces a crowd clashed with, named in the sentences that escalated the protest
    (its own, or a later one where forces and crowd meet: forces only deployed or named in passing
    are no party to it)."""
    named = _usable_actors(ctx.ann.within(ctx.ann.actors, s_start, paragraph[1]), ctx.article.text)
    sentences = [(lo, hi) for lo, hi in ctx.ann.sentences if lo < paragraph[1] and hi > s_start]
    met = [(lo, hi) for lo, hi in sentences if lo <= s_start or any(
        t.cls in CROWD_MET for t in ctx.ann.within(ctx.ann.triggers, lo, hi)) or any(
        a.actor.kind in CROWD_KINDS for a in ctx.ann.within(ctx.ann.actors, lo, hi))]
    state = [a for a in named if a.actor.kind in STATE_FORCE_KINDS and not _crowd_grievance(a, ctx.article.text)
             and any(lo <= a.start < hi for lo, hi in met)
             and not _force_protested(a, next(iter(ctx.ann.within(ctx.ann.triggers, a.end, paragraph[1])), None), ctx.article.text)]
    if state and (event.sub_event_type != "Excessive force against protesters" or event.inter1 in {None, 5, 6}):
        _set_actor(event, 2, state[0], ctx)


PROTESTERS_HURT = re.compile(
    r"(?<!against the )(?<!over the )(?<!condemn the )(killed|killing|dead|deaths?)\b[^.]{0,40}(protesters?|demonstrators?)\b|(protesters?|demonstrators?)\b[^.]{0,40}(were |was )?(killed|dead|shot|died|stabbed)"
    r"|(stabbed|injured|wounded|attacked|shot|kidnapped|abducted|fired on|fired at|fired upon|opened fire on|opened fire at)\s+(?:and \w+ )?(?:\w+ ){0,3}"
    r"(protesters?|demonstrators?|activists?|(?:striking|protesting) [\w-]+)\b"
    r"|(protesters|demonstrators)[^.]{0,30}(fired upon|fired on|shot at)")
# A beating with serious injuries told ("severely beaten", "left three in hospital"): ACLED's
# excessive force against protesters, where a plain beating is an intervention.
SERIOUS_BEATING = re.compile(r"\b(?:severely|badly|brutally|savagely|seriously|viciously)\s+(?:beat|beaten)\b"
                             r"|\b(?:hospitali[sz]ed|in (?:a )?critical condition|unconscious|broken (?:bones?|arms?|legs?|skull))\b"
                             r"|\b(?:taken|rushed|admitted) to (?:a |the )?hospital\b|\bleft (?:[\w-]+ ){0,3}in (?:the )?hospital\b")
# A clause of its own with other people in it: "...; an officer was hospitalized", ", while a bystander ..."
OTHER_CLAUSE = re.compile(r";|,?\s+(?:while|whereas|but|meanwhile)\b|\band\s+(?:an?|the|one|two|three|\d+)\s+(?:[\w-]+\s+){0,3}?(?:was|were)\b")


# The beaten named back at the start of a clause: "all three", "both", "they", "two of them", "the students"
VICTIMS_BACK = re.compile(r"\s*(?:all|both|they|each|(?:\w+|all|some|most)\s+of\s+(?:them|the\s+\w+)|the\s+(?:\w+\s+)?(?:victims|protesters|demonstrators|students|"
                          r"activists|men|women|youths|marchers))\b")


def _serious_beating(lowered: str, b_start: int, b_end: int) -> bool:
    """A serious injury told of the beating's own victims: in the clause of the beating (at
    lowered[b_start:b_end]), not of someone another clause names ("police beat protesters; an
    officer was hospitalized after a fall")."""
    lo = 0
    for other in OTHER_CLAUSE.finditer(lowered, 0, b_start):
        lo = other.end()
    hi = b_end
    while (following := OTHER_CLAUSE.search(lowered, hi)) is not None and VICTIMS_BACK.match(lowered, following.end()):
        hi = following.end()  # "...; all three were hospitalised": the beaten, named back
    return SERIOUS_BEATING.search(lowered, lo, following.start() if following is not None else len(lowered)) is not None


# "some of the demonstrators were hurt by the police": force short of killing, ACLED's intervention.
CROWD_INJURED = re.compile(rf"\b(?:protesters?|demonstrators?)\b[^.;]{{0,40}}\b(?:were|was)\s+(?:\w+\s+)?(?:{HURT_STATE})\b")
# "protested the killing of demonstrators", "denouncing the violence against protesters that left
# dozens dead", "after the deadly events that killed 19 protesters", "a vigil for the slain protesters": an earlier killing is the
# crowd's grievance, not what happened to this crowd.
GRIEVANCE_BEFORE = re.compile(r"\b(?:protest(?:s|ed|ing)?|denounc\w*|decr(?:y|ying|ied|ies)|condemn\w*|mourn\w*|vigils?|funerals?|memorials?|against|over|after the|"
                              r"reject\w*|commemorat\w*|in memory of|anger (?:at|over)|outrage (?:at|over))\s+(?:[\w-]+\s+){0,5}$")


# What forces do to a crowd (or it to them) in a later sentence that makes them its opponent.
CROWD_MET = {"intervention", "excessive", "clash", "arrest", "kill", "riot", "attack"}


def _crowd_grievance(mention: ActorMention, text: str) -> bool:
    """"protested against abuses by the police", "angry over being replaced with police forces":
    forces a crowd protests about are its grievance, not the party facing it."""
    return bool(GRIEVANCE_BEFORE.search(text[max(0, mention.start - 60) : mention.start].lower()))


RELEASE_BEFORE = re.compile(r"\b(?:release|releasing|free|freeing)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}$")


# "...carried portraits of a farmer shot dead": someone else named between the crowd and the shooting.
SOMEONE_ELSE = re.compile(r"\bof (?:a|an|the|their|his|her)\b")


def _harm_of_crowd(lowered: str, m: re.Match[str], crowd: int | None, harm: int | None) -> bool:
    """Whether the harm a match tells is this crowd's, not its grievance: none protested before the
    crowd word and, where the crowd comes first (`crowd` and `harm` are those groups), no one else
    named and no protest told between them ("the protesters condemned the death of a farmer
    killed in March", "the demonstrators carried photographs of a man shot by soldiers")."""
    if GRIEVANCE_BEFORE.search(lowered, max(0, m.start() - 60), m.start()):
        return False
    if crowd is None or harm is None or m.group(crowd) is None:
        return True
    between = lowered[m.end(crowd) : m.start(harm)]
    return not (SOMEONE_ELSE.search(between) or GRIEVANCE_BEFORE.search(lowered, max(0, m.start(harm) - 60), m.start(harm)))


def _crowd_harmed(lowered: str) -> bool:
    """Protesters killed, shot or hurt in this sentence, not as the grievance it protests."""
    return any(_harm_of_crowd(lowered, m, 3, 5) and (m.group(8) is None or _harm_of_crowd(lowered, m, 8, 9))
               for m in PROTESTERS_HURT.finditer(lowered))


# "the protesters were shot", "police fired on the crowd": force told of this crowd in a later sentence.
CROWD_SHOT = re.compile(r"(protesters?|demonstrators?)\b[^.]{0,40}\b(killed|dead|shot)\b|\bfired (?:up)?on\b")


def _crowd_fired_on(lowered: str) -> bool:
    """Force told of the crowd itself, read as `_crowd_harmed` reads it (not the earlier death it protests)."""
    return any(_harm_of_crowd(lowered, m, 1, 2) for m in CROWD_SHOT.finditer(lowered))


def _crowd_class(ann: Annotations, start: int, end: int, text: str) -> str | None:
    """A sentence with no protest word of its own can still say what the crowd did or suffered."""
    lowered = text[start:end].lower()
    if re.search(r"clash\w*|threw|molotov|burn\w* (?:\w+ )?(?:tires|tyres)|stormed|set fire|turned violent", lowered) or (
            _forces_hurt(lowered) or CROWD_DAMAGE.search(lowered) or CROWD_FORCING.search(lowered)
            or CROWD_BARRICADE.search(lowered)):
        return "violent_demonstration"
    if _crowd_fired_on(lowered):
        return "excessive_force"
    if re.search(r"tear ?gas|dispers\w*|water cannon|rubber bullets", lowered):
        return "protest_intervention"
    return None


# "in Kolwe", "near Tarvo": a locality the gazetteer does not know is still a place of the sentence's own
UNKNOWN_PLACE = re.compile(r"\b(?:in|near|at|outside)\s+((?-i:[A-Z])[a-z]{2,})\b(?![\w'’-]|\s+(?-i:[A-Z]))")
NOT_PLACE_WORDS = {*MONTH_NAMES, *WEEKDAYS} | {"the", "addition", "total", "response"}


def _unknown_place(text: str, start: int, end: int, previous: Event, ann: Annotations) -> bool:
    """The sentence names a locality of its own that the gazetteer did not place and the sentence
    before did not name: "Gunmen killed two traders in Kolwe" after another incident tells a new one."""
    told = text[previous.sentence.start : previous.sentence.end].lower()
    known = [(p.start, p.end) for p in ann.within(ann.places, start, end)] + [(a.start, a.end) for a in ann.within(ann.actors, start, end)]
    return any(m.group(1).lower() not in NOT_PLACE_WORDS and m.group(1).lower() not in told
               and not any(s < m.end(1) and m.start(1) < e for s, e in known)
               for m in UNKNOWN_PLACE.finditer(text, start, end))


def _toll_of_the_story(triggers: list[Trigger], sentence: str, s_start: int, own_dates: list[TimeMention]) -> bool:
    """A death toll told of "these airstrikes" or "the operation": the incident just told, whose date
    the sentence repeats at most as the day the toll was made known ("announced on May 3 that")."""
    toll = next((t for t in triggers if t.cls == "kill"), None)
    if toll is None or not TOLL_BACK_REFERENCE.search(sentence, toll.end - s_start):
        return False
    return all(d.end <= toll.start and TOLD_ON.search(sentence, 0, toll.start - s_start) for d in own_dates)


def _fate_of_hostages(previous: Event, main: Trigger, text: str, s_start: int) -> bool:
    """A death told of the hostages the previous sentence's kidnapping took: by a hostage noun
    ("the fourth hostage died") or by a name that sentence gave its victim ("Lwin's body was found")."""
    if main.cls not in HOSTAGE_HARM_CLASSES or not previous.kidnapped or previous.sub_event_type != "Abduction/forced disappearance":
        return False
    subject = text[s_start : main.start]
    if HOSTAGE_SUBJECT.search(subject):
        return True
    taken = previous.evidence.get("event_type")
    victims = text[taken.end : previous.sentence.end] if taken is not None and taken.end is not None else ""
    if any(re.search(rf"\b{word.group(1)}\b", victims) for word in NAME_WORD.finditer(subject)):
        return True
    for noun in HOSTAGE_NOUN.finditer(subject):
        word = noun.group().lower()
        stem = re.sub(r"(?<=[^s])s$", "", word)
        if word not in GENERAL_PERSON and re.search(rf"\b{re.escape(stem)}s?\b", victims, re.IGNORECASE):
            return True
    return False


def _hostage_deaths(event: Event, text: str, s_start: int, main: Trigger) -> None:
    """The toll of a hostage's death the sentence gave no number for: one ("his body", "the third
    hostage"), else all of them ("the hostages were killed")."""
    if event.fatalities is not None or event.kidnapped is None:
        return
    told = text[s_start : main.end]
    event.fatalities = 1 if SINGULAR_FATE.search(told) else event.kidnapped
    event.evidence["fatalities"] = Span(s_start, main.end, told)


def _carry_victims(event: Event, previous: Event) -> None:
    """"their mutilated corpses were discovered": the dead are the victims of the event before."""
    victims = previous.kidnapped or previous.fatalities
    if event.fatalities is None and victims and event.sub_event_type == "Attack":
        source = "kidnapped" if previous.kidnapped else "fatalities"
        event.fatalities = victims
        event.evidence["fatalities"] = previous.evidence[source]
    for which in ("actor1", "actor2"):
        inherit = getattr(event, which) is None or (getattr(event, "inter" + which[-1]) == 3 and which == "actor1")
        if inherit and getattr(previous, which) is not None:
            setattr(event, which, getattr(previous, which))
            setattr(event, "inter" + which[-1], getattr(previous, "inter" + which[-1]))
            _actor_evidence(event, int(which[-1]), previous.evidence[which], **_actor_parts(previous, int(which[-1])))


def _same_incident(a: Event, b: Event) -> bool:
    """Two sentences of one article telling the same incident (same type, day and province, and
    nothing that tells them apart: two villages each named, other counts, other named parties)."""
    return (
        a.sub_event_type == b.sub_event_type
        and _days_fit(a, b, undated_fits=False)
        and a.date_precision == "day"
        and (a.admin1_code == b.admin1_code or None in (a.admin1_code, b.admin1_code)
             or (a.actor1, a.actor2) == (b.actor1, b.actor2))
        and not _told_apart(a, b)
        and not ANOTHER_ONE.search(b.sentence.text)
    )


def _own(event: Event, name: str) -> bool:
    """The field's value comes from the event's own sentence (not its paragraph, the article or the publication)."""
    span = event.evidence.get(name)
    return span is not None and span.start is not None and event.sentence.start <= span.start < event.sentence.end


def _placed_apart(a: Event, b: Event) -> bool:
    """Each sentence names its own locality and they differ (not a province and a town in it)."""
    if not (a.location and b.location and _own(a, "location") and _own(b, "location")):
        return False
    if a.location.casefold() == b.location.casefold():
        return False
    # one point under two names ("Kelm", "Kelm City"), not two localities placed at their container's point
    if (a.latitude, a.longitude) == (b.latitude, b.longitude) and a.geo_precision == b.geo_precision == 1:
        return False
    # a province itself and a town in it (not a village placed at its province's point)
    wide = [e for e in (a, b) if _province_itself(e)]
    return not (wide and a.admin1_code == b.admin1_code)


def _province_itself(event: Event) -> bool:
    """The event is placed only in its province ("in Kelm province"), no locality named."""
    return (event.geo_precision or 3) >= 3 and (event.location or "").casefold() == (event.admin1 or "").casefold()


def _counts_apart(a: Event, b: Event) -> bool:
    """Both tell the same count (killed, wounded, taken, arrested) and it differs."""
    return any(getattr(a, n) is not None and getattr(b, n) is not None and getattr(a, n) != getattr(b, n) for n in COUNTS)


def _told_apart(a: Event, b: Event) -> bool:
    """What shows two records of one type are two incidents: each sentence names its own
    locality and they differ, the same count differs, or each names a different perpetrator or
    victim."""
    return _placed_apart(a, b) or _counts_apart(a, b) or _parties_apart(a, b)


def _parties_apart(a: Event, b: Event) -> bool:
    """Each names a different perpetrator (an unidentified group is no name) or victim (also
    one of a different calling: "a farmer" and "a herder", both coded as civilians)."""
    named = [(a.actor1, b.actor1)] if a.actor1 and b.actor1 and not (
        GENERIC_ACTOR.match(a.actor1) or GENERIC_ACTOR.match(b.actor1)) else []
    if any(x != y for x, y in [*named, (a.actor2, b.actor2)] if x is not None and y is not None):
        return True
    callings = {_calling(e) for e in (a, b)}
    return None not in callings and len(callings) == 2


# callings a victim is named by, each with its near synonyms: two victims of different callings
# are two people ("a farmer" ... "a herder"); the same calling, or a general word ("the man",
# "the victim"), may be one person told again
CALLINGS = {word: k for k, words in enumerate((
    ("farmer", "peasant"), ("herder", "herdsman", "herdsmen", "shepherd", "pastoralist", "nomad"),
    ("trader", "merchant", "vendor", "shopkeeper", "businessman", "businesswoman"),
    ("teacher", "lecturer", "professor"), ("student", "pupil", "schoolboy", "schoolgirl"), ("driver",),
    ("imam", "cleric", "priest", "pastor", "preacher", "monk"), ("journalist", "reporter", "photographer"),
    ("doctor", "nurse", "physician", "medic", "paramedic"), ("fisherman", "fishermen"), ("hunter",), ("miner",),
    ("mechanic",), ("tailor",), ("butcher",), ("carpenter",))) for word in words}


def _calling(event: Event) -> int | None:
    """The calling of the victims the event's own sentence names ("a farmer" as its victim or its
    dead), if any."""
    for name in ("actor2", "fatalities", "injured", "kidnapped"):
        span = event.evidence.get(name)
        if span is None or not span.text or not _own(event, name):
            continue
        word = span.text.split()[-1].lower()
        calling = CALLINGS.get(word, CALLINGS.get(word[:-1]) if word.endswith("s") else None)
        if calling is not None:
            return calling
    return None



# "Another two soldiers were killed in Velm", "in a separate attack": the sentence itself says it is not the incident
# told before (a bare "Another 4 were killed" at a place already told is more of its toll: ANOTHER_TOLL, taken first)
ANOTHER_ONE = re.compile(r"\b(?:another|separate(?:ly)?)\b", re.IGNORECASE)


def _days_fit(a: Event, b: Event, *, undated_fits: bool, publication_fits: bool = False) -> bool:
    """The days two tellings give fit one incident: the same day, or (where undated_fits) no day
    resolved for one of them; where publication_fits, a day taken from the publication (or none at
    all) says nothing of the incident's and fits any. (_same_incident, _after_headline and _same_story
    differ only in these; _same_day_or_none is stricter.)"""
    if publication_fits and {a.date_text, b.date_text} & {None, "publication date"}:
        return True
    if a.event_date is None or b.event_date is None:
        return undated_fits
    return a.event_date == b.event_date


def _same_day_or_none(a: Event, b: Event) -> bool:
    """The same day told by both, or no day of its own told by one (the publication's, or none);
    stricter than _days_fit on both other counts: two unresolved days fit only as the same words
    ("May 3" with no year known), and two resolved ones only as days (not weeks or months)."""
    if {a.date_text, b.date_text} & {None, "publication date"}:
        return True
    if a.event_date is None or b.event_date is None:  # (unresolved: "May 3" with no year known)
        return a.event_date is None and b.event_date is None and (a.date_text or "").casefold() == (b.date_text or "").casefold()
    return a.event_date == b.event_date and a.date_precision == b.date_precision == "day"


# "The chief, Emil Varga, was ...", "On Monday the victim was ...": a sentence that opens on a person told before
NAMED_BACK = re.compile(r"(?:(?:On|Early on|Late on)\s+(?:\w+\s+){1,3}?)?(?:The|the)\s+([a-z]+)(?:,\s+(?-i:[A-Z])|\s+(?:was|were|had been)\b)")
NOT_A_PERSON = {"attack", "attackers", "attacks", "killing", "shooting", "police", "army", "military", "government",
                "area", "town", "village", "city", "incident", "bodies", "body", "bomb", "blast", "explosion"}


def _retold(events: list[Event], event: Event, text: str) -> Event | None:
    """The one earlier incident a later sentence tells again ("Gunmen shot dead a village chief in
    Tarvo on Monday" ... "The chief, Emil Varga, was killed as he left the mosque, police said"):
    the same type, a day that is the earlier one's or none of its own (the publication's), a
    place that is the earlier one's or none of its own, the same victims or perpetrator, nothing
    that tells them apart, and no word saying it is another incident. Where the sentence opens on
    the person the earlier one introduced ("a village chief" ... "The chief, Emil Varga,"), a more
    exact place of its own ("as he left a mosque in Velm") tells the same incident. Two earlier
    ones that would fit leave it alone (a round-up of like incidents)."""
    if _found(ANOTHER_INCIDENT, text, event.sentence.start, event.sentence.end):  # (the article's sentence)
        return None
    back = NAMED_BACK.match(event.sentence.text)
    person = back.group(1).lower() if back and back.group(1).lower() not in NOT_A_PERSON else None

    def introduced(e: Event) -> bool:
        return person is not None and re.search(rf"\b(?:an?|one)\s+(?:[\w-]+\s+)?{person}\b", e.sentence.text, re.IGNORECASE) is not None

    fits = [e for e in events if e.sub_event_type == event.sub_event_type and _same_day_or_none(e, event)
            and ((e.actor2 is not None and e.actor2 == event.actor2) or (e.actor1 is not None and e.actor1 == event.actor1))
            and not _counts_apart(e, event) and not _parties_apart(e, event)
            and (not _placed_apart(e, event) or introduced(e))]
    return fits[0] if len(fits) == 1 else None


def _after_headline(ann: Annotations, headline: tuple[int, int] | None, paragraph: tuple[int, int], told: Event, event: Event) -> bool:
    """The incident of a one-sentence headline told again in the paragraph after it, at the same
    place ("Two hurt as man rams bus stop in Tulsa" / "Two people were hurt when ..."): one story."""
    paragraphs = ann.paragraphs
    if len(paragraphs) < 2 or headline != paragraphs[0] or paragraph != paragraphs[1]:
        return False
    if sum(1 for s, _ in ann.sentences if headline[0] <= s < headline[1]) != 1 or told.sub_event_type != event.sub_event_type:
        return False
    # (a headline's date taken from the publication says nothing of the incident's day)
    return _days_fit(told, event, undated_fits=True, publication_fits=True) and (
        told.location == event.location or None in (told.location, event.location)) and not _told_apart(told, event) \
        and not ANOTHER_ONE.search(event.sentence.text)


def _same_story(a: Event, b: Event, text: str) -> bool:
    """Adjacent sentences of one paragraph with the same kind of incident and no date that tells them
    apart, nor a province or a locality of each with another count or a word that says it is another
    incident ("Gunmen killed three farmers in Kelm. Gunmen also shot dead two traders in Velm.",
    "... two more in Velm in the same province")."""
    provinces_apart = _own(a, "location") and _own(b, "location") and None not in (a.admin1_code, b.admin1_code) \
        and a.admin1_code != b.admin1_code
    return a.sub_event_type == b.sub_event_type and _days_fit(a, b, undated_fits=True) and not (
        (provinces_apart or _placed_apart(a, b)) and (_counts_apart(a, b) or _found(ANOTHER_INCIDENT, text, b.sentence.start, b.sentence.end)))


# "wounded", "injured", "hurt": words that tell a hurt who lived (not "was shot": maybe the death told before)
HURT_ALIVE = re.compile(r"\b(?:wound|injur|hurt)", re.IGNORECASE)


def _dead_told_as_shot(dead: Event, shot: Event) -> bool:
    """One telling's "shot" victims are those the other counts dead ("a young man was killed" ...
    "Tarek Odu was shot"): no injury to add."""
    span = shot.evidence.get("injured")
    return (shot.injured is not None and shot.fatalities is None and dead.fatalities is not None
            and shot.injured <= dead.fatalities and span is not None and not HURT_ALIVE.search(span.text or ""))


def _take_fields(kept: Event, other: Event, names: tuple[str, ...], evidenced: tuple[str, ...] | None = None) -> None:
    """The fields `names` come whole from `other`, each with its own evidence (or none)."""
    for name in names:
        setattr(kept, name, getattr(other, name))
    for name in names if evidenced is None else evidenced:
        kept.evidence.pop(name, None)
        if name in other.evidence:
            kept.evidence[name] = other.evidence[name]


def _absorb(kept: Event, other: Event) -> None:
    if _dead_told_as_shot(other, kept):  # the one kept told the dead only as shot
        kept.injured = None
        kept.evidence.pop("injured", None)
    for name in (*COUNTS, "actor2", "money_amount"):
        if name == "injured" and _dead_told_as_shot(kept, other):
            continue
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))
            kept.evidence[name] = other.evidence[name]
            if name == "actor2":
                kept.inter2 = other.inter2
                _actor_evidence(kept, 2, other.evidence["actor2"], **_actor_parts(other, 2))
    # (or only the province, where the other names a locality in it: "in Kelm province" ... "in Tarvo village")
    vaguer = kept.location is not None and _province_itself(kept) and other.location is not None \
        and not _province_itself(other) and other.admin1_code == kept.admin1_code and _own(other, "location")
    if (kept.location is None and other.location is not None and (kept.country in (None, other.country))) or vaguer:
        # the place one sentence names, with its own words as the evidence
        _take_fields(kept, other, PLACE_FIELDS)
    if kept.date_text in (None, "publication date") and other.date_text not in (None, "publication date") \
            and other.event_date is not None:
        _take_fields(kept, other, ("event_date", "date_precision", "date_text"), evidenced=("event_date", "date_precision"))


# "The Taliban denied involvement", "X has rejected any role": a group that says it did not do it
# is named as no author of the story's attack.
DENIED_AFTER = re.compile(r"\s+(?:(?:has|have|had|later|quickly|swiftly|immediately|also|publicly)\s+){0,2}"
                          r"(?:denied|denies|deny|rejected|disowned|distanced (?:itself|themselves) from)\b", re.IGNORECASE)


def _context(article: Article, ann: Annotations) -> Context:
    countries = Counter(p.place.country for p in ann.places if p.place.country)
    iso = {p.place.country: p.place.iso3 for p in ann.places}
    country = countries.most_common(1)[0][0] if countries else None
    groups = [a for a in ann.actors if a.actor.kind == "group" and not DENIED_AFTER.match(article.text, a.end)]
    main_group = None
    if groups:
        name = Counter(a.actor.name for a in groups).most_common(1)[0][0]
        main_group = next(a for a in groups if a.actor.name == name)
    return Context(country, iso.get(country) if country else None, main_group, article, ann)


# --------------------------------------------------------------------------- classification

def _old_war_relic(ann: Annotations, text: str, start: int, end: int) -> bool:
    """Whether the sentence, or the one before it in its paragraph ("Workers unearthed a Second
    World War bomb. It was defused."), tells of a relic of a war long over."""
    before = ann.sentence_before(start, same_paragraph=True)
    return bool(OLD_WAR_RELIC.search(text, before[0] if before else start, end))


def _classify(
    triggers: list[Trigger], ann: Annotations, start: int, end: int, text: str
) -> tuple[str | None, Trigger | None]:
    """The incident class of a sentence and the trigger that decides it."""
    by_cls: dict[str, Trigger] = {}
    violent = {t.cls for t in triggers} & {"kidnap", "execution", "ied", "grenade", "shelling", "air", "suicide", "bodies", "kill"}
    ground = any(t.cls in GROUND_ACTS for t in triggers)
    told_harm = any(t.cls in {"kill", "clash", "attack", "execution"} for t in triggers)
    # "police were deployed to Amara during demonstrations": the move is told, the protest is its setting
    # (unless the crowd itself moved: "hundreds of protesters arrived at central Basra")
    # (or a change of command is: "appointed new police chiefs after the protests", "the governor resigned amid protests")
    moved = any(t.cls in {"movement", "policy", "resignation"} and t.is_past and not CROWD_SUBJECT.search(text, start, t.start) for t in triggers)
    # "a clash between police and residents during a demonstration": the crowd fought, no setting
    crowd_fought = any(t.cls == "clash" for t in triggers) and bool(CROWD_CLASH.search(text[start:end].lower()))
    forces_killed = False
    if (past := [t.start for t in triggers if t.is_past]) and period_toll(text, ann, start, end, past):
        # "8,400 people were killed in attacks in 2020, UN figures said", "hundreds of rebels have been killed
        # in the offensive": a statistic (the aggregate claims records), and what it names is no incident either
        return None, None
    # What the sentence as a whole tells, read once here, not once per trigger below: the years of its
    # own days, and whether something went off (asked only of explosive and air triggers).
    years_told = {d.date.year for d in ann.within(ann.dates, start, end) if d.date is not None and d.precision in {"day", "week", "month"}}
    detonated = any(t.cls in {"ied", "shelling", "air"} for t in triggers) and _found_in(DETONATION, text, start, end)
    for trig in triggers:
        if trig.cls in CROWD_CLASSES and (violent or moved) and not crowd_fought and not trig.is_past and not CROWD_ACT.search(
                text, max(0, trig.start - 30), trig.start) and not PROTEST_UNDERWAY.search(text, max(start, trig.start - 50), trig.start) and (
                PROTEST_CONTEXT.search(text[max(0, trig.start - 30) : trig.start]) or PROTEST_MODIFIER.match(text, trig.end)
                or (violent & BLAST_CLASSES and BLAST_VICTIMS.search(text[max(0, trig.start - 40) : trig.start]))):
            if _forces_killed_at_protest(trig, triggers, ann, text, start):
                forces_killed = True
            else:
                continue  # "kidnapped after treating protesters", "a protest activist was shot": the setting, not the incident
        if trig.cls in by_cls and not (trig.cls in PAST_FIRST_CLASSES and trig.is_past and not by_cls[trig.cls].is_past):
            continue  # its class has its trigger already: the checks below could only drop this one
        if described_person(trig, triggers, text, start, end):
            continue  # "a teacher who marched in the protests was kidnapped": who the victim is, not the incident
        if trig.cls == "kill" and ANIMAL_KILLED.match(text, trig.end):
            continue  # "killed many buffalo": livestock, not people
        if funeral_victim(trig, text, start, end):
            continue  # "at the funeral of a teenager shot by soldiers", "... killed in an ambush": how the one buried died
        if natural_death(trig, ann, text, start, end):
            continue  # "died on May 9 after an illness", "bodies found on a beach": no violence told
        if accidental_blast(trig, ann, text, start, end):
            continue  # "a gas explosion ripped through a restaurant", "a blast at a fireworks factory": a mishap
        if no_strategic_move(trig, ann, start, end):
            continue  # "withdrew $1,200 from a bank", "expelled diplomats": no conflict development
        if unasserted(trig, ann, text, start) or ordinary_arrest(trig, ann, text, start, end):
            continue  # "did not explain why he was held", "arrested on fraud charges": no incident coded
        if arrest_outside_conflict(trig, ann, text, start, end):
            continue  # (policy) an arrest with no political or security word in its paragraph: ordinary crime
        if deal_outside_conflict(trig, ann, text, start, end):
            continue  # "signed an agreement to create a joint venture": no party of a conflict
        if sexual_crime_outside_conflict(trig, ann, text, start, end):
            continue  # (policy) a rape with no armed or state perpetrator told: a crime, not conflict
        if named_by_year(trig, text, start, end, years_told):
            continue  # "since the 1995 assassination of the prime minister": a past incident named as background
        if dated_long_before(trig, ann, text, start, end):
            continue  # "a man who shot a clerk in 2009 was jailed on Tuesday": history beside today's news
        if no_act_told(trig, ann, text, start, end):
            continue  # "the film recreates the siege", "jailed for a bombing in 2018", "test-fired a missile": no incident
        if game_told(trig, ann, text, start, end):
            continue  # "edged the Wolves 23-20. Both packs fought for every inch": a game
        if everyday_sense(trig, text, start, end):
            continue  # "a three-point shot", "a close-fought battle", "an offensive joke": no violence
        if everyday_gathering(trig, text, start, end):
            continue  # "fans gathered to greet the team", "mourners gathered for the funeral": no protest
        if blockade_without_cause(trig, triggers, ann, text, start, end) or crowd_named_only(trig, triggers):
            continue  # "a landslide blocked the highway", "striking doctors would be paid": no protest told
        if roadblock_of_no_crowd(trig, ann, text, start):
            continue  # "police set up roadblocks", "bandits mounted a roadblock": no crowd's protest
        if police_search(trig, ann, text, start, end):
            continue  # "seized during a police raid on a flat": a search, nobody attacked
        if property_crime(trig, ann, text, start, end):
            continue  # "thieves broke into a van and stole the gear": a theft, nobody attacked
        if private_resignation(trig, ann, text, start, end):
            continue  # "resigned from his job at a bank": no office, no political development
        if lone_offender(trig, ann, text, start, end):
            continue  # "the suspect smashed and vandalised two cars": one man's damage is no riot
        timed_by = _search_in(TIME_AFTER_INCIDENT, text, max(start, trig.start - 50), trig.start) if not trig.is_past else None
        if timed_by and any(t.is_past and t.cls in TOLD_ACTS | TOLD_STRATEGIC and (timed_by["interval"] or (t.start > trig.end and "," in text[trig.end : t.start]))
                            for t in triggers if t is not trig):
            # "two weeks after the attack, gunmen killed two traders": the earlier attack dates the killing told
            # (or an arrest or a deployment: "days after the attack, police arrested five suspects")
            # (not "killed 2 militants after jets hit their shelter": how they were killed; only a
            # phrase set off before the act or counting an interval from the earlier incident dates it)
            continue
        if (not trig.is_past and trig.cls not in CROWD_CLASSES and NAMED_BACK_BEFORE.search(text, max(start, trig.start - 30), trig.start)
                and any(t.is_past and t.cls in RESPONSE_ACTS and t.end <= trig.start for t in triggers)):
            # "soldiers arrested two men after the shooting", "... in connection with the attack": an arrest or
            # a move is never how an attack was done; the attack named back is the reason for it
            continue
        if trig.cls in {"clash", "riot"} and AVERTED_BEFORE.search(text, max(start, trig.start - 40), trig.start):
            continue  # "linked arms to avoid any clashes", "an end to violent protests": no violence happened
        if not trig.is_past and BARE_END.match(text, trig.end) and INVESTIGATED_BEFORE.search(text, max(start, trig.start - 40), trig.start):
            continue  # "while detectives probed the stabbing.": an incident told before, looked into now
        if trig.cls == "clash" and not trig.is_past and PERIOD_OF.search(text, max(start, trig.start - 40), trig.start):
            continue  # "in the worst months of the fighting, a magazine reported ...": a time, no incident
        if not trig.is_past and YEARS_SINCE.search(text, max(start, trig.start - 50), trig.start):
            continue  # "gathered to mark 80 years since the battle": a past incident a time is counted from
        if trig.cls in {"ied", "shelling"} and not detonated:
            continue  # "workshops for making explosive devices" exploded nothing
        if aircraft_only(trig, text, start, end) and all(t.cls == "air" for t in triggers) and not detonated:
            continue  # "drones flew over the border": an aircraft named, nothing struck
        if _found_in(ATTEMPTED, text, max(start, trig.start - 40), trig.start) and any(t.is_past and t.cls != trig.cls for t in triggers):
            continue  # "torched a shop and tried to lay mines": the act done is the incident
        if trig.cls in {"ied", "shelling", "grenade", "suicide"} and told_harm and _inert_weapon(trig, text, start):
            continue  # "killed 4 militants and destroyed workshops for making explosive devices"
        if trig.cls in {"air", "shelling"} and ground and AIR_SUPPORT.search(text, max(start, trig.start - 60), trig.start):
            continue  # "troops backed by the air force killed 8 militants": a ground battle
        by_cls[trig.cls] = trig  # (a past act after its class's noun: "a suicide bomber blew himself up", the told act)
    for moved_cls in ("displacement", "movement", "policy"):
        moved_out = by_cls.get(moved_cls)
        if moved_out is not None and (moved_cls == "displacement" or moved_out.is_past) and not (
                moved_cls == "movement" and LEFT_TO_THEM.search(text, start, end)) and all(
                t.cls == moved_cls or (t.start > moved_out.start and REASON_BEFORE.search(
                    text, max(start, t.start - 50), t.start)) for t in triggers):
            return moved_cls, moved_out  # the violence named is only why people left, forces came or a curfew fell
    actors = ann.within(ann.actors, start, end)
    kinds = {a.actor.kind for a in actors}
    lowered = text[start:end].lower()
    stormed = by_cls.get("riot")
    if (stormed is not None and "attack" not in by_cls and "protest" not in by_cls and not kinds & CROWD_KINDS
            and RAID_VERB.fullmatch(stormed.text) and any(a.actor.kind in ARMED_KINDS and a.end <= stormed.start for a in actors)):
        # "troops stormed a hideout of the gunmen": armed men storming a place attack it, no crowd riots
        by_cls["attack"] = Trigger(stormed.start, stormed.end, stormed.text, "attack")
        del by_cls["riot"]
    violent_outcome = any(c in by_cls for c in ("kill", "execution")) or "exploded" in lowered or "detonated" in lowered
    if "strike_call" in by_cls and by_cls["strike_call"].is_past:
        return "strike_call", by_cls["strike_call"]  # "teachers announced a general strike": the call, not a protest yet
    bombed_crowd = "suicide" in by_cls and bool(SUICIDE_WENT_OFF.search(lowered)) and not STOPPED_BOMBER.search(lowered)
    gathering = by_cls.get("protest")
    # (a bomb or grenade thrown is a hit too: "hurled sound bombs at ...", "threw a grenade at ...")
    hit = by_cls.get("attack") or by_cls.get("kill") or by_cls.get("grenade") or by_cls.get("ied")
    if (gathering is not None and hit is not None and hit.start < gathering.start
            and (hit.is_past or THROWN_BEFORE.search(text, max(start, hit.start - 40), hit.start))
            and not any(a.actor.kind in CROWD_KINDS and a.end <= hit.start for a in actors)  # (a crowd that struck)
            and ((gathering.text.lower() in PROTEST_EVENT_NOUNS and GATHERING_SETTING.search(text, max(start, gathering.start - 40), gathering.start))
                 or (gathering.text.lower().startswith("gathered") and AT_THE_GATHERED.fullmatch(text, hit.end, gathering.start)))
            and any(a.actor.kind in NON_STATE_ARMED and a.end <= hit.start for a in actors)):
        # "militia youths assaulted 4 opposition supporters at a rally", "masked men hurled sound bombs at
        # supporters gathered outside the party office": the gathering is where armed men struck, or whom,
        # their attack the event (as a suicide bomb at a march is), no protest
        del by_cls["protest"]
    # ("opened fire on students demonstrating": the fire's own words name the crowd by what it was doing)
    crowd_fired_on = "excessive" in by_cls and CROWD_DOING.search(by_cls["excessive"].text) is not None
    if not bombed_crowd and ("protest" in by_cls or crowd_fired_on or kinds & CROWD_KINDS and (
            "riot" in by_cls or "intervention" in by_cls or "excessive" in by_cls)):
        # ("the police fired on the marchers": force against a crowd, no protest word needed; a suicide bomber
        # who went off at a rally or a march is ACLED's suicide bomb, the gathering only its target)
        anchor = by_cls.get("protest") or by_cls.get("riot") or by_cls.get("intervention") or by_cls.get("excessive")
        crowd_violent = "riot" in by_cls or "rioters" in kinds or (
            "clash" in by_cls and CROWD_CLASH.search(lowered)) or bool(CROWD_DAMAGE.search(lowered)) or (
            "destruction" in by_cls and not kinds & ARMED_KINDS) or bool(_forces_hurt(lowered)) or bool(
            CROWD_BARRICADE.search(lowered)) or bool(CROWD_FORCING.search(lowered))
        harmed_there = bool(PROTEST_UNDERWAY.search(text, max(start, anchor.start - 50), anchor.start))  # (one harmed at it)
        protesters_hurt = bool(by_cls.keys() & CROWD_HARM_CLASSES) and (_crowd_harmed(lowered) or forces_killed or harmed_there)
        # (the crowd control itself killed: "fired tear gas into the square, killing one")
        protesters_hurt = protesters_hurt or ("intervention" in by_cls and bool(FORCE_KILLED.match(lowered, by_cls["intervention"].end - start)))
        if crowd_violent:
            return "violent_demonstration", anchor
        # ("police beat two students in the protest": who was beaten is the trigger's last word)
        beaten = "attack" in by_cls and bool({"beat", "beaten"} & set(by_cls["attack"].text.lower().split()))
        crowd_beaten = "intervention" in by_cls and bool({"beat", "beaten", "beating"} & set(by_cls["intervention"].text.lower().split()))
        beating = by_cls["attack"] if beaten else by_cls["intervention"] if crowd_beaten else None
        if "excessive" in by_cls or protesters_hurt or (beating is not None and _serious_beating(lowered, beating.start - start, beating.end - start)):
            # (a beating that put protesters in hospital: ACLED's serious injury, excessive force)
            return "excessive_force", anchor
        hurt_by_forces = "state" in kinds and bool(CROWD_INJURED.search(lowered))
        if "intervention" in by_cls or beaten or hurt_by_forces or _crowd_arrested(by_cls.get("arrest"), text, start):
            # (a crowd beaten by the police: ACLED's intervention, no lethal force)
            return "protest_intervention", anchor
        if all(STRIKE_WORD.search(t.text) for t in triggers if t.cls == "protest") and not STRIKE_GRIEVANCE.search(lowered):
            # "doctors went on strike for four days": a strike, no demonstration nor grievance (ACLED's Other)
            return "strike_call", anchor
        return "peaceful_protest", anchor
    if "riot" in by_cls and "rioters" in kinds:
        return "violent_demonstration", by_cls["riot"]
    if "riot" in by_cls and by_cls["riot"].is_past and any(_townsfolk_subject(a, by_cls["riot"], text) for a in actors) and not any(
            a.actor.kind in NON_STATE_ARMED and not _suspect(a, text) for a in actors):
        # "youths burned a police station after a man died in custody": the people of a place rioting, not a
        # fight with the forces (a death told as their reason is no harm of theirs)
        return "violent_demonstration", by_cls["riot"]
    if "riot" in by_cls and any(t.cls == "riot" and THROWN.match(t.text) for t in triggers) and not any(
            a.actor.kind in NON_STATE_ARMED and not _suspect(a, text) for a in actors):
        # "party workers pelted police with stones": stones thrown, no armed group's act, are a crowd's riot,
        # its arson too where that is told first ("supporters set fire to offices and threw stones at police")
        return "violent_demonstration", by_cls["riot"]
    rival_fight = _rival_crowds_fought(by_cls, actors, text, start, end)
    if rival_fight is not None:
        return "mob_violence", rival_fight  # "rival groups of taxi drivers fought with sticks": two crowds, no militias
    crowd_fight = _crowd_fought_forces(by_cls, actors, text, start, end)
    if crowd_fight is not None:
        # ACLED: an unarmed crowd fighting the forces riots (a violent demonstration where a demonstration is told)
        low, high = ann.paragraph_of(start)
        demonstration = any(t.cls == "protest" or (t.cls == "riot" and t.text.lower().startswith("riot"))
                            for t in ann.within(ann.triggers, low, high))
        return ("violent_demonstration" if demonstration else "mob_violence"), crowd_fight
    mob_harm = _mob_harm(by_cls, actors, text)
    if mob_harm is not None:
        return "mob_violence", mob_harm  # "an angry mob attacked a shop owner": ACLED's mob violence
    wrecked_by_mob = by_cls.get("destruction")
    if (wrecked_by_mob is not None and wrecked_by_mob.is_past and not violent_outcome
            and not any(a.actor.kind in NON_STATE_ARMED and not _suspect(a, text) for a in actors)
            and any(a.end <= wrecked_by_mob.start and (a.actor.kind == "rioters" or (
                wrecked_by_mob.text.lower().startswith("looted") and _townsfolk_subject(a, wrecked_by_mob, text)))
                    for a in actors)):
        # "an angry mob torched the house of a suspected witch", "youths looted shops": a crowd's damage is ACLED's
        # mob violence, no armed party's property destruction
        return "mob_violence", wrecked_by_mob
    if "suicide" in by_cls and (not SUICIDE_WENT_OFF.search(lowered) or STOPPED_BOMBER.search(lowered)):
        del by_cls["suicide"]  # "killed four would-be suicide bombers": nobody blew up
    if "mass_grave" in by_cls:
        return "mass_grave", by_cls["mass_grave"]  # the discovery is the event, the killing is long past
    gassed_place = "chemical" in by_cls and any(ATTACK_ON_PLACE.search(text, max(start, p.start - 60), p.start)
                                                for p in ann.within(ann.places, start, end))
    special = _codebook_class(by_cls, violent, lowered, gassed_place)
    if special is not None:
        return special
    downed = DRONE_DOWNED.search(text, start, end)
    if downed is not None:
        # ACLED: a drone shot down or intercepted is a disrupted weapons use, not a strike
        armed = re.search(r"explosive|\barmed\b|\bbomb", lowered)
        return ("defused" if armed else "cache"), Trigger(downed.start(), downed.end(), downed.group(), "cache")
    if "clash" in by_cls and CLASH_TOLD.search(lowered):
        return "armed_clash", by_cls["clash"]  # "clashed with IS ... the air force killed 3 others": the fight is the event
    aircraft = AIRCRAFT_TARGETED.search(text, start, end)
    if aircraft is not None:
        # "PKK fighters fired on an army helicopter": an exchange between armed forces
        return "armed_clash", Trigger(aircraft.start(), aircraft.end(1), aircraft.group(1), "clash")
    if "air" in by_cls:
        joint = JOINT_AIR_GROUND.search(text, start, end) if ground or "clash" in by_cls else None
        if joint is not None:
            # "Turkish ground and air forces killed 3 PKK fighters", "airstrikes and ground commandos": a battle
            return "armed_clash", Trigger(joint.start(), joint.end(), joint.group(), "clash")
        return "air", by_cls["air"]  # "airstrikes targeted weapons caches" is an airstrike
    if "cache" in by_cls and not violent_outcome and not kinds & ARMED_GROUP_KINDS and _old_war_relic(ann, text, start, end):
        return None, None  # "a World War II bomb was unearthed and defused": a relic of a war long over, no event
    if "cache" in by_cls and not violent_outcome:
        wrecked = by_cls.get("destruction")
        if wrecked is not None and wrecked.start < by_cls["cache"].start:
            return "destruction", wrecked  # "destroyed an IS hideout and seized weapons": ACLED codes the first act
        cache = by_cls["cache"]
        wrecking = STORE_DESTROYED.search(text, max(start, cache.start - 40), min(end, cache.end + 20))
        if wrecking is not None:
            # "destroyed two IS weapons caches": the store is the property wrecked, the verb says so
            return "destruction", Trigger(wrecking.start(), wrecking.end(), wrecking.group(), "destruction")
        if "ied" in by_cls or re.search(r"explosive devices?|explosives?-laden|\bieds?\b|\bbombs?\b|landmines?|\b(?:rockets?|missiles?|mortars?|grenades?|projectiles?)\b", lowered):
            return "defused", by_cls["cache"]
        return "cache", by_cls["cache"]
    controlled = _controlled_detonation(by_cls.get("ied"), actors, text, start)
    if controlled is not None:
        return "defused", controlled  # "army engineers detonated 20 landmines left by IS"
    if "cache" in by_cls and FOUND_DEVICE.match(by_cls["cache"].text) and not by_cls.keys() & {"suicide", "grenade", "ied", "shelling"}:
        by_cls["ied"] = by_cls["cache"]  # "a bomb hidden in a car was found after it exploded": the bomb went off
    remnant = (by_cls.get("ied") or by_cls.get("kill")) if WAR_REMNANT.search(lowered) else None
    if remnant is not None and MINE_OR_DEVICE.search(lowered) and "group" not in kinds and not CLEARING.search(lowered):
        # ACLED: ordnance left from a past war that goes off today is no attack by anyone now
        return "war_remnant", remnant
    if "clash" in by_cls and CLASH_TOLD.search(lowered):
        return "armed_clash", by_cls["clash"]  # "attacked the village, clashing with security forces and firing mortars"
    repelled = next((t for t in triggers if t.cls == "attack" and _search_slice(REPELLED, text, max(start, t.start - 60), t.start)),
                    None) if "attack" in by_cls and any(w in lowered for w in REPEL_VERBS) else None
    if repelled is not None and "suicide" not in by_cls:
        return "armed_clash", by_cls.get("attack", repelled)  # "the army repelled an IS attack with a car bomb": the attacked fought back
    office_raid = _office_raid(by_cls, ann, text, start)
    if office_raid is not None:
        # "police raided the offices of an opposition party": no fight, a move against a party (ACLED)
        return ("arrest", by_cls["arrest"]) if "arrest" in by_cls and by_cls["arrest"].is_past else ("office_raid", office_raid)
    raid_arrest = _raid_arrest(by_cls, text, start, end)
    if raid_arrest is not None:
        return "arrest", raid_arrest  # "police raided a house and arrested 3 IS suspects": the arrest, no fight
    ground_attack = by_cls.get("clash") or by_cls.get("attack")
    if ground_attack is not None and by_cls.keys() & {"shelling", "grenade", "ied"} and "air" not in by_cls and SMALL_ARMS.search(lowered):
        # "attacked a checkpoint with light weapons and mortars": an armed assault, the shells one of its arms
        cls_found, _ = _by_victim(ground_attack, ann, text, start, end, default=None)
        if cls_found == "armed_clash":
            return "armed_clash", ground_attack
    own = by_cls.get("ied") or by_cls.get("grenade")
    if own is not None and "air" not in by_cls and OWN_BLAST.search(lowered):
        return "own_blast", own  # "an IS militant was killed while planting an IED"
    for cls in ("suicide", "air", "grenade", "ied", "shelling"):
        if cls in by_cls:
            if cls == "shelling" and "cache" in by_cls:
                return "cache", by_cls["cache"]
            return cls, by_cls[cls]
    if "destruction" in by_cls and not violent_outcome and "clash" not in by_cls:
        return "destruction", by_cls["destruction"]
    if "kidnap" in by_cls:
        killing = by_cls.get("execution") or (by_cls["kill"] if "kill" in by_cls and by_cls["kill"].is_past else None)
        if killing is not None and killing.text.lower() not in {"wounded", "injured", "dead"}:
            return _by_victim(killing, ann, text, start, end, default="attack_civilians")  # kidnapped and killed
        return "kidnap", by_cls["kidnap"]
    if "bodies" in by_cls:
        return "attack_civilians", by_cls["bodies"]
    if "execution" in by_cls:
        trig = by_cls["execution"]
        if trig.text.lower().startswith("assassinat"):
            cls_found, _ = _by_victim(trig, ann, text, start, end, default="assassination")
            # an "assassination" of soldiers is fighting with the forces; of a civilian, ACLED's attack
            return ("armed_clash" if cls_found == "armed_clash" else "assassination"), trig
        if trig.text.lower().startswith("lynch"):
            return "mob_violence", trig  # a crowd killing someone it caught: ACLED's mob violence
        return _by_victim(trig, ann, text, start, end, default="attack_civilians")
    if "attack" in by_cls and _property_shot_at(by_cls, ann, text, start, end):
        return "destruction", by_cls["attack"]
    if "territory" in by_cls and by_cls["territory"].is_past:
        return _territory(by_cls["territory"], ann, start), by_cls["territory"]
    if "clash" in by_cls:
        return "armed_clash", by_cls["clash"]
    for cls in ("attack", "kill"):
        if cls in by_cls:
            return _by_victim(by_cls[cls], ann, text, start, end, default=None)
    if "destruction" in by_cls:
        return "destruction", by_cls["destruction"]
    if "riot" in by_cls and not kinds & ARMED_KINDS:
        return "violent_demonstration", by_cls["riot"]
    if "riot" in by_cls:
        return "destruction", by_cls["riot"]  # arson by an armed group is property destruction, not a riot
    if "arrest" in by_cls:
        return "arrest", by_cls["arrest"]
    if "base" in by_cls:
        return "base", by_cls["base"]
    if "movement" in by_cls:
        return "movement", by_cls["movement"]
    if "displacement" in by_cls:
        return "displacement", by_cls["displacement"]
    for cls in ("policy", "resignation"):
        if cls in by_cls:
            return cls, by_cls[cls]
    if "operation" in by_cls:
        return "operation", by_cls["operation"]
    return None, None


def _codebook_class(by_cls: dict[str, Trigger], violent: set[str], lowered: str, gassed_place: bool = False) -> tuple[str, Trigger] | None:
    """ACLED's own types that outrank the acts they come with: a poison gas attack is a chemical
    weapon whatever delivered it, a rape is sexual violence, a deal between parties an agreement,
    a place taken "without a fight" a non-violent transfer, a place taken by force a battle over it."""
    chemical = by_cls.get("chemical")
    if chemical is not None and "cache" not in by_cls and (
            chemical.text.lower().startswith("chemical") or by_cls.keys() & BLAST_CLASSES or GAS_DELIVERED.search(lowered) or gassed_place):
        return "chemical", chemical  # (a gas used as a weapon of war; one man poisoned is an attack on him)
    if "sexual" in by_cls and by_cls["sexual"].is_past and "arrest" not in by_cls:
        return "sexual", by_cls["sexual"]  # ("arrested a man who raped a girl": the arrest)
    taken = by_cls.get("territory") or by_cls.get("movement")
    transfer = by_cls.get("peaceful_transfer")
    if transfer is not None and not violent and not by_cls.keys() & {"clash", "attack"}:
        # (before an agreement: "entered the town unopposed under the peace deal" is the deal carried out)
        if transfer.text.lower().startswith(("handed", "entered", "moved into", "marched into", "rolled into")):
            return "peaceful_transfer", transfer
        if taken is not None:  # ("arrested three men without incident", "the vote passed without incident": no place changed hands)
            # ("took control of the district after the army withdrew without a fight": the taking)
            return "peaceful_transfer", transfer if taken.start > transfer.start else taken
    if "agreement" in by_cls and not violent:
        return "agreement", by_cls["agreement"]
    if (transfer is None and taken is not None and not violent and not by_cls.keys() & {"clash", "attack"}
            and LEFT_TO_THEM.search(lowered)):
        return "peaceful_transfer", taken  # "took over the camp after the peacekeepers withdrew": handed over, no fight
    return None


def _suspect(mention: ActorMention, text: str) -> bool:
    """"two suspected kidnappers", "an alleged thief": a man accused, no armed party in the act."""
    return SUSPECTED_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None


# "rival groups of taxi drivers", "two gangs of football fans": two crowds named by their trade or team, no peoples
# ("operators" only in a group of them, "groups of boda-boda operators": alone it names special forces too)
RIVAL_CROWDS = re.compile(r"\b(?:rival|two|opposing)\s+(?:groups?|gangs?|bands?|crowds?|factions?)\s+of\s+(?:[\w-]+\s+){0,3}?"
                          rf"(?:{CROWD_OF_PEOPLE}|operators)\b|\brival\s+(?:[\w-]+\s+){{0,2}}?(?:{CROWD_OF_PEOPLE})\b"
                          # two parties' followers: "rival party activists", "Kelm League and OPP supporters",
                          # "supporters of the KL and the OPP" (the party politics of South Asia, Africa)
                          r"|\b(?:rival|opposing)\s+(?:[\w-]+\s+){0,2}?(?:supporters|activists|cadres|followers)\b"
                          r"|\band\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:supporters|activists|cadres|followers)\b"
                          r"|\b(?:supporters|activists|cadres|followers)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?and\s", re.IGNORECASE)


def _rival_crowds_fought(by_cls: dict[str, Trigger], actors: list[ActorMention], text: str, start: int, end: int) -> Trigger | None:
    """Two unarmed crowds named by their trade or team fighting each other ("rival groups of motorcycle
    taxi drivers fought with sticks"), with no firearms and no armed party told: ACLED's mob violence,
    rioters on both sides, not a battle of communal militias."""
    clash = by_cls.get("clash")
    if clash is None or not CROWD_FIGHT_VERB.fullmatch(clash.text) or not RIVAL_CROWDS.search(text, start, clash.end):
        return None
    if _crowd_armed(actors, text, start, end) or any(a.actor.kind in ARMED_KINDS and not _suspect(a, text) for a in actors):
        return None
    return clash


def _crowd_fought_forces(by_cls: dict[str, Trigger], actors: list[ActorMention], text: str, start: int, end: int) -> Trigger | None:
    """A fight whose sides are the state's forces and an unarmed crowd named next to the fight word
    ("students clashed with riot police", "police clashed with rioting youths"), with no armed
    group and no arms told: the crowd's clash, not a battle (ACLED's battles need two armed sides)."""
    clash = by_cls.get("clash")
    if clash is None or not CROWD_FIGHT_VERB.fullmatch(clash.text) or _crowd_armed(actors, text, start, end):
        return None
    if not any(a.actor.kind == "state" for a in actors) or any(
            a.actor.kind in NON_STATE_ARMED | {"foreign"} and not _suspect(a, text) for a in actors):
        return None
    sides = [a for a in actors if _clash_side(a, clash, text)]
    if not any(a.actor.kind in STATE_FORCE_KINDS for a in sides) and _two_peoples(sides, clash):
        return None  # "villagers clashed with herders, police said": two peoples fought each other, not the forces
    crowd = CROWD_FIGHTERS.search(text, max(start, clash.start - 60), min(end, clash.end + 60))
    if crowd is not None:
        return clash
    # ("farmers clashed with soldiers": both sides named at the fight word; not "farmers clashed with
    # herders, police said")
    return clash if any(a.actor.kind == "civilians" for a in sides) and any(
        a.actor.kind in STATE_FORCE_KINDS for a in sides) else None


def _two_peoples(sides: list[ActorMention], clash: Trigger) -> bool:
    """A people named on each side of the fight word ("villagers clashed with herders", "clashes
    between farmers and herders"): a fight between two communities."""
    people = [a for a in sides if a.actor.kind == "civilians"]
    return len(people) >= 2 and (any(a.end <= clash.start for a in people) or len({a.start for a in people}) >= 2)


# An aside between a subject and its verb: "villagers then clashed", "police, who later fired",
# "a crowd reportedly beat" (CLASH_SIDE_BEFORE, FORCES_FIRED, BARE_CROWD_SUBJECT, SUBJECT_GAP)
_ASIDE = r"(?:then|later|allegedly|reportedly|also)"
# "farmers clashed with", "clashed with herders", "clashes between fishermen and": the side of a fight
CLASH_SIDE_BEFORE = re.compile(rf"\s+(?:(?:{_ASIDE}|had|have)\s+)?(?:between\s+)?$", re.IGNORECASE)
CLASH_SIDE_AFTER = re.compile(r"\s+(?:with|between)\s+(?:(?:the|local|angry|hundreds\s+of|dozens\s+of)\s+)?(?:[\w-]+\s+)?"
                              # the second of two: "clashes between farmers and (the) herders"
                              r"(?:(?<=between\s)(?:[\w-]+\s+){1,3}?(?:and|&)\s+(?:(?:the|local)\s+)?(?:[\w-]+\s+)?)?$", re.IGNORECASE)


def _clash_side(mention: ActorMention, clash: Trigger, text: str) -> bool:
    """A party that is a side of the fight word, its subject or its object; a people the lexicon names
    as civilians ("farmers", "herders", "traders") so named is an unarmed crowd, whatever its calling."""
    if mention.end <= clash.start:
        return CLASH_SIDE_BEFORE.fullmatch(text, mention.end, clash.start) is not None
    return CLASH_SIDE_AFTER.fullmatch(text, clash.end, mention.start) is not None


# "soldiers opened fire", "police fired live rounds", "police fired on the crowd with rifles", "soldiers
# responded with gunfire": the forces' own fire, no arms of the crowd's (the forces named as the one who
# fires, the arms in the same clause)
# (the forces' relative clause may follow the place and day of the clash: "clashed with riot police in
# Tarvo, Ostria on Monday, who fired gunshots")
_FORCES_WHO = r"(?:,?\s+(?:who\s+)?|\s+(?:in|at|near|outside|on)\s+[^;.]{1,60}?,\s+who\s+)"
FORCES_FIRED = re.compile(rf"{_FORCES_WHO}(?:{_ASIDE}\s+)?$", re.IGNORECASE)
FORCES_FIRED_WITH = re.compile(rf"{_FORCES_WHO}(?:{_ASIDE}\s+)?(?:fired|shot|shooting|firing|responded|used|using)\b"
                               r"(?:(?!\b(?:and|but|while|who|which|after|when|as)\b)[^,;.]){0,50}?$", re.IGNORECASE)
FORCES_ARMS = re.compile(r"opened fire|gun(?:fire|shots?|s)?|rifles?|weapons", re.IGNORECASE)


def _crowd_armed(actors: list[ActorMention], text: str, start: int, end: int) -> bool:
    """Arms told in the sentence that are not the forces' own fire ("... and soldiers opened fire,
    killing five miners", "... and police fired gunshots": the crowd still fought unarmed)."""
    for arms in CROWD_ARMS.finditer(text, start, end):
        word = arms.group()
        if FORCES_ARMS.fullmatch(word):
            gap = FORCES_FIRED if word.lower() == "opened fire" else FORCES_FIRED_WITH
            if any(a.actor.kind in STATE_FORCE_KINDS and a.end <= arms.start() and gap.fullmatch(text, a.end, arms.start())
                   for a in actors):
                continue
        return True
    return False


def _mob_harm(by_cls: dict[str, Trigger], actors: list[ActorMention], text: str) -> Trigger | None:
    """The harm a mob named before it did to someone or to the police, with no armed group told
    (those it caught as suspects are none: "a mob beat two suspected kidnappers to death"): ACLED's
    mob violence; rioters are never a side of a battle."""
    harm = by_cls.get("execution") or by_cls.get("attack") or by_cls.get("kill")
    if harm is None or not harm.is_past or any(a.actor.kind in NON_STATE_ARMED and not _suspect(a, text) for a in actors):
        return None
    return harm if any((a.actor.kind == "rioters" or _townsfolk_subject(a, harm, text)) and a.end <= harm.start
                       for a in actors) or (harm.cls == "execution" and BARE_CROWD_SUBJECT.search(
                           text, max(0, harm.start - 80), harm.start) is not None) else None


# The grievance a crowd's damage is told for, after it: "over fuel prices", "demanding jobs", "in protest at".
CROWD_GRIEVANCE_AFTER = re.compile(
    r"\b(?:demanding|protesting|in protest\b|calling for|over\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:shortages?|prices?|fees|levies|tax(?:es)?|cuts|outages?|arrears|wages|salaries|pay|evictions?|demolitions?"
    r"|dismissals?|results|corruption|neglect|unemployment)\b)", re.IGNORECASE)


# "a crowd burned alive a suspected thief", "a crowd of youths beat him to death": a crowd the lexicon
# names no actor for (a crowd alone may be a peaceful one), told as the subject right before a killing
BARE_CROWD_SUBJECT = re.compile(r"\b(?:crowds?|throngs?)(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
                                rf"\s+(?:{_ASIDE}\s+)?$", re.IGNORECASE)


# "villagers attacked ...", "residents beat ...": the people of a place (or its youths), as a body, who do harm are a mob
# (only the crowd words the actor lexicon names as civilians: it has no actor for "locals" and the rest)
TOWNSFOLK = re.compile(r"(?:villagers|residents|youths)", re.IGNORECASE)
# people named by what they were doing as a crowd ("students demonstrating", "workers who were marching")
CROWD_DOING = re.compile(r"\b(?:demonstrating|protesting|marching|rallying)\b", re.IGNORECASE)
# a riot word of things thrown at someone ("threw stones", "pelted police with bricks", "stone-pelting"): a crowd's act
THROWN = re.compile(r"(?:threw|hurled|throwing|hurling|pelt|stone|brick)", re.IGNORECASE)
SUBJECT_GAP = re.compile(rf"\s+(?:{_ASIDE}\s+)?")


def _townsfolk_subject(mention: ActorMention, harm: Trigger, text: str) -> bool:
    """Whether the mention is a place's people named as a body right before the harm they did (the active voice)."""
    return (mention.actor.kind == "civilians" and TOWNSFOLK.fullmatch(mention.text) is not None
            and SUBJECT_GAP.fullmatch(text, mention.end, harm.start) is not None)


def _forces_killed_at_protest(protest: Trigger, triggers: list[Trigger], ann: Annotations, text: str, start: int) -> bool:
    """"riot police killed three men amid the demonstrations": state forces killing people at a
    protest act against its crowd (a crowd event), unlike an attack the protest only dates."""
    kill = next((t for t in triggers if t.cls in {"kill", "execution"} and t.is_past and t.start < protest.start), None)
    if kill is None or not DURING_BEFORE.search(text, max(start, protest.start - 20), protest.start):
        return False
    before = [a for a in ann.within(ann.actors, start, kill.start)]
    return bool(before) and before[-1].actor.kind == "state"


def _controlled_detonation(ied: Trigger | None, actors: list[ActorMention], text: str, start: int) -> Trigger | None:
    """"sappers blew up 12 mines they had found": state forces blowing up bombs they found
    disrupt them (ACLED: disrupted weapons use), they attack no one."""
    if ied is None or ied.text.lower() not in {"detonated", "blew up", "exploded"}:
        return None
    subject = [a for a in actors if start <= a.start and a.end <= ied.start and ied.start - a.end <= 40 and a.actor.kind != "civilians"]
    if not subject or subject[-1].actor.kind not in STATE_FORCE_KINDS or not DEVICES_AFTER.match(text, ied.end):
        return None
    return ied


def _property_shot_at(by_cls: dict[str, Trigger], ann: Annotations, text: str, start: int, end: int) -> bool:
    """"gunmen opened fire at a party office; no injuries were reported": shots that hit only a
    building damage property (ACLED's property destruction), they attack nobody."""
    if by_cls.keys() & {"kill", "clash", "execution", "kidnap", "bodies"}:
        return False
    fired = PROPERTY_FIRED_AT.search(text, start, end)
    if fired is None or any(a.actor.kind in STATE_FORCE_KINDS for a in ann.within(ann.actors, fired.start(), fired.end())):
        return False  # "fired at the army headquarters": an armed target
    return bool(NOBODY_HURT.search(text, fired.end(), ann.paragraph_of(start)[1]))


def _crowd_arrested(arrest: Trigger | None, text: str, start: int) -> bool:
    """Arrests told of the protest, not its demand: "protested the arrest of a reporter",
    "demanded the release of detained activists", "asked for arrest warrants" intervene in nothing."""
    if arrest is None or not arrest.is_past:
        return False
    before = text[max(start, arrest.start - 60) : arrest.start].lower()
    return not (GRIEVANCE_BEFORE.search(before) or RELEASE_BEFORE.search(before))


def _territory(trig: Trigger, ann: Annotations, start: int) -> str:
    """A place taken by force: state forces who take or retake it regain territory (ACLED), anyone
    else overtakes it."""
    before = ann.within(ann.actors, start, trig.start)
    state = bool(before) and before[-1].actor.kind in STATE_FORCE_KINDS
    return "territory_regained" if state or trig.text.lower().startswith(("re", "regained")) else "territory_taken"


def _raid_arrest(by_cls: dict[str, Trigger], text: str, start: int, end: int) -> Trigger | None:
    """A raid whose told outcome is arrests, with nobody killed, hurt or fired on: ACLED codes the
    arrests (the raid is how they were made), so the arrest trigger, else None."""
    arrest, raid = by_cls.get("arrest"), by_cls.get("attack")
    if arrest is None or raid is None or not (RAID_VERB.fullmatch(raid.text) or raid.text.lower().startswith("raid")):
        return None
    # ("stormed a house on Monday, arresting 3 suspects": the participle after a past raid tells its outcome)
    if not (arrest.is_past or (raid.is_past and raid.end <= arrest.start and arrest.text.lower().endswith("ing"))):
        return None
    if by_cls.keys() & {"kill", "clash", "execution", "kidnap", "ied", "grenade", "shelling", "air", "suicide", "bodies", "sexual"}:
        return None
    return None if raid_used_force(text, start, end) else arrest


def _office_raid(by_cls: dict[str, Trigger], ann: Annotations, text: str, start: int) -> Trigger | None:
    """State forces raiding or storming the offices of a party, a movement or a channel, with
    nobody killed or fought: the raid trigger, else None."""
    if by_cls.keys() & {"kill", "clash", "execution", "kidnap", "ied", "grenade", "shelling", "air", "suicide"}:
        return None
    raid = next((t for t in (by_cls.get("attack"), by_cls.get("riot")) if t is not None and RAID_VERB.fullmatch(t.text)), None)
    if raid is None or not OFFICE_OBJECT.match(text, raid.end):
        return None
    before = [a for a in ann.within(ann.actors, start, raid.start) if not CLAUSE_BREAK.search(text, a.end, raid.start)]
    return raid if before and before[-1].actor.kind == "state" else None


# "a contractor with the defence ministry", "two employees of the police directorate": who works
# for a force without being one of its fighters.
STAFF_OF = re.compile(r"\b(?:associates?|employees?|staff(?:ers?| members?)?|civil servants?|contractors?|workers?|cleaners?|cooks?"
                      r"|drivers?|translators?|interpreters?|clerks?)\s+(?:of|with|for|at|in)\s+(?:the\s+)?(?:[\w'-]+\s+)?$", re.IGNORECASE)


def _unarmed_member(patient: ActorMention, text: str, start: int, end: int) -> bool:
    """A force's victim with no arms in hand: off duty, a spy, or staff who work for it."""
    return bool(UNARMED_MEMBER.search(text, start, end)) or bool(
        STAFF_OF.search(text, max(start, patient.start - 60), patient.start))


def _inert_weapon(trig: Trigger, text: str, start: int) -> bool:
    """A weapon named as what was made, destroyed or defused, unless it went off on the man
    defusing it ("killed while dismantling a bomb") or was on its way to a target."""
    made = INERT_WEAPON_BEFORE.search(text, max(start, trig.start - 60), trig.start)
    if made is None:
        return False
    if DEFUSER_HURT.search(text, max(start, made.start() - 30), made.start()):
        return False
    return not AIMED_AFTER.match(text, trig.end)


# "armed herders", "Fulani herders, who were armed": a calling borne with arms
ARMED_BEFORE = re.compile(r"\b(?:armed|gunmen|militia(?:men)?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _people_by_calling(patient: ActorMention, text: str) -> bool:
    """An identity militia named by a people and a civilian calling ("Fulani herders", "Tiv farmers")
    as whom the act harmed: the people harmed, civilians unless told armed, not the people's militia."""
    if patient.actor.inter != 4 or patient.actor.kind not in ARMED_KINDS:
        return False
    words = patient.text.lower().split()
    if len(words) < 2 or "armed" in words or lexicon().by_alias.get(words[-1]) is None or lexicon().by_alias[words[-1]].kind != "civilians":
        return False
    return ARMED_BEFORE.search(text, max(0, patient.start - 30), patient.start) is None


# those held for their party: "12 members of the opposition Kelm Congress", "dozens of opposition supporters",
# "3 leaders of the ruling party" (an armed group named is an actor mention of its own, which comes first)
_HELD_COUNT = r"(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+|(?:dozens|scores|hundreds)\s+of)\s+)?"
_PARTY_PEOPLE = r"(?:members?|supporters?|activists?|leaders?|officials?|politicians?|workers|cadres)"
PARTY_MEMBERS_HELD = re.compile(
    rf"\s+({_HELD_COUNT}(?:(?:senior|local|prominent|top|\d+)\s+)?(?:"
    rf"{_PARTY_PEOPLE}\s+of\s+(?:the\s+|an?\s+)?(?:(?:opposition|ruling|political)\b(?:\s+[\w'-]+){{0,5}}"
    r"|(?:[A-Z][\w'-]*\s+){0,5}(?:Party|Congress|League|Movement|Alliance|Union|Association)\b)"
    rf"|(?:opposition|party)\s+{_PARTY_PEOPLE}))")


# the object of a killing told by a calling of no armed side that the actor lexicon leaves out as a victim ("shot dead
# a cattle smuggler", "killed two miners"; its civilians, "traders", "farmers", are actor mentions of their own)
CALLING_OBJECT = re.compile(r"\s+(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:smugglers?|miners?|porters?|motorists?|motorcyclists?|rickshaw[- ]pullers?)\b")


def _by_victim(
    trig: Trigger, ann: Annotations, text: str, start: int, end: int, default: str | None
) -> tuple[str | None, Trigger]:
    """Killing or attacking civilians is violence against civilians; armed targets make a battle."""
    if trig.cls == "attack" and _search_slice(REPELLED, text, max(start, trig.start - 60), trig.start):
        return "armed_clash", trig  # "villagers repelled an IS attack": the attacked fought back
    agent, patient = _sentence_roles(None, trig, _usable_actors(ann.within(ann.actors, start, end), text), text)
    if patient is not None:
        if patient.actor.kind == "civilians" and ATTACKERS_FOUGHT.search(text, trig.end, end):
            return "armed_clash", trig  # "attacked a village and were ambushed by residents": they fought back
        if patient.actor.kind in {"civilians", "official", "protesters"}:
            return "attack_civilians", trig
        if patient.actor.kind in ARMED_KINDS and _unarmed_member(patient, text, start, end):
            return "attack_civilians", trig  # "an off-duty soldier", "a spy for the army": no armed role
        if _people_by_calling(patient, text):
            return "attack_civilians", trig  # "killed 4 Tiv farmers": a people named by its calling, no militia
        if patient.actor.kind in ARMED_KINDS:
            return "armed_clash", trig
    forces = agent is not None and agent.actor.kind in STATE_FORCE_KINDS
    if forces and CALLING_OBJECT.match(text, trig.end):
        return "attack_civilians", trig  # "police shot dead a cattle smuggler": people by a calling of no armed side
    # "a retired policeman opened fire in a bar": one who has left the forces acts for none of them, a lone gunman
    left = forces and LEFT_FORCE_BEFORE.search(text, max(0, agent.start - 24), agent.start) is not None
    if forces and not left:
        return "armed_clash", trig
    if default:
        return default, trig
    civilians = any(a.actor.kind == "civilians" for a in ann.within(ann.actors, start, end))
    after = text[trig.end : end]
    armed_target = ARMED_TARGET.search(after)
    office = office_harm(after) if armed_target is not None and armed_target.group(1).lower().startswith("convoy") else None
    if office is not None and not any(a.actor.kind in ARMED_KINDS for a in ann.within(ann.actors, trig.end, end)):
        return office, trig  # "attacked a convoy, killing the ambassador": the office holder's, no armed side
    if armed_target is not None:
        return "armed_clash", trig  # "attacked a checkpoint": the target was armed
    if civilians or CIVILIAN_TARGET.search(after) or left or (agent is not None and agent.actor.kind in NON_STATE_ARMED):
        return "attack_civilians", trig  # one-sided violence against people with no armed role named
    if no_armed_side(_usable_actors(ann.within(ann.actors, start, end), text), ann, start):
        return "attack_civilians", trig  # "a man was stabbed": a battle needs two armed sides
    return "armed_clash", trig


# "..., killing the ambassador", "wounding a provincial governor": a holder of office harmed as the attack's outcome
OFFICE_HARMED = re.compile(rf",?\s+(?:killing|wounding|injuring|kidnapping|abducting)\s+{OFFICE_DETERMINER}(?:[\w-]+\s+){{0,3}}?"
                           rf"{OFFICE_TITLE}s?\b", re.IGNORECASE)
# (not "killing the governor's driver": the holder only owns whom it harmed; the GTD's own check)
OFFICE_HOLDER_HARMED = re.compile(NOT_POSSESSOR)


def office_harm(after: str) -> str | None:
    """The class of an attack on a convoy told with a holder of office harmed after it: an
    assassination where the holder is harmed ("..., killing the ambassador"), an attack on civilians
    where only someone the holder owns is ("..., killing the ambassador's driver"); else None."""
    office = OFFICE_HARMED.search(after)
    if office is None:
        return None
    return "assassination" if OFFICE_HOLDER_HARMED.match(after, office.end()) else "attack_civilians"


def _harm_of_the_act(act: Trigger, harm: Trigger, text: str) -> bool:
    """"burned houses, killing two": a death or wound told as what the act did (a participle after it)
    happened in that act, so the act is an attack on people, not only on property (ACLED)."""
    return (harm.cls in {"kill", "attack", "execution"} and not harm.is_past and act.end <= harm.start
            and bool(PARTICIPLE_AFTER_ACT.fullmatch(text, act.end, harm.start)))


def _is_concrete(
    trig: Trigger, sentence: str, s_start: int, ann: Annotations, own_dates: list[TimeMention],
    own_places: list[PlaceMention], paragraph: tuple[int, int], text: str,
) -> bool:
    """Told as a thing that happened, and anchored in a date, count, place or incident cue."""
    s_end = s_start + len(sentence)
    before = text[s_start : trig.start]
    clause = CLAUSE_SPLIT.split(before)[-1]
    if (_found(HYPOTHETICAL, text, trig.start - len(clause), trig.start)
            or _found(HYPOTHETICAL, text, max(s_start, trig.start - 40), trig.start)):
        return False
    if sentence.rstrip().endswith("?"):
        return False
    # ("12 people have been killed in Gusau, police said": the day's incident in a town, as news tells it)
    if GENERIC_PERFECT.search(before) and not own_dates and not perfect_incident_toll(text, ann, s_start, s_end, trig.start):
        return False
    # "On May 3, workers closed the port. They are protesting ...": the crowd of a dated act just told
    crowd_told = trig.cls == "protest" and bool(CROWD_STILL.fullmatch(before)) and any(
        d.precision == "day" for d in ann.within(ann.dates, paragraph[0], s_start))
    if PRESENT_PROGRESSIVE.search(before) and not own_dates and not crowd_told:
        return False
    # "launched five attacks on army posts" on one named day and place: that day's fighting, no tally (the rule
    # claims reads too, so that a count of incidents is an event or a statistic, never neither nor both)
    days = [one_days_incidents(text, ann, s_start, s_end, q, trig.end) for q in ann.within(ann.quantities, s_start, trig.start)
            if ONE_WORD_GAP.fullmatch(text[q.span.end : trig.start])]
    counted, one_days = not all(days), bool(days) and all(days)
    burst = trig.text.lower().split()[-1] in {"explosions", "blasts"} and bool(ONE_BURST.search(sentence)) and any(
        p.place.feature not in {"country", "region", "admin1"} for p in own_places)
    if trig.is_plural_noun and counted and INCIDENT_NOUN.fullmatch(trig.text.split()[-1]) and not burst:
        return False  # "nine ISIS attacks in January": a count of incidents, an aggregate
    if trig.is_plural_noun and INCIDENT_NOUN.fullmatch(trig.text.split()[-1]) and trig.cls not in {"protest", "riot", "clash", "air", "shelling"} and not any(
        d.precision == "day" for d in own_dates
    ) and not burst and not one_days:
        return False  # "an increase in kidnappings and killings" names a kind of act
    recent = _found(RECENT_NOUN_PHRASE, text, trig.start - len(clause), trig.start)
    attempted = _found_in(ATTEMPTED, text, max(s_start, trig.start - 40), trig.start)
    if trig.cls in {"protest", "riot"}:
        past = True  # protest nouns carry no tense; an anchor is still required below
    else:
        past = (trig.is_past or bool(_search_slice(PASSIVE_BEFORE, text, s_start, trig.start))
                or _noun_with_past_verb(sentence) or recent or attempted)
    if not past:
        return False
    anchored_date = any(d.precision in {"day", "week", "month", "unknown-year"} or d.relative for d in own_dates)
    has_count = any(
        q.unit is None and 0 < q.low < 10_000 for q in ann.within(ann.quantities, s_start, s_start + len(sentence))
    ) or _found(HAS_PERSON, text, s_start, s_end)
    specific_place = any(p.place.feature not in {"country", "region"} for p in own_places) or (
        any(p.place.feature == "country" for p in own_places) and bool(LOCATIVE.search(sentence))) or any(
        p.place.feature == "country" and (PART_OF_COUNTRY.search(text, max(0, p.start - 40), p.start)
                                          or _attacked_locality(p, ann, text, s_start)) for p in own_places)
    cue = bool(INCIDENT_CUE.match(sentence)) or bool(INCIDENT_CUE.match(text[paragraph[0] : paragraph[1]]))
    # "Assailants attempted to kidnap civilians": a failed attack is still an incident told in the past.
    done = trig.is_past or attempted
    # (the day's counted incidents at a place named back, "five attacks in the town": the place told before)
    if anchored_date or cue or crowd_told or (specific_place and has_count) or (specific_place and done) or one_days:
        return True
    # A plain past-tense report ("An explosive device detonated in Wana, Pakistan") of a
    # place, a count or a named party is an incident even without a date in the sentence.
    told_in_past = done or recent or _found(PAST_EVENT_VERB, text, s_start, s_end)
    named = specific_place or any(p.place.feature != "country" for p in own_places) or bool(has_count)
    hedged = _found(HYPOTHETICAL, text, s_start, s_end) or _found(GENERIC_PAST, text, s_start, s_end)
    nominal = trig.is_past and re.search(r"\b(the|of the)\s+$", before)  # "the families of the kidnapped"
    named = named or _lone_killing_headline(trig, s_start, s_end, ann, text)
    return told_in_past and named and not hedged and not nominal


# "Tribal elder shot dead in Qaratapa", "A guard was gunned down near Ostrel Heights": a text that
# is one headline-like line, one person killed in a capitalised place (one the gazetteer may lack)
LONE_VICTIM = re.compile(rf"\s*(?:(?:a|an|one)\s+)?(?:[\w'’-]+\s+){{0,2}}?{SINGLE_PERSON}\s+(?:was\s+)?", re.IGNORECASE)
# (a name may open with an article, "al-Karsa"; the place may be told with what it lies in: "Karsa
# village, Dumo province", "Karsa district of Dumo province"; the killers may be named before it: "by gunmen")
_LONE_NAME = r"(?:(?-i:al|el|Al|El)-)?(?-i:[A-Z][a-z'’-]+)(?:[\s-]+(?-i:[A-Z][a-z'’-]+)){0,2}"
_LONE_UNIT = r"(?:\s+(?:town|village|city|district|area|province|region|county|state))?"
LONE_KILL_PLACE = re.compile(
    r"(?:\s+by\s+(?:(?:unknown|unidentified|suspected|armed|masked)\s+)?(?:gunm[ae]n|assailants?|attackers?|militants?))?"
    r"\s+(?:in|near)\s+(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+)?(?P<place>"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|World|War)\b)"
    rf"{_LONE_NAME}{_LONE_UNIT}(?:(?:,\s*|\s+of\s+){_LONE_NAME}{_LONE_UNIT})?)"
    r"\s*[.!]?\s*", re.IGNORECASE)
LONE_KILL_WORDS = {"killed", "shot dead", "gunned down", "murdered", "assassinated", "executed", "beheaded", "lynched", "stabbed to death"}


def _lone_killing_headline(trig: Trigger, s_start: int, s_end: int, ann: Annotations, text: str) -> bool:
    """The whole text is one sentence that names a person killed somewhere: "Tribal elder shot
    dead in Qaratapa" is an incident though its place is unknown (a bare one-line text that is no
    such headline stays no event)."""
    if len(ann.sentences) != 1 or trig.text.lower() not in LONE_KILL_WORDS or text[:s_start].strip() or text[s_end:].strip():
        return False
    if not LONE_VICTIM.fullmatch(text, s_start, trig.start):
        return False
    place = LONE_KILL_PLACE.fullmatch(text, trig.end, s_end)
    return place is not None and not ann.within(ann.actors, place.start("place"), place.end("place"))


# "Assailants attacked Tarvo, Ostria": the object of the attack is a locality the gazetteer lacks,
# written with its country after it as an address
ATTACKED_LOCALITY = re.compile(r"\b(?:attacked|raided|stormed|overran|invaded|besieged|shelled|bombed|ambushed)\s+"
                               r"((?-i:[A-Z][\w'’-]+)(?:[\s-]+(?-i:[A-Z][\w'’-]+)){0,2}),\s*$", re.IGNORECASE)


def _attacked_locality(country: PlaceMention, ann: Annotations, text: str, s_start: int) -> bool:
    """A country named right after the unknown capitalised name an attack verb takes
    ("attacked Tarvo, Ostria"): the incident is placed, if only in the country (not a party's
    name: "attacked Boko Haram, Nigeria's ..." is no address)."""
    match = ATTACKED_LOCALITY.search(text, max(s_start, country.start - 60), country.start)
    return match is not None and not ann.within(ann.actors, match.start(1), match.end(1))


def _crowd_act_told(
    main: Trigger, triggers: list[Trigger], sentence: str, s_start: int, ann: Annotations,
    own_dates: list[TimeMention], own_places: list[PlaceMention], paragraph: tuple[int, int], text: str,
) -> Trigger | None:
    """"burned tires ..., and threatened more protests if ...": when the crowd word that decided the
    class is hedged, the crowd's act told elsewhere in the sentence anchors the same event."""
    return next((t for t in triggers if t is not main and t.cls in {"protest", "riot"} and t.is_past
                 and _is_concrete(t, sentence, s_start, ann, own_dates, own_places, paragraph, text)), None)


def _noun_with_past_verb(sentence: str) -> bool:
    return bool(re.search(r"\b(\w+ed|took place|went off|hit|struck|shot|killed|left|threw|thrown|blew up|found|broke out|began|responsible for)\b", sentence))


# --------------------------------------------------------------------------- fields

# What money in an incident's sentence was for, by the cue word nearest the amount.
MONEY_PURPOSES = [
    ("ransom", re.compile(r"\bransom(?:s|ed)?\b|\bfor (?:the |his |her |their )?(?:safe )?release\b", re.IGNORECASE)),
    ("extortion", re.compile(r"\b(?:extort\w*|protection money|levies|levy|illegal tax(?:es)?)\b", re.IGNORECASE)),
    ("theft", re.compile(r"\b(?:stole|stolen|steal(?:s|ing)?|loot\w*|robb\w*|heist)\b", re.IGNORECASE)),
    ("reward", re.compile(r"\b(?:rewards?|bount(?:y|ies))\b", re.IGNORECASE)),
    ("compensation", re.compile(r"\bcompensat\w+", re.IGNORECASE)),
    ("damage", re.compile(r"\bdamages?\b", re.IGNORECASE)),
]

HOSTAGE_MONEY = re.compile(r"\b(?:demand(?:ed|ing|s)?|paid|pay(?:ing|s)?)\b", re.IGNORECASE)


def _set_money(event: Event, quantity: Quantity, text: str, start: int, end: int, country: str | None) -> None:
    """The amount, its currency (a shared word such as "rupees" read by the country) and what it was for."""
    event.money_amount = quantity.best
    event.evidence["money_amount"] = quantity.span
    event.money_currency = money_code(quantity.unit, country)  # type: ignore[arg-type]
    if event.money_currency is not None:
        event.evidence["money_currency"] = quantity.span
    nearest: tuple[int, str, Span] | None = None
    for name, pattern in MONEY_PURPOSES:
        for cue in pattern.finditer(text, start, end):
            gap = cue.start() - quantity.span.end if cue.start() >= quantity.span.end else quantity.span.start - cue.end()
            if nearest is None or gap < nearest[0]:
                nearest = (gap, name, Span(cue.start(), cue.end(), cue.group()))
    if nearest is None and (event.kidnapped or event.sub_event_type == "Abduction/forced disappearance"):
        # "kidnapped a shopkeeper and demanded $40,000": money asked or paid for a captive is ransom.
        cue = HOSTAGE_MONEY.search(text, start, end)
        if cue is not None:
            nearest = (0, "ransom", Span(cue.start(), cue.end(), cue.group()))
    if nearest is not None:
        event.money_purpose, event.evidence["money_purpose"] = nearest[1], nearest[2]


def _fill(event: Event, cls: str, trig: Trigger, ctx: Context, start: int, end: int, merge: bool) -> None:
    """Type, actors, counts, money and tactics from one sentence."""
    ann, text = ctx.ann, ctx.article.text
    if not merge or event.event_type is None:
        event_type, sub_type, gtd = CLASS_TYPES[cls]
        event.event_type, event.sub_event_type, event.gtd_attack_type = event_type, sub_type, gtd
        trig_span = Span(trig.start, trig.end, trig.text)
        event.evidence["event_type"] = event.evidence["sub_event_type"] = trig_span
        if gtd:
            event.evidence["gtd_attack_type"] = trig_span
    actors = _usable_actors(ann.within(ann.actors, start, end), text)
    agent, patient = _sentence_roles(cls, trig, actors, text)
    if cls == "agreement" and not actors:
        # "The two sides agreed ...": the parties the sentence before names, the first to the second
        sides = _usable_actors(deal_parties(ann, text, start, end), text)
        agent, patient = (sides[0], next((a for a in sides if a.actor.name != sides[0].actor.name), None)) if sides else (None, None)
    agent, patient = _default_roles(cls, agent, patient, actors, text, trig)
    agent, patient = _blamed_is_no_victim(agent, patient, actors, text)
    patient = _person_at_the_protest(patient, actors, text)
    if cls in ONE_SIDED:
        patient = None  # "sent reinforcements after attacks by IS": IS is no party to the move
    if cls == "displacement" and not (agent is not None and agent.actor.kind in ARMED_KINDS and agent.end <= trig.start
                                      and trig.text.lower().startswith("expelled")):
        agent = patient = None  # those who left are the party; whoever drove them out is only the reason
    displaced = cls == "displacement" and agent is None
    if cls == "office_raid":
        patient = _office_owner(ctx, trig, actors)
    # "5 protesters were stabbed by armed men": a crowd told before unnamed men who harmed it leads the event
    crowd_first = (cls == "excessive_force" and agent is not None and patient is not None and patient.actor.kind == "protesters"
                   and agent.actor.kind == "generic" and patient.start < agent.start)
    if crowd_first:
        agent, patient = patient, agent
    # (a protest whose later sentences tell of deaths: the crowd that protested is still its first party)
    fired_on = cls == "excessive_force" and ((patient is not None and patient.actor.kind in STATE_FORCE_KINDS) or crowd_first
                                             or (agent is None and trig.cls == "protest" and trig.is_past))
    if event.actor1 is None and (cls in CROWD_ACTOR or displaced or fired_on):
        # ACLED codes the crowd by what it did: a violent demonstration's demonstrators are rioters.
        name, inter = CROWD_ACTOR[cls] if cls in CROWD_ACTOR else CROWD_ACTOR["peaceful_protest"] if fired_on else DISPLACED_ACTOR
        evidence = agent if agent is not None and agent.actor.kind in CROWD_KINDS else trig
        event.actor1, event.inter1 = actor_name(name, event.country or ctx.country), inter
        event.evidence["actor1"] = event.evidence["inter1"] = Span(evidence.start, evidence.end, evidence.text)
        if cls == "mob_violence" and trig.cls == "clash" and event.actor2 is None and RIVAL_CROWDS.search(text, start, trig.end):
            event.actor2, event.inter2 = event.actor1, inter  # the rival crowd it fought: rioters too
            event.evidence["actor2"] = event.evidence["inter2"] = event.evidence["actor1"]
    elif event.actor1 is None and agent is not None:
        _set_actor(event, 1, agent, ctx)
    elif event.actor1 is None:
        _default_actor1(event, cls, ctx, trig)
    held = cls == "arrest" and not merge and event.inter1 in ARMED_GROUP_INTER
    if held:
        # "Gunmen stopped and detained a journalist": only the state arrests; an armed group that
        # holds someone abducts them.
        cls = "kidnap"
        event.event_type, event.sub_event_type, event.gtd_attack_type = CLASS_TYPES[cls]
        event.evidence["gtd_attack_type"] = event.evidence["event_type"]
    if event.actor2 is None and patient is not None:
        patient = _other_party(event, patient, actors, ctx)
        _set_actor(event, 2, patient, ctx)
        # (bodies found with no fight told: members of the forces killed out of combat, ACLED's civilians)
        unarmed = patient.actor.kind == "official" or (
            patient.actor.kind in ARMED_KINDS and event.event_type == "Violence against civilians"
            and (_unarmed_member(patient, text, start, end) or trig.cls == "bodies"))
        if unarmed and event.event_type in UNARMED_VICTIM_TYPES:
            # ACLED codes an unarmed official (mayor, mukhtar, judge) or off-duty soldier attacked as a civilian.
            _as_civilians(event, ctx, _victim_words(event, text))
        event.target_type = target_type(patient)
        event.evidence["target_type"] = Span(patient.start, patient.end, patient.text)
    if cls == "excessive_force" and event.inter2 == 7:
        # "killed a student who was participating in a sit-in": whoever is harmed at a protest is its protester
        event.actor2, event.inter2 = actor_name(CROWD_ACTOR["peaceful_protest"][0], event.country or ctx.country), 6
    _enemy_forces(event, agent, patient, ctx)
    if cls == "armed_clash":
        _armed_residents(event, agent, patient, ctx)
    if cls in SEIZED_CLASSES and event.inter1 in {1, 8}:
        _owner_of_seized(event, ctx, actors, trig, agent)
    # (ACLED counts the dead in a mass grave where they were killed, not where they are found)
    if cls != "mass_grave" and (cls != "peaceful_protest" or (merge and event.sub_event_type != "Peaceful protest")):
        # a death makes a protest something else; deaths told in passing are not its toll (but a sentence
        # that only names the protesters still tells the toll of the violent incident it continues)
        set_counts(event, text, start, end, ann)
        if held and event.kidnapped is None and event.arrested is not None:
            event.kidnapped, event.arrested = event.arrested, None
            event.evidence["kidnapped"] = event.evidence.pop("arrested")
    if event.actor2 is None and cls == "mass_grave" and (dead := GRAVE_DEAD.search(text, start, end)) is not None:
        _as_civilians(event, ctx, Span(dead.start(), dead.end(), dead.group()))  # the dead of a grave no side is named for
    if event.actor2 is None and cls == "mob_violence" and (caught := next((a for a in actors if _suspect(a, text)), None)):
        _as_civilians(event, ctx, Span(caught.start, caught.end, caught.text))  # whom a mob catches as suspects: civilians
    if event.actor2 is None and cls == "mob_violence" and (caught_noun := MOB_CAUGHT.search(text, start, end)) is not None:
        # "lynched two suspected thieves", "beat an alleged witch": whom a mob punishes as a wrongdoer is a civilian
        _as_civilians(event, ctx, Span(caught_noun.start(), caught_noun.end(), caught_noun.group()))
    if event.actor2 is None and (event.event_type in UNARMED_VICTIM_TYPES or cls in HARMED_VICTIM_CLASSES) and (
            event.fatalities or event.kidnapped or event.injured or cls in {"kidnap", "attack_civilians", "mob_violence"}):
        _victims_from_nouns(event, ctx, start, end, trig)
    if event.actor2 is None and cls == "arrest" and (party := PARTY_MEMBERS_HELD.match(text, trig.end)) is not None:
        # "arrested 12 members of the opposition Kelm Congress": a party's people, no armed group (ACLED's civilians)
        _as_civilians(event, ctx, Span(party.start(1), party.end(1), party.group(1)))
    if event.actor1 is None and event.event_type == "Battles" and event.inter2 in ARMED_GROUP_INTER and (
            op := STATE_OPERATION.search(text, start, end)) is not None:
        # "four al-Shabaab men died in a joint security operation": the state's forces ran it, the battle's other side
        event.actor1, event.inter1 = actor_name("Military Forces of {country}", event.country or ctx.country), 1
        event.evidence["actor1"] = event.evidence["inter1"] = Span(op.start(), op.end(), op.group())
    if event.actor2 is None and cls == "chemical" and (held := _positions_of(text, trig.end, end)) is not None:
        _set_actor(event, 2, held, ctx)  # "dropped tear gas on Kelmish positions": the forces that hold them
    if event.actor2 is None and cls == "chemical":
        # a poison gas dropped on a place harms whoever lives there: ACLED's civilians, where no other party is named
        harmed = event.evidence.get("fatalities") or event.evidence.get("injured")
        _as_civilians(event, ctx, harmed or Span(trig.start, trig.end, trig.text))
    if event.actor2 is None and event.event_type in UNARMED_VICTIM_TYPES:
        _home_owner(event, ctx, trig.start, end)
    if event.actor2 is None and event.event_type in STRUCK_TYPES and event.inter1 not in {1, 8}:
        _state_target(event, ctx, start, end)
        if trig.cls == "bodies" and event.inter2 == 1 and event.event_type == "Violence against civilians":
            # "the bodies of three missing officers were found": killed out of combat, ACLED's civilians
            _as_civilians(event, ctx, event.evidence["actor2"])
    if event.actor2 is None and (event.event_type == "Riots" or event.sub_event_type == "Looting/property destruction"):
        _property_owners(event, ctx, _modifier_start(text, trig.start, start), end)
    for quantity in ann.within(ann.quantities, start, end):
        if event.money_amount is None and is_money(quantity.unit):
            _set_money(event, quantity, text, start, end, event.country or ctx.country)
    for name, pattern in _TACTICS if _ANY_TACTIC.may_match(text, start, end) else ():
        match = pattern.search(text, start, end)
        if match and name not in event.tactics:
            event.tactics.append(name)
            event.evidence[f"tactics.{name}"] = Span(match.start(), match.end(), text[match.start() : match.end()])


# "a joint security operation", "a major offensive": an operation the state's forces run (not one told as
# another's: "an operation by the coalition", "a Houthi offensive", "the group's offensive")
STATE_OPERATION = re.compile(r"\b(?:(?:joint|military|security|army|counter-?terrorism|combing|clearing)\s+)+operations?\b(?!\s+(?:by|of)\b)"
                             r"|(?:(?<=\ba )|(?<=\ban )|(?<=\bthe ))(?:(?:major|new|fresh|ground|large-scale|military|army|government)\s+)*offensive\b"
                             r"(?!\s+(?:by|of)\b)", re.IGNORECASE)
# "a mass grave containing 20 bodies", "the remains of dozens of people": the dead a grave holds
GRAVE_DEAD = re.compile(r"\b(?:bod(?:y|ies)|corpses?|remains|skeletons?|skulls|victims|the dead)\b", re.IGNORECASE)


def _other_party(event: Event, patient: ActorMention, actors: list[ActorMention], ctx: Context) -> ActorMention:
    """"IS militants attacked a PMF patrol, wounding 5 fighters": fighters that would resolve to
    the attacker itself are the other side, the armed party the sentence names."""
    if patient.actor.kind != "generic" or event.actor1 is None or _actor_value(event, patient, ctx)[0] != event.actor1:
        return patient
    others = [a for a in actors if a.actor.kind in ARMED_KINDS - {"generic"} and _actor_value(event, a, ctx)[0] != event.actor1]
    return others[0] if others else patient


# "1 civilian was also killed", "two passers-by were wounded": people harmed in a fight, not fighting it
BYSTANDER_HARMED = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?(?:killed|wounded|injured|hurt)\b", re.IGNORECASE)


def _armed_residents(event: Event, agent: ActorMention | None, patient: ActorMention | None, ctx: Context) -> None:
    """"villagers clashed with IS militants", "ambushed by local residents": people who fight are
    no civilians to ACLED but a communal militia."""
    for which, mention in ((1, agent), (2, patient)):
        span = event.evidence.get(f"actor{which}")
        if (mention is None or mention.actor.kind != "civilians" or span is None
                or (span.start, span.end) != (mention.start, mention.end)):
            continue
        if BYSTANDER_HARMED.match(ctx.article.text, mention.end):
            # "... and 2 civilians were also killed in the crossfire": a bystander harmed, no side of the fight; the
            # people who fought are those the sentence names otherwise ("residents clashed with IS, 1 civilian was killed")
            fighters = next((a for a in ctx.ann.within(ctx.ann.actors, event.sentence.start, event.sentence.end)
                             if a.actor.kind == "civilians" and a.start != mention.start
                             and not BYSTANDER_HARMED.match(ctx.article.text, a.end)), None)
            if fighters is None:
                setattr(event, f"actor{which}", None)
                setattr(event, f"inter{which}", None)
                for key in [f"actor{which}", f"inter{which}", *(f"actor{which}.{part}" for part in _actor_parts(event, which))]:
                    event.evidence.pop(key, None)
                continue
            _actor_evidence(event, which, Span(fighters.start, fighters.end, fighters.text))
        setattr(event, f"actor{which}", actor_name("Unidentified Communal Militia ({country})", event.country or ctx.country))
        setattr(event, f"inter{which}", 4)


def _enemy_forces(event: Event, agent: ActorMention | None, patient: ActorMention | None, ctx: Context) -> None:
    """"PKK militants killed 2 soldiers" in Iraq: forces the text leaves unnamed, facing a group
    that fights one state, are that state's (Turkey's, an external force in Iraq)."""
    for which, group, forces in ((2, agent, patient), (1, patient, agent)):
        if group is None or forces is None or group.actor.enemy is None or forces.actor.kind != "state":
            continue
        if "{country}" not in forces.actor.name or not forces.text.islower():
            continue  # "Iraqi soldiers", "the Military Forces of Iraq": named
        span = event.evidence.get(f"actor{which}")
        if span is None or (span.start, span.end) != (forces.start, forces.end):
            continue
        inter = 1 if group.actor.enemy == (event.country or ctx.country) else 8
        setattr(event, f"actor{which}", actor_name(forces.actor.name, group.actor.enemy))
        setattr(event, f"inter{which}", inter)
        _actor_evidence(event, which, span, enemy_of=Span(group.start, group.end, group.text))
    for which, militants, forces in ((2, patient, agent), (1, agent, patient)):
        # "Turkish forces killed 4 militants" in Iraq, no group named: the militants Turkey fights there
        if (militants is None or forces is None or militants.actor.kind != "generic" or ctx.main_group is not None
                or militants.text.lower() not in PERPETRATOR_GENERIC or forces.actor.kind not in STATE_FORCE_KINDS
                or " of " not in forces.actor.name or "{country}" in forces.actor.name):
            continue
        span = event.evidence.get(f"actor{which}")
        enemy = fighting(forces.actor.name.split(" of ", 1)[1].removeprefix("the "))
        if enemy is None or span is None or (span.start, span.end) != (militants.start, militants.end):
            continue
        setattr(event, f"actor{which}", actor_name(enemy.name, event.country or ctx.country))
        setattr(event, f"inter{which}", enemy.inter)
        _actor_evidence(event, which, span, enemy_of=Span(forces.start, forces.end, forces.text))


def _owner_of_seized(event: Event, ctx: Context, actors: list[ActorMention], trig: Trigger,
                     agent: ActorMention | None) -> None:
    """"seized an IS weapons cache", "destroyed hideouts used by militants": the armed group whose
    weapons, hideouts or bombs the state forces took or destroyed is the second party, never a
    state force beside them ("backed by army units", "near the police station"), unless the trigger's own words
    name a foreign state's weapons ("shot down 5 Kelmish drones": that state's forces; "an unidentified
    drone" names none). A bomb
    defused or a drone downed whose owner goes unnamed is an unidentified armed group's (ACLED)."""
    if event.inter2 == 1:
        event.actor2 = event.inter2 = None
        for key in ["actor2", "inter2", *(f"actor2.{part}" for part in _actor_parts(event, 2))]:
            event.evidence.pop(key, None)
    if event.actor2 is not None:
        return
    owner = next((a for a in actors if a.start >= trig.start and a is not agent and (
        a.actor.kind in NON_STATE_ARMED or (a.actor.kind == "foreign" and a.end <= trig.end
                                            and not a.actor.name.startswith("Unidentified")
                                            and (agent is None or agent.actor.name != a.actor.name)))), None)
    if owner is None and event.sub_event_type == "Disrupted weapons use":
        owner = _their_group(ctx, event.sentence.start, trig.start)
    if owner is not None:
        _set_actor(event, 2, owner, ctx)
        event.target_type = target_type(owner)
        event.evidence["target_type"] = Span(owner.start, owner.end, owner.text)
    elif event.sub_event_type == "Disrupted weapons use":
        event.actor2, event.inter2 = actor_name("Unidentified Armed Group ({country})", event.country or ctx.country), 3
        event.evidence["actor2"] = event.evidence["inter2"] = Span(trig.start, trig.end, trig.text)


def _usable_actors(actors: list[ActorMention], text: str) -> list[ActorMention]:
    """Drop what a disguise names ("disguised as policemen") and merge "IS fighters" into one."""
    kept: list[ActorMention] = []
    for mention in actors:
        if _no_party(text, mention.start, mention.end):
            continue
        if mention.text.lower() in {"guard", "guards"} and GUARD_MODIFIER.match(text, mention.end):
            continue  # "guard duty", "a guard post": a post or a task, not the guards
        if mention.actor.kind == "civilians" and _part_of_place_name(mention, text):
            continue
        if kept and kept[-1].actor.kind in ARMED_KINDS - {"generic"} and mention.actor.kind == "generic" and mention.start - kept[-1].end <= 2:
            continue  # "IS fighters", "Daesh militants", "PMF fighters": the force names the fighters
        if kept and kept[-1].actor.kind in ("state", "foreign") and "{country}" not in kept[-1].actor.name \
                and mention.actor.kind == "state" and "{country}" in mention.actor.name \
                and 0 < mention.start - kept[-1].end <= 1:
            continue  # "BSF troops", "Rangers personnel": the named force names its men, no second force
        if kept and kept[-1].actor.kind == "civilians" and mention.actor.kind in NON_STATE_ARMED and (
                MEMBERS_TOLD.fullmatch(text, kept[-1].end, mention.start)):
            kept.pop()  # "6 people suspected of links to Al-Shabaab": the group's members, as ACLED codes them
        kept.append(mention)
    return kept


# "people suspected of links to", "men accused of belonging to", "youths believed to be members of": those named
# are told as the armed group's own
MEMBERS_TOLD = re.compile(r"\s*,?\s+(?:who\s+(?:are|were)\s+)?(?:suspected|accused|believed|alleged|said|thought)\s+(?:of|to)\s+"
                          r"(?:(?:have|having|be|being)\s+)?(?:(?:links?|ties|connections?)\s+(?:to|with)|belong(?:ing)?\s+to"
                          r"|(?:members?|fighters?|supporters?|collaborators?)\s+of|(?:linked|affiliated)\s+(?:to|with)"
                          r"|collaborat(?:e|ing)\s+with|work(?:ing)?\s+(?:for|with))\s+(?:the\s+)?", re.IGNORECASE)
# "in Imam Ali street", "near the Sheikh Omar bridge": a title that begins a place's name.
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|into|toward|towards|around|outside)\s+(?:the\s+)?$", re.IGNORECASE)
CAPITAL_NEXT = re.compile(r"\s+(?-i:[A-Z])")


def _part_of_place_name(mention: ActorMention, text: str) -> bool:
    """A capitalised title after "in"/"near" and before another capitalised word names a place, not a person."""
    return (mention.text[:1].isupper() and bool(CAPITAL_NEXT.match(text, mention.end))
            and bool(PLACE_BEFORE.search(text, max(0, mention.start - 15), mention.start)))


@lru_cache(maxsize=1024)
def _no_party(text: str, start: int, end: int) -> bool:
    """Whether the actor named at text[start:end] is a disguise or the report's source, not a
    party to the incident (cached: each sentence's actors are sorted this way several times)."""
    lead_start = max(0, start - 40)
    disguise = _search_slice(DISGUISE, text, lead_start, start)
    if disguise and disguise.end() >= start - lead_start - 1:
        return True  # "disguised as policemen"
    if UNIFORM_AFTER.match(text, end) and WORN_BEFORE.search(text[max(0, start - 30) : start]):
        return True  # "wearing army uniforms", "in PMF military uniforms": the clothes, not the force
    said = _search_slice(ATTRIBUTION_BEFORE, text, max(0, start - 60), start)
    if said and not REPORTED_VERB_AFTER.match(text, end) \
            and not REPORTED_VERB_BEFORE.search(text, max(0, start - 60) + said.end(1), start):
        return True  # "said acting Sinjar Mayor ...": the speaker (not "said 40 rebels were killed": the reported clause's subject)
    if BLAMES_AFTER.match(text, end):
        return True  # "Police attributed the attack to ...": the source of the blame
    if LEADING_SPEAKER.match(text, end):
        return True  # "Police said a man was stabbed": the source of the report
    if onlooker(text, start, end):
        return True  # "police investigated the shooting", "(City Police/PA)": not a party
    # "..., a local official said.": the source of the report
    return bool(TRAILING_SPEAKER.match(text, end) and SPEAKER_LEAD.search(text[max(0, start - 40) : start]))


# a weapon thrown ("hurled sound bombs", "threw a hand grenade"): a hit, as an attack verb is
THROWN_BEFORE = re.compile(r"\b(?:threw|thrown|hurled|lobbed|tossed)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# the people a hit is aimed at, up to a gathering told of them ("hurled bombs at opposition supporters
# gathered outside", "opened fire on worshippers gathered at"): the gathered are its victims
AT_THE_GATHERED = re.compile(r"\s+(?:at|on|upon|into|towards?)\s+(?:[\w'’-]+\s+){1,4}", re.IGNORECASE)
# A gathering told as the place of an act: "at a rally", "during the march"
GATHERING_SETTING = re.compile(r"\b(?:at|during)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# Words that name a protest, not its people ("the protests", "a rally"); "protesters" name people.
PROTEST_EVENT_NOUNS = {"protest", "protests", "demonstration", "demonstrations", "sit-in", "sit-ins", "rally", "march"}
# "a teacher who marched in the protests", "a student on his way back from a rally": the person's own clause
PERSON_CLAUSE = re.compile(r"[^.;,()]{0,80}")


def _person_at_the_protest(patient: ActorMention | None, actors: list[ActorMention], text: str) -> ActorMention | None:
    """A protest named as the victim stands for the person the same words name ("a teacher who marched
    in the protests was kidnapped", "a protest activist"): the person harmed, not the crowd."""
    if patient is None or patient.actor.kind != "protesters" or patient.text.lower() not in PROTEST_EVENT_NOUNS:
        return patient
    after = next((a for a in actors if a.start > patient.end and not text[patient.end : a.start].strip()), None)
    if after is not None and after.actor.kind == "civilians":
        return after  # "a protest activist"
    before = [a for a in actors if a.end <= patient.start and PERSON_CLAUSE.fullmatch(text, a.end, patient.start)]
    return before[-1] if before and before[-1].actor.kind == "civilians" else patient


def _blamed_is_no_victim(
    agent: ActorMention | None, patient: ActorMention | None, actors: list[ActorMention], text: str
) -> tuple[ActorMention | None, ActorMention | None]:
    """The group an attribution names ("officials attributed the raid to X") did the act: never its
    victim; the victims are the other party the sentence names, and X leads where no one else does."""
    if patient is None or not blamed_by_name(text, patient.start):
        return agent, patient
    if agent is not None and BLAMES_AFTER.match(text, agent.end):
        agent = None  # "officials accused X of the raid": who blames is no party to the act
    others = [a for a in actors if a is not patient and a is not agent and a.actor.name != patient.actor.name
              and a.actor.kind != "generic" and not blamed_by_name(text, a.start) and not BLAMES_AFTER.match(text, a.end)]
    return agent or patient, others[0] if others else None


def _sentence_roles(
    cls: str | None, trig: Trigger, actors: list[ActorMention], text: str
) -> tuple[ActorMention | None, ActorMention | None]:
    """Who acted and who suffered: sentence shapes first ("clashes between X and Y", "two tribes",
    "2 policemen were injured by ..."), then word order around the trigger."""
    if not actors:
        return None, None
    lo, hi = actors[0].start, actors[-1].end
    sentence_start = text.rfind("\n", 0, lo) + 1
    between = _search_in(BETWEEN, text, max(sentence_start, trig.start - 80), hi)
    if between and cls in {None, "armed_clash", "attack_civilians", "violent_demonstration", "mob_violence"}:
        sides = [a for a in actors if a.start >= between.end()]
        if len(sides) >= 2 and sides[0].actor.name != sides[1].actor.name:
            return sides[0], sides[1]
    if cls == "armed_clash" and CROWD_FIGHT_VERB.fullmatch(trig.text):
        peoples = [a for a in actors if a.actor.kind == "civilians" and _clash_side(a, trig, text)]
        if len(peoples) >= 2 and peoples[0].text.lower() != peoples[1].text.lower() and _two_peoples(peoples, trig):
            # "villagers clashed with herders": each people that fights is a communal militia (see _armed_residents)
            return peoples[0], peoples[1]
    militia = [a for a in actors if a.actor.kind == "militia"]
    two_sides = _search_in(TWO_SIDES, text, sentence_start, hi)
    if two_sides is not None and FREED_BEFORE.search(text, max(0, two_sides.start() - 25), two_sides.start()):
        two_sides = None  # "freeing 2 families", "killing two clansmen": whom the act touched, not two sides fighting
    if militia and two_sides:
        return militia[0], militia[0]  # "two tribes clashed": both sides are tribal militias
    if two_sides and cls == "armed_clash":
        # "armed clashes between two families": each family that fights is a communal militia (see _armed_residents)
        kin = next((a for a in actors if a.actor.kind == "civilians" and two_sides.start() <= a.start and a.end <= two_sides.end()), None)
        if kin is not None:
            return kin, kin
    agent, patient = _voice_roles(cls, trig, actors, text, lo, hi)
    attributive = next((a for a in actors if a.actor.kind in ARMED_KINDS and ATTRIBUTIVE_ATTACK.match(text, a.end)), None)
    if (attributive is not None and cls in ATTRIBUTIVE_CLASSES and agent is not attributive
            and not (agent is not None and _search_slice(BY_AGENT, text, max(0, agent.start - 30), agent.start))
            and not _search_slice(REPELLED, text, max(0, attributive.start - 60), attributive.start)
            and not REASON_BEFORE.search(text, max(0, attributive.start - 50), attributive.start)):
        # "2 soldiers were killed in an IS attack", "an IS IED struck a patrol": IS attacked
        if patient is None or patient is attributive or patient.actor.name == attributive.actor.name:
            later = next((a for a in actors if a.start > attributive.end and a.actor.name != attributive.actor.name), None)
            # "a bomb IS planted wounded 3 soldiers": with no one before, the victims follow
            patient = agent if agent is not None and agent.actor.name != attributive.actor.name else later
        agent = attributive
    if (agent is not None and patient is not None and agent is not patient and agent.actor.name == patient.actor.name
            and cls != "mass_grave" and not _fellows(patient, text)):  # (whose dead a grave holds and who killed them may be one group's)
        # "the PMF raided IS hideouts, where 4 died fighting IS": one group is no two sides; the other
        # armed party named before it leads, else the group is only the second side
        other = next((a for a in actors if a.actor.kind in ARMED_KINDS - {"generic"} and a.actor.name != agent.actor.name), None)
        if other is not None and other.start < min(agent.start, patient.start):
            return other, agent
        return None, patient
    return agent, patient


# "opened fire on his fellow soldiers", "attacked their comrades": one force's men turned on each other
FELLOW_BEFORE = re.compile(r"\b(?:fellow|(?:his|their|its) (?:own )?(?:colleagues|comrades))\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _fellows(mention: ActorMention, text: str) -> bool:
    """Whether the mention names the agent's own fellows, the other side of a fight within one force."""
    return FELLOW_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None


def _voice_roles(
    cls: str | None, trig: Trigger, actors: list[ActorMention], text: str, lo: int, hi: int
) -> tuple[ActorMention | None, ActorMention | None]:
    """Who acted and who suffered from the voice of the sentence: passive victims before the
    verb, or word order around the trigger."""
    # (up to the act told after the victims: "the officers ... five of them were wounded in the assault")
    passive = _search_in(PASSIVE_HARM, text, lo, max(hi + 60, trig.start))
    if passive and actors[0].actor.kind in NON_STATE_ARMED and actors[0].end < passive.start() and ACTIVE_HARM_AFTER.match(text, actors[0].end):
        harmed = [a for a in actors if actors[0].end <= a.start and a.end <= passive.start() and a.actor.kind in ARMED_KINDS
                  and a.actor.name != actors[0].actor.name]
        if trig.start >= passive.end() and harmed:
            # "ISWAP fighters stormed the town, and two troops died in the ensuing clash": the fight told
            # after both clauses is between the attacker and the forces harmed
            return _air_agent(cls, actors[0], harmed[-1], actors, text)
        passive = None  # "IS militants shot dead a policeman and a guard was wounded": the first clause is active
    later = LATER_CLAUSE.search(text, trig.end, passive.start()) if passive and trig.end <= passive.start() else None
    if passive and later and any(later.end() <= a.start and a.end <= passive.start() for a in actors):
        agent, patient = _roles(trig, actors, text)
        if agent is not None and patient is not None and max(agent.end, patient.end) <= later.start():
            # "cartel members clashed with soldiers; 2 gunmen were killed": the clash's own clause names both
            # sides, and the dead told after it are some of them
            return _air_agent(cls, agent, patient, actors, text)
    if passive:
        victims = [a for a in actors if a.end <= passive.start()]
        by = [a for a in actors if passive.end() <= a.start <= passive.end() + 40 and a.actor.kind != "civilians"]
        if victims:
            k = len(victims) - 1
            while k and COORDINATED.fullmatch(text, victims[k - 1].end, victims[k].start):
                k -= 1  # "2 policemen and a civilian were killed": the first named leads the victims
            patient = victims[k]
            victims = victims[k:]
            agent = by[0] if by else None
            attacked = None if by or patient.actor.kind not in ARMED_KINDS else VICTIMS_ATTACKED.match(text, passive.end())
            if attacked:
                # "3 militants were killed when they attacked a village": those killed attacked; the
                # attacked are the other side
                target = next((a for a in actors if a.start >= attacked.end() and a.actor.name != patient.actor.name), None)
                return _air_agent(cls, patient, target, actors, text)
            if agent is None:
                others = [a for a in actors if a not in victims and a.actor.name != patient.actor.name
                          and a.actor.kind in ARMED_KINDS]
                agent = others[0] if others else None
            return _air_agent(cls, agent, patient, actors, text)
    agent, patient = _roles(trig, actors, text)
    return _air_agent(cls, agent, patient, actors, text)


# "dropped a bomb on a police station", "a drone strike targeting an army post", "a drone exploded near an army post":
# the force the strike hit
# (not "was hit by Turkish drones": the agent of a passive flew them; nor "on June 4 Turkish jets", a date)
STRUCK_BEFORE = re.compile(r"\b(?:on|onto|upon|at|against|targeting|targeted|hit|struck|hitting|striking|near|outside|inside)\s+(?:an?\s+|the\s+)?(?:(?!by\b|from\b|dawn\b|night\b|noon\b|midnight\b|least\b)(?-i:[a-z][\w-]*)\s+){0,2}$", re.IGNORECASE)


def _air_agent(
    cls: str | None, agent: ActorMention | None, patient: ActorMention | None, actors: list[ActorMention], text: str = ""
) -> tuple[ActorMention | None, ActorMention | None]:
    """Only a state or foreign force flies an airstrike; not the force it struck ("a drone dropped a
    bomb on a police station": whose drone, the words do not say)."""
    if cls != "air":
        return agent, patient

    def struck(a: ActorMention) -> bool:
        return bool(text) and STRUCK_BEFORE.search(text, max(0, a.start - 40), a.start) is not None

    if agent is not None and agent.actor.kind in STATE_FORCE_KINDS and struck(agent):
        agent, patient = None, patient or agent
    if agent is not None and agent.actor.kind in STATE_FORCE_KINDS:
        return agent, patient
    if (agent is not None and patient is not None and agent.actor.kind in NON_STATE_ARMED
            and patient.actor.kind in STATE_FORCE_KINDS and agent.end <= patient.start):
        return agent, patient  # "assailants dropped a bomb from a drone on soldiers": groups fly drones too
    air = [a for a in actors if a.actor.kind in STATE_FORCE_KINDS and not struck(a)]
    if not air:
        return agent, patient
    victim = agent if agent is not None and agent is not air[0] else patient
    if victim is air[0]:
        # "an airstrike by the air force and the coalition hit an IS site": the target is the next
        # party that is not one of the strike's own forces
        victim = next((a for a in actors if a.start > air[0].end and a.actor.kind not in STATE_FORCE_KINDS), None)
    return air[0], victim


def _roles(
    trig: Trigger, actors: list[ActorMention], text: str
) -> tuple[ActorMention | None, ActorMention | None]:
    """Who acted and who suffered, from word order and voice around the trigger."""
    containing = [a for a in actors if a.start <= trig.start and a.end >= trig.end and a.actor.kind in STATE_FORCE_KINDS]
    text_before = [a for a in actors if a.end <= trig.start or a.start < trig.start < a.end]  # "the Iraqi [air forces, with ...]"
    # (a civilian or a force named inside the trigger is its object: "beat a shopkeeper to death",
    # "captured a military outpost")
    # ("destroyed 4 IS vehicles": the owner named inside an attack's words is its object too)
    text_after = [a for a in actors if a.start >= trig.end or (
        trig.start < a.start and a.end <= trig.end and (a.actor.kind == "civilians" or trig.cls in {"territory", "attack"}))]
    base = max(0, trig.start - 60)
    repelled = _search_slice(REPELLED, text, base, trig.start)
    if repelled:
        # "Iraqi forces repelled an IS attack": IS attacked, the forces were the target.
        inside = [a for a in text_before if a.start >= base + repelled.start() and a.actor.kind != "civilians"]
        subject = [a for a in text_before if a not in inside]
        if inside:
            return inside[-1], (subject[0] if subject else None)
        # "IS militants attacked a village and the Peshmerga repelled the attack": the group
        # named before the repellers attacked
        attackers = [a for a in subject[:-1] if a.actor.kind in NON_STATE_ARMED]
        if attackers and subject[-1].actor.kind not in NON_STATE_ARMED and attackers[0].actor.name != subject[-1].actor.name:
            return attackers[0], subject[-1]
    attack_noun = [a for a in text_before if a.actor.kind in ARMED_KINDS
                   and ONE_WORD_GAP.fullmatch(text[a.end : trig.start]) and trig.cls in {"attack", "ied", "shelling", "grenade", "suicide", "air"}]
    if containing or (attack_noun and not trig.is_past):
        agent = containing[0] if containing else attack_noun[-1]
        others = [a for a in actors if a is not agent and a.actor.name != agent.actor.name]
        after = [a for a in others if a.start >= trig.end]
        before = [a for a in others if a.end <= agent.start]
        return agent, (after[0] if after else (before[-1] if before else None))
    operators = OPERATORS_AFTER.match(text, trig.end) if trig.cls == "operation" else None
    if operators is not None:
        # "a joint operation between the police and the army ...": who ran it, not whom it was against
        lead = next((a for a in text_after if a.start == operators.end()), None)
        if lead is not None and lead.actor.kind in STATE_FORCE_KINDS:
            others = [a for a in text_after if a.start > lead.end and a.actor.kind not in STATE_FORCE_KINDS | {"civilians"}]
            return lead, (others[0] if others else None)
    clause_start = _clause_start(text, trig.start, actors[0].start if actors else trig.start)
    in_clause = [a for a in text_before if a.start >= clause_start]
    agent = patient = None
    by_agent = [a for a in text_after if _search_slice(BY_AGENT, text, max(0, a.start - 30), a.start)]
    if by_agent and trig.is_past and any(a.actor.kind in ARMED_KINDS for a in in_clause) and not _search_slice(
            PASSIVE_BEFORE, text, max(0, trig.start - 20), trig.start):
        by_agent = []  # "the army destroyed an IS cave used by the fighters": "by" belongs to the object
    if trig.text.lower().startswith("came under"):
        # "a convoy came under fire from rebels", "... under attack by IS": those it came from fired
        by_agent = [a for a in text_after if FROM_AGENT.search(text, max(0, a.start - 30), a.start)]
    # ("a patrol came under fire" with no one it came from: the patrol was fired on, whoever fired)
    passive = bool(by_agent) or trig.text.lower().startswith(("taken", "held", "came under")) or bool(
        _search_slice(PASSIVE_BEFORE, text, max(0, trig.start - 20), trig.start))
    if by_agent:
        agent = by_agent[0]
        patient = text_before[-1] if text_before else None
        if patient is None:
            # "a bomb laid by IS wounded 2 soldiers": the victims follow the agent.
            later = [a for a in text_after if a.start > agent.end and a.actor.name != agent.actor.name]
            patient = later[0] if later else None
        if patient is None and repelled:
            said = base + repelled.start()
            patient = _defending_place(text, max(text.rfind(".", 0, said) + 1, said - 150), said)
    elif passive:
        victims = [a for a in text_before if a.actor.kind not in {"generic", "group"}]
        patient = victims[-1] if victims else None
    else:
        # "the army, backed by the coalition, killed 8 militants": who backs the act does not lead it
        backers = [a for a in text_before if SUPPORTER_BEFORE.search(text, max(0, a.start - 100), a.start)]
        if len(backers) < len(text_before):
            in_clause = [a for a in in_clause if a not in backers]
            text_before = [a for a in text_before if a not in backers]
        subjects = [a for a in in_clause if a.actor.kind != "civilians"] or in_clause
        armed_before = [a for a in text_before if a.actor.kind != "civilians"]
        if subjects:
            agent = subjects[0]
        elif _unnamed_relative_agent(text, clause_start, text_before):
            # "police are hunting the men who killed a trader": the men, whom no party names, not the police
            agent = None
        else:
            # "Police arrested two men; the attack on a mosque killed four": who arrested suspects in a
            # clause before the harm's own did not do the harm
            text_before = [a for a in text_before if not ARRESTER_AFTER.match(text, a.end)]
            armed_before = [a for a in armed_before if a in text_before]
            agent = armed_before[0] if armed_before else (text_before[0] if text_before else None)
        others = [a for a in text_after if agent is None or a.actor.name != agent.actor.name or _fellows(a, text)]
        patient = others[0] if others else None
        if patient is None:
            earlier = [a for a in text_before if agent is not None and a is not agent and a.actor.name != agent.actor.name]
            patient = earlier[-1] if earlier else None
    return agent, patient


# "a village in Khanaqin district repelled an attack by IS": the people of the place fought the attackers off
DEFENDING_PLACE = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:village|villages|town|hamlet|community|settlement)\b(?=[^.;]*$)",
                             re.IGNORECASE)
COMMUNAL_MILITIA = Actor("Unidentified Communal Militia ({country})", 4, "Private Citizens & Property", "militia")


def _defending_place(text: str, lo: int, hi: int) -> ActorMention | None:
    """The place named as the subject of a repelling, as a communal militia (ACLED: people who fight are no civilians)."""
    match = DEFENDING_PLACE.search(text, lo, hi)
    return None if match is None else ActorMention(match.start(), match.end(), match.group(), COMMUNAL_MILITIA)


# "an operation between/by/of/involving (the) ...": those named next ran the operation
OPERATORS_AFTER = re.compile(r"\s+(?:between|by|of|involving)\s+(?:the\s+)?", re.IGNORECASE)
RELATIVE_WHO = re.compile(r"\bwho\s*$", re.IGNORECASE)


def _unnamed_relative_agent(text: str, clause_start: int, text_before: list[ActorMention]) -> bool:
    """The trigger's clause is a relative one whose antecedent names no party ("the men who
    killed", "the people who attacked"): its agent is unidentified, not a party named earlier in
    the sentence ("gunmen who killed", "X, who led the attack": the usual reading)."""
    who = RELATIVE_WHO.search(text, max(0, clause_start - 8), clause_start)
    if who is None:
        return False
    before = [a for a in text_before if 0 <= who.start() - a.end <= 2]
    return bool(before) and before[-1].actor.kind == "civilians" and before[-1].text.lower() in GENERAL_PERSON


# An actor as the subject of an arrest: "police arrested", "soldiers have detained"
ARRESTER_AFTER = re.compile(r"\s+(?:(?:have|has|had|later|also|then)\s+){0,2}(?:arrested|detained|apprehended|nabbed|rounded\s+up)\b",
                            re.IGNORECASE)


def _clause_start(text: str, trigger_start: int, floor: int) -> int:
    """Where the clause that holds the trigger begins ("... when IS militants attacked")."""
    window_start = max(0, min(floor, trigger_start) - 1)
    best = window_start
    for match in CLAUSE_BREAK.finditer(text, window_start, trigger_start):
        if SHARED_SUBJECT.match(text, match.end()) and match.group().startswith(","):
            continue  # "IS killed 2 policemen, and wounded 5 civilians, in a mortar attack": one subject, two verbs
        best = match.end()
    return best


# ", and wounded", ", and then killed": a second verb with no subject of its own shares the first one's
SHARED_SUBJECT = re.compile(r"\s+(?:(?:then|later|also|subsequently)\s+)?(?:killed|wounded|injured|kidnapped|abducted|shot|attacked|destroyed|burned|seized|captured|stormed)\b", re.IGNORECASE)


def _default_roles(
    cls: str, agent: ActorMention | None, patient: ActorMention | None, actors: list[ActorMention], text: str,
    trig: Trigger,
) -> tuple[ActorMention | None, ActorMention | None]:
    """Protesters lead their own protests; arrests and seizures are made by the state."""
    if cls in {"peaceful_protest", "protest_intervention", "violent_demonstration", "mob_violence"}:
        crowd = next((a for a in actors if a.actor.kind in CROWD_KINDS), None)
        state = next((a for a in actors if a.actor.kind == "state" and not _crowd_grievance(a, text)
                      and not (a is agent and _force_protested(a, trig, text))), None)
        return crowd, (state if cls != "peaceful_protest" else None)
    if cls == "excessive_force":
        state = next((a for a in actors if a.actor.kind in STATE_FORCE_KINDS and not _crowd_grievance(a, text)), None)
        crowd = next((a for a in actors if a.actor.kind in CROWD_KINDS), None)
        # ACLED: the crowd the state's forces fired on is actor1, the forces actor2; other armed men lead
        if state is not None:
            return crowd, state
        return (agent if agent is not None and agent.actor.kind in ARMED_KINDS else None), crowd
    if cls == "peaceful_transfer" and trig.text.lower().startswith("handed"):
        return patient, agent  # "the army handed the town over to the SDF": the SDF gains it
    if cls == "own_blast":  # the group whose man the bomb killed laid it
        return next((a for a in (agent, patient) if a is not None and a.actor.kind in NON_STATE_ARMED), agent), None
    if agent is not None and patient is not None and agent.actor.kind == "civilians" and patient.actor.kind in ARMED_KINDS:
        return patient, agent
    if (cls == "armed_clash" and agent is not None and patient is not None and agent.actor.kind == patient.actor.kind == "civilians"
            and _clash_side(agent, trig, text) and _clash_side(patient, trig, text)):
        return agent, patient  # "villagers clashed with herders": two peoples, each a side of the fight
    if agent is not None and agent.actor.kind in {"civilians", "protesters"} and cls not in CROWD_ACTOR and agent is not patient:
        return None, patient or agent  # "a farmer was injured by the explosion": the farmer is the victim
    return agent, patient


# "members of the police (reportedly) blocked the road", "the guards and their families marched":
# the force did the crowd's own act, in the same clause.
FORCE_PROTESTED = re.compile(r"(?:\s+(?!(?:who|which|that|after|when|as|while|before|because|to|against|over)\b)[\w'-]+){0,6}\s+$")


def _force_protested(mention: ActorMention, trig: Trigger | None, text: str) -> bool:
    """A force that is the subject of the protest verb made up the crowd; it is not the crowd's opponent."""
    return trig is not None and trig.cls == "protest" and trig.is_past and mention.end <= trig.start and bool(
        FORCE_PROTESTED.match(text, mention.end, trig.start))


def _set_actor(event: Event, which: int, mention: ActorMention, ctx: Context) -> None:
    name, inter, span, parts = _actor_value(event, mention, ctx)
    if which == 1:
        event.actor1, event.inter1 = name, inter
    else:
        event.actor2, event.inter2 = name, inter
    _actor_evidence(event, which, span, **parts)


def _actor_evidence(event: Event, which: int, span: Span, **parts: Span) -> None:
    """The words behind actor{which} and its inter code, with any further words its value comes from
    ("actor2.enemy_of": the group whose enemy the unnamed soldiers are); an earlier value's parts go."""
    _evidence_with_parts(event, f"actor{which}", span, parts)
    event.evidence[f"inter{which}"] = span


def _evidence_with_parts(event: Event, key: str, span: Span, parts: dict[str, Span]) -> None:
    """A name's words under key and the further words its value comes from under key.<part>, replacing an earlier value's."""
    for old in [k for k in event.evidence if k.startswith(f"{key}.")]:
        del event.evidence[old]
    event.evidence[key] = span
    for name, part in parts.items():
        event.evidence[f"{key}.{name}"] = part


def _actor_parts(event: Event, which: int) -> dict[str, Span]:
    """The further words behind actor{which} ("actor2.enemy_of"), by part name, to move with its value."""
    key = f"actor{which}."
    return {k.removeprefix(key): v for k, v in event.evidence.items() if k.startswith(key)}


def _actor_value(event: Event, mention: ActorMention, ctx: Context) -> tuple[str, int | None, Span, dict[str, Span]]:
    """The normalised name, ACLED inter code and evidence span of an actor mention, with the
    further words its value comes from by part name ("group_named": the group that generic
    "militants" stand for; "branch_in": the place that makes "IS" its regional branch)."""
    resolved, parts = mention, {}
    if (
        mention.actor.kind == "generic"
        and mention.text.lower() in PERPETRATOR_GENERIC
        and ctx.main_group is not None
    ):
        resolved = _group_named(mention, ctx.main_group, ctx)  # "militants" in an article about IS are IS's militants
        parts["group_named"] = Span(resolved.start, resolved.end, resolved.text)
    country = event.country or ctx.country
    actor = regional_branch(resolved.actor, country, event.admin1)  # "IS" in Nigeria: ISWAP
    actor = national_in(actor, resolved.text, country)  # "Congolese troops" in the Republic of the Congo: its own
    if actor is not resolved.actor and (where := _country_words(event, ctx, country)) is not None:
        parts["branch_in"] = where
    name, inter = actor_name(actor.name, country), actor.inter
    if actor.national and (name.endswith((f" of {country}", f" of the {country}")) or (country is None and not _second_state(event, name))):
        inter = 1  # "Kenyan troops" in Kenya, "Malian soldiers" anywhere unsaid: the state's own forces
    elif actor.kind == "foreign" and _at_home(event, ctx, name):
        inter = 1  # "Russian forces" fighting in Kursk, "Turkish troops" in Turkey: external only abroad
    elif actor.kind == "state" and actor.countries and event.country is not None and event.admin1 is not None \
            and event.country not in actor.countries and inter == 1:
        inter = 8  # "India's BSF" firing into a village of Bangladesh: a state's own forces abroad are external
    span = Span(mention.start, mention.end, mention.text)
    named = named_country(resolved, ctx.article.text)
    if named is not None:
        # "the Military Forces of Turkey" in an Iraqi story: Turkey's, an external force.
        name = actor_name(resolved.actor.name, named.country)
        inter = inter if (event.country or ctx.country) in (None, named.country) else 8
        span = Span(mention.start, named.end, ctx.article.text[mention.start : named.end])
    elif "{country}" in actor.name and event.country is None and (where := _country_words(event, ctx, country)) is not None:
        parts["country_in"] = where  # "the operations command" of an event placed nowhere: the article's country
    return name, inter, span, parts


def _at_home(event: Event, ctx: Context, name: str) -> bool:
    """A foreign power's forces ("Military Forces of Russia") fighting on their own soil: the event is placed
    in their state, below the state itself ("on the Turkey-Iraq border" is no place in Turkey), and the text
    names no place in another (a strike "from Hakkari, Turkey" into a "region of Iraq" is still abroad)."""
    home = event.country
    return (home is not None and event.admin1 is not None and name.endswith((f" of {home}", f" of the {home}"))
            and all(p.place.country == home for p in ctx.ann.places))


def _second_state(event: Event, name: str) -> bool:
    """"Malian forces took over the base after French troops left it", placed nowhere: one state's
    forces at home already lead the event, so another state's are abroad."""
    first = event.actor1
    return (first is not None and event.inter1 == 1 and " of " in first and " of " in name
            and first.rsplit(" of ", 1)[1] != name.rsplit(" of ", 1)[1])


# "fighters of the PKK", "militants from IS": what joins fighters to the group they belong to.
FIGHTERS_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


def _group_named(mention: ActorMention, group: ActorMention, ctx: Context) -> ActorMention:
    """The mention of the article's group that a generic noun stands for: the one its own words
    name ("militants from IS"), else the nearest one before it, else the first."""
    same = [a for a in ctx.ann.actors if a.actor.name == group.actor.name]
    own = next((a for a in same if a.start >= mention.end and FIGHTERS_OF.fullmatch(ctx.article.text, mention.end, a.start)), None)
    return own or next((a for a in reversed(same) if a.start < mention.start), group)


def _country_words(event: Event, ctx: Context, country: str | None) -> Span | None:
    """The words naming the country an event is placed in: the event's own place, else the article's first place there."""
    own = event.evidence.get("country")
    if own is not None and own.start is not None and event.country == country:
        return own
    place = next((p for p in ctx.ann.places if p.place.country == country), None)
    return Span(place.start, place.end, place.text) if place is not None else None


def _forces_attacked_by_no_one(event: Event, ctx: Context, trig: Trigger) -> bool:
    """"A military convoy was attacked near X", "an army patrol was ambushed": state forces, the
    subject of a passive attack with no agent, fought someone unnamed (ACLED's battle with an
    unidentified armed group)."""
    text = ctx.article.text
    if trig.cls != "attack" or not PASSIVE_BEFORE.search(text, max(event.sentence.start, trig.start - 25), trig.start):
        return False
    subject = ctx.ann.within(ctx.ann.actors, event.sentence.start, trig.start)
    return bool(subject) and all(a.actor.kind in STATE_FORCE_KINDS for a in subject)


# "supporters of two rival candidates", "activists of rival parties", "rival party workers": a party's or
# candidate's partisans, told as the subject of a fight (nothing but spaces between them and the fight word)
PARTISANS = re.compile(
    r"\b(?:(?:armed\s+)?(?:supporters|followers|loyalists|partisans|activists|workers|cadres)\s+of\s+(?:(?:the|an?|two|both|rival|"
    r"opposing|competing)\s+)*(?:[\w-]+\s+){0,3}?(?:candidates?|parties|party|factions|politicians?)|rival\s+(?:party|political)\s+"
    r"(?:supporters|activists|workers|cadres))\s+(?:(?:then|later|reportedly|allegedly)\s+)?$", re.IGNORECASE)


def _default_actor1(event: Event, cls: str, ctx: Context, trig: Trigger) -> None:
    """An explosion nobody claimed is coded, as ACLED does, to an unidentified armed group."""
    if cls == "war_remnant":
        sentence = ctx.article.text[event.sentence.start : event.sentence.end]
        military = MILITARY_REMNANT.search(sentence)
        if military is not None:
            event.actor1, event.inter1 = "Unidentified Military Forces", 8
            span = Span(event.sentence.start + military.start(), event.sentence.start + military.end(), military.group())
        else:
            event.actor1, event.inter1 = actor_name("Unidentified Armed Group ({country})", event.country or ctx.country), 3
            span = Span(trig.start, trig.end, trig.text)
        event.evidence["actor1"] = event.evidence["inter1"] = span
        return
    partisans = PARTISANS.search(ctx.article.text, max(event.sentence.start, trig.start - 80), trig.start) if cls == "armed_clash" else None
    if partisans is not None and event.actor2 is None:
        # "supporters of two rival candidates exchanged fire": a party's armed supporters are a political
        # militia (ACLED's 3), unnamed an unidentified armed group, on each side
        span = Span(partisans.start(), partisans.end(), partisans.group())
        for which in (1, 2):
            setattr(event, f"actor{which}", actor_name("Unidentified Armed Group ({country})", event.country or ctx.country))
            setattr(event, f"inter{which}", 3)
            event.evidence[f"actor{which}"] = event.evidence[f"inter{which}"] = span
        return
    # (a crowd's force is told of the crowd word: its author may stand anywhere before it in the sentence)
    lead = event.sentence.start if cls == "excessive_force" else max(0, trig.start - 80)
    unidentified = re.search(r"\b(unidentified|unknown)\b", ctx.article.text[lead : trig.end + 40], re.IGNORECASE)
    if cls in {"ied", "grenade", "suicide", "kidnap", "attack_civilians", "assassination", "shelling"} or unidentified or (
            cls == "armed_clash" and _forces_attacked_by_no_one(event, ctx, trig)):
        event.actor1, event.inter1 = actor_name("Unidentified Armed Group ({country})", event.country or ctx.country), 3
        span = Span(trig.start, trig.end, trig.text)
        event.evidence["actor1"] = event.evidence["inter1"] = span


CIVILIAN_NOUN = FastPattern(re.compile(
    r"\b(men|man|women|woman|children|child|boys?|girls?|people|civilians?|hunters|farmers?|shepherds?|brothers|"
    r"activists?|students?|workers?|villagers?|residents?|elders?|journalists?|pilgrims?|displaced|IDPs?|"
    rf"family|families|{FAMILY}|siblings|chiefs?|firefighters?|firemen|defenders?|"
    r"members? of (?:the |an? )?(?:[\w'-]+ ){0,5}?(?:party|movement|alliance|front|union|association)|"
    r"him|her)\b", re.IGNORECASE))
# "the home of the head of a party", "the house of a tax inspector": the owner's words, up to where the place begins.
HOME_OF = re.compile(r"\b(?:houses?|homes?|residences?)\s+of\s+((?:an?\s+|the\s+)?(?!\d)[^,.;()]{3,60}?)"
                     r"(?=\s+(?:in|near|at|on|with|causing|and|while|when|who|which)\b|[,.;(]|$)", re.IGNORECASE)
# State forces named by their post, base or rank: "a security post", "an air base", "a colonel".
STATE_TARGET = FastPattern(re.compile(r"\b(?:(?:security|military|army) (?:personnel|members?|officers?|posts?|checkpoints?|bases?|headquarters|"
                          r"vehicles?|patrols?|convoys?|positions?)|air ?bases?|colonels?|lieutenants?|officers?|barracks"
                          r"|headquarters of the (?:counter[- ]terrorism|army|military)|counter[- ]terrorism (?:service|forces?) headquarters)\b",
                          re.IGNORECASE))
STRUCK_TYPES = {"Explosions/Remote violence", "Battles", "Violence against civilians"}
THEM_AFTER = re.compile(r"\s+them\b")


# Those a mob punishes as wrongdoers, named by the wrong they are suspected of (no actor in the lexicon).
MOB_CAUGHT = FastPattern(re.compile(
    r"\b(?:suspected|alleged|accused|presumed)\s+(?:[\w-]+\s+){0,2}?(?:thie(?:f|ves)|robbers?|burglars?|witch(?:es)?|wizards?|"
    r"sorcerers?|criminals?|rapists?|murderers?|killers?|pickpockets?|suspects?)\b", re.IGNORECASE))


def _victims_from_nouns(event: Event, ctx: Context, start: int, end: int, trig: Trigger) -> None:
    """"three men were kidnapped": the victims are civilians unless the words say otherwise;
    "executed them" takes its people from the sentence before."""
    text = ctx.article.text
    match = CIVILIAN_NOUN.search(text, start, end)
    if (match is not None and event.event_type == "Riots" and match.end() <= trig.start
            and SUBJECT_GAP.fullmatch(text, match.end(), trig.start) is not None):
        # "angry residents set fire to the office": the crowd that acts is never its own victim
        match = CIVILIAN_NOUN.search(text, trig.end, end)
    if match is None and THEM_AFTER.match(text, trig.end):
        match = _them_antecedent(ctx, start)
    if match:
        span = Span(match.start(), match.end(), match.group())
        _as_civilians(event, ctx, span)
        event.target_type, event.evidence["target_type"] = "Private Citizens & Property", span


THEY_THEIR = re.compile(r"\b(?:they|their)\b", re.IGNORECASE)


def _their_group(ctx: Context, start: int, trig_start: int) -> ActorMention | None:
    """"Most IS fighters hide in the desert. Their presence is clear from hideouts found in a raid":
    the hideouts are the group's "their" points back to, the one armed group the previous
    sentence names (evidence: that name)."""
    if not THEY_THEIR.search(ctx.article.text, start, trig_start):
        return None
    ann = ctx.ann
    before = ann.sentence_before(start)
    if before is None:
        return None
    lo, hi = before
    groups = [a for a in _usable_actors(ann.within(ann.actors, lo, hi), ctx.article.text)
              if a.actor.kind in NON_STATE_ARMED]
    return groups[0] if groups and all(g.actor.name == groups[0].actor.name for g in groups) else None


def _them_antecedent(ctx: Context, start: int) -> re.Match[str] | None:
    """The civilians "them" points back to: the people the previous sentence of the same
    paragraph names after its last armed party ("mass graves of Yazidi civilians")."""
    ann = ctx.ann
    before = ann.sentence_before(start, same_paragraph=True)
    if before is None:
        return None
    lo, hi = before
    armed = [a for a in _usable_actors(ann.within(ann.actors, lo, hi), ctx.article.text)
             if a.actor.kind in ARMED_KINDS]
    people = [m for m in CIVILIAN_NOUN.finditer(ctx.article.text, armed[-1].end if armed else lo, hi)
              if m.group().lower() not in {"him", "her"}]
    return people[0] if people else None


def _home_owner(event: Event, ctx: Context, start: int, end: int) -> None:
    """"a grenade was thrown at the home of a judge": a bomb or raid on someone's house is an attack
    on its owner, a civilian unless the words name an armed party (which the sentence's actors give)."""
    match = HOME_OF.search(ctx.article.text, start, end)
    if match:
        span = Span(match.start(1), match.end(1), match.group(1))
        _as_civilians(event, ctx, span)
        event.target_type = event.target_type or "Private Citizens & Property"
        event.evidence.setdefault("target_type", span)


def _state_target(event: Event, ctx: Context, start: int, end: int) -> None:
    """"rockets hit an air base", "killed 1 security officer": state forces named by their post,
    base or rank rather than by a unit the actor lexicon knows."""
    match = STATE_TARGET.search(ctx.article.text, start, end)
    if match:
        event.actor2, event.inter2 = actor_name("Military Forces of {country}", event.country or ctx.country), 1
        event.target_type = event.target_type or "Military"
        span = Span(match.start(), match.end(), match.group())
        event.evidence["actor2"] = event.evidence["inter2"] = span
        event.evidence.setdefault("target_type", span)


def _office_owner(ctx: Context, trig: Trigger, actors: list[ActorMention]) -> ActorMention | None:
    """Whose offices a state force raided: an armed group named with them, else the party,
    movement or channel that owns them, unarmed (ACLED: civilians)."""
    text = ctx.article.text
    office = OFFICE_OBJECT.match(text, trig.end)
    if office is None:
        return None
    stop = TARGET_END.search(text, office.end(), min(len(text), office.end() + 120))
    hi = stop.start() if stop else min(len(text), office.end() + 120)
    armed = next((a for a in actors if office.end() <= a.start < hi and a.actor.kind in NON_STATE_ARMED), None)
    if armed is not None:
        return armed
    lo = office.start() + len(text[office.start() : hi]) - len(text[office.start() : hi].lstrip())
    words = text[lo:hi].rstrip()
    return ActorMention(lo, lo + len(words), words, Actor("Civilians ({country})", 7, "Private Citizens & Property", "civilians"))


WORD_BEFORE = re.compile(r"[\w-]+\s+$")


def _modifier_start(text: str, pos: int, floor: int) -> int:
    """Where the word just before text[pos] begins: "crop [fields were set ablaze]" keeps its modifier."""
    word = WORD_BEFORE.search(text, max(floor, pos - 20), pos)
    return word.start() if word else pos


# A public body named as the owner of property damaged: "university property", "government property".
PUBLIC_OWNER_BEFORE = re.compile(r"\b(?:public|government|state|university|college|municipal|council|county|railway)\s+$", re.IGNORECASE)


def _property_owners(event: Event, ctx: Context, start: int, end: int) -> None:
    """"set fire to a wheat field", "demonstrators burned an MP's house": ACLED codes the owners
    of the civilian property destroyed as the civilians attacked."""
    match = CIVILIAN_PROPERTY.search(ctx.article.text, start, end)
    if match is not None and match.group().lower() in {"property", "properties"} and PUBLIC_OWNER_BEFORE.search(
            ctx.article.text, max(start, match.start() - 30), match.start()):
        match = None  # "vandalised university property", "public property": no civilian owner is named
    party = PARTY_PREMISES_DAMAGED.search(ctx.article.text, start, end) if match is None else None
    if match or party:
        span = Span(match.start(), match.end(), match.group()) if match else Span(party.start(1), party.end(1), party.group(1))
        _as_civilians(event, ctx, span)
        event.target_type = event.target_type or "Private Citizens & Property"
        event.evidence.setdefault("target_type", span)


# --------------------------------------------------------------------------- date (the place: event_place.py)

def _set_date(event: Event, ctx: Context, start: int, end: int, paragraph: tuple[int, int]) -> None:
    """The sentence's own date, else the paragraph's, else the incident cue's, else the report's."""
    ann, text = ctx.ann, ctx.article.text

    def dates_of(lo: int, hi: int) -> list[TimeMention]:
        return [d for d in ann.within(ann.dates, lo, hi)
                if d.precision != "year" and not _search_slice(AFTER_INCIDENT_DATE, text, max(0, d.start - 60), d.start)]

    def incident_dates(lo: int, hi: int) -> list[TimeMention]:
        found = dates_of(lo, hi)
        return [d for d in found if not REPORTING_DATE.search(text[max(0, d.start - 30) : d.start])
                # "On May 5 ... who were hired after a guard was killed six months earlier": a date
                # counted back from one before it in the sentence tells of an earlier event
                and not ((d.relative or 0) < 0 and any(e.relative is None and e.end <= d.start for e in found))]

    own = incident_dates(start, end)
    candidates = own or incident_dates(paragraph[0], start)
    if not candidates:
        # "As reported on Sept 5": the report's date is the best the text gives.
        own = dates_of(start, end)
        candidates = own
    if not candidates and INCIDENT_CUE.match(ctx.article.text[paragraph[0] : paragraph[1]]):
        earlier = [d for d in ann.dates if d.end <= paragraph[0] and d.precision != "year"]
        candidates = earlier[-1:]
    if not candidates:
        # "A bomb killed 12 people in Kelbo in 2020.": an act dated only by its year carries that
        # year (precision "year"), never the day of a report published later.
        own = candidates = _own_year(ctx, start, end)
    mention: TimeMention | None = None
    if candidates:
        mention = candidates[0] if own else candidates[-1]
        mention = _reanchor_on_report(mention, ctx, start)
        if mention.relative is not None:
            anchor = _anchor_for(mention, ann.dates, ctx)
            published = ctx.article.published
            mention = resolve_relative(mention, anchor, date.fromisoformat(published[:10]) if published else None)
            if _after_publication(mention, ctx.article.published):
                # "two weeks after the attack" counted past the day of the report: the date it was
                # counted from is not that attack's (a weekday of an earlier week, another event), and
                # an incident is never told before it happens; only the report's week is known.
                mention = None
    if candidates and mention is not None:
        event.date_text = mention.text
        event.evidence["event_date"] = event.evidence["date_precision"] = Span(mention.start, mention.end, mention.text)
        if mention.date is not None:
            event.event_date, event.date_precision = mention.date.isoformat(), mention.precision
        else:
            event.date_precision = mention.precision
            if mention.month_day is not None:
                event.date_text = mention.text
        return
    if not ctx.article.published:
        event.date_precision = "unknown"  # no date in the text and no publication date: say so
        event.evidence["date_precision"] = Span(None, None, "no date in the text, no publication date", source="metadata")
        return
    if ctx.article.published:
        event.event_date, event.date_precision = ctx.article.published, "week"
        event.date_text = "publication date"
        event.evidence["event_date"] = event.evidence["date_precision"] = Span(
            None, None, f"published {ctx.article.published}", source="metadata"
        )


# "in 2020", "during 2019": a year the act happened in ("since 2014", "by 2030" tell of a span or a goal).
YEAR_OF_ACT = re.compile(r"(?:in|during)\s+(?:19|20)\d\d$", re.IGNORECASE)


def _own_year(ctx: Context, start: int, end: int) -> list[TimeMention]:
    """The single year the sentence dates its act by, when it is before the report's own year."""
    years = [d for d in ctx.ann.within(ctx.ann.dates, start, end) if d.precision == "year" and d.date is not None]
    published = ctx.article.published
    if len(years) != 1 or not YEAR_OF_ACT.fullmatch(years[0].text) or not published:
        return []
    if years[0].date.year >= int(published[:4]) or _search_slice(AFTER_INCIDENT_DATE, ctx.article.text,
                                                                 max(0, years[0].start - 60), years[0].start):
        return []
    return years


def _after_publication(mention: TimeMention, published: str | None) -> bool:
    return mention.date is not None and published is not None and mention.date.isoformat() > published[:10]


def _reanchor_on_report(mention: TimeMention, ctx: Context, start: int) -> TimeMention:
    """"As reported on Aug 8, ... last week": a relative date counts back from the report's
    date in the text, not from the publication date."""
    if mention.relative is not None or not RELATIVE_TO_NOW.search(mention.text):
        return mention
    text = ctx.article.text
    reports = [d for d in ctx.ann.within(ctx.ann.dates, start, mention.start)
               if d.precision == "day" and d.date is not None and REPORTING_DATE.search(text[max(0, d.start - 30) : d.start])]
    if not reports:
        return mention
    again = find_dates(text, reports[-1].date, mention.start, mention.end)
    return again[0] if len(again) == 1 and again[0].date is not None else mention


def _anchor_for(mention: TimeMention, dates: list[TimeMention], ctx: Context) -> TimeMention | None:
    earlier = [d for d in dates if d.end <= mention.start and d.relative is None and d.precision == "day"]
    return earlier[-1] if earlier else None


def _confidence(event: Event) -> float:
    score = 0.4
    score += 0.15 if event.event_date and event.date_precision == "day" else 0.05 if event.event_date else 0
    score += 0.15 if event.geo_precision == 1 else 0.1 if event.geo_precision else 0
    score += 0.1 if event.actor1 else 0
    score += 0.1 if any(getattr(event, f) is not None for f in COUNTS) else 0
    return round(min(score, 0.95), 2)
