package extract

import "strings"

// Event nouns: "the summit between", "Russia's invasion of", "talks were
// held", with the doers the document has named for an act noun before.

// nounPhraseHead reports a word that ends a noun phrase opened by a
// determiner at most three lower-case modifiers before it ("a
// pre-emptive nuclear strike"), so that a base-form verb there is a noun.
func nounPhraseHead(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k]
		if determiners[w.lower] || w.text == "'s" {
			return true
		}
		if w.isCap() && k > 0 && (toks[k-1].lower == "the" || toks[k-1].lower == "a" || toks[k-1].lower == "an") && !strings.HasSuffix(w.text, "s") {
			return true // "the Russian attack", "a US strike" (not "the Houthis attack ships")
		}
		if !w.isWord() && w.text != "-" || w.isCap() || auxWords[w.lower] || prepositions[w.lower] || w.lower == "to" || adverbs[w.lower] {
			return false
		}
	}
	return false
}

// agentAt is who did an event the text may later refer to by a noun.
type agentAt struct {
	ent     *Entry
	sent    int
	partner *Entry // the other party of a joint act ("the drills" of X and Y), or nil
}

// eventVerbs map a verb to the nouns that later name its event: "North
// Korea fired a missile ... Japan condemned the launch".
var eventVerbs = map[string][]string{
	"fired": {"launch", "test"}, "launched": {"launch", "attack", "offensive"}, "test-fired": {"launch", "test"},
	"tested": {"test", "launch"}, "detonated": {"test", "explosion"}, "annexed": {"annexation"},
	"seized": {"seizure"}, "invaded": {"invasion", "attack", "aggression"}, "shelled": {"shelling", "attack"}, "conducted": {"test"},
	"attacked": {"attack"}, "struck": {"strike", "attack"}, "bombed": {"bombing", "attack"}, "torpedoed": {"sinking", "attack"},
	"sank": {"sinking"}, "carried": {"test", "attack", "strike", "raid"},
	"demanded": {"demand"}, "proposed": {"proposal"}, "offered": {"offer"}, "requested": {"request"},
	"asked": {"request"}, "appealed": {"appeal", "request"},
}

// decisionVerbs tell a decision a later "the move" or "the decision"
// refers to: "Iran resumed enrichment ... Russia voiced disappointment
// over the decision". Their doer is the name right before them.
var decisionVerbs = map[string][]string{
	"decided": {"decision", "move"}, "resumed": {"resumption", "move", "decision"}, "withdrew": {"withdrawal", "move", "decision"},
	"suspended": {"suspension", "move", "decision"}, "expelled": {"expulsion", "move", "decision"},
	"recognised": {"recognition", "move", "decision"}, "recognized": {"recognition", "move", "decision"},
	"deployed": {"deployment", "move"}, "recalled": {"recall", "move", "decision"}, "restarted": {"restart", "move", "decision"},
	"banned": {"ban", "move", "decision"}, "scrapped": {"move", "decision"}, "revoked": {"move", "decision"},
}

// noteDecisions records the doer of a decision verb: a named actor right
// before it, over adverbs and a weekday ("Iran on Tuesday resumed").
func noteDecisions(toks []token, ms []*mention, st *docState) {
	for i, tk := range toks {
		nouns, ok := decisionVerbs[tk.lower]
		if !ok {
			continue
		}
		k := i - 1
		for k >= 0 && adverbs[toks[k].lower] {
			k--
		}
		if _, day := weekdays[toks[max(k, 0)].lower]; day && k >= 1 && toks[k-1].lower == "on" {
			k -= 2
		}
		m := mentionEndingAt(ms, k+1)
		if k < 0 || m == nil || m.ent == nil || m.kind != mkActor || m.appos || m.poss || !eligible(toks, m) {
			continue
		}
		if st.agents == nil {
			st.agents = map[string]agentAt{}
		}
		for _, n := range nouns {
			st.agents[n] = agentAt{ent: m.ent, sent: st.sentIndex}
		}
	}
}

// relActNouns are the nouns a later sentence may use for an act reported
// by its relation: "Japan tightened export curbs ... Moon slammed the
// measures".
var relActNouns = map[string][]string{
	"SANCTION": {"sanction", "measure", "curb", "restriction", "embargo", "penalty", "penaltie", "move", "blacklisting",
		"listing", "designation", "tariff", "dutie", "ban"},
	"ATTACK": {"attack", "strike", "shelling", "invasion", "bombing", "offensive", "raid", "assault", "incursion"},
	// joint drills and exercises ("X and Y began their annual drills ...
	// Z condemned the exercise") name both parties
	"MILITARY_COOPERATION": {"drill", "exercise", "maneuver", "manoeuvre", "war game", "game", "wargame"},
	// threats, and drills held as a show of force ("X launched drills
	// around Y ... Y condemned the drills"; see noteActDoer)
	"THREATEN": {"threat", "warning", "ultimatum", "drill", "exercise", "maneuver", "manoeuvre"},
}

