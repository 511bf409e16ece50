"""ACLED's codebook, sub-event type by sub-event type, in invented ACLED-note-style sentences set
outside Iraq (the development data's country): each case names the event and sub-event type, the
two interaction codes (0 where ACLED leaves actor 2 empty) and the fatalities it should read.

Battles are symmetric in ACLED (either side may be actor 1), so their codes are compared as a pair.
"""

from __future__ import annotations

import pytest

import eventwatch
from eventwatch.evaluate.acled import clean_notes, same_place_name, same_province

B, E, V, P, R, S = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                    "Strategic developments")

# (text, event_type, sub_event_type, inter1, inter2, fatalities); an inter code of None is left unchecked
# where the codebook does not settle who actor 1 is (a mass grave found)
CASES: list[tuple[str, str, str, int | None, int, int]] = [
    # --- Battles: Armed clash
    ("On 4 May 2021, Al-Shabaab militants clashed with Somali army soldiers in Qoryoley, killing 6 soldiers.",
     B, "Armed clash", 2, 1, 6),
    ("On 9 May 2021, Taliban fighters attacked an Afghan army checkpoint in Nad Ali district, Helmand; "
     "4 soldiers and 7 Taliban were killed in the fighting.", B, "Armed clash", 2, 1, 11),
    ("On 11 May 2021, fighting broke out between the Kachin Independence Army and the Myanmar military "
     "near Hpakant. 3 soldiers were killed.", B, "Armed clash", 2, 1, 3),
    ("On 13 May 2021, Nigerian troops repelled an attack by ISWAP fighters on their base in Damasak, "
     "killing 15 insurgents.", B, "Armed clash", 1, 2, 15),
    ("On 17 May 2021, gunmen exchanged fire with police officers at a checkpoint in Zamora, Michoacan. "
     "2 police officers were killed.", B, "Armed clash", 3, 1, 2),
    # --- Battles: Government regains territory
    ("On 2 June 2021, Somali army forces recaptured the town of Bulo Fulay from Al-Shabaab militants after "
     "heavy fighting, killing 8 militants.", B, "Government regains territory", 1, 2, 8),
    ("On 6 June 2021, Afghan security forces retook control of Dand-e-Ghori district from the Taliban.",
     B, "Government regains territory", 1, 2, 0),
    ("On 8 June 2021, Malian soldiers regained control of the town of Boni from JNIM militants.",
     B, "Government regains territory", 1, 2, 0),
    # --- Battles: Non-state actor overtakes territory
    ("On 21 June 2021, Taliban fighters captured the district centre of Qaisar after clashes with Afghan "
     "forces; 5 soldiers were killed.", B, "Non-state actor overtakes territory", 2, 1, 5),
    ("On 23 June 2021, Al-Shabaab militants seized control of the town of Amara after government troops "
     "withdrew following an attack.", B, "Non-state actor overtakes territory", 2, 1, 0),
    ("On 25 June 2021, JNIM militants took over the village of Dinangourou after fighting with Malian soldiers.",
     B, "Non-state actor overtakes territory", 2, 1, 0),
    # --- Explosions: Chemical weapon
    ("On 7 April 2021, Syrian regime helicopters dropped barrels containing chlorine gas on Kafr Zeita, "
     "Hama; 14 civilians suffered from suffocation.", E, "Chemical weapon", 1, 7, 0),
    ("On 9 April 2021, Syrian government forces carried out a chemical attack with sarin on Latamna, "
     "killing 3 civilians.", E, "Chemical weapon", 1, 7, 3),
    ("On 10 April 2021, regime forces fired rockets loaded with toxic gas at Saraqib, wounding 9 civilians.",
     E, "Chemical weapon", 1, 7, 0),
    # --- Explosions: Air/drone strike
    ("On 1 March 2021, Russian warplanes carried out airstrikes on Maarat Misrin, Idlib, killing 4 civilians.",
     E, "Air/drone strike", 8, 7, 4),
    ("On 3 March 2021, Saudi-led coalition aircraft struck a market in Majz, Saada, killing 7 civilians.",
     E, "Air/drone strike", 8, 7, 7),
    ("On 5 March 2021, a US drone strike killed 3 Al-Shabaab militants near Jilib, Middle Juba.",
     E, "Air/drone strike", 8, 2, 3),
    ("On 7 March 2021, Nigerian Air Force jets bombed Boko Haram positions in Sambisa forest, Borno, "
     "killing 12 insurgents.", E, "Air/drone strike", 1, 2, 12),
    ("On 9 March 2021, Myanmar military jets carried out airstrikes on villages near Dwe Lo, Kayin, "
     "killing 2 civilians.", E, "Air/drone strike", 1, 7, 2),
    # --- Explosions: Suicide bomb
    ("On 14 March 2021, a suicide bomber blew himself up at a police checkpoint in Kabul city, killing "
     "himself and 4 police officers.", E, "Suicide bomb", 3, 1, 5),
    ("On 16 March 2021, an Al-Shabaab suicide car bomb exploded outside a restaurant in Mogadishu, killing "
     "9 civilians.", E, "Suicide bomb", 2, 7, 9),
    ("On 18 March 2021, two female suicide bombers detonated their explosive vests at a market in "
     "Konduga, Borno, killing 6 civilians.", E, "Suicide bomb", 3, 7, 6),
    # --- Explosions: Shelling/artillery/missile attack
    ("On 2 April 2021, Syrian regime forces shelled the town of Ariha, Idlib, killing 2 civilians.",
     E, "Shelling/artillery/missile attack", 1, 7, 2),
    ("On 4 April 2021, Al-Shabaab militants fired mortar shells at an AMISOM base in Baledogle, Lower Shabelle.",
     E, "Shelling/artillery/missile attack", 2, 8, 0),
    ("On 6 April 2021, Houthi forces fired a ballistic missile at a residential area in Marib city, "
     "killing 5 civilians.", E, "Shelling/artillery/missile attack", 2, 7, 5),
    ("On 8 April 2021, separatist forces shelled positions of the Ukrainian army near Avdiivka, Donetsk, "
     "wounding 3 soldiers.", E, "Shelling/artillery/missile attack", 2, 1, 0),
    # --- Explosions: Remote explosive/landmine/IED
    ("On 12 April 2021, a roadside bomb struck a Malian army convoy near Gossi, Timbuktu, killing 3 soldiers.",
     E, "Remote explosive/landmine/IED", 3, 1, 3),
    ("On 14 April 2021, an IED planted by Al-Shabaab exploded near a minibus in Afgoye, killing 4 civilians.",
     E, "Remote explosive/landmine/IED", 2, 7, 4),
    ("On 16 April 2021, a magnetic bomb attached to a car exploded in Kabul city, wounding 2 civilians.",
     E, "Remote explosive/landmine/IED", 3, 7, 0),
    ("On 18 April 2021, a landmine planted by Houthi forces killed 2 children in Hays district, Hodeidah.",
     E, "Remote explosive/landmine/IED", 2, 7, 2),
    # --- Explosions: Grenade
    ("On 20 April 2021, unidentified men threw a hand grenade at a shop in Srinagar, wounding 3 civilians.",
     E, "Grenade", 3, 7, 0),
    ("On 22 April 2021, militants hurled a grenade at a CRPF patrol in Pulwama, injuring 2 personnel.",
     E, "Grenade", 3, 1, 0),
    ("On 24 April 2021, unknown assailants threw a grenade into a bar in Kisumu, killing one civilian.",
     E, "Grenade", 3, 7, 1),
    # --- Violence against civilians: Sexual violence
    ("On 2 May 2021, soldiers raped two women in the village of Ngar, Borno.", V, "Sexual violence", 1, 7, 0),
    ("On 4 May 2021, gunmen abducted and raped a teenage girl in Gusau, Zamfara.", V, "Sexual violence", 3, 7, 0),
    ("On 6 May 2021, Al-Shabaab militants sexually assaulted a woman in Jowhar, Middle Shabelle.",
     V, "Sexual violence", 2, 7, 0),
    # --- Violence against civilians: Attack
    ("On 8 May 2021, gunmen killed 5 villagers in Kadisau, Zamfara.", V, "Attack", 3, 7, 5),
    ("On 10 May 2021, Boko Haram militants killed 7 farmers working in their fields near Mafa, Borno.",
     V, "Attack", 2, 7, 7),
    ("On 12 May 2021, unidentified gunmen shot dead a journalist in Culiacan, Sinaloa.", V, "Attack", 3, 7, 1),
    ("On 14 May 2021, Myanmar soldiers beat a shopkeeper to death in Monywa, Sagaing.", V, "Attack", 1, 7, 1),
    # --- Violence against civilians: Abduction/forced disappearance
    ("On 16 May 2021, gunmen abducted 20 students from a school in Kagara, Niger state.",
     V, "Abduction/forced disappearance", 3, 7, 0),
    ("On 18 May 2021, Houthi forces abducted 3 civilians from their homes in Dhamar city.",
     V, "Abduction/forced disappearance", 2, 7, 0),
    ("On 20 May 2021, Taliban fighters kidnapped 6 passengers from a bus on the highway near Ghazni.",
     V, "Abduction/forced disappearance", 2, 7, 0),
    # --- Protests: Peaceful protest
    ("On 1 June 2021, hundreds of teachers demonstrated in front of the governor's office in Kano, "
     "demanding unpaid salaries.", P, "Peaceful protest", 6, 0, 0),
    ("On 3 June 2021, dozens of farmers protested in Amritsar, Punjab against the new agricultural laws.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 5 June 2021, residents of Taiz staged a sit-in demanding the reopening of the city's roads.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 7 June 2021, several hundred people marched in Mandalay to denounce the military coup.",
     P, "Peaceful protest", 6, 0, 0),
    # --- Protests: Protest with intervention
    ("On 9 June 2021, police fired tear gas to disperse protesters in Lagos who were demonstrating "
     "against police brutality.", P, "Protest with intervention", 6, 1, 0),
    ("On 11 June 2021, security forces dispersed a demonstration of students in Bamako and arrested 10 protesters.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 13 June 2021, police used water cannons against protesters in Dhaka.",
     P, "Protest with intervention", 6, 1, 0),
    # --- Protests: Excessive force against protesters
    ("On 15 June 2021, security forces opened fire on protesters in Yangon, killing 4.",
     P, "Excessive force against protesters", 6, 1, 4),
    ("On 17 June 2021, soldiers fired live ammunition at demonstrators in Khartoum, killing 2 protesters.",
     P, "Excessive force against protesters", 6, 1, 2),
    ("On 19 June 2021, police shot dead a protester during a demonstration in Nairobi.",
     P, "Excessive force against protesters", 6, 1, 1),
    # --- Riots: Violent demonstration
    ("On 21 June 2021, rioters burned tyres and threw stones at police in Nairobi.",
     R, "Violent demonstration", 5, 1, 0),
    ("On 23 June 2021, angry protesters set fire to a police station in Kaduna after a man died in custody.",
     R, "Violent demonstration", 5, 1, 0),
    ("On 25 June 2021, demonstrators stormed the offices of the electoral commission in Bamako and vandalized them.",
     R, "Violent demonstration", 5, 0, 0),
    # --- Riots: Mob violence
    ("On 27 June 2021, a mob lynched a man accused of theft in Kano.", R, "Mob violence", 5, 7, 1),
    ("On 28 June 2021, an angry mob beat to death two suspected kidnappers in Puebla.", R, "Mob violence", 5, 7, 2),
    ("On 29 June 2021, villagers attacked and burned the house of a man accused of witchcraft in Jharkhand.",
     R, "Mob violence", 5, 7, 0),
    # --- Strategic developments: Agreement
    ("On 1 February 2021, the government of Yemen and the Houthis agreed to a prisoner exchange.",
     S, "Agreement", 1, 2, 0),
    ("On 3 February 2021, the Taliban and the Afghan government signed a ceasefire agreement in Kabul.",
     S, "Agreement", 2, 1, 0),
    ("On 5 February 2021, the Malian government and JNIM agreed to a local ceasefire in Farabougou.",
     S, "Agreement", 1, 2, 0),
    # --- Strategic developments: Arrests
    ("On 7 February 2021, police arrested 12 suspected Al-Shabaab members in Baidoa.", S, "Arrests", 1, 2, 0),
    ("On 9 February 2021, Afghan security forces detained 4 Taliban members in Kunduz city.", S, "Arrests", 1, 2, 0),
    ("On 11 February 2021, Myanmar police arrested a journalist in Yangon.", S, "Arrests", 1, 7, 0),
    # --- Strategic developments: Change to group/activity
    ("On 13 February 2021, the Nigerian army deployed additional troops to Maiduguri.",
     S, "Change to group/activity", 1, 0, 0),
    ("On 15 February 2021, the government imposed a curfew in Jos, Plateau.", S, "Change to group/activity", 1, 0, 0),
    ("On 17 February 2021, French forces withdrew from their base in Kidal.", S, "Change to group/activity", 8, 0, 0),
    # --- Strategic developments: Disrupted weapons use
    ("On 19 February 2021, Somali soldiers defused an IED planted by Al-Shabaab on the road near Afgoye.",
     S, "Disrupted weapons use", 1, 2, 0),
    ("On 21 February 2021, Saudi air defences intercepted an explosives-laden drone launched by the Houthis "
     "over Saada.", S, "Disrupted weapons use", 8, 2, 0),
    ("On 23 February 2021, Malian soldiers discovered a weapons cache belonging to JNIM near Douentza.",
     S, "Disrupted weapons use", 1, 2, 0),
    # --- Strategic developments: Headquarters or base established
    ("On 25 February 2021, Al-Shabaab militants established a new base in the village of Buqda, Hiraan.",
     S, "Headquarters or base established", 2, 0, 0),
    ("On 27 February 2021, the Taliban set up a headquarters in Chahar Dara district, Kunduz.",
     S, "Headquarters or base established", 2, 0, 0),
    ("On 28 February 2021, JNIM militants set up a camp near Boulkessi, Mopti.",
     S, "Headquarters or base established", 2, 0, 0),
    # --- Strategic developments: Looting/property destruction
    ("On 2 January 2021, Boko Haram militants looted shops and burned houses in Kirawa, Borno.",
     S, "Looting/property destruction", 2, 7, 0),
    ("On 4 January 2021, Myanmar soldiers torched 30 houses in Kinma village, Magway.",
     S, "Looting/property destruction", 1, 7, 0),
    ("On 6 January 2021, gunmen burned down a school in Jalalabad.", S, "Looting/property destruction", 3, 7, 0),
    # --- Strategic developments: Non-violent transfer of territory
    ("On 8 January 2021, the Taliban took control of Bala Murghab district after government forces withdrew "
     "without a fight.", S, "Non-violent transfer of territory", 2, 1, 0),
    ("On 10 January 2021, government forces handed over the town of Tabqa to SDF fighters without resistance.",
     S, "Non-violent transfer of territory", 2, 1, 0),
    ("On 12 January 2021, Al-Shabaab militants entered the town of Moqokori without resistance after the "
     "Somali army withdrew.", S, "Non-violent transfer of territory", 2, 1, 0),
    # --- Strategic developments: Other
    ("On 14 January 2021, a mass grave containing 20 bodies was discovered in Ras al-Ain.", S, "Other", None, 7, 0),
    ("On 16 January 2021, the governor of Kandahar province resigned from his post.", S, "Other", 1, 0, 0),
    ("On 18 January 2021, a shepherd was killed when an old landmine left over from the civil war exploded "
     "near Malakal.", S, "Other", 8, 7, 1),
    # --- a second round, one or two more per sub-event type, in more countries
    ("On 3 July 2021, ADF rebels clashed with FARDC soldiers near Oicha, Beni territory; 4 soldiers were killed.",
     B, "Armed clash", 2, 1, 4),
    ("On 5 July 2021, Ansarul Islam militants ambushed a Burkinabe army patrol near Djibo, killing 11 soldiers.",
     B, "Armed clash", 2, 1, 11),
    ("On 7 July 2021, ELN guerrillas and Colombian army troops exchanged fire in Arauca; one soldier died.",
     B, "Armed clash", 2, 1, 1),
    ("On 9 July 2021, Abu Sayyaf militants fought with Philippine marines in Patikul, Sulu, leaving 3 marines dead.",
     B, "Armed clash", 2, 1, 3),
    ("On 11 July 2021, Ethiopian forces recaptured the town of Shewa Robit from TPLF fighters.",
     B, "Government regains territory", 1, 2, 0),
    ("On 13 July 2021, Mozambican troops retook the port town of Mocimboa da Praia from Islamic State militants.",
     B, "Government regains territory", 1, 2, 0),
    ("On 15 July 2021, M23 rebels seized the town of Bunagana after fierce fighting with the Congolese army.",
     B, "Non-state actor overtakes territory", 2, 1, 0),
    ("On 17 July 2021, TPLF forces overran the town of Lalibela, Amhara, after clashes with Ethiopian troops.",
     B, "Non-state actor overtakes territory", 2, 1, 0),
    ("On 19 July 2021, a chemical attack by government forces on Douma killed 12 civilians.",
     E, "Chemical weapon", 1, 7, 12),
    ("On 21 July 2021, Israeli aircraft struck a house in Khan Younis, Gaza, killing 3 civilians.",
     E, "Air/drone strike", 8, 7, 3),
    ("On 23 July 2021, a Pakistani military drone strike killed 2 TTP militants in North Waziristan.",
     E, "Air/drone strike", 1, 2, 2),
    ("On 25 July 2021, Ethiopian Air Force jets bombed a market in Togoga, Tigray, killing 51 civilians.",
     E, "Air/drone strike", 1, 7, 51),
    ("On 27 July 2021, a suicide bomber attacked a mosque in Peshawar during Friday prayers, killing 30 worshippers.",
     E, "Suicide bomb", 3, 7, 30),
    ("On 29 July 2021, an ISWAP suicide bomber detonated explosives at a military base in Monguno, killing 2 soldiers.",
     E, "Suicide bomb", 2, 1, 2),
    ("On 31 July 2021, Russian forces fired rockets at a residential area in Kharkiv, killing 6 civilians.",
     E, "Shelling/artillery/missile attack", 8, 7, 6),
    ("On 2 August 2021, Azerbaijani artillery shelled Armenian positions near Sotk, wounding 2 soldiers.",
     E, "Shelling/artillery/missile attack", 8, 1, 0),
    ("On 4 August 2021, Taliban fighters fired mortars at an Afghan army base in Badghis.",
     E, "Shelling/artillery/missile attack", 2, 1, 0),
    ("On 6 August 2021, a landmine exploded under a truck near Boni, killing 5 passengers.",
     E, "Remote explosive/landmine/IED", 3, 7, 5),
    ("On 8 August 2021, a car bomb exploded outside a police station in Mogadishu, killing 4 police officers.",
     E, "Remote explosive/landmine/IED", 3, 1, 4),
    ("On 10 August 2021, a sticky bomb attached to a government vehicle exploded in Kabul, killing a "
     "government official.",
     E, "Remote explosive/landmine/IED", 3, 7, 1),
    ("On 12 August 2021, an unidentified attacker threw a grenade at a police post in Bujumbura, wounding 2 policemen.",
     E, "Grenade", 3, 1, 0),
    ("On 14 August 2021, soldiers gang-raped a woman at a checkpoint in Mekelle, Tigray.",
     V, "Sexual violence", 1, 7, 0),
    ("On 16 August 2021, two girls were raped by armed men near Goma.",
     V, "Sexual violence", 3, 7, 0),
    ("On 18 August 2021, gunmen shot dead a village chief in Tillaberi.",
     V, "Attack", 3, 7, 1),
    ("On 20 August 2021, bandits attacked the village of Zurmi, killing 17 residents.",
     V, "Attack", 3, 7, 17),
    ("On 22 August 2021, ISCAP militants hacked 9 civilians to death with machetes in Beni.",
     V, "Attack", 2, 7, 9),
    ("On 24 August 2021, armed men kidnapped a Catholic priest from his parish in Enugu.",
     V, "Abduction/forced disappearance", 3, 7, 0),
    ("On 26 August 2021, Al-Shabaab militants abducted 5 truck drivers on the road to Beledweyne.",
     V, "Abduction/forced disappearance", 2, 7, 0),
    ("On 28 August 2021, thousands of people rallied in Colombo to demand the resignation of the president.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 30 August 2021, nurses went on strike and protested outside the health ministry in Nairobi over "
     "unpaid allowances.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 1 September 2021, police arrested 23 protesters during an opposition rally in Kampala.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 3 September 2021, police fired rubber bullets to disperse demonstrators in Santiago.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 5 September 2021, soldiers shot dead 3 protesters during a demonstration against the junta in Monywa.",
     P, "Excessive force against protesters", 6, 1, 3),
    ("On 7 September 2021, rioters looted shops and set vehicles on fire in Durban.",
     R, "Mob violence", 5, 7, 0),
    ("On 9 September 2021, protesters clashed with police and threw stones in Dakar; 2 protesters were killed.",
     R, "Violent demonstration", 5, 1, 2),
    ("On 11 September 2021, a mob set fire to a man suspected of blasphemy in Sialkot, killing him.",
     R, "Mob violence", 5, 7, 1),
    ("On 13 September 2021, the Sudanese government and the SPLM-N signed a peace agreement in Khartoum.",
     S, "Agreement", 1, 2, 0),
    ("On 15 September 2021, Kenyan police arrested 3 suspected Al-Shabaab militants in Garissa.",
     S, "Arrests", 1, 2, 0),
    ("On 17 September 2021, Indian security forces arrested 2 Maoists in Dantewada.",
     S, "Arrests", 1, 2, 0),
    ("On 19 September 2021, the Nigerian army deployed troops to Zamfara state.",
     S, "Change to group/activity", 1, 0, 0),
    ("On 21 September 2021, Kenyan troops defused a roadside bomb near Mandera.",
     S, "Disrupted weapons use", 1, 3, 0),
    ("On 23 September 2021, Nigerian troops seized weapons and ammunition from a Boko Haram camp near Bama.",
     S, "Disrupted weapons use", 1, 2, 0),
    ("On 25 September 2021, Boko Haram fighters established a camp in the forest near Gwoza.",
     S, "Headquarters or base established", 2, 0, 0),
    ("On 27 September 2021, Fulani herdsmen burned 40 houses in the village of Kwall, Plateau.",
     S, "Looting/property destruction", 4, 7, 0),
    ("On 29 September 2021, Taliban fighters entered the city of Mazar-i-Sharif without a fight after "
     "Afghan forces withdrew.",
     S, "Non-violent transfer of territory", 2, 1, 0),
    ("On 2 October 2021, CJNG gunmen clashed with members of Carteles Unidos in Aguililla, Michoacan, leaving 6 dead.",
     B, "Armed clash", 3, 3, 6),
    ("On 4 October 2021, pro-Russian separatists shelled the village of Vodiane, Donetsk, wounding one civilian.",
     E, "Shelling/artillery/missile attack", 2, 7, 0),
    ("On 8 October 2021, Fano militiamen attacked the village of Ataye, killing 4 civilians.",
     V, "Attack", 4, 7, 4),
    ("On 10 October 2021, ULFA militants abducted two employees of an oil company in Tinsukia, Assam.",
     V, "Abduction/forced disappearance", 2, 7, 0),
    # --- a third round: other wordings of the same acts
    ("On 1 March 2022, members of the Sinaloa Cartel engaged in a shootout with Mexican army soldiers in "
     "Culiacan, Sinaloa; 2 gunmen were killed.",
     B, "Armed clash", 3, 1, 2),
    ("On 2 March 2022, heavy fighting took place between the Arakan Army and Myanmar military troops near "
     "Paletwa. Casualties unknown.",
     B, "Armed clash", 2, 1, 0),
    ("On 3 March 2022, JNIM militants attacked a gendarmerie post in Boulsa, Burkina Faso; 9 gendarmes were killed.",
     B, "Armed clash", 2, 1, 9),
    ("On 4 March 2022, Houthi forces and pro-government forces clashed on the Al-Kasara front, Marib, "
     "killing 10 fighters from both sides.",
     B, "Armed clash", 2, 1, 10),
    ("On 5 March 2022, Syrian government forces regained control of 3 villages in southern Idlib from HTS "
     "after fierce battles.",
     B, "Government regains territory", 1, 2, 0),
    ("On 6 March 2022, the Arakan Army captured a Myanmar military outpost near Rathedaung after a two-day battle.",
     B, "Non-state actor overtakes territory", 2, 1, 0),
    ("On 7 March 2022, Syrian regime warplanes dropped chlorine bombs on the town of Habit, injuring 6 civilians.",
     E, "Chemical weapon", 1, 7, 0),
    ("On 8 March 2022, a Turkish drone struck a car carrying SDF commanders near Qamishli, killing 2 SDF fighters.",
     E, "Air/drone strike", 8, 2, 2),
    ("On 9 March 2022, Russian warplanes bombed a hospital in Mariupol, Donetsk, killing 3 civilians.",
     E, "Air/drone strike", 8, 7, 3),
    ("On 10 March 2022, a Somali army airstrike hit Al-Shabaab positions near Jamaame, killing 7 militants.",
     E, "Air/drone strike", 1, 2, 7),
    ("On 11 March 2022, a suicide car bomber rammed a vehicle into an army base in Baidoa, killing 5 soldiers.",
     E, "Suicide bomb", 3, 1, 5),
    ("On 12 March 2022, an explosive device planted by unknown persons exploded near a mosque in Quetta, "
     "injuring 4 civilians.",
     E, "Remote explosive/landmine/IED", 3, 7, 0),
    ("On 13 March 2022, a military vehicle struck a landmine near Menaka, killing 2 Malian soldiers.",
     E, "Remote explosive/landmine/IED", 3, 1, 2),
    ("On 14 March 2022, Israeli forces fired artillery shells at southern Lebanon, no casualties were reported.",
     E, "Shelling/artillery/missile attack", 8, 0, 0),
    ("On 16 March 2022, militants threw a grenade at a police station in Anantnag, injuring a policeman.",
     E, "Grenade", 3, 1, 0),
    ("On 17 March 2022, Boko Haram fighters raped several women in Gwoza, Borno.",
     V, "Sexual violence", 2, 7, 0),
    ("On 18 March 2022, armed men stormed a church in Owo, Ondo, killing 40 worshippers.",
     V, "Attack", 3, 7, 40),
    ("On 19 March 2022, a Taliban commander executed 2 former soldiers in Kandahar.",
     V, "Attack", 2, 7, 2),
    ("On 20 March 2022, gunmen on motorcycles killed a schoolteacher in Tillaberi, Niger.",
     V, "Attack", 3, 7, 1),
    ("On 21 March 2022, suspected ADF rebels abducted 12 civilians in Beni territory.",
     V, "Abduction/forced disappearance", 2, 7, 0),
    ("On 22 March 2022, bandits kidnapped 30 worshippers from a church in Kaduna.",
     V, "Abduction/forced disappearance", 3, 7, 0),
    ("On 23 March 2022, around 300 workers held a protest outside a textile factory in Dhaka, demanding unpaid wages.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 24 March 2022, students staged a sit-in at the University of Khartoum against the military government.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 25 March 2022, protesters blocked the main highway in Lima against rising fuel prices.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 26 March 2022, riot police used tear gas and batons to break up a protest by opposition supporters "
     "in Conakry.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 27 March 2022, security forces killed 7 demonstrators in Omdurman with live ammunition during "
     "anti-coup protests.",
     P, "Excessive force against protesters", 6, 1, 7),
    ("On 28 March 2022, protesters set fire to the governor's office and clashed with police in Jalalabad.",
     R, "Violent demonstration", 5, 1, 0),
    ("On 29 March 2022, demonstrators threw stones at security forces in Bamako; police responded with tear gas.",
     R, "Violent demonstration", 5, 1, 0),
    ("On 30 March 2022, a mob attacked a police station in Kishanganj and freed a detainee.",
     R, "Mob violence", 5, 1, 0),
    ("On 31 March 2022, residents lynched an alleged thief in the market of Kisumu.",
     R, "Mob violence", 5, 7, 1),
    ("On 1 April 2022, the Houthis and the government of Yemen agreed to a two-month nationwide truce.",
     S, "Agreement", 2, 1, 0),
    ("On 2 April 2022, the Taliban released 20 prisoners as part of a deal with tribal elders in Paktia.",
     S, "Agreement", 2, 7, 0),
    ("On 3 April 2022, Burkinabe police detained a journalist in Ouagadougou.",
     S, "Arrests", 1, 7, 0),
    ("On 4 April 2022, Myanmar security forces arrested 15 suspected PDF members in Sagaing.",
     S, "Arrests", 1, 2, 0),
    ("On 7 April 2022, Pakistani security forces defused a bomb planted near a school in Bannu.",
     S, "Disrupted weapons use", 1, 3, 0),
    ("On 8 April 2022, police recovered a cache of weapons hidden by Maoists in a forest near Gadchiroli.",
     S, "Disrupted weapons use", 1, 2, 0),
    ("On 9 April 2022, Al-Shabaab opened a new base near Bulo Burte.",
     S, "Headquarters or base established", 2, 0, 0),
    ("On 10 April 2022, ISWAP fighters looted shops and burned 15 houses in Damboa.",
     S, "Looting/property destruction", 2, 7, 0),
    ("On 11 April 2022, Kachin Independence Army fighters destroyed a telecommunications tower in Hpakant.",
     S, "Looting/property destruction", 2, 0, 0),
    ("On 12 April 2022, Malian forces took over the base in Tessalit after French troops handed it over "
     "without incident.",
     S, "Non-violent transfer of territory", 1, 8, 0),
    # --- a fourth round: more actors, passives and places
    ("Around 14 July 2022, PDF fighters ambushed a junta convoy near Kani, Sagaing, killing 6 soldiers.",
     B, "Armed clash", 2, 1, 6),
    ("On 15 July 2022, Tuareg rebels of the CMA clashed with Malian troops near Anefis, leaving 4 rebels dead.",
     B, "Armed clash", 2, 1, 4),
    ("On 16 July 2022, NPA rebels and Philippine army soldiers engaged in a firefight in Northern Samar; "
     "2 rebels were killed.",
     B, "Armed clash", 2, 1, 2),
    ("On 17 July 2022, Nigerian troops cleared ISWAP militants from the town of Marte and restored control.",
     B, "Government regains territory", 1, 2, 0),
    ("On 18 July 2022, Al-Shabaab fighters overran a Somali army base in Bulo Marer after government forces retreated.",
     B, "Non-state actor overtakes territory", 2, 1, 0),
    ("On 19 July 2022, Saudi-led coalition jets launched airstrikes on Houthi positions in Hajjah.",
     E, "Air/drone strike", 8, 2, 0),
    ("On 20 July 2022, an unidentified drone struck a vehicle near Al-Bab, killing 2 civilians.",
     E, "Air/drone strike", 8, 7, 2),
    ("On 21 July 2022, a female suicide bomber blew herself up in a crowded market in Maiduguri, killing "
     "4 people and herself.",
     E, "Suicide bomb", 3, 7, 5),
    ("On 22 July 2022, Houthi forces fired a rocket at a displaced persons camp in Marib, killing a child.",
     E, "Shelling/artillery/missile attack", 2, 7, 1),
    ("On 23 July 2022, Russian forces launched missiles at the city of Vinnytsia, killing 23 civilians.",
     E, "Shelling/artillery/missile attack", 8, 7, 23),
    ("On 24 July 2022, an IED hit a bus carrying civilians on the Kabul-Jalalabad highway, killing 3 passengers.",
     E, "Remote explosive/landmine/IED", 3, 7, 3),
    ("On 25 July 2022, a roadside bomb targeted a Pakistani army patrol in Kech, Balochistan, killing 2 soldiers.",
     E, "Remote explosive/landmine/IED", 3, 1, 2),
    ("On 26 July 2022, a grenade was thrown into a crowd of shoppers in Mogadishu, wounding 5 civilians.",
     E, "Grenade", 3, 7, 0),
    ("On 27 July 2022, a police officer raped a woman detained at a station in Lagos.",
     V, "Sexual violence", 1, 7, 0),
    ("On 28 July 2022, Fulani herdsmen attacked farmers in Guma, Benue, killing 6 farmers.",
     V, "Attack", 4, 7, 6),
    ("On 29 July 2022, unidentified gunmen killed a local journalist in front of his house in Tijuana.",
     V, "Attack", 3, 7, 1),
    ("On 30 July 2022, JNIM militants kidnapped the mayor of Tessit and 3 of his relatives.",
     V, "Abduction/forced disappearance", 2, 7, 0),
    ("On 31 July 2022, dozens of women marched in Aden to demand the release of their detained sons.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 1 August 2022, hundreds of traders closed their shops and rallied in Kano over multiple taxation.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 2 August 2022, police detained 8 activists who were protesting outside the parliament in Harare.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 3 August 2022, soldiers opened fire on a crowd protesting the killing of a youth in Kasese, killing 2 people.",
     P, "Excessive force against protesters", 6, 1, 2),
    ("On 4 August 2022, demonstrators burned tyres and blocked roads in Port-au-Prince, clashing with police.",
     R, "Violent demonstration", 5, 1, 0),
    ("On 5 August 2022, an angry crowd stoned to death a man accused of stealing a motorcycle in Bukavu.",
     R, "Mob violence", 5, 7, 1),
    ("On 6 August 2022, the Ethiopian government and the TPLF signed a cessation of hostilities agreement.",
     S, "Agreement", 1, 2, 0),
    ("On 7 August 2022, Somali police arrested 6 people suspected of links to Al-Shabaab in Kismayo.",
     S, "Arrests", 1, 2, 0),
    ("On 8 August 2022, the TPLF announced the withdrawal of its forces from Afar region.",
     S, "Change to group/activity", 2, 0, 0),
    ("On 9 August 2022, Afghan forces shot down an explosives-laden drone over Kandahar airport.",
     S, "Disrupted weapons use", 1, 3, 0),
    ("On 10 August 2022, Russian forces set up a military base near Melitopol, Zaporizhzhia.",
     S, "Headquarters or base established", 8, 0, 0),
    ("On 11 August 2022, Al-Shabaab militants burned a telecommunications mast in Bardhere, Gedo.",
     S, "Looting/property destruction", 2, 0, 0),
    ("On 12 August 2022, gunmen looted livestock and food stores in the village of Kaura, Zamfara.",
     S, "Looting/property destruction", 3, 7, 0),
    # --- More phrasings of rules first asked for by the gaps below (appended, so the ids above keep their numbers)
    # the bomber's own death told after the count
    ("On 2 May 2022, a suicide bomber detonated his explosive vest inside a mosque in Peshawar, killing 7 worshippers "
     "and himself.", E, "Suicide bomb", 3, 7, 8),
    ("On 14 October 2021, a suicide bomber rammed an explosives-laden car into a military convoy near Gao, killing "
     "3 Malian soldiers as well as himself.", E, "Suicide bomb", 3, 1, 4),
    # the death a crowd rose over is its reason, not its toll
    ("On 5 May 2022, residents blocked the main road in Goma and burned tyres after two boys were killed by a stray "
     "bullet.", R, "Violent demonstration", 5, 0, 0),
    ("On 11 March 2022, police fired tear gas at demonstrators in Conakry protesting against the death of a young "
     "man in detention.", P, "Protest with intervention", 6, 1, 0),
    # the dead named in a clause after the clash are some of its sides, not a third party
    ("On 9 April 2022, members of the Gulf Clan clashed with Colombian army soldiers near Taraza, Antioquia; "
     "3 gunmen were killed.", B, "Armed clash", 3, 1, 3),
    ("On 14 April 2022, Ambazonian separatists engaged Cameroonian soldiers in a gunfight in Bamenda; "
     "2 assailants were killed.", B, "Armed clash", 2, 1, 2),
    # those held as suspected members of a group are the group's
    ("On 2 February 2022, Nigerian soldiers detained 11 men suspected of belonging to Boko Haram in Monguno, Borno.",
     S, "Arrests", 1, 2, 0),
    ("On 8 March 2022, Kenyan police arrested 3 youths believed to be linked to Al-Shabaab in Mandera.",
     S, "Arrests", 1, 2, 0),
    # a party that announces its own move as a noun is its actor, not a speaker
    ("On 12 January 2022, the M23 announced the withdrawal of its fighters from Bunagana, North Kivu.",
     S, "Change to group/activity", 2, 0, 0),
    ("On 4 July 2022, Al-Shabaab announced the withdrawal of its fighters from the town of Bulo Burte, Hiiraan.",
     S, "Change to group/activity", 2, 0, 0),
    # a place's people who attack someone as a body are a mob
    ("On 22 October 2021, villagers attacked and set fire to the home of a woman accused of witchcraft near Yendi, "
     "Ghana.", R, "Mob violence", 5, 7, 0),
    ("On 4 December 2021, residents attacked a man suspected of stealing a goat in Mbale, killing him.",
     R, "Mob violence", 5, 7, 1),
    # the dead a mass grave holds, with no side named, are its civilian victims (the finding kills no one)
    ("On 15 June 2021, a mass grave holding 13 corpses was uncovered near Humera, Tigray.", S, "Other", None, 7, 0),
    ("On 20 May 2022, investigators exhumed a mass grave containing 15 skeletons outside Kidal, Mali.",
     S, "Other", None, 7, 0),
    # a village the gazetteer lacks, in a story that names its country, is no other spelling of a town abroad
    ("On 17 March 2022, Burkinabe soldiers regained control of the town of Banh from JNIM militants.",
     B, "Government regains territory", 1, 2, 0),
    ("On 9 February 2022, Congolese soldiers recaptured the village of Kiri from ADF rebels.",
     B, "Government regains territory", 1, 2, 0),
    # a former or retired member of the forces, killed, is a civilian in ACLED's terms
    ("On 6 May 2022, ISWAP fighters executed 3 former soldiers in Malam Fatori, Borno.", V, "Attack", 2, 7, 3),
    ("On 2 May 2022, gunmen shot dead a retired police officer near Bamenda, Northwest region.", V, "Attack", 3, 7, 1),
    # --- Sides: an unarmed crowd fighting the forces riots; a battle needs two armed sides
    ("On 12 March 2022, football fans clashed with police outside the stadium in Kumasi, Ghana.",
     R, "Mob violence", 5, 1, 0),
    ("On 14 March 2022, students clashed with riot police in Eldoret, Kenya.", R, "Mob violence", 5, 1, 0),
    ("On 18 March 2022, villagers armed with machetes and rifles clashed with soldiers in Bokkos, Plateau, "
     "killing 2 soldiers.",
     B, "Armed clash", 4, 1, 2),
    # the fight told after an attack and its passive toll is between the attacker and the forces harmed
    ("On 20 March 2022, ISWAP fighters attacked Monguno, Borno, killing 4 civilians, and 2 soldiers were killed "
     "in the ensuing clash.", B, "Armed clash", 2, 1, 6),
    ("On 22 March 2022, Al-Shabaab militants raided Bulo Marer, Lower Shabelle, killing 3 civilians; 5 soldiers "
     "were wounded in the fighting that followed.", B, "Armed clash", 2, 1, 3),
    # a place's youths burning a police station riot; the death that set them off is their reason, not their toll
    ("On 26 March 2022, youths burned a police station in Obuasi, Ashanti, after a man died in custody.",
     R, "Violent demonstration", 5, 1, 0),
    ("On 28 March 2022, residents torched a police post in Ikorodu, Lagos, after a trader was shot dead by an officer.",
     R, "Violent demonstration", 5, 1, 0),
    # a poison gas dropped on or used against a place: a chemical weapon, its unnamed victims civilians
    ("On 12 April 2022, Syrian government forces dropped chlorine gas on Kafr Zeita, Hama, injuring dozens.",
     E, "Chemical weapon", 1, 7, 0),
    ("On 13 April 2022, Syrian government forces dropped chlorine gas on Latamna, Hama.",
     E, "Chemical weapon", 1, 7, 0),
    ("On 14 April 2022, regime forces used chlorine gas in an attack on Douma, Rif Dimashq, killing 12 civilians.",
     E, "Chemical weapon", 1, 7, 12),
    ("On 16 April 2022, a sarin attack by government forces on Saraqib, Idlib, wounded 11 people.",
     E, "Chemical weapon", 1, 7, 0),
    ("On 19 April 2022, government forces were accused of using chlorine gas against Kfar Nabl, Idlib.",
     E, "Chemical weapon", 1, 7, 0),
    # a raid or storming whose told outcome, in a participle after it, is arrests: the arrests, no fight
    ("On 12 February 2021, Malian soldiers stormed a hotel in Sevare, arresting a former minister.",
     S, "Arrests", 1, 0, 0),
    ("On 13 February 2021, police raided a house in Potiskum, Yobe, arresting 5 suspected Boko Haram members.",
     S, "Arrests", 1, 2, 0),
    # one person poisoned with a nerve agent is an attack on that person, no chemical weapon of war
    ("On 18 April 2022, an opposition politician was attacked with a nerve agent in Tomsk, Russia.",
     V, "Attack", 3, 7, 0),
    # two families (or clans) that fight each other are two communal militias, both sides named
    ("On 3 May 2022, two rival families clashed over farmland in Kalanga, Kenya, killing 2 people.",
     B, "Armed clash", 4, 4, 2),
    ("On 5 May 2022, 6 people were injured in armed clashes between two Pashtun families over water in Khost, "
     "Afghanistan.",
     B, "Armed clash", 4, 4, 0),
    # the group named inside the attack's words ("destroyed 3 Al-Shabaab vehicles") is its other side
    ("On 7 May 2022, Somali soldiers destroyed 3 Al-Shabaab vehicles near Jilib, Middle Juba.",
     B, "Armed clash", 1, 2, 0),
    # a soldier who turns on his fellow soldiers: the force on both sides
    ("On 8 June 2022, a soldier opened fire on his fellow soldiers at their base in Maiduguri, Borno, killing 4.",
     B, "Armed clash", 1, 1, 4),
    # a village that repelled an attack: its people fought, a communal militia
    ("On 9 June 2022, a village in Mafa district, Borno, repelled an attack by ISWAP fighters.",
     B, "Armed clash", 2, 4, 0),
    # a government's or regime's aircraft named without a nationality are still its forces
    ("On 11 April 2022, government helicopters dropped barrels of chlorine on Latamna, Hama, injuring 30 people.",
     E, "Chemical weapon", 1, 7, 0),
    # --- Protests and riots of other forms: strikes, walkouts, sit-ins, blockades, marches, vigils, a crowd named
    # by its protest ("striking miners"), mobs that punish or loot (forms ACLED's data from other countries is full of)
    ("On 3 October 2022, police dispersed striking health workers in Mzuzu, Malawi.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 4 October 2022, miners blocked a bridge in Tarkwa, Ghana, demanding payment of their severance benefits.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 5 October 2022, teachers went on strike in Kitwe, Zambia, over delayed salaries.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 6 October 2022, nurses staged a walkout at the regional hospital in Kisii, Kenya, to protest "
     "unpaid allowances.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 7 October 2022, dozens of farmers staged a sit-in outside the agriculture ministry in Lilongwe, "
     "demanding fertilizer subsidies.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 8 October 2022, traders held a sit-in at the municipal market in Tamale, Ghana, against a new levy.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 9 October 2022, minibus drivers went on strike and blocked the main road in Blantyre over fuel prices.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 10 October 2022, dock workers blockaded the port of Matadi, demanding better working conditions.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 11 October 2022, truck drivers blocked the highway near Beitbridge, Zimbabwe, in protest against "
     "long delays at the border.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 12 October 2022, thousands of opposition supporters marched through the streets of Conakry, "
     "demanding a return to civilian rule.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 13 October 2022, students of the University of Ibadan boycotted classes and marched to the "
     "vice-chancellor's office over a fee increase.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 14 October 2022, residents held a candlelight vigil in Nakuru, Kenya, to mourn victims of police killings.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 15 October 2022, supporters of the opposition held a rally in Lusaka to denounce the arrest of "
     "their leader.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 16 October 2022, a crowd gathered outside the courthouse in Gulu, Uganda, demanding the release "
     "of a detained activist.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 17 October 2022, hundreds of residents took to the streets of Thies, Senegal, to protest against "
     "power cuts.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 18 October 2022, three former bank employees began a hunger strike in front of the labour "
     "ministry in Antananarivo over unpaid pensions.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 19 October 2022, health workers picketed the provincial hospital in Bulawayo, demanding hazard allowances.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 20 October 2022, women demonstrated in Maroua, Cameroon, against the rising cost of food.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 21 October 2022, residents of Kasama, Zambia, protested against the poor state of the town's roads.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 22 October 2022, university lecturers went on an indefinite strike in Makurdi, Benue, over unpaid arrears.",
     P, "Peaceful protest", 6, 0, 0),
    ("On 23 October 2022, police fired tear gas to disperse opposition supporters who were marching in Lilongwe.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 24 October 2022, riot police dispersed a sit-in by teachers in Yaounde and arrested 6 of them.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 25 October 2022, police broke up a march of students in Dschang, Cameroon, with tear gas.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 26 October 2022, protesting farmers who had blocked a road in Sangli, Maharashtra, were "
     "dispersed by police.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 27 October 2022, police arrested 14 striking bus drivers in Harare.",
     P, "Protest with intervention", 6, 1, 0),
    ("On 28 October 2022, police opened fire on striking miners in Rustenburg, killing 3 miners.",
     P, "Excessive force against protesters", 6, 1, 3),
    ("On 29 October 2022, security forces shot dead 2 students during a march in Kankan, Guinea.",
     P, "Excessive force against protesters", 6, 1, 2),
    ("On 30 October 2022, protesters burned tyres and blocked roads in Kisumu, demanding the release of "
     "an opposition politician.",
     R, "Violent demonstration", 5, 0, 0),
    ("On 31 October 2022, striking workers stoned police vehicles in Marikana, injuring 2 officers.",
     R, "Violent demonstration", 5, 1, 0),
    ("On 1 November 2022, angry residents set fire to the local council office in Mbarara, Uganda, over "
     "water shortages.",
     R, "Violent demonstration", 5, 0, 0),
    ("On 2 November 2022, students rioted in Kumasi, vandalising university property after a student was "
     "killed in a road accident.",
     R, "Violent demonstration", 5, 0, 0),
    ("On 3 November 2022, demonstrators threw stones at police and looted shops in Ouagadougou.",
     R, "Violent demonstration", 5, 1, 0),
    ("On 4 November 2022, opposition supporters clashed with police in Freetown; 3 protesters were killed.",
     R, "Violent demonstration", 5, 1, 3),
    ("On 5 November 2022, a mob lynched two suspected thieves in Lubumbashi.",
     R, "Mob violence", 5, 7, 2),
    ("On 6 November 2022, an angry mob torched the house of a suspected witch in Kakamega, Kenya.",
     R, "Mob violence", 5, 7, 0),
    ("On 7 November 2022, a mob beat a suspected motorcycle thief to death in Mwanza, Tanzania.",
     R, "Mob violence", 5, 7, 1),
    ("On 8 November 2022, youths looted shops in Beira during a power outage.",
     R, "Mob violence", 5, 7, 0),
    ("On 9 November 2022, a crowd burned alive a man accused of kidnapping a child in Bouake.",
     R, "Mob violence", 5, 7, 1),
    ("On 10 November 2022, rival groups of motorcycle taxi drivers fought with clubs and stones in Kumba, "
     "Cameroon, injuring 5 people.",
     R, "Mob violence", 5, 5, 0),
    ("On 11 November 2022, residents lynched a man suspected of killing a farmer in Machakos.",
     R, "Mob violence", 5, 7, 1),
]


