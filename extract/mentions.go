package extract

import (
	"strings"
	"unicode"
)

// Mention kinds.
const (
	mkActor   = iota // a resolved actor
	mkRole           // a title beside a state, resolved at the event date
	mkDemonym        // "Russian" modifying something that is not an actor
	mkPronoun        // he, she, it, they and possessives
	mkPair           // "the two countries", "both sides"
	mkTitle          // a bare title without a state ("the leaders of ...")
)

// mention is an actor reference found in a sentence.
type mention struct {
	s, e     int // token range in the sentence
	kind     int
	ent      *Entry
	state    *Entry   // mkRole: the state of the title
	roles    []string // mkRole: the title's roles
	pair     [2]*Entry
	poss     bool   // followed by 's / '
	place    string // a capital or city standing for its state
	city     bool   // a city: its state only as a place visited, never an actor
	text     string
	appos    bool // inside an appositive: ignored as subject or object
	noted    bool // no actor, but a reference to note: the possessor of a relational noun ("X's predecessor"), a trailing speaker
	inTitle  bool // inside a document's title: context only
	weak     bool // resolved by context (pronoun, surname, pair)
	match    int
	pronoun  string
	holders  [2]*Entry // mkPair with roles: the role holders of pair at the published date
	size     int       // mkPair of a group phrase: how many members it counts ("the three leaders")
	group    []*Entry  // mkPair of a group phrase: its members, when resolved
	head     int       // token index of the name head (for composite mentions)
	compound bool
	owner    *mention // mkRole of "his Chinese counterpart": the possessive pronoun whose post the state's holder shares
	stateOf  bool     // mkPronoun of "his government": stands for the state of the person it resolves to
}

var pronouns = map[string]bool{"he": true, "she": true, "him": true, "his": true, "her": true, "it": true, "its": true, "they": true, "their": true, "them": true}

var pairPhrases = [][]string{
	{"the", "two", "countries"}, {"the", "two", "nations"}, {"the", "two", "sides"}, {"the", "two", "states"},
	{"the", "two", "governments"}, {"the", "two", "leaders"}, {"both", "countries"}, {"both", "nations"},
	{"both", "sides"}, {"both", "leaders"}, {"both", "governments"}, {"each", "other"}, {"the", "two", "neighbors"},
	{"the", "two", "neighbours"}, {"the", "two", "allies"}, {"two", "countries"}, {"both", "envoys"}, {"the", "two", "envoys"},
	{"the", "two", "delegations"}, {"both", "delegations"}, {"the", "two", "presidents"}, {"the", "two", "ministers"},
	{"the", "two", "foreign", "ministers"}, {"both", "presidents"}, {"the", "leaders"},
	{"the", "two", "heads", "of", "state"}, {"the", "two", "heads", "of", "government"}, {"both", "heads", "of", "state"},
	{"the", "two", "men"}, {"both", "men"}, {"the", "two", "women"}, {"both", "women"},
	{"the", "pair"},
}

// pairWord is the noun that says what a pair phrase of n tokens at
// toks[i] pairs: "the two heads of state" pairs leaders.
func pairWord(toks []token, i, n int) string {
	if n >= 4 && toks[i+n-3].lower == "heads" {
		return "leaders"
	}
	return toks[i+n-1].lower
}

// venueNouns name a gathering an organisation's name may modify.
var venueNouns = map[string]bool{"summit": true, "conference": true, "forum": true, "ministerial": true, "meeting": true, "gathering": true}

// membersGathering reports a gathering of a grouping's members named
// after it: "a NATO foreign ministers' meeting", "the EU leaders'
// summit": the grouping names where they meet.
func membersGathering(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+5; k++ {
		w := toks[k].lower
		if venueNouns[strings.TrimSuffix(w, "s")] {
			return k > e && (toks[k-1].text == "'" || toks[k-1].text == "'s")
		}
		if toks[k].text != "'" && toks[k].text != "'s" && w != "foreign" && w != "defence" && w != "defense" && w != "finance" && w != "trade" && !groupMemberNouns[w] {
			return false
		}
	}
	return false
}

// venueOf reports "a summit of (the) X", "the sidelines of X" before
// toks[s]: the grouping names where parties met.
func venueOf(toks []token, s int) bool {
	k := s - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 1 || toks[k].lower != "of" {
		return false
	}
	w := strings.TrimSuffix(toks[k-1].lower, "s")
	return venueNouns[w] || w == "sideline" || w == "fringe" || w == "session" || w == "margin"
}

// nameStop are capitalised words that do not start or continue a name.
var nameStop = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "But": true, "And": true, "He": true,
	"She": true, "It": true, "They": true, "This": true, "That": true, "His": true, "Her": true, "Its": true,
	"Their": true, "After": true, "Before": true, "During": true, "Through": true, "When": true, "While": true,
	"However": true, "Meanwhile": true, "Also": true, "As": true, "For": true, "With": true, "From": true,
	"Last": true, "Earlier": true, "Later": true, "North": true, "South": true, "East": true, "West": true,
	"Korean": true, "Party": true, "Ministry": true, "Foreign": true, "Affairs": true, "Minister": true,
	"President": true, "Leader": true, "Supreme": true, "Chairman": true, "Vice": true, "Deputy": true,
	"Assembly": true, "Council": true, "Committee": true, "Agency": true, "News": true, "Times": true,
	"Republic": true, "People": true, "People's": true, "Union": true, "State": true, "Secretary": true,
	"General": true, "Comrade": true, "Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Premier": true,
	"Prime": true, "Ambassador": true, "Envoy": true, "Sports": true, "Culture": true, "Development": true,
	"Defence": true, "Defense": true, "Federation": true, "Government": true, "Army": true, "Navy": true,
	"Force": true, "Forces": true, "Declaration": true, "Treaty": true, "Agreement": true, "World": true,
	"War": true, "Day": true, "Forum": true, "Economic": true, "International": true, "National": true,
}

func isNameToken(t token) bool {
	if !t.isCap() || nameStop[t.text] || monthNames[t.lower] != 0 || weekdays[t.lower] != 0 && t.lower != "sunday" {
		return false
	}
	if _, ok := weekdays[t.lower]; ok {
		return false
	}
	for _, r := range t.text {
		if !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' {
			return false
		}
	}
	return len(t.text) > 1
}

// nameParticles are the lower-case links inside Arabic, Dutch, German,
// Spanish or Portuguese names ("Mohammed bin Salman", "Ursula von der
// Leyen", "Luiz Inacio Lula da Silva").
var nameParticles = map[string]bool{
	"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "van": true, "von": true, "der": true,
	"den": true, "de": true, "da": true, "di": true, "du": true, "del": true, "la": true, "le": true, "dos": true,
	"das": true, "ter": true, "y": true,
}

// nameParticle reports a particle at toks[i] that continues a name: a
// link word before a capitalised name, or "al-Majali", "el-Sisi".
func nameParticle(toks []token, i int) bool {
	w := toks[i].text
	if k := strings.IndexByte(w, '-'); k > 0 && nameParticles[w[:k]] && k+1 < len(w) && unicode.IsUpper(rune(w[k+1])) {
		return true
	}
	if w == "-" { // "al-Majali" comes as "al", "-", "Majali"
		return i > 0 && nameParticles[toks[i-1].text] && i+1 < len(toks) && isNameToken(toks[i+1])
	}
	return nameParticles[w] && i+1 < len(toks) && (isNameToken(toks[i+1]) || nameParticle(toks, i+1))
}

// koreanName reports whether toks[i:] starts a name like "Jong Tong-hak".
func koreanName(toks []token, i int) int {
	if i+1 >= len(toks) || !isNameToken(toks[i]) || !isNameToken(toks[i+1]) {
		return 0
	}
	w := toks[i+1].text
	k := strings.IndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) || !unicode.IsLower(rune(w[k+1])) || strings.Contains(toks[i].text, "-") {
		return 0
	}
	if len(toks[i].text) > 5 {
		return 0
	}
	return 2
}

// middleInitialName matches a person's name written with a middle
// initial the dictionary does not list ("Sergei V. Lavrov", "Wendy R.
// Sherman"): the first name, the initial, then the rest of the name.
// It returns the match and its length counting the initial, or nil.
func middleInitialName(toks []token, i int, d *Dictionary) (*dictMatch, int) {
	if i+2 >= len(toks) || !isNameToken(toks[i]) || !isInitial(toks[i+1]) {
		return nil, 0
	}
	rest := make([]token, 0, 4)
	rest = append(rest, toks[i])
	for k := i + 2; k < len(toks) && k < i+5; k++ {
		rest = append(rest, toks[k])
	}
	m, n := d.names.longest(rest, 0, textKey)
	if m == nil || n < 2 || m.entry.Kind != KindPerson {
		return nil, 0
	}
	return m, n + 1
}

// isInitial reports a capital letter with its period ("V.").
func isInitial(t token) bool {
	return len(t.text) == 2 && t.text[1] == '.' && t.text[0] >= 'A' && t.text[0] <= 'Z'
}

// currencyPrefix reports a dollar sign glued to the name before toks[k]
// ("US$", "NZ$", "HK$"): the name spells a currency.
func currencyPrefix(toks []token, k int) bool {
	return k > 0 && k < len(toks) && toks[k].text == "$" && toks[k].start == toks[k-1].end
}

