#!/usr/bin/env bash
# Measures the embedded default's startup: time from `java -jar` to /actuator/health UP, on a fresh
# data directory (first start: initdb + migrations + key generation), on a warm one (restart), and
# right after a `kill -9` of the JVM (the next start first stops the orphaned PostgreSQL). Also prints
# the embedded PostgreSQL's own share ("Embedded PostgreSQL ready ... after N ms": stale check,
# single-user password step, server start, role and ownership checks).
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -B -DskipTests package; JAR=... another build,
#   STARTUP_LABEL=x writes results/startup-x.json, STARTUP_LOG=file keeps the last start's log)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=${JAR:-backend/target/theogen.jar}
PORT=${BENCH_PORT:-18080}
DATA=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill -9 "$PID" 2>/dev/null; [ -n "${STARTUP_LOG:-}" ] && cp "$DATA/app.log" "$STARTUP_LOG"; rm -rf "$DATA"' EXIT

launch() {
  java -jar "$JAR" --server.port="$PORT" --theogen.storage.data-dir="$DATA" \
    --theogen.demo.seed-on-registration=false >"$DATA/app.log" 2>&1 &
  PID=$!
  until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { echo "app died:" >&2; tail -20 "$DATA/app.log" >&2; exit 1; }
    sleep 0.2
  done
}

# prints "<ms to health UP> <ms of the embedded PostgreSQL start>"; stop = term (graceful) or kill9
start_once() {
  local t0 t1 pg
  t0=$(date +%s%N)
  launch
  t1=$(date +%s%N)
  pg=$(sed -n 's/.*Embedded PostgreSQL ready on port .* after \([0-9]*\) ms.*/\1/p' "$DATA/app.log" | tail -1)
  if [ "$1" = kill9 ]; then kill -9 "$PID"; else kill "$PID"; fi
  wait "$PID" 2>/dev/null || true
  PID=
  echo "$(( (t1 - t0) / 1000000 )) ${pg:-0}"
}

read -r cold cold_pg <<<"$(start_once term)"
warm=(); warm_pg=()
for _ in $(seq "$RUNS"); do read -r t p <<<"$(start_once term)"; warm+=("$t"); warm_pg+=("$p"); done
start_once kill9 >/dev/null
read -r killed killed_pg <<<"$(start_once term)"
grep -q "Stopped the left-over PostgreSQL" "$DATA/app.log" || { echo "the orphan was not stopped?" >&2; exit 1; }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
median_warm=$(median "${warm[@]}"); median_warm_pg=$(median "${warm_pg[@]}")
load=$(cut -d' ' -f1 /proc/loadavg)
echo "startup to health UP: first start ${cold} ms (PostgreSQL ${cold_pg} ms), restart median ${median_warm} ms" \
  "(PostgreSQL ${median_warm_pg} ms; runs: ${warm[*]}), after kill -9 ${killed} ms (PostgreSQL incl. stopping" \
  "the orphan ${killed_pg} ms); load average ${load}; jar $(( $(stat -c %s "$JAR") / 1048576 )) MB"
mkdir -p bench/results
cat > "bench/results/startup${STARTUP_LABEL:+-$STARTUP_LABEL}.json" <<JSON
{"benchmark":"startup","date":"$(date -u +%FT%TZ)","cpus":$(nproc),"load_average_1m":$load,
 "java":"$(java -version 2>&1 | head -1 | tr -d '"')",
 "jar":"$JAR","jar_mb":$(( $(stat -c %s "$JAR") / 1048576 )),
 "first_start_ms":$cold,"first_start_postgres_ms":$cold_pg,
 "restart_median_ms":$median_warm,"restart_postgres_median_ms":$median_warm_pg,
 "restart_runs_ms":[$(IFS=,; echo "${warm[*]}")],
 "after_kill9_ms":$killed,"after_kill9_postgres_ms":$killed_pg}
JSON
