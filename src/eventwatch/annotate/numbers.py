"""Numbers, ranges, qualifiers and money as written in news: "all four", "5,000 to 7,000",
"more than 1,000", "US$500,000", "$25 million to $50 million", "half a million U.S. dollars".
"""

from __future__ import annotations

import re

from ..records import Quantity, Span
from .text import FastPattern, FoldedPattern

UNITS = {
    "zero": 0, "no": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "both": 2, "couple": 2,
    "dozen": 12, "half": 0.5,
}
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
VAGUE = {"tens": (20, 99), "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
         "several": (3, 9), "a few": (2, 5), "a handful": (3, 5), "a number": (2, 9)}
QUALIFIERS = {
    "at least": "at least", "more than": "more than", "over": "more than", "upwards of": "more than",
    "up to": "up to", "as many as": "up to", "no more than": "no more than", "at most": "at most",
    "less than": "less than", "fewer than": "less than", "under": "less than", "nearly": "about",
    "almost": "about", "about": "about", "around": "about", "approximately": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "does not exceed": "does not exceed", "do not exceed": "does not exceed", "all": "exactly",
    "no fewer than": "at least", "no less than": "at least", "not less than": "at least", "not fewer than": "at least",
    "not more than": "no more than", "close to": "about",
}
CURRENCIES = [
    (r"US\$|\$US\s?|U\.S\.\s?\$|USD\s?|\$", "USD"), (r"IQD\s?", "IQD"), (r"€|EUR\s?", "EUR"), (r"£|GBP\s?", "GBP"),
    (r"₦|NGN\s?", "NGN"), (r"₹|INR\s?", "INR"), (r"PKR\s?", "PKR"), (r"Rs\.?\s?", "rupees"), (r"R\$\s?", "BRL"),
    # "FC 5 million": the Congolese franc's sign, only before a scale word ("Arsenal FC 2-1" is a score)
    (r"FC(?=\s?\d[\d.,]*\s?(?:bn|billion|m|million|mn|thousand)\b|$)\s?", "CDF"),
    # "R3bn", "R2.5 million": a bare R is rand only before a scale word ("the R5 road" is a name)
    (r"R(?=\d[\d.,]*\s?(?:bn|billion|m|million|mn)\b|$)", "ZAR"),  # ($: the prefix alone, as `_currency` reads it)
]
CURRENCY_WORDS = [
    (r"(?:U\.?S\.?|American)\s+dollars?|dollars?|bucks", "USD"), (r"(?:Iraqi\s+)?dinars?", "IQD"),
    (r"euros?", "EUR"), (r"Syrian\s+(?:pounds?|lira)", "SYP"), (r"(?:British\s+pounds?|pounds?\s+sterling)", "GBP"),
    (r"Egyptian\s+pounds?", "EGP"), (r"Lebanese\s+(?:pounds?|lira)", "LBP"), (r"Sudanese\s+pounds?", "SDG"),
    (r"Turkish\s+lira", "TRY"), (r"Pakistani\s+rupees?", "PKR"), (r"Indian\s+rupees?", "INR"),
    (r"Nepali\s+rupees?", "NPR"), (r"Sri\s+Lankan\s+rupees?", "LKR"), (r"Somali\s+shillings?", "SOS"),
    (r"Kenyan\s+shillings?", "KES"), (r"Ugandan\s+shillings?", "UGX"), (r"Tanzanian\s+shillings?", "TZS"),
    (r"Mexican\s+pesos?", "MXN"), (r"Colombian\s+pesos?", "COP"), (r"Philippine\s+pesos?", "PHP"),
    (r"Saudi\s+riyals?", "SAR"), (r"Yemeni\s+(?:riyals?|rials?)", "YER"), (r"Iranian\s+rials?", "IRR"),
    (r"(?:Nigerian\s+)?naira", "NGN"), (r"(?:Afghan\s+)?afghanis?", "AFN"), (r"(?:Myanmar\s+)?kyats?", "MMK"),
    (r"(?:Bangladeshi\s+)?taka", "BDT"), (r"(?:Ghanaian\s+)?cedis?", "GHS"), (r"(?:Ethiopian\s+)?birr", "ETB"),
    (r"(?:Ukrainian\s+)?hryvnias?", "UAH"), (r"(?:Russian\s+)?r[ou]ubles?", "RUB"), (r"(?:South\s+African\s+)?rand", "ZAR"),
    (r"(?:Indonesian\s+)?rupiahs?", "IDR"), (r"(?:Chinese\s+)?yuan|renminbi", "CNY"),
    (r"(?:Georgian\s+)?laris?", "GEL"), (r"(?:Azerbaijani\s+)?manats?", "AZN"), (r"(?:Kazakh\s+)?tenge", "KZT"),
    (r"CFA\s+francs?", "CFA francs"), (r"Congolese\s+francs?", "CDF"), (r"Rwandan\s+francs?", "RWF"),
    (r"Burundi(?:an)?\s+francs?", "BIF"), (r"Guinean\s+francs?", "GNF"), (r"Swiss\s+francs?", "CHF"),
    # A word several countries' money goes by: the code comes from the event's country (`money_code`).
    (r"rupees?", "rupees"), (r"shillings?", "shillings"), (r"pesos?", "pesos"), (r"riyals?", "riyals"),
    (r"rials?", "rials"), (r"lira", "lira"), (r"pounds?(?!\s+of\b)", "pounds"), (r"francs?", "francs"),
]
# The two CFA francs, by the country that pays in each (West African XOF, Central African XAF).
CFA_FRANCS = ({country: "XOF" for country in ("Benin", "Burkina Faso", "Ivory Coast", "Guinea-Bissau", "Mali",
                                              "Niger", "Senegal", "Togo")}
              | {country: "XAF" for country in ("Cameroon", "Central African Republic", "Chad", "Republic of the Congo",
                                                "Equatorial Guinea", "Gabon")})
