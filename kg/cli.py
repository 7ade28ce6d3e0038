"""Command line: kg build | validate | query | load | network | facts."""

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
    b.add_argument("-j", "--jobs", type=int, help="worker processes (default: all cores); the output is the same")
    b.add_argument("--dask", metavar="SCHEDULER",
                   help="run on a Dask cluster (an address, or 'local'); OUTPUT is then a folder of N-Quads parts")

    v = commands.add_parser("validate", help="check a graph against the SHACL shapes")
    v.add_argument("graph", type=Path)
    v.add_argument("--pyshacl", action="store_true",
                   help="validate with pyshacl instead of the compiled shapes (slower; the same results)")

    q = commands.add_parser("query", help="run a SPARQL query over a graph, a store or a server")
    q.add_argument("query", type=Path, nargs="?", help="a .rq file (or give the query with -e)")
    q.add_argument("-e", "--expression", help="the query text itself")
    source = q.add_mutually_exclusive_group()
    source.add_argument("--data", type=Path, help="an RDF file (default: out/graph.ttl)")
    source.add_argument("--store", type=Path, help="a persistent embedded store filled by 'kg load --store'")
    source.add_argument("--endpoint", help="a SPARQL query endpoint URL")
    q.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                   help="bind ?NAME to VALUE as an RDF term: <iri>, \"text\"@lang, or a plain string")
    q.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")
    add_network_options(q)

    ld = commands.add_parser("load", help="load a graph file into a persistent store or a SPARQL server")
    ld.add_argument("graph", type=Path, help="TriG or N-Quads keep one named graph per article")
    target = ld.add_mutually_exclusive_group(required=True)
    target.add_argument("--store", type=Path, help="a persistent embedded store (a folder)")
    target.add_argument("--endpoint", help="the server's Graph Store Protocol URL (or UPDATE URL with --method update)")
    ld.add_argument("--method", choices=["gsp", "update"], default="gsp",
                    help="HTTP PUT per graph (default), or SPARQL UPDATE INSERT DATA")
    add_network_options(ld)

    n = commands.add_parser("network", help="centrality of officials and states, as tables, GraphML, GEXF, PNG, RDF")
    n.add_argument("graph", type=Path, nargs="?", default=DEFAULT_OUTPUT, help="the graph (default: out/graph.ttl)")
    n.add_argument("-o", "--output", type=Path, default=Path("out/network"), help="folder (default: out/network)")
    n.add_argument("--since", help="only events on or after this ISO date")
    n.add_argument("--until", help="only events on or before this ISO date")
    n.add_argument("--pair", help="only events and commitments of two states, e.g. VN-US")

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

    from .pipeline import build, default_jobs, progress_printer

    def stop(signum, _frame):  # a kill ends the build like Ctrl-C: the writer drops its partial file
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)

    inputs = args.inputs or [DEFAULT_INPUT]
    if args.dask:
        from .pipeline import build_partitioned

        output = args.output if args.output != DEFAULT_OUTPUT else Path("out/parts")
        report = build_partitioned(inputs, output, args.dask, check=not args.no_validate, progress=progress_printer())
        print(report.summary())
        return report.exit_code
    try:
        report = build(inputs, args.output, args.format, check=not args.no_validate, progress=progress_printer(),
                       jobs=args.jobs or default_jobs())
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
    violations = validate(graph, engine="pyshacl" if args.pyshacl else "auto")
    print(readable(violations))
    return 0 if not violations else 5


def add_network_options(parser) -> None:
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    parser.add_argument("--retries", type=int, default=3, help="retries with backoff when a server fails (default 3)")


def cmd_query(args) -> int:
    from .endpoint import EndpointError, Settings
    from .endpoint import query as remote_query
    from .query import render
    from .store import open_store
    from .store import query as local_query

    if args.expression is None and args.query is None:
        print("kg query: give a .rq file or -e 'SELECT ...'", file=sys.stderr)
        return 2
    if args.expression is None and not args.query.is_file():
        print(f"kg query: no such query file: {args.query}", file=sys.stderr)
        return 2
    text = args.expression if args.expression is not None else args.query.read_text(encoding="utf-8")
    bindings = dict(b.split("=", 1) for b in args.bind if "=" in b)
    if len(bindings) != len(args.bind):
        print("kg query: --bind takes NAME=VALUE", file=sys.stderr)
        return 2
    try:
        if args.endpoint:
            answer = remote_query(args.endpoint, text, Settings(args.timeout, args.retries), bindings)
        else:
            data = None if args.store else (args.data or DEFAULT_OUTPUT)
            if data is not None and not data.is_file():
                print(f"kg query: no such graph file: {data} (run 'kg build' first)", file=sys.stderr)
                return 2
            answer = local_query(open_store(args.store, data), text, bindings)
    except EndpointError as error:
        print(f"kg query: {error}", file=sys.stderr)
        return 6
    except (SyntaxError, ValueError, OSError) as error:
        print(f"kg query: {error}", file=sys.stderr)
        return 2
    print(render(answer, args.format))
    return 0


def cmd_load(args) -> int:
    from .endpoint import Settings, load
    from .store import load_file, open_store

    if not args.graph.is_file():
        print(f"kg load: no such graph file: {args.graph}", file=sys.stderr)
        return 2
    try:
        if args.store:
            graphs = load_file(open_store(args.store), args.graph)
            print(f"Loaded {len(graphs)} graph(s), {sum(graphs.values())} triples, into {args.store}.")
            return 0
        report = load(args.graph, args.endpoint, Settings(args.timeout, args.retries), args.method)
    except (SyntaxError, ValueError, OSError) as error:
        print(f"kg load: {args.graph}: {error}", file=sys.stderr)
        return 2
    print(report.summary())
    return 0 if not report.failed else 6


def cmd_network(args) -> int:
    from .network import analyse

    if not args.graph.is_file():
        print(f"kg network: no such graph file: {args.graph} (run 'kg build' first)", file=sys.stderr)
        return 2
    pair = tuple(args.pair.upper().split("-", 1)) if args.pair else None
    if pair is not None and len(pair) != 2:
        print("kg network: --pair takes two codes, e.g. VN-US", file=sys.stderr)
        return 2
    results = analyse(args.graph, args.output, args.since, args.until, pair)
    for name, table in results.items():
        print(f"Most central {name} (PageRank, betweenness):")
        for row in table[:10]:
            print(f"  {row['label']:32} {row.get('country', ''):6} {row.get('pagerank', 0):.4f}  "
                  f"{row.get('betweenness', 0):.4f}")
    print(f"Wrote rankings (CSV, JSON), GraphML, GEXF, pictures and scores.ttl to {args.output}")
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


COMMANDS = {"build": cmd_build, "validate": cmd_validate, "query": cmd_query, "load": cmd_load,
            "network": cmd_network, "facts": cmd_facts}

if __name__ == "__main__":
    sys.exit(main())
