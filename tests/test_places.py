"""The geoparser on short realistic sentences (no gold data)."""

import gzip
import re
import time

import pytest

import eventwatch
from eventwatch.annotate import places
from eventwatch.annotate.places import (
    Localities,
    Place,
    PlaceMention,
    best_place,
    find_places,
    get_gazetteer,
    toponym_span,
)


def names(text, **kw):
    return [(m.text, m.place.name, m.place.feature) for m in find_places(text, **kw)]


def place_of(text, word):
    for m in find_places(text):
        if word in m.text:
            return m
    raise AssertionError(f"{word!r} not found in {names(text)}")


@pytest.mark.parametrize("spelling", [
    "Sala al-Din", "Saladin", "Salahuddin", "Salah al-Din", "Salah ad Din", "Şalāḩ ad Dīn"])
def test_admin1_code_salahuddin(spelling):
    assert get_gazetteer().admin1_code(spelling) == "IQ-SD"


@pytest.mark.parametrize("spelling,code", [
    ("Ninewa", "IQ-NI"), ("Nineveh", "IQ-NI"), ("Ninawa", "IQ-NI"), ("Thi-Qar", "IQ-DQ"),
    ("Dhi Qar", "IQ-DQ"), ("Dahuk", "IQ-DA"), ("Duhok", "IQ-DA"), ("Wassit", "IQ-WA"),
    ("Wasit", "IQ-WA"), ("Qadissiya", "IQ-QA"), ("Al-Qadisiyah", "IQ-QA"),
    ("Diwaniyah province", "IQ-QA"), ("Missan", "IQ-MA"), ("Maysan", "IQ-MA"),
    ("Kerbala", "IQ-KA"), ("Karbala", "IQ-KA"), ("Basrah", "IQ-BA"), ("Basra", "IQ-BA"),
    ("Anbar", "IQ-AN"), ("Al Anbar", "IQ-AN"), ("Al-Anbar Governorate", "IQ-AN"),
    ("Sulaymaniyah", "IQ-SU"), ("Sulaimani", "IQ-SU"), ("Deir Ezzor", "SY-DY"),
    ("Deir ez-Zor", "SY-DY"), ("Idleb", "SY-ID"), ("California", "US-CA"),
])
def test_admin1_code_spellings(spelling, code):
    assert get_gazetteer().admin1_code(spelling) == code


def test_admin1_by_code():
    p = get_gazetteer().admin1_by_code("IQ-AN")
    assert isinstance(p, Place) and p.name == "Anbar" and p.feature == "admin1"
    assert p.iso3 == "IRQ" and p.country == "Iraq"


@pytest.mark.parametrize("spelling", ["Hamreen", "Hemrin", "Hamrin"])
def test_lookup_transliterations(spelling):
    p = get_gazetteer().lookup(spelling)[0]
    assert p.feature == "mountain" and p.country == "Iraq"


def test_lookup_qaim_and_tal_afar():
    g = get_gazetteer()
    assert g.lookup("Al Qa'im")[0].admin1_code == "IQ-AN"
    assert g.lookup("Qaim")[0].admin1_code == "IQ-AN"
    assert g.lookup("Tal Afar")[0].admin1_code == "IQ-NI"
    assert g.lookup("Tall 'Afar")[0].admin1_code == "IQ-NI"


def test_province_and_relation():
    text = ("On Sunday, militants kidnapped a group of 12 truffle hunters in the western "
            "Anbar province, officials said.")
    m = place_of(text, "Anbar")
    assert m.text == "Anbar province"
    assert m.place.admin1_code == "IQ-AN"
    assert m.relation == "western"
    assert m.precision == 3


def test_distance_relation():
    text = "A roadside bomb exploded 20 km north of Tikrit on Tuesday."
    m = place_of(text, "Tikrit")
    assert m.place.admin1_code == "IQ-SD"
    assert m.relation == "20 km north of"
    assert m.precision == 2


def test_near_and_town():
    text = "Gunmen attacked a checkpoint near Baqubah, killing two policemen."
    m = place_of(text, "Baqubah")
    assert m.place.admin1_code == "IQ-DI" and m.relation == "near" and m.precision == 2
    m = place_of("Clashes erupted in the town of Sadiyah in Diyala province.", "Sadiyah")
    assert m.place.admin1_code == "IQ-DI" and m.precision == 1


def test_seed_places_resolve():
    text = ("Most ISIS elements fled to the Syrian towns of Deir Ezzor and Albu Kamal or are "
            "hiding in the Anbar desert in Iraq, specifically in Wadi Hauran. His forces seized "
            "an arms cache in al-Karabila district. In the town of Shirqat, militants stopped "
            "a police vehicle. Kurdish-led forces cornered the militants in Baghouz. A man "
            "walks down a Fallujah street. An official in Tikrit said the militants are in the "
            "Hemrin mountain range. Attacks rose in Kirkuk, Diyala, and Salahuddin, and in "
            "Nineveh and Sinjar.")
    found = {m.text: m.place for m in find_places(text)}
    assert found["Deir Ezzor"].admin1_code == "SY-DY"
    assert found["Albu Kamal"].admin1_code == "SY-DY"
    assert found["Wadi Hauran"].feature == "valley"
    assert found["al-Karabila"].admin1_code == "IQ-AN"
    assert found["Shirqat"].admin1_code == "IQ-SD"
    assert found["Fallujah"].admin1_code == "IQ-AN"
    assert found["Tikrit"].admin1_code == "IQ-SD"
    assert found["Hemrin mountain range"].feature == "mountain"
    assert found["Salahuddin"].admin1_code == "IQ-SD"
    assert found["Nineveh"].admin1_code == "IQ-NI"
    assert found["Sinjar"].admin1_code == "IQ-NI"
    assert found["Kirkuk"].admin1_code == "IQ-KI"
    assert found["Diyala"].admin1_code == "IQ-DI"


def test_common_words_need_context():
    assert not names("ISIS Makes Comeback in Iraq Through Hit-and-Run Attacks")[1:]
    assert names("ISIS Makes Comeback in Iraq Through Hit-and-Run Attacks")[0][1] == "Iraq"
    m = place_of("Security forces repelled an attack in Hit, west of Ramadi.", "Hit")
    assert m.place.admin1_code == "IQ-AN"
    assert not any(n[0] == "Ana" for n in names("Ana said the talks would resume."))
    m = place_of("Militants shelled the town of Ana in western Anbar.", "Ana")
    assert m.place.admin1_code == "IQ-AN"


def test_people_and_organisations():
    text = ("Jabbar al-Maamouri, a commander, told reporters. Deputy Secretary of State "
            "John Sullivan told Congress. Sullivan replied later.")
    assert names(text) == []
    text = "The 'Islamic State of Iraq and Syria' (ISIS) attacked the town."
    assert names(text) == []
    text = "Col. Mahmoud al-Azzawi of the Anbar Operations Command said."
    ms = find_places(text)
    assert [m.place.name for m in ms] == ["Anbar"]
    assert ms[0].role == "organisation"
    assert best_place(ms, 0, len(text)) is None


def test_road_relation():
    text = "Most occurred on the Baghdad-Kirkuk highway, officials said."
    ms = find_places(text)
    assert [m.place.name for m in ms] == ["Baghdad", "Kirkuk"]
    assert all(m.precision == 2 and "highway" in (m.relation or "") for m in ms)


def test_disambiguation_by_article_country():
    # "Tripoli" is in Libya and in Lebanon: the country the article names decides
    ms = find_places("Fighting in Lebanon spread to Tripoli on Monday.")
    assert ms[-1].place.country == "Lebanon"
    ms = find_places("Fighting in Libya spread to Tripoli on Monday.")
    assert ms[-1].place.country == "Libya"


@pytest.mark.parametrize("text, country", [
    ("Raiders burned two villages near Uvira, in eastern Congo, on Sunday.",
     "Democratic Republic of the Congo"),
    ("A bomb went off in Congo, 20 km from Butembo, on Friday.", "Democratic Republic of the Congo"),
    ("Soldiers fired on marchers in Congo on Monday, a day after a rally in Dolisie.",
     "Republic of the Congo"),
    ("Soldiers fired on marchers in Congo on Monday.", "Democratic Republic of the Congo"),
    ("Soldiers fired on marchers in Dolisie, Congo, on Monday.", "Republic of the Congo"),
])
def test_a_country_name_of_two_countries_takes_the_one_its_places_are_in(text, country):
    # "Congo" names either Congo: the article's towns decide; without any, the larger one
    assert place_of(text, "Congo").place.country == country
    assert all(m.place.country == country for m in find_places(text))  # its town kept, too


def test_world_places():
    ms = find_places("Protests spread from Paris to Lyon, while Germany and Texas watched.")
    assert [m.place.country for m in ms] == ["France", "France", "Germany", "United States"]
    assert ms[-1].place.admin1_code == "US-TX"


def test_adjectives_only_on_request():
    text = "Syrian forces shelled Idlib."
    assert [m.place.name for m in find_places(text)] == ["Idlib"]
    ms = find_places(text, adjectives=True)
    assert ms[0].place.name == "Syria" and ms[0].role == "adjective"


def test_offsets_sorted_and_non_overlapping():
    text = "Iraqi forces raided Baiji, near Tikrit, and the outskirts of Mosul in Nineveh."
    ms = find_places(text)
    assert ms and all(isinstance(m, PlaceMention) for m in ms)
    for m in ms:
        assert text[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:], strict=False))
    assert [m.start for m in ms] == sorted(m.start for m in ms)


def test_best_place_prefers_specific():
    text = "In Iraq's Nineveh province, militants killed two shepherds near Badush."
    ms = find_places(text)
    b = best_place(ms, 0, len(text))
    assert b.place.name == "Badush" and b.precision == 2 and b.relation == "near"
    assert best_place(ms, 0, 20).place.name == "Iraq"


def test_speed():
    get_gazetteer()
    text = "Militants attacked a checkpoint near Tikrit in Salahuddin province. " * 50
    t = time.perf_counter()
    find_places(text)
    assert time.perf_counter() - t < 1.0


def best_of(text):
    m = best_place(find_places(text), 0, len(text))
    return m and (m.place.name, m.place.feature, m.place.iso3, m.place.admin1_code)


def test_iraqi_context_rejects_small_foreign_homonyms():
    # an unknown local name in an Iraqi text is not a small town abroad: the province it is
    # placed in is the best the text supports
    b = best_of("Gunmen killed a farmer in Kanus village near Baiji, Salahuddin province.")
    assert b[2] == "IRQ" and b[3] == "IQ-SD"
    b = best_of("A roadside bomb went off in al-Nashwa area of Diyala province.")
    assert b[2] == "IRQ" and b[3] == "IQ-DI"


