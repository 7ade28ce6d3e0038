"""Writers that stream one article graph at a time into one output file, atomically.

The file is written under a temporary name beside the target and renamed over it only
when complete, so an interrupted build leaves the previous output as it was.
Every format is written in a stable order, so the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.serializers.nt import _quoteLiteral

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
    """A UTF-8 text file that appears at its path only once closed without error. It takes text
    already encoded too: workers send their articles' graphs as bytes, so the writer need not
    decode and encode again what it only passes on.

    The temporary file is locked (flock) while it is written, so a later build can tell the
    leftovers of a build that was killed (unlocked) from a build still running (locked), and
    remove them (remove_stale_parts)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.is_dir():
            raise IsADirectoryError(f"{path} is a folder; give a file name for the output")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        self.temp = Path(name)
        try:
            os.chmod(fd, 0o666 & ~_umask())  # as an ordinary new file, not mkstemp's owner-only mode
            _lock(fd)
        except BaseException:
            os.close(fd)
            self.temp.unlink(missing_ok=True)
            raise
        self.handle = os.fdopen(fd, "wb")

    def write(self, text: str | bytes) -> None:
        self.handle.write(text.encode() if isinstance(text, str) else text)

    def commit(self) -> None:
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self.temp, self.path)
        except BaseException:
            self.abort()
            raise

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


def _lock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # not on this system: leftovers are then never removed, only ignored
        return
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def remove_stale_parts(path: Path) -> list[Path]:
    """Remove the temporary files that builds killed while writing path left beside it (SIGKILL or
    a power cut give no chance to clean up); a build still writing holds its file locked and keeps it."""
    try:
        import fcntl
    except ImportError:
        return []
    removed = []
    try:
        leftovers = list(path.parent.glob(f".{glob_escape(path.name)}.*.part"))
    except OSError:
        return []
    for part in leftovers:
        try:
            fd = os.open(part, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            continue  # locked: a build is writing it
        else:
            part.unlink(missing_ok=True)
            removed.append(part)
        finally:
            os.close(fd)
    return removed


def glob_escape(name: str) -> str:
    from glob import escape

    return escape(name)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path: Path, text: str | bytes) -> None:
    with AtomicFile(path) as out:
        out.write(text)


def _turtle(graph: Graph) -> tuple[str, str]:
    """The prefix lines and the statements of a graph's Turtle; Turtle and TriG allow prefixes between graphs."""
    text = graph.serialize(format="turtle")
    return "".join(PREFIX_LINE.findall(text)), PREFIX_LINE.sub("", text).strip() + "\n"


RDF_TYPE = RDF.type
LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda n: -len(n[0]))


def _turtle_term(term) -> str:
    """A term in Turtle: a prefixed name where the project's prefixes allow one, else as in N-Triples."""
    if isinstance(term, URIRef):
        for namespace, prefix in NAMESPACES:
            if term.startswith(namespace) and LOCAL_NAME.fullmatch(term, len(namespace)):
                return f"{prefix}:{term[len(namespace):]}"
    return _nt_term(term, {})


def turtle_statements(triples: Iterable[tuple]) -> str:
    """Turtle of a set of triples, a block per subject in subject order with rdf:type first:
    the same text for the same triples, made without building a Graph (rdflib's serializer
    costs ten times what writing N-Triples does)."""
    blocks = []
    for subject, group in sorted(_group(triples).items()):
        predicates = []
        for predicate, objects in sorted(group.items(), key=lambda po: (po[0] != RDF_TYPE, po[0])):
            verb = "a" if predicate == RDF_TYPE else _turtle_term(predicate)
            predicates.append(f"{verb} " + ",\n        ".join(sorted(_turtle_term(o) for o in objects)))
        blocks.append(f"{_turtle_term(subject)} " + " ;\n    ".join(predicates) + " .\n")
    return "\n".join(blocks)


def _group(triples: Iterable[tuple]) -> dict:
    grouped: dict = {}
    for s, p, o in triples:
        grouped.setdefault(s, {}).setdefault(p, []).append(o)
    return grouped


NOT_IN_IRI = re.compile(r'[<>" {}|\\^`]')  # what rdflib refuses to write in an IRI


def _nt_term(term, iris: dict) -> str:
    """A term as rdflib's N-Triples serializer writes it (the same IRI check, the same escapes).
    iris: the IRIs written so far in this call; an IRI recurs in most of its node's lines."""
    if isinstance(term, URIRef):
        text = iris.get(term)
        if text is None:
            text = iris[term] = _iri_text(str(term))
        return text
    return _quoteLiteral(term) if isinstance(term, Literal) else term.n3()


