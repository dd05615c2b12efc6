package extract

import (
	"strings"
	"time"
)

// modalityOf reads the modality of a trigger from the words before it in
// its clause (at most seven), then from the words around an event noun.
func modalityOf(toks []token, t *trigAt) string {
	if allegedAct(toks, t) {
		return Hypothetical // "accused North Korea of providing weapons to Russia": a charge, not a reported act
	}
	mod := Asserted
	would := false // "said she would travel": a reported plan, not a guess
	reach := 7
	if !t.noun && t.s > 0 && toks[t.s-1].lower == "and" {
		reach = 14 // "will address Congress and hold talks with X": the auxiliary of the first verb governs both
	}
	for k := t.s - 1; k >= 0 && k >= t.s-reach; k-- {
		if m, stop := clauseEdge(toks, t, k, mod, would); m != "" {
			return m
		} else if stop {
			break
		}
		m, final := wordModality(toks, t, k, mod)
		if final {
			return m
		}
		if mod == Asserted && m == Hypothetical && toks[k].lower == "would" {
			would = true
		}
		mod = m
	}
	if would && mod == Hypothetical && !conditionalAfter(toks, t.e) && trailingSaid(toks, t.e) {
		mod = reportedWould(t) // "Canberra would increase its aid to X, John Howard said": a reported plan
	}
	return aroundModality(toks, t, mod)
}

// trailingSaid reports an attribution closing the sentence after toks[e]:
// a comma, then a verb of saying within six words ("..., John Howard
// said on Thursday").
func trailingSaid(toks []token, e int) bool {
	for k := e; k < len(toks); k++ {
		if toks[k].text != "," {
			continue
		}
		for q := k + 1; q < len(toks) && q <= k+6; q++ {
			if sayVerbs[toks[q].lower] && toks[q].lower != "according" {
				return true
			}
			if !toks[q].isWord() {
				break
			}
		}
	}
	return false
}

// clauseEdge reads a word that may close the clause scanned back from the
// trigger: the reporting verb of a reported "would" (a plan, unless a
// condition follows), a "whether" or "if" (hypothetical), a "that" under a
// denial (negated). It returns a final modality, or stop at the clause's
// edge.
func clauseEdge(toks []token, t *trigAt, k int, mod string, would bool) (string, bool) {
	w := toks[k].lower
	reported := would && mod == Hypothetical && !conditionalAfter(toks, t.e)
	switch {
	case reported && reportVerbs[w]:
		return reportedWould(t), true // "warned it would slap sanctions"
	case (w == "whether" || w == "if" || w == "unless") && mod == Asserted:
		return Hypothetical, true // "asked whether a meeting ... was possible"
	case w == "that" && deniedThat(toks, k):
		return Negated, true // "denied reports that X had invited Y"
	case w == "that" && demandedThat(toks, k, t):
		return Hypothetical, true // "demanded that Damascus cooperate": asked for, not done
	case w == "that" && reported && saidThat(toks, k):
		return reportedWould(t), true // "said on Monday that China would provide aid"
	case (w == "that" || w == "which") && reported && k > 0 && draftNouns[toks[k-1].lower]:
		return Planned, true // "a draft resolution that would impose sanctions"
	}
	return "", clauseBoundary[w] || w == "," || sayVerbs[w] || adjunctStart(toks, t, k) || asClause(toks, k, t.s)
}

// asClause reports an "as" at k that opens a clause of its own before the
// trigger at s: "as" after a word, then a capitalised subject, then the
// trigger within four words ("will not stand by as Putin annexes"). What
// governs the main clause does not reach it.
func asClause(toks []token, k, s int) bool {
	if toks[k].lower != "as" || k == 0 || k+1 >= s || !toks[k+1].isCap() || s-k > 6 {
		return false
	}
	switch toks[k-1].lower {
	case "such", "well", "same", "so", "just":
		return false
	}
	return true
}

// negationCues deny the event they govern: "did not meet", "refused to
// sign", "denied meeting", "skipped the summit", "refrained from
// criticizing", "has blocked EU aid to X", "vetoed a resolution condemning X".
var negationCues = words("not n't never no neither nor refused declined failed refuses refuse denied denies deny denying " +
	"skipped skips skipping boycotted boycotts boycotting snubbed snubs avoided avoids avoiding refrained refrains refraining " +
	"blocked blocking blocks vetoed vetoing vetoes")

// optionCues make an event one option among others, even a planned one:
// "was examining a plan to fire missiles".
var optionCues = words("considering considers consider considered weighing weighs weigh mulling mull examining examine studying exploring explore")

// hedgeCues make an otherwise asserted event hypothetical: "might visit".
var hedgeCues = words("might could possible possibly likely can perhaps would should")

