"""General news uses the conflict vocabulary for much else: sentences that tell no incident
give no event, and everyday crime is typed no more than it says (invented sentences)."""

from __future__ import annotations

import pytest

import eventwatch
from eventwatch.annotate import annotate
from eventwatch.annotate.triggers import Trigger
from eventwatch.extract.senses import arrest_outside_conflict, everyday_sense
from eventwatch.records import Article


def _events(text: str, published: str = "2018-04-06") -> list[dict]:
    return eventwatch.extract(text, published=published)["events"]


def test_a_death_told_with_no_violence_is_no_incident():
    assert _events("The retired teacher died on April 2 at a hospital in Leeds, his family said.") == []
    assert _events("Coastguards said two bodies were found along a beach near Brighton on Sunday.") == []


def test_a_death_from_organ_failure_or_a_stroke_is_no_incident():
    # (senses.ILLNESS, the one list counts.DIED_NATURALLY reads too)
    assert _events("A stroke killed the retired Brisk mayor Kofi Dade on Monday in Brisk, Ghana.") == []
    assert _events("Liver failure killed two elderly inmates at the Brisk jail in Ghana on Monday.") == []


def test_a_death_told_with_violence_is_still_an_incident():
    events = _events("On April 2, a man died of gunshot wounds in Kirkuk.")
    assert [e["sub_event_type"] for e in events] == ["Attack"]
    # the violence told in the sentence before it
    events = _events("Gunmen abducted a farmer in Tuz Khurmatu on June 12. His body was found two days later.")
    assert events and events[0]["sub_event_type"] in {"Abduction/forced disappearance", "Attack"}


@pytest.mark.parametrize("text", [
    "On April 2, a house fire killed four children in Kut.",
    "On April 2, a collapse at a gold mine killed 9 miners in Kut.",
    "On April 2, a veteran who lost his leg in the war died at his home in Kut.",
    # burned alive or to death by a fire, not by people
    "On April 2, two children were burnt to death in a house fire in Kut.",
    "On April 2, a barn fire burned a cow alive near Kut.",
    "On April 2, a bushfire burnt three hikers to death near Kut.",
    # a fire told as what burned the property: no one's arson
    "On April 2, a blaze burned down four houses in Kut.",
    "On April 2, the bushfire burnt a warehouse near Kut to the ground.",
])
def test_an_accidental_fire_a_mine_accident_or_a_war_in_the_past_is_no_violence(text):
    assert _events(text) == [], text


@pytest.mark.parametrize("text, sub_type", [
    ("On April 2, gunmen set fire to houses in Kut and killed two children.", "Attack"),
    ("On April 2, a mine explosion killed two shepherds near Kut.", "Remote explosive/landmine/IED"),
    ("On April 2, an IED killed two soldiers near Kut.", "Remote explosive/landmine/IED"),
    ("On April 2, three men died when soldiers opened fire in Kut.", "Attack"),
    ("On April 2, a boy was wounded when he stepped on a mine near Kut.", "Remote explosive/landmine/IED"),
])
def test_arson_gunfire_and_exploding_mines_are_still_violence(text, sub_type):
    assert [e["sub_event_type"] for e in _events(text)][:1] == [sub_type], text


@pytest.mark.parametrize("text", [
    "On April 2, despite the cease-fire, rebels killed four villagers in Kut.",
    "On April 2, despite the cease-fire, two villagers were killed in Kut.",
    "On April 2, a fire set by rebels killed four villagers in Kut.",
    "On April 2, after the collapse of the truce, bandits killed six farmers in Kut.",
    "On April 2, three villagers died in a fire set by rebels in Kut.",
    "On April 2, three villagers died in a blaze started by bandits in Kut.",
])
def test_a_killing_beside_a_fire_or_collapse_word_by_armed_men_is_still_violence(text):
    # a cause with no one's violence is the fire or collapse that killed; a cease-fire is none, and
    # an armed group named in the sentence did the killing
    assert [e["sub_event_type"] for e in _events(text)] == ["Attack"], text


def test_violence_with_no_armed_side_is_an_attack_not_a_battle():
    # a battle needs two armed sides: a stabbing or a poisoning by nobody armed is an attack
    for text in ("A man was stabbed in an alley in Leeds on March 23.",
                 "On March 4, two people were poisoned with a nerve agent in an attack in Salisbury."):
        event = _events(text)[0]
        assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_the_source_that_opens_a_report_is_not_a_party():
    event = _events("Police said a man was stabbed in an alley in Leeds on March 23.")[0]
    assert event["event_type"] == "Violence against civilians"
    assert event["inter2"] == 7 and "Police" not in (event["actor1"] or "") + (event["actor2"] or "")


def test_a_source_before_a_perpetrator_noun_is_not_a_party():
    # the speaker, its seat or its unit's word, then who did it: the police only report
    for text in ("Police said gunmen shot dead four traders in Kelmo, Ghana on May 3.",
                 "Police in Kelmo said armed bandits killed four traders in Ghana on May 3.",
                 "The Kelmo Police Command said attackers killed four traders in Ghana on May 3."):
        event = _events(text)[0]
        assert event["event_type"] == "Violence against civilians", text
        assert "Police" not in (event["actor1"] or "") + (event["actor2"] or ""), text
    # the speaker's own men after the verb stay its act
    event = _events("Police said officers shot dead four robbers in Kelmo, Ghana on May 3.")[0]
    assert "Police" in (event["actor1"] or "") + (event["actor2"] or "")


