package extract

import (
	"slices"
	"strings"
)

// Visits implied by other events: a meeting held in one party's country is
// the other party's visit there, and a guest named "visiting X" visits the
// host's country; an invitation "from X" names its inviter.

// mentionState returns the state a mention belongs to: the state itself,
// a title's state, or a person's state (through a ministry of it). Nil
// when unknown.
func (x *Extractor) mentionState(m *mention) *Entry {
	switch {
	case m == nil:
		return nil
	case m.kind == mkRole && m.state != nil:
		return m.state
	case m.ent == nil:
		return nil
	case m.ent.Kind == KindCountry:
		return m.ent
	}
	return x.homeState(m.ent)
}

// meetingVisitors emits the visit a meeting or a hosting implies. In "X
// met Y in Nairobi" where Nairobi is X's capital and Y comes from
// elsewhere, Y visits Kenya; in "X held talks with visiting Y", "Visiting
// Y met X" and "X hosted a dinner for visiting Y", Y visits X's state.
// Only a person from a known other state visits: a meeting between two
// foreigners in a third country names no host.
func (x *Extractor) meetingVisitors(toks []token, mt meetingAt, trigs []*trigAt, ms []*mention,
	emit emitFunc) {
	t, modality, conf := mt.t, mt.modality, mt.conf
	if len(mt.obj) == 0 {
		x.coordMeetingVisitors(toks, mt, trigs, ms, emit)
		return
	}
	for _, a := range mt.subj {
		for _, b := range mt.obj {
			if visitingBefore(toks, b) {
				x.emitGuestVisit(t, a, b, nil, "visiting", modality, conf, emit)
			}
			if visitingBefore(toks, a) && mt.t.tr.rel == "MEET" {
				x.emitGuestVisit(t, b, a, nil, "visiting", modality, conf, emit) // "Visiting X met Y"
			}
			if mt.t.tr.rel == "HOST" && hostedInPerson(toks, mt, a, b) {
				emit(t, "MEET", a, b, "hosted-meets", modality, conf) // "X welcomed Y to the White House": they met
			}
			if mt.t.tr.rel == "HOST" {
				if place := meetingPlace(toks, max(a.e, b.e), ms); place != nil && !visitNamed(toks, trigs, ms, place.ent) {
					x.emitGuestVisit(t, a, b, place, "hosted-in", modality, conf, emit) // "X received Y at the Kremlin"
				} else if a.kind == mkActor && a.ent != nil && a.ent.Kind == KindCountry && !a.city && a.place == "" && !visitNamed(toks, trigs, ms, a.ent) {
					x.emitGuestVisit(t, a, b, nil, "state-hosted", modality, conf, emit) // "Egypt played host to Y": Y is in Egypt
				}
			}
			if mt.t.tr.rel != "MEET" && mt.t.tr.rel != "SIGN_AGREEMENT" {
				continue // "X signed a treaty with Y in Moscow": met there to sign
			}
			if place := meetingPlace(toks, b.e, ms); place != nil && !visitNamed(toks, trigs, ms, place.ent) {
				x.emitGuestVisit(t, a, b, place, "met-in", modality, conf, emit)
				x.emitGuestVisit(t, b, a, place, "met-in", modality, conf, emit)
			}
		}
	}
}

// hostedInPerson reports a person hosting another named right after the
// verb ("X welcomed Y to the White House", "X received Y in the Kremlin"):
// a hosting that is a meeting of the two. A meal or a reception given for
// Y ("hosted Y for dinner", "hosted a banquet for Y") is left a hosting.
func hostedInPerson(toks []token, mt meetingAt, a, b *mention) bool {
	t := mt.t
	if t.noun || mt.modality != Asserted || a.ent == nil || b.ent == nil || a.ent.Kind != KindPerson || b.ent.Kind != KindPerson || b.s != t.e {
		return false
	}
	for k := t.s; k < t.e; k++ {
		if mealWords[toks[k].lower] {
			return false // "hosted a banquet for Y"
		}
	}
	for k := b.e; k < len(toks) && k < b.e+8; k++ {
		if w := toks[k].lower; w == "for" || w == "." || w == ";" {
			return !(k+1 < len(toks) && mealWords[toks[k+1].lower] || k+2 < len(toks) && mealWords[toks[k+2].lower])
		}
	}
	return true
}

// mealWords are what a host may give a guest without meeting him for talks.
var mealWords = words("dinner lunch luncheon breakfast banquet tea reception supper")

