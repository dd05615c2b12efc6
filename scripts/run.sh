#!/usr/bin/env bash
# run.sh: build the knowledge graph of the seed articles and say where to look.
# Neo4j: NEO4J_URI if it answers; else Docker Compose where a Docker engine
# runs; else the local server of `make neo4j` (Java 17 and Maven).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
kg="$root/bin/kg"
http_port="${NEO4J_HTTP_PORT:-7474}"

answers() { NEO4J_URI="$1" "$kg" query --cypher 'RETURN 1 AS ok' --format csv >/dev/null 2>&1; }

if [ -n "${NEO4J_URI:-}" ] && answers "$NEO4J_URI"; then
  echo "kg: using Neo4j at NEO4J_URI" >&2
  browser="(your server's Browser)"
elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  echo "kg: starting Neo4j with docker compose" >&2
  docker compose up -d --wait
  export NEO4J_URI="bolt://127.0.0.1:7687"
  browser="http://127.0.0.1:7474/browser/"
elif command -v java >/dev/null 2>&1 && command -v mvn >/dev/null 2>&1; then
  bash scripts/neo4j.sh start >&2
  export NEO4J_URI="bolt://127.0.0.1:${NEO4J_BOLT_PORT:-7687}"
  browser="http://127.0.0.1:${http_port}/browser/"
else
  echo "kg: no Neo4j to use. Install Docker (then: docker compose up -d), or Java 17 and Maven (then: make neo4j)," >&2
  echo "    or set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD to a running Neo4j 5 server." >&2
  exit 1
fi

"$kg" build seeds

user="${NEO4J_USERNAME:-neo4j}"
if [ -z "${NEO4J_PASSWORD:-}" ] || [ "${NEO4J_PASSWORD}" = kgpassword ]; then
  pw="kgpassword (the local default)"
else
  pw="the NEO4J_PASSWORD you set"
fi
cat <<EOT

Open Neo4j Browser: $browser
  connect URL $NEO4J_URI, user $user, password $pw
  try:  MATCH (a:Actor)-[r]->(b:Actor) WHERE r.cameo IS NOT NULL RETURN a, r, b LIMIT 100
Saved reports:  bin/kg queries   e.g.  bin/kg query dyad-history --param a=Putin --param b="Kim Jong-un"
EOT
