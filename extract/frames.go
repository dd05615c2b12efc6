package extract

import (
	"strings"
	"time"
)

// Relation frames: sentenceEvents reads a sentence's triggers (data/triggers.yaml)
// and turns each into events, asking subjects.go for who acts, objects.go
// for whom it is done to, pairs.go for both parties at once and
// nounframes.go for event nouns; then each of shapeFrames reads the whole
// sentence for a shape no single trigger tells. Those shapes live in
// conflict.go, encounters.go, visits.go, coop.go, arms.go and support.go,
// and dates and modality in eventdate.go, datecontext.go and modality.go.

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

// pairSubjectBefore reports two named actors coordinated right before the
// verb at i, over adverbs: "Kasyanov and Jiang discussed energy": they
// held talks with each other.
func pairSubjectBefore(toks []token, i int, ms []*mention) bool {
	k := i - 1
	for k >= 0 && adverbs[toks[k].lower] && !auxWords[toks[k].lower] {
		k--
	}
	b := mentionEndingAt(ms, k+1)
	if b == nil || b.ent == nil || b.kind != mkActor || b.s < 2 || toks[b.s-1].lower != "and" {
		return false
	}
	a := mentionEndingAt(ms, b.s-1)
	return a != nil && a.ent != nil && a.kind == mkActor && a.ent != b.ent && (a.s == 0 || toks[a.s-1].text != ",")
}

