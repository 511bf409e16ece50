"""One event per incident: sentences of an article that tell one incident again merge, and
incidents that something tells apart stay apart (invented articles)."""

from __future__ import annotations

import pytest

import eventwatch

HEAD = "Regional security news in brief\n\n"


def _events(body: str, published: str = "2023-09-08") -> list[dict]:
    return eventwatch.extract(HEAD + body, published=published)["events"]


LEAD = "Gunmen shot dead a village elder in Moyale on Wednesday evening, according to residents of the town.\n\n"
MIDDLE = "Residents said the attackers fled on foot towards the hills after the shooting.\n\n"


def test_a_killing_told_again_in_a_later_paragraph_is_one_event():
    body = LEAD + MIDDLE + "The elder, Hassan Dida, 61, was killed as he left the market, police said."
    events = _events(body)
    assert [(e["sub_event_type"], e["location"], e["event_date"]) for e in events] == [
        ("Attack", "Moyale", "2023-09-06")]
    assert events[0]["fatalities"] == 1
    body = LEAD + MIDDLE + "The elder, Hassan Dida, was killed as he left a market in Moyale, police said."
    assert len(_events(body)) == 1
    # the person introduced before, now with a more exact place of the same day: still the one killing
    body = LEAD + MIDDLE + "On Wednesday the elder, Hassan Dida, was shot as he left a mosque in Sololo, police said."
    assert [e["location"] for e in _events(body)] == ["Moyale"]
    body = LEAD + MIDDLE + "On Wednesday a trader, Hassan Dida, was shot dead as he left a mosque in Sololo."
    assert [e["location"] for e in _events(body)] == ["Moyale", "Sololo"]


def test_another_incident_told_later_stays_apart():
    # a word that says it is another one, another count, another named town the same day
    for later in ("Another elder, Hassan Dida, 61, was killed as he left the market, police said.",
                  "Two traders were also killed as they left the market, police said."):
        assert len(_events(LEAD + MIDDLE + later)) == 2, later


def test_two_attacks_in_two_towns_of_one_province_the_same_day_are_two_events():
    body = ("Gunmen killed three herders in Marsabit town on Wednesday night, local officials told reporters.\n\n"
            "On Wednesday, gunmen shot dead two traders in Sololo, police said in a statement.")
    events = _events(body)
    assert [(e["location"], e["fatalities"]) for e in events] == [("Marsabit", 3), ("Sololo", 2)]


def test_attacks_in_two_provinces_told_one_after_the_other_are_two_events():
    for second in ("Gunmen also shot dead two traders in Wajir.", "In Wajir, gunmen shot dead two traders."):
        events = _events("On Monday gunmen killed three farmers in Garissa. " + second)
        assert [(e["admin1"], e["fatalities"]) for e in events] == [("Garissa", 3), ("Wajir", 2)], second


def test_more_killed_in_another_town_of_the_same_province_is_another_event():
    # each sentence names its own town and its own toll: two incidents, even in one province
    for second in ("Gunmen shot dead three more in Mandali in the same province.",
                   "Three more were shot dead by gunmen in Mandali."):
        events = _events("Gunmen shot dead a shepherd in Khanaqin on Sunday. " + second)
        assert [(e["location"], e["admin1"], e["fatalities"]) for e in events] == [
            ("Khanaqin", "Diyala", 1), ("Mandali", "Diyala", 3)], second
        assert all(e["sub_event_type"] == "Attack" for e in events)


def test_a_headline_and_a_lead_with_other_counts_are_two_incidents():
    one = "Two people were wounded when a man attacked a queue at a bus stop in Omaha.\n\n"
    lead = " people were wounded on Monday when a man with a knife attacked a queue at a bus stop in Omaha."
    assert [e["injured"] for e in eventwatch.extract(one + "Five" + lead, published="2023-09-08")["events"]] == [2, 5]
    assert [e["injured"] for e in eventwatch.extract(one + "Two" + lead, published="2023-09-08")["events"]] == [2]


