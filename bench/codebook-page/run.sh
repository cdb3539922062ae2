#!/usr/bin/env bash
# Coding page height (issue #19): how tall the Coding page of the auto-coded demo project is at 1440x900, and how
# far below the code clicked its evidence opens, for the dashboard of a given commit ("before", served by Vite from
# `git archive $BEFORE frontend`) and the packaged one ("after", served by the jar). Both talk to the same app.
# Usage: ./mvnw -B -pl frontend,backend package -DskipTests && bench/codebook-page/run.sh [before-commit]
# Writes bench/results/codebook-page.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
BEFORE=${1:-main}
JAR=backend/target/theogen.jar
PORT=${BENCH_PORT:-18091}
VITE_PORT=${BENCH_VITE_PORT:-18092}
DATA=$(mktemp -d)
OLD=$(mktemp -d)
APP_PID=""
VITE_PID=""
cleanup() {
  if [ -n "$VITE_PID" ]; then kill "$VITE_PID" 2>/dev/null || true; fi
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$DATA" "$OLD"
}
trap cleanup EXIT

java -jar "$JAR" --server.port="$PORT" --theogen.storage.data-dir="$DATA" >"$DATA/app.log" 2>&1 &
APP_PID=$!
git archive "$BEFORE" frontend | tar -x -C "$OLD"
ln -s "$PWD/frontend/node_modules" "$OLD/frontend/node_modules"
(cd "$OLD/frontend" && THEOGEN_BACKEND="http://localhost:$PORT" npx vite --port "$VITE_PORT" --strictPort >"$DATA/vite.log" 2>&1) &
VITE_PID=$!
until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "app died:"; tail -20 "$DATA/app.log"; exit 1; }
  sleep 1
done
node bench/codebook-page/measure.mjs "http://localhost:$PORT" "http://localhost:$VITE_PORT" "$(git rev-parse --short "$BEFORE")" | tee "$DATA/out.txt"
