package extract

import "strings"

// Frames of the cooperative relations that the general verb and noun
// frames miss: recipients of aid named after an amount or a reduced
// relative, authors named by "X-led" adjectives, ties whose restoration is
// announced.

// aidNounParties finds the donor and recipient of an aid noun whose
// object the noun frame missed: "the aid package Washington announced for
// Kyiv" (a reduced relative: its subject gives, the "for" phrase
// receives), "a rescue package of about $50 billion for Mexico" (the
// recipient after the amount). The donor is nil when the noun has no
// relative clause.
func (x *Extractor) aidNounParties(toks []token, t *trigAt, ms []*mention) (donor, recipient *mention) {
	if m := mentionStartingAt(ms, t.e); m != nil && m.ent != nil && m.kind != mkPronoun && m.e < len(toks) && giveVerbPast(toks[m.e]) {
		if r := aidRecipient(toks, m.e+1, ms); r != nil {
			return m, r
		}
		return nil, nil
	}
	return nil, aidRecipient(toks, t.e, ms)
}

// giveVerbPast reports a lower-case past-tense verb that may give aid or
// announce it: "announced", "pledged", "sent", "approved".
func giveVerbPast(w token) bool {
	if w.isCap() || !w.isWord() {
		return false
	}
	switch w.lower {
	case "sent", "gave", "promised", "offered", "pledged", "announced", "approved", "unveiled", "delivered", "provided",
		"shipped", "earmarked", "allocated", "committed", "disbursed", "granted", "extended":
		return true
	}
	return false
}

// amountWords qualify an amount: "of about $50 billion".
var amountWords = map[string]bool{"about": true, "around": true, "over": true, "nearly": true, "almost": true,
	"roughly": true, "some": true, "approximately": true, "than": true}

// aidRecipient finds "for X" or "to X" after an aid noun, over an amount
// ("of about $50 billion", "worth 2 billion euros") but no clause break.
func aidRecipient(toks []token, from int, ms []*mention) *mention {
	for q := from; q+1 < len(toks) && q < from+10; q++ {
		w := toks[q]
		if w.lower == "for" || w.lower == "to" {
			j := q + 1
			if toks[j].lower == "the" && j+1 < len(toks) {
				j++
			}
			if m := mentionStartingAt(ms, j); m != nil && m.ent != nil && !m.city && m.kind != mkPronoun && m.kind != mkDemonym {
				return m
			}
			return nil
		}
		if amountWords[w.lower] {
			continue
		}
		if w.text == "," || w.text == "." || clauseBoundary[w.lower] || w.isCap() || prepositions[w.lower] && w.lower != "of" {
			return nil
		}
	}
	return nil
}

// authorSuffixes mark who leads or backs an act in a compound adjective:
// "the Saudi-led intervention", "the US-brokered deal".
var authorSuffixes = []string{"-led", "-backed", "-brokered", "-sponsored", "-drafted", "-proposed", "-initiated"}

// compoundActor reads a compound adjective "US-made", "Saudi-led" (one of
// suffixes) as the actor its first part names, or nil.
func (x *Extractor) compoundActor(w token, suffixes []string) *mention {
	for _, suf := range suffixes {
		name, ok := strings.CutSuffix(w.text, suf)
		if !ok || name == "" {
			continue
		}
		nt := tokenize(name, 0, len(name))
		if dm, n := x.dict.names.longest(nt, 0, textKey); dm != nil && n == len(nt) {
			return &mention{kind: mkActor, ent: dm.entry, match: dm.kind, text: w.text}
		}
	}
	return nil
}

// ledBy finds the author of an act a stance verb takes as object:
// "endorsed the Saudi-led intervention" backs Saudi Arabia. The compound
// must open the object, before any mention.
func (x *Extractor) ledBy(toks []token, from int, ms []*mention) *mention {
	for k := from; k < len(toks) && k < from+4; k++ {
		if mentionStartingAt(ms, k) != nil {
			return nil
		}
		if m := x.compoundActor(toks[k], authorSuffixes); m != nil {
			m.s, m.e, m.head = k, k+1, k
			return m
		}
		if !toks[k].isWord() || clauseBoundary[toks[k].lower] || prepositions[toks[k].lower] {
			return nil
		}
	}
	return nil
}

// tieVerbs set up or restore relations.
var tieVerbs = map[string]bool{"restore": true, "normalize": true, "normalise": true, "re-establish": true,
	"establish": true, "upgrade": true, "resume": true}

// announceVerbs report a decision as made.
var announceVerbs = map[string]bool{"announced": true, "announcing": true, "announce": true, "announces": true,
	"declared": true, "declaring": true, "confirmed": true, "confirming": true}

