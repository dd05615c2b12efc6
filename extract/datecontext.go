package extract

import "strings"

// Dates an undated event takes from the sentences before it: the day the
// story reports, "the same day", "later", a person's own last event, a
// named gathering dated earlier.

// narrativeLater reports a sentence that goes on from the one before with
// a bare "later" or "afterwards" ("Park later hosted a dinner for Xi",
// "Afterwards, the two signed ..."): it happened on the day of the event
// just told. "Later this week", "years later" and "later on Tuesday" are
// times of their own.
func narrativeLater(toks []token) bool {
	for k, t := range toks {
		switch t.lower {
		case "afterwards", "afterward", "subsequently":
			return true
		case "later":
			if k > 0 && (numberWords[toks[k-1].lower] != 0 || toks[k-1].isNumber() || strings.HasSuffix(toks[k-1].lower, "s")) {
				return false // "days later", "two years later"
			}
			if k+1 < len(toks) {
				switch toks[k+1].lower {
				case "this", "that", "next", "in", "on", "than", "stage", "date":
					return false
				}
			}
			return true
		}
	}
	return false
}

// storyDay is what a document's lead says about the day of its present.
type storyDay struct {
	newsDay       string            // the day the lead reports when it is the day before publication; "" otherwise
	leadDay       string            // the day of the lead's event when it lies in the week before publication (the story is news, not a look back), else ""
	leadSeen      bool              // a sentence with events has been read
	namedMeetings map[string]string // "g20 summit": the date of the first sentence that dated it
}

// noteNewsDay reads the lead, the first sentence with events: when it
// reports an event on the day before publication ("The Council on Monday
// adopted ..." in Tuesday's paper), that day is the story's present, and
// statements the story reports without a time were made on it. A lead
// whose first day is the published one ("North Korea fired a missile on
// Tuesday, a day after Seoul and Washington began drills" in Tuesday's
// paper) keeps the published day, even when its only event is the day
// before.
func (st *docState) noteNewsDay(evs []Event, tx []timex) {
	if st.leadSeen || len(evs) == 0 {
		return
	}
	st.leadSeen = true
	if st.pub.IsZero() {
		return
	}
	week := st.pub.AddDate(0, 0, -7).Format("2006-01-02")
	for _, ev := range evs {
		if ev.DateSource == SourceText && len(ev.Date) == 10 && ev.Date >= week && ev.Date <= st.pubStr && (st.leadDay == "" || ev.Date < st.leadDay) {
			st.leadDay = ev.Date
		}
	}
	for _, x := range tx {
		if len(x.past) == 10 {
			if x.past == st.pubStr {
				return
			}
			break
		}
	}
	eve := st.pub.AddDate(0, 0, -1).Format("2006-01-02")
	for _, ev := range evs {
		if ev.DateSource == SourceText && ev.Modality == Asserted && ev.Date == eve {
			st.newsDay = eve
			return
		}
	}
}

// presentDay is the date of a statement reported in the present: the
// story's day when the lead set one, else the published date.
func (st *docState) presentDay() string {
	if st.newsDay != "" {
		return st.newsDay
	}
	return st.pubStr
}

// notePersons records, for each person of an asserted event dated by the
// text, the date of the first such event of the sentence.
func (sd *sentDate) notePersons(ev Event) {
	if ev.Date == "" || ev.DateSource != SourceText || ev.Modality != Asserted {
		return
	}
	for _, a := range []ActorRef{ev.Subject, ev.Object} {
		if a.Kind != KindPerson {
			continue
		}
		if sd.persons == nil {
			sd.persons = map[string]string{}
		}
		if sd.persons[a.ID] == "" {
			sd.persons[a.ID] = ev.Date
		}
	}
}