def test_an_attack_on_an_unknown_locality_written_with_its_country_is_an_event_in_that_country():
    events = eventwatch.extract("Assailants attacked Ngambwe, Tanzania.", published="2023-09-08")["events"]
    assert [(e["event_type"], e["country"], e["location"]) for e in events] == [
        ("Violence against civilians", "Tanzania", "Ngambwe")]
    # only the country is known: no point, no precision of a town (docs/geoparsing.md)
    assert (events[0]["latitude"], events[0]["geo_precision"]) == (None, None)
    assert events[0]["evidence"]["country"]["text"] == "Tanzania"
    # a named party attacked is no locality
    text = "Soldiers attacked Boko Haram, Nigeria's deadliest group."
    assert eventwatch.extract(text, published="2023-09-08")["events"] == []


def test_a_killing_told_first_without_day_or_town_takes_them_from_its_retelling_with_their_words():
    body = ("Unknown gunmen shot dead a village elder in northern Kenya, according to residents and officials.\n\n"
            + MIDDLE + "The elder, Hassan Dida, was killed on Wednesday as he left a mosque in Moyale, police said.")
    events = _events(body)
    assert [(e["location"], e["event_date"], e["fatalities"]) for e in events] == [("Moyale", "2023-09-06", 1)]
    evidence = events[0]["evidence"]
    assert (evidence["location"]["text"], evidence["event_date"]["text"]) == ("Moyale", "on Wednesday")
    assert evidence["fatalities"]["start"] < evidence["location"]["start"]  # the count from the first telling


def test_two_villages_placed_at_their_province_the_same_day_are_two_events_and_a_village_refines_its_province():
    body = ("Gunmen killed three farmers in Kulamawe village, Isiolo county, on Tuesday night, officials said.\n\n"
            "Gunmen killed three herders in Bulesa village, Isiolo county, on Tuesday night, police said.")
    assert [e["location"][:7] for e in _events(body)] == ["Kulamaw", "Bulesa "]
    body = ("Gunmen killed three farmers in Isiolo county on Tuesday night, local officials told reporters.\n\n"
            "The farmers were killed in Bulesa village, Isiolo, on Tuesday night, police said in a statement.")
    events = _events(body)
    assert [(e["location"][:6], e["fatalities"]) for e in events] == [("Bulesa", 3)]
    assert events[0]["evidence"]["location"]["text"].startswith("Bulesa")


def test_a_lead_or_later_paragraph_that_says_another_is_not_the_first_incident():
    # one-sentence opening paragraph, then "Another ...": the lead-after-headline merge must not join them
    first = "Insurgents killed two soldiers in Damboa, Borno State, on Tuesday.\n\n"
    events = _events(first + "Another two soldiers were killed in Damboa.")
    assert len(events) == 2
    assert sorted(e["fatalities"] for e in events) == [2, 2]
    # the same day and count told in a later paragraph, but "another": two incidents, not one
    events = _events(first + "Officials said road patrols would be doubled.\n\n"
                     "Another two soldiers were killed in Damboa on Tuesday.")
    assert len(events) == 2


def test_a_new_incident_at_a_locality_the_gazetteer_does_not_know_is_not_the_toll_of_the_last():
    first = "Insurgents attacked a police station on Monday, killing three officers. "
    events = _events(first + "Gunmen killed five shopkeepers in Zandoru.")
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Armed clash", 3), ("Attack", 5)]
    assert events[1]["actor2"].startswith("Civilians")
    # the same unknown locality named again tells the toll of the attack just told
    events = _events("Insurgents attacked a police station in Zandoru on Monday. "
                     "Three officers were killed in Zandoru.")
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Armed clash", 3)]


