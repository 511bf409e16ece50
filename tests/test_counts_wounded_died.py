"""The wounded who died, "shot" alone, "N of them": tolls the GTD and ACLED count one way (invented sentences)."""

from __future__ import annotations

import pytest

import eventwatch


def _event(text: str) -> dict:
    events = eventwatch.extract(text, published="2021-04-12")["events"]
    assert events, text
    return max(events, key=lambda e: e["confidence"])


def _tolls(text: str) -> tuple[int | None, int | None]:
    event = _event(text)
    return event["fatalities"], event["injured"]


@pytest.mark.parametrize(("text", "dead", "wounded"), [
    # a part of the wounded, told by a relative clause
    ("On May 4, gunmen attacked a police post in Basra, wounding three officers, one of whom later died of his "
     "wounds.", 1, 2),
    ("On May 4, gunmen attacked a police post in Basra, wounding three officers, one of whom later died.", 1, 2),
    ("On May 4, gunmen attacked a police post in Basra, wounding five officers, two of whom died in hospital.", 2, 3),
    ("On May 4, gunmen attacked a police post in Basra. Three officers were wounded and one of them later died.", 1, 2),
    ("On May 4, gunmen attacked a police post in Basra, wounding four officers; one later died of his injuries.", 1, 3),
    # "of the wounded", "a wounded soldier": the wounded named again as they die
    ("On May 4, militants attacked an army base near Najaf, wounding 6 soldiers. Two of the wounded soldiers died in "
     "hospital.", 2, 4),
    ("On May 4, militants attacked an army base near Najaf, wounding 6 soldiers. One of the wounded later died.",
     1, 5),
    ("On May 4, militants attacked an army base near Najaf, wounding 6 soldiers. A wounded soldier died in hospital.",
     1, 5),
    ("On May 4, militants attacked an army base near Najaf, wounding 6 soldiers; an injured soldier later died.", 1, 5),
    # "of the victims": the wounded, where they die later
    ("On May 4, militants threw a grenade into a bus station in Hilla. Nine people were injured; two of the victims "
     "later died.", 2, 7),
    # one victim, wounded and then dead: one death, no wounded left
    ("On May 4, militants attacked an army base near Najaf; a soldier was wounded and later died.", 1, 0),
    ("On May 4, militants shot and wounded a soldier near Najaf, who later died.", 1, 0),
    ("On May 4, militants wounded a soldier near Najaf; he died in hospital.", 1, 0),
    # the dead told before the wounded: the one who died is one more
    ("On May 4, gunmen killed two guards and wounded three others at a bank in Basra, one of whom later died.", 3, 2),
    ("On May 4, a bomb killed 2 people and wounded 5 at a market in Basra, two of whom later died of their "
     "wounds.", 4, 3),
    ("On May 4, a bomb killed 2 people and wounded 5 at a market in Basra. One of the wounded died later in hospital.",
     3, 4),
])
def test_a_death_among_the_wounded_moves_from_injured_to_fatalities(text, dead, wounded):
    assert _tolls(text) == (dead, wounded)


@pytest.mark.parametrize("text", [
    "On May 4, two injured protesters died in hospital in Basra.",
    "On May 4, an injured protester succumbed to his wounds in Basra.",
])
def test_the_injured_who_died_are_no_longer_injured(text):
    dead, wounded = _tolls(text)
    assert dead in {1, 2} and not wounded


def test_a_death_among_the_wounded_keeps_both_spans():
    event = _event("On May 4, gunmen killed two guards and wounded three others at a bank in Basra, one of whom "
                   "later died.")
    died = "one of whom later died"
    assert event["evidence"]["fatalities.died"]["text"] == event["evidence"]["injured.died"]["text"] == died
    event = _event("On May 4, gunmen attacked a police post in Basra, wounding three officers, one of whom later died.")
    assert "one of whom later died" in event["evidence"]["injured.died"]["text"]
    assert event["evidence"]["fatalities"]["text"].startswith("one of whom")


