"""Claims: the attributed figures an article quotes, with their speaker and "as of" date."""

from __future__ import annotations

import eventwatch


def _claims(text: str, published: str | None = "2020-05-10") -> list[dict]:
    return eventwatch.extract(text, published=published)["claims"]


def test_a_year_in_the_figures_clause_is_its_as_of_date():
    [claim] = _claims("Police officials said the gang earned 300,000 dollars from ransoms in 2018 in the province.")
    assert (claim["as_of"], claim["as_of_precision"]) == ("2018-01-01", "year")
    assert claim["evidence"]["as_of"]["text"] == "in 2018"
    assert claim["subject"].endswith("ransoms")  # not "ransoms from ransoms"


def test_a_year_in_an_aside_is_background():
    [claim] = _claims("Officials said the militants, who seized the town in 2015, still have 800 fighters there.")
    assert claim["as_of"] == "2020-05-10"


def test_the_size_of_a_cell_is_a_claim_per_cell():
    [claim] = _claims("According to the report, the group operates cells in Syria that range in size "
                      "from 15 to 30 people.")
    assert claim["subject"].endswith("members per cell in Syria")
    assert (claim["quantity"]["low"], claim["quantity"]["high"]) == (15, 30)
    assert claim["speaker"]["organisation"] == "the report"


def test_the_province_is_the_one_named_before():
    [claim] = _claims("The Kirkuk police chief spoke on Monday. He said there were no more than 75 militants "
                      "in the province.")
    assert claim["subject"] == "militants in Kirkuk"
    assert claim["quantity"]["qualifier"] == "no more than"


def test_a_count_takes_the_source_of_the_series_it_opens():
    text = ("Last month saw at least 40 attacks in the two provinces. In April, the number of such attacks was 25, "
            "according to Karim Salim, an analyst.")
    counts = eventwatch.extract(text, published="2020-05-10")["aggregates"]
    assert [(a["quantity"]["low"], a["speaker"]["name"]) for a in counts] == [(40, "Karim Salim"), (25, "Karim Salim")]
    assert counts[0]["evidence"]["speaker"]["text"] == "Karim Salim, an analyst"


def test_graves_are_counted_as_the_victims_not_the_groups():
    [claim] = _claims("Police said IS fighters left 20 graves of Yazidi farmers, including children, near the town.")
    assert claim["subject"] == "graves of Yazidi farmers"


def test_the_speaker_after_the_figure_is_only_the_speaker():
    [claim] = _claims("The group has 500 fighters in the province, police officials said.")
    assert claim["speaker"]["organisation"] == "officials"
    assert claim["speaker"]["span"]["text"] == "police officials"
    [claim] = _claims("The group still has 500 fighters in the hills, and Karim Salim, the police chief, said so.")
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == ("Karim Salim", "the police chief")
    [claim] = _claims("Jabbar Ali, a commander in the army, said the group has 500 fighters.")
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == ("Jabbar Ali", "a commander in the army")


def test_a_count_over_the_provinces_listed_before_names_them():
    text = ("Attacks rose mainly in the provinces of Kirkuk, Diyala, and Basra. Last month saw at least 40 attacks in "
            "the three provinces, officials said.")
    [count] = eventwatch.extract(text, published="2020-05-10")["aggregates"]
    assert count["region"] == "Kirkuk, Diyala and Basra"
    assert count["evidence"]["region"]["text"] == "Kirkuk, Diyala, and Basra"


def test_a_source_named_again_by_title_and_surname_is_the_same_person():
    text = ("However, Colonel Karim al-Salimi, a member of the border command, said the group is weak. "
            "Some 300 fighters remain in the hills, according to Colonel Salimi, deputy head of the border command.")
    [claim] = _claims(text)
    assert claim["speaker"]["name"] == "Karim al-Salimi"
    assert claim["speaker"]["role"] == "deputy head of the border command"
    assert claim["speaker"]["span"]["text"] == "Colonel Salimi, deputy head of the border command"


def test_a_target_year_is_no_as_of_date_and_an_opening_adverbial_is_no_speaker():
    [claim] = _claims("The group's income is forecast to reach 900 million dollars by 2030, officials said.")
    assert claim["as_of"] == "2020-05-10"
    [claim] = _claims("Earlier in the week, the ministry announced funding of 3 million dollars for the police.")
    assert claim["speaker"]["span"]["text"] == "the ministry"


def test_fighters_who_crossed_a_border_are_a_flow_not_the_groups_strength():
    [claim] = _claims("More than 300 fighters have crossed the porous mountain border this year, officials said.")
    assert claim["subject"] == "fighters who crossed the border"


def test_according_to_him_names_no_speaker():
    [claim] = _claims("Karim Salim lost his foot to a mine. According to him, the pension is 40 dollars a month.")
    assert claim["speaker"] is None  # not the role "him"


def test_a_speakers_abbreviated_title_stays_in_the_span():
    [claim] = _claims("Brig. Gen. Karim Salim said the group has 500 fighters in the hills.")
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == ("Karim Salim", "Brig. Gen.")
    assert claim["speaker"]["span"]["text"] == "Brig. Gen. Karim Salim"
    [claim] = _claims("According to Lt. Col. Jabbar Ali, the group has 500 fighters.")
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == ("Jabbar Ali", "Lt. Col.")


def test_a_place_before_an_office_is_the_offices_not_a_name():
    [claim] = _claims("The Kirkuk governor said the group has 500 fighters in the hills.")
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == (None, "The Kirkuk governor")
    [claim] = _claims("The Anbar police chief, Karim Salim, said the group has 500 fighters.")
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == ("Karim Salim", "The Anbar police chief")