// planCues make an otherwise asserted event planned: "will visit", "is
// expected to", "plans to", "the upcoming summit".
var planCues = words("will 'll shall plans plan planned planning intends intend expected expect expects scheduled set going aims aim " +
	"seeks hopes hope hoped hoping wants want wanted wish wishes wished prepares preparing proposal upcoming slated poised willing ready future proposed")

// commitCues assert a commitment or an invitation whose "to"-infinitive
// is planned: "agreed to make the trip", "invited him to pay a visit".
var commitCues = words("agreed agree agrees pledged promised vowed decided offered intended undertook invited invites inviting invitation")

// askCues ask for, or turn down, an act their "to"-infinitive names, which
// has not happened: "urged Japan to impose sanctions", "rejected calls to".
var askCues = words("urged urges urging urge asked asks asking pressed press presses pressing encouraged demanded " +
	"demanding called calls call demands appeals appealed requested requests requesting lobbied lobbying " +
	"rejected rejects rejecting dismissed")

// threatCues assert a threat whose "to"-infinitive is not asserted.
var threatCues = words("threatened threatens threaten threatening")

// wordModality applies one word before the trigger to the modality read so
// far; final is true when the word decides it.
func wordModality(toks []token, t *trigAt, k int, mod string) (m string, final bool) {
	w := toks[k].lower
	next := ""
	if k+1 < t.s {
		next = toks[k+1].lower
	}
	toAct := between(toks, k+1, t.s, "to")
	switch {
	case w == "no" && (next == "date" || next == "time" || next == "timetable"):
		return Planned, false // "no date has been set for the visit": a plan without a time
	case negationCues[w] && quotedBefore(toks, k, t.s):
		// "a partnership with 'no limits' was declared": a quoted name, not a denial
	case negationCues[w]:
		return Negated, true
	case w == "ruled" || w == "rules" || w == "ruling":
		if next == "out" {
			return Negated, true // "ruled out a visit"
		}
	case w == "short" && k > 0 && strings.HasPrefix(toks[k-1].lower, "stop") && next == "of":
		return Negated, true // "stopped short of condemning X"
	case w == "from" && preventedBefore(toks, k) && k+1 == t.s && strings.HasSuffix(toks[t.s].lower, "ing"):
		return Negated, true // "kept Moscow and Tokyo from signing a peace treaty": it did not happen
	case (w == "hoped" || w == "wished") && k > 0 && toks[k-1].lower == "had" && toAct:
		return Hypothetical, true // "had hoped to mend relations": a hope the story says was not met
	case w == "yet" && next == "to":
		return Negated, true // "has yet to visit X"
	case w == "down" && k > 0 && strings.HasPrefix(toks[k-1].lower, "vot"):
		return Negated, true // "voted down a draft condemning X"
	case (w == "suspended" || w == "suspend" || w == "suspends" || w == "halted" || w == "froze") && talksTrigger(toks, t) && k+1 == t.s:
		return Negated, true // "suspended talks with X": the talks stop
	case w == "open" && next == "to":
		return Hypothetical, false // "was open to talks with X": a readiness, no talks yet
	case nearMiss(toks, t, k):
		return Hypothetical, true // "had been close to normalising ties with X": it did not happen
	case w == "against" && dissuadedBefore(toks, k):
		return Hypothetical, true // "warned its citizens against travel to X": advised not to happen
	case conditionalReadiness(toks, k):
		return Hypothetical, true // "said he would be willing to travel": only if asked
	case threatCues[w] && toAct && mod == Asserted:
		return Hypothetical, true // "threatened to impose sanctions"
	case optionCues[w] || askCues[w] && toAct:
		if mod == Asserted || mod == Planned {
			return Hypothetical, false
		}
	case mod != Asserted:
	case w == "would" && (next == "later" || next == "go" || next == "eventually"):
		// "would later meet him in Hanoi": the future of a past narrative
	case hedgeCues[w] || toks[k].text == "may":
		return Hypothetical, false
	case planCues[w] && !(w == "set" && next != "to"):
		return Planned, false // "is set to visit", not "set up a commission"
	case w == "next" && !(k+1 < len(toks) && partOfDayWord(toks[k+1].lower)):
		return Planned, false // "their next summit", not "the next day he met"
	case (w == "due" || w == "is" || w == "are" || w == "am") && next == "to":
		return Planned, false // "is due to hold talks", "is to visit"
	case dueAtPlace(toks, k):
		return Planned, false // "are due in Damascus on Tuesday for talks"
	case commitCues[w] && toAct && !agreedCooperation(toks, k, t) && !meetingOfPledge(toks, t):
		return Planned, false
	}
	return mod, false
}

