package graph

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Dyad summaries. Ranking an actor's neighbourhood by the number of events
// means reading every event of every hub around it: on a million events the
// ego-network query spent seconds there. So every load keeps one summary
// relationship per subject and object that have events:
//
//	(s:Actor)-[:DYAD {events, relations, counts, goldstein, first, last}]->(o:Actor)
//
// events is the number of events from s to o (every modality); relations
// lists their types in vocabulary order and counts, goldstein (the sum of
// the Goldstein weights, rounded to 1e-6), first and last (the earliest and
// latest date strings, "undated" when all are undated) give each type's figures at
// the same position. A DYAD is derived data, never an event: the saved
// queries match events by their relation types only.
//
// A subject's summaries are recomputed from its stored events, so they are
// exact whatever happened before: Load recomputes them for the subjects of
// its batch, and every statement that deletes events marks the subjects in
// the same transaction (dyadsStale), so that a load or delete that was
// interrupted is repaired by the next one.

// dyad is one summary: the figures of the events from s to o.
type dyad struct {
	s, o   string
	events int64
	byRel  map[string]*dyadRel
}

type dyadRel struct {
	count       int64
	goldstein   float64
	first, last string
}

// add counts one event (or an aggregate of n events) of type t.
func (d *dyad) add(t string, n int64, goldstein float64, first, last string) {
	r := d.byRel[t]
	if r == nil {
		r = &dyadRel{first: first, last: last}
		d.byRel[t] = r
	}
	r.count += n
	r.goldstein += goldstein
	if first != "" && (r.first == "" || first < r.first) {
		r.first = first
	}
	if last > r.last {
		r.last = last
	}
	d.events += n
}

// props returns the relationship properties, relation types in vocabulary
// order.
func (d *dyad) props() map[string]any {
	var rels, first, last []string
	var counts []int64
	var gold []float64
	for _, t := range relTypes() {
		r := d.byRel[t]
		if r == nil {
			continue
		}
		rels = append(rels, t)
		counts = append(counts, r.count)
		gold = append(gold, math.Round(r.goldstein*1e6)/1e6)
		first = append(first, orUndated(r.first))
		last = append(last, orUndated(r.last))
	}
	return map[string]any{"events": d.events, "relations": rels, "counts": counts,
		"goldstein": gold, "first": first, "last": last}
}

// dyadUndated stands for the dates of a relation type whose events are all
// undated: never an empty string, which the bulk importer would drop.
const dyadUndated = "undated"

func orUndated(date string) string {
	if date == "" {
		return dyadUndated
	}
	return date
}

// sameDyad reports whether stored properties (as the driver returns them)
// equal want (as props builds them).
func sameDyad(stored, want map[string]any) bool {
	if len(stored) != len(want) || stored["events"] != want["events"] {
		return false
	}
	for k, w := range want {
		if k == "events" {
			continue
		}
		g, ok := stored[k].([]any)
		if !ok {
			return false
		}
		var ws []any
		switch w := w.(type) {
		case []string:
			for _, x := range w {
				ws = append(ws, x)
			}
		case []int64:
			for _, x := range w {
				ws = append(ws, x)
			}
		case []float64:
			for _, x := range w {
				ws = append(ws, x)
			}
		}
		if len(g) != len(ws) {
			return false
		}
		for i := range g {
			if g[i] != ws[i] {
				return false
			}
		}
	}
	return true
}

// dyadsOf aggregates the prepared events (the bulk import path).
func dyadsOf(p *prepared) []*dyad {
	gi, di := propIndex("goldstein"), propIndex("date")
	byPair := map[[2]string]*dyad{}
	for _, t := range relTypes() {
		for i := range p.events[t] {
			r := &p.events[t][i]
			d := byPair[[2]string{r.s, r.o}]
			if d == nil {
				d = &dyad{s: r.s, o: r.o, byRel: map[string]*dyadRel{}}
				byPair[[2]string{r.s, r.o}] = d
			}
			g, _ := r.props()[gi].(float64)
			date, _ := r.props()[di].(string)
			d.add(t, 1, g, date, date)
		}
	}
	out := make([]*dyad, 0, len(byPair))
	for _, d := range byPair {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].s != out[j].s {
			return out[i].s < out[j].s
		}
		return out[i].o < out[j].o
	})
	return out
}

func propIndex(name string) int {
	for i, n := range eventPropNames {
		if n == name {
			return i
		}
	}
	panic("graph: no event property " + name)
}

