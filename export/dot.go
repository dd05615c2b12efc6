package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// DOT writes g as a Graphviz digraph: one node per node, labelled with its
// name, and one edge per relationship, labelled with its relation, with
// every property as a quoted attribute (lists joined with ListSep). A
// property whose name Graphviz would interpret, such as color or weight,
// gets a "kg_" prefix; edge ids become Graphviz ids (SVG element ids).
func DOT(w io.Writer, g *Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "digraph %s {\n", dotID(orDefault(g.Title, "kg")))
	for _, a := range graphAttrs(g) {
		fmt.Fprintf(bw, "  graph [%s=%s];\n", dotAttrName("kg_"+a[0]), dotID(a[1]))
	}
	for _, n := range p.nodes {
		fmt.Fprintf(bw, "  %s [", dotID(n.ID))
		writeDOTAttrs(bw, p.nodeCols, n.Attrs)
		fmt.Fprint(bw, "];\n")
	}
	for _, e := range p.edges {
		fmt.Fprintf(bw, "  %s -> %s [id=%s, label=%s", dotID(e.Source), dotID(e.Target), dotID(e.ID), dotID(e.Relation))
		if len(p.edgeCols) > 0 {
			fmt.Fprint(bw, ", ")
		}
		writeDOTAttrs(bw, p.edgeCols, e.Attrs)
		fmt.Fprint(bw, "];\n")
	}
	fmt.Fprint(bw, "}\n")
	return bw.Flush()
}

func writeDOTAttrs(w io.Writer, cols []column, attrs map[string]any) {
	first := true
	for _, c := range cols {
		v, ok := attrs[c.Name]
		if !ok || v == nil {
			continue
		}
		if !first {
			fmt.Fprint(w, ", ")
		}
		first = false
		name := c.Name
		if name != "label" && graphvizAttrs[name] {
			name = "kg_" + name
		}
		fmt.Fprintf(w, "%s=%s", dotAttrName(name), dotID(text(v, c.Type)))
	}
}

// graphvizAttrs are Graphviz node, edge and graph attributes a property
// name could collide with (https://graphviz.org/doc/info/attrs.html).
var graphvizAttrs = map[string]bool{
	"area": true, "arrowhead": true, "arrowsize": true, "arrowtail": true, "bgcolor": true,
	"class": true, "color": true, "colorscheme": true, "comment": true, "constraint": true,
	"decorate": true, "dir": true, "distortion": true, "fillcolor": true, "fixedsize": true,
	"fontcolor": true, "fontname": true, "fontsize": true, "gradientangle": true, "group": true,
	"headclip": true, "headlabel": true, "headport": true, "height": true, "href": true,
	"id": true, "image": true, "imagepos": true, "imagescale": true, "label": true,
	"labelangle": true, "labeldistance": true, "labelfloat": true, "labelfontcolor": true,
	"labelfontname": true, "labelfontsize": true, "layer": true, "len": true, "lhead": true,
	"ltail": true, "margin": true, "minlen": true, "nojustify": true, "ordering": true,
	"orientation": true, "penwidth": true, "peripheries": true, "pin": true, "pos": true,
	"rank": true, "rects": true, "regular": true, "root": true, "samehead": true,
	"sametail": true, "shape": true, "shapefile": true, "showboxes": true, "sides": true,
	"skew": true, "sortv": true, "style": true, "tailclip": true, "taillabel": true,
	"tailport": true, "target": true, "tooltip": true, "url": true, "vertices": true,
	"weight": true, "width": true, "xlabel": true, "xlp": true, "z": true,
}

// dotID quotes s as a DOT string.
func dotID(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return `"` + r.Replace(s) + `"`
}

// dotAttrName writes an attribute name bare when it is a DOT identifier.
func dotAttrName(s string) string {
	for i, c := range s {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return dotID(s)
		}
	}
	if s == "" {
		return `""`
	}
	return s
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