// findMentions finds the actor mentions of a sentence and updates the
// document context with them.
func (x *Extractor) findMentions(s *sentence, st *docState) []*mention {
	toks := s.toks
	st.sentEnd = s.end
	var ms []*mention
	titles := map[int]titleAt{}
	// 1. Dictionary names, titles, pronouns, pair phrases, unknown names.
	for i := 0; i < len(toks); i++ {
		m, n := x.dict.names.longest(toks, i, textKey)
		if mi, ni := middleInitialName(toks, i, x.dict); mi != nil && ni > n {
			m, n = mi, ni
		}
		if m != nil && currencyPrefix(toks, i+n) {
			i += n - 1 // "US$30 million": a currency, not the state
			continue
		}
		if m != nil {
			mm := &mention{s: i, e: i + n, ent: m.entry, match: m.kind, head: i}
			switch m.kind {
			case matchDemonym:
				mm.kind = mkDemonym
			case matchMetonym:
				mm.kind = mkActor
				mm.place = joinTokens(toks[i : i+n])
			case matchCity:
				mm.kind = mkActor
				mm.place = joinTokens(toks[i : i+n])
				mm.city = true
			}
			ms = append(ms, mm)
			i += n - 1
			continue
		}
		if m, n := x.titles.longest(toks, i, lowerKey); m != nil {
			// "the leader" counts as a title only when lower case or before a name
			titles[i] = titleAt{i, i + n, x.roles[m.entry]}
			i += n - 1
			continue
		}
		if n := countryAnaphor(toks, i); n > 0 {
			ms = append(ms, &mention{s: i, e: i + n, kind: mkPronoun, pronoun: "country", head: i + 1})
			i += n - 1
			continue
		}
		if e := x.orgAnaphor(toks, i, st); e != nil {
			ms = append(ms, &mention{s: i, e: i + 2, kind: mkActor, ent: e, weak: true, head: i + 1})
			i++
			continue
		}
		if toks[i].lower == "their" && i+1 < len(toks) && theirStateNouns[toks[i+1].lower] {
			// "the three leaders ..., and their countries agreed": a group of states
			ms = append(ms, &mention{s: i, e: i + 2, kind: mkPair, pronoun: "their", head: i})
			i++
			continue
		}
		if m := x.personalStateAt(toks, i, ms); m != nil {
			ms = append(ms, m) // "his government", "X, whose government ...": the person's state
			i = m.e - 1
			continue
		}
		if pronouns[toks[i].lower] {
			ms = append(ms, &mention{s: i, e: i + 1, kind: mkPronoun, pronoun: toks[i].lower, head: i})
			continue
		}
		if n, size := groupAt(toks, i); n > 0 {
			ms = append(ms, &mention{s: i, e: i + n, kind: mkPair, pronoun: pairWord(toks, i, n), size: size, head: i})
			i += n - 1
			continue
		}
		if n := pairAt(toks, i); n > 0 && !(n == 2 && toks[i+1].lower == "leaders" && i+2 < len(toks) && (toks[i+2].lower == "of" || toks[i+2].text == ",")) {
			// ("the leaders of ..." is a title phrase, "the leaders, ..." a list)
			ms = append(ms, &mention{s: i, e: i + n, kind: mkPair, pronoun: pairWord(toks, i, n), head: i})
			i += n - 1
			continue
		}
		// "the North", "the South": the two Koreas in a text about them
		if e := x.koreaSide(toks, i, st); e != nil {
			ms = append(ms, &mention{s: i, e: i + 1, kind: mkActor, ent: e, head: i})
			continue
		}
		// Unknown person names: Korean-style hyphenated, or a capitalised
		// run right after a title.
		if n := koreanName(toks, i); n > 0 {
			ms = append(ms, x.unknownPerson(toks, i, i+n, st))
			i += n - 1
			continue
		}
		if n := apposName(toks, i, x.dict); n > 0 && !precededByTitle(toks, i, titles, ms) {
			// "Hiroaki Nakanishi, chairman of Keidanren": a name a post describes
			ms = append(ms, x.unknownPerson(toks, i, i+n, st))
			i += n - 1
			continue
		}
		if n := titleApposName(toks, i, titles, ms, x.dict); n > 0 {
			// "the representative of Japan, Koro Bessho, said": a name a
			// post before it describes
			ms = append(ms, x.unknownPerson(toks, i, i+n, st))
			i += n - 1
			continue
		}
		if i+1 < len(toks) && adminNouns[toks[i+1].lower] && isNameToken(toks[i]) {
			// "the Trump administration": a leader's surname naming his government
			if p := x.surname(toks[i].text, st, true, ms); p != nil {
				if h := x.homeState(p); h != nil {
					ms = append(ms, &mention{s: i, e: i + 2, kind: mkActor, ent: h, head: i})
					i++
					continue
				}
			}
		}
		if isNameToken(toks[i]) && precededByTitle(toks, i, titles, ms) {
			n := 1
			for i+n < len(toks) && n < 4 && (isNameToken(toks[i+n]) || nameParticle(toks, i+n)) {
				if m, _ := x.dict.names.longest(toks, i+n, textKey); m != nil {
					break
				}
				n++
			}
			for n > 1 && !isNameToken(toks[i+n-1]) && !strings.Contains(toks[i+n-1].text, "-") {
				n-- // a particle ends no name
			}
			if n == 1 {
				var roles []string
				for k := i - 1; k >= 0 && k >= i-4; k-- {
					if t, ok := titles[k]; ok && t.e == i {
						roles = t.roles
					}
				}
				if e := x.titledSurname(toks[i].text, roles, st, ms); e != nil {
					ms = append(ms, &mention{s: i, e: i + 1, kind: mkActor, ent: e, weak: true, head: i})
					continue
				}
				if e := x.surname(toks[i].text, st, true, ms); e != nil {
					ms = append(ms, &mention{s: i, e: i + 1, kind: mkActor, ent: e, weak: true, head: i})
					continue
				}
				if i+1 < len(toks) && toks[i+1].isCap() {
					continue
				}
			}
			ms = append(ms, x.unknownPerson(toks, i, i+n, st))
			i += n - 1
			continue
		}
		if isNameToken(toks[i]) && (i+1 >= len(toks) || !toks[i+1].isCap()) {
			if e := x.surname(toks[i].text, st, false, ms); e != nil {
				ms = append(ms, &mention{s: i, e: i + 1, kind: mkActor, ent: e, weak: true, head: i})
			}
		}
	}
	for _, m := range ms {
		if m.e < len(toks) && (toks[m.e].text == "'s" || toks[m.e].text == "'") {
			m.poss = true
		}
	}
	// "the DPRK-U.S. joint statement", "China-Russia relations": names
	// joined by a hyphen modify a noun; they are not actors of a clause
	for _, m := range ms {
		for _, n := range ms {
			if n.s == m.e+1 && m.e < len(toks) && toks[m.e].text == "-" && m.e == n.s-1 {
				m.compound, n.compound = true, true
			}
		}
	}
	// "on the sidelines of the G20 summit", "the NATO summit in Vilnius": a
	// grouping that names a gathering is its venue, not a party to it
	for _, m := range ms {
		if m.ent != nil && m.ent.Kind == KindOrganization && !m.compound && (m.e < len(toks) && venueNouns[strings.TrimSuffix(toks[m.e].lower, "s")] || venueOf(toks, m.s) || membersGathering(toks, m.e)) {
			m.compound = true
		}
	}
	// "UN sanctions", "a U.N. arms embargo": the Security Council's acts
	for _, m := range ms {
		if m.ent != nil && m.ent.ID == "united-nations" && m.e < len(toks) && (councilActs[toks[m.e].lower] || m.e+1 < len(toks) && toks[m.e].lower == "arms" && toks[m.e+1].lower == "embargo") {
			if c := x.dict.byID["un-security-council"]; c != nil {
				m.ent = c
			}
		}
	}
	// "the Moon Jae-in administration", "the Kishida government": a
	// leader's name before a government noun stands for his state
	for _, m := range ms {
		if m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson && m.e < len(toks) && adminNouns[toks[m.e].lower] {
			if h := x.homeState(m.ent); h != nil {
				m.ent, m.e = h, m.e+1
			}
		}
	}
	// 2. Composites: [state|demonym|poss] [title] [person] -> person;
	// [state|demonym] [title] -> role; [demonym|state] [sector] -> state.
	titleBefore := func(pos int) (titleAt, bool) {
		// the title (after optional "former"/"then") ending right before pos
		for k := pos - 1; k >= 0 && k >= pos-6; k-- {
			if t, ok := titles[k]; ok && t.e == pos {
				return t, true
			}
		}
		return titleAt{}, false
	}
	var out []*mention
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson {
			// absorb a preceding title chain and state
			start := m.s
			for {
				if t, ok := titleBefore(start); ok {
					start = t.s
					continue
				}
				if ts := titleComplementStart(toks, start, titles, ms); ts >= 0 {
					start = ts
					continue
				}
				if start > 0 && (toks[start-1].lower == "former" || toks[start-1].lower == "then" || toks[start-1].lower == "late") {
					start--
					continue
				}
				break
			}
			// mentions inside the absorbed title chain belong to it; a role
			// ("Chinese ambassador") that the chain starts inside gives its start
			for start < m.s && len(out) > 0 && out[len(out)-1].e > start {
				prev := out[len(out)-1]
				if prev.s < start {
					if prev.kind != mkRole {
						break
					}
					start = prev.s
				}
				out = out[:len(out)-1]
			}
			if start < m.s && len(out) > 0 {
				prev := out[len(out)-1]
				if prev.e == start || (prev.e+1 == start && toks[prev.e].text == "'s") {
					if prev.kind == mkActor && !prev.poss && gluedToPhrase(toks, prev, m) {
						// "on a visit to Russia President X expressed": the state ends
						// a fronted phrase whose comma is missing; X starts the clause
					} else if prev.kind == mkDemonym || (prev.kind == mkActor && prev.ent.Kind != KindPerson && (prev.poss || prev.e == start)) {
						start = prev.s
						out = out[:len(out)-1]
						if prev.ent != nil && prev.ent.Kind == KindCountry {
							m.state = prev.ent // "Russian President X" names Russia too
						}
					}
				} else if prev.kind == mkPronoun && prev.e == start {
					start = prev.s
					out = out[:len(out)-1]
				}
			}
			m.s = start
			out = append(out, m)
			continue
		}
		if r := x.orgTitle(toks, m, titles, ms, k, st); r != nil {
			out = append(out, r) // "the NATO secretary general": the holder
			continue
		}
		if r := x.chiefOf(toks, m, st); r != nil {
			out = append(out, r) // "the UN chief", "the Kremlin chief": the head
			continue
		}
		if c := counterpartMention(toks, m, out); c != nil {
			out[len(out)-1] = c // "his Chinese counterpart": replaces the pronoun
			continue
		}
		if m.kind == mkDemonym || (m.kind == mkActor && m.ent != nil && m.ent.Kind == KindCountry && !m.city) {
			e := m.e
			if m.poss {
				e++
			}
			if t, ok := titles[e]; ok && len(t.roles) > 0 {
				// unless a person name follows (handled when we reach it)
				if k+1 < len(ms) && ms[k+1].s == t.e && ms[k+1].kind == mkActor && ms[k+1].ent.Kind == KindPerson {
					out = append(out, m)
					continue
				}
				if !strings.HasSuffix(toks[t.e-1].lower, "s") || toks[t.e-1].lower == "ministers" {
					out = append(out, &mention{s: m.s, e: t.e, kind: mkRole, state: m.ent, roles: t.roles, head: t.s})
					continue
				}
			}
			if _, n := x.sectors.longest(toks, e, lowerKey); n > 0 {
				out = append(out, &mention{s: m.s, e: e + n, kind: mkActor, ent: m.ent, head: m.s})
				continue
			}
			// "senior Russian officials": adjective then sector;
			// "South Korean naval vessels": a state-service modifier between
			if e+1 < len(toks) {
				if _, n := x.sectors.longest(toks, e+1, lowerKey); n > 0 && !toks[e].isCap() && (m.kind == mkDemonym || serviceModifiers[toks[e].lower]) {
					out = append(out, &mention{s: m.s, e: e + 1 + n, kind: mkActor, ent: m.ent, head: m.s})
					continue
				}
			}
		}
		out = append(out, m)
	}
	// "the Chinese and Russian navies", "American, British and French
	// jets": a demonym coordinated with one that heads a sector, or with
	// one so promoted, stands for its state too
	promoted := map[*mention]bool{}
	for k := len(out) - 2; k >= 0; k-- {
		m, n := out[k], out[k+1]
		if m.kind != mkDemonym || m.e+1 != n.s || m.e >= len(toks) || toks[m.e].lower != "and" && (toks[m.e].text != "," || !promoted[n]) || n.kind != mkActor || n.ent == nil || n.ent.Kind != KindCountry || n.head != n.s {
			continue
		}
		if !promoted[n] {
			if mm := mentionEndingAt(ms, n.s+1); n.e-n.s < 2 || mm == nil || mm.kind != mkDemonym {
				continue // n is "Russian navies", not "Russia's navy"
			}
		}
		c := *m
		c.kind = mkActor
		out[k] = &c
		promoted[&c] = true
	}
	// "the leader of North Korea": title of state -> role
	for k, m := range out {
		if m.kind == mkActor && m.ent != nil && m.ent.Kind == KindCountry && !m.city && m.s >= 2 && toks[m.s-1].lower == "of" {
			if t, ok := titleBefore(m.s - 1); ok && len(t.roles) > 0 && !strings.HasSuffix(toks[t.e-1].lower, "s") {
				out[k] = &mention{s: t.s, e: m.e, kind: mkRole, state: m.ent, roles: t.roles, head: t.s}
			}
		}
	}
	// "the prime ministers of Latvia, Finland and Chile": a plural title
	// over coordinated states names each state's role holder, never the
	// state itself; a holder the dictionary does not know stays unresolved
	for k := 0; k < len(out); k++ {
		m := out[k]
		if m.kind != mkActor || m.ent == nil || m.ent.Kind != KindCountry || m.city || m.s < 2 || toks[m.s-1].lower != "of" {
			continue
		}
		s, roles := x.pluralTitleBefore(toks, m.s-1)
		if roles == nil {
			continue
		}
		out[k] = &mention{s: s, e: m.e, kind: mkRole, state: m.ent, roles: roles, head: s}
		end := m.e
		for j := k + 1; j < len(out); j++ {
			n := out[j]
			q := end
			for q < n.s && (toks[q].text == "," || toks[q].lower == "and") {
				q++
			}
			if q != n.s || q == end || n.kind != mkActor || n.ent == nil || n.ent.Kind != KindCountry || n.city {
				break
			}
			out[j] = &mention{s: n.s, e: n.e, kind: mkRole, state: n.ent, roles: roles, head: n.s}
			end = n.e
			k = j
		}
	}
	// "the government of Russia", "... and others of Russia": the group
	// stands for its state
	for k, m := range out {
		if m.kind != mkActor || m.ent == nil || m.ent.Kind != KindCountry || m.city || m.s < 2 || toks[m.s-1].lower != "of" {
			continue
		}
		g := toks[m.s-2]
		if _, n := x.sectors.longest(toks, m.s-2, lowerKey); n == 1 || groupWords[g.lower] {
			c := *m
			c.s, c.head = m.s-2, m.s-2
			if c.s > 0 && toks[c.s-1].lower == "the" {
				c.s--
			}
			out[k] = &c
		}
	}
	// "the foreign ministry in Kyiv", "the authorities in Beijing": an
	// organ of government placed in a capital is that state's
	for k, m := range out {
		if s := capitalOrganStart(toks, m, x.sectors); s >= 0 {
			c := *m
			c.s, c.head = s, s
			out[k] = &c
		}
	}
	// "the (top) presidents of both states": a pair of role holders
	for _, m := range out {
		if m.kind != mkPair || m.s < 2 || toks[m.s-1].lower != "of" || (m.pronoun != "countries" && m.pronoun != "nations" && m.pronoun != "states" && m.pronoun != "sides") {
			continue
		}
		if s, roles := x.pluralTitleBefore(toks, m.s-1); roles != nil {
			m.s, m.roles = s, roles
		}
	}
	// Demonyms that modify other nouns are not actors.
	ms = ms[:0]
	for _, m := range out {
		if m.kind != mkDemonym {
			ms = append(ms, m)
		}
	}
	// 3. Appositives: "X, the director of Y," and "X, Russia's foreign
	// minister," describe X; mentions inside them are not actors.
	for k, m := range ms {
		if m.kind != mkActor || m.ent == nil || m.ent.Kind != KindPerson || m.e >= len(toks) || toks[m.e].text != "," {
			continue
		}
		j := m.e + 1
		isAppos := false
		for q := j; q < len(toks) && q < j+4; q++ {
			if _, ok := titles[q]; ok || isApposNoun(toks[q]) && !toks[q].isCap() {
				isAppos = true
				break
			}
			if toks[q].text == "," {
				break
			}
		}
		if !isAppos {
			continue
		}
		end := j
		for end < len(toks) && toks[end].text != "," && toks[end].text != "." && toks[end].text != ";" {
			end++
		}
		named := false
		for _, n := range ms[k+1:] {
			if n.s >= j && n.e <= end && n.kind == mkActor && n.ent != nil && n.ent.Kind == KindPerson && !complementBefore(toks, j, n.s) {
				// "A, U.S. President B and C": a list, not an appositive;
				// but "A, an envoy of leader B," describes A by B
				named = true
			}
		}
		for _, n := range ms[k+1:] {
			if n.s >= j && n.e <= end && !named {
				n.appos = true
			}
		}
	}
	// 3b. Names inside the title of a document ("the DPRK-Russia Moscow
	// Declaration", "the Japan-China Joint Statement") are not actors.
	for _, m := range ms {
		if m.e > m.s && docTitleNouns[toks[m.e-1].text] && (m.ent == nil || x.dict.byID[m.ent.ID] == nil) {
			m.appos, m.inTitle = true, true // an unknown name ending in "Accord" is a document's
			continue
		}
		for q := m.e; q < len(toks) && q < m.e+5; q++ {
			w := toks[q]
			if docTitleNouns[w.text] {
				m.appos, m.inTitle = true, true
				break
			}
			if !(w.isCap() || w.text == "-" || (w.lower == "of" || w.lower == "on" || w.lower == "and" || w.lower == "for") && q+1 < len(toks) && toks[q+1].isCap()) {
				break // "the General Security of Military Information Agreement"
			}
		}
	}
	// 3b'. "Ishiba's predecessor Fumio Kishida", "Lee's conservative
	// predecessor", "Kishida's longtime adviser Taro Aso": the possessor of
	// a relational noun only says whose; the person it names is the actor.
	for _, m := range ms {
		if (m.poss || personPossessor(toks, m)) && relationalAfter(toks, m.e+1) || personPossessor(toks, m) && staffAfter(toks, m.e+1) {
			m.appos, m.noted = true, true
		}
	}
	// 3b''. "X will send tanks to Y, Chancellor Z announced": the speaker
	// of a trailing attribution reports the clause; he is no party to it.
	for _, m := range trailingSpeakers(toks, ms) {
		m.appos, m.noted = true, true
	}
	// 3c. A definite bare title ("the president paid a call", "The Supreme
	// Leader left") refers back to the last person named who holds it.
	for i := 1; i < len(toks); i++ {
		t, ok := titles[i]
		if !ok || (toks[i-1].lower != "the") || t.e >= len(toks) || len(t.roles) == 0 {
			continue
		}
		if w := toks[t.e]; w.lower == "of" || w.lower == "to" || w.text == "-" || w.text == "," && i >= 2 || w.isCap() || w.lower == "and" {
			continue
		}
		covered := false
		for _, m := range ms {
			if m.s < t.e && i < m.e {
				covered = true
			}
		}
		if covered {
			continue
		}
		e := st.subjectHolding(t.roles)
		if e == nil {
			e = x.lastHolder(st, ms, "", t.roles, i, strings.ToLower(joinTokens(toks[i:t.e])))
		}
		if e != nil {
			ms = append(ms, &mention{s: i - 1, e: t.e, kind: mkActor, ent: e, weak: true, head: i})
		}
	}
	sortMentions(ms)
	// 4. Resolve pronouns, pairs and roles with the context; record.
	for _, m := range ms {
		m.text = joinTokens(toks[m.s:m.e])
		switch m.kind {
		case mkRole:
			if m.owner != nil && !x.counterpartRoles(m, toks, ms, st) {
				m.kind = mkTitle // whose counterpart, or in what post, is unknown
				break
			}
			// "the Russian minister": a generic title refers back to the
			// last person of that state named in the document
			if len(m.roles) == 1 && (m.roles[0] == "minister" || m.roles[0] == "official") {
				if e := x.lastHolder(st, ms, m.state.ID, m.roles, m.s, ""); e != nil {
					m.ent, m.kind = e, mkActor
					break
				}
			}
			if m.s > 0 && indefinites[toks[m.s-1].lower] {
				// "X arrived, the first visit by an Iranian head of state":
				// the holder named in the sentence, else anyone who held it
				m.ent, m.kind = sentenceHolder(ms, m, st.pubStr), mkActor
				if m.ent == nil {
					m.kind = mkTitle
				}
				break
			}
			m.ent = x.dict.holder(m.state.ID, m.roles, st.pubStr)
			if m.ent != nil && (sharedRoles[m.roles[0]] || strings.HasPrefix(m.roles[0], notePrefix)) && x.dict.holders2(m.state.ID, m.roles[0], st.pubStr) {
				m.ent, m.kind = nil, mkTitle // "the US ambassador": one of many, unless the text names him
			}
		case mkPronoun:
			m.ent = x.resolvePronoun(m, toks, ms, st)
			m.weak = true
			if m.stateOf {
				m.ent, m.kind = x.homeState(m.ent), mkActor // "his government": the state he serves
				break
			}
			if m.pronoun == "they" {
				st.theyGroup(m)
			}
		case mkPair:
			if m.pronoun == "their" {
				m.group = x.theirStates(ms, m, st)
				m.pair = [2]*Entry{}
				if len(m.group) >= 2 {
					m.pair = [2]*Entry{m.group[0], m.group[1]}
				}
				if len(m.group) == 2 {
					m.group = nil
				}
				m.weak = true
				break
			}
			if m.size > 2 {
				m.group = x.groupFor(st, m.pronoun, m.size)
				m.pair = [2]*Entry{}
				if m.group != nil {
					m.pair = [2]*Entry{m.group[0], m.group[1]}
				}
				m.weak = true
				break
			}
			m.pair = x.pairFor(st, m.pronoun)
			m.weak = true
			if len(m.roles) > 0 {
				for i, p := range m.pair {
					if p != nil {
						m.holders[i] = x.dict.holder(p.ID, m.roles, st.pubStr)
					}
				}
				if m.holders[0] == nil || m.holders[1] == nil {
					m.pair = [2]*Entry{}
				}
			}
		}
		if m.city {
			st.count(m.ent, m.text) // a place: not a state the text goes on about
			continue
		}
		if m.ent != nil && m.ent.Kind == KindCountry && m.s >= 2 && toks[m.s-1].text == "," {
			if c := mentionEndingAt(ms, m.s-1); c != nil && c.city {
				st.count(m.ent, m.text) // "in Bali, Indonesia": the city's country, a place too
				continue
			}
		}
		if m.ent != nil && (!m.appos || m.inTitle || m.noted) && m.kind != mkPronoun {
			if m.kind == mkActor && m.state != nil {
				st.states = append(st.states, m.state)
				st.nationality = append(st.nationality, len(st.states)-1)
			}
			st.note(m.ent, m.text)
		}
	}
	st.notePluralSubject(toks, ms)
	sm := mainSubject(toks, len(toks), ms)
	if sm == nil {
		sm = openingPersonSubject(toks, ms)
	}
	if sm != nil && sm.ent != nil && sm.ent.Kind == KindPerson {
		st.lastSubj, st.lastSubjIndex = sm.ent, st.sentIndex
	} else if sm != nil && sm.ent != nil && (sm.ent.Kind == KindCountry || sm.ent.Kind == KindOrganization) && !sm.city {
		st.lastState, st.lastStateIndex = sm.ent, st.sentIndex
	}
	return ms
}

