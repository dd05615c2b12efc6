"""Read a kg export back with independent readers and print a JSON summary.

    python3 read.py graphml|gexf|json FILE
    python3 read.py csv NODES.csv EDGES.csv

Prints {"directed": bool, "nodes": {id: attrs}, "edges": {edge id: attrs
with "source" and "target"}} on stdout. GraphML and GEXF are read with
networkx, JSON with networkx's node-link reader, CSV with the csv module.
"""
import csv
import json
import sys


def from_networkx(g):
    nodes = {str(n): dict(d) for n, d in g.nodes(data=True)}
    edges = {}
    if g.is_multigraph():
        items = ((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True))
    else:
        items = ((u, v, None, d) for u, v, d in g.edges(data=True))
    for u, v, k, d in items:
        eid = d.get("id", k)
        rec = dict(d)
        rec["source"], rec["target"] = str(u), str(v)
        if eid in edges:
            raise SystemExit(f"duplicate edge id {eid}")
        edges[str(eid)] = rec
    return {"directed": g.is_directed(), "nodes": nodes, "edges": edges}


def main():
    fmt, paths = sys.argv[1], sys.argv[2:]
    if fmt == "csv":
        with open(paths[0], newline="", encoding="utf-8") as f:
            nodes = {r["id"]: r for r in csv.DictReader(f)}
        with open(paths[1], newline="", encoding="utf-8") as f:
            edges = {r["id"]: r for r in csv.DictReader(f)}
        out = {"directed": True, "nodes": nodes, "edges": edges}
    else:
        import networkx as nx

        if fmt == "graphml":
            g = nx.read_graphml(paths[0])
        elif fmt == "gexf":
            g = nx.read_gexf(paths[0])
        elif fmt == "json":
            with open(paths[0], encoding="utf-8") as f:
                g = nx.node_link_graph(json.load(f), edges="links")
        else:
            raise SystemExit(f"unknown format {fmt}")
        out = from_networkx(g)
        out["graph"] = {k: v for k, v in g.graph.items() if isinstance(v, (str, int, float, bool))}
    json.dump(out, sys.stdout, default=repr, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