def test_a_source_before_any_reported_clause_is_not_a_party():
    # whoever the reported clause names as the doer ("militants", "insurgents"), or a statement
    # between the verb and the clause: the police only report the killing
    for text in ("Police said militants killed five herders in Varlo, Ghana on June 8.",
                 "Police in Varlo said insurgents killed five herders in Ghana on June 8.",
                 "Police said in a statement that militants killed five herders in Varlo, Ghana on June 8."):
        event = _events(text)[0]
        assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack"), text
        assert event["fatalities"] == 5, text
        assert "Police" not in (event["actor1"] or "") + (event["actor2"] or ""), text
    # the speaker itself as the clause's subject stays its act
    event = _events("Police said they shot dead five robbers in Varlo, Ghana on June 8.")[0]
    assert "Police" in (event["actor1"] or "")


def test_a_unit_command_closing_the_report_is_its_source():
    event = _events("Gunmen torched a school in Kelmo, Ghana on May 3, the Kelmo Police Command said.")[0]
    assert "Police" not in (event["actor1"] or "") + (event["actor2"] or "")


@pytest.mark.parametrize("closing", ["police said on Sunday in a statement.",
                                     "police said in a statement released on Monday.",
                                     "the police said in a statement to reporters.", "police said Sunday."])
def test_a_statement_closing_the_report_is_its_source(closing):
    event = _events("Four herders were shot dead in Varlo, Ghana on June 8, " + closing)[0]
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert "Police" not in (event["actor1"] or "") + (event["actor2"] or "")
    assert event["fatalities"] == 4


def test_a_move_with_no_force_named_is_no_strategic_development():
    assert _events("On Monday she withdrew $1,200 from her bank account in Boston.") == []
    assert _events("The crown prince arrived in Paris on Sunday for a three-day visit.") == []
    assert _events("The airline pulled out of Lagos in March, citing low demand.") == []
    assert _events("On Saturday, expelled diplomats and their relatives quit the embassy in London.") == []


def test_a_person_described_as_displaced_is_not_a_displacement():
    text = "On Monday, a woman who was displaced from her village in Benue said she had no food."
    assert all(e["event_type"] != "Strategic developments" for e in _events(text))


def test_a_move_by_forces_is_still_a_strategic_development():
    event = _events("The PMF pulled out of Makhmur on May 2.")[0]
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Change to group/activity")


def test_an_act_in_an_indirect_question_or_a_belief_is_not_reported():
    assert _events("The inspectors in Toronto did not say why he was being detained on Monday.") == []
    assert _events("His sister in Dallas believes the neighbour murdered him on May 3.") == []


def test_an_arrest_for_ordinary_crime_is_not_a_political_arrest():
    assert _events("A restaurant owner was arrested in Boston on Thursday on fraud charges.") == []
    assert _events("Two men were arrested in Leeds on Monday following a number of burglaries.") == []


def test_a_security_arrest_is_still_an_arrest():
    event = _events("On May 3, security forces arrested two IS suspects in Mosul.")[0]
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Arrests")


def test_trigger_words_in_their_everyday_sense_give_no_event():
    for text in (
        "She hit a three-point shot in the final seconds on Sunday in Dallas.",  # a basketball shot
        "On Monday in Paris, the minister shot down rumours of a merger.",
        "On Sunday in Leeds, both games were hard fought battles.",  # sport
        "The couple were engaged in 1960 and married in Bristol.",  # to marry
        "On Friday in London, the shares regained the 2.10 level.",  # a share price
        "This was demonstrated by the vote in Vienna on Monday.",  # shown
        "On Monday, shoppers in Stockholm complained about the offensive message on a shirt.",
        "On Monday, fans captured video of the singer in Berlin.",  # filmed
        "DALLAS (AP) - Tom Hill hit a layup to lift the Dallas Rockets to a 96-94 win over Denver.",  # a team
        "In 2013 the police infiltrated student groups in Newark.",  # surveillance, no attack
        "The ministry said during his service, Sgt Smith deployed numerous times on tours to Cyprus.",
        "On Monday she launched her campaign in Honolulu.",  # an election campaign
    ):
        assert _events(text) == [], text


def test_the_violent_senses_of_the_same_words_are_still_incidents():
    assert _events("On May 3, gunmen shot a farmer in Kirkuk.")[0]["event_type"] == "Violence against civilians"
    assert _events("IS militants infiltrated a village near Mosul on May 3.")
    assert _events("On May 3, the army launched a military campaign against IS in Anbar.")


def test_an_offence_named_in_court_is_not_an_incident_told():
    assert _events("On Monday in Leeds, Tom Hill was charged with assault and criminal damage.") == []
    assert _events("In October 1989, in Wausau, Tom Hill was declared not guilty of killing four men.") == []


def test_police_who_tell_of_a_stabbing_are_not_a_party_to_it():
    event = _events("Police say Tom Hill approached the man in an alley in Leeds on May 2 and stabbed him.")[0]
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_one_persons_damage_is_no_riot():
    assert _events("On Monday in Leeds, a man vandalised three vans by kicking them.") == []
    event = _events("On May 3, dozens of protesters vandalised the party office in Basra.")[0]
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Violent demonstration")


def test_an_aircraft_named_with_nothing_struck_is_no_air_strike():
    text = "On Monday, the minister in Tunis said that US drones were flying sorties along the border."
    assert _events(text) == []
    event = _events("On May 3, Turkish drones struck a PKK hideout near Sidakan.")[0]
    assert event["sub_event_type"] == "Air/drone strike"


