package extract

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// Outcome is one document's result from ExtractAll.
type Outcome struct {
	Index  int      // the document's position in the input, 0-based
	Doc    Document // as load returned it
	Result Result   // zero when Err is set
	Err    error    // load's error, or a failure of the extractor; the document was not extracted
}

// ErrExtractor marks a document the extractor itself failed on.
var ErrExtractor = errors.New("extractor failed")

// safeExtract is Extract that turns a failure of the extractor itself (a
// bug: a rule that indexes past a sentence) into an error for this document,
// so that one odd sentence never stops a whole corpus.
func (x *Extractor) safeExtract(doc Document) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = Result{}, fmt.Errorf("%w on this document (%v); please report it with the file", ErrExtractor, r)
		}
	}()
	return x.Extract(doc), nil
}

// ExtractAll extracts n documents with workers goroutines (at least one) and
// calls emit with each outcome in input order, 0 to n-1. load(i) produces
// document i; it runs on a worker, so reading files is concurrent too. A load
// error is handed to emit rather than stopping the run.
//
// At most 2×workers documents are loaded and not yet emitted, so memory is
// bounded by a few of the largest documents, not by the corpus. ExtractAll
// returns the first error from emit, or ctx's error when ctx is done; the
// documents in hand are finished and dropped.
func (x *Extractor) ExtractAll(ctx context.Context, n, workers int, load func(i int) (Document, error), emit func(Outcome) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Document i goes to slot i%window. The feeder takes a token from sem
	// before handing out a document and the emit loop returns it after
	// emit, so the documents in flight are window consecutive indices and
	// never share a slot: a worker's send into its slot never blocks.
	window := 2 * workers
	slots := make([]chan Outcome, window)
	for i := range slots {
		slots[i] = make(chan Outcome, 1)
	}
	sem := make(chan struct{}, window)
	jobs := make(chan int)

	// Workers: load, extract, deliver.
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				o := Outcome{Index: i}
				o.Doc, o.Err = load(i)
				if o.Err == nil {
					o.Result, o.Err = x.safeExtract(o.Doc)
				}
				slots[i%window] <- o
			}
		}()
	}

	// Feeder: hand out indices in order, at most window ahead of emit.
	go func() {
		defer close(jobs)
		for i := 0; i < n; i++ {
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()

	// Emit in input order.
	var err error
	for i := 0; i < n && err == nil; i++ {
		var o Outcome
		select {
		case o = <-slots[i%window]:
		case <-ctx.Done():
			err = ctx.Err()
			continue
		}
		err = emit(o)
		<-sem // after emit, so the document in emit counts in the window
	}
	cancel() // stops the feeder; workers finish the document in hand
	wg.Wait()
	return err
}
