package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/internal/gen"
	"github.com/kgraph/kg/internal/neo4jtest"
)

// Faults against the shared Neo4j of NEO4J_URI that leave it running and
// unchanged outside each test's own id prefix.

// writeCorpus writes c's events as JSONL and its documents as the sidecar
// beside them, returning the events file.
func writeCorpus(t *testing.T, dir string, c gen.Corpus, sidecarTail string) string {
	t.Helper()
	var ev, docs strings.Builder
	for _, e := range c.Events {
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		ev.Write(append(b, '\n'))
	}
	for _, d := range c.Documents {
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		docs.Write(append(b, '\n'))
	}
	path := filepath.Join(dir, "ev.jsonl")
	writeFile(t, path, ev.String())
	writeFile(t, docsPath(path), docs.String()+sidecarTail)
	return path
}

// TestFault_MalformedDocumentsSidecar loads events whose documents sidecar
// has a broken line and a record without an id: each is warned about with
// its line, the rest is loaded, and the exit status is 3.
func TestFault_MalformedDocumentsSidecar(t *testing.T) {
	p := neo4jtest.Prefix(t)
	c := gen.Generate(gen.Options{Events: 50, Prefix: p, Seed: 11})
	path := writeCorpus(t, t.TempDir(), c, "{broken\n{\"title\":\"no id\"}\n")
	side := docsPath(path)
	n := len(c.Documents)
	code, _, errOut := kg(t, "load", path)
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	want := []string{
		fmt.Sprintf("kg: warning: %s:%d: invalid JSON: invalid character 'b' looking for beginning of object key string (at byte 2)", side, n+1),
		fmt.Sprintf("kg: warning: %s:%d: document record has no id", side, n+2),
		"kg: loaded 50 events, ",
		"kg: 1 input file(s) had bad lines or could not be read: some inputs were skipped",
	}
	if code != exitPartial || len(lines) != 4 || lines[0] != want[0] || lines[1] != want[1] ||
		!strings.HasPrefix(lines[2], want[2]) || lines[3] != want[3] {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 3 and:\n%s", code, errOut, strings.Join(want, "\n"))
	}
	params := map[string]any{"p": p}
	if got := countQuery(t, `MATCH (d:Document) WHERE d.id STARTS WITH $p AND d.title IS NOT NULL RETURN count(d)`, params); got != int64(n) {
		t.Errorf("documents with their sidecar title: %d, want %d", got, n)
	}
}

// evil is Cypher that would delete the graph if it were ever spliced into a
// query instead of passed as a parameter.
const evil = "x'}) DETACH DELETE n //"

// TestFault_Query_SavedQueryParamIsData stores an actor named like Cypher
// and finds it through a saved query's actor parameter: names and
// parameters are data, never query text.
func TestFault_Query_SavedQueryParamIsData(t *testing.T) {
	p := neo4jtest.Prefix(t)
	dir := t.TempDir()
	line := fmt.Sprintf(`{"id":"%se1","doc":"%sd1","sentence":0,"span":[0,10],"text":"%s visited Target.","subject":{"id":"%sevil","name":%q,"kind":"Person","mention":"x"},"relation":"VISIT","object":{"id":"%starget","name":"Target Land %s","kind":"Country","mention":"Target"},"date":"2019-04-25","precision":"day","date_source":"text","modality":"asserted","place":null,"confidence":0.9,"rule":"test","cameo":"042","goldstein":1.9}`,
		p, p, evil, p, evil, p, p)
	path := filepath.Join(dir, "ev.jsonl")
	writeFile(t, path, line+"\n")
	if code, _, errOut := kg(t, "load", path); code != exitOK {
		t.Fatalf("load: exit %d, %s", code, errOut)
	}
	for _, args := range [][]string{
		{"query", "ego-network", "--param", "actor=" + evil, "--format", "json"},
		{"query", "dyad-history", "--param", "a=" + evil, "--param", "b=" + p + "target", "--format", "json"},
	} {
		code, out, errOut := kg(t, args...)
		if code != exitOK || !strings.Contains(out, "Target Land "+p) || !strings.Contains(out, `"x'}) DETACH DELETE n //"`) {
			t.Errorf("kg %s: exit %d, stderr %q, stdout:\n%s", args[1], code, errOut, out)
		}
	}
	if n := countQuery(t, `MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN count(a)`, map[string]any{"p": p}); n != 2 {
		t.Errorf("actors of the test: %d, want 2", n)
	}
}

// TestFault_Query_SmuggledWriteRefused sends ad hoc Cypher that writes,
// disguised in the ways that once fooled kg's check (a procedure name with
// spaces around its dot, Unicode whitespace before CREATE, a back-quoted
// namespace). Each is refused before anything is sent, and nothing is
// written. That the read transaction stops a write on its own is shown by
// graph's TestStore_ReadTx_ServerRefusesWrites.
func TestFault_Query_SmuggledWriteRefused(t *testing.T) {
	p := neo4jtest.Prefix(t)
	label := "KgFault" + strings.NewReplacer("-", "").Replace(strings.TrimPrefix(p, "t-"))
	const byKg = "kg: kg query is read-only and this Cypher would write"
	tests := []struct{ cypher, want string }{
		{"CREATE (:" + label + ")", byKg},
		{"create (:" + label + ")", byKg},
		{"WITH 1 AS x CALL { CREATE (:" + label + ") } RETURN x", byKg},
		{"FOREACH (i IN [1] | CREATE (:" + label + "))", byKg},
		{"MATCH (n:" + label + ") DETACH DELETE n", byKg},
		{"RETURN 1 AS x\n// a comment\nCREATE (:" + label + ")", byKg},
		{"CREATE/* a comment */(:" + label + ")", byKg},
		{"MERGE (a:Actor {id: '" + p + "merged'}) RETURN a", byKg},
		{"MATCH (a:Actor) SET a.name = 'owned' RETURN count(a)", byKg},
		{"CALL db.createLabel('" + label + "')", byKg},
		{"LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", byKg},
		{"MATCH (a:Actor) WITH a LIMIT 1 CALL { WITH a SET a.x = 1 } IN TRANSACTIONS RETURN 1", byKg},
		{"CALL db . createLabel('" + label + "')", byKg},
		{"CALL `db`.`createLabel`('" + label + "')", byKg},
		{"WITH 1 AS x\u00a0CREATE (:" + label + ") RETURN x", byKg},
		{"WITH 1 AS x\u2028CREATE (:" + label + ") RETURN x", byKg},
	}
	for _, tt := range tests {
		code, out, errOut := kg(t, "query", "--cypher", tt.cypher)
		if code != exitError || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 1 and one line with %q", tt.cypher, code, out, errOut, tt.want)
		}
	}
	if n := countQuery(t, "CALL db.labels() YIELD label WHERE label = $l RETURN count(*)", map[string]any{"l": label}); n != 0 {
		t.Errorf("label %s was created", label)
	}
	if n := countQuery(t, "MATCH (a:Actor) WHERE a.id STARTS WITH $p OR a.name = 'owned' OR a.x = 1 RETURN count(a)", map[string]any{"p": p}); n != 0 {
		t.Errorf("%d actors were written", n)
	}
}
