package extract

import "strings"

// Titles and posts: who held a role at a date ("the North Korean leader"
// in 2000 and in 2019), appositions ("X, the U.S. envoy"), heads of bodies
// ("the IAEA chief"), organs in a capital ("the government in Seoul"),
// and the state a person serves.

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

// titleAt is a title phrase found at tokens [s, e).
type titleAt struct {
	s, e  int
	roles []string
}

// statedTitleName resolves a name after a title of a named state to the
// title's holder when the name is one of the holder's: "Jordan's King
// Abdullah", "the Saudi Crown Prince Mohammed", "Qatari Emir Tamim".
func (x *Extractor) statedTitleName(toks []token, ms []*mention, t titleAt, w, date string) *Entry {
	state := titleState(toks, ms, t)
	if state == nil {
		return nil
	}
	h := x.dict.holder(state.ID, t.roles, date)
	if h == nil || !nameHasWord(h, strings.ToLower(w)) {
		return nil
	}
	return h
}

// statedPosts are the posts "<state>'s <surname>" names a holder of.
var statedPosts = []string{"leader", "head-of-state", "president", "head-of-government", "prime-minister", "foreign-minister", "defense-minister"}

// statedSurname resolves a bare name after a state's possessive ("South
// Korea's Yoon", "Japan's Kishida") to the one who held one of its top
// posts at date and bears that name, or nil.
func (x *Extractor) statedSurname(toks []token, ms []*mention, i int, date string) *Entry {
	if i < 2 || toks[i-1].text != "'s" {
		return nil
	}
	sm := mentionEndingAt(ms, i-1)
	if sm == nil || sm.ent == nil || sm.ent.Kind != KindCountry {
		return nil
	}
	w := strings.ToLower(toks[i].text)
	for _, role := range statedPosts {
		if h := x.dict.holder(sm.ent.ID, []string{role}, date); h != nil && nameHasWord(h, w) {
			return h
		}
	}
	return nil
}

// titleState returns the state named right before a title ("Jordan's
// King", "Nepalese Prime Minister"), or nil.
func titleState(toks []token, ms []*mention, t titleAt) *Entry {
	if len(t.roles) == 0 || t.s == 0 {
		return nil
	}
	k := t.s
	if toks[k-1].text == "'s" {
		k--
	}
	for _, m := range ms {
		if m.e == k && m.ent != nil && m.ent.Kind == KindCountry && (m.kind == mkActor || m.kind == mkDemonym) {
			return m.ent
		}
	}
	return nil
}

// titledNewcomer gives a person missing from the dictionary, named right
// after a title of a named state ("Nepalese Prime Minister Pushpa Kamal
// Dahal"), that post, so that the story knows whom he serves: his visits,
// his counterparts, "the two countries".
func titledNewcomer(toks []token, ms []*mention, t titleAt, p *Entry) {
	if p == nil || p.Kind != KindPerson || len(p.Affiliations) > 0 {
		return
	}
	state := titleState(toks, ms, t)
	if state == nil {
		return
	}
	role := t.roles[0]
	for _, r := range t.roles {
		if !strings.HasPrefix(r, notePrefix) {
			role = r
			break
		}
	}
	if strings.HasPrefix(role, notePrefix) {
		role = "official"
	}
	p.Affiliations = append(p.Affiliations, Affiliation{Org: state.ID, Role: role})
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
