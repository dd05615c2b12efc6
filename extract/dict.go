package extract

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed data
var dataFS embed.FS

// Affiliation is a person's role in a state or organisation over a time range.
type Affiliation struct {
	Org  string `yaml:"org" json:"org"`   // actor id of the state or organisation
	Role string `yaml:"role" json:"role"` // e.g. "president", "foreign-minister"
	From string `yaml:"from" json:"from"` // YYYY[-MM[-DD]], "" = unknown
	To   string `yaml:"to" json:"to"`     // YYYY[-MM[-DD]], "" = still holds it
	Note string `yaml:"note,omitempty" json:"note,omitempty"`
}

// Entry is one actor of the dictionary (extract/data/actors/*.yaml).
type Entry struct {
	ID           string        `yaml:"id"`
	Name         string        `yaml:"name"`
	Kind         string        `yaml:"kind"`
	Aliases      []string      `yaml:"aliases"`
	Surnames     []string      `yaml:"surnames"`
	Metonyms     []string      `yaml:"metonyms"`
	Demonyms     []string      `yaml:"demonyms"`
	Cities       []string      `yaml:"cities"` // Country only: other cities, places of visits, never actors
	Parent       string        `yaml:"parent"`
	Seat         string        `yaml:"seat"`    // Organization only: the state its headquarters are in
	Members      []string      `yaml:"members"` // Organization only: its member states (summit groupings, alliances)
	Gender       string        `yaml:"gender"`
	Affiliations []Affiliation `yaml:"affiliations"`
}

// Ref returns the entry as an event actor with the given mention.
func (e *Entry) Ref(mention string) ActorRef {
	return ActorRef{ID: e.ID, Name: e.Name, Kind: e.Kind, Mention: mention}
}

// Roles is the vocabulary of affiliation roles.
var Roles = []string{
	"head-of-state", "president", "leader", "head-of-government", "prime-minister", "foreign-minister",
	"defense-minister", "unification-minister", "ambassador", "envoy", "party-leader", "spokesperson",
	"secretary-general", "official", "chairman", "vice-president", "vice-minister", "minister", "security-adviser",
}

func validRole(r string) bool {
	for _, v := range Roles {
		if v == r {
			return true
		}
	}
	return false
}

// Dictionary holds the actors the extractor knows by name.
type Dictionary struct {
	entries  []*Entry
	byID     map[string]*Entry
	names    *trie               // names, aliases, metonyms, demonyms over tokens
	surnames map[string][]*Entry // surname -> persons, sorted by id
	holders  map[string][]*Entry // org + "\x00" + role -> persons with that affiliation, sorted by id
	members  map[string][]*Entry // org -> persons with any affiliation with it, sorted by id
	translit map[string]*Entry   // translitKey of a person's name forms -> the person; nil when two share it
	surKeys  map[*Entry][]string // translitKeys of a person's surnames
}

// Name match kinds.
const (
	matchName = iota
	matchMetonym
	matchDemonym
	matchCity
)

type dictMatch struct {
	entry *Entry
	kind  int
}

// trie is a token-level prefix tree; keys are token texts.
type trie struct {
	next map[string]*trie
	val  *dictMatch
}

func (t *trie) insert(keys []string, v *dictMatch) {
	n := t
	for _, k := range keys {
		if n.next == nil {
			n.next = map[string]*trie{}
		}
		c := n.next[k]
		if c == nil {
			c = &trie{}
			n.next[k] = c
		}
		n = c
	}
	if n.val == nil || v.kind < n.val.kind {
		n.val = v
	}
}

// longest returns the longest match starting at toks[i] and its length.
func (t *trie) longest(toks []token, i int, key func(token) string) (*dictMatch, int) {
	n := t
	var best *dictMatch
	bestLen := 0
	for j := i; j < len(toks) && n != nil; j++ {
		n = n.next[key(toks[j])]
		if n != nil && n.val != nil {
			best, bestLen = n.val, j-i+1
		}
	}
	return best, bestLen
}

