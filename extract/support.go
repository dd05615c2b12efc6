package extract

import "strings"

// Frames for giving: support, aid and signing that the general verb and
// noun frames miss.

// givingNoun reports a relation whose noun names what one side gives
// another: "Russian aid to Syria", "Japanese humanitarian assistance to
// Nepal", "Turkish support for Azerbaijan".
func givingNoun(rel string) bool { return rel == "AID" || rel == "SUPPORT" }

// donorAdjective finds a state's nationality adjective before a giving
// noun at toks[i], over at most two lower-case modifiers ("Chinese medical
// aid for Italy", "Russian military assistance"): the adjective's state is
// the giver, as a possessor would be. Demonyms that modify nouns are not
// mentions, so the dictionary is asked directly.
func (x *Extractor) donorAdjective(toks []token, i int) *mention {
	k := i - 1
	for k >= 0 && k >= i-3 && toks[k].isWord() && !toks[k].isCap() && !prepositions[toks[k].lower] && !determiners[toks[k].lower] && toks[k].lower != "and" {
		k--
	}
	for n := 1; n <= 2 && k-n+1 >= 0; n++ {
		b := k - n + 1
		d, ln := x.dict.names.longest(toks, b, textKey)
		if d == nil || ln != n || d.kind != matchDemonym || d.entry == nil || d.entry.Kind != KindCountry {
			continue
		}
		if b > 0 && toks[b-1].text == "-" {
			return nil // "Sino-Russian aid": a pair, not one giver
		}
		return &mention{s: b, e: k + 1, ent: d.entry, kind: mkActor, head: b, text: joinTokens(toks[b : k+1])}
	}
	return nil
}

// backingWords name what a side receives as support.
var backingWords = map[string]bool{"support": true, "backing": true, "endorsement": true, "endorsements": true}

// receivedGift reads "X received $12 billion in aid from A, B and C" and
// "X received the backing of Y": the recipient is the subject of
// "received", the givers follow "from" (or "of", after a support noun).
// It returns the givers and the relation (AID or SUPPORT), or nil when
// the verb receives neither.
func (x *Extractor) receivedGift(toks []token, t *trigAt, ms []*mention) ([]*mention, string) {
	rel := ""
	for k := t.e; k < len(toks) && k < t.e+10; k++ {
		w := toks[k].lower
		if w == "," || w == "." || clauseBoundary[w] || mentionStartingAt(ms, k) != nil {
			return nil, ""
		}
		if aidWords[w] {
			rel = "AID"
		} else if backingWords[w] && rel == "" {
			rel = "SUPPORT"
		}
		if rel != "" && (w == "from" || w == "of" && rel == "SUPPORT" && backingWords[toks[k-1].lower]) {
			if m := giverAt(toks, k+1, ms); m != nil {
				return coordRight(toks, m, ms), rel
			}
			return nil, ""
		}
	}
	return nil, ""
}

// giverAt returns the actor mention at toks[j], over determiners ("from
// the European Union"), or nil.
func giverAt(toks []token, j int, ms []*mention) *mention {
	for j < len(toks) && determiners[toks[j].lower] {
		j++
	}
	if m := mentionStartingAt(ms, j); m != nil && m.ent != nil && m.kind != mkPronoun && !m.city {
		return m
	}
	return nil
}

// receivingVerbs take what another side gives as their object: "won the
// backing of", "enjoys the support of", "secured aid from".
var receivingVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"receive", "received", "receives", "receiving", "win", "won", "wins", "winning",
		"secure", "secured", "secures", "securing", "gain", "gained", "gains", "gaining", "enjoy", "enjoyed",
		"enjoys", "enjoying", "garner", "garnered", "garners", "get", "got", "gets", "obtain", "obtained", "obtains",
		"earn", "earned", "earns", "has", "have", "had", "accepted", "accept", "accepts"} {
		receivingVerbs[v] = true
	}
}

