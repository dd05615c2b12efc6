// name: relation-breakdown
// description: Events per relation type, overall or for one actor, with each relation's CAMEO code and Goldstein weight.
// param: actor actor = "" - optional; an actor name or alias (events where it is subject or object)
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.cameo IS NOT NULL
  AND ($actor IS NULL OR s.id = $actor OR o.id = $actor)
RETURN type(r) AS relation, r.cameo AS cameo, r.goldstein AS goldstein, count(*) AS events
ORDER BY events DESC, relation