// pluralModifiers before a verb's -s form make it a plural noun: "new
// grants", "further visits".
var pluralModifiers = words("new further additional fresh more extra")

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
	whenPair(toks, ms)
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
			t.noun = i > 0 && nounCue[toks[i-1].lower] || i+1 < len(toks) && (toks[i+1].lower == "to" || toks[i+1].lower == "of" || toks[i+1].lower == "for" || toks[i+1].lower == "between" || toks[i+1].lower == "by") ||
				ingAfterModifiers(toks, i) // "an emergency meeting"
			if i > 0 && (toks[i-1].lower == "to" || toks[i-1].lower == "will" || toks[i-1].lower == "not") {
				t.noun = false
			}
		}
		if tr.form == "ing" && i > 0 && (determiners[toks[i-1].lower] || nounCue[toks[i-1].lower]) || talksNoun(toks, i, tr) {
			t.noun = true
		}
		if !t.noun && tr.rel == "ATTACK" && (tr.form == "base" || tr.form == "ambiguous") && nounPhraseHead(toks, i) {
			t.noun = true // "a pre-emptive nuclear strike", "the Russian attack on": the act named, not done
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
		if !t.noun && tr.form == "s" && i > 0 && (determiners[toks[i-1].lower] || toks[i-1].text == "'s" || pluralModifiers[toks[i-1].lower]) {
			continue // "the sanctions imposed by X", "froze new grants": a noun, not the verb
		}
		if !x.triggerOK(toks, t) && !x.altTriggerOK(toks, t) && !(tr.rel == "MEET" && !tr.noun && strings.HasPrefix(tr.phrase, "discuss") && pairSubjectBefore(toks, i, ms)) {
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
				if !adverbs[toks[k].lower] && toks[k].text != "'" && toks[k].text != "\"" && !lyAdverb(toks[k]) {
					break // "was 'officially put on notice'": over quotation marks and adverbs
				}
			}
		}
		if !t.noun && !t.passive && (tr.rel == "HOST" || tr.rel == "INVITE") && (tr.form == "ed" || tr.form == "part") && n == 1 &&
			i > 0 && toks[i-1].text == "," && i+1 < len(toks) && toks[i+1].lower == "by" {
			t.passive = true // "X, hosted by Y, toured Z", "X signed the act on Tuesday, hosted by Y": Y hosts X
		}
		if !t.noun && !t.passive && conflictRel(tr.rel) && reducedPassive(toks, t, ms) {
			t.passive = true // "the four officials hit with asset freezes by X": X's measure on them
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
		if warningShots(toks, t) {
			t.asRel = "THREATEN" // "fired warning shots at X": a show of force
		}
		if tr.rel == "COOPERATE" && !t.noun && defenceBond(toks, t) {
			t.asRel = "MILITARY_COOPERATION" // "forged a defence partnership"
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
		if rel == "VISIT" && (x.isHome(subj, oe) || x.seatedIn(subj, oe)) {
			return // "returned to Seoul": going home is not a visit
		}
		if thingPronoun(toks, ms, subj) || thingPronoun(toks, ms, obj) {
			return // "A Chinese balloon flew over X before it was shot down": "it" is the balloon
		}
		if x.ownState(se, oe) || plannedEncounter[rel] && x.homeBody(se, oe) {
			return // "Biden at the summit of the three countries": no one meets, backs or fights his own state (or meets its bodies)
		}
		if t.quoted && !subj.quoter {
			return // rhetoric inside a quotation (but "\"We back Ukraine,\" X said" is X's own statement)
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
			} else if d := st.contextDate(se, oe); d != "" && !perfectBackground(toks, t) && !(src == SourceDocument && staleContext(d, st.leadDay) && !backReference(toks)) {
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
			st.noteActDoer(rel, rule, se, oe, modality)
		}
		exps = append(exps, exp)
		st.lastPair = [2]*Entry{se, oe}
	}
	var prev *trigAt
	pairBefore := st.lastPair
	x.noteAgents(toks, ms, inMention, st)
	noteClaims(toks, ms, st)
	noteDecisions(toks, ms, st)
	for _, t := range trigs {
		// "they" before the trigger: the pair of an event earlier in the sentence
		for _, m := range ms {
			if m.kind == mkPronoun && m.pronoun == "they" && !m.named && m.s < t.s && st.lastPair != pairBefore && st.lastPair[0] != nil && st.lastPair[1] != nil {
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
		if plannedEncounter[rel] && rel != "INVITE" && modality != Negated && undoneLater(toks, t) {
			modality = Negated // "was due to hold a summit with Y, but ... the meeting never took place"
		}
		if (rel == "MEET" || rel == "VISIT") && requested(toks, t) {
			modality = Hypothetical // "requested urgent consultations": asked for, not held
		}
		if rel == "MEET" && (t.noun || strings.HasPrefix(t.tr.phrase, "talk")) && talksAsProcess(toks, t) {
			modality = Hypothetical // "agreed to speed up talks", "a deal for annual talks": no meeting held
		}
		if rel == "VISIT" && barredFrom(toks, t) {
			modality = Negated // "barred them from travelling to X": kept out
		}
		if (rel == "MEET" || rel == "VISIT") && ((t.noun || strings.HasPrefix(t.tr.phrase, "talk")) && undoneNoun(toks, t) || insideUndoneTrip(toks, t)) {
			modality = Negated // "scuttling the meeting", "called off the visit": it did not take place
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
			if rel == "MILITARY_COOPERATION" && prev != nil && conflictRel(prev.tr.rel) && len(obj) < 2 && len(prev.obj) >= 2 && forActing(toks, prev.e, t.s) {
				subj, obj = objectPair(prev.obj) // "criticised X and Y for pressing ahead with joint exercises": X and Y drill
			} else if rel == "MILITARY_COOPERATION" && prev != nil && criticOfMilitary(prev, subj) {
				subj, obj = objectPair(obj) // "Beijing condemned the arms sale to Taiwan", "the drills of X and Y": the critic is no party
			}
			if rel == "MEET" && topicTalks(toks, t.s) && (t.s == 0 || toks[t.s-1].text != "'s") && len(subj) > 0 && len(obj) > 0 {
				subj = nil // "talked with Kim about the stalled negotiations with Washington": a topic, not the speaker's talks
			}
			if rel == "MEET" && len(subj) == 0 && len(obj) > 0 && frontedEncounter(toks, t.s) {
				subj = frontedSubject(toks, t.e, ms) // "After a meeting with Pelosi in Tokyo, Kishida called for ...": Kishida met her
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
			if w := withSubject(toks, t, ms); w != nil {
				subj = w // "Canada followed suit, with Stephen Harper announcing sanctions": Harper
			}
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
			if rel == "VISIT" && looseVisit(toks, t, subj) {
				subj = nil // "U.S. troops returned from Iraq", "went to the polls": no visit
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
			if len(subj) == 0 && conflictRel(rel) {
				subj = x.textCarrier(toks, t.s, ms) // "a commentary carried by KCNA slammed X": the outlet's voice
			}
			if announced >= 0 && len(subj) == 1 && subj[0].pronoun == "they" && subj[0].pair[0] == nil {
				subj = x.clauseSubject(toks, announced, ms, trigs, nil) // "X and Y announced that they would"
			}
			if g := x.theySayers(toks, subj, ms, trigs); g != nil {
				subj = g // "X and Y said they would restore ties": they are X and Y
			}
			if o := x.ledBy(toks, t.e, ms); o != nil && rel == "SUPPORT" {
				obj = []*mention{o} // "endorsed the Saudi-led intervention": backs its leader
			} else if o := st.eventObject(toks, t); o != nil {
				obj = st.withPartner(o) // "condemned the launch": whoever launched; "the drills": both parties
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
				if rel == "INVITE" && strings.HasPrefix(t.tr.phrase, "ask") && (len(obj) == 0 || !askedTo(toks, obj[len(obj)-1].e, ms)) {
					obj = nil // "asked X to Berlin" invites; "asked X to help" does not
				}
				if rel == "VISIT" && goingVerb(t.tr.phrase) {
					obj = places(obj) // "went to Beijing", not "went to the United Nations" (an appeal)
				}
				if o := st.actPronoun(toks, t, obj); o != nil {
					obj = []*mention{o} // "conducted the test ... opposes it": whoever tested
				}
				if rel == "THREATEN" && warnVerb(t.tr.phrase) && len(obj) > 0 && !directObject(toks, t.e, obj[0].s, timexes) {
					obj = nil // "warned its citizens against travel to X": X is not warned
				}
				if rel == "THREATEN" && (len(obj) == 0 || obj[0].ent != nil && len(subj) > 0 && x.isHome(subj[0], obj[0].ent)) && (strings.HasPrefix(t.tr.phrase, "threat") || warnedOfConsequence(toks, t)) {
					obj = x.threatenedTo(toks, t.e, ms, subj) // "threatened to unleash \"fury\" on X", "warned of retaliation if X"
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
				if plannedEncounter[rel] && len(obj) > 0 && relativeClosed(toks, t, obj[0]) {
					obj = nil // "where ministers were meeting this week, X said": X opens the main clause
				}
				if rel == "HOST" && len(obj) > 0 && hostedForces(toks, obj[0]) {
					rel, r, rule = "MILITARY_COOPERATION", mustRelation("MILITARY_COOPERATION"), rule+"-forces"
				}
				if rel == "COOPERATE" && forcesActing(toks, subj) {
					rel, r, rule = "MILITARY_COOPERATION", mustRelation("MILITARY_COOPERATION"), rule+"-forces"
				}
				if rel == "MEET" && t.needEnd > t.e && toks[t.needEnd-1].lower == "with" {
					obj = x.objectsRight(toks, t.needEnd, ms, rel) // "discussed Ukraine with X": X, not the topic
					if topicWith(toks, t.needEnd-1, obj) {
						obj = nil // "discussed the border standoff with China": the standoff's other party
					}
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
					obj = afterNeeded(toks, obj, t) // "held the Freedom Guardian exercise": the name is no partner
				}
				if rel == "MILITARY_COOPERATION" && drillNeeded(toks, t) && len(obj) > 0 && !drillPartner(toks, obj[0], t.e) {
					obj = nil // "started drills around Taiwan": a drill's partner comes with "with", not its area or target
				}
				if rel == "MILITARY_COOPERATION" && drillNeeded(toks, t) && len(obj) == 0 {
					obj = x.drillLeader(toks, t) // "took part in US-led naval exercises": with the leader
				}
				if rel == "VISIT" {
					subj = gatheringVisitors(toks, travellers(toks, subj))
					obj = onwardStops(toks, obj, ms)
					subj = x.membersAtHome(toks, subj, obj)
					obj = attendedPlaces(toks, t, obj)
				}
				if strings.HasPrefix(t.tr.phrase, "negotiat") && len(obj) > 0 && !withBefore(toks, obj[0].s, t.e) {
					obj = nil // "negotiated a truce between X and Y": a mediator, not their partner
				}
				if r.Symmetric && len(obj) > 0 && withBefore(toks, obj[0].s, t.e) && !partnerWith(toks, obj[0], t.e) {
					obj = nil // "signed a pact, with X and Y putting their names to it": an absolute clause, no partner
				}
				if rel == "SIGN_AGREEMENT" && len(obj) > 0 && !withBefore(toks, obj[0].s, t.e) {
					obj = nil // "signed the pact, the same one Y rejected": a party signs with
				}
				if rel == "REJECT" && len(obj) > 0 {
					if b := proposalBacker(toks, obj[0].e, ms); b != nil {
						obj = []*mention{b} // "rejected a UN Security Council resolution backed by the United States": its backer
					}
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
		if r.Symmetric && !t.noun && len(obj) == 0 {
			obj = chainedPartner(toks, t, prev, subj) // "X met Y on Tuesday, signing a deal": with Y
		}
		if r.Symmetric && !t.noun && len(obj) == 0 && st.lastPair != pairBefore {
			if p := theTwo(toks, t, st.lastPair); p != nil {
				subj = []*mention{p} // "X met Y ..., and the two signed": the pair just met
			}
		}
		if conflictRel(rel) && !t.noun && !t.passive {
			obj = x.conflictObject(toks, t, ms, obj)
		}
		if rel == "MEET" && !t.noun && !t.passive && forcesActing(toks, subj) {
			continue // "Russian and Chinese naval ships met in the Sea of Japan": warships meet, leaders do not
		}
		if rel == "ATTACK" && !t.noun && !t.passive && modality != Negated && threatFrame(toks, t.s, ms) {
			rel, r, rule, modality = "THREATEN", mustRelation("THREATEN"), rule+"-threat", Asserted // "warned it would strike X", "stood ready to strike X"
		}
		if rel == "REJECT" && !t.noun && !t.passive && dismissedAs(toks, t, obj) {
			rel, r, rule = "CRITICIZE", mustRelation("CRITICIZE"), rule+"-as" // "dismissed X as a liar"
		}
		if rel == "SUPPORT" {
			if p := x.stanceSpeaker(toks, t, subj, ms); p != nil {
				subj = []*mention{p} // "X said Manila stood with Y", "X expressed Japan's solidarity with Y": X's stance
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
			if rel == "MEET" || rel == "SIGN_AGREEMENT" {
				meetings = append(meetings, meetingAt{t, subj[:n], nil, modality, conf})
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
		if len(obj) > 0 && len(subj) == 2 && r.Symmetric && subj[0].kind != mkPair && !callOn(t.tr.phrase) && jointWithThird(toks, t, obj[0]) {
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
		if rel == "MEET" || rel == "HOST" || rel == "SIGN_AGREEMENT" {
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
	sc := &scene{toks: toks, ms: ms, trigs: trigs, st: st, emit: emit}
	for _, frame := range shapeFrames {
		frame(x, sc)
	}
	st.noteSentence(s.index, toks, ms, evs, timexes)
	return evs, exps
}

// emitFunc records an event a frame found: its trigger, relation, subject,
// object, rule, modality and confidence.
type emitFunc func(t *trigAt, rel string, subj, obj *mention, rule, modality string, conf float64)

// scene is what a shape frame reads: one sentence's tokens, mentions and
// triggers, the document's state so far, and emit for what it finds.
type scene struct {
	toks  []token
	ms    []*mention
	trigs []*trigAt
	st    *docState
	emit  emitFunc
}

// shapeFrames read the shapes that the trigger loop of sentenceEvents
// cannot read one trigger at a time ("X and Y exchanged fire", "received a
// call from X", "the EU's oil embargo on X"). Each scans the whole
// sentence after the loop and emits what it finds; a new shape is a
// function here and a line in this list, in the file of its relation.
var shapeFrames = []func(*Extractor, *scene){
	(*Extractor).sendTo,
	(*Extractor).signedBetween,
	(*Extractor).tiesBetween,
	(*Extractor).carriedAid,
	(*Extractor).aidArrived,
	(*Extractor).toldDuring,
	(*Extractor).inHonourOf,
	(*Extractor).welcomeGiven,
	(*Extractor).guestHosted,
	(*Extractor).seatWhereMet,
	(*Extractor).frontedPlaceVisit,
	(*Extractor).involvingAll,
	(*Extractor).visitPaidBy,
	(*Extractor).hostedForVisit,
	(*Extractor).spokeByPhone,
	(*Extractor).frontedGerund,
	(*Extractor).phonedPerson,
	(*Extractor).receivedCall,
	(*Extractor).summonedEnvoy,
	(*Extractor).exchangedFire,
	(*Extractor).returnedFire,
	(*Extractor).sanctionNoun,
	(*Extractor).imposedInRelative,
	(*Extractor).calledOutrage,
	(*Extractor).saidOutrage,
	(*Extractor).forceShown,
	(*Extractor).armedHit,
	(*Extractor).paysThreat,
	(*Extractor).taughtLesson,
	(*Extractor).echoedBy,
	(*Extractor).judgedMove,
	(*Extractor).calledInsult,
	(*Extractor).armsTrade,
	(*Extractor).deployedForces,
	(*Extractor).portCall,
	(*Extractor).baseAccess,
	(*Extractor).spokeAbroad,
	(*Extractor).inPlaceFor,
	(*Extractor).frontedInvitation,
	(*Extractor).leftFor,
	(*Extractor).fromTo,
	(*Extractor).expectedIn,
}

// mutualRel reports a symmetric relation: its two parties are a pair a
// later "the two sides" may name, unlike an inviter and a guest.
func mutualRel(rel string) bool {
	r, _ := LookupRelation(rel)
	return r.Symmetric
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

func docText(body string, s, e int) string { return body[s:e] }

// triggerOK checks a trigger's needs and after words.
func (x *Extractor) triggerOK(toks []token, t *trigAt) bool {
	if len(t.tr.needs) > 0 && !t.noun {
		found := false
		limit := t.e + 6
		if t.tr.rel == "SIGN_AGREEMENT" || t.tr.rel == "SANCTION" && (t.tr.phrase == "add" || t.tr.phrase == "put" || t.tr.phrase == "place" || t.tr.phrase == "drop" || t.tr.phrase == "remove") {
			limit = t.e + 11 // "signed the political chapters of an association agreement", "a 30-year, $400 billion gas deal", "added 33 firms and institutes to its entity list"
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
		if found && t.tr.rel == "SANCTION" && t.needEnd < len(toks) && toks[t.needEnd-1].lower == "on" && domesticBans[toks[t.needEnd].lower] {
			return false // "imposed a blanket ban on information about the visit": a gag, not a measure against a state
		}
		if found && t.tr.rel == "COOPERATE" && measureObject(toks, t.needEnd) && !jointSubjectBefore(toks, t.s) {
			return false // "the EU agreed to expand sanctions on Iran": a measure against a third party; "X and Y agreed to increase pressure on Z" stays their cooperation
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
	if attributiveIng(toks, t) || obligedTo(toks, t) || toInfinitive(toks, t) {
		return false // "opposing positions": an adjective; "commit Beijing to buying": an obligation, no gift
	}
	if t.tr.phrase == "signing" {
		found := false
		for k := t.e; k < len(toks) && k < t.e+6; k++ {
			switch strings.TrimSuffix(toks[k].lower, "s") {
			case "agreement", "treaty", "declaration", "accord", "deal", "pact", "memorandum", "protocol", "communique", "charter":
				found = true
			case "statement":
				found = toks[k-1].lower == "joint" // "signing two joint statements"
			case "ceremony":
				found = k == t.e // "attended a signing ceremony"
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
		if !found && t.noun && t.tr.rel == "MILITARY_COOPERATION" && partiesAfterDrill(toks, t.e) {
			found = true // "the drill between Canberra and Wellington", "a patrol together with X": the parties are named
		}
		if !found && t.noun && t.tr.rel == "MILITARY_COOPERATION" && partiesBeforeDrill(toks, t.s) {
			found = true // "U.S. and South Korean military drills": two states' drills are joint
		}
		if !found {
			return false
		}
	}
	if t.tr.rel == "AID" && t.needEnd > 0 && (drillBetween(toks, t.e, t.needEnd) || saleAfter(toks, t.e)) {
		return false // "flew a patrol together with French jets", "approved a $1 billion arms sale": no gift
	}
	if t.tr.rel == "ATTACK" && t.needEnd > 0 && strings.HasPrefix(toks[t.needEnd-1].lower, "operation") && !againstAfter(toks, t.needEnd) {
		return false // "launched a rescue operation off Libya": only an operation against someone is an attack
	}
	if t.tr.rel == "COOPERATE" && bondVerb(t.tr.phrase) && t.s > 0 && (toks[t.s-1].lower == "to" || prepositions[toks[t.s-1].lower] || t.tr.form == "ing" && beForms[toks[t.s-1].lower]) {
		return false // "working to bolster ties", "a statement on deepening ties", "have been stepping up ties": an aim, a topic, a trend
	}
	if t.tr.rel == "SIGN_AGREEMENT" && strings.HasPrefix(t.tr.phrase, "agree") && !agreedText(toks, t) {
		return false // "agreed to sell jets under a deal", "agreed that the deal should": no deal agreed
	}
	if t.tr.rel == "COOPERATE" && cooperationAim(toks, t) {
		return false // "a declaration aimed at normalizing ties", "steps toward restoring relations": an aim
	}
	if t.tr.rel == "MEET" && strings.HasPrefix(t.tr.phrase, "discuss") && t.tr.form != "ed" {
		return false // "is expected to discuss X with Y": only a discussion held is a sure meeting
	}
	if t.tr.rel == "MEET" && callOn(t.tr.phrase) && (!courtesyCall(toks, t) || callNoun(toks, t)) {
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
	if t.tr.rel == "HOST" && (quantityHost(toks, t) || welcomeNoun(toks, t) || welcomedEvent(toks, t)) {
		return false // "faces a host of problems with X": a quantity; "a warm welcome": a noun, not a hosting; "welcomed the summit between X and Y": an approval
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

// altTriggerOK tries the other relations of the same verb form when the
// first one's needed words are absent ("unveiled sanctions on X" is no
// defence pact); on success t takes that relation.
func (x *Extractor) altTriggerOK(toks []token, t *trigAt) bool {
	for alt := t.tr.alt; alt != nil; alt = alt.alt {
		c := *t
		c.tr = alt
		if x.triggerOK(toks, &c) {
			*t = c
			return true
		}
	}
	return false
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

// mustRelation returns the vocabulary entry of a relation known to exist.
func mustRelation(rel string) Relation {
	r, _ := LookupRelation(rel)
	return r
}

// complementRels are the cooperative relations whose verb governs the
// words right after it: "agreed to deepen military cooperation", "shipped
// artillery shells to", "pledged to work together". A trigger inside that
// complement names the same event, not one of its own.
var complementRels = map[string]bool{"COOPERATE": true, "SIGN_AGREEMENT": true, "AID": true, "MILITARY_COOPERATION": true}

// topicRels are the relations whose object is never introduced by "on":
// "a summit on Ukraine", "agreed to cooperate on Syria" name a topic.
var topicRels = map[string]bool{"MEET": true, "VISIT": true, "HOST": true, "INVITE": true, "COOPERATE": true,
	"SIGN_AGREEMENT": true, "MILITARY_COOPERATION": true}

// plannedEncounter are the relations an agreement may plan in its own
// complement: "agreed to resume talks" is cooperation now and talks later.
var plannedEncounter = map[string]bool{"MEET": true, "VISIT": true, "HOST": true, "INVITE": true}

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

// inflections: regular -s, -ed, -ing forms of a verb.
func inflections(v string) []string {
	stem := strings.TrimSuffix(v, "e")
	return []string{v + "s", v + "es", stem + "ed", stem + "ing", v + "ed"}
}

// resolveAt returns the entry of a mention, resolving titles at the
// event's date.
func (x *Extractor) resolveAt(m *mention, t *trigAt, timexes []timex, toks []token, st *docState) *Entry {
	if m == nil {
		return nil
	}
	return m.ent
}

// staleContext reports a context date from a background event before
// the episode a news story's lead reports (lead, "" for a story that is
// not the week's news): a statement told with no time of its own was made
// in the present, not then ("China began drills on Thursday. Washington
// approved a sale in February. China's spokesman accused the U.S. ...").
func staleContext(context, lead string) bool {
	if lead == "" || context == "" {
		return false
	}
	if len(context) < 10 {
		return !strings.HasPrefix(lead, context)
	}
	l, err1 := time.Parse("2006-01-02", lead)
	c, err2 := time.Parse("2006-01-02", context)
	return err1 == nil && err2 == nil && c.Before(l.AddDate(0, 0, -7))
}

// backReference reports a time word that points back into the narrative
// ("later that month", "at the time", "then"): the sentence continues the
// episode told before it.
func backReference(toks []token) bool {
	for k, tk := range toks {
		switch tk.lower {
		case "then", "later", "earlier", "afterwards", "subsequently", "meanwhile":
			return true
		case "that", "the":
			if k+1 < len(toks) && (toks[k+1].lower == "day" || toks[k+1].lower == "week" || toks[k+1].lower == "month" || toks[k+1].lower == "year" || toks[k+1].lower == "time") && tk.lower == "that" {
				return true
			}
			if tk.lower == "the" && k+1 < len(toks) && toks[k+1].lower == "time" && k > 0 && toks[k-1].lower == "at" {
				return true
			}
		}
	}
	return false
}

// lyNouns are words ending in "-ly" that are not adverbs.
var lyNouns = map[string]bool{"family": true, "rally": true, "ally": true, "assembly": true, "supply": true,
	"anomaly": true, "monopoly": true, "july": true, "italy": true, "reply": true, "fly": true}

// lyAdverb reports a lower-case "-ly" adverb that may stand between an
// auxiliary and its participle: "was personally greeted by", "had
// 'flagrantly' violated".
func lyAdverb(t token) bool {
	return !t.isCap() && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !lyNouns[t.lower]
}

// domesticBans are the things a "ban on" may bar that make it no sanction
// against another state: news, gatherings, habits.
var domesticBans = map[string]bool{"information": true, "news": true, "reporting": true, "coverage": true, "media": true,
	"photography": true, "photos": true, "filming": true, "smoking": true, "gatherings": true, "protests": true, "rallies": true,
	"demonstrations": true, "publication": true, "discussion": true, "comment": true, "comments": true, "details": true}

// proposalNouns are the texts a state puts to a vote or to talks.
var proposalNouns = map[string]bool{"resolution": true, "draft": true, "proposal": true, "motion": true, "measure": true, "plan": true}

// proposalBacker returns the actor named after "backed by", "drafted by",
// "sponsored by" or "proposed by" following a proposal noun right after
// toks[e] (the body it was put to): what is rejected is the backer's.
func proposalBacker(toks []token, e int, ms []*mention) *mention {
	k := e
	for k < len(toks) && k < e+3 && !proposalNouns[toks[k].lower] {
		k++
	}
	if k+3 >= len(toks) || !proposalNouns[toks[k].lower] || toks[k+2].lower != "by" {
		return nil
	}
	switch toks[k+1].lower {
	case "backed", "drafted", "sponsored", "proposed", "pushed", "tabled", "submitted", "put":
	default:
		return nil
	}
	j := k + 3
	for j < len(toks) && determiners[toks[j].lower] {
		j++
	}
	if m := mentionStartingAt(ms, j); m != nil && m.ent != nil && m.kind == mkActor && !m.city {
		return m
	}
	return nil
}

// topicTalks reports talks named as a topic: "about the stalled
// negotiations", "on the talks", "over the nuclear negotiations" (the
// preposition, "the", then at most two modifiers before the noun at s).
func topicTalks(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-4; k-- {
		switch toks[k].lower {
		case "the":
			return k > 0 && (toks[k-1].lower == "about" || toks[k-1].lower == "over" || toks[k-1].lower == "regarding" || toks[k-1].lower == "concerning")
		case ",", "with", "and", "of", "a", "an", "their", "his", "her", "its":
			return false
		}
		if toks[k].isCap() {
			return false
		}
	}
	return false
}

// forActing reports "for" and a present participle between e and s, with
// no clause break: "criticised X and Y for pressing ahead with joint
// exercises", where the objects of the criticism do what the noun names.
func forActing(toks []token, e, s int) bool {
	for k := e; k+1 < s; k++ {
		if toks[k].text == "," || toks[k].text == ";" || clauseBoundary[toks[k].lower] {
			return false
		}
		if toks[k].lower == "for" && strings.HasSuffix(toks[k+1].lower, "ing") {
			return true
		}
	}
	return false
}

// frontedEncounter reports a meeting noun inside an opening phrase of
// time ("After a meeting with X,", "During a phone conversation with X
// last week,"): the noun starts within four words of the sentence's
// first, a preposition of time, with no comma before it.
func frontedEncounter(toks []token, s int) bool {
	if s > 5 || len(toks) == 0 {
		return false
	}
	switch toks[0].lower {
	case "after", "during", "following", "before", "at", "in":
	default:
		return false
	}
	for k := 1; k < s; k++ {
		if toks[k].text == "," {
			return false
		}
	}
	return true
}
