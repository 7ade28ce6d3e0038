"""Writers that stream one article graph at a time into one output file, atomically.

The file is written under a temporary name beside the target and renamed over it only
when complete, so an interrupted build leaves the previous output as it was.
Every format is written in a stable order, so the same input gives the same bytes.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.plugins.serializers.nt import _nt_row

from .namespaces import PREFIXES

FORMATS = {"ttl": "turtle", "turtle": "turtle", "trig": "trig", "nt": "nt", "ntriples": "nt",
           "nq": "nquads", "nquads": "nquads", "jsonld": "json-ld", "json-ld": "json-ld"}
SUFFIX = {"turtle": ".ttl", "trig": ".trig", "nt": ".nt", "nquads": ".nq", "json-ld": ".jsonld"}
PREFIX_LINE = re.compile(r"^@prefix [^\n]*\n", re.M)


def format_for(path: Path, requested: str | None) -> str:
    if requested:
        if requested.lower() not in FORMATS:
            raise ValueError(f"unknown format {requested!r}; choose one of {', '.join(sorted(FORMATS))}")
        return FORMATS[requested.lower()]
    return {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
            ".jsonld": "json-ld", ".json": "json-ld"}.get(path.suffix.lower(), "turtle")


class AtomicFile:
    """A text file that appears at its path only once closed without error."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        self.temp = Path(name)
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, text: str) -> None:
        self.handle.write(text)

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.temp, self.path)

    def abort(self) -> None:
        self.handle.close()
        self.temp.unlink(missing_ok=True)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind, *_) -> None:
        if kind is None:
            self.commit()
        else:
            self.abort()


def write_text(path: Path, text: str) -> None:
    with AtomicFile(path) as out:
        out.write(text)


def _turtle(graph: Graph) -> tuple[str, str]:
    """The prefix lines and the statements of a graph's Turtle; Turtle and TriG allow prefixes between graphs."""
    text = graph.serialize(format="turtle")
    return "".join(PREFIX_LINE.findall(text)), PREFIX_LINE.sub("", text).strip() + "\n"


def _ntriples(triples: Iterable[tuple]) -> list[str]:
    """N-Triples lines, sorted; written term by term, as rdflib's serializer does, without a Graph."""
    return sorted(_nt_row(triple)[:-1] for triple in triples)


def by_subject(triples: Iterable[tuple]) -> list[tuple[URIRef, list[tuple]]]:
    """Triples grouped by subject, in subject order."""
    groups: dict[URIRef, list[tuple]] = {}
    for triple in triples:
        groups.setdefault(triple[0], []).append(triple)
    return sorted(groups.items())


HEADER = {f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()}


def chunk(name: URIRef, triples: Graph | Iterable[tuple], fmt: str) -> str:
    """One named graph as text in a format, ready to append to the output (a JSON-LD entry
    without its separator). A pure function, so worker processes can make the chunks."""
    if fmt == "nt":
        return "".join(line + "\n" for line in _ntriples(triples))
    if fmt == "nquads":
        return "".join(f"{line[:-1].rstrip()} <{name}> .\n" for line in _ntriples(triples))
    from .mapping import graph_of

    graph = triples if isinstance(triples, Graph) else graph_of(sorted(triples))
    if fmt in ("turtle", "trig"):
        prefixes, body = _turtle(graph)
        extra = "".join(line + "\n" for line in prefixes.splitlines() if line not in HEADER)
        if fmt == "turtle":
            return f"# graph {name}\n{extra}{body}\n"
        return f"{extra}<{name}> {{\n{body}}}\n\n"
    nodes = sorted(json.loads(graph.serialize(format="json-ld")), key=lambda n: n.get("@id", ""))
    return json.dumps({"@id": str(name), "@graph": nodes}, ensure_ascii=False, sort_keys=True)


class GraphWriter:
    """Writes named graphs one after another in one of the supported formats."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.fmt = fmt
        self.out = AtomicFile(path)
        self.first = True
        self.written: set[tuple] = set()  # triples of shared things already written
        if fmt in ("turtle", "trig"):
            self.out.write("\n".join(sorted(HEADER)) + "\n\n")
        elif fmt == "json-ld":
            self.out.write('{"@graph": [\n')

    def add(self, name: URIRef, triples: Graph | Iterable[tuple]) -> None:
        self.write_chunk(chunk(name, triples, self.fmt))

    def write_chunk(self, text: str) -> None:
        if self.fmt == "json-ld" and not self.first:
            self.out.write(",\n")
        self.out.write(text)
        self.first = False

    def add_shared(self, triples) -> None:
        """Descriptions of shared things: each thing is a named graph of its own, and a triple
        already written for an earlier article is not written again."""
        fresh = [t for t in triples if t not in self.written]
        self.written.update(fresh)
        for subject, group in by_subject(fresh):
            self.add(subject, group)

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(self, kind, *_) -> None:
        if kind is None:
            if self.fmt == "json-ld":
                self.out.write("\n]}\n")
            self.out.commit()
        else:
            self.out.abort()
