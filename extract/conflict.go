package extract

import (
	"slices"
	"strings"
)

// Frames of the conflictual relations (CRITICIZE, REJECT, THREATEN,
// SANCTION, ATTACK) that the general verb and noun frames miss or must not
// read: forces led by a state, measures and their authors, rejected claims,
// warnings by consequence, insults and outrage, summoned envoys.

// armedNouns end a mention that names a state's armed force.
var armedNouns = map[string]bool{"troops": true, "tanks": true, "forces": true, "soldiers": true, "army": true,
	"armies": true, "artillery": true, "militaries": true}

// incursion reports a movement into a place ("rolled into", "crossed
// into") whose mover
// is an armed force: "Russian tanks rolled into X" is an attack, not a
// visit; a leader's motorcade rolling into a capital stays a visit.
func incursion(toks []token, t *trigAt, subj []*mention) bool {
	p := t.tr.phrase
	if !(strings.HasPrefix(p, "roll") || strings.HasPrefix(p, "cross")) || !strings.HasSuffix(p, "into") || len(subj) == 0 {
		return false
	}
	m := subj[0]
	return m.e > 0 && m.e <= len(toks) && armedNouns[toks[m.e-1].lower]
}

// forceNouns name armed forces that an "X-led" adjective gives a leader.
var forceNouns = map[string]bool{"forces": true, "force": true, "coalition": true, "troops": true, "alliance": true,
	"militaries": true, "armies": true}

// ledForces returns the leader of the forces that open an attack's
// clause: "US-led forces invaded Iraq", "the Saudi-led coalition bombed":
// the leading state acts. Only "-led": "Iran-backed militias" are not
// Iran. Nil otherwise.
func (x *Extractor) ledForces(toks []token, i int) []*mention {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].lower] || auxWords[toks[k].lower]) {
		k--
	}
	if k < 1 || !forceNouns[toks[k].lower] {
		return nil
	}
	m := x.compoundActor(toks[k-1], []string{"-led"})
	if m == nil {
		return nil
	}
	m.s, m.e, m.head = k-1, k+1, k-1
	return []*mention{m}
}

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

// ownerStart returns where to look for the object of a verb whose needed
// noun is owned by it: "froze the U.S. assets of seven officials" freezes
// what the officials own, wherever the assets are, so the object follows
// "of"; "expressed grave concern over X" is about what follows "over".
// Else the object follows the verb.
func ownerStart(toks []token, t *trigAt) int {
	if t.tr.rel == "SANCTION" && t.needEnd > t.e && t.needEnd+1 < len(toks) && toks[t.needEnd].lower == "of" {
		return t.needEnd + 1
	}
	if t.tr.rel == "CRITICIZE" && t.needEnd > t.e && t.needEnd < len(toks) && (toks[t.needEnd-1].lower == "about" || toks[t.needEnd-1].lower == "over" || toks[t.needEnd-1].lower == "at") {
		return t.needEnd // "voiced concern over X's conduct": what the concern is about
	}
	return t.e
}

// weaponNouns, after an attack noun, make it a modifier: "attack
// helicopters", "strike aircraft".
var weaponNouns = map[string]bool{"helicopter": true, "helicopters": true, "aircraft": true, "submarine": true,
	"submarines": true, "drone": true, "drones": true, "jet": true, "jets": true, "planes": true, "craft": true,
	"boats": true, "capability": true, "capabilities": true, "group": true, "force": true, "dogs": true, "ads": true}

// reducedRelative reports a past participle trigger that describes the
// common noun before it ("a bank accused of laundering", "the man
// accused of spying"): a passive without its agent.
func reducedRelative(toks []token, i, n int, inMention []bool) bool {
	if i == 0 || i+n >= len(toks) || toks[i+n].lower != "of" || !strings.HasSuffix(toks[i].lower, "ed") {
		return false
	}
	p := toks[i-1]
	return !inMention[i-1] && p.isWord() && !p.isCap() && !adverbs[p.lower] && !auxWords[p.lower] && !pronouns[p.lower] &&
		!sayVerbs[p.lower] && p.lower != "and" && p.lower != "who" && p.lower != "also"
}

// conflictRel reports the conflictual relations.
func conflictRel(rel string) bool {
	switch rel {
	case "CRITICIZE", "REJECT", "THREATEN", "SANCTION", "ATTACK":
		return true
	}
	return false
}

// ratherThan reports "rather than" or "instead of" right before toks[i]:
// the act that was not done.
func ratherThan(toks []token, i int) bool {
	return i >= 2 && (toks[i-2].lower == "rather" && toks[i-1].lower == "than" || toks[i-2].lower == "instead" && toks[i-1].lower == "of")
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

// sufferVerbs take the act as their object and its doer after "from":
// "X drew criticism from Y", "X faced condemnation from Y", "X came under
// attack from Y".
var sufferVerbs = map[string]bool{"draw": true, "draws": true, "drew": true, "drawn": true, "drawing": true,
	"face": true, "faces": true, "faced": true, "facing": true, "come": true, "comes": true, "came": true, "coming": true}

// fromAgentVerb reports a conflict trigger whose subject suffers the act.
func fromAgentVerb(tr *trigger) bool {
	if tr.rel != "CRITICIZE" && tr.rel != "ATTACK" {
		return false
	}
	first, _, _ := strings.Cut(tr.phrase, " ")
	return sufferVerbs[first]
}

// ownedClaims name what one party offers, asks or sets up that another
// turns down: "an EU relocation scheme", "the terms offered by the IMF",
// "Saudi aid", "the independence that Kosovo declared".
var ownedClaims = map[string]bool{"plan": true, "plans": true, "scheme": true, "schemes": true, "proposal": true,
	"proposals": true, "offer": true, "offers": true, "terms": true, "demand": true, "demands": true, "request": true,
	"requests": true, "aid": true, "assistance": true, "loan": true, "loans": true, "bailout": true, "ultimatum": true,
	"quota": true, "quotas": true, "independence": true, "ruling": true, "verdict": true, "resolution": true,
	"initiative": true, "mediation": true}

// claimOwner finds whose claim a rejection turns down when no actor is its
// direct object: a name or nationality right before a claim noun ("an EU
// relocation scheme", "Saudi aid"), the agent of the claim ("the terms
// offered by X"), or the subject of a relative clause on it ("the
// independence that X declared"). The rejecter's own side is never it.
// Nil when the clause names no such owner.
func (x *Extractor) claimOwner(toks []token, i int, ms []*mention, subj []*mention) []*mention {
	own := func(m *mention) bool {
		for _, s := range subj {
			if s.ent == m.ent || x.isHome(s, m.ent) {
				return true
			}
		}
		return false
	}
	for k := i; k < len(toks) && k < i+12; k++ {
		w := toks[k].lower
		if w == "." || w == ";" || w == "," || w == "but" || w == "and" && k > i && pastVerb(toks[k+1]) {
			return nil
		}
		if !ownedClaims[w] {
			continue
		}
		// the owner before the noun, over two modifiers: "an EU relocation scheme"
		for q := k - 1; q >= i && q >= k-3; q-- {
			if m := mentionEndingAt(ms, q+1); m != nil && m.ent != nil && m.kind != mkPronoun && !own(m) {
				return []*mention{m}
			}
			if d, n := x.dict.names.longest(toks, q, textKey); d != nil && d.kind == matchDemonym && q+n <= k {
				m := &mention{s: q, e: q + n, kind: mkActor, ent: d.entry, match: d.kind, head: q, text: joinTokens(toks[q : q+n])}
				if !own(m) {
					return []*mention{m}
				}
			}
			if !toks[q].isWord() {
				break
			}
		}
		// after it: "offered by X", "that X declared"
		j := k + 1
		if j+1 < len(toks) && strings.HasSuffix(toks[j].lower, "ed") && toks[j+1].lower == "by" {
			if a := x.agentAfter(toks, j+1, ms, "by"); len(a) > 0 && !own(a[0]) {
				return a
			}
		}
		if j+1 < len(toks) && (toks[j].lower == "by" || toks[j].lower == "from") {
			// "the proposal by France", "an offer from Tokyo"
			if m := mentionStartingAt(ms, skipDeterminers(toks, j+1)); m != nil && m.ent != nil && m.kind != mkPronoun && !m.city && !own(m) {
				return []*mention{m}
			}
		}
		if j+2 < len(toks) && (toks[j].lower == "that" || toks[j].lower == "which") {
			if m := mentionStartingAt(ms, j+1); m != nil && m.ent != nil && m.e < len(toks) && pastVerb(toks[m.e]) && !own(m) {
				return []*mention{m}
			}
		}
		return nil
	}
	return nil
}

// negAdjective reports a negated participle adjective at toks[k] that a
// noun phrase goes on after: "unjustified", "unprovoked" (not "unveiled
// the plan": a determiner would follow the verb).
func negAdjective(toks []token, k int) bool {
	if k+1 >= len(toks) || !strings.HasPrefix(toks[k].lower, "un") || !strings.HasSuffix(toks[k].lower, "ed") {
		return false
	}
	n := toks[k+1]
	return n.isWord() && !n.isCap() && !determiners[n.lower] && !prepositions[n.lower]
}

// chargeNouns name what one says against another.
var chargeNouns = map[string]bool{"criticism": true, "criticisms": true, "accusation": true, "accusations": true,
	"allegation": true, "allegations": true, "charge": true, "charges": true, "concern": true, "concerns": true,
	"condemnation": true}

// rejectsCharge reports a rejected object headed by a charge noun that
// names its target ("dismissing criticism of Venezuela's record",
// "rejected allegations that X ...") rather than its author.
func rejectsCharge(toks []token, i int) bool {
	for k := i; k+1 < len(toks) && k < i+4; k++ {
		w := toks[k].lower
		if chargeNouns[w] {
			n := toks[k+1].lower
			return n == "of" || n == "that" || n == "about" || n == "over" || n == "against"
		}
		if !toks[k].isWord() || toks[k].isCap() || prepositions[w] {
			return false
		}
	}
	return false
}

// reactionRels answer another's act: the act named after "after" or
// "because" is the target's.
var reactionRels = map[string]bool{"CRITICIZE": true, "THREATEN": true, "SANCTION": true, "REJECT": true}

// reactionTarget returns the object of an earlier reaction in the
// sentence when the subject found for the trigger is "it" or "they"
// opening an "after", "when" or "because" clause: "Beijing warned Mongolia
// of consequences after it hosted the Dalai Lama" — the one warned did
// what provoked the warning, not the one warning. Nil otherwise.
func reactionTarget(toks []token, subj []*mention, trigs []*trigAt, self *trigAt) []*mention {
	if len(subj) != 1 || subj[0].kind != mkPronoun || (subj[0].pronoun != "it" && subj[0].pronoun != "they") || subj[0].s == 0 {
		return nil
	}
	switch toks[subj[0].s-1].lower {
	case "after", "when", "because":
	default:
		return nil
	}
	for _, t := range trigs {
		if t == self || t.s >= subj[0].s {
			break
		}
		if t.noun || !reactionRels[t.tr.rel] || len(t.obj) != 1 || t.obj[0].ent == nil || t.obj[0].ent.Kind == KindPerson {
			continue
		}
		for _, sm := range t.subj {
			if sm.ent == subj[0].ent {
				return t.obj
			}
		}
	}
	return nil
}

// againstAfter reports "against" within the six words from toks[i], over
// an operation's name ("Operation Cast Lead against Hamas").
func againstAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+6; k++ {
		if toks[k].lower == "against" {
			return true
		}
		if !toks[k].isWord() {
			return false
		}
	}
	return false
}

