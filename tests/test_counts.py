"""Tolls as news writes them, counted the way ACLED and the GTD code them (invented sentences)."""

from __future__ import annotations

import re

import pytest
from conftest import one_event

import eventwatch


def _toll(text: str, field: str = "fatalities") -> int | None:
    return one_event(text, "2019-06-30")[field]


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, Turkish airstrikes killed or injured 9 PKK militants in the Qandil region of Erbil.",
         "fatalities", None),
        ("On June 3, an IED killed and injured 4 soldiers near Baiji in Salahuddin province.", "fatalities", 2),
        ("On June 3, 6 PMF fighters were wounded or killed in an IS ambush near Shirqat.", "fatalities", None),
        ("On June 3, Turkish jets killed, incapacitated or captured 11 PKK militants near Zakho.", "fatalities", None),
        ("On June 3, gunmen shot a judge outside his home in Kut, Wasit, wounding him.", "fatalities", None),
        ("On June 3, gunmen killed him as well as wounding two guards near Amarah.", "fatalities", 1),
        ("On June 3, the PMF killed all the militants inside a vehicle near Tikrit.",
         "fatalities", 3),
        ("On June 3, 2 policemen and a PMF fighter were killed in an IS attack in Yathrib town.", "fatalities", 3),
        ("On June 3, an explosion in Kirkuk left 2 civilians killed and 4 others injured.", "injured", 4),
        ("On June 3, gunmen kidnapped a group of 12 shepherds near Rutba in Anbar province.", "kidnapped", 12),
        ("On June 3, police arrested 50 demonstrators who blocked a road in Hilla.", "arrested", 50),
        ("On June 3, an 18-year-old woman was killed by Iranian shelling in Sidakan district.", "fatalities", 1),
        ("On June 3, army helicopters killed 7 suspected Islamic State cell members near Baiji.", "fatalities", 7),
        ("On June 3, Turkish shelling of PKK hideouts near Sidakan caused five fatalities among the militants.",
         "fatalities", 5),
        # a bare count of more people, told after others
        ("On June 3, gunmen shot dead three more near Tuz Khurmatu.", "fatalities", 3),
        ("On June 3, militants killed a soldier and wounded four more during a raid near Hit.", "injured", 4),
        # a relative clause or qualifier between the count and its passive verb
        ("On June 3, 4 farmers from Albu Ajeel who had gone to tend their orchards were killed by a landmine near "
         "Tikrit.", "fatalities", 4),
        ("On June 3, 5 members of an IS cell responsible for planting roadside bombs along the Baiji road were "
         "killed in an army raid.", "fatalities", 5),
    ],
)
def test_tolls(text, field, expected):
    assert _toll(text, field) == expected


def test_every_toll_span_points_at_its_words():
    for text in ("Assailants shot and killed Ahmad Karimi, the district governor, in Kunduz, Afghanistan.",
                 "On June 3, Iraqi airstrikes near Hamrin lake killed an IS leader and his two companions."):
        result = eventwatch.extract(text, published="2019-06-30")
        (event,) = result["events"]
        span = event["evidence"]["fatalities"]
        assert text[span["start"] : span["end"]] == span["text"]
    assert _toll("On June 3, Iraqi airstrikes near Hamrin lake killed an IS leader and his two companions.") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Sept 14, IS militants burned four homes and killed many buffalo in a village near Khanaqin.", None),
        ("On Oct 2, army units shot a local IS commander and 4 of his aides dead in the Makhoul hills.", 5),
        ("On Oct 20, 2 IS members were killed by the Federal Police near Kirkuk. One policeman was also killed.", 3),
        ("On Oct 4, police broke up a sit-in in Kut and in total 4 people were killed (among them "
         "2 police officers).", 4),
        ("On July 31, Daesh fighters hit a police post outside Tikrit, leaving a policeman dead.", 1),
        ("On Sept 9, a coalition airstrike hit a hideout in the Makhoul mountains, killing a group leader and two "
         "militants inside.", 3),
        ("On Aug 10, a French soldier along with his Iraqi driver were killed by IS gunfire in Kirkuk province.", 2),
        ("On Dec 7, masked men shot and injured 2 traffic policemen in Khanaqin.", None),
        ("On Dec 25, a roadside bomb wounded 4 farmers near Tikrit while they were burying neighbours killed "
         "in a prior attack.", None),
        ("On Apr 6, federal police fought Daesh fighters near Tharthar lake, killing Abu Hamza (a local emir).", 1),
    ],
)
def test_tolls_in_context(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assailants opened fire on a nurse in Herat, Afghanistan. The nurse was killed in the attack.", 1),
        ("Assailants attacked the home of Musa Okafor in Enugu, Nigeria. Okafor was killed in the assault.", 1),
        ("Gunmen shot and killed a Criminal Investigation Department (CID) officer in Kandahar, Afghanistan.", 1),
        ("Gunmen attacked a bus in Zamfara, Nigeria. At least six people, including two police officers and a "
         "nurse, were killed in the attack.", 6),
        ("Gunmen attacked a checkpoint in Kunar, Afghanistan. Three soldiers, identified as Ahmad Wali, Gul "
         "Agha and Rahim Jan, were killed in the attack.", 3),
        ("Gunmen attacked a post in Kunar, Afghanistan. Four assailants and three soldiers, including a "
         "captain, were killed and two others were injured.", 7),
        ("Assailants opened fire on a guard in Herat, Afghanistan. The guard was wounded; nobody was killed.", None),
    ],
)
def test_singular_subjects_asides_and_acronyms(text, expected):
    assert _toll(text) == expected