// coordMeetingVisitors emits the visits of parties named together as the
// subject of a meeting held in one party's capital: in "X and Y met in
// Moscow" (or "held talks in Moscow") where Y is Russian and X is not, X
// visits Russia. The capital must follow the trigger closely.
func (x *Extractor) coordMeetingVisitors(toks []token, mt meetingAt, trigs []*trigAt, ms []*mention,
	emit emitFunc) {
	from := mt.t.e
	if mt.t.needEnd > from {
		from = mt.t.needEnd // "X and Y signed a friendship treaty in Moscow"
	}
	place := meetingPlace(toks, from, ms)
	if place == nil || place.ent == nil || visitNamed(toks, trigs, ms, place.ent) {
		return
	}
	for _, host := range mt.subj {
		if hs := x.mentionState(host); hs == nil || hs.ID != place.ent.ID {
			continue
		}
		for _, guest := range mt.subj {
			if guest != host {
				x.emitGuestVisit(mt.t, host, guest, place, "met-in", mt.modality, mt.conf, emit)
			}
		}
		return
	}
}

// meetingAt is a meeting emitted in a sentence, kept for the visits it
// implies.
type meetingAt struct {
	t         *trigAt
	subj, obj []*mention
	modality  string
	conf      float64
}

// emitGuestVisit emits guest's VISIT to host's state when the guest is a
// person of another known state; place, when given, must lie in the
// host's state and is the object named.
func (x *Extractor) emitGuestVisit(t *trigAt, host, guest, place *mention, how, modality string, conf float64,
	emit emitFunc) {
	hs, gs := x.mentionState(host), x.mentionState(guest)
	if gs == nil {
		gs = x.bodyServed(guest) // "the IAEA chief held talks with Iranian officials in Tehran": he visits Iran
	}
	if hs == nil || gs == nil || hs.ID == gs.ID || guest.ent == nil || guest.ent.Kind != KindPerson || guest.kind == mkPronoun {
		return
	}
	obj := place
	if obj == nil {
		c := *host
		c.kind, c.ent, c.state, c.city, c.place = mkActor, hs, nil, false, ""
		obj = &c
	} else if place.ent == nil || place.ent.ID != hs.ID {
		return
	}
	emit(t, "VISIT", guest, obj, "meet:"+how, modality, conf-0.1)
}

// bodyServed returns the international body a person serves when he
// serves no state (a UN, IAEA or EU official), or nil.
func (x *Extractor) bodyServed(m *mention) *Entry {
	if m == nil || m.ent == nil || m.ent.Kind != KindPerson {
		return nil
	}
	for _, a := range m.ent.Affiliations {
		o := x.dict.byID[a.Org]
		if o == nil || o.Kind == KindCountry || o.Kind == KindPerson {
			continue
		}
		if p := x.dict.byID[o.Parent]; p != nil && p.Kind == KindCountry {
			continue // a state's ministry or agency: its state is his
		}
		return o
	}
	return nil
}

// visitingBefore reports a mention introduced by the participle
// "visiting" ("talks with visiting Brazilian President X", "the visiting
// X"): a guest on a visit.
func visitingBefore(toks []token, m *mention) bool {
	k := m.s - 1
	return k >= 0 && k < len(toks) && toks[k].lower == "visiting"
}

// visitNamed reports a VISIT trigger in the sentence followed closely by
// a place of state st: "flew to Warsaw and met Y there" already tells the
// visit, with its own date.
func visitNamed(toks []token, trigs []*trigAt, ms []*mention, st *Entry) bool {
	for _, t := range trigs {
		if t.tr.rel != "VISIT" {
			continue
		}
		for k := t.e; k < len(toks) && k <= t.e+3; k++ {
			if m := mentionStartingAt(ms, k); m != nil && m.ent == st {
				return true
			}
		}
	}
	return false
}

// meetingPlace returns the place a meeting is said to be held in: "in"
// and a capital right after the partner met, over a date at most
// ("met Y in Nairobi", "met Y on Monday in Nairobi"). Nil when none.
func meetingPlace(toks []token, from int, ms []*mention) *mention {
	for k := from; k+1 < len(toks) && k < from+5; k++ {
		w := toks[k].lower
		if !toks[k].isWord() || w == "and" || w == "but" || w == "after" || w == "before" || clauseBoundary[w] {
			return nil
		}
		if m := mentionStartingAt(ms, k+1); w == "in" && m != nil && m.place != "" && !m.city {
			return m // a capital: other cities often hold meetings on neutral ground
		}
		if m := seatAt(toks, k, ms); m != nil {
			return m // "at the White House", "at the Kremlin": a seat of government
		}
	}
	return nil
}

// seatAt returns the seat of government named after "at" at toks[k]:
// "met Y at the Kremlin", "received Y at the Blue House", "at Downing
// Street". The dictionary knows such seats as a state's metonyms; a
// capital's one-word name right after "at" is no venue. Nil otherwise.
func seatAt(toks []token, k int, ms []*mention) *mention {
	if toks[k].lower != "at" {
		return nil
	}
	j := k + 1
	if j < len(toks) && toks[j].lower == "the" {
		j++
	}
	m := mentionStartingAt(ms, j)
	if m == nil || m.place == "" || m.city || m.ent == nil || m.ent.Kind != KindCountry || m.match != matchMetonym {
		return nil
	}
	if j == k+1 && len(strings.Fields(m.place)) == 1 {
		return nil // "at Moscow's request" is no venue; "at the Elysee", "at Downing Street" are
	}
	return m
}

