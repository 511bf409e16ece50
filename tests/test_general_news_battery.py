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
]

# Cases the extractor cannot yet tell apart, each with why (strict: a fix makes them fail loudly).
XFAIL_NO_EVENT: dict[str, str] = {
    "biz-shares-plunged": "'shares were killed' (lost value) is read as a killing",
}
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
