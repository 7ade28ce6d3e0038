"""Reasoning: add to each article graph what the ontology implies of it.

The full OWL-RL closure (owlrl) costs tens of milliseconds per call even on a tiny graph,
mostly fixed cost, and adds thousands of axiomatic triples. The ontology's class and property
axioms are closed once (owlrl, RDFS semantics), and from that closure three kinds of entailment
are applied to the data, which are all the ontology implies of it:

- every super-class of a node's classes (a dko:Talks is a dko:DiplomaticEvent, a schema:Event,
  a prov:Activity);
- every super-property of a property (dko:participant implies schema:attendee, dko:place
  schema:location, dko:isoCode skos:notation);
- inverse properties (dko:participant / dko:participatedIn, dko:holds / org:member).

tests/test_reason.py checks that this equals what owlrl derives on the sample graphs.
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, URIRef

from .mapping import vocabulary
from .namespaces import OWL, RDF, RDFS, canonical

RDF_TYPE = frozenset({RDF.type})  # a set lookup: rdflib's '==' on terms is a Python call, the hash is not


@cache
def closure_tables() -> tuple[dict, dict, dict]:
    import owlrl

    closed = Graph()  # the axioms the tables are made of: closing the code lists too costs ten times more
    for axiom in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.inverseOf):
        for triple in vocabulary().triples((None, axiom, None)):
            closed.add(triple)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(closed)
    supers: dict[URIRef, set] = {}
    for c, _, d in closed.triples((None, RDFS.subClassOf, None)):
        if isinstance(c, URIRef) and isinstance(d, URIRef) and c != d:
            supers.setdefault(canonical(c), set()).add(canonical(d))
    super_props: dict[URIRef, set] = {}
    for p, _, q in closed.triples((None, RDFS.subPropertyOf, None)):
        if isinstance(p, URIRef) and isinstance(q, URIRef) and p != q:
            super_props.setdefault(canonical(p), set()).add(canonical(q))
    inverse: dict[URIRef, set] = {}
    for p, _, q in closed.triples((None, OWL.inverseOf, None)):
        p, q = canonical(p), canonical(q)
        inverse.setdefault(p, set()).add(q)
        inverse.setdefault(q, set()).add(p)
    return supers, super_props, inverse


def materialize(graph: Graph | set) -> int:
    """Add the entailments in place to a Graph or a set of triples; returns how many were added."""
    supers, super_props, inverse = closure_tables()
    before = len(graph)
    added = []
    for s, p, o in graph:
        if p in RDF_TYPE:
            added += [(s, RDF.type, c) for c in supers.get(o, ())]
        for q in super_props.get(p, ()):
            added.append((s, q, o))
        for q in inverse.get(p, ()):
            added.append((o, q, s))
            added += [(o, r, s) for r in super_props.get(q, ())]
    for triple in added:
        graph.add(triple)
    return len(graph) - before
