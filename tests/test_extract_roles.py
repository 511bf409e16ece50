"""Who did what to whom: actor1 and actor2 with ACLED's actor-type codes (invented sentences)."""

from __future__ import annotations

import pytest

import eventwatch


def _roles(text: str) -> tuple:
    event = eventwatch.extract(text, published="2019-06-30")["events"][0]
    return event["actor1"], event["inter1"], event["actor2"], event["inter2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The weapon comes first, its planter after "by", the victims after the verb.
        ("On June 5, a bomb planted by IS militants injured 2 Iraqi soldiers near Jalawla in Diyala.",
         ("Islamic State (IS)", 2, "Military Forces of Iraq", 1)),
        ("On June 10, an IED planted by Daesh hit a police patrol south of Kirkuk.",
         ("Islamic State (IS)", 2, "Police Forces of Iraq", 1)),
        # Passive voice: the victims come first.
        ("On June 12, three policemen were killed by ISIS gunmen in Tarmiyah.",
         ("Islamic State (IS)", 2, "Police Forces of Iraq", 1)),
        # Active voice.
        ("On June 14, Iraqi soldiers killed 4 IS militants in the Hamrin mountains.",
         ("Military Forces of Iraq", 1, "Islamic State (IS)", 2)),
    ],
)
def test_roles(text, expected):
    assert _roles(text) == expected