// forceNounsOnly are the THREATEN nouns only a show of force names.
var forceNounsOnly = words("drill exercise maneuver manoeuvre")

// downing reports a trigger that shoots down a craft: an act of air
// defence as often as of attack, so a later "the attack" does not name it.
func downing(t *trigAt) bool {
	p := t.tr.phrase
	return strings.HasPrefix(p, "shoot") || strings.HasPrefix(p, "shot")
}

// noteActDoer records the doer of an asserted sanction, attack or threat,
// or the two parties of joint drills, as those its nouns later refer to;
// drills are a threat's only when it was a show of force (rule).
func (st *docState) noteActDoer(rel, rule string, doer, partner *Entry, modality string) {
	nouns, ok := relActNouns[rel]
	if !ok || modality != Asserted {
		return
	}
	if st.agents == nil {
		st.agents = map[string]agentAt{}
	}
	if rel != "MILITARY_COOPERATION" {
		partner = nil
	}
	for _, n := range nouns {
		if rel == "THREATEN" && forceNounsOnly[n] && !strings.Contains(rule, "drills") {
			continue
		}
		st.agents[n] = agentAt{ent: doer, sent: st.sentIndex, partner: partner}
	}
}

// claimNouns name what a state asks or offers: "Pyongyang's demand for a
// reactor" ... "Washington rejected that demand".
var claimNouns = map[string]bool{"demand": true, "demands": true, "proposal": true, "proposals": true, "offer": true,
	"request": true, "plan": true, "claim": true, "claims": true, "accusation": true, "accusations": true}

// claimAfter reports a claim noun at toks[e], or after one lower-case
// modifier ("his latest offer").
func claimAfter(toks []token, e int) bool {
	if e < len(toks) && claimNouns[toks[e].lower] {
		return true
	}
	return e+1 < len(toks) && toks[e].isWord() && !toks[e].isCap() && claimNouns[toks[e+1].lower]
}

// noteClaims records the possessor of a claim noun ("X's demand") as the
// doer a later "rejected the demand" refers to.
func noteClaims(toks []token, ms []*mention, st *docState) {
	for _, m := range ms {
		if !m.poss || m.ent == nil || m.kind == mkPronoun || m.e+1 >= len(toks) {
			continue
		}
		w := toks[m.e+1].lower
		if !claimNouns[w] {
			continue
		}
		if st.agents == nil {
			st.agents = map[string]agentAt{}
		}
		st.agents[strings.TrimSuffix(w, "s")] = agentAt{ent: m.ent, sent: st.sentIndex}
	}
}

// firedShells: what a state fires that makes the firing a shelling.
var firedShells = map[string]bool{"shells": true, "artillery": true, "rockets": true, "rounds": true}

// noteAgents records the subjects of event verbs for later event nouns.
func (x *Extractor) noteAgents(toks []token, ms []*mention, inMention []bool, st *docState) {
	for i, tk := range toks {
		nouns, ok := eventVerbs[tk.lower]
		if !ok || inMention[i] {
			continue
		}
		if tk.lower == "carried" && (i+1 >= len(toks) || toks[i+1].lower != "out") {
			continue
		}
		var subj []*mention
		by := i + 1
		if tk.lower == "carried" {
			by++
		}
		if by+1 < len(toks) && toks[by].lower == "by" {
			// "the test conducted by X": the passive's agent
			if m := mentionStartingAt(ms, by+1); m != nil && m.ent != nil && m.kind != mkPair {
				subj = []*mention{m}
			} else {
				continue
			}
		} else {
			subj = x.clauseSubject(toks, i, ms, nil, nil) // "X carried out the raid": X
		}
		if len(subj) != 1 || subj[0].ent == nil || subj[0].kind == mkPair {
			continue
		}
		if st.agents == nil {
			st.agents = map[string]agentAt{}
		}
		if tk.lower == "fired" {
			// "X fired artillery shells at Y": the firing is a shelling and an attack
			for q := i + 1; q < len(toks) && q < i+6; q++ {
				if firedShells[toks[q].lower] {
					st.agents["shelling"] = agentAt{ent: subj[0].ent, sent: st.sentIndex}
					st.agents["attack"] = agentAt{ent: subj[0].ent, sent: st.sentIndex}
					break
				}
			}
		}
		for _, n := range nouns {
			st.agents[n] = agentAt{ent: subj[0].ent, sent: st.sentIndex}
		}
	}
}

