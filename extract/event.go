package extract

import (
	"encoding/json"
	"fmt"
	"sort"
)

// Relation is one entry of the fixed relation vocabulary (SPEC.md).
type Relation struct {
	Name      string  // MEET, VISIT, ...
	CAMEO     string  // CAMEO event code, e.g. "040"
	Goldstein float64 // Goldstein (1992) weight, -10..+10
	Symmetric bool    // emitted once, subject first in text order
}

// Relations is the fixed relation vocabulary, in SPEC.md order. Relationship
// types written to Neo4j come only from this list.
var Relations = []Relation{
	{"MEET", "040", 1.0, true},
	{"VISIT", "042", 1.9, false},
	{"HOST", "043", 2.8, false},
	{"INVITE", "036", 4.0, false},
	{"COOPERATE", "050", 3.5, true},
	{"SIGN_AGREEMENT", "057", 8.0, true},
	{"SUPPORT", "051", 3.4, false},
	{"MILITARY_COOPERATION", "062", 7.4, true},
	{"AID", "070", 7.0, false},
	{"CRITICIZE", "111", -2.0, false},
	{"REJECT", "120", -4.0, false},
	{"THREATEN", "130", -4.4, false},
	{"SANCTION", "163", -8.0, false},
	{"ATTACK", "190", -10.0, false},
}

// LookupRelation returns the vocabulary entry for name.
func LookupRelation(name string) (Relation, bool) {
	for _, r := range Relations {
		if r.Name == name {
			return r, true
		}
	}
	return Relation{}, false
}

// Actor kinds; each is also a Neo4j label.
const (
	KindPerson       = "Person"
	KindCountry      = "Country"
	KindOrganization = "Organization"
	KindMedia        = "Media"
	KindOther        = "Other"
)

// Kinds is the fixed list of actor kinds, the only labels besides Actor.
var Kinds = []string{KindPerson, KindCountry, KindOrganization, KindMedia, KindOther}

// ValidKind reports whether k is one of Kinds.
func ValidKind(k string) bool {
	for _, v := range Kinds {
		if v == k {
			return true
		}
	}
	return false
}

// Modalities of an event.
const (
	Asserted     = "asserted"
	Planned      = "planned"
	Negated      = "negated"
	Hypothetical = "hypothetical"
)

// Date precisions and sources.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
	PrecisionNone  = "none"

	SourceText     = "text"
	SourceDocument = "document"
	SourceNone     = "none"
)

// ActorRef is an actor as it appears in an event record.
type ActorRef struct {
	ID      string `json:"id"`      // slug, e.g. "sergey-lavrov"
	Name    string `json:"name"`    // canonical name
	Kind    string `json:"kind"`    // one of Kinds
	Mention string `json:"mention"` // the text that named it in the sentence
}

// Event is one line of `kg extract --format jsonl` (SPEC.md, "Event record").
type Event struct {
	ID         string   `json:"id"`       // deterministic: "e-" + 12 hex digits
	Doc        string   `json:"doc"`      // document id
	Sentence   int      `json:"sentence"` // 0-based sentence index in the document body
	Span       [2]int   `json:"span"`     // byte offsets of the sentence in the document body
	Text       string   `json:"text"`     // the sentence
	Subject    ActorRef `json:"subject"`
	Relation   string   `json:"relation"`
	Object     ActorRef `json:"object"`
	Date       string   `json:"date"`        // YYYY, YYYY-MM, YYYY-MM-DD or "" (written as null)
	Precision  string   `json:"precision"`   // year|month|day|none
	DateSource string   `json:"date_source"` // text|document|none
	Modality   string   `json:"modality"`    // asserted|planned|negated|hypothetical
	Place      string   `json:"place"`       // where it happened, "" when unknown (written as null)
	Confidence float64  `json:"confidence"`  // 0..1
	Rule       string   `json:"rule"`        // the rule that fired, e.g. "verb:visit"
	CAMEO      string   `json:"cameo"`
	Goldstein  float64  `json:"goldstein"`
}

