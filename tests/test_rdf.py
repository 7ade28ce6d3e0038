"""The written graph: deterministic, every format parses back, atomic, no blank nodes."""

from __future__ import annotations

import os

import pytest
from conftest import EXAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.formats import load
from kg.pipeline import build
from kg.rdf.namespaces import DKO, DKR, SCHEMA

FORMATS = ["ttl", "trig", "nt", "nq", "jsonld"]


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("formats")
    return {fmt: build([EXAMPLES], root / f"graph.{fmt}") for fmt in FORMATS}, root


def test_same_input_same_bytes(tmp_path):
    """Also across processes whose string hashing differs, so no set order leaks into the output."""
    import subprocess
    import sys

    code = ("import sys; from pathlib import Path; from kg.pipeline import build\n"
            f"for fmt in {list(FORMATS)!r}: build([Path({str(EXAMPLES)!r})], Path(sys.argv[1]) / f'graph.{{fmt}}')")
    for seed in ("1", "2"):
        (tmp_path / seed).mkdir()
        subprocess.run([sys.executable, "-c", code, str(tmp_path / seed)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
    for fmt in FORMATS:
        assert (tmp_path / "1" / f"graph.{fmt}").read_bytes() == (tmp_path / "2" / f"graph.{fmt}").read_bytes()


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_parses_back_to_the_same_triples(builds, fmt):
    reports, root = builds
    reference = {t for t in load(root / "graph.ttl").triples((None, None, None))}
    dataset = load(root / f"graph.{fmt}")
    assert {t for t in dataset.triples((None, None, None))} == reference
    assert not any(isinstance(term, BNode) for triple in reference for term in triple)


def test_trig_has_one_named_graph_per_article(builds):
    _, root = builds
    dataset = Dataset()
    dataset.parse(root / "graph.trig", format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    articles = {n for n in names if "/article/" in n}
    assert len(articles) == len(list(EXAMPLES.rglob("*.txt")))
    assert "https://w3id.org/diplokg/resource/country/VN" in names  # a shared thing: a graph of its own, once


def test_interrupted_write_leaves_previous_output(tmp_path, monkeypatch):
    out = tmp_path / "graph.ttl"
    build([EXAMPLES], out)
    before = out.read_bytes()

    def boom(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.pipeline.to_triples", boom)
    with pytest.raises(KeyboardInterrupt):
        build([EXAMPLES], out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_worker_processes_give_the_same_bytes(tmp_path):
    one, two = tmp_path / "one.nq", tmp_path / "two.nq"
    build([EXAMPLES], one, jobs=1)
    build([EXAMPLES], two, jobs=2)
    assert one.read_bytes() == two.read_bytes()


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["post/1", "event/a-b", "country/VN", "x y"]),
                          st.sampled_from([RDFS.label, RDF.type, DKO.evidence, DKO.edition]),
                          st.one_of(st.text(max_size=30).map(lambda t: Literal(t, lang="vi")),
                                    st.text(max_size=30).map(Literal),
                                    st.integers().map(Literal),
                                    st.sampled_from([DKO.Talks, DKR["code/area/EconomyTrade"], SCHEMA.Event]))),
                min_size=1, max_size=12))
def test_turtle_writer_round_trips(rows):
    """Whatever the literals hold (quotes, line breaks, backslashes), the Turtle reads back the same."""
    from kg.rdf.namespaces import PREFIXES
    from kg.rdf.write import turtle_statements

    triples = {(URIRef(DKR + s.replace(" ", "%20")), p, o) for s, p, o in rows}
    text = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()) + turtle_statements(triples)
    assert set(Graph().parse(data=text, format="turtle")) == triples
    assert turtle_statements(sorted(triples, reverse=True)) == turtle_statements(triples)


@pytest.mark.parametrize("iri", ["https://example.org/a b", 'https://example.org/"x"', "https://example.org/{a}"])
def test_an_iri_rdflib_would_refuse_is_refused_every_time(iri):
    """Checked IRIs are remembered across articles; a refused one must not become writable."""
    from kg.rdf.write import nt_lines

    for _ in range(2):
        with pytest.raises(ValueError, match="valid IRI"):
            nt_lines([(URIRef(iri), RDF.type, DKO.Talks)])
        with pytest.raises(Exception, match="does not look like a valid URI"):  # rdflib's own writer
            Graph().add((URIRef(iri), RDF.type, DKO.Talks)).serialize(format="nt")


def test_output_has_the_mode_of_an_ordinary_new_file(tmp_path):
    """Readable by others as the umask allows (a triplestore may run as another user)."""
    from kg.rdf.write import write_text

    previous = os.umask(0o022)
    try:
        write_text(tmp_path / "a.ttl", "")
    finally:
        os.umask(previous)
    assert (tmp_path / "a.ttl").stat().st_mode & 0o777 == 0o644


def test_an_event_of_several_days_is_dated_by_its_month_with_its_first_and_last_days(tmp_path):
    from kg import Article, build_graph

    text = ("Từ ngày 19 đến 21/5/2019, Bộ trưởng Ngoại giao Lê Văn An thăm chính thức Cuba theo lời mời của Bộ "
            "trưởng Ngoại giao Cuba Carlos Ruiz.")
    g = build_graph([Article(id="trip", text=text)]).to_rdflib()
    visit = next(g.subjects(RDF.type, DKO.Visit))
    assert (str(g.value(visit, DKO.date)), str(g.value(visit, DKO.startDate)), str(g.value(visit, DKO.endDate))) == (
        "2019-05", "2019-05-19", "2019-05-21")
