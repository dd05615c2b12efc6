package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/neo4jtest"
	"github.com/kgraph/kg/queries"
)

func TestNewExportCmd_Flags(t *testing.T) {
	tests := []struct {
		argv    string
		want    ExportOptions
		wantErr string
	}{
		{"ego-network --param actor=Putin --format gexf --out p.gexf",
			ExportOptions{Name: "ego-network", Params: map[string]string{"actor": "Putin"}, Format: "gexf", Out: "p.gexf"}, ""},
		{"ego-network -p actor=Putin -p depth=2 -f svg -o p.svg --title T --layout sfdp --focus Kim",
			ExportOptions{Name: "ego-network", Params: map[string]string{"actor": "Putin", "depth": "2"}, Format: "svg", Out: "p.svg", Title: "T", Layout: "sfdp", Focus: []string{"Kim"}}, ""},
		{"--cypher RETURN_1 --out x.graphml",
			ExportOptions{Cypher: "RETURN_1", Params: map[string]string{}, Format: "graphml", Out: "x.graphml"}, ""},
		{"ego-network --format csv --out dir",
			ExportOptions{Name: "ego-network", Params: map[string]string{}, Format: "csv", Out: "dir"}, ""},
		{"ego-network --format tex --out -",
			ExportOptions{Name: "ego-network", Params: map[string]string{}, Format: "tex", Out: "-"}, ""},
		{"ego-network", ExportOptions{}, "--out PATH is required"},
		{"--out x", ExportOptions{}, "give a saved query NAME or --cypher, not both or neither (kg queries lists the names)"},
		{"ego-network --format pdf --out x", ExportOptions{}, `--format must be one of graphml, gexf, csv, json, dot, svg, png, md, tex, not "pdf"`},
		{"ego-network --format png --out -", ExportOptions{}, "--format png cannot go to standard output; give --out PATH"},
		{"ego-network --format svg --out x --layout twopi", ExportOptions{}, `--layout must be one of dot, sfdp, neato, circo, fdp, not "twopi"`},
		{"ego-network --param x --out y", ExportOptions{}, `--param "x": want name=value`},
	}
	for _, tt := range tests {
		t.Run(tt.argv, func(t *testing.T) {
			f, _, _ := captureFactory()
			var got *ExportOptions
			err := execute(t, newExportCmd(f, func(o *ExportOptions) error { got = o; return nil }), tt.argv)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, tt.want) {
				t.Errorf("got %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestCollectSubgraph_DedupesAndWalksListsMapsPaths(t *testing.T) {
	a := graph.Node{ElementID: "n1", Props: map[string]any{"id": "a"}}
	b := graph.Node{ElementID: "n2", Props: map[string]any{"id": "b"}}
	r := graph.Relationship{ElementID: "r1", Type: "MEET", StartID: "n1", EndID: "n2"}
	r2 := graph.Relationship{ElementID: "r2", Type: "VISIT", StartID: "n2", EndID: "n3"}
	res := &graph.Result{Columns: []string{"p", "x", "m"}, Rows: [][]any{
		{graph.Path{Nodes: []graph.Node{a, b}, Relationships: []graph.Relationship{r}}, []any{a, r, int64(1)}, map[string]any{"rel": r2}},
		{nil, []any{b}, "text"},
	}}
	s := collectSubgraph(res)
	if len(s.Nodes) != 2 || len(s.Edges) != 2 {
		t.Fatalf("got %d nodes, %d edges; want 2, 2", len(s.Nodes), len(s.Edges))
	}
	if got := s.missingEndpoints(); !reflect.DeepEqual(got, []any{"n3"}) {
		t.Errorf("missing endpoints = %v, want [n3]", got)
	}
}

// exportKG runs kg in-process with the test server's settings and returns
// its exit code, stdout and stderr.
func exportKG(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	return code, out.String(), errOut.String()
}

var seedsOnce sync.Once

// loadSeeds builds the seeds graph once per test binary; a reload leaves
// the shared database unchanged.
func loadSeeds(t *testing.T) {
	t.Helper()
	neo4jtest.Open(t)
	var code int
	var errOut string
	seedsOnce.Do(func() { code, _, errOut = exportKG(t, "build", filepath.Join("..", "..", "seeds")) })
	if code != 0 {
		t.Fatalf("kg build seeds: exit %d: %s", code, errOut)
	}
}

// readerScript is the independent reader the export package's tests use.
var readerScript = filepath.Join("..", "..", "export", "testdata", "read.py")

// pythonWithNetworkx returns python3, skipping the test without it and
// failing when networkx is missing.
func pythonWithNetworkx(t *testing.T) string {
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

// readBack is what read.py reports.
type readBack struct {
	Nodes map[string]map[string]any `json:"nodes"`
	Edges map[string]map[string]any `json:"edges"`
}

func readExport(t *testing.T, py, format string, files ...string) readBack {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(py, append([]string{readerScript, format}, files...)...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("read.py %s: %v: %s", format, err, stderr.String())
	}
	var rb readBack
	if err := json.Unmarshal(out, &rb); err != nil {
		t.Fatal(err)
	}
	return rb
}

// expected is the subgraph as the test itself reads it from the query
// result: node ids, and edges by event id with their endpoints' ids.
type expected struct {
	nodes map[string]graph.Node
	edges map[string]graph.Relationship
	ends  map[string][2]string
}

func expectSubgraph(t *testing.T, cypher string, params map[string]any) expected {
	t.Helper()
	s := neo4jtest.Open(t)
	res, err := s.Read(context.Background(), cypher, params)
	if err != nil {
		t.Fatal(err)
	}
	byElem := map[string]graph.Node{}
	rels := map[string]graph.Relationship{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case graph.Node:
			byElem[x.ElementID] = x
		case graph.Relationship:
			rels[x.ElementID] = x
		case graph.Path:
			for _, n := range x.Nodes {
				walk(n)
			}
			for _, r := range x.Relationships {
				walk(r)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	for _, row := range res.Rows {
		for _, v := range row {
			walk(v)
		}
	}
	var missing []any
	for _, r := range rels {
		for _, id := range []string{r.StartID, r.EndID} {
			if _, ok := byElem[id]; !ok {
				missing = append(missing, id)
			}
		}
	}
	if len(missing) > 0 {
		nres, err := s.Read(context.Background(), `MATCH (n) WHERE elementId(n) IN $ids RETURN n`, map[string]any{"ids": missing})
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range nres.Rows {
			walk(row[0])
		}
	}
	ex := expected{nodes: map[string]graph.Node{}, edges: map[string]graph.Relationship{}, ends: map[string][2]string{}}
	for _, n := range byElem {
		ex.nodes[n.Props["id"].(string)] = n
	}
	for _, r := range rels {
		id := r.Props["id"].(string)
		ex.edges[id] = r
		ex.ends[id] = [2]string{byElem[r.StartID].Props["id"].(string), byElem[r.EndID].Props["id"].(string)}
	}
	return ex
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var svgGroups = regexp.MustCompile(`<g id="[^"]*" class="(node|edge)">`)

func countDrawn(svg []byte) (nodes, edges int) {
	for _, m := range svgGroups.FindAllSubmatch(svg, -1) {
		if string(m[1]) == "node" {
			nodes++
		} else {
			edges++
		}
	}
	return nodes, edges
}

// egoCypher is Putin's ego network as paths, the shape the saved
// ego-network query returns.
const egoCypher = `MATCH p = (a:Actor {id: 'vladimir-putin'})-[r]-(:Actor) WHERE r.cameo IS NOT NULL RETURN p`

// TestExport_FormatsAgreeWithQuery exports Putin's ego network on the seeds
// graph in every data format, reads each back with an independent reader
// and compares it with the query's own result.
func TestExport_FormatsAgreeWithQuery(t *testing.T) {
	loadSeeds(t)
	py := pythonWithNetworkx(t)

	cases := []struct {
		name   string
		args   []string
		cypher string
		params map[string]any
	}{
		{"cypher paths", []string{"--cypher", egoCypher}, egoCypher, nil},
		// Only relationships: the endpoints are fetched.
		{"cypher relationships", []string{"--cypher", `MATCH (:Actor {id: 'vladimir-putin'})-[r]-(:Actor) WHERE r.cameo IS NOT NULL RETURN r`},
			`MATCH (:Actor {id: 'vladimir-putin'})-[r]-(:Actor) WHERE r.cameo IS NOT NULL RETURN r`, nil},
	}
	if q, ok := queries.Get("ego-network"); ok {
		// kg export asks ego-network for its events (rels=true) itself.
		params, err := q.Bind(map[string]string{"actor": "vladimir-putin", "rels": "true"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, struct {
			name   string
			args   []string
			cypher string
			params map[string]any
		}{"saved ego-network", []string{"ego-network", "--param", "actor=Putin"}, q.Cypher, params})
	} else {
		t.Log("no saved query ego-network yet; testing ad hoc Cypher only")
	}

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want := expectSubgraph(t, tc.cypher, tc.params)
			if len(want.nodes) == 0 || len(want.edges) == 0 && tc.name != "saved ego-network" {
				t.Fatalf("%d nodes and %d events around Putin in the seeds graph; is extraction broken?", len(want.nodes), len(want.edges))
			}
			if len(want.edges) == 0 {
				t.Log("the saved ego-network returns no relationships: its export has nodes only")
			}
			dir := t.TempDir()
			export := func(format, out string) {
				t.Helper()
				code, stdout, stderr := exportKG(t, append([]string{"export", "--format", format, "--out", out}, tc.args...)...)
				if code != 0 || stdout != "" {
					t.Fatalf("kg export --format %s: exit %d, stdout %q, stderr %q", format, code, stdout, stderr)
				}
				if !strings.Contains(stderr, "kg: exported ") || len(want.edges) > 0 && strings.Contains(stderr, "warning") {
					t.Errorf("stderr = %q", stderr)
				}
			}
			files := map[string][]string{}
			for _, format := range []string{"graphml", "gexf", "json", "dot"} {
				path := filepath.Join(dir, "ego."+format)
				export(format, path)
				files[format] = []string{path}
			}
			export("csv", filepath.Join(dir, "csv"))
			files["csv"] = []string{filepath.Join(dir, "csv", "nodes.csv"), filepath.Join(dir, "csv", "edges.csv")}
			export("csv", filepath.Join(dir, "ego.csv"))
			for _, p := range []string{"ego.nodes.csv", "ego.edges.csv"} {
				if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
					t.Errorf("--out PREFIX.csv: %v", err)
				}
			}

			// networkx for GraphML, GEXF and node-link JSON; csv for CSV.
			for _, format := range []string{"graphml", "gexf", "json", "csv"} {
				rb := readExport(t, py, format, files[format]...)
				if got, w := sortedKeys(rb.Nodes), sortedKeys(want.nodes); !reflect.DeepEqual(got, w) {
					t.Errorf("%s nodes:\n got %v\nwant %v", format, got, w)
				}
				if got, w := sortedKeys(rb.Edges), sortedKeys(want.edges); !reflect.DeepEqual(got, w) {
					t.Errorf("%s edges:\n got %v\nwant %v", format, got, w)
				}
				for id, r := range want.edges {
					e := rb.Edges[id]
					if e == nil {
						continue
					}
					if e["source"] != want.ends[id][0] || e["target"] != want.ends[id][1] || e["relation"] != r.Type {
						t.Errorf("%s edge %s: %v -[%v]-> %v, want %s -[%s]-> %s", format, id, e["source"], e["relation"], e["target"], want.ends[id][0], r.Type, want.ends[id][1])
					}
					for _, k := range []string{"text", "doc", "date", "cameo", "modality"} {
						if v, ok := r.Props[k]; ok && e[k] != v {
							t.Errorf("%s edge %s: %s = %#v, want %#v", format, id, k, e[k], v)
						}
					}
					if s, ok := r.Props["sentence"].(int64); ok && format != "csv" && e["sentence"] != float64(s) {
						t.Errorf("%s edge %s: sentence = %#v, want %d (a number)", format, id, e["sentence"], s)
					}
					if format == "gexf" && r.Props["start"] != nil && (e["start"] != r.Props["start"] || e["end"] != r.Props["end"]) {
						t.Errorf("gexf edge %s: interval %v – %v, want %v – %v", id, e["start"], e["end"], r.Props["start"], r.Props["end"])
					}
				}
				for id, n := range want.nodes {
					if got := rb.Nodes[id]; got != nil && got["name"] != n.Props["name"] {
						t.Errorf("%s node %s: name %v, want %v", format, id, got["name"], n.Props["name"])
					}
				}
			}

			// Graphviz for DOT.
			if dot, err := exec.LookPath("dot"); err == nil {
				svg, err := exec.Command(dot, "-Tsvg", files["dot"][0]).Output()
				if err != nil {
					t.Fatalf("dot -Tsvg: %v", err)
				}
				if n, e := countDrawn(svg); n != len(want.nodes) || e != len(want.edges) {
					t.Errorf("dot drew %d nodes, %d edges; want %d, %d", n, e, len(want.nodes), len(want.edges))
				}
			} else if os.Getenv("CI") == "true" {
				t.Error("dot not found: apt-get install graphviz")
			}
		})
	}
}

func TestExport_FigureAndEvidenceTables(t *testing.T) {
	loadSeeds(t)
	want := expectSubgraph(t, egoCypher, nil)
	dir := t.TempDir()
	args := []string{"export", "--cypher", egoCypher, "--title", "Ego network: Vladimir Putin", "--focus", "Putin"}

	// The evidence tables cite each event's document.
	for _, format := range []string{"md", "tex"} {
		code, out, errOut := exportKG(t, append(args, "--format", format, "--out", "-")...)
		if code != 0 {
			t.Fatalf("--format %s: exit %d: %s", format, code, errOut)
		}
		rows := 0
		for _, line := range strings.Split(out, "\n") {
			if format == "md" && strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| Date") {
				rows++
			}
			if format == "tex" && strings.HasSuffix(line, `\\`) && !strings.Contains(line, `\textbf{Date}`) && !strings.Contains(line, "continued") && !strings.HasPrefix(line, `\caption`) {
				rows++
			}
		}
		if rows != len(want.edges) {
			t.Errorf("--format %s: %d rows, want %d:\n%s", format, rows, len(want.edges), out)
		}
		for _, needle := range []string{"Korea JoongAng Daily", "Choe Ryong"} {
			if !strings.Contains(out, needle) {
				t.Errorf("--format %s lacks %q", format, needle)
			}
		}
		if format == "tex" && !strings.Contains(out, `\begin{longtable}`) {
			t.Error("tex: no longtable")
		}
	}

	// The figure: one drawn edge per (pair, relation), every node.
	if _, err := exec.LookPath("dot"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("dot not found: apt-get install graphviz")
		}
		t.Skip("Graphviz not installed")
	}
	svgPath := filepath.Join(dir, "ego.svg")
	if code, _, errOut := exportKG(t, append(args, "--format", "svg", "--out", svgPath)...); code != 0 {
		t.Fatalf("svg: exit %d: %s", code, errOut)
	}
	svg, err := os.ReadFile(svgPath)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := countDrawn(svg); n != len(want.nodes) {
		t.Errorf("figure draws %d nodes, want %d", n, len(want.nodes))
	}
	if !bytes.Contains(svg, []byte("Ego network: Vladimir Putin")) {
		t.Error("figure has no title")
	}
	pngPath := filepath.Join(dir, "ego.png")
	if code, _, errOut := exportKG(t, append(args, "--format", "png", "--out", pngPath)...); code != 0 {
		t.Fatalf("png: exit %d: %s", code, errOut)
	}
	if b, _ := os.ReadFile(pngPath); !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Error("not a PNG")
	}
}

func TestExport_Errors(t *testing.T) {
	neo4jtest.Open(t)
	out := filepath.Join(t.TempDir(), "x.graphml")
	code, _, errOut := exportKG(t, "export", "--cypher", "RETURN 1 AS n", "--format", "graphml", "--out", out)
	if code != exitError || errOut != "kg: export: the Cypher returns no nodes, relationships or paths (columns: n); use kg query for tables\n" {
		t.Errorf("scalar query: exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed export left %s behind", out)
	}
	code, _, errOut = exportKG(t, "export", "no-such-query", "--out", out)
	if code != exitUsage || !strings.Contains(errOut, `no saved query "no-such-query"`) {
		t.Errorf("unknown query: exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = exportKG(t, "export", "--cypher", "MATCH (n) CREATE (m) RETURN m", "--out", out)
	if code != exitError || !strings.Contains(errOut, "write") {
		t.Errorf("write query: exit %d, stderr %q", code, errOut)
	}
}
