//go:build faults

package graph_test

import (
	"context"
	"os/exec"
	"reflect"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/gen"
	"github.com/kgraph/kg/internal/neo4jtest"
)

// TestStore_Load_ServerStopped stops the shared server (scripts/neo4j.sh
// stop) in the middle of a load, starts it again, and checks that loading
// again completes with exact counts and no duplicates. It restarts the
// server every test uses, so it only runs with -tags faults:
//
//	go test -tags faults ./graph -run ServerStopped -v
func TestStore_Load_ServerStopped(t *testing.T) {
	neo4jtest.Open(t)
	p := neo4jtest.Prefix(t)
	cfg, _ := neo4jtest.Config()
	cfg.MaxRetryTime = 3 * time.Second // fail fast once the server is gone
	ctx := ctxT(t)
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(ctx)

	c := gen.Generate(gen.Options{Events: 100000, Prefix: p, Seed: 5})
	b := graph.Batch{Documents: c.Documents, Events: c.Events}
	stopped := make(chan error, 1)
	started := false
	_, err = s.Load(ctx, b, graph.LoadOptions{BatchSize: 2000, Workers: 2, Progress: func(done, total int) {
		if done >= 20000 && !started {
			started = true
			go func() { stopped <- neo4jsh(t, "stop") }()
		}
	}})
	if err == nil {
		t.Fatal("Load finished although the server was stopped")
	}
	t.Logf("interrupted load: %v", err)
	if err := <-stopped; err != nil {
		t.Fatal(err)
	}
	if err := neo4jsh(t, "start"); err != nil {
		t.Fatal(err)
	}
	partial := countPrefix(t, neo4jtest.Open(t), p)
	t.Logf("after restart: %d of %d events", partial.Events, len(c.Events))
	if partial.Events != partial.DistinctEvents || partial.Events >= len(c.Events) {
		t.Errorf("after restart: %+v", partial)
	}
	if _, err := s.Load(ctx, b, graph.LoadOptions{BatchSize: 2000, Workers: 2}); err != nil {
		t.Fatal(err)
	}
	if got, want := countPrefix(t, neo4jtest.Open(t), p), expected(c); !reflect.DeepEqual(got, want) {
		t.Errorf("counts after resuming:\n got %+v\nwant %+v", got, want)
	}
}

func neo4jsh(t *testing.T, args ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "bash", append([]string{"../scripts/neo4j.sh"}, args...)...).CombinedOutput()
	t.Logf("neo4j.sh %v: %s", args, out)
	return err
}
