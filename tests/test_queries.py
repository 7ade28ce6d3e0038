"""Every query in queries/ runs on the sample graph; the analyst queries answer what they promise."""

from __future__ import annotations

import pytest
from conftest import QUERIES

from kg.query import load


@pytest.fixture(scope="module")
def dataset(sample_graph):
    return load(sample_graph)


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_query_runs_and_answers(dataset, path):
    rows = list(dataset.query(path.read_text(encoding="utf-8")))
    assert rows, f"{path.name} returned no rows on the sample graph"


def test_officials_who_met_vietnamese_counterparts(dataset):
    rows = dataset.query((QUERIES / "officials_met_counterparts_in_year.rq").read_text())
    assert {(str(r.official), str(r.role)) for r in rows} >= {("Bonnie Jenkins", "DeputyForeignMinister")}


def test_dialogue_editions(dataset):
    rows = dataset.query((QUERIES / "dialogue_editions.rq").read_text())
    editions = {(int(r.edition), str(r.date)) for r in rows if r.edition is not None}
    assert {(11, "2020-09-23"), (13, "2024-08-26")} <= editions
