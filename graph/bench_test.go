package graph_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/gen"
	"github.com/kgraph/kg/internal/neo4jtest"
	"github.com/kgraph/kg/internal/procstat"
)

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// serverPID is the Neo4j JVM whose CPU time the benchmarks report:
// KG_BENCH_SERVER_PID, else the pid file of `make neo4j`; 0 if unknown.
func serverPID() int {
	if n := envInt("KG_BENCH_SERVER_PID", 0); n > 0 {
		return n
	}
	b, err := os.ReadFile("../.neo4j/neo4j.pid")
	if err != nil {
		return 0
	}
	n, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return n
}

// benchLoad loads a fresh generated corpus b.N times with load and reports
// events/s and, when the server's pid is known (serverPID), events per CPU
// second of the server; each run has its own id prefix and is deleted
// afterwards.
func benchLoad(b *testing.B, s *graph.Store, events int, reload bool,
	load func(context.Context, graph.Batch) (graph.LoadStats, error)) {
	ctx := context.Background()
	var total time.Duration
	var cpu float64
	pid := serverPID()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		prefix := neo4jtest.NewPrefix("bench")
		c := gen.Generate(gen.Options{Events: events, Prefix: prefix, Seed: 11})
		batch := graph.Batch{Documents: c.Documents, Events: c.Events}
		if err := s.EnsureSchema(ctx); err != nil {
			b.Fatal(err)
		}
		if reload {
			if _, err := s.Load(ctx, batch, graph.LoadOptions{}); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		start, cpu0 := time.Now(), procstat.CPUSeconds(pid)
		_, err := load(ctx, batch)
		total += time.Since(start)
		cpu += procstat.CPUSeconds(pid) - cpu0
		b.StopTimer()
		if _, derr := s.DeletePrefix(ctx, prefix); derr != nil {
			b.Fatal(derr)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(events*b.N)/total.Seconds(), "events/s")
	if cpu > 0 {
		b.ReportMetric(float64(events*b.N)/cpu, "events/server-cpu-s")
	}
}

// BenchmarkLoad compares Load's batch sizes and worker counts with the naive
// one-transaction-per-event writer, in the same run. KG_BENCH_EVENTS sets the
// events per load (default 20000) and KG_BENCH_NAIVE_EVENTS those of the
// naive writer (default 2000).
//
// KG_BENCH_SERVER_PID names the server JVM for the events/server-cpu-s
// metric when it is not the one of `make neo4j`.
//
//	go test ./graph -run '^$' -bench Load -benchtime 1x -timeout 60m
func BenchmarkLoad(b *testing.B) {
	s := neo4jtest.Open(b)
	events := envInt("KG_BENCH_EVENTS", 20000)
	b.Run("naive", func(b *testing.B) {
		benchLoad(b, s, envInt("KG_BENCH_NAIVE_EVENTS", 2000), false, s.LoadNaive)
	})
	for _, size := range []int{500, 2000, 5000, 10000, 20000} {
		for _, workers := range []int{1, 2, 4} {
			b.Run(fmt.Sprintf("batch=%d/workers=%d", size, workers), func(b *testing.B) {
				benchLoad(b, s, events, false, func(ctx context.Context, batch graph.Batch) (graph.LoadStats, error) {
					return s.Load(ctx, batch, graph.LoadOptions{BatchSize: size, Workers: workers})
				})
			})
		}
	}
	// Loading what is already there: the idempotent path.
	b.Run("reload/batch=5000/workers=2", func(b *testing.B) {
		benchLoad(b, s, events, true, func(ctx context.Context, batch graph.Batch) (graph.LoadStats, error) {
			return s.Load(ctx, batch, graph.LoadOptions{BatchSize: 5000, Workers: 2})
		})
	})
}
