// Package gen generates deterministic synthetic events and documents for
// load tests and benchmarks.
package gen

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/kgraph/kg/extract"
)

// Options describe a generated corpus.
type Options struct {
	Events       int    // number of events; required
	Prefix       string // prepended to every actor, document and event id
	Seed         uint64 // same options and seed → same output; 0 means 1
	Actors       int    // actor pool size; default 2000
	EventsPerDoc int    // mean events per document; default 8
}

// Corpus is a generated set of documents and the events they report.
type Corpus struct {
	Documents []extract.DocumentRecord
	Events    []extract.Event
	Actors    []extract.ActorRef // the pool, most popular first
}

var (
	syllables = []string{"ka", "lo", "mi", "ra", "ve", "to", "san", "dor", "el", "an", "ur", "zu",
		"bel", "tri", "mar", "go", "nia", "sha", "po", "rin", "ta", "vo", "ki", "len"}
	countrySuffix = []string{"ia", "stan", "land", "ora", "enia", "ar"}
	orgWords      = []string{"Council", "Union", "Ministry of Defence", "Ministry of Foreign Affairs",
		"Party", "Alliance", "Bank", "Agency", "Front", "Organization"}
	mediaWords = []string{"News Agency", "Times", "Daily", "Broadcasting", "Herald"}
	sources    = []string{"Korea JoongAng Daily", "Pyongyang Times", "Wire Service", "Daily Record", "World Herald"}
	places     = []string{"", "", "Pyongyang", "Beijing", "Moscow", "Geneva", "New York", "Hanoi", "Singapore"}
	verbs      = map[string]string{
		"MEET": "met", "VISIT": "visited", "HOST": "hosted", "INVITE": "invited",
		"COOPERATE": "agreed to boost ties with", "SIGN_AGREEMENT": "signed an agreement with",
		"SUPPORT": "supported", "MILITARY_COOPERATION": "held joint exercises with",
		"AID": "provided aid to", "CRITICIZE": "criticized", "REJECT": "rejected",
		"THREATEN": "threatened", "SANCTION": "imposed sanctions on", "ATTACK": "attacked",
	}
	modalities = []string{extract.Asserted, extract.Asserted, extract.Asserted, extract.Asserted,
		extract.Asserted, extract.Asserted, extract.Planned, extract.Planned, extract.Negated, extract.Hypothetical}
)

