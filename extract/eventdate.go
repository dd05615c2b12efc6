package extract

import "strings"

// Which time of a sentence dates an event: the nearest expression that is
// not bound to another clause (relative, complement, later predicate,
// reporting clause, a name), and the present day for statements and news
// with none. Time expressions themselves are found in dates.go; dates from
// earlier sentences come from datecontext.go.

// aheadOf reports a temporal expression that points past the published
// date: "next week", "tomorrow", "later this year", or a date written out
// that is later than pub. An event at such a time has not happened yet.
func aheadOf(x timex, pub string) bool {
	if x.ahead {
		return true
	}
	if pub == "" || x.past == "" || x.past != x.fut {
		return false
	}
	return x.past > pub[:min(len(x.past), len(pub))]
}

// complementStems are the verbs (and their nouns) whose "to"-infinitive
// names a later event: "invited Y to visit", "agreed to hold talks",
// "threatened to launch strikes", "urged Y to impose sanctions".
var complementStems = []string{"invit", "agree", "pledg", "promis", "vow", "decid", "offer", "urg", "threat",
	"ask", "call", "press", "encourag", "commit", "propos"}

// inComplement reports a time inside the "to"-infinitive of a trigger that
// takes one, when the time points forward ("to lift trade to $300 billion
// by 2031") or may be months ahead: "Xi
// invited Park to attend the forum in November" dates the attending, not
// the invitation; "agreed to exchange visits around Aug. 15" the visits.
// A time that can only be past stays with the trigger ("a pact Seoul had
// threatened to scrap in 2019" dates the threat, the scrapping never
// came), and so does a weekday, which news writes after the complement of
// the act it dates ("agreed to allow inspections on Saturday").
func inComplement(toks []token, t *trigAt, x timex, pub string) bool {
	head := complementHead(toks, t)
	invitation := t.tr.rel == "INVITE" || head >= 0 && strings.HasPrefix(toks[head].lower, "invit")
	if x.s < t.e || head < 0 && !invitation {
		return false
	}
	if !aheadOf(x, pub) && (len(x.past) < 4 || len(x.fut) < 4 || x.past[:4] == x.fut[:4]) && !(invitation && openAhead(x, pub)) {
		return false
	}
	for p := max(head, t.s) + 1; p+1 < x.s && p < t.e+10; p++ {
		w := toks[p].lower
		if p >= t.e && (clauseBoundary[w] || w == ";") {
			return false
		}
		if w == "to" && infinitive(toks[p+1]) {
			return !pastWhenClause(toks, x)
		}
		if invitation && p >= t.e && (w == "to" || w == "for") {
			return true // "invited X to the White House for a state visit next year": the visit's time
		}
	}
	return false
}

// openAhead reports a month, season or year resolved against the
// published date whose future reading is not over by then ("for a summit
// in the autumn"): it may still lie ahead, as an invited visit does.
func openAhead(x timex, pub string) bool {
	return x.relative && !x.offset && len(x.fut) < 10 && len(x.fut) >= 4 && len(pub) >= 4 && x.fut[:4] >= pub[:4]
}

// complementHead returns the word of the trigger phrase that takes a
// "to"-infinitive — the verb ("invited"), or the noun of a light-verb
// phrase ("extended an invitation to", "renewed its call for") — or -1.
func complementHead(toks []token, t *trigAt) int {
	for k := t.s; k < t.e && k < t.s+4; k++ {
		if complementVerb(toks[k].lower) {
			return k
		}
	}
	return -1
}

// pastWhenClause reports a time inside a "when" clause told in the past,
// at most twenty tokens on with no comma between: "agreed to resume talks
// when they met in Osaka in June". The time is the meeting's, so the
// agreement's too, and never a later one of the talks the agreement plans.
func pastWhenClause(toks []token, x timex) bool {
	for q := x.s - 1; q >= 0 && q >= x.s-20; q-- {
		w := toks[q].lower
		if w == "when" {
			// "when they met", "when Yoon Suk Yeol met with": a past verb
			// after the clause's subject, before the time
			for p := q + 1; p < x.s && p <= q+8; p++ {
				if pastTense(toks[p]) {
					return true
				}
			}
			return false
		}
		if w == ";" || w == "," || clauseBoundary[w] {
			return false
		}
	}
	return false
}

// irregularPast are past-tense verbs that do not end in "-ed".
var irregularPast = map[string]bool{"met": true, "held": true, "was": true, "were": true, "had": true, "came": true,
	"went": true, "sat": true, "spoke": true, "took": true, "made": true, "saw": true, "flew": true, "began": true,
	"said": true, "told": true, "gave": true, "struck": true, "shook": true, "won": true, "left": true}

// pastTense reports a verb in the past tense, regular or not.
func pastTense(t token) bool {
	return pastVerb(t) || irregularPast[t.lower]
}

