package extract

import "strings"

// References back to an actor named earlier: pronouns ("he", "it",
// "they"), "the country", "the Council", "the bloc", bare surnames
// ("Kim") and "President Kim", and persons not in the dictionary.

// openingPersonSubject returns the person who opens the sentence before
// an irregular past verb ("Blinken told Wang that ..."): the subject a
// "He" of the next sentence continues, where mainSubject, which knows
// few irregular verbs, found none.
func openingPersonSubject(toks []token, ms []*mention) *mention {
	if len(ms) == 0 || !namedPerson(ms[0]) || ms[0].appos {
		return nil
	}
	m := ms[0]
	if m.s > 1 || m.s == 1 && !determiners[toks[0].lower] || m.e >= len(toks) || !irregularPast[toks[m.e].lower] && !irregularReport[toks[m.e].lower] {
		return nil
	}
	return m
}

// relativeAntecedentAfterPrep reports a person or state named after a
// preposition ("a meeting with X, who ...") that a relative clause
// describes: the subject of the clause although the object of the
// preposition.
func relativeAntecedentAfterPrep(toks []token, m *mention) bool {
	if m.ent == nil || m.appos || m.city || m.kind == mkDemonym || m.kind == mkPronoun || m.s == 0 {
		return false
	}
	if m.ent.Kind != KindPerson && m.ent.Kind != KindCountry && m.ent.Kind != KindOrganization {
		return false
	}
	k := m.s - 1
	for k > 0 && determiners[toks[k].lower] {
		k--
	}
	return prepositions[toks[k].lower]
}

func (x *Extractor) unknownPerson(toks []token, s, e int, st *docState) *mention {
	name := joinTokens(toks[s:e])
	id := slug(name)
	if ent, ok := x.dict.byID[id]; ok {
		return &mention{s: s, e: e, kind: mkActor, ent: ent, head: s}
	}
	for _, v := range nameVariants(name) {
		if m, n := x.dict.names.longest(tokenize(v, 0, len(v)), 0, textKey); m != nil && n == len(tokenTexts(v)) {
			return &mention{s: s, e: e, kind: mkActor, ent: m.entry, head: s}
		}
	}
	if ent := x.dict.byTranslit(name); ent != nil {
		// "Arseny Yatseniuk": another romanisation of a known name
		return &mention{s: s, e: e, kind: mkActor, ent: ent, head: s}
	}
	ent := st.known[id]
	if ent == nil {
		parts := strings.Fields(name)
		ent = &Entry{ID: id, Name: name, Kind: KindPerson, Surnames: []string{parts[0], parts[len(parts)-1]}}
		st.known[id] = ent
	}
	return &mention{s: s, e: e, kind: mkActor, ent: ent, head: s}
}

// surname resolves a bare surname to the most recent person of the
// document with it, else, after a title ("President Obama"), to the one
// dictionary person with it: a bare capitalised word that no earlier
// mention explains ("Rice", "Brown", "Bush") is too often not a name.
func (x *Extractor) surname(w string, st *docState, titled bool, ms []*mention) *Entry {
	persons := st.persons
	for _, m := range ms { // earlier in this sentence
		if m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson {
			persons = append(persons[:len(persons):len(persons)], m.ent)
		}
	}
	for k := len(persons) - 1; k >= 0; k-- {
		p := persons[k]
		f := strings.Fields(p.Name)
		if f[0] == w || f[len(f)-1] == w {
			return p
		}
		for _, s := range p.Surnames {
			if s == w {
				return p
			}
		}
	}
	if es := x.dict.surnames[w]; len(es) == 1 && titled {
		return es[0]
	}
	// "Zelenskiy" after "Zelensky": the same surname romanised another way
	k := translitKey(w)
	for i := len(persons) - 1; i >= 0; i-- {
		for _, s := range x.dict.surKeys[persons[i]] {
			if s == k {
				return persons[i]
			}
		}
	}
	if p := x.laterFullName(w, st); p != nil {
		return p
	}
	return x.sittingLeader(w, st)
}

