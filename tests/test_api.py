"""The Python API (kg/api.py), checked against what the command line writes and prints."""

from __future__ import annotations

import datetime
import importlib
import io
import json
import pkgutil
import re
import warnings

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest
import rdflib
from conftest import EXAMPLES, QUERIES, ROOT

import kg
from kg.cli import main
from kg.pipeline import build

STORY = ("Vietnamese Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister Hayashi Yoshimasa "
         "in Tokyo on September 20, 2023. The two sides agreed to step up cooperation in trade and investment.")


@pytest.fixture(scope="module")
def graph() -> kg.KnowledgeGraph:
    return kg.build_graph([EXAMPLES])


def quads(store: ox.Store) -> set[str]:
    return {str(q) for q in store}


def triples(store: ox.Store) -> set[str]:
    return {f"{q.subject} {q.predicate} {q.object}" for q in store}


def loaded(path, fmt) -> ox.Store:
    store = ox.Store()
    store.load(path=str(path), format=fmt)
    return store


def test_build_graph_holds_what_kg_build_writes(graph, tmp_path):
    build([EXAMPLES], tmp_path / "g.trig")
    build([EXAMPLES], tmp_path / "g.ttl")
    assert quads(graph.store) == quads(loaded(tmp_path / "g.trig", ox.RdfFormat.TRIG))  # the same named graphs
    assert triples(graph.store) == triples(loaded(tmp_path / "g.ttl", ox.RdfFormat.TURTLE))
    assert graph.report.articles_written == 10 and graph.report.output == "memory" and len(graph) > 1000


def test_build_graph_streams_into_a_file_as_kg_build_does(tmp_path):
    assert main(["build", str(EXAMPLES), "-o", str(tmp_path / "cli.nq"), "-j", "1"]) == 0
    streamed = kg.build_graph(str(EXAMPLES), tmp_path / "api.nq")
    assert (tmp_path / "api.nq").read_bytes() == (tmp_path / "cli.nq").read_bytes()
    assert (tmp_path / "api.nq.report.json").is_file()
    assert "not read yet" in repr(streamed)  # read only when asked
    assert len(streamed) == len(loaded(tmp_path / "cli.nq", ox.RdfFormat.N_QUADS))
    assert "statements from" in repr(streamed)
    assert kg.KnowledgeGraph.load(tmp_path / "api.nq").store is not None


def test_texts_from_python_get_ids_and_mix_with_files(tmp_path):
    first = kg.Article(text=STORY, url="https://example.org/news/talks-in-tokyo.html", published="2023-09-20")
    again = kg.Article(text=STORY)
    g = kg.build_graph([first, again, again, EXAMPLES / "002_05d856a0f2a44f42.txt"])
    assert first.id == "" and again.id == ""  # the caller's articles are not changed
    ids = set(kg.query(g, "SELECT ?id WHERE { ?a <https://w3id.org/diplokg/ontology#articleId> ?id }")["id"])
    digest = re.compile(r"text-[0-9a-f]{12}")
    assert "talks-in-tokyo" in ids and "002_05d856a0f2a44f42" in ids and len(ids) == 4
    assert sum(bool(digest.fullmatch(i)) for i in ids) == 1 and sum(i.startswith("text-") for i in ids) == 2
    names = set(kg.query(g, "cq_officials.rq")["name"])
    assert {"Bui Thanh Son", "Hayashi Yoshimasa"} <= names