// receivedNoun reads a giving noun that a receiving verb governs, over
// determiners, adjectives and possessive pronouns: "Argentina won the
// full backing of Brazil", "Kyiv secured new aid from Oslo". The giver
// follows "of" or "from" and the recipient is the clause's subject, the
// reverse of "Brazil's backing for Argentina". ok is false when no
// receiving verb governs the noun or no "of"/"from" follows it (the
// general frame then reads it); givers is nil when the preposition names
// no actor, so the noun yields nothing rather than a reversed pair.
func (x *Extractor) receivedNoun(toks []token, t *trigAt, ms []*mention) (givers []*mention, ok bool) {
	k := t.s - 1
	for k >= 0 && k >= t.s-4 && !receivingVerbs[toks[k].lower] {
		w := toks[k]
		if !w.isWord() || w.isCap() || prepositions[w.lower] || clauseBoundary[w.lower] || w.lower == "and" || strings.HasSuffix(w.lower, "ed") {
			return nil, false // "had voiced full support for": another verb governs the noun
		}
		k--
	}
	if k < 0 || k < t.s-4 {
		return nil, false
	}
	for j := t.e; j < len(toks) && j < t.e+6; j++ {
		w := toks[j].lower
		if w == "of" || w == "from" {
			if m := giverAt(toks, j+1, ms); m != nil {
				return coordRight(toks, m, ms), true
			}
			return nil, true
		}
		if !toks[j].isWord() || clauseBoundary[w] || w == "for" || w == "to" {
			break
		}
	}
	return nil, false
}

// authorPreps introduce the author of what is backed: "endorsed the bid
// of X", "welcomed the decision by X", "praised the offer from X".
var authorPreps = map[string]bool{"of": true, "by": true, "from": true}

// backedDirectly reports that the object of a support verb ending at from
// is what is backed: its direct object ("backed Kyiv"), or the author of
// it ("backed Kyiv's bid", "praised the role of Beijing"). An actor behind
// another preposition or a participle is only the topic or target of what
// is backed: "backed sanctions against X", "voted in favour of a
// resolution condemning X", "endorsed a proposal for talks with X". Time
// expressions and adverbs may come between.
func backedDirectly(toks []token, from, to int, tx []timex) bool {
	for k := from; k < to && k < len(toks); k++ {
		if inTimex(k, tx) {
			continue
		}
		w := toks[k].lower
		if prepositions[w] && !authorPreps[w] || w == "that" || w == "which" || w == "who" {
			return false
		}
		if len(w) > 5 && strings.HasSuffix(w, "ing") && !toks[k].isCap() {
			return false
		}
	}
	return true
}

// inTimex reports a token inside one of the sentence's time expressions.
func inTimex(k int, tx []timex) bool {
	for _, x := range tx {
		if k >= x.s && k < x.e {
			return true
		}
	}
	return false
}

// pactNouns name a signed text.
var pactNouns = map[string]bool{"agreement": true, "treaty": true, "accord": true, "deal": true, "pact": true,
	"memorandum": true, "protocol": true, "declaration": true, "convention": true, "charter": true}

// signedParticiples say that a text was signed or settled.
var signedParticiples = map[string]bool{"signed": true, "struck": true, "concluded": true, "sealed": true,
	"inked": true, "initialled": true, "initialed": true, "clinched": true, "finalised": true, "finalized": true}

// signedBetween reads an agreement whose parties a "between" phrase names
// and whose signing a participle reports without a subject: "a deal struck
// between X and Y on Monday", "the trade agreement between X and Y,
// signed in Z on Monday", "Signed in Z on Monday, the accord between X
// and Y ...". Every pair of the parties signed it.
func (x *Extractor) signedBetween(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	for i, tk := range toks {
		if !pactNouns[strings.TrimSuffix(tk.lower, "s")] || toks[i].isCap() {
			continue
		}
		p := -1
		from := i + 1
		if i+1 < len(toks) && signedParticiples[toks[i+1].lower] {
			p, from = i+1, i+2 // "a deal struck between"
		}
		if from >= len(toks) || toks[from].lower != "between" {
			continue
		}
		g := x.betweenGroup(toks, from, ms)
		if len(g) < 2 {
			continue
		}
		if p < 0 {
			p = appositiveSigning(toks, i, g[len(g)-1].e)
		}
		if p < 0 {
			continue
		}
		t := &trigAt{s: p, e: p + 1, passive: true, tr: &trigger{rel: "SIGN_AGREEMENT", phrase: toks[p].lower, form: "part"}}
		mod := modalityOf(toks, t)
		for a := 0; a < len(g); a++ {
			for b := a + 1; b < len(g); b++ {
				emit(t, "SIGN_AGREEMENT", g[a], g[b], "passive:"+toks[p].lower+"-between", mod, 0.7)
			}
		}
	}
}

