package extract

import (
	"fmt"
	"regexp"
	"strings"
)

// trigger is one compiled trigger phrase.
type trigger struct {
	rel    string
	noun   bool
	phrase string   // lemma phrase, e.g. "meet with"
	form   string   // base, s, ed, ing
	needs  []string // one must follow within four tokens
	after  []string // one must come before a noun within five tokens
	alt    *trigger // the same verb form in another relation, tried when this one's needed words are absent
}

type triggerFile struct {
	Irregular map[string][]string `yaml:"irregular"`
	Triggers  []struct {
		Relation string              `yaml:"relation"`
		Verbs    []string            `yaml:"verbs"`
		Nouns    []string            `yaml:"nouns"`
		Needs    []string            `yaml:"needs"`
		NeedsFor map[string][]string `yaml:"needs_for"`
		AfterFor map[string][]string `yaml:"after_for"`
	} `yaml:"triggers"`
}

// inflect returns the base, -s, past, participle and -ing forms of a verb.
// shortClosed matches a one-syllable verb ending in one vowel and one
// consonant, whose final consonant doubles before -ing ("sit", "ban").
var shortClosed = regexp.MustCompile(`^[^aeiou]*[aeiou][bdgmnprt]$`)

func inflect(v string, irregular map[string][]string) map[string]string {
	out := map[string]string{"base": v}
	switch {
	case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
		out["s"] = v[:len(v)-1] + "ies"
		out["ed"] = v[:len(v)-1] + "ied"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "o"):
		out["s"] = v + "es"
		out["ed"] = v + "ed"
	case strings.HasSuffix(v, "e"):
		out["s"] = v + "s"
		out["ed"] = v + "d"
	default:
		out["s"] = v + "s"
		out["ed"] = v + "ed"
	}
	switch {
	case strings.HasSuffix(v, "ie"):
		out["ing"] = v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee"):
		out["ing"] = v[:len(v)-1] + "ing"
	case shortClosed.MatchString(v):
		out["ing"] = v + v[len(v)-1:] + "ing" // sit -> sitting, ban -> banning
	default:
		out["ing"] = v + "ing"
	}
	if irr, ok := irregular[v]; ok {
		out["ed"] = irr[0]
		if len(irr) > 1 && irr[1] != irr[0] {
			out["part"] = irr[1]
		}
		if strings.HasSuffix(irr[0], "ed") && strings.HasSuffix(v, string(irr[0][len(irr[0])-3])) {
			out["ing"] = irr[0][:len(irr[0])-2] + "ing" // travelled -> travelling
		}
		if strings.HasSuffix(irr[0], "lled") && !strings.HasSuffix(v, "ll") {
			// American spelling keeps one l: traveled, traveling
			out["ed1"], out["ing1"] = v+"ed", v+"ing"
		}
	}
	return out
}

func plural(n string) string {
	switch {
	case strings.HasSuffix(n, "s"):
		return n
	case strings.HasSuffix(n, "y") && !strings.HasSuffix(n, "ay") && !strings.HasSuffix(n, "ey"):
		return n[:len(n)-1] + "ies"
	case strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch"):
		return n + "es"
	}
	return n + "s"
}

func (x *Extractor) loadTriggers() error {
	var tf triggerFile
	if err := loadData("triggers.yaml", &tf); err != nil {
		return err
	}
	x.triggers = &trie{}
	x.trigInfo = map[*dictMatch]*trigger{}
	nouns := &trie{}
	add := func(t *trie, words []string, tr *trigger) {
		m := &dictMatch{&Entry{ID: strings.Join(words, " ")}, 0}
		// a verb and a noun may share a phrase: keep both by chaining
		n := t
		for _, w := range words {
			if n.next == nil {
				n.next = map[string]*trie{}
			}
			if n.next[w] == nil {
				n.next[w] = &trie{}
			}
			n = n.next[w]
		}
		if n.val == nil {
			n.val = m
		}
		tr.phrase = strings.Join(words, " ")
		old := x.trigInfo[n.val]
		if old != nil && !old.noun && !tr.noun && old.rel != tr.rel && len(old.needs) > 0 && len(tr.needs) > 0 {
			// "unveiled a defence pact" / "unveiled sanctions on": one verb,
			// two relations, told apart by the words they need
			for old.alt != nil {
				old = old.alt
			}
			old.alt = tr
			return
		}
		if old == nil || (!tr.noun && old.noun) {
			x.trigInfo[n.val] = tr
		}
		if old != nil && old.noun != tr.noun {
			x.trigInfo[n.val] = &trigger{rel: tr.rel, phrase: tr.phrase, form: "ambiguous", needs: tr.needs}
			x.nounAlt[tr.phrase] = tr.rel
		}
	}
	x.nounAlt = map[string]string{}
	for _, g := range tf.Triggers {
		if _, ok := LookupRelation(g.Relation); !ok {
			return fmt.Errorf("extract/data/triggers.yaml: unknown relation %q", g.Relation)
		}
		for _, v := range g.Verbs {
			words := lowerTexts(v)
			forms := inflect(words[0], tf.Irregular)
			for _, form := range []string{"base", "s", "ed", "part", "ing", "ed1", "ing1"} {
				f, ok := forms[form]
				if !ok || form == "base" && (forms["ed"] == f || forms["part"] == f) {
					continue // "hit", "cut": the past participle, so "was hit with" reads as a passive
				}
				w := append([]string{f}, words[1:]...)
				needs := g.Needs
				if n, ok := g.NeedsFor[v]; ok {
					needs = n
				}
				add(x.triggers, w, &trigger{rel: g.Relation, form: strings.TrimSuffix(form, "1"), needs: needs})
			}
		}
		for _, n := range g.Nouns {
			words := lowerTexts(n)
			for _, w := range []string{words[len(words)-1], plural(words[len(words)-1])} {
				ws := append(append([]string{}, words[:len(words)-1]...), w)
				add(x.triggers, ws, &trigger{rel: g.Relation, noun: true, form: "noun", after: g.AfterFor[n]})
			}
		}
	}
	_ = nouns
	return nil
}