def test_a_death_told_before_the_wounded_is_not_one_of_them():
    text = ("On May 4, one of the guards died of his wounds after gunmen attacked a bank in Basra; four others "
            "were wounded.")
    assert _tolls(text)[1] == 4


@pytest.mark.parametrize(("text", "dead", "wounded"), [
    # "shot" alone is a wound
    ("On May 4, a sniper shot a protester near a bridge in Basra.", None, 1),
    ("On May 4, police shot 3 demonstrators outside the governor's office in Basra.", None, 3),
    ("On May 4, two farmers were shot by border guards near Basra.", None, 2),
    ("On May 4, a taxi driver was shot in the leg by robbers in Basra.", None, 1),
    # a death is told: "shot dead", "fatally shot", "shot and killed", "shot ... to death", "killing him"
    ("On May 4, a sniper shot dead a protester near a bridge in Basra.", 1, None),
    ("On May 4, police fatally shot a protester near a bridge in Basra.", 1, None),
    ("On May 4, a sniper shot and killed a protester near a bridge in Basra.", 1, None),
    ("On May 4, a sniper shot a protester to death near a bridge in Basra.", 1, None),
    ("On May 4, a sniper shot a protester dead near a bridge in Basra.", 1, None),
    ("On May 4, two farmers were shot and killed by border guards near Basra.", 2, None),
    ("On May 4, gunmen shot a shopkeeper near a bridge in Basra, killing him.", 1, None),
    ("On May 4, a protester died after being shot by police in Basra.", 1, None),
    # those shot of whom some died: the others are wounded
    ("On May 4, gunmen shot two guards at a bank in Basra, one of whom later died.", 1, 1),
])
def test_shot_alone_is_a_wound_and_shot_dead_a_death(text, dead, wounded):
    assert _tolls(text) == (dead, wounded)


@pytest.mark.parametrize(("text", "field", "expected"), [
    # a count after "by" is who did it; an age after a name is no count
    ("On May 4, a shopkeeper was killed by two masked gunmen in Basra.", "fatalities", 1),
    ("On May 4, a shopkeeper was shot by two masked gunmen in Basra.", "injured", 1),
    ("On May 4, Karim Jabbar, 41, was killed by a roadside bomb near Basra.", "fatalities", 1),
    ("On May 4, Karim Jabbar, 41, was wounded by a roadside bomb near Basra.", "injured", 1),
])
def test_the_doers_and_an_age_are_no_toll(text, field, expected):
    assert _event(text)[field] == expected


@pytest.mark.parametrize(("text", "dead"), [
    # a wounded or injured person who died is a death, one more than those killed outright
    ("On May 4, security forces killed two protesters in Basra. An injured demonstrator died in hospital.", 3),
    ("On May 4, security forces killed two protesters in Basra; an injured demonstrator later died.", 3),
    ("On May 4, an IED killed 2 soldiers near Mosul, and a wounded soldier later died in hospital.", 3),
    ("On May 4, an IED hit an army patrol near Mosul. A wounded soldier died in hospital.", 1),
    ("On May 4, police fired tear gas at protesters in Basra. An injured demonstrator has died.", 1),
    ("On May 4, police fired tear gas at protesters in Basra. A demonstrator who was injured in the clash later "
     "died.", 1),
])
def test_an_injured_person_who_died_is_a_death(text, dead):
    assert _tolls(text)[0] == dead


@pytest.mark.parametrize(("text", "field", "expected"), [
    # "N of them": the people told before, counted
    ("On May 4, rioters torched a police station in Basra and police arrested 20 of them.", "arrested", 20),
    ("On May 4, students marched in Basra and clashed with police, who detained 15 of them.", "arrested", 15),
    ("On May 4, gunmen stopped a minibus near Basra and abducted 6 of them.", "kidnapped", 6),
    ("On May 4, gunmen stormed a wedding near Basra, killing 4 of them and wounding 9 of them.", "injured", 9),
    ("On May 4, militants attacked a checkpoint near Basra. At least five of them were wounded.", "injured", 5),
    # a part of a count told before is no toll of its own
    ("On May 4, 12 villagers were injured, 3 of them critically, when gunmen raided Kessora.", "injured", 12),
    ("On May 4, a bomb killed five people in Basra, two of them children.", "fatalities", 5),
])
def test_n_of_them_is_a_count(text, field, expected):
    assert _event(text)[field] == expected


