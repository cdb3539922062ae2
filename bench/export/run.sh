#!/usr/bin/env bash
# Export benchmark: render time and file size per format (PDF, PPTX, XLSX, PNG) for the Spanish and
# English demo reports, the 25-category stress report and a 50-category, 500-quote report.
# Usage: bench/export/run.sh [runs]   (writes bench/results/export.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
./mvnw -B -q -pl backend -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="backend/target/test-classes:backend/target/classes:$(cat backend/target/bench-classpath.txt)"
java -Djava.awt.headless=true -cp "$CP" com.theogen.export.ExportBenchmark "$RUNS" bench/results/export.json
