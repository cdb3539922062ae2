#!/usr/bin/env bash
# Evidence benchmark: raw ONNX embedding vs ingest (embed + Lucene index) throughput in the same JVM, and
# search latency p50/p99 on a 50k-fragment synthetic project. Writes bench/results/evidence.json.
# Options (passed through): --sample=1000 --fragments=50000 --queries=500 --out=bench/results/evidence.json
set -euo pipefail
cd "$(dirname "$0")/../.."
# -pl frontend,backend: the backend resolves the dashboard module from the reactor (nothing need be installed)
./mvnw -B -q -pl frontend,backend -Dfrontend.skip -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="backend/target/test-classes:backend/target/classes:$(cat backend/target/bench-classpath.txt)"
exec java -Xmx4g -cp "$CP" com.theogen.bench.EvidenceBenchmark "$@"
