// kg: relation-breakdown
// Events per relation type, overall or for one actor (as subject or object), with each relation's CAMEO code and Goldstein weight and the events of each modality.
// Generated from queries/relation-breakdown.cypher by `go generate ./queries`; edit that file, not this one.
:param actor => 'Vladimir Putin';
CALL {
  MATCH ()-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]->()
  WHERE $actor IS NULL
  RETURN r
  UNION ALL
  MATCH (x:Actor)
  WHERE $actor IS NOT NULL AND (x.id = $actor OR toLower(x.name) = toLower($actor) OR $actor IN coalesce(x.aliases, []))
  WITH x ORDER BY x.id = $actor DESC, x.id LIMIT 1
  MATCH (x)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-()
  RETURN r
}
RETURN type(r) AS relation, r.cameo AS cameo, r.goldstein AS goldstein, count(*) AS events,
       sum(CASE r.modality WHEN 'asserted' THEN 1 ELSE 0 END) AS asserted,
       sum(CASE r.modality WHEN 'planned' THEN 1 ELSE 0 END) AS planned,
       sum(CASE r.modality WHEN 'negated' THEN 1 ELSE 0 END) AS negated,
       sum(CASE r.modality WHEN 'hypothetical' THEN 1 ELSE 0 END) AS hypothetical
ORDER BY events DESC, relation;
