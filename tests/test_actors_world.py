"""Armed actors beyond Iraq: the lexicon names them as ACLED/GTD do, with their interaction
codes, and the role rules put them on the right side (invented sentences)."""

from __future__ import annotations

import pytest
from conftest import one_event

from eventwatch.annotate.actors import fighting, find_actors


def _roles(text: str) -> tuple:
    event = one_event(text, "2022-03-10", first=True)
    for field in ("actor1", "actor2"):
        if event[field] is not None:
            assert field in event["evidence"]  # every value carries its span
    return event["actor1"], event["inter1"], event["actor2"], event["inter2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkish-backed opposition factions are rebels, not the Syrian state's army.
        ("On 3 March, Turkish-backed Syrian National Army factions clashed with the SDF near Manbij, Aleppo, Syria.",
         ("Syrian National Army (SNA)", 2, "Syrian Democratic Forces (SDF)", 2)),
        # An ethnic militia is an identity militia (ACLED 4).
        ("On 3 March, Fulani militia attacked Kukawa village in Borno, Nigeria, killing five villagers.",
         ("Fulani extremists", 4, "Civilians (Nigeria)", 7)),
        ("On 3 March, M23 rebels clashed with Congolese soldiers near Rutshuru, North Kivu, "
         "Democratic Republic of the Congo.",
         ("March 23 Movement (M23)", 2, "Military Forces of Democratic Republic of the Congo", 1)),
        ("On 3 March, the Tatmadaw clashed with the People's Defence Force in Sagaing, Myanmar.",
         ("Military Forces of Myanmar", 1, "People's Defence Force (Myanmar)", 2)),
        ("On 3 March, regime forces and National Defence Forces clashed with Ahrar al-Sham fighters near Saraqib, "
         "Idlib, Syria.",
         ("Military Forces of Syria", 1, "Ahrar al-Sham", 2)),
        ("On 3 March, AQAP militants attacked a checkpoint of the Southern Transitional Council in Abyan, Yemen.",
         ("Al-Qaida in the Arabian Peninsula (AQAP)", 2, "Southern Transitional Council (STC)", 3)),
        ("On 3 March, Abu Sayyaf gunmen abducted two fishermen off Sulu, Philippines.",
         ("Abu Sayyaf Group (ASG)", 2, "Civilians (Philippines)", 7)),
        ("On 3 March, Baloch Liberation Army militants attacked a Frontier Corps post in Kech, Balochistan, Pakistan.",
         ("Baloch Liberation Army (BLA)", 2, "Military Forces of Pakistan", 1)),
    ],
)
def test_actors_beyond_iraq(text: str, expected: tuple) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "inter"),
    [
        ("Dozo hunters", "Dozo Communal Militia", 4),
        ("the Volunteers for the Defense of the Homeland", "Volunteers for the Defense of the Homeland (VDP)", 3),
        ("the ISGS", "Islamic State in the Greater Sahara (ISGS)", 2),
        ("a CODECO militia", "Cooperative for the Development of Congo (CODECO)", 3),
        ("the Saudi-led coalition", "Military Forces of Saudi Arabia", 8),
        ("the ISKP", "Khorasan Chapter of the Islamic State", 2),
        ("Clan del Golfo members", "Clan del Golfo", 3),
        ("AMISOM troops", "African Union Mission in Somalia (AMISOM)", 8),
        ("Iranian-backed militias", "Iranian-backed militias", 3),
        ("ethnic militias", "Unidentified Communal Militia ({country})", 4),
        ("security agents", "Military Forces of {country}", 1),
        ("law enforcement agencies", "Police Forces of {country}", 1),
    ],
)
def test_lexicon_names(text: str, name: str, inter: int) -> None:
    found = find_actors(text)
    assert found and found[0].actor.name == name and found[0].actor.inter == inter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A nationality before a force noun names that country's forces: 8 abroad, 1 at home.
        ("On 3 March, Israeli missiles struck Iranian militia positions near Albu Kamal, Deir ez-Zor, Syria.",
         ("Military Forces of Israel", 8, "Iranian-backed militias", 3)),
        ("On 3 March, US drones struck al-Shabaab militants near Jilib, Middle Juba, Somalia.",
         ("Military Forces of the United States", 8, "Al-Shabaab", 2)),
        ("On 3 March, Turkish air raids hit PKK hideouts near Amadiya, Duhok, Iraq.",
         ("Military Forces of Turkey", 8, "PKK: Kurdistan Workers Party", 2)),
        ("On 3 March, Russian UAV strikes hit rebel positions near Idlib, Syria.",
         ("Military Forces of Russia", 8, "Unidentified Armed Group (Syria)", 3)),
        ("On 3 March, rebels attacked a Russian convoy near Idlib, Syria.",
         ("Unidentified Armed Group (Syria)", 3, "Military Forces of Russia", 8)),
        ("On 3 March, Rwandan troops clashed with insurgents near Palma, Cabo Delgado, Mozambique.",
         ("Military Forces of Rwanda", 8, "Unidentified Armed Group (Mozambique)", 3)),
        # The Islamic State named in a theatre of one of its provinces is that province.
        ("On 3 March, Islamic State militants attacked a Taliban checkpoint in Jalalabad, Nangarhar, Afghanistan.",
         ("Khorasan Chapter of the Islamic State", 2, "Taliban", 2)),
        ("On 3 March, Islamic State fighters killed ten villagers in Beni, North Kivu, "
         "Democratic Republic of the Congo.",
         ("Islamic State Central Africa Province (ISCAP)", 2, "Civilians (Democratic Republic of the Congo)", 7)),
        ("On 3 March, IS militants ambushed soldiers near Diffa, Niger.",
         ("Islamic State West Africa Province (ISWAP)", 2, "Military Forces of Niger", 1)),
        ("On 3 March, Islamic State fighters attacked a village near Menaka, Mali, killing six civilians.",
         ("Islamic State in the Greater Sahara (ISGS)", 2, "Civilians (Mali)", 7)),
    ],
)
def test_national_forces_and_regional_branches(text: str, expected: tuple) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country's own name names its forces or government: possessive, after "government of",
        # or as the subject of a state's act (troops moved: its forces; else its government).
        ("On 4 April, Iran's artillery shelled a village near Sidakan, Erbil, Iraq, killing a farmer.",
         ("Military Forces of Iran", 8)),
        ("On 4 April, the government of Italy suspended its training mission in Erbil, Iraq.",
         ("Government of Italy", 8)),
        ("On 4 April, the Canadian government suspended its training mission in Erbil, Iraq.",
         ("Government of Canada", 8)),
        ("On 4 April, the US deployed 300 more soldiers to Erbil, Iraq.", ("Military Forces of the United States", 8)),
        ("On 4 April, Iraq sent two army brigades to Qaim to guard the border with Syria.",
         ("Military Forces of Iraq", 1)),
    ],
)
def test_a_country_named_as_the_actor(text: str, expected: tuple) -> None:
    assert _roles(text)[:2] == expected


