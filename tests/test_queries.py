"""Every query in queries/ runs on the sample graph; the analyst queries answer what they promise."""

from __future__ import annotations

import pytest
from conftest import QUERIES, SHARED

from kg.store import open_store, query


@pytest.fixture(scope="module")
def store(sample_graph):
    return open_store(data=sample_graph)


# what the extra articles of ../shared add to the samples (the sample graph holds them when present)
with_extra = pytest.mark.skipif(not (SHARED / "corpus" / "extra").is_dir(), reason="no ../shared/corpus/extra")


def rows(store, name, **bindings):
    answer = query(store, (QUERIES / name).read_text(encoding="utf-8"), bindings)
    return [dict(zip(answer.columns, row)) for row in answer.rows]


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_query_runs_and_answers(store, path):
    assert rows(store, path.name), f"{path.name} returned no rows on the sample graph"


@with_extra
def test_officials_who_met_vietnamese_counterparts(store):
    got = {(r["official"], r["role"]) for r in rows(store, "officials_met_counterparts_in_year.rq")}
    assert ("Bonnie Jenkins", "DeputyForeignMinister") in got
    # one query answers across languages: the Vietnamese and the English sample on Korea in 2022
    assert {r["official"] for r in rows(store, "officials_met_counterparts_in_year.rq", country="KR", year="2022")} \
        == {"Park Jin", "Yoon Suk-yeol"}


def test_dialogue_editions(store):
    editions = {(r["edition"], r["date"]) for r in rows(store, "dialogue_editions.rq") if r.get("edition")}
    assert {("11", "2020-09-23"), ("13", "2024-08-26")} <= editions


@with_extra
def test_partnership_timeline(store):
    got = {(r["partyA"], r["partyB"], r["level"], r.get("reached")) for r in rows(store, "partnership_timeline.rq")}
    assert ("US", "VN", "ComprehensiveStrategicPartnership", "2023-09") in got
    assert ("JP", "VN", "ComprehensiveStrategicPartnership", "2023-11") in got


def test_parameters_are_bound_as_terms_not_text(store):
    hostile = '"VN\\" } } ; DROP ALL ; #"'
    assert rows(store, "meetings_between_countries.rq", countryA=hostile) == []
    assert rows(store, "meetings_between_countries.rq", countryB="JP")
