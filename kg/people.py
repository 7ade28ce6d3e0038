"""kg people: the persons of a graph, their spellings, states, posts in time and article counts,
and the pairs that may be one person but were not merged, for a user to check."""

from __future__ import annotations

from pathlib import Path

from .identity import likely_duplicates
from .resources import texts
from .store import open_store, query


def people(graph: Path) -> tuple[list[dict], list[str]]:
    """One row per person and post (spellings, the dates of the post, how many articles name the
    person in it), from queries/people.rq over the graph, and the likely duplicates among them."""
    text = dict(texts("queries", ".rq"))["people.rq"]
    answer = query(open_store(data=graph), text)
    posts: dict[tuple, dict] = {}
    spellings: dict[str, set[str]] = {}
    for values in answer.rows:
        r = dict(zip(answer.columns, values))
        row = posts.setdefault((r["person"], r["role"]), {
            "person": r["person"], "name": r["name"], "country": r["country"], "role": r["role"],
            "first": r["first"], "last": r["last"], "articles": set()})
        row["articles"].add(r["article"])
        spellings.setdefault(str(r["person"]), set()).add(str(r["written"]))
    rows = []
    for (person, _), row in sorted(posts.items(), key=lambda kv: (kv[1]["country"], kv[1]["name"], kv[0])):
        rows.append({**row, "articles": len(row["articles"]), "spellings": sorted(spellings[person])})
    return rows, likely_duplicates((r["person"], r["name"], r["country"]) for r in rows)


def table(rows: list[dict], doubts: list[str]) -> str:
    """The persons as text: one block per person, a line per post."""
    lines: list[str] = []
    person = None
    for r in rows:
        if r["person"] != person:
            person = r["person"]
            others = [s for s in r["spellings"] if s != r["name"]]
            also = f"  (also written: {', '.join(others)})" if others else ""
            lines.append(f"{r['name']} [{r['country']}]{also}")
        when = f"{r['first']} .. {r['last']}" if r.get("first") else "undated"
        lines.append(f"    {r['role']:28} {when:26} {r['articles']} article(s)")
    lines.append(f"{len({r['person'] for r in rows})} person(s).")
    if doubts:
        lines.append(f"Not merged, worth a look ({len(doubts)}):")
        lines += [f"  {d}" for d in doubts]
    return "\n".join(lines)
