# %% [markdown]
# # Vietnam's diplomacy in the sample articles, from Python
#
# A script that reads as a notebook: each `# %%` opens a cell (VS Code, PyCharm and Jupytext open it as a
# notebook; `jupytext --to ipynb examples/explore.py` makes one). Run whole, it writes its pictures to a folder:
#
#     python examples/explore.py [ARTICLES ...] [--out out/explore]
#
# It builds the sample articles (Vietnamese and English) into a knowledge graph, asks it three questions
# (who met whom, by year; the partnership timeline per partner; commitments by area), and draws the
# officials' network and a timeline.

# %%
from __future__ import annotations

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # pictures to files; in a notebook, drop this line to see them inline
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

import kg  # noqa: E402

HERE = Path(globals().get("__file__", "examples/explore.py")).resolve().parent
parser = argparse.ArgumentParser(description="Explore articles from Python: three questions and two pictures.")
parser.add_argument("articles", nargs="*", type=Path, help="files or folders of articles (default: the samples)")
parser.add_argument("--out", type=Path, default=Path("out/explore"), help="where the pictures go")
args, _ = parser.parse_known_args()  # known only: a notebook's kernel passes options of its own
articles = args.articles or [HERE / "articles"]
out = args.out
out.mkdir(parents=True, exist_ok=True)
pd.set_option("display.width", 160)

# %% [markdown]
# ## The graph
# `kg.build_graph` reads, extracts, maps, reasons and validates each article as `kg build` does, and keeps
# the triples in memory. Its report says what was read.

# %%
graph = kg.build_graph(articles)
print(graph)
print(graph.report.summary())

# %% [markdown]
# ## Who met whom, by year
# Each meeting of a Vietnamese official with a foreign one. Dates come back as datetime64, with their
# precision beside them: an article that says only "in 2023" gives 2023-01-01 with precision "year".

# %%
met = kg.query(graph, """
PREFIX dko: <https://w3id.org/diplokg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?date ?type ?official ?counterpart ?partner WHERE {
  ?event a dko:DiplomaticEvent ; a ?typeClass ; dko:date ?date ; dko:participant ?a, ?b .
  ?typeClass skos:notation ?type .
  ?a dko:country/dko:isoCode "VN" .
  ?b dko:country/dko:isoCode ?partner .
  FILTER (?partner != "VN")
  # one name each: a person in articles of both languages has both spellings, and MAX picks the accented one
  { SELECT ?a (MAX(?name) AS ?official) WHERE { ?a schema:name ?name } GROUP BY ?a }
  { SELECT ?b (MAX(?name) AS ?counterpart) WHERE { ?b schema:name ?name } GROUP BY ?b }
} ORDER BY ?date ?official
""")
met["year"] = met["date"].dt.year
print(met.dtypes, "\n")
for year, meetings in met.groupby("year"):
    pairs = sorted(set(meetings["official"] + " – " + meetings["counterpart"] + " (" + meetings["partner"] + ")"))
    print(year, *pairs, sep="\n  ")

# %% [markdown]
# ## The partnership timeline, per partner
# Every statement of a level of relations with Vietnam, and when the articles say it was reached. The
# earliest date per partner and level is taken in pandas (SPARQL cannot compare a year with a month).

# %%
statements = kg.query(graph, """
PREFIX dko: <https://w3id.org/diplokg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?partner ?level ?rank ?since ?article WHERE {
  ?statement dko:about ?partnership ; prov:wasDerivedFrom/dko:articleId ?article .
  ?partnership dko:level ?concept ; dko:party/dko:isoCode "VN", ?partner .
  ?concept skos:notation ?level ; dko:rank ?rank .
  FILTER (?partner != "VN")
  OPTIONAL { ?statement dko:since ?since }
}
""")
first = statements.sort_values("since").groupby(["partner", "level"], as_index=False).first()
timeline = first.sort_values(["partner", "rank"])[["partner", "level", "rank", "since", "since_precision", "article"]]
print(timeline.to_string(index=False))

# %% [markdown]
# ## Commitments by area
# Who pledged what: the cooperation areas of the commitments each party made (a query that comes with kg).

