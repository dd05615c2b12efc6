package queries_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/queries"
)

// relationNames is the fixed vocabulary as "MEET|VISIT|…".
func relationNames() string {
	var names []string
	for _, r := range extract.Relations {
		names = append(names, r.Name)
	}
	return strings.Join(names, "|")
}

func TestAll_Headers(t *testing.T) {
	// The reports the README and the Browser guide promise, with exactly
	// these parameters (name type default-or-required).
	want := map[string][]string{
		"ego-network":        {"actor actor required", "depth int 1", "from date ", "to date-end ", "relations list ", "limit int 10", "rels bool false"},
		"relation-over-time": {"a actor required", "b actor required", "by string year", "from date ", "to date-end "},
		"dyad-history":       {"a actor required", "b actor required"},
		"timeline":           {"actor actor required", "from date ", "to date-end "},
		"top-actors":         {"from date ", "to date-end ", "limit int 20"},
		"shortest-path":      {"a actor required", "b actor required"},
		"co-mentions":        {"actor actor required"},
		"relation-breakdown": {"actor actor "},
	}
	got := map[string]queries.Query{}
	for _, q := range queries.All() {
		got[q.Name] = q
	}
	for name, params := range want {
		q, ok := got[name]
		if !ok {
			t.Errorf("no saved query %s", name)
			continue
		}
		var have []string
		for _, p := range q.Params {
			def := "required"
			if p.HasDefault {
				def = p.Default
			}
			have = append(have, p.Name+" "+p.Type+" "+def)
		}
		if strings.Join(have, ", ") != strings.Join(params, ", ") {
			t.Errorf("%s params = %q, want %q", name, have, params)
		}
	}
	q := got["ego-network"]
	if p := q.Params[1]; !p.HasRange || p.Min != 1 || p.Max != 3 {
		t.Errorf("ego-network depth range = %s, want 1..3", p.Constraint())
	}
	if p := q.Params[4]; p.Constraint() != relationNames() {
		t.Errorf("ego-network relations values = %s, want the vocabulary %s", p.Constraint(), relationNames())
	}
	if p := q.Params[5]; !p.HasRange || p.Min != 1 || p.Max != 1000 {
		t.Errorf("ego-network limit range = %s, want 1..1000", p.Constraint())
	}
	if p := got["relation-over-time"].Params[2]; p.Constraint() != "year|month" {
		t.Errorf("relation-over-time by values = %s", p.Constraint())
	}
}

