// name: relation-breakdown
// description: Events per relation type, overall or for one actor (as subject or object), with each relation's CAMEO code and Goldstein weight and the events of each modality.
// param: actor actor = "" - optional; an actor name or alias
// example: actor=Vladimir Putin
CALL {
  // The whole graph: one scan per type, reading only the modality.
  UNWIND CASE WHEN $actor IS NULL THEN [1] ELSE [] END AS all
  CALL {
    MATCH ()-[r:MEET]->() RETURN 'MEET' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:VISIT]->() RETURN 'VISIT' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:HOST]->() RETURN 'HOST' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:INVITE]->() RETURN 'INVITE' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:COOPERATE]->() RETURN 'COOPERATE' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:SIGN_AGREEMENT]->() RETURN 'SIGN_AGREEMENT' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:SUPPORT]->() RETURN 'SUPPORT' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:MILITARY_COOPERATION]->() RETURN 'MILITARY_COOPERATION' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:AID]->() RETURN 'AID' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:CRITICIZE]->() RETURN 'CRITICIZE' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:REJECT]->() RETURN 'REJECT' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:THREATEN]->() RETURN 'THREATEN' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:SANCTION]->() RETURN 'SANCTION' AS relation, r.modality AS modality
    UNION ALL
    MATCH ()-[r:ATTACK]->() RETURN 'ATTACK' AS relation, r.modality AS modality
  }
  RETURN relation, modality, count(*) AS n
  UNION ALL
  MATCH (x:Actor)
  WHERE $actor IS NOT NULL AND (x.id = $actor OR toLower(x.name) = toLower($actor) OR $actor IN coalesce(x.aliases, []))
  WITH x ORDER BY x.id = $actor DESC, x.id LIMIT 1
  MATCH (x)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-()
  RETURN type(r) AS relation, r.modality AS modality, count(*) AS n
}
WITH relation, sum(n) AS events,
     sum(CASE modality WHEN 'asserted' THEN n ELSE 0 END) AS asserted,
     sum(CASE modality WHEN 'planned' THEN n ELSE 0 END) AS planned,
     sum(CASE modality WHEN 'negated' THEN n ELSE 0 END) AS negated,
     sum(CASE modality WHEN 'hypothetical' THEN n ELSE 0 END) AS hypothetical
WHERE events > 0
// CAMEO code and Goldstein weight of each relation (the fixed vocabulary).
WITH *, {MEET: ['040', 1.0], VISIT: ['042', 1.9], HOST: ['043', 2.8], INVITE: ['036', 4.0], COOPERATE: ['050', 3.5], SIGN_AGREEMENT: ['057', 8.0], SUPPORT: ['051', 3.4], MILITARY_COOPERATION: ['062', 7.4], AID: ['070', 7.0], CRITICIZE: ['111', -2.0], REJECT: ['120', -4.0], THREATEN: ['130', -4.4], SANCTION: ['163', -8.0], ATTACK: ['190', -10.0]}[relation] AS w
RETURN relation, w[0] AS cameo, w[1] AS goldstein, events, asserted, planned, negated, hypothetical
ORDER BY events DESC, relation