// invitationFrom reads "X accepted an invitation from Z" and "X received
// an invitation from Z": Z invited X, the subject of the clause that
// holds the invitation noun.
func (x *Extractor) invitationFrom(toks []token, t *trigAt, ms []*mention) (inviter, guest []*mention, ok bool) {
	if t.e+1 >= len(toks) || toks[t.e].lower != "from" {
		return nil, nil, false
	}
	m := mentionStartingAt(ms, t.e+1)
	if m == nil || m.ent == nil || m.kind == mkDemonym {
		return nil, nil, false
	}
	guest = x.clauseSubject(toks, t.s, ms, nil, t)
	if len(guest) == 0 {
		return nil, nil, false
	}
	return []*mention{m}, guest, true
}

// answeredInvitation reads "X accepted (declined) an invitation to visit
// Z" with no inviter named: X is the guest, and the state invited to
// stands for its inviter; with no place either ("accepted an invitation
// to the summit") nobody is named, and ok with no parties keeps X from
// being read as the inviter.
func (x *Extractor) answeredInvitation(toks []token, t *trigAt, ms []*mention) (inviter, guest []*mention, ok bool) {
	v := t.s - 1
	for v >= 0 && v >= t.s-3 && (determiners[toks[v].lower] || !toks[v].isCap() && toks[v].isWord() && !answerVerbs[toks[v].lower]) {
		v--
	}
	if v < 1 || !answerVerbs[toks[v].lower] {
		return nil, nil, false
	}
	guest = x.clauseSubject(toks, v, ms, nil, nil)
	if len(guest) == 0 {
		return nil, nil, true
	}
	if d := invitedDestination(toks, t.e, ms); d != nil {
		return []*mention{d}, guest, true
	}
	return nil, nil, true
}

// invitedDestination returns the state or capital an invitation at k
// asks its guest to: "to visit Z", "to come to Z", "to travel to Z".
// Nil otherwise.
func invitedDestination(toks []token, k int, ms []*mention) *mention {
	if k+2 >= len(toks) || toks[k].lower != "to" {
		return nil
	}
	switch toks[k+1].lower {
	case "visit":
		k += 2
	case "come", "travel":
		if toks[k+2].lower != "to" {
			return nil
		}
		k += 3
	default:
		return nil
	}
	m := mentionStartingAt(ms, k)
	if m == nil || m.ent == nil || m.ent.Kind != KindCountry || m.kind == mkDemonym {
		return nil
	}
	return m
}

// hostVerbs are the forms of the hosting verbs that take a guest noun.
var hostVerbs = words("welcomed welcomes welcome welcoming received receives receiving greeted greets greeting hosted hosts hosting feted")

// unnamedGuests name the visitor a host receives without naming him.
var unnamedGuests = words("guest guests visitor visitors")

// guestHosted emits the hosting of "X welcomed his guest" (received the
// visitor, greeted their guests): the guest is the last person named
// before, in the sentence or among the previous sentence's parties, who
// belongs to another state than the host; nobody when none does.
func (x *Extractor) guestHosted(sc *scene) {
	toks, ms, emit, trigs, st := sc.toks, sc.ms, sc.emit, sc.trigs, sc.st
	for i := 0; i+2 < len(toks); i++ {
		if !hostVerbs[toks[i].lower] {
			continue
		}
		d := toks[i+1].lower
		if d != "his" && d != "her" && d != "their" && d != "the" || !unnamedGuests[toks[i+2].lower] {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "HOST", phrase: "host a guest"}}
		hosts := x.clauseSubject(toks, i, ms, trigs, t)
		if len(hosts) != 1 || hosts[0].ent == nil || hosts[0].kind == mkPair {
			continue
		}
		g := x.lastForeignPerson(ms, i, hosts[0], st)
		if g == nil {
			continue
		}
		gm := &mention{s: i + 1, e: i + 3, kind: mkActor, ent: g, head: i + 2}
		emit(t, "HOST", hosts[0], gm, "verb:host-guest", modalityOf(toks, t), 0.6)
	}
}

// lastForeignPerson returns the last person named before toks[i] in the
// sentence, else among the previous sentence's parties, whose state is
// known and is not the host's.
func (x *Extractor) lastForeignPerson(ms []*mention, i int, host *mention, st *docState) *Entry {
	hs := x.mentionState(host)
	if hs == nil {
		return nil
	}
	foreign := func(e *Entry) bool {
		if e == nil || e == host.ent || e.Kind != KindPerson {
			return false
		}
		h := x.homeState(e)
		return h != nil && h.ID != hs.ID
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if m := ms[k]; m.e <= i && m != host && foreign(m.ent) {
			return m.ent
		}
	}
	if st.prevParts == nil || st.prevIndex != st.sentIndex-1 {
		return nil
	}
	for k := len(st.prevParts) - 1; k >= 0; k-- {
		if foreign(st.prevParts[k]) {
			return st.prevParts[k]
		}
	}
	return nil
}

