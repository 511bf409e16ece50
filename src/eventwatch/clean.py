"""Clean stage: strip page furniture and lift headline, publication date and outlet into metadata.

HTML goes through trafilatura (a maintained extractor); scraped text and trafilatura's output
then share one line-level cleaner, so the same furniture rules apply to both.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlparse

import trafilatura
from dateutil import parser as dateparser

from .annotate.text import fold
from .records import Article, RawDocument

# Lines after which the article is over: comment widgets, newsletter prompts, teasers.
TAIL_MARKERS = re.compile(
    r"^(read more\b|do you like this article|\d+\s+comment\(?s?\)?|comment policy|leave a (reply|comment)"
    r"|previous (story|article|post)|next (story|article|post)|editor'?s? picks?|related (articles|stories|news|posts)"
    r"|more (stories|from)|sign up\b|subscribe\b|share this|oh hi there|you may also like|recommended for you"
    r"|we don.t spam|most (read|popular)|trending now|tags?:)",
    re.IGNORECASE,
)
# Lines that are never article text wherever they stand.
NOISE_LINE = re.compile(
    r"^(\d+\s+min(ute)?s?\s+read|advertisement|share( on \w+)?|print|email|whatsapp|facebook|twitter"
    r"|follow us\b.*|click here\b.*|listen to (this )?article.*|image:.*|photo:.*|file photo.*)$",
    re.IGNORECASE,
)
# A photo credit's forms, each with the strings (lower-cased) one of which its every match holds
# (in text that `fold`s, where a letter matches only its own two cases)
_CREDIT_FORMS = (
    (r"\((AP|AFP|Reuters|Getty|EPA)[^)]*(Photo|Images|File)[^)]*\)", ("(ap", "(afp", "(reuters", "(getty", "(epa")),
    (r"\bREUTERS/", ("reuters/",)),
    (r"\[[^\]]*/(AFP|AP|Reuters)\]", ("/afp]", "/ap]", "/reuters]")),
    (r"\bPhoto(graph)?:\s", ("photo:", "photograph:")),
    (r"\(Photo:", ("(photo:",)),
    (r"\bGetty Images\b", ("getty images",)),
    (r"\bAFP via Getty\b", ("afp via getty",)),
)
PHOTO_CREDIT = re.compile("|".join(form for form, _ in _CREDIT_FORMS), re.IGNORECASE)
# Each form alone, lower-cased (its escapes are all lower-case ones) and searched case-sensitively
# over a line's fold, only where that holds one of the form's strings: most lines
# need no search, and a paragraph with "(ap" in it ("(april") is searched for that one form, which
# the regex engine skips through from "(" to "(" (a case-insensitive alternation it tries at
# every place).
_CREDIT_SEARCHES = tuple((re.compile(form.lower()), strings) for form, strings in _CREDIT_FORMS)


def _has_photo_credit(line: str) -> bool:
    lowered = fold(line)  # (the lower-cased line, where a letter matches only its own two cases)
    if lowered is None:
        return PHOTO_CREDIT.search(line) is not None
    return any(any(hint in lowered for hint in strings) and form.search(lowered) is not None
               for form, strings in _CREDIT_SEARCHES)


BYLINE = re.compile(r"^(by|written by|reporting by)\s+[A-Z][\w.'-]+(\s+[\w.'-]+){0,6}$", re.IGNORECASE)
# a line that is only a date (and a time): the publication date, lifted into metadata. (Not the
# place dateline opening a report, "KELMFORD, Ostria (AP) -", which stays in the text: the
# geoparser reads it, annotate.places, PlaceMention.dateline.)
DATE_LINE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Za-z]+,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s*[-–—,|]?\s*\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?(?:\s*[A-Z]{2,4})?)?$",
    re.IGNORECASE,
)
OUTLET_BLURB = re.compile(
    r"^([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) is an? [^.]{0,80}\b(site|website|newspaper|publication"
    r"|news (?:outlet|agency|portal)|magazine|broadcaster)\b"
)
# Function words of English and of other Latin-script languages (none shared): an English text
# has more of the first, whether news (20-30% of its words) or a list of scores; a German,
# French, Spanish, Portuguese, Dutch, Italian or Indonesian one more of the second.
FUNCTION_WORDS = frozenset(
    "the of and to is was were for that with by at said from it he his be are has have had they their "
    "after this which who not been its but".split())
FOREIGN_FUNCTION_WORDS = frozenset(
    "der das und ist nicht mit von dem den des ein eine einer sich auch auf für wird "  # German
    "le la les et est des du une qui pour dans sur pas avec sont "  # French
    "el los las y es por con una para del al lo como pero "  # Spanish
    "em os uma não são com ao pelo pela "  # Portuguese
    "het een van ook niet zijn wordt "  # Dutch
    "il che della per non sono gli nel "  # Italian
    "yang dan di ini itu dengan untuk dari tidak akan".split())  # Indonesian, Malay
_WORD = re.compile(r"[^\W\d_]+")
# (for text whose letters are all ASCII ones: a byte table that lower-cases the letters and makes
# every other byte a space, and the function words as bytes)
_LETTERS_ONLY = bytes(c if ord("a") <= c <= ord("z") else c + 32 if ord("A") <= c <= ord("Z") else ord(" ")
                      for c in range(256))
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z]")  # a character _WORD takes that is no ASCII letter
_FUNCTION_BYTES = frozenset(w.encode("ascii") for w in FUNCTION_WORDS if w.isascii())
_FOREIGN_BYTES = frozenset(w.encode("ascii") for w in FOREIGN_FUNCTION_WORDS if w.isascii())
_MIN_WORDS_TO_JUDGE = 40
_CHARS_TO_JUDGE = 3000
SENTENCE_END = re.compile(r"[.!?…\"”’')\]]\s*$")


def clean(raw: RawDocument) -> Article:
    """A raw document becomes an Article: body text plus headline, date and outlet."""
    if raw.kind == "html":
        return _clean_html(raw)
    text = raw.content if isinstance(raw.content, str) else raw.content.decode("utf-8", "replace")
    return _clean_text(raw, text, title=raw.title, published=raw.published, outlet=None)


def _clean_html(raw: RawDocument) -> Article:
    result = trafilatura.bare_extraction(
        raw.content, url=raw.url, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True,
    )
    if result is None:
        raise ValueError("no article text found in the HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = data.get("text") or ""
    if not body.strip():
        raise ValueError("no article text found in the HTML")
    title = raw.title or data.get("title")
    published = raw.published or _iso_date(data.get("date"))
    outlet = data.get("sitename") or _outlet_from_url(raw.url)
    return _clean_text(raw, body, title=title, published=published, outlet=outlet)


def _clean_text(
    raw: RawDocument, text: str, title: str | None, published: str | None, outlet: str | None
) -> Article:
    lines = [_normalise_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    lines, tail = _cut_tail(lines)
    header, body = _split_header(lines)
    found_title, found_date, found_outlet = _read_header(header)
    title = title or found_title
    published = published or found_date
    outlet = outlet or found_outlet or _outlet_from_url(raw.url) or _outlet_from_blurb(tail)
    kept: list[str] = []
    labels: list[str] = []
    seen: set[str] = set()
    for line in body:
        key = line.casefold()
        if key in seen or (title and key == title.casefold()):
            continue
        seen.add(key)
        if NOISE_LINE.match(line) or _has_photo_credit(line) or BYLINE.match(line):
            continue
        if DATE_LINE.match(line):
            published = published or _iso_date(line)
            continue
        if _is_section_label(line):
            labels.append(line)
            continue
        kept.append(line)
    if not kept:
        kept = labels  # a text of short lines only (a JSONL snippet, a wire flash) is all body
    if not kept:
        raise ValueError("no article text left after cleaning")
    body_text = "\n\n".join(kept)
    if not _reads_as_english(body_text):
        # a wrongly decoded file, or an article in another language: the extractor reads English
        raise ValueError("no English text (wrong encoding, or a language eventwatch does not read)")
    paragraphs, pos = [], 0
    for line in kept:
        paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 2
    return Article(
        id=raw.id, text=body_text, title=title, published=published, outlet=outlet, url=raw.url,
        paragraphs=paragraphs,
    )


def _mostly_latin(text: str) -> bool:
    """Whether text has letters and at least half of them are ASCII ones. Only the few
    non-ASCII characters are looked at one by one; ASCII letters are counted only when needed."""
    other = sum(c.isalpha() for c in _NON_ASCII.findall(text))
    if not other:
        return _ASCII_LETTER.search(text) is not None
    latin = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))  # (no string per letter)
    return latin >= (latin + other) / 2


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NOT_ASCII_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())  # (the bytes to delete)


def _normalise_line(line: str) -> str:
    if "  " not in line and "\t" not in line and "\u00a0" not in line:
        return line.strip()  # (no run to squeeze: most lines)
    return re.sub(r"[ \t\u00a0]+", " ", line).strip()


def _cut_tail(lines: list[str]) -> tuple[list[str], list[str]]:
    """Split off everything from the first end-of-article marker that follows real text."""
    seen_prose = False
    for index, line in enumerate(lines):
        if seen_prose and TAIL_MARKERS.match(line):
            return lines[:index], lines[index:]
        if _is_prose(line):
            seen_prose = True
    return lines, []


def _outlet_from_blurb(tail: list[str]) -> str | None:
    """The site's own blurb under the article ("InsiderBLM is a fast-growing business site")."""
    for line in tail:
        match = OUTLET_BLURB.match(line)
        if match:
            return match.group(1)
    return None


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 12 and bool(SENTENCE_END.search(line))


