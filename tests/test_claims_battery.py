"""A battery of invented news sentences for claims: who said it, what is claimed, the quantity and
its unit, the "as of" date, and the evidence for each value.

Following the design (DESIGN.md, extract/claims.py): a *claim* is an attributed figure about a
group, its means or the people a conflict uproots; a count of incidents (or of victims) over a
month or a year is an *aggregate* with its period; a figure nobody is said to state, a date, an
address, a score and an event's own toll are neither. A period's start ("since January") is no
"as of" date: the figure is as of the day it was published.
"""

from __future__ import annotations

import pytest

import eventwatch

PUBLISHED = "2021-03-10"  # a Wednesday


def _run(text: str) -> dict:
    return eventwatch.extract(text, published=PUBLISHED)


def _check_evidence(text: str, record: dict) -> None:
    """Every span lies on the words it names; the quantity's and speaker's evidence are theirs."""
    for key, span in record["evidence"].items():
        if span.get("start") is not None:
            assert text[span["start"] : span["end"]] == span["text"], key
    assert record["evidence"]["quantity"]["text"] == record["quantity"]["text"]
    assert "subject" in record["evidence"]
    if record["speaker"] is not None:
        assert record["evidence"]["speaker"] == record["speaker"]["span"]


def _check(text: str, expect: dict) -> None:
    out = _run(text)
    kind = expect.get("kind", "claims")
    records = out[kind]
    if "n" in expect:
        assert len(records) == expect["n"], [r["subject"] for r in records]
    low = expect.get("low")
    record = next((r for r in records if low is None or r["quantity"]["low"] == low), None)
    assert record is not None, [(r["subject"], r["quantity"]) for r in records]
    _check_evidence(text, record)
    q = record["quantity"]
    if "high" in expect:
        assert q["high"] == expect["high"]
    if "qualifier" in expect:
        assert q.get("qualifier") in expect["qualifier"]
    if "unit" in expect:
        assert q.get("unit") == expect["unit"]
    if "subject" in expect:
        assert record["subject"] == expect["subject"]
    for part in expect.get("subject_has", ()):
        assert part in record["subject"], record["subject"]
    if "group_words" in expect:
        assert record["evidence"]["subject.group"]["text"] == expect["group_words"]
    if "speaker" in expect:
        if expect["speaker"] is None:
            assert record["speaker"] is None
        else:
            assert record["speaker"] is not None, "no speaker"
            for field, value in expect["speaker"].items():
                if field == "span":
                    assert record["speaker"]["span"]["text"] == value
                else:
                    assert record["speaker"][field] == value, (field, record["speaker"])
    if "as_of" in expect:
        assert (record["as_of"], record["as_of_precision"]) == expect["as_of"]
    if "period" in expect:
        assert (record["period"], record["period_precision"]) == expect["period"]
    if "region" in expect:
        assert record["region"] == expect["region"]
    for key, words in expect.get("evidence", {}).items():
        assert record["evidence"][key]["text"] == words, key


AS_PUBLISHED = (PUBLISHED, "day")