// announcedTies finds "X and Y announced (on <date>) that they would
// restore diplomatic relations": the restoration decided and announced is
// the cooperation, not a plan. It returns the index of the announcing
// verb, or -1.
func announcedTies(toks []token, t *trigAt) int {
	if t.tr == nil || t.tr.rel != "COOPERATE" || !tieVerbs[strings.Fields(t.tr.phrase)[0]] {
		return -1
	}
	return announcedThat(toks, t.s)
}

// announcedThat returns the index of an announcing verb whose that-clause
// holds the word at s ("announced on <date> that X would ..."), or -1.
func announcedThat(toks []token, s int) int {
	for k := s - 1; k >= 1 && k >= s-8; k-- {
		if toks[k].lower != "that" {
			continue
		}
		for q := k - 1; q >= 0 && q >= k-7; q-- {
			w := toks[q]
			if announceVerbs[w.lower] {
				return q
			}
			if clauseBoundary[w.lower] || w.text == ";" {
				break
			}
		}
		return -1
	}
	return -1
}

// theTwo reads "the two" (or "both") right before a verb, with no noun of
// its own, as the pair of the event the sentence reported just before:
// "X met Y on Saturday, and the two signed a joint statement". The
// mention finder knows "the two sides" but not the bare numeral.
func theTwo(toks []token, t *trigAt, pair [2]*Entry) *mention {
	k := t.s - 1
	for k >= 0 && adverbs[toks[k].lower] {
		k--
	}
	if pair[0] == nil || pair[1] == nil || k < 0 {
		return nil
	}
	s := -1
	switch {
	case toks[k].lower == "both" || toks[k].lower == "two" && k >= 1 && toks[k-1].lower == "the":
		s = k
		if toks[k].lower == "two" {
			s = k - 1
		}
	default:
		return nil
	}
	return &mention{s: s, e: k + 1, kind: mkPair, pair: pair, text: joinTokens(toks[s : k+1]), head: s, weak: true}
}

// stationedForces name the armed men and machines one state stations in, lends
// to or lets use another's territory.
var stationedForces = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "servicemen": true, "marines": true, "sailors": true,
	"warships": true, "bombers": true, "instructors": true, "advisers": true, "advisors": true,
	"contingent": true, "contingents": true, "battalions": true, "units": true, "mercenaries": true, "pilots": true,
	"officers": true, "navy": true, "navies": true, "army": true, "armies": true,
}

// hostedForces reports a HOST object that is a state's armed force rather
// than a visitor: "hosted thousands of Russian troops", "welcomed two
// Chinese warships". Stationing another's forces is military cooperation
// (CAMEO 062), not hospitality; the force noun ends the mention ("Saudi
// troops") or follows it over a lower-case modifier or two. A base is
// hosted the same way: "hosts the largest US air base in the region".
func hostedForces(toks []token, o *mention) bool {
	if o.e > 0 && o.e <= len(toks) && stationedForces[toks[o.e-1].lower] {
		return true
	}
	for k := o.e; k < len(toks) && k < o.e+3; k++ {
		if stationedForces[toks[k].lower] || hostedBases[toks[k].lower] {
			return true
		}
		if !toks[k].isWord() || toks[k].isCap() || prepositions[toks[k].lower] {
			break
		}
	}
	return false
}

// hostedBases are installations a host state lets another's forces use.
var hostedBases = map[string]bool{"base": true, "bases": true, "airbase": true, "airbases": true, "airfield": true,
	"airfields": true, "garrison": true}

// grantVerbs open a grant of access: "granted US forces access to four
// bases", "will give Japanese troops access to its airfields".
var grantVerbs = map[string]bool{
	"grant": true, "grants": true, "granted": true, "granting": true, "give": true, "gives": true, "gave": true,
	"given": true, "giving": true, "offer": true, "offers": true, "offered": true, "allow": true, "allows": true,
	"allowed": true, "expand": true, "expanded": true, "expands": true,
}

// baseNouns are the installations whose use one state lends another.
var baseNouns = map[string]bool{"base": true, "bases": true, "airfield": true, "airfields": true, "airbase": true,
	"airbases": true, "port": true, "ports": true, "facilities": true, "installations": true}

// baseAccess emits the military cooperation of a state that grants
// another's forces access to its bases ("Manila will grant US forces
// access to four more bases"): basing is military cooperation between the
// two. The granter is the verb's clause subject, the user the mention
// between the verb and "access".
func (x *Extractor) baseAccess(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		if tk.lower != "access" || i+1 >= len(toks) || toks[i+1].lower != "to" || !baseAfter(toks, i+2) {
			continue
		}
		v := -1
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if grantVerbs[toks[k].lower] {
				v = k
				break
			}
		}
		if v < 0 {
			continue
		}
		var user *mention
		for k := v + 1; k < i; k++ {
			if m := mentionStartingAt(ms, k); m != nil && m.ent != nil && m.kind != mkPronoun {
				user = m
				break
			}
		}
		t := &trigAt{s: v, e: v + 1, tr: &trigger{rel: "MILITARY_COOPERATION", phrase: toks[v].lower}}
		granter := first(x.clauseSubject(toks, v, ms, trigs, t))
		if user == nil || granter == nil {
			continue
		}
		modality := modalityOf(toks, t)
		if announcedThat(toks, v) >= 0 && modality != Negated {
			modality = Asserted // "announced that X would grant": decided now
		}
		emit(t, "MILITARY_COOPERATION", granter, user, "milcoop:base-access", modality, 0.7)
	}
}