// appositiveSigning finds the signing participle of an agreement noun at
// toks[noun] whose "between" phrase ends at end: set off by a comma after
// the phrase ("..., signed in Z") or opening the sentence before the noun
// ("Signed in Z on Monday, the accord"). It returns its index or -1.
func appositiveSigning(toks []token, noun, end int) int {
	if end+1 < len(toks) && toks[end].text == "," && signedParticiples[toks[end+1].lower] {
		return end + 1
	}
	if len(toks) > 0 && signedParticiples[toks[0].lower] {
		for k := 1; k < noun; k++ {
			if toks[k].text == "," {
				return 0
			}
		}
	}
	return -1
}

// materialKinds make support something given: money, goods or arms.
var materialKinds = map[string]bool{"financial": true, "humanitarian": true, "economic": true, "budget": true,
	"budgetary": true, "fiscal": true, "military": true, "monetary": true, "material": true, "logistical": true,
	"medical": true, "food": true}

// materialSupport reports a support noun at toks[i] that names aid: a
// kind of material help before it ("financial support for", "military
// support to") or an amount ("$40 million in support for"). SPEC counts
// economic, military and humanitarian assistance as AID, not SUPPORT.
func materialSupport(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k].lower
		if materialKinds[w] {
			return true
		}
		if w == "in" && k > 0 && (amountWord(toks[k-1].lower) || isDigits(toks[k-1].text)) {
			return true // "$40 million in new support"
		}
		if !toks[k].isWord() && w != "-" || prepositions[w] && w != "in" || determiners[w] || clauseBoundary[w] {
			return false
		}
	}
	return false
}

// amountWord reports a word that closes an amount of money.
func amountWord(w string) bool {
	switch w {
	case "million", "billion", "trillion", "dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs":
		return true
	}
	return false
}

// aidFromTo reads a giving noun whose giver follows "from", before or
// after its recipient: "aid from Japan to Nepal", "military aid for
// Ukraine from the United States". It returns the giver and recipients,
// or nils when no "from" names an actor within the noun's phrase.
func (x *Extractor) aidFromTo(toks []token, t *trigAt, ms []*mention) (giver, recipients []*mention) {
	var g *mention
	for k := t.e; k < len(toks) && k < t.e+10; k++ {
		w := toks[k].lower
		if clauseBoundary[w] || w == "," || w == "." || w == ";" {
			break
		}
		switch {
		case w == "from" && g == nil:
			g = giverAt(toks, k+1, ms)
			if g == nil {
				return nil, nil
			}
		case (w == "to" || w == "for") && recipients == nil:
			if m := giverAt(toks, k+1, ms); m != nil {
				recipients = coordRight(toks, m, ms)
			}
		}
	}
	if g == nil || recipients == nil {
		return nil, nil
	}
	return coordRight(toks, g, ms), recipients
}

// aidCargo names what a plane, ship or convoy carries as aid.
var aidCargo = map[string]bool{"aid": true, "assistance": true, "supplies": true, "relief": true, "food": true,
	"medicine": true, "medicines": true, "rice": true, "wheat": true, "grain": true, "flour": true, "tonnes": true,
	"tons": true, "vaccines": true, "doses": true, "tents": true, "blankets": true, "equipment": true,
	"hospital": true, "hospitals": true, "water": true, "rescuers": true, "kits": true, "shelter": true}

// carryVerbs introduce a vehicle's cargo.
var carryVerbs = map[string]bool{"carrying": true, "carried": true, "laden": true, "loaded": true}

// arriveVerbs bring a vehicle to its destination.
var arriveVerbs = map[string]bool{"landed": true, "arrived": true, "reached": true, "docked": true, "lands": true,
	"arrives": true, "reaches": true, "docks": true}

// leftFor reports a departure for a destination at k: "left for",
// "headed for", "bound for".
func leftFor(toks []token, k int) bool {
	switch toks[k].lower {
	case "left", "headed", "bound", "sailed", "flew":
		return k+1 < len(toks) && toks[k+1].lower == "for"
	}
	return false
}

