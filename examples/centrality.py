"""Who is central in the diplomatic network? A centrality analysis in a few lines.

    kg build && python examples/centrality.py out/graph.ttl
"""

import sys
from pathlib import Path

from kg.network import build_networks, centrality, ranking
from kg.store import open_store

store = open_store(data=Path(sys.argv[1] if len(sys.argv) > 1 else "out/graph.ttl"))
networks = build_networks(store, since="2020-01-01")
for row in ranking(centrality(networks.officials), by="betweenness")[:5]:
    print(f"{row['label']:30} {row['country']}  betweenness {row['betweenness']:.3f}  pagerank {row['pagerank']:.3f}")
