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
	offset     bool
	ahead      bool // points forward from the published date: "next week", "tomorrow", "later this year"
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
			}
			continue
		}
		if !has {
			continue
		}
		if wd, ok := weekdays[t.lower]; ok && t.isCap() {
			if datedWeekday(toks, i) {
				continue // "Sunday, March 3": the date that follows says which Sunday
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
				if p.Equal(pub) {
					p = p.AddDate(0, 0, -7)
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
				if i == 0 && (toks[i+2].lower == "before" || toks[i+2].lower == "after") {
					sign = -sign // "A day before the talks opened, X met Y": X met Y the day before
				}
				out = append(out, timex{s: i, e: i + 3, offset: true, offsetDays: sign * n * days})
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
			if out[j].offset || out[j].past == "" || len(out[j].past) != 10 {
				continue
			}
			d, _ := time.Parse("2006-01-02", out[j].past)
			s := d.AddDate(0, 0, out[k].offsetDays).Format("2006-01-02")
			out[k].past, out[k].fut = s, s
			break
		}
	}
	for k := range out {
		out[k].text = joinTokens(toks[out[k].s:out[k].e])
	}
	return out
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
			s := d.AddDate(0, 0, tx[k].offsetDays).Format("2006-01-02")
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
	if x.s < t.e || !aheadOf(x, pub) && (len(x.past) < 4 || len(x.fut) < 4 || x.past[:4] == x.fut[:4]) || !complementVerb(toks[t.s].lower) {
		return false
	}
	for p := t.s + 1; p+1 < x.s && p < t.e+10; p++ {
		w := toks[p].lower
		if p >= t.e && (clauseBoundary[w] || w == ";") {
			return false
		}
		if w == "to" && infinitive(toks[p+1]) {
			return true
		}
	}
	return false
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

// partOfDayWord reports "day" and its parts: "the next morning".
func partOfDayWord(w string) bool {
	return w == "day" || w == "morning" || w == "afternoon" || w == "evening" || w == "night"
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

// laterPredicate reports a new conjoined predicate (", and" and a verb)
// between a trigger ending at e and a time at s more than ten tokens on:
// the time is that predicate's, not the trigger's.
func laterPredicate(toks []token, e, s int) bool {
	if s-e <= 10 {
		return false
	}
	for q := e; q+2 < s; q++ {
		if toks[q].text == "," && toks[q+1].lower == "and" && (pastVerb(toks[q+2]) || verbLike(toks[q+2])) {
			return true
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

// dateComma reports the comma inside a written date: "February 5, 2020".
func dateComma(toks []token, e int) bool {
	return e > 0 && e+1 < len(toks) && dayNum(toks[e-1]) != 0 && yearNum(toks[e+1]) != 0
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
			if w := toks[q]; w.text == "," || w.text == ";" || clauseBoundary[w.lower] || pastVerb(w) || verbLike(w) {
				return false
			}
		}
		return true
	}
	return false
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
		case "long", "repeatedly", "often", "always", "consistently", "frequently", "previously", "since", "ever", "twice":
			return false
		case "has", "have", "'ve":
			return !repeatedAfter(toks, t.e)
		}
	}
	return false
}

// repeatedAfter reports "twice", "again" or "before" closing an
// experiential present perfect ("has met him twice") within six tokens.
func repeatedAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+6; k++ {
		switch toks[k].lower {
		case "twice", "again", "before", "times", "occasions", "repeatedly":
			return true
		}
	}
	return false
}

