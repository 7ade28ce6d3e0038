"""From one article to its facts: officials, events, partnerships, commitments.

One pure function per article, so the same code runs in a loop, a process pool or a cluster.
"""

from __future__ import annotations

from collections import Counter

from ..clean import clean
from ..lexicon import Lexicon, lexicon
from ..model import Article, ArticleFacts, Commitment, Partnership
from ..fastmatch import is_word_char
from . import commitments, events, officials, partnerships
from .checks import drop_doubtful
from .dates import context_year
from .text import split_sentences


def extract(article: Article) -> ArticleFacts:
    lex = lexicon()
    story = clean(article)
    sentences = split_sentences(story.text)
    partner = main_partner(story.text, lex)
    mentions = [m for s in sentences for m in officials.find_mentions(s, lex)]
    people, resolved = officials.resolve_officials(mentions, partner, lex, {s.index: s.text for s in sentences})
    people = [p for p in people if p.roles]
    known = {p.key: p for p in people}
    in_sentence = people_by_sentence(sentences, mentions, resolved, known)

    year = context_year([s.text for s in sentences], story.published, anniversary_year(story.text, partner, lex), lex)
    event_mentions = [m for s in sentences for m in events.find_mentions(s, lex, in_sentence[s.index])]
    found_events = events.build_events(event_mentions, year, story.published, sentences, lex)
    main = next((e for e in found_events if e.main), None)

    states = sorted({known[k].country for k in (main.participants if main else []) if known[k].country})
    both = states if len(states) == 2 else sorted({"VN", partner} - {None})
    for event in found_events:
        if event.type == "Dialogue" and not event.mechanism_parties:
            event.mechanism_parties = both

    found_partnerships: dict[tuple, Partnership] = {}
    found_commitments: list[Commitment] = []
    for s in sentences:
        for f in partnerships.find_partnerships(s, lex, both, year, story.published):
            since = main.date if f.since_is_event and main else f.since
            key = (tuple(f.parties), f.level)
            known_p = found_partnerships.get(key)
            if known_p is None:
                found_partnerships[key] = Partnership(f.parties, f.level, since, f.upgrade, f.evidence)
            elif since and (not known_p.since or len(since) > len(known_p.since)):
                known_p.since, known_p.upgrade, known_p.evidence = since, f.upgrade or known_p.upgrade, f.evidence
        speakers = [(start, end, known[key].country) for start, end, key, _ in in_sentence[s.index]
                    if known[key].country]
        for actors, areas in commitments.find_commitments(s, lex, speakers, both):
            found_commitments.append(Commitment(actors, areas, s.text))
    facts = ArticleFacts(story, people, found_events, list(found_partnerships.values()), found_commitments)
    return drop_doubtful(facts)


def main_partner(text: str, lex: Lexicon) -> str | None:
    """The state the article is about besides Vietnam: the one it names most, first on a tie."""
    masked = lex.place_re.sub(lambda m: " " * len(m.group()), text)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in lex.country_re.finditer(masked):
        code = lex.country_of_name[m.group()]
        counts[code] += 1
        first.setdefault(code, m.start())
    states = [c for c in counts if c != "VN" and lex.countries[c].kind == "state"]
    return max(states, key=lambda c: (counts[c], -first[c])) if states else None


def anniversary_year(text: str, partner: str | None, lex: Lexicon) -> int | None:
    """'kỷ niệm 25 năm thiết lập quan hệ ngoại giao' with relations set up in 1995: 2020."""
    if not partner or partner not in lex.established:
        return None
    match = lex.grammar["anniversary"].search(text)
    if not match:
        return None
    return int(lex.established[partner][:4]) + int(match.group(1))


def people_by_sentence(sentences, mentions, resolved, known) -> dict[int, list[tuple[int, int, str, bool]]]:
    """Officials named in each sentence: titled mentions, anaphors, and bare full names."""
    found: dict[int, list[tuple[int, int, str, bool]]] = {s.index: [] for s in sentences}
    for m in mentions:
        key = resolved.get(id(m))
        if key in known:
            found[m.sentence].append((m.start, m.end, key, m.deceased or known[key].deceased))
    full_names = [p.key for p in known.values() if len(p.key.split()) > 1]
    for s in sentences:
        for start, end, name in whole_words(s.text, full_names):
            if not any(a <= start < b for a, b, _, _ in found[s.index]):
                found[s.index].append((start, end, name, known[name].deceased))
        found[s.index].sort()
    return found


def whole_words(text: str, phrases: list[str]) -> list[tuple[int, int, str]]:
    """Where the phrases stand in text as whole words, left to right, the longest where they
    overlap: what a regular expression of them finds, without compiling one per article."""
    hits = []
    for phrase in phrases:
        at = text.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if not (at and is_word_char(text[at - 1])) and not (end < len(text) and is_word_char(text[end])):
                hits.append((at, end, phrase))
            at = text.find(phrase, at + 1)
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    found: list[tuple[int, int, str]] = []
    for hit in hits:
        if not found or hit[0] >= found[-1][1]:
            found.append(hit)
    return found