// agentNouns name an act whose doer, not its target, is the one
// criticized: "condemned the Soviet invasion of X", "an escalation by Y".
var agentNouns = map[string]bool{"invasion": true, "attack": true, "attacks": true, "aggression": true,
	"occupation": true, "annexation": true, "escalation": true, "provocation": true, "provocations": true,
	"incursion": true, "incursions": true, "intervention": true, "crackdown": true, "bombardment": true,
	"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "bombing": true, "shelling": true, "raid": true,
	// a state's decisions and deeds that a critic names by its nationality ("the Chinese deployment")
	"deployment": true, "decision": true, "move": true, "action": true, "actions": true, "measures": true,
	"behaviour": true, "behavior": true, "conduct": true, "policy": true, "policies": true, "remarks": true,
	"detention": true, "seizure": true, "expulsion": true, "blockade": true, "buildup": true, "build-up": true,
	"drills": true, "test": true, "tests": true, "launch": true, "launches": true, "interference": true,
	"meddling": true, "proposal": true, "demand": true, "demands": true, "plan": true, "claims": true,
	"warning": true, "warnings": true, "criticism": true, "accusations": true, "offer": true, "invitation": true}

// eventNounAgent returns the doer of an act noun that is the object of a
// criticism or rejection: a nationality adjective before the noun ("the
// Soviet invasion of X") or "by Y" after it ("the invasion of X by Y",
// "what he called an escalation by Y"). Nil when an actor comes first
// (the ordinary object) or the noun has no named doer.
func (x *Extractor) eventNounAgent(toks []token, i int, ms []*mention, rel string) []*mention {
	if rel != "CRITICIZE" && rel != "REJECT" {
		return nil
	}
	for k := i; k < len(toks) && k < i+10; k++ {
		w := toks[k].lower
		if agentNouns[w] {
			for b := k - 1; b >= i && b >= k-2; b-- {
				if m, n := x.dict.names.longest(toks, b, textKey); m != nil && m.kind == matchDemonym && b+n == k {
					return []*mention{{s: b, e: k, kind: mkDemonym, ent: m.entry, match: m.kind, head: b, text: joinTokens(toks[b:k])}}
				}
			}
			for q := k + 1; q+1 < len(toks) && q < k+8; q++ {
				if toks[q].lower == "by" {
					j := q + 1
					for j < len(toks) && determiners[toks[j].lower] {
						j++
					}
					if m := mentionStartingAt(ms, j); m != nil && m.ent != nil && !m.city && m.kind != mkPronoun {
						return coordRight(toks, m, ms) // "the drills planned by the United States and South Korea": both
					}
					return nil
				}
				if toks[q].lower != "\"" && (clauseBoundary[toks[q].lower] || toks[q].lower == "," || toks[q].lower == "." || toks[q].lower == "and") {
					return nil
				}
			}
			return nil
		}
		if m := mentionStartingAt(ms, k); m != nil && !(m.kind == mkDemonym && k+1 < len(toks)) && !(m.kind == mkPronoun && k+1 < len(toks) && toks[k+1].lower == "called") {
			return nil
		}
		if w == "and" && adjectivePair(toks, k) {
			continue // "a dramatic and brutal escalation"
		}
		if w == "." || w == "," || w == ";" || w == "and" || w == "for" || w == "of" || sayVerbs[w] {
			return nil
		}
	}
	return nil
}

// possessedAct finds the owner of an act named as the subject of a passive
// stance: "Ukraine's bid to join the EU was endorsed by X", "Argentina's
// claim was backed by Y". It returns the possessor, or nil.
func possessedAct(toks []token, ms []*mention, end int) *mention {
	for _, m := range ms {
		if m.e >= end {
			return nil
		}
		if m.poss && m.ent != nil && m.kind != mkPronoun {
			for k := m.e + 1; k < end && k <= m.e+3; k++ {
				if actNouns[toks[k].lower] {
					return m
				}
			}
		}
	}
	return nil
}

