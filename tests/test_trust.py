"""Issue 13's cases, each as a user or an adversarial tester meets it: the output can be trusted
(installed anywhere, never silently unvalidated, never overwritten by nothing), a failing server
costs seconds, not hours, and every error is a one-line message with a documented exit code."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from conftest import EXAMPLES, QUERIES
from servers import HTML, NO_CONTENT, NOT_HTTP, PlannedServer, free_port, start_oxigraph, status

from kg.cli import main
from kg.endpoint import Settings, graphs_of, load
from kg.endpoint import query as remote_query
from kg.pipeline import EXIT_INVALID, EXIT_NOTHING, build
from kg.rdf.namespaces import DKO
from kg.store import open_store, with_bindings
from kg.store import query as local_query

GOOD = (EXAMPLES / "002_05d856a0f2a44f42.txt").read_text(encoding="utf-8")
FAST = dict(timeout=2.0, retries=1, backoff=0.01)
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def kg(*args: str, cwd: Path | None = None, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """kg run as a user runs it: its own process, its own exit status and streams."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout, **kwargs)


def one_line_error(result: subprocess.CompletedProcess, code: int, words: str) -> None:
    assert result.returncode == code, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    assert words in result.stderr + result.stdout, result.stderr
    assert len(result.stderr.strip().splitlines()) <= 3, result.stderr


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    process, base = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield base
    process.terminate()
    process.wait(timeout=10)


# ------------------------------------------------------------- installed anywhere


def test_files_the_code_reads_come_from_the_package(monkeypatch):
    from kg import resources
    from kg.rdf.mapping import turtle_folder

    assert [name for name, _ in resources.texts("queries", ".rq")] == sorted(p.name for p in QUERIES.glob("*.rq"))
    assert resources.query_text("cq_events.rq") == (QUERIES / "cq_events.rq").read_text(encoding="utf-8")
    assert len(turtle_folder("ontology")) > 100 and len(turtle_folder("shapes")) > 100


def test_missing_or_empty_vocabulary_or_shapes_is_an_error_not_a_pass(tmp_path, monkeypatch):
    from kg import resources
    from kg.rdf import validate
    from kg.rdf.mapping import turtle_folder

    monkeypatch.setattr(resources, "folder", lambda name: tmp_path / name)
    with pytest.raises(resources.MissingResource, match="not installed"):
        turtle_folder("ontology")
    (tmp_path / "shapes").mkdir()
    with pytest.raises(resources.MissingResource, match="no .ttl file"):
        turtle_folder("shapes")
    (tmp_path / "shapes" / "empty.ttl").write_text("# nothing\n")
    with pytest.raises(resources.MissingResource, match="no triples"):
        turtle_folder("shapes")
    (tmp_path / "shapes" / "empty.ttl").write_text("<urn:a> <urn:b> <urn:c> .\n")
    validate.shapes.cache_clear()
    try:
        with pytest.raises(resources.MissingResource, match="no shape"):
            validate.shapes()
    finally:
        validate.shapes.cache_clear()


def test_build_without_inputs_outside_a_checkout_says_what_to_give(tmp_path, monkeypatch, capsys):
    import kg.cli

    monkeypatch.setattr(kg.cli, "DEFAULT_INPUT", tmp_path / "no-samples-here")
    assert main(["build", "-o", str(tmp_path / "g.ttl")]) == 2
    assert "give the articles to build" in capsys.readouterr().err
    assert not (tmp_path / "g.ttl").exists()


# ------------------------------------------------------------- invalid facts never reach the output


@pytest.mark.parametrize("name", ['Tom "T" O\'Neil', "Lê ‹Văn> C"])
def test_names_cut_down_by_punctuation_never_become_officials(tmp_path, name):
    from kg.extract import extract
    from kg.extract.checks import doubtful_name
    from kg.ingest import read_path

    article = tmp_path / "odd.txt"
    article.write_text(GOOD.replace("Robert O’Brien", name), encoding="utf-8")
    facts = extract(next(read_path(article)))
    assert facts.officials and not [o.name for o in facts.officials if doubtful_name(o)]
    out = tmp_path / "g.ttl"
    assert main(["build", str(article), "-o", str(out)]) == 0
    assert main(["validate", str(out)]) == 0