// baseAfter reports a base noun within the few words after from, before
// any clause break: "to four more military bases", "to its airfields".
func baseAfter(toks []token, from int) bool {
	for k := from; k < len(toks) && k < from+5; k++ {
		if baseNouns[toks[k].lower] {
			return true
		}
		if !toks[k].isWord() || clauseBoundary[toks[k].lower] {
			return false
		}
	}
	return false
}

// courtesyCall reports "called on" used as a visit to a person ("also
// called on Prime Minister X"), not as an appeal: an appeal goes on with
// "to" or "for" ("called on X to withdraw", "called on X for restraint").
func courtesyCall(toks []token, t *trigAt) bool {
	for k := t.e; k < len(toks); k++ {
		w := toks[k].lower
		if w == "to" || w == "for" || w == "\"" || w == "." || w == ";" {
			return w == "." || w == ";" // (over relative clauses: "called on X, who ..., to halt")
		}
	}
	return true
}

// callOn reports the inflected phrase "call on" ("called on", "calls on").
func callOn(phrase string) bool {
	f := strings.Fields(phrase)
	return len(f) == 2 && strings.HasPrefix(f[0], "call") && f[1] == "on"
}

// gatheringWords describe a meeting of many rather than of two.
var gatheringWords = map[string]bool{"regional": true, "multilateral": true, "international": true, "global": true,
	"annual": true, "round": true, "ministerial": true, "plenary": true, "extraordinary": true, "emergency": true}

// hostedTalks returns the parties of talks a host holds with two or more
// others ("Qatar hosted talks with the Taliban and the United States",
// "Beijing hosted three-party talks with X and Y"): the guests meet each
// other; the host, often a mediator, is not named as their partner. The
// talks must be the host verb's own object (a few modifiers apart).
func hostedTalks(toks []token, t, prev *trigAt, obj []*mention, rel string) []*mention {
	if rel != "MEET" || prev == nil || prev.tr.rel != "HOST" || prev.passive || len(obj) < 2 || t.s < prev.e || t.s-prev.e > 3 {
		return nil
	}
	for k := prev.e; k < t.s; k++ {
		if !toks[k].isWord() && toks[k].text != "-" || toks[k].isCap() {
			return nil
		}
	}
	return obj
}

// venueNoun reports a meeting noun introduced by "at" over a few
// modifiers, with no party of its own: "agreed ... at a Gulf summit in
// Al-Ula", "at the close of the fourth round of negotiations". The
// gathering is where another act took place. Bare "at talks in the
// Kremlin" or "at a summit in Ottawa" may name the parties' own meeting:
// the gathering must be named ("a Gulf summit", "the G20 summit") or
// described as many-sided ("a regional summit", "a round of talks").
func venueNoun(toks []token, t *trigAt) bool {
	named := false
	for k := t.s - 1; k >= 0 && k >= t.s-8; k-- {
		w := toks[k].lower
		if w == "at" {
			return named
		}
		named = named || toks[k].isCap() || gatheringWords[w]
		if w == "their" || w == "his" || w == "her" || w == "its" || w == "," || clauseBoundary[w] || !toks[k].isWord() && toks[k].text != "-" {
			return false
		}
	}
	return false
}

// bondStems open the verbs that by themselves tighten a bond ("deepened
// ties", "stepped up cooperation", "resumed relations"). Done, they are
// cooperation; as an infinitive or a gerund after a preposition ("to
// bolster ties", "a statement on deepening ties") they are an aim or a
// topic, which the agree/pledge/vow phrases read when asserted.
var bondStems = []string{"deepen", "strengthen", "boost", "expand", "bolster", "enhanc", "intensif", "step",
	"elevat", "resum", "exchang", "mend", "repair", "improv", "patch"}

// bondVerb reports a one-word bond verb (or "step up") in any inflection.
func bondVerb(phrase string) bool {
	f := strings.Fields(phrase)
	if len(f) > 2 || len(f) == 2 && f[1] != "up" { // "step up", "patch up"
		return false
	}
	for _, s := range bondStems {
		if strings.HasPrefix(f[0], s) {
			return true
		}
	}
	return false
}

