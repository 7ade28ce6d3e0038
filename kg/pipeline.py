"""The build: read, extract, map, reason, validate and write, one article at a time.

The work on one article is a pure function (process), so it runs the same in this process,
in a pool of processes (--jobs) or on a cluster. Results come back in input order and the
writer alone touches the output file, so every way of running gives the same bytes.
"""

from __future__ import annotations

import gc
import json
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .extract import Unreadable, extract
from .extract.checks import drop_stateless
from .identity import ArticleNames, Identities, NameIndex
from .ingest import SUFFIXES, Problem, read_inputs, story_problem
from .lexicon import LANGUAGES, lexicon
from .model import Article, ArticleFacts
from .rdf.mapping import post_dates, to_triples, vocabulary
from .rdf.namespaces import DKR, article_iri
from .rdf.reason import materialize
from .rdf.validate import validate
from .rdf.write import AtomicFile, GraphWriter, chunk, format_for, nt_lines, remove_stale_parts, write_text

EXIT_OK, EXIT_SKIPPED, EXIT_NOTHING, EXIT_INVALID = 0, 3, 4, 5
BATCH = 16  # articles handed to a worker at a time
STAGES = ("read", "extract", "map", "reason", "validate", "serialize", "write")
LISTED = 20  # the summary lists this many dropped facts and rejected articles; the report lists all


class NoArticles(ValueError):
    """The inputs hold no article file at all: nothing to build, and the previous output stays."""


@dataclass
class Processed:
    """What one article gives the writer."""

    source: str
    lang: str
    text: bytes  # the article's named graph, serialized (UTF-8); empty when rejected
    shared: list[str]  # N-Triples lines describing shared things
    triples: int
    inferred: int
    facts: dict
    violations: list[dict]
    seconds: dict[str, float]
    article: str = ""  # the article's IRI
    dropped: list[dict] = field(default_factory=list)  # facts left out as doubtful, with the reason
    rejected: bytes = b""  # TriG of the article's graph and its violations, when it fails the shapes