// eventJSON is Event's wire form: field order as in SPEC.md, with an empty
// date or place written as null.
type eventJSON struct {
	ID         string   `json:"id"`
	Doc        string   `json:"doc"`
	Sentence   int      `json:"sentence"`
	Span       [2]int   `json:"span"`
	Text       string   `json:"text"`
	Subject    ActorRef `json:"subject"`
	Relation   string   `json:"relation"`
	Object     ActorRef `json:"object"`
	Date       *string  `json:"date"`
	Precision  string   `json:"precision"`
	DateSource string   `json:"date_source"`
	Modality   string   `json:"modality"`
	Place      *string  `json:"place"`
	Confidence float64  `json:"confidence"`
	Rule       string   `json:"rule"`
	CAMEO      string   `json:"cameo"`
	Goldstein  float64  `json:"goldstein"`
}

// MarshalJSON writes an empty date or place as null.
func (e Event) MarshalJSON() ([]byte, error) {
	return json.Marshal(eventJSON{e.ID, e.Doc, e.Sentence, e.Span, e.Text, e.Subject, e.Relation, e.Object,
		nullable(e.Date), e.Precision, e.DateSource, e.Modality, nullable(e.Place),
		e.Confidence, e.Rule, e.CAMEO, e.Goldstein})
}

// UnmarshalJSON reads null dates and places as "".
func (e *Event) UnmarshalJSON(b []byte) error {
	var w eventJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*e = Event{w.ID, w.Doc, w.Sentence, w.Span, w.Text, w.Subject, w.Relation, w.Object,
		deref(w.Date), w.Precision, w.DateSource, w.Modality, deref(w.Place),
		w.Confidence, w.Rule, w.CAMEO, w.Goldstein}
	return nil
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Validate checks an event against the record contract: known relation,
// kinds, modality, precision and a date whose shape matches its precision.
func (e *Event) Validate() error {
	switch {
	case e.ID == "":
		return fmt.Errorf("event has no id")
	case e.Doc == "":
		return fmt.Errorf("event %s: no doc", e.ID)
	case e.Subject.ID == "" || e.Object.ID == "":
		return fmt.Errorf("event %s: subject and object need ids", e.ID)
	}
	if _, ok := LookupRelation(e.Relation); !ok {
		return fmt.Errorf("event %s: unknown relation %q", e.ID, e.Relation)
	}
	if !ValidKind(e.Subject.Kind) || !ValidKind(e.Object.Kind) {
		return fmt.Errorf("event %s: unknown actor kind %q/%q", e.ID, e.Subject.Kind, e.Object.Kind)
	}
	switch e.Modality {
	case Asserted, Planned, Negated, Hypothetical:
	default:
		return fmt.Errorf("event %s: unknown modality %q", e.ID, e.Modality)
	}
	want := map[string]int{PrecisionDay: 10, PrecisionMonth: 7, PrecisionYear: 4, PrecisionNone: 0}
	n, ok := want[e.Precision]
	if !ok {
		return fmt.Errorf("event %s: unknown precision %q", e.ID, e.Precision)
	}
	if len(e.Date) != n || (n > 0 && !dateShape(e.Date)) {
		return fmt.Errorf("event %s: date %q does not match precision %s", e.ID, e.Date, e.Precision)
	}
	return nil
}

func dateShape(s string) bool {
	for i, c := range s {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Mention counts how often a document names an actor.
type Mention struct {
	Actor ActorRef `json:"actor"`
	Count int      `json:"count"`
}

// DocumentRecord describes a source document; `kg extract --out F` writes
// these to the sidecar F's ".docs.jsonl" so `kg load` can create Document
// nodes and MENTIONS relationships.
type DocumentRecord struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	Source    string    `json:"source,omitempty"`
	Published string    `json:"published,omitempty"` // YYYY-MM-DD, or inferred from a dateline
	URL       string    `json:"url,omitempty"`
	SHA256    string    `json:"sha256"`   // of the file's bytes
	Path      string    `json:"path"`     // as given on the command line
	Mentions  []Mention `json:"mentions"` // sorted by actor id
}

// SortMentions orders mentions by actor id so output is deterministic.
func SortMentions(ms []Mention) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].Actor.ID < ms[j].Actor.ID })
}