def test_victims_of_two_callings_are_two_killings():
    lead = "Gunmen shot dead a tailor in Lokoja, Kogi State, on Tuesday.\n\n"
    events = _events(lead + "A fisherman was shot dead by gunmen on Tuesday, residents said.")
    assert len(events) == 2 and [e["fatalities"] for e in events] == [1, 1]
    # the same calling (or a general word) told again is the one killing
    assert len(_events(lead + "The tailor was shot dead by gunmen on Tuesday, residents said.")) == 1
    assert len(_events(lead + "A man was shot dead by gunmen on Tuesday, residents said.")) == 1



def test_a_short_lead_keeps_its_perpetrator_when_a_later_paragraph_retells_it():
    body = ("Insurgents killed three soldiers in Konduga on Sunday.\n\n"
            "Residents said the attackers fled after the shooting, which lasted two hours.")
    events = _events(body)
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Armed clash", 3)]
    assert events[0]["actor1"].startswith("Unidentified Armed Group")
    # an act of its own with its own count stays apart
    body = ("Insurgents killed three soldiers in Konduga on Sunday.\n\n"
            "In the evening gunmen shot dead two herders in Konduga, residents said.")
    assert len(_events(body)) == 2


def test_the_dead_told_again_as_shot_are_no_injured():
    lead = "A young herder was killed when gunmen opened fire on a cattle market in Garissa on Friday.\n\n"
    events = _events(lead + "Osman Warfa, 19, was shot in the neck as he led his goats, police said.")
    assert [(e["fatalities"], e["injured"]) for e in events] == [(1, None)]
    # one told as wounded, who lived, is one more hurt
    events = _events(lead + "Osman Warfa, 19, was wounded in the neck as he led his goats, police said.")
    assert [(e["fatalities"], e["injured"]) for e in events] == [(1, 1)]


def test_a_toll_in_a_locality_the_gazetteer_lacks_with_its_own_count_stays_a_second_incident():
    # the second town is unknown to the gazetteer: its three dead are neither added to the first
    # incident nor lost in it
    events = _events("Gunmen killed four people in Damboa on Monday. Bandits also killed three people in Zindiri, "
                     "a village near the border.")
    assert sorted(e["fatalities"] for e in events) == [3, 4]


def test_a_headline_toll_is_the_lead_incident_s_when_the_body_gives_none():
    body = ("A bomb went off in a crowded bus park in Jos, Nigeria on Friday, police said. "
            "The blast tore through stalls.")
    events = eventwatch.extract(body, published="2022-05-02", title="Bomb kills 9, wounds 14 at bus park")["events"]
    assert len(events) == 1
    assert (events[0]["fatalities"], events[0]["injured"]) == (9, 14)
    assert events[0]["evidence"]["fatalities"]["source"] == "metadata"


@pytest.mark.parametrize(("title", "dead"), [
    ("Gunmen kill 9 in Kano village", None),  # the headline's own town is another incident
    ("Bomb kills 9 at bus park", 3),  # the body's own toll stands
    ("Storm kills 9 across the north", None),  # no violence in the headline
])
def test_a_headline_toll_is_not_carried_to_another_incident(title, dead):
    body = "A bomb went off in a crowded bus park in Jos, Nigeria on Friday, police said."
    if dead:
        body += " Three people were killed."
    events = eventwatch.extract(body, published="2022-05-02", title=title)["events"]
    assert events[0]["fatalities"] == dead


def test_more_dead_told_after_a_mishap_are_the_mishaps_not_an_attack():
    for body in ("A minibus crash killed five passengers near Isiolo on Thursday, police said.\n\n"
                 "Three more were killed on Friday.",
                 "A minibus crash killed five passengers near Isiolo on Thursday. "
                 "Three more died of their injuries in hospital.",
                 "A minibus crash killed five passengers near Isiolo on Thursday. "
                 "Three more succumbed to their injuries.",
                 "A storm tore through Isiolo on Thursday, flattening dozens of homes, officials said.\n\n"
                 "Three more were killed when a wall fell on their house in the town."):
        assert _events(body) == [], body
    # more dead told by violence of their own are an incident
    body = ("A minibus crash killed five passengers near Isiolo on Thursday.\n\n"
            "Three more were shot dead by gunmen in the town on Friday.")
    assert [e["sub_event_type"] for e in _events(body)] == ["Attack"]


