"""Claims and aggregates: the numbers articles attribute to someone.

An **aggregate** counts incidents over a period ("83 cases of kidnap or murder last month").
A **claim** is an attributed quantity about a group or its means ("IS fighters in Iraq do not
exceed 400 to 500", "cash reserves of $25 million to $50 million"), kept with its speaker and
its "as of" date so that estimates can be followed over time.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from ..annotate import Annotations
from ..annotate.actors import ActorMention
from ..annotate.dates import TimeMention, find_stretches, names_stretch, stretch_spans
from ..annotate.numbers import OF_LAND, UNITS, is_money
from ..annotate.places import PlaceMention
from ..annotate.text import TITLE_ABBREVIATIONS, FastPattern, FoldedPattern
from ..records import Aggregate, Article, Claim, Quantity, Span, Speaker

INCIDENT_NOUNS = (r"cases|attacks|incidents|kidnappings|abductions|killings|murders|bombings|assassinations|explosions"
                  r"|ambushes|executions|raids|airstrikes|air strikes|operations|arrests|casualties|deaths|clashes")
# The counted incidents that are acts of violence ("cases", "arrests", "deaths" may count anything, or the dead)
VIOLENT_ACTS = re.compile(r"\b(?:attacks|kidnappings|abductions|killings|murders|bombings|assassinations|explosions|ambushes"
                          r"|executions|raids|airstrikes|air strikes|clashes)$", re.IGNORECASE)
# People driven from their homes: counted by whoever reports them, owned by no armed group.
UPROOTED_NOUNS = (r"refugees|migrants|asylum seekers|evacuees|IDPs|(?:internally )?displaced (?:people|persons|civilians|families"
                  r"|residents|villagers)")
POPULATION_NOUNS = (r"fighters|members|militants|supporters|troops|soldiers|recruits|elements|jihadists|extremists"
                    r"|insurgents|personnel|prisoners|detainees|cells|mass graves|graves|suspects"
                    r"|foreign fighters|sleeper cells|followers|loyalists|combatants|hostages|captives|armed men|men under arms"
                    rf"|{UPROOTED_NOUNS}")
MONEY_NOUNS = (r"cash reserves|reserves|revenues?|income|funds|funding|budget|ransoms?|money|assets|profits?|earnings"
               r"|grants?|loans?|bribes?|pensions?|salar(?:y|ies)|wages|damages|fees|donations|compensation|rewards?|bount(?:y|ies)"
               # what a group levies: "collects $15 million a month in taxes"
               r"|taxes|levies|zakat|extortion")
MONEY_WORD = re.compile(rf"\b(?:{MONEY_NOUNS})\b", re.IGNORECASE)
# Verbs of saying that report their subject's words wherever they follow it (_SAYS_AFTER_SPEAKER
# adds the ones that are so only in some uses: "states", "estimated", "claims").
SAYING_VERBS = ("said", "says", "say", "told", "stated", "reported", "believes", "believe", "added", "noted", "warned",
                "explained", "confirmed", "announced", "puts", "put", "verified", "emphasi[sz]ed", "issued", "reiterated",
                "disclosed", "revealed", "insisted", "stressed", "maintained", "asserted", "alleged", "wrote", "tweeted")
# Any word that may attribute a sentence: the verbs of saying, in any use and form (_attributed
# drops the nouns), and "according to".
ATTRIBUTION = FastPattern(re.compile(
    rf"\b({'|'.join(SAYING_VERBS)}|tells|according to|estimated|estimates|estimate|states|reports|noting|warning|claimed"
    r"|claims|indicated)\b",
    re.IGNORECASE,
))
# What stands before a reporting word used as a noun: "in 12 states", "the reports", "without warning".
NOUN_LEAD = re.compile(r"\b(?:(?P<number>\d[\d,.]*)|the|a|an|these|those|its|their|his|her|our|many|several|some|other"
                       r"|of|without|with|in|on|news|media|United)\s+$", re.IGNORECASE)
NUMBER_OF = re.compile(rf"\b(?:total |overall )?(?:number|total|tally|count) of (?P<such>such )?(?P<noun>(?:[\w-]+ ){{0,2}}?(?:{INCIDENT_NOUNS}|{POPULATION_NOUNS}))\b", re.IGNORECASE)
_NUMBER_OF = FoldedPattern(NUMBER_OF)  # (searched in a sentence of the article: tried only at "number of" ...)
# Titles before a person's name: the abbreviated ones are text.TITLE_ABBREVIATIONS (whose dot ends
# no sentence), alone or after a rank's ("Lt. Gen.", "Brig. Gen."), then the words.
TITLE_WORDS = ("Lieutenant General", "Major General", "Brigadier General", "Lieutenant Colonel", "General", "Colonel", "Major", "Captain", "Lieutenant",
               "Sergeant", "Sheikh", "President", "Prime Minister", "Minister", "Governor", "Mayor",
               "Deputy Secretary of State", "Secretary", "Commander", "Chairman", "Party Leader", "Opposition Leader",
               "Leader", "Senator", "Ambassador", "Councillor", "Cllr")
TITLES = rf"(?:(?:(?:Lt|Maj|Brig)\. )?(?:{'|'.join(TITLE_ABBREVIATIONS)})\.|{'|'.join(TITLE_WORDS)})"
NAME = r"(?:[A-Z][a-z'’]+|al-[A-Z][a-z'’]+|Al-[A-Z][a-z'’]+|bin|ibn|abu|Abu)(?:[ -](?:[A-Z]\.(?= [A-Z])|[A-Z][a-z'’]+|al-[A-Z][a-z'’]+|Al-[A-Z][a-z'’]+|bin|ibn|Abu|abu)){1,4}"
PERSON = re.compile(rf"(?:(?P<title>{TITLES})\s+)*(?P<name>{NAME})")
ORGANISATIONS = re.compile(
    r"(?i:the report)|\b(the UN|the United Nations|UN report|a report from the UN|UN|the report|intelligence agencies|intelligence officials?"
    r"|The Associated Press|Associated Press|AP|Reuters|AFP|the Pentagon|the coalition|US-led coalition|Security Media Cell"
    r"|AlSumaria News|IraqiNews|Diyaruna|officials)\b"
)
# (compiled once: they were built on every call)
INCIDENT_AFTER = re.compile(rf"\s*(?:[\w'-]+\s+){{0,2}}?(?P<noun>(?:{INCIDENT_NOUNS})(?:\s+of\s+[\w, ]+?(?=\s+(?:in|on|at|last|this|during|over|across|since)\b|[.]))?)", re.IGNORECASE)
COUNTED_NOUN_AFTER = re.compile(rf"\s*(?:[\w'-]+\s+){{0,2}}?(?:{POPULATION_NOUNS}|{INCIDENT_NOUNS})\b", re.IGNORECASE)
POPULATION_AFTER = re.compile(rf"[\s—–-]*(?:[\w'-]+\s+){{0,3}}?(?P<noun>{POPULATION_NOUNS}|among (?:their|its) ranks)\b", re.IGNORECASE)
TITLE_WORD = re.compile(rf"\b{TITLES}\s+")
OFFICE_END = re.compile(rf"\b{TITLES}$")
TITLED_PERSON = re.compile(rf"(?P<title>{TITLES})\s+(?P<name>{NAME})")
DETENTION = re.compile(r"\b(held|detained|in detention|detention (?:facilities|camps?|centres?|centers?)|in prisons?|imprisoned|in custody)\b", re.IGNORECASE)
# "cells in Syria that range in size from 15 to 30 people", "cells of 10 to 20 men": a cell's size.
CELL_SIZE_BEFORE = re.compile(r"\b(?:cells?|squads?)\b(?:[^.;]{0,40}?\b(?:range|ranges|ranging|vary|varies|varying)\s+in\s+size)?"
                              r"\s+(?:of|from|between)\s+$", re.IGNORECASE)
# A campaign, a war or a stretch of fighting, whose dead are counted as they mount.
CAMPAIGN = r"offensive|campaign|war|conflict|fighting|violence|insurgency|crackdown|bombardment|siege|uprising"
# "have so far killed", "has now been killed": the perfect of a toll that is still mounting.
HAS_SO_FAR = r"\s+(?:so far\s+|now\s+|already\s+)?"
VICTIMS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?P<noun>civilians|people|rebels|fighters|militants|soldiers|troops|insurgents"
                           r"|children|women|protesters|demonstrators|policemen|police officers|combatants|members)\b",
                           re.IGNORECASE)
CAMPAIGN_KILLED_BEFORE = re.compile(rf"\b(?:{CAMPAIGN})\b[^.;]{{0,80}}?\b(?:has|have|had){HAS_SO_FAR}"
                                    r"killed\s+$", re.IGNORECASE)
KILLED_IN_CAMPAIGN = re.compile(rf"\s+(?:have|has|had){HAS_SO_FAR}been\s+killed\s+(?:in|during|since)"
                                rf"\s+(?:the|this|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:{CAMPAIGN})\b", re.IGNORECASE)
HAS_KILLED_BEFORE = re.compile(rf"\b(?:has|have){HAS_SO_FAR}killed\s+$", re.IGNORECASE)
HAS_TAKEN_BEFORE = re.compile(rf"\b(?:has|have){HAS_SO_FAR}(?P<verb>abducted|kidnapped|detained|arrested)\s+$", re.IGNORECASE)
HAVE_BEEN_KILLED = re.compile(rf"\s+(?:have|has){HAS_SO_FAR}been\s+killed\b", re.IGNORECASE)
# "300 soldiers have been killed", "530 villagers have been abducted": the perfect passive of a running toll
HAVE_BEEN_TAKEN = re.compile(rf"\s+(?:have|has){HAS_SO_FAR}been\s+(?P<verb>killed|abducted|kidnapped)\b", re.IGNORECASE)
# "... have been killed there": the site an earlier sentence told, one place, no running count
THERE_AFTER = re.compile(r"\s+(?:there|here)\b", re.IGNORECASE)
RUNNING_SINCE = re.compile(r"[^.;]{0,30}?\b(?:since|so far|to date|over the (?:past|last)|in the (?:past|last))\b", re.IGNORECASE)
# What follows the value of goods traded, taxed or seized, or a rate: "$4 billion of farm goods", "$30 per tonne
# carbon tax", "$2 million worth of drugs".
TRADE_AFTER = re.compile(r"\s+(?:worth\s+)?(?:of|in)\s+(?:[\w.’'-]+\s+){0,3}?(?:imports|exports|goods|products|trade|commodities)\b"
                         r"|\s+(?:of|in)\s+(?:additional\s+|new\s+|extra\s+)?(?:tariffs|duties)\b"
                         r"|(?:\s+(?:per|a)\s+\w+)?\s+(?:carbon\s+)?(?:tax|levy|tariff)\b"
                         r"|\s+(?:\w+\s+)?worth\b", re.IGNORECASE)  # "$2 million worth of drugs": goods valued
# "exports to the region fell to $900 million": the value of trade, told before the sum.
TRADE_BEFORE = re.compile(r"\b(?:exports?|imports?|trade)\b[^.;$€£]{0,100}?\b(?:to|at|of|reached|totall?ed|stood\s+at|worth)\s+$",
                          re.IGNORECASE)
# "Oil prices rose to $70", "the firm was valued at $10 billion", "the stock closed at $50": a price or a value.
PRICED_BEFORE = re.compile(r"(?:\bprices?\b[^.;,$€£]{0,40}?|\b(?:valued|valuation|closed|opened|traded|trading)\s+(?:at|of)\s+)$",
                           re.IGNORECASE)
# "$70 a barrel", "$3 per gallon", "$50 a share": the price of a unit of goods.
UNIT_PRICE_AFTER = re.compile(r"\s+(?:a|an|per)\s+(?:barrel|gallon|litre|liter|share|kilo(?:gram)?|kg|ounce|tonne|ton|bushel"
                              r"|ticket)\b", re.IGNORECASE)
# "Government forces number about 20,000": a force, then the verb "number" right before the figure.
NUMBERING_BEFORE = re.compile(r"\b(?P<noun>forces|troops|fighters|militants|members|rebels|insurgents|militia|group|movement|army)"
                              r"\s+(?:(?:is|are)\s+(?:believed|thought|estimated|said)\s+to\s+|now\s+|still\s+)?"
                              r"(?:number|numbers|numbered)\s+$", re.IGNORECASE)
# "hoped to make $5 million": a sum only wished for.
WISHED_BEFORE = re.compile(r"\b(?:want|wants|wanted|hope|hopes|hoped|wish|wishes|wished)\s+to\s+\w+\s+$", re.IGNORECASE)
# "residents must pay $200 more a year", "builders need €90,000 per house": a charge or a cost per unit.
CHARGE_BEFORE = re.compile(r"\b(?:pay|pays|paying|need|needs|needed|cost|costs|charge|charges|charged)\s+$", re.IGNORECASE)
RATE_AFTER = re.compile(r"\s+(?:more\s+|extra\s+)?(?:per|a|an|each)\s+(?:house|home|person|head|household|family|year|month"
                        r"|week|day|unit|ton|tonne|barrel|litre|liter|gallon)\b", re.IGNORECASE)
# What comes before a price or a market's size: "a ticket price of $25", "the arms market is forecast to reach $9 billion".
PRICE_BEFORE = re.compile(r"\b(?:(?:tariffs|duties|taxes|levies)\s+on|tax|(?:ticket\s+)?prices?\s+(?:of|at)|priced\s+at|costs?|costing"
                          r"|market\b[^.;,]{0,40}?\b(?:reach|worth|valued\s+at|hit|grow\s+to))\s+$", re.IGNORECASE)
# A verb of saying right before a date: "estimated last year", "said in July".
# A verb of saying as a clause's verb: before the date it was said on, the clause it says or the
# speaker's own words, after the speaker of a quotation. "told" with its hearer ("told reporters"),
# and not "put", whose object is no clause ("put the toll at 40").
_SAID = rf"(?:{'|'.join(v for v in SAYING_VERBS if v not in {'told', 'put', 'puts'})}|estimated|estimates|told\s+(?!by\b)\w+)"
SAID_BEFORE_DATE = re.compile(rf"\b{_SAID}\s+(?:in\s+|on\s+)?$")
# The words that make a date a period's start or end rather than a figure's date.
PERIOD_BOUND = re.compile(r"(?:since|from|until|till|by|before|through)\b", re.IGNORECASE)
PERIOD_BOUND_BEFORE = re.compile(r"\b(?:since|from|until|till|by|before|through)\s+$", re.IGNORECASE)
# "... has killed 35,000 people and displaced about 2 million": a verb of its own, so another count.
OTHER_VERB_BEFORE = re.compile(r"\b(?!(?:numbered)\b)[a-z]{3,}ed\s+$")
# A figure that ends its clause with no noun of its own: "... but now has about 500."
BARE_FIGURE_END = re.compile(r"\s*(?:[.;]|,\s+(?:said|says|according|officials|police|he|she|they)\b|$)")
# "40,000 villagers had been displaced", "2,000 families fled": a headcount the verb makes uprooted.
DISPLACED_AFTER = re.compile(r"\s*(?:[\w'-]+\s+){0,2}?(?P<noun>people|persons|civilians|residents|families|villagers)"
                             r"\s+(?:(?:have|has|had)\s+)?(?:(?:now|already|so far)\s+)?(?:been\s+)?(?:forced\s+to\s+flee|fled"
                             r"|displaced|uprooted|made homeless|driven from)\b", re.IGNORECASE)
# "700 people remain missing": the missing, counted like the displaced.
MISSING_AFTER = re.compile(r"\s*(?:[\w'-]+\s+){0,2}?(?P<noun>people|persons|civilians|residents|villagers|migrants|children)"
                           r"\s+(?:remain|are|were|have\s+been|had\s+been)\s+(?:still\s+)?(?:being\s+)?"
                           r"(?P<state>missing|unaccounted\s+for|held)\b", re.IGNORECASE)
# "500 Colombians are crossing the border", "2,000 Sudanese have fled": people of a nation on the move.
NATIONALS_MOVING_AFTER = re.compile(r"\s+(?P<noun>[A-Z][a-z]+(?:ans|ians|ese|is))\s+(?:are\s+|were\s+|have\s+|had\s+)?(?:been\s+)?"
                                    r"(?P<verb>entering|entered|crossing|crossed|arriving|arrived|fleeing|fled)\b")
# "2,000 Moroccan fighters": a nationality right before the counted noun.
DEMONYM_END = re.compile(r"\b([A-Z][a-z]+(?:an|ian|ese|ish|i|ch))\s+$")
# "the evacuation of 2,000 civilians", "secured the exit of N civilians", "evacuated N residents".
EVACUATED_BEFORE = re.compile(r"\b(?:(?:evacuation|exit|relocation)\s+of|evacuated|relocated)\s+$", re.IGNORECASE)
# "has displaced about 2 million (people)": the verb before the figure makes them uprooted.
DISPLACED_BEFORE = re.compile(r"\b(?:displaced|uprooted|displacing|uprooting)\s+$", re.IGNORECASE)
# "a camp housing 12,000 people": the people a camp or shelter holds.
CAMP_BEFORE = re.compile(r"\b(?:camps?|shelters?|settlements?)\s+(?:that\s+)?(?:housing|hosting|sheltering|holding|houses|hosts"
                         r"|shelters|holds|(?:is\s+)?home\s+to)\s+$", re.IGNORECASE)
HEADCOUNT_AFTER = re.compile(r"\s*(?P<noun>people|men|persons|individuals)\b", re.IGNORECASE)
THE_PROVINCE = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:in|inside|across|throughout) the (?:province|governorate)\b")
GRAVES_OF = re.compile(r"\s+of\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*[,.;]|\s+(?:in|near|at|outside|have|has|had|were|was|are|is|been)\b)")
THE_N_PROVINCES = re.compile(r"\bthe (two|three|four|five|six|seven|eight|nine|ten) (?:provinces|governorates)\b",
                             re.IGNORECASE)
DISCOURSE_OPENER = re.compile(r"^(?:(?:Earlier|Later)(?:\s+(?:in|on|this|that|last|the|[a-z]+day|week|month|year)){0,4},\s+"
                              r"|(?:However|Meanwhile|Still|Moreover|Separately|Earlier|Later|Also|But|And|Yet|Instead"
                              r"|Nevertheless|Additionally|In addition),?\s+)")
# What a speaker's name or title does not hold, a clause does: a figure, an auxiliary, a past verb.
CLAUSE_WORD = re.compile(r"\d|\b(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do|[a-z]+ed)\b")
CROSSED = re.compile(r"\s+(?:have |has |had )?(crossed|entered|slipped across|infiltrated)\s+(?:the\s+)?(?:[\w-]+,?\s+){0,3}?"
                     r"(border|frontier)\b", re.IGNORECASE)
DETERMINER_LED = re.compile(r"(?:The|A|An|This|That|Its|Their)\s")
# "On 12 March, ...", "During the visit - ...", "By <byline>, ...": a scene or byline before the speaker.
SCENE_OPENER = re.compile(r"(?:(?:By|On|In|During|After|Before|Since|At|Following|Last|Earlier|Later)\s|[A-Z][a-z]+ing\s+(?=[a-z]))"
                          r"[^,—–]*?(?:,|\s[—–-]\s)\s*")  # "Responding to the news, X said"
# A speaker's span ends with no article, auxiliary or "to": "The winner will have the estimated ...",
# "... where new cadets were added" are clauses around a participle, not a speaker and a verb.
CLAUSE_END = re.compile(r"\b(?:the|a|an|its|their|were|was|is|are|be|been|being|will|would|to)$", re.IGNORECASE)
DATE_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)", re.IGNORECASE)
# "A settlement announced Friday by the ministry requires": the agent of a participle
# of announcing is the source of what the sentence goes on to say.
AGENT_VERBS = {"announced", "issued", "reported", "stated", "confirmed", "disclosed", "revealed"}
AGENT_NAMED = re.compile(r"(?:\s+[\w'’-]+){0,2}\s+by\s+(?P<agent>(?:the\s+[A-Za-z]|[A-Z])[^,.;“”\"]{1,80}?)"
                         r"(?=\s+(?:also\s+)?(?:calls?|is|was|are|were|has|have|had|will|would|says?|said|shows?|showed|estimates?|puts?|states?"
                         r"|includes?|sets?|requires?|gives?)\b|[,.;])")
# "A pact announced Friday by the town": a participle with its agent after it.
AGENT_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,2}\s+by\b")
GROUP_ANAPHOR = re.compile(r"\b(?:the|this|that)\s+(?:terror(?:ist)?\s+|militant\s+|jihadist\s+|armed\s+)?(?:group|organi[sz]ation"
                           rf"|militants|movement|insurgents|jihadists|extremists|fighters|rebels)\b"
                           rf"|\b(?:its|their)\s+(?:[\w-]+\s+)?(?:{MONEY_NOUNS})\b", re.IGNORECASE)  # "its cash reserves"
# "It collects $15 million a month": a sentence whose subject is a pronoun taking in or holding money
# speaks of the group just named, as "the group" does.
PRONOUN_OWNER = re.compile(r"\s*[\"“]?(?:it|they)\s+(?:now\s+|still\s+|also\s+|reportedly\s+)?"
                           r"(?:collect|earn|raise|make|generate|extort|receive|take|rake|obtain|gain|levy|levie|has|have|had|hold)\w*\b",
                           re.IGNORECASE)
# "... for $10 million?": a figure in a question is asked, not claimed.
ASKED = re.compile(r"[^.!?]*\?")
QUOTE_OPENS = re.compile(r"[“\"‘]")
QUOTE_MARK = re.compile(r"[“”\"]")
QUOTE_CLOSES = re.compile(r"”|\"(?=[\s,.]|$)")
PAST_VERB = re.compile(r"\b(?:had|was|were|did|made|took|got|paid|gave|raised|stole|spent|[a-z]{3,}ed)\b")
PRESENT_WORD = re.compile(r"\b(?:is|are|has|have|now|currently|still|today|will|would|could|may|might)\b", re.IGNORECASE)
SOURCE_PLURALS = {"officials", "authorities", "police", "prosecutors", "investigators", "witnesses", "residents", "sources",
                  "analysts", "experts", "officers", "activists", "rebels", "militants", "troops", "doctors", "medics"}
TOLL_WORDS = r"killed|killing|kills|wounded|wounding|injured|injuring|died|dead|slain|executed|massacred|perished"
# (passive: "500 fighters ... have been killed"; "the group has 500 fighters and killed 20" is a strength)
# ("were reported to be killed"; "four suspects were arrested", "two soldiers were reported missing": what
# befell them in one incident, told right after them)
TOLL_AFTER = re.compile(rf"(?:[^.;:]{{0,80}}?\b(?:were|was|are|is|been|being)\s+(?:\w+\s+){{0,3}}?(?:{TOLL_WORDS})"
                        r"|\s+(?:\w+\s+)?(?:died|dead|perished)"
                        r"|\s+(?:have\s+been|has\s+been|had\s+been|were|was)\s+(?:\w+\s+){0,3}?"
                        r"(?:arrested|captured|abducted|kidnapped|missing))\b")
# (in the active, those one arrest held, "arrested 30 suspects": no strength of "suspects"; a tally so far is
# running_toll's, read before)
TOLL_BEFORE = re.compile(rf"\b(?:{TOLL_WORDS}|lost|losing|loses|(?:killing|death|deaths)\s+of"
                         r"|arrested|arresting|detained|detaining|captured|capturing|apprehended|rounded\s+up"
                         r"|(?:strikes?|attacks?|raids?|ambush(?:es)?|assaults?)\s+(?:on|against)|targeting)"
                         r"\s+(?:at least\s+|about\s+|some\s+|nearly\s+|more than\s+)?$")
FORCE_NOUN = re.compile(r"(?:troops|soldiers|personnel|recruits)(?: in detention)?")
SUBORDINATE_OPENER = re.compile(r"[\"“‘']?(?:Though|Although|While|Whereas|Even if|Even though|If|Unless)\b")
OWN_WORDS_AFTER = re.compile(rf",?\s+(?:also\s+)?{_SAID}\s+(?:that\s+)?(?:he|she|they|it|we|I)\b")
SUBJECT_BEFORE_DATE = re.compile(r"\b((?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w.’'-]*){0,4})"
                                 r"\s+(?:late\s+|early\s+)?on\s+$")
DAY_AT_END = re.compile(rf"(?:^|\bon\s+)(?P<day>{DATE_WORD.pattern})$", re.IGNORECASE)
# Those a tally of victims counts, in the passive (VICTIMS_PASSIVE_AFTER, with "suspects" and "gunmen") and the
# active (VICTIM_NOUN_AFTER, with "suspects", those arrests tally): written once here (not counts.PERSON_NOUN, which reads "police" of "police officers").
VICTIM_NOUNS = (r"people|civilians|persons|children|women|villagers|farmers|students|journalists|aid workers|soldiers"
                r"|policemen|police officers|migrants|militants|fighters|insurgents|rebels")
# "120 people were abducted", "300 civilians have been killed": victims told in the passive.
VICTIMS_PASSIVE_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{VICTIM_NOUNS}|suspects|gunmen)"
                                   r"\s+(?:were|have\s+been|had\s+been)\s+(?P<verb>killed|abducted|kidnapped|arrested|detained|recruited"
                                   r"|injured|wounded|executed)\b", re.IGNORECASE)
# "Al-Shabaab, which has an estimated 7,000 fighters, carried out ...": a strength beside an event.
STRENGTH_BEFORE = re.compile(r"\b(?:has|have|had|numbers|numbering|commands|fields)\s+$")
# Where one clause gives way to another with its own subject: "..., while the government has ...".
CLAUSE_BREAK = re.compile(r",\s*(?:while|whereas|but)\b|;|\bwhile\s+the\b")
# One unnamed holder of an office, whom a later "he" or "she" stands for.
ONE_OFFICE = re.compile(r"(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\w-]+\s+){0,4}(?:spokes(?:man|woman|person)|official|officer|commander"
                        r"|governor|minister|general|colonel|chief|mayor|analyst|expert|witness|resident|source)")
# "UNICEF", "the UNHCR": a body known by its initials.
ACRONYM = re.compile(r"(?:the\s+)?[A-Z]{2,}(?:-[A-Z]+)?")
# Where a clause begins: the sentence's start, or right after a verb of saying ("Officials said (that)").
CLAUSE_OPENS_BEFORE = re.compile(rf"(?:^\s*|\b{_SAID}\s+(?:that\s+)?)(?:[Tt]he\s+)?$")
# "Russia has deployed", "The US still keeps": a state's verb of having or sending troops.
STATE_HAS = re.compile(r"\s+(?:(?:has|have|had|now|still|also|already|reportedly)\s+)*(?:has|have|had|keeps?|kept|maintains?"
                       r"|deployed|deploys|sent|sends|stationed|stations|massed|masses)\s+")
# "ISWAP has ", "Al-Shabaab still fields an estimated ": a group's verb of having, right before its figure.
OWNER_VERB_GAP = re.compile(r"\s+(?:(?:now|still|also|reportedly|currently)\s+)?(?:has|have|had|holds|held|fields|fielded|commands"
                            r"|numbers|earns|earned|controls)\s+(?:(?:an\s+)?estimated\s+|some\s+|about\s+|around\s+)?")
# "X, which the army says has N fighters": the source inside the relative clause.
SOURCE_IN_RELATIVE = re.compile(r",\s+(?:which|whom|who)\s+(?P<src>(?:the|a|an)\s+[^,]{2,60}|[A-Z][^,]{1,60}"
                                r"|(?:[A-Z][\w.]*\s+)?[a-z]+s)$")
# "The minister, who ..., said": a relative clause describes the speaker before the verb.
RELATIVE_AFTER = re.compile(r"([^,]{2,80}?),\s+(?:who|whose|speaking|talking|writing)\s[^“”\"]*$")
# "..., a senior official, who declined to be named(,) told AFP": a relative clause between the speaker and the verb.
TRAILING_RELATIVE = re.compile(r",\s+(?:who|whose)\s[^,“”\"]*$")
# "The provincial government opened ..., and said": the subject two coordinated verbs share.
SHARED_SUBJECT = re.compile(r"((?:The|A|An)\s+(?:[A-Z][\w.’'-]*\s+){0,4}(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
                            r"|(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*)"
                            r"(?=\s+(?:also\s+)?(?:[a-z]+ed|[a-z]+s|began|took|made|gave|sent|held|kept|set|put|won|brought|met|went"
                            r"|has|have|had|is|was|were|are|will|would|can|could)\b)")
PRONOUNS = {"he", "she", "they", "it", "the official", "the general", "the commander", "the spokesman"}


def extract_claims(article: Article, ann: Annotations, event_sentences: set[int]) -> tuple[list[Claim], list[Aggregate]]:
    """Attributed quantities and incident counts, sentence by sentence."""
    text = article.text
    claims: list[Claim] = []
    aggregates: list[Aggregate] = []
    last_speaker: Speaker | None = None
    last_org: Speaker | None = None
    last_group: Speaker | None = None  # the last source without a name, if none named came after it
    people: dict[str, Speaker] = {}
    last_titled: Speaker | None = None  # a titled person named while no speaker had been
    last_subject: tuple[str, Span] | None = None  # the last count's subject, for "the number of such cases"
    previous_sentence: tuple[int, int] | None = None
    quote_speaker: Speaker | None = None  # who speaks the quotation the last sentence was in
    main_group = _main_group(ann)
    published = date.fromisoformat(article.published) if article.published else None
    for s_start, s_end in ann.sentences:
        sentence = text[s_start:s_end]
        speaker = _speaker(text, s_start, s_end, last_speaker or last_titled, last_org, last_group)
        speaker = _known_person(speaker, people)
        if speaker is None and quote_speaker is not None and _continues_quote(text, s_start, s_end, previous_sentence):
            speaker = quote_speaker  # '"It is weak," he said. "It has 300 fighters left."'
        quote_speaker = speaker if speaker is not None and QUOTE_MARK.search(sentence) else None
        if speaker is not None and speaker.name:
            last_speaker, last_group = speaker, None
            people.setdefault(_surname(speaker.name), speaker)
        elif speaker is not None and _plural_source(speaker):
            last_group = speaker
        elif speaker is not None and speaker.role and not speaker.organisation and ONE_OFFICE.fullmatch(speaker.role):
            last_speaker = speaker  # "a ministry spokesman told reporters. He said ...": he is the spokesman
        if speaker is not None and speaker.organisation and not speaker.name:
            last_org = speaker
        if speaker is None and last_speaker is None:
            titled = TITLED_PERSON.search(text, s_start, s_end)
            if titled is not None and not _is_org_name(titled.group("name")):
                # "General X commands the front. He said ...": the one titled person named before anyone spoke
                last_titled = Speaker(titled.group("name"), titled.group("title"), None,
                                      Span(titled.start(), titled.end(), titled.group()))
        quantities = [q for q in ann.within(ann.quantities, s_start, s_end) if q.low >= 1  # "half of whom" is a share
                      and not _conversion(text, ann, q, s_start)
                      and not _describes_speaker(q, speaker) and not _before_own_words(text, s_start, q, speaker)
                      and (q.span.text or "").lower() != "both"  # "both suspects": the ones named, no figure
                      and not ASKED.match(text, q.span.end, s_end)]
        if not quantities:
            previous_sentence = (s_start, s_end)
            continue
        dates = ann.within(ann.dates, s_start, s_end)
        # "over the past six months": a period back from the publication date, for a tally (no claim's date)
        stretches = find_stretches(text, published, s_start, s_end)
        number_of = None
        searched = False  # (NUMBER_OF is looked for once, only where a quantity may need it)
        sentence_noun: tuple[str, Span] | None = None
        said_by = speaker
        for quantity in quantities:
            speaker = _clause_speaker(text, s_start, s_end, quantity, said_by, people)
            after = text[quantity.span.end : min(s_end, quantity.span.end + 60)]
            incident = INCIDENT_AFTER.match(after)
            period = _period(quantity, dates + stretches, text)
            if quantity.unit:
                incident = None  # money is claimed, not counted as incidents
            victims = _victims_over_period(text, ann, quantity, s_start, s_end) if incident is None else None
            if victims is None and incident is None and period is not None:
                # "armed groups abducted 450 people in 2021"; a running toll its source claims, unless none is named
                victims = _victims_taken(text, ann, quantity, s_start, s_end, speaker is not None, sentence)
            if victims is not None and period is not None:
                aggregates.append(_aggregate(article, ann, s_start, s_end, victims, quantity, period, speaker))
                continue
            if s_start in event_sentences and not _no_events_count(text, quantity, after, s_start):
                continue  # an event's own figures are its counts ("killed in two attacks last week": no tally of the attacks too)
            if not searched:
                number_of, searched = _NUMBER_OF.search_slice(text, s_start, s_end), True
            if incident and one_days_incidents(text, ann, s_start, s_end, quantity,
                                               quantity.span.end + incident.end("noun")):
                continue  # "carried out two attacks on Monday in Gusau": that day's incidents, an event, no statistic
            if incident and period is not None:
                subject = _clean_subject(incident.group("noun"))
                words = Span(quantity.span.end + incident.start("noun"), quantity.span.end + incident.end("noun"), incident.group("noun"))
                aggregates.append(_aggregate(article, ann, s_start, s_end, (subject, words), quantity, period, speaker))
                last_subject = subject, words
                continue
            if number_of and period is not None and _is_bare_count(text, quantity) and number_of.group("noun"):
                noun = number_of.group("noun")
                such = last_subject if number_of.group("such") else None
                subject = such[0] if such else _clean_subject(noun)
                if re.search(INCIDENT_NOUNS, noun, re.IGNORECASE):
                    words = Span(s_start + number_of.start("noun"), s_start + number_of.end("noun"), noun)
                    aggregates.append(_aggregate(article, ann, s_start, s_end, (subject, words), quantity, period, speaker))
                    if such:
                        aggregates[-1].evidence["subject.such"] = such[1]  # "such cases": the cases counted before
                    continue
            subject = _claim_subject(text, ann, quantity, s_start, s_end, number_of, main_group, previous_sentence,
                                     sentence_noun, speaker.span if speaker is not None else None)
            if subject is None or speaker is None and not _attributed(sentence):
                continue
            sentence_noun = (_bare_noun(subject[0], main_group), subject[1])
            as_of = _as_of(article, quantity, dates, _quote_year(text, ann, previous_sentence, s_start, s_end))
            evidence = {"quantity": quantity.span, "subject": subject[1], **{f"subject.{k}": v for k, v in subject[2].items()}}
            if speaker is not None:
                evidence["speaker"] = speaker.span
            if as_of[2] is not None:
                evidence["as_of"] = as_of[2]
            claims.append(Claim(article.id, Span(s_start, s_end, sentence), subject[0], quantity, speaker,
                                as_of[0], as_of[1], evidence))
        previous_sentence = (s_start, s_end)
    _attribute_series(aggregates, ann)
    return claims, aggregates


# "but analysts put", "while the army says": a source opening a clause, with its verb of saying.
CLAUSE_SOURCE = re.compile(rf"\s*(?P<who>(?:(?:the|some|other|many|most|western|local|independent|security|police)\s+){{0,2}}"
                           rf"(?:{'|'.join(sorted(SOURCE_PLURALS))})|(?:the|an?)\s+(?:[a-z'’-]+\s+){{0,3}}?[a-z-]+)\s+(?:{_SAID}|put|puts"
                           r"|estimate|believed)\b", re.IGNORECASE)


def _clause_speaker(text: str, s_start: int, s_end: int, quantity: Quantity, speaker: Speaker | None,
                    people: dict[str, Speaker]) -> Speaker | None:
    """"The group claims 20,000 members, but analysts put the figure at 5,000": a figure in a clause
    after "but", "while" or ";" that opens with its own speaker and verb of saying is that speaker's."""
    breaks = [b for b in CLAUSE_BREAK.finditer(text, s_start, quantity.span.start)]
    if not breaks or speaker is None or speaker.span.start is None or speaker.span.start >= breaks[-1].end():
        return speaker  # no clause before the figure's own, or the sentence's speaker stands in it
    own = _speaker(text, breaks[-1].end(), s_end, None)
    plural = CLAUSE_SOURCE.match(text, breaks[-1].end(), quantity.span.start) if own is None else None
    if plural is not None:  # "..., but analysts put the figure at 5,000"
        org = ORGANISATIONS.search(plural.group("who"))
        own = Speaker(None, None if org else plural.group("who"), org.group() if org else None,
                      Span(plural.start("who"), plural.end("who"), plural.group("who")))
    if own is None or own.span.start is None or own.span.end is None or own.span.end > quantity.span.start:
        return speaker
    return _known_person(own, people)


