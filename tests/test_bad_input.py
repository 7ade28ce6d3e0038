"""Messy corpora: every bad input is reported by name and reason, the rest is built, and
nothing half-written is ever left. The bad files are made here."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from conftest import EXAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.extract import Unreadable, extract
from kg.formats import load
from kg.model import Article
from kg.pipeline import EXIT_SKIPPED, build
from kg.rdf.mapping import to_graphs
from kg.rdf.namespaces import SCHEMA, article_iri
from kg.rdf.reason import materialize
from kg.rdf.validate import validate
from kg.rdf.write import GraphWriter

GOOD = (EXAMPLES / "002_05d856a0f2a44f42.txt").read_text(encoding="utf-8")
GERMAN = ("Am Dienstag traf der Außenminister seinen Amtskollegen in Hanoi, um über Handel, "
          "Investitionen und die Zusammenarbeit beim Klimaschutz zwischen beiden Ländern zu sprechen. ") * 5


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bad")
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (root / "german.txt").write_text(GERMAN, encoding="utf-8")
    (root / "nostory.html").write_text("<html><body><script>1</script></body></html>", encoding="utf-8")
    (root / "control.txt").write_text(GOOD.replace("Ngày 21/11", "Ngày\x07 21/11\x00"), encoding="utf-8")
    with open(root / "huge.txt", "wb") as handle:  # 50 MB, far beyond any article
        handle.truncate(50 * 1024 * 1024)
    tricky = GOOD.replace("Robert O’Brien", 'Robert "Bob" <O\\Brien>')
    lines = [json.dumps({"id": "j1", "title": 'Tiêu đề "lạ" <b>\\ \n xuống dòng', "url": "https://x.vn/a b<c>",
                         "published": "2020-11-21", "text": tricky}, ensure_ascii=False),
             "{broken json", json.dumps({"id": "j2", "text": ""}), json.dumps(["not", "an", "object"])]
    (root / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def bad_build(bad_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "graph.trig"
    return build([bad_corpus], out), out


def test_each_bad_input_is_named_with_its_problem(bad_build, bad_corpus):
    report, _ = bad_build
    reasons = {Path(s["source"]).name: s["reason"] for s in report.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["german.txt"] == "not in a language the build reads; the build reads articles in vi, en"
    assert reasons["nostory.html"] == "HTML page with no story text"
    assert reasons["huge.txt"].startswith("file too large")
    assert reasons["batch.jsonl:2"].startswith("malformed JSON")
    assert reasons["batch.jsonl:3"] == reasons["batch.jsonl:4"] == "record has no text"
    assert report.articles_read == 4  # good, utf16, control, and the good JSON Lines record
    assert report.exit_code == EXIT_SKIPPED


def test_report_file_and_output_are_sound(bad_build):
    report, out = bad_build
    saved = json.loads(out.with_name(out.name + ".report.json").read_text())
    assert saved["skipped"] == report.skipped and saved["articles_read"] == 4
    dataset = load(out)
    names = {str(o) for o in dataset.objects(None, SCHEMA.name)}
    assert 'Robert "Bob" <O\\Brien>' in names or "Robert O’Brien" in names
    assert not report.violations


def test_utf16_and_control_characters_are_read_as_the_good_article(bad_corpus):
    good = extract(Article(id="g", text=GOOD))
    for name in ("utf16.txt", "control.txt"):
        from kg.ingest import read_path

        article = next(read_path(bad_corpus / name))
        assert extract(article).to_dict()["events"] == good.to_dict()["events"]


def test_cli_exit_code_for_skipped(bad_corpus, tmp_path, capsys):
    assert main(["build", str(bad_corpus), "-o", str(tmp_path / "g.ttl")]) == EXIT_SKIPPED
    assert "german.txt: not in a language the build reads" in capsys.readouterr().out


def test_killed_build_leaves_previous_output(tmp_path):
    corpus = tmp_path / "many.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:
        for n in range(4000):
            handle.write(json.dumps({"id": f"a{n}", "text": GOOD}, ensure_ascii=False) + "\n")
    out = tmp_path / "graph.ttl"
    out.write_text("previous output\n")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    command = [sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "-j", "2"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and not any(p.suffix == ".part" for p in tmp_path.iterdir()):
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 130  # stopped as interrupted, workers and all
    assert out.read_text() == "previous output\n"
    assert not any(p.suffix == ".part" for p in tmp_path.iterdir())


vietnamese = st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ "
                                                   "ÀÁĐÔƠƯ,.;:-–()/\"'<>\\\n0123456789")) | st.characters(),
                     max_size=400)
SNIPPET = "Ngày 3/4/2021, Thủ tướng Nguyễn Văn An hội đàm với Thủ tướng Nhật Bản Taro Sato tại Tokyo. "


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(noise=st.text(max_size=300), tail=vietnamese)
def test_any_text_gives_facts_that_write_parse_and_conform(tmp_path_factory, noise, tail):
    text = noise + "\n" + SNIPPET + tail
    facts = extract(Article(id="h", text=text, title=noise[:50] or None, url=noise[:30] or None))
    graph, shared = to_graphs(facts)
    graph += shared
    materialize(graph)
    assert validate(graph) == []
    root = tmp_path_factory.mktemp("h")
    for fmt, suffix in (("turtle", "ttl"), ("trig", "trig"), ("nt", "nt"), ("nquads", "nq"), ("json-ld", "jsonld")):
        with GraphWriter(root / f"g.{suffix}", fmt) as writer:
            writer.add(article_iri("h"), graph)
        parsed = {t for t in load(root / f"g.{suffix}").triples((None, None, None))}
        assert parsed == set(graph), fmt


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_are_read_or_reported(tmp_path_factory, data):
    from kg.ingest import Problem, read_path

    path = tmp_path_factory.mktemp("b") / "x.txt"
    path.write_bytes(data)
    for item in read_path(path):
        assert isinstance(item, (Article, Problem))
        if isinstance(item, Article):
            try:
                facts = extract(item)
            except Unreadable:  # no story, or not in a language the build reads: reported by the build
                continue
            assert unicodedata.is_normalized("NFC", facts.article.text)