@dataclass
class BuildReport:
    output: str
    format: str
    validated: bool = True
    articles_read: int = 0
    articles_written: int = 0
    languages: dict[str, int] = field(default_factory=dict)  # articles read per language
    language_seconds: dict[str, float] = field(default_factory=dict)  # per-article work per language
    skipped: list[dict] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    dropped: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    rejected_output: str | None = None
    triples: int = 0
    inferred_triples: int = 0
    violations: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    identity: dict = field(default_factory=dict)  # persons resolved, names, doubts left, states restated

    def note_read(self, lang: str, seconds: dict[str, float]) -> None:
        """Count an article the first pass read."""
        self.articles_read += 1
        self.languages[lang] = self.languages.get(lang, 0) + 1
        self._add_seconds(lang, seconds)

    def note_identities(self, identities: Identities) -> None:
        """What resolving who is who across the articles found and left in doubt."""
        self.identity = {"persons": len({(p.key, p.country) for p in identities.person_of.values()}),
                         "names": len(identities.person_of), "doubts": identities.doubts,
                         "restated": identities.restated}

    def _add_seconds(self, lang: str, seconds: dict[str, float]) -> None:
        self.language_seconds[lang] = self.language_seconds.get(lang, 0.0) + sum(seconds.values())
        for stage, spent in seconds.items():
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + spent

    def record(self, result: Processed | Problem, shared_triples: int = 0) -> None:
        """Count one article's result (shared_triples: how many of its shared triples were new)."""
        if isinstance(result, Problem):
            self.skipped.append(asdict(result))
            return
        self._add_seconds(result.lang, {k: v for k, v in result.seconds.items() if k != "extract"})
        if result.dropped:
            self.dropped.append({"source": result.source, "article": result.article, "facts": result.dropped})
        if result.rejected:
            self.rejected.append({"source": result.source, "article": result.article,
                                  "violations": len(result.violations)})
            self.violations += result.violations
            return
        self.articles_written += 1
        self.triples += result.triples + shared_triples
        self.inferred_triples += result.inferred
        for kind, n in result.facts.items():
            self.facts[kind] = self.facts.get(kind, 0) + n

    def finish(self, started: float, path: Path | None) -> None:
        """Close the report; written beside the output only when the output was written."""
        self.seconds = time.perf_counter() - started
        self.stage_seconds = {stage: round(self.stage_seconds.get(stage, 0.0), 3) for stage in STAGES}
        if path is not None:
            write_text(path, json.dumps(asdict(self), ensure_ascii=False, indent=2, sort_keys=True) + "\n")

    @property
    def exit_code(self) -> int:
        if self.articles_written == 0:
            return EXIT_NOTHING
        if self.rejected:
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
        if self.dropped:
            left_out = [(d["source"], f) for d in self.dropped for f in d["facts"]]
            lines.append(f"Dropped {len(left_out)} doubtful fact(s) in {len(self.dropped)} article(s):")
            lines += [f"  {source}: {f['kind']} {_short(f['what'])!r}: {f['reason']}"
                      for source, f in left_out[:LISTED]]
            if len(left_out) > LISTED:
                lines.append(f"  ... and {len(left_out) - LISTED} more, listed in the report")
        if self.articles_written == 0:
            why = "no article passed the shapes" if self.rejected else "no article could be read"
            lines.append(f"Nothing written: {why}; {self.output} was left as it was.")
        else:
            lines.append(f"Wrote {self.articles_written} article(s), {self.triples} triples "
                         f"({self.inferred_triples} inferred) to {self.output} as {self.format}.")
        if self.rejected:
            where = f"written with their violations to {self.rejected_output}" if self.rejected_output else \
                "not written"
            lines.append(f"Rejected {len(self.rejected)} article(s) that violate the shapes ({where}):")
            lines += [f"  {r['source']}: {r['violations']} violation(s)" for r in self.rejected[:LISTED]]
            if len(self.rejected) > LISTED:
                lines.append(f"  ... and {len(self.rejected) - LISTED} more, listed in the report")
            for v in self.violations[:LISTED] if self.articles_written == 0 else ():
                lines.append(f"    {v['focus']}: {v['message']}")
        if self.articles_written:
            lines.append("SHACL: conforms." if self.validated else "SHACL: not checked (--no-validate).")
        lines.append(f"Time: {self.seconds:.2f} s.")
        return "\n".join(lines)


def _short(text: str, size: int = 80) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


@dataclass
class Read:
    """What the first pass gives for an article: its facts (the story's text let go: the second
    pass needs only the facts), where it came from, and the time reading took."""

    facts: ArticleFacts
    source: str
    seconds: dict[str, float]


def read(item: Article | Problem) -> Read | Problem:
    """The first pass over one article: its facts, or the problem that stopped it."""
    if isinstance(item, Problem):
        return item
    clock = time.perf_counter()
    try:
        facts = extract(item)
    except Unreadable as problem:
        return Problem(item.source, str(problem))
    except Exception as error:  # one bad article must not stop the run
        return Problem(item.source, f"could not be read: {error!r}")
    if why := story_problem(facts.article.text):
        return Problem(item.source, why)
    facts.article.text = ""
    return Read(facts, item.source, {"extract": time.perf_counter() - clock})


