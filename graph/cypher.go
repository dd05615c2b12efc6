package graph

import (
	"fmt"
	"strings"

	"github.com/kgraph/kg/extract"
)

// All writes kg sends to Neo4j are the constants and the per-vocabulary
// statements below. Values travel only as parameters; labels and relationship
// types come only from extract.Kinds and extract.Relations and are checked
// against those lists (relTypeOK, kindOK) before a statement is built.

// Schema statements; each is idempotent (IF NOT EXISTS).
const (
	cypherConstraintActorID    = `CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE`
	cypherConstraintDocumentID = `CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE`
	cypherIndexActorName       = `CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)`
	cypherIndexActorKind       = `CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind)`
	cypherIndexDocPublished    = `CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published)`
	cypherAwaitIndexes         = `CALL db.awaitIndexes(300)`
)

// relIndexProps are the event properties indexed for every relation type:
// id (MERGE and lookups), doc (replacing a document's events) and start
// (time filters: the saved queries compare r.start and r.end, never r.year).
// Every index costs an entry per event written, so there are no others.
var relIndexProps = []string{"id", "doc", "start"}

// relDroppedIndexProps were indexed by earlier versions; EnsureSchema drops
// those indexes (by their kg-owned names) so loads stop maintaining them.
var relDroppedIndexProps = []string{"year"}

// eventPropNames are the event relationship properties (SPEC "Graph model")
// in the order of an event row's values after its two endpoint ids.
var eventPropNames = func() []string {
	names := make([]string, len(eventColumns))
	for i, c := range eventColumns {
		names[i], _, _ = strings.Cut(c, ":")
	}
	return names
}()

// Document statements.
const (
	// cypherDocumentState returns the stored documents with these ids, their
	// properties and mentions.
	cypherDocumentState = `UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[m:MENTIONS]->(a:Actor)
RETURN id, properties(d) AS props, collect([a.id, m.count]) AS mentions`

	// cypherMergeDocuments upserts documents; null values remove a property.
	cypherMergeDocuments = `UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props`

	// cypherDeleteStaleMentions removes MENTIONS of a replaced document whose
	// actor is not mentioned by its new version.
	cypherDeleteStaleMentions = `UNWIND $rows AS row
MATCH (:Document {id: row.id})-[m:MENTIONS]->(a:Actor)
WHERE NOT a.id IN row.keep
DELETE m`

	// cypherCreateDocuments writes documents that are not stored yet with
	// their mentions ([actor, count] pairs, the actor by position in
	// $actors, the distinct actors of the batch, each looked up once) in one
	// statement; it writes nothing unless all actors are found.
	cypherCreateDocuments = `UNWIND $actors AS id
MATCH (a:Actor {id: id})
WITH collect(a) AS actors
WHERE size(actors) = size($actors)
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props
WITH d, row, actors
UNWIND row.mentions AS m
WITH d, actors[m[0]] AS a, m[1] AS count
CREATE (d)-[:MENTIONS {count: count}]->(a)`

	// cypherCreateMentions creates (:Document)-[:MENTIONS {count}]->(:Actor)
	// where the document has none to that actor.
	cypherCreateMentions = `UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
MATCH (a:Actor {id: row.actor})
CREATE (d)-[:MENTIONS {count: row.count}]->(a)`

	// cypherUpdateMentions sets the count of existing mentions.
	cypherUpdateMentions = `UNWIND $rows AS row
MATCH (:Document {id: row.doc})-[m:MENTIONS]->(:Actor {id: row.actor})
SET m.count = row.count`

	// cypherMergeMentionOne writes one mention (the naive writer).
	cypherMergeMentionOne = `MATCH (d:Document {id: $row.doc})
MATCH (a:Actor {id: $row.actor})
MERGE (d)-[m:MENTIONS]->(a)
SET m.count = $row.count`
)

// Affiliation statements. An affiliation is identified by (target, role,
// from, to); the set for each synced actor is replaced by the dictionary's.
const (
	cypherDeleteStaleAffiliations = `UNWIND $rows AS row
MATCH (:Actor {id: row.id})-[r:AFFILIATED_WITH]->(o:Actor)
WHERE NOT [o.id, r.role, coalesce(r.from, ''), coalesce(r.to, '')] IN row.keys
DELETE r`

	cypherCreateAffiliations = `UNWIND $rows AS row
MATCH (p:Actor {id: row.id})
MATCH (o:Actor {id: row.org})
WHERE NOT EXISTS {
  MATCH (p)-[r:AFFILIATED_WITH {role: row.role}]->(o)
  WHERE coalesce(r.from, '') = coalesce(row.from, '') AND coalesce(r.to, '') = coalesce(row.to, '')
}
CREATE (p)-[r:AFFILIATED_WITH {role: row.role}]->(o)
SET r.from = row.from, r.to = row.to`
)

