"""Annotators on short realistic sentences: numbers, dates, actors, triggers, sentences."""

from __future__ import annotations

from datetime import date

import pytest

from eventwatch.annotate.actors import find_actors
from eventwatch.annotate.dates import find_dates, resolve_relative
from eventwatch.annotate.numbers import find_quantities
from eventwatch.annotate.text import sentences


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier", "unit"),
    [
        ("IS still has 5,000 to 7,000 members", 5000, 7000, None, None),
        ("likely more than 1,000 extremists", 1000, 1000, "more than", None),
        ("amounts that reach up to around US$500,000, in", 500000, 500000, "up to", "USD"),
        ("cash reserves at $25 million to $50 million.", 25e6, 50e6, None, "USD"),
        ("raked in half a million U.S. dollars from kidnappings", 500000, 500000, None, "USD"),
        ("and killed all four officers inside", 4, 4, "exactly", None),
        ("each cell contains between three and five fighters", 3, 5, None, None),
        ("there were no more than 75 militants", 75, 75, "no more than", None),
        ("the deaths of twenty-two IS members", 22, 22, None, None),
        ("the militia has several thousand fighters", 3000, 9000, "about", None),
        ("a few hundred fighters remain", 200, 500, "about", None),
        ("it raised several hundred thousand dollars", 300000, 900000, "about", "USD"),
        ("there are no fewer than 800 fighters", 800, 800, "at least", None),
        ("a 2,000-plus force", 2000, 2000, "more than", None),
        ("more than 2,000 but fewer than 3,000 fighters", 2000, 3000, None, None),
        ("a range of 5-8,000 fighters", 5000, 8000, None, None),
        ("hundreds of millions of dollars", 200e6, 999e6, "about", "USD"),
    ],
)
def test_quantities(text, low, high, qualifier, unit):
    (q,) = find_quantities(text)
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, qualifier, unit)
    assert text[q.span.start : q.span.end] == q.span.text


@pytest.mark.parametrize(("text", "value"), [("gunmen killed 2 junior officers", 2),
                                             ("troops captured 4 separatists", 4),
                                             ("7 mayors resigned", 7), ("9 marines landed", 9)])
def test_a_word_that_begins_like_a_month_is_no_date(text, value):
    # "junior", "separatists", "mayors", "marines" begin like Jun/Sep/May/Mar: the number before them is a count
    assert [q.best for q in find_quantities(text)] == [value]


def test_years_days_and_ordinals_are_not_counts():
    assert find_quantities("On Nov. 24, 2014 the 7th Division and the 2nd regiment moved on June 17") == []


PUBLISHED = date(2019, 2, 22)  # a Friday


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("On Sunday, militants kidnapped", "2019-02-17", "day"),
        ("stopped a police vehicle last month", "2019-01-01", "month"),
        ("seized an arms cache on March 5th", "2018-03-05", "day"),
        ("On Dec 31, protesters gathered", "2018-12-31", "day"),
        ("was declared liberated in January 2015", "2015-01-01", "month"),
        ("a blast yesterday killed two", "2019-02-21", "day"),
        ("On 30 December 2019, an IED exploded", "2019-12-30", "day"),
    ],
)
def test_dates_resolve_against_publication(text, iso, precision):
    (mention,) = find_dates(text, PUBLISHED)
    assert (mention.date.isoformat(), mention.precision) == (iso, precision)


def test_no_publication_date_never_guesses_a_year():
    (mention,) = find_dates("his forces had on March 5th seized an arms cache", None)
    assert mention.date is None and mention.precision == "unknown-year" and mention.month_day == (3, 5)


def test_ten_days_later_counts_from_the_date_before():
    text = "In one incident on June 17, three men were kidnapped. Ten days later ..."
    first, later = find_dates(text, date(2018, 7, 25))
    resolved = resolve_relative(later, first)
    assert resolved.date == date(2018, 6, 27) and resolved.precision == "day"


def test_may_the_verb_is_not_a_month():
    assert find_dates("Militants may stage a comeback", PUBLISHED) == []


def test_actor_aliases_normalise_to_one_group():
    names = {m.name("Iraq") for m in find_actors("IS, ISIS, ISIL, Daesh and the Islamic State group")}
    assert names == {"Islamic State (IS)"}


def test_is_the_verb_is_not_the_group():
    assert [m.text for m in find_actors("This IS NOT a drill, he said.")] == []


def test_sentences_respect_abbreviations():
    text = "Col. Mahmoud al-Azzawi told Diyaruna. U.S. forces left on Nov. 24, 2014. Brig. Gen. Yahya Rassoul spoke."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Col. Mahmoud al-Azzawi told Diyaruna.",
        "U.S. forces left on Nov. 24, 2014.",
        "Brig. Gen. Yahya Rassoul spoke.",
    ]


