#!/usr/bin/env bash
# Measures the embedded default's startup: time from `java -jar` to /actuator/health UP, on a fresh
# data directory (first start: initdb + migrations + key generation) and on a warm one (restart).
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
JAR=backend/target/theogen.jar
PORT=${BENCH_PORT:-18080}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT

start_once() {
  local t0 t1 pid
  t0=$(date +%s%N)
  java -jar "$JAR" --server.port="$PORT" --theogen.storage.data-dir="$DATA" >"$DATA/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "app died:"; tail -20 "$DATA/app.log"; exit 1; }
    sleep 0.2
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

cold=$(start_once)
warm=()
for _ in $(seq "$RUNS"); do warm+=("$(start_once)"); done
sorted=$(printf '%s\n' "${warm[@]}" | sort -n)
median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
echo "startup to health UP: first start ${cold} ms, restart median ${median} ms (runs: ${warm[*]})"
mkdir -p bench/results
cat > bench/results/startup.json <<JSON
{"benchmark":"startup","date":"$(date -u +%FT%TZ)","cpus":$(nproc),"java":"$(java -version 2>&1 | head -1 | tr -d '"')",
 "first_start_ms":$cold,"restart_median_ms":$median,"restart_runs_ms":[$(IFS=,; echo "${warm[*]}")]}
JSON
