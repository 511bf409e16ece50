"""Tolls as news writes them, counted the way ACLED and the GTD code them (invented sentences)."""

from __future__ import annotations

import pytest

import eventwatch


def _toll(text: str, field: str = "fatalities") -> int | None:
    (event,) = eventwatch.extract(text, published="2019-06-30")["events"]
    return event[field]


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, Turkish airstrikes killed or injured 6 PKK militants in the Qandil region of Erbil.",
         "fatalities", None),
        ("On June 3, an IED killed and injured 4 soldiers near Baiji in Salahuddin province.", "fatalities", 2),
        ("On June 3, the PMF killed all the militants inside a vehicle near Tikrit (unknown fatalities).",
         "fatalities", 3),
        ("On June 3, 2 policemen and a PMF fighter were killed in an IS attack in Yathrib town.", "fatalities", 3),
        ("On June 3, an explosion in Kirkuk left 2 civilians killed and 4 others injured.", "injured", 4),
        ("On June 3, gunmen kidnapped a group of 12 shepherds near Rutba in Anbar province.", "kidnapped", 12),
        ("On June 3, police arrested 50 demonstrators who blocked a road in Hilla.", "arrested", 50),
        ("On June 3, an 18-year-old woman was killed by Iranian shelling in Sidakan district.", "fatalities", 1),
    ],
)
def test_tolls(text, field, expected):
    assert _toll(text, field) == expected


def test_every_toll_span_points_at_its_words():
    for text in ("Assailants shot and killed Ahmad Karimi, the district governor, in Kunduz, Afghanistan.",
                 "On June 3, Iraqi airstrikes near Hamrin lake killed an IS leader and his two companions."):
        result = eventwatch.extract(text, published="2019-06-30")
        (event,) = result["events"]
        span = event["evidence"]["fatalities"]
        assert text[span["start"] : span["end"]] == span["text"]
    assert _toll("On June 3, Iraqi airstrikes near Hamrin lake killed an IS leader and his two companions.") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Sept 21, IS militants burned five homes and killed many buffalo in a village near Khanaqin.", None),
        ("On Oct 2, army units shot a local IS commander and 4 of his aides dead in the Makhoul hills.", 5),
        ("On Oct 20, 2 IS members were killed by the Federal Police near Kirkuk. One policeman was also killed.", 3),
        ("On Oct 4, riot police dispersed a protest in Diwaniyah and in total 3 people were killed (among them "
         "1 security member).", 3),
        ("On July 31, Daesh fighters hit a police post outside Tikrit, leaving a policeman dead.", 1),
        ("On Sept 9, a coalition airstrike hit a hideout in the Makhoul mountains, killing a group leader and two "
         "militants inside.", 3),
        ("On Aug 10, a French soldier along with his Iraqi driver were killed by IS gunfire in Kirkuk province.", 2),
        ("On Dec 7, masked men shot and injured 2 traffic policemen in Khanaqin.", None),
        ("On Dec 25, an IED injured 4 civilians near Mosul as they were collecting the bodies of relatives killed "
         "in a prior attack.", None),
        ("On Apr 6, police forces clashed with IS militants near Razazah lake, killing Abu Aisha (senior leader).", 1),
    ],
)
def test_tolls_in_context(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assailants opened fire on a nurse in Herat, Afghanistan. The nurse was killed in the attack.", 1),
        ("Assailants attacked the home of Musa Okafor in Enugu, Nigeria. Okafor was killed in the assault.", 1),
        ("Gunmen shot and killed a Criminal Investigation Department (CID) officer in Kandahar, Afghanistan.", 1),
        ("Gunmen attacked a bus in Zamfara, Nigeria. At least six people, including two police officers and a "
         "nurse, were killed in the attack.", 6),
        ("Gunmen attacked a checkpoint in Kunar, Afghanistan. Three soldiers, identified as Ahmad Wali, Gul "
         "Agha and Rahim Jan, were killed in the attack.", 3),
        ("Gunmen attacked a post in Kunar, Afghanistan. Four assailants and three soldiers, including a "
         "captain, were killed and two others were injured.", 7),
        ("Assailants opened fire on a guard in Herat, Afghanistan. The guard was wounded; nobody was killed.", None),
    ],
)
def test_singular_subjects_asides_and_acronyms(text, expected):
    assert _toll(text) == expected
