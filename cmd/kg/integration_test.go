package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/internal/neo4jtest"
)

// kg runs the command in-process with the test server's settings and
// returns its exit code, stdout and stderr.
func kg(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut})
	return code, out.String(), errOut.String()
}

// article writes a small article of our own with a unique document id.
func article(t *testing.T, dir, id, body string) string {
	t.Helper()
	path := filepath.Join(dir, id+".txt")
	writeFile(t, path, fmt.Sprintf("---\nid: %s\ntitle: Test article %s\nsource: Test Wire\npublished: 2019-04-26\n---\n%s\n", id, id, body))
	return path
}

func countQuery(t *testing.T, cypher string, params map[string]any) int64 {
	t.Helper()
	s := neo4jtest.Open(t)
	res, err := s.Read(context.Background(), cypher, params)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := res.Rows[0][0].(int64)
	return n
}

func TestBuild_TwiceLeavesCountsUnchanged(t *testing.T) {
	p := neo4jtest.Prefix(t)
	dir := t.TempDir()
	article(t, dir, p+"a", "Russian President Vladimir Putin met North Korean leader Kim Jong-un in Vladivostok on Thursday, April 25, 2019.")
	article(t, dir, p+"b", "Chinese President Xi Jinping visited Pyongyang on June 20, 2019.")

	code, out, errOut := kg(t, "build", dir)
	if code != 0 {
		t.Fatalf("kg build: exit %d, stderr %s", code, errOut)
	}
	if !strings.Contains(out, "documents") || !strings.Contains(errOut, "kg: extracted") {
		t.Errorf("summary missing: stdout %q stderr %q", out, errOut)
	}
	params := map[string]any{"p": p}
	const events = `MATCH ()-[r]->() WHERE r.doc STARTS WITH $p RETURN count(r)`
	const docs = `MATCH (d:Document) WHERE d.id STARTS WITH $p RETURN count(d)`
	const meet = `MATCH (a:Actor {id:'vladimir-putin'})-[r:MEET]-(b:Actor {id:'kim-jong-un'}) WHERE r.doc STARTS WITH $p RETURN count(r)`
	first := []int64{countQuery(t, events, params), countQuery(t, docs, params), countQuery(t, meet, params)}
	if first[0] < 2 || first[1] != 2 || first[2] != 1 {
		t.Fatalf("after first build: events %d, documents %d, Putin–Kim meetings %d; want ≥2, 2, 1", first[0], first[1], first[2])
	}
	if code, _, errOut := kg(t, "build", dir); code != 0 {
		t.Fatalf("second kg build: exit %d, stderr %s", code, errOut)
	}
	second := []int64{countQuery(t, events, params), countQuery(t, docs, params), countQuery(t, meet, params)}
	if fmt.Sprint(first) != fmt.Sprint(second) {
		t.Errorf("counts changed on reload: %v then %v", first, second)
	}
}

