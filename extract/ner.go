package extract

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// prose's entity recogniser (v2.0.0, extract.go: classify, extract, chunk)
// reimplemented over the same model, because prose's own spends most of its
// time building strings and maps: for every token and every one of 13
// labels it joins 17 "feature-value-label" keys and looks each up. Here the
// model is regrouped once by "feature-value", so a token costs 17 lookups,
// and the weights are added in prose's order, so the scores are the same
// floats (prose breaks an exact tie between labels at random, this picks
// the first). Tokenising and tagging are still prose's, and so is its quirk
// of sharing the tokens of a repeated span (proseAliases). TestNER_SameAsProse
// checks that the entities are the same as prose.NewDocument's.

// nerClassifier is prose's maximum-entropy entity classifier.
type nerClassifier struct {
	labels []string
	// byFeature maps "name-value" to the weight it adds to each label.
	byFeature map[string][]labelWeight
	words     map[string]bool // prose's English word list
}

type labelWeight struct {
	label  int
	weight float64
}

// nerFeatures is prose's feature order; scores are summed in it.
var nerFeatures = [...]string{
	"bias", "en-wordlist", "nextpos", "nextword", "pos", "pos+prevtag",
	"prefix3", "prevpos", "prevtag", "prevword", "shape", "shape+prevtag",
	"suffix3", "word", "word+nextpos", "word.lower", "wordlen"}

var (
	nerClassOnce sync.Once
	nerClass     *nerClassifier
	nerClassErr  error

	reEndsNonWord = regexp.MustCompile(`\W+$`)
	reEndsWord    = regexp.MustCompile(`\w+$`)
)

func proseClassifier() (*nerClassifier, error) {
	nerClassOnce.Do(func() { nerClass, nerClassErr = loadNERClassifier() })
	return nerClass, nerClassErr
}

