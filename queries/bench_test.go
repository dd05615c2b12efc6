package queries_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/gen"
	"github.com/kgraph/kg/internal/neo4jtest"
	"github.com/kgraph/kg/queries"
)

// The benchmark corpus is generated under a fixed prefix, loaded once and
// kept: a marker document, written last, records that the load completed.
// Run it against a server of its own (see BENCHMARKS.md), not the shared one.
const (
	benchPrefix = "bench-q-"
	benchSeed   = 7
)

func envInt(name string, def int) int {
	var n int
	if _, err := fmt.Sscan(os.Getenv(name), &n); err == nil && n > 0 {
		return n
	}
	return def
}

// benchCorpus generates the benchmark corpus and loads it unless the marker
// says an earlier run already did.
func benchCorpus(b *testing.B, s *graph.Store, n int) gen.Corpus {
	b.Helper()
	ctx := context.Background()
	c := gen.Generate(gen.Options{Events: n, Prefix: benchPrefix, Seed: benchSeed})
	marker := fmt.Sprintf("%smarker-%d", benchPrefix, n)
	res, err := s.Read(ctx, `MATCH (d:Document {id: $id}) RETURN count(d) AS n`, map[string]any{"id": marker})
	if err != nil {
		b.Fatal(err)
	}
	if res.Rows[0][0].(int64) == 1 {
		// Indexes (for a store made by neo4j-admin import), awaited.
		if err := s.EnsureSchema(ctx); err != nil {
			b.Fatal(err)
		}
		// Dyad summaries, for a store loaded before kg kept them.
		if n, err := s.RefreshDyads(ctx); err != nil {
			b.Fatal(err)
		} else if n > 0 {
			b.Logf("summarised the events of %d subjects", n)
		}
		return c
	}
	m := extract.DocumentRecord{ID: marker, Title: "benchmark corpus loaded", Source: "kg bench"}
	if dir := os.Getenv("KG_BENCH_CSV"); dir != "" {
		// Much faster on a busy machine: bulk import, server stopped.
		batch := graph.Batch{Documents: append(c.Documents, m), Events: c.Events}
		if err := graph.WriteImportCSV(dir, batch); err != nil {
			b.Fatal(err)
		}
		args, _ := graph.ImportArgs(dir)
		b.Skipf("wrote %s; stop the server, run scripts/neo4j.sh admin database import full neo4j --overwrite-destination %s, start it and run again",
			dir, strings.Join(args, " "))
	}
	b.Logf("loading %d generated events (once; marker %s)", n, marker)
	start := time.Now()
	st, err := s.Load(ctx, graph.Batch{Documents: c.Documents, Events: c.Events},
		graph.LoadOptions{BatchSize: 10000, Workers: 2})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("loaded %d events, %d actors in %s", st.Events, st.Actors, time.Since(start).Round(time.Second))
	if _, err := s.Load(ctx, graph.Batch{Documents: []extract.DocumentRecord{m}}, graph.LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	return c
}

// benchCase is one timed run of a saved query.
type benchCase struct {
	name   string
	query  string
	params map[string]string
}

// BenchmarkQueries times every saved query on a graph of generated events
// (KG_BENCH_QUERY_EVENTS, default 1,000,000), loaded on first use:
//
//	KG_NEO4J_HOME=/tmp/kg-bench-neo4j NEO4J_BOLT_PORT=7688 NEO4J_HTTP_PORT=7475 bash scripts/neo4j.sh start
//	NEO4J_URI=bolt://127.0.0.1:7688 NEO4J_PASSWORD=kgpassword \
//	  go test ./queries -run '^$' -bench Queries -benchtime 5x -timeout 60m
//
// The first run loads the corpus with graph.Store.Load (slow on a busy
// machine); with KG_BENCH_CSV=DIR it writes neo4j-admin import files there
// instead and says how to import them.
//
// Actors are picked by popularity rank: rank 0 is the busiest (about 15% of
// all events), rank 100 a typical actor, rank 1000 a rare one.
func BenchmarkQueries(b *testing.B) {
	s := neo4jtest.Open(b)
	n := envInt("KG_BENCH_QUERY_EVENTS", 1_000_000)
	c := benchCorpus(b, s, n)
	ctx := context.Background()
	actor := func(rank int) string { return c.Actors[rank].ID }
	// Countries are the first five in popularity order.
	cases := []benchCase{
		{"ego-network/depth=1/rank=0", "ego-network", map[string]string{"actor": actor(0), "depth": "1"}},
		{"ego-network/depth=2/rank=100", "ego-network", map[string]string{"actor": actor(100), "depth": "2"}},
		{"ego-network/depth=2/rank=1000", "ego-network", map[string]string{"actor": actor(1000), "depth": "2"}},
		{"ego-network/depth=2/rank=0", "ego-network", map[string]string{"actor": actor(0), "depth": "2"}},
		// The baseline: the same neighbourhoods from the events, with the
		// events returned (what ego-network did before the DYAD summaries).
		{"ego-network/depth=2/rank=100/events+rels", "ego-network", map[string]string{"actor": actor(100), "depth": "2", "rels": "true"}},
		{"ego-network/depth=2/rank=0/events+rels", "ego-network", map[string]string{"actor": actor(0), "depth": "2", "rels": "true"}},
		{"ego-network/depth=2/rank=100/2000s", "ego-network", map[string]string{"actor": actor(100), "depth": "2", "from": "2000", "to": "2009"}},
		{"ego-network/depth=2/rank=100/MEET,VISIT", "ego-network", map[string]string{"actor": actor(100), "depth": "2", "relations": "MEET,VISIT"}},
		{"ego-network/depth=3/rank=1000", "ego-network", map[string]string{"actor": actor(1000), "depth": "3"}},
		{"relation-over-time/rank=0,1/year", "relation-over-time", map[string]string{"a": actor(0), "b": actor(1), "by": "year"}},
		{"relation-over-time/rank=0,1/month", "relation-over-time", map[string]string{"a": actor(0), "b": actor(1), "by": "month"}},
		{"relation-over-time/rank=0,100/month/2000s", "relation-over-time", map[string]string{"a": actor(0), "b": actor(100), "by": "month", "from": "2000", "to": "2009"}},
		{"dyad-history/rank=0,100", "dyad-history", map[string]string{"a": actor(0), "b": actor(100)}},
		{"timeline/rank=100", "timeline", map[string]string{"actor": actor(100)}},
		{"timeline/rank=0/2019", "timeline", map[string]string{"actor": actor(0), "from": "2019", "to": "2019"}},
		{"top-actors/all", "top-actors", map[string]string{}},
		{"top-actors/2019", "top-actors", map[string]string{"from": "2019", "to": "2019"}},
		{"shortest-path/rank=1000,1999", "shortest-path", map[string]string{"a": actor(1000), "b": actor(1999)}},
		{"co-mentions/rank=100", "co-mentions", map[string]string{"actor": actor(100)}},
		{"relation-breakdown/all", "relation-breakdown", map[string]string{}},
		{"relation-breakdown/rank=0", "relation-breakdown", map[string]string{"actor": actor(0)}},
	}
	for _, bc := range cases {
		q, ok := queries.Get(bc.query)
		if !ok {
			b.Fatalf("no saved query %s", bc.query)
		}
		params, err := q.Bind(bc.params, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(bc.name, func(b *testing.B) {
			var rows int
			for i := 0; i < b.N; i++ {
				res, err := s.Read(ctx, q.Cypher, params)
				if err != nil {
					b.Fatal(err)
				}
				rows = len(res.Rows)
			}
			b.ReportMetric(float64(rows), "rows")
		})
	}
}
