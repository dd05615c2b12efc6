package extract

// Both parties at once: pair phrases ("the two leaders"), "between A and
// B" groups, hyphenated pairs ("the Kim-Putin summit"), a state's home
// ground and its partner in a meeting.

// adjectivePair reports an "and" at toks[k] between two lower-case words
// that are not verbs, as in "a dramatic and brutal escalation": adjectives
// joined inside one noun phrase, not two clauses.
func adjectivePair(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	a, b := toks[k-1], toks[k+1]
	return a.isWord() && b.isWord() && !a.isCap() && !b.isCap() && !pastVerb(b) && !determiners[b.lower] && !auxWords[b.lower] && !prepositions[b.lower]
}

// pairOfSentence reports a pair phrase that the pair of an event earlier in
// its sentence answers: "the two sides" any pair, "the two leaders" (or
// men, presidents) a pair of persons ("X met Y at Panmunjom, the third
// meeting between the two leaders" is X and Y, whoever leads at the
// story's date).
func pairOfSentence(m *mention, pair [2]*Entry) bool {
	if pair[0] == nil || pair[1] == nil {
		return false
	}
	if m.pronoun == "sides" || m.pronoun == "two" {
		return true
	}
	return pairRoles[m.pronoun] != nil && pair[0].Kind == KindPerson && pair[1].Kind == KindPerson
}

// isHome reports whether a person (or a title of a state) belongs to the
// state or organisation e: one does not visit one's own country.
func (x *Extractor) isHome(m *mention, e *Entry) bool {
	if m.kind == mkRole && m.state != nil {
		return m.state.ID == e.ID
	}
	if m.ent == nil || m.ent.Kind != KindPerson {
		return false
	}
	for _, a := range m.ent.Affiliations {
		if a.Org == e.ID {
			return true
		}
		if o := x.dict.byID[a.Org]; o != nil && o.Parent == e.ID {
			return true
		}
	}
	return false
}

// seatedIn reports whether a person holds a post in an international body
// that has its headquarters in the state e: the IAEA chief speaking in
// Vienna, or the UN chief in New York, is at work, not on a visit.
func (x *Extractor) seatedIn(m *mention, e *Entry) bool {
	if m.ent == nil || m.ent.Kind != KindPerson {
		return false
	}
	for _, a := range m.ent.Affiliations {
		if o := x.dict.byID[a.Org]; o != nil && x.dict.seatOf(o) == e.ID {
			return true
		}
	}
	return false
}

// homeID returns the id of the state a person is affiliated with, or "".
func homeID(e *Entry) string {
	if e == nil || e.Kind != KindPerson || len(e.Affiliations) == 0 {
		return ""
	}
	return e.Affiliations[0].Org
}

func pairMention(m *mention, e *Entry) *mention {
	c := *m
	c.kind = mkActor
	c.ent = e
	if len(m.roles) > 0 {
		// "the presidents of both states": the holders of the role in
		// each state, resolved again at the event's date
		c.kind, c.state, c.ent = mkRole, e, nil
		for i, p := range m.pair {
			if p == e {
				c.ent = m.holders[i]
			}
		}
	}
	return &c
}

func (x *Extractor) lastPairOf(m *mention) [2]*Entry { return m.pair }

// betweenGroup finds "between X and Y" within a few tokens after i.
func (x *Extractor) betweenGroup(toks []token, i int, ms []*mention) []*mention {
	for k := i; k < len(toks) && k < i+8; k++ {
		if toks[k].lower != "between" {
			if clauseBoundary[toks[k].lower] || toks[k].text == "," || subordinators[toks[k].lower] && k > i {
				return nil // "The summit comes two months after talks between X and Y": those talks' pair
			}
			continue
		}
		j := k + 1
		m := mentionStartingAt(ms, j) // "between the two countries"
		for m == nil && j < len(toks) && determiners[toks[j].lower] {
			j++
			m = mentionStartingAt(ms, j)
		}
		if m == nil {
			for q := j; q < len(toks) && q < j+4; q++ {
				if m = mentionStartingAt(ms, q); m != nil {
					break
				}
			}
		}
		if m == nil {
			return nil
		}
		if m.kind == mkPair {
			if m.pair[0] == nil {
				return nil
			}
			return pairMembers(m)
		}
		return coordRight(toks, m, ms)
	}
	return nil
}

