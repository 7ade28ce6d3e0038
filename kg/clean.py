"""Keep the story, drop the page furniture, and read the dateline and source URL.

A page is cleaned before its language is told (the language is read from the story, not from
the menus around it), so the furniture of every language (kg/data/<lang>/furniture.tsv) is
looked for in every page.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .fastmatch import anchors, compile_guarded, may_match
from .language import signs
from .lexicon import DATA, LANGUAGES, read_table
from .model import Article

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\ud800-\udfff]")  # and lone surrogates
URL_LINE = re.compile(r"^(?:URL:\s*(\S+)|(https?://\S+))\s*$", re.I)  # "URL: ...", or the address alone
DATE_LINE = re.compile(r"^date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*")  # a date line the project's own files carry
DIGIT = re.compile(r"\d")
INITIAL_END = re.compile(r"(?<!\w)[A-ZĐ]\.$")  # a line that ends with a name's initial
SMALL = "".join(c for c in map(chr, range(0x61, 0x2000)) if c.islower())
CAPITAL = "".join(c for c in map(chr, range(0x41, 0x2000)) if c.isupper())
# two sentences a page's markup ran together: "... in New York.Seoul's foreign ministry ...", "... on
# January 9.Minister Lam ...", "... Việt Nam và Ấn Độ.Sáng 21/4" (not "Mr.Smith"; the stop first in the
# pattern: faster)
GLUED_SENTENCES = re.compile(rf"([.!?])(?:(?<=[{SMALL}\d]{{2}}[.!?]|\s\d[.!?])|(?<=\s[{CAPITAL}][{SMALL}][.!?])"
                             rf"(?<!Mr\.)(?<!Dr\.)(?<!Ms\.)(?<!St\.)(?<!Jr\.)(?<!Sr\.)(?<!Mt\.)(?<!No\.))"
                             rf"(?=[{CAPITAL}][{SMALL}])")
# a dateline the story's first line opens with: "HANOI, Oct 13, 2020, VNS. Prime Minister ..."
INLINE_DATELINE = re.compile(rf"[{CAPITAL}][{CAPITAL} .'-]{{2,30}},\s+([^,.]{{3,20}}\d,?\s+\d{{4}})\b")
CASE_CHANGE = re.compile(rf"[{SMALL}][{CAPITAL}]")  # where a word may run into the next
TWELVE_HOUR = re.compile(r"\d:\d\d(?::\d\d)?\s*[AaPp]\.?[Mm]\b")  # a clock of American pages: dates month first
CAMEL_WORD = re.compile(rf"\w*[{SMALL}][{CAPITAL}]\w*")  # "TrươngTấn", "ĐanMạch", "McDonald"
ETH_OPENING = re.compile(r"(?<!\w)ð")  # the eth written for 'đ' opening a syllable
STAMP = re.compile(r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)")  # 26/08/2024, 10-04-2021
ISO_STAMP = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")  # 2021-04-29, as some ministries' pages write it
END_MARK = "./."
SENTENCE_STOPS = (".", "!", "?", ":", ";", "…", '"', "”", ")")
STORY_PARAGRAPH = 300  # characters: longer than a teaser's summary
TEASER_LENGTH = 120  # characters: a line as long is part of the story, not another story's headline
HEADLINE_WORDS = 4  # a line of fewer words above a dateline is a menu's, not the story's headline
BYLINE = re.compile(r"^\s*(?:[A-ZĐÀ-Ỹ][^\W\d_]*\.?\s+){1,3}[A-ZĐÀ-Ỹ][^\W\d_]*\s*[-–|]\s")
LEAD_PARAGRAPHS = 3  # where a story names the month of its events first


@dataclass(frozen=True)
class Furniture:
    """Every language's page furniture, each kind one pattern."""

    end: list[re.Pattern]
    line: list[re.Pattern]
    dateline: re.Pattern
    outlet: re.Pattern
    credit: re.Pattern
    inline: re.Pattern
    stamp: re.Pattern  # a date with the month in words: 'July 10, 2012', '5 January 2018'
    numeric_stamp: re.Pattern  # a date with groups day, month, year besides STAMP: '12 Tháng 6 2014'
    month_of: dict[str, int]
    weekday: re.Pattern  # a weekday's name
    weekday_of: dict[str, int]  # ISO weekday of each name (1 Monday)
    month_named: re.Pattern  # a month in words before a day


