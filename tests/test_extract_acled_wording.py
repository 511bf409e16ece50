"""ACLED's codebook read through common news wordings (invented sentences)."""

from __future__ import annotations

import pytest
from conftest import one_event

import eventwatch


def _first(text: str, published: str = "2019-06-30") -> dict:
    return one_event(text, published, first=True)


def test_a_troop_movement_told_after_its_reason_is_a_change_to_group_activity():
    # the attacks are the reason for the move, not the incident; nor is IS a party to it
    text = "On March 4, the army sent two battalions to Samarra in response to a rise in attacks by IS militants."
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Change to group/activity")
    assert (event["inter1"], event["inter2"]) == (1, None)
    assert event["evidence"]["sub_event_type"]["text"].startswith("sent")


def test_an_old_landmine_that_goes_off_is_a_strategic_development():
    text = "On July 2, a shepherd was killed when a landmine left over from the 1980s war exploded near Mandali."
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Other")
    assert (event["actor1"], event["inter1"], event["inter2"]) == ("Unidentified Military Forces", 8, 7)
    assert event["evidence"]["actor1"]["text"].lower() == "landmine"
    assert event["fatalities"] == 1
    text = "On July 2, a shepherd was killed when explosives left over from the 1980s war went off near Mandali."
    assert _first(text)["sub_event_type"] == "Other"


def test_a_bomb_left_by_an_armed_group_is_still_its_explosion():
    text = "On July 3, an IS remnant bomb exploded near a school in Shirqat, wounding two boys."
    assert _first(text)["sub_event_type"] == "Remote explosive/landmine/IED"


def test_ground_and_air_arms_in_one_operation_make_a_battle():
    for text in ("On Sept 3, Turkish ground and air forces killed 4 PKK fighters near Zakho.",
                 "On Sept 4, 2 PKK fighters were killed near Zakho by Turkish troops using airstrikes "
                 "and ground units."):
        event = _first(text)
        assert event["sub_event_type"] == "Armed clash", text
        assert "ground" in event["evidence"]["sub_event_type"]["text"]


def test_an_aircraft_attacked_is_the_target_of_a_battle():
    event = _first("On May 3, IS gunmen fired at Turkish military helicopters hovering near Zakho.")
    assert (event["sub_event_type"], event["inter1"]) == ("Armed clash", 2)
    assert event["evidence"]["sub_event_type"]["text"] == "fired at"


def test_a_drone_shot_down_is_a_disrupted_weapons_use():
    event = _first("On May 4, militiamen shot down a small drone above their camp outside Samarra.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Disrupted weapons use")
    assert event["evidence"]["sub_event_type"]["text"].startswith("shot down")


def test_a_dateless_crowd_sentence_after_a_protest_tells_more_of_that_protest():
    text = ("On Nov 3, crowds blocked the main road into Kut with burning tyres. "
            "Twelve protesters were wounded and 20 were detained by police.")
    events = eventwatch.extract(text, published="2019-11-30")["events"]
    assert [(e["sub_event_type"], e["inter1"]) for e in events] == [("Violent demonstration", 5)]
    assert events[0]["injured"] == 12


def test_clashes_at_a_demonstration_or_an_attempt_to_storm_make_it_violent():
    for text in ("On Oct 2, police broke up a demonstration in Kut as clashes between the two sides left 9 hurt.",
                 "On Oct 3, hundreds of protesters gathered in Hilla and tried to storm the council building."):
        event = _first(text, published="2019-10-30")
        assert (event["sub_event_type"], event["inter1"]) == ("Violent demonstration", 5), text


def test_an_attack_that_was_repelled_is_an_armed_clash():
    event = _first("On Aug 2, a village near Tuz Khurmatu repelled an attack by IS fighters.")
    assert (event["sub_event_type"], event["inter1"]) == ("Armed clash", 2)


def test_two_attacks_on_one_named_day_and_place_are_that_days_fighting():
    text = "On Aug 3, PKK fighters carried out two attacks on Turkish troops near Sidakan, killing a soldier."
    event = _first(text)
    assert (event["sub_event_type"], event["inter1"], event["inter2"], event["fatalities"]) == ("Armed clash", 2, 8, 1)


def test_forces_deployed_during_demonstrations_are_a_troop_movement():
    text = "On Nov 4, an army brigade was deployed to Diwaniya to keep order during demonstrations."
    event = _first(text, published="2019-11-30")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Change to group/activity")
    # the crowd that moved is still the protest
    crowd = _first("On Nov 5, hundreds of students arrived at central Diwaniya to join the protests.",
                   published="2019-11-30")
    assert crowd["sub_event_type"] == "Peaceful protest"


def test_an_assault_with_small_arms_and_mortars_is_a_battle():
    text = "On May 2, ISIS fighters attacked an army outpost near Baiji with rifles and mortar shells, killing 3."
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Battles", "Armed clash")
    assert (event["inter1"], event["inter2"]) == (2, 1)


def test_an_attack_repelled_is_a_battle_whatever_weapon_it_used():
    text = "On May 3, Peshmerga forces repelled a Daesh assault led by a car bomb that exploded west of Makhmur."
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Battles", "Armed clash")


def test_riot_police_do_not_make_a_riot():
    # "riot police" names the force sent against a crowd; the crowd's own acts decide the type
    text = "On May 2, riot police broke up a sit-in by unemployed graduates outside the oil ministry in Nasiriyah."
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Protests", "Protest with intervention")
    assert event["inter1"] == 6


def test_a_killing_the_crowd_protests_is_its_grievance_not_its_toll():
    for text in ("On March 3, hundreds of teachers marched in Kut to denounce the killing of two demonstrators "
                 "last week.",
                 "On March 4, students rallied in Hilla against the crackdown that left nine protesters dead "
                 "in April."):
        event = _first(text)
        assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Peaceful protest", 6, None), text
        assert not event["fatalities"], text


def test_a_crowd_that_hurls_stones_or_raids_a_building_or_hurts_police_is_a_violent_demonstration():
    for text in ("On May 9, hundreds of protesters gathered outside the governorate building in Kut, hurling "
                 "stones at the guards.",
                 "On May 10, the demonstrations in Samawah ended with raiding the office of the electricity company.",
                 "On May 11, students demonstrated in Kut over exam results. Twelve police forces were injured."):
        event = _first(text)
        assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Violent demonstration"), text
        assert event["inter1"] == 5, text


def test_unidentified_men_are_an_unidentified_armed_group():
    event = _first("On June 11, unidentified men tossed a grenade at police on patrol in Najaf, "
                   "wounding two policemen.")
    assert (event["inter1"], event["inter2"]) == (3, 1)
    assert event["evidence"]["actor1"]["text"] == "unidentified men"


def test_suicide_bombers_killed_before_they_struck_make_a_clash():
    event = _first("On June 12, counter-terrorism forces raided a hideout near Hit, killing two IS suicide bombers "
                   "wearing explosive vests.")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", 1, 2)


def test_a_crowd_clashing_with_the_police_is_a_violent_demonstration():
    # the clash is told far from any crowd noun, but a protest sentence's clash with police is the crowd's
    text = ("On May 2, hundreds of teachers rallied in front of the education directorate in Kut to demand "
            "three months of unpaid salaries, and later clashes with the riot police broke out.")
    event = _first(text)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Violent demonstration", 5, 1)


def test_a_bomb_that_goes_off_on_the_man_laying_it_is_a_disrupted_weapons_use():
    for text in ("On June 8, two ISIS fighters died when a roadside bomb exploded as they were burying it "
                 "near Tuz Khurmatu.",
                 "On June 9, an ISIS bomb maker was killed by a blast of his own explosive device near Hit."):
        event = _first(text)
        assert event["event_type"] == "Strategic developments", text
        assert event["sub_event_type"] == "Disrupted weapons use", text
        assert (event["inter1"], event["inter2"]) == (2, None), text


def test_a_hideout_destroyed_before_weapons_were_seized_is_property_destruction():
    event = _first("On Oct 3, army units destroyed a Daesh hideout near Rutba and seized four rifles and ammunition "
                   "inside it.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Looting/property destruction")
    assert event["evidence"]["sub_event_type"]["text"].startswith("destroyed")
    # the seizure told first is still the seizure
    event = _first("On Oct 4, army units seized four rifles and ammunition near Rutba and destroyed a Daesh hideout.")
    assert event["sub_event_type"] == "Disrupted weapons use"