def _continues_quote(text: str, s_start: int, s_end: int, previous: tuple[int, int] | None) -> bool:
    """A sentence that opens with a quotation mark, or goes on with a quotation the sentence before
    left open, is the same speaker's words."""
    if previous is None or not QUOTE_MARK.search(text, s_start, s_end):
        return False
    before = text[previous[0] : previous[1]]
    left_open = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return bool(QUOTE_OPENS.match(text, s_start)) or left_open


def _plural_source(speaker: Speaker) -> bool:
    """Whom "they" can stand for: "the two nations", "Officials", "local police" (not "Barkley")."""
    words = (speaker.span.text or "").split()
    if not words or words[0].lower() in {"they", "he", "she", "it"}:
        return False
    return words[-1].lower() in SOURCE_PLURALS or len(words) > 1 and words[-1].endswith("s") and words[-1].islower()


def _before_own_words(text: str, s_start: int, quantity: Quantity, speaker: Speaker | None) -> bool:
    """"Though the staff won't get the $5 million, the owner says he will ...": a subordinate clause
    before the speaker, whose own words follow the verb, is the writer's, not theirs."""
    span = speaker.span if speaker is not None else None
    return (span is not None and span.start is not None and span.end is not None
            and quantity.span.end <= span.start and bool(SUBORDINATE_OPENER.match(text, s_start))
            and bool(OWN_WORDS_AFTER.match(text, span.end)))


