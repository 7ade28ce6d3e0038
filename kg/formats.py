"""The formats of the command line: graph files read with rdflib, and query answers printed as a table, CSV,
TSV or JSON. (Not kg/query.py: `kg.query` is the function of the Python API.)"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Dataset

from .store import Answer

PARSE_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads",
                 ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml"}


def load(path: Path) -> Dataset:
    """A graph file as an rdflib Dataset whose default graph is the union of its graphs."""
    dataset = Dataset(default_union=True)
    dataset.parse(str(path), format=PARSE_FORMATS.get(path.suffix.lower(), "turtle"))
    return dataset


def render(answer: Answer, fmt: str = "table") -> str:
    if answer.kind == "ask":
        return "true" if answer.boolean else "false"
    if answer.kind == "graph":
        return answer.turtle.rstrip("\n")
    columns = answer.columns
    rows = [["" if v is None else v for v in row] for row in answer.rows]
    if fmt == "json":
        return json.dumps([{c: v for c, v in zip(columns, row) if v is not None} for row in answer.rows],
                          ensure_ascii=False, indent=2)
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
