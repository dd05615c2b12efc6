package extract

import (
	"context"
	"errors"
	"fmt"
	"reflect"
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
