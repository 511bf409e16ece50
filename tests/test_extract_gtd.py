"""The GTD crosswalk on GTD-style narratives (invented, in the GTD's register)."""

from __future__ import annotations

import pytest
from conftest import one_event

import eventwatch
from eventwatch.extract.gtd import target_from_nouns, target_of_phrase


def _event(text: str, published: str = "2021-03-02") -> dict:
    return one_event(text, published, first=True)


def test_kidnapping_ranks_above_killing_in_the_gtd_hierarchy():
    e = _event("Assailants attacked a village near Gulu, Uganda. Two farmers were killed and four other people "
               "were abducted. No group claimed responsibility for the incident.")
    assert e["gtd_attack_type"] == "Hostage Taking (Kidnapping)"
    assert e["fatalities"] == 2


def test_named_official_shot_dead_is_an_assassination_and_claim_names_the_perpetrator():
    e = _event("Assailants shot and killed Ahmad Karimi, the district governor, in Kunduz, Afghanistan. "
               "The Taliban claimed responsibility for the attack.")
    assert e["gtd_attack_type"] == "Assassination"
    assert e["actor1"] == "Taliban" and e["inter1"] == 2
    assert e["evidence"]["actor1"]["text"] == "Taliban"


def test_no_group_claimed_but_sources_attributed():
    e = _event("An explosive device detonated near a police checkpoint in Mogadishu, Somalia. Three police "
               "officers were killed. No group claimed responsibility for the incident; however, sources "
               "attributed the attack to Al-Shabaab.")
    assert e["gtd_attack_type"] == "Bombing/Explosion"
    assert (e["actor1"], e["fatalities"], e["target_type"]) == ("Al-Shabaab", 3, "Police")


@pytest.mark.parametrize("told", [
    "officials attributed the raid to Boko Haram",
    "officials attributed the raid on the checkpoint to Boko Haram",
    "officials blamed the deadly ambush on Boko Haram",
    "officials blamed Boko Haram for the raid",
    "officials accused Boko Haram of carrying out the raid",
    "the army said Boko Haram was behind the raid",
    "Boko Haram later claimed the attack",
    "the raid bore the hallmarks of Boko Haram",
])
def test_a_group_blamed_for_the_act_whatever_it_is_called_is_its_author_not_its_victim(told):
    e = _event(f"On May 3, gunmen killed two policemen at a checkpoint in Maiduguri, Borno, Nigeria; {told}.")
    assert (e["actor1"], e["perpetrator"]) == ("Boko Haram", "Boko Haram")
    assert e["actor2"] == "Police Forces of Nigeria"


def test_an_act_attributed_to_a_group_in_its_own_sentence_was_done_by_it():
    e = _event("On May 3, an attack attributed to Boko Haram killed two policemen in Maiduguri, Borno, Nigeria.")
    assert (e["actor1"], e["actor2"]) == ("Boko Haram", "Police Forces of Nigeria")


def test_method_not_told_is_unknown_and_defused_bomb_is_a_bombing():
    e = _event("Assailants attacked an army outpost in Ghazni, Afghanistan. The outcome of the attack is unknown.")
    assert e["gtd_attack_type"] == "Unknown"
    d = _event("Police found and defused an explosive device on a bridge near Sukma, Chhattisgarh, India.")
    assert d["sub_event_type"] == "Disrupted weapons use" and d["gtd_attack_type"] == "Bombing/Explosion"


def test_joined_counts_add_up_and_a_named_victim_counts_one():
    e = _event("Five soldiers and two assailants were killed in the clash in Kunduz, Afghanistan.")
    assert e["fatalities"] == 7 and e["evidence"]["fatalities"]["text"] == "Five soldiers and two"
    d = _event("On May 3, gunmen opened fire on a car in Kirkuk, killing the driver.", published="2019-05-04")
    assert d["fatalities"] == 1 and d["evidence"]["fatalities"]["text"] == "the driver"


def test_killed_or_injured_is_not_a_death_toll():
    e = _event("On Nov 21, Turkish jets killed or injured 2 PKK fighters in the Qandil area of Iraq.",
               published="2019-11-25")
    assert e["fatalities"] is None and e["sub_event_type"] == "Air/drone strike" and e["inter1"] == 8


def test_who_killed_is_not_who_died():
    e = _event("Two assailants shot and killed Naik Gul Sher, a soldier, near Kohat, Pakistan.")
    assert e["fatalities"] == 1 and e["evidence"]["fatalities"]["text"] == "Naik Gul Sher"
    d = _event("Assailants opened fire on the car of a police commander in Herat, Afghanistan. Karimi and his "
               "bodyguard were killed in the assault.")
    assert d["fatalities"] == 2


def test_including_gives_the_head_count():
    e = _event("Assailants stormed two checkpoints in Wardak, Afghanistan. At least eight people, including three "
               "soldiers and five assailants, were killed in the ensuing clash.")
    assert e["fatalities"] == 8


def test_a_series_total_is_shared_among_its_attacks():
    e = _event("Assailants raided Ekpoma, Edo, Nigeria. This was one of four related attacks on farming villages "
               "on this date. At least 20 people were killed and eight people were injured across the attacks.")
    assert (e["fatalities"], e["injured"]) == (5, 2)
    d = _event("Assailants attacked a police post in Kandahar, Afghanistan. Nine officers were killed across "
               "both incidents.")
    assert d["fatalities"] == 4  # 4.5 rounds to even
    one = _event("Assailants attacked a police post in Kandahar, Afghanistan. At least three officers were killed "
                 "in the attack.")
    assert one["fatalities"] == 3


def test_an_in_addition_sentence_adds_to_the_same_incident():
    e = _event("Assailants attacked a police station in Kajuru, Kaduna, Nigeria. Two officers were killed in the "
               "raid. In addition, four officers were abducted and were freed on March 9, 2021.")
    assert (e["fatalities"], e["kidnapped"]) == (2, 4)
    assert e["gtd_attack_type"] == "Hostage Taking (Kidnapping)"
    d = _event("Assailants detonated a car bomb near a police convoy in Khost, Afghanistan. One officer was killed "
               "in the blast. In addition, two assailants were killed in the ensuing clash.")
    assert d["fatalities"] == 3


def test_a_perpetrator_killed_afterwards_counts_in_the_toll():
    e = _event("An assailant stabbed and killed two women at a market in Lyon, France. The assailant was shot "
               "dead by responding police officers.")
    assert e["fatalities"] == 3


def _attack_type(text: str) -> str:
    return _event(text)["gtd_attack_type"]


def test_an_ensuing_clash_tells_no_method():
    assert _attack_type("Assailants attacked a border post in Kunar, Afghanistan. Two soldiers were killed in the "
                        "ensuing clash.") == "Unknown"
    assert _attack_type("Gunmen opened fire on a border post in Kunar, Afghanistan. Two soldiers were killed in "
                        "the ensuing clash.") == "Armed Assault"


def test_the_method_told_before_the_event_sentence_counts():
    assert _attack_type("Suicide bombers drove explosives-laden trucks into an army camp near Gao, Mali. At least "
                        "12 soldiers were killed in the attack.") == "Bombing/Explosion"


def test_an_organisation_is_not_a_named_victim():
    assert _attack_type("Assailants opened fire on Border Guard soldiers near Tumbes, Peru. One soldier was killed "
                        "in the assault.") == "Armed Assault"


def test_incendiary_artillery_and_barricade_methods():
    assert _attack_type("Assailants threw a petrol bomb at a bank in Mbarara, Western, Uganda. The building was "
                        "damaged.") == "Facility/Infrastructure Attack"
    assert _attack_type("Assailants fired artillery at an airfield near Lashio, Shan, Myanmar. No casualties were "
                        "reported.") == "Bombing/Explosion"
    assert _attack_type("An assailant stabbed a guard at a bank in Nantes, France, before holding two employees "
                        "hostage for six hours.") == "Hostage Taking (Barricade Incident)"


def test_a_place_unknown_to_the_gazetteer_still_anchors_the_incident():
    e = _event("Assailants set fire to a chapel in Tirua, Araucania, Chile. No casualties were reported.")
    assert e["gtd_attack_type"] == "Facility/Infrastructure Attack"
    d = _event("Air defences intercepted two explosives-laden drones over Abha, Asir, Saudi Arabia.")
    assert d["gtd_attack_type"] == "Bombing/Explosion"


def test_a_series_sentence_belongs_to_the_story():
    assert _attack_type("Assailants raided Bulongo, North Kivu, Democratic Republic of the Congo. Nine villagers "
                        "were killed in the raid. This was one of two attacks that night, in which several people "
                        "were abducted.") == "Hostage Taking (Kidnapping)"


def test_a_titled_victim_makes_an_assassination_but_not_a_commander_among_the_dead():
    assert _attack_type("A roadside bomb exploded near Asadabad, Kunar, Afghanistan. A district governor, identified "
                        "as Abdul Wahid, was killed in the blast.") == "Assassination"
    assert _attack_type("Assailants shot and injured Maria Lopez, the town mayor, near Cucuta, Norte de Santander, "
                        "Colombia.") == "Assassination"
    assert _attack_type("Gunmen opened fire on an army base in Kunar, Afghanistan. At least 15 soldiers, including "
                        "a battalion commander, were killed in the attack.") == "Armed Assault"
    assert _attack_type("Gunmen opened fire on a market in Paktia, Afghanistan. Four people, including a tribal "
                        "elder, were injured in the attack.") == "Armed Assault"


def test_an_elder_singled_out_and_killed_is_an_assassination_one_hurt_in_a_crowd_is_not():
    # The GTD's assassination aims at a specific person of some note; a tribal or village elder, a local
    # notable, is one when the attackers single him out and kill him, named or not (the GTD codes it so),
    # but not when he is one of those hurt in an attack on a crowd or killed in a clash.
    assert _attack_type("Assailants shot dead a village elder in Alingar district, Laghman, "
                        "Afghanistan.") == "Assassination"
    assert _attack_type("Gunmen opened fire on villagers in Alingar district, Laghman, Afghanistan, wounding "
                        "five people including a tribal elder.") == "Armed Assault"