// topRoles are the posts whose holder a story may name by surname alone:
// the one who leads the state (a premier under a president who leads is
// no such figure).
var topRoles = map[string]bool{"leader": true, "head-of-state": true, "president": true}

// sittingLeader returns the one person of surname w who led a state at
// the published date, when at most two persons of the dictionary bear
// it: "Modi" in a story of 2018, "Bush" in one of 2004. Common surnames
// (Kim, Lee, Li) name nobody this way.
func (x *Extractor) sittingLeader(w string, st *docState) *Entry {
	cands := x.dict.surnames[w]
	if len(cands) == 0 || len(cands) > 2 || st.pubStr == "" {
		return nil
	}
	var found *Entry
	for _, c := range cands {
		for _, a := range c.Affiliations {
			if topRoles[a.Role] && within(st.pubStr, a.From, a.To) {
				if found != nil && found != c {
					return nil
				}
				found = c
			}
		}
	}
	return found
}

// laterFullName returns the person of surname w whose full name the
// document gives first after the current sentence: a headline or a lead
// may say "Xi" before the story names Xi Jinping. The answer is kept per
// document, so the text is searched once for each surname.
func (x *Extractor) laterFullName(w string, st *docState) *Entry {
	cands := x.dict.surnames[w]
	if len(cands) == 0 || st.body == "" || st.sentEnd >= len(st.body) {
		return nil
	}
	if p, ok := st.laterNames[w]; ok {
		return p
	}
	rest := st.body[st.sentEnd:]
	if len(rest) > laterNameReach {
		rest = rest[:laterNameReach] // a headline's or lead's surname is named in full soon after
	}
	var best *Entry
	at := len(rest)
	for _, c := range cands {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if i := strings.Index(rest, n); i >= 0 && i < at && wordBounded(rest, i, len(n)) {
				best, at = c, i
			}
		}
	}
	if st.laterNames == nil {
		st.laterNames = map[string]*Entry{}
	}
	st.laterNames[w] = best
	return best
}

// laterNameReach is how far after a sentence (in bytes, a few sentences)
// a full name may explain a surname used before it.
const laterNameReach = 600

// wordBounded reports whether s[i:i+n] is not part of a longer word.
func wordBounded(s string, i, n int) bool {
	return (i == 0 || !isWordByte(s[i-1])) && (i+n >= len(s) || !isWordByte(s[i+n]))
}

// titledSurname resolves "President Kim" to the most recent person of the
// document named Kim who held a role of the title at the published date,
// or nil.
func (x *Extractor) titledSurname(w string, roles []string, st *docState, ms []*mention) *Entry {
	if len(roles) == 0 {
		return nil
	}
	persons := st.persons
	for _, m := range ms {
		if m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson {
			persons = append(persons[:len(persons):len(persons)], m.ent)
		}
	}
	for k := len(persons) - 1; k >= 0; k-- {
		p := persons[k]
		f := strings.Fields(p.Name)
		named := f[0] == w || f[len(f)-1] == w
		for _, s := range p.Surnames {
			named = named || s == w
		}
		if !named {
			continue
		}
		for _, a := range p.Affiliations {
			for _, r := range roles {
				if a.Role == r && (st.pubStr == "" || within(st.pubStr, a.From, a.To)) {
					return p
				}
			}
		}
	}
	return nil
}

