#!/usr/bin/env bash
# Coding benchmark: auto-coding of a synthetic English project (N interviews x 30 participant turns, an
# interviewer question before each) through the real service and HTTP API, measured from POST auto-code to
# the job's completion: (1) the offline analyst, participant fragments per second; (2) the LLM path against
# a zero-latency local OpenAI-compatible server, i.e. TheoGen's own overhead per fragment (batching, prompts,
# token counting, parsing, quote location, storage, axial grouping, evidence sync).
# Usage: bench/coding/run.sh [interviews]   (default 40; writes bench/results/coding.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
INTERVIEWS=${1:-40}
./mvnw -B -q -pl backend -Dfrontend.skip -DskipTests test-compile
./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.theogen.coding.CodingBenchmark "$INTERVIEWS" ../bench/results/coding.json