def test_people_who_left_their_village_because_of_attacks_are_displaced_not_attacked():
    text = ("On Feb 6, the farmers of Tel Zawiya in Tuz district abandoned the village because of frequent raids "
            "by Daesh fighters.")
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Other")
    assert (event["actor1"], event["inter1"], event["inter2"]) == ("Civilians (Iraq)", 7, None)
    assert event["evidence"]["sub_event_type"]["text"] == "abandoned the village"


def test_homes_burned_by_a_group_are_property_destruction():
    event = _first("On Feb 7, twenty houses of shepherds were burned by Daesh fighters near Tuz.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Looting/property destruction")
    assert event["inter1"] == 2


def test_police_raiding_a_party_office_is_a_strategic_development_against_civilians():
    event = _first("On Jan 9, riot police raided the offices of the Green Horizon Party in Zakho, "
                   "confiscating computers.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Change to group/activity")
    assert (event["inter1"], event["actor2"].split(" (")[0], event["inter2"]) == (1, "Civilians", 7)
    assert event["evidence"]["actor2"]["text"] == "the offices of the Green Horizon Party"


def test_a_party_s_offices_named_before_the_word_offices_are_raided_offices_too():
    event = _first("On Jan 9, police raided the opposition party offices in Zakho and seized computers.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Change to group/activity")
    assert (event["inter1"], event["inter2"]) == (1, 7)
    assert event["evidence"]["actor2"]["text"] == "the opposition party offices"


def test_a_general_strike_announced_is_a_strategic_development_of_the_protesters():
    event = _first("On Mar 2, the nurses' union in Kut announced an open-ended strike in support of the "
                   "demonstrators.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Other")
    assert (event["inter1"], event["inter2"]) == (6, None)


def test_decisions_about_officials_and_forces_are_strategic_developments():
    change = "Change to group/activity"
    for text, sub in (("On Mar 3, the governor of Wasit resigned after a week of unrest in Kut.", "Other"),
                      ("On Mar 4, the army reinstated 800 officers who had been dismissed in 2015.", change),
                      ("On Mar 5, Turkish troops imposed a night curfew on villages near Zakho.", change)):
        event = _first(text)
        assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", sub), text
        assert event["inter2"] is None, text


def test_forces_firing_at_or_intercepting_a_drone_disrupt_its_use():
    for text in ("On May 6, army air defences opened fire on two unknown drones circling over a base near Balad.",
                 "On May 7, reports said border guards were intercepting an unidentified drone near Rabia."):
        event = _first(text)
        assert event["sub_event_type"] == "Disrupted weapons use", text


def test_a_crowd_making_demands_is_a_protest_however_long_its_description():
    for text in ("On Apr 2, dozens of bakers from the old market quarter of Kut stood outside the council building "
                 "demanding cheaper flour.",
                 "On Apr 3, supporters of a local football club in Kut renewed their demands for a new stadium."):
        event = _first(text)
        assert (event["sub_event_type"], event["inter1"]) == ("Peaceful protest", 6), text


def test_a_clash_told_beside_air_support_or_a_blast_is_a_battle():
    for text in ("On Apr 8, border guards backed by the air force clashed with Daesh fighters near Rutba, "
                 "and the air force later struck two of their cars.",
                 "On Apr 9, a booby-trapped door exploded as troops searched a farm near Baiji, sparking a long "
                 "clash with the Daesh fighters hiding inside."):
        event = _first(text)
        assert (event["event_type"], event["sub_event_type"]) == ("Battles", "Armed clash"), text


def test_a_bomb_dropped_by_a_drone_is_an_air_strike():
    event = _first("On July 8, a drone of an unknown armed group dropped a grenade on a farmhouse near Tarmiyah.")
    assert (event["sub_event_type"], event["inter1"]) == ("Air/drone strike", 3)


def test_a_policeman_shot_at_his_home_or_in_his_own_car_is_a_civilian_victim():
    for text in ("On Mar 9, gunmen shot dead a police officer as he stepped out of his house in Hilla.",
                 "On Mar 10, gunmen killed a PMF fighter in his own personal car near Hilla."):
        event = _first(text)
        assert (event["sub_event_type"], event["inter2"]) == ("Attack", 7), text


def test_a_crowd_that_protests_a_killing_is_a_protest_not_the_killing():
    for text in ("On Feb 3, hundreds of students in Kut took to the streets to protest the murder of a lecturer "
                 "by unknown gunmen.",
                 "On Feb 4, dozens of protesters in Kut condemned the kidnapping and killing of activists."):
        event = _first(text)
        assert (event["sub_event_type"], event["inter1"]) == ("Peaceful protest", 6), text


def test_a_group_suspected_to_have_been_responsible_is_the_bomber():
    event = _first("On Oct 5, a roadside bomb exploded near a police patrol in Tuz, wounding two policemen. "
                   "Daesh, police said, is suspected to have been responsible.")
    assert (event["inter1"], event["actor1"]) == (2, "Islamic State (IS)")


def test_yja_star_written_in_any_case_is_the_pkk():
    event = _first("On May 3, YJA Star fighters burned two surveillance cameras of the Turkish army near Zakho.")
    assert (event["actor1"], event["inter1"]) == ("PKK: Kurdistan Workers Party", 2)


def test_hideouts_found_and_destroyed_and_villages_evacuated_are_strategic_developments():
    wrecked = "Looting/property destruction"
    for text, sub in (("On Jan 5, the army found three Daesh caves near Hit and destroyed them.", wrecked),
                      ("On Jan 6, soldiers searched the valley near Hit and two Daesh tunnels, used to store food, "
                       "were completely destroyed.", wrecked),
                      ("On Jan 7, twelve villages near Hit were evacuated because of Daesh activity.", "Other")):
        event = _first(text)
        assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", sub), text


def test_a_toll_told_of_these_airstrikes_belongs_to_them_even_when_announced_later():
    text = ("On May 28, Turkish jets bombed PKK hideouts in the Zap region of Duhok. "
            "Kurdish media reported that four fighters died in these airstrikes.")
    events = eventwatch.extract(text, published="2021-06-01")["events"]
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Air/drone strike", 4)]
    later = ("On May 28, Turkish jets bombed PKK hideouts in the Zap region of Duhok. "
             "It was announced on June 5 that a PKK commander was killed during the strikes.")
    events = eventwatch.extract(later, published="2021-06-06")["events"]
    assert [(e["sub_event_type"], e["fatalities"], e["event_date"]) for e in events] == [
        ("Air/drone strike", 1, "2021-05-28")]


def test_force_against_a_crowd_is_an_event_without_a_protest_word():
    text = ("On Tuesday, riot police opened fire on demonstrators heading towards the governor's office in Kut. "
            "Nobody was hurt.")
    events = eventwatch.extract(text, published="2021-06-03")["events"]
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Excessive force against protesters", "Protesters (Iraq)", "Police Forces of Iraq")]


def _types(text: str) -> list[tuple[str, str]]:
    return [(e["event_type"], e["sub_event_type"]) for e in eventwatch.extract(text, published="2019-06-30")["events"]]


def test_checkpoints_set_up_by_an_armed_group_are_a_change_to_group_activity():
    text = "On May 12, Asaib militants set up new checkpoints along the road between Tuz Khurmatu and Kifri."
    assert _types(text) == [("Strategic developments", "Change to group/activity")]


def test_a_drone_brought_down_is_a_disrupted_weapons_use():
    text = "On Feb 3, PMF fighters claimed to have downed a small surveillance drone near Baiji."
    assert _types(text) == [("Strategic developments", "Disrupted weapons use")]


def test_a_tribal_feud_that_broke_out_is_a_clash():
    text = "On October 9, a tribal dispute erupted in the Al-Hartha district of Basra, with rifles used."
    assert _types(text) == [("Battles", "Armed clash")]


def test_a_solidarity_event_is_a_protest():
    text = "On Aug 2, the teachers' syndicate in Kut held a solidarity event to back striking nurses."
    assert _types(text) == [("Protests", "Peaceful protest")]


