package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/export"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/queries"
)

// exportFormats are kg export's --format values.
var exportFormats = []string{"graphml", "gexf", "csv", "json", "dot", "svg", "png", "md", "tex"}

// ExportOptions are kg export's flags and arguments.
type ExportOptions struct {
	Name   string            // a saved query; "" with Cypher
	Cypher string            // ad hoc read-only Cypher
	Params map[string]string // --param k=v
	Format string            // one of exportFormats
	Out    string            // file, "-" for stdout; csv: directory or PREFIX.csv
	Title  string            // figure title and table caption; "" derives one from the query
	Layout string            // figures: a Graphviz engine; "" picks one
	Focus  []string          // figures: actors to highlight, besides a saved query's actor parameters
}

func newExportCmd(f *Factory, runF func(*ExportOptions) error) *cobra.Command {
	opts := &ExportOptions{}
	var params []string
	cmd := &cobra.Command{
		Use:   "export [NAME] --format F --out PATH",
		Short: "Export the subgraph a saved query returns, for papers and graph tools",
		Long: `Export every node, relationship and path a saved query (or --cypher)
returns, with the endpoints of its relationships, as:

  graphml  GraphML with typed keys (Gephi, yEd, Cytoscape, networkx)
  gexf     GEXF 1.3, dynamic: each event edge lives from its start to end date
  csv      nodes.csv and edges.csv in the --out directory, or PREFIX.nodes.csv
           and PREFIX.edges.csv for --out PREFIX.csv
  json     networkx node-link JSON (nodes and links)
  dot      Graphviz source, every event an edge
  svg, png a figure drawn with Graphviz: events merged per relation and pair
  md, tex  an evidence table: each event's date, relation, actors, quote and source`,
		Example: `  kg export ego-network --param actor=Putin --format graphml --out putin.graphml
  kg export ego-network --param actor=Putin --format svg --out putin.svg --title "Putin's ego network"
  kg export ego-network --param actor=Putin --format csv --out putin/
  kg export --cypher 'MATCH p=(:Actor {id:"kim-jong-un"})-[:MEET]-() RETURN p' --format tex --out kim.tex`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.Name, opts.Params, err = queryArgs(args, opts.Cypher, params); err != nil {
				return err
			}
			if !contains(exportFormats, opts.Format) {
				return usageErrorf("--format must be one of %s, not %q", strings.Join(exportFormats, ", "), opts.Format)
			}
			if opts.Out == "" {
				return usageErrorf("--out PATH is required")
			}
			if opts.Out == "-" && (opts.Format == "csv" || opts.Format == "png") {
				return usageErrorf("--format %s cannot go to standard output; give --out PATH", opts.Format)
			}
			if opts.Layout != "" && !contains(export.Layouts, opts.Layout) {
				return usageErrorf("--layout must be one of %s, not %q", strings.Join(export.Layouts, ", "), opts.Layout)
			}
			if runF != nil {
				return runF(opts)
			}
			return runExport(cmd, f, opts)
		},
	}
	cmd.Flags().StringArrayVarP(&params, "param", "p", nil, "query parameter as name=value, repeatable")
	cmd.Flags().StringVar(&opts.Cypher, "cypher", "", "ad hoc read-only Cypher instead of a saved query")
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "graphml", "export format: "+strings.Join(exportFormats, ", "))
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "output file, - for standard output (csv: a directory, or PREFIX.csv)")
	cmd.Flags().StringVar(&opts.Title, "title", "", "figure title and table caption (default: from the query and its parameters)")
	cmd.Flags().StringArrayVar(&opts.Focus, "focus", nil, "figures: an actor to highlight (name or alias), repeatable; default the query's actor parameters")
	cmd.Flags().StringVar(&opts.Layout, "layout", "", "figure layout engine: "+strings.Join(export.Layouts, ", ")+" (default dot; sfdp above 60 nodes)")
	return cmd
}

// Reads kg export makes besides the query itself.
const (
	cypherExportNodes     = `MATCH (n) WHERE elementId(n) IN $ids RETURN n`
	cypherExportDocuments = `MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.title AS title, d.source AS source, d.published AS published, d.url AS url`
)

