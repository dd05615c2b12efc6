package extract

import "strings"

// Frames of the encounter relations (MEET, VISIT, HOST, INVITE) that the
// general frames miss or must not read: accepted invitations, envoys sent,
// things told during talks, "a host of".

// leaveVerb reports the rejection triggers that leave a body: "quit",
// "withdrew from", "pulled out of".
func leaveVerb(phrase string) bool {
	return strings.HasPrefix(phrase, "quit") || strings.HasPrefix(phrase, "withdr") || strings.HasPrefix(phrase, "pull")
}

// quantityHost reports "a (whole) host of": many things, no host.
func quantityHost(toks []token, t *trigAt) bool {
	if t.e >= len(toks) || toks[t.e].lower != "of" || t.s == 0 {
		return false
	}
	k := t.s - 1
	if toks[k].lower == "whole" && k > 0 {
		k--
	}
	return toks[k].lower == "a"
}

// answerVerbs take an invitation as their object: its guest answers it.
var answerVerbs = words("accepted accepts accept accepting declined declines decline declining")

// acceptedInvitation reads "X accepted Z's invitation", poss being the
// possessor before the invitation noun: Z invited X, whatever follows
// ("to visit Seoul" names the visit, not the guest). A possessive pronoun
// that the resolver gave the guest himself ("X accepted his invitation")
// names another: the sentence's main subject ("Y announced that X had
// accepted his invitation"), or nobody. ok is false when no answering
// verb governs the invitation.
func (x *Extractor) acceptedInvitation(toks []token, poss *mention, ms []*mention) (inviter, guest []*mention, ok bool) {
	v := poss.s - 1
	if v < 1 || !answerVerbs[toks[v].lower] {
		return nil, nil, false
	}
	guest = x.clauseSubject(toks, v, ms, nil, nil)
	if len(guest) == 0 {
		return nil, nil, false
	}
	inviter = []*mention{poss}
	if poss.kind == mkPronoun && poss.ent != nil && guest[0].ent == poss.ent {
		m := mainSubject(toks, guest[0].s, ms)
		if m == nil || m.ent == nil || m.ent == poss.ent || m.ent.Kind != KindPerson {
			return nil, nil, true
		}
		inviter = []*mention{m}
	}
	return inviter, guest, true
}

// requestWords ask for what follows them; "for" joins the phrasal ones
// ("called for talks", "pushed for a summit").
var requestWords = map[string]bool{"request": true, "requests": true, "requested": true, "requesting": true,
	"sought": true, "seek": true, "seeks": true, "seeking": true, "propose": true, "proposed": true, "proposes": true,
	"proposing": true, "demand": true, "demanded": true, "demands": true, "demanding": true, "for": true}

// forVerbs make "for" a request: "called for", "pushed for", "pressed for".
var forVerbs = map[string]bool{"call": true, "called": true, "calls": true, "calling": true, "push": true, "pushed": true,
	"pushing": true, "press": true, "pressed": true, "pressing": true, "appealed": true, "appeal": true, "asked": true}

// requested reports an event noun that a verb of asking governs over
// determiners and adjectives: "requested urgent consultations", "called
// for talks", "proposed a summit". What is asked for has not happened.
func requested(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 0 && k >= t.s-4; k-- {
		w := toks[k].lower
		if requestWords[w] {
			return w != "for" || k > 0 && forVerbs[toks[k-1].lower]
		}
		if !toks[k].isWord() || toks[k].isCap() || prepositions[w] || clauseBoundary[w] || w == "and" {
			return false
		}
	}
	return false
}

// undoingVerbs cancel or prevent the encounter their object names.
var undoingVerbs = words("scuttled scuttling scuttle scuttles cancelled canceled cancelling canceling cancel cancels " +
	"scrapped scrapping scrap scraps postponed postponing postpone postpones boycotted boycotting boycott boycotts " +
	"derailed derailing derail derails torpedoed torpedoing torpedo shelved shelving shelve " +
	"skipped skipping skip skips suspended suspending suspend suspends")

// undoneNoun reports an encounter noun that a cancelling verb governs
// over determiners and adjectives: "effectively scuttling the meeting",
// "cancelled his visit", "boycotted the summit", "called off the talks".
// Those named with it as its parties did not meet; nor did those of an
// encounter the clause later says was shelved.
func undoneNoun(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 0 && k >= t.s-4; k-- {
		w := toks[k].lower
		if undoingVerbs[w] || w == "off" && k > 0 && (strings.HasPrefix(toks[k-1].lower, "call") || strings.HasPrefix(toks[k-1].lower, "br")) {
			return true // "called off", "broke off"
		}
		if !toks[k].isWord() || toks[k].isCap() || prepositions[w] || clauseBoundary[w] || w == "and" {
			break
		}
	}
	return undoneAfter(toks, t)
}

