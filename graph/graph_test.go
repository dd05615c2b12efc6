package graph_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/gen"
	"github.com/kgraph/kg/internal/neo4jtest"
)

func ctxT(t testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// MustLoad loads b and fails the test on error.
func MustLoad(tb testing.TB, s *graph.Store, b graph.Batch, opts graph.LoadOptions) graph.LoadStats {
	tb.Helper()
	st, err := s.Load(ctxT(tb), b, opts)
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return st
}

// MustRead runs a read query and fails the test on error.
func MustRead(tb testing.TB, s *graph.Store, cypher string, params map[string]any) *graph.Result {
	tb.Helper()
	r, err := s.Read(ctxT(tb), cypher, params)
	if err != nil {
		tb.Fatalf("Read %q: %v", cypher, err)
	}
	return r
}

// counts are what a prefix owns in the graph.
type counts struct {
	Actors, Documents, Events, DistinctEvents, Mentions, Affiliations int
	ByRelation                                                        map[string]int
}

func countPrefix(tb testing.TB, s *graph.Store, prefix string) counts {
	tb.Helper()
	p := map[string]any{"p": prefix}
	one := func(q string) int {
		r := MustRead(tb, s, q, p)
		return int(r.Rows[0][0].(int64))
	}
	c := counts{
		Actors:       one(`MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN count(a)`),
		Documents:    one(`MATCH (d:Document) WHERE d.id STARTS WITH $p RETURN count(d)`),
		Mentions:     one(`MATCH (d:Document)-[m:MENTIONS]->() WHERE d.id STARTS WITH $p RETURN count(m)`),
		Affiliations: one(`MATCH (a:Actor)-[r:AFFILIATED_WITH]->() WHERE a.id STARTS WITH $p RETURN count(r)`),
		ByRelation:   map[string]int{},
	}
	for _, rel := range extract.Relations {
		// The type comes from the fixed vocabulary.
		r := MustRead(tb, s, fmt.Sprintf(`MATCH ()-[r:%s]->() WHERE r.id STARTS WITH $p RETURN count(r), count(DISTINCT r.id)`, rel.Name), p)
		n := int(r.Rows[0][0].(int64))
		c.Events += n
		c.DistinctEvents += int(r.Rows[0][1].(int64))
		if n > 0 {
			c.ByRelation[rel.Name] = n
		}
	}
	return c
}

// snapshot renders every node and relationship of a prefix with all their
// properties, in a stable order.
func snapshot(tb testing.TB, s *graph.Store, prefix string) string {
	tb.Helper()
	var b strings.Builder
	r := MustRead(tb, s, `MATCH (n) WHERE (n:Actor OR n:Document) AND n.id STARTS WITH $p
RETURN n ORDER BY n.id`, map[string]any{"p": prefix})
	for _, row := range r.Rows {
		n := row[0].(graph.Node)
		sort.Strings(n.Labels)
		fmt.Fprintf(&b, "%v %v\n", n.Labels, n.Props)
	}
	r = MustRead(tb, s, `MATCH (a)-[r]->(o) WHERE a.id STARTS WITH $p
RETURN a.id, type(r), o.id, r ORDER BY a.id, type(r), o.id, r.id, r.role, r.from`, map[string]any{"p": prefix})
	for _, row := range r.Rows {
		fmt.Fprintf(&b, "%v-[%v]->%v %v\n", row[0], row[1], row[2], row[3].(graph.Relationship).Props)
	}
	return b.String()
}

func TestDateBounds(t *testing.T) {
	for _, tt := range []struct{ in, start, end string }{
		{"2019-04-25", "2019-04-25", "2019-04-25"},
		{"2019-04", "2019-04-01", "2019-04-30"},
		{"2020-02", "2020-02-01", "2020-02-29"},
		{"2019", "2019-01-01", "2019-12-31"},
	} {
		s, e, y, err := graph.DateBounds(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Format("2006-01-02") + ".." + e.Format("2006-01-02"); got != tt.start+".."+tt.end {
			t.Errorf("DateBounds(%s) = %s, want %s..%s", tt.in, got, tt.start, tt.end)
		}
		if y != s.Year() {
			t.Errorf("DateBounds(%s) year = %d", tt.in, y)
		}
	}
	for _, bad := range []string{"19", "2019-13", "2019-02-30", "abcd"} {
		if _, _, _, err := graph.DateBounds(bad); err == nil {
			t.Errorf("DateBounds(%q): no error", bad)
		}
	}
}

func TestCheckReadOnly(t *testing.T) {
	ok := []string{
		`MATCH (a:Actor {name: 'x''}) DETACH DELETE n //'}) RETURN a`,
		`MATCH (a:Actor) WHERE a.name = "delete me; \" CREATE (x)" RETURN a`,
		`MATCH (a:Actor) WHERE a.name = $name RETURN a // then DELETE a`,
		`MATCH (a:Actor) /* SET a.x = 1 */ RETURN a.set, a.create, {delete: 1} AS m`,
		`MATCH (start:Actor)-[r:MEET]->(o) WHERE r.start >= date('2019-01-01') RETURN start, r.end`,
		`MATCH (n:` + "`Create`" + `) RETURN n`,
		`CALL db.labels() YIELD label RETURN label`,
		`CALL dbms.components() YIELD name RETURN name`,
		`CALL { MATCH (a:Actor) RETURN a } RETURN count(a)`,
		`MATCH p = (a)-[*1..2]-(b) RETURN p`,
		`SHOW INDEXES`,
		`RETURN $delete, 'LOAD CSV'`,
	}
	for _, q := range ok {
		if err := graph.CheckReadOnly(q); err != nil {
			t.Errorf("CheckReadOnly(%q) = %v, want nil", q, err)
		}
	}
	bad := []string{
		`CREATE (n)`, `match (n) detach delete n`, `MATCH (n) SET n.x = 1`, `MERGE (a:Actor {id: 'x'})`,
		`MATCH (n) REMOVE n:Actor`, `DROP INDEX actor_name`, `LOAD CSV FROM 'file:///x' AS row RETURN row`,
		`MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS`, `MATCH (n) CALL (n) { RETURN n } IN TRANSACTIONS OF 10 ROWS RETURN n`,
		`CALL apoc.create.node(['X'], {}) YIELD node RETURN node`, `CALL apoc.periodic.iterate('a','b',{})`,
		`CALL apoc.cypher.runWrite('CREATE (n)', {})`, `CALL dbms.security.createUser('a','b',false)`,
		`CALL db.clearQueryCaches()`, `MATCH (n) FOREACH (x IN [1] | SET n.y = x)`,
		`STOP DATABASE neo4j`, `ALTER USER neo4j SET PASSWORD 'x'`, "MATCH (n)\nDELETE\tn",
		`CREATE/* c */(n)`, `RETURN 1 //x` + "\nCREATE (n)",
		// Spaces around the dot, back-quoted parts, Unicode spaces.
		`CALL db . createLabel('X')`, "CALL `db`.`createLabel`('X')", "CALL `db.createLabel`('X')",
		"MATCH (n)\u00a0CREATE (m)", "MATCH (n)\u2028CREATE (m)", "RETURN 1\u3000CREATE (m)",
	}
	for _, q := range bad {
		if err := graph.CheckReadOnly(q); !errors.Is(err, graph.ErrWriteQuery) {
			t.Errorf("CheckReadOnly(%q) = %v, want ErrWriteQuery", q, err)
		}
	}
}

func TestOpen_Unreachable(t *testing.T) {
	ctx := ctxT(t)
	_, err := graph.Open(ctx, graph.Config{URI: "bolt://alice:s3cret-pw@127.0.0.1:1", Username: "neo4j", Password: "hunter2-pw"})
	if !errors.Is(err, graph.ErrUnreachable) {
		t.Fatalf("Open: got %v, want ErrUnreachable", err)
	}
	msg := err.Error()
	if strings.Contains(msg, "s3cret") || strings.Contains(msg, "hunter2") || strings.Contains(msg, "alice") {
		t.Errorf("error leaks a secret: %s", msg)
	}
	if !strings.Contains(msg, "bolt://xxxxx@127.0.0.1:1") {
		t.Errorf("error does not name the redacted URI: %s", msg)
	}
}

func TestOpen_Auth(t *testing.T) {
	cfg := neo4jtest.Require(t)
	// An unknown user, so the real user is never locked out by failed attempts.
	cfg.Username, cfg.Password = "kg-test-no-such-user", "wrong-password-93f1"
	_, err := graph.Open(ctxT(t), cfg)
	if !errors.Is(err, graph.ErrAuth) {
		t.Fatalf("Open: got %v, want ErrAuth", err)
	}
	if strings.Contains(err.Error(), cfg.Password) {
		t.Errorf("error leaks the password: %s", err)
	}
}

// smallBatch is a hand-written batch with every kind of value.
func smallBatch(p string) graph.Batch {
	putin := extract.ActorRef{ID: p + "putin", Name: "Vladimir Putin", Kind: extract.KindPerson, Mention: "Putin"}
	kim := extract.ActorRef{ID: p + "kim", Name: "Kim Jong-un", Kind: extract.KindPerson, Mention: "Kim"}
	nk := extract.ActorRef{ID: p + "north-korea", Name: "North Korea", Kind: extract.KindCountry, Mention: "Pyongyang"}
	kcna := extract.ActorRef{ID: p + "kcna", Name: "KCNA", Kind: extract.KindMedia}
	ev := func(id string, s extract.ActorRef, rel string, o extract.ActorRef, date, prec string) extract.Event {
		r, _ := extract.LookupRelation(rel)
		return extract.Event{ID: p + id, Doc: p + "doc1", Sentence: 3, Span: [2]int{10, 50},
			Text: s.Name + " " + rel + " " + o.Name, Subject: s, Relation: rel, Object: o,
			Date: date, Precision: prec, DateSource: extract.SourceText, Modality: extract.Asserted,
			Place: "Vladivostok", Confidence: 0.86, Rule: "verb:test", CAMEO: r.CAMEO, Goldstein: r.Goldstein}
	}
	e3 := ev("e3", nk, "CRITICIZE", putin, "", extract.PrecisionNone)
	e3.Place, e3.Doc = "", p+"doc2"
	return graph.Batch{
		Documents: []extract.DocumentRecord{{
			ID: p + "doc1", Title: "Summit", Source: "KCNA", Published: "2019-04-26",
			URL: "https://example.org/1", SHA256: "aaa", Path: "doc1.txt",
			Mentions: []extract.Mention{{Actor: kcna, Count: 2}, {Actor: putin, Count: 5}},
		}},
		Events: []extract.Event{
			ev("e1", putin, "MEET", kim, "2019-04-25", extract.PrecisionDay),
			ev("e2", kim, "VISIT", nk, "2019-04", extract.PrecisionMonth),
			ev("e2", kim, "VISIT", nk, "2019-04", extract.PrecisionMonth), // repeated id
			ev("e4", putin, "SUPPORT", nk, "2019", extract.PrecisionYear),
			e3,
		},
	}
}

func TestStore_Load(t *testing.T) {
	s := neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	b := smallBatch(p)
	st := MustLoad(t, s, b, graph.LoadOptions{BatchSize: 2, Workers: 3})
	if got, want := [4]int{st.Documents, st.Actors, st.Events, st.Replaced}, [4]int{2, 4, 4, 0}; got != want {
		t.Errorf("stats (documents, actors, events, replaced): got %v, want %v", got, want)
	}

	// Event properties, with start/end bounding the date at its precision.
	r := MustRead(t, s, `MATCH (a:Actor)-[r]->(b:Actor) WHERE r.id STARTS WITH $p
RETURN r.id, type(r), a.id, b.id, r.date, r.start, r.end, r.year, r.precision, r.modality, r.confidence,
       r.doc, r.sentence, r.text, r.place, r.cameo, r.goldstein, r.rule, size(keys(r))
ORDER BY r.id`, map[string]any{"p": p})
	want := [][]any{
		{p + "e1", "MEET", p + "putin", p + "kim", "2019-04-25", "2019-04-25", "2019-04-25", int64(2019), "day", "asserted", 0.86,
			p + "doc1", int64(3), "Vladimir Putin MEET Kim Jong-un", "Vladivostok", "040", 1.0, "verb:test", int64(15)},
		{p + "e2", "VISIT", p + "kim", p + "north-korea", "2019-04", "2019-04-01", "2019-04-30", int64(2019), "month", "asserted", 0.86,
			p + "doc1", int64(3), "Kim Jong-un VISIT North Korea", "Vladivostok", "042", 1.9, "verb:test", int64(15)},
		{p + "e3", "CRITICIZE", p + "north-korea", p + "putin", nil, nil, nil, nil, "none", "asserted", 0.86,
			p + "doc2", int64(3), "North Korea CRITICIZE Vladimir Putin", nil, "111", -2.0, "verb:test", int64(10)},
		{p + "e4", "SUPPORT", p + "putin", p + "north-korea", "2019", "2019-01-01", "2019-12-31", int64(2019), "year", "asserted", 0.86,
			p + "doc1", int64(3), "Vladimir Putin SUPPORT North Korea", "Vladivostok", "051", 3.4, "verb:test", int64(15)},
	}
	if !reflect.DeepEqual(r.Rows, want) {
		t.Errorf("events:\n got %v\nwant %v", r.Rows, want)
	}
	// start/end are real dates: range filters work.
	r = MustRead(t, s, `MATCH ()-[r]->() WHERE r.id STARTS WITH $p AND r.start <= date('2019-04-10') <= r.end RETURN r.id ORDER BY r.id`,
		map[string]any{"p": p})
	if got, want := fmt.Sprint(r.Rows), fmt.Sprintf("[[%se2] [%se4]]", p, p); got != want {
		t.Errorf("events around 2019-04-10: got %s, want %s", got, want)
	}

	// Actors: kind label and properties.
	r = MustRead(t, s, `MATCH (a:Actor) WHERE a.id STARTS WITH $p
RETURN a.id, a.name, a.kind, [l IN labels(a) WHERE l <> 'Actor'], a.aliases ORDER BY a.id`, map[string]any{"p": p})
	want = [][]any{
		{p + "kcna", "KCNA", "Media", []any{"Media"}, nil},
		{p + "kim", "Kim Jong-un", "Person", []any{"Person"}, nil},
		{p + "north-korea", "North Korea", "Country", []any{"Country"}, nil},
		{p + "putin", "Vladimir Putin", "Person", []any{"Person"}, nil},
	}
	if !reflect.DeepEqual(r.Rows, want) {
		t.Errorf("actors:\n got %v\nwant %v", r.Rows, want)
	}

	// Documents (doc2 is a stub: events name it, no record) and mentions,
	// with the events' actors added when the record does not list them.
	r = MustRead(t, s, `MATCH (d:Document) WHERE d.id STARTS WITH $p
OPTIONAL MATCH (d)-[m:MENTIONS]->(a)
WITH d, a.id + ':' + toString(m.count) AS m ORDER BY m
RETURN d.id, d.title, d.source, d.published, d.url, d.sha256, collect(m) ORDER BY d.id`, map[string]any{"p": p})
	want = [][]any{
		{p + "doc1", "Summit", "KCNA", "2019-04-26", "https://example.org/1", "aaa",
			[]any{p + "kcna:2", p + "kim:2", p + "north-korea:2", p + "putin:5"}},
		{p + "doc2", nil, nil, nil, nil, nil, []any{p + "north-korea:1", p + "putin:1"}},
	}
	if !reflect.DeepEqual(r.Rows, want) {
		t.Errorf("documents:\n got %v\nwant %v", r.Rows, want)
	}

	// Loading again changes nothing: same counts and properties.
	before := snapshot(t, s, p)
	MustLoad(t, s, b, graph.LoadOptions{})
	if after := snapshot(t, s, p); after != before {
		t.Errorf("second load changed the graph:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

func TestStore_Load_Injection(t *testing.T) {
	s := neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	const evil = "x'}) DETACH DELETE n //"
	b := smallBatch(p)
	b.Events[0].Subject.Name = evil
	b.Events[0].Text = evil + ` "MATCH (n) DETACH DELETE n`
	b.Events[0].Place = `\'; DROP INDEX actor_name; //`
	b.Documents[0].Title = evil
	b.Documents[0].Mentions[1].Actor.Name = evil
	MustLoad(t, s, b, graph.LoadOptions{})

	r := MustRead(t, s, `MATCH (a:Actor {name: $name})-[r:MEET]->() WHERE a.id STARTS WITH $p
RETURN a.id, a.name, r.text, r.place`, map[string]any{"name": evil, "p": p})
	want := [][]any{{p + "putin", evil, evil + ` "MATCH (n) DETACH DELETE n`, `\'; DROP INDEX actor_name; //`}}
	if !reflect.DeepEqual(r.Rows, want) {
		t.Errorf("got %v, want %v", r.Rows, want)
	}
	r = MustRead(t, s, `MATCH (d:Document {title: $t}) RETURN d.id`, map[string]any{"t": evil})
	if len(r.Rows) != 1 {
		t.Errorf("document by title: got %v", r.Rows)
	}
	if c := countPrefix(t, s, p); c.Actors != 4 || c.Events != 4 || c.Documents != 2 {
		t.Errorf("counts after injection attempt: %+v", c)
	}
}

func TestStore_Load_Replace(t *testing.T) {
	s := neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	v1 := smallBatch(p)
	MustLoad(t, s, v1, graph.LoadOptions{})

	// Version 2 of doc1: e1 rewritten, e2 and e4 gone, e5 new, KCNA no longer mentioned.
	v2 := smallBatch(p)
	v2.Documents[0].SHA256 = "bbb"
	v2.Documents[0].Mentions = v2.Documents[0].Mentions[1:]
	e1 := v2.Events[0]
	e1.Text = "rewritten"
	e5 := v2.Events[0]
	e5.ID, e5.Relation, e5.CAMEO, e5.Goldstein = p+"e5", "HOST", "043", 2.8
	v2.Events = []extract.Event{e1, e5}
	st := MustLoad(t, s, v2, graph.LoadOptions{})
	if st.Replaced != 1 || st.Stale != 2 {
		t.Errorf("stats: replaced %d stale %d, want 1 and 2", st.Replaced, st.Stale)
	}
	r := MustRead(t, s, `MATCH ()-[r]->() WHERE r.id STARTS WITH $p RETURN r.id, type(r), r.text, r.doc ORDER BY r.id`, map[string]any{"p": p})
	want := [][]any{
		{p + "e1", "MEET", "rewritten", p + "doc1"},
		{p + "e3", "CRITICIZE", "North Korea CRITICIZE Vladimir Putin", p + "doc2"}, // other document: untouched
		{p + "e5", "HOST", "Vladimir Putin MEET Kim Jong-un", p + "doc1"},
	}
	if !reflect.DeepEqual(r.Rows, want) {
		t.Errorf("events after replacement:\n got %v\nwant %v", r.Rows, want)
	}
	r = MustRead(t, s, `MATCH (d:Document {id: $d})-[m:MENTIONS]->(a) RETURN d.sha256, a.id, m.count ORDER BY a.id`, map[string]any{"d": p + "doc1"})
	want = [][]any{{"bbb", p + "kim", int64(2)}, {"bbb", p + "putin", int64(5)}}
	if !reflect.DeepEqual(r.Rows, want) {
		t.Errorf("mentions after replacement:\n got %v\nwant %v", r.Rows, want)
	}
	// The same version again replaces nothing.
	before := snapshot(t, s, p)
	if st := MustLoad(t, s, v2, graph.LoadOptions{}); st.Replaced != 0 || st.Stale != 0 {
		t.Errorf("reload of v2: replaced %d stale %d, want 0", st.Replaced, st.Stale)
	}
	if after := snapshot(t, s, p); after != before {
		t.Errorf("reload of v2 changed the graph:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// expected returns the counts a generated corpus must produce.
func expected(c gen.Corpus) counts {
	want := counts{ByRelation: map[string]int{}}
	actors := map[string]bool{}
	docs := map[string]bool{}
	mentions := map[[2]string]bool{}
	for _, e := range c.Events {
		want.Events++
		want.ByRelation[e.Relation]++
		actors[e.Subject.ID], actors[e.Object.ID] = true, true
		docs[e.Doc] = true
		mentions[[2]string{e.Doc, e.Subject.ID}], mentions[[2]string{e.Doc, e.Object.ID}] = true, true
	}
	for _, d := range c.Documents {
		docs[d.ID] = true
		for _, m := range d.Mentions {
			actors[m.Actor.ID] = true
			mentions[[2]string{d.ID, m.Actor.ID}] = true
		}
	}
	want.DistinctEvents = want.Events
	want.Actors, want.Documents, want.Mentions = len(actors), len(docs), len(mentions)
	return want
}

func TestStore_Load_Generated(t *testing.T) {
	t.Parallel()
	s := neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	c := gen.Generate(gen.Options{Events: 20000, Prefix: p, Seed: 3})
	b := graph.Batch{Documents: c.Documents, Events: c.Events}
	var calls, last, total int
	st := MustLoad(t, s, b, graph.LoadOptions{BatchSize: 1000, Workers: 4, Progress: func(done, tot int) {
		if done < last {
			t.Errorf("progress went back from %d to %d", last, done)
		}
		calls++
		last, total = done, tot
	}})
	if last != 20000 || total != 20000 || calls < 20 {
		t.Errorf("progress: %d calls, last %d/%d", calls, last, total)
	}
	want := expected(c)
	if got := countPrefix(t, s, p); !reflect.DeepEqual(got, want) {
		t.Errorf("counts:\n got %+v\nwant %+v", got, want)
	}
	if st.Events != want.Events || st.Actors != want.Actors || st.Documents != want.Documents {
		t.Errorf("stats %+v, want %+v", st, want)
	}
	// Reload with other batch size and workers: nothing changes.
	checkDyads(t, s, p)
	MustLoad(t, s, b, graph.LoadOptions{BatchSize: 3000, Workers: 2})
	if got := countPrefix(t, s, p); !reflect.DeepEqual(got, want) {
		t.Errorf("counts after reload:\n got %+v\nwant %+v", got, want)
	}
}

func TestStore_Load_Cancel(t *testing.T) {
	t.Parallel()
	s := neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	c := gen.Generate(gen.Options{Events: 30000, Prefix: p, Seed: 4})
	b := graph.Batch{Documents: c.Documents, Events: c.Events}

	// Cancel (as Ctrl-C would) once some event batches have committed.
	ctx, cancel := context.WithCancel(ctxT(t))
	errc := make(chan error, 1)
	go func() {
		_, err := s.Load(ctx, b, graph.LoadOptions{BatchSize: 1000, Workers: 2, Progress: func(done, total int) {
			if done >= 5000 {
				cancel()
			}
		}})
		errc <- err
	}()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Fatalf("Load: got %v, want context.Canceled", err)
	}
	partial := countPrefix(t, s, p)
	if partial.Events < 5000 || partial.Events >= 30000 || partial.Events != partial.DistinctEvents {
		t.Fatalf("after cancel: %+v", partial)
	}
	MustLoad(t, s, b, graph.LoadOptions{BatchSize: 1000, Workers: 2})
	if got, want := countPrefix(t, s, p), expected(c); !reflect.DeepEqual(got, want) {
		t.Errorf("counts after resuming:\n got %+v\nwant %+v", got, want)
	}
	checkDyads(t, s, p)
}

func TestStore_Read(t *testing.T) {
	s := neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	MustLoad(t, s, smallBatch(p), graph.LoadOptions{})
	r := MustRead(t, s, `MATCH path = (a:Actor {id: $id})-[r:MEET]->(b)
RETURN a, r, path, r.start AS start, [1, 2.5, 'x', true, null] AS list, {k: r.year} AS m`, map[string]any{"id": p + "putin"})
	if got, want := r.Columns, []string{"a", "r", "path", "start", "list", "m"}; !reflect.DeepEqual(got, want) {
		t.Errorf("columns: got %v, want %v", got, want)
	}
	if len(r.Rows) != 1 {
		t.Fatalf("rows: %v", r.Rows)
	}
	row := r.Rows[0]
	a := row[0].(graph.Node)
	rel := row[1].(graph.Relationship)
	path := row[2].(graph.Path)
	if a.Props["name"] != "Vladimir Putin" || !reflect.DeepEqual(a.Labels, []string{"Actor", "Person"}) && !reflect.DeepEqual(a.Labels, []string{"Person", "Actor"}) {
		t.Errorf("node: %+v", a)
	}
	if rel.Type != "MEET" || rel.StartID != a.ElementID || rel.Props["start"] != "2019-04-25" || rel.Props["year"] != int64(2019) {
		t.Errorf("relationship: %+v", rel)
	}
	if len(path.Nodes) != 2 || len(path.Relationships) != 1 || path.Nodes[1].Props["name"] != "Kim Jong-un" {
		t.Errorf("path: %+v", path)
	}
	if row[3] != "2019-04-25" {
		t.Errorf("date: got %#v", row[3])
	}
	if got, want := row[4], []any{int64(1), 2.5, "x", true, nil}; !reflect.DeepEqual(got, want) {
		t.Errorf("list: got %#v", got)
	}
	if got, want := row[5], map[string]any{"k": int64(2019)}; !reflect.DeepEqual(got, want) {
		t.Errorf("map: got %#v", got)
	}

	// Writes are refused before they reach the server.
	_, err := s.Read(ctxT(t), `MATCH (a:Actor {id: $id}) DETACH DELETE a`, map[string]any{"id": p + "putin"})
	if !errors.Is(err, graph.ErrWriteQuery) {
		t.Errorf("write query: got %v, want ErrWriteQuery", err)
	}
	if c := countPrefix(t, s, p); c.Actors != 4 {
		t.Errorf("actors after refused write: %d", c.Actors)
	}
	// Summary counts at least what this test loaded.
	sum, err := s.Summary(ctxT(t))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Actors < 4 || sum.Documents < 2 || sum.ByRelation["MEET"] < 1 || len(sum.ByRelation) != len(extract.Relations) {
		t.Errorf("summary: %+v", sum)
	}
}

// TestStore_ReadTx_ServerRefusesWrites shows the second line of defence:
// were CheckReadOnly ever fooled, the read transaction still cannot write.
func TestStore_ReadTx_ServerRefusesWrites(t *testing.T) {
	s := neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	ctx := context.Background()
	for _, q := range []string{
		"CREATE (:Actor {id: $id})",
		"MERGE (a:Actor {id: $id}) RETURN a",
		"CALL db.createLabel('KgNeverCreated')",
	} {
		_, err := graph.ReadTx(s, ctx, q, map[string]any{"id": p + "x"})
		if err == nil || !strings.Contains(err.Error(), "Writing in read access mode not allowed") {
			t.Errorf("%s: err = %v, want the server's read-only refusal", q, err)
		}
	}
	res, err := s.Read(ctx, "MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN count(a)", map[string]any{"p": p})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Rows[0][0].(int64); n != 0 {
		t.Errorf("%d actors written through a read transaction", n)
	}
}