// dueAtPlace reports "due" or "expected" after a form of "be" and before
// "in" or "at" a place: "X is due in Moscow on Monday for talks", "is
// expected at the summit". Wires tell a coming trip this way; the time
// that follows is ahead, not past.
func dueAtPlace(toks []token, k int) bool {
	w := toks[k].lower
	if (w != "due" && w != "expected") || k == 0 || !beForms[toks[k-1].lower] || k+2 >= len(toks) {
		return false
	}
	n := toks[k+1].lower
	return (n == "in" || n == "at") && toks[k+2].isCap()
}

// quotedBefore reports a word at k inside a quotation that closes before
// the trigger at s: opened at most two words before it, closed after it.
func quotedBefore(toks []token, k, s int) bool {
	isQuote := func(w string) bool { return w == "\"" || w == "'" }
	opened := k > 0 && isQuote(toks[k-1].text) || k > 1 && isQuote(toks[k-2].text)
	if !opened {
		return false
	}
	for q := k + 1; q < s; q++ {
		if isQuote(toks[q].text) {
			return true
		}
	}
	return false
}

// aroundModality finishes the modality read before the trigger with what
// follows it and the event noun's own phrase: "X's trip plans", a modal
// after the noun, a participle that realises it, a postponement.
func aroundModality(toks []token, t *trigAt, mod string) string {
	if t.e < len(toks) && toks[t.e].lower == "plans" {
		return Planned
	}
	if mod != Negated && habitualClause(toks, t) {
		return Hypothetical // generic, not annotated: scored as no event
	}
	if m := nounModality(toks, t); m == Hypothetical && mod != Negated || m != "" && mod == Asserted {
		return m // "a future meeting ... could take place": the modal decides
	}
	if mod != Negated && realisedNoun(toks, t) {
		return Asserted // "would cope with the sanctions imposed by X": the sanctions are fact
	}
	if t.noun && calledOff(toks, t) {
		return Negated // "the trip was put off", "postponed his visit"
	}
	if t.noun && hostileNoun(t.tr.rel) && haltedBefore(toks, t.s) {
		return Negated // "ordered a halt to military operations in Georgia": the attack stops
	}
	if mod != Negated && describingRelative(toks, t) {
		return Hypothetical // "Eswatini, which still recognizes Taiwan,": a standing trait, no event
	}
	if mod != Negated && aimedAt(toks, t) {
		return Hypothetical // "a declaration aimed at normalizing ties": a goal, not yet done
	}
	if mod != Negated && abortedJourney(toks, t) {
		return Negated // "was flying to X when he ordered his plane to turn back"
	}
	return mod
}

// haltVerbs stop a hostile act their noun object names.
var haltVerbs = words("halt halted halting halts end ended ending ends stop stopped stopping stops suspend suspended suspending " +
	"suspends cease ceased ceasing pause paused pausing wind wound winding scale scaled scaling call called")

// haltedBefore reports an act stopped by what comes before its noun at
// i: "a halt to military operations", "an end to the offensive", "ended
// its military operation", "called off the attack", "wound down its
// offensive", within five words of the noun's phrase.
func haltedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].lower
		if haltVerbs[w] {
			next := toks[k+1].lower // k < i: the noun follows
			switch w {
			case "call", "called":
				return next == "off" // not "called the attack barbaric"
			case "wind", "wound", "winding", "scale", "scaled", "scaling":
				return next == "down" || next == "back"
			}
			return true
		}
		if w == "," || w == "." || clauseBoundary[w] || w == "and" || w == "after" || w == "before" || w == "since" {
			return false
		}
	}
	return false
}

// aimedAt reports an -ing trigger that names the aim of something else:
// "a declaration aimed at normalizing ties", "talks aimed at restoring
// relations", "steps designed at ...". The aim is not yet reached.
func aimedAt(toks []token, t *trigAt) bool {
	if t.noun || t.s < 2 || !strings.HasSuffix(toks[t.s].lower, "ing") || toks[t.s-1].lower != "at" {
		return false
	}
	switch toks[t.s-2].lower {
	case "aimed", "aiming", "aim", "aims", "targeted", "directed":
		return true
	}
	return false
}

