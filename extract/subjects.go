package extract

import "strings"

// Who acts: the subject of a trigger's clause, read through coordination,
// apposition, fronted and subordinate clauses, reporting speakers, "by"
// agents and titles. frames.go asks these for a trigger's subject.

// speakerFor returns the person who speaks for a state subject of a
// reported clause: in "Hu told Noda that China opposed the plan" the
// stance is Hu's, who holds an office of China; so in "Putin said Moscow
// \"condemns\" it" when the verb is the speaker's quoted word. Else nil.
func (x *Extractor) speakerFor(toks []token, subj []*mention, ms []*mention, quoted bool) []*mention {
	if len(subj) != 1 || subj[0].ent == nil || subj[0].ent.Kind != KindCountry {
		return nil
	}
	s := subj[0].s
	if s < 2 || toks[s-1].lower != "that" && !(sayVerbs[toks[s-1].lower] && quoted) {
		return nil
	}
	from := s - 2
	if toks[s-1].lower != "that" {
		from = s - 1 // "Putin said Moscow \"condemns\"": no "that", the speaker's own words
	}
	for j := from; j >= 0 && j >= s-6; j-- {
		if !sayVerbs[toks[j].lower] {
			continue
		}
		sp := x.clauseSubject(toks, j, ms, nil, nil)
		if len(sp) == 1 && sp[0].ent != nil && sp[0].ent.Kind == KindPerson && x.isHome(sp[0], subj[0].ent) {
			return sp
		}
		return nil
	}
	return nil
}

// ingForm reports a verb trigger in its -ing form, also where the word is a
// noun trigger too ("signing"): ", signing two joint statements".
func ingForm(toks []token, t *trigAt) bool {
	return t.tr.form == "ing" || t.tr.form == "ambiguous" && !t.noun && strings.HasSuffix(toks[t.s].lower, "ing")
}

// attribution reports a mention that names who said the sentence: followed
// by a verb of saying and preceded, over at most three lower-case title
// words, by a comma ("..., presidential spokesman X said").
func attribution(toks []token, m *mention, from int) bool {
	if m.e >= len(toks) || !sayVerbs[toks[m.e].lower] {
		return false
	}
	for k := m.s - 1; k >= from && k >= m.s-4; k-- {
		if toks[k].text == "," {
			return true
		}
		if !toks[k].isWord() || toks[k].isCap() && k != m.s-1 {
			return false
		}
	}
	return false
}

// participleClause reports a present participle at toks[k] that opens a
// clause about a noun before it, its object right after ("a statement
// criticising China", "a deal ending the dispute").
func participleClause(toks []token, k int, ms []*mention) bool {
	w := toks[k].lower
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || toks[k].isCap() || prepositions[w] || k+1 >= len(toks) {
		return false
	}
	switch w {
	case "including", "concerning", "regarding", "during", "following", "according":
		return false
	}
	if k > 0 && determiners[toks[k-1].lower] {
		return false // "the visiting president", "the ruling party": an adjective
	}
	return determiners[toks[k+1].lower] || mentionStartingAt(ms, k+1) != nil
}

// vehicleNouns are craft an organisation's name may modify: "a U.S. Air
// Force C-17 landed in Tbilisi" is a plane arriving, not a visit.
var vehicleNouns = map[string]bool{"plane": true, "planes": true, "aircraft": true, "jet": true, "jets": true,
	"warship": true, "warships": true, "ship": true, "ships": true, "destroyer": true, "destroyers": true,
	"carrier": true, "vessel": true, "vessels": true, "frigate": true, "frigates": true, "flotilla": true,
	"convoy": true, "helicopter": true, "helicopters": true, "drone": true, "drones": true, "submarine": true,
	"bomber": true, "bombers": true, "flight": true, "troops": true, "forces": true, "unit": true, "units": true}

