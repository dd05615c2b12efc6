package extract

import "strings"

// Whom an event is done to: the object right of a verb or noun, over
// coordination, relative clauses and pronouns, and the places, sites and
// things that are not objects. frames.go asks these for a trigger's object.

// eventMemory is how many sentences back a definite event noun ("the
// test") may find its doer: a report names the act once and reacts to it
// paragraphs later; the doer is the last one the text gave for that noun.
const eventMemory = 15

// withPartner returns the doers an eventObject stands for: itself, and
// the other party of a joint act ("condemned the drills" of X and Y).
func (st *docState) withPartner(o *mention) []*mention {
	if o.partner == nil || o.partner == o.ent {
		return []*mention{o}
	}
	p := *o
	p.ent, p.partner = o.partner, nil
	return []*mention{o, &p}
}

// eventObject returns the doer of an event named right after a verb
// trigger ("condemned the launch"), when a recent sentence reported who
// did it; else nil.
func (st *docState) eventObject(toks []token, t *trigAt) *mention {
	switch t.tr.rel {
	case "CRITICIZE", "REJECT", "THREATEN", "SUPPORT":
	default:
		return nil
	}
	det := false
	from := t.e
	if t.needEnd > t.e && prepositions[toks[t.needEnd-1].lower] {
		from = t.needEnd // "voiced disappointment over the decision"
	}
	for k := from; k < len(toks) && k < from+7; k++ {
		w := toks[k]
		if w.text == "\"" {
			continue // condemned "an unprovoked attack"
		}
		if determiners[w.lower] {
			det = true
			continue
		}
		if !w.isWord() || w.isCap() {
			return nil
		}
		a, ok := st.agents[strings.TrimSuffix(w.lower, "es")]
		if !ok {
			a, ok = st.agents[w.lower]
		}
		if !ok {
			a, ok = st.agents[strings.TrimSuffix(w.lower, "s")]
		}
		if ok && det && st.sentIndex-a.sent <= eventMemory {
			if ownerNamedAfter(toks, k+1) || t.tr.rel == "REJECT" && k+2 < len(toks) && toks[k+1].lower == "of" && toks[skipDeterminers(toks, k+2)].isCap() {
				return nil // "the proposal by France", "turned down the offer of an Israeli team": its own author, not the last one's
			}
			return &mention{s: k, e: k + 1, kind: mkActor, ent: a.ent, weak: true, text: w.text, head: k, partner: a.partner}
		}
		if w.lower == "and" && det && (adjectivePair(toks, k) || negAdjective(toks, k+1)) {
			continue // "an unprovoked and unjustified attack"
		}
		if !det || prepositions[w.lower] || clauseBoundary[w.lower] || auxWords[w.lower] || w.lower == "and" {
			return nil // only modifiers ("the third nuclear test") may come between
		}
	}
	return nil
}

// whomAntecedent returns the actor a relative "whom" refers to when it
// is the object of the verb at toks[i]: "X, whom the EU banned", "Gulen,
// whom Ankara blames". Only the verb's subject (a mention, pronoun or
// short noun phrase) may stand between "whom" and the verb. Else nil.
func whomAntecedent(toks []token, i int, ms []*mention) *mention {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k].lower != "whom" {
			if !toks[k].isWord() || clauseBoundary[toks[k].lower] {
				return nil
			}
			continue
		}
		e := k
		if toks[e-1].text == "," {
			e--
		}
		if m := mentionEndingAt(ms, e); m != nil && m.ent != nil && m.kind != mkPronoun {
			return m
		}
		return nil
	}
	return nil
}

// organisations keeps the objects that are organisations.
func organisations(obj []*mention) []*mention {
	var out []*mention
	for _, m := range obj {
		if m.ent != nil && m.ent.Kind == KindOrganization {
			out = append(out, m)
		}
	}
	return out
}

// places keeps the objects that are states (or their capitals and
// cities), not organisations or persons.
func places(obj []*mention) []*mention {
	var out []*mention
	for _, m := range obj {
		if m.ent != nil && m.ent.Kind == KindCountry {
			out = append(out, m)
		}
	}
	return out
}

