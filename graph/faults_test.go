//go:build faults

package graph_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/gen"
	"github.com/kgraph/kg/internal/neo4jtest"
)

// TestFault_Store_Load_ServerKilled kills a throw-away server (kill -9, never
// the shared one) in the middle of a load and starts it again: with a retry
// window (MaxRetryTime) longer than the restart, the driver retries the
// interrupted transactions with backoff, the load succeeds, and the graph
// holds exactly the batch, without duplicates. (A load whose retry window
// runs out, then run again, is cmd/kg's TestFault_Load_ServerKilled.)
//
// It starts its own server, so it only runs with -tags faults (make faults):
//
//	go test -tags faults ./graph -run Fault -v
func TestFault_Store_Load_ServerKilled(t *testing.T) {
	srv := neo4jtest.StartServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	open := func(t *testing.T, retry time.Duration) *graph.Store {
		cfg := srv.Config
		cfg.MaxRetryTime = retry
		s, err := graph.Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close(context.Background()) })
		return s
	}
	// killAt returns a Progress hook that kills the server once `at` events
	// are committed, and a wait for the kill (and restart) to finish.
	killAt := func(t *testing.T, at int, restart bool) (func(done, total int), func()) {
		errc := make(chan error, 1)
		fired := false
		hook := func(done, total int) {
			if done >= at && !fired {
				fired = true
				go func() {
					err := srv.Kill()
					t.Logf("killed the server at %d/%d events: %v", done, total, err)
					if err == nil && restart {
						err = srv.Start()
						t.Logf("restarted the server: %v", err)
					}
					errc <- err
				}()
			}
		}
		return hook, func() {
			if !fired {
				t.Fatal("the load finished before the server was killed")
			}
			if err := <-errc; err != nil {
				t.Fatal(err)
			}
		}
	}

	s := open(t, 5*time.Minute)
	p := neo4jtest.NewPrefix(t.Name())
	c := gen.Generate(gen.Options{Events: 10000, Prefix: p, Seed: 7})
	b := graph.Batch{Documents: c.Documents, Events: c.Events}
	if err := s.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	hook, wait := killAt(t, 2000, true)
	start := time.Now()
	_, err := s.Load(ctx, b, graph.LoadOptions{BatchSize: 500, Workers: 2, Progress: hook})
	wait()
	if err != nil {
		t.Fatalf("Load did not survive a restart within its retry window: %v", err)
	}
	t.Logf("load with a kill -9 and a restart in the middle took %s", time.Since(start).Round(time.Second))
	if got, want := countPrefix(t, s, p), expected(c); !reflect.DeepEqual(got, want) {
		t.Errorf("counts after a load retried across a restart:\n got %+v\nwant %+v", got, want)
	}
}
