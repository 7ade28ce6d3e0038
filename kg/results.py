"""SPARQL answers as pandas DataFrames whose columns have the types of the RDF literals in them.

Every backend (the embedded store, a SPARQL server's JSON results) gives its answer as Terms, the RDF
term's kind, lexical form, datatype and language; one conversion turns them into columns, so a query
gives the same DataFrame wherever it runs. Each column is typed by the datatypes of its values:

=====================================================  =====================================================
values in the column                                   column
=====================================================  =====================================================
xsd:integer, xsd:int, xsd:long, ... (whole numbers)    ``Int64``
xsd:decimal, xsd:double, xsd:float (with integers)     ``Float64``
xsd:boolean                                            ``boolean``
xsd:date, xsd:gYearMonth, xsd:gYear, xsd:dateTime      ``datetime64[us]``, and ``<name>_precision`` beside it
IRIs, blank nodes ('_:b1'), strings, tagged strings    ``string``
anything else, or a mix of the kinds above             ``string`` (the lexical forms, as written)
=====================================================  =====================================================

Dates. The graph gives each date only as precisely as its article does: ``"2023"^^xsd:gYear``,
``"2023-09"^^xsd:gYearMonth`` or ``"2023-09-10"^^xsd:date``, often in the same column. Such a column
becomes datetime64, each value the first day of its year, month or day, so it sorts, filters and plots as
dates; and a column ``<name>_precision`` right after it (an ordered categorical: year < month < day < time)
says how much of each value the article gave, so '2023' is never read as 1 January. A column of
xsd:dateTime values alone gets no precision column (they are instants); with a time zone they are
converted to UTC.

Unbound values are missing (``<NA>``, ``NaT``). A literal whose lexical form is not valid for its datatype
('x'^^xsd:integer) keeps its whole column as strings, so no value is lost.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import pyoxigraph as ox

if TYPE_CHECKING:  # pandas is imported when a DataFrame is made: kg query and kg network print strings
    import pandas as pd

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
INTEGERS = frozenset(XSD + name for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))
FLOATS = frozenset(XSD + name for name in ("decimal", "double", "float"))
BOOLEAN = XSD + "boolean"
CALENDAR = {XSD + "gYear": "year", XSD + "gYearMonth": "month", XSD + "date": "day"}
INSTANTS = frozenset({XSD + "dateTime", XSD + "dateTimeStamp"})
PRECISIONS = ("year", "month", "day", "time")
DATE_UNIT = "datetime64[us]"  # pandas' own unit for parsed dates: any year, and microseconds
INT64 = (-(2 ** 63), 2 ** 63 - 1)


class Term(NamedTuple):
    """One RDF term of an answer, as every backend gives it."""

    kind: str  # iri, bnode, literal (or triple, for RDF-star)
    value: str  # the IRI, the blank node's id, or the literal's lexical form
    datatype: str | None = None  # literals only: xsd:string for plain ones, rdf:langString for tagged ones
    lang: str | None = None

    @property
    def text(self) -> str:
        """The term as a string in a DataFrame: an IRI as it is, a blank node as '_:id', a literal's text."""
        return "_:" + self.value if self.kind == "bnode" else self.value


def from_oxigraph(term: Any) -> Term | None:
    """A pyoxigraph term (NamedNode, BlankNode, Literal, Triple) as a Term; None stays None (unbound).
    Dispatched on the exact type: this runs for every value of every answer."""
    kind = type(term)
    if kind is ox.Literal:
        return Term("literal", term.value, term.datatype.value, term.language)
    if kind is ox.NamedNode:
        return Term("iri", term.value)
    if term is None:
        return None
    if kind is ox.BlankNode:
        return Term("bnode", term.value)
    return Term("triple", str(term))


def from_json(binding: dict[str, Any] | None) -> Term | None:
    """A value of SPARQL 1.1 JSON results ({"type": "literal", "value": ..., "datatype": ...}) as a Term."""
    if binding is None:
        return None
    kind, value = binding.get("type"), str(binding.get("value", ""))
    if kind == "uri":
        return Term("iri", value)
    if kind == "bnode":
        return Term("bnode", value)
    if kind in ("literal", "typed-literal"):
        lang = binding.get("xml:lang")
        datatype = RDF_LANG_STRING if lang else binding.get("datatype", XSD + "string")
        return Term("literal", value, datatype, lang)
    return Term("triple", value)