// insideUndoneTrip reports a trigger inside a "where" clause that hangs
// on a trip the sentence says was cancelled: "cancelled a visit to X,
// where he had been due to hold talks on Y": those talks never happened.
func insideUndoneTrip(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 1 && k >= t.s-10; k-- {
		if toks[k].lower != "where" || toks[k-1].text != "," {
			continue
		}
		for q := k - 2; q >= 0 && q >= k-8; q-- {
			if w := toks[q].lower; w == "visit" || w == "trip" || w == "journey" {
				return undoneNoun(toks, &trigAt{s: q, e: q + 1})
			}
		}
		return false
	}
	return false
}

// undoneAfter reports an encounter noun that is the subject of a passive
// cancelling verb later in its clause, over a relative clause: "a trip to
// X by Y that had been pencilled in for the spring was quietly shelved".
func undoneAfter(toks []token, t *trigAt) bool {
	for k := t.e; k+1 < len(toks) && k < t.e+20; k++ {
		w := toks[k].lower
		if w == ";" || w == "." || w == "but" {
			return false
		}
		if w != "was" && w != "were" && w != "been" {
			continue
		}
		j := k + 1
		if j < len(toks) && strings.HasSuffix(toks[j].lower, "ly") {
			j++ // "was quietly shelved"
		}
		if j < len(toks) && (undoingVerbs[toks[j].lower] && strings.HasSuffix(toks[j].lower, "ed") || toks[j].lower == "called" && j+1 < len(toks) && toks[j+1].lower == "off") {
			return true
		}
	}
	return false
}

// barredFrom reports a travel verb introduced by "from" after a verb of
// prevention: "barred them from travelling to X", "banned from entering
// X", "prevented from flying to X": no visit.
func barredFrom(toks []token, t *trigAt) bool {
	if t.noun || t.s < 2 || toks[t.s-1].lower != "from" {
		return false
	}
	for k := t.s - 2; k >= 0 && k >= t.s-5; k-- {
		switch toks[k].lower {
		case "barred", "banned", "banning", "barring", "bars", "bans", "prevented", "preventing", "blocked", "blocking", "stopped", "prohibited", "forbidden":
			return true
		}
	}
	return false
}

// processWords before a meeting noun make it a process or an
// arrangement, not a meeting held: "speed up talks on the border", "a
// date for a ministers' meeting", "future talks".
var processWords = words("speed accelerate accelerating expedite future date")

// talksAsProcess reports a meeting noun with a process word a few
// lower-case words before it.
func talksAsProcess(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 0 && k >= t.s-5; k-- {
		w := toks[k].lower
		if processWords[w] {
			return true
		}
		if !toks[k].isWord() && toks[k].text != "'" && toks[k].text != "'s" || clauseBoundary[w] || w == "and" {
			return false
		}
	}
	return false
}

// atInvitation reports an invitation noun governed by "at" a few words
// before it: "at the invitation of", "at Biden's invitation".
func atInvitation(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 0 && k >= t.s-6; k-- {
		if toks[k].lower == "at" {
			return true
		}
		if !toks[k].isWord() && toks[k].text != "'s" && toks[k].text != "'" && toks[k].text != "." {
			return false
		}
	}
	return false
}

// invitedVisit emits the planned VISIT of "invited X to visit Y" / "to come to Y".
func (x *Extractor) invitedVisit(toks []token, t *trigAt, obj []*mention, ms []*mention, emit emitFunc) {
	last := obj[len(obj)-1]
	for k := last.e; k+1 < len(toks) && k < last.e+3; k++ {
		if toks[k].lower != "to" {
			continue
		}
		v := toks[k+1].lower
		if v != "visit" && v != "come" && v != "travel" && v != "attend" {
			return
		}
		j := k + 2
		if j < len(toks) && toks[j].lower == "to" {
			j++
		}
		for q := j; q < len(toks) && q < j+3; q++ {
			if m := mentionStartingAt(ms, q); m != nil && m.ent != nil && m.ent.Kind == KindCountry {
				vt := &trigAt{s: k + 1, e: k + 2, tr: &trigger{rel: "VISIT", phrase: v}}
				for _, o := range obj {
					emit(vt, "VISIT", o, m, "invite:to-"+v, Planned, 0.6)
				}
				return
			}
		}
		return
	}
}

// sendTo emits "X sent Y (as an envoy) to Z" as Y VISIT Z.
func (x *Extractor) sendTo(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	for i, tk := range toks {
		if tk.lower != "sent" && tk.lower != "send" && tk.lower != "sends" && tk.lower != "dispatched" && tk.lower != "dispatch" {
			continue
		}
		m := mentionStartingAt(ms, i+1)
		if m == nil || m.ent == nil || m.ent.Kind != KindPerson {
			continue
		}
		for k := m.e; k+1 < len(toks) && k < m.e+16; k++ {
			if toks[k].lower == "to" {
				if d := mentionStartingAt(ms, k+1); d != nil && d.ent != nil && d.ent.Kind == KindCountry && !d.appos {
					t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "VISIT", phrase: "send"}}
					emit(t, "VISIT", m, d, "verb:send-to", modalityOf(toks, t), 0.7)
					break
				}
			}
			if toks[k].text == "." || toks[k].text == ";" {
				break
			}
		}
	}
}