def test_name_that_goes_on_is_not_its_first_word():
    # "Tepe Sor", "Kani Dezan": capitalised names whose first word alone is a town abroad
    ms = find_places("Turkish jets hit positions in Tepe Sor area of Erbil province.")
    assert [m.text for m in ms] == ["Erbil province"]
    ms = find_places("Militants attacked a checkpoint in Tall adh Dhahab village, Balad district.")
    assert all(m.place.iso3 == "IRQ" for m in ms) and ms[-1].text.startswith("Balad")


def test_loose_transliteration():
    assert place_of("Protests continued in central Nassriya on Monday.",
                    "Nassriya").place.admin1_code == "IQ-DQ"


def test_anchor_ranks_after_the_place_it_locates():
    b = best_of("A sticky bomb injured 3 civilians in Khanaqin district, east of Baqubah.")
    assert b[1] == "admin2" and b[3] == "IQ-DI"
    b = best_of("An IED killed two soldiers in Kalar district, Sulaymaniyah.")
    assert b[0].startswith("Kal") or b[0].startswith("Kel")


def test_no_country_named_leans_to_deep_coverage():
    b = best_of("An attack on the PMF west of Samarra left two fighters dead.")
    assert b[2] == "IRQ" and b[3] == "IQ-SD"


def test_province_at_its_capital():
    # province-level events are placed at the capital (ACLED's and the GTD's convention)
    p = get_gazetteer().admin1_by_code("IQ-SD")
    tikrit = [x for x in get_gazetteer().lookup("Tikrit") if x.feature == "town"][0]
    assert (p.latitude, p.longitude) == (tikrit.latitude, tikrit.longitude)


def test_container_with_direction_beats_foreign_homonym():
    text = "Gunmen hit an army post near Al Riyad in far western Kirkuk province, killing a soldier."
    m = best_place(find_places(text), 0, len(text))
    assert m.place.admin1_code == "IQ-KI"


def test_domestic_context_drops_foreign_city_known_by_an_alias():
    # "Kali" is only an alternate spelling of Cali (Colombia): in an Iraqi text it is no place
    text = "Gunmen fired at people gathered on Kali hill near Tuz Khurmatu in Salahuddin."
    assert all(m.place.iso3 in ("IRQ", "") for m in find_places(text))


def test_molotov_cocktail_is_no_place():
    assert names("Rioters threw Molotov cocktails at the police.") == []


def test_feature_prefix_does_not_make_a_person():
    assert place_of("Rockets landed inside Camp Taji on Tuesday.", "Taji").place.country == "Iraq"
    assert place_of("Airstrikes hit hideouts near Mount Qarachogh.", "Qarachogh").place.feature \
        == "mountain"  # (a lake the gazetteer lacks is no mountain: test_places_actor_country)


def test_ucdp_features_in_gazetteer():
    gz = get_gazetteer()
    assert any(p.feature == "mountain" and p.country == "Iraq" for p in gz.lookup("Qandil mountains"))
    assert any(p.feature == "village" and p.admin1_code == "IQ-AR" for p in gz.lookup("Basiyan"))


def test_border_town_keeps_its_geonames_province():
    assert get_gazetteer().lookup("Kalar")[0].admin1_code == "IQ-SU"


def test_names_match_whole_tokens_only():
    # "Hit" (a town in Anbar) must not be found inside "Hitherto", nor "Iraq" inside "Iraqis"
    assert names("Hitherto unknown gunmen attacked Iraqis.") == []