def _describes_speaker(quantity: Quantity, speaker: Speaker | None) -> bool:
    """"said X, an organisation with 156 members": a figure inside the speaker's own description."""
    span = speaker.span if speaker is not None else None
    return (span is not None and span.start is not None and span.end is not None
            and span.start <= quantity.span.start < span.end)


def _attributed(sentence: str) -> bool:
    """Whether a reporting verb attributes the sentence: "in 12 states", "the United States",
    "without warning", "Claims against ..." use the same words as nouns."""
    return any(not _noun_use(sentence, m.start(), m.group()) for m in ATTRIBUTION.finditer(sentence))


def _noun_use(sentence: str, start: int, word: str) -> bool:
    """A reporting word after a determiner, number or preposition, or capitalised mid-sentence
    or at its start (where no verb stands), names a thing ("the reports", "Claims")."""
    if word.lower() == "according to":
        return False
    if word[0].isupper():
        return True
    before = NOUN_LEAD.search(sentence, max(0, start - 30), start)
    if before is None:
        return False
    # "Resolution 2334 states": a numbered document's name, then its verb
    return not (before.group("number") and re.search(r"\b[A-Z][\w-]*\s+$", sentence[max(0, before.start() - 30) : before.start()]))


def _attribute_series(aggregates: list[Aggregate], ann: Annotations) -> None:
    """"Last month saw 83 cases ... In May, the number of such incidents was 30, according to X":
    a count that names no source takes the source of a later count of the same series in its
    paragraph."""
    for k, aggregate in enumerate(aggregates):
        if aggregate.speaker is not None:
            continue
        paragraph = ann.paragraph_of(aggregate.sentence.start)
        later = next((a for a in aggregates[k + 1 :] if a.speaker is not None and a.subject == aggregate.subject
                      and a.sentence.start > aggregate.sentence.start and a.sentence.start <= paragraph[1]), None)
        if later is not None and later.speaker is not None:
            aggregate.speaker = later.speaker
            aggregate.evidence["speaker"] = later.speaker.span