func loadNERClassifier() (*nerClassifier, error) {
	var (
		mapping map[string]int
		weights []float64
		labels  []string
	)
	for _, a := range []struct {
		name string
		v    any
	}{{"mapping.gob", &mapping}, {"weights.gob", &weights}, {"labels.gob", &labels}} {
		b, err := prose.Asset("model/Maxent/" + a.name)
		if err != nil {
			return nil, fmt.Errorf("prose model: %w", err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.v); err != nil {
			return nil, fmt.Errorf("prose model: %s: %w", a.name, err)
		}
	}
	c := &nerClassifier{labels: labels, byFeature: map[string][]labelWeight{}, words: map[string]bool{}}
	// A key is "name-value-label". Names and labels come from fixed lists,
	// but values and labels hold dashes, so a key is split at the one
	// label it ends with; a key that ends with two labels is an error.
	for key, idx := range mapping {
		found := -1
		for li, l := range labels {
			if strings.HasSuffix(key, "-"+l) {
				if found >= 0 {
					return nil, fmt.Errorf("prose model: key %q ends with two labels", key)
				}
				found = li
			}
		}
		if found < 0 || idx < 0 || idx >= len(weights) {
			return nil, fmt.Errorf("prose model: key %q: no label or weight", key)
		}
		fv := key[:len(key)-len(labels[found])-1]
		c.byFeature[fv] = append(c.byFeature[fv], labelWeight{found, weights[idx]})
	}
	// Within a feature the labels are added in label order, as prose does.
	for _, lws := range c.byFeature {
		for i := 1; i < len(lws); i++ {
			for j := i; j > 0 && lws[j].label < lws[j-1].label; j-- {
				lws[j], lws[j-1] = lws[j-1], lws[j]
			}
		}
	}
	b, err := dataFS.ReadFile("data/prose_words.txt")
	if err != nil {
		return nil, fmt.Errorf("prose model: %w", err)
	}
	for _, w := range strings.Split(string(b), "\n") {
		if w != "" && !strings.HasPrefix(w, "#") {
			c.words[w] = true
		}
	}
	return c, nil
}

// entities labels tagged tokens and groups them into entities, as prose's
// classify and chunk do.
func (c *nerClassifier) entities(toks []prose.Token, alias []int) []prose.Entity {
	history := make([]string, 0, len(toks))
	scores := make([]float64, len(c.labels))
	var key []byte
	var vals [len(nerFeatures)]string
	for i := range toks {
		c.features(&vals, i, toks, history)
		for k := range scores {
			scores[k] = 0
		}
		for f, name := range nerFeatures {
			key = append(append(append(key[:0], name...), '-'), vals[f]...)
			for _, lw := range c.byFeature[string(key)] {
				scores[lw.label] += lw.weight
			}
		}
		best := 0
		for k := 1; k < len(scores); k++ {
			if scores[k] > scores[best] {
				best = k
			}
		}
		label := c.labels[best]
		toks[i].Label = label
		history = append(history, simplePOS(label))
	}
	// A token prose shares with later ones ends with the last one's label.
	for i := range toks {
		toks[i].Label = toks[alias[i]].Label
	}
	return chunkEntities(toks)
}

// features fills vals, in nerFeatures order, as prose's extract does.
func (c *nerClassifier) features(vals *[len(nerFeatures)]string, i int, ctx []prose.Token, history []string) {
	word := ctx[i].Text
	lower := strings.ToLower(word)
	prevShape, prevTag, prevWord, prevPOS := "None", "None", "None", "None"
	if i >= 1 {
		prevWord = strings.ToLower(ctx[i-1].Text)
		prevPOS = ctx[i-1].Tag
		prevTag = history[i-1]
	}
	if i >= 2 {
		prevShape = shapeOf(ctx[i-1].Text)
	}
	nextWord, nextPOS := "None", "None"
	if i < len(ctx)-1 {
		nextWord = strings.ToLower(ctx[i+1].Text)
		nextPOS = strings.ToLower(ctx[i+1].Tag)
	}
	basic := "False"
	if c.words[word] {
		basic = "True"
	}
	*vals = [len(nerFeatures)]string{
		"True",                     // bias
		basic,                      // en-wordlist
		nextPOS,                    // nextpos
		nextWord,                   // nextword
		ctx[i].Tag,                 // pos
		ctx[i].Tag + "+" + prevTag, // pos+prevtag
		strings.ToLower(word[:min(len(word), 3)]), // prefix3
		prevPOS,                   // prevpos
		prevTag,                   // prevtag
		prevWord,                  // prevword
		shapeOf(word),             // shape
		prevShape + "+" + prevTag, // shape+prevtag
		strings.ToLower(word[len(word)-min(len(word), 3):]), // suffix3
		word,                    // word
		lower + "+" + nextPOS,   // word+nextpos
		lower,                   // word.lower
		strconv.Itoa(len(word)), // wordlen
	}
}

// shapeOf is prose's shape feature.
func shapeOf(word string) string {
	if _, err := strconv.ParseFloat(word, 64); err == nil {
		return "number"
	} else if reEndsNonWord.MatchString(word) {
		return "punct"
	} else if reEndsWord.MatchString(word) {
		if strings.ToLower(word) == word {
			return "downcase"
		} else if strings.Title(word) == word { //nolint:staticcheck // prose's definition
			return "upcase"
		}
		return "mixedcase"
	}
	return "other"
}

func simplePOS(pos string) string {
	if strings.HasPrefix(pos, "V") {
		return "v"
	}
	return strings.Split(pos, "-")[0]
}

// chunkEntities is prose's chunk: runs of labelled tokens become entities.
func chunkEntities(tokens []prose.Token) []prose.Entity {
	entities := []prose.Entity{}
	end := ""
	var parts []prose.Token
	for _, tok := range tokens {
		label := tok.Label
		idx := len(parts)
		if (label != "O" && label != end) ||
			(idx > 0 && tok.Tag == parts[idx-1].Tag) ||
			(idx > 0 && tok.Tag == "CD" && parts[idx-1].Label != "O") {
			end = strings.Replace(label, "B", "I", 1)
			parts = append(parts, tok)
		} else if (label == "O" && end != "") || label == end {
			if label != "O" {
				parts = append(parts, tok)
			}
			entities = append(entities, coalesceEntity(parts))
			end = ""
			parts = parts[:0]
		}
	}
	return entities
}

func coalesceEntity(parts []prose.Token) prose.Entity {
	labels := make([]string, len(parts))
	texts := make([]string, len(parts))
	for i, t := range parts {
		labels[i], texts[i] = t.Label, t.Text
	}
	label := ""
	if len(labels) == 2 && (labels[0] == "B-PERSON" || labels[1] == "B-PERSON") {
		label = "PERSON" // prose: PERSON takes precedence
	} else {
		label = strings.Split(labels[0], "-")[1]
	}
	return prose.Entity{Label: label, Text: strings.Join(texts, " ")}
}

// proseEntities runs prose's tokeniser and tagger over text and the
// reimplemented classifier over their tokens.
func proseEntities(text string) ([]prose.Entity, error) {
	c, err := proseClassifier()
	if err != nil {
		return nil, err
	}
	doc, err := prose.NewDocument(text, prose.UsingModel(proseModel()), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, err
	}
	toks := doc.Tokens()
	alias, ok := proseAliases(text, toks)
	if !ok {
		// the tokens do not line up with the text as expected: let prose
		// do it all
		full, err := prose.NewDocument(text, prose.UsingModel(proseModel()), prose.WithSegmentation(false))
		if err != nil {
			return nil, err
		}
		return full.Entities(), nil
	}
	return c.entities(toks, alias), nil
}

// proseSanitizer is prose's tokeniser's.
var proseSanitizer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// proseAliases finds the tokens that prose shares: its tokeniser caches the
// tokens of each whitespace-separated span (but the last), so a span that
// comes again reuses the same *Token values, and the tag and label written
// last win for every occurrence. alias[i] is the last token sharing token
// i's value (i itself if none). ok is false if toks do not tile the spans.
func proseAliases(text string, toks []prose.Token) (alias []int, ok bool) {
	type span struct {
		s      string
		cached bool
	}
	var spans []span
	clean := proseSanitizer.Replace(text)
	start, index, white := 0, 0, false
	for index <= len(clean) {
		uc, size := utf8.DecodeRuneInString(clean[index:])
		if size == 0 {
			break
		} else if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index {
				spans = append(spans, span{clean[start:index], true})
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index {
		spans = append(spans, span{clean[start:index], false})
	}
	// Each span's tokens are consecutive and spell it out. The k-th token
	// of every cached occurrence of a span is one value: group it under its
	// first occurrence's index.
	group := make([]int, len(toks))
	first := map[string]int{} // cached span -> index of its first token, first time
	t := 0
	for _, sp := range spans {
		if strings.TrimSpace(sp.s) == "" {
			continue
		}
		from, n := t, 0
		for n < len(sp.s) && t < len(toks) {
			if toks[t].Text == "" || !strings.HasPrefix(sp.s[n:], toks[t].Text) {
				return nil, false
			}
			n += len(toks[t].Text)
			t++
		}
		if n != len(sp.s) {
			return nil, false
		}
		base := from
		if sp.cached {
			if f, seen := first[sp.s]; seen {
				base = f
			} else {
				first[sp.s] = from
			}
		}
		for k := from; k < t; k++ {
			group[k] = base + k - from
		}
	}
	if t != len(toks) {
		return nil, false
	}
	latest := map[int]int{}
	for i, g := range group {
		latest[g] = i
	}
	alias = make([]int, len(toks))
	for i, g := range group {
		alias[i] = latest[g]
	}
	return alias, true
}
