package graph

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/kgraph/kg/extract"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Batch is what one Load writes.
type Batch struct {
	Documents []extract.DocumentRecord
	Events    []extract.Event
	Dict      *extract.Dictionary // may be nil: no AFFILIATED_WITH, actors from the events
}

// LoadOptions tune Load.
type LoadOptions struct {
	BatchSize int                   // rows per transaction; default 5000
	Workers   int                   // concurrent transactions; default 2
	Progress  func(done, total int) // events written so far of total; may be nil; calls are serialized
	// SummaryProgress reports the subjects whose DYAD summaries are up to
	// date so far, of total, after the events; may be nil; serialized.
	SummaryProgress func(done, total int)
	// ReplaceAll replaces the events of every document of the batch that is
	// already stored, not only of those whose sha256 changed (use it after
	// changing the extractor or the dictionaries).
	ReplaceAll bool
}

// Defaults for LoadOptions.
const (
	DefaultBatchSize = 5000
	DefaultWorkers   = 2
)

// LoadStats reports what Load wrote.
type LoadStats struct {
	Documents    int           // documents written, including stubs for events without a record
	Actors       int           // actors written
	Events       int           // events written (after dropping duplicate ids)
	Affiliations int           // AFFILIATED_WITH relationships the dictionary asks for
	Replaced     int           // stored documents whose earlier version was replaced
	Stale        int           // old event relationships of replaced documents deleted
	Elapsed      time.Duration // wall time of the whole load
}

// Load writes a batch: schema (once per Store), then actors, affiliations,
// documents with their mentions, and finally the events, each phase in
// transactions of opts.BatchSize rows run by opts.Workers workers.
//
// Every write is an idempotent MERGE on id, so loading the same batch twice
// leaves the graph unchanged, and a load that was interrupted (cancelled
// context, server killed) keeps everything committed and completes when run
// again. A stored document whose sha256 differs from the batch's record is
// replaced: its old events and mentions that the new version does not have
// are deleted in the same transaction that records the new sha256, before
// the new events are written. Load expects all events of a document in one
// batch.
//
// Writes cost the server as little as the guarantees allow: documents not
// stored before are created with their mentions without comparing anything,
// and their events — which cannot be stored yet, since events are written
// only after their document committed — are created without reading what is
// stored under their ids; only events of documents that were already stored
// (a reload, a resumed load, a replacement) are diffed first. Rows travel as
// lists, and each transaction looks each of its distinct actors up once.
func (s *Store) Load(ctx context.Context, b Batch, opts LoadOptions) (LoadStats, error) {
	start := time.Now()
	st, err := s.load(ctx, b, opts)
	st.Elapsed = time.Since(start)
	return st, err
}