// actNouns name what an actor decides, says or offers, not a visitor:
// welcoming one endorses its author, receiving one hosts nobody.
var actNouns = map[string]bool{
	"decision": true, "move": true, "plan": true, "proposal": true, "announcement": true, "effort": true,
	"efforts": true, "initiative": true, "offer": true, "statement": true, "step": true, "steps": true,
	"commitment": true, "pledge": true, "call": true, "election": true, "agreement": true, "deal": true,
	"resolution": true, "vote": true, "news": true, "outcome": true, "result": true, "results": true,
	"readiness": true, "willingness": true, "stance": true, "position": true, "approach": true, "bid": true,
	"candidacy": true, "policy": true, "reform": true, "reforms": true, "progress": true, "response": true,
	"overture": true, "overtures": true, "gesture": true, "message": true, "letter": true, "remarks": true,
	"comments": true, "declaration": true, "claim": true, "claims": true, "report": true, "victory": true, "accession": true, "roadmap": true,
}

// drillNouns are joint military events a state hosts: their partners are
// participants, not guests.
var drillNouns = map[string]bool{"drill": true, "drills": true, "exercise": true, "exercises": true,
	"maneuvers": true, "manoeuvres": true, "patrols": true, "games": true}

// receivedAct reads the object of a HOST or MEET verb that is an act's
// author rather than a visitor. "Welcomed Mexico's decision" and
// "welcomed the decision by Mexico" endorse Mexico (SUPPORT); "received
// Kim's letter" hosts nobody; "met Ishiba's predecessor Kishida" meets
// Kishida, not Ishiba; "hosted joint drills with X" makes X a participant
// of the drills, not a guest. It returns the relation and objects to use.
func (x *Extractor) receivedAct(toks []token, t *trigAt, obj []*mention, ms []*mention) (string, []*mention) {
	rel := t.tr.rel
	if len(obj) == 0 {
		return rel, obj
	}
	welcome := rel == "HOST" && strings.HasPrefix(t.tr.phrase, "welcom")
	o := obj[0]
	for k := t.e; k < o.s; k++ {
		w := toks[k].lower
		if welcome && thingComplement(toks, k) {
			return rel, nil // "welcomed the release of hostages held by X": a thing welcomed, no guest
		}
		if actNouns[w] && welcome {
			return "SUPPORT", obj
		}
		if actNouns[w] || drillNouns[w] && rel == "HOST" {
			return rel, nil
		}
	}
	if o.e >= len(toks) || toks[o.e].text != "'s" && toks[o.e].text != "'" {
		return rel, obj
	}
	// a possessor: what follows it decides
	for k := o.e + 1; k < len(toks) && k <= o.e+4; k++ {
		if m := mentionStartingAt(ms, k); m != nil {
			if m.kind == mkPronoun || m.kind == mkDemonym || m.ent == nil && m.kind != mkRole {
				return rel, nil
			}
			return rel, coordRight(toks, m, ms) // "Ishiba's predecessor Fumio Kishida"
		}
		w := toks[k].lower
		if actNouns[w] {
			if welcome {
				return "SUPPORT", obj
			}
			return rel, nil
		}
		if !toks[k].isWord() || toks[k].isCap() || prepositions[w] {
			break
		}
	}
	return rel, nil
}