// seatWhereMet emits the meeting a visit to a seat of government implies
// when a following "where" clause names a person of that state acting
// there: "X visited the White House, where Y pledged ...": X met Y. The
// visit's trigger must end right before the seat.
func (x *Extractor) seatWhereMet(sc *scene) {
	toks, ms, trigs, emit := sc.toks, sc.ms, sc.trigs, sc.emit
	for _, t := range trigs {
		if t.tr.rel != "VISIT" || t.noun || len(t.subj) == 0 {
			continue
		}
		j := t.e
		if j < len(toks) && toks[j].lower == "the" {
			j++
		}
		seat := mentionStartingAt(ms, j)
		if seat == nil || seat.ent == nil || seat.ent.Kind != KindCountry || seat.match != matchMetonym || seat.e+2 >= len(toks) {
			continue
		}
		k := skipTimeWords(toks, seat.e)
		if k+2 >= len(toks) || toks[k].text != "," || toks[k+1].lower != "where" {
			continue
		}
		host := mentionStartingAt(ms, k+2)
		if host == nil || host.ent == nil || host.ent.Kind != KindPerson || host.kind == mkPronoun || !x.isHome(host, seat.ent) {
			continue
		}
		mt := &trigAt{s: t.s, e: t.e, tr: &trigger{rel: "MEET", phrase: "visit a seat"}}
		for _, v := range t.subj {
			if v.kind != mkPair && v.ent != nil && v.ent.Kind == KindPerson && !x.isHome(v, seat.ent) {
				emit(mt, "MEET", v, host, "visit:seat-where", modalityOf(toks, t), 0.6)
			}
		}
	}
}

// seatTimeWords make up short time phrases with days and months.
var seatTimeWords = words("on in last this early late earlier week month year weekend morning afternoon evening night")

// skipTimeWords returns the index after a short time phrase at k ("last
// Wednesday", "on Monday", "in May"), or k when none.
func skipTimeWords(toks []token, k int) int {
	j := k
	for j < len(toks) && j < k+4 {
		w := toks[j].lower
		_, day := weekdays[w]
		if !day && monthNames[w] == 0 && !isDigits(toks[j].text) && !seatTimeWords[w] {
			break
		}
		j++
	}
	return j
}

// frontedPlaceVisit emits the visit of a sentence that opens on a
// foreign place and a time before its subject: "In Hanoi on May 23, X
// announced ...", "In Dhaka last week, X signed ...": the story sets X's
// act there, so X was there (the emitter drops one's own country). The
// time is required ("In Washington, officials said" sets no scene), and
// an envoy posted to the state is no visitor.
func (x *Extractor) frontedPlaceVisit(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	if len(toks) < 6 || toks[0].lower != "in" {
		return
	}
	p := mentionStartingAt(ms, 1)
	if p == nil || p.ent == nil || p.place == "" && !p.city || !dateAfter(toks, p.e) {
		return
	}
	k := skipTimeWords(toks, p.e)
	if k >= len(toks) || toks[k].text != "," {
		return
	}
	v := x.guestAfterComma(toks, ms, k)
	if v == nil || v.ent.Kind != KindPerson || x.postedEnvoy(v.ent) {
		return
	}
	t := &trigAt{s: 0, e: p.e, tr: &trigger{rel: "VISIT", phrase: "in place"}}
	emit(t, "VISIT", v, p, "verb:fronted-in", modalityOf(toks, t), 0.6)
}

// postedEnvoy reports a person the dictionary knows as an ambassador or
// envoy: one posted abroad is at work there, not on a visit.
func (x *Extractor) postedEnvoy(e *Entry) bool {
	for _, a := range e.Affiliations {
		if a.Role == "ambassador" {
			return true
		}
	}
	return false
}

// visitPaidBy emits the visit of "the visit X paid to Y" and "the trip X
// made to Y": a visit noun whose visitor and light verb follow it, as in
// a contact clause ("returning the visit X paid to Y in July").
func (x *Extractor) visitPaidBy(sc *scene) {
	toks, ms, trigs, emit := sc.toks, sc.ms, sc.trigs, sc.emit
	for _, t := range trigs {
		if t.tr.rel != "VISIT" || !t.noun {
			continue
		}
		if v, d := paidVisitor(toks, t, ms); v != nil {
			whole := &trigAt{s: t.s, e: d.e, tr: t.tr, noun: true} // its time follows the place
			emit(whole, "VISIT", v, d, "noun:visit-paid-by", modalityOf(toks, t), 0.7)
		}
	}
}

