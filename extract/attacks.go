package extract

import "strings"

// ATTACK shapes: forces led by a state, incursions, strikes by weapons and
// launchers, downed munitions, fire exchanged both ways, the attacker named
// by an adjective ("Russian missiles hit Kyiv").

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

// looseVisit reports a visit verb too loose to say a visit by armed
// forces ("U.S. troops returned from Iraq", "went to Iraq"): going to or
// coming back from a place is a visit only for a delegate, not a unit.
func looseVisit(toks []token, t *trigAt, subj []*mention) bool {
	if !goingVerb(t.tr.phrase) && !returnVerb(t.tr.phrase) || len(subj) == 0 {
		return false
	}
	m := subj[0]
	return m.e > 0 && m.e <= len(toks) && armedNouns[toks[m.e-1].lower]
}

// goingVerb reports an inflection of "go to" or "go on to".
func goingVerb(p string) bool {
	switch p {
	case "go to", "goes to", "went to", "gone to", "going to", "go on to", "goes on to", "went on to", "gone on to", "going on to":
		return true
	}
	return false
}

// returnVerb reports an inflection of "return from" or "come back from".
func returnVerb(p string) bool {
	f := strings.Fields(p)
	return len(f) >= 2 && f[len(f)-1] == "from" && (strings.HasPrefix(f[0], "return") || strings.HasPrefix(f[0], "com") || f[0] == "came")
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

// weaponNouns, after an attack noun, make it a modifier: "attack
// helicopters", "strike aircraft".
var weaponNouns = map[string]bool{"helicopter": true, "helicopters": true, "aircraft": true, "submarine": true,
	"submarines": true, "drone": true, "drones": true, "jet": true, "jets": true, "planes": true, "craft": true,
	"boats": true, "capability": true, "capabilities": true, "group": true, "force": true, "dogs": true, "ads": true}

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

// returnedFire finds a side hitting back at the attacker the story named
// before: "North Korea shelled the island ... South Korea returned fire"
// (also "fired back", "retaliated" with no target of its own). The target
// is the doer of the last attack remembered; the side must not be it.
func (x *Extractor) returnedFire(sc *scene) {
	toks, ms, emit, trigs, st := sc.toks, sc.ms, sc.emit, sc.trigs, sc.st
	for i := 0; i+1 < len(toks); i++ {
		w, n := toks[i].lower, toks[i+1].lower
		end := i + 2
		switch {
		case (w == "returned" || w == "returns" || w == "return") && n == "fire":
		case (w == "fired" || w == "fires" || w == "fire" || w == "struck" || w == "strikes") && n == "back":
		case w == "retaliated" || w == "retaliates":
			end = i + 1
			if n == "against" || n == "with" || n == "by" {
				continue // a target or a measure of its own
			}
		default:
			continue
		}
		a, ok := st.agents["attack"]
		if !ok || st.sentIndex-a.sent > eventMemory || a.sent == st.sentIndex && !attackBefore(trigs, i) {
			continue
		}
		t := &trigAt{s: i, e: end, tr: &trigger{rel: "ATTACK", phrase: toks[i].lower}}
		target := &mention{s: i, e: end, kind: mkActor, ent: a.ent, weak: true, text: a.ent.Name, head: i}
		for _, sm := range x.clauseSubject(toks, i, ms, trigs, t) {
			if sm.ent != nil && sm.ent != a.ent {
				emit(t, "ATTACK", sm, target, "verb:returned-fire", modalityOf(toks, t), 0.6)
			}
		}
	}
}

// attackBefore reports an attack trigger before toks[i] in the sentence.
func attackBefore(trigs []*trigAt, i int) bool {
	for _, t := range trigs {
		if t.tr.rel == "ATTACK" && t.e <= i {
			return true
		}
	}
	return false
}
