// Command loadbench loads generated events into the Neo4j named by
// NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD with several batch sizes and
// worker counts, and prints events/s as a Markdown table. Each load uses its
// own id prefix and is deleted afterwards.
//
//	go run ./internal/loadbench -n 200000,1000000 -batch 5000,10000,20000 -workers 1,2 -naive 2000
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
	"github.com/kgraph/kg/internal/procstat"
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
	warmup := flag.Int("warmup", 20000, "events to load and delete first, unreported, so that the server's JIT and page cache are warm (0: none)")
	serverPID := flag.Int("server-pid", 0, "pid of the Neo4j JVM, to report its CPU seconds per load (default: from .neo4j/neo4j.pid)")
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

	if *serverPID == 0 {
		if b, err := os.ReadFile(".neo4j/neo4j.pid"); err == nil {
			*serverPID, _ = strconv.Atoi(strings.TrimSpace(string(b)))
		}
	}
	if *warmup > 0 {
		prefix := neo4jtest.NewPrefix("bench-warmup")
		c := gen.Generate(gen.Options{Events: *warmup, Prefix: prefix, Seed: 7})
		_, err := s.Load(ctx, graph.Batch{Documents: c.Documents, Events: c.Events}, graph.LoadOptions{})
		if _, derr := s.DeletePrefix(context.Background(), prefix); derr != nil && err == nil {
			err = derr
		}
		if err != nil {
			return err
		}
	}
	fmt.Printf("load average before: %s\n\n", loadavg())
	defer func() { fmt.Printf("\nload average after: %s\n", loadavg()) }()
	fmt.Println("| events | writer | batch size | workers | seconds | events/s | server CPU s | of which before the event phase | client CPU s | events per server CPU s |")
	fmt.Println("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	var cpu0, own0 float64
	pre := -1.0 // server CPU s spent before the event phase (actors, documents, mentions); -1: unknown
	// mark waits until the server is quiet (deleting the previous load
	// leaves it index clean-up, checkpointing and garbage collection, which
	// would be billed to the next load), then starts the clocks.
	mark := func() {
		settle(*serverPID)
		cpu0, own0 = procstat.CPUSeconds(*serverPID), procstat.CPUSeconds(os.Getpid())
		pre = -1
	}
	row := func(n int, writer string, size, w int, d time.Duration) {
		sz, ws := strconv.Itoa(size), strconv.Itoa(w)
		if size == 0 {
			sz, ws = "1 (one tx per event)", "1"
		}
		srv, own := procstat.CPUSeconds(*serverPID)-cpu0, procstat.CPUSeconds(os.Getpid())-own0
		per, before := "–", "–"
		if srv > 0 {
			per = fmt.Sprintf("%.0f", float64(n)/srv)
		}
		if pre >= 0 && *serverPID > 0 {
			before = fmt.Sprintf("%.1f", pre)
		}
		fmt.Printf("| %d | %s | %s | %s | %.1f | %.0f | %.1f | %s | %.1f | %s |\n", n, writer, sz, ws, d.Seconds(),
			float64(n)/d.Seconds(), srv, before, own, per)
	}
	if *naive > 0 {
		prefix := neo4jtest.NewPrefix("bench-naive")
		c := gen.Generate(gen.Options{Events: *naive, Prefix: prefix, Seed: 11})
		mark()
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
				start := time.Now()
				opts.Progress = func(done, total int) {
					if done == 0 {
						pre = procstat.CPUSeconds(*serverPID) - cpu0
					}
					if *verbose {
						fmt.Fprintf(os.Stderr, "\r%d/%d events %.0f/s   ", done, total, float64(done)/time.Since(start).Seconds())
					}
				}
				mark()
				st, err := s.Load(ctx, b, opts)
				if *verbose {
					fmt.Fprintln(os.Stderr)
				}
				if err == nil {
					row(n, "Load", size, w, st.Elapsed)
					if *reload && i == 0 && j == 0 {
						mark()
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

// settle waits until pid used under 0.1 CPU seconds in a second, or 60
// seconds have passed.
func settle(pid int) {
	if pid <= 0 {
		return
	}
	for range 60 {
		c := procstat.CPUSeconds(pid)
		time.Sleep(time.Second)
		if procstat.CPUSeconds(pid)-c < 0.1 {
			return
		}
	}
}

// loadavg returns the 1, 5 and 15 minute load averages from /proc/loadavg.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