def _either(patterns: list[str]) -> re.Pattern:
    """One pattern matching where any of them does; a leading (?i) stays with its own pattern."""
    parts = [f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})" for p in patterns]
    return compile_guarded("|".join(parts) or "(?!)")


@cache
def furniture() -> Furniture:
    rows = [r for lang in LANGUAGES for r in read_table(f"{lang}/furniture.tsv")]
    kinds: dict = {kind: _either([r["pattern"] for r in rows if r["kind"] == kind])
                   for kind in ("dateline", "outlet", "credit", "inline")}
    for kind in ("end", "line"):  # each alone: a pattern opening with a literal is skipped fast
        kinds[kind] = [compile_guarded(r["pattern"]) for r in rows if r["kind"] == kind]
    kinds["numeric_stamp"] = _either([r["pattern"] for r in rows if r["kind"] == "numeric_stamp"])
    calendar = [r for lang in LANGUAGES if (DATA / lang / "calendar.tsv").exists()
                for r in read_table(f"{lang}/calendar.tsv")]
    month_of, weekday_of = ({name.casefold(): int(r["number"]) for r in calendar if r["kind"] == kind
                             for name in r["names"].split("|")} for kind in ("month", "weekday"))
    names = _alternatives(month_of)
    ordinal = "(?:st|nd|rd|th)?"  # "November 9th, 2021"
    stamp = re.compile(rf"(?i)\b(?:({names})\.?\s+(\d{{1,2}}){ordinal}(?:,\s*|\s+)(\d{{4}})"
                       rf"|(\d{{1,2}}){ordinal}\s+({names})\.?(?:,\s*|\s+)(\d{{4}}))\b")
    weekday = re.compile(rf"(?i)(?<![^\W\d_])(?:{_alternatives(weekday_of)})(?![^\W_])")
    english = _alternatives({n.casefold(): 0 for r in read_table("en/calendar.tsv") if r["kind"] == "month"
                             for n in r["names"].split("|")})
    month_named = re.compile(rf"(?i)\b({english})\.?\s+\d{{1,2}}\b")  # "December 3", "Aug. 20"
    return Furniture(**kinds, stamp=stamp, month_of=month_of, weekday=weekday, weekday_of=weekday_of,
                     month_named=month_named)


def _alternatives(names: dict[str, int]) -> str:
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True)) or "(?!)"


def _unglue_accented(word: re.Match) -> str:
    """Two words with accented letters run together ("TrươngTấn Sang", "ĐanMạch"): no name written in
    accented Latin letters changes case inside a word, as "McDonald" or "DeSantis" in plain ones do."""
    text = word.group()
    return CASE_CHANGE.sub(lambda m: f"{m.group()[0]} {m.group()[1]}", text) if not text.isascii() else text


@cache
def glued_words() -> re.Pattern:
    """A function word run into the capitalised word after it ("củaThủ tướng", "ofVietnam"): none of
    the languages read here writes one that way, so a space was lost in the page's markup."""
    words = sorted({w for s in signs().values() for w in s.words if len(w) > 1}, key=len, reverse=True)
    return compile_guarded(rf"(?<!\w)({'|'.join(map(re.escape, words))})(?=[{CAPITAL}][{SMALL}])")


def normalize(text: str) -> str:
    """NFC, no control characters, one kind of line break and space; and Vietnamese 'đ' where a page
    wrote the look-alike eth ('Ðảng', 'ðã': 'đ' only opens a Vietnamese syllable, and 'ð' never
    opens an Icelandic word)."""
    text = unicodedata.normalize("NFC", text)
    text = CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if "Ð" in text or "ð" in text:
        text = ETH_OPENING.sub("đ", text.replace("Ð", "Đ"))
    return text