func word(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func slug(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteRune(c)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// pool builds n actors: about 10% countries, 60% people, 20% organisations,
// 5% media, 5% other, in popularity order.
func pool(r *rand.Rand, n int, prefix string) []extract.ActorRef {
	actors := make([]extract.ActorRef, 0, n)
	for i := range n {
		var name, kind string
		switch x := r.IntN(100); {
		case x < 10 || i < 5:
			name, kind = word(r, 2)+countrySuffix[r.IntN(len(countrySuffix))], extract.KindCountry
		case x < 70:
			name, kind = word(r, 2)+" "+word(r, 3), extract.KindPerson
		case x < 90:
			name, kind = word(r, 2)+" "+orgWords[r.IntN(len(orgWords))], extract.KindOrganization
		case x < 95:
			name, kind = word(r, 2)+" "+mediaWords[r.IntN(len(mediaWords))], extract.KindMedia
		default:
			name, kind = "the "+word(r, 2)+" protesters", extract.KindOther
		}
		id := fmt.Sprintf("%s%s-%d", prefix, slug(name), i)
		actors = append(actors, extract.ActorRef{ID: id, Name: name, Kind: kind})
	}
	return actors
}

// Generate returns a corpus of exactly o.Events events spread over documents
// published 1990–2025. Actor popularity follows a power law (Zipf), so a few
// actors take part in a large share of events, as in news.
func Generate(o Options) Corpus {
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Actors <= 1 {
		o.Actors = 2000
	}
	if o.EventsPerDoc <= 0 {
		o.EventsPerDoc = 8
	}
	r := rand.New(rand.NewPCG(o.Seed, 0x6b67))
	actors := pool(r, o.Actors, o.Prefix)
	zipf := rand.NewZipf(r, 1.15, 3, uint64(o.Actors-1))
	pick := func() extract.ActorRef { return actors[zipf.Uint64()] }

	c := Corpus{Actors: actors}
	c.Events = make([]extract.Event, 0, o.Events)
	for d := 0; len(c.Events) < o.Events; d++ {
		docID := fmt.Sprintf("%sdoc-%07d", o.Prefix, d)
		day := r.IntN(36 * 365)
		pub := dateOf(day)
		n := min(1+r.IntN(2*o.EventsPerDoc-1), o.Events-len(c.Events))
		mentions := map[string]*extract.Mention{}
		mention := func(a extract.ActorRef, k int) {
			if m, ok := mentions[a.ID]; ok {
				m.Count += k
				return
			}
			mentions[a.ID] = &extract.Mention{Actor: a, Count: k}
		}
		offset := 0
		for j := range n {
			rel := extract.Relations[r.IntN(len(extract.Relations))]
			s, obj := pick(), pick()
			for obj.ID == s.ID {
				obj = pick()
			}
			s.Mention, obj.Mention = s.Name, obj.Name
			place := places[r.IntN(len(places))]
			date, prec, src := eventDate(r, day)
			text := fmt.Sprintf("%s %s %s", s.Name, verbs[rel.Name], obj.Name)
			if place != "" {
				text += " in " + place
			}
			if date != "" {
				text += " on " + date
			}
			text += "."
			h := sha256.Sum256(fmt.Appendf(nil, "%d/%s/%d", o.Seed, docID, j))
			sentence := j*2 + r.IntN(2)
			c.Events = append(c.Events, extract.Event{
				ID: o.Prefix + "e-" + hex.EncodeToString(h[:6]), Doc: docID,
				Sentence: sentence, Span: [2]int{offset, offset + len(text)}, Text: text,
				Subject: s, Relation: rel.Name, Object: obj,
				Date: date, Precision: prec, DateSource: src,
				Modality: modalities[r.IntN(len(modalities))], Place: place,
				Confidence: float64(50+r.IntN(50)) / 100, Rule: "verb:" + strings.ToLower(rel.Name),
				CAMEO: rel.CAMEO, Goldstein: rel.Goldstein,
			})
			offset += len(text) + 1
			mention(s, 1+r.IntN(3))
			mention(obj, 1+r.IntN(3))
		}
		// A few actors the document names without an event.
		for range r.IntN(3) {
			mention(pick(), 1)
		}
		ms := make([]extract.Mention, 0, len(mentions))
		for _, m := range mentions {
			m.Actor.Mention = ""
			ms = append(ms, *m)
		}
		extract.SortMentions(ms)
		var sum [8]byte
		binary.BigEndian.PutUint64(sum[:], o.Seed)
		sha := sha256.Sum256(append(sum[:], docID...))
		c.Documents = append(c.Documents, extract.DocumentRecord{
			ID: docID, Title: fmt.Sprintf("%s and %s: report %d", ms[0].Actor.Name, ms[len(ms)-1].Actor.Name, d),
			Source: sources[r.IntN(len(sources))], Published: pub,
			URL:    fmt.Sprintf("https://news.example/%d/%s", 1990+day/365, docID),
			SHA256: hex.EncodeToString(sha[:]), Path: "gen/" + docID + ".txt", Mentions: ms,
		})
	}
	return c
}

// dateOf returns the day-th day after 1990-01-01 as YYYY-MM-DD.
func dateOf(day int) string {
	y, m, d := 1990, 1, 1+day
	for {
		n := daysIn(y, m)
		if d <= n {
			break
		}
		d -= n
		if m++; m > 12 {
			m, y = 1, y+1
		}
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// eventDate picks a date up to a month before the publication day, at day
// (60%), month (20%), year (15%) or no (5%) precision.
func eventDate(r *rand.Rand, pubDay int) (date, precision, source string) {
	d := dateOf(max(0, pubDay-r.IntN(30)))
	switch x := r.IntN(100); {
	case x < 40:
		return d, extract.PrecisionDay, extract.SourceText
	case x < 60:
		return dateOf(pubDay), extract.PrecisionDay, extract.SourceDocument
	case x < 80:
		return d[:7], extract.PrecisionMonth, extract.SourceText
	case x < 95:
		return d[:4], extract.PrecisionYear, extract.SourceText
	}
	return "", extract.PrecisionNone, extract.SourceNone
}