// toldDuring reads "X told Y during their meeting/talks" (also assured,
// asked, informed) as a meeting of X and Y: what one said to the other in
// talks the sentence names, or to a person in a place ("told Y in
// Moscow"), face to face.
func (x *Extractor) toldDuring(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		switch tk.lower {
		case "told", "assured", "asked", "informed", "urged":
		default:
			continue
		}
		o, guest := toldObject(toks, ms, i)
		if o == nil || o.ent == nil || o.kind == mkPronoun || o.kind == mkDemonym || o.appos || o.compound || o.city {
			continue
		}
		found := guest && o.ent.Kind == KindPerson // "X told visiting envoy Y that": the guest, face to face
		k := o.e
		if k+1 < len(toks) && toks[k].lower == "in" && o.ent.Kind == KindPerson && (placeAt(ms, k+1) || k+2 < len(toks) && toks[k+1].lower == "the" && placeAt(ms, k+2)) {
			found = true // "X told Y in Moscow", "in the Kremlin": said face to face, where they met
		}
		if !found && tk.lower == "told" && toldInPerson(toks, o) {
			found = true // "X told Cambodian Prime Minister Y that": said to the person
		}
		if !found && (k+2 >= len(toks) || (toks[k].lower != "during" && toks[k].lower != "at" && toks[k].lower != "in")) {
			continue
		}
		from := k + 1 // "during talks at the Kremlin", "in a meeting": no determiner, or another one
		if d := toks[k+1].lower; d == "their" || d == "the" || d == "a" || d == "an" {
			from = k + 2
		}
		for q := from; !found && q < len(toks) && q < k+6; q++ {
			w := strings.TrimSuffix(toks[q].lower, "s")
			if w == "meeting" || w == "talk" || w == "summit" {
				found = true
				break
			}
			if !toks[q].isWord() {
				break
			}
		}
		if !found {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "MEET", phrase: "told during"}}
		subj := x.clauseSubject(toks, i, ms, trigs, t)
		if len(subj) == 1 && (subj[0].city || subj[0].place != "") {
			if m := participleHolder(toks, subj[0], ms); m != nil {
				subj = []*mention{m} // "X, visiting Warsaw on Tuesday, told Y": X, not the place
			}
		}
		for _, sm := range subj {
			if sm.kind == mkPronoun || sm.kind == mkPair {
				continue
			}
			emit(t, "MEET", sm, o, "verb:told-during", modalityOf(toks, t), 0.7)
			if guest {
				x.emitGuestVisit(t, sm, o, nil, "visiting", modalityOf(toks, t), 0.7, emit)
			}
		}
	}
}

// toldObject returns the person a speech verb at i addresses, and whether
// the participle "visiting" introduces that person ("told visiting
// Chinese envoy Y", "assured the visiting minister"): a guest on a visit
// to the speaker's state, spoken to face to face.
func toldObject(toks []token, ms []*mention, i int) (*mention, bool) {
	if o := mentionStartingAt(ms, i+1); o != nil {
		return o, false
	}
	k := i + 1
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if k+1 < len(toks) && toks[k].lower == "visiting" {
		if o := mentionStartingAt(ms, k+1); o != nil && o.ent != nil && o.ent.Kind == KindPerson {
			return o, true
		}
	}
	return nil, false
}

// feastNouns are the occasions a host gives for a guest.
var feastNouns = map[string]bool{"banquet": true, "dinner": true, "luncheon": true, "lunch": true, "reception": true,
	"ceremony": true, "gala": true, "breakfast": true, "feast": true}

// feastVerbs give or hold such an occasion.
var feastVerbs = map[string]bool{"hosted": true, "hosts": true, "host": true, "hosting": true, "gave": true, "gives": true,
	"give": true, "giving": true, "held": true, "holds": true, "hold": true, "holding": true, "threw": true, "throws": true,
	"throw": true, "laid": true, "lays": true}

// inHonourOf emits the hosting of "X gave a state banquet in Y's honour"
// and "X hosted a dinner in his honour": a feast verb, a feast noun a few
// words later and "in <possessor> honour" right after it; X hosts Y. The
// phrase "in honour of Y" is a trigger of its own (triggers.yaml).
func (x *Extractor) inHonourOf(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for k, tk := range toks {
		if tk.lower != "honour" && tk.lower != "honor" || k < 3 {
			continue
		}
		guest, in := honouredPossessor(toks, ms, k)
		if guest == nil {
			continue
		}
		v := feastVerbBefore(toks, in)
		if v < 0 {
			continue
		}
		t := &trigAt{s: v, e: v + 1, tr: &trigger{rel: "HOST", phrase: "host in honour"}}
		for _, sm := range x.namedSubjects(toks, v, ms, trigs, t) {
			emit(t, "HOST", sm, guest, "verb:feast-in-honour", modalityOf(toks, t), 0.7)
		}
	}
}