def test_farmland_set_on_fire_is_property_destruction():
    text = ("On 4 July 2019, unknown gunmen are said to be responsible for the setting of farm lands "
            "near Tarmiyah on fire.")
    assert _types(text) == [("Strategic developments", "Looting/property destruction")]


def test_a_beating_is_an_attack():
    text = "As reported on Apr 6, the activist Samir Jabbar was severely beaten by masked men near his home in Kut."
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert event["evidence"]["sub_event_type"]["text"].endswith("beaten")


def test_a_hedged_threat_of_more_protests_does_not_hide_the_riot_told():
    text = ("On Jan 14, villagers of Abu Sukhair burned tires on the road to Kufa, demanding a water plant, "
            "and threatened to widen their demonstrations if the council ignored them.")
    assert _types(text) == [("Riots", "Violent demonstration")]


def test_a_long_crowd_phrase_with_and_still_makes_demands_a_protest():
    for text in ("On Oct 2, dozens of nurses and cleaners employed under temporary contracts at the main teaching "
                 "hospital run by the health directorate in Kut city demanded permanent posts.",
                 "On Oct 3, hundreds of relatives of detainees and missing men, thought to be held in jails run by "
                 "the interior ministry demanded news of them in Ramadi."):
        assert _types(text) == [("Protests", "Peaceful protest")], text


def test_a_crowd_still_protesting_after_a_dated_act_is_that_days_protest():
    text = "On Feb 9, fishermen in Fao kept boats from leaving the harbour. They are protesting a ban on night fishing."
    assert _types(text) == [("Protests", "Peaceful protest")]
    assert _types("Teachers in Fao are protesting a pay freeze.") == []


def test_two_attacks_on_a_named_target_on_one_day_are_that_days_fighting():
    text = "The YBS said that on March 8, the PKK launched two attacks on Iraqi army posts in a mountain pass."
    assert _types(text) == [("Battles", "Armed clash")]
    assert _types("The PKK launched nine attacks in the region during March.") == []


def test_a_bomb_used_to_blow_something_up_went_off():
    text = "On Jan 30, IS fighters used an IED to blow up a power pylon near Tarmiyah."
    assert _types(text) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]


def test_forces_destroying_an_armed_groups_vehicles_is_a_battle():
    text = "On Oct 12, army aviation and ground units destroyed three IS pick-ups in the Jazira desert west of Haditha."
    assert _types(text) == [("Battles", "Armed clash")]


def test_an_operation_that_resulted_in_killings_is_told_in_the_past():
    text = ("On Jul 2, army units and tribal fighters combed the orchards north of Dhuluiya. "
            "The sweep resulted in the killing of several IS members and the seizure of a truck.")
    assert _types(text)[:1] == [("Battles", "Armed clash")]


def test_injuring_told_after_a_foiled_crossing_is_a_clash():
    text = ("On Aug 8, border guards stopped an IS bid to cross the river near Rawa, injuring several of the "
            "infiltrators.")
    assert _types(text) == [("Battles", "Armed clash")]


def test_live_shots_at_protesters_are_excessive_force():
    text = "On Nov 30, riot police fired live shots at protesters in Kut, injuring at least three."
    assert _types(text) == [("Protests", "Excessive force against protesters")]


def test_crowd_violence_with_no_demonstration_and_no_forces_is_mob_violence():
    event = _first("On May 3, rioters set fire to the offices of a trading company in Kut.")
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Mob violence")
    assert event["inter1"] == 5


def test_rioters_facing_police_or_told_in_a_demonstration_still_demonstrate():
    for text in ("On May 3, rioters set fire to the offices of a trading company in Kut and police fired tear gas.",
                 "On May 3, rioters set fire to the offices of a trading company in Kut during a demonstration.",
                 "On May 3, rioters closed the main port road in Kut."):
        assert _first(text)["sub_event_type"] == "Violent demonstration", text


@pytest.mark.parametrize("text", [
    "On May 3, angry villagers set fire to the water board office in Kut over power outages.",
    "On May 3, residents torched the district land office in Kut, demanding their title deeds.",
    "On May 3, youths burned the county offices in Kut in protest at new fuel levies.",
])
def test_a_crowd_burning_an_office_for_a_grievance_demonstrates_violently(text):
    # a grievance told makes it a demonstration turned violent; the crowd is no victim of its own fire
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Violent demonstration"), text
    assert (event["inter1"], event["inter2"] or 0) == (5, 0), (text, event["actor2"])


def test_the_crowd_that_burns_is_not_the_victim_of_its_mob_violence():
    event = _first("On May 3, angry villagers set fire to the water board office in Kut.")
    assert (event["sub_event_type"], event["inter1"], event["inter2"] or 0) == ("Mob violence", 5, 0), event["actor2"]


@pytest.mark.parametrize("owner", ["university", "public", "government"])
def test_public_property_vandalised_names_no_civilian_owner(owner):
    event = _first(f"On May 3, students rioted in Kut, vandalising {owner} property after a lecturer was sacked.")
    assert (event["event_type"], event["inter2"] or 0) == ("Riots", 0), event["actor2"]


def test_a_lynching_is_mob_violence_against_a_civilian():
    event = _first("On May 3, villagers lynched a man accused of stealing sheep near Kut.")
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Mob violence")
    assert (event["inter1"], event["inter2"]) == (5, 7)


@pytest.mark.parametrize(("text", "dead"), [
    ("On May 3, an angry mob burned alive a man accused of stealing a motorbike near Kut.", 1),
    ("On May 3, villagers burnt two suspected cattle thieves to death near Kut.", 2),
    # a crowd the lexicon names no actor for, told as the one who killed
    ("On May 3, a crowd burned alive a man accused of stealing a goat near Kut.", 1),
])
def test_people_burning_someone_alive_is_a_killing_by_a_mob(text, dead):
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Mob violence")
    assert (event["inter1"], event["inter2"], event["fatalities"]) == (5, 7, dead)


def test_forces_a_crowd_protests_about_are_not_its_opponent():
    for text in ("On May 3, demonstrators burned tyres in Kut denouncing the army's raids on their district.",
                 "On May 3, demonstrators set fire to tyres in Kut against the violence used by police forces."):
        event = _first(text)
        assert event["sub_event_type"] == "Violent demonstration", text
        assert (event["inter1"], event["inter2"]) == (5, None), text


def test_forces_that_came_because_of_attacks_moved_and_did_not_fight():
    event = _first("On May 3, army units arrived in Tarmiyah to restore security following repeated attacks by IS.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Change to group/activity")
    assert (event["inter1"], event["inter2"]) == (1, None)


def test_rapid_reaction_forces_are_the_state_police():
    event = _first("On May 3, Rapid Reaction Forces killed two IS militants in a raid near Tarmiyah.")
    assert (event["actor1"], event["inter1"], event["inter2"]) == ("Police Forces of Iraq", 1, 2)


def test_a_shootout_is_an_armed_clash_whatever_weapon_began_it():
    for text in ("On May 3, a shootout between police and gunmen took place in central Basra.",
                 "On May 3, militants shelled an army post near Tarmiyah, which turned into a shootout "
                 "with the troops."):
        assert _first(text)["sub_event_type"] == "Armed clash", text


@pytest.mark.parametrize("text", [
    "On May 3, IS militants killed a suspected 'spy' of the army near Hawija.",
    "On May 3, IS gunmen abducted two shepherds near Hawija, accused of working with the army, and killed them.",
    "On May 3, a policeman was executed after being kidnapped by IS militants near Hawija.",
    "On May 3, IS militants raided the house of a soldier near Hawija and killed his wife.",
    "On May 3, IS militants dressed in army clothes attacked the head of a village council near Hawija and killed him.",
])
def test_captives_informers_families_and_victims_of_disguised_men_are_civilians(text):
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack"), text
    assert (event["inter1"], event["inter2"]) == (2, 7), text


def test_shots_that_hit_only_a_building_are_property_destruction():
    event = _first("On May 3, gunmen fired shots at a small party's office in Kirkuk. No injuries were reported.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Looting/property destruction")
    for text in ("On May 3, gunmen opened fire at the police headquarters in Kirkuk. No injuries were reported.",
                 "On May 3, gunmen fired shots at a small party's office in Kirkuk, wounding a guard."):
        assert _first(text)["sub_event_type"] != "Looting/property destruction", text


