package export

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
)

// Graph is the subgraph to export: the nodes and relationships a query
// returned, with the documents its events cite. Every relationship's
// endpoints must be among Nodes.
type Graph struct {
	Title string // figure title and table caption; "" for none
	// From and To bound the period shown (YYYY, YYYY-MM or YYYY-MM-DD);
	// when both are "" figures and tables derive it from the events' dates.
	From, To  string
	Focus     []string // node ids (the "id" property) that figures highlight, such as an ego
	Nodes     []graph.Node
	Edges     []graph.Relationship
	Documents map[string]Document // by document id, for evidence tables
}

// Document is the source of an event, cited in evidence tables.
type Document struct {
	ID, Title, Source, Published, URL string
}

// ListSep joins list properties (an actor's aliases) in formats without
// lists: GraphML, GEXF, CSV and DOT.
const ListSep = "|"

// Attribute types, as GraphML's attr.type spells them.
const (
	typeString = "string"
	typeInt    = "int"
	typeLong   = "long"
	typeDouble = "double"
	typeBool   = "boolean"
)

// node is a Graph node prepared for writing.
type node struct {
	ID     string         // the "id" property when unique, else the element id
	Label  string         // the name, title or id
	Attrs  map[string]any // properties plus "label" and "labels"
	Kind   string         // the kind property or the most specific label
	Labels []string       // Neo4j labels
}

// edge is a Graph relationship prepared for writing.
type edge struct {
	ID, Source, Target, Relation string
	Attrs                        map[string]any // properties plus "relation"
}

// prepared is a Graph with stable ids, sorted nodes and edges, and the
// attribute columns of each.
type prepared struct {
	g        *Graph
	nodes    []*node
	edges    []*edge
	byID     map[string]*node
	nodeCols []column
	edgeCols []column
	events   int    // edges typed by a relation of the vocabulary
	undated  int    // events without a date
	from, to string // the events' date range (the date property)
}

// column is an attribute every writer declares once.
type column struct {
	Name, Type string
}

var (
	nodeReserved = []string{"label", "labels"}
	edgeReserved = []string{"relation", "label", "source", "target", "key"}
)

// prepare checks g and gives its nodes and edges stable ids and order.
func prepare(g *Graph) (*prepared, error) {
	p := &prepared{g: g, byID: map[string]*node{}}
	// Nodes: dedupe by element id; use the id property when it is unique.
	seen := map[string]bool{}
	var nodes []graph.Node
	idCount := map[string]int{}
	for _, n := range g.Nodes {
		if seen[n.ElementID] {
			continue
		}
		seen[n.ElementID] = true
		nodes = append(nodes, n)
		if id, ok := n.Props["id"].(string); ok && id != "" {
			idCount[id]++
		}
	}
	byElem := map[string]*node{}
	for _, n := range nodes {
		id, _ := n.Props["id"].(string)
		if id == "" || idCount[id] > 1 {
			id = n.ElementID
		}
		if _, dup := p.byID[id]; dup { // an element id equal to another node's id property
			id = "element:" + n.ElementID
		}
		nd := &node{ID: id, Label: displayName(n), Kind: kindOf(n), Labels: n.Labels, Attrs: map[string]any{}}
		for k, v := range n.Props {
			if k == "id" && v == id {
				continue
			}
			nd.Attrs[reserve(k, nodeReserved)] = v
		}
		nd.Attrs["label"] = nd.Label
		nd.Attrs["labels"] = strings.Join(n.Labels, ":")
		p.nodes = append(p.nodes, nd)
		p.byID[id] = nd
		byElem[n.ElementID] = nd
	}
	sort.Slice(p.nodes, func(i, j int) bool { return p.nodes[i].ID < p.nodes[j].ID })

	// Edges: dedupe by element id; both endpoints must be nodes.
	seen = map[string]bool{}
	var rels []graph.Relationship
	idCount = map[string]int{}
	for _, r := range g.Edges {
		if seen[r.ElementID] {
			continue
		}
		seen[r.ElementID] = true
		rels = append(rels, r)
		if id, ok := r.Props["id"].(string); ok && id != "" {
			idCount[id]++
		}
	}
	edgeIDs := map[string]bool{}
	for _, r := range rels {
		s, t := byElem[r.StartID], byElem[r.EndID]
		if s == nil || t == nil {
			missing := r.StartID
			if s != nil {
				missing = r.EndID
			}
			return nil, fmt.Errorf("export: relationship %s (%s): endpoint %s is not among the nodes", r.ElementID, r.Type, missing)
		}
		id, _ := r.Props["id"].(string)
		if id == "" || idCount[id] > 1 || edgeIDs[id] {
			id = r.ElementID
		}
		edgeIDs[id] = true
		e := &edge{ID: id, Source: s.ID, Target: t.ID, Relation: r.Type, Attrs: map[string]any{}}
		for k, v := range r.Props {
			if k == "id" && v == id {
				continue
			}
			e.Attrs[reserve(k, edgeReserved)] = v
		}
		e.Attrs["relation"] = r.Type
		p.edges = append(p.edges, e)
		if _, isEvent := extract.LookupRelation(e.Relation); !isEvent {
			continue
		}
		p.events++
		if d := dateOf(e); d == "" {
			p.undated++
		} else {
			if p.from == "" || d < p.from {
				p.from = d
			}
			if d > p.to {
				p.to = d
			}
		}
	}
	sort.SliceStable(p.edges, func(i, j int) bool { return edgeLess(p.edges[i], p.edges[j]) })
	p.nodeCols = columns(p.nodes, func(n *node) map[string]any { return n.Attrs }, "label", "labels")
	p.edgeCols = columns(p.edges, func(e *edge) map[string]any { return e.Attrs }, "relation")
	return p, nil
}