def test_reporting_words_used_as_nouns_attribute_nothing():
    assert _claims("The gang earned 300,000 dollars from ransoms in the United States.") == []
    assert _claims("Claims against the gang total 300,000 dollars from ransoms.") == []
    [claim] = _claims("In February, Karim Salim, the police chief, said the group had 500 fighters.")
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == ("Karim Salim", "the police chief")
    [claim] = _claims("Resolution 12 states the gang earned 300,000 dollars from ransoms.")
    assert claim["speaker"]["role"] == "Resolution 12"


def test_a_speakers_span_is_the_speaker_alone():
    [claim] = _claims("The government has said the group has 500 fighters in the hills.")
    assert claim["speaker"]["role"] == "The government"
    [claim] = _claims("During the visit - the first in a decade - the two ministers announced the group had "
                      "500 fighters.")
    assert claim["speaker"]["span"]["text"] == "the two ministers"
    [claim] = _claims("On Monday, the army spokesman announced the group had 500 fighters.")
    assert claim["speaker"]["role"] == "the army spokesman"
    [claim] = _claims('"The group has no more than 500 fighters," said the Deputy Minister.')
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == (None, "the Deputy Minister")
    [claim] = _claims("A report released on Monday by the ministry estimated the group had 500 fighters.")
    assert claim["speaker"]["span"]["text"] == "A report released on Monday by the ministry"


def test_money_is_the_groups_only_where_the_sentence_speaks_of_a_group():
    text = ("The Islamic State attacked the town. Officials said the group earned 300,000 dollars from ransoms. "
            "Officials said the ministry approved a budget of 900,000 dollars for the hospital.")
    subjects = {c["quantity"]["low"]: c["subject"] for c in _claims(text)}
    assert subjects[300000].startswith("Islamic State")
    assert subjects[900000] == "budget"


def test_a_figure_asked_about_or_a_pair_is_no_claim():
    assert _claims('"Who would pay 300,000 dollars for that?" he added.') == []
    assert _claims("Police said both suspects were arrested.") == []
    [claim] = _claims("Prosecutors say the bribes totaled more than 300,000 dollars.")
    assert claim["speaker"]["role"] == "Prosecutors"


def test_a_quotation_set_in_a_year_dates_a_figure_told_in_the_past():
    [claim] = _claims('"In 2017 the group turned to kidnapping. It earned 500,000 dollars from ransoms," he said.')
    assert (claim["as_of"], claim["evidence"]["as_of"]["text"]) == ("2017-01-01", "In 2017")
    [claim] = _claims('"In 2014 the group took the town. It now has 500,000 dollars in reserves," he said.')
    assert claim["as_of"] == "2020-05-10"  # the present is the day it was said
    [claim] = _claims('In 2017 the group turned to kidnapping. "It earned 500,000 dollars from ransoms," he said.')
    assert claim["as_of"] == "2020-05-10"  # the year is the writer's, outside the quotation


def test_they_are_the_sources_quoted_last_and_a_speakers_description_is_no_claim():
    text = ("The two ministries announced the group had 500 fighters. "
            "They said the group earned 300,000 dollars from ransoms.")
    speakers = {c["quantity"]["low"]: c["speaker"] for c in _claims(text)}
    assert speakers[300000]["role"] == "The two ministries"
    assert _claims("The group is weak, said the Lamp Council, a charity with 500 members in the region.") == []


def test_what_follows_said_is_what_was_said_unless_the_speaker_is_inverted():
    [claim] = _claims("Salim says Hadi had hidden the money and took a pension of 300,000 dollars from ransoms.")
    assert claim["speaker"]["span"]["text"] == "Salim"


def test_speaker_spans_keep_initials_and_drop_openers_and_adverbs():
    [claim] = _claims("Brigadier General Karim S. Salim has said the group has 500 fighters.")
    assert claim["speaker"]["name"] == "Karim S. Salim"
    [claim] = _claims("Responding to the news, Jabbar Ali said the group has 500 fighters.")
    assert claim["speaker"]["span"]["text"] == "Jabbar Ali"
    [claim] = _claims("Jabbar also said the group has 500 fighters.")
    assert claim["speaker"]["span"]["text"] == "Jabbar"
    [claim] = _claims("The Lamp Corporation said the group has 500 fighters.")
    assert claim["speaker"]["name"] is None


def test_a_toll_or_a_states_troops_are_not_the_groups_strength():
    assert _claims("The Islamic State attacked the town. Officials said 24 fighters have been killed there.") == []
    text = "The Islamic State attacked the town. Officials said 2,000 soldiers had been recruited into the army."
    [claim] = _claims(text)
    assert claim["subject"] == "soldiers"


def test_the_speaker_before_a_day_and_the_writers_figure_before_a_speaker():
    [claim] = _claims("Trade rose after the Ministry of Trade on Tuesday said it would grant 300,000 dollars.")
    assert claim["speaker"]["span"]["text"] == "the Ministry of Trade"
    assert _claims("Though the staff won't see the 300,000 dollars, the owner says he will pay a bonus.") == []
    [claim] = _claims("The group has 500 fighters, the governor said they hide in the hills.")
    assert claim["quantity"]["low"] == 500


def test_according_to_an_office_then_its_holders_name():
    [claim] = _claims("According to the army's spokesman, Brig. Gen. Yahya Ali, the group has 150 fighters.")
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == ("Yahya Ali", "the army's spokesman, Brig. Gen.")


def test_a_strength_beside_an_active_killing_stays_a_claim():
    # (the dead they have killed since a year are the officials' running count, a claim of its own)
    claims = _claims("Officials said the group has 500 fighters, who have killed dozens of farmers since 2015.")
    assert [(c["subject"], c["quantity"]["low"]) for c in claims] == [("fighters", 500), ("farmers killed", 24)]
    [claim] = _claims("Officials said the group has 500 fighters, whose raids left many farmers dead.")
    assert claim["quantity"]["low"] == 500