// paidVisitor returns the visitor and the place of "the visit X paid to
// Y" at the visit noun t, or nils.
func paidVisitor(toks []token, t *trigAt, ms []*mention) (visitor, place *mention) {
	v := mentionStartingAt(ms, t.e)
	if v == nil || v.ent == nil || v.ent.Kind != KindPerson || v.kind == mkPronoun || v.e+2 >= len(toks) {
		return nil, nil
	}
	if w := toks[v.e].lower; w != "paid" && w != "made" || toks[v.e+1].lower != "to" {
		return nil, nil
	}
	d := mentionStartingAt(ms, v.e+2)
	if !placeMention(d) || d.kind == mkDemonym {
		return nil, nil
	}
	return v, d
}

// hostedForVisit emits the guest's visit of "X received Y for a
// three-day state visit" and "X hosted Y on an official visit": a visit
// noun with no destination of its own, introduced by "for" or "on" right
// after a hosting or meeting whose guest was named, is the guest's visit
// to the host's state.
func (x *Extractor) hostedForVisit(sc *scene) {
	toks, trigs, emit := sc.toks, sc.trigs, sc.emit
	var prev *trigAt
	for _, t := range trigs {
		if t.tr.rel == "HOST" || t.tr.rel == "MEET" && !t.noun {
			prev = t
			continue
		}
		if t.tr.rel != "VISIT" || !t.noun || prev == nil || len(prev.subj) != 1 || len(prev.obj) == 0 || t.s-prev.e > 12 {
			continue
		}
		if t.e < len(toks) && (toks[t.e].lower == "to" || toks[t.e].lower == "of" || toks[t.e].lower == "by") || !errandOf(toks, t) {
			continue
		}
		for _, g := range prev.obj {
			x.emitGuestVisit(t, prev.subj[0], g, nil, "hosted-for-visit", modalityOf(toks, prev), 0.7, emit)
		}
	}
}

// errandOf reports a trip noun introduced by "for" or "on" over a few
// modifiers: "for a three-day state visit", "on an official visit".
func errandOf(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 0 && k >= t.s-5; k-- {
		if w := toks[k].lower; w == "for" || w == "on" {
			return true
		}
		if !toks[k].isWord() && toks[k].text != "-" || toks[k].isCap() {
			return false
		}
	}
	return false
}

// visitByPlace returns the place of a visit noun with no destination
// named after it, whose visitor follows with "by" or which is the errand
// one is "on": "the pact was signed in Hanoi during a visit by X", "X is
// in Hanoi on an official visit" visit the place where the sentence's
// event happened, the nearest capital or city with "in" before the noun.
// Nil otherwise.
func visitByPlace(toks []token, t *trigAt, ms []*mention) []*mention {
	if !(t.e < len(toks) && toks[t.e].lower == "by" || onErrand(toks, t)) {
		return nil
	}
	for k := t.s - 1; k >= 1; k-- {
		if w := toks[k].lower; w == ";" || w == "." {
			return nil
		}
		if toks[k-1].lower == "in" && placeAt(ms, k) {
			return []*mention{mentionStartingAt(ms, k)}
		}
	}
	return nil
}

// invitedToOwn returns the host of the occasion a passive invitation
// names: "were invited to X's inauguration", "was invited to X's
// birthday celebrations": X invited them. Nil otherwise.
func invitedToOwn(toks []token, t *trigAt, ms []*mention) []*mention {
	if t.e+1 >= len(toks) || toks[t.e].lower != "to" {
		return nil
	}
	m := mentionStartingAt(ms, t.e+1)
	if m == nil || m.ent == nil || !m.poss || m.kind == mkPronoun || m.city {
		return nil
	}
	return []*mention{m}
}

// frontedInvitation emits the invitation of a sentence that opens with
// "Invited by X," and goes on with its guest: "Invited by Y, X arrived in
// Z on Monday": Y invited X.
func (x *Extractor) frontedInvitation(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	if len(toks) < 5 || toks[0].lower != "invited" || toks[1].lower != "by" {
		return
	}
	inviter := first(x.byAgent(toks, 1, ms))
	if inviter == nil || inviter.kind == mkPronoun {
		return
	}
	if g := x.guestAfterComma(toks, ms, inviter.e); g != nil {
		t := &trigAt{s: 0, e: 1, tr: &trigger{rel: "INVITE", phrase: "invite"}}
		emit(t, "INVITE", inviter, g, "verb:invited-by-fronted", Asserted, 0.7)
	}
}