@pytest.mark.parametrize("line", [
    "Tribal elder shot dead in Qarvadin",
    "A local farmer was gunned down near Qarvadin, Ostrel",
    "A teacher was murdered in Qarvadin town.",
    # the place told with what it lies in, a direction or an article, the killers named before it
    "A tribal elder shot dead in Qarvadin district of Ostrel province",
    "A tribal elder shot dead in Qarvadin village, Ostrel province",
    "A tribal elder shot dead in eastern Qarvadin",
    "A tribal elder shot dead in al-Qarvadin",
    "A tribal elder shot dead by unknown gunmen in Qarvadin",
    "Tribal Elder Shot Dead In Qarvadin",  # a headline in title case: its capitals name no one
])
def test_a_lone_headline_of_a_person_killed_in_an_unknown_place_is_an_incident(line):
    events = eventwatch.extract(line, published="2023-09-08")["events"]
    assert len(events) == 1
    assert events[0]["event_type"] == "Violence against civilians" and events[0]["fatalities"] == 1


@pytest.mark.parametrize("line", [
    "Tribal elder shot dead",
    "His grandfather was killed in World War II.",
    "The plan was killed in Committee.",
    "A tribal elder was shot dead in Qarvadin. The city council met on Friday to discuss the budget.",
])
def test_a_one_line_text_that_is_no_placed_killing_headline_stays_no_event(line):
    assert eventwatch.extract(line, published="2023-09-08")["events"] == []


# A count of victims over a period, told with no day, no one act and no place narrower than a
# province, is a statistic of many incidents (the aggregate claims record), no event.
TOLL_INCIDENT = "On Tuesday gunmen killed 4 people in Kadugli, police said.\n\n"


@pytest.mark.parametrize("statistic", [
    "UN figures said 8,400 people were killed in 2020.",
    "UN figures said 2,300 people were abducted in 2020.",
    "According to a tally by a rights group, 1,250 civilians were killed last year.",
    "The health ministry said 640 people have been killed since January.",
    "Over the past six months, 312 people were killed in the region, a monitoring group said.",
    "During the first quarter, 210 people were abducted, an aid agency said.",
    "A total of 730 people were killed between January and June, the interior ministry said.",
    "Gunmen killed 1,100 people across the country in 2021, according to a rights group.",
    "Armed groups abducted 450 people in 2021, the UN said.",
    "The UN said 870 people were killed in attacks in 2021.",
    "Some 3,200 people were killed in the violence last year, according to a tally by a news agency.",
])
def test_a_toll_over_a_period_is_no_event_beside_the_incident(statistic):
    events = _events(TOLL_INCIDENT + statistic, published="2022-03-09")
    assert [(e["sub_event_type"], e["location"], e["event_date"], e["fatalities"]) for e in events] == [
        ("Attack", "Kadugli", "2022-03-08", 4)], statistic


@pytest.mark.parametrize("one_act, sub_type, fatalities", [
    ("A bomb killed 12 people in Dilling in 2020, police said.", "Remote explosive/landmine/IED", 12),
    ("In 2020, 12 people were killed in an ambush on the Dilling road.", "Attack", 12),
    ("In March 2021, gunmen killed 7 villagers in Dilling.", "Attack", 7),
    ("Gunmen abducted 30 students from a school in Dilling in 2021.", "Abduction/forced disappearance", None),
])
def test_one_act_dated_by_its_year_or_month_stays_an_event(one_act, sub_type, fatalities):
    events = _events(one_act, published="2022-03-09")
    assert [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events] == [
        (sub_type, "Dilling", fatalities)], one_act


@pytest.mark.parametrize("running_toll", [
    "Army officers said hundreds of insurgents had been killed in the offensive.",
    "The offensive has killed more than 900 civilians, a monitoring group said.",
])
def test_the_dead_of_a_campaign_so_far_are_no_event(running_toll):
    events = _events(TOLL_INCIDENT + running_toll, published="2022-03-09")
    found = [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events]
    assert found == [("Attack", "Kadugli", 4)], running_toll