def _split_header(lines: list[str]) -> tuple[list[str], list[str]]:
    """The header is everything before the first paragraph of running prose."""
    for index, line in enumerate(lines):
        if (_is_prose(line) or (index and _short_lead(line))) and not _has_photo_credit(line) and not _is_tagline(line):
            return lines[:index], lines[index:]
    return [], lines


# a sentence that ends on a full stop (not "..."), with words written in lower case: a short lead
# paragraph ("Rebels killed two soldiers in Kelm on Monday."), not a headline
SHORT_LEAD = re.compile(r"^(?:\S+\s+){2,}(?:[a-z][\w'’-]*\s+)(?:\S+\s+){2,}\S*[^.\s]\.$")


def _short_lead(line: str) -> bool:
    """A one-sentence paragraph after the headline: the first of the body, however short."""
    # (a line that does not end on a full stop is told without SHORT_LEAD, which backtracks through
    # every word of a long one before it fails)
    return len(line.split()) >= 6 and line.endswith((".", ".\n")) and SHORT_LEAD.match(line) is not None \
        and not NOISE_LINE.match(line) and not BYLINE.match(line) and not DATE_LINE.match(line)


def _read_header(header: list[str]) -> tuple[str | None, str | None, str | None]:
    """Headline, publication date and outlet from the lines above the article."""
    title = published = outlet = None
    candidates: list[str] = []
    for index, line in enumerate(header):
        if DATE_LINE.match(line):
            published = published or _iso_date(line)
            following = header[index + 1] if index + 1 < len(header) else ""
            if following and _looks_like_outlet(following):
                outlet = outlet or following
            continue
        if _is_tagline(line):
            outlet = outlet or _outlet_from_tagline(line)
            continue
        if NOISE_LINE.match(line) or _has_photo_credit(line) or BYLINE.match(line):
            continue
        candidates.append(line)
    headlines = [c for c in candidates if len(c.split()) >= 4 and c != outlet]
    if headlines:
        # A repeated line is the headline; otherwise the longest headline-shaped line.
        repeated = [c for c in headlines if headlines.count(c) > 1]
        title = repeated[0] if repeated else max(headlines, key=lambda c: len(c.split()))
    return title, published, outlet


