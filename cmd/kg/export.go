package main

import (
	"github.com/spf13/cobra"
)

// ExportOptions are kg export's flags and arguments.
type ExportOptions struct {
	Name   string
	Params map[string]string
	Format string
	Out    string
}

func newExportCmd(f *Factory, runF func(*ExportOptions) error) *cobra.Command {
	opts := &ExportOptions{}
	var params []string
	cmd := &cobra.Command{
		Use:     "export NAME --format F --out PATH",
		Short:   "Export the subgraph a saved query returns, for papers and graph tools",
		Example: `  kg export ego-network --param actor=Putin --format graphml --out putin.graphml`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			var err error
			if opts.Params, err = parseParams(params); err != nil {
				return err
			}
			if opts.Out == "" {
				return usageErrorf("--out PATH is required")
			}
			if runF != nil {
				return runF(opts)
			}
			return runExport(cmd, f, opts)
		},
	}
	cmd.Flags().StringArrayVarP(&params, "param", "p", nil, "query parameter as name=value, repeatable")
	cmd.Flags().StringVar(&opts.Format, "format", "graphml", "export format")
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "output file (or directory for csv)")
	return cmd
}

func runExport(cmd *cobra.Command, f *Factory, opts *ExportOptions) error {
	return usageErrorf("export: not implemented yet")
}
