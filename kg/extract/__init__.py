"""From one article to its facts: officials, events, partnerships, commitments.

One pure function per article, so the same code runs in a loop, a process pool or a cluster.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from ..clean import clean
from ..fastmatch import is_word_char
from ..language import detect
from ..lexicon import LANGUAGES, Lexicon, lexicon
from ..model import Article, ArticleFacts, Commitment, Dropped, Event, Official, Partnership
from . import commitments, events, officials, partnerships
from .checks import drop_doubtful
from .dates import YEAR_SPAN, context_year, event_dates, resolve
from .text import Sentence, before, split_sentences

SPAN_AFTER = re.compile(r"[^.()]{0,40}?" + YEAR_SPAN.pattern)  # "kỷ niệm 45 năm ... Việt Nam – Chile (1975-2020)"
FIRST_RELATIONS = 1945  # anniversaries count from no earlier: a year after one that would is when relations began
LEAD_SENTENCES = 3  # a story's lead: where its dateline and first date stand
LEAD_SENTENCE_LENGTH = 60  # characters: shorter lines are headlines and page furniture


class Unreadable(ValueError):
    """An article the build cannot read, and why (the message names the problem)."""


def read_story(article: Article) -> Article:
    """The article's story, page furniture removed, with its language told; Unreadable if there is
    no story or it is in a language the build has no lexicons for."""
    story = clean(article)
    if not any(map(str.isalpha, story.text)):
        raise Unreadable("no story text once page furniture is removed")
    lang = story.lang or detect(story.text)
    if lang not in LANGUAGES:
        said = f"in '{lang}'" if lang else "not in a language the build reads"
        raise Unreadable(f"{said}; the build reads articles in {', '.join(LANGUAGES)}")
    story.lang = lang
    return story


def extract(article: Article) -> ArticleFacts:
    story = read_story(article)
    lex = lexicon(story.lang)
    sentences = split_sentences(story.text, lex)
    partner = main_partner([s.text for s in sentences], lex)
    mentions = [m for s in sentences for m in officials.find_mentions(s, lex)]
    text_of = {s.index: s.text for s in sentences}

    def partner_of(index: int) -> str | None:  # asked only for foreign names with no state
        return sentence_partner(text_of[index], lex) or partner

    people, resolved = officials.resolve_officials(mentions, partner_of, lex, text_of)
    dropped = [Dropped("official", p.name, "named with no title of office") for p in people if not p.roles]
    people = [p for p in people if p.roles]
    known = {p.key: p for p in people}
    in_sentence = people_by_sentence(sentences, mentions, resolved, known, officials.short_forms(people, lex), lex)
    officials.resolve_counterparts(people, in_sentence, text_of, lex)
    officials.foreign_ministry_story(people, story.text, lex)
    officials.generic_beside_specific(people)

    stated = {resolved[id(m)] for m in mentions if id(m) in resolved
              and any(lex.countries[c].kind == "state" for c in m.countries)}
    led = {id(m): found for m in mentions if resolved.get(id(m)) in known and (found := lex.grammar[
        "delegation_before"].search(before(text_of[m.sentence], m.start, 160)))}  # "Đoàn ... do ông X dẫn đầu"
    for m in mentions:
        if id(m) in led and resolved[id(m)] not in stated and (state := _delegation_state(led[id(m)].group(), lex)):
            known[resolved[id(m)]].country = state

    year = context_year([s.text for s in sentences], story.published, anniversary_year(story.text, partner, lex), lex)
    country_of = {p.key: p.country for p in people}
    # officials named by their state or body alone ("các Tổng thống Nga, Hàn Quốc", "Tổng thư ký LHQ")
    unnamed: dict[int, list[tuple[int, int, list[str]]]] = {}
    for m in mentions:
        if m.plural or (m.name is None and m.countries and id(m) not in resolved):
            unnamed.setdefault(m.sentence, []).append((m.start, m.end, m.countries))
    leaders = frozenset(p.key for p in people if set(p.roles) & officials.HOME_HEADS)
    event_mentions = event_mentions_of(sentences, in_sentence, country_of, unnamed, lex, leaders)
    heads = list(dict.fromkeys(resolved[id(m)] for m in mentions if id(m) in led))
    events.meet_the_delegation(event_mentions, text_of, heads, country_of, lex)
    event_mentions = events.meet_the_listed(event_mentions, text_of, in_sentence, country_of, lex)
    events.meet_the_protagonist(event_mentions, text_of, country_of, lex)
    found_events = events.build_events(event_mentions, year, story.published, sentences, lex, country_of, dropped)
    _the_side_met(found_events, known, stated, partner)
    main = next((e for e in found_events if e.main), None)
    lead = lead_date(sentences, year, story.published, lex)
    month = story.published[:7] if story.published and len(story.published) >= 7 else str(year) if year else None
    for event in found_events:
        if event.main and event.date is None:
            event.date = lead  # "... on Tuesday" told once, in the lead
        if event.main and event.date is None and event.type not in ("Visit", "Conference"):
            event.date = month  # a meeting reported undated: in the dateline's month, no closer (a visit may be ahead)
    for visit in found_events:  # "Đại sứ X đến thăm tỉnh ... Ngày 18/5, Phó Chủ tịch Y tiếp": the visit then too
        if visit.type == "Visit" and visit.date is None:
            visit.date = min((e.date for e in found_events if e.main and e.date and e.type != "Visit"
                              and set(visit.participants) <= set(e.participants)), default=None)

    states = sorted({known[k].country for k in (main.participants if main else []) if known[k].country})
    both = states if len(states) == 2 else sorted({"VN", partner} - {None})
    for event in found_events:
        if event.type == "Dialogue" and not event.mechanism_parties:
            event.mechanism_parties = both
    sides = sides_by_sentence(sentences, event_mentions, found_events, both)

    found_partnerships: dict[tuple, Partnership] = {}
    found_commitments: list[Commitment] = []

    channel = channel_area([known[k] for k in main.participants] if main else [], lex)
    last_named: str | None = None  # the state of the last sentence's subject: "He", "She" opening a sentence
    previous: tuple[str, list[tuple[int, int, str]]] | None = None  # the sentence before and its officials
    for s in sentences:
        for f in partnerships.find_partnerships(s, lex, sides[s.index], year, story.published):
            since = main.date if f.since_is_event and main else f.since
            key = (tuple(f.parties), f.level)
            known_p = found_partnerships.get(key)
            if known_p is None:
                found_partnerships[key] = Partnership(f.parties, f.level, since, f.upgrade, f.evidence)
            elif since and (not known_p.since or len(since) > len(known_p.since)):
                known_p.since, known_p.upgrade, known_p.evidence = since, f.upgrade or known_p.upgrade, f.evidence
        speakers = [(start, end, country) for start, end, key, _ in in_sentence[s.index]
                    if (country := known[key].country)]
        for actors, areas in commitments.find_commitments(s, lex, speakers, sides[s.index], last_named, previous,
                                                          channel):
            found_commitments.append(Commitment(actors, areas, s.text))
        if not lex.grammar["pronoun_subject"].match(s.text):  # "He believed that the Deputy PM's visit ...": he
            last_named = next((c for *_, c in speakers), last_named)  # is still the one named before
        previous = (s.text, speakers)
    facts = ArticleFacts(story, people, found_events, list(found_partnerships.values()), found_commitments,
                         dropped)
    return drop_doubtful(facts)


def _delegation_state(phrase: str, lex: Lexicon) -> str | None:
    """The state whose delegation a phrase names ("Đoàn đại biểu cấp cao Singapore do ngài"), not where
    it works ("đoàn công tác Ngân hàng Thế giới tại Việt Nam do ngài")."""
    states = [code for start, _, code in lex.party_mentions(phrase) if lex.countries[code].kind == "state"
              and not lex.grammar["at_before"].search(phrase[:start])]
    return states[-1] if states else None


def _the_side_met(found: list[Event], known: dict[str, Official], stated: set[str], partner: str | None) -> None:
    """A meeting held abroad between officials all read as Vietnam's, the state of those met coming from
    their titles alone ("Chủ tịch Quốc hội A hội kiến Tổng Bí thư, Chủ tịch nước B" in China): those met
    serve the state the story is about."""
    for event in found:
        if event.type not in events.ENCOUNTER or len(event.participants) < 2 or partner in (None, "VN") \
                or {known[k].country for k in event.participants} != {"VN"}:
            continue
        for key in event.participants[1:]:
            if key not in stated:
                known[key].country = partner
        event.parties = sorted({known[k].country for k in event.participants if known[k].country})


def event_mentions_of(sentences: list[Sentence], in_sentence: dict[int, list[tuple[int, int, str, bool]]],
                      country_of: dict[str, str | None], unnamed: dict[int, list[tuple[int, int, list[str]]]],
                      lex: Lexicon, leaders: frozenset[str] = frozenset()) -> list[events.Mention]:
    """The event mentions of each sentence, with the officials it names; a sentence that names none but
    "hai bên", "the two sides" ("Ngay sau lễ đón, hai bên đã tiến hành hội đàm", "The two ministers co-chaired
    the third ... Meeting") after one that names them and tells no encounter (a visit at most) has them as
    the subject of an encounter or a numbered session it tells first; "he", "ông" opening
    a clause before an encounter verb stands for the official the last sentence naming one opened with."""
    by_sentence = {s.index: events.find_mentions(s, lex, in_sentence[s.index], country_of, unnamed.get(s.index, []),
                                                leaders)
                   for s in sentences}
    subject: str | None = None  # the official the last sentence naming one opened with: whom "he", "ông" stand for
    for s in sentences:  # "On this occasion, he met Norwegian Trade Minister X": the subject of the story so far
        named = in_sentence[s.index]
        if subject and by_sentence[s.index] and (pronoun := lex.grammar["pronoun_meets"].search(s.text)) \
                and subject not in {key for *_, key, _ in named} \
                and not any(start < pronoun.end() for start, *_ in named):
            by_sentence[s.index] = events.find_mentions(s, lex, [(pronoun.end(), pronoun.end(), subject, False)]
                                                        + named, country_of, unnamed.get(s.index, []))
        subject = named[0][2] if named else subject
    told: set[str] = set()
    tells = {k for k, found in by_sentence.items() if found}  # the sentences telling of an event
    for s in sentences:
        named_in = s.index - 1
        if not in_sentence.get(named_in) and named_in not in tells:
            named_in -= 1  # (a sentence naming no one and telling no event between: "Sáng 12/1, lễ đón ... diễn ra")
        if by_sentence[s.index] and not in_sentence[s.index] and in_sentence.get(named_in) \
                and not any(m.type in events.ENCOUNTER for k in range(named_in, s.index)
                            for m in by_sentence.get(k, [])) \
                and (lex.both_sides_re.search(s.text) or lex.grammar["pair_subject"].search(s.text)):
            subject = [(0, 0, key, dead) for _, _, key, dead in in_sentence[named_in]]
            theirs = [m for m in events.find_mentions(s, lex, subject, country_of, unnamed.get(s.index, []))
                      if (m.type in events.ENCOUNTER or (m.type == "Dialogue" and m.edition)) and m.type not in told]
            by_sentence[s.index] = theirs + [m for m in by_sentence[s.index]  # (a visit as told: "chuyến thăm")
                                             if m.type not in events.ENCOUNTER and m.type != "Dialogue"]
        told.update(m.type for m in by_sentence[s.index] if m.participants)
    return [m for s in sentences for m in by_sentence[s.index]]


def main_partner(sentences: list[str], lex: Lexicon) -> str | None:
    """The state the article is about besides Vietnam: the one it names most, first on a tie."""
    places = [[(hit.start(), hit.end()) for hit in lex.place_re.finditer(sentence)] for sentence in sentences]
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for k, start, _, code in lex.party_mentions_in_story(sentences):
        if any(a <= start < b for a, b in places[k]):  # "Lào Cai": a place, not Laos
            continue
        counts[code] += 1
        first.setdefault(code, (k, start))
    states = [c for c in counts if c != "VN" and lex.countries[c].kind == "state"]
    return max(states, key=lambda c: (counts[c], -first[c][0], -first[c][1])) if states else None


def channel_area(officials: list[Official], lex: Lexicon) -> str | None:
    """The area of the channel the main event was held in, where each official at it holds a post of
    that channel (defence ministers and officers: defence; police ministers: law enforcement)."""
    held = [{lex.channel_area[r] for r in o.roles if r in lex.channel_area} for o in officials]
    shared = set.intersection(*held) if len(held) > 1 else set()
    return next(iter(shared)) if len(shared) == 1 else None


def lead_date(sentences: list[Sentence], year: int | None, published: str | None, lex: Lexicon) -> str | None:
    """The day the story's lead gives ("Chiều 10/2, ...", "SEOUL, Dec. 5 -- ..."), if it gives one that
    is not after the dateline: the date of a reported event that its own sentences leave undated."""
    lead = [s for s in sentences if len(s.text) >= LEAD_SENTENCE_LENGTH][:LEAD_SENTENCES]
    for s in lead:
        for d in event_dates(s.text, lex):
            if d.day is None and d.relative not in ("today", "yesterday", "weekday"):
                continue
            iso = resolve(d, year, published)
            if iso and len(iso) == 10 and _recent(iso, published):
                return iso
    return None


def _recent(iso: str, published: str | None) -> bool:
    """Whether a day is at most a month before the dateline (or the dateline says no day)."""
    if not published:
        return True
    if len(published) < 10:
        return iso.startswith(published)
    days = (date.fromisoformat(published) - date.fromisoformat(iso)).days
    return 0 <= days <= 31


def sides_by_sentence(sentences: list[Sentence], mentions: list, found: list[Event],
                      both: list[str]) -> dict[int, list[str]]:
    """Whom "hai bên", "both sides" stand for in each sentence: the two parties of the event the
    sentence tells of ("Trong cuộc gặp với Tổng thống Nga ..., hai nhà lãnh đạo nhất trí"), or of the
    one told of earlier in its paragraph (in a story of meetings with several partners, of the one
    told last); else those of the article's main event."""
    kept = {id(e) for e in found}
    told: dict[int, list[str]] = {}
    for m in mentions:
        if m.event is not None and id(m.event) in kept and len(m.event.parties) == 2:
            told.setdefault(m.sentence, m.event.parties)
    sides: dict[int, list[str]] = {}
    current, paragraph = both, None
    several = len({tuple(p) for p in told.values()}) > 1  # a story of meetings: each told on until the next
    for s in sentences:
        if s.paragraph != paragraph and not several:
            current = both
        paragraph = s.paragraph
        current = told.get(s.index, current)
        sides[s.index] = current
    return sides


def sentence_partner(text: str, lex: Lexicon) -> str | None:
    """The one foreign state a sentence names, if it names one alone (not inside a place: "South China Sea");
    in a sentence opening with a dateline abroad ("KUALA LUMPUR: Prime Minister Anwar ... in Labuan Bajo,
    Indonesia"), the state the story is written in."""
    if (dateline := lex.grammar["dateline_place"].match(text)) and \
            (home := lex.place_in(" ".join(w.capitalize() for w in dateline.group(1).split()))) and home != "VN":
        return home
    places = [(hit.start(), hit.end()) for hit in lex.place_re.finditer(text)]
    states = {code for start, _, code in lex.party_mentions(text) if not any(a <= start < b for a, b in places)}
    if lex.adjective_of:  # "Colonel X, Japanese Defence Attaché": a state's adjective names it too
        states |= {lex.adjective_of[hit.group()] for hit in lex.adjectives.finditer(text)
                   if not any(a <= hit.start() < b for a, b in places)}  # not "the Korean Peninsula"
    states.discard("VN")
    states = {c for c in states if lex.countries[c].kind == "state"}
    return states.pop() if len(states) == 1 else None


def anniversary_year(text: str, partner: str | None, lex: Lexicon) -> int | None:
    """'kỷ niệm 25 năm thiết lập quan hệ ngoại giao' with relations set up in 1995, the span written
    after it ('(1995-2020)') or the year ('... Việt Nam - Áo năm 2020'): 2020; 2019 where it is
    celebrated 'next year'; none where the story looks towards it."""
    match = lex.grammar["anniversary"].search(text)
    if not match:
        return None
    ahead = 1 if lex.grammar["anniversary_ahead"].search(before(text, match.start(), 80)) else 0  # "next year"
    if not ahead and lex.grammar["anniversary_toward"].search(before(text, match.start(), 80)):
        return None  # "towards the 50th anniversary ... in 2023": a year ahead, how far ahead untold
    if span := SPAN_AFTER.match(text, match.end()):
        return int(span.group(1)) - ahead
    said = lex.grammar["anniversary_in_year"].match(text, match.end())  # "... Việt Nam - Áo năm 2022"
    if said and int(said.group(1)) - int(match.group(1)) >= FIRST_RELATIONS:
        return int(said.group(1))
    if not partner or partner not in lex.established:
        return None
    return int(lex.established[partner][:4]) + int(match.group(1)) - ahead


def people_by_sentence(sentences, mentions, resolved, known, short: dict[str, str],
                       lex: Lexicon) -> dict[int, list[tuple[int, int, str, bool]]]:
    """Officials named in each sentence: titled mentions, anaphors, bare full names, and the one word
    a story names a known official by ("Blinken said"), standing alone or right after a title."""
    found: dict[int, list[tuple[int, int, str, bool]]] = {s.index: [] for s in sentences}
    for m in mentions:
        key = resolved.get(id(m))
        if key in known:
            found[m.sentence].append((m.start, m.end, key, m.deceased or known[key].deceased))
    full_names = {n: p.key for p in known.values() for n in [p.key, *p.aliases] if len(n.split()) > 1}
    full_list, short_list = list(full_names), list(short)
    for s in sentences:
        for start, end, name in whole_words(s.text, full_list):
            if not any(a <= start < b for a, b, _, _ in found[s.index]):
                found[s.index].append((start, end, full_names[name], known[full_names[name]].deceased))
        for start, end, word in whole_words(s.text, short_list):
            if not any(a <= start < b for a, b, _, _ in found[s.index]) and (
                    standing_alone(s.text, start, end) or _after_a_title(s.text, start, lex)):
                found[s.index].append((start, end, short[word], known[short[word]].deceased))
        found[s.index].sort()
    return found


def _after_a_title(text: str, start: int, lex: Lexicon) -> bool:
    """'Presidents Phuc and Widodo', 'President Phuc': a known official's one word right after a title."""
    word = _word_before(text, start)
    return text[start - 1:start] == " " and (lex.is_title(word) or (word.endswith("s") and lex.is_title(word[:-1])))


def standing_alone(text: str, start: int, end: int) -> bool:
    """A word with no capitalised word right before or after it: not part of another name."""
    after = text[end:end + 2]
    head = text[max(0, start - 2):start]
    return not (len(after) == 2 and after[0] == " " and after[1].isupper()) and \
        not (len(head) == 2 and head[1] == " " and head[0].isalpha() and _word_before(text, start)[:1].isupper())


def _word_before(text: str, start: int) -> str:
    head = text[:start].rstrip()
    k = len(head)
    while k and is_word_char(head[k - 1]):
        k -= 1
    return head[k:]


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