def test_a_private_resignation_is_no_strategic_development():
    assert _events("The day after the fire in Leeds, Tom Hill resigned his post as a bank clerk.") == []
    event = _events("On May 3, the governor of Basra resigned from his post.")[0]
    assert event["event_type"] == "Strategic developments"


def test_who_investigates_or_credits_the_picture_is_no_party():
    for text in ("On Monday in Leeds, police investigated the shooting of a man.",
                 'Tom Hill was not the target (City Police/PA) He said: "Hill was shot by two masked gunmen'
                 ' in Leeds on Monday.'):
        event = _events(text)[-1]
        assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack"), text
        assert "Police" not in (event["actor1"] or "") + (event["actor2"] or ""), text


def test_an_arrest_whose_crime_is_told_in_the_next_sentence_is_ordinary():
    assert _events("Police in Leeds arrested two men on Monday. They are suspected of a string of burglaries.") == []


def test_a_pollutant_before_a_poison_gas_leaves_the_chemical_weapon():
    """Only the poisoning of water or herds is read as a pollutant's doing; a poison gas dropped
    after "fumes" is still named is a chemical weapon."""
    events = _events("Rebels said fumes spread as jets dropped poison gas on the town of Marrat on Monday.")
    assert [e["sub_event_type"] for e in events] == ["Chemical weapon"]


def test_more_everyday_senses_give_no_event():
    for text in (
        "On Tuesday in Leeds, the two candidates attacked each other's tax plans.",  # words
        "In May, an outbreak of cholera killed three people in a village near Juba.",  # a disease
        "In Oslo on Monday the actor died of a heart attack at the age of 80.",
        "On Monday in Paris, the agency studied the targeted customers of its adverts.",  # an adjective
        "In the 200 metre race in Leeds on Sunday, Hill was beaten out by Smith in the final.",  # a contest
        "Lakeside Rovers were beaten 4-1 by Harbour City in Dunmore on Saturday, the club said.",  # a score
        "The visitors were beaten on penalties in Dunmore on Saturday.",
        "Okafor beat two other candidates to win the council seat in Enugu on Friday.",  # an election won
        "The Jinja girls beat the boys in the regional spelling quiz on Monday.",
        "Villagers near Kitwe said pesticides had poisoned their cattle on Monday.",  # no one's act
        "On Sunday in Madrid, Lopez rallied to win the final in three sets.",  # a comeback
        "Shares in London closed higher on Monday, extending the market rally.",
        "On Monday, officers executed a court order at a flat in Columbus.",  # carried out
        "On Monday in Pierre, the governor launched a campaign to curb smoking.",  # not a military one
        "Officers arrested Tom Hill in Columbus on Monday after finding cocaine in his car.",
        "On Monday in Dallas, a jury convicted Hill of kidnapping a neighbour's son.",
        "Fans in Leeds on Monday queued for the game Green Dead Harvest.",  # a title
    ):
        assert _events(text) == [], text


def test_a_military_campaign_and_a_rally_of_people_are_still_events():
    assert _events("On May 3, the army launched a search campaign against IS cells in Anbar.")
    event = _events("On May 3, hundreds of teachers rallied in Basra to demand higher pay.")[0]
    assert event["sub_event_type"] == "Peaceful protest"


def test_history_told_in_passing_is_no_new_event():
    assert _events("The senator was shot down over Hanoi in 1967.") == []
    text = "The talks opened in Vienna in March 2018. A student assassinated the archduke in June 1914."
    assert _events(text) == []
    # with no publication date nothing tells when the article speaks from ("a plan for 2040")
    assert _events("On May 3, 2018, gunmen killed two farmers near Kirkuk. A plan for 2040 was agreed.", published=None)
    # with no publication date, an act before any dataset's first year is still history
    assert _events("A student assassinated the archduke in June 1914.", published=None) == []
    assert _events("The senator was shot down over Hanoi in 1967.", published=None) == []
    assert _events("On July 4, 1999, gunmen killed two farmers near Fresno.", published=None)
    # a discovery made now of an old crime is today's event
    text = "On July 28, police found a mass grave near Samawah holding the remains of prisoners executed in 1990."
    assert _events(text, published="2019-08-02")


def test_a_break_in_to_steal_is_a_theft_not_an_attack():
    assert _events("On Sunday in Malmo, thieves broke into a band's van and stole its guitars.") == []
    event = _events("On May 3, gunmen broke into a house in Baquba and stole gold, killing the owner.")[0]
    assert event["event_type"] == "Violence against civilians"


@pytest.mark.parametrize("text, dropped", [
    ("Police arrested two men in Leeds on Monday.", True),
    ("Police arrested two ISIS suspects in Leeds on Monday.", False),
    ("Police arrested two activists in Leeds on Monday.", False),
])
def test_the_policy_on_arrests_outside_a_conflict_is_one_named_rule(text, dropped):
    ann = annotate(Article(id="t", text=text))
    arrest = next(t for t in ann.triggers if t.cls == "arrest")
    start, end = ann.sentences[0]
    assert arrest_outside_conflict(arrest, ann, text, start, end) is dropped
    assert (_events(text) == []) is dropped


def test_an_arrest_for_drug_dealing_is_ordinary_crime_and_a_terror_suspects_is_not():
    assert _events("Police arrested two men for drug dealing in Leeds on Monday.") == []
    events = _events("Police arrested two ISIS suspects in Leeds on Monday.")
    assert [e["sub_event_type"] for e in events] == ["Arrests"]


