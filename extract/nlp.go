package extract

import (
	"sort"
	"sync"

	"github.com/jdkato/prose/v2"
)

// prose's tagger and entity model are built once per process (loading
// them takes about half a second) and shared by every Extractor and every
// goroutine: prose only reads a model after loading it (its tagger and
// entity classifier look weights up in maps and never write them), so
// documents extracted concurrently run the recogniser concurrently too.
var (
	nerOnce  sync.Once
	nerModel *prose.Model
)

func proseModel() *prose.Model {
	nerOnce.Do(func() { nerModel = prose.ModelFromData("en") })
	return nerModel
}

// needsNER reports whether a sentence is worth prose's tagger: it has a
// relation trigger but fewer than two resolved actors, so an unknown name
// may be the missing subject or object. prose runs at about a tenth of the
// rule pipeline's speed; this gate keeps it off most sentences.
func (x *Extractor) needsNER(toks []token, ms []*mention) bool {
	if x.opts.NoNER {
		return false
	}
	resolved := 0
	covered := make([]bool, len(toks))
	for _, m := range ms {
		if (m.ent != nil || m.kind == mkPair || m.kind == mkRole) && !m.appos {
			resolved++
		}
		for k := m.s; k < m.e && k < len(toks); k++ {
			covered[k] = true
		}
	}
	if resolved >= 2 {
		return false
	}
	// prose's names are only taken with two or more name-like words, so a
	// sentence without such an unclaimed run has nothing for it to find
	run, hasRun := 0, false
	for i := range toks {
		if !covered[i] && isNameToken(toks[i]) {
			run++
			hasRun = hasRun || run >= 2
		} else {
			run = 0
		}
	}
	if !hasRun {
		return false
	}
	for i := range toks {
		if covered[i] {
			continue
		}
		if m, _ := x.triggers.longest(toks, i, lowerKey); m != nil {
			return true
		}
	}
	return false
}

// nerMentions runs prose's named-entity recogniser over one sentence and
// returns mentions for the persons and organisations it finds that the
// dictionary and the name rules missed. Places are left out: the
// dictionary knows every state, and an unknown place is not an actor.
func (x *Extractor) nerMentions(body string, s *sentence, ms []*mention, st *docState) []*mention {
	text := body[s.start:s.end]
	doc, err := prose.NewDocument(text, prose.UsingModel(proseModel()), prose.WithSegmentation(false))
	if err != nil {
		return ms
	}
	toks := s.toks
	free := func(a, b int) bool {
		for _, m := range ms {
			if a < m.e && m.s < b {
				return false
			}
		}
		return true
	}
	added := false
	for _, e := range doc.Entities() {
		if e.Label != "PERSON" && e.Label != "ORG" {
			continue
		}
		want := tokenTexts(e.Text)
		for i := 0; i+len(want) <= len(toks); i++ {
			if !sameTexts(toks[i:i+len(want)], want) {
				continue
			}
			a, b := i, i+len(want)
			if e.Label == "PERSON" {
				// prose often drops a sentence-initial given name: "Hans Mueller" -> "Mueller"
				for a > 0 && isNameToken(toks[a-1]) && free(a-1, b) {
					if m, _ := x.dict.names.longest(toks, a-1, textKey); m != nil {
						break
					}
					a--
				}
				ok := b-a >= 2
				for k := a; k < b && ok; k++ {
					ok = isNameToken(toks[k])
				}
				if !ok || !free(a, b) {
					break
				}
				m := x.unknownPerson(toks, a, b, st)
				m.text = joinTokens(toks[a:b])
				ms = append(ms, m)
			} else {
				if !free(a, b) || !toks[a].isCap() {
					break
				}
				name := joinTokens(toks[a:b])
				id := slug(name)
				ent := st.known[id]
				if ent == nil {
					ent = &Entry{ID: id, Name: name, Kind: KindOrganization}
					st.known[id] = ent
				}
				ms = append(ms, &mention{s: a, e: b, kind: mkActor, ent: ent, head: a, text: name})
			}
			st.note(ms[len(ms)-1].ent, ms[len(ms)-1].text)
			added = true
			break
		}
	}
	if added {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].s < ms[j].s })
	}
	return ms
}

func sameTexts(toks []token, want []string) bool {
	for k, w := range want {
		if toks[k].text != w {
			return false
		}
	}
	return true
}
