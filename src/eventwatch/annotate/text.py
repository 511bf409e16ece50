"""Sentences with character offsets, the unit every extractor looks at."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import accumulate
from operator import itemgetter
from typing import Any, Literal

import ahocorasick

# Titles before a name ("Brig. Gen. X", "Dr. Y"): their dot ends neither a sentence nor a speaker's name.
TITLE_ABBREVIATIONS = ("Gen", "Lt", "Col", "Brig", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Gov", "Sen",
                       "Rep", "Dr", "Mr", "Mrs", "Ms", "Prof", "Cllr", "Fr", "Rev", "Msgr", "Hon", "Supt", "Insp")
# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {title.lower() for title in TITLE_ABBREVIATIONS} | {
    "st", "jr", "sr", "no", "vs", "etc", "inc", "co",
    "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "approx", "est", "dept", "km", "mt", "ft",
}
_LINE = re.compile(r"[^\n]+")
_WORD_CHARS = re.compile(r"[A-Za-z.]+")
# (a wire's subheading between two sentences, "... said. - A long wait - On May 3 ...", is a
# span of its own)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?:(?P<head>[-–—]\s[^\n.!?]{1,80}?\s[-–—])\s+)?(?=[\"“‘'(\[]?[A-Z0-9])")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], paragraph breaks always ending a sentence."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for para in _LINE.finditer(text[start:end]):
        p_start = start + para.start()
        chunk = para.group()
        cursor = 0
        for match in _BOUNDARY.finditer(chunk):
            before = chunk[cursor : match.start() + 1]
            token = _last_word(before.rstrip(".!?…")).lower().rstrip(".")
            if chunk[match.start()] == "." and (token in ABBREVIATIONS or len(token) == 1):
                continue
            stop = match.end()
            head = match.start("head")
            if head >= 0:
                spans.append(_trim(text, p_start + cursor, p_start + head))
                cursor = head
            spans.append(_trim(text, p_start + cursor, p_start + stop))
            cursor = stop
        if cursor < len(chunk):
            spans.append(_trim(text, p_start + cursor, p_start + len(chunk)))
    return [s for s in spans if s[1] > s[0]]


def _last_word(text: str) -> str:
    """The run of letters and dots that ends text ("" if none): read from the end, reversed,
    so that a long sentence is not searched from its start."""
    run = _WORD_CHARS.match(text[::-1])
    return run.group()[::-1] if run else ""


# Characters on which matching an ASCII pattern with re.IGNORECASE differs from matching its
# lower-cased form against str.lower(): "İ" lowers to two characters, "ı" and "ſ" match "i" and
# "s" without lowering to them, the Kelvin sign lowers to "k". (Every other character lowers to
# one character with the same \w, \s and \d class and matches an ASCII letter only as itself.)
_FOLD_UNSAFE = re.compile("[\u0130\u0131\u017f\u212a]")
_ESCAPE_OR_NAME = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]|.", re.DOTALL)
# Inline flags, escapes that spell a character, a range across the cases: not folded.
_UNFOLDABLE = re.compile(r"\(\?(?:[aiLmsux]+(?:-[imsx]*)?|-[imsx]+)[:)]|\\[xuUN0-7]|[A-Z]-[a-z]")
# Non-ASCII letters whose fold a match's fold holds where the pattern holds them (see match_starts):
# the accented letters of Latin-1 ("M[eé]decins"), each matched with re.IGNORECASE by just its two
# cases, which str.lower() maps to one (not "ß", whose capital is another character, nor "ÿ";
# "×" and "÷" are no letters).
_FOLD_SAFE_LETTERS = frozenset(range(0xC0, 0xFF)) - {0xD7, 0xDF, 0xF7}


def fold(text: str) -> str | None:
    """text.lower(), offset for offset, where a pattern from `fold_pattern` matches it exactly as
    the original pattern with re.IGNORECASE matches text; None where it would not."""
    if text.isascii():
        return text.lower()  # (no character of _FOLD_UNSAFE: told without a scan)
    return None if _FOLD_UNSAFE.search(text) else text.lower()


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


def required_strings(pattern: re.Pattern[str], lowered: bool = False) -> frozenset[str] | None:
    """Strings one of which every match of pattern contains (None where that cannot be told):
    a cheap substring test that lets a scan be skipped. Read from the parsed pattern, so exact
    for a case-sensitive pattern (a folded one, over folded text). With `lowered`, for a
    case-insensitive pattern that cannot be folded: lower-cased strings one of which the
    lower-cased form of every match contains, over `fold`ed text (there an ASCII letter matches
    only its own two cases; a non-ASCII literal is left out of the strings)."""
    if pattern.flags & re.IGNORECASE and not lowered:
        return None
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser

        def of_seq(items) -> frozenset[str] | None:
            best: frozenset[str] | None = None
            run: list[str] = []

            def better(req: frozenset[str] | None) -> None:
                nonlocal best
                # (the longer shortest string, and of two as long the fewer strings: "ago" rather than
                # "day", "week", "month" or "year" before it)
                if req and (best is None or (min(map(len, req)), -len(req)) > (min(map(len, best)), -len(best))):
                    best = req

            for op, arg in list(items) + [(None, None)]:
                if op is sre.LITERAL and not (lowered and arg > 127):
                    run.append(chr(arg).lower() if lowered else chr(arg))
                    continue
                if run:
                    better(frozenset(["".join(run)]))
                    run = []
                if op is sre.SUBPATTERN and (lowered or not arg[1] & re.IGNORECASE):
                    better(of_seq(arg[-1]))  # ("(?i:data)" holds no exact string: "Data" matches it)
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
    # Two letters still pay: the strings' positions are found once per article (see _Article).
    return req if req and min(map(len, req)) >= 2 else None


def _leading(pattern: re.Pattern[str], leaf: Any) -> Any:
    """What every match of pattern begins with, as the union over its alternatives of what
    `leaf(op, arg, rest, of_seq)` says of the first item that is not zero-width, a group, an
    alternation or a repeat; None where some alternative may match the empty string or a leaf
    cannot tell, or where the parser is one this module does not know."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
        from re import _parser

        def of_seq(items: list) -> Any:  # type: ignore[type-arg]
            if not items:
                return None  # it may match the empty string
            op, arg = items[0]
            if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                return of_seq(items[1:])  # zero-width: the match begins with what follows
            if op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:
                return of_seq(list(arg[-1]) + items[1:])
            if op is sre.BRANCH:
                alternatives = [of_seq(list(b) + items[1:]) for b in arg[1]]
                return frozenset().union(*alternatives) if all(alternatives) else None
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                once = of_seq(list(arg[2]) + items[1:])
                if arg[0] >= 1 or once is None:
                    return once
                skipped = of_seq(items[1:])
                return once | skipped if skipped else None
            return leaf(sre, op, arg, items[1:], of_seq)

        return of_seq(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - a parser this module does not know: no shortcut
        return None


def match_starts(pattern: re.Pattern[str], lowered: bool = False) -> frozenset[str] | None:
    """Strings one of which every match of a case-sensitive pattern starts with (None where
    that cannot be told, or some is shorter than two characters): a match can then only begin
    where one of them occurs, and a scan can try just those places. With `lowered`, for a
    case-insensitive pattern that cannot be folded: lower-cased strings one of which the fold
    of every match starts with (as `required_strings` tells its strings)."""
    if pattern.flags & re.IGNORECASE and not lowered:
        return None

    def literal_run(sre: Any, op: Any, arg: Any, rest: list, of_seq: Any) -> frozenset[str] | None:  # type: ignore[type-arg]
        if op is sre.IN and len(arg) <= 8 and all(kind is sre.LITERAL for kind, _ in arg):
            # a set of a few letters ("m[ae]n"): the runs through each of them
            runs = [literal_run(sre, sre.LITERAL, value, rest, of_seq) for _, value in arg]
            return frozenset().union(*runs) if all(runs) else None  # type: ignore[arg-type]
        if op is not sre.LITERAL:
            return None
        items = [(op, arg), *rest]
        size = next((i for i, (o, _) in enumerate(items) if o is not sre.LITERAL), len(items))
        if lowered and any(a > 127 and a not in _FOLD_SAFE_LETTERS for _, a in items[:size]):
            return None  # (a non-ASCII letter may match what does not lower to it)
        run = "".join(chr(a) for _, a in items[:size])
        run = run.lower() if lowered else run
        tails = of_seq(items[size:])
        return frozenset(run + t for t in tails) if tails and len(tails) <= 64 else frozenset([run])

    starts = _leading(pattern, literal_run)
    return starts if starts and min(map(len, starts)) >= 2 else None


# Characters that most text is made of: a scan that may begin at most of them skips little (one
# that skips the rest, even where it begins at a few common letters, still beats a plain scan,
# which tries the whole pattern at every place).
_COMMON = "abcdefghijklmnopqrstuvwxyz \t\n"
_CLASSES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
            "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def first_scanner(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a case-sensitive pattern whose every match begins with one of a few uncommon
    characters (a digit, a capital), a pattern that matches one character exactly where
    `pattern` matches from there: it opens with that set of characters, which the regex engine
    skips to without trying the pattern at every place between (`pattern` itself opens with a
    look-behind or a word boundary, which keeps the engine from skipping). None where the set
    cannot be told, holds common characters, or a match may be empty."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None

    def char(code: int) -> str:
        return f"\\U{code:08x}"

    def first_chars(sre: Any, op: Any, arg: Any, rest: list, of_seq: Any) -> frozenset[str] | None:  # type: ignore[type-arg]
        if op is sre.LITERAL:
            return frozenset([char(arg)])
        if op is not sre.IN:
            return None
        out = set()
        for kind, value in arg:
            if kind is sre.LITERAL:
                out.add(char(value))
            elif kind is sre.RANGE:
                out.add(f"{char(value[0])}-{char(value[1])}")
            elif kind is sre.CATEGORY and str(value) in _CLASSES:
                out.add(_CLASSES[str(value)])
            else:
                return None  # a negated set, a category this module does not know
        return frozenset(out)

    first = _leading(pattern, first_chars)
    if not first or len(re.findall(f"[{''.join(sorted(first))}]", _COMMON)) > len(_COMMON) // 2:
        return None
    # One character of the set, where (looked at from just after it) the pattern matches.
    return re.compile(f"[{''.join(sorted(first))}](?<=(?={pattern.pattern})[\\s\\S])", pattern.flags)


def _matches_from(scanner: re.Pattern[str], pattern: re.Pattern[str], haystack: str, start: int,
                  end: int) -> Iterator[re.Match[str]]:
    """pattern.finditer(haystack, start, end), its `first_scanner` finding where each match begins."""
    while True:
        found = scanner.search(haystack, start, end)
        if found is None:
            return
        match = pattern.match(haystack, found.start(), end)
        yield match  # type: ignore[misc]
        start = match.end()  # type: ignore[union-attr]


class _Required:
    """Every string some FoldedPattern looks for in one kind of haystack (an article's text, or
    its fold), in one Aho-Corasick automaton: one pass over an article finds them all."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.generation = 0  # grows with the words, so that an article's finds can tell they are stale
        self._sets: set[frozenset[str]] = set()
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, strings: frozenset[str]) -> None:
        if strings not in self._sets:
            self._sets.add(strings)
            if not strings <= self.words:
                self.words |= strings
                self.generation += 1
                self._automaton = None

    def find_all(self, haystack: str) -> dict[str, list[int]]:
        """Each string that occurs in haystack, with the ends of its occurrences."""
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for word in self.words:
                self._automaton.add_word(word, word)
            self._automaton.make_automaton()
        found: defaultdict[str, list[int]] = defaultdict(list)
        for last, word in self._automaton.iter(haystack):
            found[word].append(last + 1)
        return found


# False: strings looked for in the text itself (case-sensitive patterns); True: in its fold.
_REQUIRED = {False: _Required(), True: _Required()}

Spans = tuple[list[int], list[int]]


class _Article:
    """One article's `fold`, and where in it (or in the text itself) the strings a pattern
    requires or starts with occur: found once per article, so that each of the many searches
    of a sentence or a few words asks a bisect instead of scanning for every string."""

    __slots__ = ("text", "lowered", "_found")

    def __init__(self, text: str) -> None:
        self.text, self.lowered = text, fold(text)
        # per haystack (False: the text, True: its fold): _REQUIRED's generation, its finds and the
        # strings found (a set: intersected with a pattern's, the smaller of the two is gone through)
        self._found: dict[bool, tuple[int, dict[str, list[int]], frozenset[str]]] = {}

    def spans(self, needs: frozenset[str], on_folded: bool) -> Spans | None:
        """The starts of the occurrences of needs in the text or, on_folded, its fold (None
        where the text has no fold), sorted, and for each the earliest end of an occurrence
        starting there or later: one lies inside [a, b) exactly when, at the first start >= a,
        that end is <= b."""
        if on_folded and self.lowered is None:
            return None
        found, words = self._find_all(needs, on_folded)
        words &= needs
        if len(words) <= 1:  # (most patterns: one word's occurrences, whose ends rise, or none)
            ends = found[next(iter(words))] if words else []
            return [end - len(word) for word in words for end in ends], ends
        spans: list[tuple[int, int]] = []
        for word in words:
            ends = found[word]
            spans += zip(map(len(word).__rsub__, ends), ends, strict=True)  # (end - len(word), end)
        spans.sort()
        # the least end from each span on: the ends read backwards, their running minimum
        least = list(accumulate(map(itemgetter(1), reversed(spans)), min))
        least.reverse()
        return list(map(itemgetter(0), spans)), least

    def starts(self, strings: frozenset[str], on_folded: bool) -> list[int]:
        """Where one of strings starts in the text or, on_folded, its fold, sorted."""
        found, words = self._find_all(strings, on_folded)
        words &= strings
        if len(words) <= 1:  # (one word's occurrences are already sorted and apart)
            return [end - len(word) for word in words for end in found[word]]
        starts: set[int] = set()
        for word in words:
            starts.update(map(len(word).__rsub__, found[word]))  # end - len(word)
        return sorted(starts)

    def _find_all(self, strings: frozenset[str], on_folded: bool) -> tuple[dict[str, list[int]], frozenset[str]]:
        required = _REQUIRED[on_folded]
        required.add(strings)
        generation, found, words = self._found.get(on_folded, (-1, {}, frozenset()))
        if generation != required.generation:
            found = required.find_all(self.lowered if on_folded else self.text)  # type: ignore[arg-type]
            words = frozenset(found)
            self._found[on_folded] = (required.generation, found, words)
        return found, words


class _Articles:
    """`fold` of a whole article with its `_Article`, cached for the last few articles, as the
    annotators and extractors of one article all ask for them."""

    def __init__(self, size: int = 8) -> None:
        self._size = size
        self._articles: dict[str, _Article] = {}
        self._last: _Article | None = None

    def __call__(self, text: str) -> str | None:
        return self.article(text).lowered

    def known(self, text: str) -> _Article | None:
        """The `_Article` of text where text is one of the last few articles, else None (a
        sentence or a phrase is not kept, so as not to push an article out)."""
        last = self._last
        if last is not None and last.text is text:
            return last
        found = self._articles.get(text)
        if found is not None:
            self._last = found
        return found

    def article(self, text: str) -> _Article:
        last = self._last
        if last is not None and last.text is text:
            return last
        found = self._articles.get(text)
        if found is None:
            if len(self._articles) >= self._size:
                del self._articles[next(iter(self._articles))]
            found = self._articles[text] = _Article(text)
        self._last = found
        return found

    def cache_clear(self) -> None:
        self._articles.clear()
        self._last = None


folded = _Articles()


def _matches_at(pattern: re.Pattern[str], haystack: str, starts: list[int], start: int, end: int) -> Iterator[re.Match[str]]:
    """pattern.finditer(haystack, start, end) for a pattern whose matches can only begin at
    `starts` (sorted) and are never empty: only those places are tried."""
    i = bisect_left(starts, start)
    while i < len(starts) and starts[i] < end:
        match = pattern.match(haystack, starts[i], end)
        if match is None:
            i += 1
        else:
            yield match
            i = bisect_left(starts, match.end(), i + 1)


def _first_at(pattern: re.Pattern[str], haystack: str, starts: list[int], start: int, end: int,
              shift: int) -> re.Match[str] | None:
    """pattern.search(haystack, start - shift, end - shift) for a pattern whose matches can only
    begin at `starts` (sorted, article offsets; `shift`: where haystack begins in the article):
    only those places are tried, the first match found is the leftmost."""
    for i in range(bisect_left(starts, start), bisect_left(starts, end)):
        match = pattern.match(haystack, starts[i] - shift, end - shift)
        if match is not None:
            return match
    return None


class OnText:
    """A match found in `folded(text)`, read from `text` itself (the offsets are the same)."""

    __slots__ = ("match", "string")

    def __init__(self, match: re.Match[str], text: str) -> None:
        self.match, self.string = match, text

    def group(self, *groups: int | str) -> str | None | tuple[str | None, ...]:
        if len(groups) > 1:
            return tuple(self._group(group) for group in groups)
        # (one group read here, not through _group: the commonest call of all)
        start, end = self.match.span(groups[0] if groups else 0)
        return None if start < 0 else self.string[start:end]

    def _group(self, group: int | str) -> str | None:
        start, end = self.match.span(group)
        return None if start < 0 else self.string[start:end]

    __getitem__ = _group

    def groups(self, default: str | None = None) -> tuple[str | None, ...]:
        return tuple(default if found is None else found
                     for found in map(self._group, range(1, self.match.re.groups + 1)))

    def groupdict(self, default: str | None = None) -> dict[str, str | None]:
        found = {name: self._group(name) for name in self.match.re.groupindex}
        return {name: default if value is None else value for name, value in found.items()}

    @property
    def lastgroup(self) -> str | None:
        return self.match.lastgroup

    @property
    def lastindex(self) -> int | None:
        return self.match.lastindex

    @property
    def pos(self) -> int:
        return self.match.pos

    @property
    def endpos(self) -> int:
        return self.match.endpos

    def __repr__(self) -> str:
        return f"<OnText match; span={self.span()!r}, match={self.group()!r}>"

    def start(self, group: int | str = 0) -> int:
        return self.match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self.match.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.match.span(group)


class FoldedPattern:
    """A pattern searched the fast way where that is exact: a case-insensitive one as its
    lower-cased twin over `folded(text)`, only where the text holds one of the strings every
    match must contain, and a whole text scanned only where a match can begin. Matches are read
    from the original text, so they are those of `pattern` itself; a pattern that cannot be
    folded simply runs as is."""

    __slots__ = ("pattern", "fast", "needs", "needs_folded", "starts", "first", "_article", "_spans", "_starts_in")

    def __init__(self, pattern: re.Pattern[str] | FastPattern, prefilter: bool = True, starts: bool = True) -> None:
        # (a FastPattern stays one: who reads `pattern` to search a sentence gets its speed)
        self.pattern = pattern
        self.fast = fold_or_none(pattern)
        # Where the required strings are looked for: in the folded text, or in the text itself.
        self.needs_folded = bool(pattern.flags & re.IGNORECASE)
        # Without the prefilter, a pattern searched only in short stretches (whose many strings
        # would slow every article's one pass) still runs case-sensitively over the fold.
        self.needs = (None if not prefilter else required_strings(self.fast) if self.fast is not None
                      else required_strings(pattern, lowered=self.needs_folded))
        # What every match starts with, in the haystack the scan runs over (None: scan it all).
        self.starts = (match_starts(self.fast if self.fast is not None else pattern,
                                    lowered=self.fast is None and self.needs_folded)
                       if prefilter and starts else None)
        for strings in (self.needs, self.starts):
            if strings is not None:
                _REQUIRED[self.needs_folded].add(strings)
        # Else, where every match begins with an uncommon character: a scan that skips to those.
        self.first = first_scanner(self.fast if self.fast is not None else pattern) if self.starts is None else None
        # The last article searched, and where in it the needs occur (see _Article.spans).
        self._article: _Article | None = None
        self._spans: Spans | None = None
        # The last article scanned, and where in it a match can begin (see _Article.starts).
        self._starts_in: tuple[_Article, list[int]] | None = None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str] | OnText]:
        """pattern.finditer(text, start, end); `text` is an article (its folded form is cached)."""
        end = len(text) if end is None else end
        article = folded.article(text)
        lowered = article.lowered
        if lowered is None and (self.fast is not None or self.needs_folded):
            return self.pattern.finditer(text, start, end)  # a text that cannot be folded
        if self.starts is not None:
            starts = self._starts_of(article)
            if self.fast is None:
                return _matches_at(self.pattern, text, starts, start, end)
            return (OnText(match, text) for match in _matches_at(self.fast, lowered, starts, start, end))  # type: ignore[arg-type]
        if not self._may_match(article, start, end):
            return iter(())  # none of the strings its every match holds: no match
        first = self.first
        if self.fast is None:
            return self.pattern.finditer(text, start, end) if first is None else _matches_from(first, self.pattern, text, start, end)
        matches = (self.fast.finditer(lowered, start, end) if first is None  # type: ignore[arg-type]
                   else _matches_from(first, self.fast, lowered, start, end))  # type: ignore[arg-type]
        return (OnText(match, text) for match in matches)

    def _starts_of(self, article: _Article) -> list[int]:
        """Where in the article a match can begin, found once per article (a pattern is often
        scanned over several of its sentences)."""
        seen = self._starts_in
        if seen is None or seen[0] is not article:
            seen = self._starts_in = (article, article.starts(self.starts, self.needs_folded))  # type: ignore[arg-type]
        return seen[1]

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | OnText | None:
        """pattern.search(text, start, end) for an article's text."""
        end = len(text) if end is None else end
        # (the commonest call of all, most often answered by the prefilter: folded.article and
        # _may_match written out here, a function call each saved)
        last = folded._last
        article = last if last is not None and last.text is text else folded.article(text)
        if self._article is article:
            spans = self._spans
        elif self.needs is None:
            spans = None
        else:
            self._article = article
            spans = self._spans = article.spans(self.needs, self.needs_folded)
        if spans is not None:
            needs_at = spans[0]
            i = bisect_left(needs_at, start)
            if i == len(needs_at) or spans[1][i] > end:
                return None
        lowered = article.lowered
        if self.fast is None or lowered is None:
            if self.starts is not None and self.fast is None and (lowered is not None or not self.needs_folded):
                return _first_at(self.pattern, text, self._starts_of(article), start, end, 0)
            return self._search(self.pattern, text, start, end)
        if self.starts is not None:
            seen = self._starts_in
            if seen is None or seen[0] is not article:
                seen = self._starts_in = (article, article.starts(self.starts, self.needs_folded))
            match = _first_at(self.fast, lowered, seen[1], start, end, 0)
        else:
            match = self._search(self.fast, lowered, start, end)
        return None if match is None else OnText(match, text)

    def _search(self, pattern: re.Pattern[str], haystack: str, start: int, end: int) -> re.Match[str] | None:
        """pattern.search(haystack, start, end), by the `first` scan where it is pattern's."""
        first = self.first
        if first is None or (pattern is self.pattern and self.fast is not None):
            return pattern.search(haystack, start, end)
        return next(_matches_from(first, pattern, haystack, start, end), None)

    def search_slice(self, text: str, start: int, end: int) -> re.Match[str] | OnText | None:
        """pattern.search(text[start:end]), offsets the slice's, for a piece of an article
        (0 <= start): a slice, as "^", "\\b" and look-behinds see its edge as the string's."""
        last = folded._last  # (folded.article and _may_match written out, as in search)
        article = last if last is not None and last.text is text else folded.article(text)
        if self._article is article:
            spans = self._spans
        elif self.needs is None:
            spans = None
        else:
            self._article = article
            spans = self._spans = article.spans(self.needs, self.needs_folded)
        if spans is not None:
            needs_at = spans[0]
            i = bisect_left(needs_at, start)
            if i == len(needs_at) or spans[1][i] > end:
                return None
        piece = text[start:end]
        lowered = article.lowered
        if self.fast is None or lowered is None:
            if self.starts is not None and self.fast is None and (lowered is not None or not self.needs_folded):
                return _first_at(self.pattern, piece, self._starts_of(article), start, end, start)
            return self._search(self.pattern, piece, 0, len(piece))
        if self.starts is not None:
            match = _first_at(self.fast, lowered[start:end], self._starts_of(article), start, end, start)
        else:
            match = self._search(self.fast, lowered[start:end], 0, len(piece))
        return None if match is None else OnText(match, piece)

    def may_match(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """False where pattern.search(text, start, end), or a search of text[start:end], surely
        finds nothing, for an article's text: a cheaper question than the search."""
        return self._may_match(folded.article(text), start, len(text) if end is None else end)

    def _may_match(self, article: _Article, start: int, end: int) -> bool:
        """False where [start, end) of the article holds none of the strings every match contains."""
        if self._article is not article:
            if self.needs is None:
                return True
            self._article, self._spans = article, article.spans(self.needs, self.needs_folded)
        spans = self._spans
        if spans is None:
            return True
        starts, ends = spans
        i = bisect_left(starts, start)
        return i < len(starts) and ends[i] <= end


def top_alternatives(pattern: re.Pattern[str]) -> list[re.Pattern[str]] | None:
    """The top-level alternatives of a pattern "a|b|c", each compiled alone with its flags; None
    where it has none, or they cannot be compiled alone (a group named in one, used in another)."""
    if pattern.flags & re.VERBOSE:
        return None
    source, parts, depth, begin, i = pattern.pattern, [], 0, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1  # an escaped character is no bracket, no bar
        elif char == "[":
            i = _class_end(source, i)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(source[begin:i])
            begin = i + 1
        i += 1
    parts.append(source[begin:])
    try:
        return [re.compile(part, pattern.flags) for part in parts] if len(parts) > 1 else None
    except re.error:
        return None


def _class_end(source: str, i: int) -> int:
    """Where the character class "[...]" opened at source[i] closes ("]" first in it is a literal)."""
    i += 2 if source[i + 1 : i + 2] == "^" else 1
    i += 1 if source[i : i + 1] == "]" else 0
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i


class FoldedAlternatives:
    """A pattern "a|b|c" searched as its top-level alternatives, each a FoldedPattern with its own
    prefilter (an article seldom holds the words of more than a few): where the leftmost of their
    matches begins, the whole pattern's search finds its match (it tries its alternatives in turn
    at each place), so the whole is matched there once."""

    __slots__ = ("pattern", "fast", "alternatives")

    def __init__(self, pattern: re.Pattern[str], alternatives: list[re.Pattern[str]]) -> None:
        self.pattern, self.fast = pattern, fold_or_none(pattern)
        self.alternatives = [FoldedPattern(alternative) for alternative in alternatives]

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | OnText | None:
        """pattern.search(text, start, end) for an article's text."""
        end = len(text) if end is None else end
        found = [match.start() for match in (a.search(text, start, end) for a in self.alternatives) if match is not None]
        return self._match(text, folded(text), min(found), end) if found else None

    def search_slice(self, text: str, start: int, end: int) -> re.Match[str] | OnText | None:
        """pattern.search(text[start:end]), offsets the slice's, for a piece of an article."""
        found = [match.start() for match in (a.search_slice(text, start, end) for a in self.alternatives) if match is not None]
        if not found:
            return None
        lowered = folded(text)
        return self._match(text[start:end], None if lowered is None else lowered[start:end], min(found), end - start)

    def may_match(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """False where the pattern surely does not match in text[start:end] (see FoldedPattern)."""
        return any(alternative.may_match(text, start, end) for alternative in self.alternatives)

    def _match(self, text: str, lowered: str | None, at: int, end: int) -> re.Match[str] | OnText | None:
        """The whole pattern's match at `at`, over the fold where it has a lower-cased twin."""
        if self.fast is None or lowered is None:
            return self.pattern.match(text, at, end)
        match = self.fast.match(lowered, at, end)
        return None if match is None else OnText(match, text)


class FoldedPatterns:
    """The FoldedPattern of each of some patterns, looked up by the pattern itself: by identity
    first, as hashing a compiled pattern hashes its whole program (thousands of steps for a long
    alternation) on every lookup; an equal pattern that is another object is found as in a dict.
    A pattern in `split` is searched as its top-level alternatives (see FoldedAlternatives)."""

    __slots__ = ("_by_pattern", "_by_id")

    def __init__(self, patterns: Iterable[re.Pattern[str] | FastPattern], split: Iterable[re.Pattern[str]] = ()) -> None:
        self._by_pattern: dict[re.Pattern[str] | FastPattern, FoldedPattern | FoldedAlternatives] = {
            pattern: FoldedPattern(pattern) for pattern in patterns}
        for pattern in split:
            alternatives = top_alternatives(pattern)
            if alternatives is not None:
                self._by_pattern[pattern] = FoldedAlternatives(pattern, alternatives)
        # (the keys above keep the patterns alive, so no other object can take one's id)
        self._by_id = {id(pattern): searched for pattern, searched in self._by_pattern.items()}

    def __getitem__(self, pattern: re.Pattern[str]) -> FoldedPattern | FoldedAlternatives:
        searched = self._by_id.get(id(pattern))
        return searched if searched is not None else self._by_pattern[pattern]


# Past any string's end, as re's own `endpos` default.
_END = sys.maxsize


class FastPattern:
    """A stand-in for a compiled case-insensitive pattern that rule code calls as it would the
    pattern (search, match, fullmatch, finditer, findall; split and sub are the pattern's own):
    it runs as its lower-cased twin over the `fold` of the string (an article's is kept), which
    is faster where that is exact. Every match is the pattern's own, read from the string.
    With `prefilter`, a stretch of an article that holds none of the strings every match
    contains is not searched at all (worth it where those strings are rare)."""

    __slots__ = ("compiled", "fast", "searched", "pattern", "flags", "groups", "groupindex")

    def __init__(self, compiled: re.Pattern[str], prefilter: bool = False) -> None:
        self.compiled, self.fast = compiled, fold_or_none(compiled)
        self.searched = FoldedPattern(compiled, starts=False) if prefilter else None
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.groups, self.groupindex = compiled.groups, compiled.groupindex

    # (search and match, the commonest calls, are _run written out: a call and a getattr saved)
    def search(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | OnText | None:
        lowered = self._fold(string, pos, endpos)
        if lowered is False:
            return None
        if lowered is None:
            return self.compiled.search(string, pos, endpos)
        match = self.fast.search(lowered, pos, endpos)  # type: ignore[union-attr]
        return None if match is None else OnText(match, string)

    def match(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | OnText | None:
        lowered = self._fold(string, pos, endpos)
        if lowered is False:
            return None
        if lowered is None:
            return self.compiled.match(string, pos, endpos)
        match = self.fast.match(lowered, pos, endpos)  # type: ignore[union-attr]
        return None if match is None else OnText(match, string)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | OnText | None:
        return self._run("fullmatch", string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str] | OnText]:
        lowered = self._fold(string, pos, endpos)
        if lowered is False:
            return iter(())
        if lowered is None:
            return self.compiled.finditer(string, pos, endpos)
        return (OnText(match, string) for match in self.fast.finditer(lowered, pos, endpos))  # type: ignore[union-attr]

    def findall(self, string: str, pos: int = 0, endpos: int = _END) -> list[str | tuple[str, ...]]:
        matches = self.finditer(string, pos, endpos)
        if self.groups == 0:
            return [match.group() for match in matches]  # type: ignore[misc]
        if self.groups == 1:
            return [match.group(1) or "" for match in matches]  # type: ignore[misc]
        return [match.groups("") for match in matches]  # type: ignore[misc]

    def split(self, string: str, maxsplit: int = 0) -> list[str | None]:
        return self.compiled.split(string, maxsplit)

    def sub(self, repl, string: str, count: int = 0) -> str:  # type: ignore[no-untyped-def]
        return self.compiled.sub(repl, string, count)

    def __repr__(self) -> str:
        return f"FastPattern({self.compiled!r})"

    def _run(self, how: str, string: str, pos: int, endpos: int) -> re.Match[str] | OnText | None:
        """self.compiled.<how>(string, pos, endpos), over the fold where that is exact."""
        lowered = self._fold(string, pos, endpos)
        if lowered is False:
            return None
        if lowered is None:
            return getattr(self.compiled, how)(string, pos, endpos)  # type: ignore[no-any-return]
        match = getattr(self.fast, how)(lowered, pos, endpos)
        return None if match is None else OnText(match, string)

    def _fold(self, string: str, pos: int, endpos: int) -> str | None | Literal[False]:
        """The `fold` of string where the pattern has a lower-cased twin: an article's as kept,
        another string's where it is not much longer than the part of it searched (else None);
        False where the prefilter tells that string[pos:endpos], of an article, holds no match."""
        searched = self.searched
        if self.fast is None and searched is None:
            return None
        last = folded._last  # (folded.known written out: most strings asked of are the last article)
        article = last if last is not None and last.text is string else folded.known(string)
        if article is not None:
            if searched is not None and not searched._may_match(article, max(pos, 0), min(endpos, len(string))):
                return False
            return article.lowered if self.fast is not None else None
        if self.fast is None or len(string) > 4 * (min(endpos, len(string)) - max(pos, 0)) + 64:
            return None
        return fold(string)


class DisjointSpans:
    """Spans taken first come, first kept, none overlapping another. They are kept sorted, so the
    one that starts last before a new span's end is the only one that can overlap it (a
    bisection, not a scan of all)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        """Start with `spans` taken: sorted, none overlapping another (as found by `take`)."""
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in spans:
            self._starts.append(start)
            self._ends.append(end)

    def free(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps none of the spans taken."""
        k = bisect_left(self._starts, end)  # the spans taken before k begin before `end`
        return not (k and self._ends[k - 1] > start)

    def take(self, start: int, end: int) -> None:
        """Take [start, end), a span that is free."""
        k = bisect_left(self._starts, end)
        self._starts.insert(k, start)
        self._ends.insert(k, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