def _gtd_toll(text: str, field: str = "fatalities") -> int | None:
    events = eventwatch.extract(text, published="2021-04-12")["events"]
    best = max(events, key=lambda e: e["confidence"])
    return best[field]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count after a comma opens the next clause
        ("Gunmen attacked a police post in Okigwe, Imo, Nigeria. Four officers were killed, two officers were "
         "injured, and a patrol car was burned.", 4),
        # passive chains: "were shot and killed", "before being shot and killed"
        ("Gunmen seized a trader and his son from their shop in Tumaco, Narino, Colombia. The two men were shot "
         "and killed hours later.", 2),
        ("Militants stormed a brick kiln in Jalalabad, Nangarhar, Afghanistan. Five labourers were lined up "
         "before being shot and killed in the attack.", 5),
        # one more before or after the count
        ("Militants attacked an army camp near Monguno, Borno, Nigeria. A captain and three soldiers were killed "
         "in the ensuing clash.", 4),
        ("Gunmen opened fire on a funeral in Zurmat district, Paktia, Afghanistan. Gul Rahman, a local elder, "
         "and two assailants were killed in the attack.", 3),
        ("Gunmen executed the chief of a hamlet and three men close to him in Bankass, Mopti, Mali.", 4),
        ("Gunmen opened fire and killed a tax clerk in Monywa, Sagaing, Myanmar.", 1),
        ("Gunmen shot and killed al-Hadi al-Mansuri, a tribal sheikh, in Lawdar district, Abyan, Yemen.", 1),
        # a later sentence that points back at the incident holds its toll
        ("Militants attacked an outpost in Jaghatu district, Wardak, Afghanistan. Six militants were killed "
         "and two others were wounded in the subsequent clashes and airstrikes.", 6),
        ("Gunmen opened fire on farmers in Kouka, Sahel, Burkina Faso. At least 9 people were killed in the "
         "assault. This was one of three related attacks in this area on the same day. At least four people "
         "were abducted across all three incidents.", 9),
        # a later sentence's "N other ... were killed" adds to the first toll, past a bracketed list of names
        ("Gunmen shot and killed Musa Danjuma, a ward councillor, in Kagoro, Kaduna, Nigeria. Three other relatives "
         "(Ali Danjuma, Hauwa Danjuma and Sani Danjuma) were killed in the attack.", 4),
        # a plain execution is a killing
        ("Gunmen executed three soldiers near Kidal, Mali.", 3),
        # the assailant killed too, told after the toll ("also" says he is not one of them; "in addition to")
        ("Gunmen opened fire on a checkpoint in Khasavyurt, Dagestan, Russia. Two police officers were killed; the "
         "gunman was also killed by return fire.", 3),
        ("A suicide bomber blew himself up at a police station in Chaman, Balochistan, Pakistan. Four police "
         "officers were killed in the blast, in addition to the bomber.", 5),
        # an organisation spelled out before its acronym stands between "a" and the one killed
        ("Gunmen shot and killed a local Inkatha Freedom Party (IFP) ward councillor in Pietermaritzburg, "
         "KwaZulu-Natal, South Africa.", 1),
    ],
)
def test_gtd_tolls(text, expected):
    assert _gtd_toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen abducted Ramon Ortiz Vega, a former village councillor, and his son from their farm near Tame, "
         "Arauca, Colombia.", 2),
        ("Gunmen kidnapped Sule Adamu and his wife in Kuje, Abuja, Nigeria.", 2),
        ("Gunmen kidnapped Sule Adamu and his grandson in Kuje, Abuja, Nigeria.", 2),
        ("Militants abducted and later killed Ravi Kumar Netam in Kondagaon, Chhattisgarh, India.", 1),
        ("Gunmen hijacked a minibus carrying 18 passengers near Kandahar, Afghanistan.", 18),
        # sentences that point back at the incident add its hostages
        ("Gunmen raided Kasiya village in Ituri, Democratic Republic of the Congo. At least 9 people were taken "
         "hostage in the attack.", 9),
        ("Gunmen stopped a bus and abducted seven travellers near Okene, Kogi, Nigeria. Three of the hostages were "
         "injured and later rescued by soldiers on May 2, 2021.", 7),
        ("Militants attacked Mafa district, Borno, Nigeria. The village head was abducted and his fate is unknown.", 1),
        ("Gunmen abducted a herbalist in Kafanchan, Kaduna, Nigeria.", 1),
        # the executed are hostages only where the words say they were held; the beheaded were in the killers' hands
        ("Militants executed a village chief and two of his guards in Tessit, Gao, Mali.", None),
        ("Gunmen executed three soldiers near Kidal, Mali.", None),
        ("Militants executed the three hostages they held near Kidal, Mali.", 3),
        ("Militants executed two of the prisoners they held near Kidal, Mali.", 2),
        ("Four captives were later executed by militants near Kidal, Mali.", 4),
        ("Militants abducted and later executed two traders near Kidal, Mali.", 2),
        ("Militants beheaded two farmers near Kidal, Mali.", 2),
        ("Gunmen stormed a brick kiln in Surkh Rod, Nangarhar, Afghanistan. Five labourers were blindfolded and then "
         "shot dead.", 5),
        ("A gunman shot a guard outside a bank in Ghent, Belgium. He then fled into a bakery, holding two "
         "employees hostage until police stormed it.", 2),
        # one person named before a clause whose subject is the captors: the clause tells that one's kidnapping
        ("Militants shot dead a pharmacist whom they had abducted near Tillaberi, Niger, in March.", 1),
        ("Soldiers freed a nurse the kidnappers had abducted in Kankara, Katsina, Nigeria.", 1),
        ("Gunmen released a cattle rancher whom they had abducted near Tame, Arauca, Colombia.", 1),
        ("Police arrested a man who had kidnapped a girl in Kankara, Katsina, Nigeria.", None),
        # a later sentence's "in addition" adds its hostages to the first figure
        ("Gunmen stormed a school in Gusau, Zamfara, Nigeria. At least 12 pupils were taken hostage during the raid. "
         "In addition, three teachers were abducted by the gunmen as they withdrew.", 15),
        # those who gave themselves up to the attackers are in their hands; attackers who gave up to police are not
        ("Gunmen stormed a police station in Darazo, Bauchi, Nigeria. In the fighting, 23 officers, including a "
         "deputy superintendent, surrendered to the assailants. The hostages were freed the next day.", 23),
        ("Gunmen stormed a police station in Darazo, Bauchi, Nigeria. Two of the gunmen later surrendered to the "
         "police.", None),
    ],
)
def test_gtd_hostages(text, expected):
    assert _gtd_toll(text, "kidnapped") == expected


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, gunmen ambushed a patrol near Tuz Khurmatu. Three soldiers were killed, and a shepherd "
         "was injured by stray bullets.", "injured", 1),
        ("On June 3, a bomb exploded beside a minibus near Samarra. Four riders were killed and another "
         "rider was wounded.", "injured", 1),
        ("On June 3, a roadside bomb hit a car near Baiji. Two engineers were wounded, and the driver was "
         "killed.", "fatalities", 1),
        ("On June 3, an IS ambush hit a convoy near Tarmiyah. Three drivers were killed, and another was wounded.",
         "injured", 1),
        # a list: one, a count and another
        ("On June 3, gunmen fired on a car near Kut. A guard, two policemen, and another gunman were injured.",
         "injured", 4),
        # the beaten are wounded; troops "beaten back" are not
        ("On June 3, gunmen abducted a judge near Kut. The judge was beaten before being freed.", "injured", 1),
        ("On June 3, IS attacked an army post near Tarmiyah but was beaten back.", "injured", None),
        # a force's name of four capitalised words between the count and its members
        ("On June 3, IS attacked a post near Tarmiyah. Three Tarmiyah Tribal Mobilisation Force members were "
         "killed.", "fatalities", 3),
        ("On June 3, a gunman stabbed and injured a guard at a gate in Kirkuk. Three more guards were wounded before "
         "police arrived.", "injured", 4),
        ("On June 3, a car bomb hit a market in Tuz. 2 people were killed and 6 more injured.", "injured", 6),
        # a count with its own verb after "and" is the next clause's toll, not more dead
        ("On June 3, PKK fighters killed 2 Turkish soldiers and four others were injured near Zakho.", "fatalities", 2),
        ("On June 3, Turkish drones killed 5 PKK militants and 1 was captured near Sidakan.", "fatalities", 5),
    ],
)
def test_a_count_belongs_to_its_own_clause(text, field, expected):
    assert _toll(text, field) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, gunmen shot dead the mayor of Sulaiman Bek, his wife and two sons in their home.", 4),
        ("On June 3, a drone strike near Hatra killed a local IS leader (Abu Omar) and two of his aides.", 3),
        ("On June 3, a teacher was killed along with his son when a bomb exploded near Baiji.", 2),
        ("On June 3, mortar fire hit a farm near Tuz Khurmatu, killing him and his brother.", 2),
        ("On June 3, gunmen stormed a house in Mishkhab and killed his cousin.", 1),
        ("On June 3, a drone hit a car carrying two IS couriers near Rutba; both of them were killed.", 2),
        ("On June 3, gunmen ambushed a police car near Hit, which resulted in the killing of the detainee.", 1),
        # an aside names the same person again; others in the next clause are not the dead
        ("On June 3, gunmen shot and killed Omar Hadi, the son of a tribal leader, in Basra city.", 1),
        ("On June 3, a farmer was killed and four other villagers were wounded when a mine exploded near Khanaqin.", 1),
    ],
)
def test_victims_listed_after_the_first(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, army helicopters struck a hideout near Hamrin, killing a number of IS militants.", 3),
        ("On June 3, the PMF ambushed a pickup near Baiji, killing and injuring a number of the gunmen in it.", 3),
        ("On June 3, a roadside bomb hit an army truck near Tarmiyah, killing and injuring all inside.", 3),
        ("On June 3, the army repelled an IS attack near Rutba, killing an unknown number of the attackers.", 3),
        ("On June 3, the army burned an IS pickup near Rutba, killing all militants onboard.", 3),
    ],
)
def test_an_unknown_plural_toll_is_three(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the militants" killed are those counted before in the sentence
        ("On June 3, army jets struck a pickup carrying 4 IS militants near Rutba, killing all the militants.", 4),
        ("On June 3, the PMF ambushed six IS fighters crossing from Syria near Qaim, killing the fighters.", 6),
    ],
)
def test_the_group_killed_is_the_group_counted(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a count of vehicles or boats is no count of the people in them: the toll stays unknown
        "On May 9, soldiers destroyed 6 cars carrying fighters near Dorvan, killing all the fighters.",
        "On May 9, soldiers destroyed 7 vehicles carrying militants near Dorvan, killing all the militants.",
        "On May 9, the navy sank 5 boats with smugglers off Dorvan and killed all of them.",
        "On May 9, troops struck 8 trucks loaded with fighters near Dorvan, killing them all.",
    ],
)
def test_a_count_of_vehicles_is_no_toll(text):
    assert _toll(text) == 3