// describingRelative reports a verb in the simple present that opens a
// comma-set relative clause about its subject ("Iran, which backs the
// Houthis,", "Eswatini, which still recognizes Taiwan,"): it describes a
// standing trait of the actor as background, not something that happened.
// A time in the clause ("which hosts the summit in May") makes it a
// scheduled event instead.
func describingRelative(toks []token, t *trigAt) bool {
	if t.noun || t.tr == nil || t.tr.form != "s" {
		return false
	}
	k := t.s - 1
	for k >= 0 && (toks[k].lower == "still" || toks[k].lower == "also" || toks[k].lower == "openly" || toks[k].lower == "long") {
		k--
	}
	if k < 1 || toks[k].lower != "which" && toks[k].lower != "who" || toks[k-1].text != "," {
		return false
	}
	for j := t.e; j < len(toks) && toks[j].text != "," && toks[j].text != ";"; j++ {
		if _, ok := monthNames[toks[j].lower]; ok {
			return false
		}
		if _, ok := weekdays[toks[j].lower]; ok || toks[j].lower == "next" || toks[j].lower == "tomorrow" {
			return false
		}
	}
	return true
}

// demandVerbs ask for an act in a that-clause with a bare verb.
var demandVerbs = words("demanded demand demands demanding insisted insist insists urged urge urges asked ask asks " +
	"requested request requests proposed propose proposes recommended recommend suggested suggest")

// demandedThat reports a "that" at k after a demand verb whose clause has
// the trigger in the bare (subjunctive) form: "demanded that Damascus
// cooperate with Y", "urged that Tokyo withdraw". The act is asked for.
func demandedThat(toks []token, k int, t *trigAt) bool {
	if k == 0 || !demandVerbs[toks[k-1].lower] || t.noun || t.tr == nil || t.tr.form != "base" {
		return false
	}
	return t.s > 0 && toks[t.s-1].lower != "to" && !auxWords[toks[t.s-1].lower] && toks[t.s-1].lower != "not"
}

// talksTrigger reports a trigger on the noun "talks" ("talks with X"),
// whether read as a noun or as the verb phrase.
func talksTrigger(toks []token, t *trigAt) bool {
	return t.tr != nil && t.tr.rel == "MEET" && (toks[t.s].lower == "talks" || toks[t.s].lower == "negotiations")
}

// turnBackVerbs turn a journey round before it arrives.
var turnBackVerbs = words("turn turned turns turning")

// abortedJourney reports a journey the same sentence says was turned round
// or aborted on the way: "X, who was flying to Y for talks, ordered his
// plane to turn back", "was on the way to Y but turned around". The trip
// was begun, the visit never made.
func abortedJourney(toks []token, t *trigAt) bool {
	if t.tr == nil || t.tr.rel != "VISIT" {
		return false
	}
	// on the way: "was flying to", "were heading to"; or a vehicle named
	// after the trigger ("ordered his plane to turn back")
	onTheWay := !t.noun && t.s > 0 && strings.HasSuffix(toks[t.s].lower, "ing") && beForms[toks[t.s-1].lower]
	for k := t.e; k+1 < len(toks); k++ {
		w, n := toks[k].lower, toks[k+1].lower
		if journeyVehicles[w] {
			onTheWay = true
		}
		if onTheWay && (turnBackVerbs[w] && (n == "back" || n == "around" || n == "round") || w == "aborted") {
			return true
		}
		if toks[k].text == ";" {
			return false
		}
	}
	return false
}

// journeyVehicles carry a traveller whose trip may be turned round.
var journeyVehicles = words("plane aircraft jet flight motorcade convoy train helicopter")

// nearMiss reports "close to" or "near to" right before an -ing trigger,
// or "the verge of" or "the brink of" before the trigger's phrase, at k:
// an act almost done, not done ("was close to signing", "on the brink of
// war with X"). "Sources close to the talks" is no near miss: the talks
// are a noun.
func nearMiss(toks []token, t *trigAt, k int) bool {
	w := toks[k].lower
	switch {
	case (w == "close" || w == "closer" || w == "near") && k+2 == t.s && toks[k+1].lower == "to":
		return !t.noun && strings.HasSuffix(toks[t.s].lower, "ing")
	case (w == "verge" || w == "brink") && k+1 < t.s && toks[k+1].lower == "of":
		return true
	}
	return false
}

// dissuadeStems begin the verbs that advise against an act.
var dissuadeStems = []string{"warn", "advis", "caution", "counsel"}

// dissuadedBefore reports a verb advising against, up to four words before
// the "against" at k ("warned Iran against attacking ships", "advised
// its citizens against travel"): the act after it is only feared.
func dissuadedBefore(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		for _, st := range dissuadeStems {
			if strings.HasPrefix(toks[q].lower, st) {
				return true
			}
		}
		if toks[q].text == "," || clauseBoundary[toks[q].lower] {
			return false
		}
	}
	return false
}

// readyWords say one is disposed to act, which a conditional "would be"
// turns into a mere possibility.
var readyWords = words("willing ready prepared open")

