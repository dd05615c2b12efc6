package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/internal/neo4jtest"
	"github.com/kgraph/kg/queries"
)

// kgRun runs the kg command line and returns stdout, stderr and the exit code.
func kgRun(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	return out.String(), errOut.String(), code
}

func TestQueryCmd_RefusesWrite(t *testing.T) {
	neo4jtest.Require(t)
	out, errOut, code := kgRun(t, "query", "--cypher", "CREATE (n) RETURN n")
	want := "kg: kg query is read-only and this Cypher would write (CREATE); change the graph with kg load or kg build\n"
	if code != exitError || out != "" || errOut != want {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 1, stderr %q", code, out, errOut, want)
	}
	// Hidden in a subquery, after a comment: still refused.
	_, errOut, code = kgRun(t, "query", "--cypher", "MATCH (n) // x\nCALL { MERGE (m:X) } RETURN 1")
	if code != exitError || !strings.Contains(errOut, "(MERGE)") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestQueryCmd_Errors(t *testing.T) {
	neo4jtest.Require(t)
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"query", "no-such"}, exitUsage, `kg: no saved query "no-such" (saved queries: ` + strings.Join(queries.Names(), ", ") + ")\n"},
		{[]string{"query", "ego-network"}, exitError, "kg: query ego-network: parameter actor (actor) is required\n"},
		{[]string{"query", "ego-network", "-p", "actor=Qwertzuiop Xyzzy"}, exitError,
			`kg: query ego-network: parameter actor: unknown actor "Qwertzuiop Xyzzy": not in the dictionary or the graph (an actor id such as kim-jong-un also works)` + "\n"},
		{[]string{"query", "ego-network", "-p", "actor=Putin", "-p", "depth=5"}, exitError, "kg: query ego-network: parameter depth: 5 is out of range (1 to 3)\n"},
	}
	for _, tt := range tests {
		out, errOut, code := kgRun(t, tt.args...)
		if code != tt.code || out != "" || errOut != tt.want {
			t.Errorf("kg %q: exit %d, stdout %q, stderr %q; want exit %d, stderr %q", tt.args, code, out, errOut, tt.code, tt.want)
		}
	}
}

// buildSeeds loads the five seed articles (idempotent) with kg build.
func buildSeeds(t *testing.T) {
	t.Helper()
	if _, errOut, code := kgRun(t, "build", "../../seeds"); code != exitOK {
		t.Fatalf("kg build seeds: exit %d: %s", code, errOut)
	}
}

// seedParams are parameters for every saved query on the seeds graph.
var seedParams = map[string][]string{
	"ego-network":        {"actor=Putin", "depth=2"},
	"relation-over-time": {"a=Russia", "b=North Korea", "by=year"},
	"dyad-history":       {"a=Kim Jong-un", "b=Putin"},
	"timeline":           {"actor=DPRK", "from=2014", "to=2020"},
	"top-actors":         {"limit=5"},
	"shortest-path":      {"a=Sergey Lavrov", "b=Moon Jae-in"},
	"co-mentions":        {"actor=Kim Jong-un"},
	"relation-breakdown": {"actor=Putin"},
}

// TestQueryCmd_SeedsAllFormats runs every saved query on the seeds graph in
// every format and checks that the formats agree on the rows.
func TestQueryCmd_SeedsAllFormats(t *testing.T) {
	neo4jtest.Open(t)
	buildSeeds(t)
	for _, q := range queries.All() {
		params, ok := seedParams[q.Name]
		if !ok {
			t.Errorf("no seed parameters for saved query %s", q.Name)
			continue
		}
		args := []string{"query", q.Name}
		for _, p := range params {
			args = append(args, "--param", p)
		}
		t.Run(q.Name, func(t *testing.T) {
			res := map[string]string{}
			for _, f := range outputFormats {
				out, errOut, code := kgRun(t, append(args, "--format", f)...)
				if code != exitOK || errOut != "" {
					t.Fatalf("kg %q --format %s: exit %d: %s", args, f, code, errOut)
				}
				res[f] = out
			}
			var rows []map[string]any
			if err := json.Unmarshal([]byte(res["json"]), &rows); err != nil {
				t.Fatalf("json: %v\n%s", err, res["json"])
			}
			n := len(rows)
			recs, err := csv.NewReader(strings.NewReader(res["csv"])).ReadAll()
			if err != nil || len(recs) != n+1 {
				t.Errorf("csv: %d records (%v), want %d", len(recs), err, n+1)
			}
			if !strings.HasSuffix(res["table"], fmt.Sprintf("(%d row%s)\n", n, plural(n))) {
				t.Errorf("table does not end with the row count %d:\n%s", n, res["table"])
			}
			if got := strings.Count(res["md"], "\n"); got != n+2 {
				t.Errorf("md: %d lines, want %d", got, n+2)
			}
			if n == 0 && q.Name != "shortest-path" {
				t.Errorf("no rows on the seeds graph")
			}
		})
	}
}

