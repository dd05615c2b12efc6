package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/extract"
)

// ExtractOptions are kg extract's flags and arguments.
type ExtractOptions struct {
	Paths   []string
	Out     string // "" = stdout
	Format  string // jsonl | csv
	Explain bool
	Workers int // 0 = configuration (default: number of cores)
}

func newExtractCmd(f *Factory, runF func(*ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract events from articles (.txt/.md files or directories)",
		Example: `  kg extract seeds > events.jsonl
  kg extract seeds --out events.jsonl      # also writes events.docs.jsonl
  kg extract article.txt --format csv
  kg extract seeds --explain`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Format != "jsonl" && opts.Format != "csv" {
				return usageErrorf("--format must be jsonl or csv, not %q", opts.Format)
			}
			if opts.Explain && opts.Format != "jsonl" {
				return usageErrorf("--explain works with --format jsonl")
			}
			if runF != nil {
				return runF(opts)
			}
			return runExtract(cmd, f, opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "write events to this file (and documents to FILE's .docs.jsonl) instead of stdout")
	cmd.Flags().StringVar(&opts.Format, "format", "jsonl", "output format: jsonl or csv")
	cmd.Flags().BoolVar(&opts.Explain, "explain", false, "add each event's rule, trigger and mentions (as an \"explain\" field)")
	cmd.Flags().IntVar(&opts.Workers, "workers", 0, "documents extracted concurrently (default: number of cores)")
	return cmd
}

// docsPath is the documents sidecar beside an events file.
func docsPath(events string) string {
	base := strings.TrimSuffix(events, ".jsonl")
	base = strings.TrimSuffix(base, ".csv")
	return base + ".docs.jsonl"
}

// newExtractor builds the extractor from the configured dictionaries.
func newExtractor(cmd *cobra.Command, f *Factory) (*extract.Extractor, *Config, error) {
	cfg, err := f.Config(cmd)
	if err != nil {
		return nil, nil, err
	}
	dict, err := f.Dictionary(cmd)
	if err != nil {
		return nil, nil, err
	}
	x, err := extract.New(dict, extract.Options{})
	if err != nil {
		return nil, nil, err
	}
	return x, cfg, nil
}

// corpusRun extracts every document under paths, calling emit for each good
// one in input order. A bad file gets one warning line and is skipped; the
// returned skipped count says how many.
func corpusRun(cmd *cobra.Command, f *Factory, paths []string, workers int, emit func(extracted) error) (skipped int, err error) {
	x, cfg, err := newExtractor(cmd, f)
	if err != nil {
		return 0, err
	}
	if workers == 0 {
		workers = cfg.Extract.Workers
	}
	warn := func(msg string) { fmt.Fprintf(f.IO.ErrOut, "kg: warning: %s\n", oneLine(msg)) }
	files, skipped := listInputs(paths, warn)
	if len(files) == 0 && skipped == 0 {
		return 0, fmt.Errorf("no .txt or .md files under %s", strings.Join(paths, ", "))
	}
	done := 0
	err = extractFiles(cmd.Context(), x, files, workers, cfg.Extract.MaxFileBytes, func(r extracted) error {
		if r.Err != nil {
			warn(r.Err.Error())
			skipped++
			return nil
		}
		for _, fail := range r.Result.Failures {
			warn(fmt.Sprintf("%s:%d: %v", r.File.Path, fail.Line, fail))
		}
		done++
		return emit(r)
	})
	if err == nil && done == 0 {
		err = fmt.Errorf("nothing to extract: every input was skipped")
	}
	return skipped, err
}

func runExtract(cmd *cobra.Command, f *Factory, opts *ExtractOptions) error {
	out := f.IO.Out
	var docs *extract.EventWriter
	if opts.Out != "" {
		file, err := os.Create(opts.Out)
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		defer file.Close()
		bw := bufio.NewWriter(file)
		defer bw.Flush()
		out = bw
		dfile, err := os.Create(docsPath(opts.Out))
		if err != nil {
			return fmt.Errorf("extract: %w", err)
		}
		defer dfile.Close()
		dbw := bufio.NewWriter(dfile)
		defer dbw.Flush()
		docs = extract.NewEventWriter(dbw)
	}
	write := newEventSink(out, opts.Format)
	var nDocs, nEvents int
	skipped, err := corpusRun(cmd, f, opts.Paths, opts.Workers, func(r extracted) error {
		nDocs++
		for i, e := range r.Result.Events {
			var ex *extract.Explanation
			if opts.Explain && i < len(r.Result.Explanations) {
				ex = &r.Result.Explanations[i]
			}
			if err := write(e, ex); err != nil {
				return fmt.Errorf("extract: %w", err)
			}
			nEvents++
		}
		if docs != nil {
			return docs.Write(documentRecord(r))
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := write(extract.Event{}, nil); err != nil { // flush
		return fmt.Errorf("extract: %w", err)
	}
	if opts.Out != "" {
		fmt.Fprintf(f.IO.ErrOut, "kg: %d events from %d documents written to %s (documents: %s)\n", nEvents, nDocs, opts.Out, docsPath(opts.Out))
	}
	if skipped > 0 {
		return fmt.Errorf("%d input(s) skipped: %w", skipped, errSkipped)
	}
	return nil
}

// csvHeader is the column list of kg extract --format csv.
var csvHeader = []string{"id", "doc", "sentence", "span_start", "span_end",
	"subject_id", "subject_name", "subject_kind", "subject_mention", "relation",
	"object_id", "object_name", "object_kind", "object_mention",
	"date", "precision", "date_source", "modality", "place", "confidence", "rule", "cameo", "goldstein", "text"}

// newEventSink returns a function writing one event; a zero event flushes.
func newEventSink(w io.Writer, format string) func(extract.Event, *extract.Explanation) error {
	if format == "csv" {
		cw := csv.NewWriter(w)
		header := false
		return func(e extract.Event, _ *extract.Explanation) error {
			if !header {
				header = true
				if err := cw.Write(csvHeader); err != nil {
					return err
				}
			}
			if e.ID == "" {
				cw.Flush()
				return cw.Error()
			}
			return cw.Write([]string{e.ID, e.Doc, strconv.Itoa(e.Sentence), strconv.Itoa(e.Span[0]), strconv.Itoa(e.Span[1]),
				e.Subject.ID, e.Subject.Name, e.Subject.Kind, e.Subject.Mention, e.Relation,
				e.Object.ID, e.Object.Name, e.Object.Kind, e.Object.Mention,
				e.Date, e.Precision, e.DateSource, e.Modality, e.Place,
				strconv.FormatFloat(e.Confidence, 'f', -1, 64), e.Rule, e.CAMEO,
				strconv.FormatFloat(e.Goldstein, 'f', -1, 64), e.Text})
		}
	}
	enc := extract.NewEventWriter(w)
	return func(e extract.Event, ex *extract.Explanation) error {
		if e.ID == "" {
			return nil
		}
		if ex != nil {
			// Event has its own MarshalJSON, so splice the explanation in.
			eb, err := json.Marshal(e)
			if err != nil {
				return err
			}
			xb, err := json.Marshal(ex)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(w, "%s,\"explain\":%s}\n", eb[:len(eb)-1], xb)
			return err
		}
		return enc.Write(e)
	}
}