def _main_group(ann: Annotations) -> ActorMention | None:
    groups = [a for a in ann.actors if a.actor.kind == "group"]
    if not groups:
        return None
    names = [a.actor.name for a in groups]
    top = max(set(names), key=lambda n: (names.count(n), -names.index(n)))
    return next(a for a in groups if a.actor.name == top)


def _period(quantity: Quantity, dates: list[TimeMention], text: str = "") -> TimeMention | None:
    """The period a count covers: the nearest month, year or "last month" before or after it (not
    the day it was said: "..., the mission said in July")."""
    usable = [d for d in dates if (d.precision in {"month", "year", "week", "unknown-year"} or d.relative is None)
              and not (text and _when_said(text, d))]
    if not usable:
        return None
    return min(usable, key=lambda d: (0 if d.end <= quantity.span.start else 1, abs(d.start - quantity.span.start)))


def _is_bare_count(text: str, quantity: Quantity) -> bool:
    return not COUNTED_NOUN_AFTER.match(text[quantity.span.end : quantity.span.end + 40])


def _clean_subject(noun: str) -> str:
    return re.sub(r"\s+", " ", noun).strip(" ,.").lower()


def _aggregate(
    article: Article, ann: Annotations, s_start: int, s_end: int, subject: tuple[str, Span], quantity: Quantity,
    period: TimeMention, speaker: Speaker | None,
) -> Aggregate:
    """A count over a period, with the words of what it counts (subject), when and where."""
    places = [p for p in ann.within(ann.places, s_start, s_end)]
    region = places[0] if places else None
    evidence = {"quantity": quantity.span, "period": Span(period.start, period.end, period.text), "subject": subject[1]}
    if region is not None:
        evidence["region"] = Span(region.start, region.end, region.text)
    listed = None if region is not None else _provinces_listed(article.text, ann, s_start, s_end)
    if listed is not None:
        evidence["region"] = listed[1]
    if speaker is not None:
        evidence["speaker"] = speaker.span
    return Aggregate(
        article.id, Span(s_start, s_end, article.text[s_start:s_end]), subject[0], quantity,
        period.date.isoformat() if period.date else None, period.precision,
        region.place.name if region else listed[0] if listed else None, region.place.admin1_code if region else None,
        speaker, evidence,
    )


def _provinces_listed(text: str, ann: Annotations, s_start: int, s_end: int) -> tuple[str, Span] | None:
    """"83 cases in the three provinces": the provinces an earlier sentence listed, as many as it
    says ("mainly in the provinces of Kirkuk, Diyala, and Salahuddin")."""
    numbered = THE_N_PROVINCES.search(text, s_start, s_end)
    if numbered is None:
        return None
    lo = s_start
    for _ in range(6):  # the six sentences before, nearest first
        before = ann.sentence_before(lo)
        if before is None:
            break
        lo, hi = before
        mentions = [p for p in ann.within(ann.places, lo, hi) if p.place.admin1 and p.place.feature != "country"]
        names = list(dict.fromkeys(p.place.admin1 for p in mentions))
        if len(names) == UNITS[numbered.group(1).lower()]:
            return ", ".join(names[:-1]) + " and " + names[-1], Span(mentions[0].start, mentions[-1].end,
                                                                    text[mentions[0].start : mentions[-1].end])
    return None


# "... percent of the country": the land a share is of (annotate.numbers keeps the percentage only there)
LAND_SHARE_AFTER = re.compile(OF_LAND, re.IGNORECASE)


def _claim_subject(
    text: str, ann: Annotations, quantity: Quantity, s_start: int, s_end: int, number_of: re.Match[str] | None,
    main_group: ActorMention | None, previous: tuple[int, int] | None,
    earlier_noun: tuple[str, Span] | None = None, speaker_span: Span | None = None,
) -> tuple[str, Span, dict[str, Span]] | None:
    """What the number counts, normalised: "Islamic State (IS) fighters in Iraq", with its noun's words
    and the words of the group ("group") and place ("where") it names from elsewhere in the text."""
    after = text[quantity.span.end : min(s_end, quantity.span.end + 60)]
    cell_size: re.Match[str] | None = None
    counted_at: list[PlaceMention] = []
    if is_money(quantity.unit):
        if _trade_or_price(text, quantity, s_start):
            return None
        money = _money_noun(text, ann, quantity, s_start, s_end)
        noun_text = money.group() if money else "money"
        noun_span = Span(money.start(), money.end(), money.group()) if money else quantity.span
        purpose = re.match(r"\s*(from|in) ([a-z]+(?:ings?|s))\b", after)  # "from kidnappings"; "in missiles" is spent
        noun = noun_text.lower() + (f" {purpose.group(1)} {purpose.group(2)}" if purpose and purpose.group(2) != noun_text.lower() else "")
    elif quantity.unit == "percent":
        # "controls about 40 percent of the district": the share of land held (the annotator keeps no other percentage)
        land = LAND_SHARE_AFTER.match(text, quantity.span.end, s_end)
        if land is None:
            return None
        noun = f"share of the {land.group(1).lower()} held"
        noun_span = Span(land.start(1), land.end(1), land.group(1))
    elif (toll := running_toll(text, ann, quantity, s_start, s_end)) is not None:
        return toll[0], toll[1], {}  # the dead of a whole campaign are its victims, no group's strength
    elif (counted := INCIDENT_AFTER.match(after)) is not None and VIOLENT_ACTS.search(
            re.split(r"\s+of\s", counted.group("noun"))[0]):
        # "five attacks in Gusau, police said", no day told: one_days_incidents finds no day's event and no
        # period dates an aggregate, so the count is its speaker's statistic, stated when said (or published)
        noun = _clean_subject(counted.group("noun"))
        noun_span = Span(quantity.span.end + counted.start("noun"), quantity.span.end + counted.end("noun"),
                         counted.group("noun"))
        counted_at = [p for p in ann.within(ann.places, noun_span.end, s_end)
                      if p.role != "organisation" and p.place.feature not in {"country", "region"}][:1]
        if counted_at:  # "in Gusau", "in Borno state": where they were counted (a country is _country_for's)
            noun += f" in {counted_at[0].place.name}"
    else:
        pop = POPULATION_AFTER.match(after)
        cell_size = CELL_SIZE_BEFORE.search(text, max(s_start, quantity.span.start - 80), quantity.span.start)
        if pop is None and cell_size is not None:
            pop = HEADCOUNT_AFTER.match(after)  # "cells of 10 to 20 men": the men are the cell's members
        uprooted = _uprooted(text, quantity, after, s_start) if pop is None else None
        elliptic = re.match(r"\s+(in (?:the )?[a-z]+(?: [a-z]+)?(?: areas?| regions?| mountains?| desert)?)\b", after)
        if pop and (TOLL_AFTER.match(text, quantity.span.end + pop.end(), s_end)
                    or TOLL_BEFORE.search(text, max(s_start, quantity.span.start - 40), quantity.span.start)):
            return None  # "24 fighters have been killed", "killing 12 militants": a toll, not a strength
        if uprooted is not None:
            noun, noun_span = uprooted
        elif pop:
            noun = "members" if "ranks" in pop.group("noun") or HEADCOUNT_AFTER.fullmatch(pop.group("noun")) else pop.group("noun").lower()
            noun_span = Span(quantity.span.end + pop.start("noun"), quantity.span.end + pop.end("noun"), pop.group("noun"))
            demonym = DEMONYM_END.search(text, quantity.span.end, noun_span.start)
            if demonym is not None and not any(a.start <= demonym.start() < a.end for a in ann.actors):
                noun = f"{demonym.group(1)} {noun}"  # "2,000 Moroccan fighters": known by their country, no group's
            if DETENTION.search(text, quantity.span.end, min(s_end, quantity.span.end + 90)):
                noun += " in detention"  # "thousands of suspected IS fighters ... held in detention"
            crossed = CROSSED.match(text, noun_span.end, s_end)
            if crossed:  # "1,000 extremists have crossed the border": a flow, not the group's strength
                noun += f" who {crossed.group(1).lower()} the {crossed.group(2).lower()}"
        elif earlier_noun is not None and elliptic:
            # "more than 1,000, with around 500 in desert areas": the noun carries over.
            noun = f"{earlier_noun[0]} {elliptic.group(1)}"
            noun_span = earlier_noun[1]
        elif earlier_noun is not None and BARE_FIGURE_END.match(after) and not OTHER_VERB_BEFORE.search(
                text, max(s_start, quantity.span.start - 30), quantity.span.start):
            noun, noun_span = earlier_noun  # "had 3,000 fighters in 2016 but now has about 500."
        elif previous is not None and re.search(r"\b(?:puts?|putting|estimated|estimates?|places?) the (?:number|figure|total) at\s+$", text[s_start : quantity.span.start]):
            earlier = re.search(POPULATION_NOUNS, text[previous[0] : previous[1]], re.IGNORECASE)
            if earlier is None:
                return None
            noun = earlier.group().lower()
            noun_span = Span(previous[0] + earlier.start(), previous[0] + earlier.end(), earlier.group())
        elif number_of is not None and re.search(POPULATION_NOUNS, number_of.group("noun"), re.IGNORECASE):
            noun = re.search(POPULATION_NOUNS, number_of.group("noun"), re.IGNORECASE).group().lower()  # type: ignore[union-attr]
            noun_span = Span(s_start + number_of.start("noun"), s_start + number_of.end("noun"), number_of.group("noun"))
        elif (numbered := NUMBERING_BEFORE.search(text, max(s_start, quantity.span.start - 80), quantity.span.start)) is not None:
            # "Government forces number about 20,000", "the militia is believed to number 3,000 men"
            noun = numbered.group("noun").lower()
            noun = "members" if noun in {"militia", "group", "movement", "army"} else noun
            noun_span = Span(numbered.start("noun"), numbered.end("noun"), numbered.group("noun"))
        else:
            return None
    # Money is the article's main group's only where the sentence speaks of a group ("the group
    # obtained ..."): a budget, a deal or a grant elsewhere in the story is no one's war chest.
    # So are troops and personnel, more often a state's own than the group's.
    # ("2,000 Moroccan fighters" are known by their country: no article's main group is given them)
    own_noun = not is_money(quantity.unit) and not FORCE_NOUN.fullmatch(noun) and not noun[:1].isupper()
    anaphor = GROUP_ANAPHOR.search(text, s_start, s_end) or PRONOUN_OWNER.match(text, s_start, s_end)
    fallback = main_group if own_noun or anaphor else None
    named_before = [a for a in ann.within(ann.actors, *previous) if a.actor.kind == "group"] if anaphor and previous else []
    if named_before:  # "X claimed the bombing. Its revenues fell to $5 million": the group just named
        fallback = named_before[-1]
    owner = _group_for(ann, s_start, s_end, fallback, text, quantity.span.start, speaker_span)
    group = owner.actor.name if owner is not None else None
    if (re.search(UPROOTED_NOUNS, noun, re.IGNORECASE) or noun.startswith(("people in", "missing ", "evacuated ", "held "))
            or noun.endswith((" arriving", " fleeing"))):
        group = None  # the displaced are no group's strength
    if noun.endswith("graves"):
        # "62 mass graves of Yazidi civilians": the graves are the victims', not the group's
        group = None
        whose = GRAVES_OF.match(text, noun_span.end, s_end)
        noun += f" of {whose.group(1)}" if whose else ""
    named = [] if " in " in noun else _country_for(ann, text, quantity, s_end, previous, noun_span.start < quantity.span.start)
    if not named and cell_size is not None:  # "cells in Syria that range in size from ..."
        named = [p for p in ann.within(ann.places, cell_size.start(), cell_size.end()) if p.place.feature == "country"][:1]
    where = " and ".join(_names(named)) or None
    if where is None and " in " not in noun and THE_PROVINCE.match(text, noun_span.end, s_end):
        named = _province_before(ann, quantity.span.start, previous[0] if previous else s_start)
        where = named[0].place.admin1 if named else None
    if cell_size is not None or re.search(r"\b(each|every|per)\s+(?:\w+\s+)?(cell|unit|group|squad)\b", text[s_start : quantity.span.start], re.IGNORECASE):
        noun += " per cell"
    state = _deploying_state(ann, text, quantity, s_start) if group is None and FORCE_NOUN.fullmatch(noun) else None
    if state is not None:
        group = state.place.name
    subject = " ".join(p for p in (group, noun) if p) + (f" in {where}" if where else "")
    parts = {"group": Span(owner.start, owner.end, owner.text)} if owner is not None and group else {}
    if state is not None:
        parts["group"] = Span(state.start, state.end, state.text)
    if where and named:
        parts["where"] = _place_words(text, named)
    if counted_at:
        parts["where"] = Span(counted_at[0].start, counted_at[0].end, counted_at[0].text)
    return subject, noun_span, parts


