"""General news uses the conflict vocabulary for much else: sentences that tell no incident
give no event, and everyday crime is typed no more than it says (invented sentences)."""

from __future__ import annotations

import eventwatch


def _events(text: str, published: str = "2018-04-06") -> list[dict]:
    return eventwatch.extract(text, published=published)["events"]


def test_a_death_told_with_no_violence_is_no_incident():
    assert _events("The retired teacher died on April 2 at a hospital in Leeds, his family said.") == []
    assert _events("Coastguards said two bodies were found along a beach near Brighton on Sunday.") == []


def test_a_death_told_with_violence_is_still_an_incident():
    events = _events("On April 2, a man died of gunshot wounds in Kirkuk.")
    assert [e["sub_event_type"] for e in events] == ["Attack"]
    # the violence told in the sentence before it
    events = _events("Gunmen abducted a farmer in Tuz Khurmatu on June 12. His body was found two days later.")
    assert events and events[0]["sub_event_type"] in {"Abduction/forced disappearance", "Attack"}


def test_violence_with_no_armed_side_is_an_attack_not_a_battle():
    # a battle needs two armed sides: a stabbing or a poisoning by nobody armed is an attack
    for text in ("A man was stabbed in an alley in Leeds on March 23.",
                 "On March 4, two people were poisoned with a nerve agent in an attack in Salisbury."):
        event = _events(text)[0]
        assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_the_source_that_opens_a_report_is_not_a_party():
    event = _events("Police said a man was stabbed in an alley in Leeds on March 23.")[0]
    assert event["event_type"] == "Violence against civilians"
    assert event["inter2"] == 7 and "Police" not in (event["actor1"] or "") + (event["actor2"] or "")


def test_a_move_with_no_force_named_is_no_strategic_development():
    assert _events("On Monday she withdrew $1,200 from her bank account in Boston.") == []
    assert _events("The crown prince arrived in Paris on Sunday for a three-day visit.") == []
    assert _events("The airline pulled out of Lagos in March, citing low demand.") == []
    assert _events("On Saturday, expelled diplomats and their relatives quit the embassy in London.") == []


def test_a_person_described_as_displaced_is_not_a_displacement():
    text = "On Monday, a woman who was displaced from her village in Benue said she had no food."
    assert all(e["event_type"] != "Strategic developments" for e in _events(text))


def test_a_move_by_forces_is_still_a_strategic_development():
    event = _events("The PMF pulled out of Makhmur on May 2.")[0]
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Change to group/activity")


def test_an_act_in_an_indirect_question_or_a_belief_is_not_reported():
    assert _events("The inspectors in Toronto did not say why he was being detained on Monday.") == []
    assert _events("His sister in Dallas believes the neighbour murdered him on May 3.") == []


def test_an_arrest_for_ordinary_crime_is_not_a_political_arrest():
    assert _events("A restaurant owner was arrested in Boston on Thursday on fraud charges.") == []
    assert _events("Two men were arrested in Leeds on Monday following a number of burglaries.") == []


def test_a_security_arrest_is_still_an_arrest():
    event = _events("On May 3, security forces arrested two IS suspects in Mosul.")[0]
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Arrests")
