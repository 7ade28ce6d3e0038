"""Pictures of the networks that a person can read.

What makes a network picture unreadable, and what is done about it:

- Edges that pass through nodes they do not join, so two people seem to have met who did not. Each
  connected part is laid out on its own, in several ways (Kamada-Kawai, spring layouts, a circle), and
  the way with fewest such edges (then fewest crossings, then least room) is kept, and what is left of
  them pushed apart; a circle has none, since a chord touches the circle only at its ends. Parts are
  then packed in rows, apart, so no edge reaches into another part. (A part larger than LARGE_PART
  gets one spring layout, unchecked: weighing layouts costs the square of its edges.)
- Names hidden by nodes or by each other. Each name is put beside its node, not on it, at the first of
  eight places around it that covers no node and no other name (measured as drawn), on a white ground.
- No key. A legend beside the drawing says what the colours (states), the sizes (PageRank) and the line
  widths (events shared) mean.

draw() returns the geometry as drawn (in pixels), so tests can check the first two.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx

Point = tuple[float, float]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in pixels

DPI = 110
PIXELS_PER_UNIT = 125.0  # layouts put nodes at least a unit apart
CLEARANCE = 0.4  # units between an edge and a node it does not join
LARGEST, SMALLEST = 0.2, 0.07  # node radius in units, by PageRank
MAX_WIDTH = 2600  # pixels of the drawing (legend aside); a larger network is drawn smaller
LEGEND_WIDTH = 300  # pixels
MOST_LABELS = 60  # beyond this many nodes only the most central are named
LARGE_PART = 120  # nodes of a connected part beyond which it gets one spring layout, unchecked


@dataclass
class Picture:
    """The picture as drawn, in pixels: where each node is (centre, radius), where each name is, the edges."""

    nodes: dict[Hashable, tuple[float, float, float]] = field(default_factory=dict)
    labels: dict[Hashable, Box] = field(default_factory=dict)
    edges: list[tuple[Hashable, Hashable]] = field(default_factory=list)
    legend: list[str] = field(default_factory=list)  # the legends' titles

    def edges_through_nodes(self) -> list[tuple[Hashable, Hashable, Hashable]]:
        """(a, b, c): the edge a-b passes over node c, which it does not join."""
        found = []
        for a, b in self.edges:
            for c, (x, y, r) in self.nodes.items():
                if c not in (a, b) and _segment_distance((x, y), self.nodes[a][:2], self.nodes[b][:2]) < r:
                    found.append((a, b, c))
        return found

    def hidden_labels(self) -> list[tuple[Hashable, Hashable]]:
        """(a, b): the name of a covers node b or the name of b."""
        found = []
        for a, box in self.labels.items():
            found += [(a, b) for b, (x, y, r) in self.nodes.items() if _box_meets_circle(box, (x, y), r)]
            found += [(a, b) for b, other in self.labels.items() if a != b and _boxes_meet(box, other)]
        return found


def layout(graph: nx.Graph) -> dict[Hashable, Point]:
    """Positions in units: each connected part laid out on its own and the parts packed in rows."""
    parts = sorted((graph.subgraph(c) for c in nx.connected_components(graph)),
                   key=lambda g: (-len(g), sorted(str(n) for n in g)))
    laid = [_normalised(_part_layout(part)) for part in parts]
    return _pack(laid)


def _part_layout(part: nx.Graph) -> dict[Hashable, Point]:
    nodes = sorted(part, key=str)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (0.0, 0.0), nodes[1]: (1.0, 0.0)}
    if len(nodes) > LARGE_PART or part.number_of_edges() > 4 * LARGE_PART:  # too many to weigh layouts (or read)
        return _normalised({n: (float(p[0]), float(p[1])) for n, p in nx.spring_layout(part, seed=0).items()})
    candidates = [nx.kamada_kawai_layout(part, weight=None)]
    candidates += [nx.spring_layout(part, seed=seed, iterations=200) for seed in range(4)]
    candidates.append(nx.circular_layout(part))
    laid = [_normalised({n: (float(p[0]), float(p[1])) for n, p in c.items()}) for c in candidates]
    costs = [_cost(part, pos) for pos in laid]
    fewest = min(cost[:2] for cost in costs)
    smallest = min(cost[2] for cost in costs if cost[:2] == fewest)
    # the first of the layouts with fewest faults that takes little more room than the smallest of them:
    # Kamada-Kawai before spring layouts before a circle, which shows no centre
    best = next(pos for pos, cost in zip(laid, costs) if cost[:2] == fewest and cost[2] <= 1.3 * smallest)
    return _repaired(part, best)


def _normalised(pos: dict[Hashable, Point]) -> dict[Hashable, Point]:
    """Scaled so the nearest two nodes are a unit apart, and moved to start at (0, 0)."""
    points = list(pos.values())
    nearest = min((math.dist(p, q) for p, q in combinations(points, 2)), default=1.0) or 1.0
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return {n: ((x - min(xs)) / nearest, (y - min(ys)) / nearest) for n, (x, y) in pos.items()}


def _cost(part: nx.Graph, pos: dict[Hashable, Point]) -> tuple[int, int, float]:
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    area = (max(xs) - min(xs) + 1) * (max(ys) - min(ys) + 1)
    return len(_conflicts(part, pos)), _crossings(part, pos), area


def _conflicts(part: nx.Graph, pos: dict[Hashable, Point]) -> list[tuple[Hashable, Hashable, Hashable]]:
    """(a, b, c): node c stands on the edge a-b, which does not join it; or c's edges to a and to b go on
    in a straight line (within 10 degrees), which looks the same: one edge a-b passing over c."""
    found = [(a, b, c) for a, b in part.edges for c in part
             if c not in (a, b) and _segment_distance(pos[c], pos[a], pos[b]) < CLEARANCE]
    for c in part:
        for a, b in combinations(list(part[c]), 2):
            (ax, ay), (bx, by), (cx, cy) = pos[a], pos[b], pos[c]
            u, v = (ax - cx, ay - cy), (bx - cx, by - cy)
            norms = math.hypot(*u) * math.hypot(*v)
            if norms and (u[0] * v[0] + u[1] * v[1]) / norms < -0.985:
                found.append((a, b, c))
    return found


def _repaired(part: nx.Graph, pos: dict[Hashable, Point]) -> dict[Hashable, Point]:
    """Nodes an edge passes too near, pushed away from it step by step (60 rounds at most)."""
    pos = dict(pos)
    for _ in range(60):
        pos = _normalised(pos)  # nodes pushed apart stay a unit apart at least
        conflicts = _conflicts(part, pos)
        if not conflicts:
            break
        for a, b, c in conflicts:
            (ax, ay), (bx, by), (cx, cy) = pos[a], pos[b], pos[c]
            dx, dy = bx - ax, by - ay
            length = math.hypot(dx, dy) or 1.0
            nx_, ny_ = -dy / length, dx / length  # the edge's normal, pointing to c's side
            if (cx - ax) * nx_ + (cy - ay) * ny_ < 0:
                nx_, ny_ = -nx_, -ny_
            pos[c] = (cx + nx_ * CLEARANCE / 2, cy + ny_ * CLEARANCE / 2)
    return pos


def _crossings(part: nx.Graph, pos: dict[Hashable, Point]) -> int:
    edges = list(part.edges)
    return sum(1 for (a, b), (c, d) in combinations(edges, 2)
               if len({a, b, c, d}) == 4 and _segments_cross(pos[a], pos[b], pos[c], pos[d]))


def _pack(parts: list[dict[Hashable, Point]]) -> dict[Hashable, Point]:
    """Parts in rows, left to right, with two units between them (room for names); rows about as wide
    as the whole is tall, the picture's proportions."""
    sizes = [(max(p[0] for p in part.values()), max(p[1] for p in part.values())) for part in parts]
    area = sum((w + 2) * (h + 2) for w, h in sizes)
    row_width = max([w for w, _ in sizes] + [math.sqrt(area) * 1.4])
    placed: dict[Hashable, Point] = {}
    x = y = row_height = 0.0
    for part, (w, h) in zip(parts, sizes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + 2, 0.0
        for node, (px, py) in part.items():
            placed[node] = (x + px, -(y + py))  # rows go down the page
        x += w + 2
        row_height = max(row_height, h)
    return placed


def draw(graph: nx.Graph, path: Path, title: str, what: str = "officials",
         names: dict[str, str] | None = None) -> Picture:
    """Draw a network whose nodes carry 'label', 'country' and 'pagerank' (and the countries' 'name'):
    size by PageRank, colour by state, line width by the events (and commitments) shared.
    names: the states' names for the legend, by ISO code (the countries' nodes give them too)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    picture = Picture()
    pos = layout(graph) if graph.number_of_nodes() else {}
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    margin = 1.4
    width_units, height_units = max(xs) - min(xs) + 2 * margin, max(ys) - min(ys) + 2 * margin
    scale = min(PIXELS_PER_UNIT, MAX_WIDTH / width_units)
    plot_w, plot_h = max(width_units * scale, 500.0), max(height_units * scale, 420.0)
    figure = plt.figure(figsize=((plot_w + LEGEND_WIDTH) / DPI, (plot_h + 60) / DPI), dpi=DPI)
    axes = figure.add_axes((0.0, 0.0, plot_w / (plot_w + LEGEND_WIDTH), plot_h / (plot_h + 60)))
    axes.set_axis_off()
    figure.suptitle(title, x=0.01, y=0.985, ha="left", va="top", fontsize=11)
    if pos:  # the same scale on both axes, whatever the size: a unit is `scale` pixels
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        half_w, half_h = plot_w / scale / 2, plot_h / scale / 2
        axes.set_xlim(cx - half_w, cx + half_w)
        axes.set_ylim(cy - half_h, cy + half_h)

    states = sorted({str(d.get("country", "")) for _, d in graph.nodes(data=True)})
    palette = matplotlib.colormaps["tab10" if len(states) <= 10 else "tab20"]
    colour = {state: palette(i % palette.N) for i, state in enumerate(states)}
    ranks = {n: float(d.get("pagerank", 0.0) or 0.0) for n, d in graph.nodes(data=True)}
    top = max(ranks.values(), default=0.0) or 1.0

    def radius(rank: float) -> float:  # in units
        return SMALLEST + (LARGEST - SMALLEST) * math.sqrt(max(rank, 0.0) / top)

    def area(rank: float) -> float:  # matplotlib's marker size: the area in points squared
        return (2 * radius(rank) * scale * 72 / DPI) ** 2

    weights = [float(d.get("weight", 1)) for _, _, d in graph.edges(data=True)]
    heaviest = max(weights, default=1.0)

    def line_width(weight: float) -> float:
        return 1.0 + 4.0 * (weight - 1) / max(heaviest - 1, 1)

    if pos:
        edges = sorted(graph.edges, key=str)
        nx.draw_networkx_edges(graph, pos, ax=axes, edgelist=edges, edge_color="#8a8a8a", alpha=0.8,
                               width=[line_width(float(graph[a][b].get("weight", 1))) for a, b in edges])
        nodes = sorted(graph, key=str)
        collection = nx.draw_networkx_nodes(graph, pos, ax=axes, nodelist=nodes,
                                            node_color=[colour[str(graph.nodes[n].get("country", ""))] for n in nodes],
                                            node_size=[area(ranks[n]) for n in nodes], edgecolors="white",
                                            linewidths=1.0)
        collection.set_zorder(2)
        to_pixels = axes.transData.transform
        for n in nodes:
            x, y = to_pixels(pos[n])
            picture.nodes[n] = (float(x), float(y), radius(ranks[n]) * scale)
        picture.edges = [(a, b) for a, b in edges]
        named = sorted(graph, key=lambda n: (-ranks[n], str(graph.nodes[n].get("label", n))))
        if len(named) > MOST_LABELS:
            named = named[:MOST_LABELS // 2]
        _place_labels(figure, axes, graph, pos, named, picture, what)

    names = {**(names or {}), **{str(n): str(d["name"]) for n, d in graph.nodes(data=True)
                                 if d.get("kind") == "country" and d.get("name")}}
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=colour[s],
                      markeredgecolor="white", label=f"{s} {names[s]}" if names.get(s, s) != s else s or "(none)")
               for s in states]
    legends = []
    if handles:
        legends.append(figure.legend(handles=handles, title="State", loc="upper left", frameon=False,
                                     bbox_to_anchor=(plot_w / (plot_w + LEGEND_WIDTH) + 0.005, 0.93), fontsize=9))
    if ranks:
        shown = sorted({top, top / 4, top / 16})
        sizes = [Line2D([], [], marker="o", linestyle="", color="#777777",
                        markersize=2 * radius(r) * scale * 72 / DPI, label=f"PageRank {r:.3f}") for r in shown]
        legends.append(figure.legend(handles=sizes, title="Size", loc="lower left", frameon=False, labelspacing=1.8,
                                     handlelength=3, handletextpad=1.0, borderpad=1.0, fontsize=9,
                                     bbox_to_anchor=(plot_w / (plot_w + LEGEND_WIDTH) + 0.005, 0.28)))
    if weights:
        shared = "events and\ncommitments shared" if what == "countries" else "events shared"
        steps = sorted({1.0, heaviest} | ({round((1 + heaviest) / 2)} if heaviest > 2 else set()))
        lines = [Line2D([], [], color="#8a8a8a", linewidth=line_width(w), label=f"{w:g}") for w in steps]
        legends.append(figure.legend(handles=lines, title=f"Line width: {shared}", loc="lower left", frameon=False,
                                     bbox_to_anchor=(plot_w / (plot_w + LEGEND_WIDTH) + 0.005, 0.02), fontsize=9))
    picture.legend = [legend.get_title().get_text() for legend in legends]
    figure.savefig(path)
    plt.close(figure)
    return picture


OFFSETS = ((1, 0, "left", "center"), (-1, 0, "right", "center"), (0, -1, "center", "top"),
           (0, 1, "center", "bottom"), (0.75, 0.75, "left", "bottom"), (0.75, -0.75, "left", "top"),
           (-0.75, 0.75, "right", "bottom"), (-0.75, -0.75, "right", "top"))


def _place_labels(figure: Any, axes: Any, graph: nx.Graph, pos: dict[Hashable, Point], named: list[Hashable],
                  picture: Picture, what: str) -> None:
    """Each name at the first place around its node that covers no node and no name placed before it
    (the most central first); failing that, where it covers least."""
    renderer = figure.canvas.get_renderer()
    bounds = axes.get_window_extent(renderer)
    segments = [(picture.nodes[a][:2], picture.nodes[b][:2]) for a, b in picture.edges]
    for node in named:
        data = graph.nodes[node]
        text = str(data.get("label", node))
        if what == "countries" and data.get("name") and data.get("name") != text:
            text = f"{data['name']} ({text})"
        x, y, r = picture.nodes[node]
        gap = (r + 5) * 72 / DPI  # points beside the node's edge (the white ground reaches 2 beyond the text)
        best: tuple[tuple, Any, Box] | None = None
        for rank, (dx, dy, ha, va) in enumerate(OFFSETS):
            label = axes.annotate(text, pos[node], xytext=(dx * gap, dy * gap), textcoords="offset points",
                                  ha=ha, va=va, fontsize=9, zorder=3,
                                  bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
                                        "alpha": 0.85})
            extent = label.get_window_extent(renderer)
            box = (float(extent.x0), float(extent.y0), float(extent.x1), float(extent.y1))
            covers = sum(1 for m, (nx_, ny_, nr) in picture.nodes.items() if _box_meets_circle(box, (nx_, ny_), nr))
            covers += sum(1 for other in picture.labels.values() if _boxes_meet(box, other))
            outside = box[0] < bounds.x0 or box[2] > bounds.x1 or box[1] < bounds.y0 or box[3] > bounds.y1
            crossed = sum(1 for p, q in segments if _segment_meets_box(p, q, box))
            cost = (covers, outside, crossed, rank)
            if best is None or cost < best[0]:
                if best is not None:
                    best[1].remove()
                best = (cost, label, box)
            else:
                label.remove()
            if cost[:3] == (0, False, 0):
                break
        assert best is not None
        picture.labels[node] = best[2]


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def _segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    def side(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return side(a, b, c) * side(a, b, d) < 0 and side(c, d, a) * side(c, d, b) < 0


def _boxes_meet(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _box_meets_circle(box: Box, centre: Point, r: float) -> bool:
    x = min(max(centre[0], box[0]), box[2])
    y = min(max(centre[1], box[1]), box[3])
    return math.hypot(centre[0] - x, centre[1] - y) < r


def _segment_meets_box(p: Point, q: Point, box: Box) -> bool:
    x0, y0, x1, y1 = box
    if any(x0 <= x <= x1 and y0 <= y <= y1 for x, y in (p, q)):
        return True
    corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    return any(_segments_cross(p, q, corners[i], corners[(i + 1) % 4]) for i in range(4))
