"""Trigger words read in a sense that tells no incident: a death with no sign of violence, a
word used in its everyday meaning. General news uses the conflict vocabulary for much else;
these tests keep such sentences from becoming events."""

from __future__ import annotations

import re
from collections.abc import Collection

from ..annotate import Annotations
from ..annotate.actors import (
    ARMED_KINDS,
    CROWD_FAITHFUL,
    CROWD_KINDS,
    CROWD_OF_PEOPLE,
    CROWD_TOWNSFOLK,
    NON_STATE_ARMED,
    PROTESTING,
    ActorMention,
)
from ..annotate.text import FastPattern, FoldedAlternatives, FoldedPattern, top_alternatives
from ..annotate.triggers import BLOCKADE_VERBS, Trigger
from .voice import BY_AGENT

# A person hurt, held or threatened with a weapon: the harm both a violent death and a break-in
# with victims are told with.
PERSON_HARMED = (r"kill\w*|shot|shoot\w*|gun\w*|stab\w*|knife|knives|beat(?:en|ing)?|wound\w*|injur\w*|assault\w*"
                 r"|kidnap\w*|abduct\w*|hostages?|armed")
# The forces named: a death beside them is violence, unless an accident is told (the forces die in accidents too).
FORCE_NAMES = r"security forces|troops|soldiers|army|military"
# Words a violent death is told with; a death with none of them in its sentence is an
# illness, an accident or old age ("died on May 9 after an illness", "two bodies were found along a beach").
# A fire is violence only as gunfire or arson, a mine only as one that explodes ("a house fire",
# "a collapse at a coal mine"); a war named is background, no act.
VIOLENCE_WORD = FastPattern(re.compile(
    rf"\b(?:{PERSON_HARMED}|bullets?|(?<!heart )(?<!panic )(?<!asthma )attack\w*|blasts?"
    r"|explo\w*|bomb\w*|tortur\w*"
    r"|clash\w*|fight\w*|fought|violen\w*|murder\w*|strangl\w*|execut\w*|behead\w*|slaughter\w*|massacre\w*"
    r"|ieds?|mortars?|rockets?|shell\w*|strikes?|firing|fired|gunfire|burn\w*|assassin\w*|hang(?:ed|ing)"
    r"|(?:open(?:s|ed|ing)?|return(?:s|ed|ing)?|exchang(?:e|es|ed|ing)(?:\s+of)?|under|heavy|sniper|artillery|tank|live)\s+fire"
    r"|fire\s+(?:on|at|upon|into)|set(?:ting)?\s+(?:[\w-]+\s+){0,3}?(?:on\s+)?fire|arson\w*|firebomb\w*"
    r"|land\s?mines?|mines?\s+(?:explo\w*|blasts?|went\s+off|detonated)|(?:on|over)\s+(?:an?\s+|the\s+)?mines?"
    r"|lynch\w*|militants?|gunmen|insurgents?|terror\w*|(?<!police )raids?|ambush\w*|battles?|conflict|combat|cross-?fire|snipers?"
    rf"|grenades?|poison\w*|homicide|slain|suicide|blindfolded|handcuffed|mutilated|{FORCE_NAMES}"
    r"|police custody|detention|captiv\w*|captors?|victims?|regime|genocide|campaign)\b", re.IGNORECASE))
# An armed group or a foreign force named: its dead died by violence (a state's own forces die of
# illness and accidents in the news too; "militants" may be anyone's word).
ARMED_OTHERS = ARMED_KINDS - {"state", "generic"}
DEATH_WORDS = {"died", "dead", "death of", "deaths of"}


