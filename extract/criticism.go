package extract

import (
	"slices"
	"strings"
)

// CRITICIZE and REJECT shapes the verb frames miss: claims and charges
// rejected, acts called outrageous or insulting, envoys summoned, a party
// said to harm peace or to have done wrong, criticism carried by a text
// ("a commentary in Rodong Sinmun").

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

// refusedVerbs turn down another's demand or claim when refused: "refused
// to recognise X", "refused to take in refugees under an EU scheme".
var refusedVerbs = map[string]bool{"recognise": true, "recognize": true, "accept": true, "comply": true, "join": true,
	"endorse": true, "ratify": true, "implement": true, "honor": true, "honour": true, "abide": true, "extradite": true,
	"hand": true, "return": true, "allow": true, "grant": true, "withdraw": true, "take": true, "sign": true,
	"cooperate": true, "pay": true, "acknowledge": true, "obey": true, "admit": true, "release": true, "lift": true}

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
		if tk.lower == "calling" && i > 0 && (toks[i-1].text != "," || i+1 < len(toks) && (toks[i+1].lower == "for" || toks[i+1].lower == "on" || toks[i+1].lower == "upon")) {
			continue // the fronted participle ("Calling the sinking a provocation, X demanded") or one after a comma ("criticised the release, calling Japan's discharge 'selfish'"), not "calling for talks"
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "CRITICIZE", phrase: tk.lower}}
		obj := st.eventObject(toks, t)
		if obj == nil {
			obj = possessorAfter(toks, i+1, ms)
		}
		if obj == nil && i+2 < len(toks) {
			if m := mentionStartingAt(ms, i+1); m != nil && m.kind == mkPronoun && m.ent != nil && possessivePronouns[m.pronoun] && toks[i+2].isWord() && !toks[i+2].isCap() {
				obj = m // "described her visit to the island as an 'egregious provocation'": hers
			}
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

// insultWords name a person or state as a wrongdoer: "called X a
// 'dictator'", "branded X a terrorist".
var insultWords = map[string]bool{"terrorist": true, "terrorists": true, "dictator": true, "dotard": true, "devil": true,
	"liar": true, "criminal": true, "murderer": true, "thug": true, "butcher": true, "tyrant": true, "puppet": true,
	"clown": true, "fascist": true, "racist": true, "traitor": true, "idiot": true, "fool": true, "lunatic": true,
	"madman": true, "gangster": true, "killer": true, "coward": true, "bully": true, "hypocrite": true, "nazi": true,
	"aggressor": true, "rogue": true, "pariah": true, "warmonger": true, "criminals": true, "murderers": true,
	"thugs": true, "gangsters": true, "puppets": true, "warmongers": true, "aggressors": true, "liars": true,
	"assassin": true, "assassins": true, "killers": true, "butchers": true, "tyrants": true, "dictators": true,
	"traitors": true, "fascists": true, "nazis": true, "terrorist-sponsor": true, "bandits": true, "pirates": true,
	"occupiers": true, "invaders": true, "war criminal": true, "hypocrites": true, "bullies": true}

// calledInsult finds "X called Y a 'dictator'" and "Y was branded a
// terrorist by X": criticism of the one named, the insult within a few
// words of the name.
func (x *Extractor) calledInsult(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		switch tk.lower {
		case "called", "calls", "call", "branded", "brands", "brand", "labelled", "labeled", "dubbed":
		case "calling", "branding", "labelling", "labeling", "dubbing":
			if i == 0 || toks[i-1].text != "," {
				continue // only the participle after a comma: "..., calling its leaders 'assassins'"
			}
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
			ownerOfLeaders := m != nil && m.kind == mkPronoun && (m.pronoun == "its" || m.pronoun == "their") && leadersAt(toks, m.e)
			if m == nil || m.ent == nil && !ownerOfLeaders || m.poss && !singleQuoteOpens(toks, m.e) && !leadersAfter(toks, m.e) ||
				m.kind == mkPronoun && m.pronoun != "him" && m.pronoun != "her" && m.pronoun != "them" && !ownerOfLeaders {
				continue
			}
			obj, from = []*mention{m}, m.e
			if m.poss && leadersAfter(toks, m.e) {
				from = m.e + 2 // "called Russia's leaders 'war criminals'": the state
			}
			if ownerOfLeaders {
				from = m.e + 1 // "calling its leaders 'assassins'": the state "its" stands for
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
			if m := mentionStartingAt(ms, k); m != nil && m.state != nil && (slices.Contains(m.roles, "ambassador") || slices.Contains(m.roles, "envoy") || diplomatNamed(toks, m)) {
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

// diplomatNamed reports a mention of a state's diplomat by that word or as
// its chargé d'affaires: "summoned a Chinese diplomat", "the Russian
// charge d'affaires".
func diplomatNamed(toks []token, m *mention) bool {
	for k := m.s; k < m.e && k < len(toks); k++ {
		w := toks[k].lower
		if w == "diplomat" || w == "diplomats" || strings.Contains(w, "affaires") {
			return true
		}
	}
	return false
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

// wrongVerbs are deeds a speaker charges another with: "said Y had
// violated the truce", "said Y was meddling".
var wrongVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"violate", "defy", "breach", "flout", "undermine", "sabotage", "betray", "deceive",
		"distort", "fabricate", "orchestrate", "provoke", "interfere", "meddle", "trample", "bully", "intimidate",
		"harass", "destabilize", "destabilise", "renege", "lie", "cheat", "mislead", "escalate", "intrude", "trespass", "encroach", "infiltrate"} {
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
	if q+2 < len(toks) && (toks[q].lower == "bore" || toks[q].lower == "bears" || toks[q].lower == "bear") && toks[q+1].lower == "responsibility" && harmAfter(toks, q+2) {
		return m // "said Russia bore responsibility for the poisoning": blamed
	}
	if be && q+1 < len(toks) && toks[q].lower == "responsible" && harmAfter(toks, q+1) {
		return m // "said Russia was responsible for the attack", not "for security"
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

// harmWords are the wrongs one is held responsible for.
var harmWords = words("attack attacks poisoning poisonings killing killings deaths death bombing bombings downing crash strike strikes " +
	"war violence invasion shooting explosion blast sinking murder murders hack hacking cyberattack cyberattacks assassination " +
	"massacre atrocities crimes abduction abductions incident collapse crisis")

// harmAfter reports "for" at k followed, within four words, by a wrong:
// "for the poisoning", "for the downing of MH17".
func harmAfter(toks []token, k int) bool {
	if k >= len(toks) || toks[k].lower != "for" {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if harmWords[toks[q].lower] {
			return true
		}
		if !toks[q].isWord() {
			return false
		}
	}
	return false
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

// moveNouns name the act of a clause that an apposition after it judges:
// "X imposed a price cap, a move Moscow denounced as illegal", "X offered
// to mediate, a proposal Kyiv has rebuffed".
var moveNouns = words("move step decision measure action act proposal offer plan initiative idea suggestion request demand call")

// judgedMove finds a reaction told in an apposition to the clause before
// it: "X did A, a move (that) Y denounced", "..., a step Y has opposed",
// "..., a decision welcomed by Y". Y criticises, rejects or supports the
// subject of that clause (the subject of its first trigger, or the actor
// opening the sentence).
func (x *Extractor) judgedMove(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for _, t := range trigs {
		rel := t.tr.rel
		if rel == "HOST" && strings.HasPrefix(toks[t.s].lower, "welcom") {
			rel = "SUPPORT" // "a decision welcomed by Y": welcoming an act backs its doer
		}
		if t.noun || rel != "CRITICIZE" && rel != "SUPPORT" && rel != "REJECT" {
			continue
		}
		move := -1 // the move noun, after ", a" or ", the"
		var judge []*mention
		if t.e < len(toks) && toks[t.e].lower == "by" {
			move = t.s - 1 // "a decision welcomed by Y"
			judge = x.byAgent(toks, t.e, ms)
		} else {
			k := t.s - 1
			for k > 0 && (adverbs[toks[k].lower] || auxWords[toks[k].lower] || toks[k].lower == "far" && toks[k-1].lower == "so" || toks[k].lower == "so" && toks[k+1].lower == "far") {
				k-- // "a step China has strongly opposed", "a proposal Kyiv has so far rebuffed"
			}
			m := mentionEndingAt(ms, k+1)
			if m == nil || m.ent == nil || m.kind == mkPronoun || m.kind == mkDemonym {
				continue
			}
			judge = []*mention{m}
			move = m.s - 1
			if move > 0 && (toks[move].lower == "that" || toks[move].lower == "which") {
				move--
			}
		}
		if move < 3 || !moveNouns[toks[move].lower] || !determiners[toks[move-1].lower] || toks[move-2].text != "," || len(judge) == 0 {
			continue
		}
		doers := mainClauseDoers(toks, ms, trigs, move-2)
		modality := Asserted // the reaction's own verb: "a proposal Kyiv rebuffed" is no plan
		for k := move + 1; k < t.s; k++ {
			if negationCues[toks[k].lower] {
				modality = Negated // "a step Seoul has not opposed"
			}
		}
		for _, j := range judge {
			for _, d := range doers {
				if j.ent != d.ent && !x.isHome(j, d.ent) {
					emit(t, rel, j, d, "verb:"+t.tr.phrase+"-move", modality, 0.6)
				}
			}
		}
	}
}

// mainClauseDoers returns who acts in the clause that ends at the comma
// at end: the subjects of its first trigger that has any, else the actor
// opening the sentence.
func mainClauseDoers(toks []token, ms []*mention, trigs []*trigAt, end int) []*mention {
	for _, t := range trigs {
		if t.e <= end && len(t.subj) > 0 && !t.noun {
			return t.subj
		}
	}
	k := 0
	if k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	if m := mentionStartingAt(ms, k); m != nil && m.ent != nil && m.kind == mkActor && !m.poss && m.e < end {
		return []*mention{m}
	}
	return nil
}
