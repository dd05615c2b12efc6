package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// GraphML writes g as GraphML with a typed key (attr.type string, int,
// long, double or boolean) for every node and edge property, for Gephi,
// yEd, Cytoscape and networkx. Nodes carry "label" (the name) and "labels"
// (Neo4j labels joined with ":"); edges carry "relation" (the type). List
// properties are joined with ListSep.
func GraphML(w io.Writer, g *Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
`)
	graphKeys := graphAttrs(g)
	for _, a := range graphKeys {
		fmt.Fprintf(bw, "  <key id=\"g_%s\" for=\"graph\" attr.name=\"%s\" attr.type=\"string\"/>\n", a[0], a[0])
	}
	nodeKey := map[string]string{}
	for i, c := range p.nodeCols {
		nodeKey[c.Name] = fmt.Sprintf("n%d", i)
		fmt.Fprintf(bw, "  <key id=\"n%d\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", i, esc(c.Name), c.Type)
	}
	edgeKey := map[string]string{}
	for i, c := range p.edgeCols {
		edgeKey[c.Name] = fmt.Sprintf("e%d", i)
		fmt.Fprintf(bw, "  <key id=\"e%d\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", i, esc(c.Name), c.Type)
	}
	fmt.Fprint(bw, "  <graph id=\"G\" edgedefault=\"directed\">\n")
	for _, a := range graphKeys {
		fmt.Fprintf(bw, "    <data key=\"g_%s\">%s</data>\n", a[0], esc(a[1]))
	}
	for _, n := range p.nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", esc(n.ID))
		writeGraphMLData(bw, p.nodeCols, nodeKey, n.Attrs)
		fmt.Fprint(bw, "    </node>\n")
	}
	for _, e := range p.edges {
		fmt.Fprintf(bw, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", esc(e.ID), esc(e.Source), esc(e.Target))
		writeGraphMLData(bw, p.edgeCols, edgeKey, e.Attrs)
		fmt.Fprint(bw, "    </edge>\n")
	}
	fmt.Fprint(bw, "  </graph>\n</graphml>\n")
	return bw.Flush()
}

func writeGraphMLData(w io.Writer, cols []column, key map[string]string, attrs map[string]any) {
	for _, c := range cols {
		v, ok := attrs[c.Name]
		if !ok || v == nil {
			continue
		}
		fmt.Fprintf(w, "      <data key=\"%s\">%s</data>\n", key[c.Name], esc(text(v, c.Type)))
	}
}

// graphAttrs are the graph-level attributes: title, from and to when set.
func graphAttrs(g *Graph) [][2]string {
	var out [][2]string
	for _, a := range [][2]string{{"title", g.Title}, {"from", g.From}, {"to", g.To}} {
		if a[1] != "" {
			out = append(out, a)
		}
	}
	return out
}

// esc escapes s for XML text and attribute values; characters XML 1.0
// forbids become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