// Deleting by id prefix (tests and benchmarks), in bounded transactions.
const (
	cypherDeleteDocumentsByPrefix = `MATCH (d:Document) WHERE d.id STARTS WITH $prefix
WITH d LIMIT $limit
DETACH DELETE d
RETURN count(*) AS n`
	cypherDeleteActorsByPrefix = `MATCH (a:Actor) WHERE a.id STARTS WITH $prefix
WITH a LIMIT $limit
DETACH DELETE a
RETURN count(*) AS n`
)

// Summary statements.
const (
	cypherCountDocuments = `MATCH (d:Document) RETURN count(d) AS n`
	cypherCountActors    = `MATCH (a:Actor) RETURN count(a) AS n`
)

// Dyad summaries (dyads.go): one (:Actor)-[:DYAD]->(:Actor) per subject and
// object with events, recomputed from the events of a subject. An actor
// whose outgoing events were deleted carries dyadsStale = true until its
// summaries are recomputed.
const (
	// cypherDyadsStored returns the stored summaries of the subjects $ids.
	cypherDyadsStored = `UNWIND $ids AS id
MATCH (:Actor {id: id})-[d:DYAD]->(o:Actor)
RETURN id, o.id AS o, elementId(d) AS eid, properties(d) AS props`

	cypherDyadsDelete = `UNWIND $eids AS eid
MATCH ()-[d:DYAD]->() WHERE elementId(d) = eid
DELETE d`

	cypherDyadsUpdate = `UNWIND $rows AS row
MATCH ()-[d:DYAD]->() WHERE elementId(d) = row.eid
SET d = row.props`

	// cypherDyadsCreate creates summaries from rows [s, o, events,
	// relations, counts, goldstein, first, last], s and o indexes into
	// $actors.
	cypherDyadsCreate = `UNWIND $actors AS id
MATCH (a:Actor {id: id})
WITH collect(a) AS nodes
UNWIND $rows AS row
WITH nodes[row[0]] AS s, nodes[row[1]] AS o, row
CREATE (s)-[:DYAD {events: row[2], relations: row[3], counts: row[4], goldstein: row[5], first: row[6], last: row[7]}]->(o)`

	// cypherDyadsLock marks the subjects $ids (sorted) first thing in a
	// refresh: the write locks them, so two refreshes of one subject (two
	// loads, or a load and a delete) take turns and the second sees what
	// the first wrote; cypherDyadsUnmark removes the mark before the commit.
	cypherDyadsLock = `UNWIND $ids AS id
MATCH (a:Actor {id: id})
SET a.dyadsStale = true`

	cypherDyadsUnmark = `UNWIND $ids AS id
MATCH (a:Actor {id: id})
REMOVE a.dyadsStale`

	// cypherDyadsStale lists the actors marked by an event deletion.
	cypherDyadsStale = `MATCH (a:Actor) WHERE a.dyadsStale RETURN a.id AS id`
)

// The dyad statements that name every relation type.
var (
	// cypherDyadsCompute aggregates the events of the subjects $ids by
	// object and relation type.
	cypherDyadsCompute string
	// cypherDyadsMissing lists subjects of events without summaries (a
	// graph loaded by a kg that did not keep them, or by other means).
	cypherDyadsMissing string
	// cypherSubjectsWithoutEvents returns those of the actors $ids that
	// are the subject of no event.
	cypherSubjectsWithoutEvents string
)

func buildDyadStatements() {
	for _, t := range relTypes() {
		if !relTypeOK(t) {
			panic(fmt.Sprintf("graph: relation %q is not in the vocabulary", t))
		}
	}
	cypherDyadsCompute = fmt.Sprintf(`UNWIND $ids AS id
MATCH (s:Actor {id: id})-[r:%s]->(o:Actor)
RETURN id, o.id AS o, type(r) AS relation, count(r) AS events, sum(r.goldstein) AS goldstein,
       min(r.date) AS first, max(r.date) AS last`, strings.Join(relTypes(), "|"))
	cypherDyadsMissing = fmt.Sprintf(`MATCH (s:Actor)
WHERE EXISTS { (s)-[:%s]->() } AND NOT EXISTS { (s)-[:DYAD]->() }
RETURN s.id AS id`, strings.Join(relTypes(), "|"))
	cypherSubjectsWithoutEvents = fmt.Sprintf(`UNWIND $ids AS id
MATCH (s:Actor {id: id})
WHERE NOT EXISTS { (s)-[:%s]->() }
RETURN id`, strings.Join(relTypes(), "|"))
}

// relStatements are the statements that name one relation type.
type relStatements struct {
	indexes           []string // CREATE INDEX … for relIndexProps, DROP INDEX … for relDroppedIndexProps
	existing          string   // UNWIND $ids: stored events with these ids
	create            string   // $actors ids, $rows [s, o, eventPropNames values…] with s, o indexes into $actors: new events
	update            string   // UNWIND $rows {eid, props}: set changed properties
	deleteByElementID string   // UNWIND $eids: delete events
	upsertOne         string   // $row: MERGE one event (the naive writer)
	deleteStale       string   // UNWIND $rows {doc, keep}: drop a replaced document's old events
	deletePrefix      string   // events whose id starts with $prefix, $limit at a time
	count             string   // number of relationships of this type
}

