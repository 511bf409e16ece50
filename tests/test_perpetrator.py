"""The GTD's perpetrator: actor1, except for a disrupted attack, whose planter or launcher it is."""

from __future__ import annotations

import json
import sqlite3

from conftest import gtd_rows, one_event

from eventwatch import store
from eventwatch.pipeline import process
from eventwatch.records import RawDocument


def _event(text: str, published: str = "2021-03-10") -> dict:
    return one_event(text, published)


def test_defused_bomb_names_its_planter():
    event = _event("On Monday police defused a bomb planted by the Taliban near a school in Kandahar.")
    assert event["sub_event_type"] == "Disrupted weapons use"
    assert event["actor1"] == "Police Forces of Afghanistan"  # ACLED's actor1 stays the forces
    assert event["perpetrator"] == "Taliban"
    assert event["evidence"]["perpetrator"]["text"] == "Taliban"


def test_intercepted_drone_names_the_group_by_its_adjective():
    event = _event("On Tuesday soldiers intercepted an explosives-laden Houthi drone over Najran.")
    assert event["sub_event_type"] == "Disrupted weapons use"
    assert event["perpetrator"] == "Houthis (Ansar Allah)"
    assert event["evidence"]["perpetrator"]["text"] == "Houthi"


def test_intercepted_drone_blamed_in_the_story():
    event = _event("On Tuesday air defences intercepted a drone packed with explosives over Najran. "
                   "Officials blamed the attack on the Houthis.")
    assert event["perpetrator"] == "Houthis (Ansar Allah)"
    assert event["evidence"]["perpetrator"]["text"] == "Houthis"


def test_defused_bomb_with_nobody_named_has_no_perpetrator():
    event = _event("On Monday soldiers defused a roadside bomb in Kandahar. No group claimed responsibility.")
    assert event["actor1"] == "Military Forces of Afghanistan"
    assert event["perpetrator"] is None
    assert "perpetrator" not in event["evidence"]


def test_group_named_where_the_bomb_was_laid_is_no_planter():
    event = _event("On Monday police defused a bomb planted near a PKK office in Van.")
    assert event["perpetrator"] is None


def test_ordinary_attack_perpetrator_is_actor1():
    event = _event("On Monday gunmen attacked a checkpoint in Kirkuk, killing two soldiers. IS claimed responsibility.")
    assert event["actor1"] == "Islamic State (IS)"
    assert event["perpetrator"] == event["actor1"]
    assert event["evidence"]["perpetrator"] == event["evidence"]["actor1"]


def test_a_unit_of_a_group_is_the_group():
    event = _event("Gunmen shot and wounded a shopkeeper in Newry, Northern Ireland. Police attributed the attack "
                   "to the South Down Brigade of the Continuity Irish Republican Army.")
    assert event["perpetrator"] == "Continuity Irish Republican Army (CIRA)"  # (the GTD's name, as the lexicon has it)
    assert event["evidence"]["perpetrator"]["text"] == "Continuity Irish Republican Army"
    other = _event("Gunmen ambushed a patrol near Kaduna, Nigeria. Sources blamed the attack on the Ansaru faction "
                   "(a splinter group) of Boko Haram.")
    assert other["perpetrator"] == "Boko Haram"


def test_gtd_export_gname_reads_the_perpetrator(tmp_path):
    rows = gtd_rows(tmp_path, [
        "On 4 March 2021 police defused a bomb planted by the Taliban in Kandahar.",
        "On 5 March 2021 soldiers defused a roadside bomb in Kandahar.",
    ], "2021-03-06")
    assert rows["4"]["gname"] == "Taliban"
    assert rows["5"]["gname"] == "Unknown"


def test_database_from_before_perpetrator_is_upgraded(tmp_path):
    path = tmp_path / "v2.db"
    conn = store.connect(path)
    store.save(conn, process(RawDocument(
        id="old", content="On 4 March 2021 gunmen kidnapped a doctor in Kirkuk. IS claimed responsibility.",
        published="2021-03-06")))
    for table in ("events", "event_sources"):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN perpetrator")
    conn.execute("DELETE FROM schema_version WHERE version > 2")
    conn.close()
    raw = sqlite3.connect(path)
    assert "perpetrator" not in {r[1] for r in raw.execute("PRAGMA table_info(events)")}
    raw.execute("UPDATE events SET evidence = replace(evidence, '\"perpetrator\"', '\"was_perpetrator\"')")
    raw.execute("UPDATE event_sources SET record = json_remove(record, '$.perpetrator')")
    raw.commit()
    raw.close()
    conn = store.connect(path)
    assert store.current_version(conn) == store.SCHEMA_VERSION
    [old] = store.query_events(conn)
    assert old["perpetrator"] == old["actor1"] == "Islamic State (IS)"  # stored rows: actor1, with its evidence
    assert old["evidence"]["perpetrator"]["text"] == old["evidence"]["actor1"]["text"]
    [source] = conn.execute("SELECT record FROM event_sources")
    assert json.loads(source["record"])["perpetrator"] == "Islamic State (IS)"
    store.save(conn, process(RawDocument(
        id="new", content="On 5 March 2021 police defused a bomb planted by the Taliban in Kandahar.",
        published="2021-03-06")))
    new = next(e for e in store.query_events(conn) if e["sub_event_type"] == "Disrupted weapons use")
    assert new["perpetrator"] == "Taliban"


