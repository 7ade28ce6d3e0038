"""Answers as typed DataFrames (kg/results.py): each column typed by the datatypes of its literals."""

from __future__ import annotations

import datetime

import pandas as pd
import pytest

from kg.results import RDF_LANG_STRING, Term, from_json, to_dataframe

XSD = "http://www.w3.org/2001/XMLSchema#"


def literal(value: str, datatype: str = "string") -> Term:
    return Term("literal", value, XSD + datatype)


def column(*values: Term | None) -> pd.DataFrame:
    return to_dataframe(["x"], [[v] for v in values])


def test_numbers_and_booleans():
    counts = column(literal("3", "integer"), None, literal("-12", "long"), literal("+7", "nonNegativeInteger"))
    assert str(counts["x"].dtype) == "Int64" and counts["x"].tolist() == [3, pd.NA, -12, 7]
    mixed = column(literal("1", "integer"), literal("2.5", "decimal"), literal("1E3", "double"))
    assert str(mixed["x"].dtype) == "Float64" and mixed["x"].tolist() == [1.0, 2.5, 1000.0]
    flags = column(literal("true", "boolean"), literal("0", "boolean"), None)
    assert str(flags["x"].dtype) == "boolean" and flags["x"].tolist() == [True, False, pd.NA]
    huge = column(literal(str(2 ** 70), "integer"), literal("1", "integer"))
    assert huge["x"].tolist() == [2 ** 70, 1]  # beyond 64 bits: Python integers, not rounded


def test_dates_keep_their_precision_beside_them():
    frame = column(literal("2023", "gYear"), literal("2023-09", "gYearMonth"), literal("2023-09-10", "date"), None)
    assert list(frame.columns) == ["x", "x_precision"]
    assert pd.api.types.is_datetime64_dtype(frame["x"])
    assert frame["x"].tolist()[:3] == [pd.Timestamp(2023, 1, 1), pd.Timestamp(2023, 9, 1), pd.Timestamp(2023, 9, 10)]
    assert frame["x"].isna().tolist() == [False, False, False, True]
    assert frame["x_precision"].tolist()[:3] == ["year", "month", "day"] and pd.isna(frame["x_precision"][3])
    assert frame["x_precision"].cat.ordered and (frame["x_precision"][:3] >= "month").tolist() == [False, True, True]


def test_instants_without_and_with_a_time_zone():
    plain = column(literal("2024-05-01T10:30:00", "dateTime"))
    assert list(plain.columns) == ["x"] and plain["x"][0] == pd.Timestamp(2024, 5, 1, 10, 30)
    zoned = column(literal("2024-05-01T10:30:00+07:00", "dateTime"), literal("2024-05-01T00:00:00", "dateTime"))
    assert str(zoned["x"].dt.tz) == "UTC"
    assert zoned["x"].tolist() == [pd.Timestamp("2024-05-01T03:30:00Z"), pd.Timestamp("2024-05-01T00:00:00Z")]


def test_strings_iris_and_what_cannot_be_typed_stay_as_written():
    frame = to_dataframe(["who", "note"], [
        [Term("iri", "https://w3id.org/diplokg/resource/country/VN"), Term("literal", "Hà Nội", RDF_LANG_STRING, "vi")],
        [Term("bnode", "b1"), None],
    ])
    assert frame["who"].tolist() == ["https://w3id.org/diplokg/resource/country/VN", "_:b1"]
    assert str(frame["who"].dtype) == "string" and frame["note"].tolist() == ["Hà Nội", pd.NA]
    bad = column(literal("12", "integer"), literal("twelve", "integer"))
    assert str(bad["x"].dtype) == "string" and bad["x"].tolist() == ["12", "twelve"]
    mixed = column(literal("2023", "gYear"), literal("soon"))
    assert list(mixed.columns) == ["x"] and mixed["x"].tolist() == ["2023", "soon"]
    unbound = column(None, None)
    assert unbound["x"].isna().all()


def test_a_precision_column_never_takes_a_name_the_query_uses():
    frame = to_dataframe(["date", "date_precision"], [[literal("2023", "gYear"), literal("exact")]])
    assert list(frame.columns) == ["date", "date_precision_", "date_precision"]
    assert frame["date_precision"][0] == "exact" and frame["date_precision_"][0] == "year"


def test_no_rows():
    frame = to_dataframe(["a", "b"], [])
    assert list(frame.columns) == ["a", "b"] and len(frame) == 0


def test_sparql_json_terms():
    assert from_json({"type": "uri", "value": "http://x"}) == Term("iri", "http://x")
    assert from_json({"type": "literal", "value": "x"}) == Term("literal", "x", XSD + "string")
    assert from_json({"type": "literal", "value": "x", "xml:lang": "vi"}) == Term("literal", "x", RDF_LANG_STRING, "vi")
    assert from_json({"type": "typed-literal", "value": "5", "datatype": XSD + "int"}).datatype == XSD + "int"
    assert from_json({"type": "bnode", "value": "b0"}).text == "_:b0"
    assert from_json(None) is None


@pytest.mark.parametrize("value, datatype, expected", [
    ("0001", "gYear", datetime.datetime(1, 1, 1)), ("9999-12", "gYearMonth", datetime.datetime(9999, 12, 1)),
    ("2024-02-29Z", "date", datetime.datetime(2024, 2, 29))])
def test_dates_far_apart_and_with_a_zone(value, datatype, expected):
    assert column(literal(value, datatype))["x"][0] == pd.Timestamp(expected)