def test_an_arrest_with_no_political_or_security_context_is_police_work():
    assert _events("Tom Hill, 53, was arrested on Thursday at an elementary school in Miami.") == []
    event = _events("On May 3, police arrested the deputy of an IS leader in Hawija.")[0]
    assert event["sub_event_type"] == "Arrests"
    event = _events("On May 3, police arrested two activists in Baku.")[0]
    assert event["sub_event_type"] == "Arrests"


def test_an_unarmed_member_of_a_force_is_a_civilian_victim():
    event = _events("On May 3, gunmen shot dead an unarmed soldier in Baquba.")[0]
    assert (event["event_type"], event["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_what_a_lawsuit_alleges_is_not_an_incident_told():
    text = "The student claims in his lawsuit that he was unlawfully detained by guards in Toronto on May 2."
    assert _events(text) == []
    text = "Guards then pushed him to the ground, the complaint alleged, adding that officers arrested him in Toronto."
    assert _events(text) == []


def test_being_in_custody_is_no_arrest_told():
    text = "The banker died while in custody in a Paris jail in May."
    at = text.index("in custody")
    assert everyday_sense(Trigger(at, at + 10, "in custody", "arrest"), text, 0, len(text))
    event = _events("On May 3, police arrested two IS suspects in Kirkuk; both remain in custody.")[0]
    assert event["sub_event_type"] == "Arrests"


def test_the_violent_senses_near_the_everyday_ones_still_count():
    assert _events("On May 3, Iraqi forces were fighting IS militants near Hit.")[0]["sub_event_type"] == "Armed clash"
    event = _events("On May 3, forces regained 3 villages near Hit from IS.")[0]
    assert event["sub_event_type"] == "Government regains territory"
    assert _events("On May 3, the army engaged IS militants near Hit.")[0]["sub_event_type"] == "Armed clash"
    assert _events("On May 3, gunmen shot up a checkpoint near Hit.")


def test_a_security_arrest_stays_one_whatever_else_the_men_are_wanted_for():
    # a warrant is how an arrest is made, not a crime; an armed group named makes it a security arrest
    for text in ("On May 3, Iraqi police arrested an IS suspect wanted under an arrest warrant in Kirkuk.",
                 "On May 3, police arrested two IS members who were also wanted for drug dealing in Mosul."):
        assert _events(text)[0]["sub_event_type"] == "Arrests", text
    # terrorism named with no group: still a security arrest
    text = "On May 3, police arrested a man wanted for drug dealing and suspected of terrorism in Basra."
    assert _events(text)[0]["sub_event_type"] == "Arrests"
    assert _events("Police arrested a man for burglary in Denver on Monday.") == []


@pytest.mark.parametrize("text", [
    # a year that measures or describes is no date of the act
    "A suicide bomber killed five people at a market in Kirkuk, the deadliest attack since 2003.",
    # "suspects" the noun is no belief
    "Two suspects shot dead a policeman in Kirkuk on April 3.",
    # a name or a shop after "attacked" is no policy
    "Gunmen attacked the house of Bill Jones in Kirkuk on April 3.",
    "Gunmen attacked the record shop of a Yazidi man in Kirkuk on April 3.",
])
def test_everyday_sense_rules_leave_real_incidents(text):
    assert _events(text), text


def test_a_heart_attack_is_no_attack():
    assert _events("A heart attack killed the commander in Kirkuk on April 3.") == []


def test_words_close_to_conflict_vocabulary_make_no_event_or_value():
    # a party's majority is no territory; protesters ending their own sit-in is no intervention
    assert _events("The opposition party regained its majority in Kano on Friday.") == []
    event = _events("Protesters ended their sit-in in Kano on Friday after talks with the governor.")[0]
    assert event["sub_event_type"] == "Peaceful protest"
    # a road's name is no sum of rand
    event = _events("Gunmen kidnapped two traders on the R5 road near Kano on Friday.")[0]
    assert event["money_amount"] is None


@pytest.mark.parametrize("text", [
    "On 4 May, the Ruvania mining firm signed an agreement with Telmar to build a smelter near Ostrava.",
    "On 4 May, the city police agreed not to film worshippers as part of a deal to settle a lawsuit.",
    "On 4 May, the two neighbours signed a trade accord in Valdor.",
])
def test_a_deal_between_no_parties_of_a_conflict_is_no_agreement(text):
    assert [e["sub_event_type"] for e in _events(text)] == [], text


@pytest.mark.parametrize("text", [
    "On 4 May, the government and the rebels signed a ceasefire agreement in Valdor.",
    "On 4 May, the army and the Free Hills Front agreed to a prisoner exchange in Valdor.",
    "On 4 May, the Taliban signed a deal with tribal elders to reopen the market in Valdor.",
])
def test_a_deal_that_halts_fighting_or_binds_an_armed_group_is_an_agreement(text):
    assert [e["sub_event_type"] for e in _events(text)] == ["Agreement"], text


def test_a_rape_with_no_armed_or_state_perpetrator_told_is_no_conflict_event():
    text = ("The mother of a girl who was raped last year says the police in Leeds have failed her. "
            "A doctor confirmed that the girl had been raped.")
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "On 4 May, soldiers raped three women in the village of Teru near Valdor.",
    "On 4 May, two women were raped by gunmen near Valdor.",
])
def test_a_rape_by_armed_men_or_soldiers_is_sexual_violence(text):
    assert [e["sub_event_type"] for e in _events(text)] == ["Sexual violence"], text