def test_a_country_inside_a_persons_name_is_no_state():
    # "Jordan" after a first name: a person, not the state acting
    names = {m.actor.name for m in find_actors("Michael Jordan announced a new plan on Monday.")}
    assert not any("Jordan" in n for n in names), names
    assert "Military Forces of the United States" in {
        m.actor.name for m in find_actors("The US sent 750 soldiers to Erbil.")}


def test_a_country_name_that_moves_itself_or_is_he_or_she_is_a_person():
    # at the start of a sentence no capitalised word shows the name: the verb's own words do
    for text in ("Chad moved to Denver in 2019.", "Jordan announced his retirement on Monday.",
                 "Georgia decided to sell her car."):
        assert not find_actors(text), text
    # a state moves forces and is "it"
    assert [m.actor.name for m in find_actors("Chad moved troops to the border.")][0] == "Military Forces of Chad"
    assert [m.actor.name for m in find_actors("Turkey announced its troops would stay.")][0] == "Government of Turkey"


def test_iranian_kurdish_groups_fight_iran():
    # the lexicon's 'enemy' makes unnamed soldiers those of the state the group fights
    assert _roles("On 5 April, PJAK fighters killed two soldiers in a clash near Penjwen, Sulaymaniyah, Iraq.") == (
        "PJAK: Party of Free Life of Kurdistan", 2, "Military Forces of Iran", 8)
    found = find_actors("Iranian shelling wounded three members of the Komala party near Koya.")
    assert [m.actor.name for m in found][-1] == "KSZK: Komala Party of Iranian Kurdistan"


