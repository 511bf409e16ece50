"""The five sample articles must come out right: incidents, aggregates and claims, with evidence."""

from __future__ import annotations

from eventwatch.records import EVENT_FIELDS


def _event(x, sub_type):
    matches = [e for e in x.events if e.sub_event_type == sub_type]
    assert len(matches) == 1, [(e.sub_event_type, e.sentence.text[:60]) for e in x.events]
    return matches[0]


def test_truffle_hunters_kidnapping(samples):
    e = _event(samples["003"], "Abduction/forced disappearance")
    assert e.event_type == "Violence against civilians"
    assert e.gtd_attack_type == "Hostage Taking (Kidnapping)"
    assert (e.event_date, e.date_precision) == ("2019-02-17", "day")
    assert (e.admin1_code, e.kidnapped, e.inter2) == ("IQ-AN", 12, 7)
    assert e.actor1 == "Islamic State (IS)"
    assert e.evidence["kidnapped"].text == "12"
    assert e.evidence["event_date"].text == "On Sunday"


def test_shirqat_police_killing_and_tal_al_asfour_killing(samples):
    x = samples["003"]
    shirqat = _event(x, "Armed clash")
    assert shirqat.fatalities == 4 and shirqat.evidence["fatalities"].text == "all four"
    assert shirqat.admin1_code == "IQ-SD" and shirqat.location and "Shirqat" in shirqat.location
    assert (shirqat.actor1, shirqat.inter2) == ("Islamic State (IS)", 1)
    assert shirqat.event_date == "2019-01-01" and shirqat.date_precision == "month"
    badush = _event(x, "Attack")
    assert badush.fatalities == 3  # "him and his two brothers"
    assert badush.admin1_code == "IQ-NI" and badush.inter2 == 7
    assert (badush.location, badush.geo_precision) == ("Tal al-Asfour", 2)  # the village, at Badush's coordinates
    assert badush.date_precision == "month" and badush.event_date == "2019-01-01"


def test_generic_statements_are_not_events(samples):
    x = samples["003"]
    sentences = " ".join(e.sentence.text for e in x.events)
    assert "stage a comeback" not in sentences
    assert "have killed mukhtars" not in sentences
    assert "nine ISIS attacks" not in sentences
    assert len(x.events) == 3


def test_june_17_kidnapping_and_bodies_ten_days_later(samples):
    x = samples["004"]
    kidnap = _event(x, "Abduction/forced disappearance")
    assert (kidnap.event_date, kidnap.kidnapped) == ("2018-06-17", 3)
    assert kidnap.actor1 == "Islamic State (IS)"  # "militants disguised as policemen" are not police
    assert {"disguise", "fake checkpoint"} <= set(kidnap.tactics)  # "disguised as policemen at a checkpoint"
    bodies = _event(x, "Attack")
    assert bodies.event_date == "2018-06-27" and bodies.fatalities == 3
    assert bodies.evidence["event_date"].text == "Ten days later"
    assert bodies.gtd_attack_type == "Hostage Taking (Kidnapping)"  # the explosives never went off
    assert bodies.target_type is not None and bodies.target_type == kidnap.target_type  # the same men
    assert len(x.events) == 2


def test_undated_articles_never_guess_a_year(samples):
    cache = next(e for e in samples["001"].events if e.date_text == "March 5th")
    assert cache.event_date is None and cache.date_precision == "unknown-year"
    assert cache.date_text == "March 5th" and cache.admin1_code == "IQ-AN"
    assert cache.geo_precision == 2 and cache.evidence["geo_precision"].text == "al-Karabila district"
    assert cache.actor2 == "Islamic State (IS)" and cache.inter1 == 1
    operation = _event(samples["002"], "Armed clash")
    assert operation.fatalities == 22 and operation.admin1_code == "IQ-AN"
    assert operation.gtd_attack_type is None  # a military operation is no terrorist attack
    assert operation.date_precision == "unknown-year"


