"""Date expressions of Vietnamese news, and the year an article is about."""

from __future__ import annotations

import re
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
    relative: str | None = None  # today, yesterday, this_month, weekday: resolved against the dateline
    weekday: int | None = None  # 1 Monday - 7 Sunday
    end_day: int | None = None  # the last day of a range ("từ ngày 8 đến 10/9", "March 5-7")
    end_month: int | None = None


def _number(value: str | None, names: dict[str, int]) -> int | None:
    if value is None:
        return None
    return int(value) if value.isdigit() else names.get(value.casefold().rstrip("."))


@lru_cache(maxsize=512)
def find_dates(text: str, lang: str) -> tuple[DateMention, ...]:
    """Date expressions in a sentence, longest first where they overlap, in text order.
    Cached: the year of the story and the events read the same sentences."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lex = lexicon(lang)
    candidates = lex.date_index.candidates(text)
    for n, (kind, pattern, _) in enumerate(lex.date_patterns):
        if n not in candidates:
            continue
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groupdict()
            if kind == "weekday":
                weekday = lex.weekdays.get(" ".join(g["weekday"].casefold().split()))
                mention = DateMention(m.start(), m.end(), None, relative=kind, weekday=weekday)
            elif kind != "date":
                mention = DateMention(m.start(), m.end(), None, relative=kind)
            else:
                end_month = _number(g.get("end_month"), lex.months)
                month = _number(g.get("month"), lex.months) or end_month
                day, end_day = _number(g.get("day"), {}), _number(g.get("end_day"), {})
                if (month is not None and not 1 <= month <= 12) or (day is not None and not 1 <= day <= 31) \
                        or (end_day is not None and not 1 <= end_day <= 31):
                    continue
                year = _number(g.get("year"), {})
                mention = DateMention(m.start(), m.end(), year, month, day, end_day=end_day,
                                      end_month=end_month or (month if end_day else None))
            found.append(mention)
            taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


# the years an anniversary counts, the last one captured: "(1975-2022)", "(8/1973 - 8/2013)", "(14/11/1994-14/11/2024)",
# "(ngày 25/7/2013 – 25/7/2023)", a national day's "(04/7/1776 - 04/7/2023)"
EARLIEST_EVENT = 1945  # no diplomatic event of Vietnam's is older: "Quốc khánh Thụy Sỹ (1/8/1291)" dates none
YEAR_SPAN = re.compile(r"\(\s*(?:ngày\s+)?(?:[\d/.-]{1,6}[/.-])?\d{4}\s*[-–]\s*(?:ngày\s+)?(?:[\d/.-]{1,6}[/.-])?"
                       r"((?:19|20)\d\d)\s*\)")


def event_dates(text: str, lex: Lexicon) -> list[DateMention]:
    """The dates of a sentence that may date an event: not a target ("by 2030"), another time's
    ("since taking office in April"), the years an anniversary counts, the day relations were set up,
    nor the day a document was signed ("Tuyên bố chung ... được ký ngày 21/01/2013")."""
    g = lex.grammar
    spans = [span.span() for span in YEAR_SPAN.finditer(text)] if "(" in text else []
    return [d for d in find_dates(text, lex.lang)
            if not any(a <= d.start < b for a, b in spans) and (d.year is None or d.year >= EARLIEST_EVENT)
            and not g["target_year_before"].search(text[max(0, d.start - 12):d.start + 4])
            and not g["signed_before"].search(text, max(0, d.start - 24), d.start)
            and not g["since_clause_before"].search(text[max(0, d.start - 40):d.start]
                                                    + text[d.start:d.end].split(" ")[0] + " ")
            and not g["relations_set_up_before"].search(text, max(0, d.start - 120), d.start)]


def context_year(sentences: list[str], published: str | None, anniversary_year: int | None,
                 lex: Lexicon) -> int | None:
    """The year the article speaks of where a date gives only day and month.

    The dateline first; then an anniversary of relations ("kỷ niệm 25 năm ..."); then a year the
    story itself supports, by a month-level date ("tháng 3-2024") or by naming it more than once;
    else the latest year whose part it tells as gone by (trade "in the first half of 2009").
    Dates that date no event (event_dates: "đến năm 2030", the day relations were set up) do not count.
    """
    if published:
        return int(published[:4])
    if anniversary_year:
        return anniversary_year
    counts: Counter[int] = Counter()
    with_month: set[int] = set()
    current: set[int] = set()  # a part of a year told as gone by: "6 tháng đầu năm 2016", "first half of 2009"
    for text in sentences:
        for d in event_dates(text, lex):  # not "đến năm 2030", "lập quan hệ ngoại giao ngày 21/12/1995"
            if d.year is None:
                continue
            counts[d.year] += 1
            if d.month:
                with_month.add(d.year)
            if lex.grammar["current_period_before"].search(text, max(0, d.start - 30), d.start):
                current.add(d.year)
    supported = [y for y, n in counts.items() if n > 1 or y in with_month]
    if not supported:
        return max(current, default=None)
    return max(supported, key=lambda y: (counts[y], y))


def resolve(mention: DateMention, year: int | None, published: str | None) -> str | None:
    """ISO date of a mention, no more precise than the text supports."""
    if mention.relative:
        return _relative(mention, published)
    return _iso(mention.year, mention.month, mention.day, year, published)


def resolve_end(mention: DateMention, year: int | None, published: str | None) -> str | None:
    """The last day of a range, or None when the mention is one day."""
    if mention.end_day is None or mention.relative:
        return None
    start = _iso(mention.year, mention.month, mention.day, year, published)
    end = _iso(mention.year, mention.end_month, mention.end_day, year, published)
    if start and end and end < start and len(end) == 10:  # "28/12 - 2/1": the range ends in the next year
        end = _iso(int(end[:4]) + 1, mention.end_month, mention.end_day, None, None)
    return end if end and start and len(end) == len(start) and end > start else None


def _relative(mention: DateMention, published: str | None) -> str | None:
    if not published:
        return None
    if mention.relative == "this_month":
        return published[:7] if len(published) >= 7 else None
    if mention.relative == "today":
        return published
    if len(published) < 10:
        return None
    day = date.fromisoformat(published)
    if mention.relative == "yesterday":
        return (day - timedelta(days=1)).isoformat()
    if mention.weekday:  # the last such weekday up to the dateline: news reports what has happened
        return (day - timedelta(days=(day.isoweekday() - mention.weekday) % 7)).isoformat()
    return None


def _iso(y: int | None, month: int | None, day: int | None, year: int | None, published: str | None) -> str | None:
    if y is None and month:
        if year is None:
            return None
        y = year
        if published and len(published) >= 7 and month > int(published[5:7]) + 1 and int(published[:4]) == year:
            y -= 1  # "ngày 28/12" read in a January paper
    if y is None:
        return None
    if month is None:
        return f"{y:04d}"
    if day is None:
        return f"{y:04d}-{month:02d}"
    try:
        return date(y, month, day).isoformat()
    except ValueError:
        return f"{y:04d}-{month:02d}"
