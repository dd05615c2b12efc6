package graph_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/gen"
	"github.com/kgraph/kg/internal/neo4jtest"
)

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// TestWriteImportCSV loads a corpus transactionally into the shared server,
// bulk-imports the same batch with the real neo4j-admin into a throw-away
// Neo4j home (scripts/neo4j.sh, option (b)), serves it on free ports and
// checks that both graphs hold the same nodes, relationships and properties.
func TestWriteImportCSV(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a second Neo4j; skipped with -short")
	}
	t.Parallel()
	s := neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	c := gen.Generate(gen.Options{Events: 3000, Prefix: p, Seed: 6})
	b := graph.Batch{Documents: c.Documents, Events: c.Events}
	// Add the hand-written cases: stub document, null dates, and affiliations.
	small := smallBatch(p + "s-")
	b.Documents = append(b.Documents, small.Documents...)
	b.Events = append(b.Events, small.Events...)
	b.Documents[0].Title = "A \"quoted\", multi-line\ntitle; with ;semicolons"
	if d := MustDict(t, p+"d-", ""); d != nil {
		db := dictBatch(t, p+"d-", d)
		b.Dict = d
		b.Documents = append(b.Documents, db.Documents...)
		b.Events = append(b.Events, db.Events...)
	}
	MustLoad(t, s, b, graph.LoadOptions{})
	want := snapshot(t, s, p)

	csvDir := t.TempDir()
	if err := graph.WriteImportCSV(csvDir, b); err != nil {
		t.Fatal(err)
	}
	args, err := graph.ImportArgs(csvDir)
	if err != nil {
		t.Fatal(err)
	}

	// A separate home next to the default one, so the jars are hard-linked.
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(repo, ".neo4j"), 0o755); err != nil {
		t.Fatal(err)
	}
	home, err := os.MkdirTemp(filepath.Join(repo, ".neo4j"), "import-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(home) })
	bolt, http := freePort(t), freePort(t)
	env := append(os.Environ(), "KG_NEO4J_HOME="+home, fmt.Sprintf("NEO4J_BOLT_PORT=%d", bolt),
		fmt.Sprintf("NEO4J_HTTP_PORT=%d", http), "NEO4J_PASSWORD=kgpassword",
		"NEO4J_HEAP_INITIAL=256m", "NEO4J_HEAP_MAX=512m", "NEO4J_PAGECACHE=128m", "NEO4J_ADMIN_HEAP=512m")
	sh := func(args ...string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, "bash", append([]string{filepath.Join(repo, "scripts", "neo4j.sh")}, args...)...)
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("neo4j.sh %s: %v\n%s", strings.Join(args[:min(len(args), 3)], " "), err, out)
		}
	}
	sh(append([]string{"admin", "database", "import", "full", "neo4j", "--overwrite-destination"}, args...)...)
	t.Cleanup(func() { sh("stop") })
	sh("start")

	ctx := ctxT(t)
	imported, err := graph.Open(ctx, graph.Config{URI: fmt.Sprintf("bolt://127.0.0.1:%d", bolt), Username: "neo4j", Password: "kgpassword"})
	if err != nil {
		t.Fatal(err)
	}
	defer imported.Close(ctx)
	if got := snapshot(t, imported, p); got != want {
		t.Errorf("imported graph differs from the loaded one:\n got %d bytes\nwant %d bytes\n%s", len(got), len(want), firstDiff(got, want))
	}
	sum, err := imported.Summary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := countPrefix(t, s, p); sum.Events != got.Events || sum.Actors != got.Actors || sum.Documents != got.Documents {
		t.Errorf("summary of the import %+v, transactional load %+v", sum, got)
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines vs %d", len(g), len(w))
}