CASES = [
    # --- strength estimates ---------------------------------------------------------------
    ("wire_range_told_reuters",
     "Al-Shabaab has between 5,000 and 7,000 fighters in southern Somalia, a senior Somali intelligence official "
     "told Reuters.",
     dict(n=1, low=5000, high=7000, subject_has=("Al-Shabaab", "fighters"), group_words="Al-Shabaab",
          speaker={"span": "a senior Somali intelligence official", "name": None}, as_of=AS_PUBLISHED)),
    ("number_verb_according_to_named_colonel",
     "Boko Haram fighters number about 3,500, according to Colonel Musa Danladi, a spokesman for the regional "
     "task force.",
     dict(n=1, low=3500, qualifier={"about"}, subject_has=("Boko Haram", "fighters"),
          speaker={"name": "Musa Danladi"})),
    ("more_than_two_countries_report_estimated",
     "The Islamic State still has more than 10,000 fighters in Iraq and Syria, the report estimated.",
     dict(n=1, low=10000, qualifier={"more than"}, subject_has=("Islamic State", "fighters", "Iraq", "Syria"),
          speaker={"span": "the report"}, evidence={"subject.where": "Iraq and Syria"})),
    ("nearly_anonymous_officials",
     "Nearly 1,200 Houthi fighters remain in the port city, two coalition officials said on condition of anonymity.",
     dict(n=1, low=1200, qualifier={"about", "nearly"}, subject_has=("Houthis", "fighters"),
          speaker={"span": "two coalition officials"})),
    ("fewer_than_western_diplomat",
     "Officials believe ISWAP now has fewer than 800 members, a Western diplomat said, speaking on condition of "
     "anonymity.",
     dict(n=1, low=800, qualifier={"less than", "fewer than"}, subject_has=("ISWAP", "members"))),
    ("think_tank_report_found",
     "A report by the Centre for Strategic Risk found that Boko Haram fields some 4,000 fighters.",
     dict(n=1, low=4000, subject_has=("Boko Haram", "fighters"),
          speaker={"span": "A report by the Centre for Strategic Risk"})),
    ("local_press_councillor_told_paper",
     "Councillor Amina Okafor told the Evening Standard the gang had up to 60 members.",
     dict(n=1, low=60, high=60, qualifier={"up to"}, subject="members", speaker={"name": "Amina Okafor"})),
    ("police_estimate_that",
     "Police estimate that 150 gang members operate in the eastern suburbs.",
     dict(n=1, low=150, subject="members", speaker={"span": "Police"})),
    ("men_under_arms_residents",
     "The rebels have about 2,000 men under arms, residents said.",
     dict(n=1, low=2000, subject_has=("men under arms",), speaker={"span": "residents"})),
    ("pronoun_resolves_to_named_general",
     "General Ahmed Farouk commands the northern front. He said the insurgents number no more than 900.",
     dict(n=1, low=900, qualifier={"no more than"}, subject="insurgents", speaker={"name": "Ahmed Farouk"})),
    ("quote_continues_after_inverted_said",
     '"They are on the run," said Colonel Hassan Idris. "They have fewer than 300 fighters left."',
     dict(n=1, low=300, subject="fighters", speaker={"name": "Hassan Idris"})),
    ("inverted_said_after_quote",
     '"We believe there are about 600 fighters in the forest," said Major Ibrahim Sani.',
     dict(n=1, low=600, subject="fighters", speaker={"name": "Ibrahim Sani", "role": "Major"})),
    ("anonymous_officer_relative_clause",
     "A senior army officer, who asked not to be named, said the militants had some 450 fighters in the hills.",
     dict(n=1, low=450, subject="fighters", speaker={"span": "A senior army officer", "name": None})),
    ("researcher_with_institution",
     "Mohammed Yusuf, a researcher at the Institute for Security Studies, said ISWAP has 5,000 fighters.",
     dict(n=1, low=5000, subject_has=("ISWAP", "fighters"),
          speaker={"name": "Mohammed Yusuf", "role": "a researcher at the Institute for Security Studies"})),
    ("army_puts_number_at_range",
     "The army puts the number of militants at 3,000 to 4,000.",
     dict(n=1, low=3000, high=4000, subject="militants", speaker={"span": "The army"})),
    ("security_sources_hiding",
     "Security sources said about 200 militants were hiding in the forest near Dakoro.",
     dict(n=1, low=200, subject="militants", speaker={"span": "Security sources"})),
    ("detainees_remain",
     "Around 3,000 detainees remain in the prison, the justice ministry said.",
     dict(n=1, low=3000, subject="detainees", speaker={"span": "the justice ministry"})),
    ("hostages_still_held",
     "Al-Shabaab is still holding at least 110 hostages, the families' association said.",
     dict(n=1, low=110, qualifier={"at least"}, subject_has=("hostages",))),
    ("child_soldiers_since_year",
     "According to local officials, the militia has recruited nearly 900 child soldiers since 2019.",
     dict(n=1, low=900, subject="soldiers", speaker={"span": "local officials"}, as_of=AS_PUBLISHED)),
    ("two_groups_two_clauses",
     "Officials said Al-Shabaab has 7,000 fighters and ISWAP has 3,000 fighters.",
     dict(n=2, low=3000, subject_has=("ISWAP", "fighters"), group_words="ISWAP")),
    ("strength_and_money_one_sentence",
     "Officials said Al-Shabaab has 7,000 fighters and earns $100 million a year from taxes.",
     dict(n=2, low=1e8, unit="USD", speaker={"span": "Officials"})),
    ("group_claims_then_analysts",
     "The group claims to have 20,000 members, but analysts put the figure at closer to 5,000.",
     dict(n=2, low=5000, subject="members", speaker={"span": "analysts"})),
    ("group_claims_then_analysts_stressed",  # (any verb of saying opens the clause: claims.CLAUSE_SOURCE)
     "The militia claims to have 12,000 fighters, but analysts stressed the real number is nearer 4,000.",
     dict(n=2, low=4000, speaker={"span": "analysts"})),
    ("passive_told_by_official",
     "Al-Shabaab has about 9,000 fighters, the Associated Press was told by a senior Somali official.",
     dict(n=1, low=9000, subject_has=("Al-Shabaab", "fighters"), speaker={"span": "a senior Somali official"})),
    ("officials_told_ap_that",
     "Officials told The Associated Press that ISWAP has about 3,000 fighters.",
     dict(n=1, low=3000, qualifier={"about"}, subject_has=("ISWAP",), speaker={"span": "Officials"})),
    ("an_estimated_said_colonel_at_end",
     "The group has an estimated 1,500 fighters in the province, said Colonel Yusuf Bello.",
     dict(n=1, low=1500, subject="fighters", speaker={"name": "Yusuf Bello", "role": "Colonel"})),
    ("share_of_territory_percent",
     "The group controls about 40 percent of the district, officials said.",
     dict(n=1, low=40, speaker={"span": "officials"})),
    ("second_clause_own_source",
     "Police said Al-Shabaab has 500 fighters, while the army says it has 9,000 troops.",
     dict(n=2, low=9000, subject="troops", speaker={"span": "the army"})),
    ("initials_in_source",
     "Some 2,000 Islamic State fighters are still active in Iraq, according to a U.S. military estimate.",
     dict(n=1, low=2000, subject_has=("Islamic State", "Iraq"), speaker={"span": "a U.S. military estimate"})),
    ("anonymous_official_relative_then_told",
     "The Taliban control roughly 60,000 fighters, a senior Afghan official, who declined to be identified, told AFP "
     "on Friday.",
     dict(n=1, low=60000, subject_has=("Taliban", "fighters"), speaker={"span": "a senior Afghan official"},
          as_of=("2021-03-05", "day"))),
    ("its_leader_claimed",
     "Hezbollah has 100,000 fighters, its leader claimed in a televised speech.",
     dict(n=1, low=100000, subject_has=("Hezbollah", "fighters"), speaker={"span": "its leader"})),
    # --- money ---------------------------------------------------------------------------
    ("cash_reserves_range_un_team",
     "The group holds cash reserves of $50 million to $100 million, the UN monitoring team said in a report.",
     dict(n=1, low=5e7, high=1e8, unit="USD", subject_has=("cash reserves",),
          speaker={"span": "the UN monitoring team"})),
    ("naira_billion_last_year",
     "ISWAP earned an estimated 2.5 billion naira from ransoms last year, according to the think tank Sahel Watch.",
     dict(n=1, low=2.5e9, unit="NGN", subject_has=("ISWAP",), as_of=("2020-01-01", "year"),
          evidence={"as_of": "last year"})),
    ("euros_laundered_investigators",
     "Investigators estimate that the network laundered €40 million through shell companies.",
     dict(n=1, low=4e7, unit="EUR", speaker={"span": "Investigators"})),
    ("revenue_billion_treasury",
     "The group's annual revenue is estimated at $1.2 billion, according to the Treasury.",
     dict(n=1, low=1.2e9, unit="USD", subject_has=("revenue",), speaker={"span": "the Treasury"})),
    ("shillings_in_2020",
     "The kidnappers collected 45 million shillings in ransoms in 2020, police said.",
     dict(n=1, low=4.5e7, as_of=("2020-01-01", "year"), speaker={"span": "police"})),
    ("income_range_institute_estimates",
     "The institute estimates the group's income at between $20 million and $30 million a year.",
     dict(n=1, low=2e7, high=3e7, subject_has=("income",), speaker={"span": "The institute"})),
    ("last_year_cartel_extortion",
     "Last year the cartel earned $300 million from extortion, prosecutors said.",
     dict(n=1, low=3e8, as_of=("2020-01-01", "year"), speaker={"span": "prosecutors"})),
    ("un_panel_estimated_raised_in_year",
     "A UN panel of experts estimated that Al-Shabaab had raised $12 million in 2020.",
     dict(n=1, low=1.2e7, unit="USD", subject_has=("Al-Shabaab",), as_of=("2020-01-01", "year"),
          speaker={"span": "A UN panel of experts"})),
    ("collects_a_month_un_report",
     "Al-Shabaab collects around $15 million a month in taxes, according to a UN report released on Tuesday.",
     dict(n=1, low=1.5e7, qualifier={"about"}, unit="USD", subject_has=("Al-Shabaab",),
          speaker={"span": "a UN report released on Tuesday"})),
    ("congolese_francs",
     "The militia collects about 2 billion Congolese francs a month at illegal checkpoints, a UN report said.",
     dict(n=1, low=2e9, speaker={"span": "a UN report"})),
    # --- as-of dates ---------------------------------------------------------------------
    ("year_of_figure_army_estimates",
     "The militia had 12,000 fighters in 2019, according to army estimates.",
     dict(n=1, low=12000, as_of=("2019-01-01", "year"), evidence={"as_of": "in 2019"})),
    ("day_said_on",
     "On 3 February, the ministry said the group had 450 fighters.",
     dict(n=1, low=450, as_of=("2021-02-03", "day"), speaker={"span": "the ministry"})),
    ("told_afp_this_year",
     "About 700 foreign fighters have joined the group this year, a regional security source told AFP.",
     dict(n=1, low=700, subject_has=("foreign fighters",), speaker={"span": "a regional security source"})),
    # --- the uprooted and campaign tolls -------------------------------------------------
    ("displaced_since_january_unhcr",
     "More than 250,000 people have been displaced in the province since January, the UN refugee agency said.",
     dict(n=1, low=250000, qualifier={"more than"}, subject="displaced people", as_of=AS_PUBLISHED,
          speaker={"span": "the UN refugee agency"})),
    ("fighting_displaced_iom",
     "The fighting has displaced nearly 40,000 people, the International Organization for Migration said.",
     dict(n=1, low=40000, subject="displaced people",
          speaker={"organisation": "the International Organization for Migration"})),
    ("refugees_crossed_into",
     "Roughly 85,000 refugees have crossed into Chad since April, UNHCR said.",
     dict(n=1, low=85000, subject_has=("refugees",), speaker={"organisation": "UNHCR"}, as_of=AS_PUBLISHED)),
    ("insurgency_killed_since_tally",
     "The insurgency has killed more than 6,000 civilians since 2017, according to a tally by the Armed Conflict "
     "Monitor.",
     dict(n=1, low=6000, subject="civilians killed", speaker={"span": "a tally by the Armed Conflict Monitor"},
          as_of=AS_PUBLISHED)),
    ("observatory_fighters_killed_since",
     "According to the Syrian Observatory for Human Rights, more than 500 pro-government fighters have been killed "
     "since the start of the year.",
     dict(n=1, low=500, subject_has=("killed",), speaker={"span": "the Syrian Observatory for Human Rights"})),
    ("abducted_since_year_amnesty",
     "Boko Haram has abducted more than 1,500 children since 2013, Amnesty International said.",
     dict(n=1, low=1500, qualifier={"more than"}, subject="children abducted", as_of=AS_PUBLISHED,
          speaker={"organisation": "Amnesty International", "name": None})),
    # --- incident statistics (aggregates) ------------------------------------------------
    ("attacks_in_year_ministry",
     "Security forces recorded 412 attacks in the region in 2020, the interior ministry said.",
     dict(kind="aggregates", n=1, low=412, subject="attacks", period=("2020-01-01", "year"),
          speaker={"span": "the interior ministry"})),
    ("kidnappings_last_month",
     "Police said there were 96 kidnappings in the state last month.",
     dict(kind="aggregates", n=1, low=96, subject="kidnappings", period=("2021-02-01", "month"),
          speaker={"span": "Police"})),
    ("civilians_killed_in_year_un",
     "At least 1,300 civilians were killed in 2020, the UN mission said in a statement.",
     dict(kind="aggregates", n=1, low=1300, subject="civilians killed", period=("2020-01-01", "year"),
          speaker={"span": "the UN mission"})),
    ("incidents_of_in_month",
     "Officials recorded 57 incidents of cattle raiding in January, the county commissioner said.",
     dict(kind="aggregates", n=1, low=57, subject_has=("incidents",), period=("2021-01-01", "month"))),
    ("number_of_kidnappings_police_data",
     "The number of kidnappings reached 230 in 2020, according to police data.",
     dict(kind="aggregates", n=1, low=230, subject="kidnappings", period=("2020-01-01", "year"),
          speaker={"span": "police data"})),
    ("airstrikes_last_year_monitor",
     "The army carried out 300 airstrikes last year, the monitoring group said.",
     dict(kind="aggregates", n=1, low=300, subject="airstrikes", period=("2020-01-01", "year"),
          speaker={"span": "the monitoring group"})),
    ("children_recruited_in_year_unicef",
     "In a statement, UNICEF said 1,200 children had been recruited by armed groups in 2020.",
     dict(kind="aggregates", n=1, low=1200, subject="children recruited", period=("2020-01-01", "year"),
          speaker={"organisation": "UNICEF"})),
    ("region_named",
     "Officials said there were 75 kidnappings in Kaduna state in January.",
     dict(kind="aggregates", n=1, low=75, region="Kaduna", period=("2021-01-01", "month"))),
    ("killed_over_past_hours_officials",
     "Bandits killed 52 villagers in Katsina state over the past 48 hours, state officials said.",
     dict(kind="aggregates", n=1, low=52, subject="villagers killed", period=("2021-03-08", "day"),
          speaker={"span": "state officials"})),
    ("arrests_since_january_ministry",
     "The Interior Ministry said 1,400 suspected militants had been arrested since January.",
     dict(kind="aggregates", n=1, low=1400, subject_has=("arrested",), speaker={"span": "The Interior Ministry"})),
    # arrests and detentions tallied over a stretch or a year, told in the active, are counted as killings are
    ("arrests_over_past_hours_in_a_province",
     "Police arrested 64 suspected militants in Kirkuk province over the past 48 hours, a spokesman said.",
     dict(kind="aggregates", n=1, low=64, subject="militants arrested", period=("2021-03-08", "day"),
          speaker={"span": "a spokesman"})),
    ("arrests_across_the_country_in_a_year",
     "Troops arrested 830 people across the country in 2020, a rights group said.",
     dict(kind="aggregates", n=1, low=830, subject="people arrested", period=("2020-01-01", "year"),
          speaker={"span": "a rights group"})),
    ("detentions_so_far_claimed",
     "Security forces have detained 175 people since January, the interior ministry said.",
     dict(n=1, low=175, subject="people detained", as_of=AS_PUBLISHED, speaker={"span": "the interior ministry"})),
    # a province's running count of arrests in the perfect: those arrested, no strength of "suspects"
    ("arrests_so_far_in_a_province_claimed",
     "Security forces have arrested 340 suspects in Kirkuk province, the governor said.",
     dict(n=1, low=340, subject="suspects arrested", as_of=AS_PUBLISHED, speaker={"span": "the governor"})),
    ("arrests_in_the_province_since_january_claimed",
     "Police have arrested 340 suspects in the province since January, the governor said.",
     dict(n=1, low=340, subject="suspects arrested", as_of=AS_PUBLISHED, speaker={"span": "the governor"})),
]