def test_raid_told_as_a_recent_discovery(samples):
    # "the recent discovery of motorbikes and dug-in hideouts by Iraqi army ... forces during a
    # raid on Wadi Hauran": a noun phrase, but a past, placed incident
    found = [e for e in samples["001"].events if e.location == "Wadi Hauran"]
    assert len(found) == 1
    raid = found[0]
    assert raid.sub_event_type == "Disrupted weapons use" and raid.actor1 == "Military Forces of Iraq"
    assert raid.admin1_code == "IQ-AN" and raid.event_date is None
    assert "discovery of" in raid.evidence["sub_event_type"].text
    # "Their presence ... hideouts": the ISIS elements the sentence before says hide there
    assert raid.actor2 == "Islamic State (IS)" and raid.evidence["actor2"].text == "ISIS"
    assert len(samples["001"].events) == 2


def test_aggregates_with_periods(samples):
    aggs = {(a.quantity.low, a.period) for a in samples["004"].aggregates}
    assert {(83, "2018-06-01"), (30, "2018-05-01"), (7, "2018-03-01")} <= aggs
    last_month = next(a for a in samples["004"].aggregates if a.quantity.low == 83)
    assert last_month.region == "Kirkuk, Diyala and Salahuddin"  # "in the three provinces"
    # the paragraph's closing "according to" is the source of its whole series
    assert {a.speaker.name for a in samples["004"].aggregates if a.speaker} == {"Hisham al-Hashimi"}
    assert all(a.speaker for a in samples["004"].aggregates)
    crossed = [c for c in samples["003"].claims if c.quantity.low == 1000]
    assert crossed and crossed[0].subject == "Islamic State (IS) extremists who crossed the border"
    nine = [a for a in samples["003"].aggregates if a.quantity.low == 9]
    assert nine and nine[0].period == "2019-01-01" and nine[0].period_precision == "month"


def test_claims_with_speakers(samples):
    claims = {(c.subject, c.quantity.low, c.quantity.high): c for c in samples["002"].claims}
    general = claims[("Islamic State (IS) fighters in Iraq", 400, 500)]
    assert general.quantity.qualifier == "does not exceed"
    # "General Mohamadawi" is the "Iraqi General Qais al-Mohamadawi" named earlier, with his title
    assert general.speaker and general.speaker.name == "Qais al-Mohamadawi"
    assert general.speaker.role and general.speaker.role.startswith("deputy commander of the Iraqi operations unit")
    reserves = claims[("Islamic State (IS) cash reserves", 25e6, 50e6)]
    assert reserves.quantity.unit == "USD"
    assert ("Islamic State (IS) members in Iraq and Syria", 5000, 7000) in claims
    money = [c for c in samples["000"].claims if c.quantity.unit == "USD" and c.quantity.qualifier == "up to"]
    assert money and money[0].quantity.low == 500000 and money[0].speaker.name == "Jabbar al-Maamouri"
    cells = [c for c in samples["004"].claims if c.subject.endswith("per cell")]
    assert cells and (cells[0].quantity.low, cells[0].quantity.high) == (3, 5)
    assert cells[0].speaker.name == "Muzher al-Azawi"
    in_province = [c for c in samples["004"].claims if c.quantity.low == 75]
    assert in_province and in_province[0].subject == "Islamic State (IS) militants in Diyala"  # "in the province"


def test_every_filled_field_has_evidence(samples):
    for x in samples.values():
        for e in x.events:
            data = e.to_dict()
            for name in EVENT_FIELDS:
                if name == "confidence" or data[name] in (None, []):
                    continue
                assert name in e.evidence or name == "tactics", (x.id, name)
                span = e.evidence.get(name)
                if span is not None and span.source == "text":
                    assert span.text and x.text[span.start : span.end] == span.text
            for tactic in e.tactics:
                assert f"tactics.{tactic}" in e.evidence


def test_claims_in_detention_and_elliptic_figures(samples):
    subjects = {(c.subject, c.quantity.low) for c in samples["002"].claims}
    assert ("Islamic State (IS) fighters in detention", 2000) in subjects
    assert not any(c.quantity.low < 1 for c in samples["002"].claims)  # "half of whom are fighters" is a share
    desert = [c for c in samples["004"].claims if c.subject.endswith("in desert areas")]
    assert desert and desert[0].quantity.low == 500 and desert[0].speaker.name == "Hisham al-Hashimi"


