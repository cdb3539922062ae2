#!/usr/bin/env bash
# Measures the embedded default's startup: time from `java -jar` to /actuator/health UP, on a fresh data directory
# (first start: initdb + migrations + key generation), on a warm one (restart), and right after a `kill -9` of the
# JVM (the next start first stops the orphaned PostgreSQL); then until the `search` health component is UP (the
# embedding model warm; builds before ADR 041 have no such component: "n/a"). Also prints the embedded PostgreSQL's
# own share ("Embedded PostgreSQL ready ... after N ms") and the jar's size.
# Before and after in one run (issue #22): BEFORE=<jar> (default /work/jars/before-a9f1f56.jar when it exists)
# is measured first, then JAR (default backend/target/theogen.jar) plain, then — CDS=1, the default — the README's
# command: the extracted application with the Class Data Sharing archive the build recorded (backend/target/app,
# ADR 051; CDS=script records one with scripts/cds.sh from JAR instead, as ADR 041 did). Every start gets JAVA_OPTS
# (default -Xmx768m). Each start also reports the java process's CPU time (user + sys) at health UP.
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -B -DskipTests package; BEFORE= skips the before jar,
#   CDS=0 the CDS run; STARTUP_LABEL=x writes results/startup-x.json, STARTUP_LOG=file keeps the last start's log)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=${JAR:-backend/target/theogen.jar}
DEFAULT_BEFORE=/work/jars/before-a9f1f56.jar
BEFORE=${BEFORE-$([ -f "$DEFAULT_BEFORE" ] && echo "$DEFAULT_BEFORE" || true)}
CDS=${CDS:-1}
PORT=${BENCH_PORT:-18080}
JAVA_OPTS=${JAVA_OPTS:--Xmx768m}
WORK=$(mktemp -d)
DATA=
PID=
trap '[ -n "$PID" ] && kill -9 "$PID" 2>/dev/null; [ -n "${STARTUP_LOG:-}" ] && [ -n "$DATA" ] && cp "$DATA/app.log" "$STARTUP_LOG"; rm -rf "$WORK"' EXIT

# launch <java options...> <jar>: returns once /actuator/health is UP
launch() {
  local jar=${*: -1}
  # shellcheck disable=SC2086
  java $JAVA_OPTS "${@:1:$#-1}" -jar "$jar" --server.port="$PORT" --theogen.storage.data-dir="$DATA" \
    --theogen.demo.seed-on-registration=false >"$DATA/app.log" 2>&1 &
  PID=$!
  until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { echo "app died:" >&2; tail -20 "$DATA/app.log" >&2; exit 1; }
    sleep 0.2
  done
}

# ms until the search component reads UP (n/a when the build has none), polled for at most 120 s
search_warm() {
  local t0=$1 body
  for _ in $(seq 600); do
    body=$(curl -s "http://localhost:$PORT/actuator/health" || true)
    case "$body" in
      *'"search":{"status":"UP"'*) echo $(( ($(date +%s%N) - t0) / 1000000 )); return ;;
      *'"search"'*) sleep 0.2 ;;
      *) echo n/a; return ;;
    esac
  done
  echo timeout
}

# CPU time (user + sys, ms) the java process has used so far
java_cpu_ms() {
  local stat
  read -r -a stat <"/proc/$1/stat"
  echo $(( (stat[13] + stat[14]) * 1000 / $(getconf CLK_TCK) ))
}