# %%
commitments = kg.query(graph, "commitments_by_actor_and_area.rq")
areas = commitments.pivot_table(index="area", columns="actor", values="commitments", aggfunc="sum", fill_value=0)
areas = areas.loc[areas.sum(axis=1).sort_values(ascending=False).index]
print(areas.to_string())

# %% [markdown]
# ## The officials' network
# Officials linked by the events they shared, scored as `kg network` scores them; the nodes carry names,
# states, roles, PageRank and betweenness. The picture is the one `kg network` draws.

# %%
nets = kg.networks(graph)
people = pd.DataFrame.from_dict(dict(nets.officials.nodes(data=True)), orient="index")
print(people.sort_values("pagerank", ascending=False)[["label", "country", "roles", "pagerank", "betweenness"]]
      .head(10).to_string())
picture = nets.draw("officials", out / "officials.png")
print(f"wrote {out / 'officials.png'}")

# %% [markdown]
# ## A timeline
# Events with Vietnam per partner, and the levels of relations reached. An event known only to the month
# or the year is drawn as a bar over that month or year, not as a point on its first day.

# %%
events = kg.query(graph, """
PREFIX dko: <https://w3id.org/diplokg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?event ?type ?date ?partner WHERE {
  ?event a dko:DiplomaticEvent ; a ?typeClass ; dko:date ?date ;
         dko:participant/dko:country/dko:isoCode "VN", ?partner .
  ?typeClass skos:notation ?type .
  FILTER (?partner != "VN")
}
""")
partners = sorted(set(events["partner"]) | set(timeline.dropna(subset=["since"])["partner"]))
row = {partner: number for number, partner in enumerate(partners)}
kinds = sorted(set(events["type"]))
colours = {kind: plt.get_cmap("tab10")(number) for number, kind in enumerate(kinds)}
lane = {kind: 0.25 * (number - (len(kinds) - 1) / 2) / max(len(kinds) - 1, 1) for number, kind in enumerate(kinds)}
span = {"year": pd.DateOffset(years=1), "month": pd.DateOffset(months=1), "day": pd.DateOffset(days=1)}
figure, axes = plt.subplots(figsize=(12, 1.5 + 0.8 * len(partners)), dpi=110)
for kind in kinds:  # each type in a lane of its own, so events of one day do not hide each other
    these = events[events["type"] == kind]
    exact = these[these["date_precision"] == "day"]
    axes.scatter(exact["date"], exact["partner"].map(row) + lane[kind], color=colours[kind], s=60, zorder=3,
                 label=kind)
    for _, event in these[these["date_precision"] != "day"].iterrows():
        end = event["date"] + span[str(event["date_precision"])]
        axes.plot([event["date"], end], [row[event["partner"]] + lane[kind]] * 2, color=colours[kind], linewidth=6,
                  alpha=0.5, solid_capstyle="butt")
dated = timeline.dropna(subset=["since"])
axes.scatter(dated["since"], dated["partner"].map(row) - 0.3, marker="D", s=60, color="black", zorder=4,
             label="level of relations reached")
middle = dated["since"].min() + (dated["since"].max() - dated["since"].min()) / 2 if len(dated) else None
for _, level in dated.iterrows():
    words = "".join(" " + c.lower() if c.isupper() else c for c in level["level"]).strip().capitalize()
    left = middle is not None and level["since"] > middle  # names run into the plot, not out of it
    axes.annotate(f"{words} ({level['since_precision']}: {level['since']:%Y-%m})" if level["since_precision"] != "year"
                  else f"{words} ({level['since']:%Y})", (level["since"], row[level["partner"]] - 0.3),
                  xytext=(-8 if left else 8, 0), textcoords="offset points", ha="right" if left else "left",
                  va="center", fontsize=8)
axes.set_yticks(range(len(partners)), partners)
axes.set_ylim(-0.8, len(partners) - 0.4)
axes.grid(axis="x", alpha=0.3)
axes.set_title("Vietnam and its partners: events by type, and levels of relations reached")
axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
figure.tight_layout()
figure.savefig(out / "timeline.png")
plt.close(figure)
print(f"wrote {out / 'timeline.png'}")