def natural_death(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """"died", "dead", "the death of", "bodies were found" with no sign of violence in the
    sentence or the one before it: a death from illness, accident or age, which no conflict
    dataset codes."""
    if trig.cls == "kill" and trig.text.lower() not in DEATH_WORDS:
        return _natural_killer(trig, ann, text, start, end)
    if trig.cls not in {"kill", "bodies"}:
        return False
    window = _previous_sentence_start(ann, start)
    if any(a.actor.kind in ARMED_OTHERS or (a.actor.kind in NON_STATE_ARMED and BY_AGENT.search(text, max(window, a.start - 30), a.start))
           for a in ann.within(ann.actors, window, end)):
        return False  # "the deaths of 5 IS members"; "died in a fire set by rebels": armed men did it
    if (trig.cls == "bodies" and any(a.actor.kind == "state" and trig.start <= a.start < trig.end for a in ann.within(ann.actors, start, end))
            and _NATURAL_CAUSE.search(text, window, end) is None):
        return False  # "the bodies of two soldiers were found": the forces' dead, told with no accident, were killed
    if ACCIDENT.search(text, start, end) is not None:
        # "two soldiers drowned when their boat capsized": the forces' own words tell no violence
        return _only_forces_named(text, window, end)
    return VIOLENCE_WORD.search(text, window, end) is None


# A mishap that kills: both an accident (ACCIDENT) and a cause of death with no one's hand
# (NATURAL_CAUSE), written once so the two lists cannot drift apart.
MISHAP = r"crash(?:es|ed)?|collisions?|collid(?:e|es|ed|ing)|accidents?|collaps(?:e|es|ed)|landslides?|floods?|avalanches?|lightning"
# An accident or a mishap the sentence tells as the cause of death, and the words of violence that
# only name who died in it (the forces die in accidents too).
ACCIDENT = FastPattern(re.compile(rf"\b(?:{MISHAP}|drown(?:ed|ing)?|capsiz(?:ed|es|ing)|overturned)\b", re.IGNORECASE))
FORCE_WORD = re.compile(FORCE_NAMES, re.IGNORECASE)


def _only_forces_named(text: str, start: int, end: int, skip: Trigger | None = None) -> bool:
    """Every word of violence in text[start:end] (but the trigger `skip`'s own) only names the
    forces who died: an accident told beside them is no violence."""
    return all(FORCE_WORD.fullmatch(m.group(0)) for m in VIOLENCE_WORD.finditer(text, start, end)
               if skip is None or not skip.start <= m.start() < skip.end)


# What kills without anyone's violence: "an outbreak of cholera killed three", "floods killed 9", and a
# disease or epidemic named by itself ("measles has killed 12").
# An illness that kills (counts.DIED_NATURALLY: "and another died of a heart attack" is no part of a toll).
ILLNESS = (r"plague|diseases?|outbreaks?|epidemics?|pandemics?|virus|flu|influenza|cancer|illness|"
           r"cholera|measles|malaria|ebola|typhoid|dengue|meningitis|diphtheria|tuberculosis|polio|covid(?:-19)?|coronavirus|"
           r"overdoses?|natural causes|old age|strokes?|(?:heart|panic|asthma)\s+attacks?|(?:heart|kidney|liver|organ)\s+failure")
# A storm or a quake (NATURAL_CAUSE's and NATURE_SUBJECT_BEFORE's and NATURE_SUBJECT_AND_BEFORE's shared words)
STORM = r"storms?|tornado(?:e?s)?|hurricanes?|cyclones?|typhoons?|mudslides?|earthquakes?"
NATURAL_CAUSE = FastPattern(re.compile(
    rf"\b(?:{MISHAP}|{ILLNESS}|{STORM}|flooding|heat ?waves?|wildfires?"
    r"|(?<!cease-)(?<!cease )fires?|blazes?|cave-ins?)\b", re.IGNORECASE))
# Searched in the article at every death trigger: only where one of its words occurs, tried only where one begins.
_NATURAL_CAUSE = FoldedPattern(NATURAL_CAUSE)


def _natural_killer(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """"killed" whose cause is a disease, a storm or an accident, with no other word of violence
    and no armed group in the sentence: no one's violence ("a fire set by rebels killed four" is)."""
    if _NATURAL_CAUSE.search(text, start, end) is None:
        return False
    if any(a.actor.kind in NON_STATE_ARMED for a in ann.within(ann.actors, start, end)):
        return False
    if ACCIDENT.search(text, start, end) is not None:  # "two soldiers were killed in an accident"
        return _only_forces_named(text, start, end, skip=trig)
    return VIOLENCE_WORD.search(text, start, trig.start) is None and VIOLENCE_WORD.search(text, trig.end, end) is None


# A blast whose source is a household, industrial or festive thing, not a weapon: "a gas explosion",
# "a boiler blew up", "an explosion at a fireworks factory", "a spark ignited the powder".
ACCIDENTAL_BLAST = FastPattern(re.compile(
    r"\b(?:gas|gas[- ]cylinder|cylinder|boiler|fireworks?|firecrackers?|pipeline|pipe|leak|tanker|transformer|reactor|furnace|"
    r"kiln|coal[- ]dust|methane|chemical|fuel[- ]tank|pressure[- ]cooker)\s+(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?|explod\w*|blew up)"
    r"|\b(?:explosions?|blasts?|fire)\s+(?:at|in|inside|ripped through|tore through)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:factory|plant|refinery|warehouse|depot|workshop|mine|pit|mill|laboratory|lab)\b"
    r"|\b(?:spark|leak|gas|short[- ]circuit|faulty wiring)\s+(?:[\w-]+\s+){0,2}?(?:ignited|caused|triggered|set off)\b", re.IGNORECASE))
# The words of harm a blast comes with: the harm itself, not a sign of anyone's violence.
BLAST_HARM = re.compile(r"explo\w*|blasts?|kill\w*|wound\w*|injur\w*|burn\w*|victims?", re.IGNORECASE)
# A weapon named: a blast with it is no mishap ("a bomb hidden in a gas cylinder exploded").
WEAPON_NAMED = FastPattern(re.compile(r"\b(?:bomb\w*|ieds?|devices?|explosives|grenades?|detonators?|suicide|booby\S*|rockets?|"
                                      r"missiles?|mortars?|shells?|drones?|sabotage\w*|arson\w*|deliberate\w*|planted)\b",
                                      re.IGNORECASE))


def accidental_blast(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """An explosion told with a household or industrial source ("a gas explosion", "an explosion at a
    fireworks factory"), and the deaths in its sentence, with no weapon and no armed group in it or
    the sentences beside it and no other word of violence in it: a mishap, which no conflict dataset codes."""
    if not (trig.cls in {"ied", "kill", "bodies"} or (trig.cls == "destruction" and trig.text.lower().startswith("blew up"))):
        return False  # ("a boiler blew up in the basement": what blew up is the blast)
    if ACCIDENTAL_BLAST.search(text, start, end) is None:
        return False
    # (a weapon or an armed group in the sentence before or after tells how it was set off)
    low, high = _previous_sentence_start(ann, start), _next_sentence_end(ann, end)
    if WEAPON_NAMED.search(text, low, high) is not None:
        return False
    if any(a.actor.kind in ARMED_KINDS - {"state"} for a in ann.within(ann.actors, low, high)):
        return False
    return all(BLAST_HARM.fullmatch(m.group(0)) for m in VIOLENCE_WORD.finditer(text, start, end))


def _previous_sentence_start(ann: Annotations, start: int) -> int:
    """Where the sentence before the one at `start` begins, within the same paragraph."""
    before = ann.sentence_before(start, same_paragraph=True)
    return before[0] if before else start


CROWD_CLASSES = {"protest", "riot", "intervention", "excessive"}


def no_armed_side(actors: list[ActorMention], ann: Annotations, start: int) -> bool:
    """No armed actor in the sentence and no crowd in its paragraph: violence told of nobody
    armed ("a man was stabbed", "thieves broke into a van") is no battle, which needs two
    armed sides; deaths told beside a demonstration are the crowd's story."""
    if any(a.actor.kind in ARMED_KINDS for a in actors):
        return False
    low, high = ann.paragraph_of(start)
    return not any(t.cls in CROWD_CLASSES for t in ann.within(ann.triggers, low, high))


FORCE_NOUN = re.compile(r"\b(?:troops|soldiers|forces|reinforcements|units|battalions|brigades|fighters|militants|convoys?)\b", re.IGNORECASE)
DIPLOMATS = re.compile(r"\b(?:diplomats?|envoys?|ambassadors?|embassy staff)\b", re.IGNORECASE)


def no_strategic_move(trig: Trigger, ann: Annotations, start: int, end: int) -> bool:
    """A move or displacement that is no conflict development: "withdrew $1,000", "the prince
    arrived in Paris", "the airline pulled out" (a move with no force named), "expelled
    diplomats" (a person displaced that a "who" clause describes is described_person's)."""
    if trig.cls == "displacement":
        return bool(DIPLOMATS.search(trig.text))
    if trig.cls != "movement" or FORCE_NOUN.search(trig.text) or trig.text.lower().startswith("ordered"):
        return False  # (an order to leave is a state's, whoever leaves)
    return not any(a.actor.kind in ARMED_KINDS for a in ann.within(ann.actors, start, end))


# "a farmer who was displaced by the floods", "a teacher who marched", "a farmer who had fought in the
# 1991 war": a clause that says who a person is.
PERSON_WHO_BEFORE = re.compile(r"\b(?:who|whom)\s+(?P<perfect>(?:had|has|have)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
# A clause that dates its act before the incident told: a year, a war, a time ago.
PAST_IN_CLAUSE = re.compile(r"\b(?:1[89]\d\d|20\d\d|wars?|years?\s+ago|decades?\s+ago|formerly|previously)\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[,.;:()]")
# The acts a sentence tells of a person its clause describes.
HARM_TOLD = {"kidnap", "execution", "kill", "attack"}


def described_person(trig: Trigger, triggers: list[Trigger], text: str, start: int, end: int) -> bool:
    """The trigger sits in a "who ..." clause that says who a person is, not what happened: "a farmer
    who was displaced by the floods", "a teacher who marched in the protests was kidnapped", "killed a
    farmer who had fought in the 1991 war" (the person's past beside the act the sentence tells)."""
    who = PERSON_WHO_BEFORE.search(text, max(start, trig.start - 20), trig.start)
    if who is None:
        return False
    if trig.cls == "displacement":
        return True
    if trig.cls == "protest":  # ("shot two men who protested": the harm told first fell on the crowd)
        return any(t.cls in HARM_TOLD and t.start > trig.start for t in triggers)
    stop = CLAUSE_END.search(text, trig.end, end)
    clause_end = stop.start() if stop else end
    if who.group("perfect") is None and PAST_IN_CLAUSE.search(text, trig.end, clause_end) is None:
        return False  # "killed two gunmen who attacked a checkpoint": the clause may tell the same incident
    return any(not who.start() <= t.start < clause_end for t in triggers)  # ("arrested a man who had fought for IS")


# "did not explain why he had been held", "asked whether anyone was hurt", "his sister believes
# the neighbour killed him": the act sits in a question or a belief, it is not reported as having happened.
# (searched before every trigger: skipped where none of its words occurs)
UNASSERTED_BEFORE = FastPattern(re.compile(
    r"\b(?:why|whether|(?<!is )(?<!are )(?<!was )(?<!were )(?:believes?|thinks?|wonders|bet|argue[sd](?!\s+(?:with|over|about)\b))"
    # ("argued with a driver and shot him": a quarrel, then the act, told)
    # ("his lawyer suggested a neighbour shot him": a party's case; "reports suggested that gunmen killed
    # five": the hedged account a conflict report gives, told)
    r"|(?<!reports )(?<!report )(?<!sources )(?<!source )(?<!evidence )(?<!accounts )(?<!witnesses )(?<!footage )(?<!images )"
    r"(?<!figures )(?<!data )suggest(?:s|ed)|(?:suspects|fears)(?=\s+that\b))\s+(?:that\s+)?"
    r"(?:[\w'’-]+\s+){0,5}$"
    # "charged with assault", "acquitted of killing": an offence named in court, not told
    r"|\b(?:counts?\s+of|charges?\s+of|charged\s+with|(?:convict(?:ed|ing)|acquit(?:ted|ting))\s+(?:[\w,]+\s+){0,3}?of|guilty\s+of"
    r"|accused\s+of)\s+(?:the\s+)?$"
    # "their being kidnapped", "for fear of being arrested": the act named as a thing, or feared, not told
    r"|\b(?:(?:his|her|their|its|my|our|your)|(?:fears?|feared|afraid|risk|danger|threat|scared|terrified|worried)\s+of)\s+being\s+$"
    # "the ministry denied on Monday that soldiers had burned homes": the act denied, not told
    r"|\b(?:denied|denies|deny|denying)\s+(?:(?:on\s+\w+|\w+ly|again|reports|claims|allegations)\s+)?that\s+(?:[\w'’-]+\s+){0,5}$",
    re.IGNORECASE), prefilter=True)
# Stealing, by its act, its crime or its doer.
THEFT_WORD = r"thie(?:f|ves)|theft|burglars?|burglar(?:y|ies)|robbers?|robber(?:y|ies)|robbed|steal(?:ing)?|stole|stolen|shoplift\w*"
# A crime that only the police, not a conflict dataset, would log as the reason for an arrest.
ORDINARY_CRIME = re.compile(
    rf"\b(?:{THEFT_WORD}|fraud\w*|insider trading"
    r"|inside information|(?:child )?pornography|child endangerment|vandali[sz](?:ing|ism|ed)|drugs?(?: charges)?|narcotics"
    r"|drunk(?:en)? driving|dui|battery|felony|felonies|misdemeanou?rs?|embezzl\w*|domestic violence|trespass\w*"
    r"|buy-bust|drug[- ]dealing|speeding|methamphetamine|meth|cocaine|heroin|marijuana|cannabis|controlled substances?"
    r"|traffic stop)\b", re.IGNORECASE)


# "the lawsuit alleges that ...", "he claims in the suit that ...", "in his confession he stated that ...":
# what a party to a court case says.
LEGAL_CLAIM = FastPattern(re.compile(
    r"\b(?:(?:law)?suits?|complaints?|claims?|indictments?|petitions?)\b(?:\s+[\w'’-]+){0,3}?\s+(?:alleges?|alleged|claims?|claimed|"
    r"contends?|contended)\b|\bclaims?\s+in\s+(?:the|a|his|her|their)\s+(?:law)?suit\b"
    r"|\bin\s+(?:the|a|his|her|their)\s+(?:[\w-]+\s+)?(?:confession|testimony|deposition|affidavit)\b", re.IGNORECASE),
    prefilter=True)  # (searched before every trigger; its words, "alleges", "testimony", are rare)


# "he admitted shooting him", "confessed to the stabbing": an act owned up to, in court or to the police
CONFESSED_BEFORE = FastPattern(re.compile(r"\b(?:admit(?:s|ted|ting)?|confess(?:es|ed|ing)?)(?:\s+to)?\s+(?:the\s+)?$", re.IGNORECASE),
                               prefilter=True)
# The three searched in the article before every trigger: tried only where a match can begin (the same
# matches as the patterns', fewer places tried than a scan of each stretch).
_CONFESSED_BEFORE, _LEGAL_CLAIM = map(FoldedPattern, (CONFESSED_BEFORE, LEGAL_CLAIM))
# UNASSERTED_BEFORE as its alternatives, each with its own prefilter: as one pattern, a stretch with
# "that" anywhere passed, and every "her", "his", "its" (in "other", "this", "units") was a start tried.
_UNASSERTED_ALTERNATIVES = top_alternatives(UNASSERTED_BEFORE.compiled)
_UNASSERTED_BEFORE = (FoldedPattern(UNASSERTED_BEFORE) if _UNASSERTED_ALTERNATIVES is None
                      else FoldedAlternatives(UNASSERTED_BEFORE.compiled, _UNASSERTED_ALTERNATIVES))


def unasserted(trig: Trigger, ann: Annotations, text: str, start: int) -> bool:
    """The trigger sits in an indirect question, a belief, a court claim or a confession ("did not
    explain why he had been held", "his sister believes the neighbour killed him", "the suit alleges
    he was detained", "he confessed to the stabbing"): no incident is reported by it. An armed group
    that admits an act claims it ("Boko Haram admitted killing five soldiers"): that is told."""
    if _UNASSERTED_BEFORE.search(text, max(start, trig.start - 60), trig.start) is not None:
        return True
    confessed = _CONFESSED_BEFORE.search(text, max(start, trig.start - 30), trig.start)
    if confessed is not None and not any(a.actor.kind in ARMED_OTHERS for a in ann.within(ann.actors, start, confessed.start())):
        return True
    return _LEGAL_CLAIM.search(text, start, trig.start) is not None


def ordinary_arrest(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """An arrest for burglary, fraud, drugs or vandalism, told in its sentence or the ones
    beside it: police work on ordinary crime, not the political or security arrest a conflict
    dataset codes."""
    if trig.cls != "arrest" or _armed_or_terror(ann, text, start, end):
        return False  # "arrested two IS members wanted on drugs charges" is a security arrest
    return ORDINARY_CRIME.search(text, _previous_sentence_start(ann, start), _next_sentence_end(ann, end)) is not None


TERROR_WORDS = re.compile(r"\b(?:terror\w*|extremis\w*|militan\w*|insurgen\w*|jihad\w*|rebels?)\b", re.IGNORECASE)


def _armed_or_terror(ann: Annotations, text: str, start: int, end: int) -> bool:
    """The arrest's sentence names an armed group or terrorism: whatever else the men are
    charged with, the arrest is a security one."""
    if any(a.actor.kind in ARMED_OTHERS | {"generic"} for a in ann.within(ann.actors, start, end)):
        return True
    return TERROR_WORDS.search(text, start, end) is not None


# The offices of the state and of politics, and those who hold them.
POLITICAL_OFFICE = (r"minist(?:er\w*|r(?:y|ies))|governors?|president|premier|mayors?|mps?|lawmakers?|parliament\w*|senators?|"
                    r"congress\w*|cabinet|ambassadors?|deput(?:y|ies)|officials?|commanders?|chiefs?|leaders?|government|party|"
                    r"regime|state|military|army")
# What makes an arrest a political or security one: who is held, who holds them, or why.
POLITICAL_CONTEXT = FastPattern(re.compile(
    rf"\b(?:{POLITICAL_OFFICE}|protest\w*|demonstrat\w*|activists?|journalists?|reporters?|bloggers?|opposition|dissidents?|"
    r"terror\w*|militants?|insurgents?|extremists?|jihadists?|rebels?|security|soldiers|troops|intelligence|political|"
    r"politicians?|parties|critics?|rights|lawyers?|clampdown|crackdown|wanted|coup|treason|espionage|spy|spies|sedition|"
    r"insult\w*|defam\w*|election\w*|authorities|clan|tribal|militia\w*|gunmen|smuggl\w*|border|checkpoints?|(?<!police )raids?|"
    r"weapons|explosives|attacks?|bomb\w*|kidnap\w*|assassinat\w*|emirs?)\b",
    re.IGNORECASE))


def arrest_outside_conflict(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """Policy, not a reading: an arrest whose paragraph names no armed group, crowd or official and
    no word of politics or security ("Police arrested two men in Leeds") is taken for ordinary police
    work and gives no event, as a conflict dataset codes only political and security arrests. The
    arrest is rejected for what the text does not say; this is the one place that decides it."""
    if trig.cls != "arrest" or _armed_or_terror(ann, text, start, end):
        return False  # "arrested two IS suspects": a security arrest, whatever else is told
    if _sweep(trig, ann, text):
        return False  # "police arrested 30 suspects in a town on Monday": a sweep, no ordinary police work
    low, high = ann.paragraph_of(start)
    if any(a.actor.kind not in {"civilians"} and a.actor.kind != "state" and not _private_office(text, a.start)
           for a in ann.within(ann.actors, low, high)):
        return False
    return all(_private_office(text, m.start()) for m in POLITICAL_CONTEXT.finditer(text, low, high))


# Between an arrest and the count of those it held ("detained at least 40", "40 were rounded up")
SWEEP_COUNT_AFTER = re.compile(r"\s+(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost)\s+)?", re.IGNORECASE)
SWEEP_COUNT_BEFORE = re.compile(r"^(?:\s+[\w-]+){1,3}?\s+(?:were|have\s+been|had\s+been)\s+$", re.IGNORECASE)
SWEEP_SIZE = 10  # at least this many held at once: a sweep


def _sweep(trig: Trigger, ann: Annotations, text: str) -> bool:
    """The arrest holds SWEEP_SIZE or more at once ("police detained 30 suspects", "30 men were
    arrested"): a round-up, not the police work on one crime that the policy below leaves out (a
    crime named still makes it ordinary: ordinary_arrest decides that before)."""
    for q in ann.within(ann.quantities, max(0, trig.start - 40), trig.end + 30):
        if q.unit is not None and not q.unit.isalpha() or q.low < SWEEP_SIZE:
            continue
        if (q.span.start >= trig.end and SWEEP_COUNT_AFTER.fullmatch(text, trig.end, q.span.start) is not None
                or q.span.end <= trig.start and SWEEP_COUNT_BEFORE.match(text[q.span.end : trig.start]) is not None):
            return True
    return False


# "school officials", "hospital officials", "league officials": the staff of a private body, no office of state.
PRIVATE_BODY_BEFORE = re.compile(
    r"\b(?:school|college|university|hospital|clinic|company|corporate|firm|club|team|league|airline|church|bank|museum"
    r"|hotel|store|shop|zoo|festival|tournament|stadium)\s+$", re.IGNORECASE)
OFFICIAL_WORD = re.compile(r"officials?\b", re.IGNORECASE)


def _private_office(text: str, pos: int) -> bool:
    """The official named at pos serves a private body ("school officials"), not the state."""
    return bool(OFFICIAL_WORD.match(text, pos)) and PRIVATE_BODY_BEFORE.search(text, max(0, pos - 20), pos) is not None


# What makes a deal one between the parties of a conflict, whoever signs it: a halt to the fighting,
# an exchange of prisoners or the dead, an evacuation, a surrender ("signed an agreement to create a
# joint venture", "a deal to settle claims" are business and law).
CONFLICT_DEAL = re.compile(
    r"\b(?:truces?|cease-?fires?|armistice|hostilities|prisoners?|detainees?|captives?|hostages?|bodies|"
    r"peace\s+(?:deals?|agreements?|accords?|treat(?:y|ies)|pacts?|talks|process|plan)|restor\w*\s+peace|"
    r"end\s+(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|war|conflict|clashes|raids|violence)|"
    r"evacuat\w*|surrender\w*|reconcil\w*|disarm\w*|de-?escalat\w*|withdraw\w*)\b", re.IGNORECASE)


# "The two sides agreed ...", "both parties signed ...": the parties named just before
BOTH_SIDES = re.compile(r"\b(?:the|both)\s+(?:two\s+|warring\s+|rival\s+|opposing\s+)?(?:sides|parties)\b", re.IGNORECASE)


def deal_parties(ann: Annotations, text: str, start: int, end: int) -> list[ActorMention]:
    """The parties of a deal told in text[start:end]: those the sentence names, else, where it
    names them only as "the two sides" or "both parties", the two or more the sentence before
    names ("Talks between the government and the Tarvo Front ... The two sides agreed ...")."""
    actors = ann.within(ann.actors, start, end)
    if actors or BOTH_SIDES.search(text, start, end) is None:
        return actors
    before = ann.sentence_before(start)
    named = ann.within(ann.actors, before[0], before[1]) if before else []
    return named if len({a.actor.name for a in named}) >= 2 else []


def deal_outside_conflict(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """A deal is ACLED's agreement only between the parties of a conflict: one that ends or pauses
    fighting, frees or swaps prisoners, or to which an armed group is a party; and a deal no party
    is named to ("signed a trade deal to promote peace" with the signatories unread) is no record."""
    if trig.cls != "agreement":
        return False
    actors = deal_parties(ann, text, start, end)
    if not actors:
        return True
    if CONFLICT_DEAL.search(text, start, end):
        return False
    return not any(a.actor.kind in NON_STATE_ARMED for a in actors)


def sexual_crime_outside_conflict(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """Policy, as for arrests: a rape is coded only where armed men or the state's forces commit it
    (told before the act, or after "by"); a child "who was raped" in a story about the police's
    handling of a crime names no such perpetrator and gives no event."""
    if trig.cls != "sexual":
        return False
    for a in ann.within(ann.actors, start, end):
        if a.actor.kind not in ARMED_KINDS:
            continue
        if a.end <= trig.start or (a.start >= trig.end and BY_AGENT.search(text, max(trig.end, a.start - 30), a.start)):
            return False
    return True


def _next_sentence_end(ann: Annotations, end: int) -> int:
    """Where the sentence after the one ending at `end` ends, within the same paragraph."""
    after = ann.sentence_after(end, same_paragraph=True)
    return after[1] if after else end


# Everyday senses of trigger words, read from the words right before (B) or after (A) them.
# "a three-point shot", "shot down rumours", "shot a video"; "a close-fought battle", "cage
# fighting", "a battle with cancer"; "were engaged in 1960"; "regained the 2.10 level"; "was
# demonstrated by"; "an offensive joke"; "captured footage of"; "infiltrated chat groups".
# Things carried out when "executed" ("executed a court order", "the plan was executed"): SENSE_AFTER's
# and EXECUTED_THING_BEFORE's shared words
EXECUTED_THINGS = (r"warrants?|orders?|plans?|contracts?|trades?|deals?|strateg(?:y|ies)|transactions?|agreements?|manoeuvres?|"
                   r"maneuvers?|programs?|programmes?|tasks?")
SENSE_BEFORE: dict[str, re.Pattern[str]] = {
    "shot": re.compile(r"\b(?:an?|the|his|her|their|its|my|your|our|first|last|final|winning|point|penalty|big|great|good|"
                       r"long|parting|cheap|best|time|jump|free|slap|mug|head|screen|booster|flu|camera)\s+$"
                       # a determiner and then a word that only describes a shot at goal ("Molloy's late shot",
                       # "fired a low shot into the corner", "a 25-yard shot")
                       r"|\b(?:an?|the|his|her|their|its|[\w-]+['’]s)\s+(?:late|low|high|early|fierce|powerful|curling|curled|"
                       r"angled|deflected|speculative|opening|tame|weak|fine|lucky|hopeful|stinging|swerving|dipping|looping|"
                       r"(?:left|right)-footed|[\w-]+-(?:yard|foot|metre|meter|point|range))\s+$", re.IGNORECASE),
    "clash": re.compile(r"\b(?:hard[- ]|ultimate\s+|cage\s+|prize\s*|fist\s*|legal\s+|court\s+|courtroom\s+|custody\s+|political\s+|"
                        r"election\s+|electoral\s+|uphill\s+|title\s+|ratings\s+|bidding\s+|budget\s+)$",
                        re.IGNORECASE),
    "protest": re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:also\s+|clearly\s+|further\s+)?$", re.IGNORECASE),
    # a market's or a player's rally
    "rally": re.compile(r"\b(?:market|stock|stocks|share|shares|equity|equities|bond|bonds|price|prices|dollar|oil|relief|"
                        r"year-end|late|late-session|broad|strong)\s+$", re.IGNORECASE),
    "operation": re.compile(r"\b(?:deeply|highly|very|so|too|most|more|less|grossly|extremely|racially|culturally|found it|is|was|"
                            r"be|are|were)\s+$", re.IGNORECASE),
}
SENSE_AFTER: dict[str, re.Pattern[str]] = {
    # (and game or pests shot by hunters and cullers: "shot 1,200 deer", "shot two wild boars")
    "shot": re.compile(r"\s+(?:down\s+(?:(?:the|a|an|his|her|their|its|our|my|your|[\w-]+['’]s)\s+){0,2}(?:[\w-]+\s+)?(?:rumou?rs?|reports?|"
                       r"claims?|speculation|suggestions?|ideas?|proposals?|bills?|motions?|plans?|amendments?|bids?|requests?|"
                       r"offers?|applications?)|to fame"
                       r"|(?:(?:[\d,]+|an?|the|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)?"
                       r"(?:wild\s+|stray\s+)?(?:deer|stags?|boars?|ducks?|geese|pheasants?|grouse|rabbits?|hares?|wolf|wolves|"
                       r"pigeons?|elk|moose|bison|game\s+birds?)\b"
                       r"|(?:a|the|his|her|their)\s+(?:[\w-]+\s+)?(?:video|film|footage|photos?|"
                       r"pictures?|scenes?|movie|documentary|episode|commercial|advert)s?\b)", re.IGNORECASE),
    "clash": re.compile(r"\s+(?:stars?|champions?|championships?|league|promotion|spirit|chance|fit|words|cancer|disease|illness|"
                        r"addiction|depression|fires?|wildfires?|flames|corruption|poverty|inflation|back tears|"
                        r"(?:with|against)\s+(?:cancer|illness|addiction|depression|disease|obesity))\b", re.IGNORECASE),
    # "were engaged in 1960 and married", "engaged in talks": to marry, or busy with something peaceful
    "engaged": re.compile(r"\s+(?:to\s+(?:be\s+)?married|in\s+(?:19|20)\d\d|since\b|and\s+(?:later\s+)?married|"
                          r"in\s+(?:talks|dialogue|discussions|negotiations|conversations?|business|activities|trade))\b",
                          re.IGNORECASE),
    "territory": re.compile(r"\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[€$£¥]\s*[\d.,]+|[\d.,]+\s*(?:%|percent|per cent|"
                            r"points?|cents?)|(?:[€$£¥\d.,%+()-]+\s+)?(?:level|mark|lead|consciousness|composure|momentum|"
                            r"strength|form|title|crown|top spot))", re.IGNORECASE),
    "protest": re.compile(r"\s+(?:that|how|its|his|her|their|the\s+(?:need|importance|ability|value|power|strength|"
                          r"commitment|extent))\b", re.IGNORECASE),
    "operation": re.compile(r"\s+(?:messages?|remarks?|comments?|language|content|material|posts?|tweets?|jokes?|words?|"
                            r"behaviou?r|slogans?|images?|cartoons?|t-shirts?|hoodies?|shirts?|sweatshirts?|signs?|banners?|"
                            r"gestures?|terms?|slurs?|lyrics|names?|videos?|adverts?|ads?|statements?|songs?)\b", re.IGNORECASE),
    "arrest": re.compile(r"\s+(?:on\s+)?(?:the\s+)?(?:video|footage|images?|photos?|pictures?|the moment|the scene|on camera|"
                         r"on film|attention|hearts|imagination|the title|the crown|votes?|market|seats?)\b", re.IGNORECASE),
    "attack": re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:groups?|organi[sz]ations?|networks?|ranks|movements?|parties|"
                         r"party|unions?|mosques?|communities|meetings|chats?|accounts?|systems?|computers?|servers?)\b",
                         re.IGNORECASE),
    # words attacked, not people: "attacked each other's tax plans", "attacked the decision"
    "verbal": re.compile(r"\s+(?:(?:the|his|her|their|its|our|my|your|each\s+other['’]s|[\w-]+['’]s)\s+)?(?:[a-z-]+\s+)?(?:policies|policy|plans?|remarks?|comments?|proposals?|decisions?|views|"
                         r"ideas?|claims?|statements?|speech|budget|reforms?|rhetoric|stance|credibility|reputation)\b",
                         re.IGNORECASE),
    # "targeted sanctions", "targeted customers": an adjective
    "targeted": re.compile(r"\s+(?:audiences?|ads|advertising|adverts|marketing|campaigns?|messages?|messaging|sanctions|therap\w+|"
                           r"treatments?|drugs?|approach|support|help|funding|investments?|measures?|programs?|programmes?|"
                           r"customers|consumers|users|areas? of)\b", re.IGNORECASE),
    "rally": re.compile(r"\s+(?:to\s+(?:beat|defeat|win|victory|claim|take|edge|level|tie|draw|finish|force|reach|close)|from\b|back\b"
                        r"|past\b|in\s+(?:the\s+)?(?:second|third|final|fourth|last))", re.IGNORECASE),
    # "executed a court order", "executed the trade": carried out
    "execution": re.compile(rf"\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:{EXECUTED_THINGS}|plays?|"
                            r"duties|moves?|turns?|jumps?|dives?)\b", re.IGNORECASE),
}
# "the order was executed", "an executive order that was executed by the treasury": a thing carried
# out, named as the subject of the passive (the words between it and the verb name no one else)
EXECUTED_THING_BEFORE = re.compile(
    rf"\b(?:{EXECUTED_THINGS}|wills?|deeds?|decrees?|rulings?|judgments?|judgements?|instructions?|commands?|policies|policy)"
    r"(?:\s+(?!(?:that|which|who|whom|whose|under|in|by|after|before|when|as)\b)[\w-]+){0,3}?\s+(?:(?:that|which)\s+)?"
    r"(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# the thing named after a preposition or a verb, not as the subject: "prisoners convicted under the
# emergency decree were executed" (the prisoners were)
THING_AS_OBJECT_BEFORE = re.compile(r"\b(?:under|for|of|by|with|against|breaking|breached|breaching|violating|violated|defying|"
                                    r"defied)\s+(?:(?:the|a|an|this|that|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?$",
                                    re.IGNORECASE)
# "attack" as the first word of a compound that names no assault: "attack ads", "an attack dog", "the
# attack rate of the virus", "the attack surface of a network"
ATTACK_COMPOUND = re.compile(r"\s+(?:ads?|adverts?|advertisements?|advertising|commercials?|spots|mailers?|leaflets?|lines?|"
                             r"politics|dogs?|rates?|surfaces?|vectors?|modes?)\b", re.IGNORECASE)
# "killed it" with nothing after it but a time, a place or the sentence's end: did very well
# ("killed it on the dance floor", "she killed it in the 200 metres")
KILLED_IT = re.compile(r"\s+it(?:\s+(?:in|on|at|again|tonight|today|yesterday|this|last|out\s+there|with)\b|\s*[,.!;:]|\s*$)",
                       re.IGNORECASE)
# "died while in custody", "remains in custody": a state someone is in, not an arrest told.
SENSE_BEFORE["custody"] = re.compile(r"\b(?:while|remains?|remained|is|are|was|were|been|being|held|kept|died|death|still)\s+"
                                     r"(?:\w+\s+)?$", re.IGNORECASE)
# An illness or a seizure named "attack", not an assault.
# An attack on computers or in words: "a cyber attack", "a scathing attack" (ACLED codes neither).
SENSE_BEFORE["verbal"] = re.compile(r"\b(?:heart|panic|asthma|anxiety|allergic|migraine|gout|cyber|online|hacking|ransomware|"
                                    r"phishing|malware|ddos|denial-of-service|verbal|personal|scathing|blistering)(?:\s+|-)$",
                                    re.IGNORECASE)
# "came under fire from critics / over his remarks / for failing to act", "bombarded with calls":
# criticism and a flood of messages, no gunfire nor shells ("came under fire over the weekend / for
# two hours" is gunfire: over/for criticise only a party's own doing or a thing said or decided)
CRITICISED_FOR = (r"\s+(?:over|for)\s+(?:(?:his|her|its|their|my|our|your)\b|(?!during\b|morning\b|evening\b|nothing\b)\w+ing\b"
                  r"|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:remarks?|comments?|decisions?|handling|polic(?:y|ies)|claims?|statements?|"
                  r"plans?|proposals?|response|failures?|tweets?|posts?|stance|conduct|spending|delays?|row|scandal|law|bill|ban|move)\b)")
# ("came under fire on Monday after bills rose / after saying ...": what was done or said before the criticism;
# "after leaving the base" is gunfire, so only a rise or a thing said, revealed or decided)
CRITICISED_AFTER = (r"|(?:\s+(?:on|last|this|early|late)\s+\w+)?\s+after\s+(?:(?:[\w'’-]+\s+){1,4}?(?:rose|soared|jumped|increased|doubled|tripled|emerged|leaked|surfaced|"
                    r"went viral|were revealed|was revealed)\b|(?:saying|claiming|suggesting|announcing|admitting|refusing|failing|"
                    r"posting|tweeting|comparing|calling|describing|telling|defending|praising|blaming|dismissing|raising|cutting|"
                    r"scrapping|approving|backing|hiring|firing|sacking)\b)")
SENSE_AFTER["criticised"] = re.compile(CRITICISED_FOR + CRITICISED_AFTER + r"|\s+from\s+(?:[\w-]+\s+){0,3}?(?:critics|lawmakers|mps|campaigners|"
                                       r"fans|media|press|commentators|rivals|senators|politicians|users|customers|investors|"
                                       r"parents|unions?|public|watchdogs?|regulators?)\b", re.IGNORECASE)
SENSE_AFTER["bombarded"] = re.compile(r"\s+with\s+(?:[\w-]+\s+)?(?:calls|questions|messages|e-?mails|complaints|requests|criticism|"
                                      r"abuse|letters|offers|ads|adverts|texts|tweets|inquiries|enquiries|applications|orders|praise)\b",
                                      re.IGNORECASE)
# Where a noun phrase ends: punctuation or a word that starts no noun ("the bank's reserves to pay", not
# "a savings bank", "the science faculty").
NOUN_PHRASE_ENDS = (r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|to|by|of|that|which|on|at|for|with|from|after|before|last|this|over|"
                    r"is|was|were|are|had|has|have|as|across|amid|during|since|but)\b)")
# A raid on money or a store of things, not on people: "the government's raid on the bank's reserves",
# "raided the pension fund", "a raid on the fridge".
SENSE_AFTER["raid_thing"] = re.compile(r"\s+(?:on\s+)?(?:(?:the|a|an|his|her|their|its|our|my|your|[\w-]+['’]s)\s+){0,2}(?:[\w-]+\s+)?"
                                       r"(?:reserves|funds?|coffers|savings|pensions?|pension\s+funds?|budgets?|kitty|"
                                       rf"piggy\s+bank|fridge|larder|pantry|wardrobe|cookie\s+jar){NOUN_PHRASE_ENDS}", re.IGNORECASE)
# "ambushed by a reporter's question", "ambushed by critics on live television": caught out, not attacked.
SENSE_AFTER["ambushed"] = re.compile(r"\s+(?:(?:on\s+\w+|\w+ly)\s+)?by\s+(?:[\w'’-]+\s+){0,3}?(?:questions?|reporters?|journalists?|"
                                     r"interviewers?|presenters?|hosts?|critics|paparazzi|photographers|cameras?|fans|news|"
                                     r"revelations?|allegations?|surprise\s+part(?:y|ies))\b", re.IGNORECASE)
# "hijacking the debate", "hijacked her social media account": taken over, nobody seized.
SENSE_AFTER["hijack_thing"] = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|our|my|your|[\w-]+['’]s)\s+){0,2}(?:[\w-]+\s+){0,2}?"
                                         r"(?:debates?|agendas?|discussions?|meetings?|narratives?|conversations?|process|"
                                         r"hashtags?|accounts?|story|stories|brand|websites?|browsers?|computers?|data|"
                                         r"elections?|votes?|headlines)\b", re.IGNORECASE)
# Which reading a trigger word gets when it is not its class's own.
WORD_KEY = {"shot": "shot", "engaged": "engaged", "attacked": "verbal", "attack": "verbal", "attacks": "verbal", "targeted": "targeted",
            "rally": "rally", "rallied": "rally", "rallies": "rally", "in custody": "custody",
            "came under fire": "criticised", "bombarded": "bombarded",
            "raid": "raid_thing", "raids": "raid_thing", "raided": "raid_thing", "ambushed": "ambushed",
            "hijack": "hijack_thing", "hijacks": "hijack_thing", "hijacked": "hijack_thing", "hijacking": "hijack_thing"}
# (which trigger words each reading applies to, by class)
SENSE_WORDS: dict[str, set[str]] = {
    "shot": {"shot"}, "clash": {"fighting", "fought", "battle", "battles", "battled"}, "engaged": {"engaged"},
    "territory": {"regained"}, "protest": {"demonstrated"}, "operation": {"offensive"},
    "arrest": {"captured", "capturing"}, "attack": {"infiltrated"}, "verbal": {"attacked", "attack", "attacks"},
    "targeted": {"targeted"}, "custody": {"in custody"}, "rally": {"rally", "rallied", "rallies"}, "execution": {"executed", "executing"},
    "criticised": {"came under fire"}, "bombarded": {"bombarded"}, "raid_thing": {"raid", "raids", "raided"},
    "ambushed": {"ambushed"}, "hijack_thing": {"hijack", "hijacks", "hijacked", "hijacking"},
}
# An attack on an ideal or an institution's work, in words: "an attack on press freedom", "attacks on
# democracy" (ACLED codes no assault on an idea; "an attack on the press office" is on a place).
ATTACK_ON_IDEAL = re.compile(r"\s+on\s+(?:(?:the|our|their|his|her|its|a)\s+)?(?:[\w-]+\s+)?(?:freedoms?|democracy|liberty|liberties|"
                             r"(?:human|civil|women['’]s|workers['’]|voting)\s+rights|rights\s+of|rule\s+of\s+law|constitution|free\s+speech|"
                             r"judicial\s+independence|independence\s+of|science|truth|dignity|privacy|journalism|pluralism|"
                             rf"values|common\s+sense|decency){NOUN_PHRASE_ENDS}", re.IGNORECASE)
# A thing as the subject of a passive "killed": a share price crushed, a bill or a plan ended.
THING_KILLED_BEFORE = re.compile(
    r"\b(?:shares|stocks?|bonds?|bills?|plans?|deals?|projects?|proposals?|motions?|legislation|ideas?|schemes?|mergers?|bids?|"
    r"amendments?|reforms?|(?:the|a|an)\s+(?:[\w-]+\s+)?(?:show|series|franchise|brand|product|feature|app|programme|program))"
    r"(?:\s+(?:in|of|for)(?:\s+[\w'’&.-]+){1,3}?)?\s+(?:was|were|has\s+been|have\s+been|had\s+been|got|is|are|being)\s+"
    r"(?:(?:effectively|quickly|finally|quietly|all\s+but)\s+)?$", re.IGNORECASE)
# ... unless that thing only names where people were ("workers at the project were killed")
THING_IN_PLACE_BEFORE = re.compile(r"\b(?:at|on|near|of|in|from|for|to|by|with|attending|outside|inside|over|behind|against)\s+"
                                   r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# An animal as the subject of the attack or the killing: "a bear attacked and killed a hiker", "a shark
# killed a swimmer" (no one's violence).
ANIMAL_SUBJECT_BEFORE = re.compile(
    r"\b(?:bears?|sharks?|crocodiles?|alligators?|lions?|lioness(?:es)?|tigers?|tigress|leopards?|wolf|wolves|elephants?|hippos?|"
    r"hippopotamus|snakes?|pythons?|cobras?|vipers?|bulls?|buffalo(?:es)?|hyenas?|jaguars?|pumas?|cougars?|boars?|stray\s+dogs|"
    r"bees|hornets|wasps|the\s+animals?|an\s+animal|wild\s+animals?)\s+(?:(?:had|has|have|also|then|reportedly|allegedly)\s+)?"
    r"(?:[a-z]+ed\s+and\s+)?$", re.IGNORECASE)
# What "defused" names as its object when that is no device: a determiner or a number and then
# six words none of which is a weapon ("defused a gas leak", "defused the tension";
# not "defused a roadside bomb", "defused two suspected devices").
DEFUSED_NO_DEVICE = re.compile(
    r"\s+(?:an?|the|its|their|his|her|this|that|[\w-]+['’]s|\d+|two|three|four|five)\s+"
    r"(?!(?:[\w-]+\s+){0,5}?(?:[\w-]*bomb\w*|ieds?|(?:land ?)?mines?|explosive\w*|devices?|grenades?|rockets?|missiles?|mortars?|shells?"
    r"|ordnance|charges?|vests?|belts?|booby\S*|traps?|detonators?|munitions?|projectiles?|warheads?)\b)"
    r"[\w-]+",
    re.IGNORECASE)
# What poisons water, crops or herds with no one's hand: a pollutant as the subject of the attack
# trigger "poisoned the water" (no trigger pattern can look back that far).
POLLUTANT_BEFORE = re.compile(r"\b(?:waste|chemicals?|pesticides?|herbicides?|fertili[sz]ers?|spills?|pollution|pollutants?|effluents?|"
                              r"sewage|run-?off|mercury|arsenic|toxins?|algae|bacteria|fumes|contaminat\w+|leaks?)\b"
                              r"(?:\s+[\w'’-]+){0,4}\s+$", re.IGNORECASE)
# A capitalised plural after a capitalised word names a team or a firm ("the Denver Rockets").
CAPITALISED_BEFORE = re.compile(r"(?-i:[A-Z][\w.'’-]*)\s+$")
CAPITALISED_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z])")
# A campaign that is not a military one.
CIVIL_CAMPAIGN = re.compile(r"\b(?:his|her|their|election|re-election|presidential|electoral|advertising|marketing|fundraising|"
                            r"awareness|publicity|crowdfunding|vaccination|charity|leadership|petition|media|social)\s+campaign",
                            re.IGNORECASE)
# A campaign of force: "launched a search campaign", "a campaign of arrests", "a campaign against IS".
MILITARY_CAMPAIGN = FastPattern(re.compile(
    r"\b(?:search|security|military|arrests?|raids?|bombing|air|ground|combing|clearance|clearing|sweep(?:ing)?|inspection|crackdown|"
    r"counter-?\w+|offensive|army|forces|troops)\s+campaign|\bcampaign\s+(?:of|against|to\s+(?:clear|hunt|pursue|track|root|expel|"
    r"drive|eliminate|destroy|retake|recapture))\b", re.IGNORECASE))
# A career told in summary: "during her career she deployed several times on tours abroad".
CAREER = FastPattern(re.compile(r"\b(?:during|throughout|over)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:service|career|tenure)\b"
                                r"|\bdeployed\s+(?:numerous|several|many|multiple|countless|\w+)\s+times\b", re.IGNORECASE))


LONG_WORD = re.compile(r"\b[^\W\d_][\w'’-]{3,}")


def headline_case(text: str, start: int, end: int) -> bool:
    """A sentence written as a headline, every word of four letters or more capitalised ("Tribal
    Elder Shot Dead In Karvo"): its capitalised trigger is no name, as every word is capitalised."""
    words = LONG_WORD.findall(text, start, end)
    return len(words) >= 3 and all(w[0].isupper() for w in words)


# A place where people train ("a training camp", "drill grounds"): PLAYED_BEFORE's and DRILL_OR_TEST's shared words
TRAINING_PLACE = r"camps?|cent(?:re|er)s?|schools?|colleges?|academ(?:y|ies)|grounds?|bases?|facilit(?:y|ies)|sites?|areas?"
# An act only played out: "a mock terror attack", "a simulated hostage-taking", "a fake bomb"
# (not "staged": "militants staged an attack" carried one out). Only a noun is played out: "gunmen in
# fake uniforms killed four" is a killing; and a word between names the act, not a place or a thing
# ("a training camp attack", "a toy shop bombing" happened).
PLAYED_BEFORE = re.compile(r"\b(?:mock|simulated|simulation|fake|dummy|pretend|make-believe|hypothetical|imaginary|fictional|"
                           rf"fictitious|practice|training|replica|toy)\s+(?:(?!(?:{TRAINING_PLACE}|ranges?|shops?|stores?|"
                           r"factor(?:y|ies)|fields?|uniforms?|ids?|documents?|papers?|passports?|plates?|accounts?)\b)[\w-]+\s+)?$",
                           re.IGNORECASE)


# Weather, a mishap (MISHAP) or a falling thing as the subject of a destruction verb: "gales cut down
# power lines", "a tornado destroyed 40 homes", "the crash destroyed two shops": no one's act.
NATURE_SUBJECT_BEFORE = re.compile(
    rf"\b(?:{MISHAP}|{STORM}|winds?|gales?|gusts?|floodwaters?|tremors?|hail(?:storms?)?|snow(?:storms?)?|"
    r"(?:falling|fallen|uprooted)\s+(?:trees?|branches))\s+(?:(?:had|has|have|also|then)\s+)?$", re.IGNORECASE)


# ... or the same subject told before another verb: "floods killed 12 people and destroyed 400 homes"
NATURE_SUBJECT_AND_BEFORE = re.compile(
    rf"\b(?:{MISHAP}|{STORM}|winds?|gales?|floodwaters?|"
    r"tremors?|rains?|downpours?|fires?|wildfires?|blazes?)\s+(?:(?:had|has|have|also)\s+)?(?:killed|swept|hit|struck|ravaged|battered|lashed|"
    r"inundated|submerged|buried|damaged|left|injured|tore|ripped|washed)\b[^.;]{0,80}?\band\s+(?:(?:also|then)\s+)?$", re.IGNORECASE)
# "blew up the old cooling towers in a controlled demolition": a building taken down, no one attacked
CONTROLLED_DEMOLITION = FastPattern(re.compile(r"\bcontrolled\s+demolitions?\b", re.IGNORECASE))
# (searched for each trigger in the article: tried only where the article holds a word every match
# starts with, found once per article)
_ANIMAL_SUBJECT_BEFORE, _THING_KILLED_BEFORE = FoldedPattern(ANIMAL_SUBJECT_BEFORE), FoldedPattern(THING_KILLED_BEFORE)
_NATURE_SUBJECT_AND_BEFORE, _CONTROLLED_DEMOLITION = FoldedPattern(NATURE_SUBJECT_AND_BEFORE), FoldedPattern(CONTROLLED_DEMOLITION)
_PLAYED_BEFORE = FoldedPattern(PLAYED_BEFORE)


def everyday_sense(trig: Trigger, text: str, start: int, end: int) -> bool:
    """The trigger word in a sense that names no violence or conflict act: a photograph or a
    basketball shot, a sports or legal battle, an engagement to marry, a share price regained,
    something demonstrated (shown), an offensive remark, video captured, a team's name, water
    poisoned by a pollutant ("pesticides poisoned the well"), a gas leak or a row defused."""
    word = trig.text.lower()
    key = WORD_KEY.get(word, trig.cls)
    if word in SENSE_WORDS.get(key, ()):
        before, after = SENSE_BEFORE.get(key), SENSE_AFTER.get(key)
        if before is not None and before.search(text, max(start, trig.start - 30), trig.start):
            return True
        if after is not None and after.match(text, trig.end, end):
            return True
    if key == "execution" and word == "executed" and (
            thing := EXECUTED_THING_BEFORE.search(text, max(start, trig.start - 60), trig.start)) \
            and not THING_AS_OBJECT_BEFORE.search(text, max(start, thing.start() - 40), thing.start()):
        return True  # "the order was executed within hours": carried out
    if word in {"attack", "attacks", "attacked"} and ATTACK_ON_IDEAL.match(text, trig.end, end):
        return True  # "the new law is an attack on press freedom": in words
    if trig.cls in {"attack", "kill"} and _ANIMAL_SUBJECT_BEFORE.search(text, max(start, trig.start - 50), trig.start):
        return True  # "a bear attacked and killed a hiker": an animal's doing
    if word == "killed" and (thing := _THING_KILLED_BEFORE.search(text, max(start, trig.start - 60), trig.start)) is not None \
            and not THING_IN_PLACE_BEFORE.search(text, max(start, thing.start() - 40), thing.start()):
        return True  # "shares in the firm were killed", "the bill was killed in committee": ended, no one died
    if trig.cls == "kill" and word in {"killed", "kills", "killing", "kill"} and KILLED_IT.match(text, trig.end, end):
        return True  # "the sprinter killed it in the 200 metres": a success
    if word in {"attack", "attacks"} and ATTACK_COMPOUND.match(text, trig.end, end):
        return True  # "a wave of attack ads against the governor"
    if not trig.is_past and _PLAYED_BEFORE.search(text, max(start, trig.start - 40), trig.start):
        return True  # "staged a mock terror attack as part of a drill": nothing happened
    if trig.cls == "destruction" and (NATURE_SUBJECT_BEFORE.search(text, max(start, trig.start - 40), trig.start)
                                      or _NATURE_SUBJECT_AND_BEFORE.search(text, max(start, trig.start - 120), trig.start)):
        return True  # "gales cut down power lines across the county", "floods killed 12 and destroyed 400 homes": the weather's doing
    if trig.cls in {"destruction", "ied"} and _CONTROLLED_DEMOLITION.search(text, start, end):
        return True  # "engineers blew up the cooling towers in a controlled demolition"
    if trig.cls == "attack" and word.startswith("poison") and POLLUTANT_BEFORE.search(text, max(start, trig.start - 50), trig.start):
        # "pesticides had poisoned their livestock", "waste from the mine is poisoning the water": no one's
        # act (the water poisoned only: "fumes spread as jets dropped poison gas" is a chemical weapon)
        return True
    if trig.cls == "cache" and word.startswith("defus") and DEFUSED_NO_DEVICE.match(text, trig.end, end):
        return True  # "defused a gas leak", "defusing the row": only a device is defused as a weapon
    if trig.text.istitle() and trig.start > start and CAPITALISED_BEFORE.search(text, max(start, trig.start - 30), trig.start) and (
            trig.is_plural_noun or CAPITALISED_AFTER.match(text, trig.end, end)) and not headline_case(text, start, end):
        return True  # "the Denver Rockets", a game called "Green Dead Harvest": a name
    if trig.cls == "operation" and (CIVIL_CAMPAIGN.search(trig.text) or (
            trig.text.lower().endswith("campaign") and not MILITARY_CAMPAIGN.search(text, trig.start, end))):
        return True  # "launched his re-election campaign"
    return trig.cls in {"operation", "movement"} and CAREER.search(text, start, end) is not None


# Crowd words that name people coming together, not a protest, until a grievance says so.
GATHERING_WORD = re.compile(r"(?:gathered|marched|march(?:es)?|came out|rall(?:y|ied|ies))\b", re.IGNORECASE)
# What the people came together for, or who they are, when that is no protest: a show, a prayer,
# a funeral, a crime scene ("fans gathered outside the stadium", "mourners gathered for the funeral",
# "onlookers stood by as detectives worked", "marched onto the stage", "a march for charity").
EVERYDAY_GATHERING = FastPattern(re.compile(
    r"\bto\s+(?:watch|see|hear|listen|pray|worship|shop|enjoy|dance|sing|catch\s+a\s+glimpse)\b"
    r"|\bfor\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:funeral|burial|wedding|match|game|concert|festival|ceremony|parade|"
    r"party|show|race|marathon|launch|premiere|screening|auction|sale)s?\b"
    # (not "as police": "thousands marched as police fired tear gas / looked on" is a protest policed)
    r"|\b(?:as|while)\s+(?:investigators|detectives|forensic|firefighters|rescuers|paramedics)\b"
    r"|\bonto\s+the\s+(?:stage|pitch|field|court)\b|\bfor\s+charity\b"
    # a day or a number of years marked: "gathered to mark 80 years since the battle", "marked the
    # anniversary of the ceasefire with a peace march" (a grievance named still makes it a protest)
    r"|\b(?:mark(?:s|ed|ing)?|commemorat\w+|celebrat\w+)\s+(?:[\w-]+\s+){0,3}?(?:years?|anniversary|anniversaries|centenary|"
    r"centennial|jubilee|bicentenary)\b"
    r"|\b(?:fans|spectators|onlookers|shoppers|mourners|runners|tourists|bystanders|well-wishers|revellers|partygoers)\b"
    # the dead remembered: "gathered at the war cemetery to remember the fallen", "to pay tribute to the crew"
    r"|\bto\s+(?:remember|honou?r|commemorate|pay\s+(?:tribute|homage|their\s+respects|respects))\b|\b(?:war\s+)?(?:cemetery|cenotaph)\b",
    re.IGNORECASE))
# What makes people coming together a protest: a demand, a cause, an opponent.
GRIEVANCE = FastPattern(re.compile(
    r"\b(?:demand\w*|protest\w*|demonstrat\w*|against|denounc\w*|condemn\w*|call(?:s|ed|ing)?\s+for|reject\w*|oppos\w*|"
    r"slogans?|chant\w*|banners?|placards?|solidarity|ang(?:er|ry)|outrage\w*|justice|releas\w*|resign\w*|ouster|"
    r"grievances?|rights|strike)\b", re.IGNORECASE))


# "the funeral of a teenager shot by soldiers", "the burial of two men who were killed by gunmen":
# whose funeral it is, a victim of violence (group 1: the killing word)
FUNERAL_OF_VICTIM = FastPattern(re.compile(
    r"\b(?:funerals?|burials?|coffins?)\s+(?:procession\s+|prayers?\s+)?(?:of|for)\s+(?:(?:an?|the|his|her|their|two|three|four|five|\d+)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:who\s+(?:was|were|had\s+been)\s+)?"
    r"(shot(?:\s+dead)?|killed|slain|gunned\s+down|murdered|stabbed(?:\s+to\s+death)?|beaten\s+to\s+death)\b", re.IGNORECASE),
    prefilter=True)
# what the killing of the one buried was part of: "killed in an ambush", "killed in a bomb attack"
FUNERAL_CAUSE = re.compile(r"\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
# a crowd that moved or rallied, not one that only came together ("gathered", "came out")
MARCH_WORD = re.compile(r"march|rall(?:y|ied|ies)", re.IGNORECASE)


def funeral_victim(trig: Trigger, text: str, start: int, end: int) -> bool:
    """The trigger tells how the one buried died ("marched at the funeral of a teenager shot by
    soldiers", "the funeral of a soldier killed in an ambush"): the death and the act it was part
    of are told in passing, not the incident the sentence reports."""
    return any(m.start(1) <= trig.start < m.end(1)
               or (m.end(1) <= trig.start <= m.end(1) + 40 and FUNERAL_CAUSE.fullmatch(text, m.end(1), trig.start))
               for m in FUNERAL_OF_VICTIM.finditer(text, start, end))


def _died_by_mishap(funeral: re.Match[str], text: str, end: int) -> bool:
    """The one buried was killed by a mishap ("killed in a road accident", "killed when a building
    collapsed"), no one's violence: a march at the funeral denounces nothing."""
    return _NATURAL_CAUSE.search(text, funeral.end(1), min(end, funeral.end(1) + 40)) is not None


def everyday_gathering(trig: Trigger, text: str, start: int, end: int) -> bool:
    """People who gathered or marched for a show, a prayer, a funeral or to watch the police at
    work, with no demand or cause named: a crowd, no protest (ACLED codes a demonstration). A
    march at the funeral of one killed by others denounces the killing: a protest."""
    if trig.cls != "protest" or not GATHERING_WORD.search(trig.text):
        return False
    if MARCH_WORD.search(trig.text) and any(not _died_by_mishap(m, text, end) for m in FUNERAL_OF_VICTIM.finditer(text, start, end)):
        return False
    return EVERYDAY_GATHERING.search(text, start, end) is not None and GRIEVANCE.search(text, start, end) is None


# A way shut: "blocked the highway", "closed a bridge" (the protest trigger's blockade).
BLOCKADE_WORD = re.compile(rf"(?:{BLOCKADE_VERBS})\s", re.IGNORECASE)
# A crowd named by its protest: "striking miners", "protesting teachers".
CROWD_BY_PROTEST = re.compile(rf"(?:{'|'.join(PROTESTING)})\s", re.IGNORECASE)
# What the forces or a crowd do to a crowd named by its protest, or it does: the incident told of it.
CROWD_ACTED = CROWD_CLASSES | {"arrest", "kill", "execution", "attack", "clash", "kidnap", "destruction"}


def blockade_without_cause(trig: Trigger, triggers: list[Trigger], ann: Annotations, text: str, start: int, end: int) -> bool:
    """A road or bridge blocked or closed with no crowd and no cause named ("a landslide blocked the
    highway", "workers closed the bridge for repairs", "police blocked the road to the stadium"):
    traffic news, no protest. A crowd ("protesters blocked the road"), its violence ("blocked the road
    and burned tyres") or a demand ("blocked a bridge, demanding their pay") makes the blockade one."""
    if trig.cls != "protest" or not BLOCKADE_WORD.match(trig.text):
        return False
    if any(a.actor.kind in CROWD_KINDS for a in ann.within(ann.actors, start, end)):
        return False
    if any(t is not trig and t.cls in CROWD_CLASSES for t in triggers):
        return False
    return GRIEVANCE.search(text, start, end) is None


ROADBLOCK_WORD = re.compile(r"[\w ]+?\b(?:roadblocks?|road blocks?|barricades?)$", re.IGNORECASE)


def roadblock_of_no_crowd(trig: Trigger, ann: Annotations, text: str, start: int) -> bool:
    """A roadblock put up by whoever is told last before it: a crowd's ("youths set up a roadblock") is a
    protest, the forces' or armed men's ("police set up roadblocks", "bandits mounted a roadblock") none,
    nor one put up by nobody named."""
    if trig.cls != "protest" or not ROADBLOCK_WORD.match(trig.text):
        return False
    actors = [a for a in ann.within(ann.actors, start, trig.start) if a.end <= trig.start]
    crowd = [m for m in CROWD_WORD.finditer(text, start, trig.start)]
    last_actor, last_crowd = (actors[-1] if actors else None), (crowd[-1] if crowd else None)
    if last_actor is not None and (last_crowd is None or last_actor.end >= last_crowd.end()):
        return last_actor.actor.kind in ARMED_KINDS
    return last_crowd is None


def crowd_named_only(trig: Trigger, triggers: list[Trigger]) -> bool:
    """"striking doctors would be paid next month": a crowd named by its protest, with nothing done
    by it or to it in the sentence, tells no incident (it does when "police dispersed striking
    nurses" or "striking miners stoned police vehicles")."""
    return bool(CROWD_BY_PROTEST.match(trig.text)) and not any(
        t is not trig and t.cls in CROWD_ACTED for t in triggers)


# A crowd named as such: the subject of a crowd's own move ("hundreds of protesters arrived").
CROWD_NOUN = r"protesters|demonstrators|crowds?|thousands|hundreds|dozens|people|students|residents|tribes(?:men)?"
# People in numbers: what a riot or a violent demonstration needs. Wider than CROWD_NOUN: "they",
# "men", "groups" or "workers" are several people, though as the subject of a move they are as
# often the forces as the crowd.
CROWD_WORD = FastPattern(re.compile(
    rf"\b(?:{CROWD_NOUN}|{CROWD_OF_PEOPLE}|{CROWD_FAITHFUL}|{CROWD_TOWNSFOLK}"
    r"|rioters|mobs?|scores|men|groups?|gangs?|they|citizens|families|relatives)\b",
    re.IGNORECASE))


def lone_offender(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """Vandalism, arson or looting told of no crowd ("the suspect vandalised two cars"): one
    person's damage is no riot, which needs a crowd or several people."""
    if trig.cls != "riot" or trig.text.lower().startswith("riot"):
        return False
    if CROWD_WORD.search(text, start, end) is not None:
        return False
    if any(a.actor.kind in CROWD_KINDS | ARMED_KINDS for a in ann.within(ann.actors, start, end)):
        return False
    low, high = ann.paragraph_of(start)
    return not any(t.cls in CROWD_CLASSES - {"riot"} for t in ann.within(ann.triggers, low, high))


# The words of an air trigger that tell a strike, not only the aircraft or the force.
AIR_STRIKE_WORD = re.compile(r"strike|raid|bomb|attack|struck|\bhit\b|targeted|shelled|dropped|carried out|conducted|launched|operation",
                             re.IGNORECASE)


def aircraft_only(trig: Trigger, text: str, start: int, end: int) -> bool:
    """An air trigger that names an aircraft or an air force but no strike ("US drones", "the air
    force", "by air"), in a sentence with no strike or wrecking word: it tells a strike only
    beside a detonation or harm word."""
    if trig.cls != "air" or AIR_STRIKE_WORD.search(trig.text) is not None:
        return False
    return AIR_ACT.search(text, start, end) is None


AIR_ACT = FastPattern(re.compile(r"\b(?:destroy\w*|raid\w*|pound\w*|strikes?|struck|bomb\w*|attack\w*)\b", re.IGNORECASE))


# Offices whose holder's leaving is a political development: the political offices and the posts
# of a public body. (Its heads, directors, spokesmen, judges or prosecutors, named beside an
# arrest, tell nothing political: police and courts speak of ordinary crime too.)
OFFICE_WORD = FastPattern(re.compile(
    rf"\b(?:{POLITICAL_OFFICE}|heads?|directors?|leadership|speaker|spokes\w*|council\w*|generals?|judges?|prosecutors?|"
    r"secretary|chairman|chairwoman|provincial|municipal|administration|police chief|officer corps)\b", re.IGNORECASE))


def private_resignation(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """A resignation or dismissal with no office, party or official named ("resigned from his job",
    "the case was dismissed"): a private matter, not a development a conflict dataset codes."""
    if trig.cls != "resignation" or OFFICE_WORD.search(text, start, end) is not None:
        return False
    return not any(a.actor.kind == "official" for a in ann.within(ann.actors, start, end))


# "police investigated the shooting", "detectives are probing the death": who looks into an
# incident after it, not a party to it.
INVESTIGATOR_AFTER = re.compile(r"\s+(?:(?:are|were|is|was|have been|has been|had been|will be)\s+)?(?:now\s+)?"
                                r"(?:investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|looking into|look into|looked into)\b",
                                re.IGNORECASE)
# "(City Police/PA)", "(Photo: Army press office)": the credit of a picture.
CREDIT_OPEN = re.compile(r"\((?:(?:photo|picture|image|credit)s?:?\s*)?[^()]{0,40}$", re.IGNORECASE)
CREDIT_CLOSE = re.compile(r"[^()]{0,30}?/[^()]{0,30}\)|[^()]{0,30}\)", re.IGNORECASE)
CREDIT_WORD = re.compile(r"/|\b(?:photo|picture|image|credit)s?\b", re.IGNORECASE)


def onlooker(text: str, start: int, end: int) -> bool:
    """The actor at text[start:end] looks into the incident or credits its picture ("police
    investigated the shooting", "(City Police/PA)"): not a party to it."""
    if INVESTIGATOR_AFTER.match(text, end):
        return True
    opened = CREDIT_OPEN.search(text, max(0, start - 40), start)
    closed = CREDIT_CLOSE.match(text, end) if opened is not None else None
    return closed is not None and CREDIT_WORD.search(text, opened.start(), closed.end()) is not None


# (a year before 1800 only after "in": "stormed the fort in 1798"; a bare "1500" is as often a count)
YEAR = re.compile(r"(?<![\w$£€.,-])(1[89]\d\d|20\d\d|(?<=\b[Ii]n )1[0-7]\d\d)(?![\w-])")
HISTORY_YEARS = 10
# The GTD's first year (ACLED's begins in 1997): an act before it is in no dataset this feed emulates.
FIRST_CODED_YEAR = 1970
# "the deadliest attack since 2003", "a man who had fought in the 1991 war": a year that measures
# or describes, not one that dates the act told
YEAR_NOT_THE_ACTS = re.compile(r"\b(?:since|than|until|till|before|after|who|which|whose|ever)\b[^,;]{0,30}$", re.IGNORECASE)


# "the 1995 assassination of the prime minister", "its 2014 offensive", "the killing of five
# monks in 2019": an act named with its year, as a known incident is named back
YEAR_NAMED_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|that|this)\s+(?:[\w-]+\s+)?(1[89]\d\d|20\d\d)(?:['’]s)?\s+"
                               r"(?:[\w-]+\s+)?$", re.IGNORECASE)
YEAR_NAMED_AFTER = re.compile(r"(?:\s+of(?:\s+[\w'’-]+){1,4}?)?\s+in\s+(1[89]\d\d|20\d\d)(?![\w-])(?!,?\s+(?:and|when|as)\b)",
                              re.IGNORECASE)


def named_by_year(trig: Trigger, text: str, start: int, end: int, years_told: Collection[int] = ()) -> bool:
    """An act's noun with a year of its own ("since the 1995 assassination of the prime minister",
    "the bombing of the embassy in 1998"): a past incident named as background. A day the sentence
    tells belongs to its own news, never to that incident, unless it falls in the year named
    (years_told: the years of the sentence's days): "the 2026 bombing ... on Saturday" is that news."""
    if trig.is_past or trig.cls == "protest":
        return False
    named = YEAR_NAMED_BEFORE.search(text, max(start, trig.start - 40), trig.start)
    if named is None:
        named = YEAR_NAMED_AFTER.match(text, trig.end, end)
        if named is None or re.search(r"\b(?:the|a|an)\s+(?:[\w-]+\s+)?$", text[max(start, trig.start - 30) : trig.start], re.IGNORECASE) is None:
            return False
    return int(named.group(1)) not in years_told


# Between an act and the year that dates it: words of its own clause, no break and nothing that
# measures from the year ("killed ... since 2003", "the worst attack before 1990").
OWN_YEAR_GAP = re.compile(r"[^,;:()\"“”]{0,60}", re.IGNORECASE)
YEAR_MEASURES = re.compile(r"\b(?:since|than|until|till|before|after|ever|by)\s*$", re.IGNORECASE)


def dated_long_before(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """A past act dated by its own year, more than ten years before the day the sentence tells
    ("sailors killed when their ship was sunk in 1917 ... a memorial was unveiled on Saturday",
    "a man who shot a clerk in 2009 was jailed on Tuesday"): history told beside today's news, which
    is no incident. Only the first date after the act in its clause is its own."""
    if not trig.is_past:
        return False
    dates = [d for d in ann.within(ann.dates, start, end) if d.date is not None]
    own = next((d for d in dates if d.start >= trig.end), None)
    if own is None or own.precision not in {"year", "month"} or own.start - trig.end > 60:
        return False
    gap = OWN_YEAR_GAP.fullmatch(text, trig.end, own.start)
    if gap is None or YEAR_MEASURES.search(text, trig.end, own.start) is not None:
        return False
    news = [d.date.year for d in dates if d is not own and d.precision in {"day", "week"}]
    return bool(news) and own.date.year < min(news) - HISTORY_YEARS


# A game's score told with who won it: "edged the Wolves 23-20", "were beaten 4–1", "drew 0-0".
# (not a range of things counted: "herders lost 40-50 cows", "lost 10-15 fighters")
GAME_SCORE = FastPattern(re.compile(r"\b(?:beat(?:s|en)?|edged?|edges|won|wins?|lost|loses?|lose|drew|draws?|defeated|thrashed|routed|"
                                    r"trounced|downed|held)\b[^.;]{0,40}?(?<![\w.,–-])\d{1,3}[–-]\d{1,3}(?![\w–-]|[.,]\d)"
                                    r"(?!\s+(?:[\w-]+\s+)?(?:cows?|cattle|sheep|goats?|camels?|donkeys?|horses?|animals|livestock|head|"
                                    r"people|persons|men|women|children|civilians|fighters|soldiers|troops|members|militants|lives|"
                                    r"homes|houses|huts|shops|vehicles|cars|trucks|acres|hectares)\b)", re.IGNORECASE))


def game_told(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """A fight or an attack in a sentence about a game whose score is told in it or the one before
    ("the Harriers edged the Wolves 23-20. Both packs fought for every inch"), with no armed group
    or force named in it: a contest, no violence."""
    if trig.cls not in {"clash", "attack"}:
        return False
    if any(a.actor.kind in ARMED_KINDS for a in ann.within(ann.actors, start, end)):
        return False
    return GAME_SCORE.search(text, _previous_sentence_start(ann, start), end) is not None


def reference_year(published: str | None) -> int | None:
    """The year the article speaks from: its publication's (none without one: the latest year a
    text names may be a plan's, "by 2030")."""
    return int(published[:4]) if published else None


def told_as_history(event_date: str | None, sentence: str, now: int | None) -> bool:
    """An incident dated, or told in a sentence whose only years lie, more than ten years before
    the article's publication ("shot down over Hanoi in 1967", "assassinated the archduke in 1914"):
    history told in passing, no incident a news feed should record now. With no publication date,
    only what lies before the first year any conflict dataset codes is history for sure."""
    horizon = now - HISTORY_YEARS if now is not None else FIRST_CODED_YEAR
    if event_date:
        return int(event_date[:4]) < horizon
    years = [int(m.group(1)) for m in YEAR.finditer(sentence)
             if not YEAR_NOT_THE_ACTS.search(sentence, max(0, m.start() - 40), m.start())]
    return bool(years) and max(years) < horizon


# (looting is a theft when the break-in is the story; it is no ordinary crime beside an arrest,
# where it is as often a riot's)
THEFT = re.compile(rf"\b(?:{THEFT_WORD}|looted)\b", re.IGNORECASE)
# Someone hurt in a break-in; unlike VIOLENCE_WORD, "dead" and "died" count here (for a death,
# they are what is being read, not the sign of violence).
HARM = re.compile(rf"\b(?:{PERSON_HARMED}|dead|died)\b", re.IGNORECASE)


# "a police raid on a flat", "police raided the flat": a search by the police
POLICE_RAID = re.compile(r"\bpolice\s+(?:officers\s+)?$", re.IGNORECASE)


# A raid told with harm, shots or force on people in it ("raided a hideout, killing 2", "opened
# fire during the raid", "fired tear gas at worshippers"): a fight or an attack, neither a quiet
# search by the police nor a search that ended in arrests.
RAID_FORCE = re.compile(r"\b(?:kill\w*|shot|shoot\w*|fired|firing|wound\w*|injur\w*|hurt|dead|died|stab\w*|beat(?:en|ing)?"
                        r"|casualt\w*|exchange[sd]?\s+(?:of\s+)?fire|resist\w*|tear\s?gas|rubber\s+bullets|batons?"
                        r"|water\s+cannons?|stun\s+grenades?|live\s+(?:ammunition|rounds))\b", re.IGNORECASE)


def raid_used_force(text: str, start: int, end: int) -> bool:
    """Whether the raid's sentence tells harm, shots or force on people (RAID_FORCE)."""
    return RAID_FORCE.search(text, start, end) is not None


def police_search(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """A raid by the police with nobody hurt, no force used, no armed group and no politics named ("seized during a
    police raid on a flat"): a search, no attack (what it finds or whom it arrests may still be
    one; a raid on a party's offices is a move against it)."""
    if trig.cls != "attack" or not trig.text.lower().startswith("raid") or POLITICAL_CONTEXT.search(text, start, end):
        return False
    if POLICE_RAID.search(text, max(start, trig.start - 30), trig.start) is None or HARM.search(text, start, end) is not None:
        return False
    if raid_used_force(text, start, end):
        return False  # "raided a mosque and fired tear gas at worshippers": force used on people
    return not any(a.actor.kind in ARMED_OTHERS for a in ann.within(ann.actors, start, end))


def property_crime(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """A break-in to steal, with nobody armed named and nobody hurt ("thieves broke into their van
    and stole the gear"): a theft, not an attack on anyone."""
    if trig.cls != "attack" or not trig.text.lower().startswith(("broke into", "raided", "raid")):
        return False
    if THEFT.search(text, start, end) is None or HARM.search(text, start, end) is not None:
        return False
    return not any(a.actor.kind in ARMED_KINDS for a in ann.within(ann.actors, start, end))


# A work of fiction or a retelling as the sentence's subject, then the verb that says it tells a story:
# "the film recreates the siege of a town, where artillery killed hundreds", "the novel follows a gang that
# robs a bank". What it tells is its plot or its history, not news.
WORK_TELLS = re.compile(
    r"\b(?:film|movie|novel|novella|play|documentary|docudrama|drama|thriller|sitcom|miniseries|series(?!\s+of\b)|book|memoir|"
    r"biography|video\s?game|game|exhibit|exhibition|musical|opera|ballet|sequel|prequel|comic|graphic\s+novel|podcast|screenplay)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:recreates?|re-creates?|depicts?|portrays?|tells(?:\s+of|\s+how|\s+the\s+story)?|follows|revisits|recounts|"
    r"chronicles|dramati[sz]es|retells|imagines|explores|is\s+set\s+(?:in|during)|centres\s+on|centers\s+on|lets\s+players|re-?enacts)\b",
    re.IGNORECASE)
# A court or an inquest at work on an old crime: "sentenced a man ... for a bombing that killed four",
# "jailed for the murder of", "an inquest heard that a teenager who was stabbed ... died". The act is
# the one tried, told as its reason, not news of a new incident.
COURT_FOR_BEFORE = re.compile(
    r"\b(?:sentenc(?:ed|es|ing)|jail(?:ed|s|ing)|imprison(?:ed|s|ing)|convict(?:ed|s|ing)|acquitt(?:ed|ing)|"
    r"found\s+(?:\w+\s+)?(?:not\s+)?guilty|indicted|on\s+trial|stand\s+trial|trial|retrial)\b"
    r"(?:(?!\b(?:after|when|while|as|before)\b)[^.;,]){0,80}?\b(?:for|of|over|in\s+connection\s+with)\s+"
    r"(?:(?!\b(?:after|when|while|as|before|and)\b)[^.;,]){0,60}$", re.IGNORECASE)
COURT_HEARD = re.compile(r"\b(?:inquest|trial|court|jury|tribunal|hearing|judge|magistrates?)\s+(?:[\w'’-]+\s+){0,4}?"
                         r"(?:heard|was\s+told|were\s+told)\s+(?:(?:on\s+\w+|\w+ly)\s+)?(?:that\s+)?[^.;]{0,120}$", re.IGNORECASE)
# Weapons fired in a drill or a test, or shown, sold or bought: nothing struck ("fired missiles at old
# hulks during a joint exercise", "test-fired a new missile into the sea", "showed their newest missiles at
# the expo").
DRILL_OR_TEST = FastPattern(re.compile(
    r"\b(?:during|in|as\s+part\s+of|for|at)\s+(?:(?:a|an|the|its|their|this\s+year['’]s|annual)\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:exercises?|drills?|manoeuvres|maneuvers|war\s?games|training)\b(?!\s+(?:{TRAINING_PLACE}|compounds?|institutes?))"
    r"|\b(?:test[- ]?(?:fired|fires|firing|fire|launch(?:ed|es|ing)?)|(?:missile|rocket|weapons?)\s+tests?)\b", re.IGNORECASE))
WEAPON_SHOWN_BEFORE = re.compile(
    r"\b(?:show(?:s|ed|n|ing|cased?|casing)?|display(?:s|ed|ing)?|exhibit(?:s|ed|ing)?|unveil(?:s|ed|ing)?|sell(?:s|ing)?|sold|"
    r"buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|"
    r"export(?:s|ed|ing)?|import(?:s|ed|ing)?|acquir(?:e|es|ed|ing)|stockpil(?:e|es|ed|ing))\s+"
    r"(?:(?!\b(?:at|on|into|against|from)\b)[\w'’-]+\s+){0,6}?$", re.IGNORECASE)
WEAPON_CLASSES = {"shelling", "ied", "grenade", "air", "attack"}
ATTACK_CRAFT_AFTER = re.compile(r"\s+(?:drones?|helicopters?|aircraft|jets?|submarines?|boats?|craft)\b", re.IGNORECASE)
CASUALTY_WORD = re.compile(r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|hurt|casualt\w*)\b", re.IGNORECASE)
# (searched for each trigger in the article: tried only where the article holds a word every match
# begins with, a work's, a court's or a sentence's, found once per article)
_WORK_TELLS, _COURT_FOR_BEFORE, _COURT_HEARD = FoldedPattern(WORK_TELLS), FoldedPattern(COURT_FOR_BEFORE), FoldedPattern(COURT_HEARD)
_WEAPON_SHOWN_BEFORE, _DRILL_OR_TEST = FoldedPattern(WEAPON_SHOWN_BEFORE), FoldedPattern(DRILL_OR_TEST)


def no_act_told(trig: Trigger, ann: Annotations, text: str, start: int, end: int) -> bool:
    """The trigger is in a story a film or a book tells, in an old crime a court tries or an inquest
    hears, or names a weapon fired in a drill or a test, or one shown, sold or bought: no incident the
    news reports today (ACLED and the GTD code none of these)."""
    if _WORK_TELLS.search(text, start, trig.start) is not None:
        return True  # "the film recreates the siege, where artillery killed hundreds"
    if _COURT_FOR_BEFORE.search(text, max(start, trig.start - 160), trig.start) or _COURT_HEARD.search(text, start, trig.start):
        return True  # "sentenced a man for a bombing that killed four", "the inquest heard that ... was stabbed"
    if trig.cls not in WEAPON_CLASSES or any(a.actor.kind in NON_STATE_ARMED for a in ann.within(ann.actors, start, end)):
        return False
    if (not trig.is_past and (trig.cls != "attack" or ATTACK_CRAFT_AFTER.match(text, trig.end))
            and _WEAPON_SHOWN_BEFORE.search(text, max(start, trig.start - 80), trig.start)):
        return True  # "showed their newest attack drones and guided missiles at the expo"
    return _DRILL_OR_TEST.search(text, start, end) is not None and CASUALTY_WORD.search(text, start, end) is None