// refusedVerbs turn down another's demand or claim when refused: "refused
// to recognise X", "refused to take in refugees under an EU scheme".
var refusedVerbs = map[string]bool{"recognise": true, "recognize": true, "accept": true, "comply": true, "join": true,
	"endorse": true, "ratify": true, "implement": true, "honor": true, "honour": true, "abide": true, "extradite": true,
	"hand": true, "return": true, "allow": true, "grant": true, "withdraw": true, "take": true, "sign": true,
	"cooperate": true, "pay": true, "acknowledge": true, "obey": true, "admit": true, "release": true, "lift": true}

// consequenceStems begin the words that make a warning a threat rather
// than a forecast: what the warned will pay, suffer or face ("would pay
// dearly", "all options are open", "should not underestimate our
// resolve", "would suffer greater damage", "would be held accountable").
var consequenceStems = []string{"consequence", "price", "retaliat", "countermeasure", "sanction", "respon", "punish",
	"tolerate", "force", "pay", "measure", "isolat", "action", "option", "underestimate", "damage", "regret",
	"accountable", "destroy", "annihilat", "fury", "dearly", "all-out", "crushing", "merciless", "reprisal"}

// warnedThat finds the target of "warned (on Monday) that X must bear the
// consequences" / "that sanctions would follow if X continued": the first
// actor of the complement clause; nil when the verb has no "that" clause.
func (x *Extractor) warnedThat(toks []token, i int, ms []*mention, subj []*mention) []*mention {
	k := i
	for k < len(toks) && k < i+5 && toks[k].lower != "that" {
		if toks[k].text == "," || toks[k].text == "." {
			return nil
		}
		k++
	}
	if k >= len(toks) || toks[k].lower != "that" {
		return nil
	}
	// a warning of consequences, not a forecast ("warned that X could test")
	conseq := false
	for q := k + 1; q < len(toks); q++ {
		w := toks[q].lower
		for _, c := range consequenceStems {
			if strings.HasPrefix(w, c) {
				conseq = true
			}
		}
		if (w == "would" || w == "will") && responds(toks, q+1) && q+1 < len(toks) && !strings.HasPrefix(toks[q+1].lower, "hit") {
			conseq = true // "that the United States would act on its own if X": a response threatened
		}
	}
	if !conseq && !x.ownSideStrikes(toks, k+1, ms, subj) && !x.warnedDirectly(toks, i, k, ms, subj) {
		return nil
	}
	// "warned X (on Sunday) that it would pay": the one warned is the target
	if m := mentionStartingAt(ms, i); m != nil && m.ent != nil && m.e <= k && !m.appos && m.kind != mkDemonym && m.kind != mkPronoun && m.kind != mkTitle {
		self := false
		for _, s := range subj {
			if s.ent == m.ent {
				self = true
			}
		}
		if !self {
			return []*mention{m}
		}
	}
	for q := k + 1; q < len(toks); q++ {
		if toks[q].text == "\"" && !responds(toks, q) {
			if c := closingQuote(toks, q); c > 0 {
				q = c // "warned that \"all options are open\" in the dispute with X": quoted words of the clause
				continue
			}
		}
		if toks[q].text == ";" || toks[q].text == "\"" && !responds(toks, q) {
			return nil
		}
		m := mentionStartingAt(ms, q)
		if m == nil || m.ent == nil || m.appos || m.compound || m.kind == mkDemonym || m.kind == mkPronoun {
			continue
		}
		self := false
		for _, s := range subj {
			if s.ent == m.ent || x.isHome(s, m.ent) {
				self = true // "warned that South Korea will make X pay": the speaker's side
			}
		}
		if self {
			continue
		}
		if responds(toks, m.e) {
			// "warned that NATO would respond if Russia used ...": the
			// responder acts; the target is the one the condition names
			for r := m.e; r < len(toks); r++ {
				if toks[r].lower == "if" || toks[r].lower == "should" {
					for q2 := r + 1; q2 < len(toks) && q2 < r+6; q2++ {
						if c := mentionStartingAt(ms, q2); c != nil && c.ent != nil && c.kind != mkPronoun && c.kind != mkDemonym {
							return []*mention{c}
						}
					}
				}
			}
			return nil
		}
		return []*mention{m}
	}
	return nil
}

