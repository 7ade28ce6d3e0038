"""Network analysis of the knowledge graph: who is central among officials and states.

The graphs are built from SPARQL answers (queries/network_*.rq), not by walking triples:
- officials linked by the events they shared (weight: how many);
- states linked by events their officials shared and by commitments they made together;
- the bipartite graph of officials and events.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pyoxigraph as ox

from .resources import query_text
from .store import Answer, open_store, query

if TYPE_CHECKING:
    from .picture import Picture

MEASURES = ("degree", "weighted_degree", "betweenness", "closeness", "eigenvector", "pagerank")


@dataclass
class Networks:
    """The networks of a graph, as networkx graphs ready for nx.pagerank, drawing or export (GraphML, GEXF).

    Nodes: officials by IRI, with 'label' (the name), 'country' (ISO code), 'roles' (codes of the posts
    held, joined by '; '); states by ISO code, with 'label', 'country' and 'name' (in English); events
    (bipartite only) by IRI, with 'label', 'type' and 'date' (ISO, as precise as known). Every node has
    'kind' (official, country, event). Edges: 'weight' (events and commitments shared), 'events',
    'commitments'. Once scored (score_networks, kg.networks, kg network), officials and states also carry
    the measures of MEASURES and their Louvain 'community'."""

    officials: nx.Graph
    countries: nx.Graph
    bipartite: nx.Graph

    def draw(self, which: str, path: Path | str, title: str | None = None) -> Picture:
        """A picture of the scored 'officials' or 'countries' network, as kg network draws it, saved at path
        (PNG, or any format matplotlib writes by its suffix)."""
        from .picture import draw

        if which not in TITLES:
            raise ValueError(f"which: 'officials' or 'countries', not {which!r}")
        names = {str(n): str(d.get("name", n)) for n, d in self.countries.nodes(data=True)}
        return draw(getattr(self, which), Path(path), title or TITLES[which], which, names)


Ask = Callable[[str], Answer]  # a query's answer from wherever the graph is (kg.api: a store or a server)


def rows(store: ox.Store | Ask, name: str) -> list[dict]:
    text = query_text(name)
    answer = query(store, text) if isinstance(store, ox.Store) else store(text)
    return [dict(zip(answer.columns, row)) for row in answer.rows]


def window_date(value: str | int | datetime.date | None) -> str | None:
    """A --since or --until value as the ISO date text events are compared with: 2020, '2020-05' or
    '2020-05-01' (checked to be a real date), or a date; ValueError if it is none of these."""
    if value is None or isinstance(value, datetime.date):
        return None if value is None else value.isoformat()[:10]
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return text
    for form, pattern in (("%Y-%m", r"\d{4}-\d{2}"), ("%Y-%m-%d", r"\d{4}-\d{2}-\d{2}")):
        if re.fullmatch(pattern, text):
            try:
                datetime.datetime.strptime(text, form)
                return text
            except ValueError:
                break
    raise ValueError(f"{text!r} is not an ISO date (2020, 2020-05 or 2020-05-01)")


def in_window(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether an event's date may fall in the window, each compared at the precision both give: an
    event of '2023' is in a window since 2023-06-01."""
    if not (since or until):
        return True
    if not date:
        return False
    return (not since or date >= since[:len(date)]) and (not until or date[:len(until)] <= until)


