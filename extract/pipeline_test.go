package extract

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
)

func TestExtractor_ExtractAll_OrderAndWindow(t *testing.T) {
	x := MustExtractor(t)
	c := seedsCorpus(t, 4)
	bad := errors.New("unreadable")
	var want []Result
	for _, d := range c.docs {
		want = append(want, x.Extract(d))
	}
	for _, workers := range []int{0, 1, 3, 8} {
		var inFlight, peak atomic.Int64
		load := func(i int) (Document, error) {
			if n := inFlight.Add(1); n > peak.Load() {
				peak.Store(n)
			}
			if i == 5 {
				return Document{}, bad
			}
			return c.docs[i], nil
		}
		next := 0
		err := x.ExtractAll(context.Background(), len(c.docs), workers, load, func(o Outcome) error {
			defer inFlight.Add(-1)
			if o.Index != next {
				return fmt.Errorf("got document %d, want %d", o.Index, next)
			}
			next++
			if o.Index == 5 {
				if !errors.Is(o.Err, bad) {
					return fmt.Errorf("document 5: err %v, want %v", o.Err, bad)
				}
				return nil
			}
			if o.Doc.ID != c.docs[o.Index].ID || !reflect.DeepEqual(o.Result, want[o.Index]) {
				return fmt.Errorf("document %d: result differs from Extract's", o.Index)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("workers=%d: %v", workers, err)
		}
		if next != len(c.docs) {
			t.Errorf("workers=%d: emitted %d of %d", workers, next, len(c.docs))
		}
		if limit := int64(2 * max(workers, 1)); peak.Load() > limit {
			t.Errorf("workers=%d: %d documents in flight, want at most %d", workers, peak.Load(), limit)
		}
	}
}

func TestExtractor_ExtractAll_Stops(t *testing.T) {
	x := MustExtractor(t)
	c := seedsCorpus(t, 4)
	load := func(i int) (Document, error) { return c.docs[i], nil }
	stop := errors.New("stop")
	n := 0
	err := x.ExtractAll(context.Background(), len(c.docs), 2, load, func(o Outcome) error {
		n++
		if o.Index == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 4 {
		t.Errorf("emit error: got %v after %d documents, want %v after 4", err, n, stop)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = x.ExtractAll(ctx, len(c.docs), 2, load, func(Outcome) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: got %v, want %v", err, context.Canceled)
	}
}

// TestExtractAll_ExtractorFailure: a failure inside the extractor costs the
// sentence it happened on (named in the result), never the corpus.
func TestExtractAll_ExtractorFailure(t *testing.T) {
	var broken *Extractor // any rule touching it panics
	var outs []Outcome
	err := broken.ExtractAll(context.Background(), 2, 1,
		func(i int) (Document, error) {
			return Document{ID: "d", Body: "Japan met China on Monday. China met Japan on Tuesday."}, nil
		},
		func(o Outcome) error { outs = append(outs, o); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != 2 {
		t.Fatalf("got %d outcomes, want 2", len(outs))
	}
	for _, o := range outs {
		if o.Err != nil || len(o.Result.Failures) != 2 || !strings.Contains(o.Result.Failures[1].Error(), "extractor failed on this sentence") {
			t.Errorf("document %d: err %v, failures %v; want one failure for each of its two sentences", o.Index, o.Err, o.Result.Failures)
		}
	}
}

// TestExtractor_Extract_TitleOpensSentence: a lower-case title opening the
// sentence before coordinated names (a shape that once indexed before the
// sentence's first word).
func TestExtractor_Extract_TitleOpensSentence(t *testing.T) {
	x := MustExtractor(t)
	got := summary(extractText(t, x, "2023-05-12", "national security adviser Jake Sullivan and Wang Yi held talks in Vienna on Thursday."))
	if !contains(got, "jake-sullivan MEET wang-yi 2023-05-11 asserted") {
		t.Errorf("got %q", got)
	}
}

// A rule that fails on one sentence costs that sentence's events only:
// the sentences before and after it are extracted, and the failure names
// the sentence's line in the file.
func TestExtractor_Extract_SentenceFailure(t *testing.T) {
	x := MustExtractor(t)
	data := "---\nid: f\npublished: 2023-05-10\n---\nXi Jinping met Vladimir Putin on Tuesday.\n\n" +
		"Emmanuel Macron met Olaf Scholz on Monday.\n\nNarendra Modi met Joe Biden on Friday.\n"
	doc, err := ParseDocument("f.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if doc.BodyLine != 5 {
		t.Fatalf("BodyLine = %d, want 5", doc.BodyLine)
	}
	failSentence = func(s *sentence) {
		if s.index == 1 {
			panic("rule indexed past the sentence")
		}
	}
	defer func() { failSentence = nil }()
	res := x.Extract(doc)
	got := summary(res.Events)
	want := []string{"xi-jinping MEET vladimir-putin 2023-05-09 asserted", "narendra-modi MEET joe-biden 2023-05-05 asserted"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("events = %q, want %q", got, want)
	}
	if len(res.Failures) != 1 || res.Failures[0].Sentence != 1 || res.Failures[0].Line != 7 || res.Failures[0].Reason != "rule indexed past the sentence" {
		t.Fatalf("failures = %+v, want sentence 1 on line 7", res.Failures)
	}
	if msg := res.Failures[0].Error(); !strings.Contains(msg, "extractor failed on this sentence (rule indexed past the sentence)") {
		t.Errorf("message %q", msg)
	}
}

// Sentences that once made a rule fail. Each must extract without a
// failure (and the fuzz target checks the same on arbitrary text).
func TestExtractor_Extract_NoFailures(t *testing.T) {
	x := MustExtractor(t)
	for _, text := range []string{
		// a modality probe (no trigger of its own) reached a "when" clause
		"When the Indian envoy arrived for talks with Pakistani officials, he was greeted at the airport.",
		"Canberra was angered when Beijing sent a delegation for consultations with Wellington.",
	} {
		res := x.Extract(Document{ID: "n", Body: text, Published: "2021-03-04"})
		if len(res.Failures) != 0 {
			t.Errorf("%q: %v", text, res.Failures)
		}
	}
}

// No rule fails on the development texts: a failure there would silently
// lower their scores (the sentence's events are missing), so it is a test
// failure instead.
func TestExtractor_Extract_NoFailuresOnDevelopmentSets(t *testing.T) {
	x := MustExtractor(t)
	paths, _ := filepath.Glob("testdata/*/articles/*.txt")
	seeds, _ := filepath.Glob("../seeds/*.md")
	paths = append(paths, seeds...)
	if len(paths) < 50 {
		t.Fatalf("found %d development texts; run from the extract directory", len(paths))
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ParseDocument(p, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range x.Extract(doc).Failures {
			t.Errorf("%s:%d: %v", p, f.Line, f)
		}
	}
}