def test_a_defused_grenade_is_a_bombing():
    assert _attack_type("Police discovered and defused a grenade outside a bank in Peshawar, Khyber Pakhtunkhwa, "
                        "Pakistan.") == "Bombing/Explosion"


def test_a_raid_on_villages_is_an_armed_assault_even_when_the_method_is_untold():
    assert _attack_type("Assailants attacked two villages near Kauru, Kaduna, Nigeria. No casualties were "
                        "reported.") == "Armed Assault"


def test_background_earlier_in_the_paragraph_does_not_set_the_attack_type():
    text = ("Families fear the group because of its record of kidnappings early in its rule, in which women and "
            "children were abducted and sold. Reporters said today that mass graves were found near Hatra. "
            "\"The militants executed them on the eighth day after taking Hatra.")
    event = one_event(text, "2019-03-01")
    assert event["gtd_attack_type"] == "Armed Assault"


def test_a_rank_or_a_rank_and_file_victim_is_no_assassination_target():
    e = _event("A gunman shot and wounded Head Constable Rafiq Ahmed near Mardan, Khyber Pakhtunkhwa, Pakistan.")
    assert e["gtd_attack_type"] == "Armed Assault"
    e = _event("Gunmen shot and killed Tariq Mehmood, a soldier, near Tank, Khyber Pakhtunkhwa, Pakistan.")
    assert e["gtd_attack_type"] == "Armed Assault"
    e = _event("Gunmen shot and killed Tariq Mehmood, a retired judge, near Tank, Khyber Pakhtunkhwa, Pakistan.")
    assert e["gtd_attack_type"] == "Assassination"


def test_an_honorific_leads_a_name_and_arson_on_an_officials_house_is_an_assassination():
    e = _event("Assailants shot and injured U Tin Maung, the appointed township administrator, in Sagaing, Myanmar.")
    assert e["gtd_attack_type"] == "Assassination"
    e = _event("Assailants torched the residence of Chidi Okafor, a local council chairman, in Owerri, Imo, Nigeria. "
               "There were no reported casualties.")
    assert e["gtd_attack_type"] == "Assassination"


def test_a_bomb_found_near_a_politicians_home_is_an_assassination_attempt():
    e = _event("Police defused a bomb planted near the house of Imran Baloch, a provincial lawmaker, in Turbat, "
               "Balochistan, Pakistan.")
    assert e["gtd_attack_type"] == "Assassination"


def test_hostages_told_later_make_a_kidnapping():
    e = _event("Gunmen stopped a bus and abducted nine passengers near Lokoja, Kogi, Nigeria. Three of the hostages "
               "were wounded and later rescued by soldiers on April 3, 2021.")
    assert e["gtd_attack_type"] == "Hostage Taking (Kidnapping)"
    e = _event("Assailants stopped a minibus carrying off-duty soldiers near Neiva, Huila, Colombia and torched it. "
               "The soldiers were later released.")
    assert e["gtd_attack_type"] == "Hostage Taking (Kidnapping)"


def test_an_attack_on_a_thing_with_no_one_harmed_is_a_facility_attack():
    e = _event("Assailants attacked a fuel tanker near Kalay, Sagaing, Myanmar. No casualties were reported.")
    assert e["gtd_attack_type"] == "Facility/Infrastructure Attack"
    e = _event("Militants launched an attack targeting a transmission tower in Kunar, Afghanistan. "
               "No casualties were reported.")
    assert e["gtd_attack_type"] == "Facility/Infrastructure Attack"


def test_firearms_and_gunshots_name_an_armed_assault():
    e = _event("Assailants with firearms attacked Gubio, Borno, Nigeria. No casualties were reported.")
    assert e["gtd_attack_type"] == "Armed Assault"
    e = _event("Assailants fired gunshots at a passenger van in Pakokku, Magway, Myanmar. There were no casualties.")
    assert e["gtd_attack_type"] == "Armed Assault"


def test_found_or_intercepted_devices_are_bombings():
    e = _event("A bomb hidden in a motorcycle was discovered outside a market in Kandahar province, Afghanistan. "
               "It exploded while being defused, but no one was hurt.")
    assert e["gtd_attack_type"] == "Bombing/Explosion"
    e = _event("The coalition intercepted an explosives-laden drone launched towards northern areas of Yemen.")
    assert e["gtd_attack_type"] == "Bombing/Explosion"
    e = _event("Troops located and blew up a remotely detonated explosives-laden truck in Ataq, Shabwah, Yemen.")
    assert e["gtd_attack_type"] == "Bombing/Explosion"


def test_a_burst_of_blasts_at_one_spot_is_one_bombing_and_a_council_anchors_a_place():
    e = _event("Three explosions occurred near the market at Insein, Yangon, Myanmar. The outcome is unknown.")
    assert e["gtd_attack_type"] == "Bombing/Explosion"
    e = _event("A rocket struck a kindergarten in Sha'ar HaNegev regional council, Southern, Israel.")
    assert e["gtd_attack_type"] == "Bombing/Explosion"


def test_hostages_found_dead_end_the_kidnapping_story():
    # the explosives were left on the bodies, nothing exploded: the kidnapping is the attack
    text = ("On May 3, gunmen kidnapped two shepherds near Rutba. A week later their bodies were found "
            "in a ditch, rigged with explosives.")
    events = eventwatch.extract(text, published="2021-05-20")["events"]
    bodies = [e for e in events if e["fatalities"] == 2]
    assert len(bodies) == 1
    assert bodies[0]["gtd_attack_type"] == "Hostage Taking (Kidnapping)"


def test_abductions_told_after_an_attack_belong_to_it():
    text = ("Assailants attacked a police post in Dara village, Kunar, Afghanistan. Six officers were "
            "abducted. Nothing has been heard from them since.")
    events = eventwatch.extract(text, published="2021-05-20")["events"]
    assert len(events) == 1
    assert events[0]["kidnapped"] == 6
    assert events[0]["gtd_attack_type"] == "Hostage Taking (Kidnapping)"


def test_victims_told_after_the_blast_give_the_target_type():
    e = _event("An explosive device went off outside Jalalabad, Nangarhar, Afghanistan, on Friday. Two farmers "
               "passing on a tractor were killed in the blast.")
    assert e["target_type"] == "Private Citizens & Property"
    assert e["evidence"]["target_type"]["text"] == "farmers"


def test_a_group_the_lexicon_lacks_is_named_from_the_attribution():
    e = _event("Assailants opened fire on a ranger post near Kilwa, Tanganyika, Democratic Republic of the Congo. "
               "Local elders attributed the attack to the Lake Shore Defence Front (LSDF).")
    assert (e["actor1"], e["inter1"]) == ("Lake Shore Defence Front (LSDF)", 2)
    assert e["evidence"]["actor1"]["text"] == "Lake Shore Defence Front (LSDF)"
    claimed = _event("Assailants shot at a mining convoy near Kilwa, Tanganyika, Democratic Republic of the Congo. "
                     "Lakeside Volunteers claimed responsibility for the attack.")
    assert claimed["actor1"] == "Lakeside Volunteers"
    # a place is no group
    placed = _event("Assailants shot at a mining convoy near Kilwa, Tanganyika, Democratic Republic of the Congo. "
                    "Sources attributed the attack to Zambia.")
    assert placed["actor1"] == "Unidentified Armed Group (Democratic Republic of the Congo)"


def test_a_town_attacked_is_private_property_and_the_claimant_no_victim():
    e = _event("Gunmen raided Tessoro town in Gao, Mali, overnight. Nobody was hurt. "
               "The Islamic State later claimed responsibility for the raid.")
    assert e["target_type"] == "Private Citizens & Property"
    assert e["evidence"]["target_type"]["text"] == "Tessoro town"


def test_a_bus_takes_the_type_of_those_it_carries():
    e = _event("On Monday a roadside bomb struck a bus carrying ministry of health staff outside Kandahar, "
               "Afghanistan, wounding four of them.")
    assert e["target_type"] == "Government (General)"
    assert e["evidence"]["target_type"]["text"] == "ministry"


def test_a_checkpoint_belongs_to_those_killed_there():
    e = _event("Early on Sunday gunmen attacked a checkpoint of Shindand district in Herat, Afghanistan. "
               "Four pro-government militiamen were killed in the exchange.")
    assert e["target_type"] == "Terrorists/Non-State Militia"


def test_what_a_grenade_was_thrown_at_is_the_target():
    e = _event("On Friday a man threw a grenade at a petrol station in Kisumu, Kenya, damaging two pumps.")
    assert e["target_type"] == "Business"
    assert e["evidence"]["target_type"]["text"] == "petrol station"


def test_the_group_blamed_for_a_foiled_bombing_is_no_target():
    e = _event("Police found and defused two bombs hidden beside a road in Gereshk "
               "district, Helmand, Afghanistan, on Tuesday. Local officials attributed the attempted attack "
               "to the Taliban.")
    assert e["gtd_attack_type"] == "Bombing/Explosion"
    assert e["target_type"] is None  # no target told: the GTD's "Unknown"


def test_a_town_a_rocket_landed_in_is_private_citizens_and_property():
    e = _event("Militants fired a rocket that landed in Kiryat Malachi, Southern, Israel. Nobody was hurt.")
    assert e["target_type"] == "Private Citizens & Property"
    assert e["evidence"]["target_type"]["text"].startswith("Kiryat Malachi")


