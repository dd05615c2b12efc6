// name: ego-network
// description: An actor's neighbourhood, kept readable: ring 1 is the actor's limit strongest partners (by number of events with it), ring 2 (depth 2) the limit strongest partners of ring 1 outside the actor and ring 1 (by events with ring 1), ring 3 (depth 3) likewise; ties go by name and id. It returns the events among these actors that lie on paths of at most depth hops from the actor, one row per source, relation and target (both as nodes, for Browser and kg export) with the number of events, their Goldstein sum, the first and last dates, and, with rels=true, the events themselves (rels; kg export asks for them). Every modality counts; from, to and relations apply to the ranking as well. Without from and to it reads the per-pair summaries (DYAD) that kg load keeps, so it stays fast on large graphs.
// param: actor actor - an actor name or alias
// param: depth int = 1 (1..3) - hops from the actor
// param: from date = "" - only events that may have happened on or after this date (YYYY, YYYY-MM or YYYY-MM-DD; undated events are then left out)
// param: to date-end = "" - only events that may have happened on or before this date
// param: relations list = "" (MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK) - only these relation types, comma-separated (default all)
// param: limit int = 10 (1..1000) - the strongest partners kept per ring
// param: rels bool = false - also return each row's events as relationships (slower on large graphs)
// example: actor=Vladimir Putin; depth=2
MATCH (ego:Actor)
WHERE ego.id = $actor OR toLower(ego.name) = toLower($actor) OR $actor IN coalesce(ego.aliases, [])
WITH ego ORDER BY ego.id = $actor DESC, ego.id LIMIT 1
// Each step reads the DYAD summaries when there is no date filter and no
// rels are asked for, else the events; the other branch matches nothing.
// Ring 1: the ego's strongest partners.
CALL {
  WITH ego
  CALL {
    WITH ego
    MATCH (ego)-[d:DYAD]-(n)
    WHERE $from IS NULL AND $to IS NULL AND NOT $rels
    RETURN n, CASE WHEN size($relations) = 0 THEN d.events
                   ELSE reduce(w = 0, i IN range(0, size(d.relations) - 1) | w + CASE WHEN d.relations[i] IN $relations THEN d.counts[i] ELSE 0 END) END AS w
    UNION ALL
    WITH ego
    MATCH (ego)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(n)
    WHERE NOT ($from IS NULL AND $to IS NULL AND NOT $rels)
      AND (size($relations) = 0 OR type(r) IN $relations)
      AND ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to))
    RETURN n, 1 AS w
  }
  WITH n, sum(w) AS w
  WHERE w > 0
  ORDER BY w DESC, n.name, n.id
  LIMIT $limit
  RETURN collect(n) AS ring1
}
// Ring 2 (depth 2 and more): the strongest partners of ring 1 outside it.
CALL {
  WITH ego, ring1
  UNWIND CASE WHEN $depth >= 2 THEN ring1 ELSE [] END AS x
  CALL {
    WITH x, ring1, ego
    MATCH (x)-[d:DYAD]-(n)
    WHERE $from IS NULL AND $to IS NULL AND NOT $rels AND n <> ego AND NOT n IN ring1
    RETURN n, CASE WHEN size($relations) = 0 THEN d.events
                   ELSE reduce(w = 0, i IN range(0, size(d.relations) - 1) | w + CASE WHEN d.relations[i] IN $relations THEN d.counts[i] ELSE 0 END) END AS w
    UNION ALL
    WITH x, ring1, ego
    MATCH (x)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(n)
    WHERE NOT ($from IS NULL AND $to IS NULL AND NOT $rels)
      AND (size($relations) = 0 OR type(r) IN $relations)
      AND ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to))
      AND n <> ego AND NOT n IN ring1
    RETURN n, 1 AS w
  }
  WITH n, sum(w) AS w
  WHERE w > 0
  ORDER BY w DESC, n.name, n.id
  LIMIT $limit
  RETURN collect(n) AS ring2
}
// Ring 3 (depth 3): the strongest partners of ring 2 outside the others.
CALL {
  WITH ego, ring1, ring2
  UNWIND CASE WHEN $depth >= 3 THEN ring2 ELSE [] END AS x
  CALL {
    WITH x, ring1, ring2, ego
    MATCH (x)-[d:DYAD]-(n)
    WHERE $from IS NULL AND $to IS NULL AND NOT $rels AND n <> ego AND NOT n IN ring1 AND NOT n IN ring2
    RETURN n, CASE WHEN size($relations) = 0 THEN d.events
                   ELSE reduce(w = 0, i IN range(0, size(d.relations) - 1) | w + CASE WHEN d.relations[i] IN $relations THEN d.counts[i] ELSE 0 END) END AS w
    UNION ALL
    WITH x, ring1, ring2, ego
    MATCH (x)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(n)
    WHERE NOT ($from IS NULL AND $to IS NULL AND NOT $rels)
      AND (size($relations) = 0 OR type(r) IN $relations)
      AND ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to))
      AND n <> ego AND NOT n IN ring1 AND NOT n IN ring2
    RETURN n, 1 AS w
  }
  WITH n, sum(w) AS w
  WHERE w > 0
  ORDER BY w DESC, n.name, n.id
  LIMIT $limit
  RETURN collect(n) AS ring3
}
// An event between kept actors lies within depth hops when one end is in a
// ring nearer than depth (inner). Each event (or summary) once: from its
// subject when that is inner, else from its object; so all events of a row
// come from the same inner actor.
WITH [ego] + ring1 + ring2 + ring3 AS kept,
     [ego] + CASE WHEN $depth >= 2 THEN ring1 ELSE [] END + CASE WHEN $depth >= 3 THEN ring2 ELSE [] END AS inner
