// name: top-actors
// description: The actors in the most events (as subject or object, every modality) in a date range, with their number of distinct partners (degree).
// param: from date = "" - only events that may have happened on or after this date (undated events are then left out)
// param: to date-end = "" - only events that may have happened on or before this date
// param: limit int = 20 (1..100000) - how many actors
// example: limit=10
MATCH (a:Actor)
WITH a, COUNT { (a)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-() WHERE ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to)) } AS events
WHERE events > 0
ORDER BY events DESC, a.name, a.id
LIMIT $limit
RETURN a.name AS actor, a.id AS id, a.kind AS kind, events,
       COUNT { MATCH (a)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(b) WHERE ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to)) RETURN DISTINCT b } AS partners
