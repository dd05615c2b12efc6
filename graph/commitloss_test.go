package graph_test

import (
	"bytes"
	"context"
	"net"
	"net/url"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/internal/gen"
	"github.com/kgraph/kg/internal/neo4jtest"
)

// boltCommit is a Bolt COMMIT message as the driver sends it: a chunk of two
// bytes (an empty structure, signature 0x12) and the end-of-message marker.
var boltCommit = []byte{0x00, 0x02, 0xB0, 0x12, 0x00, 0x00}

// commitCutter is a TCP proxy in front of the real server that lets chosen
// commits reach the server and then drops the connection before the
// server's answer reaches the driver: the transaction is committed, and the
// driver only knows that its connection died while committing.
type commitCutter struct {
	ln      net.Listener
	target  string
	commits atomic.Int64 // commits seen so far
	cutAt   func(n int64) bool
	cut     atomic.Int64 // commits whose answer was dropped
	wg      sync.WaitGroup
}

// newCommitCutter proxies to target and drops the answer to the n-th commit
// (counting from 1) when cutAt(n).
func newCommitCutter(t *testing.T, target string, cutAt func(n int64) bool) *commitCutter {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	c := &commitCutter{ln: ln, target: target, cutAt: cutAt}
	c.wg.Add(1)
	go c.accept()
	t.Cleanup(func() { ln.Close(); c.wg.Wait() })
	return c
}

func (c *commitCutter) accept() {
	defer c.wg.Done()
	for {
		client, err := c.ln.Accept()
		if err != nil {
			return
		}
		server, err := net.Dial("tcp", c.target)
		if err != nil {
			client.Close()
			continue
		}
		c.wg.Add(1)
		go c.pipe(client, server)
	}
}

// pipe copies both ways. When the client sends a commit chosen for cutting,
// the commit goes on to the server, and the first bytes the server sends
// after it (its answer) close both sides instead of being forwarded.
func (c *commitCutter) pipe(client, server net.Conn) {
	defer c.wg.Done()
	var cutting atomic.Bool
	closeBoth := func() { client.Close(); server.Close() }
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 64<<10)
		for {
			n, err := server.Read(buf)
			if n > 0 {
				if cutting.Load() {
					c.cut.Add(1)
					closeBoth()
					return
				}
				if _, werr := client.Write(buf[:n]); werr != nil {
					closeBoth()
					return
				}
			}
			if err != nil {
				closeBoth()
				return
			}
		}
	}()
	buf := make([]byte, 64<<10)
	var tail []byte // the last bytes of the previous read, for a split message
	for {
		n, err := client.Read(buf)
		if n > 0 {
			seen := append(tail, buf[:n]...)
			if bytes.Contains(seen, boltCommit) && c.cutAt(c.commits.Add(1)) {
				cutting.Store(true)
			}
			if len(seen) >= len(boltCommit) {
				tail = append([]byte(nil), seen[len(seen)-len(boltCommit)+1:]...)
			} else {
				tail = seen
			}
			if _, werr := server.Write(buf[:n]); werr != nil {
				break
			}
		}
		if err != nil {
			break
		}
	}
	closeBoth()
	<-done
}

// TestStore_Load_CommitLost loads through a proxy that drops the server's
// answer to three commits, among them the first commit of events into fresh
// documents (written with CREATE, no diff). The driver does not retry a
// commit whose outcome it never heard; Load runs such a transaction again,
// and because every transaction writes a state (diffing what an earlier
// attempt may already have committed), the graph holds each event exactly
// once and Load reports success.
func TestStore_Load_CommitLost(t *testing.T) {
	cfg := neo4jtest.Require(t)
	shared := neo4jtest.Open(t) // for the counts and the cleanup
	p := neo4jtest.Prefix(t)
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := shared.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}

	c := gen.Generate(gen.Options{Events: 3000, Prefix: p, Seed: 11})
	b := graph.Batch{Documents: c.Documents, Events: c.Events}
	// With one worker the commits come one after another: schema, actors,
	// affiliations, documents (100 a transaction), a read of the stored
	// summaries, then events and summaries. The proxy drops the answer to
	// the second commit (schema), to the first commit after the events'
	// progress started (a batch of events of fresh documents, written with
	// CREATE), and to the one after it.
	var eventsFrom atomic.Int64
	cutter := newCommitCutter(t, u.Host, func(n int64) bool {
		from := eventsFrom.Load()
		return n == 2 || from > 0 && (n == from+1 || n == from+2)
	})
	pcfg := cfg
	pcfg.URI = "bolt://" + cutter.ln.Addr().String()
	pcfg.MaxRetryTime = time.Minute
	s, err := graph.Open(ctx, pcfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())

	progress := func(done, total int) {
		if done == 0 {
			eventsFrom.Store(cutter.commits.Load())
		}
	}
	start := time.Now()
	st, err := s.Load(ctx, b, graph.LoadOptions{BatchSize: 500, Workers: 1, Progress: progress})
	if err != nil {
		t.Fatalf("Load after %d lost commit answers: %v", cutter.cut.Load(), err)
	}
	t.Logf("load with %d lost commit answers took %s", cutter.cut.Load(), time.Since(start).Round(time.Millisecond))
	if got := cutter.cut.Load(); got != 3 {
		t.Fatalf("the proxy dropped %d commit answers, want 3 (commits seen: %d)", got, cutter.commits.Load())
	}
	if st.Events != len(c.Events) {
		t.Errorf("Load reported %d events, want %d", st.Events, len(c.Events))
	}
	if got, want := countPrefix(t, shared, p), expected(c); !reflect.DeepEqual(got, want) {
		t.Errorf("counts after a load with lost commits:\n got %+v\nwant %+v", got, want)
	}
}