// personDate returns the date of the nearest earlier event (at most
// contextSentences back) that a person of the pair took part in, or "": a
// person's undated act goes on from that person's own last event ("Blinken
// met Qin on Sunday and Wang on Monday. ... Wang criticized ..." is
// Monday), before the date of a sentence that only shares a state.
func (st *docState) personDate(a, b *Entry) string {
	for k := len(st.recent) - 1; k >= 0; k-- {
		sd := st.recent[k]
		if st.sentIndex-sd.index > contextSentences {
			return ""
		}
		for _, e := range []*Entry{a, b} {
			if e != nil && e.Kind == KindPerson && sd.persons[e.ID] != "" {
				return sd.persons[e.ID]
			}
		}
	}
	return ""
}

// meetingNouns head the names of gatherings: "the G20 summit", "the APEC
// meeting", "the Shangri-La Dialogue".
var meetingNouns = map[string]bool{"summit": true, "meeting": true, "forum": true, "conference": true, "dialogue": true, "talks": true}

// meetingNames returns the named gatherings of a sentence with the index of
// their head noun: capitalised words (and "of") before a meeting noun,
// keyed in lower case ("group of seven summit", "apec meeting").
func meetingNames(toks []token) map[string]int {
	var out map[string]int
	for k, t := range toks {
		if !meetingNouns[t.lower] && !(t.isCap() && meetingNouns[strings.ToLower(t.text)]) {
			continue
		}
		s := k
		for s > 0 && (toks[s-1].isCap() || toks[s-1].lower == "of" && s > 1 && toks[s-2].isCap()) && !determiners[toks[s-1].lower] {
			s--
		}
		if s == k || s > 0 && !(determiners[toks[s-1].lower] || prepositions[toks[s-1].lower]) || s == 0 {
			continue // no name, or a subject ("Putin summit") rather than a named gathering
		}
		var name []string
		for _, w := range toks[s : k+1] {
			name = append(name, w.lower)
		}
		if out == nil {
			out = map[string]int{}
		}
		out[strings.Join(name, " ")] = k
	}
	return out
}

// noteNamedMeetings records the date a sentence establishes for each named
// gathering it mentions ("Xi met Biden at the G20 summit in Bali on
// Monday"), unless an earlier sentence dated it already.
func (st *docState) noteNamedMeetings(toks []token, date string) {
	if date == "" {
		return
	}
	for name := range meetingNames(toks) {
		if st.namedMeetings == nil {
			st.namedMeetings = map[string]string{}
		}
		if st.namedMeetings[name] == "" {
			st.namedMeetings[name] = date
		}
	}
}

// namedMeetingDate returns the date given before for a named gathering the
// sentence sets its event in — "on the sidelines of", "at", "during" the
// G20 summit — or "".
func (st *docState) namedMeetingDate(toks []token) string {
	for name, k := range meetingNames(toks) {
		d := st.namedMeetings[name]
		if d == "" {
			continue
		}
		for q := k - 1; q >= 0 && q >= k-8; q-- {
			switch toks[q].lower {
			case "sidelines", "margins", "fringes", "at", "during":
				return d
			}
		}
	}
	return ""
}

// preferPersonDate chooses between the day of a person's own last event
// and the date of the nearest sentence sharing an actor: the person's day
// when it refines that date's month (one episode, told day by day), or
// when no sentence shares an actor; else the nearest sentence's date, as a
// person's event years back is another episode.
func preferPersonDate(person, shared string) string {
	switch {
	case person == "":
		return shared
	case shared == "":
		return person
	case len(person) == 10 && len(shared) >= 7 && person[:7] == shared[:7]:
		return person
	}
	return shared
}

// lastDayOf returns the last day a sentence names (a past, day-precision
// expression, not a shift), or "".
func lastDayOf(tx []timex) string {
	for k := len(tx) - 1; k >= 0; k-- {
		if !tx[k].offset && len(tx[k].past) == 10 {
			return tx[k].past
		}
	}
	return ""
}

// thatDay returns the day "that day" or "the same day" refers to: the last
// day the sentence right before named ("... a treaty he had signed on
// Tuesday. In a speech that day, ..."), else the date it established, else
// the date of the nearest recent sentence.
func (st *docState) thatDay() string {
	if n := len(st.recent); n > 0 && st.recent[n-1].index == st.sentIndex-1 && st.recent[n-1].lastDay != "" {
		return st.recent[n-1].lastDay
	}
	if d := st.prevDay(); d != "" {
		return d
	}
	return st.recentDate() // over an undated sentence: the day told last
}

