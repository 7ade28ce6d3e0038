"""A real Oxigraph server, started here on 127.0.0.1: load through the Graph Store Protocol and
SPARQL UPDATE, query through SPARQLWrapper, and the same answers as the embedded store.
Faults come from a small local HTTP server that answers as a failing server would."""

from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import QUERIES

from kg.cli import main
from kg.endpoint import EndpointError, Settings, graphs_of, load, query
from kg.store import open_store
from kg.store import query as local_query

FAST = dict(timeout=5.0, retries=1, backoff=0.01)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    assert Path(binary).exists(), "the oxigraph server is installed with the test extras: pip install -e '.[test]'"
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxi")),
                                "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if time.time() > deadline or process.poll() is not None:
                process.kill()
                raise
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


def count(base: str) -> int:
    answer = query(f"{base}/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", Settings(**FAST))
    return int(answer.rows[0][0])


def canonical(answer):
    return sorted(tuple("" if v is None else v for v in row) for row in answer.rows)


def test_every_query_gives_the_same_rows_on_the_server_and_embedded(server, trig):
    report = load(trig, f"{server}/store", Settings(**FAST))
    assert not report.failed and len(report.loaded) == len(graphs_of(trig)) > 6  # articles, vocabulary, things
    embedded = open_store(data=trig)
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        remote = query(f"{server}/query", text, Settings(**FAST))
        assert canonical(remote) == canonical(local_query(embedded, text)), path.name
        assert remote.rows, path.name


def test_reload_is_idempotent_and_replaces_only_the_changed_graph(server, trig, tmp_path):
    load(trig, f"{server}/store", Settings(**FAST))
    before = count(server)
    load(trig, f"{server}/store", Settings(**FAST))
    assert count(server) == before
    graphs = graphs_of(trig)
    name = next(n for n in graphs if n.endswith("002_05d856a0f2a44f42"))
    changed = tmp_path / "changed.nq"
    changed.write_text("".join(f"{line[:-2]} <{name}> .\n" for line in graphs[name].splitlines()[:5]))
    report = load(changed, f"{server}/store", Settings(**FAST))
    assert report.loaded == [name]
    assert count(server) == before - (len(graphs[name].splitlines()) - 5)
    load(trig, f"{server}/store", Settings(**FAST))
    assert count(server) == before


def test_load_through_sparql_update(server, trig):
    load(trig, f"{server}/store", Settings(**FAST))
    before = count(server)
    report = load(trig, f"{server}/update", Settings(**FAST), method="update")
    assert not report.failed and count(server) == before


def test_cli_load_and_query_on_the_server(server, trig, capsys):
    assert main(["load", str(trig), "--endpoint", f"{server}/store"]) == 0
    assert f"Loaded {len(graphs_of(trig))} of {len(graphs_of(trig))} graph(s)" in capsys.readouterr().out
    assert main(["query", str(QUERIES / "officials_met_counterparts_in_year.rq"), "--endpoint", f"{server}/query",
                 "--bind", "country=US", "--format", "csv"]) == 0
    assert "Bonnie Jenkins" in capsys.readouterr().out


def test_the_server_gives_the_same_typed_frames_as_the_embedded_store(server, trig):
    import pandas as pd

    import kg

    load(trig, f"{server}/store", Settings(**FAST))
    for name in ("cq_events.rq", "dialogue_editions.rq", "partnership_timeline.rq", "officials_by_role.rq"):
        remote = kg.query(f"{server}/query", name, timeout=5.0, retries=1)
        embedded = kg.query(trig, name)
        assert not remote.empty, name
        key = list(remote.columns)
        pd.testing.assert_frame_equal(remote.sort_values(key).reset_index(drop=True),
                                      embedded.sort_values(key).reset_index(drop=True), obj=name)
    assert kg.query(f"{server}/query", "ASK { ?s ?p ?o }", retries=0) is True
    nets = kg.networks(f"{server}/query", retries=0)
    assert nets.officials.number_of_nodes() == kg.networks(trig).officials.number_of_nodes() > 5


def test_embedded_persistent_store(trig, tmp_path, capsys):
    store = tmp_path / "store"
    assert main(["load", str(trig), "--store", str(store)]) == 0
    assert main(["load", str(trig), "--store", str(store)]) == 0
    assert main(["query", "-e", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                 "--store", str(store), "--format", "csv"]) == 0
    quads = int(capsys.readouterr().out.strip().splitlines()[-1])
    assert quads == sum(len(body.splitlines()) for body in graphs_of(trig).values())


# ----------------------------------------------------------------- faults


class Faulty(BaseHTTPRequestHandler):
    """Answers as told by the server's 'plan': a status per request, or a delay."""

    def handle_one(self):
        plan = self.server.plan
        self.server.seen.append((self.command, self.headers.get("Authorization")))
        step = plan.pop(0) if len(plan) > 1 else plan[0]
        if step == "slow":
            time.sleep(1.5)
            step = 204
        if step == "auth":
            expected = "Basic " + base64.b64encode(b"kg:secret").decode()
            step = 204 if self.headers.get("Authorization") == expected else 401
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.send_response(step)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"no")

    do_PUT = do_POST = do_GET = handle_one

    def log_message(self, *args):
        pass


@pytest.fixture
def faulty():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Faulty)
    server.plan, server.seen = [204], []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


def url(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}/store"


def test_server_down(trig):
    report = load(trig, f"http://127.0.0.1:{free_port()}/store", Settings(**FAST))
    assert not report.loaded and "cannot be reached" in next(iter(report.failed.values()))
    with pytest.raises(EndpointError, match="cannot be reached"):
        query(f"http://127.0.0.1:{free_port()}/query", "ASK {}", Settings(**FAST))


def test_server_errors_are_retried_then_reported(faulty, trig):
    faulty.plan = [500, 503, 204]
    settings = Settings(timeout=5, retries=3, backoff=0.01)
    report = load(trig, url(faulty), settings)
    assert not report.failed and report.retries == 2


def test_rejected_payload_is_reported_per_graph(faulty, trig):
    faulty.plan = [204, 400, 204]
    report = load(trig, url(faulty), Settings(**FAST))
    assert len(report.failed) == 1 and "HTTP 400" in next(iter(report.failed.values()))
    assert len(report.loaded) == len(graphs_of(trig)) - 1
    assert "NOT loaded: 1 graph(s)" in report.summary()


def test_timeout(faulty, trig):
    faulty.plan = ["slow"]
    report = load(trig, url(faulty), Settings(timeout=0.3, retries=0, backoff=0.01))
    assert "timed out" in next(iter(report.failed.values()))


def test_credentials_come_from_the_environment(faulty, trig, monkeypatch):
    faulty.plan = ["auth"]
    monkeypatch.setenv("KG_ENDPOINT_USER", "kg")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "wrong")
    report = load(trig, url(faulty), Settings(**FAST))
    assert "refused the credentials" in next(iter(report.failed.values()))
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "secret")
    assert not load(trig, url(faulty), Settings(**FAST)).failed


def test_cli_reports_a_failed_load(faulty, trig, capsys):
    faulty.plan = [400]
    assert main(["load", str(trig), "--endpoint", url(faulty), "--retries", "0"]) == 6
    assert "NOT loaded" in capsys.readouterr().out