def test_last_word_sets_admit_every_match():
    """The word-end test before the context patterns never skips a window they match."""
    import random

    from eventwatch.annotate import places as P

    checks = [(P.TYPE_BEFORE, P.TYPE_BEFORE_LAST), (P.PREP_BEFORE, P.PREP_BEFORE_LAST),
              (P.STRONG_PREP, P.STRONG_PREP_LAST), (P.REL_DIST, P.REL_LAST),
              (P.REL_DIR, P.REL_LAST), (P.REL_NEAR, P.REL_LAST), (P.REL_ADJ, P.REL_LAST),
              (P.ORG_OF, P.ORG_LAST), (P.STATE_OF_AND, P.ORG_LAST), (P.ARMY_OF, P.ORG_LAST),
              (P.REL_DIST, P.REL_DIST_LAST), (P.REL_DIR, P.REL_DIR_LAST),
              (P.REL_NEAR, P.REL_NEAR_LAST), (P.REL_ADJ, P.REL_ADJ_LAST),
              (P._THE_END, {"the"})]
    # every word of every pattern, with case variants and neighbours that break words
    words = set()
    for rx, _ in checks:
        words.update(re.findall(r"[a-z]+", rx.pattern.replace("(?i)", "")))
    for _, allowed in checks:
        words.update(allowed)
    words.update(["Mosul", "x", "5", "far", "North-Eastern", "about", "km", "town of",
                  "close to", "visiting", "visited", "outskirts of", "State of Iraq and", "road to",
                  "road between", "highway linking", "10 km from", "Army of", "State in",
                  "Party for", "village of the", "near the southwestern"])
    words = sorted(words)
    rng = random.Random(7)
    seps = [" ", "  ", "\n", "-", ", ", "(", "é"]
    for _ in range(40000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            w = rng.choice(words)
            w = rng.choice([w, w.upper(), w.title()])
            parts.append(w + rng.choice(seps))
        before = "".join(parts) + rng.choice(["", " ", "\n", " \n"])
        if not before[-1:].isspace():
            continue
        last = P._last_word(before)
        for rx, allowed in checks:
            if rx.search(before):
                assert last is None or last in allowed, (rx.pattern[:30], before)
    assert P._last_word("5 km north of ") == "of"
    assert P._last_word("in the ſouth ") is None  # case-insensitive 's': patterns run


def test_end_anchored_searches_start_late_safely():
    """_search_end finds the match a full search finds (END_CHUNKS bounds every match), and
    _may_measure never skips a window REL_DIST matches."""
    import random

    from eventwatch.annotate import places as P

    words = set()
    for rx in [*P.END_CHUNKS, P.REL_DIST]:
        words.update(re.findall(r"[a-z]+", rx.pattern.replace("(?i)", "")))
    words.update(["Mosul", "x", "5", "10", "2.5", "Iraq", "State", "Army", "Islamic", "(", ")",
                  "(approx.)", "-", "km", "KM", "ſouth", "north-east", "sub-district"])
    words = sorted(words)
    # phrases that make the longest matches likely
    phrases = ["town of the", "on the outskirts of", "to the north of the", "in the vicinity of",
               "on the road linking", "the areas of", "State of Iraq and the", "10 km (6 miles)",
               "about 5 km to the south of the town of", "far northern", "in the", "Army of the",
               "city of the southern", "village of the"]
    rng = random.Random(11)
    seps = [" ", "  ", "\n", "-", ", ", "(", "é", "\xa0", " \t "]
    for _ in range(30000):
        parts = []
        for _ in range(rng.randint(1, 9)):
            w = rng.choice(phrases if rng.random() < 0.3 else words)
            w = rng.choice([w, w, w.upper(), w.title()])
            parts.append(w + rng.choice(seps))
        before = "".join(parts) + rng.choice(["", " ", "\n", " \n"])
        for rx in P.END_CHUNKS:
            full, late = rx.search(before), P._search_end(rx, before)
            assert (full and (full.span(), full.groups())) == (late and (late.span(), late.groups())), \
                (rx.pattern[:30], before)
        if P.REL_DIST.search(before):
            assert P._may_measure(before), before


def test_tokens_agree_with_split_tokens():
    """find_places' fast tokenizer (ASCII scan, possessives found by a pattern) gives exactly
    the tokens of split_tokens, the reference the gazetteer builder uses."""
    from eventwatch.annotate import places as P

    texts = ["Iraq's army entered Qa'im's outskirts; the U.S.'s allies' 's s's",
             "Dar`a and Tall ʿAfar’s streets, İstanbul’S mayor, Mosul'ş", "ʿ 'a' x’s’s 12's",
             "Kirkuk’s governor said Anbar's and Ninawa`s councils ... O'Brien's",
             "", "'s", "a's", "é's", "Qa'im"]
    for text in texts:
        w = P._tokens(text)
        assert list(zip(w.start, w.end, w.text, strict=True)) == P.split_tokens(text), text


def test_secondary_gates_skip_no_match():
    """_secondary's per-pattern stem tests never skip a window its patterns match: it agrees
    with running both patterns on every window that has any stem."""
    import random

    from eventwatch.annotate import places as P

    def reference(text: str, start: int) -> str | None:
        before = text[max(0, start - 90):start]
        if not any(s in before.lower() for s in P._SECONDARY_STEMS):
            return None
        m = P._HYPHEN_END.search(before)
        if m:
            before = before[:m.start()]
        if not before[-1:].isspace():
            return None
        if P.ELSEWHERE_BEFORE.search(before):
            return "elsewhere"
        if P.ENDPOINT_BEFORE.search(before):
            return "endpoint"
        return None

    words = set()
    for rx in (P.ELSEWHERE_BEFORE, P.ENDPOINT_BEFORE):
        words.update(re.findall(r"[a-z]+", rx.pattern.replace("(?i)", "")))
    words.update(["Mosul", "Baghdad-", "x", "in protest at", "on their way to", "fled from",
                  "between Hit", "linking", "solidarity with", "the town of", "İn", "wAy"])
    words = sorted(words)
    rng = random.Random(5)
    seps = [" ", "  ", "\n", "-", ", ", ". ", "é", "\xa0"]
    for _ in range(20000):
        parts = [rng.choice([w, w.upper(), w.title()]) + rng.choice(seps)
                 for w in (rng.choice(words) for _ in range(rng.randint(1, 12)))]
        text = "".join(parts) + rng.choice(["", " ", "\n"]) + "Tikrit"
        start = len(text) - len("Tikrit")
        assert P._secondary(text, start) == reference(text, start), text



def test_secondary_article_index_agrees_with_each_window(monkeypatch):
    """_secondary's per-article index of the stems skips only windows without a stem: over
    long texts (windows inside them, stems just outside the 90 characters, a text without a
    fold) it agrees with testing each window's own lower case alone."""
    import random

    from eventwatch.annotate import places as P

    class NoIndex:
        def may_match(self, text: str, start: int, end: int) -> bool:
            return True

    def reference(text: str, start: int) -> str | None:
        with monkeypatch.context() as patched:
            patched.setattr(P, "_SECONDARY_WORDS", NoIndex())
            return P._secondary(text, start)

    fillers = ["the", "a", "long", "quiet", "road", "near", "Dunmore", "Velmora", "Kastro", "and",
               "to", "village", "of", "Ilia", "İzra"]
    stems = ["fled to", "BETWEEN Kastro and", "returning from", "on their way into", "Solidarity with",
             "the border of", "Wali of", "governor of"]
    rng = random.Random(11)
    found = 0
    for _ in range(300):
        text = " ".join(rng.choice(stems) if rng.random() < 0.06 else rng.choice(fillers)
                        for _ in range(rng.randint(20, 120)))
        if rng.random() < 0.7:
            text = text.replace("İzra", "Izra")  # (most texts have a fold)
        for m in re.finditer(r"\b[A-Z]", text):
            expected = reference(text, m.start())
            assert P._secondary(text, m.start()) == expected, (text, m.start())
            found += expected is not None
    assert found > 100  # (windows the patterns match, not only windows skipped)


def test_levantine_article_spellings_join_the_name():
    # "ez-", "esh-", "en-": the same Arabic article as "az-", "ash-", "an-" in another transliteration
    text = "Shelling hit Deir ez-Zor and Jisr esh-Shughur, then Maarat en-Numan, on Friday."
    found = {m.text: m.place for m in find_places(text)}
    assert found["Deir ez-Zor"].admin1_code == "SY-DY"
    assert found["Jisr esh-Shughur"].admin1_code == "SY-ID"
    assert found["Maarat en-Numan"].admin1_code == "SY-ID"


def test_common_word_province_before_its_country():
    # a province whose name is also an English word, right before its country, is a place
    names = [(m.text, m.place.iso3) for m in
             find_places("Gunmen attacked a police post in Lurano, Meta, Colombia, killing two.")]
    assert ("Meta", "COL") in names
    names = [(m.text, m.place.iso3) for m in
             find_places("Gunmen attacked a police post in Vorta, Pool, Republic of the Congo.")]
    assert ("Pool", "COG") in names
    # not before another country, nor without one
    assert [m.text for m in find_places("He swam in the Pool, Colombia said.")] == ["Colombia"]
    assert [m.text for m in find_places("The meta, as usual, changed.")] == []


def test_direction_word_province_before_its_country():
    # "Central", "Southern": a province of that name in the country named right after it
    found = [(m.text, m.place.feature, m.place.iso3) for m in
             find_places("Youths stoned a bus in Velmora, Central, Uganda.")]
    assert ("Central", "admin1", "UGA") in found
    found = [(m.text, m.place.feature, m.place.iso3) for m in
             find_places("A rocket hit a house in Velmora, Southern, Israel.")]
    assert ("Southern", "admin1", "ISR") in found
    # a direction word elsewhere is no place
    assert [m.text for m in find_places("Southern, Uganda said, is dry.")] == ["Uganda"]
    assert [m.text for m in find_places("Rockets hit Southern Israel.")] == ["Israel"]


def test_whole_name_beats_name_and_type_word():
    # "Mexico City" is a name of its own, not a town called Mexico with "City" as its type word
    (m,) = find_places("The delegation later flew on to Mexico City for talks.")
    assert m.place.iso3 == "MEX"
    assert m.text[m.name_start - m.start:m.name_end - m.start] == "Mexico City"


def test_holy_see_is_the_vatican():
    # the Holy See is a sovereign entity's name, a toponym like the Vatican
    found = [(m.text, m.place.iso3) for m in
             find_places("The envoy presented her credentials to the Holy See on Tuesday.")]
    assert found == [("Holy See", "VAT")]


def test_world_subregions_and_their_adjectives():
    # UN subregions as news shortens them, not the continent inside them
    (m,) = find_places("Drought has spread across North Africa this summer.")
    assert (m.text, m.place.feature) == ("North Africa", "region")
    assert 10 < m.place.latitude < 35 and -15 < m.place.longitude < 35
    found = [(m.text, m.place.name) for m in
             find_places("Southeast Asian ministers met in Jakarta.", adjectives=True)]
    assert found[0] == ("Southeast Asian", "South-Eastern Asia")


def test_british_counties():
    # Great Britain's counties are GeoNames admin2 units (its admin1 are the four nations)
    (m,) = find_places("Flooding closed several roads across Shropshire on Sunday.")
    assert (m.place.name, m.place.feature, m.place.iso3) == ("Shropshire", "admin2", "GBR")
    (m,) = find_places("Police in Kent said the lorry had overturned.")
    assert m.place.iso3 == "GBR"


@pytest.mark.parametrize("text,span", [
    ("Farmers in Kogi State lost their harvest.", "Kogi State"),
    ("Farmers in Kogi state lost their harvest.", "Kogi"),
    ("Tourism in Eastern Bolivia grew last year.", "Eastern Bolivia"),
    ("A spokesman for the Maryland State Police declined to comment.", "Maryland"),
    # after a US state, "State" names its university or team: the state is embedded in it
    ("The Oregon State forward scored nine points on Friday.", "Oregon"),
    ("Apple growers across Washington State expect a record harvest.", "Washington State"),
    # a club named after its town: "FC" belongs to the embedded toponym, as "City" does
    ("The league fined Bristol FC for the damage to the stand.", "Bristol FC"),
])
def test_toponym_span_is_the_proper_name(text, span):
    # a capitalised compass or generic word belongs to the toponym; a lower-case one, or one
    # that starts another name, does not
    (m,) = find_places(text)
    s, e = toponym_span(text, m)
    assert text[s:e] == span


def test_state_abbreviations_of_datelines():
    # AP-style state abbreviations after "<Town>, " or "(" name the state and place the town in it
    found = {m.text: m.place for m in find_places("MODESTO, Calif. (AP) - Firefighters worked all night.")}
    assert found["Calif."].admin1_code == "US-CA"
    assert found["MODESTO"].admin1_code == "US-CA"
    found = {m.text: m.place for m in find_places("The Polk County (Ore.) sheriff asked for help.")}
    assert found["Ore."].admin1_code == "US-OR"
    found = {m.text: m.place for m in find_places("Residents of Manchester, N.H., voted on Tuesday.")}
    assert found["N.H."].admin1_code == "US-NH" and found["Manchester"].admin1_code == "US-NH"
    # elsewhere they are words or titles
    assert find_places("Miss. Jones said she felt ill. Wash. your hands.") == []
    # initials with their periods name the state anywhere, but not after a number
    found = [(m.text, m.place.admin1_code) for m in
             find_places("Loggers crossed the B.C. boundary near a fort built in 300 B.C. times.")]
    assert found == [("B.C.", "CA-BC")]


def test_state_abbreviation_scan_sees_every_occurrence():
    # the quick scan that lets a text without any abbreviation skip the full pattern
    from eventwatch.annotate.places import STATE_ABBREVIATIONS, _holds_state_abbreviation
    for text in ("Fresno, Calif., said", "in the U.S. on Monday", "a X.N.J. tag", "near Iraq. Then",
                 "(Ga.)", "W.Va. mines", "Mr. Smith in St. Louis", "GA. and Ala."):
        assert _holds_state_abbreviation(text) == any(a in text for a in STATE_ABBREVIATIONS), text


def test_loose_spellings_do_not_reach_foreign_towns():
    # the keys merge doubled letters and ee/i for Arabic transliterations; a town abroad needs
    # its own spelling ("Sinai" is not Sinnai in Sardinia), an exact one still matches
    assert [m.place.name for m in find_places("Fighting was reported across Sinai on Friday.")
            if m.place.iso3 == "ITA"] == []
    assert [m.place.name for m in find_places("Crowds gathered in Minning for the festival.")] \
        == ["Minning"]
    assert [m.place.iso3 for m in find_places("Police in Düsseldorf made two arrests.")] == ["DEU"]


def test_region_before_another_capitalised_word():
    # a continent or union starting a longer name is still the region ("EU Trade Commissioner")
    found = [(m.text, m.place.feature) for m in
             find_places("The EU Trade Commissioner met farm ministers on Monday.")]
    assert found == [("EU", "region")]


def test_adjective_used_as_a_noun_is_no_place_mention():
    # a country adjective standing for the people or the language is no mention of the country
    text = "The Chilean said little, and the Peruvian who spoke was brief; talks were held in Portuguese."
    assert [m.text for m in find_places(text, adjectives=True)] == []
    found = [(m.text, m.role) for m in find_places("Peruvian miners and Chilean officials met.",
                                                   adjectives=True)]
    assert found == [("Peruvian", "adjective"), ("Chilean", "adjective")]


def test_city_before_the_province_named_after_it():
    # abroad, a big city and its province share the name: the city, unless "province" says so
    (m,) = find_places("Talks between the two delegations resumed in Lima on Monday.")
    assert (m.place.feature, m.place.iso3) == ("town", "PER")
    (m,) = find_places("Flooding hit several towns in Lima province.")
    assert (m.place.feature, m.place.iso3) == ("admin1", "PER")


def test_national_capital_before_its_namesake_state():
    # "Washington" alone is the capital, which the state of that name does not contain
    (m,) = find_places("Officials in Washington said the sanctions would stay in place.")
    assert m.place.feature == "town" and abs(m.place.latitude - 38.9) < 0.3
    (m,) = find_places("Wildfires spread across Washington state this week.")
    assert m.place.feature == "admin1"


def test_country_name_before_another_country_is_its_province():
    # "in X, Niger, Nigeria.": an address ends in one country; the first is a province of it
    found = [(m.text, m.place.feature, m.place.iso3) for m in
             find_places("Bandits raided Velmora, Niger, Nigeria.")]
    assert ("Niger", "admin1", "NGA") in found
    # a list of countries stays a list
    found = [(m.text, m.place.feature) for m in find_places("The fighting spread to Chad, Niger, Nigeria.")]
    assert ("Niger", "country") in found
    found = [(m.text, m.place.feature) for m in find_places("Troops moved into Niger, Nigeria said.")]
    assert ("Niger", "country") in found


def test_a_demonym_after_a_name_does_not_make_it_a_place():
    # "in Arab Israeli towns": "Arab" goes on with a demonym, it is no small town abroad
    found = [m.text for m in find_places("Crime has risen in Arab Israeli towns, police said.")]
    assert "Arab" not in found


def test_a_name_after_a_mountain_word_is_no_surname():
    # "Jabal X" is the X mountains, not a person whose surname X is then rejected everywhere
    found = [m.place.feature for m in find_places("Drones struck hideouts in Hamrin (Jibal Hamrin) at dawn.")]
    assert found and found[0] == "mountain"
    # a person's name still is one
    assert find_places("Police arrested Karim Hamrin on Monday.") == []
    # nor is the name after such a word a town abroad ("Tall X" is a hill or village named X)
    assert find_places("Gunmen killed two guards in the Tall Bayad area on Monday.") == []


def test_a_plural_type_word_names_both_places():
    # "the X and Y provinces": X is a province too, not the town of its name
    found = [(m.place.name, m.place.feature) for m in
             find_places("Lawyers were kidnapped in the Basra and Najaf provinces last week.")]
    assert [f for _, f in found] == ["admin1", "admin1"]


def test_entering_a_place_supports_a_near_spelling():
    # "entered X", "reached X", "stormed X" say X is a place, as "in X" does
    assert [m.place.name for m in find_places("Army units entered Nassriya before dawn.")] == ["Nasiriyah"]
    assert find_places("Army units met Nassriya before dawn.") == []


def test_a_street_named_after_a_town_is_not_the_town():
    # "Haifa Street" in Baghdad is no Haifa in Israel
    assert [m.text for m in find_places("Protesters gathered on Haifa Street in Baghdad.")] == ["Baghdad"]
    assert [m.text for m in find_places("Police fired tear gas in Rashid street in Basra.")] == ["Basra"]
    # "a Mosul street" is one of the town's streets
    assert [m.text for m in find_places("A bomb went off on a Mosul street.")] == ["Mosul"]


def test_a_possessive_inside_a_name_the_gazetteer_has_whole():
    found = [(m.text, m.place.country) for m in find_places("Floods hit camps near Cox's Bazar on Monday.")]
    assert found == [("Cox's Bazar", "Bangladesh")]
    # an owner stays one
    assert [m.text for m in find_places("Iraq's Anbar province")] == ["Iraq", "Anbar province"]


def test_a_near_spelling_measured_from_is_a_place():
    # "southeast of X" supports a transliteration as "near X" does
    ms = find_places("Troops cleared caves in the hills southeast of Telafar.")
    assert [(m.text, m.place.admin1_code) for m in ms] == [("Telafar", "IQ-NI")]


def test_a_town_before_its_grand_mosque_is_the_facility_s_town():
    ms = find_places("Protesters gathered at the Ranya Grand Mosque before marching.")
    assert [(m.text, m.place.admin1_code, m.role) for m in ms] == [("Ranya", "IQ-SU", "facility")]


@pytest.mark.parametrize(("text", "country", "feature"), [
    ("Somali army troops raided a village near Jilib.", "Somalia", "country"),
    ("Australian soldiers left the base.", "Australia", "country"),
    ("Fighting spread in the Somali region of Ethiopia.", "Ethiopia", "admin1"),
    # after "in" the name is the place, whatever word follows it
    ("Clashes in Somali killed 10 people.", "Ethiopia", "admin1"),
])
def test_a_provinces_name_that_is_also_a_countrys_adjective(text, country, feature):
    first = find_places(text, adjectives=True)[0]
    assert (first.place.country, first.place.feature) == (country, feature)


def test_a_near_spelling_alone_in_brackets_after_a_name_is_a_place():
    # "X (Y)": Y another name of the place just named, spelt loosely
    ms = find_places("Crops were burned in Zardak village in Velmo (Altun Kupri) sub-district.")
    assert [(m.text, m.place.admin1_code) for m in ms] == [("Altun Kupri", "IQ-KI")]


def test_a_big_town_spelt_loosely_with_two_consonants():
    ms = find_places("Protesters in Diwniya city blocked the bridges on Sunday.")
    assert [(m.place.name, m.place.admin1_code, m.fuzzy) for m in ms] == [("Al Diwaniyah", "IQ-QA", True)]


def test_a_name_without_the_sources_arabic_kind_word():
    # the sources write "Qaryat Gharib" (Gharib village), news "Gharib village"
    ms = find_places("Gunmen burned crops in Gharib village, Hawija district, on Monday.")
    assert [(m.place.name, m.place.admin1_code) for m in ms][0] == ("Qaryat Gharib", "IQ-KI")


def test_the_last_name_of_a_long_address_is_the_province():
    # "A, B, Sanaa, Yemen": Sanaa the governorate, not the capital
    ms = find_places("Gunmen seized farms in Beit Velmo, Tarsa, Sanaa, Yemen.")
    assert [(m.place.feature, m.place.admin1_code) for m in ms if m.text == "Sanaa"] == [("admin1", "YE-SN")]
    # one name before it: the town
    ms = find_places("Gunmen seized farms in Tarsa, Sanaa, Yemen.")
    assert [m.place.feature for m in ms if m.text == "Sanaa"] == ["town"]


def test_a_province_with_its_type_word_before_an_organisation_word_is_the_organisation_s():
    ms = find_places("Troops fought the Kachin State Army near Velmo, Shan, Myanmar.")
    assert [(m.text, m.role) for m in ms][0] == ("Kachin State", "organisation")


def test_a_near_spelling_its_owner_names_is_a_place():
    ms = find_places("A landmine wounded two deminers near a village in Duhok's Deraluk on Monday.")
    assert [m.place.name for m in ms] == ["Dihok", "Dereluk"]


@pytest.mark.parametrize(("text", "country", "code"), [
    ("Rebels raided Temmora, South Province, Sri Lanka, on Friday.", "LKA", "LK-3"),
    ("Rebels raided Temmora, Western Province, Zambia, on Friday.", "ZMB", "ZM-01"),
])
def test_a_province_before_its_country_is_that_country_s(text, country, code):
    m = place_of(text, "Province")
    assert (m.place.iso3, m.place.admin1_code) == (country, code)


def test_a_province_before_its_own_country_keeps_its_row():
    m = place_of("Rebels raided Temmora, South Province, Cameroon, on Friday.", "Province")
    assert (m.place.iso3, m.place.admin1_code) == ("CMR", "CM-SU")


@pytest.mark.parametrize(("name", "iso3"), [
    ("Western Province", "KEN"), ("Central Province", "KEN"), ("Eastern Region", "NGA")])
def test_a_compass_word_alone_is_no_short_form_of_a_longer_province(name, iso3):
    assert get_gazetteer().admin1_code_near(name, iso3) is None



@pytest.mark.parametrize("text", [
    "Rebels burned Tolamu, Central Province, Kenya, on Friday.",
    "Rebels burned Tolamu, Western Province, Kenya, on Friday.",
    "Rebels burned Tolamu, Eastern Region, Nigeria, on Friday.",
    "Rebels burned Tolamu, Southern Highlands Province, Zambia, on Friday.",
    "Rebels burned Tolamu, Central Province, Rwanda, on Friday.",
    "Rebels burned Tolamu, Copperbelt Province, Cameroon, on Friday.",
    # a town abroad of the bare name, before the type word, is no more the unit
    "Rebels burned Tolamu, Kasama District, Cameroon, on Friday.",
])
def test_a_unit_its_country_lacks_is_no_namesake_abroad(text):
    country = text.split(", ")[-2]
    assert [m.place.name for m in find_places(text)] == [country]


def test_a_country_of_five_words_ends_an_address():
    # ", <country>" is read whole however long the country's name
    text = "Rebels burned Tolamu, Kasama District, Democratic Republic of the Congo, on Friday."
    assert [m.place.iso3 for m in find_places(text)] == ["COD"]


@pytest.mark.parametrize(("text", "code"), [
    ("Rebels burned Tolamu, Uva Province, Sri Lanka, on Friday.", "LK-8"),
    ("Rebels burned Tolamu, Eastern Province, Zambia, on Friday.", "ZM-03"),
    ("Rebels burned Tolamu, Far North Region, Cameroon, on Friday.", "CM-EN"),
    ("Rebels burned Tolamu, Southern Province, Rwanda, on Friday.", "RW-05"),
])
def test_a_unit_its_country_has_keeps_its_row(text, code):
    assert place_of(text, "Province" if "Province" in text else "Region").place.admin1_code == code


def test_a_known_town_before_a_province_its_country_lacks_keeps_its_own_province():
    m = best_place(find_places("Raiders torched stalls in Kakamega, Western Province, Kenya, at dawn."))
    assert (m.place.iso3, m.place.admin1_code) == ("KEN", "KE-11")


@pytest.mark.parametrize(("text", "country"), [
    # the gazetteer has these names only abroad (Italy, the US, Peru, Spain, Romania)
    ("Floods swept through Sora, Nigeria, on Monday.", "Nigeria"),
    ("A new clinic opened in Marina, Kenya, last week.", "Kenya"),
    ("Traders in Tarma, Mali, said prices had doubled.", "Mali"),
    ("Villagers fled Aurora, Democratic Republic of the Congo, after the rains.",
     "Democratic Republic of the Congo"),
    ("A dam burst near Alba, Burkina Faso.", "Burkina Faso"),
])
def test_a_bare_name_told_before_its_country_is_no_namesake_abroad(text, country):
    assert [m.place.name for m in find_places(text)] == [country]


@pytest.mark.parametrize(("text", "first"), [
    ("The festival in Sora, Italy, drew thousands.", ("Sora", "ITA")),  # its own country
    ("The band toured Lyon, Spain and Italy.", ("Lyon", "FRA")),  # a list, not an address
    ("Police in Atlanta, Georgia, arrested a man.", ("Atlanta", "USA")),  # the state, not the country
])
def test_a_name_before_a_country_keeps_its_reading_where_the_country_is_no_address(text, first):
    m = find_places(text)[0]
    assert (m.text, m.place.iso3) == first


@pytest.mark.parametrize("text", [
    "A gunman killed three people at a church in Albany, Georgia, on Monday.",
    "Police in Valdosta, Georgia, said a gunman had killed three people at a church.",
])
def test_a_town_before_its_own_province_survives_in_a_report_naming_an_armed_man(text):
    # the province written after the town ("Georgia", the US state) says which reading is meant, even
    # where the text names an armed man and the province's name is also a country's
    m = find_places(text, armed=True)[0]
    assert m.place.iso3 == "USA", (m.text, m.place.iso3)


@pytest.mark.parametrize(("text", "town", "province"), [
    ("A storm tore roofs off houses in Macon, Georgia, on Tuesday.", ("Macon", "USA"), ("Georgia", "USA", "admin1")),
    ("Police in Augusta, Georgia said two men were shot.", ("Augusta", "USA"), ("Georgia", "USA", "admin1")),
    ("Gunmen abducted a trader in Minna, Niger on Tuesday.", ("Minna", "NGA"), ("Niger", "NGA", "admin1")),
    # the country where the town before it lies in the country, or in a list of countries
    ("Crowds gathered in Kutaisi, Georgia on Tuesday.", ("Kutaisi", "GEO"), ("Georgia", "GEO", "country")),
    ("He flew to Niamey, Niger, on Tuesday.", ("Niamey", "NER"), ("Niger", "NER", "country")),
])
def test_a_country_name_after_a_town_of_a_province_of_that_name_is_the_province(text, town, province):
    found = find_places(text)
    assert [(m.text, m.place.iso3) for m in found][0] == town
    assert [(m.text, m.place.iso3, m.place.feature) for m in found][1] == province


def test_a_country_name_in_a_list_of_countries_stays_the_country():
    found = find_places("Envoys from Russia, Georgia and Armenia met on Tuesday.")
    assert [(m.text, m.place.feature) for m in found] == [("Russia", "country"), ("Georgia", "country"),
                                                           ("Armenia", "country")]


def test_a_town_across_the_border_of_a_forces_home_is_kept_in_a_conflict_report():
    # "Rwandan soldiers ... in Goma": the force's home names Rwanda, and Goma lies just over its border
    # in DR Congo, no far namesake to drop (a far one still goes: "Malian soldiers ... in Tarma")
    near = find_places("Residents clashed with Rwandan soldiers in Goma on Monday.", armed=True, homes=[("Rwanda",)])
    assert [(m.text, m.place.iso3) for m in near] == [("Goma", "COD")]
    far = find_places("Residents clashed with Malian soldiers in Tarma on Monday.", armed=True, homes=[("Mali",)])
    assert all(m.place.iso3 != "PER" for m in far)


def test_a_town_within_reach_of_a_large_countrys_border_provinces_is_kept():
    # a large country's border provinces have centres far inside it: a town some 400 km from the nearest
    # centre may still lie across the border where its forces fight ("Russian forces ... Nikopol")
    near = find_places("Russian troops fired artillery at Marhanets overnight.", armed=True, homes=[("Russia",)])
    assert [(m.text, m.place.iso3) for m in near] == [("Marhanets", "UKR")]


def test_a_valley_in_a_conflict_report_is_no_town_of_its_name_abroad():
    # "the Tira valley" beside Pakistani soldiers: a valley the gazetteer lacks, not Iran's capital (one of
    # whose other names is Tira); general news keeps "X valley" as its town (a wine valley named after it)
    found = find_places("Pakistani soldiers clashed with militants in the Tira valley on Sunday.",
                        armed=True, homes=[("Pakistan",)])
    assert all(m.place.iso3 != "IRN" for m in found)


def test_the_wide_reach_is_only_from_a_named_forces_own_country():
    # a country named only as where talks were held is no force's home: a small town abroad some 360 km
    # from its provinces' centres is no place its forces fight, so it is no reading of the name
    far = find_places("Malian soldiers killed 4 militants near Alzira on Monday, days after peace talks in Algeria.",
                      armed=True, homes=[("Mali",)])
    assert [(m.text, m.place.iso3) for m in far] == [("Algeria", "DZA")]


def test_a_near_spelling_abroad_does_not_beat_the_country_that_ends_its_address():
    # "Abuca" is a spelling of Nigeria's capital, but the address puts the place in Ethiopia
    text = "Gunmen abducted six traders in Abuca, Oromia, Ethiopia, on Monday."
    found = [(text[p.start:p.end], p.place.country) for p in find_places(text)]
    assert ("Abuca", "Nigeria") not in found and ("Ethiopia", "Ethiopia") in found
    own = "Gunmen abducted six traders in Abuja, Federal Capital Territory, Nigeria, on Monday."
    assert ("Abuja", "Nigeria") in [(own[p.start:p.end], p.place.country) for p in find_places(own)]


@pytest.mark.parametrize(("text", "iso3"), [
    # a larger namesake (a province and a city of millions abroad) does not beat the reading in the
    # country that ends the address
    ("A man was stabbed in Cordoba, Spain, on Monday.", "ESP"),
    ("Two lorries collided in Cordoba, Mexico, on Monday.", "MEX"),
])
def test_a_name_before_a_country_takes_its_reading_there(text, iso3):
    m = find_places(text)[0]
    assert (m.text, m.place.iso3) == ("Cordoba", iso3)


@pytest.mark.parametrize("text", [
    "Artillery hit a village in eastern Lebanon as Israeli jets flew overhead.",
    "Aid arrived in Peru at Christmas, officials said.",
    "The envoy left Ghana as Togolese officials arrived.",
])
def test_an_english_word_that_is_also_an_arabic_article_does_not_make_the_name_go_on(text):
    # "as", "at", "an" go on a name only hyphenated or assimilated ("Tal as-Sultan", "as Sultan")
    assert [m.place.feature for m in find_places(text)][:1] == ["country"]


def test_an_assimilated_arabic_article_still_makes_the_name_go_on():
    assert "Tal" not in [m.text for m in find_places("Clashes broke out near Tal as-Safa on Monday.")]


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("LAGOS - Traders shut their stalls on Monday.", "LAGOS", "NGA"),
    ("Updated at noon.  KENNEBUNK, Maine (AP) -- Firefighters battled a blaze.", "KENNEBUNK", "USA"),
    ("ST. CATHARINES, Ontario - Lawmakers met on Tuesday.", "ST. CATHARINES", "CAN"),
])
def test_a_dateline_in_capitals_is_the_place_reported_from(text, name, iso3):
    # a five-letter name in capitals is no abbreviation there, and a small town needs no preposition
    assert (name, iso3) in [(m.text, m.place.iso3) for m in find_places(text)]


