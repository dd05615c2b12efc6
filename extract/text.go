package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of the body.
type token struct {
	text  string // normalised: curly apostrophes and quotes made straight
	lower string
	start int // byte offsets into Document.Body
	end   int
}

func (t token) isCap() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func (t token) isWord() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (t token) isNumber() bool {
	for _, r := range t.text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return t.text != ""
}

// abbreviations keep their final period inside the word token.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"sgt": true, "st": true, "jr": true, "sr": true, "vs": true, "no": true, "sen": true, "rep": true,
	"gov": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "corp": true, "inc": true, "co": true,
	"ltd": true, "adm": true, "capt": true, "maj": true, "pres": true, "amb": true, "n": true, "s": true,
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' }

// tokenize splits body[start:end] into tokens with byte offsets into body.
func tokenize(body string, start, end int) []token {
	toks := make([]token, 0, (end-start)/5+1)
	// The line is lower-cased once in its ASCII letters; an ASCII token's
	// lower form is a slice of that: one allocation per line, not one per
	// capitalised word.
	lowerLine := asciiLower(body[start:end])
	add := func(s, e int, text string) {
		var lower string
		if len(text) == e-s && text == body[s:e] && isASCII(text) {
			lower = lowerLine[s-start : e-start]
		} else {
			lower = strings.ToLower(text)
		}
		toks = append(toks, token{text: text, lower: lower, start: s, end: e})
	}
	i := start
	for i < end {
		r, w := utf8.DecodeRuneInString(body[i:end])
		switch {
		case unicode.IsSpace(r):
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + w
			for j < end {
				c, cw := utf8.DecodeRuneInString(body[j:end])
				if unicode.IsLetter(c) || unicode.IsDigit(c) {
					j += cw
					continue
				}
				if j+cw < end {
					n, _ := utf8.DecodeRuneInString(body[j+cw : end])
					switch {
					case c == '-' && (unicode.IsLower(n) || unicode.IsDigit(n)):
						j += cw
						continue
					case c == '-' && unicode.IsUpper(n) && !unicode.IsUpper(lastRune(body[i:j])):
						// "Korea-Russia" splits so both names match; "Jong-Un" stays whole.
					case c == '.' && unicode.IsLetter(n) && utf8.RuneCountInString(body[i:j]) <= 2 && !strings.Contains(body[i:j], "-"):
						j += cw // U.S, N.Korea
						continue
					case (c == ',' || c == '.') && unicode.IsDigit(n) && unicode.IsDigit(lastRune(body[i:j])):
						j += cw
						continue
					case isApos(c) && n == 's' && (j+cw+1 >= end || !isWordByte(body[j+cw+1])):
						// possessive: split below
					case isApos(c) && n == 't' && j-i > 1 && body[j-1] == 'n':
						// "didn't": split "n't"
						add(i, j-1, body[i:j-1])
						i = j - 1
						j = j + cw + 1
						add(i, j, "n't")
						i = j
						goto next
					case isApos(c) && unicode.IsLetter(n) && n != 's':
						j += cw
						continue
					}
				}
				break
			}
			if j+1 < end && body[j] == '-' && unicode.IsUpper(rune(body[j+1])) && strings.EqualFold(body[i:j], "then") {
				i = j + 1 // "then-President Kim Dae-jung", "then-South Korean President": the office as it was then
				goto next
			}
			// keep the period of U.S. and known abbreviations
			if j < end && body[j] == '.' {
				word := body[i:j]
				if strings.Contains(word, ".") || abbreviations[strings.ToLower(word)] || (utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r)) {
					j++
				}
			}
			add(i, j, strings.ReplaceAll(body[i:j], "\u2019", "'"))
			i = j
			if i < end {
				c, cw := utf8.DecodeRuneInString(body[i:end])
				if isApos(c) && i+cw < end && body[i+cw] == 's' && (i+cw+1 >= end || !isWordByte(body[i+cw+1])) {
					add(i, i+cw+1, "'s")
					i += cw + 1
				}
			}
		next:
			continue
		case r == '(' && asideAfterName(body, start, i, end) > 0:
			i += asideAfterName(body, start, i, end) // "Republic of Korea (ROK) President Roh": read over the aside
		default:
			text := body[i : i+w]
			switch r {
			case '\u2019', '\u2018':
				text = "'"
			case '\u201c', '\u201d':
				text = "\""
			case '\u2013', '\u2014':
				text = "-"
			}
			add(i, i+w, text)
			i += w
		}
	}
	return toks
}

// asciiLower lower-cases the ASCII letters of s and leaves other bytes.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// sentence is a span of tokens in a text line.
type sentence struct {
	index      int
	start, end int // byte offsets into the body
	toks       []token
	para       int // paragraph (line) number
}

// splitSentences splits a line's tokens into sentences.
func splitSentences(toks []token) [][]token {
	var out [][]token
	quoteOpen := make([]bool, len(toks)) // a quotation is open before toks[i]
	for i := 1; i < len(toks); i++ {
		quoteOpen[i] = quoteOpen[i-1] != (toks[i-1].text == "\"")
	}
	s := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i].text
		if t != "." && t != "!" && t != "?" {
			continue
		}
		// closing marks stay with the sentence; a quote opens the next
		// one when no quotation is open
		open := quoteOpen[i]
		j := i + 1
		for j < len(toks) && (toks[j].text == "\"" && open || toks[j].text == "'" || toks[j].text == ")") {
			if toks[j].text == "\"" {
				open = false
			}
			j++
		}
		if j < len(toks) {
			n := toks[j]
			r, _ := utf8.DecodeRuneInString(n.text)
			if !(unicode.IsUpper(r) || unicode.IsDigit(r) || n.text == "\"" || n.text == "(") {
				continue
			}
		}
		out = append(out, toks[s:j])
		s = j
		i = j - 1
	}
	if s < len(toks) {
		out = append(out, toks[s:])
	}
	return out
}