def test_a_thing_word_before_the_persons_keeps_their_count():
    assert _toll("On May 9, gunmen ambushed 5 truck drivers near Dorvan, killing them all.") == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, clashes in Amarah resulted in the killing of 3 and the wounding of 12 tribesmen.", 3),
        ("On June 3, a tribal feud in Maysan resulted in the killing of 2 of the tribal militiamen.", 2),
        ("On June 3, gunmen stormed a sheikh's farm near Tarmiyah; the raid ended in the killing of him and "
         "3 of his sons.", 4),
        # "N killed and wounded" before the verb is halved like "killed and wounded N"
        ("On June 3, 12 soldiers were killed and wounded in fighting with the PKK near Zakho.", 6),
    ],
)
def test_killing_of_and_halved_tolls(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an explicit marker ("also", "others", "as well as") joins a second toll to the first
        ("On May 9, the army repelled an attack near Shirqat, killing 3 attackers; also 2 policemen were killed in "
         "the fighting.", 5),
        ("On May 9, the PMF killed 4 IS members near Tuz, they also raided a farm and killed 2 militants hiding "
         "there.", 6),
        ("On May 9, an IS sniper killed 2 soldiers near Makhmur and 1 shepherd was also killed.", 3),
        ("On May 9, a car bomb killed 6 civilians in Tuz market while a second blast killed 3 others nearby.", 9),
        ("On May 9, gunmen attacked a checkpoint near Tarmiyah. 2 soldiers were killed at the gate. Another 3 were "
         "killed in a second ambush nearby.", 5),
        ("On May 9, gunmen killed 2 soldiers at a checkpoint near Dibis and a shepherd was killed by stray fire.", 3),
        # without a marker, or where the second figure is a side's claim, nothing is added
        ("On May 9, 3 soldiers were killed near Sinjar and 4 others were injured.", 3),
        ("On May 9, 3 soldiers were killed near Zakho. The PKK also claims 20 soldiers died in the clash.", 3),
    ],
)
def test_tolls_joined_by_an_addition_marker(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ACLED takes the most conservative figure: a confirmed toll caps a claimed or unclear one
        ("On May 9, the PKK attacked an army post near Sidakan. The HPG said 12 soldiers were killed in the attack "
         "but the defence ministry confirmed two deaths.", 2),
        ("On May 9, Turkish jets struck PKK positions near Zakho, killing, wounding or capturing 8 militants. "
         "A PKK statement later confirmed 3 fatalities.", 3),
        ("On May 9, Turkish drones hit PKK hideouts near Amadiya. 6 militants were killed or injured. "
         "The PKK confirmed 1 fatality.", 1),
    ],
)
def test_a_confirmed_toll_caps_the_claimed_one(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On May 9, the governor of Wasit province was shot and killed outside his office.", 1),
        ("On May 9, gunmen killed tribal sheikh Karim Jabbar Fadhil near Kut.", 1),
    ],
)
def test_a_titled_victim_is_one(text, expected):
    assert _toll(text) == expected


def test_an_added_toll_keeps_its_span():
    text = "On May 9, an IS sniper killed 2 soldiers near Makhmur and 1 shepherd was also killed."
    event = one_event(text, "2019-06-30")
    span = event["evidence"]["fatalities.added"]
    assert text[span["start"] : span["end"]] == span["text"] == "1 shepherd was also killed"



