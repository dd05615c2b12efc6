package extract

import "strings"

// Precision checks: shapes in which a trigger or a name reads like an
// event's part but is not one. Each is small and named for the shape it
// rejects; the frames call them where they decide.

// currencyNames drops the names that only qualify a currency: "US$30
// million", "62 billion U.S. dollars", "HK$2 billion", "Taiwan dollars".
// Such a name is an amount, never a party (a pledge of "US$30 million for
// Ukraine" is no aid to the United States).
func currencyNames(toks []token, ms []*mention) []*mention {
	out := ms[:0:0]
	for _, m := range ms {
		if !currencyName(toks, m) {
			out = append(out, m)
		}
	}
	if len(out) == len(ms) {
		return ms
	}
	return out
}

// currencyName reports a mention right before "$" (written on to it) or
// before "dollar(s)".
func currencyName(toks []token, m *mention) bool {
	if m.e <= m.s || m.e >= len(toks) {
		return false
	}
	next := toks[m.e]
	if next.text == "$" && next.start == toks[m.e-1].end {
		return true
	}
	return next.lower == "dollar" || next.lower == "dollars"
}

// stanceNouns are what an -ing form qualifies as an adjective: "opposing
// positions", "the supporting role", "threatening remarks" name a kind of
// thing, not an act of opposing, backing or threatening anyone.
var stanceNouns = map[string]bool{
	"position": true, "positions": true, "view": true, "views": true, "side": true, "sides": true,
	"camp": true, "camps": true, "stance": true, "stances": true, "viewpoint": true, "viewpoints": true,
	"faction": true, "factions": true, "perspective": true, "perspectives": true, "direction": true,
	"directions": true, "end": true, "ends": true, "narrative": true, "narratives": true, "vision": true,
	"visions": true, "role": true, "roles": true, "document": true, "documents": true, "evidence": true,
	"interests": true, "claims": true, "blocs": true, "armies": true, "approaches": true, "accounts": true,
	"interpretations": true, "conclusions": true, "sentiment": true, "tone": true, "language": true,
	"rhetoric": true, "remarks": true, "letter": true, "letters": true, "messages": true, "gestures": true,
	"posture": true,
}

// attributiveIng reports an -ing trigger used as an adjective before a
// stance noun ("have taken opposing positions on the war"): no act.
func attributiveIng(toks []token, t *trigAt) bool {
	return t.tr.form == "ing" && !t.noun && t.e == t.s+1 && t.e < len(toks) && stanceNouns[toks[t.e].lower]
}

// outsideVerbs take an encounter as their object from outside it: who
// welcomes, praises, condemns, brokers or arranges talks is not thereby
// one of their parties.
var outsideVerbs = words("welcomed welcome welcomes welcoming hailed hail hails hailing praised praise praises " +
	"applauded applaud applauds lauded commended condemned condemn condemns criticized criticised criticize " +
	"criticise denounced denounce brokered broker brokers brokering mediated mediate mediates mediating " +
	"arranged arrange arranges facilitated facilitate facilitates organized organised organize organise " +
	"proposed propose proposes endorsed endorse endorses backed back backs supported support supports " +
	"opposed oppose opposes rejected reject rejects monitored monitor watched observed")

// outsideOfEncounter reports an encounter noun without parties of its own
// ("the summit", "the meeting", not "talks with X" or "their summit") that
// is the object of an outsideVerb: "the US, Japan and China welcomed the
// summit", "X and Y, which brokered the meeting". The clause's subjects
// react to the meeting; they do not meet each other.
func outsideOfEncounter(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 0 && k >= t.s-7; k-- {
		w := toks[k]
		if outsideVerbs[w.lower] {
			return true
		}
		if w.lower == "of" && k > 0 && phaseNouns[toks[k-1].lower] {
			continue // "welcomed the start of talks"
		}
		if !w.isWord() && w.text != "\"" && w.text != "-" || w.isCap() || prepositions[w.lower] || w.lower == "and" {
			return false
		}
	}
	return false
}

// phaseNouns name a stage or result of an encounter: "the start of talks".
var phaseNouns = words("start opening launch beginning resumption outcome result results conclusion holding")

// clauseOpeners join a clause of its own to the one before: "and", and
// the subordinators of time and reason.
var clauseOpeners = words("and as when after before since until once whereas")