# Codes that a currency word shared by several countries stands for, by the event's country.
CURRENCY_BY_COUNTRY = {
    "rupees": {"Pakistan": "PKR", "India": "INR", "Nepal": "NPR", "Sri Lanka": "LKR"},
    "shillings": {"Somalia": "SOS", "Kenya": "KES", "Uganda": "UGX", "Tanzania": "TZS"},
    "pesos": {"Mexico": "MXN", "Colombia": "COP", "Philippines": "PHP"},
    "riyals": {"Saudi Arabia": "SAR", "Yemen": "YER", "Qatar": "QAR"},
    "rials": {"Iran": "IRR", "Oman": "OMR", "Yemen": "YER"},
    "lira": {"Turkey": "TRY", "Lebanon": "LBP", "Syria": "SYP"},
    "pounds": {"Syria": "SYP", "Egypt": "EGP", "Lebanon": "LBP", "Sudan": "SDG", "South Sudan": "SSP",
               "United Kingdom": "GBP"},
    "CFA francs": CFA_FRANCS,
    "francs": {"Democratic Republic of the Congo": "CDF", "Rwanda": "RWF", "Burundi": "BIF", "Guinea": "GNF",
               "Switzerland": "CHF", "Djibouti": "DJF", "Comoros": "KMF"} | CFA_FRANCS,
}


def is_money(unit: str | None) -> bool:
    """Whether a quantity's unit is money: a currency code, or a word several countries' money goes by."""
    return unit is not None and (unit in CURRENCY_BY_COUNTRY or (len(unit) == 3 and unit.isupper()))


def money_code(unit: str, country: str | None) -> str | None:
    """The currency code of a money unit, where a shared word ("rupees") needs the country to tell it."""
    if unit in CURRENCY_BY_COUNTRY:
        return CURRENCY_BY_COUNTRY[unit].get(country or "")
    return unit


_WORD_NUM = "|".join(sorted((k for k in UNITS if k not in {"no", "a", "an", "single"}), key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion|bn|m|k)\b)"
_ONE = rf"(?:(?:{_DIGITS}){_SCALE}?|(?:(?:{_WORD_NUM})(?:[\s-](?:{_WORD_NUM}))?{_SCALE}?(?:\s+(?:a|an)\s+(?:hundred|thousand|million|billion))?)|(?:a|an)\s+(?:hundred|thousand|million|billion|dozen))"
_CUR_PREFIX = "|".join(p for p, _ in CURRENCIES)
_CUR_WORD = "|".join(p for p, _ in CURRENCY_WORDS)
_QUAL = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
NUMBER = re.compile(
    # (a second qualifier is tried only after a first, "up to about 500": where none begins, the
    # scan of every word does not try them all twice)
    rf"(?<![\w$€£.,])(?:(?P<qual>{_QUAL})\s+(?:(?:{_QUAL})\s+)?)?(?:between\s+)?"
    rf"(?P<cur1>{_CUR_PREFIX})?(?P<n1>{_ONE})"
    rf"(?:\s*(?:to|and|or|-|–|—)\s*(?P<cur2>{_CUR_PREFIX})?(?P<n2>{_ONE}))?"
    rf"(?:\s+(?P<curw>{_CUR_WORD})\b)?(?![\w])",
    re.IGNORECASE,
)
VAGUE_RE = re.compile(r"\b(tens|dozens|scores|hundreds|thousands|several|a few|a handful|a number)\b", re.IGNORECASE)
_TOKEN = re.compile(rf"{_DIGITS}|[a-z]+", re.IGNORECASE)
_NUMBER_SEARCH, _VAGUE_SEARCH = FoldedPattern(NUMBER), FoldedPattern(VAGUE_RE)
# "hundreds of millions of dollars", "several thousand", "a few hundred": a vague count of a scale.
_VAGUE_SCALE = re.compile(rf"\s+(?:of\s+(?P<scale>thousands|millions|billions)|(?P<one>(?:dozen|hundred|thousand|million|billion)(?:\s+(?:thousand|million|billion))?)\b)"
                          rf"(?:\s+(?:of\s+)?(?P<curw>{_CUR_WORD})\b)?", re.IGNORECASE)
