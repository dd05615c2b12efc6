package extract

import (
	"strconv"
	"strings"
	"time"
)

// timex is a temporal expression found in a sentence, resolved both as a
// past and as a future reference (the clause's modality picks one).
type timex struct {
	s, e       int    // token range in the sentence
	past, fut  string // YYYY[-MM[-DD]]; "" when it cannot be resolved
	relative   bool   // resolved against the published date
	text       string // as written
	offsetDays int    // "two weeks before": shift applied to the previous expression
	offsetUnit string // "month" or "year" for shifts counted in those ("four months after"), else ""
	offset     bool
	ahead      bool // points forward from the published date: "next week", "tomorrow", "later this year"
	modifier   bool // a year before a noun ("the 2019 summit"): it dates that noun only
	// afterKnown: "a day after the test" closing a clause with no time of
	// its own; the noun names an event told before, so the shift dates
	// the clause from that event's day
	afterKnown bool
}

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9,
	"oct.": 10, "nov.": 11, "dec.": 12, "jan": 1, "feb": 2, "aug": 8, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "several": 0, "few": 0,
}

func month(t token) int {
	m := monthNames[t.lower]
	if m == 5 && t.text != "May" {
		return 0 // the modal verb
	}
	if m != 0 && !t.isCap() {
		return 0
	}
	return m
}

func dayNum(t token) int {
	s := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t.lower, "st"), "nd"), "rd"), "th")
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0
	}
	return n
}

// dayRange reports a range of days written as one token: "24-26", "20–22".
func dayRange(s string) bool {
	for _, sep := range []string{"-", "\u2013"} {
		if a, b, ok := strings.Cut(s, sep); ok {
			return dayNum(token{text: a, lower: a}) != 0 && dayNum(token{text: b, lower: b}) != 0
		}
	}
	return false
}

func yearNum(t token) int {
	if len(t.text) != 4 || !t.isNumber() {
		return 0
	}
	n, _ := strconv.Atoi(t.text)
	if n < 1800 || n > 2100 {
		return 0
	}
	return n
}

