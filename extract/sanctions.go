package extract

import "strings"

// SANCTION shapes: measures and their authors ("Washington's sanctions on
// Y", "a ban imposed by X"), sanction nouns with owner and target, measures
// in relative clauses, and measures lifted rather than imposed.

// measureNouns name a text that imposes a measure once adopted.
var measureNouns = map[string]bool{"resolution": true, "law": true, "bill": true, "order": true, "decree": true,
	"act": true, "package": true, "legislation": true, "directive": true, "regulation": true}

// measureAuthor finds who adopted a measure that a relative clause says
// imposes sanctions: "The Council adopted Resolution 2094, which tightened
// sanctions on X", "Congress passed a bill that imposes sanctions on Y".
// The adopter is the subject of the clause that names the measure. Nil
// when the relative pronoun has no measure noun before it.
func (x *Extractor) measureAuthor(toks []token, i int, ms []*mention) []*mention {
	k := i - 1
	for k >= 0 && adverbs[toks[k].lower] {
		k--
	}
	if k < 1 || toks[k].lower != "which" && toks[k].lower != "that" {
		return nil
	}
	k--
	if toks[k].text == "," {
		k--
	}
	for q := k; q >= 0 && q > k-4; q-- {
		w := strings.ToLower(toks[q].text)
		if measureNouns[w] {
			subj := x.clauseSubject(toks, q, ms, nil, nil)
			if len(subj) == 1 && subj[0].ent != nil && subj[0].kind != mkPronoun {
				return subj
			}
			return nil
		}
		if !toks[q].isWord() && !isDigits(toks[q].text) {
			return nil
		}
	}
	return nil
}

// measureNationality returns the state whose nationality adjective
// modifies the measure a passive "hit with" names: "X was hit with
// British asset freezes", "hit with new US sanctions". Nil otherwise.
func (x *Extractor) measureNationality(toks []token, i int, ms []*mention) []*mention {
	for k := i; k < len(toks) && k < i+3; k++ {
		m := mentionStartingAt(ms, k)
		if d, n := x.dict.names.longest(toks, k, textKey); d != nil && d.kind == matchDemonym {
			m = &mention{s: k, e: k + n, kind: mkActor, ent: d.entry, match: d.kind, head: k, text: joinTokens(toks[k : k+n])}
		}
		if m == nil {
			if toks[k].isWord() && !toks[k].isCap() {
				continue // "tougher", "new"
			}
			return nil
		}
		if m.ent == nil || m.ent.Kind == KindPerson || m.kind == mkPronoun || m.e >= len(toks) {
			return nil
		}
		for q := m.e; q < len(toks) && q < m.e+3; q++ {
			if w := toks[q].lower; strings.HasPrefix(w, "sanction") || strings.HasPrefix(w, "asset") || strings.HasPrefix(w, "embargo") || w == "travel" {
				return []*mention{m}
			}
		}
		return nil
	}
	return nil
}

// measureNoun reports "sanctions" at toks[i] used as a noun: after a
// preposition or a modifier ("a package of sanctions", "tough sanctions"),
// or after a name that itself follows one ("new US sanctions"). Only a
// name opening its clause makes it the verb ("Washington sanctions X").
func measureNoun(toks []token, i int, inMention []bool) bool {
	if i == 0 {
		return true
	}
	k := i - 1
	if inMention[k] {
		for k >= 0 && inMention[k] {
			k--
		}
		if k < 0 || k == 0 && toks[0].lower == "the" {
			return false
		}
		w := toks[k]
		return w.isWord() && !w.isCap() && w.lower != "and" && !clauseBoundary[w.lower] && !sayVerbs[w.lower]
	}
	w := toks[k]
	return w.isWord() && !w.isCap() || w.text == "'s" || w.text == "'"
}

