package extract

import (
	"strings"
)

// What the conflictual relations (CRITICIZE, REJECT, THREATEN, SANCTION,
// ATTACK) share: whom a reaction is aimed at, the object of a hostile act,
// owners named before a noun, reduced relatives and passives. The shapes of
// each relation are in criticism.go (CRITICIZE, REJECT), threats.go
// (THREATEN), sanctions.go (SANCTION) and attacks.go (ATTACK).

// ownerStart returns where to look for the object of a verb whose needed
// noun is owned by it: "froze the U.S. assets of seven officials" freezes
// what the officials own, wherever the assets are, so the object follows
// "of"; "expressed grave concern over X" is about what follows "over".
// Else the object follows the verb.
func ownerStart(toks []token, t *trigAt) int {
	if t.tr.rel == "SANCTION" && t.needEnd > t.e && t.needEnd+1 < len(toks) && toks[t.needEnd].lower == "of" {
		return t.needEnd + 1
	}
	if t.tr.rel == "CRITICIZE" && t.needEnd > t.e && t.needEnd < len(toks) && (toks[t.needEnd-1].lower == "about" || toks[t.needEnd-1].lower == "over" || toks[t.needEnd-1].lower == "at") {
		return t.needEnd // "voiced concern over X's conduct": what the concern is about
	}
	return t.e
}

// reducedRelative reports a past participle trigger that describes the
// common noun before it ("a bank accused of laundering", "the man
// accused of spying"): a passive without its agent.
func reducedRelative(toks []token, i, n int, inMention []bool) bool {
	if i == 0 || i+n >= len(toks) || toks[i+n].lower != "of" || !strings.HasSuffix(toks[i].lower, "ed") {
		return false
	}
	p := toks[i-1]
	return !inMention[i-1] && p.isWord() && !p.isCap() && !adverbs[p.lower] && !auxWords[p.lower] && !pronouns[p.lower] &&
		!sayVerbs[p.lower] && p.lower != "and" && p.lower != "who" && p.lower != "also"
}

// conflictRel reports the conflictual relations.
func conflictRel(rel string) bool {
	switch rel {
	case "CRITICIZE", "REJECT", "THREATEN", "SANCTION", "ATTACK":
		return true
	}
	return false
}

// ratherThan reports "rather than" or "instead of" right before toks[i]:
// the act that was not done.
func ratherThan(toks []token, i int) bool {
	return i >= 2 && (toks[i-2].lower == "rather" && toks[i-1].lower == "than" || toks[i-2].lower == "instead" && toks[i-1].lower == "of")
}

// sufferVerbs take the act as their object and its doer after "from":
// "X drew criticism from Y", "X faced condemnation from Y", "X came under
// attack from Y".
var sufferVerbs = map[string]bool{"draw": true, "draws": true, "drew": true, "drawn": true, "drawing": true,
	"face": true, "faces": true, "faced": true, "facing": true, "come": true, "comes": true, "came": true, "coming": true}

// fromAgentVerb reports a conflict trigger whose subject suffers the act.
func fromAgentVerb(tr *trigger) bool {
	if tr.rel != "CRITICIZE" && tr.rel != "ATTACK" {
		return false
	}
	first, _, _ := strings.Cut(tr.phrase, " ")
	return sufferVerbs[first]
}

// reactionRels answer another's act: the act named after "after" or
// "because" is the target's.
var reactionRels = map[string]bool{"CRITICIZE": true, "THREATEN": true, "SANCTION": true, "REJECT": true}

// reactionTarget returns the object of an earlier reaction in the
// sentence when the subject found for the trigger is "it" or "they"
// opening an "after", "when" or "because" clause: "Beijing warned Mongolia
// of consequences after it hosted the Dalai Lama" — the one warned did
// what provoked the warning, not the one warning. Nil otherwise.
func reactionTarget(toks []token, subj []*mention, trigs []*trigAt, self *trigAt) []*mention {
	if len(subj) != 1 || subj[0].kind != mkPronoun || (subj[0].pronoun != "it" && subj[0].pronoun != "they") || subj[0].s == 0 {
		return nil
	}
	switch toks[subj[0].s-1].lower {
	case "after", "when", "because":
	default:
		return nil
	}
	for _, t := range trigs {
		if t == self || t.s >= subj[0].s {
			break
		}
		if t.noun || !reactionRels[t.tr.rel] || len(t.obj) != 1 || t.obj[0].ent == nil || t.obj[0].ent.Kind == KindPerson {
			continue
		}
		for _, sm := range t.subj {
			if sm.ent == subj[0].ent {
				return t.obj
			}
		}
	}
	return nil
}

