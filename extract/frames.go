package extract

import (
	"slices"
	"strings"
	"time"
)

// trigAt is a trigger found in a sentence.
type trigAt struct {
	s, e    int
	tr      *trigger
	noun    bool
	passive bool
	// fromAgent: a passive-like verb whose agent follows "from" ("drew
	// criticism from X")
	fromAgent bool
	subj      []*mention
	obj       []*mention
	quoted    bool   // inside a quotation
	forIng    bool   // "denounced X for providing ...": its subject is X, and verbs after it do not chain to it
	needEnd   int    // end of the needed word found after the verb ("shipped artillery shells"), or 0
	asRel     string // the relation its complement makes it, when not its own ("agreed to deepen defence cooperation")
}

var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "of": true, "with": true, "to": true, "for": true, "from": true, "by": true,
	"into": true, "between": true, "among": true, "including": true, "against": true, "about": true, "over": true,
	"under": true, "than": true, "like": true, "toward": true, "towards": true, "amid": true, "during": true,
	"after": true, "before": true, "within": true, "across": true, "through": true, "via": true, "despite": true,
	"upon": true, "behind": true, "beside": true, "onto": true, "unlike": true, "as": true,
}

// objBlocked are prepositions whose complement is a place or a time, not
// an event's object.
var objBlocked = map[string]bool{
	"in": true, "at": true, "from": true, "during": true, "since": true, "amid": true, "after": true, "before": true,
	"under": true, "through": true, "via": true, "within": true, "across": true, "despite": true, "as": true,
	"than": true, "like": true, "unlike": true, "about": true, "over": true, "among": true,
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true, "this": true, "that": true, "these": true, "those": true}

var nounCue = map[string]bool{
	"a": true, "an": true, "the": true, "his": true, "her": true, "its": true, "their": true, "'s": true, "'": true,
	"first": true, "second": true, "official": true, "state": true, "recent": true, "historic": true, "landmark": true,
	"mutual": true, "full": true, "strong": true, "this": true, "that": true, "whose": true, "any": true, "no": true,
	"military": true, "economic": true, "political": true, "rare": true, "planned": true, "upcoming": true,
	"last": true, "previous": true, "latest": true, "armed": true, "our": true, "my": true, "further": true,
	"explicit": true, "unwavering": true, "active": true, "continued": true, "humanitarian": true, "financial": true,
	"return": true, "surprise": true, "secret": true, "brief": true, "successful": true, "fruitful": true,
}

var beForms = map[string]bool{"was": true, "were": true, "been": true, "is": true, "are": true, "be": true, "being": true}

var adverbs = map[string]bool{
	"also": true, "then": true, "later": true, "reportedly": true, "already": true, "strongly": true, "further": true,
	"explicitly": true, "openly": true, "publicly": true, "jointly": true, "previously": true, "recently": true,
	"conspicuously": true, "notably": true, "officially": true, "formally": true, "again": true, "once": true,
	"first": true, "repeatedly": true, "still": true, "not": true, "never": true, "n't": true, "just": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "may": true, "might": true,
	"did": true, "does": true, "do": true, "to": true, "also,": true, "actively": true, "fully": true, "firmly": true,
	"sharply": true, "harshly": true, "swiftly": true, "quickly": true, "immediately": true, "unanimously": true,
	"reportedly,": true, "is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
}

var sayVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "reported": true, "reports": true, "according": true, "told": true,
	"stated": true, "added": true, "noted": true, "claimed": true, "quoted": true, "wrote": true,
}

var clauseBoundary = map[string]bool{"-": true, ";": true, ":": true, "\"": true, "that": true, "which": true, "who": true,
	"where": true, "while": true, "but": true, "because": true, "although": true, "though": true, "whereas": true,
	"if": true, "unless": true, "whether": true}