// threatenedTo finds the target of "threatened (last month) to V ...":
// the direct object of the infinitive or the actor after "against", "on",
// "at" or "to" in it, over a quoted phrase ("to unleash \"fire and fury\"
// on X"), else the actor of an "if"/"unless" condition ("to launch
// strikes if X intrudes", "threatening further measures if X fails").
// The subject's own side is never its target. Nil without one.
func (x *Extractor) threatenedTo(toks []token, i int, ms []*mention, subj []*mention) []*mention {
	k := i
	for k < len(toks) && k < i+4 && toks[k].lower != "to" {
		if !toks[k].isWord() {
			break
		}
		k++
	}
	verb := -1 // the infinitive's verb
	if k+1 < len(toks) && toks[k].lower == "to" && !toks[k+1].isCap() && !determiners[toks[k+1].lower] {
		verb = k + 1
	}
	cond := false
	for q := i; q < len(toks) && q < i+24; q++ {
		w := toks[q].lower
		if w == "." || w == ";" || w == "," && !cond || clauseBoundary[w] && w != "\"" && w != "that" {
			if w != "if" && w != "unless" {
				return nil
			}
			cond = true
			continue
		}
		m := mentionStartingAt(ms, q)
		if m == nil && determiners[w] {
			m = mentionStartingAt(ms, q+1)
		}
		if m == nil || m.ent == nil || m.appos || m.compound || m.kind == mkPronoun || m.kind == mkDemonym || m.kind == mkPair {
			continue
		}
		p := toks[q-1].lower
		if determiners[p] {
			p = toks[q-2].lower
		}
		direct := verb >= 0 && q > verb && directObject(toks, verb+1, m.s, nil)
		// "to destroy the missiles that Cyprus had ordered": the owner of the object
		before := toks[q-1].lower
		owner := verb >= 0 && q > verb && (before == "that" || before == "which") && m.e < len(toks) && (pastVerb(toks[m.e]) || auxWords[toks[m.e].lower])
		if !(cond || direct || owner || p == "against" || p == "on" || p == "at" || p == "to" || p == "toward" || p == "towards" || p == "into") {
			continue
		}
		own := false
		for _, s := range subj {
			if s.ent == m.ent || x.isHome(s, m.ent) {
				own = true // "threatened to pull the United States out of": the speaker's side
			}
		}
		if !own {
			return coordRight(toks, m, ms)
		}
	}
	return nil
}

// outrageWords judge an act as a wrong: "called the raid 'barbaric'".
var outrageWords = map[string]bool{"unforgivable": true, "unacceptable": true, "outrageous": true, "barbaric": true,
	"atrocity": true, "reckless": true, "inhumane": true, "brutal": true, "deplorable": true, "despicable": true,
	"intolerable": true, "cowardly": true, "heinous": true, "provocation": true, "criminal": true, "crime": true,
	"circus": true, "farce": true, "lie": true, "lies": true, "nonsense": true, "hypocrisy": true, "hypocritical": true,
	"regrettable": true, "provocative": true, "irresponsible": true, "illegal": true, "unjustified": true,
	"groundless": true, "absurd": true, "violation": true, "hostile": true, "destabilizing": true,
	"destabilising": true, "unlawful": true, "aggression": true, "blackmail": true, "interference": true,
	"escalation": true, "hysterical": true, "hysteria": true, "bullying": true, "theft": true, "unreasonable": true,
	"arbitrary": true, "vile": true, "manipulation": true, "infringement": true, "encroachment": true,
	"shameful": true, "shameless": true, "disgraceful": true, "egregious": true, "unprovoked": true,
	"aggressive": true, "belligerent": true, "meddling": true, "baseless": true, "fabrication": true,
	"slander": true, "slanderous": true, "smear": true, "malicious": true, "illegitimate": true, "sham": true,
	"mistake": true, "betrayal": true, "unilateralism": true, "protectionism": true, "coercion": true,
	"piracy": true, "terrorism": true, "genocide": true, "insult": true, "insulting": true, "unfair": true,
	"discriminatory": true, "dangerous": true, "outrage": true, "unjust": true, "gangster-like": true}

// calledOutrage finds "X called the attack 'unforgivable'": criticism of
// whoever carried out the event the noun names, when the context knows.
func (x *Extractor) calledOutrage(sc *scene) {
	toks, ms, emit, trigs, st := sc.toks, sc.ms, sc.emit, sc.trigs, sc.st
	for i, tk := range toks {
		switch tk.lower {
		case "called", "calls", "call", "calling", "branded", "described", "labelled", "labeled":
		case "regarded", "regards", "considered", "considers", "viewed", "views", "denounced", "condemned", "slammed":
			if !asAfter(toks, i) {
				continue // "regarded the test as 'unacceptable'", "denounced the annexation as 'theft'"
			}
		default:
			continue
		}
		if tk.lower == "calling" && i > 0 {
			continue // only the fronted participle: "Calling the sinking a provocation, X demanded"
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "CRITICIZE", phrase: tk.lower}}
		obj := st.eventObject(toks, t)
		if obj == nil {
			obj = possessorAfter(toks, i+1, ms)
		}
		if obj == nil {
			obj, _ = x.actOwner(toks, i+1, ms, st) // "called the U.S. reaction 'absurd'"
		}
		if obj == nil {
			continue
		}
		bad := false
		for k := obj.e; k < len(toks) && k < obj.e+12 && !bad; k++ {
			w := toks[k].lower
			if w == "." || w == ";" || sayVerbs[w] || w == "and" && !adjectivePair(toks, k) || w == "but" {
				break // (over "a 'vile and provocative' act")
			}
			bad = outrageWords[w] || outrageWords[strings.Trim(w, "\"'")]
		}
		if !bad {
			continue
		}
		subj := x.clauseSubject(toks, i, ms, trigs, t)
		if i == 0 {
			subj = frontedSubject(toks, t.e, ms)
		}
		if sp := x.reportingSpeaker(toks, subj, ms); sp != nil {
			subj = sp // "Putin said Moscow regarded the test as 'unacceptable'": his words
		}
		for _, sm := range subj {
			emit(t, "CRITICIZE", sm, obj, "verb:called-outrage", modalityOf(toks, t), 0.7)
		}
	}
}

// echoedBy extends a stance noun to those who echo it: "Tokyo's
// condemnation of X was echoed by Seoul and Washington" makes Seoul and
// Washington critics of X too; "X's backing of Y was echoed by Z" makes Z
// a backer. The stance keeps its own object.
func (x *Extractor) echoedBy(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for _, t := range trigs {
		if !t.noun || len(t.obj) == 0 || t.tr.rel != "CRITICIZE" && t.tr.rel != "SUPPORT" && t.tr.rel != "REJECT" {
			continue
		}
		for k := t.e; k+1 < len(toks) && k < t.e+16; k++ {
			w := toks[k].lower
			if w == "." || w == ";" {
				break
			}
			if w != "echoed" && w != "shared" || toks[k+1].lower != "by" {
				continue
			}
			if k > 0 && !beForms[toks[k-1].lower] && !(k > 1 && adverbs[toks[k-1].lower] && beForms[toks[k-2].lower]) {
				break // only the passive "was (swiftly) echoed by"
			}
			for _, sm := range x.byAgent(toks, k+1, ms) {
				for _, om := range t.obj {
					emit(t, t.tr.rel, sm, om, "noun:"+t.tr.phrase+"-echoed", modalityOf(toks, t), 0.6)
				}
			}
			break
		}
	}
}

// payWords are what a warned party "will" suffer in a threat: "X will pay
// a heavy price", "X will pay dearly", "X will be held accountable", "X
// will be made to pay", "X will face the consequences".
var payWords = map[string][]string{"pay": {"price", "dearly"}, "held": {"accountable", "responsible"},
	"made": {"pay"}, "face": {"consequence", "consequences", "punishment", "retaliation", "retribution", "reprisals", "wrath"},
	"bear": {"consequence", "consequences"}, "regret": nil}

