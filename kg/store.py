"""Embedded SPARQL over pyoxigraph: in memory for one graph file, or a persistent store.

Queries look at the union of all named graphs, as the competency queries expect. Parameters
are bound as RDF terms: written as escaped N-Triples terms in an inline VALUES block at the
start of the query's WHERE pattern, so a value can never change the query's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .results import Term, from_oxigraph

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_PARAM = re.compile(r"^#\s*default\s+\?(\w+)\s*=\s*(.+?)\s*$", re.M)
FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".trig": ox.RdfFormat.TRIG, ".nt": ox.RdfFormat.N_TRIPLES,
           ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
           ".rdf": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}


@dataclass
class Answer:
    """A query's answer in one shape for every backend: rows of strings (what kg query prints) and the
    same rows as RDF terms, with their datatypes (what to_dataframe types its columns by)."""

    kind: str  # select, ask or graph
    columns: list[str] = field(default_factory=list)
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    turtle: str = ""
    terms: list[list[Term | None]] = field(default_factory=list)

    @classmethod
    def select(cls, columns: list[str], terms: list[list[Term | None]]) -> Answer:
        """A SELECT answer from its terms; the strings are their lexical forms (a blank node's bare id)."""
        rows = [[None if t is None else t.value for t in row] for row in terms]
        return cls("select", columns, rows, terms=terms)

    def to_dataframe(self) -> pd.DataFrame:
        """The rows as a DataFrame with typed columns (kg/results.py says which types)."""
        from .results import to_dataframe

        if self.kind != "select":
            raise ValueError(f"a {self.kind} answer has no rows")
        return to_dataframe(self.columns, self.terms)


def rdf_format(path: Path) -> ox.RdfFormat:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(f"{path}: unknown RDF file type {path.suffix!r}; "
                         "use .ttl, .trig, .nt, .nq or .jsonld") from None


def parse_term(value: str) -> ox.NamedNode | ox.Literal:
    """'<http://...>' is an IRI, '"x"@vi' or '"5"^^<...#integer>' a literal as written, anything else
    a string, spaces and all."""
    if value.startswith("<") and value.endswith(">"):
        return ox.NamedNode(value[1:-1])
    if m := re.fullmatch(r'"(.*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^<([^>]+)>)?', value, re.S):
        text, lang, datatype = m.groups()
        if lang:
            return ox.Literal(text, language=lang)
        return ox.Literal(text, datatype=ox.NamedNode(datatype)) if datatype else ox.Literal(text)
    return ox.Literal(value)


VARIABLE_NAME = re.compile(r"[A-Za-z_0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF"
                           r"\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
                           r"\u00B7\u0300-\u036F\u203F-\u2040]+")  # SPARQL's VARNAME


def variables_of(query: str) -> set[str]:
    """The names of the variables the query uses (?x and $x), comments and strings aside."""
    return set(re.findall(r"[?$](" + VARIABLE_NAME.pattern + ")", code_only(query)))


def code_only(query: str) -> str:
    """The query with its comments and the text of its string literals blanked, of the same length (a
    '?x', '{' or '#' in a string is none of the query's); IRIs are kept, as a '#' in one opens no comment."""
    out, at = [], 0
    for m in re.finditer(r'<[^<>"{}|^`\\\s]*>|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                         r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*', query):
        out.append(query[at:m.start()])
        token = m.group()
        out.append(token if token.startswith("<") else re.sub(r"[^\n]", " ", token))
        at = m.end()
    out.append(query[at:])
    return "".join(out)


def check_name(name: str) -> str:
    """A parameter's name as given ('year', '?year' or '$year'), checked to be a SPARQL variable name."""
    bare = name[1:] if name[:1] in "?$" else name
    if not VARIABLE_NAME.fullmatch(bare):
        raise ValueError(f"--bind: {name!r} is not a SPARQL variable name (letters, digits and '_')")
    return bare


def bindings_for(query: str, given: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """The query file's '# default ?name = value' lines, overridden by the values given. Every name must
    be one of the query's variables: a name the query does not use binds nothing, which is a mistake."""
    values = {name: value for name, value in DEFAULT_PARAM.findall(query)}
    used = variables_of(query)
    for name, value in given.items():
        bare = check_name(name)
        if bare not in used:
            known = ", ".join("?" + v for v in sorted(used)) or "none"
            raise ValueError(f"--bind: the query has no variable ?{bare} (its variables: {known})")
        values[bare] = value
    return {name: parse_term(value) for name, value in values.items() if name in used}


def with_bindings(query: str, given: dict[str, str]) -> str:
    """The query with its parameters bound: VALUES (?a ?b) { (term term) } opening the WHERE pattern.
    Names are checked to be the query's variables and values are written as RDF terms, so neither can
    change the query's shape."""
    bindings = bindings_for(query, given)
    if not bindings:
        return query
    names = sorted(bindings)
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(bindings[n]) for n in names)}) }} "
    code = code_only(query)
    where = re.search(r"(?i)\bWHERE\s*\{", code) or re.search(r"\{", code)
    if where is None:
        raise ValueError("the query has no WHERE pattern to bind parameters in")
    return query[:where.end()] + block + query[where.end():]


