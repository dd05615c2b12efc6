package extract

import "strings"

// The arms trade: a state that buys, orders or takes delivery of weapons
// from another, or sells them to it, cooperates with it militarily (CAMEO
// 062, "arms transfers between"). Weapons given or sent as help are AID
// and stay with the AID triggers; these frames read the commercial
// wordings, whose supplier is named by "from X", by a nationality ("Russian
// S-400 missiles", "US-made jets"), by a possessor ("Israel's Arrow 3
// system"), and whose buyer follows "to" after a sale or delivery noun.

// armsNouns are the weapons a state buys or sells (singular forms).
var armsNouns = map[string]bool{
	"weapon": true, "arms": true, "missile": true, "jet": true, "fighter": true, "tank": true, "howitzer": true,
	"drone": true, "frigate": true, "warship": true, "submarine": true, "helicopter": true, "artillery": true,
	"ammunition": true, "rocket": true, "bomber": true, "corvette": true, "destroyer": true, "warplane": true,
	"interceptor": true, "munition": true, "aircraft": true,
}

// armsNoun reports a weapon noun, singular or plural.
func armsNoun(w string) bool {
	return armsNouns[w] || armsNouns[strings.TrimSuffix(w, "s")]
}

// acquireVerbs are the verbs whose subject acquires what follows.
var acquireVerbs = map[string]bool{
	"buy": true, "buys": true, "bought": true, "buying": true, "purchase": true, "purchases": true, "purchased": true,
	"purchasing": true, "acquire": true, "acquires": true, "acquired": true, "acquiring": true, "order": true,
	"orders": true, "ordered": true, "ordering": true,
}

// takeForms open "take delivery of".
var takeForms = map[string]bool{"take": true, "takes": true, "took": true, "taken": true, "taking": true}

// saleNouns name a transfer whose recipient follows "to": "the sale of 96
// helicopters to Poland", "Tehran's deliveries of drones to Moscow".
var saleNouns = map[string]bool{"sale": true, "sales": true, "delivery": true, "deliveries": true}

// purchaseNouns name an acquisition whose buyer owns the noun: "Germany's
// purchase of", "X approved the purchase of".
var purchaseNouns = map[string]bool{"purchase": true, "purchases": true, "acquisition": true, "acquisitions": true}

// approveVerbs make their subject the seller of the sale they name: "the
// State Department approved the sale of ... to Poland".
var approveVerbs = map[string]bool{
	"approved": true, "approves": true, "approve": true, "cleared": true, "authorized": true, "authorised": true,
	"finalized": true, "finalised": true, "completed": true, "announced": true,
}

// soldParticiples tell, in the passive, weapons sold or handed over to a
// buyer named after "to".
var soldParticiples = map[string]bool{"sold": true, "delivered": true, "transferred": true, "shipped": true}

// weaponBefore returns the index of a weapon noun heading the subject of
// a passive whose auxiliaries end at e ("missiles are to be", "jets
// were"), or -1.
func weaponBefore(toks []token, e int) int {
	k := e
	for k >= 0 && (beForms[toks[k].lower] || toks[k].lower == "to" || toks[k].lower == "will" || toks[k].lower == "have" || toks[k].lower == "has" || toks[k].lower == "had" || toks[k].lower == "are" || toks[k].lower == "already") {
		k--
	}
	if k >= 0 && armsNoun(toks[k].lower) {
		return k
	}
	if k >= 0 && toks[k].lower == "systems" || k >= 0 && toks[k].lower == "system" {
		if defenceSystem(toks, k) {
			return k
		}
	}
	return -1
}

// madeSuffixes mark a supplier named in a compound adjective: "US-made",
// "Chinese-built".
var madeSuffixes = []string{"-made", "-built", "-designed", "-manufactured", "-produced", "-supplied"}