// meetingAfterSaying reports a meeting trigger opened by a preposition of
// time right after a verb of saying's clause ("X said after talks with
// Y", "X told reporters following a meeting with Y"): like a participle
// clause, the meeting is the speaker's.
func meetingAfterSaying(toks []token, t *trigAt) bool {
	if t == nil || t.s == 0 || t.tr.rel != "MEET" {
		return false
	}
	switch toks[t.s-1].lower {
	case "after", "following", "during", "before":
		return true
	}
	if t.s > 1 && determiners[toks[t.s-1].lower] {
		switch toks[t.s-2].lower {
		case "after", "following", "during", "before":
			return true
		}
	}
	return false
}

// toldInPerson reports the object of "told" as a person addressed, not a
// medium or an audience: a leader or official of the dictionary, not a
// possessor ("told Putin's envoy"), followed by what was said ("that", a
// comma, a quotation). A call ("by phone", "in a phone call" later in the
// clause) is no meeting.
func toldInPerson(toks []token, o *mention) bool {
	if o.ent.Kind != KindPerson || o.poss || o.e >= len(toks) {
		return false
	}
	for _, w := range toks {
		switch w.lower {
		case "phone", "telephone", "call", "video", "videoconference", "letter", "message", "phoned", "calls":
			return false // ("In a phone call, X told Y": anywhere in the sentence)
		}
	}
	switch toks[o.e].lower {
	case "that", ",", "\"", "'":
		return true
	}
	return false
}

// spokeAbroad emits the visit of a person who spoke in a foreign place:
// "X said in Moscow", "X told reporters in Tokyo", "X told Y in Beijing".
// One speaks where one is; a city or capital of another state is a place
// visited (the emitter drops one's own country).
func (x *Extractor) spokeAbroad(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		if tk.lower != "said" && tk.lower != "told" && tk.lower != "says" && tk.lower != "tells" {
			continue
		}
		k := i + 1
		if tk.lower == "told" || tk.lower == "tells" {
			if o := mentionStartingAt(ms, k); o != nil {
				k = o.e
			} else if k < len(toks) && (toks[k].lower == "reporters" || toks[k].lower == "journalists") {
				k++
			}
		}
		if k+1 >= len(toks) || toks[k].lower != "in" {
			continue
		}
		p := mentionStartingAt(ms, k+1)
		if p == nil || p.ent == nil || p.place == "" && !p.city {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "VISIT", phrase: tk.lower + " in"}}
		subj := first(x.clauseSubject(toks, i, ms, trigs, t))
		if subj == nil || subj.ent == nil || homeID(subj.ent) == "" || subj.kind == mkPronoun {
			continue // (a person whose state is unknown may be at home)
		}
		if x.isHome(subj, p.ent) {
			continue
		}
		emit(t, "VISIT", subj, p, "verb:"+tk.lower+"-in", modalityOf(toks, t), 0.6)
	}
}

// participleHolder returns the mention an appositive participle clause
// describes when m is that clause's object: in "X, visiting Warsaw on
// Tuesday, told Y", Warsaw is visited and X tells. Nil otherwise.
func participleHolder(toks []token, m *mention, ms []*mention) *mention {
	k := m.s - 1
	if k >= 0 && determiners[toks[k].lower] {
		k--
	}
	if k < 2 || !strings.HasSuffix(toks[k].lower, "ing") || toks[k-1].text != "," {
		return nil
	}
	if h := mentionEndingAt(ms, k-1); h != nil && h.ent != nil && h.kind != mkPronoun {
		return h
	}
	return nil
}

// financeVerb reports the verbs that pay for a thing built or run in the
// recipient's land: "financed", "paid for".
func financeVerb(phrase string) bool {
	return strings.HasPrefix(phrase, "financ") || strings.HasSuffix(phrase, " for") && strings.HasPrefix(phrase, "pa")
}

// builtIn returns the state in which the thing paid for lies: "financed
// most of the Dhaka metro" (a capital's state), "paid for a new bridge in
// Cambodia". It reads the object noun phrase up to a clause break.
func builtIn(toks []token, from int, ms []*mention) *mention {
	for k := from; k < len(toks) && k < from+10; k++ {
		if m := mentionStartingAt(ms, k); m != nil && m.ent != nil && m.kind != mkPronoun {
			if m.place != "" || m.ent.Kind == KindCountry {
				return m
			}
			return nil
		}
		if w := toks[k].lower; w == "," || w == "." || clauseBoundary[w] || w == "and" {
			return nil
		}
	}
	return nil
}

// drillNeeded reports a military cooperation verb whose needed noun is a
// drill ("held drills", "began joint exercises"): its partner is named by
// "with", while the places and targets after it are none.
func drillNeeded(toks []token, t *trigAt) bool {
	return t.needEnd > 0 && t.needEnd <= len(toks) && drillNouns[toks[t.needEnd-1].lower] || t.needEnd > 0 && t.needEnd <= len(toks) && strings.HasPrefix(toks[t.needEnd-1].lower, "exercise")
}

// borderNouns take "with" for a neighbour, not a partner: "near its
// border with Ukraine".
var borderNouns = map[string]bool{"border": true, "borders": true, "frontier": true, "boundary": true}