// honouredPossessor returns the possessor of "in Y's honour" / "in his
// honour" ending at toks[k] ("honour") and the index of its "in".
func honouredPossessor(toks []token, ms []*mention, k int) (*mention, int) {
	m := mentionEndingAt(ms, k)
	if m == nil {
		m = mentionEndingAt(ms, k-1) // "Y's": the possessive marker is its own token
	}
	if m == nil || m.ent == nil || m.ent.Kind != KindPerson || m.s == 0 || toks[m.s-1].lower != "in" {
		return nil, -1
	}
	if !m.poss && m.kind != mkPronoun {
		return nil, -1
	}
	return m, m.s - 1
}

// feastVerbBefore returns the index of a feast verb whose feast noun ends
// right before toks[in] ("hosted a state banquet in"), or -1.
func feastVerbBefore(toks []token, in int) int {
	if in < 2 || !feastNouns[strings.TrimSuffix(toks[in-1].lower, "s")] {
		return -1
	}
	for k := in - 2; k >= 0 && k >= in-5; k-- {
		if feastVerbs[toks[k].lower] {
			return k
		}
		if !toks[k].isWord() || toks[k].isCap() && k > 0 {
			return -1
		}
	}
	return -1
}

// welcomeNoun reports "welcome" used as a noun after an article and
// adjectives: "a warm welcome", "a ceremonial welcome", "the red-carpet
// welcome". Read as the verb, its guest would become the host.
func welcomeNoun(toks []token, t *trigAt) bool {
	if t.tr.phrase != "welcome" || t.tr.form != "base" || t.e < len(toks) && toks[t.e].lower == "for" {
		return false // "laid on an official welcome for X": its giver hosts X, as the verb reads it
	}
	for k := t.s - 1; k >= 0 && k >= t.s-4; k-- {
		w := toks[k].lower
		if w == "a" || w == "an" || w == "the" || w == "warm" || w == "rousing" || w == "lavish" {
			return true
		}
		if !toks[k].isWord() || toks[k].isCap() || auxWords[w] || w == "to" || w == "not" {
			return false
		}
	}
	return false
}

// welcomedEvents are what one welcomes as news rather than as a guest:
// "welcomed the summit between X and Y", "welcomed the talks".
var welcomedEvents = words("summit summits talks meeting meetings agreement agreements deal deals accord accords decision decisions " +
	"move moves step steps announcement statement resumption visit visits ceasefire truce dialogue negotiations")

// welcomedEvent reports "welcome" whose object is an event or act, after
// a determiner and modifiers: "South Korea welcomed the summit between Kim
// and Putin" approves of it; nobody is hosted.
func welcomedEvent(toks []token, t *trigAt) bool {
	if !strings.HasPrefix(t.tr.phrase, "welcom") {
		return false
	}
	for k := t.e; k < len(toks) && k < t.e+5; k++ {
		w := toks[k]
		if welcomedEvents[w.lower] {
			return true
		}
		if !w.isWord() || w.isCap() && !(k > t.e && toks[k-1].text == "'s") && !determiners[w.lower] {
			return false
		}
	}
	return false
}

// welcomeReceivers take a welcome as their object: their subject is the
// guest ("X was given a red-carpet welcome by Y", "X received a warm
// welcome from Y").
var welcomeReceivers = words("given accorded received receives receive got gets get")

// welcomeGiven emits the hosting of "X was given (received, was accorded)
// a ... welcome (reception) by/from Y": Y hosts X; and of "Y gave X a
// state welcome". The host must be named after "by"
// or "from" within a few words of the noun.
func (x *Extractor) welcomeGiven(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for k, tk := range toks {
		if tk.lower != "welcome" && tk.lower != "reception" || k < 2 {
			continue
		}
		if g := x.welcomeGivenTo(toks, ms, k); g != nil {
			// "Y gave X a state welcome": Y hosts X
			t := &trigAt{s: g.s - 1, e: g.s, tr: &trigger{rel: "HOST", phrase: "give a welcome"}}
			for _, h := range x.namedSubjects(toks, g.s-1, ms, trigs, t) {
				emit(t, "HOST", h, g, "noun:gave-welcome", modalityOf(toks, t), 0.7)
			}
			continue
		}
		v := receiverBefore(toks, k)
		if v < 0 {
			continue
		}
		host := agentAfterNoun(toks, ms, k+1)
		if host == nil {
			continue
		}
		t := &trigAt{s: v, e: v + 1, tr: &trigger{rel: "HOST", phrase: "given a welcome"}}
		for _, g := range x.namedSubjects(toks, v, ms, trigs, t) {
			emit(t, "HOST", host, g, "noun:welcome-given", modalityOf(toks, t), 0.7)
		}
	}
}

