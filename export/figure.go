package export

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"math"
	"os/exec"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kgraph/kg/extract"
)

// ErrNoGraphviz is returned by Render when Graphviz is not installed.
var ErrNoGraphviz = errors.New("kg export --format svg needs Graphviz: apt-get install graphviz")

// FigureOptions tune the figure.
type FigureOptions struct {
	// Layout is the Graphviz engine: dot (the default up to 60 nodes: edge
	// labels never overlap), sfdp (the default above), neato, circo or fdp.
	Layout string
	// DPI is the PNG resolution; 0 means 200.
	DPI int
}

// Layouts are the Graphviz engines Render accepts.
var Layouts = []string{"dot", "sfdp", "neato", "circo", "fdp"}

// relationColors are the figure's edge colours: blues and purples for
// meetings and visits, greens and browns for cooperation, oranges and reds
// for conflict, from mild to severe.
var relationColors = map[string]string{
	"MEET":                 "#2f6db5",
	"VISIT":                "#56a8d8",
	"HOST":                 "#1b9e8f",
	"INVITE":               "#7a5fc0",
	"COOPERATE":            "#3a9a3f",
	"SIGN_AGREEMENT":       "#0d5e3a",
	"SUPPORT":              "#93b836",
	"MILITARY_COOPERATION": "#8c5a3c",
	"AID":                  "#c99a12",
	"CRITICIZE":            "#f0a04b",
	"REJECT":               "#e0662f",
	"THREATEN":             "#d1312b",
	"SANCTION":             "#9b1b30",
	"ATTACK":               "#4a0d14",
}

const otherColor = "#8a8a8a"

// kindStyles are node shapes and fills per actor kind.
var kindStyles = map[string]string{
	"Person":       `shape=ellipse, fillcolor="#f4f4f4"`,
	"Country":      `shape=box, style="rounded,filled", fillcolor="#e4ecf6"`,
	"Organization": `shape=hexagon, fillcolor="#eef3e4"`,
	"Media":        `shape=note, fillcolor="#f6efe4"`,
	"Document":     `shape=note, fillcolor="#f6efe4"`,
}

// figEdge is one figure edge: the events of one relation between two
// nodes, in either direction for a symmetric relation.
type figEdge struct {
	Source, Target, Relation string
	Symmetric                bool
	Count                    int
	From, To                 string // the earliest and latest event dates
}