def test_said_by_phone_is_still_said_and_a_plan_announced_by_a_city_is_the_citys():
    [claim] = _claims("The police chief said by telephone that the group has 500 fighters.")
    assert claim["speaker"]["role"] == "The police chief"
    [claim] = _claims("A plan announced Thursday by the city estimates the group has 500 fighters.")
    assert claim["speaker"]["span"]["text"] == "the city"  # the plan's figures are the city's


def test_its_money_is_the_groups():
    text = "The Islamic State attacked the town. Officials said its cash reserves fell to 300,000 dollars."
    [claim] = _claims(text)
    assert claim["subject"].startswith("Islamic State")


def test_taxes_a_group_collects_are_its_money_never_bare_money():
    # the levy names the money, and "it"/"the group" taking it in is the group just named
    for text in ("The Islamic State controls the border roads. It collects $12 million a year in taxes, "
                 "a UN panel said in 2016.",
                 "The Islamic State controls the border roads. The group collects $12 million a year in taxes, "
                 "a UN panel said in 2016."):
        [claim] = _claims(text)
        assert claim["subject"] == "Islamic State (IS) taxes", text
    [claim] = _claims("The militia collects $12 million a year in levies from traders, a UN panel said in 2016.")
    assert claim["subject"] == "levies"


def test_states_as_a_noun_before_the_verb_is_part_of_the_speaker():
    [claim] = _claims("Gulf states say the group has 500 fighters.")
    assert claim["speaker"]["span"]["text"] == "Gulf states"


def test_people_driven_from_their_homes_are_counted_as_no_groups():
    [claim] = _claims("Officials in the province said 40,000 villagers had been displaced by the floods.")
    assert (claim["subject"], claim["quantity"]["low"]) == ("displaced villagers", 40000)
    [claim] = _claims("Aid workers said the shelter holding more than 12,000 people had run out of water.")
    assert (claim["subject"], claim["quantity"]["qualifier"]) == ("people in shelters", "more than")
    [claim] = _claims("The rebels took the town, and officials said 3,000 refugees had arrived since.")
    assert claim["subject"] == "refugees"  # not the rebels' refugees


def test_a_speaker_shared_by_two_verbs_is_their_subject():
    [claim] = _claims("The provincial government opened two schools, and said about 800 displaced families "
                      "had returned.")
    assert claim["speaker"]["span"]["text"] == "The provincial government"


def test_goods_taxed_or_traded_prices_and_rates_are_nobodys_money():
    assert not _claims("The ministry said it would put duties on $20 billion of imported goods.")
    assert not _claims("The ministry announced tariffs on $4 billion in farm products.")
    assert not _claims("The opposition leader said he backs a $30 per tonne carbon tax.")
    assert not _claims("Analysts said the regional arms market is forecast to reach $9 billion.")
    [claim] = _claims("Officials said the rebels earned $2 million from smuggling goods.")
    assert claim["quantity"]["low"] == 2e6  # the money earned, not goods' value


def test_speakers_after_their_words_behind_a_relative_clause_and_by_their_title():
    [claim] = _claims("The rebels earned $40,000 from ransoms last year, reports the Daily Courier.")
    assert (claim["speaker"]["organisation"], claim["speaker"]["name"]) == ("the Daily Courier", None)
    [claim] = _claims("The minister, who opened a new clinic on Monday, also stressed that the army would get "
                      "$2 billion in funding.")
    assert claim["speaker"]["span"]["text"] == "The minister" and claim["quantity"]["low"] == 2e9
    [claim] = _claims("Opposition Leader Karim Salim said the militia has 700 fighters.")
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == ("Karim Salim", "Opposition Leader")


def test_a_sum_in_another_currency_is_the_same_claim():
    [claim] = _claims("The minister said donors pledged €2 million (US$2.4m) to the police.")
    assert (claim["quantity"]["low"], claim["quantity"]["unit"]) == (2e6, "EUR")
    [claim] = _claims("Police said the gang demanded a ransom of 20,000 rupees, about $300, from the family.")
    assert claim["quantity"]["unit"] == "rupees"


def test_a_money_word_belongs_to_the_sum_nearest_it():
    claims = _claims("Prosecutors say $US3 million was stolen by the gang, which spent $US1 million on assets.")
    subjects = {c["quantity"]["low"]: c["subject"] for c in claims}
    assert subjects == {3e6: "money", 1e6: "assets"}


def test_a_hyphenated_range_shares_its_thousands():
    [claim] = _claims("Officials said the militia has 5-8,000 fighters in the north.")
    assert (claim["quantity"]["low"], claim["quantity"]["high"]) == (5000, 8000)


def test_the_dead_of_a_whole_campaign_are_a_running_count():
    [claim] = _claims("Medics said the army's campaign in the valley has killed more than 900 civilians.")
    assert (claim["subject"], claim["quantity"]["low"]) == ("civilians killed", 900)
    [claim] = _claims("The government said hundreds of insurgents had been killed during the campaign.")
    assert claim["subject"] == "insurgents killed" and claim["speaker"]["span"]["text"] == "The government"
    assert not _claims("Police said 12 villagers were killed by the car bomb on Monday.")


def test_a_vague_count_of_millions_is_a_sum():
    [claim] = _claims("Officials said the cartel made hundreds of millions of dollars from extortion.")
    q = claim["quantity"]
    assert (q["low"], q["high"], q["unit"]) == (200e6, 999e6, "USD")
    [claim] = _claims("The agency said tens of thousands of people have been displaced by the floods.")
    assert (claim["subject"], claim["quantity"]["low"]) == ("displaced people", 20000)


def test_an_estimated_figure_leaves_the_speaker_after_it():
    [claim] = _claims("The militia holds an estimated $8 million in cash, analysts say.")
    assert claim["speaker"]["span"]["text"] == "analysts"
    [claim] = _claims("The gang earns up to $3 million a year from ransoms, officials estimate.")
    assert claim["speaker"]["span"]["text"] == "officials"


