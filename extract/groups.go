package extract

import "strings"

// Pair and group phrases and the parties they stand for: "the two
// countries", "both leaders", "the three nations", "their countries", a
// sentence-opening "they", and counterparts ("his Chinese counterpart",
// "the foreign ministers of X and Y met their counterparts").

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

// groupWords name people acting together for a state: "others of Russia".
var groupWords = map[string]bool{"others": true, "members": true, "representatives": true, "envoys": true, "diplomats": true}

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

// pairFor resolves a pair phrase ("the two governments", "both leaders")
// from the current sentence when it names two distinct states (persons,
// for "leaders"), else from the participants of the previous sentence's
// events (a person standing for his state where states are wanted), else
// from the document; participants of more than two actors are ambiguous
// and give no pair. A pair of persons is looked for first among those
// the pair's noun fits (see titledPersons), then among all persons.
func (x *Extractor) pairFor(st *docState, word string) [2]*Entry {
	if word == "two" {
		if st.lastPair[0] != nil && st.lastPair[1] != nil {
			return st.lastPair // "X met Y on Thursday. The two agreed ...": the last event's pair
		}
		word = "sides"
	}
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