@pytest.mark.parametrize("text", [
    "On May 3, teachers rallied in Kut against the arrest of a union leader.",
    "On May 3, families gathered in Kut demanding the release of detained relatives.",
    "On May 3, students protested in Kut and asked judges to issue arrest warrants for corrupt officials.",
])
def test_an_arrest_a_crowd_protests_about_is_no_intervention(text):
    assert _first(text)["sub_event_type"] == "Peaceful protest", text


@pytest.mark.parametrize("text", [
    "On May 3, riot police cleared the sit-in outside the governorate building in Kut.",
    "On May 3, protesters marching on the council building in Kut were stopped by police forces.",
    "On May 3, police moved in to remove protesters from the main square in Kut.",
])
def test_forces_clearing_or_stopping_a_crowd_intervene(text):
    event = _first(text)
    assert (event["sub_event_type"], event["inter2"]) == ("Protest with intervention", 1), text


def test_excessive_force_by_the_state_puts_the_crowd_first():
    event = _first("On May 3, riot police fired live rounds at demonstrators in Kut, killing two of them.")
    assert event["sub_event_type"] == "Excessive force against protesters"
    assert (event["actor1"], event["inter1"], event["inter2"]) == ("Protesters (Iraq)", 6, 1)
    event = _first("On May 3, unknown gunmen fired live rounds at demonstrators in Kut, killing two of them.")
    assert (event["inter1"], event["inter2"]) == (3, 6)


def test_forces_shooting_at_a_crowd_use_force_against_protesters():
    for text in ("On May 3, police shot at protesters in central Kut.",
                 "On May 3, soldiers fired into a crowd of demonstrators in Kut, wounding four."):
        event = _first(text)
        assert (event["sub_event_type"], event["inter1"], event["inter2"]) == (
            "Excessive force against protesters", 6, 1), text


def test_violence_averted_or_ended_is_no_riot():
    for text in ("On May 3, protesters in Kut linked arms to avoid any clashes with the police.",
                 "On May 3, students in Kut returned to peaceful rallies, putting an end to violent protests."):
        assert _first(text)["sub_event_type"] == "Peaceful protest", text


@pytest.mark.parametrize("text", [
    "On May 3, police fired live rounds as demonstrators were trying to climb the fence of the governorate in Kut.",
    "On May 3, demonstrators in Kut made repeated attempts to cross the bridge into the guarded district.",
    "On May 3, a protester was shot by police as demonstrators attempted to storm the council building in Kut.",
])
def test_a_crowd_forcing_its_way_into_a_guarded_place_is_a_violent_demonstration(text):
    event = _first(text)
    assert (event["sub_event_type"], event["inter1"]) == ("Violent demonstration", 5), text


def test_a_crowd_that_chose_not_to_force_its_way_stays_peaceful():
    assert _first("On May 3, thousands rallied in Kut; they chose not to try to storm the guarded district.")[
        "sub_event_type"] == "Peaceful protest"


def test_a_bomb_defused_or_drone_downed_with_no_owner_named_is_an_unidentified_groups():
    for text in ("On May 3, police defused two bombs hidden in a parked car in Kut.",
                 "On May 3, army air defences shot down an unknown drone over their base near Kut."):
        event = _first(text)
        assert (event["sub_event_type"], event["inter2"]) == ("Disrupted weapons use", 3), text


def test_state_forces_beside_those_who_seized_a_cache_are_not_its_owner():
    event = _first("On May 3, the police, backed by army units, seized an IS arms cache near Kut.")
    assert (event["inter1"], event["actor2"], event["inter2"]) == (1, "Islamic State (IS)", 2)


def test_an_arson_attack_is_property_destruction():
    event = _first("On May 3, IS militants carried out an arson attack on a farm near Tarmiyah.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Looting/property destruction")


def test_a_bomb_disarmed_before_it_went_off_is_a_disrupted_weapons_use():
    event = _first("On May 3, police disarmed an IS car bomb near Baqubah before it could explode.")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Disrupted weapons use", 1, 2)


def test_armed_men_who_fire_on_a_crowd_lead_the_event():
    event = _first("On May 3, IS militants opened fire on protesters in Kut, killing two.")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Excessive force against protesters", 2, 6)
    event = _first("On May 3, an unidentified young man fired at a crowd of shoppers and protesters in central "
                   "Kut, wounding several of the demonstrators.")
    assert (event["inter1"], event["inter2"]) == (3, 6)


def test_a_sound_bomb_is_an_explosive_device_not_a_grenade():
    assert _first("On May 3, a sound bomb went off outside a shop in Kut, causing no injuries.")[
        "sub_event_type"] == "Remote explosive/landmine/IED"


def test_protests_named_as_the_time_of_an_attack_are_its_setting():
    event = _first("On May 3, as protests went on in Kut, gunmen hurled a grenade toward a police patrol, wounding 3.")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Grenade", 3, 1)


def test_a_clash_between_forces_and_a_crowd_during_a_demonstration_is_a_violent_demonstration():
    event = _first("On May 3, 6 were hurt in a clash between police and residents during a demonstration in Kut.")
    assert (event["sub_event_type"], event["inter1"]) == ("Violent demonstration", 5)


def test_as_well_as_is_no_while_and_no_water_well():
    event = _first("On May 3, troops killed 2 IS militants and burned a hideout as well as defusing 4 IEDs near Kut.")
    assert event["sub_event_type"] == "Armed clash"


def test_a_place_taken_by_force_changes_territory():
    event = _first("On May 3, IS militants took over control of a village near Tarmiyah.")
    assert (event["event_type"], event["sub_event_type"], event["inter1"]) == (
        "Battles", "Non-state actor overtakes territory", 2)
    event = _first("On May 3, the army recaptured a village near Tarmiyah from IS.")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Government regains territory", 1, 2)


def test_the_victims_of_a_groups_bomb_follow_the_blast():
    # "IS-planted bombs" names who laid them; those the blast harmed come after
    for text in ("On May 6, a pair of IS planted bombs went off by a road near Rutba, wounding 4 Iraqi personnel.",
                 "On May 6, the detonation of three IS planted mines wounded 4 soldiers near Hit."):
        event = _first(text)
        assert (event["inter1"], event["inter2"]) == (2, 1), text


def test_a_weapons_store_destroyed_is_property_destruction():
    # the cache or depot wrecked is the property; weapons destroyed on their own are a disrupted use
    store = _first("On May 7, the army blew up four arms depots that belonged to IS in the desert near Rutba.")
    assert store["sub_event_type"] == "Looting/property destruction"
    # the words behind the type name the wrecking, not only the store
    assert store["evidence"]["sub_event_type"]["text"] == "blew up four arms depots"
    weapons = _first("On May 7, the army destroyed 20 rockets that belonged to IS in the desert near Rutba.")
    assert weapons["sub_event_type"] == "Disrupted weapons use"


def test_forces_named_later_face_the_crowd_only_where_they_meet_it():
    # police told only as talks partners are no party; police who fired on the crowd are
    talks = _first("On Jan 5, students blocked the highway near Kut with burning tires. Later, talks with "
                   "the police opened the highway again.", published="2019-01-30")
    assert (talks["sub_event_type"], talks["inter2"]) == ("Violent demonstration", None)
    fired = _first("On Jan 5, students blocked the highway near Kut with burning tires. Later, the police "
                   "fired tear gas at them.", published="2019-01-30")
    assert (fired["sub_event_type"], fired["inter2"]) == ("Violent demonstration", 1)


def test_a_force_named_by_the_uniforms_a_crowd_wears_is_no_party():
    text = ("On Dec 5, dozens of demonstrators wearing PMF uniforms stormed the council building in Kut "
            "and set fire to its gate.")
    event = _first(text, published="2019-12-31")
    # (the council building stormed is civilian property: its owners, never the uniforms' force, are the party)
    assert (event["sub_event_type"], event["actor2"]) == ("Violent demonstration", "Civilians (Iraq)")


def test_new_commanders_appointed_after_protests_are_a_change_of_the_force():
    text = ("On May 8, the defence minister removed three army commanders and appointed new commanders "
            "in response to the handling of earlier protests in Kut.")
    event = _first(text, published="2019-05-30")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Change to group/activity")