// comesAs reports a sentence that opens on an event told just before (it
// takes recentDate) and sets another at its time: "The test came as X arrived in Seoul", "The move
// comes as ...", "The launch came just as ...".
func comesAs(toks []token) bool {
	for k := 1; k+1 < len(toks) && k < 6; k++ {
		switch toks[k].lower {
		case "came", "comes":
			n := toks[k+1].lower
			if n == "just" && k+2 < len(toks) {
				n = toks[k+2].lower
			}
			return (n == "as" || n == "when" || n == "while") && determiners[toks[0].lower]
		case ",", ";":
			return false
		}
	}
	return false
}

// recentDate returns the date of the nearest earlier sentence, at most
// contextSentences back, that established one, whoever acted in it.
func (st *docState) recentDate() string {
	for k := len(st.recent) - 1; k >= 0; k-- {
		sd := st.recent[k]
		if st.sentIndex-sd.index > contextSentences {
			return ""
		}
		if sd.date != "" {
			return sd.date
		}
	}
	return ""
}

// offsetAnchor is the day a shift with no anchor in its own sentence ("the
// next day", "a day after he held talks") counts from: the day the
// sentence before established, else the nearest recent one.
func (st *docState) offsetAnchor() string {
	if d := st.prevDate(); d != "" {
		return d
	}
	return st.recentDate()
}

// daysOffMeeting reads an opener a number of days off its meeting: "A day
// before the talks opened" (-1), "Two days after the summit" (+2).
func daysOffMeeting(toks []token) (int, bool) {
	if len(toks) < 3 {
		return 0, false
	}
	n, ok := numberWords[toks[0].lower]
	if !ok || n == 0 || strings.TrimSuffix(toks[1].lower, "s") != "day" {
		return 0, false
	}
	switch toks[2].lower {
	case "before", "ahead":
		return -n, true
	case "after":
		return n, true
	}
	return 0, false
}

// dropPresentRestatements keeps one record per event when a document
// states it twice in a row, once undated and once with its time:
// "Washington quickly backed Seoul. The White House said on Monday that it
// fully supports ..." The undated statement took the story's present day
// (SourceDocument); the same relation between the same actors with the
// same modality, dated by the text in the sentence before or after, is the
// event it restates. Further apart, they may be two events.
func dropPresentRestatements(evs []Event, exps []Explanation) ([]Event, []Explanation) {
	dated := map[string][]int{} // key -> sentences that date it from the text
	key := func(ev Event) string {
		s, o := ev.Subject.ID, ev.Object.ID
		if r, _ := LookupRelation(ev.Relation); r.Symmetric && o < s {
			s, o = o, s
		}
		return ev.Relation + "\x00" + s + "\x00" + o + "\x00" + ev.Modality
	}
	for _, ev := range evs {
		if ev.DateSource == SourceText {
			dated[key(ev)] = append(dated[key(ev)], ev.Sentence)
		}
	}
	return keepEvents(evs, exps, func(i int) bool {
		if evs[i].DateSource != SourceDocument {
			return true
		}
		for _, s := range dated[key(evs[i])] {
			if d := s - evs[i].Sentence; d >= -1 && d <= 1 {
				return false
			}
		}
		return true
	})
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
	st.noteNewsDay(evs, tx)
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
			if inSinceClause(toks, x) {
				continue // "the first death since troops seized the peninsula late last month": background
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

// inSinceClause reports a time inside a clause opened by "since" before
// it in the same stretch between commas: "the first fatality since
// Russian troops seized control of the peninsula late last month". Such a
// time starts a period the sentence looks back over; it does not say
// when the sentence's story is, so later sentences do not take it.
func inSinceClause(toks []token, x timex) bool {
	for k := x.s - 2; k >= 0 && k >= x.s-16; k-- {
		switch toks[k].lower {
		case ",", ";":
			return false
		case "since":
			return true
		}
	}
	return false
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