def to_dataframe(columns: Sequence[str], rows: Sequence[Sequence[Term | None]]) -> pd.DataFrame:
    """A DataFrame of an answer's rows of Terms, each column typed as the module says.

    >>> xsd = "http://www.w3.org/2001/XMLSchema#"
    >>> rows = [[Term("literal", "2023", xsd + "gYear"), Term("literal", "3", xsd + "integer")],
    ...         [Term("literal", "2024-05-02", xsd + "date"), None]]
    >>> df = to_dataframe(["date", "n"], rows)
    >>> df
            date date_precision     n
    0 2023-01-01           year     3
    1 2024-05-02            day  <NA>
    >>> df.dtypes.astype(str).to_dict()
    {'date': 'datetime64[us]', 'date_precision': 'category', 'n': 'Int64'}
    """
    import pandas as pd

    data: dict[str, Any] = {}
    for index, name in enumerate(columns):
        values = [row[index] for row in rows]
        converted, precision = _column(values)
        data[name] = converted
        if precision is not None:
            beside = name + "_precision"
            while beside in columns or beside in data:
                beside += "_"
            data[beside] = precision
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))


def _column(values: list[Term | None]) -> tuple[Any, pd.Categorical | None]:
    import pandas as pd

    kinds = {_kind(term) for term in values if term is not None}
    try:
        if kinds == {"integer"}:
            return _integers(values), None
        if kinds and kinds <= {"integer", "float"}:
            return pd.array([None if t is None else float(t.value) for t in values], dtype="Float64"), None
        if kinds == {"boolean"}:
            return pd.array([None if t is None else _boolean(t.value) for t in values], dtype="boolean"), None
        if kinds == {"date"}:
            return _dates(values)
    except ValueError:  # a lexical form not valid for its datatype: the column stays as written
        pass
    return pd.array([None if t is None else t.text for t in values], dtype="string"), None


def _kind(term: Term) -> str:
    if term.kind != "literal" or term.datatype is None:
        return "text"
    if term.datatype in INTEGERS:
        return "integer"
    if term.datatype in FLOATS:
        return "float"
    if term.datatype == BOOLEAN:
        return "boolean"
    if term.datatype in CALENDAR or term.datatype in INSTANTS:
        return "date"
    return "text"


def _integers(values: list[Term | None]) -> Any:
    import pandas as pd

    numbers = [None if t is None else int(t.value.strip()) for t in values]
    if all(n is None or INT64[0] <= n <= INT64[1] for n in numbers):
        return pd.array(numbers, dtype="Int64")
    return pd.Series(numbers, dtype=object)  # beyond 64 bits (xsd:integer is unbounded): Python integers


def _boolean(text: str) -> bool:
    value = text.strip()
    if value in ("true", "1"):
        return True
    if value in ("false", "0"):
        return False
    raise ValueError(f"not an xsd:boolean: {text!r}")


CALENDAR_FORM = re.compile(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?(?:Z|[+-]\d\d:\d\d)?")


def _dates(values: list[Term | None]) -> tuple[pd.Series, pd.Categorical | None]:
    """Dates as datetime64 (the first instant of a year or month), and their precision when any is a
    calendar date (xsd:gYear, gYearMonth, date) rather than an instant."""
    import pandas as pd

    stamps: list[pd.Timestamp | None] = []
    precision: list[str | None] = []
    zoned = False
    for term in values:
        if term is None:
            stamps.append(None)
            precision.append(None)
            continue
        assert term.datatype is not None
        if term.datatype in CALENDAR:
            stamps.append(pd.Timestamp(_calendar_date(term.value.strip(), CALENDAR[term.datatype])))
            precision.append(CALENDAR[term.datatype])
        else:
            stamp = pd.Timestamp(term.value.strip())
            zoned = zoned or stamp.tzinfo is not None
            stamps.append(stamp)
            precision.append("time")
    if zoned:  # instants with a time zone: all in UTC (those without one taken as UTC)
        utc = [None if s is None else (s.tz_convert("UTC") if s.tzinfo else s.tz_localize("UTC")) for s in stamps]
        series = pd.Series(utc, dtype=pd.DatetimeTZDtype(unit="us", tz="UTC"))
    else:
        series = pd.Series(stamps, dtype=DATE_UNIT)
    calendar = any(p not in (None, "time") for p in precision)
    return series, pd.Categorical(precision, categories=PRECISIONS, ordered=True) if calendar else None


def _calendar_date(text: str, precision: str) -> dt.datetime:
    match = CALENDAR_FORM.fullmatch(text)
    parts = [g for g in match.groups() if g is not None] if match else []
    if len(parts) != PRECISIONS.index(precision) + 1:
        raise ValueError(f"not a {precision} date: {text!r}")
    year, month, day = (int(p) for p in parts + ["1"] * (3 - len(parts)))
    return dt.datetime(year, month, day)
