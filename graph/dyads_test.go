package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/neo4jtest"
)

// dyadRows renders the stored DYAD summaries of the subjects under prefix p,
// one line per subject, object and relation type.
func dyadRows(tb testing.TB, s *graph.Store, p string) []string {
	tb.Helper()
	r := MustRead(tb, s, `MATCH (a:Actor)-[d:DYAD]->(o:Actor) WHERE a.id STARTS WITH $p
UNWIND range(0, size(d.relations) - 1) AS i
RETURN a.id, o.id, d.relations[i], d.counts[i], d.goldstein[i], d.first[i], d.last[i], d.events
ORDER BY a.id, o.id, d.relations[i]`, map[string]any{"p": p})
	var out []string
	for _, v := range r.Rows {
		out = append(out, fmt.Sprintf("%v %v %v n=%v g=%.6f %q..%q total=%v", v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]))
	}
	return out
}

// eventDyadRows computes the same lines from the events themselves.
func eventDyadRows(tb testing.TB, s *graph.Store, p string) []string {
	tb.Helper()
	var types []string
	for _, r := range extract.Relations {
		types = append(types, r.Name)
	}
	// The types come from the fixed vocabulary.
	r := MustRead(tb, s, `MATCH (a:Actor)-[r:`+strings.Join(types, "|")+`]->(o:Actor) WHERE a.id STARTS WITH $p
WITH a, o, type(r) AS t, count(r) AS n, sum(r.goldstein) AS g, coalesce(min(r.date), 'undated') AS first, coalesce(max(r.date), 'undated') AS last
WITH a, o, collect([t, n, g, first, last]) AS byType, sum(n) AS total
UNWIND byType AS x
RETURN a.id, o.id, x[0], x[1], x[2], x[3], x[4], total
ORDER BY a.id, o.id, x[0]`, map[string]any{"p": p})
	var out []string
	for _, v := range r.Rows {
		out = append(out, fmt.Sprintf("%v %v %v n=%v g=%.6f %q..%q total=%v", v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]))
	}
	return out
}

// checkDyads asserts that the summaries under p are exactly what the events
// give.
func checkDyads(tb testing.TB, s *graph.Store, p string) {
	tb.Helper()
	got, want := dyadRows(tb, s, p), eventDyadRows(tb, s, p)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		tb.Errorf("dyad summaries differ from the events:\ngot\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestStore_Dyads follows the summaries through a load, a replaced document,
// an event whose object changed, and two kinds of damage that RefreshDyads
// repairs.
func TestStore_Dyads(t *testing.T) {
	s := neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	ctx := ctxT(t)
	b := smallBatch(p)
	MustLoad(t, s, b, graph.LoadOptions{})
	// The weights are SPEC's, as smallBatch sets them.
	meet, _ := extract.LookupRelation("MEET")
	support, _ := extract.LookupRelation("SUPPORT")
	criticize, _ := extract.LookupRelation("CRITICIZE")
	visit, _ := extract.LookupRelation("VISIT")
	want := []string{
		fmt.Sprintf("%skim %snorth-korea VISIT n=1 g=%.6f \"2019-04\"..\"2019-04\" total=1", p, p, visit.Goldstein),
		fmt.Sprintf("%snorth-korea %sputin CRITICIZE n=1 g=%.6f \"undated\"..\"undated\" total=1", p, p, criticize.Goldstein),
		fmt.Sprintf("%sputin %skim MEET n=1 g=%.6f \"2019-04-25\"..\"2019-04-25\" total=1", p, p, meet.Goldstein),
		fmt.Sprintf("%sputin %snorth-korea SUPPORT n=1 g=%.6f \"2019\"..\"2019\" total=1", p, p, support.Goldstein),
	}
	if got := dyadRows(t, s, p); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after the first load:\ngot\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	checkDyads(t, s, p)

	// Version 2 of doc1: e2 (Kim VISIT North Korea) and e4 (Putin SUPPORT
	// North Korea) go, e5 (Putin HOST Kim, 2019-04-26) comes, e1 moves to
	// North Korea as its object.
	v2 := smallBatch(p)
	v2.Documents[0].SHA256 = "bbb"
	e1 := v2.Events[0]
	e1.Object = v2.Events[1].Object // North Korea
	e5 := v2.Events[0]
	e5.ID, e5.Relation, e5.Date = p+"e5", "HOST", "2019-04-26"
	v2.Events = []extract.Event{e1, e5, v2.Events[4]}
	MustLoad(t, s, v2, graph.LoadOptions{})
	got := dyadRows(t, s, p)
	if len(got) != 3 || !strings.Contains(got[1], p+"putin "+p+"kim HOST n=1") || !strings.Contains(got[2], p+"putin "+p+"north-korea MEET n=1") {
		t.Errorf("after the replacement: %q", got)
	}
	checkDyads(t, s, p)

	// Damage: a summary deleted (a graph written by an earlier kg) and one
	// altered behind kg's back with its subject marked stale.
	if err := graph.Exec(ctx, s, `MATCH (a:Actor {id: $id})-[d:DYAD]->() DELETE d`, map[string]any{"id": p + "north-korea"}); err != nil {
		t.Fatal(err)
	}
	if err := graph.Exec(ctx, s, `MATCH (a:Actor {id: $id})-[d:DYAD]->() SET d.events = 99, a.dyadsStale = true`, map[string]any{"id": p + "putin"}); err != nil {
		t.Fatal(err)
	}
	if n, err := s.RefreshDyads(ctx); err != nil || n < 2 {
		t.Errorf("RefreshDyads = %d, %v; want at least the 2 damaged subjects", n, err)
	}
	checkDyads(t, s, p)
	if r := MustRead(t, s, `MATCH (a:Actor) WHERE a.id STARTS WITH $p AND a.dyadsStale RETURN count(a)`, map[string]any{"p": p}); r.Rows[0][0].(int64) != 0 {
		t.Errorf("%v actors still marked stale", r.Rows[0][0])
	}
	// Loading the same version again writes no summary.
	before := snapshot(t, s, p)
	MustLoad(t, s, v2, graph.LoadOptions{})
	if after := snapshot(t, s, p); after != before {
		t.Errorf("reload changed the graph:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}
