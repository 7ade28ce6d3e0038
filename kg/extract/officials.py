"""Officials: a title of office, its qualifiers, and the name that follows it.

"Thứ trưởng Bộ Ngoại giao Hoa Kỳ phụ trách Kiểm soát vũ khí và An ninh quốc tế Bonnie Jenkins":
the title gives the role, the country inside the qualifiers gives the state served, and the
name is the first capitalised run after the title that reads as a person's name. Titles
chained by commas belong to one person; a title after "Name," belongs to that name; a title
with no name is an anaphor ("Thứ trưởng cho biết") resolved against the article's officials.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..fastmatch import Hit, is_word_char, single_spaced
from ..lexicon import Lexicon
from ..model import Official
from .text import Sentence, Word, Words, before, capitalised_run, fold, is_acronym, is_ascii_name_word

MAX_WINDOW_WORDS = 18
BREAK = re.compile(r"[.;:()]")  # punctuation that ends the qualifiers of a title


@dataclass
class PersonMention:
    name: str | None  # None: an anaphoric title
    start: int
    end: int
    sentence: int
    titles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # from the qualifiers
    deceased: bool = False


def name_of_run(run: list[Word], lex: Lexicon) -> tuple[list[str], list[Word]]:
    """Split a capitalised run into the parties or places that open it and what is left."""
    parties: list[str] = []
    rest = run
    while rest:
        joined = " ".join(w.text for w in rest)
        found = lex.party_or_place_re.match(joined)  # the longest name that opens the run
        if not found or (found.end() < len(joined) and joined[found.end()] != " "):
            break
        hit = found.group()
        if hit in lex.country_of_name or hit in lex.ambiguous_names:
            parties.append(lex.country_of_name.get(hit) or lex.short_names[hit])
        rest = rest[len(hit.split()):]
    return parties, rest


def is_person_name(run: list[Word], lex: Lexicon, foreign: bool = False) -> bool:
    """A Vietnamese name opens with a family name; a foreign one is written in Latin letters and has
    a word no Vietnamese syllable can be ("An" of "An ninh" is a word, "Jenkins" a name). After a
    foreign state in the title ("Thủ tướng Campuchia Hun Sen") Latin letters are enough."""
    texts = [w.text for w in run]
    if not texts or any(is_acronym(t) for t in texts):
        return False
    if texts[0] in lex.surnames or (is_ascii_name_word(texts[0]) and texts[0] in lex.folded_surnames):
        return 2 <= len(texts) <= 4  # "Nguyễn Minh Vũ", or "Nguyen Minh Vu" written without marks
    folded = [fold(t) for t in texts]
    if not all(is_ascii_name_word(t) for t in folded) or len(texts) > 5:
        return False
    syllable = lex.grammar["vietnamese_syllable"]
    vietnamese = all(syllable.match(part) for t in folded for part in t.split("-"))
    if vietnamese and not all(is_ascii_name_word(t) for t in texts):
        return False  # "Cao Bằng", "Bộ Ngoại", "Nam-Hoa Kỳ": Vietnamese words, not a name
    return (foreign and len(texts) > 1) or not vietnamese


def find_name_after(text: str, start: int, limit: int,
                    lex: Lexicon) -> tuple[Word | None, Word | None, list[str], bool]:
    """The person's name after a title, the countries named in the qualifiers on the way, and
    whether the qualifiers ran on to the limit (so the next title may continue this one)."""
    ws = Words(text, start, limit, MAX_WINDOW_WORDS)
    countries: list[str] = []
    allow_lower = False
    posting = False
    i = 0
    while (w := ws.get(i)) is not None:
        gap = text[(ws.get(i - 1).end if i else start):w.start]
        if BREAK.search(gap) or (i and "," in gap):
            return None, None, countries, False
        if w.capitalised:
            run = [w]
            while (following := ws.get(i + 1)) and following.capitalised \
                    and not text[run[-1].end:following.start].strip():
                i += 1
                run.append(following)
            parties, rest = name_of_run(run, lex)
            if not posting:
                countries += parties
            # after a foreign state, or right after the title and written without marks (a Vietnamese
            # article writes Vietnamese names with their marks): "Thủ tướng Hun Sen"
            foreign = any(c != "VN" and lex.countries[c].kind == "state" for c in countries) or (
                i == len(run) - 1 and all(is_ascii_name_word(x.text) for x in run))
            if rest and is_person_name(rest, lex, foreign):
                return rest[0], rest[-1], countries, True
            # "Bộ Công Thương Nguyễn Sinh Nhật Tân": an organisation written in capitals, then the name
            tail = next((k for k in range(1, len(rest)) if rest[k].text in lex.surnames
                         and is_person_name(rest[k:], lex)), None)
            if tail is not None:
                return rest[tail], rest[-1], countries, True
            allow_lower = bool(rest)
            posting = False
        else:
            if lex.grammar["posting_words"].match(w.text):
                posting = True
                allow_lower = True
            elif lex.grammar["qualifier_words"].match(w.text) or allow_lower:
                allow_lower = True
            else:
                return None, None, countries, False
        i += 1
    return None, None, countries, True


def find_mentions(sentence: Sentence, lex: Lexicon) -> list[PersonMention]:
    """Named officials and anaphoric titles in one sentence."""
    text = sentence.text
    titles = [t for t in lex.title_re.finditer(text) if not _inside_a_name(text, t.start(), lex)]
    honorific = _honorific_mentions(text, sentence.index, lex)
    mentions: list[PersonMention] = []
    pending: list[tuple[Hit, list[str]]] = []  # titles chained to the next one
    for k, title in enumerate(titles):
        limit = titles[k + 1].start() if k + 1 < len(titles) else len(text)
        first, last, countries, ran_on = find_name_after(text, title.end(), limit, lex)
        if first is None and ran_on and k + 1 < len(titles) and \
                lex.grammar["title_chain_gap"].match(text[title.end():limit]):
            pending.append((title, countries))
            continue
        chain = pending + [(title, countries)]
        pending = []
        head = chain[0][0]
        mention = PersonMention(
            name=text[first.start:last.end] if first else None,
            start=head.start(), end=last.end if last else title.end(), sentence=sentence.index,
            titles=[single_spaced(t.group()) for t, _ in chain],
            countries=[c for _, cs in chain for c in cs],
            deceased=bool(lex.grammar["deceased_before"].search(before(text, head.start()))),
        )
        if mention.name is None and (owner := _postposed_owner(text, head.start(), mentions + honorific)):
            owner.titles += mention.titles
            owner.countries += mention.countries
            continue
        mentions.append(mention)
    mentions += [h for h in honorific if not any(m.start <= h.start < m.end for m in mentions)]
    return sorted(mentions, key=lambda m: m.start)


def _inside_a_name(text: str, start: int, lex: Lexicon) -> bool:
    """'Trung Quốc Vương Nghị' holds 'Quốc vương' (king) but no title: a title does not go on a
    capitalised run (only an honorific such as 'Ngài' may stand right before it)."""
    head = before(text, start)
    end = len(head.rstrip())
    word_start = end
    while word_start and is_word_char(head[word_start - 1]):
        word_start -= 1
    return word_start < end < len(head) and head[word_start].isupper() \
        and not lex.honorific_before.search(head[word_start:])


def _postposed_owner(text: str, title_start: int, mentions: list[PersonMention]) -> PersonMention | None:
    """'Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng': the title after 'Name,' is the name's."""
    before = text[:title_start].rstrip()
    if not before.endswith(","):
        return None
    edge = len(before) - 1
    return next((m for m in mentions if m.name and text[m.end:edge].strip() == ""), None)