@pytest.mark.parametrize(
    "text",
    [
        # deaths told as the background of another event are not its toll
        "On June 3, rioters burned the office of a party in Kut. This comes after guards shot and killed 4 protesters "
        "at the office.",
        "On June 3, tribesmen stormed and burned a police station in Amarah after one of their sons was killed the "
        "day before in Kut.",
        "On June 3, residents of Samawah burned tires, following the death of a boy in a hospital fire.",
        "On June 3, soldiers reached a village near Tuz after IS militants raided it earlier and killed three farmers.",
        "On June 3, hundreds of protesters, angry and mourning the militiamen killed by US airstrikes 3 days prior, "
        "stormed a consulate in Basra.",
    ],
)
def test_deaths_in_the_background_are_no_toll(text):
    events = eventwatch.extract(text, published="2019-06-30")["events"]
    assert events and all(e["fatalities"] is None for e in events)


def test_a_lone_claim_is_the_toll():
    # with no other figure in the report, ACLED records the toll a side claims
    text = "On June 3, PKK fighters claimed to have killed 12 Turkish soldiers in the Zap region of Dahuk."
    assert _toll(text) == 12


def test_an_unknown_number_of_hostages_is_no_count():
    # the GTD codes an unknown number of hostages as unknown (-99), not as one
    text = "Gunmen abducted an unknown number of travellers near Birnin Gwari, Kaduna, Nigeria."
    assert _gtd_toll(text, "kidnapped") is None


def test_a_sentence_naming_protesters_tells_the_toll_of_the_violence_it_continues():
    text = "On June 3, protesters in Kut were fired upon by riot police. 1 protester was killed and 30 were injured."
    events = eventwatch.extract(text, published="2019-06-30")["events"]
    assert [e["fatalities"] for e in events] == [1]


@pytest.mark.parametrize("text", [
    "A bomb exploded near the car of Salim Bin-Harith in Lahij, Yemen. Bin-Harith, the head of the district water "
    "board, was injured in the blast.",
    "Gunmen broke into a farmhouse near Omagh, Northern Ireland. The farmer was shot in the arm and injured in the "
    "attack.",
])
def test_one_named_or_shot_victim_is_one_wounded(text):
    assert _toll(text, "injured") == 1


def test_a_count_told_as_a_list_of_singulars_is_the_toll():
    text = ("A grenade exploded at a market in Bannu, Pakistan. Two people, a police guard and a village elder "
            "(Gul Zaman), were injured in the blast.")
    assert _toll(text, "injured") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a victim who later died of the wounds told is a death
        ("On June 3, gunmen shot a teacher outside a school in Kut, and he died of his wounds in hospital.", 1),
        ("On June 3, a shopkeeper was stabbed by robbers in Hilla and succumbed to her injuries two days later.", 1),
        ("On June 3, gunmen shot a teacher outside a school in Kut, wounding him.", None),
        # a death told as the reason for the act is an earlier event's
        ("On June 3, police arrested two men in Kut after a guard who was shot last week died of his wounds.", None),
    ],
)
def test_a_victim_who_died_of_the_wounds_is_a_death(text, expected):
    assert _toll(text) == expected


def test_one_of_the_wounded_who_died_is_no_longer_wounded():
    # the GTD counts the dead among the killed and only the living among the wounded (nwound)
    for text in ("On June 3, gunmen attacked a checkpoint near Kut. Two policemen were wounded; one of them "
                 "later died of his wounds.",
                 "On June 3, a bomb went off near a bakery in Kut, wounding two men. One of them died of his "
                 "wounds in hospital."):
        assert (_toll(text), _toll(text, "injured")) == (1, 1)
        event = eventwatch.extract(text, published="2019-06-30")["events"][0]
        assert "died of his wounds" in event["evidence"]["injured.died"]["text"]


@pytest.mark.parametrize("text", [
    "Gunmen shot a guard outside a bank in Kandahar, Afghanistan. He was wounded and later died of his wounds.",
    "Gunmen shot a guard outside a bank in Kandahar, Afghanistan. The guard was wounded and later succumbed to his "
    "injuries.",
    "Gunmen shot and wounded a guard outside a bank in Kandahar, Afghanistan. He later died in hospital.",
])
def test_a_victim_counted_dead_who_was_wounded_first_is_not_also_wounded(text):
    # the GTD: a person who died is in nkill only, not in nwound as well
    assert (_gtd_toll(text), _gtd_toll(text, "injured")) == (1, 0)
    event = eventwatch.extract(text, published="2021-06-30")["events"][0]
    assert re.search(r"\b(?:died|succumbed)\b", event["evidence"]["injured.died"]["text"])


@pytest.mark.parametrize(("text", "wounded"), [
    ("Gunmen killed a soldier in Kandahar, Afghanistan. A guard was wounded and later died of his wounds.", 0),
    ("Gunmen killed a soldier in Kandahar, Afghanistan. Two guards were wounded; one of them later died of his "
     "wounds.", 1),
])
def test_a_wounded_victim_who_died_after_others_were_counted_dead_adds_a_death(text, wounded):
    assert (_gtd_toll(text), _gtd_toll(text, "injured")) == (2, wounded)
    event = eventwatch.extract(text, published="2021-06-30")["events"][0]
    assert event["evidence"]["fatalities.died"]["text"].endswith("died of his wounds")


def test_a_victim_and_one_companion_are_two():
    assert _toll("On June 3, gunmen killed a shop owner and his son outside their home in Kut.") == 2
    assert _toll("On June 3, gunmen killed a shop owner and his two sons outside their home in Kut.") == 3


def test_them_after_one_person_and_a_companion_counts_two():
    assert _toll("On June 3, gunmen fired on a policeman who was driving with his son near Tikrit, killing them.") == 2


def test_a_specialist_and_one_of_his_guards_are_two():
    assert _toll("On June 3, a Daesh bomb specialist and one of his guards were killed by soldiers near Hit.") == 2


