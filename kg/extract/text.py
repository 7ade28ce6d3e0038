"""Sentences, capitalised runs and clauses of Vietnamese news text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from ..fastmatch import may_match

WORD = re.compile(r"\w+(?:[’'\-]\w+)*")
# the capital letters of the Latin, Greek and Cyrillic scripts (Vietnamese ones among them): a range
# such as À-Ỹ holds small letters too (ạ, ả, ...), so the class is made from what Unicode says is upper case
CAPITALS = "".join(c for c in map(chr, range(0x41, 0x2000)) if c.isupper())
# group 1 is the gap between sentences; opening with the stop itself lets the engine skip to it
SENTENCE_END = re.compile(rf"[.!?…]([\"”’)]*\s+)(?=[\"“(]?[{re.escape(CAPITALS)}0-9])")
ROMAN = re.compile(r"^[IVX]{1,5}$")


@dataclass
class Sentence:
    text: str
    index: int
    paragraph: int


def split_sentences(text: str, lex) -> list[Sentence]:
    """The sentences of a story, paragraph by paragraph; a stop after one of the language's
    abbreviations ("TP.", "Gen.", "U.S.") or an initial does not end a sentence."""
    sentences: list[Sentence] = []
    abbreviation, width = lex.abbreviation_re, lex.abbreviation_width
    for number, paragraph in enumerate(p for p in text.split("\n") if p.strip()):
        start = 0
        for match in SENTENCE_END.finditer(paragraph):
            end = match.start(1)
            if abbreviation.search(paragraph, max(start, end - width), end):
                continue
            sentences.append(Sentence(paragraph[start:end].strip(), len(sentences), number))
            start = match.end()
        rest = paragraph[start:].strip()
        if rest:
            sentences.append(Sentence(rest, len(sentences), number))
    return sentences


@dataclass(slots=True)
class Word:
    text: str
    start: int
    end: int
    capitalised: bool


class Words:
    """The words of text[start:end], at most `most` of them, read only as far as they are asked for:
    a name mostly follows its title within a few words."""

    def __init__(self, text: str, start: int, end: int, most: int) -> None:
        self._matches = islice(WORD.finditer(text, start, end), most)
        self._read: list[Word] = []

    def get(self, k: int) -> Word | None:
        while len(self._read) <= k:
            m = next(self._matches, None)
            if m is None:
                return None
            self._read.append(Word(w := m.group(), m.start(), m.end(), w[0].isupper()))
        return self._read[k]


def is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and not ROMAN.match(word)


def before(text: str, position: int, width: int = 64) -> str:
    """The few words before a position: patterns anchored at its end need look no further back."""
    return text[max(0, position - width):position]


# letters that are not a Latin letter with a mark Unicode can take off: "Høglund", "Łukasz", "Đặng"
UNMARKED = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "Ae",
                          "œ": "oe", "Œ": "Oe", "ß": "ss", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"})


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """The word without diacritics: 'António' -> 'Antonio', 'Nguyễn' -> 'Nguyen', 'Høglund' -> 'Hoglund'."""
    decomposed = unicodedata.normalize("NFKD", word.translate(UNMARKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_ascii_name_word(word: str) -> bool:
    return word.isascii() or all(c.isascii() or c in "’'" for c in word)


def clauses(text: str, lex) -> list[tuple[int, int, bool]]:
    """Spans of the clauses of a sentence: (start, end, continues) where continues says that the
    clause carries on the previous one (a list after ';'), not a new subordinate piece ('cũng như')."""
    if not may_match(lex.grammar_anchors("clause_break"), text):  # most sentences are one clause
        return [(0, len(text), False)]
    spans, start, continues = [], 0, False
    for match in lex.grammar["clause_break"].finditer(text):
        spans.append((start, match.start(), continues))
        start = match.end()
        continues = not lex.grammar["subordinate_clause"].search(match.group())
    spans.append((start, len(text), continues))
    return spans


def clause_at(text: str, position: int, lex) -> tuple[int, int]:
    for start, end, _ in clauses(text, lex):
        if start <= position <= end:
            return start, end
    return 0, len(text)
