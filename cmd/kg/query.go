package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/queries"
)

// QueryOptions are kg query's flags and arguments.
type QueryOptions struct {
	Name   string            // a saved query; "" with Cypher
	Cypher string            // ad hoc read-only Cypher
	Params map[string]string // --param k=v
	Format string            // table | csv | json | md
}

func newQueryCmd(f *Factory, runF func(*QueryOptions) error) *cobra.Command {
	opts := &QueryOptions{}
	var params []string
	cmd := &cobra.Command{
		Use:   "query [NAME]",
		Short: "Run a saved report, or ad hoc read-only Cypher, and print the result",
		Long: `Run a saved query (see kg queries) with --param name=value, or ad hoc
Cypher with --cypher. Both run in read transactions; Cypher that would
write is refused. Actor parameters take any name or alias kg knows.`,
		Example: `  kg query dyad-history --param a=Putin --param b="Kim Jong-un"
  kg query relation-over-time --param a=Russia --param b=DPRK --param by=year --format md
  kg query --cypher 'MATCH (n) RETURN count(n) AS n' --format json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if opts.Name, opts.Params, err = queryArgs(args, opts.Cypher, params); err != nil {
				return err
			}
			if !contains(outputFormats, opts.Format) {
				return usageErrorf("--format must be one of %s, not %q", strings.Join(outputFormats, ", "), opts.Format)
			}
			if runF != nil {
				return runF(opts)
			}
			return runQuery(cmd, f, opts)
		},
	}
	cmd.Flags().StringArrayVarP(&params, "param", "p", nil, "query parameter as name=value, repeatable")
	cmd.Flags().StringVar(&opts.Cypher, "cypher", "", "ad hoc read-only Cypher instead of a saved query")
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "table", "output format: table, csv, json or md")
	return cmd
}

// queryArgs checks the choice kg query and kg export share: a saved query
// NAME or --cypher, and --param name=value pairs.
func queryArgs(args []string, cypher string, rawParams []string) (name string, params map[string]string, err error) {
	if len(args) == 1 {
		name = args[0]
	}
	if (name == "") == (cypher == "") {
		return "", nil, usageErrorf("give a saved query NAME or --cypher, not both or neither (kg queries lists the names)")
	}
	params, err = parseParams(rawParams)
	return name, params, err
}

func parseParams(raw []string) (map[string]string, error) {
	out := map[string]string{}
	for _, p := range raw {
		k, v, ok := strings.Cut(p, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, usageErrorf("--param %q: want name=value", p)
		}
		if _, dup := out[k]; dup {
			return nil, usageErrorf("--param %s given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// lookupQuery finds a saved query or says which exist.
func lookupQuery(name string) (queries.Query, error) {
	q, ok := queries.Get(name)
	if !ok {
		return q, usageErrorf("no saved query %q (saved queries: %s)", name, strings.Join(queries.Names(), ", "))
	}
	return q, nil
}

// bindQuery resolves a saved query's parameters, actor names included.
func bindQuery(cmd *cobra.Command, f *Factory, q queries.Query, raw map[string]string) (map[string]any, error) {
	return q.Bind(raw, func(name string) (string, error) { return resolveActor(cmd, f, name) })
}

// resolveActor turns a name or alias into an actor id: the dictionary first,
// then actors in the graph that the dictionary does not know.
func resolveActor(cmd *cobra.Command, f *Factory, name string) (string, error) {
	dict, err := f.Dictionary(cmd)
	if err != nil {
		return "", err
	}
	e, close := dict.Resolve(name)
	if e != nil {
		return e.ID, nil
	}
	store, err := f.Store(cmd)
	if err != nil {
		return "", err
	}
	res, err := store.Read(cmd.Context(),
		`MATCH (a:Actor) WHERE a.id = $x OR toLower(a.name) = toLower($x) OR $x IN a.aliases
		 RETURN a.id AS id ORDER BY a.id LIMIT 1`, map[string]any{"x": strings.TrimSpace(name)})
	if err != nil {
		return "", err
	}
	if len(res.Rows) == 1 {
		if id, ok := res.Rows[0][0].(string); ok {
			return id, nil
		}
	}
	if slug := slugify(name); slug != "" {
		res, err = store.Read(cmd.Context(),
			`MATCH (a:Actor) WHERE a.id STARTS WITH $x OR toLower(a.name) CONTAINS toLower($y)
			 RETURN a.name AS name ORDER BY size(a.name) LIMIT 5`, map[string]any{"x": slug, "y": strings.TrimSpace(name)})
		if err == nil {
			for _, row := range res.Rows {
				if n, ok := row[0].(string); ok && !contains(close, n) {
					close = append(close, n)
				}
			}
		}
	}
	if len(close) > 0 {
		return "", fmt.Errorf("unknown actor %q (not in the dictionary or the graph); did you mean %s?", name, orList(close))
	}
	return "", fmt.Errorf("unknown actor %q: not in the dictionary or the graph (an actor id such as kim-jong-un also works)", name)
}

func runQuery(cmd *cobra.Command, f *Factory, opts *QueryOptions) error {
	text := opts.Cypher
	params := map[string]any{}
	if opts.Name != "" {
		q, err := lookupQuery(opts.Name)
		if err != nil {
			return err
		}
		if params, err = bindQuery(cmd, f, q, opts.Params); err != nil {
			return err
		}
		text = q.Cypher
	} else {
		for k, v := range opts.Params {
			params[k] = v
		}
	}
	store, err := f.Store(cmd)
	if err != nil {
		return err
	}
	res, err := store.Read(cmd.Context(), text, params)
	if errors.Is(err, graph.ErrWriteQuery) {
		// "read: query may write; …: CREATE" → name the clause and the way out.
		clause := err.Error()[strings.LastIndex(err.Error(), ": ")+2:]
		return fmt.Errorf("kg query is read-only and this Cypher would write (%s); change the graph with kg load or kg build", clause)
	}
	if err != nil && strings.Contains(err.Error(), "Neo.ClientError.Statement.AccessMode") {
		// Got past kg's check, stopped by the read transaction.
		return fmt.Errorf("kg query is read-only and the server refused this Cypher as a write; change the graph with kg load or kg build")
	}
	if err != nil {
		return err
	}
	return writeResult(f.IO.Out, res, opts.Format)
}

// orList quotes names and joins them as "a", "b" or "c".
func orList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// slugify lowercases name and joins its letters and digits with hyphens, the
// way actor ids are formed.
func slugify(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}