# start_once <term|kill9> <java options...> <jar>:
#   prints "<ms to health UP> <ms to search warm> <ms of PostgreSQL> <java CPU ms at health UP>"
start_once() {
  local stop=$1 t0 t1 pg warm cpu
  shift
  t0=$(date +%s%N)
  launch "$@"
  t1=$(date +%s%N)
  cpu=$(java_cpu_ms "$PID")
  warm=$(search_warm "$t0")
  pg=$(sed -n 's/.*Embedded PostgreSQL ready on port .* after \([0-9]*\) ms.*/\1/p' "$DATA/app.log" | tail -1)
  if [ "$stop" = kill9 ]; then kill -9 "$PID"; else kill "$PID"; fi
  wait "$PID" 2>/dev/null || true
  PID=
  echo "$(( (t1 - t0) / 1000000 )) $warm ${pg:-0} $cpu"
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# measure <label> <java options...> <jar>: prints one line and appends one JSON object to $WORK/rows
measure() {
  local label=$1 cold cold_warm cold_pg cold_cpu killed killed_warm killed_pg killed_cpu t w p c
  local warm=() warm_pg=() search=() cpu=()
  shift
  DATA=$(mktemp -d -p "$WORK")
  read -r cold cold_warm cold_pg cold_cpu <<<"$(start_once term "$@")"
  for _ in $(seq "$RUNS"); do
    read -r t w p c <<<"$(start_once term "$@")"
    warm+=("$t"); search+=("$w"); warm_pg+=("$p"); cpu+=("$c")
  done
  start_once kill9 "$@" >/dev/null
  read -r killed killed_warm killed_pg killed_cpu <<<"$(start_once term "$@")"
  grep -q "Stopped the left-over PostgreSQL" "$DATA/app.log" || { echo "the orphan was not stopped?" >&2; exit 1; }
  local jar=${*: -1} load mb
  load=$(cut -d' ' -f1 /proc/loadavg)
  mb=$(( $(du -k "$jar" | cut -f1) / 1024 ))
  echo "$label: to health UP first start ${cold} ms (java CPU ${cold_cpu} ms, PostgreSQL ${cold_pg} ms, search warm" \
    "${cold_warm}), restart median $(median "${warm[@]}") ms (runs: ${warm[*]}; java CPU: ${cpu[*]}; search warm:" \
    "${search[*]}), after kill -9 ${killed} ms (java CPU ${killed_cpu} ms, search warm ${killed_warm});" \
    "load average ${load}; jar ${mb} MB"
  printf '%s{"label":"%s","jar":"%s","jar_mb":%s,"load_average_1m":%s,"first_start_ms":%s,"first_start_cpu_ms":%s,"first_start_postgres_ms":%s,"first_start_search_warm":"%s","restart_median_ms":%s,"restart_runs_ms":[%s],"restart_cpu_ms":[%s],"restart_search_warm":"%s","after_kill9_ms":%s,"after_kill9_cpu_ms":%s,"after_kill9_search_warm":"%s"}' \
    "$([ -s "$WORK/rows" ] && echo ,)" "$label" "$jar" "$mb" "$load" "$cold" "$cold_cpu" "$cold_pg" "$cold_warm" \
    "$(median "${warm[@]}")" "$(IFS=,; echo "${warm[*]}")" "$(IFS=,; echo "${cpu[*]}")" "${search[*]}" "$killed" \
    "$killed_cpu" "$killed_warm" >>"$WORK/rows"
  rm -rf "$DATA"; DATA=
}

echo "java options: $JAVA_OPTS; load average at the start $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$BEFORE" ] && measure before "$BEFORE"
measure after "$JAR"
APP=${APP:-$(dirname "$JAR")/app}
if [ "$CDS" = 1 ]; then
  [ -f "$APP/theogen.jsa" ] || { echo "no $APP/theogen.jsa: build without -Dcds.skip" >&2; exit 1; }
  measure after-build-cds -XX:SharedArchiveFile="$APP/theogen.jsa" "$APP/theogen.jar"
elif [ "$CDS" = script ]; then
  PORT=$PORT scripts/cds.sh "$JAR" "$WORK/cds" >/dev/null
  measure after-cds -XX:SharedArchiveFile="$WORK/cds/theogen.jsa" "$WORK/cds/theogen.jar"
fi
mkdir -p bench/results
cat > "bench/results/startup${STARTUP_LABEL:+-$STARTUP_LABEL}.json" <<JSON
{"benchmark":"startup","date":"$(date -u +%FT%TZ)","cpus":$(nproc),"java_options":"$JAVA_OPTS",
 "java":"$(java -version 2>&1 | head -1 | tr -d '"')","runs":[$(cat "$WORK/rows")]}
JSON