# Gaps the extractor does not close yet, by case id: each must fail (strict), so a fix shows.
KNOWN_GAPS: dict[str, str] = {
    "98-Shelling_artillery_missile_attack": "the place is not found, so neither state's forces can be told foreign",
    "270-Violent_demonstration": ("a council's office burned is coded civilians' (inter2 7), as ACLED's "
                                  "development rows code a council's building; the case expects no victim"),
}


def _params() -> list:
    params = []
    for i, case in enumerate(CASES):
        case_id = f"{i:02d}-{case[2].replace('/', '_').replace(' ', '_')}"
        gap = KNOWN_GAPS.get(case_id)
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        params.append(pytest.param(*case, id=case_id, marks=marks))
    return params


@pytest.mark.parametrize(("text", "event_type", "sub_event_type", "inter1", "inter2", "fatalities"), _params())
def test_codebook_battery(text: str, event_type: str, sub_event_type: str, inter1: int | None, inter2: int,
                          fatalities: int) -> None:
    events = eventwatch.extract(text, published="2021-06-30")["events"]
    assert events, text
    event = events[0]
    got = (event["event_type"], event["sub_event_type"], event["inter1"] or 0, event["inter2"] or 0,
           event["fatalities"] or 0)
    want = (event_type, sub_event_type, got[2] if inter1 is None else inter1, inter2, fatalities)
    if event_type == B:  # a battle's two sides may be told in either order
        got = (*got[:2], *sorted(got[2:4]), got[4])
        want = (*want[:2], *sorted(want[2:4]), want[4])
    assert got == want, (text, event["actor1"], event["actor2"])


