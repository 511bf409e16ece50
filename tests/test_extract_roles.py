"""Who did what to whom, and which act the sentence tells (invented sentences)."""

from __future__ import annotations

import pytest
from conftest import one_event

import eventwatch


def _first(text: str) -> dict:
    return eventwatch.extract(text, published="2019-06-30")["events"][0]


def _roles(text: str) -> tuple:
    event = one_event(text, "2019-06-30", first=True)
    return event["actor1"], event["inter1"], event["actor2"], event["inter2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The weapon comes first, its planter after "by", the victims after the verb.
        ("On June 5, a roadside bomb laid by IS fighters wounded 2 Iraqi soldiers outside Baqubah.",
         ("Islamic State (IS)", 2, "Military Forces of Iraq", 1)),
        ("On June 10, an IED planted by Daesh hit a police patrol south of Kirkuk.",
         ("Islamic State (IS)", 2, "Police Forces of Iraq", 1)),
        # "by" inside the object's relative clause does not name the agent of an active verb.
        ("On Aug 12, federal police raided a hideout used by Daesh near Tuz Khurmatu, killing 2 militants.",
         ("Police Forces of Iraq", 1, "Islamic State (IS)", 2)),
        # Passive voice: the victims come first.
        ("On June 12, three policemen were killed by ISIS gunmen in Tarmiyah.",
         ("Islamic State (IS)", 2, "Police Forces of Iraq", 1)),
        # Active voice.
        ("On June 14, Iraqi soldiers killed 4 IS militants in the Hamrin mountains.",
         ("Military Forces of Iraq", 1, "Islamic State (IS)", 2)),
        # An unarmed official attacked is a civilian to ACLED.
        ("On June 16, unidentified gunmen shot dead the mukhtar of a village near Hawija.",
         ("Unidentified Armed Group (Iraq)", 3, "Civilians (Iraq)", 7)),
        # Victims named only by a civilian noun.
        ("On June 18, 3 students were killed when an IED exploded near Shirqat.",
         ("Unidentified Armed Group (Iraq)", 3, "Civilians (Iraq)", 7)),
        # The source quoted at the end of the sentence is not a party to the incident.
        ("IS militants killed five police officers in an ambush on their vehicle in Shirqat on Monday, "
         "a local official said.", ("Islamic State (IS)", 2, "Police Forces of Iraq", 1)),
    ],
)
def test_roles(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The incident is the killing, not the bomb the militant was planting.
        ("As reported on July 12, federal police shot dead a Daesh member who was trying to plant an IED near Dibis.",
         ("Battles", "Armed clash", 1)),
        # "in two separate attacks" counts attacks, but the killing itself is told.
        ("On May 15, 6 policemen were killed by ISIS gunmen in two separate attacks around Hawija.",
         ("Battles", "Armed clash", 6)),
    ],
)
def test_the_told_act_when_another_trigger_is_not_an_incident(text, expected):
    event = one_event(text, "2019-07-20")
    assert (event["event_type"], event["sub_event_type"], event["fatalities"]) == expected


def test_a_count_of_attacks_alone_is_still_no_event():
    text = "Nine ISIS attacks were recorded in January, officials said."
    assert eventwatch.extract(text, published="2019-02-20")["events"] == []


@pytest.mark.parametrize(
    "text",
    [
        "On Dec 17, scores of residents cut off the main street in central Baquba, demanding an end to tribal feuds.",
        "On Dec 29, graduates of the university in Diwaniya gathered outside the governorate building demanding jobs.",
    ],
)
def test_crowds_demanding_are_protests(text):
    event = one_event(text, "2019-12-31")
    assert (event["event_type"], event["sub_event_type"], event["inter1"]) == ("Protests", "Peaceful protest", 6)


def test_kidnappers_demanding_a_ransom_is_no_protest():
    text = "On Dec 3, gunmen kidnapped two farmers near Kirkuk and demanded a ransom of $50,000."
    assert [e["event_type"] for e in eventwatch.extract(text, published="2019-12-31")["events"]] == [
        "Violence against civilians"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Air support does not make a ground operation an airstrike.
        ("On May 5, Iraqi troops backed by the air force killed 8 IS militants in the Jazira desert near Mosul.",
         "Armed clash"),
        ("On May 6, Iraqi warplanes struck an IS hideout near Rutba, killing 4 militants.", "Air/drone strike"),
        # A capitalised 'Will' in an operation's name is no modal verb.
        ("On Sept 17, security forces as part of Operation Will of Victory destroyed nine IS tunnels near Rutba.",
         "Looting/property destruction"),
    ],
)
def test_sub_event_types(text, expected):
    event = one_event(text, "2019-09-20")
    assert event["sub_event_type"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A protest the victim had just left is the setting; the incident is the attack on him.
        ("On Dec 9, gunmen shot dead a young activist close to his house after leaving the protests in Nasiriyah.",
         ("Attack", 3, 7)),
        # Demonstrators fighting the police make a violent demonstration, whoever got hurt.
        ("On Nov 20, skirmishes broke out between riot police and demonstrators in Kut, leaving 12 demonstrators hurt.",
         ("Violent demonstration", 5, 1)),
        # Organising a protest over a killing is a protest.
        ("On Oct 2, doctors organized a protest in Hilla condemning the killing of a colleague by gunmen.",
         ("Peaceful protest", 6, None)),
    ],
)
def test_protest_or_attack(text, expected):
    event = one_event(text, "2019-12-20", first=True)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == expected


def test_an_off_duty_soldier_is_attacked_as_a_civilian():
    text = "On May 3, gunmen shot dead an off-duty soldier outside his house in Tuz Khurmatu."
    event = one_event(text, "2019-05-10")
    assert (event["sub_event_type"], event["inter2"]) == ("Attack", 7)
    text = "On May 4, gunmen shot dead a soldier at a checkpoint in Tuz Khurmatu."
    event = one_event(text, "2019-05-10")
    assert (event["sub_event_type"], event["inter2"]) == ("Armed clash", 1)


def test_a_state_actor_names_its_own_country():
    text = "On Sept 20, the armed forces of Turkey carried out airstrikes that killed 5 PKK militants near Zakho."
    event = one_event(text, "2019-09-25", first=True)
    assert (event["actor1"], event["inter1"]) == ("Military Forces of Turkey", 8)
    assert event["evidence"]["actor1"]["text"].endswith("of Turkey")


