"""diplokg: a knowledge graph of diplomatic relations from Vietnamese and English news.

Build articles into a graph, read their facts, query it into pandas DataFrames, validate it and analyse
its networks with networkx, from Python (kg/api.py; the `kg` command is a thin layer over the same):

>>> import kg
>>> story = ("Vietnamese Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister "
...          "Hayashi Yoshimasa in Tokyo on September 20, 2023.")
>>> g = kg.build_graph([kg.Article(text=story, published="2023-09-20")])
>>> kg.query(g, "cq_officials.rq")[["name", "country"]]
                name country
0      Bui Thanh Son      VN
1  Hayashi Yoshimasa      JP

The names are loaded when first used, so `import kg` stays cheap for the command line and the workers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .api import (
        BuildWarning,
        KnowledgeGraph,
        NothingBuilt,
        ValidationReport,
        build_graph,
        iter_facts,
        networks,
        query,
        read_facts,
        validate,
    )
    from .model import Article, ArticleFacts, Commitment, Event, Official, Partnership
    from .network import Networks

_HOMES = {
    **dict.fromkeys(("BuildWarning", "KnowledgeGraph", "NothingBuilt", "ValidationReport", "build_graph",
                     "iter_facts", "networks", "query", "read_facts", "validate"), "kg.api"),
    **dict.fromkeys(("Article", "ArticleFacts", "Commitment", "Event", "Official", "Partnership"), "kg.model"),
    "Networks": "kg.network",
}

__all__ = ["Article", "ArticleFacts", "BuildWarning", "Commitment", "Event", "KnowledgeGraph", "Networks",
           "NothingBuilt", "Official", "Partnership", "ValidationReport", "__version__", "build_graph", "iter_facts",
           "networks", "query", "read_facts", "validate"]


def __getattr__(name: str) -> Any:
    """kg.build_graph and the rest, imported on first use (pandas, networkx and the stores are not cheap)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