def test_sources_suspected_that_a_group_carried_it_out_names_the_perpetrator():
    for text in ("Gunmen shot dead a district commissioner in Jowhar, Middle Shabelle, Somalia. Nobody has claimed "
                 "the killing, but sources suspected that Al-Shabaab had done it.",
                 "Gunmen opened fire on a cattle market near Ayorou, Tillaberi, Niger. It was not claimed, and "
                 "local sources suspected Boko Haram."):
        e = _event(text)
        assert e["perpetrator"] in {"Al-Shabaab", "Boko Haram"}, text
        assert e["evidence"]["perpetrator"]["text"] in {"Al-Shabaab", "Boko Haram"}, text
    # who backs the suspects is not their name
    e = _event("Gunmen shot dead a lawyer in Basra, Iraq. It was not claimed; sources "
               "suspected Iranian backed militias.")
    assert e["perpetrator"] == "Unidentified Armed Group (Iraq)"


def test_an_attack_attributed_to_a_kind_of_extremist_names_that_kind():
    for text, name in (
            ("A man set fire to a mosque in Graz, Styria, Austria. Local sources attributed the attack to an "
             "anti-Islam extremist.", "Anti-Islam extremists"),
            ("Gunmen shot and wounded a man in Strabane, Northern Ireland. Sources attributed the attack to "
             "dissident republicans.", "Dissident republicans")):
        e = _event(text)
        assert e["perpetrator"] == name, text
        assert e["evidence"]["perpetrator"]["text"].lower() in text.lower()


def test_a_title_word_inside_a_place_name_is_no_victim():
    e = _event("A bomb went off beside an army patrol in Sheikh Miskin, Daraa, Syria, killing two soldiers. "
               "Hayat Tahrir al-Sham said it planted the bomb.")
    assert e["actor2"] is None or not e["actor2"].startswith("Civilians")
    assert e["inter1"] != 1  # the patrol was the target, not the bomber


def test_a_bomb_dropped_from_a_drone_by_assailants_is_their_air_strike_and_its_toll_is_one_story():
    e = eventwatch.extract("Assailants dropped a mortar round from a drone on soldiers in Shindand, Herat, "
                           "Afghanistan. Two soldiers died and three others were hurt in the blast. "
                           "Officials attributed the attack to the Taliban.",
                           published="2021-03-02")["events"]
    assert len(e) == 1
    assert (e[0]["sub_event_type"], e[0]["perpetrator"]) == ("Air/drone strike", "Taliban")
    assert (e[0]["fatalities"], e[0]["injured"]) == (2, 3)


def test_an_animal_killed_is_no_toll_and_a_rally_bombed_is_no_protest():
    e = _event("An explosive device detonated in Sukma, Chhattisgarh, India. A goat was killed in the blast.")
    assert e["fatalities"] is None
    e = _event("A roadside bomb detonated targeting a Republic Day Solidarity rally in Turbat, Balochistan, "
               "Pakistan. Three people died in the blast.")
    assert (e["gtd_attack_type"], e["event_type"]) == ("Bombing/Explosion", "Explosions/Remote violence")


def test_employees_taken_from_a_ministry_are_a_government_target_and_an_sho_is_police():
    e = _event("Gunmen kidnapped 12 employees from the Ministry of Water in Hodeidah, Yemen.")
    assert e["target_type"] == "Government (General)"
    e = _event("A gunman shot and wounded a Station House Officer in a market of Bannu, Pakistan.")
    assert e["target_type"] == "Police"


def test_a_hostages_death_told_later_ends_the_kidnapping_not_a_new_event():
    text = ("Assailants abducted Tun Lwin, a village clerk, in Monywa, Sagaing, Myanmar. Lwin's body was found "
            "four days later on March 9, 2021.")
    events = eventwatch.extract(text, published="2021-03-05")["events"]
    assert [(e["sub_event_type"], e["kidnapped"], e["fatalities"]) for e in events] == [
        ("Abduction/forced disappearance", 1, 1)]
    taken = _event("Assailants kidnapped three traders near Gao, Mali. Two were later freed and the third hostage, "
                   "Omar Sidibe, died in captivity on April 2, 2021.")
    assert (taken["kidnapped"], taken["fatalities"]) == (3, 1)


def test_target_nouns_of_more_kinds_are_read():
    for text, kind in (
            ("Assailants set fire to a chapel in Kumasi, Ashanti, Ghana. There were no casualties.",
             "Religious Figures/Institutions"),
            ("Assailants shot and killed a bishop in Kasese, Western, Uganda. No group claimed responsibility.",
             "Religious Figures/Institutions"),
            ("A mortar struck an educational complex in Bouake, Vallee du Bandama, Ivory Coast.",
             "Educational Institution"),
            ("Assailants opened fire on peacekeepers in Bria, Haute-Kotto, Central African Republic.",
             "Government (Diplomatic)"),
            ("Assailants opened fire on an aid convoy near Bentiu, Unity, South Sudan.", "NGO"),
            ("A bomb blew up on railroad tracks near Quetta, Balochistan, Pakistan.", "Transportation"),
            ("Assailants fired a rocket targeting the airport in Jizan, Saudi Arabia.", "Airports & Aircraft"),
            ("Assailants threw a petrol bomb at the Radio Sol station in Tijuana, Baja California, Mexico.",
             "Journalists & Media"),
            ("Assailants attacked a Department of Immigration office in Maiduguri, Borno, Nigeria.",
             "Government (General)"),
            ("Assailants set fire to the under-construction house of a reporter in Cebu, Central Visayas, "
             "Philippines.", "Journalists & Media")):
        assert _event(text)["target_type"] == kind, text


def test_a_un_mission_named_alone_is_a_diplomatic_target():
    # The GTD types UN peace operations as Government (Diplomatic) (an international organisation), an
    # African Union mission as Military; the mission's name alone carries the type.
    for text, kind in (
            ("Assailants ambushed MONUSCO near Kalunguta, North Kivu, Democratic Republic of the Congo.",
             "Government (Diplomatic)"),
            ("Assailants ambushed UNMISS near Mayendit, Unity, South Sudan.", "Government (Diplomatic)"),
            ("Assailants ambushed AMISOM near Balcad, Middle Shabelle, Somalia.", "Military")):
        assert _event(text)["target_type"] == kind, text


def test_one_search_tests_a_shared_word_boundary_once():
    import re

    from eventwatch.extract.gtd import GTD_TARGET_ANY, _one_search

    assert GTD_TARGET_ANY.pattern.startswith(r"\b(?:(?P<t0>")  # every row opens with \b: tested once
    table = [("A", re.compile(r"\bxy|yz", re.IGNORECASE)), ("B", re.compile(r"\bzz", re.IGNORECASE))]
    assert _one_search(table).search("ayz zz").span() == (1, 3)  # "yz" needs no boundary: nothing hoisted


def test_who_lays_the_blame_is_not_the_attacker():
    e = _event("A man set fire to a mosque in Graz, Styria, Austria. Police attributed the attack to an anti-Islam "
               "extremist.")
    assert (e["actor1"], e["perpetrator"]) == ("Anti-Islam extremists", "Anti-Islam extremists")
    # the party blamed stays the party
    e = _event("Militants blamed for the raid shot dead two guards in Kano, Nigeria.")
    assert e["inter1"] != 1


def test_passive_agent_and_the_place_of_a_kidnapping_are_not_its_target():
    e = _event("On March 3, four farmers were kidnapped by armed militants dressed as soldiers at a checkpoint "
               "near Gao, Mali.")
    assert e["gtd_attack_type"] == "Hostage Taking (Kidnapping)"
    assert e["target_type"] == "Private Citizens & Property"
    assert e["evidence"]["target_type"]["text"] == "farmers"


def test_police_among_the_security_personnel_make_the_target_police():
    e = _event("Gunmen raided a joint checkpoint near Kunduz, Afghanistan. Four security personnel, "
               "including three militiamen and one policeman, died in the fighting.")
    assert e["target_type"] == "Police"
    d = _event("Assailants fired rockets targeting security forces in Ghazni, Afghanistan. Two police officers "
               "were injured in the blast.")
    assert d["target_type"] == "Police"
    f = _event("Assailants attacked security forces in Ghazni, Afghanistan. Six militia members were killed.")
    assert f["target_type"] == "Military"


def test_a_hyphenated_qualifier_is_not_the_target():
    e = _event("Assailants shot and injured the military-appointed administrator of a ward in Sagaing, Myanmar.")
    assert e["target_type"] == "Government (General)"
    d = _event("An explosive device detonated outside a military-owned bank in Mandalay, Myanmar. "
               "One guard was injured.")
    assert d["target_type"] == "Business"


def test_an_attempted_attack_is_an_incident():
    e = _event("Gunmen tried to abduct two farmers on a road in Konduga district, Borno, Nigeria. "
               "Soldiers responded to the attack.")
    assert e["gtd_attack_type"] == "Hostage Taking (Kidnapping)"
    assert e["target_type"] == "Private Citizens & Property"
    d = _event("An assailant tried to stab a shopkeeper at a market near Hebron, West Bank. The assailant was "
               "subdued by a guard.")
    assert d["gtd_attack_type"] == "Armed Assault"
    assert d["fatalities"] is None


def test_a_beheading_is_a_hostage_taking_and_its_victims_are_counted_as_hostages():
    e = _event("Militants stormed a farm and beheaded three herders near Mueda, Cabo Delgado, Mozambique.")
    assert e["gtd_attack_type"] == "Hostage Taking (Kidnapping)"
    assert (e["fatalities"], e["kidnapped"]) == (3, 3)


def test_the_story_tells_the_target_when_the_attack_sentence_does_not():
    e = _event("Two landmines exploded in Baraki Barak, Logar. The mines had been laid near mobile "
               "phone masts. No group claimed responsibility.")
    assert e["target_type"] == "Telecommunication"
    d = _event("A blast struck a voter registration booth in Mandalay, Myanmar. One election official was hurt "
               "in the explosion.")
    assert d["target_type"] == "Government (General)"


def test_a_village_administrator_is_a_government_official():
    e = _event("Assailants abducted and killed the Kyauk Taw village administrator in Sagaing, Myanmar.")
    assert e["target_type"] == "Government (General)"