// hyphenPair finds the two states of a nominal trigger named by hyphenated
// nationality adjectives before it, over a few lower-case modifiers:
// "Indian-French joint drills", "the Russian-Chinese naval patrols". The
// adjectives are not mentions (they modify a noun), so the dictionary is
// asked directly.
func (x *Extractor) hyphenPair(toks []token, t *trigAt) []*mention {
	k := t.s - 1
	for k >= 0 && k >= t.s-4 && toks[k].isWord() && !toks[k].isCap() && !prepositions[toks[k].lower] && !determiners[toks[k].lower] {
		k--
	}
	// toks[k] ends the second adjective; find where it starts
	for n := 1; n <= 3 && k-n >= 1; n++ {
		b := k - n + 1
		second, ln := x.dict.names.longest(toks, b, textKey)
		if second == nil || ln != n || second.kind != matchDemonym || toks[b-1].text != "-" {
			continue
		}
		for m := 1; m <= 3 && b-1-m >= 0; m++ {
			a := b - 1 - m
			first, lf := x.dict.names.longest(toks, a, textKey)
			if first == nil || lf != m || first.kind != matchDemonym || first.entry == second.entry {
				continue
			}
			return []*mention{
				{s: a, e: a + m, ent: first.entry, kind: mkActor, head: a},
				{s: b, e: b + n, ent: second.entry, kind: mkActor, head: b},
			}
		}
	}
	return nil
}

// frontedPair finds the two parties of "their" meeting in a sentence that
// opens with it: "During their talks on Monday, X and Y agreed ...", "After
// their summit, X and Y ...": the coordinated subject right after the
// opening phrase's comma.
func frontedPair(toks []token, t *trigAt, ms []*mention) []*mention {
	if len(toks) == 0 || !prepositions[toks[0].lower] && toks[0].lower != "following" && toks[0].lower != "ahead" || t.s > 4 {
		return nil
	}
	for k := t.e; k < len(toks) && k < t.e+10; k++ {
		if toks[k].text != "," {
			if clauseBoundary[toks[k].lower] || toks[k].text == "." {
				return nil
			}
			continue
		}
		j := k + 1
		for j < len(toks) && determiners[toks[j].lower] {
			j++
		}
		m := mentionStartingAt(ms, j)
		if m == nil || m.ent == nil || m.kind == mkPronoun || m.kind == mkDemonym {
			return nil
		}
		return coordRight(toks, m, ms)
	}
	return nil
}

// partnerState finds the other party of an agreement to cooperate: the
// one state in the sentence that is neither the subject nor its parent.
func (x *Extractor) partnerState(subj *mention, ms []*mention, t *trigAt, toks []token, st *docState) *mention {
	if subj.ent == nil {
		return nil
	}
	for _, m := range ms {
		if m.kind != mkActor || m.ent == nil || m.ent.Kind != KindCountry || m.appos {
			continue
		}
		if m.ent == subj.ent || m.ent.ID == subj.ent.Parent {
			continue
		}
		return m
	}
	return nil
}

// possessiveHer reports a "her" that determines the noun after it ("held
// talks with her Japanese counterpart X", "met her counterpart"): the
// possessor, not the person met, so the object is what follows.
func possessiveHer(toks []token, m *mention) bool {
	if m.pronoun != "her" || m.e >= len(toks) {
		return false
	}
	n := toks[m.e]
	_, day := weekdays[n.lower]
	return n.isWord() && !prepositions[n.lower] && !clauseBoundary[n.lower] && !day && monthNames[n.lower] == 0 &&
		n.lower != "and" && n.lower != "or" && n.lower != "but" && n.lower != "as" && n.lower != "again" && n.lower != "last" &&
		n.lower != "next" && n.lower != "this" && n.lower != "today" && n.lower != "yesterday"
}

// homeBody reports a person and a body of his own state (its security
// council, a ministry, a parliament): "Putin held talks with the Security
// Council" is a meeting at home, no encounter between international
// actors.
func (x *Extractor) homeBody(a, b *Entry) bool {
	if a.Kind != KindPerson {
		a, b = b, a
	}
	if a.Kind != KindPerson || b.Kind == KindPerson || b.Kind == KindCountry || b.Parent == "" {
		return false
	}
	h := x.onlyHome(a)
	return h != nil && h.ID == b.Parent
}

// presenceNouns introduce a third party who attends the parties' own
// encounter: "with the participation of Z", "in the presence of Z".
var presenceNouns = words("participation presence mediation attendance")