func ymd(y, m, d int) string {
	switch {
	case m == 0:
		return strconv.Itoa(y)
	case d == 0:
		return time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

// findTimexes finds the temporal expressions of a sentence. pub is the
// document's published date or the zero time.
func findTimexes(toks []token, pub time.Time) []timex {
	var out []timex
	has := !pub.IsZero()
	lw := func(i int) string {
		if i >= 0 && i < len(toks) {
			return toks[i].lower
		}
		return ""
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		add := func(e int, past, fut string, rel bool) {
			out = append(out, timex{s: i, e: e, past: past, fut: fut, relative: rel})
			i = e - 1
		}
		if y, ok := midYear(t); ok {
			add(i+1, y, y, false)
			continue
		}
		if d, e, ok := slashDate(toks, i); ok {
			add(e, d, d, false)
			continue
		}
		// ISO date
		if len(t.text) == 10 && t.text[4] == '-' && t.text[7] == '-' {
			if d, err := time.Parse("2006-01-02", t.text); err == nil {
				s := d.Format("2006-01-02")
				add(i+1, s, s, false)
				continue
			}
		}
		if m := month(t); m != 0 {
			// a range of days is the month: "24-26 April (2019)", "April 24-26(, 2019)"
			if i > 0 && dayRange(toks[i-1].text) || i+1 < len(toks) && dayRange(toks[i+1].text) {
				s, e := i, i+1
				if i > 0 && dayRange(toks[i-1].text) {
					s = i - 1
				} else {
					e = i + 2
				}
				if e+1 < len(toks) && toks[e].text == "," && yearNum(toks[e+1]) != 0 {
					e++
				}
				if e < len(toks) && yearNum(toks[e]) != 0 {
					d := ymd(yearNum(toks[e]), m, 0)
					i = s
					add(e+1, d, d, false)
					continue
				}
				if has {
					i = s
					add(e, closestMonth(pub, m, false), closestMonth(pub, m, true), true)
					continue
				}
			}
			// Month D, YYYY / Month D / Month YYYY / Month
			if i+1 < len(toks) && dayNum(toks[i+1]) != 0 && !(i+2 < len(toks) && yearNum(toks[i+1]) != 0) {
				d := dayNum(toks[i+1])
				e := i + 2
				if e+1 < len(toks) && toks[e].text == "," && yearNum(toks[e+1]) != 0 {
					s := ymd(yearNum(toks[e+1]), m, d)
					add(e+2, s, s, false)
					continue
				}
				if e < len(toks) && yearNum(toks[e]) != 0 {
					s := ymd(yearNum(toks[e]), m, d)
					add(e+1, s, s, false)
					continue
				}
				if has {
					add(e, closestMonthDay(pub, m, d, false), closestMonthDay(pub, m, d, true), true)
				} else {
					i = e - 1
				}
				continue
			}
			// the Dth of Month (YYYY)
			if i > 1 && toks[i-1].lower == "of" && ordinalDay(toks[i-2]) != 0 {
				d := ordinalDay(toks[i-2])
				i -= 2
				if i+3 < len(toks) && yearNum(toks[i+3]) != 0 {
					s := ymd(yearNum(toks[i+3]), m, d)
					add(i+4, s, s, false)
				} else if has {
					add(i+3, closestMonthDay(pub, m, d, false), closestMonthDay(pub, m, d, true), true)
				} else {
					i += 2
				}
				continue
			}
			// D Month YYYY
			if i > 0 && dayNum(toks[i-1]) != 0 && i+1 < len(toks) && yearNum(toks[i+1]) != 0 {
				s := ymd(yearNum(toks[i+1]), m, dayNum(toks[i-1]))
				i--
				add(i+3, s, s, false)
				continue
			}
			if i+1 < len(toks) && yearNum(toks[i+1]) != 0 {
				s := ymd(yearNum(toks[i+1]), m, 0)
				add(i+2, s, s, false)
				continue
			}
			if i > 0 && dayNum(toks[i-1]) != 0 && has {
				d := dayNum(toks[i-1])
				i--
				add(i+2, closestMonthDay(pub, m, d, false), closestMonthDay(pub, m, d, true), true)
				continue
			}
			if y, e := thatYear(toks, i); y != 0 {
				s := ymd(y, m, 0) // "in November that year": the year named before
				add(e, s, s, false)
				continue
			}
			prev := lw(i - 1)
			if prev == "-" && lw(i-2) == "mid" {
				prev = "mid" // "mid-March"
			}
			switch prev {
			case "in", "early", "late", "mid", "since", "until", "last", "this", "next", "of", "by", "during":
				if has {
					p, f := closestMonth(pub, m, false), closestMonth(pub, m, true)
					switch lw(i - 1) {
					case "last":
						p = ymd(pub.Year()-1, m, 0)
						if m < int(pub.Month()) {
							p = ymd(pub.Year(), m, 0)
						}
						f = p
					case "next":
						p, f = closestMonth(pub, m, true), closestMonth(pub, m, true)
					}
					add(i+1, p, f, true)
					out[len(out)-1].ahead = lw(i-1) == "next"
				}
			}
			continue
		}
		if y := yearNum(t); y != 0 {
			switch lw(i - 1) {
			case "in", "early", "late", "mid", "since", "during", "until", "throughout", "around", "by", "of", "mid-":
				s := strconv.Itoa(y)
				add(i+1, s, s, false)
			case "the", "their", "his", "her", "its", "'s", "a":
				// "the 2019 Hanoi summit": the year of the noun it modifies only
				s := strconv.Itoa(y)
				add(i+1, s, s, false)
				out[len(out)-1].modifier = true
			}
			continue
		}
		if !has {
			continue
		}
		if wd, ok := weekdays[t.lower]; ok && t.isCap() {
			if pactName(toks, i) {
				continue // "the Good Friday Agreement": a name, not a day
			}
			if datedWeekday(toks, i) {
				continue // "Sunday, March 3": the date that follows says which Sunday
			}
			if namedDay(toks, i) {
				continue // "Palm Sunday", "Black Friday": a feast or a name, not this week's day
			}
			if d, e, ok := weekdayOfWeek(toks, i, wd, pub); ok {
				add(e, d, d, true)
				continue
			}
			p := pub
			for p.Weekday() != wd {
				p = p.AddDate(0, 0, -1)
			}
			f := pub
			for f.Weekday() != wd {
				f = f.AddDate(0, 0, 1)
			}
			switch lw(i - 1) {
			case "last":
				if !p.Before(pub.AddDate(0, 0, -1)) {
					p = p.AddDate(0, 0, -7) // "last Thursday" in Friday's paper: yesterday would be "on Thursday"
				}
				f = p
			case "next":
				if f.Equal(pub) {
					f = f.AddDate(0, 0, 7)
				}
				p = f
			}
			add(i+1, p.Format("2006-01-02"), f.Format("2006-01-02"), true)
			out[len(out)-1].ahead = lw(i-1) == "next"
			continue
		}
		if off, e, ok := nextDayRef(toks, i); ok {
			out = append(out, timex{s: i, e: e, offset: true, offsetDays: off})
			i = e - 1
			continue
		}
		if d, e, ok := partOfDay(toks, i, pub); ok {
			add(e, d, d, true)
			continue
		}
		if y, e, ahead, ok := season(toks, i, pub); ok {
			add(e, y, y, true)
			out[len(out)-1].ahead = ahead
			continue
		}
		if d, e, ok := nightBefore(toks, i, pub); ok {
			add(e, d, d, true)
			continue
		}
		if p, f, e, ok := pubPeriodPart(toks, i, pub); ok {
			add(e, p, f, true)
			continue
		}
		if p, f, e, ok := seasonOf(toks, i, pub); ok {
			add(e, p, f, !yearAfterSeason(toks, i))
			continue
		}
		if t.lower == "weekend" {
			if p, f, ok := weekend(lw(i-1), lw(i-2), pub); ok {
				add(i+1, p, f, true)
				out[len(out)-1].ahead = lw(i-1) == "next"
			}
			continue
		}
		switch t.lower {
		case "yesterday":
			s := pub.AddDate(0, 0, -1).Format("2006-01-02")
			add(i+1, s, s, true)
			continue
		case "today", "tonight":
			s := pub.Format("2006-01-02")
			add(i+1, s, s, true)
			continue
		case "tomorrow":
			s := pub.AddDate(0, 0, 1).Format("2006-01-02")
			add(i+1, s, s, true)
			out[len(out)-1].ahead = true
			continue
		case "last", "this", "next", "earlier", "later", "past":
			j := i + 1
			shift := map[string]int{"last": -1, "past": -1, "next": 1}[t.lower]
			if (t.lower == "earlier" || t.lower == "later") && lw(j) == "this" {
				j++
			} else if t.lower == "earlier" || t.lower == "later" {
				continue
			}
			if lw(j) == "year" && len(out) > 0 && out[len(out)-1].e == i && yearOfMonth(&out[len(out)-1], pub.Year()+shift) {
				out[len(out)-1].e = j + 1 // "in June last year", "on May 9 next year"
				i = j
				continue
			}
			n := len(out)
			switch lw(j) {
			case "week":
				s := pub.AddDate(0, 0, 7*shift).Format("2006-01")
				add(j+1, s, s, true)
			case "month":
				s := time.Date(pub.Year(), pub.Month()+time.Month(shift), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
				add(j+1, s, s, true)
			case "year":
				s := strconv.Itoa(pub.Year() + shift)
				add(j+1, s, s, true)
			}
			if len(out) > n {
				out[n].ahead = shift > 0 || t.lower == "later"
			}
			continue
		}
		// "two weeks ago", "three days before"
		if n, ok := numberWords[t.lower]; ok || t.isNumber() {
			if !ok {
				n, _ = strconv.Atoi(t.text)
			}
			if n == 0 || i+2 >= len(toks) {
				continue
			}
			unit := strings.TrimSuffix(toks[i+1].lower, "s")
			days := map[string]int{"day": 1, "week": 7, "month": 30, "year": 365}[unit]
			if days == 0 {
				continue
			}
			switch toks[i+2].lower {
			case "ago":
				d := pub.AddDate(0, 0, -n*days)
				s := d.Format("2006-01-02")
				if unit == "month" || unit == "year" {
					s = d.Format("2006-01")
				}
				add(i+3, s, s, true)
			case "before", "after", "later", "earlier":
				// "met him on May 5, two days before the summit" dates the
				// summit two days after its anchor, "... after the summit"
				// two days before it; "two days later" dates its own clause
				// after the anchor, "two days earlier" before it
				sign := 1
				if toks[i+2].lower == "after" || toks[i+2].lower == "earlier" {
					sign = -1
				}
				known := i > 0 && len(out) == 0 && (toks[i+2].lower == "before" || toks[i+2].lower == "after") && knownEventAfter(toks, i+3)
				if i == 0 && (toks[i+2].lower == "before" || toks[i+2].lower == "after") || known {
					sign = -sign // "A day before the talks opened, X met Y", "X imposed sanctions a day after the test": X's act is the shifted one
				}
				x := timex{s: i, e: i + 3, offset: true, offsetDays: sign * n * days, afterKnown: known}
				if unit == "month" || unit == "year" {
					x.offsetUnit = unit
				}
				out = append(out, x)
				i += 2
			}
		}
	}
	// Offsets ("two weeks before X") take the previous expression as anchor.
	for k := range out {
		if !out[k].offset {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if s, ok := shiftedFrom(out[j], out[k]); ok {
				out[k].past, out[k].fut = s, s
				break
			}
		}
	}
	for k := range out {
		if x := out[k]; x.offset && x.past == "" && !pub.IsZero() && comesAfter(toks, x.s) {
			// "The summit comes two months after talks in Hanoi", "The
			// visit came only two weeks after": the story's present is
			// the anchor
			d := shifted(pub, x)
			out[k].past, out[k].fut = d, d
		}
		out[k].text = joinTokens(toks[out[k].s:out[k].e])
	}
	return out
}

// comesAfter reports "comes" or "came" before the offset at s, with at
// most one adverb between ("came only two weeks after").
func comesAfter(toks []token, s int) bool {
	k := s - 1
	if k > 0 && (toks[k].lower == "only" || toks[k].lower == "just" || toks[k].lower == "barely" || toks[k].lower == "nearly" || toks[k].lower == "almost" || toks[k].lower == "some") {
		k--
	}
	if k < 0 {
		return false
	}
	w := toks[k].lower
	return w == "comes" || w == "come" || w == "came"
}

// knownEventAfter reports a definite noun phrase at toks[k] that closes
// the sentence without a verb of its own ("the test.", "Sunday's
// launch."): an event the story told before, not a clause that brings its
// own time ("after he held talks").
func knownEventAfter(toks []token, k int) bool {
	if k >= len(toks) || !determiners[toks[k].lower] && !(k+1 < len(toks) && toks[k+1].text == "'s") {
		return false
	}
	for q := k + 1; q < len(toks) && q < k+6; q++ {
		w := toks[q]
		if w.text == "." || w.text == ";" {
			return true
		}
		if w.text == "," {
			for r := q + 1; r < len(toks) && r < q+5; r++ {
				if sayVerbs[toks[r].lower] {
					return true // "... two days after the test, officials said"
				}
			}
			return false
		}
		if !w.isWord() && w.text != "'s" && w.text != "-" || pastVerb(w) || auxWords[w.lower] || beForms[w.lower] {
			return false
		}
	}
	return false
}

// weekShift is how many weeks "last", "this" and "next" move from the
// published date's week.
var weekShift = map[string]int{"last": -1, "this": 0, "next": 1}

// weekdayOfWeek resolves a weekday tied to a named week, toks[i] being the
// weekday: "Monday of last week", "Tuesday next week". Weeks start on
// Monday. It returns the day, the end of the expression and whether it
// matched.
func weekdayOfWeek(toks []token, i int, wd time.Weekday, pub time.Time) (string, int, bool) {
	lw := func(k int) string {
		if k < len(toks) {
			return toks[k].lower
		}
		return ""
	}
	j := i + 1
	if lw(j) == "of" {
		j++
	}
	shift, ok := weekShift[lw(j)]
	if !ok || lw(j+1) != "week" {
		return "", 0, false
	}
	monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
	d := monday.AddDate(0, 0, 7*shift+(int(wd)+6)%7)
	return d.Format("2006-01-02"), j + 2, true
}

// nextDayRef finds "the next day", "the following morning", "the
// previous day" and "the day before" (closing its clause) at toks[i]: a
// day after or before the time mentioned last, which may be in an earlier
// sentence. It returns the shift in days and the expression's end.
func nextDayRef(toks []token, i int) (int, int, bool) {
	if i+2 >= len(toks) || toks[i].lower != "the" {
		return 0, 0, false
	}
	part := partOfDayWord
	a, b := toks[i+1].lower, toks[i+2].lower
	switch {
	case (a == "next" || a == "following") && part(b):
		return 1, i + 3, true
	case a == "previous" && part(b):
		return -1, i + 3, true
	case a == "day" && (b == "before" || b == "after") && (i+3 == len(toks) || !toks[i+3].isWord()):
		if b == "before" {
			return -1, i + 3, true
		}
		return 1, i + 3, true
	}
	return 0, 0, false
}

// shifted applies an offset expression to its anchor day: a shift counted
// in days or weeks gives a day, one counted in months or years ("four
// months after", "two years before") only the month or the year, since
// such counts are round ("four months" may be three and a half).
func shifted(d time.Time, x timex) string {
	switch x.offsetUnit {
	case "month":
		return d.AddDate(0, x.offsetDays/30, 0).Format("2006-01") // calendar months, not 30 days each
	case "year":
		return d.AddDate(x.offsetDays/365, 0, 0).Format("2006")
	}
	return d.AddDate(0, 0, x.offsetDays).Format("2006-01-02")
}

// shiftedFrom applies the offset x to the anchor expression a: a day, or
// the future reading of a time ahead ("will visit next week, two months
// after X visited Y" dates X's visit two months before the coming week); a
// month anchors only shifts counted in months or years ("in July, two
// years after the summit"), which need no day.
func shiftedFrom(a, x timex) (string, bool) {
	if a.offset {
		return "", false
	}
	d := a.past
	if d == "" {
		d = a.fut
	}
	switch {
	case len(d) == 10:
		t, err := time.Parse("2006-01-02", d)
		return shifted(t, x), err == nil
	case len(d) == 7 && x.offsetUnit != "":
		t, err := time.Parse("2006-01", d)
		return shifted(t, x), err == nil
	}
	return "", false
}

// anchorOffsets resolves the shifts ("the next day", "two days later")
// that no earlier expression of the sentence anchors against prev, the
// day the sentence before established ("" leaves them unresolved).
func anchorOffsets(tx []timex, prev string) []timex {
	d, err := time.Parse("2006-01-02", prev)
	if err != nil {
		return tx
	}
	for k := range tx {
		if tx[k].offset && tx[k].past == "" {
			s := shifted(d, tx[k])
			tx[k].past, tx[k].fut = s, s
		}
	}
	return tx
}

// partOfDay resolves "this morning", "this afternoon", "this evening"
// (the published day) and "last night" (the day before), toks[i] being
// "this" or "last".
func partOfDay(toks []token, i int, pub time.Time) (string, int, bool) {
	if i+1 >= len(toks) {
		return "", 0, false
	}
	switch a, b := toks[i].lower, toks[i+1].lower; {
	case a == "this" && (b == "morning" || b == "afternoon" || b == "evening"):
		return pub.Format("2006-01-02"), i + 2, true
	case a == "last" && b == "night":
		return pub.AddDate(0, 0, -1).Format("2006-01-02"), i + 2, true
	}
	return "", 0, false
}

// weekend resolves "over the weekend", "last weekend", "this weekend" and
// "next weekend" (prev and prev2 are the words before "weekend") to the
// month of its Saturday: a weekend is two days, so the text gives no one
// day. past is the weekend before the published date, fut the one after.
func weekend(prev, prev2 string, pub time.Time) (past, fut string, ok bool) {
	switch {
	case prev == "last" || prev == "this" || prev == "next" || prev == "past" && prev2 == "this":
	case prev == "the" && (prev2 == "over" || prev2 == "during" || prev2 == "at"):
	default:
		return "", "", false
	}
	p := pub
	if p.Weekday() == time.Sunday {
		p = p.AddDate(0, 0, -1)
	}
	for p.Weekday() != time.Saturday {
		p = p.AddDate(0, 0, -1)
	}
	f := pub
	for f.Weekday() != time.Saturday && f.Weekday() != time.Sunday {
		f = f.AddDate(0, 0, 1)
	}
	past, fut = p.Format("2006-01"), f.Format("2006-01")
	if prev == "past" {
		prev = "last" // "this past weekend"
	}
	switch prev {
	case "last":
		if pub.Weekday() == time.Saturday || pub.Weekday() == time.Sunday {
			past = p.AddDate(0, 0, -7).Format("2006-01")
		}
		fut = past
	case "next":
		if pub.Weekday() == time.Saturday || pub.Weekday() == time.Sunday {
			fut = f.AddDate(0, 0, 7).Format("2006-01")
		}
		past = fut
	}
	return past, fut, true
}

// yearOfMonth gives a month or day resolved against the published date the
// year named after it ("in June last year"): it reports false for other
// expressions, which keep their own year.
func yearOfMonth(x *timex, y int) bool {
	if !x.relative || x.offset || len(x.past) < 7 || len(x.fut) < 7 {
		return false
	}
	ys := strconv.Itoa(y)
	x.past, x.fut = ys+x.past[4:], ys+x.fut[4:]
	return true
}

func closestMonthDay(pub time.Time, m, d int, future bool) string {
	y := pub.Year()
	c := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if !future && c.After(pub) {
		y--
	}
	if future && c.Before(pub) {
		y++
	}
	return ymd(y, m, d)
}

func closestMonth(pub time.Time, m int, future bool) string {
	y := pub.Year()
	if !future && m > int(pub.Month()) {
		y--
	}
	if future && m < int(pub.Month()) {
		y++
	}
	return ymd(y, m, 0)
}

func precisionOf(date string) string {
	switch len(date) {
	case 4:
		return PrecisionYear
	case 7:
		return PrecisionMonth
	case 10:
		return PrecisionDay
	}
	return PrecisionNone
}

func joinTokens(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && toks[i-1].end < t.start {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// inferPublished finds a publication date in the body's datelines and
// signatures: "Published: 2019-04-25", "(Pyongyang Times - April 24, 2020)",
// "SEOUL, March 3 (Yonhap) --" with the year given elsewhere.
func inferPublished(body string, lines []lineInfo) string {
	best, bestRank := "", 0
	latestYear := 0
	var monthDay [2]int
	for _, l := range lines {
		text := body[l.start:l.end]
		toks := tokenize(body, l.start, l.end)
		for _, t := range toks {
			if y := yearNum(t); y > latestYear && y <= 2100 {
				latestYear = y
			}
		}
		low := strings.ToLower(strings.TrimSpace(text))
		rank := 0
		switch {
		case hasPrefixAny(low, "published", "posted", "date:", "updated"):
			rank = 3
		case l.class == lineBoilerplate || strings.HasPrefix(strings.TrimSpace(text), "("):
			rank = 2
		case l.class == lineHeading:
			rank = 1
		}
		if rank == 0 {
			// dateline: "SEOUL, March 3 (Yonhap) --"
			if monthDay[0] == 0 && (strings.Contains(text, "--") || strings.Contains(text, "\u2014")) && len(toks) > 4 {
				for k := 0; k+1 < len(toks) && k < 6; k++ {
					if m := month(toks[k]); m != 0 && dayNum(toks[k+1]) != 0 && k > 0 && toks[k-1].text == "," {
						monthDay = [2]int{m, dayNum(toks[k+1])}
						break
					}
				}
			}
			continue
		}
		for _, x := range findTimexes(toks, time.Time{}) {
			if len(x.past) == 10 && rank > bestRank {
				best, bestRank = x.past, rank
			}
		}
	}
	if best != "" {
		return best
	}
	if monthDay[0] != 0 && latestYear != 0 {
		return ymd(latestYear, monthDay[0], monthDay[1])
	}
	return ""
}

func hasPrefixAny(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

type timeT = time.Time

func parseDate(s string) (time.Time, error) { return time.Parse("2006-01-02", s) }

// partOfDayWord reports "day" and its parts: "the next morning".
func partOfDayWord(w string) bool {
	return w == "day" || w == "morning" || w == "afternoon" || w == "evening" || w == "night"
}

// dateComma reports the comma inside a written date: "February 5, 2020".
func dateComma(toks []token, e int) bool {
	return e > 0 && e+1 < len(toks) && dayNum(toks[e-1]) != 0 && yearNum(toks[e+1]) != 0
}

// seasonStart is the month each season begins in.
var seasonStart = map[string]int{"spring": 3, "summer": 6, "autumn": 9, "fall": 9}

// season resolves "next spring", "last summer", "this autumn" at toks[i]
// to the year of that season (a season spans months, so the year is the
// precision the text gives); ahead is true for "next". Winter, which
// straddles two years, is left alone.
func season(toks []token, i int, pub time.Time) (string, int, bool, bool) {
	if i+1 >= len(toks) {
		return "", 0, false, false
	}
	m, ok := seasonStart[toks[i+1].lower]
	if !ok {
		return "", 0, false, false
	}
	started := int(pub.Month()) >= m
	y := pub.Year()
	switch toks[i].lower {
	case "next":
		if started {
			y++
		}
		return strconv.Itoa(y), i + 2, true, true
	case "last":
		if int(pub.Month()) < m+3 {
			y-- // the season is not over yet this year: last year's
		}
		return strconv.Itoa(y), i + 2, false, true
	case "this":
		return strconv.Itoa(y), i + 2, false, true
	}
	return "", 0, false, false
}

// midYear resolves the one token "mid-2018" to its year.
func midYear(t token) (string, bool) {
	rest, found := strings.CutPrefix(t.lower, "mid-")
	if !found {
		return "", false
	}
	if y := yearNum(token{text: rest, lower: rest}); y != 0 {
		return strconv.Itoa(y), true
	}
	return "", false
}

// shiftDay moves a YYYY-MM-DD date by n days.
func shiftDay(d string, n int) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// namedDayWords open a feast, a market day or a remembered day named
// after a weekday: "Palm Sunday", "Good Friday", "Super Tuesday",
// "Bloody Sunday". Such a name says nothing of which week.
var namedDayWords = map[string]bool{
	"palm": true, "easter": true, "good": true, "holy": true, "ash": true, "maundy": true,
	"shrove": true, "whit": true, "black": true, "bloody": true, "super": true, "cyber": true,
}

// namedDay reports a weekday at toks[i] that a capitalised naming word
// before it makes a name: "on Palm Sunday", "the Black Friday sales".
func namedDay(toks []token, i int) bool {
	return i > 0 && toks[i-1].isCap() && namedDayWords[toks[i-1].lower]
}

// datedWeekday reports a weekday that a written date follows: "Sunday,
// March 3", "Sunday, 3 March".
func datedWeekday(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].text != "," {
		return false
	}
	if month(toks[i+2]) != 0 {
		return true
	}
	return i+3 < len(toks) && dayNum(toks[i+2]) != 0 && month(toks[i+3]) != 0
}

// ordinalDay returns the day of a written ordinal ("5th", "21st"), or 0:
// "the 5th of September".
func ordinalDay(t token) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(t.lower, suf) {
			return dayNum(t)
		}
	}
	return 0
}

// slashDate reads a date written with slashes as one unspaced run at
// toks[i]: "2019/03/03", and "03/12/2019" only when the day is the number
// over 12 (or both are equal), since the order of day and month varies.
func slashDate(toks []token, i int) (string, int, bool) {
	if i+4 >= len(toks) || !toks[i].isNumber() {
		return "", 0, false
	}
	for k := i; k < i+4; k++ {
		if toks[k].end != toks[k+1].start {
			return "", 0, false
		}
	}
	if toks[i+1].text != "/" || toks[i+3].text != "/" || !toks[i+2].isNumber() || !toks[i+4].isNumber() {
		return "", 0, false
	}
	a, b, c := atoi(toks[i].text), atoi(toks[i+2].text), atoi(toks[i+4].text)
	switch {
	case len(toks[i].text) == 4 && validDay(a, b, c):
		return ymd(a, b, c), i + 5, true
	case len(toks[i+4].text) == 4 && a > 12 && validDay(c, b, a):
		return ymd(c, b, a), i + 5, true // 25/12/2019
	case len(toks[i+4].text) == 4 && (b > 12 || a == b) && validDay(c, a, b):
		return ymd(c, a, b), i + 5, true // 12/25/2019
	}
	return "", 0, false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// validDay reports a real calendar day in a plausible news year.
func validDay(y, m, d int) bool {
	if y < 1800 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// nightWords may follow an adverbial "overnight": punctuation, a
// preposition or a conjunction, not a noun it would modify ("overnight
// talks" lasted through a night that the text does not place).
var nightWords = map[string]bool{"and": true, "as": true, "in": true, "at": true, "near": true, "across": true,
	"against": true, "after": true, "while": true, "when": true, "but": true, "with": true, "killing": true,
	"wounding": true, "targeting": true, "that": true, "along": true, "around": true, "before": true}

// nightBefore resolves the night that ends on the story's day: an
// adverbial "overnight" ("Israel struck Syria overnight, officials said")
// and "in the early hours" with no day of its own. Wire copy reports such
// a night on the published day. "Overnight into Sunday" and "the early
// hours of Monday" leave the day to the weekday.
func nightBefore(toks []token, i int, pub time.Time) (string, int, bool) {
	day := pub.Format("2006-01-02")
	next := func(k int) string {
		if k < len(toks) {
			return toks[k].lower
		}
		return ""
	}
	switch {
	case toks[i].lower == "overnight":
		if i > 0 && determiners[toks[i-1].lower] {
			return "", 0, false // "an overnight stay"
		}
		if w := next(i + 1); w == "" || !toks[i+1].isWord() || nightWords[w] {
			return day, i + 1, true
		}
	case toks[i].lower == "in" && next(i+1) == "the" && next(i+2) == "early" && next(i+3) == "hours":
		if w := next(i + 4); w != "of" && w != "on" {
			return day, i + 4, true
		}
	}
	return "", 0, false
}

// periodUnits are the calendar periods "earlier in the ..." and "the
// start of the ..." name, with how each is written as a date.
var periodUnits = map[string]string{"week": "2006-01", "month": "2006-01", "year": "2006"}

// pubPeriodPart resolves a part of the period the story is in: "earlier in
// the week", "earlier in the month", "at the start of the year", "the end
// of the month" — the published week, month or year, at that precision.
// "Later in the month" is left out: in a past narrative it continues the
// narrative's month, not the story's.
func pubPeriodPart(toks []token, i int, pub time.Time) (string, string, int, bool) {
	w := func(k int) string {
		if k < len(toks) {
			return toks[k].lower
		}
		return ""
	}
	var unit string
	var e int
	switch {
	case w(i) == "earlier" && w(i+1) == "in" && w(i+2) == "the":
		unit, e = w(i+3), i+4
	case w(i) == "the" && (w(i+1) == "start" || w(i+1) == "beginning" || w(i+1) == "end" || w(i+1) == "middle") && w(i+2) == "of" && w(i+3) == "the":
		unit, e = w(i+4), i+5
		if unit == "week" {
			return "", "", 0, false // the week's start and end may lie in other months
		}
	default:
		return "", "", 0, false
	}
	layout, ok := periodUnits[unit]
	if !ok {
		return "", "", 0, false
	}
	d := pub.Format(layout)
	return d, d, e, true
}

// seasonOf resolves a season written with "in", "over" or "during", or
// with its year: "in the spring", "over the summer", "in early autumn",
// "spring 2021", "the summer of 2019". A season spans months, so its year
// is the precision the text gives. Without a year it is the latest such
// season begun by the published date in the past reading, the next one
// not yet over in the future reading. Winter straddles two years and is
// taken only with its year; a capitalised season is a name ("the Arab
// Spring").
func seasonOf(toks []token, i int, pub time.Time) (string, string, int, bool) {
	t := toks[i]
	m, ok := seasonStart[t.lower]
	if t.lower == "winter" {
		m, ok = 12, true
	}
	if !ok || t.text != t.lower {
		return "", "", 0, false
	}
	if i+1 < len(toks) && yearNum(toks[i+1]) != 0 {
		y := toks[i+1].text
		return y, y, i + 2, true // "spring 2021"
	}
	if i+2 < len(toks) && toks[i+1].lower == "of" && yearNum(toks[i+2]) != 0 {
		y := toks[i+2].text
		return y, y, i + 3, true // "the summer of 2019"
	}
	k := i - 1
	if k >= 0 && (toks[k].lower == "early" || toks[k].lower == "late" || toks[k].lower == "mid") {
		k--
	}
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if m == 12 || k < 0 || !(toks[k].lower == "in" || toks[k].lower == "over" || toks[k].lower == "during" || toks[k].lower == "through") {
		return "", "", 0, false
	}
	y := pub.Year()
	past, fut := y, y
	if int(pub.Month()) < m {
		past--
	}
	if int(pub.Month()) >= m+3 {
		fut++
	}
	return strconv.Itoa(past), strconv.Itoa(fut), i + 1, true
}

// yearAfterSeason reports a season given with its year ("spring 2021",
// "the summer of 2019"), which is absolute, not resolved against the
// published date.
func yearAfterSeason(toks []token, i int) bool {
	return i+1 < len(toks) && yearNum(toks[i+1]) != 0 || i+2 < len(toks) && toks[i+1].lower == "of" && yearNum(toks[i+2]) != 0
}

// thatYear reads "that year" (or "of that year") after the month at
// toks[i]: the year is the last one the sentence named before the month
// ("visited in 2000, and ... in November that year"). It returns that
// year and the index after the phrase, or 0.
func thatYear(toks []token, i int) (int, int) {
	j := i + 1
	if j < len(toks) && toks[j].lower == "of" {
		j++
	}
	if j+1 >= len(toks) || toks[j].lower != "that" || toks[j+1].lower != "year" {
		return 0, 0
	}
	for k := i - 1; k >= 0; k-- {
		if y := yearNum(toks[k]); y != 0 {
			return y, j + 2
		}
	}
	return 0, 0
}
