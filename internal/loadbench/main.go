// Command loadbench loads generated events into the Neo4j named by
// NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD with several batch sizes and
// worker counts, and prints events/s as a Markdown table. Each load uses its
// own id prefix and is deleted afterwards.
//
//	go run ./internal/loadbench -n 200000,1000000 -batch 2000,5000,10000 -workers 1,2,4 -naive 5000
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/gen"
	"github.com/kgraph/kg/internal/neo4jtest"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(1)
	}
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("bad number %q", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func run() error {
	nFlag := flag.String("n", "200000", "comma-separated event counts")
	batchFlag := flag.String("batch", "5000", "comma-separated batch sizes")
	workersFlag := flag.String("workers", "2", "comma-separated worker counts")
	naive := flag.Int("naive", 2000, "events for the naive one-transaction-per-event writer (0: skip)")
	reload := flag.Bool("reload", true, "also time loading the same events again (idempotent path) with the first batch size and worker count")
	verbose := flag.Bool("v", false, "print progress")
	flag.Parse()
	ns, err := ints(*nFlag)
	if err != nil {
		return err
	}
	batches, err := ints(*batchFlag)
	if err != nil {
		return err
	}
	workers, err := ints(*workersFlag)
	if err != nil {
		return err
	}
	cfg, ok := neo4jtest.Config()
	if !ok {
		return fmt.Errorf("NEO4J_URI is not set; %s", neo4jtest.Hint)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	if err := s.EnsureSchema(ctx); err != nil {
		return err
	}

	fmt.Println("| events | writer | batch size | workers | seconds | events/s |")
	fmt.Println("|---:|---|---:|---:|---:|---:|")
	row := func(n int, writer string, size, w int, d time.Duration) {
		sz, ws := strconv.Itoa(size), strconv.Itoa(w)
		if size == 0 {
			sz, ws = "1 (one tx per event)", "1"
		}
		fmt.Printf("| %d | %s | %s | %s | %.1f | %.0f |\n", n, writer, sz, ws, d.Seconds(), float64(n)/d.Seconds())
	}
	if *naive > 0 {
		prefix := neo4jtest.NewPrefix("bench-naive")
		c := gen.Generate(gen.Options{Events: *naive, Prefix: prefix, Seed: 11})
		st, err := s.LoadNaive(ctx, graph.Batch{Documents: c.Documents, Events: c.Events})
		if _, derr := s.DeletePrefix(context.Background(), prefix); derr != nil && err == nil {
			err = derr
		}
		if err != nil {
			return err
		}
		row(*naive, "naive LoadNaive", 0, 1, st.Elapsed)
	}
	for _, n := range ns {
		for i, size := range batches {
			for j, w := range workers {
				prefix := neo4jtest.NewPrefix("bench")
				c := gen.Generate(gen.Options{Events: n, Prefix: prefix, Seed: 11})
				b := graph.Batch{Documents: c.Documents, Events: c.Events}
				opts := graph.LoadOptions{BatchSize: size, Workers: w}
				if *verbose {
					start := time.Now()
					opts.Progress = func(done, total int) {
						fmt.Fprintf(os.Stderr, "\r%d/%d events %.0f/s   ", done, total, float64(done)/time.Since(start).Seconds())
					}
				}
				st, err := s.Load(ctx, b, opts)
				if *verbose {
					fmt.Fprintln(os.Stderr)
				}
				if err == nil {
					row(n, "Load", size, w, st.Elapsed)
					if *reload && i == 0 && j == 0 {
						st, err = s.Load(ctx, b, graph.LoadOptions{BatchSize: size, Workers: w})
						if err == nil {
							row(n, "Load (reload, nothing new)", size, w, st.Elapsed)
						}
					}
				}
				if _, derr := s.DeletePrefix(context.Background(), prefix); derr != nil && err == nil {
					err = derr
				}
				if err != nil {
					return err
				}
			}
		}
	}
	return nil
}