// againstAfter reports "against" within the six words from toks[i], over
// an operation's name ("Operation Cast Lead against Hamas").
func againstAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+6; k++ {
		if toks[k].lower == "against" {
			return true
		}
		if !toks[k].isWord() {
			return false
		}
	}
	return false
}

// hostileNoun: relations whose noun ("attack", "threat") names the act of
// one side, so that a clause subject is its agent only when it launched it.
func hostileNoun(rel string) bool { return rel == "ATTACK" || rel == "THREATEN" }

// conflictObject corrects the object found after a conflict verb by the
// shape of its complement: the one territory is taken from ("seized the
// border town from X", "captured the port from X"); no one is attacked
// by downing incoming munitions ("shot down 30 Russian missiles").
func (x *Extractor) conflictObject(toks []token, t *trigAt, ms []*mention, obj []*mention) []*mention {
	p := t.tr.phrase
	if t.tr.rel == "ATTACK" && len(obj) == 0 && (strings.HasPrefix(p, "seiz") || strings.HasPrefix(p, "captur")) {
		return x.agentAfter(toks, t.e, ms, "from")
	}
	if t.tr.rel == "ATTACK" && len(obj) > 0 && strings.HasSuffix(p, " down") && downedMunitions(toks, t.e) {
		return nil
	}
	if (t.tr.rel == "CRITICIZE" || t.tr.rel == "REJECT") && len(obj) > 0 && victimOfAct(toks, t.e, obj[0].s) {
		return nil // "condemned the attack on X's grid": X suffered it; its doer is unnamed
	}
	return obj
}

// namedAmong returns the persons or firms a measure's target phrase names
// after ", among them" or ", including" ("seven Russian officials, among
// them X and Y"): the measure hits them by name. It looks from toks[e]
// over the rest of the noun phrase; nil without such a list.
func namedAmong(toks []token, e int, ms []*mention) []*mention {
	k := e
	for k < len(toks) && k < e+4 && toks[k].isWord() && !toks[k].isCap() {
		k++ // "officials", "senior officials"
	}
	if k+2 >= len(toks) || toks[k].text != "," {
		return nil
	}
	k++
	switch {
	case toks[k].lower == "including":
		k++
	case toks[k].lower == "among" && toks[k+1].lower == "them":
		k += 2
	default:
		return nil
	}
	m := mentionStartingAt(ms, k)
	if m == nil || m.ent == nil || m.ent.Kind != KindPerson && m.ent.Kind != KindOrganization {
		return nil
	}
	return coordRight(toks, m, ms)
}

// asAfter reports "as" within the few words after a verb of judging at
// toks[i] ("regarded the test as", "denounced the annexation as"), before
// any clause break.
func asAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k < i+8; k++ {
		if toks[k].lower == "as" {
			return true
		}
		if !toks[k].isWord() && toks[k].text != "'s" {
			return false
		}
	}
	return false
}

// leadersAfter reports "'s leaders" (government, regime, rulers) after a
// possessor ending at e: an insult to a state's leaders insults the state.
func leadersAfter(toks []token, e int) bool {
	if e+1 >= len(toks) || toks[e].text != "'s" {
		return false
	}
	return leadersAt(toks, e+1)
}

// leadersAt reports a noun for a state's rulers at toks[k]: "leaders",
// "government", "regime".
func leadersAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "leaders", "leadership", "government", "regime", "rulers":
		return true
	}
	return false
}

// reducedPassive reports a conflict verb used as a participle after the
// plural noun it describes, with its doer in a "by" phrase: "the four
// Ukrainians hit with asset freezes by Washington", "officials targeted
// by Ottawa". The noun's referent suffers the act; the by-phrase does it.
func reducedPassive(toks []token, t *trigAt, ms []*mention) bool {
	if t.s == 0 {
		return false
	}
	prev := toks[t.s-1]
	if !prev.isWord() || !strings.HasSuffix(prev.lower, "s") || strings.HasSuffix(prev.lower, "ss") {
		return false
	}
	if m := mentionEndingAt(ms, t.s); m != nil && m.kind != mkDemonym {
		return false // "Russia hits X": a subject, not a described noun
	}
	for k := t.e; k+1 < len(toks) && k < t.e+10; k++ {
		w := toks[k].lower
		if w == "by" {
			return mentionStartingAt(ms, k+1) != nil
		}
		if !toks[k].isWord() && toks[k].text != "$" && !isDigits(toks[k].text) {
			return false
		}
	}
	return false
}