UNWIND inner AS u
CALL {
  // From the summaries: one row per relation type a DYAD holds.
  WITH u, kept, inner
  CALL {
    WITH u, kept
    MATCH (u)-[d:DYAD]->(v)
    WHERE $from IS NULL AND $to IS NULL AND NOT $rels AND v IN kept
    RETURN u AS source, d, v AS target
    UNION ALL
    WITH u, kept, inner
    MATCH (u)<-[d:DYAD]-(v)
    WHERE $from IS NULL AND $to IS NULL AND NOT $rels AND v IN kept AND NOT v IN inner
    RETURN v AS source, d, u AS target
  }
  UNWIND range(0, size(d.relations) - 1) AS i
  WITH source, d.relations[i] AS relation, target, d, i
  WHERE size($relations) = 0 OR relation IN $relations
  RETURN source, relation, target, d.counts[i] AS events, round(d.goldstein[i], 1) AS goldstein,
         CASE d.first[i] WHEN 'undated' THEN null ELSE d.first[i] END AS first,
         CASE d.last[i] WHEN 'undated' THEN null ELSE d.last[i] END AS last, [] AS rels
  UNION ALL
  // From the events.
  WITH u, kept, inner
  CALL {
    WITH u, kept
    MATCH (u)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]->(v)
    WHERE NOT ($from IS NULL AND $to IS NULL AND NOT $rels) AND v IN kept
    RETURN u AS source, r, v AS target
    UNION ALL
    WITH u, kept, inner
    MATCH (u)<-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(v)
    WHERE NOT ($from IS NULL AND $to IS NULL AND NOT $rels) AND v IN kept AND NOT v IN inner
    RETURN v AS source, r, u AS target
  }
  WITH source, r, target
  WHERE (size($relations) = 0 OR type(r) IN $relations)
    AND ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to))
  RETURN source, type(r) AS relation, target, count(r) AS events,
         round(sum(r.goldstein), 1) AS goldstein, min(r.date) AS first, max(r.date) AS last,
         CASE WHEN $rels THEN collect(r) ELSE [] END AS rels
}
RETURN source, relation, target, events, goldstein, first, last, rels
ORDER BY events DESC, source.name, relation, target.name, source.id, target.id