// paysThreat finds a threat said as what another will suffer: "Y said X
// would pay a heavy price", "'X will be held accountable,' Y said". The
// speaker threatens X. It leaves the sentences a threat verb already
// covers ("warned that X would pay") to that verb's frame.
func (x *Extractor) paysThreat(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for _, t := range trigs {
		if t.tr.rel == "THREATEN" {
			return
		}
	}
	for _, m := range ms {
		if m.ent == nil || m.kind == mkPronoun || m.kind == mkPair || m.poss || m.appos {
			continue
		}
		v := suffersAfter(toks, m.e)
		if v < 0 {
			continue
		}
		sp := speakerOf(toks, m.s, v)
		if sp < 0 {
			continue
		}
		t := &trigAt{s: sp, e: sp + 1, tr: &trigger{rel: "THREATEN", phrase: toks[sp].lower}}
		for _, sm := range x.clauseSubject(toks, sp, ms, trigs, t) {
			if sm.ent == m.ent || x.isHome(sm, m.ent) {
				continue
			}
			emit(t, "THREATEN", sm, m, "verb:"+toks[sp].lower+"-pays", Asserted, 0.7)
		}
	}
}

// suffersAfter returns the index of the pay word in "will/would/must (be)
// pay ... price" right after a mention ending at e, or -1.
func suffersAfter(toks []token, e int) int {
	k := e
	if k >= len(toks) || !(toks[k].lower == "will" || toks[k].lower == "would" || toks[k].lower == "must" || toks[k].lower == "shall") {
		return -1
	}
	k++
	for k < len(toks) && (adverbs[toks[k].lower] || toks[k].lower == "be" || toks[k].lower == "have" || toks[k].lower == "to") {
		k++
	}
	if k >= len(toks) {
		return -1
	}
	needs, ok := payWords[toks[k].lower]
	if !ok {
		return -1
	}
	if needs == nil {
		return k
	}
	for q := k + 1; q < len(toks) && q < k+6; q++ {
		for _, n := range needs {
			if toks[q].lower == n {
				return k
			}
		}
		if !toks[q].isWord() {
			break
		}
	}
	return -1
}

// insultWords name a person or state as a wrongdoer: "called X a
// 'dictator'", "branded X a terrorist".
var insultWords = map[string]bool{"terrorist": true, "terrorists": true, "dictator": true, "dotard": true, "devil": true,
	"liar": true, "criminal": true, "murderer": true, "thug": true, "butcher": true, "tyrant": true, "puppet": true,
	"clown": true, "fascist": true, "racist": true, "traitor": true, "idiot": true, "fool": true, "lunatic": true,
	"madman": true, "gangster": true, "killer": true, "coward": true, "bully": true, "hypocrite": true, "nazi": true,
	"aggressor": true, "rogue": true, "pariah": true, "warmonger": true, "criminals": true, "murderers": true,
	"thugs": true, "gangsters": true, "puppets": true, "warmongers": true, "aggressors": true, "liars": true}

// calledInsult finds "X called Y a 'dictator'" and "Y was branded a
// terrorist by X": criticism of the one named, the insult within a few
// words of the name.
func (x *Extractor) calledInsult(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		switch tk.lower {
		case "called", "calls", "call", "branded", "brands", "brand", "labelled", "labeled", "dubbed":
		default:
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "CRITICIZE", phrase: tk.lower}}
		passive := i > 0 && beForms[toks[i-1].lower]
		var subj, obj []*mention
		from := i + 1
		if passive {
			obj = x.clauseSubject(toks, i, ms, trigs, t)
		} else {
			k := i + 1
			if k < len(toks) && toks[k].lower == "the" {
				k++
			}
			m := mentionStartingAt(ms, k)
			if m == nil || m.ent == nil || m.poss && !singleQuoteOpens(toks, m.e) && !leadersAfter(toks, m.e) || m.kind == mkPronoun && m.pronoun != "him" && m.pronoun != "her" && m.pronoun != "them" {
				continue
			}
			obj, from = []*mention{m}, m.e
			if m.poss && leadersAfter(toks, m.e) {
				from = m.e + 2 // "called Russia's leaders 'war criminals'": the state
			}
		}
		if len(obj) == 0 || !insultAfter(toks, from) {
			continue
		}
		if passive {
			// "was branded a \"terrorist\" by X": over the quoted insult
			for k := i + 1; k+1 < len(toks) && k < i+10 && subj == nil; k++ {
				if toks[k].lower == "by" {
					subj = x.byAgent(toks, k, ms)
				}
			}
		} else {
			subj = x.clauseSubject(toks, i, ms, trigs, t)
		}
		for _, sm := range subj {
			for _, om := range obj {
				emit(t, "CRITICIZE", sm, om, "verb:called-insult", modalityOf(toks, t), 0.7)
			}
		}
	}
}

// insultAfter reports an insult word among the four words from toks[i],
// over quotation marks and adjectives ("a 'mentally deranged US dotard'").
func insultAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+8; k++ {
		w := strings.Trim(toks[k].lower, "\"'")
		if insultWords[w] {
			return true
		}
		if w == "." || w == "," && k > i || w == ";" || prepositions[w] && w != "of" || w == "and" {
			return false
		}
	}
	return false
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

// hostileNoun: relations whose noun ("attack", "threat") names the act of
// one side, so that a clause subject is its agent only when it launched it.
func hostileNoun(rel string) bool { return rel == "ATTACK" || rel == "THREATEN" }

// launchVerbs carry out a hostile act named by their noun object: "launched
// an offensive", "issued a threat".
var launchVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"launch", "conduct", "mount", "stage", "start", "continue", "escalate", "order", "unleash",
		"resume", "expand", "intensify", "wage", "carry", "step", "issue", "make", "deliver", "repeat", "renew", "begin", "press"} {
		launchVerbs[v] = true
		for _, f := range inflections(v) {
			launchVerbs[f] = true
		}
	}
	for _, f := range []string{"began", "begun", "made", "carried", "stepped", "intensified", "waged", "issued", "staged"} {
		launchVerbs[f] = true
	}
}

// launchedBefore reports a launching verb before the noun at i in its own
// clause, over at most five words of its noun phrase ("launched a
// large-scale ground offensive", "carried out air strikes").
func launchedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].lower
		if launchVerbs[w] {
			return true
		}
		if clauseBoundary[w] || w == "," || w == "." || sayVerbs[w] {
			return false
		}
	}
	return false
}

// summonedEnvoy reads "X summoned the Japanese ambassador to protest ..." /
// "... over the incursion" as X criticising the envoy's state.
func (x *Extractor) summonedEnvoy(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		switch tk.lower {
		case "summoned", "summon", "summons", "summoning":
		default:
			continue
		}
		var env *mention
		for k := i + 1; k < len(toks) && k < i+4 && env == nil; k++ {
			if m := mentionStartingAt(ms, k); m != nil && m.state != nil && (slices.Contains(m.roles, "ambassador") || slices.Contains(m.roles, "envoy")) {
				env = m
			}
		}
		if env == nil {
			continue
		}
		protest := false
		for k := env.e; k < len(toks) && k < env.e+10 && !protest; k++ {
			w := toks[k].lower
			if w == "." || w == ";" || sayVerbs[w] {
				break
			}
			protest = strings.HasPrefix(w, "protest") || strings.HasPrefix(w, "complain") || w == "over" || w == "lodge"
		}
		if !protest {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "CRITICIZE", phrase: "summon"}}
		for _, sm := range x.clauseSubject(toks, i, ms, trigs, t) {
			st := *env
			st.kind, st.ent, st.roles = mkActor, env.state, nil
			emit(t, "CRITICIZE", sm, &st, "verb:summoned-envoy", modalityOf(toks, t), 0.7)
		}
	}
}

// conflictObject corrects the object found after a conflict verb by the
// shape of its complement: the one territory is taken from ("seized the
// border town from X", "captured the port from X"); no one is attacked
// by downing incoming munitions ("shot down 30 Russian missiles").
func (x *Extractor) conflictObject(toks []token, t *trigAt, ms []*mention, obj []*mention) []*mention {
	p := t.tr.phrase
	if t.tr.rel == "ATTACK" && len(obj) == 0 && (strings.HasPrefix(p, "seiz") || strings.HasPrefix(p, "captur")) {
		return x.agentAfter(toks, t.e, ms, "from")
	}
	if t.tr.rel == "ATTACK" && len(obj) > 0 && strings.HasSuffix(p, " down") && downedMunitions(toks, t.e) {
		return nil
	}
	if (t.tr.rel == "CRITICIZE" || t.tr.rel == "REJECT") && len(obj) > 0 && victimOfAct(toks, t.e, obj[0].s) {
		return nil // "condemned the attack on X's grid": X suffered it; its doer is unnamed
	}
	return obj
}