def test_an_abbreviation_before_a_dash_is_still_no_town():
    assert find_places("NATO - the alliance met on Tuesday.") == []


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("BAKU (AFP) - Engineers reopened the pipeline on Friday.", "BAKU", "AZE"),
    ("Filed at dawn.\n\nOSLO, Norway - The ferry strike ended.", "OSLO", "NOR"),
    ("ENID, Okla. (AP) - A grain silo caught fire.", "ENID", "USA"),
])
def test_a_short_dateline_opening_a_paragraph_is_the_place_reported_from(text, name, iso3):
    # four letters or fewer: no abbreviation when it opens the article or a paragraph before a
    # dash, an agency's bracket or ", <country or state>"
    assert (name, iso3) in [(m.text, m.place.iso3) for m in find_places(text)]


@pytest.mark.parametrize("text", [
    "NATO (AP) - Defence ministers met in the spring.",
    "Filed at dawn.\nNATO, Belgium - Defence ministers met.",
    "UPDATE - The ferry strike ended.",
])
def test_an_organisation_or_desk_word_as_a_short_dateline_is_no_town(text):
    assert [m.text for m in find_places(text) if m.text in ("NATO", "UPDATE")] == []


def test_a_national_capital_beats_a_small_namesake_in_a_country_the_text_names():
    # the American demonym names the United States, but a town of 50,000 there is not what a bare
    # capital's name means
    found = find_places("Two American students spent the spring term in Dublin, their college said.")
    assert ("Dublin", "IRL") in [(m.text, m.place.iso3) for m in found]


