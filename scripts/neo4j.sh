#!/usr/bin/env bash
# scripts/neo4j.sh - run a real Neo4j 5.26 LTS Community server on 127.0.0.1
# without Docker and without the Neo4j tarball: the jars come from Maven Central
# via scripts/neo4j/pom.xml (org.neo4j.app:neo4j-server + org.neo4j:neo4j +
# org.neo4j:neo4j-import-tool + org.neo4j.client:neo4j-browser) and the server is
# launched as `java -cp lib/* org.neo4j.server.CommunityEntryPoint
# --home-dir=... --config-dir=...`. (Users with Docker can use docker-compose.yml
# at the repo root instead; it exposes the same ports and credentials.)
#
# Usage:
#   scripts/neo4j.sh start        start (or reuse, if already answering) and wait until ready
#   scripts/neo4j.sh stop         graceful TERM, wait, then KILL; removes the pid file
#   scripts/neo4j.sh status       exit 0 if running and answering (Bolt handshake + HTTP 200), else 1
#   scripts/neo4j.sh admin ARGS   neo4j-admin (org.neo4j.cli.AdminTool) with the same home/conf/classpath
#
# Layout (everything under $KG_NEO4J_HOME, default <repo>/.neo4j/, git-ignored):
#   lib/            jars (resolved once; later starts skip Maven and need no network)
#   conf/neo4j.conf generated on every start/admin run (lines in conf/neo4j.extra.conf are appended)
#   data/ logs/ import/ plugins/ run/
#   neo4j.pid       pid of the server JVM
#   logs/neo4j.log (user log), logs/debug.log, logs/console.log (JVM stdout/stderr)
#
# Environment:
#   KG_NEO4J_HOME     home dir (default <repo>/.neo4j)
#   NEO4J_BOLT_PORT   default 7687        NEO4J_HTTP_PORT  default 7474
#   NEO4J_PASSWORD    default kgpassword (user is always `neo4j`). Applied with
#                     `neo4j-admin dbms set-initial-password` BEFORE the first start
#                     only, i.e. while data/databases/system does not exist yet. To
#                     change it later: ALTER USER / `:server change-password`, or
#                     stop, delete $KG_NEO4J_HOME/data, start again.
#   NEO4J_HEAP_INITIAL (1g) NEO4J_HEAP_MAX (2g) NEO4J_PAGECACHE (1g)
#   NEO4J_DEFAULT_DB  the one user database to serve (initial.dbms.default_database,
#                     default neo4j); Community re-applies it on every start
#   NEO4J_START_TIMEOUT seconds to wait for readiness (120)
#   NEO4J_ADMIN_HEAP  -Xmx for `admin` (default: JVM default, 1/4 of RAM)
#
# Bulk CSV import (neo4j-admin database import full) with Community Edition:
#   Community serves exactly ONE user database (plus `system`) and has no
#   CREATE DATABASE. `database import full` writes a complete store offline, so the
#   server owning that home must be STOPPED (else: "The database is in use").
#   NOTE: put the database name BEFORE --nodes/--relationships: those options take
#   several values, so a trailing name is read as another CSV file
#   ("File 'importtest' doesn't exist"). Use absolute CSV paths (or paths relative
#   to the current directory). All three recipes below were verified on 5.26.30:
#
#   (a) import under a new name and serve it (the old `neo4j` db is kept on disk,
#       shown as not served; a later plain `start` switches back to `neo4j`):
#         scripts/neo4j.sh stop
#         scripts/neo4j.sh admin database import full importtest \
#             --nodes=/abs/nodes.csv --relationships=/abs/rels.csv
#         NEO4J_DEFAULT_DB=importtest scripts/neo4j.sh start
#       (Community re-applies initial.dbms.default_database on every start.)
#
#   (b) replace the contents of `neo4j`:
#         scripts/neo4j.sh stop
#         scripts/neo4j.sh admin database import full neo4j --overwrite-destination \
#             --nodes=/abs/nodes.csv --relationships=/abs/rels.csv
#         scripts/neo4j.sh start
#
#   (c) a separate throw-away home, the main server keeps running (jars are
#       hard-linked from <repo>/.neo4j/lib, no Maven/network needed):
#         export KG_NEO4J_HOME=/tmp/kg-import NEO4J_BOLT_PORT=7688 NEO4J_HTTP_PORT=7475
#         scripts/neo4j.sh admin database import full neo4j \
#             --nodes=/abs/nodes.csv --relationships=/abs/rels.csv
#         scripts/neo4j.sh start ... scripts/neo4j.sh stop
#       (`status`/`stop` of that home remember its ports; KG_NEO4J_HOME is enough.)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
POM="$SCRIPT_DIR/neo4j/pom.xml"
DEFAULT_HOME="$REPO_ROOT/.neo4j"
NEO4J_HOME_DIR="${KG_NEO4J_HOME:-$DEFAULT_HOME}"
[[ "$NEO4J_HOME_DIR" == /* ]] || NEO4J_HOME_DIR="$PWD/$NEO4J_HOME_DIR"
NEO4J_HOME_DIR="${NEO4J_HOME_DIR%/}"
LIB="$NEO4J_HOME_DIR/lib"
CONF_DIR="$NEO4J_HOME_DIR/conf"
CONF="$CONF_DIR/neo4j.conf"
PID_FILE="$NEO4J_HOME_DIR/neo4j.pid"
PORTS_FILE="$NEO4J_HOME_DIR/run/kg-ports"
MAIN_CLASS="org.neo4j.server.CommunityEntryPoint"
ADMIN_CLASS="org.neo4j.cli.AdminTool"
NEO4J_USER="neo4j"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

die() { echo "neo4j.sh: error: $*" >&2; exit 1; }
note() { echo "neo4j.sh: $*" >&2; }

# Ports: explicit env wins; otherwise the ports recorded by the last `start` of
# this home (so `status`/`stop` find a server started with overrides); else defaults.
REC_BOLT="" REC_HTTP=""
if [[ -f "$PORTS_FILE" ]]; then read -r REC_BOLT REC_HTTP <"$PORTS_FILE" || true; fi
BOLT_PORT="${NEO4J_BOLT_PORT:-${REC_BOLT:-7687}}"
HTTP_PORT="${NEO4J_HTTP_PORT:-${REC_HTTP:-7474}}"

# ---------------------------------------------------------------- prerequisites
require_java() {
  command -v java >/dev/null 2>&1 || die "java not found on PATH (Neo4j 5.26 needs Java 17 or 21)"
  local v
  v="$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
  local major="${v%%.*}"
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot determine java version (got '$v')"
  ((major == 17 || major == 21)) || die "java $v found; Neo4j 5.26 needs Java 17 or 21"
}

pom_stamp() { sha256sum "$POM" | cut -d' ' -f1; }

jars_ready() {
  [[ -f "$LIB/.kg-stamp" ]] && [[ "$(cat "$LIB/.kg-stamp")" == "$(pom_stamp)" ]] \
    && compgen -G "$LIB/neo4j-*.jar" >/dev/null
}

# Make sure $LIB holds the jars listed by the pom. Order: already there -> hard
# link from the default home -> `mvn -o` (local ~/.m2 only) -> `mvn` (download).
ensure_jars() {
  jars_ready && return 0
  local stamp tmp
  stamp="$(pom_stamp)"
  mkdir -p "$NEO4J_HOME_DIR"
  tmp="$NEO4J_HOME_DIR/lib.tmp.$$"
  rm -rf "$tmp"
  if [[ "$LIB" != "$DEFAULT_HOME/lib" && -f "$DEFAULT_HOME/lib/.kg-stamp" \
        && "$(cat "$DEFAULT_HOME/lib/.kg-stamp")" == "$stamp" ]]; then
    note "linking jars from $DEFAULT_HOME/lib"
    cp -al "$DEFAULT_HOME/lib" "$tmp" 2>/dev/null || cp -a "$DEFAULT_HOME/lib" "$tmp"
  else
    command -v mvn >/dev/null 2>&1 || die "mvn (Maven 3) not found on PATH; it is needed once to fetch the Neo4j jars into $LIB"
    local mvn_args=(-q -B -Dstyle.color=never -f "$POM" dependency:copy-dependencies "-DoutputDirectory=$tmp")
    if mvn -o "${mvn_args[@]}" >/dev/null 2>&1; then
      note "jars copied from the local Maven repository (offline)"
    else
      rm -rf "$tmp"
      note "downloading Neo4j jars with Maven (first run only, ~140 MB)..."
      local log="$NEO4J_HOME_DIR/mvn.log"
      if ! mvn "${mvn_args[@]}" >"$log" 2>&1; then
        tail -n 20 "$log" >&2
        rm -rf "$tmp"
        die "Maven could not resolve the Neo4j jars (full log: $log)"
      fi
    fi
  fi
  echo "$stamp" >"$tmp/.kg-stamp"
  rm -rf "$LIB"
  mv "$tmp" "$LIB"
}

neo4j_version() {
  local j
  j="$(compgen -G "$LIB/neo4j-kernel-*.jar" | head -n1 || true)"
  j="${j##*/neo4j-kernel-}"
  echo "${j%.jar}"
}

