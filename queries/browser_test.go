package queries_test

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kgraph/kg/queries"
)

var update = flag.Bool("update", false, "rewrite docs/browser from the saved queries")

// TestBrowserDocs fails when docs/browser is stale: the guide and the
// favorites are generated from the embedded queries. go generate ./queries
// (go test ./queries -run TestBrowserDocs -update) rewrites them.
func TestBrowserDocs(t *testing.T) {
	dir := filepath.Join("..", "docs", "browser")
	want := map[string]string{"kg-guide.html": queries.BrowserGuide(queries.All())}
	for _, q := range queries.All() {
		want[filepath.Join("favorites", q.Name+".cypher")] = q.BrowserFavorite()
	}
	if *update {
		_ = os.RemoveAll(filepath.Join(dir, "favorites"))
		for name, text := range want {
			p := filepath.Join(dir, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	var names []string
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != want[name] {
			t.Errorf("docs/browser/%s is stale or missing; run go generate ./queries", name)
		}
	}
	extra, _ := filepath.Glob(filepath.Join(dir, "favorites", "*.cypher"))
	for _, p := range extra {
		if _, ok := want[filepath.Join("favorites", filepath.Base(p))]; !ok {
			t.Errorf("docs/browser/favorites/%s has no saved query; run go generate ./queries", filepath.Base(p))
		}
	}
}

func TestQuery_BrowserParams(t *testing.T) {
	q, _ := queries.Get("ego-network")
	got := strings.Join(q.BrowserParams(), "\n")
	want := ":param actor => 'Vladimir Putin'\n:param depth => 2\n:param from => null\n:param to => null\n:param relations => []\n:param limit => 10\n:param rels => false"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := q.CommandLine(); got != `kg query ego-network --param actor="Vladimir Putin" --param depth=2` {
		t.Errorf("CommandLine = %s", got)
	}
}