@pytest.mark.parametrize(("text", "word", "iso3"), [
    # countryinfo gives some demonyms as one string ("Bosnian,Herzegovinian"), some not at all
    ("A Bosnian court sentenced two men on Friday.", "Bosnian", "BIH"),
    ("The Saudi foreign minister flew to Oslo.", "Saudi", "SAU"),
    ("Hundreds of Korean fans waited at the gate.", "Korean", "KOR"),
])
def test_country_adjectives_beyond_the_first_demonym(text, word, iso3):
    assert (word, iso3) in [(m.text, m.place.iso3) for m in find_places(text, adjectives=True)]


def test_a_language_is_no_mention_of_its_country():
    found = find_places("Pupils in Tromso learn Spanish in the afternoon.", adjectives=True)
    assert "Spanish" not in [m.text for m in found]


@pytest.mark.parametrize(("text", "word", "name"), [
    # an ocean or sea beats a small town of its name, even in a country the text names
    ("Forecasters in Texas expect three storms over the Atlantic this autumn.", "Atlantic",
     "Atlantic Ocean"),
    ("A tanker was seized in the Gulf of Oman on Friday.", "Gulf of Oman", "Gulf of Oman"),
    ("Trekkers were stranded in the Himalayas for a week.", "Himalayas", "Himalayas"),
    ("Regime shelling hit towns across eastern Ghouta on Sunday.", "Ghouta", "Eastern Ghouta"),
])
def test_seas_ranges_and_regions_the_news_names(text, word, name):
    assert (word, name) in [(m.text, m.place.name) for m in find_places(text)]


def test_a_towns_public_body_keeps_the_town_when_embedded_names_are_asked_for():
    text = "Crews from the Kelowna Fire Department put out the blaze, Nanaimo PD said."
    kept = [(m.text, m.place.iso3, m.role) for m in find_places(text, embedded=True)]
    assert ("Kelowna", "CAN", "organisation") in kept and ("Nanaimo", "CAN", "organisation") in kept
    assert [m.text for m in find_places(text)] == []  # (an organisation's name places no event)


def test_a_hyphenated_adjective_is_the_country_not_a_province_of_that_name():
    # "Somali" is also Ethiopia's Somali Region: before "-led" it is Somalia's adjective
    found = find_places("A Somali-led force patrolled the coast on Monday.", adjectives=True)
    assert [(m.text, m.place.iso3, m.place.feature) for m in found] == [("Somali", "SOM", "country")]


def test_a_state_written_after_a_town_in_it_is_the_state_not_the_capital_of_its_name():
    found = find_places("Snow closed schools in Spokane, Washington on Monday.")
    assert [(m.text, m.place.feature) for m in found] == [("Spokane", "town"), ("Washington", "admin1")]
    # alone, the name is still the capital
    assert [m.place.feature for m in find_places("The envoy flew to Washington on Monday.")] == ["town"]


@pytest.mark.parametrize(("text", "word", "name"), [
    ("Several Arab governments condemned the raid on Tuesday.", "Arab", "Arab world"),
    ("Central American ministers met in Panama City on Monday.", "Central American", "Central America"),
    ("West African leaders met in Abuja on Friday.", "West African", "West Africa"),
])
def test_regions_by_their_member_countries_and_their_adjectives(text, word, name):
    assert (word, name) in [(m.text, m.place.name) for m in find_places(text, adjectives=True)]


def test_a_near_spelling_of_a_syrian_town_is_no_place_in_a_text_about_far_countries():
    # "Palais" is near a Syrian town's old name; read so, it made the text Syrian and dropped
    # a Swiss town under 500,000 people
    found = find_places("Ministers from Chile and Peru met at the Palais des Congres in Lausanne.")
    assert [(m.text, m.place.iso3) for m in found] == [("Chile", "CHL"), ("Peru", "PER"), ("Lausanne", "CHE")]


def test_a_near_spelling_stays_beside_a_neighbouring_country():
    # (a Turkish demonym beside a village of Sinjar, near the border, keeps the near spelling)
    found = find_places("Villagers in Khana Sorr protested against Turkish strikes.")
    assert [m.place.country for m in found] == ["Iraq"]


def test_a_big_citys_other_name_before_a_surname_is_a_first_name():
    # "Sam" is an old name of Damascus; before a surname it is a person's first name
    assert find_places("The striker Sam Kelby scored twice against Rovers on Saturday.") == []