// dyadSubjectsPerTx bounds one refresh transaction; a hub subject alone may
// have hundreds of thousands of events.
const dyadSubjectsPerTx = 50

// refreshDyads brings summaries up to date after events were written:
//
//   - subjects in fresh, which had no stored events before this load, get
//     their summaries from the batch's own events (known: the load created
//     every one), without reading any event back;
//   - the subjects ids, every actor marked by an event deletion and every
//     subject that has events but no summaries (a graph written by an
//     earlier kg) are recomputed from their stored events.
//
// Either way only summaries that differ from the stored ones are written. It
// returns the number of subjects it brought up to date.
//
// progress, if not nil, is called (serialized) with the subjects done so far
// and their total.
func (s *Store) refreshDyads(ctx context.Context, ids []string, fresh map[string][]*dyad, workers int, progress func(done, total int)) (int, error) {
	marked, err := s.readIDs(ctx, cypherDyadsStale, nil)
	if err != nil {
		return 0, err
	}
	missing, err := s.readIDs(ctx, cypherDyadsMissing, nil)
	if err != nil {
		return 0, err
	}
	isMarked := map[string]bool{}
	for _, id := range marked {
		isMarked[id] = true
	}
	seen := map[string]bool{}
	var recompute, known []string
	for _, id := range append(append(ids, marked...), missing...) {
		if seen[id] {
			continue
		}
		seen[id] = true
		if _, ok := fresh[id]; ok && !isMarked[id] {
			known = append(known, id)
		} else {
			recompute = append(recompute, id)
		}
	}
	sort.Strings(recompute)
	sort.Strings(known)
	var jobs []job
	for _, part := range chunk(recompute, dyadSubjectsPerTx) {
		jobs = append(jobs, job{n: len(part), fn: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
			return writeDyads(ctx, tx, part, nil)
		}})
	}
	// Known summaries: bounded by their number rather than by subjects.
	var part []string
	n := 0
	flush := func() {
		if len(part) == 0 {
			return
		}
		ids := part
		want := map[[2]string]*dyad{}
		for _, id := range ids {
			for _, d := range fresh[id] {
				want[[2]string{d.s, d.o}] = d
			}
		}
		jobs = append(jobs, job{n: len(ids), fn: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
			return writeDyads(ctx, tx, ids, want)
		}})
		part, n = nil, 0
	}
	for _, id := range known {
		part = append(part, id)
		n += len(fresh[id])
		if n >= DefaultBatchSize {
			flush()
		}
	}
	flush()
	total, done := len(recompute)+len(known), 0
	var step func(n int)
	if progress != nil {
		progress(0, total)
		step = func(n int) { done += n; progress(done, total) }
	}
	return total, s.run(ctx, jobs, workers, step)
}

// RefreshDyads recomputes the summaries that may be out of date: of actors
// marked by an event deletion, and of subjects of events that have none (a
// graph loaded before kg kept them, or by other means). Load does this
// itself; it returns the number of subjects recomputed.
func (s *Store) RefreshDyads(ctx context.Context) (int, error) {
	n, err := s.refreshDyads(ctx, nil, nil, DefaultWorkers, nil)
	if err != nil {
		return n, fmt.Errorf("refresh dyads: %w", err)
	}
	return n, nil
}

// freshSubjects returns the batch's summaries by subject for the subjects
// that have no stored events yet (asked before any event is written).
func (s *Store) freshSubjects(ctx context.Context, p *prepared) (map[string][]*dyad, error) {
	subjects := p.subjects()
	none := map[string]bool{}
	for _, part := range chunk(subjects, 10000) {
		ids, err := s.readIDs(ctx, cypherSubjectsWithoutEvents, map[string]any{"ids": part})
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			none[id] = true
		}
	}
	out := map[string][]*dyad{}
	for _, d := range dyadsOf(p) {
		if none[d.s] {
			out[d.s] = append(out[d.s], d)
		}
	}
	return out, nil
}

// readIDs runs a read statement whose first column is an id.
func (s *Store) readIDs(ctx context.Context, cypher string, params map[string]any) ([]string, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	out, err := s.executeRead(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		var ids []string
		for res.Next(ctx) {
			if id, ok := res.Record().Values[0].(string); ok {
				ids = append(ids, id)
			}
		}
		return ids, res.Err()
	})
	if err != nil {
		return nil, err
	}
	return out.([]string), nil
}

