"""Phrase lexicons compiled as tries match what a longest-first alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import whole_words
from kg.fastmatch import (
    AnchorIndex,
    EndAnchored,
    PhraseScanner,
    anchors,
    case_folded,
    compile_guarded,
    may_match,
    phrase_regex,
)

# letters of one case class written several ways: i I İ ı, s S ſ, k K K (Kelvin sign), ß ẞ, µ μ Μ
WORD = st.text(alphabet="aAbBđĐộiIİısSſkKKßẞµμΜ", min_size=1, max_size=3)
PHRASE = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
CHARS = ["a", "A", "b", "B", "đ", "Đ", "ộ", " ", "  ", ",", "\n", "x", "i", "I", "İ", "ı", "s", "ſ", "K", "k",
         "ß", "ẞ", "µ", "Μ", "_", "1", "Ⅻ", "ⓐ", "Ⓐ"]
TEXT = st.lists(st.sampled_from(CHARS), max_size=40).map("".join)


def test_folding_keeps_what_is_a_word_character():
    """Ignoring case, phrases are found in case_folded() text: word edges must stay where they were."""
    cased = [chr(c) for c in range(0x1F000) if case_folded(chr(c)) != chr(c)]
    assert len(cased) > 1000
    word = re.compile(r"\w")
    assert [c for c in cased if bool(word.match(c)) != bool(word.match(case_folded(c)))] == []


def test_folding_by_lower_case_equals_folding_by_the_table():
    from kg.fastmatch import _fold_table

    table = _fold_table()
    chars = [chr(c) for c in range(0x1F000) if not 0xD800 <= c < 0xE000]
    assert [c for c in chars if case_folded(c) != c.translate(table)] == []
    everything = "".join(chars).replace("İ", "")  # without 'İ', which lower() makes two characters
    assert len(everything.lower()) == len(everything)
    assert case_folded(everything) == everything.translate(table)
    for text in ("ΑΣ ΑΣΑ Σ", "Straße İstanbul ſ K µ", "ǅ ᾈ ΐ", "Bộ trưởng NGOẠI GIAO"):
        assert case_folded(text) == text.translate(table)


def alternation(phrases, ignore_case):
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE if ignore_case else 0)


@settings(max_examples=1000, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=8), TEXT, st.booleans())
def test_trie_matches_like_the_alternation(phrases, text, ignore_case):
    spans = [m.span() for m in phrase_regex(phrases, ignore_case).finditer(text)]
    assert spans == [m.span() for m in alternation(phrases, ignore_case).finditer(text)]


def same_hits(scanned, trie, text: str, pos: int, endpos: int) -> None:
    """finditer, search and match from pos to endpos give the spans the trie gives."""
    wanted = [m.span() for m in trie.finditer(text, pos, endpos)]
    assert [h.span() for h in scanned.finditer(text, pos, endpos)] == wanted
    for method in ("search", "match"):
        a, b = getattr(scanned, method)(text, pos, endpos), getattr(trie, method)(text, pos, endpos)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group()))


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_lexicons_read_from_one_scan_find_what_their_tries_find(data):
    lexicons = data.draw(st.lists(st.lists(PHRASE, min_size=1, max_size=4), min_size=1, max_size=3))
    words = sorted({w for group in lexicons for p in group for w in p.split()})
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(words).map(str.upper), st.sampled_from(CHARS))
    spaced = data.draw(st.booleans())  # words and single spaces, or anything between them
    text = (" " if spaced else "").join(data.draw(st.lists(pieces, max_size=20)))
    pos, endpos = data.draw(st.integers(0, 10)), data.draw(st.integers(0, 60))
    folded = data.draw(st.booleans())  # an anchor piece looked for in the folded text, or as written
    piece = data.draw(st.sampled_from(words).map(case_folded if folded else str.upper))
    ignore_case = data.draw(st.lists(st.booleans(), min_size=len(lexicons), max_size=len(lexicons)))
    scanner = PhraseScanner()
    scanned = [scanner.phrases(group, ignore) for group, ignore in zip(lexicons, ignore_case)]
    anchor = scanner.piece(piece, folded)
    for group, ignore, found in zip(lexicons, ignore_case, scanned):
        same_hits(found, phrase_regex(group, ignore), text, pos, endpos)
    assert (anchor in scanner.occurrences(text)[1]) == (piece in (case_folded(text) if folded else text))


def test_the_lexicons_scanned_in_each_sentence_find_what_their_tries_find():
    from kg.lexicon import lexicon

    lex = lexicon()
    scanned = [lex.title_re, lex.level_re, lex.both_sides_re, lex.honorific_re, *lex.cue_re.values()]
    lines = sample_sentences()
    for line in lines + [line.upper() for line in lines] + [line.swapcase() for line in lines]:
        for found in scanned:
            for pos in range(0, len(line), 7):
                same_hits(found, found.trie, line, pos, pos + 60)
            same_hits(found, found.trie, line, 0, len(line))
    # only single spaces are read from the scan; any other white space goes to the trie
    for code in range(0x110000):
        assert chr(code) == " " or not chr(code).isspace() or not chr(code).isprintable()


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=6), TEXT)
def test_whole_words_finds_what_an_exact_alternation_finds(phrases, text):
    ordered = sorted(set(phrases), key=len, reverse=True)
    exact = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, ordered))})(?!\w)")
    assert [(start, end) for start, end, _ in whole_words(text, phrases)] == [m.span() for m in exact.finditer(text)]


def data_patterns() -> list[tuple[str, int]]:
    """Every pattern of every language's data files, as written there (date patterns with their names)."""
    from kg.lexicon import LANGUAGES, lexicon, read_table

    rows = []
    for lang in LANGUAGES:
        rows += [(r["pattern"], 0) for name in ("event_triggers.tsv", "grammar.tsv")
                 for r in read_table(f"{lang}/{name}")]
        rows += [(lexicon(lang).spelled(r["pattern"]), 0) for r in read_table(f"{lang}/date_patterns.tsv")]
        rows += [(rf"(?<!\w)(?:{r['pattern']})" + (r"\s*$" if r["kind"] == "frame" else ""), re.I)
                 for r in read_table(f"{lang}/event_context.tsv")]
    return rows


