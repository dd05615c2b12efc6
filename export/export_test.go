package export

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kgraph/kg/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ with the actual output")

// smallGraph is a hand-built ego network: two meetings in opposite
// directions (one figure edge), a planned undated invitation, an
// affiliation without an id, and text full of LaTeX and Markdown specials.
func smallGraph() *Graph {
	putin := graph.Node{ElementID: "4:x:1", Labels: []string{"Actor", "Person"}, Props: map[string]any{
		"id": "vladimir-putin", "name": "Vladimir Putin", "kind": "Person",
		"aliases": []any{"Putin", "Vladimir V. Putin"}}}
	kim := graph.Node{ElementID: "4:x:2", Labels: []string{"Actor", "Person"}, Props: map[string]any{
		"id": "kim-jong-un", "name": "Kim Jong-un", "kind": "Person"}}
	russia := graph.Node{ElementID: "4:x:3", Labels: []string{"Actor", "Country"}, Props: map[string]any{
		"id": "russia", "name": "Russia", "kind": "Country"}}
	ev := func(el, id, typ string, s, o graph.Node, props map[string]any) graph.Relationship {
		p := map[string]any{"id": id, "cameo": "040", "goldstein": 1.0, "modality": "asserted", "confidence": 0.86, "doc": "doc-1", "sentence": int64(3)}
		for k, v := range props {
			p[k] = v
		}
		return graph.Relationship{ElementID: el, Type: typ, StartID: s.ElementID, EndID: o.ElementID, Props: p}
	}
	return &Graph{
		Title: "Ego network: Vladimir Putin",
		Focus: []string{"vladimir-putin"},
		Nodes: []graph.Node{kim, putin, russia, putin}, // a duplicate, as paths give
		Edges: []graph.Relationship{
			ev("5:x:10", "e-2", "MEET", kim, putin, map[string]any{"date": "2019-04", "start": "2019-04-01", "end": "2019-04-30", "year": int64(2019), "precision": "month",
				"text": "Kim met Putin again."}),
			ev("5:x:11", "e-1", "MEET", putin, kim, map[string]any{"date": "2019-04-25", "start": "2019-04-25", "end": "2019-04-25", "year": int64(2019), "precision": "day",
				"text": `Putin & Kim: 100% "talks" on #1_{x}~^\ in Vladivostok | <b> [sic]`}),
			ev("5:x:12", "e-3", "INVITE", putin, kim, map[string]any{"modality": "planned", "goldstein": 4.0, "cameo": "036", "precision": "none", "doc": "doc-2",
				"text": "Putin invited Kim to visit “soon”."}),
			{ElementID: "5:x:13", Type: "AFFILIATED_WITH", StartID: putin.ElementID, EndID: russia.ElementID, Props: map[string]any{"role": "president"}},
		},
		Documents: map[string]Document{
			"doc-1": {ID: "doc-1", Title: "Putin & Kim meet", Source: "Korea_Times", Published: "2019-04-26", URL: "https://example.org/a?b=1&c=50%#x"},
		},
	}
}

// golden compares got with testdata/name, or writes it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		actual := path + ".actual"
		_ = os.WriteFile(actual, got, 0o644)
		t.Errorf("%s differs from the golden file; actual output in %s:\n%s", name, actual, got)
	}
}

