package textgen

import (
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