// armsTrade emits the military cooperation of buyer and supplier of
// weapons in the shapes above.
func (x *Extractor) armsTrade(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	for i, tk := range toks {
		var buyer, seller *mention
		var rule string
		var k int // the weapon noun
		switch {
		case acquireVerbs[tk.lower] && !(i > 0 && determiners[toks[i-1].lower]) && !(i+1 < len(toks) && toks[i+1].lower == "of"):
			// (a purchase or order "of" weapons is the noun, read below)
			rule = "arms:" + tk.lower
			if k = x.weaponAfter(toks, i+1); k < 0 {
				if b, w := x.relativeBuyer(toks, i, ms); b != nil {
					emitArms(toks, emit, i, b, x.supplierBefore(toks, w, ms), "arms:ordered-relative")
				}
				continue
			}
			buyer = first(x.clauseSubject(toks, i, ms, trigs, &trigAt{s: i, e: i + 1, tr: &trigger{rel: "MILITARY_COOPERATION", phrase: tk.lower}}))
			seller = x.supplier(toks, i+1, k, ms)
		case tk.lower == "delivery" && i > 0 && takeForms[toks[i-1].lower] && i+1 < len(toks) && toks[i+1].lower == "of":
			rule = "arms:take-delivery"
			if k = x.weaponAfter(toks, i+2); k < 0 {
				continue
			}
			buyer = first(x.clauseSubject(toks, i-1, ms, trigs, &trigAt{s: i - 1, e: i + 1, tr: &trigger{rel: "MILITARY_COOPERATION", phrase: "take delivery"}}))
			seller = x.supplier(toks, i+2, k, ms)
		case saleNouns[tk.lower] && i+1 < len(toks) && toks[i+1].lower == "of":
			rule = "arms:sale-of"
			if k = x.weaponAfter(toks, i+2); k < 0 {
				continue
			}
			seller = x.nounOwner(toks, i, ms, trigs)
			buyer = recipientTo(toks, k+1, ms)
		case soldParticiples[tk.lower] && i > 0 && beForms[toks[i-1].lower]:
			rule = "arms:passive-" + tk.lower // "Russian S-400 missiles were delivered to Turkey"
			if k = weaponBefore(toks, i-1); k < 0 {
				continue
			}
			seller = x.supplierBefore(toks, k, ms)
			buyer = recipientTo(toks, i+1, ms)
		case purchaseNouns[tk.lower] && i+1 < len(toks) && toks[i+1].lower == "of":
			rule = "arms:purchase-of"
			if k = x.weaponAfter(toks, i+2); k < 0 {
				continue
			}
			buyer = x.nounOwner(toks, i, ms, trigs)
			seller = x.supplier(toks, i+2, k, ms)
		default:
			continue
		}
		emitArms(toks, emit, i, buyer, seller, rule)
	}
}

// emitArms emits one military cooperation of two named parties, the
// first in text order as subject.
func emitArms(toks []token, emit emitFunc, i int, a, b *mention, rule string) {
	if a == nil || b == nil || a.ent == nil || b.ent == nil || a.kind == mkPronoun || b.kind == mkPronoun {
		return
	}
	if b.s < a.s {
		a, b = b, a
	}
	t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "MILITARY_COOPERATION", phrase: toks[i].lower}}
	emit(t, "MILITARY_COOPERATION", a, b, rule, modalityOf(toks, t), 0.7)
}

func first(ms []*mention) *mention {
	if len(ms) == 0 {
		return nil
	}
	return ms[0]
}

// weaponAfter returns the index of the weapon noun heading the object
// that starts at from ("Russian S-400 air defence missiles", "96 Apache
// attack helicopters"), or -1. The noun must end its phrase: "missile
// strikes" and "arms control" name no weapons bought.
func (x *Extractor) weaponAfter(toks []token, from int) int {
	for k := from; k < len(toks) && k < from+8; k++ {
		w := toks[k]
		if (armsNoun(w.lower) || defenceSystem(toks, k)) && weaponHead(toks, k) {
			return k
		}
		if w.lower == "to" && toks[k-1].lower == "up" {
			continue // "up to 400 missiles"
		}
		if w.text == "." || w.text == ";" || w.text == "," || clauseBoundary[w.lower] || k > from && prepositions[w.lower] && w.lower != "of" {
			return -1
		}
	}
	return -1
}

