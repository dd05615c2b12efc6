package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// ReadTx lets the tests run Cypher in a read transaction without
// CheckReadOnly, to show that the server refuses writes on its own.
var ReadTx = (*Store).readTx

// Exec runs one write statement: tests that damage the graph on purpose.
func Exec(ctx context.Context, s *Store, cypher string, params map[string]any) error {
	return s.write(ctx, func(tx neo4j.ManagedTransaction) error { return exec(ctx, tx, cypher, params) })
}