// irregularReport are more irregular past forms that follow a subject
// in reports ("Blinken sent", "Kishida sought").
var irregularReport = map[string]bool{"sent": true, "wrote": true, "sought": true, "brought": true, "paid": true,
	"threw": true, "drew": true, "led": true, "stood": true}

// openingPersonSubject returns the person who opens the sentence before
// an irregular past verb ("Blinken told Wang that ..."): the subject a
// "He" of the next sentence continues, where mainSubject, which knows
// few irregular verbs, found none.
func openingPersonSubject(toks []token, ms []*mention) *mention {
	if len(ms) == 0 || !namedPerson(ms[0]) || ms[0].appos {
		return nil
	}
	m := ms[0]
	if m.s > 1 || m.s == 1 && !determiners[toks[0].lower] || m.e >= len(toks) || !irregularPast[toks[m.e].lower] && !irregularReport[toks[m.e].lower] {
		return nil
	}
	return m
}

// notePluralSubject remembers the parties of a sentence's plural
// subject: a pair or group phrase ("The leaders expressed ...") or names
// coordinated by "and" ("Biden and Kishida held talks") opening the
// sentence or its main clause, right before the verb.
func (st *docState) notePluralSubject(toks []token, ms []*mention) {
	for _, m := range ms {
		if !eligible(toks, m) || m.ent == nil && m.kind != mkPair && m.kind != mkPronoun {
			continue
		}
		if m.s > 0 && toks[m.s-1].text != "," && !(m.s == 1 && determiners[toks[0].lower]) {
			continue
		}
		var group []*Entry
		end := m.e
		switch {
		case len(m.group) > 0:
			group = m.group
		case m.kind == mkPair || m.kind == mkPronoun:
			if m.pair[0] != nil {
				group = []*Entry{m.pair[0], m.pair[1]}
			}
		default:
			for _, c := range coordRight(toks, m, ms) {
				if c.ent != nil && !hasEntry(group, c.ent) {
					group = append(group, c.ent)
				}
				end = c.e
			}
		}
		if len(group) >= 2 && verbAfter(toks, end) {
			st.lastGroup, st.lastGroupIndex = group, st.sentIndex
		}
		return
	}
}

// subjectPosition reports a mention that may open a list of subjects:
// at the start of its clause, after a comma, "and" or a clause opener,
// not after a verb or preposition whose object it is.
func subjectPosition(toks []token, m *mention) bool {
	k := m.s - 1
	for k >= 0 && determiners[toks[k].lower] {
		k--
	}
	if k < 0 {
		return true
	}
	w := toks[k].lower
	return toks[k].text == "," || w == "and" || clauseBoundary[w] || subordinators[w] || adverbs[w]
}

// relativeAntecedentAfterPrep reports a person or state named after a
// preposition ("a meeting with X, who ...") that a relative clause
// describes: the subject of the clause although the object of the
// preposition.
func relativeAntecedentAfterPrep(toks []token, m *mention) bool {
	if m.ent == nil || m.appos || m.city || m.kind == mkDemonym || m.kind == mkPronoun || m.s == 0 {
		return false
	}
	if m.ent.Kind != KindPerson && m.ent.Kind != KindCountry && m.ent.Kind != KindOrganization {
		return false
	}
	k := m.s - 1
	for k > 0 && determiners[toks[k].lower] {
		k--
	}
	return prepositions[toks[k].lower]
}

// ownerNamedAfter reports "by" or "from" and a capitalised name at toks[k]
// ("the proposal by France", "the offer from the EU"): a noun whose author
// is named, not left to the memory of earlier ones.
func ownerNamedAfter(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].lower != "by" && toks[k].lower != "from" {
		return false
	}
	j := skipDeterminers(toks, k+1)
	return j < len(toks) && toks[j].isCap()
}

// skipDeterminers returns the first token at or after k that is no
// determiner.
func skipDeterminers(toks []token, k int) int {
	for k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	return k
}

// theirStateNouns, after "their", name the states of the parties just
// named: "their countries agreed".
var theirStateNouns = map[string]bool{"countries": true, "nations": true, "governments": true, "states": true}

// theirStates resolves "their countries" to the states of the last plural
// party before it in the sentence (a pair or group phrase, or names
// coordinated by "and"), else of the plural subject of the sentence
// before; nil when fewer than two states result.
func (x *Extractor) theirStates(ms []*mention, m *mention, st *docState) []*Entry {
	var parties []*Entry
	for _, n := range ms {
		if n.s >= m.s || n == m {
			break
		}
		switch {
		case len(n.group) > 0:
			parties = n.group
		case n.kind == mkPair && n.pair[0] != nil:
			parties = []*Entry{n.pair[0], n.pair[1]}
		}
	}
	if parties == nil && st.lastGroupIndex == st.sentIndex-1 {
		parties = st.lastGroup
	}
	var states []*Entry
	for _, e := range parties {
		if e.Kind == KindPerson {
			e = x.homeState(e)
		}
		if e != nil && e.Kind == KindCountry && !hasEntry(states, e) {
			states = append(states, e)
		}
	}
	if len(states) < 2 {
		return nil
	}
	return states
}

// verbAfter reports a verb at toks[e], after adverbs.
func verbAfter(toks []token, e int) bool {
	for e < len(toks) && adverbs[toks[e].lower] && !auxWords[toks[e].lower] {
		e++
	}
	return e < len(toks) && (auxWords[toks[e].lower] || verbLike(toks[e]) || pastVerb(toks[e]))
}

// theyGroup resolves a "they" opening a sentence to the plural subject of
// the sentence before: "The leaders expressed concern ... . They also
// condemned X" is both leaders.
func (st *docState) theyGroup(m *mention) {
	if m.s > 2 || len(st.lastGroup) < 2 || st.lastGroupIndex != st.sentIndex-1 {
		return
	}
	m.pair = [2]*Entry{st.lastGroup[0], st.lastGroup[1]}
	if len(st.lastGroup) > 2 {
		m.group = st.lastGroup
	}
}

// sentenceHolder returns the person named before the role mention m in
// its sentence who held one of its roles in its state at date, or nil.
func sentenceHolder(ms []*mention, m *mention, date string) *Entry {
	for _, n := range ms {
		if n.s >= m.s || n.kind != mkActor || n.ent == nil || n.ent.Kind != KindPerson {
			continue
		}
		for _, a := range n.ent.Affiliations {
			for _, r := range m.roles {
				if a.Org == m.state.ID && a.Role == r && (date == "" || within(date, a.From, a.To)) {
					return n.ent
				}
			}
		}
	}
	return nil
}

// indefinites make a title generic: "an Iranian head of state" is not the
// one in office.
var indefinites = map[string]bool{"a": true, "an": true, "any": true, "another": true, "every": true, "no": true}

// sharedRoles are held by several persons of a state at once (ambassadors
// to different states, envoys, ministers): a bare title with one of them
// names nobody in particular.
var sharedRoles = map[string]bool{"ambassador": true, "envoy": true, "official": true, "minister": true,
	"vice-minister": true, "spokesperson": true}

// apposNouns head a post that describes the name before them: "X,
// chairman of Y", "X, the head of Y".
var apposNouns = map[string]bool{
	"chairman": true, "chairwoman": true, "chair": true, "head": true, "director": true, "chief": true, "president": true,
	"governor": true, "secretary": true, "minister": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"ambassador": true, "envoy": true, "ceo": true, "founder": true, "commander": true, "deputy": true, "vice": true,
	"executive": true, "leader": true, "mayor": true, "editor": true, "adviser": true, "advisor": true,
}