// sentenceEvents applies the relation frames to one sentence.
func (x *Extractor) sentenceEvents(doc Document, s *sentence, ms []*mention, st *docState) ([]Event, []Explanation) {
	toks := s.toks
	// Cheap prefilter: triggers first; no trigger, no work.
	var trigs []*trigAt
	inMention := make([]bool, len(toks))
	for _, m := range ms {
		for k := m.s; k < m.e && k < len(toks); k++ {
			inMention[k] = true
		}
	}
	skipTo := 0 // tokens before it are a cooperative verb's own complement
	var owner *trigAt
	for i := 0; i < len(toks); i++ {
		if inMention[i] {
			continue
		}
		m, n := x.triggers.longest(toks, i, lowerKey)
		if m == nil {
			continue
		}
		tr := x.trigInfo[m]
		if i < skipTo && !plannedEncounter[tr.rel] {
			if owner.tr.rel == "COOPERATE" && tr.rel == "MILITARY_COOPERATION" && x.triggerOK(toks, &trigAt{s: i, e: i + n, tr: tr, noun: tr.noun}) {
				owner.asRel = tr.rel // "agreed to expand joint naval exercises": military cooperation
			}
			continue
		}
		t := &trigAt{s: i, e: i + n, tr: tr, noun: tr.noun}
		if tr.form == "ambiguous" {
			t.noun = i > 0 && nounCue[toks[i-1].lower] || i+1 < len(toks) && (toks[i+1].lower == "to" || toks[i+1].lower == "of" || toks[i+1].lower == "for" || toks[i+1].lower == "between" || toks[i+1].lower == "by")
			if i > 0 && (toks[i-1].lower == "to" || toks[i-1].lower == "will" || toks[i-1].lower == "not") {
				t.noun = false
			}
		}
		if tr.form == "ing" && i > 0 && (determiners[toks[i-1].lower] || nounCue[toks[i-1].lower]) {
			t.noun = true
		}
		if !t.noun && tr.rel == "ATTACK" && tr.form == "base" && nounPhraseHead(toks, i) {
			t.noun = true // "a pre-emptive nuclear strike": the act named, not done
		}
		if conflictRel(tr.rel) && !t.noun && reducedRelative(toks, i, n, inMention) {
			continue // "a Macau bank accused of laundering": a description, not a statement
		}
		if tr.rel == "ATTACK" && (t.noun && i > 0 && toks[i-1].lower == "joint" || i+n < len(toks) && weaponNouns[toks[i+n].lower]) {
			continue // "a joint military operation": allies together; "attack helicopters": a kind of weapon
		}
		if conflictRel(tr.rel) && ratherThan(toks, i) || !t.noun && conflictRel(tr.rel) && tr.form == "base" && i > 0 && (prepositions[toks[i-1].lower] && toks[i-1].lower != "to" || nounPhraseHead(toks, i)) {
			continue // "summoned the envoy in protest", "abstained rather than veto": no act
		}
		if !t.noun && tr.rel == "SANCTION" && tr.form == "s" && n == 1 && measureNoun(toks, i, inMention) {
			continue // "new US sanctions", "a package of sanctions": the measure, not the verb
		}
		if !t.noun && tr.form == "s" && i > 0 && (determiners[toks[i-1].lower] || toks[i-1].text == "'s") {
			continue // "the sanctions imposed by X": a noun, not the verb "sanctions"
		}
		if !x.triggerOK(toks, t) {
			// "agreed on Monday to restore ties": when the phrase fails,
			// its one-word verb may still be a trigger
			n1 := x.triggers.next[toks[i].lower]
			if n == 1 || tr.noun || n1 == nil || n1.val == nil || x.trigInfo[n1.val].noun {
				continue
			}
			tr = x.trigInfo[n1.val]
			n = 1
			t = &trigAt{s: i, e: i + 1, tr: tr}
			if tr.form == "ambiguous" || !x.triggerOK(toks, t) {
				continue
			}
		}
		if !t.noun && (tr.form == "ed" || tr.form == "part") {
			for k := i - 1; k >= 0 && k >= i-4; k-- {
				if beForms[toks[k].lower] {
					t.passive = true
					break
				}
				if !adverbs[toks[k].lower] && toks[k].text != "'" && toks[k].text != "\"" && !(conflictRel(tr.rel) && strings.HasSuffix(toks[k].lower, "ly")) {
					break // "was 'officially put on notice'": over quotation marks and adverbs
				}
			}
		}
		if t.passive && tr.rel == "VISIT" {
			// "tents were flown to Turkey": carried there, nobody visits;
			// the verb alone may still give aid
			alt := x.wordTrigger(toks, i)
			if alt == nil || alt.tr.rel == "VISIT" {
				continue
			}
			t, tr, n = alt, alt.tr, 1
		}
		if !t.noun && fromAgentVerb(tr) {
			// "X drew condemnation from Y": the critic is the from-agent
			t.passive, t.fromAgent = true, true
		}
		t.quoted = quoteDepth(toks, i) && !quotedVerb(toks, t)
		trigs = append(trigs, t)
		if tr.rel == "SUPPORT" && t.noun && materialSupport(toks, i) {
			t.asRel = "AID" // "$5 million in humanitarian support for X": aid
		}
		if tr.rel == "SIGN_AGREEMENT" && !t.noun && militaryPact(toks, t) {
			c := *t // "signed a defence pact": an agreement, and military cooperation
			c.asRel = "MILITARY_COOPERATION"
			trigs = append(trigs, &c)
		}
		skipTo, owner = complementEnd(toks, t), t
		i += n - 1
	}
	var evs []Event
	var exps []Explanation
	var pub time.Time
	if !st.pub.IsZero() {
		pub = st.pub
	}
	timexes := anchorOffsets(findTimexes(toks, pub), st.offsetAnchor())
	var meetings []meetingAt
	emit := func(t *trigAt, rel string, subj, obj *mention, rule string, modality string, conf float64) {
		se, oe := x.resolveAt(subj, t, timexes, toks, st), x.resolveAt(obj, t, timexes, toks, st)
		if rel == "ATTACK" {
			oe = x.attackedState(oe)
		}
		if se == nil || oe == nil || se.ID == oe.ID {
			return
		}
		if subj.city || obj.city && rel != "VISIT" && (rel != "ATTACK" || x.isHome(subj, oe)) {
			return // a city is its state only as the place visited or attacked
		}
		if waterBody(se) || waterBody(oe) {
			return // "a patrol over the East China Sea": a place, not a party
		}
		if rel == "VISIT" && oe.Kind == KindPerson {
			return // one visits a place, not a person
		}
		if rel == "VISIT" && x.isHome(subj, oe) {
			return // "returned to Seoul": going home is not a visit
		}
		if thingPronoun(toks, ms, subj) || thingPronoun(toks, ms, obj) {
			return // "A Chinese balloon flew over X before it was shot down": "it" is the balloon
		}
		if x.ownState(se, oe) {
			return // "Biden at the summit of the three countries": no one meets, backs or fights his own state
		}
		if t.quoted {
			return // rhetoric inside a quotation
		}
		date, src, dtext, modality := x.eventDate(t, toks, timexes, modality, st)
		if src != SourceText && modality == Asserted && !repeated(toks, t) {
			// a sentence set inside a reported meeting ("During the talks,")
			// takes its date; "the same day" the previous sentence's; a
			// sentence that goes on with the same actors goes on with the
			// event date of the sentence before it
			if d := st.meetingDate(toks); d != "" {
				date, src, dtext = d, SourceText, "(context: "+d+")"
			} else if d := st.pairDates[pairKey(se.ID, oe.ID)]; d != "" && (rel == "MEET" || rel == "HOST") {
				// "X received Y on Monday ... X told Y during their meeting"
				date, src, dtext = d, SourceText, "(context: "+d+")"
			} else if d := st.thatDay(); d != "" && sameDayRef(toks) {
				date, src, dtext = d, SourceText, "(context: "+d+")"
			} else if d := st.prevDay(); d != "" && narrativeLater(toks) {
				date, src, dtext = d, SourceText, "(context: "+d+")"
			} else if d := st.recentDate(); d != "" && comesAs(toks) {
				date, src, dtext = d, SourceText, "(context: "+d+")"
			} else if d := st.namedMeetingDate(toks); d != "" {
				// "met X on the sidelines of the G20 summit": the summit's date, given before
				date, src, dtext = d, SourceText, "(context: "+d+")"
			} else if d := st.contextDate(se, oe); d != "" {
				date, src, dtext = d, SourceText, "(context: "+d+")"
			}
		}
		// re-resolve roles at the event date
		if subj.kind == mkRole && date != "" {
			if e := x.dict.holder(subj.state.ID, subj.roles, date); e != nil {
				se = e
			}
		}
		if obj.kind == mkRole && date != "" {
			if e := x.dict.holder(obj.state.ID, obj.roles, date); e != nil {
				oe = e
			}
		}
		if se.ID == oe.ID {
			return
		}
		r, _ := LookupRelation(rel)
		if subj.weak || obj.weak {
			conf -= 0.1
		}
		place := obj.place
		if place == "" {
			place = x.placeAfter(toks, t.e, ms)
		}
		ev := Event{
			Doc: doc.ID, Sentence: s.index, Span: [2]int{s.start, s.end}, Text: docText(doc.Body, s.start, s.end),
			Subject: se.Ref(subj.text), Relation: rel, Object: oe.Ref(obj.text),
			Date: date, Precision: precisionOf(date), DateSource: src, Modality: modality, Place: place,
			Confidence: conf, Rule: rule, CAMEO: r.CAMEO, Goldstein: r.Goldstein,
		}
		if date == "" {
			ev.DateSource = SourceNone
		}
		ev.ID = eventID(ev.Doc, ev.Sentence, rel, se.ID, oe.ID, date, rule)
		exp := Explanation{Rule: rule, Trigger: joinTokens(toks[t.s:t.e]), Mentions: []string{subj.text, obj.text}, contextDate: strings.HasPrefix(dtext, "(context")}
		if dtext != "" {
			exp.Mentions = append(exp.Mentions, dtext)
		}
		evs = append(evs, ev)
		if !downing(t) {
			st.noteActDoer(rel, se, modality)
		}
		exps = append(exps, exp)
		st.lastPair = [2]*Entry{se, oe}
	}
	var prev *trigAt
	pairBefore := st.lastPair
	x.noteAgents(toks, ms, inMention, st)
	noteClaims(toks, ms, st)
	for _, t := range trigs {
		// "they" before the trigger: the pair of an event earlier in the sentence
		for _, m := range ms {
			if m.kind == mkPronoun && m.pronoun == "they" && m.s < t.s && st.lastPair != pairBefore && st.lastPair[0] != nil && st.lastPair[1] != nil {
				m.pair = st.lastPair
				if p := coordSubjectPair(toks, ms, trigs[0].s); p[0] != nil {
					m.pair = p // "A and B were hosted by C, where they signed": A and B
				}
			}
			if m.kind == mkPair && len(m.roles) == 0 && st.lastPair != pairBefore && len(evs) > 0 && mutualRel(evs[len(evs)-1].Relation) && pairOfSentence(m, st.lastPair) {
				m.pair = st.lastPair // "X sat down with Y ..., and the two sides agreed": the pair just met
			}
		}
		rel := t.tr.rel
		if t.asRel != "" {
			rel = t.asRel
		}
		r, _ := LookupRelation(rel)
		modality := modalityOf(toks, t)
		if modality == Negated && duringEncounter(toks, t) {
			modality = Asserted // "declined to criticise X during his visit": the visit took place
		}
		if (rel == "MEET" || rel == "VISIT") && requested(toks, t) {
			modality = Hypothetical // "requested urgent consultations": asked for, not held
		}
		announced := announcedTies(toks, t)
		if announced >= 0 && modality != Negated {
			modality = Asserted // "announced that they would restore ties": decided now
		}
		if rel == "INVITE" && t.noun && atInvitation(toks, t) {
			modality = Asserted // "will visit X at Y's invitation": the visit is planned, the invitation made
		}
		var subj, obj []*mention
		rule := "verb:" + t.tr.phrase
		conf := 0.8
		if t.noun {
			rule = "noun:" + t.tr.phrase
			conf = 0.7
			subj, obj = x.nounFrame(toks, t, ms, prev)
			if rel == "AID" && (len(obj) == 0 || len(subj) == 0) {
				// "the aid package X announced for Y", "a package of $5 billion for Y"
				if d, r := x.aidNounParties(toks, t, ms); r != nil {
					obj = []*mention{r}
					if d != nil {
						subj = []*mention{d}
					}
				}
			}
			if rel == "CRITICIZE" && prev != nil && prev.tr.rel == "REJECT" && len(subj) > 0 && len(prev.subj) > 0 && subj[0] == prev.subj[0] {
				subj = nil // "dismissing criticism of X": the critics are others
			}
			if rel == "VISIT" && len(obj) == 0 {
				obj = visitByPlace(toks, t, ms) // "signed in Hanoi during a visit by X"
			}
			if rel == "VISIT" && len(subj) == 0 {
				subj = x.visitMadeBy(toks, t, ms) // "a visit to X was made on Monday by Y"
			}
		} else if t.passive {
			rule = "passive:" + t.tr.phrase
			obj = x.clauseSubject(toks, t.s, ms, trigs, t)
			if len(obj) == 0 {
				if o := st.passiveEventObject(toks, t); o != nil {
					obj = []*mention{o} // "the sinking was condemned by X": whoever sank
				} else if o := x.subjectOwner(toks, t, ms); o != nil {
					obj = []*mention{o} // "X's crackdown was denounced by Y": X
				}
			}
			if rel == "SUPPORT" {
				if o := possessedAct(toks, ms, t.s); o != nil {
					obj = []*mention{o} // "Ukraine's bid ... was endorsed by X": Ukraine is backed
				}
			}
			if t.fromAgent {
				subj = x.agentAfter(toks, t.e, ms, "from")
			} else {
				subj = x.byAgent(toks, t.e, ms)
			}
			if len(subj) == 0 && rel == "SANCTION" {
				subj = x.measureNationality(toks, t.e, ms) // "were hit with British asset freezes": Britain's
			}
			if len(subj) == 0 && rel == "INVITE" {
				subj = invitedToOwn(toks, t, ms) // "were invited to X's inauguration": X invited
			}
			if r.Symmetric && len(subj) >= 2 && subj[0].kind != mkPair {
				obj = nil // "the deal with X, signed by A and B", "a text negotiated by A and B": A and B
			}
			if rel == "AID" && len(obj) == 0 {
				if o := recipientTo(toks, t.e, ms); o != nil {
					obj = []*mention{o} // "tents were flown to Turkey by India"
				}
			}
			if subj == nil {
				// "a declaration signed between X and Y"
				if g := x.betweenGroup(toks, t.e, ms); len(g) >= 2 && r.Symmetric {
					subj, obj = g[:1], g[1:2]
				}
			}
		} else if t.tr.form == "ing" && t.s > 0 && prev != nil && len(prev.obj) > 0 && objectsAct(toks, prev, t) {
			// "denounced X for providing aid to Y": X provides
			t.forIng = true
			subj = prev.obj
			obj = x.objectsRight(toks, t.e, ms, rel)
		} else {
			subj = x.clauseSubject(toks, t.s, ms, trigs, t)
			if tgt := reactionTarget(toks, subj, trigs, t); tgt != nil {
				subj = tgt // "warned X of consequences after it hosted Y": X hosted
			}
			if len(subj) == 0 && t.s == 0 && strings.HasSuffix(toks[0].lower, "ing") {
				subj = frontedSubject(toks, t.e, ms)
			}
			if sp := x.speakerFor(toks, subj, ms, quoteOpening(toks, t.s) >= 0); sp != nil {
				subj = sp
			}
			if rel == "VISIT" && len(subj) == 0 && t.e < len(toks) && toks[t.e].isWord() {
				subj = vehicleOwner(toks, t.s, ms) // "X's plane landed in Y" (not "landed, Z fired")
			}
			if rel == "VISIT" && incursion(toks, t, subj) {
				rel, r, rule = "ATTACK", mustRelation("ATTACK"), rule+"-armed" // "Russian tanks rolled into X"
			}
			if complementRels[rel] && thingRelative(toks, t.s, ms) {
				subj = nil // "a statement that established ties": the statement did
			}
			if len(subj) == 0 && rel == "SANCTION" {
				subj = x.measureAuthor(toks, t.s, ms) // "adopted Resolution 2270, which tightened sanctions": its adopter
			}
			if len(subj) == 0 && rel == "ATTACK" {
				subj = x.ledForces(toks, t.s) // "US-led forces invaded Iraq": the leader's
			}
			if announced >= 0 && len(subj) == 1 && subj[0].pronoun == "they" && subj[0].pair[0] == nil {
				subj = x.clauseSubject(toks, announced, ms, trigs, nil) // "X and Y announced that they would"
			}
			if o := x.ledBy(toks, t.e, ms); o != nil && rel == "SUPPORT" {
				obj = []*mention{o} // "endorsed the Saudi-led intervention": backs its leader
			} else if o := st.eventObject(toks, t); o != nil {
				obj = []*mention{o} // "condemned the launch": whoever launched
			} else if a := x.eventNounAgent(toks, t.e, ms, rel); a != nil {
				obj = a // "condemned the Soviet invasion of X": the invader
			} else if rel == "THREATEN" && t.e < len(toks) && toks[t.e].lower == "that" || rel == "THREATEN" && t.e+3 < len(toks) && between(toks, t.e, t.e+4, "that") {
				obj = x.warnedThat(toks, t.e, ms, subj) // a that-clause: its target or nothing
			} else {
				obj = x.objectsRight(toks, ownerStart(toks, t), ms, rel)
				if rel == "REJECT" && rejectsCharge(toks, t.e) {
					obj = nil // "dismissed criticism of X": X is the one criticised, not rejected
				}
				if rel == "REJECT" && len(obj) == 0 {
					obj = x.claimOwner(toks, t.e, ms, subj) // "refused to take in refugees under an EU scheme": the EU's
				}
				if len(obj) == 0 && conflictRel(rel) {
					if o := whomAntecedent(toks, t.s, ms); o != nil {
						obj = []*mention{o} // "Gulen, whom it blames for the coup": Gulen
					}
				}
				if rel == "REJECT" && leaveVerb(t.tr.phrase) {
					obj = organisations(obj) // "quit the African Union": a body one belongs to, not a place left
				}
				if o := st.actPronoun(toks, t, obj); o != nil {
					obj = []*mention{o} // "conducted the test ... opposes it": whoever tested
				}
				if rel == "THREATEN" && strings.HasPrefix(t.tr.phrase, "warn") && len(obj) > 0 && !directObject(toks, t.e, obj[0].s, timexes) {
					obj = nil // "warned its citizens against travel to X": X is not warned
				}
				if rel == "THREATEN" && (len(obj) == 0 || obj[0].ent != nil && len(subj) > 0 && x.isHome(subj[0], obj[0].ent)) && strings.HasPrefix(t.tr.phrase, "threat") {
					obj = x.threatenedTo(toks, t.e, ms, subj) // "threatened to unleash \"fury\" on X"
				}
				if rel == "HOST" && strings.HasPrefix(t.tr.phrase, "receiv") {
					if donors, grel := x.receivedGift(toks, t, ms); len(donors) > 0 {
						rel, r, rule = grel, mustRelation(grel), rule+"-gift"
						subj, obj = donors, subj
					}
				}
				if rel == "HOST" || rel == "MEET" {
					if rel, obj = x.receivedAct(toks, t, obj, ms); rel != t.tr.rel {
						r, _ = LookupRelation(rel)
						rule += "-act"
					}
				}
				if rel == "HOST" && len(obj) > 0 && hostedForces(toks, obj[0]) {
					rel, r, rule = "MILITARY_COOPERATION", mustRelation("MILITARY_COOPERATION"), rule+"-forces"
				}
				if rel == "MEET" && t.needEnd > t.e && toks[t.needEnd-1].lower == "with" {
					obj = x.objectsRight(toks, t.needEnd, ms, rel) // "discussed Ukraine with X": X, not the topic
				}
				if rel == "AID" && len(obj) > 0 {
					obj = append(obj, gappedRecipients(toks, obj[len(obj)-1], ms)...) // "... to A and $2 million to B"
				}
				if rel == "AID" && len(obj) == 0 && financeVerb(t.tr.phrase) {
					if o := builtIn(toks, t.e, ms); o != nil {
						obj = []*mention{o} // "financed a port in Sri Lanka": the place's state is helped
					}
				}
				if callOn(t.tr.phrase) && (len(obj) == 0 || obj[0].ent == nil || obj[0].ent.Kind != KindPerson) {
					obj = nil // one calls on a person; "called on Tokyo" appeals to a state
				}
				if rel == "MILITARY_COOPERATION" && t.needEnd > 0 && t.tr.phrase != "sell" {
					obj = afterNeeded(obj, t) // "held the Freedom Guardian exercise": the name is no partner
				}
				if rel == "MILITARY_COOPERATION" && drillNeeded(toks, t) && len(obj) > 0 && !drillPartner(toks, obj[0], t.e) {
					obj = nil // "started drills around Taiwan": a drill's partner comes with "with", not its area or target
				}
				if rel == "VISIT" {
					subj = travellers(toks, subj)
					obj = onwardStops(toks, obj, ms)
				}
				if strings.HasPrefix(t.tr.phrase, "negotiat") && len(obj) > 0 && !withBefore(toks, obj[0].s, t.e) {
					obj = nil // "negotiated a truce between X and Y": a mediator, not their partner
				}
				if rel == "SIGN_AGREEMENT" && len(obj) > 0 && !withBefore(toks, obj[0].s, t.e) {
					obj = nil // "signed the pact, the same one Y rejected": a party signs with
				}
				if rel == "SUPPORT" && len(obj) > 0 && !backedDirectly(toks, t.e, obj[0].s, timexes) {
					obj = nil // "backed sanctions against X": X is the target, not the one backed
				}
			}
			if rel == "VISIT" && len(obj) == 0 && len(toks) > 3 && toks[0].lower == "in" {
				// "In Warsaw, X, who arrived on Monday": the fronted place
				if m := mentionStartingAt(ms, 1); m != nil && m.place != "" && m.e < len(toks) && toks[m.e].text == "," {
					obj = []*mention{m}
				}
			}
		}
		if g := hostedTalks(toks, t, prev, obj, rel); g != nil {
			subj, obj = g, nil // "Qatar hosted talks with X and Y": X and Y meet
		}
		if r.Symmetric && !t.noun && len(obj) == 0 && st.lastPair != pairBefore {
			if p := theTwo(toks, t, st.lastPair); p != nil {
				subj = []*mention{p} // "X met Y ..., and the two signed": the pair just met
			}
		}
		if rel == "MEET" || rel == "HOST" || rel == "SUPPORT" || conflictRel(rel) {
			obj = x.foreignObjects(subj, obj)
		}
		t.subj, t.obj = subj, obj
		if !t.noun && !t.forIng {
			prev = t
		}
		// "the two leaders agreed ... between the two countries": a pair
		// subject with a pair object is one reciprocal event
		if len(subj) == 1 && subj[0].kind == mkPair && subj[0].pair[0] != nil && len(obj) == 1 && obj[0].kind == mkPair {
			subj = pairMembers(subj[0])
		}
		// "each other" and "the two countries" as object: reciprocal
		if len(obj) == 1 && obj[0].kind == mkPair && len(subj) >= 2 {
			emit(t, rel, subj[0], subj[1], rule, modality, conf)
			if !r.Symmetric {
				emit(t, rel, subj[1], subj[0], rule, modality, conf)
			}
			continue
		}
		if len(subj) == 1 && subj[0].kind == mkPair {
			if subj[0].pair[0] == nil {
				continue
			}
			subj = pairMembers(subj[0])
		}
		if len(obj) == 1 && obj[0].kind == mkPair {
			p := obj[0].pair
			if p[0] == nil {
				continue
			}
			if len(obj) == 1 && len(subj) == 0 && r.Symmetric {
				subj = []*mention{pairMention(obj[0], p[0])}
				obj = []*mention{pairMention(obj[0], p[1])}
			} else {
				obj = pairMembers(obj[0])
			}
		}
		if t.tr.rel == "COOPERATE" && len(subj) >= 2 && subj[0].kind != mkPair && !t.noun && len(obj) > 0 && !partnerWith(toks, obj[0], t.e) {
			// "X and Y agreed to increase pressure on Z": the agreement is
			// theirs; Z is what it is about
			obj = nil
		}
		if len(obj) == 0 && len(subj) >= 2 && r.Symmetric && t.noun && objectOfEarlier(subj, trigs, t) {
			continue // "invited X, Y and Z to attend the summit": guests of one gathering, not a meeting of theirs
		}
		if len(obj) == 0 && len(subj) >= 2 && r.Symmetric {
			// "Russia, Belarus and Kazakhstan signed a treaty": each pair
			// (a noun's clause subject may be a mere list: the first two)
			n := len(subj)
			if t.noun && !multilateral(toks, t.s) {
				n = 2
			}
			for a := 0; a < n; a++ {
				for b := a + 1; b < n; b++ {
					if !x.compatriots(subj[a], subj[b]) {
						emit(t, rel, subj[a], subj[b], rule+"+coord", modality, conf)
					}
				}
			}
			continue
		}
		if len(obj) == 0 && len(subj) == 1 && t.tr.rel == "COOPERATE" && !strings.HasPrefix(t.tr.phrase, "negotiat") {
			if o := x.partnerState(subj[0], ms, t, toks, st); o != nil {
				obj = []*mention{o}
				conf -= 0.1
			}
		}
		if pairs := counterpartPairs(toks, subj, obj, st.pubStr); pairs != nil {
			for _, p := range pairs {
				emit(t, rel, p[0], p[1], rule+"+counterpart", modality, conf)
			}
			continue
		}
		if len(obj) > 0 && len(subj) == 2 && r.Symmetric && subj[0].kind != mkPair && !callOn(t.tr.phrase) {
			// "X and Y held talks with the participation of Z": X and Y too
			// (not two colleagues of one state: "A and adviser B will meet Z")
			if !x.compatriots(subj[0], subj[1]) {
				emit(t, rel, subj[0], subj[1], rule+"+coord", modality, conf)
			}
		}
		for _, sm := range subj {
			for _, om := range obj {
				emit(t, rel, sm, om, rule, modality, conf)
			}
		}
		if rel == "HOST" && len(obj) >= 2 && multilateralAfter(toks, obj[len(obj)-1].e) {
			// "X hosted A and B for a trilateral summit": the guests meet too
			for a := 0; a < len(obj); a++ {
				for b := a + 1; b < len(obj); b++ {
					emit(t, "MEET", obj[a], obj[b], rule+"+guests", modality, conf-0.1)
				}
			}
		}
		if rel == "MEET" || rel == "HOST" {
			meetings = append(meetings, meetingAt{t, subj, obj, modality, conf})
		}
		// "invited X to visit/come to Y": X's visit is planned
		if rel == "INVITE" && len(obj) > 0 {
			x.invitedVisit(toks, t, obj, ms, emit)
		}
		// "stands ready to impose sanctions if X moves": a threat to X
		if (rel == "SANCTION" || rel == "ATTACK") && !t.noun && !t.passive && t.tr.form != "ed" && modality != Negated && modality != Hypothetical {
			if c := x.conditionActor(toks, t.e, ms, subj); c != nil {
				who := subj
				if sp := x.reportingSpeaker(toks, subj, ms); sp != nil {
					who = sp // "Merkel told reporters the bloc stood ready to ...": her threat
				}
				for _, sm := range who {
					emit(t, "THREATEN", sm, c, "verb:"+t.tr.phrase+"-if", Asserted, conf-0.1)
				}
			}
		}
	}
	for _, m := range meetings {
		x.meetingVisitors(toks, m, trigs, ms, emit) // after the loop: "the two sides" still names the pair met
	}
	x.sendTo(toks, ms, emit, trigs)
	x.signedBetween(toks, ms, emit)
	x.carriedAid(toks, ms, emit)
	x.toldDuring(toks, ms, emit, trigs)
	x.summonedEnvoy(toks, ms, emit, trigs)
	x.calledOutrage(toks, ms, emit, trigs, st)
	x.paysThreat(toks, ms, emit, trigs)
	x.echoedBy(toks, ms, emit, trigs)
	x.calledInsult(toks, ms, emit, trigs)
	x.armsTrade(toks, ms, emit, trigs)
	x.baseAccess(toks, ms, emit, trigs)
	x.spokeAbroad(toks, ms, emit, trigs)
	x.inPlaceFor(toks, ms, emit, trigs)
	x.frontedInvitation(toks, ms, emit)
	x.leftFor(toks, ms, emit, trigs)
	x.fromTo(toks, ms, emit, trigs)
	x.expectedIn(toks, ms, emit, trigs)
	st.noteSentence(s.index, toks, ms, evs, timexes)
	return evs, exps
}

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

// nounPhraseHead reports a word that ends a noun phrase opened by a
// determiner at most three lower-case modifiers before it ("a
// pre-emptive nuclear strike"), so that a base-form verb there is a noun.
func nounPhraseHead(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k]
		if determiners[w.lower] || w.text == "'s" {
			return true
		}
		if !w.isWord() && w.text != "-" || w.isCap() || auxWords[w.lower] || prepositions[w.lower] || w.lower == "to" || adverbs[w.lower] {
			return false
		}
	}
	return false
}

// agentAt is who did an event the text may later refer to by a noun.
type agentAt struct {
	ent  *Entry
	sent int
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

// relActNouns are the nouns a later sentence may use for an act reported
// by its relation: "Japan tightened export curbs ... Moon slammed the
// measures".
var relActNouns = map[string][]string{
	"SANCTION": {"sanction", "measure", "curb", "restriction", "embargo", "penalty", "penaltie"},
	"ATTACK":   {"attack", "strike", "shelling", "invasion", "bombing", "offensive", "raid", "assault", "incursion"},
}

// downing reports a trigger that shoots down a craft: an act of air
// defence as often as of attack, so a later "the attack" does not name it.
func downing(t *trigAt) bool {
	p := t.tr.phrase
	return strings.HasPrefix(p, "shoot") || strings.HasPrefix(p, "shot")
}

// noteActDoer records the doer of an asserted sanction or attack as the
// one its nouns later refer to.
func (st *docState) noteActDoer(rel string, doer *Entry, modality string) {
	nouns, ok := relActNouns[rel]
	if !ok || modality != Asserted {
		return
	}
	if st.agents == nil {
		st.agents = map[string]agentAt{}
	}
	for _, n := range nouns {
		st.agents[n] = agentAt{doer, st.sentIndex}
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
		st.agents[strings.TrimSuffix(w, "s")] = agentAt{m.ent, st.sentIndex}
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
					st.agents["shelling"] = agentAt{subj[0].ent, st.sentIndex}
					st.agents["attack"] = agentAt{subj[0].ent, st.sentIndex}
					break
				}
			}
		}
		for _, n := range nouns {
			st.agents[n] = agentAt{subj[0].ent, st.sentIndex}
		}
	}
}