def with_doubtful_official(facts):
    """The facts with an official named "T" taking part in every event, as a name cut down to a letter."""
    from dataclasses import replace

    from kg.model import Official

    odd = Official("T", "T", "US", ["NationalSecurityAdviser"], ["Cố vấn An ninh quốc gia"], evidence="T.")
    events = [replace(e, participants=[*e.participants, "T"]) for e in facts.events]
    return replace(facts, officials=[*facts.officials, odd], events=events)


def test_doubtful_officials_are_dropped_with_their_participations():
    from kg.extract import extract
    from kg.extract.checks import drop_doubtful
    from kg.ingest import read_path

    facts = extract(next(read_path(EXAMPLES / "002_05d856a0f2a44f42.txt")))
    checked = drop_doubtful(with_doubtful_official(facts))
    assert checked.officials == facts.officials and checked.events == facts.events
    assert [(d.kind, d.what, d.reason) for d in checked.dropped] == [("official", "T", "the name is a single letter")]
    lonely = replace_events(facts, participants=["T"])
    left = drop_doubtful(with_doubtful_official(lonely))
    assert not left.events and {d.kind for d in left.dropped} == {"official", "event"}


def replace_events(facts, participants):
    from dataclasses import replace

    return replace(facts, events=[replace(e, participants=list(participants), chairs=[]) for e in facts.events])