func complementVerb(w string) bool {
	for _, s := range complementStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// infinitive reports a word that can start a "to"-infinitive: a lower-case
// word that is not an article, a pronoun or a number ("to visit", not "to
// the White House", "to Seoul" or "to 2019").
func infinitive(t token) bool {
	if !t.isWord() || t.isCap() || t.isNumber() || determiners[t.lower] || pronouns[t.lower] {
		return false
	}
	switch t.lower {
	case "them", "us", "me", "you", "our", "your", "both", "all", "each", "some", "other", "date":
		return false
	}
	return true
}

// ownParticipantsBefore reports a time after a trigger with only the
// trigger's participants between: "talks with Wang Yi on Thursday", "a
// summit between the two leaders in June". The time is the trigger's own,
// however far the participant phrase runs.
func ownParticipantsBefore(toks []token, t *trigAt, x timex) bool {
	s := t.e
	if s > t.s && (toks[s-1].lower == "with" || toks[s-1].lower == "between") {
		s-- // the trigger phrase ends with its preposition: "talks with"
	}
	if x.offset || x.s <= s || toks[x.s-1].text == "," {
		return false // "met with X, two weeks before the summit": the summit's time
	}
	return participantGap(toks, s, x.s)
}

// scheduledVerbs are the present-tense verbs news uses for a scheduled
// move: "Austin travels on to New Delhi on Friday", "Trump leaves for
// Seoul on Tuesday for talks with Moon".
var scheduledVerbs = map[string]bool{"leaves": true, "travels": true, "heads": true, "flies": true, "arrives": true,
	"visits": true, "meets": true, "hosts": true, "departs": true, "returns": true, "goes": true, "holds": true}

// scheduledPresent reports a trigger that is, or whose clause has before
// it, a scheduling verb in the present: with a time that may lie either
// side of the published date, the event is a plan.
func scheduledPresent(toks []token, t *trigAt) bool {
	for k := t.s; k >= 0 && k >= t.s-8; k-- {
		w := toks[k].lower
		if scheduledVerbs[w] {
			return true
		}
		if k < t.s && (w == "," || w == ";" || clauseBoundary[w] || sayVerbs[w] || pastVerb(toks[k]) || verbLike(toks[k])) {
			return false
		}
	}
	return false
}

// laterPredicate reports a new conjoined predicate (", and" and a verb)
// between a trigger ending at e and a time at s more than ten tokens on:
// the time is that predicate's, not the trigger's.
func laterPredicate(toks []token, e, s int) bool {
	if s-e <= 10 {
		return false
	}
	for q := e; q+2 < s; q++ {
		if toks[q].text != "," || toks[q+1].lower != "and" {
			continue
		}
		v := q + 2
		for v < s-1 && v < q+6 && toks[v].isCap() {
			v++ // ", and Abe extended ...": a clause with a subject of its own
		}
		if pastVerb(toks[v]) || verbLike(toks[v]) {
			return true
		}
	}
	return false
}

// whenClauseOf reports a time inside a "when" clause that follows the
// trigger's own clause with no other verb between: "agreed to expand
// trade when Erdogan met Putin in Sochi on August 5" sets the agreement at
// the meeting. A "when" after another verb ("the understandings he
// reached with Biden when they met") dates that verb instead.
func whenClauseOf(toks []token, spans [][2]int, t *trigAt, x timex) bool {
	for _, sp := range spans {
		if x.s < sp[0] || x.s >= sp[1] || toks[sp[0]].lower != "when" {
			continue
		}
		if sp[0] < t.e || sp[0]-t.e > 12 {
			return false
		}
		for q := t.e; q < sp[0]; q++ {
			w := toks[q]
			if w.text == "," || w.text == ";" || clauseBoundary[w.lower] {
				return false
			}
			if (pastVerb(w) || verbLike(w)) && !(q > 0 && toks[q-1].lower == "to") {
				return false // another verb's "when"; the trigger's own infinitive ("agreed to resume talks when") is not one
			}
		}
		return true
	}
	return false
}

// presentPerfect reports a trigger in the present perfect, or the object
// of one: "Russia has launched a full-scale invasion", "Seoul has
// recalled its ambassador". Without a time the event is news of the
// story's day. Habitual and experiential readings ("has long backed",
// "has repeatedly criticized", "has visited China twice") are left out.
func presentPerfect(toks []token, t *trigAt) bool {
	for k := t.s - 1; k >= 0 && k >= t.s-7; k-- {
		w := toks[k].lower
		if w == "," || w == ";" || clauseBoundary[w] || sayVerbs[w] {
			return false
		}
		switch w {
		case "long", "repeatedly", "often", "always", "consistently", "frequently", "previously", "since", "ever", "twice",
			"steadily", "regularly", "routinely", "continually", "increasingly":
			return false
		case "has", "have", "'ve":
			return !repeatedAfter(toks, t.e)
		}
	}
	return false
}

// perfectHabit reports a present perfect told as a habit or an
// experience: a habit adverb between "has" and the trigger ("has
// steadily approved", "has repeatedly criticized") or repeats or years
// after it ("has met him twice", "in recent years"). It dates no day,
// not even for a statement.
func perfectHabit(toks []token, t *trigAt) bool {
	habit := false
	for k := t.s - 1; k >= 0 && k >= t.s-7; k-- {
		w := toks[k].lower
		if w == "," || w == ";" || clauseBoundary[w] || sayVerbs[w] {
			return false
		}
		switch w {
		case "repeatedly", "often", "consistently", "frequently", "steadily", "regularly", "routinely", "continually":
			habit = true
		case "has", "have", "'ve":
			return habit || repeatedAfter(toks, t.e)
		}
	}
	return false
}

// repeatedAfter reports "twice", "again" or "before" closing an
// experiential present perfect ("has met him twice") within six tokens,
// or a span of years making it a habit ("has sold arms to X in recent
// years").
func repeatedAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+6; k++ {
		switch toks[k].lower {
		case "twice", "again", "before", "times", "occasions", "repeatedly":
			return true
		case "years", "decades":
			if p := toks[k-1].lower; p == "recent" || p == "for" || p == "the" || p == "many" || p == "past" {
				return true // "in recent years", "for decades", "over the years": a habit
			}
		}
	}
	return false
}

