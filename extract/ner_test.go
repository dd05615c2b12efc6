package extract

import (
	"reflect"
	"testing"

	"github.com/jdkato/prose/v2"
)

// TestNER_SameAsProse: the reimplemented recogniser finds the same entities
// as prose.NewDocument on every sentence of the seeds and of generated text.
func TestNER_SameAsProse(t *testing.T) {
	if _, err := proseClassifier(); err != nil {
		t.Fatal(err)
	}
	corpora := []benchCorpus{seedsCorpus(t, 1), generatedCorpus(t, 60<<10)}
	// Sentences whose tokens prose shares (a span repeated, the last one
	// not), with quotes, contractions, odd spaces and non-ASCII letters.
	var odd []string
	for _, s := range []string{
		"Xi Jinping praised Chinese President Xi Jinping on Friday.",
		"NATO held talks with NATO on Tuesday, NATO said NATO",
		"\u201cWe won\u2019t go,\u201d said Hans Mueller, and Hans Mueller\u2019s aide Maria Kowalski agreed.",
		"Kim Jong Un  met\tMoon Jae-in in Panmunjom ... Kim Jong Un smiled :) and Moon Jae-in didn't.",
		"U.S. Secretary of State Mike Pompeo met Kim Yong Chol (left) in New York; Pompeo said: \"Good talks.\"",
		"Sergey Lavrov visited Pyongyang. Sergey Lavrov visited Pyongyang",
		"José Müller-Lüdenscheidt and Łukasz Żuławski met Ōsaka officials at 10 a.m. on Jan. 5, 2019.",
		"The O'Neill-led group &rsquo;s report cited Dr. Smith, Ph.D., and Mr. Jones Jr. twice: Dr. Smith, Mr. Jones Jr.",
	} {
		odd = append(odd, "---\nid: odd\n---\n"+s+"\n")
	}
	corpora = append(corpora, newBenchCorpus(t, odd))
	n, withEntities, fallbacks := 0, 0, 0
	for _, c := range corpora {
		for _, d := range c.docs {
			body := d.Body
			for _, l := range splitLines(body) {
				for _, s := range splitSentences(tokenize(body, l.start, l.end)) {
					if len(s) == 0 {
						continue
					}
					text := body[s[0].start:s[len(s)-1].end]
					doc, err := prose.NewDocument(text, prose.UsingModel(proseModel()), prose.WithSegmentation(false))
					if err != nil {
						t.Fatal(err)
					}
					want := doc.Entities()
					toks, _ := prose.NewDocument(text, prose.UsingModel(proseModel()), prose.WithSegmentation(false), prose.WithExtraction(false))
					if _, ok := proseAliases(text, toks.Tokens()); !ok {
						fallbacks++
					}
					got, err := proseEntities(text)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%q:\n got %v\nwant %v", text, got, want)
					}
					n++
					if len(want) > 0 {
						withEntities++
					}
				}
			}
		}
	}
	if n < 100 || withEntities < 50 {
		t.Errorf("only %d sentences, %d with entities", n, withEntities)
	}
	// prose drops tokens in a few final spans ("didn't." -> "did"); those
	// sentences go to prose's own recogniser, which must stay rare
	if fallbacks*100 > n {
		t.Errorf("%d of %d sentences fell back to prose's own recogniser", fallbacks, n)
	}
	t.Logf("%d sentences, %d with entities", n, withEntities)
}

// FuzzNER_SameAsProse: on any text, the reimplemented recogniser finds
// prose's entities (or prose panics too).
func FuzzNER_SameAsProse(f *testing.F) {
	for _, s := range []string{"Xi Jinping met Xi Jinping.", "NATO and NATO", "\u201cHi,\u201d said Hans Mueller's aide didn't.", "a  b\t\nc :) a"} {
		f.Add(s)
	}
	model := proseModel()
	if _, err := proseClassifier(); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want, wantPanic := func() (ents []prose.Entity, panicked bool) {
			defer func() { panicked = recover() != nil }()
			doc, err := prose.NewDocument(text, prose.UsingModel(model), prose.WithSegmentation(false))
			if err != nil {
				t.Skip()
			}
			return doc.Entities(), false
		}()
		if wantPanic {
			t.Skip("prose panics on this text")
		}
		got, err := proseEntities(text)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", text, got, want)
		}
	})
}
