"""Partnerships: a named level of relations, its two parties, and since when it holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..fastmatch import single_spaced
from ..lexicon import Lexicon
from .dates import find_dates, resolve
from .text import Sentence, before, clause_at


@dataclass
class Found:
    parties: list[str]
    level: str
    since: str | None
    upgrade: bool
    since_is_event: bool  # an upgrade told in the present: it happens at the reported event
    evidence: str


BRACKETED_END = re.compile(r"\([^()]*\)\s*$")  # "EU-ASEAN (Association of Southeast Asian Nations) Strategic ..."


def find_partnerships(sentence: Sentence, lex: Lexicon, both: list[str], year: int | None,
                      published: str | None) -> list[Found]:
    text = sentence.text
    g = lex.grammar
    found = []
    for lm in lex.level_re.finditer(text):
        level = lex.level_of[single_spaced(lm.group()).casefold()]
        if g["agreement_before"].search(before(text, lm.start())) or g["agreement_after"].match(text, lm.end()):
            continue  # "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương": a treaty's name; so is
            # "the Comprehensive Partnership and Cooperation Framework Agreement"
        if g["aimed_level_before"].search(before(text, lm.start())):
            continue  # "hướng tới xây dựng Đối tác Chiến lược", "towards a strategic partnership": an aim
        start, end = clause_at(text, lm.start(), lex)
        leading, after = text[start:lm.start()], text[lm.end():end]
        verbs = {kind: list(regex.finditer(leading)) for kind, regex in lex.partnership_verb_re.items()}
        verb = (verbs["upgrade"] or verbs["establish"] or [None])[-1]
        if verb and g["intended_before"].search(before(text, start + verb.start())):
            continue  # "nhất trí sớm nâng cấp quan hệ lên ...": a plan, not the level the parties have
        if level == "DiplomaticRelations" and not verb:
            continue
        parties: list[str] = []
        if pair := lex.pair_at(after):
            parties = list(pair)
        elif (pairs := lex.pairs(leading)) and (verb or not BRACKETED_END.sub("", leading[pairs[-1][1]:]).strip()):
            parties = list(pairs[-1][2:])  # (without a verb, a pair right before it: "the ASEAN-China ...")
        elif other := lex.party_after(g["with_party"], after):
            subject = [lex.party(c.group()) for c in lex.country_re.finditer(leading)  # not "the first in ASEAN"
                       if not g["scope_before"].search(leading, 0, c.start())]
            parties = [other, next((s for s in reversed(subject) if s != other), None) or
                       next((b for b in both if b != other), None)]
        else:
            parties = list(both)
        parties = sorted({p for p in parties if p})
        if len(parties) != 2:
            continue
        since, since_is_event, upgraded = None, False, bool(verbs["upgrade"])
        date_after = next(iter(find_dates(after[:70], lex.lang)), None)
        later = lex.partnership_verb_re["upgrade"].search(after)  # "..., sau khi hai nước nâng cấp quan hệ vào"
        date_later = next(iter(find_dates(after[later.end():][:40], lex.lang)), None) if later and not verb else None
        counted = g["anniversary"].search(text, max(0, lm.start() - 60), lm.end() + 1)
        if counted and counted.start() <= lm.start() and date_after and date_after.year:
            since = str(date_after.year - int(counted.group(1)))  # "kỷ niệm 70 năm thiết lập quan hệ ... năm 2025"
        elif date_later:
            since, upgraded = resolve(date_later, year, published), True
        elif date_after and (verb or g["since_before"].search(after[:date_after.start])):
            since = resolve(date_after, year, published)
        elif level == "DiplomaticRelations" and (a := g["anniversary"].search(text)) and year:
            since = str(year - int(a.group(1)))
        elif upgraded and not g["earlier_before"].search(before(text, start + verb.start())):
            since_is_event = True  # "thông báo nâng cấp quan hệ lên ...": it happens at the reported event
        found.append(Found(parties, level, since, upgraded, since_is_event, text))
    return found
