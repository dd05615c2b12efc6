package export

import (
	"bufio"
	"fmt"
	"io"
	"sort"
)

// gexfTypes maps attribute types to GEXF's names.
var gexfTypes = map[string]string{typeString: "string", typeInt: "integer", typeLong: "long", typeDouble: "double", typeBool: "boolean"}

// GEXF writes g as GEXF 1.3 in dynamic mode (timeformat "date"), for
// Gephi's timeline: each event edge lives from its start to its end date
// (its date at its precision), and each node during its edges' intervals.
// Undated edges, and nodes with an undated or no edge, exist throughout.
// Edges carry label and kind (the relation) and weight 1; start and end
// are the interval rather than attributes. Lists are joined with ListSep.
func GEXF(w io.Writer, g *Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>kg</creator>
`)
	if g.Title != "" {
		fmt.Fprintf(bw, "    <description>%s</description>\n", esc(g.Title))
	}
	fmt.Fprint(bw, "  </meta>\n  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n")

	nodeCols := without(p.nodeCols, "label")
	edgeCols := without(p.edgeCols, "start", "end")
	writeGEXFAttributes(bw, "node", nodeCols)
	writeGEXFAttributes(bw, "edge", edgeCols)

	// A node lives while any of its edges does.
	spells := map[string][][2]string{}
	always := map[string]bool{}
	for _, e := range p.edges {
		s, t, ok := interval(e)
		for _, id := range []string{e.Source, e.Target} {
			if ok {
				spells[id] = append(spells[id], [2]string{s, t})
			} else {
				always[id] = true
			}
		}
	}

	fmt.Fprint(bw, "    <nodes>\n")
	for _, n := range p.nodes {
		fmt.Fprintf(bw, "      <node id=\"%s\" label=\"%s\">\n", esc(n.ID), esc(n.Label))
		writeGEXFValues(bw, nodeCols, n.Attrs)
		if sp := spells[n.ID]; len(sp) > 0 && !always[n.ID] {
			fmt.Fprint(bw, "        <spells>\n")
			for _, s := range mergeIntervals(sp) {
				fmt.Fprintf(bw, "          <spell start=\"%s\" end=\"%s\"/>\n", s[0], s[1])
			}
			fmt.Fprint(bw, "        </spells>\n")
		}
		fmt.Fprint(bw, "      </node>\n")
	}
	fmt.Fprint(bw, "    </nodes>\n    <edges>\n")
	for _, e := range p.edges {
		fmt.Fprintf(bw, "      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\" kind=\"%s\" weight=\"1\"",
			esc(e.ID), esc(e.Source), esc(e.Target), esc(e.Relation), esc(e.Relation))
		if s, t, ok := interval(e); ok {
			fmt.Fprintf(bw, " start=\"%s\" end=\"%s\"", s, t)
		}
		fmt.Fprint(bw, ">\n")
		writeGEXFValues(bw, edgeCols, e.Attrs)
		fmt.Fprint(bw, "      </edge>\n")
	}
	fmt.Fprint(bw, "    </edges>\n  </graph>\n</gexf>\n")
	return bw.Flush()
}

func writeGEXFAttributes(w io.Writer, class string, cols []column) {
	fmt.Fprintf(w, "    <attributes class=\"%s\" mode=\"static\">\n", class)
	for _, c := range cols {
		fmt.Fprintf(w, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", esc(c.Name), esc(c.Name), gexfTypes[c.Type])
	}
	fmt.Fprint(w, "    </attributes>\n")
}

func writeGEXFValues(w io.Writer, cols []column, attrs map[string]any) {
	var vals []string
	for _, c := range cols {
		if v, ok := attrs[c.Name]; ok && v != nil {
			vals = append(vals, fmt.Sprintf("          <attvalue for=\"%s\" value=\"%s\"/>\n", esc(c.Name), esc(text(v, c.Type))))
		}
	}
	if len(vals) == 0 {
		return
	}
	fmt.Fprint(w, "        <attvalues>\n")
	for _, v := range vals {
		fmt.Fprint(w, v)
	}
	fmt.Fprint(w, "        </attvalues>\n")
}

// interval is an edge's [start, end] as YYYY-MM-DD dates, when it has both.
func interval(e *edge) (start, end string, ok bool) {
	s, _ := e.Attrs["start"].(string)
	t, _ := e.Attrs["end"].(string)
	if !isDay(s) || !isDay(t) {
		return "", "", false
	}
	return s, t, true
}

func isDay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// mergeIntervals unites overlapping or touching date intervals.
func mergeIntervals(in [][2]string) [][2]string {
	sort.Slice(in, func(i, j int) bool { return in[i][0] < in[j][0] || in[i][0] == in[j][0] && in[i][1] < in[j][1] })
	var out [][2]string
	for _, iv := range in {
		if n := len(out); n > 0 && iv[0] <= out[n-1][1] {
			if iv[1] > out[n-1][1] {
				out[n-1][1] = iv[1]
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

func without(cols []column, names ...string) []column {
	var out []column
	for _, c := range cols {
		if !contains(names, c.Name) {
			out = append(out, c)
		}
	}
	return out
}