def test_the_dead_found_in_a_mass_grave_are_not_its_toll():
    # ACLED counts them where they were killed; the discovery itself kills no one
    text = "On 9 March 2021, a mass grave containing 26 bodies was found outside Tawergha."
    event = eventwatch.extract(text, published="2021-06-30")["events"][0]
    assert (event["sub_event_type"], event["fatalities"] or 0) == ("Other", 0)


def test_a_former_member_killed_is_a_civilian_yet_the_gtd_method_stays_untold():
    # ACLED codes him a civilian; the GTD still targets the forces and names no method the text does not tell
    text = "On 6 May 2022, unknown attackers killed a retired army officer in Gardez, Paktia, Afghanistan."
    event = eventwatch.extract(text, published="2022-06-30")["events"][0]
    assert (event["inter2"], event["target_type"], event["gtd_attack_type"]) == (7, "Military", "Unknown")


@pytest.mark.parametrize("text", [
    "On 3 May 2021, police arrested 4 members of the IMU in Osh without incident.",
    "On 3 May 2021, the local elections in Osh passed without incident.",
])
def test_without_incident_changes_no_hands_where_no_place_is_taken(text: str) -> None:
    # "without a fight" qualifies a place taken or left; beside an arrest, a vote or nothing it transfers nothing
    events = eventwatch.extract(text, published="2021-06-30")["events"]
    assert "Non-violent transfer of territory" not in [e["sub_event_type"] for e in events], text


def test_a_place_named_as_an_owner_is_not_the_place_captured() -> None:
    # "the city's biggest bank": the city owns what was taken over; nobody took the city
    text = "On 3 May 2021, a tycoon took over the city's biggest bank in Osh."
    events = eventwatch.extract(text, published="2021-06-30")["events"]
    assert "Non-state actor overtakes territory" not in [e["sub_event_type"] for e in events]


def test_the_dead_told_in_the_riot_itself_are_its_toll() -> None:
    # a death after "after" is the crowd's reason, unless it was "in the riot", "during the clashes"
    text = "On 3 May 2021, rioters torched shops in Osh after two people were killed in the riot."
    event = eventwatch.extract(text, published="2021-06-30")["events"][0]
    assert (event["sub_event_type"], event["fatalities"]) == ("Violent demonstration", 2)


@pytest.mark.parametrize("text", [
    "On 4 May 2022, doctors used chlorine gas to disinfect the clinic in Maarrat Misrin, Idlib, Syria.",
    "On 4 May 2022, the pumping station in Manbij, Syria, used chlorine to treat the town's water.",
])
def test_a_gas_used_for_cleaning_or_water_is_no_chemical_weapon(text: str) -> None:
    # a gas "used" is a weapon only in an attack or against someone: disinfecting or treating water harms no one
    events = eventwatch.extract(text, published="2022-06-30")["events"]
    assert "Chemical weapon" not in [e["sub_event_type"] for e in events], text


def test_a_killing_by_others_told_as_the_riots_reason_is_no_toll_of_it() -> None:
    # "after soldiers killed two herders": the soldiers' act the crowd answered, not deaths in the riot
    text = "On 3 May 2021, villagers torched a police post in Bauchi, Nigeria, after soldiers killed two herders."
    event = eventwatch.extract(text, published="2021-06-30")["events"][0]
    assert (event["sub_event_type"], event["fatalities"] or 0) == ("Violent demonstration", 0)


