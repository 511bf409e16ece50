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
    [claim] = _claims("The market is forecast to reach 900 million dollars by 2030, officials said.")
    assert claim["as_of"] == "2020-05-10"
    [claim] = _claims("Earlier in the week, the ministry announced duties on 3 million dollars of goods.")
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
    [claim] = _claims("Trade rose after the Ministry of Trade on Tuesday said it would tax 300,000 dollars of imports.")
    assert claim["speaker"]["span"]["text"] == "the Ministry of Trade"
    assert _claims("Though the staff won't see the 300,000 dollars, the owner says he will pay a bonus.") == []
    [claim] = _claims("The group has 500 fighters, the governor said they hide in the hills.")
    assert claim["quantity"]["low"] == 500


def test_according_to_an_office_then_its_holders_name():
    [claim] = _claims("According to the army's spokesman, Brig. Gen. Yahya Ali, the group has 150 fighters.")
    assert (claim["speaker"]["name"], claim["speaker"]["role"]) == ("Yahya Ali", "the army's spokesman, Brig. Gen.")


def test_a_strength_beside_an_active_killing_stays_a_claim():
    [claim] = _claims("Officials said the group has 500 fighters, who have killed dozens of farmers since 2015.")
    assert claim["quantity"]["low"] == 500
    [claim] = _claims("Officials said the group has 500 fighters, whose raids left many farmers dead.")
    assert claim["quantity"]["low"] == 500


def test_said_by_phone_is_still_said_and_a_deal_announced_by_a_city_is_no_speaker():
    [claim] = _claims("The police chief said by telephone that the group has 500 fighters.")
    assert claim["speaker"]["role"] == "The police chief"
    [claim] = _claims("A plan announced Thursday by the city estimates the group has 500 fighters.")
    assert claim["speaker"] is None  # the city announced the plan; nobody is quoted


def test_its_money_is_the_groups():
    text = "The Islamic State attacked the town. Officials said its cash reserves fell to 300,000 dollars."
    [claim] = _claims(text)
    assert claim["subject"].startswith("Islamic State")


def test_states_as_a_noun_before_the_verb_is_part_of_the_speaker():
    [claim] = _claims("Gulf states say the group has 500 fighters.")
    assert claim["speaker"]["span"]["text"] == "Gulf states"


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