def build_networks(store: ox.Store | Ask, since: str | None = None, until: str | None = None,
                   pair: tuple[str, str] | None = None) -> Networks:
    """The three graphs, optionally for a time window (ISO dates, inclusive) or one pair of states."""
    events: dict[str, dict] = {}
    for r in rows(store, "network_participation.rq"):
        if not in_window(r["date"], since, until):
            continue
        event = events.setdefault(r["event"], {"type": r["type"], "date": r["date"] or "", "people": {}})
        event["people"][r["person"]] = (r["name"], r["country"])
    if pair:
        events = {k: e for k, e in events.items() if set(pair) <= {c for _, c in e["people"].values()}}

    officials: nx.Graph = nx.Graph()
    countries: nx.Graph = nx.Graph()
    bipartite: nx.Graph = nx.Graph()
    for event_id, event in sorted(events.items()):
        bipartite.add_node(event_id, kind="event", label=f"{event['type']} {event['date']}".strip(),
                           type=event["type"], date=event["date"])
        for person, (name, country) in sorted(event["people"].items()):
            for graph in (officials, bipartite):
                graph.add_node(person, kind="official", label=name, country=country)
            bipartite.add_edge(person, event_id)
            countries.add_node(country, kind="country", label=country, country=country)
        for a, b in combinations(sorted(event["people"]), 2):
            _bump(officials, a, b, "events")
        states = sorted({c for _, c in event["people"].values()})
        for a, b in combinations(states, 2):
            _bump(countries, a, b, "events")
    commitments: dict[str, set[str]] = {}
    for r in rows(store, "network_commitments.rq"):
        if in_window(r["date"], since, until):
            commitments.setdefault(r["commitment"], set()).add(r["actor"])
    for actors in commitments.values():
        if pair and not set(pair) <= actors:
            continue
        for a, b in combinations(sorted(actors), 2):
            for code in (a, b):
                countries.add_node(code, kind="country", label=code, country=code)
            _bump(countries, a, b, "commitments")
    roles: dict[str, set[str]] = {}
    for r in rows(store, "network_officials.rq"):
        if r["kind"] == "role":
            roles.setdefault(r["node"], set()).add(r["value"])
        elif r["kind"] == "name" and r["node"] in countries:
            countries.nodes[r["node"]]["name"] = r["value"]
    for graph in (officials, bipartite):
        for node, data in graph.nodes(data=True):
            if data["kind"] == "official":
                data["roles"] = "; ".join(sorted(roles.get(node, ())))
    for node, data in countries.nodes(data=True):
        data.setdefault("name", node)
    return Networks(officials, countries, bipartite)


def _bump(graph: nx.Graph, a: str, b: str, what: str) -> None:
    data = graph.get_edge_data(a, b) or {"weight": 0, "events": 0, "commitments": 0}
    data["weight"] += 1
    data[what] += 1
    graph.add_edge(a, b, **data)


def score_networks(networks: Networks) -> dict[str, dict[str, dict]]:
    """Centrality of officials and of states (centrality()), also set on their nodes, so the graphs
    carry what kg network writes; returns the scores by network and node."""
    found = {}
    for name, graph in (("officials", networks.officials), ("countries", networks.countries)):
        scores = centrality(graph)
        for node, values in scores.items():
            graph.nodes[node].update({k: v for k, v in values.items() if k not in ("label", "country")})
        for _, _, data in graph.edges(data=True):
            data.pop("distance", None)  # centrality's own working: 1 / weight
        found[name] = scores
    return found


def scores_of(graph: nx.Graph) -> dict[str, dict]:
    """The scores set on a scored graph's nodes, in the shape centrality() gives them."""
    keys = ("label", "country", *MEASURES, "community")
    return {n: {k: data[k] for k in keys if k in data} for n, data in graph.nodes(data=True)}