// guestAfterComma returns the named actor that opens the main clause after
// a fronted invitation phrase ending at from: "Invited by Y, X arrived",
// "At the invitation of Y, X will pay a visit", "At Y's invitation, the
// Brazilian President X flew". Nil when no comma comes within four tokens
// or no actor follows it.
func (x *Extractor) guestAfterComma(toks []token, ms []*mention, from int) *mention {
	for k := from; k+1 < len(toks) && k < from+4; k++ {
		if toks[k].text != "," {
			continue
		}
		g := mentionStartingAt(ms, k+1)
		if g != nil && g.ent != nil {
			if p := x.titledPersonAfter(toks, g, ms); p != nil {
				g = p
			}
		}
		if g == nil || g.ent == nil || g.kind == mkPronoun || g.kind == mkDemonym {
			return nil
		}
		return g
	}
	return nil
}

// frontedAt reports an invitation noun whose "at" opens the sentence:
// "At the invitation of Y, X ...", "At Y's invitation, X ...". Its guest
// follows the comma, not before the noun.
func frontedAt(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 0 && k >= t.s-6; k-- {
		if toks[k].lower == "at" {
			return k == 0
		}
	}
	return false
}

// destinationAside reports a comma after a trip noun that sets off its
// destination: "his first trip abroad, to Berlin, ...".
func destinationAside(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k+1].lower == "to"
}

// leaveVerbs are the forms of "leave" and "depart" that take the place
// left as their object.
var leaveVerbs = words("left leaves leave leaving departed departs depart departing")

// motionVerbs are the forms of travel verbs that may name where the
// journey starts before where it ends: "flew from Paris to Nairobi".
var motionVerbs = words("flew fly flies flying travelled traveled travel travels travelling traveling went go goes " +
	"drove drive drives headed head heads heading journeyed")

// placeMention reports a capital, a city or a state.
func placeMention(m *mention) bool {
	return m != nil && m.ent != nil && (m.place != "" || m.city || m.ent.Kind == KindCountry)
}

// fromTo emits the visit of "X flew from Paris to Nairobi": the place
// after "to" is the destination; the one after "from" only where the
// journey began.
func (x *Extractor) fromTo(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		if !motionVerbs[tk.lower] || i+2 >= len(toks) || toks[i+1].lower != "from" {
			continue
		}
		from := mentionStartingAt(ms, i+2)
		if !placeMention(from) || from.e+1 >= len(toks) || toks[from.e].lower != "to" {
			continue
		}
		to := mentionStartingAt(ms, from.e+1)
		if !placeMention(to) {
			continue
		}
		t := &trigAt{s: i, e: from.e + 1, tr: &trigger{rel: "VISIT", phrase: "travel from to"}}
		for _, sm := range x.clauseSubject(toks, i, ms, trigs, t) {
			if sm.kind == mkPronoun || sm.kind == mkPair {
				continue
			}
			emit(t, "VISIT", sm, to, "verb:from-to", modalityOf(toks, t), 0.7)
		}
	}
}

// leftFor emits the visit of "X left Seoul for Tokyo" and "X departed
// Seoul for Tokyo": the place after "for" is the destination (the place
// left is where X was, not the place visited).
func (x *Extractor) leftFor(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		if !leaveVerbs[tk.lower] {
			continue
		}
		from := mentionStartingAt(ms, i+1)
		if from == nil || from.place == "" && !from.city && (from.ent == nil || from.ent.Kind != KindCountry) {
			continue
		}
		f := skipDeparture(toks, from.e)
		if f+1 >= len(toks) || toks[f].lower != "for" {
			continue
		}
		to := mentionStartingAt(ms, f+1)
		if to == nil || to.ent == nil || to.place == "" && !to.city && to.ent.Kind != KindCountry {
			continue
		}
		t := &trigAt{s: i, e: f + 1, tr: &trigger{rel: "VISIT", phrase: "leave for"}}
		for _, sm := range x.clauseSubject(toks, i, ms, trigs, t) {
			if sm.kind == mkPronoun || sm.kind == mkPair {
				continue
			}
			emit(t, "VISIT", sm, to, "verb:left-for", modalityOf(toks, t), 0.7)
		}
	}
}

// skipDeparture returns the index after a short time of departure at k
// ("left Taipei on Wednesday evening for Seoul", "left Kyiv late on
// Tuesday for Warsaw", "left Paris yesterday for"), or k when none.
func skipDeparture(toks []token, k int) int {
	j := k
	if j < len(toks) && (toks[j].lower == "late" || toks[j].lower == "early") {
		j++
	}
	if j < len(toks) && (toks[j].lower == "yesterday" || toks[j].lower == "today" || toks[j].lower == "tonight") {
		return j + 1
	}
	if j+1 < len(toks) && toks[j].lower == "on" {
		if _, day := weekdays[toks[j+1].lower]; day {
			j += 2
			if j < len(toks) && partOfDayWord(toks[j].lower) {
				j++
			}
			return j
		}
	}
	return k
}

