"""The Python API: build a graph, read the facts, query, validate and analyse networks from a notebook.

Everything the command line does goes through these functions (kg/cli.py parses the options, calls
them and prints), so a notebook and `kg build` give the same triples, answers and networks.

>>> import kg
>>> story = ("Vietnamese Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister "
...          "Hayashi Yoshimasa in Tokyo on September 20, 2023. The two sides agreed to step up "
...          "cooperation in trade, investment and climate change.")
>>> g = kg.build_graph([kg.Article(text=story, url="https://example.org/talks", published="2023-09-20")])
>>> g
<KnowledgeGraph: 1 article, ... statements in memory>
>>> df = kg.query(g, "cq_events.rq")  # a query that comes with kg, by name; or a file, or the text
>>> df[["type", "date", "date_precision", "location"]]
                                         type       date date_precision location
0  https://w3id.org/diplokg/ontology#Talks 2023-09-20            day    Tokyo
>>> kg.validate(g).conforms
True
>>> sorted(name for _, name in kg.networks(g).officials.nodes(data="label"))
['Bui Thanh Son', 'Hayashi Yoshimasa']
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import os
import re
import tempfile
import urllib.parse
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from .ingest import Problem, read_inputs, safe_id, story_problem
from .model import Article, ArticleFacts
from .network import Networks, build_networks, score_networks, window_date
from .pipeline import BuildReport, NoArticles
from .store import Answer

if TYPE_CHECKING:
    from typing import TypeAlias

    import pandas as pd
    import rdflib

    # what query, validate and networks read (validate: not an endpoint URL)
    GraphData: TypeAlias = "KnowledgeGraph | ox.Store | rdflib.Graph | str | os.PathLike[str]"

__all__ = ["BuildWarning", "KnowledgeGraph", "NothingBuilt", "ValidationReport", "answer", "build_graph",
           "iter_facts", "networks", "query", "read_facts", "validate"]

PathLike = str | os.PathLike[str]
Input = PathLike | Article
When = str | int | datetime.date | None  # a time window's end: 2023, '2023-05', '2023-05-01' or a date
XSD = "http://www.w3.org/2001/XMLSchema#"


class NothingBuilt(ValueError):
    """build_graph found no article, or none could be read or passed the shapes. report is the build's
    report (which articles were skipped or rejected, and why), or None when no article file was found."""

    def __init__(self, message: str, report: BuildReport | None = None) -> None:
        super().__init__(message)
        self.report = report


class BuildWarning(UserWarning):
    """Some articles were skipped, rejected by the shapes, or lost doubtful facts: the graph's report says which."""


