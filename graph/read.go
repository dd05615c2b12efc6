package graph

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Node is a Neo4j node with its properties converted to plain Go values.
type Node struct {
	ElementID string
	Labels    []string
	Props     map[string]any
}

// Relationship is a Neo4j relationship with plain Go property values.
type Relationship struct {
	ElementID, Type, StartID, EndID string // StartID and EndID are element ids
	Props                           map[string]any
}

// Path is an alternating sequence of nodes and relationships.
type Path struct {
	Nodes         []Node
	Relationships []Relationship
}

// Result is a fully read query result. Values are plain Go: int64, float64,
// string, bool, nil, []any, map[string]any, Node, Relationship, Path; dates
// are "YYYY-MM-DD" strings and other temporal values ISO 8601 strings.
type Result struct {
	Columns []string
	Rows    [][]any
}

// Read runs a read-only query in a read transaction and returns all rows.
// Query text that contains a write clause (outside string literals and
// comments) is refused with ErrWriteQuery before anything is sent; the read
// transaction makes the server refuse any write that slips through.
func (s *Store) Read(ctx context.Context, cypher string, params map[string]any) (*Result, error) {
	if err := CheckReadOnly(cypher); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return s.readTx(ctx, cypher, params)
}

// readTx runs cypher in a read transaction of a read session: the server
// itself refuses any write.
func (s *Store) readTx(ctx context.Context, cypher string, params map[string]any) (*Result, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	out, err := s.executeRead(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		r := &Result{Columns: keys, Rows: [][]any{}}
		for res.Next(ctx) {
			vals := res.Record().Values
			row := make([]any, len(vals))
			for i, v := range vals {
				row[i] = plain(v)
			}
			r.Rows = append(r.Rows, row)
		}
		return r, res.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return out.(*Result), nil
}

// plain converts a driver value to the plain Go values of Result.
func plain(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string:
		return x
	case []byte:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		return plainMap(x)
	case dbtype.Node:
		return plainNode(x)
	case dbtype.Relationship:
		return plainRel(x)
	case dbtype.Path:
		p := Path{Nodes: []Node{}, Relationships: []Relationship{}}
		for _, n := range x.Nodes {
			p.Nodes = append(p.Nodes, plainNode(n))
		}
		for _, r := range x.Relationships {
			p.Relationships = append(p.Relationships, plainRel(r))
		}
		return p
	case dbtype.Date:
		return x.Time().Format("2006-01-02")
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05.999999999")
	case dbtype.LocalTime:
		return x.Time().Format("15:04:05.999999999")
	case dbtype.Time:
		return x.Time().Format("15:04:05.999999999Z07:00")
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Duration:
		return x.String()
	case dbtype.Point2D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y}
	case dbtype.Point3D:
		return map[string]any{"srid": int64(x.SpatialRefId), "x": x.X, "y": x.Y, "z": x.Z}
	default:
		return fmt.Sprint(x)
	}
}

func plainMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = plain(v)
	}
	return out
}

func plainNode(n dbtype.Node) Node {
	return Node{ElementID: n.ElementId, Labels: append([]string{}, n.Labels...), Props: plainMap(n.Props)}
}

func plainRel(r dbtype.Relationship) Relationship {
	return Relationship{ElementID: r.ElementId, Type: r.Type, StartID: r.StartElementId,
		EndID: r.EndElementId, Props: plainMap(r.Props)}
}

// Summary counts what the graph holds.
type Summary struct {
	Documents, Actors, Events int
	ByRelation                map[string]int // events per relation type, every type present
}

// Summary returns node and relationship counts (from the count store).
func (s *Store) Summary(ctx context.Context) (Summary, error) {
	sum := Summary{ByRelation: map[string]int{}}
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := s.executeRead(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
		n, err := single(ctx, tx, cypherCountDocuments, nil)
		if err != nil {
			return nil, err
		}
		sum.Documents = int(n)
		if n, err = single(ctx, tx, cypherCountActors, nil); err != nil {
			return nil, err
		}
		sum.Actors = int(n)
		sum.Events = 0
		for _, t := range relTypes() {
			if n, err = single(ctx, tx, relCypher[t].count, nil); err != nil {
				return nil, err
			}
			sum.ByRelation[t] = int(n)
			sum.Events += int(n)
		}
		return nil, nil
	})
	if err != nil {
		return Summary{}, fmt.Errorf("summary: %w", err)
	}
	return sum, nil
}

// CheckReadOnly returns ErrWriteQuery when cypher, with its string literals,
// quoted names and comments removed, contains a clause or procedure call that
// can write: CREATE, MERGE, DELETE, DETACH, SET, REMOVE, DROP, FOREACH, LOAD
// CSV, CALL { … } IN TRANSACTIONS, administration commands, or apoc, db and
// dbms procedures that write or administer.
func CheckReadOnly(cypher string) error {
	toks := tokens(normalizeSpace(stripLiterals(cypher)))
	for i, t := range toks {
		if t.prop {
			continue
		}
		w := strings.ToUpper(t.text)
		next := ""
		if i+1 < len(toks) {
			next = strings.ToUpper(toks[i+1].text)
		}
		switch w {
		case "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH",
			"ALTER", "GRANT", "DENY", "REVOKE", "RENAME", "TERMINATE":
			return fmt.Errorf("%w: %s", ErrWriteQuery, w)
		case "LOAD":
			if next == "CSV" {
				return fmt.Errorf("%w: LOAD CSV", ErrWriteQuery)
			}
		case "IN":
			if next == "TRANSACTIONS" || next == "CONCURRENT" {
				return fmt.Errorf("%w: CALL { … } IN TRANSACTIONS", ErrWriteQuery)
			}
		case "START", "STOP", "ENABLE", "DEALLOCATE", "REALLOCATE":
			if next == "DATABASE" || next == "SERVER" || next == "DATABASES" {
				return fmt.Errorf("%w: %s %s", ErrWriteQuery, w, next)
			}
		case "CALL":
			if i+1 < len(toks) && toks[i+1].proc != "" && writeProcedure(toks[i+1].proc) {
				return fmt.Errorf("%w: CALL %s", ErrWriteQuery, toks[i+1].proc)
			}
		}
		// A write procedure may also be named without CALL in some contexts.
		if t.proc != "" && writeProcedure(t.proc) {
			return fmt.Errorf("%w: %s", ErrWriteQuery, t.proc)
		}
	}
	return nil
}

