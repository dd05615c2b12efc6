// name: ego-network
// description: An actor's neighbourhood: the events on paths of at most depth hops from it, one row per source, relation and target (both as nodes, for Browser and kg export) with the number of events, their Goldstein sum and the first and last dates. Depth 1 is the actor's own events; depth 2 adds its partners' events with each other and with their partners. Every modality counts.
// param: actor actor - an actor name or alias
// param: depth int = 1 (1..3) - hops from the actor
// param: from date = "" - only events that may have happened on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; undated events are then left out)
// param: to date-end = "" - only events that may have happened on or before this date
// param: relations list = "" (MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK) - only these relation types, comma-separated (default all)
// example: actor=Vladimir Putin; depth=2
MATCH (ego:Actor)
WHERE ego.id = $actor OR toLower(ego.name) = toLower($actor) OR $actor IN coalesce(ego.aliases, [])
WITH ego ORDER BY ego.id = $actor DESC, ego.id LIMIT 1
// Ring by ring, the actors fewer than depth hops away: only their events lie
// on paths of at most depth hops.
CALL {
  WITH ego
  OPTIONAL MATCH (ego)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(n:Actor)
  WHERE $depth >= 2 AND (size($relations) = 0 OR type(r) IN $relations)
    AND ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to))
  RETURN collect(DISTINCT n) AS ring1
}
CALL {
  WITH ego, ring1
  UNWIND CASE WHEN $depth >= 3 THEN ring1 ELSE [] END AS n1
  MATCH (n1)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(n:Actor)
  WHERE (size($relations) = 0 OR type(r) IN $relations)
    AND ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to))
  RETURN collect(DISTINCT n) AS ring2
}
WITH [ego] + ring1 + ring2 AS inner
WITH inner, [n IN inner | elementId(n)] AS innerIDs
UNWIND inner AS s
WITH DISTINCT s, innerIDs
// Each event once: from its subject when that is inside, else from its object.
CALL {
  WITH s
  MATCH (s)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]->(o:Actor)
  RETURN s AS source, r, o AS target
  UNION ALL
  WITH s, innerIDs
  MATCH (s)<-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(o:Actor)
  WHERE NOT elementId(o) IN innerIDs
  RETURN o AS source, r, s AS target
}
WITH source, r, target
WHERE (size($relations) = 0 OR type(r) IN $relations)
  AND ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to))
RETURN source, type(r) AS relation, target, count(r) AS events,
       round(sum(r.goldstein), 1) AS goldstein, min(r.date) AS first, max(r.date) AS last
ORDER BY events DESC, source.name, relation, target.name