func tokenTexts(s string) []string {
	toks := tokenize(s, 0, len(s))
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// nameVariants adds the spellings a name is commonly written in:
// "Kim Jong-un" also as "Kim Jong Un" and "Kim Jong-Un".
func nameVariants(name string) []string {
	out := []string{name}
	if strings.Contains(name, "-") {
		f := strings.Fields(name)
		spaced := make([]string, len(f))
		capped := make([]string, len(f))
		for i, w := range f {
			parts := strings.Split(w, "-")
			for k := 1; k < len(parts); k++ {
				if parts[k] != "" {
					parts[k] = strings.ToUpper(parts[k][:1]) + parts[k][1:]
				}
			}
			spaced[i] = strings.Join(parts, " ")
			capped[i] = strings.Join(parts, "-")
		}
		out = append(out, strings.Join(spaced, " "), strings.Join(capped, " "))
	}
	return out
}

// LoadDictionary reads the embedded dictionary and then each extra file, in
// order; an extra entry whose id already exists extends and overrides it.
func LoadDictionary(extra ...string) (*Dictionary, error) {
	var files []namedData
	paths, _ := fs.Glob(dataFS, "data/actors/*.yaml")
	sort.Strings(paths)
	for _, p := range paths {
		b, err := dataFS.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("load dictionary: %w", err)
		}
		files = append(files, namedData{"extract/" + p, b})
	}
	for _, p := range extra {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("load dictionary: %w", err)
		}
		files = append(files, namedData{p, b})
	}
	return buildDictionary(files)
}

type namedData struct {
	name string
	data []byte
}

// buildDictionary parses, merges and validates dictionary files.
func buildDictionary(files []namedData) (*Dictionary, error) {
	d := &Dictionary{byID: map[string]*Entry{}}
	source := map[string]string{}
	for _, f := range files {
		var doc struct {
			Actors []*Entry `yaml:"actors"`
		}
		if err := yaml.Unmarshal(f.data, &doc); err != nil {
			return nil, fmt.Errorf("%s: %v", f.name, err)
		}
		seen := map[string]bool{}
		for i, e := range doc.Actors {
			if e == nil || e.ID == "" {
				return nil, fmt.Errorf("%s: actor %d has no id", f.name, i+1)
			}
			if seen[e.ID] {
				return nil, fmt.Errorf("%s: duplicate actor id %q", f.name, e.ID)
			}
			seen[e.ID] = true
			if old, ok := d.byID[e.ID]; ok {
				mergeEntry(old, e)
				source[e.ID] = f.name
				continue
			}
			d.byID[e.ID] = e
			d.entries = append(d.entries, e)
			source[e.ID] = f.name
		}
	}
	sort.Slice(d.entries, func(i, j int) bool { return d.entries[i].ID < d.entries[j].ID })
	for _, e := range d.entries {
		where := source[e.ID]
		if e.Name == "" {
			return nil, fmt.Errorf("%s: actor %q has no name", where, e.ID)
		}
		if !ValidKind(e.Kind) {
			return nil, fmt.Errorf("%s: actor %q: unknown kind %q", where, e.ID, e.Kind)
		}
		if e.Parent != "" && d.byID[e.Parent] == nil {
			return nil, fmt.Errorf("%s: actor %q: unknown parent %q", where, e.ID, e.Parent)
		}
		if s := d.byID[e.Seat]; e.Seat != "" && (s == nil || s.Kind != KindCountry) {
			return nil, fmt.Errorf("%s: actor %q: seat %q is no state", where, e.ID, e.Seat)
		}
		switch e.Gender {
		case "", "male", "female", "m", "f":
		default:
			return nil, fmt.Errorf("%s: actor %q: unknown gender %q", where, e.ID, e.Gender)
		}
		for _, a := range e.Affiliations {
			if !validRole(a.Role) {
				return nil, fmt.Errorf("%s: actor %q: unknown role %q", where, e.ID, a.Role)
			}
			if d.byID[a.Org] == nil {
				return nil, fmt.Errorf("%s: actor %q: affiliation with unknown org %q", where, e.ID, a.Org)
			}
		}
	}
	d.build()
	return d, nil
}

func mergeEntry(old, e *Entry) {
	if e.Name != "" {
		old.Name = e.Name
	}
	if e.Kind != "" {
		old.Kind = e.Kind
	}
	if e.Parent != "" {
		old.Parent = e.Parent
	}
	if e.Gender != "" {
		old.Gender = e.Gender
	}
	if len(e.Members) > 0 {
		old.Members = e.Members
	}
	if e.Seat != "" {
		old.Seat = e.Seat
	}
	old.Aliases = union(old.Aliases, e.Aliases)
	old.Surnames = union(old.Surnames, e.Surnames)
	old.Metonyms = union(old.Metonyms, e.Metonyms)
	old.Demonyms = union(old.Demonyms, e.Demonyms)
	old.Cities = union(old.Cities, e.Cities)
	if len(e.Affiliations) > 0 {
		old.Affiliations = e.Affiliations
	}
}

