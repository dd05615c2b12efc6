// kg: co-mentions
// The actors mentioned in the same documents as an actor, by number of shared documents, with the number of events between the two.
// Generated from queries/co-mentions.cypher by `go generate ./queries`; edit that file, not this one.
:param actor => 'Kim Jong-un';
MATCH (x:Actor)
WHERE x.id = $actor OR toLower(x.name) = toLower($actor) OR $actor IN coalesce(x.aliases, [])
WITH x ORDER BY x.id = $actor DESC, x.id LIMIT 1
// Shared documents per actor, and events per partner counted from the
// actor's own events once (not pair by pair).
CALL {
  WITH x
  MATCH (x)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(y:Actor)
  WHERE y <> x
  RETURN y, count(DISTINCT d) AS documents, 0 AS events
  UNION ALL
  WITH x
  MATCH (x)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(y)
  RETURN y, 0 AS documents, count(r) AS events
}
WITH y, sum(documents) AS documents, sum(events) AS events
WHERE documents > 0
RETURN y.name AS actor, y.id AS id, y.kind AS kind, documents, events
ORDER BY documents DESC, events DESC, actor, id;
