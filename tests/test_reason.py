"""The fast materialization adds exactly what owlrl's closure implies of the data."""

from __future__ import annotations

import owlrl
from conftest import EXAMPLES
from rdflib import Graph
from rdflib.namespace import RDF

from kg.extract import extract
from kg.ingest import read_inputs
from kg.rdf.mapping import to_graphs, vocabulary
from kg.rdf.namespaces import DKR
from kg.rdf.reason import materialize


def data_triples(graph):
    """Triples about the data (resources the builder mints), not about the vocabulary."""
    return {(s, p, o) for s, p, o in graph if str(s).startswith(str(DKR)) and "/code/" not in str(s)
            and (p != RDF.type or not str(o).startswith("http://www.w3.org/2000/01/rdf-schema#"))}


def test_materialize_equals_owlrl_closure():
    base = Graph()
    for article in read_inputs([EXAMPLES]):
        graph, shared = to_graphs(extract(article))
        base += graph + shared
    ours = Graph()
    ours += base
    added = materialize(ours)
    assert added > 0

    theirs = Graph()
    theirs += base
    theirs += vocabulary()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(theirs)
    expected = {t for t in data_triples(theirs) if not isinstance(t[2], type(None))}
    expected = {(s, p, o) for s, p, o in expected
                if not str(p).startswith("http://www.w3.org/2002/07/owl#sameAs") or s != o}
    # owlrl also types every resource as owl:Thing / rdfs:Resource and follows domains and ranges;
    # the shapes check those instead, so compare on what the ontology's hierarchy and inverses give.
    missing = {t for t in data_triples(ours) if t not in expected}
    assert not missing, sorted(missing)[:5]
    hierarchy = {t for t in expected - data_triples(ours)
                 if t[1] == RDF.type and str(t[2]).startswith(("https://w3id.org/diplokg/ontology#",
                                                                "https://schema.org/", "http://www.w3.org/ns/prov#"))}
    assert not hierarchy, sorted(hierarchy)[:5]


def test_tables_equal_those_of_the_whole_vocabulary_closed():
    """The tables are made from the axioms alone; closing the whole vocabulary gives the same."""
    from rdflib import URIRef
    from rdflib.namespace import OWL, RDFS

    from kg.rdf.reason import closure_tables

    closed = Graph()
    for triple in vocabulary():
        closed.add(triple)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(closed)

    def pairs(predicate, symmetric=False):
        found = {(a, b) for a, _, b in closed.triples((None, predicate, None))
                 if isinstance(a, URIRef) and isinstance(b, URIRef) and a != b}
        return found | {(b, a) for a, b in found} if symmetric else found

    def flat(table):
        return {(a, b) for a, bs in table.items() for b in bs}

    supers, super_properties, inverse = closure_tables()
    assert flat(supers) == pairs(RDFS.subClassOf) and supers
    assert flat(super_properties) == pairs(RDFS.subPropertyOf) and super_properties
    assert flat(inverse) == pairs(OWL.inverseOf, symmetric=True) and inverse