// reportingTime reports a time of the reporting clause before a trigger
// in the reported one: "said on Wednesday that", "told Putin in Samarkand
// on Thursday that". It dates the saying, which is past even when what is
// said is a plan, and the plan is dated by its report.
func reportingTime(toks []token, x timex, t *trigAt) bool {
	if x.s >= t.e {
		return trailingReportTime(toks, x, t)
	}
	if x.e > t.s {
		return false
	}
	that := -1
	for q := x.e; q < t.s; q++ {
		if toks[q].lower == "that" {
			that = q
			break
		}
	}
	if that < 0 {
		return reportedWithoutThat(toks, x, t)
	}
	for q := max(0, x.s-8); q < that; q++ {
		if sayVerbs[toks[q].lower] || reportVerbs[toks[q].lower] {
			return true
		}
	}
	return false
}

// commitmentTime reports a time told before the commitment that makes
// the trigger planned ("In October, the EU agreed to impose a price cap",
// "NATO on Friday pledged to send troops"): it dates the agreeing, in the
// past, as annotators date such plans; a time after the trigger ("agreed
// to meet again next month") is the plan's own.
func commitmentTime(toks []token, x timex, t *trigAt) bool {
	if x.e > t.s {
		return false
	}
	for k := x.e; k+1 < t.s; k++ {
		if commitCues[toks[k].lower] && between(toks, k+1, t.s, "to") {
			return true
		}
	}
	for k := x.s - 1; k >= 0 && k >= x.s-2; k-- {
		if commitCues[toks[k].lower] && between(toks, x.e, t.s, "to") {
			return true // "agreed on Monday to expand sanctions"
		}
	}
	return false
}

// trailingReportTime reports a time in a trailing attribution after the
// trigger: "X will provide Y with aid, Kishida said on Wednesday" — the
// time of the saying, so a plan it reports is dated by the report.
func trailingReportTime(toks []token, x timex, t *trigAt) bool {
	comma := -1
	for k := t.e; k < x.s; k++ {
		if toks[k].text == "," {
			comma = k
		}
	}
	if comma < 0 {
		return false
	}
	for k := comma + 1; k < x.s; k++ {
		if sayVerbs[toks[k].lower] || toks[k].lower == "announced" || toks[k].lower == "told" {
			return x.s-k <= 3
		}
	}
	return false
}

// reportedWithoutThat reports "said on Monday it would impose sanctions":
// a reporting verb just before the time, and the reported clause's "would"
// or "will" between the time and the trigger, with no comma.
func reportedWithoutThat(toks []token, x timex, t *trigAt) bool {
	said := false
	for q := max(0, x.s-3); q < x.s; q++ {
		if reportVerbs[toks[q].lower] {
			said = true
		}
	}
	if !said {
		return false
	}
	for q := x.e; q < t.s; q++ {
		switch toks[q].lower {
		case ",", ";":
			return false
		case "would", "will", "'ll":
			return true
		}
	}
	return false
}

// arrivalVerbs open a relative clause that sets the scene of the main
// clause's event: "X, who landed in Ankara on June 22, was greeted by Y".
var arrivalVerbs = map[string]bool{"arrived": true, "landed": true, "flew": true, "travelled": true, "traveled": true,
	"played": true, "hosted": true, "welcomed": true, "received": true, "visited": true}

