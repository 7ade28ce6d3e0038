"""Command line: kg build | validate | query | load | network | facts."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from .resources import MissingResource

CHECKOUT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = CHECKOUT / "examples" / "articles"  # the samples, in a checkout of the project (not in a wheel)
DEFAULT_OUTPUT = Path("out/graph.ttl")
EXIT_INTERNAL, EXIT_USAGE, EXIT_SERVER, EXIT_INTERRUPTED, EXIT_PIPE = 1, 2, 6, 130, 141


class Parser(argparse.ArgumentParser):
    """argparse, saying a usage error in one line (the usage is a --help away)."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def main(argv: list[str] | None = None) -> int:
    parser = Parser(prog="kg", description="Diplomatic-relations knowledge graph from news articles.")
    commands = parser.add_subparsers(dest="command", required=True)

    b = commands.add_parser("build", help="build the graph from articles (.txt, .html, .jsonl, folders)")
    b.add_argument("inputs", nargs="*", type=Path,
                   help="files or folders (default, in a checkout of the project: examples/articles)")
    b.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT, help="output file (default: out/graph.ttl)")
    b.add_argument("-f", "--format", help="ttl, trig, nt, nq or jsonld (default: from the output's suffix)")
    b.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    b.add_argument("-j", "--jobs", type=whole_number(1),
                   help="worker processes (default: all cores); the output is the same")
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
    ld.add_argument("graph", type=Path, help="any build output; TriG or N-Quads hold the named graphs as they are")
    target = ld.add_mutually_exclusive_group(required=True)
    target.add_argument("--store", type=Path, help="a persistent embedded store (a folder, made if missing)")
    target.add_argument("--endpoint", help="the server's Graph Store Protocol URL (or UPDATE URL with --method update)")
    ld.add_argument("--method", choices=["gsp", "update"], default="gsp",
                    help="HTTP PUT per graph (default), or SPARQL UPDATE INSERT DATA")
    add_network_options(ld)

    n = commands.add_parser("network", help="centrality of officials and states, as tables, GraphML, GEXF, PNG, RDF")
    n.add_argument("graph", type=Path, nargs="?", default=DEFAULT_OUTPUT, help="the graph (default: out/graph.ttl)")
    n.add_argument("-o", "--output", type=Path, default=Path("out/network"), help="folder (default: out/network)")
    n.add_argument("--since", type=iso_date, help="only events on or after this ISO date (2020, 2020-05, 2020-05-01)")
    n.add_argument("--until", type=iso_date, help="only events on or before this ISO date")
    n.add_argument("--pair", help="only events and commitments of two states, e.g. VN-US")

    pe = commands.add_parser("people", help="persons with their spellings, states, posts in time; unmerged look-alikes")
    pe.add_argument("graph", type=Path, nargs="?", default=DEFAULT_OUTPUT, help="the graph (default: out/graph.ttl)")
    pe.add_argument("--format", choices=["table", "json"], default="table")

    f = commands.add_parser("facts", help="print the facts read from articles as JSON")
    f.add_argument("inputs", nargs="+", type=Path)

    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)  # a kill ends a command as Ctrl-C does: cleanly
    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        what = "previous output left as it was" if args.command == "build" else "stopped"
        print(f"kg {args.command}: interrupted; {what}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of the output went away (| head): nothing more to say to it
        _quiet_stdout()
        return EXIT_PIPE
    except MissingResource as error:
        print(f"kg {args.command}: {error}", file=sys.stderr)
        return EXIT_INTERNAL
    except Exception as error:  # a one-line message, never a traceback; KG_DEBUG=1 shows where
        if os.environ.get("KG_DEBUG"):
            raise
        print(f"kg {args.command}: internal error: {type(error).__name__}: {error} "
              "(run with KG_DEBUG=1 for the traceback)", file=sys.stderr)
        return EXIT_INTERNAL


def _interrupt(signum, _frame):
    raise KeyboardInterrupt


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush does not fail again on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def emit(text: str) -> None:
    """Print the summary of work already done: if its reader went away (| head), the work still
    stands, and so does the command's exit status."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()


def whole_number(least: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least `least`, or a message saying what it is not."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"{value} must be at least {least}")
        return value
    return parse


def positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text} must be a number of seconds above 0")
    return value


def iso_date(text: str) -> str:
    """An ISO date as precise as wanted: 2020, 2020-05 or 2020-05-01 (checked to be a real date)."""
    from .network import window_date

    try:
        return str(window_date(text))
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def missing(paths: list[Path]) -> list[Path]:
    return [p for p in paths if not p.exists()]


def cmd_build(args) -> int:
    import warnings

    from .api import BuildWarning, NothingBuilt, build_graph
    from .pipeline import default_jobs, progress_printer

    if not args.inputs and not DEFAULT_INPUT.is_dir():
        print("kg build: give the articles to build (files or folders of .txt, .html, .jsonl); the sample "
              "articles are in examples/articles of the project's source", file=sys.stderr)
        return EXIT_USAGE
    inputs = args.inputs or [DEFAULT_INPUT]
    if gone := missing(inputs):
        print(f"kg build: no such file or folder: {', '.join(map(str, gone))}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.dask:
            from .pipeline import build_partitioned

            output = args.output if args.output != DEFAULT_OUTPUT else Path("out/parts")
            report = build_partitioned(inputs, output, args.dask, check=not args.no_validate,
                                       progress=progress_printer())
        else:
            if args.output.is_dir():
                print(f"kg build: the output {args.output} is a folder; give a file, e.g. {args.output / 'graph.ttl'}",
                      file=sys.stderr)
                return EXIT_USAGE
            with warnings.catch_warnings():  # the summary below says what the warning would
                warnings.simplefilter("ignore", BuildWarning)
                graph = build_graph(inputs, args.output, format=args.format, validate=not args.no_validate,
                                    jobs=args.jobs or default_jobs(), progress=progress_printer())
            assert graph.report is not None
            report = graph.report
    except NothingBuilt as error:
        if error.report is None:  # not one article file in the inputs
            print(f"kg build: {error}; nothing written", file=sys.stderr)
            return 4
        report = error.report
    except ValueError as error:
        print(f"kg build: {error}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:
        where = error.filename or args.output
        print(f"kg build: cannot write {where}: {error.strerror or error}; previous output left as it was",
              file=sys.stderr)
        return EXIT_USAGE
    emit(report.summary())
    return report.exit_code


def cmd_validate(args) -> int:
    from .api import validate
    from .formats import load

    if not args.graph.is_file():
        print(f"kg validate: no such file: {args.graph}", file=sys.stderr)
        return EXIT_USAGE
    try:
        dataset = load(args.graph)
    except Exception as error:
        print(f"kg validate: {args.graph} is not readable RDF: {_one_line(error)}", file=sys.stderr)
        return EXIT_USAGE
    report = validate(dataset, engine="pyshacl" if args.pyshacl else "auto")
    print(report.text)
    return 0 if report.conforms else 5


def _one_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def add_network_options(parser) -> None:
    parser.add_argument("--timeout", type=positive_seconds, default=30.0, help="seconds per request (default 30)")
    parser.add_argument("--retries", type=whole_number(0), default=3,
                        help="retries with backoff when a server fails (default 3)")


def cmd_query(args) -> int:
    from .api import answer
    from .endpoint import EndpointError
    from .formats import render
    from .store import open_store

    if args.expression is None and args.query is None:
        print("kg query: give a .rq file or -e 'SELECT ...'", file=sys.stderr)
        return EXIT_USAGE
    if args.expression is None and not args.query.is_file():
        print(f"kg query: no such query file: {args.query}", file=sys.stderr)
        return EXIT_USAGE
    text = args.expression if args.expression is not None else args.query.read_text(encoding="utf-8")
    bindings = dict(b.split("=", 1) for b in args.bind if "=" in b)
    if len(bindings) != len(args.bind):
        print("kg query: --bind takes NAME=VALUE", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.endpoint:
            got = answer(args.endpoint, text, bindings, timeout=args.timeout, retries=args.retries)
        else:
            data = None if args.store else (args.data or DEFAULT_OUTPUT)
            if data is not None and not data.is_file():
                print(f"kg query: no such graph file: {data} (run 'kg build' first)", file=sys.stderr)
                return EXIT_USAGE
            got = in_thread(lambda: answer(open_store(args.store, data), text, bindings))
    except EndpointError as error:
        print(f"kg query: {error}", file=sys.stderr)
        return EXIT_SERVER
    except (SyntaxError, ValueError, OSError) as error:
        print(f"kg query: {_one_line(error)}", file=sys.stderr)
        return EXIT_USAGE
    print(render(got, args.format))
    return 0


def in_thread(work):
    """work() in a thread, so Ctrl-C stops a long embedded query: the store evaluates it outside
    Python, where the interrupt would wait for it to end. The thread is left to the process's end."""
    import threading

    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed to the caller's thread
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True, name="kg-query")
    thread.start()
    while thread.is_alive():
        thread.join(0.1)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def cmd_load(args) -> int:
    from .endpoint import Settings, load
    from .store import load_file, open_store

    if not args.graph.is_file():
        print(f"kg load: no such graph file: {args.graph}", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.store:
            if args.store.exists() and not args.store.is_dir():
                print(f"kg load: the store {args.store} is a file; give a folder", file=sys.stderr)
                return EXIT_USAGE
            graphs = load_file(open_store(args.store, create=True), args.graph)
            emit(f"Loaded {len(graphs)} graph(s), {sum(graphs.values())} triples, into {args.store}.")
            return 0
        report = load(args.graph, args.endpoint, Settings(args.timeout, args.retries), args.method,
                      progress=load_progress())
    except (SyntaxError, ValueError, OSError) as error:
        print(f"kg load: {args.graph}: {_one_line(error)}", file=sys.stderr)
        return EXIT_USAGE
    emit(report.summary())
    if report.interrupted:
        return EXIT_INTERRUPTED
    return 0 if not report.failed else EXIT_SERVER


def load_progress(every: int = 100):
    def show(done: int, total: int) -> None:
        if done % every == 0:
            print(f"  {done}/{total} graphs ...", file=sys.stderr, flush=True)
    return show


def cmd_network(args) -> int:
    from .api import networks
    from .network import write_networks

    if not args.graph.is_file():
        print(f"kg network: no such graph file: {args.graph} (run 'kg build' first)", file=sys.stderr)
        return EXIT_USAGE
    pair = tuple(args.pair.upper().split("-", 1)) if args.pair else None
    if pair is not None and (len(pair) != 2 or not all(pair)):
        print("kg network: --pair takes two codes, e.g. VN-US", file=sys.stderr)
        return EXIT_USAGE
    if args.output.exists() and not args.output.is_dir():
        print(f"kg network: the output {args.output} is a file; give a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        found = networks(args.graph, args.since, args.until, args.pair)
    except (SyntaxError, ValueError) as error:
        print(f"kg network: {args.graph} is not readable RDF: {_one_line(error)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        results = write_networks(found, args.output)
    except OSError as error:
        print(f"kg network: cannot write {error.filename or args.output}: {error.strerror or error}",
              file=sys.stderr)
        return EXIT_USAGE
    lines = []
    for name, table in results.items():
        lines.append(f"Most central {name} (PageRank, betweenness):")
        for row in table[:10]:
            lines.append(f"  {row['label']:32} {row.get('country', ''):6} {row.get('pagerank', 0):.4f}  "
                         f"{row.get('betweenness', 0):.4f}")
    lines.append(f"Wrote rankings (CSV, JSON), GraphML, GEXF, pictures and scores.ttl to {args.output}")
    emit("\n".join(lines))
    return 0


def cmd_facts(args) -> int:
    """The facts of each article as a JSON line; the exit status as kg build's: 3 if an input was skipped,
    4 if nothing was read."""
    from .api import iter_facts
    from .ingest import Problem

    if gone := missing(args.inputs):
        print(f"kg facts: no such file or folder: {', '.join(map(str, gone))}", file=sys.stderr)
        return EXIT_USAGE
    read = skipped = 0
    for item in iter_facts(args.inputs):
        if isinstance(item, Problem):
            print(f"skipped {item.source}: {item.reason}", file=sys.stderr)
            skipped += 1
            continue
        print(json.dumps(item.to_dict(), ensure_ascii=False))
        read += 1
    if read == 0:
        if not skipped:
            print(f"kg facts: no articles found in {', '.join(map(str, args.inputs))}", file=sys.stderr)
        return 4
    return 3 if skipped else 0


def cmd_people(args) -> int:
    from .people import people, table

    if not args.graph.is_file():
        print(f"kg people: no such graph file: {args.graph} (run 'kg build' first)", file=sys.stderr)
        return EXIT_USAGE
    try:
        rows, doubts = people(args.graph)
    except (SyntaxError, ValueError) as error:
        print(f"kg people: {args.graph} is not readable RDF: {_one_line(error)}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        emit(json.dumps({"people": rows, "likely_duplicates": doubts}, ensure_ascii=False, indent=2))
    else:
        emit(table(rows, doubts))
    return 0


COMMANDS = {"build": cmd_build, "validate": cmd_validate, "query": cmd_query, "load": cmd_load,
            "network": cmd_network, "people": cmd_people, "facts": cmd_facts}

if __name__ == "__main__":
    sys.exit(main())
