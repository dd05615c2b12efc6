package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/extract"
)

// EvalOptions are kg eval's flags and arguments.
type EvalOptions struct {
	Gold    string
	Paths   []string
	Details bool
}

func newEvalCmd(f *Factory, runF func(*EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{}
	cmd := &cobra.Command{
		Use:   "eval --gold FILE PATH...",
		Short: "Score extraction against gold events (precision, recall, F1)",
		Long: `Extract PATH... and score the events against a gold file, exactly as
shared/eval/score.py does. Prints a per-relation table and, last, score.py's
summary line.`,
		Example: `  kg eval --gold ../shared/eval/seeds-gold.jsonl seeds
  kg eval --gold gold.jsonl articles/ --details`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Gold == "" {
				return usageErrorf("--gold FILE is required")
			}
			if runF != nil {
				return runF(opts)
			}
			return runEval(cmd, f, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Gold, "gold", "", "gold events, JSON Lines (see shared/eval/GUIDELINES.md)")
	cmd.Flags().BoolVar(&opts.Details, "details", false, "list missed and spurious events and wrong dates, with their sentences")
	return cmd
}

// readGold reads a gold file; any bad line is an error, since a score over
// part of the gold would mislead.
func readGold(path string) ([]extract.Gold, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gold %s: %s", path, describeFSError(err))
	}
	defer file.Close()
	var gold []extract.Gold
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 64<<10), extract.MaxLineBytes)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var g extract.Gold
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: invalid JSON: %v", path, n, err)
		}
		if g.Doc == "" || len(g.Subject) == 0 || len(g.Object) == 0 || g.Relation == nil {
			return nil, fmt.Errorf("%s:%d: gold line needs doc, subject, relation and object", path, n)
		}
		gold = append(gold, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	return gold, nil
}

func runEval(cmd *cobra.Command, f *Factory, opts *EvalOptions) error {
	gold, err := readGold(opts.Gold)
	if err != nil {
		return err
	}
	var preds []extract.Event
	skipped, err := corpusRun(cmd, f, opts.Paths, 0, func(r extracted) error {
		preds = append(preds, r.Result.Events...)
		return nil
	})
	if err != nil {
		return err
	}
	w := f.IO.Out
	writeRelationTable(w, gold, preds)
	scores, details := extract.Score(gold, preds)
	if opts.Details {
		writeEvalDetails(w, details)
	}
	fmt.Fprintln(w, formatScores(scores))
	if skipped > 0 {
		return fmt.Errorf("%d input(s) skipped, so the score covers only part of the corpus: %w", skipped, errSkipped)
	}
	return nil
}

// formatScores prints score.py's summary line.
func formatScores(s extract.Scores) string {
	return fmt.Sprintf("strict_f1=%.3f f1=%.3f p=%.3f r=%.3f date_acc=%.3f modality_acc=%.3f tp=%d fp=%d fn=%d",
		s.StrictF1, s.F1, s.P, s.R, s.DateAcc, s.ModalityAcc, s.TP, s.FP, s.FN)
}

// writeRelationTable scores each relation on its own: the gold lines that
// accept it against the predictions of it.
func writeRelationTable(w io.Writer, gold []extract.Gold, preds []extract.Event) {
	fmt.Fprintf(w, "%-22s %5s %5s %5s %4s %4s %4s %6s %6s %6s %9s\n",
		"relation", "gold", "pred", "tp", "fp", "fn", "", "p", "r", "f1", "strict_f1")
	for _, rel := range extract.Relations {
		var g []extract.Gold
		var p []extract.Event
		for _, x := range gold {
			if contains(x.Relations(), rel.Name) {
				g = append(g, x)
			}
		}
		for _, x := range preds {
			if x.Relation == rel.Name {
				p = append(p, x)
			}
		}
		if len(g) == 0 && len(p) == 0 {
			continue
		}
		s, _ := extract.Score(g, p)
		fmt.Fprintf(w, "%-22s %5d %5d %5d %4d %4d %4s %6.3f %6.3f %6.3f %9.3f\n",
			rel.Name, len(g), len(p), s.TP, s.FP, s.FN, "", s.P, s.R, s.F1, s.StrictF1)
	}
}

func writeEvalDetails(w io.Writer, d extract.ScoreDetails) {
	for _, g := range d.Missed {
		date := "null"
		if g.Date != nil {
			date = *g.Date
		}
		fmt.Fprintf(w, "MISSED   %s %s %s %s %s | %s\n", g.Doc, g.Subject[0], strings.Join(g.Relations(), "|"), g.Object[0], date, g.Evidence)
	}
	for _, e := range d.Spurious {
		fmt.Fprintf(w, "SPURIOUS %s %s %s %s %s | %s\n", e.Doc, e.Subject.Name, e.Relation, e.Object.Name, orNull(e.Date), e.Text)
	}
	for _, wd := range d.WrongDate {
		date := "null"
		if wd.Gold.Date != nil {
			date = *wd.Gold.Date
		}
		fmt.Fprintf(w, "DATE     %s %s %s %s gold %s got %s | %s\n", wd.Gold.Doc, wd.Gold.Subject[0], strings.Join(wd.Gold.Relations(), "|"), wd.Gold.Object[0], date, orNull(wd.Got), wd.Gold.Evidence)
	}
}

func orNull(s string) string {
	if s == "" {
		return "null"
	}
	return s
}