// travellers drops visit subjects that only name the owner of a craft or
// unit that travels: an organisation followed by a vehicle noun or a
// model designation ("C-17", "Su-35").
func travellers(toks []token, subj []*mention) []*mention {
	var out []*mention
	for _, m := range subj {
		if m.ent != nil && m.ent.Kind == KindOrganization && m.e < len(toks) {
			w := toks[m.e]
			if vehicleNouns[w.lower] || w.isCap() && strings.ContainsAny(w.text, "0123456789") {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// reportingSpeaker returns the person whose words report a state's or an
// organisation's stance: "Merkel told reporters the bloc stood ready",
// "Abe said Japan would". Nil when no person reports it right before.
func (x *Extractor) reportingSpeaker(toks []token, subj []*mention, ms []*mention) []*mention {
	if len(subj) != 1 || subj[0].ent == nil || subj[0].ent.Kind == KindPerson {
		return nil
	}
	s := subj[0].s
	for j := s - 1; j >= 0 && j >= s-4; j-- {
		w := toks[j].lower
		if sayVerbs[w] {
			sp := x.clauseSubject(toks, j, ms, nil, nil)
			if len(sp) == 1 && sp[0].ent != nil && sp[0].ent.Kind == KindPerson {
				return sp
			}
			return nil
		}
		if !(w == "that" || w == "reporters" || w == "journalists" || w == "lawmakers" || determiners[w]) {
			return nil
		}
	}
	return nil
}

// conditionActor returns the actor of an "if"/"unless" clause that
// follows the trigger ending at i in its sentence ("to impose broader
// sanctions if Russia moved against Ukraine"): the one whose act would
// bring the measure. Nil without one, or when it is the subject's side.
func (x *Extractor) conditionActor(toks []token, i int, ms []*mention, subj []*mention) *mention {
	for k := i; k+1 < len(toks) && k < i+14; k++ {
		w := toks[k].lower
		if w == "." || w == ";" {
			return nil
		}
		if w != "if" && w != "unless" {
			continue
		}
		for q := k + 1; q < len(toks) && q < k+4; q++ {
			m := mentionStartingAt(ms, q)
			if m == nil || m.ent == nil || m.kind == mkPronoun || m.kind == mkPair {
				continue
			}
			for _, s := range subj {
				if s.ent == m.ent || x.isHome(s, m.ent) {
					return nil
				}
			}
			return m
		}
		return nil
	}
	return nil
}

// responds reports a responder's verb after toks[i] ("would respond",
// "will retaliate", "\"would respond\""): its subject acts, not suffers.
func responds(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		w := toks[k].lower
		if strings.HasPrefix(w, "respon") || strings.HasPrefix(w, "retaliat") || w == "react" || w == "act" || w == "strike" || w == "hit" {
			return true
		}
	}
	return false
}

// eligibleSubject: not inside an appositive or governed by a preposition.
func eligible(toks []token, m *mention) bool {
	if m.appos || m.compound || m.city || m.kind == mkDemonym || m.kind == mkTitle {
		return false
	}
	k := m.s - 1
	for k >= 0 && (determiners[toks[k].lower] || toks[k].lower == "then" || toks[k].lower == "former") {
		k--
	}
	if k >= 0 && prepositions[toks[k].lower] {
		return k > 0 && toks[k].lower == "of" && memberNouns[toks[k-1].lower] // "the members of ASEAN adopted": the body acts
	}
	return true
}

// subordinators open a clause whose subject follows them: "after X
// threatened ...", "since X invaded ...". Before a mention they look like
// prepositions, so eligible refuses it.
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "once": true, "as": true}

// subordinateSubject reports a mention that a subordinator opens and the
// verb at toks[i] follows over adverbs alone: the subject of that clause.
func subordinateSubject(toks []token, m *mention, i int) bool {
	p := m.s - 1
	if p > 0 && determiners[toks[p].lower] {
		p-- // "before the U.S. president flew": a title's mention starts after its article
	}
	if m.appos || m.compound || m.city || m.kind == mkDemonym || m.kind == mkTitle || p < 0 || !subordinators[toks[p].lower] {
		return false
	}
	for k := m.e; k < i; k++ {
		if !adverbs[toks[k].lower] {
			return false
		}
	}
	return true
}

func mentionEndingAt(ms []*mention, e int) *mention {
	for _, m := range ms {
		if m.e == e {
			return m
		}
	}
	return nil
}

func mentionStartingAt(ms []*mention, s int) *mention {
	for _, m := range ms {
		if m.s == s && !m.appos {
			return m
		}
	}
	return nil
}

// letVerbs let their object do what the "to"-infinitive after it names:
// "allowed Russian troops to attack Ukraine" — the troops attack.
var letVerbs = words("allowed permitted enabled helped forced")

// clauseSubject finds the subject of the verb at toks[i]: a conjoined verb
// keeps the previous verb's subject; otherwise the nearest eligible
// mention to the left in the clause, with any coordinated mentions.
func (x *Extractor) clauseSubject(toks []token, i int, ms []*mention, trigs []*trigAt, self *trigAt) []*mention {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].lower] || toks[k].text == ",") {
		if toks[k].text == "," && k > 0 && toks[k-1].lower != "and" && !adverbs[toks[k-1].lower] {
			break
		}
		k--
	}
	ingChain := self != nil && ingForm(toks, self) && k >= 0 && (toks[k].lower == "while" || toks[k].lower == "," || toks[k].lower == "by" || commaAdverbial(toks, k))
	// "X met Y before flying on to Z", without a comma too: X flies
	ingChain = ingChain || adverbialParticiple(toks, self)
	andConj := k >= 0 && toks[k].lower == "and"
	if k >= 0 && (toks[k].lower == "and" || toks[k].lower == "or") || ingChain {
		var prev *trigAt
		for _, t := range trigs {
			if t == self {
				break
			}
			if !t.noun && !t.forIng {
				prev = t
			}
		}
		if prev != nil && len(prev.subj) > 0 && !prev.passive && !(ingChain && !andConj && askedToAct(toks, prev)) {
			// "opposed X's proposal to introduce ... and reinforce": the
			// conjoined verb belongs to the infinitive, not to prev
			for q := prev.e; q < k && (andConj || !ingChain); q++ {
				if toks[q].lower == "to" && q+1 < k && !toks[q+1].isCap() && !determiners[toks[q+1].lower] && toks[q+1].isWord() && q > prev.e {
					return nil
				}
			}
			return prev.subj
		}
	}
	if m := decisionOwner(toks, i, ms); m != nil {
		return []*mention{m} // "praised Tokyo's decision to freeze the assets of X": Tokyo freezes them
	}
	if p := purposeOfPrev(toks, i, trigs, self); p != nil {
		return p.subj
	}
	quoteAt := quoteOpening(toks, i)
	start := i - 1
	if i >= 3 && toks[i-1].text == "\"" && toks[i-3].text == "\"" && strings.HasSuffix(toks[i-2].lower, "ly") {
		start = i - 4 // the North had "flagrantly" conducted: over the quoted adverb
	}
	for k := start; k >= 0; k-- {
		w := toks[k].lower
		if k == quoteAt {
			continue // Moscow "unconditionally condemns": over the quotation mark
		}
		if w == "and" && k+1 < i && auxWords[toks[k+1].lower] {
			// "X will fly to A to see B's troops and is due to meet C": a
			// second predicate without a subject of its own shares the
			// clause's subject, never a mention inside the first predicate
			if m := mainSubject(toks, k, ms); m != nil {
				return coordLeft(toks, m, ms)
			}
			return nil
		}
		if w == "but" && k+1 == i && k > 0 && toks[k-1].isWord() {
			continue // "the leaders confirmed their differences but agreed": a second predicate shares the subject
		}
		if toks[k].text == "," && k > 2 {
			// "X, who addressed the Assembly, has accused Y", "X, whose
			// ministry warned Z, met Y": over the relative clause
			aside := -1
			for q := k - 1; q > 0 && q >= k-20; q-- {
				if toks[q].text == "," {
					if nw := toks[q+1].lower; nw == "who" || nw == "which" || nw == "whose" {
						if m := mentionEndingAt(ms, q); m != nil && m.ent != nil && eligible(toks, m) {
							return coordLeft(toks, m, ms)
						}
						if m := alliesHead(toks, q, ms); m != nil {
							return []*mention{m} // "The US and its allies, which slammed the summit, have accused Y"
						}
					}
					if participleAside(toks, q+1, k) {
						aside = q
					}
					break
				}
			}
			if aside > 0 {
				k = aside // "X, making his G20 debut, conferred with Y": over the aside
				continue
			}
		}
		if m := mentionEndingAt(ms, k+1); m != nil {
			if passiveThatSubject(toks, m) && commaParticiple(toks, self) {
				// "X demanded that Y be removed, accusing him": X accuses
				return x.clauseSubject(toks, m.s-1, ms, nil, nil)
			}
			if m.kind == mkPronoun && (m.pronoun == "his" || m.pronoun == "its" || m.pronoun == "their" || m.pronoun == "her" && k+1 < i && toks[k+1].isWord()) {
				k = m.s
				continue
			}
			if m.kind == mkPronoun && m.pronoun == "they" {
				m.kind = mkPair
				m.pair = x.lastPairOf(m)
			}
			if p := governorBefore(toks, m.s); p >= 0 && (pastVerb(toks[p]) || toks[p].lower == "left" || commaParticiple(toks, self) && verbObject(toks, p)) && !beForms[toks[p].lower] &&
				!(letVerbs[toks[p].lower] && m.e+1 == i && toks[m.e].lower == "to") {
				k = m.s // "X left Pyongyang ... and arrived": the object of another verb (not "allowed Russian troops to attack": they attack)
				continue
			}
			if (eligible(toks, m) || subordinateSubject(toks, m, i) || subordinateClauseSubject(toks, m, i)) && !(m.poss && m.e+1 < i && m.kind != mkPair) {
				if m.ent == nil && m.kind != mkPair && m.kind != mkRole {
					return nil
				}
				g := coordLeft(toks, m, ms)
				if len(g) > 2 && openerPlace(toks, g[0]) {
					return g[1:] // "Following talks in Pyongyang, A and B signed": the place ends the opener
				}
				if len(g) > 1 && prepositionalList(toks, g[0]) {
					return nil // "grants to A, B and C, and dispatched teams": the list is the object of "to"
				}
				return g
			}
			for m.compound && m.s >= 2 && toks[m.s-1].text == "-" && mentionEndingAt(ms, m.s-1) != nil {
				m = mentionEndingAt(ms, m.s-1) // the whole "North Korea-Russia" compound
			}
			k = m.s
			continue
		}
		if unnamedSubordinateSubject(toks, k, i) {
			return nil // "cut ties after protesters stormed its embassy": the protesters stormed it
		}
		if andConj && (clauseBoundary[w] || sayVerbs[w]) {
			// "X said the conflict was escalating and accused Y": the
			// conjoined verb shares the speaker
			for j := k; j > 0; j-- {
				if sayVerbs[toks[j].lower] && toks[j].lower != "according" {
					if sp := x.clauseSubject(toks, j, ms, nil, nil); len(sp) > 0 {
						return sp
					}
					break
				}
			}
		}
		if w == "that" && commaParticiple(toks, self) {
			// "X demanded that Y be removed, accusing him of ...": the
			// participle belongs to the main clause
			return x.clauseSubject(toks, k, ms, nil, nil)
		}
		if sayVerbs[w] && (adverbialParticiple(toks, self) || meetingAfterSaying(toks, self) || commaParticiple(toks, self)) {
			// "X told reporters after meeting Y", "X said after talks with
			// Y": the speaker met Y; ", KCNA said, a day after meeting Y":
			// not the attribution but the main clause's subject
			if m := mentionEndingAt(ms, k); m != nil && m.s > 1 && toks[m.s-1].text == "," {
				if s := mainSubject(toks, m.s-1, ms); s != nil {
					return coordLeft(toks, s, ms)
				}
			}
			return x.clauseSubject(toks, k, ms, nil, nil)
		}
		if clauseBoundary[w] || sayVerbs[w] {
			if (w == "who" || w == "which") && k > 0 {
				if m := mentionEndingAt(ms, k); m != nil && eligible(toks, m) {
					return []*mention{m}
				}
				if k > 1 && toks[k-1].text == "," {
					if m := mentionEndingAt(ms, k-1); m != nil && eligible(toks, m) {
						return coordLeft(toks, m, ms) // "the Russian and Ukrainian delegations, who met"
					}
					if m := mentionEndingAt(ms, k-1); m != nil && relativeAntecedentAfterPrep(toks, m) {
						return []*mention{m} // "held a meeting with X, who welcomed Y": X
					}
					// "X, the former spy chief, who met": over the appositive
					for q := k - 2; q > 0 && q >= k-10; q-- {
						if toks[q].text == "," {
							if m := mentionEndingAt(ms, q); m != nil && m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson && !m.appos {
								return []*mention{m}
							}
							break
						}
						if clauseBoundary[toks[q].lower] {
							break
						}
					}
				}
			}
			return nil
		}
	}
	return nil
}