// eventMemory is how many sentences back a definite event noun ("the
// test") may find its doer: a report names the act once and reacts to it
// paragraphs later; the doer is the last one the text gave for that noun.
const eventMemory = 15

// eventObject returns the doer of an event named right after a verb
// trigger ("condemned the launch"), when a recent sentence reported who
// did it; else nil.
func (st *docState) eventObject(toks []token, t *trigAt) *mention {
	switch t.tr.rel {
	case "CRITICIZE", "REJECT", "THREATEN", "SUPPORT":
	default:
		return nil
	}
	det := false
	for k := t.e; k < len(toks) && k < t.e+7; k++ {
		w := toks[k]
		if w.text == "\"" {
			continue // condemned "an unprovoked attack"
		}
		if determiners[w.lower] {
			det = true
			continue
		}
		if !w.isWord() || w.isCap() {
			return nil
		}
		a, ok := st.agents[strings.TrimSuffix(w.lower, "es")]
		if !ok {
			a, ok = st.agents[w.lower]
		}
		if !ok {
			a, ok = st.agents[strings.TrimSuffix(w.lower, "s")]
		}
		if ok && det && st.sentIndex-a.sent <= eventMemory {
			if ownerNamedAfter(toks, k+1) {
				return nil // "the proposal by France": its own author, not the last one's
			}
			return &mention{s: k, e: k + 1, kind: mkActor, ent: a.ent, weak: true, text: w.text, head: k}
		}
		if w.lower == "and" && det && (adjectivePair(toks, k) || negAdjective(toks, k+1)) {
			continue // "an unprovoked and unjustified attack"
		}
		if !det || prepositions[w.lower] || clauseBoundary[w.lower] || auxWords[w.lower] || w.lower == "and" {
			return nil // only modifiers ("the third nuclear test") may come between
		}
	}
	return nil
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

// whomAntecedent returns the actor a relative "whom" refers to when it
// is the object of the verb at toks[i]: "X, whom the EU banned", "Gulen,
// whom Ankara blames". Only the verb's subject (a mention, pronoun or
// short noun phrase) may stand between "whom" and the verb. Else nil.
func whomAntecedent(toks []token, i int, ms []*mention) *mention {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if toks[k].lower != "whom" {
			if !toks[k].isWord() || clauseBoundary[toks[k].lower] {
				return nil
			}
			continue
		}
		e := k
		if toks[e-1].text == "," {
			e--
		}
		if m := mentionEndingAt(ms, e); m != nil && m.ent != nil && m.kind != mkPronoun {
			return m
		}
		return nil
	}
	return nil
}

// leaveVerb reports the rejection triggers that leave a body: "quit",
// "withdrew from", "pulled out of".
func leaveVerb(phrase string) bool {
	return strings.HasPrefix(phrase, "quit") || strings.HasPrefix(phrase, "withdr") || strings.HasPrefix(phrase, "pull")
}

// organisations keeps the objects that are organisations.
func organisations(obj []*mention) []*mention {
	var out []*mention
	for _, m := range obj {
		if m.ent != nil && m.ent.Kind == KindOrganization {
			out = append(out, m)
		}
	}
	return out
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

// actPronoun returns the doer of an act that "it", the object of a
// criticism or rejection, refers to: an act noun with a known doer earlier
// in the sentence ("said X had conducted the test and that China opposes
// it"). Nil when the object is not "it" or no such act precedes.
func (st *docState) actPronoun(toks []token, t *trigAt, obj []*mention) *mention {
	if t.tr.rel != "CRITICIZE" && t.tr.rel != "REJECT" || len(obj) != 1 || obj[0].kind != mkPronoun || obj[0].pronoun != "it" {
		return nil
	}
	for k := t.s - 1; k > 0; k-- {
		if !determiners[toks[k-1].lower] {
			continue
		}
		if a, ok := st.agents[toks[k].lower]; ok && a.sent == st.sentIndex {
			return &mention{s: obj[0].s, e: obj[0].e, kind: mkActor, ent: a.ent, weak: true, text: obj[0].text, head: obj[0].s}
		}
	}
	return nil
}

// agentNouns name an act whose doer, not its target, is the one
// criticized: "condemned the Soviet invasion of X", "an escalation by Y".
var agentNouns = map[string]bool{"invasion": true, "attack": true, "attacks": true, "aggression": true,
	"occupation": true, "annexation": true, "escalation": true, "provocation": true, "provocations": true,
	"incursion": true, "incursions": true, "intervention": true, "crackdown": true, "bombardment": true}

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
						return []*mention{m}
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

// adjectivePair reports an "and" at toks[k] between two lower-case words
// that are not verbs, as in "a dramatic and brutal escalation": adjectives
// joined inside one noun phrase, not two clauses.
func adjectivePair(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) {
		return false
	}
	a, b := toks[k-1], toks[k+1]
	return a.isWord() && b.isWord() && !a.isCap() && !b.isCap() && !pastVerb(b) && !determiners[b.lower] && !auxWords[b.lower] && !prepositions[b.lower]
}

// speakerFor returns the person who speaks for a state subject of a
// reported clause: in "Hu told Noda that China opposed the plan" the
// stance is Hu's, who holds an office of China; so in "Putin said Moscow
// \"condemns\" it" when the verb is the speaker's quoted word. Else nil.
func (x *Extractor) speakerFor(toks []token, subj []*mention, ms []*mention, quoted bool) []*mention {
	if len(subj) != 1 || subj[0].ent == nil || subj[0].ent.Kind != KindCountry {
		return nil
	}
	s := subj[0].s
	if s < 2 || toks[s-1].lower != "that" && !(sayVerbs[toks[s-1].lower] && quoted) {
		return nil
	}
	from := s - 2
	if toks[s-1].lower != "that" {
		from = s - 1 // "Putin said Moscow \"condemns\"": no "that", the speaker's own words
	}
	for j := from; j >= 0 && j >= s-6; j-- {
		if !sayVerbs[toks[j].lower] {
			continue
		}
		sp := x.clauseSubject(toks, j, ms, nil, nil)
		if len(sp) == 1 && sp[0].ent != nil && sp[0].ent.Kind == KindPerson && x.isHome(sp[0], subj[0].ent) {
			return sp
		}
		return nil
	}
	return nil
}

// quoteDepth reports whether toks[i] is inside a quotation.
func quoteDepth(toks []token, i int) bool {
	n := 0
	for k := 0; k < i; k++ {
		if toks[k].text == "\"" {
			n++
		}
	}
	return n%2 == 1
}

// quotedVerb reports a trigger that the reporter quotes by itself inside
// a sentence of their own: "said Moscow \"unconditionally condemns\" the
// test". The quotation opens right before it (over adverbs), after a word
// of the sentence, and closes within three words after it; the frame
// around it is the reporter's, so the event stands.
func quotedVerb(toks []token, t *trigAt) bool {
	o := quoteOpening(toks, t.s)
	if o < 1 || !toks[o-1].isWord() {
		return false
	}
	for k := t.e; k < len(toks) && k <= t.e+3; k++ {
		if toks[k].text == "\"" {
			return true
		}
		if !toks[k].isWord() {
			return false
		}
	}
	return false
}

// quoteOpening returns the index of a quotation mark that opens right
// before toks[i], over adverbs only, or -1.
func quoteOpening(toks []token, i int) int {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].lower] || strings.HasSuffix(toks[k].lower, "ly") && !toks[k].isCap()) {
		k--
	}
	if k >= 0 && toks[k].text == "\"" && quoteDepth(toks, k+1) {
		return k
	}
	return -1
}

// mutualRel reports a symmetric relation: its two parties are a pair a
// later "the two sides" may name, unlike an inviter and a guest.
func mutualRel(rel string) bool {
	r, _ := LookupRelation(rel)
	return r.Symmetric
}

// pairOfSentence reports a pair phrase that the pair of an event earlier in
// its sentence answers: "the two sides" any pair, "the two leaders" (or
// men, presidents) a pair of persons ("X met Y at Panmunjom, the third
// meeting between the two leaders" is X and Y, whoever leads at the
// story's date).
func pairOfSentence(m *mention, pair [2]*Entry) bool {
	if pair[0] == nil || pair[1] == nil {
		return false
	}
	if m.pronoun == "sides" {
		return true
	}
	return pairRoles[m.pronoun] != nil && pair[0].Kind == KindPerson && pair[1].Kind == KindPerson
}

// siteNouns name a site one state keeps inside another or a thing one
// may visit without visiting its owner.
var siteNouns = words("base bases embassy embassies consulate consulates facility facilities plant factory " +
	"warship warships ship ships vessel vessels carrier pavilion cemetery memorial school hospital company")