def test_students_killed_by_a_bomb_are_civilians():
    text = "On Dec 28, 4 students were killed by the blast of an IS roadside bomb near Fallujah."
    event = one_event(text, "2019-12-31", first=True)
    assert (event["actor2"], event["inter2"]) == ("Civilians (Iraq)", 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Nov 3, a convoy of 300 French army trucks entered Iraq through the Rabia border crossing.",
         "Change to group/activity"),
        ("On Oct 1, the PKK set up a new base near Makhmour in Erbil province.", "Headquarters or base established"),
        ("On Oct 9, a mass grave holding the remains of 40 villagers was found west of Hatra.", "Other"),
    ],
)
def test_strategic_developments(text, expected):
    event = one_event(text, "2019-11-20")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", expected)


def test_a_tally_of_graves_found_so_far_is_no_event():
    text = "Officials said at least 30 mass graves have been found so far near Sinjar."
    assert eventwatch.extract(text, published="2019-11-20")["events"] == []


@pytest.mark.parametrize(
    "text",
    [
        "On Dec 19, demonstrators burned the offices of two parties in Kut, causing only material damage.",
        "On Nov 9, people in Hilla protested against corruption. Dozens were hurt. At least 12 policemen were also "
        "wounded.",
        "On Nov 12, one demonstrator was injured as clashes continued in central Kut.",
    ],
)
def test_a_crowd_that_burns_or_hurts_the_police_makes_a_violent_demonstration(text):
    event = one_event(text, "2019-12-21", first=True)
    assert (event["sub_event_type"], event["inter1"]) == ("Violent demonstration", 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Aug 17, IS fighters attacked a village near Kifri, clashing with police and firing mortar rounds.",
         "Armed clash"),
        ("On Apr 7, soldiers shot dead 2 would-be suicide bombers who attempted to blow themselves up at a checkpoint "
         "near Rawa.", "Armed clash"),
        ("On Apr 8, a suicide bomber blew himself up at a checkpoint near Rawa, killing 3 soldiers.", "Suicide bomb"),
    ],
)
def test_fights_told_with_their_weapons(text, expected):
    event = one_event(text, "2019-09-21", first=True)
    assert event["sub_event_type"] == expected


def test_owners_of_burned_fields_are_the_civilians_attacked():
    text = "On June 12, unknown men set fire to a wheat field near Daquq in Kirkuk province."
    event = one_event(text, "2019-06-20")
    assert (event["sub_event_type"], event["actor2"], event["inter2"]) == (
        "Looting/property destruction", "Civilians (Iraq)", 7)


def test_a_recent_seizure_told_as_a_noun_phrase_is_an_event():
    text = ("The army's presence along the river is visible, the mayor said, as is the recent "
            "seizure of rifles and rockets by border guards during a patrol near Rabia.")
    events = eventwatch.extract(text, published="2019-06-30")["events"]
    assert [e["sub_event_type"] for e in events] == ["Disrupted weapons use"]
    assert events[0]["admin1_code"] == "IQ-NI"


def test_a_seizure_named_as_a_kind_of_act_is_not_an_event():
    text = "The seizure of rifles and rockets by border guards is a daily task near Rabia."
    assert eventwatch.extract(text, published="2019-06-30")["events"] == []


def test_them_points_back_to_the_people_of_the_sentence_before():
    text = ("The dead were shepherds from a village near Kubaisa, police said. "
            "IS gunmen executed them on Monday near the village.")
    event = one_event(text, "2019-06-30", first=True)
    assert (event["actor1"], event["actor2"], event["inter2"]) == ("Islamic State (IS)", "Civilians (Iraq)", 7)
    assert event["evidence"]["actor2"]["text"] == "shepherds"


def test_them_after_armed_men_are_not_civilians():
    text = ("Two IS fighters were seen near Kubaisa on Sunday, residents said. "
            "Iraqi soldiers killed them on Monday near the village.")
    event = eventwatch.extract(text, published="2019-06-30")["events"][-1]
    assert event["actor2"] != "Civilians (Iraq)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the explosives were what the troops destroyed, not how anyone was killed
        ("On June 3, Iraqi troops killed 5 IS militants and destroyed two workshops used for making "
         "explosive devices near Rutba.", "Armed clash"),
        # the device went off on the man dismantling it
        ("On June 4, a police explosives expert was killed while dismantling a roadside bomb near Rutba.",
         "Remote explosive/landmine/IED"),
    ],
)
def test_weapons_made_or_destroyed_are_not_the_method(text, expected):
    event = one_event(text, "2019-06-30", first=True)
    assert event["sub_event_type"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 2, a party office in Zakho came under fire from masked gunmen; nobody was hurt.",
         "Looting/property destruction"),
        ("On June 3, nurses at two hospitals in Amarah have gone on a strike over unpaid wages.", "Peaceful protest"),
        ("On June 4, army reinforcements were sent to Tuz Khurmatu to guard the main road.",
         "Change to group/activity"),
        ("On June 5, unidentified men burned a primary school in Hit.", "Looting/property destruction"),
        ("On June 6, Iraqi troops destroyed 9 barrels of explosives left by IS near Hit.", "Disrupted weapons use"),
    ],
)
def test_less_common_wordings_of_known_acts(text, expected):
    events = eventwatch.extract(text, published="2019-06-30")["events"]
    assert [e["sub_event_type"] for e in events] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On June 7, the Iraqi airforce killed 5 IS militants in the desert west of Rutba.",
        "On June 8, Turkish UAV strikes hit PKK positions near Sidakan, killing 2 fighters.",
        "On June 9, army gunships pounded an IS hideout near Tarmiyah, killing 3 militants.",
    ],
)
def test_air_force_in_its_other_spellings_is_an_airstrike(text):
    event = one_event(text, "2019-06-30", first=True)
    assert event["sub_event_type"] == "Air/drone strike"


def test_intelligence_officers_and_security_posts_are_armed_targets():
    killed = eventwatch.extract("On June 10, an intelligence officer was shot dead by IS gunmen near Tarmiyah.",
                                published="2019-06-30")["events"][0]
    assert (killed["sub_event_type"], killed["inter2"]) == ("Armed clash", 1)
    post = eventwatch.extract("On June 11, IS militants attacked a security post near Tarmiyah, wounding 2 guards.",
                              published="2019-06-30")["events"][0]
    assert post["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "On Feb 7, Iraqi troops seized an ISIS arms depot near Rutba.",
        "On Feb 9, federal police destroyed five Daesh tunnels in the Makhoul hills.",
        "On Feb 11, a bomb workshop belonging to IS was found and destroyed by Iraqi troops near Tarmiyah.",
    ],
)
def test_the_group_whose_weapons_or_hideouts_were_seized_is_the_second_party(text):
    event = one_event(text, "2019-02-28", first=True)
    assert event["event_type"] == "Strategic developments"
    assert (event["actor2"], event["inter2"]) == ("Islamic State (IS)", 2)
    assert event["evidence"]["actor2"]["text"] in {"ISIS", "Daesh", "IS"}