def sample_sentences() -> list[str]:
    """The lines of the bundled sample articles, Vietnamese and English."""
    from conftest import EXAMPLES

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.rglob("*.txt")))
    return [line for line in text.splitlines() if line.strip()]


def agree(pattern: str, flags: int, text: str) -> None:
    """The guarded pattern matches as the plain one, and its anchors never rule a match out."""
    plain, guarded = re.compile(pattern, flags), compile_guarded(pattern, flags)
    found = [m.span() + m.groups() for m in plain.finditer(text)]
    assert found == [m.span() + m.groups() for m in guarded.finditer(text)], pattern
    if found:
        assert may_match(anchors(guarded), text, case_folded(text)), pattern
    if isinstance(guarded, EndAnchored):  # searched as the callers do: on the words before a position
        for cut in [len(text)] + [m.end() for m in re.finditer(r"\s+", text)]:
            for pos, endpos in ((0, cut), (cut // 2, len(text))):
                wanted, got = plain.search(text[:cut], pos, endpos), guarded.search(text[:cut], pos, endpos)
                assert (wanted and wanted.span() + wanted.groups()) == (got and got.span() + got.groups()), pattern


def test_guarded_patterns_match_as_the_plain_ones_on_real_text():
    lines = sample_sentences()
    variants = lines + [line.upper() for line in lines] + [line.swapcase() for line in lines]
    for pattern, flags in data_patterns():
        for line in variants:
            agree(pattern, flags, line)


SPECIAL = ["ſ", "K", "İ", "ǅ", "ẞ", "ß", "ı", "Ω", "٣", "\u00a0", "\u2003", "\x1c", "\n", "Đ", "đ", "Ặ", "ặ",
           "1", "/", "(", ")", " ", ",", "."]


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_guarded_patterns_match_as_the_plain_ones_on_odd_text(data):
    words = sorted({w for line in sample_sentences()[:40] for w in line.split()})[:400]
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(SPECIAL), st.sampled_from(words).map(str.upper))
    text = " ".join(data.draw(st.lists(pieces, max_size=25)))
    for pattern, flags in data_patterns():
        agree(pattern, flags, text)


def test_a_guard_is_a_lookahead_of_first_characters():
    guarded = compile_guarded(r"(?i:hội đàm|gặp gỡ)")
    assert guarded.pattern.startswith("(?=[") and "H" in guarded.pattern and "g" in guarded.pattern
    assert compile_guarded(r"^(?:tại|ở)$").pattern == r"^(?:tại|ở)$"  # anchored: nothing to gain
    assert compile_guarded(r"(?:a)?").pattern == r"(?:a)?"  # may match nothing: no guard
    assert "İ" in compile_guarded(r"(?<!\w)(?i:in|im)").pattern  # the engine takes 'İ' for 'i'
    assert compile_guarded(r"(?<!\d)(?:ngày\s+)?(\d{1,2})/").pattern.startswith(r"(?=[\dn])")  # digits: one test
    assert compile_guarded(r"(?a)(?<!\d)(?u:\d)").pattern == r"(?a)(?<!\d)(?u:\d)"


def test_patterns_ending_at_the_end_are_searched_from_near_it():
    assert compile_guarded(r"(?i)(?:của|với)\s+$").width == 3
    assert compile_guarded(r"(?<!\w)cố\s*\Z").width == 2
    assert not isinstance(compile_guarded(r"(?:đã|khi)\s+(?:\S+\s+){0,6}$"), EndAnchored)  # unbounded
    assert not isinstance(compile_guarded(r"(?m)của\s+$"), EndAnchored)  # '$' at every line's end
    assert not isinstance(compile_guarded(r"của$|với"), EndAnchored)
    # str.rstrip() removes all that '\s' matches, so no match starts before the search does;
    # and what '\w' matches is what the officials' reader steps over by hand
    for code in range(0x110000):
        char = chr(code)
        assert bool(re.match(r"\s", char)) == char.isspace()
        assert bool(re.match(r"\w", char)) == (char.isalnum() or char == "_")


def test_anchors_are_the_text_every_match_holds():
    # the longest of the pieces every match must hold: here one of the two verbs
    assert {p.casefold() for p, _ in anchors(re.compile(r"(?i:hội đàm|gặp gỡ)\s+với"))} == {"hội đàm", "gặp gỡ"}
    assert {p for p, _ in anchors(re.compile(r"Hội nghị|Diễn đàn"))} == {"Hội nghị", "Diễn đàn"}
    assert anchors(re.compile(r"\d+")) is None
    text = "ĐOÀN SANG THĂM İSTANBUL"
    assert may_match(anchors(re.compile(r"(?i)sang thăm")), text, case_folded(text))
    assert not may_match(anchors(re.compile(r"(?i)hội đàm")), text, case_folded(text))


def test_an_anchor_index_tells_the_patterns_each_pattern_s_anchors_allow():
    from kg.lexicon import lexicon

    lex = lexicon()
    for table in ([p for *_, p in lex.triggers], [p for *_, p in lex.date_patterns]):
        index = AnchorIndex(table, PhraseScanner())
        for line in sample_sentences() + ["CHUYẾN THĂM", "thăm", "cuộc gọi video", "", "Hội  nghị\n(ngày 3/4)"]:
            folded = case_folded(line)
            assert index.candidates(line) == {n for n, pieces in enumerate(table) if may_match(pieces, line, folded)}


def test_phrases_ignoring_case_search_and_match_as_an_alternation_from_any_position():
    from kg.lexicon import read_table

    lines = sample_sentences()
    variants = lines + [line.upper() for line in lines] + [line.swapcase() for line in lines]
    tables = (("titles.tsv", "title"), ("cooperation_areas.tsv", "phrase"), ("commitment_cues.tsv", "phrase"))
    for table, column in ((f"{lang}/{name}", column) for lang in ("vi", "en") for name, column in tables):
        phrases = [r[column] for r in read_table(table)]
        folded, plain = phrase_regex(phrases, True), alternation(phrases, True)
        for line in variants:
            for pos in range(0, len(line), 5):
                end = pos + 60
                assert [m.span() for m in folded.finditer(line, pos, end)] == \
                       [m.span() for m in plain.finditer(line, pos, end)]
                for method in ("search", "match"):
                    a, b = getattr(folded, method)(line, pos), getattr(plain, method)(line, pos)
                    assert (a and (a.span(), a.group())) == (b and (b.span(), b.group()))


def test_every_language_names_the_same_grammar_patterns_each_once():
    """The reader asks each language for the same patterns by name; a name given twice in a file
    would silently replace the first pattern."""
    from kg.lexicon import LANGUAGES, read_table

    names = {}
    for lang in LANGUAGES:
        rows = [r["name"] for r in read_table(f"{lang}/grammar.tsv")]
        assert len(rows) == len(set(rows)), lang
        names[lang] = set(rows)
    assert all(found == names["vi"] for found in names.values())


def test_no_title_is_listed_twice():
    from collections import Counter

    from kg.lexicon import read_table

    for lang in ("vi", "en"):
        counts = Counter(row["title"].casefold() for row in read_table(f"{lang}/titles.tsv"))
        assert [title for title, n in counts.items() if n > 1] == []