// adminNouns name the government a leader heads: "the Biden
// administration", "the Abe cabinet".
var adminNouns = map[string]bool{"administration": true, "government": true, "cabinet": true, "regime": true,
	"group": true, "clique": true} // (KCNA: "the Park Geun Hye group of traitors")

// attributionVerbs report speech in a trailing attribution.
var attributionVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "told": true, "added": true, "stated": true, "noted": true,
	"wrote": true, "reported": true, "confirmed": true, "insisted": true, "explained": true, "tweeted": true,
	"declared": true, "quoted": true,
}

// trailingSpeakers returns the mentions naming the speaker (and the
// listener of "told") of a sentence-final attribution after the last
// comma: ", Chancellor X announced on Wednesday.", ", spokesman Y told
// reporters.", ", said X.", ", according to X.". The attribution must end
// the sentence: a short tail with no "that", quotation or other actor.
func trailingSpeakers(toks []token, ms []*mention) []*mention {
	c := -1
	for k := len(toks) - 2; k >= 1; k-- {
		if toks[k].text == "," && !(isDigits(toks[k-1].text) && isDigits(toks[k+1].text)) { // not "May 3, 2023"
			c = k
			break
		}
	}
	if c < 2 {
		return nil
	}
	v := -1
	for k := c + 1; k < len(toks) && k <= c+8; k++ {
		if attributionVerbs[toks[k].lower] || toks[k].lower == "according" && k+1 < len(toks) && toks[k+1].lower == "to" {
			v = k
			break
		}
	}
	if v < 0 {
		return nil
	}
	var before, after []*mention
	for _, m := range ms {
		switch {
		case m.s > c && m.e <= v:
			before = append(before, m)
		case m.s > v:
			after = append(after, m)
		}
	}
	end := len(toks)
	if toks[end-1].text == "." {
		end--
	}
	for q := v + 1; q < end; q++ {
		if w := toks[q].lower; w == "that" || w == "\"" || w == "which" || w == "would" || w == "will" {
			return nil
		}
	}
	if len(before) > 0 {
		// ", Chancellor X announced on Wednesday": only a post and names before the verb
		for q := c + 1; q < before[0].s; q++ {
			if w := toks[q]; !w.isCap() && !determiners[w.lower] && !postModifiers[w.lower] && !speakerPostWords[w.lower] {
				return nil
			}
		}
		if end-v > 8 || len(after) > 1 || len(after) == 1 && toks[v].lower != "told" {
			return nil
		}
		return append(before, after...)
	}
	// ", said X." and ", according to X.": the speaker right after, then
	// a short tail
	if len(after) != 1 || end-after[0].e > 6 {
		return nil
	}
	for q := v + 1; q < after[0].s; q++ {
		if w := toks[q]; w.lower != "to" && !w.isCap() && !determiners[w.lower] && !postModifiers[w.lower] && !speakerPostWords[w.lower] {
			return nil
		}
	}
	return after
}

// speakerPostWords are lower-case words of a speaker's post before his name
// (", foreign ministry spokesman Wang Wenbin said").
var speakerPostWords = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "ministry": true, "minister": true,
	"president": true, "presidential": true, "secretary": true, "official": true, "officials": true,
	"ambassador": true, "envoy": true, "chancellor": true, "premier": true, "leader": true, "general": true,
	"press": true, "deputy": true, "foreign": true, "defense": true, "defence": true, "government": true,
	"chief": true, "state": true,
}

// relationalNouns name a person by his relation to another ("Lee's
// predecessor", "Xi's wife"): the other is never the actor meant.
var relationalNouns = map[string]bool{
	"predecessor": true, "predecessors": true, "successor": true, "successors": true, "counterpart": true,
	"counterparts": true, "wife": true, "husband": true, "widow": true, "son": true, "daughter": true,
	"sister": true, "brother": true, "father": true, "mother": true, "aide": true, "aides": true,
	"adviser": true, "advisers": true, "advisor": true, "advisors": true, "confidant": true, "protege": true,
	"protégé": true, "rival": true, "opponent": true, "challenger": true, "circle": true, "ally": true,
	"allies": true, "associate": true, "associates": true, "cronies": true, "family": true, "relatives": true,
	"entourage": true, "friend": true, "friends": true, "loyalists": true, "children": true, "nephew": true,
	"niece": true, "cousin": true, "uncle": true, "son-in-law": true, "daughter-in-law": true, "founder": true,
}

// personPossessor reports a person, named or by title, followed by 's:
// "the Ukrainian president's", "Putin's".
func personPossessor(toks []token, m *mention) bool {
	if m.e >= len(toks) || toks[m.e].text != "'s" {
		return false
	}
	return m.kind == mkRole || m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson
}

// staffNouns are posts that serve a person ("the president's spokesman",
// "the leader's chief of staff"): their holder, not the person, acts.
// (Said of a state, "China's envoy", they are the state's own posts.)
var staffNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "envoy": true,
	"envoys": true, "secretary": true, "lawyer": true, "lawyers": true, "bodyguards": true, "representative": true}

// staffAfter reports a staff noun at toks[i] after at most two lower-case
// modifiers, or "chief of staff".
func staffAfter(toks []token, i int) bool {
	for q := i; q < len(toks) && q <= i+2; q++ {
		w := toks[q]
		if staffNouns[w.lower] || w.lower == "chief" && q+2 < len(toks) && toks[q+1].lower == "of" && toks[q+2].lower == "staff" {
			return true
		}
		if !w.isWord() || w.isCap() || clauseBoundary[w.lower] || prepositions[w.lower] || w.lower == "and" || w.lower == "or" {
			return false
		}
	}
	return false
}

// relationalAfter reports whether a relational noun follows at toks[i],
// after at most two lower-case modifiers ("conservative", "long-time").
func relationalAfter(toks []token, i int) bool {
	for q := i; q < len(toks) && q <= i+2; q++ {
		w := toks[q]
		if relationalNouns[w.lower] {
			return true
		}
		if !w.isWord() || w.isCap() || clauseBoundary[w.lower] || prepositions[w.lower] || w.lower == "and" || w.lower == "or" {
			return false
		}
	}
	return false
}

// complementBefore reports an "of", "to" or "for" in toks[s:e]: a name
// after it completes a post ("an envoy of leader B") rather than being
// the post's holder.
func complementBefore(toks []token, s, e int) bool {
	for q := s; q < e; q++ {
		if w := toks[q].lower; w == "of" || w == "to" || w == "for" {
			return true
		}
	}
	return false
}

// isApposNoun reports a post noun, hyphenated ones by their head
// ("director-general", "commander-in-chief").
func isApposNoun(t token) bool {
	w := t.lower
	if k := strings.IndexByte(w, '-'); k > 0 {
		w = w[:k]
	}
	return apposNouns[w]
}

// unknownNameRun counts the name-like words at toks[i] (up to four), or 0
// when one of them starts a name the dictionary knows.
func unknownNameRun(toks []token, i int, d *Dictionary) int {
	n := 0
	for i+n < len(toks) && n < 4 && isNameToken(toks[i+n]) {
		if m, _ := d.names.longest(toks, i+n, textKey); m != nil {
			return 0
		}
		n++
	}
	return n
}

// apposName returns the length of an unknown name of two or three words
// at toks[i] that a post follows after a comma ("Hiroaki Nakanishi,
// chairman of ..."), or 0.
func apposName(toks []token, i int, d *Dictionary) int {
	if i > 0 && (toks[i-1].isCap() && toks[i-1].isWord() || toks[i-1].text == "-") {
		return 0
	}
	n := unknownNameRun(toks, i, d)
	if n < 2 || n > 3 || i+n+1 >= len(toks) || toks[i+n].text != "," {
		return 0
	}
	j := i + n + 1
	for j < len(toks) && (toks[j].lower == "the" || toks[j].lower == "a" || toks[j].lower == "former" || toks[j].lower == "then") {
		j++
	}
	// "X Y, the U.S. assistant secretary of state,": up to three words
	// (a state, modifiers) before the post
	for q := j; q < len(toks) && q <= j+3; q++ {
		if isApposNoun(toks[q]) {
			return n
		}
		if !toks[q].isWord() || !toks[q].isCap() && !postModifiers[toks[q].lower] {
			return 0
		}
	}
	return 0
}

// postModifiers qualify a post in an appositive: "the U.S. assistant
// secretary", "Japan's top envoy".
var postModifiers = map[string]bool{
	"assistant": true, "senior": true, "top": true, "acting": true, "special": true, "principal": true,
	"foreign": true, "defense": true, "defence": true, "national": true, "security": true, "trade": true,
	"finance": true, "prime": true, "state": true, "first": true, "chief": true, "deputy": true, "vice": true,
	"'s": true, "longtime": true, "veteran": true, "newly": true, "appointed": true,
}

// titleApposName returns the length of an unknown name of two or three
// words at toks[i] set off by commas right after a title ("Japan's
// envoy, Koro Bessho,", "the representative of Japan, Koro Bessho,"), or 0.
func titleApposName(toks []token, i int, titles map[int]titleAt, ms []*mention, d *Dictionary) int {
	if i < 2 || toks[i-1].text != "," || !precededByTitle(toks, i-1, titles, ms) {
		return 0
	}
	n := unknownNameRun(toks, i, d)
	if n < 2 || n > 3 || i+n < len(toks) && toks[i+n].text != "," && toks[i+n].text != "." {
		return 0
	}
	return n
}

// koreaSide resolves a capitalised "North" or "South" after "the" and
// before no other name to North or South Korea, once the document has
// named either Korea; else nil.
func (x *Extractor) koreaSide(toks []token, i int, st *docState) *Entry {
	w := toks[i].text
	if w != "North" && w != "South" || i == 0 || toks[i-1].lower != "the" || i+1 < len(toks) && (toks[i+1].isCap() || toks[i+1].text == "-") {
		return nil
	}
	if st.counts["north-korea"] == nil && st.counts["south-korea"] == nil {
		return nil
	}
	id := "north-korea"
	if w == "South" {
		id = "south-korea"
	}
	return x.dict.byID[id]
}

// lastHolder returns the most recently named person (earlier in the
// document, or in this sentence before pos) who holds one of roles, in
// state when state is not "": "minister" also matches "foreign-minister".
// A title of several words ("supreme leader") first looks for a person
// whose affiliation is noted with it.
func (x *Extractor) lastHolder(st *docState, ms []*mention, state string, roles []string, pos int, phrase string) *Entry {
	persons := st.persons
	for _, m := range ms {
		if m.s < pos && m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson {
			persons = append(persons[:len(persons):len(persons)], m.ent)
		}
	}
	if strings.Contains(phrase, " ") {
		for k := len(persons) - 1; k >= 0 && k >= len(persons)-12; k-- {
			for _, a := range persons[k].Affiliations {
				if strings.Contains(strings.ToLower(a.Note), phrase) && (st.pubStr == "" || within(st.pubStr, a.From, a.To)) {
					return persons[k]
				}
			}
		}
	}
	for _, r := range roles { // the most specific role first
		for k := len(persons) - 1; k >= 0 && k >= len(persons)-12; k-- {
			p := persons[k]
			for _, a := range p.Affiliations {
				if state != "" && a.Org != state {
					if o := x.dict.byID[a.Org]; o == nil || o.Parent != state {
						continue
					}
				}
				if a.fits(r) || strings.HasSuffix(a.Role, "-"+r) || r == "official" {
					if st.pubStr == "" || within(st.pubStr, a.From, a.To) || r == "official" || r == "minister" {
						return p
					}
				}
			}
		}
	}
	return nil
}

// subjectHolding returns the person who was the subject of one of the two
// sentences before when he held one of roles at the published date: "X
// met Y. Iran criticised the president" is X, the one the text is about,
// even if Y was named last and holds a title of the same name.
func (st *docState) subjectHolding(roles []string) *Entry {
	p := st.lastSubj
	if p == nil || st.lastSubjIndex < st.sentIndex-2 {
		return nil
	}
	for _, a := range p.Affiliations {
		for _, r := range roles {
			if a.fits(r) && r != "official" && (st.pubStr == "" || within(st.pubStr, a.From, a.To)) {
				return p
			}
		}
	}
	return nil
}

// orgTitleRoles are posts an organisation has one holder of at a time.
var orgTitleRoles = map[string]bool{"secretary-general": true, "president": true, "chairman": true, "leader": true,
	"foreign-minister": true}

// orgTitle returns a role mention for an organisation followed by the
// title of its single head ("the NATO secretary general", "the European
// Commission president", "the UN's secretary-general") when the dictionary
// knows who held it and no name follows; else nil.
func (x *Extractor) orgTitle(toks []token, m *mention, titles map[int]titleAt, ms []*mention, k int, st *docState) *mention {
	if m.kind != mkActor || m.ent == nil || m.ent.Kind != KindOrganization {
		return nil
	}
	e := m.e
	if m.poss {
		e++
	}
	t, ok := titles[e]
	if !ok || len(t.roles) == 0 || !orgTitleRoles[t.roles[0]] && !strings.HasPrefix(t.roles[0], notePrefix) || x.dict.holder(m.ent.ID, t.roles, st.pubStr) == nil {
		return nil
	}
	if k+1 < len(ms) && ms[k+1].s == t.e && ms[k+1].kind == mkActor && ms[k+1].ent != nil && ms[k+1].ent.Kind == KindPerson {
		return nil // "NATO Secretary General Jens Stoltenberg": the name says who
	}
	return &mention{s: m.s, e: t.e, kind: mkRole, state: m.ent, roles: t.roles, head: t.s}
}