def test_a_bomb_at_someones_home_targets_its_owner():
    text = "On March 3, a sticky bomb went off at the home of a school headmaster in Tikrit, causing only damage."
    event = one_event(text, "2019-03-31", first=True)
    assert event["event_type"] == "Explosions/Remote violence"
    assert (event["inter2"], event["evidence"]["actor2"]["text"]) == (7, "a school headmaster")


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("On March 9, two members of a small liberal party were wounded when a roadside bomb went off near Tuz.",
         "members of a small liberal party"),
        ("On March 10, the chief of a remote hamlet was killed when an IED exploded under his car near Hit.", "chief"),
        ("On March 11, gunmen abducted a rights defender in central Najaf.", "defender"),
    ],
)
def test_victims_named_by_civilian_roles_the_lexicon_lacks(text, victim):
    event = one_event(text, "2019-03-31", first=True)
    assert event["inter2"] == 7
    assert event["evidence"]["actor2"]["text"] == victim


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("On April 2, four rockets fired by unknown gunmen struck an air base north of Tikrit.", "air base"),
        ("On April 3, ISIS militants stormed a security post near Rutba, killing two.", "security post"),
        ("On April 4, a roadside bomb wounded a colonel west of Samarra.", "colonel"),
    ],
)
def test_state_forces_named_by_their_base_post_or_rank(text, target):
    event = one_event(text, "2019-04-30", first=True)
    assert (event["actor2"], event["inter2"]) == ("Military Forces of Iraq", 1)
    assert event["evidence"]["actor2"]["text"] == target


@pytest.mark.parametrize("text, expected", [
    # a protest word naming a person or a place is the victim's description, not a protest
    ("On June 5, gunmen shot dead a protest organiser outside his home in Diwaniyah.", "Attack"),
    ("On June 6, two students were abducted on their way to buy food for the demonstrators in Kut.",
     "Abduction/forced disappearance"),
    # a crowd hit by a blast is the blast's victim
    ("On June 7, a car bomb went off in a crowded street of Kut, killing three demonstrators.",
     "Remote explosive/landmine/IED"),
])
def test_a_protest_word_that_names_the_victims_is_no_protest(text, expected):
    event = one_event(text, "2019-06-30", first=True)
    assert event["sub_event_type"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The group named before the bomb or attack it made is the attacker, wherever the victims stand.
        ("On June 4, two PMF fighters were killed when an IS planted IED struck their vehicle near Tikrit.",
         ("Islamic State (IS)", 2, "Popular Mobilization Forces", 1)),
        ("On June 5, a Peshmerga officer was wounded by an IS IED explosion near Makhmur.",
         ("Islamic State (IS)", 2, "Peshmerga", 1)),
        # "PMF fighters" are the PMF's fighters: one victim, not the PMF attacking "fighters".
        ("On June 6, two PMF fighters on patrol were wounded by an unidentified IED blast outside Jurf al-Sakhr.",
         ("Unidentified Armed Group (Iraq)", 3, "Popular Mobilization Forces", 1)),
    ],
)
def test_the_attacker_named_before_its_attack_or_bomb(text, expected):
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Guards are armed: shooting one is a clash with private security forces (ACLED 8) ...
        ("On June 7, gunmen stormed a factory and shot dead a night guard near Baiji.", ("Armed clash", 8)),
        # ... but a guard duty or a guard post names no guards.
        ("On June 8, a farmer on guard duty was shot dead by unidentified gunmen near Hawija.", ("Attack", 7)),
    ],
)
def test_guards_are_an_armed_target(text, expected):
    event = one_event(text, "2019-06-30", first=True)
    assert (event["sub_event_type"], event["inter2"]) == expected


def test_the_first_of_coordinated_victims_leads():
    # "two soldiers and a shepherd were killed": armed victims named first make a clash with the army
    text = "On June 13, two soldiers and a shepherd were killed by unidentified gunmen near Tarmiyah."
    event = one_event(text, "2019-06-30", first=True)
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Armed clash", 3, 1)
    assert event["evidence"]["actor2"]["text"] == "soldiers"


def test_fighters_that_would_resolve_to_the_attacker_are_the_other_side():
    for text in ("On June 3, a bomb laid by IS militants struck a car and a Peshmerga patrol near Makhmour, "
                 "injuring 4 fighters.",
                 "On June 3, IS militants attacked fighters from the Peshmerga near Makhmour, killing 2."):
        assert _roles(text) == ("Islamic State (IS)", 2, "Peshmerga", 1), text


def test_tribal_fighters_killed_in_a_clash_are_not_two_tribes_fighting():
    text = ("On May 2, army troops and tribal gunmen clashed with IS militants near Baiji, "
            "the fighting killed two tribal fighters.")
    assert _roles(text)[1::2] == (1, 2)


def test_the_target_of_an_airstrike_is_not_the_air_force_that_flew_it():
    text = "On May 3, a combined air raid with Iraqi jets and coalition aircraft hit an IS hideout near Rutba."
    assert _roles(text)[1::2] == (1, 2)


def test_security_personnel_among_the_victims_make_a_battle():
    for text in ("On May 3, 2 police personnel and a civilian were killed by unknown gunmen in Kirkuk.",
                 "On May 3, IS militants shot dead a security officer and 2 other personnel near Kirkuk."):
        event = one_event(text, "2019-06-30", first=True)
        assert (event["event_type"], event["inter2"]) == ("Battles", 1), text


def test_unnamed_soldiers_facing_the_pkk_are_turkish_forces():
    assert _roles("On June 3, PKK fighters killed 2 soldiers on a hill near Amadiya, Duhok.") == (
        "PKK: Kurdistan Workers Party", 2, "Military Forces of Turkey", 8)
    # named forces keep their name
    assert _roles("On June 3, PKK fighters killed 2 Iraqi soldiers near Amadiya, Duhok.")[2:] == (
        "Military Forces of Iraq", 1)


def test_a_group_named_in_the_reason_for_a_strike_is_not_its_author():
    text = "On June 3, Turkish forces shelled hills near Amadiya, Duhok, in response to YJA attacks there."
    assert _roles(text)[:2] == ("Military Forces of Turkey", 8)