// welcomeGivenTo returns the guest of "gave X a (state) welcome" or
// "accorded X a red-carpet reception" ending at the noun at k: a giving
// verb, the guest, then an article and lower-case modifiers. Nil
// otherwise.
func (x *Extractor) welcomeGivenTo(toks []token, ms []*mention, k int) *mention {
	j := k - 1
	for j >= 0 && j >= k-4 && (toks[j].isWord() && !toks[j].isCap() || toks[j].text == "-") && toks[j].lower != "a" && toks[j].lower != "an" {
		j--
	}
	if j < 2 || toks[j].lower != "a" && toks[j].lower != "an" {
		return nil
	}
	g := mentionEndingAt(ms, j)
	if g == nil || g.ent == nil || g.ent.Kind != KindPerson || g.kind == mkPronoun || g.s < 1 {
		return nil
	}
	switch toks[g.s-1].lower {
	case "gave", "gives", "give", "giving", "accorded", "accords", "accord":
		return g
	}
	return nil
}

// receiverBefore returns the index of a welcome receiver verb a few
// lower-case words (an article, adjectives) before the noun at k, or -1.
func receiverBefore(toks []token, k int) int {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if welcomeReceivers[toks[j].lower] {
			return j
		}
		if !toks[j].isWord() && toks[j].text != "-" || toks[j].isCap() {
			return -1
		}
	}
	return -1
}

// agentAfterNoun returns the named actor after "by" or "from" within six
// tokens of from, over a place or a date ("welcome at the Elysee Palace
// by Y"); nil at a clause boundary.
func agentAfterNoun(toks []token, ms []*mention, from int) *mention {
	for j := from; j+1 < len(toks) && j < from+8; j++ {
		w := toks[j].lower
		if w == ";" || w == "." || clauseBoundary[w] {
			return nil
		}
		if w != "by" && w != "from" {
			continue
		}
		m := mentionStartingAt(ms, j+1)
		if m == nil || m.ent == nil || m.kind == mkPronoun || m.kind == mkDemonym || m.city {
			return nil
		}
		return m
	}
	return nil
}

// callNoun reports "call on" where "call" is a noun or "on" opens a date:
// "held a phone call on Tuesday", "a call on Ukraine", "called on Monday
// for talks". Only the verb with a person after "on" pays a call.
func callNoun(toks []token, t *trigAt) bool {
	if t.s > 0 {
		switch toks[t.s-1].lower {
		case "a", "an", "the", "phone", "telephone", "video", "conference", "their", "his", "her":
			return true
		}
	}
	if t.e < len(toks) {
		w := toks[t.e].lower
		_, day := weekdays[w]
		return day || monthNames[w] != 0 || isDigits(toks[t.e].text)
	}
	return false
}

// relativeClosed reports an object that lies past the comma closing the
// relative or adverbial clause its trigger stands in: "Speaking in X,
// where ministers of Y were meeting this week, Z called ...": Z is the
// main clause's subject, not whom they met. In "the summit, which X hosts
// in Z in May, the first ..." the relative pronoun is the verb's own
// object; nothing past the comma is.
func relativeClosed(toks []token, t *trigAt, obj *mention) bool {
	opened := false
	for k := t.s - 1; k >= 0 && k >= t.s-12; k-- {
		w := toks[k].lower
		if w == "," || w == "." || w == ";" {
			break
		}
		if w == "where" || w == "when" || w == "while" || w == "as" || w == "which" {
			opened = true
			break
		}
	}
	if !opened {
		return false
	}
	for k := t.e; k < obj.s && k < len(toks); k++ {
		switch w := toks[k].lower; {
		case w == ",":
			return true
		case w == "'s" || determiners[w] && w != "this" && w != "that":
			return false // "when he met the North's founder, X": an appositive names the one met
		}
	}
	return false
}

// attendedPlaces keeps, of what "attend" names, the place the gathering is
// held in ("attended the G20 summit in Rome", "at Camp David") or its
// host ("attended Russia's Victory Day parade", "attend Moscow's
// ceremonies"): the states that merely take part ("a summit of ASEAN with
// China, Japan and South Korea") are not visited.
func attendedPlaces(toks []token, t *trigAt, obj []*mention) []*mention {
	if !strings.HasPrefix(t.tr.phrase, "attend") {
		return obj
	}
	var out []*mention
	for _, m := range obj {
		if m.poss || m.s > 0 && (toks[m.s-1].lower == "in" || toks[m.s-1].lower == "at") || m.s == t.e {
			out = append(out, m)
		}
	}
	return out
}