def test_a_victim_who_died_of_wounds_other_than_the_wounded_leaves_them():
    text = ("On June 3, a teacher was shot by gunmen near Kut and another man with him was wounded; "
            "the teacher succumbed to his injuries on Tuesday.")
    assert (_toll(text), _toll(text, "injured")) == (1, 1)


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, a suicide bomber blew himself up at a mosque in Kut, killing 14 worshippers.", "fatalities", 14),
        ("On June 3, a rocket hit a wedding tent near Kut, killing 9 guests.", "fatalities", 9),
        ("On June 3, a car bomb on a busy street in Kut killed 3 pedestrians.", "fatalities", 3),
        ("On June 3, gunmen abducted 25 schoolgirls from a school near Kut.", "kidnapped", 25),
        ("On June 3, a shootout between police and robbers near Kut left two robbers dead.", "fatalities", 2),
        ("On June 3, unknown gunmen shot dead a shopkeeper in Kut.", "fatalities", 1),
    ],
)
def test_people_named_by_what_they_were_doing_are_victims(text, field, expected):
    assert _toll(text, field) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, a man was stabbed to death by unknown assailants in Kut.", 1),
        ("On June 3, a policeman was beaten to death by a crowd in Kut.", 1),
        ("On June 3, assailants stabbed a police officer to death near Kut.", 1),
        ("On June 3, gunmen stabbed two shepherds to death near Kut.", 2),
        ("On June 3, a bomb stuck under a car exploded in Kut, killing its driver.", 1),
    ],
)
def test_a_killing_told_without_a_count_is_one_death(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    "text",
    ["On June 3, the bodies of three men bearing gunshot wounds were found in an orchard near Kut.",
     "On June 3, two shepherds died of wounds from a landmine blast near Kut."],
)
def test_wounds_of_the_dead_are_no_wounded(text):
    assert _toll(text, "injured") is None


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, a car bomb killed at least 6 people and wounded 19 in the main market of Kut.", "injured", 19),
        ("On June 3, clashes between two clans killed 4 tribesmen and injured 12 near Kut.", "injured", 12),
        ("On June 3, a mortar barrage on Kut killed 5 near the old market.", "fatalities", 5),
    ],
)
def test_a_bare_count_before_a_place_or_time_is_people(text, field, expected):
    assert _toll(text, field) == expected


def test_an_aside_that_counts_the_same_people_again_adds_none():
    assert _toll("On June 3, gunmen shot dead two brothers, both teachers, near Kut.") == 2


def test_an_unknown_number_killed_is_the_unknown_plural():
    assert _toll("On June 3, an unknown number of herders were killed by an airstrike near Kut.") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, a truck bomb went off near a bus station in Kut, claiming at least 17 lives.", 17),
        ("On June 3, a truck bomb went off near a bus station in Kut; the death toll rose to 23.", 23),
        ("On June 3, a truck bomb went off near a bus station in Kut, but quick work by medics saved 40 lives.", None),
    ],
)
def test_a_toll_told_as_lives_or_a_death_toll(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("noun", ["captives", "abductees", "hostages"])
def test_held_people_put_to_death_are_the_killed_as_well_as_the_taken(noun):
    text = f"Four {noun} were later executed by militants near Kidal, Mali."
    assert (_gtd_toll(text), _gtd_toll(text, "kidnapped")) == (4, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, a man and his three sons were killed when a shell hit their farm near Kut.", 4),
        ("On June 3, a suicide bomber killed himself and 6 policemen at a checkpoint near Kut.", 7),
    ],
)
def test_one_named_beside_a_count_adds_one(text, expected):
    assert _toll(text) == expected


def test_a_part_of_the_count_told_after_a_comma_adds_none():
    assert _toll("On June 3, a rocket killed 4 people, three of them women, near Kut.") == 4


def test_another_after_a_harm_verb_is_one_more_person():
    text = "On June 3, a roadside bomb near Kut killed three soldiers and wounded another."
    assert (_toll(text), _toll(text, "injured")) == (3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # a later sentence whose only harm word is no trigger ("hurt", "hospitalized", "suffered injuries") still
    # tells the wounded of the incident just told
    ("Assailants beat a teacher outside a school in Bukavu, South Kivu. The teacher was hospitalized with "
     "injuries.", 1),
    ("Gunmen attacked a police post near Garissa, Kenya. A police officer was hurt.", 1),
    ("Gunmen stormed a bank in Arequipa, Peru. Two guards suffered gunshot injuries.", 2),
    ("Gunmen fired on a bus near Kisumu, Kenya, and a passenger sustained bullet wounds.", 1),
    # a denial is no wounded
    ("Gunmen stormed a bank in Arequipa, Peru. No one was hurt.", None),
    ("Gunmen stormed a bank in Arequipa, Peru. The guard was not hurt.", None),
    # a denial after the wound's words denies something else
    ("Gunmen opened fire on a market in Tacna, Peru. Three traders were hurt, none of them seriously.", 3),
    ("Gunmen opened fire on a market in Tacna, Peru. Two traders were hospitalized but are not in danger.", 2),
    # a place or a day after "but" is where the wounded went, no scene of their own
    ("Gunmen opened fire on a market in Tacna, Peru. Two others were hurt but were flown to hospital in Lima.", 2),
    ("Gunmen opened fire on a market in Tacna, Peru. Two others were hurt but were sent home on Friday.", 2),
])
def test_a_wound_told_after_the_incident_in_words_no_trigger_names(text, expected):
    assert _toll(text, "injured") == expected


def test_hospitalised_people_are_wounded_and_custody_is_arrest():
    assert _toll("On June 3, 7 men were hospitalised after a bomb went off near a mosque in Kut.", "injured") == 7
    assert _toll("On June 3, soldiers raided a house near Kut, killing one militant and taking 3 others into custody.",
                 "arrested") == 3


def test_a_count_inside_an_including_aside_is_no_addend_of_the_next_toll():
    text = ("On June 3, gunmen stormed a hall in Kut. At least 6 people were killed, including 2 gunmen, "
            "and 9 others were wounded.")
    assert (_toll(text), _toll(text, "injured")) == (6, 9)


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, gunmen killed 3 soldiers and a civilian near Kut.", "fatalities", 4),
        ("On June 3, gunmen kidnapped 2 engineers and their driver near Kut.", "kidnapped", 3),
        # whose staff the counted are, told between the count and the one more
        ("On June 3, gunmen kidnapped 2 engineers of a Turkish firm and their driver near Kut.", "kidnapped", 3),
        ("On June 3, gunmen killed four guards of the oil company and a passer-by near Kut.", "fatalities", 5),
    ],
)
def test_one_more_person_after_a_count(text, field, expected):
    assert _toll(text, field) == expected


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, gunmen killed 3 soldiers and a civilian was wounded near Kut.", "injured", 1),
        ("On June 3, militants abducted 4 teachers and a guard was killed near Kut.", "fatalities", 1),
    ],
)
def test_the_object_of_one_harm_verb_is_not_the_toll_of_the_next(text, field, expected):
    assert _toll(text, field) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, gunmen shot two guards at a bank in Kut, one of whom later died.", 1),
        ("On June 3, a bus carrying 12 pilgrims hit a landmine near Kut, three of whom were killed.", 3),
    ],
)
def test_the_part_of_a_count_that_died(text, expected):
    assert _toll(text) == expected


