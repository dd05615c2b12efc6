package extract

import (
	"context"
	"errors"
	"fmt"
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

// TestExtractAll_ExtractorFailure: a failure inside the extractor becomes
// that document's error (the rest still run), never a crash of the corpus.
func TestExtractAll_ExtractorFailure(t *testing.T) {
	var broken *Extractor // any rule touching it panics
	var errs []error
	err := broken.ExtractAll(context.Background(), 2, 1,
		func(i int) (Document, error) { return Document{ID: "d", Body: "Japan met China on Monday."}, nil },
		func(o Outcome) error { errs = append(errs, o.Err); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) != 2 || errs[0] == nil || errs[1] == nil || !strings.Contains(errs[0].Error(), "extractor failed on this document") {
		t.Errorf("outcome errors = %v, want an extractor failure for each document", errs)
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
