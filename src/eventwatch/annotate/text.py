"""Sentences with character offsets, the unit every extractor looks at."""

from __future__ import annotations

import re

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "gen", "lt", "col", "brig", "maj", "capt", "sgt", "cpl", "pvt", "adm", "cmdr", "gov", "sen",
    "rep", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "no", "vs", "etc", "inc", "co",
    "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "est", "dept", "km", "mt", "ft",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], paragraph breaks always ending a sentence."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text[start:end]):
        p_start = start + para.start()
        chunk = para.group()
        cursor = 0
        for match in _BOUNDARY.finditer(chunk):
            before = chunk[cursor : match.start() + 1]
            word = re.search(r"([A-Za-z.]+)\.?$", before.rstrip(".!?…"))
            token = (word.group(1) if word else "").lower().rstrip(".")
            if chunk[match.start()] == "." and (token in ABBREVIATIONS or len(token) == 1):
                continue
            stop = match.end()
            spans.append(_trim(text, p_start + cursor, p_start + stop))
            cursor = stop
        if cursor < len(chunk):
            spans.append(_trim(text, p_start + cursor, p_start + len(chunk)))
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