// defenceSystem reports a "system" that a weapon or defence word
// modifies: "the Arrow 3 missile defence system", "air defense systems".
func defenceSystem(toks []token, k int) bool {
	if strings.TrimSuffix(toks[k].lower, "s") != "system" {
		return false
	}
	for b := k - 1; b >= 0 && b >= k-2; b-- {
		if w := toks[b].lower; armsNoun(w) || w == "defence" || w == "defense" {
			return true
		}
	}
	return false
}

// weaponHead reports a weapon noun not followed by another noun it
// modifies.
func weaponHead(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return true
	}
	n := toks[k+1]
	return !n.isWord() || n.isCap() || prepositions[n.lower] || clauseBoundary[n.lower] || n.lower == "and" || n.lower == "worth" ||
		timeWords[n.lower] || auxWords[n.lower] || pastVerb(n) // "the purchase of S-400 missiles angered Washington"
}

// timeWords may follow an object: "bought jets last year".
var timeWords = map[string]bool{"last": true, "this": true, "next": true, "earlier": true, "later": true, "yesterday": true}

// supplier finds who supplies the weapons between from and the weapon
// noun at k: a nationality or a state-made adjective there, a possessor,
// or "from X" after the noun.
func (x *Extractor) supplier(toks []token, from, k int, ms []*mention) *mention {
	if m := x.supplierBefore(toks, k, ms); m != nil && m.s >= from {
		return m
	}
	for q := k + 1; q+1 < len(toks) && q < k+8; q++ {
		if toks[q].lower == "from" {
			if q+2 < len(toks) && toks[q+1].lower == "the" {
				q++ // "from the United States"
			}
			if m := mentionStartingAt(ms, q+1); m != nil && m.ent != nil && !m.city {
				return m
			}
			return nil
		}
		if toks[q].text == "." || toks[q].text == ";" || clauseBoundary[toks[q].lower] {
			return nil
		}
	}
	return nil
}

// supplierBefore finds a supplier named within six words before the
// weapon noun at k: "Russian S-300 missiles", "Chinese-built frigates",
// "Israel's Arrow 3 missile defence system".
func (x *Extractor) supplierBefore(toks []token, k int, ms []*mention) *mention {
	for b := k - 1; b >= 0 && b >= k-6; b-- {
		w := toks[b]
		if m := x.madeBy(w); m != nil {
			m.s, m.e, m.head = b, b+1, b
			return m
		}
		if dm, n := x.dict.names.longest(toks, b, textKey); dm != nil && dm.kind == matchDemonym && b+n <= k {
			return &mention{s: b, e: b + n, kind: mkActor, ent: dm.entry, match: dm.kind, head: b, text: joinTokens(toks[b : b+n])}
		}
		if m := mentionStartingAt(ms, b); m != nil && m.poss && m.ent != nil && !m.city {
			return m
		}
		if !w.isWord() && w.text != "'s" && w.text != "-" || determiners[w.lower] || prepositions[w.lower] || clauseBoundary[w.lower] {
			return nil
		}
	}
	return nil
}

// madeBy reads a compound adjective "US-made", "Chinese-built" as its
// maker, or nil.
func (x *Extractor) madeBy(w token) *mention {
	return x.compoundActor(w, madeSuffixes)
}