func union(a, b []string) []string {
	for _, s := range b {
		found := false
		for _, t := range a {
			if t == s {
				found = true
				break
			}
		}
		if !found {
			a = append(a, s)
		}
	}
	return a
}

// build compiles the matcher: one token trie over every name form.
func (d *Dictionary) build() {
	d.names = &trie{}
	d.surnames = map[string][]*Entry{}
	d.holders = map[string][]*Entry{}
	d.members = map[string][]*Entry{}
	for _, e := range d.entries {
		if e.Kind == KindPerson {
			for _, a := range e.Affiliations {
				k := a.Org + "\x00" + a.Role
				if l := d.holders[k]; len(l) == 0 || l[len(l)-1] != e {
					d.holders[k] = append(l, e)
				}
				if l := d.members[a.Org]; len(l) == 0 || l[len(l)-1] != e {
					d.members[a.Org] = append(l, e)
				}
			}
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, v := range nameVariants(n) {
				d.names.insert(tokenTexts(v), &dictMatch{e, matchName})
			}
		}
		for _, n := range e.Metonyms {
			d.names.insert(tokenTexts(n), &dictMatch{e, matchMetonym})
		}
		for _, n := range e.Demonyms {
			d.names.insert(tokenTexts(n), &dictMatch{e, matchDemonym})
		}
		for _, n := range e.Cities {
			d.names.insert(tokenTexts(n), &dictMatch{e, matchCity})
		}
		for _, s := range e.Surnames {
			d.surnames[s] = append(d.surnames[s], e)
		}
	}
	d.translit = map[string]*Entry{}
	d.surKeys = map[*Entry][]string{}
	for _, e := range d.entries {
		if e.Kind != KindPerson {
			continue
		}
		for _, n := range e.Surnames {
			d.surKeys[e] = append(d.surKeys[e], translitKey(n))
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := translitKey(n)
			if old, ok := d.translit[k]; ok && old != e {
				d.translit[k] = nil // two persons: ambiguous
				continue
			}
			d.translit[k] = e
		}
	}
}

// translitDiacritics folds the accented letters of Latin transliterations.
var translitDiacritics = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ç", "c", "č", "c", "ć", "c", "é", "e", "è", "e",
	"ê", "e", "ë", "e", "ě", "e", "ğ", "g", "í", "i", "ì", "i", "î", "i", "ï", "i", "ı", "i", "ñ", "n", "ń", "n",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ő", "o", "ø", "o", "ř", "r", "š", "s", "ś", "s", "ş", "s",
	"ș", "s", "ţ", "t", "ț", "t", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ű", "u", "ý", "y", "ž", "z", "ź", "z",
	"ż", "z", "ł", "l", "đ", "d", "-", " ", "'", "", "’", "", ".", "",
)

// translitSpelling folds the letters romanisations of one name disagree
// on: Yatsenyuk/Yatseniuk, Zelenskyy/Zelenskiy, Aksyonov/Axyonov,
// Kharkiv/Harkiv, Sergei/Sergey.
var translitSpelling = strings.NewReplacer("y", "i", "j", "i", "ks", "x", "kh", "h", "w", "v")

// translitKey is a name's spelling with the differences between common
// romanisations and accents folded away, so "Arseny Yatseniuk" finds
// Arseniy Yatsenyuk and "Recep Tayyip Erdoğan" Recep Tayyip Erdogan.
func translitKey(name string) string {
	k := translitSpelling.Replace(translitDiacritics.Replace(strings.ToLower(name)))
	for strings.Contains(k, "ii") {
		k = strings.ReplaceAll(k, "ii", "i")
	}
	return strings.Join(strings.Fields(k), " ")
}

// byTranslit returns the one person whose name, spelt another way, is
// name, or nil.
func (d *Dictionary) byTranslit(name string) *Entry {
	return d.translit[translitKey(name)]
}

// Lookup returns the entry with the given id.
func (d *Dictionary) Lookup(id string) (*Entry, bool) {
	e, ok := d.byID[id]
	return e, ok
}

// Entries returns all entries sorted by id.
func (d *Dictionary) Entries() []*Entry { return d.entries }

