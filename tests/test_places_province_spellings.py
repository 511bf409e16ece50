"""Provinces (first-level units) in the variant spellings news and coders use, read where a
province is written (invented sentences, no gold data)."""

import pytest

import eventwatch
from eventwatch.annotate.places import find_places


@pytest.mark.parametrize(("text", "code"), [
    # after a town of it and a comma (the town confirms the spelling: gazetteer or localities)
    ("On 4 April, Russian forces shelled a school in Kupiansk, Kharkov, wounding 3 teachers.", "UA-63"),
    ("On 4 April, Taliban fighters attacked a police post in Sheberghan, Jawzjan, killing 4 officers.", "AF-JOW"),
    ("On 4 April, police arrested 5 protesters in Oleksandriia, Kirovograd.", "UA-35"),
    ("On 4 April, unknown gunmen shot a trader dead in Khujand, Sogd.", "TJ-SU"),
    # before the unit's type word
    ("On 4 April, Russian shelling killed 2 farmers in a village of Zaporozhye oblast.", "UA-23"),
    ("On 4 April, Russian drones struck a fuel depot in Chernigov oblast.", "UA-74"),
    ("On 4 April, Taliban fighters attacked a police post in Jawzjan province, killing 4 officers.", "AF-JOW"),
    ("On 4 April, jihadists killed 9 villagers in the Tillabery region.", "NE-6"),
    ("On 4 April, junta troops burned 30 houses in Pauk township, Magwe region.", "MM-03"),
    ("On 4 April, an airstrike hit a fuel depot in Hadramout governorate.", "YE-HD"),
    ("On 4 April, militants attacked a checkpoint in Urozgan province.", "AF-URU"),
    # with the Arabic article, after a town the gazetteer lacks (the province's localities have it)
    ("On 4 April, Houthi forces shelled homes in Rada'a, Al-Baydha, killing 3 people.", "YE-BA"),
    ("On 4 April, Houthi forces shelled homes in Harib, Mareb, killing 3 people.", "YE-MA"),
    # a town's other spelling before "oblast": the province named after the town
    ("On 4 April, Russian forces shelled a village in Nikolaev oblast, wounding 2 people.", "UA-48"),
    ("On 4 April, Russian forces shelled a village in Zhitomir oblast, wounding 2 people.", "UA-18"),
])
def test_a_province_in_a_variant_spelling_where_a_province_is_written(text, code):
    # a near spelling of a first-level unit's name (the consonant skeleton, with Russian "g" for
    # Ukrainian "h") is the province where the text writes one: after a town of it, before "oblast"
    event = eventwatch.extract(text, published="2023-04-06")["events"][0]
    assert event["admin1_code"] == code, (text, event["admin1"])


def test_a_variant_spelling_of_a_province_after_a_town_the_gazetteer_lacks_under_it():
    # the town's own spelling is the localities' near spelling of one in that province (Dhuusamarreeb)
    text = "On 9 March, a car bomb exploded at a checkpoint in Dhusamareb, Galgadud, killing 4 soldiers."
    event = eventwatch.extract(text, published="2023-03-10")["events"][0]
    assert (event["admin1_code"], event["location"]) == ("SO-GA", "Dhusamareb")
    assert abs(event["latitude"] - 5.54) < 0.1


@pytest.mark.parametrize("text", [
    # no province is written there: a near spelling of one is no place
    "On 4 April, Russian forces shelled Kharkov and its suburbs.",
    "Officials in Jawzjan said on Monday that the road had reopened.",
    # the town before lies in another province: no near spelling of this one is confirmed
    "Troops returned to Kupiansk, Chernigov, on Friday.",
])
def test_a_near_spelling_of_a_province_is_read_only_where_a_province_is_written(text):
    assert [m.place.feature for m in find_places(text) if m.place.feature == "admin1"] == []


@pytest.mark.parametrize(("text", "code"), [
    # provinces made after GeoNames' names were taken (Congo 2015, Mali 2016, Ethiopia 2020), by
    # a town of them or by their own name
    ("On 12 May, militiamen killed 6 fishermen near Kalemie, Tanganyika province.", "CD-TA"),
    ("On 12 May, militiamen looted shops in Tanganyika province, killing 2 traders.", "CD-TA"),
    ("On 12 May, jihadists ambushed an army convoy near Menaka, killing 7 soldiers.", "ML-9"),
    ("On 12 May, gunmen killed 3 traders in Kisangani, Tshopo province.", "CD-TO"),
    ("On 12 May, security forces dispersed a protest in Hawassa, Sidama region.", "ET-SI"),
])
def test_a_province_newer_than_the_geonames_names(text, code):
    event = eventwatch.extract(text, published="2024-05-14")["events"][0]
    assert event["admin1_code"] == code, (text, event["admin1"], event.get("location"))
