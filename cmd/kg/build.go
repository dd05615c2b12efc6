package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/graph"
)

// BuildOptions are kg build's flags and arguments.
type BuildOptions struct {
	Paths       []string
	Workers     int // extraction workers; 0 = configuration
	BatchSize   int
	LoadWorkers int
}

func newBuildCmd(f *Factory, runF func(*BuildOptions) error) *cobra.Command {
	opts := &BuildOptions{}
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Extract events from articles and load them into Neo4j, then print the graph's counts",
		Example: `  kg build seeds
  NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io kg build ~/news/2019`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return runBuild(cmd, f, opts)
		},
	}
	cmd.Flags().IntVar(&opts.Workers, "workers", 0, "documents extracted concurrently (default: number of cores)")
	addLoadFlags(cmd, &opts.BatchSize, &opts.LoadWorkers)
	return cmd
}

func runBuild(cmd *cobra.Command, f *Factory, opts *BuildOptions) error {
	// Connect first: a wrong password should not cost a whole extraction.
	store, err := f.Store(cmd)
	if err != nil {
		return err
	}
	var b graph.Batch
	skipped, err := corpusRun(cmd, f, opts.Paths, opts.Workers, func(r extracted) error {
		b.Documents = append(b.Documents, documentRecord(r))
		b.Events = append(b.Events, r.Result.Events...)
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(f.IO.ErrOut, "kg: extracted %d events from %d documents\n", len(b.Events), len(b.Documents))
	if len(b.Documents) > 0 {
		// A build is the whole extraction of these documents, so their
		// stored events are replaced: an improved extractor or dictionary
		// leaves no stale events behind.
		if err := loadBatch(cmd, f, &b, opts.BatchSize, opts.LoadWorkers, true); err != nil {
			return err
		}
	}
	sum, err := store.Summary(cmd.Context())
	if err != nil {
		return err
	}
	printSummary(f.IO.Out, sum)
	if skipped > 0 {
		return fmt.Errorf("%d input(s) skipped: %w", skipped, errSkipped)
	}
	return nil
}