def test_dropped_facts_are_reported_per_article_and_never_written(tmp_path, monkeypatch, capsys):
    import kg.extract
    import kg.pipeline
    from kg.extract.checks import drop_doubtful

    real = kg.extract.extract

    def doubtful_extract(article):
        return drop_doubtful(with_doubtful_official(real(article)))

    monkeypatch.setattr(kg.pipeline, "extract", doubtful_extract)
    monkeypatch.setattr(kg.extract, "extract", doubtful_extract)
    article = tmp_path / "odd.txt"
    article.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert main(["build", str(article), "-o", str(out), "-j", "1"]) == 0
    printed = capsys.readouterr().out
    assert "Dropped 1 doubtful fact(s) in 1 article(s):" in printed
    assert f"{article}: official 'T': the name is a single letter" in printed
    report = json.loads(out.with_name("g.ttl.report.json").read_text())
    [entry] = report["dropped"]
    assert entry["source"] == str(article) and entry["article"].endswith("/article/odd")
    assert entry["facts"] == [{"kind": "official", "what": "T", "reason": "the name is a single letter"}]
    assert '"T"@' not in out.read_text(encoding="utf-8") and "person/us/t>" not in out.read_text(encoding="utf-8")
    assert main(["validate", str(out)]) == 0
    capsys.readouterr()
    assert main(["facts", str(article)]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert "T" not in [o["name"] for o in facts["officials"]]
    assert facts["dropped"] == entry["facts"]


def test_doubtful_names_by_rule():
    from kg.extract.checks import doubtful_name
    from kg.model import Official

    def why(name: str, titles=()):
        return doubtful_name(Official(name, name, "VN", ["Minister"], list(titles)))

    assert why("T") and why("C.") and why("‹›") and why("1990") and why("T. T.") and why('"Bob')
    assert why("Bộ trưởng", ["Bộ trưởng"])
    assert not why("Phạm Bình Minh") and not why("O’Brien") and not why("U Thant") and not why("Nguyễn Văn A")


def test_no_article_of_the_samples_loses_a_fact():
    from kg.extract import extract
    from kg.ingest import read_inputs

    corpus = [EXAMPLES, EXAMPLES.parents[1] / "tests" / "articles"]
    for article in read_inputs(corpus):
        assert extract(article).dropped == [], article.source


def test_an_article_that_fails_the_shapes_goes_to_the_rejected_file(tmp_path, monkeypatch, capsys):
    from rdflib import Literal

    import kg.pipeline
    from kg.rdf.mapping import to_triples

    def broken(facts, identities=None):
        own, shared = to_triples(facts, identities)
        if facts.article.id == "bad":  # an edition of 0: the shapes want 1 or more
            own |= {(s, DKO.edition, Literal(0)) for s, p, o in list(own) if p == DKO.isMainEvent}
        return own, shared

    monkeypatch.setattr(kg.pipeline, "to_triples", broken)
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "bad.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "good.txt").write_text((EXAMPLES / "001_7b90b30d9061ba7f.txt").read_text(encoding="utf-8"))
    out = tmp_path / "out" / "graph.trig"
    assert main(["build", str(corpus), "-o", str(out), "-j", "1"]) == EXIT_INVALID
    printed = capsys.readouterr().out
    rejected = out.with_name("graph.trig.rejected.trig")
    assert f"Rejected 1 article(s) that violate the shapes (written with their violations to {rejected})" in printed
    assert "/article/bad" not in out.read_text(encoding="utf-8") and "/article/good" in out.read_text()
    monkeypatch.undo()
    assert main(["validate", str(out)]) == 0
    text = rejected.read_text(encoding="utf-8")
    assert f"# rejected: {corpus / 'bad.txt'}" in text and "# violation: " in text and "/article/bad> {" in text
    assert set(graphs_of(rejected)) == {str(kg.pipeline.article_iri("bad"))}
    report = json.loads(out.with_name("graph.trig.report.json").read_text())
    assert report["rejected_output"] == str(rejected) and len(report["rejected"]) == 1
    assert report["violations"] and all(v["article"].endswith("/article/bad") for v in report["violations"])
    keys = [(v["focus"], v["path"], v["message"]) for v in report["violations"]]
    assert len(keys) == len(set(keys))  # each once
    assert main(["build", str(corpus / "good.txt"), "-o", str(out)]) == 0
    assert not rejected.exists()  # the rejects of a previous build do not stay beside a new output


# ------------------------------------------------------------- a build that reads nothing


@pytest.fixture
def previous(tmp_path) -> Path:
    out = tmp_path / "out" / "graph.ttl"
    assert main(["build", str(EXAMPLES / "001_7b90b30d9061ba7f.txt"), "-o", str(out)]) == 0
    return out


def test_empty_folder_leaves_the_previous_output(tmp_path, previous, capsys):
    before = previous.read_bytes(), previous.with_name("graph.ttl.report.json").read_bytes()
    (tmp_path / "empty").mkdir()
    capsys.readouterr()
    assert main(["build", str(tmp_path / "empty"), "-o", str(previous)]) == EXIT_NOTHING
    assert f"no articles found in {tmp_path / 'empty'}" in capsys.readouterr().err
    assert (previous.read_bytes(), previous.with_name("graph.ttl.report.json").read_bytes()) == before
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_text("")
    assert main(["build", str(tmp_path / "bad"), "-o", str(previous)]) == EXIT_NOTHING
    assert "was left as it was" in capsys.readouterr().out and previous.read_bytes() == before[0]
    assert not [p for p in previous.parent.iterdir() if p.suffix == ".part"]


def test_mistyped_path_is_a_usage_error(tmp_path, previous):
    before = previous.read_bytes()
    result = kg("build", str(tmp_path / "artcles"), "-o", str(previous))
    one_line_error(result, 2, f"no such file or folder: {tmp_path / 'artcles'}")
    assert previous.read_bytes() == before


# ------------------------------------------------------------- loading to a server that fails


def test_server_killed_mid_load_stops_and_lists_every_graph_not_loaded(trig):
    total = len(graphs_of(trig))
    server = PlannedServer([NO_CONTENT], die_after=5)
    started = time.perf_counter()
    report = load(trig, f"{server.url}/store", Settings(timeout=2, retries=3, backoff=0.01))
    assert time.perf_counter() - started < 10
    assert len(report.loaded) == 5 and len(report.failed) == total - 5
    assert set(report.loaded) | set(report.failed) == set(graphs_of(trig))
    assert f"NOT loaded: {total - 5} graph(s)" in report.summary()
    assert "3 connection failures or timeouts in a row" in report.summary()


def test_hung_server_costs_a_few_timeouts_not_one_per_graph(trig):
    server = PlannedServer(["hang"])
    started = time.perf_counter()
    report = load(trig, f"{server.url}/store", Settings(timeout=0.3, retries=3, backoff=0.01))
    assert time.perf_counter() - started < 5
    assert not report.loaded and len(report.failed) == len(graphs_of(trig))
    assert len(server.requests) == 3
    assert "timed out" in report.summary()
    server.close()


def test_wrong_credentials_stop_at_the_first_refusal(trig, monkeypatch):
    server = PlannedServer([status(401, "Unauthorized")])
    monkeypatch.setenv("KG_ENDPOINT_USER", "kg")
    report = load(trig, f"{server.url}/store", Settings(**FAST))
    assert len(server.requests) == 1 and len(report.failed) == len(graphs_of(trig))
    assert "refused the credentials" in report.summary()
    server.close()


def test_cli_load_exit_status_and_progress(trig, capsys):
    from kg.cli import load_progress

    server = PlannedServer([NO_CONTENT], die_after=2)
    assert main(["load", str(trig), "--endpoint", f"{server.url}/store", "--retries", "0", "--timeout", "2"]) == 6
    printed = capsys.readouterr().out
    assert "NOT loaded" in printed and "Loaded 2 of" in printed
    server = PlannedServer([NO_CONTENT])
    seen: list[tuple[int, int]] = []
    report = load(trig, f"{server.url}/store", Settings(**FAST), progress=lambda *step: seen.append(step))
    total = len(graphs_of(trig))
    assert seen == [(n, total) for n in range(1, total + 1)] and len(report.loaded) == total
    load_progress(every=10)(20, total)
    assert f"  20/{total} graphs ..." in capsys.readouterr().err
    server.close()


def test_base_url_gets_one_hint(oxigraph, trig):
    result = kg("load", str(trig), "--endpoint", oxigraph)
    assert result.returncode == 6 and "Traceback" not in result.stderr
    assert f"did you mean {oxigraph}/store" in result.stdout
    assert sum("404" in line or "405" in line for line in result.stdout.splitlines()) == 1
    assert len(result.stdout.splitlines()) == 2  # what was loaded (nothing), and why
    result = kg("query", "-e", "ASK {}", "--endpoint", f"{oxigraph}/store/nothing")
    one_line_error(result, 6, "did you mean")


def test_turtle_loads_into_the_graphs_trig_does_never_doubling(oxigraph, trig, tmp_path):
    ttl, nt = tmp_path / "graph.ttl", tmp_path / "graph.nt"
    build([EXAMPLES], ttl)
    build([EXAMPLES], nt)
    assert graphs_of(ttl) == graphs_of(trig) == graphs_of(nt)
    events = (QUERIES / "cq_events.rq").read_text(encoding="utf-8")
    assert not load(trig, f"{oxigraph}/store", Settings(**FAST)).failed
    rows = len(remote_query(f"{oxigraph}/query", events, Settings(**FAST)).rows)
    assert not load(ttl, f"{oxigraph}/store", Settings(**FAST)).failed
    assert len(remote_query(f"{oxigraph}/query", events, Settings(**FAST)).rows) == rows > 5
    store = tmp_path / "missing" / "store"
    assert main(["load", str(ttl), "--store", str(store)]) == 0
    assert main(["load", str(trig), "--store", str(store)]) == 0
    assert len(local_query(open_store(store), events).rows) == rows


# ------------------------------------------------------------- parameters bound, names too


def test_bind_names_cannot_change_the_query(sample_graph, capsys):
    query = str(QUERIES / "cq_events.rq")
    evil = "z) { (1) } ?s ?p ?o . VALUES (?w=1"
    assert main(["query", query, "--data", str(sample_graph), "--bind", evil]) == 2
    assert "not a SPARQL variable name" in capsys.readouterr().err
    assert main(["query", query, "--endpoint", f"http://127.0.0.1:{free_port()}/query", "--bind", evil]) == 2
    assert main(["query", query, "--data", str(sample_graph), "--bind", "nosuch=1"]) == 2
    assert "no variable ?nosuch" in capsys.readouterr().err
    spaced = with_bindings("SELECT * WHERE { ?s ?p ?name }", {"?name": " Phạm Bình Minh "})
    assert spaced.count('" Phạm Bình Minh "') == 1
    hashed = "PREFIX dko: <https://w3id.org/diplokg/ontology#> SELECT ?x WHERE { ?x dko:isoCode ?code }"
    assert "VALUES (?code)" in with_bindings(hashed, {"code": "US"})


# ------------------------------------------------------------- no tracebacks


def test_errors_are_one_line_messages_with_their_exit_status(tmp_path, sample_graph):
    garbage = PlannedServer([NOT_HTTP])
    html = PlannedServer([HTML])
    one_line_error(kg("query", "-e", "ASK {}", "--endpoint", html.url + "/page"), 6, "not SPARQL results")
    one_line_error(kg("query", "-e", "ASK {}", "--endpoint", garbage.url, "--retries", "0"), 6, "not HTTP")
    one_line_error(kg("load", str(sample_graph), "--endpoint", garbage.url + "/store", "--retries", "0"), 6,
                   "not HTTP")
    folder = tmp_path / "existing"
    folder.mkdir()
    one_line_error(kg("build", str(EXAMPLES), "-o", str(folder)), 2, "is a folder")
    assert not list(tmp_path.glob(".*.part"))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    one_line_error(kg("build", str(EXAMPLES), "-o", str(blocker / "g.ttl")), 2, "cannot write")
    malformed = tmp_path / "bad.ttl"
    malformed.write_text("<urn:a> <urn:b> .\n")
    one_line_error(kg("network", str(malformed), "-o", str(tmp_path / "net")), 2, "not readable RDF")
    one_line_error(kg("validate", str(malformed)), 2, "not readable RDF")
    one_line_error(kg("facts", str(tmp_path / "nothing.txt")), 2, "no such file or folder")
    for jobs in ("0", "-3"):
        one_line_error(kg("build", str(EXAMPLES), "-j", jobs, "-o", str(tmp_path / "j.ttl")), 2, "must be at least 1")
    one_line_error(kg("network", str(sample_graph), "--since", "notadate"), 2, "not an ISO date")
    one_line_error(kg("query", "-e", "SELECT", "--data", str(sample_graph)), 2, "kg query:")
    one_line_error(kg("query", "-e", "ASK {}", "--store", str(tmp_path / "nostore")), 2, "no such store")
    one_line_error(kg("query", "-e", "ASK {}", "--store", str(folder)), 2, "not a store")
    assert not list(folder.iterdir())  # a folder that is no store is not made one
    garbage.close()
    html.close()


@pytest.mark.parametrize("command", ["query", "facts", "build"])
def test_output_into_a_closed_pipe_ends_quietly(tmp_path, sample_graph, command):
    args = {"query": ["query", "-e", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "--data", str(sample_graph)],
            "facts": ["facts", str(EXAMPLES)],
            "build": ["build", str(EXAMPLES), "-o", str(tmp_path / "g.ttl")]}[command]
    reader = subprocess.Popen(["true"], stdin=subprocess.PIPE)
    reader.wait()  # gone before kg writes a byte
    result = subprocess.run([sys.executable, "-m", "kg.cli", *args], stdout=reader.stdin, stderr=subprocess.PIPE,
                            text=True, timeout=120)
    reader.stdin.close()
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
    assert result.returncode == (0 if command == "build" else 141)


# ------------------------------------------------------------- interruptions


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_killed_build_takes_its_workers_and_leaves_no_part_file_behind(tmp_path):
    corpus = tmp_path / "many.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:
        for n in range(600):
            handle.write(json.dumps({"id": f"a{n}", "text": GOOD}, ensure_ascii=False) + "\n")
    out = tmp_path / "graph.nq"
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "-o", str(out), "-j", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    workers: list[int] = []
    while time.time() < deadline and (len(workers) < 2 or not list(tmp_path.glob(".*.part"))):
        workers = _children(process.pid)
        time.sleep(0.05)
    assert len(workers) >= 2 and list(tmp_path.glob(".*.part"))
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    deadline = time.time() + 10
    while time.time() < deadline and any(map(_alive, workers)):
        time.sleep(0.05)
    assert not any(map(_alive, workers))
    assert list(tmp_path.glob(".graph.nq.*.part"))  # what SIGKILL leaves
    assert main(["build", str(EXAMPLES / "001_7b90b30d9061ba7f.txt"), "-o", str(out)]) == 0
    assert not list(tmp_path.glob(".*.part"))


def test_a_build_running_keeps_its_part_file(tmp_path):
    from kg.rdf.write import AtomicFile, remove_stale_parts

    with AtomicFile(tmp_path / "g.ttl") as live:
        live.write("x")
        assert remove_stale_parts(tmp_path / "g.ttl") == [] and live.temp.exists()


def test_ctrl_c_stops_a_long_embedded_query(sample_graph):
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "query", "-e", endless, "--data", str(sample_graph)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=15)
    assert process.returncode == 130 and "interrupted" in err and "Traceback" not in err