// purposeOfPrev returns the verb trigger whose purpose the trigger at i
// names after "for": "flew on to Z for talks with Y" holds the talks whoever
// flew, not the object met before ("met X, before flying on to Z for talks
// with Y"). Only across that verb's own phrase, with no comma or clause
// boundary; nil otherwise.
func purposeOfPrev(toks []token, i int, trigs []*trigAt, self *trigAt) *trigAt {
	if self == nil || i < 2 || toks[i-1].lower != "for" {
		return nil
	}
	var prev *trigAt
	for _, t := range trigs {
		if t == self {
			break
		}
		if !t.noun && !t.forIng && t.tr.rel == "VISIT" {
			prev = t
		}
	}
	if prev == nil || len(prev.subj) == 0 || prev.passive || prev.e >= i || i-prev.e > 8 {
		return nil
	}
	if clauseBreak(toks, prev.e, i) {
		return nil
	}
	return prev
}

// commaAdverbial reports "before" or "after" at k set off by a comma and
// opening a participle ("met Y, before flying on to Z"): the participle's
// subject is the main verb's, not the object nearest to it.
func commaAdverbial(toks []token, k int) bool {
	return k > 0 && toks[k-1].text == "," && (toks[k].lower == "before" || toks[k].lower == "after")
}

// adverbialParticiple reports a trigger in the -ing form opened by "after",
// "before", "while" or "since" ("after meeting X"): a participle clause
// whose subject is the main clause's, across its verb of saying.
func adverbialParticiple(toks []token, t *trigAt) bool {
	if t == nil || t.s == 0 || t.noun || !strings.HasSuffix(toks[t.s].lower, "ing") {
		return false
	}
	switch toks[t.s-1].lower {
	case "after", "before", "while", "since", "when":
		return true
	}
	return false
}