// frontedMeetingSubject returns the subject of the main clause after a
// fronted meeting phrase: "During talks with Y on Monday, X warned ...",
// "In a phone call with Y, X said ...", "At a meeting with Y in Z, X
// praised ...": X took part. The sentence must open with the preposition
// and a few lower-case words before the meeting noun; nil otherwise.
func (x *Extractor) frontedMeetingSubject(toks []token, t *trigAt, ms []*mention) *mention {
	if t.s == 0 || t.s > 5 {
		return nil
	}
	switch toks[0].lower {
	case "during", "in", "at", "over":
	default:
		return nil
	}
	for k := 1; k < t.s; k++ {
		if toks[k].isCap() || !toks[k].isWord() && toks[k].text != "-" {
			return nil
		}
	}
	for k := t.e; k+1 < len(toks) && k < t.e+16; k++ {
		w := toks[k].lower
		if w == ";" || w == "." || clauseBoundary[w] && w != "-" {
			return nil
		}
		if w != "," || isDigits(toks[k+1].text) {
			continue
		}
		if m := mentionStartingAt(ms, k+1); m != nil && !m.appos {
			if g := x.guestAfterComma(toks, ms, k); g != nil && g.ent.Kind == KindPerson || g != nil && g.ent.Kind == KindCountry {
				return g
			}
		}
	}
	return nil
}

// talksNoun reports the MEET verb "talks with" read as the noun after a
// preposition: "during talks with X", "in talks with X", "after talks
// with X" name talks held, whose subject is found as a noun's ("travel
// to Y for talks with X" stays with the verb's reading: the traveller).
func talksNoun(toks []token, i int, tr *trigger) bool {
	if tr.rel != "MEET" || tr.form != "s" || i == 0 || !strings.HasPrefix(tr.phrase, "talk") {
		return false
	}
	switch toks[i-1].lower {
	case "during", "in", "at", "after", "before", "following":
		return true
	}
	return false
}

// phoneWords end a phrase saying a conversation was held by telephone.
var phoneWords = words("phone telephone videolink video-link")

// spokeByPhone emits "X spoke to/with Y by telephone" (or "over the
// phone", "on the phone", "by video link"): a call reported as the
// sentence's event is a meeting (CAMEO consult). The phone phrase must
// follow the person spoken to within a few words. Without it, "X spoke
// with Y" between two named persons is their conversation too, told with
// less confidence; "X and Y spoke by phone" joins the coordinated pair.
func (x *Extractor) spokeByPhone(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i].lower {
		case "spoke", "spoken", "speaks", "talked", "talks", "speak", "talk":
		default:
			continue
		}
		if phoneAt(toks, i+1) {
			x.pairSpokeByPhone(toks, i, ms, emit, trigs)
			continue
		}
		if p := toks[i+1].lower; p != "to" && p != "with" {
			continue
		}
		o := mentionStartingAt(ms, i+2)
		if o == nil || o.ent == nil || o.ent.Kind != KindPerson || o.kind == mkDemonym || o.appos || o.poss {
			continue
		}
		rule, conf := "verb:spoke-by-phone", 0.7
		t := &trigAt{s: i, e: i + 2, tr: &trigger{rel: "MEET", phrase: "speak by phone"}}
		if !phoneAfter(toks, o.e) {
			if toks[i].lower != "spoke" || o.kind == mkPronoun || repeated(toks, t) {
				continue // "talked with" is a trigger of its own; "spoke to him" may be anyone; "has spoken with Y several times" is no one event
			}
			rule, conf = "verb:spoke-with", 0.6
		}
		for _, sm := range x.namedSubjects(toks, i, ms, trigs, t) {
			emit(t, "MEET", sm, o, rule, modalityOf(toks, t), conf)
		}
	}
}

// pairSpokeByPhone emits the call of a coordinated subject told with no
// partner after the verb: "X and Y spoke by phone on Friday", "X and Y
// talked over the phone": each pair of them met.
func (x *Extractor) pairSpokeByPhone(toks []token, i int, ms []*mention, emit emitFunc, trigs []*trigAt) {
	t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "MEET", phrase: "speak by phone"}}
	subj := x.clauseSubject(toks, i, ms, trigs, t)
	if len(subj) < 2 {
		return
	}
	for a := 0; a < len(subj); a++ {
		for b := a + 1; b < len(subj); b++ {
			if subj[a].kind != mkPair && subj[b].kind != mkPair && !x.compatriots(subj[a], subj[b]) {
				emit(t, "MEET", subj[a], subj[b], "verb:spoke-by-phone+coord", modalityOf(toks, t), 0.7)
			}
		}
	}
}

// phoneVerbs place a call to the person right after them.
var phoneVerbs = words("phoned phones phone telephoned telephones telephone rang")

