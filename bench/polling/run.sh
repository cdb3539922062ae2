#!/usr/bin/env bash
# Status polling under load (issue #22): starts the packaged app (embedded default, temporary data dir),
# signs up (the demo project is seeded), runs one offline theory on the demo project so that the job row
# carries its real checkpoints, then has CLIENTS concurrent keep-alive clients poll
#   GET /api/projects/{id}/generate-theory/status/{task}   and   GET /api/projects/{id}/jobs/{task}
# for SECONDS each (node load.mjs; wrk is not on the build machine), then the theory status again sending its ETag
# back (If-None-Match: 304 without a body; a build without ETags answers 200, as the row's "statuses" shows).
# Prints req/s, p50/p95/p99 and the server's CPU-ms per poll (JVM user+system time over the run / requests), with the load average.
# Usage: bench/polling/run.sh [clients=200] [seconds=20]
#   (build first: ./mvnw -B -pl frontend,backend package -DskipTests; JAR=... to measure another build;
#    LABEL=before|after names the result file bench/results/polling-<label>.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR_CHECK=${JAR:-backend/target/theogen.jar}
if [ ! -f "$JAR_CHECK" ]; then
  echo "no $JAR_CHECK: build it first with ./mvnw -B -pl frontend,backend package -DskipTests (or set JAR=...)" >&2
  exit 2
fi
CLIENTS=${1:-200}
SECONDS_EACH=${2:-20}
JAR=${JAR:-backend/target/theogen.jar}
LABEL=${LABEL:-after}
PORT=${BENCH_PORT:-18091}
BASE="http://localhost:$PORT"
DATA=$(mktemp -d)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT

java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --theogen.storage.data-dir="$DATA" >"$DATA/app.log" 2>&1 &
APP_PID=$!
until curl -fs "$BASE/actuator/health" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "app died:"; tail -20 "$DATA/app.log"; exit 1; }
  sleep 0.5
done

# json EXPR: evaluates EXPR (over the parsed stdin as o) and prints it
json() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const o=JSON.parse(s);console.log(eval(process.argv[1]))})" "$1"; }
TOKEN=$(curl -fs -XPOST "$BASE/api/auth/register" -H 'content-type: application/json' \
  -d "{\"email\":\"poll-$RANDOM@example.org\",\"password\":\"a long bench passphrase\"}" | json 'o.access_token')
AUTH=(-H "authorization: Bearer $TOKEN")
PROJECT=""
for _ in $(seq 120); do # the demo project is seeded after sign-up
  PROJECT=$(curl -fs "${AUTH[@]}" "$BASE/api/projects" | json '(o.items ?? o.content ?? o)[0]?.id ?? ""' || true)
  [ -n "$PROJECT" ] && [ "$PROJECT" != undefined ] && break
  sleep 1
done
TASK=$(curl -fs -XPOST "${AUTH[@]}" -H 'content-type: application/json' -d '{}' \
  "$BASE/api/projects/$PROJECT/generate-theory" | json 'o.task_id')
STATUS_URL="$BASE/api/projects/$PROJECT/generate-theory/status/$TASK"
for _ in $(seq 600); do
  state=$(curl -fs "${AUTH[@]}" "$STATUS_URL" | json 'o.status')
  [ "$state" = completed ] && break
  [ "$state" = failed ] && { echo "theory run failed"; exit 1; }
  sleep 1
done
echo "theory run $state; polling $CLIENTS clients x ${SECONDS_EACH}s" >&2

cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
HZ=$(getconf CLK_TCK)
measure() { # name url [if_none_match] -> json line with cpu_ms_per_request and load average
  local before after out load
  before=$(cpu_ticks); load=$(cut -d' ' -f1-3 /proc/loadavg)
  out=$(node bench/polling/load.mjs "$2" "$TOKEN" "$CLIENTS" "$SECONDS_EACH" 3 "${3:-}")
  after=$(cpu_ticks)
  node -e "const o=JSON.parse(process.argv[1]);o.endpoint=process.argv[2];o.load_average=process.argv[3];
    o.server_cpu_ms_per_request=Math.round((${after}-${before})*1000/${HZ}/(o.requests+1)*100)/100;
    console.log(JSON.stringify(o))" "$out" "$1" "$load"
}
theory=$(measure theory_status "$STATUS_URL")
echo "$theory"
job=$(measure job "$BASE/api/projects/$PROJECT/jobs/$TASK")
echo "$job"
ETAG=$(curl -fs -D - -o /dev/null "${AUTH[@]}" "$STATUS_URL" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
theory_etag=$(measure theory_status_if_none_match "$STATUS_URL" "${ETAG:-W/\"none\"}")
echo "$theory_etag"
health=$(measure health "$BASE/actuator/health")
echo "$health"
# Memory after the load (issue #22: RSS java + PostgreSQL < 1.5 GB): proportional set size (shared pages split
# between the processes that map them, so PostgreSQL's shared buffers count once) of the JVM and of the embedded
# PostgreSQL server with its backends.
pss_kb() { awk '/^Pss:/{print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
JAVA_KB=$(pss_kb "$APP_PID")
PG_KB=0
for pm in $(pgrep -f "postgres.*$DATA" || true); do
  for p in "$pm" $(pgrep -P "$pm" || true); do PG_KB=$((PG_KB + $(pss_kb "$p"))); done
done
MEMORY="{\"java_pss_mb\":$((JAVA_KB / 1024)),\"postgres_pss_mb\":$((PG_KB / 1024)),\"total_mb\":$(((JAVA_KB + PG_KB) / 1024)),\"java_options\":\"${JAVA_OPTS:-}\"}"
echo "memory after the load: $MEMORY"
mkdir -p bench/results
cat > "bench/results/polling-$LABEL.json" <<JSON
{"benchmark":"polling","label":"$LABEL","date":"$(date -u +%FT%TZ)","cpus":$(nproc),
 "jar_mb":$(( $(stat -c %s "$JAR") / 1048576 )),
 "memory_after_load":$MEMORY,
 "results":[$theory,
 $job,
 $theory_etag,
 $health]}
JSON
echo "wrote bench/results/polling-$LABEL.json"
