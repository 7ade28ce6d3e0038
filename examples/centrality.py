"""Who is central in the diplomatic network? A centrality analysis in a few lines.

    kg build && python examples/centrality.py out/graph.ttl
"""

import sys

import kg

nets = kg.networks(sys.argv[1] if len(sys.argv) > 1 else "out/graph.ttl", since="2020-01-01")
ranked = sorted(nets.officials.nodes(data=True), key=lambda node: (-node[1]["betweenness"], node[1]["label"]))
for _, official in ranked[:5]:
    print(f"{official['label']:30} {official['country']}  betweenness {official['betweenness']:.3f}  "
          f"pagerank {official['pagerank']:.3f}")