// conditionalReadiness reports "would be willing" (ready, prepared, open)
// at k: a readiness offered on a condition, not a plan ("is willing to
// host talks" states an intention; "would be willing to travel" does not).
func conditionalReadiness(toks []token, k int) bool {
	if !readyWords[toks[k].lower] || k < 2 || toks[k-1].lower != "be" {
		return false
	}
	switch toks[k-2].lower {
	case "would", "could", "might":
		return true
	}
	return false
}

// habitualWords make a clause generic: what usually happens, no event.
var habitualWords = words("traditionally typically usually customarily habitually normally routinely generally")

// habitualClause reports a habitual adverb in the trigger's clause, up to
// seven words before it or ten after ("summits between the two have
// traditionally been preceded by ...", "X typically visits Y"), or a span
// of years after it ("have cooperated for decades"): a generic statement
// or a lasting state, which names no event.
func habitualClause(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 0 && k >= t.s-7; k-- {
		if habitualWords[toks[k].lower] {
			return true
		}
		if toks[k].text == "," || toks[k].text == ";" || clauseBoundary[toks[k].lower] || sayVerbs[toks[k].lower] {
			break
		}
	}
	for k := t.e; k < len(toks) && k < t.e+10; k++ {
		if habitualWords[toks[k].lower] || durationAt(toks, k) {
			return true
		}
		if toks[k].text == "," || toks[k].text == ";" || clauseBoundary[toks[k].lower] || sayVerbs[toks[k].lower] {
			break
		}
	}
	return false
}

// spanNouns are the long spans a relation may be said to last.
var spanNouns = words("decades years generations centuries")

// durationAt reports "for decades" (years, many years, several decades)
// at k: a relation that has lasted, a state of affairs rather than an
// event ("have cooperated on X for decades").
func durationAt(toks []token, k int) bool {
	if toks[k].lower != "for" || k+1 >= len(toks) {
		return false
	}
	n := k + 1
	if w := toks[n].lower; (w == "many" || w == "several" || w == "some") && n+1 < len(toks) {
		n++
	}
	return spanNouns[toks[n].lower]
}

// words makes a set of the space-separated words of s.
func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// aidNounBefore reports a kind of aid coordinated with the trigger's noun
// ("grants and loans", "aid and credits").
func aidNounBefore(t token) bool {
	switch t.lower {
	case "aid", "assistance", "funding", "grants", "loans", "credits", "donations", "weapons", "arms", "supplies":
		return true
	}
	return false
}

// calledOff reports an event noun said to be postponed or cancelled: "X's
// trip to Y was put off", "postponed its visit", "called off the talks".
func calledOff(toks []token, t *trigAt) bool {
	off := func(k int) bool {
		switch toks[k].lower {
		case "postponed", "postpone", "postpones", "cancelled", "canceled", "cancel", "cancels", "scrapped", "shelved", "delayed", "suspended",
			"suspend", "halt", "halted", "halts", "halting":
			return true
		case "put", "called", "call", "calls", "puts":
			return k+1 < len(toks) && toks[k+1].lower == "off"
		case "cut", "cuts", "slashed", "slashes", "froze", "freeze", "freezes", "frozen", "withheld", "withhold",
			"withholds", "withdrew", "withdraw", "ended", "stopped", "blocked":
			return t.tr.rel == "AID" // "cut $200 million in funding for X", "froze military aid to Y": aid taken away
		}
		return false
	}
	for k := t.e; k < len(toks) && k < t.e+10; k++ {
		w := toks[k].lower
		if w == "," || w == ";" || w == "and" || clauseBoundary[w] || sayVerbs[w] {
			break
		}
		if off(k) {
			return true
		}
	}
	for k := t.s - 1; k >= 0 && k >= t.s-8; k-- {
		if off(k) {
			return true
		}
		if t.tr.rel == "AID" && (toks[k].lower == "in" || toks[k].text == "$" || toks[k].text == ",") {
			continue // over an amount: "cut $200 million in funding"
		}
		if t.tr.rel == "AID" && (toks[k].lower == "and" || toks[k].lower == "or") && k > 0 && aidNounBefore(toks[k-1]) {
			continue // over a coordinated kind of aid: "froze grants and loans to X"
		}
		if !toks[k].isWord() && toks[k].text != "-" || toks[k].lower != "of" && (prepositions[toks[k].lower] || toks[k].lower == "and" || toks[k].lower == "or" || toks[k].lower == "but") {
			break // only across the noun phrase: "halt the U.S.-South Korea drills"
		}
	}
	return false
}