def test_what_a_group_said_happened_to_it_names_the_attacker_after_said_that():
    text = "On July 3, the PKK said that 2 of its fighters died in a Turkish airstrike near Amadiya, Duhok."
    assert _roles(text) == ("Military Forces of Turkey", 8, "PKK: Kurdistan Workers Party", 2)


def test_a_nationality_before_ground_and_air_forces_names_them():
    text = "On July 3, Turkish ground and air forces shot dead 3 PKK fighters near Amadiya, Duhok."
    assert _roles(text)[:2] == ("Military Forces of Turkey", 8)


def test_a_force_whose_name_runs_into_the_trigger_is_still_the_agent():
    text = ("On May 6, the Iraqi air forces, together with army commandos, raided IS hideouts "
            "near Rutba, killing 4 militants.")
    assert _roles(text)[:2] == ("Military Forces of Iraq", 1)


def test_counter_terrorism_forces_spelled_without_a_hyphen_are_the_service():
    text = "On May 6, Counter Terrorism forces killed 2 IS militants near Rutba."
    assert _roles(text)[:2] == ("Counter-Terrorism Service of Iraq", 1)


def test_those_a_target_came_under_fire_from_fired():
    text = "On 3 March, an army checkpoint came under fire from IS militants near Kirkuk."
    assert _roles(text) == ("Islamic State (IS)", 2, "Military Forces of Iraq", 1)


@pytest.mark.parametrize(("text", "second", "target"), [
    ("On 14 March, a police patrol came under fire near Baqubah; no one was hurt.",
     "Police Forces of Iraq", "Police"),
    ("On 9 April, an army checkpoint came under attack near Tuz Khurmatu; nobody was hurt.",
     "Military Forces of Iraq", "Military"),
])
def test_a_target_that_came_under_fire_from_no_one_named_is_the_second_side(text, second, target):
    # no attacker named: the forces fired on are the target, not the ones who fired
    event = _first(text)
    assert (event["actor2"], event["target_type"]) == (second, target)
    assert event["inter1"] != 1


def test_the_victims_of_violence_against_civilians_are_civilians():
    event = eventwatch.extract("On May 3, PKK fighters kidnapped a local KDP member near Choman, Erbil.",
                               published="2019-06-30")["events"][0]
    assert (event["event_type"], event["inter2"]) == ("Violence against civilians", 7)


def test_an_assassination_of_soldiers_is_a_battle():
    text = "On May 3, IS militants killed 2 army officers near Tarmiyah in an assassination operation."
    event = one_event(text, "2019-06-30", first=True)
    assert (event["event_type"], event["inter2"]) == ("Battles", 1)


def test_those_who_back_an_operation_do_not_lead_it():
    text = ("On May 5, Iraqi troops backed by tribal fighters and jets as well as coalition aircraft "
            "killed 6 IS militants near Rutba.")
    assert _roles(text)[:2] == ("Military Forces of Iraq", 1)
    text = "On May 5, the army backed by police units shot dead 2 IS militants during a gunfight near Rutba."
    assert _roles(text)[1::2] == (1, 2)
    text = "On May 5, the army, in coordination with tribal fighters, killed 2 IS militants near Rutba."
    assert _roles(text)[:2] == ("Military Forces of Iraq", 1)


def test_joint_forces_and_anti_terrorism_forces_are_state_forces():
    for text in ("On May 5, a joint security force killed 2 IS militants near Rutba.",
                 "On May 5, anti-terrorism forces killed 2 IS militants near Rutba."):
        assert _roles(text)[1::2] == (1, 2), text


def test_residents_who_fight_are_a_communal_militia():
    assert _roles("On May 3, villagers clashed with IS militants near Tarmiyah.")[1::2] == (2, 4)
    # a civilian who only died in the fighting is no party
    text = "On May 3, 2 soldiers and a civilian were killed during fighting with IS near Tarmiyah."
    assert _roles(text)[1::2] == (2, 1)


def test_forces_named_first_in_a_roadside_bombing_were_its_target():
    text = "On May 3, police forces who were chasing IS militants near Baiji were targeted by an IED, killing one."
    assert _roles(text)[1::2] == (2, 1)
    text = "On May 3, soldiers who were searching farms near Baiji were targeted by an IED, wounding 2."
    assert _roles(text)[1::2] == (3, 1)
    # forces who destroyed a bomb themselves stay its first party
    text = "On May 3, Iraqi forces blew up a booby-trapped car near Baiji."
    assert _roles(text)[1] == 1


def test_unnamed_militants_facing_turkish_forces_in_iraq_are_the_pkk():
    text = "On Nov 3, Turkish jets struck a valley near Amadiya, Duhok, and killed 3 militants."
    assert _roles(text) == ("Military Forces of Turkey", 8, "PKK: Kurdistan Workers Party", 2)
    # where the article names a group, the militants are that group's
    text = "On Nov 3, Turkish jets struck IS hideouts near Amadiya, Duhok, and killed 3 militants."
    assert _roles(text)[2] == "Islamic State (IS)"


def test_an_active_first_clause_names_the_attacker_before_a_later_passive_one():
    text = "On Mar 3, IS militants shot and killed 2 soldiers and a village guard was killed near Baiji."
    assert _roles(text) == ("Islamic State (IS)", 2, "Military Forces of Iraq", 1)


def test_a_force_named_by_a_disguise_or_its_uniform_is_no_party():
    for text in ("On May 5, gunmen in army uniforms shot dead 2 civilians near Rutba.",
                 "On May 5, gunmen dressed in police clothes shot dead 2 civilians near Rutba."):
        assert _roles(text)[:2] == ("Unidentified Armed Group (Iraq)", 3), text


def test_their_hideouts_are_the_group_the_previous_sentence_names():
    text = ("Most al-Shabaab fighters are hiding in the forest near Jilib, the governor said.\n\n"
            "Their presence there is clear from the recent discovery of weapons caches by Somali "
            "army troops during a raid near Jilib.")
    event = one_event(text, "2020-01-01", first=True)
    assert event["sub_event_type"] == "Disrupted weapons use"
    assert event["actor1"] == "Military Forces of Somalia"
    assert event["actor2"] == "Al-Shabaab"
    assert event["evidence"]["actor2"]["text"] == "al-Shabaab"  # the name, not "Their"


def test_a_cache_with_no_owner_anywhere_stays_an_unidentified_groups():
    text = ("The governor said the forest near Jilib is quiet.\n\n"
            "Their patrols found weapons caches seized by Somali army troops during a raid near Jilib.")
    event = one_event(text, "2020-01-01", first=True)
    assert event["actor2"] == "Unidentified Armed Group (Somalia)"


