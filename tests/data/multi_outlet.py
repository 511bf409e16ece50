"""Reports written for the tests: each incident told by several outlets, in their own words,
on different days, with different figures and spellings. The reports of one incident must
merge into one event; different incidents must stay apart."""

INCIDENTS = {
    "truffle": [
        ("truffle-a", "2019-02-22", "Iraqi Kurdish outlet",
         "Militants kidnap truffle hunters in Anbar\n\nOn Sunday, militants kidnapped a group of 12 truffle hunters "
         "in the western Anbar province, marking a return to a strategy of intimidating farmers, officials said."),
        ("truffle-b", "2019-02-18", "Wire service",
         "Islamic State militants abducted 12 men who were collecting truffles in the desert of Anbar province on "
         "Sunday, a local official told reporters on Monday."),
        ("truffle-c", "2019-02-19", "Baghdad daily",
         "At least 15 truffle hunters were kidnapped by ISIS gunmen in the desert near Rutba in Anbar on Sunday, "
         "police sources said."),
        ("truffle-d", "2019-02-20", "Regional TV",
         "Daesh kidnapped 12 truffle hunters in the Anbar desert on February 17, security sources said, and the "
         "families have appealed for their release."),
    ],
    "shirqat": [
        ("shirqat-a", "2019-01-15", "National news site",
         "Militants stopped a police vehicle in the town of Shirqat on Monday and killed all four officers inside, "
         "a security source said."),
        ("shirqat-b", "2019-01-14", "Wire service",
         "Four policemen were killed on Monday when Islamic State militants ambushed their vehicle in Shirqat in "
         "Salahuddin province, police said."),
        ("shirqat-c", "2019-01-16", "Arabic daily",
         "IS militants killed five police officers in an ambush on their vehicle in al-Shirqat on Monday, a local "
         "official said."),
    ],
    "kirkuk-ied": [
        ("ied-a", "2019-05-06", "Kirkuk Now",
         "A roadside bomb exploded near a minibus in Kirkuk city on Sunday, killing three civilians and wounding "
         "seven others, police said."),
        ("ied-b", "2019-05-05", "Wire service",
         "An improvised explosive device went off in Kirkuk on Sunday, killing 3 people and injuring 6, a police "
         "officer said."),
    ],
}

# Incidents that look alike (same province, same week, same kind) but are different.
DISTINCT = [
    ("other-a", "2019-02-22", "Wire service",
     "On Tuesday, gunmen killed two shepherds near Rutba in Anbar province, police said."),
    ("other-b", "2019-01-15", "National news site",
     "A bomb exploded at a market in Tikrit on Monday, killing eleven civilians, officials said."),
    ("other-c", "2019-05-06", "Kirkuk Now",
     "Militants killed a farmer in Daquq district of Kirkuk on Sunday, police said."),
]