// resolvePronoun finds what he/she/it/they refers to.
func (x *Extractor) resolvePronoun(m *mention, toks []token, ms []*mention, st *docState) *Entry {
	switch m.pronoun {
	case "he", "him", "his", "she", "her":
		want := "male"
		if m.pronoun == "she" || m.pronoun == "her" {
			want = "female"
		}
		// cataphora: "During his first visit to X, Putin ..." -> the main subject
		if m.pronoun == "his" || m.pronoun == "her" {
			if m.s <= 3 && m.s > 0 && !toks[0].isWord() == false {
				for _, n := range ms {
					if n.s > m.s && n.kind == mkActor && n.ent != nil && n.ent.Kind == KindPerson && n.s > 0 && toks[n.s-1].text == "," {
						return n.ent
					}
				}
			}
		}
		// the most recent compatible person before the pronoun in this
		// sentence, else in the document
		var best, not *Entry
		for _, n := range ms {
			if n.s < m.s && namedPerson(n) && !n.appos && genderOK(n.ent, want) {
				if (m.pronoun == "him" || m.pronoun == "her" || m.pronoun == "his" && claimAfter(toks, m.e)) && relativeAntecedent(toks, n, m.s) {
					// "X met Y, who received him": him is not Y; "X rejected
					// his offer": the offer is another's
					not = n.ent
					continue
				}
				best = n.ent
			}
		}
		if best != nil && best == not {
			// "X met Vietnam's president, Y, who received him": the title
			// before the name is Y too
			best = nil
			for _, n := range ms {
				if n.s < m.s && namedPerson(n) && !n.appos && genderOK(n.ent, want) && n.ent != not {
					best = n.ent
				}
			}
		}
		subject := m.pronoun == "he" || m.pronoun == "she" || m.stateOf // "and his government later ..." acts like "he"
		if best != nil && subject && m.s > 0 && (subClauseOpeners[toks[m.s-1].lower] || opensCoordinateClause(toks, m.s)) {
			// "X received Y before a dinner, where he spoke", "X met Y on
			// Monday, and on Tuesday he flew on": a subject pronoun opening
			// a subordinate or coordinate clause is the main clause's
			// subject, not the object nearest to it
			if ms0 := mainSubject(toks, m.s, ms); ms0 != nil && namedPerson(ms0) && genderOK(ms0.ent, want) {
				return ms0.ent
			}
			if p := firstClauseSubject(toks, m.s, ms); p != nil && genderOK(p, want) {
				// "The test came as X arrived for a summit with Y, a day
				// after he held talks": the first person acting in the sentence
				return p
			}
		}
		if best != nil {
			return best
		}
		if p := st.lastSubj; subject && p != nil && st.lastSubjIndex == st.sentIndex-1 && genderOK(p, want) {
			// "X met Y on Monday. He later flew to Z": a subject pronoun
			// before any person of its sentence continues the subject of the
			// sentence before, not its object
			return p
		}
		if !subject && m.pronoun != "his" {
			if p := x.foreignPerson(st, ms, m, want, not); p != nil {
				return p
			}
		}
		for k := len(st.persons) - 1; k >= 0; k-- {
			if genderOK(st.persons[k], want) && st.persons[k] != not {
				return st.persons[k]
			}
		}
	case "country":
		return x.resolveCountry(m, toks, ms, st)
	case "it", "its":
		if m.pronoun == "its" && m.s >= 2 && !toks[m.s-1].isCap() && (pastTense(toks[m.s-1]) || strings.HasSuffix(toks[m.s-1].lower, "s")) {
			// "since Russia launched its invasion of Ukraine": the subject
			// of the verb right before, not the sentence's first state
			if n := mentionEndingAt(ms, m.s-1); n != nil && n.kind == mkActor && n.ent != nil && n.ent.Kind != KindPerson && !n.city {
				return n.ent
			}
		}
		for _, n := range ms {
			if n.s < m.s && n.kind == mkActor && n.ent != nil && n.ent.Kind != KindPerson && !n.city {
				return n.ent
			}
		}
		if p := st.lastState; p != nil && m.pronoun == "it" && st.lastStateIndex == st.sentIndex-1 {
			// "The North had pledged ... . But it walked out": the subject
			// of the sentence before, not the last event's
			return p
		}
		if len(st.states) > 0 && m.pronoun == "it" {
			return st.lastSubjectState(st)
		}
	}
	return nil
}

// namedPerson reports a mention that stands for one known person: a name,
// or a title already resolved to its holder ("the Russian foreign
// minister visited Beijing, and he met ..."), which a later "he" can
// refer to like a name.
func namedPerson(n *mention) bool {
	return (n.kind == mkActor || n.kind == mkRole) && n.ent != nil && n.ent.Kind == KindPerson
}

// commaParticiple reports a verb trigger in the -ing form set off by a
// comma ("X wrote on Twitter, accusing Y of ..."): its subject is the main
// clause's, across a verb of saying or a "that" clause.
func commaParticiple(toks []token, t *trigAt) bool {
	return t != nil && !t.noun && t.s > 0 && toks[t.s-1].text == "," && strings.HasSuffix(toks[t.s].lower, "ing")
}

