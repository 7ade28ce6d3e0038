"""One person, one resource: which officials' names across a corpus are one person.

Each article is read on its own, so the same person is named in many ways across articles:
with and without diacritics ("Phạm Bình Minh", "Pham Binh Minh"), with and without a middle
initial or name ("Daniel J. Kritenbrink", "Hillary Rodham Clinton"), by a short form of the given
name ("Mike Pompeo"), family name first or last ("Kishida Fumio"), or, where an article names
no one else so, by the family name alone ("Biden"). The index keeps what each article says of
each name (the state, the roles, the article's date: a few bytes per name, never the graph),
and resolve() decides, once the whole corpus is read, which names are one person:

- within one state only: two states' officials are never one person, except that a full name
  an article files under another state than the many articles that name it is read as theirs
  (one article's mistake must not split a person);
- names that are the same once folded (no diacritics, case, initials, particles, suffixes,
  given-name variants) or whose words are the same in another order;
- a shorter name that matches exactly one fuller one (a family name alone, a name without its
  middle part); one that matches two is left apart and reported.

The result depends only on the set of names, not on the order of the articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations

from .lexicon import read_table, read_words
from .model import ArticleFacts

INITIAL = re.compile(r"^[^\W\d_]\.?$")
SUFFIX = re.compile(r"^(?:i{1,3}|iv|v|jr|sr)\.?$")
STATE_MAJORITY = 2  # a full name's state is another's where that one names it this many times as often


def fold(text: str) -> str:
    """Lower case, without diacritics ('đ' as 'd')."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


@cache
def _particles() -> frozenset[str]:
    return frozenset(read_words("names/particles.txt"))


@cache
def _given_names() -> dict[str, str]:
    """A short or variant given name and the full form it stands for ('mike': 'michael')."""
    return {fold(r["variant"]): fold(r["name"]) for r in read_table("names/given_name_variants.tsv")}


@cache
def key_of(name: str) -> tuple[str, ...]:
    """The words a name is compared by: folded, without initials, particles and suffixes, a
    given-name variant read as its full form."""
    written = [w.strip(".,") for w in name.replace(".", ". ").replace("-", " - ").split()]
    # particles as written, in lower case ("von der", "da"): "Văn", "Lê" fold to "van", "le" too
    words = [fold(w) for w in written if w and w != "-" and not INITIAL.match(w) and w not in _particles()
             and not SUFFIX.match(fold(w))]
    if words:
        words[0] = _given_names().get(words[0], words[0])
    return tuple(words)


@dataclass
class NameRecord:
    """What the corpus says of one name as written, in one state."""

    articles: int = 0
    languages: Counter = field(default_factory=Counter)
    posts: dict[str, tuple[str, str]] = field(default_factory=dict)  # role: (earliest, latest) article date


@dataclass(frozen=True)
class Person:
    """A person as the corpus resolves them: the resource's key, state, name and its language."""

    key: str  # the last segment of the person's IRI
    country: str
    name: str
    lang: str
    spellings: tuple[str, ...]


@dataclass
class Identities:
    """Which person each (name as written, state) is, and what resolving left in doubt."""

    person_of: dict[tuple[str, str], Person] = field(default_factory=dict)
    posts: dict[tuple[str, str], dict[str, tuple[str, str]]] = field(default_factory=dict)  # (key, state): role
    doubts: list[str] = field(default_factory=list)
    restated: list[str] = field(default_factory=list)  # names read under another state than an article said

    def of(self, name: str, country: str) -> Person | None:
        return self.person_of.get((name, country))

    def subset(self, articles: Iterable[ArticleNames]) -> Identities:
        """The persons of the officials of some articles: what a worker mapping them needs."""
        names = {(name, country) for article in articles for name, country, _ in article.officials}
        return Identities({n: p for n in sorted(names) if (p := self.person_of.get(n))})


@dataclass(frozen=True)
class ArticleNames:
    """What the index needs of an article: its language, its date and its officials' names, states
    and roles (a few bytes, kept apart from the facts so the facts need not be opened to index them)."""

    lang: str
    when: str | None
    officials: tuple[tuple[str, str, tuple[str, ...]], ...]

    @classmethod
    def of(cls, facts: ArticleFacts) -> ArticleNames:
        when = facts.article.published or next((e.date for e in facts.events if e.main and e.date), None)
        return cls(facts.article.lang or "", when,
                   tuple((o.name, o.country or "", tuple(o.roles)) for o in facts.officials))


class NameIndex:
    """The names of officials across a corpus, with their states, languages, roles and dates."""

    def __init__(self) -> None:
        self.records: dict[tuple[str, str], NameRecord] = {}

    def add(self, article: ArticleNames) -> None:
        when = article.when
        for name, country, roles in article.officials:
            record = self.records.setdefault((name, country), NameRecord())
            record.articles += 1
            record.languages[article.lang] += 1
            if when:
                for role in roles:
                    first, last = record.posts.get(role, (when, when))
                    record.posts[role] = (min(first, when), max(last, when))

    def resolve(self) -> Identities:
        return resolve(self.records)


