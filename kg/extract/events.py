"""Events: trigger words, their date, place, edition and participants, merged per article.

A sentence may report several events ("hội đàm ... nhân chuyến thăm ..."); each date or place
goes to the trigger it stands next to: a phrase set off by commas before the main verb
belongs to the verb that follows, otherwise to the trigger before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..fastmatch import Hit, may_match, single_spaced
from ..lexicon import Lexicon
from ..model import Dropped, Event
from .dates import DateMention, event_dates, resolve, resolve_end
from .text import Sentence, before

SENTENCE_BREAK = re.compile(r"[.;]")
DASH = re.compile(r"\s*[-–—]\s*")

ENCOUNTER = {"Talks": 3, "PhoneCall": 2, "Meeting": 1}  # merge with one another; higher wins
EVENT_NAME_END = re.compile(r"(?:\b(?:\d+(?:st|nd|rd|th)|[A-Z][\w’'-]*)\s+){1,6}$")  # "the 29th APEC Economic "
SETTING = {"Visit", "Conference"}  # may frame another event ("nhân dịp dự Hội nghị ...")
ANY = "*"  # a reference to whatever event was just reported ("Cùng dự có ...")
VISITING = re.compile(r"(?i)visiting|đang thăm")  # a visit told as what a guest is doing, not as news
HOME = "VN"  # the state whose relations the news is about: its officials' trips are abroad only where said


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
    counterparts: list[str] = field(default_factory=list)  # parties met, named by state only
    parties: set[str] = field(default_factory=set)  # the states and bodies whose officials take part
    origin: tuple[int, int] = (0, 0)  # the mention a split one comes from (its sentence and place): one per
    # counterpart of "gặp ... các Tổng thống Nga, Hàn Quốc"
    event: Event | None = None  # the event it was found to tell of
    destinations: list[str] = field(default_factory=list)  # the states a trip goes to, where it goes to several
    several: bool = False  # told in the plural: one event per group of those met, set off by ';'
    between: bool = False  # its participants named after 'between', 'giữa': they and no one else
    listed: bool = False  # one of a subject's list of meetings ("hội kiến A, hội đàm với B"): each apart
    name: str = ""  # a conference's name as written (folded): two conferences named apart are two
    during: bool = False  # a setting going on when the event it frames happened ("trong chuyến thăm")


def edition_of(text: str, lex: Lexicon) -> int | None:
    match = lex.grammar["edition"].match(text)
    if not match:
        return None
    value = next(g for g in match.groups() if g)
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
        if not any(s <= m.start() < e for s, e in skip):  # not "Minister of State at the Federal Foreign Office X"
            found.append((m.start(), [m.group(1).strip()]))
    for m in lex.place_or_country_re.finditer(text):  # a city; or a state, where no city is named
        name, head = m.group(), before(text, m.start())
        if name in lex.place_country:
            at = lex.place_country[name] and lex.grammar["at_before"].search(head)
        else:
            state = lex.countries[lex.country_of_name[name]].kind == "state"
            at = state and lex.grammar["in_state_before"].search(head)
        if at and not any(s <= m.start() < e for s, e in skip) and not lex.grammar["posting_place_before"].search(head):
            found.append((m.start(), [name]))  # (not where an envoy serves: "Ambassador of Israel to Vietnam")
    return sorted(found)


def find_mentions(sentence: Sentence, lex: Lexicon, people: list[tuple[int, int, str, bool]],
                  country_of: dict[str, str | None], unnamed: list[tuple[int, int, list[str]]] = (),
                  leaders: frozenset[str] = frozenset()) -> list[Mention]:
    """Event mentions of a sentence. people: (start, end, official key, deceased) found in it;
    country_of: the state each official serves; leaders: those heading a state, a government, a
    legislature or a party, each met on their own; unnamed: officials named by their states alone
    ("các Tổng thống Nga, Hàn Quốc", "Tổng thư ký LHQ"), as (start, end, parties)."""
    text = sentence.text
    raw: list[Mention] = []
    candidates = lex.trigger_index.candidates(text)
    for n in sorted(candidates):
        type_, kind, pattern, _ = lex.triggers[n]
        for m in pattern.finditer(text):
            raw.append(Mention(type_, kind, m.start(), m.end(), sentence.index))
    raw.sort(key=lambda m: (m.start, -(m.end - m.start)))
    mentions: list[Mention] = []
    for m in raw:  # longest reading wins where triggers overlap
        if any(o.start < m.end and m.start < o.end for o in mentions):
            continue
        last = mentions[-1] if mentions else None
        if last and last.type in ENCOUNTER and m.type in ENCOUNTER and last.kind == m.kind == "trigger" \
                and lex.grammar["pair_join"].fullmatch(text[last.end:m.start]):
            last.end = m.end  # "gặp và hội kiến": one meeting told with two verbs
            last.type = max((last.type, m.type), key=lambda t: ENCOUNTER[t])
            continue
        if any(s <= m.start < e for s, e, _, _ in people):  # a title such as "Trợ lý Tổng thống"
            continue
        if last and last.type == m.type == "Conference" and not text[last.end:m.start].strip():
            last.end = m.end  # "Hội nghị thượng đỉnh Diễn đàn Đối tác ...": one name
            continue
        if last and last.type == "Conference" and m.type == "Dialogue" and not text[last.end:m.start].strip():
            mentions.pop()  # "Hội nghị Đối thoại chính sách quốc phòng ... lần thứ 8": the dialogue's session
        if last and last.type in ("Dialogue", "Conference") and m.type == "Meeting" and m.kind == "trigger" \
                and not re.search(r"[,;]", text[last.end:m.start]) and not any(s >= last.end for s, *_ in people):
            continue  # "The second Joint Committee ... met online": the committee's session, no meeting besides
        if m.type == "Dialogue" and lex.grammar["document_before"].search(before(text, m.start)):
            continue  # "the MoU on Diplomatic and Political Consultations": a document's name
        if m.type == "Dialogue" and lex.grammar["mechanism_before"].search(before(text, m.start)) \
                and not lex.grammar["edition"].search(text, m.end, m.end + 80):
            continue  # "các cơ chế hợp tác, tham vấn chính trị ... được duy trì": the mechanism, no session held
        clause_start = next((k + 1 for k in range(m.start - 1, -1, -1) if text[k] in ",;"  # (not a title's comma:
                             and not any(s <= k < e for s, e, _, _ in people)), 0)  # "Minister of Trade, Export ...")
        during = bool(lex.event_context["during"].search(before(text, m.start)))
        held = during or lex.grammar["setting_opening"].match(text, m.start)  # "during talks with X"
        if (lex.event_context["unreal"].search(text[clause_start:m.start]) and not held) or (
                m.type == "Conference" and lex.grammar["forum_list_before"].search(before(text, m.start, 240))):
            continue  # "mời ... thăm"; "phối hợp tại các diễn đàn ..., trong đó có Hội nghị Cấp cao Đông Á": a forum
        head = before(text, m.start)  # (or before the event's name: "prior to the 29th APEC Economic Leaders' Meeting")
        m.frame = m.type in SETTING and any(lex.event_context["frame"].search(h) for h in (head, EVENT_NAME_END.sub(
            "", head)))
        m.during = m.type in SETTING and during  # ("expressed the wish to ... during talks with X": held talks)
        if lex.grammar["plural_event_before"].search(before(text, m.start)):
            if m.type == "Visit":
                continue  # "các chuyến thăm cấp cao giữa hai nước": visits in general, none in particular
            m.several = True  # "các cuộc hội đàm với A; B và C": one with A, one with B and C
        elif m.type != "Visit" and (lex.grammar["counted_event_before"].search(before(text, m.start))
                                    or lex.grammar["plural_trigger"].search(text, m.start, m.end)
                                    or lex.grammar["plural_object_after"].match(text, m.end)):
            m.several = True  # "7 cuộc tiếp xúc song phương ... gồm A, B, C", "three bilateral meetings"
        mentions.append(m)
    if not mentions:
        return []
    online = bool(lex.event_context["online"].search(text))
    # who takes part: the officials named, but not those named in passing ("lời mời của X", "on behalf of X")
    everyone = [(s, e, key) for s, e, key, dead in people if not dead]
    living = _direct(text, everyone, lex)
    for n, m in enumerate(mentions):
        m.online = online
        m.origin = (m.sentence, m.start)
        after = text[m.end:]
        m.participants = list(dict.fromkeys(key for _, _, key in living))
        if (between := lex.grammar["between_after"].match(text, m.end)) and \
                (pair := _listed_people(text, between.end(), living, lex)):  # "the summit between X and Y"
            m.participants, m.between = pair, True
        chair = lex.grammar["chair_verb"].search(text, 0, m.start)  # "X và Y đã đồng chủ trì Đối thoại ..."
        if chair and m.kind == "trigger":
            m.chairs = list(dict.fromkeys(key for _, e, key in living if e <= chair.start()))
        if m.type != "Visit" and not m.between and lex.grammar["outcome_before"].search(before(text, m.start)):
            m.participants, m.kind = [], "reference"  # "hài lòng về kết quả Phiên Tham khảo": spoken of
        if m.type == "Visit":
            owners = list(dict.fromkeys(key for s, _, key in everyone  # "chuyến thăm của X", "visiting X"
                                        if s > m.end and (lex.grammar["possessor_gap"].match(text[m.end:s])
                                                          or lex.grammar["visitor_after"].match(text[m.start:s]))))
            visitor = [key for _, e, key in living if e <= m.start]  # the last one named before the trip
            possessive = bool(lex.grammar["subject_possessive_before"].search(before(text, m.start)))
            if visitor and possessive:
                visitor = visitor[:1]  # "X held talks with Y ..., as part of his visit": the subject's
            last_end = max((e for _, e, _ in living if e <= m.start), default=m.start)
            # "X nhấn mạnh chuyến thăm có ý nghĩa": X speaks of it, a host as often as not (not "said during his visit")
            spoken = not possessive and bool(lex.grammar["spoken_of_between"].search(text, last_end, m.start))
            subject = [key for s, _, key in living if s >= m.end][:1] if m.frame else []
            # "Nhận lời mời của Chủ tịch nước X, Tổng thống Y đã đến thăm": the one after the inviter
            invited = [key for s, e, key in everyone if e <= m.start
                       and not lex.grammar["indirect_before"].search(before(text, s))]
            # ("During the trip, X met Y": X's)
            if spoken:
                visitor, invited = [], []
            m.participants = owners or visitor[-1:] or subject or invited[-1:] or ([] if spoken else m.participants)
            toward = lex.grammar["visit_toward"].match(after).end()
            # a state's short form standing alone is one too ("đã thăm Nga, cùng ...", not "thăm Mỹ Tho")
            dest = lex.place_or_country_re.match(after, toward) or next(
                (Hit(after, start, end) for start, end, _ in lex.party_mentions(after) if start == toward), None)
            if dest:
                m.places.append(dest.group())
                more, _ = lex.party_list(after, dest.end())
                if more:  # "thăm ... Lào, Vương quốc Campuchia, Cộng hòa Liên bang Myanmar": one trip each
                    m.destinations = [dest.group()] + [name for name, _ in more]
        if m.type == "Conference" and m.frame and n + 1 < len(mentions) and (subject := list(dict.fromkeys(
                key for s, _, key in living if m.end <= s < mentions[n + 1].start))):
            m.participants = subject  # "Nhân dịp dự Hội nghị ..., X có cuộc gặp với Y": X attends it, not Y
        if m.type == "Conference" and n and mentions[n - 1].type == "Visit" and \
                lex.grammar["visit_then_attend"].match(text[mentions[n - 1].end:m.start]):
            m.participants = list(mentions[n - 1].participants)  # "Y đang thăm Việt Nam và dự Hội nghị": Y's
        if m.type in ("Dialogue", "Conference") and m.kind == "trigger":
            tail = after[:lex.grammar["mechanism_end"].search(after + ".").start()]
            following = 160
            if n + 1 < len(mentions):  # not the next session's: "the 12th X and the ninth Y"
                nxt = mentions[n + 1].start
                ordinal = lex.grammar["edition_before"].search(before(text, nxt))
                following = (nxt - len(before(text, nxt)) + ordinal.start() if ordinal else nxt) - m.end
            edition_at = lex.grammar["edition"].search(after[:max(0, min(160, following))])
            if edition_at and not SENTENCE_BREAK.search(after, 0, edition_at.start()):
                m.edition = edition_of(after[edition_at.start():], lex)
            elif ordinal := lex.grammar["edition_before"].search(before(text, m.start)):  # "the sixth ... Dialogue"
                m.edition = edition_of(ordinal.group(), lex)
            else:  # "the third Vietnam-France defence strategy and cooperation dialogue"
                m.edition = edition_of(text[m.start:m.end], lex)
            if m.type == "Dialogue":
                m.mechanism, m.mechanism_parties = mechanism_name(text[m.start:m.end] + tail, lex)
            elif not m.several:  # "và các Hội nghị Cấp cao liên quan": those around it, not one named apart
                m.name = single_spaced(text[m.start:m.end] + tail).strip().casefold()
        limit = mentions[n + 1].start if n + 1 < len(mentions) else len(text)
        m.parties = {c for key in m.participants if (c := country_of.get(key))}
        if m.type in ENCOUNTER and m.kind == "trigger":
            m.counterparts = [c for s, _, codes in unnamed if m.end <= s < limit for c in codes]
            if m.several and not m.counterparts:
                m.counterparts = [c for c in _listed_parties(text, m.end, limit, lex) if c not in m.parties]
    mentions = [m for m in mentions if not _at_the_session(m, mentions, text, lex)]
    _each_its_own(text, mentions, living, country_of)
    split = [(m, part) for m in mentions
             for part in _per_counterpart(m, text, living, country_of, mentions, lex, leaders)]
    dates = event_dates(text, lex)
    _assign_dates(text, mentions, dates)
    date_of: dict[tuple[int, int], DateMention | None] = {}
    for m in mentions:  # "Chiều 9/1, X hội đàm với A, tiếp kiến B": the day of the list's first verb
        m.date = m.date or date_of.get(m.origin)
        date_of[m.origin] = m.date
    skip = [(s, e) for s, e, _, _ in people]
    for position, names in places_in(text, lex, skip):
        owner = _owner(text, mentions, position)
        owner.places += [n for n in names if n not in owner.places]
    settings = [m for m in mentions if m.type in SETTING and m.places]
    for m in mentions:  # "nhân dịp dự Hội nghị ... tại Viêng Chăn, ... hội kiến": the meeting is there too
        if not m.places and settings and m.type not in SETTING:
            m.places = list(settings[0].places)
    held = [m for m in mentions if m.type in ENCOUNTER and m.places]
    for m in mentions:  # "his visiting counterpart ... after talks in Manila": the visit is there too
        if m.type == "Visit" and not m.places and held:
            m.places = list(held[0].places)
    for source, part in split:  # what was assigned to a mention holds for the meetings it was split into
        part.date, part.online = source.date, source.online
        if not source.destinations:
            part.places = list(source.places)
    return [part for _, part in split]


def _direct(text: str, people: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """The officials a sentence names as taking part: not those named in passing ("lời mời của X",
    "on behalf of X"), nor those listed after such a one ("lời thăm hỏi của Tổng Bí thư X, Chủ tịch
    nước Y tới ...")."""
    direct, last_end, passing = [], None, False
    for start, end, key in people:
        listed = last_end is not None and lex.grammar["list_join"].fullmatch(text, last_end, start)
        passing = bool(lex.grammar["indirect_before"].search(before(text, start))) or (passing and bool(listed))
        if not passing and not lex.grammar["aide_after"].match(text, end):  # "the President's adviser X": X's
            direct.append((start, end, key))
        last_end = end
    return direct


def _listed_people(text: str, start: int, people: list[tuple[int, int, str]], lex: Lexicon) -> list[str]:
    """The officials listed from start on, one after another ('President X and To Lam, general
    secretary ...'): two at least, or none."""
    listed: list[str] = []
    last = start
    for s, e, key in people:
        if s < start:
            continue
        if not (lex.grammar["between_join"].fullmatch(text, last, s) if listed else not text[start:s].strip()):
            break
        listed.append(key)
        last = e
    return list(dict.fromkeys(listed)) if len(set(listed)) > 1 else []


def _listed_parties(text: str, start: int, limit: int, lex: Lexicon) -> list[str]:
    """The parties listed after meetings told in the plural ("7 cuộc tiếp xúc song phương với lãnh đạo
    các nước, gồm Tây Ban Nha, Paraguay, Canada", "separate meetings with Russia, China and India"),
    as codes: a meeting with each. A list of two at least, introduced as those met."""
    for hit in lex.country_or_short_re.finditer(text, start, limit):
        if not lex.grammar["counterpart_list_before"].search(before(text, hit.start())):
            continue
        more, _ = lex.party_list(text, hit.end())
        codes = [c for c in [lex.party(hit.group()), *(code for _, code in more)] if c]
        return list(dict.fromkeys(codes)) if len(codes) > 1 else []
    return []


def meet_the_delegation(mentions: list[Mention], text_of: dict[int, str], heads: list[str],
                        country_of: dict[str, str | None], lex: Lexicon) -> None:
    """'thân mật tiếp Đoàn', 'hội đàm với Đoàn đại biểu Đảng Cộng sản Trung Quốc', 'received the
    delegation': a meeting with the delegation the story introduced ('do ông X dẫn đầu', 'led by X')
    is a meeting with its head, the one of another state than those already at it; so is one the
    delegation held ('the delegation paid courtesy visits to ...')."""
    for m in mentions:
        text = text_of[m.sentence]
        if heads and m.type in ENCOUNTER and m.kind == "trigger" and (
                lex.grammar["delegation_after"].match(text, m.end)
                or lex.grammar["delegation_subject_before"].search(before(text, m.start))):
            present = {country_of.get(key) for key in m.participants}
            guests = [key for key in heads if country_of.get(key) not in present]
            m.participants += [key for key in guests if key not in m.participants]
            m.parties |= {c for key in guests if (c := country_of.get(key))}


def meet_the_listed(mentions: list[Mention], text_of: dict[int, str],
                    in_sentence: dict[int, list[tuple[int, int, str, bool]]], country_of: dict[str, str | None],
                    lex: Lexicon) -> list[Mention]:
    """'held meetings with leaders of foreign countries ... They included Chilean President X, Thai PM Y':
    meetings told in the plural with no one met in their sentence are one meeting with each state the
    list that follows names (a photo's caption may stand between)."""
    found: list[Mention] = []
    for m in mentions:
        listing = next((k for k in (m.sentence + 1, m.sentence + 2)
                        if k in text_of and lex.grammar["list_lead"].match(text_of[k])), None)
        met: dict[str, list[str]] = {}
        if m.several and m.kind == "trigger" and m.type in ENCOUNTER and listing is not None and \
                len({country_of.get(key) for key in m.participants}) <= 1:
            for _, _, key, dead in in_sentence[listing]:
                if not dead and key not in m.participants:
                    met.setdefault(country_of.get(key) or key, []).append(key)
        for keys in met.values():
            part = Mention(m.type, m.kind, m.start, m.end, m.sentence, m.frame, m.online, m.participants + keys,
                           origin=m.origin)
            part.parties = {c for key in part.participants if (c := country_of.get(key))}
            part.date, part.places = m.date, list(m.places)
            found.append(part)
        if not met:
            found.append(m)
    return found


def meet_the_protagonist(mentions: list[Mention], text_of: dict[int, str], country_of: dict[str, str | None],
                         lex: Lexicon) -> None:
    """'During the meeting with US Secretary Blinken, the two sides ...', 'Tại cuộc gặp với Ngoại trưởng
    Nga ...': a meeting with one party's officials alone, in a story of meetings, is one more of the
    meetings of the story's protagonist (those of another party at its first meeting); one of the
    meetings the story opened with, where it opened with several."""
    first = next((m for m in mentions if m.type in ENCOUNTER and m.participants), None)
    if first is not None and first.kind == "reference" and (
            len(first.parties) > 1 or lex.grammar["counterpart_after"].match(text_of[first.sentence], first.end)):
        first.kind = "trigger"  # "X told Y during a meeting in Hanoi on March 31": a meeting first told in passing
    elif first is not None and first.kind == "reference" and first.parties and (visit := next((
            m for m in reversed(mentions) if m.type == "Visit" and m.kind == "trigger" and m.participants
            and 0 <= first.sentence - m.sentence <= 2 and m.parties and not m.parties & first.parties), None)):
        # "A delegation led by Ambassador X paid a working visit to the province. During the meeting, Chairman
        # Y briefed the guests": the host met the visitor
        first.participants += [key for key in visit.participants if key not in first.participants]
        first.parties |= visit.parties
        first.kind = "trigger"
    if first is None:
        return
    several = sum(m.origin == first.origin for m in mentions) > 1
    if first.several and len({country_of.get(key) for key in first.participants}) == 1:
        # "X had separate bilateral meetings with ... At the meeting with Y, X said": those it announced;
        # "X held a series of meetings ... The meetings were held with A, B and C": X's with each
        own = {country_of.get(key) for key in first.participants}
        for m in mentions:
            if m.sentence > first.sentence and m.type in ENCOUNTER and m.kind == "trigger" and m.participants \
                    and not {country_of.get(key) for key in m.participants} & own:
                m.participants = first.participants + m.participants
                m.parties |= own - {None}
            if m.sentence > first.sentence and m.type in ENCOUNTER and set(first.participants) < set(m.participants):
                m.origin, m.kind, m.date = first.origin, "trigger", m.date or first.date
        return
    for m in mentions:
        present = {country_of.get(key) for key in m.participants}
        if m is first or m.type not in ENCOUNTER or len(present) != 1 or \
                not lex.grammar["counterpart_after"].match(text_of[m.sentence], m.end):
            continue
        hosts = [key for key in first.participants if country_of.get(key) not in present | {None}]
        # of two sides met first, Vietnam's is the one the story follows (not the other state met then); a
        # first meeting with one side told ("Tại cuộc gặp Tổng thống Philippines X, ...") names no protagonist
        hosts = [key for key in hosts if country_of.get(key) == HOME] or (
            hosts if len({country_of.get(key) for key in first.participants}) > 1 else [])
        m.participants += [key for key in hosts if key not in m.participants]
        m.parties |= {c for key in hosts if (c := country_of.get(key))}
        if several:  # a story of meetings told at first in one sentence: reported with them, on their day
            m.origin, m.date = first.origin, m.date or first.date


def _at_the_session(m: Mention, mentions: list[Mention], text: str, lex: Lexicon) -> bool:
    """'X met with Y at the 10th meeting of the steering committee': the meeting is that session."""
    return m.type in ENCOUNTER and m.kind == "trigger" and any(
        d.type == "Dialogue" and d.kind == "trigger" and d.start > m.end and set(d.participants) == set(m.participants)
        and lex.grammar["session_at_before"].search(text, m.end, d.start) for d in mentions)


def _each_its_own(text: str, mentions: list[Mention], living: list[tuple[int, int, str]],
                  country_of: dict[str, str | None]) -> None:
    """'X hội đàm với A, tiếp kiến B, gặp gỡ doanh nghiệp', 'X held talks with A and called on B': one
    subject, a list of meetings, each with those its own verb names, not all of them ("The delegation
    held a political consultation with A and B and a working session with C": the subject named before)."""
    told = [m for m in mentions if m.type in (*ENCOUNTER, "Dialogue") and m.kind == "trigger" and not m.between]
    if len(told) < 2:
        return
    subject = [key for s, _, key in living if s < told[0].start]
    ends = [m.start for m in told[1:]] + [len(text)]
    own = [[key for s, _, key in living if m.end <= s < end] for m, end in zip(told, ends)]
    if sum(1 for m, met in zip(told, own) if met or m.counterparts) < 2 or not (subject or all(own)):
        return  # (those met may be named by title and state alone: "hội kiến Quốc vương Kuwait")
    for m, met in zip(told, own):
        m.listed = bool(met or m.counterparts)  # not "gặp gỡ doanh nghiệp": no official met
        m.participants = subject + [key for key in met if key not in subject]
        m.parties = {c for key in m.participants if (c := country_of.get(key))}
        m.origin = told[0].origin  # one report: all of it is reported if any is


def _per_counterpart(m: Mention, text: str, living: list[tuple[int, int, str]], country_of: dict[str, str | None],
                     mentions: list[Mention], lex: Lexicon, leaders: frozenset[str] = frozenset()) -> list[Mention]:
    """A meeting with officials of several states ("gặp Tổng thống Nga Putin, Thủ tướng Australia
    Morrison", "met the presidents of Russia and Korea"): one meeting per state met, each with the
    officials who went to all of them. A trip to several states: one visit to each."""
    if m.type == "Visit" and len(m.destinations) > 1:
        parts = []
        for name in m.destinations:
            code = lex.place_in(name)
            part = Mention(m.type, m.kind, m.start, m.end, m.sentence, m.frame, m.online, list(m.participants),
                           origin=m.origin, counterparts=[code] if code else [])
            part.places = [name]
            part.parties = m.parties | set(part.counterparts)
            parts.append(part)
        return parts
    if m.type not in ENCOUNTER or m.kind != "trigger" or m.between:
        return [m]
    later = [o for o in mentions if o.start > m.start]
    reach = m.end  # "gặp gỡ và có các cuộc tiếp xúc với A, B": the words of one report, and whom it met
    while later and later[0].type in ENCOUNTER and lex.grammar["encounter_join"].match(text[reach:later[0].start]):
        reach = later.pop(0).end
    nxt = later[0].start if later else None
    met = [(s, key) for s, _, key in living if s >= reach and (nxt is None or s < nxt)]
    if met and not text[:m.start].strip() and (comma := text.find(",", met[0][0])) >= 0:
        met = [(s, key) for s, key in met if s < comma]  # "Meeting with X, minister Y agreed": Y is the subject
    if met and lex.grammar["event_opening"].fullmatch(text, 0, m.start) and "," in text[m.end:met[0][0]]:
        return [m]  # "Sau cuộc hội đàm chiều 8/11, X và Y đã công bố": those after the comma held it
    groups: dict[tuple[str, int], list[str]] = {}  # (state, which ';'-part of the list) -> those met
    for s, key in met:  # by state; told in the plural, by the ';' that set groups off as well; and by "và với"
        part = (text.count(";", m.end, s) if m.several else 0) + len(lex.grammar["again_with"].findall(text, m.end, s))
        groups.setdefault((country_of.get(key) or "", part), []).append(key)
    met = [key for _, key in met]
    for code in m.counterparts:
        if not any(state == code for state, _ in groups):
            groups[code, 0] = []
    host = [key for key in m.participants if key not in met]
    if len(groups) == 1 and not m.counterparts:  # "Đại sứ Italy A, Đại sứ Anh B đã trình Quốc thư lên Chủ tịch
        # nước C": those of several states before the verb, one met: one meeting of each state's with C
        by_state: dict[tuple[str, int], list[str]] = {}
        for key in host:
            by_state.setdefault((country_of.get(key) or "", 0), []).append(key)
        if len(by_state) > 1 and all(state and state not in {s for s, _ in groups} for state, _ in by_state):
            groups, host = by_state, met
    planned = bool(lex.grammar["intended_before"].search(before(text, m.start)))  # "will meet A, B, C and D"
    if len(groups) == 1 and len(met) > 1 and (m.several or (not m.between and not planned and host and any(
            k in leaders for k in met))):
        # "paid courtesy visits to A and B", "hội kiến Chủ tịch nước A và Chủ tịch Quốc hội B", "hội kiến Thủ
        # tướng A và Phó Thủ tướng B": a leader is called on alone, so one each (a plan tells no more than one)
        state = next(iter(groups))[0]
        groups = {(state, n): [key] for n, key in enumerate(met)}
    if len(groups) < 2:
        m.parties |= set(m.counterparts)  # "hội kiến Quốc vương Kuwait": with Kuwait, its king unnamed
        return [m]
    if not m.several and (own := [g for g in groups if g[0] == HOME]) and len(own) < len(groups):
        for g in own:  # "Nhắc lại cuộc gặp Tổng thống Pháp X ..., Chủ tịch nước cho biết": Vietnam's side of it
            host += groups.pop(g)
        if len(groups) < 2:
            m.participants = list(dict.fromkeys(host + [k for keys in groups.values() for k in keys]))
            return [m]
    parts = []
    for (code, _), keys in groups.items():
        part = Mention(m.type, m.kind, m.start, m.end, m.sentence, m.frame, m.online, host + keys,
                       [c for c in m.chairs if c in host + keys], origin=m.origin,
                       counterparts=[code] if code and not keys else [])
        part.parties = {c for key in part.participants if (c := country_of.get(key))} | set(part.counterparts)
        parts.append(part)
    return parts


def mechanism_name(text: str, lex: Lexicon) -> tuple[str, list[str]]:
    """'Đối thoại Chính trị - An ninh - Quốc phòng Việt Nam – Hoa Kỳ' -> the name and its parties."""
    text = DASH.sub(" - ", text).strip()
    parties: list[str] = []
    if pair := lex.trailing_pair(text):
        parties = [c for c in pair[1:] if c]
        text = text[:pair[0]]
    return text.strip(" -"), sorted(set(parties))


def _owner(text: str, mentions: list[Mention], position: int) -> Mention:
    """The mention a date or place belongs to: the one it follows, unless commas set it off as an
    adverbial of what comes next; an adverbial goes to the main verb, not to a framing event."""
    leading = [m for m in mentions if m.start < position]  # (or holding it: "spoke today with")
    if len(leading) > 1 and leading[-1].type == "Visit" and leading[-2].type in ENCOUNTER \
            and VISITING.fullmatch(text[leading[-1].start:leading[-1].end]):
        leading.pop()  # "held talks with his visiting counterpart X in Hanoi on March 18": the talks' day
    following = [m for m in mentions if m.start >= position]
    if following and (not leading or "," in text[leading[-1].end:position]):
        own = [m for m in following if not m.frame]
        return next((m for m in own if m.type not in SETTING), own[0] if own else following[0])
    return leading[-1] if leading else following[0]


def _assign_dates(text: str, mentions: list[Mention], dates: list[DateMention]) -> None:
    for d in dates:
        owner = _owner(text, mentions, d.start)
        if owner.date is None:
            owner.date = d


def build_events(mentions: list[Mention], year: int | None, published: str | None,
                 sentences: list[Sentence], lex: Lexicon, country_of: dict[str, str | None],
                 dropped: list[Dropped]) -> list[Event]:
    """Merge the mentions of one article into events, pick the one (or, for a story of several
    meetings, the ones) the article reports, and keep only diplomatic events: those bringing the
    officials of two parties together, or held abroad, or multilateral."""
    clusters: list[tuple[Event, list[Mention]]] = []
    told: Mention | None = None  # the event told last: whom "also present", "co-chaired by X" add to
    days_told = _days_told(sentences, year, published, lex) \
        if any(m.date and m.date.relative == "same_day" for m in mentions) else {}
    unattended: list[Mention] = []  # sessions told with no one named yet
    queue = list(reversed(mentions))
    while queue:
        m = queue.pop()
        if told is not None and told.event is None and m.participants and 0 <= m.sentence - told.sentence <= 2 \
                and (m.type == ANY or (m.type == told.type and m.edition is None and m.sentence > told.sentence)):
            # "They held their 4th consultation. It was chaired by X and Y", "Đã diễn ra Đối thoại ... lần thứ
            # 7. X và Y chủ trì đối thoại"; "held the 12th Political Consultations and the ninth Strategic
            # Dialogue. X and Y co-chaired": both sessions theirs
            for session in [o for o in unattended if o.sentence == told.sentence and o.type == told.type] + [told]:
                session.participants, session.parties = list(m.participants), set(m.parties)
            queue += [o for o in reversed(unattended) if o.sentence == told.sentence and o.type == told.type]
            told.date = told.date or m.date  # (and when and where, if the later sentence tells them)
            told.places += [p for p in m.places if p not in told.places]
            m = told
        before_it = told
        if m.type != ANY and m.kind == "trigger":
            told = m
        date = resolve(m.date, year, published) if m.date else None
        if m.date and m.date.relative == "same_day":
            date = days_told.get(m.sentence)
        end = resolve_end(m.date, year, published) if m.date else None
        same = [c for c in clusters if _same_event(c[0], m, date, end, lex) and not _named_apart(c[1], m)
                and not (m.listed and any(o.listed and o.sentence == m.sentence for o in c[1]))]
        # the one with all its participants and of its type first: "talks with X" are not the meeting before
        target = max(same, key=lambda c: (set(m.participants) <= set(c[0].participants), c[0].type == m.type),
                     default=None)
        if target is None and before_it is not None and (one := before_it.event) is not None \
                and m.type in ENCOUNTER and one.type in ENCOUNTER and m.sentence - before_it.sentence <= 1 \
                and len(m.parties) == 1 and len(one.parties) == 1 and m.parties != set(one.parties) \
                and HOME in m.parties | set(one.parties):
            # "Đoàn ... do Tổng lãnh sự X dẫn đầu đã đến chào xã giao lãnh đạo tỉnh. Phó Chủ tịch Y chủ trì buổi
            # tiếp": each side told in its own sentence, one meeting
            target = next(c for c in clusters if c[0] is one)
        if target is None:
            if not m.participants and m.kind == "trigger":
                unattended.append(m)
            if not m.participants or m.type == ANY:
                continue
            event = Event(type=m.type, main=False, date=date, places=list(m.places), edition=m.edition,
                          participants=list(dict.fromkeys(m.participants)), chairs=list(m.chairs), online=m.online,
                          mechanism=m.mechanism, mechanism_parties=list(m.mechanism_parties),
                          parties=sorted(m.parties), evidence=sentences[m.sentence].text,
                          end_date=resolve_end(m.date, year, published) if m.date else None)
            clusters.append((event, [m]))
            m.event = event
            continue
        event, members = target
        members.append(m)
        m.event = event
        event.participants += [p for p in m.participants if p not in event.participants]
        event.parties = sorted(set(event.parties) | m.parties)
        if m.kind == "reference":  # "Tại cuộc hội đàm, ...": more participants, nothing else new
            continue
        if ENCOUNTER.get(m.type, 0) > ENCOUNTER.get(event.type, 0):
            event.type = m.type
        if event.date is None and date:
            event.date, event.end_date = date, resolve_end(m.date, year, published)
        elif date and event.end_date and event.date and event.date < date <= event.end_date \
                and not resolve_end(m.date, year, published):
            event.date, event.end_date = date, None  # "sang ... tiến hành Đối thoại (18-22/6)", then "Ngày 20/6"
        elif event.type == "Visit" and end and not event.end_date and _within(event.date or "", date or "", end):
            event.date, event.end_date = date, end  # "his visiting counterpart ... on March 18", "a visit from 17-19"
        event.places += [p for p in m.places if p not in event.places]
        event.edition = event.edition or m.edition
        event.chairs += [p for p in m.chairs if p not in event.chairs]
        event.online = event.online or m.online
        event.mechanism = event.mechanism or m.mechanism
        event.mechanism_parties = event.mechanism_parties or m.mechanism_parties
    _session_led_by_those_named_after(clusters, mentions, year, published, sentences, country_of)
    _date_by_the_trip(clusters)
    for event, members in clusters:  # "Tại cuộc gặp Tổng thống Philippines X, ...": met by Vietnam's side, unnamed
        if event.type in ENCOUNTER and len(event.parties) == 1 and HOME not in event.parties and any(
                m.kind == "trigger" and lex.grammar["counterpart_after"].match(sentences[m.sentence].text, m.end)
                for m in members):
            event.parties = sorted({*event.parties, HOME})
    for event, members in clusters:
        if not _diplomatic(event, members, sentences, lex):
            dropped.append(Dropped("event", f"{event.type}: {event.evidence[:160]}",
                                   "not diplomatic: officials of one party, at home"))
    clusters = [c for c in clusters if _diplomatic(c[0], c[1], sentences, lex)]
    for event, _ in clusters:  # "tại Phủ Chủ tịch", "in Hanoi": the state it is in says no more, but where one goes
        if event.type != "Visit" and any(p not in lex.country_of_name for p in event.places):
            event.places = [p for p in event.places if p not in lex.country_of_name]
    _name_the_counterparts(clusters, country_of)
    if not clusters:
        return []
    main = min(clusters, key=lambda c: (_long_before(c[0].date, published), _main_rank(c[1])))
    origins = {m.origin for m in main[1]}
    if main[0].type == "Dialogue":  # "the 11th political consultations and the 8th strategic dialogue": both held
        told_in = {m.sentence for m in main[1] if m.kind == "trigger"}
        origins |= {m.origin for event, members in clusters if event.type == "Dialogue"
                    for m in members if m.kind == "trigger" and m.sentence in told_in}
    framed = {m.sentence for m in mentions if m.during} | {  # "Cũng nhân dịp này, X gặp Y": during the main event
        s.index for s in sentences if lex.grammar["occasion_opening"].match(s.text)}
    if main[0].type == "Visit":  # "Nhận lời mời ..., X đến thăm ... Sáng 6/5, X hội đàm với Y": the talks too
        visitors = set(main[0].participants)  # (not those told "during the visit": a month, no day, is known)
        origins |= {members[0].origin for event, members in clusters if event.type in ENCOUNTER
                    and len(event.parties) > 1 and visitors <= set(event.participants)
                    and members[0].sentence not in framed}
    for event, members in clusters:  # the meetings one report was split into are all reported
        told = [m for m in members if m.kind == "trigger"] or members  # ("Following the talks, ...": told as known)
        event.main = event is main[0] or any(m.origin in origins for m in told)
    day = main[0].date if main[0].type in ENCOUNTER and main[0].date and len(main[0].date) == 10 else None
    for event, _ in clusters:  # "X held talks with Y on Tuesday. X also called on Z that morning": both reported
        if day and event.date == day and event.type in ENCOUNTER and len(event.parties) > 1 \
                and set(event.participants) & set(main[0].participants):
            event.main = True
    held = main[0].date or (published or "")[:7] or None
    if held and main[0].end_date and main[0].end_date[:7] != held[:7]:
        held = held[:4]  # a visit from 31/10 to 1/11: in that year, the month unknown
    for event, members in clusters:  # "Trong chuyến thăm, X hội đàm với A": the visit and the talks, that month
        if event.date is None and held and not event.main and any(m.during or m.sentence in framed for m in members):
            event.date = held[:7]
    established = _established(sentences, lex)
    for event, _ in clusters:
        if event.type == "Dialogue":
            event.mechanism_established = established
    return [event for event, _ in clusters]


def _days_told(sentences: list[Sentence], year: int | None, published: str | None,
               lex: Lexicon) -> dict[int, str | None]:
    """The last day the story named before each sentence: the day "Cùng ngày", "later that day" mean."""
    last, before_each = None, {}
    for s in sentences:
        before_each[s.index] = last
        for d in event_dates(s.text, lex):
            if d.day and (iso := resolve(d, year, published)) and len(iso) == 10:
                last = iso
    return before_each


def _session_led_by_those_named_after(clusters: list[tuple[Event, list[Mention]]], mentions: list[Mention],
                                     year: int | None, published: str | None, sentences: list[Sentence],
                                     country_of: dict[str, str | None]) -> None:
    """'During the ninth political consultation, the sides exchanged views ... Deputy Minister X said':
    a session told with no one named, in a story of no other event, whose officials all serve two
    sides, is theirs."""
    unnamed = next((m for m in mentions if m.type == "Dialogue" and m.kind == "trigger" and not m.participants
                    and m.event is None), None)
    states = set(country_of.values())
    if unnamed is None or clusters or len(states) != 2 or None in states \
            or not 2 <= len(country_of) <= 4:
        return
    date = resolve(unnamed.date, year, published) if unnamed.date else None
    for session in [m for m in mentions if m.type == "Dialogue" and m.kind == "trigger" and not m.participants
                    and m.event is None and m.sentence == unnamed.sentence]:  # (two sessions told in one sentence)
        event = Event(type="Dialogue", main=False, date=date, places=list(unnamed.places), edition=session.edition,
                      participants=list(country_of), online=unnamed.online, mechanism=session.mechanism,
                      mechanism_parties=list(session.mechanism_parties), parties=sorted(states),
                      evidence=sentences[unnamed.sentence].text)
        session.event = event
        clusters.append((event, [session]))


def _date_by_the_trip(clusters: list[tuple[Event, list[Mention]]]) -> None:
    """"X attended the fourth policy dialogue and visited Germany from September 4-9": what a visitor did
    on a trip told in one sentence with its span happened within it, in its month (its year if two)."""
    trips = [(e, {m.sentence for m in ms}) for e, ms in clusters if e.type == "Visit" and e.date and e.end_date]
    for event, members in clusters:
        told = {m.sentence for m in members}
        trip = next((t for t, where in trips if event.date is None and where & told
                     and set(t.participants) & set(event.participants)), None)
        if trip and trip.date and trip.end_date:
            event.date = trip.date[:7] if trip.end_date[:7] == trip.date[:7] else trip.date[:4]


def _name_the_counterparts(clusters: list[tuple[Event, list[Mention]]], country_of: dict[str, str | None]) -> None:
    """A meeting with a state named alone ("tiếp Đại sứ các nước Thái Lan, Indonesia ...") is with the
    one official of that state the story names elsewhere ("Đại sứ Thái Lan Manopchai ... cho biết"),
    unless a list of meetings named that one apart ("hội kiến Quốc vương Kuwait, hội đàm với Thủ tướng X")."""
    for event, members in clusters:
        if len(event.parties) != 2 or any(country_of.get(p) not in event.parties for p in event.participants) \
                or any(m.listed and m.counterparts for m in members):
            continue
        named = {country_of.get(p) for p in event.participants}
        for code in set(event.parties) - named:
            theirs = [key for key, country in country_of.items() if country == code]
            if len(theirs) == 1:
                event.participants.append(theirs[0])


def _diplomatic(event: Event, members: list[Mention], sentences: list[Sentence], lex: Lexicon) -> bool:
    """An event between officials of two parties, or abroad for its participants, or a dialogue of
    a mechanism, or a conference whose name makes it international: not a meeting at home."""
    if len(event.parties) > 1 or event.type == "Dialogue" or event.mechanism:
        return True
    home = set(event.parties)
    abroad = {lex.place_in(p) for p in event.places} - {None}
    if home and abroad - home:
        return True
    if event.type == "Visit" and not abroad and home - {HOME}:
        return True  # a foreign official's visit, told in news about Vietnam
    for m in members:
        if m.type == "Conference" and m.kind == "trigger":
            name = sentences[m.sentence].text[m.start:m.end + 80]
            if lex.grammar["international_conference"].search(name) or \
                    any(lex.countries[c].kind in ("grouping", "organisation") or c not in home
                        for _, _, c in lex.party_mentions(name)):
                return True
    return False


def _long_before(when: str | None, published: str | None) -> bool:
    """Whether an event is dated two months or more before the article ("Thủ tướng điện đàm với Tổng thống
    đắc cử, ngày 14/12/2016 - Ảnh" in a story of April 2017): a photo's or a recall's, not the one reported.

    >>> _long_before("2016-12-14", "2017-04-21"), _long_before("2017-03", "2017-04-21"), _long_before(None, "2017")
    (True, False, False)
    """
    if not when or not published or len(when) < 7 or len(published) < 7:
        return False
    return (int(published[:4]) - int(when[:4])) * 12 + int(published[5:7]) - int(when[5:7]) >= 2


def _main_rank(members: list[Mention]) -> tuple:
    """The event the article reports is the first one not framing another; within a sentence a
    meeting of people ranks before a visit or conference it happens during."""
    own = [(m.sentence, m.type not in ENCOUNTER and m.type != "Dialogue", m.start) for m in members if not m.frame]
    return min(own) if own else (float("inf"), True, 0)


def _named_apart(members: list[Mention], m: Mention) -> bool:
    """Two conferences one sentence names apart ("Hội nghị Bộ trưởng Ngoại giao ASEAN+1 với Anh, Hội nghị
    Bộ trưởng Ngoại giao ... EAS"): neither name the other's opening words. (Across sentences one
    conference goes by several names: "Hội nghị Cấp cao ASEAN", "Hội nghị Cấp cao Hiệp hội ...".)"""
    return bool(m.name) and any(o.sentence == m.sentence and o.name and o.name != m.name
                                and not o.name.startswith(m.name + " ") and not m.name.startswith(o.name + " ")
                                for o in members)


def _within(day: str, start: str, end: str | None) -> bool:
    return bool(end) and len(day) == len(start) == 10 and start <= day <= end


def _states_apart(places: list[str], others: list[str], lex: Lexicon) -> bool:
    """Places in different states: 'Vương quốc Campuchia', 'Lào'; not 'Hanoi', 'Vietnam'."""
    states, theirs = ({lex.place_in(p) for p in named} - {None} for named in (places, others))
    return bool(states and theirs and not states & theirs)


def _same_event(event: Event, m: Mention, date: str | None, end: str | None, lex: Lexicon) -> bool:
    if m.type == ANY:  # "Cùng dự có ...": whoever else took part in the event just reported
        return True
    same_kind = event.type == m.type or (event.type in ENCOUNTER and m.type in ENCOUNTER and (
        "PhoneCall" not in (event.type, m.type) or m.kind == "reference")) or (  # "held phone talks. During the talks"
        m.kind == "reference" and m.type == "Meeting" and event.type in ("Dialogue", "Conference")
        and set(m.participants) <= set(event.participants))  # "The meeting took place ...": the dialogue
    if not same_kind:
        return False
    if m.kind == "reference":
        if date and event.date and len(date) == len(event.date) == 10 and date != event.date:
            return False  # "Tại cuộc hội đàm hôm 20/4 giữa A và B": another encounter, told with its own day
        foreign, theirs = m.parties - {HOME}, set(event.parties) - {HOME}
        if foreign and theirs and not foreign & theirs:
            return False  # "Tại cuộc gặp Thủ tướng Singapore X" after the meeting with the Philippines' president
        return not m.parties or m.parties <= set(event.parties) or set(event.parties) <= m.parties \
            or len(event.parties) == 1  # "X received Ambassador Y. At the meeting, Vice Chairman Z said": Z's side
    if m.edition and event.edition and m.edition != event.edition:
        return False
    if m.edition and m.edition == event.edition and m.type == event.type:
        return True  # a numbered session is one, however dated and whoever is named at it
    if date and event.date and not (date.startswith(event.date) or event.date.startswith(date)) and not (
            (_within(date, event.date, event.end_date) or _within(event.date, date, end))
            and not _states_apart(event.places, m.places, lex)):
        return False  # (a day of a visit told with its first and last days is that visit, where it went)
    theirs = set(event.parties)
    if m.parties and theirs and not (m.parties <= theirs or theirs <= m.parties):
        return False  # a meeting with Russia's president and one with Australia's prime minister
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