func runExport(cmd *cobra.Command, f *Factory, opts *ExportOptions) error {
	ctx := cmd.Context()
	// Bind the query's parameters, resolving actor names.
	text := opts.Cypher
	params := map[string]any{}
	var q *queries.Query
	if opts.Name != "" {
		saved, err := lookupQuery(opts.Name)
		if err != nil {
			return err
		}
		raw := opts.Params
		if _, given := raw["rels"]; !given && saved.HasParam("rels") {
			// A query that returns its events only on request (ego-network)
			// returns them for an export, which draws one edge per event.
			raw = maps.Clone(raw)
			raw["rels"] = "true"
		}
		if params, err = bindQuery(cmd, f, saved, raw); err != nil {
			return err
		}
		text, q = saved.Cypher, &saved
	} else {
		for k, v := range opts.Params {
			params[k] = v
		}
	}
	store, err := f.Store(cmd)
	if err != nil {
		return err
	}

	// Run it and collect the subgraph, fetching endpoints it left out.
	res, err := store.Read(ctx, text, params)
	if err != nil {
		return err
	}
	sub := collectSubgraph(res)
	if len(res.Rows) > 0 && len(sub.Nodes) == 0 && len(sub.Edges) == 0 {
		return fmt.Errorf("export: %s returns no nodes, relationships or paths (columns: %s); use kg query for tables",
			queryLabel(opts), strings.Join(res.Columns, ", "))
	}
	if missing := sub.missingEndpoints(); len(missing) > 0 {
		nres, err := store.Read(ctx, cypherExportNodes, map[string]any{"ids": missing})
		if err != nil {
			return fmt.Errorf("export: endpoints: %w", err)
		}
		for _, row := range nres.Rows {
			sub.add(row[0])
		}
	}
	switch {
	case len(res.Rows) == 0:
		fmt.Fprintf(f.IO.ErrOut, "kg: warning: %s returned nothing; the export is empty\n", queryLabel(opts))
	case len(sub.Edges) == 0:
		fmt.Fprintf(f.IO.ErrOut, "kg: warning: %s returns nodes but no relationships or paths, so the export has no edges (return the relationships too, e.g. collect(r) AS rels)\n", queryLabel(opts))
	}

	g := &export.Graph{Nodes: sub.Nodes, Edges: sub.Edges, Title: opts.Title}
	if q != nil {
		describe(g, *q, params, opts)
	}
	for _, name := range opts.Focus {
		id, err := resolveActor(cmd, f, name)
		if err != nil {
			return fmt.Errorf("--focus: %w", err)
		}
		g.Focus = append(g.Focus, id)
	}
	if opts.Format == "md" || opts.Format == "tex" {
		if g.Documents, err = fetchDocuments(ctx, store, sub.Edges); err != nil {
			return err
		}
	}

	if err := writeExport(ctx, f, g, opts); err != nil {
		return err
	}
	if opts.Out != "-" {
		fmt.Fprintf(f.IO.ErrOut, "kg: exported %d node%s and %d relationship%s to %s\n",
			len(g.Nodes), plural(len(g.Nodes)), len(g.Edges), plural(len(g.Edges)), strings.Join(outPaths(opts), " and "))
	}
	return nil
}

func queryLabel(opts *ExportOptions) string {
	if opts.Name != "" {
		return "query " + opts.Name
	}
	return "the Cypher"
}

// subgraph gathers the distinct nodes and relationships of a result.
type subgraph struct {
	Nodes    []graph.Node
	Edges    []graph.Relationship
	nodeSeen map[string]bool
	edgeSeen map[string]bool
}

// collectSubgraph takes every Node, Relationship and Path in res, also
// inside lists and maps, each once by element id.
func collectSubgraph(res *graph.Result) *subgraph {
	s := &subgraph{nodeSeen: map[string]bool{}, edgeSeen: map[string]bool{}}
	for _, row := range res.Rows {
		for _, v := range row {
			s.add(v)
		}
	}
	return s
}

func (s *subgraph) add(v any) {
	switch x := v.(type) {
	case graph.Node:
		if !s.nodeSeen[x.ElementID] {
			s.nodeSeen[x.ElementID] = true
			s.Nodes = append(s.Nodes, x)
		}
	case graph.Relationship:
		if !s.edgeSeen[x.ElementID] {
			s.edgeSeen[x.ElementID] = true
			s.Edges = append(s.Edges, x)
		}
	case graph.Path:
		for _, n := range x.Nodes {
			s.add(n)
		}
		for _, r := range x.Relationships {
			s.add(r)
		}
	case []any:
		for _, e := range x {
			s.add(e)
		}
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			s.add(x[k])
		}
	}
}

