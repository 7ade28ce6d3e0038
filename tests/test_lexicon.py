"""Phrase lexicons compiled as tries match what a longest-first alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import whole_words
from kg.lexicon import phrase_regex

WORD = st.text(alphabet="aAbBđĐộ", min_size=1, max_size=3)
PHRASE = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
TEXT = st.lists(st.sampled_from(["a", "A", "b", "B", "đ", "Đ", "ộ", " ", "  ", ",", "\n", "x"]), max_size=40).map("".join)


def alternation(phrases, ignore_case):
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE if ignore_case else 0)


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=8), TEXT, st.booleans())
def test_trie_matches_like_the_alternation(phrases, text, ignore_case):
    spans = [m.span() for m in phrase_regex(phrases, ignore_case).finditer(text)]
    assert spans == [m.span() for m in alternation(phrases, ignore_case).finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=6), TEXT)
def test_whole_words_finds_what_an_exact_alternation_finds(phrases, text):
    ordered = sorted(set(phrases), key=len, reverse=True)
    exact = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, ordered))})(?!\w)")
    assert [(start, end) for start, end, _ in whole_words(text, phrases)] == [m.span() for m in exact.finditer(text)]
