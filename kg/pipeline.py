"""The build: read, extract, map, reason, validate and write, one article at a time.

The work on one article is a pure function (process), so it runs the same in this process,
in a pool of processes (--jobs) or on a cluster. Results come back in input order and the
writer alone touches the output file, so every way of running gives the same bytes.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .extract import Unreadable, extract
from .ingest import Problem, read_inputs
from .lexicon import LANGUAGES, lexicon
from .model import Article
from .rdf.mapping import to_triples, vocabulary
from .rdf.namespaces import DKR, article_iri
from .rdf.reason import materialize
from .rdf.validate import validate
from .rdf.write import GraphWriter, chunk, format_for, nt_lines, write_text

EXIT_OK, EXIT_SKIPPED, EXIT_NOTHING, EXIT_INVALID = 0, 3, 4, 5
STAGES = ("read", "extract", "map", "reason", "validate", "serialize", "write")


@dataclass
class Processed:
    """What one article gives the writer."""

    source: str
    lang: str
    text: bytes  # the article's named graph, serialized (UTF-8)
    shared: list[str]  # N-Triples lines describing shared things
    triples: int
    inferred: int
    facts: dict
    violations: list[dict]
    seconds: dict[str, float]


@dataclass
class BuildReport:
    output: str
    format: str
    articles_read: int = 0
    languages: dict[str, int] = field(default_factory=dict)  # articles read per language
    language_seconds: dict[str, float] = field(default_factory=dict)  # per-article work per language
    skipped: list[dict] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    triples: int = 0
    inferred_triples: int = 0
    violations: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def record(self, result: Processed | Problem, shared_triples: int = 0) -> None:
        """Count one article's result (shared_triples: how many of its shared triples were new)."""
        if isinstance(result, Problem):
            self.skipped.append(asdict(result))
            return
        self.triples += result.triples + shared_triples
        self.inferred_triples += result.inferred
        self.violations += result.violations
        self.articles_read += 1
        self.languages[result.lang] = self.languages.get(result.lang, 0) + 1
        self.language_seconds[result.lang] = self.language_seconds.get(result.lang, 0.0) + sum(result.seconds.values())
        for kind, n in result.facts.items():
            self.facts[kind] = self.facts.get(kind, 0) + n
        for stage, seconds in result.seconds.items():
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds

    def finish(self, started: float, path: Path) -> None:
        self.seconds = time.perf_counter() - started
        self.stage_seconds = {stage: round(self.stage_seconds.get(stage, 0.0), 3) for stage in STAGES}
        write_text(path, json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True) + "\n")

    @property
    def exit_code(self) -> int:
        if self.articles_read == 0:
            return EXIT_NOTHING
        if self.violations:
            return EXIT_INVALID
        return EXIT_SKIPPED if self.skipped else EXIT_OK

    def summary(self) -> str:
        by_count = sorted(self.languages.items(), key=lambda kv: (-kv[1], kv[0]))
        languages = ", ".join(f"{n} {lang}" for lang, n in by_count)
        lines = [f"Read {self.articles_read} article(s){f' ({languages})' if languages else ''}; "
                 f"skipped {len(self.skipped)}."]
        lines += [f"  skipped {s['source']}: {s['reason']}" for s in self.skipped]
        facts = ", ".join(f"{n} {kind}" for kind, n in self.facts.items())
        lines.append(f"Facts: {facts or 'none'}.")
        lines.append(f"Wrote {self.triples} triples ({self.inferred_triples} inferred) to {self.output} "
                     f"as {self.format}.")
        lines.append("SHACL: conforms." if not self.violations else
                     f"SHACL: {len(self.violations)} violation(s); run 'kg validate {self.output}' for the report.")
        lines.append(f"Time: {self.seconds:.2f} s.")
        return "\n".join(lines)


def process(item: Article | Problem, fmt: str, check: bool = True) -> Processed | Problem:
    """One article from text to serialized, validated RDF; or the problem that stopped it."""
    if isinstance(item, Problem):
        return item
    seconds: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[stage] = now - clock
        clock = now

    try:
        facts = extract(item)
    except Unreadable as problem:
        return Problem(item.source, str(problem))
    except Exception as error:  # one bad article must not stop the run
        return Problem(item.source, f"could not be read: {error!r}")
    lap("extract")
    graph, shared = to_triples(facts)
    lap("map")
    inferred = materialize(graph) + materialize(shared)
    lap("reason")
    violations = [asdict(v) for v in validate(graph | shared)] if check else []
    lap("validate")
    text = chunk(article_iri(facts.article.id), graph, fmt).encode()
    shared_lines = nt_lines(shared)
    lap("serialize")
    counts = {"officials": len(facts.officials), "events": len(facts.events),
              "partnerships": len(facts.partnerships), "commitments": len(facts.commitments)}
    return Processed(item.source, facts.article.lang or "", text, shared_lines, len(graph), inferred, counts,
                     violations, seconds)


