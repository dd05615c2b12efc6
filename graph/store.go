package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/kgraph/kg/extract"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Sentinel errors; test with errors.Is.
var (
	// ErrUnreachable means no Neo4j server answered at the configured URI.
	ErrUnreachable = errors.New("neo4j is unreachable")
	// ErrAuth means the server rejected the username or password.
	ErrAuth = errors.New("neo4j rejected the credentials")
	// ErrWriteQuery means Read was given a statement that could write.
	ErrWriteQuery = errors.New("query may write; only read queries are allowed")
)

// DefaultMaxRetryTime bounds how long a managed transaction is retried after
// transient errors (deadlocks, leader switches, lost connections).
const DefaultMaxRetryTime = time.Minute

// Config says where Neo4j is and how to log in.
type Config struct {
	URI      string // e.g. bolt://127.0.0.1:7687 or neo4j://host
	Username string
	Password string
	Database string // "" = the server's default database

	// MaxRetryTime bounds the retries of one transaction after transient
	// errors; 0 means DefaultMaxRetryTime.
	MaxRetryTime time.Duration
}

// Store is a connection pool to one Neo4j database. It is safe for
// concurrent use.
type Store struct {
	driver   neo4j.DriverWithContext
	database string
	uri      string        // redacted
	retry    time.Duration // window for re-running writes whose commit was lost

	schemaMu   sync.Mutex
	schemaDone bool
}

// Open connects to Neo4j and verifies connectivity and credentials.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	uri := RedactURI(cfg.URI)
	retry := cfg.MaxRetryTime
	if retry <= 0 {
		retry = DefaultMaxRetryTime
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""),
		func(c *config.Config) {
			c.MaxTransactionRetryTime = retry
			c.SocketConnectTimeout = 5 * time.Second
			c.ConnectionAcquisitionTimeout = 2 * time.Minute
		})
	if err != nil {
		return nil, fmt.Errorf("open %s: %s", uri, scrub(err.Error(), cfg))
	}
	if err := driver.VerifyAuthentication(ctx, nil); err != nil {
		_ = driver.Close(ctx)
		return nil, openError(uri, err, cfg)
	}
	return &Store{driver: driver, database: cfg.Database, uri: uri, retry: retry}, nil
}

// openError classifies a connection failure without ever including the
// password or the URI's userinfo.
func openError(uri string, err error, cfg Config) error {
	var n4j *neo4j.Neo4jError
	switch {
	case errors.As(err, &n4j) && strings.HasPrefix(n4j.Code, "Neo.ClientError.Security."):
		return fmt.Errorf("open %s: %w (user %q)", uri, ErrAuth, cfg.Username)
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("open %s: %w", uri, err)
	case neo4j.IsConnectivityError(err):
		return fmt.Errorf("open %s: %w: %s", uri, ErrUnreachable, scrub(err.Error(), cfg))
	default:
		return fmt.Errorf("open %s: %s", uri, scrub(err.Error(), cfg))
	}
}

// scrub removes the password and the raw URI from a driver message.
func scrub(msg string, cfg Config) string {
	if cfg.URI != "" {
		msg = strings.ReplaceAll(msg, cfg.URI, RedactURI(cfg.URI))
	}
	if cfg.Password != "" {
		msg = strings.ReplaceAll(msg, cfg.Password, "xxxxx")
	}
	return msg
}

// RedactURI returns uri with any userinfo replaced by "xxxxx", for messages.
func RedactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		if i := strings.LastIndex(uri, "@"); i >= 0 {
			if j := strings.Index(uri, "://"); j >= 0 && j < i {
				return uri[:j+3] + "xxxxx" + uri[i:]
			}
			return "xxxxx" + uri[i:]
		}
		return uri
	}
	if u.User != nil {
		u.User = url.User("xxxxx")
	}
	return u.String()
}

// Close releases the connection pool.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("close %s: %w", s.uri, err)
	}
	return nil
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: s.database})
}

// write runs fn in a managed write transaction, retried on transient errors
// and, by again, after a lost commit.
func (s *Store) write(ctx context.Context, fn func(tx neo4j.ManagedTransaction) error) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	return s.again(ctx, func() error {
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return nil, fn(tx)
		})
		return err
	})
}