def test_civilians_coded_by_the_event_type_keep_the_words_of_the_people_harmed():
    # the victim's own words, with the person a party's name belongs to
    event = _first("On May 3, gunmen kidnapped a member of the KDP near Koya.")
    assert event["actor2"].startswith("Civilians")
    assert event["evidence"]["actor2"]["text"] == "a member of the KDP"
    # the group the attack is blamed on is no victim: the civilian target the story names is
    event = _first("Gunmen attacked a market in Tarvo, Kandahar, Afghanistan. Local officials blamed the attack "
                   "on the Taliban.")
    assert (event["actor1"], event["actor2"]) == ("Taliban", "Civilians (Afghanistan)")
    assert event["evidence"]["actor2"]["text"] == "market"


def test_forces_that_were_a_roadside_bombs_target_make_its_target_type():
    # the target type follows the forces once they are the second party, not the people named after them
    event = _first("On May 3, a police patrol escorting a group of farmers hit a roadside bomb near Tarmiyah.")
    assert (event["inter1"], event["inter2"]) == (3, 1)
    assert event["target_type"] == "Police"
    assert "police" in event["evidence"]["target_type"]["text"]
    # nor is the GTD's perpetrator the forces the bomb hit
    assert event["perpetrator"] == "Unidentified Armed Group (Iraq)"


def test_militants_resolved_to_the_articles_group_point_at_its_name():
    # generic "militants" take the article's group; the reader sees the words that name it
    text = ("Islamic State fighters have stepped up raids around Kirkuk this year. On June 3, militants killed "
            "two soldiers at a checkpoint near Hawija.")
    event = [e for e in eventwatch.extract(text, published="2019-06-30")["events"] if e["fatalities"]][0]
    assert event["actor1"] == event["perpetrator"] == "Islamic State (IS)"
    assert event["evidence"]["actor1"]["text"] == "militants"
    named = event["evidence"]["actor1.group_named"]
    assert named["text"] == "Islamic State" and named["start"] == 0
    assert event["evidence"]["perpetrator.group_named"] == named


def test_a_regional_branch_points_at_the_place_that_makes_it_one():
    event = _first("On 3 March, Islamic State fighters killed two soldiers in Maiduguri, Nigeria.")
    assert event["actor1"] != "Islamic State (IS)" and "West Africa" in event["actor1"]
    assert event["evidence"]["actor1"]["text"] == "Islamic State"
    assert event["evidence"]["actor1.branch_in"]["text"] in {"Maiduguri", "Nigeria"}


def test_violence_against_civilians_with_no_victim_named_has_civilians_by_the_target_words():
    # ACLED: the victims of violence against civilians are civilians by definition
    event = _first("On June 3, gunmen attacked a bakery in Kut.")
    assert event["actor2"] == "Civilians (Iraq)" and event["inter2"] == 7
    assert event["evidence"]["actor2"]["text"] == "bakery"


@pytest.mark.parametrize(("text", "words"), [
    ("On May 2, a student who had joined the demonstrations was abducted by masked men in Kut.", "student"),
    ("On May 2, masked men hurled a grenade at the car of a rally activist in Kut.", "activist"),
])
def test_a_person_named_with_a_protest_is_the_victim_not_the_protest(text, words):
    event = _first(text)
    assert (event["actor2"], event["inter2"]) == ("Civilians (Iraq)", 7)
    assert event["evidence"]["actor2"]["text"] == words


def test_the_gtd_target_words_of_a_person_seen_at_a_protest_are_the_person():
    for text in ("On March 4, a young activist was kidnapped after leaving the demonstrations in Kut.",
                 "On March 4, an activist who had taken part in the demonstrations was kidnapped in Kut."):
        event = _first(text)
        assert event["target_type"] == "Private Citizens & Property"
        assert event["evidence"]["target_type"]["text"] == "activist"


def test_a_forces_country_taken_from_the_article_points_at_the_words_naming_it():
    # the event is placed nowhere (the town only names the command): the country is the article's
    event = _first("As reported on Monday, the Sinjar Operations Command killed three militants in a raid in the "
                   "desert.")
    assert event["country"] is None and event["actor1"] == "Military Forces of Iraq"
    assert event["evidence"]["actor1.country_in"]["text"] == "Sinjar"


def test_militants_of_the_group_point_at_the_name_their_own_words_give():
    event = _first("IS has lost ground this year. On June 2, police fought a long battle with militants from IS "
                   "near Daquq.")
    assert event["actor2"] == "Islamic State (IS)"
    assert event["evidence"]["actor2"]["text"] == "militants"
    assert event["evidence"]["actor2.group_named"]["start"] > event["evidence"]["actor2"]["start"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said they killed five bandits in Tsafe, Zamfara, on Sunday.",
     ("Police Forces of Nigeria", 1, "Unidentified Armed Group (Nigeria)", 3)),
    ("The army said it killed 12 militants near Dikwa, Borno, on Friday.",
     ("Military Forces of Nigeria", 1, "Unidentified Armed Group (Nigeria)", 3)),
])
def test_a_pronoun_after_said_begins_the_reported_clause_whose_words_are_its_parties(text, expected):
    # "said they killed five bandits": the bandits are the killed side, not a speaker named after "said"
    assert _roles(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops stormed a hideout of the gunmen near Birnin Gwari, Kaduna, on Monday; one soldier was wounded.",
     ("Military Forces of Nigeria", 1, "Unidentified Armed Group (Nigeria)", 3)),
    ("Police stormed a den of the kidnappers in Kajuru, Kaduna, on Monday; two officers were injured.",
     ("Police Forces of Nigeria", 1, "Unidentified Armed Group (Nigeria)", 3)),
])
def test_armed_men_who_storm_a_place_attack_it_and_lead_the_event(text, expected):
    # "stormed" by troops is their assault, not a crowd's riot: the forces harmed later are still its first side
    assert _roles(text) == expected
    assert _first(text)["event_type"] == "Battles"


def test_the_words_after_said_that_head_a_reported_clause_are_its_parties():
    # "said 300 fighters had been killed": the fighters are the killed side, no speaker named after "said"
    text = "The army said 300 fighters had been killed in the assault on Tal Rifaat, Aleppo, on Monday."
    assert _roles(text)[2:] == ("Unidentified Armed Group (Syria)", 3)
    # the speaker after "said" stays no party
    assert _roles("Two policemen were killed in an ambush in Kano on Monday, said police spokesman Ado Bello.")[2:] == (
        "Police Forces of Nigeria", 1)