// passiveThatSubject reports a mention that opens a "that" clause in the
// passive ("demanded that X be removed"): a patient, never the agent of a
// participle that follows the clause.
func passiveThatSubject(toks []token, m *mention) bool {
	if m.s == 0 || toks[m.s-1].lower != "that" || m.e+1 >= len(toks) {
		return false
	}
	switch toks[m.e].lower {
	case "be", "been", "was", "were", "is", "are":
		return pastVerb(toks[m.e+1]) || irregularParticiple[toks[m.e+1].lower]
	}
	return false
}

// foreignPerson resolves an object pronoun ("North Korea accused him")
// from the document to the most recent person who does not serve a state
// named before it in its sentence: a state's statement is rarely about
// its own official. Nil when no state precedes it or no such person is
// left.
func (x *Extractor) foreignPerson(st *docState, ms []*mention, m *mention, want string, not *Entry) *Entry {
	own := map[*Entry]bool{}
	for _, n := range ms {
		if n.s < m.s && n.kind == mkActor && n.ent != nil && !n.city && !n.appos {
			switch n.ent.Kind {
			case KindCountry:
				own[n.ent] = true
			case KindOrganization, KindMedia:
				if h := x.homeState(n.ent); h != nil {
					own[h] = true
				}
			}
		}
	}
	if len(own) == 0 {
		return nil
	}
	for k := len(st.persons) - 1; k >= 0; k-- {
		p := st.persons[k]
		if genderOK(p, want) && p != not && !own[x.homeState(p)] {
			return p
		}
	}
	return nil
}

// countryAnaphor returns the length of a definite "the country", "the
// nation" or "the kingdom" at toks[i] that refers back to a state like
// "it" does, or 0.
func countryAnaphor(toks []token, i int) int {
	if i+2 < len(toks) && toks[i].lower == "the" && stateEpithets[toks[i+1].lower] && epithetNouns[toks[i+2].lower] && !toks[i+2].isCap() &&
		!(i+3 < len(toks) && (toks[i+3].text == "-" || toks[i+3].lower == "of")) {
		return 3 // "the communist state", "the reclusive nation", "the Gulf kingdom"
	}
	if i+1 >= len(toks) || toks[i].lower != "the" || toks[i+1].lower != "country" && toks[i+1].lower != "nation" && toks[i+1].lower != "kingdom" {
		return 0
	}
	if i+2 < len(toks) && toks[i+2].text == "-" {
		return 0 // "the country-wide ..."
	}
	if toks[i+1].lower == "kingdom" && (toks[i+1].text == "Kingdom" || i+2 < len(toks) && toks[i+2].lower == "of") {
		return 0 // "the Kingdom of Saudi Arabia", "the Kingdom": a name, not an anaphor
	}
	return 2
}

// reportedBetween reports a reporting verb or "that" in toks[s:e]: what
// follows is another clause, with a subject of its own.
func reportedBetween(toks []token, s, e int) bool {
	for k := s; k < e; k++ {
		if sayVerbs[toks[k].lower] || toks[k].lower == "that" {
			return true
		}
	}
	return false
}

// stateEpithets describe a state a story has named, in a definite
// description that refers back to it ("the communist state", "the
// reclusive nation"); epithetNouns are what they describe.
var (
	stateEpithets = words("communist reclusive isolated impoverished nuclear-armed oil-rich war-torn landlocked island gulf baltic balkan nordic himalayan " +
		"asian african european arab caribbean andean pacific secretive authoritarian self-ruled self-governing self-governed democratic")
	epithetNouns = words("state country nation kingdom regime republic island")
)

