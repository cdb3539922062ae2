#!/usr/bin/env bash
# Exchange benchmark: a generated REFI-QDA project (default 100 interviews, 20,000 coded selections by two
# coders over a 40-code hierarchy, a few selections spanning two turns) imported through the HTTP API (POST
# to the import job's completion) and exported again as .qdpx, with the JVM's peak heap and the process's peak
# RSS during each. The benchmark client runs in the same JVM as the server.
# Usage: bench/exchange/run.sh [interviews] [selections]   (writes bench/results/exchange.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
INTERVIEWS=${1:-100}
SELECTIONS=${2:-20000}
./mvnw -B -q -pl backend -Dfrontend.skip -DskipTests test-compile
./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.theogen.exchange.ExchangeBenchmark "$INTERVIEWS" "$SELECTIONS" ../bench/results/exchange.json