def test_the_group_that_attacked_before_the_attack_was_repelled_leads():
    event = _first("On May 4, IS fighters attacked a hamlet near Sinjar, and Peshmerga units repelled the attack "
                   "and clashed with the fighters.")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", 2, 1)


def test_livestock_killed_is_no_killing_of_people():
    event = _first("On May 4, IS militants set fire to three farmhouses near Khanaqin and killed dozens of sheep.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Looting/property destruction")
    # herders and traders of animals are people
    herders = _first("On May 4, IS militants killed two goat herders near Khanaqin.")
    assert (herders["sub_event_type"], herders["fatalities"]) == ("Attack", 2)


def test_bombs_blown_up_by_the_army_are_a_disrupted_weapons_use():
    army = _first("On June 11, army engineers detonated 20 landmines left by IS near Sinjar.")
    assert (army["sub_event_type"], army["inter1"], army["inter2"]) == ("Disrupted weapons use", 1, 2)
    grenades = _first("On June 11, army engineers detonated 6 grenades left by IS near Sinjar.")
    assert (grenades["sub_event_type"], grenades["inter1"]) == ("Disrupted weapons use", 1)
    group = _first("On June 11, Daesh fighters blew up a roadside bomb as an army patrol passed near Tarmiyah.")
    assert group["sub_event_type"] == "Remote explosive/landmine/IED"


def test_forces_who_kill_people_during_protests_act_against_the_crowd():
    event = _first("On Feb 2, riot police killed four men in Hilla during protests over unpaid salaries.",
                   published="2019-11-30")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Excessive force against protesters", 6, 1)
    # anyone else killing during the protests still attacks whom they killed
    other = _first("On Nov 8, gunmen killed a lawyer in Hilla during the protests.", published="2019-11-30")
    assert other["event_type"] == "Violence against civilians"


def test_a_crowd_barricading_with_tires_or_stones_is_violent():
    for text in ("On May 2, protesters blocked the main road in Samawa with tyres, demanding water.",
                 "On May 2, dozens of graduates closed the highway in Amara using stones to demand jobs."):
        event = _first(text, published="2019-05-03")
        assert (event["event_type"], event["sub_event_type"], event["inter1"]) == (
            "Riots", "Violent demonstration", 5), text


def test_members_of_a_force_who_protest_are_the_crowd_not_its_opponent():
    text = ("On May 2, members of the border guards blocked the road near Basra in demonstration against unpaid wages. "
            "The guards and their relatives later cut off the highway using tyres.")
    event = _first(text, published="2019-05-03")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Violent demonstration", 5, None)
    # forces facing the crowd remain its opponent
    police = _first("On May 2, protesters blocked the road near Basra with tires and police dispersed them.",
                    published="2019-05-03")
    assert (police["sub_event_type"], police["inter2"]) == ("Violent demonstration", 1)


def test_fighters_killed_when_they_attacked_residents_who_fought_back_attacked():
    for text in ("On May 4, two IS militants were killed when they attacked shepherds near Tuz, and a clash ensued.",
                 "On May 4, 3 Daesh fighters were shot dead after they raided a farm and were confronted by farmers."):
        event = _first(text, published="2019-05-05")
        assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", 2, 4), text


def test_staff_who_work_for_a_force_are_civilians_when_attacked():
    for text in ("On May 3, gunmen fired at a translator for the army in Baquba, killing him.",
                 "On May 3, gunmen fired on two clerks of the police directorate in Baquba, wounding them."):
        event = _first(text, published="2019-05-04")
        assert (event["event_type"], event["inter2"]) == ("Violence against civilians", 7), text


def test_people_named_by_their_community_are_civilians_when_fired_on():
    event = _first("On May 3, soldiers opened fire at some Arabs who were grazing sheep near Kirkuk.",
                   published="2019-05-04")
    assert (event["event_type"], event["inter1"], event["inter2"]) == ("Violence against civilians", 1, 7)


def test_a_title_that_begins_a_place_name_is_no_civilian_victim():
    event = _first("On May 3, the army killed 2 IS fighters in a raid in Imam Hamza orchards near Baquba.",
                   published="2019-05-04")
    assert (event["event_type"], event["inter1"], event["inter2"]) == ("Battles", 1, 2)


def test_forces_stopping_a_crowd_from_storming_tell_a_violent_demonstration():
    for text in ("On May 3, 5 demonstrators died when police opened fire to stop them from torching an office.",
                 "On May 3, police deployed on the bridge to block the protesters from pushing into the square."):
        event = _first(text, published="2019-05-04")
        assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Violent demonstration", 5, 1), text


def test_the_owners_of_fields_burnt_are_the_civilians_attacked():
    event = _first("On June 2, barley fields that belonged to a farmer were set ablaze by unknown men near Kirkuk.",
                   published="2019-06-03")
    assert (event["sub_event_type"], event["inter2"]) == ("Looting/property destruction", 7)


@pytest.mark.parametrize("text", [
    "On May 3, a sniper shot a protester near the main square in Kut.",
    "On May 3, a protester was killed by unknown gunmen in Kut.",
    "On May 3, a demonstrator was shot dead by the police in Kut.",
    "On May 3, two protesters died of their wounds in Kut.",
])
def test_one_protester_shot_or_killed_is_force_against_protesters(text):
    assert _first(text)["sub_event_type"] == "Excessive force against protesters", text


def test_a_protest_whose_crowd_later_lost_a_man_keeps_the_crowd_first():
    text = ("On May 3, people in Kut protested against corruption. Police dispersed the crowd with tear gas "
            "and a young demonstrator later died of his wounds.")
    event = _first(text)
    assert (event["sub_event_type"], event["actor1"], event["inter1"]) == (
        "Excessive force against protesters", "Protesters (Iraq)", 6)


def test_protesters_abducted_by_armed_men_suffer_force_against_protesters():
    event = _first("On May 3, militiamen kidnapped six protesters from the main square in Kut.")
    assert event["sub_event_type"] == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "On May 3, thousands of people took to the streets of Kut.",
    "On May 3, supporters of the government held a counter-protest in Kut.",
])
def test_a_crowd_in_the_streets_or_a_counter_protest_is_a_protest(text):
    assert _first(text)["sub_event_type"] == "Peaceful protest", text


def test_a_threat_to_take_to_the_streets_is_no_protest():
    text = "On May 3, teachers in Kut threatened to take to the streets if their salaries are not paid."
    assert eventwatch.extract(text, published="2019-06-30")["events"] == []


@pytest.mark.parametrize("text, sub_type", [
    ("A teacher who marched in the protests was kidnapped in Kut on May 3.", "Abduction/forced disappearance"),
    ("On May 3, an activist who had protested for months was shot dead by gunmen in Kut.", "Attack"),
])
def test_a_protest_that_only_says_who_the_victim_was_is_no_protest(text, sub_type):
    assert _first(text)["sub_event_type"] == sub_type, text


@pytest.mark.parametrize("text, sub_type", [
    ("On May 3, gunmen killed a herder who had fought in the 1987 war in Kut.", "Attack"),
    ("On May 3, gunmen killed a trader who fought in the civil war in Kut.", "Attack"),
    ("On May 3, police arrested a driver who had fought for ISIS in Kut.", "Arrests"),
    # a clause of the same moment may tell the incident itself
    ("On May 3, soldiers killed two gunmen who attacked a checkpoint in Kut.", "Armed clash"),
])
def test_fighting_in_a_clause_about_a_persons_past_is_no_battle(text, sub_type):
    assert _first(text)["sub_event_type"] == sub_type, text


def test_an_official_who_resigned_amid_protests_is_the_development_told():
    event = _first("On May 3, the governor of Kut resigned amid protests.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Other")
    event = _first("On May 3, protesters in Kut celebrated after the governor resigned.")
    assert event["sub_event_type"] == "Peaceful protest"


def test_a_vigil_for_protesters_killed_before_is_a_peaceful_protest():
    assert _first("On May 3, students held a vigil in Kut for the killed protesters.")[
        "sub_event_type"] == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "On May 3, police beat demonstrators with batons in Kut.",
    "On May 3, police beat protesters in Kut, injuring six.",
    "On May 3, protesters in Kut were beaten by riot police.",
])
def test_police_beating_a_crowd_is_an_intervention(text):
    event = _first(text)
    assert (event["sub_event_type"], event["inter2"]) == ("Protest with intervention", 1), text