def _honorific_mentions(text: str, index: int, lex: Lexicon) -> list[PersonMention]:
    """'ông Nikolai Patrushev, Trợ lý Tổng thống': a name brought in by an honorific."""
    found = []
    for honorific in lex.honorific_re.finditer(text):
        group = capitalised_run(text, honorific.end())
        if group and is_person_name(group, lex):
            found.append(PersonMention(text[group[0].start:group[-1].end], group[0].start, group[-1].end, index))
    return found


def same_person(short: str, full: str) -> bool:
    """'Jenkins' and 'Bonnie Jenkins', 'Prayuth' and 'Prayuth Chan-o-cha': a later short mention."""
    a, b = short.casefold().split(), full.casefold().split()
    return len(a) < len(b) and (b[-len(a):] == a or b[:len(a)] == a)


def resolve_officials(mentions: list[PersonMention], partner: str | None, lex: Lexicon,
                      evidence: dict[int, str]) -> tuple[list[Official], dict[int, str]]:
    """Officials of an article, one per person, and the key each mention resolves to (by id)."""
    names = sorted({m.name for m in mentions if m.name}, key=lambda n: (-len(n.split()), n))
    canonical: dict[str, str] = {}
    for name in names:
        canonical[name] = next((c for c in canonical.values() if same_person(name, c)), name)
    people: dict[str, Official] = {}
    resolved: dict[int, str] = {}
    implied: dict[str, list[str]] = {}
    for m in mentions:
        if not m.name:
            continue
        key = canonical[m.name]
        person = people.setdefault(key, Official(key=key, name=key, country=None, evidence=evidence[m.sentence]))
        resolved[id(m)] = key
        person.deceased = person.deceased or m.deceased
        person.titles += [t for t in m.titles if t not in person.titles]
        implied.setdefault(key, []).extend(c for t in m.titles if (c := lex.title_info(t)["country"]))
        states = [c for c in m.countries if lex.countries[c].kind == "state"] or m.countries
        if states and person.country is None:
            person.country = states[0]  # a state; an official of a grouping (EU, ASEAN) serves the grouping
    for key, person in people.items():
        for title in person.titles:
            folded = title.casefold()
            if any(other.casefold().startswith(folded + " ") for other in person.titles):
                continue  # "Thứ trưởng" after "Thứ trưởng Bộ Ngoại giao" says nothing more
            info = lex.title_info(title)
            person.roles += [r for r in info["roles"] if r not in person.roles]
            if info["organization"] and info["organization"] not in person.organizations:
                person.organizations.append(info["organization"])
        if person.country is None:
            first = key.split()[0]
            person.country = (implied.get(key) or [None])[0] or ("VN" if first in lex.surnames else partner)
        if len(person.roles) > 1 and "Official" in person.roles:
            person.roles.remove("Official")
    for m in mentions:
        if m.name is None and (key := _antecedent(m, people, lex)):
            resolved[id(m)] = key
    return [p for p in people.values() if p.country], resolved


def _antecedent(m: PersonMention, people: dict[str, Official], lex: Lexicon) -> str | None:
    """The one official an anaphoric title ('Thứ trưởng', 'Ngoại trưởng Hàn Quốc') refers to."""
    wanted = {t.casefold() for t in m.titles}
    states = {c for c in m.countries if lex.countries[c].kind == "state"}
    candidates = [p for p in people.values()
                  if wanted & {t.casefold() for t in p.titles} and (not states or p.country in states)]
    if len(candidates) != 1:
        roles = {r for t in m.titles for r in lex.title_info(t)["roles"]} - {"Official"}
        candidates = [p for p in people.values()
                      if roles & set(p.roles) and (not states or p.country in states)]
    return candidates[0].key if len(candidates) == 1 else None