// nounFrame finds who and whom of a nominal trigger: "X's visit to Y",
// "the summit between X and Y", "a visit by X", "the Kim-Putin summit".
func (x *Extractor) nounFrame(toks []token, t *trigAt, ms []*mention, prev *trigAt) (subj, obj []*mention) {
	rel := t.tr.rel
	r, _ := LookupRelation(rel)
	if rel == "VISIT" && (toks[t.s].lower == "flights" || toks[t.s].lower == "flight" && !possessedNoun(toks, t.s)) {
		return nil, nil // "suspended flights to Japan", "a second flight to Thailand": planes, not "Kim's flight to Pyongyang"
	}
	if rel == "VISIT" {
		if v, _ := paidVisitor(toks, t, ms); v != nil {
			return nil, nil // "the visit X paid to Y": visitPaidBy reads it
		}
	}
	// "X visited Y at the invitation of Z": Z invited X
	if rel == "INVITE" && t.s >= 2 && toks[t.s-2].lower == "at" && t.e+1 < len(toks) && toks[t.e].lower == "of" {
		j := t.e + 1
		for j < len(toks) && determiners[toks[j].lower] {
			j++
		}
		if m := mentionStartingAt(ms, j); m != nil && m.ent != nil {
			if g := x.guestAfterComma(toks, ms, m.e); g != nil && frontedAt(toks, t) {
				return []*mention{m}, []*mention{g}
			}
			if prev != nil && len(prev.subj) > 0 && !prev.passive {
				return []*mention{m}, prev.subj
			}
			return []*mention{m}, x.clauseSubject(toks, t.s, ms, nil, t)
		}
	}
	// "X thanked Y for the invitation": Y invited X
	if rel == "INVITE" {
		if host, j := thankedFor(toks, t.s, ms); host != nil {
			return []*mention{host}, x.clauseSubject(toks, j, ms, nil, t)
		}
	}
	// "X flew to Y at Z's invitation", "at the Russian leader's invitation"
	if rel == "INVITE" && t.s >= 3 && (toks[t.s-1].lower == "'s" || toks[t.s-1].lower == "'") {
		if m := mentionEndingAt(ms, t.s-1); m != nil && m.ent != nil && m.kind != mkPronoun && m.kind != mkDemonym {
			k := m.s - 1
			if k >= 0 && determiners[toks[k].lower] {
				k--
			}
			if k >= 0 && toks[k].lower == "at" && !frontedAt(toks, t) {
				if prev != nil && len(prev.subj) > 0 && !prev.passive {
					return []*mention{m}, prev.subj
				}
				return []*mention{m}, x.clauseSubject(toks, k, ms, nil, t)
			}
		}
	}
	// "X accepted an invitation from Y": Y invited X
	if rel == "INVITE" && t.e+1 < len(toks) && toks[t.e].lower == "from" {
		if m := mentionStartingAt(ms, t.e+1); m != nil && m.ent != nil && m.kind != mkPronoun && m.kind != mkDemonym {
			if prev != nil && len(prev.subj) > 0 && !prev.passive {
				return []*mention{m}, prev.subj
			}
			return []*mention{m}, x.clauseSubject(toks, t.s, ms, nil, t)
		}
	}
	if givingNoun(rel) {
		if givers, ok := x.receivedNoun(toks, t, ms); ok {
			if len(givers) == 0 {
				return nil, nil
			}
			return givers, x.clauseSubject(toks, t.s, ms, nil, t) // "X won the backing of Y": Y backs X
		}
	}
	if rel == "AID" {
		if g, rs := x.aidFromTo(toks, t, ms); g != nil {
			return g, rs // "aid from Japan to Nepal"
		}
	}
	if g := x.betweenGroup(toks, t.e, ms); len(g) >= 2 {
		if r.Symmetric {
			return g[:1], g[1:2]
		}
	}
	if h := heldAfter(toks, t.e); h > 0 && r.Symmetric {
		if g := x.betweenGroup(toks, h, ms); len(g) >= 2 {
			return g[:1], g[1:2] // "talks were held in Geneva on Monday between X and Y"
		}
	}
	if p := x.hyphenPair(toks, t); p != nil && r.Symmetric {
		return p[:1], p[1:]
	}
	if rel == "MILITARY_COOPERATION" && partiesBeforeDrill(toks, t.s) {
		if g := x.drillModifiers(toks, t.s, ms); g != nil {
			return g[:1], g[1:] // "U.S. and South Korean military drills"
		}
	}
	modAgent := false
	// possessor, skipping adjectives: "Russia's armed invasion", "his first visit"
	for k := t.s - 1; k >= 0 && k >= t.s-4; k-- {
		w := toks[k]
		if w.text == "'s" || w.text == "'" {
			if m := mentionEndingAt(ms, k); m != nil && !m.appos {
				subj = []*mention{m}
			}
			break
		}
		if m := mentionEndingAt(ms, k+1); m != nil {
			if m.kind == mkPronoun && (m.pronoun == "his" || m.pronoun == "her" || m.pronoun == "its" || m.pronoun == "their") {
				if m.pronoun == "their" {
					if g := frontedPair(toks, t, ms); len(g) >= 2 && r.Symmetric {
						return g[:1], g[1:2]
					}
					if g := x.coordinatedOwners(toks, t, ms, m); len(g) >= 2 && r.Symmetric {
						return g[:1], g[1:2]
					}
					if r.Symmetric && verbPairSetting(toks, prev, m) {
						return prev.subj[:1], prev.obj[:1] // "X invited Y to Seoul during their summit": X and Y met
					}
					m.kind = mkPair
				}
				subj = []*mention{m}
			} else if m.s >= 2 && toks[m.s-1].text == "-" {
				// "the Kim-Putin summit", "Indian-French joint drills"
				if p := mentionEndingAt(ms, m.s-1); p != nil && r.Symmetric {
					return []*mention{p}, []*mention{m}
				}
			} else if m.e == t.s && m.kind == mkActor && m.ent.Kind == KindCountry && rel != "VISIT" {
				subj = []*mention{m} // "Russian support"
			} else if m.kind == mkDemonym && hostileNoun(rel) {
				modAgent = true // "the Iraqi offensive": the adjective's side, not the clause's subject
			}
			break
		}
		if !(w.isWord() && !w.isCap()) || prepositions[w.lower] || w.lower == "and" {
			break
		}
	}
	if len(subj) == 0 && givingNoun(rel) {
		if d := x.donorAdjective(toks, t.s); d != nil {
			subj = []*mention{d} // "Chinese medical aid for Italy"
		}
	}
	if rel == "INVITE" && len(subj) == 1 && subj[0].poss && subj[0].s > 0 && toks[subj[0].s-1].lower == "at" {
		// "X visited Y at Z's invitation": Z invited X
		if g := x.guestAfterComma(toks, ms, t.e); g != nil && frontedAt(toks, t) {
			return subj, []*mention{g}
		}
		if prev != nil && len(prev.subj) > 0 && !prev.passive {
			return subj, prev.subj
		}
		return subj, x.clauseSubject(toks, t.s, ms, nil, t)
	}
	if rel == "INVITE" && len(subj) == 1 && (subj[0].poss || subj[0].kind == mkPronoun) {
		if inviter, guest, ok := x.acceptedInvitation(toks, subj[0], ms); ok {
			return inviter, guest // "X accepted Z's invitation": Z invited X
		}
	}
	if rel == "INVITE" && len(subj) == 0 {
		if inviter, guest, ok := x.invitationFrom(toks, t, ms); ok {
			return inviter, guest // "X accepted an invitation from Z": Z invited X
		}
		if inviter, guest, ok := x.answeredInvitation(toks, t, ms); ok {
			return inviter, guest // "X accepted an invitation to visit Z": Z invited X
		}
	}
	if by := x.byAgent(toks, t.e, ms); by != nil && len(subj) == 0 {
		subj = by
	}
	// object: a preposition then a mention; a verb phrase read as a noun
	// ("meeting with", "talks with") keeps its preposition inside the trigger
	ostart := t.e
	if t.e-t.s > 1 && prepositions[toks[t.e-1].lower] {
		ostart = t.e - 1
	}
	for k := ostart; k < len(toks) && k < ostart+6; k++ {
		w := toks[k].lower
		if w == "," && k <= t.e+1 && rel == "VISIT" && destinationAside(toks, k) {
			continue // "X's first trip abroad, to Y,"
		}
		if clauseBoundary[w] || w == "," || w == "." {
			break
		}
		if !prepositions[w] || w == "by" {
			continue
		}
		okPrep := w == "to" || w == "with" && rel != "ATTACK" || w == "of" || w == "for" || w == "on" && !topicRels[rel] || w == "against" || (rel == "VISIT" && w == "in") ||
			(rel == "ATTACK" && (w == "in" || w == "into"))
		if !okPrep {
			break
		}
		j := k + 1
		if j < len(toks) && (toks[j].lower == "which" || toks[j].lower == "whom") {
			break // "a summit to which X was not invited": a relative clause's subject
		}
		if w == "to" && conflictRel(rel) && j < len(toks) && toks[j].isWord() && !toks[j].isCap() && !determiners[toks[j].lower] {
			break // "X's veto to impose sanctions on Y": an infinitive, not the one vetoed
		}
		for j < len(toks) && j < k+4 && !(mentionStartingAt(ms, j) != nil) {
			if toks[j].isCap() && !determiners[toks[j].lower] {
				break
			}
			j++
		}
		if m := mentionStartingAt(ms, j); m != nil && m.kind != mkDemonym && (m.kind != mkPronoun || m.pronoun == "country") && !(m.compound && venueOf(toks, m.s)) {
			obj = coordRight(toks, m, ms) // (not "a summit of the Non-Aligned Movement": its venue; "a visit to the country" is)
		}
		break
	}
	if len(subj) == 0 && prev != nil && len(prev.obj) > 0 && forIng(toks, prev.e, t.s) {
		subj = prev.obj // "denounced X for providing aid to Y"
	}
	if len(subj) == 0 && rel == "ATTACK" && len(obj) > 0 {
		if d := x.attackerAdjective(toks, t.s); d != nil {
			return []*mention{d}, obj // "the Russian attack on X", "a US strike on X": the adjective's side attacked X
		}
	}
	if len(subj) == 0 && hostileNoun(rel) && (modAgent || !launchedBefore(toks, t.s)) {
		// "condemned the invasion of X", "discussed the strike on X", "warned
		// of the threat of war": the clause's subject did not carry it out
		return nil, obj
	}
	if len(subj) == 0 && len(obj) == 0 && rel == "MEET" && (prev == nil || !plannedEncounter[prev.tr.rel]) && venueNoun(toks, t) {
		return nil, nil // "X and Y agreed ... at a Gulf summit": a gathering they attended, not their meeting
	}
	if len(subj) == 0 && len(obj) == 0 && plannedEncounter[rel] && rel != "INVITE" && outsideOfEncounter(toks, t) {
		return nil, nil // "X and Y welcomed the summit": they react to it, they do not meet
	}
	if len(subj) == 0 {
		if prev != nil && len(prev.subj) > 0 && !prev.passive && !ownSubjectBetween(toks, ms, prev.e, t.s) {
			subj = prev.subj
			if cs := x.clauseSubject(toks, t.s, ms, nil, t); newClauseSubject(toks, cs, prev) {
				subj = cs // "X visited A, and Y paid a state visit to B": Y's visit
			}
		} else {
			subj = x.clauseSubject(toks, t.s, ms, nil, t)
		}
	}
	if len(subj) == 0 && rel == "MEET" && len(obj) > 0 {
		if g := x.frontedMeetingSubject(toks, t, ms); g != nil {
			subj = []*mention{g} // "During talks with Y on Monday, X warned": X met Y
		}
	}
	// "X met Y on a visit to X's country": Y is the visitor
	if rel == "VISIT" && len(subj) == 1 && len(obj) == 1 && obj[0].ent != nil && x.isHome(subj[0], obj[0].ent) {
		pron := subj[0].kind == mkPronoun
		subj = nil
		if prev != nil && len(prev.obj) == 1 && !x.isHome(prev.obj[0], obj[0].ent) {
			subj = prev.obj
		}
		if pron {
			subj = x.pronounVisitor(toks, t, ms, prev, obj[0])
		}
	}
	if len(obj) == 0 && len(subj) == 1 && subj[0].kind == mkPair {
		return subj, nil
	}
	return subj, obj
}