// resolveCountry finds the state "the country" refers to: the first state
// named before it in its sentence (other than the subject opening it, when
// "the country" is an object), else the state of the first person
// named before it ("Kim said the country would ..."), else the state of
// a nationality word before it ("the Ukrainian speaker said ... the
// country"), else the state that
// was the subject of one of the two sentences before, else the state that
// was the subject of the last event, else the last state named.
func (x *Extractor) resolveCountry(m *mention, toks []token, ms []*mention, st *docState) *Entry {
	var person, demonym *Entry
	object := m.s > 0 && (prepositions[toks[m.s-1].lower] || pastVerb(toks[m.s-1]) || verbLike(toks[m.s-1]))
	for _, n := range ms {
		if demonym == nil && n.s < m.s && n.kind == mkDemonym && n.ent != nil && n.ent.Kind == KindCountry {
			demonym = n.ent // "the Ukrainian speaker said ... stood by the country"
		}
		if demonym == nil && n.s < m.s && n.kind == mkRole && n.state != nil && n.state.Kind == KindCountry {
			demonym = n.state // "the Ukrainian parliament's speaker said ..."
		}
		if n.s >= m.s || n.kind != mkActor || n.ent == nil || n.appos || n.city {
			continue
		}
		if object && n.s <= 1 && n.ent.Kind == KindCountry && !reportedBetween(toks, n.e, m.s) {
			continue // "Japan condemned the reclusive state": not the subject itself
		}
		if n.ent.Kind == KindCountry {
			return n.ent
		}
		if person == nil && n.ent.Kind == KindPerson {
			person = n.ent
		}
	}
	if person != nil {
		if h := x.homeState(person); h != nil {
			return h
		}
	}
	if demonym != nil {
		return demonym
	}
	if st.lastState != nil && st.lastState.Kind == KindCountry && st.lastStateIndex >= st.sentIndex-2 {
		return st.lastState
	}
	if p := st.lastPair[0]; p != nil && p.Kind == KindCountry {
		return p
	}
	for k := len(st.states) - 1; k >= 0; k-- {
		if st.states[k].Kind == KindCountry {
			return st.states[k]
		}
	}
	return nil
}

// orgHeads are the head nouns a definite description of an organisation
// named earlier uses: "the Council" after the Security Council, "the
// agency" after the IAEA, "the alliance" after NATO.
var orgHeads = map[string]bool{
	"council": true, "commission": true, "agency": true, "assembly": true, "alliance": true, "bloc": true,
	"organization": true, "organisation": true, "watchdog": true, "ministry": true, "committee": true,
}

// blocs are the groupings "the bloc" may refer back to.
var blocs = map[string]bool{
	"european-union": true, "asean": true, "brics": true, "sco": true, "african-union": true, "gcc": true,
	"eaeu": true, "csto": true, "mercosur": true, "g7": true, "g20": true, "quad": true,
}

// alliances are the defence pacts "the alliance" may refer back to.
var alliances = map[string]bool{"nato": true, "csto": true, "aukus": true}

// orgAnaphor resolves "the Council", "the agency" or "the bloc" at
// toks[i] to the organisation of the document, among the last ones named,
// whose name has that head noun (for "the bloc", a grouping of states);
// not before a name or "of"/"for" and a name ("the Council of Europe",
// "the Agency for ...").
func (x *Extractor) orgAnaphor(toks []token, i int, st *docState) *Entry {
	if i+1 >= len(toks) || toks[i].lower != "the" || !orgHeads[toks[i+1].lower] {
		return nil
	}
	if i+2 < len(toks) && (toks[i+2].isCap() || toks[i+2].text == "-") {
		return nil
	}
	if i+3 < len(toks) && (toks[i+2].lower == "of" || toks[i+2].lower == "for") && (toks[i+3].isCap() || toks[i+3].lower == "the") {
		return nil // "the Council of Europe", "the Agency for International Development" (but "accused the alliance of trampling")
	}
	head := toks[i+1].lower
	for k := len(st.orgs) - 1; k >= 0 && k >= len(st.orgs)-20; k-- {
		e := st.orgs[k]
		if head == "bloc" && blocs[e.ID] || head == "alliance" && alliances[e.ID] || head != "bloc" && nameHasWord(e, head) {
			return e
		}
	}
	return nil
}

// nameHasWord reports whether the name or an alias of e has the word w
// (lower case).
func nameHasWord(e *Entry, w string) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		for _, f := range strings.Fields(strings.ToLower(n)) {
			if f == w {
				return true
			}
		}
	}
	return false
}

