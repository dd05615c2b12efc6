// Command kggen writes a generated corpus as kg extract would: events JSONL
// and its documents sidecar, so that `kg load` itself can be benchmarked.
//
//	go run ./internal/gen/kggen -n 200000 -out /tmp/gen200k.jsonl
//	bin/kg load /tmp/gen200k.jsonl
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/internal/gen"
)

func main() {
	n := flag.Int("n", 200000, "events to generate")
	out := flag.String("out", "gen.jsonl", "events file; documents go to the same name with .docs.jsonl")
	prefix := flag.String("prefix", "g-", "prefix of every generated id")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if err := run(*n, *out, *prefix, *seed); err != nil {
		fmt.Fprintf(os.Stderr, "kggen: %v\n", err)
		os.Exit(1)
	}
}

func run(n int, out, prefix string, seed uint64) error {
	c := gen.Generate(gen.Options{Events: n, Prefix: prefix, Seed: seed})
	if err := write(out, func(w *extract.EventWriter) error {
		for _, e := range c.Events {
			if err := w.Write(e); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	docs := strings.TrimSuffix(out, ".jsonl") + ".docs.jsonl"
	if err := write(docs, func(w *extract.EventWriter) error {
		for _, d := range c.Documents {
			if err := w.Write(d); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "kggen: %d events in %s, %d documents in %s\n", len(c.Events), out, len(c.Documents), docs)
	return nil
}

func write(path string, fill func(*extract.EventWriter) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	if err := fill(extract.NewEventWriter(bw)); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}
