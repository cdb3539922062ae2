#!/usr/bin/env bash
# Offline analyst throughput: open coding of a synthetic corpus of 5,000 participant turns (100
# interviews x 50 turns, Spanish and English, with an interviewer question before each turn, which the
# coder skips), then axial grouping of the resulting codes. Median of N timed runs after one warm-up.
# Usage: bench/analyst/run.sh [runs]   (compiles the test classes first; writes bench/results/analyst.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -pl backend test-compile
./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
java -cp "backend/target/classes:backend/target/test-classes:$(cat "$CP_FILE")" \
  com.theogen.analyst.OfflineCodingBenchmark 100 50 "$RUNS" bench/results/analyst.json