// carriedAid reads a delivery told as a vehicle's arrival: "a Turkish
// plane carrying humanitarian aid landed in Tripoli", "a U.S. Air Force
// C-17 carrying supplies landed in Tbilisi", "a convoy carrying Saudi aid
// reached Yemen". The state that modifies the vehicle or the cargo gives
// aid to the state of the destination.
func (x *Extractor) carriedAid(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	for i, tk := range toks {
		if !carryVerbs[tk.lower] {
			continue
		}
		cargo := -1
		for k := i + 1; k < len(toks) && k < i+8; k++ {
			if aidCargo[toks[k].lower] {
				cargo = k
				break
			}
			if clauseBoundary[toks[k].lower] || arriveVerbs[toks[k].lower] || toks[k].text == "," && !(k+1 < len(toks) && toks[k+1].isWord() && !toks[k+1].isCap()) {
				break // (over a list of goods: "carrying field hospitals, food and water")
			}
		}
		if cargo < 0 {
			continue
		}
		giver := x.vehicleState(toks, ms, i)
		if giver == nil {
			giver = x.donorAdjective(toks, cargo)
		}
		if giver == nil {
			continue
		}
		for k := cargo + 1; k < len(toks) && k < cargo+10; k++ {
			if !arriveVerbs[toks[k].lower] && !leftFor(toks, k) {
				if clauseBoundary[toks[k].lower] || toks[k].text == "." || toks[k].text == ";" {
					break
				}
				continue
			}
			j := k + 1
			if j < len(toks) && (toks[j].lower == "in" || toks[j].lower == "at" || toks[j].lower == "for") {
				j++
			}
			if d := giverAt(toks, j, ms); d != nil {
				t := &trigAt{s: k, e: k + 1, tr: &trigger{rel: "AID", phrase: toks[k].lower, form: "ed"}}
				for _, dd := range coordRight(toks, d, ms) {
					emit(t, "AID", giver, dd, "verb:"+tk.lower+"-"+toks[k].lower, modalityOf(toks, t), 0.7)
				}
			}
			break
		}
	}
}

// vehicleState finds the state that owns the vehicle before a carry verb
// at toks[i]: a nationality adjective, a state's name or one of its
// bodies within the five words before it ("a Turkish plane", "a U.S. Air
// Force C-17").
func (x *Extractor) vehicleState(toks []token, ms []*mention, i int) *mention {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if m := mentionStartingAt(ms, k); m != nil && m.ent != nil && m.kind != mkPronoun && !m.city {
			if m.ent.Kind == KindCountry {
				return m
			}
			if p := x.dict.byID[m.ent.Parent]; p != nil && p.Kind == KindCountry && m.ent.Kind != KindPerson {
				return &mention{s: m.s, e: m.e, ent: p, kind: mkActor, head: m.head, text: m.text} // "a U.S. Air Force C-17": the state's
			}
		}
		if d, n := x.dict.names.longest(toks, k, textKey); d != nil && d.kind == matchDemonym && d.entry != nil && d.entry.Kind == KindCountry {
			return &mention{s: k, e: k + n, ent: d.entry, kind: mkActor, head: k, text: joinTokens(toks[k : k+n])}
		}
		if toks[k].text == "," || clauseBoundary[toks[k].lower] || arriveVerbs[toks[k].lower] {
			return nil
		}
	}
	return nil
}

// pactName reports a word at toks[i] that is part of an agreement's name,
// capitalised and followed by a capitalised agreement noun: "the Good
// Friday Agreement", "the Dayton Accords".
func pactName(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i+1].isCap() && pactNouns[strings.TrimSuffix(toks[i+1].lower, "s")]
}

// backerNoun reports a noun naming one who backs another: "supporter",
// "backers".
func backerNoun(phrase string) bool {
	return strings.HasPrefix(phrase, "supporter") || strings.HasPrefix(phrase, "backer")
}

// predicateNoun reports a noun at toks[i] that a form of "be" or
// "remain" predicates of the clause's subject, over a determiner and
// adjectives: "X is a staunch supporter of Y", "X has long been the main
// backer of Y", "X remains a key supporter".
func predicateNoun(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k].lower
		if beForms[w] || w == "remain" || w == "remains" || w == "remained" || w == "become" || w == "became" || w == "becomes" {
			return true
		}
		if !toks[k].isWord() || toks[k].isCap() || prepositions[w] || clauseBoundary[w] {
			return false
		}
	}
	return false
}

