"""Place choice in context: which of several places a sentence names is the event's, and how
the country and province the text states decide among namesakes (invented sentences)."""

from eventwatch.annotate.places import best_place, find_places


def best(text):
    m = best_place(find_places(text), 0, len(text))
    return m and (m.text, m.place.name, m.place.iso3, m.place.admin1_code, m.place.feature)


def test_a_big_town_measured_from_a_city_stays_the_place():
    # "north of Baghdad" only measures from Baghdad: Baiji is no wrong guess to correct
    b = best("A roadside bomb wounded two policemen near the town of Baiji north of Baghdad on Friday.")
    assert b[3] == "IQ-SD"


def test_a_possessive_city_owns_the_district_after_it():
    b = best("Two policemen died when gunmen stormed a checkpoint in Kirkuk's southern Daquq district.")
    assert b[1] == "Daquq" and b[4] == "admin2"
    ms = find_places("Militants shelled a farm in Kirkuk's Hawija district.")
    assert [m.owner for m in ms] == [True, False]


def test_a_text_about_iraq_alone_has_no_small_syrian_town():
    # the other mentions name only Iraqi places: a small Syrian namesake is no better a guess
    # than one abroad, and the event falls back to the Iraqi place the sentence states
    text = "Mortar rounds hit farmland in the Saraqib area of Tuz Khurmatu district, wounding a farmer."
    assert all(m.place.iso3 != "SYR" for m in find_places(text))
    assert best(text)[3] == "IQ-SD"
    # a text that names Syria keeps it
    assert any(m.place.iso3 == "SYR" for m in find_places("Shelling hit Saraqib in Idlib, Syria."))


def test_a_place_named_group_in_lower_case_words_is_an_organisation():
    text = "Gunmen fired on a Badr forces patrol on Tuesday."
    assert [m.role for m in find_places(text)] == ["organisation"] and best(text) is None


def test_a_small_foreign_town_in_a_group_name_does_not_locate_the_event():
    from eventwatch import extract

    ev = extract("On 4 May 2019, fighters of the Badr forces repelled an attack by militants, "
                 "killing two of them.", published="2019-05-06")["events"][0]
    assert ev.get("iso3") != "EGY"


def test_the_province_stated_after_a_stray_namesake_contains_the_event():
    # "Jalawla" here is a market area in Basra, not the town of that name in Diyala
    b = best("Gunmen shot a shopkeeper in the Jalawla market area in Basra province on Sunday.")
    assert b[3] == "IQ-BA"


def test_a_locality_before_an_unknown_district_and_its_province_names_the_event():
    from eventwatch import extract

    ev = extract("Assailants shot and killed a teacher in Mbalo, Kiteto district, Manyara, Tanzania. "
                 "No group claimed responsibility.", published="2021-03-02")["events"][0]
    assert ev["location"] == "Mbalo" and ev["geo_precision"] == 3


def test_a_place_that_ends_an_armed_groups_arabic_name_is_the_groups():
    text = "Fighters of Liwa Ansar Kirkuk clashed with militants in a village in Hawija district."
    roles = {m.text: m.role for m in find_places(text)}
    assert roles.get("Kirkuk") == "organisation" and best(text)[4] == "admin2"


def test_two_provinces_sharing_one_plural_type_word_are_both_provinces():
    # "the X and Y governorates": the plural type word is both names' (it raised KeyError before
    # the plurals came from the one list of type words)
    ms = find_places("Floods cut the roads between the Dohuk and Kirkuk governorates last week.")
    assert [(m.place.admin1_code, m.place.feature) for m in ms] == [("IQ-DA", "admin1"), ("IQ-KI", "admin1")]