// liftVerbs end or relax a measure: "lifted sanctions", "easing sanctions".
var liftVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"lift", "ease", "remove", "waive", "suspend", "relax", "scrap", "drop", "end", "loosen", "unfreeze", "revoke", "rescind"} {
		liftVerbs[v] = true
		for _, f := range inflections(v) {
			liftVerbs[f] = true
		}
	}
	for _, f := range []string{"scrapped", "scrapping", "dropped", "dropping", "relief", "lifting"} {
		liftVerbs[f] = true
	}
}

// sanctionNouns name a measure as a thing a party holds: "the US embargo
// on Cuba", "UN sanctions on Iran".
var sanctionNouns = map[string]bool{"sanctions": true, "embargo": true, "embargoes": true}

// unrealMeasure are words before a measure noun that make it one not (yet)
// taken: "any sanctions", "further sanctions", "the next embargo".
var unrealMeasure = map[string]bool{"any": true, "further": true, "next": true, "possible": true, "potential": true,
	"proposed": true, "planned": true, "looming": true, "more": true, "fresh": true, "threatened": true}

// sanctionNoun finds a sanction named as a noun with both its owner and
// its target: "the EU's oil embargo on Iran", "the fourth round of UN
// sanctions on Iran", "American sanctions against Cuba". The owner is a
// possessor, a state or body modifying the noun, or a nationality. A
// measure lifted or eased, one only possible ("any", "further") and one
// a verb of the sentence already imposes are left alone.
func (x *Extractor) sanctionNoun(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for _, t := range trigs {
		if t.tr.rel == "SANCTION" && !t.noun && !sanctionNouns[toks[t.s].lower] {
			return // ("the US sanctions against X": a noun read as the verb)
		}
	}
	for i := 1; i+2 < len(toks); i++ {
		if !sanctionNouns[toks[i].lower] || toks[i+1].lower != "on" && toks[i+1].lower != "against" {
			continue
		}
		owner, k := x.measureOwner(toks, i, ms)
		if owner == nil || liftedBefore(toks, k) || liftedBefore(toks, i) {
			continue
		}
		obj := x.objectsRight(toks, i+1, ms, "SANCTION")
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "SANCTION", phrase: toks[i].lower, noun: true}, noun: true}
		if len(obj) == 0 || obj[0].s > i+4 || modalityOf(toks, t) != Asserted {
			continue
		}
		for _, om := range obj {
			emit(t, "SANCTION", owner, om, "noun:"+toks[i].lower+"-owned", Asserted, 0.6)
		}
	}
}

// measureOwner returns who holds the measure noun at toks[i] and where
// its noun phrase starts: a possessor ("the EU's oil embargo"), a state
// or body right before the noun or its adjectives ("UN sanctions", "the
// US embargo"), or a nationality ("American sanctions"); else nil.
func (x *Extractor) measureOwner(toks []token, i int, ms []*mention) (*mention, int) {
	k := i - 1
	for n := 0; k >= 0 && n < 3 && measureModifier(toks[k]); n++ {
		if unrealMeasure[toks[k].lower] {
			return nil, 0
		}
		k-- // "oil", "economic", "sweeping"
	}
	if k < 0 {
		return nil, 0
	}
	if toks[k].text == "'s" || toks[k].text == "'" {
		if m := mentionEndingAt(ms, k); m != nil && m.ent != nil && m.kind == mkActor && !m.appos {
			return m, m.s
		}
		return nil, 0
	}
	if m := mentionEndingAt(ms, k+1); m != nil && m.ent != nil && m.kind == mkActor && (m.ent.Kind == KindCountry || m.ent.Kind == KindOrganization) {
		if e, ok := x.dict.Lookup("un-security-council"); ok && m.ent.ID == "united-nations" {
			c := *m // "UN sanctions": the Security Council imposes them
			c.ent = e
			return &c, m.s
		}
		return m, m.s
	}
	for b := k; b >= 0 && b >= k-2; b-- {
		if d, n := x.dict.names.longest(toks, b, textKey); d != nil && d.kind == matchDemonym && b+n == k+1 {
			return &mention{s: b, e: k + 1, kind: mkDemonym, ent: d.entry, match: d.kind, head: b, text: joinTokens(toks[b : k+1])}, b
		}
	}
	return nil, 0
}