// newClauseSubject reports a clause subject named after the previous
// trigger and opening a coordinated clause of its own ("..., and Y paid a
// visit to B", "but Y held talks"): the noun's subject, not prev's.
func newClauseSubject(toks []token, cs []*mention, prev *trigAt) bool {
	if len(cs) == 0 || cs[0].s <= prev.e || cs[0].s == 0 || cs[0].kind == mkPronoun || cs[0].ent == nil {
		return false
	}
	switch toks[cs[0].s-1].lower {
	case "and", "but", "while", "whereas", ";":
		return true
	}
	return false
}

// coordinatedOwners returns the coordinated subject that a "their" before
// an event noun refers to when the noun phrase is the object of that
// subject's verb: "X and Y held their first security talks", "X and Y
// resumed their dialogue". The parties are named in the clause itself, not
// a pair from earlier sentences. Nil unless "their" follows a past-tense
// verb right after two or more actors named outright ("over their arms
// sales" and "the leaders ... their first meeting" are left to context).
func (x *Extractor) coordinatedOwners(toks []token, t *trigAt, ms []*mention, their *mention) []*mention {
	v := their.s - 1
	if v < 1 {
		return nil
	}
	setting := trailingSetting(toks, v)
	if setting {
		v-- // "X and Y agreed ..., in their first talks in a year": the clause before the setting
	} else if !pastVerb(toks[v]) && !verbLike(toks[v]) {
		return nil
	}
	var out []*mention
	for _, m := range x.clauseSubject(toks, t.s, ms, nil, t) {
		if m.kind != mkActor || m.ent == nil || m.weak || m.e > v {
			return nil
		}
		out = append(out, m)
	}
	if len(out) < 2 || out[len(out)-1].e != v && !setting {
		return nil
	}
	return out
}

