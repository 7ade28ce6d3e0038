"""The build: read, extract, map, reason, validate and write, one article at a time."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .clean import language_problem
from .extract import extract
from .ingest import Problem, read_inputs
from .lexicon import lexicon
from .rdf.mapping import to_graphs, vocabulary
from .rdf.namespaces import DKR, article_iri
from .rdf.reason import materialize
from .rdf.validate import validate
from .rdf.write import GraphWriter, format_for, write_text

EXIT_OK, EXIT_SKIPPED, EXIT_NOTHING, EXIT_INVALID = 0, 3, 4, 5


@dataclass
class BuildReport:
    output: str
    format: str
    articles_read: int = 0
    skipped: list[dict] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    triples: int = 0
    inferred_triples: int = 0
    violations: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        if self.articles_read == 0:
            return EXIT_NOTHING
        if self.violations:
            return EXIT_INVALID
        return EXIT_SKIPPED if self.skipped else EXIT_OK

    def summary(self) -> str:
        lines = [f"Read {self.articles_read} article(s); skipped {len(self.skipped)}."]
        lines += [f"  skipped {s['source']}: {s['reason']}" for s in self.skipped]
        facts = ", ".join(f"{n} {kind}" for kind, n in self.facts.items())
        lines.append(f"Facts: {facts or 'none'}.")
        lines.append(f"Wrote {self.triples} triples ({self.inferred_triples} inferred) to {self.output} "
                     f"as {self.format}.")
        lines.append("SHACL: conforms." if not self.violations else
                     f"SHACL: {len(self.violations)} violation(s); run 'kg validate {self.output}' for the report.")
        lines.append(f"Time: {self.seconds:.2f} s.")
        return "\n".join(lines)


def build(inputs: list[Path], output: Path, fmt: str | None = None, check: bool = True,
          progress: Callable[[int], None] | None = None) -> BuildReport:
    started = time.perf_counter()
    fmt = format_for(output, fmt)
    report = BuildReport(output=str(output), format=fmt)
    counts: Counter[str] = Counter()
    with GraphWriter(output, fmt) as writer:
        vocab = vocabulary()
        writer.add(DKR["graph/vocabulary"], vocab)
        report.triples += len(vocab)
        for item in read_inputs(inputs):
            if isinstance(item, Problem):
                report.skipped.append(asdict(item))
                continue
            try:
                facts = extract(item)
            except Exception as error:  # one bad article must not stop the run
                report.skipped.append({"source": item.source, "reason": f"could not be read: {error!r}"})
                continue
            if problem := language_problem(facts.article.text, lexicon()):
                report.skipped.append({"source": item.source, "reason": problem})
                continue
            graph, shared = to_graphs(facts)
            report.inferred_triples += materialize(graph) + materialize(shared)
            if check:
                report.violations += [asdict(v) for v in validate(graph + shared)]
            writer.add(article_iri(facts.article.id), graph)
            before = len(writer.written)
            writer.add_shared(shared)
            report.triples += len(graph) + len(writer.written) - before
            report.articles_read += 1
            counts.update({"officials": len(facts.officials), "events": len(facts.events),
                           "partnerships": len(facts.partnerships), "commitments": len(facts.commitments)})
            if progress:
                progress(report.articles_read)
    report.facts = dict(counts)
    report.seconds = time.perf_counter() - started
    write_text(report_path(output), json.dumps(asdict(report), ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    return report


def report_path(output: Path) -> Path:
    return output.with_name(output.name + ".report.json")


def progress_printer(every: int = 100) -> Callable[[int], None]:
    def show(n: int) -> None:
        if n % every == 0:
            print(f"  {n} articles ...", file=sys.stderr, flush=True)
    return show
