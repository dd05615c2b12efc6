package extract

import "strings"

// Frames of the cooperative relations that the general verb and noun
// frames miss: recipients of aid named after an amount or a reduced
// relative, authors named by "X-led" adjectives, ties whose restoration is
// announced.

// aidNounParties finds the donor and recipient of an aid noun whose
// object the noun frame missed: "the aid package Washington announced for
// Kyiv" (a reduced relative: its subject gives, the "for" phrase
// receives), "a rescue package of about $50 billion for Mexico" (the
// recipient after the amount). The donor is nil when the noun has no
// relative clause.
func (x *Extractor) aidNounParties(toks []token, t *trigAt, ms []*mention) (donor, recipient *mention) {
	if m := mentionStartingAt(ms, t.e); m != nil && m.ent != nil && m.kind != mkPronoun && m.e < len(toks) && giveVerbPast(toks[m.e]) {
		if r := aidRecipient(toks, m.e+1, ms); r != nil {
			return m, r
		}
		return nil, nil
	}
	return nil, aidRecipient(toks, t.e, ms)
}

// giveVerbPast reports a lower-case past-tense verb that may give aid or
// announce it: "announced", "pledged", "sent", "approved".
func giveVerbPast(w token) bool {
	if w.isCap() || !w.isWord() {
		return false
	}
	switch w.lower {
	case "sent", "gave", "promised", "offered", "pledged", "announced", "approved", "unveiled", "delivered", "provided",
		"shipped", "earmarked", "allocated", "committed", "disbursed", "granted", "extended":
		return true
	}
	return false
}

// amountWords qualify an amount: "of about $50 billion".
var amountWords = map[string]bool{"about": true, "around": true, "over": true, "nearly": true, "almost": true,
	"roughly": true, "some": true, "approximately": true, "than": true}

// aidRecipient finds "for X" or "to X" after an aid noun, over an amount
// ("of about $50 billion", "worth 2 billion euros") but no clause break.
func aidRecipient(toks []token, from int, ms []*mention) *mention {
	for q := from; q+1 < len(toks) && q < from+10; q++ {
		w := toks[q]
		if w.lower == "for" || w.lower == "to" {
			j := q + 1
			if toks[j].lower == "the" && j+1 < len(toks) {
				j++
			}
			if m := mentionStartingAt(ms, j); m != nil && m.ent != nil && !m.city && m.kind != mkPronoun && m.kind != mkDemonym {
				return m
			}
			return nil
		}
		if amountWords[w.lower] {
			continue
		}
		if w.text == "," || w.text == "." || clauseBoundary[w.lower] || w.isCap() || prepositions[w.lower] && w.lower != "of" {
			return nil
		}
	}
	return nil
}

// authorSuffixes mark who leads or backs an act in a compound adjective:
// "the Saudi-led intervention", "the US-brokered deal".
var authorSuffixes = []string{"-led", "-backed", "-brokered", "-sponsored", "-drafted", "-proposed", "-initiated"}

// compoundActor reads a compound adjective "US-made", "Saudi-led" (one of
// suffixes) as the actor its first part names, or nil.
func (x *Extractor) compoundActor(w token, suffixes []string) *mention {
	for _, suf := range suffixes {
		name, ok := strings.CutSuffix(w.text, suf)
		if !ok || name == "" {
			continue
		}
		nt := tokenize(name, 0, len(name))
		if dm, n := x.dict.names.longest(nt, 0, textKey); dm != nil && n == len(nt) {
			return &mention{kind: mkActor, ent: dm.entry, match: dm.kind, text: w.text}
		}
	}
	return nil
}

// ledBy finds the author of an act a stance verb takes as object:
// "endorsed the Saudi-led intervention" backs Saudi Arabia. The compound
// must open the object, before any mention.
func (x *Extractor) ledBy(toks []token, from int, ms []*mention) *mention {
	for k := from; k < len(toks) && k < from+4; k++ {
		if mentionStartingAt(ms, k) != nil {
			return nil
		}
		if m := x.compoundActor(toks[k], authorSuffixes); m != nil {
			m.s, m.e, m.head = k, k+1, k
			return m
		}
		if !toks[k].isWord() || clauseBoundary[toks[k].lower] || prepositions[toks[k].lower] {
			return nil
		}
	}
	return nil
}

// tieVerbs set up or restore relations.
var tieVerbs = map[string]bool{"restore": true, "normalize": true, "normalise": true, "re-establish": true,
	"establish": true, "upgrade": true, "resume": true}

// announceVerbs report a decision as made.
var announceVerbs = map[string]bool{"announced": true, "announcing": true, "announce": true, "announces": true,
	"declared": true, "declaring": true, "confirmed": true, "confirming": true}

// announcedTies finds "X and Y announced (on <date>) that they would
// restore diplomatic relations": the restoration decided and announced is
// the cooperation, not a plan. It returns the index of the announcing
// verb, or -1.
func announcedTies(toks []token, t *trigAt) int {
	if t.tr == nil || t.tr.rel != "COOPERATE" || !tieVerbs[strings.Fields(t.tr.phrase)[0]] {
		return -1
	}
	for k := t.s - 1; k >= 1 && k >= t.s-8; k-- {
		if toks[k].lower != "that" {
			continue
		}
		for q := k - 1; q >= 0 && q >= k-7; q-- {
			w := toks[q]
			if announceVerbs[w.lower] {
				return q
			}
			if clauseBoundary[w.lower] || w.text == ";" {
				break
			}
		}
		return -1
	}
	return -1
}

// theTwo reads "the two" (or "both") right before a verb, with no noun of
// its own, as the pair of the event the sentence reported just before:
// "X met Y on Saturday, and the two signed a joint statement". The
// mention finder knows "the two sides" but not the bare numeral.
func theTwo(toks []token, t *trigAt, pair [2]*Entry) *mention {
	k := t.s - 1
	for k >= 0 && adverbs[toks[k].lower] {
		k--
	}
	if pair[0] == nil || pair[1] == nil || k < 0 {
		return nil
	}
	s := -1
	switch {
	case toks[k].lower == "both" || toks[k].lower == "two" && k >= 1 && toks[k-1].lower == "the":
		s = k
		if toks[k].lower == "two" {
			s = k - 1
		}
	default:
		return nil
	}
	return &mention{s: s, e: k + 1, kind: mkPair, pair: pair, text: joinTokens(toks[s : k+1]), head: s, weak: true}
}
