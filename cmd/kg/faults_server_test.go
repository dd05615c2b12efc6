//go:build faults

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/gen"
	"github.com/kgraph/kg/internal/neo4jtest"
)

// TestFault_Neo4j runs kg against a throw-away Neo4j of its own (never the
// shared one: it kills it): a load cut by kill -9, loaded again; then
// unreachable servers and wrong credentials, whose messages name the URI but
// never a password, in any output of kg. Only with -tags faults (make faults).
func TestFault_Neo4j(t *testing.T) {
	srv := neo4jtest.StartServer(t)
	t.Setenv("NEO4J_URI", srv.Config.URI)
	t.Setenv("NEO4J_USERNAME", "neo4j")
	t.Setenv("NEO4J_PASSWORD", srv.Config.Password)
	t.Run("load killed mid-way, then run again", func(t *testing.T) { testLoadServerKilled(t, srv) })
	t.Run("password prompt on a terminal", func(t *testing.T) { testPasswordPrompt(t, srv) })
	// Last: wrong passwords lock the user out for a few seconds.
	t.Run("connection errors never show a password", func(t *testing.T) { testConnectionErrors(t, srv) })
}

// testLoadServerKilled kills the server with kill -9 while kg load runs.
// kg load fails with one line that says to run it again; after a restart the
// graph holds part of the events, none twice; the same kg load then
// completes with exact counts, and once more changes nothing.
func testLoadServerKilled(t *testing.T, srv *neo4jtest.Server) {
	ctx := context.Background()
	c := gen.Generate(gen.Options{Events: 10000, Prefix: "kill-", Seed: 3})
	path := writeCorpus(t, t.TempDir(), c, "")
	args := []string{"load", path, "--batch-size", "500"}

	// The first run gets a Store with a 2 s retry window, so that it gives
	// up while the server is down (kg's own window is a minute).
	cfg := srv.Config
	cfg.MaxRetryTime = 2 * time.Second
	store, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var configPath string
	var out, errOut bytes.Buffer
	f := &Factory{IO: &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, configPath: &configPath, store: store}
	done := make(chan int)
	go func() { done <- runFactory(ctx, f, args) }()

	watch, err := graph.Open(ctx, srv.Config)
	if err != nil {
		t.Fatal(err)
	}
	var code int
	killed := false
	for !killed {
		select {
		case code = <-done:
			t.Fatalf("kg load finished (exit %d) before the server was killed: %s", code, errOut.String())
		case <-time.After(100 * time.Millisecond):
		}
		if n := loadedEvents(t, watch); n >= 1500 {
			t.Logf("kill -9 at %d events", n)
			if err := srv.Kill(); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
	}
	watch.Close(ctx)
	select {
	case code = <-done:
	case <-time.After(3 * time.Minute):
		t.Fatal("kg load did not give up after the server was killed")
	}
	const again = "(events committed so far are kept; run the same command again to finish)"
	if code != exitError || strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), again) {
		t.Errorf("interrupted kg load: exit %d, stderr %q; want exit 1 and one line ending %q", code, errOut.String(), again)
	}
	t.Logf("interrupted: %s", errOut.String())

	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	check, err := graph.Open(ctx, srv.Config)
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close(ctx)
	partial := graphCounts(t, check)
	t.Logf("after the restart: %+v of %d events", partial, len(c.Events))
	if partial.events != partial.distinct || partial.events >= len(c.Events) {
		t.Errorf("after the restart: %+v; want some of the %d events, none twice", partial, len(c.Events))
	}

	want := expectedCounts(c)
	for i := 1; i <= 2; i++ {
		code, stdout, stderr := kgExec(t, false, neo4jEnv(srv.Config.URI, srv.Config.Password), args...)
		if code != exitOK || !strings.HasPrefix(stderr, "kg: loaded 10000 events, ") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("kg load, run %d after the restart: exit %d, stdout %q, stderr %q", i, code, stdout, stderr)
		}
		noSecret(t, srv.Config.Password, stdout, stderr)
		if got := graphCounts(t, check); got != want {
			t.Errorf("run %d after the restart: %+v, want %+v", i, got, want)
		}
		// The pair summaries were brought up to date by the rerun too.
		r, err := check.Read(ctx, `MATCH ()-[d:DYAD]->() RETURN coalesce(sum(d.events), 0), count(d)`, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n := r.Rows[0][0].(int64); n != int64(want.events) {
			t.Errorf("run %d after the restart: DYAD summaries count %d events in %d pairs, want %d", i, n, r.Rows[0][1], want.events)
		}
	}
}