// harmNouns name a hostile act whose "on", "against" or "of" phrase
// names its victim: "the attack on X", "the killing of X's citizens".
var harmNouns = map[string]bool{"attack": true, "attacks": true, "strike": true, "strikes": true, "assault": true,
	"bombing": true, "bombings": true, "shelling": true, "killing": true, "killings": true, "massacre": true,
	"airstrike": true, "airstrikes": true, "raid": true, "raids": true, "abduction": true, "kidnapping": true,
	"murder": true, "assassination": true, "detention": true, "arrest": true, "persecution": true, "harassment": true,
	"sanctions": true, "embargo": true, "blockade": true, "tariffs": true}

// victimOfAct reports an object at toks[o] that only names the victim of
// the act the verb's object phrase (from toks[i]) is about: "condemned
// the attack on X", "denounced the killing of X's diplomat". The critic
// targets the doer, who is not named there.
func victimOfAct(toks []token, i, o int) bool {
	for k := i; k+1 < o && k < i+6; k++ {
		w := toks[k].lower
		if harmNouns[w] {
			p := toks[k+1].lower
			return p == "on" || p == "against" || p == "of" || p == "targeting"
		}
		if !toks[k].isWord() || toks[k].isCap() || toks[k].text == "'s" {
			return false
		}
	}
	return false
}

// munitionNouns are what air defences down without attacking anyone (a
// drone, like a warplane, may be an aircraft whose downing is an act of
// force, so it is not among them).
var munitionNouns = map[string]bool{"missile": true, "missiles": true, "rocket": true, "rockets": true, "shells": true,
	"projectiles": true, "projectile": true}

// downedMunitions reports a munition noun heading the object phrase from
// toks[i]: "shot down 30 Russian missiles", "shot down two rockets".
func downedMunitions(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+6; k++ {
		w := toks[k].lower
		if munitionNouns[w] {
			return true
		}
		if !toks[k].isWord() && !isDigits(toks[k].text) || prepositions[w] && w != "of" {
			return false // over "dozens of"
		}
	}
	return false
}

// armedHitters end a mention of a state's weapons or forces that hit or
// pound a target: "Russian drones hit X", "Israeli jets pounded X".
var armedHitters = map[string]bool{"missiles": true, "missile": true, "drones": true, "rockets": true, "jets": true,
	"warplanes": true, "artillery": true, "troops": true, "forces": true, "bombers": true, "warships": true,
	"tanks": true, "aircraft": true}

// armedHit finds "hit" and "pound" said of a state's weapons or forces:
// "Russian drones hit Ukraine's power grid", "Israeli jets pounded Gaza".
// Only armed subjects: an economy or a storm that hits a country, or a
// state hit with tariffs, is no attack.
func (x *Extractor) armedHit(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	for i, tk := range toks {
		switch tk.lower {
		case "hit", "hits", "pounded", "pound", "pounds", "pounding", "pummelled", "pummeled":
		default:
			continue
		}
		if i == 0 || !armedHitters[toks[i-1].lower] || i+1 < len(toks) && toks[i+1].lower == "with" {
			continue
		}
		m := mentionEndingAt(ms, i)
		if m == nil || m.ent == nil || m.ent.Kind == KindPerson {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "ATTACK", phrase: tk.lower}}
		for _, om := range x.objectsRight(toks, i+1, ms, "ATTACK") {
			emit(t, "ATTACK", m, om, "verb:"+tk.lower+"-armed", modalityOf(toks, t), 0.7)
		}
	}
}

// harmVerbs say that an act damages a shared good: "X's actions
// undermine peace", "the drills threaten regional stability".
var harmVerbs = []string{"undermin", "violat", "threaten", "destabili", "endanger", "jeopardi", "breach", "shake",
	"shook", "poison", "damag", "harm", "trampl", "flout", "escalat", "inflam", "fuel", "pose", "posing"}

// harmVerb reports a form of a harm verb.
func harmVerb(w string) bool {
	for _, h := range harmVerbs {
		if strings.HasPrefix(w, h) {
			return true
		}
	}
	return false
}

// sharedGoods are what a harmful act damages in a criticism.
var sharedGoods = map[string]bool{"peace": true, "stability": true, "security": true, "order": true, "law": true,
	"sovereignty": true, "norms": true, "trust": true, "rules": true, "charter": true, "integrity": true,
	"tension": true, "tensions": true, "principles": true, "ceasefire": true, "truce": true, "relations": true,
	"ties": true, "threat": true, "danger": true, "foundation": true, "foundations": true, "resolutions": true}

// saidStart returns where the reported clause of the say verb at toks[i]
// begins: after "that" within a few words ("said on Monday that", "told
// reporters that"), else right after the verb. -1 when the verb only
// closes a quotation ("..., X said").
func saidStart(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k < i+11; k++ {
		if toks[k].lower == "that" {
			return k + 1 // (over "told reporters in Cape Town on Thursday")
		}
		if !toks[k].isWord() && !isDigits(toks[k].text) {
			break
		}
	}
	if i+1 < len(toks) && toks[i+1].isWord() {
		return i + 1
	}
	return -1
}

// actOwner returns the owner of the act a reported clause opens with and
// where its noun phrase ends: a possessor ("Tokyo's decision"), a state
// modifying the noun ("the US drills"), or the doer of an act named
// before ("the launch", from the document's context).
func (x *Extractor) actOwner(toks []token, k int, ms []*mention, st *docState) (*mention, int) {
	q := k
	if q < len(toks) && toks[q].lower == "the" {
		q++
	}
	m := mentionStartingAt(ms, q)
	if m != nil && (m.ent == nil || m.kind == mkPronoun || m.ent.Kind == KindPerson && !m.poss) {
		return nil, 0
	}
	if d, n := x.dict.names.longest(toks, q, textKey); m == nil && d != nil && d.kind == matchDemonym {
		m = &mention{s: q, e: q + n, kind: mkDemonym, ent: d.entry, match: d.kind, head: q, text: joinTokens(toks[q : q+n])} // "the British response"
	}
	if m != nil {
		e := m.e
		if e < len(toks) && toks[e].text == "'s" {
			e++
		}
		if e < len(toks) && toks[e].isWord() && !toks[e].isCap() && !auxWords[toks[e].lower] && !beForms[toks[e].lower] {
			return m, e
		}
		return nil, 0
	}
	t := &trigAt{s: k, e: k, tr: &trigger{rel: "CRITICIZE"}}
	if o := st.eventObject(toks, t); o != nil {
		return o, o.s
	}
	return nil, 0
}

// judgedHarmful reports a predicate from toks[k] (after the act's noun
// phrase) that judges the act a wrong: a be-form with an outrage word
// ("was 'deeply regrettable'", "were a violation of") or a harm verb with
// the good it damages ("undermine peace", "posed 'a grave threat'").
func judgedHarmful(toks []token, k int) bool {
	for n := 0; k < len(toks) && n < 7 && (toks[k].isWord() || toks[k].text == "-") && !beForms[toks[k].lower] && !auxWords[toks[k].lower] && !harmVerb(toks[k].lower) && !clauseBoundary[toks[k].lower]; n++ {
		k++ // the rest of the noun phrase: "decision to end the pact", "detention of captain Zhan Qixiong"
	}
	for k < len(toks) && (auxWords[toks[k].lower] || adverbs[toks[k].lower] || toks[k].text == "\"" || toks[k].text == "'") && !beForms[toks[k].lower] {
		k++ // "would", "\"", "clearly"
	}
	if k >= len(toks) {
		return false
	}
	v := toks[k].lower
	if beForms[v] {
		for q := k + 1; q < len(toks) && q < k+8; q++ {
			w := strings.Trim(toks[q].lower, "\"'")
			if outrageWords[w] {
				return true
			}
			if w == "." || w == ";" || w == "," || w == "but" || sayVerbs[w] {
				return false
			}
		}
		return false
	}
	if !harmVerb(v) {
		return false
	}
	for q := k + 1; q < len(toks) && q < k+7; q++ {
		w := strings.Trim(toks[q].lower, "\"'")
		if sharedGoods[w] {
			return true
		}
		if w == "." || w == ";" || w == "," || sayVerbs[w] {
			return false
		}
	}
	return false
}

