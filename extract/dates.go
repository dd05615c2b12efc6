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
			switch lw(i - 1) {
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
			continue
		case "last", "this", "next", "earlier", "later", "past":
			j := i + 1
			shift := map[string]int{"last": -1, "past": -1, "next": 1}[t.lower]
			if (t.lower == "earlier" || t.lower == "later") && lw(j) == "this" {
				j++
			} else if t.lower == "earlier" || t.lower == "later" {
				continue
			}
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
				sign := 1
				if toks[i+2].lower == "after" || toks[i+2].lower == "later" {
					sign = -1
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