// drillPartner reports a drill's object named as a partner: "with X", but
// not "its border with X"; or the direct object joined "for" the drill.
func drillPartner(toks []token, o *mention, e int) bool {
	if joinedFor(toks, o, e) {
		return true // "joined France for exercises": the joined one is the partner
	}
	if !withBefore(toks, o.s, e) {
		return false
	}
	k := o.s - 1
	for k >= e && toks[k].lower != "with" {
		k--
	}
	return k < 1 || !borderNouns[toks[k-1].lower]
}

// joinedFor reports a direct object right after the verb ending at e,
// followed by "for" (over a force noun its nationality qualifies): "joined
// France for exercises", "joined the French navy for drills".
func joinedFor(toks []token, o *mention, e int) bool {
	if o.s != e && !(o.s == e+1 && determiners[toks[e].lower]) {
		return false
	}
	q := o.e
	if q < len(toks) && stationedForces[toks[q].lower] {
		q++
	}
	return q < len(toks) && toks[q].lower == "for"
}

// purposeNouns name what brings a visitor to a place: "in Beijing for
// talks", "in Hanoi for a summit".
var purposeNouns = map[string]bool{"talks": true, "summit": true, "visit": true, "meeting": true, "meetings": true,
	"negotiations": true, "consultations": true, "conference": true, "ceremony": true, "funeral": true, "inauguration": true}

// inPlaceFor emits the visit of a person said to be in a foreign place
// for a purpose: "X is in Beijing for talks with Y", "X, in Hanoi for a
// summit, said". Being there for talks is the visit (the emitter drops
// one's own country and unknown homes are skipped).
func (x *Extractor) inPlaceFor(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i := 1; i+3 < len(toks); i++ {
		if toks[i].lower != "in" || !beForms[toks[i-1].lower] && toks[i-1].text != "," {
			continue
		}
		p := mentionStartingAt(ms, i+1)
		if p == nil || p.ent == nil || p.place == "" && !p.city || p.e+1 >= len(toks) || toks[p.e].lower != "for" {
			continue
		}
		k := p.e + 1
		for k < len(toks) && k < p.e+4 && !purposeNouns[toks[k].lower] && toks[k].isWord() && !toks[k].isCap() {
			k++
		}
		if k >= len(toks) || !purposeNouns[toks[k].lower] {
			continue
		}
		var subj *mention
		if toks[i-1].text == "," {
			subj = mentionEndingAt(ms, i-1) // "X, in Hanoi for a summit,"
		} else {
			t := &trigAt{s: i - 1, e: i, tr: &trigger{rel: "VISIT", phrase: "be in"}}
			subj = first(x.clauseSubject(toks, i-1, ms, trigs, t))
		}
		if subj == nil || subj.ent == nil || homeID(subj.ent) == "" || subj.kind == mkPronoun || x.isHome(subj, p.ent) {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "VISIT", phrase: "in for"}}
		emit(t, "VISIT", subj, p, "verb:in-for", modalityOf(toks, t), 0.6)
	}
}

// gappedRecipients returns the further recipients of a gift whose verb is
// left out after "and": "provided 40 million yuan to Turkey and 30
// million yuan to Syria", "gave $5 million to Nepal and $2 million to
// Bhutan". The gapped part holds only an amount and its goods.
func gappedRecipients(toks []token, last *mention, ms []*mention) []*mention {
	var out []*mention
	for k := last.e; k < len(toks) && toks[k].lower == "and"; {
		q, amount := k+1, false
		for q < len(toks) && q < k+7 && toks[q].lower != "to" && (toks[q].isWord() && !toks[q].isCap() && !pastVerb(toks[q]) || isDigits(strings.ReplaceAll(toks[q].text, ",", "")) || toks[q].text == "$") {
			amount = amount || toks[q].text == "$" || isDigits(strings.ReplaceAll(toks[q].text, ",", ""))
			q++
		}
		if q+1 >= len(toks) || !amount || toks[q].lower != "to" {
			break // ("and turned to India": no amount, a new predicate)
		}
		m := mentionStartingAt(ms, q+1)
		if m == nil || m.ent == nil || m.kind == mkPronoun || m.kind == mkDemonym {
			break
		}
		out = append(out, m)
		k = m.e
	}
	return out
}

// appositiveParticiple reports a verb trigger set off by a comma and
// followed by its agent: "The Treaty of Rome, signed by six states",
// "the deal with Tehran, concluded by X and Y". The participle modifies the
// whole noun phrase before the comma, names and all, so its needed noun
// may lie further back.
func appositiveParticiple(toks []token, t *trigAt) bool {
	return t.s > 0 && toks[t.s-1].text == "," && t.e < len(toks) && toks[t.e].lower == "by"
}

