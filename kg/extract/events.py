"""Events: trigger words, their date, place, edition and participants, merged per article.

A sentence may report several events ("hội đàm ... nhân chuyến thăm ..."); each date or place
goes to the trigger it stands next to: a phrase set off by commas before the main verb
belongs to the verb that follows, otherwise to the trigger before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..fastmatch import may_match
from ..lexicon import Lexicon
from ..model import Event
from .dates import DateMention, find_dates, resolve
from .text import Sentence, before

SENTENCE_BREAK = re.compile(r"[.;]")
DASH = re.compile(r"\s*[-–—]\s*")

ENCOUNTER = {"Talks": 3, "PhoneCall": 2, "Meeting": 1}  # merge with one another; higher wins
SETTING = {"Visit", "Conference"}  # may frame another event ("nhân dịp dự Hội nghị ...")
ANY = "*"  # a reference to whatever event was just reported ("Cùng dự có ...")


@dataclass
class Mention:
    type: str
    kind: str
    start: int
    end: int
    sentence: int
    frame: bool = False
    online: bool = False
    participants: list[str] = field(default_factory=list)
    chairs: list[str] = field(default_factory=list)
    date: DateMention | None = None
    places: list[str] = field(default_factory=list)
    edition: int | None = None
    mechanism: str | None = None
    mechanism_parties: list[str] = field(default_factory=list)


def edition_of(text: str, lex: Lexicon) -> int | None:
    match = lex.grammar["edition"].match(text)
    if not match:
        return None
    value = match.group(1)
    if value.isdigit():
        return int(value)
    if value.casefold() in lex.ordinals:
        return lex.ordinals[value.casefold()]
    numerals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(value, value[1:] + " "):
        total += -numerals[a] if numerals.get(b, 0) > numerals[a] else numerals[a]
    return total


def places_in(text: str, lex: Lexicon, skip: list[tuple[int, int]]) -> list[tuple[int, list[str]]]:
    """Places an event is said to happen at: 'tại Hà Nội', 'tại trụ sở Bộ Ngoại giao'."""
    found = []
    for m in lex.grammar["venue"].finditer(text):
        found.append((m.start(), [m.group(1).strip()]))
    for m in lex.place_re.finditer(text):
        inside_title = any(s <= m.start() < e for s, e in skip)
        at = lex.grammar["at_before"].search(before(text, m.start()))
        if lex.place_country[m.group()] and at and not inside_title:
            found.append((m.start(), [m.group()]))
    return sorted(found)


def find_mentions(sentence: Sentence, lex: Lexicon, people: list[tuple[int, int, str, bool]]) -> list[Mention]:
    """Event mentions of a sentence. people: (start, end, official key, deceased) found in it."""
    text = sentence.text
    raw: list[Mention] = []
    candidates = lex.trigger_index.candidates(text)
    for n, (type_, kind, pattern, _) in enumerate(lex.triggers):
        if n not in candidates:
            continue
        for m in pattern.finditer(text):
            raw.append(Mention(type_, kind, m.start(), m.end(), sentence.index))
    raw.sort(key=lambda m: (m.start, -(m.end - m.start)))
    mentions: list[Mention] = []
    for m in raw:  # longest reading wins where triggers overlap
        if any(o.start < m.end and m.start < o.end for o in mentions):
            continue
        if any(s <= m.start < e for s, e, _, _ in people):  # a title such as "Trợ lý Tổng thống"
            continue
        clause_start = max(text.rfind(",", 0, m.start), text.rfind(";", 0, m.start)) + 1
        if lex.event_context["unreal"].search(text[clause_start:m.start]):
            continue
        m.frame = m.type in SETTING and bool(lex.event_context["frame"].search(before(text, m.start)))
        mentions.append(m)
    if not mentions:
        return []
    online = bool(lex.event_context["online"].search(text))
    living = [(s, e, key) for s, e, key, dead in people if not dead]
    for m in mentions:
        m.online = online
        after = text[m.end:]
        m.participants = list(dict.fromkeys(key for _, _, key in living))
        chair = lex.grammar["chair_verb"].search(text, 0, m.start)  # "X và Y đã đồng chủ trì Đối thoại ..."
        if chair and m.kind == "trigger":
            m.chairs = list(dict.fromkeys(key for _, e, key in living if e <= chair.start()))
        if m.type == "Visit":
            owners = list(dict.fromkeys(key for s, _, key in living
                                        if s > m.end and lex.grammar["possessor_gap"].match(text[m.end:s])))
            visitor = [key for _, e, key in living if e <= m.start and len(text[e:m.start].split()) <= 2]
            m.participants = owners or visitor[-1:] or m.participants
            toward = lex.grammar["visit_toward"].match(after).end()
            if dest := lex.place_or_country_re.match(after, toward):
                m.places.append(dest.group())
        if m.type in ("Dialogue", "Conference") and m.kind == "trigger":
            tail = after[:lex.grammar["mechanism_end"].search(after + ".").start()]
            edition_at = lex.grammar["edition"].search(after[:160])
            if edition_at and not SENTENCE_BREAK.search(after, 0, edition_at.start()):
                m.edition = edition_of(after[edition_at.start():], lex)
            if m.type == "Dialogue":
                m.mechanism, m.mechanism_parties = mechanism_name(text[m.start:m.end] + tail, lex)
    target = lex.grammar["target_year_before"]
    dates = [d for d in find_dates(text, lex.lang) if not target.search(text[max(0, d.start - 12):d.start + 4])]
    _assign_dates(text, mentions, dates)
    skip = [(s, e) for s, e, _, _ in people]
    for position, names in places_in(text, lex, skip):
        owner = _owner(text, mentions, position)
        owner.places += [n for n in names if n not in owner.places]
    settings = [m for m in mentions if m.type in SETTING and m.places]
    for m in mentions:  # "nhân dịp dự Hội nghị ... tại Viêng Chăn, ... hội kiến": the meeting is there too
        if not m.places and settings and m.type not in SETTING:
            m.places = list(settings[0].places)
    return mentions


def mechanism_name(text: str, lex: Lexicon) -> tuple[str, list[str]]:
    """'Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam – Hoa Kỳ' -> the name and its parties."""
    text = DASH.sub(" - ", text).strip()
    parties: list[str] = []
    pair = lex.trailing_pair_re.search(text)
    if pair:
        for name in pair.groups():
            code = lex.country_of_name.get(name) or lex.short_names.get(name)
            if code:
                parties.append(code)
        text = text[:pair.start()]
    return text.strip(" -"), sorted(set(parties))


def _owner(text: str, mentions: list[Mention], position: int) -> Mention:
    """The mention a date or place belongs to: the one it follows, unless commas set it off as an
    adverbial of what comes next; an adverbial goes to the main verb, not to a framing event."""
    leading = [m for m in mentions if m.end <= position]
    following = [m for m in mentions if m.start >= position]
    if following and (not leading or "," in text[leading[-1].end:position]):
        return next((m for m in following if not m.frame), following[0])
    return leading[-1] if leading else following[0]


def _assign_dates(text: str, mentions: list[Mention], dates: list[DateMention]) -> None:
    for d in dates:
        owner = _owner(text, mentions, d.start)
        if owner.date is None:
            owner.date = d


def build_events(mentions: list[Mention], year: int | None, published: str | None,
                 sentences: list[Sentence], lex: Lexicon) -> list[Event]:
    """Merge the mentions of one article into events and pick the one the article reports."""
    clusters: list[tuple[Event, list[Mention]]] = []
    for m in mentions:
        date = resolve(m.date, year, published) if m.date else None
        target = next((c for c in clusters if _same_event(c[0], m, date)), None)
        if target is None:
            if not m.participants or m.type == ANY:
                continue
            event = Event(type=m.type, main=False, date=date, places=list(m.places), edition=m.edition,
                          participants=list(m.participants), chairs=list(m.chairs), online=m.online,
                          mechanism=m.mechanism,
                          mechanism_parties=list(m.mechanism_parties),
                          evidence=sentences[m.sentence].text)
            clusters.append((event, [m]))
            continue
        event, members = target
        members.append(m)
        if m.kind == "reference":  # "Tại cuộc hội đàm, ...": more participants, nothing else new
            event.participants += [p for p in m.participants if p not in event.participants]
            continue
        if ENCOUNTER.get(m.type, 0) > ENCOUNTER.get(event.type, 0):
            event.type = m.type
        event.date = event.date or date
        event.places += [p for p in m.places if p not in event.places]
        event.edition = event.edition or m.edition
        event.participants += [p for p in m.participants if p not in event.participants]
        event.chairs += [p for p in m.chairs if p not in event.chairs]
        event.online = event.online or m.online
        event.mechanism = event.mechanism or m.mechanism
        event.mechanism_parties = event.mechanism_parties or m.mechanism_parties
    if not clusters:
        return []
    min(clusters, key=lambda c: _main_rank(c[1]))[0].main = True
    established = _established(sentences, lex)
    for event, _ in clusters:
        if event.type == "Dialogue":
            event.mechanism_established = established
    return [event for event, _ in clusters]


def _main_rank(members: list[Mention]) -> tuple:
    """The event the article reports is the first one not framing another; within a sentence a
    meeting of people ranks before a visit or conference it happens during."""
    own = [(m.sentence, m.type not in ENCOUNTER and m.type != "Dialogue", m.start) for m in members if not m.frame]
    return min(own) if own else (float("inf"), True, 0)


def _same_event(event: Event, m: Mention, date: str | None) -> bool:
    if m.type == ANY:  # "Cùng dự có ...": whoever else took part in the event just reported
        return True
    same_kind = event.type == m.type or (event.type in ENCOUNTER and m.type in ENCOUNTER and
                                         "PhoneCall" not in (event.type, m.type))
    if not same_kind:
        return False
    if m.kind == "reference":
        return True
    if date and event.date and not (date.startswith(event.date) or event.date.startswith(date)):
        return False
    if m.edition and event.edition and m.edition != event.edition:
        return False
    if not m.participants:
        return True
    mine, theirs = set(m.participants), set(event.participants)
    return mine <= theirs or theirs <= mine


def _established(sentences: list[Sentence], lex: Lexicon) -> str | None:
    for s in sentences:
        if may_match(lex.grammar_anchors("mechanism_word"), s.text) and lex.grammar["mechanism_word"].search(s.text) \
                and (m := lex.grammar["mechanism_established"].search(s.text)):
            return m.group(1)
    return None