// phonedPerson emits "X phoned Y" and "X called Y on Friday" (or "called
// Y to discuss ...", "called Y and urged ...", "called Y from Air Force
// One"): a call to a named person is a meeting (CAMEO consult). "Called"
// needs such a follow-up, for "called Y a liar" names and "called Y's
// remarks" judges; "called on Y" is a trigger of its own.
func (x *Extractor) phonedPerson(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i := 0; i+1 < len(toks); i++ {
		w := toks[i].lower
		if !phoneVerbs[w] && w != "called" {
			continue
		}
		o := mentionStartingAt(ms, i+1)
		if (o == nil || o.kind == mkPronoun) && phoneVerbs[w] {
			o = counterpartAfter(toks, i+1, ms) // "telephoned his Iranian counterpart X"
		}
		if o == nil || o.ent == nil || o.ent.Kind != KindPerson || o.kind == mkPronoun || o.kind == mkDemonym || o.poss || o.appos {
			continue
		}
		if w == "called" && (i > 0 && beForms[toks[i-1].lower] || !callFollowUp(toks, o.e)) {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "MEET", phrase: "phone"}}
		for _, sm := range x.clauseSubject(toks, i, ms, trigs, t) {
			if sm.kind != mkPair && sm.kind != mkPronoun || sm.kind == mkPronoun && sm.ent != nil && sm.ent.Kind == KindPerson {
				emit(t, "MEET", sm, o, "verb:phoned", modalityOf(toks, t), 0.65)
			}
		}
	}
}

// counterpartAfter returns the person a possessive counterpart phrase at
// toks[k] names: "his Iranian counterpart X", "her counterpart, X", or the
// counterpart itself when it was resolved as a mention ("his Iranian
// counterpart").
func counterpartAfter(toks []token, k int, ms []*mention) *mention {
	if k >= len(toks) || toks[k].lower != "his" && toks[k].lower != "her" && toks[k].lower != "their" {
		return nil
	}
	for q := k + 1; q < len(toks) && q <= k+5; q++ {
		if toks[q].lower == "counterpart" {
			n := q + 1
			if n < len(toks) && toks[n].text == "," {
				n++
			}
			return mentionStartingAt(ms, n)
		}
	}
	return nil
}

// callFollowUp reports what may follow the person a call was made to:
// the sentence's or clause's end, a date ("on Friday", "late on
// Tuesday", "yesterday"), a purpose ("to discuss"), a second verb ("and
// urged"), or where it was made from ("from Air Force One").
func callFollowUp(toks []token, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch w := toks[k].lower; w {
	case ".", ";", "yesterday", "today", "late", "early", "from", "after", "before", "shortly":
		return true
	case ",":
		return k+1 < len(toks) && !toks[k+1].isCap() // "called Y, a leader ...": an appositive may follow
	case "on":
		if k+1 >= len(toks) {
			return false
		}
		_, day := weekdays[toks[k+1].lower]
		return day || monthNames[toks[k+1].lower] != 0 || toks[k+1].lower == "the"
	case "to":
		return k+1 < len(toks) && !toks[k+1].isCap() && !determiners[toks[k+1].lower] && toks[k+1].isWord()
	case "and":
		return k+1 < len(toks) && pastVerb(toks[k+1])
	}
	return false
}

// receivedCall emits "X received a phone call from Y" (a telephone call,
// a call): Y called X, a meeting.
func (x *Extractor) receivedCall(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i := 0; i+3 < len(toks); i++ {
		if w := toks[i].lower; w != "received" && w != "receives" && w != "took" && w != "got" {
			continue
		}
		k := i + 1
		for k < len(toks) && k < i+4 && (determiners[toks[k].lower] || phoneWords[toks[k].lower] || toks[k].lower == "video") {
			k++
		}
		if k+2 >= len(toks) || strings.TrimSuffix(toks[k].lower, "s") != "call" || toks[k+1].lower != "from" {
			continue
		}
		caller := personAfter(toks, ms, k+2)
		if caller == nil {
			continue
		}
		t := &trigAt{s: i, e: k + 1, tr: &trigger{rel: "MEET", phrase: "receive a call"}}
		for _, sm := range x.namedSubjects(toks, i, ms, trigs, t) {
			emit(t, "MEET", caller, sm, "verb:received-call", modalityOf(toks, t), 0.7)
		}
	}
}

// phoneAfter reports "by (tele)phone", "over/on the phone" or "by video
// link" within three tokens after k.
func phoneAfter(toks []token, k int) bool {
	for j := k; j+1 < len(toks) && j < k+3; j++ {
		if phoneAt(toks, j) {
			return true
		}
	}
	return false
}

// phoneAt reports "by (tele)phone", "over/on the phone" or "by video
// link" opening at toks[j].
func phoneAt(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	if w := toks[j].lower; w != "by" && w != "over" && w != "on" {
		return false
	}
	n := toks[j+1].lower
	if (n == "the" || n == "a") && j+2 < len(toks) {
		n = toks[j+2].lower
	}
	return phoneWords[n] || n == "video"
}

