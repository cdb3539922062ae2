#!/usr/bin/env bash
# Export benchmark:
#  1. HTTP round-trip for the demo theory (generated offline on the Spanish demo project): first request
#     (render + download) versus a cached request (reuse + download), per format — ExportEndpointBenchmark;
#  2. render time and file size per format (PDF, PPTX, XLSX, PNG) for the Spanish and English fixture
#     reports, the 25-category stress report and a 50-category, 500-quote report — ExportBenchmark.
# Usage: bench/export/run.sh [runs]   (writes bench/results/export.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
rm -f backend/target/bench-export-endpoint.json
./mvnw -B -q -pl backend -Dfrontend.skip test -Dtest=ExportEndpointBenchmark -Dtheogen.bench=true \
  -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^(fmt|pdf|pptx|xlsx|png) ' || true
./mvnw -B -q -pl backend -DskipTests -Dfrontend.skip test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt
CP="backend/target/test-classes:backend/target/classes:$(cat backend/target/bench-classpath.txt)"
java -Djava.awt.headless=true -cp "$CP" com.theogen.export.ExportBenchmark "$RUNS" bench/results/export.json \
  backend/target/bench-export-endpoint.json