def load_file(store: ox.Store, path: Path) -> dict[str, int]:
    """Load a graph file, replacing each named graph it holds (graph_quads says which).
    Returns the number of quads per graph."""
    by_graph = graph_quads(path)
    for name, quads in sorted(by_graph.items()):
        graph = ox.NamedNode(name)
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        store.extend(ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads)
    store.flush()
    return {name: len(quads) for name, quads in by_graph.items()}


DKR = "https://w3id.org/diplokg/resource/"
ARTICLE_CLASS = ox.NamedNode("https://w3id.org/diplokg/ontology#Article")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DERIVED_FROM = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
VOCABULARY_GRAPH = DKR + "graph/vocabulary"


def graph_quads(path: Path) -> dict[str, list[ox.Quad]]:
    """The quads of a file by the named graph they belong in. Named graphs stay as they are. Triples of
    the default graph of a build of this project (a Turtle or N-Triples output, which has articles but
    no named graphs) go to the graphs a TriG build has, so that loading either gives the same store and
    never doubles a fact: each article's own graph, each shared thing's graph, the vocabulary's graph.
    Other default-graph triples go to a graph named after the file."""
    scratch = ox.Store()
    scratch.bulk_load(path=str(path), format=rdf_format(path))
    by_graph: dict[str, list[ox.Quad]] = {}
    default = list(scratch.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    for quad in scratch:
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            by_graph.setdefault(quad.graph_name.value, []).append(quad)
    if not default:
        return by_graph
    if any(q.predicate == RDF_TYPE and q.object == ARTICLE_CLASS for q in default):
        for name, quads in _as_built(default).items():
            by_graph.setdefault(name, []).extend(quads)
    else:
        by_graph.setdefault(path.resolve().as_uri(), []).extend(default)
    return by_graph


def _as_built(quads: list[ox.Quad]) -> dict[str, list[ox.Quad]]:
    """Build triples by the graph the builder writes them in: a triple about a node read from an article
    (or pointing at one, as an inverse does) in that article's graph; the ontology's own in the
    vocabulary graph; the rest, descriptions of shared things, in a graph named after their subject."""
    from .rdf.mapping import vocabulary

    article_of: dict = {}
    for q in quads:
        if q.predicate == RDF_TYPE and q.object == ARTICLE_CLASS:
            article_of[q.subject] = _value(q.subject)
    for q in quads:
        if q.predicate == DERIVED_FROM and q.object in article_of:
            article_of[q.subject] = article_of[q.object]
    ontology = {str(s) for s in vocabulary().subjects()}
    by_graph: dict[str, list[ox.Quad]] = {}
    for q in quads:
        name = article_of.get(q.subject) or article_of.get(q.object)
        if name is None:
            subject = _value(q.subject)
            name = VOCABULARY_GRAPH if subject in ontology else subject
        by_graph.setdefault(name, []).append(q)
    return by_graph


def _value(term: ox.NamedNode | ox.BlankNode | ox.Triple) -> str:
    """An IRI or a blank node's id; a quoted triple (RDF-star) as written."""
    return str(term) if isinstance(term, ox.Triple) else term.value


def open_store(location: Path | None = None, data: Path | None = None, create: bool = False) -> ox.Store:
    """A persistent store (a folder: made if create, else it must exist) or an in-memory one, with a
    graph file loaded in its default graph."""
    if location is not None:
        if create:
            location.mkdir(parents=True, exist_ok=True)
        elif not (location / "CURRENT").is_file():  # a store's folder holds its database's CURRENT file
            what = "no such store" if not location.exists() else "not a store (no database in it)"
            raise FileNotFoundError(f"{what}: {location} (fill one with 'kg load GRAPH --store {location}')")
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
        seen: dict = {}  # IRIs and codes recur from row to row: each term converted once per answer

        def term(value: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Term | None:
            found = seen.get(value)
            if found is None:
                found = seen[value] = from_oxigraph(value)
            return found
        return Answer.select(columns, [[term(value) for value in solution] for solution in result])
    triples = list(result)
    graph = ox.Store()
    graph.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    turtle = graph.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()) or b""
    return Answer("graph", turtle=turtle.decode())
