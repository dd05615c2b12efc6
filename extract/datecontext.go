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
	leadSeen      bool              // a sentence with events has been read
	namedMeetings map[string]string // "g20 summit": the date of the first sentence that dated it
}

// noteNewsDay reads the lead, the first sentence with events: when it
// reports an event on the day before publication ("The Council on Monday
// adopted ..." in Tuesday's paper), that day is the story's present, and
// statements the story reports without a time were made on it.
func (st *docState) noteNewsDay(evs []Event) {
	if st.leadSeen || len(evs) == 0 {
		return
	}
	st.leadSeen = true
	if st.pub.IsZero() {
		return
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