// serviceModifiers are the words that may stand between a nationality
// and a sector noun and keep the group an arm of the state ("Russian
// naval vessels", "U.S. defense officials"); "Chinese fishing boats" are
// not the state.
var serviceModifiers = map[string]bool{"naval": true, "military": true, "occupation": true,
	"occupying": true, "security": true, "government": true, "paramilitary": true, "riot": true, "border": true,
	"elite": true, "ground": true, "combat": true, "defense": true, "defence": true, "intelligence": true,
	"foreign": true, "senior": true, "top": true, "state": true}

// capitalOrganStart returns where "[the] <organ> in <capital>" starts
// when m is the capital ("the foreign ministry in Kyiv", "the government
// in Pyongyang"), or -1. Only organs of government count: "the embassy in
// Seoul" is another state's, "the troops in Kyiv" anyone's.
func capitalOrganStart(toks []token, m *mention, sectors *trie) int {
	if m.kind != mkActor || m.ent == nil || m.ent.Kind != KindCountry || m.match != matchMetonym || m.s < 3 || toks[m.s-1].lower != "in" {
		return -1
	}
	for s := m.s - 3; s >= 0 && s >= m.s-4; s-- {
		if toks[s].lower != "the" {
			continue
		}
		if sm, n := sectors.longest(toks, s+1, lowerKey); sm != nil && s+1+n == m.s-1 && capitalOrgans[sm.entry.ID] {
			return s
		}
	}
	return -1
}

// capitalOrgans are the sectors "the X in <capital>" gives to the state.
var capitalOrgans = map[string]bool{"government": true, "authorities": true, "regime": true, "leadership": true,
	"foreign ministry": true, "defense ministry": true, "defence ministry": true, "administration": true,
	"ministry": true, "cabinet": true, "foreign office": true, "presidential office": true}

// directorHeads reports a person who directs the body org ("Director
// General", "Executive Director"): an agency's head, where a bloc's
// officials are many and none of them is its chief.
func directorHeads(p *Entry, org string) bool {
	if p == nil {
		return false
	}
	for _, a := range p.Affiliations {
		if a.Org == org && strings.Contains(strings.ToLower(a.Note), "director") {
			return true
		}
	}
	return false
}

// headRoles are the posts of the one head of a body or state, the most
// specific first.
var headRoles = []string{"secretary-general", "president", "chairman", "leader"}

// chiefCompounds are nouns that make "chief" part of another post: "the
// UN chief negotiator", "the Kremlin chief of staff".
var chiefCompounds = map[string]bool{
	"negotiator": true, "executive": true, "economist": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "justice": true, "prosecutor": true, "cabinet": true, "of": true, "secretary": true,
	"editor": true, "strategist": true, "scientist": true, "inspector": true, "delegate": true, "envoy": true,
	"representative": true, "adviser": true, "advisor": true, "architect": true, "correspondent": true,
	"officer": true, "minister": true, "whip": true, "engineer": true, "operating": true, "financial": true,
	"investigator": true, "commander": true, "judge": true, "diplomat": true, "aide": true, "of-staff": true,
}

// chiefOf returns a role mention for a body or a seat of government
// followed by "chief" ("the UN chief", "the IAEA chief", "the Kremlin
// chief"): the journalists' word for its head, whom the dictionary knows
// at the date; nil when a name follows ("UN chief Antonio Guterres") or
// "chief" starts another post ("the UN chief negotiator").
func (x *Extractor) chiefOf(toks []token, m *mention, st *docState) *mention {
	if m.kind != mkActor || m.ent == nil || m.poss || m.e+1 >= len(toks) && m.e >= len(toks) {
		return nil
	}
	c := m.e
	if c >= len(toks) || toks[c].lower != "chief" || toks[c].text == "Chief" && c+1 < len(toks) && toks[c+1].isCap() {
		return nil
	}
	if c+1 < len(toks) && (chiefCompounds[toks[c+1].lower] || isNameToken(toks[c+1])) {
		return nil
	}
	var roles []string
	switch {
	case m.ent.Kind == KindCountry && m.match == matchMetonym:
		roles = []string{"leader"}
	case m.ent.Kind == KindOrganization && x.dict.holder(m.ent.ID, headRoles, st.pubStr) != nil:
		roles = headRoles
	case m.ent.Kind == KindOrganization && directorHeads(x.dict.holder(m.ent.ID, []string{"official"}, st.pubStr), m.ent.ID) && !x.dict.holders2(m.ent.ID, "official", st.pubStr):
		roles = []string{"official"} // "the IAEA chief": its director general
	default:
		return nil
	}
	if x.dict.holder(m.ent.ID, roles, st.pubStr) == nil {
		return nil
	}
	return &mention{s: m.s, e: c + 1, kind: mkRole, state: m.ent, roles: roles, head: c}
}

// sortMentions orders mentions by their start.
func sortMentions(ms []*mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].s < ms[j-1].s; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// groupWords name people acting together for a state: "others of Russia".
var groupWords = map[string]bool{"others": true, "members": true, "representatives": true, "envoys": true, "diplomats": true}

// docTitleNouns end the capitalised title of an agreement or statement.
var docTitleNouns = map[string]bool{
	"Declaration": true, "Treaty": true, "Agreement": true, "Accord": true, "Accords": true, "Pact": true,
	"Charter": true, "Communique": true, "Memorandum": true, "Protocol": true, "Convention": true, "Statement": true,
}