// siteOwner reports a mention that modifies a site noun after it, over
// lower-case modifiers ("a Russian military base", "the US embassy") or
// as a possessor over the site's name ("the US Navy's Yokosuka base"): it
// owns what is visited, it is not the place.
func siteOwner(toks []token, m *mention) bool {
	poss := m.e < len(toks) && (toks[m.e].text == "'s" || toks[m.e].text == "'")
	limit := 3
	if poss {
		limit = 6
	}
	for k := m.e; k < len(toks) && k < m.e+limit; k++ {
		w := toks[k]
		if siteNouns[w.lower] {
			return true
		}
		if poss && (k == m.e || w.isWord() && w.isCap()) {
			continue // the possessive and the site's own name
		}
		if !w.isWord() || w.isCap() || prepositions[w.lower] || determiners[w.lower] {
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

// objectOfEarlier reports a list of mentions that is the object of an
// earlier verb trigger of the sentence: a noun event after it ("invited X
// and Y to attend the summit") has them as guests of one gathering, not as
// parties meeting each other.
func objectOfEarlier(list []*mention, trigs []*trigAt, self *trigAt) bool {
	for _, t := range trigs {
		if t == self {
			return false
		}
		if t.noun {
			continue
		}
		for _, o := range t.obj {
			if o == list[0] {
				return true
			}
		}
	}
	return false
}

// purposeInfinitive reports "to" plus a lower-case verb at k after a
// meeting, visit or hosting verb: "will meet in Brussels to discuss the
// NATO bid" names the topic after it, not a partner.
func purposeInfinitive(toks []token, k int, rel string) bool {
	if rel != "MEET" && rel != "VISIT" && rel != "HOST" || toks[k].lower != "to" || k+1 >= len(toks) {
		return false
	}
	n := toks[k+1]
	return n.isWord() && !n.isCap() && !determiners[n.lower] && !prepositions[n.lower]
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

// objectsAct reports a present participle trigger that names the act of
// the previous verb's object, not of its subject: "denounced X for
// providing", "accused X of sending arms", "accused X of fuelling the war
// by sending arms". Accusations of a third party's act are not the
// accuser's act.
func objectsAct(toks []token, prev, t *trigAt) bool {
	switch toks[t.s-1].lower {
	case "for":
		return true
	case "of":
		return prev.tr.rel == "CRITICIZE"
	case "by":
		if prev.tr.rel != "CRITICIZE" {
			return false
		}
		for k := prev.e; k+1 < t.s-1; k++ {
			w := toks[k].lower
			if w == "," || w == ";" || sayVerbs[w] {
				return false
			}
			n := k + 1
			if toks[n].text == "\"" && n+1 < t.s-1 {
				n++ // accused X of "fuelling the war"
			}
			if (w == "of" || w == "for") && strings.HasSuffix(toks[n].lower, "ing") {
				return true
			}
		}
	}
	return false
}

// forIng reports "for V-ing" between s and e ("denounced X for providing").
func forIng(toks []token, s, e int) bool {
	for k := s; k+1 < e && k+1 < len(toks); k++ {
		if toks[k].lower == "for" && strings.HasSuffix(toks[k+1].lower, "ing") {
			return true
		}
	}
	return false
}

func between(toks []token, s, e int, word string) bool {
	for k := s; k < e && k < len(toks); k++ {
		if toks[k].lower == word {
			return true
		}
	}
	return false
}

// isHome reports whether a person (or a title of a state) belongs to the
// state or organisation e: one does not visit one's own country.
func (x *Extractor) isHome(m *mention, e *Entry) bool {
	if m.kind == mkRole && m.state != nil {
		return m.state.ID == e.ID
	}
	if m.ent == nil || m.ent.Kind != KindPerson {
		return false
	}
	for _, a := range m.ent.Affiliations {
		if a.Org == e.ID {
			return true
		}
		if o := x.dict.byID[a.Org]; o != nil && o.Parent == e.ID {
			return true
		}
	}
	return false
}

// homeID returns the id of the state a person is affiliated with, or "".
func homeID(e *Entry) string {
	if e == nil || e.Kind != KindPerson || len(e.Affiliations) == 0 {
		return ""
	}
	return e.Affiliations[0].Org
}

func docText(body string, s, e int) string { return body[s:e] }

func pairMention(m *mention, e *Entry) *mention {
	c := *m
	c.kind = mkActor
	c.ent = e
	if len(m.roles) > 0 {
		// "the presidents of both states": the holders of the role in
		// each state, resolved again at the event's date
		c.kind, c.state, c.ent = mkRole, e, nil
		for i, p := range m.pair {
			if p == e {
				c.ent = m.holders[i]
			}
		}
	}
	return &c
}

// triggerOK checks a trigger's needs and after words.
func (x *Extractor) triggerOK(toks []token, t *trigAt) bool {
	if len(t.tr.needs) > 0 && !t.noun {
		found := false
		limit := t.e + 6
		if t.tr.rel == "SIGN_AGREEMENT" {
			limit = t.e + 11 // "signed the political chapters of an association agreement", "a 30-year, $400 billion gas deal"
		}
		for k := t.e; k < limit && limit < len(toks) && limit < t.e+11; k++ {
			if nameLike(toks[k]) && (k == limit-1 || t.tr.rel == "MILITARY_COOPERATION") {
				limit++ // over a name: "held the \"Vostok 2022\" exercise", "held their annual Cobra Gold joint exercise"
			}
		}
		start := t.e
		withPartner := t.e < len(toks) && toks[t.e].lower == "with" && t.tr.rel == "COOPERATE"
		if _, day := weekdays[toks[min(t.e, len(toks)-1)].lower]; t.e < len(toks) && (toks[t.e].lower == "in" || toks[t.e].lower == "on" || toks[t.e].lower == "during" || toks[t.e].lower == "at" || day) || withPartner {
			// over a phrase of time or manner: "agreed in a phone call on
			// Monday to restore ties"; over the partner: "agreed with X at
			// the White House on July 25, 2013 to establish"
			for k := t.e + 1; k < len(toks) && k < t.e+14; k++ {
				if toks[k].lower == "to" {
					start, limit = k, k+6
					break
				}
				if toks[k].text == "," && k+1 < len(toks) && isDigits(toks[k+1].text) {
					continue // "on July 25, 2013"
				}
				if !toks[k].isWord() || clauseBoundary[toks[k].lower] {
					break
				}
			}
		}
		for k := start; k < len(toks) && k < limit && !found; k++ {
			for _, n := range t.tr.needs {
				if needAt(toks, k, n) {
					found = true
					t.needEnd = k + len(strings.Fields(n))
				}
			}
		}
		// participle: "a declaration signed by", "the treaty on friendship
		// and cooperation concluded between"
		// ("adopted by X": a participle even when another needed word follows)
		byNext := t.e < len(toks) && toks[t.e].lower == "by"
		for k := t.s - 1; k >= 0 && k >= t.s-8 && (!found || byNext && !t.passive); k-- {
			if clauseBoundary[toks[k].lower] || sayVerbs[toks[k].lower] {
				break
			}
			if k < t.s-3 && (t.s == 0 || toks[t.s-1].isCap() || !toks[t.s-1].isWord()) && !appositiveParticiple(toks, t) {
				break // a long noun phrase only when a common noun ends right before
			}
			for _, n := range t.tr.needs {
				if strings.HasPrefix(toks[k].lower, n) || k > 0 && toks[k-1].lower+" "+toks[k].lower == n {
					found = true
					t.passive = true
				}
			}
		}
		if !found && t.tr.rel == "SIGN_AGREEMENT" {
			found = signedRelative(toks, t)
		}
		if !found {
			return false
		}
	}
	if t.tr.phrase == "signing" {
		found := false
		for k := t.e; k < len(toks) && k < t.e+6; k++ {
			switch strings.TrimSuffix(toks[k].lower, "s") {
			case "agreement", "treaty", "declaration", "accord", "deal", "pact", "memorandum", "protocol", "communique", "charter":
				found = true
			}
		}
		if !found {
			return false
		}
	}
	if len(t.tr.after) > 0 {
		found := false
		for k := t.s - 1; k >= 0 && k >= t.s-8; k-- {
			for _, a := range t.tr.after {
				if toks[k].lower == a {
					found = true
				}
			}
		}
		if !found && t.noun && t.tr.rel == "MILITARY_COOPERATION" && t.e+1 < len(toks) && toks[t.e].lower == "between" && toks[t.e+1].isCap() {
			found = true // "the drill between Canberra and Wellington": the parties are named
		}
		if !found {
			return false
		}
	}
	if t.tr.rel == "ATTACK" && t.needEnd > 0 && strings.HasPrefix(toks[t.needEnd-1].lower, "operation") && !againstAfter(toks, t.needEnd) {
		return false // "launched a rescue operation off Libya": only an operation against someone is an attack
	}
	if t.tr.rel == "COOPERATE" && bondVerb(t.tr.phrase) && t.s > 0 && (toks[t.s-1].lower == "to" || prepositions[toks[t.s-1].lower] || t.tr.form == "ing" && beForms[toks[t.s-1].lower]) {
		return false // "working to bolster ties", "a statement on deepening ties", "have been stepping up ties": an aim, a topic, a trend
	}
	if t.tr.rel == "MEET" && strings.HasPrefix(t.tr.phrase, "discuss") && t.tr.form != "ed" {
		return false // "is expected to discuss X with Y": only a discussion held is a sure meeting
	}
	if t.tr.rel == "MEET" && callOn(t.tr.phrase) && !courtesyCall(toks, t) {
		return false // "called on X to withdraw": an appeal, not a call paid
	}
	if t.noun && t.tr.rel == "COOPERATE" && !foundedBefore(toks, t.s) {
		return false // "a proposal for a joint fund": proposed, not set up
	}
	if t.tr.rel == "SUPPORT" && t.noun && backerNoun(t.tr.phrase) && !predicateNoun(toks, t.s) {
		return false // "accused supporters of X": only "Y is a supporter of X" says Y backs X
	}
	if t.tr.rel == "SUPPORT" && t.tr.phrase == "back" && t.s > 0 && !backVerb(toks[t.s-1]) {
		return false // "hit back", "fought back": a particle, not backing
	}
	if t.tr.rel == "HOST" && quantityHost(toks, t) {
		return false // "faces a host of problems with X": a quantity, not a hosting
	}
	// "agreed to work toward concluding a deal": a goal, not a signing
	if t.tr.rel == "SIGN_AGREEMENT" && t.tr.form == "ing" && t.s > 0 && (toks[t.s-1].lower == "toward" || toks[t.s-1].lower == "towards") {
		return false
	}
	// "lifted sanctions on X", "the decision to ease sanctions": the
	// measure ends; nothing is imposed
	if t.tr.rel == "SANCTION" {
		for k := t.s - 1; k >= 0 && k >= t.s-4; k-- {
			w := toks[k].lower
			if liftVerbs[w] || w == "back" && k > 0 && strings.HasPrefix(toks[k-1].lower, "roll") {
				return false
			}
			if clauseBoundary[w] || w == "," || w == "." || prepositions[w] || toks[k].isCap() {
				break
			}
		}
	}
	// "halted trade talks with X": the talks stop, no measure is imposed
	if t.tr.rel == "SANCTION" && !t.noun {
		for k := t.e; k < len(toks) && k < t.e+4; k++ {
			if w := toks[k].lower; w == "talks" || w == "negotiations" {
				return false
			}
		}
	}
	// "refused to say": refuse + infinitive is negation, not REJECT, unless
	// the infinitive turns down what another asks ("refused to recognise")
	if t.tr.rel == "REJECT" && strings.HasPrefix(t.tr.phrase, "refuse") && t.e < len(toks) && toks[t.e].lower == "to" {
		if t.e+1 >= len(toks) || !refusedVerbs[toks[t.e+1].lower] {
			return false
		}
	}
	return true
}

// wordTrigger returns the one-word trigger at toks[i], passive, when its
// needs are met; else nil.
func (x *Extractor) wordTrigger(toks []token, i int) *trigAt {
	n1 := x.triggers.next[toks[i].lower]
	if n1 == nil || n1.val == nil {
		return nil
	}
	tr := x.trigInfo[n1.val]
	t := &trigAt{s: i, e: i + 1, tr: tr, noun: tr.noun, passive: true}
	if tr.noun || !x.triggerOK(toks, t) {
		return nil
	}
	return t
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

// appositiveParticiple reports a verb trigger set off by a comma and
// followed by its agent: "The Treaty of Rome, signed by six states",
// "the deal with Tehran, concluded by X and Y". The participle modifies the
// whole noun phrase before the comma, names and all, so its needed noun
// may lie further back.
func appositiveParticiple(toks []token, t *trigAt) bool {
	return t.s > 0 && toks[t.s-1].text == "," && t.e < len(toks) && toks[t.e].lower == "by"
}

// needAt reports a trigger's needed word or phrase at toks[k]: a word as
// a prefix ("agreement" in "agreements"), a phrase word for word ("joint
// press statement"), its last word also in the plural ("war games").
func needAt(toks []token, k int, n string) bool {
	ws := strings.Fields(n)
	if len(ws) == 1 {
		return strings.HasPrefix(toks[k].lower, n) && toks[k].lower != "according" // ("accord": not "according to")
	}
	if k+len(ws) > len(toks) {
		return false
	}
	for j, w := range ws {
		if toks[k+j].lower != w && (j < len(ws)-1 || toks[k+j].lower != w+"s") {
			return false
		}
	}
	return true
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

// aidWords name what a state receives as aid.
var aidWords = map[string]bool{"aid": true, "assistance": true, "loan": true, "loans": true, "grant": true,
	"grants": true, "bailout": true, "$": true, "billion": true, "million": true, "donations": true}

// mustRelation returns the vocabulary entry of a relation known to exist.
func mustRelation(rel string) Relation {
	r, _ := LookupRelation(rel)
	return r
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

// thingRelative reports a verb right after "that" or "which" whose
// antecedent is not an actor: "signed a joint statement that established
// diplomatic ties" (the statement established them; the signers signed).
func thingRelative(toks []token, i int, ms []*mention) bool {
	if i < 2 || toks[i-1].lower != "that" && toks[i-1].lower != "which" {
		return false
	}
	k := i - 1
	if toks[k-1].text == "," {
		k--
	}
	return mentionEndingAt(ms, k) == nil
}

// partnerWith reports an object introduced as a partner: "with X" right
// before it, not the absolute clause ", with X leading the talks".
func partnerWith(toks []token, m *mention, e int) bool {
	if !withBefore(toks, m.s, e) {
		return false
	}
	k := m.s - 1
	for k > e && toks[k].lower != "with" {
		k--
	}
	absolute := k > 0 && toks[k-1].text == "," || m.e < len(toks) && strings.HasSuffix(toks[m.e].lower, "ing")
	return !absolute
}

// withBefore reports "with" (over determiners) right before toks[s], after e.
func withBefore(toks []token, s, e int) bool {
	k := s - 1
	for k >= e && determiners[toks[k].lower] {
		k--
	}
	return k >= e && toks[k].lower == "with"
}

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

// complementRels are the cooperative relations whose verb governs the
// words right after it: "agreed to deepen military cooperation", "shipped
// artillery shells to", "pledged to work together". A trigger inside that
// complement names the same event, not one of its own.
var complementRels = map[string]bool{"COOPERATE": true, "SIGN_AGREEMENT": true, "AID": true, "MILITARY_COOPERATION": true}

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

// thingPronoun reports "it" opening a subordinate or conjoined clause of a
// sentence whose subject is a common noun phrase, not an actor ("A
// Chinese balloon flew over X before it was shot down"): "it" is that
// thing, whatever state the text named before.
func thingPronoun(toks []token, ms []*mention, m *mention) bool {
	if m.kind != mkPronoun || m.pronoun != "it" || m.s < 2 || len(toks) == 0 {
		return false
	}
	switch toks[0].lower {
	case "a", "an", "the":
	default:
		return false
	}
	switch toks[m.s-1].lower {
	case "before", "after", "when", "until", "as", "because", "and", "but", "while":
	default:
		return false
	}
	return mainSubject(toks, m.s, ms) == nil
}

// measureTargetNouns name a measure whose "on"/"against" names its target.
var measureTargetNouns = words("sanctions sanction strikes strike attack attacks embargo tariffs restrictions curbs measures action")

// guestNouns head a phrase that names who is welcomed: "welcomed the
// delegation of X", "welcomed members of X's parliament".
var guestNouns = words("delegation delegations members member leaders leader guests guest visitors officials " +
	"head heads team envoys envoy president prime minister king queen counterpart")

// thingComplement reports "of" or "by" at k after a lower-case noun that
// names no guest ("the release of", "hostages held by"): an actor after
// it belongs to what is welcomed, not to a welcomed visitor.
func thingComplement(toks []token, k int) bool {
	if w := toks[k].lower; w != "of" && w != "by" || k == 0 {
		return false
	}
	p := toks[k-1]
	return p.isWord() && !p.isCap() && !guestNouns[p.lower] && !determiners[p.lower]
}

// topicRels are the relations whose object is never introduced by "on":
// "a summit on Ukraine", "agreed to cooperate on Syria" name a topic.
var topicRels = map[string]bool{"MEET": true, "VISIT": true, "HOST": true, "INVITE": true, "COOPERATE": true,
	"SIGN_AGREEMENT": true, "MILITARY_COOPERATION": true}

// attribution reports a mention that names who said the sentence: followed
// by a verb of saying and preceded, over at most three lower-case title
// words, by a comma ("..., presidential spokesman X said").
func attribution(toks []token, m *mention, from int) bool {
	if m.e >= len(toks) || !sayVerbs[toks[m.e].lower] {
		return false
	}
	for k := m.s - 1; k >= from && k >= m.s-4; k-- {
		if toks[k].text == "," {
			return true
		}
		if !toks[k].isWord() || toks[k].isCap() && k != m.s-1 {
			return false
		}
	}
	return false
}

// participleClause reports a present participle at toks[k] that opens a
// clause about a noun before it, its object right after ("a statement
// criticising China", "a deal ending the dispute").
func participleClause(toks []token, k int, ms []*mention) bool {
	w := toks[k].lower
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || toks[k].isCap() || prepositions[w] || k+1 >= len(toks) {
		return false
	}
	switch w {
	case "including", "concerning", "regarding", "during", "following", "according":
		return false
	}
	if k > 0 && determiners[toks[k-1].lower] {
		return false // "the visiting president", "the ruling party": an adjective
	}
	return determiners[toks[k+1].lower] || mentionStartingAt(ms, k+1) != nil
}

// foreignObjects drops from a meeting, hosting, backing or conflict the
// home state of its one person subject: "X met Y ... to press Tokyo's
// concerns" does not make a Japanese envoy meet Japan, nor "Putin
// recognised two Russian-backed republics" make him back Russia, nor "the
// president took aim at the U.S. trade deficit" make a U.S. president
// criticise his own state.
func (x *Extractor) foreignObjects(subj, obj []*mention) []*mention {
	if len(subj) != 1 {
		return obj
	}
	var out []*mention
	for _, o := range obj {
		if o.ent != nil && o.ent.Kind == KindCountry && x.isHome(subj[0], o.ent) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// afterNeeded drops objects that lie between a verb and the needed noun
// it governs: they name or modify the exercise or the weapons ("held the
// Ulchi Freedom Guardian exercise"), not a partner. (A seller's object
// before the weapons is the buyer: "sold Taiwan 66 jets".)
func afterNeeded(obj []*mention, t *trigAt) []*mention {
	var out []*mention
	for _, m := range obj {
		if m.s >= t.needEnd || m.match == matchDemonym {
			out = append(out, m) // (a nationality of the needed noun names its state: "brought in Russian instructors")
		}
	}
	return out
}

// vehicleNouns are craft an organisation's name may modify: "a U.S. Air
// Force C-17 landed in Tbilisi" is a plane arriving, not a visit.
var vehicleNouns = map[string]bool{"plane": true, "planes": true, "aircraft": true, "jet": true, "jets": true,
	"warship": true, "warships": true, "ship": true, "ships": true, "destroyer": true, "destroyers": true,
	"carrier": true, "vessel": true, "vessels": true, "frigate": true, "frigates": true, "flotilla": true,
	"convoy": true, "helicopter": true, "helicopters": true, "drone": true, "drones": true, "submarine": true,
	"bomber": true, "bombers": true, "flight": true, "troops": true, "forces": true, "unit": true, "units": true}

// travellers drops visit subjects that only name the owner of a craft or
// unit that travels: an organisation followed by a vehicle noun or a
// model designation ("C-17", "Su-35").
func travellers(toks []token, subj []*mention) []*mention {
	var out []*mention
	for _, m := range subj {
		if m.ent != nil && m.ent.Kind == KindOrganization && m.e < len(toks) {
			w := toks[m.e]
			if vehicleNouns[w.lower] || w.isCap() && strings.ContainsAny(w.text, "0123456789") {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// plannedEncounter are the relations an agreement may plan in its own
// complement: "agreed to resume talks" is cooperation now and talks later.
var plannedEncounter = map[string]bool{"MEET": true, "VISIT": true, "HOST": true, "INVITE": true}

// complementEnd returns the end of a cooperative verb trigger's complement:
// the needed word it found, then the run of lower-case words that follows
// up to a preposition, conjunction or punctuation. For other triggers it
// returns t.e.
func complementEnd(toks []token, t *trigAt) int {
	if t.noun || t.passive || !complementRels[t.tr.rel] {
		return t.e
	}
	k := max(t.e, t.needEnd)
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		w := toks[k]
		if w.text == "'s" || w.text == "'" {
			n-- // "to upgrade the two countries' defence cooperation": one noun phrase
			continue
		}
		if !w.isWord() || w.isCap() || prepositions[w.lower] || clauseBoundary[w.lower] || w.lower == "and" || w.lower == "or" {
			break
		}
	}
	return k
}

// refusedVerbs turn down another's demand or claim when refused: "refused
// to recognise X", "refused to take in refugees under an EU scheme".
var refusedVerbs = map[string]bool{"recognise": true, "recognize": true, "accept": true, "comply": true, "join": true,
	"endorse": true, "ratify": true, "implement": true, "honor": true, "honour": true, "abide": true, "extradite": true,
	"hand": true, "return": true, "allow": true, "grant": true, "withdraw": true, "take": true, "sign": true,
	"cooperate": true, "pay": true, "acknowledge": true, "obey": true, "admit": true, "release": true, "lift": true}

// waterBody reports a sea, ocean, strait or gulf of the dictionary: a
// place where things happen, never a party to an event.
func waterBody(e *Entry) bool {
	if e.Kind != KindOther {
		return false
	}
	for _, w := range []string{"Sea", "Ocean", "Strait", "Gulf", "Bay"} {
		if strings.HasSuffix(e.Name, " "+w) || strings.HasPrefix(e.Name, w+" of ") {
			return true
		}
	}
	return false
}

// quotedName returns how many tokens after an opening quote at k close a
// short quoted name ("Vostok 2022"), or 0.
func quotedName(toks []token, k int) int {
	for q := k + 1; q < len(toks) && q <= k+6; q++ {
		if toks[q].text == "\"" {
			if q == k+1 {
				return 0
			}
			return q - k
		}
		if !nameLike(toks[q]) {
			return 0
		}
	}
	return 0
}

// nameLike reports a token that may be part of a proper name or a quoted title.
func nameLike(t token) bool {
	if t.text == "\"" || t.text == "-" {
		return true
	}
	if t.isCap() {
		return true
	}
	for _, r := range t.text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

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
	if !conseq {
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

// quotedWords reports a quotation mark at toks[k] that opens or closes a
// few quoted words inside a clause (a phrase of up to six words, no
// sentence of its own): the clause goes on over it.
func quotedWords(toks []token, k int) bool {
	if c := closingQuote(toks, k); c > 0 && c-k <= 7 {
		for q := k + 1; q < c; q++ {
			if w := toks[q].text; w == "." || w == "," || w == "!" || w == "?" {
				return false
			}
		}
		return true
	}
	for q := k - 1; q >= 0 && q >= k-7; q-- {
		if toks[q].text == "\"" {
			return closingQuote(toks, q) == k && !(q > 0 && toks[q-1].text == ",")
		}
	}
	return false
}

// closingQuote returns the index of the quotation mark that closes the
// one opening at toks[k] within the same sentence and twelve words, or 0.
func closingQuote(toks []token, k int) int {
	for q := k + 1; q < len(toks) && q < k+13; q++ {
		if toks[q].text == "\"" {
			return q
		}
	}
	return 0
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

// reportingSpeaker returns the person whose words report a state's or an
// organisation's stance: "Merkel told reporters the bloc stood ready",
// "Abe said Japan would". Nil when no person reports it right before.
func (x *Extractor) reportingSpeaker(toks []token, subj []*mention, ms []*mention) []*mention {
	if len(subj) != 1 || subj[0].ent == nil || subj[0].ent.Kind == KindPerson {
		return nil
	}
	s := subj[0].s
	for j := s - 1; j >= 0 && j >= s-4; j-- {
		w := toks[j].lower
		if sayVerbs[w] {
			sp := x.clauseSubject(toks, j, ms, nil, nil)
			if len(sp) == 1 && sp[0].ent != nil && sp[0].ent.Kind == KindPerson {
				return sp
			}
			return nil
		}
		if !(w == "that" || w == "reporters" || w == "journalists" || w == "lawmakers" || determiners[w]) {
			return nil
		}
	}
	return nil
}

// conditionActor returns the actor of an "if"/"unless" clause that
// follows the trigger ending at i in its sentence ("to impose broader
// sanctions if Russia moved against Ukraine"): the one whose act would
// bring the measure. Nil without one, or when it is the subject's side.
func (x *Extractor) conditionActor(toks []token, i int, ms []*mention, subj []*mention) *mention {
	for k := i; k+1 < len(toks) && k < i+14; k++ {
		w := toks[k].lower
		if w == "." || w == ";" {
			return nil
		}
		if w != "if" && w != "unless" {
			continue
		}
		for q := k + 1; q < len(toks) && q < k+4; q++ {
			m := mentionStartingAt(ms, q)
			if m == nil || m.ent == nil || m.kind == mkPronoun || m.kind == mkPair {
				continue
			}
			for _, s := range subj {
				if s.ent == m.ent || x.isHome(s, m.ent) {
					return nil
				}
			}
			return m
		}
		return nil
	}
	return nil
}

// responds reports a responder's verb after toks[i] ("would respond",
// "will retaliate", "\"would respond\""): its subject acts, not suffers.
func responds(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		w := toks[k].lower
		if strings.HasPrefix(w, "respon") || strings.HasPrefix(w, "retaliat") || w == "react" || w == "act" || w == "strike" || w == "hit" {
			return true
		}
	}
	return false
}

// eligibleSubject: not inside an appositive or governed by a preposition.
func eligible(toks []token, m *mention) bool {
	if m.appos || m.compound || m.city || m.kind == mkDemonym || m.kind == mkTitle {
		return false
	}
	k := m.s - 1
	for k >= 0 && (determiners[toks[k].lower] || toks[k].lower == "then" || toks[k].lower == "former") {
		k--
	}
	if k >= 0 && prepositions[toks[k].lower] {
		return k > 0 && toks[k].lower == "of" && memberNouns[toks[k-1].lower] // "the members of ASEAN adopted": the body acts
	}
	return true
}

// subordinators open a clause whose subject follows them: "after X
// threatened ...", "since X invaded ...". Before a mention they look like
// prepositions, so eligible refuses it.
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "once": true, "as": true}

// subordinateSubject reports a mention that a subordinator opens and the
// verb at toks[i] follows over adverbs alone: the subject of that clause.
func subordinateSubject(toks []token, m *mention, i int) bool {
	if m.appos || m.compound || m.city || m.kind == mkDemonym || m.kind == mkTitle || m.s == 0 || !subordinators[toks[m.s-1].lower] {
		return false
	}
	for k := m.e; k < i; k++ {
		if !adverbs[toks[k].lower] {
			return false
		}
	}
	return true
}

func mentionEndingAt(ms []*mention, e int) *mention {
	for _, m := range ms {
		if m.e == e {
			return m
		}
	}
	return nil
}

func mentionStartingAt(ms []*mention, s int) *mention {
	for _, m := range ms {
		if m.s == s && !m.appos {
			return m
		}
	}
	return nil
}

// clauseSubject finds the subject of the verb at toks[i]: a conjoined verb
// keeps the previous verb's subject; otherwise the nearest eligible
// mention to the left in the clause, with any coordinated mentions.
func (x *Extractor) clauseSubject(toks []token, i int, ms []*mention, trigs []*trigAt, self *trigAt) []*mention {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].lower] || toks[k].text == ",") {
		if toks[k].text == "," && k > 0 && toks[k-1].lower != "and" && !adverbs[toks[k-1].lower] {
			break
		}
		k--
	}
	ingChain := self != nil && self.tr.form == "ing" && k >= 0 && (toks[k].lower == "while" || toks[k].lower == "," || toks[k].lower == "by" || commaAdverbial(toks, k))
	// "X met Y before flying on to Z", without a comma too: X flies
	ingChain = ingChain || adverbialParticiple(toks, self)
	andConj := k >= 0 && toks[k].lower == "and"
	if k >= 0 && (toks[k].lower == "and" || toks[k].lower == "or") || ingChain {
		var prev *trigAt
		for _, t := range trigs {
			if t == self {
				break
			}
			if !t.noun && !t.forIng {
				prev = t
			}
		}
		if prev != nil && len(prev.subj) > 0 && !prev.passive {
			// "opposed X's proposal to introduce ... and reinforce": the
			// conjoined verb belongs to the infinitive, not to prev
			for q := prev.e; q < k; q++ {
				if toks[q].lower == "to" && q+1 < k && !toks[q+1].isCap() && !determiners[toks[q+1].lower] && toks[q+1].isWord() && q > prev.e {
					return nil
				}
			}
			return prev.subj
		}
	}
	if p := purposeOfPrev(toks, i, trigs, self); p != nil {
		return p.subj
	}
	quoteAt := quoteOpening(toks, i)
	start := i - 1
	if i >= 3 && toks[i-1].text == "\"" && toks[i-3].text == "\"" && strings.HasSuffix(toks[i-2].lower, "ly") {
		start = i - 4 // the North had "flagrantly" conducted: over the quoted adverb
	}
	for k := start; k >= 0; k-- {
		w := toks[k].lower
		if k == quoteAt {
			continue // Moscow "unconditionally condemns": over the quotation mark
		}
		if w == "and" && k+1 < i && auxWords[toks[k+1].lower] {
			// "X will fly to A to see B's troops and is due to meet C": a
			// second predicate without a subject of its own shares the
			// clause's subject, never a mention inside the first predicate
			if m := mainSubject(toks, k, ms); m != nil {
				return coordLeft(toks, m, ms)
			}
			return nil
		}
		if toks[k].text == "," && k > 2 {
			// "X, who addressed the Assembly, has accused Y", "X, whose
			// ministry warned Z, met Y": over the relative clause
			for q := k - 1; q > 0 && q >= k-20; q-- {
				if toks[q].text == "," {
					if nw := toks[q+1].lower; nw == "who" || nw == "which" || nw == "whose" {
						if m := mentionEndingAt(ms, q); m != nil && m.ent != nil && eligible(toks, m) {
							return coordLeft(toks, m, ms)
						}
					}
					break
				}
			}
		}
		if m := mentionEndingAt(ms, k+1); m != nil {
			if passiveThatSubject(toks, m) && commaParticiple(toks, self) {
				// "X demanded that Y be removed, accusing him": X accuses
				return x.clauseSubject(toks, m.s-1, ms, nil, nil)
			}
			if m.kind == mkPronoun && (m.pronoun == "his" || m.pronoun == "its" || m.pronoun == "their" || m.pronoun == "her" && k+1 < i && toks[k+1].isWord()) {
				k = m.s
				continue
			}
			if m.kind == mkPronoun && m.pronoun == "they" {
				m.kind = mkPair
				m.pair = x.lastPairOf(m)
			}
			if p := governorBefore(toks, m.s); p >= 0 && (pastVerb(toks[p]) || toks[p].lower == "left") && !beForms[toks[p].lower] {
				k = m.s // "X left Pyongyang ... and arrived": the object of another verb
				continue
			}
			if (eligible(toks, m) || subordinateSubject(toks, m, i)) && !(m.poss && m.e+1 < i && m.kind != mkPair) {
				if m.ent == nil && m.kind != mkPair && m.kind != mkRole {
					return nil
				}
				return coordLeft(toks, m, ms)
			}
			for m.compound && m.s >= 2 && toks[m.s-1].text == "-" && mentionEndingAt(ms, m.s-1) != nil {
				m = mentionEndingAt(ms, m.s-1) // the whole "North Korea-Russia" compound
			}
			k = m.s
			continue
		}
		if andConj && (clauseBoundary[w] || sayVerbs[w]) {
			// "X said the conflict was escalating and accused Y": the
			// conjoined verb shares the speaker
			for j := k; j > 0; j-- {
				if sayVerbs[toks[j].lower] && toks[j].lower != "according" {
					if sp := x.clauseSubject(toks, j, ms, nil, nil); len(sp) > 0 {
						return sp
					}
					break
				}
			}
		}
		if w == "that" && commaParticiple(toks, self) {
			// "X demanded that Y be removed, accusing him of ...": the
			// participle belongs to the main clause
			return x.clauseSubject(toks, k, ms, nil, nil)
		}
		if sayVerbs[w] && (adverbialParticiple(toks, self) || meetingAfterSaying(toks, self) || commaParticiple(toks, self)) {
			// "X told reporters after meeting Y", "X said after talks with
			// Y": the speaker met Y; ", KCNA said, a day after meeting Y":
			// not the attribution but the main clause's subject
			if m := mentionEndingAt(ms, k); m != nil && m.s > 1 && toks[m.s-1].text == "," {
				if s := mainSubject(toks, m.s-1, ms); s != nil {
					return coordLeft(toks, s, ms)
				}
			}
			return x.clauseSubject(toks, k, ms, nil, nil)
		}
		if clauseBoundary[w] || sayVerbs[w] {
			if (w == "who" || w == "which") && k > 0 {
				if m := mentionEndingAt(ms, k); m != nil && eligible(toks, m) {
					return []*mention{m}
				}
				if k > 1 && toks[k-1].text == "," {
					if m := mentionEndingAt(ms, k-1); m != nil && eligible(toks, m) {
						return coordLeft(toks, m, ms) // "the Russian and Ukrainian delegations, who met"
					}
					if m := mentionEndingAt(ms, k-1); m != nil && relativeAntecedentAfterPrep(toks, m) {
						return []*mention{m} // "held a meeting with X, who welcomed Y": X
					}
					// "X, the former spy chief, who met": over the appositive
					for q := k - 2; q > 0 && q >= k-10; q-- {
						if toks[q].text == "," {
							if m := mentionEndingAt(ms, q); m != nil && m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson && !m.appos {
								return []*mention{m}
							}
							break
						}
						if clauseBoundary[toks[q].lower] {
							break
						}
					}
				}
			}
			return nil
		}
	}
	return nil
}

// purposeOfPrev returns the verb trigger whose purpose the trigger at i
// names after "for": "flew on to Z for talks with Y" holds the talks whoever
// flew, not the object met before ("met X, before flying on to Z for talks
// with Y"). Only across that verb's own phrase, with no comma or clause
// boundary; nil otherwise.
func purposeOfPrev(toks []token, i int, trigs []*trigAt, self *trigAt) *trigAt {
	if self == nil || i < 2 || toks[i-1].lower != "for" {
		return nil
	}
	var prev *trigAt
	for _, t := range trigs {
		if t == self {
			break
		}
		if !t.noun && !t.forIng && t.tr.rel == "VISIT" {
			prev = t
		}
	}
	if prev == nil || len(prev.subj) == 0 || prev.passive || prev.e >= i || i-prev.e > 8 {
		return nil
	}
	if clauseBreak(toks, prev.e, i) {
		return nil
	}
	return prev
}

// commaAdverbial reports "before" or "after" at k set off by a comma and
// opening a participle ("met Y, before flying on to Z"): the participle's
// subject is the main verb's, not the object nearest to it.
func commaAdverbial(toks []token, k int) bool {
	return k > 0 && toks[k-1].text == "," && (toks[k].lower == "before" || toks[k].lower == "after")
}

// adverbialParticiple reports a trigger in the -ing form opened by "after",
// "before", "while" or "since" ("after meeting X"): a participle clause
// whose subject is the main clause's, across its verb of saying.
func adverbialParticiple(toks []token, t *trigAt) bool {
	if t == nil || t.s == 0 || t.noun || !strings.HasSuffix(toks[t.s].lower, "ing") {
		return false
	}
	switch toks[t.s-1].lower {
	case "after", "before", "while", "since", "when":
		return true
	}
	return false
}

func (x *Extractor) lastPairOf(m *mention) [2]*Entry { return m.pair }

// governorBefore returns the index of the word that governs a mention
// starting at s, over a nationality the mention finder left out of it
// ("summoned Korean Ambassador X": "summoned"); -1 at the sentence start.
func governorBefore(toks []token, s int) int {
	p := s - 1
	if p > 0 && toks[p].isCap() && toks[p].isWord() {
		p--
	}
	return p
}

// passiveEventObject finds the agent of an event noun that is the subject
// of a passive criticism: "The raid was widely condemned".
func (st *docState) passiveEventObject(toks []token, t *trigAt) *mention {
	switch t.tr.rel {
	case "CRITICIZE", "REJECT":
	default:
		return nil
	}
	k := t.s - 1
	for k >= 0 && (auxWords[toks[k].lower] || beForms[toks[k].lower] || adverbs[toks[k].lower]) {
		k--
	}
	if k < 1 || k == t.s-1 || !determiners[toks[k-1].lower] || !toks[k].isWord() || toks[k].isCap() {
		return nil
	}
	w := toks[k].lower
	a, ok := st.agents[strings.TrimSuffix(w, "es")]
	if !ok {
		a, ok = st.agents[w]
	}
	if !ok || st.sentIndex-a.sent > eventMemory {
		return nil
	}
	return &mention{s: k, e: k + 1, kind: mkActor, ent: a.ent, weak: true, text: toks[k].text, head: k}
}

// subjectOwner returns whose act the subject of a passive criticism or
// rejection names, when the sentence opens with it: "Myanmar's crackdown
// on the Rohingya was denounced by X", "A Japanese proposal to ... was
// rejected by Seoul", "Turkey's invitation ... drew criticism from Y".
// Nil when the sentence opens otherwise.
func (x *Extractor) subjectOwner(toks []token, t *trigAt, ms []*mention) *mention {
	if t.tr.rel != "CRITICIZE" && t.tr.rel != "REJECT" || t.s < 3 {
		return nil
	}
	k := 0
	if determiners[toks[0].lower] {
		k = 1
	}
	if m := mentionStartingAt(ms, k); m != nil {
		if m.ent == nil || !m.poss || m.kind == mkPronoun || m.e+1 >= t.s {
			return nil
		}
		return m
	}
	if m, n := x.dict.names.longest(toks, k, textKey); m != nil && m.kind == matchDemonym && k+n < t.s && toks[k+n].isWord() && !toks[k+n].isCap() {
		return &mention{s: k, e: k + n, kind: mkActor, ent: m.entry, match: m.kind, head: k, text: joinTokens(toks[k : k+n])}
	}
	return nil
}

// frontedSubject finds the subject of a sentence opened by a participle
// phrase ("Deploring the raid by X, the Assembly voted ..."): the mention
// right after the phrase's closing comma, followed by a verb.
func frontedSubject(toks []token, from int, ms []*mention) []*mention {
	for k := from; k < len(toks); k++ {
		if toks[k].text == ";" || toks[k].text == "." {
			return nil
		}
		if toks[k].text != "," {
			continue
		}
		m := mentionStartingAt(ms, k+1)
		if m == nil && k+2 < len(toks) && determiners[toks[k+1].lower] {
			m = mentionStartingAt(ms, k+2)
		}
		if m == nil || m.ent == nil && m.kind != mkRole || m.kind == mkPronoun || m.e >= len(toks) {
			continue
		}
		q := m.e
		for q < len(toks) && adverbs[toks[q].lower] && !auxWords[toks[q].lower] {
			q++
		}
		if q < len(toks) && (auxWords[toks[q].lower] || verbLike(toks[q]) || pastVerb(toks[q]) || strings.HasSuffix(toks[q].lower, "s") && !toks[q].isCap()) {
			return coordLeft(toks, m, ms)
		}
		return nil
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
	"destabilising": true, "unlawful": true, "aggression": true, "blackmail": true, "interference": true}

// calledOutrage finds "X called the attack 'unforgivable'": criticism of
// whoever carried out the event the noun names, when the context knows.
func (x *Extractor) calledOutrage(toks []token, ms []*mention, emit func(*trigAt, string, *mention, *mention, string, string, float64), trigs []*trigAt, st *docState) {
	for i, tk := range toks {
		switch tk.lower {
		case "called", "calls", "call", "calling", "branded", "described", "labelled", "labeled":
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
			continue
		}
		bad := false
		for k := obj.e; k < len(toks) && k < obj.e+12 && !bad; k++ {
			w := toks[k].lower
			if w == "." || w == ";" || sayVerbs[w] || w == "and" || w == "but" {
				break
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
		for _, sm := range subj {
			emit(t, "CRITICIZE", sm, obj, "verb:called-outrage", modalityOf(toks, t), 0.7)
		}
	}
}

// echoedBy extends a stance noun to those who echo it: "Tokyo's
// condemnation of X was echoed by Seoul and Washington" makes Seoul and
// Washington critics of X too; "X's backing of Y was echoed by Z" makes Z
// a backer. The stance keeps its own object.
func (x *Extractor) echoedBy(toks []token, ms []*mention, emit func(*trigAt, string, *mention, *mention, string, string, float64), trigs []*trigAt) {
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
	"made": {"pay"}, "face": {"consequence", "consequences"}, "regret": nil}

// paysThreat finds a threat said as what another will suffer: "Y said X
// would pay a heavy price", "'X will be held accountable,' Y said". The
// speaker threatens X. It leaves the sentences a threat verb already
// covers ("warned that X would pay") to that verb's frame.
func (x *Extractor) paysThreat(toks []token, ms []*mention, emit func(*trigAt, string, *mention, *mention, string, string, float64), trigs []*trigAt) {
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

// speakerOf returns the index of the say verb that reports a clause from
// s to e: before it ("Y said (that) X would pay") with nothing but "that"
// or a time phrase between, or after the closing quotation ("'X will
// pay,' Y said"). Else -1.
func speakerOf(toks []token, s, e int) int {
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		w := toks[k].lower
		if sayVerbs[w] || w == "warned" || w == "declared" || w == "vowed" {
			return k
		}
		if w != "that" && w != "\"" && !toks[k].isCap() && !isDigits(w) && w != "on" {
			break
		}
	}
	if s == 0 || toks[s-1].text != "\"" {
		return -1
	}
	for k := e; k+1 < len(toks); k++ {
		if toks[k].text == "\"" {
			for q := k + 1; q < len(toks) && q < k+8; q++ {
				if w := toks[q].lower; sayVerbs[w] || w == "warned" || w == "declared" || w == "vowed" {
					return q
				}
				if toks[q].text == "." {
					break
				}
			}
			return -1
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
	"aggressor": true, "rogue": true, "pariah": true, "warmonger": true}

// calledInsult finds "X called Y a 'dictator'" and "Y was branded a
// terrorist by X": criticism of the one named, the insult within a few
// words of the name.
func (x *Extractor) calledInsult(toks []token, ms []*mention, emit func(*trigAt, string, *mention, *mention, string, string, float64), trigs []*trigAt) {
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
			if m == nil || m.ent == nil || m.poss && !singleQuoteOpens(toks, m.e) || m.kind == mkPronoun && m.pronoun != "him" && m.pronoun != "her" && m.pronoun != "them" {
				continue
			}
			obj, from = []*mention{m}, m.e
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

// singleQuoteOpens reports a single quotation mark at toks[k] that a
// second one closes within eight words: "called Bush 'the devil'", not
// the possessive of "the Brothers' shop".
func singleQuoteOpens(toks []token, k int) bool {
	if k >= len(toks) || toks[k].text != "'" {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+8; q++ {
		if toks[q].text == "'" {
			return true
		}
	}
	return false
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

// possessorAfter returns the actor whose act a verb's object names:
// "called Seoul's decision", "described the Kremlin's move"; else nil.
func possessorAfter(toks []token, i int, ms []*mention) *mention {
	k := i
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	m := mentionStartingAt(ms, k)
	if m == nil || m.ent == nil && m.kind != mkRole || m.kind == mkPronoun || m.e+2 >= len(toks) || toks[m.e+1].isCap() || !m.poss && toks[m.e].text != "'s" {
		return nil
	}
	return m
}

// auxWords open a predicate: "and is expected to", "and will".
var auxWords = map[string]bool{"is": true, "was": true, "are": true, "were": true, "will": true, "would": true, "has": true,
	"have": true, "had": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true}

// mainSubject finds the subject of the sentence's first clause before
// end: the first eligible mention at the sentence start (or after a
// leading phrase's comma) that a finite verb follows, over adverbs and a
// relative clause ("X, who ..., will").
func mainSubject(toks []token, end int, ms []*mention) *mention {
	for _, m := range ms {
		if m.e >= end {
			break
		}
		if !eligible(toks, m) || m.ent == nil && m.kind != mkPair && m.kind != mkRole {
			continue
		}
		if m.s > 0 && toks[m.s-1].text != "," && !(m.s == 1 && determiners[toks[0].lower]) {
			continue
		}
		q := m.e
		for q < end && adverbs[toks[q].lower] && !auxWords[toks[q].lower] {
			q++
		}
		if q >= end {
			continue
		}
		v := toks[q]
		if v.text == "," && q+1 < end && (toks[q+1].lower == "who" || toks[q+1].lower == "which") || auxWords[v.lower] || verbLike(v) || pastVerb(v) {
			return m
		}
	}
	return nil
}

// coordLeft extends a subject leftwards over "X and Y", "X, Y and Z".
func coordLeft(toks []token, m *mention, ms []*mention) []*mention {
	group := []*mention{m}
	cur := m
	sawAnd := false
	for cur.s >= 2 {
		at := cur.s // "X and the Y": the determiner belongs to Y
		if toks[at-1].lower == "the" && at >= 3 {
			at--
		}
		if !sawAnd {
			at = titleIntroStart(toks, ms, at)
		}
		at = lowerTitleStart(toks, at)
		if at < 1 {
			break // a title that opens the sentence: nothing to its left
		}
		sep := toks[at-1].lower
		if sep != "and" && (sep != "," || !sawAnd) {
			break
		}
		sawAnd = true
		p := mentionEndingAt(ms, at-1)
		if p == nil && sep == "and" && at >= 3 && toks[at-2].text == "," {
			p = mentionEndingAt(ms, at-2)
			if p != nil && !sawAnd && !subjectPosition(toks, p) {
				break // "voiced concern about X, and their countries agreed": X ends another clause
			}
		}
		if (p == nil || p.appos) && sep == "and" && cur.ent != nil && cur.ent.Kind == KindPerson && at >= 3 && toks[at-2].text == "," {
			if a := apposHolder(toks, at-2, ms); a != nil {
				p = a // "X, chairman of Y, and Z": X past the appositive
			}
		}
		if p != nil && p.kind == mkRole && p.ent == nil && !p.appos {
			cur = p // "X and the presidents of A and B": an unknown holder is skipped, not a break
			continue
		}
		if p == nil || p.appos || p.ent == nil || p.kind == mkDemonym {
			break
		}
		group = append([]*mention{p}, group...)
		cur = p
	}
	if len(group) == 1 {
		return group
	}
	// keep only one mention per actor
	var out []*mention
	for _, g := range group {
		dup := false
		for _, o := range out {
			if o.ent == g.ent {
				dup = true
			}
		}
		if !dup {
			out = append(out, g)
		}
	}
	return out
}

// apposEnd returns the comma that closes a person's appositive opened by
// the comma at toks[c] ("X, chairman of the commission, and Y"): a
// lower-case post, then words without a clause break, at most eighteen
// tokens. It returns 0 when there is none.
func apposEnd(toks []token, c int, ms []*mention) int {
	if c+2 >= len(toks) || !toks[c+1].isWord() || toks[c+1].isCap() && !titleLike(toks[c+1]) && toks[c+2].text != "'s" {
		return 0 // a post, or a state's post: "X, Russia's foreign minister, and Y"
	}
	for q := c + 2; q < len(toks) && q <= c+18; q++ {
		if toks[q].text == "," {
			return q
		}
		if clauseBoundary[toks[q].lower] || !toks[q].isWord() && toks[q].text != "'s" && toks[q].text != "-" || pastVerb(toks[q]) {
			return 0
		}
	}
	return 0
}

// apposHolder returns the person whose appositive the comma at toks[c]
// closes ("X, chairman of the commission, and Y"), or nil.
func apposHolder(toks []token, c int, ms []*mention) *mention {
	for q := c - 2; q >= 1 && q >= c-18; q-- {
		if toks[q].text != "," {
			if clauseBoundary[toks[q].lower] || pastVerb(toks[q]) {
				return nil
			}
			continue
		}
		if m := mentionEndingAt(ms, q); m != nil && m.ent != nil && m.ent.Kind == KindPerson && !m.appos && apposEnd(toks, q, ms) == c {
			return m
		}
		return nil
	}
	return nil
}

// titleLike reports a capitalised word that opens a post ("Vice Foreign
// Minister", "President").
func titleLike(t token) bool {
	switch t.lower {
	case "vice", "foreign", "prime", "president", "chairman", "minister", "secretary", "deputy", "defence", "defense":
		return true
	}
	return false
}

// coordRight extends an object rightwards over "X, Y and Z".
func coordRight(toks []token, m *mention, ms []*mention) []*mention {
	group := []*mention{m}
	cur := m
	for cur.e+1 < len(toks) {
		k := cur.e
		if toks[k].text == "," && k+1 < len(toks) && toks[k+1].lower == "and" {
			k++
		}
		if toks[k].lower != "and" && toks[k].text != "," {
			break
		}
		n := mentionStartingAt(ms, k+1)
		if n == nil && k+2 < len(toks) && determiners[toks[k+1].lower] {
			n = mentionStartingAt(ms, k+2)
		}
		if toks[k].text == "," && cur.ent != nil && cur.ent.Kind == KindPerson && (n == nil || n.appos) {
			if c := apposEnd(toks, k, ms); c > 0 && c+2 < len(toks) && toks[c+1].lower == "and" {
				if z := mentionStartingAt(ms, c+2); z != nil && z.ent != nil && z.ent.Kind == KindPerson {
					n = z // "X, minister of Y, and Z": Z past the appositive
				}
			}
		}
		if n == nil || n.kind == mkDemonym || n.kind == mkPronoun || n.compound {
			break
		}
		if n.e < len(toks) && sayVerbs[toks[n.e].lower] {
			break // "X, Japanese officials said": the attribution
		}
		if toks[k].lower == "and" && k > 0 && toks[k-1].text == "," && verbAfter(toks, n.e) {
			break // "concern about X, and their countries agreed": a new clause's subject
		}
		group = append(group, n)
		cur = n
	}
	return group
}

// objectsRight finds the object(s) after the verb ending at toks[i].
func (x *Extractor) objectsRight(toks []token, i int, ms []*mention, rel string) []*mention {
	for k := i; k < len(toks) && k < i+16; k++ {
		w := toks[k].lower
		if rel == "ATTACK" && (k == i || !objBlocked[toks[k-1].lower] || toks[k-1].lower == "at" || toks[k-1].lower == "in") {
			if m := x.demonymTarget(toks, k); m != nil {
				return []*mention{m} // "shelled Ukrainian positions": the positions' state
			}
		}
		if rel == "SANCTION" && (k == i || !objBlocked[toks[k-1].lower]) {
			if m := x.demonymHolder(toks, k, sanctionedNouns); m != nil {
				return []*mention{m} // "froze the assets of two Iranian banks": the banks' state
			}
		}
		if rel == "MILITARY_COOPERATION" && (k == i || !objBlocked[toks[k-1].lower]) {
			if m := x.demonymHolder(toks, k, stationedForces); m != nil {
				return []*mention{m} // "brought in Russian military instructors": the force's state
			}
		}
		if m := mentionStartingAt(ms, k); m != nil {
			p := k - 1
			for p >= i && determiners[toks[p].lower] {
				p--
			}
			blocked := p >= i && objBlocked[toks[p].lower] && !((rel == "VISIT" || rel == "ATTACK") && (toks[p].lower == "in" || toks[p].lower == "at"))
			if p >= i && (toks[p].lower == "on" || toks[p].lower == "against") && topicRels[rel] {
				blocked = true // "signed a pact on Syria", "drills against X": a topic or a target
			}
			if rel == "REJECT" && p > i && (toks[p].lower == "on" || toks[p].lower == "against") && measureTargetNouns[toks[p-1].lower] {
				blocked = true // "opposed sanctions on Iran": the measure's target, not what is rejected
			}
			if p-2 >= i && toks[p].text == "," && toks[p-1].isCap() && objBlocked[toks[p-2].lower] && rel != "VISIT" {
				blocked = true // "met in Kananaskis, Canada": the place's country
			}
			if p >= i && toks[p].lower == "by" && p == i {
				blocked = true
			}
			if rel == "ATTACK" && p >= i && toks[p].lower == "with" {
				blocked = true // "launched an operation with X": a partner, not a target
			}
			if m.kind == mkDemonym || m.appos || m.compound || blocked || (m.ent == nil && m.kind != mkPair) || m.city && rel != "VISIT" && rel != "ATTACK" {
				k = m.e - 1
				if blocked {
					g := coordRight(toks, m, ms) // "over the Sea of Japan and the East China Sea"
					k = g[len(g)-1].e - 1
				}
				continue
			}
			if rel == "VISIT" && siteOwner(toks, m) {
				k = m.e - 1
				continue // "visited a Russian military base in Gyumri": the base's owner, not the place
			}
			if k > i && toks[k-1].text == "," && m.e < len(toks) && sayVerbs[toks[m.e].lower] {
				return nil // "to meet X, South Korean officials said": the attribution, not an object
			}
			if topicRels[rel] && attribution(toks, m, i) {
				return nil // "..., presidential spokesman X said"
			}
			if m.kind == mkPronoun && !(m.pronoun == "him" || m.pronoun == "her" || m.pronoun == "it" || m.pronoun == "them") && !claimAfter(toks, m.e) {
				k = m.e - 1
				continue // ("rejected his offer": the offer's author is the object)
			}
			if conflictRel(rel) {
				if g := x.governmentOf(toks, m); g != nil {
					return []*mention{g} // "lashed out at the Moon Jae-in administration": his state
				}
				if namedHolding(toks, m) && rel != "ATTACK" {
					return nil // "Iran's Bank Saderat": a party the dictionary does not know (but "shelled X's Y Island" hits X)
				}
			}
			return coordRight(toks, m, ms)
		}
		if conflictRel(rel) && rel != "ATTACK" && unknownNameAt(toks, i, k) {
			return nil // "sanctions on Lockheed Martin ... over sales to Taiwan": the target is a name we do not know
		}
		if k > i && w == "," && k+1 < len(toks) && !toks[k+1].isCap() && strings.HasSuffix(toks[k+1].lower, "ing") && len(toks[k+1].lower) > 5 && !prepositions[toks[k+1].lower] {
			return nil // ", prompting Japan to ...": a participle clause of its own
		}
		if k > i && topicRels[rel] && w == "," && k+1 < len(toks) && toks[k+1].lower == "and" {
			return nil // "established ties, and in 2008 the two governments ...": a new clause
		}
		if k > i && topicRels[rel] && participleClause(toks, k, ms) {
			return nil // "issued a joint statement criticising China": what the text says, not a party
		}
		if w == "\"" && quotedName(toks, k) > 0 {
			k += quotedName(toks, k) // the "Joint Sea 2021" exercise: a name, not a quotation
			continue
		}
		if w == "\"" && conflictRel(rel) && quotedWords(toks, k) {
			continue // condemned "in the strongest terms" X's ..., its own "unilateral sanctions" against X
		}
		if k > i && (clauseBoundary[w] || w == "." || sayVerbs[w]) {
			return nil
		}
		if k > i && purposeInfinitive(toks, k, rel) {
			return nil
		}
		if k > i && (w == "and" || w == ",") && k+1 < len(toks) && (verbLike(toks[k+1]) || pastVerb(toks[k+1])) {
			return nil
		}
	}
	return nil
}

// governmentNouns after a leader's name stand for the leader's state.
var governmentNouns = map[string]bool{"administration": true, "government": true, "regime": true, "cabinet": true}

// governmentOf returns the state of "the <leader> administration", or nil.
func (x *Extractor) governmentOf(toks []token, m *mention) *mention {
	if m.ent == nil || m.ent.Kind != KindPerson || m.e >= len(toks) || !governmentNouns[toks[m.e].lower] {
		return nil
	}
	e := x.dict.byID[homeID(m.ent)]
	if e == nil {
		return nil
	}
	return &mention{s: m.s, e: m.e + 1, kind: mkActor, ent: e, head: m.s, text: joinTokens(toks[m.s : m.e+1])}
}

// namedHolding reports "X's Bank Saderat": the possessor's named holding,
// a party the dictionary does not know, is the object, not X. A name that
// modifies a common noun ("Trump's Asia trip") is no holding.
func namedHolding(toks []token, m *mention) bool {
	if !m.poss || m.e+1 >= len(toks) || !toks[m.e+1].isCap() || titleWord(toks[m.e+1].lower) {
		return false
	}
	j := m.e + 1
	for j < len(toks) && toks[j].isCap() {
		j++
	}
	return j >= len(toks) || !toks[j].isWord() || prepositions[toks[j].lower] || auxWords[toks[j].lower]
}

// titleWord: capitalised words after a possessive that name an office.
func titleWord(w string) bool {
	switch w {
	case "president", "prime", "foreign", "defense", "defence", "minister", "leader", "king", "queen", "chancellor",
		"supreme", "ambassador", "envoy", "secretary", "vice", "deputy", "top", "chief", "navy", "army", "coast":
		return true
	}
	return false
}

// unknownNameAt reports a capitalised word at toks[k] right after the
// trigger ending at i (over determiners) that starts no known mention.
func unknownNameAt(toks []token, i, k int) bool {
	for q := i; q < k; q++ {
		if !determiners[toks[q].lower] {
			return false
		}
	}
	return toks[k].isCap() && toks[k].isWord() && !determiners[toks[k].lower]
}

// targetNouns are what a strike hits that stands for the state owning it.
var targetNouns = map[string]bool{"positions": true, "position": true, "targets": true, "target": true, "bases": true,
	"base": true, "territory": true, "outposts": true, "outpost": true, "peacekeepers": true, "units": true,
	"installations": true, "facilities": true, "infrastructure": true, "villages": true, "towns": true, "cities": true,
	"border": true, "convoy": true, "convoys": true, "patrol": true, "warship": true, "jet": true,
	"drone": true, "drones": true, "helicopter": true, "embassy": true, "consulate": true, "garrison": true,
	"warplane": true, "warplanes": true, "aircraft": true, "plane": true, "planes": true, "jets": true, "ship": true,
	"ships": true, "vessel": true, "vessels": true, "warships": true, "submarine": true, "sites": true, "site": true,
	"posts": true, "post": true, "airbase": true, "airbases": true, "airfield": true, "airfields": true, "troops": true,
	"soldiers": true, "forces": true, "civilians": true, "ports": true, "port": true, "camps": true, "camp": true,
	"defences": true, "defenses": true, "headquarters": true, "island": true, "islands": true}

// demonymTarget returns the state of a nationality adjective at toks[k]
// that a target noun follows (over one more word): "fired on Syrian army
// positions", "struck Iranian military targets". The mention finder drops
// such adjectives, so the dictionary is asked here; else nil.
func (x *Extractor) demonymTarget(toks []token, k int) *mention {
	return x.demonymHolder(toks, k, targetNouns)
}

// sanctionedNouns are what a measure hits that stands for the state they
// belong to: "barred nine Canadian lawmakers", "banned imports of Turkish
// fruit", "froze the assets of 35 North Korean firms".
var sanctionedNouns = map[string]bool{"officials": true, "official": true, "lawmakers": true, "legislators": true,
	"diplomats": true, "banks": true, "bank": true, "companies": true, "company": true, "firms": true, "firm": true,
	"entities": true, "individuals": true, "groups": true, "organizations": true, "organisations": true,
	"oligarchs": true, "businessmen": true, "generals": true, "officers": true, "lenders": true, "airlines": true,
	"ships": true, "vessels": true, "tankers": true, "nationals": true, "citizens": true, "goods": true,
	"products": true, "imports": true, "exports": true, "fruit": true, "vegetables": true, "coal": true,
	"wine": true, "beef": true, "steel": true, "seafood": true, "oil": true, "gas": true, "shipping": true}

// demonymHolder returns the state of a nationality adjective at toks[k]
// that one of nouns follows (over one more word), or a plural demonym
// that names people ("killed 17 Palestinians"); else nil.
func (x *Extractor) demonymHolder(toks []token, k int, nouns map[string]bool) *mention {
	m, n := x.dict.names.longest(toks, k, textKey)
	if m == nil || m.kind != matchDemonym {
		return nil
	}
	if w := toks[k+n-1].text; strings.HasSuffix(w, "s") && (k+n >= len(toks) || !toks[k+n].isWord() || prepositions[toks[k+n].lower]) {
		// "killed 17 Palestinians": the people named by their nationality
		return &mention{s: k, e: k + n, kind: mkActor, ent: m.entry, match: m.kind, head: k, text: joinTokens(toks[k : k+n])}
	}
	for q := k + n; q < len(toks) && q < k+n+3; q++ {
		if nouns[toks[q].lower] {
			return &mention{s: k, e: k + n, kind: mkActor, ent: m.entry, match: m.kind, head: k, text: joinTokens(toks[k : k+n])}
		}
		if !toks[q].isWord() {
			return nil
		}
	}
	return nil
}

// pastVerb reports a lower-case past-tense verb after "and": "condemned
// the launch and vowed to ...", where a new predicate starts.
func pastVerb(t token) bool {
	if t.isCap() || len(t.lower) < 5 || !strings.HasSuffix(t.lower, "ed") {
		return false
	}
	switch t.lower {
	case "armed", "united", "related", "allied", "detained", "interested", "concerned", "combined", "advanced", "based":
		return false
	}
	return true
}

func verbLike(t token) bool {
	switch t.lower {
	case "met", "visited", "signed", "said", "agreed", "held", "is", "was", "has", "have", "will", "are", "were":
		return true
	}
	return false
}

// byAgent finds "by X" after a passive verb.
func (x *Extractor) byAgent(toks []token, i int, ms []*mention) []*mention {
	return x.agentAfter(toks, i, ms, "by")
}

// agentAfter finds the agent introduced by prep ("by X", "from X") within
// six tokens after i.
func (x *Extractor) agentAfter(toks []token, i int, ms []*mention, prep string) []*mention {
	limit := i + 6
	for k := i; k < len(toks) && k < limit; k++ {
		if toks[k].lower == prep {
			j := k + 1
			if m := mentionStartingAt(ms, j); m != nil && m.kind == mkPair {
				return []*mention{m} // "by the presidents of both states"
			}
			for j < len(toks) && (determiners[toks[j].lower] || toks[j].lower == "both") {
				j++ // "by both X and Y": each agent
			}
			if m := mentionStartingAt(ms, j); m != nil && (m.ent != nil || m.kind == mkPair || m.kind == mkRole) {
				if p := x.titledPersonAfter(toks, m, ms); p != nil {
					return []*mention{p} // "by US National Security Adviser Michael Flynn"
				}
				return coordRight(toks, m, ms)
			}
			// "by the presidents of both states"
			for q := j; q < len(toks) && q < j+5; q++ {
				if m := mentionStartingAt(ms, q); m != nil && m.kind == mkPair {
					return []*mention{m}
				}
			}
			return nil
		}
		if (toks[k].text == "\"" || toks[k].text == "'") && k > i && toks[k-1].lower == "as" {
			if n := quotedPhrase(toks, k); n > 0 {
				k += n // "denounced as \"ethnic cleansing\" by X"
				limit += n
				continue
			}
		}
		if clauseBoundary[toks[k].lower] {
			return nil
		}
	}
	return nil
}

// quotedPhrase returns how many tokens after an opening quote at k close
// a short quotation (at most eight words), or 0.
func quotedPhrase(toks []token, k int) int {
	for q := k + 1; q < len(toks) && q <= k+9; q++ {
		if toks[q].text == toks[k].text {
			return q - k
		}
		if !toks[q].isWord() {
			return 0
		}
	}
	return 0
}

// titledPersonAfter returns the person a state's name introduces with a
// title the mention finder left apart ("US National Security Adviser
// Michael Flynn"): a person of that state after capitalised words only.
func (x *Extractor) titledPersonAfter(toks []token, m *mention, ms []*mention) *mention {
	if m.ent == nil || m.ent.Kind != KindCountry && m.ent.Kind != KindOrganization {
		return nil
	}
	titled := false
	for q := m.e; q < len(toks) && q < m.e+5; q++ {
		if p := mentionStartingAt(ms, q); p != nil {
			if p.ent != nil && p.ent.Kind == KindPerson && (x.isHome(p, m.ent) || titled) {
				return p
			}
			return nil
		}
		w := toks[q]
		if !w.isWord() || prepositions[w.lower] || determiners[w.lower] || w.lower == "and" {
			return nil
		}
		titled = titled || titleHeads[w.lower]
	}
	return nil
}

// titleHeads end a title before a name: "UN human rights chief X".
var titleHeads = map[string]bool{"chief": true, "head": true, "adviser": true, "advisor": true, "envoy": true,
	"minister": true, "secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "director": true,
	"ambassador": true, "commissioner": true, "president": true, "leader": true, "official": true}

// betweenGroup finds "between X and Y" within a few tokens after i.
func (x *Extractor) betweenGroup(toks []token, i int, ms []*mention) []*mention {
	for k := i; k < len(toks) && k < i+8; k++ {
		if toks[k].lower != "between" {
			if clauseBoundary[toks[k].lower] || toks[k].text == "," {
				return nil
			}
			continue
		}
		j := k + 1
		m := mentionStartingAt(ms, j) // "between the two countries"
		for m == nil && j < len(toks) && determiners[toks[j].lower] {
			j++
			m = mentionStartingAt(ms, j)
		}
		if m == nil {
			for q := j; q < len(toks) && q < j+4; q++ {
				if m = mentionStartingAt(ms, q); m != nil {
					break
				}
			}
		}
		if m == nil {
			return nil
		}
		if m.kind == mkPair {
			if m.pair[0] == nil {
				return nil
			}
			return pairMembers(m)
		}
		return coordRight(toks, m, ms)
	}
	return nil
}

// heldAfter returns the position after "held" right behind an event noun
// ("talks were held", "the summit, held", "a treaty signed") and the
// place and time that follow it, where a "between" phrase names the
// parties; else 0.
func heldAfter(toks []token, e int) int {
	k := e
	if k < len(toks) && (toks[k].text == "," || beForms[toks[k].lower]) {
		k++
	}
	if k >= len(toks) || toks[k].lower != "held" {
		return 0
	}
	k++
	for q := k; q < len(toks) && q < k+10; q++ {
		w := toks[q]
		if w.lower == "between" {
			return q
		}
		if w.text == "," && q+1 < len(toks) && isDigits(toks[q+1].text) {
			continue // "on June 1, 2015"
		}
		if w.text == "-" {
			continue // "in mid-March"
		}
		if !w.isWord() || clauseBoundary[w.lower] {
			return 0
		}
	}
	return 0
}

// nounFrame finds who and whom of a nominal trigger: "X's visit to Y",
// "the summit between X and Y", "a visit by X", "the Kim-Putin summit".
func (x *Extractor) nounFrame(toks []token, t *trigAt, ms []*mention, prev *trigAt) (subj, obj []*mention) {
	rel := t.tr.rel
	r, _ := LookupRelation(rel)
	// "X visited Y at the invitation of Z": Z invited X
	if rel == "INVITE" && t.s >= 2 && toks[t.s-2].lower == "at" && t.e+1 < len(toks) && toks[t.e].lower == "of" {
		j := t.e + 1
		for j < len(toks) && determiners[toks[j].lower] {
			j++
		}
		if m := mentionStartingAt(ms, j); m != nil && m.ent != nil {
			if prev != nil && len(prev.subj) > 0 && !prev.passive {
				return []*mention{m}, prev.subj
			}
			return []*mention{m}, x.clauseSubject(toks, t.s, ms, nil, t)
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
		for j < len(toks) && j < k+4 && !(mentionStartingAt(ms, j) != nil) {
			if toks[j].isCap() && !determiners[toks[j].lower] {
				break
			}
			j++
		}
		if m := mentionStartingAt(ms, j); m != nil && m.kind != mkDemonym && m.kind != mkPronoun && !(m.compound && venueOf(toks, m.s)) {
			obj = coordRight(toks, m, ms) // (not "a summit of the Non-Aligned Movement": its venue)
		}
		break
	}
	if len(subj) == 0 && prev != nil && len(prev.obj) > 0 && forIng(toks, prev.e, t.s) {
		subj = prev.obj // "denounced X for providing aid to Y"
	}
	if len(subj) == 0 && hostileNoun(rel) && (modAgent || !launchedBefore(toks, t.s)) {
		// "condemned the invasion of X", "discussed the strike on X", "warned
		// of the threat of war": the clause's subject did not carry it out
		return nil, obj
	}
	if len(subj) == 0 && len(obj) == 0 && rel == "MEET" && (prev == nil || !plannedEncounter[prev.tr.rel]) && venueNoun(toks, t) {
		return nil, nil // "X and Y agreed ... at a Gulf summit": a gathering they attended, not their meeting
	}
	if len(subj) == 0 {
		if prev != nil && len(prev.subj) > 0 && !prev.passive {
			subj = prev.subj
		} else {
			subj = x.clauseSubject(toks, t.s, ms, nil, t)
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

// hyphenPair finds the two states of a nominal trigger named by hyphenated
// nationality adjectives before it, over a few lower-case modifiers:
// "Indian-French joint drills", "the Russian-Chinese naval patrols". The
// adjectives are not mentions (they modify a noun), so the dictionary is
// asked directly.
func (x *Extractor) hyphenPair(toks []token, t *trigAt) []*mention {
	k := t.s - 1
	for k >= 0 && k >= t.s-4 && toks[k].isWord() && !toks[k].isCap() && !prepositions[toks[k].lower] && !determiners[toks[k].lower] {
		k--
	}
	// toks[k] ends the second adjective; find where it starts
	for n := 1; n <= 3 && k-n >= 1; n++ {
		b := k - n + 1
		second, ln := x.dict.names.longest(toks, b, textKey)
		if second == nil || ln != n || second.kind != matchDemonym || toks[b-1].text != "-" {
			continue
		}
		for m := 1; m <= 3 && b-1-m >= 0; m++ {
			a := b - 1 - m
			first, lf := x.dict.names.longest(toks, a, textKey)
			if first == nil || lf != m || first.kind != matchDemonym || first.entry == second.entry {
				continue
			}
			return []*mention{
				{s: a, e: a + m, ent: first.entry, kind: mkActor, head: a},
				{s: b, e: b + n, ent: second.entry, kind: mkActor, head: b},
			}
		}
	}
	return nil
}

// onwardStops extends the places of a visit over later legs of the same
// trip: "will travel to France and then to Georgia", "flew to Vilnius and
// on to Riga".
func onwardStops(toks []token, obj []*mention, ms []*mention) []*mention {
	for len(obj) > 0 {
		k := obj[len(obj)-1].e
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k >= len(toks) || toks[k].lower != "and" {
			return obj
		}
		k++
		for k < len(toks) && (toks[k].lower == "then" || toks[k].lower == "later" || toks[k].lower == "on" || toks[k].lower == "finally" || toks[k].lower == "also") {
			k++
		}
		if k >= len(toks) || toks[k].lower != "to" {
			return obj
		}
		k++
		for k < len(toks) && determiners[toks[k].lower] {
			k++
		}
		m := mentionStartingAt(ms, k)
		if m == nil || m.ent == nil || m.kind != mkActor || m.ent.Kind != KindCountry {
			return obj
		}
		obj = append(obj, m)
	}
	return obj
}

// frontedPair finds the two parties of "their" meeting in a sentence that
// opens with it: "During their talks on Monday, X and Y agreed ...", "After
// their summit, X and Y ...": the coordinated subject right after the
// opening phrase's comma.
func frontedPair(toks []token, t *trigAt, ms []*mention) []*mention {
	if len(toks) == 0 || !prepositions[toks[0].lower] && toks[0].lower != "following" && toks[0].lower != "ahead" || t.s > 4 {
		return nil
	}
	for k := t.e; k < len(toks) && k < t.e+10; k++ {
		if toks[k].text != "," {
			if clauseBoundary[toks[k].lower] || toks[k].text == "." {
				return nil
			}
			continue
		}
		j := k + 1
		for j < len(toks) && determiners[toks[j].lower] {
			j++
		}
		m := mentionStartingAt(ms, j)
		if m == nil || m.ent == nil || m.kind == mkPronoun || m.kind == mkDemonym {
			return nil
		}
		return coordRight(toks, m, ms)
	}
	return nil
}

// directObject reports that nothing but adverbs and time expressions
// separate a verb ending at from from its object starting at to, or the
// modifiers of the object's own noun phrase ("warned the new US
// administration": "the" and lower-case words that are not prepositions).
func directObject(toks []token, from, to int, tx []timex) bool {
	np := false // inside the object's noun phrase, after its "the"
	for k := from; k < to && k < len(toks); k++ {
		inTime := false
		for _, x := range tx {
			if k >= x.s && k < x.e {
				inTime = true
			}
		}
		w := toks[k].lower
		if np && toks[k].isWord() && !toks[k].isCap() && !prepositions[w] && !clauseBoundary[w] && w != "and" {
			continue
		}
		np = w == "the"
		if !inTime && !adverbs[w] && toks[k].text != "," && w != "on" && w != "the" {
			return false
		}
	}
	return true
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

// inflections: regular -s, -ed, -ing forms of a verb.
func inflections(v string) []string {
	stem := strings.TrimSuffix(v, "e")
	return []string{v + "s", v + "es", stem + "ed", stem + "ing", v + "ed"}
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

// partnerState finds the other party of an agreement to cooperate: the
// one state in the sentence that is neither the subject nor its parent.
func (x *Extractor) partnerState(subj *mention, ms []*mention, t *trigAt, toks []token, st *docState) *mention {
	if subj.ent == nil {
		return nil
	}
	for _, m := range ms {
		if m.kind != mkActor || m.ent == nil || m.ent.Kind != KindCountry || m.appos {
			continue
		}
		if m.ent == subj.ent || m.ent.ID == subj.ent.Parent {
			continue
		}
		return m
	}
	return nil
}

// invitedVisit emits the planned VISIT of "invited X to visit Y" / "to come to Y".
func (x *Extractor) invitedVisit(toks []token, t *trigAt, obj []*mention, ms []*mention, emit func(*trigAt, string, *mention, *mention, string, string, float64)) {
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
func (x *Extractor) sendTo(toks []token, ms []*mention, emit func(*trigAt, string, *mention, *mention, string, string, float64), trigs []*trigAt) {
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
func (x *Extractor) toldDuring(toks []token, ms []*mention, emit func(*trigAt, string, *mention, *mention, string, string, float64), trigs []*trigAt) {
	for i, tk := range toks {
		switch tk.lower {
		case "told", "assured", "asked", "informed", "urged":
		default:
			continue
		}
		o := mentionStartingAt(ms, i+1)
		if o == nil || o.ent == nil || o.kind == mkPronoun || o.kind == mkDemonym || o.appos || o.compound || o.city {
			continue
		}
		found := false
		k := o.e
		if k+1 < len(toks) && toks[k].lower == "in" && o.ent.Kind == KindPerson && placeAt(ms, k+1) {
			found = true // "X told Y in Moscow": said face to face, where they met
		}
		if !found && tk.lower == "told" && toldInPerson(toks, o) {
			found = true // "X told Cambodian Prime Minister Y that": said to the person
		}
		if !found && (k+2 >= len(toks) || (toks[k].lower != "during" && toks[k].lower != "at" && toks[k].lower != "in") || (toks[k+1].lower != "their" && toks[k+1].lower != "the")) {
			continue
		}
		for q := k + 2; !found && q < len(toks) && q < k+6; q++ {
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
		}
	}
}

// placeAt reports a place mention (a city or a capital standing for its
// state) starting at toks[k].
func placeAt(ms []*mention, k int) bool {
	m := mentionStartingAt(ms, k)
	return m != nil && (m.city || m.place != "")
}

// summonedEnvoy reads "X summoned the Japanese ambassador to protest ..." /
// "... over the incursion" as X criticising the envoy's state.
func (x *Extractor) summonedEnvoy(toks []token, ms []*mention, emit func(*trigAt, string, *mention, *mention, string, string, float64), trigs []*trigAt) {
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

// placeAfter returns a capital named by "in X" after the trigger.
func (x *Extractor) placeAfter(toks []token, i int, ms []*mention) string {
	for k := i; k+1 < len(toks) && k < i+12; k++ {
		if toks[k].lower == "in" {
			if m := mentionStartingAt(ms, k+1); m != nil && m.place != "" {
				return m.place
			}
		}
	}
	return ""
}

// resolveAt returns the entry of a mention, resolving titles at the
// event's date.
func (x *Extractor) resolveAt(m *mention, t *trigAt, timexes []timex, toks []token, st *docState) *Entry {
	if m == nil {
		return nil
	}
	return m.ent
}

// sinceBefore reports "since" up to four words before toks[i] with no
// punctuation between: "since taking office last year".
func sinceBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if !toks[k].isWord() {
			return false
		}
		if toks[k].lower == "since" {
			return true
		}
	}
	return false
}

// meetingOpener returns the meeting noun of a sentence that opens inside a
// meeting already reported: "During the talks," (talks), "At a joint press
// conference," (""), "Speaking at a news conference after the summit,"
// (summit); ok is false for other sentences.
func meetingOpener(toks []token) (noun string, ok bool) {
	prep := -1
	for k := 0; k < len(toks) && k < 14; k++ {
		w := toks[k].lower
		if w == "," || w == "." || w == ";" {
			break
		}
		switch w {
		case "during", "at", "after", "following", "before", "ahead":
			if k == 0 || k <= 4 && toks[0].lower != "before" && strings.HasSuffix(toks[0].lower, "ing") || k <= 5 && timeLead(toks[:k]) {
				prep = k
			}
		}
		if prep < 0 || k-prep > 4 {
			continue
		}
		switch w {
		case "talks", "summit", "meeting":
			if k+1 < len(toks) && toks[k+1].lower == "talks" {
				continue // "summit talks": the head noun comes next
			}
			return w, true
		case "conference", "banquet", "dinner", "ceremony", "luncheon", "negotiations":
			ok = true
		}
	}
	return "", ok
}

// timeLead reports words that measure a time before or after a meeting:
// "In the week before the summit", "Two days after the talks", "Shortly
// before".
func timeLead(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "in", "the", "a", "an", "on", "one", "two", "three", "few", "several", "shortly", "just", "hours", "hour",
			"day", "days", "week", "weeks", "night", "evening", "morning", "eve":
		default:
			return false
		}
	}
	return len(toks) > 0
}

// meetingDate returns the date of the meeting a sentence opens inside, or
// "": a day, or its month when the sentence is days or weeks off it.
func (st *docState) meetingDate(toks []token) string {
	noun, ok := meetingOpener(toks)
	if !ok {
		return ""
	}
	d := st.meetingDay(noun)
	if n, ok := daysOffMeeting(toks); ok && len(d) == 10 {
		return shiftDay(d, n) // "A day before the talks opened, ..."
	}
	if len(d) == 10 && offMeeting(toks) {
		return d[:7]
	}
	return d
}

// offMeeting reports an opener that is days or weeks away from its meeting
// ("In the week before the summit", "Two days after the talks").
func offMeeting(toks []token) bool {
	for k := 0; k < len(toks) && k < 6; k++ {
		switch toks[k].lower {
		case "day", "days", "week", "weeks":
			return true
		case "before", "after", "following", "ahead", ",":
			return false
		}
	}
	return false
}

// meetingDay returns the date of the last dated meeting so named, or "".
func (st *docState) meetingDay(noun string) string {
	if d := st.meetDates[noun]; d != "" {
		return d
	}
	if noun == "summit" || noun == "talks" || noun == "meeting" {
		for _, n := range []string{"summit", "talks", "meeting"} {
			if d := st.meetDates[n]; d != "" {
				return d
			}
		}
	}
	return st.meetDates[""]
}

// sameDayRef reports "the same day", "that evening" and the like: the day
// of the sentence before.
func sameDayRef(toks []token) bool {
	for k := 0; k+1 < len(toks); k++ {
		a, b := toks[k].lower, toks[k+1].lower
		switch {
		case a == "same" && (b == "day" || b == "evening" || b == "night" || b == "morning" || b == "afternoon"):
			return true
		case a == "that" && (b == "day" || b == "evening" || b == "night" || b == "morning" || b == "afternoon"):
			return true
		case (a == "earlier" || a == "later") && b == "in" && k+3 < len(toks) && toks[k+2].lower == "the" && toks[k+3].lower == "day":
			return true // "arrived earlier in the day"
		case a == "within" && (b == "hours" || b == "minutes"), (a == "hours" || a == "minutes") && (b == "later" || b == "after"):
			return true // "Moscow hit back within hours", "hours later"
		}
	}
	return false
}

// relativeSpans returns the token ranges of relative clauses ("a pact that
// Seoul had threatened to scrap in 2019"): a time inside one dates that
// clause, not the sentence around it.
func relativeSpans(toks []token) [][2]int {
	var out [][2]int
	for k := 1; k < len(toks); k++ {
		w := toks[k].lower
		if w == "since" && k+1 < len(toks) && (pronouns[toks[k+1].lower] || toks[k+1].lower == "we") {
			w = "that" // "their first meeting since they shook hands in 2018"
		}
		reduced := false
		if byParticipleSpan(toks, k) {
			reduced = true // "the test conducted by X on 3 May, the Council ...": the noun's own time
		}
		if !reduced && w != "that" && w != "which" && w != "who" && w != "whose" && w != "when" && w != "adding" && w != "saying" {
			continue
		}
		p := toks[k-1]
		rel := false
		switch {
		case reduced:
			rel = true
		case w == "when" && p.isWord() && !p.isCap() && p.lower != "and" && p.lower != "but":
			rel = true // "the understanding reached with Y when the two met in May"
		case (w == "adding" || w == "saying") && p.text == ",":
			rel = true // ", adding that the sides had agreed in May": a clause of its own
		case w == "when" || w == "adding" || w == "saying":
		case p.text == "," && w != "that":
			rel = true
		case p.isWord() && !p.isCap() && !sayVerbs[p.lower] && !strings.HasSuffix(p.lower, "ed") && !strings.HasSuffix(p.lower, "s") && p.lower != "so" && p.lower != "such" && !prepositions[p.lower] && !determiners[p.lower]:
			rel = true
		}
		if !rel {
			continue
		}
		e := k + 1
		for e < len(toks) && toks[e].text != ";" {
			if toks[e].text == "," && dateComma(toks, e) {
				e++ // on over the comma of "February 5, 2020"
				continue
			}
			if toks[e].text == "," {
				if !(e+2 < len(toks) && toks[e+1].isCap() && toks[e+2].text == ",") {
					break
				}
				e += 2 // on over a place's appositive: "in Bali, Indonesia, last May"
			}
			e++
		}
		out = append(out, [2]int{k, e})
	}
	return out
}

// repeated reports "visited X several times": a repeated event has no one date.
func repeated(toks []token, t *trigAt) bool {
	for k := t.e; k+1 < len(toks) && k < t.e+6; k++ {
		if (toks[k+1].lower == "times" || toks[k+1].lower == "occasions") && (numberWords[toks[k].lower] >= 2 || toks[k].lower == "several" || toks[k].lower == "many" || toks[k].lower == "multiple" || toks[k].lower == "numerous") {
			return true
		}
		if clauseBoundary[toks[k].lower] || toks[k].text == "," {
			break
		}
	}
	return false
}

// inOtherSpan reports whether token i lies in a span that token j is not in.
func inOtherSpan(spans [][2]int, i, j int) bool {
	for _, sp := range spans {
		if i >= sp[0] && i < sp[1] && !(j >= sp[0] && j < sp[1]) {
			return true
		}
	}
	return false
}

// ownClauseTime reports a time expression within eight tokens after e with
// no comma, "and" or clause boundary before it.
func ownClauseTime(toks []token, tx []timex, e int) bool {
	for _, y := range tx {
		if y.s < e || y.s-e > 8 {
			continue
		}
		clear := true
		for q := e; q < y.s; q++ {
			if w := toks[q].lower; w == "," || w == "and" || clauseBoundary[w] {
				clear = false
			}
		}
		if clear {
			return true
		}
	}
	return false
}

// modifiesNoun reports whether the relative clause holding token i starts
// at most four tokens after a nominal trigger ending at e: "the operation
// in Ukraine, which began on February 24" dates the operation. A longer gap
// is allowed when it is only the noun's participants: "the drill between
// Canberra and Wellington, which started Tuesday".
func modifiesNoun(toks []token, spans [][2]int, i, e int) bool {
	for _, sp := range spans {
		if i >= sp[0] && i < sp[1] && sp[0] >= e && (sp[0]-e <= 4 || participantGap(toks, e, sp[0])) {
			return true
		}
	}
	return false
}

// participantGap reports whether toks[s:e] is a participant phrase of an
// event noun — "between A and B" or "with B", then the relative clause's
// comma — with no verb or clause boundary inside, at most ten tokens.
func participantGap(toks []token, s, e int) bool {
	if e-s > 10 || s >= len(toks) || e > len(toks) || (toks[s].lower != "between" && toks[s].lower != "with") {
		return false
	}
	for q := s + 1; q < e; q++ {
		t := toks[q]
		if t.text == ";" || clauseBoundary[t.lower] || verbLike(t) || pastVerb(t) || (t.text == "," && q != e-1) {
			return false
		}
	}
	return true
}

// prevDate returns the date the sentence right before established, or "".
func (st *docState) prevDate() string {
	if n := len(st.recent); n > 0 && st.recent[n-1].index == st.sentIndex-1 {
		return st.recent[n-1].date
	}
	return ""
}

// prevDay returns the day "the same day" refers to: the date the sentence
// right before established, else the day of the statements it reported in
// the present ("X warned ... The same day, Y imposed ...").
func (st *docState) prevDay() string {
	if d := st.prevDate(); d != "" {
		return d
	}
	if n := len(st.recent); n > 0 && st.recent[n-1].index == st.sentIndex-1 {
		return st.recent[n-1].present
	}
	return ""
}

// sentDate is what a sentence leaves for the dates of the next ones: its
// actors and the date it establishes (of its first dated event, else of
// its one past temporal expression).
type sentDate struct {
	index   int
	actors  map[string]bool
	date    string
	meeting bool              // set inside a reported meeting: its date holds for what follows, whoever acts
	present string            // the day of its statements reported in the present, for "the same day" after it
	persons map[string]string // person id -> the date of the first dated event the person took part in
	lastDay string            // the last day it names, for "that day" after it
}

// contextSentences is how many sentences back an undated event looks for
// the date of the event it continues.
const contextSentences = 3

// noteSentence records what a sentence establishes for its successors.
func (st *docState) noteSentence(index int, toks []token, ms []*mention, evs []Event, tx []timex) {
	sd := sentDate{index: index, actors: map[string]bool{}}
	if len(evs) > 0 {
		st.prevParts, st.prevIndex = nil, index
		for _, ev := range evs {
			for _, id := range []string{ev.Subject.ID, ev.Object.ID} {
				for _, m := range ms {
					if m.ent != nil && m.ent.ID == id {
						st.prevParts = append(st.prevParts, m.ent)
						break
					}
				}
			}
		}
	}
	for _, m := range ms {
		if m.ent != nil && !m.appos {
			sd.actors[m.ent.ID] = true
		}
		for _, p := range m.pair {
			if p != nil {
				sd.actors[p.ID] = true
			}
		}
		for _, p := range m.group {
			sd.actors[p.ID] = true
		}
	}
	st.noteNewsDay(evs)
	for _, ev := range evs {
		sd.actors[ev.Subject.ID], sd.actors[ev.Object.ID] = true, true
		if sd.date == "" && ev.Date != "" && ev.DateSource == SourceText && ev.Modality == Asserted {
			sd.date = ev.Date
		}
		sd.notePersons(ev)
		if ev.DateSource == SourceDocument && ev.Modality == Asserted {
			sd.present = ev.Date
		}
		if (ev.Relation == "MEET" || ev.Relation == "HOST") && ev.DateSource == SourceText && ev.Modality == Asserted && len(ev.Date) == 10 && !strings.HasPrefix(ev.Rule, "verb:told-during") {
			if st.pairDates == nil {
				st.pairDates = map[string]string{}
			}
			st.pairDates[pairKey(ev.Subject.ID, ev.Object.ID)] = ev.Date
		}
		if ev.Relation == "MEET" && ev.DateSource == SourceText && ev.Modality == Asserted && len(ev.Date) == 10 {
			if st.meetDates == nil {
				st.meetDates = map[string]string{}
			}
			st.meetDates[""] = ev.Date
			for _, w := range strings.Fields(ev.Rule) {
				w = strings.TrimPrefix(strings.TrimPrefix(w, "noun:"), "verb:")
				switch w {
				case "summit", "talks", "meeting":
					st.meetDates[w] = ev.Date
				}
			}
		}
	}
	if sd.date == "" {
		sd.date = st.meetingDate(toks)
		sd.meeting = sd.date != ""
	}
	if sd.date == "" {
		rels := relativeSpans(toks)
		for _, x := range tx {
			if x.past == "" || x.offset || x.modifier || inOtherSpan(rels, x.s, -1) {
				continue
			}
			if x.s > 0 && (toks[x.s-1].lower == "since" || toks[x.s-1].lower == "until") && !whenAfter(toks, x.e) {
				continue // "the ninth resolution since 2006": where a period starts, not when the story is ("since July, when X ...": it is)
			}
			if st.pubStr != "" && x.past > st.pubStr[:min(len(x.past), len(st.pubStr))] {
				continue // "next month": a plan, not a date the story is at
			}
			if sd.date != "" && sd.date != x.past {
				sd.date = "" // two dates: no one date
				break
			}
			sd.date = x.past
		}
	}
	sd.lastDay = lastDayOf(tx)
	st.noteNamedMeetings(toks, sd.date)
	if len(sd.actors) == 0 && sd.date == "" {
		return
	}
	st.recent = append(st.recent, sd)
	if len(st.recent) > contextSentences {
		st.recent = st.recent[1:]
	}
}

// whenAfter reports ", when" or "when" right after toks[i-1].
func whenAfter(toks []token, i int) bool {
	if i < len(toks) && toks[i].text == "," {
		i++
	}
	return i < len(toks) && toks[i].lower == "when"
}

// pairKey names an unordered pair of actors.
func pairKey(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "|" + b
}

// contextDate returns the date established by the nearest earlier sentence
// (at most contextSentences back) that has one, when it shares an actor
// with the event; else "".
func (st *docState) contextDate(a, b *Entry) string {
	return preferPersonDate(st.personDate(a, b), st.sharedDate(a, b))
}

// sharedDate returns the date established by the nearest earlier sentence
// (at most contextSentences back) that has one, when it shares an actor
// with the event; else "".
func (st *docState) sharedDate(a, b *Entry) string {
	for k := len(st.recent) - 1; k >= 0; k-- {
		sd := st.recent[k]
		if st.sentIndex-sd.index > contextSentences {
			return ""
		}
		if sd.date == "" {
			continue
		}
		if sd.actors[a.ID] || sd.actors[b.ID] || sd.meeting {
			return sd.date
		}
		return ""
	}
	return ""
}