def test_a_man_beaten_with_no_crowd_told_is_still_an_attack():
    assert _first("On May 3, a man was beaten by police in Kut.")["sub_event_type"] == "Attack"


@pytest.mark.parametrize("text", [
    "On May 3, a mob attacked a shop owner in Kut.",
    "On May 3, an angry mob beat a man to death in Kut.",
])
def test_a_mob_that_harms_someone_is_mob_violence(text):
    event = _first(text)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Mob violence", 5, 7), text


def test_armed_men_who_beat_a_man_to_death_attack_a_civilian():
    assert _first("On May 3, gunmen beat a farmer to death in Kut.")["sub_event_type"] == "Attack"


def test_protesters_stabbed_suffer_force_against_protesters():
    # (told first, in the passive, before men the words leave unnamed, the crowd leads the event)
    event = _first("On May 3, four protesters were stabbed by masked men in Kut.")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Excessive force against protesters", 6, 3)
    event = _first("On May 3, masked men stabbed four protesters in Kut.")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Excessive force against protesters", 3, 6)


@pytest.mark.parametrize("text", [
    "On May 3, teachers protested in Kut and several protesters were injured by police.",
    "On May 3, police fired tear gas in Kut and three protesters were wounded.",
])
def test_protesters_hurt_by_the_police_are_an_intervention(text):
    event = _first(text)
    assert (event["sub_event_type"], event["inter2"]) == ("Protest with intervention", 1), text


def test_protesters_hurt_with_no_force_told_stay_peaceful():
    assert _first("On May 3, teachers protested in Kut and several protesters were injured in a stampede.")[
        "sub_event_type"] == "Peaceful protest"


def test_a_person_killed_while_participating_in_a_protest_suffers_force_against_protesters():
    event = _first("On May 3, masked men killed a young engineer who was participating in the demonstrations in Kut.")
    assert (event["sub_event_type"], event["inter1"], event["actor2"], event["inter2"]) == (
        "Excessive force against protesters", 3, "Protesters (Iraq)", 6)
    event = _first("On May 3, masked men killed a young engineer on his way home from the demonstrations in Kut.")
    assert (event["sub_event_type"], event["inter2"]) == ("Attack", 7)


@pytest.mark.parametrize("text, sub_type", [
    ("On May 3, doctors in Kut went on strike for three days.", "Other"),
    ("On May 3, doctors in Kut went on strike and protested outside the health directorate.", "Peaceful protest"),
    ("On May 3, nurses in Kut went on strike demanding unpaid wages.", "Peaceful protest"),
])
def test_a_bare_strike_is_a_strategic_development_and_a_strike_with_a_protest_is_a_protest(text, sub_type):
    assert _first(text)["sub_event_type"] == sub_type, text


@pytest.mark.parametrize("text", [
    "On May 3, demonstrators in Kut burned the offices of two parties and torched the local council building.",
    "On May 3, rioters stormed the ruling party headquarters in Kut.",
])
def test_a_party_or_council_building_a_crowd_burned_is_civilian_property(text):
    event = _first(text)
    assert (event["event_type"], event["inter2"]) == ("Riots", 7), text
    assert event["evidence"]["actor2"]["text"].lower().endswith(("building", "headquarters"))


def test_a_strike_over_a_grievance_stays_a_protest():
    assert _first("On May 3, nurses in Kut went on strike over unpaid wages.")["sub_event_type"] == "Peaceful protest"


def test_crowd_control_that_killed_is_force_against_protesters():
    event = _first("On May 3, riot police fired rubber bullets and tear gas into the crowd of protesters in Kut, "
                   "killing one.")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Excessive force against protesters", 6, 1)
    event = _first("On May 3, police used tear gas to disperse protesters in Kut.")
    assert event["sub_event_type"] == "Protest with intervention"


def test_a_crowd_removed_by_forces_is_an_intervention():
    event = _first("On May 3, hundreds protested at the oil company gate in Kut and were removed by police units.")
    assert (event["sub_event_type"], event["inter2"]) == ("Protest with intervention", 1)


@pytest.mark.parametrize(("text", "dead", "wounded"), [
    ("On June 3, gunmen set fire to houses in Mbarosi village, killing three women.", 3, None),
    ("On June 3, gunmen set fire to houses in Mbarosi village, wounding two farmers.", None, 2),
    # a vehicle set on fire by an armed party (a riot word alone), with people killed in it
    ("On June 3, gunmen set fire to a minibus near Mbarosi village, killing five passengers.", 5, None),
    ("On June 3, militants torched huts in Mbarosi village, killing two residents.", 2, None),
])
def test_people_harmed_in_an_arson_make_it_an_attack_not_property_destruction(text, dead, wounded):
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert (event["fatalities"], event["injured"]) == (dead, wounded)


def test_an_arson_that_harms_no_one_stays_property_destruction():
    event = _first("On June 3, gunmen set fire to houses in Mbarosi village; no one was hurt.")
    assert event["sub_event_type"] == "Looting/property destruction"


def test_a_raid_that_ended_in_arrests_with_nobody_hurt_is_the_arrest():
    event = _first("On Mar 4, police raided a farmhouse near Zakho and arrested 4 IS suspects.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert (event["inter1"], event["actor2"], event["arrested"]) == (1, "Islamic State (IS)", 4)


def test_a_raid_with_a_death_or_an_exchange_of_fire_is_still_a_battle():
    killed = _first("On Mar 4, police raided a hideout near Zakho, killing 2 IS militants and arresting 3.")
    assert killed["sub_event_type"] == "Armed clash"
    fought = _first("On Mar 4, soldiers raided an IS camp near Zakho and arrested 5 militants "
                    "after an exchange of fire.")
    assert fought["sub_event_type"] == "Armed clash"


def test_a_ceasefire_agreed_with_no_preposition_is_an_agreement():
    event = _first("On May 3, the army and the M23 agreed a ten-day ceasefire near Rutshuru.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Agreement")
    assert event["actor2"] == "March 23 Movement (M23)"
    assert event["evidence"]["sub_event_type"]["text"] == "agreed a ten-day ceasefire"


def test_a_deal_word_naming_the_talks_is_no_agreement():
    # a date or a venue agreed for talks: the talks are still to come
    for text in ("On May 3, the army and the M23 agreed a date for ceasefire talks near Rutshuru.",
                 "On May 3, the army and the M23 agreed on a venue for peace deal negotiations near Rutshuru."):
        assert eventwatch.extract(text, published="2019-06-30")["events"] == [], text


def test_the_two_sides_agreeing_the_terms_of_a_prisoner_swap_is_an_agreement_of_the_parties_named_before():
    talks = "Talks between the Malian government and the CMA rebels were held in Algiers this week, mediators said. "
    event = _first(talks + "The two sides agreed the terms of a prisoner swap on Thursday.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Agreement")
    assert (event["actor1"], event["inter2"]) == ("Government of Mali", 2)  # the government and the rebel group
    assert event["evidence"]["sub_event_type"]["text"] == "agreed the terms of a prisoner swap"
    event = _first(talks + "The two sides agreed to exchange detainees on Thursday.")
    assert (event["sub_event_type"], event["actor1"]) == ("Agreement", "Government of Mali")
    # two parties that are no side of a conflict: no agreement record
    clubs = "Talks between the two football clubs were held in Algiers this week. "
    assert eventwatch.extract(clubs + "The two sides agreed the terms of a player swap on Thursday.",
                              published="2019-06-30")["events"] == []


@pytest.mark.parametrize("text", [
    "On May 3, workers unearthed a World War II bomb at a building site in Osnabrueck, Germany, and it was defused.",
    "On May 3, a Second World War shell was found in a garden in Dorsten, Germany. Army experts defused the device.",
    "On May 3, police defused an old bomb dating back to the Great War near Ypres, Belgium.",
])
def test_a_relic_of_a_war_long_over_found_or_defused_is_no_event(text):
    # nobody's attack was disrupted: ACLED codes no event, the GTD records no incident
    assert eventwatch.extract(text, published="2019-06-30")["events"] == [], text


def test_a_bomb_defused_by_police_today_is_still_a_disrupted_weapons_use():
    event = _first("On May 3, police defused a bomb planted outside a bank in Kirkuk.")
    assert event["sub_event_type"] == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "On May 3, soldiers defused a roadside bomb planted near a Second World War memorial in Kirkuk.",
    "On May 3, police found explosives hidden by militants in a wartime bunker near Kirkuk.",
])
def test_a_device_of_today_near_a_relic_of_an_old_war_is_still_disrupted(text):
    # the old war names the memorial or the bunker, not the device
    assert _first(text)["sub_event_type"] == "Disrupted weapons use", text