def test_a_victim_listed_with_their_counted_children():
    assert _toll("On June 3, gunmen shot and killed a teacher, his wife, and their two sons near Kut.") == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, gunmen shot dead a baker near Kut.", 1),
        ("On June 3, gunmen assassinated a former MP in Kut.", 1),
    ],
)
def test_whoever_a_killing_verb_takes_is_one_person(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, gunmen killed two guards, a nurse and a driver at a clinic near Kut.", 4),
        ("On June 3, gunmen killed two men, a father and his son, at a farm near Kut.", 2),
    ],
)
def test_people_listed_one_by_one_after_a_count(text, expected):
    assert _toll(text) == expected


def test_one_arrested_person_named_by_the_is_one():
    assert _toll("On June 3, police arrested the alleged leader of an IS cell in Kut.", "arrested") == 1


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, gunmen kidnapped two Chinese nationals near Kut.", "kidnapped", 2),
        ("On June 3, gunmen killed 5 Christians in a village near Kut.", "fatalities", 5),
        ("On June 3, a blast killed 2 occupants of a car near Kut.", "fatalities", 2),
    ],
)
def test_people_named_by_where_they_live_or_what_they_believe(text, field, expected):
    assert _toll(text, field) == expected


def test_a_priest_and_two_seminarians_are_three_hostages():
    assert _toll("On June 3, gunmen abducted a priest and two seminarians near Kut.", "kidnapped") == 3


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, a guard was shot dead and his colleague wounded at a gate in Kut.", "injured", 1),
        ("On June 3, a bomber blew himself up at a checkpoint near Kut, killing three police officers and the bomber.",
         "fatalities", 4),
    ],
)
def test_one_more_told_in_a_short_form(text, field, expected):
    assert _toll(text, field) == expected


def test_assailants_killed_in_a_later_sentence_add_to_the_toll():
    text = "Assailants attacked a church in Kut, Iraq, killing 9 worshippers. Four assailants were killed by guards."
    assert _gtd_toll(text) == 13


def test_taken_captive_is_kidnapped():
    text = "On June 3, IS militants killed a farmer near Kut and 3 shepherds were taken captive."
    assert _toll(text, "kidnapped") == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On June 3, gunmen ambushed two guards near Kut, killing the two.", 2),
        ("On June 3, the pair were shot dead by unknown gunmen in Kut.", 2),
        ("On June 3, a drone strike hit a pickup near Kut, killing everyone on board.", 3),
    ],
)
def test_the_two_the_pair_and_everyone(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, 3 people were killed, 9 others injured and 2 missing after a blast in Kut.", "fatalities", 3),
        ("On June 3, police fired at a crowd in Kut, leaving 6 protesters killed and injuring 40 people.",
         "fatalities", 6),
    ],
)
def test_a_count_of_the_next_clause_is_not_this_one(text, field, expected):
    assert _toll(text, field) == expected


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        ("On June 3, the body of a 40-year-old man was found with gunshot wounds in Kut.", "fatalities", 1),
        ("On June 3, gunmen attacked a checkpoint near Kut; a soldier was killed and another injured.", "injured", 1),
    ],
)
def test_one_body_and_another_injured(text, field, expected):
    assert _toll(text, field) == expected


def test_one_critically_wounded_is_one():
    assert _toll("On June 3, a guard was critically wounded by a sniper near Kut.", "injured") == 1


def test_two_named_victims_are_two():
    assert _toll("On June 3, gunmen shot dead Omar Hadi and Saad Karim near Kut.") == 2


def test_people_lynched_by_a_crowd_are_killed():
    assert _toll("On June 3, a crowd lynched two men accused of theft in Kut.") == 2


def test_people_stabbed_and_not_killed_are_wounded():
    assert _toll("On June 3, masked men stabbed 3 students near a market in Kut.", "injured") == 3
    text = "On June 3, gunmen stabbed and killed 2 men in Kut."
    assert (_toll(text), _toll(text, "injured")) == (2, None)


def test_the_owner_named_by_a_possessive_is_one():
    assert _toll("On June 3, a bomb went off under a car in Kut, killing the car's owner.") == 1


def test_one_person_told_dying_is_one_death():
    # "died" has no object: the one person before it is the toll
    assert _toll("On June 3, gunmen attacked a checkpoint near Kut, and a soldier died.") == 1
    assert _toll("On June 3, IS attacked a checkpoint near Kut; an injured policeman later died.") == 1


def test_stabbed_to_death_with_the_victim_between_is_no_wound():
    text = "On June 3, gunmen stabbed a shopkeeper to death in Kut."
    assert (_toll(text), _toll(text, "injured")) == (1, None)


@pytest.mark.parametrize("text", [
    "On June 3, Zagros rebels shot a drone of the Vardan forces near Keshmar.",
    "On June 3, a helicopter of the Vardan forces was shot near Keshmar by Zagros rebels.",
    "On June 3, Zagros rebels shot a police vehicle of the Vardan forces near Keshmar.",
])
def test_a_thing_shot_is_no_one_hurt(text):
    events = eventwatch.extract(text, published="2019-06-30")["events"]
    assert all(not e["injured"] and not e["fatalities"] for e in events)


def test_a_person_named_by_a_thing_noun_is_still_hurt():
    assert _toll("On June 3, gunmen shot a bus driver near Keshmar.", "injured") == 1


def test_a_person_and_any_kin_killed_together_are_two():
    # every kin word counts.KIN_ONE knows pairs one person with another before "killing them"
    assert _toll("On June 3, gunmen fired on a herder who was walking with his cousin near Kut, killing them.") == 2


def test_counts_of_any_kin_joined_by_and_add_up():
    # every counts.FAMILY word is a person noun ("uncles" as well as "nephews")
    assert _toll("On June 3, gunmen killed 2 uncles and 3 nephews of a tribal sheikh in Kut.") == 5


@pytest.mark.parametrize(("text", "expected"), [
    ("A bomb went off at a bus stop in Gao, Mali. Six travellers and the bomber were killed.", 7),
    ("A bomb went off at a bus stop in Gao, Mali. The attacker and two guards were killed.", 3),
    ("Gunmen raided a farm near Jos, Nigeria. Two herders and the driver were killed.", 3),
])
def test_the_one_named_beside_a_count_is_one_more(text, expected):
    # the GTD counts the assailant among the dead: "N victims and the bomber" is N + 1
    assert one_event(text, "2021-03-02", first=True)["fatalities"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen opened fire on a mine-clearing team near Kunduz, Afghanistan. Six deminers were killed.", 6),
    ("Gunmen shot dead three vaccinators in Mardan, Pakistan.", 3),
])
def test_deminers_and_vaccinators_are_people_counted(text, expected):
    assert one_event(text, "2021-03-02", first=True)["fatalities"] == expected