@pytest.mark.parametrize("text", [
    "A portrait of Sam Phoenix hung in the hall.",
    "The singer Sam Dallas toured the coast in May.",
])
def test_a_big_citys_old_name_before_a_city_named_surname_makes_one_persons_name(text):
    # "Sam" (Damascus) stays a first name when the surname is itself a big city's name, and the
    # surname after that first name is no city either
    assert find_places(text) == []


def test_an_old_name_of_a_syrian_town_is_no_place_in_general_news_about_far_countries():
    text = "Our tour of Japan ended with a concert at Beroea, then a flight home from Tokyo."
    assert [(m.text, m.place.iso3) for m in find_places(text)] == [("Japan", "JPN"), ("Tokyo", "JPN")]
    # (a conflict report keeps it: far countries' forces may fight there)
    armed = find_places("Japanese jets struck Beroea on Monday.", armed=True)
    assert [(m.text, m.place.name) for m in armed] == [("Beroea", "Aleppo")]


def test_the_federal_district_is_its_city():
    found = find_places("Snow closed schools across D.C. on Monday.")
    assert [(m.text, m.place.name, m.place.feature) for m in found] == [("D.C.", "Washington", "town")]
    text = "Lawmakers flew from Boise to Washington, D.C., on Monday."
    found = find_places(text)
    assert [m.text for m in found] == ["Boise", "Washington"]  # (no second mention for "D.C.")
    s, e = toponym_span(text, found[1])
    assert text[s:e] == "Washington, D.C."


def test_a_persian_ezafe_joins_a_name_written_with_hyphens():
    # the gazetteer writes "Mazar-e Sharif"; news often "Mazar-e-Sharif"
    found = find_places("Gunmen attacked a checkpoint in Mazar-e-Sharif on Monday.")
    assert [(m.text, m.place.iso3) for m in found] == [("Mazar-e-Sharif", "AFG")]


def test_a_name_inside_a_longer_name_names_no_country_of_its_own():
    # "Cox" of "Cox's Bazar" is also a town in Spain: no sign that the text is about Spain, so the
    # Bangladeshi town stands in a conflict report that names no country
    text = "On 4 August 2022, robbers shot dead 3 fishermen in Cox's Bazar."
    assert [(m.text, m.place.iso3) for m in find_places(text, armed=True)] == [("Cox's Bazar", "BGD")]
    event = eventwatch.extract(text, published="2022-08-10")["events"][0]
    assert (event["location"], event["admin1_code"]) == ("Cox's Bazar", "BD-B")


@pytest.mark.parametrize(("text", "name"), [
    ("Police exchanged fire with a gang in Port-au-Prince on Tuesday.", "Port-au-Prince"),
    ("Two men were shot dead in Port au Prince overnight.", "Port-au-Prince"),
])
def test_a_french_particle_inside_a_name_joins_it(text, name):
    # "au" (like "de", "la", "du") may sit between a name's capitalised words
    assert [m.place.name for m in find_places(text)] == [name]


def test_oblast_is_a_province_type_word():
    # "Sumy oblast" is the province (coded at precision 3), not the city of Sumy
    m = place_of("Shelling damaged a grain silo in Sumy oblast on Friday.", "Sumy")
    assert (m.text, m.place.feature, m.place.admin1_code, m.precision) == ("Sumy oblast", "admin1", "UA-59", 3)


def test_near_spellings_of_the_other_arab_countries_big_places_in_a_country_named():
    # "Hodeidah" is the gazetteer's Al Hudaydah: read like Iraq's and Syria's transliterations, where the
    # text names Yemen (here by the Houthis' home)
    text = "Houthi fighters shelled the port in Hodeidah on Monday."
    assert [(m.text, m.place.iso3) for m in find_places(text, homes=[("Yemen",)], armed=True)] == [("Hodeidah", "YEM")]
    # a near spelling of a Saudi town in a text about Iraq is a place the gazetteer lacks, not Al Kharj
    assert find_places("Iraqi police arrested 2 smugglers in Kharij on Monday.", homes=[("Iraq",)], armed=True) == []


def test_the_town_its_province_is_named_after_beats_a_namesake_quarter_of_another_city():
    # Salamanca the city (Provincia de Salamanca) and the Salamanca quarter of Madrid hold about as many
    # people: the seat its province is named after is what the name means
    m = place_of("Police arrested 3 men after a brawl in Salamanca, Spain, on Monday.", "Salamanca")
    assert (m.place.admin1_code, round(m.place.latitude)) == ("ES-CL", 41)


def _sites(text):
    return [(m.text, m.role, m.place.name if m.role is None else m.place.country)
            for m in find_places(text, adjectives=True, embedded=True, facilities=True)]


def test_a_street_named_after_a_town_is_placed_where_the_text_puts_it():
    text = "Firefighters were called to a house on Halifax Street in Tacoma early on Sunday."
    assert ("Halifax Street", "street", "United States") in _sites(text)
    assert "Halifax" not in [m.text for m in find_places(text, facilities=True)]
    assert "Halifax Street" not in [m.text for m in find_places(text)]  # (asked for only)


def test_a_street_keeps_its_house_number_and_is_placed_at_the_town_the_text_names_most():
    text = ("Winnipeg police said the offices at 1420 Maple Grove Avenue were broken into. "
            "Winnipeg officers made two arrests.")
    assert ("1420 Maple Grove Avenue", "street", "Canada") in _sites(text)


def test_a_building_named_after_its_town_is_one_toponym_there():
    found = _sites("The injured cyclist was taken to Ballarat Base Hospital on Friday.")
    assert found == [("Ballarat Base Hospital", "building", "Australia")]


def test_a_possessive_owner_is_no_part_of_a_buildings_name():
    found = _sites("Crowds gathered outside Lyon's Fourviere Basilica for the concert.")
    assert ("Fourviere Basilica", "building", "France") in found
    assert ("Lyon", None, "Lyon") in found


@pytest.mark.parametrize("text", [
    "She will study law at Kelmarsh Polytechnic University next year.",  # no place in it
    "Bishops of the Catholic Church met in Rome.",  # a church, no building
    "He trained at the Norwegian Sports Institute for a year.",  # a body of the country
])
def test_institutions_and_bodies_are_no_buildings(text):
    assert [s for s in _sites(text) if s[1] in ("street", "building")] == []


def test_st_before_a_name_is_a_saint_not_a_street():
    found = _sites("The Marais Church St. Paul was crowded on Sunday, Lyon officials said.")
    assert not [s for s in found if s[0].endswith("St.")]
    assert ("Brick Lane", "street", "United Kingdom") in _sites("A fire broke out on Brick Lane in London.")


def _villages(text):
    return [(m.text, m.place.admin1_code) for m in find_places(text, localities=True)
            if m.place.source == "localities"]


def test_a_village_the_gazetteer_lacks_is_read_in_a_province_the_text_names():
    text = "Police in Ipswich said the lorry overturned near Lavenham on Tuesday."
    assert _villages(text) == [("Lavenham", "GB-ENG")]
    assert "Lavenham" not in [m.text for m in find_places(text)]  # (asked for only)


def test_villages_in_a_list_after_a_place():
    text = "Coastguards in Inverness said walkers were rescued near Dornoch and Tobermory."
    assert _villages(text) == [("Dornoch", "GB-SCT"), ("Tobermory", "GB-SCT")]


def test_a_village_of_a_country_the_text_does_not_name_is_no_mention():
    assert _villages("Officials in Lyon said the painter grew up near Lavenham.") == []


def test_a_village_before_its_county_is_read_only_near_that_county():
    assert _villages("The fair moves to Lavenham, Suffolk, next week.") == [("Lavenham", "GB-ENG")]
    assert _villages("The fair moves to Lavenham, Cornwall, next week.") == []  # (another county)


def test_housing_estates_canals_and_gardens_are_buildings_but_a_real_estate_firm_is_not():
    assert ("Oakfield Estate", "building", "United Kingdom") in _sites(
        "Police sealed off the Oakfield Estate in Leeds after the shooting.")
    assert ("Rideau Canal", "building", "Canada") in _sites("Skaters crowded the Rideau Canal in Ottawa.")
    found = _sites("Shares in Lakeview Real Estate rose in Toronto on Monday.")
    assert not [s for s in found if s[1] == "building"]


def test_a_buildings_name_in_the_possessive_is_still_its_name():
    found = _sites("Workers repaired Ballarat Base Hospital's roof after the storm.")
    assert found == [("Ballarat Base Hospital", "building", "Australia")]


def test_a_foreign_namesake_gives_way_to_a_village_in_the_province_the_text_names():
    text = "Gardai in Ennis said the crash happened near Newmarket on Sunday."
    assert [(m.text, m.place.iso3) for m in find_places(text, localities=True)] == [
        ("Ennis", "IRL"), ("Newmarket", "IRL")]
    # (a city the news names without its country stays that city)
    found = find_places("Gardai in Ennis said the singer now lives in London.", localities=True)
    assert [(m.text, m.place.iso3) for m in found] == [("Ennis", "IRL"), ("London", "GBR")]


def test_a_buildings_number_is_part_of_its_name():
    found = _sites("Relatives waited outside the No. 3 People's Hospital in Harbin on Friday.")
    assert ("No. 3 People's Hospital", "building", "China") in found


def test_a_village_alone_in_its_country_lies_near_the_province_the_text_names():
    # the one Simba of Kenya's localities lies in Kajiado, some 400 km from Siaya: no village of the story
    assert _villages("Gunmen shot dead a trader in Simba, police in Siaya county said.") == []
    assert _villages("Gunmen shot dead a trader in Simba, police in Kajiado county said.") == [("Simba", "KE-10")]


def test_a_name_before_a_unit_word_is_the_unit_not_the_village():
    assert _villages("Officials in Kakamega said floods cut the road in Khayega district.") == []
    assert _villages("Officials in Kakamega said floods cut the road in Khayega.") == [("Khayega", "KE-11")]


def test_a_village_takes_the_second_level_and_the_nearness_the_text_gives_it():
    # "Anislag, Albay": the Philippine province after it (GeoNames' second level there)
    found = [m for m in find_places("Gunmen wounded a councillor in Anislag, Albay, Philippines.", localities=True)
             if m.place.source == "localities"]
    assert [(m.text, m.place.admin2, m.precision) for m in found] == [("Anislag", "Province of Albay", 1)]
    # "near Baragoi": somewhere about it
    found = [m for m in find_places("Rustlers struck near Baragoi, Samburu county, on Monday.", localities=True)
             if m.place.source == "localities"]
    assert [(m.text, m.relation, m.precision) for m in found] == [("Baragoi", "near", 2)]