def test_a_year_opening_the_figures_clause_dates_it():
    [claim] = _claims("Last year the militia earned $2 million from ransoms, police said.")
    assert (claim["as_of"], claim["as_of_precision"]) == ("2019-01-01", "year")
    [claim] = _claims("In 2014 the militia took the town and now has 500 fighters, officials said.")
    assert claim["as_of"] == "2020-05-10"


def test_a_later_figure_without_a_noun_counts_the_same_thing():
    claims = _claims("Officials said the militia had 3,000 fighters in 2016, but now has about 500.")
    assert [(c["subject"], c["quantity"]["low"], c["as_of"]) for c in claims] == [
        ("fighters", 3000, "2016-01-01"), ("fighters", 500, "2020-05-10")]


def test_goods_valued_in_money_are_no_ones_money():
    assert not _claims("Police said they seized $2 million worth of drugs from the gang.")
    assert not _claims("The owner said the damage was around 5-8,000 euros worth.")


def test_the_agent_of_an_announcement_is_its_source():
    [claim] = _claims("Under a settlement announced Friday by the ministry, the militia must pay $50,000.")
    assert claim["speaker"]["span"]["text"] == "the ministry"


def test_a_date_that_opens_a_period_is_no_as_of_date():
    [claim] = _claims("The monitor said the war has killed more than 90,000 people since 2012.")
    assert (claim["subject"], claim["as_of"]) == ("people killed", "2020-05-10")
    [claim] = _claims("According to the agency, some 60,000 refugees have fled across the border since January.")
    assert claim["as_of"] == "2020-05-10"


def test_a_running_toll_since_a_date_is_a_claim_and_the_displaced_are_no_events_count():
    [claim] = _claims("The militia has killed more than 2,000 people since 2015, according to the UN.")
    assert (claim["subject"], claim["speaker"]["span"]["text"]) == ("people killed", "the UN")
    [claim] = _claims("Gunmen killed 9 farmers in the village on Monday, and 300 residents have fled, police said.")
    assert (claim["subject"], claim["quantity"]["low"]) == ("displaced residents", 300)


def test_a_decimal_figure_an_acronym_and_estimates_that_keep_their_speaker():
    [claim] = _claims("The number of displaced people has risen to 1.4 million, the agency said.")
    assert claim["speaker"]["span"]["text"] == "the agency"
    [claim] = _claims("The militia has enlisted up to 400 child soldiers this year, UNICEF said.")
    assert claim["speaker"]["organisation"] == "UNICEF"
    [claim] = _claims("The ministry estimates that the militia has about 6,000 fighters.")
    assert claim["speaker"]["span"]["text"] == "The ministry"
    [claim] = _claims("According to US estimates, the militia has 3,000 fighters.")
    assert claim["speaker"]["span"]["text"] == "US estimates"


def test_another_clauses_group_does_not_own_the_figure():
    claims = _claims("The Houthis have about 90,000 fighters, officials said, while the government has 40,000 troops.")
    assert [c["subject"] for c in claims] == ["Houthis (Ansar Allah) fighters", "troops"]


def test_fighters_lost_are_a_toll_not_a_strength():
    assert not _claims("The army spokesman said the militia had lost 200 fighters in the past week.")


def test_hostages_and_the_missing_are_counted():
    [claim] = _claims("The militia still holds 40 hostages, the ministry said.")
    assert claim["subject"] == "hostages"
    [claim] = _claims("More than 600 people remain missing, according to the Red Crescent.")
    assert (claim["subject"], claim["quantity"]["low"]) == ("missing people", 600)


def test_a_strength_beside_an_event_and_a_clause_before_the_speaker():
    [claim] = _claims("Al-Shabaab, which has an estimated 6,000 fighters, carried out the raid, officials said.")
    assert (claim["subject"], claim["speaker"]["span"]["text"]) == ("Al-Shabaab fighters", "officials")


def test_every_new_claims_evidence_is_the_articles_words():
    text = "Aid workers said the camp housing 12,000 people had run out of water."
    [claim] = _claims(text)
    for span in claim["evidence"].values():
        if span.get("start") is not None:
            assert text[span["start"] : span["end"]] == span["text"]


def test_victims_counted_over_a_month_or_year_are_a_statistic():
    counts = eventwatch.extract("Rights groups said at least 90 people were abducted by the militia in 2019.",
                                published="2020-05-10")["aggregates"]
    got = [(a["subject"], a["quantity"]["low"], a["period"]) for a in counts]
    assert got == [("people abducted", 90, "2019-01-01")]
    counts = eventwatch.extract("On Monday, 12 people were killed in the village, police said.", published="2020-05-10")
    assert counts["aggregates"] == []  # one day's toll is the event's


def test_vague_bounded_and_open_ended_figures():
    figures = {c["quantity"]["text"]: (c["quantity"]["low"], c["quantity"]["high"], c["quantity"].get("qualifier"))
               for c in _claims("Officials said the militia has several thousand fighters. Police said the gang has "
                                "no fewer than 80 members. Analysts said the movement has more than 2,000 but fewer "
                                "than 3,000 armed men.")}
    assert figures == {"several thousand": (3000, 9000, "about"), "no fewer than 80": (80, 80, "at least"),
                       "more than 2,000 but fewer than 3,000": (2000, 3000, None)}


def test_a_documents_findings_and_a_speaker_with_a_participle_aside():
    [claim] = _claims("Data from the agency show that 30,000 people have been displaced.")
    assert claim["speaker"]["span"]["text"] == "Data from the agency"
    [claim] = _claims("Officials, speaking on condition of anonymity, said the militia has 4,000 fighters.")
    assert claim["speaker"]["span"]["text"] == "Officials"
    assert not _claims("The video shows 30 fighters in the desert.")  # a picture, not a source's figure


def test_the_value_of_trade_told_before_the_sum_is_nobodys_money():
    assert not _claims("Figures released by the ministry show exports to the region fell to $900 million last year.")


