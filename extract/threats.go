package extract

import "strings"

// THREATEN shapes the verb frames miss: warnings by consequence ("will pay
// the price", "must bear all the consequences"), threats to act, shows of
// force around a state, warnings addressed directly to a party.

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
		if coordinatedAfter(toks, ms, m) {
			continue // told with the list's first actor
		}
		targets := coordinated(toks, ms, m)
		v := suffersAfter(toks, targets[len(targets)-1].e)
		if v < 0 {
			continue
		}
		sp := speakerOf(toks, m.s, v)
		if sp < 0 {
			continue
		}
		t := &trigAt{s: sp, e: sp + 1, tr: &trigger{rel: "THREATEN", phrase: toks[sp].lower}}
		for _, sm := range x.clauseSubject(toks, sp, ms, trigs, t) {
			for _, tm := range targets {
				if sm.ent == tm.ent || x.isHome(sm, tm.ent) {
					continue
				}
				emit(t, "THREATEN", sm, tm, "verb:"+toks[sp].lower+"-pays", Asserted, 0.7)
			}
		}
	}
}

// coordinated returns the list of actors that m opens, joined by "and"
// or commas: "the United States and South Korea would pay" names both.
func coordinated(toks []token, ms []*mention, m *mention) []*mention {
	out := []*mention{m}
	for e := m.e; e+1 < len(toks) && (toks[e].lower == "and" || toks[e].text == ","); {
		k := e + 1
		if k+1 < len(toks) && toks[k].lower == "the" {
			k++
		}
		n := mentionStartingAt(ms, k)
		if n == nil || n.ent == nil || n.kind == mkPronoun || n.kind == mkPair || n.poss {
			break
		}
		out = append(out, n)
		e = n.e
	}
	return out
}

// coordinatedAfter reports a mention that continues a list of actors
// ("... and South Korea"), which coordinated reads from its first one.
func coordinatedAfter(toks []token, ms []*mention, m *mention) bool {
	k := m.s - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 1 || toks[k].lower != "and" && toks[k].text != "," {
		return false
	}
	p := mentionEndingAt(ms, k)
	return p != nil && p.ent != nil && p.kind != mkPronoun && !p.poss
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
