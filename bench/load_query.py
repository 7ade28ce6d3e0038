"""Load throughput into a SPARQL server and query latency, embedded and on the server.

Starts its own Oxigraph server on 127.0.0.1 (a free port), builds a synthetic corpus
(bench/synthetic.py; throughput only), loads it through the Graph Store Protocol and through
SPARQL UPDATE INSERT DATA, then times each competency query embedded (pyoxigraph in memory)
and on the server. Prints figures and ratios; asserts nothing.

    python bench/load_query.py [ARTICLES] [REPEATS]
"""

from __future__ import annotations

import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synthetic  # noqa: E402

from kg.endpoint import Settings, load, query  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.store import query as local_query  # noqa: E402


def serve(location: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    process = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("oxigraph did not start")


def timed(function, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(articles: int = 500, repeats: int = 5) -> None:
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    corpus, graph = work / "corpus.jsonl", work / "graph.nq"
    synthetic.write(articles, corpus)
    build([corpus], graph, check=False)
    settings = Settings(timeout=120, retries=0)
    for method, path in (("gsp", "store"), ("update", "update")):
        process, base = serve(work / f"oxi-{method}")
        try:
            report = load(graph, f"{base}/{path}", settings, method)
            print(f"load via {method:6}: {report.quads:8d} triples in {report.seconds:6.2f} s = "
                  f"{report.quads / report.seconds:9.0f} triples/s ({len(report.loaded)} graphs)")
            if method == "gsp":
                embedded = open_store(data=graph)
                print(f"\n{'query':32}{'embedded ms':>12}{'server ms':>11}{'server/embedded':>17}")
                for q in sorted((ROOT / "queries").glob("cq_*.rq")):
                    text = q.read_text(encoding="utf-8")
                    local = timed(lambda t=text, s=embedded: local_query(s, t), repeats) * 1000
                    remote = timed(lambda t=text, b=base: query(f"{b}/query", t, settings), repeats) * 1000
                    print(f"{q.stem:32}{local:12.1f}{remote:11.1f}{remote / local:17.2f}")
                print()
        finally:
            process.terminate()
            process.wait()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="?", type=int, default=500, help="synthetic articles to load (500)")
    parser.add_argument("repeats", nargs="?", type=int, default=5, help="runs of each query (5)")
    args = parser.parse_args()
    main(args.articles, args.repeats)