// governorBefore returns the index of the word that governs a mention
// starting at s, over a nationality the mention finder left out of it
// ("summoned Korean Ambassador X": "summoned"); -1 at the sentence start.
func governorBefore(toks []token, s int) int {
	p := s - 1
	if p > 0 && toks[p].isCap() && toks[p].isWord() {
		p--
	}
	return p
}

// subjectOwner returns whose act the subject of a passive criticism or
// rejection names, when the sentence opens with it: "Myanmar's crackdown
// on the Rohingya was denounced by X", "A Japanese proposal to ... was
// rejected by Seoul", "Turkey's invitation ... drew criticism from Y".
// Nil when the sentence opens otherwise.
func (x *Extractor) subjectOwner(toks []token, t *trigAt, ms []*mention) *mention {
	if t.tr.rel != "CRITICIZE" && t.tr.rel != "REJECT" || t.s < 3 {
		return nil
	}
	k := 0
	if determiners[toks[0].lower] {
		k = 1
	}
	if m := mentionStartingAt(ms, k); m != nil {
		if m.ent == nil || !m.poss || m.kind == mkPronoun || m.e+1 >= t.s {
			return nil
		}
		return m
	}
	if m, n := x.dict.names.longest(toks, k, textKey); m != nil && m.kind == matchDemonym && k+n < t.s && toks[k+n].isWord() && !toks[k+n].isCap() {
		return &mention{s: k, e: k + n, kind: mkActor, ent: m.entry, match: m.kind, head: k, text: joinTokens(toks[k : k+n])}
	}
	return nil
}