// Resolve finds the actor a user-typed name refers to ("Putin", "DPRK"),
// the way the extractor resolves mentions; on failure it returns up to five
// close matches for the error message.
func (d *Dictionary) Resolve(name string) (*Entry, []string) {
	want := normName(name)
	if want == "" {
		return nil, nil
	}
	if e, ok := d.byID[name]; ok {
		return e, nil
	}
	type cand struct {
		dist int
		name string
	}
	var cands []cand
	seen := map[string]bool{}
	for _, e := range d.entries {
		forms := append(append(append([]string{e.Name}, e.Aliases...), e.Metonyms...), e.Surnames...)
		for _, f := range forms {
			for _, v := range nameVariants(f) {
				if normName(v) == want {
					return e, nil
				}
			}
		}
		best := -1
		for _, f := range append([]string{e.Name, e.ID}, e.Aliases...) {
			n := normName(f)
			dist := editDistance(want, n)
			if strings.HasPrefix(n, want) || strings.HasPrefix(want, n) {
				dist = min(dist, 1)
			}
			if best < 0 || dist < best {
				best = dist
			}
		}
		if limit := max(2, len(want)/3); best <= limit && !seen[e.Name] {
			seen[e.Name] = true
			cands = append(cands, cand{best, e.Name})
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].dist != cands[j].dist {
			return cands[i].dist < cands[j].dist
		}
		return cands[i].name < cands[j].name
	})
	var out []string
	for i := 0; i < len(cands) && i < 5; i++ {
		out = append(out, cands[i].name)
	}
	return nil, out
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// seatOf returns the state an international body sits in, its own seat
// or the nearest parent body's ("the UN Security Council" sits where the
// UN does), or "" for a body of no known seat.
func (d *Dictionary) seatOf(o *Entry) string {
	for k := 0; o != nil && o.Kind == KindOrganization && k < 4; k++ {
		if o.Seat != "" {
			return o.Seat
		}
		o = d.byID[o.Parent]
	}
	return ""
}

// notePrefix marks a pseudo-role of a title that names its post by the
// words of the affiliation's note ("note:chief cabinet secretary"): posts
// the role vocabulary has no word for.
const notePrefix = "note:"

// fits reports whether affiliation a is a post of role, a role of the
// vocabulary or a note pseudo-role.
func (a Affiliation) fits(role string) bool {
	if strings.HasPrefix(role, notePrefix) {
		return strings.Contains(noteKey(a.Note), role[len(notePrefix):])
	}
	return a.Role == role
}

// noteKey is a note in lower case with hyphens as spaces, as note
// pseudo-roles are written ("Director-General" is "director general").
func noteKey(note string) string {
	return strings.ReplaceAll(strings.ToLower(note), "-", " ")
}

// candidates returns the persons who may hold role in org: those indexed
// under it, or for a note pseudo-role everyone affiliated with org.
func (d *Dictionary) candidates(org, role string) []*Entry {
	if strings.HasPrefix(role, notePrefix) {
		return d.members[org]
	}
	return d.holders[org+"\x00"+role]
}

// holder returns the person who held role (any of roles) in org at date
// (YYYY[-MM[-DD]]), preferring the earliest role in the list.
func (d *Dictionary) holder(org string, roles []string, date string) *Entry {
	for _, role := range roles {
		var found *Entry
		for _, e := range d.candidates(org, role) {
			for _, a := range e.Affiliations {
				if a.Org == org && a.fits(role) && within(date, a.From, a.To) {
					found = e
				}
			}
			if found != nil {
				return found
			}
		}
	}
	return nil
}

// holders2 reports whether two or more persons held role in org at date.
func (d *Dictionary) holders2(org, role, date string) bool {
	n := 0
	for _, e := range d.candidates(org, role) {
		for _, a := range e.Affiliations {
			if a.Org == org && a.fits(role) && within(date, a.From, a.To) {
				n++
				break
			}
		}
	}
	return n >= 2
}

// within reports whether date falls in [from, to], comparing at the
// coarser of the two precisions.
func within(date, from, to string) bool {
	if date == "" {
		return to == ""
	}
	if from != "" && cmpPrefix(date, from) < 0 {
		return false
	}
	if to != "" && cmpPrefix(date, to) > 0 {
		return false
	}
	return true
}

func cmpPrefix(a, b string) int {
	n := min(len(a), len(b))
	return strings.Compare(a[:n], b[:n])
}

// loadData reads one embedded data file.
func loadData(name string, v any) error {
	b, err := dataFS.ReadFile(path.Join("data", name))
	if err != nil {
		return err
	}
	if err := yaml.Unmarshal(b, v); err != nil {
		return fmt.Errorf("extract/data/%s: %v", name, err)
	}
	return nil
}