def test_nothing_built_says_why(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        kg.build_graph(tmp_path / "missing")
    with pytest.raises(kg.NothingBuilt, match="no articles found") as none:
        kg.build_graph(tmp_path)
    assert none.value.report is None
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(kg.NothingBuilt, match="no article could be read") as unread:
        kg.build_graph(tmp_path, tmp_path / "out.ttl")
    assert unread.value.report.skipped[0]["reason"] == "empty file" and not (tmp_path / "out.ttl").exists()


def test_skipped_articles_are_a_warning(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text(STORY)
    with pytest.warns(kg.BuildWarning, match="1 of 2 article"):
        g = kg.build_graph(tmp_path)
    assert g.report.articles_written == 1 and g.report.skipped[0]["source"].endswith("empty.txt")


def test_read_facts_are_what_kg_facts_prints(capsys):
    assert main(["facts", str(EXAMPLES)]) == 0
    printed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    facts = kg.read_facts([EXAMPLES])
    assert all(isinstance(f, kg.ArticleFacts) for f in facts)
    assert [f.to_dict() for f in facts] == printed
    assert any(o.name == "Hillary Clinton" and o.country == "US" for f in facts for o in f.officials)


def test_query_columns_are_typed(graph):
    events = kg.query(graph, "queries/cq_events.rq")
    answer = kg.api.answer(graph, (QUERIES / "cq_events.rq").read_text(encoding="utf-8"))
    assert list(events.columns) == ["article", "event", "type", "date", "date_precision", "location", "edition"]
    assert pd.api.types.is_datetime64_dtype(events["date"]) and str(events["edition"].dtype) == "Int64"
    assert all(pd.api.types.is_string_dtype(events[c]) for c in ("article", "event", "type", "location"))
    lexical = [row[3] for row in answer.rows]
    for stamp, precision, text in zip(events["date"], events["date_precision"], lexical):
        if text is None:
            assert pd.isna(stamp) and pd.isna(precision)
        else:  # the value is the first instant of what the article says, the precision how much it says
            assert precision == {4: "year", 7: "month", 10: "day"}[len(text)]
            assert stamp.strftime({"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}[precision]) == text
    assert {("11", "2020-09-23")} <= {(str(e), str(d.date())) for e, d in zip(events["edition"], events["date"])}
    count = kg.query(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/diplokg/ontology#Official> }")
    assert str(count["n"].dtype) == "Int64" and count["n"][0] > 10


def test_ask_is_a_bool_and_construct_a_graph(graph):
    assert kg.query(graph, "ASK { ?s a <https://w3id.org/diplokg/ontology#Talks> }") is True
    assert kg.query(graph, "ASK { ?s a <https://w3id.org/diplokg/ontology#Nothing> }") is False
    made = kg.query(graph, "CONSTRUCT { ?p <https://schema.org/name> ?n } WHERE { "
                           "?p a <https://w3id.org/diplokg/ontology#Official> ; <https://schema.org/name> ?n }")
    assert isinstance(made, rdflib.Graph)
    assert rdflib.Literal("Hillary Clinton", lang="en") in set(made.objects())


def test_every_kind_of_source_gives_the_same_frame(graph, tmp_path):
    path = tmp_path / "g.trig"
    build([EXAMPLES], path)
    assert main(["load", str(path), "--store", str(tmp_path / "store")]) == 0
    text = (QUERIES / "partnership_timeline.rq").read_text(encoding="utf-8")
    expected = kg.query(graph, text)
    for source in (str(path), path, tmp_path / "store", graph.store, graph.to_rdflib()):
        pd.testing.assert_frame_equal(kg.query(source, text), expected)
    file = QUERIES / "partnership_timeline.rq"
    for query in (file, str(file), "partnership_timeline.rq"):  # a file, or one of the queries that come with kg
        pd.testing.assert_frame_equal(kg.query(graph, query), expected)
    with pytest.raises(FileNotFoundError, match="no such graph file or store"):
        kg.query(tmp_path / "nothing.ttl", text)
    with pytest.raises(FileNotFoundError, match="no such query file"):
        kg.query(graph, "queries/no_such_query.rq")
    with pytest.raises(TypeError, match="cannot read a graph"):
        kg.query(42, text)


def test_bound_values(graph):
    query = "officials_met_counterparts_in_year.rq"
    as_text = kg.query(graph, query, bind={"country": "US", "year": "2024"})
    as_number = kg.query(graph, query, bind={"country": "US", "year": 2024})
    pd.testing.assert_frame_equal(as_text, as_number)
    assert set(as_text["official"]) == {"Bonnie Jenkins", "Marc Knapper"}
    on_day = kg.query(graph, "PREFIX dko: <https://w3id.org/diplokg/ontology#> "
                             "SELECT ?e WHERE { ?e dko:date ?d }", bind={"d": datetime.date(2020, 9, 23)})
    assert len(on_day) >= 1
    with pytest.raises(ValueError, match="no variable"):
        kg.query(graph, query, bind={"nothing": "x"})
    with pytest.raises(TypeError, match="cannot bind"):
        kg.query(graph, query, bind={"year": [2024]})


def test_validate(graph, tmp_path):
    report = kg.validate(graph)
    assert report.conforms and report.violations.empty and report.text == "The graph conforms to the shapes."
    broken = graph.to_rdflib()
    dko = rdflib.Namespace("https://w3id.org/diplokg/ontology#")
    commitment = next(broken.subjects(rdflib.RDF.type, dko.Commitment))
    broken.add((commitment, dko.area, rdflib.URIRef("urn:astrology"), rdflib.URIRef("urn:g")))
    for engine in ("auto", "pyshacl"):
        found = kg.validate(broken, engine=engine)
        assert not found.conforms and list(found.violations.columns) == ["article", "focus", "path", "message"]
        assert (found.violations["focus"] == str(commitment)).any() and "cooperation area" in found.text
    path = tmp_path / "broken.nq"
    broken.serialize(path, format="nquads")
    assert main(["validate", str(path)]) == 5  # the command says the same


def test_networks_carry_what_kg_network_writes(graph, tmp_path):
    nets = kg.networks(graph)
    participants = kg.query(graph, "network_participation.rq")
    assert set(nets.officials) == set(participants["person"])  # every official who took part in an event
    assert {label for _, label in nets.officials.nodes(data="label")} <= set(participants["name"])
    assert {"Bùi Thanh Sơn", "Hillary Clinton", "Hayashi Yoshimasa", "Yoon Suk-yeol"} <= set(participants["name"])
    son = next(d for _, d in nets.officials.nodes(data=True) if d["label"] == "Bùi Thanh Sơn")
    assert son["country"] == "VN" and "ForeignMinister" in son["roles"].split("; ")
    assert nets.countries.nodes["VN"]["name"] == "Vietnam"
    for measure in ("degree", "weighted_degree", "betweenness", "closeness", "eigenvector", "pagerank", "community"):
        assert all(measure in d for _, d in nets.officials.nodes(data=True)), measure
    assert nx.pagerank(nets.officials)  # ready for networkx and for export as it is
    for graph_ in (nets.officials, nets.countries, nets.bipartite):
        buffer = io.BytesIO()
        nx.write_graphml(graph_, buffer)
        nx.write_gexf(graph_, io.BytesIO())
        assert nx.read_graphml(io.BytesIO(buffer.getvalue())).number_of_nodes() == graph_.number_of_nodes()
    path = tmp_path / "g.ttl"
    build([EXAMPLES], path)
    assert main(["network", str(path), "-o", str(tmp_path / "net")]) == 0
    written = {row["id"]: row for row in json.loads((tmp_path / "net" / "officials.json").read_text())}
    assert written.keys() == set(nets.officials)
    for node, data in nets.officials.nodes(data=True):
        assert written[node]["pagerank"] == data["pagerank"] and written[node]["betweenness"] == data["betweenness"]


def test_networks_in_a_time_window(graph):
    recent = kg.networks(graph, since="2023")
    dates = [d["date"] for _, d in recent.bipartite.nodes(data=True) if d["kind"] == "event"]
    assert dates and all(date >= "2023" for date in dates)
    assert kg.networks(graph, since=datetime.date(2023, 1, 1)).officials.nodes == recent.officials.nodes
    assert set(kg.networks(graph, pair="VN-JP").countries) == {"VN", "JP"}
    with pytest.raises(ValueError, match="not an ISO date"):
        kg.networks(graph, since="last year")
    with pytest.raises(ValueError, match="pair"):
        kg.networks(graph, pair="VN")


def test_the_package_names_its_api_and_nothing_shadows_it():
    for name in kg.__all__:
        assert getattr(kg, name) is not None, name
    for module in pkgutil.walk_packages(kg.__path__, "kg."):
        if module.name != "kg.cli":
            importlib.import_module(module.name)
    importlib.import_module("kg.cli")
    assert callable(kg.query) and callable(kg.networks) and callable(kg.validate)  # no submodule took the names
    assert (ROOT / "kg" / "py.typed").is_file()
    with pytest.raises(AttributeError):
        kg.no_such_thing  # noqa: B018


def test_the_readme_example_runs_as_written(monkeypatch):
    block = re.search(r"## From Python\n.*?```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    monkeypatch.chdir(ROOT)
    scope: dict = {}
    with warnings.catch_warnings():
        warnings.simplefilter("error", kg.BuildWarning)  # the samples build whole
        exec(block[1], scope)
    assert scope["g"].report.articles_written == 10 and len(scope["facts"]) == 10
    assert set(scope["df"]["name"]) >= {"Hillary Clinton", "Joe Biden"} and "date_precision" in scope["df"]
    assert scope["report"].conforms and scope["nets"].officials.number_of_nodes() > 3


def test_the_example_notebook_runs_and_draws(tmp_path, monkeypatch):
    import runpy
    import sys

    monkeypatch.setattr(sys, "argv", ["explore.py", str(EXAMPLES), "--out", str(tmp_path)])
    scope = runpy.run_path(str(ROOT / "examples" / "explore.py"), run_name="__main__")
    for picture in ("officials.png", "timeline.png"):
        data = (tmp_path / picture).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 20_000
    assert scope["picture"].edges_through_nodes() == [] and scope["picture"].hidden_labels() == []
    assert {"US", "KR", "JP", "GB", "LA"} <= set(scope["met"]["partner"])
    assert scope["timeline"].query("partner == 'US' and level == 'ComprehensiveStrategicPartnership'")["since"] \
        .iloc[0] == pd.Timestamp(2023, 9, 1)