def _money_noun(text: str, ann: Annotations, quantity: Quantity, s_start: int, s_end: int) -> re.Match[str] | None:
    """"$3 million was stolen ... and $1 million spent on assets": the money word nearest the figure,
    none where another sum of the sentence stands nearer to it."""
    # (a sum repeated in another currency, "€2 million (US$2.4m)", is the same sum: not a rival)
    sums = [q for q in ann.within(ann.quantities, s_start, s_end)
            if is_money(q.unit) and not _conversion(text, ann, q, s_start)]

    def distance(q: Quantity, m: re.Match[str]) -> int:
        return max(m.start() - q.span.end, q.span.start - m.end(), 0)

    words = list(MONEY_WORD.finditer(text, s_start, s_end))
    if not words:
        return None
    nearest = min(words, key=lambda m: distance(quantity, m))
    if any(distance(q, nearest) < distance(quantity, nearest) for q in sums if q is not quantity):
        return None
    return nearest


def _conversion(text: str, ann: Annotations, quantity: Quantity, s_start: int) -> bool:
    """"€2 million (US$2.4m)", "20,000 rupees, about $300": the same sum in another currency."""
    before = [q for q in ann.within(ann.quantities, s_start, quantity.span.start) if is_money(q.unit)]
    if not before or not is_money(quantity.unit):
        return False
    gap = text[before[-1].span.end : quantity.span.start]
    return bool(re.fullmatch(r"\s*(?:(?:per|a|each)\s+\w+\s*)?\(\s*", gap) or re.fullmatch(r",\s*(?:or\s+)?", gap) and before[-1].unit != quantity.unit)


def _victims_over_period(text: str, ann: Annotations, quantity: Quantity, s_start: int, s_end: int) -> tuple[str, Span] | None:
    """"At least 120 people were abducted in 2019": victims counted over a period, a statistic of many
    incidents, "people abducted". period_toll decides, the rule the events read too, so that a sentence
    is either an incident or a statistic, never both ("nine people were killed in a town last week" is
    an incident)."""
    victims = VICTIMS_PASSIVE_AFTER.match(text, quantity.span.end)
    if victims is None or not period_toll(text, ann, s_start, s_end, (victims.start("verb"),)):
        return None
    words = Span(victims.start("noun"), victims.end("verb"), text[victims.start("noun") : victims.end("verb")])
    return f"{victims.group('noun').lower()} {victims.group('verb').lower()}", words


# "armed groups killed 450 people", "gunmen abducted more than 300 villagers", "police arrested 90 suspects": victims
# told in the active (the arrested and detained are counted as the killed are: a tally over a stretch, no one raid).
VICTIMS_ACTIVE_BEFORE = re.compile(r"\b(?P<verb>killed|abducted|kidnapped|executed|arrested|detained)\s+(?:(?:at least|more than|over|nearly|almost|about"
                                   r"|around|some|up to|a total of)\s+)?$", re.IGNORECASE)
VICTIM_NOUN_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{VICTIM_NOUNS}|suspects)\b", re.IGNORECASE)
# One act named in the sentence ("a bomb killed 12 people in 2020", "killed in an ambush"): an
# incident dated by its year, no tally of many.
ONE_ACT = re.compile(r"\b(?:a|an|one|single|the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:bomb|bombing|blast|explosion|attack|ambush|raid"
                     r"|air\s?strike|strike|massacre|shooting|assault|suicide bomber|gunman|car bomb|incident|rampage)\b", re.IGNORECASE)
# One site where victims were taken or struck: "from a school", "at the market", "in a village".
ONE_SITE = re.compile(r"\b(?:at|from|in|on|near|inside|outside)\s+(?:a|an|the|one|its|their)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:school|college|university|market|marketplace|church|mosque|shrine|village|checkpoint|base|camp"
                      r"|hospital|hotel|restaurant|bus|train|prison|farm|house|home|compound|convoy|wedding|funeral|bank"
                      r"|station|mine|factory|office|hall|stadium|bar|club)s?\b", re.IGNORECASE)
# Places no single incident is coded to: a whole country, a region or a province.
WIDE_FEATURES = {"country", "region", "admin1"}