def test_a_dated_strike_within_a_campaign_stays_an_event():
    events = _events("On Monday an air strike killed 9 insurgents in Dilling during the offensive, the army said.",
                     published="2022-03-09")
    found = [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events]
    assert found == [("Air/drone strike", "Dilling", 9)]


def test_a_days_counted_attacks_at_one_place_are_that_days_incident_whatever_their_number():
    # one rule (claims.one_days_incidents) for both readers: a count of incidents told with a day and a town is
    # that day's fighting there, an event with its dead, not a statistic (it gave nothing above three attacks)
    for text, day, place, dead in (
            ("Gunmen carried out five attacks on Monday in Gusau, killing 12 people, police said.", "2023-09-04",
             "Gusau", 12),
            ("Militants launched seven attacks on police posts in Gao on Tuesday, killing nine officers.",
             "2023-09-05", "Gao", 9)):
        out = eventwatch.extract(HEAD + text, published="2023-09-08")
        assert [(e["event_date"], e["location"], e["fatalities"]) for e in out["events"]] == [(day, place, dead)], text
        assert out["aggregates"] == [], text


def test_attacks_counted_over_a_country_or_a_month_stay_a_statistic():
    for text in ("Jihadists carried out 14 attacks across Niger on Sunday, killing 31 people, the army said.",
                 "Gunmen carried out five attacks in Gusau last month, killing 12 people, police said."):
        out = eventwatch.extract(HEAD + text, published="2023-09-08")
        assert out["events"] == [], text
        [tally] = out["aggregates"]
        assert (tally["subject"], tally["speaker"] is not None) == ("attacks", True), text


def test_attacks_counted_at_a_town_with_no_date_are_the_reports_incident_as_one_undated_attack_is():
    # told with their toll, or in the article's own voice, they gave a claim or nothing at all; the report dates
    # them, as it dates "Gunmen attacked Dilling, killing eleven people", and the toll is the event's alone
    for text, place, dead in (
            ("Militants carried out four attacks in Dilling, killing eleven people, police said.", "Dilling", 11),
            ("Traders in Kadugli say business has collapsed. Gunmen carried out three attacks in the town.",
             "Kadugli", None)):
        out = eventwatch.extract(HEAD + text, published="2023-09-08")
        assert [(e["sub_event_type"], e["location"], e["event_date"], e["fatalities"]) for e in out["events"]] == [
            ("Attack", place, "2023-09-08", dead)], text
        assert out["claims"] == [] and out["aggregates"] == [], text


def test_attacks_counted_with_no_date_in_a_province_or_as_a_tally_are_no_event():
    for text in ("Insurgents carried out 14 attacks in South Kordofan state, killing 30 people, police said.",
                 "Gunmen have carried out three attacks in Dilling.",
                 "The militia, which carried out three attacks in Dilling, denied the charge."):
        assert eventwatch.extract(HEAD + text, published="2023-09-08")["events"] == [], text


def test_a_toll_over_the_past_hours_in_a_province_is_a_statistic_unless_one_act_is_told():
    text = "Bandits killed 37 villagers in Sokoto state over the past 48 hours, officials said."
    out = eventwatch.extract(HEAD + text, published="2023-09-08")
    assert out["events"] == []
    assert [(a["subject"], a["quantity"]["low"], a["period"]) for a in out["aggregates"]] == [
        ("villagers killed", 37, "2023-09-06")]
    out = eventwatch.extract(HEAD + "Gunmen killed 21 people in an attack on a market in Sokoto state in the past "
                             "24 hours, officials said.", published="2023-09-08")
    assert [(e["sub_event_type"], e["fatalities"]) for e in out["events"]] == [("Attack", 21)]
    assert out["aggregates"] == []