def test_a_former_fighter_is_a_private_citizen():
    e = _event("Gunmen shot and killed a former rebel commander outside his shop in Beni, North Kivu, "
               "Democratic Republic of the Congo.")
    assert e["target_type"] == "Private Citizens & Property"


def test_public_transport_is_the_target_not_the_passengers_of_a_car():
    e = _event("Gunmen opened fire on a car near Wukari, Taraba, Nigeria. Five passengers were killed.")
    assert e["target_type"] == "Private Citizens & Property"
    d = _event("A roadside bomb exploded against a minibus near Wajir, Kenya. Three civilians were killed.")
    assert d["target_type"] == "Transportation"
    f = _event("Gunmen attacked a passenger van near Sibi, Pakistan, hurting two people.")
    assert f["target_type"] == "Transportation"


def test_the_forces_that_defused_a_bomb_are_not_its_target():
    e = _event("A roadside bomb was discovered and defused by police in Sukma, Chhattisgarh, India.")
    assert e["sub_event_type"] == "Disrupted weapons use"
    assert e["target_type"] is None


def test_someone_abducted_whose_role_is_not_told_is_a_private_citizen():
    e = _event("Gunmen abducted a tailor in Zuwara, Libya. His fate is unknown.")
    assert e["target_type"] == "Private Citizens & Property"


def test_livestock_killed_is_private_property():
    e = _event("A landmine exploded in Konta, Sukma district, Chhattisgarh, India. Two goats were killed in "
               "the explosion.")
    assert e["target_type"] == "Private Citizens & Property"


def test_a_port_or_a_ship_is_a_maritime_target():
    e = _event("Gunmen attacked the river port in Sherkhan Bandar, Kunduz, Afghanistan. The outcome is unknown.")
    assert e["target_type"] == "Maritime"


def test_a_prison_and_its_guards_are_police_targets():
    e = _event("A car bomb exploded targeting the central prison in Kismayo, Somalia, killing two guards.")
    assert e["target_type"] == "Police"


def test_the_story_tells_the_role_of_a_named_victim():
    e = _event("Gunmen opened fire on Chidi \"Spark\" Okafor Jr. outside a bar in Enugu, Nigeria. Okafor, an "
               "adviser to the state government, died in hospital.")
    assert e["target_type"] == "Government (General)"
    d = _event("Gunmen opened fire on Chidi Okafor outside a bar in Enugu, Nigeria. He died in hospital.")
    assert d["target_type"] == "Private Citizens & Property"


def test_an_armed_group_that_detains_someone_abducts_them():
    e = _event("Gunmen stopped and detained a local teacher near Culiacan, Sinaloa, Mexico. No injuries were reported.")
    assert e["sub_event_type"] == "Abduction/forced disappearance"
    assert (e["kidnapped"], e["arrested"]) == (1, None)
    assert e["evidence"]["kidnapped"]["text"] == "a local teacher"
    d = _event("On May 3, police detained a journalist near Culiacan, Sinaloa, Mexico.")
    assert d["sub_event_type"] == "Arrests" and d["arrested"] == 1


def test_an_assault_on_a_police_station_is_an_armed_assault():
    e = _event("Assailants attacked the Kalabo police station in Western Province, Zambia. Two officers were wounded.")
    assert e["gtd_attack_type"] == "Armed Assault"
    assert _event("Assailants attacked an army outpost in Ghazni, Afghanistan.")["gtd_attack_type"] == "Unknown"


def test_an_operation_by_state_forces_has_no_gtd_attack_type():
    # the GTD records attacks by non-state actors only
    troops = _event("On Monday, Iraqi troops killed 12 militants in an operation in Anbar.")
    assert troops["sub_event_type"] == "Armed clash" and troops["gtd_attack_type"] is None
    jets = _event("On Monday, Turkish jets struck PKK positions in Duhok, killing 5 militants.")
    assert jets["gtd_attack_type"] is None and "gtd_attack_type" not in jets["evidence"]
    defused = _event("On Monday, police defused a bomb planted by the group in Kirkuk.")
    assert defused["gtd_attack_type"] == "Bombing/Explosion"  # the planters' attempt is the GTD's


@pytest.mark.parametrize(("text", "attack", "inter1"), [
    ("On Sunday, a former bodyguard shot and killed Javed Karimi, a tribal elder, in Lashkar Gah, Helmand.",
     "Assassination", 8),
    ("On Sunday, an ex-soldier opened fire on a wedding party in Lashkar Gah, Helmand, killing four guests.",
     "Armed Assault", 3),
    ("On Sunday, a retired policeman shot dead two shopkeepers in Lashkar Gah, Helmand.", "Armed Assault", 3),
    ("On Sunday, six former soldiers opened fire on herders near Tarin Kot, Uruzgan, killing three of them.",
     "Armed Assault", 3),
    # an office holder named with the place he serves is still the one aimed at
    ("On Sunday, the mayor of Deh Rawud district was shot dead by his former bodyguard outside the district office.",
     "Assassination", 8),
])
def test_one_who_left_the_forces_attacks_for_none_of_them(text, attack, inter1):
    # a former member of a force acts for no state: the GTD codes the attack, its author unknown; ACLED
    # codes ex-members of the state's forces as an unidentified armed group (a former private guard
    # stays private security)
    e = _event(text)
    assert e["gtd_attack_type"] == attack, text
    assert e["perpetrator"].startswith("Unidentified Armed Group"), text  # the GTD's "Unknown"
    assert e["inter1"] == inter1, text
    if inter1 == 3:
        assert e["actor1"] == e["perpetrator"], text
    else:
        assert e["actor1"].startswith("Private Security Forces"), text


def test_hostages_found_dead_later_keep_the_kidnappings_target():
    events = eventwatch.extract("On June 3, gunmen kidnapped two shepherds near Kirkuk. A week later their corpses "
                                "were discovered.", published="2019-07-01")["events"]
    assert [e["target_type"] for e in events] == ["Private Citizens & Property"] * 2
    assert events[1]["evidence"]["target_type"] == events[0]["evidence"]["target_type"]


def test_captors_disguised_as_police_at_a_checkpoint_manned_a_fake_one():
    e = _event("On June 3, two farmers were kidnapped by gunmen disguised as soldiers at a checkpoint near Kirkuk.")
    assert {"fake checkpoint", "disguise"} <= set(e["tactics"])
    assert e["evidence"]["tactics.fake checkpoint"]["text"] == "disguised as soldiers at a checkpoint"
    assert _event("On June 3, gunmen attacked soldiers at a checkpoint near Kirkuk.")["tactics"] == []


def test_the_sources_who_report_an_attack_are_not_its_target():
    e = _event("A bomb exploded in the town on Monday, police officials told reporters.")
    assert e["target_type"] is None  # nobody is said to have been hit
    e = _event("Gunmen killed three farmers in the village, the district governor said.")
    assert e["target_type"] == "Private Citizens & Property"
    assert e["evidence"]["target_type"]["text"] == "farmers"
    e = _event("Gunmen stormed the village on Monday, killing three, according to government officials.")
    assert e["target_type"] == "Private Citizens & Property"  # the village, not the officials


def test_a_firms_offices_are_a_business_and_a_ministrys_are_the_government():
    e = _event("A bomb exploded outside Norvex Logistics offices in Valparaiso, Chile. No one was hurt.")
    assert e["target_type"] == "Business"
    d = _event("Gunmen attacked the offices of the education ministry in Gao, Mali. No one was hurt.")
    assert d["target_type"] == "Government (General)"
    f = _event("Assailants set fire to logging machinery near Collipulli, Araucania, Chile. No one was hurt.")
    assert f["target_type"] == "Business"


def test_the_place_where_a_named_victim_was_shot_is_not_their_role():
    e = _event("Gunmen opened fire on Musa Garba outside a church in Jos, Plateau, Nigeria. He died later.")
    assert e["target_type"] == "Private Citizens & Property"


def test_in_a_kidnapping_the_target_is_whom_they_took():
    e = _event("Gunmen attacked an army post before abducting three farmers near Konduga, Borno, Nigeria.")
    assert e["target_type"] == "Private Citizens & Property"
    d = _event("Gunmen attacked Mafa district, Borno, Nigeria. The district head was abducted.")
    assert d["target_type"] == "Government (General)"
    f = _event("Gunmen ambushed a police patrol near Sukma, Chhattisgarh, India. Ten officers were killed. "
               "In addition, a soldier was abducted and released a week later.")
    assert f["target_type"] == "Police"


def test_the_victims_tell_whose_convoy_it_was():
    e = _event("Gunmen ambushed a supply convoy on its way to Tagab, Kapisa, Afghanistan. Three militiamen "
               "died in the fighting.")
    assert e["target_type"] == "Terrorists/Non-State Militia"


def test_the_state_created_volunteer_auxiliaries_are_a_military_target():
    e = _event("Gunmen opened fire on VDP members near Djibo, Sahel, Burkina Faso. Five volunteers were killed.")
    assert e["target_type"] == "Military"


def test_hostages_held_in_a_town_are_no_barricade_incident():
    assert _attack_type("Gunmen briefly held traders hostage in Saki, Oyo, Nigeria, then shot a man and fled.") \
        == "Armed Assault"
    assert _attack_type("Gunmen held six shoppers hostage inside a supermarket in Lille, France, until police "
                        "stormed it.") == "Hostage Taking (Barricade Incident)"


def test_an_arson_that_only_killed_assailants_stays_a_facility_attack():
    assert _attack_type("Militants stormed Kalabo, Western Province, Zambia, and torched a bridge. Two militants were "
                        "killed in the ensuing clash.") == "Facility/Infrastructure Attack"
    assert _attack_type("Militants torched a bridge in Kalabo, Western Province, Zambia. Two militants have been "
                        "killed in the ensuing clash.") == "Facility/Infrastructure Attack"
    assert _attack_type("Militants torched a market in Kalabo, Western Province, Zambia. Two traders were killed.") \
        == "Armed Assault"