func TestExtractThenLoad_BadLinesSkippedGoodLoaded(t *testing.T) {
	p := neo4jtest.Prefix(t)
	dir := t.TempDir()
	article(t, dir, p+"c", "Japanese Prime Minister Shinzo Abe visited Beijing on October 25, 2018.")
	events := filepath.Join(dir, "events.jsonl")
	if code, _, errOut := kg(t, "extract", dir, "--out", events); code != 0 {
		t.Fatalf("kg extract: exit %d, stderr %s", code, errOut)
	}
	good, err := os.ReadFile(events)
	if err != nil || len(bytes.TrimSpace(good)) == 0 {
		t.Fatalf("no events extracted: %v", err)
	}
	if _, err := os.Stat(docsPath(events)); err != nil {
		t.Fatalf("documents sidecar: %v", err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	writeFile(t, bad, string(good)+"{not json\n")

	code, _, errOut := kg(t, "load", bad)
	if code != exitPartial {
		t.Errorf("exit %d, want %d (partial)", code, exitPartial)
	}
	wantLine := fmt.Sprintf("kg: warning: %s:%d: invalid JSON", bad, bytes.Count(good, []byte("\n"))+1)
	if !strings.Contains(errOut, wantLine) {
		t.Errorf("stderr %q lacks %q", errOut, wantLine)
	}
	n := countQuery(t, `MATCH (:Actor {id:'shinzo-abe'})-[r:VISIT]->(:Actor {id:'china'}) WHERE r.doc STARTS WITH $p RETURN count(r)`, map[string]any{"p": p})
	if n != 1 {
		t.Errorf("Abe→China visits loaded = %d, want 1", n)
	}
}

func TestExtract_BadFilesWarnedGoodOnesProcessed(t *testing.T) {
	dir := t.TempDir()
	article(t, dir, "good", "Russian Foreign Minister Sergey Lavrov visited Pyongyang on May 31, 2018.")
	writeFile(t, filepath.Join(dir, "empty.txt"), "")
	writeFile(t, filepath.Join(dir, "binary.txt"), "abc\x00def")
	writeFile(t, filepath.Join(dir, "latin1.txt"), "caf\xe9\n")
	writeFile(t, filepath.Join(dir, "ignored.pdf"), "%PDF")

	code, out, errOut := kg(t, "extract", dir, filepath.Join(dir, "missing.txt"))
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	for _, want := range []string{
		"kg: warning: " + filepath.Join(dir, "missing.txt") + ": no such file or directory\n",
		"kg: warning: " + filepath.Join(dir, "empty.txt") + ": file is empty\n",
		"kg: warning: " + filepath.Join(dir, "binary.txt") + ": binary file (NUL byte at offset 3)\n",
		"kg: warning: " + filepath.Join(dir, "latin1.txt") + ":1: not valid UTF-8 (byte offset 3)\n",
		"kg: 4 input(s) skipped: some inputs were skipped\n",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(out, `"relation":"VISIT"`) || !strings.Contains(out, `lavrov","name"`) {
		t.Errorf("the good file's event is missing from stdout:\n%s", out)
	}
	if strings.Contains(errOut, "pdf") {
		t.Errorf("non-text file should be ignored silently: %s", errOut)
	}
}

func TestQuery_CypherJSONAndReadOnly(t *testing.T) {
	neo4jtest.Open(t)
	code, out, errOut := kg(t, "query", "--cypher", "RETURN 123 AS n", "--format", "json")
	if code != 0 || out != "[{\"n\": 123}]\n" {
		t.Errorf("exit %d, stdout %q, stderr %q; want [{\"n\": 123}]", code, out, errOut)
	}
	code, out, errOut = kg(t, "query", "--cypher", "CREATE (n:Actor {id: 'should-not-exist'}) RETURN n")
	if code != exitError || out != "" || !strings.Contains(errOut, "write") {
		t.Errorf("write query: exit %d, stdout %q, stderr %q; want a refusal", code, out, errOut)
	}
	if n := countQuery(t, `MATCH (a:Actor {id: 'should-not-exist'}) RETURN count(a)`, nil); n != 0 {
		t.Errorf("a write query created %d nodes", n)
	}
}

func TestQuery_InjectionIsPlainData(t *testing.T) {
	neo4jtest.Open(t)
	evil := "x'}) DETACH DELETE n //"
	code, out, errOut := kg(t, "query", "--cypher", "RETURN $v AS v", "--param", "v="+evil, "--format", "csv")
	if code != 0 || out != "v\n"+evil+"\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestConnection_ErrorsNameURIButNeverPassword(t *testing.T) {
	cfg := neo4jtest.Require(t)
	t.Run("wrong password", func(t *testing.T) {
		// A user that does not exist: failed logins of the shared neo4j
		// user would lock it out for other tests for a few seconds.
		t.Setenv("NEO4J_URI", cfg.URI)
		t.Setenv("NEO4J_USERNAME", "kg-no-such-user")
		t.Setenv("NEO4J_PASSWORD", "not-the-Password-42")
		code, _, errOut := kg(t, "query", "--cypher", "RETURN 1 AS n")
		if code != exitError || strings.Contains(errOut, "not-the-Password-42") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("exit %d, stderr %q: want one line without the password", code, errOut)
		}
		if !strings.Contains(errOut, "rejected the credentials") {
			t.Errorf("stderr %q does not say authentication failed", errOut)
		}
	})
	t.Run("unreachable", func(t *testing.T) {
		t.Setenv("NEO4J_URI", "bolt://127.0.0.1:1")
		code, _, errOut := kg(t, "query", "--cypher", "RETURN 1 AS n")
		if code != exitError || !strings.Contains(errOut, "bolt://127.0.0.1:1") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("exit %d, stderr %q: want one line naming the URI", code, errOut)
		}
	})
}

func TestBuild_ReplacesStaleEventsOfItsDocuments(t *testing.T) {
	p := neo4jtest.Prefix(t)
	dir := t.TempDir()
	article(t, dir, p+"r", "Chinese President Xi Jinping visited Pyongyang on June 20, 2019.")
	events := filepath.Join(t.TempDir(), "ev.jsonl")
	if code, _, errOut := kg(t, "extract", dir, "--out", events); code != 0 {
		t.Fatalf("extract: %s", errOut)
	}
	// An event an older extractor might have found in the same document.
	stale := fmt.Sprintf(`{"id":"%sstale","doc":"%sr","sentence":0,"span":[0,10],"text":"old","subject":{"id":"xi-jinping","name":"Xi Jinping","kind":"Person","mention":"Xi"},"relation":"CRITICIZE","object":{"id":"north-korea","name":"North Korea","kind":"Country","mention":"Pyongyang"},"date":null,"precision":"none","date_source":"none","modality":"asserted","place":null,"confidence":0.5,"rule":"old","cameo":"111","goldstein":-2}`, p, p)
	old, _ := os.ReadFile(events)
	writeFile(t, events, string(old)+stale+"\n")
	if code, _, errOut := kg(t, "load", events); code != 0 {
		t.Fatalf("load: %s", errOut)
	}
	params := map[string]any{"p": p}
	const q = `MATCH ()-[r]->() WHERE r.doc STARTS WITH $p RETURN count(r)`
	if n := countQuery(t, q, params); n != 2 {
		t.Fatalf("after load: %d events, want 2 (the visit and the stale one)", n)
	}
	if code, _, errOut := kg(t, "build", dir); code != 0 {
		t.Fatalf("build: %s", errOut)
	}
	if n := countQuery(t, q, params); n != 1 {
		t.Errorf("after build: %d events, want 1 (the stale event replaced)", n)
	}
}
