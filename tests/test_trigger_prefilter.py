"""The substring tests that let a FoldedPattern skip a scan (triggers, dates) never change what is found."""

import re

import pytest

from eventwatch.annotate import triggers as T
from eventwatch.annotate.text import FoldedPattern, first_scanner, match_starts, required_strings

SENTENCES = [
    "A suicide bomber blew himself up at a checkpoint, killing 3 soldiers.",
    "Turkish warplanes struck PKK positions; the village was bombed by unidentified drones.",
    "Security forces found 12 IEDs and a weapons cache; two landmines were defused.",
    "Gunmen kidnapped a shepherd and took two others hostage; bodies of 4 men were found.",
    "Police fired tear gas and rubber bullets to disperse protesters who burned tyres.",
    "Clashes broke out as IS militants ambushed an army patrol; a firefight followed.",
    "Katyusha rockets and mortar shells hit the base. An explosion was heard.",
    "Hundreds of graduates rallied demanding jobs; residents blocked the road.",
    "ISF arrested 5 suspects and deployed reinforcements; families fled their homes.",
    "Unknown persons set fire to wheat fields and destroyed a house in Kirkuk.",
    "A man was executed and another shot dead; the governor was assassinated.",
    "The army launched a military operation against hideouts; an offensive began.",
    "Nothing happened today in the quiet town.",
    "SUICIDE BOMBINGS and AIR STRIKES: Upper Case Text Is Folded Too.",
]


def test_required_strings_of_simple_patterns():
    assert required_strings(re.compile(r"(?:ieds?|vbieds?)")) == frozenset({"ied", "vbied"})
    assert required_strings(re.compile(r"kill(?:ed|s)?|died")) == frozenset({"kill", "died"})
    assert required_strings(re.compile(r"a|bomb")) is None  # one branch without 3 letters
    assert required_strings(re.compile(r"(?:x )?", re.IGNORECASE)) is None


@pytest.mark.parametrize("text", SENTENCES + [" ".join(SENTENCES)])
def test_prefilter_changes_nothing(text, monkeypatch):
    with_filter = T.find_triggers(text)
    for pattern in T._COMPILED.values():
        monkeypatch.setattr(pattern, "needs", None)
        monkeypatch.setattr(pattern, "starts", None)  # every place tried, not only where a match may begin
    assert T.find_triggers(text) == with_filter
    assert with_filter or text.startswith("Nothing")


def test_every_match_holds_a_required_string():
    for text in SENTENCES:
        low = text.lower()
        for cls, pattern in T._COMPILED.items():
            for m in pattern.fast.finditer(low):
                assert pattern.needs is None or any(w in m.group() for w in pattern.needs), (cls, m.group())


DATE_SENTENCES = [
    "On 5 March 2019, two days ago, gunmen attacked; three weeks later police arrived.",
    "Last Friday and on Monday morning; yesterday and earlier today; last week; in 2018.",
    "On March 7, 19 people; the next day; 2019-03-08 and 08/03/2019; early June.",
    "may 5 is a verb here; in May we left. Nothing else.",
    "ON SUNDAY EVENING, TWO DAYS AGO, IN LATE MARCH.",
]


@pytest.mark.parametrize("text", DATE_SENTENCES + [" ".join(DATE_SENTENCES), "İstanbul on Monday"])
def test_date_prefilter_changes_nothing(text, monkeypatch):
    from datetime import date

    from eventwatch.annotate import dates as D

    published = date(2019, 3, 10)
    with_filter = [D.find_dates(text, published), D.find_dates(text, published, 3, len(text) - 4)]
    for _, pattern in D._SEARCHED:
        monkeypatch.setattr(pattern, "needs", None)
        monkeypatch.setattr(pattern, "starts", None)
        monkeypatch.setattr(pattern, "first", None)  # every place tried, not only at a digit
    assert [D.find_dates(text, published), D.find_dates(text, published, 3, len(text) - 4)] == with_filter
    assert with_filter[0]


def test_match_starts_of_simple_patterns():
    assert match_starts(re.compile(r"(?<![\w-])(?:kill(?:ed|s)?|shot)\b")) == frozenset({"kill", "shot"})
    assert match_starts(re.compile(r"\bair ?strikes?")) == frozenset({"airstrike", "air strike"})
    assert match_starts(re.compile(r"(?:a )?mine")) == frozenset({"a mine", "mine"})
    assert match_starts(re.compile(r"x|bomb")) is None  # one start shorter than two characters
    assert match_starts(re.compile(r"\d+ killed")) is None  # a class, not a string, comes first
    assert match_starts(re.compile(r"(?:bomb)?")) is None  # it may match the empty string
    assert match_starts(re.compile(r"bomb", re.IGNORECASE)) is None


# Searched with the patterns that the extractors search many times per article.
SEARCHED = [re.compile(p, re.IGNORECASE) for p in (
    r"\b(?:was|were|had been)\s+(?:\w+\s+)?(?:killed|injured|kidnapped)\b(?:\s+by)?",
    r"\b((?-i:could|would|might)|threaten(?:ed|s)? to|if)\b",  # cannot be folded
    r"\bby\s+(?:[\w'-]+\s+){0,3}$",
    r"(?<![\w-])(?:ieds?|mortars?|rockets?)(?![\w])",
)]


