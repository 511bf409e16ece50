"""Sentences with character offsets, the unit every extractor looks at."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

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


# Characters on which matching an ASCII pattern with re.IGNORECASE differs from matching its
# lower-cased form against str.lower(): "İ" lowers to two characters, "ı" and "ſ" match "i" and
# "s" without lowering to them, the Kelvin sign lowers to "k". (Every other character lowers to
# one character with the same \w, \s and \d class and matches an ASCII letter only as itself.)
_FOLD_UNSAFE = re.compile("[\u0130\u0131\u017f\u212a]")
_ESCAPE_OR_NAME = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]|.", re.DOTALL)
# Inline flags, escapes that spell a character, a range across the cases: not folded.
_UNFOLDABLE = re.compile(r"\(\?(?:[aiLmsux]+(?:-[imsx]*)?|-[imsx]+)[:)]|\\[xuUN0-7]|[A-Z]-[a-z]")


def fold(text: str) -> str | None:
    """text.lower(), offset for offset, where a pattern from `fold_pattern` matches it exactly as
    the original pattern with re.IGNORECASE matches text; None where it would not."""
    return None if _FOLD_UNSAFE.search(text) else text.lower()


# `fold` of a whole article, cached, as the annotators and extractors of one article all ask for it.
folded = lru_cache(maxsize=8)(fold)


def fold_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern of ASCII literals recompiled to run, case-sensitively and so
    faster, over `folded` text: literals lower-cased, escapes and group names kept."""
    source = pattern.pattern
    if (not pattern.flags & re.IGNORECASE or _UNFOLDABLE.search(source)
            or any(c.isalpha() and not c.isascii() for c in source)):
        raise ValueError(f"cannot fold {source[:60]!r}")
    lowered = "".join(t if len(t) > 1 else t.lower() for t in _ESCAPE_OR_NAME.findall(source))
    return re.compile(lowered, pattern.flags & ~re.IGNORECASE)


def fold_or_none(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`fold_pattern(pattern)`, or None for a pattern that cannot be folded (it then runs as is)."""
    try:
        return fold_pattern(pattern)
    except ValueError:
        return None


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of pattern contains (None where that cannot be told):
    a cheap substring test that lets a scan be skipped. Read from the parsed pattern, so exact
    for a case-sensitive pattern (a folded one, over folded text)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser

        def of_seq(items) -> frozenset[str] | None:
            best: frozenset[str] | None = None
            run: list[str] = []

            def better(req: frozenset[str] | None) -> None:
                nonlocal best
                if req and (best is None or min(map(len, req)) > min(map(len, best))):
                    best = req

            for op, arg in list(items) + [(None, None)]:
                if op is sre.LITERAL:
                    run.append(chr(arg))
                    continue
                if run:
                    better(frozenset(["".join(run)]))
                    run = []
                if op is sre.SUBPATTERN:
                    better(of_seq(arg[-1]))
                elif op is sre.BRANCH:
                    reqs = [of_seq(b) for b in arg[1]]
                    if all(reqs):
                        better(frozenset().union(*reqs))  # type: ignore[arg-type]
                elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
                    better(of_seq(arg[2]))
            return best

        req = of_seq(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a parser this module does not know: no shortcut
        return None
    return req if req and min(map(len, req)) >= 3 else None


class OnText:
    """A match found in `folded(text)`, read from `text` itself (the offsets are the same)."""

    __slots__ = ("match", "string")

    def __init__(self, match: re.Match[str], text: str) -> None:
        self.match, self.string = match, text

    def group(self, group: int | str = 0) -> str | None:  # type: ignore[return]
        start, end = self.match.span(group)
        return None if start < 0 else self.string[start:end]

    __getitem__ = group

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) for name in self.match.re.groupindex}

    def start(self, group: int | str = 0) -> int:
        return self.match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self.match.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.match.span(group)


class FoldedPattern:
    """A pattern searched the fast way where that is exact: a case-insensitive one as its
    lower-cased twin over `folded(text)`, and only where the text holds one of the strings every
    match must contain. Matches are read from the original text, so they are those of
    `pattern` itself; a pattern that cannot be folded simply runs as is."""

    __slots__ = ("pattern", "fast", "needs")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.fast = fold_or_none(pattern)
        self.needs = required_strings(self.fast if self.fast is not None else pattern)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str] | OnText]:
        """pattern.finditer(text, start, end); `text` is an article (its folded form is cached)."""
        end = len(text) if end is None else end
        return self._finditer(text, folded(text) if self.fast is not None else None, start, end)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | OnText | None:
        """pattern.search(text, start, end) for an article's text."""
        return next(self.finditer(text, start, end), None)

    def search_in(self, string: str) -> re.Match[str] | OnText | None:
        """pattern.search(string) for a short piece of text (folded here, not cached)."""
        return next(self._finditer(string, fold(string) if self.fast is not None else None, 0, len(string)), None)

    def _finditer(self, text: str, lowered: str | None, start: int, end: int) -> Iterator[re.Match[str] | OnText]:
        haystack = lowered if lowered is not None else text
        if (self.needs is not None and (lowered is not None or self.fast is None)
                and not any(haystack.find(w, start, end) >= 0 for w in self.needs)):
            return  # none of the strings its every match holds: no match
        if lowered is None:
            yield from self.pattern.finditer(text, start, end)
            return
        for match in self.fast.finditer(lowered, start, end):  # type: ignore[union-attr]
            yield OnText(match, text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