// kindStatements are the statements that name one actor kind label.
type kindStatements struct {
	mergeActors string // UNWIND $rows {id, props}: upsert actors of this kind
}

var (
	relCypher  = map[string]relStatements{}
	kindCypher = map[string]kindStatements{}
)

func init() {
	for _, r := range extract.Relations {
		relCypher[r.Name] = buildRelStatements(r.Name)
	}
	for _, k := range extract.Kinds {
		kindCypher[k] = buildKindStatements(k)
	}
	buildDyadStatements()
}

// identOK reports whether s is a plain upper/lower-case identifier, so that a
// vocabulary entry can never smuggle Cypher syntax into a statement.
func identOK(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_') {
			return false
		}
	}
	return true
}

func relTypeOK(t string) bool {
	_, ok := extract.LookupRelation(t)
	return ok && identOK(t)
}

func kindOK(k string) bool { return extract.ValidKind(k) && identOK(k) }

func buildRelStatements(t string) relStatements {
	if !relTypeOK(t) {
		panic(fmt.Sprintf("graph: relation %q is not in the vocabulary", t))
	}
	lower := strings.ToLower(t)
	var st relStatements
	for _, p := range relIndexProps {
		st.indexes = append(st.indexes, fmt.Sprintf(
			"CREATE INDEX rel_%s_%s IF NOT EXISTS FOR ()-[r:%s]-() ON (r.%s)", lower, p, t, p))
	}
	for _, p := range relDroppedIndexProps {
		st.indexes = append(st.indexes, fmt.Sprintf("DROP INDEX rel_%s_%s IF EXISTS", lower, p))
	}
	// Events are written by diffing: existing reads what is stored under the
	// batch's ids (through the id index, never by expanding the two actors,
	// which may have hundreds of thousands of relationships); then only new
	// events are created, changed ones updated and ones whose endpoints
	// changed deleted and created again.
	st.existing = fmt.Sprintf(`UNWIND $ids AS id
MATCH (s)-[r:%s {id: id}]->(o)
RETURN id, s.id AS s, o.id AS o, elementId(r) AS eid, properties(r) AS props`, t)
	// create looks each distinct actor of the batch up once (the rows name
	// their endpoints by position in $actors; popular actors are in most
	// rows) and creates nothing unless all are found. Rows are lists, not
	// maps: the server decodes no keys, and CREATE leaves out the
	// properties whose value is null.
	props := make([]string, len(eventPropNames))
	for i, n := range eventPropNames {
		props[i] = fmt.Sprintf("%s: row[%d]", n, i+2)
	}
	st.create = fmt.Sprintf(`UNWIND $actors AS id
MATCH (a:Actor {id: id})
WITH collect(a) AS nodes
WHERE size(nodes) = size($actors)
UNWIND $rows AS row
WITH nodes[row[0]] AS s, nodes[row[1]] AS o, row
CREATE (s)-[:%s {%s}]->(o)`, t, strings.Join(props, ", "))
	st.update = fmt.Sprintf(`UNWIND $rows AS row
MATCH ()-[r:%s]->() WHERE elementId(r) = row.eid
SET r += row.props`, t)
	// Every statement that deletes events marks their subjects, in the same
	// transaction, so that their dyad summaries are recomputed (dyads.go).
	st.deleteByElementID = fmt.Sprintf(`UNWIND $eids AS eid
MATCH (s)-[r:%s]->() WHERE elementId(r) = eid
SET s.dyadsStale = true
DELETE r`, t)
	// The textbook upsert, one event per transaction: the naive baseline.
	st.upsertOne = fmt.Sprintf(`MATCH (s:Actor {id: $row.s})
MATCH (o:Actor {id: $row.o})
MERGE (s)-[r:%s {id: $row.id}]->(o)
SET r += $row.props`, t)
	st.deleteStale = fmt.Sprintf(`UNWIND $rows AS row
MATCH (s)-[r:%s {doc: row.doc}]->()
WHERE NOT r.id IN row.keep
SET s.dyadsStale = true
DELETE r
RETURN count(r) AS n`, t)
	st.deletePrefix = fmt.Sprintf(`MATCH (s)-[r:%s]->() WHERE r.id STARTS WITH $prefix OR r.doc STARTS WITH $prefix
WITH s, r LIMIT $limit
SET s.dyadsStale = true
DELETE r
RETURN count(*) AS n`, t)
	st.count = fmt.Sprintf(`MATCH ()-[r:%s]->() RETURN count(r) AS n`, t)
	return st
}

func buildKindStatements(k string) kindStatements {
	if !kindOK(k) {
		panic(fmt.Sprintf("graph: kind %q is not in the vocabulary", k))
	}
	var others []string
	for _, o := range extract.Kinds {
		if o != k {
			others = append(others, o)
		}
	}
	return kindStatements{
		mergeActors: fmt.Sprintf(`UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a:%s, a += row.props
REMOVE a:%s`, k, strings.Join(others, ":")),
	}
}