def test_unnamed_forces_read_by_the_enemy_keep_the_words_that_name_it():
    # "soldiers" say no country: the group whose enemy they are is evidence for the value too
    event = one_event("On 5 April, PKK militants killed two soldiers in a clash near Zakho, Duhok, Iraq.",
                      "2019-04-06", first=True)
    assert event["actor2"] == "Military Forces of Turkey"
    assert event["evidence"]["actor2"]["text"] == "soldiers"
    assert "PKK" in event["evidence"]["actor2.enemy_of"]["text"]
    # and "militants" facing a state's forces are the group that state fights, named by those forces
    event = one_event("On 5 April, Turkish forces killed four militants near Zakho, Duhok, Iraq.",
                      "2019-04-06", first=True)
    assert event["actor2"] == "PKK: Kurdistan Workers Party"
    assert event["evidence"]["actor2"]["text"] == "militants"
    assert "Turkish" in event["evidence"]["actor2.enemy_of"]["text"]


def test_militants_a_state_fights_are_named_only_when_one_group_fights_it():
    # Turkey: the PKK alone; Iran: three Kurdish parties, so unnamed militants stay unidentified
    assert fighting("Turkey").name == "PKK: Kurdistan Workers Party"
    assert fighting("Iran") is None
    assert _roles("On May 5, Turkish forces killed 4 militants near Zakho.")[2] == "PKK: Kurdistan Workers Party"
    unnamed = _roles("On May 5, Iranian forces killed 4 militants near Zakho.")
    assert unnamed[2:] == ("Unidentified Armed Group (Iraq)", 3)


@pytest.mark.parametrize(("text", "side", "expected"), [
    # a nationality's forces fighting abroad are that nation's, an external force there
    ("On May 3, Iraqi forces shelled IS positions in Baghouz, Syria.", 1, ("Military Forces of Iraq", 8)),
    ("On May 3, Nigerian army troops killed 5 Boko Haram fighters near Diffa, Niger.", 1,
     ("Military Forces of Nigeria", 8)),
    # at home they are the state's own; with no place known, still named by their nationality
    ("On May 3, Iraqi troops shot dead two IS gunmen in Tarmiyah.", 1, ("Military Forces of Iraq", 1)),
    ("On May 3, al-Shabaab fighters ambushed a Somali army convoy near Afgoye.", 2, ("Military Forces of Somalia", 1)),
])
def test_national_forces_are_named_by_their_nationality(text, side, expected):
    event = one_event(text, "2019-05-04", first=True)
    assert (event[f"actor{side}"], event[f"inter{side}"]) == expected


@pytest.mark.parametrize("text", ["On 4 April Turkey sent 300 more soldiers to Idlib, Syria.",
                                  "But Iran closed the border on Monday."])
def test_a_month_or_a_sentence_opener_before_a_country_is_no_first_name(text):
    assert any(m.actor.name.startswith(("Military Forces of Turkey", "Government of Iran")) for m in find_actors(text))


def test_a_citys_police_district_is_a_place_not_the_police() -> None:
    # Kabul and Kandahar number their city districts "Police District 12": no force is named there
    assert [m.text for m in find_actors("A grenade went off outside a pharmacy in Police District 12, Kabul.")] == []
    assert "Police" in [m.text for m in find_actors("Police closed the roads of district 3 on Monday.")]
    text = "A grenade went off outside a pharmacy in Police District 12, Kabul, Afghanistan, wounding six civilians."
    assert _roles(text)[2:] == ("Civilians (Afghanistan)", 7)


def test_an_informer_of_the_forces_is_a_civilian_not_the_forces() -> None:
    # "a police informer", "army informants": civilians who passed word to the forces (killing one is no battle)
    mentions = find_actors("Rebels shot dead a suspected army informant in Tarvo.")
    assert not [m for m in mentions if m.actor.kind == "state"]
    assert "police" in [m.text for m in find_actors("Rebels shot at police informing residents in Tarvo.")]
    text = "On 3 May, Maoists hacked to death a suspected police informer in Dantewada, Chhattisgarh."
    assert _roles(text)[2:] == ("Civilians (India)", 7)