// saidOutrage finds criticism said as a judgement of another's act in a
// reported clause: "X said Y's decision was 'deeply regrettable'", "X
// said the US drills 'undermine peace and stability'". The speaker
// criticises the act's owner; only acts owned by a named party count.
func (x *Extractor) saidOutrage(sc *scene) {
	toks, ms, emit, trigs, st := sc.toks, sc.ms, sc.emit, sc.trigs, sc.st
	for i, tk := range toks {
		switch tk.lower {
		case "said", "says", "say", "saying", "stated", "added", "told":
		default:
			continue
		}
		k := saidStart(toks, i)
		if k < 0 {
			continue
		}
		owner, end := x.actOwner(toks, k, ms, st)
		if owner == nil || !judgedHarmful(toks, end) {
			owner = wrongdoer(toks, k, ms) // "said Y had flagrantly defied", "said Y was 'wrong'"
		}
		if owner == nil {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "CRITICIZE", phrase: tk.lower}}
		for _, sm := range x.clauseSubject(toks, i, ms, trigs, t) {
			if sm.ent == owner.ent || x.isHome(sm, owner.ent) {
				continue
			}
			emit(t, "CRITICIZE", sm, owner, "verb:said-outrage", modalityOf(toks, t), 0.7)
		}
	}
}

// warnedOfConsequence reports "warned of" a consequence ("warned of
// 'all-out war' if X", "warned of retaliation against X"): a threat whose
// target the condition or the preposition names, as after "threatened
// to". A warning of a storm or of risks is a forecast.
func warnedOfConsequence(toks []token, t *trigAt) bool {
	if !warnVerb(t.tr.phrase) || t.e+1 >= len(toks) || toks[t.e].lower != "of" {
		return false
	}
	for k := t.e + 1; k < len(toks) && k < t.e+6; k++ {
		w := strings.Trim(toks[k].lower, "\"'")
		if w == "war" || w == "strikes" || w == "attack" {
			return true
		}
		for _, c := range consequenceStems {
			if strings.HasPrefix(w, c) {
				return true
			}
		}
		if w == "." || w == ";" || w == "," || w == "if" || w == "against" || w == "of" || w == "about" {
			return false // "warned of the risks of a trade war": a forecast
		}
	}
	return false
}

// strikeVerbs are the armed acts a warning says one's own side will take.
var strikeVerbs = map[string]bool{"fire": true, "strike": true, "attack": true, "hit": true, "shoot": true, "bomb": true,
	"target": true, "sink": true, "invade": true}

// ownSideStrikes reports a that-clause from toks[k] in which the warner's
// own side will take an armed act: "warned that it would fire at X",
// "warned that Pyongyang would strike X" said by Pyongyang. A forecast of
// a third party's attack ("warned that Russia would invade X") is not a
// threat by the warner.
func (x *Extractor) ownSideStrikes(toks []token, k int, ms []*mention, subj []*mention) bool {
	if k >= len(toks) {
		return false
	}
	e := k + 1
	switch toks[k].lower {
	case "it", "we", "they":
	default:
		m := mentionStartingAt(ms, k)
		if m == nil || m.ent == nil {
			return false
		}
		own := false
		for _, s := range subj {
			own = own || s.ent == m.ent || x.isHome(s, m.ent)
		}
		if !own {
			return false
		}
		e = m.e
	}
	if e+1 >= len(toks) || toks[e].lower != "would" && toks[e].lower != "will" {
		return false
	}
	e++
	for e < len(toks) && adverbs[toks[e].lower] {
		e++
	}
	return e < len(toks) && strikeVerbs[toks[e].lower]
}

// showOfForce are the prepositions that point a drill at a party
// without striking it: "drills around Taiwan", "exercises near Ukraine's
// border".
var showOfForce = map[string]bool{"around": true, "near": true, "off": true, "encircling": true, "surrounding": true,
	"targeting": true, "simulating": true}

// shownForceTarget returns the state a show of force from toks[i] points
// at: the first state after a show-of-force preposition within eight
// words ("drills around Taiwan", "near the Ukrainian border", "in the
// waters off Japan"), never the doer's own side. Nil otherwise.
func (x *Extractor) shownForceTarget(toks []token, i int, ms []*mention, doer *mention) *mention {
	for k := i; k < len(toks) && k < i+8; k++ {
		w := toks[k].lower
		if w == "." || w == ";" || w == "," || w == "with" || clauseBoundary[w] || sayVerbs[w] {
			return nil
		}
		if !showOfForce[w] {
			continue
		}
		for q := k + 1; q < len(toks) && q < k+5; q++ {
			m := mentionStartingAt(ms, q)
			if m == nil {
				if toks[q].isWord() && !toks[q].isCap() {
					continue // "the", "sea", "disputed"
				}
				return nil
			}
			if m.ent == nil || m.kind == mkPronoun || m.ent.Kind == KindPerson || m.ent == doer.ent || x.isHome(doer, m.ent) {
				return nil
			}
			return m
		}
		return nil
	}
	return nil
}

// forceShown finds a show of force aimed at a party: drills one side
// stages alone around or near another ("staged drills around Taiwan",
// "held exercises near Ukraine's border"). CAMEO codes demonstrations of
// military force as threats (138); drills with a partner stay
// cooperation. (A missile fired over a country is left alone: reporters
// and annotators read it both as a threat and as a test.)
func (x *Extractor) forceShown(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for _, t := range trigs {
		if t.tr.rel != "MILITARY_COOPERATION" || t.noun || !drillNeeded(toks, t) || len(t.subj) != 1 || len(t.obj) > 0 || t.subj[0].kind == mkPair {
			continue
		}
		if between(toks, t.e, t.needEnd, "joint") || between(toks, t.e, t.needEnd, "combined") {
			continue
		}
		if o := x.shownForceTarget(toks, t.needEnd, ms, t.subj[0]); o != nil {
			th := *t
			th.tr = &trigger{rel: "THREATEN", phrase: t.tr.phrase}
			emit(&th, "THREATEN", t.subj[0], o, "verb:"+t.tr.phrase+"-drills-at", modalityOf(toks, t), 0.6)
		}
	}
}

// textNouns name a text that speaks for whoever carries or issues it
// (not a news report or an op-ed, which speak for their writers).
var textNouns = map[string]bool{"commentary": true, "editorial": true, "statement": true}

// textCarrier returns who speaks through a text that opens the clause of
// the verb at toks[i]: "A commentary carried by KCNA slammed X", "An
// editorial in the People's Daily denounced X", "a statement from the
// foreign ministry accused X". State media carrying a text speak for it
// (the guidelines accept the outlet or its state). Nil otherwise.
func (x *Extractor) textCarrier(toks []token, i int, ms []*mention) []*mention {
	k := i - 1
	for k >= 0 && adverbs[toks[k].lower] {
		k--
	}
	if _, day := weekdays[toks[max(k, 0)].lower]; day && k > 0 && toks[k-1].lower == "on" {
		k -= 2 // "carried by X on Tuesday slammed"
	}
	m := mentionEndingAt(ms, k+1)
	if m == nil || m.ent == nil || m.kind == mkPronoun || m.s < 2 {
		return nil
	}
	q := m.s - 1
	if toks[q].lower == "the" {
		q--
	}
	if q < 1 {
		return nil
	}
	switch toks[q].lower {
	case "by":
		if q < 2 || !pastVerb(toks[q-1]) {
			return nil
		}
		q -= 2 // "carried by", "published by", "issued by"
	case "in", "from":
		q--
	default:
		return nil
	}
	if q < 0 || !textNouns[toks[q].lower] {
		return nil
	}
	return []*mention{m}
}

