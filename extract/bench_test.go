package extract

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"

	"github.com/kgraph/kg/internal/textgen"
)

// benchCorpus is a corpus held in memory: the documents, their bytes as
// files (front matter included) and their sentences as Extract counts them.
type benchCorpus struct {
	docs      []Document
	bytes     int64
	sentences int
}

// seedsCorpus repeats the seed articles copies times with distinct ids.
func seedsCorpus(tb testing.TB, copies int) benchCorpus {
	tb.Helper()
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	idLine := regexp.MustCompile(`(?m)^id: (.*)$`)
	var texts []string
	for c := 0; c < copies; c++ {
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			texts = append(texts, idLine.ReplaceAllString(string(data), fmt.Sprintf("id: ${1}-%03d", c)))
		}
	}
	return newBenchCorpus(tb, texts)
}

// generatedCorpus is about total bytes of textgen articles of 6 kB.
func generatedCorpus(tb testing.TB, total int) benchCorpus {
	tb.Helper()
	var texts []string
	for _, a := range textgen.New(1).Corpus(total, 6000) {
		texts = append(texts, a.Text)
	}
	return newBenchCorpus(tb, texts)
}

func newBenchCorpus(tb testing.TB, texts []string) benchCorpus {
	tb.Helper()
	var c benchCorpus
	for i, t := range texts {
		doc, err := ParseDocument(fmt.Sprintf("doc%d.txt", i), []byte(t))
		if err != nil {
			tb.Fatal(err)
		}
		c.docs = append(c.docs, doc)
		c.bytes += int64(len(t))
		c.sentences += countSentences(doc.Body)
	}
	return c
}

// countSentences counts the sentences Extract reads in body.
func countSentences(body string) int {
	n := 0
	for _, l := range splitLines(body) {
		if l.class == lineBoilerplate {
			continue
		}
		for _, s := range splitSentences(tokenize(body, skipDateline(body, l.start, l.end), l.end)) {
			if len(s) > 0 {
				n++
			}
		}
	}
	return n
}

// BenchmarkExtract measures kg's extraction against prose's full pipeline on
// the same text: the seeds repeated with distinct ids, and generated
// articles. kg runs through ExtractAll, the worker pool kg extract uses,
// with one worker and with one per core; prose runs prose.NewDocument with
// its default options (tokenise, segment, tag, NER; its model loaded per
// document) and, fairer to it, with its model built once. Run with
// GOMAXPROCS=1 for the one-core figure.
func BenchmarkExtract(b *testing.B) {
	x := MustExtractor(b)
	corpora := []struct {
		name string
		c    benchCorpus
	}{
		{"seeds", seedsCorpus(b, 4)},
		{"generated", generatedCorpus(b, 128<<10)},
	}
	// Models are loaded once per process, outside the timings.
	model := proseModel()
	x.Extract(corpora[0].c.docs[0])
	// report adds sentences per second and, because wall-clock figures on a
	// shared machine depend on the other load, megabytes per CPU-second of
	// the whole process (garbage collection included): on an otherwise quiet
	// machine, with one worker, that is the one-core MB/s.
	report := func(b *testing.B, c benchCorpus, cpu0 time.Duration) {
		b.ReportMetric(float64(c.sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
		if cpu1, ok := processCPU(); ok && cpu1 > cpu0 {
			b.ReportMetric(float64(c.bytes)*float64(b.N)/1e6/(cpu1-cpu0).Seconds(), "MB/cpu-s")
		}
	}
	for _, cc := range corpora {
		c := cc.c
		workers := []int{1}
		if n := runtime.GOMAXPROCS(0); n > 1 {
			workers = append(workers, n)
		}
		for _, w := range workers {
			b.Run(fmt.Sprintf("%s/kg/workers=%d", cc.name, w), func(b *testing.B) {
				b.SetBytes(c.bytes)
				cpu0, _ := processCPU()
				load := func(i int) (Document, error) { return c.docs[i], nil }
				emit := func(Outcome) error { return nil }
				for b.Loop() {
					if err := x.ExtractAll(context.Background(), len(c.docs), w, load, emit); err != nil {
						b.Fatal(err)
					}
				}
				report(b, c, cpu0)
			})
		}
		b.Run(cc.name+"/prose/shared-model", func(b *testing.B) {
			b.SetBytes(c.bytes)
			cpu0, _ := processCPU()
			for b.Loop() {
				for _, d := range c.docs {
					if _, err := prose.NewDocument(d.Body, prose.UsingModel(model)); err != nil {
						b.Fatal(err)
					}
				}
			}
			report(b, c, cpu0)
		})
		b.Run(cc.name+"/prose/default", func(b *testing.B) {
			if testing.Short() {
				b.Skip("prose's default options reload its model per document; slow")
			}
			b.SetBytes(c.bytes)
			cpu0, _ := processCPU()
			for b.Loop() {
				for _, d := range c.docs {
					if _, err := prose.NewDocument(d.Body); err != nil {
						b.Fatal(err)
					}
				}
			}
			report(b, c, cpu0)
		})
	}
}

// TestSeedsCorpus_IDsDistinct checks the benchmark corpus: repeated seeds
// keep their text but not their ids.
func TestSeedsCorpus_IDsDistinct(t *testing.T) {
	c := seedsCorpus(t, 3)
	seen := map[string]bool{}
	for _, d := range c.docs {
		if seen[d.ID] || !strings.Contains(d.ID, "_") {
			t.Fatalf("id %q repeated or malformed", d.ID)
		}
		seen[d.ID] = true
	}
	if c.sentences == 0 || c.bytes == 0 {
		t.Fatalf("corpus has %d sentences, %d bytes", c.sentences, c.bytes)
	}
}
