#!/usr/bin/env bash
# Ingest benchmark: 200 synthetic interviews (txt, md, vtt, srt, json, docx, pdf), parse-only and end to end
# through the HTTP API with the embedded PostgreSQL. Prints MB/s and fragments/s; writes bench/results/ingest.json.
set -euo pipefail
cd "$(dirname "$0")/../.."

./mvnw -B -q -pl backend -DskipTests test-compile
./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.theogen.bench.IngestBenchmark ../bench/results/ingest.json