def centrality(graph: nx.Graph) -> dict[str, dict]:
    """Every measure for every node, and the node's community (Louvain, fixed seed)."""
    scores: dict[str, dict] = {n: {"label": graph.nodes[n].get("label", n),
                                   "country": graph.nodes[n].get("country", "")} for n in graph}
    if graph.number_of_nodes() == 0:
        return scores
    distance = {(a, b): 1.0 / d["weight"] for a, b, d in graph.edges(data=True)}
    nx.set_edge_attributes(graph, distance, "distance")
    measures = {
        "degree": nx.degree_centrality(graph),
        "weighted_degree": dict(graph.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(graph, weight="distance", normalized=True),
        "closeness": nx.closeness_centrality(graph, distance="distance"),
        "eigenvector": _eigenvector(graph),
        "pagerank": nx.pagerank(graph, weight="weight") if graph.number_of_edges() else
        {n: 1 / len(graph) for n in graph},
    }
    for name, values in measures.items():
        for node, value in values.items():
            scores[node][name] = round(float(value), 6)
    communities = nx.community.louvain_communities(graph, weight="weight", seed=42) if graph.number_of_edges() else \
        [{n} for n in graph]
    for number, members in enumerate(sorted(communities, key=lambda c: (-len(c), sorted(c)))):
        for node in members:
            scores[node]["community"] = number
    return scores


def _eigenvector(graph: nx.Graph) -> dict:
    """Eigenvector centrality per connected part (it is not defined across parts)."""
    values = {}
    for part in nx.connected_components(graph):
        sub = graph.subgraph(part)
        if sub.number_of_edges() == 0:
            values.update({n: 0.0 for n in sub})
            continue
        found = nx.eigenvector_centrality_numpy(sub, weight="weight") if len(sub) > 2 else \
            {n: 2 ** -0.5 for n in sub}
        share = len(sub) / len(graph)
        values.update({n: abs(v) * share for n, v in found.items()})
    return values


def ranking(scores: dict[str, dict], by: str = "pagerank") -> list[dict]:
    table = [{"id": node, **values} for node, values in scores.items()]
    return sorted(table, key=lambda r: (-r.get(by, 0), r["label"], r["id"]))


def ranking_csv(table: list[dict]) -> str:
    columns = ["id", "label", "country", *MEASURES, "community"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return buffer.getvalue()


def scores_as_turtle(officials: dict[str, dict], countries: dict[str, dict]) -> str:
    """The scores as RDF, so SPARQL can rank by them (dko:pagerank, dko:betweenness, ...)."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import XSD

    from .rdf.mapping import new_graph
    from .rdf.namespaces import DKO, country_iri

    graph: Graph = new_graph()
    for scores, node_iri in ((officials, URIRef), (countries, country_iri)):
        for node, values in scores.items():
            subject = node_iri(node)
            for measure in MEASURES:
                if measure in values:
                    graph.add((subject, DKO[measure.replace("_d", "D")], Literal(values[measure], datatype=XSD.double)))
            if "community" in values:
                graph.add((subject, DKO.community, Literal(values["community"])))
    return graph.serialize(format="turtle")


def analyse(graph_file: Path, out: Path, since: str | None = None, until: str | None = None,
            pair: tuple[str, str] | None = None) -> dict[str, list[dict]]:
    """Everything kg network writes: rankings, GraphML, GEXF, a picture, and the scores as RDF."""
    networks = build_networks(open_store(data=graph_file), since, until, pair)
    score_networks(networks)
    return write_networks(networks, out)


TITLES = {"officials": "Officials who met: size by PageRank, colour by state, lines by events shared",
          "countries": "States: size by PageRank, lines by events and commitments shared"}


def write_networks(networks: Networks, out: Path) -> dict[str, list[dict]]:
    """The files of kg network for scored networks (score_networks): rankings (CSV, JSON), GraphML, GEXF,
    pictures and scores.ttl, in the folder out. Returns the rankings, by PageRank."""
    from .rdf.write import write_text

    out.mkdir(parents=True, exist_ok=True)
    results = {}
    for name, graph in (("officials", networks.officials), ("countries", networks.countries)):
        table = ranking(scores_of(graph))
        results[name] = table
        write_text(out / f"{name}.csv", ranking_csv(table))
        write_text(out / f"{name}.json", json.dumps(table, ensure_ascii=False, indent=2) + "\n")
        _write_graph(graph, out / f"{name}.graphml", nx.write_graphml)
        _write_graph(graph, out / f"{name}.gexf", nx.write_gexf)
        networks.draw(name, out / f"{name}.png")
    _write_graph(networks.bipartite, out / "officials-events.graphml", nx.write_graphml)
    _write_graph(networks.bipartite, out / "officials-events.gexf", nx.write_gexf)
    write_text(out / "scores.ttl", scores_as_turtle({r["id"]: r for r in results["officials"]},
                                                    {r["id"]: r for r in results["countries"]}))
    return results


def _write_graph(graph: nx.Graph, path: Path, writer: Callable[[nx.Graph, Any], None]) -> None:
    from .rdf.write import write_text

    clean: nx.Graph = nx.Graph()
    clean.add_nodes_from((n, {k: v for k, v in d.items() if v is not None}) for n, d in graph.nodes(data=True))
    clean.add_edges_from((a, b, {k: v for k, v in d.items() if k != "distance"}) for a, b, d in graph.edges(data=True))
    buffer = io.BytesIO()
    writer(clean, buffer)
    write_text(path, buffer.getvalue().decode("utf-8"))