func mustWrite(t *testing.T, write func(*bytes.Buffer) error) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWriters_Golden(t *testing.T) {
	writers := map[string]func(w *bytes.Buffer, g *Graph) error{
		"small.dot":        func(w *bytes.Buffer, g *Graph) error { return DOT(w, g) },
		"small.json":       func(w *bytes.Buffer, g *Graph) error { return JSON(w, g) },
		"small.nodes.csv":  func(w *bytes.Buffer, g *Graph) error { return NodesCSV(w, g) },
		"small.edges.csv":  func(w *bytes.Buffer, g *Graph) error { return EdgesCSV(w, g) },
		"small.graphml":    func(w *bytes.Buffer, g *Graph) error { return GraphML(w, g) },
		"small.gexf":       func(w *bytes.Buffer, g *Graph) error { return GEXF(w, g) },
		"small.md":         func(w *bytes.Buffer, g *Graph) error { return Markdown(w, g) },
		"small.tex":        func(w *bytes.Buffer, g *Graph) error { return LaTeX(w, g) },
		"small.figure.dot": func(w *bytes.Buffer, g *Graph) error { return FigureDOT(w, g, FigureOptions{}) },
	}
	for name, write := range writers {
		t.Run(name, func(t *testing.T) {
			golden(t, name, mustWrite(t, func(b *bytes.Buffer) error { return write(b, smallGraph()) }))
		})
	}
}

func TestWriters_Deterministic(t *testing.T) {
	a := mustWrite(t, func(b *bytes.Buffer) error { return GEXF(b, smallGraph()) })
	g := smallGraph()
	g.Nodes[0], g.Nodes[2] = g.Nodes[2], g.Nodes[0]
	g.Edges[0], g.Edges[3] = g.Edges[3], g.Edges[0]
	b := mustWrite(t, func(b *bytes.Buffer) error { return GEXF(b, g) })
	if !bytes.Equal(a, b) {
		t.Error("output depends on the order of nodes and edges")
	}
}

func TestWriters_DanglingEdge(t *testing.T) {
	g := smallGraph()
	g.Nodes = g.Nodes[:1]
	for name, write := range map[string]func(*bytes.Buffer, *Graph) error{
		"graphml": func(w *bytes.Buffer, g *Graph) error { return GraphML(w, g) },
		"json":    func(w *bytes.Buffer, g *Graph) error { return JSON(w, g) },
	} {
		var b bytes.Buffer
		err := write(&b, g)
		if err == nil || !strings.Contains(err.Error(), "is not among the nodes") {
			t.Errorf("%s: err = %v, want an endpoint error", name, err)
		}
	}
}

