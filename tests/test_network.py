"""Centrality on a hand-made graph whose values are known by hand, and on the samples."""

from __future__ import annotations

import math

import networkx as nx
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.network import analyse, build_networks, centrality, ranking
from kg.rdf.namespaces import DKO, DKR, SCHEMA, country_iri
from kg.store import open_store


@pytest.fixture(scope="module")
def star(tmp_path_factory):
    """A (VN) meets B (US) in 2020, C (JP) in 2021, D (KR) in 2022: a star with A at its centre."""
    data = Dataset()
    people = {"A": "VN", "B": "US", "C": "JP", "D": "KR"}
    for name, code in people.items():
        person = DKR[f"person/{code.lower()}/{name.lower()}"]
        data.add((person, RDF.type, DKO.Official))
        data.add((person, SCHEMA.name, Literal(name)))
        data.add((person, DKO.country, country_iri(code)))
        data.add((country_iri(code), DKO.isoCode, Literal(code)))
    for n, (other, year) in enumerate((("B", "2020"), ("C", "2021"), ("D", "2022")), start=1):
        event = DKR[f"event/t/{n}"]
        for t in (DKO.Meeting, DKO.DiplomaticEvent):
            data.add((event, RDF.type, t))
        data.add((event, DKO.date, Literal(f"{year}-05-01", datatype=XSD.date)))
        for who in ("A", other):
            data.add((event, DKO.participant, DKR[f"person/{people[who].lower()}/{who.lower()}"]))
    for concept in ("Meeting",):
        data.add((DKO[concept], URIRef("http://www.w3.org/2004/02/skos/core#notation"), Literal(concept)))
    path = tmp_path_factory.mktemp("star") / "star.nq"
    data.serialize(path, format="nquads")
    return open_store(data=path)


def by_label(scores):
    return {v["label"]: v for v in scores.values()}


def test_star_centralities_known_by_hand(star):
    scores = by_label(centrality(build_networks(star).officials))
    a, leaves = scores["A"], [scores[x] for x in "BCD"]
    assert a["degree"] == 1.0 and all(math.isclose(x["degree"], 1 / 3, abs_tol=1e-6) for x in leaves)
    assert a["weighted_degree"] == 3 and all(x["weighted_degree"] == 1 for x in leaves)
    assert a["betweenness"] == 1.0 and all(x["betweenness"] == 0 for x in leaves)
    assert a["closeness"] == 1.0 and all(math.isclose(x["closeness"], 3 / 5, abs_tol=1e-6) for x in leaves)
    assert math.isclose(a["eigenvector"], 1 / math.sqrt(2), abs_tol=1e-4)
    assert all(math.isclose(x["eigenvector"], 1 / math.sqrt(6), abs_tol=1e-4) for x in leaves)
    assert math.isclose(sum(v["pagerank"] for v in scores.values()), 1.0, abs_tol=1e-5)
    assert a["pagerank"] > leaves[0]["pagerank"] and len({round(x["pagerank"], 6) for x in leaves}) == 1


def test_countries_graph_time_window_and_pair(star):
    countries = build_networks(star).countries
    assert sorted(tuple(sorted(e)) for e in countries.edges()) == [("JP", "VN"), ("KR", "VN"), ("US", "VN")]
    recent = build_networks(star, since="2021-01-01").officials
    assert sorted(sorted(recent.nodes[n]["label"] for n in edge) for edge in recent.edges) == [["A", "C"], ["A", "D"]]
    assert build_networks(star, until="2020").officials.number_of_edges() == 1
    assert sorted(build_networks(star, pair=("US", "VN")).countries.nodes) == ["US", "VN"]
    bipartite = build_networks(star).bipartite
    assert nx.is_bipartite(bipartite) and bipartite.number_of_nodes() == 7


def test_samples_put_vietnam_and_its_officials_at_the_top(sample_graph, tmp_path):
    results = analyse(sample_graph, tmp_path)
    assert results["countries"][0]["id"] == "VN"
    assert results["officials"][0]["country"] == "VN"
    top = {r["label"] for r in ranking({r["id"]: r for r in results["officials"]}, by="weighted_degree")[:3]}
    assert top & {"Phạm Minh Chính", "Võ Văn Thưởng", "Bùi Thanh Sơn", "Phạm Bình Minh"}


def test_outputs_a_person_and_a_tool_can_read(sample_graph, tmp_path):
    analyse(sample_graph, tmp_path)
    for name in ("officials", "countries"):
        picture = (tmp_path / f"{name}.png").read_bytes()
        assert picture.startswith(b"\x89PNG") and len(picture) > 20_000
        assert nx.read_graphml(tmp_path / f"{name}.graphml").number_of_nodes() > 5
        assert nx.read_gexf(tmp_path / f"{name}.gexf").number_of_nodes() > 5
        assert (tmp_path / f"{name}.csv").read_text().startswith("id,label,country,degree")
    scores = open_store(data=tmp_path / "scores.ttl")
    from kg.store import query

    answer = query(scores, "PREFIX dko: <https://w3id.org/diplokg/ontology#> "
                           "SELECT ?x WHERE { ?x dko:pagerank ?p } ORDER BY DESC(?p) LIMIT 1")
    assert answer.rows[0][0].endswith("/country/VN")


def test_pictures_of_the_samples_can_be_read(sample_graph, tmp_path):
    """No edge passes over a node it does not join, no name covers a node or another name, and there is a key."""
    from kg.network import score_networks

    networks = build_networks(open_store(data=sample_graph))
    score_networks(networks)
    for which in ("officials", "countries"):
        picture = networks.draw(which, tmp_path / f"{which}.png")
        assert len(picture.nodes) == getattr(networks, which).number_of_nodes() > 5
        assert picture.edges_through_nodes() == [] and picture.hidden_labels() == []
        assert len(picture.labels) == len(picture.nodes)  # every node named
        assert {"State", "Size"} <= set(picture.legend) and any(t.startswith("Line width") for t in picture.legend)


@pytest.mark.parametrize("seed", range(4))
def test_pictures_of_tangled_networks_can_be_read(seed, tmp_path):
    """Denser than the samples: random graphs, where a plain spring layout puts edges over nodes."""
    from kg.picture import _conflicts, _normalised, draw

    graph = nx.gnm_random_graph(18, 32, seed=seed)
    for node in graph:
        graph.nodes[node].update(label=f"Official number {node}", country="VN" if node % 3 else "US",
                                 pagerank=1 / (1 + node))
    spring = {n: tuple(p) for n, p in nx.spring_layout(graph, seed=seed).items()}
    picture = draw(graph, tmp_path / "tangled.png", "tangled")
    assert _conflicts(graph, _normalised(spring))  # a plain layout has edges over nodes (or running on in a line)
    assert picture.edges_through_nodes() == [] and picture.hidden_labels() == []


def test_the_picture_checks_find_what_they_look_for():
    from kg.picture import Picture

    picture = Picture(nodes={"a": (0, 0, 5), "b": (100, 0, 5), "c": (50, 2, 5)}, edges=[("a", "b")],
                      labels={"a": (10, -5, 60, 5), "c": (200, 200, 220, 210)})
    assert picture.edges_through_nodes() == [("a", "b", "c")]
    assert ("a", "c") in picture.hidden_labels()  # a's name runs over node c
