"""The text's country inferred from its actors, and a lake that the gazetteer lacks (invented
sentences)."""

from __future__ import annotations

import pytest

from eventwatch import extract
from eventwatch.annotate import annotate
from eventwatch.annotate.actors import find_actors, home_countries
from eventwatch.annotate.places import find_places
from eventwatch.records import Article


def _countries(text: str) -> list[tuple[str, str]]:
    places = annotate(Article(id="t", text=text)).places
    return [(m.text, m.place.iso3) for m in places]


def test_actor_of_one_country_pulls_a_namesake_there():
    # Zango: a small Nigerian town and a bigger Angolan one; the vigilante force is Nigerian
    text = "Members of the Civilian JTF repelled an attack on Zango, killing three gunmen."
    assert _countries(text) == [("Zango", "NGA")]
    assert [(m.text, m.place.iso3) for m in find_places(text)] == [("Zango", "AGO")]


def test_iraqi_actor_keeps_a_village_without_population_at_home():
    assert _countries("Peshmerga fighters repelled an attack near Sindi overnight.") == [
        ("Sindi", "IRQ")]


def test_actor_of_a_few_countries_rules_out_a_namesake_outside_them():
    # the PKK fights in Turkey and Iraq: a village of its name there beats a bigger town in India
    assert _countries("PKK militants attacked a checkpoint near Sindi at dawn.") == [
        ("Sindi", "IRQ")]


def test_transnational_group_names_no_country():
    assert home_countries(find_actors("Islamic State and al-Qaeda fighters clashed.")) == []
    assert home_countries(find_actors("New People's Army rebels and the NPA")) == [
        ("Philippines",)]


def test_lake_is_not_the_mountains_of_its_name():
    # the gazetteer knows the Qarachogh mountains but no lake of that name
    for text in ("Two fishermen drowned in Lake Qarachogh in Erbil province.",
                 "Two fishermen drowned in the Qarachogh lake in Erbil province."):
        assert [(m.place.feature, m.place.admin1) for m in find_places(text)] == [
            ("admin1", "Erbil")], text
    assert [m.place.feature for m in find_places("Two fishermen drowned near the Qarachogh "
                                                 "mountains.")] == ["mountain"]


def test_actor_home_beats_a_province_of_the_name_abroad():
    # Kwale and Patani: small Nigerian towns and provinces in Kenya and Thailand that no word names
    assert _countries("Members of the Civilian JTF repelled an attack on Kwale, killing two gunmen.") == [
        ("Kwale", "NGA")]
    assert _countries("Boko Haram fighters stormed Patani at night, killing four soldiers.") == [
        ("Patani", "NGA")]
    assert _countries("ADF rebels raided Beni, killing seven villagers.") == [("Beni", "COD")]


def test_a_country_the_text_names_still_decides():
    assert _countries("Members of the Civilian JTF visited Kwale, Kenya, on Sunday.") == [
        ("Kwale", "KEN"), ("Kenya", "KEN")]


def test_actor_home_beats_a_big_province_abroad():
    # a province's population is its towns' summed: no sign that a bare name means it abroad
    # (Bali in Indonesia, Victoria in Australia, Santa Cruz in Bolivia, Nara in Japan)
    assert _countries("Ambazonian separatists burned a school in Bali on Tuesday, killing two teachers.") == [
        ("Bali", "CMR")]
    assert _countries("NPA rebels ambushed an army patrol near Victoria, killing three soldiers.") == [
        ("Victoria", "PHL")]
    assert _countries("Abu Sayyaf gunmen attacked Santa Cruz, killing two fishermen.") == [
        ("Santa Cruz", "PHL")]
    assert _countries("Dogon militiamen raided Nara overnight, killing six herders.") == [("Nara", "MLI")]


def test_actor_home_beats_a_capital_abroad_matched_by_another_spelling():
    # the Somali town's own name is a spelling of Azerbaijan's capital (and of its province)
    assert _countries("Al-Shabaab militants overran Baki at dawn, killing three soldiers.") == [
        ("Baki", "SOM")]


@pytest.mark.parametrize("text", [
    "Malian soldiers killed eight jihadists in Tarma on Friday.",
    "Nigerian troops repelled bandits who attacked Sora, killing two vigilantes.",
    "Kenyan police shot dead three cattle raiders in Marina on Sunday.",
    "Burkinabe soldiers ambushed gunmen near Aurora, killing five.",
    "Rwandan troops killed ten insurgents in Palma.",
])
def test_a_conflict_report_has_no_small_town_abroad_that_nothing_names(text):
    # armed actors and a country named: a small namesake in a country nothing names (Peru,
    # Italy, the US, Spain) is a local place the gazetteer lacks
    assert _countries(text) == []


@pytest.mark.parametrize(("text", "country"), [
    ("Nigerian tourists visited Sora on Sunday.", "ITA"),  # no armed actor: general news
    ("Kenyan police arrested two bombing suspects who had flown in from Rotterdam.", "NLD"),  # a big town
])
def test_a_namesake_abroad_stays_outside_a_conflict_report_or_when_big(text, country):
    assert [iso3 for _, iso3 in _countries(text)] == [country]


def test_a_foreign_town_stands_where_the_named_country_is_only_a_speaker():
    # a conflict report whose country only speaks ("Kenya's interior ministry said") and an
    # actor's home: the one reading of the only place named is the town abroad
    places = [(m.text, m.place.iso3) for m in annotate(Article(id="t", text=(
        "Police detained three al-Shabaab suspects in Tampere on Tuesday, Kenya's interior ministry "
        "said."))).places]
    assert ("Tampere", "FIN") in places
    # told otherwise (a demonym, a place at home), a small town abroad is still no reading
    places = [(m.text, m.place.iso3) for m in annotate(Article(id="t", text=(
        "Jihadists killed six Malian soldiers near Tarma on Tuesday, officials said."))).places]
    assert all(iso3 != "PER" for _, iso3 in places)


@pytest.mark.parametrize("village", ["Baruka", "Dahuka"])
def test_a_province_abroad_keeps_a_near_spelling_of_an_iraqi_town_out(village):
    # the village is unknown; its near spelling of an Iraqi town must not make a Nigerian story Iraqi
    text = f"On May 6, bandits attacked {village} village in Zamfara State, killing five farmers."
    assert _countries(text) == [("Zamfara State", "NGA")]
    event = extract(text, published="2024-05-10")["events"][0]
    assert (event["country"], event["actor1"]) == ("Nigeria", "Unidentified Armed Group (Nigeria)")
