package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestProgress: on a terminal the line names its unit and is cleared when
// done, so the summary phase can follow the events phase on the same line;
// elsewhere nothing is written.
func TestProgress(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, true, "loading", "events")
	p.update(0, 10)
	p.update(10, 10)
	p.done()
	s := newProgress(&b, true, "summarising", "subjects")
	s.update(3, 3)
	s.done()
	out := b.String()
	for _, want := range []string{"loading 10/10 events", "summarising 3/3 subjects"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress output %q lacks %q", out, want)
		}
	}
	if !strings.HasSuffix(out, "\r\033[K") {
		t.Errorf("progress output %q does not end by clearing its line", out)
	}
	b.Reset()
	q := newProgress(&b, false, "loading", "events")
	q.update(5, 10)
	q.done()
	if b.Len() != 0 {
		t.Errorf("progress wrote %q to a non-terminal", b.String())
	}
}