def test_a_clergy_title_abbreviated_ends_no_sentence():
    text = "Gunmen shot Fr. Tomas Reyes and Rev. Peter Okafor in Kelmo. Both men survived."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Gunmen shot Fr. Tomas Reyes and Rev. Peter Okafor in Kelmo.",
        "Both men survived.",
    ]


def test_a_quote_in_straight_single_quotes_opens_a_sentence():
    text = "The unit spent 200 dollars on boots. 'It takes years to train us,' said the captain."
    assert [text[s:e] for s, e in sentences(text)] == [
        "The unit spent 200 dollars on boots.",
        "'It takes years to train us,' said the captain.",
    ]


def test_sentence_before_and_after_keep_to_the_paragraph():
    from eventwatch.annotate import annotate
    from eventwatch.records import Article

    text = "Rain fell on Varno. Farmers waited.\nThe bridge reopened. Trucks crossed it."
    para = text.index("\n")
    ann = annotate(Article("t", text, paragraphs=[(0, para), (para + 1, len(text))]))
    first, second, third, fourth = ann.sentences
    assert ann.sentence_before(second[0]) == first
    assert ann.sentence_before(second[0] + 3) == second  # inside a sentence: the one it is in
    assert ann.sentence_before(first[0]) is None
    assert ann.sentence_before(third[0]) == second
    assert ann.sentence_before(third[0], same_paragraph=True) is None
    assert ann.sentence_after(third[1]) == fourth
    assert ann.sentence_after(second[1]) == third
    assert ann.sentence_after(second[1], same_paragraph=True) is None
    assert ann.sentence_after(fourth[1]) is None


def test_disjoint_spans_start_from_given_spans():
    from eventwatch.annotate.text import DisjointSpans

    taken = DisjointSpans([(3, 8), (12, 20)])
    assert taken.free(0, 3) and taken.free(8, 12) and taken.free(20, 25)
    assert not taken.free(7, 9) and not taken.free(0, 30) and not taken.free(13, 14)


def test_beaten_in_a_contest_is_no_attack_trigger():
    """A defeat ("beaten out in the heats", "beaten to the award") is read by the trigger
    pattern itself, where the other defeats of "beaten" are (one owner); a beating stays one."""
    from eventwatch.annotate.triggers import find_triggers

    def attacks(text: str) -> list[str]:
        return [t.text for t in find_triggers(text) if t.cls == "attack"]

    assert attacks("Moreau was narrowly beaten out in the heats at Vichy.") == []
    assert attacks("The young director was beaten to the award by a veteran.") == []
    assert attacks("The Corvallis Owls were beaten back by the army.") == []
    assert attacks("A reporter was badly beaten outside the court in Tamale.") == ["was badly beaten"]
    # a contest it was lost in, as after "beat" ("beat the boys in the quiz")
    assert attacks("The Harlow side was beaten in the semi-final at Wembley.") == []
    assert attacks("The senator was beaten in the party election by a newcomer.") == []
    assert attacks("A voter was beaten in the election violence in Tamale.") == ["was beaten"]


def test_a_coder_label_heading_a_line_is_no_trigger_but_the_words_after_it_are():
    from eventwatch.annotate import annotate
    from eventwatch.records import Article

    text = "Arrests: On May 2, Kenyan police arrested 4 men in Lodwar.\nWitnesses said the raid was brief."
    found = [t.text for t in annotate(Article(id="t", text=text)).triggers]
    assert "Arrests" not in found and "arrested" in found


@pytest.mark.parametrize(("text", "kidnap"), [
    ("Masked men picked up a lawyer outside his office in Quetta; his whereabouts remain unknown.", True),
    ("Intelligence agents whisked him away from a cafe in Sukkur and he has not been seen since.", True),
    # picked up with nothing unknown after: no disappearance
    ("Police picked up a lawyer outside his office in Quetta and released him after questioning.", False),
    ("A bus picked up pilgrims in Sukkur; their whereabouts were not given.", False),
])
def test_someone_picked_up_whose_whereabouts_are_unknown_was_disappeared(text, kidnap):
    from eventwatch.annotate.triggers import find_triggers
    assert any(t.cls == "kidnap" for t in find_triggers(text)) is kidnap


def test_a_disappearance_by_plainclothes_agents_is_an_abduction_by_the_state():
    import eventwatch
    event = eventwatch.extract("On Mar 3, plainclothes police picked up a blogger from his flat in Multan, Punjab; "
                               "his whereabouts are still unknown.", published="2023-03-05")["events"][0]
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Abduction/forced disappearance", 1, 7)
