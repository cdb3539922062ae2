#!/usr/bin/env bash
# Theory endpoints under load: N simulated clients (default 100) over P demo projects (default 10), each enqueueing
# a theory run and polling it to the end, on the embedded default (offline analyst: no model latency). Prints
# enqueue p50/p95/p99, completion rate, duplicate theories (must be 0), stuck runs (must be 0) and per-stage times.
# Usage: bench/theory/run.sh [users] [projects]   (writes bench/results/theory.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${1:-100}
PROJECTS=${2:-10}
./mvnw -B -q -pl backend -DskipTests -Dfrontend.skip test-compile
./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
java -Xmx1500m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.theogen.bench.TheoryBenchmark "$USERS" "$PROJECTS" ../bench/results/theory.json
