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
	named    bool      // a "they" whose pair its own clause names ("A and B, when they met")
	head     int       // token index of the name head (for composite mentions)
	compound bool
	owner    *mention // mkRole of "his Chinese counterpart": the possessive pronoun whose post the state's holder shares
	stateOf  bool     // mkPronoun of "his government": stands for the state of the person it resolves to
	partner  *Entry   // a doer from context (eventObject) of a joint act: the other party
	quoter   bool     // "I" or "we" inside a quotation: its named speaker
}

// pluralTitles end a title that names several holders ("Foreign Ministers
// X and Y"): a title only before their names, never a role by itself.
var pluralTitles = words("ministers presidents")

var pronouns = map[string]bool{"he": true, "she": true, "him": true, "his": true, "her": true, "it": true, "its": true, "they": true, "their": true, "them": true}

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
		if m, n := x.titles.longest(toks, i, lowerKey); m != nil && !(pluralTitles[toks[i+n-1].lower] && !(i+n < len(toks) && isNameToken(toks[i+n]))) {
			// "the leader" counts as a title only when lower case or before a name;
			// a plural one ("Foreign Ministers X and Y") only before names
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
		if i+2 < len(toks) && toks[i].lower == "the" && toks[i+1].lower == "two" && toks[i+2].lower == "koreas" && verbAfter(toks, i+3) {
			// "the two Koreas held talks": as a subject; "a summit between the two Koreas" keeps its leaders
			ms = append(ms, &mention{s: i, e: i + 3, kind: mkPair, pronoun: "koreas", head: i}) // named, not referred back to
			i += 2
			continue
		}
		if i+2 < len(toks) && toks[i].lower == "the" && toks[i+1].lower == "two" && !toks[i+2].isCap() && (pastTense(toks[i+2]) || auxWords[toks[i+2].lower]) {
			// "The two agreed on the need to deepen dialogue": the pair just told of
			ms = append(ms, &mention{s: i, e: i + 2, kind: mkPair, pronoun: "two", head: i})
			i++
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
				var title titleAt
				for k := i - 1; k >= 0 && k >= i-4; k-- {
					if t, ok := titles[k]; ok && t.e == i {
						roles, title = t.roles, t
					}
				}
				if e := x.titledSurname(toks[i].text, roles, st, ms); e != nil {
					ms = append(ms, &mention{s: i, e: i + 1, kind: mkActor, ent: e, weak: true, head: i})
					continue
				}
				if e := x.statedTitleName(toks, ms, title, toks[i].text, st.pubStr); e != nil {
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
			up := x.unknownPerson(toks, i, i+n, st)
			if up.ent != nil && st.known[up.ent.ID] == up.ent {
				for k := i - 1; k >= 0 && k >= i-4; k-- {
					if t, ok := titles[k]; ok && t.e == i {
						titledNewcomer(toks, ms, t, up.ent)
					}
				}
			}
			ms = append(ms, up)
			i += n - 1
			continue
		}
		if isNameToken(toks[i]) && (i+1 >= len(toks) || !toks[i+1].isCap()) {
			if e := x.statedSurname(toks, ms, i, st.pubStr); e != nil {
				ms = append(ms, &mention{s: i, e: i + 1, kind: mkActor, ent: e, weak: true, head: i})
				continue // "South Korea's Yoon": the state's leader of that name
			}
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
	ms = x.ellipticalNames(toks, ms)
	sortMentions(ms)
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
			if _, n := x.sectors.longest(toks, e, lowerKey); n > 1 {
				// "North Korea's official media": a sector phrase over the title "official"
				out = append(out, &mention{s: m.s, e: e + n, kind: mkActor, ent: m.ent, head: m.s})
				continue
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
			if m.kind == mkDemonym && e < len(toks) && toks[e].lower == "capital" && m.s > 0 && toks[m.s-1].lower == "the" && m.ent.Kind == KindCountry {
				// "arrived in the North Korean capital": its seat of government
				c := &mention{s: m.s, e: e + 1, kind: mkActor, ent: m.ent, match: matchMetonym, head: m.s, place: joinTokens(toks[m.s : e+1])}
				if len(m.ent.Metonyms) > 0 {
					c.place = m.ent.Metonyms[0]
				}
				out = append(out, c)
				continue
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
		if g.lower == "side" && m.s >= 4 && toks[m.s-4].lower == "on" {
			continue // "stood on the side of Ukraine": backing it, not its side acting
		}
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
			if m.pronoun == "koreas" {
				nk, _ := x.dict.Lookup("north-korea")
				sk, _ := x.dict.Lookup("south-korea")
				m.pair = [2]*Entry{nk, sk}
				break
			}
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

// verbAfter reports a verb at toks[e], after adverbs.
func verbAfter(toks []token, e int) bool {
	for e < len(toks) && adverbs[toks[e].lower] && !auxWords[toks[e].lower] {
		e++
	}
	return e < len(toks) && (auxWords[toks[e].lower] || verbLike(toks[e]) || pastVerb(toks[e]))
}

// sortMentions orders mentions by their start.
func sortMentions(ms []*mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].s < ms[j-1].s; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// docTitleNouns end the capitalised title of an agreement or statement.
var docTitleNouns = map[string]bool{
	"Declaration": true, "Treaty": true, "Agreement": true, "Accord": true, "Accords": true, "Pact": true,
	"Charter": true, "Communique": true, "Memorandum": true, "Protocol": true, "Convention": true, "Statement": true,
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

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// ellipticalNames adds the first of two names that share their last word
// and are coordinated with it left out: "North and South Korea" names
// North Korea too, "East and West Germany" East Germany. Only a word that
// makes a dictionary name with the shared words counts.
func (x *Extractor) ellipticalNames(toks []token, ms []*mention) []*mention {
	var add []*mention
	for _, m := range ms {
		if m.ent == nil || m.e-m.s < 2 || m.s < 2 || toks[m.s-1].lower != "and" || !toks[m.s-2].isCap() || mentionEndingAt(ms, m.s-1) != nil {
			continue
		}
		words := append([]token{toks[m.s-2]}, toks[m.s+1:m.e]...)
		d, n := x.dict.names.longest(words, 0, textKey)
		if d == nil || n != len(words) || d.kind != matchName || d.entry == nil || d.entry == m.ent || d.entry.Kind != m.ent.Kind {
			continue
		}
		e := d.entry
		add = append(add, &mention{s: m.s - 2, e: m.s - 1, kind: mkActor, ent: e, head: m.s - 2})
	}
	return append(ms, add...)
}