// aggregate merges parallel events per (source, target, relation).
func aggregate(p *prepared) []*figEdge {
	byKey := map[[3]string]*figEdge{}
	var out []*figEdge
	for _, e := range p.edges {
		rel, known := extract.LookupRelation(e.Relation)
		s, t := e.Source, e.Target
		if known && rel.Symmetric && t < s {
			s, t = t, s
		}
		k := [3]string{s, t, e.Relation}
		fe := byKey[k]
		if fe == nil {
			fe = &figEdge{Source: s, Target: t, Relation: e.Relation, Symmetric: known && rel.Symmetric}
			byKey[k] = fe
			out = append(out, fe)
		}
		fe.Count++
		if d := dateOf(e); d != "" {
			if fe.From == "" || d < fe.From {
				fe.From = d
			}
			if d > fe.To {
				fe.To = d
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Relation < b.Relation
	})
	return out
}

// relationOrder lists the relations present, vocabulary order first.
func relationOrder(edges []*figEdge) []string {
	present := map[string]bool{}
	for _, e := range edges {
		present[e.Relation] = true
	}
	var out []string
	for _, r := range extract.Relations {
		if present[r.Name] {
			out = append(out, r.Name)
			delete(present, r.Name)
		}
	}
	var rest []string
	for r := range present {
		rest = append(rest, r)
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// FigureDOT writes the Graphviz source of g's figure: nodes labelled with
// names and shaped by kind, the Focus nodes highlighted, one edge per
// (source, target, relation) coloured by relation with its width growing
// with its number of events, and a header with the title, the period and a
// legend of the relations shown.
func FigureDOT(w io.Writer, g *Graph, opts FigureOptions) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	edges := aggregate(p)
	layout := opts.Layout
	if layout == "" {
		layout = "dot"
		if len(p.nodes) > 60 {
			layout = "sfdp"
		}
	}
	const font = "Helvetica,Arial,sans-serif"
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "digraph %s {\n", dotID(orDefault(g.Title, "kg")))
	fmt.Fprintf(bw, "  graph [layout=%s, fontname=%q, bgcolor=white, pad=0.3, labelloc=t, labeljust=c,\n", layout, font)
	switch layout {
	case "dot":
		fmt.Fprint(bw, "    rankdir=LR, nodesep=0.35, ranksep=1.6,\n")
	case "circo":
		fmt.Fprint(bw, "    mindist=1.6,\n")
	default:
		fmt.Fprint(bw, "    overlap=false, splines=true, sep=\"+18\", esep=\"+8\", start=7, K=1.2,\n")
	}
	fmt.Fprintf(bw, "    label=<%s>];\n", figureHeader(g, p, edges))
	fmt.Fprintf(bw, "  node [fontname=%q, fontsize=13, style=filled, color=\"#4d4d4d\", penwidth=1.1, margin=\"0.14,0.07\"];\n", font)
	fmt.Fprintf(bw, "  edge [fontname=%q, fontsize=10, arrowsize=0.8];\n", font)

	focus := map[string]bool{}
	for _, f := range g.Focus {
		focus[f] = true
	}
	for _, n := range p.nodes {
		style, ok := kindStyles[n.Kind]
		if !ok {
			style = kindStyles["Person"]
		}
		label := dotID(wrap(n.Label, 16))
		if focus[n.ID] {
			label = "<<B>" + strings.ReplaceAll(html.EscapeString(wrap(n.Label, 16)), "\n", "<BR/>") + "</B>>"
			style = style[:strings.Index(style, "fillcolor=")] + `fillcolor="#fbe3a6", color="#7a5200", penwidth=2.4, fontsize=15`
		}
		fmt.Fprintf(bw, "  %s [label=%s, tooltip=%s, %s];\n", dotID(n.ID), label, dotID(n.Kind+": "+n.Label), style)
	}
	for _, e := range edges {
		color, ok := relationColors[e.Relation]
		style := "solid"
		if !ok {
			color, style = otherColor, "dashed"
		}
		attrs := []string{
			"color=" + dotID(color),
			"style=" + style,
			fmt.Sprintf("penwidth=%.2f", edgeWidth(e.Count)),
			"tooltip=" + dotID(edgeTooltip(e)),
		}
		if e.Symmetric {
			attrs = append(attrs, "dir=none")
		}
		if l := edgeLabel(e); l != "" {
			attrs = append(attrs, "label="+dotID(l), "fontcolor="+dotID(darker(color)))
		}
		fmt.Fprintf(bw, "  %s -> %s [%s];\n", dotID(e.Source), dotID(e.Target), strings.Join(attrs, ", "))
	}
	fmt.Fprint(bw, "}\n")
	return bw.Flush()
}

// edgeWidth grows with the log of the number of events: 1.6 for one,
// 3.4 for two, 5.2 for four, at most 9.
func edgeWidth(n int) float64 {
	return math.Min(9, 1.6+1.8*math.Log2(float64(max(n, 1))))
}

// edgeLabel shows an aggregated edge's period, and its count when above one.
func edgeLabel(e *figEdge) string {
	period := shortPeriod(e.From, e.To)
	switch {
	case e.Count > 1 && period != "":
		return fmt.Sprintf("%d× %s", e.Count, period)
	case e.Count > 1:
		return fmt.Sprintf("%d×", e.Count)
	}
	return period
}

func edgeTooltip(e *figEdge) string {
	s := fmt.Sprintf("%s: %d event", e.Relation, e.Count)
	if e.Count != 1 {
		s += "s"
	}
	if p := longPeriod(e.From, e.To); p != "" {
		s += ", " + p
	}
	return s
}

// shortPeriod is a period in years: "2014" or "2000–2014".
func shortPeriod(from, to string) string {
	if from == "" {
		return ""
	}
	a, b := from[:min(4, len(from))], to[:min(4, len(to))]
	if a == b {
		return a
	}
	return a + "–" + b
}

// longPeriod is a period at the dates' own precision.
func longPeriod(from, to string) string {
	if from == "" {
		return ""
	}
	if from == to {
		return from
	}
	return from + " – " + to
}

// darker darkens a #rrggbb colour for text on white.
func darker(c string) string {
	var r, g, b int
	if _, err := fmt.Sscanf(c, "#%02x%02x%02x", &r, &g, &b); err != nil {
		return c
	}
	f := func(v int) int { return v * 7 / 10 }
	return fmt.Sprintf("#%02x%02x%02x", f(r), f(g), f(b))
}

// figureHeader is the HTML-like label above the figure: title, period and
// counts, and the legend.
func figureHeader(g *Graph, p *prepared, edges []*figEdge) string {
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">`)
	// Rows span three columns; the legend sits in the middle one between
	// two empty cells, which take the slack instead of its own cells.
	if g.Title != "" {
		fmt.Fprintf(&b, `<TR><TD COLSPAN="3"><FONT POINT-SIZE="20"><B>%s</B></FONT></TD></TR>`, html.EscapeString(g.Title))
	}
	fmt.Fprintf(&b, `<TR><TD COLSPAN="3"><FONT POINT-SIZE="13" COLOR="#555555">%s</FONT></TD></TR>`, html.EscapeString(subtitle(g, p)))
	if rels := relationOrder(edges); len(rels) > 0 {
		b.WriteString(`<TR><TD WIDTH="1"></TD><TD><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>`)
		// At most seven entries a row, rows balanced.
		rows := (len(rels) + 6) / 7
		perRow := (len(rels) + rows - 1) / rows
		for i, r := range rels {
			if i > 0 && i%perRow == 0 {
				b.WriteString(`</TR><TR>`)
			}
			color, ok := relationColors[r]
			if !ok {
				color = otherColor
			}
			name := relationWords(r)
			fmt.Fprintf(&b, `<TD WIDTH="30" HEIGHT="6" FIXEDSIZE="TRUE" BGCOLOR="%s"></TD><TD WIDTH="6"></TD><TD ALIGN="LEFT" CELLPADDING="2"><FONT POINT-SIZE="13">%s</FONT></TD><TD WIDTH="20"></TD>`, color, html.EscapeString(name))
		}
		b.WriteString(`</TR></TABLE></TD><TD WIDTH="1"></TD></TR>`)
		note := "line width grows with the number of events; arrows run from subject to object"
		if hasSymmetric(edges) {
			note += " (none for symmetric relations)"
		}
		if shapes := shapeNote(p); shapes != "" {
			note += "; " + shapes
		}
		fmt.Fprintf(&b, `<TR><TD COLSPAN="3"><FONT POINT-SIZE="10" COLOR="#777777">%s</FONT></TD></TR>`, html.EscapeString(note))
	}
	b.WriteString(`<TR><TD COLSPAN="3"> </TD></TR></TABLE>`)
	return b.String()
}

// kindShapes name the node shapes of kindStyles for the legend.
var kindShapes = []struct{ kind, text string }{
	{"Person", "ellipses are persons"},
	{"Country", "rounded boxes states"},
	{"Organization", "hexagons organisations"},
	{"Media", "notes media"},
}

// shapeNote explains the node shapes when more than one kind is drawn.
func shapeNote(p *prepared) string {
	present := map[string]bool{}
	for _, n := range p.nodes {
		present[n.Kind] = true
	}
	if len(present) < 2 {
		return ""
	}
	var parts []string
	for _, k := range kindShapes {
		if present[k.kind] {
			parts = append(parts, k.text)
		}
	}
	return strings.Join(parts, ", ")
}

func hasSymmetric(edges []*figEdge) bool {
	for _, e := range edges {
		if e.Symmetric {
			return true
		}
	}
	return false
}

// subtitle says what the figure covers: "2000-07 – 2014-12 · 6 events among
// 5 actors (1 undated)".
func subtitle(g *Graph, p *prepared) string {
	var parts []string
	if per := period(g, p); per != "" {
		parts = append(parts, per)
	}
	nodes := "node"
	if allActors(p) {
		nodes = "actor"
	}
	ev := fmt.Sprintf("%d event%s among %d %s%s", p.events, plural(p.events), len(p.nodes), nodes, plural(len(p.nodes)))
	if p.undated > 0 {
		ev += fmt.Sprintf(" (%d undated)", p.undated)
	}
	if other := len(p.edges) - p.events; other > 0 {
		ev += fmt.Sprintf(", %d other relationship%s", other, plural(other))
	}
	return strings.Join(append(parts, ev), " · ")
}

// period is the figure's date range: g.From and g.To when set, else the
// events' earliest and latest dates.
func period(g *Graph, p *prepared) string {
	from, to := g.From, g.To
	if from == "" && to == "" {
		from, to = p.from, p.to
	}
	switch {
	case from == "" && to == "":
		return ""
	case from == "":
		return "until " + to
	case to == "":
		return "from " + from
	case from == to:
		return from
	}
	return from + " – " + to
}

func allActors(p *prepared) bool {
	for _, n := range p.nodes {
		if !contains(n.Labels, "Actor") {
			return false
		}
	}
	return len(p.nodes) > 0
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// wrap breaks s into lines of about width characters at spaces.
func wrap(s string, width int) string {
	words := strings.Fields(s)
	var lines []string
	cur := ""
	for _, w := range words {
		if cur != "" && utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, cur)
			cur = w
			continue
		}
		if cur != "" {
			cur += " "
		}
		cur += w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return strings.Join(lines, "\n")
}

// Render draws g with Graphviz as format "svg" or "png" into w. It needs
// the Graphviz programs on PATH and returns ErrNoGraphviz without them.
func Render(ctx context.Context, w io.Writer, g *Graph, format string, opts FigureOptions) error {
	if format != "svg" && format != "png" {
		return fmt.Errorf("render: unknown format %q (want svg or png)", format)
	}
	if opts.Layout != "" && !contains(Layouts, opts.Layout) {
		return fmt.Errorf("render: unknown layout %q (want one of %s)", opts.Layout, strings.Join(Layouts, ", "))
	}
	bin, err := exec.LookPath("dot")
	if err != nil {
		return ErrNoGraphviz
	}
	var src bytes.Buffer
	if err := FigureDOT(&src, g, opts); err != nil {
		return err
	}
	args := []string{"-T" + format}
	if format == "png" {
		dpi := opts.DPI
		if dpi <= 0 {
			dpi = 200
		}
		args = append(args, fmt.Sprintf("-Gdpi=%d", dpi))
	}
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = &src, &out, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return fmt.Errorf("render: graphviz: %s", msg)
	}
	_, err = w.Write(out.Bytes())
	return err
}