def _process_batch(batch: list, fmt: str, check: bool) -> list:
    return [process(item, fmt, check) for item in batch]


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def build(inputs: list[Path], output: Path, fmt: str | None = None, check: bool = True,
          progress: Callable[[int], None] | None = None, jobs: int = 1) -> BuildReport:
    started = time.perf_counter()
    fmt = format_for(output, fmt)
    report = BuildReport(output=str(output), format=fmt)
    items = _timed(read_inputs(inputs), report.stage_seconds)
    with GraphWriter(output, fmt) as writer:
        vocab = vocabulary()
        writer.add(DKR["graph/vocabulary"], vocab)
        report.triples += len(vocab)
        for result in _results(items, fmt, check, jobs):
            clock, before = time.perf_counter(), len(writer.written)
            if isinstance(result, Processed):
                writer.write_chunk(result.text)
                writer.add_shared(result.shared)
                result.seconds["write"] = time.perf_counter() - clock
            report.record(result, len(writer.written) - before)
            if progress and isinstance(result, Processed):
                progress(report.articles_read)
    report.finish(started, report_path(output))
    return report


def _timed(items: Iterable, stages: dict[str, float]) -> Iterator:
    """The items, adding the time spent reading them to stages['read']."""
    iterator = iter(items)
    while True:
        clock = time.perf_counter()
        try:
            item = next(iterator)
        except StopIteration:
            return
        stages["read"] = stages.get("read", 0.0) + time.perf_counter() - clock
        yield item


def _results(items: Iterable, fmt: str, check: bool, jobs: int) -> Iterator[Processed | Problem]:
    """Results in input order: here, or from a pool of worker processes."""
    if jobs <= 1:
        for item in items:
            yield process(item, fmt, check)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    if context.get_start_method() == "fork":  # load the lexicon, ontology and shapes once, for every worker
        from .rdf.reason import closure_tables
        from .rdf.validate import code_list_index, compiled_shapes

        for lang in LANGUAGES:
            lexicon(lang)
        closure_tables(), compiled_shapes(), code_list_index()
        gc.freeze()  # what is loaded lives as long as the workers: the collector need not scan it (nor copy its pages)
    # A few batches per worker in flight, so reading stays ahead of the workers but never far:
    # memory does not grow with the corpus. (multiprocessing.Pool's worker-watching thread wakes at
    # every result and cost the writer a tenth of a millisecond per article.)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_quiet_worker) as pool:
        pending: deque = deque()
        try:
            for batch in batches(items, 16):
                pending.append(pool.submit(_process_batch, batch, fmt, check))
                if len(pending) >= 3 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:  # interrupted, or the writer failed: start no more batches
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _quiet_worker() -> None:
    """Workers leave Ctrl-C and kill to the main process, which stops handing them work."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def report_path(output: Path) -> Path:
    return output.with_name(output.name + ".report.json")


def progress_printer(every: int = 100) -> Callable[[int], None]:
    def show(n: int) -> None:
        if n % every == 0:
            print(f"  {n} articles ...", file=sys.stderr, flush=True)
    return show


def build_partitioned(inputs: list[Path], output: Path, scheduler: str, check: bool = True,
                      partition: int = 200, progress: Callable[[int], None] | None = None) -> BuildReport:
    """The same per-article work on a Dask cluster, written as partitioned N-Quads for a bulk loader:
    OUTPUT/part-NNNNN.nq (articles, in input order), OUTPUT/shared.nq (shared things, each once),
    OUTPUT/vocabulary.nq. scheduler: a scheduler address, or 'local' for a cluster on this machine."""
    from dask.distributed import Client, LocalCluster

    started = time.perf_counter()
    report = BuildReport(output=str(output), format="nquads (partitioned)")
    cluster = LocalCluster(n_workers=default_jobs(), threads_per_worker=1) if scheduler == "local" else None
    client = Client(cluster if cluster is not None else scheduler)
    output.mkdir(parents=True, exist_ok=True)
    try:
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
        pending: list = []
        number = 0
        with GraphWriter(output / "shared.nq", "nquads") as shared:

            def drain(future) -> None:
                nonlocal number
                lines: list[bytes] = []
                for result in future.result():
                    before = len(shared.written)
                    if isinstance(result, Processed):
                        lines.append(result.text)
                        shared.add_shared(result.shared)
                    report.record(result, len(shared.written) - before)
                if progress:
                    progress(report.articles_read)
                write_text(output / f"part-{number:05d}.nq", b"".join(lines))
                number += 1

            for batch in batches(_timed(read_inputs(inputs), report.stage_seconds), partition):
                pending.append(client.submit(_process_batch, batch, fmt="nquads", check=check, pure=False))
                if len(pending) >= window:
                    drain(pending.pop(0))
            while pending:
                drain(pending.pop(0))
        vocab = vocabulary()
        write_text(output / "vocabulary.nq", chunk(DKR["graph/vocabulary"], vocab, "nquads"))
        report.triples += len(vocab)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.finish(started, output / "report.json")
    return report