// relativeBuyer reads "the Russian S-300 missiles that Cyprus had
// ordered": a weapon noun before "that" or "which", then the buyer and the
// verb at i. It returns the buyer and the weapon noun's index.
func (x *Extractor) relativeBuyer(toks []token, i int, ms []*mention) (*mention, int) {
	q := i - 1
	for q >= 0 && (toks[q].lower == "had" || toks[q].lower == "has" || toks[q].lower == "have" || toks[q].lower == "recently") {
		q--
	}
	m := mentionEndingAt(ms, q+1)
	if m == nil || m.ent == nil || m.kind == mkPronoun || m.s < 2 {
		return nil, -1
	}
	if w := toks[m.s-1].lower; w != "that" && w != "which" || !armsNoun(toks[m.s-2].lower) {
		return nil, -1
	}
	return m, m.s - 2
}

// recipientTo finds "to X" after a sold weapon: the buyer.
func recipientTo(toks []token, from int, ms []*mention) *mention {
	for q := from; q+1 < len(toks) && q < from+4; q++ {
		if toks[q].lower == "to" {
			if q+2 < len(toks) && toks[q+1].lower == "the" {
				q++ // "to the Philippines"
			}
			if m := mentionStartingAt(ms, q+1); m != nil && m.ent != nil && !m.city {
				return m
			}
			return nil
		}
		if !toks[q].isWord() || clauseBoundary[toks[q].lower] {
			return nil
		}
	}
	return nil
}

// nounOwner finds who sells in a sale noun at i, or buys in a purchase
// noun: its possessor ("Tehran's deliveries of"), a nationality before it
// ("Russian sales of"), or the subject of an approving verb right before
// it ("X approved the sale of"). A sale criticised or feared names none.
func (x *Extractor) nounOwner(toks []token, i int, ms []*mention, trigs []*trigAt) *mention {
	b := i - 1
	for b >= 0 && !determiners[toks[b].lower] && toks[b].isWord() && !toks[b].isCap() && b > i-3 {
		b-- // over modifiers: "the proposed sale"
	}
	if b >= 0 && toks[b].text == "'s" {
		if m := mentionEndingAt(ms, b); m != nil && m.ent != nil && !m.city {
			return m
		}
	}
	if m := x.supplierBefore(toks, i, ms); m != nil && m.s > b {
		return m
	}
	if b < 1 || !determiners[toks[b].lower] || !approveVerbs[toks[b-1].lower] {
		return nil
	}
	return first(x.clauseSubject(toks, b-1, ms, trigs, &trigAt{s: b - 1, e: b, tr: &trigger{rel: "MILITARY_COOPERATION", phrase: toks[b-1].lower}}))
}

// Deployments: a state that stations or sends its forces on another's soil
// cooperates with it militarily (CAMEO 062): "deployed two battalions to
// Lithuania", "stations 28,500 troops in South Korea", "US troops based in
// Japan". Forces sent "into" a state, to a region a possessor owns
// ("Ukraine's Donbas"), or in a sentence that also tells an attack or a
// threat are an incursion, not help, and yield nothing.

// deployVerbs put forces or weapon systems somewhere.
var deployVerbs = map[string]bool{
	"deploy": true, "deploys": true, "deployed": true, "deploying": true, "station": true, "stations": true,
	"stationed": true, "stationing": true, "redeploy": true, "redeploys": true, "redeployed": true,
}

// sendVerbs send what follows somewhere: of what they send only armed men
// and units are a deployment, since planes or missiles sent may be a gift
// (AID, read by the aid triggers).
var sendVerbs = map[string]bool{
	"send": true, "sends": true, "sent": true, "sending": true, "dispatch": true, "dispatches": true,
	"dispatched": true, "dispatching": true, "rush": true, "rushes": true, "rushed": true, "rushing": true,
}

// basedParticiples tell where forces are kept: "troops stationed in".
var basedParticiples = map[string]bool{"stationed": true, "deployed": true, "based": true, "garrisoned": true}

// unitNouns are the formations a state deploys beside stationedForces.
var unitNouns = map[string]bool{"battlegroup": true, "battlegroups": true, "brigade": true, "brigades": true,
	"battalion": true, "regiment": true, "regiments": true, "paratroopers": true, "commandos": true}