// signedRelative reports an agreement noun that a relative clause ends
// with its signing verb: "the pact that the two countries signed", "a
// treaty which Putin signed with X", "the Security Treaty, which the two
// countries signed". The verb's subject is then in the clause, as for an
// active verb.
func signedRelative(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 1 && k >= t.s-14; k-- { // over long titled names: "which British Prime Minister X and ... signed"
		w := toks[k].lower
		if w == "that" || w == "which" {
			head := k - 1
			if toks[head].text == "," && head > 0 {
				head-- // "the Security Treaty, which X and Y signed"
			}
			for h := head; h >= 0 && h >= head-3; h-- {
				for _, n := range t.tr.needs {
					if needAt(toks, h, n) {
						return true
					}
				}
				if h < head && toks[h].lower != "of" && !toks[h].isCap() || h == head && !toks[h].isCap() {
					return false // only a name after "of" may follow the noun: "the Treaty of Rome, which"
				}
			}
			return false
		}
		if clauseBoundary[w] || w == "," || w == "." {
			return false
		}
	}
	return false
}

// militaryWords mark an agreement as a military one: "a defence pact",
// "the BECA military intelligence-sharing pact", "the AUKUS security pact".
var militaryWords = map[string]bool{"military": true, "defence": true, "defense": true, "security": true,
	"arms": true, "intelligence-sharing": true}

// militaryPact reports a signing whose agreement noun a military word
// modifies, between the verb and the noun it needs.
func militaryPact(toks []token, t *trigAt) bool {
	for k := t.e; k < t.needEnd && k < len(toks); k++ {
		if militaryWords[toks[k].lower] {
			return true
		}
	}
	return false
}

// defenceBond reports a bond verb whose needed noun a strictly military
// word modifies ("forged a defence partnership", "deepened military
// ties"): the bond is military cooperation. "Security" stays out: energy
// or food security ties are not military.
func defenceBond(toks []token, t *trigAt) bool {
	end := t.needEnd
	if end == 0 {
		end = t.e + 4 // "agreed to deepen defence ties": the bond noun right after the military word
	}
	for k := t.e; k < end && k < len(toks); k++ {
		if w := toks[k].lower; (w == "military" || w == "defence" || w == "defense") && (t.needEnd > 0 || k+1 < len(toks) && bondNouns[toks[k+1].lower]) {
			return true
		}
	}
	return false
}

// bondNouns name a bond between states.
var bondNouns = map[string]bool{"ties": true, "cooperation": true, "relations": true, "partnership": true,
	"links": true, "relationship": true, "collaboration": true}

// aidWords name what a state receives as aid.
var aidWords = map[string]bool{"aid": true, "assistance": true, "loan": true, "loans": true, "grant": true,
	"grants": true, "bailout": true, "$": true, "billion": true, "million": true, "donations": true}

// foundingStems begin the verbs that set up a joint body or project;
// foundingWords are the short ones, whole ("set" only before "up").
var foundingStems = []string{"launch", "establish", "creat", "inaugurat", "unveil", "operat"}

var foundingWords = map[string]bool{"form": true, "formed": true, "forms": true, "forming": true, "open": true,
	"opened": true, "opens": true, "opening": true, "start": true, "started": true, "starts": true, "starting": true,
	"found": true, "founded": true, "run": true, "ran": true, "runs": true, "running": true, "build": true,
	"built": true, "builds": true, "building": true, "set": true, "sets": true, "setting": true}

// foundedBefore reports a verb that sets something up within five words
// before toks[i]: "launched a joint railway project", "will set up a joint
// fund".
func foundedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k].lower
		if w == "." || w == ";" || clauseBoundary[w] {
			return false
		}
		if foundingWords[w] && (!strings.HasPrefix(w, "set") || k+1 < len(toks) && toks[k+1].lower == "up") {
			return true
		}
		for _, stem := range foundingStems {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
	}
	return false
}

// backVerb reports a word before "back" that makes it the verb "to back":
// a modal, adverb or "to" ("will back", "to back"), a conjunction ("and
// back"), or a name ("Allies back Kyiv" in a headline).
func backVerb(prev token) bool {
	return adverbs[prev.lower] || prev.lower == "and" || prev.lower == "or" || prev.isCap()
}

// chainedPartner returns the partner of a symmetric act told by a
// participle after a comma ("X held talks with Y on Tuesday, signing two
// joint statements"): the act shares the previous verb's subject, and its
// partner is the previous symmetric act's object.
func chainedPartner(toks []token, t, prev *trigAt, subj []*mention) []*mention {
	if prev == nil || t.s < 1 || len(prev.obj) == 0 || len(subj) == 0 {
		return nil
	}
	participle := strings.HasSuffix(toks[t.s].lower, "ing") && toks[t.s-1].text == ","
	// "X held talks with Y and signed a declaration": the second
	// predicate's party is the one just met
	conjoined := toks[t.s-1].lower == "and" && t.tr.rel == "SIGN_AGREEMENT" && prev.tr.rel == "MEET" && t.tr.form == "ed"
	if !participle && !conjoined {
		return nil
	}
	if r, _ := LookupRelation(prev.tr.rel); !r.Symmetric || len(prev.subj) == 0 || prev.subj[0] != subj[0] {
		return nil
	}
	return prev.obj
}