// verbPairSetting reports "their" opening the setting of a verb clause
// with one subject and one object of different sides: "X invited Y to
// Seoul during their summit in Pyongyang", "X told Y at their meeting".
func verbPairSetting(toks []token, prev *trigAt, their *mention) bool {
	if prev == nil || prev.noun || len(prev.subj) != 1 || len(prev.obj) != 1 || prev.subj[0].ent == nil || prev.obj[0].ent == nil {
		return false
	}
	if prev.subj[0].ent == prev.obj[0].ent || their.s <= prev.obj[0].e || their.s-prev.obj[0].e > 6 || their.s < 1 {
		return false
	}
	switch toks[their.s-1].lower {
	case "during", "at", "in", "on", "after", "before":
	default:
		return false
	}
	for k := prev.obj[0].e; k < their.s; k++ {
		if w := toks[k].lower; w == "." || w == ";" || clauseBoundary[w] || w == "and" {
			return false
		}
	}
	return true
}

// trailingSetting reports, at toks[k] right before a "their", a phrase
// that names the setting of the clause before it: "in", "during" or "at"
// ("X and Y agreed to ..., in their first talks in a year", "agreed to
// ... at their first summit in a year"), or a comma opening an apposition
// that names the clause's occasion ("X and Y agreed to ..., their first
// face-to-face talks in a year").
func trailingSetting(toks []token, k int) bool {
	switch toks[k].lower {
	case "in", "during", "at", ",":
		return k > 1
	}
	return false
}