// frontedSubject finds the subject of a sentence opened by a participle
// phrase ("Deploring the raid by X, the Assembly voted ..."): the mention
// right after the phrase's closing comma, followed by a verb.
func frontedSubject(toks []token, from int, ms []*mention) []*mention {
	for k := from; k < len(toks); k++ {
		if toks[k].text == ";" || toks[k].text == "." {
			return nil
		}
		if toks[k].text != "," {
			continue
		}
		m := mentionStartingAt(ms, k+1)
		if m == nil && k+2 < len(toks) && determiners[toks[k+1].lower] {
			m = mentionStartingAt(ms, k+2)
		}
		if m == nil || m.ent == nil && m.kind != mkRole || m.kind == mkPronoun || m.e >= len(toks) {
			continue
		}
		q := m.e
		for q < len(toks) && adverbs[toks[q].lower] && !auxWords[toks[q].lower] {
			q++
		}
		if q < len(toks) && (auxWords[toks[q].lower] || verbLike(toks[q]) || pastVerb(toks[q]) || strings.HasSuffix(toks[q].lower, "s") && !toks[q].isCap()) {
			return coordLeft(toks, m, ms)
		}
		return nil
	}
	return nil
}

// speakerOf returns the index of the say verb that reports a clause from
// s to e: before it ("Y said (that) X would pay") with nothing but "that"
// or a time phrase between, or after the closing quotation ("'X will
// pay,' Y said"). Else -1.
func speakerOf(toks []token, s, e int) int {
	if sp := saidThatBefore(toks, s); sp >= 0 {
		return sp
	}
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		w := toks[k].lower
		if sayVerbs[w] || w == "warned" || w == "declared" || w == "vowed" {
			return k
		}
		if w != "that" && w != "\"" && !toks[k].isCap() && !isDigits(w) && w != "on" {
			break
		}
	}
	if s == 0 || toks[s-1].text != "\"" {
		return -1
	}
	for k := e; k+1 < len(toks); k++ {
		if toks[k].text == "\"" {
			for q := k + 1; q < len(toks) && q < k+8; q++ {
				if w := toks[q].lower; sayVerbs[w] || w == "warned" || w == "declared" || w == "vowed" {
					return q
				}
				if toks[q].text == "." {
					break
				}
			}
			return -1
		}
	}
	return -1
}

// saidThatBefore returns the reporting verb of a "that" clause whose
// subject starts at s, told at some length before it: "said in a
// statement carried by KCNA on Monday that the United States would pay",
// or -1.
func saidThatBefore(toks []token, s int) int {
	k := s - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 1 || toks[k].lower != "that" {
		return -1
	}
	for q := k - 1; q >= 0 && q >= k-14; q-- {
		w := toks[q].lower
		if sayVerbs[w] || w == "warned" || w == "declared" || w == "vowed" {
			return q
		}
		if w == "." || w == ";" || w == "\"" || clauseBoundary[w] {
			return -1
		}
	}
	return -1
}

// possessorAfter returns the actor whose act a verb's object names:
// "called Seoul's decision", "described the Kremlin's move"; else nil.
func possessorAfter(toks []token, i int, ms []*mention) *mention {
	k := i
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	m := mentionStartingAt(ms, k)
	if m == nil || m.ent == nil && m.kind != mkRole || m.kind == mkPronoun || m.e+2 >= len(toks) || toks[m.e+1].isCap() || !m.poss && toks[m.e].text != "'s" {
		return nil
	}
	return m
}

// auxWords open a predicate: "and is expected to", "and will".
var auxWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "will": true, "would": true, "has": true,
	"have": true, "had": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true}

// mainSubject finds the subject of the sentence's first clause before
// end: the first eligible mention at the sentence start (or after a
// leading phrase's comma) that a finite verb follows, over adverbs and a
// relative clause ("X, who ..., will").
func mainSubject(toks []token, end int, ms []*mention) *mention {
	for _, m := range ms {
		if m.e >= end {
			break
		}
		if !eligible(toks, m) || m.ent == nil && m.kind != mkPair && m.kind != mkRole {
			continue
		}
		if m.s > 0 && toks[m.s-1].text != "," && !(m.s == 1 && determiners[toks[0].lower]) {
			continue
		}
		q := m.e
		for q < end && adverbs[toks[q].lower] && !auxWords[toks[q].lower] {
			q++
		}
		if q >= end {
			continue
		}
		v := toks[q]
		if v.text == "," && q+1 < end && (toks[q+1].lower == "who" || toks[q+1].lower == "which") || auxWords[v.lower] || verbLike(v) || pastVerb(v) {
			return m
		}
	}
	return nil
}