// visitMadeBy returns the visitor of a visit noun that is the subject of
// a passive "made" or "paid": "a visit to X was made on Monday by Y". Nil
// otherwise.
func (x *Extractor) visitMadeBy(toks []token, t *trigAt, ms []*mention) []*mention {
	for k := t.e; k+1 < len(toks) && k < t.e+8; k++ {
		w := toks[k].lower
		if w == "," || w == "." || w == ";" {
			return nil
		}
		if (w == "was" || w == "were") && (toks[k+1].lower == "made" || toks[k+1].lower == "paid") {
			return x.agentAfter(toks, k+2, ms, "by")
		}
	}
	return nil
}

// onErrand reports a trip noun introduced by "on" over a few modifiers:
// "on an official visit", "on a three-day trip".
func onErrand(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 0 && k >= t.s-4; k-- {
		if toks[k].lower == "on" {
			return true
		}
		if !toks[k].isWord() && toks[k].text != "-" || toks[k].isCap() {
			return false
		}
	}
	return false
}

// expectedIn emits the planned visit of a person said to be due or
// expected in a foreign place, or who will be there: "X is due in Nairobi
// on Friday", "X is expected in Nairobi next week", "X will be in Nairobi
// next week"; and the visit of one who was there at a time the sentence
// gives right after the place ("X was in Nairobi on Monday"). The person
// must belong to a known other state.
func (x *Extractor) expectedIn(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i := 1; i+2 < len(toks); i++ {
		w, prev := toks[i].lower, toks[i-1].lower
		due := (w == "due" || w == "expected") && beForms[prev]
		will := w == "be" && (prev == "will" || prev == "would")
		was := w == "was" || w == "were"
		if !due && !will && !was || toks[i+1].lower != "in" {
			continue
		}
		p := mentionStartingAt(ms, i+2)
		if p == nil || p.ent == nil || p.place == "" && !p.city || was && !dateAfter(toks, p.e) {
			continue
		}
		t := &trigAt{s: i, e: i + 2, tr: &trigger{rel: "VISIT", phrase: w + " in"}}
		subj := first(x.clauseSubject(toks, i, ms, trigs, t))
		if subj == nil || subj.ent == nil || subj.ent.Kind != KindPerson || subj.kind == mkPronoun || homeID(subj.ent) == "" || x.isHome(subj, p.ent) {
			continue
		}
		modality := modalityOf(toks, t)
		if modality == Asserted && !was {
			modality = Planned
		}
		emit(t, "VISIT", subj, p, "verb:"+w+"-in", modality, 0.6)
	}
}

// rideNouns carry a traveller: "X's plane landed", "X's motorcade
// swept into".
var rideNouns = words("plane aircraft jet motorcade convoy train helicopter")

// vehicleOwner returns the possessor of the vehicle right before a travel
// verb: in "X's plane landed in Y" X travels. Nil otherwise.
func vehicleOwner(toks []token, i int, ms []*mention) []*mention {
	k := i - 1
	for k >= 0 && adverbs[toks[k].lower] {
		k--
	}
	if k < 2 || !rideNouns[toks[k].lower] || toks[k-1].text != "'s" && toks[k-1].text != "'" {
		return nil
	}
	m := mentionEndingAt(ms, k-1)
	if m == nil || m.ent == nil || m.ent.Kind != KindPerson {
		return nil
	}
	return []*mention{m}
}

// dateAfter reports a date phrase opening at toks[k] past the place: "on
// Monday", "last week", "in May", "earlier this month".
func dateAfter(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "on", "last", "earlier", "this", "in":
		n := toks[k+1].lower
		_, day := weekdays[n]
		_, month := monthNames[n]
		return day || month || n == "week" || n == "month" || n == "year" || n == "this"
	}
	return false
}

// pronounVisitor returns the visitor of "during his visit to P" when the
// resolver gave "his" a person at home in P: the pronoun of an adjunct
// names the clause's subject ("X praised Y during his visit to Y's
// capital": X visits). Nil when that subject is at home there too.
func (x *Extractor) pronounVisitor(toks []token, t *trigAt, ms []*mention, prev *trigAt, place *mention) []*mention {
	cand := x.clauseSubject(toks, t.s, ms, nil, t)
	if prev != nil && len(prev.subj) > 0 && !prev.passive {
		cand = prev.subj
	}
	if len(cand) != 1 || cand[0].kind == mkPronoun || cand[0].ent == nil || cand[0].ent.Kind != KindPerson || x.isHome(cand[0], place.ent) {
		return nil
	}
	return cand
}

// duringEncounter reports a meeting or visit noun governed by "during" a
// few words before it: "during his state visit", "during their talks".
// The encounter is the setting of the clause, told as having happened,
// whatever the clause's verb denies.
func duringEncounter(toks []token, t *trigAt) bool {
	if !t.noun || t.tr.rel != "VISIT" && t.tr.rel != "MEET" {
		return false
	}
	for k := t.s - 1; k >= 0 && k >= t.s-4; k-- {
		if toks[k].lower == "during" {
			return true
		}
		if !toks[k].isWord() {
			return false
		}
	}
	return false
}