def test_bare_separatists_are_no_particular_movement():
    event = _event("Gunmen burned a school in Bamenda, Cameroon. Police suspected separatists of the arson.")
    assert event["perpetrator"] == "Separatists"
    named = _event("Gunmen burned a school in Bamenda, Cameroon. The Ambazonia Restoration Forces (ARF) "
                   "claimed responsibility.")
    assert named["perpetrator"] == "Ambazonia Restoration Forces (ARF)"


def test_of_two_groups_named_together_the_first_is_the_perpetrator():
    event = _event("Gunmen fired rockets at a barracks near Kidal, Mali. Both the Northern Freedom Front and the "
                   "Union of Popular Fighters of the Eastern Highlands (UPFEH) claimed responsibility for the attack.")
    assert event["perpetrator"] == "Northern Freedom Front"
    other = _event("Gunmen attacked a clinic near Kidal, Mali. Police attributed the attack to the Front for a Free "
                   "and United Homeland (FFUH) and the Zawa Militia.")
    assert other["perpetrator"] == "Front for a Free and United Homeland (FFUH)"


def test_activists_who_claim_an_attack_are_named_extremists():
    event = _event("Assailants set fire to a sawmill truck near Tirua, Bio-Bio, Chile. Lafkenche activists claimed "
                   "responsibility for the arson.")
    assert event["perpetrator"] == "Lafkenche extremists"
    # the name comes from the claim as much as from the noun: the evidence holds both
    assert event["evidence"]["perpetrator"]["text"] == "Lafkenche activists claimed responsibility"
    blamed = _event("Gunmen set fire to a lorry near Tirua, Bio-Bio, Chile. Police attributed the attack to "
                    "Lafkenche activists.")
    assert blamed["perpetrator"] == "Lafkenche extremists"
    assert blamed["evidence"]["perpetrator"]["text"] == "attributed the attack to Lafkenche activists"
    other = _event("Gunmen attacked a village near Djibo, Burkina Faso. Sources attributed the attack to "
                   "Bandama Hunters militia.")
    assert other["perpetrator"] == "Bandama Hunters"


def test_a_known_name_inside_a_longer_spelled_out_one_is_not_that_group():
    event = _event("Gunmen opened fire on a village near Diphu, Assam, India. Police blamed the attack on the "
                   "Karbi National Liberation Army (KNLA).")
    assert event["perpetrator"] == "Karbi National Liberation Army (KNLA)"


def test_a_downed_explosives_laden_aircraft_is_a_disrupted_bombing():
    event = _event("On Tuesday Saudi air defences shot down an explosives-laden aircraft launched toward Jizan. "
                   "Officials blamed the attack on the Houthis.")
    assert event["sub_event_type"] == "Disrupted weapons use"
    assert event["gtd_attack_type"] == "Bombing/Explosion"
    assert event["perpetrator"] == "Houthis (Ansar Allah)"


def test_a_group_name_with_a_slash_or_a_dashed_branch_is_one_name():
    event = _event("Gunmen attacked a village near Lashio, Shan, Myanmar. Police blamed the attack on the Wa Hills "
                   "Army - North (WHA-N).")
    assert event["perpetrator"] == "Wa Hills Army - North (WHA-N)"
    other = _event("Gunmen attacked a village near Butembo, DR Congo. Police blamed the attack on the Union for "
                   "Peace/Democracy Front (UPDF).")
    assert other["perpetrator"] == "Union for Peace/Democracy Front (UPDF)"


def test_the_men_a_force_hunts_did_the_killing_not_the_force():
    event = _event("Police in Kano said on Friday they were hunting the men who killed a butcher in "
                   "Dala on Thursday.")
    assert event["actor1"].startswith("Unidentified Armed Group")
    assert event["actor2"].startswith("Civilians")
    event = _event("The army said it had arrested two of the people who shot dead a teacher in "
                   "Dala on Thursday.", )
    assert event["actor1"].startswith("Unidentified Armed Group")


def test_two_groups_claiming_together_are_the_first_ones_claim():
    # (the GTD's gname is the first of the groups named together, its gname2 the second)
    text = ("Assailants fired nine rockets at Sderot, Southern, Israel. Both the Palestinian Islamic Jihad (PIJ) "
            "and Hamas claimed responsibility for the attack.")
    event = one_event(text, "2019-11-13", first=True)
    assert event["perpetrator"] == "Palestinian Islamic Jihad"
    assert event["evidence"]["perpetrator"]["text"] == "Palestinian Islamic Jihad"


def test_a_claim_by_one_group_after_another_group_named_is_the_claimants():
    text = ("Assailants fired nine rockets at Sderot, Southern, Israel, a day after Hamas had warned of retaliation. "
            "The Palestinian Islamic Jihad claimed responsibility for the attack.")
    event = one_event(text, "2019-11-13", first=True)
    assert event["perpetrator"] == "Palestinian Islamic Jihad"