def test_localities_named_finds_every_spelling_of_a_countrys_towns_by_province(tmp_path):
    path = tmp_path / "localities.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("#OST\tKelm\tOS-KE\nolmby|olmbi\t1.5\t2.5\n=olmby|varo\t1.6\t2.6\nvaro\t1.7\t2.7\n"
                "#OST\tTarva\t\nvaro|varu|varo\t3.1\t4.1\n#ZED\tZorn\tZD-ZO\nolmby\t9.0\t9.0\n")
    loc = Localities(str(path))
    # any spelling of a town's line; a district's "=" line is no town; the province each lies in
    assert loc.named("olmbi", "OST") == [("Kelm", "OS-KE", 1.5, 2.5)]
    assert loc.named("varo", "OST") == [("Kelm", "OS-KE", 1.7, 2.7), ("Tarva", "", 3.1, 4.1)]
    assert loc.named("varu", "OST") == [("Tarva", "", 3.1, 4.1)]
    # only the country asked for; no spelling that merely begins or ends another
    assert loc.named("olmby", "ZED") == [("Zorn", "ZD-ZO", 9.0, 9.0)]
    assert loc.named("olm", "OST") == loc.named("arva", "OST") == loc.named("olmby", "XXX") == []


def test_a_building_named_after_a_town_abroad_stands_in_the_town_told_after_it():
    # (a building's own place name is where it stands unless the text says otherwise)
    text = "Fans queued outside the Mombasa Arena in Tacoma on Sunday."
    assert ("Mombasa Arena", "building", "United States") in _sites(text)
    text = "Fans queued outside the Kampala Centre in Leeds on Sunday."
    assert ("Kampala Centre", "building", "United Kingdom") in _sites(text)


@pytest.mark.parametrize(("text", "code"), [
    # the words after the town name its own province, though a town of that name lies in another one
    ("A bomb exploded at a market in Isulan, Sultan Kudarat, Philippines.", "PH-12"),
    ("Gunmen stormed a school in Pikit, Cotabato, Philippines.", "PH-12"),  # GeoNames' "North Cotabato"
])
def test_a_town_followed_by_its_own_provinces_name_keeps_its_province(text, code):
    m = best_place(find_places(text), 0, len(text))
    assert m.place.admin1_code == code, (m.text, m.place.admin1_code)


def test_first_name_of_a_person_named_again_by_surname():
    # a big place's name before a surname that the story repeats alone is a first name
    text = ("Victoria Pemberly won the award on Sunday. Pemberly said she was thrilled, "
            "and Pemberly's mother flew in from Perth.")
    assert [m.text for m in find_places(text)] == ["Perth"]
    # a common word after the name, written in lower case too, is no surname
    text = ("The Victoria Ferry sailed late. Ferry said the delay was short; the ferry "
            "carries 300 cars across Victoria.")
    assert "Victoria" in [m.text for m in find_places(text)]


@pytest.mark.parametrize("text, word", [
    ("The striker Levi scored twice before the break.", "Levi"),  # another name of Levis, Quebec
    ("Tickets went on sale as Paul thanked the volunteers.", "Paul"),  # a Cabo Verde county
    ("The prize went to Mary and her brother last week.", "Mary"),  # a Turkmen province and town
    ("Vladimir told reporters the plan would go ahead.", "Vladimir"),  # a Russian province
])
def test_common_given_name_is_no_place_alone(text, word):
    # a common English given name that a place abroad bears only as another name, or a province
    # abroad (and its town) of that name: a person's name unless the text says place
    assert not any(word in m.text for m in find_places(text)), names(text)


@pytest.mark.parametrize("text, word, country", [
    ("Cotton prices rose in Mary province after the rains.", "Mary", "Turkmenistan"),
    ("Flooding hit farms in Mary, the regional authorities said.", "Mary", "Turkmenistan"),
    ("Officials in Paul said the road to the port had reopened.", "Paul", "Cabo Verde"),
    ("A new bridge opened in Vladimir on Tuesday.", "Vladimir", "Russia"),
    ("Ferry services to Levis resumed on Monday.", "Levis", "Canada"),
])
def test_given_name_place_kept_where_the_text_says_place(text, word, country):
    assert place_of(text, word).place.country == country


def test_city_named_team_or_firm_kept_on_request():
    # "the <city> <Name>": a team or firm named after the city, its toponym kept with
    # embedded=True (role organisation), never an event's place otherwise
    text = "Fans cheered as the Denver Otters beat the visitors 3-1 on Saturday."
    found = [(m.text, m.role, m.place.iso3) for m in find_places(text, embedded=True)]
    assert found == [("Denver", "organisation", "USA")]
    assert find_places(text) == []
    # a first name takes no article, and a surname the story repeats is a person's
    assert find_places("Denver Kessling scored twice on Saturday.", embedded=True) == []
    text = "Reporters asked the Denver Kessling they knew. Kessling said nothing."
    assert find_places(text, embedded=True) == []


@pytest.mark.parametrize(("text", "datelines"), [
    ("MOSUL, Iraq (AP) — Gunmen attacked a checkpoint in Tal Afar on Monday.", ["MOSUL"]),
    ("KIRKUK — Police said a bomb went off near Hawija.", ["KIRKUK"]),
    ("Gunmen attacked a checkpoint in MOSUL on Monday.", []),
])
def test_the_dateline_is_read_once_and_kept_on_its_mention(text, datelines):
    # the resolver asks PlaceMention.dateline (where the report was filed), never the name's shape again
    assert [m.text for m in find_places(text) if m.dateline] == datelines


@pytest.mark.parametrize("text, person, kept", [
    # a town's name after a title, before a surname, is a first name
    ("Prime Minister Kazan Petrik opened a school in Vilnius.", "Kazan", "Vilnius"),
    ("Spanish Premier Valencia Ortuno arrived in Lisbon.", "Valencia", "Lisbon"),
    # after a kinship word, a town's name alone is the relative's name
    ("She arrived in Lagos with her daughter Florence, who studies in Accra.", "Florence", "Accra"),
    ("The couple and their son Savannah live in Denver.", "Savannah", "Denver"),
])
def test_a_name_after_a_title_or_kinship_word_is_a_persons(text, person, kept):
    found = [m.text for m in find_places(text, adjectives=True, embedded=True, facilities=True,
                                          localities=True)]
    assert person not in found
    assert kept in found


def test_a_country_after_a_kinship_word_stays_a_place_elsewhere():
    # "his wife Georgia" is a person; the country named later in the text is still found
    found = [m.text for m in find_places("His wife Georgia said the family flew to Georgia in May.")]
    assert found == ["Georgia"]


def test_an_institution_named_of_a_place_is_one_toponym():
    # "the University of X", "the Bank of X": GeoWebNews marks the whole name, the place embedded
    text = ("She studied at the University of Manitoba and later joined the Bank of Portugal in "
            "Lisbon, while the Central Bank of Kenya kept rates unchanged.")
    found = {m.text: m for m in find_places(text, facilities=True)}
    assert found["University of Manitoba"].place.country == "Canada"
    assert toponym_span(text, found["University of Manitoba"]) == (
        text.index("University"), text.index(" and later"))
    # placed in the town named right after it
    assert found["Bank of Portugal"].place.latitude == found["Lisbon"].place.latitude
    # a longer name before "Bank of": the place's name alone
    assert "Kenya" in found and "Central Bank of Kenya" not in found and "Bank of Kenya" not in found
    # the place alone without facilities=True (no event's place changes)
    assert "Manitoba" in [m.text for m in find_places(text)]


def test_a_roads_number_in_a_text_about_roads_is_a_toponym():
    text = ("A cyclist was hurt in a crash on the B4072 in Swindon on Friday. The road was closed, "
            "with a diversion via the M9, A68 and B6352.")
    found = {m.text: m for m in find_places(text, facilities=True)}
    for road in ("B4072", "M9", "A68", "B6352"):
        assert found[road].place.country == "United Kingdom"
    # a model's or a rifle's number, in a text about no road, is no toponym
    other = "The airline flew the A380 to Perth, and soldiers carried the M16 in Basra."
    assert not {"A380", "M16"} & {m.text for m in find_places(other, facilities=True)}
    # never without facilities=True (no event's place)
    assert "B4072" not in [m.text for m in find_places(text)]


def test_a_country_named_surname_that_speaks_alone_is_a_person():
    # "Dana Jordan ... Jordan recalled": a first name, then the surname told alone as a speaker;
    # the country's name is a person's all through the story
    text = ("The veteran reporter Dana Jordan covered the flood in Houston, Texas for years. "
            "\u201cNobody expected it,\u201d Jordan recalled. Jordan covered the trial too.")
    assert "Jordan" not in [m.text for m in find_places(text)]
    # a country told after a preposition is no speaker: "cricket in Jordan said" keeps it a place
    text2 = ("The firm Star Jordan bought the rights. The board for cricket in Jordan said the "
             "sale closed in Amman.")
    assert [m.text for m in find_places(text2)].count("Jordan") == 2


def test_a_contest_named_after_its_place_is_one_toponym():
    text = ("She won the Lisbon International Piano Competition last spring and ran the Berlin "
            "Marathon in September before returning home to Oslo.")
    found = {m.text: m for m in find_places(text, facilities=True)}
    assert found["Lisbon International Piano Competition"].place.country == "Portugal"
    assert found["Berlin Marathon"].place.country == "Germany"
    assert "Oslo" in found and "Lisbon" not in found
    # the place alone without facilities=True (no event's place changes)
    assert "Lisbon" in [m.text for m in find_places(text)]


def test_a_quarter_named_before_neighborhood_is_a_toponym_in_its_town():
    text = ("Two men were hurt on Sunday in the Maple Terraces neighborhood of Chicago, police said. "
            "Residents of the Polish neighborhood nearby heard shots.")
    found = {m.text: m for m in find_places(text, facilities=True)}
    quarter = found["Maple Terraces"]
    assert quarter.place.latitude == found["Chicago"].place.latitude
    # a quarter named by a people is no proper name
    assert not any(t.startswith("Polish") for t in found)
    assert "Maple Terraces" not in [m.text for m in find_places(text)]


def test_a_spanish_name_that_goes_on_past_a_known_town_is_not_that_town():
    # "San Vicente del Caguan" is not Antioquia's San Vicente; a name the gazetteer knows whole still resolves
    found = [m.text for m in find_places("Gunmen abducted two farmers near San Vicente del Caguan, Caqueta, Colombia.")]
    assert "San Vicente" not in found
    assert "Rio de Janeiro" in [m.text for m in find_places("Gunmen robbed a bank in Rio de Janeiro, Brazil.")]


@pytest.mark.parametrize("text, name, code", [
    # a province named after its capital, in another spelling than the gazetteer's
    ("Gunmen on motorbikes killed 6 herders in the Timbuktu region on Friday.", "Tombouctou", "ML-6"),
    ("A drone hit a grain silo in the Dnipro region overnight, officials said.", "Dnipropetrovsk", "UA-12"),
])
def test_a_region_named_after_its_capital_is_the_province(text, name, code):
    m = place_of(text, text.split(" the ")[1].split()[0])
    assert (m.place.feature, m.place.name, m.place.admin1_code) == ("admin1", name, code)