@pytest.mark.parametrize(("text", "actor1"), [
    ("On April 3, authorities imposed a curfew in Kaduna after clashes between two communities.",
     "Government of Nigeria"),
    ("On April 3, the local authorities imposed a curfew in Kaduna, Nigeria.", "Government of Nigeria"),
    ("On April 3, Houthi authorities imposed a curfew in Ibb, Yemen.", "Houthis (Ansar Allah)"),
])
def test_authorities_that_begin_a_clause_are_the_home_government(text: str, actor1: str) -> None:
    # "authorities" bare, or "the local authorities": the state of the event's country; a party's
    # own authorities ("Houthi authorities") stay that party's
    assert one_event(text, "2022-04-10", first=True)["actor1"] == actor1


@pytest.mark.parametrize("victims", ["monks", "nuns", "priests", "pastors", "pupils", "mourners"])
def test_clergy_pupils_and_mourners_killed_are_civilians(victims: str) -> None:
    # ACLED's civilians (inter 7) whoever they serve or mourn; the GTD reads the clergy as religious figures
    event = one_event(f"On April 3, soldiers shelled a village near Hpasawng, Myanmar, killing 3 {victims}.",
                      "2022-04-10", first=True)
    assert event["inter2"] == 7, victims


@pytest.mark.parametrize(("text", "actor1"), [
    ("On April 3, Somali and Kenyan troops killed 5 Al-Shabaab militants near Dhobley.", "Military Forces of Somalia"),
    ("On April 3, Malian, Burkinabe and Nigerien soldiers killed 9 militants near Tessit, Mali.",
     "Military Forces of Mali"),
])
def test_a_nationality_that_shares_the_next_ones_force_noun_is_that_states_force(text: str, actor1: str) -> None:
    # "Somali and Kenyan troops": Somalia's troops too, named first (ACLED's actor 1, the others associated)
    assert one_event(text, "2022-04-10", first=True)["actor1"] == actor1
    found = [m.text for m in find_actors("Islamic State and Kenyan troops clashed.")]
    assert found == ["Islamic State", "Kenyan troops"]  # a word of another name shares nothing


@pytest.mark.parametrize(("place", "forces", "inter"), [
    ("Dolisie", "Military Forces of Republic of the Congo", 1),
    ("Goma", "Military Forces of Democratic Republic of the Congo", 1),
    ("Bangui", "Military Forces of Democratic Republic of the Congo", 8),
])
def test_a_demonym_two_states_share_names_the_forces_of_the_one_the_event_is_in(place, forces, inter):
    # "Congolese" is the demonym of both Congos: at home in either it is that state's own army
    text = f"On May 6, Congolese troops clashed with rebels near {place}, killing four."
    event = one_event(text, "2024-05-10", first=True)
    assert (event["actor1"], event["inter1"]) == (forces, inter)


@pytest.mark.parametrize(("text", "expected"), [
    # a people's name before "militia(men)" names that people's militia, ACLED's identity militia (4)
    ("On 3 March, Dinka militiamen attacked a cattle camp near Tonj, Warrap, South Sudan, killing four herders.",
     ("Dinka Ethnic Militia (South Sudan)", 4, "Civilians (South Sudan)", 7)),
    ("On 3 March, tribal militiamen attacked a village near Kutum, North Darfur, Sudan, killing six villagers.",
     ("Unidentified Tribal Militia (Sudan)", 4, "Civilians (Sudan)", 7)),
])
def test_a_peoples_militia_is_an_identity_militia(text, expected):
    assert _roles(text) == expected


def test_a_states_demonym_before_militia_names_no_people():
    # every state's demonym (data/actors.json's national_forces), not one: the peoples list must hold none
    from eventwatch.annotate.actors import _data

    demonyms = _data()["national_forces"]["demonyms"]
    for demonym in ["Iraqi", *demonyms]:
        for noun in ("militia", "militias", "militiamen"):
            found = find_actors(f"{demonym} {noun} shelled a base near Varlo.")
            assert not any("Ethnic" in m.actor.name for m in found), (demonym, noun)