def test_a_group_killed_in_a_security_operation_fought_the_states_forces():
    # a battle has two sides: the forces that ran the operation are its first, though no unit is named
    text = "On 9 May 2022, 4 Al-Shabaab militants were killed in a joint security operation near Marka, Somalia."
    assert _roles(text) == ("Military Forces of Somalia", 1, "Al-Shabaab", 2)


def test_a_civilian_killed_in_the_clashes_is_a_bystander_not_a_communal_militia():
    # civilians "also killed in the crossfire" fought no one: no militia is made of the victim
    text = ("On 3 June 2022, Zulu brigades killed 2 ISWAP militants in an armed clash near Monguno, Borno, "
            "and 2 civilians were also killed in the crossfire.")
    assert "Communal" not in str(_first(text)["actor2"])
    # residents who clashed stay the militia, though a civilian harmed is named after them
    text = "On 5 June 2022, residents of Kukawa, Borno, clashed with ISWAP militants; 1 civilian was killed."
    event = _first(text)
    assert event["actor2"] == "Unidentified Communal Militia (Nigeria)"
    assert event["evidence"]["actor2"]["text"] == "residents"


def test_a_humanitarian_convoy_fired_on_is_no_armed_target():
    # a convoy of aid is no military convoy: violence against civilians, not a battle with one side
    event = _first("Gunmen shot at an aid convoy outside Rumbek, Lakes, South Sudan, on Monday.")
    assert (event["event_type"], event["inter2"]) == ("Violence against civilians", 7)


@pytest.mark.parametrize(("text", "expected"), [
    # the group named in the victims' words and after "with" is one side; the force named first leads
    ("On 3 June 2022, CJTF fighters carried out an attack against ISWAP militants targeting ISWAP hideouts near Bama, "
     "Borno, and 2 were killed in clashes with ISWAP militants.",
     ("Civilian Joint Task Force (CJTF)", 3, "Islamic State West Africa Province (ISWAP)", 2)),
    # no other party named: the offensive against the group is the state's
    ("On 9 June 2022, 5 Al-Shabaab militants were killed and several Al-Shabaab weapons destroyed during a major "
     "offensive near Jilib, Middle Juba, Somalia.", ("Military Forces of Somalia", 1, "Al-Shabaab", 2)),
])
def test_one_group_is_never_both_sides_of_a_battle(text, expected):
    assert _roles(text) == expected


def test_two_families_freed_are_no_two_sides_of_the_fight():
    # "freeing 2 families": whom the forces freed, not two families fighting each other
    text = ("On 4 June 2022, CJTF fighters aided by the army clashed with ISWAP militants who attacked Kirawa, Borno, "
            "freeing 2 families held by the group.")
    assert _roles(text) == ("Civilian Joint Task Force (CJTF)", 3, "Islamic State West Africa Province (ISWAP)", 2)


def test_victims_told_before_a_long_clause_and_harmed_in_the_attack_are_its_victims():
    # "the officers ... but five of them were wounded in the assault": the officers suffered it, not led it
    text = ("On 6 June 2022, the police officers were later set free near Tulua, Valle del Cauca, but five of "
            "them were wounded in the assault.")
    event = _first(text)
    assert (event["actor1"], event["actor2"]) == (None, "Police Forces of Colombia")


def test_a_military_appointed_official_shot_is_a_civilian_victim():
    # "military-appointed" names who appointed him, no armed target: violence against a civilian, not a battle
    event = _first("On 7 June 2022, gunmen opened fire and injured Ko Zaw, the military-appointed ward administrator, "
                   "in Monywa, Sagaing, Myanmar.")
    assert (event["event_type"], event["inter2"]) == ("Violence against civilians", 7)


def test_another_toll_at_a_place_the_story_named_is_more_of_its_toll_not_a_battle_without_sides():
    # "Another 3 were killed in Bahri" after a crowd's story that named Bahri: its toll, no new fight with no sides
    text = ("On 3 June 2022, demonstrators in Khartoum tried to march from Bahri into the city centre. 5 people were "
            "killed on Nile street. Another 3 were killed in Bahri.")
    events = eventwatch.extract(text, published="2022-06-30")["events"]
    assert [(e["event_type"] == "Battles", e["fatalities"]) for e in events] == [(False, 8)]
    # a place the story had not named may be another incident: left apart
    text = text.replace("Another 3 were killed in Bahri.", "Another 3 were killed in Kassala.")
    assert len(eventwatch.extract(text, published="2022-06-30")["events"]) == 2


def test_another_toll_with_an_act_of_its_own_stays_its_own_incident():
    # "Another 2 were killed when a bomb went off": the bomb is an act of its own, not more of the fight's toll
    text = ("On 3 June 2022, militants killed 3 soldiers in Gwoza, Borno, Nigeria. Another 2 soldiers were killed "
            "in Gwoza when a bomb went off near the motor park.")
    events = eventwatch.extract(text, published="2022-06-30")["events"]
    assert sorted((e["sub_event_type"], e["fatalities"]) for e in events) == [
        ("Armed clash", 3), ("Remote explosive/landmine/IED", 2)]


@pytest.mark.parametrize("text", [
    "On 9 May 2022, 7 Al-Shabaab militants were killed during a failed Al-Shabaab offensive on Bulo Burte, Somalia.",
    "On 9 May 2022, 7 Al-Shabaab militants were killed near Bulo Burte, Somalia, as the group's offensive stalled.",
])
def test_a_groups_own_offensive_names_no_state_force(text):
    # the offensive is the group's, not one the state's forces ran: who fought it is not told
    actor1, _, actor2, _ = _roles(text)
    assert actor2 == "Al-Shabaab"
    assert not (actor1 or "").startswith("Military Forces"), text


@pytest.mark.parametrize("text", [
    "Three weeks after the ambush, gunmen killed four shopkeepers in Baiji.",
    "Following the raid, gunmen killed four shopkeepers in Baiji.",
    "Gunmen killed four shopkeepers in Baiji ten days after the assault.",
])
def test_an_earlier_incident_that_only_dates_the_act_is_not_the_act(text):
    # the ambush, raid or assault tells when; the killing of the shopkeepers is what happened
    event = _first(text)
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert event["actor1"].startswith("Unidentified Armed Group") and event["actor2"].startswith("Civilians")
    assert event["fatalities"] == 4


def test_an_attack_after_the_act_that_tells_how_it_was_done_stays_the_act():
    event = _first("On June 8, the coalition killed 3 IS militants after airstrikes hit their hideout near Hawija.")
    assert event["sub_event_type"] == "Air/drone strike"