def test_n_of_them_wounded_of_whom_some_died():
    # the wounded counted by "N of them" still give up those who died
    text = ("On May 4, a mob attacked farm workers near Basra, wounding 8 of them; two of them later died of their "
            "wounds.")
    assert _tolls(text) == (2, 6)


@pytest.mark.parametrize(("text", "dead", "wounded"), [
    ("On May 4, gunmen attacked a minibus near Kessora, wounding five passengers. One of the wounded died the next "
     "day.", 1, 4),
    ("On May 4, three guards were killed and four injured in an ambush near Kessora. One of the injured died in "
     "hospital on Thursday.", 4, 3),
])
def test_a_later_dated_death_of_the_wounded_belongs_to_the_incident_told_before(text, dead, wounded):
    events = eventwatch.extract(text, published="2021-05-12")["events"]
    assert [(e["fatalities"], e["injured"]) for e in events] == [(dead, wounded)]


@pytest.mark.parametrize("text", [
    # "shot" alone is a wound: the death told after it moves the one wounded to the dead
    "On May 4, gunmen shot a teacher in Kessora. He succumbed to his injuries on Thursday.",
    "On May 4, gunmen shot a teacher in Kessora. He was rushed to hospital, where he died.",
    "On May 4, gunmen shot a teacher in Kessora. The teacher later died of his wounds.",
    "On May 4, gunmen attacked a checkpoint in Kessora. A soldier who was shot in the attack later died.",
    "A guard who had been shot by gunmen in Kessora on May 4 died on Thursday.",
])
def test_the_one_shot_who_died_after_is_one_death_and_no_wounded(text):
    events = eventwatch.extract(text, published="2021-05-12")["events"]
    assert [(e["fatalities"], e["injured"]) for e in events] == [(1, 0)], text


def test_another_person_who_died_of_wounds_leaves_the_one_shot_wounded():
    events = eventwatch.extract("On May 4, gunmen shot a guard in Kessora. The driver later died of his wounds.",
                                published="2021-05-12")["events"]
    assert [(e["fatalities"], e["injured"]) for e in events] == [(1, 1)]


@pytest.mark.parametrize(("text", "dead", "wounded"), [
    # a shooting told as another act after the killing wounds its own victims
    ("On May 4, gunmen killed a guard and shot two others in Kessora.", 1, 2),
    ("On May 4, a policeman was killed and two others were shot in Kessora.", 1, 2),
    ("On May 4, militants shot dead one soldier and shot two others near Kessora.", 1, 2),
    # the same act: the shot are the dead
    ("On May 4, a soldier died after being shot by a sniper near Kessora.", 1, None),
    ("On May 4, gunmen shot and killed two farmers near Kessora.", 2, None),
])
def test_a_shooting_beside_a_killing_wounds(text, dead, wounded):
    assert _tolls(text) == (dead, wounded), text


@pytest.mark.parametrize(("text", "dead"), [
    # "fatally shot" reads its victims as "shot dead" does
    ("On May 4, gunmen fatally shot Karim Tessa in Kessora.", 1),
    ("On May 4, gunmen fatally shot Karim Tessa and Omar Vell in Kessora.", 2),
])
def test_fatally_shot_names_its_dead_as_shot_dead_does(text, dead):
    assert _tolls(text) == (dead, None), text


@pytest.mark.parametrize("text", [
    # what was shot at people is no one hurt
    "On May 4, police in Kessora shot rubber bullets at 300 protesters.",
    "On May 4, police in Kessora shot tear gas at 300 protesters.",
])
def test_a_projectile_shot_at_people_hurts_no_one_counted(text):
    assert _tolls(text) == (None, None), text