// newClauseAt reports an "and" or a subordinator at toks[k] that opens a
// new clause: a name (after a determiner or not) and then a verb, "praised
// the new leader, and Russia warned ...", "bombed targets across Georgia as
// Moscow poured troops into ...". An object looked for after a verb is not
// read from there: the name is the next clause's subject.
func newClauseAt(toks []token, k int, ms []*mention) bool {
	if !clauseOpeners[toks[k].lower] || k+1 >= len(toks) {
		return false
	}
	if toks[k].lower == "as" && k > 0 && (toks[k-1].lower == "such" || toks[k-1].lower == "well") {
		return false // "such as", "as well as": a list goes on
	}
	if w := toks[k+1].lower; toks[k].lower != "and" && toks[k].lower != "as" && len(w) > 5 && strings.HasSuffix(w, "ing") && !toks[k+1].isCap() {
		return true // "met leaders in X on Sunday, a day after holding talks with Y": an adjunct of its own
	}
	m := mentionStartingAt(ms, k+1)
	if m == nil && k+2 < len(toks) && determiners[toks[k+1].lower] {
		m = mentionStartingAt(ms, k+2)
	}
	return m != nil && m.kind != mkPronoun && !m.poss && (verbAfter(toks, m.e) || m.e < len(toks) && (pastTense(toks[m.e]) || morePast[toks[m.e].lower]))
}

// morePast are past forms without "-ed" that irregularPast lacks
// ("as Moscow sent troops").
var morePast = words("sent brought fought led put set shot hit wrote drew sought threw stood kept became ran rode cut")

// perfectBackground reports a verb trigger in the perfect ("has so far
// extended", "had been the first to meet", "have been bombing since"): a
// state of affairs or background told against the news, which takes no
// date from the sentences around it.
func perfectBackground(toks []token, t *trigAt) bool {
	v := t.s
	if t.noun {
		// the verb whose object the noun is: "has extended $7 billion in aid"
		v = -1
		for k := t.s - 1; k >= 0 && k >= t.s-10; k-- {
			if toks[k].text == "," || clauseBoundary[toks[k].lower] {
				break
			}
			if pastTense(toks[k]) || morePast[toks[k].lower] {
				v = k
				break
			}
		}
		if v < 0 {
			return false
		}
	}
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		switch w := toks[k].lower; {
		case w == "has" || w == "have" || w == "'ve":
			return true
		case w == "had":
			return !reportedBefore(toks, k) // "said Thursday he had rejected": the news, dated by its report
		case w == "been" || adverbs[w] || strings.HasSuffix(w, "ly") || w == "so" || w == "far" || w == "long":
			continue
		}
		return false
	}
	return false
}

// reportedBefore reports a reporting verb before toks[k] in its sentence.
func reportedBefore(toks []token, k int) bool {
	for j := 0; j < k; j++ {
		if sayVerbs[toks[j].lower] {
			return true
		}
	}
	return false
}

// relationNouns name a bond or a quarrel whose "with" phrase is its other
// party: "the border standoff with China", "relations with Tokyo".
var relationNouns = words("standoff stand-off dispute disputes conflict conflicts tensions tension relations ties " +
	"row feud war rivalry confrontation quarrel spat clash clashes differences friction border frontier")

// topicWith reports a "with" at toks[w] that completes a relation noun
// right before it, and a state after it: "discussed the border standoff
// with China" names a topic, not China as the one talked to (a person
// after it, "discussed the dispute with Xi Jinping", is met).
func topicWith(toks []token, w int, obj []*mention) bool {
	if w < 1 || toks[w].lower != "with" || !relationNouns[toks[w-1].lower] || len(obj) == 0 {
		return false
	}
	return obj[0].ent == nil || obj[0].ent.Kind != KindPerson
}