// readProcedures are the db./dbms. procedures that only read.
var readProcedures = []string{
	"db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.", "db.indexes",
	"db.constraints", "db.info", "db.ping", "db.awaitindex", "db.awaitindexes",
	"db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
	"db.index.fulltext.listavailableanalyzers", "db.index.vector.querynodes",
	"db.index.vector.queryrelationships", "db.nameFromElementId",
	"dbms.components", "dbms.info", "dbms.procedures", "dbms.functions",
	"dbms.showcurrentuser", "dbms.listconfig", "dbms.queryjmx",
}

// writeApoc are the apoc name prefixes that write, run arbitrary Cypher, or
// touch files.
var writeApoc = []string{
	"apoc.create.", "apoc.merge.", "apoc.refactor.", "apoc.periodic.", "apoc.do.",
	"apoc.cypher.", "apoc.nodes.delete", "apoc.nodes.link", "apoc.nodes.collapse",
	"apoc.atomic.", "apoc.lock.", "apoc.trigger.", "apoc.schema.assert",
	"apoc.export.", "apoc.import.", "apoc.load.csv", "apoc.graph.fromcypher",
	"apoc.systemdb.", "apoc.uuid.", "apoc.ttl.", "apoc.custom.", "apoc.log.",
}

func writeProcedure(name string) bool {
	n := strings.ToLower(name)
	switch {
	case strings.HasPrefix(n, "apoc."):
		for _, p := range writeApoc {
			if strings.HasPrefix(n, p) {
				return true
			}
		}
		return false
	case strings.HasPrefix(n, "db.") || strings.HasPrefix(n, "dbms."):
		for _, p := range readProcedures {
			if n == strings.ToLower(p) || (strings.HasSuffix(p, ".") && strings.HasPrefix(n, p)) {
				return false
			}
		}
		return true
	}
	return false
}

// stripLiterals blanks out string literals, backtick-quoted names and
// comments so that only Cypher syntax remains. A back-quoted name keeps its
// letters, digits and dots (anything else becomes _), so a quoted procedure
// name is still recognised.
func stripLiterals(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(s) && s[j] != c {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			b.WriteString(" '' ")
			i = j + 1
		case c == '`':
			// Keep the name's letters: CALL `db`.`createLabel` is db.createLabel.
			j := i + 1
			for j < len(s) && s[j] != '`' {
				j++
			}
			name := []rune(s[i+1 : min(j, len(s))])
			for k, r := range name {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' {
					name[k] = '_'
				}
			}
			b.WriteString(" " + string(name) + " ")
			i = j + 1
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
			b.WriteByte(' ')
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				i = len(s)
			} else {
				i += j + 4
			}
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// normalizeSpace turns every Unicode space and other non-word rune outside
// ASCII into a plain space, and closes up spaces around dots, so that
// "db . createLabel" and a no-break space before CREATE read as Cypher does.
func normalizeSpace(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	out := b.String()
	for _, pair := range [][2]string{{" .", "."}, {". ", "."}, {"\t.", "."}, {".\t", "."}, {"\n.", "."}, {".\n", "."}} {
		for strings.Contains(out, pair[0]) {
			out = strings.ReplaceAll(out, pair[0], pair[1])
		}
	}
	return out
}

// token is a word of the stripped query.
type token struct {
	text string
	prop bool   // a property key, map key, label, parameter or part of a dotted name
	proc string // the whole dotted name when this word starts one (a.b.c)
}

// isWordByte: ASCII word characters and the bytes of non-ASCII letters
// (normalizeSpace has already turned every other non-ASCII rune into a space).
func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func tokens(s string) []token {
	var toks []token
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		t := token{text: s[i:j]}
		prev := prevNonSpace(s, i)
		nxt := nextNonSpace(s, j)
		t.prop = prev == '.' || prev == '$' || prev == ':' || nxt == ':'
		if nxt == '.' && prev != '.' {
			// dotted name: a.b.c
			k := j
			for k < len(s) && (s[k] == '.' || isWordByte(s[k])) {
				k++
			}
			t.proc = s[i:k]
			t.prop = true // n.prop: the variable itself is not a keyword
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

func prevNonSpace(s string, i int) byte {
	for i--; i >= 0; i-- {
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' {
			return s[i]
		}
	}
	return 0
}

func nextNonSpace(s string, j int) byte {
	for ; j < len(s); j++ {
		if s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
			return s[j]
		}
	}
	return 0
}