// arrivalFrame reports a time inside a subject's relative clause of
// arrival or hosting that the trigger follows as the main predicate: the
// main event happened on that occasion ("Saudi Arabia, which flew relief
// supplies into Aleppo on February 14, delivered its first aid"). Other
// relative clauses on the subject are background ("Putin, who annexed
// Crimea in 2014, criticized ...") and keep out.
func arrivalFrame(toks []token, spans [][2]int, t *trigAt, x timex) bool {
	for _, sp := range spans {
		if x.s < sp[0] || x.s >= sp[1] || sp[0] == 0 || toks[sp[0]-1].text != "," {
			continue
		}
		if w := toks[sp[0]].lower; w != "who" && w != "which" {
			return false
		}
		v := sp[0] + 1
		if v < len(toks) && (toks[v].lower == "had" || toks[v].lower == "has" || toks[v].lower == "have") {
			v++ // "who had landed in Tokyo on Monday"
		}
		if v >= len(toks) || !arrivalVerbs[toks[v].lower] {
			return false
		}
		if !sceneTime(t, x) {
			return false
		}
		// the trigger is the main predicate, just after the clause's comma
		return sp[1] < len(toks) && toks[sp[1]].text == "," && t.s > sp[1] && t.s-sp[1] <= 4
	}
	return false
}

// sceneTime reports an arrival clause's time that can set the scene of the
// main event: a day ("who landed in Tokyo on Monday"), or any time for an
// event that takes place at the arrival — a meeting, a hosting, a visit,
// aid delivered, a signing. A month or a year of a trip before a statement
// is the speaker's background ("X, who visited China in April, criticized
// Y" is not dated April).
func sceneTime(t *trigAt, x timex) bool {
	if len(x.past) == 10 {
		return true
	}
	switch t.tr.rel {
	case "MEET", "HOST", "VISIT", "AID", "SIGN_AGREEMENT", "MILITARY_COOPERATION":
		return true
	}
	return false
}

// openerTime reports a time closing a sentence's opening phrase ("In a
// statement carried by KCNA on September 22, 2017, Kim called ..."): it
// scopes over the sentence even inside the opener's reduced relative.
func openerTime(toks []token, x timex) bool {
	if len(toks) == 0 || !prepositions[toks[0].lower] || x.e >= len(toks) || toks[x.e].text != "," {
		return false
	}
	for q := 0; q < x.s; q++ {
		if toks[q].text == "," && !dateComma(toks, q) || toks[q].text == ";" {
			return false
		}
	}
	return true
}

// spanEnd returns the index of the expression that closes a span of days
// opened by tx[k] — "from Monday to Wednesday", "on Monday and Tuesday",
// "began on Monday and ended on Wednesday" — or -1.
func spanEnd(toks []token, tx []timex, k int) int {
	x := tx[k]
	if len(x.past) != 10 {
		return -1
	}
	if e := bareDayEnd(toks, x); e >= 0 {
		return e
	}
	if k+1 >= len(tx) {
		return -1
	}
	y := tx[k+1]
	if len(y.past) != 10 || y.offset || y.s-x.e > 8 {
		return -1
	}
	var words []string
	for _, t := range toks[x.e:y.s] {
		words = append(words, t.lower)
	}
	opener := ""
	if x.s > 0 {
		opener = toks[x.s-1].lower
	}
	switch strings.Join(words, " ") {
	case "and", "and on":
		return k + 1 // "on Monday and Tuesday"
	case "to", "until", "through", "till", "-", "\u2013":
		if opener == "from" || opener == "between" || opener == "on" {
			return k + 1
		}
		return -1
	}
	if startVerbBefore(toks, x.s) && containsAny(words, "ended", "concluded", "closed", "finished") {
		return k + 1 // "began on Monday and ended on Wednesday"
	}
	return -1
}

// bareDayEnd returns the token that closes a span of days written with
// the month once — "from March 3 to 5", "between May 3 and 5", "on June 10
// and 11" — or -1. The second day is a bare number after the first, with
// no unit or month after it ("March 3 and 5 others" is no span).
func bareDayEnd(toks []token, x timex) int {
	e := x.e
	if e+1 >= len(toks) || x.s == 0 {
		return -1
	}
	switch toks[e].lower {
	case "to", "through", "until", "till", "and", "-", "\u2013":
	default:
		return -1
	}
	first := atoi(x.past[8:])
	second := dayNum(toks[e+1])
	if second <= first || !toks[e+1].isNumber() && ordinalDay(toks[e+1]) == 0 {
		return -1
	}
	if e+2 < len(toks) && toks[e+2].isWord() && !clauseBoundary[toks[e+2].lower] && yearNum(toks[e+2]) == 0 {
		switch toks[e+2].lower {
		case "in", "at", "on", "for", "with", "and", "as":
		default:
			return -1 // "March 3 and 5 others", "May 3 to 5 percent"
		}
	}
	switch toks[x.s-1].lower {
	case "from", "between", "on":
		return e + 1
	}
	return -1
}

