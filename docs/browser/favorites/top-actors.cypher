// kg: top-actors
// The actors in the most events (as subject or object, every modality) in a date range, with their number of distinct partners (degree).
// Generated from queries/top-actors.cypher by `go generate ./queries`; edit that file, not this one.
:param from => null;
:param to => null;
:param limit => 10;
MATCH (a:Actor)
WITH a, COUNT { (a)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-() WHERE ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to)) } AS events
WHERE events > 0
ORDER BY events DESC, a.name, a.id
LIMIT $limit
RETURN a.name AS actor, a.id AS id, a.kind AS kind, events,
       COUNT { MATCH (a)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(b) WHERE ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to)) RETURN DISTINCT b } AS partners;