// nounModality reads the modality of an event noun from the words around
// its noun phrase, which modalityOf (the words before a verb) does not see:
// the noun as the subject of a modal ("a visit to China in October would
// signal ..."), the noun after "ahead of" ("ahead of a trip to Washington"),
// and the noun as the purpose of a planned move ("is scheduled to fly to
// Washington on Sunday for a summit with ..."). It returns "" when none
// applies.
func nounModality(toks []token, t *trigAt) string {
	if !t.noun {
		return adjunctModality(toks, t)
	}
	if m := modalAfterNoun(toks, t.e); m != "" {
		return m
	}
	return adjunctModality(toks, t)
}

// adjunctModality reads the modality of an event named after "ahead of",
// "for", "before", "after" or "during": the first comes later than what the
// sentence reports, the others share the modality of the clause they
// attach to ("will fly to Seoul on Friday for talks with ...", "is
// scheduled to visit Seoul before a summit with ...").
func adjunctModality(toks []token, t *trigAt) string {
	p := nounPhraseStart(toks, t.s)
	if p >= 2 && toks[p-1].lower == "of" && toks[p-2].lower == "ahead" {
		return Planned
	}
	if p >= 1 {
		switch toks[p-1].lower {
		case "at", "during":
			if meetingOfPledge(toks, t) {
				return "" // "vowed to deepen ties during talks in Tokyo": where the vow was made
			}
			fallthrough
		case "for", "before", "after":
			// probe the clause back over a long object ("sign a raft of
			// trade and investment deals during ..."), not past its start
			for q := p - 1; q >= 0 && q >= p-13; q -= 6 {
				if q < p-1 && clauseBreak(toks, q, p-1) {
					break
				}
				if modalityOf(toks, &trigAt{s: q, e: q}) == Planned {
					return Planned
				}
			}
		}
	}
	return ""
}

// strengthenVerbs name more of a relation: agreeing to them is the
// cooperation itself (SPEC: COOPERATE is "agreed to boost ties").
var strengthenVerbs = map[string]bool{"strengthen": true, "boost": true, "deepen": true, "upgrade": true, "expand": true,
	"enhance": true, "bolster": true, "promote": true, "develop": true, "improve": true, "increase": true, "step": true,
	"work": true, "cooperate": true, "intensify": true, "broaden": true, "further": true}

// agreedCooperation reports "agreed (at k) to strengthen ... cooperation",
// "agreed to hold joint exercises", "agreed to sell jets": for a
// cooperation relation the agreement is the event, asserted, not a plan of
// it. A pledge or a vow to cooperate is so only when it strengthens ties.
func agreedCooperation(toks []token, k int, t *trigAt) bool {
	if t.tr == nil || t.tr.rel != "COOPERATE" && t.tr.rel != "MILITARY_COOPERATION" {
		return false
	}
	if strings.HasPrefix(toks[k].lower, "agree") {
		return true
	}
	for q := k + 1; q+1 <= t.s && q < len(toks)-1; q++ {
		if toks[q].lower == "to" && strengthenVerbs[toks[q+1].lower] {
			return true
		}
	}
	return strengthenVerbs[toks[t.s].lower]
}

// nounPhraseStart returns where the noun phrase ending in the noun at i
// starts: back over determiners, possessives, names and modifiers ("his
// first official", "Xi Jinping's"), at most five tokens.
func nounPhraseStart(toks []token, i int) int {
	p := i
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := toks[k]
		if w.text == "'s" || w.text == "'" || determiners[w.lower] || nounCue[w.lower] || w.isCap() && !verbLike(w) {
			p = k
			continue
		}
		break
	}
	return p
}

// modalAfterNoun finds the modal verb of a clause whose subject is the
// event noun ending at e: over the noun's complements ("to China in
// October", "between the two leaders") to "would", "will", "could", "is
// expected to" and the like. It stops at a comma, a clause boundary or any
// other verb, so "held talks with Y and could sign a deal" (the noun an
// object) is not read.
func modalAfterNoun(toks []token, e int) string {
	for k := e; k < len(toks) && k < e+10; k++ {
		w := toks[k]
		switch w.lower {
		case "will", "would", "'ll", "shall":
			return Planned
		case "could", "might", "can":
			return Hypothetical
		case "may":
			if w.text == "may" {
				return Hypothetical
			}
		case "is", "are", "was", "were":
			if k+1 < len(toks) {
				switch toks[k+1].lower {
				case "to", "expected", "scheduled", "due", "set", "slated", "planned", "likely":
					return Planned
				}
			}
			return ""
		case "and", "or":
			if k+1 < len(toks) && !toks[k+1].isCap() && !determiners[toks[k+1].lower] {
				return "" // a new predicate
			}
			continue
		case "called", "named", "dubbed", "codenamed", "code-named":
			for k+1 < len(toks) && (toks[k+1].isCap() || toks[k+1].isNumber() || toks[k+1].text == "\"") {
				k++ // "exercises called Freedom Shield are due to": over the name
			}
			continue
		}
		if w.text == "," || w.text == ";" || clauseBoundary[w.lower] || sayVerbs[w.lower] || verbLike(w) || pastVerb(w) {
			return ""
		}
	}
	return ""
}