_BOUND_JOINER = re.compile(r",?\s+(?:but|and|yet)\s+", re.IGNORECASE)
# "2,000-plus fighters", "500+ members": more than the figure.
_PLUS_AFTER = re.compile(r"-plus\b|\+(?![\d\w])", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """The value of one number phrase: "12", "5,000", "1.2 million", "twenty-two", "a dozen"."""
    total, current, seen = 0.0, 0.0, False
    for token in _TOKEN.findall(text.lower()):
        if token[0].isdigit():
            current += float(token.replace(",", ""))
            seen = True
        elif token in SCALES:
            scale = SCALES[token]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
            seen = True
        elif token in UNITS:
            if token in {"a", "an"}:
                current = current or 1.0  # "a dozen", but "half a million" is half of one
            else:
                current += UNITS[token]
            seen = True
    return total + current if seen else None


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number, range or amount of money in text[start:end], with its span."""
    end = len(text) if end is None else end
    found: list[Quantity] = []
    for match in _NUMBER_SEARCH.finditer(text, start, end):
        n1 = parse_number(match.group("n1"))
        if n1 is None:
            continue
        n2 = parse_number(match.group("n2")) if match.group("n2") else None
        joiner = text[match.end("n1") : match.start("n2")] if match.group("n2") else ""
        if n2 is not None and ("or" in joiner.lower() and n2 > n1 * 3):
            n2 = None  # "one or more" is not a range
        currency = _currency(match.group("cur1") or match.group("cur2"), match.group("curw"))
        if n2 is not None:
            # "$25 million to $50 million", "5 to 7 million": the scale word may sit on one end only.
            n1, n2 = _share_scale(match.group("n1"), n1, match.group("n2"), n2)
            n1 = _shared_thousands(match.group("n1"), n1, joiner, match.group("n2"), n2)
        if n2 is not None and n2 >= n1:
            high, m_end = n2, match.end()
        elif match.group("n2"):
            high, m_end = n1, match.end("n1")  # not a range: "2 or 3" handled above, "10-3" is not
        else:
            high, m_end = n1, match.end()
        share = _SHARE_OF_LAND.match(text, m_end, end) if currency is None else None
        if share is not None:
            # "controls about 40 percent of the country": a share of land held, its unit the percentage
            qual = QUALIFIERS.get((match.group("qual") or "").lower())
            found.append(Quantity(n1, high, qual, Span(match.start(), share.end(1), text[match.start() : share.end(1)]), "percent"))
            continue
        if _is_year_or_date(text, match.start("n1"), match.end("n1"), n1, currency):
            continue
        qual = QUALIFIERS.get((match.group("qual") or "").lower())
        plus = _PLUS_AFTER.match(text, m_end, end) if qual is None and n2 is None else None
        if plus is not None:
            qual, m_end = "more than", plus.end()
        span_start = match.start()
        found.append(Quantity(n1, high, qual, Span(span_start, m_end, text[span_start:m_end]), currency))
    for match in _VAGUE_SEARCH.finditer(text, start, end):
        if any(q.span.start <= match.start() < q.span.end for q in found):
            continue
        low, high = VAGUE[match.group(1).lower()]
        scaled = _VAGUE_SCALE.match(text, match.end(), end)
        if scaled is not None:  # "hundreds of millions of dollars": the vague count multiplies the scale
            scale = 1
            for word in (scaled.group("scale") or scaled.group("one")).lower().split():
                scale *= SCALES[word.rstrip("s")]
            low, high = low * scale, high * scale
            currency = _currency(None, scaled.group("curw")) if scaled.group("curw") else None
            span_end = scaled.end()
            found = [q for q in found if not match.start() <= q.span.start < span_end]  # "dozen" of "several dozen"
            found.append(Quantity(low, high, "about", Span(match.start(), span_end, text[match.start() : span_end]), currency))
            continue
        found.append(Quantity(low, high, "about", Span(match.start(), match.end(), match.group()), None))
    found.sort(key=lambda q: q.span.start)
    return _bounded_ranges(text, found)


def _bounded_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """"more than 2,000 but fewer than 3,000": a floor and a ceiling joined are one range."""
    merged: list[Quantity] = []
    for q in found:
        last = merged[-1] if merged else None
        if (last is not None and last.qualifier in {"more than", "at least"} and q.qualifier in {"less than", "no more than", "at most"}
                and last.unit == q.unit and last.low < q.high and _BOUND_JOINER.fullmatch(text, last.span.end, q.span.start)):
            span = Span(last.span.start, q.span.end, text[last.span.start : q.span.end])
            merged[-1] = Quantity(last.low, q.high, None, span, last.unit)
            continue
        merged.append(q)
    return merged


def _currency(prefix: str | None, word: str | None) -> str | None:
    for value, table in ((prefix, CURRENCIES), (word, CURRENCY_WORDS)):
        if value:
            for pattern, code in table:
                if re.fullmatch(pattern, value.strip(), re.IGNORECASE) or re.fullmatch(pattern, value, re.IGNORECASE):
                    return code
    return None


def _share_scale(t1: str, n1: float, t2: str, n2: float) -> tuple[float, float]:
    s1 = [SCALES[w] for w in re.findall(r"[a-z]+", t1.lower()) if w in SCALES]
    s2 = [SCALES[w] for w in re.findall(r"[a-z]+", t2.lower()) if w in SCALES]
    if s2 and not s1 and n1 < n2 / s2[-1] * 10:
        n1 *= s2[-1]
    return n1, n2


def _shared_thousands(t1: str, n1: float, joiner: str, t2: str, n2: float) -> float:
    """"5-8,000 dollars": a hyphenated range whose thousands are written on its upper end only."""
    if (joiner in {"-", "–"} and t1.isdigit() and n1 < 1000
            and re.fullmatch(r"\d{1,3}(?:,000)+", t2) and n1 * 1000 <= n2 < n1 * 10_000):
        return n1 * 1000
    return n1


def _is_year_or_date(text: str, start: int, end: int, value: float, currency: str | None) -> bool:
    """1990-2100 standing alone, or a day number next to a month name, is a date, not a count."""
    if currency:
        return False
    token = text[start:end]
    if token.isdigit() and len(token) == 4 and 1900 <= value <= 2100:
        return True
    window_before = text[max(0, start - 12) : start]
    window_after = text[end : end + 12]
    if token.isdigit() and value <= 31:
        if _MONTH_BEFORE.search(window_before):
            return True
        if _MONTH_AFTER.match(window_after):
            return True
    if _ORDINAL.match(window_after):
        return True  # ordinals: "2nd regiment", "7th Division"
    if _YEARS_OLD.match(window_after):
        return True  # an "18-year-old woman" is one woman
    if _MEASURE_AFTER.match(window_after):
        return True
    if _NAME_BEFORE.search(text[max(0, start - 14) : start]):
        return True  # "brigade 56", "Route 1": names, not counts
    return False


# month names only: "1 junior officer", "5 separatists", "2 mayors" are counts
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?"
_MONTH_BEFORE = FastPattern(re.compile(rf"\b{_MONTH}\s*$", re.IGNORECASE))
_MONTH_AFTER = re.compile(rf"(st|nd|rd|th)?\s+(of\s+)?{_MONTH}\b", re.IGNORECASE)
_ORDINAL = re.compile(r"(st|nd|rd|th)\b")
_YEARS_OLD = re.compile(r"[- ]years?[- ]old\b", re.IGNORECASE)
# "of the country", "of its territory": the land a share is told of (group 1 the land; claims.LAND_SHARE_AFTER reads it too)
OF_LAND = (r"\s+of\s+(?:the\s+|its\s+|their\s+|this\s+)?((?:[\w-]+\s+)?(?:country|territory|territories|district"
           r"|province|region|state|land|city|countryside|governorate|county))\b")
# "40 percent of the country", "a third"-free: a share of land, the one percentage kept (group 1 the percent word)
_SHARE_OF_LAND = re.compile(rf"\s*(percent|per cent|%){OF_LAND}(?!['’])", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"\s*(?:(?:km|kilometers?|kilometres?|miles?|meters?|metres?|percent|per cent|[- ]?years?[- ]old|am|pm|a\.m|p\.m|mm)\b|%|:\d)", re.IGNORECASE)
_NAME_BEFORE = FastPattern(re.compile(r"\b(?:brigade|division|regiment|battalion|no\.|number|unit|route|highway|road|sector|km|article|resolution|operation)\s*$", re.IGNORECASE))