type counts struct{ events, distinct, actors, documents int }

func graphCounts(t *testing.T, s *graph.Store) counts {
	t.Helper()
	r, err := s.Read(context.Background(), `MATCH (a:Actor) WITH count(a) AS actors
MATCH (d:Document) WITH actors, count(d) AS documents
MATCH ()-[r]->() WHERE r.cameo IS NOT NULL
RETURN actors, documents, count(r), count(DISTINCT r.id)`, nil)
	if err != nil {
		t.Fatal(err)
	}
	row := r.Rows[0]
	return counts{actors: int(row[0].(int64)), documents: int(row[1].(int64)), events: int(row[2].(int64)), distinct: int(row[3].(int64))}
}

func loadedEvents(t *testing.T, s *graph.Store) int {
	r, err := s.Read(context.Background(), `MATCH ()-[r]->() WHERE r.cameo IS NOT NULL RETURN count(r)`, nil)
	if err != nil {
		t.Logf("watching the load: %v", err)
		return 0
	}
	return int(r.Rows[0][0].(int64))
}

func expectedCounts(c gen.Corpus) counts {
	actors, docs := map[string]bool{}, map[string]bool{}
	for _, e := range c.Events {
		actors[e.Subject.ID], actors[e.Object.ID], docs[e.Doc] = true, true, true
	}
	for _, d := range c.Documents {
		docs[d.ID] = true
		for _, m := range d.Mentions {
			actors[m.Actor.ID] = true
		}
	}
	return counts{events: len(c.Events), distinct: len(c.Events), actors: len(actors), documents: len(docs)}
}

func neo4jEnv(uri, password string) []string {
	return []string{"NEO4J_URI=" + uri, "NEO4J_USERNAME=neo4j", "NEO4J_PASSWORD=" + password}
}

// noSecret fails the test if secret appears in any output.
func noSecret(t *testing.T, secret string, outputs ...string) {
	t.Helper()
	for _, o := range outputs {
		if secret != "" && strings.Contains(o, secret) {
			t.Errorf("the password %q was printed:\n%s", secret, o)
		}
	}
}

