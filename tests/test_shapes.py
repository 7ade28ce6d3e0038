"""The shapes pass the built graph and catch broken data."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from kg.rdf.namespaces import DKO, DKR, concept_iri, country_iri
from kg.rdf.validate import validate


@pytest.fixture(scope="module")
def good(sample_graph) -> Graph:
    from kg.formats import load
    from kg.rdf.reason import materialize

    graph = Graph()
    for triple in load(sample_graph).triples((None, None, None)):
        graph.add(triple)
    materialize(graph)
    return graph


def broken(good: Graph, change) -> list:
    graph = Graph()
    graph += good
    change(graph)
    return validate(graph)


def first(graph, kind):
    return sorted(graph.subjects(RDF.type, kind))[0]


def test_built_graph_conforms(good):
    assert validate(good) == []


def test_missing_evidence_is_caught(good):
    event = first(good, DKO.DiplomaticEvent)
    violations = broken(good, lambda g: g.remove((event, DKO.evidence, None)))
    assert any(v.focus == str(event) and "evidence" in v.message for v in violations)


def test_fact_without_article_is_caught(good):
    commitment = first(good, DKO.Commitment)
    violations = broken(good, lambda g: g.remove((commitment, PROV.wasDerivedFrom, None)))
    assert any(v.focus == str(commitment) for v in violations)


def test_two_dates_and_bad_datatype_are_caught(good):
    event = first(good, DKO.DiplomaticEvent)

    def change(g):
        g.add((event, DKO.date, Literal("2020-01-01", datatype=XSD.date)))
        g.add((event, DKO.date, Literal("yesterday")))
    assert any("date" in v.message for v in broken(good, change))


def test_unknown_role_code_is_caught(good):
    post = first(good, DKO.PostHolding)

    def change(g):
        g.remove((post, URIRef("http://www.w3.org/ns/org#role"), None))
        g.add((post, URIRef("http://www.w3.org/ns/org#role"), concept_iri("role", "Emperor")))
    assert any("role" in v.message for v in broken(good, change))


def test_partnership_with_three_parties_is_caught(good):
    partnership = first(good, DKO.Partnership)

    def change(g):
        g.add((country_iri("FR"), RDF.type, DKO.Country))
        g.add((partnership, DKO.party, country_iri("FR")))
    assert any("two parties" in v.message for v in broken(good, change))


def test_commitment_by_no_state_with_unknown_area_is_caught(good):
    commitment = first(good, DKO.Commitment)

    def change(g):
        g.remove((commitment, DKO.actor, None))
        g.remove((commitment, DKO.area, None))
        g.add((commitment, DKO.area, DKR["code/area/Astrology"]))
    messages = {v.message for v in broken(good, change)}
    assert any("party" in m for m in messages) and any("area" in m for m in messages)


def test_report_names_the_article(good):
    event = first(good, DKO.DiplomaticEvent)
    violations = broken(good, lambda g: g.remove((event, DKO.participant, None)))
    assert any(v.article and "/article/" in v.article for v in violations)