# --- Notes from abroad written as ACLED writes them: the month and day only (the year is the report's), a label
# before the note ("Arrests:", "Defusal:", "Property destruction:"), "As reported on", admin1 after the town. Each
# case also names the date, ACLED's admin1 (compared through ISO 3166-2 codes, as the evaluation does, so
# "Sagaing" and the gazetteer's "Sagain" are one; None leaves it unchecked where ACLED's unit is not plain) and
# ACLED's location (None: unchecked). Mostly the sub-event types the development set holds few of.
# (text, published, event_type, sub_event_type, inter1, inter2, fatalities, event_date, admin1, location)
NOTES_ABROAD: list[tuple[str, str, str, str, int, int, int, str, str | None, str | None]] = [
    # --- Strategic developments: Looting/property destruction
    ("Property destruction: On Mar 4, ISWAP militants burned 25 houses and a health clinic in Mainok, Borno.",
     "2023-03-10", S, "Looting/property destruction", 2, 7, 0, "2023-03-04", "Borno", "Mainok"),
    ("Looting: On Jan 17, Al-Shabaab militants looted livestock from herders near Wanlaweyn, Lower Shabelle.",
     "2023-01-25", S, "Looting/property destruction", 2, 7, 0, "2023-01-17", "Lower Shabelle", "Wanlaweyn"),
    ("Property destruction: On Feb 9, suspected Maoists blew up a mobile phone tower near Bijapur, Chhattisgarh.",
     "2023-02-15", S, "Looting/property destruction", 2, 0, 0, "2023-02-09", "Chhattisgarh", "Bijapur"),
    ("Property destruction: As reported on Sep 6, Myanmar military troops torched more than 100 houses in "
     "Kani township, Sagaing.",
     "2022-09-08", S, "Looting/property destruction", 1, 7, 0, "2022-09-06", "Sagaing", None),
    # --- Strategic developments: Arrests
    ("Arrests: On Apr 2, Pakistani police arrested 7 suspected TTP militants in Dera Ismail Khan, "
     "Khyber Pakhtunkhwa.",
     "2023-04-05", S, "Arrests", 1, 2, 0, "2023-04-02", "Khyber Pakhtunkhwa", "Dera Ismail Khan"),
    ("Arrests: On Jun 8, Ethiopian police detained 2 journalists in Bahir Dar, Amhara.",
     "2023-06-12", S, "Arrests", 1, 7, 0, "2023-06-08", "Amhara", "Bahir Dar"),
    ("On Sep 3, Philippine soldiers arrested 2 Abu Sayyaf members in Jolo, Sulu.",
     "2022-09-05", S, "Arrests", 1, 2, 0, "2022-09-03", None, "Jolo"),
    # --- Strategic developments: Agreement
    ("On Aug 15, the Malian government and the CMA rebels agreed to exchange prisoners in Kidal.",
     "2022-08-20", S, "Agreement", 1, 2, 0, "2022-08-15", None, "Kidal"),
    ("On Jan 10, the Myanmar military and the Arakan Army agreed to a temporary ceasefire in Sittwe, Rakhine.",
     "2023-01-14", S, "Agreement", 1, 2, 0, "2023-01-10", "Rakhine", "Sittwe"),
    # --- Strategic developments: Headquarters or base established
    ("On Apr 11, ISWAP fighters set up a camp on an island in Lake Chad near Baga, Borno.",
     "2023-04-16", S, "Headquarters or base established", 2, 0, 0, "2023-04-11", "Borno", "Baga"),
    ("On Dec 2, the Arakan Army established a headquarters in Paletwa, Chin.",
     "2023-12-05", S, "Headquarters or base established", 2, 0, 0, "2023-12-02", "Chin", "Paletwa"),
    ("As reported on Oct 5, Russian forces set up a base in the village of Novomykolaivka, Zaporizhia.",
     "2022-10-05", S, "Headquarters or base established", 8, 0, 0, "2022-10-05", None, None),
    # --- Strategic developments: Non-violent transfer of territory
    ("On Aug 15, Taliban fighters took over Jalalabad, Nangarhar, without a fight after the provincial "
     "governor surrendered.",
     "2021-08-16", S, "Non-violent transfer of territory", 2, 1, 0, "2021-08-15", "Nangarhar", "Jalalabad"),
    ("On Nov 14, Malian troops entered the town of Anefis without resistance after CMA fighters withdrew.",
     "2023-11-16", S, "Non-violent transfer of territory", 1, 2, 0, "2023-11-14", None, "Anefis"),
    ("On Jun 30, Al-Shabaab militants took control of El Bur, Galgaduud, without a fight after Somali "
     "troops pulled out of the town.",
     "2022-07-02", S, "Non-violent transfer of territory", 2, 1, 0, "2022-06-30", "Galgaduud", None),
    # --- Strategic developments: Disrupted weapons use
    ("Defusal: On Jul 6, Indian army bomb disposal experts defused an IED planted on the highway near "
     "Pattan, Jammu and Kashmir.",
     "2022-07-08", S, "Disrupted weapons use", 1, 3, 0, "2022-07-06", "Jammu and Kashmir", "Pattan"),
    ("Weapons seizure: On Sep 12, Mexican soldiers seized 40 rifles and 10,000 rounds of ammunition "
     "belonging to the CJNG in Aguililla, Michoacan.",
     "2022-09-14", S, "Disrupted weapons use", 1, 3, 0, "2022-09-12", None, "Aguililla"),
    ("Interception: On Jan 24, Ukrainian air defence forces shot down 5 Russian drones over Odesa.",
     "2023-01-25", S, "Disrupted weapons use", 1, 8, 0, "2023-01-24", "Odesa", "Odesa"),
    ("Detonation: On May 3, Somali army engineers carried out a controlled detonation of an Al-Shabaab "
     "car bomb in Afgoye, Lower Shabelle.",
     "2023-05-06", S, "Disrupted weapons use", 1, 2, 0, "2023-05-03", "Lower Shabelle", "Afgoye"),
    ("Weapons seizure: On Nov 21, Colombian police seized an arms cache belonging to FARC dissidents "
     "in Tumaco, Narino.",
     "2022-11-23", S, "Disrupted weapons use", 1, 2, 0, "2022-11-21", None, "Tumaco"),
    # --- Strategic developments: Change to group/activity
    ("Security measures: On Mar 7, authorities imposed a 48-hour curfew in Imphal, Manipur, following "
     "ethnic violence.",
     "2023-03-08", S, "Change to group/activity", 1, 0, 0, "2023-03-07", "Manipur", "Imphal"),
    ("Movement of forces: On Feb 18, the Nigerian army deployed 2 additional battalions to Gusau, Zamfara.",
     "2023-02-20", S, "Change to group/activity", 1, 0, 0, "2023-02-18", "Zamfara", "Gusau"),
    # --- Explosions/Remote violence: Air/drone strike
    ("On Sep 18, a Ukrainian drone struck an administrative building in Horlivka, Donetsk, wounding 3 civilians.",
     "2023-09-20", E, "Air/drone strike", 1, 7, 0, "2023-09-18", "Donetsk", "Horlivka"),
    ("On Jan 30, Sudanese Air Force warplanes bombed a livestock market in Nyala, South Darfur, killing "
     "several civilians.",
     "2024-02-02", E, "Air/drone strike", 1, 7, 3, "2024-01-30", "South Darfur", "Nyala"),
    ("On Aug 2, Pakistani military helicopter gunships struck TTP hideouts in Tirah valley, Khyber, "
     "killing 6 militants.",
     "2023-08-04", E, "Air/drone strike", 1, 2, 6, "2023-08-02", None, None),
    ("On Oct 6, Myanmar military jets bombed a monastery in Mingin township, Sagaing, killing 4 monks.",
     "2023-10-09", E, "Air/drone strike", 1, 7, 4, "2023-10-06", "Sagaing", None),
    # --- Explosions/Remote violence: Shelling/artillery/missile attack
    ("On Jun 11, Russian forces shelled Kherson city, killing 2 civilians and injuring 9.",
     "2023-06-12", E, "Shelling/artillery/missile attack", 8, 7, 2, "2023-06-11", "Kherson", "Kherson"),
    ("On Feb 8, Houthi forces shelled residential areas in Taiz city, killing a woman and wounding 2 children.",
     "2023-02-10", E, "Shelling/artillery/missile attack", 2, 7, 1, "2023-02-08", None, None),
    ("On Dec 9, Al-Shabaab militants fired mortar rounds at a Somali army base in Mogadishu; "
     "no casualties were reported.",
     "2022-12-11", E, "Shelling/artillery/missile attack", 2, 1, 0, "2022-12-09", None, "Mogadishu"),
    # --- Explosions/Remote violence: Remote explosive/landmine/IED
    ("On Jul 21, an IED planted by JNIM exploded under a Burkinabe army vehicle near Dori, Sahel, killing "
     "4 soldiers.",
     "2023-07-24", E, "Remote explosive/landmine/IED", 2, 1, 4, "2023-07-21", "Sahel", "Dori"),
    ("On Nov 4, a landmine exploded under a minibus near Kyaukme, killing 3 passengers.",
     "2023-11-06", E, "Remote explosive/landmine/IED", 3, 7, 3, "2023-11-04", None, "Kyaukme"),
    ("On Mar 16, a roadside bomb targeted a police vehicle in Quetta, Balochistan, killing 2 policemen "
     "and wounding 3.",
     "2023-03-18", E, "Remote explosive/landmine/IED", 3, 1, 2, "2023-03-16", "Balochistan", "Quetta"),
    ("On Jan 8, a bomb hidden in a motorcycle exploded at a market in Dhusamareb, Galgaduud, killing "
     "several civilians.",
     "2023-01-10", E, "Remote explosive/landmine/IED", 3, 7, 3, "2023-01-08", "Galgaduud", None),
    # --- Explosions/Remote violence: Grenade
    ("On Aug 14, suspected cartel members threw a grenade into a bar in Celaya, Guanajuato, injuring 6 people.",
     "2022-08-16", E, "Grenade", 3, 7, 0, "2022-08-14", "Guanajuato", "Celaya"),
    ("On Oct 30, unidentified militants lobbed a grenade at a CRPF bunker in Sopore, Jammu and Kashmir.",
     "2022-11-01", E, "Grenade", 3, 1, 0, "2022-10-30", "Jammu and Kashmir", "Sopore"),
    # --- Explosions/Remote violence: Suicide bomb
    ("On Jan 11, a suicide bomber blew himself up outside the foreign ministry in Kabul, killing 5 people "
     "including himself.",
     "2023-01-13", E, "Suicide bomb", 3, 7, 5, "2023-01-11", "Kabul", "Kabul"),
    # (a bomb set off among protesters: ACLED's explosion, its victims the protesters, inter2 6)
    ("On Feb 3, an Islamic State suicide bomber attacked a protest march against power cuts in Mohmand, "
     "Khyber Pakhtunkhwa, killing 14 protesters.",
     "2023-02-05", E, "Suicide bomb", 2, 6, 14, "2023-02-03", "Khyber Pakhtunkhwa", None),
    # --- Battles
    ("On Mar 27, FARC dissidents clashed with Colombian army soldiers in Argelia, Cauca, leaving 2 soldiers "
     "and 3 dissidents dead.",
     "2023-03-29", B, "Armed clash", 2, 1, 5, "2023-03-27", "Cauca", "Argelia"),
    ("On Sep 9, clashes between the Ethiopian military and Fano militiamen in Gondar, Amhara, left several "
     "fighters dead.",
     "2023-09-12", B, "Armed clash", 1, 4, 3, "2023-09-09", "Amhara", "Gondar"),
    ("On Jun 2, PDF fighters and Myanmar military troops fought near Kalay, Sagaing; 4 soldiers were killed.",
     "2023-06-05", B, "Armed clash", 2, 1, 4, "2023-06-02", "Sagaing", "Kalay"),
    ("On Aug 20, Mozambican and Rwandan troops retook Mbau, Cabo Delgado, from Islamic State insurgents.",
     "2021-08-23", B, "Government regains territory", 1, 2, 0, "2021-08-20", "Cabo Delgado", "Mbau"),
    ("On May 9, Ukrainian forces recaptured the village of Robotyne, Zaporizhia, from Russian forces.",
     "2023-05-11", B, "Government regains territory", 1, 8, 0, "2023-05-09", None, "Robotyne"),
    ("On Nov 3, the Arakan Army seized the town of Pauktaw, Rakhine, after days of fighting with the "
     "Myanmar military.",
     "2023-11-06", B, "Non-state actor overtakes territory", 2, 1, 0, "2023-11-03", "Rakhine", "Pauktaw"),
    ("On Jun 24, JNIM militants took control of Farabougou, Segou, after clashes with Malian soldiers, "
     "killing 7 soldiers.",
     "2022-06-27", B, "Non-state actor overtakes territory", 2, 1, 7, "2022-06-24", None, "Farabougou"),
    # --- Violence against civilians: Abduction/forced disappearance
    ("On Feb 26, gunmen abducted 17 passengers travelling on the highway near Katari, Kaduna.",
     "2023-02-28", V, "Abduction/forced disappearance", 3, 7, 0, "2023-02-26", "Kaduna", None),
    ("On Oct 14, Al-Shabaab militants kidnapped a village elder in Bulo Burte, Hiraan; his whereabouts "
     "remain unknown.",
     "2022-10-17", V, "Abduction/forced disappearance", 2, 7, 0, "2022-10-14", None, None),
    ("On Jul 7, security agents forcibly disappeared a student activist in Turbat, Balochistan.",
     "2023-07-10", V, "Abduction/forced disappearance", 1, 7, 0, "2023-07-07", "Balochistan", "Turbat"),
    # --- Violence against civilians: Sexual violence
    ("On Mar 9, M23 rebels raped 4 women in Kitshanga, North Kivu.",
     "2023-03-13", V, "Sexual violence", 2, 7, 0, "2023-03-09", "North Kivu", "Kitshanga"),
    ("On Sep 21, a Philippine army soldier raped a 14-year-old girl in Marawi, Lanao del Sur.",
     "2022-09-24", V, "Sexual violence", 1, 7, 0, "2022-09-21", None, "Marawi"),
    # --- Violence against civilians: Attack
    ("On Dec 5, JNIM militants executed 6 civilians accused of collaborating with the army near Djibo, Sahel.",
     "2022-12-08", V, "Attack", 2, 7, 6, "2022-12-05", "Sahel", "Djibo"),
    ("On Nov 17, unidentified gunmen shot dead a cleric near his home in Peshawar, Khyber Pakhtunkhwa.",
     "2022-11-19", V, "Attack", 3, 7, 1, "2022-11-17", "Khyber Pakhtunkhwa", "Peshawar"),
    ("On May 26, ADF rebels killed several villagers with machetes in Mamove, North Kivu.",
     "2023-05-29", V, "Attack", 2, 7, 3, "2023-05-26", "North Kivu", "Mamove"),
    ("On Jan 14, Mexican soldiers shot dead a civilian at a checkpoint in Nuevo Laredo, Tamaulipas.",
     "2023-01-16", V, "Attack", 1, 7, 1, "2023-01-14", "Tamaulipas", "Nuevo Laredo"),
]


# Gaps in NOTES_ABROAD the extractor does not close yet, by case id: each must fail (strict), so a fix shows.
NOTES_ABROAD_GAPS: dict[str, str] = {
    "a10-Headquarters_or_base_established": "the town and its state (Paletwa, Chin) are not found",
    "a13-Non-violent_transfer_of_territory": "the town (Anefis) is not in the gazetteer",
    "a40-Government_regains_territory": "the village (Mbau) is not in the gazetteer",
}


def _note_params(prefix: str, notes: list[tuple], gaps: dict[str, str]) -> list:
    """The notes as test cases named by prefix, number and sub-event type, each gap a strict xfail."""
    params = []
    for i, case in enumerate(notes):
        case_id = f"{prefix}{i:02d}-{case[3].replace('/', '_').replace(' ', '_')}"
        gap = gaps.get(case_id)
        marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
        params.append(pytest.param(*case, id=case_id, marks=marks))
    return params


@pytest.mark.parametrize(("text", "published", "event_type", "sub_event_type", "inter1", "inter2", "fatalities",
                          "event_date", "admin1", "location"), _note_params("a", NOTES_ABROAD, NOTES_ABROAD_GAPS))
def test_acled_note_from_abroad(text: str, published: str, event_type: str, sub_event_type: str, inter1: int,
                                inter2: int, fatalities: int, event_date: str, admin1: str | None,
                                location: str | None) -> None:
    events = eventwatch.extract(text, published=published)["events"]
    assert events, text
    event = events[0]
    got = [event["event_type"], event["sub_event_type"], event["inter1"] or 0, event["inter2"] or 0,
           event["fatalities"] or 0, event["event_date"]]
    want = [event_type, sub_event_type, inter1, inter2, fatalities, event_date]
    if event_type == B:  # a battle's two sides may be told in either order
        got[2:4], want[2:4] = sorted(got[2:4]), sorted(want[2:4])
    assert got == want, (text, event["actor1"], event["actor2"])
    if admin1 is not None:
        assert same_province(admin1, event["admin1_code"] or event["admin1"], event["iso3"]), (text, event["admin1"])
    if location is not None:
        assert same_place_name(location, event["location"]), (text, event["location"])