// systemNouns are deployed weapon systems: "the THAAD missile defence
// system", "Patriot batteries".
var systemNouns = map[string]bool{"system": true, "systems": true, "battery": true, "batteries": true,
	"shield": true}

// forceNoun reports a noun deployVerbs or sendVerbs may move: men and units
// for any of them, weapons and systems only after a deploying verb.
func forceNoun(w string, deploying bool) bool {
	if stationedForces[w] || unitNouns[w] {
		return true
	}
	return deploying && (armsNoun(w) || systemNouns[w])
}

// deployedForces emits the military cooperation of a state whose forces a
// deploying or sending verb moves to another state, or whose forces a
// participle places there.
func (x *Extractor) deployedForces(sc *scene) {
	toks, ms, emit, trigs := sc.toks, sc.ms, sc.emit, sc.trigs
	if hostileSentence(trigs) {
		return
	}
	for i, tk := range toks {
		deploying := deployVerbs[tk.lower]
		if !deploying && !sendVerbs[tk.lower] || i > 0 && determiners[toks[i-1].lower] {
			continue
		}
		k := forceObject(toks, i+1, deploying)
		if k < 0 {
			continue
		}
		hosts := deployedToAll(toks, k+1, ms)
		if hosts == nil {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "MILITARY_COOPERATION", phrase: tk.lower}}
		var sender *mention
		if basedParticiples[tk.lower] && i > 0 && forceNoun(toks[i-1].lower, true) {
			sender = x.forceOwner(toks, i-1, ms) // "US troops deployed in Japan"
		} else {
			sender = first(x.clauseSubject(toks, i, ms, trigs, t))
		}
		emitDeployment(toks, emit, t, x, sender, hosts)
	}
	x.deploymentNoun(toks, ms, emit)
	for i, tk := range toks {
		if !basedParticiples[tk.lower] || i == 0 {
			continue
		}
		j := i - 1
		if beForms[toks[j].lower] && j > 0 {
			j-- // "troops are stationed in"
		}
		if !forceNoun(toks[j].lower, true) || deployVerbs[tk.lower] && j == i-1 {
			continue // the first loop read "troops deployed in" as a participle already
		}
		hosts := deployedToAll(toks, i+1, ms)
		if hosts == nil {
			continue
		}
		t := &trigAt{s: i, e: i + 1, tr: &trigger{rel: "MILITARY_COOPERATION", phrase: tk.lower}}
		emitDeployment(toks, emit, t, x, x.forceOwner(toks, j, ms), hosts)
	}
}

// emitDeployment emits sender's military cooperation with each host
// that is not the sender's own state.
func emitDeployment(toks []token, emit emitFunc, t *trigAt, x *Extractor, sender *mention, hosts []*mention) {
	if sender == nil || sender.ent == nil {
		return
	}
	for _, host := range hosts {
		if sender.ent.ID != host.ent.ID && !x.isHome(sender, host.ent) {
			emit(t, "MILITARY_COOPERATION", sender, host, "milcoop:deployed", modalityOf(toks, t), 0.65)
		}
	}
}

// hostileSentence reports a sentence that also tells an attack or a
// threat: forces moved there are not a partner's.
func hostileSentence(trigs []*trigAt) bool {
	for _, t := range trigs {
		if t.tr.rel == "ATTACK" || t.tr.rel == "THREATEN" {
			return true
		}
	}
	return false
}

// forceObject returns the index of the force noun heading the object that
// starts at from ("two more battalions", "the THAAD missile defence
// system", "about 28,500 US troops"), or -1: a few modifiers, numbers and
// names, no clause break.
func forceObject(toks []token, from int, deploying bool) int {
	for k := from; k < len(toks) && k < from+7; k++ {
		w := toks[k]
		if forceNoun(w.lower, deploying) && (k+1 >= len(toks) || !forceNoun(toks[k+1].lower, deploying)) {
			return k
		}
		if !w.isWord() && w.text != "-" && w.text != "\"" || clauseBoundary[w.lower] || prepositions[w.lower] && !approximators[w.lower] {
			return -1
		}
	}
	return -1
}