def test_the_premises_of_a_place_are_that_place():
    e = _event("A suicide bomber blew himself up in the parking lot of a hotel in Mogadishu, Somalia, "
               "killing four people.")
    assert e["target_type"] == "Business"


def test_a_place_naming_a_victims_post_does_not_split_the_toll_from_the_attack():
    text = ("Gunmen opened fire on Ali Bako and Sani Dogo outside a shop in Keffi, Nasarawa, Nigeria. "
            "Bako, a trader, and Dogo, the Toto district head of the Civilian Joint Task Force, "
            "were both killed during the raid.")
    events = eventwatch.extract(text, published="2021-03-02")["events"]
    assert [(e["location"], e["fatalities"]) for e in events] == [("Keffi", 2)]



def test_an_attempted_bomb_planting_stopped_by_forces_is_a_bombing_without_a_target():
    e = _event("Two militants tried to lay a bomb beside a highway within Kelm police station limits, Sukma district, "
               "Chhattisgarh, India. Both were caught by security forces as they hid it. Nobody was hurt. "
               "Officials attributed the event to Maoists.")
    assert e["gtd_attack_type"] == "Bombing/Explosion"
    assert e["target_type"] in {None, "Unknown"}  # neither the station the locality is named after nor the forces
    assert e["actor1"] == "Maoists"


def test_an_act_done_outranks_a_bombing_only_attempted_in_the_same_sentence():
    e = _event("Gunmen torched a house and tried to plant bombs near Kelm village, Maguindanao, Philippines. "
               "A soldier was hurt when troops drove them off.")
    assert e["target_type"] == "Private Citizens & Property"


def test_rockets_fired_into_a_town_name_where_they_fell_not_a_target():
    e = _event("Militants fired five rockets into Kelm, Southern, Israel. Two were shot down and nobody was hurt.")
    assert e["target_type"] in {None, "Unknown"}
    f = _event("Militants fired five rockets targeting Kelm, Southern, Israel. Nobody was hurt.")
    assert f["target_type"] == "Private Citizens & Property"


def test_a_person_named_with_no_post_who_was_abducted_and_killed_is_a_kidnapping():
    e = _event("Gunmen abducted and later killed Ravi Kumar Netam in Kelm village, Chhattisgarh, India.")
    assert e["gtd_attack_type"] == "Hostage Taking (Kidnapping)"
    f = _event("Gunmen abducted and killed Ravi Netam, the Kelm village administrator, in Sukma district, "
               "Chhattisgarh, India.")
    assert f["gtd_attack_type"] == "Assassination"


def test_a_team_from_a_ministry_is_the_ministrys_staff():
    e = _event("A roadside bomb struck a van carrying three medical teams from the Ministry of Health near Kelm, "
               "Kabul, Afghanistan. A driver died.")
    assert e["target_type"] == "Government (General)"


def test_any_kin_of_an_official_is_a_private_citizen():
    # the kin words are counts.FAMILY's, the same in both target tables
    e = _event("Gunmen shot dead the uncle of a provincial judge in Kelm, Kabul, Afghanistan.")
    assert e["target_type"] == "Private Citizens & Property"


def test_passengers_harmed_are_private_citizens_and_the_bus_transportation():
    # one rule in both of gtd's target tables (and the actor lexicon): the people are private
    # citizens, the vehicle is transport
    text = "four passengers were hurt when the bus overturned"
    assert target_from_nouns(text, 0, len(text))[0] == "Private Citizens & Property"
    text = "the bus carrying them was hit"
    assert target_from_nouns(text, 0, len(text))[0] == "Transportation"
    e = _event("A bomb struck a passenger bus near Kelm, Kabul, Afghanistan, killing four people.")
    assert e["target_type"] == "Transportation"


def test_a_group_acled_names_by_its_acronym_first_is_the_gtds_name_with_the_acronym_after():
    e = _event("An explosive device detonated near a gendarmerie vehicle in Sirnak, Turkey. Three gendarmes were "
               "wounded. Sources attributed the attack to the Kurdistan Workers' Party (PKK).")
    assert e["perpetrator"] == "Kurdistan Workers Party (PKK)"


@pytest.mark.parametrize(("text", "target"), [
    ("Assailants shelled a water treatment plant in Kassala, Sudan, cutting supply.", "Food or Water Supply"),
    ("Gunmen torched grain stores in Gomboro, Burkina Faso. No group claimed responsibility.", "Food or Water Supply"),
    ("Assailants abducted two Italian tourists near Agadez, Niger. No group claimed responsibility.", "Tourists"),
])
def test_water_food_and_tourists_are_the_gtds_own_target_types(text, target):
    # the GTD's codebook files water with food, not with the utilities (power, gas, oil)
    assert _event(text)["target_type"] == target


@pytest.mark.parametrize(("text", "target"), [
    ("Assailants destroyed a mobile network mast in Wajir, Kenya. Al-Shabaab claimed it.", "Telecommunication"),
    ("A drone struck an oil refinery in Jizan, Saudi Arabia. The Houthis claimed responsibility.", "Utilities"),
    ("A bomb exploded at a fuel depot in Malakal, South Sudan. No group claimed responsibility.", "Utilities"),
])
def test_a_mast_is_telecommunication_and_oil_is_a_utility(text, target):
    assert _event(text)["target_type"] == target


def test_the_two_target_tables_share_their_utility_and_religious_words():
    # (gtd.UTILITY, gtd.RELIGIOUS): the nouns' table reads plurals and transmission lines as the
    # phrase's table does
    assert _event("A bomb damaged transmission lines near Oyo, Nigeria on Monday.")["target_type"] == "Utilities"
    assert target_from_nouns("burned two chapels", 0, 18)[0] == "Religious Figures/Institutions"


def test_a_group_that_denied_the_attack_is_not_its_author():
    e = _event("A suicide bomber blew himself up at a bus terminal in Herat, Afghanistan, killing three passengers. "
               "The Taliban denied any involvement.")
    assert (e["actor1"], e["perpetrator"]) == ("Unidentified Armed Group (Afghanistan)",) * 2


@pytest.mark.parametrize(("text", "target"), [
    ("Assailants shot and killed a village headman in Sungai Kolok, Narathiwat, Thailand.", "Government (General)"),
    ("Assailants shot and killed the Dutch ambassador in Juba, South Sudan. No group claimed responsibility.",
     "Government (Diplomatic)"),
])
def test_a_headman_or_an_ambassador_shot_dead_is_an_assassination(text, target):
    e = _event(text)
    assert (e["gtd_attack_type"], e["target_type"]) == ("Assassination", target)


@pytest.mark.parametrize(("text", "target"), [
    ("Saboteurs blew up a crude oil pipeline outside Baiji, Iraq. Nobody said who did it.",
     "Utilities"),
    ("Militants blew up the railway track near Quetta, Pakistan. No casualties were reported.", "Transportation"),
])
def test_a_pipeline_or_a_track_blown_up_is_an_attack_on_it(text, target):
    e = _event(text)
    assert (e["gtd_attack_type"], e["target_type"]) == ("Bombing/Explosion", target)


def test_a_grenade_thrown_that_hurt_no_one_is_still_a_bombing():
    # the GTD records an attack that failed to harm anyone; "was thrown" tells it happened
    e = _event("A hand grenade was thrown at a bar in Mbale, Uganda. No one was hurt.")
    assert (e["gtd_attack_type"], e["target_type"], e["fatalities"] or 0) == ("Bombing/Explosion", "Business", 0)


@pytest.mark.parametrize("text", [
    "A gunman barricaded himself inside a pharmacy in Tijuana, Mexico, holding four customers hostage. "
    "The hostages were freed after police negotiated his surrender.",
    "Militants stormed a guesthouse in Kismayo, Somalia, and held the guests hostage for nine hours before "
    "troops ended the siege. Six people were killed.",
])
def test_hostages_held_where_they_were_taken_are_a_barricade_incident(text):
    assert _event(text)["gtd_attack_type"] == "Hostage Taking (Barricade Incident)"


@pytest.mark.parametrize("text", [
    "Gunmen abducted an engineer and three laborers near Dhamtari, Chhattisgarh, India. The laborers were freed "
    "the next day, while the engineer was later killed.",
    "Gunmen kidnapped a pastor and two teachers from a church in Lokoja, Kogi, Nigeria. One teacher was found "
    "dead a week later.",
])
def test_a_hostage_named_by_the_kidnappings_own_noun_who_died_later_is_its_toll(text):
    # the GTD counts hostages killed in captivity among the incident's dead
    e = _event(text)
    assert (e["gtd_attack_type"], e["fatalities"]) == ("Hostage Taking (Kidnapping)", 1)


@pytest.mark.parametrize(("phrase", "target"), [
    ("a girls' school", "Educational Institution"),
    ("the pilgrims' hotel", "Business"),
    ("the governor's house", "Government (General)"),
])
def test_a_possessor_yields_to_the_noun_it_owns_unless_that_only_holds_it(phrase, target):
    assert target_of_phrase(phrase, 0, len(phrase))[0] == target


@pytest.mark.parametrize(("text", "target"), [
    ("A sticky bomb went off on a van carrying employees of a radio station in Mazar-i-Sharif, Afghanistan. Two "
     "employees of the radio station were killed.", "Journalists & Media"),
    ("A roadside bomb hit a car in Kandahar, Afghanistan. Three employees of the provincial ministry of health "
     "were killed.", "Government (General)"),
])
def test_the_victims_employer_is_the_target(text, target):
    assert _event(text)["target_type"] == target


def test_a_bomb_that_went_off_under_a_bus_targeted_the_bus():
    # the GTD's rule for travellers: the vehicle attacked is Transportation, whoever was aboard
    e = _event("A bomb exploded under a passenger bus near Mopti, Mali. Three passengers were killed.")
    assert (e["gtd_attack_type"], e["target_type"]) == ("Bombing/Explosion", "Transportation")