# --- A second round of notes from abroad: violence against civilians in its many forms (gangs and cartels,
# sexual violence, abductions by armed groups and by the state, attacks on journalists, aid and health workers and
# candidates, mines left behind), identity militias (communal and herder-farmer violence), political militias in
# elections, and South Asian and Latin American wording ("miscreants", "sicarios", "Naxals", "security personnel").
# Same tuple as NOTES_ABROAD; "several" dead is ACLED's 3, a wounded victim who dies later counts in the toll.
NOTES_ABROAD_VIOLENCE: list[tuple[str, str, str, str, int, int, int, str, str | None, str | None]] = [
    # --- Violence against civilians: gangs, cartels and unidentified armed men (political militias, inter 3)
    ("On Apr 12, sicarios shot dead a taxi driver in Ciudad Obregon, Sonora.",
     "2023-04-14", V, "Attack", 3, 7, 1, "2023-04-12", "Sonora", "Ciudad Obregon"),
    ("On Jul 3, gang members killed 4 residents, including a child, in the Carrefour-Feuilles neighbourhood of "
     "Port-au-Prince, Ouest.",
     "2023-07-06", V, "Attack", 3, 7, 4, "2023-07-03", "Ouest", "Port-au-Prince"),
    ("On Sep 19, armed men on motorcycles shot dead 2 brothers outside a bakery in Tegucigalpa, Francisco Morazan.",
     "2022-09-21", V, "Attack", 3, 7, 2, "2022-09-19", None, "Tegucigalpa"),
    ("On Feb 6, the bodies of 5 men bearing signs of torture were found dumped beside a road near Fresnillo, "
     "Zacatecas.",
     "2023-02-08", V, "Attack", 3, 7, 5, "2023-02-06", "Zacatecas", "Fresnillo"),
    ("On Mar 7, MS-13 members killed a bus driver who had refused to pay extortion in San Pedro Sula, Cortes.",
     "2022-03-09", V, "Attack", 3, 7, 1, "2022-03-07", None, "San Pedro Sula"),
    ("On Sep 1, members of the Clan del Golfo killed 3 young men in Taraza, Antioquia.",
     "2022-09-03", V, "Attack", 3, 7, 3, "2022-09-01", "Antioquia", None),
    ("On May 14, gunmen opened fire on a group of men playing dominoes in Spanish Town, killing 3 of them.",
     "2023-05-16", V, "Attack", 3, 7, 3, "2023-05-14", None, "Spanish Town"),
    ("On Jan 9, gunmen shot 4 people at a bar in Irapuato, Guanajuato; 2 died at the scene and another died in "
     "hospital the next day.",
     "2023-01-11", V, "Attack", 3, 7, 3, "2023-01-09", "Guanajuato", "Irapuato"),
    ("On Aug 3, armed men on motorcycles killed several villagers and burned houses near Tillia, Tahoua.",
     "2023-08-07", V, "Attack", 3, 7, 3, "2023-08-03", "Tahoua", None),
    ("On Feb 14, miscreants hacked to death a local Awami League leader in Narsingdi.",
     "2023-02-16", V, "Attack", 3, 7, 1, "2023-02-14", None, "Narsingdi"),
    # --- Violence against civilians: rebels (inter 2) and state forces (inter 1)
    ("On Nov 22, dissidents of the FARC killed a social leader in Suarez, Cauca.",
     "2022-11-24", V, "Attack", 2, 7, 1, "2022-11-22", "Cauca", None),
    ("On Nov 9, Naxals abducted and killed a village sarpanch in Sukma, Chhattisgarh, accusing him of being a "
     "police informer.",
     "2022-11-11", V, "Attack", 2, 7, 1, "2022-11-09", "Chhattisgarh", "Sukma"),
    ("On Apr 9, NPA rebels shot dead a suspected military informant in Bato, Camarines Sur.",
     "2022-04-12", V, "Attack", 2, 7, 1, "2022-04-09", None, None),
    ("On Mar 11, Myanmar military troops killed 8 villagers, including 2 children, in Pinlebu township, Sagaing.",
     "2023-03-14", V, "Attack", 1, 7, 8, "2023-03-11", "Sagaing", None),
    ("On Jul 25, security personnel allegedly killed 2 civilians in a fake encounter in Kupwara, "
     "Jammu and Kashmir.",
     "2022-07-27", V, "Attack", 1, 7, 2, "2022-07-25", "Jammu and Kashmir", "Kupwara"),
    # --- Violence against civilians: journalists, aid and health workers, candidates
    ("On Mar 28, unidentified assailants shot dead a radio journalist in Tacloban.",
     "2023-03-30", V, "Attack", 3, 7, 1, "2023-03-28", None, "Tacloban"),
    ("On Oct 2, unidentified gunmen shot dead a female polio vaccinator in Bannu, Khyber Pakhtunkhwa.",
     "2022-10-04", V, "Attack", 3, 7, 1, "2022-10-02", "Khyber Pakhtunkhwa", "Bannu"),
    ("On Jan 19, armed men attacked a health centre in Kajo Keji, Central Equatoria, killing a nurse.",
     "2023-01-22", V, "Attack", 3, 7, 1, "2023-01-19", "Central Equatoria", None),
    ("On May 25, gunmen killed a mayoral candidate during a campaign event in Moroleon, Guanajuato.",
     "2021-05-27", V, "Attack", 3, 7, 1, "2021-05-25", "Guanajuato", None),
    ("On Feb 20, gunmen killed a Labour Party senatorial candidate in Nsukka, Enugu.",
     "2023-02-22", V, "Attack", 3, 7, 1, "2023-02-20", "Enugu", "Nsukka"),
    # --- Violence against civilians: abduction/forced disappearance
    ("On Jun 17, Al-Shabaab militants abducted 2 aid workers of a local NGO near Baidoa, Bay.",
     "2022-06-20", V, "Abduction/forced disappearance", 2, 7, 0, "2022-06-17", "Bay", "Baidoa"),
    ("On Dec 4, plainclothes security personnel picked up a journalist from his home in Karachi, Sindh; his "
     "family says his whereabouts are unknown.",
     "2022-12-06", V, "Abduction/forced disappearance", 1, 7, 0, "2022-12-04", "Sindh", "Karachi"),
    ("On Aug 29, soldiers abducted 3 young men from a market in Kumbo, North-West; they have not been seen since.",
     "2022-09-01", V, "Abduction/forced disappearance", 1, 7, 0, "2022-08-29", None, "Kumbo"),
    ("On Apr 23, gang members kidnapped 5 nuns and a priest in Croix-des-Bouquets, Ouest.",
     "2023-04-25", V, "Abduction/forced disappearance", 3, 7, 0, "2023-04-23", "Ouest", None),
    ("On Oct 15, state police officers abducted 3 young men in Tierra Blanca, Veracruz; they remain missing.",
     "2022-10-18", V, "Abduction/forced disappearance", 1, 7, 0, "2022-10-15", "Veracruz", None),
    ("On Jan 22, Ambazonian separatists abducted a school principal in Bamenda, North-West.",
     "2023-01-24", V, "Abduction/forced disappearance", 2, 7, 0, "2023-01-22", None, "Bamenda"),
    ("On Nov 8, Fano militiamen abducted 6 civilians in Dessie, Amhara, demanding ransom.",
     "2023-11-10", V, "Abduction/forced disappearance", 4, 7, 0, "2023-11-08", "Amhara", "Dessie"),
    # --- Violence against civilians: sexual violence
    ("On Jan 27, ADF rebels raped 3 women in a village near Oicha, North Kivu.",
     "2023-01-30", V, "Sexual violence", 2, 7, 0, "2023-01-27", "North Kivu", None),
    ("On Jul 11, a police officer sexually assaulted a woman held in custody at a police station in Lahore, Punjab.",
     "2022-07-13", V, "Sexual violence", 1, 7, 0, "2022-07-11", None, "Lahore"),
    # (ACLED may name the commune, Cite Soleil, or the city: the location is left unchecked)
    ("On Apr 5, gang members raped 3 girls in the Cite Soleil neighbourhood of Port-au-Prince.",
     "2023-04-08", V, "Sexual violence", 3, 7, 0, "2023-04-05", None, None),
    # --- Riots: mob violence, the crowd's justice
    ("On Jun 9, a mob lynched 2 men suspected of stealing cattle in Madhubani, Bihar.",
     "2022-06-11", R, "Mob violence", 5, 7, 2, "2022-06-09", "Bihar", "Madhubani"),
    ("On Oct 26, residents set ablaze 3 suspected robbers in Petion-Ville, killing them.",
     "2023-10-28", R, "Mob violence", 5, 7, 3, "2023-10-26", None, None),
    ("On Feb 2, a mob stoned to death a woman accused of witchcraft in Kwale, Kenya.",
     "2023-02-04", R, "Mob violence", 5, 7, 1, "2023-02-02", None, "Kwale"),
    # --- Identity militias (inter 4): communal and herder-farmer violence
    ("On Mar 19, Fulani herdsmen attacked farmers in Guma, Benue, killing 7.",
     "2023-03-21", V, "Attack", 4, 7, 7, "2023-03-19", "Benue", None),
    ("On Jun 21, clashes between herders and farmers over grazing land near Bokkos, Plateau, left 6 people dead.",
     "2023-06-23", B, "Armed clash", 4, 4, 6, "2023-06-21", "Plateau", None),
    ("On Jun 16, Arab militiamen attacked Masalit villagers in Misterei, West Darfur, killing 12.",
     "2023-06-19", V, "Attack", 4, 7, 12, "2023-06-16", "West Darfur", None),
    ("On Feb 13, Dinka cattle keepers clashed with Murle youths over cattle near Pibor, Jonglei; 14 people were "
     "killed.",
     "2023-02-16", B, "Armed clash", 4, 4, 14, "2023-02-13", None, "Pibor"),
    ("On Apr 28, militias of two rival clans fought over a water well near Adale, Middle Shabelle, killing 4.",
     "2022-04-30", B, "Armed clash", 4, 4, 4, "2022-04-28", "Middle Shabelle", None),
    ("On Apr 7, armed cattle herders attacked farmers in Mundri, Western Equatoria, killing 3.",
     "2023-04-10", V, "Attack", 4, 7, 3, "2023-04-07", "Western Equatoria", None),
    ("On Jul 1, Dozo militiamen killed 5 Fulani herders near Bankass, Mopti.",
     "2022-07-04", V, "Attack", 4, 7, 5, "2022-07-01", "Mopti", "Bankass"),
    ("On Sep 5, vigilantes beat to death 2 suspected thieves in Potiskum, Yobe.",
     "2022-09-07", V, "Attack", 4, 7, 2, "2022-09-05", "Yobe", "Potiskum"),
    # --- Political militias (inter 3): election violence
    ("On Jul 30, ZANU-PF youths assaulted 4 CCC supporters at a rally in Mutare, Manicaland.",
     "2023-07-31", V, "Attack", 3, 7, 0, "2023-07-30", "Manicaland", "Mutare"),
    ("On Mar 18, political thugs shot dead a voter and snatched ballot boxes at a polling unit in Ikeja, Lagos.",
     "2023-03-19", V, "Attack", 3, 7, 1, "2023-03-18", "Lagos", "Ikeja"),
    ("On Feb 8, supporters of two rival candidates exchanged fire outside a polling station in Shangla, "
     "Khyber Pakhtunkhwa, killing 2.",
     "2024-02-09", B, "Armed clash", 3, 3, 2, "2024-02-08", "Khyber Pakhtunkhwa", None),
    # --- Explosions/Remote violence: mines left behind, their victims civilians
    ("On Jul 14, a tractor driver was killed when his tractor hit a Russian anti-tank mine in a field near "
     "Balakliia, Kharkiv.",
     "2023-07-15", E, "Remote explosive/landmine/IED", 8, 7, 1, "2023-07-14", "Kharkiv", "Balakliia"),
    ("On Oct 21, a landmine planted by ISIS exploded, killing 2 truffle hunters in the desert near Al-Sukhnah, "
     "Homs.",
     "2022-10-23", E, "Remote explosive/landmine/IED", 2, 7, 2, "2022-10-21", "Homs", None),
    ("On May 30, a child was killed and 2 others injured when a landmine exploded while they herded sheep near "
     "Haradh, Hajjah.",
     "2022-06-01", E, "Remote explosive/landmine/IED", 3, 7, 1, "2022-05-30", "Hajjah", "Haradh"),
]


# Gaps in NOTES_ABROAD_VIOLENCE the extractor does not close yet, by case id: each must fail (strict).
NOTES_ABROAD_VIOLENCE_GAPS: dict[str, str] = {
    "v06-Attack": "the town (Spanish Town) is not found",
}


@pytest.mark.parametrize(("text", "published", "event_type", "sub_event_type", "inter1", "inter2", "fatalities",
                          "event_date", "admin1", "location"), _note_params("v", NOTES_ABROAD_VIOLENCE,
                                                                    NOTES_ABROAD_VIOLENCE_GAPS))
def test_acled_violence_note_from_abroad(text: str, published: str, event_type: str, sub_event_type: str,
                                         inter1: int, inter2: int, fatalities: int, event_date: str,
                                         admin1: str | None, location: str | None) -> None:
    test_acled_note_from_abroad(text, published, event_type, sub_event_type, inter1, inter2, fatalities,
                                event_date, admin1, location)


def test_a_mine_named_by_its_kind_and_its_army_is_that_armys_explosion() -> None:
    # "anti-personnel mine" is a mine as "landmine" is; "a Turkish landmine" was laid by Turkey's forces
    text = "On Mar 2, a boy was wounded when he stepped on an anti-personnel mine near Kobani, Aleppo."
    event = eventwatch.extract(text, published="2022-03-05")["events"][0]
    assert (event["event_type"], event["sub_event_type"]) == (E, "Remote explosive/landmine/IED")
    text = "On Mar 2, a Turkish landmine exploded under a truck near Tal Tamr, Hasakah, killing the driver."
    event = eventwatch.extract(text, published="2022-03-05")["events"][0]
    assert (event["sub_event_type"], event["actor1"], event["fatalities"]) == (
        "Remote explosive/landmine/IED", "Military Forces of Turkey", 1)


@pytest.mark.parametrize(("text", "codes"), [
    # two peoples that fight are two communal militias; armed herders who attack are one
    ("On Oct 4, pastoralists clashed with farmers over a water point near Kapoeta, Eastern Equatoria, killing 5.",
     ("Battles", 4, 4, 5)),
    ("On Oct 4, armed pastoralists attacked farmers near Kapoeta, Eastern Equatoria, killing 5.",
     ("Violence against civilians", 4, 7, 5)),
    ("On Oct 4, cattle raiders attacked a cattle camp near Kapoeta, Eastern Equatoria, killing 5 herders.",
     ("Violence against civilians", 4, 7, 5)),
])
def test_herders_who_fight_are_a_communal_militia(text: str, codes: tuple) -> None:
    event = eventwatch.extract(text, published="2022-10-06")["events"][0]
    assert (event["event_type"], event["inter1"], event["inter2"], event["fatalities"]) == codes, text


@pytest.mark.parametrize("text", [
    "On Feb 11, gunmen assaulted 3 opposition supporters at a rally in Ogbomosho, Oyo.",
    "On Feb 11, ZANU-PF youths beat 3 opposition activists during a rally in Masvingo.",
])
def test_armed_men_who_strike_at_a_rally_attack_no_protest_is_told(text: str) -> None:
    # the rally is where the political militia struck: ACLED's attack on civilians, no protest event
    event = eventwatch.extract(text, published="2023-02-13")["events"][0]
    assert (event["event_type"], event["sub_event_type"], event["inter1"], event["inter2"]) == (V, "Attack", 3, 7)