// realisedNoun reports an event noun whose participle says it took place,
// or such a participle as the trigger: "the sanctions imposed by X", "the
// drills held last week". A modal before the noun then belongs to another
// verb ("Russia would cope with the sanctions imposed by ...").
func realisedNoun(toks []token, t *trigAt) bool {
	from := t.s + 1
	if !t.noun {
		// a participle right after a noun, with no auxiliary: a reduced
		// relative clause
		p := t.s - 1
		if p < 0 || !toks[p].isWord() || toks[p].isCap() || beForms[toks[p].lower] || adverbs[toks[p].lower] || verbLike(toks[p]) || toks[p].lower == "and" || toks[p].lower == "or" {
			return false
		}
		from = t.s
	}
	// the participle may be part of the trigger phrase: "sanctions imposed by"
	for k := from; k <= t.e && k+1 < len(toks); k++ {
		if !pastVerb(toks[k]) && !irregularParticiple[toks[k].lower] {
			continue
		}
		switch toks[k+1].lower {
		case "by", "on", "in", "last", "earlier", "this", "at", "against":
			return true
		}
		return false
	}
	return false
}

var irregularParticiple = map[string]bool{"held": true, "made": true, "paid": true, "given": true, "taken": true,
	"begun": true, "undertaken": true, "struck": true, "won": true, "sent": true, "brought": true}

// clauseBreak reports a comma, a clause boundary or a reporting verb in
// toks[s:e].
func clauseBreak(toks []token, s, e int) bool {
	for _, t := range toks[s:e] {
		if t.text == "," || clauseBoundary[t.lower] || sayVerbs[t.lower] {
			return true
		}
	}
	return false
}

// denyVerbs deny what their that-clause says.
var denyVerbs = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true, "dismissed": true,
	"dismisses": true, "refuted": true, "refutes": true, "rejected": true, "rejects": true}

// denialObject are the words a denial may have between it and its "that":
// "denied reports that", "denied on Monday that".
var denialObject = map[string]bool{"reports": true, "claims": true, "suggestions": true, "speculation": true,
	"allegations": true, "on": true, "media": true, "a": true, "the": true, "report": true, "claim": true}

// deniedThat reports a "that" (at k) whose clause a denial governs:
// "denied that a summit had been scheduled", "denied reports that X had
// invited Y", "dismissed claims that ...". The events inside did not happen.
func deniedThat(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		w := toks[q].lower
		if denyVerbs[w] {
			return true
		}
		if _, day := weekdays[w]; !day && !denialObject[w] {
			return false
		}
	}
	return false
}

// reportVerbs report what an actor said it would do: "said it would", "warned
// it would", "announced that it would".
var reportVerbs = words("said told announced added warned vowed pledged promised insisted stressed confirmed declared says warns agreed decided")

// draftNouns are texts whose "that would" clause states what they provide
// for: "a draft resolution that would impose sanctions".
var draftNouns = words("resolution resolutions draft bill bills legislation law proposal plan measure measures package deal agreement treaty")

// reportedWould is the modality of an act an actor said it would do: the
// statement itself for speech acts ("announced that Venezuela would quit
// the OAS" is the rejection), a plan for the rest.
func reportedWould(t *trigAt) string {
	if t.tr != nil {
		switch t.tr.rel {
		case "REJECT", "CRITICIZE", "SUPPORT":
			return Asserted
		}
	}
	return Planned
}

// saidThat reports a "that" (at k) after a reporting verb, up to six
// words back over its time or audience: "said on Monday that", "told
// reporters that", "said on February 8, 2023 that".
func saidThat(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-6; q-- {
		w := toks[q].lower
		if reportVerbs[w] {
			return true
		}
		if w == "," && !dateComma(toks, q) || clauseBoundary[w] {
			return false
		}
	}
	return false
}

// adjunctStart reports "after", "before" or "following" (at k) opening
// the phrase the trigger heads: "hinted at possible cooperation after
// meeting Kim" — the meeting is told as fact, whatever the clause before
// it hedges. A plan of that clause still reaches it through
// adjunctModality.
func adjunctStart(toks []token, t *trigAt, k int) bool {
	switch toks[k].lower {
	case "after", "before", "following", "upon":
		return k >= nounPhraseStart(toks, t.s)-1
	case "when":
		return !t.noun && t.tr != nil && (t.tr.form == "ed" || t.tr.form == "part") // "agreed to restart talks when they met": the meeting took place
	}
	return false
}

