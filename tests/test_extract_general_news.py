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


def test_trigger_words_in_their_everyday_sense_give_no_event():
    for text in (
        "She hit a three-point shot in the final seconds on Sunday in Dallas.",  # a basketball shot
        "On Monday in Paris, the minister shot down rumours of a merger.",
        "On Sunday in Leeds, both games were hard fought battles.",  # sport
        "The couple were engaged in 1960 and married in Bristol.",  # to marry
        "On Friday in London, the shares regained the 2.10 level.",  # a share price
        "This was demonstrated by the vote in Vienna on Monday.",  # shown
        "On Monday, shoppers in Stockholm complained about the offensive message on a shirt.",
        "On Monday, fans captured video of the singer in Berlin.",  # filmed
        "DALLAS (AP) - Tom Hill hit a layup to lift the Dallas Rockets to a 96-94 win over Denver.",  # a team
        "In 2013 the police infiltrated student groups in Newark.",  # surveillance, no attack
        "The ministry said during his service, Sgt Smith deployed numerous times on tours to Cyprus.",
        "On Monday she launched her campaign in Honolulu.",  # an election campaign
    ):
        assert _events(text) == [], text


def test_the_violent_senses_of_the_same_words_are_still_incidents():
    assert _events("On May 3, gunmen shot a farmer in Kirkuk.")[0]["event_type"] == "Violence against civilians"
    assert _events("IS militants infiltrated a village near Mosul on May 3.")
    assert _events("On May 3, the army launched a military campaign against IS in Anbar.")


def test_an_offence_named_in_court_is_not_an_incident_told():
    assert _events("On Monday in Leeds, Tom Hill was charged with assault and criminal damage.") == []
    assert _events("In October 1989, in Wausau, Tom Hill was declared not guilty of killing four men.") == []


def test_police_who_tell_of_a_stabbing_are_not_a_party_to_it():
    event = _events("Police say Tom Hill approached the man in an alley in Leeds on May 2 and stabbed him.")[0]
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_one_persons_damage_is_no_riot():
    assert _events("On Monday in Leeds, a man vandalised three vans by kicking them.") == []
    event = _events("On May 3, dozens of protesters vandalised the party office in Basra.")[0]
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Violent demonstration")


def test_an_aircraft_named_with_nothing_struck_is_no_air_strike():
    text = "On Monday, the minister in Tunis said that US drones were flying sorties along the border."
    assert _events(text) == []
    event = _events("On May 3, Turkish drones struck a PKK hideout near Sidakan.")[0]
    assert event["sub_event_type"] == "Air/drone strike"


def test_a_private_resignation_is_no_strategic_development():
    assert _events("The day after the fire in Leeds, Tom Hill resigned his post as a bank clerk.") == []
    event = _events("On May 3, the governor of Basra resigned from his post.")[0]
    assert event["event_type"] == "Strategic developments"


def test_who_investigates_or_credits_the_picture_is_no_party():
    for text in ("On Monday in Leeds, police investigated the shooting of a man.",
                 'Tom Hill was not the target (City Police/PA) He said: "Hill was shot by two masked gunmen'
                 ' in Leeds on Monday.'):
        event = _events(text)[-1]
        assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack"), text
        assert "Police" not in (event["actor1"] or "") + (event["actor2"] or ""), text


def test_an_arrest_whose_crime_is_told_in_the_next_sentence_is_ordinary():
    assert _events("Police in Leeds arrested two men on Monday. They are suspected of a string of burglaries.") == []


def test_more_everyday_senses_give_no_event():
    for text in (
        "On Tuesday in Leeds, the two leaders attacked each other's policies on health care.",  # words
        "In May, an outbreak of plague killed a couple in a village near Ulaanbaatar.",  # a disease
        "Two months later, in Oslo, he died of natural causes, most likely a heart attack.",
        "On Monday in Paris, the agency studied the targeted audiences of its adverts.",  # an adjective
        "In the 200 metre race in Leeds on Sunday, Hill was beaten out by Smith for first place.",  # a contest
        "On Sunday in Madrid, Lopez rallied to beat Smith in three sets.",  # a comeback
        "A key reason for the market rally in London on Monday is higher earnings.",
        "On Monday, narcotics officers executed a search warrant on a garage in Columbus.",  # carried out
        "On Monday in Pierre, the governor launched the campaign to curb drug use.",  # not a military one
        "Officers arrested Tom Hill in Columbus on Monday after finding methamphetamine in his car.",
        "On Monday in Dallas, a jury took ten minutes before convicting Hill, 51, of kidnapping the girl.",
        "Fans in Leeds on Monday queued for the game Green Dead Harvest.",  # a title
    ):
        assert _events(text) == [], text


def test_a_military_campaign_and_a_rally_of_people_are_still_events():
    assert _events("On May 3, the army launched a search campaign against IS cells in Anbar.")
    event = _events("On May 3, hundreds of teachers rallied in Basra to demand higher pay.")[0]
    assert event["sub_event_type"] == "Peaceful protest"