# (a figure that is no claim: dates, addresses, scores, ages, an event's own toll, a figure no one states)
NEGATIVES = [
    ("a_date", "The ministry said the offensive began on 12 March 2020."),
    ("an_address", "Police said the suspect lived at 221 Baker Road in the town."),
    ("a_score", "The home side won 3-1 on Saturday, the coach said."),
    ("an_event_toll", "Gunmen killed 14 villagers in an attack on Kasa village on Sunday, police said."),
    ("an_event_toll_participle", "Fighters stormed the base on Monday, killing 23 soldiers, the army said."),
    ("no_speaker", "The group has about 2,000 fighters in the mountains."),
    ("no_speaker_money", "The militia earned $5 million from ransoms last year."),
    ("an_age", "Police said the 45-year-old suspect was arrested at his home."),
    ("a_price", "Tickets cost $25 each, organisers said."),
    ("a_question", "Could the group really have 10,000 fighters, as officials say?"),
    ("a_founding_year", "The group was founded in 2002, analysts said."),
    ("a_crowd", "The match drew 40,000 fans, the club said."),
    ("an_arrest_event", "Police arrested 12 suspects in a raid on Tuesday, a spokesman said."),
    ("an_arrest_raid_at_a_house",
     "Police arrested 27 suspects in a raid on a farmhouse in Tuz Khurmatu on Sunday, a spokesman said."),
    ("counted_attacks_with_their_toll", "Gunmen carried out six attacks in Funtua, killing nine people, police said."),
    # a day's round-up in a town, no raid named: one incident (an Arrests event), no strength of "suspects"
    ("a_days_arrests_in_a_town", "Police arrested 45 suspects in Baqubah on Monday, a spokesman said."),
    ("a_days_detentions_in_a_town", "Security forces detained 12 people in Samarra on Friday, the army said."),
    # (a few held, no event for the policy on police work, are still those held, never a strength of "suspects")
    ("a_few_suspects_arrested_in_a_town", "Police arrested four suspects in Baqubah on Monday, a spokesman said."),
    ("suspects_rounded_up_in_a_town", "Police rounded up seven suspects in Baqubah on Monday, a spokesman said."),
    ("suspects_detained_in_a_city", "Police detained five suspects in Tulsa on Monday, a spokesman said."),
]

STRICT_XFAIL: dict[str, str] = {
}


@pytest.mark.parametrize("text,expect", [
    pytest.param(text, expect, id=name,
                 marks=[pytest.mark.xfail(strict=True, reason=STRICT_XFAIL[name])] if name in STRICT_XFAIL else [])
    for name, text, expect in CASES
])
def test_claim_battery(text: str, expect: dict) -> None:
    _check(text, expect)


@pytest.mark.parametrize("text", [
    pytest.param(text, id=name,
                 marks=[pytest.mark.xfail(strict=True, reason=STRICT_XFAIL[name])] if name in STRICT_XFAIL else [])
    for name, text in NEGATIVES
])
def test_no_claim_battery(text: str) -> None:
    out = _run(text)
    assert out["claims"] == [] and out["aggregates"] == [], [
        (r["subject"], r["quantity"]["text"]) for r in out["claims"] + out["aggregates"]]
