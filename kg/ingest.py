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
    """Text of a file in UTF-8 (with or without BOM), UTF-16 with BOM, or a guessed legacy encoding."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ValueError("not text in any known encoding") from None
        return str(best)


def looks_binary(text: str) -> bool:
    """Text has few control characters; a stray one is cleaned away, many mean it is not text."""
    sample = text[:8192]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f" or c == "\ufffd")
    return controls > 0.05 * max(len(sample), 1)


def safe_id(value: str) -> str:
    """An id usable as the last segment of an IRI: letters, digits, '.', '_', '-'."""
    return re.sub(r"[^\w.-]+", "_", value).strip("._") or hashlib.sha1(value.encode()).hexdigest()[:12]


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
    except (ValueError, UnicodeDecodeError):
        yield Problem(str(path), "binary file, not text")
        return
    if looks_binary(text):
        yield Problem(str(path), "binary file, not text")
        return
    if suffix in (".html", ".htm"):
        yield read_html(path, text)
    else:
        yield Article(id=article_id(path), text=text, source=str(path))


def read_html(path: Path, html: str) -> Article | Problem:
    import trafilatura

    story = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not story or not story.strip():
        return Problem(str(path), "HTML page with no story text")
    meta = trafilatura.extract_metadata(html)
    return Article(id=article_id(path), text=story, source=str(path),
                   url=getattr(meta, "url", None), title=getattr(meta, "title", None),
                   published=getattr(meta, "date", None))


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
    rid = str(rid) if rid not in (None, "") else hashlib.sha1(raw).hexdigest()[:12]
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