// unnamedSubordinateSubject reports a subordinate clause, opened at toks[k]
// ("after", "before", "when", "as", ...), whose own subject is a common noun
// the dictionary does not know and whose verb is the trigger at toks[i]:
// "cut ties in 2016 after protesters stormed its embassy". The trigger's
// doer is that noun; the main clause's subject did not do it.
func unnamedSubordinateSubject(toks []token, k, i int) bool {
	if !subordinators[toks[k].lower] && toks[k].lower != "when" || i-k < 2 || i-k > 5 {
		return false
	}
	if !pastTense(toks[i]) && !morePast[toks[i].lower] && !strings.HasSuffix(toks[i].lower, "s") {
		return false // a participle or infinitive ("after meeting Y") shares the main subject
	}
	noun := false
	for j := k + 1; j < i; j++ {
		w := toks[j]
		if !w.isWord() || w.isCap() || prepositions[w.lower] || auxWords[w.lower] || w.lower == "being" || strings.HasSuffix(w.lower, "ing") {
			return false
		}
		if !determiners[w.lower] && !adverbs[w.lower] {
			noun = true
		}
	}
	return noun
}

// verbObject reports a mention governed by a past verb at toks[p], over
// an article ("asked the UN Security Council", "wrote to the council"): the
// object of that verb, which a comma participle later in the sentence
// (", accusing France of ...") does not take for its subject.
func verbObject(toks []token, p int) bool {
	if p > 0 && (toks[p].lower == "the" || toks[p].lower == "a" || toks[p].lower == "an") {
		p--
	}
	if p > 0 && toks[p].lower == "to" {
		p--
	}
	return p >= 0 && (pastVerb(toks[p]) || pastTense(toks[p]) || morePast[toks[p].lower]) && !beForms[toks[p].lower] && !auxWords[toks[p].lower]
}

// askedToAct reports a trigger in an infinitive whose subject is the
// object of the verb before it: "asked the council to hold a meeting",
// "urged Tokyo to join". A comma participle after it (", accusing France")
// belongs to the main clause, not to the one asked ("agreed to meet Y,
// praising Z" keeps its subject: the infinitive's is the main one).
func askedToAct(toks []token, t *trigAt) bool {
	if t.s == 0 || toks[t.s-1].lower != "to" || len(t.subj) == 0 {
		return false
	}
	return verbObject(toks, t.subj[0].s-1)
}

// ingAfterModifiers reports an -ing trigger that heads a noun phrase an
// indefinite article opens, over one or two modifiers: "an emergency
// meeting", "a closed-door meeting", "an ASEAN meeting". It names the
// event as a noun. A
// plural between ("the leaders meeting in Rome") is a subject and the -ing
// its verb.
func ingAfterModifiers(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := toks[k]
		if w.lower == "a" || w.lower == "an" {
			return k < i-1
		}
		if determiners[w.lower] {
			return false
		}
		if w.text == "-" {
			continue
		}
		if !w.isWord() || prepositions[w.lower] || auxWords[w.lower] || adverbs[w.lower] || sayVerbs[w.lower] ||
			strings.HasSuffix(w.lower, "s") && !strings.HasSuffix(w.lower, "ous") && !strings.HasSuffix(w.lower, "ss") || pastVerb(w) && !strings.HasSuffix(w.lower, "door") {
			return false
		}
	}
	return false
}

// obligedTo reports a giving verb whose object is a party bound to act:
// "commit Beijing to buying $200 billion of goods", "committed Hanoi to
// cutting tariffs". The verb obliges a party; nothing is given to it.
func obligedTo(toks []token, t *trigAt) bool {
	if t.tr.rel != "AID" || t.noun || !strings.HasPrefix(t.tr.phrase, "commit") {
		return false
	}
	k := t.e
	for k < len(toks) && k < t.e+4 && (toks[k].isCap() || toks[k].lower == "the") {
		k++
	}
	if k == t.e || k+1 >= len(toks) || toks[k].lower != "to" {
		return false
	}
	n := toks[k+1].lower
	return strings.HasSuffix(n, "ing") && len(n) > 5 || !toks[k+1].isCap() && !determiners[n] && !isDigits(toks[k+1].text) && toks[k+1].text != "$"
}

// participleAside reports a comma-set participial phrase from toks[s] to
// the comma at e that comes between a subject and its verb: "X, making his
// G20 debut, conferred with Y", "The deal, announced by A and B, was hailed
// by C". Its names are neither the subject nor, for a passive, the object.
func participleAside(toks []token, s, e int) bool {
	if s >= e || toks[s].isCap() {
		return false
	}
	w := toks[s].lower
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing") && !prepositions[w]:
		return w != "including" && w != "according"
	case pastVerb(toks[s]) && s+1 < e && toks[s+1].lower == "by":
		return true
	}
	return false
}