// actPronoun returns the doer of an act that "it", the object of a
// criticism or rejection, refers to: an act noun with a known doer earlier
// in the sentence ("said X had conducted the test and that China opposes
// it"). Nil when the object is not "it" or no such act precedes.
func (st *docState) actPronoun(toks []token, t *trigAt, obj []*mention) *mention {
	if t.tr.rel != "CRITICIZE" && t.tr.rel != "REJECT" || len(obj) != 1 || obj[0].kind != mkPronoun || obj[0].pronoun != "it" {
		return nil
	}
	for k := t.s - 1; k > 0; k-- {
		if !determiners[toks[k-1].lower] {
			continue
		}
		if a, ok := st.agents[toks[k].lower]; ok && a.sent == st.sentIndex {
			return &mention{s: obj[0].s, e: obj[0].e, kind: mkActor, ent: a.ent, weak: true, text: obj[0].text, head: obj[0].s}
		}
	}
	return nil
}

// siteNouns name a site one state keeps inside another or a thing one
// may visit without visiting its owner.
var siteNouns = words("base bases embassy embassies consulate consulates facility facilities plant factory " +
	"warship warships ship ships vessel vessels carrier pavilion cemetery memorial school hospital company")

// siteOwner reports a mention that modifies a site noun after it, over
// lower-case modifiers ("a Russian military base", "the US embassy") or
// as a possessor over the site's name ("the US Navy's Yokosuka base"): it
// owns what is visited, it is not the place.
func siteOwner(toks []token, m *mention) bool {
	poss := m.e < len(toks) && (toks[m.e].text == "'s" || toks[m.e].text == "'")
	limit := 3
	if poss {
		limit = 6
	}
	for k := m.e; k < len(toks) && k < m.e+limit; k++ {
		w := toks[k]
		if siteNouns[w.lower] {
			return true
		}
		if poss && (k == m.e || w.isWord() && w.isCap()) {
			continue // the possessive and the site's own name
		}
		if !w.isWord() || w.isCap() || prepositions[w.lower] || determiners[w.lower] {
			return false
		}
	}
	return false
}

// objectOfEarlier reports a list of mentions that is the object of an
// earlier verb trigger of the sentence: a noun event after it ("invited X
// and Y to attend the summit") has them as guests of one gathering, not as
// parties meeting each other.
func objectOfEarlier(list []*mention, trigs []*trigAt, self *trigAt) bool {
	for _, t := range trigs {
		if t == self {
			return false
		}
		if t.noun {
			continue
		}
		for _, o := range t.obj {
			if o == list[0] && o.s < self.s {
				return true // (not "criticised drills planned by X and Y": the drill's own parties, after it)
			}
		}
	}
	return false
}

// objectsAct reports a present participle trigger that names the act of
// the previous verb's object, not of its subject: "denounced X for
// providing", "accused X of sending arms", "accused X of fuelling the war
// by sending arms". Accusations of a third party's act are not the
// accuser's act.
func objectsAct(toks []token, prev, t *trigAt) bool {
	switch toks[t.s-1].lower {
	case "for":
		return true
	case "of":
		return prev.tr.rel == "CRITICIZE"
	case "by":
		if prev.tr.rel != "CRITICIZE" {
			return false
		}
		for k := prev.e; k+1 < t.s-1; k++ {
			w := toks[k].lower
			if w == "," || w == ";" || sayVerbs[w] {
				return false
			}
			n := k + 1
			if toks[n].text == "\"" && n+1 < t.s-1 {
				n++ // accused X of "fuelling the war"
			}
			if (w == "of" || w == "for") && strings.HasSuffix(toks[n].lower, "ing") {
				return true
			}
		}
	}
	return false
}

// thingRelative reports a verb right after "that" or "which" whose
// antecedent is not an actor: "signed a joint statement that established
// diplomatic ties" (the statement established them; the signers signed).
func thingRelative(toks []token, i int, ms []*mention) bool {
	if i < 2 || toks[i-1].lower != "that" && toks[i-1].lower != "which" {
		return false
	}
	k := i - 1
	if toks[k-1].text == "," {
		k--
	}
	return mentionEndingAt(ms, k) == nil
}