// missingEndpoints are the element ids of relationship endpoints the result
// did not include, sorted.
func (s *subgraph) missingEndpoints() []any {
	want := map[string]bool{}
	for _, r := range s.Edges {
		for _, id := range []string{r.StartID, r.EndID} {
			if !s.nodeSeen[id] {
				want[id] = true
			}
		}
	}
	ids := make([]string, 0, len(want))
	for id := range want {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

// describe fills in the figure title, period and focus from a saved query's
// parameters: actor parameters are the focus, date parameters the period.
func describe(g *export.Graph, q queries.Query, params map[string]any, opts *ExportOptions) {
	names := map[string]string{}
	for _, n := range g.Nodes {
		id, _ := n.Props["id"].(string)
		name, _ := n.Props["name"].(string)
		if id != "" && name != "" {
			names[id] = name
		}
	}
	var actors, others []string
	for _, p := range q.Params {
		v := params[p.Name]
		if v == nil {
			continue
		}
		switch p.Type {
		case "actor":
			id := fmt.Sprint(v)
			g.Focus = append(g.Focus, id)
			name := names[id]
			if name == "" {
				name = opts.Params[p.Name]
			}
			actors = append(actors, name)
		case "date":
			if raw := opts.Params[p.Name]; raw != "" {
				g.From = raw
			}
		case "date-end":
			if raw := opts.Params[p.Name]; raw != "" {
				g.To = raw
			}
		default:
			if raw, given := opts.Params[p.Name]; given && raw != "" {
				others = append(others, p.Name+" "+raw)
			}
		}
	}
	if g.Title != "" {
		return
	}
	title := strings.ReplaceAll(q.Name, "-", " ")
	title = strings.ToUpper(title[:1]) + title[1:]
	if len(actors) > 0 {
		title += ": " + strings.Join(actors, ", ")
	}
	if len(others) > 0 {
		title += " (" + strings.Join(others, "; ") + ")"
	}
	g.Title = title
}

// fetchDocuments reads the documents the events cite, in one query.
func fetchDocuments(ctx context.Context, store *graph.Store, edges []graph.Relationship) (map[string]export.Document, error) {
	seen := map[string]bool{}
	ids := []any{}
	for _, r := range edges {
		if d, ok := r.Props["doc"].(string); ok && d != "" && !seen[d] {
			seen[d] = true
			ids = append(ids, d)
		}
	}
	docs := map[string]export.Document{}
	if len(ids) == 0 {
		return docs, nil
	}
	res, err := store.Read(ctx, cypherExportDocuments, map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("export: documents: %w", err)
	}
	for _, row := range res.Rows {
		str := func(i int) string { s, _ := row[i].(string); return s }
		d := export.Document{ID: str(0), Title: str(1), Source: str(2), Published: str(3), URL: str(4)}
		docs[d.ID] = d
	}
	return docs, nil
}

// outPaths are the files an export writes.
func outPaths(opts *ExportOptions) []string {
	if opts.Format != "csv" {
		return []string{opts.Out}
	}
	if strings.HasSuffix(strings.ToLower(opts.Out), ".csv") {
		prefix := opts.Out[:len(opts.Out)-len(".csv")]
		return []string{prefix + ".nodes.csv", prefix + ".edges.csv"}
	}
	return []string{filepath.Join(opts.Out, "nodes.csv"), filepath.Join(opts.Out, "edges.csv")}
}

// writeExport writes g in opts.Format to opts.Out.
func writeExport(ctx context.Context, f *Factory, g *export.Graph, opts *ExportOptions) error {
	var write func(io.Writer, *export.Graph) error
	switch opts.Format {
	case "graphml":
		write = export.GraphML
	case "gexf":
		write = export.GEXF
	case "json":
		write = export.JSON
	case "dot":
		write = export.DOT
	case "md":
		write = export.Markdown
	case "tex":
		write = export.LaTeX
	case "svg", "png":
		write = func(w io.Writer, g *export.Graph) error {
			return export.Render(ctx, w, g, opts.Format, export.FigureOptions{Layout: opts.Layout})
		}
	case "csv":
		paths := outPaths(opts)
		if !strings.HasSuffix(strings.ToLower(opts.Out), ".csv") {
			if err := os.MkdirAll(opts.Out, 0o755); err != nil {
				return fmt.Errorf("export: %w", err)
			}
		}
		if err := writeFileAtomic(paths[0], g, export.NodesCSV); err != nil {
			return err
		}
		return writeFileAtomic(paths[1], g, export.EdgesCSV)
	}
	if opts.Out == "-" {
		return write(f.IO.Out, g)
	}
	return writeFileAtomic(opts.Out, g, write)
}

// writeFileAtomic renders into memory and then replaces path, so that a
// failed export leaves no partial file behind.
func writeFileAtomic(path string, g *export.Graph, write func(io.Writer, *export.Graph) error) error {
	var buf bytes.Buffer
	if err := write(&buf, g); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	_, werr := tmp.Write(buf.Bytes())
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		_ = os.Chmod(tmp.Name(), 0o644)
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		_ = os.Remove(tmp.Name())
		return fmt.Errorf("export: %w", werr)
	}
	return nil
}
