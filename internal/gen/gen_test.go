package gen

import (
	"reflect"
	"testing"
)

func TestGenerate(t *testing.T) {
	o := Options{Events: 5000, Prefix: "p-", Seed: 7}
	c := Generate(o)
	if got, want := len(c.Events), 5000; got != want {
		t.Fatalf("events: got %d, want %d", got, want)
	}
	if !reflect.DeepEqual(c, Generate(o)) {
		t.Fatal("Generate is not deterministic")
	}
	ids := map[string]bool{}
	rels := map[string]int{}
	docs := map[string]bool{}
	for _, d := range c.Documents {
		docs[d.ID] = true
	}
	actorEvents := map[string]int{}
	for i := range c.Events {
		e := &c.Events[i]
		if err := e.Validate(); err != nil {
			t.Fatal(err)
		}
		if ids[e.ID] {
			t.Fatalf("duplicate event id %s", e.ID)
		}
		ids[e.ID] = true
		rels[e.Relation]++
		if !docs[e.Doc] {
			t.Fatalf("event %s: no document %s", e.ID, e.Doc)
		}
		if e.Subject.ID == e.Object.ID {
			t.Fatalf("event %s: self loop", e.ID)
		}
		actorEvents[e.Subject.ID]++
		actorEvents[e.Object.ID]++
	}
	if got, want := len(rels), 14; got != want {
		t.Errorf("relation types: got %d, want %d", got, want)
	}
	// Power law: the most popular actor is in far more events than the median.
	top := actorEvents[c.Actors[0].ID]
	if top < 300 {
		t.Errorf("top actor in %d events; popularity is not skewed", top)
	}
	if other := Generate(Options{Events: 10, Prefix: "p-", Seed: 8}); other.Events[0].ID == c.Events[0].ID {
		t.Error("seed does not change ids")
	}
}

func TestDateOf(t *testing.T) {
	for day, want := range map[int]string{0: "1990-01-01", 31: "1990-02-01", 59: "1990-03-01", 365: "1991-01-01", 2250: "1996-02-29"} {
		if got := dateOf(day); got != want {
			t.Errorf("dateOf(%d) = %s, want %s", day, got, want)
		}
	}
}