@pytest.mark.parametrize(("text", "field", "expected"), [
    # a toll in a clause that says who a person is ("who had ...") is no toll of the incident told
    ("On May 4, police arrested two gunmen who had killed three farmers in Kessora.", "fatalities", None),
    ("On May 4, militants, who have killed 40 soldiers this year, attacked a base in Kessora, killing three guards.",
     "fatalities", 3),
])
def test_a_toll_in_a_clause_about_a_persons_past_is_not_the_incidents(text, field, expected):
    assert _event(text)[field] == expected, text


@pytest.mark.parametrize(("text", "dead", "wounded"), [
    # "killing N of them" after those shot or wounded: a part of them died, the rest are wounded
    ("On May 4, gunmen shot three people in Kessora, killing two of them.", 2, 1),
    ("On May 4, gunmen wounded five villagers in Kessora, killing two of them.", 2, 3),
])
def test_killing_part_of_those_shot_leaves_the_rest_wounded(text, dead, wounded):
    assert _tolls(text) == (dead, wounded), text


@pytest.mark.parametrize(("text", "dead", "wounded", "died"), [
    # every way a death of the wounded is told passes the cheap word test that comes before the long patterns
    ("On May 4, gunmen shot four farmers near a well outside Nasiriyah, killing two of them.", 2, 2,
     "killing two of them"),
    ("On May 4, a bomb wounded 5 people at a market in Nasiriyah. One of the wounded passed away in hospital.", 1, 4,
     "One of the wounded passed away in hospital"),
    ("On May 4, a bomb wounded 5 people at a market in Nasiriyah; two of the wounded have since passed away.", 2, 3,
     "two of the wounded have since passed away"),
])
def test_deaths_of_the_wounded_told_without_died(text, dead, wounded, died):
    event = _event(text)
    assert (event["fatalities"], event["injured"]) == (dead, wounded)
    assert event["evidence"]["injured.died"]["text"] == died


@pytest.mark.parametrize(("text", "dead"), [
    # more dead told on a later day, with no act of their own: the incident told before, its toll grows
    ("Bandits killed three farmers in Kolwe, Nigeria on Friday. Two more died in hospital on Sunday.", 5),
    ("Bandits killed three farmers in Kolwe, Nigeria on Friday. Four more farmers have since died of their wounds.", 7),
    # a separate incident says so: its dead are its own
    ("Bandits killed three farmers in Kolwe, Nigeria on Friday. Two more died in a separate attack on Sunday.", 3),
    # more dead of an act of their own
    ("Bandits killed three farmers in Kolwe, Nigeria on Friday. Two more died on Sunday when bandits came back.", 3),
    # more dead of another cause, on another day: not the attack's
    ("Bandits killed three farmers in Kolwe, Nigeria on Friday. Two more died in floods in the state on Sunday.", 3),
    ("Bandits killed three farmers in Kolwe, Nigeria on Friday. Two more died in a cholera outbreak on Sunday.", 3),
])
def test_more_dead_told_later_add_to_the_incidents_toll(text, dead):
    events = eventwatch.extract(text, published="2021-04-12")["events"]
    first = next(e for e in events if e["sentence"]["text"].startswith("Bandits"))
    assert first["fatalities"] == dead
    assert first["event_date"] == "2021-04-09"


def test_more_dead_in_hospital_leave_the_wounded_counted_before():
    events = eventwatch.extract("Bandits killed three farmers and wounded four in Kolwe, Nigeria on Friday. "
                                "Two more died in hospital on Sunday.", published="2021-04-12")["events"]
    assert (events[0]["fatalities"], events[0]["injured"]) == (5, 2)


@pytest.mark.parametrize(("text", "dead"), [
    # those shot are not all dead where the deaths carry a count of their own, in a clause after the shooting
    ("On May 4, gunmen shot 5 men at a cockfight in Tarvo; 3 died at the scene.", 3),
    ("On May 4, gunmen shot 5 men at a cockfight in Tarvo, and two died on the way to hospital.", 2),
    # "and another died": one more dead, told after the first count
    ("On May 4, gunmen shot 5 men at a cockfight in Tarvo; 2 died at the scene and another died in hospital.", 3),
    ("On May 4, gunmen killed 2 men at a cockfight in Tarvo and another victim later died in hospital.", 3),
])
def test_the_shot_who_died_are_told_by_their_own_count(text, dead):
    assert _tolls(text)[0] == dead


