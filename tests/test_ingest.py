"""Readers: encodings, JSON Lines, HTML, and inputs that are not articles."""

from __future__ import annotations

import json
import unicodedata

from kg.ingest import Problem, read_inputs
from kg.model import Article

TEXT = "Ngày 5/5/2020, Thủ tướng Nguyễn Văn A hội đàm với Thủ tướng Lào Bounmy Phan tại Hà Nội."


def cp1258(text: str) -> bytes:
    """Windows-1258 keeps some letters whole and writes tone marks as combining characters."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            shape = "".join(m for m in marks if m in "\u0306\u0302\u031b")  # breve, circumflex, horn
            tone = "".join(m for m in marks if m not in shape)
            try:
                out += unicodedata.normalize("NFC", base + shape).encode("cp1258") + tone.encode("cp1258")
            except UnicodeEncodeError:
                out += unicodedata.normalize("NFD", char).encode("cp1258")
    return out


def read(*paths):
    return list(read_inputs(paths))


def test_encodings(tmp_path):
    (tmp_path / "utf16.txt").write_bytes(TEXT.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode())
    (tmp_path / "cp1258.txt").write_bytes(cp1258("Thủ tướng hội đàm tại Hà Nội, Việt Nam. " * 20))
    got = {a.id: a.text for a in read(tmp_path) if isinstance(a, Article)}
    assert got["utf16"] == TEXT and got["bom"] == TEXT
    assert "Hà Nội" in unicodedata.normalize("NFC", got["cp1258"])


def test_jsonl_good_lines_survive_bad_ones(tmp_path):
    lines = [json.dumps({"id": "a1", "url": "https://x.vn/1", "published": "2020-05-06", "text": TEXT}),
             "{not json", json.dumps({"id": "a2"}), json.dumps({"id": "a3", "text": TEXT})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = read(tmp_path / "c.jsonl")
    assert [a.id for a in items if isinstance(a, Article)] == ["a1", "a3"]
    problems = [p for p in items if isinstance(p, Problem)]
    assert [p.source.rsplit(":", 1)[1] for p in problems] == ["2", "3"]


def test_html_story_and_html_without_story(tmp_path):
    page = f"<html><head><title>T</title></head><body><nav>Trang chủ</nav><article><p>{TEXT}</p>" \
           f"<p>{TEXT}</p></article></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    items = {getattr(i, "id", None) or i.source: i for i in read(tmp_path)}
    assert "Bounmy Phan" in items["page"].text
    assert isinstance(items[str(tmp_path / "empty.html")], Problem)


def test_empty_binary_and_missing(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    reasons = {p.source.rsplit("/", 1)[-1]: p.reason for p in read(tmp_path, tmp_path / "nope.txt")}
    assert reasons == {"empty.txt": "empty file", "bin.txt": "binary file, not text",
                       "nope.txt": "no such file or folder"}


def test_same_file_name_in_two_folders_gives_two_articles(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(TEXT, encoding="utf-8")
    ids = [a.id for a in read(tmp_path) if isinstance(a, Article)]
    assert ids[0] == "story" and ids[1].startswith("story-") and len(set(ids)) == 2


def test_a_long_descriptive_file_name_is_the_id_and_an_overlong_one_is_cut_with_a_digest(tmp_path):
    long_name, overlong = "vn-" + "minister-receives-ambassador-" * 4 + "2023", "x" * 200
    for name in (long_name, overlong):
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    ids = sorted(a.id for a in read(tmp_path) if isinstance(a, Article))
    assert ids[0] == long_name
    assert ids[1].startswith("x" * 100) and len(ids[1]) < 200
