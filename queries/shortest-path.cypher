// name: shortest-path
// description: A shortest chain of events (up to 10, any direction and modality) linking two actors, as a path for Browser and kg export, with the actors and events along it.
// param: a actor - an actor (name or alias)
// param: b actor - the other actor
// example: a=Sergey Lavrov; b=Moon Jae-in
MATCH (xa:Actor)
WHERE xa.id = $a OR toLower(xa.name) = toLower($a) OR $a IN coalesce(xa.aliases, [])
WITH xa ORDER BY xa.id = $a DESC, xa.id LIMIT 1
MATCH (xb:Actor)
WHERE xb.id = $b OR toLower(xb.name) = toLower($b) OR $b IN coalesce(xb.aliases, [])
WITH xa, xb ORDER BY xb.id = $b DESC, xb.id LIMIT 1
WITH xa, xb WHERE xa <> xb
MATCH p = shortestPath((xa)-[:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK*..10]-(xb))
RETURN p AS path, length(p) AS hops, [n IN nodes(p) | n.name] AS actors,
       [r IN relationships(p) | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name + coalesce(' ' + r.date, '')] AS events
