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