def render(item: Read, fmt: str, check: bool = True, identities: Identities | None = None) -> Processed:
    """The second pass over one article: its facts as serialized, validated RDF, each official as
    the person the corpus resolved them to (identities; None: as the article alone names them).
    An article that violates the shapes comes back rejected: its graph as TriG with its violations,
    for the rejected file, and nothing for the output."""
    facts = item.facts
    seconds = dict(item.seconds)
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[stage] = now - clock
        clock = now

    if identities is None:
        identities = identities_of([facts])
    facts = drop_stateless(facts, {o.key: p.country for o in facts.officials
                                   if (p := identities.of(o.name, o.country or ""))})
    graph, shared = to_triples(facts, identities)
    lap("map")
    inferred = materialize(graph) + materialize(shared)
    lap("reason")
    name = article_iri(facts.article.id)
    violations = validate(graph | shared) if check else []
    lap("validate")
    counts = {"officials": len(facts.officials), "events": len(facts.events),
              "partnerships": len(facts.partnerships), "commitments": len(facts.commitments)}
    dropped = [asdict(d) for d in facts.dropped]
    lang = facts.article.lang or ""
    if violations:
        found = [{"article": str(name), "source": item.source, "focus": v.focus, "path": v.path,
                  "message": v.message} for v in violations]
        rejected = rejected_chunk(name, item.source, violations, graph | shared)
        lap("serialize")
        return Processed(item.source, lang, b"", [], len(graph), inferred, counts, found, seconds, str(name),
                         dropped, rejected)
    text = chunk(name, graph, fmt).encode()
    shared_lines = nt_lines(shared)
    lap("serialize")
    return Processed(item.source, lang, text, shared_lines, len(graph), inferred, counts, [], seconds, str(name),
                     dropped)


def process(item: Article | Problem, fmt: str, check: bool = True) -> Processed | Problem:
    """One article from text to serialized, validated RDF (both passes, its officials resolved
    within the article alone); or the problem that stopped it."""
    first = read(item)
    return first if isinstance(first, Problem) else render(first, fmt, check)


def identities_of(facts: Iterable[ArticleFacts]) -> Identities:
    """Who is who among the officials of some articles."""
    index = NameIndex()
    for f in facts:
        index.add(ArticleNames.of(f))
    return index.resolve()


def rejected_chunk(name, source: str, violations: list, triples) -> bytes:
    """A rejected article for the rejected file: its violations as comments, then its graph (with the
    shared things it describes) as one TriG named graph."""
    comments = [f"# rejected: {' '.join(source.splitlines())}"]
    comments += [f"# violation: {v.focus} {v.path or 'node'}: {' '.join(v.message.splitlines())}"
                 for v in violations]
    return ("\n".join(comments) + "\n" + chunk(name, triples, "trig")).encode()


@dataclass
class ReadBatch:
    """A batch of articles through the first pass, as a worker hands it back: the facts pickled
    (for the spool: the main process passes them on unopened), the names the index needs, and
    each article's outcome (its language and time, or its problem) for the report."""

    facts: bytes
    names: list[ArticleNames]
    outcomes: list[tuple[str, dict[str, float]] | Problem]


def _read_batch(batch: list) -> ReadBatch:
    results = [read(item) for item in batch]
    kept = [r for r in results if isinstance(r, Read)]
    return ReadBatch(pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL) if kept else b"",
                     [ArticleNames.of(r.facts) for r in kept],
                     [r if isinstance(r, Problem) else (r.facts.article.lang or "", r.seconds) for r in results])


