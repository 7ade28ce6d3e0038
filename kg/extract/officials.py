"""Officials: a title of office, its qualifiers, and the name that goes with it.

"Thứ trưởng Bộ Ngoại giao Hoa Kỳ phụ trách Kiểm soát vũ khí và An ninh quốc tế Bonnie Jenkins",
"U.S. Under Secretary of State for Arms Control and International Security Bonnie Jenkins": the
title gives the role, a state in the qualifiers (after the title, or before it in English) gives
the state served, and the name is the first capitalised run after the title that reads as a
person's name (names.py). Titles chained by commas belong to one person; a title after "Name,"
belongs to that name; a title with no name is an anaphor ("Thứ trưởng cho biết", "the Secretary")
resolved against the article's officials.

The state of an official comes from evidence, strongest first: a state in the title's qualifiers;
a title that exists in one state alone; the other mentions of the same person; and only then the
article's default: in a Vietnamese story an unqualified title is Vietnam's, unless the name is
written as a foreign one (no Vietnamese letters, not Vietnamese syllables), in which case it is the
state the sentence or the article is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..fastmatch import Hit, is_word_char, single_spaced
from ..lexicon import Lexicon
from ..model import Official
from .names import (
    INITIAL,
    SUFFIX,
    Name,
    bracketed_alias,
    called_by_given_name,
    leading_parties,
    looks_foreign,
    read_name,
    run_after,
    strip_courtesy,
)
from .text import WORD, Sentence, Word, Words, before, fold, is_acronym, is_ascii_name_word

MAX_WINDOW_WORDS = 18
MAX_TITLE_EXTENSION = 3  # words after a title that may make it a longer one ("Phó Chủ tịch" + "UBND")
# and after "of the": "President" + "of the Moroccan House of Representatives", "Vice Chairman" + "of the
# Ho Chi Minh City People’s Committee"
MAX_BODY_EXTENSION = 9
MAX_BRACKETED_WORDS = 4  # a body's name in brackets among a title's qualifiers: "(National Assembly)"
BREAK = re.compile(r"[.;:()]")  # punctuation that ends the qualifiers of a title
ORGANISATION_ROLES = {"AgencyHead", "Official", "Ambassador", "PresidentialAide", "ForeignMinister"}
DASHES = ("-", "–", "—")
# "... tại TP Hồ Chí Minh - ông ", "Vice Chairman of ..., Mr. " (the name then set off by a comma)
HOLDER_AFTER = re.compile(r"[^.;,()]{0,80}?(?:\s[-–—]|(?P<comma>,))\s+(?:\S+\s+){1,2}")
SECONDARY_ROLES = ("MilitaryOfficer", "PartyOfficial", "Official")  # a rank or membership beside a post
HOME_HEADS = {"HeadOfState", "HeadOfGovernment", "PartyGeneralSecretary", "LegislatureLeader"}  # named unqualified
COUNTERPART = "="  # the role of "his Russian counterpart": that of the official he meets
POSTNOMINALS = re.compile(r"(?:\s+[A-Z]{2,4}\b)*\s*")  # "Gary Quinlan AO", "Mark Field MP"
ACRONYM_END = re.compile(r"\s*\([A-Z]{2,6}\)$")  # a body's acronym in brackets after its name
DETERMINER = re.compile(r"(?<!\w)(?:the|his|her|their|its)\s+$")
ADJECTIVE_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")  # between states' adjectives in a list


@dataclass
class PersonMention:
    name: str | None  # None: an anaphoric title
    start: int
    end: int
    sentence: int
    titles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # parties named in the title's qualifiers
    deceased: bool = False
    alias: str | None = None  # the original spelling given in brackets after a transliteration
    plural: bool = False  # "các Tổng thống Nga, Hàn Quốc": several officials named by state only
    bare: bool = True  # a title with no qualifier but a state: an anaphor may refer back to someone
    inherited: list[str] = field(default_factory=list)  # the state of the list it stands in
    body_titles: list[str] = field(default_factory=list)  # titles held in a body: "Chủ tịch ... (Interpol)"
    chaired: list[str] = field(default_factory=list)  # a head's title of a body of no state ("Chủ tịch Hội đồng X")
    legislatures: list[str] = field(default_factory=list)  # a head's title of a legislature: "President of the Senate"
    described: list[str] = field(default_factory=list)  # roles "the Vietnamese leader" may stand for


BODY_ACRONYM_END = re.compile(r"(?<![\w.])[A-Z]{2,6}$")
PATRONYMIC = {"bin", "ibn", "bint", "binti"}  # "son/daughter of" before a father's name
SPACED_HYPHEN = re.compile(r"\s+-\s+(?=[a-z])")
TITLE_CASE_SHARE = 0.9  # of the longer words capitalised: a headline in title case
MAX_LOWER_RUN = 5  # more words in lower case in a row than a body's name holds ("Ủy ban nhân dân tỉnh"): a clause
# letters only Vietnamese writes (not the á, ú, é, ô of "Raúl", "José", "Álvares"; not the š, ł, ğ of Czech,
# Polish, Turkish names): "ă", "đ", "ơ", "ư", "ĩ", "ũ" and the tone-marked vowels "ạ" ... "ỹ"
VIETNAMESE_LETTER = re.compile(r"[ăđơưĩũĂĐƠƯĨŨ\u1ea0-\u1ef9]")


def find_name_after(text: str, start: int, limit: int,
                    lex: Lexicon) -> tuple[Word | None, Word | None, list[str], bool]:
    """The person's name after a title, the parties named in the qualifiers on the way, and
    whether the qualifiers ran on to the limit (so the next title may continue this one)."""
    if lex.grammar["title_closed_after"].match(text, start):  # "Vinh, Vietnam's deputy minister, and Udi Adam"
        return None, None, [], False
    ws = Words(text, start, limit, MAX_WINDOW_WORDS)
    countries: list[str] = []
    allow_lower = False
    posting = posted = False  # posted: the last place read was where the post is ("tại Vienna (Áo)")
    i = 0
    bracketed = False  # the last words read were a qualifier in brackets: its closing bracket ends nothing
    courtesy_end = start  # where a courtesy title between the title and the name ends
    listing = False  # within a list of portfolios ("Foreign Affairs, European Affairs, and ...")
    while (w := ws.get(i)) is not None:
        gap = text[max(ws.get(i - 1).end if i else start, courtesy_end):w.start]
        after_bracket = bracketed
        if bracketed:
            gap, bracketed = gap.replace(")", " ", 1), False
        if "(" in gap and (closing := _bracketed_qualifier(text, w, ws, i, lex)):  # "(WHO)", "(EU)"
            countries += [] if posting or posted else closing[1]
            i, bracketed = closing[0] + 1, True
            continue
        if i and "," in gap and not BREAK.search(gap) and (named := _name_after_comma(text, ws, i, lex, countries)):
            return named[0], named[1], countries, True  # "Vice Chairman of the ... Party of Korea, Ri Su Yong,"
        if not gap.strip() and (courtesy := lex.honorific_re.match(text, w.start)) and (
                not i or after_bracket or (countries and courtesy.group() in lex.courtesy_titles)):
            # (after the state, a prince's: "Bộ trưởng Ngoại giao Saudi Arabia Hoàng tử Faisal bin Farhan")
            # "Minister Dr. X", "Giám đốc điều hành Cơ quan ... (UN Women) bà X"
            while (nxt := ws.get(i + 1)) is not None and nxt.start < courtesy.end():
                i += 1
            if (nxt := ws.get(i + 1)) is not None and nxt.capitalised:
                i, courtesy_end = i + 1, courtesy.end()
                continue
        # "Minister of Industry, Mining and Trade Mehdi Zeyghami": the portfolios go on after the comma
        listed = "," in gap and (lex.grammar["portfolio_list_after"].match(text, w.start - len(gap))
                                 or (listing and w.text in ("and", "&"))  # "..., European Affairs, and ..."
                                 or lex.grammar["body_after_comma"].match(text, w.start - len(gap)))
        # ("Cục trưởng Cục ASEAN, Bộ Ngoại giao Hàn Quốc X": the body the department is of)
        listing = bool(listed) or (listing and "," not in gap)
        if not listed and (BREAK.search(gap) or (i and "," in gap) or lex.honorific_re.match(text, w.start)
                           or lex.grammar["delegation_after_comma"].match(text, w.start - len(gap))):
            return None, None, countries, False
        if (w.capitalised or w.text in lex.lower_openers) and (place := lex.party_or_place_re.match(text, w.start)) \
                and " " in place.group():
            # a place or party of several words, lower-case ones among them ("Thành phố Hồ Chí Minh")
            if not posting and (code := lex.place_in(place.group())):  # "Phó Tỉnh trưởng tỉnh Vân Nam": China's
                countries.append(code)
            while (nxt := ws.get(i + 1)) is not None and nxt.start < place.end():
                i += 1
            allow_lower, posted, posting = False, posting, False
        elif w.capitalised and i and lex.grammar["place_noun_before"].search(text, start, w.start):
            # "Thống đốc tỉnh Entre Rios": a place, not a name; "Thống đốc bang California Gavin Newsom": the
            # name after a place of one or two words
            run = run_after(ws, i, text, lex)
            # (after "tại", where the post is: "Tổng Lãnh sự Cuba tại thành phố Hồ Chí Minh")
            if not posting and run[0].text in lex.surnames and (name := read_name(run, lex, after_title=True)) \
                    and name.first == 0:
                return run[0], run[name.last], countries, True  # "Chủ tịch UBND tỉnh Võ Kim Cự": the province's
            for k in (2, 1) if not posting else ():
                if len(run) - k >= 2 and (name := read_name(run[k:], lex, after_title=True, foreign=True)) \
                        and name.first == 0:
                    return run[k], run[k + name.last], countries, True
            i += len(run) - 1
            allow_lower = False
        elif w.capitalised and not i and lex.grammar["place_title_end"].search(text, 0, start) \
                and len(run := run_after(ws, i, text, lex)) == 1 and run[0].text not in lex.surnames:
            i += 1  # "Phó Bí thư Tỉnh ủy Salavan": the province the title is of, one word
            continue
        elif w.capitalised and i and title_case(text):
            return None, None, countries, False  # a headline in title case: a name stands right after the title
        elif w.capitalised:
            run = run_after(ws, i, text, lex)
            right_after = i == 0
            # after a foreign state, or written without marks (a Vietnamese article writes Vietnamese names
            # with their marks) right after the title or in three words: "Thủ tướng Hun Sen", "Bộ trưởng Bộ
            # Giáo dục Chan Chun Sing"
            plain = all(is_ascii_name_word(x.text) for x in run)
            foreign = any(c != "VN" and lex.countries[c].kind == "state" for c in countries) or (
                plain and (right_after or len(run) >= 3))
            name = read_name(run, lex, after_title=True, foreign=foreign)
            if name and listed and name.first == 0 and name.last == len(run) - 1 \
                    and lex.grammar["portfolio_goes_on"].match(text, run[-1].end):
                name = None  # "Minister of Sea, Inland Waters and Fisheries X": a portfolio the list goes on after
            if name and i and (name.first == 0 or (name.first == name.last and all(  # "Federal Chancellery"
                    x.text in lex.title_words for x in run[:name.first]))) \
                    and lex.grammar["body_before"].search(text[start:w.start]):
                name = None  # "Speaker of the Milli Majlis": after "of", a body; a name needs something before it
            if name and name.first == name.last and lex.grammar["party_word_before"].search(text, 0, run[0].start):
                # "Chủ tịch Đảng Frelimo, Tổng thống Mozambique X": the party's name; the next title goes on
                return None, None, countries, text[run[-1].end:].lstrip().startswith(",")
            found, rest = (list(name.parties), []) if name else _parties_of(run, lex)
            nxt = ws.get(i + len(run))
            if not name and not rest and run[-1].text in lex.short_names and nxt is not None \
                    and not nxt.capitalised and not text[run[-1].end:nxt.start].strip() \
                    and not lex.grammar["qualifier_words"].match(nxt.text) \
                    and not lex.grammar["posting_words"].match(nxt.text):
                found, rest = found[:-1], run[-1:]  # "Trung ương", "Mỹ thuật": a word, not a state's short name
            if not posting:
                countries += found
            if name and lex.grammar["named_after_person"].match(run[-1].text):
                return None, None, countries, False  # "President Ho Chi Minh Mausoleum": a place named after one
            if name:
                return run[name.first], run[name.last], countries, True
            if lex.nonpublic_re.match(text, w.start):
                return None, None, ["-"], False  # "Chủ tịch Tập đoàn Samsung": no public post
            i += len(run) - 1
            allow_lower = bool(rest)  # after a body written in capitals, its lower-case words
            posted, posting = posting, False
        elif lex.grammar["qualifier_stop"].match(w.text):
            return None, None, countries, False  # "..., Thường trực Ban Bí thư đã tiếp ...": a verb, the title ends
        elif lex.grammar["posting_words"].match(w.text):
            posting = True
            allow_lower = True
        elif lex.grammar["qualifier_words"].match(w.text) or (
                allow_lower and lex.grammar["body_lower_words"].match(w.text)):
            allow_lower = True  # Vietnamese writes a body in sentence case ("Bộ Ngoại giao"); English does not
        else:
            return None, None, countries, False
        i += 1
    return None, None, countries, True


@lru_cache(maxsize=1024)
def title_case(text: str) -> bool:
    """An English headline with every word capitalised ("Yoon and Vietnam's New President Agree to Strengthen
    Bilateral Cooperation in Phone Call"): its capitals tell no names."""
    if any(stop in text for stop in ",;") or text.rstrip().endswith("."):
        return False  # (a sentence, or a list of officials with their titles)
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def _name_after_comma(text: str, ws: Words, i: int, lex: Lexicon, countries: list[str]) -> tuple[Word, Word] | None:
    """English sets a name off by commas after a long title: "..., Ri Su Yong, Vietnam's Foreign
    Minister ..."; Vietnamese after a title with its state ("Tổng thống Brazil, Luiz Inácio Lula da
    Silva."). A name of two words at least, alone between the commas (or before 'and', the end)."""
    first = ws.get(i)
    honorific = lex.lang != "en" and countries and lex.honorific_re.match(text, first.start)
    while honorific and (first := ws.get(i)) is not None and first.start < honorific.end():
        i += 1  # "Quốc vụ khanh Bộ Ngoại giao Ấn Độ, ngài Vijay Kumar Singh đã thăm": a name, whatever follows
    if first is None or not first.capitalised or lex.honorific_re.match(text, first.start):
        return None
    run = run_after(ws, i, text, lex)
    name = read_name(run, lex, after_title=False)
    courtesy = len(run) - len(strip_courtesy(run, lex)[0])  # ("..., Hoàng thân Abdullah bin Zayed Al-Nahyan,")
    if name is None or name.first != courtesy or name.last != len(run) - 1 or name.last - name.first < 1:
        return None
    run = run[courtesy:]
    tail = text[run[-1].end:run[-1].end + 6]
    if lex.lang != "en" and not countries and not (looks_foreign(run, lex) and re.match(r"\s*(?:[;.]|$)", tail)):
        return None  # "Chủ tịch Đảng Lao động, Gleisi Hoffmann;": a foreign name closing a list's item
    # "Bộ trưởng Ngoại giao nước Cộng hòa Chile, Alberto Van Klaveren thăm ...": a foreign state's, a foreign name
    foreign = lex.lang != "en" and "VN" not in countries and looks_foreign(run, lex)
    return (run[0], run[-1]) if honorific or foreign or re.match(r"\s*(?:[,.;:)]|and\b|$)", tail) else None


def _bracketed_qualifier(text: str, w: Word, ws: Words, i: int, lex: Lexicon) -> tuple[int, list[str]] | None:
    """An acronym or a body's name in brackets among a title's qualifiers ("Tổ chức Y tế Thế giới
    (WHO)", "Speaker of the Milli Majlis (National Assembly) of Azerbaijan", "(House of the People)"): the
    index of its last word and the party it names."""
    k = i
    lower = lex.grammar["body_lower_words"]  # "(House of the People)"
    while (last := ws.get(k)) is not None and (last.capitalised or (k > i and lower.match(last.text))) \
            and not text[last.end:].lstrip().startswith(")"):
        if k - i == MAX_BRACKETED_WORDS or text[last.end:(nxt.start if (nxt := ws.get(k + 1)) else last.end)].strip():
            return None
        k += 1
    if last is None or not last.capitalised or not w.capitalised or (
            k == i and not (w.text.isupper() and len(w.text) > 1) and not lex.party(w.text)):
        return None
    code = lex.party(text[w.start:last.end])
    return k, [code] if code else []


def _parties_of(run: list[Word], lex: Lexicon) -> tuple[list[str], list[Word]]:
    return leading_parties(run, lex, after_title=True)


def title_prefix(text: str, start: int, lex: Lexicon) -> tuple[int, list[str]]:
    """English qualifiers before a title: "Vietnamese Foreign Minister", "Vietnam's Prime Minister",
    "his Russian counterpart". Where the title's mention starts, and the parties they name."""
    if not lex.adjective_of:
        return start, []
    body = text[:start].rstrip()
    if len(body) == start:
        return start, []
    possessive = body.endswith(("'s", "’s"))
    core = body[:-2] if possessive else ACRONYM_END.sub("", body)  # "World Bank (WB) President"
    # "Vietnam's Prime Minister", "Vietnamese Prime Minister", "World Bank President"
    tables = [(lex.country_re, lex.country_of_name)] if possessive else [
        (lex.adjectives, lex.adjective_of), (lex.country_re, lex.country_of_name)]
    hit, table = next(((h, t) for matcher, t in tables if (h := _ending(matcher, core))), (None, {}))
    if hit is None:  # "AFP Deputy Commissioner": a body's acronym the tables do not know opens the mention
        if not (acronym := BODY_ACRONYM_END.search(core)):
            return start, []
        return title_prefix(text, acronym.start(), lex)  # "Senegalese NA President": Senegal's
    codes, opening = [table[hit.group()]], hit.start()
    while table is lex.adjective_of and (join := ADJECTIVE_JOIN.search(core, 0, opening)) and \
            (more := _ending(lex.adjectives, core[:join.start()])):  # "his Indonesian and Bruneian counterparts"
        codes, opening = [lex.adjective_of[more.group()], *codes], more.start()
    determiner = DETERMINER.search(core, 0, opening)
    return (determiner.start() if determiner else opening), codes


def _ending(matcher, text: str) -> Hit | None:
    """The name of the matcher's (a state, an adjective of one) that ends the text, if one does."""
    return next((h for h in matcher.finditer(text, max(0, len(text) - 40)) if h.end() == len(text)), None)


def find_mentions(sentence: Sentence, lex: Lexicon) -> list[PersonMention]:
    """Named officials and anaphoric titles in one sentence."""
    text = sentence.text
    descriptions = _descriptions(text, sentence.index, lex)
    idioms = [m.span() for m in lex.grammar["not_a_title"].finditer(text)]  # "Vietnam in general and X"
    titles = [t for t in lex.title_re.finditer(text) if not _inside_a_name(text, t, lex)
              and not any(d.start <= t.start() < d.end for d in descriptions)
              and not any(a <= t.start() < b for a, b in idioms)
              and not lex.grammar["not_a_title_after"].match(text, t.end())  # "the UN General Assembly"
              and not (lex.grammar["plural_title"].search(t.group())  # "the Council of Foreign Ministers"
                       and lex.grammar["body_of_plural_title_before"].search(before(text, t.start())))]
    honorific = _honorific_mentions(text, sentence.index, lex)
    mentions: list[PersonMention] = []
    pending: list[tuple[Hit, list[str], int]] = []  # titles chained to the next one

    def emit(chain: list[tuple[Hit, list[str], int]], first: Word | None, last: Word | None) -> None:
        """The mention of a chain of titles and the name after it, or, with no name, the title(s)
        of the name before them ('Name, Title') or an anaphor."""
        head = chain[0][2]
        end = _name_end(text, last.end) if last else chain[-1][0].end()
        mention = PersonMention(
            name=text[first.start:end] if first else None,
            start=head, end=end, sentence=sentence.index,
            titles=[single_spaced(t.group()) for t, _, _ in chain],
            countries=[c for _, cs, _ in chain for c in cs],
            deceased=bool(lex.grammar["deceased_before"].search(before(text, head))),
            alias=bracketed_alias(text, last.end) if last else None,
            body_titles=[single_spaced(t.group()) for t, cs, _ in chain if cs and
                         all(lex.countries[c].kind in ("grouping", "organisation") for c in cs)],
        )
        if first and (of := lex.grammar["state_after_name"].match(text, end)) and \
                (party := lex.party_or_place_re.match(text, of.end())) and (code := lex.party(party.group())) and \
                lex.countries[code].kind == "state":
            mention.countries.insert(0, code)  # "Vice Foreign Minister Nguyen Quoc Dzung of Vietnam"
        mention.plural = not first and bool(lex.grammar["plural_title"].search(chain[-1][0].group()))
        if not first and lex.grammar["ours_after"].match(text, chain[-1][0].end()):
            mention.countries.append("VN")  # "Bộ trưởng Ngoại giao ta": the writer's own, Vietnam's
        mention.bare = not _body_after(text, chain[-1][0].end(), lex)
        # a head's title with a body of no state between it and what follows (not "Chủ tịch Hồ Chí Minh")
        ends = [t.start() for t, _, _ in chain[1:]] + [first.start if first else len(text)]
        heads_body = [(single_spaced(t.group()), bool(
            text[t.end():end].strip() and _body_after(text, t.end(), lex)
            and lex.title_info(t.group())["roles"] == ["HeadOfState"]
            and (not lex.title_info(t.group())["organization"]  # "President of the X Academy"
                 or lex.grammar["body_of_before"].match(text, t.end()))))
            for (t, _, _), end in zip(chain, ends)]
        mention.chaired = [title for title, chair in heads_body if chair and all(  # not "President of the ANC
            c for other, c in heads_body if other == title)]  # and President of South Africa"
        mention.legislatures = [single_spaced(t.group()) for t, _, _ in chain  # "President of the Mozambican Assembly"
                                if lex.title_info(t.group())["roles"] == ["HeadOfState"]
                                and lex.grammar["legislature_after"].match(text, t.end())]
        mention.chaired = [t for t in mention.chaired if t not in mention.legislatures]
        closed = lex.grammar["apposition_after"].match(text, chain[-1][0].end())  # not "X, the President said"
        if closed and text.startswith(("the ", "The "), head) and \
                lex.grammar["apposition_verb"].match(text, closed.end()):
            closed = None  # "Mr. X, Secretary of ... hosted": X's; "During ... X, the Vietnamese PM welcomed": not
        dashed = text[:head].rstrip().endswith(DASHES)  # "X - Ambassador of Vietnam to Chile", "X- Tổng Lãnh sự"
        elected = lex.grammar["appointed_owner_before"].search(text, 0, head)  # "X, who became President today"
        owner = None if first or not (closed or dashed or elected) else \
            _postposed_owner(text, head, mentions + honorific, lex, sentence.index)
        if owner is not None and not _conflicts(owner, mention, lex, text):
            owner.titles += mention.titles
            owner.countries += mention.countries
            owner.body_titles += mention.body_titles
            owner.chaired += mention.chaired
            if owner not in mentions and owner not in honorific:
                mentions.append(owner)
            return
        mentions.append(mention)

    titles = [_whole_title(text, t, lex) for t in titles]
    for k, title in enumerate(titles):
        limit = titles[k + 1].start() if k + 1 < len(titles) else len(text)
        head_start, prefixed = title_prefix(text, title.start(), lex)
        if lex.grammar["not_a_person_before"].search(before(text, head_start)):
            if pending:
                emit(pending, None, None)
                pending = []
            plural = bool(lex.grammar["plural_title_before"].search(before(text, head_start)))
            first, _, countries, _ = find_name_after(text, title.end(), limit, lex)
            if plural and first is None and countries:  # "các Tổng thống Nga, Hàn Quốc"
                more, end = party_list(text, title.end(), lex)
                mentions.append(PersonMention(None, head_start, end, sentence.index,
                                              [single_spaced(title.group())], list(dict.fromkeys(countries + more)),
                                              plural=True))
            if not (plural and first is not None and countries):
                continue  # (but "với các Bộ trưởng Ngoại giao New Zealand A, Bộ trưởng ... B": a list opens)
        if plural := lex.grammar["plural_after"].match(text, title.end()):  # "Đại sứ các nước: Ai Cập, Ấn Độ"
            if pending:
                emit(pending, None, None)
                pending = []
            found, end = party_list(text, plural.end(), lex)
            if found:
                mentions.append(PersonMention(None, head_start, end, sentence.index, [single_spaced(title.group())],
                                              found, plural=True))
            continue
        first, last, countries, ran_on = find_name_after(text, title.end(), limit, lex)
        if countries == ["-"]:  # "Chủ tịch Tập đoàn ...": no public post; what was chained before it stands alone
            if pending:
                emit(pending, None, None)
                pending = []
            continue
        inside = lex.state_inside_title(title.group())[1]  # "President of the Moroccan House of ..."
        countries = prefixed + ([inside] if inside else []) + countries
        if first is None and ran_on and k + 1 < len(titles) and \
                lex.grammar["title_chain_gap"].match(text[title.end():limit]) and \
                not _clause_between(text[title.end():limit]) and \
                (not lex.grammar["indirect_before"].search(before(text, (pending[0][2] if pending else head_start)))
                 or _home_post_after(text, title, titles[k + 1], lex)) \
                and not lex.grammar["opening_adverbial"].fullmatch(text, 0, limit) \
                and not _conflicting(title, titles[k + 1], countries, lex):
            pending.append((title, countries, head_start))
            continue
        named = []
        if first and last and lex.grammar["plural_title"].search(title.group()):
            named = _more_names(text, last.end, limit, lex)
            if not named:  # a plural title brings in a list of names, not one ("the Ministers of ... Communication")
                first = last = None
        # "Czech Deputy Foreign Ministers A and B", "Vietnamese and Chinese Foreign Ministers A and B" (respectively)
        each = [[c] for c in prefixed] if len(prefixed) == len(named) + 1 else [countries] * (len(named) + 1)
        emit(pending + [(title, each[0] if named else countries, head_start)], first, last)
        for (more_first, more_last), cs in zip(named, each[1:]):
            emit([(title, cs, more_first.start)], more_first, more_last)
        pending = []
    if pending:
        emit(pending, None, None)
    _holders_named_after(text, mentions, honorific)
    mentions += [h for h in honorific if not any(m.start <= h.start < m.end for m in mentions)]
    mentions.sort(key=lambda m: m.start)
    _inherit_in_lists(text, mentions, lex)
    mentions += [d for d in descriptions if not any(m.start <= d.start < m.end for m in mentions)]
    mentions.sort(key=lambda m: m.start)  # descriptions stand for someone named elsewhere: no list is theirs
    for m in mentions:
        if m.name and "-" in m.name:
            m.name = SPACED_HYPHEN.sub("-", m.name)  # "Ban Ki - moon" is "Ban Ki-moon"
    return mentions


def _more_names(text: str, end: int, limit: int, lex: Lexicon) -> list[tuple[Word, Word]]:
    """The names listed after the first one a plural title brings in ("Ministers A, B and C"): each
    right after a list's join, with no title or state between."""
    found = []
    while (join := lex.grammar["list_join"].match(text, end)) and join.end() < limit:
        first, last, countries, _ = find_name_after(text, join.end(), limit, lex)
        if not (first and last) or countries or first.start != join.end():
            break
        found.append((first, last))
        end = last.end
    return found


def _whole_title(text: str, title: Hit, lex: Lexicon) -> Hit:
    """A title with the modifier before it ("Phó Bí thư Tỉnh ủy") and the words after it that make
    it a longer title of the table ("Phó Chủ tịch" + "UBND": the deputy of "Chủ tịch UBND"; a state's
    adjective inside, "President of the Moroccan House of Representatives")."""
    if modifier := lex.title_modifier_re.search(before(text, title.start())):
        title = Hit(text, title.start() - (len(before(text, title.start())) - modifier.start()), title.end())
    opening, _, rest = single_spaced(title.group()).partition(" ")
    most = MAX_TITLE_EXTENSION
    if lex.adjective_of and text.startswith((" of the ", " at the ", " of "), title.end()):
        most = MAX_BODY_EXTENSION
    elif opening not in lex.title_modifiers or rest.casefold() not in lex.opening_titles:
        return title
    following = Words(text, title.end(), min(len(text), title.end() + 80), most)
    for n in range(most, 0, -1):
        if (last := following.get(n - 1)) is not None and not BREAK.search(text, title.end(), last.end) \
                and "," not in text[title.end():last.end] and lex.is_title(text[title.start():last.end]):
            return Hit(text, title.start(), last.end)
    return title


def _descriptions(text: str, index: int, lex: Lexicon) -> list[PersonMention]:
    """'the Vietnamese leader', 'the top Vietnamese legislator', 'the Indian minister' (in lower case:
    not a title): an official named elsewhere in the story, told by their state and the kind of post
    they hold (descriptions.tsv)."""
    found: list[PersonMention] = []
    for hit in lex.description_re.finditer(text) if lex.description_re else ():
        if not hit.group()[0].islower():
            continue
        core = text[:hit.start()].rstrip()
        adjective = _ending(lex.adjectives, core)
        state = lex.adjective_of[adjective.group()] if adjective and core != text[:hit.start()] else None
        opening = lex.grammar["description_before"].search(core, 0, adjective.start()) if state else None
        if opening and lex.countries[state].kind == "state":
            found.append(PersonMention(None, opening.start(), hit.end(), index, countries=[state],
                                       described=lex.description_roles[single_spaced(hit.group()).casefold()]))
    return found


def _inherit_in_lists(text: str, mentions: list[PersonMention], lex: Lexicon) -> None:
    """Officials listed one after another as those met ("hội đàm với Bí thư ... Trung Quốc X; Bộ
    trưởng Bộ Công an Y và Thứ trưởng Z") or as a delegation serve the state of the nearest before them
    that names one, unless they name their own or their title implies one; the head of a delegation
    serves its state. A list in the phrase that opens the sentence ends at a comma before its last
    name ("Talking with UAE President X, PM Chinh suggested ...", "Cùng ngày, tiếp Đại sứ Peru X, Chủ
    tịch nước ...": the subject, not another one met)."""
    state: str | None = None
    opening_phrase = False  # the list opens the sentence ("Talking with ...")
    joined = [k > 0 and bool(lex.grammar["list_join"].fullmatch(text[mentions[k - 1].end:m.start]))
              for k, m in enumerate(mentions)] + [False]
    for k, m in enumerate(mentions):
        states = [c for c in m.countries if lex.countries[c].kind == "state"]
        if not states and (led := lex.grammar["delegation_before"].search(before(text, m.start, 160))):
            # "Đoàn đại biểu Đảng Cộng sản Trung Quốc do ông X ... dẫn đầu": the delegation's state
            # (or the body's: "đoàn công tác Ngân hàng Thế giới tại Việt Nam", not the state it works in)
            # ("The Vietnamese delegation was led by X", "The EU delegation": the word right before it)
            words = before(text, m.start, 160)[:led.start()].split()[-2:]  # "New Zealand", "Vietnamese"
            owners = [" ".join(words), words[-1]] if words else []
            named = [c for _, _, c in lex.party_mentions(led.group())] + [
                lex.party(owner) or lex.adjective_of.get(owner) for owner in owners]
            m.inherited = [c for c in named if c and lex.countries[c].kind in ("state", "organisation", "grouping")][:1]
        if state and joined[k]:
            subject = opening_phrase and not joined[k + 1] and text[mentions[k - 1].end:m.start].strip() == ","
            implied = any(lex.title_info(t)["country"] for t in m.titles)  # "Chủ tịch nước": Vietnam's
            if not states and not implied and not subject and not (m.body_titles and m.body_titles == m.titles):
                m.inherited = [state]  # (not "EC President X": the EU's)
            state = states[0] if states else state  # a list of both sides': the nearest before that names one
            continue
        head = before(text, m.start)
        opens = lex.grammar["list_opening"].search(head)
        state = states[0] if opens and states else None
        opening_phrase = bool(opens) and k == 0 and len(head) == m.start \
            and len(head[:opens.start()].rsplit(",", 1)[-1].split()) <= 4  # (after "Trước đó, ", "Also, ")


def _home_post_after(text: str, title: Hit, following: Hit, lex: Lexicon) -> bool:
    """'Quốc thư của Tổng Bí thư, Chủ tịch nước X': the next title, right after a comma, is one of
    Vietnam's own, so both are X's (not "lời mời của Chủ tịch Quốc hội, Chủ tịch Hạ viện Campuchia X")."""
    return text[title.end():following.start()] == ", " and \
        lex.title_info(single_spaced(following.group()))["country"] == "VN"


def _clause_between(gap: str) -> bool:
    """Whether the words between two titles hold a clause, which ends the chain: "Chủ tịch UBND tỉnh bày tỏ
    mong muốn trong thời gian tới, Phó Đại sứ X" are two people."""
    run = 0
    for word in gap.split():
        run = run + 1 if word[:1].islower() else 0
        if run > MAX_LOWER_RUN:
            return True
    return False


def _conflicting(title: Hit, following: Hit, countries: list[str], lex: Lexicon) -> bool:
    """Whether two titles cannot be one person's: the first implies a state ("Chủ tịch nước": Việt
    Nam) that the next one's qualifiers contradict ("lời mời của Chủ tịch nước, Tổng Thư ký LHQ X")."""
    implied = lex.title_info(single_spaced(title.group()))["country"] or next(iter(countries), None)
    if not implied:
        return False
    text = title.string
    after = re.split(r",|;|\s(?:and|và)\s", text[following.end():following.end() + 40])[0]  # its qualifiers only
    name, *_ = find_name_after(text, following.end(), following.end() + 80, lex)
    after = after[:name.start - following.end()] if name else after  # (not what the sentence says after the name)
    named = [code for _, _, code in lex.party_mentions(after)][:1]
    return bool(named) and named[0] != implied and not lex.title_info(single_spaced(following.group()))["country"]


def _conflicts(owner: PersonMention, title: PersonMention, lex: Lexicon, text: str) -> bool:
    """Whether a title after 'Name,' cannot be the name's: it names no party, and the name's own
    party is another state than the one the title implies, or a body whose officials hold no such
    post. Then it opens the next clause: "Tiếp Đại sứ Ai Cập X, Chủ tịch nước bày tỏ ...",
    "Trao đổi với Tổng Giám đốc WHO X, Thủ tướng Chính phủ cảm ơn ..."."""
    if title.countries or not owner.countries:
        return False
    infos = [lex.title_info(t) for t in title.titles]
    implied = {i["country"] for i in infos if i["country"]}
    if not implied and any(set(i["roles"]) & HOME_HEADS for i in infos) and text[title.end:].lstrip()[:1].islower():
        implied = {"VN"}  # "Tiếp Đại sứ Thái Lan X, Thủ tướng đánh giá ...": unqualified, the news's own leader
    if implied and not implied & set(owner.countries):
        return True
    bodies = all(lex.countries[c].kind in ("grouping", "organisation") for c in owner.countries)
    return bodies and not any(set(i["roles"]) & ORGANISATION_ROLES for i in infos)


def _body_after(text: str, position: int, lex: Lexicon) -> bool:
    """Whether a title is followed by the name of a body that is not a state ("Chủ tịch Ngân hàng thế
    giới", "President of the Ho Chi Minh National Academy"): its holder is someone else than the
    article's other holders of that title."""
    if of := lex.grammar["body_of_before"].match(text, position):
        position = of.end()
    match = WORD.search(text, position)
    if not match or text[position:match.start()].strip() or not match.group()[0].isupper():
        return False
    party = lex.party_or_place_re.match(text, match.start())
    code = party and lex.country_of_name.get(party.group())
    if code:
        return lex.countries[code].kind not in ("state", "territory")  # "Chủ tịch ASEAN": the body's chair
    if party and of and (after := WORD.match(text, party.end() + 1)) and after.group()[0].isupper():
        return True  # a body named after a place: "of the Ho Chi Minh National Academy of Politics"
    return not party and match.group() not in lex.short_names


def party_list(text: str, start: int, lex: Lexicon) -> tuple[list[str], int]:
    """The parties named one after another from start on ("Nga, Hàn Quốc", "of Russia and Korea"),
    and where the list ends."""
    found, end = lex.party_list(text, start)
    return [code for _, code in found], end


def _name_end(text: str, end: int) -> int:
    """Where a name ends: without the possessive that may follow it ("Biden's", "Phuc’s"), with the
    stop of an abbreviated suffix ("Teodoro Locsin Jr.")."""
    if text[end - 2:end] in ("'s", "’s"):
        return end - 2
    return end + 1 if text.startswith(".", end) and text[end - 3:end] in (" Jr", " Sr") else end


def _inside_a_name(text: str, title: Hit, lex: Lexicon) -> bool:
    """'Trung Quốc Vương Nghị' holds 'Quốc vương' (king) but no title: a title written in capitals
    does not go on a capitalised run (only an honorific such as 'Ngài' or a modifier such as 'Phó'
    may stand right before it). One with a word in lower case after the whole name of a party is no
    part of a name ("... Đại hội đồng Liên Hiệp Quốc Phó thủ tướng X": a comma lost)."""
    start = title.start()
    head = before(text, start)
    end = len(head.rstrip())
    word_start = end
    while word_start and is_word_char(head[word_start - 1]):
        word_start -= 1
    if not (word_start < end < len(head) and head[word_start].isupper() and lex.lang == "vi"):
        return False
    if lex.title_modifier_re.search(head) or lex.grammar["deceased_before"].search(head):
        return False  # "Phó Thủ tướng", "Cố Chủ tịch nước" (the late)
    if word_start == 0 and len(head) == start and lex.grammar["list_opening"].search(head):
        return False  # "Tiếp Đại sứ ...": a verb capitalised as the sentence's first word
    if any(word[:1].islower() for word in title.group().split()) and _ending(lex.country_re, head[:end]):
        return False
    return not lex.honorific_before.search(head[word_start:])


def _postposed_owner(text: str, title_start: int, mentions: list[PersonMention], lex: Lexicon,
                     index: int) -> PersonMention | None:
    """'Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng', 'Kurt Campbell, Điều phối viên ...',
    'Jake Sullivan, the U.S. National Security Advisor': the title after 'Name,' is the name's."""
    head = text[:title_start].rstrip()
    if article := lex.grammar["apposition_article"].search(head):  # "X, the new Cuban Ambassador"
        head = head[:article.start()].rstrip()
    if elected := lex.grammar["appointed_owner_before"].search(text[:title_start]):  # "X, who assumed power
        head = text[:elected.start()].rstrip() + ","  # as President", "X được bầu làm Tổng Bí thư"
    if not head.endswith((",", *DASHES)):  # (a dash glued to the name: "Name- Title", "Name—Title")
        return None
    edge = len(head[:-1].rstrip())  # where the name ends: "Name, Title", "Name – Title"
    known = next((m for m in mentions if m.name and m.end <= edge  # "X (the original spelling), Title",
                  and POSTNOMINALS.fullmatch(text[m.end:edge].replace(f"({m.alias})", ""))), None)  # "X AO, Title"
    if known:
        return known
    words = [Word(m.group(), m.start(), m.end(), m.group()[0].isupper())
             for m in WORD.finditer(text, max(0, edge - 80), edge)]
    if not words or words[-1].end != edge or not words[-1].capitalised:
        return None
    start = len(words) - 1
    while start and words[start - 1].capitalised and not text[words[start - 1].end:words[start].start].strip(". "):
        start -= 1
    run = words[start:]
    name = read_name(run, lex, after_title=False)
    if name is None or name.last != len(run) - 1 or name.last - name.first < 1:
        return None  # a bare name needs two words at least: "Meanwhile, President ..." holds none
    first, last = run[name.first], run[name.last]
    end = _name_end(text, last.end)
    return PersonMention(text[first.start:end], first.start, end, index, countries=list(name.parties))


def _holders_named_after(text: str, mentions: list[PersonMention], honorific: list[PersonMention]) -> None:
    """'Tổng lãnh sự Lào tại TP Hồ Chí Minh - ông X', 'The Vice Chairman of ..., Mr. X, received': a
    title named with no name, and after a dash or set off by commas the one who holds it, brought in
    by an honorific."""
    for m in [m for m in mentions if m.name is None and not m.plural]:
        holder = next((h for h in honorific if h.start > m.end
                       and (gap := HOLDER_AFTER.fullmatch(text, m.end, h.start))
                       and (not gap["comma"] or text.startswith(",", h.end))), None)
        if holder is not None and not any(m.end <= o.start < holder.start for o in mentions):
            holder.titles += m.titles
            holder.countries += m.countries
            holder.body_titles += m.body_titles
            mentions.remove(m)


def _honorific_mentions(text: str, index: int, lex: Lexicon) -> list[PersonMention]:
    """'ông Nikolai Patrushev, Trợ lý Tổng thống', 'Mr. Blinken': a name brought in by an honorific."""
    found = []
    for honorific in lex.honorific_re.finditer(text):
        ws = Words(text, honorific.end(), min(len(text), honorific.end() + 80), MAX_WINDOW_WORDS)
        first = ws.get(0)
        # the name right after it, particles and initials within ("Mr. Kees van Baar", "ông Elbridge A. Colby")
        group = run_after(ws, 0, text, lex) if first and first.capitalised and \
            not text[honorific.end():first.start].strip() else []
        name = read_name(group, lex, after_title=False) if group else None
        if name is None and called_by_given_name(group, lex):
            name = Name(0, 0, ())
        if name and name.first == 0:
            first, last = group[name.first], group[name.last]
            end = _name_end(text, last.end)
            found.append(PersonMention(text[first.start:end], first.start, end, index))
    return found


@lru_cache(maxsize=8192)
def name_key(name: str, lex: Lexicon) -> tuple[str, ...]:
    """The words a name is compared by: folded, without initials, particles (but "bin"), suffixes and "Sheikh"."""
    return tuple(fold(w).casefold() for w in name.replace(".", ". ").split()
                 if not (INITIAL.match(w.rstrip(".")) or (w in lex.particles and w.casefold() not in PATRONYMIC)
                         or w in lex.name_titles
                         or SUFFIX.match(w.rstrip("."))))


@lru_cache(maxsize=8192)
def foreign_name(name: str, lex: Lexicon) -> bool:
    return looks_foreign([Word(w, 0, 0, True) for w in name.split()], lex)


def same_person(short: tuple[str, ...], full: tuple[str, ...], compound: bool = False) -> bool:
    """'Jenkins' and 'Bonnie Jenkins', 'Prayuth' and 'Prayuth Chan-o-cha', 'Michael Pompeo' and
    'Michael R. Pompeo': a shorter mention of one person. compound: the full name is a foreign one,
    whose family name may stand in its middle ('Maduro' of 'Nicolás Maduro Moros') and whose middle
    names may be left out ('Marco Rubio' of 'Marco Antonio Rubio')."""
    if short == full:
        return True
    # not a father named in his son's name: "Mohammed bin Rashid" of "Hamdan bin Mohammed bin Rashid"
    fathers = len(short) < len(full) and full[-len(short) - 1] in PATRONYMIC
    return len(short) < len(full) and ((full[-len(short):] == short and not fathers) or full[:len(short)] == short
                                       or (compound and len(short) == 1 and short[0] in full[1:])
                                       or (compound and short[0] == full[0] and short[-1] == full[-1]))


def resolve_officials(mentions: list[PersonMention], partner_of: Callable[[int], str | None], lex: Lexicon,
                      evidence: dict[int, str]) -> tuple[list[Official], dict[int, str]]:
    """Officials of an article, one per person, and the key each mention resolves to (by id).
    partner_of: the foreign state each sentence (by index) is about, for foreign names with no state."""
    original: dict[str, str] = {}  # "Cờ-rếc Chít-tích (Craig Chittick)": known by the original spelling
    for m in mentions:
        if m.name and m.alias and not lex.party(m.alias) and m.alias not in lex.place_country \
                and not any(is_acronym(w) for w in m.alias.split()):
            m.name, m.alias = m.alias, m.name
            original[m.alias] = m.name
    last = max(evidence, default=-1)  # a name at the very end of a page cut short: "... Chủ tịch nước Trần Đại Qua"
    cut = {m.name for m in mentions if m.name and m.sentence == last and m.end == len(evidence[last])}
    for m in mentions:
        if m.name in cut and " " not in m.name:
            m.name = None  # "... Thứ trưởng Ngoại giao Argenti": a word cut short, no name
    keys = {m.name: name_key(m.name, lex) for m in mentions if m.name}
    first_seen = {m.name: k for k, m in reversed(list(enumerate(mentions))) if m.name}
    # the fullest spelling names the person (most words, then letters), then the one written first ("Marcos
    # Jr", then "Marcos Jr." at a sentence's end; "Orbán", then "Orban")
    names = sorted(keys, key=lambda n: (-len(keys[n]), -len(n.rstrip(".")), first_seen[n]))
    canonical: dict[str, str] = {}
    foreign = {n for n in keys if foreign_name(n, lex)}
    for name in names:
        canonical[name] = next((c for c in canonical.values() if same_person(keys[name], keys[c], c in foreign)
                                or (name in cut and c.startswith(name))), name)
    for name, spelled in original.items():  # the transliteration written again without brackets
        if name in canonical:
            canonical[name] = canonical[spelled]
    people: dict[str, Official] = {}
    resolved: dict[int, str] = {}
    implied: dict[str, list[str]] = {}
    groupings: dict[str, list[str]] = {}
    inherited: dict[str, list[str]] = {}
    bodies: dict[str, set[str]] = {}  # by person, as chaired: "President" of a bank for one, of a state for another
    chaired: dict[str, set[str]] = {}  # by person: the same title heads a state for one and a council for another
    legislatures: dict[str, set[str]] = {}  # by person: the titles that head a legislature
    fallback: dict[str, str | None] = {}  # the state a foreign name with no state of its own serves
    body_named: dict[str, str | None] = {}  # and the organisation its sentence names last before it
    for m in mentions:
        if not m.name:
            continue
        key = canonical[m.name]
        person = people.setdefault(key, Official(key=key, name=key, country=None, evidence=evidence[m.sentence]))
        resolved[id(m)] = key
        person.deceased = person.deceased or m.deceased
        person.titles += [t for t in m.titles if t not in person.titles]
        bodies.setdefault(key, set()).update(m.body_titles)
        chaired.setdefault(key, set()).update(m.chaired)
        legislatures.setdefault(key, set()).update(m.legislatures)
        for alias in (m.name, m.alias):
            if alias and alias != key and alias not in person.aliases and alias not in cut:
                person.aliases.append(alias)
        implied.setdefault(key, []).extend(c for t in m.titles if (c := lex.title_info(t)["country"]))
        states = [c for c in m.countries if lex.countries[c].kind in ("state", "territory")]
        if states and person.country is None:
            person.country = states[0]
        groupings.setdefault(key, []).extend(c for c in m.countries if c not in states)
        inherited.setdefault(key, []).extend(m.inherited)
        if key not in fallback and not person.country and not states:
            fallback[key] = partner_of(m.sentence)
            body_named[key] = _organisation_before(evidence[m.sentence], m.start, lex)
    for key, person in people.items():
        _roles(person, lex, bodies.get(key, set()), chaired.get(key, set()), legislatures.get(key, set()))
        if person.country is None and inherited.get(key):
            person.country = inherited[key][0]
        if person.country is None and groupings.get(key) and (set(person.roles) & ORGANISATION_ROLES or not
                                                              person.roles or _heads_a_body(person)):
            person.country = groupings[key][-1]  # an official of the EU, the UN, ASEAN; of the FAO, not the UN it is of
            if not set(person.roles) & ORGANISATION_ROLES:
                person.roles = ["AgencyHead"]  # "Chủ tịch Ủy ban châu Âu": heads the body, not a state
        if person.country is None and set(person.roles) <= {"AgencyHead", "Official"} and body_named.get(key):
            person.country = body_named[key]  # "thăm trụ sở OIF và gặp Tổng Thư ký X" in Paris: the OIF's
        if person.country is None:
            person.country = (implied.get(key) or [None])[0] or _default_state(key, fallback.get(key), lex)
    for m in mentions:
        if m.name is None and m.bare and not m.plural and (key := _antecedent(m, people, lex)):
            resolved[id(m)] = key
    return list(people.values()), resolved  # those with no state yet may get one from the corpus


def _heads_a_body(person: Official) -> bool:
    return bool(set(person.roles) & {"HeadOfState", "HeadOfGovernment", "LegislatureLeader"})


def _roles(person: Official, lex: Lexicon, bodies: set[str] = frozenset(), chaired: set[str] = frozenset(),
           legislatures: set[str] = frozenset()) -> None:
    """The person's roles from their titles: a shorter title that a longer one holds says nothing
    more; a rank or a party membership beside a post is not a post of its own; the chair of a body
    ("Chủ tịch Interpol", bodies) heads it; the chair of a body of no state ("Chủ tịch Hội đồng Lý luận
    Trung ương", chaired) heads no state: an official, unless the person holds another post. Leading
    a party is a post too; a membership or a party committee's office beside a post is not."""
    led = False
    for title in person.titles:
        if title in legislatures:
            person.roles += [] if "LegislatureLeader" in person.roles else ["LegislatureLeader"]
            continue
        if title in chaired and title not in bodies:
            if all(t in chaired for t in person.titles) and "Official" not in person.roles:
                person.roles.append("Official")
            continue
        folded = title.casefold()
        if any(other.casefold().startswith(folded + " ") or other.casefold().endswith(" " + folded)
               for other in person.titles):
            continue  # "Thứ trưởng" after "Thứ trưởng Bộ Ngoại giao" says nothing more
        info = lex.title_info(title)
        # "Chủ tịch Tập đoàn X", "Chairman of the X Council": heads that body; a minister of a portfolio stays one
        kept = set(info["roles"]) & (ORGANISATION_ROLES | {"Minister", "DeputyMinister"})
        roles = info["roles"] if title not in bodies or kept else ["AgencyHead"]
        person.roles += [r for r in roles if r not in person.roles]
        if lex.grammar["party_leader_title"].search(title):
            led = True  # "Chủ tịch Đảng", "Party Chairman": a post, beside another ("Tổng thống, Chủ tịch Đảng")
        if info["organization"] and info["organization"] not in person.organizations:
            person.organizations.append(info["organization"])
    for role in SECONDARY_ROLES:
        if role == "PartyOfficial" and led:
            continue
        if role in person.roles and any(r not in SECONDARY_ROLES for r in person.roles if r != COUNTERPART):
            person.roles.remove(role)
    if "PartyOfficial" in person.roles and "MilitaryOfficer" in person.roles:
        person.roles.remove("MilitaryOfficer")


PORTFOLIO_OF_FOREIGN_MINISTRY = {"Minister": "ForeignMinister", "DeputyMinister": "DeputyForeignMinister"}
SPECIFIC_ROLES = {"Minister": {"ForeignMinister", "DefenseMinister", "PublicSecurityMinister"},
                  "DeputyMinister": {"DeputyForeignMinister", "DeputyDefenseMinister"}}


def generic_beside_specific(people: list[Official]) -> None:
    """'Quốc vụ khanh, Thứ trưởng Ngoại giao X', or a counterpart of a 'Thứ trưởng': a deputy foreign minister,
    no deputy minister besides."""
    for person in people:
        person.roles = [r for r in person.roles if not SPECIFIC_ROLES.get(r, set()) & set(person.roles)]


def foreign_ministry_story(people: list[Official], story: str, lex: Lexicon) -> None:
    """Vietnam's 'Bộ trưởng X', 'Thứ trưởng Y' named by rank alone in a story of one ministry, the foreign
    ministry ("tại trụ sở Bộ Ngoại giao, Bộ trưởng X tiếp Đại sứ ..."): its minister and deputy minister (a
    foreign one's portfolio may stand in words no title holds: "Bộ trưởng Phát triển Quốc tế")."""
    if not lex.grammar["foreign_ministry"].search(story) or lex.grammar["other_ministry"].search(story):
        return
    for person in people:
        if person.country == "VN" and len(person.roles) == 1 and person.roles[0] in PORTFOLIO_OF_FOREIGN_MINISTRY \
                and not any(lex.title_info(t)["organization"] for t in person.titles):
            person.roles = [PORTFOLIO_OF_FOREIGN_MINISTRY[person.roles[0]]]


def _organisation_before(text: str, position: int, lex: Lexicon) -> str | None:
    named = [code for start, _, code in lex.party_mentions(text[:position])
             if lex.countries[code].kind == "organisation"]
    return named[-1] if named else None


def _default_state(name: str, partner: str | None, lex: Lexicon) -> str | None:
    """The state of an official whose titles name none: in Vietnamese news Vietnam's own officials
    go unqualified; a name written as a foreign one belongs to the state the story is about."""
    words = [Word(w, 0, 0, True) for w in name.split()]
    if lex.lang == "vi":  # a Vietnamese article writes Vietnamese names with their marks ("Tô Lâm", not "Raúl"),
        # and foreign ones it spells out in hyphenated syllables ("Cay-xỏn Phom-vi-hản")
        marked = "-" not in name and (bool(VIETNAMESE_LETTER.search(name))
                                      or (not name.isascii() and words[0].text in lex.surnames))
        return "VN" if marked else partner
    vietnamese = fold(words[0].text) in lex.folded_surnames and 2 <= len(words) <= 4 and not looks_foreign(words, lex)
    return "VN" if vietnamese else partner


def resolve_counterparts(people: list[Official], in_sentence: dict[int, list[tuple[int, int, str, bool]]],
                         text_of: dict[int, str], lex: Lexicon) -> None:
    """'his Russian counterpart Dmitry Chernyshenko' holds the post of the official he meets: the
    one of another state named before him in the sentence that calls him so (or, where none is, in
    another sentence; or else the story's first official of another state)."""
    known = {p.key: p for p in people}
    words = [t for t, info in lex.titles.items() if info["roles"] == [COUNTERPART]]
    for called_so in (True, False):  # where no official of another state comes before him there: anywhere
        for index, found in in_sentence.items():
            for k, (start, end, key, _) in enumerate(found):
                person = known.get(key)
                if person is None or COUNTERPART not in person.roles or \
                        called_so != any(w in text_of[index][start:end].casefold() for w in words):
                    continue
                other = next((known[o] for _, _, o, _ in reversed(found[:k]) if o in known
                              and known[o].country != person.country and COUNTERPART not in known[o].roles), None)
                if other is not None:
                    _take_post(person, other)
    for person in people:
        if COUNTERPART in person.roles:  # ("my counterpart from Laos, X", in a quote): the story's first official
            _take_post(person, next((p for p in people if p.country != person.country
                                     and COUNTERPART not in p.roles), None))
        if not person.roles:
            person.roles.append("Official")


def _take_post(person: Official, other: Official | None) -> None:
    """A counterpart's roles: those of the official he is the counterpart of, and his own besides."""
    theirs = other.roles if other else []
    person.roles = [r for r in theirs if r != COUNTERPART] + [r for r in person.roles
                                                              if r != COUNTERPART and r not in theirs]


def _antecedent(m: PersonMention, people: dict[str, Official], lex: Lexicon) -> str | None:
    """The one official an anaphoric title ('Thứ trưởng', 'Ngoại trưởng Hàn Quốc') or description
    ('the Indian minister': the one Indian official, or the one whose post a minister holds) refers to."""
    wanted = {t.casefold() for t in m.titles}
    states = {c for c in m.countries if lex.countries[c].kind == "state"}
    if m.described:
        of_state = [p for p in people.values() if p.country in states]
        fits = [p for p in of_state if "*" in m.described or set(m.described) & set(p.roles)]
        return fits[0].key if len(fits) == 1 else of_state[0].key if len(of_state) == 1 else None
    candidates = [p for p in people.values()
                  if wanted & {t.casefold() for t in p.titles} and (not states or p.country in states)]
    if len(candidates) != 1:
        roles = {r for t in m.titles for r in lex.title_info(t)["roles"]} - {"Official", COUNTERPART}
        candidates = [p for p in people.values()
                      if roles & set(p.roles) and (not states or p.country in states)]
    return candidates[0].key if len(candidates) == 1 else None


def short_forms(people: Iterable[Official], lex: Lexicon) -> dict[str, str]:
    """The one word a story may name a known official by once it has named them in full: the family
    name of a Western name ("Blinken"), the given name of a Vietnamese one in English ("Son"), the
    family name of a Chinese or Korean one ("Wang"). Only words that name one official alone, and
    that are no other kind of word."""
    forms: dict[str, set[str]] = {}
    for person in people:
        words = [w for w in person.name.split() if not INITIAL.match(w.rstrip(".")) and w not in lex.particles
                 and not SUFFIX.match(w.rstrip("."))]
        if len(words) < 2:
            continue
        # (and the first family name of a Spanish or Portuguese one: "Rodriguez" of "Bruno Rodriguez Parilla")
        middle = {words[1]} if len(words) == 3 and foreign_name(person.name, lex) else set()
        for word in {words[0], words[-1]} | middle:
            forms.setdefault(word, set()).add(person.key)
    return {w: next(iter(keys)) for w, keys in forms.items()
            if len(keys) == 1 and len(w) > 2 and w[0].isupper() and w not in lex.title_words
            and w not in lex.not_name_words and w not in lex.country_of_name and w not in lex.short_names
            and w not in lex.place_country and w.casefold() not in lex.function_words}
