"""Commitments: who pledges what, clause by clause.

A clause is a pledge when it holds a pledge verb ("cam kết", "nhất trí"), or an affirmation
followed by action ("khẳng định ... sẽ tiếp tục tăng cường"). Proposals, wishes, thanks and
appraisals before the verb keep it from being one. The actor is the nearest subject before
the verb (a state, an official, "hai bên"); the areas are the keywords after it. Clauses
after ';' carry on the one before them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..fastmatch import single_spaced
from ..lexicon import Lexicon
from .text import Sentence, before, clauses

BOTH = "*"
PLEDGE_CUES = ("pledge", "agree", "affirm", "continue")  # a clause pledges only with one of these
CLAUSE_CUES = ("block", *PLEDGE_CUES)  # what a clause's pledge verb is read from


Named = list[tuple[int, int, str]]  # the officials named in a sentence: (start, end, state)
SUBJECTLESS_LEAD = 3  # words before the verb of a sentence that opens with it: "Đồng thời, nhất trí"


@dataclass
class Actor:
    start: int
    end: int
    codes: set[str]  # BOTH for "hai bên"
    embedded: bool = False


def find_actors(text: str, lex: Lexicon, people: list[tuple[int, int, str]],
                last_named: str | None = None) -> list[Actor]:
    """Who could be the subject of a verb: both sides, states, officials (their state), and a pronoun
    opening the sentence (the official named last before it: last_named)."""
    g = lex.grammar
    actors: list[Actor] = []
    if last_named and (pronoun := g["pronoun_subject"].match(text)):
        actors.append(Actor(pronoun.start(), pronoun.end(), {last_named}))
    # both sides: "hai bên", "the two countries", and a pair of office-holders ("the two diplomats")
    for m in [*lex.both_sides_re.finditer(text), *g["pair_subject"].finditer(text)]:
        head = before(text, m.start())
        if not g["object_before"].search(head) and not any(a.start <= m.start() < a.end for a in actors):
            actors.append(Actor(m.start(), m.end(), {BOTH}, bool(g["embedded_before"].search(head))))
    for start, end, code in lex.party_mentions(text, opening=True):
        if any(a.start <= start < a.end for a in actors) or g["pair_member_before"].search(text, 0, start):
            continue  # (not the second of "the Vietnam-U.K. defense cooperation")
        head = before(text, start)
        if g["object_before"].search(head) and not g["side_before"].search(head) and \
                not g["pledge_owned_after"].match(text, end):  # "of Vietnam’s commitments to"
            continue
        actors.append(Actor(start, end, {code}, bool(g["embedded_before"].search(head))))
    adjectives = list(lex.adjectives.finditer(text)) if lex.adjective_of else []
    for hit in adjectives:  # "the Venezuelan Government's", "the Philippine and Vietnamese presidents"
        if (noun := g["adjective_actor_after"].match(text, hit.end())) and \
                not any(a.start <= hit.start() < a.end for a in actors):
            head = before(text, hit.start())
            if not g["object_before"].search(head):
                codes = {lex.adjective_of[h.group()] for h in adjectives if hit.start() <= h.start() < noun.end()}
                actors.append(Actor(hit.start(), noun.end(), codes, bool(g["embedded_before"].search(head))))
    for start, end, country in people:
        head = before(text, start)
        if not g["object_before"].search(head):
            actors.append(Actor(start, end, {country}, bool(g["embedded_before"].search(head))))
    for pronoun in g["speaker_pronoun"].finditer(text):  # "Aquino said he and Mr. Sang agreed": the speaker
        if speaker := [country for start, end, country in people if end <= pronoun.start()][-1:]:
            actors.append(Actor(pronoun.start(), pronoun.end(), set(speaker),
                                bool(g["embedded_before"].search(before(text, pronoun.start())))))
    actors.sort(key=lambda a: a.start)
    grouped: list[Actor] = []
    for a in actors:
        # "X and Y"; "Communist Party of Vietnam (CPV) Central Committee General Secretary Y": one phrase
        gap = text[grouped[-1].end:a.start] if grouped else ""
        if grouped and (g["actor_join"].match(gap) or g["actor_continues"].match(gap)):
            grouped[-1] = Actor(grouped[-1].start, a.end, grouped[-1].codes | a.codes, grouped[-1].embedded)
        elif not grouped or a.start >= grouped[-1].end:
            grouped.append(a)
    return grouped


def find_cue(text: str, start: int, end: int, lex: Lexicon, actors: list[Actor]) -> tuple[int, int, str] | None:
    """Where the pledge verb of a clause is, and its kind, or None when the clause pledges nothing."""
    g = lex.grammar
    cues = {kind: list(lex.cue_re[kind].finditer(text, start, end)) for kind in CLAUSE_CUES}
    purpose = g["purpose_opening"].match(text, start)  # "Để bày tỏ tình đoàn kết ..., X thông báo ... sẽ": why, no
    blocks = [m.end() for m in cues["block"] if not purpose or m.start() >= purpose.end()]  # wish of its own

    def blocked(position: int, by_actor_between: bool = False, reach: int = 4) -> bool:
        """A proposal, wish or appraisal comes first; for a pledge verb, only if no new subject stands
        between it and the verb (within `reach` words: 'hoan nghênh Hoa Kỳ cam kết')."""
        last = max((b for b in blocks if b <= position), default=None)
        if last is None:
            return False
        return not (by_actor_between and any(last <= a.start and a.end <= position
                                             and len(text[a.end:position].split()) <= reach for a in actors))

    candidates, coordinated = [], []
    for m, kind in [(m, "pledge") for m in cues["pledge"]] + [(m, "agree") for m in cues["agree"]]:
        agentless = g["agentless_pledge"].search(text, start, m.end() + 20)  # "Pledges were made", "It was agreed"
        if g["not_a_pledge_after"].match(text, m.end()) or g["not_a_pledge_before"].search(before(text, m.start())):
            continue  # "sự tin cậy và quyết tâm chính trị": political will; "các hiệp định và thỏa thuận": nouns
        if lex.cue_re["opinion"].match(text, m.end() + 1) or (
                g["passive_before"].search(text[start:m.start()]) and not agentless):
            continue
        by_owner = g["owner_after"].match(text, m.end())
        if g["pledge_noun"].match(m.group()) and not agentless:
            # "X's commitment to": X pledges; "a shared understanding of ... commitment to": no one; "the
            # Kingdom's support for": one not known as a side; "thanked Greece for its support", "appreciated
            # Vietnam's support": an appraisal
            owner = g["possessive_before"].search(before(text, m.start()))
            unknown = owner is not None and owner.group()[0] in "'’" \
                and not any(a.start < owner.start() <= a.end for a in actors)
            if owner is None or unknown or (blocked(m.start()) and not by_owner):
                continue
        if g["agreed_that"].search(m.group()) and not g["content_pledge"].search(text, m.end(), end):
            continue  # "agreed that since 2022 cooperation has been consolidated": an appraisal shared
        # "Việt Nam tiếp tục thực hiện các cam kết": the noun, the subject's own commitments
        reach = 8 if g["plural_before"].search(before(text, m.start())) else 4
        if blocked(m.start(), by_actor_between=True, reach=reach) and not by_owner and \
                not g["verb_coordinated_before"].search(before(text, m.start())):  # "proposed ... and pledged"
            continue
        candidates.append((m.start(), m.end(), kind))
    for m in cues["affirm"]:
        rest = m.end()
        # "khẳng định, Quốc hội Việt Nam luôn ủng hộ ...": the subject of what is affirmed
        actor = next((a for a in actors if a.start >= rest and g["affirm_subject_gap"].match(text[rest:a.start])), None)
        if actor:
            rest = actor.end
        adverbs = g["pledge_adverbs"].match(text, rest)
        said_more = bool(g["future_or_continue"].search(adverbs.group()))
        if (said_more or lex.cue_re["action"].match(text, adverbs.end())) and \
                (not blocked(m.start(), by_actor_between=True)  # "Tin tưởng ..., X khẳng định"
                 or g["verb_coordinated_before"].search(before(text, m.start()))  # "bày tỏ ... và khẳng định sẽ"
                 or (actor and before(text, m.start()).rstrip().endswith(","))):  # "..., khẳng định nước ông"
            candidates.append((actor.end if actor else m.start(), adverbs.end(), "affirm"))
    for m in cues["continue"]:
        if g["continue_being"].match(text, m.start()):
            continue  # "Chile tiếp tục là đối tác thương mại lớn": what it goes on being, no pledge
        subject = next((a for a in actors if a.start >= start and a.end <= m.start()
                        and g["subject_adverbs"].match(text[a.end:m.start()].strip())), None)
        if subject and g["relations_subject_before"].search(before(text, subject.start, 80)):
            continue  # "quan hệ Việt Nam - Lào tiếp tục phát triển": the relations go on, no one pledges
        if subject is None and g["verb_coordinated_before"].search(before(text, m.start())):
            # "Australia coi Việt Nam là đối tác quan trọng và sẽ tiếp tục phối hợp": the subject's the clause
            # opens with, where no pledge verb came before
            first = next((a for a in actors if start <= a.start and a.end <= m.start() and not a.embedded), None)
            if first and len(text[start:first.start].split()) <= SUBJECTLESS_LEAD and not blocked(m.start()):
                coordinated.append((first.end, m.end(), "continue"))
            continue
        # "X bày tỏ, Kenya sẽ phối hợp": what is said after the comma has its own subject
        if subject and (not blocked(m.start()) or any(text[b:subject.start].strip() == "," and not g[
                "belief_before"].search(text, 0, b) for b in blocks)):  # not "bày tỏ tin tưởng, Sri Lanka sẽ"
            candidates.append((m.start(), m.end(), "continue"))
    return min(candidates or coordinated, default=None)


def actor_of(text: str, cue: tuple[int, int, str], clause_start: int, actors: list[Actor],
             people: list[tuple[int, int, str]], lex: Lexicon) -> set[str] | None:
    owner = lex.grammar["owner_after"].match(text, cue[1])
    if owner:
        at = owner.end()
        for start, _, country in people:
            if at <= start <= at + 40:
                return {country}
    before = [a for a in actors if a.end <= cue[0] and a.start >= clause_start
              and not (a.embedded and len(text[a.end:cue[0]].split()) > 5)]
    if len(before) > 1 and lex.cue_re["block"].search(text, before[0].end, before[-1].start) \
            and text[before[-1].end:cue[0]].rstrip().endswith(","):
        return before[0].codes  # "Hai lãnh đạo vui mừng về ... ba Đảng Việt Nam - Lào ..., nhất trí": the subject's
    if len(before) > 1 and lex.grammar["verb_coordinated_before"].search(text, 0, cue[0]):
        return before[0].codes  # "The German side spoke highly of the EU - Vietnam FTA and vowed": the subject's
    if before:
        return before[-1].codes
    sentence_subject = [a for a in actors if a.end <= cue[0] and not a.embedded]
    return sentence_subject[0].codes if sentence_subject else None


def _subject(text: str, people: Named, lex: Lexicon) -> set[str] | None:
    """Who a sentence opens with as its subject, if an actor stands first in it."""
    actors = find_actors(text, lex, people)
    return actors[0].codes if actors and len(text[:actors[0].start].split()) <= SUBJECTLESS_LEAD else None


def areas_in(text: str, lex: Lexicon) -> list[str]:
    """Cooperation areas named in a text, not those inside the name of a body ("the UN Security
    Council" is no pledge on security, though a multilateral one). A general word of relations right before a specific
    area is that area's ('các thỏa thuận/hiệp định thực thi pháp luật': law enforcement)."""
    hits = list(lex.area_re.finditer(text))
    names = [(h.start(), h.end()) for h in lex.country_re.finditer(text)] if hits else []
    found = [(m, lex.area_of[single_spaced(m.group()).casefold()]) for m in hits
             if not any(a < m.start() and m.end() <= b for a, b in names)]  # ("UN" of "UN Security Council" stays)
    areas: list[str] = []
    for k, (m, area) in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        gap = text[m.end():nxt[0].start()] if nxt else ""
        if area == "PoliticsDiplomacy" and nxt and nxt[1] != area and len(gap.split()) <= 3 \
                and not lex.grammar["list_join"].fullmatch(gap) \
                and not lex.grammar["politics_itself"].match(m.group()):  # "political and economic": both;
            continue  # "political ties via all-level visits": politics too
        if area not in areas:
            areas.append(area)
    return areas


def find_commitments(sentence: Sentence, lex: Lexicon, people: Named, both: list[str], last_named: str | None = None,
                     previous: tuple[str, Named] | None = None,
                     channel: str | None = None) -> list[tuple[list[str], list[str]]]:
    """(actors, areas) pledged in a sentence; last_named: the state of the official named last before it;
    previous: the sentence before and its officials, whose subject a sentence opening with its pledge verb
    carries on ("Hai nhà lãnh đạo ... . Đồng thời, nhất trí tăng cường ..."); channel: the area of the
    channel the story's event was held in, that of a pledge naming none."""
    text, g = sentence.text, lex.grammar
    if not any(lex.cue_re[kind].search(text) for kind in PLEDGE_CUES):
        return []  # no clause can pledge, and none can carry a pledge on
    actors = find_actors(text, lex, people, last_named)
    found: dict[tuple[str, ...], list[str]] = {}
    carried: set[str] | None = None  # the actors of a pledge the next ';' clause carries on
    believed = False  # the clause before told a belief or a wish, which a ';' clause goes on telling
    serving = None  # the clause before ended on what its pledge serves ("góp phần ...")
    for start, end, continues in clauses(text, lex):
        cue = find_cue(text, start, end, lex, actors)
        if cue and continues and believed and cue[2] in ("continue", "affirm"):
            cue = None  # "bày tỏ tin tưởng với vị thế ...; Việt Nam sẽ tiếp tục đóng vai trò": what they believe
        believed = bool(g["belief"].search(text, start, end)) and not carried and (not cue or believed)
        if cue:
            who, scope = actor_of(text, cue, start, actors, people, lex), text[cue[1]:end]
            if cue[2] == "agree" and (any(g["subject_clause_before"].search(before(text, a.start))
                                          or (not text[cue[1]:a.start].strip()  # "nhất trí hai bên ủng hộ", not
                                              and not lex.cue_re["block"].match(text, a.end + 1))  # "hai nước cần"
                                          for a in actors if BOTH in a.codes and cue[1] <= a.start < end)
                                      or g["encounter_before"].search(text, 0, cue[0])
                                      or g["agree_with_proposal_after"].match(text, cue[1])):
                who = {BOTH}  # "X nhất trí với đề xuất ... về việc hai bên phối hợp", "X hội đàm với Y, nhất trí",
                # "X agreed with Y's proposal on ..."
            pair = next((a for a in actors if cue[2] == "agree" and cue[1] <= a.start < end and len(a.codes) > 1
                         and BOTH not in a.codes and g["subject_clause_before"].search(before(text, a.start))), None)
            if pair is not None:
                who = set(pair.codes)  # "X and Y agreed that Vietnam and Indonesia will ...": the two states
            if who is None and g["agentless_pledge"].search(text, start, cue[1] + 30):
                who = {BOTH}  # "Pledges were made to ...", "It was agreed that ...": by those who met
            if who is None and previous and not start and len(text[:cue[0]].split()) <= SUBJECTLESS_LEAD \
                    and not any(a.start < cue[0] for a in actors):
                who = _subject(*previous, lex)
        elif carried and not lex.cue_re["block"].search(text, start, end) and (
                continues or (not serving and g["verb_carried_after"].search(text, max(0, start - 16), start))):
            who, scope = carried, text[start:end]  # "agreed to ... as well as mutually support ..."
        else:
            who = None
        carried = who
        if not who:
            continue
        named = {c for code in who for c in (both if code == BOTH else [code])}
        # a grouping pledges beside states only through its own official ("Minh and Borrell agreed"),
        # not as the states that belong to it ("Việt Nam và các nước ASEAN sẽ tiếp tục ...")
        sides = set(both)  # "the two sides", "the EU and Viet Nam": a body the event was held with, too
        spoken = {c for c in named if lex.countries[c].kind == "state" or c in sides or c in {p[2] for p in people}}
        codes = sorted(spoken or named)
        if context := g["context_after"].search(scope):  # "..., đặc biệt trong bối cảnh ASEAN ...": the setting,
            scope = scope[:context.start()]  # not what is pledged
        areas = areas_in(scope, lex)
        serving = g["purpose_after"].search(scope)  # "..., góp phần duy trì hòa bình ... ở khu vực và trên
        if serving:  # thế giới": the peace a pledge serves is no area of it (nor what "cũng như" adds to that)
            areas = areas_in(scope[:serving.start()], lex)
            areas += [a for a in areas_in(scope[serving.start():], lex)
                      if a not in areas and a != "RegionalMultilateral"]
        if not areas and (field := g["field_opening"].match(text, start)):
            areas = areas_in(field.group(1), lex)  # "In the field of health care, the two ministries will ..."
        if not areas and cue and (lex.cue_re["action"].search(scope) or g["relations_word"].search(scope)):
            # working with an international organisation the story is about is multilateral cooperation
            areas = ["RegionalMultilateral" if any(lex.countries[c].kind == "organisation" for c in both)
                     else "PoliticsDiplomacy"]
        if channel and cue and set(areas) <= {"HighLevelExchange", "PoliticsDiplomacy"}:
            areas = [channel]  # "maintain the exchange of delegations" between two armies: defence cooperation;
            # "the two ministers committed to the effective implementation of the ...": what their channel does
        if areas and codes:
            merged = found.setdefault(tuple(codes), [])
            merged += [a for a in areas if a not in merged]
    return [(list(codes), areas) for codes, areas in found.items()]