def _active_victims(text: str, quantity: Quantity, s_start: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The verb before a count of victims told in the active and the victims' noun after it ("killed
    450 people"): what period_toll and _victims_taken both read."""
    return (VICTIMS_ACTIVE_BEFORE.search(text, max(s_start, quantity.span.start - 40), quantity.span.start),
            VICTIM_NOUN_AFTER.match(text, quantity.span.end))


def period_toll(text: str, ann: Annotations, start: int, end: int, acts: Collection[int]) -> bool:
    """An act told at one of the positions `acts` is a count of victims over a period ("UN figures said 8,400 people
    were killed in 2020", "armed groups abducted 450 people over the past six months", "police arrested 80
    suspects in the province over the past 48 hours": arrests and detentions count as killings do): a statistic
    of many incidents, the aggregate this module records, no one incident. Not when a day, a week or
    one act is told with it ("a bomb killed 12 people in Kadugli in 2020"), nor a place narrower than
    a province ("gunmen abducted 30 students in a town in 2021"), unless the victims are told in the
    passive over a year or a stretch with no one site ("300 civilians were killed in the city last year"),
    or in either voice over a stretch ("gunmen have killed 40 people in a town since March", "... in the
    past week"): a toll so far, the tally the passive is. The one rule both paths read for victims: events
    skip such a sentence, and the aggregates of victims (_victims_over_period, _victims_taken) count only
    these, where a period is dated; a running toll with no date (running_toll), or one its source is named
    for (_victims_taken), becomes a claim. (Counts of incidents, "412 attacks in 2020", are
    one_days_incidents' to decide, for events and claims alike.) All of a sentence's acts are asked at
    once: what the sentence itself tells is read once for them all."""
    dates = ann.within(ann.dates, start, end)
    spans = stretch_spans(text, start, end)
    # (a stretch's own date, "past week" in "in the past week", is no day the act is told on)
    if any(d.precision not in {"month", "year"} and not any(a <= d.start and d.end <= b for a, b in spans)
           for d in dates) or ONE_ACT.search(text, start, end):
        return False
    stretch = bool(spans)
    narrow = any(p.place.feature not in WIDE_FEATURES for p in ann.within(ann.places, start, end))
    # (the dead of a town over a year are a tally; those taken from a school there, one incident)
    so_far = stretch or any(_bounds_a_period(text, d) for d in dates)
    tally_in_town = narrow and (so_far or any(d.precision == "year" for d in dates)) \
        and ONE_SITE.search(text, start, end) is None
    if narrow and not tally_in_town:
        return False
    period = bool(dates) or stretch
    for quantity in ann.within(ann.quantities, start, end):
        if quantity.unit or quantity.low < 2:
            continue
        if (not narrow and running_toll(text, ann, quantity, start, end) is not None
                and any(quantity.span.start - 60 <= act < quantity.span.end + 80 for act in acts)):
            return True  # "hundreds of rebels have been killed in the offensive": the campaign's dead so far
        if not period:
            continue
        victims = VICTIMS_PASSIVE_AFTER.match(text, quantity.span.end)
        if victims is not None and any(victims.start("verb") <= act < victims.end("verb") for act in acts):
            return True
        active, victims = _active_victims(text, quantity, start)
        if ((not narrow or so_far) and active is not None and victims is not None
                and any(active.start("verb") <= act < active.end("verb") for act in acts)):
            return True
    return False


# "two attacks on army posts", "raids against police stations": counted incidents at a named target.
TARGET_AFTER = re.compile(r"\s+(?:on|against|targeting)\s", re.IGNORECASE)
# "in the town", "near the village": a place narrower than a country told before, named back.
PLACE_NAMED_BACK = re.compile(r"\b(?:in|at|near|around|on)\s+the\s+(?:town|city|village|hamlet|settlement|district|suburb"
                              r"|neighbou?rhood|camp)\b", re.IGNORECASE)
# The counted incidents' own toll: "..., killing nine people", "in which four were wounded".
TOLL_TOLD_WITH = re.compile(r",\s+(?:[\w-]+\s+)?(?:killing|wounding|injuring|leaving)\b"
                            r"|\bin\s+which\b[^.;]{0,60}?\b(?:killed|wounded|injured|died)\b", re.IGNORECASE)
# "have carried out", "had launched", "which carried out": a count told as a tally so far or as what a party did before.
TALLY_VERB_BEFORE = re.compile(r"\b(?:has|have|had|which|who|that)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def one_days_incidents(text: str, ann: Annotations, start: int, end: int, count: Quantity, noun_end: int) -> bool:
    """A count of incidents ("five attacks", "two raids", the noun ending at noun_end) is one event, that day's
    incidents at one place, where the date it is told with is a day and a place narrower than a country, or a
    target, is named ("carried out five attacks on Monday in Gusau, killing 12": ACLED codes a day's attacks at
    one location as one event, with their dead); else it is a statistic of many incidents, an aggregate over
    its period ("412 attacks in 2020", "40 raids over the past six months", "12 attacks across the country on
    Sunday"). The one rule both read for counted incidents, as period_toll is for counted victims: events
    (_is_concrete) take the former as an incident, claims count only the latter. (The day it was said, "police
    said on Monday", dates the count only where no other date does; with no date told at all, the count at a
    town is the report's incident where _undated_days_incidents finds it told as news, "six attacks in Gusau,
    killing nine", else no period dates an aggregate either and "six attacks in Gusau, police said" is its
    speaker's claim.)"""
    told = ann.within(ann.dates, start, end)
    when = _period(count, [d for d in told if not _when_said(text, d)] or told)
    if names_stretch(text, start, end):
        return False
    if when is None and (told or not _undated_days_incidents(text, start, end, count, noun_end)):
        return False
    if when is not None and when.precision != "day":
        return False
    # (a day's incidents may fill a province; those told with no day, only a town: "14 attacks in Zamfara state" is a tally)
    too_wide = {"country"} if when is not None else WIDE_FEATURES
    return (any(p.place.feature not in too_wide for p in ann.within(ann.places, start, end) if p.role != "organisation")
            or TARGET_AFTER.match(text, noun_end) is not None or PLACE_NAMED_BACK.search(text, start, end) is not None)


def _undated_days_incidents(text: str, start: int, end: int, count: Quantity, noun_end: int) -> bool:
    """A count of incidents told with no date at all is the news of them, dated by the report as one
    undated attack is ("Gunmen attacked Gusau, killing five"), where it is told in the simple past and
    either with its toll ("carried out six attacks in Gusau, killing nine people, police said") or in
    the article's own voice ("Gunmen carried out five attacks in the town"); a source's figure with no
    toll stays its claim ("six attacks in Gusau, police said"), and a count told in the perfect or in a
    relative clause ("have carried out 40 attacks", "which carried out five attacks") a tally."""
    if TALLY_VERB_BEFORE.search(text, max(start, count.span.start - 40), count.span.start):
        return False
    return TOLL_TOLD_WITH.search(text, noun_end, end) is not None or not _attributed(text[start:end])


def _victims_taken(text: str, ann: Annotations, quantity: Quantity, s_start: int, s_end: int,
                   named_source: bool, sentence: str) -> tuple[str, Span] | None:
    """"Armed groups killed 1,100 people in 2021": victims counted over a period told in the active,
    where period_toll finds a statistic (no day, no one act, no place narrower than a province). A
    running toll ("has killed ... since") is its source's claim where one is named (a speaker found,
    or a reporting verb in the sentence, read last); told in the article's own voice, it is the
    outlet's statistic, an aggregate with no speaker."""
    active, victims = _active_victims(text, quantity, s_start)
    if active is None or victims is None or not period_toll(text, ann, s_start, s_end, (active.start("verb"),)):
        return None
    if re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", text[max(s_start, active.start() - 20) : active.start()]) and (
            named_source or _attributed(sentence)) and running_toll(text, ann, quantity, s_start, s_end) is not None:
        # "the militia has killed 2,000 people since 2015": a running toll, claimed by its source (where
        # running_toll, which makes the claim, finds none, the tally stays an aggregate with its speaker)
        return None
    return f"{victims.group('noun').lower()} {active.group('verb').lower()}", Span(victims.start("noun"), victims.end("noun"), victims.group("noun"))


def _no_events_count(text: str, quantity: Quantity, after: str, s_start: int) -> bool:
    """Figures an event's sentence may hold that are no count of the event: the dead of a whole
    campaign, the displaced, and a group's strength told with "has" or "which has"."""
    strength = STRENGTH_BEFORE.search(text, max(s_start, quantity.span.start - 20), quantity.span.start)
    return (_campaign_toll(text, quantity, s_start) is not None or _uprooted(text, quantity, after, s_start) is not None
            or strength is not None and POPULATION_AFTER.match(after) is not None)


def _campaign_toll(text: str, quantity: Quantity, s_start: int) -> tuple[str, Span] | None:
    """"The campaign has killed more than 900 civilians", "hundreds of insurgents have been
    killed during the campaign": the dead of a campaign or war so far, a running count, not one attack's toll."""
    victims = VICTIMS_AFTER.match(text, quantity.span.end)
    if victims is None:
        return None
    noun = f"{victims.group('noun').lower()} killed"
    span = Span(victims.start("noun"), victims.end("noun"), victims.group("noun"))
    if CAMPAIGN_KILLED_BEFORE.search(text, max(s_start, quantity.span.start - 120), quantity.span.start):
        return noun, span
    if KILLED_IN_CAMPAIGN.match(text, victims.end()):
        return noun, span
    # "The group has killed more than 30,000 people since 2009": a running count by its span of time
    perfect = (HAS_KILLED_BEFORE.search(text, max(s_start, quantity.span.start - 40), quantity.span.start)
               or HAVE_BEEN_KILLED.match(text, victims.end()))
    after = victims.end() if perfect is None or perfect.start() < victims.end() else perfect.end()
    if perfect is not None and RUNNING_SINCE.match(text, after):
        return noun, span
    # "The group has abducted more than 1,500 children since 2013": the taken, counted the same way
    taken = HAS_TAKEN_BEFORE.search(text, max(s_start, quantity.span.start - 40), quantity.span.start)
    if taken is not None and RUNNING_SINCE.match(text, victims.end()):
        return f"{victims.group('noun').lower()} {taken.group('verb').lower()}", span
    return None


def running_toll(text: str, ann: Annotations, quantity: Quantity, s_start: int, s_end: int) -> tuple[str, Span] | None:
    """The victims a count tallies as they mount, a statistic in whoever's voice tells it, no one incident: a
    campaign's dead (_campaign_toll), or victims told in the perfect with no day (a month or a year at most),
    no one act or site and no place narrower than a province ("The insurgents have killed 300 soldiers in the province, the army said",
    "Bandits have abducted 640 villagers in Katsina", or in the passive, "300 soldiers have been killed in the
    province"): a toll so far, as "since 2015" makes one ("Gunmen have killed 12 people in Gusau", "... in an
    ambush" or "... killed there" stays an incident's toll)."""
    toll = _campaign_toll(text, quantity, s_start)
    if toll is not None:
        return toll
    victims = VICTIM_NOUN_AFTER.match(text, quantity.span.end)
    perfect = (HAS_KILLED_BEFORE.search(text, max(s_start, quantity.span.start - 40), quantity.span.start)
               or HAS_TAKEN_BEFORE.search(text, max(s_start, quantity.span.start - 40), quantity.span.start)
               or (HAVE_BEEN_TAKEN.match(text, victims.end()) if victims is not None else None))
    told_end = max(perfect.end(), victims.end()) if perfect is not None and victims is not None else 0
    if (victims is None or perfect is None or THERE_AFTER.match(text, told_end) or ONE_ACT.search(text, s_start, s_end)
            or any(d.precision not in {"month", "year"} for d in ann.within(ann.dates, s_start, s_end))
            or ONE_SITE.search(text, s_start, s_end)
            or any(p.place.feature not in WIDE_FEATURES for p in ann.within(ann.places, s_start, s_end))):
        return None
    verb = perfect.group("verb") if "verb" in perfect.groupdict() else "killed"
    return (f"{victims.group('noun').lower()} {verb.lower()}",
            Span(victims.start("noun"), victims.end("noun"), victims.group("noun")))


def perfect_incident_toll(text: str, ann: Annotations, start: int, end: int, act_start: int) -> bool:
    """The victims of the act at act_start told in the perfect with no day, in a place narrower than a
    province, that running_toll leaves to an incident ("At least 12 people have been killed in Gusau,
    police said", "Gunmen have killed 12 people in Gusau"): the day's incident as news tells it, dated by
    the report, no toll so far. Not a campaign's dead, nor a count with a stretch or a "since" ("... in
    Gusau in recent months", "... over the years", "... since January"), nor one with "so far", "now" or "already"."""
    if names_stretch(text, start, end) or not any(
            p.place.feature not in WIDE_FEATURES for p in ann.within(ann.places, start, end) if p.role != "organisation"):
        return False
    for quantity in ann.within(ann.quantities, start, end):
        if quantity.unit or quantity.low < 1:
            continue
        victims = VICTIM_NOUN_AFTER.match(text, quantity.span.end)
        if victims is None:
            continue
        active = HAS_KILLED_BEFORE.search(text, max(start, quantity.span.start - 40), quantity.span.start) or HAS_TAKEN_BEFORE.search(
            text, max(start, quantity.span.start - 40), quantity.span.start)
        passive = HAVE_BEEN_TAKEN.match(text, victims.end())
        perfect = next((m for m in (active, passive) if m is not None and m.start() <= act_start < m.end()), None)
        if perfect is None:
            continue
        if re.search(r"\b(?:so far|now|already)\b", perfect.group(), re.IGNORECASE) or RUNNING_SINCE.match(
                text, max(perfect.end(), victims.end())):
            return False
        return running_toll(text, ann, quantity, start, end) is None
    return False


def _trade_or_price(text: str, quantity: Quantity, s_start: int) -> bool:
    """"tariffs on $20 billion of imports", "a $30 per tonne carbon tax", "a ticket price of $25": the
    value of goods taxed or traded, a rate or a price is nobody's money held or earned."""
    return bool(TRADE_AFTER.match(text, quantity.span.end)
                or PRICE_BEFORE.search(text, max(s_start, quantity.span.start - 60), quantity.span.start)
                or TRADE_BEFORE.search(text, max(s_start, quantity.span.start - 120), quantity.span.start)
                or WISHED_BEFORE.search(text, max(s_start, quantity.span.start - 40), quantity.span.start)
                or PRICED_BEFORE.search(text, max(s_start, quantity.span.start - 50), quantity.span.start)
                or UNIT_PRICE_AFTER.match(text, quantity.span.end)
                or bool(CHARGE_BEFORE.search(text, max(s_start, quantity.span.start - 20), quantity.span.start)
                        and RATE_AFTER.match(text, quantity.span.end)))


def _uprooted(text: str, quantity: Quantity, after: str, s_start: int) -> tuple[str, Span] | None:
    """"40,000 villagers had been displaced", "a camp housing 12,000 people": a count of the
    uprooted that names them with a plain headcount noun."""
    missing = MISSING_AFTER.match(after)
    if missing is not None:
        start = quantity.span.end + missing.start("noun")
        state = "held" if missing.group("state").lower() == "held" else "missing"  # "50 people are still held"
        return f"{state} {missing.group('noun').lower()}", Span(start, start + len(missing.group("noun")), missing.group("noun"))
    verb = DISPLACED_BEFORE.search(text, max(s_start, quantity.span.start - 20), quantity.span.start)
    if verb is not None and (BARE_FIGURE_END.match(after) or re.match(r"\s*(?:people|persons|civilians)\b", after)):
        words = verb.group().rstrip()  # "... and displaced about 2 million"
        return "displaced people", Span(verb.start(), verb.start() + len(words), words)
    displaced = DISPLACED_AFTER.match(after)
    if displaced is not None:
        start = quantity.span.end + displaced.start("noun")
        return f"displaced {displaced.group('noun').lower()}", Span(start, quantity.span.end + displaced.end(),
                                                                     text[start : quantity.span.end + displaced.end()])
    flow = NATIONALS_MOVING_AFTER.match(after)
    if flow is not None:  # "500 Colombians are crossing the border"
        verb = "fleeing" if flow.group("verb").lower().startswith("fle") else "arriving"
        start = quantity.span.end + flow.start("noun")
        return f"{flow.group('noun')} {verb}", Span(start, start + len(flow.group("noun")), flow.group("noun"))
    moved = EVACUATED_BEFORE.search(text, max(s_start, quantity.span.start - 40), quantity.span.start)
    evacuees = re.match(r"\s*(?:[\w'-]+\s+)?(?P<noun>people|persons|civilians|residents|families|villagers)\b", after)
    if moved is not None and evacuees is not None:  # "the evacuation of 2,000 civilians"
        start = quantity.span.end + evacuees.start("noun")
        return f"evacuated {evacuees.group('noun').lower()}", Span(start, start + len(evacuees.group("noun")),
                                                                   evacuees.group("noun"))
    camp = CAMP_BEFORE.search(text, max(s_start, quantity.span.start - 40), quantity.span.start)
    people = HEADCOUNT_AFTER.match(after) or re.match(r"\s*(?P<noun>people|persons|families)\b", after)
    if camp is not None and people is not None:
        place = re.match(r"\w+", camp.group()).group().lower()  # type: ignore[union-attr]
        return f"people in {place if place.endswith('s') else place + 's'}", Span(camp.start(), camp.start() + len(camp.group().rstrip()), camp.group().rstrip())
    return None


def _deploying_state(ann: Annotations, text: str, quantity: Quantity, s_start: int) -> PlaceMention | None:
    """"The US has about 2,500 troops in Iraq", "Russia has deployed 10,000 soldiers": the state
    that opens the clause owns the troops it has or sends."""
    for place in ann.within(ann.places, s_start, quantity.span.start):
        if place.place.feature != "country" or not CLAUSE_OPENS_BEFORE.search(text, s_start, place.start):
            continue
        if STATE_HAS.fullmatch(text, place.end, quantity.span.start):
            return place
    return None


def _place_words(text: str, named: list[PlaceMention]) -> Span:
    """The words naming a figure's place: its first place, through the second where they stand together ("Iraq and Syria")."""
    first = named[0]
    second = next((p for p in named if p.place.name != first.place.name), None)
    end = second.end if second is not None and 0 <= second.start - first.end <= 40 else first.end
    return Span(first.start, end, text[first.start : end])


def _province_before(ann: Annotations, position: int, earliest: int) -> list[PlaceMention]:
    """"no more than 75 militants in the province", said the Diyala commander: the province named
    last before the figure, in its sentence or the one before (an office's name counts)."""
    named = [p for p in ann.within(ann.places, earliest, position) if p.place.admin1]
    return named[-1:]


def _bare_noun(subject: str, main_group: ActorMention | None) -> str:
    """"Islamic State (IS) militants in Iraq" -> "militants", for a figure that leaves its noun out."""
    words = subject
    if main_group is not None and words.startswith(main_group.actor.name):
        words = words[len(main_group.actor.name) :]
    return words.split(" in ")[0].strip()


def _group_for(ann: Annotations, s_start: int, s_end: int, main_group: ActorMention | None,
               text: str = "", position: int | None = None, speaker: Span | None = None) -> ActorMention | None:
    """The group a figure belongs to: the first one named in the figure's clause, else the article's
    main group; none where the groups named stand in another clause ("X has 500 fighters, while
    the government has 9,000 troops")."""
    named = [a for a in ann.within(ann.actors, s_start, s_end) if a.actor.kind == "group"]
    sources = [a for a in named if speaker is not None and speaker.start is not None and speaker.end is not None
               and speaker.start <= a.start < speaker.end]  # "..., according to the SDF": the source, not the owner
    groups = [a for a in named if a not in sources]
    if main_group is not None and any(a.actor.name == main_group.actor.name for a in sources):
        main_group = None
    if position is not None:
        own = [a for a in groups if not CLAUSE_BREAK.search(text, min(a.end, position), max(a.start, position))]
        if groups and not own:
            return None
        # "X has 7,000 fighters and Y has 3,000": the group whose verb stands right before the figure owns it
        subject = next((a for a in reversed(own) if a.end <= position and OWNER_VERB_GAP.fullmatch(text, a.end, position)), None)
        groups = [subject] if subject is not None else own
    return groups[0] if groups else main_group


def _country_for(
    ann: Annotations, ann_text: str, quantity: Quantity, s_end: int, previous: tuple[int, int] | None,
    noun_from_elsewhere: bool,
) -> list[PlaceMention]:
    """The countries a figure is about ("fighters in Iraq and neighboring Syria"): their mentions."""
    def countries(start: int, end: int) -> list:  # type: ignore[type-arg]
        return [p for p in ann.within(ann.places, start, end)
                if p.place.feature == "country" and not (quantity.span.start <= p.start < quantity.span.end)]

    places = [p for p in countries(quantity.span.end, min(s_end, quantity.span.end + 60))
              if re.search(r"\b(in|inside|into|across|throughout|and|neighbou?ring)\s+$", ann_text[max(0, p.start - 14) : p.start])]
    if not places and previous is not None and noun_from_elsewhere:
        places = countries(*previous)
    return places


def _names(places: list[PlaceMention]) -> list[str]:
    """The first two distinct country names of the mentions, in order."""
    return list(dict.fromkeys(p.place.name for p in places))[:2]


def _as_of(
    article: Article, quantity: Quantity, dates: list[TimeMention], quote_year: TimeMention | None = None,
) -> tuple[str | None, str | None, Span | None]:
    """When the figure was stated: a date in the sentence, else the year its quotation opened
    with for a figure told in the past tense, else the publication date."""
    stated = [d for d in dates if d.date is not None and not _bounds_a_period(article.text, d) and (
        d.precision in {"day", "week", "month"} or d.precision == "year" and (_year_of_figure(article.text, quantity, d)
                                                                          or _when_said(article.text, d)))]
    if not dates and quote_year is not None and _told_in_past(article.text, quantity):
        stated = [quote_year]
    if stated:
        d = stated[0]
        return d.date.isoformat(), d.precision, Span(d.start, d.end, d.text)  # type: ignore[union-attr]
    if article.published:
        return article.published, "day", Span(None, None, f"published {article.published}", source="metadata")
    return None, "unknown", None


def _when_said(text: str, date: TimeMention) -> bool:
    """"a report estimated last year", "the mission said in July": the date the words were said."""
    return bool(SAID_BEFORE_DATE.search(text, max(0, date.start - 20), date.start))


def _bounds_a_period(text: str, date: TimeMention) -> bool:
    """"killed 380,000 people since 2011", "fled since January", "by 2030": a date that opens or
    closes a period is not when the figure was so."""
    return bool(PERIOD_BOUND.match(date.text) or PERIOD_BOUND_BEFORE.search(text, max(0, date.start - 12), date.start))


def _quote_year(text: str, ann: Annotations, previous: tuple[int, int] | None, s_start: int, s_end: int) -> TimeMention | None:
    """'"In 2017 the group turned to kidnapping. It earned $500,000," he said.': the one year the
    sentence before, in the same quotation, is set in."""
    if previous is None or not QUOTE_OPENS.match(text, previous[0]) or QUOTE_CLOSES.search(text, previous[0] + 1, previous[1]):
        return None
    if QUOTE_OPENS.match(text, s_start) or not QUOTE_CLOSES.search(text, s_start, s_end):
        return None  # not the same quotation going on and closing here
    years = [d for d in ann.within(ann.dates, *previous) if d.date is not None]
    if len(years) != 1 or years[0].precision != "year":
        return None
    return years[0]


def _told_in_past(text: str, quantity: Quantity) -> bool:
    """"It earned $500,000": the clause before the figure is in the past tense, not the present."""
    start = max(text.rfind(".", 0, quantity.span.start), text.rfind(",", 0, quantity.span.start), 0)
    lead = text[start : quantity.span.start]
    return bool(PAST_VERB.search(lead)) and not PRESENT_WORD.search(lead)


def _year_of_figure(text: str, quantity: Quantity, year: TimeMention) -> bool:
    """"raked in $500,000 from kidnappings in 2017": a year in the figure's own clause, after it,
    is the year the figure counts; one elsewhere ("In 2014 the group took Mosul") is background."""
    if year.end <= quantity.span.start:
        return _year_opens_figures_clause(text, quantity, year)
    gap = text[quantity.span.end : year.start]
    if re.search(r"\b(?:by|until|till|through|to|before)\s+$", gap) or year.text.lower().startswith(("by ", "until ")):
        return False  # "forecast to reach $34 billion by 2023": a target date, not when it was so
    return year.start >= quantity.span.end and len(gap) <= 60 and not re.search(r"[,;:—–()“”\"]|\b(?:which|who|when|after|before|since)\b", gap)


def _year_opens_figures_clause(text: str, quantity: Quantity, year: TimeMention) -> bool:
    """"Last year the group earned $2 million": a year that opens the clause whose past verb
    gives the figure dates it; "In 2014 the group took Mosul and now has 500" does not."""
    gap = re.sub(r"^\s*,", "", text[year.end : quantity.span.start])
    if year.text.lower().startswith(("since", "by ", "until", "before", "after")):
        return False
    return (len(gap) <= 60 and not re.search(r"[,;:—–()“”\"]|\b(?:which|who|when|after|before|since|and|but)\b", gap)
            and bool(PAST_VERB.search(gap)) and not PRESENT_WORD.search(gap))


def _title_dot(abbreviations: tuple[str, ...]) -> str:
    """A pattern for the dot after one of the abbreviations (a fixed-width look-behind per length)."""
    lengths = sorted({len(a) for a in abbreviations})
    initial = r"\.(?<=\b[A-Z]\.)(?= [A-Z][a-z])"  # "Karim S. Ali": a middle initial
    return "|".join([r"\.(?<=\b(?:" + "|".join(a for a in abbreviations if len(a) == n) + r")\.)" for n in lengths] + [initial])


# (a decimal point is no sentence's end: "rose to 1.4 million, the agency said")
# (nor are the dots of initials: "a U.S. military estimate", "the U.N. mission")
_INITIALS_DOT = r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.(?=\s+[a-z])"
SPEAKER_CHAR = rf"(?:[^.;“”\"]|(?<=\d)\.(?=\d)|{_INITIALS_DOT}|{_title_dot(TITLE_ABBREVIATIONS)})"
SOURCE_CHAR = rf"(?:[^,.;“”\"]|{_INITIALS_DOT}|{_title_dot(TITLE_ABBREVIATIONS)})"
# A verb of saying after its speaker ("states" only where it is no noun: "Gulf states say").
_SAYS_AFTER_SPEAKER = (rf"\s+(?:{'|'.join(SAYING_VERBS)}|states(?!\s+(?:say|said|says|have|had|are|were|will|would|and|of|in|to)\b)|"
                       r"(?<!\ban\s)(?<!\bAn\s)(?<!\bthe\s)estimated|estimate|estimates(?=\s+(?:that|the|its|their)\b)|"
                       r"claimed(?=\s+(?:to|that)\b)|claims(?=\s+(?:to|that)\b))\b")
# "Police sources said", "the governor told reporters": the speaker, then the verb of saying.
_SPEAKER_LENGTH = 200  # the most SPEAKER_CHARs after the speaker's capital
_SPEAKER_BEFORE_VERB = re.compile(rf"(?P<who>(?:[Aa]l-)?[A-Z]{SPEAKER_CHAR}{{2,{_SPEAKER_LENGTH}}}?),?{_SAYS_AFTER_SPEAKER}")
# The verbs of saying that also stand before their speaker ('..., said the minister', '..., reported
# Reuters'): few, since after most of them a capital is what was said ("confirmed Iraq has ...").
_SAID_BEFORE_SPEAKER = "(?:said|says|added|noted|reports|reported)"
_SPEAKER_PATTERNS = [
    # '..., ” said the Deputy Minister.': the speaker closes the sentence after its quote
    re.compile(rf"[,”\"’]\s*{_SAID_BEFORE_SPEAKER}\s+(?P<who>the\s+[A-Z]{SPEAKER_CHAR}{{2,120}}?)[\s.!]*$"),
    # '"...," said X' inverts; "Police said IS fighters left ..." does not (what follows is what was said)
    re.compile(rf"(?:^|[,”\"’—–]\s*){_SAID_BEFORE_SPEAKER}\s+(?P<who>[A-Z]{SPEAKER_CHAR}{{2,160}})"),
    # (fewer verbs than _SAID: "they say" inside a quotation is mostly the quoted words', no new speaker)
    re.compile(r"\b(?P<who>[Hh]e|[Ss]he|[Tt]hey|[Ii]t) (?:said|says|added|told|noted|went on|estimated|stated)"),
    # "..., the agency was told by a police official": the one who told it is the source
    re.compile(r"\b(?:was|were|been)\s+(?:told|informed)\s+by\s+(?P<who>[^,.;“”\"]{2,80}?)(?=\s*[,.;!]|$)"),
    # "The agency quoted a police official as saying ...": the one quoted is the source
    re.compile(r"\bquot(?:ed|es|ing)\s+(?P<who>[^,.;“”\"]{2,80}?)\s+as\s+say(?:ing|s)\b"),
    # '"It is weak," the general said.': a speaker without a capital after the quotation (a verb
    # before "by" is a participle inside it: "a statement issued by the army said")
    # ('..., its leader claimed': a possessive for the article, "claimed" for the verb, after the figure's clause)
    re.compile(rf"[,”\"’]\s+(?P<who>(?:the|a|an|one|its|their)\s+[^,.;“”\"]{{2,80}}?)\s+(?:{_SAID}|claimed)\b(?!\s+by\b)"),
    _SPEAKER_BEFORE_VERB,
    # "according to General X, deputy commander of ...": a named source keeps the title after it
    re.compile(rf"\b[Aa]ccording to (?P<who>[A-Z]{SOURCE_CHAR}{{2,89}},\s+(?:the |a |an )?(?:deputy |former |senior |acting |chief )?"
               r"(?:commander|head|chief|spokes(?:man|woman|person)|director|minister|governor|mayor|member|leader|official"
               rf"|officer|expert|analyst|adviser|advisor|chairman|president)\b[^,.;“”\"]{{0,120}}"
               # "according to the ministry's spokesman, Brig. Gen. X, ...": the office, then the name
               rf"|(?:the |a |an )?[a-z][^,.;“”\"]{{2,60}},\s+(?:{TITLES}\s+)*{NAME}(?=\s*,)"
               rf"|{SOURCE_CHAR}{{3,90}})"),
    # "Data from the UN show", "A report by Amnesty International found": a document's findings
    re.compile(r"(?P<who>\b(?:[Tt]he\s+|[Aa]\s+|[Nn]ew\s+|[Oo]fficial\s+|[Ll]atest\s+)*(?:[A-Z][\w-]*\s+)?(?:[Dd]ata|[Ff]igures|[Ss]tatistics"
               r"|[Rr]eport|[Ss]urvey|[Ss]tudy|[Rr]ecords|[Cc]ensus|[Tt]ally)(?:\s+(?:from|by|of|released\s+by|published\s+by|compiled\s+by)"
               r"\s+[^,.;“”\"]{2,60}?)?)\s+(?:show|shows|showed|found|finds|indicate|indicates|indicated|suggest|suggests"
               r"|suggested|revealed|reveal|reveals)\b"),
]
# '..., said ISWAP has 500 fighters': a capital after "said" that goes on with its own verb before
# any comma opens what was said, not the speaker's name.
INVERTED_CLAUSE = re.compile(r"[^,]*?\b(?:has|have|had|is|are|was|were|will|would|holds?|fields?|numbers?|earns?|controls?)\b")
# What _SPEAKER_BEFORE_VERB cannot match without: its verb right after white space (itself
# looked for only where one of the verbs occurs).
_SPEAKER_VERB = FoldedPattern(re.compile(_SAYS_AFTER_SPEAKER))
# The most characters _SPEAKER_BEFORE_VERB's speaker (with its comma) spans before the white space
# of its verb: none of its matches starts further back than that from the first verb. That is
# "al-", the capital, _SPEAKER_LENGTH SPEAKER_CHARs (each of its alternatives takes one
# character; the rest of it are look-arounds) and the comma.
_SPEAKER_REACH = len("al-") + 1 + _SPEAKER_LENGTH + len(",")
# Searched only in sentences that hold the words every match needs ("said", "according to", ...).
_SPEAKER_SEARCHES = [FoldedPattern(p) for p in _SPEAKER_PATTERNS]
# What the first two speaker patterns cannot match without: their verb, then a capital ("said the
# Minister", "said Karim"). A third of sentences hold the verb, few the capital after it: the two,
# slow to scan a sentence, are searched only where this (tried only at the verbs) finds it.
_CAPITAL_AFTER_SAID = FoldedPattern(re.compile(rf"{_SAID_BEFORE_SPEAKER}\s+(?:the\s+)?[A-Z]"))


def _speaker(
    text: str, s_start: int, s_end: int, last: Speaker | None, last_org: Speaker | None = None,
    last_group: Speaker | None = None,
) -> Speaker | None:
    """Who the sentence attributes its content to, with "he said" resolved to the last name and
    "they said" to the officials or nations quoted last, where no one was named since."""
    sentence = text[s_start:s_end]
    capital_after_said = _CAPITAL_AFTER_SAID.search_slice(text, s_start, s_end) is not None
    for search in _SPEAKER_SEARCHES:
        if not capital_after_said and (search.pattern is _SPEAKER_PATTERNS[0] or search.pattern is _SPEAKER_PATTERNS[1]):
            continue  # (no verb of theirs before a capital: neither can match)
        if search.pattern is _SPEAKER_BEFORE_VERB:
            verb = _SPEAKER_VERB.search_slice(text, s_start, s_end)
            if verb is None:
                continue  # no verb for a speaker to stand before (the pattern is slow to find that out)
            # (its leftmost match, tried from the furthest back a speaker of the first verb can begin)
            match = _SPEAKER_BEFORE_VERB.search(sentence, max(0, verb.start() - _SPEAKER_REACH))
        else:
            match = search.search_slice(text, s_start, s_end)
        if not match:
            continue
        who = match.group("who").strip()
        offset = match.start("who")
        if search.pattern is _SPEAKER_PATTERNS[1] and INVERTED_CLAUSE.match(who):
            continue  # "X, a researcher, said ISWAP has 500 fighters": what follows "said" is what was said
        if search.pattern is _SPEAKER_BEFORE_VERB:
            if re.match(r"[Aa]ccording to\b", who):
                continue  # "According to US estimates, ...": the source follows "according to"
            inner = SOURCE_IN_RELATIVE.search(who)
            if inner is not None:  # "ISWAP, which the army says has 3,500 fighters": the army says it
                offset, who = offset + inner.start("src"), inner.group("src")
            relative = RELATIVE_AFTER.match(who)
            if relative is not None and not CLAUSE_WORD.search(relative.group(1)):
                who = relative.group(1)  # "The minister, who opened the parade on Thursday, also said"
            trailing = TRAILING_RELATIVE.search(who)
            if trailing is not None:  # "..., a senior official, who declined to be named, told AFP"
                who = who[: trailing.start()]
            told = _told_before(who)
            shared = SHARED_SUBJECT.match(who) if told.lower() in {"and", "but"} else None
            if shared is not None:  # "The ministry began ..., and said": the first verb's subject says it
                who = shared.group(1)
            else:
                offset, who = offset + len(who) - len(told), told
            if re.match(r"[Aa]ccording to\b", who):
                continue  # "..., according to a U.S. military estimate": the noun "estimate" after its source
            who = re.sub(r"\s+(?:(?:has|have|had)(?:\s+also)?|also|later|earlier|further|again|previously)$", "", who)  # "X has said", "X also said"
            verb = match.group().rsplit(None, 1)[-1]
            day = DAY_AT_END.search(who)
            dated = SUBJECT_BEFORE_DATE.search(sentence, 0, offset + day.start("day")) if day else None
            if dated is not None:  # "the U.S. on Tuesday said": the subject before the day
                offset, who = dated.start(1), dated.group(1)
            participle = verb not in {"said", "says", "say", "told", "added", "noted"}  # "said by phone" is no passive
            agent = AGENT_NAMED.match(sentence, match.end()) if participle and verb in AGENT_VERBS else None
            if agent is not None:  # "A settlement announced Friday by the ministry ...": the ministry announced it
                offset, who = agent.start("agent"), agent.group("agent")
            elif (CLAUSE_END.search(who) or DATE_WORD.fullmatch(who) or participle and AGENT_AFTER.match(sentence, match.end())
                    or _noun_use(sentence, match.end() - len(verb), verb)):
                continue
        span = Span(s_start + offset, s_start + offset + len(who), who)
        if who.lower() in {"him", "her", "them"}:
            return None  # "According to him": whoever was named last, not always a source quoted before
        if who.lower() in PRONOUNS:
            source = last_org if who.lower() == "it" else last_group or last if who.lower() == "they" else last
            if source is not None:
                return Speaker(source.name, source.role, source.organisation, span)
            if who.lower() in {"he", "she", "they", "it"}:
                return None
            return Speaker(None, who, None, span)  # "the general", named nowhere before: the office
        name, role = _split_person(who)
        org = ORGANISATIONS.search(who)
        if name is None and org is None and (_is_org_name(who) or ACRONYM.fullmatch(who)):
            return Speaker(None, None, who, span)  # "the Daily Courier": a named outlet or body
        if name is None and org is None:
            role = who
        return Speaker(name, role, org.group() if org else None, span)
    return None


def _told_before(who: str) -> str:
    """"The group has 500 fighters, officials said": what comes before the last comma is what
    they said, when it is no short name ("Jabbar Ali, a commander in the army, said")."""
    who = DISCOURSE_OPENER.sub("", who)  # "However, General X ... emphasized"
    opener = SCENE_OPENER.match(who)
    if opener is not None:  # "During the visit - the first of its kind - the two ministers announced"
        who = who[opener.end():]
    parts = re.split(r",|\s[—–-]\s", who) if opener is not None else who.split(",")
    # "Al-Shabaab, which has 7,000 fighters, is based in the south, officials said": a clause
    # between the commas makes the short name before them a subject, not the speaker's
    clause_between = len(parts) > 2 and any(CLAUSE_WORD.search(p) for p in parts[1:-1]) and not CLAUSE_WORD.search(parts[-1])
    if len(parts) == 1 or (len(parts[0].split()) <= 5 and not CLAUSE_WORD.search(parts[0]) and not clause_between
                           and (opener is None or PERSON.fullmatch(parts[0].strip()))):
        return who
    told = parts[-1].strip()
    named = re.sub(r"^(?:and|but)\s+", "", parts[-2].strip())
    if len(parts) > 2 and re.match(r"(?:the|a|an)\s", told) and PERSON.fullmatch(named):
        told = f"{named},{parts[-1]}"  # "..., Karim Salim, the police chief, said"
    return re.sub(r"^(?:and|but)\s+", "", told)


def _surname(name: str) -> str:
    return re.sub(r"^(al|el)-", "", name.split()[-1].lower())


def _known_person(speaker: Speaker | None, people: dict[str, Speaker]) -> Speaker | None:
    """"Hashimi puts the number at..." is Hisham al-Hashimi, named earlier in the article."""
    if speaker is None:
        return None
    words = TITLE_WORD.sub("", speaker.name or speaker.role or "").split()  # "General Mohamadawi" too
    if len(words) != 1:
        return speaker
    known = people.get(_surname(words[0]))
    if known is None:
        return speaker
    role = speaker.role if speaker.name and speaker.role else known.role  # what this mention adds, if anything
    return Speaker(known.name, role, known.organisation, speaker.span)


def _split_person(who: str) -> tuple[str | None, str | None]:
    """"Diyala Operations Commander Lieutenant General Muzher al-Azawi" -> name and role."""
    titled = list(TITLE_WORD.finditer(who))
    if titled:
        after = who[titled[-1].end():]
        person = re.match(NAME, after)
        if person and not _is_org_name(person.group()):
            role = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", who[: titled[-1].end()] + after[person.end():])).strip(" ,") or None
            return person.group(), role
    # "The Kirkuk governor": a capitalised article and place name are the office's, no person's name
    # ("the Deputy Minister": a capitalised office is no name either)
    person = next((p for p in PERSON.finditer(who)
                   if not DETERMINER_LED.match(p.group("name")) and not OFFICE_END.search(p.group("name"))), None)
    if person is None or _is_org_name(person.group("name")):
        return None, None
    before, rest = who[: person.start()].strip(" ,"), who[person.end():].strip(" ,")
    role = " ".join(p for p in (person.group("title"), before, rest) if p) or None
    return person.group("name"), role


def _is_org_name(name: str) -> bool:
    return bool(re.search(r"\b(News|Press|Forces|Command|Council|Committee|Ministry|Agency|State|Army|Party|Group|Police"
                          r"|Department|Office|Commission|Corporation|Company|Bank|Authority|Observatory|Institute"
                          r"|Organi[sz]ation|Service|Court|Government|Union|Association|Cent(?:er|re)|Foundation|Fund|International|Watch"
                          r"|Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Courier|Network|Radio|Television|Media"
                          r"|Nations)\b", name))
