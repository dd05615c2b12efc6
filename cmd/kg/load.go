package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/graph"
)

// LoadOptions are kg load's flags and arguments.
type LoadOptions struct {
	Files     []string
	BatchSize int  // 0 = configuration (default 5000)
	Workers   int  // 0 = configuration (default 2)
	Replace   bool // replace the stored events of every document loaded
}

func newLoadCmd(f *Factory, runF func(*LoadOptions) error) *cobra.Command {
	opts := &LoadOptions{}
	cmd := &cobra.Command{
		Use:   "load EVENTS.jsonl...",
		Short: "Load extracted events into Neo4j",
		Long: `Load event JSONL files (written by kg extract) into Neo4j. A documents
sidecar beside each file (events.docs.jsonl for events.jsonl) supplies
document titles, sources and mentions. Loading the same files again changes
nothing; an interrupted load is completed by running it again. A document
whose text changed (another sha256) has its old events replaced; --replace
replaces the events of every document in the files, e.g. after upgrading kg.`,
		Example: `  kg extract seeds --out events.jsonl && kg load events.jsonl
  kg load --batch-size 10000 --load-workers 2 archive-*.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if opts.BatchSize < 0 || opts.Workers < 0 {
				return usageErrorf("--batch-size and --load-workers must be positive")
			}
			if runF != nil {
				return runF(opts)
			}
			return runLoad(cmd, f, opts)
		},
	}
	addLoadFlags(cmd, &opts.BatchSize, &opts.Workers)
	cmd.Flags().BoolVar(&opts.Replace, "replace", false, "replace the stored events of every document in the files, not only of changed ones")
	return cmd
}

func addLoadFlags(cmd *cobra.Command, batch, workers *int) {
	cmd.Flags().IntVar(batch, "batch-size", 0, "events per transaction (default 5000; env KG_LOAD_BATCH_SIZE)")
	cmd.Flags().IntVar(workers, "load-workers", 0, "concurrent write transactions (default 2; env KG_LOAD_WORKERS)")
}

func runLoad(cmd *cobra.Command, f *Factory, opts *LoadOptions) error {
	warn := func(msg string) { fmt.Fprintf(f.IO.ErrOut, "kg: warning: %s\n", oneLine(msg)) }
	var b graph.Batch
	skipped := 0
	for _, path := range opts.Files {
		n, bad, err := readEventFile(path, &b, warn)
		switch {
		case err != nil:
			warn(err.Error())
			skipped++
			continue
		case bad > 0:
			skipped++
		}
		_ = n
	}
	if len(b.Events) == 0 && len(b.Documents) == 0 {
		if skipped > 0 {
			return fmt.Errorf("nothing to load: %d input(s) skipped", skipped)
		}
		return fmt.Errorf("nothing to load in %s", strings.Join(opts.Files, ", "))
	}
	if err := loadBatch(cmd, f, &b, opts.BatchSize, opts.Workers, opts.Replace); err != nil {
		return err
	}
	if skipped > 0 {
		return fmt.Errorf("%d input file(s) had bad lines or could not be read: %w", skipped, errSkipped)
	}
	return nil
}

// readEventFile appends one events file (and its documents sidecar, when
// present) to b. Bad lines are warned about and counted.
func readEventFile(path string, b *graph.Batch, warn func(string)) (events, bad int, err error) {
	file, err := openInput(path)
	if err != nil {
		return 0, 0, fmt.Errorf("%s: %s", path, describeFSError(err))
	}
	defer file.Close()
	onBad := func(le *extract.LineError) { warn(le.Error()); bad++ }
	err = extract.ReadEvents(file, path, func(e extract.Event) error {
		b.Events = append(b.Events, e)
		events++
		return nil
	}, onBad)
	if err != nil {
		return events, bad, err
	}
	if events == 0 && bad == 0 {
		return 0, 0, fmt.Errorf("%s: no events in file", path)
	}
	side := docsPath(path)
	dfile, err := openInput(side)
	if errors.Is(err, os.ErrNotExist) {
		return events, bad, nil
	} else if err != nil {
		return events, bad, fmt.Errorf("%s: %s", side, describeFSError(err))
	}
	defer dfile.Close()
	err = extract.ReadDocumentRecords(dfile, side, func(d extract.DocumentRecord) error {
		b.Documents = append(b.Documents, d)
		return nil
	}, onBad)
	return events, bad, err
}

// loadBatch writes b to Neo4j with progress on a terminal and a one-line
// summary on stderr.
//
// With replace, every document in b has its stored events replaced by b's;
// otherwise only documents whose sha256 changed do.
func loadBatch(cmd *cobra.Command, f *Factory, b *graph.Batch, batchSize, workers int, replace bool) error {
	cfg, err := f.Config(cmd)
	if err != nil {
		return err
	}
	if batchSize == 0 {
		batchSize = cfg.Load.BatchSize
	}
	if workers == 0 {
		workers = cfg.Load.Workers
	}
	if b.Dict == nil {
		if b.Dict, err = f.Dictionary(cmd); err != nil {
			return err
		}
	}
	store, err := f.Store(cmd)
	if err != nil {
		return err
	}
	if err := store.EnsureSchema(cmd.Context()); err != nil {
		return err
	}
	p := newProgress(f.IO.ErrOut, f.IO.ErrTTY, "loading", "events")
	sp := newProgress(f.IO.ErrOut, f.IO.ErrTTY, "summarising", "subjects")
	stats, err := store.Load(cmd.Context(), *b, graph.LoadOptions{
		BatchSize: batchSize, Workers: workers, ReplaceAll: replace,
		Progress:        p.update,
		SummaryProgress: func(done, total int) { p.done(); sp.update(done, total) },
	})
	p.done()
	sp.done()
	if err != nil {
		return fmt.Errorf("%w (events committed so far are kept; run the same command again to finish)", err)
	}
	// A rate is only worth printing for a load long enough to measure one.
	rate := ""
	if s := stats.Elapsed.Seconds(); s >= 1 && stats.Events >= 1000 {
		rate = fmt.Sprintf(" (%.0f events/s)", float64(stats.Events)/s)
	}
	fmt.Fprintf(f.IO.ErrOut, "kg: loaded %d events, %d actors, %d documents in %s%s\n",
		stats.Events, stats.Actors, stats.Documents, stats.Elapsed.Round(time.Millisecond), rate)
	return nil
}

// progress draws "loading 12000/200000 events  24000 events/s  ETA 8s" on a
// terminal, redrawing at most ten times a second; elsewhere it is silent.
type progress struct {
	w     io.Writer
	tty   bool
	label string
	unit  string // "events"
	start time.Time
	last  time.Time
	drawn bool
}

func newProgress(w io.Writer, tty bool, label, unit string) *progress {
	return &progress{w: w, tty: tty, label: label, unit: unit}
}

func (p *progress) update(done, total int) {
	if !p.tty {
		return
	}
	now := time.Now()
	if p.start.IsZero() {
		p.start = now
	}
	if now.Sub(p.last) < 100*time.Millisecond && done < total {
		return
	}
	p.last = now
	el := now.Sub(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(done) / el
	}
	eta := "?"
	if rate > 0 {
		eta = (time.Duration(float64(total-done)/rate) * time.Second).Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "\r\033[K%s %d/%d %s  %.0f %s/s  ETA %s", p.label, done, total, p.unit, rate, p.unit, eta)
	p.drawn = true
}

// done clears the line drawn last, if any.
func (p *progress) done() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}

// printSummary writes the graph's counts: documents, actors, events per relation.
func printSummary(w io.Writer, s graph.Summary) {
	fmt.Fprintf(w, "documents  %d\nactors     %d\nevents     %d\n", s.Documents, s.Actors, s.Events)
	rels := make([]string, 0, len(s.ByRelation))
	for r := range s.ByRelation {
		rels = append(rels, r)
	}
	sort.Strings(rels)
	for _, r := range rels {
		if s.ByRelation[r] == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-22s %d\n", r, s.ByRelation[r])
	}
}