// testConnectionErrors runs kg's commands that connect, as separate
// processes, against a wrong password, a password in the URI and servers
// that do not answer. Each fails with exit 1 and one clear line; no output
// holds a password.
func testConnectionErrors(t *testing.T, srv *neo4jtest.Server) {
	dir := t.TempDir()
	article(t, dir, "conn", "Chinese President Xi Jinping visited Pyongyang on June 20, 2019.")
	events := filepath.Join(dir, "ev.jsonl")
	if code, _, errOut := kg(t, "extract", dir, "--out", events); code != exitOK {
		t.Fatalf("extract: %s", errOut)
	}
	commands := [][]string{
		{"load", events},
		{"build", dir},
		{"query", "top-actors"},
		{"query", "--cypher", "RETURN 1 AS n"},
		{"export", "ego-network", "--param", "actor=Xi Jinping", "--format", "graphml", "--out", filepath.Join(dir, "x.graphml")},
	}
	wrong := "Wr0ng-pa55word-" + fmt.Sprint(time.Now().UnixNano())
	port := strings.TrimPrefix(srv.Config.URI, "bolt://127.0.0.1:")
	yaml := filepath.Join(dir, "kg.yaml")
	writeFile(t, yaml, "neo4j:\n  uri: "+srv.Config.URI+"\n  password: "+wrong+"\n")
	cases := []struct {
		name    string
		all     bool // run every command, not one
		env     []string
		secrets []string
		want    string // in the one line on stderr
	}{
		{"wrong password", true, neo4jEnv(srv.Config.URI, wrong), []string{wrong},
			"kg: open " + srv.Config.URI + ": neo4j rejected the credentials (user \"neo4j\")"},
		{"wrong password in kg.yaml", false, []string{"KG_CONFIG=" + yaml}, []string{wrong},
			"kg: open " + srv.Config.URI + ": neo4j rejected the credentials (user \"neo4j\")"},
		// Credentials in the URI win over the environment, and the URI is
		// printed without them.
		{"wrong password in the URI, right one in the environment", false, neo4jEnv("bolt://neo4j:"+wrong+"@127.0.0.1:"+port, srv.Config.Password),
			[]string{wrong, srv.Config.Password},
			"kg: open bolt://127.0.0.1:" + port + ": neo4j rejected the credentials"},
		{"unreachable", false, neo4jEnv("bolt://127.0.0.1:1", wrong), []string{wrong},
			"kg: open bolt://127.0.0.1:1: neo4j is unreachable: ConnectivityError: dial tcp 127.0.0.1:1: connect: connection refused"},
		{"unreachable, password in the URI", true, neo4jEnv("neo4j://neo4j:"+wrong+"@127.0.0.1:1", wrong), []string{wrong},
			"kg: open neo4j://127.0.0.1:1: neo4j is unreachable"},
		{"no such host", false, neo4jEnv("bolt+s://neo4j:"+wrong+"@kg-no-such-host.invalid:7687", wrong), []string{wrong},
			"kg: open bolt+s://kg-no-such-host.invalid:7687: neo4j is unreachable"},
		{"not a Neo4j URI", false, neo4jEnv("http://neo4j:"+wrong+"@127.0.0.1:"+port, wrong), []string{wrong},
			"config: neo4j uri http://127.0.0.1:" + port + ": scheme must be bolt, bolt+s, neo4j or neo4j+s"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cmds := commands
			if !tc.all {
				cmds = commands[3:4] // one command; the others connect the same way
			}
			for _, args := range cmds {
				code, out, errOut := kgExec(t, false, tc.env, args...)
				for _, s := range tc.secrets {
					noSecret(t, s, out, errOut)
				}
				// kg build connects before it extracts; the export and query
				// commands print nothing before they connect either.
				if code != exitError || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tc.want) {
					t.Errorf("kg %s: exit %d, stdout %q, stderr %q; want exit 1 and one line with %q", args[0], code, out, errOut, tc.want)
				}
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.graphml")); err == nil {
		t.Errorf("kg export wrote a file although it could not connect")
	}
}

// testPasswordPrompt runs kg on a terminal (script(1) allocates one) with
// an empty password in kg.yaml: kg asks for it without echoing, uses it, and
// never prints it.
func testPasswordPrompt(t *testing.T, srv *neo4jtest.Server) {
	script, err := exec.LookPath("script")
	if err != nil {
		t.Skip("needs script(1) to run kg on a terminal")
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "kg.yaml"), "neo4j:\n  uri: "+srv.Config.URI+"\n  password: \"\"\n")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, script, "-qec", kgBinary(t)+" query --cypher 'RETURN 42 AS n' --format csv", "/dev/null")
	cmd.Dir = dir
	cmd.Env = kgEnv()
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	prompt := "Neo4j password for neo4j at " + srv.Config.URI + ": "
	for !strings.Contains(out.String(), prompt) {
		if ctx.Err() != nil {
			t.Fatalf("no prompt %q; output %q", prompt, out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if _, err := in.Write([]byte(srv.Config.Password + "\n")); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	in.Close()
	got := out.String()
	if err != nil || !strings.Contains(got, "n\r\n42\r\n") {
		t.Errorf("kg with a typed password: %v, output %q", err, got)
	}
	noSecret(t, srv.Config.Password, got)
}

// syncBuffer is a bytes.Buffer safe to read while a process writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