def test_sinjar_executions_name_their_victims(samples):
    # "... mass graves of Yazidi civilians ... “IS executed them collectively ...”"
    e = _event(samples["000"], "Attack")
    assert (e.actor1, e.actor2, e.inter2) == ("Islamic State (IS)", "Civilians (Iraq)", 7)
    assert e.evidence["actor2"].text == "civilians" and e.admin1_code == "IQ-NI"


def test_claims_dated_by_their_year_and_cell_sizes(samples):
    revenue = next(c for c in samples["000"].claims if c.subject.endswith("money from kidnappings"))
    assert (revenue.as_of, revenue.as_of_precision) == ("2017-01-01", "year")
    assert revenue.evidence["as_of"].text == "in 2017"
    graves = [c for c in samples["000"].claims if c.quantity.low == 62]
    assert graves and graves[0].subject == "mass graves of Yazidi civilians"  # not the group's graves
    cells = [c for c in samples["002"].claims if c.subject.endswith("per cell in Syria")]
    assert cells and (cells[0].quantity.low, cells[0].quantity.high) == (15, 30)
    assert cells[0].speaker is not None and cells[0].speaker.organisation == "the report"


# Every claim of the samples, field by field: subject, low, high, qualifier, unit, the speaker's
# name or organisation or role, and the as-of date with its precision.
IS = "Islamic State (IS) "
SEED_CLAIMS = {
    "000": [
        (IS + "money from kidnappings", 500000, 500000, None, "USD", "officials", "2017-01-01", "year"),
        (IS + "money", 500000, 500000, "up to", "USD", "Jabbar al-Maamouri", "2017-01-01", "year"),
        ("mass graves of Yazidi civilians", 62, 62, "at least", None, "IraqiNews", None, "unknown"),
    ],
    "001": [],
    "002": [
        (IS + "fighters in Iraq", 500, 500, "up to", None, "A senior military official", None, "unknown"),
        (IS + "members in Iraq and Syria", 5000, 7000, None, None, "a report from the UN", None, "unknown"),
        (IS + "fighters in detention", 2000, 9999, "about", None, "Michael Kurilla", None, "unknown"),
        (IS + "fighters in Iraq", 200, 999, "about", None, "Qais al-Mohamadawi", None, "unknown"),
        (IS + "fighters in Iraq", 400, 500, "does not exceed", None, "Qais al-Mohamadawi", None, "unknown"),
        (IS + "members per cell in Syria", 15, 30, None, None, "the report", None, "unknown"),
        (IS + "cash reserves", 25e6, 50e6, None, "USD", "The report", None, "unknown"),
    ],
    "003": [
        (IS + "extremists who crossed the border", 1000, 1000, "more than", None, "intelligence officials",
         "2019-02-22", "day"),
        (IS + "members in Iraq", 5000, 7000, None, None, "intelligence official", "2019-02-22", "day"),
    ],
    "004": [
        (IS + "militants in Iraq", 1000, 1000, "more than", None, "Hisham al-Hashimi", "2018-07-25", "day"),
        (IS + "militants in desert areas", 500, 500, "about", None, "Hisham al-Hashimi", "2018-07-25", "day"),
        (IS + "fighters per cell", 3, 5, None, None, "Muzher al-Azawi", "2018-07-25", "day"),
        (IS + "militants in Diyala", 75, 75, "no more than", None, "Muzher al-Azawi", "2018-07-25", "day"),
    ],
}


def test_every_seed_claim_field_by_field(samples):
    for key, expected in SEED_CLAIMS.items():
        got = [(c.subject, c.quantity.low, c.quantity.high, c.quantity.qualifier, c.quantity.unit,
                c.speaker and (c.speaker.name or c.speaker.organisation or c.speaker.role), c.as_of, c.as_of_precision)
               for c in samples[key].claims]
        assert got == expected, key
        for c in samples[key].claims:  # every claim keeps the words of its figure, subject and speaker
            assert {"quantity", "subject", "speaker"} <= set(c.evidence), (key, c.subject)