// startVerbBefore reports "began", "started" or "opened" up to three words
// before toks[s].
func startVerbBefore(toks []token, s int) bool {
	for q := max(0, s-3); q < s; q++ {
		switch toks[q].lower {
		case "began", "begun", "started", "opened":
			return true
		}
	}
	return false
}

func containsAny(words []string, want ...string) bool {
	for _, w := range words {
		for _, x := range want {
			if w == x {
				return true
			}
		}
	}
	return false
}

// spanDate is the date of an event spanning days from d: the month it
// starts in ("from November 28 through December 1" is November).
func spanDate(d string) string {
	if len(d) < 7 {
		return d
	}
	return d[:7]
}

// eventDate picks the temporal expression that dates the trigger (see
// timexDistance), else falls back to the story's present day for
// statements, reports and news in the present perfect, else none.
//
// It returns the modality too: an asserted event whose own time lies after
// the published date ("next week", "on May 9, 2031") or that a
// present-tense schedule sets at a weekday is planned, and an event
// "ahead of" which something happened long ago is past.
func (x *Extractor) eventDate(t *trigAt, toks []token, tx []timex, modality string, st *docState) (string, string, string, string) {
	if modality == Planned && aheadOfPast(toks, t, tx, st.presentDay()) {
		modality = Asserted // "arrived on April 24, 2019, ahead of his summit with X": long past
	}
	c := &dateContext{toks: toks, t: t, tx: tx, modality: modality, pub: st.pubStr, rels: relativeSpans(toks), anniv: anniversaryAt(toks)}
	if repeated(toks, t) {
		if d, text := c.periodOfRepeats(); d != "" {
			return d, SourceText, text, modality
		}
		return "", SourceNone, "", modality
	}
	if best := c.bestTimex(); best >= 0 {
		if modality == Asserted && (aheadOf(tx[best], st.pubStr) || scheduledPresent(toks, t) && tx[best].past != tx[best].fut) {
			modality = Planned // "visits India next week", "travels on to Delhi on Friday"
		}
		d := tx[best].past
		if modality == Planned && !reportingTime(toks, tx[best], t) && !pastWhenClause(toks, tx[best]) && !commitmentTime(toks, tx[best], t) {
			d = tx[best].fut // a plan reported "on Wednesday" is dated by the report, in the past
		}
		if spanEnd(toks, tx, best) >= 0 {
			d = spanDate(d) // "from Monday to Wednesday": the month the days start in
		}
		return d, SourceText, tx[best].text, modality
	}
	if st.pubStr == "" || modality == Planned {
		return "", SourceNone, "", modality
	}
	if modality == Asserted && (perfectHabit(toks, t) || toks[0].lower == "since" && presentPerfect(toks, t)) {
		return "", SourceNone, "", modality // "has steadily criticized X in recent years", "Since taking office, X has visited Y": no one day
	}
	if modality == Asserted && presentPerfect(toks, t) {
		return st.presentDay(), SourceDocument, "", modality // "Russia has launched an invasion": news of the day
	}
	if announcedRelation(t.tr.rel) || modality == Asserted && presentTense(toks, t) {
		return st.presentDay(), SourceDocument, "", modality // "Xi holds talks with Putin in Moscow", "is visiting": the story's present
	}
	if modality == Asserted && st.undatedLead(toks, t, tx) {
		return st.presentDay(), SourceDocument, "", modality // "North Korea shelled a South Korean island, killing two marines.": the news of the day
	}
	return "", SourceNone, "", modality
}

// coordinatedPlanAfter reports a second predicate opened between s and e
// by "and" and an auxiliary ("... and is expected to", "... and will"):
// a time before it belongs to the first predicate.
func coordinatedPlanAfter(toks []token, s, e int) bool {
	for k := s; k+1 < e; k++ {
		if toks[k].lower == "and" && (auxWords[toks[k+1].lower] || beForms[toks[k+1].lower]) {
			return true
		}
	}
	return false
}

// pastVerbBefore reports a verb in the past tense within the six words
// before k: the act a time after it dates ("arrived in Beijing on Tuesday").
func pastVerbBefore(toks []token, k int) bool {
	for q := k - 1; q >= 0 && q >= k-6; q-- {
		if pastTense(toks[q]) {
			return true
		}
	}
	return false
}