# --- A third round of notes from abroad, run as the ACLED evaluation runs them (the coder's label and the trailing
# "[size=...]" tag stripped by clean_notes): the full-date form "On 14 March 2023, ...", the sub-event types the first
# rounds hold fewest of, and the regions they hold least: Latin America (Brazil, Haiti, Colombia, Mexico), South Asia
# (Bangladesh, Pakistan, India, Myanmar), the Sahel, Sudan, Ethiopia and Somalia, Syria, Lebanon and Palestine, and
# Ukraine and Russia (each state's forces are external, inter 8, on the other's soil). Same tuple as NOTES_ABROAD.
NOTES_ABROAD_THIRD: list[tuple[str, str, str, str, int, int, int, str, str | None, str | None]] = [
    # --- Strategic developments: Looting/property destruction
    ("Looting: On 3 May 2023, RSF fighters looted shops and a hospital pharmacy in El Geneina, West Darfur.",
     "2023-05-06", S, "Looting/property destruction", 2, 7, 0, "2023-05-03", "West Darfur", "El Geneina"),
    ("Property destruction: On 22 February 2024, gang members burned dozens of homes in Mirebalais, Centre, Haiti.",
     "2024-02-24", S, "Looting/property destruction", 3, 7, 0, "2024-02-22", "Centre", "Mirebalais"),
    ("Property destruction: On 9 June 2023, Kuki militants torched 25 houses in a village near Churachandpur, "
     "Manipur.",
     "2023-06-11", S, "Looting/property destruction", 4, 7, 0, "2023-06-09", "Manipur", None),
    ("Looting: On 2 October 2023, JNIM militants stole about 300 head of cattle from herders near Gorom-Gorom, "
     "Sahel.",
     "2023-10-05", S, "Looting/property destruction", 2, 7, 0, "2023-10-02", "Sahel", "Gorom-Gorom"),
    ("Property destruction: On 11 January 2024, Al-Shabaab militants burned 3 trucks carrying khat near Bardhere, "
     "Gedo.",
     "2024-01-13", S, "Looting/property destruction", 2, 7, 0, "2024-01-11", "Gedo", "Bardhere"),
    ("Property destruction: On 5 April 2023, Israeli forces demolished 4 Palestinian homes in Masafer Yatta, "
     "south of Hebron.",
     "2023-04-07", S, "Looting/property destruction", 8, 7, 0, "2023-04-05", None, None),
    # --- Strategic developments: Non-violent transfer of territory
    ("On 4 December 2023, TNLA fighters took control of Namhsan town, Shan, without a fight after the military "
     "abandoned its positions.",
     "2023-12-06", S, "Non-violent transfer of territory", 2, 1, 0, "2023-12-04", "Shan", "Namhsan"),
    ("On 13 August 2023, Malian soldiers took over the MINUSMA camp in Ber, Timbuktu, after the peacekeepers "
     "withdrew.",
     "2023-08-15", S, "Non-violent transfer of territory", 1, 8, 0, "2023-08-13", "Timbuktu", "Ber"),
    ("On 8 December 2024, HTS fighters entered Homs city without resistance after regime forces withdrew.",
     "2024-12-10", S, "Non-violent transfer of territory", 2, 1, 0, "2024-12-08", "Homs", "Homs"),
    ("On 20 January 2023, Ethiopian federal troops entered Shire, Tigray, unopposed after TPLF forces withdrew "
     "under the peace deal.",
     "2023-01-23", S, "Non-violent transfer of territory", 1, 2, 0, "2023-01-20", "Tigray", "Shire"),
    # --- Strategic developments: Headquarters or base established
    ("On 6 March 2023, JNIM militants established a base in the forest near Fada N'Gourma, Est.",
     "2023-03-09", S, "Headquarters or base established", 2, 0, 0, "2023-03-06", "Est", "Fada N'Gourma"),
    ("On 19 May 2023, Wagner Group forces set up a base at the airport in Menaka.",
     "2023-05-22", S, "Headquarters or base established", 8, 0, 0, "2023-05-19", "Menaka", "Menaka"),
    ("On 2 July 2023, ELN guerrillas set up a camp in the rural area of Tame, Arauca.",
     "2023-07-04", S, "Headquarters or base established", 2, 0, 0, "2023-07-02", "Arauca", "Tame"),
    ("Headquarters established: On 10 August 2023, the RSF established a command post inside a hospital in "
     "Omdurman, Khartoum.",
     "2023-08-13", S, "Headquarters or base established", 2, 0, 0, "2023-08-10", "Khartoum", "Omdurman"),
    # --- Strategic developments: Agreement
    ("On 11 February 2024, the Somali government and Marehan clan militias signed a reconciliation agreement in "
     "Dhusamareb, Galgaduud.",
     "2024-02-13", S, "Agreement", 1, 4, 0, "2024-02-11", "Galgaduud", "Dhusamareb"),
    ("On 14 May 2023, the Colombian government and the ELN agreed to a bilateral ceasefire in Bogota.",
     "2023-05-16", S, "Agreement", 1, 2, 0, "2023-05-14", None, "Bogota"),
    ("On 7 April 2023, the G9 and G-Pep gang coalitions agreed to a truce in Cite Soleil, Ouest.",
     "2023-04-10", S, "Agreement", 3, 3, 0, "2023-04-07", "Ouest", None),
    ("On 21 March 2024, Yemeni government forces and the Houthis exchanged 40 prisoners in Marib under a deal "
     "brokered by the ICRC.",
     "2024-03-23", S, "Agreement", 1, 2, 0, "2024-03-21", "Marib", "Marib"),
    ("On 30 June 2023, the Sudanese army and the RSF agreed to a 72-hour humanitarian truce in Khartoum.",
     "2023-07-02", S, "Agreement", 1, 2, 0, "2023-06-30", "Khartoum", "Khartoum"),
    # --- Strategic developments: Change to group/activity
    ("Movement of forces: On 18 January 2024, Kenyan police officers were deployed to Lamu to reinforce "
     "security after a series of attacks.",
     "2024-01-20", S, "Change to group/activity", 1, 0, 0, "2024-01-18", "Lamu", "Lamu"),
    ("Security measures: On 16 August 2023, Pakistani authorities suspended mobile internet services in "
     "Jaranwala, Punjab, following attacks on churches.",
     "2023-08-18", S, "Change to group/activity", 1, 0, 0, "2023-08-16", "Punjab", "Jaranwala"),
    ("On 10 July 2023, the Haitian government declared a state of emergency in the Artibonite department.",
     "2023-07-12", S, "Change to group/activity", 1, 0, 0, "2023-07-10", "Artibonite", None),
    ("Movement of forces: On 1 January 2024, the Somali army deployed reinforcements to Mahas, Hiraan.",
     "2024-01-03", S, "Change to group/activity", 1, 0, 0, "2024-01-01", "Hiraan", "Mahas"),
    ("Security measures: On 1 August 2023, authorities imposed a curfew in Nuh, Haryana, after communal clashes.",
     "2023-08-02", S, "Change to group/activity", 1, 0, 0, "2023-08-01", "Haryana", "Nuh"),
    # --- Strategic developments: Disrupted weapons use
    ("Interception: On 13 February 2024, Russian air defences shot down 6 Ukrainian drones over Belgorod.",
     "2024-02-14", S, "Disrupted weapons use", 1, 8, 0, "2024-02-13", "Belgorod", "Belgorod"),
    ("Defusal: On 4 April 2023, a Pakistani bomb disposal squad defused an IED planted near a school in Khuzdar, "
     "Balochistan.",
     "2023-04-06", S, "Disrupted weapons use", 1, 3, 0, "2023-04-04", "Balochistan", "Khuzdar"),
    ("Weapons seizure: On 22 June 2023, Brazilian federal police seized 15 rifles and grenades from a Comando "
     "Vermelho hideout in Rio de Janeiro.",
     "2023-06-24", S, "Disrupted weapons use", 1, 3, 0, "2023-06-22", "Rio de Janeiro", "Rio de Janeiro"),
    ("On 3 March 2024, Colombian soldiers found and destroyed 12 landmines planted by the ELN in Saravena, Arauca.",
     "2024-03-05", S, "Disrupted weapons use", 1, 2, 0, "2024-03-03", "Arauca", "Saravena"),
    ("On 18 September 2023, Malian soldiers dismantled an IED workshop belonging to JNIM near Niono, Segou.",
     "2023-09-20", S, "Disrupted weapons use", 1, 2, 0, "2023-09-18", "Segou", "Niono"),
    # --- Explosions/Remote violence: Grenade (a grenade dropped from a drone is ACLED's drone strike)
    ("On 14 September 2023, unidentified men threw a grenade at a police station in Jamundi, Valle del Cauca, "
     "wounding 2 officers.",
     "2023-09-16", E, "Grenade", 3, 1, 0, "2023-09-14", "Valle del Cauca", "Jamundi"),
    ("On 27 March 2023, unknown assailants hurled a grenade at a bus stand in Shopian, Jammu and Kashmir, "
     "injuring 5 civilians.",
     "2023-03-29", E, "Grenade", 3, 7, 0, "2023-03-27", "Jammu and Kashmir", "Shopian"),
    ("On 8 July 2023, cartel gunmen threw a grenade into a nightclub in Ciudad Juarez, Chihuahua, killing 1 "
     "person and injuring 4.",
     "2023-07-10", E, "Grenade", 3, 7, 1, "2023-07-08", "Chihuahua", "Ciudad Juarez"),
    ("On 19 November 2023, unidentified attackers lobbed a hand grenade into a shop in Mogadishu, killing 1 "
     "civilian.",
     "2023-11-21", E, "Grenade", 3, 7, 1, "2023-11-19", "Banadir", "Mogadishu"),
    ("On 11 February 2024, a Russian drone dropped a grenade on a car in Beryslav, Kherson, wounding the driver.",
     "2024-02-12", E, "Air/drone strike", 8, 7, 0, "2024-02-11", "Kherson", "Beryslav"),
    # --- Explosions/Remote violence: Chemical weapon
    ("On 15 March 2024, Russian forces dropped grenades containing tear gas on Ukrainian positions near Krynky, "
     "Kherson.",
     "2024-03-16", E, "Chemical weapon", 8, 1, 0, "2024-03-15", "Kherson", "Krynky"),
    ("On 23 January 2024, Myanmar military aircraft dropped chemical bombs on PDF positions in Kutkai township, "
     "Shan, injuring 5 fighters.",
     "2024-01-26", E, "Chemical weapon", 1, 2, 0, "2024-01-23", "Shan", None),
    ("On 12 December 2023, Syrian regime forces fired shells loaded with chlorine gas at Sarmin, Idlib, "
     "injuring 8 civilians.",
     "2023-12-14", E, "Chemical weapon", 1, 7, 0, "2023-12-12", "Idlib", "Sarmin"),
    # --- Violence against civilians: Sexual violence
    ("On 24 June 2023, RSF fighters raped 4 women in Ardamata, West Darfur.",
     "2023-06-27", V, "Sexual violence", 2, 7, 0, "2023-06-24", "West Darfur", None),
    ("On 13 August 2023, gang members raped 2 women during a raid in Carrefour, Ouest.",
     "2023-08-15", V, "Sexual violence", 3, 7, 0, "2023-08-13", "Ouest", "Carrefour"),
    ("On 2 April 2024, Eritrean soldiers sexually assaulted 3 women in Irob, Tigray.",
     "2024-04-05", V, "Sexual violence", 8, 7, 0, "2024-04-02", "Tigray", None),
    ("On 30 October 2023, a Border Guard Bangladesh member raped a Rohingya woman in Teknaf, Cox's Bazar.",
     "2023-11-01", V, "Sexual violence", 1, 7, 0, "2023-10-30", "Chittagong", "Teknaf"),
    ("On 18 January 2024, Mexican soldiers sexually abused a migrant woman at a checkpoint in Tapachula, Chiapas.",
     "2024-01-20", V, "Sexual violence", 1, 7, 0, "2024-01-18", "Chiapas", "Tapachula"),
    # --- Protests: Excessive force against protesters
    ("On 16 July 2023, Kenyan police shot dead 3 protesters during anti-tax demonstrations in Kitengela, Kajiado.",
     "2023-07-18", P, "Excessive force against protesters", 6, 1, 3, "2023-07-16", "Kajiado", "Kitengela"),
    ("On 20 October 2022, security forces opened fire on anti-government demonstrators in N'Djamena, killing 12. "
     "[size=thousands]",
     "2022-10-22", P, "Excessive force against protesters", 6, 1, 12, "2022-10-20", None, "N'Djamena"),
    ("On 19 July 2024, police fired live rounds at student protesters in Narayanganj, killing 4 students.",
     "2024-07-21", P, "Excessive force against protesters", 6, 1, 4, "2024-07-19", "Dhaka", "Narayanganj"),
    ("On 11 November 2022, Iranian security forces shot dead 2 protesters in Zahedan, Sistan and Baluchestan.",
     "2022-11-13", P, "Excessive force against protesters", 6, 1, 2, "2022-11-11", None, "Zahedan"),
    ("On 9 May 2023, police shot dead a PTI supporter during a protest in Mardan, Khyber Pakhtunkhwa.",
     "2023-05-11", P, "Excessive force against protesters", 6, 1, 1, "2023-05-09", "Khyber Pakhtunkhwa", "Mardan"),
    # --- Protests: Protest with intervention
    ("On 5 March 2024, police used tear gas to disperse opposition supporters protesting in Dakar. [size=several "
     "hundred]",
     "2024-03-07", P, "Protest with intervention", 6, 1, 0, "2024-03-05", "Dakar", "Dakar"),
    ("On 22 May 2023, police used water cannon on university students marching in Kandy, Central. [size=no "
     "report]",
     "2023-05-24", P, "Protest with intervention", 6, 1, 0, "2023-05-22", None, "Kandy"),
    ("On 14 June 2023, Israeli forces fired tear gas to disperse a Palestinian protest against settlements in "
     "Beita, Nablus. [size=no report]",
     "2023-06-16", P, "Protest with intervention", 6, 8, 0, "2023-06-14", None, "Beita"),
    ("On 3 October 2023, military police dispersed an Indigenous land-rights protest in Brasilia with rubber "
     "bullets. [size=around 300]",
     "2023-10-05", P, "Protest with intervention", 6, 1, 0, "2023-10-03", None, "Brasilia"),
    ("On 8 February 2024, riot police detained 15 protesters during a march against the constitutional reform in "
     "Lome. [size=no report]",
     "2024-02-10", P, "Protest with intervention", 6, 1, 0, "2024-02-08", None, "Lome"),
    # --- Protests: Peaceful protest
    ("On 14 March 2023, around 200 garment workers protested in Gazipur, demanding higher wages. [size=around 200]",
     "2023-03-16", P, "Peaceful protest", 6, 0, 0, "2023-03-14", "Dhaka", "Gazipur"),
    ("On 2 June 2023, Palestinians held a demonstration in Ramallah in solidarity with prisoners. [size=no report]",
     "2023-06-04", P, "Peaceful protest", 6, 0, 0, "2023-06-02", None, "Ramallah"),
    # --- Riots: Mob violence
    ("On 21 May 2023, a mob set fire to 2 suspected kidnappers in Port-au-Prince, killing them.",
     "2023-05-23", R, "Mob violence", 5, 7, 2, "2023-05-21", "Ouest", "Port-au-Prince"),
    ("On 9 September 2023, a mob lynched a man accused of blasphemy in Sargodha, Punjab.",
     "2023-09-11", R, "Mob violence", 5, 7, 1, "2023-09-09", "Punjab", "Sargodha"),
    ("On 17 March 2024, a mob beat 2 men suspected of cattle smuggling to death in Palamu, Jharkhand.",
     "2024-03-19", R, "Mob violence", 5, 7, 2, "2024-03-17", "Jharkhand", None),
    ("On 28 April 2023, a crowd lynched a man accused of robbing a pharmacy in Sao Goncalo, Rio de Janeiro.",
     "2023-04-30", R, "Mob violence", 5, 7, 1, "2023-04-28", "Rio de Janeiro", "Sao Goncalo"),
    # --- Battles: Government regains territory
    ("On 11 January 2025, Sudanese army forces recaptured the town of Wad Madani, Al Jazirah, from RSF fighters.",
     "2025-01-13", B, "Government regains territory", 1, 2, 0, "2025-01-11", "Al Jazirah", "Wad Madani"),
    ("On 7 December 2023, Burkinabe troops regained control of Djibasso, Boucle du Mouhoun, from JNIM militants, "
     "killing 9 militants.",
     "2023-12-10", B, "Government regains territory", 1, 2, 9, "2023-12-07", "Boucle du Mouhoun", "Djibasso"),
    ("On 12 March 2025, Russian forces recaptured the town of Sudzha, Kursk, from Ukrainian troops.",
     "2025-03-13", B, "Government regains territory", 1, 8, 0, "2025-03-12", "Kursk", "Sudzha"),
    ("On 5 February 2024, Myanmar military troops recaptured Kawlin town, Sagaing, from PDF fighters.",
     "2024-02-07", B, "Government regains territory", 1, 2, 0, "2024-02-05", "Sagaing", "Kawlin"),
    # --- Battles: Non-state actor overtakes territory
    ("On 5 January 2024, MNDAA fighters seized Laukkai, Shan, after weeks of fighting with the Myanmar military.",
     "2024-01-07", B, "Non-state actor overtakes territory", 2, 1, 0, "2024-01-05", "Shan", "Laukkai"),
    ("On 26 October 2023, RSF fighters captured the army's division headquarters in Nyala, South Darfur, after "
     "heavy clashes.",
     "2023-10-28", B, "Non-state actor overtakes territory", 2, 1, 0, "2023-10-26", "South Darfur", "Nyala"),
    ("On 18 June 2023, Al-Shabaab militants captured a village in El Dher district, Galgaduud, after clashes with "
     "clan militias, killing 4 militiamen.",
     "2023-06-20", B, "Non-state actor overtakes territory", 2, 4, 4, "2023-06-18", "Galgaduud", None),
    ("On 5 August 2023, Fano militiamen took control of Debre Tabor, Amhara, after brief clashes with Ethiopian "
     "troops.",
     "2023-08-07", B, "Non-state actor overtakes territory", 4, 1, 0, "2023-08-05", "Amhara", "Debre Tabor"),
    # --- Battles: Armed clash in Latin America
    ("On 28 October 2024, military police clashed with Comando Vermelho gang members in Complexo do Alemao, "
     "Rio de Janeiro, leaving 4 gang members dead.",
     "2024-10-30", B, "Armed clash", 1, 3, 4, "2024-10-28", "Rio de Janeiro", None),
    ("On 14 March 2023, CJNG and Sinaloa Cartel gunmen fought in Frontera Comalapa, Chiapas, killing 8.",
     "2023-03-16", B, "Armed clash", 3, 3, 8, "2023-03-14", "Chiapas", "Frontera Comalapa"),
    ("On 6 May 2024, Haitian police exchanged fire with gang members in Delmas, Ouest, killing 2 gang members.",
     "2024-05-08", B, "Armed clash", 1, 3, 2, "2024-05-06", "Ouest", "Delmas"),
    # --- Explosions/Remote violence: Air/drone strike
    ("On 14 March 2023, a Turkish drone struck a vehicle near Qamishli, Hasakah, killing 2 SDF fighters.",
     "2023-03-16", E, "Air/drone strike", 8, 2, 2, "2023-03-14", "Hasakah", "Qamishli"),
    ("On 9 October 2023, Israeli airstrikes hit a residential building in Jabalia refugee camp, Gaza, killing "
     "11 civilians.",
     "2023-10-10", E, "Air/drone strike", 8, 7, 11, "2023-10-09", None, "Jabalia"),
    ("On 27 September 2024, Israeli warplanes struck a house in Ain Qana, Nabatieh, killing 4 civilians.",
     "2024-09-28", E, "Air/drone strike", 8, 7, 4, "2024-09-27", "Nabatieh", None),
    ("On 3 December 2023, a Nigerian military drone mistakenly bombed a religious gathering in Tudun Biri, "
     "Kaduna, killing 85 civilians.",
     "2023-12-05", E, "Air/drone strike", 1, 7, 85, "2023-12-03", "Kaduna", None),
    ("On 1 June 2024, Sudanese army warplanes bombed a market in Kabkabiya, North Darfur, killing 9 civilians.",
     "2024-06-03", E, "Air/drone strike", 1, 7, 9, "2024-06-01", "North Darfur", "Kabkabiya"),
    # --- Explosions/Remote violence: Shelling/artillery/missile attack
    ("On 14 March 2023, Russian forces shelled the centre of Nikopol, Dnipropetrovsk, killing 1 civilian and "
     "injuring 4.",
     "2023-03-15", E, "Shelling/artillery/missile attack", 8, 7, 1, "2023-03-14", "Dnipropetrovsk", "Nikopol"),
    ("On 6 November 2024, Ukrainian forces shelled Shebekino, Belgorod, wounding 2 civilians.",
     "2024-11-07", E, "Shelling/artillery/missile attack", 8, 7, 0, "2024-11-06", "Belgorod", "Shebekino"),
    ("On 19 June 2023, RSF fighters fired artillery shells at residential areas in El Obeid, North Kordofan, "
     "killing 5 civilians.",
     "2023-06-21", E, "Shelling/artillery/missile attack", 2, 7, 5, "2023-06-19", "North Kordofan", "El Obeid"),
    ("On 30 November 2023, regime artillery shelled Darat Izza, Aleppo, killing 3 civilians.",
     "2023-12-02", E, "Shelling/artillery/missile attack", 1, 7, 3, "2023-11-30", "Aleppo", "Darat Izza"),
    # --- Explosions/Remote violence: Suicide bomb (the bomber counted in the toll where the note counts him)
    # (a party's rally is one of ACLED's demonstrations: those bombed at it are protesters, inter2 6)
    ("On 30 July 2023, an Islamic State suicide bomber blew himself up at a JUI-F political rally in Khar, Bajaur, "
     "killing 54 people.",
     "2023-08-01", E, "Suicide bomb", 2, 6, 54, "2023-07-30", "Khyber Pakhtunkhwa", "Khar"),
    ("On 14 March 2023, an Al-Shabaab suicide bomber detonated an explosive vest at a military training camp in "
     "Jowhar, Middle Shabelle, killing 16 soldiers.",
     "2023-03-16", E, "Suicide bomb", 2, 1, 16, "2023-03-14", "Middle Shabelle", "Jowhar"),
    ("On 12 February 2024, a female suicide bomber blew herself up at a market in Gwoza, Borno, killing herself "
     "and 8 civilians.",
     "2024-02-14", E, "Suicide bomb", 3, 7, 9, "2024-02-12", "Borno", "Gwoza"),
    ("On 25 December 2023, a suicide car bomber struck a security forces post in Mir Ali, North Waziristan, "
     "killing 5 soldiers.",
     "2023-12-27", E, "Suicide bomb", 3, 1, 5, "2023-12-25", "Khyber Pakhtunkhwa", "Mir Ali"),
    # --- Explosions/Remote violence: Remote explosive/landmine/IED
    ("On 14 March 2023, a roadside IED struck a police vehicle in Kech, Balochistan, killing 3 policemen.",
     "2023-03-16", E, "Remote explosive/landmine/IED", 3, 1, 3, "2023-03-14", "Balochistan", None),
    ("On 11 July 2023, an IED planted by cartel members killed 4 police officers and 2 civilians on a road near "
     "Tlajomulco, Jalisco.",
     "2023-07-13", E, "Remote explosive/landmine/IED", 3, 1, 6, "2023-07-11", "Jalisco", None),
    ("On 6 September 2023, an IED targeted an ATMIS convoy near Marka, Lower Shabelle, wounding 2 Ugandan "
     "soldiers.",
     "2023-09-08", E, "Remote explosive/landmine/IED", 3, 8, 0, "2023-09-06", "Lower Shabelle", "Marka"),
    ("On 15 April 2024, an IED struck a civilian bus near Gao, killing 6 passengers.",
     "2024-04-17", E, "Remote explosive/landmine/IED", 3, 7, 6, "2024-04-15", "Gao", "Gao"),
    # --- Violence against civilians: Abduction/forced disappearance
    ("On 7 March 2024, gunmen abducted 137 pupils from a school in Kuriga, Kaduna.",
     "2024-03-09", V, "Abduction/forced disappearance", 3, 7, 0, "2024-03-07", "Kaduna", None),
    ("On 22 October 2023, ELN guerrillas kidnapped the father of a footballer in Barrancas, La Guajira.",
     "2023-10-24", V, "Abduction/forced disappearance", 2, 7, 0, "2023-10-22", "La Guajira", "Barrancas"),
    ("On 29 January 2024, unidentified armed men abducted a Hindu trader in Kashmore, Sindh.",
     "2024-01-31", V, "Abduction/forced disappearance", 3, 7, 0, "2024-01-29", "Sindh", "Kashmore"),
    ("On 4 June 2023, Myanmar soldiers abducted 12 villagers in Yinmabin township, Sagaing, and used them as "
     "human shields.",
     "2023-06-07", V, "Abduction/forced disappearance", 1, 7, 0, "2023-06-04", "Sagaing", None),
    ("On 18 August 2023, RSF fighters abducted 3 doctors from a clinic in El Fasher, North Darfur.",
     "2023-08-21", V, "Abduction/forced disappearance", 2, 7, 0, "2023-08-18", "North Darfur", "El Fasher"),
    # --- Strategic developments: Arrests
    ("Arrests: On 10 May 2023, federal police arrested 3 militia members accused of killing a councillor in Rio "
     "de Janeiro.",
     "2023-05-12", S, "Arrests", 1, 3, 0, "2023-05-10", "Rio de Janeiro", "Rio de Janeiro"),
    ("Arrests: On 2 February 2024, Haitian National Police arrested a gang leader in Petion-Ville, Ouest.",
     "2024-02-04", S, "Arrests", 1, 3, 0, "2024-02-02", "Ouest", None),
    ("Arrests: On 14 March 2023, Indian police arrested 3 suspected Hizbul Mujahideen militants in Baramulla, "
     "Jammu and Kashmir.",
     "2023-03-16", S, "Arrests", 1, 2, 0, "2023-03-14", "Jammu and Kashmir", "Baramulla"),
]


# Gaps in NOTES_ABROAD_THIRD the extractor does not close yet, by case id: each must fail (strict).
NOTES_ABROAD_THIRD_GAPS: dict[str, str] = {
    "t09-Non-violent_transfer_of_territory": "the town (Shire) is not found",
    "t22-Change_to_group_activity": "the town (Mahas) is not found",
    "t61-Government_regains_territory": "the town (Kawlin) is not found",
    "t64-Non-state_actor_overtakes_territory": "\"El Dher district\" is not found, and Galgaduud after it is lost",
    "t70-Air_drone_strike": "the camp (Jabalia) is not found",
    "t71-Air_drone_strike": "the village (Ain Qana) is not found, and Nabatieh after it is lost",
    "t81-Suicide_bomb": "the town (Mir Ali) is not found",
}


@pytest.mark.parametrize(("text", "published", "event_type", "sub_event_type", "inter1", "inter2", "fatalities",
                          "event_date", "admin1", "location"), _note_params("t", NOTES_ABROAD_THIRD,
                                                                    NOTES_ABROAD_THIRD_GAPS))