def test_a_place_inside_a_newspaper_name_anchors_no_incident():
    # the shooting was told before; the paper's city says where nothing happened
    assert _events("The Tulsa Post says residents gathered on the lawn while detectives studied the shooting.") == []
    assert _events("The Tulsa Herald says gunmen shot a farmer in Tulsa on Monday.")


def test_an_act_named_as_a_thing_or_feared_is_not_told():
    assert _events("At the hearing in Hudson, the lawyer spoke of his being kidnapped.") == []
    assert _events("Two activists in Tulsa fled on Monday for fear of being arrested.") == []
    assert _events("At the trial in Hudson, his lawyer suggested a neighbour had shot the farmer on May 3.") == []
    assert _events("On May 3, initial reports suggested that gunmen killed five farmers in Hudson.")
    assert _events("On May 3, a soldier argued with a driver and shot him dead in Hudson.")  # a quarrel, then the act
    assert _events("On May 3, local sources suggested that gunmen had killed five farmers in Hudson.")
    assert _events("After being abducted in Tulsa on Monday, a farmer was released.")


def test_the_staff_of_a_private_body_make_no_arrest_political():
    text = ("A father was arrested on Monday at a school in Tulsa after he took a pistol from his daughter's bag. "
            "A teacher saw it and told school officials.")
    assert _events(text) == []
    assert _events(text.replace("school officials", "local officials"))  # an office of the state (policy)


def test_a_police_raid_is_a_search_not_an_attack():
    text = ("Police in Pune said a man was charged after the remains of his uncle were found in a cellar "
            "during a Monday police raid on the flat.")
    assert _events(text) == []
    assert _events("Police in Pune said a man was charged after a Monday police raid on the flat.") == []
    assert _events("On Monday, police raided a house in Pune and shot dead two men.")
    assert _events("On Monday, police raided an IS hideout in Pune.")


def test_a_period_of_the_fighting_is_a_time_not_an_incident():
    text = ("In May 2015, in the worst months of the fighting, a magazine reported that the navy was "
            "testing radar off Malta.")
    assert _events(text) == []
    assert _events("At the height of the clashes in Sirte on May 3, a soldier was killed.")
    events = _events("On May 3, two days of fighting between rival militias near Sirte left 9 dead.")
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]  # the fighting itself, counted in days


def test_a_force_quoted_after_a_quotation_is_the_source_not_a_party():
    text = ("A woman was standing at a bus stop in Tulsa on Monday when a man rammed it with a van, injuring "
            "her, according to “The driver lost control and hit the shelter,” Tulsa Police Department said "
            "in a statement.")
    event = _events(text)[0]
    assert event["sub_event_type"] == "Attack"
    assert "Police" not in (event["actor1"] or "") + (event["actor2"] or "")


@pytest.mark.parametrize("text", [
    "Hundreds of fans gathered outside the stadium in Denver on Monday to greet the team.",
    "On Monday, mourners gathered in Leeds for the funeral of the singer.",
    "The singer marched onto the stage in Denver on Monday.",
    "Thousands of runners took part in the march for charity in Leeds on Sunday.",
    "Hundreds of people gathered in Leeds on Monday to watch the eclipse.",
])
def test_people_gathering_for_a_show_or_a_funeral_is_no_protest(text):
    assert _events(text) == [], text


@pytest.mark.parametrize("text", [
    "Residents gathered at the town hall in Leeds on Monday to demand better roads.",
    "On Monday, mourners gathered in Leeds for the funeral of the activist and chanted slogans against the government.",
    "Hundreds of supporters gathered outside the court in Durban on Friday to welcome the former president.",
])
def test_a_gathering_with_a_cause_is_still_a_protest(text):
    assert [e["event_type"] for e in _events(text)] == ["Protests"], text


def test_a_march_at_the_funeral_of_one_killed_by_soldiers_is_a_peaceful_protest():
    for text in ("Thousands marched in Gulu on Saturday for the funeral of a boy shot by soldiers.",
                 "Mourners marched through Gulu on Saturday behind the coffin of a driver killed by police."):
        events = _events(text)
        assert [(e["event_type"], e["sub_event_type"], e["location"]) for e in events] == [
            ("Protests", "Peaceful protest", "Gulu")], text
    # a funeral and no march: how the one buried died is told in passing, no incident of the day
    assert _events("Mourners gathered in Gulu on Saturday for the funeral of a boy shot by soldiers.") == []
    assert _events("Thousands marched in Gulu on Saturday for the funeral of a bishop who died of cancer.") == []
    # a funeral only: the act the one buried died in ("killed in an ambush") is told in passing too
    assert _events("The funeral of a ranger killed in an ambush was held in Arua on Tuesday.") == []
    assert _events("Hundreds attended the funeral of two guards killed in a bomb attack in Arua on Tuesday.") == []
    # killed by a mishap, no one's violence: a march at the funeral denounces nothing
    assert _events("Mourners marched in Lira on Sunday at the funeral of a teacher killed in a bus crash.") == []
    assert _events("Hundreds marched in Lira on Sunday for the funeral of a miner killed as a tunnel collapsed.") == []


@pytest.mark.parametrize("text", [
    "Thousands marched in Durban on Friday as police fired tear gas.",
    "Thousands of people marched in Durban on Friday while police looked on.",
])
def test_a_march_the_police_watch_or_disperse_is_still_a_protest(text):
    assert [e["event_type"] for e in _events(text)] == ["Protests"], text


