package extract

import "strings"

// dropStateEchoes drops an event whose subject is a state or body when the
// document reports the same stance or agreement (echoRels), with the same modality and date, by
// actors that belong to them: "Pyongyang blamed the South" beside "the
// army's command accused Seoul" on the same day, "China lodged protests
// with Japan" beside its spokesman's accusation, "the two sides agreed"
// beside the two leaders' pledge. It is one event told at two levels, and
// the more specific record names it.
func (x *Extractor) dropStateEchoes(evs []Event, exps []Explanation) ([]Event, []Explanation) {
	return keepEvents(evs, exps, func(i int) bool {
		ev := evs[i]
		if ev.Date == "" || ev.Subject.Kind == KindPerson || !echoRels[ev.Relation] {
			return true
		}
		r, _ := LookupRelation(ev.Relation)
		for j, o := range evs {
			if j == i || o.Relation != ev.Relation || o.Modality != ev.Modality || o.Date != ev.Date {
				continue
			}
			if o.Subject.ID == ev.Subject.ID && o.Object.ID == ev.Object.ID {
				continue
			}
			if o.Subject.ID != ev.Subject.ID && x.partOf(o.Subject.ID, ev.Subject.ID) && x.partOf(o.Object.ID, ev.Object.ID) ||
				r.Symmetric && o.Subject.ID != ev.Object.ID && x.partOf(o.Subject.ID, ev.Object.ID) && x.partOf(o.Object.ID, ev.Subject.ID) {
				return false
			}
		}
		return true
	})
}

// echoRels are the relations a state voices through its leaders, organs and
// spokesmen, so that one stance or agreement is told at both levels.
// Visits and signings are not: a delegation's trip and its leader's, or a
// state's treaty and its leader's signature, are annotated apart.
var echoRels = map[string]bool{"CRITICIZE": true, "REJECT": true, "SUPPORT": true, "THREATEN": true, "COOPERATE": true}

// ownState reports a person and the state (or body) he serves, in either
// order: no relation between them is an international event.
func (x *Extractor) ownState(a, b *Entry) bool {
	switch {
	case a.Kind == KindPerson && b.Kind != KindPerson:
		return x.partOf(a.ID, b.ID)
	case b.Kind == KindPerson && a.Kind != KindPerson:
		return x.partOf(b.ID, a.ID)
	}
	return false
}

// partOf reports an actor that is, serves or belongs to the state or body
// whole: itself, a person affiliated with it or with one of its bodies, a
// body whose parent it is.
func (x *Extractor) partOf(part, whole string) bool {
	if part == whole {
		return true
	}
	e, w := x.dict.byID[part], x.dict.byID[whole]
	if e == nil || w == nil || w.Kind == KindPerson {
		return false
	}
	if e.Parent == whole {
		return true
	}
	if e.Kind != KindPerson {
		return false
	}
	for _, a := range e.Affiliations {
		if a.Org == whole {
			return true
		}
		if o := x.dict.byID[a.Org]; o != nil && o.Parent == whole {
			return true
		}
	}
	return false
}

// dropTripContinuations keeps one visit per trip when the document tells
// the trip again within three days: a planned leg of a visit already under
// way ("X arrived in Y on Wednesday ... X will travel to Z in Y on
// Friday"; "will hold two more rounds of talks with Y before leaving on
// Thursday" after their first talks), or a later noun that names the visit again with a date it took
// from the sentences around it ("X's visit is the first state visit to Y
// in a decade"). An annotator writes one line for the trip.
func dropTripContinuations(evs []Event, exps []Explanation) ([]Event, []Explanation) {
	return keepEvents(evs, exps, func(i int) bool {
		ev := evs[i]
		if ev.Relation != "VISIT" && ev.Relation != "MEET" || len(ev.Date) < 10 {
			return true
		}
		later := ev.Modality == Planned
		echo := ev.Relation == "VISIT" && ev.Modality == Asserted && strings.HasPrefix(ev.Rule, "noun:") && exps[i].contextDate
		if !later && !echo {
			return true
		}
		for j, o := range evs {
			if j == i || o.Relation != ev.Relation || o.Modality != Asserted || !sameActors(o, ev) || len(o.Date) < 10 {
				continue
			}
			d, ok := daysBetween(o.Date, ev.Date)
			if ok && (later && d > 0 && d <= 3 || echo && j < i && d >= -3 && d <= 3) {
				return false
			}
		}
		return true
	})
}

// daysBetween returns the days from day a to day b (both YYYY-MM-DD).
func daysBetween(a, b string) (int, bool) {
	da, ea := parseDate(a)
	db, eb := parseDate(b)
	if ea != nil || eb != nil {
		return 0, false
	}
	return int(db.Sub(da).Hours() / 24), true
}