// coordLeft extends a subject leftwards over "X and Y", "X, Y and Z".
func coordLeft(toks []token, m *mention, ms []*mention) []*mention {
	group := []*mention{m}
	cur := m
	sawAnd := false
	for cur.s >= 2 {
		at := cur.s // "X and the Y": the determiner belongs to Y
		if toks[at-1].lower == "the" && at >= 3 {
			at--
		}
		if !sawAnd {
			at = titleIntroStart(toks, ms, at)
		}
		t := lowerTitleStart(toks, at)
		if t == at && at >= 3 && toks[at-1].lower == "counterpart" {
			t = at - 1
		}
		if t < at {
			at = t
			q := at
			for n := 0; n < 2 && q >= 2 && toks[q-1].isCap() && toks[q-1].isWord(); n++ {
				q--
			}
			if q < at && q >= 1 && toks[q-1].lower == "and" {
				at = q // "Kim Jong Un and Russian counterpart Vladimir Putin": the demonym opens the title
			}
		}
		if at >= 2 && (toks[at-1].lower == "visiting" || toks[at-1].lower == "outgoing" || toks[at-1].lower == "incoming") && cur.ent != nil && cur.ent.Kind == KindPerson {
			at-- // "Trump and visiting Japanese Prime Minister Ishiba"
		}
		if at >= 2 && toks[at-1].text == "'s" && cur.ent != nil && cur.ent.Kind == KindPerson {
			if sm := mentionEndingAt(ms, at-1); sm != nil && sm.ent != nil && sm.ent.Kind == KindCountry {
				at = sm.s // "Japan's Kishida and South Korea's Yoon": the person's state is part of his name
			}
		}
		if at < 1 {
			break // a title that opens the sentence: nothing to its left
		}
		sep := toks[at-1].lower
		if sep != "and" && (sep != "," || !sawAnd) {
			break
		}
		first := !sawAnd
		sawAnd = true
		p := mentionEndingAt(ms, at-1)
		if p == nil && sep == "and" && at >= 3 && toks[at-2].text == "," {
			p = mentionEndingAt(ms, at-2)
			if p != nil && first && !subjectPosition(toks, p) && !p.appos && (cur.ent == nil || cur.ent.Kind != KindPerson || apposHolder(toks, at-2, ms) == nil) {
				break // "voiced concern about X, and their countries agreed": X ends another clause
			}
		}
		if (p == nil || p.appos) && sep == "and" && cur.ent != nil && cur.ent.Kind == KindPerson && at >= 3 && toks[at-2].text == "," {
			if a := apposHolder(toks, at-2, ms); a != nil {
				p = a // "X, chairman of Y, and Z": X past the appositive
			}
		}
		if p != nil && p.kind == mkRole && p.ent == nil && !p.appos {
			cur = p // "X and the presidents of A and B": an unknown holder is skipped, not a break
			continue
		}
		if p == nil || p.appos || p.ent == nil || p.kind == mkDemonym {
			break
		}
		group = append([]*mention{p}, group...)
		cur = p
	}
	if len(group) == 1 {
		return group
	}
	// keep only one mention per actor
	var out []*mention
	for _, g := range group {
		dup := false
		for _, o := range out {
			if o.ent == g.ent {
				dup = true
			}
		}
		if !dup {
			out = append(out, g)
		}
	}
	return out
}

// apposEnd returns the comma that closes a person's appositive opened by
// the comma at toks[c] ("X, chairman of the commission, and Y"): a
// lower-case post, then words without a clause break, at most eighteen
// tokens. It returns 0 when there is none.
func apposEnd(toks []token, c int, ms []*mention) int {
	if c+2 >= len(toks) || !toks[c+1].isWord() || toks[c+1].isCap() && !titleLike(toks[c+1]) && toks[c+2].text != "'s" {
		return 0 // a post, or a state's post: "X, Russia's foreign minister, and Y"
	}
	for q := c + 2; q < len(toks) && q <= c+18; q++ {
		if toks[q].text == "," {
			return q
		}
		if clauseBoundary[toks[q].lower] || !toks[q].isWord() && toks[q].text != "'s" && toks[q].text != "-" || pastVerb(toks[q]) {
			return 0
		}
	}
	return 0
}

// apposHolder returns the person whose appositive the comma at toks[c]
// closes ("X, chairman of the commission, and Y"), or nil.
func apposHolder(toks []token, c int, ms []*mention) *mention {
	for q := c - 2; q >= 1 && q >= c-18; q-- {
		if toks[q].text != "," {
			if clauseBoundary[toks[q].lower] || pastTense(toks[q]) || morePast[toks[q].lower] {
				return nil // a clause, not an appositive ("X, Y, flew to Z ..., and W")
			}
			continue
		}
		if m := mentionEndingAt(ms, q); m != nil && m.ent != nil && m.ent.Kind == KindPerson && !m.appos && apposEnd(toks, q, ms) == c {
			return m
		}
		return nil
	}
	return nil
}

// titleLike reports a capitalised word that opens a post ("Vice Foreign
// Minister", "President").
func titleLike(t token) bool {
	switch t.lower {
	case "vice", "foreign", "prime", "president", "chairman", "minister", "secretary", "deputy", "defence", "defense":
		return true
	}
	return false
}

