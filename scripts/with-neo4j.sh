#!/usr/bin/env bash
# with-neo4j.sh CMD...: run CMD with NEO4J_URI pointing at a Neo4j that answers.
# A NEO4J_URI already in the environment is used as it is (tests fail if it
# does not answer); otherwise the local server of `make neo4j` is started, or
# reused, and its default credentials are exported.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -z "${NEO4J_URI:-}" ]; then
  bash "$here/neo4j.sh" start >&2
  export NEO4J_URI="bolt://127.0.0.1:${NEO4J_BOLT_PORT:-7687}"
  export NEO4J_USERNAME="${NEO4J_USERNAME:-neo4j}"
  export NEO4J_PASSWORD="${NEO4J_PASSWORD:-kgpassword}"
fi
exec "$@"
