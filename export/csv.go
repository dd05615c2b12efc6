package export

import (
	"encoding/csv"
	"io"
)

// NodesCSV writes g's nodes as CSV with a header row: id, label (the
// name), labels (Neo4j labels joined with ":"), then every property in
// name order. Lists are joined with ListSep; a missing value is empty.
func NodesCSV(w io.Writer, g *Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	head := []string{"id"}
	for _, c := range p.nodeCols {
		head = append(head, c.Name)
	}
	_ = cw.Write(head)
	for _, n := range p.nodes {
		rec := []string{n.ID}
		for _, c := range p.nodeCols {
			rec = append(rec, text(n.Attrs[c.Name], c.Type))
		}
		_ = cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// EdgesCSV writes g's relationships as CSV with a header row: id, source,
// target (node ids as in NodesCSV), relation, then every property in name
// order, one row per event in date order.
func EdgesCSV(w io.Writer, g *Graph) error {
	p, err := prepare(g)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	head := []string{"id", "source", "target"}
	for _, c := range p.edgeCols {
		head = append(head, c.Name)
	}
	_ = cw.Write(head)
	for _, e := range p.edges {
		rec := []string{e.ID, e.Source, e.Target}
		for _, c := range p.edgeCols {
			rec = append(rec, text(e.Attrs[c.Name], c.Type))
		}
		_ = cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}