def test_the_parties_of_a_reported_clause_are_no_speakers():
    # "X said troops repelled an attack by Y": both sides are told after the speaker
    event = _first("The Cameroonian army said on Sunday soldiers repelled an attack by Ambazonian "
                   "separatists on a village near Kumbo.")
    assert (event["actor1"], event["actor2"]) == ("Ambazonian separatists", "Military Forces of Cameroon")
    # the speaker alone after "said" is still no party
    event = _first("Two farmers were shot dead in Bali on Sunday, said police spokesman Tanu Ekwe.")
    assert not (event["actor1"] or "").startswith("Police")


def test_vigilantes_killed_in_the_fight_that_followed_are_its_second_side():
    event = _first("Bandits raided a hamlet near Funtua on Friday, and 3 vigilantes were killed in the "
                   "ensuing clash.")
    assert event["event_type"] == "Battles"
    assert event["actor2"] == "Unidentified Communal Militia (Nigeria)"
    assert event["fatalities"] == 3


def test_a_crowd_the_forces_fired_on_after_a_clash_is_no_battle_side():
    event = _first("Traders clashed with police at a market in Kumasi on Saturday, and police opened "
                   "fire, killing three traders.")
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Mob violence")
    assert (event["actor1"], event["actor2"]) == ("Rioters (Ghana)", "Police Forces of Ghana")
    assert event["fatalities"] == 3
    # arms told on the crowd's side still make it a battle
    event = _first("Armed traders clashed with police at a market in Kumasi on Saturday, killing three.")
    assert event["event_type"] == "Battles"


@pytest.mark.parametrize("fire", ["police fired gunshots at the crowd", "police fired on the crowd with guns",
                                  "police responded with gunfire", "the police shot at them with rifles"])
def test_the_forces_own_gunfire_does_not_arm_the_crowd(fire):
    event = _first(f"Students clashed with police near a campus in Tamale on Monday, and {fire}, killing two.")
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Mob violence")
    assert (event["actor1"], event["actor2"]) == ("Rioters (Ghana)", "Police Forces of Ghana")
    assert event["fatalities"] == 2


@pytest.mark.parametrize("crowd", ["Youths", "Hundreds of people"])
def test_riot_police_who_fired_after_the_clash_s_place_do_not_arm_the_crowd(crowd):
    event = _first(f"{crowd} clashed with riot police in Tamale, Ghana on Monday, who fired gunshots to disperse them.")
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Riots", "Rioters (Ghana)", "Police Forces of Ghana")


@pytest.mark.parametrize("people", ["Farmers", "Herders", "Fishermen"])
def test_people_of_a_calling_who_fight_the_forces_unarmed_riot(people):
    event = _first(f"{people} clashed with soldiers near Tamale, Ghana on Friday.")
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Riots", "Rioters (Ghana)", "Military Forces of Ghana")
    # armed, they fight a battle
    armed = _first(f"Armed {people.lower()} clashed with soldiers near Tamale, Ghana on Friday.")
    assert armed["event_type"] == "Battles"
    # two peoples fighting each other, the forces only the source: no crowd against the forces
    assert _first(f"{people} clashed with hunters near Tamale, Ghana on Friday, killing six, police said.")[
        "event_type"] != "Riots"


def test_a_crowd_that_fired_guns_at_the_forces_is_armed():
    event = _first("Students clashed with police near a campus in Tamale on Monday and fired guns at the "
                   "officers, killing two.")
    assert event["event_type"] == "Battles"