// TestQueryCmd_SeedsSummit: the 2019-04-25 summit of Kim Jong-un and
// Vladimir Putin (seeds-gold.jsonl line 55) in dyad-history, with its date
// and source, asked for by alias.
func TestQueryCmd_SeedsSummit(t *testing.T) {
	neo4jtest.Open(t)
	buildSeeds(t)
	out, errOut, code := kgRun(t, "query", "dyad-history", "-p", "a=Putin", "-p", "b=Kim Jong Un", "-f", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		if r["date"] == "2019-04-25" && r["relation"] == "MEET" && r["source"] == "The Korea Herald" && r["doc"] == "004_869cecc33d7393c4" {
			found = true
		}
	}
	if !found {
		t.Errorf("no 2019-04-25 MEET from The Korea Herald in dyad-history Putin/Kim Jong Un:\n%s", out)
	}
}

// TestQueryCmd_SeedsRelationOverTime checks relation-over-time Russia/North
// Korea against a count done here: the events in the graph between the two
// states' sides (each state, the people affiliated with it, its
// organisations and their people, from the dictionary), asserted or
// planned, by year.
func TestQueryCmd_SeedsRelationOverTime(t *testing.T) {
	s := neo4jtest.Open(t)
	buildSeeds(t)
	dict, err := extract.LoadDictionary()
	if err != nil {
		t.Fatal(err)
	}
	side := func(state string) map[string]bool {
		in := map[string]bool{state: true}
		for changed := true; changed; {
			changed = false
			for _, e := range dict.Entries() {
				if in[e.ID] {
					continue
				}
				up := (e.Kind == extract.KindOrganization || e.Kind == extract.KindMedia) && e.Parent != "" && in[e.Parent] && e.Parent == state
				for _, a := range e.Affiliations {
					if a.Org == state || (in[a.Org] && a.Org != state && isPartOf(dict, a.Org, state)) {
						up = true
					}
				}
				if up {
					in[e.ID], changed = true, true
				}
			}
		}
		return in
	}
	ru, nk := side("russia"), side("north-korea")
	if len(ru) < 2 || len(nk) < 2 {
		t.Fatalf("the dictionary rolls up %d actors to Russia and %d to North Korea; want at least 2 each", len(ru), len(nk))
	}
	res, err := s.Read(context.Background(), `MATCH (x:Actor)-[r]->(y:Actor) WHERE r.cameo IS NOT NULL
		RETURN x.id, y.id, r.modality, r.start.year, r.goldstein`, nil)
	if err != nil {
		t.Fatal(err)
	}
	type period struct {
		n int
		g float64
	}
	want := map[int64]*period{}
	for _, row := range res.Rows {
		x, y, mod := row[0].(string), row[1].(string), row[2].(string)
		if !(ru[x] && nk[y] || nk[x] && ru[y]) || (mod != "asserted" && mod != "planned") || row[3] == nil {
			continue
		}
		yr := row[3].(int64)
		if want[yr] == nil {
			want[yr] = &period{}
		}
		want[yr].n++
		want[yr].g += row[4].(float64)
	}
	if len(want) == 0 {
		t.Fatal("no asserted or planned dated events between Russia and North Korea in the seeds")
	}
	var years []int64
	for y := range want {
		years = append(years, y)
	}
	sort.Slice(years, func(i, j int) bool { return years[i] < years[j] })
	var wantRows []string
	for y := years[0]; y <= years[len(years)-1]; y++ {
		p := want[y]
		if p == nil {
			p = &period{}
		}
		wantRows = append(wantRows, fmt.Sprintf("%d %d %.1f", y, p.n, math.Round(p.g*10)/10))
	}
	out, errOut, code := kgRun(t, "query", "relation-over-time", "-p", "a=Russia", "-p", "b=DPRK", "-f", "json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []struct {
		Period    string  `json:"period"`
		Events    int     `json:"events"`
		Goldstein float64 `json:"goldstein"`
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s %d %.1f", r.Period, r.Events, r.Goldstein))
	}
	if strings.Join(got, "\n") != strings.Join(wantRows, "\n") {
		t.Errorf("relation-over-time Russia/DPRK:\ngot\n  %s\nwant (hand count)\n  %s", strings.Join(got, "\n  "), strings.Join(wantRows, "\n  "))
	}
}

// isPartOf reports whether organisation org is part of state.
func isPartOf(d *extract.Dictionary, org, state string) bool {
	e, ok := d.Lookup(org)
	return ok && (e.Kind == extract.KindOrganization || e.Kind == extract.KindMedia) && e.Parent == state
}