# ---------------------------------------------------------------- configuration
write_conf() {
  mkdir -p "$CONF_DIR" "$NEO4J_HOME_DIR"/{data,logs,import,plugins,run}
  if [[ -f "$CONF" ]] && ! grep -q '^# generated by scripts/neo4j.sh' "$CONF"; then
    note "keeping hand-written $CONF (remove it to get the generated one back)"
    return 0
  fi
  local tmp="$CONF.tmp.$$"
  cat >"$tmp" <<EOF
# generated by scripts/neo4j.sh - rewritten on every start/admin run.
# Put your own settings in conf/neo4j.extra.conf (appended below).
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:${BOLT_PORT}
server.bolt.advertised_address=127.0.0.1:${BOLT_PORT}
server.bolt.tls_level=DISABLED
server.http.enabled=true
server.http.listen_address=127.0.0.1:${HTTP_PORT}
server.http.advertised_address=127.0.0.1:${HTTP_PORT}
server.https.enabled=false
dbms.security.auth_enabled=true
initial.dbms.default_database=${NEO4J_DEFAULT_DB:-neo4j}
server.directories.data=data
server.directories.logs=logs
server.directories.import=import
server.directories.plugins=plugins
server.directories.run=run
server.directories.lib=lib
# sized for a 2-core / 24 GB machine
server.memory.heap.initial_size=${NEO4J_HEAP_INITIAL:-1g}
server.memory.heap.max_size=${NEO4J_HEAP_MAX:-2g}
server.memory.pagecache.size=${NEO4J_PAGECACHE:-1g}
dbms.usage_report.enabled=false
EOF
  if [[ -f "$CONF_DIR/neo4j.extra.conf" ]]; then
    { echo "# ---- conf/neo4j.extra.conf"; cat "$CONF_DIR/neo4j.extra.conf"; } >>"$tmp"
  fi
  mv "$tmp" "$CONF"
}

