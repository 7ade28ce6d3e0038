"""Read articles from .txt, .html and .jsonl files or folders of them.

Every input that cannot be read as an article becomes a Problem naming the file and the
reason, and the run goes on.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import Article

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
MAX_ARTICLE_BYTES = 5_000_000  # a news story is a few kilobytes; anything far larger is not one


@dataclass
class Problem:
    source: str
    reason: str


def iter_files(inputs: Iterable[Path]) -> Iterator[Path | Problem]:
    """The article files named or found below the inputs, in a stable order, each once."""
    seen: set[Path] = set()
    for path in inputs:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            found = [path]
        else:
            yield Problem(str(path), "no such file or folder")
            continue
        for file in found:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                yield file


def decode(data: bytes) -> str:
    """Text of a file in UTF-8 (with or without BOM), UTF-16 with BOM, Vietnamese in a legacy encoding
    (Windows-1258, VNI, TCVN3: kg/legacy.py), or another guessed encoding. A ValueError says why not."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from .legacy import read_legacy

    if (text := read_legacy(data)) is not None:
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("binary file, not text")
    return str(best)


def looks_binary(text: str) -> bool:
    """Text has few control characters; a stray one is cleaned away, many mean it is not text."""
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f" or c == "\ufffd")
    return controls > 0.05 * max(len(sample), 1)


MAX_ID = 160  # characters of an id kept as written (a descriptive file name); a longer one (an address) is
# cut and ends in a digest of the whole


def safe_id(value: str) -> str:
    """An id usable as the last segment of an IRI: letters, digits, '.', '_', '-', at most MAX_ID + 13
    characters (a longer id keeps its start and gets a digest of the whole, so it stays unique)."""
    text = re.sub(r"[^\w.-]+", "_", value).strip("._") or hashlib.sha1(value.encode()).hexdigest()[:12]
    if len(text) > MAX_ID:
        text = f"{text[:MAX_ID].rstrip('._-')}-{hashlib.sha1(value.encode()).hexdigest()[:12]}"
    return text


def article_id(path: Path) -> str:
    return safe_id(path.stem)


def read_path(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Problem]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from read_jsonl(path, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield Problem(str(path), f"file too large for one article ({size / 1e6:.1f} MB; the limit is "
                                     f"{max_bytes / 1e6:.1f} MB)")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Problem(str(path), f"cannot read: {error.strerror or error}")
        return
    if not data.strip():
        yield Problem(str(path), "empty file")
        return
    try:
        text = decode(data)
    except UnicodeDecodeError:
        yield Problem(str(path), "binary file, not text")
        return
    except ValueError as error:
        yield Problem(str(path), str(error))
        return
    if looks_binary(text):
        yield Problem(str(path), "binary file, not text")
        return
    if suffix in (".html", ".htm"):
        yield read_html(path, text)
    else:
        yield Article(id=article_id(path), text=text, source=str(path))


def read_html(path: Path, html: str) -> Article | Problem:
    """The story of a saved news page, through trafilatura; a page nested deeper than its parser reads
    (lxml stops at a few hundred levels) is read by a flat pass over its text blocks instead."""
    import trafilatura

    try:
        story = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(html) if story and story.strip() else None
    except (RecursionError, ValueError):  # a parser that gives up on the page
        story, meta = None, None
    if (not story or not story.strip()) and nesting_depth(html) > FLAT_DEPTH:
        story = flat_text(html)
    if not story or not story.strip():
        return Problem(str(path), "HTML page with no story text")
    return Article(id=article_id(path), text=story, source=str(path),
                   url=getattr(meta, "url", None), title=getattr(meta, "title", None),
                   published=getattr(meta, "date", None))


FLAT_DEPTH = 200  # deeper than this, lxml (and so trafilatura) may not read a page's text
BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}
NOT_STORY = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "menu",
             "select", "button", "title", "head", "svg", "iframe"}
TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)[^>]*?(/?)>")
VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


def nesting_depth(html: str) -> int:
    """How deep the page's elements nest, counted from its tags (no tree is built)."""
    depth = deepest = 0
    for closing, name, self_closing in TAG.findall(html):
        if name.lower() in VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def flat_text(html: str) -> str:
    """The page's text, a line per block element, without scripts, navigation, headers and footers:
    read with html.parser, which keeps no tree and so has no depth to run out of."""
    from html.parser import HTMLParser

    class Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.lines: list[str] = []
            self.current: list[str] = []
            self.hidden = 0

        def handle_starttag(self, tag: str, attrs) -> None:
            if tag in NOT_STORY:
                self.hidden += 1
            elif tag in BLOCKS:
                self.end_line()

        def handle_endtag(self, tag: str) -> None:
            if tag in NOT_STORY:
                self.hidden = max(0, self.hidden - 1)
            elif tag in BLOCKS:
                self.end_line()

        def handle_data(self, data: str) -> None:
            if not self.hidden:
                self.current.append(data)

        def end_line(self) -> None:
            line = " ".join("".join(self.current).split())
            if line:
                self.lines.append(line)
            self.current = []

    reader = Reader()
    reader.feed(html)
    reader.close()
    reader.end_line()
    return "\n".join(reader.lines)


STORY_WORDS = 8  # a story has a sentence at least this long; menus, link lists and bylines do not


def story_problem(text: str) -> str | None:
    """Why the story text is no story, or None: a page of navigation or links only (menu items, section
    names, headlines of one or two words) has no line of STORY_WORDS words."""
    if not any(len(line.split()) >= STORY_WORDS for line in text.splitlines()):
        return "no story text (only navigation, links or headings)"
    return None


def read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | Problem]:
    """One article per line, read line by line so a large file never sits in memory whole."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            yield from _jsonl_record(f"{path}:{number}", raw, max_bytes)


def _jsonl_record(where: str, raw: bytes, max_bytes: int) -> Iterator[Article | Problem]:
    if not raw.strip():
        return
    if len(raw) > max_bytes:
        yield Problem(where, f"record too large for one article ({len(raw) / 1e6:.1f} MB)")
        return
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield Problem(where, "record is not UTF-8 text")
        return
    except json.JSONDecodeError as error:
        yield Problem(where, f"malformed JSON: {error.msg}")
        return
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        yield Problem(where, "record has no text")
        return
    rid = record.get("id")
    if rid is not None and not isinstance(rid, str):
        yield Problem(where, f"record id is not a string (a JSON {type(rid).__name__.replace('dict', 'object')}); "
                             "give ids as strings")
        return
    rid = rid if rid else hashlib.sha1(raw).hexdigest()[:12]
    yield Article(id=safe_id(rid), text=record["text"], source=where, url=_str(record.get("url")),
                  title=_str(record.get("title")), published=_str(record.get("published")))


def _str(value) -> str | None:
    return str(value) if value not in (None, "") else None


def read_inputs(inputs: Iterable[Path]) -> Iterator[Article | Problem]:
    """Articles and problems in input order. Two articles with one file name in different folders
    both stay: the later one's id gets a suffix made from its path."""
    seen: set[str] = set()
    for item in iter_files(inputs):
        if isinstance(item, Problem):
            yield item
            continue
        for result in read_path(item):
            if isinstance(result, Article):
                if result.id in seen:
                    result.id = f"{result.id}-{hashlib.sha1(result.source.encode()).hexdigest()[:8]}"
                seen.add(result.id)
            yield result