def test_a_quotation_going_on_keeps_its_speaker():
    [claim] = _claims("“The militia is weak,” the general said. “It has no more than 300 fighters left.”")
    assert claim["speaker"]["role"] == "the general"
    [claim] = _claims("Karim Salim said: “The militia is weak. It has no more than 300 fighters left.”")
    assert claim["speaker"]["name"] == "Karim Salim"
    assert not _claims("“The militia is weak,” the general said. The militia has 300 fighters.")  # the writer's


def test_one_incidents_outcomes_are_no_claims_and_one_days_attacks_no_statistic():
    assert not _claims("The rebels admitted the killing of 4 fighters by the army.")
    assert not _claims("Officials said two gunmen are believed to have been killed.")
    assert not _claims("Police said four suspects were arrested after the blast.")
    assert not _claims("Police said the raid against 30 fighters lasted an hour.")
    x = eventwatch.extract("Police said gunmen staged three attacks on 4 June.", published="2020-05-10")
    assert x["aggregates"] == []


def test_the_source_inside_a_relative_clause():
    [claim] = _claims("The militia, which the army says has 3,500 fighters, stormed the base.")
    assert claim["speaker"]["span"]["text"] == "the army"


def test_the_state_that_has_or_sends_troops_owns_them():
    [claim] = _claims("Officials said Kenya has deployed about 3,000 troops to the border.")
    assert claim["subject"] == "Kenya troops" and claim["evidence"]["subject.group"]["text"] == "Kenya"
    [claim] = _claims("Officials said 3,000 troops are in the north.")
    assert claim["subject"] == "troops"


def test_written_quoted_and_claimed_figures_name_their_source():
    [claim] = _claims("Karim Salim wrote on Twitter that the militia has 4,000 fighters.")
    assert claim["speaker"]["name"] == "Karim Salim"
    [claim] = _claims("The state news agency quoted a police official as saying the gang has 200 members.")
    assert claim["speaker"]["span"]["text"] == "a police official"
    [claim] = _claims("The militia claims to have 4,000 fighters.")
    assert claim["speaker"]["span"]["text"] == "The militia"


def test_the_kind_of_sum_is_its_subject():
    [claim] = _claims("The minister said donors offered the police a grant of €2 million.")
    assert claim["subject"] == "grant"
    [claim] = _claims("Prosecutors say the bribes came to more than $3 million.")
    assert claim["subject"] == "bribes"


def test_a_rate_in_another_currency_is_the_same_claim():
    [claim] = _claims("Officials said fighters get 300 laris a month (about 120 US dollars) from the group.")
    assert (claim["quantity"]["low"], claim["quantity"]["unit"]) == (300, "GEL")


def test_charges_costs_and_wished_for_sums_are_nobodys_money():
    assert not _claims("The opposition said residents must pay $200 more a year under the plan.")
    assert not _claims("The mayor said builders need €90,000 per house to make a profit.")
    assert not _claims("He said the men hoped to make $5 million from the deal.")
    [claim] = _claims("Defectors said the group paid its fighters $400 a month.")
    assert claim["quantity"]["low"] == 400  # the group's spending on its men


def test_believed_figures_evacuees_and_rand():
    [claim] = _claims("Officials believe there are close to 2,500 fighters from the country abroad.")
    assert (claim["quantity"]["qualifier"], claim["speaker"]["span"]["text"]) == ("about", "Officials")
    [claim] = _claims("The ministry said the army organised the evacuation of 20,000 civilians from the town.")
    assert (claim["subject"], claim["quantity"]["low"]) == ("evacuated civilians", 20000)
    [claim] = _claims("The assets of the trust are estimated at R3bn.")
    assert (claim["subject"], claim["quantity"]["unit"]) == ("assets", "ZAR")


def test_fighters_known_by_their_country_are_not_the_main_groups():
    text = "The Islamic State lost its last town. Officials believe there are 2,000 Moroccan fighters abroad."
    claims = _claims(text)
    assert [c["subject"] for c in claims] == ["Moroccan fighters"]
    [claim] = _claims("Officials said the Islamic State has 300 Afghan fighters.")
    assert claim["subject"] == "Islamic State (IS) Afghan fighters"


def test_people_of_a_nation_on_the_move_are_counted():
    [claim] = _claims("According to officials, more than 500 Colombians are crossing the border each day.")
    assert (claim["subject"], claim["quantity"]["low"]) == ("Colombians arriving", 500)


def test_prices_and_values_are_nobodys_money():
    assert not _claims("Fuel prices rose to $4 a litre, traders said.")
    assert not _claims("The company was valued at $9 billion, sources said.")
    [claim] = _claims("Officials said the militia earns $2 million a month from selling oil at $30 a barrel.")
    assert claim["quantity"]["low"] == 2e6  # the earnings, not the price


def test_a_force_that_numbers_n():
    [claim] = _claims("Analysts said government forces number about 20,000.")
    assert (claim["subject"], claim["quantity"]["low"]) == ("forces", 20000)
    [claim] = _claims("The militia is believed to number around 3,000 men, analysts say.")
    assert (claim["subject"], claim["speaker"]["span"]["text"]) == ("members", "analysts")


def test_a_subjects_group_and_place_from_elsewhere_keep_their_words():
    text = ("Al-Shabaab has lost ground this year. A general said the group still has 3,000 fighters "
            "in Somalia and neighbouring Kenya.")
    [claim] = _claims(text)
    assert claim["subject"].endswith("fighters in Somalia and Kenya")
    assert claim["evidence"]["subject"]["text"] == "fighters"
    assert claim["evidence"]["subject.group"]["text"] == "Al-Shabaab"
    assert claim["evidence"]["subject.where"]["text"] == "Somalia and neighbouring Kenya"
    province = _claims("The Kirkuk police chief spoke on Monday. He said there were no more than 75 militants "
                       "in the province.")[0]
    assert province["evidence"]["subject.where"]["text"].startswith("Kirkuk")