# JVM flags the official bin/neo4j would add (server.jvm.additional defaults).
jvm_common_opts() {
  JVM_OPTS=(
    -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow
    -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields
    -XX:+DisableExplicitGC -XX:+ExitOnOutOfMemoryError
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
    -Djdk.tls.ephemeralDHKeySize=2048 -Djdk.tls.rejectClientInitiatedRenegotiation=true
    -XX:FlightRecorderOptions=stackdepth=256
    -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
    --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
    -Dlog4j2.disable.jmx=true -Dlog4j.layout.jsonTemplate.maxStringLength=32768
    -Dfile.encoding=UTF-8
  )
}

run_admin() {
  jvm_common_opts
  local heap=()
  [[ -n "${NEO4J_ADMIN_HEAP:-}" ]] && heap=("-Xmx${NEO4J_ADMIN_HEAP}")
  NEO4J_HOME="$NEO4J_HOME_DIR" NEO4J_CONF="$CONF_DIR" \
    java "${JVM_OPTS[@]}" "${heap[@]}" -cp "$LIB/*" "$ADMIN_CLASS" "$@"
}

# ---------------------------------------------------------------- probes
port_open() { timeout 2 bash -c ": </dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# Real Bolt handshake: magic 0x6060B017 + proposals (5.0-5.8, 4.2-4.4); a Bolt
# server always answers with exactly 4 bytes (the agreed version, or zeros).
bolt_answers() {
  local out
  out="$(timeout 3 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$1"' || exit 1
    printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x02\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    head -c 4 <&3 | od -An -tx1' 2>/dev/null)" || return 1
  out="$(echo $out)"
  [[ "$out" =~ ^00\ 00\ [0-9a-f]{2}\ [0-9a-f]{2}$ && "$out" != "00 00 00 00" ]]
}

# HTTP GET / on 127.0.0.1:$1; prints the status code (no curl needed).
http_status() {
  timeout 3 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$1"' || exit 1
    printf "GET / HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n" >&3
    IFS=" " read -r _ code _ <&3 && echo "$code"' 2>/dev/null || true
}

http_body_is_neo4j() {
  timeout 3 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$1"' || exit 1
    printf "GET / HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n" >&3
    cat <&3' 2>/dev/null | grep -q '"neo4j_version"'
}

answering() { bolt_answers "$BOLT_PORT" && [[ "$(http_status "$HTTP_PORT")" == "200" ]]; }

# pid of our server if the pid file points at a live CommunityEntryPoint JVM.
our_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS" || return 1
  echo "$pid"
}