@pytest.mark.parametrize("text", [
    "On May 3, police beat two students in the protest in Kut.",
    "On May 3, riot police beat a teacher at a demonstration in Kut.",
])
def test_police_beating_people_at_a_protest_is_an_intervention(text):
    # (not a peaceful protest; a beating with no serious injury told is no excessive force)
    event = _first(text)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Protest with intervention", 6, 1), text


@pytest.mark.parametrize("text", [
    "On May 3, police severely beat two students during a protest in Kut.",
    "On May 3, police beat three protesters in Kut; all three were hospitalised.",
])
def test_a_beating_that_seriously_hurts_protesters_is_excessive_force(text):
    event = _first(text)
    want = ("Excessive force against protesters", 6, 1)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == want, text


@pytest.mark.parametrize("text", [
    "On May 3, police beat two students during a protest in Kut; a policeman was hospitalised after a fall.",
    "On May 3, police beat two students during a protest in Kut, while a reporter was taken to hospital with asthma.",
])
def test_a_serious_injury_of_someone_else_makes_no_beating_excessive_force(text):
    # only the beaten's own serious injury does
    assert _first(text)["sub_event_type"] == "Protest with intervention", text


@pytest.mark.parametrize("text", [
    "On May 4, Azerbaijani air defences shot down 3 Armenian drones over Ganja.",
    "On May 4, Azerbaijani air defences shot down 2 Armenian missiles over Ganja.",
])
def test_a_foreign_states_drones_or_missiles_downed_are_its_forces_disrupted_weapons(text: str) -> None:
    # the nationality the trigger's own words give the weapons names their side (an unidentified drone names none)
    event = _first(text, "2022-05-10")
    assert (event["sub_event_type"], event["actor2"], event["inter2"]) == (
        "Disrupted weapons use", "Military Forces of Armenia", 8)


@pytest.mark.parametrize("later", [
    "The demonstrators carried photographs of a herder shot dead by soldiers in February.",
    "The protesters condemned the death of a herder killed by soldiers in February.",
])
def test_a_death_the_crowd_mourns_in_a_later_sentence_is_its_grievance_not_force_against_it(later):
    # the earlier death is why they march; nobody fired on this crowd
    events = eventwatch.extract("Hundreds of residents marched in Kisoro on Tuesday. " + later,
                                published="2024-05-10")["events"]
    assert events and {e["sub_event_type"] for e in events} == {"Peaceful protest"}


def test_a_crowd_mourning_a_death_that_the_police_then_fire_on_suffers_excessive_force():
    text = ("Hundreds of residents marched in Kisoro on Tuesday to denounce the killing of a herder. "
            "Police fired on the demonstrators.")
    event = _first(text, "2024-05-10")
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Excessive force against protesters", "Protesters (Uganda)", "Police Forces of Uganda")


@pytest.mark.parametrize("hurt", [
    "Two police officers were injured after falling from their horses.",
    "Two policemen were hurt in a road accident on the way to the square.",
])
def test_forces_hurt_by_a_mishap_do_not_make_a_protest_violent(hurt):
    # ACLED: a violent demonstration is the crowd's violence; a fall or a crash is nobody's
    text = "On May 6, students demonstrated in Kamuli against fee increases. " + hurt
    event = _first(text, "2024-05-10")
    assert (event["event_type"], event["injured"]) == ("Protests", None)
    text = "On May 6, students demonstrated in Kamuli against fee increases. Two policemen were injured by stones."
    assert _first(text, "2024-05-10")["sub_event_type"] == "Violent demonstration"


@pytest.mark.parametrize("told", [
    "On May 6, a military convoy was attacked near Tessit, killing three soldiers.",
    "On May 6, an army patrol was ambushed near Tessit, killing three soldiers.",
])
def test_forces_attacked_by_no_one_named_fight_an_unidentified_armed_group(told):
    # ACLED: an attack on the forces is a battle even when the attackers go unnamed
    event = _first(told, "2024-05-10")
    assert (event["sub_event_type"], event["actor1"], event["inter1"], event["inter2"]) == (
        "Armed clash", "Unidentified Armed Group (Mali)", 3, 1)


@pytest.mark.parametrize(("text", "actor2", "inter2"), [
    ("On Apr 3, Kelmish drones dropped tear gas grenades on Ostrian positions near Varnik.",
     "Military Forces of Ostria", 8),
    ("On 8 April 2024, Russian forces dropped tear gas into Ukrainian trenches near Orikhiv, Zaporizhia.",
     "Military Forces of Ukraine", 1),
    ("On 8 April 2024, a Russian drone dropped tear gas on Ukrainian soldiers near Orikhiv, Zaporizhia.",
     "Military Forces of Ukraine", 1),
])
def test_tear_gas_dropped_on_troops_is_a_chemical_weapon(text, actor2, inter2):
    # ACLED: a gas used as a weapon of war on armed forces, whatever its kind; the side it struck is the second party
    event = _first(text, "2024-04-10")
    if "Kelmish" in text:  # (invented states: only the type can be told)
        assert event["sub_event_type"] == "Chemical weapon", text
        return
    assert (event["event_type"], event["sub_event_type"], event["actor2"], event["inter2"]) == (
        "Explosions/Remote violence", "Chemical weapon", actor2, inter2), text


@pytest.mark.parametrize("text", [
    "On 9 April 2024, police fired tear gas and stun grenades to disperse protesters in Kaolack.",
    "On 9 April 2024, police fired tear gas at soldiers' relatives protesting outside a barracks in Kaolack.",
    "On 9 April 2024, riot police lobbed tear gas canisters at students marching towards the army headquarters "
    "in Kaolack.",
])
def test_tear_gas_on_a_crowd_stays_crowd_control(text):
    event = _first(text, "2024-04-10")
    assert event["event_type"] == "Protests" and event["sub_event_type"] == "Protest with intervention", text


@pytest.mark.parametrize("text", [
    "On 6 May 2024, M23 rebels captured the army's 34th brigade headquarters in Kiwanja, North Kivu.",
    "On 6 May 2024, M23 rebels seized the FARDC battalion barracks in Kiwanja, North Kivu, after clashes.",
    "On 6 May 2024, M23 rebels took over the army's base in Kiwanja, North Kivu.",
])
def test_a_military_headquarters_or_base_captured_is_territory_taken(text):
    event = _first(text, "2024-05-08")
    assert (event["event_type"], event["sub_event_type"], event["inter1"], event["inter2"]) == (
        "Battles", "Non-state actor overtakes territory", 2, 1), text


def test_a_crowd_taking_over_a_party_office_is_no_territory():
    event = _first("On 6 May 2024, protesters stormed and took over the ruling party headquarters in Nakuru.",
                   "2024-05-08")
    assert event["event_type"] == "Riots", event


@pytest.mark.parametrize("text", [
    "On 12 June 2024, youths set up a roadblock and burned a lorry in Eldoret.",
    "On 12 June 2024, angry residents erected barricades and set a bus on fire in Eldoret.",
    "On 12 June 2024, a crowd put up roadblocks and burned a truck in Eldoret.",
])
def test_a_crowds_roadblock_with_burning_is_a_violent_demonstration(text):
    event = _first(text, "2024-06-14")
    assert (event["event_type"], event["sub_event_type"], event["inter1"]) == (
        "Riots", "Violent demonstration", 5), text


@pytest.mark.parametrize("text", [
    "On 12 June 2024, gunmen set up a roadblock and burned a lorry near Eldoret.",
    "On 12 June 2024, armed bandits mounted a roadblock and torched a truck near Eldoret.",
])
def test_armed_mens_roadblock_with_burning_is_property_destruction(text):
    event = _first(text, "2024-06-14")
    assert (event["sub_event_type"], event["inter1"]) == ("Looting/property destruction", 3), text