func TestGraphML_TypedKeys(t *testing.T) {
	out := mustWrite(t, func(b *bytes.Buffer) error { return GraphML(b, smallGraph()) })
	var doc struct {
		Keys []struct {
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
			Type string `xml:"attr.type,attr"`
		} `xml:"key"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, k := range doc.Keys {
		got[k.For+"."+k.Name] = k.Type
	}
	want := map[string]string{
		"node.label": "string", "node.labels": "string", "node.aliases": "string", "node.kind": "string",
		"edge.relation": "string", "edge.sentence": "int", "edge.year": "int", "edge.confidence": "double",
		"edge.goldstein": "double", "edge.start": "string", "edge.role": "string", "graph.title": "string",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("key %s: attr.type %q, want %q", k, got[k], v)
		}
	}
}

func TestMergeType(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"", typeInt, typeInt}, {typeInt, typeInt, typeInt}, {typeInt, typeLong, typeLong},
		{typeInt, typeDouble, typeDouble}, {typeBool, typeInt, typeString}, {typeDouble, typeString, typeString},
		{typeBool, "", typeBool},
	}
	for _, tt := range tests {
		if got := mergeType(tt.a, tt.b); got != tt.want {
			t.Errorf("mergeType(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestTexEscape(t *testing.T) {
	got := texEscape(`a & b % c $ d # e _ f { g } h ~ i ^ j \ k “quoted” ‘x’ Ünïcödé`)
	want := `a \& b \% c \$ d \# e \_ f \{ g \} h \textasciitilde{} i \textasciicircum{} j \textbackslash{} k “quoted” ‘x’ Ünïcödé`
	if got != want {
		t.Errorf("texEscape:\n got %s\nwant %s", got, want)
	}
}

func TestAggregate_SymmetricBothDirections(t *testing.T) {
	p, err := prepare(smallGraph())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range aggregate(p) {
		got = append(got, e.Source+" "+e.Relation+" "+e.Target+" "+strings.Repeat("x", e.Count)+" "+edgeLabel(e))
	}
	want := []string{
		"kim-jong-un MEET vladimir-putin xx 2× 2019",
		"vladimir-putin INVITE kim-jong-un x ",
		"vladimir-putin AFFILIATED_WITH russia x ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("aggregate:\n got %q\nwant %q", got, want)
	}
}

// python returns the python3 to read exports with, skipping the test when
// there is none; networkx missing is a failure with the install command.
func python(t *testing.T) string {
	t.Helper()
	py := os.Getenv("KG_PYTHON")
	if py == "" {
		py = "python3"
	}
	path, err := exec.LookPath(py)
	if err != nil {
		t.Skipf("%s not found; the independent readers need Python 3 with networkx", py)
	}
	if out, err := exec.Command(path, "-c", "import networkx").CombinedOutput(); err != nil {
		t.Fatalf("networkx is missing (%s): python3 -m pip install --user networkx", strings.TrimSpace(string(out)))
	}
	return path
}

// ReadBack is what testdata/read.py reports about an export.
type ReadBack struct {
	Directed bool                      `json:"directed"`
	Nodes    map[string]map[string]any `json:"nodes"`
	Edges    map[string]map[string]any `json:"edges"`
	Graph    map[string]any            `json:"graph"`
}

// readBack reads files of format with testdata/read.py.
func readBack(t *testing.T, py, script, format string, files ...string) ReadBack {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(py, append([]string{script, format}, files...)...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("read.py %s: %v: %s", format, err, stderr.String())
	}
	var rb ReadBack
	if err := json.Unmarshal(out, &rb); err != nil {
		t.Fatalf("read.py %s: %v", format, err)
	}
	return rb
}

func TestWriters_IndependentReaders(t *testing.T) {
	py := python(t)
	dir := t.TempDir()
	g := smallGraph()
	files := map[string][]string{}
	for format, write := range map[string]func(*bytes.Buffer, *Graph) error{
		"graphml": func(w *bytes.Buffer, g *Graph) error { return GraphML(w, g) },
		"gexf":    func(w *bytes.Buffer, g *Graph) error { return GEXF(w, g) },
		"json":    func(w *bytes.Buffer, g *Graph) error { return JSON(w, g) },
		"nodes":   func(w *bytes.Buffer, g *Graph) error { return NodesCSV(w, g) },
		"edges":   func(w *bytes.Buffer, g *Graph) error { return EdgesCSV(w, g) },
	} {
		path := filepath.Join(dir, "small."+format)
		if err := os.WriteFile(path, mustWrite(t, func(b *bytes.Buffer) error { return write(b, g) }), 0o644); err != nil {
			t.Fatal(err)
		}
		files[format] = []string{path}
	}
	files["csv"] = []string{files["nodes"][0], files["edges"][0]}
	for _, format := range []string{"graphml", "gexf", "json", "csv"} {
		t.Run(format, func(t *testing.T) {
			rb := readBack(t, py, "testdata/read.py", format, files[format]...)
			if len(rb.Nodes) != 3 || len(rb.Edges) != 4 || !rb.Directed {
				t.Fatalf("read %d nodes, %d edges, directed %v; want 3, 4, true", len(rb.Nodes), len(rb.Edges), rb.Directed)
			}
			e := rb.Edges["e-1"]
			if e["source"] != "vladimir-putin" || e["target"] != "kim-jong-un" || e["relation"] != "MEET" {
				t.Errorf("e-1 = %v", e)
			}
			if !strings.Contains(e["text"].(string), `100% "talks" on #1_{x}~^\`) {
				t.Errorf("e-1 text = %q", e["text"])
			}
			if rb.Edges["5:x:13"]["role"] != "president" {
				t.Errorf("the affiliation (no id property) = %v", rb.Edges["5:x:13"])
			}
			n := rb.Nodes["vladimir-putin"]
			if n["label"] != "Vladimir Putin" {
				t.Errorf("putin label = %v", n["label"])
			}
			wantSentence, wantConf, wantAliases := any(3.0), any(0.86), any("Putin|Vladimir V. Putin")
			switch format {
			case "csv":
				wantSentence, wantConf = "3", "0.86"
			case "json":
				wantAliases = []any{"Putin", "Vladimir V. Putin"}
			}
			if got := e["sentence"]; got != wantSentence {
				t.Errorf("sentence = %#v, want %#v", got, wantSentence)
			}
			if got := e["confidence"]; got != wantConf {
				t.Errorf("confidence = %#v, want %#v", got, wantConf)
			}
			if got, _ := json.Marshal(n["aliases"]); string(got) != mustJSON(wantAliases) {
				t.Errorf("aliases = %s, want %s", got, mustJSON(wantAliases))
			}
			if format == "gexf" {
				if e["start"] != "2019-04-25" || e["end"] != "2019-04-25" {
					t.Errorf("e-1 interval %v – %v, want 2019-04-25 – 2019-04-25", e["start"], e["end"])
				}
				if _, ok := rb.Edges["e-3"]["start"]; ok {
					t.Errorf("undated e-3 has an interval: %v", rb.Edges["e-3"])
				}
			}
		})
	}
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// requireDot returns the dot program, skipping the test without it (but
// failing under CI=true, where Graphviz is installed).
func requireDot(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(ErrNoGraphviz)
		}
		t.Skip(ErrNoGraphviz)
	}
	return path
}

var svgGroup = regexp.MustCompile(`<g id="[^"]*" class="(node|edge)">`)

// countSVG counts the nodes and edges Graphviz drew.
func countSVG(svg []byte) (nodes, edges int) {
	for _, m := range svgGroup.FindAllSubmatch(svg, -1) {
		if string(m[1]) == "node" {
			nodes++
		} else {
			edges++
		}
	}
	return nodes, edges
}

func TestDOT_GraphvizParses(t *testing.T) {
	dot := requireDot(t)
	src := mustWrite(t, func(b *bytes.Buffer) error { return DOT(b, smallGraph()) })
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = bytes.NewReader(src)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	svg, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg: %v %s", err, stderr.String())
	}
	if n, e := countSVG(svg); n != 3 || e != 4 {
		t.Errorf("dot drew %d nodes, %d edges; want 3, 4", n, e)
	}
}

func TestRender(t *testing.T) {
	requireDot(t)
	for _, format := range []string{"svg", "png"} {
		var b bytes.Buffer
		if err := Render(context.Background(), &b, smallGraph(), format, FigureOptions{}); err != nil {
			t.Fatal(err)
		}
		switch format {
		case "svg":
			svg := bytes.ReplaceAll(b.Bytes(), []byte("&#45;"), []byte("-"))
			if n, e := countSVG(b.Bytes()); n != 3 || e != 3 {
				t.Errorf("figure: %d nodes, %d edges; want 3 and 3 (the two meetings merged)", n, e)
			}
			for _, want := range []string{"Ego network: Vladimir Putin", "2019-04 – 2019-04-25 · 3 events among 3 actors (1 undated), 1 other relationship", "meet", "invite", "2× 2019"} {
				if !bytes.Contains(svg, []byte(want)) {
					t.Errorf("figure lacks %q", want)
				}
			}
		case "png":
			if !bytes.HasPrefix(b.Bytes(), []byte("\x89PNG")) {
				t.Error("not a PNG")
			}
		}
	}
}

func TestRender_NoGraphviz(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	err := Render(context.Background(), &bytes.Buffer{}, smallGraph(), "svg", FigureOptions{})
	if !errors.Is(err, ErrNoGraphviz) || err.Error() != "kg export --format svg needs Graphviz: apt-get install graphviz" {
		t.Errorf("err = %v", err)
	}
}
