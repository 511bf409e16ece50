"""A battery of short general-news texts (all invented: names, places, teams and numbers are made
up): the conflict vocabulary in its other senses, and non-conflict happenings (sport, markets,
medicine, accidents and disasters, fiction, history, politics, old crimes in court, drills,
parades, arms budgets, peace talks) give no event; the same styles telling a shooting, a riot, a
protest, an arrest raid or a bombing still give one, of the type it is."""

from __future__ import annotations

import pytest

import eventwatch

PUBLISHED = "2023-05-10"


def _events(text: str) -> list[dict]:
    return eventwatch.extract(text, published=PUBLISHED)["events"]


NO_EVENT: list[tuple[str, str]] = [
    # --- sport
    ("sport-shot", "Dara Molloy's late shot from 25 yards flew past the keeper as Kilbrack Town beat "
     "Fenmore 2-1 on Saturday. The winger said he had practised the shot all week."),
    ("sport-attack", "GLENHAVEN - Ravensford's attack looked toothless for an hour before the substitutes "
     "changed the game. Coach Ilse Varga said her side must attack with more purpose on Sunday."),
    ("sport-battle", "It was a battle of wills at Corran Park, where the Harriers edged the Wolves 23-20. "
     "Both packs fought for every inch in the rain."),
    ("sport-killed-it", "Teenage sprinter Noa Pelletier killed it in the 200 metres on Friday, clocking a "
     "personal best in Lindqvist. 'I just wanted to enjoy the race,' she said."),
    ("sport-struck", "Tamsin Oduya struck twice in the second half as Brayfield United moved top of the table. "
     "Her first goal came from a corner; the second was a header."),
    ("sport-stormed-back", "The Coastal Kings stormed back from 18 points down to beat the Marlow Hawks 101-97 "
     "on Tuesday night. Guard Eli Brandt scored 31 points."),
    ("sport-captured-title", "Veteran cyclist Joren Aas captured the title at the national championships in "
     "Hellevik on Sunday, his third in five years."),
    ("sport-defence", "Ostborg's defence held firm under heavy pressure in the final minutes. The visitors "
     "fired 14 shots but could not break through."),
    ("sport-knockout", "Boxer Kiri Solberg knocked out his opponent in the third round in Valdmar on Saturday "
     "night to retain his belt. The crowd of 8,000 rose to its feet."),
    ("sport-shootout", "Pinewood Rangers won a penalty shootout 5-4 after a goalless draw in Brackwater. "
     "Goalkeeper Lev Orsat saved the decisive kick."),
    ("sport-bombed-goal", "(Sportswire) - Striker Ade Quarshie bombed forward in the 89th minute and fired a "
     "low shot into the corner to seal a 3-1 win for Northvale."),
    ("sport-hostile-crowd", "The Redbridge Owls faced a hostile crowd in Sandmere but silenced them with a "
     "four-goal first half. Manager Petra Lind praised her team's nerve."),
    ("sport-raid-kabaddi", "Kabaddi star Vikram Seth made 14 successful raids as the Coastline Titans beat the "
     "Hill Warriors 38-31 in the league final on Sunday."),
    # --- business and markets
    ("biz-hostile-takeover", "Brenmoor Foods launched a hostile takeover bid for rival Caskell Dairy on Monday, "
     "offering shareholders 420 pence a share. Caskell's board urged investors to reject the offer."),
    ("biz-price-war", "A price war among budget airlines has driven fares on the Tarrow-Lisle route to record "
     "lows, analysts said on Wednesday."),
    ("biz-box-office", "The science-fiction epic Starfall Crown bombed at the box office over the weekend, "
     "taking just $4 million against a $90 million budget."),
    ("biz-slashed-jobs", "Carmaker Vellmont slashed 2,300 jobs at its plant in Ostrava Heights on Thursday, "
     "blaming weak demand. Unions said the cuts were a blow to the town."),
    ("biz-raid-market", "Hedge funds staged a raid on the market for Kessel Mining shares, buying up 12 percent "
     "of the company in two days, regulators said."),
    ("biz-shares-plunged", "Shares in Orlin Telecom were killed on Tuesday after the firm cut its forecast, "
     "plunging 38 percent in Frankfurt trading."),
    ("biz-targets", "Retailer Hoxley said it had hit its sales targets for the quarter and would open 40 new "
     "stores in the spring. Its chief executive called the results explosive."),
    ("biz-strike-deal", "Ferrovia Lines struck a deal with its suppliers on Monday to cut fuel costs by a fifth, "
     "the company said in a statement."),
    ("pol-bill-killed", "The housing bill was killed in committee in the Tolvard assembly on Tuesday, ending a "
     "two-year push by tenants' groups."),
    # --- medicine
    ("med-heart-attack", "Former mayor Oswin Tallis, 71, died after a heart attack at his home in Kettleby on "
     "Saturday, his family said."),
    ("med-cancer", "Folk singer Marit Holm has been killed by cancer at the age of 58. She had been diagnosed "
     "two years ago, her publicist said."),
    ("med-battle-illness", "Broadcaster Amos Keel lost his long battle with illness on Monday. Colleagues at "
     "Radio Fenland paid tribute to his warmth."),
    ("med-virus-attack", "The virus attacks the lining of the lungs, doctors at Saint Brennan's hospital said, "
     "and 12 patients were being treated in intensive care."),
    ("med-outbreak", "An outbreak of measles has killed four children in the Torvale district since March, "
     "health officials said on Tuesday, urging parents to vaccinate."),
    # --- accidents and disasters
    ("acc-road-crash", "Seven people were killed when a minibus collided with a lorry on the Harwick bypass "
     "early on Sunday, police said. Three others were taken to hospital."),
    ("acc-house-fire", "A fire tore through a block of flats in Dunmere overnight, killing three residents. "
     "Fire crews said the blaze started in a kitchen."),
    ("acc-flood", "Flash floods swept through the valley town of Roselund on Wednesday, killing 11 people and "
     "leaving hundreds homeless, the regional governor said."),
    ("acc-earthquake", "A magnitude 6.4 earthquake struck off the coast of Pellaro on Thursday, killing at "
     "least 23 people and destroying hundreds of homes."),
    ("acc-collapse", "Nine workers died when a five-storey building under construction collapsed in Marrow "
     "Bay on Monday. The contractor has been questioned."),
    ("acc-plane-crash", "A cargo plane crashed shortly after take-off from Vessel Point airport on Friday, "
     "killing all four crew members, aviation officials said."),
    ("acc-explosion-factory", "An explosion at a fireworks factory near Caldera Springs killed six workers on "
     "Tuesday. Investigators believe a spark ignited stored powder."),
    ("acc-gas-blast", "A gas explosion ripped through a restaurant in central Haldon on Saturday evening, "
     "injuring 14 diners. The gas company said a pipe had corroded."),
    ("acc-stampede", "Twelve people were crushed to death in a stampede at a religious festival in Santoor "
     "on Sunday, local officials said."),
    ("acc-drowning", "Three fishermen drowned when their boat capsized in a storm off Kerrin Island on "
     "Tuesday, the coastguard said."),
    # --- films, books and games
    ("film-plot", "In the new thriller Night Harbour, a retired sniper is drawn back into a war between two "
     "crime families and shoots his way across the city. The film opens on Friday."),
    ("book-plot", "Lena Arkwright's debut novel follows a rebel army that storms the capital and executes "
     "the king. Critics have called it bold."),
    ("game-launch", "The war game Iron Front 3 lets players bomb enemy bases and lead an invasion of a "
     "fictional island. It sold two million copies in its first week."),
    ("tv-series", "The hit drama Border Line returns on Sunday, with its heroes hunting the terrorists who "
     "bombed a train in the season finale."),
    # --- anniversaries, history, memorials
    ("hist-anniversary", "Veterans gathered in Aldham on Sunday to mark 80 years since the battle that "
     "ended the war in 1943. A wreath was laid at the memorial."),
    ("hist-memorial", "A memorial to the 212 sailors killed when their ship was torpedoed in 1917 was unveiled "
     "in Port Wickham on Saturday."),
    ("hist-museum", "A new museum exhibit in Haverton tells how rebels stormed the fortress in 1798 and "
     "massacred its garrison."),
    ("hist-war-ended", "Sixty years after the civil war ended, the village of Orsk still bears its scars. "
     "Many houses were shelled and never rebuilt, residents say."),
    # --- politics
    ("pol-political-battle", "A political battle erupted in the Tolvard assembly on Tuesday over the budget, "
     "with opposition leader Hana Riis accusing the government of lying."),
    ("pol-attack-ads", "The Greenway party launched a wave of attack ads against Governor Cal Mercer on "
     "Monday, accusing him of wasting public money."),
    ("pol-executive-order", "The president signed an executive order on Monday that was executed by the "
     "treasury within hours, freezing the accounts of three shipping firms."),
    ("pol-minister-fired", "Prime Minister Oda Lunn fired her finance minister on Thursday after a row over "
     "tax rises. It was the third cabinet sacking this year."),
    ("pol-campaign-trail", "Senator Rhea Vance took aim at her rival's record on crime during a campaign "
     "stop in Bellmont on Saturday, vowing to fight for every vote."),
    # --- court reports of old crimes
    ("court-sentencing", "A man who shot dead a shopkeeper in Thornbury in 2009 was jailed for life on Tuesday. "
     "Judge Ruth Amsel said he had shown no remorse."),
    ("court-appeal", "The Court of Appeal in Westmoor on Monday upheld the conviction of Dev Harlan for the "
     "2014 murder of his business partner."),
    ("court-cold-case", "Detectives in Lowther have charged a 64-year-old man over the killing of a taxi driver "
     "in 1996, after new DNA tests, police said on Friday."),
    # --- drills, exercises, parades, arms sales and budgets
    ("drill-police", "Police in Marlstead staged a mock terror attack at the central station on Sunday as part "
     "of an emergency drill. Actors played the wounded."),
    ("drill-military-exercise", "Troops from three countries began a two-week military exercise near "
     "Brantholm on Monday, firing live rounds at targets on the range."),
    ("parade", "Tanks and missile launchers rolled through the capital of Ostravia on Saturday in a military "
     "parade marking Independence Day. Jets flew overhead."),
    ("arms-sale", "The government of Velmar agreed to buy 24 fighter jets and 300 missiles from a Sorvian "
     "manufacturer in a deal worth $3 billion, the defence ministry said."),
    ("defence-budget", "Parliament in Kestria approved a 12 percent rise in the defence budget on Wednesday, "
     "saying the army needed new artillery and drones."),
    # --- peace talks
    ("peace-talks", "Negotiators from the government of Dravania and the Southern Liberation Front met in "
     "Genlow for a third round of peace talks on Monday. No agreement was reached."),
    ("peace-ceasefire-anniversary", "Residents of Talmar marked ten years of the ceasefire on Friday with "
     "concerts and a peace march through the old town."),
    # --- everyday idioms
    ("idiom-bombshell", "The singer dropped a bombshell on Tuesday, announcing she would quit the band after "
     "20 years. Fans in Wexley were stunned."),
    ("idiom-under-fire", "The chief executive of Harlow Water came under fire on Monday after bills rose by a "
     "third. Customers have called for her to resign."),
    # --- figurative violence, in markets, politics, sport and op-eds
    ("fig-killer-app", "Analysts in Sorrenberg say the firm's new messaging tool could be the killer app that finally "
     "turns a profit. Its founder Ines Marlow launched it on Tuesday."),
    ("fig-shot-down-proposal", "Councillors in Hatherby shot down the mayor's proposal for a new car park on "
     "Wednesday, voting 14 to 3 against the plan."),
    ("fig-hostage-fortune", "By promising tax cuts before the vote, Finance Minister Aurel Dancu has given a hostage "
     "to fortune, economists in Brasova warned on Monday."),
    ("fig-assault-record", "Striker Tomas Eberle continued his assault on the scoring record with two more goals as "
     "Lindfeld beat Corvo 3-0 on Saturday."),
    ("fig-op-ed-press", "OPINION: The new broadcasting law passed in Vastmark last week is an attack on press "
     "freedom, and readers should say so loudly, writes editor Judit Salo."),
    ("fig-massacre-sport", "It was a massacre at Hollins Field, where the Marsh Eagles thrashed the Quarry Foxes 58-6 "
     "on Sunday in front of 9,000 fans."),
    ("fig-raid-reserves", "Shares in Calloway Bank plunged 9 percent on Thursday after the government's raid on the "
     "bank's reserves to pay for pensions, traders in Dunford said."),
    ("fig-war-on-waste", "The city of Penrow declared war on litter on Monday, deploying 300 volunteers armed with "
     "bin bags along its beaches."),
    ("fig-ambushed-interview", "The minister said she had been ambushed by a reporter's question about her expenses "
     "during a radio interview in Kestle on Friday."),
    ("fig-torpedoed-deal", "A late objection from the unions torpedoed the merger of two Tarnholm ferry companies on "
     "Wednesday, a spokesman said."),
    ("fig-firestorm", "A firestorm of criticism broke out on Tuesday after the Ravel Museum in Oskby cancelled an "
     "exhibition by the painter Lio Fenn."),
    ("fig-slaughtered-polls", "The ruling party was slaughtered in the regional elections in Norrvik on Sunday, "
     "losing 22 of its 30 seats."),
    ("fig-crossfire", "Small businesses in Elmhurst say they are caught in the crossfire of the trade dispute between "
     "two neighbouring states."),
    ("fig-hijacked-debate", "Campaigners accused a lobby group of hijacking the debate on the new motorway through "
     "Wrenfield at a public meeting on Thursday."),
    ("fig-bloodbath-markets", "It was a bloodbath on the Tessaly stock exchange on Monday as technology shares lost a "
     "fifth of their value in a single session."),
    ("fig-explosive-report", "An explosive report by auditors in Carrow on Wednesday found that the health ministry "
     "had overspent by 400 million crowns."),
    # --- reviews and plots of films, books, games and plays
    ("review-crime-novel", "In Hester Quill's gripping new crime novel, a detective in the port city of Marrin hunts "
     "a killer who has murdered five women and dumped their bodies in the canal."),
    ("review-film-heist", "The film follows a gang of robbers who take 12 bank staff hostage and shoot two guards in "
     "the opening scene. It is released in cinemas on Friday."),
    ("review-war-film", "Director Pavo Ketola's war film recreates the siege of a mountain town, where artillery "
     "killed hundreds. It won the top prize at the Lussen festival on Sunday."),
    # --- other ordinary news: hunting, animals, culls, suicide, fireworks, demolition, old bombs, cyber attacks
    ("game-shooter", "In the latest edition of the shooter Dust Protocol, players ambush convoys, kidnap officials "
     "and blow up bridges. The game went on sale on Tuesday."),
    ("tv-documentary", "A new documentary on Channel Nine revisits the 1987 hijacking of a passenger jet and "
     "interviews survivors and crew."),
    ("theatre-play", "The play, staged at the Corvin Theatre in Lassby, ends with the young prince stabbing his uncle "
     "to death. Audiences gave it a standing ovation."),
    # --- medicine: disease, not violence
    ("med-virus-killed", "The virus has killed 30 people in the outbreak in the Felsmoor region, health officials "
     "said on Monday, and 140 more are in hospital."),
    ("med-cholera", "Cholera has killed 17 people in camps near the town of Ardel since the start of the rainy "
     "season, an aid agency said."),
    ("med-overdose", "Drug overdoses killed 96 people in Saltmarsh county last year, a record, coroners said on "
     "Thursday."),
    # --- weather and disasters
    ("wx-floods-killed", "Floods killed 12 people and destroyed 400 homes in the Benvale district on Sunday after "
     "three days of heavy rain, the disaster agency said."),
    ("wx-landslide", "A landslide buried part of the hillside village of Tarra on Wednesday, killing at least eight "
     "people. Rescuers are searching for others."),
    ("wx-heatwave", "The heatwave has claimed 41 lives across the southern provinces of Marvania this week, most of "
     "them elderly people living alone."),
    ("wx-lightning", "Lightning struck a group of farmers sheltering under a tree near Ousso on Saturday, killing "
     "three of them, police said."),
    ("wx-cyclone", "Cyclone Perla slammed into the coast near Port Amara on Monday night, killing 19 people and "
     "cutting power to half a million homes."),
    # --- courts and inquests on old crimes: no new incident
    ("court-trial-opens", "The trial of a man accused of murdering two hikers in the Gorse Hills in 2019 opened at "
     "Calder Crown Court on Monday. He denies the charges."),
    ("court-acquittal", "A jury in Vellingham on Thursday acquitted a former soldier of the 2016 killing of a bar "
     "owner, saying the evidence was too weak."),
    ("court-sentence-bomber", "A court in Rastova sentenced a man to 25 years in prison on Wednesday for a bombing "
     "that killed four people at a bus station in 2018."),
    ("court-inquest", "An inquest in Bramley heard on Tuesday that a teenager who was stabbed in a park last autumn "
     "died of a single wound to the chest."),
    ("court-extradition", "A judge in Olvan approved the extradition of a businessman wanted for fraud in Tessaly on "
     "Friday. He plans to appeal."),
    # --- military routine: exercises, tests, fairs, obituaries, recruitment, memorials
    ("mil-exercise-naval", "Warships from four navies fired missiles at decommissioned hulks during a joint exercise "
     "off the coast of Skerra on Thursday, the navy said."),
    ("mil-arms-fair", "Drone makers from 30 countries showed their newest attack drones and guided missiles at the "
     "Harlan Defence Expo, which opened on Tuesday."),
    ("mil-obituary", "Colonel Edvard Lusk, who commanded a tank battalion in the war of 1973 and was wounded twice, "
     "has died at home in Ostwell aged 92."),
    ("mil-recruitment", "The army plans to recruit 5,000 new soldiers this year and will open recruitment centres in "
     "eight towns, the defence minister said on Monday."),
    ("mil-promotion", "General Mara Ilves was appointed chief of the defence staff on Wednesday, taking command of "
     "40,000 troops."),
    ("mil-memorial-day", "Thousands gathered at the war cemetery in Holt on Sunday to remember the soldiers killed in "
     "the border war 30 years ago."),
    ("mil-test-launch", "The Navarran military test-fired a new long-range missile into the sea on Friday, the "
     "defence ministry said, calling the launch a success."),
    # --- hypotheticals, threats, warnings, denials
    ("hypo-could-kill", "A major earthquake on the Terrin fault could kill thousands of people in the capital, "
     "seismologists warned in a report published on Tuesday."),
    ("hypo-war-game", "A think-tank simulation found that a war over the islands could kill 20,000 soldiers in its "
     "first month, the report's authors said on Monday."),
    ("threat-threatened-kill", "A local councillor in Dremont said on Thursday that he had received letters "
     "threatening to kill him and his family, and had informed police."),
    ("threat-warning", "The embassy warned its citizens on Wednesday that militants may be planning attacks on hotels "
     "in the capital and urged them to stay alert."),
    ("denial", "The interior ministry denied on Monday that soldiers had burned homes in the village of Kello, "
     "calling the reports fabricated."),
    ("foiled-plan", "Police in Dremont said on Tuesday they had foiled a plan by militants to attack the city's "
     "stadium during a cup final, without giving details."),
    ("threat-vow", "The rebel commander vowed to attack the capital if talks failed, in a video released on Saturday. "
     "No attack has been reported."),
    ("hunting-season", "Hunters shot 1,200 deer in the Harrow forest during the season that ended on Sunday, the "
     "forestry agency said."),
    ("animal-attack", "A bear attacked and killed a hiker in the Volka national park on Tuesday, rangers said. The "
     "animal was later tracked down."),
    ("culling", "Vets culled 40,000 chickens at farms near Drummel on Friday after an outbreak of bird flu was "
     "confirmed."),
    ("suicide-report", "A 34-year-old man took his own life at his home in Lenwick on Saturday, police said, adding "
     "that there were no suspicious circumstances."),
    ("fireworks-festival", "Thousands watched as fireworks exploded over the harbour in Caswell on Saturday night to "
     "mark the city's founding day."),
    ("demolition", "Engineers blew up the old cooling towers at the Farrowby power station on Sunday morning in a "
     "controlled demolition watched by crowds."),
    ("bomb-disposal-ww2", "A bomb from the Second World War was found by builders in Lissau on Tuesday and made safe "
     "by army experts after 2,000 residents were evacuated."),
    ("cyber-attack-ransom", "A cyber attack took down the booking systems of Heller Rail on Monday, and hackers "
     "demanded a ransom of $2 million, the company said."),
]