def test_interrupted_load_prints_its_own_summary(trig):
    server = PlannedServer(["hang"])
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "load", str(trig), "--endpoint",
                                f"{server.url}/store", "--timeout", "20"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(2)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=15)
    assert process.returncode == 130 and "Traceback" not in err
    assert "Interrupted" in out and f"NOT loaded: {len(graphs_of(trig))} graph(s)" in out
    assert "previous output" not in err
    server.close()


# ------------------------------------------------------------- inputs


def test_navigation_only_page_is_no_article(tmp_path):
    from kg.ingest import read_path
    from kg.pipeline import process

    menu = tmp_path / "menu.txt"
    menu.write_text("menu\nTrang chủ\nThời sự\nThế giới\nKinh tế\nVăn hóa\nThể thao\nGiáo dục\n", encoding="utf-8")
    [article] = read_path(menu)
    assert process(article, "turtle").reason.startswith("no story text")
    page = tmp_path / "menu.html"
    page.write_text("<html><head><title>menu</title></head><body><nav><ul>"
                    + "".join(f"<li><a href='/{i}'>Mục {i}</a></li>" for i in range(30)) + "</ul></nav></body></html>")
    [problem] = read_path(page)
    assert "no story text" in problem.reason


def _cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: a base letter, then the tone as a combining mark."""
    from kg.legacy import TONES

    out = []
    for c in unicodedata.normalize("NFC", text):
        try:
            out.append(c.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", c)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONES))
            out.append(base.encode("cp1258") + "".join(p for p in parts if p in TONES).encode("cp1258"))
    return b"".join(out)


def test_legacy_vietnamese_encodings_are_converted_or_refused(tmp_path):
    from kg.extract import extract
    from kg.ingest import read_path
    from kg.legacy import from_tcvn3, from_vni, to_tcvn3, to_vni

    assert from_vni("Xin chaøo caùc baïn, Vieät Nam, ñòa chæ, Nguyeãn") == "Xin chào các bạn, Việt Nam, địa chỉ, Nguyễn"
    assert from_tcvn3("B¶o Th¾ng, ViÖt Nam, §µ N½ng") == "Bảo Thắng, Việt Nam, Đà Nẵng"
    good = unicodedata.normalize("NFC", GOOD)
    expected = extract(next(read_path(EXAMPLES / "002_05d856a0f2a44f42.txt"))).to_dict()
    files = {"vni.txt": to_vni(good).encode("cp1252"), "cp1258.txt": _cp1258(good)}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        [article] = read_path(tmp_path / name)
        assert unicodedata.normalize("NFC", article.text) == good, name
        assert extract(article).to_dict()["events"] == expected["events"], name
    plain = good.replace("’", "'").replace("–", "-").replace("“", '"').replace("”", '"')
    (tmp_path / "tcvn3.txt").write_bytes(to_tcvn3(plain).encode("latin-1"))
    [article] = read_path(tmp_path / "tcvn3.txt")
    assert "Bộ trưởng Ngoại giao Phạm Bình Minh" in article.text and "Việt Nam" in article.text
    spoiled = to_tcvn3(plain).replace(" ", " Ä ").encode("latin-1")  # a letter Vietnamese does not have
    (tmp_path / "spoiled.txt").write_bytes(spoiled)
    [problem] = read_path(tmp_path / "spoiled.txt")
    assert "legacy Vietnamese font encoding TCVN3" in problem.reason


def test_deeply_nested_page_is_read(tmp_path):
    from kg.extract import extract
    from kg.ingest import read_path

    paragraphs = "".join(f"<p>{line}</p>" for line in GOOD.splitlines() if line.strip())
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 10_000 + paragraphs + "</div>" * 10_000 + "</body></html>")
    [article] = read_path(page)
    assert extract(article).events


def test_json_lines_ids(tmp_path):
    from kg.ingest import read_path
    from kg.rdf.namespaces import article_iri

    lines = [{"id": 7, "text": GOOD}, {"id": ["x"], "text": GOOD},
             {"id": "a" * 5000 + "1", "text": GOOD}, {"id": "a" * 5000 + "2", "text": GOOD}]
    path = tmp_path / "ids.jsonl"
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    first, second, third, fourth = read_path(path)
    assert "id is not a string (a JSON int)" in first.reason and "(a JSON list)" in second.reason
    assert third.id != fourth.id and all(len(str(article_iri(a.id))) < 250 for a in (third, fourth))
