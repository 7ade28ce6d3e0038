"""SHACL shapes compiled into Python checks, for validating one article at a time.

pyshacl costs about 30 ms per call even on a graph of a hundred triples, most of it fixed
cost, which made validation half of a build. The shapes file uses a small part of SHACL Core
(targets by class, property shapes with an IRI path, counts, class, datatype, node kind,
length, pattern, in, hasValue, minInclusive, node, or, qualified value shapes). Those are
compiled once into closures over an index of the data; a shapes file using anything else
raises Unsupported, and the caller falls back to pyshacl. tests/test_shacl.py checks that
both engines report the same results on the built graphs and on broken ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import cast

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from .namespaces import RDF, RDFS, SH, XSD, canonical

Node = URIRef | BNode | Literal


class Unsupported(ValueError):
    """The shapes use a part of SHACL this engine does not implement."""


TYPE, SUBCLASS = RDF.type, RDFS.subClassOf


class Index:
    """Objects by subject and predicate, subjects by class; base holds fixed data (code lists)."""

    def __init__(self, triples: Iterable[tuple], base: Index | None = None) -> None:
        self.objects: dict[Node, dict[Node, list[Node]]] = {}
        self.instances: dict[Node, list[Node]] = {}
        self.subclasses: dict[Node, list[Node]] = {}
        by_class = {TYPE: self.instances, SUBCLASS: self.subclasses}  # looked up by hash, not rdflib's '=='
        for s, p, o in triples:
            self.objects.setdefault(s, {}).setdefault(p, []).append(o)
            if (table := by_class.get(p)) is not None:
                table.setdefault(o, []).append(s)
        self.base = base
        self.reports: dict[tuple[Node, Node], list[Result]] = {}  # (shape, node): a nested shape's results

    def values(self, node: Node, path: Node) -> list[Node]:
        own = self.objects.get(node)
        found = own.get(path, []) if own else []
        if self.base and node in self.base.objects:
            return found + self.base.values(node, path)
        return found

    def has_class(self, node: Node, cls: Node) -> bool:
        """rdf:type/rdfs:subClassOf* as SHACL reads it: only what the data graph says."""
        seen, todo, wanted = set(), list(self.values(node, TYPE)), {cls}  # 'in' a set: by hash, not '=='
        while todo:
            current = todo.pop()
            if current in wanted:
                return True
            if current not in seen:
                seen.add(current)
                todo += self.values(current, SUBCLASS)
        return False

    def focus_nodes(self, cls: Node) -> list[Node]:
        found = list(self.instances.get(cls, []))
        for sub in sorted(self.subclasses.get(cls, [])):
            found += self.focus_nodes(sub)
        return list(dict.fromkeys(found))


@dataclass(frozen=True)
class Result:
    focus: Node
    path: Node | None
    message: str


@dataclass
class Shape:
    name: Node
    path: URIRef | None = None
    message: str | None = None
    targets: list[Node] = field(default_factory=list)
    value_tests: list[tuple[Callable, Callable]] = field(default_factory=list)  # (test(v, index), message(f, v))
    components: list[Callable] = field(default_factory=list)  # checks of all values at once
    properties: list[Shape] = field(default_factory=list)
    quiet_when_empty: bool = False  # no value, nothing to report (no minCount, hasValue, qualifiedMinCount)

    def results(self, focus: Node, index: Index) -> list[Result]:
        """What this shape reports on a focus node, nested reports (sh:node) flattened as pyshacl does."""
        values = [focus] if self.path is None else index.values(focus, self.path)
        if not values and self.quiet_when_empty:
            return []
        found: list[Result] = []
        for v in values:
            for test, message in self.value_tests:
                if not test(v, index):
                    found.append(Result(focus, self.path, self.message or message(focus, v)))
        for component in self.components:
            for default, details in component(focus, values, index):
                found.append(Result(focus, self.path, self.message or default))
                found += details
        for prop in self.properties:
            found += prop.results(focus, index)
        return found

    def nested_results(self, focus: Node, index: Index) -> list[Result]:
        """results() of a shape other shapes refer to (sh:node, sh:or, qualified), made once per node:
        an official is checked once, not once per event naming them."""
        key = (self.name, focus)
        if key not in index.reports:
            index.reports[key] = self.results(focus, index)
        return index.reports[key]

    def conforms(self, focus: Node, index: Index) -> bool:
        return not self.nested_results(focus, index)


KNOWN = {SH.targetClass, SH.property, SH.path, SH.node, SH["or"], SH["in"], SH.hasValue, SH["class"], SH.datatype,
         SH.nodeKind, SH.minCount, SH.maxCount, SH.minLength, SH.pattern, SH.flags, SH.minInclusive,
         SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.message, SH.name, SH.description,
         RDF.type, RDFS.label, RDFS.comment}
NODE_KINDS = {SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,),
              SH.BlankNodeOrIRI: (BNode, URIRef), SH.BlankNodeOrLiteral: (BNode, Literal),
              SH.IRIOrLiteral: (URIRef, Literal)}


class Shapes:
    """A shapes graph compiled once."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.compiled: dict[Node, Shape] = {}
        roots = cast("set[Node]", set(graph.subjects(SH.targetClass, None)))
        for other in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target, SH.sparql,
                      SH.deactivated, SH.severity, SH.closed):
            if next(graph.triples((None, other, None)), None):
                raise Unsupported(f"{graph.qname(str(other))} is not supported")
        self.targeted = [self.shape(s) for s in sorted(roots)]

    def shape(self, node: Node) -> Shape:
        if node in self.compiled:
            return self.compiled[node]
        g = self.graph
        for p in set(g.predicates(node, None)) - KNOWN:
            raise Unsupported(f"{g.qname(str(p))} on shape {node} is not supported")
        path = canonical(g.value(node, SH.path))
        if path is not None and not isinstance(path, URIRef):
            raise Unsupported(f"only IRI paths are supported (shape {node})")
        message = g.value(node, SH.message)
        shape = Shape(node, path, str(message) if message is not None else None,
                      cast("list[Node]", list(g.objects(node, SH.targetClass))))
        self.compiled[node] = shape  # before compiling parts, so shapes may refer to each other
        shape.value_tests, shape.components = self.components(node)
        shape.properties = [self.shape(p) for p in sorted(cast("list[Node]", list(g.objects(node, SH.property))))]
        shape.quiet_when_empty = shape.path is not None and not shape.properties and not any(
            (node, p, None) in g for p in (SH.minCount, SH.hasValue, SH.qualifiedMinCount))
        return shape

    def components(self, node: Node) -> tuple[list[tuple[Callable, Callable]], list[Callable]]:
        """The tests each value must pass, and the checks of all values at once."""
        g = self.graph
        tests: list[tuple[Callable, Callable]] = []
        found: list[Callable] = []

        def value(p):
            return canonical(g.value(node, p))

        def each(test: Callable[[Node, Index], bool], message: Callable[[Node, Node], str]) -> None:
            tests.append((test, message))

        if (n := value(SH.minCount)) is not None:
            found.append(lambda f, vs, i, n=int(n): [(f"Less than {n} values on {f}", [])] if len(vs) < n else ())
        if (n := value(SH.maxCount)) is not None:
            found.append(lambda f, vs, i, n=int(n): [(f"More than {n} values on {f}", [])] if len(vs) > n else ())
        if (cls := value(SH["class"])) is not None:
            each(lambda v, i: i.has_class(v, cls), lambda f, v: f"Value {v} is not of class {cls}")
        if (dt := value(SH.datatype)) is not None:
            each(lambda v, i: has_datatype(v, dt), lambda f, v: f"Value {v} is not a literal of {dt}")
        if (kind := value(SH.nodeKind)) is not None:
            each(lambda v, i: isinstance(v, NODE_KINDS[kind]), lambda f, v: f"Value {v} is not {kind}")
        if (n := value(SH.minLength)) is not None:
            each(lambda v, i: not isinstance(v, BNode) and len(str(v)) >= int(n),
                 lambda f, v: f"Value {v} is shorter than {n}")
        if (pattern := value(SH.pattern)) is not None:
            regex = re.compile(str(pattern), _flags(value(SH.flags)))
            each(lambda v, i: not isinstance(v, BNode) and bool(regex.search(str(v))),
                 lambda f, v: f"Value {v} does not match {pattern}")
        if (low := value(SH.minInclusive)) is not None:
            each(lambda v, i: at_least(v, low), lambda f, v: f"Value {v} is not >= {low}")
        if (members := value(SH["in"])) is not None:
            allowed = {canonical(m) for m in Collection(g, members)}
            each(lambda v, i: v in allowed, lambda f, v: f"Value {v} is not in the list")
        if (wanted := value(SH.hasValue)) is not None:
            found.append(lambda f, vs, i: () if wanted in vs else [(f"{f} does not have value {wanted}", [])])
        for other in g.objects(node, SH.node):
            found.append(self.node_check(cast(Node, other)))
        for options in g.objects(node, SH["or"]):
            found.append(self.or_check(cast("list[Node]", list(Collection(g, options)))))
        if (qualified := value(SH.qualifiedValueShape)) is not None:
            low_n, high_n = value(SH.qualifiedMinCount), value(SH.qualifiedMaxCount)
            found.append(self.qualified_check(qualified, low_n, high_n))
        return tests, found

    def node_check(self, other: Node) -> Callable:
        nested = self.shape(other)  # registered before its parts are compiled: shapes may refer to each other

        def check(focus, values, index):
            out: list[tuple[str, list]] = []
            for v in values:
                details = nested.nested_results(v, index)
                if details:
                    out.append((f"Value does not conform to Shape {other}", details))
            return out
        return check

    def or_check(self, options: list[Node]) -> Callable:
        shapes = [self.shape(o) for o in options]

        def check(focus, values, index):
            return [(f"Value {v} conforms to none of the shapes", []) for v in values
                    if not any(s.conforms(v, index) for s in shapes)]
        return check

    def qualified_check(self, qualified: Node, low: Literal | None, high: Literal | None) -> Callable:
        shape = self.shape(qualified)

        def check(focus, values, index):
            n = sum(shape.conforms(v, index) for v in values)
            out: list[tuple[str, list]] = []
            if low is not None and n < int(low):
                out.append((f"Fewer than {low} values of {focus} conform to the qualified shape", []))
            if high is not None and n > int(high):
                out.append((f"More than {high} values of {focus} conform to the qualified shape", []))
            return out
        return check

    def results(self, index: Index) -> Iterator[Result]:
        for shape in self.targeted:
            for cls in shape.targets:
                for focus in index.focus_nodes(cls):
                    yield from shape.results(focus, index)


def has_datatype(value: Node, datatype: Node) -> bool:
    if not isinstance(value, Literal) or value.ill_typed:
        return False
    actual = RDF.langString if value.language else value.datatype or XSD.string
    # rdflib's '==' is a Python call; two IRIs are equal when their text is
    return actual is datatype or (isinstance(datatype, URIRef) and str.__eq__(actual, datatype))


def at_least(value: Node, low: Literal) -> bool:
    if not isinstance(value, Literal) or value.ill_typed:
        return False
    try:
        return bool(value.value >= low.value)
    except TypeError:
        return False


def _flags(flags: Literal | None) -> int:
    table = {"i": re.I, "m": re.M, "s": re.S, "x": re.X}
    out = 0
    for letter in str(flags or ""):
        if letter not in table:
            raise Unsupported(f"regular expression flag {letter!r} is not supported")
        out |= table[letter]
    return out