// edgeLess orders edges by date (undated last), relation, endpoints and id.
func edgeLess(a, b *edge) bool {
	da, db := sortDate(a), sortDate(b)
	if da != db {
		return da < db
	}
	if a.Relation != b.Relation {
		return a.Relation < b.Relation
	}
	if a.Source != b.Source {
		return a.Source < b.Source
	}
	if a.Target != b.Target {
		return a.Target < b.Target
	}
	return a.ID < b.ID
}

func sortDate(e *edge) string {
	if s, ok := e.Attrs["start"].(string); ok && s != "" {
		return s
	}
	if d := dateOf(e); d != "" {
		return d
	}
	return "\uffff" // undated last
}

// dateOf is an event's date property (YYYY, YYYY-MM or YYYY-MM-DD), or "".
func dateOf(e *edge) string {
	d, _ := e.Attrs["date"].(string)
	return d
}

// reserve renames a property whose name a writer uses for itself.
func reserve(k string, reserved []string) string {
	for _, r := range reserved {
		if k == r {
			return "prop_" + k
		}
	}
	return k
}

// displayName is how a node is labelled: its name, title or id.
func displayName(n graph.Node) string {
	for _, k := range []string{"name", "title", "id"} {
		if s, ok := n.Props[k].(string); ok && s != "" {
			return s
		}
	}
	if len(n.Labels) > 0 {
		return strings.Join(n.Labels, ":")
	}
	return n.ElementID
}

// kindOf is a node's kind property, or its last label other than Actor.
func kindOf(n graph.Node) string {
	if s, ok := n.Props["kind"].(string); ok && s != "" {
		return s
	}
	for i := len(n.Labels) - 1; i >= 0; i-- {
		if n.Labels[i] != "Actor" {
			return n.Labels[i]
		}
	}
	return "Other"
}

// columns lists the attributes of items with their types: first the named
// ones, then the rest sorted by name.
func columns[T any](items []T, attrs func(T) map[string]any, first ...string) []column {
	types := map[string]string{}
	for _, it := range items {
		for k, v := range attrs(it) {
			types[k] = mergeType(types[k], valueType(v))
		}
	}
	var rest []string
	for k := range types {
		if !contains(first, k) {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	var cols []column
	for _, k := range append(append([]string{}, first...), rest...) {
		if t, ok := types[k]; ok {
			if t == "" {
				t = typeString // only nulls
			}
			cols = append(cols, column{Name: k, Type: t})
		}
	}
	return cols
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// valueType is the attribute type of one value; "" for nil.
func valueType(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		return typeBool
	case int64:
		if x < math.MinInt32 || x > math.MaxInt32 {
			return typeLong
		}
		return typeInt
	case int:
		return valueType(int64(x))
	case float64:
		return typeDouble
	}
	return typeString
}

// mergeType is the narrowest type holding values of types a and b.
func mergeType(a, b string) string {
	switch {
	case a == "" || a == b:
		return b
	case b == "":
		return a
	case a == typeString || b == typeString || a == typeBool || b == typeBool:
		return typeString
	case a == typeDouble || b == typeDouble:
		return typeDouble
	}
	return typeLong // int and long
}

// text formats a value as an attribute of type typ: lists joined with
// ListSep, maps as JSON, numbers in their shortest exact form.
func text(v any, typ string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	case int64:
		if typ == typeDouble {
			return strconv.FormatFloat(float64(x), 'f', -1, 64)
		}
		return strconv.FormatInt(x, 10)
	case int:
		return text(int64(x), typ)
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return ""
		}
		return strconv.FormatFloat(x, 'g', -1, 64)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = text(e, typeString)
		}
		return strings.Join(parts, ListSep)
	case []string:
		return strings.Join(x, ListSep)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
