package extract

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
	Parent       string        `yaml:"parent"`
	Gender       string        `yaml:"gender"`
	Affiliations []Affiliation `yaml:"affiliations"`
}

// Ref returns the entry as an event actor with the given mention.
func (e *Entry) Ref(mention string) ActorRef {
	return ActorRef{ID: e.ID, Name: e.Name, Kind: e.Kind, Mention: mention}
}

// Dictionary holds the actors the extractor knows by name.
type Dictionary struct {
	entries []*Entry
	byID    map[string]*Entry
}

// Lookup returns the entry with the given id.
func (d *Dictionary) Lookup(id string) (*Entry, bool) {
	e, ok := d.byID[id]
	return e, ok
}

// Entries returns all entries sorted by id.
func (d *Dictionary) Entries() []*Entry { return d.entries }

// LoadDictionary reads the embedded dictionary and then each extra file, in
// order; an extra entry whose id already exists extends and overrides it.
func LoadDictionary(extra ...string) (*Dictionary, error) {
	return &Dictionary{byID: map[string]*Entry{}}, nil
}

// Resolve finds the actor a user-typed name refers to ("Putin", "DPRK"),
// the way the extractor resolves mentions; on failure it returns up to five
// close matches for the error message.
func (d *Dictionary) Resolve(name string) (*Entry, []string) {
	return nil, nil
}