def test_a_days_counted_explosions_in_a_town_went_off():
    # the plural is a detonation as the singular is ("explosions rocked", like "an explosion rocked")
    out = eventwatch.extract(HEAD + "Police said four explosions rocked Gusau on Monday.", published="2023-09-08")
    assert [(e["sub_event_type"], e["location"], e["event_date"]) for e in out["events"]] == [
        ("Remote explosive/landmine/IED", "Gusau", "2023-09-04")]
    assert out["aggregates"] == []


@pytest.mark.parametrize("report, dead", [
    ("At least 14 people have been killed in Dilling, police said.", 14),
    ("Gunmen have killed 14 people in Dilling, police said.", 14),
    ("Gunmen have killed 14 people in an attack on a market in Dilling, police said.", 14),
    ("Bandits have abducted 23 villagers in Dilling, police said.", None),
])
def test_a_towns_toll_told_in_the_perfect_with_no_day_is_the_days_incident(report, dead):
    # news tells the day's incident this way: one event in the town, dated by the report, and no claim beside it
    out = eventwatch.extract(HEAD + report, published="2022-03-09")
    assert [(e["location"], e["fatalities"], e["event_date"], e["date_text"]) for e in out["events"]] == [
        ("Dilling", dead, "2022-03-09", "publication date")], report
    assert out["claims"] == [] and out["aggregates"] == [], report


@pytest.mark.parametrize("running_toll", [
    "Gunmen have killed 40 people in Dilling in recent months, police said.",
    "Gunmen have so far killed 40 people in Dilling, police said.",
    "Rebels have killed 40 people in Dilling over the years, police said.",
    "At least 300 people have been killed in South Kordofan, police said.",
])
def test_a_perfect_toll_over_a_stretch_or_a_province_stays_no_event(running_toll):
    assert _events(running_toll, published="2022-03-09") == [], running_toll


@pytest.mark.parametrize("report", [
    "Gunmen have killed 37 people in Dilling since February, police said.",
    "Gunmen have killed 37 people in Dilling since February.",
    "Gunmen have killed 37 people in Dilling so far this year.",
    "Gunmen killed 37 people in Dilling in the past week, police said.",
    "Gunmen killed 37 people in Dilling over the past month.",
    "At least 37 people were killed in Dilling in the past week, police said.",
    "Bandits have abducted 37 villagers in Dilling since February, police said.",
])
def test_a_towns_toll_over_a_stretch_is_one_statistic_and_no_incident(report):
    # a toll so far in a town is a tally (claims.period_toll, the rule both read): it was also an event dated to
    # the stretch's first day, or a week back, beside the claim, so an analyst counted the dead twice
    out = eventwatch.extract(HEAD + report, published="2022-03-09")
    assert out["events"] == [], report
    records = out["aggregates"] + out["claims"]
    assert [r["quantity"]["low"] for r in records] == [37], report


@pytest.mark.parametrize("tally, subject", [
    ("Police arrested 64 suspected militants in Kirkuk province over the past 48 hours, a spokesman said.",
     "militants arrested"),
    ("Police arrested 64 suspected militants in the province over the past 48 hours, a spokesman said.",
     "militants arrested"),
    ("Troops arrested 830 people across the country in 2020, a rights group said.", "people arrested"),
    ("Police detained 52 people in Hawija in the past week, a spokesman said.", "people detained"),
    ("Security forces have detained 175 people since January.", "people detained"),
])
def test_arrests_tallied_over_a_stretch_are_a_statistic_as_killings_are(tally, subject):
    # the one rule (claims.period_toll) reads arrests and detentions as it reads killings: the stretch's arrests
    # are many raids, no one arrest dated to the report or the stretch's first day
    out = eventwatch.extract(HEAD + tally, published="2022-03-09")
    assert out["events"] == [], tally
    assert [(r["subject"], r["quantity"]["low"] in {64, 830, 52, 175}) for r in out["aggregates"] + out["claims"]] == [
        (subject, True)], tally