// presentTense reports a verb trigger in the simple or progressive
// present ("holds talks", "visits", "is visiting"): the sentence reports
// the present, so the story's day dates it.
func presentTense(toks []token, t *trigAt) bool {
	if t.noun || t.tr == nil {
		return false
	}
	switch t.tr.form {
	case "s", "ambiguous": // "visits" is a verb and a plural noun; t.noun has decided
		if t.tr.form == "ambiguous" && !strings.HasSuffix(toks[t.s].lower, "s") {
			return false
		}
		return t.s == 0 || !determiners[toks[t.s-1].lower] && toks[t.s-1].text != "'s"
	case "ing":
		return t.s > 0 && (toks[t.s-1].lower == "is" || toks[t.s-1].lower == "are")
	}
	return false
}

// periodOfRepeats dates an event told as repeated ("met three times in
// 2018", "In May, the two sides held talks twice"): the month or year that
// holds the repeats, when the sentence gives one after the trigger or in
// its opener ("met X in January and visited Y several times" gives the
// repeats no time); a day cannot hold them.
func (c *dateContext) periodOfRepeats() (date, text string) {
	best := c.bestTimex()
	if best < 0 || c.modality != Asserted {
		return "", ""
	}
	x := c.tx[best]
	opener := x.s <= 1 && x.e < len(c.toks) && c.toks[x.e].text == ","
	if len(x.past) >= 10 || x.offset || x.s < c.t.e && !opener {
		return "", ""
	}
	return x.past, x.text
}

// announcedRelation reports a relation whose events are statements or
// announced measures (criticism, support, a rejection, a threat, an
// invitation, an agreement, sanctions, aid): news reports them on the day
// they are made, so an undated one falls on the story's present. Meetings,
// visits and attacks need a time of their own.
func announcedRelation(rel string) bool {
	switch rel {
	case "SUPPORT", "CRITICIZE", "REJECT", "THREATEN", "COOPERATE", "INVITE", "SANCTION", "AID":
		return true
	}
	return false
}

// dateContext is what choosing a trigger's time looks at.
type dateContext struct {
	toks     []token
	t        *trigAt
	tx       []timex
	modality string
	pub      string
	rels     [][2]int // relative clauses (relativeSpans)
	anniv    int      // the first "anniversary", or -1
}

// anniversaryAt returns the index of the first "anniversary" word, or -1.
func anniversaryAt(toks []token) int {
	for k, tk := range toks {
		if tk.lower == "anniversary" || tk.lower == "anniversaries" {
			return k
		}
	}
	return -1
}

// bestTimex returns the index of the expression nearest the trigger by
// timexDistance, or -1; a time closing a sentence-initial phrase ("Last
// month, ...") wins over any but a close one.
func (c *dateContext) bestTimex() int {
	best, bestDist := -1, 1<<30
	for k := range c.tx {
		if dist, ok := c.timexDistance(c.tx[k]); ok && dist < bestDist {
			best, bestDist = k, dist
		}
	}
	for k, x := range c.tx {
		if x.s <= 1 && x.e < len(c.toks) && c.toks[x.e].text == "," && best >= 0 && best != k && bestDist > 4 && x.past != "" && !refines(c.tx[best].past, x.past) &&
			!ownAdjunctTime(c.toks, c.tx[best], c.t) {
			best = k // "Last month, ..." scopes over the sentence
		}
	}
	return best
}

// ownAdjunctTime reports a trigger and its time both inside an adjunct
// clause after the main one ("Last month, X gifted Y a car, weeks after
// the two met in September"): the opening time scopes over the main
// clause, not over the adjunct's own time.
func ownAdjunctTime(toks []token, x timex, t *trigAt) bool {
	for k := t.s - 1; k >= 1; k-- {
		switch toks[k].lower {
		case "after", "before", "since", "when", "while":
			return x.s > k
		case ".", ";":
			return false
		}
	}
	return false
}

// refines reports a date finer than and inside another: "2023-06" in
// "2023". A sentence's opening time ("Earlier this year, ...") yields to
// a later time of the trigger's own clause that narrows it ("... who was
// received in June").
func refines(fine, coarse string) bool {
	return len(fine) > len(coarse) && strings.HasPrefix(fine, coarse)
}