// possessedNoun reports a noun at toks[i] with a possessor before it, over
// up to two lower-case modifiers: "Kim's landmark flight", "his flight".
func possessedNoun(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch w := toks[k].lower; {
		case w == "'s" || w == "'" || w == "his" || w == "her" || w == "their":
			return true
		case !toks[k].isWord() || toks[k].isCap() || determiners[w]:
			return false
		}
	}
	return false
}

// drillModifiers returns the two parties coordinated before a drill noun
// at s ("U.S. and South Korean military drills": the United States and
// South Korea), or nil when either is no state or organisation.
func (x *Extractor) drillModifiers(toks []token, s int, ms []*mention) []*mention {
	k := s - 1
	for k >= 0 && toks[k].isWord() && !toks[k].isCap() && toks[k].lower != "and" {
		k--
	}
	if k >= 0 && toks[k].text == "'s" {
		k--
	}
	second := x.partyEndingAt(toks, k+1, ms)
	if second == nil || second.s < 2 || toks[second.s-1].lower != "and" {
		return nil
	}
	first := x.partyEndingAt(toks, second.s-1, ms)
	if first == nil {
		return nil
	}
	g := []*mention{first, second}
	for i, m := range g {
		if p := x.dict.byID[m.ent.Parent]; m.ent.Kind != KindCountry && p != nil && p.Kind == KindCountry {
			c := *m
			c.ent = p // "U.S. military exercises": the state whose forces drill
			g[i] = &c
		}
	}
	first, second = g[0], g[1]
	if first.ent == second.ent {
		return nil
	}
	return []*mention{first, second}
}

// partyEndingAt returns the state or organisation named by the mention
// or the demonym that ends at e ("South Korean", "U.S."), or nil.
func (x *Extractor) partyEndingAt(toks []token, e int, ms []*mention) *mention {
	if m := mentionEndingAt(ms, e); m != nil && m.ent != nil && m.ent.Kind != KindPerson && m.kind != mkPronoun {
		return m
	}
	for _, m := range ms {
		if m.s < e && m.e > e && m.ent != nil && m.ent.Kind != KindPerson && m.kind != mkPronoun {
			return &mention{s: m.s, e: e, ent: m.ent, kind: mkActor, head: m.s, text: joinTokens(toks[m.s:e])} // "U.S." of "U.S. military drills"
		}
	}
	for n := 3; n >= 1; n-- {
		b := e - n
		if b < 0 {
			continue
		}
		d, ln := x.dict.names.longest(toks, b, textKey)
		if d == nil || ln != n || d.entry == nil || d.entry.Kind == KindPerson || d.kind == matchCity {
			continue
		}
		return &mention{s: b, e: e, ent: d.entry, kind: mkActor, head: b, text: joinTokens(toks[b:e])}
	}
	return nil
}

// thankedFor reads "thanked Y for the invitation" before an invitation
// noun at s: it returns Y and the index of "thanked", or nil.
func thankedFor(toks []token, s int, ms []*mention) (*mention, int) {
	k := s - 1
	if k >= 0 && (determiners[toks[k].lower] || possessivePronouns[toks[k].lower] || toks[k].lower == "kind" || toks[k].lower == "warm") {
		k--
	}
	if k < 1 || toks[k].lower != "for" {
		return nil, -1
	}
	m := mentionEndingAt(ms, k)
	if m == nil || m.ent == nil || m.s < 1 {
		return nil, -1
	}
	j := m.s - 1
	if j >= 0 && toks[j].lower == "his" || j >= 0 && toks[j].lower == "her" {
		j-- // "thanked his Russian counterpart"
	}
	if j < 0 || !strings.HasPrefix(toks[j].lower, "thank") {
		return nil, -1
	}
	return m, j
}