// agreedText reports "agreed" whose needed agreement noun is its direct
// object ("agreed a trade deal", "agreed a new pact with X"): no
// infinitive, clause or preposition comes between. British English
// agrees a deal as others reach one.
func agreedText(toks []token, t *trigAt) bool {
	for k := t.e; k < t.needEnd-1 && k < len(toks); k++ {
		if w := toks[k].lower; clauseBoundary[w] || w == "to" || prepositions[w] || w == "," {
			return false
		}
	}
	return t.needEnd > t.e
}

// giftCargo is the cargo whose arrival from a state is a gift, not trade
// (grain or fuel from a state may be sold).
var giftCargo = map[string]bool{"aid": true, "assistance": true, "supplies": true, "relief": true,
	"medicine": true, "medicines": true, "vaccines": true, "doses": true, "tents": true, "blankets": true}

// aidArrived reads aid told by its arrival, its giver after "from": "a
// shipment of aid from China arrived in Nepal", "relief supplies from
// India reached Colombo". The giver gives aid to the destination's state.
func (x *Extractor) aidArrived(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	for i := 0; i+2 < len(toks); i++ {
		if !giftCargo[toks[i].lower] || toks[i+1].lower != "from" {
			continue
		}
		giver := giverAt(toks, i+2, ms)
		if giver == nil {
			continue
		}
		for k := giver.e; k < len(toks) && k < giver.e+6; k++ {
			if !arriveVerbs[toks[k].lower] {
				if clauseBoundary[toks[k].lower] || !toks[k].isWord() {
					break
				}
				continue
			}
			j := k + 1
			if j < len(toks) && (toks[j].lower == "in" || toks[j].lower == "at") {
				j++
			}
			if d := giverAt(toks, j, ms); d != nil && d.ent.ID != giver.ent.ID {
				t := &trigAt{s: k, e: k + 1, tr: &trigger{rel: "AID", phrase: toks[k].lower, form: "ed"}}
				emit(t, "AID", giver, d, "verb:aid-from-"+toks[k].lower, modalityOf(toks, t), 0.7)
			}
			break
		}
	}
}

// lightVerbs express a stance named by the noun they take: "expressed
// Japan's solidarity", "pledged Britain's support".
var lightVerbs = map[string]bool{"expressed": true, "expresses": true, "voiced": true, "voices": true,
	"pledged": true, "pledges": true, "conveyed": true, "conveys": true, "reaffirmed": true, "reaffirms": true,
	"offered": true, "offers": true, "reiterated": true, "reiterates": true}

// stanceSpeaker returns the person who voices a state's support: the
// subject of the verb of saying that reports the state's stance ("Locsin
// said in a statement that Manila stood with Ukraine", "Xi told Abbas that
// Beijing backed ..."), or of the light verb whose noun the state owns
// ("Kishida expressed Japan's solidarity with Ukraine"), when that person
// belongs to the state. A stance is the act of the one who states it.
func (x *Extractor) stanceSpeaker(toks []token, t *trigAt, subj []*mention, ms []*mention) *mention {
	if len(subj) != 1 || subj[0].ent == nil || subj[0].ent.Kind == KindPerson || subj[0].s < 2 {
		return nil
	}
	state := subj[0]
	k := state.s - 1
	if t.noun && (state.poss || state.e < len(toks) && toks[state.e].lower == "'s") && lightVerbs[toks[k].lower] {
		return x.homeSpeaker(toks, k, state, ms)
	}
	for j := k; j >= 0 && j >= state.s-14; j-- {
		w := toks[j].lower
		if sayVerbs[w] || w == "told" {
			return x.homeSpeaker(toks, j, state, ms)
		}
		if clauseBoundary[w] && w != "that" || w == "." || w == ";" {
			return nil
		}
	}
	return nil
}

// homeSpeaker returns the subject of the verb at v when it is one person
// who belongs to state.
func (x *Extractor) homeSpeaker(toks []token, v int, state *mention, ms []*mention) *mention {
	sp := x.clauseSubject(toks, v, ms, nil, nil)
	if len(sp) != 1 || sp[0].ent == nil || sp[0].ent.Kind != KindPerson || !x.isHome(sp[0], state.ent) {
		return nil
	}
	return sp[0]
}
