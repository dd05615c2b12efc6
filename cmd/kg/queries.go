package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/queries"
)

func newQueriesCmd(f *Factory, runF func() error) *cobra.Command {
	return &cobra.Command{
		Use:     "queries",
		Short:   "List the saved queries with their parameters",
		Example: `  kg queries`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF()
			}
			return runQueries(f)
		},
	}
}

func runQueries(f *Factory) error {
	w := f.IO.Out
	for i, q := range queries.All() {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s\n  %s\n", q.Name, q.Description)
		for _, p := range q.Params {
			def := "required"
			if p.HasDefault {
				def = fmt.Sprintf("default %q", p.Default)
			}
			switch {
			case p.HasRange:
				def += fmt.Sprintf(", %d to %d", p.Min, p.Max)
			case len(p.Values) > 0:
				def += ", one of " + p.Constraint()
			}
			desc := ""
			if p.Description != "" {
				desc = " - " + p.Description
			}
			fmt.Fprintf(w, "  --param %s=<%s> (%s)%s\n", p.Name, p.Type, def, desc)
		}
	}
	return nil
}