// partnerWith reports an object introduced as a partner: "with X" right
// before it, not the absolute clause ", with X leading the talks".
func partnerWith(toks []token, m *mention, e int) bool {
	if !withBefore(toks, m.s, e) {
		return false
	}
	k := m.s - 1
	for k > e && toks[k].lower != "with" && toks[k].lower != "alongside" {
		k--
	}
	absolute := k > 0 && toks[k-1].text == "," || m.e < len(toks) && strings.HasSuffix(toks[m.e].lower, "ing")
	return !absolute
}

// withBefore reports "with" or "alongside" (over determiners) right before
// toks[s], after e: "signed the treaty alongside X" names a co-signer.
func withBefore(toks []token, s, e int) bool {
	k := s - 1
	for k >= e && determiners[toks[k].lower] {
		k--
	}
	if k > e && toks[k].text == "'s" {
		// "with North Korea's Kim Jong-un": over the person's state
		for q := k - 1; q >= e && q >= k-4; q-- {
			if !toks[q].isCap() {
				k = q
				break
			}
		}
		for k >= e && determiners[toks[k].lower] {
			k--
		}
	}
	return k >= e && (toks[k].lower == "with" || toks[k].lower == "alongside")
}

// thingPronoun reports "it" opening a subordinate or conjoined clause of a
// sentence whose subject is a common noun phrase, not an actor ("A
// Chinese balloon flew over X before it was shot down"): "it" is that
// thing, whatever state the text named before.
func thingPronoun(toks []token, ms []*mention, m *mention) bool {
	if m.kind != mkPronoun || m.pronoun != "it" || m.s < 2 || len(toks) == 0 {
		return false
	}
	switch toks[0].lower {
	case "a", "an", "the":
	default:
		return false
	}
	switch toks[m.s-1].lower {
	case "before", "after", "when", "until", "as", "because", "and", "but", "while":
	default:
		return false
	}
	return mainSubject(toks, m.s, ms) == nil
}

// measureTargetNouns name a measure whose "on"/"against" names its target.
var measureTargetNouns = words("sanctions sanction strikes strike attack attacks embargo tariffs restrictions curbs measures action")

// guestNouns head a phrase that names who is welcomed: "welcomed the
// delegation of X", "welcomed members of X's parliament".
var guestNouns = words("delegation delegations members member leaders leader guests guest visitors officials " +
	"head heads team envoys envoy president prime minister king queen counterpart")

// thingComplement reports "of" or "by" at k after a lower-case noun that
// names no guest ("the release of", "hostages held by"): an actor after
// it belongs to what is welcomed, not to a welcomed visitor.
func thingComplement(toks []token, k int) bool {
	if w := toks[k].lower; w != "of" && w != "by" || k == 0 {
		return false
	}
	p := toks[k-1]
	return p.isWord() && !p.isCap() && !guestNouns[p.lower] && !determiners[p.lower]
}