@pytest.mark.parametrize("text", [
    "Gunmen shot and killed Mayor Ramon Tolentino of Bayugan as he left a meeting in Agusan del Sur, Philippines.",
    "Gunmen shot dead councillor Amos Kiprono as he walked home in Eldoret, Kenya.",
])
def test_a_titled_name_followed_by_of_or_as_is_one_dead(text):
    assert one_event(text, "2021-03-02", first=True)["fatalities"] == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen raided a border post near Mandera, Kenya. Four guards were killed; a fifth guard died of his "
     "wounds in hospital.", 5),
    ("A bomb tore through a bus in Kano, Nigeria. Two passengers died at the scene and a third passenger later "
     "died in hospital.", 3),
])
def test_an_ordinal_death_continues_the_toll(text, expected):
    assert one_event(text, "2021-03-02", first=True)["fatalities"] == expected


def test_a_list_of_single_people_killed_counts_each_of_them():
    found = eventwatch.extract("Gunmen ambushed a car near Baidoa, Bay, Somalia, killing the district judge, his son "
                               "and the driver.", published="2021-03-02")["events"]
    assert found[0]["fatalities"] == 3


@pytest.mark.parametrize(("text", "dead"), [
    ("Café owner shot dead in Kano on Monday, police said.", 1),
    ("Police chief killed in Kandahar blast on Monday.", 1),
    ("Soldier killed in Borno ambush on Tuesday.", 1),
    # not a headline's victim: the soldier is the one who killed, and the two are the toll
    ("The soldier killed two civilians in Kano on Monday.", 2),
    # plural with no number: no count to give
    ("Soldiers killed in Borno ambush on Tuesday.", None),
])
def test_a_headlines_bare_singular_victim_is_one_dead(text, dead):
    # headlines leave out "was" and the article: "Cafe owner shot dead" still tells of one person killed
    event = eventwatch.extract(text, published="2024-03-06")["events"][0]
    assert event["fatalities"] == dead
    if dead == 1:
        assert event["evidence"]["fatalities"]["text"].endswith(("shot dead", "killed"))


@pytest.mark.parametrize("text", [
    "Gunmen killed the magistrate, his wife and their driver near Quetta on Monday, police said.",
    "A bomb killed the prosecutor, his escort and a passer-by in Peshawar on Monday.",
])
def test_a_list_of_single_people_headed_by_a_title_counts_each(text):
    assert _toll(text) == 3


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("A bomb went off at a market in Tarvo on Monday, killing a shopkeeper, a policeman and two children.",
     "fatalities", 4),
    ("A mine exploded near Kelm on Monday, wounding the owner of a shop, a soldier and 5 farmers.", "injured", 7),
])
def test_single_people_listed_then_a_count_of_more_counts_all(text, field, expected):
    assert _toll(text, field) == expected


def _spelled(pattern: str) -> set[str]:
    """Every string a finite regular expression of literals, classes, groups, alternatives and
    optional parts matches."""
    from re import _constants as C  # noqa: N812
    from re import _parser

    def seq(items) -> set[str]:
        out = {""}
        for op, av in items:
            if op is C.LITERAL:
                forms = {chr(av)}
            elif op is C.IN:
                forms = {chr(v) for o, v in av if o is C.LITERAL}
            elif op is C.SUBPATTERN:
                forms = seq(av[-1])
            elif op is C.BRANCH:
                forms = set().union(*(seq(b) for b in av[1]))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[1] <= 1:
                forms = {""} | seq(av[2]) if av[0] == 0 else seq(av[2])
            else:
                raise ValueError(op)
            out = {a + b for a in out for b in forms}
        return out

    return seq(_parser.parse(pattern))


def test_every_unarmed_victim_a_beating_is_aimed_at_is_a_person_a_count_is_told_of():
    """The trigger's unarmed victims are chosen from the count's people: a word added there alone
    would make a beating whose victims are never counted."""
    from eventwatch.annotate.triggers import UNARMED_VICTIM
    from eventwatch.extract.counts import PERSON_NOUN

    words = _spelled(UNARMED_VICTIM)
    assert {"voters", "cameraman", "worshipers", "health workers"} <= words
    person = re.compile(rf"(?:[\w-]+ )?{PERSON_NOUN}", re.IGNORECASE)
    assert sorted(w for w in words if not person.fullmatch(w)) == []
    assert _toll("On June 3, gunmen shot dead three voters outside a polling station in Kisoro.") == 3


@pytest.mark.parametrize("after", ["They had been shot.", "He had been shot twice in the chest.",
                                   "She was shot in the head."])
def test_a_pronoun_shot_after_a_killing_is_the_dead_not_a_wound(after):
    # how the dead died, told in a sentence of its own: no one wounded
    text = f"Unknown gunmen killed two traders near Morvani town on Tuesday, police said. {after}"
    assert (_toll(text), _toll(text, "injured")) == (2, None)


def test_others_shot_after_a_killing_are_wounded():
    text = "Unknown gunmen killed a trader near Morvani town on Tuesday. Two guards were shot and taken to hospital."
    assert (_toll(text), _toll(text, "injured")) == (1, 2)


@pytest.mark.parametrize(("text", "dead"), [
    ("On June 3, gunmen killed three watchmen at a warehouse in Kano, Nigeria.", 3),
    ("On June 3, gunmen killed two cleaners and a nanny at a house in Kano, Nigeria.", 3),
])
def test_a_households_staff_are_counted(text, dead):
    # (one list of household staff, shared with gtd.HOUSEHOLD_NOUN)
    assert _toll(text) == dead


def test_the_hurt_told_before_but_and_an_act_of_its_own_are_the_incident_just_told():
    events = eventwatch.extract("Gunmen shot dead two herders in Isiolo, Kenya on Friday. Four others were hurt but "
                                "police arrested one gunman.", published="2023-05-06")["events"]
    assert [(e["sub_event_type"], e["injured"]) for e in events] == [("Attack", 4), ("Arrests", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("On May 6, guerrillas clashed with troops near Tame; 4 soldiers and 2 dissidents were killed.", 6),
    ("On May 6, Maoists ambushed a police patrol near Sukma, leaving 3 jawans and 2 cadres dead.", 5),
])
def test_the_dead_of_both_sides_named_by_their_movement_add_up(text: str, expected: int) -> None:
    # "dissidents", "cadres", "jawans": the fighters of movements and forces abroad are people a toll counts
    assert eventwatch.extract(text, published="2021-06-30")["events"][0]["fatalities"] == expected


