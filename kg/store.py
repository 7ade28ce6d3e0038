"""Embedded SPARQL over pyoxigraph: in memory for one graph file, or a persistent store.

Queries look at the union of all named graphs, as the competency queries expect. Parameters
are bound as RDF terms: written as escaped N-Triples terms in an inline VALUES block at the
start of the query's WHERE pattern, so a value can never change the query's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

DEFAULT_PARAM = re.compile(r"^#\s*default\s+\?(\w+)\s*=\s*(.+?)\s*$", re.M)
FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
           ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
           ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}


@dataclass
class Answer:
    """A query's answer in one shape for every backend."""

    kind: str  # select, ask or graph
    columns: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    turtle: str = ""


def rdf_format(path: Path) -> ox.RdfFormat:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(f"{path}: unknown RDF file type {path.suffix!r}; "
                         "use .ttl, .trig, .nt, .nq or .jsonld") from None


def parse_term(value: str) -> ox.NamedNode | ox.Literal:
    """'<http://...>' is an IRI, '"x"@vi' or '"5"^^<...#integer>' a literal as written, anything else a string."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    if m := re.fullmatch(r'"(.*)"(?:@([A-Za-z-]+)|\^\^<([^>]+)>)?', value, re.S):
        text, lang, datatype = m.groups()
        if lang:
            return ox.Literal(text, language=lang)
        return ox.Literal(text, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(text)
    return ox.Literal(value)


def bindings_for(query: str, given: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """The query file's '# default ?name = value' lines, overridden by the values given."""
    values = {name: value for name, value in DEFAULT_PARAM.findall(query)}
    values.update(given)
    return {name: parse_term(value) for name, value in values.items()}


def with_bindings(query: str, given: dict[str, str]) -> str:
    """The query with its parameters bound: VALUES (?a ?b) { (term term) } opening the WHERE pattern."""
    bindings = bindings_for(query, given)
    if not bindings:
        return query
    names = sorted(bindings)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(bindings[n]) for n in names)}) }} "
    code = re.sub(r"#[^\n]*", lambda m: " " * len(m.group()), query)  # comments may hold braces
    where = re.search(r"(?i)\bWHERE\s*\{", code) or re.search(r"\{", code)
    if where is None:
        raise ValueError("the query has no WHERE pattern to bind parameters in")
    return query[:where.end()] + block + query[where.end():]


def term_text(term) -> str | None:
    if term is None:
        return None
    return term.value


def load_file(store: ox.Store, path: Path) -> dict[str, int]:
    """Load a graph file, replacing each named graph it holds; triples of its default graph go to
    a graph named after the file. Returns the number of quads per graph."""
    scratch = ox.Store()
    scratch.bulk_load(path=str(path), format=rdf_format(path))
    file_graph = ox.NamedNode(path.resolve().as_uri())
    by_graph: dict[str, list[ox.Quad]] = {}
    for quad in scratch:
        graph = file_graph if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name
        by_graph.setdefault(graph.value, []).append(ox.Quad(quad.subject, quad.predicate, quad.object, graph))
    for name, quads in sorted(by_graph.items()):
        graph = ox.NamedNode(name)
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        store.extend(quads)
    store.flush()
    return {name: len(quads) for name, quads in by_graph.items()}


def open_store(location: Path | None = None, data: Path | None = None) -> ox.Store:
    store = ox.Store(str(location)) if location else ox.Store()
    if data is not None:
        store.bulk_load(path=str(data), format=rdf_format(data))
    return store


def query(store: ox.Store, text: str, bindings: dict[str, str] | None = None) -> Answer:
    result = store.query(with_bindings(text, bindings or {}), use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        rows = [[term_text(solution[c]) for c in columns] for solution in result]
        return Answer("select", columns, rows)
    triples = list(result)
    graph = ox.Store()
    graph.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    return Answer("graph", turtle=graph.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()).decode())
