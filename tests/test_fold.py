"""Case-insensitive patterns run over lower-cased text (a speed-up) must find exactly what they
found with re.IGNORECASE over the text itself."""

from __future__ import annotations

import re
from importlib import resources

import pytest

import eventwatch
from eventwatch.annotate import text as text_module
from eventwatch.annotate.text import fold, fold_pattern, folded


def _samples() -> list[str]:
    folder = resources.files("eventwatch").joinpath("data/samples")
    texts = [p.read_text("utf-8") for p in sorted(folder.iterdir(), key=lambda p: p.name) if p.name.endswith(".txt")]
    mixed = [
        "ON SUNDAY, GUNMEN KILLED THREE SOLDIERS AND KIDNAPPED 2 FARMERS NEAR KIRKUK, POLICE SAID.",
        "Ten days later a Roadside Bomb EXPLODED in Tuz Khurmatu, wounding more than 1,000 people; US$500,000 paid.",
        "On March 5th militants attacked a checkpoint in Diyala, killing four policemen. Ten days later they returned.",
    ]
    return texts + mixed + [t.upper() for t in texts[:2]]


def test_fold_refuses_where_lowering_differs() -> None:
    assert fold("Attack in İdlib") is None  # "İ" lowers to two characters
    assert fold("kılled") is None and fold("ſhelling") is None and fold("\u212aILLED") is None
    assert fold("Gunmen KILLED “two” in Mosul") == "gunmen killed “two” in mosul"


def test_fold_pattern_keeps_escapes_and_group_names() -> None:
    pattern = fold_pattern(re.compile(r"\b(?P<Month>May|June)\s+\D\W(?P=Month)", re.IGNORECASE))
    assert pattern.pattern == r"\b(?P<Month>may|june)\s+\D\W(?P=Month)"
    assert not pattern.flags & re.IGNORECASE
    with pytest.raises(ValueError):
        fold_pattern(re.compile(r"(?-i:[A-Z])x", re.IGNORECASE))
    with pytest.raises(ValueError):
        fold_pattern(re.compile(r"x"))


def test_extraction_is_the_same_with_and_without_folding(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _samples()
    folded.cache_clear()
    fast = [eventwatch.extract(t, published="2019-06-01") for t in texts]
    monkeypatch.setattr(text_module, "fold", lambda text: None)  # every text "unsafe": no folding
    folded.cache_clear()
    assert folded(texts[0]) is None
    slow = [eventwatch.extract(t, published="2019-06-01") for t in texts]
    folded.cache_clear()
    assert fast == slow
    assert any(e["events"] for e in fast)


def test_a_set_of_few_letters_expands_into_the_strings_a_match_starts_with() -> None:
    """"m[ae]n" can only begin where "man" or "men" does: such a pattern is scanned at those places."""
    assert text_module.match_starts(re.compile(r"\bm[ae]n\b|\bboys?\b")) == {"man", "men", "boy"}
    assert text_module.match_starts(re.compile(r"[^ae]n")) is None


def test_search_at_match_starts_finds_what_the_pattern_finds() -> None:
    """A FoldedPattern with match starts searches only there, and finds the same leftmost match
    as the pattern itself, over a stretch and over a slice."""
    article = "Gunmen attacked the men and a woman near the market; the men fled, one man was shot. A boy saw it."
    pattern = re.compile(r"\b(?:the\s+)?m[ae]n\b|\bwom[ae]n\b", re.IGNORECASE)
    searched = text_module.FoldedPattern(pattern)
    assert searched.starts is not None
    for start, end in ((0, len(article)), (20, 60), (30, 45), (50, 70), (70, len(article))):
        expected = pattern.search(article, start, end)
        found = searched.search(article, start, end)
        assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))
        expected = pattern.search(article[start:end])
        found = searched.search_slice(article, start, end)
        assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))


def test_unfoldable_pattern_is_tried_only_where_its_words_begin() -> None:
    """A case-insensitive pattern with a case-sensitive part (no lower-cased twin) is tried only
    where the fold holds one of its lower-cased openings, and finds what it finds alone."""
    pattern = re.compile(r"\b(?:shot and killed|killed)\s+(?-i:[A-Z][a-z]+)", re.IGNORECASE)
    assert text_module.match_starts(pattern, lowered=True) == {"shot and killed", "killed"}
    searched = text_module.FoldedPattern(pattern)
    for article in ("Gunmen KILLED Omar and Shot And Killed Ali near a market.",
                    "They killed three men; police killed nobody.", "Soldiers killed ſome Ali."):
        for start, end in ((0, len(article)), (5, 40), (10, len(article))):
            expected = pattern.search(article, start, end)
            found = searched.search(article, start, end)
            assert (found and found.span()) == (expected and expected.span())
            assert [m.span() for m in searched.finditer(article, start, end)] == \
                [m.span() for m in pattern.finditer(article, start, end)]


def test_accented_letters_keep_a_pattern_scanned_only_where_its_words_begin() -> None:
    """An accented Latin letter ("Cl[eé]ment") lowers as its two cases do: a case-insensitive
    pattern holding one still gets its openings (else an alternation with it scans every place),
    and finds what it finds alone; a letter that matches other characters gets none."""
    pattern = re.compile(r"\b(?:(?-i:Harbou?r)|Cl[eé]ment Relief|Aid Teams?)\b", re.IGNORECASE)
    starts = text_module.match_starts(pattern, lowered=True)
    assert starts is not None and "clément relief" in starts
    assert text_module.match_starts(re.compile(r"\bßtrave Ward\b", re.IGNORECASE), lowered=True) is None
    article = "The CLÉMENT RELIEF convoy and a clement relief team reached the Harbor; an aid team left."
    searched = text_module.FoldedPattern(pattern)
    assert searched.starts is not None
    found = [(m.span(), m.group()) for m in searched.finditer(article)]
    assert found == [(m.span(), m.group()) for m in pattern.finditer(article)]
    assert [g for _, g in found] == ["CLÉMENT RELIEF", "clement relief", "Harbor", "aid team"]
    # (the GTD's target words, which name "M[eé]decins Sans Fronti[eè]res", among them)
    from eventwatch.extract import gtd
    assert gtd._TARGET_WORDS.starts is not None
