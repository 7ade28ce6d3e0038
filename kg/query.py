"""Run SPARQL over a built graph and print the answer as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Dataset, Literal, URIRef

PARSE_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
                 ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}


def load(path: Path) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(str(path), format=PARSE_FORMATS.get(path.suffix.lower(), "turtle"))
    return dataset


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (Literal, URIRef)):
        return str(value)
    return str(value)


def run(dataset: Dataset, query: str, fmt: str = "table") -> str:
    result = dataset.query(query)
    if result.type == "ASK":
        return "true" if result.askAnswer else "false"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format="turtle")
    columns = [str(v) for v in result.vars]
    rows = [[cell(row[i]) for i in range(len(columns))] for row in result]
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2)
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    widths = [min(60, max([len(c)] + [len(r[i]) for r in rows])) for i, c in enumerate(columns)]

    def line(values):
        return "  ".join(v[:w].ljust(w) for v, w in zip(values, widths)).rstrip()
    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
