"""Fast matching of the lexicons: regular expressions written so Python's engine can skip text quickly.

The engine scans a sentence position by position. For a pattern opening with a literal or a
character set it jumps straight to the positions that can start a match; for one opening
with a look-behind, a case-insensitive group ('(?i:hội đàm|gặp gỡ)') or a long alternation it
tries every alternative at every position. The helpers here spare it that: phrase lists become
tries that open with a literal, and phrase lists matched ignoring case are looked for in
case-folded text; other patterns get a lookahead of the characters a match can start with; and
anchors() names the text every match holds, so a sentence without it need not be scanned at
all. The lexicons read in every sentence, and those anchors, are found in one pass over it
(PhraseScanner, an Aho-Corasick automaton). None of this changes what matches (tests/test_lexicon.py).
"""

from __future__ import annotations

import sys

# This module reads patterns with CPython's own, private, regular-expression internals, which may change in
# any release: these, on these versions only. To support a new version, add it and run the tests under it
# (tests/test_fastmatch_versions.py runs this module's checks under every listed version found).
INTERNALS = ("re._parser (parse, SubPattern.getwidth)", "re._constants (the opcodes)",
             "re._casefix._EXTRA_CASES", "_sre.unicode_tolower")
SUPPORTED_PYTHON = ((3, 11), (3, 12), (3, 13))


def check_python(version: tuple[int, ...] = tuple(sys.version_info[:2]), implementation: str = sys.implementation.name,
                 ) -> None:
    """ImportError, saying why, on an interpreter whose internals the matcher is not tested with."""
    if implementation != "cpython" or tuple(version[:2]) not in SUPPORTED_PYTHON:
        found = f"{implementation} {'.'.join(map(str, version[:2]))}"
        supported = ", ".join(f"{major}.{minor}" for major, minor in SUPPORTED_PYTHON)
        raise ImportError(f"diplokg runs on CPython {supported}, not {found}: its fast matcher (kg/fastmatch.py) "
                          f"builds on CPython's private {', '.join(INTERNALS)}")


check_python()

import _sre
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property, lru_cache
from re import _casefix, _parser
from re import _constants as sre  # the parser's opcodes; stable since Python 3.11

import ahocorasick

FLAG_PREFIX = re.compile(r"^\(\?[aiLmsux]+\)")
WHITE_SPACE = re.compile(r"\s+")
MAX_FIRST = 64  # a longer set of first characters is not worth a lookahead
DIGIT = r"\d"  # stands for the digits among first characters


def single_spaced(text: str) -> str:
    """Each run of white space as one space: a phrase as the lexicons write it."""
    if "  " not in text and text.isprintable():  # no white space but single spaces: most texts
        return text
    return WHITE_SPACE.sub(" ", text)


def phrase_regex(phrases, ignore_case: bool = False) -> re.Pattern | FoldedPhrases:
    """Whole-word phrases, any space in them matching any run of white space; where phrases
    overlap, the longest reading wins. Written as a trie ('Bộ trưởng( Ngoại giao)?' rather than
    an alternation of every phrase), which the engine rejects at the first character that fits
    no phrase: several times faster on lexicons of a hundred phrases."""
    if ignore_case:
        return FoldedPhrases(phrases)
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for symbol in " ".join(phrase.split()):
            node = node.setdefault(symbol, {})
        node[""] = {}
    # The look-behind after the first character (there is one: no phrase is empty) leaves the
    # pattern opening with a literal, so the engine jumps to where a phrase can start.
    first = [re.escape(symbol) + r"(?<!\w.)" + _trie_pattern(child) for symbol, child in sorted(trie.items())]
    return re.compile(rf"(?:{'|'.join(first)})(?!\w)")