// jointWithThird reports whether the coordinated subjects of a symmetric
// trigger that has an object are partners of each other too. A meeting's
// are only when the object attends their own encounter ("X and Y held
// talks with the participation of Z", introduced by a presence noun) or
// the gathering is multilateral ("held a trilateral summit with Z"); in
// "X and Y met Z" (or "travelled to Kyiv to meet Z") they meet Z together,
// not each other. Other relations ("X and Y held exercises with Z") join
// all three.
func jointWithThird(toks []token, t *trigAt, obj *mention) bool {
	if t.tr.rel != "MEET" || multilateral(toks, t.s) {
		return true
	}
	for k := t.s; k < obj.s && k < len(toks); k++ {
		if presenceNouns[toks[k].lower] || multilateralWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// involvingAll emits every pair of the parties a meeting noun names with
// "involving" or "among": "after 16 hours of talks involving A, B, C and
// D", "a summit among A, B and C" — each met each. Two parties are left
// to the noun's own frame.
func (x *Extractor) involvingAll(sc *scene) {
	toks, ms, trigs, emit := sc.toks, sc.ms, sc.trigs, sc.emit
	for _, t := range trigs {
		if t.tr.rel != "MEET" || !t.noun {
			continue
		}
		k := t.e
		if k < len(toks) && (toks[k].lower == "involving" || toks[k].lower == "among") {
			k++
		} else {
			continue
		}
		for k < len(toks) && determiners[toks[k].lower] {
			k++
		}
		m := mentionStartingAt(ms, k)
		if m == nil || m.ent == nil || m.kind == mkPronoun || m.kind == mkDemonym {
			continue
		}
		g := coordRight(toks, m, ms)
		if len(g) < 3 {
			continue
		}
		modality := modalityOf(toks, t)
		if modality == Asserted && scheduledAfter(toks, g[len(g)-1].e) {
			modality = Planned // "a summit among A, B and C is planned for August"
		}
		for a := 0; a < len(g); a++ {
			for b := a + 1; b < len(g); b++ {
				if !x.compatriots(g[a], g[b]) {
					emit(t, "MEET", g[a], g[b], "noun:"+t.tr.phrase+"+involving", modality, 0.7)
				}
			}
		}
	}
}

// scheduledAfter reports "is (was) planned / scheduled / expected / due"
// right after k: what is scheduled has not happened yet.
func scheduledAfter(toks []token, k int) bool {
	if k+1 >= len(toks) || !beForms[toks[k].lower] {
		return false
	}
	switch toks[k+1].lower {
	case "planned", "scheduled", "expected", "due", "set":
		return true
	}
	return false
}

// whenPair resolves a pair phrase by the two actors of a "when" clause
// later in its sentence: "The two sides agreed to revive shuttle diplomacy
// when Yoon met with Kishida in Tokyo", "the two leaders signed it when Moon
// and Kim met in Pyongyang". The clause names the pair better than the
// states or persons of earlier sentences. Places are passed over; the
// first two distinct actors within twelve tokens must fit the phrase.
func whenPair(toks []token, ms []*mention) {
	for _, m := range ms {
		if m.kind == mkPronoun && m.pronoun == "they" && m.s >= 2 && (toks[m.s-1].lower == "when" || toks[m.s-1].lower == "as" || toks[m.s-1].lower == "after") {
			// "the agenda set by Biden and Xi when they met in November":
			// the two named right before
			if b := mentionEndingAt(ms, m.s-1); b != nil && b.ent != nil {
				if g := coordLeft(toks, b, ms); len(g) == 2 && g[0].ent != nil && g[0].ent != g[1].ent {
					m.pair, m.named = [2]*Entry{g[0].ent, g[1].ent}, true
				}
			}
			continue
		}
		if m.kind != mkPair || len(m.roles) > 0 || m.size > 2 || m.pronoun == "koreas" || m.pronoun == "their" {
			continue
		}
		w := -1
		for k := m.e; k < len(toks); k++ {
			if toks[k].lower == "when" {
				w = k
				break
			}
			if toks[k].text == ";" {
				break
			}
		}
		if w < 0 {
			continue
		}
		var found [2]*Entry
		n := 0
		for _, a := range ms {
			if a.s <= w || a.s > w+12 || n == 2 {
				continue
			}
			if a.kind != mkActor || a.ent == nil || a.city || a.place != "" || a.ent.Kind != KindPerson && a.ent.Kind != KindCountry {
				continue
			}
			if n == 1 && found[0] == a.ent {
				continue
			}
			found[n] = a.ent
			n++
		}
		if n == 2 && pairOfSentence(m, found) {
			m.pair = found
		}
	}
}
