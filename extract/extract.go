package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Document is one input article, already split from its front matter.
type Document struct {
	ID        string // front matter id, default the file name without extension
	Title     string
	Source    string
	Published string // YYYY-MM-DD from front matter; "" when absent
	URL       string
	Path      string // as given by the caller, for messages
	SHA256    string // hex digest of the file's bytes
	Body      string // text after the front matter; event spans index into it
	BodyLine  int    // the file's line (from 1) where Body starts; 0 when unknown
}

// Options tune an Extractor. The zero value is the default.
type Options struct {
	// MinConfidence drops events below this confidence (0..1, default 0).
	MinConfidence float64
	// NoNER turns off prose's named-entity recogniser, which otherwise runs
	// on sentences that have a trigger but fewer than two known actors.
	NoNER bool
}

// Explanation says why an event was emitted (kg extract --explain).
type Explanation struct {
	Rule     string   `json:"rule"`     // e.g. "verb:visit"
	Trigger  string   `json:"trigger"`  // the words that fired the rule
	Mentions []string `json:"mentions"` // the mentions that became subject and object, and any date expression

	contextDate bool // the date came from an earlier sentence
}

// Result is what Extract finds in one document.
type Result struct {
	Published    string        // front matter date, else one inferred from a dateline; "" if none
	Events       []Event       // in text order
	Explanations []Explanation // parallel to Events
	Mentions     []Mention     // every resolved actor mention, sorted by actor id
	Failures     []Failure     // sentences the extractor itself failed on; their events are missing
}

// Failure is a sentence the extractor failed on: a bug in a rule, such as
// an index past the sentence's end. The sentence yields no events and the
// rest of the document is extracted as usual.
type Failure struct {
	Sentence int    // index of the sentence in the document, from 0
	Line     int    // the file's line of the sentence's start (Document.BodyLine counts), from 1
	Reason   string // what went wrong, for the bug report
}

func (f Failure) Error() string {
	return fmt.Sprintf("%s on this sentence (%s); please report it with the file", ErrExtractor, f.Reason)
}

// Extractor turns documents into events. It is built once by New and is
// safe for concurrent use; Extract is a pure function of its input.
type Extractor struct {
	dict     *Dictionary
	opts     Options
	triggers *trie // lower-case trigger phrases
	trigInfo map[*dictMatch]*trigger
	nounAlt  map[string]string // phrases that are also nouns: relation
	titles   *trie             // lower-case title phrases
	roles    map[*Entry][]string
	sectors  *trie
}

// titleFile is extract/data/titles.yaml.
type titleFile struct {
	Titles []struct {
		Phrase string   `yaml:"phrase"`
		Roles  []string `yaml:"roles"`
		Note   string   `yaml:"note"` // the post named by words of its holders' notes (dict.go notePrefix)
	} `yaml:"titles"`
	Sectors []string `yaml:"sectors"`
}

// New compiles an extractor over dict.
func New(dict *Dictionary, opts Options) (*Extractor, error) {
	if dict == nil {
		d, err := buildDictionary(nil)
		if err != nil {
			return nil, err
		}
		dict = d
	}
	if dict.names == nil {
		dict.build()
	}
	x := &Extractor{dict: dict, opts: opts, roles: map[*Entry][]string{}}
	var tf titleFile
	if err := loadData("titles.yaml", &tf); err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	x.titles = &trie{}
	for _, t := range tf.Titles {
		for _, r := range t.Roles {
			if !validRole(r) {
				return nil, fmt.Errorf("new extractor: extract/data/titles.yaml: %q: unknown role %q", t.Phrase, r)
			}
		}
		e := &Entry{ID: t.Phrase}
		x.roles[e] = t.Roles
		if t.Note != "" {
			x.roles[e] = append([]string{notePrefix + noteKey(t.Note)}, t.Roles...)
		}
		x.titles.insert(lowerTexts(t.Phrase), &dictMatch{e, 0})
	}
	x.sectors = &trie{}
	for _, s := range tf.Sectors {
		x.sectors.insert(lowerTexts(s), &dictMatch{&Entry{ID: s}, 0})
	}
	if err := x.loadTriggers(); err != nil {
		return nil, fmt.Errorf("new extractor: %w", err)
	}
	return x, nil
}

func lowerTexts(s string) []string {
	out := tokenTexts(s)
	for i := range out {
		out[i] = strings.ToLower(out[i])
	}
	return out
}

func lowerKey(t token) string { return t.lower }
func textKey(t token) string  { return t.text }

// lineInfo is one line of the body with its class.
type lineInfo struct {
	start, end int
	class      int
}

