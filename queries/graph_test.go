package queries_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/neo4jtest"
	"github.com/kgraph/kg/queries"
)

// run binds raw (actor parameters are ids, passed as they are) and runs the
// saved query name.
func run(t *testing.T, s *graph.Store, name string, raw map[string]string) *graph.Result {
	t.Helper()
	q, ok := queries.Get(name)
	if !ok {
		t.Fatalf("no saved query %s", name)
	}
	params, err := q.Bind(raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.Read(context.Background(), q.Cypher, params)
	if err != nil {
		t.Fatalf("%s %v: %v", name, raw, err)
	}
	return res
}

// rows renders the named columns of each row as "v1 v2 …", nodes by name.
func rows(res *graph.Result, cols ...string) []string {
	idx := map[string]int{}
	for i, c := range res.Columns {
		idx[c] = i
	}
	var out []string
	for _, r := range res.Rows {
		var parts []string
		for _, c := range cols {
			i, ok := idx[c]
			if !ok {
				parts = append(parts, "?"+c)
				continue
			}
			v := r[i]
			if n, ok := v.(graph.Node); ok {
				v = n.Props["name"]
			}
			parts = append(parts, fmtValue(v))
		}
		out = append(out, strings.Join(parts, " "))
	}
	return out
}

func diffRows(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\ngot\n  %s\nwant\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// loadSynthetic loads testdata/synthetic.jsonl and testdata/actors.yaml with
// "P-" replaced by a fresh prefix (deleted after the test) and returns it.
func loadSynthetic(t *testing.T, s *graph.Store) string {
	t.Helper()
	p := neo4jtest.Prefix(t)
	yml, err := os.ReadFile("testdata/actors.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dictPath := filepath.Join(t.TempDir(), "actors.yaml")
	if err := os.WriteFile(dictPath, []byte(strings.ReplaceAll(string(yml), "P-", p)), 0o644); err != nil {
		t.Fatal(err)
	}
	dict, err := extract.LoadDictionary(dictPath)
	if err != nil {
		t.Fatal(err)
	}
	jl, err := os.ReadFile("testdata/synthetic.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var events []extract.Event
	err = extract.ReadEvents(strings.NewReader(strings.ReplaceAll(string(jl), "P-", p)), "synthetic.jsonl",
		func(e extract.Event) error { events = append(events, e); return nil },
		func(e *extract.LineError) { t.Error(e) })
	if err != nil {
		t.Fatal(err)
	}
	docs := []extract.DocumentRecord{
		{ID: p + "d1", Title: "First report", Source: "Ruland Times", Published: "1902-05-01", SHA256: "1"},
		{ID: p + "d2", Title: "Second report", Source: "Norland Daily", Published: "1902-12-31", SHA256: "2"},
		{ID: p + "d3", Title: "Third report", Source: "Ruland Times", Published: "1903-03-31", SHA256: "3"},
	}
	if _, err := s.Load(context.Background(), graph.Batch{Documents: docs, Events: events, Dict: dict}, graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestQueries_Synthetic checks every saved query against hand-computed
// results on eleven hand-made events (testdata/synthetic.jsonl) dated
// 1900–1903, so that nothing else in the shared database interferes:
//
//	e01 Putov MEET Kimov 1902-04-25        e07 Kimov HOST Putov 1903-02 (hypothetical)
//	e02 Kimov VISIT Ruland 1902-04         e08 Ruland AID Norland, undated
//	e03 Ruland SANCTION Norland 1902       e09 Putov SIGN_AGREEMENT Otherland 1902-05-01
//	e04 Lavro CRITICIZE Norland 1901-03-02 e10 Otherland CRITICIZE Xavier 1900-06-01
//	e05 Norland THREATEN Ruland MFA 1901-03 (planned)
//	e06 Putov MEET Kimov 1903-01-10 (negated)
//	e11 Kimov COOPERATE Ruland 1903-03-15
//
// Putov is Ruland's president, Lavro the minister of the Ruland Foreign
// Ministry (part-of Ruland), Kimov Norland's leader.
func TestQueries_Synthetic(t *testing.T) {
	s := neo4jtest.Open(t)
	p := loadSynthetic(t, s)
	id := func(a string) string { return p + a }

	t.Run("relation-over-time/year", func(t *testing.T) {
		// Ruland side: Ruland, Putov, the MFA, Lavro; Norland side: Norland,
		// Kimov. e06 (negated), e07 (hypothetical), e08 (undated) do not count.
		res := run(t, s, "relation-over-time", map[string]string{"a": id("ruland"), "b": id("norland")})
		diffRows(t, "rows", rows(res, "period", "events", "cooperation", "conflict", "goldstein", "mean_goldstein", "MEET", "VISIT", "COOPERATE", "CRITICIZE", "THREATEN", "SANCTION", "HOST", "AID"), []string{
			"1901 2 0 2 -6.4 -3.2 0 0 0 1 1 0 0 0",
			"1902 3 2 1 -5.1 -1.7 1 1 0 0 0 1 0 0",
			"1903 1 1 0 3.5 3.5 0 0 1 0 0 0 0 0",
		})
		if len(res.Columns) != 6+len(extract.Relations) {
			t.Errorf("columns = %v", res.Columns)
		}
		// The same by alias, and with the sides swapped.
		for _, raw := range []map[string]string{{"a": id("RL"), "b": id("norland")}, {"a": id("norland"), "b": id("ruland")}} {
			if got := rows(run(t, s, "relation-over-time", raw), "period", "events", "goldstein"); strings.Join(got, ",") != "1901 2 -6.4,1902 3 -5.1,1903 1 3.5" {
				t.Errorf("%v: %v", raw, got)
			}
		}
	})
	t.Run("relation-over-time/month", func(t *testing.T) {
		// By month, e03 (dated 1902 only) drops out; 1901-03 … 1903-03 is 25 periods.
		res := run(t, s, "relation-over-time", map[string]string{"a": id("ruland"), "b": id("norland"), "by": "month"})
		got := rows(res, "period", "events", "goldstein", "mean_goldstein")
		if len(got) != 25 {
			t.Fatalf("%d rows, want 25: %v", len(got), got)
		}
		nonzero := []string{}
		for _, r := range got {
			if !strings.Contains(r, " 0 0 <nil>") {
				nonzero = append(nonzero, r)
			}
		}
		diffRows(t, "non-empty months", nonzero, []string{"1901-03 2 -6.4 -3.2", "1902-04 2 2.9 1.45", "1903-03 1 3.5 3.5"})
		if got[0] != "1901-03 2 -6.4 -3.2" || got[1] != "1901-04 0 0 <nil>" || got[24] != "1903-03 1 3.5 3.5" {
			t.Errorf("first/last rows: %v", got)
		}
	})
	t.Run("relation-over-time/range", func(t *testing.T) {
		// from-to fixes the periods, empty ones included; e03 (1902) may
		// have happened in April 1902, so it counts for the year.
		res := run(t, s, "relation-over-time", map[string]string{"a": id("ruland"), "b": id("norland"), "from": "1902-04", "to": "1904"})
		diffRows(t, "rows", rows(res, "period", "events", "goldstein"), []string{"1902 3 -5.1", "1903 1 3.5", "1904 0 0"})
	})
	t.Run("dyad-history", func(t *testing.T) {
		res := run(t, s, "dyad-history", map[string]string{"a": id("norland"), "b": id("ruland")})
		diffRows(t, "rows", rows(res, "date", "relation", "subject", "object", "modality", "goldstein", "source"), []string{
			"1901-03 THREATEN Norland Ruland Foreign Ministry planned -4.4 Norland Daily",
			"1901-03-02 CRITICIZE Sergei Lavro Norland asserted -2 Norland Daily",
			"1902 SANCTION Ruland Norland asserted -8 Norland Daily",
			"1902-04 VISIT Kim Kimov Ruland asserted 1.9 Ruland Times",
			"1902-04-25 MEET Ivan Putov Kim Kimov asserted 1 Ruland Times",
			"1903-01-10 MEET Ivan Putov Kim Kimov negated 1 Ruland Times",
			"1903-02 HOST Kim Kimov Ivan Putov hypothetical 2.8 Ruland Times",
			"1903-03-15 COOPERATE Kim Kimov Ruland asserted 3.5 Ruland Times",
			"<nil> AID Ruland Norland asserted 7 Ruland Times",
		})
		if got := rows(res, "quote", "title", "doc", "id")[4]; got != "Ivan Putov meet Kim Kimov (e01). First report "+p+"d1 "+p+"e01" {
			t.Errorf("quote, title, doc, id = %s", got)
		}
		// Two people: no roll-up.
		diffRows(t, "persons", rows(run(t, s, "dyad-history", map[string]string{"a": id("kimov"), "b": id("putov")}), "date", "relation"),
			[]string{"1902-04-25 MEET", "1903-01-10 MEET", "1903-02 HOST"})
	})
	t.Run("timeline", func(t *testing.T) {
		diffRows(t, "Kimov", rows(run(t, s, "timeline", map[string]string{"actor": id("kimov")}), "date", "relation", "subject", "object"), []string{
			"1902-04 VISIT Kim Kimov Ruland",
			"1902-04-25 MEET Ivan Putov Kim Kimov",
			"1903-01-10 MEET Ivan Putov Kim Kimov",
			"1903-02 HOST Kim Kimov Ivan Putov",
			"1903-03-15 COOPERATE Kim Kimov Ruland",
		})
		// A state with its leader, in a range (undated e08 left out).
		diffRows(t, "Norland 1902", rows(run(t, s, "timeline", map[string]string{"actor": id("norland"), "from": "1902", "to": "1902"}), "date", "relation", "source"), []string{
			"1902 SANCTION Norland Daily", "1902-04 VISIT Ruland Times", "1902-04-25 MEET Ruland Times",
		})
	})
	t.Run("ego-network", func(t *testing.T) {
		cols := []string{"source", "relation", "target", "events", "goldstein", "first", "last"}
		// ego runs the query from the DYAD summaries (the default) and
		// from the events (rels=true), which must give the same rows.
		ego := func(raw map[string]string) *graph.Result {
			t.Helper()
			fast := run(t, s, "ego-network", raw)
			withRels := map[string]string{"rels": "true"}
			for k, v := range raw {
				withRels[k] = v
			}
			diffRows(t, fmt.Sprintf("%v from the summaries vs from the events", raw), rows(fast, cols...), rows(run(t, s, "ego-network", withRels), cols...))
			return fast
		}
		depth1 := []string{
			"Ivan Putov MEET Kim Kimov 2 2 1902-04-25 1903-01-10",
			"Kim Kimov COOPERATE Ruland 1 3.5 1903-03-15 1903-03-15",
			"Kim Kimov HOST Ivan Putov 1 2.8 1903-02 1903-02",
			"Kim Kimov VISIT Ruland 1 1.9 1902-04 1902-04",
		}
		res := ego(map[string]string{"actor": id("kimov")})
		diffRows(t, "depth 1", rows(res, cols...), depth1)
		if n, ok := res.Rows[0][0].(graph.Node); !ok || n.Props["id"] != id("putov") {
			t.Errorf("source is not the Putov node: %#v", res.Rows[0][0])
		}
		// Depth 2 adds Putov's and Ruland's other events.
		diffRows(t, "depth 2", rows(ego(map[string]string{"actor": id("kimov"), "depth": "2"}), cols...), []string{
			depth1[0],
			"Ivan Putov SIGN_AGREEMENT Otherland 1 8 1902-05-01 1902-05-01",
			depth1[1], depth1[2], depth1[3],
			"Ruland AID Norland 1 7 <nil> <nil>",
			"Ruland SANCTION Norland 1 -8 1902 1902",
		})
		// Depth 3 adds Otherland's and Norland's.
		got := rows(ego(map[string]string{"actor": id("kimov"), "depth": "3"}), "source", "relation", "target", "events")
		if len(got) != 10 || !contains(got, "Otherland CRITICIZE Xavier Outsider 1") || !contains(got, "Sergei Lavro CRITICIZE Norland 1") || !contains(got, "Norland THREATEN Ruland Foreign Ministry 1") {
			t.Errorf("depth 3: %v", got)
		}
		// A date range applies to every hop; undated e08 drops out.
		diffRows(t, "depth 2 in 1902", rows(ego(map[string]string{"actor": id("kimov"), "depth": "2", "from": "1902", "to": "1902"}), "source", "relation", "target", "events"), []string{
			"Ivan Putov MEET Kim Kimov 1", "Ivan Putov SIGN_AGREEMENT Otherland 1", "Kim Kimov VISIT Ruland 1", "Ruland SANCTION Norland 1",
		})
		diffRows(t, "relations", rows(ego(map[string]string{"actor": id("kimov"), "depth": "2", "relations": "MEET,VISIT"}), "source", "relation", "target", "events"), []string{
			"Ivan Putov MEET Kim Kimov 2", "Kim Kimov VISIT Ruland 1",
		})
		// rels holds the events themselves, for kg export, on request.
		if rels, ok := res.Rows[0][len(res.Columns)-1].([]any); !ok || len(rels) != 0 || res.Columns[len(res.Columns)-1] != "rels" {
			t.Errorf("rels of %s without rels=true = %#v", depth1[0], res.Rows[0][len(res.Columns)-1])
		}
		res = run(t, s, "ego-network", map[string]string{"actor": id("kimov"), "rels": "true"})
		if rels, ok := res.Rows[0][len(res.Columns)-1].([]any); !ok || len(rels) != 2 || res.Columns[len(res.Columns)-1] != "rels" {
			t.Errorf("rels of %s = %#v", depth1[0], res.Rows[0][len(res.Columns)-1])
		} else if r, ok := rels[0].(graph.Relationship); !ok || r.Type != "MEET" {
			t.Errorf("rels[0] = %#v", rels[0])
		}
		// limit keeps the strongest partners per ring: Kimov's are Putov (3
		// events) and Ruland (2); with limit 1 ring 1 is Putov, ring 2
		// Putov's only other partner Otherland, ring 3 Otherland's, Xavier.
		diffRows(t, "limit 1", rows(ego(map[string]string{"actor": id("kimov"), "limit": "1"}), "source", "relation", "target", "events"), []string{
			"Ivan Putov MEET Kim Kimov 2", "Kim Kimov HOST Ivan Putov 1",
		})
		diffRows(t, "depth 2 limit 1", rows(ego(map[string]string{"actor": id("kimov"), "depth": "2", "limit": "1"}), "source", "relation", "target", "events"), []string{
			"Ivan Putov MEET Kim Kimov 2", "Ivan Putov SIGN_AGREEMENT Otherland 1", "Kim Kimov HOST Ivan Putov 1",
		})
		diffRows(t, "depth 3 limit 1", rows(ego(map[string]string{"actor": id("kimov"), "depth": "3", "limit": "1"}), "source", "relation", "target", "events"), []string{
			"Ivan Putov MEET Kim Kimov 2", "Ivan Putov SIGN_AGREEMENT Otherland 1", "Kim Kimov HOST Ivan Putov 1", "Otherland CRITICIZE Xavier Outsider 1",
		})
		// A tie (Ruland has two events each with Kimov and Norland) goes by name.
		diffRows(t, "tie", rows(ego(map[string]string{"actor": id("ruland"), "limit": "1"}), "source", "relation", "target", "events"), []string{
			"Kim Kimov COOPERATE Ruland 1", "Kim Kimov VISIT Ruland 1",
		})
	})
	t.Run("top-actors", func(t *testing.T) {
		diffRows(t, "rows", rows(run(t, s, "top-actors", map[string]string{"from": "1900", "to": "1903", "limit": "4"}), "actor", "kind", "events", "partners"), []string{
			"Kim Kimov Person 5 2", "Ivan Putov Person 4 2", "Norland Country 3 3", "Ruland Country 3 2",
		})
	})
	t.Run("shortest-path", func(t *testing.T) {
		res := run(t, s, "shortest-path", map[string]string{"a": id("lavro"), "b": id("x")})
		diffRows(t, "rows", rows(res, "hops", "actors"), []string{
			"6 [Sergei Lavro Norland Ruland Kim Kimov Ivan Putov Otherland Xavier Outsider]",
		})
		if path, ok := res.Rows[0][0].(graph.Path); !ok || len(path.Nodes) != 7 || len(path.Relationships) != 6 {
			t.Errorf("path = %#v", res.Rows[0][0])
		}
	})
	t.Run("co-mentions", func(t *testing.T) {
		diffRows(t, "rows", rows(run(t, s, "co-mentions", map[string]string{"actor": id("putov")}), "actor", "documents", "events"), []string{
			"Kim Kimov 2 3", "Otherland 2 1", "Ruland 2 0", "Norland 1 0", "Xavier Outsider 1 0",
		})
	})
	t.Run("relation-breakdown", func(t *testing.T) {
		diffRows(t, "rows", rows(run(t, s, "relation-breakdown", map[string]string{"actor": id("kimov")}), "relation", "cameo", "goldstein", "events", "asserted", "planned", "negated", "hypothetical"), []string{
			"MEET 040 1 2 1 0 1 0", "COOPERATE 050 3.5 1 1 0 0 0", "HOST 043 2.8 1 0 0 0 1", "VISIT 042 1.9 1 1 0 0 0",
		})
	})
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