// approximators may open a number of troops: "about 28,500 troops",
// "more than 1,000 soldiers", "some of its forces".
var approximators = map[string]bool{"about": true, "around": true, "some": true, "over": true, "of": true,
	"than": true, "up": true, "nearly": true, "roughly": true, "approximately": true}

// deployedTo returns the state named right after "to" or "in" at from
// ("to Lithuania", "in the Philippines", "to Doha"), or nil: not a city
// standing for nothing but a place, not a region a possessor owns.
func deployedTo(toks []token, from int, ms []*mention) *mention {
	if from >= len(toks) || toks[from].lower != "to" && toks[from].lower != "in" {
		return nil
	}
	k := from + 1
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	m := mentionStartingAt(ms, k)
	if m == nil || m.ent == nil || m.ent.Kind != KindCountry || m.city || m.poss || m.kind == mkDemonym || m.kind == mkPronoun {
		return nil
	}
	if m.e < len(toks) && (toks[m.e].lower == "'s" || toks[m.e].lower == "'") {
		return nil
	}
	return m
}

// deployedToAll returns the state deployedTo finds with the states
// coordinated after it: "to Romania and Bulgaria".
func deployedToAll(toks []token, from int, ms []*mention) []*mention {
	m := deployedTo(toks, from, ms)
	if m == nil {
		return nil
	}
	var hosts []*mention
	for _, c := range coordRight(toks, m, ms) {
		if c.ent != nil && c.ent.Kind == KindCountry && !c.city {
			hosts = append(hosts, c)
		}
	}
	return hosts
}

// forceOwner finds the state whose forces the noun at k names: a
// nationality or a state's name among the few words before it ("US
// troops", "American and British soldiers", "NATO battlegroups").
func (x *Extractor) forceOwner(toks []token, k int, ms []*mention) *mention {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if m := x.demonymHolder(toks, q, map[string]bool{toks[k].lower: true}); m != nil {
			return m
		}
		for _, m := range ms {
			if m.s <= q && m.e > q && m.ent != nil && !m.appos && m.kind != mkPronoun && (m.ent.Kind == KindCountry || m.ent.Kind == KindOrganization) {
				return m
			}
		}
		if !toks[q].isWord() {
			return nil
		}
	}
	return nil
}

// deploymentNoun emits the military cooperation a deployment noun names
// with its owner and its host: "the deployment of American troops in
// Poland", "Washington's deployment of two battalions to Lithuania". The
// owner is a possessor of the noun or a nationality of the force.
func (x *Extractor) deploymentNoun(toks []token, ms []*mention, emit emitFunc) {
	for i, tk := range toks {
		if tk.lower != "deployment" && tk.lower != "deployments" && tk.lower != "stationing" || i+2 >= len(toks) || toks[i+1].lower != "of" {
			continue
		}
		k := forceObject(toks, i+2, true)
		if k < 0 {
			continue
		}
		hosts := deployedToAll(toks, k+1, ms)
		if hosts == nil {
			continue
		}
		owner := x.forceOwner(toks, k, ms)
		if p := possessorOf(toks, i, ms); p != nil {
			owner = p
		}
		t := &trigAt{s: i, e: i + 1, noun: true, tr: &trigger{rel: "MILITARY_COOPERATION", phrase: tk.lower}}
		emitDeployment(toks, emit, t, x, owner, hosts)
	}
}

// possessorOf returns the actor whose "'s" ends right before the noun at
// i, over one modifier: "Washington's deployment", "NATO's planned
// deployment".
func possessorOf(toks []token, i int, ms []*mention) *mention {
	for q := i - 1; q >= 0 && q >= i-2; q-- {
		if toks[q].lower == "'s" || toks[q].lower == "'" {
			for _, m := range ms {
				if m.e == q && m.ent != nil && m.kind != mkPronoun {
					return m
				}
			}
			return nil
		}
	}
	return nil
}

