// name: dyad-history
// description: Every event between two actors or states, in either direction and of every modality, in date order (undated last), with the sentence it comes from and its document. A state stands for itself, its people and its organisations, as in relation-over-time.
// param: a actor - an actor or state (name or alias)
// param: b actor - the other actor or state
// example: a=Kim Jong-un; b=Vladimir Putin
MATCH (xa:Actor)
WHERE xa.id = $a OR toLower(xa.name) = toLower($a) OR $a IN coalesce(xa.aliases, [])
WITH xa ORDER BY xa.id = $a DESC, xa.id LIMIT 1
MATCH (xb:Actor)
WHERE xb.id = $b OR toLower(xb.name) = toLower($b) OR $b IN coalesce(xb.aliases, [])
WITH xa, xb ORDER BY xb.id = $b DESC, xb.id LIMIT 1
CALL {
  WITH xa
  OPTIONAL MATCH p = (m:Actor)-[:AFFILIATED_WITH*1..2]->(xa)
  WHERE all(i IN range(1, length(p) - 1) WHERE relationships(p)[i].role = 'part-of')
  WITH xa, collect(DISTINCT m) AS ms
  RETURN [xa] + ms AS sa
}
CALL {
  WITH xb
  OPTIONAL MATCH p = (m:Actor)-[:AFFILIATED_WITH*1..2]->(xb)
  WHERE all(i IN range(1, length(p) - 1) WHERE relationships(p)[i].role = 'part-of')
  WITH xb, collect(DISTINCT m) AS ms
  RETURN [xb] + ms AS sb
}
UNWIND sa AS s
UNWIND sb AS o
MATCH (s)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(o)
WITH DISTINCT r
OPTIONAL MATCH (d:Document {id: r.doc})
RETURN r.date AS date, type(r) AS relation, startNode(r).name AS subject, endNode(r).name AS object,
       r.modality AS modality, r.goldstein AS goldstein, r.text AS quote,
       d.title AS title, d.source AS source, r.doc AS doc, r.id AS id
ORDER BY r.start, r.end, r.doc, r.sentence, r.id