def test_a_towns_region_named_after_no_province_is_the_towns_area():
    # Baiji is no province's name (Salahuddin's): "the Baiji region" stays the town's area
    m = place_of("Militants attacked a patrol in the Baiji region on Monday.", "Baiji")
    assert (m.place.feature, m.place.admin1_code) == ("town", "IQ-SD")


def test_a_provinces_bare_name_where_a_town_is_expected_is_its_town():
    # the province's big town of its name, told like any town ("near" it: near the town)
    m = place_of("A missile hit a depot near Mykolaiv on Tuesday, wounding 3 workers.", "Mykolaiv")
    assert (m.place.feature, m.place.admin1_code, m.precision) == ("town", "UA-48", 2)
    m = place_of("A missile hit a depot in Mykolaiv on Tuesday, wounding 3 workers.", "Mykolaiv")
    assert (m.place.feature, m.precision) == ("town", 1)
    # typed as a province, it stays one
    m = place_of("A missile hit a depot in Mykolaiv oblast on Tuesday.", "Mykolaiv")
    assert m.place.feature == "admin1"


def test_a_province_whose_key_is_a_foreign_compass_word_is_no_compass_region():
    # "Sool" keys as Portuguese "Sul" (south) does: still Somalia's province, not a region of compass words
    m = place_of("Clan militias clashed in Sool region on Monday, leaving 5 dead.", "Sool")
    assert (m.place.feature, m.place.admin1_code) == ("admin1", "SO-SO")
    # a unit of compass words alone names no one country
    assert [m.text for m in find_places("Herders clashed in the North East Region on Monday.")] == []


def test_a_province_typed_after_another_spelling_of_its_towns_name_is_the_province():
    # the gazetteer's town is "Nabatiye et Tahta", its province "Nabatiye": the text's "Nabatieh province"
    # is the province, even where another country's demonym makes the town abroad unlikely
    m = place_of("An Israeli drone struck a car in Nabatieh province on Monday, killing 2 men.", "Nabatieh")
    assert (m.place.feature, m.place.admin1_code) == ("admin1", "LB-NA")


@pytest.mark.parametrize("text,name,code", [
    # Almaty is a unit of its own (KZ-75), the region around it Almaty Oblysy (KZ-19)
    ("Unknown attackers set fire to 3 tractors in Almaty region on Sunday.", "Almaty", "KZ-19"),
    # the gazetteer has Tashkent only as a town of Toshkent Shahri (UZ-TK); the region is Toshkent (UZ-TO)
    ("Police detained 6 traders at a bazaar in the Tashkent region on Sunday.", "Tashkent", "UZ-TO"),
    ("Police detained 6 traders at a bazaar in Tashkent province on Sunday.", "Tashkent", "UZ-TO"),
    # the region around Moscow (RU-MOW) is named in Russian by the adjective of Moskva (Moskovskaya, RU-MOS)
    ("A drone fell on a barn in a village of Moscow oblast on Tuesday, injuring 2 farmers.", "Moscow", "RU-MOS"),
    ("Saboteurs set fire to a relay cabinet in the Moscow Region on Tuesday.", "Moscow", "RU-MOS"),
])
def test_a_province_word_after_a_capital_city_unit_s_name_is_the_province_around_it(text, name, code):
    # where a capital is a first-level unit of its own and the province around it bears its name, the
    # name before a province word is the province, not the city's unit
    m = place_of(text, name)
    assert (m.place.feature, m.place.admin1_code, m.precision) == ("admin1", code, 3)


@pytest.mark.parametrize("text,name,code", [
    ("Unknown attackers set fire to 3 tractors in Almaty on Sunday.", "Almaty", "KZ-75"),
    ("Police detained 6 traders at a bazaar in Tashkent on Sunday.", "Tashkent", "UZ-TK"),
    ("A drone fell on a warehouse in Moscow on Tuesday, injuring 2 guards.", "Moscow", "RU-MOW"),
    # a province word after a capital with no namesake province around it changes nothing
    ("Gunmen stopped 2 lorries in Kabul province on Sunday.", "Kabul", "AF-KAB"),
])
def test_a_capital_city_unit_s_bare_name_stays_the_city(text, name, code):
    m = place_of(text, name)
    assert m.place.admin1_code == code


@pytest.mark.parametrize("text", [
    "The findings surprised Dana K. Taylor, an economist at a bank in Leeds.",
    "\"We will appeal,\" said Oren P. Victoria, the owners' lawyer in Leeds.",
])
def test_a_surname_after_a_first_name_and_initial_is_a_persons(text):
    # a town's name after "First M." is the person's surname; the real place stays
    assert [n for n, _, _ in names(text)] == ["Leeds"]


def test_a_country_named_as_a_surname_after_an_initial_stays_the_country_elsewhere():
    text = "The actor Kelvin B. Jordan flew to Amman, Jordan, on Friday."
    assert names(text) == [("Amman", "Amman", "town"), ("Jordan", "Jordan", "country")]
    assert [m.start for m in find_places(text)][-1] == text.rindex("Jordan")


@pytest.mark.parametrize("text, name", [
    ("Police in Merseyside arrested two men after a raid on a warehouse in Bootle.", "Merseyside"),
    ("A West Midlands Police spokesman said the van was found on Tuesday.", "West Midlands"),
    ("The rally moves on to Dunsop, Yorkshire, and then to Velham, Cheshire.", "Yorkshire"),
    ("The rally moves on to Dunsop, Yorkshire, and then to Velham, Cheshire.", "Cheshire"),
    ("Flooding closed roads across Greater Manchester overnight.", "Greater Manchester"),
])
def test_an_english_county_of_several_unitary_boroughs_is_the_county(text, name):
    m = next(m for m in find_places(text) if m.text == name)
    assert (m.place.feature, m.place.country) == ("admin2", "United Kingdom")
    assert 50 < m.place.latitude < 56 and -4 < m.place.longitude < 1


def test_a_us_town_named_like_an_english_county_stays_in_its_state():
    m = next(m for m in find_places("She grew up in Cheshire, Connecticut.") if m.text == "Cheshire")
    assert m.place.country == "United States"


def test_a_us_postal_code_after_a_town_of_its_state_is_the_state_and_places_the_story():
    # "Garden City" is a town in several states; the dateline's "SC" after a South Carolina
    # county names the state, which places the rest of the story
    text = "DILLON COUNTY, SC (WKLM) - Two people were hurt in a crash in Garden City on Sunday."
    got = {m.text: m.place for m in find_places(text)}
    assert got["SC"].name == "South Carolina" and got["SC"].feature == "admin1"
    assert got["Garden City"].admin1 == "South Carolina"


@pytest.mark.parametrize("text", [
    "The clinic's director, Jane Kelmor, MD, said the ward was full.",
    "Sharks were seen off Rockingham, WA on Sunday.",
])
def test_two_capitals_after_a_comma_are_no_state_without_a_town_of_that_state(text):
    assert not any(m.place.feature == "admin1" and m.place.country == "United States"
                   for m in find_places(text))


@pytest.mark.parametrize("text", [
    "Startups are leaving states such as Nevada or Washington for cheaper rents.",
    "Wildfire smoke drifted over Washington, Idaho and Montana on Friday.",
])
def test_a_state_named_like_a_far_city_is_the_state_in_a_list_of_states(text):
    m = next(m for m in find_places(text) if m.text == "Washington")
    assert m.place.feature == "admin1" and m.place.longitude < -115


@pytest.mark.parametrize("text", [
    "The envoy flew to Washington on Monday for talks.",
    "After talks in Washington, New York and Chicago, the minister flew home.",
    "Visits to Idaho and Washington, D.C. took up the week.",
])
def test_the_capital_stays_the_capital_outside_a_list_of_states(text):
    m = next(m for m in find_places(text) if m.text.startswith("Washington"))
    assert m.place.feature == "town" and m.place.longitude > -80


def test_a_capital_named_like_its_province_stays_the_city_beside_provinces():
    # a city that lies by the province of its name is no far namesake ("Sanaa" city and governorate)
    m = next(m for m in find_places("Clashes were reported in Sanaa and Hadramawt.") if m.text == "Sanaa")
    assert m.place.feature == "town"


def test_a_town_placed_once_by_its_state_is_that_town_when_named_alone_later():
    # "Parkland" is a town in Florida and in Washington state; the story places it once
    text = ("Pupils from Parkland, Florida marched on Saturday. Lawmakers in Washington met the "
            "Parkland pupils, and the Parkland group later flew home.")
    got = [m.place.admin1 for m in find_places(text) if m.text == "Parkland"]
    assert got == ["Florida", "Florida", "Florida"]


def test_a_town_named_twice_with_two_states_keeps_each():
    text = "Parkland, Florida and Parkland, Washington both held vigils."
    got = [m.place.admin1 for m in find_places(text) if m.text == "Parkland"]
    assert got == ["Florida", "Washington"]


def test_a_unit_named_by_the_city_s_adjective_is_the_province_around_it_only_when_it_rings_the_city():
    # "Moskovskaya" begins with Moscow's consonants (c read as k) and its point lies by the city's
    gz = get_gazetteer()
    assert places._adjective_of_city("moscow", "moskovskaya")
    assert not places._adjective_of_city("mwaro", "muramvya")  # two consonants say too little
    assert places._rings(gz, gz.admin1_row("RU-MOS"), gz.admin1_row("RU-MOW"))
    # a unit of such a name far from the city is no ring around it
    assert not places._rings(gz, gz.admin1_row("RU-LEN"), gz.admin1_row("RU-MOW"))
    # nor is a unit beside a village's own unit
    assert not places._rings(gz, gz.admin1_row("PW-222"), gz.admin1_row("PW-214"))


def test_a_city_that_speaks_as_its_club_stays_a_place():
    # "Bristol said in a statement": a club or council named after the city speaks; no first name
    # ever comes before the name, so the city's toponyms stay places all through the story
    text = ("The league fined Bristol after supporters threw flares at the away coach in Cardiff. "
            "Bristol said in a statement that it would appeal. Bristol lost the first leg 2-1 "
            "and travel again next month.")
    found = [m for m in find_places(text) if m.text == "Bristol"]
    assert len(found) == 3
    assert all(m.place.country == "United Kingdom" for m in found)
    # a person introduced by a first name whose surname is the city reads as a person throughout
    text2 = ("The nurse Sheila Bristol treated the wounded in Cardiff on Sunday. Bristol said the "
             "ward ran out of beds by noon.")
    names = [m.text for m in find_places(text2)]
    assert "Bristol" not in names and "Cardiff" in names