def test_a_civilian_word_in_a_militias_name_is_the_militia():
    e = _event("Gunmen attacked members of the Civilian Joint Task Force in Bama, Borno, Nigeria. Two members "
               "were killed. Boko Haram claimed responsibility.")
    assert e["target_type"] == "Terrorists/Non-State Militia"


@pytest.mark.parametrize("text", [
    "Gunmen shot and killed Aurelio Pineda, a community leader, in Tame, Arauca, Colombia.",
    "Gunmen shot dead an environmental activist in Oaxaca, Mexico.",
])
def test_a_leader_of_no_office_is_a_private_citizen(text):
    assert _event(text)["target_type"] == "Private Citizens & Property"


@pytest.mark.parametrize(("text", "target"), [
    ("Gunmen hijacked a fuel tanker near Herat, Afghanistan, and abducted its driver.", "Business"),
    ("Two men hijacked a passenger plane after take-off from Entebbe, Uganda. No group claimed responsibility.",
     "Airports & Aircraft"),
])
def test_what_a_hijacking_seized_is_its_target(text, target):
    e = _event(text)
    assert (e["gtd_attack_type"], e["target_type"]) == ("Hijacking", target)


@pytest.mark.parametrize(("text", "want"), [
    ("Gunmen shot and killed Tomas Verdell, a ward secretary of the Green Lantern Party, in Kisumu, Kenya.",
     "Violent Political Party"),
    ("A grenade exploded at the office of the United Progress Party (UPP) in Nakuru, Kenya. Nobody was hurt.",
     "Government (General)"),
    # a post of state held by anyone stays the government's; an armed group calling itself a party is no party
    ("Gunmen shot and killed Tomas Verdell, a deputy governor, in Kisumu, Kenya.", "Government (General)"),
    ("Soldiers killed a senior leader of the Kurdistan Workers' Party (PKK) in Hakkari, Turkey.",
     "Terrorists/Non-State Militia"),
    # a party that calls itself a league
    ("Gunmen shot and killed two activists of the Farmers League in Bogra, Bangladesh.", "Violent Political Party"),
])
def test_a_political_partys_officials_are_a_violent_political_party_its_office_the_government(text, want):
    assert _event(text)["target_type"] == want


@pytest.mark.parametrize(("text", "want"), [
    ("Gunmen shot and killed three senior prosecutors in Mazar-i-Sharif, Balkh, Afghanistan.", "Assassination"),
    ("Gunmen shot and killed three farmers in Mazar-i-Sharif, Balkh, Afghanistan.", "Armed Assault"),
    # the titled are whose the victims were, not the victims ("two judges' clerks")
    ("Gunmen shot and killed two judges' clerks in Kunduz, Afghanistan.", "Armed Assault"),
])
def test_a_few_titled_victims_counted_without_an_article_make_an_assassination(text, want):
    assert _event(text)["gtd_attack_type"] == want


@pytest.mark.parametrize("text", [
    "Unknown men beat a reporter outside the court in Lubumbashi, Haut-Katanga, DR Congo.",
    "Two men on a motorbike threw acid at a schoolteacher in Kandahar, Afghanistan.",
])
def test_harm_done_with_no_weapon_is_an_unarmed_assault(text):
    assert _event(text)["gtd_attack_type"] == "Unarmed Assault"


@pytest.mark.parametrize("text", [
    "The Dorvan Lions beat the visitors 3-1 in Kisoro, Uganda, on Sunday.",
    # a word a beating's victims are read from ("beat the students"), the score telling a game
    "The Dorvan Lions beat the students 3-1 in Kisoro, Uganda, on Sunday.",
])
def test_a_team_beaten_in_a_match_is_no_assault(text):
    assert eventwatch.extract(text, published="2021-03-02")["events"] == []



def test_the_attackers_own_words_are_not_the_target():
    e = _event("Unknown people poisoned a water reservoir serving Dessie, Amhara, Ethiopia. Twelve residents fell ill.")
    assert (e["gtd_attack_type"], e["target_type"]) == ("Unarmed Assault", "Food or Water Supply")


def test_a_part_of_a_facility_blown_up_is_a_facility_attack():
    e = _event("Saboteurs blew up a long stretch of the oil pipeline near Kirkuk, Iraq. Nobody was hurt.")
    assert e["target_type"] == "Utilities"


def test_a_hijackers_own_death_counts_in_the_toll():
    e = _event("A man hijacked a minibus near Tororo, Uganda, on Friday. The hijacker was killed by soldiers "
               "after the minibus stopped.")
    assert (e["gtd_attack_type"], e["fatalities"]) == ("Hijacking", 1)


@pytest.mark.parametrize(("text", "want"), [
    ("A gunman opened fire on students waiting at a taxi rank in Soweto, Gauteng, South Africa. Two were wounded.",
     "Private Citizens & Property"),
    ("A gunman opened fire on students outside a college in Soweto, Gauteng, South Africa. Two were wounded.",
     "Educational Institution"),
])
def test_students_are_a_school_target_only_where_the_story_puts_them_at_school(text, want):
    assert _event(text)["target_type"] == want


def test_a_drone_of_no_named_owner_is_not_flown_by_the_force_it_hit():
    e = _event("A drone dropped a grenade on an army checkpoint near Tame, Arauca, Colombia. Two soldiers were "
               "wounded.")
    assert e["actor1"] != "Military Forces of Colombia" and e["gtd_attack_type"] == "Bombing/Explosion"
    flown = _event("On 4 May Colombian military drones struck a rebel camp near Tame, Arauca, Colombia.")
    assert flown["actor1"] == "Military Forces of Colombia"


def test_a_story_that_says_the_method_is_unknown_gets_no_guessed_method():
    told = "Militants attacked a police post in Maroua, Far North, Cameroon."
    assert _attack_type(told) == "Armed Assault"  # a manned post: an armed assault
    assert _attack_type(told + " Details of the attack remain unclear.") == "Unknown"


def test_an_organisations_name_between_the_count_and_the_people_keeps_the_count():
    e = _event("Assailants abducted three Yemeni Mine Action for Peace (YMAP) deminers in Mukalla, Hadramawt, "
               "Yemen. The hostages were released a day later.")
    assert e["kidnapped"] == 3


def test_deminers_are_an_ngo_target_but_army_deminers_the_militarys():
    told = "Gunmen abducted two {} in Mukalla, Hadramawt, Yemen, on Sunday."
    assert _event(told.format("Kelmo Clearance Project deminers"))["target_type"] == "NGO"
    assert _event(told.format("army deminers"))["target_type"] == "Military"


def test_an_office_holder_killed_as_the_attacks_outcome_makes_an_assassination():
    assert _attack_type("Gunmen ambushed a motorcade near Kismayo, Lower Juba, Somalia, killing the regional "
                        "deputy governor and two guards.") == "Assassination"
    assert _attack_type("Militants clashed with a clan militia near Kismayo, Lower Juba, Somalia, killing a "
                        "clan elder.") != "Assassination"



@pytest.mark.parametrize("words", ["the deputy consul", "a UN envoy"])
def test_consuls_and_envoys_are_diplomatic_targets(words):
    assert target_of_phrase(words, 0, len(words))[0] == "Government (Diplomatic)"


def test_an_assassinations_target_is_the_office_holder_it_killed_not_the_convoys_owner():
    e = _event("Gunmen ambushed a convoy of an aid agency near Beni, North Kivu, DR Congo, killing the Belgian consul.")
    assert (e["gtd_attack_type"], e["target_type"]) == ("Assassination", "Government (Diplomatic)")


def test_bodies_of_missing_police_are_acled_civilians_and_a_gtd_police_target():
    # Two codebooks, two right answers: ACLED codes members of the forces killed out of combat (taken,
    # missing, off duty) as civilians, with their force only as the associated actor; the GTD's target
    # follows who the victims were.
    e = _event("The bodies of three police officers who had gone missing were found in Kandahar city, Kandahar, "
               "Afghanistan. No group claimed responsibility for the incident.")
    assert (e["event_type"], e["inter2"], e["fatalities"]) == ("Violence against civilians", 7, 3)
    assert e["target_type"] == "Police"


def test_students_taken_with_no_school_named_are_private_citizens():
    # the GTD's Educational Institution is schools, teachers and school staff; students are private
    # citizens (subtype "Student") unless the attack hit them at their school
    e = _event("Assailants kidnapped five students on the road near Zaria, Kaduna, Nigeria. No group claimed "
               "responsibility for the incident.")
    assert (e["gtd_attack_type"], e["kidnapped"]) == ("Hostage Taking (Kidnapping)", 5)
    assert e["target_type"] == "Private Citizens & Property"
    assert e["evidence"]["target_type"]["text"] == "students"
    e = _event("Assailants kidnapped five students from a secondary school in Zaria, Kaduna, Nigeria. No group "
               "claimed responsibility for the incident.")
    assert e["target_type"] == "Educational Institution"


def test_a_prominent_persons_household_staff_are_private_citizens():
    e = _event("Assailants shot and killed the mayor's janitor in Kano, Kano, Nigeria. No group claimed "
               "responsibility for the incident.")
    assert e["target_type"] == "Private Citizens & Property"


def test_the_subject_of_a_passive_attack_verb_is_the_target():
    e = _event("The ambassador's convoy was struck by a roadside bomb near Gao, Mali. Three guards were injured. "
               "No group claimed responsibility for the incident.")
    assert (e["gtd_attack_type"], e["target_type"]) == ("Bombing/Explosion", "Government (Diplomatic)")
    assert e["evidence"]["target_type"]["text"] == "ambassador"
    # an active attack told first names its own target; a car hit by a stray round after it is no aim
    e = _event("Gunmen opened fire on a market in Gao, Mali, killing four people; a police car was hit by a stray "
               "bullet. No group claimed responsibility for the incident.")
    assert e["target_type"] == "Private Citizens & Property"