// navalNouns name the warships or navy whose state a port call names.
var navalNouns = map[string]bool{"warship": true, "warships": true, "frigate": true, "frigates": true,
	"destroyer": true, "destroyers": true, "carrier": true, "carriers": true, "submarine": true, "submarines": true,
	"navy": true, "corvette": true, "corvettes": true, "cruiser": true, "flotilla": true, "warplanes": true,
	"fleet": true, "squadron": true}

// portCall emits the military cooperation of a state whose warships make
// a port call in another ("a French frigate made a port call in Da Nang",
// "the Indian navy's port visit to Manila"): a host's port opened to
// another's navy is military diplomacy (CAMEO 062). The owner is the
// nationality or the possessor of a naval noun before the call.
func (x *Extractor) portCall(sc *scene) {
	toks, ms, emit := sc.toks, sc.ms, sc.emit
	for i := 1; i+1 < len(toks); i++ {
		w := strings.TrimSuffix(toks[i].lower, "s")
		if toks[i-1].lower != "port" || w != "call" && w != "visit" {
			continue
		}
		host := portAfter(toks, i+1, ms)
		if host == nil {
			host = portBefore(toks, i-1, ms) // "arrived in Manila for a port call"
		}
		if host == nil {
			continue
		}
		owner := x.navalOwner(toks, i-1, ms)
		if owner == nil || owner.ent == nil || owner.ent.ID == host.ent.ID {
			continue
		}
		t := &trigAt{s: i - 1, e: i + 1, noun: true, tr: &trigger{rel: "MILITARY_COOPERATION", phrase: "port " + w}}
		emit(t, "MILITARY_COOPERATION", owner, host, "milcoop:port-call", modalityOf(toks, t), 0.65)
	}
}

// navalOwner finds the state of the nearest naval noun before toks[i] in
// the sentence: its nationality ("a French frigate", "Indian navy
// destroyers") or a state named right before it ("the Japanese Maritime
// Self-Defense Force", "China's navy").
func (x *Extractor) navalOwner(toks []token, i int, ms []*mention) *mention {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].text == "." || toks[k].text == ";" {
			return nil
		}
		if navalNouns[toks[k].lower] {
			return x.forceOwner(toks, k, ms)
		}
	}
	return nil
}

// portAfter returns the state named after "in", "at" or "to" at k.
func portAfter(toks []token, k int, ms []*mention) *mention {
	if k >= len(toks) || toks[k].lower != "in" && toks[k].lower != "at" && toks[k].lower != "to" {
		return nil
	}
	k++
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	m := mentionStartingAt(ms, k)
	if m == nil || m.ent == nil || m.ent.Kind != KindCountry || m.kind == mkDemonym || m.kind == mkPronoun {
		return nil
	}
	return m
}

// portBefore returns the place of arrival a port call after it serves:
// "docked in Manila on Monday for a port call".
func portBefore(toks []token, i int, ms []*mention) *mention {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if toks[k].text == "," || toks[k].text == "." || toks[k].text == ";" {
			return nil
		}
		if m := portAfter(toks, k, ms); m != nil {
			return m
		}
	}
	return nil
}

// criticOfMilitary reports a military cooperation noun whose subject is
// the subject of the conflict verb before it that governs it ("Beijing
// condemned the arms sale to Taiwan", "X condemned the joint drills of Y
// and Z", "China opposes US arms sales"): the critic is no party.
func criticOfMilitary(prev *trigAt, subj []*mention) bool {
	return len(subj) > 0 && len(prev.subj) > 0 && subj[0] == prev.subj[0] && conflictRel(prev.tr.rel)
}

// objectPair makes the first of two or more objects the subject of the
// rest ("the drills of X and Y": X with Y); a single object pairs with no
// one.
func objectPair(obj []*mention) ([]*mention, []*mention) {
	if len(obj) < 2 {
		return nil, nil
	}
	return obj[:1], obj[1:]
}