func (s *Store) load(ctx context.Context, b Batch, opts LoadOptions) (LoadStats, error) {
	var st LoadStats
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.Workers <= 0 {
		opts.Workers = DefaultWorkers
	}
	p, err := prepare(b)
	if err != nil {
		return st, fmt.Errorf("load: %w", err)
	}
	if err := s.EnsureSchema(ctx); err != nil {
		return st, fmt.Errorf("load: %w", err)
	}

	// 1. Actors, one statement per kind label; batches never share an actor.
	var jobs []job
	for _, k := range extract.Kinds {
		for _, rows := range chunk(p.actors[k], opts.BatchSize) {
			jobs = append(jobs, job{n: len(rows), fn: stmtJob(kindCypher[k].mergeActors, rows)})
		}
	}
	if err := s.run(ctx, jobs, opts.Workers, nil); err != nil {
		return st, fmt.Errorf("load: actors: %w", err)
	}
	st.Actors = p.nActors

	// 2. Affiliations of the dictionary actors: drop stale ones, add missing.
	jobs = jobs[:0]
	for _, rows := range chunk(p.affSync, opts.BatchSize) {
		var create []map[string]any
		for _, r := range rows {
			create = append(create, p.affCreate[r["id"].(string)]...)
		}
		jobs = append(jobs, job{n: len(rows), fn: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
			if err := exec(ctx, tx, cypherDeleteStaleAffiliations, map[string]any{"rows": rows}); err != nil {
				return err
			}
			return exec(ctx, tx, cypherCreateAffiliations, map[string]any{"rows": create})
		}})
	}
	if err := s.run(ctx, jobs, opts.Workers, nil); err != nil {
		return st, fmt.Errorf("load: affiliations: %w", err)
	}
	st.Affiliations = p.nAff

	// 3. Documents: replace changed ones, upsert, write mentions.
	jobs = jobs[:0]
	docBatch := max(1, opts.BatchSize/5)
	for _, ids := range chunk(p.docIDs, docBatch) {
		var w docWrite // of the last attempt; counted once it commits
		jobs = append(jobs, job{n: len(ids),
			fn: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
				var err error
				w, err = writeDocuments(ctx, tx, p, ids, opts.ReplaceAll)
				return err
			},
			committed: func() {
				st.Stale += w.stale
				st.Replaced += w.replaced
				for _, id := range w.created {
					p.newDocs[id] = true
				}
			},
		})
	}
	if err := s.run(ctx, jobs, opts.Workers, nil); err != nil {
		return st, fmt.Errorf("load: documents: %w", err)
	}
	st.Documents = len(p.docIDs)

	// Subjects without stored events get their summaries from the batch.
	fresh, err := s.freshSubjects(ctx, p)
	if err != nil {
		return st, fmt.Errorf("load: %w", err)
	}

	// 4. Events, one statement per relation type.
	jobs = jobs[:0]
	total := 0
	for _, t := range relTypes() {
		for _, rows := range chunk(p.events[t], opts.BatchSize) {
			// A document that was not stored before this load has no events
			// yet (events are written only after their document committed),
			// so a batch whose events all belong to such documents is
			// created without reading what is stored first.
			fresh := true
			for i := range rows {
				if !p.newDocs[rows[i].doc] {
					fresh = false
					break
				}
			}
			// A retried transaction diffs: an earlier attempt may have
			// committed without the driver hearing of it.
			attempts := 0
			jobs = append(jobs, job{n: len(rows), fn: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
				attempts++
				if fresh && attempts == 1 {
					return createEvents(ctx, tx, t, rows)
				}
				return writeEvents(ctx, tx, t, rows)
			}})
			total += len(rows)
		}
	}
	if opts.Progress != nil {
		opts.Progress(0, total)
	}
	done := 0
	err = s.run(ctx, jobs, opts.Workers, func(n int) {
		done += n
		st.Events = done
		if opts.Progress != nil {
			opts.Progress(done, total)
		}
	})
	if err != nil {
		return st, fmt.Errorf("load: events: %w", err)
	}

	// 5. Dyad summaries of the batch's subjects and of every subject whose
	// events were deleted (replaced documents, re-pointed events).
	if _, err := s.refreshDyads(ctx, p.subjects(), fresh, opts.Workers, opts.SummaryProgress); err != nil {
		return st, fmt.Errorf("load: dyad summaries: %w", err)
	}
	return st, nil
}

// subjects returns the distinct subjects of the batch's events, sorted.
func (p *prepared) subjects() []string {
	seen := map[string]bool{}
	var ids []string
	for _, rows := range p.events {
		for i := range rows {
			if !seen[rows[i].s] {
				seen[rows[i].s] = true
				ids = append(ids, rows[i].s)
			}
		}
	}
	sort.Strings(ids)
	return ids
}

// job is one transaction's work.
type job struct {
	n         int // rows, for progress
	fn        func(ctx context.Context, tx neo4j.ManagedTransaction) error
	committed func() // may be nil; called serialized after the commit
}

func stmtJob(cypher string, rows []map[string]any) func(context.Context, neo4j.ManagedTransaction) error {
	return func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		return exec(ctx, tx, cypher, map[string]any{"rows": rows})
	}
}

