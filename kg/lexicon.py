"""Language knowledge, read once from the data files beside this module.

kg/data/ holds what is the same in every language (parties, places, dates of relations, name
knowledge) and a folder per language (vi/, en/) with that language's lexicons: titles, event
words, date patterns, commitment cues, page furniture, grammar. A Lexicon is one language's.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from .fastmatch import (
    AnchorIndex,
    Anchors,
    NameMatcher,
    PhraseScanner,
    anchors,
    compile_guarded,
    is_word_char,
    phrase_regex,
    single_spaced,
)

DATA = Path(__file__).parent / "data"


LANGUAGES = ("vi", "en")


# Vietnamese writes the tone of an open "oa", "oe", "uy" on either vowel: "hòa"/"hoà", "Ủy"/"Uỷ". The data
# files write it on the first; pages of many outlets on the second. Every phrase is read in both ways.
NEW_STYLE_TONE = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌ][aAeE]|[ùúủũụÙÚỦŨỤ][yY])(?!\w)")
PHRASE_COLUMNS = ("phrase", "title", "description", "name")


def old_style(text: str) -> str:
    """The text with the tone of each open "oa", "oe", "uy" on the second vowel ("hòa" -> "hoà")."""
    def moved(m: re.Match) -> str:
        first, second = unicodedata.normalize("NFD", m.group()[0]), m.group()[1]
        return first[0] + unicodedata.normalize("NFC", second + first[1:])
    return NEW_STYLE_TONE.sub(moved, text)


def _both_styles(pattern: str) -> str:
    """A regular expression matching each open syllable of it in either tone placement."""
    return NEW_STYLE_TONE.sub(lambda m: f"(?:{m.group()}|{old_style(m.group())})", pattern)


def _with_old_style(items: list[str]) -> list[str]:
    return items + [v for item in items if (v := old_style(item)) != item]


def read_lines(name: str, missing_ok: bool = False) -> list[str]:
    """The lines of a data file, without comments and blank lines (each also in the old tone placement)."""
    path = DATA / name
    if missing_ok and not path.exists():
        return []
    return _with_old_style([line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                            if line.strip() and not line.startswith("#")])


def read_words(name: str, missing_ok: bool = False) -> list[str]:
    """The white-space separated words of a data file, without comments."""
    return [w for line in read_lines(name, missing_ok) for w in line.split()]


def read_table(name: str, missing_ok: bool = False) -> list[dict[str, str]]:
    """Rows of a tab-separated data file (a path under kg/data/); lines starting with # are comments."""
    if missing_ok and not (DATA / name).exists():
        return []
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = [{k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
    for row in rows:  # phrases and patterns read in both tone placements (old_style)
        if "pattern" in row:
            row["pattern"] = _both_styles(row["pattern"])
        if "names" in row:
            row["names"] = "|".join(_with_old_style(row["names"].split("|")))
    variants = [{**row, column: old_style(row[column])} for row in rows for column in PHRASE_COLUMNS
                if column in row and old_style(row[column]) != row[column]]
    return rows + variants


@dataclass(frozen=True)
class Party:
    """A state, territory, grouping or organisation that officials serve and events bring together."""

    code: str
    kind: str  # state, territory, grouping or organisation
    wikidata: str
    label_en: str
    label_vi: str


@cache
def parties() -> dict[str, Party]:
    return {row["code"]: Party(row["code"], row["kind"], row["wikidata"], row["label_en"], row["label_vi"])
            for row in read_table("parties.tsv")}


class Lexicon:
    """One language's lexicons, compiled into lookups and regular expressions."""

    def __init__(self, lang: str = "vi") -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"no lexicons for language {lang!r}; there are: {', '.join(LANGUAGES)}")
        self.lang = lang
        # the lexicons the readers look for in every sentence, and the anchors of triggers and dates,
        # found in one pass over it
        self.scanner = PhraseScanner()
        self.countries = parties()
        self.country_of_name: dict[str, str] = {}
        self.short_names: dict[str, str] = {}
        self.adjective_of: dict[str, str] = {}  # 'Vietnamese', 'U.S.': the party a title before it serves
        ambiguous: set[str] = set()
        for row in read_table(f"{lang}/party_names.tsv"):
            name, code = row["name"], row["code"]
            if row["use"] == "name":
                self.country_of_name[name] = code
            elif row["use"] == "adjective":
                self.adjective_of[name] = code
            elif row["use"] == "short":
                self.short_names[name] = code
            else:
                ambiguous.add(name)
                self.short_names.setdefault(name, code)
        # Names that are safe anywhere, and the wider set used where a country is expected.
        # a state's formal name: "Cộng hòa Liên bang Myanmar", "Vương quốc Campuchia"; the table's
        # names as pages also capitalise them
        forms = read_lines(f"{lang}/state_forms.txt", missing_ok=True)
        parties_ = parties()
        for name, code in list(self.country_of_name.items()):
            for variant in _case_variants(name):
                self.country_of_name.setdefault(variant, code)
            if parties_[code].kind == "state":
                for form in forms:
                    self.country_of_name.setdefault(f"{form} {name}", code)
        self.country_re = NameMatcher(self.country_of_name)
        self.country_or_short_re = NameMatcher([*self.country_of_name, *self.short_names])
        self.short_re = NameMatcher(self.short_names)
        self.party_compounds = NameMatcher(read_lines(f"{lang}/party_name_compounds.txt"))  # "Trung ương"
        self.adjectives = NameMatcher(self.adjective_of)
        self.ambiguous_names = ambiguous

        self.place_country: dict[str, str | None] = {}
        for row in read_table("places.tsv"):
            for name in row["names"].split("|"):
                self.place_country[name] = row["country"] or None
        self.place_re = NameMatcher(self.place_country)

        self.established = {r["partner"]: r["established"] for r in read_table("relations_established.tsv")}

        self.titles: dict[str, dict] = {}
        placed: dict[str, dict] = {}  # titles with a place inside, one per place: no variants of them
        for row in read_table(f"{lang}/titles.tsv"):
            info = {"roles": row["roles"].split("|"), "organization": row["organization"] or None,
                    "country": row["country"] or None}
            places = [p for p, c in self.place_country.items() if c == row["country"]] \
                if "{place}" in row["title"] else [""]  # "Chairman of the {place} People's Committee"
            into = placed if "{place}" in row["title"] else self.titles
            for title in (row["title"].replace("{place}", p) for p in places):
                for written in dict.fromkeys([title, title.replace("'", "’")]):  # "People’s Committee"
                    into[written.casefold()] = info
        _add_title_variants(self.titles, lang)
        self.titles.update((k, v) for k, v in placed.items() if k not in self.titles)
        self.title_re = self.scanner.phrases(self.titles)
        self.description_roles = {r["description"].casefold(): r["roles"].split("|")
                                  for r in read_table(f"{lang}/descriptions.tsv")}
        self.description_re = self.scanner.phrases(self.description_roles) if self.description_roles else None
        self.title_modifiers = {r["modifier"]: r["effect"] for r in read_table(f"{lang}/title_modifiers.tsv")}
        self.title_modifier_re = re.compile(rf"(?:{phrase_regex(self.title_modifiers).pattern})(?:\s+|-)$")
        # titles a longer one opens with ("chủ tịch" of "chủ tịch ubnd"): after a modifier ("Phó Chủ tịch",
        # a title of its own) the words that follow may make it the deputy of the longer one
        self.opening_titles = {" ".join(words[:k]) for t in self.titles for words in [t.split()]
                               for k in range(1, len(words))}
        self.deputy_roles = {r["role"]: r["deputy"] for r in read_table("deputy_roles.tsv")}
        self.channel_area = {r["role"]: r["area"] for r in read_table("channel_areas.tsv")}

        self.surnames = set(read_words("names/vietnamese_surnames.txt"))
        from .extract.text import fold

        self.folded_surnames = {fold(s) for s in self.surnames}
        self.particles = frozenset(read_words("names/particles.txt"))
        self.abbreviated_given_names = frozenset(read_words("names/abbreviated_given_names.txt"))
        # compared by their words without stops, as a run of words gives them: "H.E." as "H E", "Dr." as "Dr"
        self.courtesy_titles = frozenset(" ".join(w.rstrip("’'") for w in line.replace(".", " ").split())
                                         for line in read_lines("names/courtesy_titles.txt"))
        self.courtesy_longest = max(len(t.split()) for t in self.courtesy_titles)
        self.name_titles = frozenset(read_words("names/name_titles.txt"))
        # capitalised words that are no part of a name: those of titles and portfolios (where a language
        # lists them: Vietnamese title words are name syllables too, "Chính" of "Chính phủ"), weekdays, months
        listed = read_words(f"{lang}/title_words.txt", missing_ok=True)
        self.title_words = frozenset(listed + [w for r in read_table(f"{lang}/titles.tsv") if listed for w in
                                               (r["title"] + " " + r["organization"]).split() if w[:1].isupper()])
        self.nonpublic_re = phrase_regex(read_lines(f"{lang}/nonpublic_organisations.txt"))
        self.function_words = frozenset(w for line in read_lines(f"{lang}/function_words.txt")
                                        if line.split()[0] not in ("share", "letters") for w in line.split())

        # each pattern with the pieces of text one of which its matches hold (regex.anchors)
        self.triggers = [(r["type"], r["kind"], p, anchors(p))
                         for r in read_table(f"{lang}/event_triggers.tsv") for p in [compile_guarded(r["pattern"])]]
        self.trigger_index = AnchorIndex([pieces for *_, pieces in self.triggers], self.scanner)
        # frame and during words stand right before the trigger; unreal ones anywhere before it in its clause;
        # online ones anywhere in the sentence
        right_before = ("frame", "during")
        self.event_context = {
            r["kind"]: compile_guarded(rf"(?<!\w)(?:{r['pattern']})" + (r"\s*$" if r["kind"] in right_before else ""),
                                       re.I)
            for r in read_table(f"{lang}/event_context.tsv")}

        levels = read_table(f"{lang}/partnership_levels.tsv")
        self.level_of = {r["phrase"].casefold(): r["level"] for r in levels}
        self.level_re = self.scanner.phrases(r["phrase"] for r in levels)
        verbs = read_table(f"{lang}/partnership_verbs.tsv")
        self.partnership_verb_re = {kind: phrase_regex([p for r in verbs if r["kind"] == kind
                                                        for p in r["pattern"].split("|")], True)
                                    for kind in ("upgrade", "establish")}

        areas = read_table(f"{lang}/cooperation_areas.tsv")
        self.area_of = {r["phrase"].casefold(): r["area"] for r in areas}
        self.area_re = phrase_regex([r["phrase"] for r in areas], ignore_case=True)

        cues = read_table(f"{lang}/commitment_cues.tsv")
        self.cue_re = {kind: self.scanner.phrases(r["phrase"] for r in cues if r["kind"] == kind)
                       for kind in sorted({r["kind"] for r in cues})}
        self.both_sides_re = self.scanner.phrases(r["phrase"] for r in read_table(f"{lang}/actors.tsv"))
        honorifics = [r["phrase"] for r in read_table(f"{lang}/honorifics.tsv")]
        self.honorific_re = self.scanner.phrases(honorifics, ignore_case=False)

        rows = read_table(f"{lang}/grammar.tsv")
        if twice := sorted(name for name, n in Counter(r["name"] for r in rows).items() if n > 1):
            raise ValueError(f"{lang}/grammar.tsv names {', '.join(twice)} twice: each name is one pattern")
        self.grammar = {r["name"]: compile_guarded(r["pattern"]) for r in rows}
        self._grammar_anchors: dict[str, Anchors | None] = {}
        # phrase shapes built from the lexicons, compiled once
        g = self.grammar
        self.honorific_before = compile_guarded(rf"(?:{phrase_regex(honorifics).pattern})\s+$")
        # names that may open a capitalised run: not the short forms that live only in pairs ("Trung" ương)
        self.party_or_place_re = NameMatcher([*self.country_of_name, *ambiguous, *self.place_country])
        self.lower_openers = frozenset(n.split()[0] for n in self.party_or_place_re.names if n[0].islower())
        self.place_or_country_re = NameMatcher([*self.place_country, *self.country_of_name])
        self.pair_join = g["pair_join"]
        self.list_separator = re.compile(rf"\s*(?:,(?:{g['pair_join'].pattern})?|{g['pair_join'].pattern}|\s)\s*"
                                         rf"(?:{g['party_article'].pattern})?")  # "Cuba and the US"
        self.pair_opening = re.compile(rf"\s*[\"”“]?\s*{g['between'].pattern}")
        calendar = read_table(f"{lang}/calendar.tsv", missing_ok=True)
        names = {kind: {n.casefold(): int(r["number"]) for r in calendar if r["kind"] == kind
                        for n in r["names"].split("|")} for kind in ("month", "weekday")}
        self.months, self.weekdays = names["month"], names["weekday"]
        given_name_months = {"april", "may", "june", "august"}  # also given names: "Theresa May"
        self.not_name_words = frozenset([n for kind in ("month", "weekday") for r in calendar if r["kind"] == kind
                                         for n in r["names"].split("|") if n[:1].isupper() and len(n) > 3
                                         and n.casefold() not in given_name_months]
                                        + read_words(f"{lang}/headline_words.txt", missing_ok=True)
                                        + read_words("names/not_name_words.txt"))
        written = {kind: [n for r in calendar if r["kind"] == kind for n in r["names"].split("|")] for kind in names}
        self._calendar = {kind: "|".join(sorted(map(re.escape, written[kind]), key=len, reverse=True)) or "(?!)"
                          for kind in names}
        self.date_patterns = [(r["kind"], p, anchors(p)) for r in read_table(f"{lang}/date_patterns.tsv")
                              for p in [compile_guarded(self.spelled(r["pattern"]))]]
        self.date_index = AnchorIndex([pieces for *_, pieces in self.date_patterns], self.scanner)
        self.ordinals = {r["word"]: int(r["value"]) for r in read_table(f"{lang}/ordinals.tsv")}

        # a stop after these does not end a sentence ("TP. Hồ Chí Minh", "Lt. Gen. Li"), nor after an initial
        abbreviations = read_words(f"{lang}/abbreviations.txt") + sorted(self.abbreviated_given_names)
        # (an initial, but not an ordinal in Roman numerals: "Phiên tham vấn lần thứ VI. Tại buổi tiếp ...")
        self.abbreviation_re = re.compile(rf"(?:(?<!thứ )(?<!khóa )(?<!khoá )\b[A-ZĐ]{{1,3}}"
                                          rf"|\b(?:{'|'.join(map(re.escape, abbreviations))}))\.$")
        self.abbreviation_width = 2 + max(map(len, abbreviations))
        furniture = read_table(f"{lang}/furniture.tsv")
        self.furniture_end = [re.compile(r["pattern"]) for r in furniture if r["kind"] == "end"]
        self.furniture_line = [re.compile(r["pattern"]) for r in furniture if r["kind"] == "line"]
        self.scanner.build()

    def grammar_anchors(self, name: str) -> Anchors | None:
        """anchors() of a grammar pattern, worked out when first asked for."""
        if name not in self._grammar_anchors:
            self._grammar_anchors[name] = anchors(self.grammar[name])
        return self._grammar_anchors[name]

    def party(self, name: str) -> str | None:
        """The code of a party by a name or short form of it."""
        return self.country_of_name.get(name) or self.short_names.get(name)

    def place_in(self, name: str) -> str | None:
        """The state a place is in, or the party a place named by a state's name is."""
        return self.place_country.get(name) or self.party(name)

    def pairs(self, text: str) -> list[tuple[int, int, str, str]]:
        """Two parties joined as a pair ("Việt Nam - Hoa Kỳ", "Vietnam and the US"): start, end, codes."""
        hits = list(self.country_or_short_re.finditer(text))
        return [(a.start(), b.end(), self.party(a.group()), self.party(b.group())) for a, b in zip(hits, hits[1:])
                if self.pair_join.fullmatch(text, a.end(), b.start())]

    def pair_at(self, text: str, position: int = 0) -> tuple[str, str] | None:
        """The pair that opens text at position (after '"' or "giữa", "between"), as codes."""
        opening = self.pair_opening.match(text, position)
        first = self.country_or_short_re.match(text, opening.end()) if opening else None
        join = first and self.pair_join.match(text, first.end())
        second = join and self.country_or_short_re.match(text, join.end())
        return (self.party(first.group()), self.party(second.group())) if second else None

    def party_after(self, pattern: re.Pattern, text: str, position: int = 0) -> str | None:
        """The party named right after a phrase matching pattern at position ("với Nhật Bản")."""
        opening = pattern.match(text, position)
        hit = opening and self.country_or_short_re.match(text, opening.end())
        return self.party(hit.group()) if hit else None

    def trailing_pair(self, text: str) -> tuple[int, str, str] | None:
        """A pair closing a text ("... Quốc phòng Việt Nam - Ấn Độ"): where it starts, and its codes."""
        hits = list(self.country_or_short_re.finditer(text))
        if len(hits) < 2:
            return None
        a, b = hits[-2], hits[-1]
        if text[b.end():].strip() or text[a.end():b.start()].strip() not in ("-", "–") \
                or (a.start() and not text[a.start() - 1].isspace()):
            return None
        return len(text[:a.start()].rstrip()), self.party(a.group()), self.party(b.group())

    def party_list(self, text: str, position: int) -> tuple[list[tuple[str, str]], int]:
        """The parties named one after another from position on ("Nga, Hàn Quốc", "Russia and Korea"):
        (name, code) each, and where the list ends."""
        found = []
        while (separator := self.list_separator.match(text, position)) and \
                (hit := self.country_or_short_re.match(text, separator.end())):
            found.append((hit.group(), self.party(hit.group())))
            position = hit.end()
        return found, position

    def party_mentions(self, text: str, opening: bool = False) -> list[tuple[int, int, str]]:
        """Where a text names parties: (start, end, code). Short and ambiguous forms ("Mỹ", "Nga")
        count where they stand alone, neither next to another capitalised word ("Mỹ Đình", "Tuấn
        Anh") nor opening the text (unless opening: a sentence's subject, "Nga khẳng định ...")."""
        found, first = _party_mentions(self, text)
        return [first, *found] if opening and first else found

    def party_mentions_in_story(self, sentences: Iterable[str]) -> Iterator[tuple[int, int, int, str]]:
        """party_mentions of a story's sentences (each sentence's found once, for every reader of it),
        as (sentence, start, end, code): a short form opening a sentence counts, as it does after a
        stop in the story's text, unless it opens the story."""
        for k, sentence in enumerate(sentences):
            found, opening = _party_mentions(self, sentence)
            for start, end, code in ([opening] if opening and k else []) + found:
                yield k, start, end, code

    def spelled(self, pattern: str) -> str:
        """A date pattern with {month} and {weekday} standing for the names of calendar.tsv."""
        return pattern.replace("{month}", self._calendar["month"]).replace("{weekday}", self._calendar["weekday"])

    def state_inside_title(self, text: str) -> tuple[str, str | None]:
        """A title with a state's adjective inside it ("President of the Moroccan House of
        Representatives", "Secretary of State at the Romanian Foreign Ministry") or its ministry named
        twice ("Deputy Minister of the Ministry of Foreign Affairs"): the title of the table without
        it, and the state; else the text, None."""
        head, of, tail = single_spaced(text).partition(" of the ")
        if " at the " in text and not (of and self.adjectives.match(tail)):
            head, of, tail = single_spaced(text).partition(" at the ")  # "... at the Romanian Foreign Ministry"
        if of and (hit := self.adjectives.match(tail)) and tail[hit.end():hit.end() + 1] == " " \
                and (key := f"{head}{of}{tail[hit.end() + 1:]}").casefold() in self.titles:
            return key, self.adjective_of[hit.group()]
        if of and tail.startswith("Ministry of ") and (key := f"{head} of {tail[12:]}").casefold() in self.titles:
            return key, None  # "Deputy Minister of the Ministry of Foreign Affairs"
        return text, None

    def is_title(self, text: str) -> bool:
        """Whether title_info knows the text: a title of the table, or a modifier and one."""
        text = self.state_inside_title(text)[0]
        key = single_spaced(text).casefold()
        modifier, rest = _modifier_and_rest(text)
        return key in self.titles or (modifier in self.title_modifiers and rest.casefold() in self.titles)

    def title_info(self, text: str) -> dict:
        """Roles, organisation and implied country of a title as written; a title with a modifier
        the table lacks ("Phó Bí thư Tỉnh ủy") is read from the title it modifies."""
        key = single_spaced(text).casefold()
        if key in self.titles:
            return self.titles[key]
        text = self.state_inside_title(text)[0]
        if (key := single_spaced(text).casefold()) in self.titles:
            return self.titles[key]
        modifier, rest = _modifier_and_rest(text)
        info = self.titles[rest.casefold()]
        if self.title_modifiers.get(modifier) == "deputy":
            return {**info, "roles": list(dict.fromkeys(self.deputy_roles.get(r, "Official") for r in info["roles"]))}
        return info


def _add_title_variants(titles: dict[str, dict], lang: str) -> None:
    """Other written forms of the titles: title_variants.tsv ("member of its Central Committee", "Lt Gen"),
    the plurals of titles of several words (title_plurals.tsv: "Deputy Foreign Ministers"),
    words that stand inside a title after a shorter one it opens with (title_infixes.txt: "Phó Bí
    thư Thường trực Tỉnh ủy") and words that may close a title (title_suffixes.txt: "Tổng thống lâm thời")."""
    variants = [(r["form"], r["variant"], False) for r in read_table(f"{lang}/title_variants.tsv", missing_ok=True)]
    plurals = [(r["singular"], r["plural"], True) for r in read_table(f"{lang}/title_plurals.tsv", missing_ok=True)]
    for form_written, variant_written, several_words in variants + plurals:
        form = re.compile(rf"(?<!\w){re.escape(form_written.casefold())}(?!\w)")
        variant = variant_written.casefold()
        for title, info in list(titles.items()):
            if form.search(title) and (" " in title or not several_words):
                titles.setdefault(form.sub(lambda _, v=variant: v, title), info)
    for infix in (i.casefold() for i in read_lines(f"{lang}/title_infixes.txt", missing_ok=True)):
        for title, info in list(titles.items()):
            words = title.split()
            for k in range(1, len(words)):
                if " ".join(words[:k]) in titles:
                    titles.setdefault(" ".join([*words[:k], infix, *words[k:]]), info)
    for suffix in (s.casefold() for s in read_lines(f"{lang}/title_suffixes.txt", missing_ok=True)):
        for title, info in list(titles.items()):
            if title.count(" ") < 2:  # the heads of a state, a government, a body: "Tổng thống", "Chủ tịch"
                titles.setdefault(f"{title} {suffix}", info)


def _case_variants(name: str) -> list[str]:
    """A name of several words as pages also write it: its later words capitalised ("Liên Minh Châu Âu")
    or, from some word on or up to some word, not ("Liên hợp quốc", "Các Tiểu vương quốc Ả-rập thống
    nhất", "Cộng hòa dân chủ nhân dân Lào")."""
    words = name.split()
    lower = [w[:1].lower() + w[1:] for w in words]
    return [" ".join(words[:1] + [w[:1].upper() + w[1:] for w in words[1:]])] + [
        " ".join(words[:k] + lower[k:]) for k in range(1, len(words))] + [
        " ".join(words[:1] + lower[1:k] + words[k:]) for k in range(2, len(words) - 1)]


def _modifier_and_rest(title: str) -> tuple[str, str]:
    """'Phó Bí thư' -> ('Phó', 'Bí thư'); 'Deputy-Minister' -> ('Deputy', 'Minister')."""
    modifier, _, rest = re.sub(r"^(\S+?)-", r"\1 ", single_spaced(title)).partition(" ")
    return modifier, rest


@lru_cache(maxsize=512)
def _party_mentions(lex: Lexicon, text: str) -> tuple[list[tuple[int, int, str]], tuple[int, int, str] | None]:
    """The text's party mentions, and apart from them a short form that opens the text alone."""
    found, opening = [], None
    for m in lex.country_or_short_re.finditer(text):
        name = m.group()
        if name in lex.country_of_name:
            found.append((m.start(), m.end(), lex.country_of_name[name]))
        elif not _capitalised_next_to(text, m.start(), m.end()) and not lex.party_compounds.match(text, m.start()):
            if m.start():
                found.append((m.start(), m.end(), lex.short_names[name]))
            else:
                opening = (m.start(), m.end(), lex.short_names[name])
    return found, opening


def _capitalised_next_to(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before or after text[start:end], one space apart."""
    after = text[end:end + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return True
    head = text[:start]
    if not head.endswith(" ") or head.endswith("  "):
        return False
    k = len(head) - 1
    while k and is_word_char(head[k - 1]):
        k -= 1
    return head[k:k + 1].isupper()


@cache
def lexicon(lang: str = "vi") -> Lexicon:
    return Lexicon(lang)