EVENT: list[tuple[str, str, str]] = [
    # (key, text, event_type)
    ("gunmen-shooting", "Gunmen on motorcycles shot dead four traders at a market in Kaduna state on Tuesday, "
     "police said. The attackers fled into the bush.", "Violence against civilians"),
    ("gunmen-village", "LAGOS (Reuters) - Armed men killed 17 villagers in an overnight raid on Tunga "
     "village in Zamfara state, a local official said on Wednesday.", "Violence against civilians"),
    ("police-shot-protesters", "Police opened fire on protesters in the city of Kasese on Monday, killing "
     "three people, witnesses said.", "Protests"),
    ("riot", "Hundreds of youths rioted in Mombasa on Sunday, burning tyres and smashing shop windows after "
     "a local trader died in police custody.", "Riots"),
    ("riot-stones", "Demonstrators threw stones at police and set cars on fire in Tunis on Friday night, "
     "in a second night of unrest over rising prices.", "Riots"),
    ("protest", "Thousands of teachers marched through Nairobi on Thursday to demand higher pay, carrying "
     "banners and chanting slogans.", "Protests"),
    ("protest-farmers", "Farmers blocked the main road into Dhaka on Monday to protest against new fertiliser "
     "prices, a peaceful demonstration that lasted six hours.", "Protests"),
    ("arrest-raid", "Security forces arrested 12 suspected Al-Shabaab members in a raid on a house in "
     "Mandera on Saturday, the interior ministry said.", "Strategic developments"),
    ("car-bomb", "A car bomb exploded outside a police station in Mogadishu on Wednesday, killing six "
     "people and wounding 15, officials said.", "Explosions/Remote violence"),
    ("suicide-bomber", "A suicide bomber blew himself up at a mosque in Peshawar during Friday prayers, "
     "killing 22 worshippers, police said.", "Explosions/Remote violence"),
    ("roadside-bomb", "KABUL - A roadside bomb struck a bus carrying government employees in Kabul on Sunday, "
     "killing five of them.", "Explosions/Remote violence"),
    ("air-strike", "Warplanes struck a market in the rebel-held town of Saada on Tuesday, killing nine "
     "civilians, residents said.", "Explosions/Remote violence"),
    ("ambush-soldiers", "Suspected jihadists ambushed an army patrol near Menaka on Thursday, killing seven "
     "soldiers, the army said.", "Battles"),
    ("clash", "Fighting between the army and rebels of the Arakan Army in Rakhine state killed 11 fighters "
     "on Monday, a military spokesman said.", "Battles"),
    ("kidnap", "Gunmen kidnapped 30 students from a boarding school in Kebbi state early on Friday, "
     "police said.", "Violence against civilians"),
    ("mob-lynching", "A mob beat a man to death in Kampala on Saturday after accusing him of theft, "
     "police said.", "Riots"),
    ("grenade", "Attackers hurled a grenade into a bar in Bujumbura on Saturday night, wounding eight "
     "people, police said.", "Explosions/Remote violence"),
    ("shelling", "Shelling by government forces killed four civilians in Idlib on Wednesday, a monitoring "
     "group said.", "Explosions/Remote violence"),
    ("militants-attack-base", "Militants attacked a military base in Borno state on Sunday, sparking a "
     "gun battle that lasted three hours, the army said.", "Battles"),
    ("police-shoot-suspect", "Police shot dead two suspected robbers in a gun battle in Port Harcourt on "
     "Thursday, a police spokesman said.", "Battles"),
    # --- incidents told in features, beside courts, drills and denials (the rules above must not swallow them)
    ("feature-bombing", "The market in Sabra Jadid has never recovered. On Tuesday morning a bomb hidden in a "
     "vegetable cart exploded there, killing nine shoppers and wounding 20, police said.",
     "Explosions/Remote violence"),
    ("feature-massacre", "Survivors in the village of Doru describe the night gunmen arrived: the attackers killed 14 "
     "villagers on Saturday and burned their huts, a local chief said.", "Violence against civilians"),
    ("oped-real-attack", "Militants attacked a checkpoint in Khost province on Monday, killing three policemen, "
     "officials said, in the latest blow to the peace talks.", "Battles"),
    ("sport-venue-attack", "A grenade was thrown into a crowd watching a football match in Beni on Sunday, killing "
     "two spectators, the army said.", "Explosions/Remote violence"),
    ("court-news-new-arrest", "Police arrested five suspected members of Boko Haram in a raid on a hideout in "
     "Maiduguri on Friday, a spokesman said.", "Strategic developments"),
    ("hostage-real", "Gunmen seized 19 passengers from a bus on the road to Gusau on Monday and are holding them "
     "hostage, police said.", "Violence against civilians"),
    ("airstrike-feature", "For the families of Hajjah, the war came back on Thursday: an air strike hit a wedding "
     "party in the district, killing 11 guests, medics said.", "Explosions/Remote violence"),
    ("soldiers-killed-clash", "Soldiers clashed with ISWAP fighters near Damboa on Wednesday; four soldiers and 12 "
     "insurgents were killed, the army said.", "Battles"),
    ("shot-five-two-killed", "Gunmen shot five villagers in Tsafe on Tuesday; two were killed and three were taken to "
     "hospital, police said.", "Violence against civilians"),
    ("protest-shot", "Security forces fired live rounds at demonstrators in Omdurman on Sunday, killing two "
     "protesters, a doctors' committee said.", "Protests"),
    ("ied-patrol", "An improvised explosive device hit a police patrol in Baidoa on Friday, killing two officers, a "
     "police official said.", "Explosions/Remote violence"),
    ("abduction-aid", "Armed men abducted three aid workers near Kidal on Saturday, their agency said.",
     "Violence against civilians"),
    ("drill-attacked", "Insurgents attacked soldiers during a training exercise near Gao on Monday, killing four, the "
     "army said.", "Battles"),
    ("judge-shot", "Gunmen shot dead a judge in Quetta on Monday who had sentenced three militants for a bombing, "
     "police said.", "Violence against civilians"),
    ("denied-burning", "Soldiers burned 40 homes in the village of Kello on Monday, residents said, though the army "
     "denied the reports.", "Strategic developments"),
    ("trial-protest", "Police fired tear gas at protesters who were denouncing the trial of an opposition leader in "
     "Harare on Monday.", "Protests"),
    ("raid-village", "Militants raided the village of Kasso in Borno state on Monday, killing six people, a local "
     "official said.", "Violence against civilians"),
    ("plot-arrest", "Police arrested two suspected jihadists who plotted to bomb a concert in Lissau, the interior "
     "ministry said on Tuesday.", "Strategic developments"),
    ("raid-market", "Militants raided the market in Kasso on Monday, killing six traders, police said.",
     "Violence against civilians"),
    ("cleared-area", "Troops cleared the area of militants near Gao on Monday, killing five, the army said.",
     "Battles"),
    ("training-camp-strike", "Jets struck a training camp near Idlib on Monday, a monitor said.",
     "Explosions/Remote violence"),
    ("attack-faculty", "The attack on the science faculty in Kano on Monday killed three students, police said.",
     "Violence against civilians"),
    ("ordered-artillery", "The general ordered artillery strikes on the town of Orsk on Monday, killing 12 civilians, "
     "residents said.", "Explosions/Remote violence"),
    ("workers-at-project", "Six workers at the dam project were killed by gunmen in Kasso on Monday, police said.",
     "Violence against civilians"),
    ("supporters-of-plan", "Supporters of the peace plan were killed when gunmen opened fire on a meeting in Kasso "
     "on Monday, police said.", "Violence against civilians"),
    ("hijack-bus", "Gunmen hijacked a bus carrying 20 passengers near Gusau on Monday, police said.",
     "Violence against civilians"),
]

