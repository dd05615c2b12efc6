package extract

// Who is speaking: trailing attributions ("…, the ministry's spokesman
// said"), speakers named by their relation to another person, and owners
// named after "by" or "from", so that a speaker is not taken for an actor.

// ownerNamedAfter reports "by" or "from" and a capitalised name at toks[k]
// ("the proposal by France", "the offer from the EU"): a noun whose author
// is named, not left to the memory of earlier ones.
func ownerNamedAfter(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].lower != "by" && toks[k].lower != "from" {
		return false
	}
	j := skipDeterminers(toks, k+1)
	return j < len(toks) && toks[j].isCap()
}

// skipDeterminers returns the first token at or after k that is no
// determiner.
func skipDeterminers(toks []token, k int) int {
	for k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	return k
}

// attributionVerbs report speech in a trailing attribution.
var attributionVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "told": true, "added": true, "stated": true, "noted": true,
	"wrote": true, "reported": true, "confirmed": true, "insisted": true, "explained": true, "tweeted": true,
	"declared": true, "quoted": true,
}

// namesOnly reports words that hold no clause: capitalised names, articles
// and the "and", commas and hyphens of a list.
func namesOnly(toks []token) bool {
	for _, t := range toks {
		if !t.isCap() && !determiners[t.lower] && t.lower != "and" && t.text != "," && t.text != "-" && t.text != "'s" && t.text != "." {
			return false
		}
	}
	return true
}

// trailingSpeakers returns the mentions naming the speaker (and the
// listener of "told") of a sentence-final attribution after the last
// comma: ", Chancellor X announced on Wednesday.", ", spokesman Y told
// reporters.", ", said X.", ", according to X.". The attribution must end
// the sentence: a short tail with no "that", quotation or other actor.
func trailingSpeakers(toks []token, ms []*mention) []*mention {
	c := -1
	for k := len(toks) - 2; k >= 1; k-- {
		if toks[k].text == "," && !(isDigits(toks[k-1].text) && isDigits(toks[k+1].text)) { // not "May 3, 2023"
			c = k
			break
		}
	}
	if c < 2 || namesOnly(toks[:c]) {
		return nil // "The United States, Canada and Britain announced sanctions": a list of subjects
	}
	v := -1
	for k := c + 1; k < len(toks) && k <= c+8; k++ {
		if attributionVerbs[toks[k].lower] || toks[k].lower == "according" && k+1 < len(toks) && toks[k+1].lower == "to" {
			v = k
			break
		}
	}
	if v < 0 {
		return nil
	}
	var before, after []*mention
	for _, m := range ms {
		switch {
		case m.s > c && m.e <= v:
			before = append(before, m)
		case m.s > v:
			after = append(after, m)
		}
	}
	end := len(toks)
	if toks[end-1].text == "." {
		end--
	}
	for q := v + 1; q < end; q++ {
		if w := toks[q].lower; w == "that" || w == "\"" || w == "which" || w == "would" || w == "will" {
			return nil
		}
	}
	if len(before) > 0 {
		// ", Chancellor X announced on Wednesday": only a post and names before the verb
		for q := c + 1; q < before[0].s; q++ {
			if w := toks[q]; !w.isCap() && !determiners[w.lower] && !postModifiers[w.lower] && !speakerPostWords[w.lower] {
				return nil
			}
		}
		if end-v > 8 || len(after) > 1 || len(after) == 1 && toks[v].lower != "told" {
			return nil
		}
		return append(before, after...)
	}
	// ", said X." and ", according to X.": the speaker right after, then
	// a short tail
	if len(after) != 1 || end-after[0].e > 6 {
		return nil
	}
	for q := v + 1; q < after[0].s; q++ {
		if w := toks[q]; w.lower != "to" && !w.isCap() && !determiners[w.lower] && !postModifiers[w.lower] && !speakerPostWords[w.lower] {
			return nil
		}
	}
	return after
}

// speakerPostWords are lower-case words of a speaker's post before his name
// (", foreign ministry spokesman Wang Wenbin said").
var speakerPostWords = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "ministry": true, "minister": true,
	"president": true, "presidential": true, "secretary": true, "official": true, "officials": true,
	"ambassador": true, "envoy": true, "chancellor": true, "premier": true, "leader": true, "general": true,
	"press": true, "deputy": true, "foreign": true, "defense": true, "defence": true, "government": true,
	"chief": true, "state": true,
}

// relationalNouns name a person by his relation to another ("Lee's
// predecessor", "Xi's wife"): the other is never the actor meant.
var relationalNouns = map[string]bool{
	"predecessor": true, "predecessors": true, "successor": true, "successors": true, "counterpart": true,
	"counterparts": true, "wife": true, "husband": true, "widow": true, "son": true, "daughter": true,
	"sister": true, "brother": true, "father": true, "mother": true, "aide": true, "aides": true,
	"adviser": true, "advisers": true, "advisor": true, "advisors": true, "confidant": true, "protege": true,
	"protégé": true, "rival": true, "opponent": true, "challenger": true, "circle": true, "ally": true,
	"allies": true, "associate": true, "associates": true, "cronies": true, "family": true, "relatives": true,
	"entourage": true, "friend": true, "friends": true, "loyalists": true, "children": true, "nephew": true,
	"niece": true, "cousin": true, "uncle": true, "son-in-law": true, "daughter-in-law": true, "founder": true,
}

// personPossessor reports a person, named or by title, followed by 's:
// "the Ukrainian president's", "Putin's".
func personPossessor(toks []token, m *mention) bool {
	if m.e >= len(toks) || toks[m.e].text != "'s" {
		return false
	}
	return m.kind == mkRole || m.kind == mkActor && m.ent != nil && m.ent.Kind == KindPerson
}

// staffNouns are posts that serve a person ("the president's spokesman",
// "the leader's chief of staff"): their holder, not the person, acts.
// (Said of a state, "China's envoy", they are the state's own posts.)
var staffNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "envoy": true,
	"envoys": true, "secretary": true, "lawyer": true, "lawyers": true, "bodyguards": true, "representative": true}

// staffAfter reports a staff noun at toks[i] after at most two lower-case
// modifiers, or "chief of staff".
func staffAfter(toks []token, i int) bool {
	for q := i; q < len(toks) && q <= i+2; q++ {
		w := toks[q]
		if staffNouns[w.lower] || w.lower == "chief" && q+2 < len(toks) && toks[q+1].lower == "of" && toks[q+2].lower == "staff" {
			return true
		}
		if !w.isWord() || w.isCap() || clauseBoundary[w.lower] || prepositions[w.lower] || w.lower == "and" || w.lower == "or" {
			return false
		}
	}
	return false
}

// relationalAfter reports whether a relational noun follows at toks[i],
// after at most two lower-case modifiers ("conservative", "long-time").
func relationalAfter(toks []token, i int) bool {
	for q := i; q < len(toks) && q <= i+2; q++ {
		w := toks[q]
		if relationalNouns[w.lower] {
			return true
		}
		if !w.isWord() || w.isCap() || clauseBoundary[w.lower] || prepositions[w.lower] || w.lower == "and" || w.lower == "or" {
			return false
		}
	}
	return false
}

// complementBefore reports an "of", "to" or "for" in toks[s:e]: a name
// after it completes a post ("an envoy of leader B") rather than being
// the post's holder.
func complementBefore(toks []token, s, e int) bool {
	for q := s; q < e; q++ {
		if w := toks[q].lower; w == "of" || w == "to" || w == "for" {
			return true
		}
	}
	return false
}