// run executes jobs in managed write transactions on workers goroutines and
// calls done (serialized) after each commit. The first error cancels the rest.
func (s *Store) run(ctx context.Context, jobs []job, workers int, done func(n int)) error {
	if len(jobs) == 0 {
		return ctx.Err()
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	next := make(chan job)
	var (
		wg sync.WaitGroup
		mu sync.Mutex
	)
	for range min(workers, len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sess := s.session(ctx, neo4j.AccessModeWrite)
			defer sess.Close(context.WithoutCancel(ctx))
			for j := range next {
				err := s.again(ctx, func() error {
					_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
						return nil, j.fn(ctx, tx)
					})
					return err
				})
				if err != nil {
					cancel(err)
					continue
				}
				mu.Lock()
				if j.committed != nil {
					j.committed()
				}
				if done != nil {
					done(j.n)
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for _, j := range jobs {
		select {
		case next <- j:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
		return err
	}
	return nil
}

// writeEvents writes one batch of events of type t: it reads what is stored
// under their ids and creates, updates or re-creates only what differs, so
// loading the same events again writes nothing.
func writeEvents(ctx context.Context, tx neo4j.ManagedTransaction, t string, rows []eventRow) error {
	st := relCypher[t]
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.id
	}
	type stored struct {
		s, o, eid string
		props     map[string]any
	}
	have := map[string][]stored{}
	res, err := tx.Run(ctx, st.existing, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	for res.Next(ctx) {
		v := res.Record().Values
		id := v[0].(string)
		so, _ := v[1].(string)
		oo, _ := v[2].(string)
		props, _ := v[4].(map[string]any)
		have[id] = append(have[id], stored{so, oo, v[3].(string), props})
	}
	if err := res.Err(); err != nil {
		return err
	}
	var create []eventRow
	var update []map[string]any
	var drop []string
	for _, r := range rows {
		kept := false
		for _, x := range have[r.id] {
			if !kept && x.s == r.s && x.o == r.o {
				kept = true
				if !sameProps(x.props, eventPropNames, r.props()) {
					update = append(update, map[string]any{"eid": x.eid, "props": r.propMap()})
				}
				continue
			}
			drop = append(drop, x.eid) // endpoints changed, or a duplicate
		}
		if !kept {
			create = append(create, r)
		}
	}
	if len(drop) > 0 {
		if err := exec(ctx, tx, st.deleteByElementID, map[string]any{"eids": drop}); err != nil {
			return err
		}
	}
	if len(update) > 0 {
		if err := exec(ctx, tx, st.update, map[string]any{"rows": update}); err != nil {
			return err
		}
	}
	return createEvents(ctx, tx, t, create)
}

// createEvents creates events of type t that are known not to be stored.
func createEvents(ctx context.Context, tx neo4j.ManagedTransaction, t string, rows []eventRow) error {
	if len(rows) == 0 {
		return nil
	}
	// Endpoints by position in the batch's distinct actors.
	var ap actorPositions
	vals := make([]any, len(rows))
	for i := range rows {
		v := make([]any, len(rows[i].vals))
		copy(v, rows[i].vals)
		v[0], v[1] = ap.at(rows[i].s), ap.at(rows[i].o)
		vals[i] = v
	}
	res, err := tx.Run(ctx, relCypher[t].create, map[string]any{"actors": ap.ids, "rows": vals})
	if err != nil {
		return err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return err
	}
	if n := sum.Counters().RelationshipsCreated(); n != len(rows) {
		return fmt.Errorf("%s: created %d of %d events: an actor they name is not stored", t, n, len(rows))
	}
	return nil
}

// actorPositions numbers the distinct actors of a batch, so that rows name
// their endpoints by position and the statement looks each actor up once
// (popular actors are in most rows).
type actorPositions struct {
	ids []any // in order of first use: the statement's $actors
	pos map[string]int64
}

// at returns id's position, adding it on first use.
func (a *actorPositions) at(id string) int64 {
	i, ok := a.pos[id]
	if !ok {
		if a.pos == nil {
			a.pos = map[string]int64{}
		}
		i = int64(len(a.ids))
		a.pos[id] = i
		a.ids = append(a.ids, id)
	}
	return i
}

// eventRow is one event to write. vals is the create statement's row: the
// subject and object ids, then the properties in eventPropNames order (nil:
// no such property).
type eventRow struct {
	id, s, o, doc string
	vals          []any
}

func (r *eventRow) props() []any { return r.vals[2:] }

// propMap returns the properties as a map for SET r += map (nil removes).
func (r *eventRow) propMap() map[string]any {
	m := make(map[string]any, len(eventPropNames))
	for i, n := range eventPropNames {
		m[n] = r.vals[i+2]
	}
	return m
}

// sameProps reports whether the stored properties equal the wanted values of
// names, where a nil value means "no such property".
func sameProps(stored map[string]any, names []string, want []any) bool {
	n := 0
	for i, k := range names {
		w := want[i]
		if w == nil {
			if _, ok := stored[k]; ok {
				return false
			}
			continue
		}
		n++
		if !sameValue(stored[k], w) {
			return false
		}
	}
	return n == len(stored)
}

// sameMap is sameProps for properties given as a map.
func sameMap(stored, want map[string]any) bool {
	names := make([]string, 0, len(want))
	vals := make([]any, 0, len(want))
	for k, v := range want {
		names, vals = append(names, k), append(vals, v)
	}
	return sameProps(stored, names, vals)
}

func sameValue(got, want any) bool {
	switch w := want.(type) {
	case dbtype.Date:
		g, ok := got.(dbtype.Date)
		return ok && g.Time().Equal(w.Time())
	case []string:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return false
		}
		for i := range w {
			if g[i] != w[i] {
				return false
			}
		}
		return true
	}
	return got == want
}

// docWrite is what writeDocuments did.
type docWrite struct {
	replaced, stale int
	created         []string // ids of documents that were not stored before
}

// writeDocuments writes one batch of documents in one transaction. It reads
// their stored state first: a stored document whose sha256 differs (or every
// stored one under replaceAll) is replaced — its events and mentions that
// the new version does not have are deleted before the new sha256 is
// written, so a new sha256 is never stored beside old events. Unchanged
// documents and mentions are not written again.
func writeDocuments(ctx context.Context, tx neo4j.ManagedTransaction, p *prepared, ids []string, replaceAll bool) (docWrite, error) {
	var w docWrite
	type stored struct {
		props    map[string]any
		mentions map[string]int64
	}
	have := map[string]stored{}
	res, err := tx.Run(ctx, cypherDocumentState, map[string]any{"ids": ids})
	if err != nil {
		return w, err
	}
	for res.Next(ctx) {
		v := res.Record().Values
		d := stored{mentions: map[string]int64{}}
		d.props, _ = v[1].(map[string]any)
		delete(d.props, "id")
		for _, m := range v[2].([]any) {
			pair := m.([]any)
			if a, ok := pair[0].(string); ok {
				n, _ := pair[1].(int64)
				d.mentions[a] = n
			}
		}
		have[v[0].(string)] = d
	}
	if err := res.Err(); err != nil {
		return w, err
	}

	var stale, staleMentions, docs, fresh, create, update []map[string]any
	var freshActors []any // of the fresh documents' mentions, distinct
	freshPos := map[string]int64{}
	nFresh := 0 // mentions of the fresh documents
	for _, id := range ids {
		if _, exists := have[id]; !exists {
			// Not stored: the document and all its mentions are created in
			// one statement, nothing to compare.
			props := map[string]any{}
			if rec := p.docs[id]; rec != nil {
				props = documentProps(rec)
			}
			ms := make([]any, len(p.mentions[id]))
			for i, m := range p.mentions[id] {
				a := m["actor"].(string)
				j, ok := freshPos[a]
				if !ok {
					j = int64(len(freshActors))
					freshPos[a] = j
					freshActors = append(freshActors, a)
				}
				ms[i] = []any{j, m["count"]}
				nFresh++
			}
			fresh = append(fresh, map[string]any{"id": id, "props": props, "mentions": ms})
			w.created = append(w.created, id)
			continue
		}
		rec := p.docs[id]
		old, exists := have[id]
		var props map[string]any
		if rec != nil {
			props = documentProps(rec)
		}
		if exists && rec != nil && (replaceAll || old.props["sha256"] != props["sha256"]) {
			w.replaced++
			stale = append(stale, map[string]any{"doc": id, "keep": p.docEvents[id]})
			staleMentions = append(staleMentions, map[string]any{"id": id, "keep": p.mentionActors(id)})
		}
		switch {
		case !exists && rec == nil: // a stub: events name it, no record describes it
			docs = append(docs, map[string]any{"id": id, "props": map[string]any{}})
		case rec != nil && (!exists || !sameMap(old.props, props)):
			docs = append(docs, map[string]any{"id": id, "props": props})
		}
		for _, m := range p.mentions[id] {
			n, ok := old.mentions[m["actor"].(string)]
			switch {
			case !ok:
				create = append(create, m)
			case n != m["count"].(int64):
				update = append(update, m)
			}
		}
	}
	if len(stale) > 0 {
		for _, t := range relTypes() {
			n, err := single(ctx, tx, relCypher[t].deleteStale, map[string]any{"rows": stale})
			if err != nil {
				return w, err
			}
			w.stale += int(n)
		}
		if err := exec(ctx, tx, cypherDeleteStaleMentions, map[string]any{"rows": staleMentions}); err != nil {
			return w, err
		}
	}
	if len(fresh) > 0 {
		res, err := tx.Run(ctx, cypherCreateDocuments, map[string]any{"actors": freshActors, "rows": fresh})
		if err != nil {
			return w, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return w, err
		}
		if c := sum.Counters(); c.NodesCreated() != len(fresh) || c.RelationshipsCreated() != nFresh {
			return w, fmt.Errorf("created %d of %d documents and %d of %d mentions: an actor they name is not stored",
				c.NodesCreated(), len(fresh), c.RelationshipsCreated(), nFresh)
		}
	}
	for _, st := range []struct {
		cypher string
		rows   []map[string]any
	}{{cypherMergeDocuments, docs}, {cypherUpdateMentions, update}, {cypherCreateMentions, create}} {
		if len(st.rows) > 0 {
			if err := exec(ctx, tx, st.cypher, map[string]any{"rows": st.rows}); err != nil {
				return w, err
			}
		}
	}
	return w, nil
}

// prepared is a batch turned into parameter rows.
type prepared struct {
	actors    map[string][]map[string]any // by kind: {id, props}
	nActors   int
	affSync   []map[string]any            // {id, keys: [[org, role, from, to]…]}
	affCreate map[string][]map[string]any // by actor id: {id, org, role, from, to}
	nAff      int
	docIDs    []string                           // sorted: records and stubs
	docs      map[string]*extract.DocumentRecord // nil for stubs
	docEvents map[string][]string                // event ids per document
	mentions  map[string][]map[string]any        // by doc: {doc, actor, count}
	events    map[string][]eventRow              // by relation
	newDocs   map[string]bool                    // documents Load created (set after their commit)
}

func (p *prepared) mentionActors(doc string) []string {
	ids := make([]string, 0, len(p.mentions[doc]))
	for _, m := range p.mentions[doc] {
		ids = append(ids, m["actor"].(string))
	}
	return ids
}

// actorInfo is an actor to write, before it becomes a row.
type actorInfo struct {
	id, name, kind string
	aliases        []string
}

// prepare validates the batch and builds every row Load writes. The result
// is deterministic for a given batch: the first record of an id wins.
func prepare(b Batch) (*prepared, error) {
	p := &prepared{
		actors:    map[string][]map[string]any{},
		affCreate: map[string][]map[string]any{},
		docs:      map[string]*extract.DocumentRecord{},
		docEvents: map[string][]string{},
		mentions:  map[string][]map[string]any{},
		events:    map[string][]eventRow{},
		newDocs:   map[string]bool{},
	}
	actors := map[string]*actorInfo{}
	var order []string
	addRef := func(r extract.ActorRef) {
		if _, ok := actors[r.ID]; ok || r.ID == "" {
			return
		}
		a := &actorInfo{id: r.ID, name: r.Name, kind: r.Kind}
		if e, ok := lookup(b.Dict, r.ID); ok {
			a.name, a.kind, a.aliases = e.Name, e.Kind, e.Aliases
		}
		if !extract.ValidKind(a.kind) {
			a.kind = extract.KindOther
		}
		actors[r.ID] = a
		order = append(order, r.ID)
	}

	// Events: validate, drop repeated ids, group by relation.
	seen := map[string]bool{}
	docMentions := map[string]map[string]int{} // doc → actor → events naming it
	var docOrder []string
	for i := range b.Events {
		e := &b.Events[i]
		if err := e.Validate(); err != nil {
			return nil, err
		}
		if !relTypeOK(e.Relation) {
			return nil, fmt.Errorf("event %s: unknown relation %q", e.ID, e.Relation)
		}
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		addRef(e.Subject)
		addRef(e.Object)
		vals, err := eventVals(e)
		if err != nil {
			return nil, err
		}
		p.events[e.Relation] = append(p.events[e.Relation], eventRow{
			id: e.ID, s: e.Subject.ID, o: e.Object.ID, doc: e.Doc, vals: vals})
		if _, ok := docMentions[e.Doc]; !ok {
			docMentions[e.Doc] = map[string]int{}
			docOrder = append(docOrder, e.Doc)
		}
		docMentions[e.Doc][e.Subject.ID]++
		docMentions[e.Doc][e.Object.ID]++
		p.docEvents[e.Doc] = append(p.docEvents[e.Doc], e.ID)
	}

	// Documents: records (first of an id wins), then stubs for events'
	// documents without one.
	for i := range b.Documents {
		d := &b.Documents[i]
		if d.ID == "" {
			return nil, errors.New("document record without id")
		}
		if _, ok := p.docs[d.ID]; ok {
			continue
		}
		p.docs[d.ID] = d
		p.docIDs = append(p.docIDs, d.ID)
		counts := map[string]int{}
		for _, m := range d.Mentions {
			if m.Actor.ID == "" {
				continue
			}
			addRef(m.Actor)
			counts[m.Actor.ID] += m.Count
		}
		// Subjects and objects of the document's events not listed as mentions.
		for a, n := range docMentions[d.ID] {
			if _, ok := counts[a]; !ok {
				counts[a] = n
			}
		}
		p.mentions[d.ID] = mentionRows(d.ID, counts)
	}
	for _, id := range docOrder {
		if _, ok := p.docs[id]; ok {
			continue
		}
		p.docs[id] = nil
		p.docIDs = append(p.docIDs, id)
		p.mentions[id] = mentionRows(id, docMentions[id])
	}
	sort.Strings(p.docIDs)
	for _, ids := range p.docEvents {
		sort.Strings(ids)
	}

	// Affiliations: every actor known to the dictionary gets its set synced;
	// their targets (and the targets' parents) are written as actors too.
	if b.Dict != nil {
		for i := 0; i < len(order); i++ {
			e, ok := lookup(b.Dict, order[i])
			if !ok {
				continue
			}
			type key struct{ org, role, from, to string }
			var keys [][]any
			have := map[key]bool{}
			add := func(org, role, from, to string) {
				t, ok := lookup(b.Dict, org)
				if !ok || org == e.ID {
					return
				}
				k := key{org, role, from, to}
				if have[k] {
					return
				}
				have[k] = true
				addRef(t.Ref(""))
				keys = append(keys, []any{org, role, from, to})
				p.affCreate[e.ID] = append(p.affCreate[e.ID], map[string]any{
					"id": e.ID, "org": org, "role": role, "from": nullable(from), "to": nullable(to)})
			}
			for _, a := range e.Affiliations {
				add(a.Org, a.Role, a.From, a.To)
			}
			if (e.Kind == extract.KindOrganization || e.Kind == extract.KindMedia) && e.Parent != "" {
				add(e.Parent, "part-of", "", "")
			}
			p.nAff += len(keys)
			if keys == nil {
				keys = [][]any{}
			}
			p.affSync = append(p.affSync, map[string]any{"id": e.ID, "keys": keys})
		}
	}

	// Actor rows by kind, sorted by id.
	sort.Strings(order)
	for _, id := range order {
		a := actors[id]
		var aliases any
		if len(a.aliases) > 0 {
			aliases = append([]string(nil), a.aliases...)
		}
		p.actors[a.kind] = append(p.actors[a.kind], map[string]any{"id": a.id, "props": map[string]any{
			"name": nullable(a.name), "kind": a.kind, "aliases": aliases}})
	}
	p.nActors = len(order)
	return p, nil
}

func lookup(d *extract.Dictionary, id string) (*extract.Entry, bool) {
	if d == nil {
		return nil, false
	}
	return d.Lookup(id)
}

func mentionRows(doc string, counts map[string]int) []map[string]any {
	ids := make([]string, 0, len(counts))
	for a := range counts {
		ids = append(ids, a)
	}
	sort.Strings(ids)
	rows := make([]map[string]any, 0, len(ids))
	for _, a := range ids {
		rows = append(rows, map[string]any{"doc": doc, "actor": a, "count": int64(counts[a])})
	}
	return rows
}

// nullable turns "" into nil, which removes or omits a property.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// eventVals are an event's endpoint ids followed by its relationship
// properties (SPEC "Graph model") in eventPropNames order. Empty strings
// become null (no property), as in the bulk import.
func eventVals(e *extract.Event) ([]any, error) {
	start, end, year, err := DateBounds(e.Date)
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", e.ID, err)
	}
	var vStart, vEnd, vYear any
	if e.Date != "" {
		vStart, vEnd, vYear = neo4j.DateOf(start), neo4j.DateOf(end), int64(year)
	}
	// Order: eventColumns (csv.go).
	return []any{e.Subject.ID, e.Object.ID,
		e.ID, nullable(e.Date), vStart, vEnd, vYear, nullable(e.Precision), nullable(e.Modality),
		e.Confidence, e.Doc, int64(e.Sentence), nullable(e.Text), nullable(e.Place),
		nullable(e.CAMEO), e.Goldstein, nullable(e.Rule)}, nil
}

// documentProps are the node properties of a document; published is a
// Neo4j date.
func documentProps(d *extract.DocumentRecord) map[string]any {
	var published any
	if t, err := time.Parse("2006-01-02", d.Published); err == nil {
		published = neo4j.DateOf(t)
	}
	return map[string]any{
		"title": nullable(d.Title), "source": nullable(d.Source), "published": published,
		"url": nullable(d.URL), "sha256": nullable(d.SHA256),
	}
}

// DateBounds returns the first and last day and the year of a date written
// as YYYY, YYYY-MM or YYYY-MM-DD; for "" it returns zero values.
func DateBounds(date string) (start, end time.Time, year int, err error) {
	switch len(date) {
	case 0:
		return start, end, 0, nil
	case 4:
		y, err := strconv.Atoi(date)
		if err != nil {
			return start, end, 0, fmt.Errorf("bad date %q", date)
		}
		start = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(1, 0, -1), y, nil
	case 7:
		t, err := time.Parse("2006-01", date)
		if err != nil {
			return start, end, 0, fmt.Errorf("bad date %q", date)
		}
		return t, t.AddDate(0, 1, -1), t.Year(), nil
	case 10:
		t, err := time.Parse("2006-01-02", date)
		if err != nil {
			return start, end, 0, fmt.Errorf("bad date %q", date)
		}
		return t, t, t.Year(), nil
	}
	return start, end, 0, fmt.Errorf("bad date %q", date)
}

// chunk splits s into slices of at most n elements.
func chunk[T any](s []T, n int) [][]T {
	var out [][]T
	for len(s) > n {
		out = append(out, s[:n:n])
		s = s[n:]
	}
	if len(s) > 0 {
		out = append(out, s)
	}
	return out
}

// LoadNaive writes the batch the simple way — one transaction per actor,
// document and event, on one session — as the baseline that benchmarks
// compare Load with. The graph it leaves is the same as Load's except that it
// writes no affiliations and never replaces documents.
func (s *Store) LoadNaive(ctx context.Context, b Batch) (LoadStats, error) {
	start := time.Now()
	var st LoadStats
	p, err := prepare(Batch{Documents: b.Documents, Events: b.Events})
	if err != nil {
		return st, fmt.Errorf("load naive: %w", err)
	}
	if err := s.EnsureSchema(ctx); err != nil {
		return st, fmt.Errorf("load naive: %w", err)
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	one := func(fn func(tx neo4j.ManagedTransaction) error) error {
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) { return nil, fn(tx) })
		return err
	}
	for _, k := range extract.Kinds {
		for _, row := range p.actors[k] {
			if err := one(func(tx neo4j.ManagedTransaction) error {
				return exec(ctx, tx, kindCypher[k].mergeActors, map[string]any{"rows": []map[string]any{row}})
			}); err != nil {
				return st, fmt.Errorf("load naive: %w", err)
			}
			st.Actors++
		}
	}
	for _, id := range p.docIDs {
		props := map[string]any{}
		if d := p.docs[id]; d != nil {
			props = documentProps(d)
		}
		if err := one(func(tx neo4j.ManagedTransaction) error {
			return exec(ctx, tx, cypherMergeDocuments, map[string]any{"rows": []map[string]any{{"id": id, "props": props}}})
		}); err != nil {
			return st, fmt.Errorf("load naive: %w", err)
		}
		for _, m := range p.mentions[id] {
			if err := one(func(tx neo4j.ManagedTransaction) error {
				return exec(ctx, tx, cypherMergeMentionOne, map[string]any{"row": m})
			}); err != nil {
				return st, fmt.Errorf("load naive: %w", err)
			}
		}
		st.Documents++
	}
	for _, t := range relTypes() {
		for _, row := range p.events[t] {
			if err := one(func(tx neo4j.ManagedTransaction) error {
				return exec(ctx, tx, relCypher[t].upsertOne, map[string]any{"row": map[string]any{
					"id": row.id, "s": row.s, "o": row.o, "props": row.propMap()}})
			}); err != nil {
				return st, fmt.Errorf("load naive: %w", err)
			}
			st.Events++
		}
	}
	if _, err := s.refreshDyads(ctx, p.subjects(), nil, 1, nil); err != nil {
		return st, fmt.Errorf("load naive: dyad summaries: %w", err)
	}
	st.Elapsed = time.Since(start)
	return st, nil
}