def test_acled_note_from_abroad_as_evaluated(text: str, published: str, event_type: str, sub_event_type: str,
                                            inter1: int, inter2: int, fatalities: int, event_date: str,
                                            admin1: str | None, location: str | None) -> None:
    # the evaluation strips the coder's label and the "[size=...]" tag before it extracts
    test_acled_note_from_abroad(clean_notes(text), published, event_type, sub_event_type, inter1, inter2,
                                fatalities, event_date, admin1, location)


@pytest.mark.parametrize(("text", "taken"), [
    ("On 5 May 2023, ELN guerrillas seized Saravena, Arauca, after clashes with Colombian soldiers.", True),
    ("On 5 May 2023, M23 rebels captured Rutshuru from the Congolese army.", True),
    ("On 5 May 2023, Mexican soldiers seized Sinaloa cartel weapons in Culiacan.", False),
    ("On 5 May 2023, police seized Kabul's largest stock of heroin in a raid.", False),
])
def test_a_place_taken_by_its_bare_name_is_territory_goods_named_for_it_are_not(text: str, taken: bool) -> None:
    # the place's name right after the verb, ending its phrase, is the place taken; a name before a noun qualifies it
    events = eventwatch.extract(text, published="2023-05-08")["events"]
    assert ("Non-state actor overtakes territory" in [e["sub_event_type"] for e in events]) is taken, text


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("On 2 May 2023, the authorities shut down mobile internet in Jos, Plateau, after gunmen killed 3 traders.",
     "Change to group/activity"),
    ("On 2 May 2023, gunmen killed 3 traders in Jos, Plateau, after the authorities imposed a curfew.", "Attack"),
])
def test_violence_told_as_a_measures_reason_is_not_the_event(text: str, sub_event_type: str) -> None:
    # the measure is the news where the violence is only why it was taken; a killing told first is the event
    event = eventwatch.extract(text, published="2023-05-04")["events"][0]
    assert event["sub_event_type"] == sub_event_type, text


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("On 4 May 2023, JNIM militants took control of Sofara after Malian soldiers withdrew.",
     "Non-violent transfer of territory"),
    ("On 4 May 2023, JNIM militants attacked and took control of Sofara after Malian soldiers withdrew.",
     "Non-state actor overtakes territory"),
    ("On 4 May 2023, Ethiopian troops entered Adwa unopposed under the peace deal.",
     "Non-violent transfer of territory"),
])
def test_a_place_its_holders_left_changes_hands_without_a_fight(text: str, sub_event_type: str) -> None:
    # taken "after the soldiers withdrew" or "unopposed", no fight told: ACLED's non-violent transfer, even under a deal
    event = eventwatch.extract(text, published="2023-05-08")["events"][0]
    assert event["sub_event_type"] == sub_event_type, text


@pytest.mark.parametrize(("text", "codes"), [
    # trucks burned with their goods are civilians' property; trucks only stranded by a blockade are nobody's loss
    ("On 3 May 2023, JNIM militants torched 4 trucks carrying grain near Boni, Mopti.",
     ("Looting/property destruction", 2, 7)),
    ("On 3 May 2023, JNIM militants stole 200 head of cattle from herders near Boni, Mopti.",
     ("Looting/property destruction", 2, 7)),
    ("On 3 May 2023, protesters burned tyres and blocked the highway in Kisii, stranding trucks carrying tea.",
     ("Violent demonstration", 5, 0)),
])
def test_goods_and_livestock_taken_or_burned_are_civilians_property(text: str, codes: tuple) -> None:
    event = eventwatch.extract(text, published="2023-05-06")["events"][0]
    assert (event["sub_event_type"], event["inter1"], event["inter2"] or 0) == codes, text


@pytest.mark.parametrize(("text", "fatalities"), [
    ("On 6 May 2023, police arrested 2 gang members accused of killing a shopkeeper in Gonaives, Artibonite.", 0),
    ("On 6 May 2023, soldiers detained a man wanted for the murder of 3 farmers in Makurdi, Benue.", 0),
    ("On 6 May 2023, residents lynched a man suspected of killing a trader in Kisii.", 1),
])
def test_the_killing_a_person_is_accused_of_is_no_toll_of_the_event(text: str, fatalities: int) -> None:
    # the charge tells who the arrested or lynched are; only the lynching itself kills here
    event = eventwatch.extract(text, published="2023-05-08")["events"][0]
    assert (event["fatalities"] or 0) == fatalities, text


# --- A fourth round of notes from abroad, in ACLED's note style and in news style (a weekday told against the
# publication date, "police said"): the countries and situations the rounds above hold least: cartel and gang
# violence in Mexico, Colombia, Brazil and Haiti, the Philippines, Myanmar's resistance, the war in Ukraine (Russia's
# forces in Ukraine and Ukraine's in Russia are foreign, 8), Pakistan, Bangladesh's party politics, Ethiopia,
# Mozambique and Burkina Faso. Same tuple as NOTES_ABROAD; an event_date of None is left unchecked ("overnight").
NOTES_ABROAD_FOURTH: list[tuple[str, str, str, str, int, int, int, str | None, str | None, str | None]] = [
    # --- Mexico / Colombia / Brazil
    ("On Mar 3, CJNG gunmen clashed with members of the Sinaloa Cartel in Frontera Comalapa, Chiapas, leaving 5 dead.",
     "2023-03-06", B, "Armed clash", 3, 3, 5, "2023-03-03", "Chiapas", "Frontera Comalapa"),
    ("On Jun 12, National Guard troops clashed with suspected cartel gunmen in Tepalcatepec, Michoacan; 3 gunmen were "
     "killed.",
     "2023-06-14", B, "Armed clash", 1, 3, 3, "2023-06-12", "Michoacan", "Tepalcatepec"),
    ("Dozens of relatives of missing people marched in Zapopan, Jalisco, on Sunday, demanding that authorities search "
     "for their loved ones.",
     "2023-05-09", P, "Peaceful protest", 6, 0, 0, "2023-05-07", "Jalisco", "Zapopan"),
    ("On Aug 8, ELN rebels attacked an army base in Saravena, Arauca, with explosive-laden drones, wounding 2 "
     "soldiers.",
     "2023-08-10", E, "Air/drone strike", 2, 1, 0, "2023-08-08", "Arauca", "Saravena"),
    ("On Oct 4, FARC dissidents ambushed an army patrol near Argelia, Cauca, killing 4 soldiers.",
     "2023-10-06", B, "Armed clash", 2, 1, 4, "2023-10-04", "Cauca", None),
    ("Gunmen on a motorbike shot dead a local councillor outside his home in Cucuta on Tuesday, Colombian police said.",
     "2023-05-10", V, "Attack", 3, 7, 1, "2023-05-09", None, "Cucuta"),
    ("Police said gunmen from the Comando Vermelho faction shot dead 3 men at a bar in Duque de Caxias, Rio de "
     "Janeiro, on Saturday.",
     "2023-09-18", V, "Attack", 3, 7, 3, "2023-09-16", "Rio de Janeiro", "Duque de Caxias"),
    ("On Jul 28, military police exchanged fire with suspected drug traffickers during an operation in Guaruja, Sao "
     "Paulo, killing 6 suspects.",
     "2023-07-31", B, "Armed clash", 1, 3, 6, "2023-07-28", "Sao Paulo", "Guaruja"),
    ("Police in Rio de Janeiro said officers seized 30 rifles and 2 tonnes of ammunition from a Comando Vermelho "
     "hideout in the Mare complex on Thursday.",
     "2023-03-11", S, "Disrupted weapons use", 1, 3, 0, "2023-03-09", "Rio de Janeiro", None),
    # --- Philippines
    ("On Feb 18, NPA rebels clashed with Philippine Army troops in Las Navas, Northern Samar, killing 2 rebels.",
     "2023-02-20", B, "Armed clash", 2, 1, 2, "2023-02-18", None, None),
    ("On Jun 5, Dawlah Islamiyah militants detonated an IED targeting a military truck in Datu Hoffer, Maguindanao, "
     "wounding 3 soldiers.",
     "2023-06-07", E, "Remote explosive/landmine/IED", 2, 1, 0, "2023-06-05", None, None),
    ("On Dec 10, unidentified gunmen shot dead a barangay captain in Cotabato City.",
     "2022-12-12", V, "Attack", 3, 7, 1, "2022-12-10", None, "Cotabato City"),
    ("The Philippine military said soldiers killed 3 Abu Sayyaf militants in a firefight on the island of Basilan on "
     "Friday.",
     "2022-04-11", B, "Armed clash", 1, 2, 3, "2022-04-08", None, None),
    # --- Myanmar
    ("On Apr 11, Myanmar military aircraft bombed a crowd gathered for a ceremony in Kanbalu township, Sagaing, "
     "killing over 100 people.",
     "2023-04-13", E, "Air/drone strike", 1, 7, 100, "2023-04-11", "Sagaing", None),
    ("On Oct 29, the Three Brotherhood Alliance captured the town of Chinshwehaw, Shan, from the Myanmar military.",
     "2023-10-31", B, "Non-state actor overtakes territory", 2, 1, 0, "2023-10-29", "Shan", None),
    ("On Jan 6, PDF fighters attacked a police station in Kani township, Sagaing, with drones, killing 2 police "
     "officers.",
     "2024-01-08", E, "Air/drone strike", 2, 1, 2, "2024-01-06", "Sagaing", None),
    ("On Mar 2, junta troops arrested 15 young men in Mandalay for allegedly supporting the resistance.",
     "2023-03-04", S, "Arrests", 1, 7, 0, "2023-03-02", "Mandalay", "Mandalay"),
    # --- Ukraine / Russia
    ("On Jan 14, a Russian missile struck an apartment building in Dnipro, killing 46 civilians.",
     "2023-01-16", E, "Shelling/artillery/missile attack", 8, 7, 46, "2023-01-14", None, "Dnipro"),
    ("On Aug 19, Russian forces shelled Kherson city, killing 2 civilians and wounding 5.",
     "2023-08-21", E, "Shelling/artillery/missile attack", 8, 7, 2, "2023-08-19", "Kherson", "Kherson"),
    ("Russian forces pounded the frontline town of Huliaipole with artillery overnight, killing a 60-year-old woman, "
     "the regional governor said on Sunday.",
     "2023-09-10", E, "Shelling/artillery/missile attack", 8, 7, 1, None, None, "Huliaipole"),
    ("On Mar 22, Ukrainian air defences shot down 12 Russian Shahed drones over Kyiv.",
     "2023-03-24", S, "Disrupted weapons use", 1, 8, 0, "2023-03-22", None, "Kyiv"),
    ("On May 12, Ukrainian forces shelled the town of Shebekino, Belgorod, wounding 3 civilians.",
     "2023-05-14", E, "Shelling/artillery/missile attack", 8, 7, 0, "2023-05-12", "Belgorod", "Shebekino"),
    ("On Jun 6, Ukrainian forces clashed with Russian forces near Robotyne, Zaporizhia.",
     "2023-06-08", B, "Armed clash", 1, 8, 0, "2023-06-06", None, None),
    ("On Sep 17, Ukrainian forces regained control of the village of Klishchiivka, Donetsk, from Russian forces.",
     "2023-09-19", B, "Government regains territory", 1, 8, 0, "2023-09-17", "Donetsk", None),
    ("On Feb 17, Russian forces captured the town of Avdiivka, Donetsk, after Ukrainian forces withdrew.",
     "2024-02-19", B, "Non-state actor overtakes territory", 8, 1, 0, "2024-02-17", "Donetsk", "Avdiivka"),
    ("A Ukrainian drone attack on a bus in the Russian-held city of Horlivka killed 3 passengers, Russian-installed "
     "officials said on Monday.",
     "2023-11-14", E, "Air/drone strike", 1, 7, 3, None, "Donetsk", "Horlivka"),
    ("Russia's defence ministry said its air defences destroyed 20 Ukrainian drones over the Bryansk region overnight.",
     "2023-08-20", S, "Disrupted weapons use", 1, 8, 0, None, "Bryansk", None),
    # --- Pakistan
    ("On Jan 30, a suicide bomber blew himself up in a mosque inside the police lines in Peshawar, Khyber "
     "Pakhtunkhwa, killing 84 people, mostly police officers.",
     "2023-02-01", E, "Suicide bomb", 3, 1, 84, "2023-01-30", "Khyber Pakhtunkhwa", "Peshawar"),
    ("On Aug 26, BLA militants stopped a passenger bus on the highway in Musakhel, Balochistan, and shot dead 23 "
     "passengers after checking their identity cards.",
     "2024-08-28", V, "Attack", 2, 7, 23, "2024-08-26", "Balochistan", None),
    ("On Apr 4, TTP militants attacked a police checkpost in Lakki Marwat, Khyber Pakhtunkhwa; police repulsed the "
     "attack and 2 militants were killed.",
     "2023-04-06", B, "Armed clash", 2, 1, 2, "2023-04-04", "Khyber Pakhtunkhwa", "Lakki Marwat"),
    ("On Nov 9, PTI workers pelted police with stones in Lahore, Punjab, and police fired tear gas to disperse them.",
     "2023-11-11", R, "Violent demonstration", 5, 1, 0, "2023-11-09", None, "Lahore"),
    ("Pakistani security forces killed 6 Tehreek-e-Taliban Pakistan militants in an intelligence-based operation in "
     "North Waziristan, the military's media wing said on Friday.",
     "2023-07-22", B, "Armed clash", 1, 2, 6, None, "Khyber Pakhtunkhwa", None),
    # --- Bangladesh
    ("On Jan 7, Awami League and BNP supporters clashed with sticks and brick chips in Sonagazi, Feni, injuring 15 "
     "people.",
     "2024-01-09", R, "Mob violence", 5, 5, 0, "2024-01-07", None, None),
    ("On Jul 18, police opened fire on students demonstrating against the job quota system in Rangpur, killing a "
     "student.",
     "2024-07-20", P, "Excessive force against protesters", 6, 1, 1, "2024-07-18", "Rangpur", "Rangpur"),
    ("Thousands of garment workers took to the streets of Gazipur on Monday demanding higher wages.",
     "2023-10-31", P, "Peaceful protest", 6, 0, 0, "2023-10-30", None, "Gazipur"),
    # --- Haiti
    ("On Jan 18, Haitian National Police officers clashed with gang members in Martissant, Port-au-Prince, killing 4 "
     "gang members.",
     "2023-01-20", B, "Armed clash", 1, 3, 4, "2023-01-18", "Ouest", None),
    ("On Oct 16, members of the 400 Mawozo gang kidnapped 17 missionaries travelling in Ganthier, Ouest.",
     "2021-10-18", V, "Abduction/forced disappearance", 3, 7, 0, "2021-10-16", "Ouest", None),
    ("On Oct 3, Gran Grif gang members attacked the town of Pont-Sonde, Artibonite, killing at least 70 residents.",
     "2024-10-05", V, "Attack", 3, 7, 70, "2024-10-03", "Artibonite", None),
    # --- Ethiopia
    ("On Feb 3, Fano militiamen clashed with ENDF soldiers in Debre Markos, Amhara; 9 people were killed.",
     "2024-02-05", B, "Armed clash", 4, 1, 9, "2024-02-03", "Amhara", "Debre Markos"),
    ("On Jun 20, OLA rebels attacked a village near Gida Kiremu, Oromia, killing 15 Amhara civilians.",
     "2022-06-22", V, "Attack", 2, 7, 15, "2022-06-20", "Oromia", None),
    ("On Nov 14, an Ethiopian military drone struck a minibus near Debre Birhan, Amhara, killing 8 civilians.",
     "2023-11-16", E, "Air/drone strike", 1, 7, 8, "2023-11-14", "Amhara", None),
    ("Federal police arrested 12 members of the opposition Oromo Federalist Congress in Adama, Oromia, on Friday.",
     "2022-03-14", S, "Arrests", 1, 7, 0, "2022-03-11", "Oromia", "Adama"),
    # --- Mozambique
    ("On Oct 10, Islamic State insurgents beheaded 3 civilians in Macomia district, Cabo Delgado.",
     "2022-10-12", V, "Attack", 2, 7, 3, "2022-10-10", "Cabo Delgado", None),
    ("On Aug 8, Rwandan troops and Mozambican soldiers recaptured the port town of Mocimboa da Praia, Cabo Delgado, "
     "from the insurgents.",
     "2021-08-10", B, "Government regains territory", 1, 2, 0, "2021-08-08", "Cabo Delgado", None),
    ("On Dec 1, opposition supporters blocked roads and burned tyres in Maputo; police fired tear gas and live "
     "rounds, killing 2 protesters.",
     "2024-12-03", R, "Violent demonstration", 5, 1, 2, "2024-12-01", None, "Maputo"),
    # --- Burkina Faso
    ("On Feb 25, JNIM militants attacked an army detachment in Tankoualou, Est, killing 12 soldiers.",
     "2024-02-27", B, "Armed clash", 2, 1, 12, "2024-02-25", None, None),
    ("On Aug 24, JNIM militants killed more than 100 civilians who were digging trenches around Barsalogho, "
     "Centre-Nord.",
     "2024-08-26", V, "Attack", 2, 7, 100, "2024-08-24", None, None),
    ("On Apr 20, Burkinabe soldiers killed 60 civilians in the village of Karma, Nord.",
     "2023-04-22", V, "Attack", 1, 7, 60, "2023-04-20", None, None),
    # --- more of the same countries: glide bombs, peoples' militias named together, withdrawals
    ("On May 10, PDF fighters ambushed a junta convoy on the road near Nawnghkio, Shan, killing 10 soldiers.",
     "2024-05-13", B, "Armed clash", 2, 1, 10, "2024-05-10", "Shan", None),
    ("On Jul 8, a Russian missile hit a children's hospital in Kyiv, killing 2 people.",
     "2024-07-09", E, "Shelling/artillery/missile attack", 8, 7, 2, "2024-07-08", None, "Kyiv"),
    ("On Nov 2, Russian glide bombs struck a residential area of Kharkiv, injuring 12 civilians.",
     "2024-11-04", E, "Air/drone strike", 8, 7, 0, "2024-11-02", "Kharkiv", "Kharkiv"),
    ("On Mar 26, a suicide bomber rammed an explosives-laden car into a convoy carrying Chinese engineers near "
     "Besham, Khyber Pakhtunkhwa, killing 6.",
     "2024-03-28", E, "Suicide bomb", 3, 7, 6, "2024-03-26", "Khyber Pakhtunkhwa", None),
    ("On Jan 17, ELN rebels and FARC dissidents clashed in Tame, Arauca, leaving 12 dead.",
     "2022-01-19", B, "Armed clash", 2, 2, 12, "2022-01-17", "Arauca", "Tame"),
    ("On Nov 7, police fired tear gas at demonstrators in Nampula who were protesting against the election results.",
     "2024-11-09", P, "Protest with intervention", 6, 1, 0, "2024-11-07", "Nampula", "Nampula"),
    ("Three doctors were shot dead at a beach kiosk in Rio de Janeiro on Thursday by militia members, police said.",
     "2023-10-07", V, "Attack", 3, 7, 3, "2023-10-05", "Rio de Janeiro", "Rio de Janeiro"),
    ("On Jan 15, a bomb exploded on a passenger bus in Isulan, Sultan Kudarat, wounding 8 passengers.",
     "2023-01-17", E, "Remote explosive/landmine/IED", 3, 7, 0, "2023-01-15", None, "Isulan"),
    ("On Sep 2, Kuki and Meitei militants exchanged fire in Bishnupur, Manipur, killing 2.",
     "2023-09-04", B, "Armed clash", 4, 4, 2, "2023-09-02", "Manipur", None),
    ("On Jan 12, bandits abducted 20 passengers travelling along the Kaduna-Abuja highway in Kaduna state.",
     "2023-01-14", V, "Abduction/forced disappearance", 3, 7, 0, "2023-01-12", "Kaduna", None),
    ("On Jun 14, ADF rebels attacked the village of Mukondi, North Kivu, killing 41 civilians with machetes.",
     "2023-06-16", V, "Attack", 2, 7, 41, "2023-06-14", "North Kivu", None),
    ("Suspected Al-Shabaab militants beheaded 2 farmers near Lamu, Kenya, on Sunday, police said.",
     "2023-06-20", V, "Attack", 2, 7, 2, "2023-06-18", "Lamu", None),
    ("On Dec 5, Fano militiamen took control of the town of Lalibela, Amhara, after Ethiopian soldiers withdrew.",
     "2023-12-07", S, "Non-violent transfer of territory", 4, 1, 0, "2023-12-05", "Amhara", "Lalibela"),
    ("Gang members set fire to the police station in Mirebalais, Centre, on Monday after police fled.",
     "2024-04-03", S, "Looting/property destruction", 3, 1, 0, "2024-04-01", None, "Mirebalais"),
    # --- news style: juntas, foreign forces beside the host's, cross-border fire, rockets, drones
    ("Colombian soldiers killed 4 members of the Clan del Golfo in a gunfight in Caceres, Antioquia, on Wednesday, "
     "the army said.",
     "2023-03-10", B, "Armed clash", 1, 3, 4, "2023-03-08", "Antioquia", None),
    ("A landmine planted by FARC dissidents killed a soldier in El Tambo, Cauca, on Friday.",
     "2023-03-13", E, "Remote explosive/landmine/IED", 2, 1, 1, "2023-03-10", "Cauca", None),
    ("Myanmar junta jets bombed a monastery sheltering displaced people in Sagaing region on Tuesday, killing 5 "
     "people, residents said.",
     "2023-03-16", E, "Air/drone strike", 1, 7, 5, "2023-03-14", "Sagaing", None),
    ("On Jan 23, Indian BSF troops shot dead a Bangladeshi cattle smuggler on the border in Lalmonirhat, Rangpur.",
     "2023-01-25", V, "Attack", 8, 7, 1, "2023-01-23", "Rangpur", None),
    ("Mozambican riot police shot dead 3 protesters in Maputo on Thursday during demonstrations against the disputed "
     "election results.",
     "2024-11-09", P, "Excessive force against protesters", 6, 1, 3, "2024-11-07", None, "Maputo"),
    ("On Feb 14, Wagner Group mercenaries and Malian soldiers executed 30 civilians in Hombori, Mopti.",
     "2023-02-16", V, "Attack", 1, 7, 30, "2023-02-14", None, "Hombori"),
    ("On Apr 2, VDP militiamen killed 8 Fulani civilians near Djibo, Sahel.",
     "2023-04-04", V, "Attack", 3, 7, 8, "2023-04-02", None, None),
    ("On Oct 7, Hamas militants fired hundreds of rockets from Gaza towards Sderot, killing 2 civilians.",
     "2023-10-08", E, "Shelling/artillery/missile attack", 2, 7, 2, "2023-10-07", None, "Sderot"),
    ("On May 3, a Russian drone dropped explosives on a bus stop in Kherson city, wounding 4 civilians.",
     "2024-05-05", E, "Air/drone strike", 8, 7, 0, "2024-05-03", "Kherson", "Kherson"),
    ("On Jun 21, ISWAP fighters overran a military base in Malam Fatori, Borno, killing 9 soldiers.",
     "2023-06-23", B, "Non-state actor overtakes territory", 2, 1, 9, "2023-06-21", "Borno", "Malam Fatori"),
    # one who has left the forces acts for none of them; whom he shot, by their calling, are civilians
    ("On Aug 9, a retired policeman shot dead two shopkeepers in a dispute in Chittagong.",
     "2023-08-11", V, "Attack", 3, 7, 2, "2023-08-09", "Chittagong", "Chittagong"),
]