func splitLines(body string) []lineInfo {
	var out []lineInfo
	pos := 0
	for pos <= len(body) {
		end := strings.IndexByte(body[pos:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += pos
		}
		out = append(out, lineInfo{pos, end, classifyLine(body[pos:end])})
		if end == len(body) {
			break
		}
		pos = end + 1
	}
	return out
}

// docState is what the extractor remembers while reading one document.
type docState struct {
	pub            time.Time
	pubStr         string
	persons        []*Entry // every person mention in order
	states         []*Entry // every country or organisation mention in order
	orgs           []*Entry // every organisation mention in order
	nationality    []int    // indexes of states that only qualify a person ("Russian President X")
	lastPair       [2]*Entry
	known          map[string]*Entry // slug -> entry for unknown persons and orgs
	counts         map[string]*Mention
	para           int
	paraPers       []*Entry           // persons of the current paragraph
	recent         []sentDate         // the last sentences' actors and dates, oldest first
	meetDates      map[string]string  // "talks", "summit", "meeting", "": date of the last dated meeting so named ("During the talks, ..." takes it)
	pairDates      map[string]string  // pairKey of two actors: the day of their last dated meeting or hosting
	storyDay                          // the story's present (dates.go)
	sentIndex      int                // index of the sentence being read
	agents         map[string]agentAt // event noun ("launch") -> who did it last ("North Korea fired ...")
	sentFrom       [2]int             // len(states), len(persons) when the current sentence began
	prevParts      []*Entry           // the participants of the last sentence's events, in order
	prevIndex      int                // the index of the sentence prevParts came from
	lastSubj       *Entry             // the person who was the subject of sentence lastSubjIndex
	lastSubjIndex  int
	lastState      *Entry // the state or organisation that was the subject of sentence lastStateIndex
	lastStateIndex int
	lastGroup      []*Entry // the parties of a plural subject ("the leaders", "A and B") of sentence lastGroupIndex
	lastGroupIndex int
	body           string            // the document's text, for names given in full only later
	sentEnd        int               // offset in body where the current sentence ends
	laterNames     map[string]*Entry // surname -> the person a later full name says it is (nil: none)
}

// Extract finds the events in doc.
func (x *Extractor) Extract(doc Document) Result {
	body := doc.Body
	lines := splitLines(body)
	res := Result{Published: doc.Published}
	if res.Published == "" {
		res.Published = inferPublished(body, lines)
	}
	st := &docState{pubStr: res.Published, known: map[string]*Entry{}, counts: map[string]*Mention{}, body: body}
	if t, err := time.Parse("2006-01-02", res.Published); err == nil {
		st.pub = t
	}
	sentIdx := 0
	seen := map[string]bool{}
	for li, l := range lines {
		if l.class == lineBoilerplate {
			continue
		}
		start := skipDateline(body, l.start, l.end)
		toks := tokenize(body, start, l.end)
		for _, stoks := range splitSentences(toks) {
			if len(stoks) == 0 {
				continue
			}
			s := &sentence{index: sentIdx, start: stoks[0].start, end: stoks[len(stoks)-1].end, toks: stoks, para: li}
			sentIdx++
			st.sentIndex = s.index
			st.sentFrom = [2]int{len(st.states), len(st.persons)}
			if st.para != li {
				st.para, st.paraPers = li, nil
			}
			evs, exps, fail := x.safeSentence(doc, s, st, l.class == lineHeading)
			if fail != nil {
				fail.Line = lineOf(doc, s.start)
				res.Failures = append(res.Failures, *fail)
				continue
			}
			here := map[string]int{} // key -> index in res.Events, this sentence
			for i, ev := range evs {
				key := dedupKey(ev)
				if k, ok := here[key]; ok && strings.HasPrefix(res.Events[k].Rule, "noun:") && !strings.HasPrefix(ev.Rule, "noun:") && ev.Confidence >= x.opts.MinConfidence {
					// "the talks between A and B, who met on Monday": the verb
					// states the event, the noun only names it
					res.Events[k], res.Explanations[k] = ev, exps[i]
					continue
				}
				if k, ok := here[modalityTwinKey(ev)]; ok && ev.Confidence >= x.opts.MinConfidence {
					if ev.Modality == Asserted {
						res.Events[k], res.Explanations[k] = ev, exps[i] // the sentence states it happened
					}
					continue
				}
				if seen[key] || ev.Confidence < x.opts.MinConfidence {
					continue
				}
				seen[key] = true
				here[key] = len(res.Events)
				res.Events = append(res.Events, ev)
				res.Explanations = append(res.Explanations, exps[i])
			}
		}
	}
	res.Events, res.Explanations = dropCoarser(res.Events, res.Explanations)
	res.Events, res.Explanations = dropTripRepeats(res.Events, res.Explanations)
	res.Events, res.Explanations = dropPresentRestatements(res.Events, res.Explanations)
	res.Events, res.Explanations = x.dropRolledUp(res.Events, res.Explanations)
	res.Events, res.Explanations = x.dropStateEchoes(res.Events, res.Explanations)
	res.Events, res.Explanations = dropTripContinuations(res.Events, res.Explanations)
	for _, m := range st.counts {
		res.Mentions = append(res.Mentions, *m)
	}
	SortMentions(res.Mentions)
	return res
}

// safeSentence finds a sentence's mentions (so later sentences can refer
// back to them) and, unless it is a heading, its events. A failure of a
// rule on it is returned instead of its events, so one odd sentence costs
// only its own events.
func (x *Extractor) safeSentence(doc Document, s *sentence, st *docState, heading bool) (evs []Event, exps []Explanation, fail *Failure) {
	defer func() {
		if r := recover(); r != nil {
			evs, exps, fail = nil, nil, &Failure{Sentence: s.index, Reason: fmt.Sprint(r)}
		}
	}()
	if failSentence != nil {
		failSentence(s)
	}
	ms := currencyNames(s.toks, x.findMentions(s, st))
	if heading {
		return nil, nil, nil
	}
	if x.needsNER(s.toks, ms) {
		ms = x.nerMentions(doc.Body, s, ms, st)
	}
	ms = quotedSpeakers(s.toks, ms)
	evs, exps = x.sentenceEvents(doc, s, ms, st)
	return evs, exps, nil
}

// failSentence, when set (by tests only), runs first on every sentence:
// it stands in for a rule that fails.
var failSentence func(*sentence)

// lineOf returns the file line of body offset off, counting from
// doc.BodyLine (1 when unknown).
func lineOf(doc Document, off int) int {
	first := doc.BodyLine
	if first == 0 {
		first = 1
	}
	return first + strings.Count(doc.Body[:min(off, len(doc.Body))], "\n")
}

// dropCoarser keeps one record per event: of the same relation between
// the same actors with the same modality, an undated or coarser-dated
// mention that another record refines is dropped.
func dropCoarser(evs []Event, exps []Explanation) ([]Event, []Explanation) {
	triple := func(ev Event) string {
		k := dedupKey(ev)
		return k[:strings.LastIndex(k[:strings.LastIndex(k, "\x00")], "\x00")] + ev.Modality
	}
	triples := make([]string, len(evs))
	for i, ev := range evs {
		triples[i] = triple(ev)
	}
	return keepEvents(evs, exps, func(i int) bool {
		ev := evs[i]
		for j, o := range evs {
			if i == j || triples[j] != triples[i] || o.Date == ev.Date {
				continue
			}
			if ev.Date == "" || strings.HasPrefix(o.Date, ev.Date+"-") {
				return false
			}
		}
		// An undated asserted or planned record of an event the document
		// dates, in either of those modalities, is the same event again.
		if ev.Date == "" && (ev.Modality == Asserted || ev.Modality == Planned) {
			for j, o := range evs {
				if i != j && o.Date != "" && (o.Modality == Asserted || o.Modality == Planned) &&
					o.Relation == ev.Relation && sameActors(o, ev) {
					return false
				}
			}
		}
		return true
	})
}

// sameActors reports whether two records join the same actors, in either
// order for a symmetric relation.
func sameActors(a, b Event) bool {
	if a.Subject.ID == b.Subject.ID && a.Object.ID == b.Object.ID {
		return true
	}
	r, _ := LookupRelation(a.Relation)
	return r.Symmetric && a.Subject.ID == b.Object.ID && a.Object.ID == b.Subject.ID
}

// dropRolledUp drops a nominal event between two states ("the DPRK-Russia
// summit", dated or not) when the document reports the same relation, dated,
// between persons of those states: it is the same event seen at the level
// of the states, or a restatement of it.
func (x *Extractor) dropRolledUp(evs []Event, exps []Explanation) ([]Event, []Explanation) {
	belongs := func(person, state string) bool {
		if person == state {
			return true
		}
		e := x.dict.byID[person]
		if e == nil || e.Kind != KindPerson {
			return false
		}
		for _, a := range e.Affiliations {
			if a.Org == state {
				return true
			}
		}
		return false
	}
	return keepEvents(evs, exps, func(i int) bool {
		ev := evs[i]
		if !strings.HasPrefix(ev.Rule, "noun:") || ev.Subject.Kind == KindPerson || ev.Object.Kind == KindPerson {
			return true
		}
		r, _ := LookupRelation(ev.Relation)
		for _, o := range evs {
			if o.Relation != ev.Relation || o.Modality != ev.Modality || o.DateSource != SourceText || (o.Subject.Kind != KindPerson && o.Object.Kind != KindPerson) {
				continue
			}
			if ev.DateSource == SourceText && !sameOccasion(ev.Date, o.Date) {
				continue // "the leaders met in September; the two states resumed talks in October": another round
			}
			if belongs(o.Subject.ID, ev.Subject.ID) && belongs(o.Object.ID, ev.Object.ID) ||
				r.Symmetric && belongs(o.Subject.ID, ev.Object.ID) && belongs(o.Object.ID, ev.Subject.ID) {
				return false
			}
		}
		return true
	})
}

// sameOccasion reports two dates that may name one event: one equals or
// refines the other ("2019-04" and "2019-04-25"), one is empty, or two
// days lie within three days of each other (a summit and the editorial
// that hails it the next day).
func sameOccasion(a, b string) bool {
	if a == "" || b == "" || a == b || strings.HasPrefix(a, b+"-") || strings.HasPrefix(b, a+"-") {
		return true
	}
	da, ea := parseDate(a)
	db, eb := parseDate(b)
	if ea != nil || eb != nil || len(a) < 10 || len(b) < 10 {
		return false
	}
	d := da.Sub(db).Hours() / 24
	return d <= 3 && d >= -3
}

// keepEvents returns the events (and their parallel explanations) for which
// keep(i) is true, in order; no events is a nil slice.
func keepEvents(evs []Event, exps []Explanation, keep func(i int) bool) ([]Event, []Explanation) {
	outE := make([]Event, 0, len(evs))
	outX := make([]Explanation, 0, len(evs))
	for i := range evs {
		if keep(i) {
			outE = append(outE, evs[i])
			outX = append(outX, exps[i])
		}
	}
	if len(outE) == 0 {
		return nil, nil
	}
	return outE, outX
}

func dedupKey(ev Event) string {
	s, o := ev.Subject.ID, ev.Object.ID
	if r, _ := LookupRelation(ev.Relation); r.Symmetric && o < s {
		s, o = o, s
	}
	return strings.Join([]string{ev.Doc, ev.Relation, s, o, ev.Date, ev.Modality}, "\x00")
}

// skipDateline returns where a line's text starts after a dateline such
// as "SEOUL, March 3 (Yonhap) --".
func skipDateline(body string, start, end int) int {
	line := body[start:end]
	limit := min(len(line), 80)
	for _, sep := range []string{" -- ", " \u2014 ", " - "} {
		if i := strings.Index(line[:limit], sep); i > 0 {
			head := line[:i]
			if strings.Contains(head, ",") && (strings.Contains(head, "(") || strings.ToUpper(head[:strings.Index(head, ",")]) == head[:strings.Index(head, ",")]) {
				return start + i + len(sep)
			}
			if placeAgencyHead(head) {
				return start + i + len(sep)
			}
		}
	}
	return start
}

// placeAgencyHead reports a dateline head without a date: a place of at
// most four capitalised words and the agency in parentheses, "Hong Kong
// (CNN)", "NEW DELHI/ISLAMABAD (Reuters)". The place is where the story was
// filed, not an actor of its first sentence.
func placeAgencyHead(head string) bool {
	open := strings.Index(head, " (")
	if open <= 0 || !strings.HasSuffix(head, ")") || strings.Contains(head[open+2:len(head)-1], "(") {
		return false
	}
	place := strings.Fields(head[:open])
	if len(place) > 4 {
		return false
	}
	for _, w := range place {
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// eventID is "e-" + the first 12 hex digits of sha256 over the event's key.
func eventID(doc string, sent int, rel, subj, obj, date, rule string) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d\x00%s\x00%s\x00%s\x00%s\x00%s", doc, sent, rel, subj, obj, date, rule)))
	return "e-" + hex.EncodeToString(h[:])[:12]
}

// slug makes an actor id from a name: "Jong Tong-hak" -> "jong-tong-hak".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func (st *docState) count(e *Entry, mention string) {
	if e == nil {
		return
	}
	m := st.counts[e.ID]
	if m == nil {
		m = &Mention{Actor: e.Ref(mention)}
		st.counts[e.ID] = m
	}
	m.Count++
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