def _is_section_label(line: str) -> bool:
    words = line.split()
    return len(words) <= 6 and not SENTENCE_END.search(line) and not any(c.isdigit() for c in line)


def _is_tagline(line: str) -> bool:
    # (the cheap tests first: most lines asked of are prose, which ends as a sentence)
    return len(line.split()) >= 6 and not SENTENCE_END.search(line) \
        and bool(re.search(r"\bnews\b", line, re.IGNORECASE)) \
        and bool(re.search(r"\b(newspaper|news site|news agency|english|opinion|latest)\b", line, re.IGNORECASE))


def _outlet_from_tagline(line: str) -> str:
    name = re.split(r"\s+(?:English|News|Newspaper|[-|–—:])\b", line, maxsplit=1)[0]
    return name.strip() or line


def _looks_like_outlet(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= 5 and not SENTENCE_END.search(line) and all(w[:1].isupper() for w in words)


def _outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def _iso_date(value: object) -> str | None:
    if not value:
        return None
    text = str(value)
    text = re.sub(r"\s*[-–—|]\s*\d{1,2}:\d{2}.*$", "", text)
    try:
        parsed = dateparser.parse(text, fuzzy=True, default=_NO_DEFAULT)
    except (ValueError, OverflowError):
        return None
    if parsed.year == _NO_DEFAULT.year:
        return None
    return parsed.date().isoformat()


# A sentinel year: a date string without a year must not silently get this one.
_NO_DEFAULT = datetime(1, 1, 1)


def _reads_as_english(text: str) -> bool:
    """Mostly ASCII letters and, in a text long enough to tell, more English function words than
    those of other languages."""
    if not _mostly_latin(text):
        return False
    head = text[:_CHARS_TO_JUDGE]  # the opening paragraphs tell the language
    if head.isascii() or _OTHER_LETTER.search(head) is None:
        # its words (the runs of letters, all ASCII ones: curly quotes and dashes are no letters),
        # lower-cased, as bytes: every other byte made a space and split, several times faster than
        # a regex that makes a string of each word
        runs = head.encode("utf-8").translate(_LETTERS_ONLY).split()
        if len(runs) < _MIN_WORDS_TO_JUDGE:
            return True
        return sum(map(_FUNCTION_BYTES.__contains__, runs)) >= sum(map(_FOREIGN_BYTES.__contains__, runs))
    words = _WORD.findall(head)
    if len(words) < _MIN_WORDS_TO_JUDGE:
        return True
    lowered = list(map(str.lower, words))
    return sum(map(FUNCTION_WORDS.__contains__, lowered)) >= sum(map(FOREIGN_FUNCTION_WORDS.__contains__, lowered))