# Gaps in NOTES_ABROAD_FOURTH the extractor does not close yet, by case id: each must fail (strict).
NOTES_ABROAD_FOURTH_GAPS: dict[str, str] = {
    "f19-Shelling_artillery_missile_attack": "the town (Huliaipole) is not found",
    "f31-Armed_clash": "North Waziristan is not found",
    "f43-Government_regains_territory": "\"the insurgents\" stay unidentified (3) where Mozambique's are IS's (2)",
}


@pytest.mark.parametrize(("text", "published", "event_type", "sub_event_type", "inter1", "inter2", "fatalities",
                          "event_date", "admin1", "location"), _note_params("f", NOTES_ABROAD_FOURTH,
                                                                    NOTES_ABROAD_FOURTH_GAPS))
def test_acled_note_from_abroad_fourth(text: str, published: str, event_type: str, sub_event_type: str,
                                       inter1: int, inter2: int, fatalities: int, event_date: str | None,
                                       admin1: str | None, location: str | None) -> None:
    events = eventwatch.extract(text, published=published)["events"]
    assert events, text
    test_acled_note_from_abroad(text, published, event_type, sub_event_type, inter1, inter2, fatalities,
                                events[0]["event_date"] if event_date is None else event_date, admin1, location)


@pytest.mark.parametrize("text", [
    "On 4 May 2023, youths engaged in stone-pelting at security forces in Pattan, Jammu and Kashmir.",
    "On 4 May 2023, opposition workers hurled bricks at police outside the party office in Multan, Punjab.",
])
def test_stones_thrown_at_the_forces_are_a_crowds_riot(text: str) -> None:
    # no armed group throws stones: a crowd against the forces, ACLED's rioters (5) and state forces (1)
    event = eventwatch.extract(text, published="2023-05-06")["events"][0]
    assert (event["event_type"], event["inter1"], event["inter2"]) == (R, 5, 1), (text, event["sub_event_type"])


@pytest.mark.parametrize("text", [
    "On 3 April 2021, supporters of the Freedom Alliance set fire to the district council office and pelted police "
    "with stones in Tumbes.",
    "On 14 March 2022, followers of a jailed cleric torched two police posts and hurled rocks at officers in Bakori, "
    "Katsina.",
])
def test_a_partys_followers_who_burn_and_throw_stones_at_police_riot(text: str) -> None:
    # arson told before the stones is the same crowd's act: rioters (5) against the police (1), no property
    # destruction by no one
    event = eventwatch.extract(text, published="2022-05-06")["events"][0]
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Violent demonstration", 5, 1), text


def test_an_armed_groups_supporters_who_burn_and_throw_stones_are_no_crowd() -> None:
    # a named armed group's people: its arson stays its property destruction, no rioters
    text = ("On 3 April 2021, Hezbollah supporters set fire to the district council office and threw stones at "
            "soldiers in Tyre.")
    event = eventwatch.extract(text, published="2021-04-05")["events"][0]
    assert (event["sub_event_type"], event["inter1"]) == ("Looting/property destruction", 3)


def test_fire_on_people_named_by_their_demonstrating_is_fire_on_protesters() -> None:
    # "teachers demonstrating for ...": a crowd told by what it was doing, no protest noun needed
    text = ("On 4 May 2023, police opened fire on teachers demonstrating for unpaid wages in Kelmar, Rangpur, "
            "killing one.")
    event = eventwatch.extract(text, published="2023-05-06")["events"][0]
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Excessive force against protesters", 6, 1)


@pytest.mark.parametrize("text", [
    "On 4 May 2023, supporters of the ruling party and the opposition clashed with sticks in Kelmar, Feni, injuring 5.",
    "On 4 May 2023, rival party activists clashed outside the election office in Kelmar, Feni, injuring 8.",
])
def test_two_parties_followers_fighting_unarmed_are_mob_violence(text: str) -> None:
    # no firearms, no armed group: two crowds of party followers riot (ACLED 5 against 5), no communal battle
    event = eventwatch.extract(text, published="2023-05-06")["events"][0]
    assert (event["sub_event_type"], event["inter1"], event["inter2"]) == ("Mob violence", 5, 5), text


def test_a_foreign_force_named_first_with_the_hosts_own_leaves_the_host_actor_1() -> None:
    # ACLED names the host state's forces actor 1, the foreign force beside them only its associate
    text = "On 3 May 2022, Rwandan troops and Mozambican soldiers killed 6 insurgents near Quissanga, Cabo Delgado."
    event = eventwatch.extract(text, published="2022-05-06")["events"][0]
    assert (event["actor1"], event["inter1"]) == ("Military Forces of Mozambique", 1)


def test_a_nations_positions_shelled_are_its_forces() -> None:
    # "Ukrainian positions": the forces that hold them are the second side (at home, 1), as "Ukrainian troops" are
    text = "On 3 May 2023, Russian forces shelled Ukrainian positions near Vuhledar, Donetsk."
    event = eventwatch.extract(text, published="2023-05-06")["events"][0]
    assert (event["actor2"], event["inter1"], event["inter2"]) == ("Military Forces of Ukraine", 8, 1)


# --- A fifth round of notes from abroad (Kenya, Senegal, Pakistan, India, Mozambique, Uganda, Mali, Somalia, Colombia,
# Sudan, Russia, Haiti, DR Congo, Myanmar, Burkina Faso, the Philippines, Syria, Ethiopia, Argentina, Georgia, Nigeria,
# Lebanon, Yemen): every event type, protests and riots, strategic developments and remote violence among them.
NOTES_ABROAD_FIFTH: list[tuple[str, str, str, str, int, int, int, str | None, str | None, str | None]] = [
    ("On Jun 25, thousands of protesters marched through Eldoret, Uasin Gishu, against the proposed finance bill.",
     "2024-06-27", P, "Peaceful protest", 6, 0, 0, "2024-06-25", "Uasin Gishu", "Eldoret"),
    ("On Jul 2, police shot dead 2 protesters during anti-tax demonstrations in Kitengela, Kajiado.",
     "2024-07-04", P, "Excessive force against protesters", 6, 1, 2, "2024-07-02", "Kajiado", "Kitengela"),
    ("On Mar 5, police fired tear gas at opposition supporters protesting the postponement of the election in "
     "Ziguinchor.",
     "2024-03-07", P, "Protest with intervention", 6, 1, 0, "2024-03-05", "Ziguinchor", "Ziguinchor"),
    ("On May 9, PTI supporters set fire to government buildings and threw stones at police in Peshawar, Khyber "
     "Pakhtunkhwa.",
     "2023-05-11", R, "Violent demonstration", 5, 1, 0, "2023-05-09", "Khyber Pakhtunkhwa", "Peshawar"),
    ("On Jun 7, a mob beat to death a man suspected of cattle theft in Dumka, Jharkhand.",
     "2023-06-09", R, "Mob violence", 5, 7, 1, "2023-06-07", "Jharkhand", "Dumka"),
    ("On Dec 24, protesters erected barricades and clashed with police in Matola, Maputo.",
     "2024-12-26", R, "Violent demonstration", 5, 1, 0, "2024-12-24", "Maputo", "Matola"),
    ("On Nov 18, police arrested 20 supporters of the opposition National Unity Platform in Kampala.",
     "2022-11-20", S, "Arrests", 1, 7, 0, "2022-11-18", None, "Kampala"),
    ("On Mar 3, JNIM militants set up a base near Djenne, Mopti.",
     "2023-03-05", S, "Headquarters or base established", 2, 0, 0, "2023-03-03", "Mopti", None),
    ("On Jun 4, Somali government forces and clan militias agreed to a ceasefire in Beledweyne, Hiraan.",
     "2023-06-06", S, "Agreement", 1, 4, 0, "2023-06-04", "Hiraan", "Beledweyne"),
    ("On Sep 12, Al-Shabaab militants looted livestock from villagers near Bardhere, Gedo.",
     "2023-09-14", S, "Looting/property destruction", 2, 7, 0, "2023-09-12", "Gedo", None),
    ("On May 6, Colombian soldiers defused an explosive device planted on a road near Tibu, Norte de Santander.",
     "2023-05-08", S, "Disrupted weapons use", 1, 3, 0, "2023-05-06", "Norte de Santander", "Tibu"),
    ("On Feb 2, Sudanese Armed Forces warplanes bombed a market in Nyala, South Darfur, killing 12 civilians.",
     "2024-02-04", E, "Air/drone strike", 1, 7, 12, "2024-02-02", "South Darfur", "Nyala"),
    ("On Jun 10, RSF fighters shelled residential areas in El Fasher, North Darfur, killing 5 civilians.",
     "2024-06-12", E, "Shelling/artillery/missile attack", 2, 7, 5, "2024-06-10", "North Darfur", "El Fasher"),
    ("On Aug 17, a Ukrainian drone struck an oil depot in Novoshakhtinsk, Rostov, causing a fire.",
     "2024-08-19", E, "Air/drone strike", 8, 0, 0, "2024-08-17", "Rostov", "Novoshakhtinsk"),
    ("On Jul 8, an IED planted on a roadside exploded near a police van in Dera Ismail Khan, Khyber Pakhtunkhwa, "
     "killing 2 policemen.",
     "2023-07-10", E, "Remote explosive/landmine/IED", 3, 1, 2, "2023-07-08", "Khyber Pakhtunkhwa", "Dera Ismail Khan"),
    ("On Jan 14, unidentified men hurled a grenade at a liquor shop in Imphal, Manipur, injuring 3 people.",
     "2024-01-16", E, "Grenade", 3, 7, 0, "2024-01-14", "Manipur", "Imphal"),
    ("On Dec 11, a suicide bomber blew himself up near a military checkpoint in Daraban, Khyber Pakhtunkhwa, killing "
     "23 soldiers.",
     "2023-12-13", E, "Suicide bomb", 3, 1, 23, "2023-12-11", "Khyber Pakhtunkhwa", None),
    ("On Apr 20, ELN rebels killed a social leader in Tame, Arauca.",
     "2023-04-22", V, "Attack", 2, 7, 1, "2023-04-20", "Arauca", "Tame"),
    ("On Mar 14, gang members kidnapped 6 nuns from a bus in Port-au-Prince, Ouest.",
     "2024-03-16", V, "Abduction/forced disappearance", 3, 7, 0, "2024-03-14", "Ouest", "Port-au-Prince"),
    ("On May 28, M23 rebels raped 4 women in a village near Rutshuru, North Kivu.",
     "2023-05-30", V, "Sexual violence", 2, 7, 0, "2023-05-28", "North Kivu", None),
    ("On Oct 3, junta soldiers burned 3 villagers alive in Kani township, Sagaing.",
     "2023-10-05", V, "Attack", 1, 7, 3, "2023-10-03", "Sagaing", None),
    ("On Feb 18, JNIM militants attacked a military detachment in Tankoualou, Est, killing 12 soldiers.",
     "2023-02-20", B, "Armed clash", 2, 1, 12, "2023-02-18", None, None),
    ("On Jan 7, NPA rebels and Philippine Army soldiers exchanged fire in Catubig, Northern Samar, leaving 2 rebels "
     "dead.",
     "2024-01-09", B, "Armed clash", 2, 1, 2, "2024-01-07", None, "Catubig"),
    ("On Sep 4, SDF fighters clashed with Arab tribal fighters in Dhiban, Deir ez-Zor, killing 7.",
     "2023-09-06", B, "Armed clash", 2, 4, 7, "2023-09-04", "Deir ez-Zor", None),
    ("On Aug 9, Ethiopian soldiers retook Debre Tabor from Fano militiamen after heavy fighting.",
     "2023-08-11", B, "Government regains territory", 1, 4, 0, "2023-08-09", "Amhara", "Debre Tabor"),
    ("On Nov 15, Arakan Army fighters seized a Border Guard Police outpost in Maungdaw township, Rakhine.",
     "2023-11-17", B, "Non-state actor overtakes territory", 2, 1, 0, "2023-11-15", "Rakhine", None),
    ("On Jan 24, thousands of workers rallied in Cordoba against the government's economic reforms during a general "
     "strike.",
     "2024-01-26", P, "Peaceful protest", 6, 0, 0, "2024-01-24", "Cordoba", "Cordoba"),
    ("On Dec 1, police used water cannons and pepper spray to disperse protesters outside parliament in Tbilisi.",
     "2024-12-03", P, "Protest with intervention", 6, 1, 0, "2024-12-01", None, "Tbilisi"),
    ("On Jun 3, a mob lynched two suspected thieves in Onitsha, Anambra.",
     "2023-06-05", R, "Mob violence", 5, 7, 2, "2023-06-03", "Anambra", "Onitsha"),
    ("On Sep 20, Fulani militiamen burned 40 houses in Kwall, Plateau.",
     "2023-09-22", S, "Looting/property destruction", 4, 7, 0, "2023-09-20", "Plateau", None),
    ("On Nov 2, an Israeli drone strike hit a car in Nabatieh, killing 2 civilians.",
     "2024-11-04", E, "Air/drone strike", 8, 7, 2, "2024-11-02", None, "Nabatieh"),
    ("On Feb 11, Houthi forces launched a drone attack on a military camp in Marib, killing 3 soldiers.",
     "2022-02-13", E, "Air/drone strike", 2, 1, 3, "2022-02-11", "Marib", "Marib"),
]


# Gaps in NOTES_ABROAD_FIFTH the extractor does not close yet, by case id: each must fail (strict).
NOTES_ABROAD_FIFTH_GAPS: dict[str, str] = {
    "g29-Looting_property_destruction": "the village (Kwall) is not found, and Plateau after it is lost",
    "g30-Air_drone_strike": "the town (Nabatieh) is not found, so Israel's forces are read at home (1)",
}


@pytest.mark.parametrize(("text", "published", "event_type", "sub_event_type", "inter1", "inter2", "fatalities",
                          "event_date", "admin1", "location"), _note_params("g", NOTES_ABROAD_FIFTH,
                                                                    NOTES_ABROAD_FIFTH_GAPS))
def test_acled_note_from_abroad_fifth(text: str, published: str, event_type: str, sub_event_type: str,
                                      inter1: int, inter2: int, fatalities: int, event_date: str | None,
                                      admin1: str | None, location: str | None) -> None:
    test_acled_note_from_abroad_fourth(text, published, event_type, sub_event_type, inter1, inter2, fatalities,
                                       event_date, admin1, location)