class FoldedPhrases:
    """phrase_regex ignoring case. Ignoring case, the engine tries every phrase at every position;
    so the phrases, folded (case_folded), are looked for case-sensitively in the folded text,
    which has the same length: each match found there is a Hit on the text as written."""

    def __init__(self, phrases) -> None:
        self.folded = phrase_regex([case_folded(p) for p in phrases])

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Hit]:
        for found in self.folded.finditer(case_folded(text), pos, endpos):
            yield Hit(text, *found.span())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Hit | None:
        found = self.folded.search(case_folded(text), pos, endpos)
        return found and Hit(text, *found.span())

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Hit | None:
        found = self.folded.match(case_folded(text), pos, endpos)
        return found and Hit(text, *found.span())


def _phrase_key(text: str) -> str:
    return " ".join(case_folded(text).split())


class Hit:
    """Where a phrase was found, answering as a match object does (start, end, span, group)."""

    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self.string[self._start:self._end]


WORD_AT = re.compile(r"\w+")


class NameMatcher:
    """Names matched as written and as whole words, the longest at each place: the thousands of names
    of states, bodies and places. An Aho-Corasick automaton finds them in one pass over a text, or
    over the few characters after a place where one may start; a trie regular expression of them
    takes seconds to compile and is slower to run."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(" ".join(n.split()) for n in names if n.strip())
        self._automaton = ahocorasick.Automaton()
        for name in self.names:
            self._automaton.add_word(name, len(name))
        self._longest = max(map(len, self.names), default=0)
        self._openers = frozenset(WORD_AT.match(name).group() for name in self.names if WORD_AT.match(name))
        if self.names:
            self._automaton.make_automaton()

    def __contains__(self, name: str) -> bool:
        return name in self.names

    def _spans(self, text: str, pos: int, end: int) -> Iterator[tuple[int, int]]:
        """Every name as a whole word within text[pos:end]."""
        if not self.names or pos >= end:
            return
        for last, length in self._automaton.iter(text, pos, end):
            start, stop = last + 1 - length, last + 1
            if (start and is_word_char(text[start - 1]) and is_word_char(text[start])) or \
                    (stop < len(text) and is_word_char(text[stop]) and is_word_char(text[last])):
                continue
            yield start, stop

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Hit | None:
        """The longest name that starts at pos as a whole word (and ends by endpos)."""
        opening = WORD_AT.match(text, pos)
        if opening and opening.group() not in self._openers:  # no name starts with this word: most words
            return None
        end = min(len(text) if endpos is None else endpos, pos + self._longest)
        stops = [stop for start, stop in self._spans(text, pos, end) if start == pos]
        return Hit(text, pos, max(stops)) if stops else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Hit]:
        """Every name in text[pos:endpos], left to right, the longest where they overlap."""
        spans = sorted(self._spans(text, pos, len(text) if endpos is None else endpos),
                       key=lambda span: (span[0], -span[1]))
        reached = pos
        for start, stop in spans:
            if start >= reached:
                reached = stop
                yield Hit(text, start, stop)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Hit | None:
        return next(self.finditer(text, pos, endpos), None)

    def masked(self, text: str) -> str:
        """The text with each name found in it blanked out (spaces, so positions hold)."""
        pieces, at = [], 0
        for hit in self.finditer(text):
            pieces += [text[at:hit.start()], " " * (hit.end() - hit.start())]
            at = hit.end()
        return "".join(pieces) + text[at:]


class PhraseScanner:
    """Phrase lexicons and the anchor pieces of patterns, found in one pass over a text: an
    Aho-Corasick automaton (pyahocorasick, in C) over their folded forms reports every occurrence of
    each, where the tries take a pass per lexicon and anchors a search per piece. What a lexicon's
    trie finds is then picked from those occurrences (ScannedPhrases). Worked out once per text: the
    readers ask about the same sentence one after another."""

    def __init__(self) -> None:
        self._entries: dict[str, list[tuple[int, str | None]]] = {}  # folded key: (slot, text as written)
        self._whole_words: list[bool] = []  # per slot: phrases (whole words) or pieces (any text)
        self._automaton: ahocorasick.Automaton | None = None

    def phrases(self, phrases: Iterable[str], ignore_case: bool = True) -> ScannedPhrases:
        """phrase_regex(phrases, ignore_case), read from this scanner's pass; a phrase matched with
        regard to case is checked against the text as written."""
        phrases = list(phrases)
        keys = [(_phrase_key(p), None if ignore_case else " ".join(p.split())) for p in phrases]
        return ScannedPhrases(self, self._slot(keys, True), lambda: phrase_regex(phrases, ignore_case))

    def piece(self, text: str, folded: bool) -> int:
        """A slot for an anchor piece, looked for in case_folded() text (folded) or as written."""
        return self._slot([(text, None)] if folded else [(case_folded(text), text)], False)

    def _slot(self, keys: list[tuple[str, str | None]], whole_words: bool) -> int:
        """keys: (folded key, the text as written where case counts)."""
        if self._automaton is not None:  # texts already scanned would keep what they were found to hold
            raise RuntimeError("every lexicon is added to a scanner before it first scans")
        slot = len(self._whole_words)
        self._whole_words.append(whole_words)
        for key, written in dict.fromkeys(keys):
            self._entries.setdefault(key, []).append((slot, written))
        return slot

    def build(self) -> None:
        """Make the automaton once every slot is added (worker processes forked later share it)."""
        self._automaton = ahocorasick.Automaton()
        for key, entries in self._entries.items():
            self._automaton.add_word(key, (len(key), tuple(entries)))
        self._automaton.make_automaton()

    def occurrences(self, text: str) -> tuple[bool, dict[int, list[tuple[int, int]]]]:
        """Whether the text's only white space is single spaces, and the slots found in it: for phrases,
        the spans of their occurrences that start a word (where one ends depends on the window searched),
        by start, longest first."""
        return _occurrences(self, text)


@lru_cache(maxsize=256)
def _occurrences(scanner: PhraseScanner, text: str) -> tuple[bool, dict[int, list[tuple[int, int]]]]:
    if scanner._automaton is None:
        scanner.build()
    folded, whole_words = case_folded(text), scanner._whole_words
    found: dict[int, list[tuple[int, int]]] = {}
    for last, (length, entries) in scanner._automaton.iter(folded):
        start = last + 1 - length
        starts_word = not (start and is_word_char(folded[start - 1]))
        for slot, written in entries:
            if written is not None and not text.startswith(written, start):
                continue
            if not whole_words[slot]:
                found[slot] = []  # a piece: only whether it is there counts
            elif starts_word:
                found.setdefault(slot, []).append((start, last + 1))
    for spans in found.values():
        if len(spans) > 1:
            spans.sort(key=lambda span: (span[0], -span[1]))
    return text.isprintable() and "  " not in text, found  # isprintable: no white space but ' '


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches (tests/test_lexicon.py)


class ScannedPhrases:
    """A lexicon of phrases, its hits picked from a PhraseScanner's occurrences as its trie picks
    them: leftmost, then longest, not overlapping, ending a word within the window (a match may end
    where the window does). In a text with white space other than single spaces, the trie itself
    searches (a space of a phrase stands for any run of white space), compiled when first needed: a
    trie of thousands of phrases takes a second to compile, and most texts never need it."""

    def __init__(self, scanner: PhraseScanner, slot: int, trie: Callable[[], re.Pattern | FoldedPhrases]) -> None:
        self.scanner, self.slot, self._make_trie = scanner, slot, trie

    @cached_property
    def trie(self) -> re.Pattern | FoldedPhrases:
        return self._make_trie()

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[Hit]:
        spaced_singly, found = _occurrences(self.scanner, text)
        if not spaced_singly:
            return self.trie.finditer(text, pos, endpos)
        spans = found.get(self.slot)
        return _picked(text, spans, pos, endpos) if spans else iter(())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Hit | None:
        return next(self.finditer(text, pos, endpos), None)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Hit | None:
        hit = self.search(text, pos, endpos)
        return hit if hit and hit.start() == pos else None


def _picked(text: str, spans: list[tuple[int, int]], pos: int, endpos: int) -> Iterator[Hit]:
    """The hits among a lexicon's occurrences (by start, longest first) within text[pos:endpos]."""
    limit, taken = min(endpos, len(text)), pos
    for start, end in spans:
        if start >= taken and end <= limit and (end == limit or not is_word_char(text[end])):
            yield Hit(text, start, end)
            taken = end