def test_an_incident_named_bare_as_what_is_investigated_is_no_new_one():
    assert _events("A crowd gathered in Denver on Monday while detectives probed the stabbing.") == []
    events = _events("Gunmen shot dead a lawyer in Basra on Monday and police are investigating the killing.")
    assert [e["sub_event_type"] for e in events] == ["Attack"]


def test_a_wire_subheading_between_sentences_is_no_part_of_either():
    text = ("He spoke for an hour at the press hall in Lyon. - A long wait - "
            "On July 9, police in Wuhan detained 40 activists.")
    events = _events(text)
    assert [e["sentence"]["text"][:7] for e in events] == ["On July"]


def test_a_headline_and_the_lead_after_it_tell_one_incident():
    head = "A woman was hurt when a man attacked a bus queue in Tulsa.\n\n"
    lead = "A woman was hurt on Monday when a man with a hammer attacked people waiting at a bus stop in Tulsa."
    events = _events(head + lead)
    assert [e["event_date"] for e in events] == ["2018-04-02"]  # the lead's day, not the publication's
    assert len(_events(head + "Gunmen shot a farmer dead in Leeds on Monday.")) == 2  # another place, another incident


@pytest.mark.parametrize("text", [
    "He confessed to the stabbing of the landlord in Fresno on May 3.",
    "In her testimony in Fresno she stated that she stabbed the landlord.",
])
def test_an_act_admitted_or_confessed_in_a_court_case_is_not_told_anew(text):
    assert _events(text) == [], text


def test_an_armed_group_that_admits_an_act_claims_it():
    events = _events("On May 3, Boko Haram admitted killing four soldiers near Fresno.")
    assert [e["event_type"] for e in events] == ["Battles"]
    assert _events("On May 3, the farmer admitted killing four soldiers near Fresno.") == []


@pytest.mark.parametrize("text", [
    "The company was hit by a cyber attack in Leeds on Monday.",
    "On Monday in Leeds, the minister came under fire from critics.",
    "On Monday, the minister in Leeds came under fire over his remarks.",
    "On Monday, the hospital in Leeds was bombarded with calls.",
])
def test_an_attack_on_computers_criticism_or_a_flood_of_calls_is_no_violence(text):
    assert _events(text) == [], text


def test_gunfire_and_shells_in_the_same_words_are_still_incidents():
    assert _events("On Monday, an army convoy came under fire from gunmen near Kirkuk.")
    assert _events("On Monday, an army convoy came under fire over the weekend near Kirkuk.")
    assert _events("On Monday, soldiers came under fire for two hours near Kirkuk.")
    assert _events("On Monday, troops bombarded IS positions near Kirkuk.")


def test_a_police_raid_that_uses_force_on_people_is_no_quiet_search():
    events = _events("On 3 May, police raided a mosque in Kelmora and fired tear gas at worshippers.")
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [("Attack", "Police Forces")]
    assert _events("Drugs were seized during a police raid on a flat in Leeds on Monday.") == []


def test_a_deal_with_no_party_read_is_no_agreement_and_peace_alone_is_no_conflict_deal():
    assert _events("On 4 May, Kenya and Uganda signed a trade deal in Kampala to promote peace and prosperity.") == []
    text = "On 4 May, Pokot and Turkana elders signed an agreement in Lodwar to end cattle raids and restore peace."
    events = _events(text)
    assert [e["sub_event_type"] for e in events] == ["Agreement"]



def test_the_bodies_of_missing_police_found_are_an_incident_but_not_after_a_flood():
    found = eventwatch.extract("The bodies of two policemen who had been missing were found in Gao, Mali.",
                               published="2021-03-02")["events"]
    assert [(e["fatalities"], e["target_type"]) for e in found] == [(2, "Police")]
    for told in ("The bodies of two policemen were found in Gao, Mali, after the flood.",
                 "The body of a missing hiker was found in Gao, Mali."):
        assert eventwatch.extract(told, published="2021-03-02")["events"] == []


def test_a_device_defused_joins_only_the_sentence_that_places_it():
    # the sentence before tells where a bomb was put: one disrupted bombing, placed there
    events = _events("A bomb was left outside a bank in Tartu, Estonia. Police defused the device.")
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Disrupted weapons use", "Tartu")]
    # a bomb only shown or spoken of is no device put anywhere: nothing to join
    assert _events("The film shows a bomb in a suitcase in Tartu, Estonia. The hero defused the device in time.") == []


def test_the_forces_dead_in_an_accident_give_no_event_but_a_mine_still_does():
    for text in (
        "Police found the bodies of two soldiers who drowned when their boat capsized in Gao on Monday.",
        "The bodies of three troops were recovered near Tahoua on Monday after their helicopter crashed.",
        "Two soldiers were killed in an accident near Tahoua on Monday.",
        "Four soldiers died when their truck crashed near Gao on Monday, the army said.",
    ):
        assert _events(text) == [], text
    assert _events("Four soldiers died when their truck hit a landmine near Gao on Monday, the army said.")


@pytest.mark.parametrize("text", [
    "Mourners gathered in Lisbon on Sunday, four years since the 2014 assassination of a union leader.",
    "Mourners gathered in Lisbon on Sunday, 30 years since the 1988 assassination of a union leader.",
    "Veterans laid wreaths in Nairobi on Friday on the anniversary of the bombing of the embassy in 2015.",
])
def test_a_past_incident_named_with_its_year_is_no_event_of_the_day(text):
    assert [e for e in _events(text) if e["event_type"] != "Protests"] == []


def test_an_incident_told_with_its_day_is_still_one():
    events = _events("Gunmen assassinated a union leader in Lisbon on Sunday, police said.")
    assert events and events[0]["event_date"] == "2018-04-01"