func pairAt(toks []token, i int) int {
	for _, p := range pairPhrases {
		if i+len(p) > len(toks) {
			continue
		}
		ok := true
		for k, w := range p {
			if toks[i+k].lower != w {
				ok = false
				break
			}
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// groupCounts are the numbers a group phrase counts its members with.
var groupCounts = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6}

// groupNouns are what a group phrase counts: states or persons (see
// pairRoles), as in the pair phrases.
var groupNouns = map[string]bool{"countries": true, "nations": true, "states": true, "governments": true,
	"sides": true, "allies": true, "leaders": true, "presidents": true, "ministers": true, "envoys": true}

// groupAt returns the length of a group phrase at toks[i] and the number
// of members it counts: "the three leaders", "all four countries", "the
// three foreign ministers". Like a pair phrase it stands for each of the
// parties named before; annotators expect one event per member.
func groupAt(toks []token, i int) (int, int) {
	if i+2 >= len(toks) || toks[i].lower != "the" && toks[i].lower != "all" {
		return 0, 0
	}
	size := groupCounts[toks[i+1].lower]
	if size == 0 {
		return 0, 0
	}
	k := i + 2
	if toks[k].lower == "foreign" || toks[k].lower == "defence" || toks[k].lower == "defense" {
		k++
	}
	if k >= len(toks) || !groupNouns[toks[k].lower] {
		return 0, 0
	}
	if k+1 < len(toks) && toks[k+1].lower == "of" {
		return 0, 0 // "the three countries of the Baltic": a title phrase, not an anaphor
	}
	return k + 1 - i, size
}

// groupFor resolves a group phrase of size members: the participants of
// the previous sentence's events when they are exactly that many of the
// kind wanted, else the last size distinct ones of the document (persons
// the noun fits for "leaders", "ministers", "envoys"; states otherwise);
// nil when the document has named fewer.
func (x *Extractor) groupFor(st *docState, word string, size int) []*Entry {
	persons := pairRoles[word] != nil
	if g := x.sentenceGroup(st, size, persons); g != nil {
		return g
	}
	list := st.states
	if persons {
		list, _ = x.titledPersons(st, word)
		if distinct(list) < size {
			list = st.persons
		}
	}
	if st.prevParts != nil && st.prevIndex == st.sentIndex-1 {
		var got []*Entry
		for _, e := range st.prevParts {
			if !persons && e.Kind == KindPerson {
				e = x.homeState(e)
			}
			if e != nil && persons == (e.Kind == KindPerson) && (persons || e.Kind == KindCountry) && !hasEntry(got, e) {
				got = append(got, e)
			}
		}
		if len(got) == size {
			return x.groupStates(got, persons)
		}
	}
	return x.groupStates(lastN(list, size), persons)
}

// sentenceGroup resolves a group phrase to the persons its own sentence
// named before it when they are exactly as many and serve as many states
// ("Biden hosted Yoon and Kishida for a summit of the three allies"): the
// persons, or for a noun of states ("allies", "countries") their states,
// rather than the last states the document named. Else nil.
func (x *Extractor) sentenceGroup(st *docState, size int, persons bool) []*Entry {
	var ps, states []*Entry
	for _, p := range st.persons[min(st.sentFrom[1], len(st.persons)):] {
		if hasEntry(ps, p) {
			continue
		}
		h := x.homeState(p)
		if h == nil || hasEntry(states, h) {
			return nil
		}
		ps, states = append(ps, p), append(states, h)
	}
	if len(ps) != size {
		return nil
	}
	if persons {
		return ps
	}
	return states
}

// groupStates returns a group of persons who serve fewer states than they
// are as those states: "the four ministers" of a "2+2" meeting act for
// their two states, and colleagues of one state are never each other's
// partners. Other groups are returned as they are.
func (x *Extractor) groupStates(group []*Entry, persons bool) []*Entry {
	if !persons || group == nil {
		return group
	}
	var states []*Entry
	for _, e := range group {
		h := x.homeState(e)
		if h == nil {
			return group
		}
		if !hasEntry(states, h) {
			states = append(states, h)
		}
	}
	switch {
	case len(states) == len(group):
		return group
	case len(states) < 2:
		return nil
	}
	return states
}

// lastN returns the last n distinct entries of list in their order, or nil.
func lastN(list []*Entry, n int) []*Entry {
	var out []*Entry
	for k := len(list) - 1; k >= 0 && len(out) < n; k-- {
		if !hasEntry(out, list[k]) {
			out = append([]*Entry{list[k]}, out...)
		}
	}
	if len(out) < n {
		return nil
	}
	return out
}

func hasEntry(list []*Entry, e *Entry) bool {
	for _, g := range list {
		if g == e {
			return true
		}
	}
	return false
}

// pairMembers returns one mention per member of a resolved pair or group
// phrase.
func pairMembers(m *mention) []*mention {
	if len(m.group) > 0 {
		out := make([]*mention, len(m.group))
		for i, e := range m.group {
			out[i] = pairMention(m, e)
		}
		return out
	}
	return []*mention{pairMention(m, m.pair[0]), pairMention(m, m.pair[1])}
}

// counterpartPairs pairs each of several subjects with his counterpart
// among as many objects: in "A and B held talks with their counterparts,
// C and D" each minister meets the one of the same portfolio (the foreign
// minister the foreign minister), else the one in the same place of the
// list. It returns nil unless "counterparts" introduces the objects.
func counterpartPairs(toks []token, subj, obj []*mention, date string) [][2]*mention {
	if len(subj) < 2 || len(subj) != len(obj) || !counterpartsBefore(toks, subj[len(subj)-1].e, obj[0].s) {
		return nil
	}
	used := make([]bool, len(obj))
	match := make([]int, len(subj))
	for i, sm := range subj {
		match[i] = -1
		for j, om := range obj {
			if !used[j] && sharedRole(sm.ent, om.ent, date) {
				match[i], used[j] = j, true
				break
			}
		}
	}
	var out [][2]*mention
	for i, sm := range subj {
		j := match[i]
		if j < 0 {
			for k := range obj {
				if !used[k] {
					j, used[k] = k, true
					break
				}
			}
		}
		out = append(out, [2]*mention{sm, obj[j]})
	}
	return out
}

// counterpartsBefore reports "counterparts" in toks[s:e].
func counterpartsBefore(toks []token, s, e int) bool {
	for k := s; k < e && k < len(toks); k++ {
		if toks[k].lower == "counterparts" {
			return true
		}
	}
	return false
}

// councilActs are what the UN decides through its Security Council alone.
var councilActs = map[string]bool{"sanctions": true, "embargo": true}

// organNouns are the organs of a state that a person's possessive
// names: "his government", "her administration", "whose country".
var organNouns = map[string]bool{"government": true, "administration": true, "regime": true, "country": true,
	"cabinet": true, "forces": true, "troops": true, "military": true, "army": true, "nation": true}

// personalStateAt returns a mention for a person's state named by an
// organ after his possessive at toks[i]: "his government" (resolved with
// the pronoun) or "X, whose government" (the state of X, or X itself when
// X is a state). Else nil.
func (x *Extractor) personalStateAt(toks []token, i int, ms []*mention) *mention {
	w := toks[i].lower
	if i+1 >= len(toks) || !organNouns[toks[i+1].lower] {
		return nil
	}
	switch w {
	case "his", "her":
		return &mention{s: i, e: i + 2, kind: mkPronoun, pronoun: w, head: i + 1, stateOf: true}
	case "whose":
		if i < 2 || toks[i-1].text != "," || len(ms) == 0 {
			return nil
		}
		a := ms[len(ms)-1]
		if a.e != i-1 || a.ent == nil || a.kind != mkActor {
			return nil
		}
		e := a.ent
		if e.Kind == KindPerson {
			e = x.homeState(e)
		}
		if e == nil || e.Kind != KindCountry {
			return nil
		}
		return &mention{s: i, e: i + 2, kind: mkActor, ent: e, weak: true, head: i + 1}
	}
	return nil
}

// counterpartMention returns a role mention for "his Chinese counterpart"
// or "her U.S. counterpart" when no name follows: the holder in that state
// of the post the possessor holds, found once the pronoun is resolved.
// m is the state or nationality; out ends with the mentions before it.
func counterpartMention(toks []token, m *mention, out []*mention) *mention {
	if len(out) == 0 || m.ent == nil || m.ent.Kind != KindCountry || m.city || m.kind != mkDemonym && m.kind != mkActor {
		return nil
	}
	prev := out[len(out)-1]
	if prev.kind != mkPronoun || prev.e != m.s || prev.pronoun != "his" && prev.pronoun != "her" {
		return nil
	}
	e := m.e
	if e >= len(toks) || toks[e].lower != "counterpart" || e+1 < len(toks) && (isNameToken(toks[e+1]) || toks[e+1].text == ",") {
		return nil // "his Chinese counterpart Li Shangfu": the name says who
	}
	return &mention{s: prev.s, e: e + 1, kind: mkRole, state: m.ent, head: e, owner: prev}
}

// counterpartOrder ranks the posts a counterpart shares, the most
// specific first: a foreign minister's counterpart is a foreign minister,
// a president's a president.
var counterpartOrder = []string{"foreign-minister", "defense-minister", "unification-minister", "prime-minister",
	"president", "leader", "vice-minister", "envoy"}

// counterpartRoles resolves the possessor of a counterpart mention and
// gives the mention the possessor's post at the published date; false
// when either is unknown or the possessor serves the same state.
func (x *Extractor) counterpartRoles(m *mention, toks []token, ms []*mention, st *docState) bool {
	p := x.resolvePronoun(m.owner, toks, ms, st)
	if p == nil || x.homeState(p) == m.state {
		return false
	}
	for _, r := range counterpartOrder {
		for _, a := range p.Affiliations {
			if a.Role == r && within(st.pubStr, a.From, a.To) {
				m.roles = []string{r}
				return true
			}
		}
	}
	return false
}

// portfolioRoles are the posts a counterpart shares.
var portfolioRoles = map[string]bool{"foreign-minister": true, "defense-minister": true, "prime-minister": true,
	"president": true, "unification-minister": true, "vice-minister": true, "envoy": true, "leader": true}

// sharedRole reports whether persons a and b held a post of the same
// portfolio at date.
func sharedRole(a, b *Entry, date string) bool {
	if a == nil || b == nil {
		return false
	}
	for _, p := range a.Affiliations {
		if !portfolioRoles[p.Role] || date != "" && !within(date, p.From, p.To) {
			continue
		}
		for _, q := range b.Affiliations {
			if q.Role == p.Role && (date == "" || within(date, q.From, q.To)) {
				return true
			}
		}
	}
	return false
}

// titleIntroStart returns where the title that introduces a name at
// toks[at] starts when a comma sets the name off from it ("A and Germany's
// chancellor, B", "the Commission president, A, and the Council
// president, B"), so that coordination reaches past the title; else at.
func titleIntroStart(toks []token, ms []*mention, at int) int {
	if at < 3 || toks[at-1].text != "," {
		return at
	}
	t := mentionEndingAt(ms, at-1)
	if t == nil && isApposNoun(toks[at-2]) {
		return postIntroStart(toks, at)
	}
	if t == nil || t.kind != mkRole || t.s < 2 {
		return at
	}
	s := t.s
	if toks[s-1].lower == "the" && s >= 3 {
		s--
	}
	return s
}

// attackedState returns the state a territory belongs to when it is
// attacked, seized or annexed ("annexed Crimea" attacks Ukraine); the
// territory itself stays an actor of other events (a treaty signed with
// its leaders). Other actors are returned as they are.
func (x *Extractor) attackedState(e *Entry) *Entry {
	if e == nil || e.Kind != KindOther || e.Parent == "" {
		return e
	}
	if p := x.dict.byID[e.Parent]; p != nil && p.Kind == KindCountry {
		return p
	}
	return e
}

// coordSubjectPair returns the two actors of the same kind coordinated
// by "and" before the sentence's first trigger at toks[first] ("Israeli
// Prime Minister A and King B were hosted by C"): what a later "they"
// in the sentence refers to, rather than the last event's pair.
func coordSubjectPair(toks []token, ms []*mention, first int) [2]*Entry {
	for _, a := range ms {
		if a.ent == nil || a.appos || a.kind == mkDemonym || a.e >= first || a.e >= len(toks) || toks[a.e].lower != "and" {
			continue
		}
		b := mentionStartingAt(ms, a.e+1)
		if b == nil || b.ent == nil || b.e > first || b.ent == a.ent || b.ent.Kind != a.ent.Kind || b.kind == mkDemonym {
			continue
		}
		if a.ent.Kind != KindPerson && a.ent.Kind != KindCountry {
			continue
		}
		return [2]*Entry{a.ent, b.ent}
	}
	return [2]*Entry{}
}

// postIntroStart returns where a post that no title mention covers
// starts when it introduces the name at toks[at] after a comma and
// follows "and" ("A and the region's self-declared prime minister, B"),
// else at.
func postIntroStart(toks []token, at int) int {
	for k := at - 2; k > 0 && k >= at-9; k-- {
		w := toks[k-1]
		if w.lower == "and" {
			return k
		}
		if w.text == "," || clauseBoundary[w.lower] || sayVerbs[w.lower] || pastVerb(w) {
			return at
		}
	}
	return at
}

// possessivePronouns open a post held relative to someone: "his
// counterpart", "their Chinese counterparts".
var possessivePronouns = map[string]bool{"his": true, "her": true, "its": true, "their": true}

// memberNouns name those who act for a body: "the members of ASEAN",
// "leaders of the African Union".
var memberNouns = map[string]bool{"members": true, "leaders": true, "heads": true, "representatives": true,
	"envoys": true, "ministers": true}

// membersOfStart returns where a phrase of a body's members before the
// body's name at toks[at] starts ("A and the members of ASEAN"): the
// members act as their body. Else at.
func membersOfStart(toks []token, at int) int {
	if at < 3 || toks[at-1].lower != "of" || !memberNouns[toks[at-2].lower] {
		return at
	}
	if toks[at-3].lower == "the" {
		return at - 3
	}
	return at - 2
}

// possessedPostStart returns where a post held relative to the person
// before it starts, when one comes right before the name at toks[at]:
// "A and his counterpart B", "A and his Russian counterpart B" (the
// nationality is capitalised but inside the post). Else at.
func possessedPostStart(toks []token, at int) int {
	c := at
	if c >= 4 && toks[c-1].text == "," {
		c-- // "A and his Chinese counterpart, B,"
	}
	if c < 3 || toks[c-1].isCap() || !isApposNoun(toks[c-1]) && !relationalNouns[toks[c-1].lower] {
		return at
	}
	k := c - 2
	if toks[k].isCap() && k >= 1 {
		k-- // the nationality
	}
	if possessivePronouns[toks[k].lower] {
		return k
	}
	return at
}

// lowerTitleStart returns where a lower-case post before a name at
// toks[at] starts ("A and national security adviser B"), so that
// coordination reaches past it; else at.
func lowerTitleStart(toks []token, at int) int {
	if p := possessedPostStart(toks, at); p < at {
		return p
	}
	if p := membersOfStart(toks, at); p < at {
		return p
	}
	if at < 2 || !isApposNoun(toks[at-1]) || toks[at-1].isCap() {
		return at
	}
	k := at - 1
	for k > 0 && at-k < 5 {
		w := toks[k-1]
		if !w.isWord() || w.isCap() || w.lower == "and" || w.lower == "the" || clauseBoundary[w.lower] || sayVerbs[w.lower] || pastVerb(w) {
			break
		}
		k--
	}
	return k
}

// compatriots reports two persons who serve the same state.
func (x *Extractor) compatriots(a, b *mention) bool {
	return x.sameHome(a.ent, b.ent)
}

// sameHome reports two persons who serve the same state: colleagues
// meeting at home are no international event.
func (x *Extractor) sameHome(a, b *Entry) bool {
	if a == nil || b == nil || a.Kind != KindPerson || b.Kind != KindPerson {
		return false
	}
	ha, hb := x.onlyHome(a), x.onlyHome(b)
	return ha != nil && ha == hb
}

// onlyHome returns the one state all of a person's posts serve, or nil
// when he has none or served several states or organisations (a UN
// secretary-general who was his country's foreign minister).
func (x *Extractor) onlyHome(e *Entry) *Entry {
	var home *Entry
	for _, a := range e.Affiliations {
		o := x.dict.byID[a.Org]
		if o != nil && o.Kind != KindCountry && o.Parent != "" {
			o = x.dict.byID[o.Parent]
		}
		if o == nil || o.Kind != KindCountry || home != nil && o != home {
			return nil
		}
		home = o
	}
	return home
}

// multilateralWords mark a gathering of more than two parties.
var multilateralWords = map[string]bool{"trilateral": true, "three-way": true, "three-party": true, "multilateral": true,
	"four-way": true, "quadrilateral": true, "six-party": true, "three-nation": true, "four-nation": true}

// multilateral reports a gathering word right before the event noun at
// toks[s] ("held trilateral consultations"): every listed party took part.
func multilateral(toks []token, s int) bool {
	return s > 0 && multilateralWords[toks[s-1].lower]
}

// multilateralAfter reports a gathering word within the eight tokens after
// toks[e] ("hosted A and B at Camp David for a trilateral summit").
func multilateralAfter(toks []token, e int) bool {
	for k := e; k < len(toks) && k < e+12; k++ {
		if multilateralWords[toks[k].lower] {
			return true
		}
		if toks[k].text == ";" || toks[k].lower == "while" || toks[k].lower == "but" {
			return false
		}
	}
	return false
}

// titleAt is a title phrase found at tokens [s, e).
type titleAt struct {
	s, e  int
	roles []string
}

// titleComplementStart returns where a title with a complement ends right
// before pos ("Vice Minister of Culture and Tourism", "ambassador
// to North Korea"), or -1.
func titleComplementStart(toks []token, pos int, titles map[int]titleAt, ms []*mention) int {
	if pos == 0 || !toks[pos-1].isCap() && toks[pos-1].text != ")" {
		return -1
	}
	for k := pos - 2; k >= 0 && k >= pos-9; k-- {
		t, ok := titles[k]
		if !ok || t.e >= pos {
			continue
		}
		if toks[t.e].lower != "of" && toks[t.e].lower != "to" {
			return -1
		}
		for q := t.e + 1; q < pos; q++ {
			w := toks[q]
			covered := false
			for _, m := range ms {
				if q >= m.s && q < m.e {
					if m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson {
						return -1 // "ambassador to X Liu Y and Vice Minister ...": a list, not one title
					}
					covered = true
				}
			}
			if !(covered || w.isCap() || complementWord(w)) {
				return -1
			}
		}
		return t.s
	}
	return -1
}

// complementWord reports a small word inside a title's complement
// ("Minister of Culture and Tourism", "President of the Republic of Korea
// (ROK)").
func complementWord(w token) bool {
	return w.lower == "the" || w.lower == "and" || w.lower == "of" || w.text == "'s" || w.text == "(" || w.text == ")"
}

// precededByTitle reports whether a title ends right before toks[i],
// possibly followed by a complement ("ambassador to North Korea").
func precededByTitle(toks []token, i int, titles map[int]titleAt, ms []*mention) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "of", "to", "the", "for", "and":
		return false
	}
	inMention := func(q int) bool {
		for _, m := range ms {
			if q >= m.s && q < m.e {
				return true
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t, ok := titles[k]
		if !ok {
			continue
		}
		if t.e == i {
			return true
		}
		if t.e < i && (toks[t.e].lower == "of" || toks[t.e].lower == "to") {
			for q := t.e + 1; q < i; q++ {
				w := toks[q]
				if !(inMention(q) || w.isCap() || complementWord(w)) {
					return false
				}
			}
			return true
		}
		return false
	}
	return false
}

func (x *Extractor) unknownPerson(toks []token, s, e int, st *docState) *mention {
	name := joinTokens(toks[s:e])
	id := slug(name)
	if ent, ok := x.dict.byID[id]; ok {
		return &mention{s: s, e: e, kind: mkActor, ent: ent, head: s}
	}
	for _, v := range nameVariants(name) {
		if m, n := x.dict.names.longest(tokenize(v, 0, len(v)), 0, textKey); m != nil && n == len(tokenTexts(v)) {
			return &mention{s: s, e: e, kind: mkActor, ent: m.entry, head: s}
		}
	}
	if ent := x.dict.byTranslit(name); ent != nil {
		// "Arseny Yatseniuk": another romanisation of a known name
		return &mention{s: s, e: e, kind: mkActor, ent: ent, head: s}
	}
	ent := st.known[id]
	if ent == nil {
		parts := strings.Fields(name)
		ent = &Entry{ID: id, Name: name, Kind: KindPerson, Surnames: []string{parts[0], parts[len(parts)-1]}}
		st.known[id] = ent
	}
	return &mention{s: s, e: e, kind: mkActor, ent: ent, head: s}
}

// surname resolves a bare surname to the most recent person of the
// document with it, else, after a title ("President Obama"), to the one
// dictionary person with it: a bare capitalised word that no earlier
// mention explains ("Rice", "Brown", "Bush") is too often not a name.
func (x *Extractor) surname(w string, st *docState, titled bool, ms []*mention) *Entry {
	persons := st.persons
	for _, m := range ms { // earlier in this sentence
		if m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson {
			persons = append(persons[:len(persons):len(persons)], m.ent)
		}
	}
	for k := len(persons) - 1; k >= 0; k-- {
		p := persons[k]
		f := strings.Fields(p.Name)
		if f[0] == w || f[len(f)-1] == w {
			return p
		}
		for _, s := range p.Surnames {
			if s == w {
				return p
			}
		}
	}
	if es := x.dict.surnames[w]; len(es) == 1 && titled {
		return es[0]
	}
	// "Zelenskiy" after "Zelensky": the same surname romanised another way
	k := translitKey(w)
	for i := len(persons) - 1; i >= 0; i-- {
		for _, s := range x.dict.surKeys[persons[i]] {
			if s == k {
				return persons[i]
			}
		}
	}
	if p := x.laterFullName(w, st); p != nil {
		return p
	}
	return x.sittingLeader(w, st)
}

// topRoles are the posts whose holder a story may name by surname alone:
// the one who leads the state (a premier under a president who leads is
// no such figure).
var topRoles = map[string]bool{"leader": true, "head-of-state": true, "president": true}

// sittingLeader returns the one person of surname w who led a state at
// the published date, when at most two persons of the dictionary bear
// it: "Modi" in a story of 2018, "Bush" in one of 2004. Common surnames
// (Kim, Lee, Li) name nobody this way.
func (x *Extractor) sittingLeader(w string, st *docState) *Entry {
	cands := x.dict.surnames[w]
	if len(cands) == 0 || len(cands) > 2 || st.pubStr == "" {
		return nil
	}
	var found *Entry
	for _, c := range cands {
		for _, a := range c.Affiliations {
			if topRoles[a.Role] && within(st.pubStr, a.From, a.To) {
				if found != nil && found != c {
					return nil
				}
				found = c
			}
		}
	}
	return found
}

// laterFullName returns the person of surname w whose full name the
// document gives first after the current sentence: a headline or a lead
// may say "Xi" before the story names Xi Jinping. The answer is kept per
// document, so the text is searched once for each surname.
func (x *Extractor) laterFullName(w string, st *docState) *Entry {
	cands := x.dict.surnames[w]
	if len(cands) == 0 || st.body == "" || st.sentEnd >= len(st.body) {
		return nil
	}
	if p, ok := st.laterNames[w]; ok {
		return p
	}
	rest := st.body[st.sentEnd:]
	if len(rest) > laterNameReach {
		rest = rest[:laterNameReach] // a headline's or lead's surname is named in full soon after
	}
	var best *Entry
	at := len(rest)
	for _, c := range cands {
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if i := strings.Index(rest, n); i >= 0 && i < at && wordBounded(rest, i, len(n)) {
				best, at = c, i
			}
		}
	}
	if st.laterNames == nil {
		st.laterNames = map[string]*Entry{}
	}
	st.laterNames[w] = best
	return best
}

// laterNameReach is how far after a sentence (in bytes, a few sentences)
// a full name may explain a surname used before it.
const laterNameReach = 600

// wordBounded reports whether s[i:i+n] is not part of a longer word.
func wordBounded(s string, i, n int) bool {
	return (i == 0 || !isWordByte(s[i-1])) && (i+n >= len(s) || !isWordByte(s[i+n]))
}

// titledSurname resolves "President Kim" to the most recent person of the
// document named Kim who held a role of the title at the published date,
// or nil.
func (x *Extractor) titledSurname(w string, roles []string, st *docState, ms []*mention) *Entry {
	if len(roles) == 0 {
		return nil
	}
	persons := st.persons
	for _, m := range ms {
		if m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson {
			persons = append(persons[:len(persons):len(persons)], m.ent)
		}
	}
	for k := len(persons) - 1; k >= 0; k-- {
		p := persons[k]
		f := strings.Fields(p.Name)
		named := f[0] == w || f[len(f)-1] == w
		for _, s := range p.Surnames {
			named = named || s == w
		}
		if !named {
			continue
		}
		for _, a := range p.Affiliations {
			for _, r := range roles {
				if a.Role == r && (st.pubStr == "" || within(st.pubStr, a.From, a.To)) {
					return p
				}
			}
		}
	}
	return nil
}

func (st *docState) note(e *Entry, text string) {
	st.count(e, text)
	switch e.Kind {
	case KindPerson:
		st.persons = append(st.persons, e)
		st.paraPers = append(st.paraPers, e)
	case KindCountry:
		st.states = append(st.states, e)
	case KindOrganization:
		st.orgs = append(st.orgs, e)
	}
}

// pairFor resolves a pair phrase ("the two governments", "both leaders")
// from the current sentence when it names two distinct states (persons,
// for "leaders"), else from the participants of the previous sentence's
// events (a person standing for his state where states are wanted), else
// from the document; participants of more than two actors are ambiguous
// and give no pair. A pair of persons is looked for first among those
// the pair's noun fits (see titledPersons), then among all persons.
func (x *Extractor) pairFor(st *docState, word string) [2]*Entry {
	if word == "other" {
		return st.pairFor(word)
	}
	if pairRoles[word] == nil {
		return x.pairFrom(st, word, st.states, st.sentFrom[0], false)
	}
	if p := x.personAndCounterpart(st, word); p[0] != nil {
		return p
	}
	if list, from := x.titledPersons(st, word); distinct(list) >= 2 {
		if p := x.pairFrom(st, word, list, from, true); p[0] != nil {
			return p
		}
	}
	return x.pairFrom(st, word, st.persons, st.sentFrom[1], false)
}

// personAndCounterpart resolves a pair of persons in a sentence that so
// far names one person and one foreign state ("Xi last visited Russia in
// 2019, when the two leaders upgraded ties"): the person and his
// counterpart in that state, the holder there of his best-fitting post,
// rather than two persons named in earlier sentences.
func (x *Extractor) personAndCounterpart(st *docState, word string) [2]*Entry {
	if st.sentFrom[1] >= len(st.persons) || distinct(st.persons[st.sentFrom[1]:]) != 1 {
		return [2]*Entry{}
	}
	p := st.persons[len(st.persons)-1]
	home := x.homeState(p)
	var state *Entry
	for _, e := range st.statesNamed(st.sentFrom[0]) {
		if e == home || e.Kind != KindCountry {
			continue
		}
		if state != nil && state != e {
			return [2]*Entry{} // two foreign states: whose counterpart is unclear
		}
		state = e
	}
	if state == nil || home == nil {
		return [2]*Entry{}
	}
	best, role := 0, ""
	for _, a := range p.Affiliations {
		if r := pairRoles[word][a.Role]; r > best && a.Org == home.ID && within(st.pubStr, a.From, a.To) {
			best, role = r, a.Role
		}
	}
	if role == "" {
		return [2]*Entry{}
	}
	if q := x.dict.holder(state.ID, []string{role}, st.pubStr); q != nil && q != p {
		return [2]*Entry{p, q}
	}
	return [2]*Entry{}
}

// pairFrom resolves a pair phrase over list (states or persons of the
// document in order, the current sentence's from index from on). With
// titled, a participant of the previous sentence stands for the
// best-ranked person of its state in list and one absent from list is
// dropped.
func (x *Extractor) pairFrom(st *docState, word string, list []*Entry, from int, titled bool) [2]*Entry {
	persons := pairRoles[word] != nil
	if from <= len(list) && distinct(list[from:]) >= 2 {
		if !persons && distinct(list[from:]) > 2 {
			if named := st.statesNamed(from); distinct(named) >= 2 {
				return lastTwo(named)
			}
		}
		return lastTwo(list)
	}
	if st.prevParts == nil || st.prevIndex != st.sentIndex-1 {
		return lastTwo(list)
	}
	var got []*Entry
	for _, p := range st.prevParts {
		e := p
		if !persons && e.Kind == KindPerson {
			e = x.homeState(e)
		}
		if e == nil || persons != (e.Kind == KindPerson) || !persons && e.Kind != KindCountry {
			continue
		}
		if titled {
			if e = x.sameStateIn(e, list); e == nil {
				continue
			}
		}
		dup := false
		for _, g := range got {
			dup = dup || g == e
		}
		if !dup {
			got = append(got, e)
		}
	}
	switch {
	case len(got) == 2:
		return [2]*Entry{got[0], got[1]}
	case len(got) > 2:
		return [2]*Entry{}
	}
	return lastTwo(list)
}

// statesNamed returns the states of the document from index from on
// that were named as states, leaving out those only named as a person's
// nationality: in "X decided to meet South Korean President Y and to hold
// talks with Z, a summit between the two countries", the pair is X and Z.
func (st *docState) statesNamed(from int) []*Entry {
	skip := map[int]bool{}
	for _, k := range st.nationality {
		skip[k] = true
	}
	var out []*Entry
	for k := from; k < len(st.states); k++ {
		if !skip[k] {
			out = append(out, st.states[k])
		}
	}
	return out
}

// pairRoles rank the roles a plural noun of a pair phrase of persons
// names, higher for the principal ones: "the two leaders" are the heads
// who lead (a nominal head of state ranks below the leader of the same
// state), "the two ministers" ministers, "both envoys" envoys.
var pairRoles = map[string]map[string]int{
	"leaders": {"leader": 3, "president": 2, "prime-minister": 2, "head-of-government": 2,
		"head-of-state": 1, "chairman": 1, "party-leader": 1},
	"presidents": {"president": 2, "head-of-state": 1},
	"ministers": {"foreign-minister": 2, "defense-minister": 2, "unification-minister": 2, "minister": 2,
		"vice-minister": 1},
	"envoys": {"envoy": 2, "ambassador": 2, "official": 1},
	"men":    anyPost,
	"pair":   anyPost,
	"women":  anyPost,
}

// anyPost ranks every post alike: "the two men" are any two persons.
var anyPost = map[string]int{"leader": 1, "president": 1, "prime-minister": 1, "head-of-government": 1,
	"head-of-state": 1, "chairman": 1, "party-leader": 1, "foreign-minister": 1, "defense-minister": 1,
	"unification-minister": 1, "minister": 1, "vice-minister": 1, "vice-president": 1, "envoy": 1,
	"ambassador": 1, "official": 1, "spokesperson": 1, "secretary-general": 1}

// pairRank is how well person e fits the noun of a pair phrase at date,
// and the state of the role that fits: 0 when he holds none of its roles
// then; a person the dictionary knows nothing about (named after an
// unknown title) fits weakly.
func pairRank(e *Entry, word, date string) (int, string) {
	if len(e.Affiliations) == 0 {
		return 1, ""
	}
	best, org := 0, ""
	for _, a := range e.Affiliations {
		if r := pairRoles[word][a.Role]; r > best && (date == "" || within(date, a.From, a.To)) {
			best, org = r, a.Org
		}
	}
	return best, org
}

// titledPersons returns the persons of the document the noun of a pair
// phrase fits ("the two leaders" passes over the foreign minister named
// between them), leaving out one outranked by another of the same state
// ("the leaders" of two states are not a nominal head of state), and where
// the current sentence starts in that list.
func (x *Extractor) titledPersons(st *docState, word string) ([]*Entry, int) {
	top := map[string]int{}
	for _, e := range st.persons {
		if r, org := pairRank(e, word, st.pubStr); org != "" && r > top[org] {
			top[org] = r
		}
	}
	var out []*Entry
	from := -1
	for k, e := range st.persons {
		if k == st.sentFrom[1] {
			from = len(out)
		}
		if r, org := pairRank(e, word, st.pubStr); r > 0 && (org == "" || r == top[org]) {
			out = append(out, e)
		}
	}
	if from < 0 {
		from = len(out)
	}
	return out, from
}

// sameStateIn returns e when list holds it, else the last person of list
// who serves e's state (list keeps only the best-ranked of each state), or
// nil.
func (x *Extractor) sameStateIn(e *Entry, list []*Entry) *Entry {
	for _, p := range list {
		if p == e {
			return e
		}
	}
	home := homeID(e)
	if home == "" {
		return nil
	}
	for k := len(list) - 1; k >= 0; k-- {
		if homeID(list[k]) == home {
			return list[k]
		}
	}
	return nil
}

// homeState is the state a person serves, through a ministry's parent.
func (x *Extractor) homeState(e *Entry) *Entry {
	o := x.dict.byID[homeID(e)]
	if o != nil && o.Kind != KindCountry && o.Parent != "" {
		o = x.dict.byID[o.Parent]
	}
	if o == nil || o.Kind != KindCountry {
		return nil
	}
	return o
}

func distinct(es []*Entry) int {
	seen := map[*Entry]bool{}
	for _, e := range es {
		seen[e] = true
	}
	return len(seen)
}

// pairFor returns the last two distinct states (or persons, for "leaders"
// and "envoys") mentioned.
func (st *docState) pairFor(word string) [2]*Entry {
	list := st.states
	if pairRoles[word] != nil {
		list = st.persons
	}
	out := lastTwo(list)
	if out[1] == nil && word == "other" && st.lastPair[0] != nil {
		return st.lastPair
	}
	return out
}

// lastTwo returns the last two distinct entries of list in their order,
// or no pair.
func lastTwo(list []*Entry) [2]*Entry {
	var out [2]*Entry
	for k := len(list) - 1; k >= 0; k-- {
		if out[0] == nil {
			out[0] = list[k]
		} else if list[k] != out[0] {
			out[1] = list[k]
			break
		}
	}
	if out[1] == nil {
		return [2]*Entry{}
	}
	out[0], out[1] = out[1], out[0]
	return out
}

// resolvePronoun finds what he/she/it/they refers to.
func (x *Extractor) resolvePronoun(m *mention, toks []token, ms []*mention, st *docState) *Entry {
	switch m.pronoun {
	case "he", "him", "his", "she", "her":
		want := "male"
		if m.pronoun == "she" || m.pronoun == "her" {
			want = "female"
		}
		// cataphora: "During his first visit to X, Putin ..." -> the main subject
		if m.pronoun == "his" || m.pronoun == "her" {
			if m.s <= 3 && m.s > 0 && !toks[0].isWord() == false {
				for _, n := range ms {
					if n.s > m.s && n.kind == mkActor && n.ent != nil && n.ent.Kind == KindPerson && n.s > 0 && toks[n.s-1].text == "," {
						return n.ent
					}
				}
			}
		}
		// the most recent compatible person before the pronoun in this
		// sentence, else in the document
		var best, not *Entry
		for _, n := range ms {
			if n.s < m.s && namedPerson(n) && !n.appos && genderOK(n.ent, want) {
				if (m.pronoun == "him" || m.pronoun == "her" || m.pronoun == "his" && claimAfter(toks, m.e)) && relativeAntecedent(toks, n, m.s) {
					// "X met Y, who received him": him is not Y; "X rejected
					// his offer": the offer is another's
					not = n.ent
					continue
				}
				best = n.ent
			}
		}
		if best != nil && best == not {
			// "X met Vietnam's president, Y, who received him": the title
			// before the name is Y too
			best = nil
			for _, n := range ms {
				if n.s < m.s && namedPerson(n) && !n.appos && genderOK(n.ent, want) && n.ent != not {
					best = n.ent
				}
			}
		}
		subject := m.pronoun == "he" || m.pronoun == "she" || m.stateOf // "and his government later ..." acts like "he"
		if best != nil && subject && m.s > 0 && (subClauseOpeners[toks[m.s-1].lower] || opensCoordinateClause(toks, m.s)) {
			// "X received Y before a dinner, where he spoke", "X met Y on
			// Monday, and on Tuesday he flew on": a subject pronoun opening
			// a subordinate or coordinate clause is the main clause's
			// subject, not the object nearest to it
			if ms0 := mainSubject(toks, m.s, ms); ms0 != nil && namedPerson(ms0) && genderOK(ms0.ent, want) {
				return ms0.ent
			}
			if p := firstClauseSubject(toks, m.s, ms); p != nil && genderOK(p, want) {
				// "The test came as X arrived for a summit with Y, a day
				// after he held talks": the first person acting in the sentence
				return p
			}
		}
		if best != nil {
			return best
		}
		if p := st.lastSubj; subject && p != nil && st.lastSubjIndex == st.sentIndex-1 && genderOK(p, want) {
			// "X met Y on Monday. He later flew to Z": a subject pronoun
			// before any person of its sentence continues the subject of the
			// sentence before, not its object
			return p
		}
		if !subject && m.pronoun != "his" {
			if p := x.foreignPerson(st, ms, m, want, not); p != nil {
				return p
			}
		}
		for k := len(st.persons) - 1; k >= 0; k-- {
			if genderOK(st.persons[k], want) && st.persons[k] != not {
				return st.persons[k]
			}
		}
	case "country":
		return x.resolveCountry(m, ms, st)
	case "it", "its":
		for _, n := range ms {
			if n.s < m.s && n.kind == mkActor && n.ent != nil && n.ent.Kind != KindPerson && !n.city {
				return n.ent
			}
		}
		if p := st.lastState; p != nil && m.pronoun == "it" && st.lastStateIndex == st.sentIndex-1 {
			// "The North had pledged ... . But it walked out": the subject
			// of the sentence before, not the last event's
			return p
		}
		if len(st.states) > 0 && m.pronoun == "it" {
			return st.lastSubjectState(st)
		}
	}
	return nil
}

// namedPerson reports a mention that stands for one known person: a name,
// or a title already resolved to its holder ("the Russian foreign
// minister visited Beijing, and he met ..."), which a later "he" can
// refer to like a name.
func namedPerson(n *mention) bool {
	return (n.kind == mkActor || n.kind == mkRole) && n.ent != nil && n.ent.Kind == KindPerson
}

// commaParticiple reports a verb trigger in the -ing form set off by a
// comma ("X wrote on Twitter, accusing Y of ..."): its subject is the main
// clause's, across a verb of saying or a "that" clause.
func commaParticiple(toks []token, t *trigAt) bool {
	return t != nil && !t.noun && t.s > 0 && toks[t.s-1].text == "," && strings.HasSuffix(toks[t.s].lower, "ing")
}

// passiveThatSubject reports a mention that opens a "that" clause in the
// passive ("demanded that X be removed"): a patient, never the agent of a
// participle that follows the clause.
func passiveThatSubject(toks []token, m *mention) bool {
	if m.s == 0 || toks[m.s-1].lower != "that" || m.e+1 >= len(toks) {
		return false
	}
	switch toks[m.e].lower {
	case "be", "been", "was", "were", "is", "are":
		return pastVerb(toks[m.e+1]) || irregularParticiple[toks[m.e+1].lower]
	}
	return false
}

// foreignPerson resolves an object pronoun ("North Korea accused him")
// from the document to the most recent person who does not serve a state
// named before it in its sentence: a state's statement is rarely about
// its own official. Nil when no state precedes it or no such person is
// left.
func (x *Extractor) foreignPerson(st *docState, ms []*mention, m *mention, want string, not *Entry) *Entry {
	own := map[*Entry]bool{}
	for _, n := range ms {
		if n.s < m.s && n.kind == mkActor && n.ent != nil && !n.city && !n.appos {
			switch n.ent.Kind {
			case KindCountry:
				own[n.ent] = true
			case KindOrganization, KindMedia:
				if h := x.homeState(n.ent); h != nil {
					own[h] = true
				}
			}
		}
	}
	if len(own) == 0 {
		return nil
	}
	for k := len(st.persons) - 1; k >= 0; k-- {
		p := st.persons[k]
		if genderOK(p, want) && p != not && !own[x.homeState(p)] {
			return p
		}
	}
	return nil
}

// countryAnaphor returns the length of a definite "the country", "the
// nation" or "the kingdom" at toks[i] that refers back to a state like
// "it" does, or 0.
func countryAnaphor(toks []token, i int) int {
	if i+1 >= len(toks) || toks[i].lower != "the" || toks[i+1].lower != "country" && toks[i+1].lower != "nation" && toks[i+1].lower != "kingdom" {
		return 0
	}
	if i+2 < len(toks) && toks[i+2].text == "-" {
		return 0 // "the country-wide ..."
	}
	if toks[i+1].lower == "kingdom" && (toks[i+1].text == "Kingdom" || i+2 < len(toks) && toks[i+2].lower == "of") {
		return 0 // "the Kingdom of Saudi Arabia", "the Kingdom": a name, not an anaphor
	}
	return 2
}

// resolveCountry finds the state "the country" refers to: the first state
// named before it in its sentence, else the state of the first person
// named before it ("Kim said the country would ..."), else the state that
// was the subject of one of the two sentences before, else the state that
// was the subject of the last event, else the last state named.
func (x *Extractor) resolveCountry(m *mention, ms []*mention, st *docState) *Entry {
	var person *Entry
	for _, n := range ms {
		if n.s >= m.s || n.kind != mkActor || n.ent == nil || n.appos || n.city {
			continue
		}
		if n.ent.Kind == KindCountry {
			return n.ent
		}
		if person == nil && n.ent.Kind == KindPerson {
			person = n.ent
		}
	}
	if person != nil {
		if h := x.homeState(person); h != nil {
			return h
		}
	}
	if st.lastState != nil && st.lastState.Kind == KindCountry && st.lastStateIndex >= st.sentIndex-2 {
		return st.lastState
	}
	if p := st.lastPair[0]; p != nil && p.Kind == KindCountry {
		return p
	}
	for k := len(st.states) - 1; k >= 0; k-- {
		if st.states[k].Kind == KindCountry {
			return st.states[k]
		}
	}
	return nil
}

// orgHeads are the head nouns a definite description of an organisation
// named earlier uses: "the Council" after the Security Council, "the
// agency" after the IAEA, "the alliance" after NATO.
var orgHeads = map[string]bool{
	"council": true, "commission": true, "agency": true, "assembly": true, "alliance": true, "bloc": true,
	"organization": true, "organisation": true, "watchdog": true, "ministry": true, "committee": true,
}

// blocs are the groupings "the bloc" may refer back to.
var blocs = map[string]bool{
	"european-union": true, "asean": true, "brics": true, "sco": true, "african-union": true, "gcc": true,
	"eaeu": true, "csto": true, "mercosur": true, "g7": true, "g20": true, "quad": true,
}

// orgAnaphor resolves "the Council", "the agency" or "the bloc" at
// toks[i] to the organisation of the document, among the last ones named,
// whose name has that head noun (for "the bloc", a grouping of states);
// not before "of" or a name ("the Council of Europe", "the Agency for ...").
func (x *Extractor) orgAnaphor(toks []token, i int, st *docState) *Entry {
	if i+1 >= len(toks) || toks[i].lower != "the" || !orgHeads[toks[i+1].lower] {
		return nil
	}
	if i+2 < len(toks) && (toks[i+2].lower == "of" || toks[i+2].lower == "for" || toks[i+2].isCap() || toks[i+2].text == "-") {
		return nil
	}
	head := toks[i+1].lower
	for k := len(st.orgs) - 1; k >= 0 && k >= len(st.orgs)-20; k-- {
		e := st.orgs[k]
		if head == "bloc" && blocs[e.ID] || head != "bloc" && nameHasWord(e, head) {
			return e
		}
	}
	return nil
}

// nameHasWord reports whether the name or an alias of e has the word w
// (lower case).
func nameHasWord(e *Entry, w string) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		for _, f := range strings.Fields(strings.ToLower(n)) {
			if f == w {
				return true
			}
		}
	}
	return false
}