# Cases the extractor cannot yet tell apart, each with why (strict: a fix makes them fail loudly).
XFAIL_NO_EVENT: dict[str, str] = {}
XFAIL_EVENT: dict[str, str] = {}


def _params(cases, xfails):
    out = []
    for case in cases:
        key = case[0]
        marks = [pytest.mark.xfail(strict=True, reason=xfails[key])] if key in xfails else []
        out.append(pytest.param(*case[1:], id=key, marks=marks))
    return out


@pytest.mark.parametrize("text", _params(NO_EVENT, XFAIL_NO_EVENT))
def test_general_news_with_no_conflict_incident_gives_no_event(text):
    assert [(e["event_type"], e["sub_event_type"]) for e in _events(text)] == [], text


@pytest.mark.parametrize("text, event_type", _params(EVENT, XFAIL_EVENT))
def test_general_news_telling_an_incident_gives_its_event(text, event_type):
    assert [e["event_type"] for e in _events(text)][:1] == [event_type], text


def test_the_battery_keys_are_unique():
    keys = [c[0] for c in NO_EVENT] + [c[0] for c in EVENT]
    assert len(keys) == len(set(keys))
    assert set(XFAIL_NO_EVENT) <= {c[0] for c in NO_EVENT} and set(XFAIL_EVENT) <= {c[0] for c in EVENT}