class KnowledgeGraph:
    """A built knowledge graph: a pyoxigraph Store holding what `kg build` writes, one named graph per
    article and per shared thing (official, state, place, partnership), as a TriG build has them.

    report is the build's report (articles read, skipped, rejected, facts, triples); path the file built
    into, if any (a graph built into a file is read from it when first used). Pass it to query,
    validate and networks; store is there for pyoxigraph's own API, to_rdflib() for rdflib's.
    """

    def __init__(self, store: ox.Store | None = None, *, path: PathLike | None = None,
                 report: BuildReport | None = None) -> None:
        if store is None and path is None:
            store = ox.Store()
        self._store = store
        self.path = Path(path) if path is not None else None
        self.report = report

    @classmethod
    def load(cls, path: PathLike) -> KnowledgeGraph:
        """A graph file (any build output: .ttl, .trig, .nt, .nq, .jsonld) read into memory."""
        from .store import open_store

        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"no such graph file: {path}")
        return cls(open_store(data=path), path=path)

    @property
    def store(self) -> ox.Store:
        if self._store is None:
            assert self.path is not None
            from .store import open_store

            self._store = open_store(data=self.path)
        return self._store

    def __len__(self) -> int:
        """How many statements (quads: a triple in a named graph)."""
        return len(self.store)

    def to_rdflib(self) -> rdflib.Dataset:
        """The graph as an rdflib Dataset (named graphs kept; its default graph is their union)."""
        import rdflib

        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(data=self.store.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
        return dataset

    def __repr__(self) -> str:
        articles = self.report.articles_written if self.report is not None else None
        what = [] if articles is None else [f"{articles} article{'s' if articles != 1 else ''}"]
        if self._store is None:
            return f"<KnowledgeGraph: {', '.join(what + [f'in {self.path}, not read yet'])}>"
        where = f"from {self.path}" if self.path is not None else "in memory"
        return f"<KnowledgeGraph: {', '.join(what + [f'{len(self)} statements {where}'])}>"


def build_graph(inputs: Input | Iterable[Input], output: PathLike | None = None, *, format: str | None = None,
                validate: bool = True, jobs: int = 1, progress: Callable[[int], None] | None = None,
                ) -> KnowledgeGraph:
    """Build articles into a knowledge graph: the same triples `kg build` writes.

    inputs: files or folders of articles (.txt, .html, .jsonl; folders read recursively), Articles
    (kg.Article(text=..., url=..., published=...): an Article without an id gets one from its URL or
    its text), or a list mixing them. A string is a path.
    output: stream the graph into this file instead of holding it in memory (for corpora larger than
    memory, as `kg build -o` does: written atomically, with the report and the rejected articles beside
    it); format as `kg build -f` (ttl, trig, nt, nq, jsonld; by default from the suffix).
    validate: check each article against the SHACL shapes (an article that fails is left out, and listed
    in the report). jobs: worker processes (1: this process). progress: called with the count of
    articles read.

    Skipped or rejected articles and doubtful facts left out give a BuildWarning; NothingBuilt if no
    article was built. A missing path is FileNotFoundError.

    >>> import kg
    >>> story = ("Vietnamese Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister "
    ...          "Hayashi Yoshimasa in Tokyo on September 20, 2023.")
    >>> g = kg.build_graph(kg.Article(text=story, published="2023-09-20"))
    >>> g.report.facts["officials"], g.report.facts["events"]
    (2, 1)
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     g = kg.build_graph([kg.Article(text=story), kg.Article(text="Hello.")])
    >>> print(caught[0].message)
    1 of 2 article(s) skipped; see the graph's report (KnowledgeGraph.report)
    """
    from .pipeline import build

    items = _inputs(inputs)
    paths = [Path(i) for i in items if not isinstance(i, Article)]
    try:
        if output is not None:
            report = build(paths, Path(output), format, validate, progress, jobs, articles=_articles(items))
            _check(report)
            graph = KnowledgeGraph(path=output, report=report)
        else:
            with tempfile.TemporaryDirectory(prefix="kg-build-") as folder:
                built = Path(folder) / "graph.nq"
                report = build(paths, built, "nquads", validate, progress, jobs, articles=_articles(items))
                _check(report)
                store = ox.Store()
                store.bulk_load(path=str(built), format=ox.RdfFormat.N_QUADS)
            report.output, report.format, report.rejected_output = "memory", "a pyoxigraph store", None
            graph = KnowledgeGraph(store, report=report)
    except NoArticles as error:
        raise NothingBuilt(str(error)) from None
    _warn(report)
    return graph


def _inputs(inputs: Input | Iterable[Input]) -> list[Input]:
    """The inputs as a list; FileNotFoundError if a path does not exist (kg build's usage error)."""
    items = [inputs] if isinstance(inputs, (str, os.PathLike, Article)) else list(inputs)
    gone = [str(i) for i in items if not isinstance(i, Article) and not Path(i).exists()]
    if gone:
        raise FileNotFoundError(f"no such file or folder: {', '.join(gone)}")
    return items


def _check(report: BuildReport) -> None:
    if report.articles_written == 0:
        why = "no article passed the shapes" if report.rejected else "no article could be read"
        raise NothingBuilt(f"nothing built: {why}\n{report.summary()}", report)


def _warn(report: BuildReport) -> None:
    said = []
    if report.skipped:
        said.append(f"{len(report.skipped)} of {len(report.skipped) + report.articles_read} article(s) skipped")
    if report.rejected:
        said.append(f"{len(report.rejected)} article(s) rejected by the shapes")
    if report.dropped:
        said.append(f"doubtful facts left out of {len(report.dropped)} article(s)")
    if said:
        warnings.warn(f"{', '.join(said)}; see the graph's report (KnowledgeGraph.report)", BuildWarning,
                      stacklevel=3)


def _articles(items: list[Input]) -> Iterator[Article | Problem]:
    """The articles of the inputs in order: paths read as `kg build` reads them (a run of paths together,
    so a file under two of them is read once), Articles given an id if they have none. Ids are kept
    distinct as read_inputs keeps them."""
    seen: set[str] = set()
    run: list[Path] = []

    def distinct(found: Iterable[Article | Problem]) -> Iterator[Article | Problem]:
        for result in found:
            if isinstance(result, Article):
                if result.id in seen:
                    result.id = f"{result.id}-{hashlib.sha1(result.source.encode()).hexdigest()[:8]}"
                seen.add(result.id)
            yield result

    for item in items:
        if not isinstance(item, Article):
            run.append(Path(item))
            continue
        if run:
            yield from distinct(read_inputs(run))
            run = []
        yield from distinct([_identified(item)])
    if run:
        yield from distinct(read_inputs(run))


def _identified(article: Article) -> Article:
    """A copy of an Article given from Python, with an id (from its URL's last segment, else a digest of its
    text) and a source to name it by in reports."""
    digest = hashlib.sha1(article.text.encode()).hexdigest()[:12]
    ident = article.id
    if not ident and article.url:
        segment = urllib.parse.urlsplit(article.url).path.rstrip("/").rsplit("/", 1)[-1]
        ident = safe_id(segment.rsplit(".", 1)[0]) if segment else ""
    ident = safe_id(ident) if ident else f"text-{digest}"
    return dataclasses.replace(article, id=ident, source=article.source or article.url or f"text {digest}")


def iter_facts(inputs: Input | Iterable[Input]) -> Iterator[ArticleFacts | Problem]:
    """The facts of each article as they are read (what `kg facts` prints), or the Problem that made it
    skipped (its source and the reason); for corpora too large for a list."""
    from .extract import extract

    return _facts(_inputs(inputs), extract)


def _facts(items: list[Input], extract: Callable[[Article], ArticleFacts]) -> Iterator[ArticleFacts | Problem]:
    for item in _articles(items):
        if isinstance(item, Problem):
            yield item
            continue
        try:
            facts = extract(item)
        except Exception as error:  # as the build does: one bad article does not stop the run
            yield Problem(item.source, f"could not be read: {error!r}")
            continue
        if problem := story_problem(facts.article.text):
            yield Problem(item.source, problem)
            continue
        yield facts


def read_facts(inputs: Input | Iterable[Input]) -> list[ArticleFacts]:
    """The facts of each article (officials, events, partnerships, commitments; kg/model.py), before they
    become RDF. Articles that cannot be read are left out with a BuildWarning.

    >>> import kg
    >>> story = ("Vietnamese Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister "
    ...          "Hayashi Yoshimasa in Tokyo on September 20, 2023.")
    >>> [facts] = kg.read_facts(kg.Article(text=story))
    >>> [(o.name, o.country, o.roles) for o in facts.officials]
    [('Bui Thanh Son', 'VN', ['ForeignMinister']), ('Hayashi Yoshimasa', 'JP', ['ForeignMinister'])]
    >>> [(e.type, e.date, e.places) for e in facts.events]
    [('Talks', '2023-09-20', ['Tokyo'])]
    """
    found: list[ArticleFacts] = []
    skipped: list[Problem] = []
    for item in iter_facts(inputs):
        if isinstance(item, Problem):
            skipped.append(item)
        else:
            found.append(item)
    if skipped:
        reasons = "; ".join(f"{p.source}: {p.reason}" for p in skipped[:5])
        warnings.warn(f"{len(skipped)} article(s) skipped ({reasons}{'; ...' if len(skipped) > 5 else ''})",
                      BuildWarning, stacklevel=2)
    return found


def query(data: GraphData, query: PathLike, bind: Mapping[str, object] | None = None, *, timeout: float = 30.0,
          retries: int = 3) -> pd.DataFrame | bool | rdflib.Graph:
    """Ask a SPARQL query of a graph; SELECT gives a pandas DataFrame with typed columns, ASK a bool,
    CONSTRUCT and DESCRIBE an rdflib Graph.

    data: a KnowledgeGraph, a pyoxigraph Store, an rdflib Graph or Dataset, a graph file (.ttl, .trig,
    .nt, .nq, .jsonld), a store folder (filled by `kg load --store`), or a SPARQL endpoint's URL
    (http:// or https://; KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD give credentials). Queries see the
    union of the named graphs.
    query: a .rq file, the name of a query that comes with kg ('cq_events.rq', 'queries/cq_events.rq'),
    or the query's text.
    bind: values for the query's variables, bound as RDF terms, never pasted in: a str as `kg query --bind`
    reads it ('US' a string, '<https://...>' an IRI, '"x"@vi' a tagged string), an int, float, bool,
    date or datetime as the typed literal. The query file's '# default ?name = value' lines give the rest.

    Columns are typed by the literals in them (kg/results.py): integers Int64, decimals and doubles
    Float64, booleans boolean, dates datetime64 with a '<name>_precision' column beside (year, month or
    day: the graph's dates are only as precise as the articles), IRIs and strings string; unbound values
    are missing (<NA>, NaT).

    >>> import kg
    >>> story = ("Vietnamese Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister "
    ...          "Hayashi Yoshimasa in Tokyo in September 2023.")
    >>> g = kg.build_graph(kg.Article(text=story))
    >>> df = kg.query(g, '''
    ...     PREFIX dko: <https://w3id.org/diplokg/ontology#>
    ...     SELECT ?date (COUNT(?who) AS ?people) WHERE {
    ...       ?event a dko:Talks ; dko:date ?date ; dko:participant ?who ; dko:participant/dko:country ?state .
    ...     } GROUP BY ?date''', bind={"state": "<https://w3id.org/diplokg/resource/country/JP>"})
    >>> df
            date date_precision  people
    0 2023-09-01          month       2
    >>> df.dtypes.astype(str).to_dict()
    {'date': 'datetime64[us]', 'date_precision': 'category', 'people': 'Int64'}
    >>> kg.query(g, "ASK { ?person <https://schema.org/name> 'Hayashi Yoshimasa'@en }")
    True
    """
    got = answer(data, query_text(query), bind, timeout=timeout, retries=retries)
    if got.kind == "ask":
        return bool(got.boolean)
    if got.kind == "graph":
        import rdflib

        return rdflib.Graph().parse(data=got.turtle, format="turtle")
    return got.to_dataframe()


def answer(data: GraphData, text: str, bind: Mapping[str, object] | None = None, *, timeout: float = 30.0,
           retries: int = 3) -> Answer:
    """A query's answer as the backends give it (rows of strings and of RDF terms): what query() makes its
    DataFrame of, and what `kg query` prints."""
    bindings = {name: bound_term(value) for name, value in (bind or {}).items()}
    if isinstance(data, (str, os.PathLike)) and _is_url(str(data)):
        from .endpoint import Settings
        from .endpoint import query as remote

        return remote(str(data), text, Settings(timeout, retries), bindings)
    from .store import query as local

    return local(_store(data), text, bindings)


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _store(data: Any) -> ox.Store:
    """What query, validate and networks read, as a pyoxigraph Store."""
    from .store import open_store

    if isinstance(data, KnowledgeGraph):
        return data.store
    if isinstance(data, ox.Store):
        return data
    if isinstance(data, (str, os.PathLike)):
        path = Path(data)
        if path.is_dir():
            return open_store(path)
        if not path.is_file():
            raise FileNotFoundError(f"no such graph file or store: {path}")
        return open_store(data=path)
    import rdflib

    if isinstance(data, rdflib.Graph):
        store = ox.Store()
        quads = isinstance(data, (rdflib.Dataset, rdflib.ConjunctiveGraph))
        store.load(data.serialize(format="nquads" if quads else "nt", encoding="utf-8"),
                   format=ox.RdfFormat.N_QUADS if quads else ox.RdfFormat.N_TRIPLES)
        return store
    raise TypeError(f"cannot read a graph from {type(data).__name__}: give a KnowledgeGraph, a pyoxigraph Store, "
                    "an rdflib Graph, a graph file, a store folder or an endpoint URL")


def query_text(query: PathLike) -> str:
    """The text of a query given as a file, as the name of a query that comes with kg, or as itself: a
    string with no '{' or line break that ends in .rq or .sparql names a file."""
    if isinstance(query, str) and not re.fullmatch(r"[^{\n]*\.(rq|sparql)", query.strip()):
        return query
    path = Path(query)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    from .resources import MissingResource
    from .resources import query_text as packaged

    try:
        return packaged(path.name)
    except MissingResource:
        raise FileNotFoundError(f"no such query file: {path} (nor a query of that name in kg's queries)") from None


def bound_term(value: object) -> str:
    """A value for --bind's syntax (store.parse_term): a str as it is; other Python values as typed literals."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return f'"{str(value).lower()}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    if isinstance(value, float):
        return f'"{value!r}"^^<{XSD}double>'
    if isinstance(value, datetime.datetime):
        return f'"{value.isoformat()}"^^<{XSD}dateTime>'
    if isinstance(value, datetime.date):
        return f'"{value.isoformat()}"^^<{XSD}date>'
    if isinstance(value, ox.NamedNode):
        return f"<{value.value}>"
    from rdflib import URIRef

    if isinstance(value, URIRef):
        return f"<{value}>"
    raise TypeError(f"cannot bind a {type(value).__name__}: give a str, int, float, bool, date, datetime or IRI")


@dataclasses.dataclass
class ValidationReport:
    """The SHACL result: conforms, the violations as rows (article, focus, path, message), and the text
    `kg validate` prints."""

    conforms: bool
    violations: pd.DataFrame
    text: str

    def __repr__(self) -> str:
        return f"<ValidationReport: {'conforms' if self.conforms else f'{len(self.violations)} violation(s)'}>"


def validate(data: GraphData, *, engine: str = "auto") -> ValidationReport:
    """Check a graph against the shapes (what the ontology implies of it added first, as `kg validate` does).

    data: a KnowledgeGraph, a pyoxigraph Store, an rdflib Graph or a graph file. engine: 'auto' (the
    shapes compiled into Python checks; pyshacl for shapes they do not cover) or 'pyshacl'.

    >>> import kg, rdflib
    >>> story = ("Vietnamese Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister "
    ...          "Hayashi Yoshimasa in Tokyo on September 20, 2023.")
    >>> data = kg.build_graph(kg.Article(text=story)).to_rdflib()
    >>> kg.validate(data)
    <ValidationReport: conforms>
    >>> official = rdflib.URIRef("https://w3id.org/diplokg/ontology#Official")
    >>> for person in list(data.subjects(rdflib.RDF.type, official)):
    ...     _ = data.remove((person, rdflib.URIRef("https://schema.org/name"), None, None))
    >>> report = kg.validate(data)
    >>> report.conforms, sorted(set(report.violations["path"]))
    (False, ['https://schema.org/name'])
    """
    import pandas as pd

    from .rdf.reason import materialize
    from .rdf.validate import readable
    from .rdf.validate import validate as check

    triples = _triples(data)
    materialize(triples)
    found = check(triples, engine="pyshacl" if engine == "pyshacl" else "auto")
    columns = ["article", "focus", "path", "message"]
    frame = pd.DataFrame([[getattr(v, c) for c in columns] for v in found], columns=columns, dtype="string")
    return ValidationReport(not found, frame, readable(found))


def _triples(data: Any) -> set[tuple]:
    """The triples of a graph (the union of its named graphs) as rdflib terms."""
    import rdflib

    if isinstance(data, rdflib.Graph):
        if isinstance(data, (rdflib.Dataset, rdflib.ConjunctiveGraph)):
            return {(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))}
        return set(data)
    if isinstance(data, (str, os.PathLike)) and not Path(data).is_dir():
        from .formats import load

        if not Path(data).is_file():
            raise FileNotFoundError(f"no such graph file: {data}")
        return set(load(Path(data)).triples((None, None, None)))
    return {(_rdflib(q.subject), _rdflib(q.predicate), _rdflib(q.object)) for q in _store(data)}


def _rdflib(term: Any) -> Any:
    """A pyoxigraph term as rdflib's: a plain string as rdflib reads one from a file (no datatype)."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == XSD + "string" else Literal(term.value, datatype=URIRef(datatype))


def networks(data: GraphData, since: When = None, until: When = None, pair: str | tuple[str, str] | None = None, *,
             timeout: float = 30.0, retries: int = 3) -> Networks:
    """The networks `kg network` analyses, as networkx graphs with its scores on the nodes: .officials
    (who met whom, weighted by events shared), .countries (states, by events and commitments shared) and
    .bipartite (officials and events). Nodes carry label, country, roles (officials), name (states),
    degree, weighted_degree, betweenness, closeness, eigenvector, pagerank and community (kg.network.Networks).

    data: as for query (a KnowledgeGraph, a Store, an rdflib Graph, a file, a store folder, an endpoint URL).
    since, until: keep events in a time window (ISO dates as precise as wanted: 2023, '2023-05',
    '2023-05-01', or a date; inclusive). pair: only events and commitments of two states ('VN-US').

    >>> import kg, networkx as nx
    >>> story = ("Vietnamese Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister "
    ...          "Hayashi Yoshimasa in Tokyo on September 20, 2023.")
    >>> nets = kg.networks(kg.build_graph(kg.Article(text=story)), since="2023")
    >>> sorted((d["label"], d["country"], d["roles"], round(d["pagerank"], 2))
    ...        for _, d in nets.officials.nodes(data=True))
    [('Bui Thanh Son', 'VN', 'ForeignMinister', 0.5), ('Hayashi Yoshimasa', 'JP', 'ForeignMinister', 0.5)]
    >>> sorted(nets.countries.nodes(data="name"))
    [('JP', 'Japan'), ('VN', 'Vietnam')]
    >>> kg.networks(kg.build_graph(kg.Article(text=story)), since="2024").officials.number_of_nodes()
    0
    """
    states = tuple(pair.upper().split("-", 1)) if isinstance(pair, str) else tuple(p.upper() for p in pair or ())
    if states and (len(states) != 2 or not all(states)):
        raise ValueError(f"pair: two ISO codes, e.g. 'VN-US', not {pair!r}")
    window = window_date(since), window_date(until)
    if isinstance(data, (str, os.PathLike)) and _is_url(str(data)):
        def ask(text: str) -> Answer:
            return answer(data, text, timeout=timeout, retries=retries)
        found = build_networks(ask, *window, (states[0], states[1]) if states else None)
    else:
        found = build_networks(_store(data), *window, (states[0], states[1]) if states else None)
    score_networks(found)
    return found
