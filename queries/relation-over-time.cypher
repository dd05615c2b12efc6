// name: relation-over-time
// description: The cooperation-conflict curve between two actors or states, one row per year or month from the first period to the last (or over from-to), empty periods included: events in either direction, how many are cooperative (Goldstein > 0) or conflictual (< 0), the Goldstein sum and mean, and the count of each relation. A state stands for itself, the people affiliated with it, its organisations (part-of) and their people. Only asserted and planned events count (negated and hypothetical ones did not happen); undated events are left out, and by month also those dated only to the year.
// param: a actor - an actor or state (name or alias)
// param: b actor - the other actor or state
// param: by string = year (year|month) - the period
// param: from date = "" - first period (YYYY, YYYY-MM or YYYY-MM-DD)
// param: to date-end = "" - last period
// example: a=Russia; b=North Korea; by=year
MATCH (xa:Actor)
WHERE xa.id = $a OR toLower(xa.name) = toLower($a) OR $a IN coalesce(xa.aliases, [])
WITH xa ORDER BY xa.id = $a DESC, xa.id LIMIT 1
MATCH (xb:Actor)
WHERE xb.id = $b OR toLower(xb.name) = toLower($b) OR $b IN coalesce(xb.aliases, [])
WITH xa, xb ORDER BY xb.id = $b DESC, xb.id LIMIT 1
CALL {
  WITH xa
  OPTIONAL MATCH p = (m:Actor)-[:AFFILIATED_WITH*1..2]->(xa)
  WHERE all(i IN range(1, length(p) - 1) WHERE relationships(p)[i].role = 'part-of')
  WITH xa, collect(DISTINCT m) AS ms
  RETURN [xa] + ms AS sa
}
CALL {
  WITH xb
  OPTIONAL MATCH p = (m:Actor)-[:AFFILIATED_WITH*1..2]->(xb)
  WHERE all(i IN range(1, length(p) - 1) WHERE relationships(p)[i].role = 'part-of')
  WITH xb, collect(DISTINCT m) AS ms
  RETURN [xb] + ms AS sb
}
UNWIND sa AS s
UNWIND sb AS o
MATCH (s)-[r:MEET|VISIT|HOST|INVITE|COOPERATE|SIGN_AGREEMENT|SUPPORT|MILITARY_COOPERATION|AID|CRITICIZE|REJECT|THREATEN|SANCTION|ATTACK]-(o)
WHERE r.modality IN ['asserted', 'planned'] AND r.start IS NOT NULL
  AND ($by = 'year' OR r.precision IN ['month', 'day'])
  AND ($from IS NULL OR r.end >= date($from)) AND ($to IS NULL OR r.start <= date($to))
WITH DISTINCT r
WITH r, CASE $by WHEN 'month' THEN r.start.year * 12 + r.start.month - 1 ELSE r.start.year END AS i
WITH i, count(r) AS events, sum(r.goldstein) AS goldstein,
     sum(CASE WHEN r.goldstein > 0 THEN 1 ELSE 0 END) AS cooperation,
     sum(CASE WHEN r.goldstein < 0 THEN 1 ELSE 0 END) AS conflict,
     collect(type(r)) AS types
WITH collect({i: i, events: events, goldstein: goldstein, cooperation: cooperation, conflict: conflict, types: types}) AS rows
// Every period from the first to the last, empty ones as zeros.
WITH rows,
     CASE WHEN $from IS NULL THEN reduce(m = null, x IN rows | CASE WHEN m IS NULL OR x.i < m THEN x.i ELSE m END)
          WHEN $by = 'month' THEN date($from).year * 12 + date($from).month - 1
          ELSE date($from).year END AS lo,
     CASE WHEN $to IS NULL THEN reduce(m = null, x IN rows | CASE WHEN m IS NULL OR x.i > m THEN x.i ELSE m END)
          WHEN $by = 'month' THEN date($to).year * 12 + date($to).month - 1
          ELSE date($to).year END AS hi
UNWIND CASE WHEN lo IS NULL OR hi IS NULL THEN [] ELSE range(lo, hi) END AS i
WITH i, [x IN rows WHERE x.i = i] AS hit
WITH i, coalesce(hit[0], {events: 0, goldstein: 0.0, cooperation: 0, conflict: 0, types: []}) AS x
RETURN CASE $by WHEN 'month' THEN toString(i / 12) + CASE WHEN i % 12 < 9 THEN '-0' ELSE '-' END + toString(i % 12 + 1)
       ELSE toString(i) END AS period,
       x.events AS events, x.cooperation AS cooperation, x.conflict AS conflict,
       round(x.goldstein, 1) AS goldstein,
       CASE WHEN x.events > 0 THEN round(x.goldstein / x.events, 3) END AS mean_goldstein,
       size([t IN x.types WHERE t = 'MEET']) AS MEET,
       size([t IN x.types WHERE t = 'VISIT']) AS VISIT,
       size([t IN x.types WHERE t = 'HOST']) AS HOST,
       size([t IN x.types WHERE t = 'INVITE']) AS INVITE,
       size([t IN x.types WHERE t = 'COOPERATE']) AS COOPERATE,
       size([t IN x.types WHERE t = 'SIGN_AGREEMENT']) AS SIGN_AGREEMENT,
       size([t IN x.types WHERE t = 'SUPPORT']) AS SUPPORT,
       size([t IN x.types WHERE t = 'MILITARY_COOPERATION']) AS MILITARY_COOPERATION,
       size([t IN x.types WHERE t = 'AID']) AS AID,
       size([t IN x.types WHERE t = 'CRITICIZE']) AS CRITICIZE,
       size([t IN x.types WHERE t = 'REJECT']) AS REJECT,
       size([t IN x.types WHERE t = 'THREATEN']) AS THREATEN,
       size([t IN x.types WHERE t = 'SANCTION']) AS SANCTION,
       size([t IN x.types WHERE t = 'ATTACK']) AS ATTACK
ORDER BY i
