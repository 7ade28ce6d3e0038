"""kg people: the persons of a graph, their spellings, states, posts in time and article counts,
and the pairs that may be one person but were not merged, for a user to check."""

from __future__ import annotations

from pathlib import Path

from .identity import likely_duplicates
from .resources import texts
from .store import open_store, query


def people(graph: Path) -> tuple[list[dict], list[str]]:
    """Rows of queries/people.rq over the graph, and the likely duplicates among its persons."""
    text = dict(texts("queries", ".rq"))["people.rq"]
    answer = query(open_store(data=graph), text)
    rows = [dict(zip(answer.columns, row)) for row in answer.rows]
    return rows, likely_duplicates((r["person"], r["name"], r["country"]) for r in rows)


def table(rows: list[dict], doubts: list[str]) -> str:
    """The persons as text: one block per person, a line per post."""
    lines: list[str] = []
    person = None
    for r in rows:
        if r["person"] != person:
            person = r["person"]
            spellings = sorted(set((r["spellings"] or "").split(" | ")) - {r["name"]})
            also = f"  (also written: {', '.join(spellings)})" if spellings else ""
            lines.append(f"{r['name']} [{r['country']}]{also}")
        when = f"{r['first']} .. {r['last']}" if r.get("first") else "undated"
        lines.append(f"    {r['role']:28} {when:26} {r['articles']} article(s)")
    persons = len({r["person"] for r in rows})
    lines.append(f"{persons} person(s).")
    if doubts:
        lines.append(f"Not merged, worth a look ({len(doubts)}):")
        lines += [f"  {d}" for d in doubts]
    return "\n".join(lines)