def resolve(records: dict[tuple[str, str], NameRecord]) -> Identities:
    """Group the names into persons (see the module's docstring) and name each person."""
    identities = Identities()
    state_of = _restated(records, identities)
    groups: dict[tuple[str, ...], set[tuple[str, str]]] = {}  # (state, *key): the names
    for (name, country) in sorted(records):
        key = key_of(name)
        if key:
            groups.setdefault((state_of.get((name, country), country), *key), set()).add((name, country))
    parent = {g: g for g in groups}

    def root(g: tuple[str, ...]) -> tuple[str, ...]:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    def join(a: tuple[str, ...], b: tuple[str, ...]) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:  # the root is a group with a state, then the least: the same whatever the order
            child, keep = sorted((ra, rb), key=lambda g: (bool(g[0]), g))
            parent[child] = keep

    by_words: dict[tuple[str, ...], list[tuple[str, ...]]] = {}  # the same words in another order
    for g in sorted(groups):
        if len(g) > 2:
            by_words.setdefault((g[0], *sorted(g[1:])), []).append(g)
    for same in by_words.values():
        for g in same[1:]:
            join(same[0], g)
    by_word: dict[tuple[str, str], list[tuple[str, ...]]] = {}  # (state, a word): the fuller names holding it
    for f in sorted(g for g in groups if len(g) > 2):
        for word in set(f[1:]):
            by_word.setdefault((f[0], word), []).append(f)
    for g in sorted(groups):  # a shorter name that matches exactly one fuller one
        fuller = {root(f) for f in by_word.get((g[0], g[1]), ()) if len(f) > len(g) and _shortens(g[1:], f[1:])}
        fuller.discard(root(g))
        if len(fuller) == 1:
            join(g, fuller.pop())
        elif len(fuller) > 1:
            shorter = sorted(n for n, _ in groups[g])
            others = sorted(n for f in fuller for n, _ in groups[f] if key_of(n) == f[1:])
            identities.doubts.append(f"{', '.join(shorter)} ({g[0]}) may be any of: {', '.join(others)}")
    for g in sorted(g for g in groups if not g[0]):  # no state: the one person of any state it fits
        fits = {root(f) for f in groups if f[0] and (f[1:] == g[1:] or (len(f) > len(g) and _shortens(g[1:], f[1:])))}
        if len(fits) == 1:
            join(g, fits.pop())
    members: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for g, names in groups.items():
        members.setdefault(root(g), set()).update(names)
    for g, group in sorted(members.items()):
        if not g[0]:
            continue  # no state found for these names: their officials are left out, and said so
        person = _person(g[0], group, records)
        for member in group:
            identities.person_of[member] = person
        posts = identities.posts.setdefault((person.key, person.country), {})
        for member in group:
            for role, (first, last) in records[member].posts.items():
                old = posts.get(role, (first, last))
                posts[role] = (min(old[0], first), max(old[1], last))
    return identities


def _shortens(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a name's words are a shorter form of another's: the family name alone (its first or
    last word, or for a foreign name any but the first: 'Maduro' of 'Nicolás Maduro Moros'), or the
    first and last words without what stands between ('Hillary Clinton', 'Hillary Rodham Clinton')."""
    if len(short) == 1:
        return short[0] in (full[0], full[-1]) or (len(full) > 2 and short[0] in full[1:])
    if short[0] != full[0] or short[-1] != full[-1]:
        return False
    inner = iter(full[1:-1])
    return all(word in inner for word in short[1:-1])


def _restated(records: dict[tuple[str, str], NameRecord], identities: Identities) -> dict[tuple[str, str], str]:
    """Names an article filed under another state than the articles that name them far more often:
    a full name (two words at least) whose other state has STATE_MAJORITY times its articles."""
    by_key: dict[tuple[str, ...], Counter] = {}
    for (name, country), record in records.items():
        key = key_of(name)
        if len(key) > 1:
            by_key.setdefault(key, Counter())[country] += record.articles
    moved = {}
    for (name, country), _ in sorted(records.items()):
        states = by_key.get(key_of(name))
        if not states or len(states) < 2:
            continue
        best, count = max(states.items(), key=lambda kv: (kv[1], kv[0]))
        if best != country and count >= STATE_MAJORITY * states[country] and count > 1:
            moved[(name, country)] = best
            identities.restated.append(f"{name}: {country} -> {best} ({count} article(s) against {states[country]})")
    return moved


def _person(country: str, names: Iterable[tuple[str, str]], records: dict[tuple[str, str], NameRecord]) -> Person:
    """The person a group of names is: named by its fullest spelling, with diacritics where one has
    them, the most used among equals; its key is that spelling's slug, in its state."""
    from .rdf.namespaces import slug

    spellings: Counter[str] = Counter()
    languages: dict[str, Counter] = {}
    for name, state in names:
        spellings[name] += records[(name, state)].articles
        languages.setdefault(name, Counter()).update(records[(name, state)].languages)
    best = min(spellings, key=lambda n: (-(not n.isascii()), -len(key_of(n)), -spellings[n], n))
    lang = min(languages[best].items(), key=lambda kv: (-kv[1], kv[0]))[0] or "vi"
    return Person(slug(best), country, best, lang, tuple(sorted(spellings)))


def likely_duplicates(people: Iterable[tuple[str, str, str]]) -> list[str]:
    """Pairs of persons (resource, name, state) that may be one person but were not merged: a name
    that is a shorter form of another's in the same state, or the same name in two states."""
    found = []
    listed = sorted(set(people))
    for (a, name_a, state_a), (b, name_b, state_b) in combinations(listed, 2):
        if a == b:
            continue
        key_a, key_b = key_of(name_a), key_of(name_b)
        if not key_a or not key_b:
            continue
        if state_a != state_b:
            if key_a == key_b:
                found.append(f"{name_a} ({state_a}) and {name_b} ({state_b}): the same name in two states")
            continue
        short, full = sorted((key_a, key_b), key=len)
        if len(short) < len(full) and _shortens(short, full):
            found.append(f"{name_a} and {name_b} ({state_a}): one name may be a shorter form of the other")
    return found