def test_an_incident_named_with_the_year_of_its_own_day_is_the_news():
    # the year is the day's: no background incident, the bombing itself
    events = _events("The 2018 bombing of a market in Kano on Saturday left four people dead and nine wounded.")
    assert [(e["event_type"], e["fatalities"]) for e in events] == [("Explosions/Remote violence", 4)]


@pytest.mark.parametrize("text", [
    "On 3 May 2022, the ruling party said it will hold a campaign rally in Lusaka next Saturday.",
    "On 3 May 2022, the teachers' union and the education ministry resumed wage negotiations in Nairobi.",
    "On 3 May 2022, the striker scored twice as Kumasi beat Accra 3-1 at the Baba Yara stadium.",
    "On 3 May 2022, the coach was given his marching orders after a poor season in Lusaka.",
    "On 3 May 2022, a striking new bridge was opened across the river in Mwanza.",
    "On 3 May 2022, the government said that striking doctors in Nairobi would be paid next month.",
    "On 3 May 2022, a landslide blocked the highway between Kabale and Kisoro after heavy rain.",
    "On 3 May 2022, workers closed the bridge in Kisumu for repairs.",
    "On 3 May 2022, police blocked the road to the stadium in Kisumu.",
])
def test_a_rally_planned_a_strike_in_sport_or_a_road_closed_is_no_protest(text: str) -> None:
    # a crowd named by its strike with nothing done by it or to it, a blockade with no crowd and no
    # demand, a rally still to come, a striker or marching orders: no event
    assert _events(text, published="2022-06-30") == [], text


def test_a_military_strike_stays_a_strike_not_a_protest() -> None:
    events = _events("On 3 May 2022, Kenyan jets struck Al-Shabaab camps near Jilib, killing 12 militants.",
                     published="2022-06-30")
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]


def test_a_named_disease_or_epidemic_kills_no_one_by_violence():
    for text in ("Measles has killed eleven children in Lodwar this month, health officials said.",
                 "An epidemic spread through camps near Lodwar in May.\n\n"
                 "Two more were killed by cholera there on Tuesday."):
        assert _events(text) == [], text


def test_only_a_device_is_defused_as_a_weapon():
    for text in ("Firefighters defused a gas leak at a fuel depot in Kisumu on Monday, officials said.",
                 "Elders defused the tension over grazing land in Kisumu on Monday."):
        assert _events(text) == [], text
    events = _events("Police defused a roadside bomb at a fuel depot in Kisumu on Monday.")
    assert [e["sub_event_type"] for e in events] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "A gas explosion wrecked a bakery in Tarnow on Saturday, injuring nine customers.",
    "An explosion at a chemical plant near Tarnow killed four workers on Monday; a leak was blamed.",
    "A boiler blew up in a school basement in Tarnow on Monday, injuring two cleaners.",
])
def test_a_blast_with_a_household_or_industrial_source_is_a_mishap(text):
    assert _events(text) == [], text


@pytest.mark.parametrize("text", [
    "A car bomb exploded near a gas station in Tarnow on Monday, killing four people.",
    "An explosion at a chemical plant near Tarnow killed four guards on Monday. Police said militants had planted it.",
    "Gunmen stormed a chemical plant near Tarnow on Monday and a blast killed three guards.",
])
def test_a_blast_with_a_weapon_or_armed_men_told_beside_the_source_is_still_violence(text):
    assert _events(text), text


def test_an_act_named_with_its_object_and_year_is_a_past_incident_named_back():
    # "the killing of <whom> in <year>": the year after the object still names the act's own year
    assert _events("On Monday in Brisk, police charged a man over the killing of a taxi driver in 2001.") == []
    assert _events("On Monday in Brisk, the court heard of the bombing of the town hall in 1999.") == []
    # the year of the day told is the news
    assert _events("On May 3, 2023, gunmen shot dead a taxi driver in Brisk, Ghana.", published="2023-05-04")


def test_a_past_act_dated_by_its_own_old_year_beside_todays_news_is_history():
    for text in ("A man who stabbed a cashier in Brisk in 2004 was jailed for life on Tuesday.",
                 "A statue of the 40 miners killed when rebels raided the pit in 1961 was unveiled in Brisk "
                 "on Sunday."):
        assert _events(text, published="2023-05-10") == [], text
    # a year only a few years back is recent background; the day's act is still told
    events = _events("Militants who seized Brisk in 2019 killed four farmers near the town on Monday.",
                     published="2023-05-10")
    assert [e["event_date"] for e in events] == ["2023-05-08"]
    # a year that measures from the past is no date of the act
    assert _events("On Monday, gunmen killed nine traders in Brisk, the worst attack since 2001.",
                   published="2023-05-10")


def test_people_marking_an_anniversary_is_no_protest_unless_a_grievance_is_told():
    assert _events("Hundreds of residents marched through Brisk on Monday to mark 50 years of its charter.") == []
    assert _events("Brisk celebrated its centenary on Monday with fireworks and a march by schoolchildren.") == []
    event = _events("Hundreds marched in Brisk on Monday to mark the anniversary of the uprising, chanting slogans "
                    "against the government.")[0]
    assert event["event_type"] == "Protests"


def test_an_incident_years_back_that_a_time_is_counted_from_is_background():
    assert _events("Veterans gathered in Brisk on Sunday to mark 70 years since the battle for the bridge.") == []
    assert _events("Twenty years since the massacre in Brisk, a new school opened there on Monday.") == []
    # the act told beside it is still news
    assert _events("Ten years since the massacre, gunmen attacked Brisk, Ghana again on Monday, killing two traders.")


