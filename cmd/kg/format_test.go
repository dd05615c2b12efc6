package main

import (
	"bytes"
	"testing"

	"github.com/kgraph/kg/graph"
)

func sampleResult() *graph.Result {
	putin := graph.Node{ElementID: "4:x:1", Labels: []string{"Actor", "Person"}, Props: map[string]any{"id": "vladimir-putin", "name": "Vladimir Putin"}}
	kim := graph.Node{ElementID: "4:x:2", Labels: []string{"Actor", "Person"}, Props: map[string]any{"id": "kim-jong-un", "name": "Kim Jong-un"}}
	return &graph.Result{
		Columns: []string{"source", "relation", "target", "events", "goldstein", "mean", "quote"},
		Rows: [][]any{
			{putin, "MEET", kim, int64(12), 12.0, nil, `Putin said: "a | b"`},
			{kim, "VISIT", putin, int64(3), 5.7, 1.9, "Kim, who visited\nRussia"},
		},
	}
}

func TestWriteResult(t *testing.T) {
	tests := []struct{ format, want string }{
		{"table", `source          relation  target          events  goldstein  mean  quote
--------------  --------  --------------  ------  ---------  ----  -----------------------
Vladimir Putin  MEET      Kim Jong-un         12       12.0        Putin said: "a | b"
Kim Jong-un     VISIT     Vladimir Putin       3        5.7   1.9  Kim, who visited Russia
(2 rows)
`},
		{"csv", `source,relation,target,events,goldstein,mean,quote
Vladimir Putin,MEET,Kim Jong-un,12,12.0,,"Putin said: ""a | b"""
Kim Jong-un,VISIT,Vladimir Putin,3,5.7,1.9,"Kim, who visited
Russia"
`},
		{"json", `[{"source": {"labels": ["Actor", "Person"], "properties": {"id": "vladimir-putin", "name": "Vladimir Putin"}}, "relation": "MEET", "target": {"labels": ["Actor", "Person"], "properties": {"id": "kim-jong-un", "name": "Kim Jong-un"}}, "events": 12, "goldstein": 12, "mean": null, "quote": "Putin said: \"a | b\""},
 {"source": {"labels": ["Actor", "Person"], "properties": {"id": "kim-jong-un", "name": "Kim Jong-un"}}, "relation": "VISIT", "target": {"labels": ["Actor", "Person"], "properties": {"id": "vladimir-putin", "name": "Vladimir Putin"}}, "events": 3, "goldstein": 5.7, "mean": 1.9, "quote": "Kim, who visited\nRussia"}]
`},
		{"md", `| source | relation | target | events | goldstein | mean | quote |
| --- | --- | --- | --: | --: | --: | --- |
| Vladimir Putin | MEET | Kim Jong-un | 12 | 12.0 |  | Putin said: "a \| b" |
| Kim Jong-un | VISIT | Vladimir Putin | 3 | 5.7 | 1.9 | Kim, who visited Russia |
`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := writeResult(&b, sampleResult(), tt.format); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestWriteResult_Empty(t *testing.T) {
	r := &graph.Result{Columns: []string{"n"}, Rows: [][]any{}}
	want := map[string]string{"table": "n\n-\n(0 rows)\n", "csv": "n\n", "json": "[]\n", "md": "| n |\n| --- |\n"}
	for format, w := range want {
		var b bytes.Buffer
		if err := writeResult(&b, r, format); err != nil {
			t.Fatal(err)
		}
		if b.String() != w {
			t.Errorf("%s: got %q, want %q", format, b.String(), w)
		}
	}
}

func TestWriteResult_Path(t *testing.T) {
	a := graph.Node{Props: map[string]any{"name": "A"}}
	b := graph.Node{Props: map[string]any{"name": "B"}}
	p := graph.Path{Nodes: []graph.Node{a, b}, Relationships: []graph.Relationship{{Type: "MEET"}}}
	if got := cellText(p); got != "A -[MEET]- B" {
		t.Errorf("cellText(path) = %q", got)
	}
	if got := cellText([]any{"x", int64(2), 1.5}); got != "x, 2, 1.5" {
		t.Errorf("cellText(list) = %q", got)
	}
}
