// kg: top-actors
// The actors in the most events (as subject or object, every modality) in a date range, with their number of distinct partners (degree).
// Generated from queries/top-actors.cypher by `go generate ./queries`; edit that file, not this one.
:param from => null;
:param to => null;
:param limit => 10;
CALL {
  // Without a date range: events per actor from the degree store, partners
  // only for the actors kept.
  UNWIND CASE WHEN $from IS NULL AND $to IS NULL THEN [1] ELSE [] END AS all
  MATCH (a:Actor)
  WITH a, COUNT { (a)-[:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-() } AS events
  WHERE events > 0
  ORDER BY events DESC, a.name, a.id
  LIMIT $limit
  RETURN a, events, COUNT { MATCH (a)-[:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(b) RETURN DISTINCT b } AS partners
  UNION ALL
  // With a range: the events in it from the start index of each type (an
  // event lasts at most a year, so it starts less than a year before from).
  UNWIND CASE WHEN $from IS NULL AND $to IS NULL THEN [] ELSE [1] END AS range
  WITH coalesce(date($from) - duration('P1Y'), date('-999999999-01-01')) AS lo,
       coalesce(date($to), date('+999999999-12-31')) AS hi
  CALL {
    WITH lo, hi MATCH ()-[r:MEET]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:VISIT]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:HOST]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:INVITE]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:COOPERATE]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:SIGN_AGREEMENT]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:SUPPORT]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:MILITARY_COOPERATION]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:AID]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:CRITICIZE]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:REJECT]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:THREATEN]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:SANCTION]->() WHERE lo <= r.start <= hi RETURN r
    UNION ALL
    WITH lo, hi MATCH ()-[r:ATTACK]->() WHERE lo <= r.start <= hi RETURN r
  }
  WITH r WHERE $from IS NULL OR r.end >= date($from)
  UNWIND [[startNode(r), endNode(r)], [endNode(r), startNode(r)]] AS pair
  WITH pair[0] AS a, pair[1] AS b
  WITH a, count(*) AS events, count(DISTINCT b) AS partners
  ORDER BY events DESC, a.name, a.id
  LIMIT $limit
  RETURN a, events, partners
}
RETURN a.name AS actor, a.id AS id, a.kind AS kind, events, partners
ORDER BY events DESC, actor, id;
