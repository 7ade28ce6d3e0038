"""SHACL validation with pyshacl, and a report a person can read."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph
from rdflib.namespace import PROV, RDF, SH, SKOS

from .mapping import turtle_folder, vocabulary


@cache
def shapes() -> Graph:
    return turtle_folder("shapes")


@cache
def code_lists() -> Graph:
    """Which scheme each code belongs to: the shapes check roles, levels and areas against it."""
    graph = Graph()
    for triple in vocabulary().triples((None, SKOS.inScheme, None)):
        graph.add(triple)
    return graph


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    article: str | None


def validate(graph: Graph) -> list[Violation]:
    """Violations of the shapes in a graph (the vocabulary is added for the code lists)."""
    import pyshacl

    conforms, report, _ = pyshacl.validate(graph + code_lists(), shacl_graph=shapes(), inference="none",
                                           allow_warnings=True)
    if conforms:
        return []
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        article = graph.value(focus, PROV.wasDerivedFrom) if focus is not None else None
        found.append(Violation(str(focus), str(path) if path is not None else "",
                               str(message) if message is not None else "violation",
                               str(article) if article is not None else None))
    return sorted(found, key=lambda v: (v.article or "", v.focus, v.path, v.message))


def readable(violations: list[Violation]) -> str:
    if not violations:
        return "The graph conforms to the shapes."
    lines = [f"{len(violations)} violation(s) of the shapes:"]
    for v in violations:
        where = f" (from {v.article})" if v.article else ""
        lines.append(f"- {v.focus}{where}\n    rule: {v.path or 'node'}\n    problem: {v.message}")
    return "\n".join(lines)