// timexDistance says whether x may date the trigger and how far it is
// from it, in tokens adjusted for the shapes that bind a time to a
// clause; ok is false for a time that belongs to something else.
func (c *dateContext) timexDistance(x timex) (dist int, ok bool) {
	toks, t := c.toks, c.t
	d := x.past
	if c.modality == Planned {
		d = x.fut
	}
	if d == "" || c.spanStart(x) || x.modifier && !modifiedNoun(toks, x, t) {
		return 0, false
	}
	frame := false // a time of a when-clause, arrival clause or opener: used when nothing closer dates the trigger
	if inOtherSpan(c.rels, x.s, t.s) && !(t.noun && modifiesNoun(toks, c.rels, x.s, t.e)) {
		if frame = whenClauseOf(toks, c.rels, t, x) || arrivalFrame(toks, c.rels, t, x) || openerTime(toks, x) || underDeal(toks, t, x); !frame {
			return 0, false // a time inside a relative clause the trigger is not in
		}
	}
	if inComplement(toks, t, x, c.pub) {
		return 0, false // "invited Y to visit in November": the visit's time
	}
	if c.modality == Planned && x.e <= t.s && coordinatedPlanAfter(toks, x.e, t.s) && pastVerbBefore(toks, x.s) {
		return 0, false // "arrived on Tuesday ... and is expected to hold talks": the arrival's time, not the plan's
	}
	if x.s >= 2 && toks[0].lower == "since" && t.s > x.e && inSinceClause(toks, x) && between(toks, x.e, t.s, ",") {
		return 0, false // "Since meeting X in 2019, Y has praised Z": the period's start, not Y's act
	}
	if c.modality == Asserted && !t.noun && pastTense(toks[t.s]) && aheadOf(x, c.pub) {
		return 0, false // "will visit Moscow next week, two months after X visited Y": a done act has no time ahead
	}
	if c.anniv >= 0 && (t.s > c.anniv) != (x.s > c.anniv) {
		// a trigger inside "the Nth anniversary of ..." takes dates after
		// the word; one outside ignores them
		return 0, false
	}
	if x.afterKnown && t.s >= x.e {
		return 0, false // "a day after the test": the test's own day is told before
	}
	if x.offset && x.s > 0 && t.e <= x.s && x.e < len(toks) && (toks[x.e-1].lower == "after" || toks[x.e-1].lower == "before") && !x.afterKnown {
		return 0, false // "arrived, a day after he held talks": the talks' time, not the arrival's
	}
	if c.modality == Asserted && deadlineTime(toks, x) {
		return 0, false // "agreed on Thursday to arrange reunions by mid-August": the deadline of what is to come
	}
	if presentReaction(toks, t, x) {
		return 0, false // "X condemns the launch Y carried out on Sunday": the launch's time
	}
	if laterPredicate(toks, t.e, x.s) {
		return 0, false // "blasted X over Y, and threatened to scrap a pact signed in 2018"
	}
	if x.e <= t.s && t.noun && c.modality == Planned && nounModality(toks, t) == Planned && !departureFor(toks, x, t) {
		return 0, false // "arrived on Sunday ahead of a trip to X": the arrival's time
	}
	dist = x.s - t.e
	if dist > 1 && ownParticipantsBefore(toks, t, x) {
		dist = 1 // "for a summit with X on Monday": the trigger's own time
	}
	if dist < 0 {
		dist = t.s - x.e + 1
		if between(toks, x.e, t.s, "and") && !t.noun && ownClauseTime(toks, c.tx, t.e) {
			dist += 8 // "arrived on Tuesday ... and met X on Wednesday": the verb's own clause first
		}
	}
	if frame || namedTime(toks, x) {
		dist += 10 // the trigger's own time first
	}
	return dist, true
}

// deadlineTime reports a time after "by" that sets a deadline ("by
// mid-August", "by the end of the year"): it dates what is still to be
// done, never an act the sentence tells as done.
func deadlineTime(toks []token, x timex) bool {
	k := x.s
	if k < len(toks) && toks[k].lower == "by" {
		return true // the expression took "by" in
	}
	for n := 0; n < 4 && k > 0 && deadlinePartWords[toks[k-1].lower]; n++ {
		k-- // "by mid-April", "by the end of May"
	}
	return k > 0 && toks[k-1].lower == "by"
}

// deadlinePartWords may stand between "by" and the time they narrow.
var deadlinePartWords = words("- mid early late the end of middle start beginning")

// presentReaction reports a time after a verb trigger in the present
// tense ("condemns", "slams", "warns") with a past-tense verb between:
// "Seoul condemns the launch Pyongyang carried out on Sunday". The story
// tells the reaction as today's news; the past verb, in a relative clause
// with or without "that", owns the time; a reporting verb's time stays
// the statement's.
func presentReaction(toks []token, t *trigAt, x timex) bool {
	if t.noun || t.tr.form != "s" || x.s <= t.e {
		return false
	}
	for q := t.e; q < x.s; q++ {
		w := toks[q].lower
		if sayVerbs[w] || reportVerbs[w] {
			return false // "X backs Y, Z told parliament on Monday": the report dates the statement
		}
		if pastTense(toks[q]) && w != "was" && w != "were" && w != "had" {
			return true
		}
	}
	return false
}