// encounterNouns name an encounter that a later clause may say never
// happened.
var encounterNouns = words("meeting meetings summit talks visit trip")

// undoneLater reports a later clause of the sentence that says the
// encounter never happened: "was due to hold a summit with Y in July, but
// he died and the meeting never took place", "was to meet Y, but the
// visit was cancelled". The clause must open with "but" and name the
// encounter with "the" and an encounter noun.
func undoneLater(toks []token, t *trigAt) bool {
	but := -1
	for k := t.e; k < len(toks); k++ {
		if toks[k].lower == "but" {
			but = k
			break
		}
		if toks[k].text == ";" || toks[k].text == "." {
			return false
		}
	}
	if but < 0 {
		return false
	}
	for k := but + 1; k+2 < len(toks); k++ {
		if toks[k].lower != "the" || !encounterNouns[toks[k+1].lower] {
			continue
		}
		switch n := toks[k+2].lower; {
		case n == "never" || n == "did" && k+3 < len(toks) && (toks[k+3].lower == "not" || toks[k+3].lower == "n't"):
			return true
		case n == "was" || n == "were" || n == "had" || n == "has":
			for q := k + 3; q < len(toks) && q < k+6; q++ {
				switch toks[q].lower {
				case "cancelled", "canceled", "scrapped", "postponed", "shelved", "called":
					return true
				}
			}
		}
	}
	return false
}

// personAfter returns the named person whose mention opens at toks[k] or
// after a nationality and capitalised title words the mention finder left
// apart ("Saudi Crown Prince X"); nil when another actor or a lower-case
// word comes first.
func personAfter(toks []token, ms []*mention, k int) *mention {
	for q := k; q < len(toks) && q < k+4; q++ {
		m := mentionStartingAt(ms, q)
		if m != nil && m.ent != nil && m.ent.Kind == KindPerson && m.kind != mkPronoun && m.kind != mkDemonym {
			return m
		}
		if m != nil && m.kind != mkDemonym || m == nil && !toks[q].isCap() {
			return nil
		}
		if m != nil {
			q = m.e - 1
		}
	}
	return nil
}

// namedSubjects returns the subjects of a trigger's clause that are one
// party each: a pair phrase ("the two sides") cannot be one side of an
// encounter a shape frame reads.
func (x *Extractor) namedSubjects(toks []token, at int, ms []*mention, trigs []*trigAt, t *trigAt) []*mention {
	var out []*mention
	for _, m := range x.clauseSubject(toks, at, ms, trigs, t) {
		if m.kind != mkPair {
			out = append(out, m)
		}
	}
	return out
}

// frontedGerunds are the encounters a sentence may open with as a gerund
// after "After", "Before", "While" or "Since": "After meeting Y in Beijing
// on Saturday, X flew to Abu Dhabi".
var frontedGerunds = map[string]string{"meeting": "MEET", "visiting": "VISIT", "hosting": "HOST", "receiving": "HOST"}

// frontedGerund finds an encounter told as a fronted gerund phrase whose
// doer is the subject of the main clause after the comma: "After meeting
// Y on Saturday, X flew to Z" (X met Y), "While visiting Y, X said ..."
// (X visited Y). The phrase's own time dates it.
func (x *Extractor) frontedGerund(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	if len(toks) < 6 {
		return
	}
	switch toks[0].lower {
	case "after", "before", "while", "since", "upon", "following":
	default:
		return
	}
	rel, ok := frontedGerunds[toks[1].lower]
	if !ok {
		return
	}
	k := 2
	if rel == "MEET" && toks[k].lower == "with" {
		k++
	}
	for k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	obj := mentionStartingAt(ms, k)
	if obj == nil || obj.ent == nil || obj.kind == mkPronoun || obj.kind == mkDemonym || obj.poss {
		return
	}
	comma := -1
	for q := obj.e; q < len(toks) && q < obj.e+16; q++ {
		if w := toks[q].lower; w == "." || w == ";" || clauseBoundary[w] {
			return
		}
		if toks[q].text == "," && !isDigits(toks[min(q+1, len(toks)-1)].text) {
			comma = q
			break
		}
	}
	if comma < 0 {
		return
	}
	subj := x.guestAfterComma(toks, ms, comma)
	if subj == nil || subj.ent == obj.ent || subj.ent.Kind != KindPerson && subj.ent.Kind != KindCountry {
		return
	}
	if rel == "VISIT" && obj.ent.Kind != KindCountry {
		return // "After visiting a factory, X ..."; a state's place names its state through the mention
	}
	t := &trigAt{s: 1, e: 2, tr: &trigger{rel: rel, phrase: toks[1].lower}}
	emit(t, rel, subj, obj, "fronted:"+toks[1].lower, Asserted, 0.7)
}