// partiesAfterDrill reports the parties of a drill noun ending at e named
// right after it: "between X and Y", "with X", "together with X". A drill
// with a partner is joint though no "joint" precedes it.
func partiesAfterDrill(toks []token, e int) bool {
	if e+1 < len(toks) && toks[e].lower == "together" {
		e++
	}
	return e+1 < len(toks) && (toks[e].lower == "between" || toks[e].lower == "with") && toks[e+1].isCap()
}

// partiesBeforeDrill reports two names coordinated right before a drill
// noun at s, over at most three lower-case modifiers: "U.S. and South
// Korean military drills", "annual South Korean and U.S. military
// exercises", "Russia and China's naval drills".
func partiesBeforeDrill(toks []token, s int) bool {
	switch toks[s].lower {
	case "exercises", "exercise", "drills", "drill", "maneuvers", "manoeuvres", "war", "patrols", "patrol":
	default:
		return false // "their arms sales": only a drill is named by its parties' adjectives
	}
	for q := s - 1; q >= 0 && q >= s-18 && toks[q].text != "," && toks[q].text != ";"; q-- {
		if drillStops[toks[q].lower] {
			return false // "a dual suspension of ... US and South Korean military exercises": no drill held
		}
	}
	k := s - 1
	for n := 0; k >= 0 && n < 3 && toks[k].isWord() && !toks[k].isCap() && toks[k].lower != "and" && !prepositions[toks[k].lower] && !determiners[toks[k].lower] && !possessivePronouns[toks[k].lower]; n++ {
		k--
	}
	if k >= 0 && toks[k].text == "'s" {
		k--
	}
	if k < 0 || !toks[k].isCap() {
		return false
	}
	for k >= 0 && toks[k].isCap() {
		k--
	}
	if k < 1 || toks[k].lower != "and" || !toks[k-1].isCap() {
		return false
	}
	return true
}

// drillStops are words that call drills off or freeze them.
var drillStops = words("suspension suspend suspended suspending halt halted halting freeze freezing cancel cancelled canceled " +
	"cancellation scrap scrapped scrapping postpone postponed postponement stop stopped stopping")

// armedBodies are the forces whose acting together is military: "Canadian
// and American jets worked together", "the two navies cooperate".
var armedBodies = map[string]bool{"navy": true, "navies": true, "military": true, "militaries": true,
	"army": true, "armies": true, "jets": true, "warplanes": true, "coastguards": true, "forces": true,
	"troops": true, "warships": true, "bombers": true, "soldiers": true, "ships": true, "vessels": true, "fleets": true}

// forcesActing reports a subject that names armed forces rather than their
// states ("Chinese and Russian navies", "American jets"): what they do
// together is military cooperation (CAMEO 062), not general cooperation.
func forcesActing(toks []token, subj []*mention) bool {
	if len(subj) == 0 {
		return false
	}
	m := subj[len(subj)-1]
	for k := m.e - 1; k < len(toks) && k <= m.e+1; k++ {
		if k >= 0 && armedBodies[toks[k].lower] {
			return true
		}
		if k >= m.e && (!toks[k].isWord() || toks[k].isCap()) {
			return false
		}
	}
	return false
}

// flownMissions are what a verb of giving may fly or carry out instead of
// goods: drills (drillNouns), a patrol, a sortie.
var flownMissions = map[string]bool{"patrol": true, "mission": true, "missions": true, "sortie": true, "sorties": true}

// drillBetween reports a drill noun between a verb of giving ending at s
// and the goods word it needs ending at e: "flew a patrol with Russian
// bombers" flies a patrol, not bombers to anyone.
func drillBetween(toks []token, s, e int) bool {
	for k := s; k < e && k < len(toks); k++ {
		if drillNouns[toks[k].lower] || flownMissions[toks[k].lower] {
			return true
		}
	}
	return false
}

// aimPrepositions put a gerund in the role of an aim or a topic.
var aimPrepositions = map[string]bool{"at": true, "toward": true, "towards": true, "on": true, "for": true,
	"of": true, "about": true, "over": true, "in": true}

// cooperationAim reports a cooperation verb in its -ing form governed by a
// preposition of aim or topic ("aimed at normalizing ties", "steps toward
// restoring relations", "talks on upgrading ties"): what is sought, not
// done. "By" and "after" keep the act ("after restoring ties in 2020").
func cooperationAim(toks []token, t *trigAt) bool {
	return t.s > 0 && strings.HasSuffix(toks[t.s].lower, "ing") && aimPrepositions[toks[t.s-1].lower]
}