def _render_batch(facts: bytes, fmt: str, check: bool, identities: Identities) -> list[Processed]:
    return [render(item, fmt, check, identities) for item in pickle.loads(facts)]


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
          progress: Callable[[int], None] | None = None, jobs: int = 1,
          articles: Iterable[Article | Problem] | None = None) -> BuildReport:
    """Build the inputs into output, in two passes: the first reads every article's facts (in
    workers) into a spool file beside the output and the index of officials' names; who is who
    is then resolved over that index; the second maps, validates and writes each article (in
    workers), then the posts in time. The output, the rejected file and the report are replaced
    only when at least one article was written; otherwise all are left as they were (exit 4).
    articles: the articles already read (texts given from Python, kg.api), read instead of the inputs."""
    started = time.perf_counter()
    fmt = format_for(output, fmt)
    report = BuildReport(output=str(output), format=fmt, validated=check)
    rejected_path = rejected_output(output)
    for path in (output, rejected_path, report_path(output), spool_path(output)):
        remove_stale_parts(path)
    given = read_inputs(inputs) if articles is None else articles
    items = _timed(_require_articles(given, inputs), report.stage_seconds)
    rejected: GraphWriter | None = None
    with Spool(spool_path(output)) as spool:
        index = NameIndex()
        for batch in _parallel(batches(items, BATCH), _read_batch, jobs):
            _first_pass_done(batch, report, index, spool)
            if progress:
                progress(report.articles_read + len(report.skipped))
        identities = index.resolve()
        report.note_identities(identities)
        try:
            with GraphWriter(output, fmt) as writer:
                vocab = vocabulary()
                writer.add(DKR["graph/vocabulary"], vocab)
                work = ((facts, identities.subset(names)) for names, facts in spool)
                for result in (r for results in _parallel(work, _render_batch, jobs, fmt, check) for r in results):
                    clock, before = time.perf_counter(), len(writer.written)
                    if result.rejected:
                        rejected = rejected or GraphWriter(rejected_path, "trig")
                        rejected.write_chunk(result.rejected)
                    else:
                        writer.write_chunk(result.text)
                        writer.add_shared(result.shared)
                    result.seconds["write"] = time.perf_counter() - clock
                    report.record(result, len(writer.written) - before)
                before = len(writer.written)
                writer.add_shared(nt_lines(post_dates(identities)))
                report.triples += len(writer.written) - before
                if report.articles_written == 0:
                    writer.discard()  # a build that wrote no article never replaces the previous output
                else:
                    report.triples += len(vocab)
        except BaseException:
            if rejected is not None:
                rejected.discard()
                rejected.close()
            raise
    if report.articles_written == 0:
        if rejected is not None:
            rejected.discard()
            rejected.close()
        report.finish(started, None)
        return report
    if rejected is not None:
        rejected.close()
        report.rejected_output = str(rejected_path)
    else:
        rejected_path.unlink(missing_ok=True)  # a previous build's rejects do not belong to this output
    report.finish(started, report_path(output))
    return report


def spool_path(output: Path) -> Path:
    """Where the first pass keeps the articles' facts for the second (removed when the build ends)."""
    return output.with_name(output.name + ".facts")


class Spool:
    """The first pass's batches, their facts as the workers pickled them and the names of their
    officials, in a temporary file and read back in the same order: the facts of a large corpus
    never sit in memory together, and the main process never unpickles them."""

    def __init__(self, path: Path) -> None:
        self.file = AtomicFile(path)

    def add(self, names: list[ArticleNames], facts: bytes) -> None:
        self.file.write(pickle.dumps((names, facts), protocol=pickle.HIGHEST_PROTOCOL))

    def __iter__(self) -> Iterator[tuple[list[ArticleNames], bytes]]:
        self.file.handle.flush()
        with open(self.file.temp, "rb") as handle:
            while True:
                try:
                    yield pickle.load(handle)
                except EOFError:
                    return

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *_) -> None:
        self.file.abort()  # the spool is never kept


def _first_pass_done(batch: ReadBatch, report: BuildReport, index: NameIndex, spool: Spool) -> None:
    """A batch back from the first pass: its outcomes counted, its names indexed, its facts spooled."""
    for outcome in batch.outcomes:
        if isinstance(outcome, Problem):
            report.record(outcome)
        else:
            report.note_read(*outcome)
    for names in batch.names:
        index.add(names)
    if batch.names:
        spool.add(batch.names, batch.facts)


def _require_articles(items: Iterable[Article | Problem], inputs: list[Path]) -> Iterator[Article | Problem]:
    """The items; NoArticles if the inputs hold no article file at all (an empty folder)."""
    any_item = False
    for item in items:
        any_item = True
        yield item
    if not any_item:
        raise NoArticles(f"no articles found in {', '.join(str(p) for p in inputs)} "
                         f"(looked for {', '.join(sorted(SUFFIXES))} files)")


def rejected_output(output: Path) -> Path:
    """Where articles that fail the shapes go: beside the output, as TriG."""
    return output.with_name(output.name + ".rejected.trig")


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