// again runs tx, a managed transaction, and runs it again while it fails
// with a lost connection, with backoff, until the store's retry window has
// passed since the first failure. The driver retries transient failures by
// itself but not a connection lost while committing, since it cannot know
// whether the commit happened. Every transaction of this package is safe to
// run twice: reads, and writes that set a state rather than add to one
// (merged actors, replaced documents, events diffed against what is stored,
// recomputed summaries, schema IF NOT EXISTS, deletes by prefix).
func (s *Store) again(ctx context.Context, tx func() error) error {
	var first time.Time
	wait := 500 * time.Millisecond
	for {
		err := tx()
		if err == nil || !neo4j.IsConnectivityError(err) || ctx.Err() != nil {
			return err
		}
		if first.IsZero() {
			first = time.Now()
		}
		if time.Since(first)+wait > s.retry {
			return err
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return err
		}
		wait = min(2*wait, 5*time.Second)
	}
}

// exec runs one statement and discards its records.
func exec(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// single runs a statement that returns one integer column in one row.
func single(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (int64, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return 0, err
	}
	rec, err := res.Single(ctx)
	if err != nil {
		return 0, err
	}
	n, _ := rec.Values[0].(int64)
	return n, nil
}

// EnsureSchema creates the constraints and indexes kg relies on, if missing,
// and waits until they are online. It is idempotent.
func (s *Store) EnsureSchema(ctx context.Context) error {
	s.schemaMu.Lock()
	defer s.schemaMu.Unlock()
	if s.schemaDone {
		return nil
	}
	stmts := []string{cypherConstraintActorID, cypherConstraintDocumentID,
		cypherIndexActorName, cypherIndexActorKind, cypherIndexDocPublished}
	for _, r := range relTypes() {
		stmts = append(stmts, relCypher[r].indexes...)
	}
	// Schema commands cannot share a transaction with each other's data, so
	// each runs in its own; IF NOT EXISTS makes them idempotent.
	for _, stmt := range stmts {
		if err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
			return exec(ctx, tx, stmt, nil)
		}); err != nil {
			return fmt.Errorf("ensure schema: %w", err)
		}
	}
	if err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
		return exec(ctx, tx, cypherAwaitIndexes, nil)
	}); err != nil {
		return fmt.Errorf("ensure schema: await indexes: %w", err)
	}
	s.schemaDone = true
	return nil
}

// DeletePrefix deletes, in bounded transactions, the events, documents and
// actors whose id starts with prefix (events also when their doc does), with
// their relationships. Tests and
// benchmarks use it to clean up what they created; prefix must not be empty.
// It returns the number of nodes and relationships deleted.
func (s *Store) DeletePrefix(ctx context.Context, prefix string) (int, error) {
	if prefix == "" {
		return 0, fmt.Errorf("delete prefix: empty prefix")
	}
	const limit = 10000
	var stmts []string
	for _, r := range relTypes() {
		stmts = append(stmts, relCypher[r].deletePrefix)
	}
	stmts = append(stmts, cypherDeleteDocumentsByPrefix, cypherDeleteActorsByPrefix)
	total := 0
	for _, stmt := range stmts {
		for {
			var n int64
			err := s.write(ctx, func(tx neo4j.ManagedTransaction) error {
				var err error
				n, err = single(ctx, tx, stmt, map[string]any{"prefix": prefix, "limit": limit})
				return err
			})
			if err != nil {
				return total, fmt.Errorf("delete prefix %q: %w", prefix, err)
			}
			total += int(n)
			if n < limit {
				break
			}
		}
	}
	// The remaining actors whose events went keep exact summaries.
	if _, err := s.refreshDyads(ctx, nil, nil, DefaultWorkers, nil); err != nil {
		return total, fmt.Errorf("delete prefix %q: dyad summaries: %w", prefix, err)
	}
	return total, nil
}

// relTypes returns the relation vocabulary's names in SPEC order.
func relTypes() []string {
	names := make([]string, 0, len(extract.Relations))
	for _, r := range extract.Relations {
		names = append(names, r.Name)
	}
	return names
}

// executeRead runs work in a managed read transaction of sess, again after a
// lost connection (see again).
func (s *Store) executeRead(ctx context.Context, sess neo4j.SessionWithContext, work neo4j.ManagedTransactionWork) (any, error) {
	var out any
	err := s.again(ctx, func() error {
		var err error
		out, err = sess.ExecuteRead(ctx, work)
		return err
	})
	return out, err
}