def test_a_counts_subject_keeps_its_words_and_such_points_back():
    text = ("Police said there were 31 cases of arson or looting in May. In June, the number of such cases "
            "was 12, police said.")
    may, june = eventwatch.extract(text, published="2020-07-10")["aggregates"]
    assert may["evidence"]["subject"]["text"] == "cases of arson or looting"
    assert june["subject"] == may["subject"]
    assert june["evidence"]["subject"]["text"] == "cases"
    assert june["evidence"]["subject.such"] == may["evidence"]["subject"]


def test_a_second_verb_makes_a_second_count_and_a_named_body_is_no_person():
    claims = _claims("The war has killed more than 20,000 people since 2012 and displaced about 1 million, "
                     "according to the United Nations.")
    assert [(c["subject"], c["quantity"]["low"]) for c in claims] == [("people killed", 20000),
                                                                      ("displaced people", 1e6)]
    assert claims[1]["evidence"]["subject"]["text"] == "displaced"
    assert (claims[0]["speaker"]["name"], claims[0]["speaker"]["organisation"]) == (None, "the United Nations")


def test_when_it_was_said_he_for_an_office_analysts_inside_a_clause_and_its_money():
    [claim] = _claims("The rebels have between 6,000 and 8,000 fighters, an army report estimated last year.")
    assert (claim["as_of"], claim["as_of_precision"]) == ("2019-01-01", "year")
    text = "Some 700 civilians were killed in the first half of the year, the mission said in April."
    counts = eventwatch.extract(text, published="2020-05-10")["aggregates"]
    assert counts == []  # April is when it was said, not the period counted
    claims = _claims("“We lost many men,” a ministry spokesman told reporters. He said the army had 9,000 troops.")
    assert claims[-1]["speaker"]["role"] == "a ministry spokesman"
    [claim] = _claims("The militia, which analysts say numbers around 2,000 fighters, stormed the town.")
    assert claim["speaker"]["span"]["text"] == "analysts"
    text = ("The Taliban took the town. Al-Shabaab claimed the bombing in the capital. "
            "Its revenues fell to $5 million last year, the report said.")
    assert [c["subject"] for c in _claims(text)] == ["Al-Shabaab revenues"]


def test_the_source_is_not_the_owner_and_captives_still_held_are_counted():
    [claim] = _claims("Around 1,500 foreign fighters remain in the camps, according to the SDF.")
    assert claim["subject"] == "foreign fighters"
    [claim] = _claims("At least 50 people are still being held by the militants, police said.")
    assert (claim["subject"], claim["quantity"]["low"]) == ("held people", 50)


def test_a_sum_repeated_in_another_currency_keeps_its_noun():
    [claim] = _claims("Boko Haram earned €2 million (US$2.4m) from ransoms last year, officials said.")
    assert claim["subject"] == "Boko Haram ransoms"


def test_the_longest_speaker_before_a_verb_is_searched_from_its_start():
    """_SPEAKER_REACH covers the widest speaker _SPEAKER_BEFORE_VERB takes: "al-", the capital, the
    most characters after it and the comma (a smaller reach would drop the "Al-")."""
    from eventwatch.extract.claims import _SPEAKER_LENGTH, _speaker

    text = "Al-Q" + ("arnavi " + "and his aides " * 20)[:_SPEAKER_LENGTH] + ", said 40 men had joined."
    speaker = _speaker(text, 0, len(text), None)
    assert speaker is not None and speaker.span.start == 0


def test_an_abbreviated_title_with_its_dot_stays_with_the_speaker():
    """Every abbreviated title in text.TITLE_ABBREVIATIONS is a speaker's title, dotted or not."""
    from eventwatch.extract.claims import _speaker

    for title in ("Cllr.", "Cllr", "Gov.", "Brig. Gen."):
        text = f"{title} Rhona Pike said 50 homes were flooded."
        speaker = _speaker(text, 0, len(text), None)
        assert speaker is not None and (speaker.name, speaker.role) == ("Rhona Pike", title), title


def test_any_verb_of_saying_dates_its_words_and_opens_the_clause_it_says():
    """"noted in 2014" dates the figure as "said in 2014" does; "warned that Portugal has" opens
    a clause whose state has the troops, as "said that" does (one list of verbs for both)."""
    for verb in ("said", "noted", "warned"):
        [claim] = _claims(f"The brigade has 4,000 fighters, the observer {verb} in 2014.")
        assert claim["as_of"] == "2014-01-01", verb
        [claim] = _claims(f"The envoy {verb} that Portugal has about 2,500 troops in the border zone.")
        assert claim["subject"] == "Portugal troops", verb


def test_any_verb_of_saying_after_a_quotation_names_its_speaker():
    for verb in ("said", "warned", "confirmed"):
        [claim] = _claims(f'"The brigade still has 300 fighters," the commander {verb}.')
        assert claim["speaker"]["role"] == "the commander", verb


def test_a_participle_of_saying_inside_the_speaker_is_not_its_verb():
    # "issued by", "confirmed by": a verb of saying before "by" describes the speaker, whose verb follows
    for verb in ("issued", "confirmed", "reported"):
        [claim] = _claims(f"The brigade has 4,000 fighters, a statement {verb} by the army said.")
        assert claim["speaker"]["role"] == f"a statement {verb} by the army", verb


def test_victims_counted_over_a_year_in_the_active_are_an_aggregate():
    for text, subject, low in (("Armed groups abducted 450 people in 2021, the UN said.", "people abducted", 450),
                               ("Gunmen killed 1,100 civilians across the country last year, a rights group said.",
                                "civilians killed", 1100)):
        result = eventwatch.extract(text, published="2022-03-09")
        assert [(a["subject"], a["quantity"]["low"]) for a in result["aggregates"]] == [(subject, low)], text
        assert result["events"] == [], text
    # one act dated by its year: an event, no tally
    result = eventwatch.extract("A car bomb killed 12 people in Dilling in 2021, police said.", published="2022-03-09")
    assert result["aggregates"] == [] and len(result["events"]) == 1