// prepositionalList reports the first name of a coordinated list that a
// preposition governs ("to Indonesia, Sri Lanka and the Maldives"): the
// list is that preposition's object, so a verb conjoined after it ("...,
// and dispatched teams to Thailand") does not take it for its subject.
func prepositionalList(toks []token, first *mention) bool {
	k := first.s - 1
	for k >= 0 && determiners[toks[k].lower] {
		k--
	}
	return k >= 0 && prepositions[toks[k].lower] && toks[k].lower != "of" && !subordinators[toks[k].lower]
}

// objectScanEnds reports a word at toks[k], after a verb's object slot
// opened, that ends the search for its object: an attribution after a
// comma (", a spokeswoman for the UN agency said"), an appositive after a
// comma (", a point Russian diplomats raised"), or the reason of a
// criticism ("criticising the alliance for sidelining the UN": the one
// sidelined is not the one criticised).
func objectScanEnds(toks []token, k int, rel string) bool {
	w := toks[k].lower
	switch {
	case w == "," && k+1 < len(toks) && (toks[k+1].lower == "a" || toks[k+1].lower == "an"):
		return true
	case w == "," && attributionTail(toks, k+1):
		return true
	case w == "for" && conflictRel(rel) && k+1 < len(toks) && len(toks[k+1].lower) > 5 && strings.HasSuffix(toks[k+1].lower, "ing"):
		return true
	}
	return false
}

// attributionTail reports a clause from toks[s] that only attributes the
// sentence: a short noun phrase and a reporting verb, "the UN agency's
// spokeswoman said", "a spokeswoman for the UN agency said in Jakarta".
func attributionTail(toks []token, s int) bool {
	for k := s; k < len(toks) && k < s+9; k++ {
		w := toks[k]
		if sayVerbs[w.lower] {
			return k > s
		}
		if !w.isWord() && w.text != "'s" && w.text != "'" || auxWords[w.lower] || pastVerb(w) || clauseBoundary[w.lower] {
			return false
		}
	}
	return false
}

// topicModifier reports a mention at toks[k] that modifies the noun of a
// topic phrase opened by "on" or "against" after the verb ending at i:
// "hold talks on a $4.5 billion IMF loan" (the loan is the topic, the IMF
// no partner).
func topicModifier(toks []token, i, k int, rel string) bool {
	if !topicRels[rel] {
		return false
	}
	for p := k - 1; p >= i && p >= k-6; p-- {
		w := toks[p]
		switch {
		case w.lower == "on" || w.lower == "against":
			return p < k-1
		case determiners[w.lower] || isDigits(strings.ReplaceAll(w.text, ".", "")) || w.text == "$" || w.text == "-" ||
			w.isWord() && !w.isCap() && !prepositions[w.lower] && !auxWords[w.lower] && w.lower != "and" && w.lower != "or" && !pastVerb(w):
			continue
		}
		return false
	}
	return false
}

// warningShots reports fire trigger whose shots are warning shots: "fired
// warning shots at an Iranian vessel" is a show of force (a threat), not
// an attack.
func warningShots(toks []token, t *trigAt) bool {
	if t.tr.rel != "ATTACK" || !strings.HasPrefix(t.tr.phrase, "fire") {
		return false
	}
	for k := t.s; k < len(toks) && k < t.s+4; k++ {
		if toks[k].lower == "warning" {
			return true
		}
	}
	return false
}