// namedTime reports a time that is part of a name: "the Pyongyang
// Declaration of September 2018", "the Joint Statement of 2015". It dates
// the document, which an event of the sentence ("signed ... today") may
// not share.
func namedTime(toks []token, x timex) bool {
	return x.s >= 2 && toks[x.s-1].lower == "of" && toks[x.s-2].isCap() && monthNames[toks[x.s-2].lower] == 0
}

// spanStart reports a time where a span starts, not the event: "the
// fourth such drill since 2019", "since taking office last year" (unless
// the trigger is inside that "since" phrase).
func (c *dateContext) spanStart(x timex) bool {
	if x.s > 0 && c.toks[x.s-1].lower == "since" {
		return true
	}
	return sinceBefore(c.toks, x.s) && !(c.t.s > x.s-4 && c.t.s < x.s)
}

// byParticipleSpan reports a participle at k opening a reduced relative
// clause on the noun before it: "the test conducted by X on 3 May", "the
// efforts made by the DPRK ... this year". A time inside dates that
// clause, not the sentence around it.
func byParticipleSpan(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) || toks[k+1].lower != "by" {
		return false
	}
	w, p := toks[k], toks[k-1]
	if _, ok := eventVerbs[w.lower]; !ok && !pastVerb(w) && !irregularParticiple[w.lower] {
		return false
	}
	if statementNouns[p.lower] && mediaVerbs[w.lower] {
		return false // "said in a statement carried by KCNA on Monday": the statement is the saying, its time the event's
	}
	return p.isWord() && !p.isCap() && !beForms[p.lower] && !adverbs[p.lower] && !verbLike(p)
}

// statementNouns are the texts a speaker's words come in, and mediaVerbs
// what media do with them: a time of "a statement carried by KCNA on
// Monday" is when the words were said.
var (
	statementNouns = words("statement statements commentary commentaries article editorial report dispatch message letter speech interview remarks communique communiqué release notice column")
	mediaVerbs     = words("carried published released issued broadcast aired run relayed posted printed")
)

// modifiedNoun reports the event noun a year modifies: "the 2019 Hanoi
// summit", "their 2018 summit", "the 1965 treaty" — the noun within three
// tokens after the year, with only names between.
func modifiedNoun(toks []token, x timex, t *trigAt) bool {
	if !t.noun || t.s < x.e || t.s-x.e > 3 {
		return false
	}
	for q := x.e; q < t.s; q++ {
		if !toks[q].isCap() {
			return false
		}
	}
	return true
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

// underDeal reports a time in the reduced relative of a deal the trigger's
// act comes under: "are to be sold to X under a deal approved by Y in
// October 2020", "delivered under a contract signed by both in 2019". The
// deal's time dates what is done under it, as "under a deal signed in
// 1996" does without the agent.
func underDeal(toks []token, t *trigAt, x timex) bool {
	for q := t.e; q+2 < x.s && q < t.e+8; q++ {
		if toks[q].lower == "under" {
			for k := q + 1; k < x.s && k < q+6; k++ {
				if w := strings.TrimSuffix(toks[k].lower, "s"); w == "deal" || w == "contract" || w == "agreement" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// undatedLead reports an event of a story's lead, its first sentence with
// events, when that sentence names no time at all: a news story leads with
// the news of its day ("North Korea shelled a small South Korean island,
// killing two marines" under that day's date). A text of one sentence is
// no story, and background in the perfect ("had met", "has met twice")
// is not the news.
func (st *docState) undatedLead(toks []token, t *trigAt, tx []timex) bool {
	if st.leadSeen || len(tx) > 0 || strings.TrimSpace(st.body[min(st.sentEnd, len(st.body)):]) == "" {
		return false
	}
	if t.noun && causePhrase(toks, t.s) {
		return false // "sanctions on Pelosi because of her visit to Taiwan": the cause came before the news
	}
	return !perfectBackground(toks, t) || presentPerfect(toks, t)
}

// causePhrase reports an event noun at s named as the cause or occasion
// of the news: "because of her visit", "in response to Pelosi's visit",
// "as retaliation for her visit", "over the visit", "after the summit".
func causePhrase(toks []token, s int) bool {
	k := s - 1
	for n := 0; k >= 0 && n < 6 && (determiners[toks[k].lower] || possessivePronouns[toks[k].lower] || toks[k].text == "'s" || toks[k].isCap() || toks[k].isWord() && !prepositions[toks[k].lower] && n < 2); n++ {
		k--
	}
	if k < 0 {
		return false
	}
	switch toks[k].lower {
	case "over", "after", "following", "against":
		return true
	case "of":
		return k > 0 && toks[k-1].lower == "because"
	case "to":
		return k > 0 && toks[k-1].lower == "response"
	case "for":
		return k > 0 && (toks[k-1].lower == "retaliation" || toks[k-1].lower == "punishment" || toks[k-1].lower == "revenge")
	}
	return false
}
