"""Date expressions of Vietnamese news, and the year an article is about."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ..lexicon import Lexicon, lexicon


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    relative: str | None = None  # today / yesterday


@lru_cache(maxsize=512)
def find_dates(text: str) -> tuple[DateMention, ...]:
    """Date expressions in a sentence, longest first where they overlap, in text order.
    Cached: the year of the story and the events read the same sentences."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lex = lexicon()
    candidates = lex.date_index.candidates(text)
    for n, (kind, pattern, _) in enumerate(lex.date_patterns):
        if n not in candidates:
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groups()
            if kind == "dmy":
                day, month, year = int(g[0]), int(g[1]), int(g[2]) if g[2] else None
                if not (1 <= day <= 31 and 1 <= month <= 12):
                    continue
                mention = DateMention(m.start(), m.end(), year, month, day)
            elif kind == "my":
                if not 1 <= int(g[0]) <= 12:
                    continue
                mention = DateMention(m.start(), m.end(), int(g[1]), int(g[0]))
            elif kind == "m":
                if not 1 <= int(g[0]) <= 12:
                    continue
                mention = DateMention(m.start(), m.end(), None, int(g[0]))
            elif kind == "y":
                mention = DateMention(m.start(), m.end(), int(g[0]))
            else:
                mention = DateMention(m.start(), m.end(), None, relative=kind)
            found.append(mention)
            taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def context_year(sentences: list[str], published: str | None, anniversary_year: int | None,
                 lex: Lexicon) -> int | None:
    """The year the article speaks of where a date gives only day and month.

    The dateline first; then an anniversary of relations ("kỷ niệm 25 năm ..."); then a year the
    story itself supports, by a month-level date ("tháng 3-2024") or by naming it more than once.
    Target years ("đến năm 2030") do not count.
    """
    if published:
        return int(published[:4])
    if anniversary_year:
        return anniversary_year
    counts: Counter[int] = Counter()
    with_month: set[int] = set()
    for text in sentences:
        for d in find_dates(text):
            if d.year is None or lex.grammar["target_year_before"].search(text[max(0, d.start - 12):d.start + 4]):
                continue
            counts[d.year] += 1
            if d.month:
                with_month.add(d.year)
    supported = [y for y, n in counts.items() if n > 1 or y in with_month]
    if not supported:
        return None
    return max(supported, key=lambda y: (counts[y], y))


def resolve(mention: DateMention, year: int | None, published: str | None) -> str | None:
    """ISO date of a mention, no more precise than the text supports."""
    if mention.relative:
        if not published:
            return None
        if mention.relative == "yesterday":
            if len(published) < 10:
                return None
            return (date.fromisoformat(published) - timedelta(days=1)).isoformat()
        return published
    y = mention.year
    if y is None and mention.month:
        if year is None:
            return None
        y = year
        if published and len(published) >= 7 and mention.month > int(published[5:7]) + 1 and int(published[:4]) == year:
            y -= 1  # "ngày 28/12" read in a January paper
    if y is None:
        return None
    if mention.month is None:
        return f"{y:04d}"
    if mention.day is None:
        return f"{y:04d}-{mention.month:02d}"
    try:
        return date(y, mention.month, mention.day).isoformat()
    except ValueError:
        return f"{y:04d}-{mention.month:02d}"