// tieActNouns name the act of setting up or mending relations: "the
// normalisation of relations between X and Y".
var tieActNouns = map[string]bool{"normalisation": true, "normalization": true, "restoration": true,
	"resumption": true, "establishment": true, "re-establishment": true, "upgrading": true}

// tiesBetween emits the cooperation of the parties named after "between"
// in "the normalisation (restoration, establishment, resumption) of
// (diplomatic) relations/ties between X and Y": the act is the pair's.
// Governed by a preposition of aim ("talks on the normalisation of", "a
// step toward the restoration of") it is sought, not done, and yields
// nothing.
func (x *Extractor) tiesBetween(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	for i, tk := range toks {
		if !tieActNouns[tk.lower] || i+3 >= len(toks) || toks[i+1].lower != "of" {
			continue
		}
		k := i + 2
		if toks[k].lower == "diplomatic" || toks[k].lower == "bilateral" {
			k++
		}
		if k+1 >= len(toks) || toks[k].lower != "relations" && toks[k].lower != "ties" || toks[k+1].lower != "between" {
			continue
		}
		p := i - 1
		if p >= 0 && determiners[toks[p].lower] {
			p--
		}
		if p >= 0 && (aimPrepositions[toks[p].lower] || toks[p].lower == "to") {
			continue
		}
		g := x.betweenGroup(toks, k+1, ms)
		if len(g) != 2 {
			continue
		}
		t := &trigAt{s: i, e: i + 1, noun: true, tr: &trigger{rel: "COOPERATE", phrase: tk.lower}}
		emit(t, "COOPERATE", g[0], g[1], "noun:"+tk.lower+"-between", modalityOf(toks, t), 0.7)
	}
}

// saleAfter reports a sale or purchase noun in the object of a verb of
// giving ending at e, before any preposition: "approved a $1 billion arms
// sale to Taiwan" approves a sale (read by armsTrade or the noun
// "arms sales"), not a gift.
func saleAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+8; k++ {
		w := toks[k].lower
		if saleNouns[w] || purchaseNouns[w] {
			return true
		}
		if prepositions[w] && w != "of" || clauseBoundary[w] || w == "." {
			return false
		}
	}
	return false
}

// theySayers resolves a "they" that opens the clause reported by a verb
// of saying ("X and Y said (that) they would restore ties", "X and Y
// announced they will set up a fund") to the saying verb's subject, when
// that subject names two or more parties. Elsewhere "they" keeps the
// pair the document told last.
func (x *Extractor) theySayers(toks []token, subj []*mention, ms []*mention, trigs []*trigAt) []*mention {
	if len(subj) != 1 || subj[0].pronoun != "they" || subj[0].s < 2 {
		return nil
	}
	k := subj[0].s - 1
	if toks[k].lower == "that" {
		k--
	}
	for k > 0 && (isWeekday(toks[k].lower) || toks[k].lower == "on") {
		k-- // "announced Thursday they will"
	}
	if k < 1 || !sayVerbs[toks[k].lower] && !reportVerbs[toks[k].lower] {
		return nil
	}
	g := x.clauseSubject(toks, k, ms, trigs, nil)
	if len(g) < 2 {
		return nil
	}
	return g
}

// isWeekday reports a day name: "Thursday".
func isWeekday(w string) bool {
	_, ok := weekdays[w]
	return ok
}

// drillLeader returns the leader a compound adjective names on the drill
// a verb takes part in ("took part in US-led naval exercises", "joined the
// Russian-led drills"), as a partner; nil if none.
func (x *Extractor) drillLeader(toks []token, t *trigAt) []*mention {
	for k := t.e; k < t.needEnd && k < len(toks); k++ {
		if m := x.compoundActor(toks[k], []string{"-led"}); m != nil {
			m.s, m.e, m.head = k, k+1, k
			return []*mention{m}
		}
	}
	return nil
}

// measureObject reports a sanction or other measure noun as the object of
// the verb ending at k ("expand sanctions on", "tighten export curbs"):
// what parties agree to strengthen is then a measure, not their ties.
func measureObject(toks []token, k int) bool {
	for q := k; q < len(toks) && q < k+4; q++ {
		w := toks[q].lower
		if sanctionNouns[w] || w == "sanction" || w == "curbs" || w == "restrictions" || w == "tariffs" || w == "penalties" || w == "pressure" {
			return true
		}
		if !toks[q].isWord() || prepositions[w] {
			return false
		}
	}
	return false
}

// jointSubjectBefore reports a subject of several parties before the verb
// at i in its clause: "X and Y agreed", "the two leaders agreed", "both
// sides agreed".
func jointSubjectBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		w := toks[k].lower
		if w == "." || w == ";" || clauseBoundary[w] {
			return false
		}
		if w == "and" || w == "both" || w == "two" || w == "three" || w == "leaders" || w == "sides" {
			return true
		}
	}
	return false
}