// meetingOfPledge reports a meeting noun after "at", "during" or "in": the
// gathering where a pledge was made ("pledged to deepen their partnership
// at a summit in Abidjan"), not the pledged event.
func meetingOfPledge(toks []token, t *trigAt) bool {
	if t.tr == nil || t.tr.rel != "MEET" || !t.noun {
		return false
	}
	p := nounPhraseStart(toks, t.s)
	if p == 0 {
		return false
	}
	if p >= 3 && toks[p-3].lower == "to" && infinitive(toks[p-2]) {
		return false // "agreed to meet at a summit": the summit is the plan (not "invited Y to Seoul during their summit")
	}
	switch toks[p-1].lower {
	case "at", "during", "in":
		return true
	}
	return false
}

// conditionalAfter reports a condition later in the sentence: "would keep
// cooperating as long as it remained impartial", "would impose sanctions
// if ...", "unless". A reported "would" under a condition is no plan.
func conditionalAfter(toks []token, e int) bool {
	for k := e; k < len(toks); k++ {
		switch toks[k].lower {
		case "if", "unless", "provided":
			return true
		case "as":
			if k+2 < len(toks) && toks[k+1].lower == "long" && toks[k+2].lower == "as" && !asLongAsItTakes(toks, k) {
				return true
			}
		case ";":
			return false
		}
	}
	return false
}

// asLongAsItTakes reports the idiom "(for) as long as it takes" at k: a
// promise without end, not a condition.
func asLongAsItTakes(toks []token, k int) bool {
	return k+4 < len(toks) && toks[k+3].lower == "it" && toks[k+4].lower == "takes"
}

// aheadOfPast reports an event after "ahead of" in a sentence whose own
// time, before it, lies days before the story's present: both are past,
// the one after "ahead of" is no plan.
func aheadOfPast(toks []token, t *trigAt, tx []timex, present string) bool {
	p := nounPhraseStart(toks, t.s)
	if present == "" || p < 2 || toks[p-1].lower != "of" || toks[p-2].lower != "ahead" {
		return false
	}
	for _, x := range tx {
		if x.e <= t.s && x.past != "" && !x.offset && x.past < present[:min(len(x.past), len(present))] {
			d, err := time.Parse("2006-01-02", present)
			if err == nil && len(x.past) == 10 && x.past >= d.AddDate(0, 0, -1).Format("2006-01-02") {
				continue // yesterday's arrival ahead of today's talks
			}
			return true
		}
	}
	return false
}

// modalityTwinKey is the dedup key of the same event with the other of
// asserted and planned: one sentence that yields an event both ways on one
// date ("agreed to resume talks when they met in June": the talks it
// plans, and the meeting it tells) tells one event, which happened.
func modalityTwinKey(ev Event) string {
	twin := ev
	switch ev.Modality {
	case Asserted:
		twin.Modality = Planned
	case Planned:
		twin.Modality = Asserted
	default:
		return ""
	}
	return dedupKey(twin)
}

// allegedAct reports a trigger in the "of"-gerund of an accusation:
// "have accused North Korea of providing weapons to Russia", "accusing
// Washington of sending arms". The article reports the charge; the act
// charged is the accuser's claim. Up to ten words back from the gerund,
// without a clause break.
func allegedAct(toks []token, t *trigAt) bool {
	if t.noun || t.s < 3 || toks[t.s-1].lower != "of" || !strings.HasSuffix(toks[t.s].lower, "ing") {
		return false
	}
	for k := t.s - 2; k >= 0 && k >= t.s-10; k-- {
		w := toks[k].lower
		if strings.HasPrefix(w, "accus") {
			return true
		}
		if w == ";" || clauseBoundary[w] {
			return false
		}
	}
	return false
}

// preventVerbs keep someone from an act: "kept X from signing", "barred
// X from entering".
var preventVerbs = words("kept keep keeps keeping prevented prevent prevents preventing stopped stop stops stopping " +
	"barred bar bars barring blocked block blocks blocking banned ban bans discouraged deterred precluded prohibited")

// preventedBefore reports a verb of prevention within seven words before
// the "from" at k, with no clause break between: "kept Moscow and Tokyo
// from signing".
func preventedBefore(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-7; q-- {
		if preventVerbs[toks[q].lower] {
			return true
		}
		if toks[q].text == "," || toks[q].text == ";" || clauseBoundary[toks[q].lower] {
			return false
		}
	}
	return false
}
