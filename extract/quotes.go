package extract

import "strings"

// Quotations: whether a word is inside quotation marks, where a quote
// opens and closes, and names written inside quotes.

// quoteDepth reports whether toks[i] is inside a quotation.
func quoteDepth(toks []token, i int) bool {
	n := 0
	for k := 0; k < i; k++ {
		if toks[k].text == "\"" {
			n++
		}
	}
	return n%2 == 1
}

// quotedVerb reports a trigger that the reporter quotes by itself inside
// a sentence of their own: "said Moscow \"unconditionally condemns\" the
// test". The quotation opens right before it (over adverbs), after a word
// of the sentence, and closes within three words after it; the frame
// around it is the reporter's, so the event stands.
func quotedVerb(toks []token, t *trigAt) bool {
	o := quoteOpening(toks, t.s)
	if o < 1 || !toks[o-1].isWord() {
		return false
	}
	for k := t.e; k < len(toks) && k <= t.e+3; k++ {
		if toks[k].text == "\"" {
			return true
		}
		if !toks[k].isWord() {
			return false
		}
	}
	return false
}

// quoteOpening returns the index of a quotation mark that opens right
// before toks[i], over adverbs only, or -1.
func quoteOpening(toks []token, i int) int {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly") && !toks[k].isCap()) {
		k--
	}
	if k >= 0 && toks[k].text == "\"" && quoteDepth(toks, k+1) {
		return k
	}
	return -1
}

// quotedName returns how many tokens after an opening quote at k close a
// short quoted name ("Vostok 2022"), or 0.
func quotedName(toks []token, k int) int {
	for q := k + 1; q < len(toks) && q <= k+6; q++ {
		if toks[q].text == "\"" {
			if q == k+1 {
				return 0
			}
			return q - k
		}
		if !nameLike(toks[q]) {
			return 0
		}
	}
	return 0
}

// nameLike reports a token that may be part of a proper name or a quoted title.
func nameLike(t token) bool {
	if t.text == "\"" || t.text == "-" {
		return true
	}
	if t.isCap() {
		return true
	}
	for _, r := range t.text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// quotedWords reports a quotation mark at toks[k] that opens or closes a
// few quoted words inside a clause (a phrase of up to six words, no
// sentence of its own): the clause goes on over it.
func quotedWords(toks []token, k int) bool {
	if c := closingQuote(toks, k); c > 0 && c-k <= 7 {
		for q := k + 1; q < c; q++ {
			if w := toks[q].text; w == "." || w == "," || w == "!" || w == "?" {
				return false
			}
		}
		return true
	}
	for q := k - 1; q >= 0 && q >= k-7; q-- {
		if toks[q].text == "\"" {
			return closingQuote(toks, q) == k && !(q > 0 && toks[q-1].text == ",")
		}
	}
	return false
}

// closingQuote returns the index of the quotation mark that closes the
// one opening at toks[k] within the same sentence and twelve words, or 0.
func closingQuote(toks []token, k int) int {
	for q := k + 1; q < len(toks) && q < k+13; q++ {
		if toks[q].text == "\"" {
			return q
		}
	}
	return 0
}

// singleQuoteOpens reports a single quotation mark at toks[k] that a
// second one closes within eight words: "called Bush 'the devil'", not
// the possessive of "the Brothers' shop".
func singleQuoteOpens(toks []token, k int) bool {
	if k >= len(toks) || toks[k].text != "'" {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+8; q++ {
		if toks[q].text == "'" {
			return true
		}
	}
	return false
}

// quotedPhrase returns how many tokens after an opening quote at k close
// a short quotation (at most eight words), or 0.
func quotedPhrase(toks []token, k int) int {
	for q := k + 1; q < len(toks) && q <= k+9; q++ {
		if toks[q].text == toks[k].text {
			return q - k
		}
		if !toks[q].isWord() {
			return 0
		}
	}
	return 0
}

// firstPerson are the words a speaker uses of himself or his side inside
// a quotation.
var firstPerson = map[string]bool{"we": true, "i": true, "us": true, "me": true}

// quotedSpeakers adds, for each "I" or "we" inside a quotation, a mention
// of whoever the sentence says spoke it: in "\"We stand with Ukraine,\"
// Olaf Scholz said" or "Scholz said: \"We stand with Ukraine\"" the
// one who stands with Ukraine is Scholz. A quotation whose speaker the
// sentence does not name gets none.
func quotedSpeakers(toks []token, ms []*mention) []*mention {
	var add []*mention
	for o := 0; o < len(toks); o++ {
		if toks[o].text != "\"" || quoteDepth(toks, o) {
			continue // not an opening mark
		}
		c := o + 1
		for c < len(toks) && toks[c].text != "\"" {
			c++
		}
		if c == len(toks) {
			break // a quotation running on into the next sentence
		}
		sp := speakerAround(toks, o, c, ms)
		for k := o + 1; k < c && sp != nil; k++ {
			w := toks[k].text
			if !firstPerson[strings.ToLower(w)] || w == "US" || w == "Us" && k > o+1 || mentionAt(ms, k) != nil {
				continue
			}
			add = append(add, &mention{s: k, e: k + 1, kind: mkActor, ent: sp.ent, weak: true, text: w, head: k, quoter: true})
		}
		o = c
	}
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	sortMentions(ms)
	return ms
}

// speakerAround returns the named speaker of the quotation toks[o..c]:
// after it ("\"...,\" X said", "\"...,\" said X", "\"...,\" the German
// leader told reporters") or before it ("X said: \"...\"", "X told the
// Bundestag, \"...\""). The speaker must be a resolved actor.
func speakerAround(toks []token, o, c int, ms []*mention) *mention {
	ok := func(m *mention) bool {
		return m != nil && m.ent != nil && m.kind != mkDemonym && m.kind != mkPair && !m.city
	}
	// after: ", X said" / "said X"
	k := c + 1
	if k < len(toks) && sayVerbs[toks[k].lower] {
		for q := k + 1; q < len(toks) && q <= k+6; q++ {
			if m := mentionAt(ms, q); m != nil {
				if ok(m) {
					return m
				}
				return nil
			}
			if toks[q].text == "," || toks[q].text == "." || toks[q].text == "\"" {
				return nil
			}
		}
		return nil
	}
	for q := k; q < len(toks) && q <= k+8; q++ {
		if toks[q].text == "\"" || toks[q].text == "." || toks[q].text == ";" {
			break
		}
		if sayVerbs[toks[q].lower] {
			for p := q - 1; p >= k; p-- {
				if m := mentionAt(ms, p); m != nil {
					if ok(m) && m.e == q {
						return m
					}
					return nil
				}
			}
			return nil
		}
	}
	// before: "X said: \"...\"", "X told reporters, \"...\""
	for q := o - 1; q >= 0 && q >= o-6; q-- {
		if toks[q].text == "\"" || toks[q].text == "." {
			return nil
		}
		if sayVerbs[toks[q].lower] {
			for p := q - 1; p >= 0 && p >= q-3; p-- {
				if m := mentionAt(ms, p); m != nil {
					if ok(m) && m.e == q {
						return m
					}
					return nil
				}
			}
			return nil
		}
	}
	return nil
}

// mentionAt returns the mention covering toks[k], or nil.
func mentionAt(ms []*mention, k int) *mention {
	for _, m := range ms {
		if m.s <= k && k < m.e {
			return m
		}
	}
	return nil
}
