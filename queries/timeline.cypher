// name: timeline
// description: One actor's events in date order (undated last), every modality, with the sentence and the document's source. A state's timeline includes its people and organisations, as in relation-over-time.
// param: actor actor - an actor or state (name or alias)
// param: from date = "" - only events that may have happened on or after this date (undated events are then left out)
// param: to date-end = "" - only events that may have happened on or before this date
// example: actor=North Korea; from=2014; to=2020
MATCH (x:Actor)
WHERE x.id = $actor OR toLower(x.name) = toLower($actor) OR $actor IN coalesce(x.aliases, [])
WITH x ORDER BY x.id = $actor DESC, x.id LIMIT 1
CALL {
  WITH x
  OPTIONAL MATCH p = (m:Actor)-[:AFFILIATED_WITH*1..2]->(x)
  WHERE all(i IN range(1, length(p) - 1) WHERE relationships(p)[i].role = 'part-of')
  WITH x, collect(DISTINCT m) AS ms
  RETURN [x] + ms AS sx
}
UNWIND sx AS s
MATCH (s)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-()
WHERE ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to))
WITH DISTINCT r
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.date AS date, type(r) AS relation, startNode(r).name AS subject, endNode(r).name AS object,
       r.modality AS modality, r.place AS place, r.text AS quote, d.source AS source, r.doc AS doc, r.id AS id
ORDER BY r.start, r.end, r.doc, r.sentence, r.id