def test_an_earlier_incident_that_only_dates_an_arrest_is_not_the_act():
    # the attack tells when; the police's arrest of the suspects is what happened
    event = _first("Four days after the attack on the market, police arrested six suspects in Lokoja.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert event["actor1"].startswith("Police Forces") and event["arrested"] == 6


@pytest.mark.parametrize("after", ["after the shooting", "after the attack"])
def test_an_arrest_after_the_attack_named_back_is_its_own_event(after):
    # the forces' arrest of suspects is a strategic development of its own; the attack keeps its sides and toll
    text = ("Gunmen opened fire on a bus station in Bauchi, Nigeria on Friday, killing five people. "
            f"Police arrested three men {after}.")
    events = eventwatch.extract(text, published="2019-06-30")["events"]
    attack, arrest = events
    assert (attack["event_type"], attack["actor1"], attack["fatalities"], attack["arrested"]) == (
        "Violence against civilians", "Unidentified Armed Group (Nigeria)", 5, None)
    assert (arrest["sub_event_type"], arrest["actor1"], arrest["arrested"]) == (
        "Arrests", "Police Forces of Nigeria", 3)


@pytest.mark.parametrize("reason", ["in connection with the attack", "over the shooting"])
def test_violence_told_after_the_arrest_is_more_of_the_attack(reason):
    text = ("Gunmen opened fire on a bus station in Bauchi, Nigeria on Friday, killing five people. "
            f"Police arrested three men {reason}. The gunmen also wounded four people in the attack.")
    attack, arrest = eventwatch.extract(text, published="2019-06-30")["events"]
    assert (attack["fatalities"], attack["injured"], attack["arrested"]) == (5, 4, None)
    assert (arrest["sub_event_type"], arrest["actor1"], arrest["injured"]) == (
        "Arrests", "Police Forces of Nigeria", None)


def test_hijackers_the_forces_stormed_are_the_battle_s_other_side():
    event = _first("Three hijackers seized a ferry near Mombasa on Friday; "
                   "two hijackers were killed when police stormed it.")
    assert event["event_type"] == "Battles"
    assert event["actor1"].startswith("Police Forces")
    assert event["actor2"].startswith("Unidentified Armed Group")


@pytest.mark.parametrize(("text", "sides"), [
    # the group's dead with no killer named: the forces of the state it fights are the other side
    ("Three PKK militants were killed in clashes in Van province, Turkey on Tuesday.",
     {"Military Forces of Turkey", "PKK: Kurdistan Workers Party"}),
    # in another country, the forces of the state it fights, an external force there (not the source's)
    ("Three PKK militants were killed in clashes near Zakho, Iraq on Tuesday, Iraqi police said.",
     {"Military Forces of Turkey", "PKK: Kurdistan Workers Party"}),
    # both named in a "between" clause: both sides
    ("Clashes broke out in Van province, Turkey on Tuesday between the army and the PKK, killing five.",
     {"Military Forces of Turkey", "PKK: Kurdistan Workers Party"}),
])
def test_a_battle_with_one_side_told_gets_its_other_armed_side(text, sides):
    event = _first(text)
    assert event["event_type"] == "Battles"
    assert {event["actor1"], event["actor2"]} == sides


def test_a_convoy_attacked_to_kill_an_office_holder_is_no_battle():
    event = _first("Gunmen attacked a convoy near Kismayo, Somalia on Monday, killing the envoy.")
    assert (event["event_type"], event["sub_event_type"], event["gtd_attack_type"]) == (
        "Violence against civilians", "Attack", "Assassination")
    assert event["actor2"] == "Civilians (Somalia)"
    # a convoy of the forces is an armed target
    assert _first("Gunmen ambushed an army convoy near Kismayo, Somalia on Monday, killing two soldiers.")[
        "event_type"] == "Battles"


@pytest.mark.parametrize("fight", ["Villagers clashed with herders", "Clashes between villagers and herders broke out",
                                   "Residents clashed with fishermen"])
def test_two_peoples_fighting_each_other_are_communal_militias_not_rioters(fight):
    # the police are only the source: two communities fought each other, a battle of communal militias
    event = _first(f"{fight} near Bolgatanga, Ghana on Sunday, leaving four dead, police said.")
    assert (event["event_type"], event["sub_event_type"]) == ("Battles", "Armed clash")
    assert (event["actor1"], event["inter1"], event["actor2"], event["inter2"]) == (
        "Unidentified Communal Militia (Ghana)", 4, "Unidentified Communal Militia (Ghana)", 4)
    assert event["fatalities"] == 4
    # a people that fights the forces still riots
    riot = _first("Villagers clashed with police near Bolgatanga, Ghana on Sunday.")
    assert (riot["event_type"], riot["actor1"], riot["actor2"]) == (
        "Riots", "Rioters (Ghana)", "Police Forces of Ghana")


def test_a_second_verb_after_a_comma_shares_the_first_verb_s_subject():
    # ", and wounded ..." has no subject of its own: the militants did both, the attack noun after it too
    event = _first("On Jan 9, al-Shabaab militants killed 3 Kenyan policemen, and wounded 4 civilians, "
                   "in a mortar attack in Mandera, Kenya.")
    assert (event["actor1"], event["inter1"]) == ("Al-Shabaab", 2)
    assert event["event_type"] == "Explosions/Remote violence"


def test_the_forces_named_after_a_joint_operation_ran_it():
    # "a joint operation between X and Y": X and Y are one side, the group the operation hit the other
    event = _first("On May 3, in a joint operation between the police and the army near Gwoza, Nigeria, "
                   "several Boko Haram vehicles were destroyed.")
    assert (event["inter1"], event["inter2"]) == (1, 2)
    assert event["actor1"].startswith("Police Forces of Nigeria")


def test_who_arrested_suspects_in_a_clause_before_the_harm_did_not_do_it():
    for text in ("Police arrested three youths in Zaria on Sunday; the attack on a church killed five worshippers.",
                 "Soldiers detained three youths in Zaria on Sunday after the attack on a church killed five "
                 "worshippers."):
        event = _first(text)
        assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == (
            "Attack", "Unidentified Armed Group (Nigeria)", 5), text


def test_a_politicians_bodyguards_are_private_security_not_the_police():
    # ACLED codes the guards a person keeps as private security forces (inter 8), whoever they guard
    assert _roles("On June 3, a district candidate was shot dead by one of his bodyguards in Bartella.")[:2] == (
        "Private Security Forces (Iraq)", 8)
    assert _roles("On June 3, gunmen killed two bodyguards of a lawmaker in Bartella.")[2:] == (
        "Private Security Forces (Iraq)", 8)


@pytest.mark.parametrize("text", [
    "On Apr 9, bandits killed 6 Fulani herders near Gusau, Zamfara.",
    "On Apr 9, 6 Fulani herders were shot dead by gunmen near Gusau, Zamfara.",
])
def test_a_people_named_by_its_calling_whom_a_killing_harmed_are_civilians(text):
    # "Fulani herders" names the Fulani militia when they attack; killed, they are the civilians harmed
    event = _first(text)
    assert (event["event_type"], event["inter2"], event["fatalities"]) == ("Violence against civilians", 7, 6), text


def test_a_people_told_armed_whom_a_killing_harmed_are_still_a_militia():
    event = _first("On Apr 9, vigilantes killed 6 armed Fulani herders near Gusau, Zamfara.")
    assert (event["event_type"], event["inter2"]) == ("Battles", 4)


@pytest.mark.parametrize("text", [
    "On May 20, supporters of two rival candidates exchanged fire near a polling booth in Dera Bugti, Balochistan, "
    "killing 3.",
    "On May 20, rival party workers exchanged fire in Kohat, Khyber Pakhtunkhwa, killing 3.",
    # fire both ways in other words: "traded gunfire", "exchanged shots", "exchanged gunshots"
    "On Oct 2, rival party workers traded gunfire in Kenema, Eastern Province, killing 3.",
    "On Oct 2, supporters of two parties exchanged shots in Makeni, Northern Province, killing 3.",
    "On Oct 2, activists of rival parties exchanged gunshots in Kailahun, Eastern Province, killing 3.",
])
def test_partisans_who_fight_are_political_militias(text):
    # ACLED: a party's or candidate's armed supporters are a political militia (3), on both sides of the fight
    event = _first(text)
    assert (event["event_type"], event["inter1"], event["inter2"], event["fatalities"]) == ("Battles", 3, 3, 3), text


def test_partisans_at_a_rally_attacked_are_no_militia():
    event = _first("On May 20, gunmen opened fire on supporters of an opposition candidate in Kohat, killing 3.")
    assert (event["event_type"], event["inter2"]) == ("Violence against civilians", 7)


@pytest.mark.parametrize(("text", "actor", "inter"), [
    # bare militia members: an armed group the text leaves unnamed (ACLED's political militia, 3)
    ("On Jun 4, police arrested 5 militia members accused of extorting traders in Belford Roxo.",
     "Unidentified Armed Group (Brazil)", 3),
    ("On Jun 4, soldiers arrested 2 militiamen near Tshikapa, Kasai.",
     "Unidentified Armed Group (Democratic Republic of the Congo)", 3),
    # a local or village militia: a communal militia (4)
    ("On Jun 4, police arrested 4 members of a local militia near Tshikapa, Kasai.",
     "Unidentified Communal Militia (Democratic Republic of the Congo)", 4),
    ("On Jun 4, soldiers arrested 3 village militiamen near Tshikapa, Kasai.",
     "Unidentified Communal Militia (Democratic Republic of the Congo)", 4),
])
def test_militia_members_arrested_are_the_second_party(text, actor, inter):
    event = _first(text)
    assert (event["sub_event_type"], event["actor2"], event["inter2"]) == ("Arrests", actor, inter), text
