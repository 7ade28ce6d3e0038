"""Command line: kg build | validate | query | facts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEFAULT_INPUT = Path(__file__).resolve().parents[1] / "examples" / "articles"
DEFAULT_OUTPUT = Path("out/graph.ttl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kg", description="Diplomatic-relations knowledge graph from news articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    b = commands.add_parser("build", help="build the graph from articles (.txt, .html, .jsonl, folders)")
    b.add_argument("inputs", nargs="*", type=Path, help=f"files or folders (default: {DEFAULT_INPUT})")
    b.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT, help="output file (default: out/graph.ttl)")
    b.add_argument("-f", "--format", help="ttl, trig, nt, nq or jsonld (default: from the output's suffix)")
    b.add_argument("--no-validate", action="store_true", help="skip SHACL validation")

    v = commands.add_parser("validate", help="check a graph against the SHACL shapes")
    v.add_argument("graph", type=Path)

    q = commands.add_parser("query", help="run a SPARQL query over a graph")
    q.add_argument("query", type=Path, help="a .rq file")
    q.add_argument("--data", type=Path, default=DEFAULT_OUTPUT, help="the graph (default: out/graph.ttl)")
    q.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")

    f = commands.add_parser("facts", help="print the facts read from articles as JSON")
    f.add_argument("inputs", nargs="+", type=Path)

    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("kg: interrupted; previous output left as it was", file=sys.stderr)
        return 130


def cmd_build(args) -> int:
    import signal

    from .pipeline import build, progress_printer

    def stop(signum, _frame):  # a kill ends the build like Ctrl-C: the writer drops its partial file
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)

    inputs = args.inputs or [DEFAULT_INPUT]
    try:
        report = build(inputs, args.output, args.format, check=not args.no_validate, progress=progress_printer())
    except ValueError as error:
        print(f"kg build: {error}", file=sys.stderr)
        return 2
    print(report.summary())
    return report.exit_code


def cmd_validate(args) -> int:
    from rdflib import Graph

    from .query import load
    from .rdf.reason import materialize
    from .rdf.validate import readable, validate

    if not args.graph.is_file():
        print(f"kg validate: no such file: {args.graph}", file=sys.stderr)
        return 2
    try:
        dataset = load(args.graph)
    except Exception as error:
        print(f"kg validate: {args.graph} is not readable RDF: {error}", file=sys.stderr)
        return 2
    graph = Graph()
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    materialize(graph)
    violations = validate(graph)
    print(readable(violations))
    return 0 if not violations else 5


def cmd_query(args) -> int:
    from .query import load, run

    for path, what in ((args.query, "query"), (args.data, "graph")):
        if not path.is_file():
            print(f"kg query: no such {what} file: {path}", file=sys.stderr)
            return 2
    try:
        print(run(load(args.data), args.query.read_text(encoding="utf-8"), args.format))
    except Exception as error:
        print(f"kg query: {error}", file=sys.stderr)
        return 2
    return 0


def cmd_facts(args) -> int:
    from .extract import extract
    from .ingest import Problem, read_inputs

    for item in read_inputs(args.inputs):
        if isinstance(item, Problem):
            print(f"skipped {item.source}: {item.reason}", file=sys.stderr)
            continue
        print(json.dumps(extract(item).to_dict(), ensure_ascii=False))
    return 0


COMMANDS = {"build": cmd_build, "validate": cmd_validate, "query": cmd_query, "facts": cmd_facts}

if __name__ == "__main__":
    sys.exit(main())
