#!/usr/bin/env python3
"""Loads a GraphML or GEXF export with NetworkX, as an analyst would, and prints
what it read as JSON: {"nodes": N, "edges": M, "node": {id: attributes},
"edge": {"a|b": attributes}} with each edge keyed by its two ids in sorted order.

Usage: networkx_load.py graphml|gexf FILE
Exit status 3 when NetworkX is not installed (the C++ test then skips).
"""
import json
import sys

try:
    import networkx as nx
except ImportError:
    print("networkx is not installed", file=sys.stderr)
    sys.exit(3)


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    out = {
        "directed": graph.is_directed(),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "node": {str(n): dict(a) for n, a in graph.nodes(data=True)},
        "edge": {"|".join(sorted((str(a), str(b)))): dict(d) for a, b, d in graph.edges(data=True)},
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
