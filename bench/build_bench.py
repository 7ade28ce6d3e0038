"""Build throughput, memory and time per stage, against the straightforward pipeline.

Generates a synthetic corpus of N articles (bench/synthetic.py; throughput only), builds it
with `kg build` (streaming, per-article validation, --jobs workers) and with the pipeline a
user would write first: one in-memory rdflib graph for everything, one owlrl closure, one
pyshacl validation of the whole graph, one Turtle serialization. Prints figures (with the
start-up time of a build and the machine's speed before and after) and ratios; asserts nothing.
Each run is a separate process, so peak memory is its own.

    python bench/build_bench.py [N] [JOBS] [--no-naive]
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants now (Linux /proc), in MB. Walks the
    tree through each thread's children, not all of /proc: sampling must not slow the build."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * resource.getpagesize()
            for children in Path(f"/proc/{pid}/task").glob("*/children"):
                todo += [int(child) for child in children.read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total / 2**20


def run(code: str) -> tuple[float, float, float, str]:
    """Seconds; peak memory (MB) of the largest single process, and of all its processes
    together (sampled 10 times a second); and what it printed."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    together = 0.0
    while child.poll() is None:
        together = max(together, tree_rss_mb(child.pid))
        time.sleep(0.1)
    printed = child.stdout.read()
    if child.returncode:
        raise SystemExit(f"benchmark run failed with exit code {child.returncode}")
    seconds = time.perf_counter() - started
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # kilobytes on Linux
    return seconds, largest, together, printed


STREAMING = """
import json, sys
from pathlib import Path
from kg.pipeline import build
report = build([Path({corpus!r})], Path({out!r}), jobs={jobs})
print(json.dumps({{"articles": report.articles_read, "triples": report.triples, "stages": report.stage_seconds}}))
"""

NAIVE = """
import json, sys
from pathlib import Path
import owlrl, pyshacl
from rdflib import Graph
from kg.extract import extract
from kg.ingest import read_inputs
from kg.rdf.mapping import to_graphs, vocabulary
from kg.rdf.validate import shapes
graph = Graph()
graph += vocabulary()
n = 0
for article in read_inputs([Path({corpus!r})]):
    own, shared = to_graphs(extract(article))
    graph += own
    graph += shared
    n += 1
owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
conforms, _, _ = pyshacl.validate(graph, shacl_graph=shapes(), inference="none")
graph.serialize({out!r}, format="turtle")
print(json.dumps({{"articles": n, "triples": len(graph), "conforms": conforms}}))
"""


def machine_speed() -> float:
    """Milliseconds this process takes for the whole per-article work (read to N-Quads) of the bundled
    sample articles, best of three: the shared machine's speed for this very work drifts by a third
    within an hour, and a build's figures with it. Run here, not in a child: the children's peak
    memory is what the benchmark measures."""
    from kg.ingest import read_inputs
    from kg.lexicon import lexicon
    from kg.pipeline import process

    lexicon()
    samples = sorted((ROOT / "examples" / "articles").glob("*.txt"))  # the Vietnamese samples, as always
    articles = [a for a in read_inputs(samples) if hasattr(a, "text")] * 20
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for article in articles:
            process(article, "nquads")
        best = min(best, time.perf_counter() - started)
    return 1000 * best / len(articles)


def main(n: int = 1000, jobs: int = 2, naive: bool = True) -> None:
    work = Path(tempfile.mkdtemp(prefix="kg-build-bench-"))
    try:
        measure(work, n, jobs, naive)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the corpus and the graphs: gigabytes at 100 000


def measure(work: Path, n: int, jobs: int, naive: bool) -> None:
    import synthetic

    corpus = work / "corpus.jsonl"
    synthetic.write(n, corpus)
    print(f"synthetic corpus: {n} articles (throughput only)")
    print(f"machine speed before: {machine_speed():.2f} ms per sample article in one process "
          f"(the figures below move with it)")
    seconds, memory, together, printed = run(STREAMING.format(corpus=str(corpus), out=str(work / "graph.nq"),
                                                              jobs=jobs))
    result = json.loads(printed)
    print(f"kg build, {jobs} job(s): {seconds:8.2f} s  {result['articles'] / seconds:8.1f} articles/s  "
          f"{result['triples'] / seconds:9.0f} triples/s  peak {memory:5.0f} MB (largest process), "
          f"{together:5.0f} MB (all processes)")
    first = work / "first.jsonl"
    with open(corpus, encoding="utf-8") as lines:
        first.write_text(lines.readline(), encoding="utf-8")
    start_up, *_ = run(STREAMING.format(corpus=str(first), out=str(work / "first.nq"), jobs=jobs))
    print(f"  machine speed after: {machine_speed():.2f} ms per sample article in one process")
    print(f"  start-up (a build of one article): {start_up:.2f} s; after it, "
          f"{(result['articles'] - 1) / max(seconds - start_up, 1e-9):.1f} articles/s")
    total = sum(result["stages"].values()) or 1
    print("  time per stage (summed over workers): " +
          ", ".join(f"{k} {v:.2f} s ({100 * v / total:.0f}%)" for k, v in result["stages"].items()))
    if naive:
        naive_seconds, _, naive_memory, printed = run(NAIVE.format(corpus=str(corpus), out=str(work / "naive.ttl")))
        naive_result = json.loads(printed)
        print(f"straightforward pipeline: {naive_seconds:8.2f} s  "
              f"{naive_result['articles'] / naive_seconds:8.1f} articles/s  peak {naive_memory:7.0f} MB")
        print(f"ratio (straightforward / kg build): {naive_seconds / seconds:.2f}x time")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="?", type=int, default=1000, help="synthetic articles to build (1000)")
    parser.add_argument("jobs", nargs="?", type=int, default=2, help="worker processes of kg build (2)")
    parser.add_argument("--no-naive", action="store_true", help="skip the straightforward pipeline (slow)")
    args = parser.parse_args()
    main(args.articles, args.jobs, not args.no_naive)