ready_line() {
  local v
  v="$(neo4j_version)"
  echo "Neo4j ${v:-5.26} ready: bolt://127.0.0.1:${BOLT_PORT}  browser: http://127.0.0.1:${HTTP_PORT}/browser/  user: ${NEO4J_USER}"
}

wait_ready() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  printf 'neo4j.sh: waiting for Neo4j (pid %s) on bolt %s / http %s ' "$pid" "$BOLT_PORT" "$HTTP_PORT" >&2
  while ((SECONDS < deadline)); do
    if answering; then echo " up" >&2; return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo " died" >&2
      rm -f "$PID_FILE"
      note "server exited during startup; last log lines:"
      tail -n 25 "$NEO4J_HOME_DIR/logs/console.log" >&2 2>/dev/null || true
      die "Neo4j failed to start (see $NEO4J_HOME_DIR/logs/)"
    fi
    printf '.' >&2
    sleep 1
  done
  echo " timeout" >&2
  die "Neo4j did not answer within ${START_TIMEOUT}s (still running as pid $pid; see $NEO4J_HOME_DIR/logs/)"
}

# ---------------------------------------------------------------- commands
cmd_start() {
  require_java
  mkdir -p "$NEO4J_HOME_DIR"
  # serialize concurrent starts on the same home
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$NEO4J_HOME_DIR/.start.lock"
    flock -w 600 9 || die "could not get $NEO4J_HOME_DIR/.start.lock"
  fi

  local pid
  if pid="$(our_pid)"; then
    if ! answering; then wait_ready "$pid"; fi
    note "reusing running server (pid $pid)"
    ready_line
    return 0
  fi
  rm -f "$PID_FILE"

  local p
  for p in "$BOLT_PORT" "$HTTP_PORT"; do
    if port_open "$p"; then
      if bolt_answers "$BOLT_PORT" && [[ "$(http_status "$HTTP_PORT")" == "200" ]] && http_body_is_neo4j "$HTTP_PORT"; then
        note "a Neo4j not started by this script already answers on $BOLT_PORT/$HTTP_PORT; reusing it"
        ready_line
        return 0
      fi
      die "port $p on 127.0.0.1 is already in use by another process (set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT)"
    fi
  done

  ensure_jars
  write_conf

  # The initial password must be set before the system database is created.
  if [[ ! -d "$NEO4J_HOME_DIR/data/databases/system" ]]; then
    local pw="${NEO4J_PASSWORD:-kgpassword}"
    ((${#pw} >= 8)) || die "NEO4J_PASSWORD must be at least 8 characters"
    run_admin dbms set-initial-password "$pw" >"$NEO4J_HOME_DIR/logs/set-initial-password.log" 2>&1 \
      || { cat "$NEO4J_HOME_DIR/logs/set-initial-password.log" >&2; die "neo4j-admin dbms set-initial-password failed"; }
  fi

  jvm_common_opts
  local heap_init="${NEO4J_HEAP_INITIAL:-1g}" heap_max="${NEO4J_HEAP_MAX:-2g}"
  local cmd=(java "${JVM_OPTS[@]}" "-Xms$heap_init" "-Xmx$heap_max"
    -XX:+HeapDumpOnOutOfMemoryError "-XX:HeapDumpPath=$NEO4J_HOME_DIR/logs"
    -cp "$LIB/*" "$MAIN_CLASS" "--home-dir=$NEO4J_HOME_DIR" "--config-dir=$CONF_DIR")
  echo "$BOLT_PORT $HTTP_PORT" >"$PORTS_FILE"
  echo "=== $(date -u +%FT%TZ) start" >>"$NEO4J_HOME_DIR/logs/console.log"
  # New session + nohup: survives the calling shell. The inner bash writes its
  # own pid and then execs java, so the pid file holds the JVM's pid.
  (
    cd "$NEO4J_HOME_DIR"
    export NEO4J_HOME="$NEO4J_HOME_DIR" NEO4J_CONF="$CONF_DIR"
    nohup setsid bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" "${cmd[@]}" \
      >>"$NEO4J_HOME_DIR/logs/console.log" 2>&1 </dev/null 9>&- &
  )
  local i
  for i in $(seq 1 50); do [[ -s "$PID_FILE" ]] && break; sleep 0.1; done
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || die "server did not start (no pid written; see $NEO4J_HOME_DIR/logs/console.log)"
  wait_ready "$pid"
  ready_line
}

cmd_stop() {
  local pid
  if ! pid="$(our_pid)"; then
    rm -f "$PID_FILE"
    note "not running (no live server for $NEO4J_HOME_DIR)"
    return 0
  fi
  note "stopping Neo4j (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    note "still running after ${STOP_TIMEOUT}s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PID_FILE"
  note "stopped"
}

cmd_status() {
  local pid=""
  pid="$(our_pid)" || pid=""
  if answering; then
    if [[ -n "$pid" ]]; then
      echo "running (pid $pid): bolt://127.0.0.1:$BOLT_PORT http://127.0.0.1:$HTTP_PORT"
    else
      echo "answering on bolt://127.0.0.1:$BOLT_PORT http://127.0.0.1:$HTTP_PORT (not started from $NEO4J_HOME_DIR)"
    fi
    return 0
  fi
  if [[ -n "$pid" ]]; then
    echo "process $pid is running but not answering on $BOLT_PORT/$HTTP_PORT"
  else
    echo "not running"
  fi
  return 1
}

cmd_admin() {
  require_java
  ensure_jars
  write_conf
  run_admin "$@"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  status) shift; cmd_status "$@" ;;
  admin) shift; cmd_admin "$@" ;;
  *)
    echo "usage: $0 {start|stop|status|admin ARGS...}" >&2
    exit 2
    ;;
esac
