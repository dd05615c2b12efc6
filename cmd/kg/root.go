package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
)

// Exit codes, documented in the README.
const (
	exitOK      = 0
	exitError   = 1 // the command failed
	exitUsage   = 2 // bad flags or arguments
	exitPartial = 3 // the command ran, but some inputs were skipped
)

// errSkipped reports that some inputs were skipped after a warning each; the
// work on the others was done.
var errSkipped = errors.New("some inputs were skipped")

// usageError marks a mistake in the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usageErrorf(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// Factory opens kg's dependencies lazily, so that kg extract never reads
// Neo4j settings or dials the server.
type Factory struct {
	IO         *IOStreams
	configPath *string
	flags      func() *cobra.Command

	cfgOnce sync.Once
	cfg     *Config
	cfgErr  error

	dictOnce sync.Once
	dict     *extract.Dictionary
	dictErr  error

	store *graph.Store
}

// Config reads the configuration once, from the flags of the running command.
func (f *Factory) Config(cmd *cobra.Command) (*Config, error) {
	f.cfgOnce.Do(func() { f.cfg, f.cfgErr = loadConfig(cmd.Flags(), *f.configPath) })
	return f.cfg, f.cfgErr
}

// Dictionary loads the embedded actor dictionary plus the configured extras.
func (f *Factory) Dictionary(cmd *cobra.Command) (*extract.Dictionary, error) {
	f.dictOnce.Do(func() {
		cfg, err := f.Config(cmd)
		if err != nil {
			f.dictErr = err
			return
		}
		f.dict, f.dictErr = extract.LoadDictionary(cfg.Dictionary...)
	})
	return f.dict, f.dictErr
}

// Store connects to Neo4j on first use.
func (f *Factory) Store(cmd *cobra.Command) (*graph.Store, error) {
	if f.store != nil {
		return f.store, nil
	}
	cfg, err := f.Config(cmd)
	if err != nil {
		return nil, err
	}
	if err := promptPassword(f.IO, &cfg.Neo4j); err != nil {
		return nil, err
	}
	s, err := graph.Open(cmd.Context(), graph.Config{
		URI: cfg.Neo4j.URI, Username: cfg.Neo4j.Username,
		Password: cfg.Neo4j.Password, Database: cfg.Neo4j.Database,
		// A transaction cut by a lost connection, a deadlock or a restart
		// is retried with backoff for up to a minute.
		MaxRetryTime: graph.DefaultMaxRetryTime,
	})
	if err != nil {
		return nil, err
	}
	f.store = s
	return s, nil
}

func (f *Factory) close(ctx context.Context) {
	if f.store != nil {
		_ = f.store.Close(ctx)
	}
}

// newRootCmd builds the command tree.
func newRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "kg",
		Short: "Build a knowledge graph of international relations from news text",
		Long: `kg extracts (actor, relation, actor, date) events from news articles,
loads them into Neo4j, and runs saved reports and exports over the graph.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(f.configPath, "config", "", "configuration file (default ./kg.yaml; env KG_CONFIG)")
	pf.String("neo4j-uri", "", "Neo4j URI (env NEO4J_URI; default "+defaultURI+")")
	pf.String("neo4j-user", "", "Neo4j user name (env NEO4J_USERNAME; default "+defaultUser+")")
	pf.String("neo4j-database", "", "Neo4j database (env NEO4J_DATABASE; default the server's)")
	pf.StringSlice("dictionary", nil, "extra actor dictionary YAML file, repeatable (env KG_DICTIONARY)")

	root.AddCommand(
		newExtractCmd(f, nil),
		newLoadCmd(f, nil),
		newBuildCmd(f, nil),
		newQueryCmd(f, nil),
		newQueriesCmd(f, nil),
		newExportCmd(f, nil),
		newEvalCmd(f, nil),
	)
	return root
}

// run executes kg with args and returns the exit code. It is the one place
// where errors are printed, as a single line.
func run(ctx context.Context, args []string, io *IOStreams) int {
	var configPath string
	return runFactory(ctx, &Factory{IO: io, configPath: &configPath}, args)
}

// runFactory runs the command tree over f; tests use it to hand kg a Store of
// their own (f.store), e.g. with a short retry window.
func runFactory(ctx context.Context, f *Factory, args []string) int {
	io := f.IO
	root := newRootCmd(f)
	root.SetArgs(args)
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	err := root.ExecuteContext(ctx)
	f.close(context.Background())
	if err == nil {
		return exitOK
	}
	if errors.Is(err, errSkipped) {
		fmt.Fprintf(io.ErrOut, "kg: %v\n", err)
		return exitPartial
	}
	fmt.Fprintf(io.ErrOut, "kg: %s\n", oneLine(err.Error()))
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		return exitUsage
	}
	return exitError
}

// isCobraUsage recognises the argument errors cobra returns without a hook.
func isCobraUsage(err error) bool {
	s := err.Error()
	return strings.HasPrefix(s, "unknown command") || strings.HasPrefix(s, "accepts ") ||
		strings.HasPrefix(s, "requires at least") || strings.HasPrefix(s, "unknown flag") ||
		strings.HasPrefix(s, "unknown shorthand flag")
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
