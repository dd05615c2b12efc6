package extract

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
}

// Options tune an Extractor. The zero value is the default.
type Options struct {
	// MinConfidence drops events below this confidence (0..1, default 0).
	MinConfidence float64
}

// Explanation says why an event was emitted (kg extract --explain).
type Explanation struct {
	Rule     string   `json:"rule"`     // e.g. "verb:visit"
	Trigger  string   `json:"trigger"`  // the words that fired the rule
	Mentions []string `json:"mentions"` // the mentions that became subject and object, and any date expression
}

// Result is what Extract finds in one document.
type Result struct {
	Published    string        // front matter date, else one inferred from a dateline; "" if none
	Events       []Event       // in text order
	Explanations []Explanation // parallel to Events
	Mentions     []Mention     // every resolved actor mention, sorted by actor id
}

// Extractor turns documents into events. It is built once by New and is
// safe for concurrent use; Extract is a pure function of its input.
type Extractor struct {
	dict *Dictionary
	opts Options
}

// New compiles an extractor over dict.
func New(dict *Dictionary, opts Options) (*Extractor, error) {
	return &Extractor{dict: dict, opts: opts}, nil
}

// Extract finds the events in doc.
func (x *Extractor) Extract(doc Document) Result {
	return Result{Published: doc.Published}
}
