// Package neo4jtest connects tests to the real Neo4j server named by
// NEO4J_URI and gives each test its own id prefix, cleaned up afterwards.
package neo4jtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
)

// Hint says how to point the tests at a server.
const Hint = "run `make neo4j` and export NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=kgpassword"

var (
	mu      sync.Mutex
	shared  *graph.Store
	openErr error
)

// Config returns the server configuration from NEO4J_URI, NEO4J_USERNAME
// (default neo4j), NEO4J_PASSWORD and NEO4J_DATABASE; ok is false when
// NEO4J_URI is unset.
func Config() (cfg graph.Config, ok bool) {
	cfg = graph.Config{
		URI:      os.Getenv("NEO4J_URI"),
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	if cfg.Username == "" {
		cfg.Username = "neo4j"
	}
	return cfg, cfg.URI != ""
}

// Require skips the test (fails it under CI=true) when NEO4J_URI is unset.
func Require(tb testing.TB) graph.Config {
	tb.Helper()
	cfg, ok := Config()
	if !ok {
		if os.Getenv("CI") == "true" {
			tb.Fatal("NEO4J_URI is not set; " + Hint)
		}
		tb.Skip("NEO4J_URI is not set; " + Hint)
	}
	return cfg
}

// Open returns a Store connected to the server named by NEO4J_URI, shared by
// all tests of the package. It skips the test when NEO4J_URI is unset (fails
// under CI=true) and fails it when the server cannot be reached.
func Open(tb testing.TB) *graph.Store {
	tb.Helper()
	cfg := Require(tb)
	mu.Lock()
	defer mu.Unlock()
	if shared == nil && openErr == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		shared, openErr = graph.Open(ctx, cfg)
	}
	if openErr != nil {
		tb.Fatalf("%v (is the server running? %s)", openErr, Hint)
	}
	return shared
}

// Prefix returns an id prefix unique to this test run, like "t-load-3f9a1c-",
// and registers a cleanup that deletes every document, actor and event whose
// id starts with it. Tests share one database: never delete anything else.
func Prefix(tb testing.TB) string {
	tb.Helper()
	s := Open(tb)
	p := NewPrefix(tb.Name())
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
		defer cancel()
		if _, err := s.DeletePrefix(ctx, p); err != nil {
			tb.Errorf("cleanup %s: %v", p, err)
		}
	})
	return p
}

// NewPrefix returns a unique id prefix derived from name.
func NewPrefix(name string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(name) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
		if b.Len() >= 20 {
			break
		}
	}
	var r [4]byte
	_, _ = rand.Read(r[:])
	return "t-" + b.String() + "-" + hex.EncodeToString(r[:]) + "-"
}