// ownSubjectBetween reports a clause with a subject of its own between a
// previous verb trigger (ending at from) and an event noun at to: "Kono
// flew to Toronto ..., and Abe himself is scheduled to leave for a tour
// of X", "accused Y ..., a month after Vajpayee took a bus to Lahore for a
// summit with Z". The noun's party is that clause's subject, not the
// previous verb's.
func ownSubjectBetween(toks []token, ms []*mention, from, to int) bool {
	for k := from; k < to; k++ {
		said := sayVerbs[toks[k].lower] || toks[k].lower == "told"
		if !clauseOpeners[toks[k].lower] && toks[k].lower != "while" && !said {
			continue
		}
		if said && k+2 < to && reportedHearers[toks[k+1].lower] {
			k++ // "who told him Seoul wanted a summit with Y": the reported clause's own subject
		}
		m := mentionStartingAt(ms, k+1)
		if m == nil && k+2 < to && determiners[toks[k+1].lower] {
			m = mentionStartingAt(ms, k+2)
		}
		if m == nil || m.e >= to || m.poss {
			continue
		}
		e := m.e
		for e < to && (toks[e].lower == "himself" || toks[e].lower == "herself" || toks[e].lower == "itself" || adverbs[toks[e].lower] && !auxWords[toks[e].lower]) {
			e++
		}
		if e < to && (auxWords[toks[e].lower] || pastTense(toks[e]) || morePast[toks[e].lower]) {
			return true
		}
	}
	return false
}

// reportedHearers are the hearers a reporting verb may name before the
// clause it reports: "told him", "told reporters".
var reportedHearers = words("him her them us me reporters journalists")

// departureFor reports a time on a departure that "for" joins to the
// trip it starts: "is scheduled to leave on Sunday for a tour of X" (the
// tour begins then), unlike "arrived on Sunday ahead of a trip to X".
func departureFor(toks []token, x timex, t *trigAt) bool {
	if x.s < 1 || t.s < 2 || toks[t.s-1].lower != "for" && !(determiners[toks[t.s-1].lower] && toks[t.s-2].lower == "for") {
		return false
	}
	switch toks[x.s-1].lower {
	case "leave", "leaves", "leaving", "depart", "departs", "departing", "set", "sets", "head", "heads":
		return true
	}
	if x.s >= 2 {
		switch toks[x.s-2].lower {
		case "leave", "leaves", "leaving", "depart", "departs", "departing":
			return true
		}
	}
	return false
}

// subordinateClauseSubject reports a mention that a subordinator opens
// and a finite verb follows, in the same clause as the trigger at toks[i]:
// "a month after Vajpayee rode a bus to Lahore for a summit with Sharif"
// (Vajpayee holds the summit, not the main clause's subject).
func subordinateClauseSubject(toks []token, m *mention, i int) bool {
	if m.appos || m.compound || m.city || m.kind == mkDemonym || m.kind == mkTitle || m.s == 0 || m.e >= i {
		return false
	}
	if o := toks[m.s-1].lower; !subordinators[o] && o != "when" {
		return false
	}
	if v := toks[m.e]; !pastTense(v) && !morePast[v.lower] && !auxWords[v.lower] {
		return false
	}
	for k := m.e; k < i; k++ {
		if toks[k].text == "," || toks[k].text == ";" || clauseBoundary[toks[k].lower] {
			return false
		}
	}
	return true
}

// decisionNouns take an infinitive whose doer is their possessor.
var decisionNouns = words("decision decisions move plan plans pledge promise commitment bid attempt effort efforts offer readiness willingness")

// decisionOwner returns the possessor of a decision noun that "to" joins
// to the verb at toks[i]: "Tokyo's decision to freeze the assets of X"
// (Tokyo freezes them, not whoever praised the decision); else nil.
func decisionOwner(toks []token, i int, ms []*mention) *mention {
	if i < 4 || toks[i-1].lower != "to" || !decisionNouns[toks[i-2].lower] || toks[i-3].text != "'s" && toks[i-3].text != "'" {
		return nil
	}
	m := mentionEndingAt(ms, i-3)
	if m == nil || m.ent == nil || m.kind == mkPronoun || m.kind == mkDemonym {
		return nil
	}
	return m
}

// toInfinitive reports a travel phrase ending in "to" whose "to" opens an
// infinitive, not a destination: "Abe's drive to court Southeast Asian
// states" (a campaign), "travelled to meet Y" (a purpose). Only a place
// follows the "to" of a journey.
func toInfinitive(toks []token, t *trigAt) bool {
	if t.tr.rel != "VISIT" || t.noun || !strings.HasSuffix(t.tr.phrase, " to") || t.e >= len(toks) {
		return false
	}
	n := toks[t.e]
	return n.isWord() && !n.isCap() && !determiners[n.lower] && !isDigits(n.text) && n.lower != "its" && n.lower != "their"
}
