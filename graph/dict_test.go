package graph_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/neo4jtest"
)

const testDict = `actors:
  - id: P-state
    name: Testland
    kind: Country
  - id: P-ministry
    name: Testland Ministry of Foreign Affairs
    kind: Organization
    parent: P-state
  - id: P-tv
    name: Testland TV
    kind: Media
    parent: P-state
  - id: P-leader
    name: Leader Person
    kind: Person
    aliases: [The Leader, Mr L]
    affiliations:
      - {org: P-state, role: president, from: "2010", to: "2015"}
      - {org: P-state, role: leader, from: "2015-03-01", to: LEADER_TO}
      - {org: P-ministry, role: minister, from: "", to: "2009"}
`

// MustDict loads the embedded dictionary plus testDict with ids under p.
func MustDict(tb testing.TB, p, leaderTo string) *extract.Dictionary {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "actors.yaml")
	text := strings.ReplaceAll(strings.ReplaceAll(testDict, "P-", p), "LEADER_TO", `"`+leaderTo+`"`)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		tb.Fatal(err)
	}
	d, err := extract.LoadDictionary(path)
	if err != nil {
		tb.Fatalf("LoadDictionary: %v", err)
	}
	if _, ok := d.Lookup(p + "leader"); !ok {
		tb.Fatalf("LoadDictionary(%s) did not load the extra file", path)
	}
	return d
}

// dictBatch has events between dictionary actors and one unknown actor.
func dictBatch(tb testing.TB, p string, d *extract.Dictionary) graph.Batch {
	leader := extract.ActorRef{ID: p + "leader", Name: "L. Person", Kind: extract.KindPerson}
	other := extract.ActorRef{ID: p + "other", Name: "Somebody Else", Kind: extract.KindPerson}
	tv := extract.ActorRef{ID: p + "tv", Name: "TTV", Kind: extract.KindOther}
	ev := func(id string, s extract.ActorRef, rel string, o extract.ActorRef) extract.Event {
		r, _ := extract.LookupRelation(rel)
		return extract.Event{ID: p + id, Doc: p + "doc", Text: "t", Subject: s, Relation: rel, Object: o,
			Date: "2016-05", Precision: extract.PrecisionMonth, Modality: extract.Asserted, Confidence: 0.5,
			Rule: "r", CAMEO: r.CAMEO, Goldstein: r.Goldstein}
	}
	return graph.Batch{
		Documents: []extract.DocumentRecord{{ID: p + "doc", SHA256: "s1"}},
		Events:    []extract.Event{ev("e1", leader, "MEET", other), ev("e2", tv, "CRITICIZE", leader)},
		Dict:      d,
	}
}

func TestStore_Load_Dictionary(t *testing.T) {
	s := neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	b := dictBatch(t, p, MustDict(t, p, ""))
	st := MustLoad(t, s, b, graph.LoadOptions{})
	if st.Affiliations != 5 || st.Actors != 5 {
		t.Errorf("stats: %+v, want 5 affiliations and 5 actors", st)
	}
	// Names, kinds and aliases come from the dictionary when it knows the id.
	r := MustRead(t, s, `MATCH (a:Actor) WHERE a.id STARTS WITH $p
RETURN a.id, a.name, a.kind, [l IN labels(a) WHERE l <> 'Actor'][0], a.aliases ORDER BY a.id`, map[string]any{"p": p})
	want := [][]any{
		{p + "leader", "Leader Person", "Person", "Person", []any{"The Leader", "Mr L"}},
		{p + "ministry", "Testland Ministry of Foreign Affairs", "Organization", "Organization", nil},
		{p + "other", "Somebody Else", "Person", "Person", nil},
		{p + "state", "Testland", "Country", "Country", nil},
		{p + "tv", "Testland TV", "Media", "Media", nil},
	}
	if !reflect.DeepEqual(r.Rows, want) {
		t.Errorf("actors:\n got %v\nwant %v", r.Rows, want)
	}
	affiliations := func() [][]any {
		return MustRead(t, s, `MATCH (a:Actor)-[r:AFFILIATED_WITH]->(o) WHERE a.id STARTS WITH $p
RETURN a.id, r.role, r.from, r.to, o.id ORDER BY a.id, r.role`, map[string]any{"p": p}).Rows
	}
	want = [][]any{
		{p + "leader", "leader", "2015-03-01", nil, p + "state"},
		{p + "leader", "minister", nil, "2009", p + "ministry"},
		{p + "leader", "president", "2010", "2015", p + "state"},
		{p + "ministry", "part-of", nil, nil, p + "state"},
		{p + "tv", "part-of", nil, nil, p + "state"},
	}
	if got := affiliations(); !reflect.DeepEqual(got, want) {
		t.Errorf("affiliations:\n got %v\nwant %v", got, want)
	}
	// Person events roll up to states through AFFILIATED_WITH.
	r = MustRead(t, s, `MATCH (:Actor {id: $tv})-[:AFFILIATED_WITH]->(st:Country), (:Actor {id: $tv})-[e:CRITICIZE]->(:Person)-[:AFFILIATED_WITH]->(st)
RETURN count(DISTINCT e)`, map[string]any{"tv": p + "tv"})
	if r.Rows[0][0] != int64(1) {
		t.Errorf("roll-up: %v", r.Rows)
	}

	// Idempotent; a changed dictionary replaces the affiliation it changed.
	before := snapshot(t, s, p)
	MustLoad(t, s, b, graph.LoadOptions{})
	if after := snapshot(t, s, p); after != before {
		t.Errorf("second load changed the graph:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	MustLoad(t, s, dictBatch(t, p, MustDict(t, p, "2020")), graph.LoadOptions{})
	want[0][3] = "2020"
	if got := affiliations(); !reflect.DeepEqual(got, want) {
		t.Errorf("affiliations after dictionary change:\n got %v\nwant %v", got, want)
	}
}