// reportingTime reports a time of the reporting clause before a trigger
// in the reported one: "said on Wednesday that", "told Putin in Samarkand
// on Thursday that". It dates the saying, which is past even when what is
// said is a plan, and the plan is dated by its report.
func reportingTime(toks []token, x timex, t *trigAt) bool {
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
		return false
	}
	for q := max(0, x.s-8); q < that; q++ {
		if sayVerbs[toks[q].lower] || toks[q].lower == "announced" || toks[q].lower == "warned" {
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
		// the trigger is the main predicate, just after the clause's comma
		return sp[1] < len(toks) && toks[sp[1]].text == "," && t.s > sp[1] && t.s-sp[1] <= 4
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
	if len(x.past) != 10 || k+1 >= len(tx) {
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

// eventDate picks the temporal expression that dates the trigger (see
// timexDistance), else falls back to the story's present day for
// statements, reports and news in the present perfect, else none.
//
// It returns the modality too: an asserted event whose own time lies after
// the published date ("next week", "on May 9, 2031") or that a
// present-tense schedule sets at a weekday is planned, and an event
// "ahead of" which something happened long ago is past.
func (x *Extractor) eventDate(t *trigAt, toks []token, tx []timex, modality string, st *docState) (string, string, string, string) {
	if repeated(toks, t) {
		return "", SourceNone, "", modality
	}
	if modality == Planned && aheadOfPast(toks, t, tx, st.presentDay()) {
		modality = Asserted // "arrived on April 24, 2019, ahead of his summit with X": long past
	}
	c := &dateContext{toks: toks, t: t, tx: tx, modality: modality, pub: st.pubStr, rels: relativeSpans(toks), anniv: anniversaryAt(toks)}
	if best := c.bestTimex(); best >= 0 {
		if modality == Asserted && (aheadOf(tx[best], st.pubStr) || scheduledPresent(toks, t) && tx[best].past != tx[best].fut) {
			modality = Planned // "visits India next week", "travels on to Delhi on Friday"
		}
		d := tx[best].past
		if modality == Planned && !reportingTime(toks, tx[best], t) {
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
	if modality == Asserted && presentPerfect(toks, t) {
		return st.presentDay(), SourceDocument, "", modality // "Russia has launched an invasion": news of the day
	}
	if announcedRelation(t.tr.rel) {
		return st.presentDay(), SourceDocument, "", modality
	}
	return "", SourceNone, "", modality
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
		if x.s <= 1 && x.e < len(c.toks) && c.toks[x.e].text == "," && best >= 0 && best != k && bestDist > 4 && x.past != "" {
			best = k // "Last month, ..." scopes over the sentence
		}
	}
	return best
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
	if d == "" || c.spanStart(x) {
		return 0, false
	}
	frame := false // a time of a when-clause, arrival clause or opener: used when nothing closer dates the trigger
	if inOtherSpan(c.rels, x.s, t.s) && !(t.noun && modifiesNoun(toks, c.rels, x.s, t.e)) {
		if frame = whenClauseOf(toks, c.rels, t, x) || arrivalFrame(toks, c.rels, t, x) || openerTime(toks, x); !frame {
			return 0, false // a time inside a relative clause the trigger is not in
		}
	}
	if inComplement(toks, t, x, c.pub) {
		return 0, false // "invited Y to visit in November": the visit's time
	}
	if c.anniv >= 0 && (t.s > c.anniv) != (x.s > c.anniv) {
		// a trigger inside "the Nth anniversary of ..." takes dates after
		// the word; one outside ignores them
		return 0, false
	}
	if x.offset && x.s > 0 && t.e <= x.s && x.e < len(toks) && (toks[x.e-1].lower == "after" || toks[x.e-1].lower == "before") {
		return 0, false // "arrived, a day after he held talks": the talks' time, not the arrival's
	}
	if laterPredicate(toks, t.e, x.s) {
		return 0, false // "blasted X over Y, and threatened to scrap a pact signed in 2018"
	}
	if x.e <= t.s && t.noun && c.modality == Planned && nounModality(toks, t) == Planned {
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

// shiftDay moves a YYYY-MM-DD date by n days.
func shiftDay(d string, n int) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
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
	return p.isWord() && !p.isCap() && !beForms[p.lower] && !adverbs[p.lower] && !verbLike(p)
}