@pytest.mark.parametrize("prefilter", [True, False])
@pytest.mark.parametrize("pattern", SEARCHED)
def test_article_searches_find_what_the_pattern_finds(pattern, prefilter):
    folded_pattern = FoldedPattern(pattern, prefilter=prefilter)
    assert prefilter or (folded_pattern.needs is None and folded_pattern.starts is None)
    for text in [" ".join(SENTENCES), " ".join(SENTENCES).upper(), "It could be that İdlib was hit by Rockets; Gunmen"]:
        for start in range(0, len(text), 7):
            for end in (start, start + 5, start + 40, start + 120, len(text) + 3):
                found = folded_pattern.search(text, start, end)
                expected = pattern.search(text, start, end)
                assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))
                found = folded_pattern.search_slice(text, start, end)
                expected = pattern.search(text[start:end])
                assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))
        assert [m.span() for m in folded_pattern.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_first_scanner_only_where_most_common_characters_are_skipped():
    assert first_scanner(re.compile(r"(?<!\w)(?:[A-Z]{2,5}|\d+)\b")) is not None
    assert first_scanner(re.compile(r"\b(?:[0-3]?\d)(?:st|nd)?\s+of")) is not None
    assert first_scanner(re.compile(r"\b(?:\d+|one|two)\s+days")) is not None  # a few common letters
    assert first_scanner(re.compile(r"\b(?:\d+|[a-p]\w*)\s+days")) is None  # most letters
    assert first_scanner(re.compile(r"\d*\w")) is None  # ... or any letter
    assert first_scanner(re.compile(r"(?:\d+)?")) is None  # a match may be empty
    assert first_scanner(re.compile(r"\d+", re.IGNORECASE)) is None
    assert first_scanner(re.compile(r"[^a-z]+")) is None  # a negated set: not told


FIRST_TEXTS = [
    "On 5 March 2019 and 12/03/2019, 3 of 40 UN and ISIS-K men; 1st of May, 31-12-2020.",
    "PKK and YPG fighters, 2,000 of them, met IS cells (ISIS) on 7 June; 19 2019 20.",
    "9 9 9 99 999 A AB ABC", "", "no digits or capitals here",
]


@pytest.mark.parametrize("source", [
    r"(?<![\w$.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+of)?",
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?[\s/-]+(?P<month>March|May|June|\d\d)",
    r"(?<!\w)(?:ISIS-K|ISIS|IS|PKK|YPG|UN)(?!\w)",
    r"\b\d\d?(?=\s)|[A-Z]{2}\b",
    r"(?:[0-9]|[A-Z])+",
])
def test_first_scanner_finds_what_the_pattern_finds(source):
    pattern = re.compile(source)
    scanner = first_scanner(pattern)
    assert scanner is not None
    searched = FoldedPattern(pattern, prefilter=False)
    assert searched.first is not None
    for text in FIRST_TEXTS + [" ".join(FIRST_TEXTS)]:
        for start, end in [(0, len(text)), (3, max(3, len(text) - 5)), (len(text) // 2, len(text))]:
            want = [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]
            assert [(m.span(), m.groups()) for m in searched.finditer(text, start, end)] == want
            first = pattern.search(text, start, end)
            got = searched.search(text, start, end)
            assert (got and (got.span(), got.groups())) == (first and (first.span(), first.groups()))
            piece = pattern.search(text[start:end])
            got = searched.search_slice(text, start, end)
            assert (got and got.span()) == (piece and piece.span())


# Rule patterns that rule code calls directly, as FastPatterns: groups, anchors, look-arounds.
CALLED = [re.compile(p, flags) for p, flags in (
    (r"\b(?:was|were)\s+(?P<how>\w+\s+)?(?:killed|injured)\b(?:\s+(by))?", re.IGNORECASE),
    (r"^(?:they|the (militants|gunmen)|both)\b", re.IGNORECASE),
    (r"(?<!tried to )\b(?:blew|explo\w*)", re.IGNORECASE),
    (r"\bby\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE),
    (r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}(?:district|village)", re.IGNORECASE),  # cannot be folded
    (r"\s+(?:[\w-]+\s+)?", 0),
)]


@pytest.mark.parametrize("prefilter", [False, True])
@pytest.mark.parametrize("pattern", CALLED)
def test_fast_pattern_is_the_pattern(pattern, prefilter):
    from eventwatch.annotate.text import FastPattern, folded

    fast = FastPattern(pattern, prefilter)
    assert (fast.searched is not None) == prefilter
    article = " ".join(SENTENCES) + " They were later killed by Gunmen; BOTH WERE SHOT in Kelm District"
    folded.article(article)  # an article, as the pipeline's annotators leave it
    for text in [article, article.upper(), "Sentences wounded by İdlib rockets", SENTENCES[4], ""]:
        spots = [(0, len(text))] + [(a, b) for a in range(0, len(text), 11)
                                    for b in (a + 3, a + 30, a + 90, len(text) + 5)]
        for start, end in spots:
            for how in ("search", "match", "fullmatch"):
                got, want = getattr(fast, how)(text, start, end), getattr(pattern, how)(text, start, end)
                seen = [m and (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex) for m in (got, want)]
                assert seen[0] == seen[1], (how, start, end)
            assert [m.span(1) if pattern.groups else m.span() for m in fast.finditer(text, start, end)] == [
                m.span(1) if pattern.groups else m.span() for m in pattern.finditer(text, start, end)]
            assert fast.findall(text, start, end) == pattern.findall(text, start, end)
        assert fast.split(text) == pattern.split(text) and fast.sub("_", text) == pattern.sub("_", text)


def test_top_alternatives_split_only_at_the_top():
    from eventwatch.annotate.text import top_alternatives

    parts = top_alternatives(re.compile(r"a\|b|[|]c|[]|]d|(e|f)|(?:g|h)i|j", re.IGNORECASE))
    assert [p.pattern for p in parts] == [r"a\|b", "[|]c", "[]|]d", "(e|f)", "(?:g|h)i", "j"]
    assert all(p.flags & re.IGNORECASE for p in parts)
    assert top_alternatives(re.compile(r"(?:a|b)c")) is None  # no bar at the top
    assert top_alternatives(re.compile(r"(?P<x>a)b|(?P=x)")) is None  # a group used across them


@pytest.mark.parametrize("source", [
    r"\bkill\w*|\bkilled by\b|\b(?P<n>\d+) (?:were )?killed",  # two alternatives can match at one place
    r"\bshot (?-i:[A-Z])\w+|(?<!never )\battack(?:ed)?\b|\bblew up",
])
def test_folded_alternatives_find_what_the_pattern_finds(source):
    from eventwatch.annotate.text import FoldedAlternatives, top_alternatives

    pattern = re.compile(source, re.IGNORECASE)
    searched = FoldedAlternatives(pattern, top_alternatives(pattern))
    extra = ("Gunmen KILLED BY night; 3 were killed. Shot Dana, never attacked; they Blew Up a bridge, "
             "killed by 2 killed.")
    for text in [" ".join(SENTENCES) + " " + extra, extra.upper(), extra]:
        for start in range(0, len(text), 5):
            for end in (start + 4, start + 25, start + 80, len(text)):
                got, want = searched.search(text, start, end), pattern.search(text, start, end)
                assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
                got, want = searched.search_slice(text, start, end), pattern.search(text[start:end])
                assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_a_case_insensitive_group_holds_no_exact_string():
    # "(?i:data)" matches "Data": its letters cannot be required as written
    pattern = re.compile(r"(?i:data)\s+show")
    assert required_strings(pattern) == frozenset({"show"})
    assert FoldedPattern(pattern).search("Data show a rise.", 0, 17) is not None


def test_a_triggers_tense_is_worked_out_once_and_kept_with_it():
    from eventwatch.annotate.triggers import Trigger

    trig = Trigger(4, 12, "ambushed", "attack")
    assert trig.is_past and not trig.is_plural_noun
    assert trig.__dict__["is_past"] is True  # kept: the next reading is the instance's own
    assert trig == Trigger(4, 12, "ambushed", "attack") and hash(trig) == hash(Trigger(4, 12, "ambushed", "attack"))
    assert Trigger(0, 7, "attacks", "attack").is_plural_noun and not Trigger(0, 7, "attacks", "attack").is_past


def test_unasserted_before_searched_as_its_alternatives_finds_what_it_finds():
    from eventwatch.extract import senses

    pattern = senses.UNASSERTED_BEFORE.compiled
    text = ("In this other town the units asked whether soldiers shot him. His sister believes that the "
            "neighbour beat him; reports suggested that gunmen killed five. Her lawyer suggested a guard "
            "hit him. He was charged with assault and acquitted last week of arson, afraid of being "
            "held. The ministry denied on Monday that troops had burned homes; its fear of being seen.")
    for start in range(0, len(text), 3):
        for end in (start + 20, start + 60, len(text)):
            got, want = senses._UNASSERTED_BEFORE.search(text, start, end), pattern.search(text, start, end)
            assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("sentence", [
    '"The group has no more than 900 fighters," said the Deputy Governor.',
    "The camp holds 300 men, said Tamsin Orvell, a researcher at the institute.",
    "The camp holds 300 men, said Orvell has many sources.",
    "Officials said the militia has 700 fighters, said\nthe Regional Office.",
    "The militia has 700 fighters, the council said on Friday.",
    "Nothing was said about the 40 men who joined.",
])
def test_speaker_verb_and_capital_check_changes_no_speaker(sentence, monkeypatch):
    from eventwatch.extract import claims

    text = "The town was quiet. " + sentence + " It rained."
    start, end = 20, 20 + len(sentence)
    checked = claims._speaker(text, start, end, None)
    class Passes:  # the check passing every sentence: both patterns searched everywhere
        def search_slice(self, *args):
            return True

    monkeypatch.setattr(claims, "_CAPITAL_AFTER_SAID", Passes())
    assert claims._speaker(text, start, end, None) == checked
