"""The compiled shapes report what pyshacl reports, on built graphs and on broken ones."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, XSD

from kg.rdf.namespaces import DKO, DKR, SCHEMA, concept_iri, country_iri
from kg.rdf.shacl import Shapes, Unsupported
from kg.rdf.validate import validate

ORG_ROLE = URIRef("http://www.w3.org/ns/org#role")


@pytest.fixture(scope="module")
def article_graph() -> Graph:
    """One sample article's own graph with the shared things it names, entailments applied."""
    from conftest import EXAMPLES

    from kg.extract import extract
    from kg.ingest import read_inputs
    from kg.rdf.mapping import to_graphs
    from kg.rdf.reason import materialize

    article = sorted(read_inputs([EXAMPLES]), key=lambda a: a.id)[1]
    own, shared = to_graphs(extract(article))
    graph = own + shared
    materialize(graph)
    return graph


def agree(graph: Graph) -> list:
    """Both engines' results: the same (focus, path) pairs, and every message the shapes write."""
    fast, full = validate(graph), validate(graph, engine="pyshacl")
    assert {(v.focus, v.path) for v in fast} == {(v.focus, v.path) for v in full}
    custom = {str(m) for m in _shape_messages()}
    assert {v.message for v in full if v.message in custom} == {v.message for v in fast if v.message in custom}
    assert {v.article for v in fast} == {v.article for v in full}
    return fast


def _shape_messages():
    from rdflib.namespace import SH

    from kg.rdf.validate import shapes

    return shapes().objects(None, SH.message)


def first(graph: Graph, kind) -> URIRef:
    return sorted(graph.subjects(RDF.type, kind))[0]


def test_built_article_conforms_in_both(article_graph):
    assert agree(article_graph) == []


BREAKAGES = {
    "no evidence": lambda g: g.remove((first(g, DKO.PostStatement), DKO.evidence, None)),
    "empty evidence": lambda g: g.set((first(g, DKO.DiplomaticEvent), DKO.evidence, Literal("", lang="vi"))),
    "no article": lambda g: g.remove((first(g, DKO.Commitment), PROV.wasDerivedFrom, None)),
    "two dates, one a word": lambda g: [g.add((first(g, DKO.DiplomaticEvent), DKO.date, d))
                                        for d in (Literal("2020-01-01", datatype=XSD.date), Literal("hôm qua"))],
    "ill-typed edition": lambda g: g.add((first(g, DKO.DiplomaticEvent), DKO.edition,
                                          Literal("abc", datatype=XSD.integer))),
    "edition zero": lambda g: g.add((first(g, DKO.DiplomaticEvent), DKO.edition, Literal(0))),
    "unknown role": lambda g: g.set((first(g, DKO.PostHolding), ORG_ROLE, concept_iri("role", "Emperor"))),
    "three parties": lambda g: [g.add((country_iri("FR"), RDF.type, DKO.Country)),
                                g.add((first(g, DKO.Partnership), DKO.party, country_iri("FR")))],
    "second event type": lambda g: g.add((first(g, DKO.DiplomaticEvent), RDF.type, DKO.PhoneCall)),
    "participant not an official": lambda g: g.add((first(g, DKO.DiplomaticEvent), DKO.participant,
                                                    country_iri("VN"))),
    "bad format": lambda g: g.set((first(g, DKO.DiplomaticEvent), DKO["format"], DKR["code/format/Pigeon"])),
    "bad iso code": lambda g: g.set((first(g, DKO.Country), DKO.isoCode, Literal("vnm"))),
    "sameAs a literal": lambda g: g.add((first(g, DKO.Country), OWL.sameAs, Literal("Q881"))),
    "bad article id": lambda g: g.set((first(g, DKO.Article), DKO.articleId, Literal("a b/c"))),
    "name too short": lambda g: g.set((first(g, DKO.Official), SCHEMA.name, Literal("X", lang="vi"))),
    "no area": lambda g: g.remove((first(g, DKO.Commitment), DKO.area, None)),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_engines_agree_on_broken_graph(article_graph, name):
    graph = Graph()
    graph += article_graph
    BREAKAGES[name](graph)
    assert agree(graph), f"{name} was not caught"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_engines_agree_when_triples_go_missing(article_graph, data):
    triples = sorted(article_graph)
    dropped = data.draw(st.sets(st.integers(0, len(triples) - 1), min_size=1, max_size=6))
    graph = Graph()
    for n, triple in enumerate(triples):
        if n not in dropped:
            graph.add(triple)
    agree(graph)


def test_unknown_shacl_features_are_refused():
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .""")
    with pytest.raises(Unsupported):
        Shapes(shapes)
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .""")
    with pytest.raises(Unsupported):
        Shapes(shapes)


def test_the_project_shapes_compile():
    """The build validates every article with the compiled shapes; pyshacl would be forty times slower."""
    from kg.rdf.validate import shapes

    Shapes(shapes())