def _trie_pattern(node: dict) -> str:
    """A trie as a regular expression; a phrase's end is optional after its longer continuations,
    so a greedy match tries the longest phrase first, as a longest-first alternation does."""
    branches = [(r"\s+" if symbol == " " else re.escape(symbol)) + _trie_pattern(child)
                for symbol, child in sorted(node.items()) if symbol]
    if not branches:
        return ""
    if "" not in node:
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{'|'.join(branches)})?"


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern | EndAnchored:
    """The pattern, made quicker to search without changing what it finds: preceded by a
    lookahead of the characters its matches can start with where it opens case-insensitively
    or with a look-behind (the engine already skips quickly to a case-sensitive literal or set
    opening a pattern, and a lookahead of many characters is slower than none);
    searched from near the end when every match ends there (EndAnchored)."""
    plain = re.compile(pattern, flags)
    ignore_case = bool(plain.flags & re.IGNORECASE)
    try:
        parsed = _parser.parse(pattern, flags)
        items = parsed.data
        first = _first(items, ignore_case)
        width = _width_before_end(parsed)
    except (re.error, ValueError, TypeError, AttributeError):
        return plain
    guarded = plain
    opener = items[0] if items else (None, None)
    slow_opener = opener[0] in (sre.AT, sre.ASSERT, sre.ASSERT_NOT) or ignore_case or (
        opener[0] is sre.SUBPATTERN and _scoped_ignore_case(opener[1], ignore_case))
    if first and DIGIT in first and plain.flags & re.ASCII:
        first = None  # a part under '(?u:...)' may take digits the lookahead's ASCII '\d' does not
    if first and len(first) <= MAX_FIRST and slow_opener and opener != (sre.AT, sre.AT_BEGINNING):
        opening = FLAG_PREFIX.match(pattern)
        head, rest = (opening.group(), pattern[opening.end():]) if opening else ("", pattern)
        chars = "".join(c if c == DIGIT else re.escape(c) for c in sorted(first))
        guarded = re.compile(f"{head}(?=[{chars}])(?:{rest})", flags)
    return guarded if width is None else EndAnchored(guarded, width)