def clean(article: Article) -> Article:
    """The article with its text reduced to the story paragraphs, one per line."""
    page = furniture()
    lines = [line.strip() for line in normalize(article.text).split("\n")]
    url, published = article.url, article.published
    stamp_line = None  # the dateline the date was read from
    dated_at = None  # how many story lines stood above that dateline
    story: list[str] = []
    kept: set[str] = set()
    seen_long = False
    site_clock = False  # the date taken so far stood above the first line of the story
    following_of, following = [], None  # the next non-empty line after each line
    for line in reversed(lines):
        following_of.append(following)
        following = line or following
    following_of.reverse()
    for index, line in enumerate(lines):
        if not line:
            continue
        if match := URL_LINE.match(line):
            url = url or match.group(1) or match.group(2)
            continue
        if match := DATE_LINE.match(line):
            published = published or match.group(1)
            line = line[match.end():]
        if published is None and (inline := INLINE_DATELINE.match(line)) and (stamp := dateline_date(inline[1], page)):
            published = stamp  # "HANOI, Oct 13, 2020, VNS. Prime Minister ...": the story opens with its dateline
            line = line[inline.end():].lstrip(" ,")
        elif stamp := dateline_date(line, page):
            headline = any(len(told.split()) >= HEADLINE_WORDS for told in story)  # not a menu's word
            if published is None or (site_clock and headline and not seen_long):
                published, site_clock = stamp, not headline  # a clock above the headline: the site's, not the story's
                stamp_line, dated_at = line, len(story)
            continue
        if any(p.search(line) for p in page.end):
            if seen_long or any(told.endswith(SENTENCE_STOPS) and len(told.split()) > HEADLINE_WORDS for told in story):
                break  # (not after a menu's "Follow us:" alone)
            continue  # "Latest News:" above the story or below its headline: a menu's heading, not its end
        if line.startswith("|"):  # a row of a table of other stories
            continue
        line = GLUED_SENTENCES.sub(r"\1 ", line.rstrip("|").strip())
        if CASE_CHANGE.search(line):
            line = CAMEL_WORD.sub(_unglue_accented, glued_words().sub(r"\1 ", line))
        if any(p.search(line) for p in page.line):
            continue
        if seen_long and following_of[index] == line:
            if not line.endswith(SENTENCE_STOPS) and not any(len(rest) > STORY_PARAGRAPH for rest in lines[index + 1:]):
                break  # a teaser block repeats its headline, and no story follows
            continue  # a photo's caption (a sentence) written twice, and the story goes on
        line = page.outlet.sub("", line, count=1)
        if may_match(_anchors("credit"), line):
            line = page.credit.sub("", line).strip()
        if may_match(_anchors("inline"), line):
            line = page.inline.sub(" ", line).strip()
        if not line:
            continue
        if line in kept:
            continue
        kept.add(line)
        # "Ngài Elbridge A." / "Colby, ...": a name cut by the page; "... đã có các hoạt động" / "tiếp xúc
        # song phương ...", "President Lee and his" / "Vietnamese counterpart ...": a paragraph wrapped at a
        # fixed width, a sentence going on on the next line
        if story and (INITIAL_END.search(story[-1], len(story[-1]) - 2)
                      or ((line[0].islower() or _ends_in_function_word(story[-1]))
                          and not story[-1].endswith(SENTENCE_STOPS))):
            story[-1] = f"{story[-1]} {line}"
            continue
        story.append(line)
        seen_long = seen_long or len(line) > 200
        if line.endswith(END_MARK):
            story[-1] = line[: -len(END_MARK)].rstrip() + "."
            break
    if dated_at:
        story = story[:dated_at] + _without_teasers(story[dated_at:])
    story = _without_headlines_below(story)
    title = normalize(article.title).strip() or None if article.title else None
    url = normalize(url).strip() or None if url else None
    if stamp_line and published:
        published = _month_the_lead_names(published, stamp_line, story, page)
    published = published or (url_date(url) if url else None)
    if title is None and story and len(story[0]) < 250 and not story[0].endswith("."):
        title = story[0]
    return Article(id=article.id, text="\n".join(story), source=article.source, url=url,
                   title=title, published=iso_date(published), lang=article.lang)


@cache
def _anchors(kind: str):
    return anchors(getattr(furniture(), kind))


@cache
def url_date_patterns() -> list[re.Pattern]:
    return [re.compile(r["pattern"]) for r in read_table("url_dates.tsv")]


def url_date(url: str) -> str | None:
    """The date a page's address carries ('.../2019/06/29/...', '...-20251121220227806.htm',
    '...-196241024102331542.htm'), as far as
    it goes, or None."""
    for pattern in url_date_patterns():
        if match := pattern.search(url):
            parts = match.groupdict()
            year, month, day = int(parts["year"]), int(parts["month"]), parts.get("day")
            year += 2000 if year < 100 else 0  # written with two digits
            if not 1 <= month <= 12 or (day and not 1 <= int(day) <= 31):
                continue
            return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")
    return None