def test_an_act_only_played_out_in_a_drill_is_no_incident():
    assert _events("Police in Brisk staged a mock bomb attack at the mall on Sunday as part of a drill.") == []
    assert _events("Soldiers in Brisk took part in a simulated ambush on Monday to train new recruits.") == []
    # a disguise is no play: the act done with it is real
    assert _events("Gunmen wearing fake army uniforms killed four traders in Brisk, Ghana on Monday.")


def test_a_thing_executed_in_the_passive_is_carried_out():
    assert _events("The eviction order was executed by bailiffs in Brisk on Monday.") == []
    assert _events("A court ruling that was swiftly executed on Monday closed two mills in Brisk.") == []
    # people executed stay executions, whatever plan the sentence names before them
    events = _events("Under a plan drawn up by the rebels, five prisoners were executed in Brisk, Ghana on Monday.")
    assert events and events[0]["fatalities"] == 5
    # the thing named after a preposition is no subject: those sentenced under it were executed
    events = _events("On Monday, six prisoners sentenced under the wartime decree were executed in Brisk, Ghana.")
    assert events and events[0]["fatalities"] == 6


def test_attack_as_the_first_word_of_a_compound_is_no_assault():
    assert _events("The mayor of Brisk hit back on Monday at a wave of attack ads paid for by her rival.") == []
    assert _events("A neighbour's attack dog mauled a postman in Brisk on Monday.") == []
    assert _events("Gunmen carried out an attack on a bus in Brisk, Ghana on Monday, killing two.")


def test_coming_under_fire_after_a_rise_or_a_thing_said_is_criticism():
    assert _events("The Brisk health minister came under fire on Tuesday after waiting lists doubled.") == []
    # after a move, it is gunfire
    assert _events("A patrol came under fire after leaving its base near Brisk, Ghana on Monday, and two soldiers "
                   "were wounded.")


def test_a_shot_described_as_one_at_goal_is_no_shooting():
    assert _events("Okoro's curling shot from the edge of the box won the match for Brisk City on Saturday.") == []
    assert _events("Brisk Rovers went ahead when Adu fired a low shot past the keeper on Sunday.") == []
    assert _events("On Monday in Brisk, Ghana, a gunman shot a trader in the head.")


def test_an_act_dated_before_1800_is_history():
    assert _events("Rebels stormed the castle of Brisk in 1746 and burned its gate.") == []
    assert _events("In 1746 rebels stormed the castle of Brisk.") == []
    # a bare number of that size is a count
    assert _events("On Monday, 1500 protesters stormed the town hall in Brisk, Ghana.")


def test_killed_it_with_no_one_killed_is_a_success():
    assert _events("The Brisk choir killed it at the regional finals on Sunday, the judges said.") == []
    assert _events("Rapper Kofi Dade said he killed it on stage in Brisk on Friday.") == []
    assert _events("On Monday in Brisk, Ghana, gunmen killed four farmers.")


def test_a_fight_or_attack_beside_a_games_score_is_a_contest():
    assert _events("Brisk Town beat Harbourside 3-2 on Saturday. Both teams fought for every ball in the rain.") == []
    assert _events("Brisk City lost 2-0 at home on Sunday after the visitors attacked down the left.") == []
    # an armed group named makes it violence, score or not
    events = _events("Brisk Town beat Harbourside 3-2 on Saturday. Militants attacked a police post in Brisk, Ghana "
                     "on Monday.")
    assert [e["event_type"] for e in events] == ["Battles"]
    # a range of things lost is no score: the attack stands
    events = _events("On Monday, herders in Brisk, Ghana lost 30-40 goats when their village was attacked at night.")
    assert [e["sub_event_type"] for e in events] == ["Attack"]


def test_a_games_score_with_an_en_dash_is_a_contest():
    assert _events("Brisk Rovers met the Harbourside side on Saturday and beat them 3–1 in front of 4,000 fans.") == []
    events = _events("On Monday, herders in Brisk, Ghana lost 30–40 goats when their village was attacked at night.")
    assert [e["sub_event_type"] for e in events] == ["Attack"]


@pytest.mark.parametrize("text", [
    "Strong winds cut down power lines across Wexbury on Tuesday, leaving 3,200 homes without electricity.",
    "On Tuesday, a tornado destroyed 27 homes and a school near Marlow Falls.",
    "Fallen trees cut down telephone masts along the coast road near Dunmere on Sunday.",
])
def test_weather_that_brings_down_property_is_no_destruction(text):
    assert _events(text) == []


def test_people_who_cut_down_power_lines_still_destroy_property():
    events = _events("On Tuesday, gunmen cut down power lines near a mine outside Kirkuk.")
    assert [e["sub_event_type"] for e in events] == ["Looting/property destruction"]


def test_an_act_played_out_is_a_noun_of_a_drill_not_a_verb_after_a_fake_thing():
    # a drill: nothing happened
    assert _events("On Monday, rangers staged a mock hostage-taking at the ferry terminal in Dunmere in a drill.") == []
    # killers in fake uniforms, a bombing at a training school: real violence
    events = _events("On Monday, gunmen wearing fake uniforms killed 3 policemen near Kirkuk.")
    assert events and events[0]["fatalities"] == 3
    events = _events("On Monday, the army training school bombing in Kirkuk killed 17 cadets.")
    assert events and events[0]["event_type"] == "Explosions/Remote violence"
