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
func (s *Store) Load(ctx context.Context, b Batch, opts LoadOptions) (LoadStats, error) {
	start := time.Now()
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
	defer func() { st.Elapsed = time.Since(start) }()

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
	replaced, err := s.replacedDocuments(ctx, p, opts)
	if err != nil {
		return st, fmt.Errorf("load: documents: %w", err)
	}
	jobs = jobs[:0]
	docBatch := max(1, opts.BatchSize/10)
	for _, ids := range chunk(p.docIDs, docBatch) {
		var stale int // of the last attempt; counted once it commits
		jobs = append(jobs, job{n: len(ids),
			fn: func(ctx context.Context, tx neo4j.ManagedTransaction) error {
				var err error
				stale, err = writeDocuments(ctx, tx, p, ids, replaced)
				return err
			},
			committed: func() { st.Stale += stale },
		})
	}
	if err := s.run(ctx, jobs, opts.Workers, nil); err != nil {
		return st, fmt.Errorf("load: documents: %w", err)
	}
	st.Documents = len(p.docIDs)
	st.Replaced = len(replaced)

	// 4. Events, one statement per relation type.
	jobs = jobs[:0]
	total := 0
	for _, t := range relTypes() {
		for _, rows := range chunk(p.events[t], opts.BatchSize) {
			jobs = append(jobs, job{n: len(rows), fn: stmtJob(relCypher[t].upsert, rows)})
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
	return st, nil
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
				_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
					return nil, j.fn(ctx, tx)
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

// replacedDocuments returns the batch's documents that are stored with a
// different sha256 (or all stored ones under opts.ReplaceAll).
func (s *Store) replacedDocuments(ctx context.Context, p *prepared, opts LoadOptions) (map[string]bool, error) {
	var ids []string
	for _, id := range p.docIDs {
		if p.docs[id] != nil {
			ids = append(ids, id)
		}
	}
	replaced := map[string]bool{}
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	for _, part := range chunk(ids, 10000) {
		_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, cypherDocumentState, map[string]any{"ids": part})
			if err != nil {
				return nil, err
			}
			for res.Next(ctx) {
				id, _ := res.Record().Values[0].(string)
				sha, _ := res.Record().Values[1].(string)
				if opts.ReplaceAll || sha != p.docs[id].SHA256 {
					replaced[id] = true
				}
			}
			return nil, res.Err()
		})
		if err != nil {
			return nil, err
		}
	}
	return replaced, nil
}

// writeDocuments writes one batch of documents in one transaction: for a
// replaced document, first its stale events and mentions are deleted, so the
// new sha256 is never stored beside old events. It returns how many stale
// events were deleted.
func writeDocuments(ctx context.Context, tx neo4j.ManagedTransaction, p *prepared, ids []string, replaced map[string]bool) (int, error) {
	var stale, staleMentions, docs, mentions []map[string]any
	var stubIDs []string
	for _, id := range ids {
		if replaced[id] {
			stale = append(stale, map[string]any{"doc": id, "keep": p.docEvents[id]})
			staleMentions = append(staleMentions, map[string]any{"id": id, "keep": p.mentionActors(id)})
		}
		if d := p.docs[id]; d != nil {
			docs = append(docs, map[string]any{"id": id, "props": documentProps(d)})
		} else {
			stubIDs = append(stubIDs, id)
		}
		mentions = append(mentions, p.mentions[id]...)
	}
	deleted := 0
	if len(stale) > 0 {
		for _, t := range relTypes() {
			n, err := single(ctx, tx, relCypher[t].deleteStale, map[string]any{"rows": stale})
			if err != nil {
				return 0, err
			}
			deleted += int(n)
		}
		if err := exec(ctx, tx, cypherDeleteStaleMentions, map[string]any{"rows": staleMentions}); err != nil {
			return 0, err
		}
	}
	if len(docs) > 0 {
		if err := exec(ctx, tx, cypherMergeDocuments, map[string]any{"rows": docs}); err != nil {
			return 0, err
		}
	}
	if len(stubIDs) > 0 {
		if err := exec(ctx, tx, cypherMergeStubDocuments, map[string]any{"ids": stubIDs}); err != nil {
			return 0, err
		}
	}
	if len(mentions) > 0 {
		if err := exec(ctx, tx, cypherMergeMentions, map[string]any{"rows": mentions}); err != nil {
			return 0, err
		}
	}
	return deleted, nil
}

// prepared is a batch turned into parameter rows.
type prepared struct {
	actors    map[string][]map[string]any // by kind: {id, props}
	nActors   int
	affSync   []map[string]any            // {id, keys: [[org, role, from, to]…]}
	affCreate map[string][]map[string]any // by actor id: {id, org, role, from, to}
	nAff      int
	docIDs    []string                          // sorted: records and stubs
	docs      map[string]*extract.DocumentRecord // nil for stubs
	docEvents map[string][]string                // event ids per document
	mentions  map[string][]map[string]any        // by doc: {doc, actor, count}
	events    map[string][]map[string]any        // by relation: {id, s, o, props}
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
		events:    map[string][]map[string]any{},
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
		props, err := eventProps(e)
		if err != nil {
			return nil, err
		}
		p.events[e.Relation] = append(p.events[e.Relation], map[string]any{
			"id": e.ID, "s": e.Subject.ID, "o": e.Object.ID, "props": props})
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

// eventProps are the relationship properties of an event (SPEC "Graph
// model"). Empty strings become null (no property), as in the bulk import.
func eventProps(e *extract.Event) (map[string]any, error) {
	start, end, year, err := DateBounds(e.Date)
	if err != nil {
		return nil, fmt.Errorf("event %s: %w", e.ID, err)
	}
	props := map[string]any{
		"id": e.ID, "date": nullable(e.Date), "start": nil, "end": nil, "year": nil,
		"precision": nullable(e.Precision), "modality": nullable(e.Modality), "confidence": e.Confidence,
		"doc": e.Doc, "sentence": int64(e.Sentence), "text": nullable(e.Text), "place": nullable(e.Place),
		"cameo": nullable(e.CAMEO), "goldstein": e.Goldstein, "rule": nullable(e.Rule),
	}
	if e.Date != "" {
		props["start"], props["end"], props["year"] = neo4j.DateOf(start), neo4j.DateOf(end), int64(year)
	}
	return props, nil
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