@pytest.mark.parametrize("text", [
    "On 12 June 2024, soldiers erected roadblocks around Eldoret.",
    "On 12 June 2024, police set up roadblocks on the roads into Eldoret.",
])
def test_the_forces_roadblocks_are_no_protest(text):
    assert eventwatch.extract(text, published="2024-06-14")["events"] == [], text


@pytest.mark.parametrize("text", [
    "On 3 July 2024, rival groups of matatu touts fought with sticks and stones in Naivasha, injuring 4 people.",
    "On 3 July 2024, two groups of football fans clashed outside the stadium in Naivasha.",
])
def test_rival_crowds_fighting_unarmed_are_mob_violence(text):
    # ACLED: rioters on both sides, not two communal militias in a battle
    event = _first(text, "2024-07-05")
    assert (event["event_type"], event["sub_event_type"], event["inter1"], event["inter2"]) == (
        "Riots", "Mob violence", 5, 5), text


@pytest.mark.parametrize("text, kind", [
    # one crowd vocabulary (annotate.actors) read by the rival-crowds, crowd-fighter and dispersal rules alike
    ("On 3 July 2024, rival party supporters fought with sticks and stones in Molo.", ("Riots", "Mob violence")),
    ("On 3 July 2024, boda-boda riders clashed with police in Molo.", ("Riots", "Mob violence")),
    ("On 3 July 2024, police fired tear gas to disperse hawkers in Molo.", ("Protests", "Protest with intervention")),
])
def test_every_crowd_rule_knows_the_same_crowds(text, kind):
    event = _first(text, "2024-07-05")
    assert (event["event_type"], event["sub_event_type"]) == kind, text


def test_rival_crowds_with_gunmen_told_stay_a_battle():
    event = _first("On 3 July 2024, rival groups of traders clashed and gunmen opened fire in Naivasha.", "2024-07-05")
    assert event["event_type"] == "Battles"


@pytest.mark.parametrize("text", [
    "On 9 March 2023, police fired tear gas and stun grenades to disperse opposition supporters in Eldoret.",
    "On 9 March 2023, riot police used flash-bangs to disperse hundreds of students outside the campus in Eldoret.",
    "On 9 March 2023, police lobbed sound bombs at opposition supporters gathered outside a party office in Rangpur.",
])
def test_stun_grenades_and_sound_bombs_the_police_use_on_a_crowd_are_its_intervention(text):
    # ACLED codes crowd control as the protest's intervention, the police its second party: no grenade
    # attack, no explosive device, and whom the police disperse is a gathering
    event = one_event(text, "2023-03-12")
    assert (event["event_type"], event["sub_event_type"]) == ("Protests", "Protest with intervention"), text
    assert (event["inter1"], event["inter2"]) == (6, 1), text
    assert event["actor2"].startswith("Police Forces of"), text


@pytest.mark.parametrize("text, sub_event", [
    ("On 9 March 2023, militants threw a grenade at a police post in Quetta.", "Grenade"),
    ("On 9 March 2023, unidentified men hurled sound bombs at a mosque in Rangpur.", "Remote explosive/landmine/IED"),
])
def test_grenades_and_sound_bombs_thrown_by_others_stay_explosions(text, sub_event):
    event = one_event(text, "2023-03-12")
    assert (event["event_type"], event["sub_event_type"]) == ("Explosions/Remote violence", sub_event), text


@pytest.mark.parametrize("text, kind, gtd", [
    ("On 14 August 2022, masked men lobbed sound bombs at ruling-party activists gathered outside a community hall "
     "in Bogura.", ("Explosions/Remote violence", "Remote explosive/landmine/IED"), "Bombing/Explosion"),
    ("On 14 August 2022, unidentified men tossed a hand grenade at farmers gathered at the market square in Bogura.",
     ("Explosions/Remote violence", "Grenade"), "Bombing/Explosion"),
    ("On 14 August 2022, gunmen opened fire on villagers gathered outside a temple in Bogura.",
     ("Violence against civilians", "Attack"), "Armed Assault"),
])
def test_a_crowd_armed_men_hurl_bombs_or_fire_at_is_their_victim_not_a_protest(text, kind, gtd):
    # people "gathered" where armed men struck them are the attack's target: no peaceful protest
    event = one_event(text, "2022-08-16")
    assert (event["event_type"], event["sub_event_type"]) == kind, text
    assert event["gtd_attack_type"] == gtd, text
    assert event["actor1"].startswith("Unidentified Armed Group"), text


def test_fighters_the_troops_disperse_are_no_gathering():
    text = "On 9 March 2023, soldiers dispersed the militants near Menaka."
    events = eventwatch.extract(text, published="2023-03-12")["events"]
    assert all(e["event_type"] != "Protests" for e in events)


@pytest.mark.parametrize("text", [
    "On 9 March 2023, two gangs of football fans fought with bottles and chairs outside a stadium in Livorno.",
    "On 9 March 2023, rival gangs of hooligans fought with flares and belts near the port of Livorno.",
])
def test_gangs_of_fans_fighting_are_rioters_not_an_armed_gang(text):
    # ACLED: a gang of fans, supporters or youths is a crowd; their fight is mob violence
    event = one_event(text, "2023-03-12")
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Mob violence"), text
    assert (event["inter1"], event["inter2"]) == (5, 5), text
    assert event["actor1"] == event["actor2"] == "Rioters (Italy)", text


def test_a_gang_of_youths_fighting_the_police_is_no_armed_group():
    event = one_event("On 9 March 2023, a gang of youths fought with police in Mathare, Nairobi.", "2023-03-12")
    assert event["event_type"] == "Riots"
    assert (event["inter1"], event["inter2"]) == (5, 1)


def test_armed_gangs_fighting_stay_a_battle():
    event = one_event("On 9 March 2023, two armed gangs clashed in Cite Soleil, killing six.", "2023-03-12")
    assert (event["event_type"], event["sub_event_type"]) == ("Battles", "Armed clash")
    assert event["fatalities"] == 6


@pytest.mark.parametrize("text", [
    "On 9 August 2023, a former soldier opened fire in a bar in Sylhet, killing 3.",
    "On 9 August 2023, a retired police officer shot dead two tailors near Comilla.",
])
def test_one_who_left_the_forces_attacks_civilians_no_battle(text: str) -> None:
    event = _first(text, "2023-08-11")
    assert (event["event_type"], event["sub_event_type"], event["inter1"], event["inter2"]) == (
        "Violence against civilians", "Attack", 3, 7)


def test_forces_who_kill_people_by_a_civilian_calling_attack_civilians() -> None:
    event = _first("On 9 August 2023, police shot dead two shopkeepers during an eviction drive in Khulna.",
                   "2023-08-11")
    assert (event["sub_event_type"], event["actor2"], event["inter1"], event["inter2"]) == (
        "Attack", "Civilians (Bangladesh)", 1, 7)


def test_a_named_border_force_firing_into_its_neighbour_is_an_external_force() -> None:
    # "BSF men" is one force, not India's police and a second, unnamed one; across the border it is external (8)
    event = _first("On 9 August 2023, Indian BSF men shot dead a Bangladeshi cattle trader on the border near Jessore.",
                   "2023-08-11")
    assert (event["sub_event_type"], event["actor1"], event["inter1"], event["inter2"]) == (
        "Attack", "Police Forces of India", 8, 7)


@pytest.mark.parametrize("text", [
    "On 9 August 2023, police arrested 14 members of the opposition Kelmar Democratic Congress in Mbarara.",
    "On 9 August 2023, security forces detained dozens of opposition supporters in Gulu.",
])
def test_a_partys_people_arrested_are_the_arrests_civilian_victims(text: str) -> None:
    event = _first(text, "2023-08-11")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Arrests", 1, 7)


def test_a_post_named_by_its_force_and_taken_is_territory_taken() -> None:
    # "a Border Guard Police outpost": the article and three words of the force's name before the site
    event = _first("On 4 March 2024, KIA fighters seized a Border Guard Police outpost near Bhamo, Kachin.",
                   "2024-03-06")
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Non-state actor overtakes territory", 2, 1)
