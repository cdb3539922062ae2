#!/usr/bin/env bash
# Failure benchmark: how long a run takes to end when the model misbehaves, through the real service and HTTP API
# against a local OpenAI-compatible server: a provider that never answers (auto-code job; theory run on an uncoded
# project; theory run whose core-category call hangs), 429 on every open-coding batch, and the time from a cancel
# request to `canceled` while a model call is in flight (with the short call timeout and again with a long one).
# Retries and back-off are the shipped defaults (theogen.llm.calls.*).
# Usage: bench/failures/run.sh [call_timeout_s] [cancel_call_timeout_s]   (defaults 10 and 120;
#        writes bench/results/run-failures.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
TIMEOUT=${1:-10}
CANCEL_TIMEOUT=${2:-120}
./mvnw -B -q -pl backend -Dfrontend.skip -DskipTests test-compile
./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.theogen.theory.RunFailureBenchmark "$TIMEOUT" "$CANCEL_TIMEOUT" ../bench/results/run-failures.json