// attackerAdjective returns the state whose nationality adjective opens
// the noun phrase of an attack noun at toks[i] after "the" or "a", over
// up to two modifiers, when the phrase opens its clause or follows "in":
// "The Russian attack on X killed 12", "killed in a US drone strike on
// X". As the object of a reaction ("condemned the Russian invasion of
// X") it recalls an earlier attack whose date the sentence does not give.
func (x *Extractor) attackerAdjective(toks []token, i int) *mention {
	for b := i - 1; b >= 1 && b >= i-3; b-- {
		d, n := x.dict.names.longest(toks, b, textKey)
		if d != nil && d.kind == matchDemonym {
			det := toks[b-1].lower
			if det != "the" && det != "a" && det != "an" {
				return nil
			}
			if b >= 2 && toks[b-2].lower != "in" && toks[b-2].text != "," && toks[b-2].lower != "that" {
				return nil
			}
			for k := b + n; k < i; k++ {
				if !toks[k].isWord() || toks[k].isCap() {
					return nil
				}
			}
			return &mention{s: b, e: b + n, kind: mkDemonym, ent: d.entry, match: d.kind, head: b, text: joinTokens(toks[b : b+n])}
		}
		if !toks[b].isWord() || toks[b].isCap() && b < i-1 {
			return nil
		}
	}
	return nil
}

// fireNouns are what two sides exchange when they fight: "exchanged fire",
// "exchanged artillery fire", "traded gunfire".
var fireNouns = words("fire gunfire shots shelling artillery salvos strikes blows rockets")

// exchangedFire emits "X and Y exchanged fire" (also "traded", and "X
// exchanged fire with Y") as an attack each way (CAMEO 19x both sides):
// the sentence names two attackers and two targets at once.
func (x *Extractor) exchangedFire(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		if !strings.HasPrefix(tk.lower, "exchang") && !strings.HasPrefix(tk.lower, "trad") {
			continue
		}
		end := 0
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if fireNouns[toks[k].lower] {
				for end = k + 1; end < len(toks) && fireNouns[toks[end].lower]; end++ {
				}
				break
			}
			if !toks[k].isWord() || toks[k].isCap() || prepositions[toks[k].lower] {
				break
			}
		}
		if end == 0 {
			continue
		}
		t := &trigAt{s: i, e: end, tr: &trigger{rel: "ATTACK", phrase: "exchange fire"}}
		sides := x.clauseSubject(toks, i, ms, trigs, t)
		if len(sides) == 1 && sides[0].kind == mkPair && sides[0].pair[0] != nil {
			sides = pairMembers(sides[0]) // "the two sides exchanged fire"
		}
		if end < len(toks) && toks[end].lower == "with" && len(sides) == 1 {
			if o := mentionStartingAt(ms, end+1); o != nil && o.ent != nil {
				sides = append(sides, o)
			}
		}
		if len(sides) != 2 || sides[0].ent == nil || sides[1].ent == nil || sides[0].ent == sides[1].ent {
			continue
		}
		mod := modalityOf(toks, t)
		emit(t, "ATTACK", sides[0], sides[1], "verb:exchanged-fire", mod, 0.7)
		emit(t, "ATTACK", sides[1], sides[0], "verb:exchanged-fire", mod, 0.7)
	}
}

// heldParties returns the named holdings of a possessor that a sanction
// or a criticism hits: "sanctioned Venezuela's state oil company PDVSA"
// hits the firm, not the state; "sanctions on Russia's largest banks,
// including Sberbank and VTB" (or ", Sberbank and VTB,") hits the banks
// and, through its banks, the state. Nil when no firm or person the
// dictionary knows closes the possessor's noun phrase.
func heldParties(toks []token, m *mention, ms []*mention) []*mention {
	k := possessiveEnd(toks, m)
	if k < 0 {
		return nil
	}
	listed := false // a comma or "including" sets the holdings apart from the possessor's noun phrase
	for q := k; q < len(toks) && q < k+8; q++ {
		if h := mentionStartingAt(ms, q); h != nil {
			if h.kind != mkActor || h.compound || h.ent == nil || (h.ent.Kind != KindOrganization && h.ent.Kind != KindPerson) {
				return nil
			}
			if listed {
				return append([]*mention{m}, coordRight(toks, h, ms)...)
			}
			return coordRight(toks, h, ms)
		}
		w := toks[q]
		switch {
		case w.text == "," && q > k || w.lower == "including" || w.lower == "among" && q+1 < len(toks) && toks[q+1].lower == "them":
			listed = true
		case w.lower == "them" && listed:
		case w.isWord() && !w.isCap() && !clauseBoundary[w.lower] && w.lower != "and" && w.lower != "or" && !prepositions[w.lower]:
		default:
			return nil
		}
	}
	return nil
}

// possessiveEnd returns the position right after the "'s" of a possessor
// mention ("Iran's", or a mention that took in its "'s state"), else -1.
func possessiveEnd(toks []token, m *mention) int {
	for q := m.s + 1; q <= m.e && q < len(toks); q++ {
		if toks[q].text == "'s" || toks[q].text == "'" {
			return q + 1
		}
	}
	return -1
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

// lessonVerbs are the forms of "teach" that promise a lesson to come.
var lessonVerbs = map[string]bool{"teach": true, "teaches": true, "teaching": true}

// taughtLesson finds the threat "X would teach Y a (severe) lesson", "X
// vowed to teach Y a lesson": X threatens Y, or the person reporting X's
// words ("Ri said Pyongyang would teach Washington a lesson"). A lesson
// already "taught" is an act, not a threat, and is left alone.
func (x *Extractor) taughtLesson(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		if !lessonVerbs[tk.lower] || i+2 >= len(toks) {
			continue
		}
		k := i + 1
		if toks[k].lower == "the" {
			k++
		}
		y := mentionStartingAt(ms, k)
		if y == nil || y.ent == nil || y.kind == mkDemonym || y.poss {
			continue
		}
		lesson := false
		for q := y.e; q < len(toks) && q < y.e+5 && !lesson; q++ {
			lesson = strings.Trim(toks[q].lower, "\"'") == "lesson"
		}
		if !lesson {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "THREATEN", phrase: "teach"}}
		subj := x.clauseSubject(toks, i, ms, trigs, t)
		if sp := x.reportingSpeaker(toks, subj, ms); sp != nil {
			subj = sp
		}
		for _, sm := range subj {
			if sm.ent != y.ent && !x.isHome(sm, y.ent) {
				emit(t, "THREATEN", sm, y, "verb:teach-lesson", Asserted, 0.7)
			}
		}
	}
}

// demonymPeople returns the state of a people named by its nationality
// as the one accused or warned, right after the verb: "accused the
// Americans of piracy", "blamed the Japanese for the breakdown". The
// nationality must end its noun phrase (a preposition, "and" or a
// punctuation mark follows), so "the Japanese fishermen" is not it.
func (x *Extractor) demonymPeople(toks []token, k int) *mention {
	m, n := x.dict.names.longest(toks, k, textKey)
	if m == nil || m.kind != matchDemonym || k+n >= len(toks) {
		return nil
	}
	if next := toks[k+n]; next.isWord() && !prepositions[next.lower] && next.lower != "and" {
		return nil
	}
	return &mention{s: k, e: k + n, kind: mkActor, ent: m.entry, match: m.kind, head: k, text: joinTokens(toks[k : k+n])}
}

// wrongVerbs are deeds a speaker charges another with: "said Y had
// violated the truce", "said Y was meddling".
var wrongVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"violate", "defy", "breach", "flout", "undermine", "sabotage", "betray", "deceive",
		"distort", "fabricate", "orchestrate", "provoke", "interfere", "meddle", "trample", "bully", "intimidate",
		"harass", "destabilize", "destabilise", "renege", "lie", "cheat", "mislead", "escalate"} {
		for _, f := range inflections(v) {
			wrongVerbs[f] = true
		}
	}
	wrongVerbs["lied"], wrongVerbs["misled"], wrongVerbs["broke"], wrongVerbs["broken"] = true, true, true, true
}