def _toll_records(text: str) -> tuple[list[int | None], list[tuple[str, int]]]:
    """The deaths of each event and the (subject, count) of each aggregate the sentence gives."""
    result = eventwatch.extract(text, published="2021-03-15")
    return ([e["fatalities"] for e in result["events"]],
            [(a["subject"], a["quantity"]["low"]) for a in result["aggregates"]])


def test_a_toll_in_a_town_last_week_is_one_incident_not_also_a_statistic():
    # one rule decides: the dead are an event's toll or a period's tally, never both (an analyst would add them twice)
    for text in ("Eleven people were killed in Tarbuk town last week, police said.",
                 "Eleven people were killed in the province last week, police said.",
                 "Eleven soldiers were killed in an ambush near Tarbuk last week.",
                 "Eleven soldiers were killed in an ambush in Daykundi province in March."):
        assert _toll_records(text) == ([11], []), text


def test_the_incidents_of_an_event_are_not_also_counted_as_a_statistic():
    assert _toll_records("Eleven people were killed in two attacks in Tarbuk last week, police said.") == ([11], [])


def test_a_toll_over_a_month_a_year_or_since_a_date_across_a_region_is_a_statistic_only():
    for text, subject, low in (
            ("Some 140 civilians were killed in Daykundi province this month, the UN said.", "civilians killed", 140),
            ("More than 60 people have been abducted in the province since January, officials said.",
             "people abducted", 60),
            ("About 2,300 people were killed in Burundi in 2020, according to the report.", "people killed", 2300)):
        assert _toll_records(text) == ([], [(subject, low)]), text


def test_a_stretch_back_from_the_publication_date_is_the_period_of_a_tally():
    # the period's first day, with its unit's precision (as "since January" is kept), and the words as evidence
    for text, period, precision, words in (
            ("Armed groups abducted 450 people over the past six months, the UN said.", "2020-09-01", "month",
             "over the past six months"),
            ("At least 80 civilians have been killed in the past three weeks, the agency said.", "2021-02-22", "week",
             "in the past three weeks"),
            ("Some 3,000 people were killed over the last two years, the ministry said.", "2019-01-01", "year",
             "over the last two years"),
            ("Insurgents carried out 120 attacks in Daykundi in the last 12 months, officials said.", "2020-03-01",
             "month", "in the last 12 months")):
        result = eventwatch.extract(text, published="2021-03-15")
        assert result["events"] == [], text
        [tally] = result["aggregates"]
        assert (tally["period"], tally["period_precision"]) == (period, precision), text
        assert tally["evidence"]["period"]["text"] == words
        assert text[tally["evidence"]["period"]["start"] : tally["evidence"]["period"]["end"]] == words


def test_a_vague_stretch_or_no_publication_date_gives_no_period():
    assert eventwatch.extract("Some 3,000 people were killed over the past few years, the ministry said.",
                              published="2021-03-15")["aggregates"] == []
    assert eventwatch.extract("Some 3,000 people were killed over the last two years, the ministry said.",
                              published=None)["aggregates"] == []


def test_the_dead_of_a_town_over_a_year_are_a_tally_but_those_taken_from_one_site_an_incident():
    # a year's toll told in the passive, with no act and no site, is a statistic even where a town is named
    for text in ("At least 300 civilians were killed in Malakal last year, the UN said.",
                 "Some 300 civilians were killed in Malakal over the past two years, the UN said."):
        result = eventwatch.extract(text, published="2021-03-15")
        assert result["events"] == [], text
        assert [(a["subject"], a["quantity"]["low"], a["region"]) for a in result["aggregates"]] == [
            ("civilians killed", 300, "Malakal")], text
    # those taken from one school there, or killed there in one month, are one incident
    for text in ("Thirty students were abducted from a school in Malakal in 2020.",
                 "Some 45 people were killed in Malakal in February, police said."):
        result = eventwatch.extract(text, published="2021-03-15")
        assert len(result["events"]) == 1 and result["aggregates"] == [], text


def test_a_running_toll_in_the_articles_own_voice_is_an_aggregate_with_no_speaker():
    for text, subject, low, period, region in (
            ("The rebels have killed 1,450 civilians in Herat province since January.", "civilians killed", 1450,
             ("2020-01-01", "month"), "Herat"),
            ("Bandits have abducted 640 villagers in Katsina state since 2018.", "villagers abducted", 640,
             ("2018-01-01", "year"), "Katsina")):
        out = eventwatch.extract(text, published="2020-05-10")
        assert out["events"] == [] and out["claims"] == [], text
        [agg] = out["aggregates"]
        assert (agg["subject"], agg["quantity"]["low"], (agg["period"], agg["period_precision"]), agg["speaker"]) == (
            subject, low, period, None), text
        assert region in (agg["region"] or ""), text
    # a source named keeps it a claim, with its speaker
    out = eventwatch.extract("The rebels have killed 1,450 civilians in Herat province since January, the governor "
                             "said.", published="2020-05-10")
    assert out["aggregates"] == [] and out["claims"][0]["speaker"]["span"]["text"] == "the governor"


def test_a_share_of_land_held_is_a_claim_in_percent():
    (claim,) = _claims("The rebels hold roughly 70 percent of Varnik province, a government spokesman said.")
    quantity = claim["quantity"]
    assert (quantity["low"], quantity["unit"], quantity["qualifier"]) == (70, "percent", "about")
    assert "share of the varnik province held" in claim["subject"].lower()
    assert claim["speaker"]["span"]["text"] == "a government spokesman"


def test_other_percentages_are_no_claim():
    assert _claims("Food prices rose 35 percent in the province last year, officials said.") == []
    assert _claims("About 20 percent of the district's residents have fled, officials said.") == []