// measureModifier reports a word that may stand between a measure's owner
// and its noun: an adjective or a noun modifier ("oil", "economic",
// "targeted", "sweeping"), not a verb ("condemned sanctions") nor a
// determiner or preposition.
func measureModifier(t token) bool {
	w := t.lower
	if !t.isWord() || t.isCap() || determiners[w] || prepositions[w] || liftVerbs[w] {
		return false
	}
	switch w {
	case "targeted", "coordinated", "unprecedented", "sweeping", "crippling", "biting", "existing", "punishing", "arms":
		return true
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// relativeMeasureNouns are measures a relative clause may say a state
// imposed: "a ban on X's seafood that China imposed in August".
var relativeMeasureNouns = map[string]bool{"ban": true, "bans": true, "sanctions": true, "embargo": true,
	"tariffs": true, "restrictions": true, "curbs": true, "duties": true}

// imposingVerbs put a measure in force, in a relative clause's past.
var imposingVerbs = map[string]bool{"imposed": true, "slapped": true, "placed": true, "levied": true,
	"reimposed": true, "introduced": true}

// imposedInRelative reads a measure whose imposer a relative clause
// names after its target: "urged Y to lift a ban on Japanese seafood
// imports that China imposed in August" is China's sanction on Japan,
// dated by the relative clause's own time (the trigger is its verb),
// whatever the main clause does with the measure now.
func (x *Extractor) imposedInRelative(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	for i := 1; i+2 < len(toks); i++ {
		if !relativeMeasureNouns[toks[i].lower] || toks[i+1].lower != "on" && toks[i+1].lower != "against" {
			continue
		}
		obj := x.objectsRight(toks, i+1, ms, "SANCTION")
		if len(obj) == 0 || obj[0].s > i+4 {
			continue
		}
		end := obj[len(obj)-1].e
		for k := end; k < len(toks) && k < end+4; k++ {
			if toks[k].lower != "that" && toks[k].lower != "which" {
				continue
			}
			subj := mentionStartingAt(ms, k+1)
			if subj == nil && k+2 < len(toks) && toks[k+1].lower == "the" {
				subj = mentionStartingAt(ms, k+2) // "which the United States slapped"
			}
			if subj == nil || subj.ent == nil || subj.kind == mkPronoun || subj.e >= len(toks) || !imposingVerbs[toks[subj.e].lower] {
				break
			}
			t := &trigAt{s: subj.e, e: subj.e + 1, tr: &trigger{rel: "SANCTION", phrase: toks[subj.e].lower}}
			for _, om := range obj {
				emit(t, "SANCTION", subj, om, "rel:measure-imposed", Asserted, 0.6)
			}
			break
		}
	}
}

// liftedBefore reports a measure whose noun phrase (from toks[k]) a verb
// of lifting, easing or asking governs: "lifted UN sanctions on", "the
// easing of US sanctions on", "called for EU sanctions on".
func liftedBefore(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		w := toks[q].lower
		if liftVerbs[w] || w == "easing" || w == "relief" || w == "for" || w == "against" || w == "oppose" || w == "opposed" || w == "urged" || w == "seek" || w == "sought" {
			return true
		}
		if !toks[q].isWord() || clauseBoundary[w] {
			return false
		}
	}
	return false
}

// tradeFrom reports "imports from" (or goods, products, shipments from)
// at toks[p-1:p+1]: after a ban or a halt the origin named is the state
// the measure hits.
func tradeFrom(toks []token, p int) bool {
	if p < 1 || toks[p].lower != "from" {
		return false
	}
	switch toks[p-1].lower {
	case "imports", "goods", "products", "shipments", "exports", "produce":
		return true
	}
	return false
}