@pytest.mark.parametrize("raid, place, day", [
    ("Police arrested 27 suspects in a raid on a farmhouse in Tuz Khurmatu on Sunday, a spokesman said.",
     "Tuz Khurmatu", "2022-03-06"),
    ("Police arrested 27 suspected militants in a raid in Kirkuk province over the past 24 hours.",
     "Kirkuk", "2022-03-09"),
])
def test_one_raids_arrests_stay_one_event(raid, place, day):
    out = eventwatch.extract(HEAD + raid, published="2022-03-09")
    found = [(e["sub_event_type"], e["location"], e["event_date"]) for e in out["events"]]
    assert found == [("Arrests", place, day)], raid
    assert out["aggregates"] == [], raid


def test_a_towns_toll_over_a_stretch_is_the_speakers_claim_or_the_periods_tally():
    # attributed and in the perfect, a running toll its source claims; else an aggregate dated by the stretch
    out = eventwatch.extract(HEAD + "Gunmen have killed 37 people in Dilling since February, police said.",
                             published="2022-03-09")
    assert [(c["subject"], c["speaker"]["span"]["text"]) for c in out["claims"]] == [("people killed", "police")]
    assert out["aggregates"] == []
    out = eventwatch.extract(HEAD + "Gunmen killed 37 people in Dilling in the past week, police said.",
                             published="2022-03-09")
    assert [(a["subject"], a["period"], a["speaker"]["span"]["text"]) for a in out["aggregates"]] == [
        ("people killed", "2022-02-28", "police")]
    assert out["claims"] == []


def test_a_towns_toll_at_one_site_or_on_a_named_date_stays_an_incident():
    # one act or one named month: an incident's toll, though a stretch may be named
    for report, date in (("Gunmen killed 11 people in an attack on a market in Dilling in the past week, police said.",
                          "2022-02-28"),
                         ("Gunmen killed 11 people in Dilling last month, police said.", "2022-02-01")):
        out = eventwatch.extract(HEAD + report, published="2022-03-09")
        assert [(e["location"], e["fatalities"], e["event_date"]) for e in out["events"]] == [
            ("Dilling", 11, date)], report
        assert out["claims"] == [] and out["aggregates"] == [], report


@pytest.mark.parametrize("text,arrester,arrested,day,town", [
    ("Police arrested 45 suspects in Baqubah on Monday, a spokesman said.",
     "Police Forces of Iraq", 45, "2023-09-04", "Baqubah"),
    ("Security forces detained 12 people in Samarra on Friday, the army said.",
     "Military Forces of Iraq", 12, "2023-09-08", "Samarra"),
    ("Twenty men were arrested in Baqubah on Monday, a spokesman said.", None, 20, "2023-09-04", "Baqubah"),
])
def test_a_days_round_up_in_a_town_is_one_arrests_event(text, arrester, arrested, day, town):
    # no raid, no armed group named: a sweep of many at once on a day in a town is an incident, as a killing is
    events = _events(text)
    assert [(e["sub_event_type"], e["actor1"], e["arrested"], e["event_date"], e["location"]) for e in events] == [
        ("Arrests", arrester, arrested, day, town)]


def test_a_provinces_arrests_since_january_stay_a_statistic_and_two_men_held_stay_police_work():
    assert _events("Police have arrested 340 suspects in the province since January, the governor said.") == []
    assert _events("Police arrested two men in Leeds on Monday, a spokesman said.") == []
    assert _events("Police arrested 30 men for drug dealing in Leeds on Monday.") == []


@pytest.mark.parametrize("text", [
    "Police arrested a man aged 30 in Leeds on Monday, a spokesman said.",
    "Police in Leeds arrested a teacher, 45, on Monday, a spokesman said.",
    "Police arrested two men and 30 others were questioned in Leeds on Monday, a spokesman said.",
])
def test_a_number_near_an_arrest_that_is_not_its_count_makes_no_sweep(text):
    # only the count right after the verb ("arrested at least 30") is the number held
    assert _events(text) == []
