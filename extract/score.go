package extract

import (
	"fmt"
	"sort"
	"strings"
)

// Gold is one line of a gold file (shared/eval/GUIDELINES.md).
type Gold struct {
	Doc      string   `json:"doc"`
	Subject  []string `json:"subject"`
	Relation any      `json:"relation"` // a name or a list of names
	Object   []string `json:"object"`
	Date     *string  `json:"date"`
	Modality string   `json:"modality"`
	Optional bool     `json:"optional"`
	Evidence string   `json:"evidence"`
}

// Relations returns the gold line's relation names.
func (g *Gold) Relations() []string {
	switch r := g.Relation.(type) {
	case string:
		return []string{r}
	case []string:
		return r
	case []any:
		var out []string
		for _, v := range r {
			if s, ok := v.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func (g *Gold) date() string {
	if g.Date == nil {
		return ""
	}
	return *g.Date
}

// Scores are score.py's figures.
type Scores struct {
	StrictF1, F1, P, R, DateAcc, ModalityAcc float64
	TP, FP, FN                               int
}

// ScoreDetails lists what did not match.
type ScoreDetails struct {
	Missed    []Gold
	Spurious  []Event
	WrongDate []WrongDate
}

// WrongDate is a matched gold line whose predicted date is incompatible.
type WrongDate struct {
	Gold Gold
	Got  string
}

// scoreSymmetric mirrors score.py's SYMMETRIC set.
var scoreSymmetric = map[string]bool{"MEET": true, "COOPERATE": true, "SIGN_AGREEMENT": true, "MILITARY_COOPERATION": true}

// normName lower-cases and keeps only ASCII letters and digits, as score.py's norm.
func normName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func actorName(a ActorRef) string {
	if a.Name != "" {
		return a.Name
	}
	return a.ID
}

func dateCompatible(pred, gold string) bool {
	if gold == "" {
		return true
	}
	if pred == "" {
		return false
	}
	return pred == gold || strings.HasPrefix(pred, gold+"-")
}

type scorePred struct {
	doc, rel, s, o, date, modality string
	raw                            Event
}

// dedupPredictions drops negated and hypothetical events and keeps the first
// of each (doc, relation, subject, object, date), as score.py does.
func dedupPredictions(preds []Event) []scorePred {
	seen := map[[5]string]bool{}
	var out []scorePred
	for _, p := range preds {
		mod := p.Modality
		if mod == "" {
			mod = Asserted
		}
		if mod == Negated || mod == Hypothetical {
			continue
		}
		s, o := normName(actorName(p.Subject)), normName(actorName(p.Object))
		if scoreSymmetric[p.Relation] && o < s {
			s, o = o, s
		}
		key := [5]string{p.Doc, p.Relation, s, o, p.Date}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, scorePred{p.Doc, p.Relation, s, o, p.Date, mod, p})
	}
	return out
}

// Score compares predictions with gold exactly as shared/eval/score.py does.
func Score(gold []Gold, preds []Event) (Scores, ScoreDetails) {
	ps := dedupPredictions(preds)
	type gnorm struct {
		rels map[string]bool
		subj map[string]bool
		obj  map[string]bool
	}
	gn := make([]gnorm, len(gold))
	for i := range gold {
		g := gnorm{map[string]bool{}, map[string]bool{}, map[string]bool{}}
		for _, r := range gold[i].Relations() {
			g.rels[r] = true
		}
		for _, n := range gold[i].Subject {
			g.subj[normName(n)] = true
		}
		for _, n := range gold[i].Object {
			g.obj[normName(n)] = true
		}
		gn[i] = g
	}
	actorsMatch := func(p scorePred, gi int) bool {
		g := gn[gi]
		if g.subj[p.s] && g.obj[p.o] {
			return true
		}
		return scoreSymmetric[p.rel] && g.subj[p.o] && g.obj[p.s]
	}
	dated := func(gi int) bool { return gold[gi].date() != "" }
	type pass struct {
		goldOK func(int) bool
		dateOK func(scorePred, int) bool
	}
	passes := []pass{
		{dated, func(p scorePred, gi int) bool { return p.date == gold[gi].date() }},
		{dated, func(p scorePred, gi int) bool { return dateCompatible(p.date, gold[gi].date()) }},
		{func(gi int) bool { return !dated(gi) }, func(scorePred, int) bool { return true }},
		{dated, func(scorePred, int) bool { return true }},
	}
	matchedPred := map[int]int{}
	matchedGold := map[int]int{}
	for _, ps_ := range passes {
		var group []int
		for gi := range gold {
			if _, ok := matchedGold[gi]; !ok && ps_.goldOK(gi) {
				group = append(group, gi)
			}
		}
		sort.SliceStable(group, func(a, b int) bool { return !gold[group[a]].Optional && gold[group[b]].Optional })
		adj := map[int][]int{}
		for _, gi := range group {
			for pi, p := range ps {
				if p.doc == gold[gi].Doc && gn[gi].rels[p.rel] && actorsMatch(p, gi) && ps_.dateOK(p, gi) {
					adj[gi] = append(adj[gi], pi)
				}
			}
		}
		owner := map[int]int{}
		var augment func(gi int, seen map[int]bool) bool
		augment = func(gi int, seen map[int]bool) bool {
			for _, pi := range adj[gi] {
				if _, ok := matchedPred[pi]; ok || seen[pi] {
					continue
				}
				seen[pi] = true
				if o, ok := owner[pi]; !ok || augment(o, seen) {
					owner[pi] = gi
					return true
				}
			}
			return false
		}
		for _, gi := range group {
			augment(gi, map[int]bool{})
		}
		for pi, gi := range owner {
			matchedPred[pi] = gi
			matchedGold[gi] = pi
		}
	}
	var sc Scores
	var det ScoreDetails
	strictTP, modOK := 0, 0
	for gi := range gold {
		if gold[gi].Optional {
			continue
		}
		pi, ok := matchedGold[gi]
		if !ok {
			sc.FN++
			det.Missed = append(det.Missed, gold[gi])
			continue
		}
		sc.TP++
		if dateCompatible(ps[pi].date, gold[gi].date()) {
			strictTP++
		} else {
			det.WrongDate = append(det.WrongDate, WrongDate{gold[gi], ps[pi].date})
		}
		want := gold[gi].Modality
		if want == "" {
			want = Asserted
		}
		if ps[pi].modality == want {
			modOK++
		}
	}
	for pi := range ps {
		if _, ok := matchedPred[pi]; !ok {
			sc.FP++
			det.Spurious = append(det.Spurious, ps[pi].raw)
		}
	}
	var sf float64
	sc.P, sc.R, sc.F1 = f1(sc.TP, sc.FP, sc.FN)
	_, _, sf = f1(strictTP, sc.FP+(sc.TP-strictTP), sc.FN+(sc.TP-strictTP))
	sc.StrictF1 = sf
	if sc.TP > 0 {
		sc.DateAcc = float64(strictTP) / float64(sc.TP)
		sc.ModalityAcc = float64(modOK) / float64(sc.TP)
	}
	return sc, det
}

func f1(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// FormatSummary prints s as score.py's summary line.
func FormatSummary(s Scores) string {
	return fmt.Sprintf("strict_f1=%.3f f1=%.3f p=%.3f r=%.3f date_acc=%.3f modality_acc=%.3f tp=%d fp=%d fn=%d",
		s.StrictF1, s.F1, s.P, s.R, s.DateAcc, s.ModalityAcc, s.TP, s.FP, s.FN)
}

// RelationScores are the figures for one relation.
type RelationScores struct {
	Relation string
	Scores
}

// ScoreByRelation scores each relation on its own: gold lines that list the
// relation and predictions of it. Relations with neither are left out.
func ScoreByRelation(gold []Gold, preds []Event) []RelationScores {
	var out []RelationScores
	for _, r := range Relations {
		var g []Gold
		for _, x := range gold {
			for _, n := range x.Relations() {
				if n == r.Name {
					g = append(g, x)
					break
				}
			}
		}
		var p []Event
		for _, x := range preds {
			if x.Relation == r.Name {
				p = append(p, x)
			}
		}
		if len(g) == 0 && len(p) == 0 {
			continue
		}
		s, _ := Score(g, p)
		out = append(out, RelationScores{r.Name, s})
	}
	return out
}
