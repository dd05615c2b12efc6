package textgen

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestGenerator_Corpus_Deterministic(t *testing.T) {
	a, b := New(7).Corpus(50_000, 4000), New(7).Corpus(50_000, 4000)
	if len(a) != len(b) || len(a) < 10 {
		t.Fatalf("got %d and %d articles, want the same number, at least 10", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("article %d differs between two runs with the same seed", i)
		}
		if !strings.HasPrefix(a[i].Text, "---\nid: "+a[i].ID+"\n") {
			t.Fatalf("article %d: front matter does not start with its id: %q", i, a[i].Text[:40])
		}
	}
	if c := New(8).Corpus(50_000, 4000); c[0] == a[0] {
		t.Error("seeds 7 and 8 gave the same first article")
	}
}

// TestWriteCorpus writes $KG_TEXTGEN_MB megabytes of articles (default 100)
// under $KG_TEXTGEN_DIR, for measuring kg extract on a large corpus.
func TestWriteCorpus(t *testing.T) {
	dir := os.Getenv("KG_TEXTGEN_DIR")
	if dir == "" {
		t.Skip("set KG_TEXTGEN_DIR=DIR [KG_TEXTGEN_MB=100] to write a generated corpus")
	}
	mb := 100
	if s := os.Getenv("KG_TEXTGEN_MB"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("KG_TEXTGEN_MB: %v", err)
		}
		mb = n
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	g := New(1)
	for n := 0; n < mb<<20; {
		a := g.Article(6000)
		if err := os.WriteFile(filepath.Join(dir, a.ID+".txt"), []byte(a.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		n += len(a.Text)
	}
}