def test_the_gtd_names_a_peoples_militia_without_ethnic():
    from eventwatch.extract.gtd import gtd_group_name
    assert gtd_group_name("Dinka Ethnic Militia (South Sudan)") == "Dinka Militia"


MINUSCA = "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (MINUSCA)"

@pytest.mark.parametrize(
    ("text", "name", "inter"),
    [
        # Peace operations and foreign forces ACLED names in Africa and the Middle East: external forces (8).
        ("the MINUSMA camp", "United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)", 8),
        ("MINUSCA troops", MINUSCA, 8),
        ("an UNMISS base", "United Nations Mission in South Sudan (UNMISS)", 8),
        ("a UNIFIL patrol", "United Nations Interim Force in Lebanon (UNIFIL)", 8),
        ("UNAMID peacekeepers", "African Union-United Nations Hybrid Operation in Darfur (UNAMID)", 8),
        ("UNISFA troops", "United Nations Interim Security Force for Abyei (UNISFA)", 8),
        ("the SADC Mission in Mozambique", "Southern African Development Community Mission in Mozambique (SAMIM)", 8),
        ("the G5 Sahel Joint Force", "G5 Sahel Joint Force", 8),
        ("Operation Barkhane", "Military Forces of France", 8),
        ("Barkhane soldiers", "Military Forces of France", 8),
        ("Task Force Takuba", "Task Force Takuba", 8),
        ("Wagner forces", "Wagner Group", 8),
        ("the Rwanda Defence Force", "Military Forces of Rwanda", 8),
        ("the EACRF", "East African Community Regional Force (EACRF)", 8),
        ("EAC regional forces", "East African Community Regional Force (EACRF)", 8),
        ("KFOR", "Kosovo Force (KFOR)", 8),
    ],
)
def test_peace_operations_and_foreign_forces(text: str, name: str, inter: int) -> None:
    found = find_actors(text)
    assert found and found[0].actor.name == name and found[0].actor.inter == inter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An armed group's attack on a peace operation is a battle between it and the mission (external, 8).
        ("On 3 May 2022, suspected JNIM militants attacked a MINUSMA convoy near Aguelhok, Kidal region, "
         "killing three peacekeepers.",
         ("Jamaat Nusrat al-Islam wal Muslimin (JNIM)", 2,
          "United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)", 8)),
        # "UN peacekeepers" and "blue helmets" are the mission of the event's country.
        ("On 3 May 2022, gunmen attacked UN peacekeepers near Kaga-Bandoro, Nana-Grebizi, "
         "Central African Republic, killing one.",
         ("Unidentified Armed Group (Central African Republic)", 3,
          MINUSCA, 8)),
        ("On 3 May 2022, unidentified gunmen killed a blue helmet near Anefis, Kidal, Mali.",
         ("Unidentified Armed Group (Mali)", 3,
          "United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)", 8)),
        ("On 3 May 2022, militiamen attacked UN peacekeepers near Djugu, Ituri, Democratic Republic of the Congo.",
         ("Unidentified Armed Group (Democratic Republic of the Congo)", 3,
          "United Nations Organization Stabilization Mission in the DR Congo (MONUSCO)", 8)),
        ("On 3 May 2022, Barkhane troops killed eight JNIM militants in an airstrike near Boni, Mopti, Mali.",
         ("Military Forces of France", 8, "Jamaat Nusrat al-Islam wal Muslimin (JNIM)", 2)),
        ("On 3 May 2022, EACRF troops clashed with M23 rebels near Kibumba, North Kivu, "
         "Democratic Republic of the Congo.",
         ("East African Community Regional Force (EACRF)", 8, "March 23 Movement (M23)", 2)),
        ("On 3 May 2022, Rwanda Defence Force troops clashed with insurgents near Ancuabe, Cabo Delgado, Mozambique.",
         ("Military Forces of Rwanda", 8, "Unidentified Armed Group (Mozambique)", 3)),
    ],
)
def test_peace_operations_in_events(text: str, expected: tuple) -> None:
    event = one_event(text, "2022-05-10", first=True)
    assert (event["actor1"], event["inter1"], event["actor2"], event["inter2"]) == expected
    # (armed parties fighting, a peace operation's troops included, is a battle; a strike from the air is not)
    assert event["event_type"] == ("Explosions/Remote violence" if "airstrike" in text else "Battles")