class EndAnchored:
    """A pattern every match of which ends at the end of the text, white space aside, and spans at
    most `width` characters before that white space ('(?i)(?:của|với)\\s+$'). The engine tries every
    position from the first; no match can start further back than `width` from the text's last
    non-space character, so search() starts there and finds the same match."""

    def __init__(self, compiled: re.Pattern, width: int) -> None:
        self.compiled, self.width = compiled, width
        self.pattern, self.flags = compiled.pattern, compiled.flags

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        body = len((text if endpos >= len(text) else text[:endpos]).rstrip())
        return self.compiled.search(text, max(pos, body - self.width), endpos)

    def match(self, *args) -> re.Match | None:
        return self.compiled.match(*args)

    def finditer(self, *args) -> Iterator[re.Match]:
        return self.compiled.finditer(*args)

    def sub(self, *args) -> str:
        return self.compiled.sub(*args)


def _width_before_end(parsed) -> int | None:
    """For a pattern ending in white space and '$' (or '\\Z'), the most characters the rest can span;
    None for any other pattern, or when the rest is unbounded."""
    items = list(parsed.data)
    if parsed.state.flags & re.MULTILINE or not items or items[-1] not in ((sre.AT, sre.AT_END),
                                                                             (sre.AT, sre.AT_END_STRING)):
        return None
    items.pop()
    while items and _only_white_space(*items[-1]):
        items.pop()
    width = _parser.SubPattern(parsed.state, items).getwidth()[1]
    return width if width < sre.MAXREPEAT else None