// coordRight extends an object rightwards over "X, Y and Z".
func coordRight(toks []token, m *mention, ms []*mention) []*mention {
	group := []*mention{m}
	cur := m
	for cur.e+1 < len(toks) {
		k := cur.e
		if toks[k].text == "," && k+1 < len(toks) && toks[k+1].lower == "and" {
			k++
		}
		if toks[k].lower != "and" && toks[k].text != "," {
			break
		}
		n := mentionStartingAt(ms, k+1)
		if n == nil && k+2 < len(toks) && determiners[toks[k+1].lower] {
			n = mentionStartingAt(ms, k+2)
		}
		if toks[k].text == "," && cur.ent != nil && cur.ent.Kind == KindPerson && (n == nil || n.appos) {
			if c := apposEnd(toks, k, ms); c > 0 && c+2 < len(toks) && toks[c+1].lower == "and" {
				if z := mentionStartingAt(ms, c+2); z != nil && z.ent != nil && z.ent.Kind == KindPerson {
					n = z // "X, minister of Y, and Z": Z past the appositive
				}
			}
		}
		if n == nil || n.kind == mkDemonym || n.kind == mkPronoun || n.compound {
			break
		}
		if n.poss && n.ent != nil && n.ent.Kind == KindCountry {
			if p := mentionStartingAt(ms, n.e+1); p != nil && p.ent != nil && p.ent.Kind == KindPerson && p.kind != mkPronoun {
				n = p // "X and Nigeria's Goodluck Jonathan": the person
			}
		}
		if n.e < len(toks) && sayVerbs[toks[n.e].lower] {
			break // "X, Japanese officials said": the attribution
		}
		if toks[k].lower == "and" && k > 0 && toks[k-1].text == "," && verbAfter(toks, n.e) {
			break // "concern about X, and their countries agreed": a new clause's subject
		}
		group = append(group, n)
		cur = n
	}
	return group
}

// governmentNouns after a leader's name stand for the leader's state.
var governmentNouns = map[string]bool{"administration": true, "government": true, "regime": true, "cabinet": true}

// governmentOf returns the state of "the <leader> administration", or nil.
func (x *Extractor) governmentOf(toks []token, m *mention) *mention {
	if m.ent == nil || m.ent.Kind != KindPerson || m.e >= len(toks) || !governmentNouns[toks[m.e].lower] {
		return nil
	}
	e := x.dict.byID[homeID(m.ent)]
	if e == nil {
		return nil
	}
	return &mention{s: m.s, e: m.e + 1, kind: mkActor, ent: e, head: m.s, text: joinTokens(toks[m.s : m.e+1])}
}

// namedHolding reports "X's Bank Saderat": the possessor's named holding,
// a party the dictionary does not know, is the object, not X. A name that
// modifies a common noun ("Trump's Asia trip") is no holding.
func namedHolding(toks []token, m *mention) bool {
	if !m.poss || m.e+1 >= len(toks) || !toks[m.e+1].isCap() || titleWord(toks[m.e+1].lower) {
		return false
	}
	j := m.e + 1
	for j < len(toks) && toks[j].isCap() {
		j++
	}
	return j >= len(toks) || !toks[j].isWord() || prepositions[toks[j].lower] || auxWords[toks[j].lower]
}

// titleWord: capitalised words after a possessive that name an office.
func titleWord(w string) bool {
	switch w {
	case "president", "prime", "foreign", "defense", "defence", "minister", "leader", "king", "queen", "chancellor",
		"supreme", "ambassador", "envoy", "secretary", "vice", "deputy", "top", "chief", "navy", "army", "coast":
		return true
	}
	return false
}

// unknownNameAt reports a capitalised word at toks[k] right after the
// trigger ending at i (over determiners) that starts no known mention.
func unknownNameAt(toks []token, i, k int) bool {
	for q := i; q < k; q++ {
		if !determiners[toks[q].lower] {
			return false
		}
	}
	_, day := weekdays[toks[k].lower]
	_, month := monthNames[toks[k].lower]
	return toks[k].isCap() && toks[k].isWord() && !determiners[toks[k].lower] && !day && !month // ("on Monday on X": a time)
}

// byAgent finds "by X" after a passive verb.
func (x *Extractor) byAgent(toks []token, i int, ms []*mention) []*mention {
	return x.agentAfter(toks, i, ms, "by")
}