// writeDyads recomputes the summaries of the subjects ids (sorted) in one
// transaction: it locks the subjects, aggregates their events, reads the
// stored summaries and deletes, updates or creates only what differs; then
// it clears their marks.
func writeDyads(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, known map[[2]string]*dyad) error {
	if err := exec(ctx, tx, cypherDyadsLock, map[string]any{"ids": ids}); err != nil {
		return err
	}
	want, err := computeDyads(ctx, tx, ids, known)
	if err != nil {
		return err
	}
	return syncDyads(ctx, tx, ids, want)
}

// computeDyads aggregates the stored events of the subjects ids, unless
// known already holds their summaries.
func computeDyads(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, known map[[2]string]*dyad) (map[[2]string]*dyad, error) {
	if known != nil {
		return known, nil
	}
	want := map[[2]string]*dyad{}
	res, err := tx.Run(ctx, cypherDyadsCompute, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for res.Next(ctx) {
		v := res.Record().Values
		key := [2]string{v[0].(string), v[1].(string)}
		d := want[key]
		if d == nil {
			d = &dyad{s: key[0], o: key[1], byRel: map[string]*dyadRel{}}
			want[key] = d
		}
		g, _ := v[4].(float64)
		first, _ := v[5].(string)
		last, _ := v[6].(string)
		d.add(v[2].(string), v[3].(int64), g, first, last)
	}
	return want, res.Err()
}

// syncDyads makes the stored summaries of the subjects ids equal want:
// deleting, updating or creating only what differs; then it clears their
// marks.
func syncDyads(ctx context.Context, tx neo4j.ManagedTransaction, ids []string, want map[[2]string]*dyad) error {
	var drop []string
	var update []map[string]any
	kept := map[[2]string]bool{}
	res, err := tx.Run(ctx, cypherDyadsStored, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		v := res.Record().Values
		key := [2]string{v[0].(string), v[1].(string)}
		eid := v[2].(string)
		d := want[key]
		if d == nil || kept[key] { // no events left, or a duplicate
			drop = append(drop, eid)
			continue
		}
		kept[key] = true
		props := d.props()
		if stored, _ := v[3].(map[string]any); !sameDyad(stored, props) {
			update = append(update, map[string]any{"eid": eid, "props": props})
		}
	}
	if err := res.Err(); err != nil {
		return err
	}
	keys := make([][2]string, 0, len(want))
	for k := range want {
		if !kept[k] {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+"\x00"+keys[i][1] < keys[j][0]+"\x00"+keys[j][1] })
	// New summaries as lists, their endpoints by position in the distinct
	// actors, each looked up once (as events are created).
	var ap actorPositions
	create := make([]any, 0, len(keys))
	for _, k := range keys {
		p := want[k].props()
		create = append(create, []any{ap.at(k[0]), ap.at(k[1]), p["events"], p["relations"], p["counts"], p["goldstein"], p["first"], p["last"]})
	}
	for _, st := range []struct {
		cypher string
		params map[string]any
		n      int
	}{
		{cypherDyadsDelete, map[string]any{"eids": drop}, len(drop)},
		{cypherDyadsUpdate, map[string]any{"rows": update}, len(update)},
		{cypherDyadsCreate, map[string]any{"actors": ap.ids, "rows": create}, len(create)},
		{cypherDyadsUnmark, map[string]any{"ids": ids}, len(ids)},
	} {
		if st.n > 0 {
			if err := exec(ctx, tx, st.cypher, st.params); err != nil {
				return err
			}
		}
	}
	return nil
}

// dyadCSVRow is a DYAD as a bulk import row (see importFiles).
func dyadCSVRow(d *dyad) []string {
	p := d.props()
	join := func(xs []string) string {
		clean := make([]string, len(xs))
		for i, x := range xs {
			clean[i] = strings.ReplaceAll(x, ";", ",")
		}
		return strings.Join(clean, ";")
	}
	var counts, gold []string
	for _, c := range p["counts"].([]int64) {
		counts = append(counts, csvValue(c))
	}
	for _, g := range p["goldstein"].([]float64) {
		gold = append(gold, csvValue(g))
	}
	return []string{d.s, d.o, "DYAD", csvValue(d.events), join(p["relations"].([]string)),
		strings.Join(counts, ";"), strings.Join(gold, ";"), join(p["first"].([]string)), join(p["last"].([]string))}
}