// foreignObjects drops from a meeting, hosting, backing or conflict the
// home state of its one person subject: "X met Y ... to press Tokyo's
// concerns" does not make a Japanese envoy meet Japan, nor "Putin
// recognised two Russian-backed republics" make him back Russia, nor "the
// president took aim at the U.S. trade deficit" make a U.S. president
// criticise his own state.
func (x *Extractor) foreignObjects(subj, obj []*mention) []*mention {
	if len(subj) != 1 {
		return obj
	}
	var out []*mention
	for _, o := range obj {
		if o.ent != nil && o.ent.Kind == KindCountry && x.isHome(subj[0], o.ent) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// afterNeeded drops objects that lie between a verb and the needed noun
// it governs: they name or modify the exercise or the weapons ("held the
// Ulchi Freedom Guardian exercise"), not a partner. (A seller's object
// before the weapons is the buyer: "sold Taiwan 66 jets". A nationality
// of the needed noun names its state: "brought in Russian instructors". A
// partner joined "for" the drill stays: "joined France for exercises".)
func afterNeeded(toks []token, obj []*mention, t *trigAt) []*mention {
	var out []*mention
	for _, m := range obj {
		if m.s >= t.needEnd || m.match == matchDemonym || m.e < len(toks) && toks[m.e].lower == "for" {
			out = append(out, m)
		}
	}
	return out
}

// complementEnd returns the end of a cooperative verb trigger's complement:
// the needed word it found, then the run of lower-case words that follows
// up to a preposition, conjunction or punctuation. For other triggers it
// returns t.e.
func complementEnd(toks []token, t *trigAt) int {
	if t.noun || t.passive || !complementRels[t.tr.rel] {
		return t.e
	}
	k := max(t.e, t.needEnd)
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		w := toks[k]
		if w.text == "'s" || w.text == "'" {
			n-- // "to upgrade the two countries' defence cooperation": one noun phrase
			continue
		}
		if !w.isWord() || w.isCap() || prepositions[w.lower] || clauseBoundary[w.lower] || w.lower == "and" || w.lower == "or" {
			break
		}
	}
	return k
}

// waterBody reports a sea, ocean, strait or gulf of the dictionary: a
// place where things happen, never a party to an event.
func waterBody(e *Entry) bool {
	if e.Kind != KindOther {
		return false
	}
	for _, w := range []string{"Sea", "Ocean", "Strait", "Gulf", "Bay"} {
		if strings.HasSuffix(e.Name, " "+w) || strings.HasPrefix(e.Name, w+" of ") {
			return true
		}
	}
	return false
}

// passiveEventObject finds the agent of an event noun that is the subject
// of a passive criticism: "The raid was widely condemned".
func (st *docState) passiveEventObject(toks []token, t *trigAt) *mention {
	switch t.tr.rel {
	case "CRITICIZE", "REJECT":
	default:
		return nil
	}
	k := t.s - 1
	for k >= 0 && (auxWords[toks[k].lower] || beForms[toks[k].lower] || adverbs[toks[k].lower]) {
		k--
	}
	if k < 1 || k == t.s-1 || !determiners[toks[k-1].lower] || !toks[k].isWord() || toks[k].isCap() {
		return nil
	}
	w := toks[k].lower
	a, ok := st.agents[strings.TrimSuffix(w, "es")]
	if !ok {
		a, ok = st.agents[w]
	}
	if !ok {
		a, ok = st.agents[strings.TrimSuffix(w, "s")] // "the strikes were denounced": the strike's doer
	}
	if !ok || st.sentIndex-a.sent > eventMemory {
		return nil
	}
	return &mention{s: k, e: k + 1, kind: mkActor, ent: a.ent, weak: true, text: toks[k].text, head: k}
}

// nearWords place a force by a state, not on it: "drones near Taiwan".
var nearWords = words("near around off encircling surrounding")

// objectsRight finds the object(s) after the verb ending at toks[i].
func (x *Extractor) objectsRight(toks []token, i int, ms []*mention, rel string) []*mention {
	for k := i; k < len(toks) && k < i+16; k++ {
		w := toks[k].lower
		if rel == "ATTACK" && (k == i || !objBlocked[toks[k-1].lower] || toks[k-1].lower == "at" || toks[k-1].lower == "in") {
			if m := x.demonymTarget(toks, k); m != nil {
				return []*mention{m} // "shelled Ukrainian positions": the positions' state
			}
		}
		if rel == "SANCTION" && (k == i || !objBlocked[toks[k-1].lower]) {
			if m := x.demonymHolder(toks, k, sanctionedNouns); m != nil {
				if named := namedAmong(toks, m.e, ms); named != nil {
					return named // "... of seven Russian officials, among them X and Y": X and Y
				}
				return []*mention{m} // "froze the assets of two Iranian banks": the banks' state
			}
		}
		if (rel == "CRITICIZE" || rel == "THREATEN") && (k == i || determiners[toks[k-1].lower] && k-1 == i) {
			if m := x.demonymPeople(toks, k); m != nil {
				return []*mention{m} // "accused the Americans of piracy": their state
			}
		}
		if rel == "MILITARY_COOPERATION" && (k == i || !objBlocked[toks[k-1].lower]) {
			if m := x.demonymHolder(toks, k, stationedForces); m != nil {
				return []*mention{m} // "brought in Russian military instructors": the force's state
			}
		}
		if k > i && (newClauseAt(toks, k, ms) || objectScanEnds(toks, k, rel)) {
			return nil // "praised Ruritania, and Russia warned", "bombed X as Moscow poured": the next clause's subject
		}
		if m := mentionStartingAt(ms, k); m != nil {
			p := k - 1
			for p >= i && determiners[toks[p].lower] {
				p--
			}
			blocked := p >= i && objBlocked[toks[p].lower] && !((rel == "VISIT" || rel == "ATTACK") && (toks[p].lower == "in" || toks[p].lower == "at")) &&
				!(rel == "ATTACK" && (toks[p].lower == "across" || toks[p].lower == "throughout")) // "bombed targets across Georgia"
			if blocked && rel == "SANCTION" && tradeFrom(toks, p) {
				blocked = false // "banned imports from X": the goods' origin is the one hit
			}
			if p >= i && (toks[p].lower == "on" || toks[p].lower == "against") && topicRels[rel] || topicModifier(toks, i, k, rel) {
				blocked = true // "signed a pact on Syria", "drills against X", "talks on an IMF loan": a topic or a target
			}
			if rel == "REJECT" && p > i && (toks[p].lower == "on" || toks[p].lower == "against") && measureTargetNouns[toks[p-1].lower] {
				blocked = true // "opposed sanctions on Iran": the measure's target, not what is rejected
			}
			if p-2 >= i && toks[p].text == "," && toks[p-1].isCap() && rel != "VISIT" {
				q := p - 1
				for q > i && toks[q].isCap() && p-q < 5 {
					q--
				}
				if objBlocked[toks[q].lower] {
					blocked = true // "met in Kananaskis, Canada", "in Amur Oblast, Russia": the place's country
				}
			}
			if p >= i && toks[p].lower == "by" && p == i {
				blocked = true
			}
			if rel == "VISIT" && p >= i && (toks[p].lower == "off" || toks[p].lower == "by") {
				blocked = true // "visited an island off Hokkaido claimed by Japan": where the island lies, who claims it
			}
			if rel == "ATTACK" && p >= i && toks[p].lower == "with" {
				blocked = true // "launched an operation with X": a partner, not a target
			}
			if rel == "ATTACK" && p >= i && nearWords[toks[p].lower] && i > 0 && strings.HasPrefix(toks[i-1].lower, "launch") {
				blocked = true // "launched drones near Taiwan": a show of force, not a strike on it
			}
			if m.poss && !blocked && m.ent != nil {
				if a := possessedAppositive(toks, m.e+1, ms); a != nil {
					return coordRight(toks, a, ms) // "met Joe Biden's national security adviser, Jake Sullivan": Sullivan
				}
			}
			if m.compound && rel == "SANCTION" && !blocked && m.ent != nil && m.ent.Kind == KindCountry && m.e < len(toks) && sanctionedNouns[toks[m.e].lower] {
				return []*mention{m} // "tariffs on U.S. soybeans": the goods' state
			}
			if m.kind == mkDemonym || m.appos || m.compound || blocked || (m.ent == nil && m.kind != mkPair) || m.city && rel != "VISIT" && rel != "ATTACK" {
				k = m.e - 1
				if blocked {
					g := coordRight(toks, m, ms) // "over the Sea of Japan and the East China Sea"
					k = g[len(g)-1].e - 1
				}
				continue
			}
			if rel == "VISIT" && siteOwner(toks, m) {
				k = m.e - 1
				continue // "visited a Russian military base in Gyumri": the base's owner, not the place
			}
			if k > i && toks[k-1].text == "," && m.e < len(toks) && sayVerbs[toks[m.e].lower] {
				return nil // "to meet X, South Korean officials said": the attribution, not an object
			}
			if attribution(toks, m, i) {
				return nil // "..., presidential spokesman X said", "condemned the attack, the White House said"
			}
			if topicRels[rel] && carriedBy(toks, m) {
				return nil // "..., in a dispatch carried by the Rodong Sinmun": the outlet, not a party
			}
			if whatCalled(toks, m) {
				k = m.e // "in what Xinhua called the largest aid package": who named it, not a party
				continue
			}
			if m.kind == mkPronoun && (!(m.pronoun == "him" || m.pronoun == "her" || m.pronoun == "it" || m.pronoun == "them" || m.pronoun == "country") || possessiveHer(toks, m)) && !claimAfter(toks, m.e) {
				k = m.e - 1
				continue // ("rejected his offer": the offer's author is the object)
			}
			if conflictRel(rel) {
				if g := x.governmentOf(toks, m); g != nil {
					return []*mention{g} // "lashed out at the Moon Jae-in administration": his state
				}
				if h := heldParties(toks, m, ms); h != nil && (rel == "SANCTION" || rel == "CRITICIZE") {
					return h // "sanctioned Venezuela's state oil company PDVSA": the firm
				}
				if namedHolding(toks, m) && rel != "ATTACK" {
					return nil // "Iran's Bank Saderat": a party the dictionary does not know (but "shelled X's Y Island" hits X)
				}
			}
			if m.poss && m.ent != nil && m.ent.Kind == KindCountry {
				if p := mentionStartingAt(ms, m.e+1); p != nil && p.ent != nil && p.ent.Kind == KindPerson && p.kind != mkPronoun {
					return coordRight(toks, p, ms) // "invited South Africa's Jacob Zuma": the person
				}
			}
			return coordRight(toks, m, ms)
		}
		if conflictRel(rel) && rel != "ATTACK" && unknownNameAt(toks, i, k) {
			return nil // "sanctions on Lockheed Martin ... over sales to Taiwan": the target is a name we do not know
		}
		if k > i && w == "," && k+1 < len(toks) && !toks[k+1].isCap() && strings.HasSuffix(toks[k+1].lower, "ing") && len(toks[k+1].lower) > 5 && !prepositions[toks[k+1].lower] {
			return nil // ", prompting Japan to ...": a participle clause of its own
		}
		if k > i && w == "," && k+1 < len(toks) && toks[k+1].lower == "and" {
			return nil // "established ties, and in 2008 the two governments ...", "shot down the balloon, and Canadian jets ...": a new clause
		}
		if k > i && topicRels[rel] && participleClause(toks, k, ms) {
			return nil // "issued a joint statement criticising China": what the text says, not a party
		}
		if w == "\"" && quotedName(toks, k) > 0 {
			k += quotedName(toks, k) // the "Joint Sea 2021" exercise: a name, not a quotation
			continue
		}
		if w == "\"" && conflictRel(rel) && quotedWords(toks, k) {
			continue // condemned "in the strongest terms" X's ..., its own "unilateral sanctions" against X
		}
		if k > i && (clauseBoundary[w] || w == "." || sayVerbs[w]) {
			return nil
		}
		if k > i && purposeInfinitive(toks, k, rel) {
			return nil
		}
		if k > i && (w == "and" || w == ",") && k+1 < len(toks) && (verbLike(toks[k+1]) || pastVerb(toks[k+1])) {
			return nil
		}
	}
	return nil
}

// carriedVerbs are the participles by which a report names the outlet or
// source that ran it.
var carriedVerbs = map[string]bool{"carried": true, "reported": true, "published": true, "broadcast": true,
	"released": true, "quoted": true, "cited": true, "run": true, "aired": true, "relayed": true}

// carriedBy reports a mention that names the outlet of a report: "(in a
// dispatch) carried by X", "reported by X". It tells who printed the
// sentence, never a party to the act reported.
func carriedBy(toks []token, m *mention) bool {
	return m.s >= 2 && toks[m.s-1].lower == "by" && carriedVerbs[toks[m.s-2].lower] ||
		m.s >= 3 && determiners[toks[m.s-1].lower] && toks[m.s-2].lower == "by" && carriedVerbs[toks[m.s-3].lower]
}

// whatCalled reports a mention that names something in "what X called
// (described as, termed)": the speaker of the label.
func whatCalled(toks []token, m *mention) bool {
	if m.s < 1 || toks[m.s-1].lower != "what" || m.e >= len(toks) {
		return false
	}
	switch toks[m.e].lower {
	case "called", "calls", "described", "describes", "termed", "terms", "dubbed", "dubs":
		return true
	}
	return false
}

// targetNouns are what a strike hits that stands for the state owning it.
var targetNouns = map[string]bool{"positions": true, "position": true, "targets": true, "target": true, "bases": true,
	"base": true, "territory": true, "outposts": true, "outpost": true, "peacekeepers": true, "units": true,
	"installations": true, "facilities": true, "infrastructure": true, "villages": true, "towns": true, "cities": true,
	"border": true, "convoy": true, "convoys": true, "patrol": true, "warship": true, "jet": true,
	"drone": true, "drones": true, "helicopter": true, "embassy": true, "consulate": true, "garrison": true,
	"warplane": true, "warplanes": true, "aircraft": true, "plane": true, "planes": true, "jets": true, "ship": true,
	"ships": true, "vessel": true, "vessels": true, "warships": true, "submarine": true, "sites": true, "site": true,
	"posts": true, "post": true, "airbase": true, "airbases": true, "airfield": true, "airfields": true, "troops": true,
	"soldiers": true, "forces": true, "civilians": true, "ports": true, "port": true, "camps": true, "camp": true,
	"defences": true, "defenses": true, "headquarters": true, "island": true, "islands": true,
	"fishermen": true, "sailors": true, "boats": true, "boat": true, "crew": true, "crews": true, "refineries": true,
	"refinery": true, "troop": true}

// demonymTarget returns the state of a nationality adjective at toks[k]
// that a target noun follows (over one more word): "fired on Syrian army
// positions", "struck Iranian military targets". The mention finder drops
// such adjectives, so the dictionary is asked here; else nil.
func (x *Extractor) demonymTarget(toks []token, k int) *mention {
	return x.demonymHolder(toks, k, targetNouns)
}

// sanctionedNouns are what a measure hits that stands for the state they
// belong to: "barred nine Canadian lawmakers", "banned imports of Turkish
// fruit", "froze the assets of 35 North Korean firms".
var sanctionedNouns = map[string]bool{"officials": true, "official": true, "lawmakers": true, "legislators": true,
	"diplomats": true, "banks": true, "bank": true, "companies": true, "company": true, "firms": true, "firm": true,
	"entities": true, "individuals": true, "groups": true, "organizations": true, "organisations": true,
	"oligarchs": true, "businessmen": true, "generals": true, "officers": true, "lenders": true, "airlines": true,
	"ships": true, "vessels": true, "tankers": true, "nationals": true, "citizens": true, "goods": true,
	"products": true, "imports": true, "exports": true, "fruit": true, "vegetables": true, "coal": true,
	"wine": true, "beef": true, "steel": true, "seafood": true, "oil": true, "gas": true, "shipping": true,
	"vehicles": true, "cars": true, "soybeans": true, "chips": true, "semiconductors": true, "aluminium": true,
	"aluminum": true, "textiles": true, "pork": true, "lumber": true, "timber": true, "shipments": true,
	"exporters": true, "produce": true, "panels": true, "machinery": true, "commodities": true, "barley": true,
	"wheat": true, "grain": true, "rice": true, "dairy": true, "fish": true, "poultry": true, "cotton": true, "copper": true,
	"cosmetics": true}

// demonymHolder returns the state of a nationality adjective at toks[k]
// that one of nouns follows (over one more word), or a plural demonym
// that names people ("killed 17 Palestinians"); else nil.
func (x *Extractor) demonymHolder(toks []token, k int, nouns map[string]bool) *mention {
	m, n := x.dict.names.longest(toks, k, textKey)
	if m == nil || m.kind != matchDemonym {
		return nil
	}
	if w := toks[k+n-1].text; strings.HasSuffix(w, "s") && (k+n >= len(toks) || !toks[k+n].isWord() || prepositions[toks[k+n].lower]) {
		// "killed 17 Palestinians": the people named by their nationality
		return &mention{s: k, e: k + n, kind: mkActor, ent: m.entry, match: m.kind, head: k, text: joinTokens(toks[k : k+n])}
	}
	for q := k + n; q < len(toks) && q < k+n+3; q++ {
		if nouns[toks[q].lower] {
			return &mention{s: k, e: k + n, kind: mkActor, ent: m.entry, match: m.kind, head: k, text: joinTokens(toks[k : k+n])}
		}
		if !toks[q].isWord() {
			return nil
		}
	}
	return nil
}

// heldAfter returns the position after "held" right behind an event noun
// ("talks were held", "the summit, held", "a treaty signed") and the
// place and time that follow it, where a "between" phrase names the
// parties; else 0.
func heldAfter(toks []token, e int) int {
	k := e
	if k < len(toks) && (toks[k].text == "," || beForms[toks[k].lower]) {
		k++
	}
	if k >= len(toks) || toks[k].lower != "held" {
		return 0
	}
	k++
	for q := k; q < len(toks) && q < k+10; q++ {
		w := toks[q]
		if w.lower == "between" {
			return q
		}
		if w.text == "," && q+1 < len(toks) && isDigits(toks[q+1].text) {
			continue // "on June 1, 2015"
		}
		if w.text == "-" {
			continue // "in mid-March"
		}
		if !w.isWord() || clauseBoundary[w.lower] {
			return 0
		}
	}
	return 0
}

// onwardStops extends the places of a visit over later legs of the same
// trip: "will travel to France and then to Georgia", "flew to Vilnius and
// on to Riga".
func onwardStops(toks []token, obj []*mention, ms []*mention) []*mention {
	for len(obj) > 0 {
		k := obj[len(obj)-1].e
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k >= len(toks) || toks[k].lower != "and" {
			return obj
		}
		k++
		for k < len(toks) && (toks[k].lower == "then" || toks[k].lower == "later" || toks[k].lower == "on" || toks[k].lower == "finally" || toks[k].lower == "also") {
			k++
		}
		if k >= len(toks) || toks[k].lower != "to" {
			return obj
		}
		k++
		for k < len(toks) && determiners[toks[k].lower] {
			k++
		}
		m := mentionStartingAt(ms, k)
		if m == nil || m.ent == nil || m.kind != mkActor || m.ent.Kind != KindCountry {
			return obj
		}
		obj = append(obj, m)
	}
	return obj
}

// directObject reports that nothing but adverbs and time expressions
// separate a verb ending at from from its object starting at to, or the
// modifiers of the object's own noun phrase ("warned the new US
// administration": "the" and lower-case words that are not prepositions).
func directObject(toks []token, from, to int, tx []timex) bool {
	np := false // inside the object's noun phrase, after its "the"
	for k := from; k < to && k < len(toks); k++ {
		inTime := false
		for _, x := range tx {
			if k >= x.s && k < x.e {
				inTime = true
			}
		}
		w := toks[k].lower
		if np && toks[k].isWord() && !toks[k].isCap() && !prepositions[w] && !clauseBoundary[w] && w != "and" {
			continue
		}
		np = w == "the"
		if !inTime && !adverbs[w] && toks[k].text != "," && w != "on" && w != "the" {
			return false
		}
	}
	return true
}

// placeAt reports a place mention (a city or a capital standing for its
// state) starting at toks[k].
func placeAt(ms []*mention, k int) bool {
	m := mentionStartingAt(ms, k)
	return m != nil && (m.city || m.place != "")
}

// placeAfter returns a capital named by "in X" after the trigger.
func (x *Extractor) placeAfter(toks []token, i int, ms []*mention) string {
	for k := i; k+1 < len(toks) && k < i+12; k++ {
		if toks[k].lower == "in" {
			if m := mentionStartingAt(ms, k+1); m != nil && m.place != "" {
				return m.place
			}
		}
	}
	return ""
}

// possessedAppositive returns the person named after a possessor's
// lower-case title and a comma: at k "top national security adviser,
// Jake Sullivan" (after "Joe Biden's"). Else nil.
func possessedAppositive(toks []token, k int, ms []*mention) *mention {
	q := k
	for q < len(toks) && q < k+6 && toks[q].isWord() && !toks[q].isCap() && !prepositions[toks[q].lower] && !determiners[toks[q].lower] && toks[q].lower != "and" {
		q++
	}
	if q == k || q+1 >= len(toks) || toks[q].text != "," {
		return nil
	}
	a := mentionStartingAt(ms, q+1)
	if a == nil || a.ent == nil || a.ent.Kind != KindPerson || a.kind == mkPronoun {
		return nil
	}
	return a
}
