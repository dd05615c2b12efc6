package extract

// Precision checks: shapes in which a trigger or a name reads like an
// event's part but is not one. Each is small and named for the shape it
// rejects; the frames call them where they decide.

// currencyNames drops the names that only qualify a currency: "US$30
// million", "62 billion U.S. dollars", "HK$2 billion", "Taiwan dollars".
// Such a name is an amount, never a party (a pledge of "US$30 million for
// Ukraine" is no aid to the United States).
func currencyNames(toks []token, ms []*mention) []*mention {
	out := ms[:0:0]
	for _, m := range ms {
		if !currencyName(toks, m) {
			out = append(out, m)
		}
	}
	if len(out) == len(ms) {
		return ms
	}
	return out
}

// currencyName reports a mention right before "$" (written on to it) or
// before "dollar(s)".
func currencyName(toks []token, m *mention) bool {
	if m.e <= m.s || m.e >= len(toks) {
		return false
	}
	next := toks[m.e]
	if next.text == "$" && next.start == toks[m.e-1].end {
		return true
	}
	return next.lower == "dollar" || next.lower == "dollars"
}

// stanceNouns are what an -ing form qualifies as an adjective: "opposing
// positions", "the supporting role", "threatening remarks" name a kind of
// thing, not an act of opposing, backing or threatening anyone.
var stanceNouns = map[string]bool{
	"position": true, "positions": true, "view": true, "views": true, "side": true, "sides": true,
	"camp": true, "camps": true, "stance": true, "stances": true, "viewpoint": true, "viewpoints": true,
	"faction": true, "factions": true, "perspective": true, "perspectives": true, "direction": true,
	"directions": true, "end": true, "ends": true, "narrative": true, "narratives": true, "vision": true,
	"visions": true, "role": true, "roles": true, "document": true, "documents": true, "evidence": true,
	"interests": true, "claims": true, "blocs": true, "armies": true, "approaches": true, "accounts": true,
	"interpretations": true, "conclusions": true, "sentiment": true, "tone": true, "language": true,
	"rhetoric": true, "remarks": true, "letter": true, "letters": true, "messages": true, "gestures": true,
	"posture": true,
}

// attributiveIng reports an -ing trigger used as an adjective before a
// stance noun ("have taken opposing positions on the war"): no act.
func attributiveIng(toks []token, t *trigAt) bool {
	return t.tr.form == "ing" && !t.noun && t.e == t.s+1 && t.e < len(toks) && stanceNouns[toks[t.e].lower]
}