// opensCoordinateClause reports whether pos starts a clause coordinated
// with the main one: "and" or "but" before it, with at most an adverb or
// a short time phrase between ("and later he", "but on Tuesday he").
func opensCoordinateClause(toks []token, pos int) bool {
	for q := pos - 1; q >= 0 && q >= pos-5; q-- {
		w := toks[q]
		switch {
		case w.lower == "and" || w.lower == "but":
			return q > 0
		case w.lower == "the" || prepositions[w.lower] || adverbs[w.lower] && !auxWords[w.lower] || weekdays[w.lower] != 0 || w.lower == "sunday" || monthNames[w.lower] != 0 || isDigits(w.text):
		default:
			return false
		}
	}
	return false
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// firstClauseSubject returns the first person before pos who is directly
// followed by a finite verb (the subject of the earliest clause), or nil.
func firstClauseSubject(toks []token, pos int, ms []*mention) *Entry {
	for _, n := range ms {
		if n.s >= pos {
			break
		}
		if n.kind != mkActor || n.ent == nil || n.ent.Kind != KindPerson || n.appos || n.e >= len(toks) {
			continue
		}
		if v := toks[n.e]; !v.isCap() && (pastVerb(v) || verbLike(v) || auxWords[v.lower]) {
			return n.ent
		}
	}
	return nil
}

// subClauseOpeners open a clause whose subject pronoun refers back to the
// main clause's subject.
var subClauseOpeners = map[string]bool{"where": true, "when": true, "before": true, "after": true, "while": true, "as": true, "because": true}

// relativeAntecedent reports whether n is the subject of the clause whose
// object pronoun is at pos: n right before a verb or two ("X hosted him"),
// or followed by ", who" or "who" with the relative clause reaching pos
// without another clause starting.
func relativeAntecedent(toks []token, n *mention, pos int) bool {
	if gap := pos - n.e; gap >= 1 && gap <= 3 {
		// "Abe hosted him": an object pronoun is not its own clause's subject
		plain := true
		for q := n.e; q < pos; q++ {
			if w := toks[q]; !w.isWord() || w.isCap() || w.lower == "and" || w.lower == "or" || clauseBoundary[w.lower] || prepositions[w.lower] {
				plain = false
			}
		}
		if plain {
			return true
		}
	}
	k := n.e
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k >= len(toks) || (toks[k].lower != "who" && toks[k].lower != "which") {
		return false
	}
	for q := k + 1; q < pos; q++ {
		if toks[q].text == "," || toks[q].lower == "and" || toks[q].text == ";" {
			return false
		}
	}
	return true
}

func (st *docState) lastSubjectState(_ *docState) *Entry {
	if st.lastPair[0] != nil && st.lastPair[0].Kind != KindPerson {
		return st.lastPair[0]
	}
	return st.states[len(st.states)-1]
}

func genderOK(e *Entry, want string) bool {
	g := e.Gender
	if g == "" {
		return true
	}
	return g[0] == want[0]
}

// pluralTitleBefore finds a plural title ("leaders", "top leaders",
// "foreign ministers") ending right before pos, with its article; it
// returns where it starts and the roles of its singular.
func (x *Extractor) pluralTitleBefore(toks []token, pos int) (int, []string) {
	for n := 3; n >= 1; n-- {
		s := pos - n
		if s < 0 || !strings.HasSuffix(toks[pos-1].lower, "s") {
			continue
		}
		words := make([]token, n)
		copy(words, toks[s:pos])
		last := words[n-1].lower
		words[n-1].lower = strings.TrimSuffix(last, "s")
		if m, k := x.titles.longest(words, 0, lowerKey); m != nil && k == n && len(x.roles[m.entry]) > 0 {
			if s > 0 && (toks[s-1].lower == "the" || toks[s-1].lower == "both") {
				s--
			}
			return s, x.roles[m.entry]
		}
	}
	return 0, nil
}

// gluedToPhrase reports a state that closes a sentence-initial prepositional
// phrase written without its comma, right before a titled person who is
// followed by a finite verb: "In his speech on a visit to Russia President
// X expressed ...".
func gluedToPhrase(toks []token, state, person *mention) bool {
	if state.s == 0 || !prepositions[toks[state.s-1].lower] || !prepositions[toks[0].lower] || person.e >= len(toks) {
		return false
	}
	for k := 0; k < state.s; k++ {
		if toks[k].text == "," {
			return false
		}
	}
	v := toks[person.e]
	return !v.isCap() && v.isWord() && (strings.HasSuffix(v.lower, "ed") || sayVerbs[v.lower] || beForms[v.lower] || v.lower == "has")
}