@lru_cache(maxsize=4096)
def _iri_text(iri: str) -> str:
    """An IRI as N-Triples writes it, checked once: the ontology's terms, codes, states and officials
    recur in article after article (keyed by plain str, which compares in C; rdflib's terms do not).
    An article's own IRIs do not recur: the least recently used go, so memory stays small."""
    if NOT_IN_IRI.search(iri):
        raise ValueError(f'"{iri}" does not look like a valid IRI; it cannot be written')
    return f"<{iri}>"


def nt_lines(triples: Iterable[tuple]) -> list[str]:
    """N-Triples lines (without the line break), written term by term as rdflib's serializer does,
    without a Graph; lines_chunk puts them in order. Lines are also what workers hand the writer:
    cheaper to send between processes than rdflib terms, and compared as plain strings."""
    iris: dict = {}
    return [f"{_nt_term(s, iris)} {_nt_term(p, iris)} {_nt_term(o, iris)} ." for s, p, o in triples]


def by_subject(lines: Iterable[str]) -> list[tuple[URIRef, list[str]]]:
    """N-Triples lines grouped by their subject (always an IRI here), in subject order."""
    groups: dict[str, list[str]] = {}
    for line in lines:
        groups.setdefault(line[:line.index(" ")], []).append(line)
    return [(URIRef(subject[1:-1]), group) for subject, group in sorted(groups.items())]


HEADER = {f"@prefix {p}: <{ns}> ." for p, ns in PREFIXES.items()}


def chunk(name: URIRef, triples: Graph | Iterable[tuple], fmt: str) -> str:
    """One named graph as text in a format, ready to append to the output (a JSON-LD entry
    without its separator). A pure function, so worker processes can make the chunks."""
    if fmt in ("nt", "nquads"):
        return lines_chunk(name, nt_lines(triples), fmt)
    if fmt in ("turtle", "trig") and not isinstance(triples, Graph):
        body = turtle_statements(triples)
        return f"# graph {name}\n{body}\n" if fmt == "turtle" else f"<{name}> {{\n{body}}}\n\n"
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


def lines_chunk(name: URIRef, lines: list[str], fmt: str) -> str:
    """chunk() of a named graph given as N-Triples lines."""
    if fmt == "nt":
        return "".join(line + "\n" for line in sorted(lines))
    if fmt == "nquads":  # each line ends " ."; the graph's name goes before that
        in_graph = f" <{name}> .\n"
        return "".join([line[:-2] + in_graph for line in sorted(lines)])
    return chunk(name, set(Graph().parse(data="\n".join(lines), format="nt")), fmt)


class GraphWriter:
    """Writes named graphs one after another in one of the supported formats."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.fmt = fmt
        self.out = AtomicFile(path)
        self.first = True
        self.discarded = False
        self.written: set[bytes] = set()  # digests of the shared triples already written
        if fmt in ("turtle", "trig"):
            self.out.write("\n".join(sorted(HEADER)) + "\n\n")
        elif fmt == "json-ld":
            self.out.write('{"@graph": [\n')

    def add(self, name: URIRef, triples: Graph | Iterable[tuple]) -> None:
        self.write_chunk(chunk(name, triples, self.fmt))

    def write_chunk(self, text: str | bytes) -> None:
        if self.fmt == "json-ld" and not self.first:
            self.out.write(",\n")
        self.out.write(text)
        self.first = False

    def add_shared(self, lines: list[str]) -> None:
        """Descriptions of shared things, as N-Triples lines: each thing is a named graph of its
        own, and a triple already written for an earlier article is not written again."""
        fresh = []
        for line in lines:
            # a 128-bit digest, not the line: a third of the memory over millions of shared
            # triples, and a collision (which would drop a triple) is out of reach (~2^-64)
            digest = hashlib.blake2b(line.encode(), digest_size=16).digest()
            if digest not in self.written:
                self.written.add(digest)
                fresh.append(line)
        for subject, group in by_subject(fresh):
            self.write_chunk(lines_chunk(subject, group, self.fmt))

    def discard(self) -> None:
        """Leave the previous file at the path as it was, whatever happens next."""
        self.discarded = True

    def close(self) -> None:
        """Finish the file: in place, or dropped if discarded."""
        if self.discarded:
            self.out.abort()
            return
        if self.fmt == "json-ld":
            self.out.write("\n]}\n")
        self.out.commit()

    def __enter__(self) -> GraphWriter:
        return self

    def __exit__(self, kind, *_) -> None:
        if kind is None:
            self.close()
        else:
            self.out.abort()