// opensCoordinateClause reports whether pos starts a clause coordinated
// with the main one: "and" or "but" before it, with at most an adverb or
// a short time phrase between ("and later he", "but on Tuesday he").
func opensCoordinateClause(toks []token, pos int) bool {
	for q := pos - 1; q >= 0 && q >= pos-5; q-- {
		w := toks[q]
		switch {
		case w.lower == "and" || w.lower == "but":
			return q > 0
		case w.lower == "the" || prepositions[w.lower] || adverbs[w.lower] && !auxWords[w.lower] || weekdays[w.lower] != 0 || w.lower == "sunday" || monthNames[w.lower] != 0 || isDigits(w.text):
		default:
			return false
		}
	}
	return false
}

// firstClauseSubject returns the first person before pos who is directly
// followed by a finite verb (the subject of the earliest clause), or nil.
func firstClauseSubject(toks []token, pos int, ms []*mention) *Entry {
	for _, n := range ms {
		if n.s >= pos {
			break
		}
		if n.kind != mkActor || n.ent == nil || n.ent.Kind != KindPerson || n.appos || n.e >= len(toks) {
			continue
		}
		if v := toks[n.e]; !v.isCap() && (pastVerb(v) || verbLike(v) || auxWords[v.lower]) {
			return n.ent
		}
	}
	return nil
}

// subClauseOpeners open a clause whose subject pronoun refers back to the
// main clause's subject.
var subClauseOpeners = map[string]bool{"where": true, "when": true, "before": true, "after": true, "while": true, "as": true, "because": true}

// relativeAntecedent reports whether n is the subject of the clause whose
// object pronoun is at pos: n right before a verb or two ("X hosted him"),
// or followed by ", who" or "who" with the relative clause reaching pos
// without another clause starting.
func relativeAntecedent(toks []token, n *mention, pos int) bool {
	if gap := pos - n.e; gap >= 1 && gap <= 3 {
		// "Abe hosted him": an object pronoun is not its own clause's subject
		plain := true
		for q := n.e; q < pos; q++ {
			if w := toks[q]; !w.isWord() || w.isCap() || w.lower == "and" || w.lower == "or" || clauseBoundary[w.lower] || prepositions[w.lower] {
				plain = false
			}
		}
		if plain {
			return true
		}
	}
	k := n.e
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k >= len(toks) || (toks[k].lower != "who" && toks[k].lower != "which") {
		return false
	}
	for q := k + 1; q < pos; q++ {
		if toks[q].text == "," || toks[q].lower == "and" || toks[q].text == ";" {
			return false
		}
	}
	return true
}

func (st *docState) lastSubjectState(_ *docState) *Entry {
	if st.lastPair[0] != nil && st.lastPair[0].Kind != KindPerson {
		return st.lastPair[0]
	}
	return st.states[len(st.states)-1]
}

func genderOK(e *Entry, want string) bool {
	g := e.Gender
	if g == "" {
		return true
	}
	return g[0] == want[0]
}

// gluedToPhrase reports a state that closes a sentence-initial prepositional
// phrase written without its comma, right before a titled person who is
// followed by a finite verb: "In his speech on a visit to Russia President
// X expressed ...".
func gluedToPhrase(toks []token, state, person *mention) bool {
	if state.s == 0 || !prepositions[toks[state.s-1].lower] || !prepositions[toks[0].lower] || person.e >= len(toks) {
		return false
	}
	for k := 0; k < state.s; k++ {
		if toks[k].text == "," {
			return false
		}
	}
	v := toks[person.e]
	return !v.isCap() && v.isWord() && (strings.HasSuffix(v.lower, "ed") || sayVerbs[v.lower] || beForms[v.lower] || v.lower == "has")
}

// irregularReport are more irregular past forms that follow a subject
// in reports ("Blinken sent", "Kishida sought").
var irregularReport = map[string]bool{"sent": true, "wrote": true, "sought": true, "brought": true, "paid": true,
	"threw": true, "drew": true, "led": true, "stood": true}