// groupMemberNouns name the members a grouping's mention stands for: "G7
// leaders", "leaders of the Group of Seven", "ASEAN foreign ministers".
var groupMemberNouns = words("leaders leader ministers heads delegates delegations members envoys")

// gatheringVisitors drops, from a visit's travellers, an organisation
// named through its members' leaders or ministers when the sentence
// brings them to a gathering of their own ("G7 leaders arrived in
// Hiroshima for their annual summit"): each member state travels, the
// group visits no one, and the host is one of them. A summit "with" a
// third party ("EU leaders arrived in Kyiv for a summit with Ukraine")
// is kept.
func gatheringVisitors(toks []token, subj []*mention) []*mention {
	var out []*mention
	for _, m := range subj {
		if m.ent == nil || m.ent.Kind != KindOrganization || !membersNamed(toks, m) || !ownGathering(toks, m.e) {
			out = append(out, m)
		}
	}
	return out
}

// membersAtHome drops, from a visit's travellers, a grouping named
// through its leaders or ministers ("G7 leaders arrived in Hiroshima",
// "NATO foreign ministers gathered in Oslo") when every place visited
// lies in one of its member states: the members meet among themselves
// and the grouping visits no one. A third state stays visited ("EU
// leaders arrived in Kyiv").
func (x *Extractor) membersAtHome(toks []token, subj, obj []*mention) []*mention {
	if len(obj) == 0 {
		return subj
	}
	var out []*mention
	for _, m := range subj {
		if m.ent == nil || m.ent.Kind != KindOrganization || len(m.ent.Members) == 0 || !membersNamed(toks, m) || !x.allMembers(m.ent, obj) {
			out = append(out, m)
		}
	}
	return out
}

// allMembers reports places that all lie in member states of group g.
func (x *Extractor) allMembers(g *Entry, places []*mention) bool {
	for _, p := range places {
		st := x.mentionState(p)
		if st == nil || !slices.Contains(g.Members, st.ID) {
			return false
		}
	}
	return true
}

// membersNamed reports a member noun right after the mention ("G7
// leaders", "ASEAN foreign ministers") or "<noun> of" right before it
// ("leaders of the G20").
func membersNamed(toks []token, m *mention) bool {
	for k := m.e; k < len(toks) && k < m.e+2; k++ {
		if groupMemberNouns[toks[k].lower] {
			return true
		}
	}
	k := m.s - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	return k >= 1 && toks[k].lower == "of" && groupMemberNouns[toks[k-1].lower]
}

// ownGathering reports a summit, meeting or conference after k that no
// "with" gives a partner.
func ownGathering(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		switch strings.TrimSuffix(toks[k].lower, "s") {
		case "summit", "meeting", "conference", "gathering", "forum", "ministerial":
			return k+1 >= len(toks) || toks[k+1].lower != "with"
		}
	}
	return false
}

// dropTripRepeats keeps one visit per trip: a visit a meeting or a
// hosting implies ("met Y in Moscow", "received X at the Kremlin") that
// repeats a visit of the same traveller to the same state within a few
// days (or in the month a coarser visit names) is a day of that trip, not
// another visit: the visit a trigger tells anywhere in the document, or
// an implied one told before it.
func dropTripRepeats(evs []Event, exps []Explanation) ([]Event, []Explanation) {
	implied := func(ev Event) bool { return strings.HasPrefix(ev.Rule, "meet:") }
	sameTrip := func(a, b Event) bool {
		if a.Subject.ID != b.Subject.ID || a.Object.ID != b.Object.ID || a.Modality != b.Modality || a.Date == "" || b.Date == "" {
			return false
		}
		if len(a.Date) < 10 || len(b.Date) < 10 {
			n := min(len(a.Date), len(b.Date))
			return n >= 7 && a.Date[:n] == b.Date[:n]
		}
		da, ea := parseDate(a.Date)
		db, eb := parseDate(b.Date)
		if ea != nil || eb != nil {
			return false
		}
		d := da.Sub(db).Hours() / 24
		return d <= 3 && d >= -3
	}
	return keepEvents(evs, exps, func(i int) bool {
		ev := evs[i]
		if ev.Relation != "VISIT" || !implied(ev) {
			return true
		}
		for j, o := range evs {
			if j != i && o.Relation == "VISIT" && (!implied(o) || j < i) && sameTrip(ev, o) {
				return false
			}
		}
		return true
	})
}

// askedTo reports "to" and a state or its capital right after the person
// asked: "asked Dilma Rousseff to Berlin for talks" is an invitation, but
// "asked Rousseff to help" is a request.
func askedTo(toks []token, e int, ms []*mention) bool {
	if e >= len(toks) || toks[e].lower != "to" {
		return false
	}
	m := mentionStartingAt(ms, e+1)
	return m != nil && m.ent != nil && m.ent.Kind == KindCountry && m.kind != mkDemonym
}