def _only_white_space(op, av) -> bool:
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return all(_only_white_space(*item) for item in _data(av[2]))
    if op is sre.IN:
        return all(kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE)
                   for kind, value in av)
    return op is sre.LITERAL and chr(av).isspace()


def _first(items: list, ignore_case: bool) -> set[str] | None:
    """The characters a match of a parsed sequence can start with; None when unknown or any,
    or when the sequence can match the empty string."""
    optional: set[str] = set()  # first characters of optional parts passed on the way
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character: the next item opens the match
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            part = _first(_data(av[2]), ignore_case)
            if part is None:
                return None
            if av[0] >= 1:
                return optional | part
            optional |= part
            continue
        part = _one(op, av, ignore_case)
        return None if part is None else optional | part
    return None


def _one(op, av, ignore_case: bool) -> set[str] | None:
    """The characters one parsed item that takes at least one character can start with."""
    if op is sre.LITERAL:
        return _cased(chr(av), ignore_case)
    if op is sre.IN:
        found: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                found |= _cased(chr(value), ignore_case)
            elif kind is sre.RANGE and value[1] - value[0] < MAX_FIRST:
                for code in range(value[0], value[1] + 1):
                    found |= _cased(chr(code), ignore_case)
            elif kind is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE):
                found |= _white_space()
            elif kind is sre.CATEGORY and value in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
                found.add(DIGIT)  # the class itself: hundreds of characters, one test
            else:
                return None
        return found
    if op is sre.BRANCH:
        found = set()
        for branch in av[1]:
            part = _first(_data(branch), ignore_case)
            if part is None:
                return None
            found |= part
        return found
    if op is sre.SUBPATTERN:
        return _first(_data(av[3]), _scoped_ignore_case(av, ignore_case))
    return None  # a back reference, any character, a category


