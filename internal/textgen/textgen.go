// Package textgen writes deterministic news-like articles for benchmarks.
package textgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Article is one generated article: a file with front matter, as kg
// extract reads it.
type Article struct {
	ID   string
	Text string // front matter and body
}

var (
	states = []string{"Russia", "China", "North Korea", "South Korea", "Japan", "the United States",
		"Ukraine", "Vietnam", "Mongolia", "India", "Germany", "France", "Iran", "Syria", "Cuba", "Laos"}
	capitals = []string{"Moscow", "Beijing", "Pyongyang", "Seoul", "Tokyo", "Washington", "Kyiv", "Hanoi", "Ulaanbaatar"}
	demonyms = []string{"Russian", "Chinese", "North Korean", "South Korean", "Japanese", "American",
		"Ukrainian", "Vietnamese", "Mongolian", "Indian", "German", "French"}
	// Known persons (in the dictionary) and unknown ones, which only a
	// title or prose's recogniser can find.
	known   = []string{"Vladimir Putin", "Kim Jong Un", "Xi Jinping", "Sergey Lavrov", "Moon Jae-in", "Choe Son Hui", "Ri Yong Ho"}
	unknown = []string{"Hans Mueller", "Maria Kowalski", "Pedro Alvarez", "Anna Lindqvist", "Tomas Novak",
		"Elena Petrova", "Jonas Berg", "Lucia Romano", "Viktor Sokolov", "Ingrid Hansen"}
	knownTitled = []string{"Russian President Vladimir Putin", "North Korean leader Kim Jong Un", "Chinese President Xi Jinping",
		"Russian Foreign Minister Sergey Lavrov", "South Korean President Moon Jae-in", "North Korean Foreign Minister Choe Son Hui"}
	titles = []string{"Foreign Minister", "Defense Minister", "Prime Minister", "President",
		"Deputy Foreign Minister", "Ambassador", "Trade Minister"}
	orgs = []string{"the United Nations", "the European Union", "NATO", "the Shanghai Cooperation Organisation", "ASEAN"}

	verbs = []string{"met", "visited", "criticized", "condemned", "invited", "held talks with",
		"signed an agreement with", "pledged support for", "rejected the proposal of", "thanked",
		"warned", "hosted", "called on", "praised"}
	days  = []string{"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "this month", "yesterday"}
	dates = []string{"on March 3", "on April 25", "on June 19", "on September 12", "on November 30", "in 2018", "in July"}

	filler = []string{
		"The talks focused on trade, energy and transport links across the region.",
		"Analysts said the meeting was largely symbolic and unlikely to change the balance of power.",
		"Officials did not give details of the agreements reached behind closed doors.",
		"The economy grew by 2.4 percent last year, according to official statistics.",
		"Markets were calm after the announcement, with the currency little changed.",
		"The visit comes amid growing tension over the disputed islands.",
		"Both sides stressed the importance of dialogue and mutual respect.",
		"Critics said the deal would do little for ordinary people in the border provinces.",
		"A joint statement is expected to be released later in the week.",
		"The ministry said in a statement that preparations were under way.",
		"Experts noted that the two countries have held several rounds of consultations since 2015.",
		"Construction of the new bridge is due to be completed by the end of next year.",
	}
	boiler = []string{"Home > World > Asia", "Share this article", "Related articles", "Read more", "Copyright 2020 Test Wire. All rights reserved."}
	wires  = []string{"Test Wire", "Daily Ledger", "Asia Times Herald", "Northern Courier"}
)

// Generator writes articles from a seeded random source: the same seed
// gives the same articles.
type Generator struct {
	r *rand.Rand
	n int
}

// New returns a generator seeded with seed.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

func (g *Generator) pick(list []string) string { return list[g.r.IntN(len(list))] }

// actor is a subject or object phrase: a state, a capital, a titled or
// bare person, an organisation.
func (g *Generator) actor() string {
	switch g.r.IntN(10) {
	case 0, 1:
		return g.pick(states)
	case 2:
		return g.pick(capitals)
	case 3:
		return g.pick(orgs)
	case 4, 5:
		return g.pick(knownTitled)
	case 6:
		return g.pick(demonyms) + " " + g.pick(titles) + " " + g.pick(unknown)
	case 7:
		return g.pick(unknown) // only prose's recogniser can find it
	default:
		return g.pick(known)
	}
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// sentence is an event sentence or, half of the time, a filler one.
func (g *Generator) sentence() string {
	if g.r.IntN(2) == 0 {
		return g.pick(filler)
	}
	when := g.pick(days)
	if g.r.IntN(3) == 0 {
		when = g.pick(dates)
	}
	s := g.actor() + " " + g.pick(verbs) + " " + g.actor() + " " + when
	switch g.r.IntN(4) {
	case 0:
		s += ", the " + g.pick(wires) + " reported"
	case 1:
		s += " in " + g.pick(capitals)
	}
	s = upperFirst(s) + "."
	if g.r.IntN(6) == 0 {
		s = "\u201c" + upperFirst(g.pick(filler[:6])) + "\u201d " + s
	}
	return s
}

// Article returns the next article, of about size bytes.
func (g *Generator) Article(size int) Article {
	g.n++
	id := fmt.Sprintf("gen-%06d", g.n)
	year := 2010 + g.r.IntN(12)
	pub := fmt.Sprintf("%d-%02d-%02d", year, 1+g.r.IntN(12), 1+g.r.IntN(28))
	title := upperFirst(g.pick(states)) + " and " + g.pick(states) + " " + strings.TrimPrefix(g.pick(verbs), "the ")
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: %s\ntitle: %s\nsource: %s\npublished: %s\n---\n", id, title, g.pick(wires), pub)
	b.WriteString(title + "\n\n" + g.pick(boiler) + "\n\n")
	b.WriteString(strings.ToUpper(g.pick(capitals)) + ", " + g.pick(days[:5])[3:] + " (" + g.pick(wires) + ") -- ")
	for b.Len() < size {
		n := 2 + g.r.IntN(4)
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.sentence())
		}
		b.WriteString("\n\n")
		if g.r.IntN(8) == 0 {
			b.WriteString(g.pick(boiler) + "\n\n")
		}
	}
	return Article{ID: id, Text: b.String()}
}

// Corpus returns articles of about size bytes each until their total
// reaches total bytes.
func (g *Generator) Corpus(total, size int) []Article {
	var out []Article
	for n := 0; n < total; {
		a := g.Article(size)
		out = append(out, a)
		n += len(a.Text)
	}
	return out
}
