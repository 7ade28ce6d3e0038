"""Keep the story, drop the page furniture, and read the dateline and source URL."""

from __future__ import annotations

import re
import unicodedata

from .lexicon import lexicon
from .model import Article
from .fastmatch import may_match

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff\ud800-\udfff]")  # and lone surrogates
URL_LINE = re.compile(r"^URL:\s*(\S+)\s*$", re.I)
STAMP = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
END_MARK = "./."


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text


def clean(article: Article) -> Article:
    """The article with its text reduced to the story paragraphs, one per line."""
    lex = lexicon()
    lines = [line.strip() for line in normalize(article.text).split("\n")]
    url, published = article.url, article.published
    story: list[str] = []
    kept: set[str] = set()
    seen_long = False
    following_of, following = [], None  # the next non-empty line after each line
    for line in reversed(lines):
        following_of.append(following)
        following = line or following
    following_of.reverse()
    for index, line in enumerate(lines):
        if not line:
            continue
        if match := URL_LINE.match(line):
            url = url or match.group(1)
            continue
        if match := lex.grammar["dateline_prefix"].match(line):
            published = published or match.group(1)
            line = line[match.end():]
        if is_dateline(line, lex):
            if (match := STAMP.search(line)) and not published:
                published = f"{match.group(3)}-{int(match.group(2)):02d}-{int(match.group(1)):02d}"
            continue
        if any(p.search(line) for p in lex.furniture_end):
            break
        if line.startswith("|"):  # a row of a table of other stories
            continue
        line = line.rstrip("|").strip()
        if any(p.search(line) for p in lex.furniture_line):
            continue
        if seen_long and following_of[index] == line:  # a teaser block repeats its headline
            break
        line = lex.grammar["outlet_prefix"].sub("", line)
        if may_match(lex.grammar_anchors("photo_credit"), line):
            line = lex.grammar["photo_credit"].sub("", line).strip()
        if not line:
            continue
        if line in kept:
            continue
        kept.add(line)
        story.append(line)
        seen_long = seen_long or len(line) > 200
        if line.endswith(END_MARK):
            story[-1] = line[: -len(END_MARK)].rstrip() + "."
            break
    title = normalize(article.title).strip() or None if article.title else None
    url = normalize(url).strip() or None if url else None
    if title is None and story and len(story[0]) < 250 and not story[0].endswith("."):
        title = story[0]
    return Article(id=article.id, text="\n".join(story), source=article.source, url=url,
                   title=title, published=iso_date(published), lang=article.lang)


def language_problem(text: str, lex) -> str | None:
    """Why the story cannot be read, or None: the build reads Vietnamese, whose letters carry marks."""
    if not any(map(str.isalpha, text)):
        return "no story text once page furniture is removed"
    marked, enough = 0, 0.02 * len(text)  # there are no more letters than characters: enough marked ones
    for _ in lex.grammar["vietnamese_letter"].finditer(text):
        marked += 1
        if marked >= enough:
            return None
    letters = sum(map(str.isalpha, text))
    if letters >= 40 and marked / letters < 0.02:
        return "not in Vietnamese (no Vietnamese letters); the build reads Vietnamese articles"
    return None


def is_dateline(line: str, lex) -> bool:
    """'Thứ Hai, 26/08/2024 17:06 (GMT+07:00)': a date, a time, a weekday, and nothing else."""
    if len(line) > 80 or not STAMP.search(line):
        return False
    rest = lex.grammar["dateline_words"].sub(" ", STAMP.sub(" ", line))
    return not re.search(r"[^\W\d_]", rest)


def iso_date(value: str | None) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from metadata, or None."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if not match:
        return None
    parts = [match.group(1)] + [f"{int(g):02d}" for g in match.groups()[1:] if g]
    return "-".join(parts)