def test_a_stretch_the_tally_is_dated_by_also_makes_it_a_tally_not_one_incident():
    # the stretch that dates the tally and the one that tells it from an incident are one pattern: a count of
    # units the old list of number words lacked ("fifteen", "eighteen") made a 3,000-dead "incident"
    for text, low, period in (
            ("Some 2,700 people were killed over the past fifteen years, the ministry said.", 2700, "2006-01-01"),
            ("Some 640 civilians were killed in Malakal within the past eighteen months, the UN said.", 640,
             "2019-09-01")):
        result = eventwatch.extract(text, published="2021-03-15")
        assert result["events"] == [], text
        assert [(a["quantity"]["low"], a["period"]) for a in result["aggregates"]] == [(low, period)], text


def test_a_toll_told_in_the_perfect_with_no_day_is_its_sources_running_count_not_an_incident():
    # it gave nothing: no incident (no day, no act, no site), and no claim (a toll is no group's strength)
    for text, subject, low, speaker in (
            ("The separatists have killed 280 soldiers in the province, the army said.", "soldiers killed", 280,
             "the army"),
            ("Bandits have abducted 530 villagers in Sokoto state, officials said.", "villagers abducted", 530,
             "officials"),
            ("The separatists have killed 280 soldiers in the province this year, the army said.", "soldiers killed",
             280, "the army")):
        out = eventwatch.extract(text, published="2021-03-15")
        assert out["events"] == [] and out["aggregates"] == [], text
        assert [(c["subject"], c["quantity"]["low"], c["speaker"]["span"]["text"]) for c in out["claims"]] == [
            (subject, low, speaker)], text
    # one act, one site or a town named: an incident's toll, no running count
    for text in ("Gunmen have killed 12 people in an ambush on the highway, police said.",
                 "Gunmen have killed 12 people at a market in the province, police said.",
                 "Gunmen have killed 12 people in Gusau, police said."):
        assert eventwatch.extract(text, published="2021-03-15")["claims"] == [], text


def test_a_toll_told_in_the_perfect_passive_is_the_same_running_count_as_the_active():
    # the passive gave nothing where the active gave the speaker's running count
    for text, subject, low, speaker in (
            ("Some 340 policemen have been killed in the province, the interior ministry said.", "policemen killed",
             340, "the interior ministry"),
            ("More than 720 farmers have been abducted in Kebbi state, officials said.", "farmers abducted", 720,
             "officials")):
        out = eventwatch.extract(text, published="2021-03-15")
        assert out["events"] == [] and out["aggregates"] == [], text
        assert [(c["subject"], c["quantity"]["low"], c["speaker"]["span"]["text"]) for c in out["claims"]] == [
            (subject, low, speaker)], text
    # a town, one act, or the site told before ("there"): an incident's toll, no running count
    for text in ("Some 14 policemen have been killed in Birnin Kebbi, officials said.",
                 "Some 14 policemen have been killed in an ambush in the province, officials said.",
                 "Rebels stormed the garrison. Officials said 14 policemen have been killed there."):
        assert eventwatch.extract(text, published="2021-03-15")["claims"] == [], text


def test_an_undated_count_of_incidents_at_a_town_is_its_speakers_statistic():
    # no day (one_days_incidents finds no event) and no period (no aggregate): it gave nothing at all
    for text, subject, low, speaker, where in (
            ("Bandits carried out six attacks in Birnin Kebbi, police said.", "attacks in Birnin Kebbi", 6, "police",
             "Birnin Kebbi"),
            ("There were nine kidnappings in Argungu, the state government said.", "kidnappings in Argungu", 9,
             "the state government", "Argungu")):
        out = eventwatch.extract(text, published="2021-03-15")
        assert out["events"] == [] and out["aggregates"] == [], text
        [claim] = out["claims"]
        assert (claim["subject"], claim["quantity"]["low"], claim["speaker"]["span"]["text"], claim["as_of"]) == (
            subject, low, speaker, "2021-03-15"), text
        assert claim["evidence"]["subject.where"]["text"] == where, text
    # the day it was said is the day the article tells: that day's incidents there, one event and no claim
    out = eventwatch.extract("Bandits carried out six attacks in Birnin Kebbi, police said on Friday.",
                             published="2021-03-15")
    assert [(e["location"], e["event_date"]) for e in out["events"]] == [("Birnin Kebbi", "2021-03-12")]
    assert out["claims"] == [] and out["aggregates"] == []


def test_a_towns_running_toll_over_a_stretch_is_counted_once_by_whoever_tells_it():
    # told in the article's voice it gave nothing at all ("so far this year"), or an event beside the claim
    out = eventwatch.extract("Militiamen have killed 26 farmers in Kadugli so far this year.", published="2021-03-15")
    assert out["events"] == [] and out["claims"] == []
    assert [(a["subject"], a["quantity"]["low"], a["period"], a["speaker"]) for a in out["aggregates"]] == [
        ("farmers killed", 26, "2021-01-01", None)]
    # a noun no campaign's toll names ("villagers"): running_toll makes no claim of it, so the tally keeps its
    # speaker as an aggregate rather than be dropped for a claim nobody makes
    out = eventwatch.extract("Bandits have abducted 26 villagers in Kadugli since January, police said.",
                             published="2021-03-15")
    assert out["events"] == [] and out["claims"] == []
    assert [(a["subject"], a["period"], a["speaker"]["span"]["text"]) for a in out["aggregates"]] == [
        ("villagers abducted", "2021-01-01", "police")]


def test_one_unit_back_is_a_stretch_but_a_named_week_is_not():
    from eventwatch.annotate.dates import names_stretch
    assert names_stretch("Nine were killed in the past week.")
    assert names_stretch("Nine were killed over the last month.")
    assert not names_stretch("Nine were killed in the last week of May.")
    assert not names_stretch("Nine were killed last week.")