def test_a_word_inside_a_rebel_groups_name_is_the_groups_and_a_former_member_a_private_citizen():
    # "Armed Forces" inside the FARC's own name is no state military
    e = _event("Assailants shot and killed a member of the Revolutionary Armed Forces of Colombia (FARC) in Tame, "
               "Arauca, Colombia. No group claimed responsibility for the incident.")
    assert e["target_type"] == "Terrorists/Non-State Militia"
    e = _event("Assailants abducted Rosa Ortiz, a former Revolutionary Armed Forces of Colombia (FARC) member, from "
               "her home in Tame, Arauca, Colombia. No group claimed responsibility for the incident.")
    assert (e["gtd_attack_type"], e["target_type"]) == ("Hostage Taking (Kidnapping)", "Private Citizens & Property")
    assert e["evidence"]["target_type"]["text"].startswith("former")


def test_a_company_commander_is_a_rank_not_a_business():
    assert target_from_nouns("killed a company commander of the border brigade", 0, 48)[0] != "Business"
    assert target_of_phrase("a company commander of the border brigade", 0, 41)[0] != "Business"
    assert target_of_phrase("a construction company", 0, 22)[0] == "Business"


def test_an_office_holders_staff_harmed_is_no_attack_on_the_office_holder():
    # the ACLED class reads the possessor as the GTD's target does (one check for both)
    from eventwatch.extract.events import office_harm

    assert office_harm(" a convoy near Kitui, killing the deputy governor") == "assassination"
    assert office_harm(" a convoy near Kitui, killing the deputy governor's chauffeur") == "attack_civilians"
    assert office_harm(" a convoy near Kitui, wounding the senator's two bodyguards") == "attack_civilians"
    assert office_harm(" a convoy near Kitui, killing three traders") is None
    event = eventwatch.extract("Gunmen ambushed a convoy near Kitui on Monday, killing the senator's chauffeur.",
                               published="2023-09-08")["events"][0]
    assert (event["sub_event_type"], event["gtd_attack_type"]) == ("Attack", "Armed Assault")
    assert event["actor2"] == "Civilians (Kenya)"


def test_an_arson_that_kills_passengers_is_a_facility_attack_on_transport():
    e = _event("Gunmen set fire to a passenger bus near Kisoro, Uganda, killing six passengers. "
               "No group claimed responsibility for the incident.")
    assert (e["gtd_attack_type"], e["target_type"], e["fatalities"]) == (
        "Facility/Infrastructure Attack", "Transportation", 6)


def test_people_burned_alive_by_assailants_is_an_armed_assault_not_a_facility_attack():
    e = _event("Assailants burned alive three herders in a village near Kisoro, Uganda. "
               "No group claimed responsibility for the incident.")
    assert (e["gtd_attack_type"], e["fatalities"]) == ("Armed Assault", 3)


@pytest.mark.parametrize(("text", "target"), [
    ("Gunmen ambushed a convoy near Kisoro, Uganda, on Friday that was carrying the Dutch ambassador.",
     "Government (Diplomatic)"),
    ("Gunmen attacked a convoy near Kisoro, Uganda, on Friday in which a deputy minister was travelling.",
     "Government (General)"),
    # a convoy whose owner the sentence does not name stays the forces'
    ("Gunmen ambushed a convoy near Kisoro, Uganda, on Friday.", "Military"),
])
def test_a_convoys_owner_named_in_its_sentence_decides_the_target(text, target):
    assert _event(text)["target_type"] == target


@pytest.mark.parametrize(("text", "sub", "attack", "target"), [
    # office holders counted with no article are office holders all the same
    ("Gunmen ambushed a convoy near Kisoro, Uganda, on Friday, killing two envoys.",
     "Attack", "Assassination", "Government (Diplomatic)"),
    ("Gunmen ambushed a convoy near Kisoro, Uganda, on Friday, wounding three senators.",
     "Attack", "Armed Assault", "Government (General)"),
    ("Gunmen ambushed a convoy near Kisoro, Uganda, on Friday, killing two envoys' drivers.",
     "Attack", "Armed Assault", "Private Citizens & Property"),
])
def test_office_holders_counted_without_an_article_are_the_attacks_target(text, sub, attack, target):
    e = _event(text)
    assert (e["sub_event_type"], e["gtd_attack_type"], e["target_type"]) == (sub, attack, target)


@pytest.mark.parametrize("victim", ["a tribal sheikh", "the sheikh of the Bani Rafe tribe", "a tribal elder"])
def test_a_tribal_sheikh_shot_dead_is_an_assassination_like_a_tribal_elder(victim):
    e = _event(f"On Sunday, gunmen on a motorcycle shot dead {victim} in Samawah, Muthanna, Iraq.")
    assert e["gtd_attack_type"] == "Assassination"
    assert e["target_type"] == "Private Citizens & Property"


@pytest.mark.parametrize("denial", ["Nobody was injured.", "No one was hurt or killed.", "The driver was not injured."])
def test_an_arson_with_harm_denied_stays_a_facility_attack(denial: str) -> None:
    # harm denied in its own clause hurts no victim: no armed assault from "injured"
    e = _event(f"Assailants set fire to a lorry near Kelmo, Tana, Kenya. {denial} No group claimed responsibility "
               "for the incident.")
    assert e["gtd_attack_type"] == "Facility/Infrastructure Attack"


def test_set_on_fire_is_arson_and_its_object_the_target() -> None:
    e = _event("Assailants set two passenger buses on fire in Kelmo, Tana, Kenya. No group claimed responsibility "
               "for the incident.")
    assert e["gtd_attack_type"] == "Facility/Infrastructure Attack"
    assert e["target_type"] == "Transportation"


def test_a_priest_named_after_an_abbreviated_title_is_one_assassinated_person() -> None:
    e = _event("Assailants shot and killed Fr. Tomas Reyes, a parish priest, in Kelmo, Tana, Kenya. No group claimed "
               "responsibility for the incident.")
    assert e["gtd_attack_type"] == "Assassination"
    assert e["target_type"] == "Religious Figures/Institutions"
    assert e["fatalities"] == 1


@pytest.mark.parametrize(("text", "target", "held"), [
    ("An armed man seized a bank in Kelmo, Tana, Kenya, and held three employees and a guard hostage. Police "
     "freed them after four hours.", "Business", 4),
    ("Assailants armed with grenades took over a secondary school in Kelmo, Tana, Kenya, and held 22 pupils "
     "hostage until troops arrived.", "Educational Institution", 22),
])
def test_a_place_seized_with_people_held_in_it_is_a_barricade(text: str, target: str, held: int) -> None:
    # hostages held where the assailants took them: the GTD's barricade incident, above a bombing;
    # its target is the place seized, its hostages every one held
    e = _event(text + " No group claimed responsibility for the incident.")
    assert e["gtd_attack_type"] == "Hostage Taking (Barricade Incident)"
    assert e["target_type"] == target
    assert e["kidnapped"] == held


def test_a_hijacked_vehicle_is_no_hostage_the_people_held_are() -> None:
    e = _event("Assailants hijacked a passenger ferry near Kelmo, Tana, Kenya, and held 35 passengers hostage. "
               "No group claimed responsibility for the incident.")
    assert e["gtd_attack_type"] == "Hijacking"
    assert e["target_type"] == "Maritime"
    assert e["kidnapped"] == 35


def test_a_hijacker_who_claimed_to_have_a_bomb_still_hijacked_the_flight() -> None:
    # "to have" is no present perfect: the act after it is told as done; a domestic flight is an aircraft
    e = _event("A man who claimed to have a grenade hijacked a domestic flight shortly after it left Kelmo, Tana, "
               "Kenya. The hijacker was arrested. No group claimed responsibility for the incident.")
    assert e["gtd_attack_type"] == "Hijacking"
    assert e["target_type"] == "Airports & Aircraft"


@pytest.mark.parametrize(("text", "target"), [
    ("Assailants cut down four electricity pylons near Kelmo, Tana, Kenya.", "Utilities"),
    ("Assailants sabotaged a water pipeline near Kelmo, Tana, Kenya.", "Food or Water Supply"),
    ("Assailants sabotaged a railway line near Kelmo, Tana, Kenya.", "Transportation"),
])
def test_infrastructure_cut_down_or_sabotaged_is_a_facility_attack(text: str, target: str) -> None:
    # damage done with no explosive or fire: the GTD's facility/infrastructure attack (water is its food
    # or water supply, not a utility)
    e = _event(text + " No group claimed responsibility for the incident.")
    assert e["gtd_attack_type"] == "Facility/Infrastructure Attack"
    assert e["target_type"] == target


def test_talks_sabotaged_are_no_attack() -> None:
    assert eventwatch.extract("The opposition sabotaged the peace talks in Nairobi, Kenya, on Monday.",
                              published="2021-03-02")["events"] == []


@pytest.mark.parametrize("title", ["sheikh", "elder"])
@pytest.mark.parametrize(("told", "attack"), [
    # the GTD ranks assassination above bombing: a prominent person killed by a bomb is an assassination
    ("A bomb killed the {} in Tamanrit, Mali.", "Assassination"),
    ("A tribal {} was shot dead in Tamanrit, Mali.", "Assassination"),
    ("A tribal {} shot dead in Tamanrit, Mali", "Assassination"),  # a headline leaves "was" out
    ("Gunmen killed a tribal {} in Tamanrit, Mali.", "Assassination"),
    ("Gunmen killed tribal {} Musa Ag Elher in Tamanrit, Mali.", "Assassination"),  # a title, no article, a name
])
def test_a_sheikh_and_an_elder_are_read_alike(title, told, attack):
    e = _event(told.format(title))
    assert (e["gtd_attack_type"], e["fatalities"]) == (attack, 1)


def test_a_title_case_headline_reads_as_its_lower_case_twin():
    # "Killed In Roadside Blast": a capitalised preposition is no person's name
    for line in ("Two Soldiers Killed In Roadside Blast In Kandahar",
                 "Two soldiers killed in roadside blast in Kandahar"):
        e = one_event(line, "2021-03-02")
        assert (e["gtd_attack_type"], e["fatalities"]) == ("Bombing/Explosion", 2), line


