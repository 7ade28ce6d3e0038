"""SHACL validation, and a report a person can read.

The shapes are compiled into Python checks (shacl.py) when they use only what that engine
implements, which is fast enough to validate every article on its own; otherwise, and on
request, pyshacl validates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rdflib import Graph

from ..resources import MissingResource
from .mapping import graph_of, turtle_folder, vocabulary
from .namespaces import PROV, RDF, SH, SKOS
from .shacl import Index, Shapes, Unsupported


@cache
def shapes() -> Graph:
    """The shapes; a shapes graph that targets no class would pass anything, so it is an error."""
    graph = turtle_folder("shapes")
    if not any(graph.triples((None, SH.targetClass, None))):
        raise MissingResource("the shapes/ folder of the kg package holds no shape with a target; "
                              "nothing could be validated")
    return graph


@cache
def code_lists() -> Graph:
    """Which scheme each code belongs to: the shapes check roles, levels and areas against it."""
    graph = Graph()
    for triple in vocabulary().triples((None, SKOS.inScheme, None)):
        graph.add(triple)
    return graph


@cache
def compiled_shapes() -> Shapes | None:
    try:
        return Shapes(shapes())
    except Unsupported:
        return None


@cache
def code_list_index() -> Index:
    return Index(code_lists())


@dataclass(frozen=True)
class Violation:
    article: str | None
    focus: str
    path: str
    message: str


def validate(data: Graph | Iterable[tuple], engine: str = "auto") -> list[Violation]:
    """Violations of the shapes in a graph or a collection of triples (the code lists are added)."""
    compiled = compiled_shapes() if engine != "pyshacl" else None
    if compiled is None:
        graph = data if isinstance(data, Graph) else graph_of(data)
        return _pyshacl(graph)
    index = Index(data, base=code_list_index())
    found = set()
    for r in compiled.results(index):
        article = index.values(r.focus, PROV.wasDerivedFrom)
        found.add(Violation(str(article[0]) if article else None, str(r.focus),
                            str(r.path) if r.path is not None else "", r.message))
    return sorted(found, key=_order)


def _order(v: Violation) -> tuple:
    return v.article or "", v.focus, v.path, v.message


def _pyshacl(graph: Graph) -> list[Violation]:
    import pyshacl

    conforms, report, _ = pyshacl.validate(graph + code_lists(), shacl_graph=shapes(), inference="none",
                                           allow_warnings=True)
    if conforms:
        return []
    found = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        article = graph.value(focus, PROV.wasDerivedFrom) if focus is not None else None
        found.add(Violation(str(article) if article is not None else None, str(focus),
                            str(path) if path is not None else "",
                            str(message) if message is not None else "violation"))
    return sorted(found, key=_order)


def readable(violations: list[Violation]) -> str:
    if not violations:
        return "The graph conforms to the shapes."
    lines = [f"{len(violations)} violation(s) of the shapes:"]
    for v in violations:
        where = f" (from {v.article})" if v.article else ""
        lines.append(f"- {v.focus}{where}\n    rule: {v.path or 'node'}\n    problem: {v.message}")
    return "\n".join(lines)