def test_every_alias_in_the_data_file_is_one_the_lexicon_reads():
    # (aliases are read lower-cased, the first entry's kept: a case variant or an alias another
    # entry already holds is dead data that looks like coverage)
    from eventwatch.annotate.actors import _data

    owner: dict[str, str] = {}
    for entry in _data()["actors"]:
        for alias in entry["aliases"]:
            assert owner.setdefault(alias.lower(), entry["name"]) == entry["name"], (alias, entry["name"])
    lowered = [[alias.lower() for alias in entry["aliases"]] for entry in _data()["actors"]]
    assert all(len(set(aliases)) == len(aliases) for aliases in lowered)


@pytest.mark.parametrize(("text", "name"), [
    ("Kazakh air defences shot down 4 Turkish Bayraktar drones.", "Military Forces of Turkey"),
    ("Two Russian Su-25 jets bombed the ridge.", "Military Forces of Russia"),
    ("Turkish F-16 jets struck the hills.", "Military Forces of Turkey"),
])
def test_a_weapons_model_between_nationality_and_weapon_still_names_the_forces(text: str, name: str) -> None:
    # "Turkish Bayraktar drones" are Turkey's forces as "Turkish drones" are; "F-16" alone stays no one's
    assert name in [m.actor.name for m in find_actors(text)], text


@pytest.mark.parametrize(
    ("text", "actor1", "inter1", "gname"),
    [
        # Armed groups of the wider world, each named as ACLED names it (with its interaction code) and its
        # perpetrator as the GTD names it.
        ("On 5 May, anti-Balaka militiamen attacked Peuhl herders near Bambouti, Haut-Mbomou, Central African "
         "Republic, killing three herders.", "Anti-Balaka Militia", 3, "Anti-Balaka Militia"),
        ("On 5 May, FDLR fighters ambushed a Congolese army patrol near Kibirizi, North Kivu, Democratic Republic "
         "of the Congo, killing two soldiers.", "FDLR: Democratic Forces for the Liberation of Rwanda", 2,
         "Democratic Front for the Liberation of Rwanda (FDLR)"),
        ("On 5 May, Jaish al-Adl militants attacked a border post near Saravan, Sistan and Baluchestan, Iran, "
         "killing four border guards.", "Jaish al-Adl", 2, "Jaish al-Adl"),
        ("On 5 May, the Lord's Resistance Army abducted nine villagers near Obo, Haut-Mbomou, Central African "
         "Republic.", "LRA: Lord's Resistance Army", 2, "Lord's Resistance Army (LRA)"),
        ("On 5 May, members of the 400 Mawozo gang kidnapped six passengers of a bus near Ganthier, Ouest, Haiti.",
         "400 Mawozo", 3, "400 Mawozo"),
        ("On 5 May, NDFB militants shot dead two traders near Kokrajhar, Assam, India.",
         "National Democratic Front of Bodoland (NDFB)", 2, "National Democratic Front of Bodoland (NDFB)"),
    ],
)
def test_armed_groups_of_the_wider_world(text: str, actor1: str, inter1: int, gname: str) -> None:
    from eventwatch.evaluate.gtd import same_group

    event = one_event(text, "2021-05-06", first=True)
    assert (event["actor1"], event["inter1"]) == (actor1, inter1)
    assert same_group(gname, event["perpetrator"]), event["perpetrator"]


def test_the_libyan_national_army_is_a_states_force() -> None:
    # (ACLED codes both sides of Libya's war, each with a government of its own, as state forces)
    event = one_event("On 5 May, Libyan National Army forces shelled fighters of a Misrata brigade near Abu Grein, "
                      "Misrata, Libya, killing three fighters.", "2021-05-06", first=True)
    assert (event["actor1"], event["inter1"]) == ("Libyan National Army (LNA)", 1)