@pytest.mark.parametrize(("told", "target"), [
    ("A letter bomb addressed to the editor of a weekly newspaper exploded in Eldoret, Kenya, injuring a clerk.",
     "Journalists & Media"),
    ("An explosive device was defused outside a courthouse in Eldoret, Kenya.", "Government (General)"),
    ("An explosive device detonated outside an apartment in Eldoret, Kenya. No one was hurt.",
     "Private Citizens & Property"),
])
def test_a_mailed_bombs_addressee_a_courthouse_and_an_apartment_are_targets(told, target):
    assert _event(told)["target_type"] == target


@pytest.mark.parametrize(("phrase", "target"), [
    ("a government secondary school", "Educational Institution"),
    ("a state-run girls' school", "Educational Institution"),
    ("members of a pro-military Tat Lone militia", "Terrorists/Non-State Militia"),
    ("a government office", "Government (General)"),  # an office is no head that outranks whose it is
    ("a police vehicle", "Police"),
])
def test_the_head_of_the_noun_phrase_names_the_target(phrase, target):
    assert target_of_phrase(phrase, 0, len(phrase))[0] == target, phrase


@pytest.mark.parametrize(("text", "target"), [
    ("On Monday gunmen kidnapped three oil workers near Tame, Arauca.", "Business"),
    ("On Monday gunmen seized the town hall of Bojaya, Choco, and held nine municipal employees hostage.",
     "Government (General)"),
    ("On Monday assailants detonated explosives on a bridge near Kaya, Centre-Nord.", "Transportation"),
    ("On Monday assailants beat a rabbi outside a synagogue in Dresden, Saxony.", "Religious Figures/Institutions"),
])
def test_workers_by_their_trade_a_town_hall_a_bridge_bombed_and_a_cleric_beaten(text, target):
    assert _event(text)["target_type"] == target, text


@pytest.mark.parametrize(("text", "kidnapped", "target"), [
    # one person told by the post held ("the manager", "the foreman"): one hostage; a cash crop's estate is a business
    ("Assailants abducted the manager of a coffee estate near Kericho, Kenya, and demanded a ransom.", 1, "Business"),
    ("Assailants kidnapped the foreman of a rubber plantation near Yala, Thailand.", 1, "Business"),
    ("Assailants abducted a surveyor and two technicians near Ngaoundere, Cameroon.", 3, None),
])
def test_a_hostage_told_by_a_post_at_work_counts_one_and_an_estate_is_a_business(text, kidnapped, target):
    e = _event(text)
    assert e["gtd_attack_type"] == "Hostage Taking (Kidnapping)", text
    assert e["kidnapped"] == kidnapped, text
    if target is not None:
        assert e["target_type"] == target, text


@pytest.mark.parametrize("text", [
    # the men or a unit of an armed group named beside them are the group's (a militia's soldiers are no army's)
    "Assailants abducted a Hadrami Elite Forces soldier in Mukalla, Yemen. The hostage was released a week later.",
    "Assailants shot and killed two fighters of the Giants Brigades in Al Houta, Lahij, Yemen.",
    "Assailants shot and killed a logistics officer of the Second Brigade of the National Resistance Forces in "
    "Khokha, Taizz, Yemen.",
])
def test_a_militias_own_soldiers_and_units_are_the_militias(text):
    assert _event(text)["target_type"] == "Terrorists/Non-State Militia", text


def test_an_armys_soldiers_stay_the_armys():
    e = _event("Assailants shot and killed two soldiers of the Nigerian Army in Dikwa, Borno, Nigeria.")
    assert e["target_type"] == "Military"


def test_soldiers_a_group_attacked_are_not_its_own():
    e = _event("On Monday the Kelmar Front attacked soldiers at a hill post near Zakho, Duhok, killing two soldiers.")
    assert e["target_type"] == "Military"


@pytest.mark.parametrize("text", [
    # a public body named by its charge is the government's, and what burned at it is its property
    "Assailants set fire to six cars and a trailer at the regional employment authority in Kassel, Hesse, Germany.",
    "Assailants threw an explosive device at the offices of the national revenue agency in Plovdiv, Bulgaria.",
])
def test_a_public_authority_or_agency_is_the_government(text):
    assert _event(text)["target_type"] == "Government (General)", text


@pytest.mark.parametrize(("text", "maritime"), [
    # a tanker at sea is a ship; one on a road is a truck
    ("Pirates hijacked a chemical tanker off the coast of Lome, Togo, and took 12 sailors hostage.", True),
    ("Pirates fired on a crude tanker anchored near Brass, Bayelsa, Nigeria.", True),
    ("Assailants set fire to an oil tanker on the highway near Torkham, Nangarhar, Afghanistan.", False),
])
def test_a_tanker_at_sea_is_maritime(text, maritime):
    assert (_event(text)["target_type"] == "Maritime") is maritime, text


@pytest.mark.parametrize("text", [
    # a state's force named right before its patrol or post owns it: India's central armed police are police
    "Assailants opened fire on a Border Security Force (BSF) patrol near Karimganj, Assam, India. No one was hurt.",
    "Assailants threw a grenade at a Central Reserve Police Force camp in Pulwama, Jammu and Kashmir, India.",
])
def test_a_police_forces_patrol_or_camp_is_the_police(text):
    assert _event(text)["target_type"] == "Police", text


@pytest.mark.parametrize(("text", "attack", "target"), [
    # hostages taken however many words name them, and whom they took is the target
    ("Assailants took four Red Cross workers hostage near Beni, North Kivu, and later killed one of them.",
     "Hostage Taking (Kidnapping)", "NGO"),
    ("Assailants took two primary school teachers hostage near Beni, North Kivu.",
     "Hostage Taking (Kidnapping)", "Educational Institution"),
    # (none taken: "without taking any hostages")
    ("Assailants opened fire on a checkpoint near Beni, North Kivu, and fled without taking any hostages.",
     "Armed Assault", None),
])
def test_hostages_taken_by_many_words(text, attack, target):
    e = _event(text)
    assert e["gtd_attack_type"] == attack, text
    if target is not None:
        assert e["target_type"] == target, text


def test_a_transformer_or_substation_is_a_utility():
    text = "Assailants set fire to a transformer in Wajir, Kenya. No one was hurt."
    assert _event(text)["target_type"] == "Utilities"


@pytest.mark.parametrize(("text", "group"), [
    # a group the lexicon lacks is named whole, its Arabic articles and particles with it
    ("Assailants burned 12 houses near Zarga, Kordofan. Sources attributed the attack to Jund al-Tawhid.",
     "Jund al-Tawhid"),
    ("Assailants shot and killed two guards near Zarga, Kordofan. Katibat ar-Rahman wa al-Nasr claimed "
     "responsibility for the incident.", "Katibat ar-Rahman wa al-Nasr"),
])
def test_an_unknown_group_keeps_its_arabic_particles(text, group):
    assert _event(text)["perpetrator"] == group, text


@pytest.mark.parametrize(("text", "target"), [
    # the sentence before tells only the device put there: with its defusal, one disrupted bombing
    ("Assailants planted a bomb under a police officer's car in Lurgan, Northern Ireland, United Kingdom. The device "
     "was defused.", "Police"),
    ("A pipe bomb was found outside a bank in Larne, Northern Ireland, United Kingdom. Army experts defused the "
     "device.", "Business"),
])
def test_a_device_put_somewhere_and_then_defused_is_one_bombing(text, target):
    events = eventwatch.extract(text, published="2021-03-02")["events"]
    assert len(events) == 1, text
    assert (events[0]["gtd_attack_type"], events[0]["target_type"]) == ("Bombing/Explosion", target), text


def test_a_mast_destroyed_with_explosives_is_a_bombing_not_a_cache_destroyed():
    e = _event("Assailants destroyed a mobile phone mast with explosives in Baqubah, Diyala, Iraq. No casualties were "
               "reported.")
    assert (e["gtd_attack_type"], e["target_type"]) == ("Bombing/Explosion", "Telecommunication")
    # (a vehicle packed with explosives that troops destroyed is still a weapon destroyed)
    e = _event("Soldiers destroyed a car packed with explosives near Baqubah, Diyala, Iraq.")
    assert e["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize(("text", "group"), [
    # "in" inside a name its acronym closes
    ("Assailants burned a clinic near Bria, Haute-Kotto, Central African Republic. Sources attributed the attack to "
     "the Front for Justice in the Northern Savanna (FJNS).", "Front for Justice in the Northern Savanna (FJNS)"),
    # (not a place after a name: "the Kelmo Liberation Front in Bria")
    ("Assailants burned a clinic near Bria, Haute-Kotto, Central African Republic. Sources attributed the attack to "
     "the Kelmo Liberation Front in Bria.", "Kelmo Liberation Front"),
])
def test_a_group_name_with_in_before_its_acronym_is_one_name(text, group):
    assert _event(text)["perpetrator"] == group, text


def test_an_office_holder_of_a_party_named_with_its_acronym_is_an_assassination_target():
    e = _event("Assailants shot and killed a local Democratic Alliance (DA) councillor in Pietermaritzburg, "
               "KwaZulu-Natal, South Africa. No group claimed responsibility for the incident.")
    assert (e["gtd_attack_type"], e["target_type"], e["fatalities"]) == ("Assassination", "Government (General)", 1)


@pytest.mark.parametrize(("text", "target"), [
    # a patrol is typed by whom it is made of, else it is the military's
    ("Assailants ambushed a patrol of United Nations peacekeepers near Oicha, North Kivu, Democratic Republic of the "
     "Congo. Four peacekeepers were killed.", "Government (Diplomatic)"),
    ("Assailants ambushed a patrol near Oicha, North Kivu, Democratic Republic of the Congo. Four soldiers were "
     "killed.", "Military"),
])
def test_a_patrol_is_typed_by_who_makes_it_up(text, target):
    assert _event(text)["target_type"] == target, text