// Line classes.
const (
	lineText = iota
	lineHeading
	lineBoilerplate
)

var boilerPhrases = []string{
	"log in", "sign in", "sign up", "subscribe", "newsletter", "copyright", "all rights reserved",
	"related articles", "related stories", "related news", "leave a comment", "post a comment", "no comments",
	"back to top", "previous post", "next post", "share this", "share on", "print dictionary", "help-image",
	"lock icon", "write comments", "standards board", "enter your email", "email address", "click here",
	"read more", "follow us", "reproduction prohibited", "redistribution", "cookie", "advertisement",
	"photo credit", "yonhap photo", "file photo", "getty images", "ap photo", "reuters photo", "afp photo",
	"most popular", "top stories", "social comment", "facebook", "twitter",
}

// socialNames are boilerplate words only outside a reported sentence:
// "X wrote on Twitter, accusing Y" is news, "Follow us on Twitter" is not.
var socialNames = map[string]bool{"facebook": true, "twitter": true}

// reportSentence reports a line that reads as a sentence of news: at
// least eight words, starting with a capital and ending with a full stop.
func reportSentence(l string, words int) bool {
	first, _ := utf8.DecodeRuneInString(l)
	return words >= 8 && unicode.IsUpper(first) && (strings.HasSuffix(l, ".") || strings.HasSuffix(l, ".\"") || strings.HasSuffix(l, ".”"))
}

// classifyLine decides whether a line of the body is article text, a
// heading (no sentence punctuation: extracted from for nothing) or web
// boilerplate.
func classifyLine(line string) int {
	l := strings.TrimSpace(line)
	if l == "" {
		return lineBoilerplate
	}
	words := countFields(l)
	// Phrases are looked for in a line of at most 20 words; otherwise only
	// prefixes are, and lower-casing the first 16 runes is enough for them
	// (strings.ToLower maps rune by rune).
	var low string
	if words <= 20 {
		low = strings.ToLower(l)
	} else {
		low = strings.ToLower(runePrefix(l, 16))
	}
	if strings.Contains(l, "©") || strings.HasPrefix(low, "copyright") || hasEmail(l) {
		return lineBoilerplate
	}
	if strings.Count(l, " > ") >= 1 || strings.Count(l, " » ") >= 1 || strings.Count(l, " | ") >= 2 {
		return lineBoilerplate
	}
	if words <= 20 {
		for _, p := range boilerPhrases {
			if strings.Contains(low, p) && !(socialNames[p] && reportSentence(l, words)) {
				return lineBoilerplate
			}
		}
	}
	if strings.HasPrefix(l, "(") && strings.HasSuffix(l, ")") && words <= 8 {
		return lineBoilerplate // photo credit "(123rf)" or a signature "(Pyongyang Times - April 24, 2020)"
	}
	if strings.HasSuffix(l, ")") {
		if i := strings.LastIndex(l, "("); i >= 0 && strings.Contains(strings.ToLower(l[i:]), "photo") {
			return lineBoilerplate // caption with a photo credit
		}
	}
	if (strings.HasPrefix(l, "By ") || strings.HasPrefix(l, "by ")) && words <= 7 && !strings.ContainsAny(l, ".!?") {
		return lineBoilerplate // byline
	}
	for _, p := range []string{"published:", "updated:", "posted:", "posted on", "published on", "last updated"} {
		if strings.HasPrefix(low, p) {
			return lineBoilerplate
		}
	}
	last, size := utf8.DecodeLastRuneInString(l)
	switch last {
	case '.', '!', '?', ':', ';', ')':
		return lineText
	case '"', '\u201d', '\'', '\u2019':
		before, _ := utf8.DecodeLastRuneInString(l[:len(l)-size])
		if strings.ContainsRune(".!?,", before) {
			return lineText
		}
	}
	return lineHeading
}

// countFields is len(strings.Fields(s)) without the slice.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// runePrefix is s cut after n runes.
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func hasEmail(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '@' || i == 0 || i+1 >= len(s) {
			continue
		}
		if isWordByte(s[i-1]) && isWordByte(s[i+1]) && strings.Contains(firstField(s[i:]), ".") {
			return true
		}
	}
	return false
}

func firstField(s string) string {
	if i := strings.IndexAny(s, " \t\n)"); i >= 0 {
		return s[:i]
	}
	return s
}

// asideAfterName returns the length of a parenthesis at i that follows a
// word and holds only an acronym ("(ROK)", "(DPRK)"): an aside the reader
// skips, so that "Republic of Korea (ROK) President Roh Moo-hyun" is one
// title and name. Else 0.
func asideAfterName(body string, start, i, end int) int {
	if i == start || !isWordByte(body[i-1]) && body[i-1] != ' ' {
		return 0
	}
	k := i - 1
	for k > start && body[k] == ' ' {
		k--
	}
	if !isWordByte(body[k]) {
		return 0
	}
	close := strings.IndexByte(body[i:end], ')')
	if close < 2 || close > 8 {
		return 0
	}
	inner := body[i+1 : i+close]
	for _, c := range inner {
		if c < 'A' || c > 'Z' {
			return 0
		}
	}
	if len(inner) < 2 {
		return 0
	}
	return close + 1
}