@pytest.mark.parametrize(
    ("text", "field", "expected"),
    [
        # "no one" counts nobody: its "one" is no person harmed
        ("On June 3, gunmen opened fire on a minibus near Kelmo, Wasit. No one was injured.", "injured", None),
        ("On June 3, gunmen opened fire on a minibus near Kelmo, Wasit. No one was killed.", "fatalities", None),
        # a count after "but" belongs to the clause after it
        ("On June 3, gunmen opened fire on a minibus near Kelmo, Wasit. No one was killed but one passenger was "
         "injured.", "fatalities", None),
        ("On June 3, gunmen opened fire on a minibus near Kelmo, Wasit. No one was killed but one passenger was "
         "injured.", "injured", 1),
    ],
)
def test_no_one_harmed_counts_nobody(text: str, field: str, expected: int | None) -> None:
    assert _toll(text, field) == expected


@pytest.mark.parametrize(
    "told",
    ["The victim suffered broken legs.", "The man sustained fractures.", "The victim suffered serious injuries."],
)
def test_one_wounded_told_by_the_harm_to_the_body(told: str) -> None:
    # a wound told as the harm done ("broken legs", "fractures") and the one person called "the victim"
    assert _toll(f"On June 3, assailants beat a journalist in Kut, Wasit, Iraq. {told}", "injured") == 1


def test_one_hurt_named_by_a_possessive_after_a_named_dead() -> None:
    # "X was killed and his driver was injured": the driver is one wounded
    text = ("On June 3, a bomb exploded under the car of Omar Talib in Kut, Wasit. Talib was killed and his driver "
            "was injured.")
    assert (_toll(text), _toll(text, "injured")) == (1, 1)


@pytest.mark.parametrize(("tail", "dead", "injured"), [
    ("the killing of 4 herders and the injury of a boy", 4, 1),
    ("the killing of 5 traders and the injury of two boys", 5, 2),
    ("the killing of 4 herders and the son of a farmer", 5, None),
])
def test_a_harm_noun_after_a_toll_is_another_toll_not_one_more_dead(tail, dead, injured):
    # "and the injury of a boy": the boy was hurt, he is no fifth death
    event = one_event(f"On June 3, gunmen opened fire on a minibus near Korvane, resulting in {tail}.", "2019-06-30")
    assert (event["fatalities"], event["injured"]) == (dead, injured)


def test_a_wound_from_a_fall_is_no_toll_but_one_from_what_fell_is():
    text = "On June 3, gunmen attacked a checkpoint near Korvane. A guard was hospitalised after a fall while fleeing."
    assert one_event(text, "2019-06-30")["injured"] is None
    text = "On June 3, a drone was downed over Korvane and two farmers were injured by falling shrapnel."
    assert one_event(text, "2019-06-30")["injured"] == 2
    # a crash someone drove into them is the attack
    text = "On June 3, five guards were injured when a suicide bomber crashed a van into a depot near Korvane."
    assert one_event(text, "2019-06-30")["injured"] == 5


@pytest.mark.parametrize(("told", "dead"), [
    ("On June 3, hundreds marched in Korvane to denounce the killing of a herder. "
     "Police fired on the demonstrators.", None),
    ("On June 3, hundreds protested in Korvane over the killing of two herders, "
     "and police fired on the crowd, killing one.", 1),
])
def test_the_killing_a_crowd_protests_is_no_toll_of_the_force_used_on_it(told, dead):
    assert one_event(told, "2019-06-30", first=True)["fatalities"] == dead


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("On June 3, gunmen threw a grenade into a bar in Korvane. Four patrons were killed.", "fatalities", 4),
    ("On June 3, gunmen shot dead a councillor in Korvane. Three of his aides were wounded.", "injured", 3),
])
def test_patrons_and_aides_are_people_counted(text, field, expected):
    assert _toll(text, field) == expected


@pytest.mark.parametrize(("told", "dead"), [
    ("In addition to the two assailants, four soldiers were killed in the blast.", 6),
    ("In addition to the assailant, four soldiers were killed in the blast.", 5),
])
def test_assailants_added_to_a_toll_count_once(told, dead):
    # "in addition to the two assailants, four soldiers": two plus four, not a list read twice
    assert _toll(f"On June 3, two suicide bombers detonated a car bomb at a checkpoint near Korvane. {told}") == dead


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A death from illness or age told beside the toll is no one's violence: not part of it.
        ("Bandits killed 6 herders near Gusau on Friday, and another died of a heart attack.", 6),
        ("Bandits killed 6 herders near Gusau on Friday and another man later died from a stroke.", 6),
        # One more who died of the attack's wounds is part of it.
        ("Bandits killed 6 herders near Gusau on Friday and another died of his wounds.", 7),
    ],
)
def test_a_natural_death_beside_a_toll_adds_nothing(text, expected):
    assert _toll(text) == expected


@pytest.mark.parametrize("text", [
    "On Friday, gunmen shot dead Tariq Noorani in Sukkur, Sindh.",
    "On Friday, two gunmen gunned down Tariq Noorani outside his shop in Sukkur, Sindh.",
    "On Friday, attackers hacked to death Tariq Noorani, a local trader, in Sukkur, Sindh.",
])
def test_a_named_victim_after_any_killing_verb_is_one_dead(text):
    # the victim named right after the verb is one dead; the killers counted before it are not the dead
    assert _toll(text) == 1, text


def test_devotees_hurt_are_counted():
    assert _toll("On Sunday a bomb exploded at a temple in Sylhet, injuring four devotees.", "injured") == 4


def test_burns_suffered_are_wounds_and_a_principal_is_one_taken():
    assert _toll("On Sunday a man threw acid at two women in Lahore. Both women suffered burns.", "injured") == 2
    assert _toll("On Sunday gunmen kidnapped a school principal and four teachers in Bamenda.", "kidnapped") == 5


@pytest.mark.parametrize(
    ("text", "killed", "kidnapped"),
    [
        # the hostages counted, told dead later as a whole: the GTD's nkill counts them
        ("Gunmen abducted six road workers near Kilwa, Lindi, Tanzania. All of them were later killed.", 6, 6),
        ("Gunmen abducted four traders near Kilwa, Lindi, Tanzania. The hostages were found dead days later.", 4, 4),
        ("Gunmen abducted two herders near Kilwa, Lindi, Tanzania. Both were later executed.", 2, 2),
        ("Gunmen abducted a surveyor near Kilwa, Lindi, Tanzania. He was later killed.", 1, 1),
        # (one dead of several taken is no whole: the count is not theirs)
        ("Gunmen abducted five traders near Kilwa, Lindi, Tanzania. He was later killed.", None, 5),
        ("Gunmen abducted two herders near Kilwa, Lindi, Tanzania. They were released a day later.", None, 2),
        # one person and a companion at work: two hostages
        ("Gunmen kidnapped a Japanese national and his translator near Kilwa, Lindi, Tanzania.", None, 2),
    ],
)
def test_hostages_later_killed_count_as_dead(text, killed, kidnapped):
    assert (_gtd_toll(text), _gtd_toll(text, "kidnapped")) == (killed, kidnapped)
