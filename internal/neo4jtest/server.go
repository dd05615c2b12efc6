package neo4jtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
)

// Server is a throw-away Neo4j started by scripts/neo4j.sh in its own home
// and on its own free ports, for fault tests that kill or stop a server.
// Tests must never stop the shared server of NEO4J_URI: other tests use it.
type Server struct {
	Home   string       // KG_NEO4J_HOME, under <repo>/.neo4j so the jars are hard-linked
	Bolt   int          // Bolt port
	HTTP   int          // HTTP port
	Config graph.Config // bolt://127.0.0.1:Bolt, user neo4j, a random password

	script string
	env    []string
}

// StartServer starts a throw-away server and registers a cleanup that stops
// it and removes its home. It skips the test with -short or without Java
// (fails under CI=true). The first start takes about a minute.
func StartServer(tb testing.TB) *Server {
	tb.Helper()
	if testing.Short() {
		tb.Skip("starts a throw-away Neo4j; skipped with -short")
	}
	if _, err := exec.LookPath("java"); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatal("java is not on PATH; the fault tests start a throw-away Neo4j with scripts/neo4j.sh")
		}
		tb.Skip("java is not on PATH; the fault tests start a throw-away Neo4j with scripts/neo4j.sh")
	}
	s, err := NewServer()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := s.Remove(); err != nil {
			tb.Error(err)
		}
	})
	if err := s.Start(); err != nil {
		tb.Fatal(err)
	}
	return s
}

// NewServer prepares a throw-away server's home and ports without starting
// it; Start starts it and Remove stops it and deletes the home.
func NewServer() (*Server, error) {
	repo, err := repoRoot()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(repo, ".neo4j"), 0o755); err != nil {
		return nil, err
	}
	home, err := os.MkdirTemp(filepath.Join(repo, ".neo4j"), "faults-")
	if err != nil {
		return nil, err
	}
	bolt, err := freePort()
	if err != nil {
		return nil, err
	}
	http, err := freePort()
	if err != nil {
		return nil, err
	}
	var r [6]byte
	_, _ = rand.Read(r[:])
	pw := "kg-fault-secret-" + hex.EncodeToString(r[:])
	s := &Server{
		Home: home, Bolt: bolt, HTTP: http,
		Config: graph.Config{URI: fmt.Sprintf("bolt://127.0.0.1:%d", bolt), Username: "neo4j", Password: pw},
		script: filepath.Join(repo, "scripts", "neo4j.sh"),
	}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") && !strings.HasPrefix(kv, "KG_NEO4J_HOME=") {
			s.env = append(s.env, kv)
		}
	}
	s.env = append(s.env, "KG_NEO4J_HOME="+home,
		fmt.Sprintf("NEO4J_BOLT_PORT=%d", bolt), fmt.Sprintf("NEO4J_HTTP_PORT=%d", http),
		"NEO4J_PASSWORD="+pw, "NEO4J_START_TIMEOUT=240",
		"NEO4J_HEAP_INITIAL=256m", "NEO4J_HEAP_MAX=512m", "NEO4J_PAGECACHE=128m", "NEO4J_ADMIN_HEAP=256m")
	return s, nil
}

// Start starts the server (again) and waits until it answers.
func (s *Server) Start() error { return s.sh("start") }

// Stop stops the server gracefully.
func (s *Server) Stop() error { return s.sh("stop") }

// Kill sends SIGKILL to the server's JVM, as a crash or an OOM killer would,
// and waits until its Bolt port is closed.
func (s *Server) Kill() error {
	pid, err := s.PID()
	if err != nil {
		return err
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		return fmt.Errorf("kill -9 %d: %w", pid, err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", s.Bolt), 200*time.Millisecond)
		if err != nil {
			return nil
		}
		c.Close()
		time.Sleep(100 * time.Millisecond)
	}
	return fmt.Errorf("kill -9 %d: Bolt port %d still open after 30s", pid, s.Bolt)
}

// PID returns the pid of the server's JVM.
func (s *Server) PID() (int, error) {
	b, err := os.ReadFile(filepath.Join(s.Home, "neo4j.pid"))
	if err != nil {
		return 0, fmt.Errorf("throw-away neo4j pid: %w", err)
	}
	return strconv.Atoi(strings.TrimSpace(string(b)))
}

// Remove stops the server and deletes its home.
func (s *Server) Remove() error {
	err := s.Stop()
	return errors.Join(err, os.RemoveAll(s.Home))
}

func (s *Server) sh(arg string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", s.script, arg)
	cmd.Env = s.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("neo4j.sh %s (home %s): %v\n%s", arg, s.Home, err, out)
	}
	return nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// repoRoot is the directory holding go.mod, found from the working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("neo4jtest: go.mod not found above the working directory")
		}
		dir = parent
	}
}