// TestAll_ReadOnlyAndVocabulary checks every saved query: it is read-only,
// and every relationship-type list that names an event relation names all
// of them, so no relation is silently left out when the vocabulary grows.
func TestAll_ReadOnlyAndVocabulary(t *testing.T) {
	typeList := regexp.MustCompile(`\[\w*:([A-Z_|]+)[\]*]`)
	all := relationNames()
	for _, q := range queries.All() {
		if err := graph.CheckReadOnly(q.Cypher); err != nil {
			t.Errorf("%s: %v", q.Name, err)
		}
		// A single type is allowed in one branch per type (a UNION over the
		// vocabulary, e.g. for the count store or a per-type index), but
		// then every type must have its branch.
		n := 0
		single := map[string]bool{}
		for _, m := range typeList.FindAllStringSubmatch(q.Cypher, -1) {
			if m[1] == "AFFILIATED_WITH" || m[1] == "MENTIONS" || m[1] == "DYAD" {
				continue
			}
			n++
			if m[1] != all {
				if !strings.Contains(m[1], "|") && strings.Contains("|"+all+"|", "|"+m[1]+"|") {
					single[m[1]] = true
					continue
				}
				t.Errorf("%s: relationship types %s, want %s", q.Name, m[1], all)
			}
		}
		if len(single) > 0 {
			for _, r := range extract.Relations {
				if !single[r.Name] {
					t.Errorf("%s: has per-type branches but none for %s", q.Name, r.Name)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: names no event relationship types", q.Name)
		}
		if strings.Contains(q.Cypher, "-[r]-") || strings.Contains(q.Cypher, "-[r]->") {
			t.Errorf("%s: untyped relationship pattern; use the event types", q.Name)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		text    string
		want    queries.Param
		wantErr string
	}{
		{"// description: d\n// param: depth int = 1 (1..3) - hops\nRETURN 1",
			queries.Param{Name: "depth", Type: "int", Default: "1", HasDefault: true, Description: "hops", Min: 1, Max: 3, HasRange: true}, ""},
		{"// description: d\n// param: by string = year (year|month) - period\nRETURN 1",
			queries.Param{Name: "by", Type: "string", Default: "year", HasDefault: true, Description: "period", Values: []string{"year", "month"}}, ""},
		{"// description: d\n// param: a actor - who\nRETURN 1",
			queries.Param{Name: "a", Type: "actor", Description: "who"}, ""},
		{"// description: d\n// param: a date (1..3) - x\nRETURN 1", queries.Param{}, "q.cypher:2: param a: a range needs type int, not date"},
		{"// description: d\n// param: a int (x|y) - x\nRETURN 1", queries.Param{}, "q.cypher:2: param a: allowed values need type string or list, not int"},
		{"// description: d\n// param: a int (3..1)\nRETURN 1", queries.Param{}, `q.cypher:2: param "a int (3..1)": bad range "3..1"`},
		{"// description: d\n// param: a number\nRETURN 1", queries.Param{}, `q.cypher:2: param a: unknown type "number"`},
		{"// param: a int\nRETURN 1", queries.Param{}, `q.cypher: no "// description:" line`},
		{"// name: other\n// description: d\nRETURN 1", queries.Param{}, `q.cypher:1: name "other" does not match the file name`},
	}
	for _, tt := range tests {
		q, err := queries.Parse("q.cypher", tt.text)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("Parse(%q) err = %v, want %s", tt.text, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.text, err)
			continue
		}
		if len(q.Params) != 1 || !equalParam(q.Params[0], tt.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", tt.text, q.Params, tt.want)
		}
	}
}

func equalParam(a, b queries.Param) bool {
	return a.Name == b.Name && a.Type == b.Type && a.Default == b.Default && a.HasDefault == b.HasDefault &&
		a.Description == b.Description && strings.Join(a.Values, "|") == strings.Join(b.Values, "|") &&
		a.Min == b.Min && a.Max == b.Max && a.HasRange == b.HasRange
}

func TestQuery_Bind(t *testing.T) {
	ego, _ := queries.Get("ego-network")
	rot, _ := queries.Get("relation-over-time")
	top, _ := queries.Get("top-actors")
	resolve := func(name string) (string, error) { return "id:" + name, nil }
	tests := []struct {
		q       queries.Query
		raw     map[string]string
		want    string // fmt of selected values
		wantErr string
	}{
		{ego, map[string]string{"actor": "Putin"}, "actor=id:Putin depth=1 from=<nil> to=<nil> relations=[] limit=10 rels=false", ""},
		{ego, map[string]string{"actor": "Putin", "depth": "3", "from": "2019", "to": "2019-02", "relations": "meet, Visit"},
			"actor=id:Putin depth=3 from=2019-01-01 to=2019-02-28 relations=[MEET VISIT] limit=10 rels=false", ""},
		{ego, map[string]string{"actor": "Putin", "depth": "4"}, "", "query ego-network: parameter depth: 4 is out of range (1 to 3)"},
		{ego, map[string]string{"actor": "Putin", "relations": "MEETS"}, "",
			`query ego-network: parameter relations: "MEETS" is not one of MEET, VISIT, HOST, INVITE, COOPERATE, SIGN_AGREEMENT, SUPPORT, MILITARY_COOPERATION, AID, CRITICIZE, REJECT, THREATEN, SANCTION, ATTACK`},
		{ego, map[string]string{}, "", "query ego-network: parameter actor (actor) is required"},
		{ego, map[string]string{"actor": "x", "hops": "2"}, "", "query ego-network: unknown parameter hops (it takes: actor, depth, from, to, relations, limit, rels)"},
		{ego, map[string]string{"actor": "Putin", "limit": "1001"}, "", "query ego-network: parameter limit: 1001 is out of range (1 to 1000)"},
		{rot, map[string]string{"a": "Russia", "b": "DPRK", "by": "Month"}, "a=id:Russia b=id:DPRK by=month from=<nil> to=<nil>", ""},
		{rot, map[string]string{"a": "Russia", "b": "DPRK", "by": "week"}, "", `query relation-over-time: parameter by: "week" is not one of year, month`},
		{rot, map[string]string{"a": "Russia", "b": "DPRK", "to": "2019-13"}, "", `query relation-over-time: parameter to: "2019-13" is not a valid date`},
		{top, map[string]string{"limit": "0"}, "", "query top-actors: parameter limit: 0 is out of range (1 to 100000)"},
	}
	for _, tt := range tests {
		got, err := tt.q.Bind(tt.raw, resolve)
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("%s.Bind(%v) err = %v, want %s", tt.q.Name, tt.raw, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s.Bind(%v): %v", tt.q.Name, tt.raw, err)
			continue
		}
		var parts []string
		for _, p := range tt.q.Params {
			parts = append(parts, p.Name+"="+fmtValue(got[p.Name]))
		}
		if s := strings.Join(parts, " "); s != tt.want {
			t.Errorf("%s.Bind(%v) = %s, want %s", tt.q.Name, tt.raw, s, tt.want)
		}
	}
}