def _parallel(work: Iterable, function: Callable, jobs: int, *args) -> Iterator:
    """function(batch, *args) over the work (batches, or (batch, extra) pairs), a result per batch in
    the work's order: here, or from a pool of worker processes."""
    calls = ((item if isinstance(item, tuple) else (item,)) for item in work)
    if jobs <= 1:
        for call in calls:
            yield function(*call[:1], *args, *call[1:])
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
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_quiet_worker,
                             initargs=(os.getpid(),)) as pool:
        pending: deque = deque()
        try:
            for call in calls:
                pending.append(pool.submit(function, *call[:1], *args, *call[1:]))
                if len(pending) >= 3 * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BaseException:  # interrupted, or the writer failed: start no more batches
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _quiet_worker(parent: int) -> None:
    """Workers leave Ctrl-C and kill to the main process, which stops handing them work."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent)


def die_with_parent(parent: int) -> None:
    """A worker whose parent is killed (SIGKILL gives it no chance to stop them) ends too, rather than
    live on reparented. Linux only (prctl PR_SET_PDEATHSIG); elsewhere workers end when they next
    find the pool's pipe closed."""
    import signal

    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


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
    """The same two passes on a Dask cluster, written as partitioned N-Quads for a bulk loader:
    OUTPUT/part-NNNNN.nq (articles, in input order), OUTPUT/shared.nq (shared things, each once,
    and the posts in time), OUTPUT/vocabulary.nq. scheduler: a scheduler address, or 'local' for a
    cluster on this machine."""
    from dask.distributed import Client, LocalCluster

    started = time.perf_counter()
    report = BuildReport(output=str(output), format="nquads (partitioned)")
    cluster = LocalCluster(n_workers=default_jobs(), threads_per_worker=1) if scheduler == "local" else None
    client = Client(cluster if cluster is not None else scheduler)
    output.mkdir(parents=True, exist_ok=True)
    rejected: GraphWriter | None = None

    def on_cluster(work: Iterable[tuple], function: Callable, **kwargs) -> Iterator:
        """function over the work's batches on the cluster, a few in flight, results in order."""
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
        pending: list = []
        for call in work:
            pending.append(client.submit(function, *call, pure=False, **kwargs))
            if len(pending) >= window:
                yield pending.pop(0).result()
        while pending:
            yield pending.pop(0).result()

    try:
        with Spool(output / ".facts") as spool:
            index = NameIndex()
            for batch in on_cluster(((b,) for b in batches(_timed(read_inputs(inputs), report.stage_seconds),
                                                           partition)), _read_batch):
                _first_pass_done(batch, report, index, spool)
                if progress:
                    progress(report.articles_read)
            identities = index.resolve()
            report.note_identities(identities)
            rejected = GraphWriter(output / "rejected.trig", "trig")
            with GraphWriter(output / "shared.nq", "nquads") as shared:
                work = ((facts, "nquads", check, identities.subset(names)) for names, facts in spool)
                for number, results in enumerate(on_cluster(work, _render_batch)):
                    lines: list[bytes] = []
                    for result in results:
                        before = len(shared.written)
                        if result.rejected:
                            rejected.write_chunk(result.rejected)
                        else:
                            lines.append(result.text)
                            shared.add_shared(result.shared)
                        report.record(result, len(shared.written) - before)
                    write_text(output / f"part-{number:05d}.nq", b"".join(lines))
                before = len(shared.written)
                shared.add_shared(nt_lines(post_dates(identities)))
                report.triples += len(shared.written) - before
        vocab = vocabulary()
        write_text(output / "vocabulary.nq", chunk(DKR["graph/vocabulary"], vocab, "nquads"))
        report.triples += len(vocab)
        if report.rejected:
            rejected.close()
            report.rejected_output = str(output / "rejected.trig")
        else:
            rejected.discard()
            rejected.close()
            (output / "rejected.trig").unlink(missing_ok=True)
    except BaseException:
        if rejected is not None:
            rejected.discard()
            rejected.close()
        raise
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    report.finish(started, output / "report.json")
    return report