// wrongdoer returns the party a reported clause from toks[k] charges with
// a wrong: its subject, a state, body or person, followed by a deed of
// wrongVerbs ("Y had flagrantly defied world opinion", "Y was meddling")
// or by a be-form and an outrage word ("Y was 'wrong'", "Y was a party to
// aggression"). Nil for a negated charge or a party harmed ("was a victim
// of aggression", "was worried about").
func wrongdoer(toks []token, k int, ms []*mention) *mention {
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	m := mentionStartingAt(ms, k)
	if m == nil || m.ent == nil || m.kind == mkPronoun || m.kind == mkDemonym || m.poss || m.appos {
		return nil
	}
	q := m.e
	be := false
	for ; q < len(toks) && q < m.e+4; q++ {
		w := strings.Trim(toks[q].lower, "\"'")
		if w == "not" || w == "never" || w == "n't" {
			return nil
		}
		if beForms[w] || w == "been" {
			be = true
		}
		if !(auxWords[w] || beForms[w] || w == "been" || adverbs[w] || strings.HasSuffix(w, "ly") || w == "") {
			break
		}
	}
	if q < len(toks) && wrongVerbs[strings.Trim(toks[q].lower, "\"'")] {
		return m
	}
	if !be {
		return nil
	}
	for r := q; r < len(toks) && r < q+7; r++ {
		w := strings.Trim(toks[r].lower, "\"'")
		if w == "victim" || w == "victims" || w == "concerned" || w == "worried" || w == "alarmed" || w == "ready" ||
			w == "of" || w == "about" || w == "over" || w == "by" || w == "against" || w == "from" || w == "with" ||
			w == "." || w == "," || w == ";" || w == "and" || w == "but" {
			return nil
		}
		if outrageWords[w] || w == "wrong" {
			return m
		}
	}
	return nil
}

// dismissedAs reports "dismissed X as a 'warmonger'": a person or state
// dismissed as something is belittled — criticism, not a rejection (a
// proposal or a report "dismissed as a fabrication" stays rejected).
func dismissedAs(toks []token, t *trigAt, obj []*mention) bool {
	if !strings.HasPrefix(t.tr.phrase, "dismiss") || len(obj) == 0 || obj[0].ent == nil || obj[0].poss {
		return false
	}
	m := obj[0]
	if m.s != t.e && !(m.s == t.e+1 && determiners[toks[t.e].lower]) {
		return false // the verb's direct object, not one inside its object phrase
	}
	if k := m.ent.Kind; k != KindPerson && k != KindCountry && k != KindOrganization {
		return false
	}
	return m.e < len(toks) && toks[m.e].lower == "as"
}

// namedAmong returns the persons or firms a measure's target phrase names
// after ", among them" or ", including" ("seven Russian officials, among
// them X and Y"): the measure hits them by name. It looks from toks[e]
// over the rest of the noun phrase; nil without such a list.
func namedAmong(toks []token, e int, ms []*mention) []*mention {
	k := e
	for k < len(toks) && k < e+4 && toks[k].isWord() && !toks[k].isCap() {
		k++ // "officials", "senior officials"
	}
	if k+2 >= len(toks) || toks[k].text != "," {
		return nil
	}
	k++
	switch {
	case toks[k].lower == "including":
		k++
	case toks[k].lower == "among" && toks[k+1].lower == "them":
		k += 2
	default:
		return nil
	}
	m := mentionStartingAt(ms, k)
	if m == nil || m.ent == nil || m.ent.Kind != KindPerson && m.ent.Kind != KindOrganization {
		return nil
	}
	return coordRight(toks, m, ms)
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

// standReady says a side stands ready to act: "ready to strike X",
// "prepared to attack X", "poised to invade X".
var standReady = map[string]bool{"ready": true, "prepared": true, "poised": true}

// threatWords are verbs whose clause announces the speaker's own act as
// a warning: "warned (that) it would strike X", "vowed it would attack X".
var threatWords = map[string]bool{"warned": true, "warns": true, "warning": true, "warn": true, "threatened": true,
	"threatens": true, "threatening": true, "vowed": true, "vows": true, "vowing": true}

// threatFrame reports an attack verb at toks[i] that is announced, not
// done: readiness ("stood ready to strike X", "was prepared to attack X")
// or the warner's own act in its warning ("warned that it would strike
// X") — a threat to X (CAMEO 138), not a planned attack. A warning that
// names another attacker ("warned that Russia would attack") is a
// forecast and is left alone.
func threatFrame(toks []token, i int, ms []*mention) bool {
	if i >= 2 && toks[i-1].lower == "to" && (standReady[toks[i-2].lower] || i >= 3 && standReady[toks[i-3].lower] && strings.HasSuffix(toks[i-2].lower, "ly")) {
		return true
	}
	aux := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := toks[k].lower
		if w == "would" || w == "will" || w == "could" || w == "might" {
			aux = true
		}
		if threatWords[w] {
			return aux
		}
		if m := mentionStartingAt(ms, k); m != nil && m.kind != mkPronoun {
			return false // another attacker named: a forecast
		}
		if w == "." || w == ";" || w == "," {
			return false
		}
	}
	return false
}

// asAfter reports "as" within the few words after a verb of judging at
// toks[i] ("regarded the test as", "denounced the annexation as"), before
// any clause break.
func asAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k < i+8; k++ {
		if toks[k].lower == "as" {
			return true
		}
		if !toks[k].isWord() && toks[k].text != "'s" {
			return false
		}
	}
	return false
}

// leadersAfter reports "'s leaders" (government, regime, rulers) after a
// possessor ending at e: an insult to a state's leaders insults the state.
func leadersAfter(toks []token, e int) bool {
	if e+1 >= len(toks) || toks[e].text != "'s" {
		return false
	}
	switch toks[e+1].lower {
	case "leaders", "leadership", "government", "regime", "rulers":
		return true
	}
	return false
}

// reducedPassive reports a conflict verb used as a participle after the
// plural noun it describes, with its doer in a "by" phrase: "the four
// Ukrainians hit with asset freezes by Washington", "officials targeted
// by Ottawa". The noun's referent suffers the act; the by-phrase does it.
func reducedPassive(toks []token, t *trigAt, ms []*mention) bool {
	if t.s == 0 {
		return false
	}
	prev := toks[t.s-1]
	if !prev.isWord() || !strings.HasSuffix(prev.lower, "s") || strings.HasSuffix(prev.lower, "ss") {
		return false
	}
	if m := mentionEndingAt(ms, t.s); m != nil && m.kind != mkDemonym {
		return false // "Russia hits X": a subject, not a described noun
	}
	for k := t.e; k+1 < len(toks) && k < t.e+10; k++ {
		w := toks[k].lower
		if w == "by" {
			return mentionStartingAt(ms, k+1) != nil
		}
		if !toks[k].isWord() && toks[k].text != "$" && !isDigits(toks[k].text) {
			return false
		}
	}
	return false
}

// warnVerb reports a verb of warning ("warn", "caution"): its direct
// object is the one warned, and a warning "of" something names a
// consequence or a forecast.
func warnVerb(phrase string) bool {
	return strings.HasPrefix(phrase, "warn") || strings.HasPrefix(phrase, "caution")
}

// warnedDirectly reports "warned Y (last month) that ..." whose clause
// is about the warner's side or about Y ("that the bloc was close to
// triggering sanctions", "that it would not tolerate"): an admonition of
// Y, a threat. A clause about a third party ("warned Y that Z could
// test a missile") passes on a forecast.
func (x *Extractor) warnedDirectly(toks []token, i, k int, ms []*mention, subj []*mention) bool {
	y := mentionStartingAt(ms, i)
	if y == nil || y.ent == nil || y.e > k || y.appos || y.kind == mkDemonym || y.kind == mkPronoun || y.kind == mkTitle {
		return false
	}
	for q := k + 1; q < len(toks) && q < k+6; q++ {
		m := mentionStartingAt(ms, q)
		if m == nil {
			continue
		}
		if m.kind == mkPronoun || m.ent == y.ent {
			return true
		}
		for _, s := range subj {
			if s.ent == m.ent || m.ent != nil && x.isHome(s, m.ent) {
				return true
			}
		}
		return false
	}
	return true
}