def _scoped_ignore_case(group, ignore_case: bool) -> bool:
    """Whether a parsed group ('(?i:...)', '(?-i:...)') matches ignoring case."""
    _, add, remove, _ = group
    return (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE


@cache
def _white_space() -> frozenset[str]:
    """What \\s matches in a str pattern, by the engine's own answer (all of it lies below U+3001)."""
    return frozenset(re.findall(r"\s", "".join(map(chr, range(0x3001)))))


def _data(sub) -> list:
    return sub.data if hasattr(sub, "data") else sub


def _cased(char: str, ignore_case: bool) -> set[str]:
    """The characters the engine takes for char: itself, or, ignoring case, its case class."""
    return set(_case_classes().get(char, {char})) | {char} if ignore_case else {char}


@cache
def _case_classes() -> dict[str, frozenset[str]]:
    """Characters the engine matches case-insensitively, each with all it takes for it: the same
    lower case by the engine's own mapping ('İ' is 'i'), and its extra pairs ('s' and 'ſ').
    Every cased character lies below U+1F000."""
    by_lower: dict[int, set[int]] = {}
    for code in range(0x1F000):
        lower = _sre.unicode_tolower(code)
        if lower != code:
            by_lower.setdefault(lower, {lower}).add(code)
    classes: dict[str, frozenset[str]] = {}
    for lower in set(by_lower) | set(_casefix._EXTRA_CASES):
        group = set(by_lower.get(lower, {lower}))
        for extra in _casefix._EXTRA_CASES.get(lower, ()):
            group |= by_lower.get(extra, {extra})
        members = frozenset(chr(c) for c in group)
        for member in members:
            classes[member] = classes.get(member, frozenset()) | members
    return classes


@cache
def _fold_table() -> dict[int, str]:
    """Every cased character to one representative of its case class: its lower case where that
    is one character, so str.lower() does most of the folding; a word character for a word
    character (Greek iota's class holds a combining mark, which is not one and stays as it is)."""
    word = re.compile(r"\w")
    table = {}
    for c, group in _case_classes().items():
        same = [m for m in group if bool(word.match(m)) == bool(word.match(c))]
        lower = [m.lower() for m in same if len(m.lower()) == 1]
        representative = min(lower) if lower else min(same)
        if representative != c:
            table[ord(c)] = representative
    return table


@cache
def _left_by_lower() -> re.Pattern:
    """The characters str.lower() leaves that still fold to another ('ſ' to 's', 'ı' to 'i')."""
    left = sorted(chr(c) for c in _fold_table() if chr(c).lower() == chr(c))
    return re.compile("[" + "".join(re.escape(c) for c in left) + "]")


@lru_cache(maxsize=256)
def case_folded(text: str) -> str:
    """The text with each character replaced by its case class's representative, of the same length.
    Cached: the phrase, event and date readers fold the same sentences."""
    folded = text.lower()  # a tenth of the cost of translate()
    if len(folded) != len(text):  # 'İ' lowers to two characters
        return text.translate(_fold_table())
    return folded.translate(_fold_table()) if _left_by_lower().search(folded) else folded


Anchors = tuple[tuple[str, bool], ...]


def anchors(pattern: re.Pattern) -> Anchors | None:
    """Pieces of text one of which every match contains: (text, folded), folded meaning it is
    to be looked for in case_folded() text. None when no such piece is known. Checking them
    with 'in' costs far less than running a pattern that cannot match."""
    try:
        found = _required(_parser.parse(pattern.pattern, pattern.flags).data, bool(pattern.flags & re.IGNORECASE))
    except (re.error, ValueError, TypeError, AttributeError):
        return None
    return tuple(sorted(found)) if found else None


def may_match(pieces: Anchors | None, text: str, folded: str | None = None) -> bool:
    """Whether text holds one of the pieces (folded: case_folded(text), made here when needed)."""
    if pieces is None:
        return True
    for piece, fold in pieces:
        if fold and folded is None:
            folded = case_folded(text)
        if piece in (folded if fold else text):
            return True
    return False


class AnchorIndex:
    """Which of several patterns a text may match, by their anchors(): every piece is looked for in
    the scanner's one pass over the text, rather than with a search per piece."""

    def __init__(self, anchor_sets: list[Anchors | None], scanner: PhraseScanner) -> None:
        self.scanner = scanner
        self.always = frozenset(i for i, pieces in enumerate(anchor_sets) if pieces is None)
        slots: dict[tuple[str, bool], int] = {}
        self.patterns_of: dict[int, list[int]] = {}  # scanner slot: the patterns holding that piece
        for i, pieces in enumerate(anchor_sets):
            for piece in pieces or ():
                if piece not in slots:
                    slots[piece] = scanner.piece(*piece)
                self.patterns_of.setdefault(slots[piece], []).append(i)

    def candidates(self, text: str) -> set[int]:
        """The patterns that may match text."""
        found = set(self.always)
        for slot in _occurrences(self.scanner, text)[1]:
            found.update(self.patterns_of.get(slot, ()))
        return found


def _required(items: list, ignore_case: bool) -> set[tuple[str, bool]] | None:
    """The most telling set of pieces one of which every match of a parsed sequence contains."""
    options: list[set[tuple[str, bool]]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            options.append({("".join(run), ignore_case)})
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av).translate(_fold_table()) if ignore_case else chr(av))  # as case_folded() has it
            continue
        end_run()
        part = None
        if op is sre.SUBPATTERN:
            part = _required(_data(av[3]), _scoped_ignore_case(av, ignore_case))
        elif op is sre.BRANCH:
            parts = [_required(_data(branch), ignore_case) for branch in av[1]]
            part = set().union(*parts) if all(parts) else None
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            part = _required(_data(av[2]), ignore_case)
        if part:
            options.append(part)
    end_run()
    return max(options, key=lambda o: (min(len(p) for p, _ in o), -len(o))) if options else None