@pytest.mark.parametrize(("text", "dead", "wounded"), [
    # the dead, counted in a clause after the shooting, are among those shot: the wounded are the rest
    ("On May 4, gunmen shot 7 men at a market in Dorsk; 4 died.", 4, 3),
    ("On May 4, gunmen shot 7 men at a market in Dorsk, and two died on the way to hospital.", 2, 5),
    ("On May 4, gunmen shot 7 men at a market in Dorsk; 3 died at the scene and another died in hospital.", 4, 3),
    # a wounded count of their own is kept as told
    ("On May 4, gunmen shot 7 men at a market in Dorsk; 4 died and 3 were wounded.", 4, 3),
])
def test_the_shot_who_died_leave_the_rest_wounded(text, dead, wounded):
    assert _tolls(text) == (dead, wounded)


@pytest.mark.parametrize(("text", "dead", "wounded"), [
    # "another" heads a clause of its own: one more person, not one of those shot (six people in all)
    ("On May 4, gunmen shot five villagers in Tarbuk, and another died.", 1, 5),
    ("On May 4, gunmen shot five villagers in Tarbuk, and another was killed.", 1, 5),
    ("On May 4, gunmen shot five villagers in Tarbuk, and another herder was shot dead.", 1, 5),
    ("On May 4, five villagers were shot in Tarbuk, while another died.", 1, 5),
    ("On May 4, gunmen wounded five villagers in Tarbuk, and another died.", 1, 5),
    # "of whom", "of them": the dead are among those shot, and leave the wounded
    ("On May 4, gunmen shot five villagers in Tarbuk, one of whom later died.", 1, 4),
    ("On May 4, gunmen shot five in Tarbuk, two of them died.", 2, 3),
    # killed, then one more dead: "another" adds to the dead counted
    ("On May 4, gunmen shot dead five villagers in Tarbuk, and another died in hospital.", 6, None),
])
def test_another_who_died_after_a_shooting_is_one_more_person(text, dead, wounded):
    assert _tolls(text) == (dead, wounded)


@pytest.mark.parametrize(("text", "dead", "wounded"), [
    # those shot, then a count of them killed in the passive or after "killing": the rest are wounded
    ("On May 4, gunmen shot seven herders near Ombara; three were killed.", 3, 4),
    ("On May 4, gunmen shot seven herders near Ombara; three were killed instantly.", 3, 4),
    ("On May 4, gunmen shot seven herders near Ombara, three of whom were killed.", 3, 4),
    ("On May 4, gunmen shot seven herders near Ombara; three of them were killed.", 3, 4),
    ("On May 4, gunmen shot seven herders near Ombara, and three people were killed.", 3, 4),
    ("On May 4, gunmen shot seven herders near Ombara; three were killed and four were taken to hospital.", 3, 4),
    ("On May 4, gunmen shot seven herders near Ombara, killing three.", 3, 4),
    # ... or in the next sentence, a bare count with no noun of its own
    ("On May 4, gunmen shot seven herders near Ombara. Three were killed.", 3, 4),
    ("On May 4, gunmen shot seven herders near Ombara. Three died on the spot.", 3, 4),
    ("On May 4, gunmen shot seven herders near Ombara. Three of them were killed.", 3, 4),
    ("On May 4, gunmen shot seven herders near Ombara. Three of them died in hospital.", 3, 4),
    # the shot are the dead, or the dead are others
    ("On May 4, gunmen shot dead seven herders near Ombara.", 7, None),
    ("On May 4, gunmen shot and killed three herders near Ombara.", 3, None),
    ("On May 4, gunmen shot a herder near Ombara, killing him.", 1, None),
])
def test_a_count_killed_after_those_shot_is_a_part_of_them(text, dead, wounded):
    assert _tolls(text) == (dead, wounded)