// agentAfter finds the agent introduced by prep ("by X", "from X") within
// six tokens after i.
func (x *Extractor) agentAfter(toks []token, i int, ms []*mention, prep string) []*mention {
	limit := i + 6
	for k := i; k < len(toks) && k < limit; k++ {
		if toks[k].lower == prep && k > i+1 && prep == "by" && pastVerb(toks[k-1]) {
			return nil // "staged close to waters claimed by X": another participle's agent (not "drills planned by X": the noun's own)
		}
		if toks[k].lower == prep {
			j := k + 1
			if m := mentionStartingAt(ms, j); m != nil && m.kind == mkPair {
				return []*mention{m} // "by the presidents of both states"
			}
			if m := counterpartAfter(toks, j, ms); m != nil && m.ent != nil && m.kind != mkPronoun {
				return []*mention{m} // "by his newly elected Pakistani counterpart X"
			}
			for j < len(toks) && (determiners[toks[j].lower] || toks[j].lower == "both") {
				j++ // "by both X and Y": each agent
			}
			if m := mentionStartingAt(ms, j); m != nil && (m.ent != nil || m.kind == mkPair || m.kind == mkRole) {
				if p := x.titledPersonAfter(toks, m, ms); p != nil {
					return []*mention{p} // "by US National Security Adviser Michael Flynn"
				}
				return coordRight(toks, m, ms)
			}
			// "by the presidents of both states"
			for q := j; q < len(toks) && q < j+5; q++ {
				if m := mentionStartingAt(ms, q); m != nil && m.kind == mkPair {
					return []*mention{m}
				}
			}
			if j+2 < len(toks) && toks[j].isCap() && toks[j+1].lower == "and" {
				// "criticism from Europe and the United States": an
				// unknown name first, then named ones
				n := j + 2
				for n < len(toks) && determiners[toks[n].lower] {
					n++
				}
				if m := mentionStartingAt(ms, n); m != nil && m.ent != nil && m.kind == mkActor {
					return coordRight(toks, m, ms)
				}
			}
			return nil
		}
		if (toks[k].text == "\"" || toks[k].text == "'") && k > i && toks[k-1].lower == "as" {
			if n := quotedPhrase(toks, k); n > 0 {
				k += n // "denounced as \"ethnic cleansing\" by X"
				limit += n
				continue
			}
		}
		if clauseBoundary[toks[k].lower] {
			return nil
		}
	}
	return nil
}

// titledPersonAfter returns the person a state's name introduces with a
// title the mention finder left apart ("US National Security Adviser
// Michael Flynn"): a person of that state after capitalised words only.
func (x *Extractor) titledPersonAfter(toks []token, m *mention, ms []*mention) *mention {
	if m.ent == nil || m.ent.Kind != KindCountry && m.ent.Kind != KindOrganization {
		return nil
	}
	titled := false
	for q := m.e; q < len(toks) && q < m.e+5; q++ {
		if p := mentionStartingAt(ms, q); p != nil {
			if p.ent != nil && p.ent.Kind == KindPerson && (x.isHome(p, m.ent) || titled) {
				return p
			}
			return nil
		}
		w := toks[q]
		if !w.isWord() || prepositions[w.lower] || determiners[w.lower] || w.lower == "and" {
			return nil
		}
		titled = titled || titleHeads[w.lower]
	}
	return nil
}

// titleHeads end a title before a name: "UN human rights chief X".
var titleHeads = map[string]bool{"chief": true, "head": true, "adviser": true, "advisor": true, "envoy": true,
	"minister": true, "secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "director": true,
	"ambassador": true, "commissioner": true, "president": true, "leader": true, "official": true}

// withSubject returns the subject of an -ing trigger in an absolute
// phrase, "with X announcing sanctions", "with Tokyo suspending imports":
// X right before the trigger (over adverbs), "with" right before X.
func withSubject(toks []token, t *trigAt, ms []*mention) []*mention {
	if !ingForm(toks, t) {
		return nil
	}
	k := t.s
	for k > 0 && adverbs[toks[k-1].lower] {
		k--
	}
	m := mentionEndingAt(ms, k)
	if m == nil || m.ent == nil || m.kind == mkDemonym || m.kind == mkPair || m.s < 1 || toks[m.s-1].lower != "with" {
		return nil
	}
	return []*mention{m}
}

// openerStarts are the words that open an introductory phrase before a
// sentence's subject: "Following talks in Pyongyang, ...".
var openerStarts = map[string]bool{"following": true, "after": true, "before": true, "during": true, "at": true,
	"in": true, "on": true, "upon": true, "amid": true, "despite": true, "since": true}

// openerPlace reports a mention that ends an introductory phrase opening
// the sentence ("Following talks in Pyongyang, A and B signed", "After a
// dinner at the Kremlin, ..."): the phrase starts the sentence with a
// preposition, holds no comma before the mention and no other name, and a
// comma follows the mention. It is not the first of a list of subjects.
func openerPlace(toks []token, m *mention) bool {
	if m.e >= len(toks) || toks[m.e].text != "," || !openerStarts[toks[0].lower] || !prepositionalList(toks, m) {
		return false
	}
	for k := 1; k < m.s; k++ {
		if toks[k].text == "," || toks[k].isCap() && !determiners[toks[k].lower] {
			return false
		}
	}
	return true
}

// alliesHead returns the actor of "X and its allies" (or partners) ending
// right before toks[e]: the allies are unnamed, X speaks for them.
func alliesHead(toks []token, e int, ms []*mention) *mention {
	if e < 4 || (toks[e-1].lower != "allies" && toks[e-1].lower != "partners") || (toks[e-2].lower != "its" && toks[e-2].lower != "their") || toks[e-3].lower != "and" {
		return nil
	}
	if m := mentionEndingAt(ms, e-3); m != nil && m.ent != nil && m.kind == mkActor {
		return m
	}
	return nil
}