@cache
def _function_words() -> frozenset[str]:
    return frozenset(w for sign in signs().values() for w in sign.words)


def _ends_in_function_word(line: str) -> bool:
    """Whether a line ends in a word no headline or caption ends with ("and", "his", "của")."""
    last = line.rsplit(None, 1)[-1].casefold() if line.strip() else ""
    return last in _function_words()


def dateline_date(line: str, page: Furniture) -> str | None:
    """The ISO date of a dateline line ('Thứ Hai, 26/08/2024 17:06 (GMT+07:00)', '| VOV | July 10, 2012
    09:27 PM', '1:57:11 PM | 11/5/2008': month first beside a 12-hour clock): a date, and besides it
    only times, weekdays and at most two words in capitals (the outlet); None for any other line."""
    if len(line) > 90 or not DIGIT.search(line):
        return None
    if match := ISO_STAMP.search(line):
        year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
    elif match := STAMP.search(line):
        day, month, year = int(match.group(1)), int(match.group(3)), match.group(4)
        if TWELVE_HOUR.search(line) or month > 12:  # "1:57 PM | 11/5/2008": written the American way
            day, month = month, day
        if (named := page.weekday.search(line)) and _weekday(int(year), month, day) != (
                wanted := page.weekday_of[named.group().casefold()]) and _weekday(int(year), day, month) == wanted:
            day, month = month, day  # "Thứ năm, 3/11/2011 | 8:13:01 AM": the weekday tells the order
    elif match := page.numeric_stamp.search(line):
        day, month, year = int(match["day"]), int(match["month"]), match["year"]
    elif match := page.stamp.search(line):
        g = match.groups()
        month = page.month_of[(g[0] or g[4]).casefold()]
        day, year = int(g[1] or g[3]), g[2] or g[5]
    else:
        return None
    rest = page.dateline.sub(" ", line[:match.start()] + " " + line[match.end():])
    if byline := BYLINE.match(rest):  # "Lê Anh - 02/07/2021 08:19": the writer's name before it
        rest = rest[byline.end():]
    words = re.findall(r"[^\W\d_]+", rest)
    if len(words) > 2 or any(not w.isupper() for w in words):
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year}-{month:02d}-{day:02d}"


def _without_teasers(lines: list[str]) -> list[str]:
    """The lines below the dateline without the other stories' headlines a page lists before the lead
    ("Tổng Bí thư ... thăm tỉnh Hà Giang" above "(VOV5) - Sáng 16/11, ông X tiếp ..."): short lines of
    no comma and no stop, before the first line that ends a sentence."""
    lead = next((k for k, line in enumerate(lines) if line.endswith(SENTENCE_STOPS)), 0)
    return [line for k, line in enumerate(lines) if k >= lead or len(line) >= TEASER_LENGTH or "," in line]


def _without_headlines_below(lines: list[str]) -> list[str]:
    """The story without the other stories' headlines a page lists below it: two or more lines at the
    end, none ending a sentence and none as long as a paragraph (one such line alone may be the
    story's last sentence, cut by the page)."""
    tail = len(lines)
    while tail and not lines[tail - 1].endswith(SENTENCE_STOPS) and len(lines[tail - 1]) < STORY_PARAGRAPH:
        tail -= 1
    return lines[:tail] if len(lines) - tail >= 2 and tail else lines


def _month_the_lead_names(published: str, line: str, story: list[str], page: Furniture) -> str:
    """'16:19 | 12/05/2023' above '... paid an official visit from December 3 to 5': a numeric dateline
    that may be read either way, its month first where the story's lead names that month in words."""
    match = STAMP.search(line)
    if not match or TWELVE_HOUR.search(line) or page.weekday.search(line) or len(published) != 10:
        return published
    year, month, day = int(published[:4]), int(published[5:7]), int(published[8:])
    if day > 12 or day == month:
        return published
    named = [page.month_of[hit.group(1).casefold()] for text in story[:LEAD_PARAGRAPHS]
             for hit in page.month_named.finditer(text)]
    return f"{year}-{day:02d}-{month:02d}" if named[:1] == [day] else published


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).isoweekday()
    except ValueError:
        return None


def iso_date(value: str | None) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from metadata, or None."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if not match:
        return None
    parts = [match.group(1)] + [f"{int(g):02d}" for g in match.groups()[1:] if g]
    return "-".join(parts)
