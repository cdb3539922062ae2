#!/usr/bin/env bash
# Agreement benchmark (docs/adr/026): the PDPilot interviews (7 transcripts, one human coder, 261 coded segments)
# imported through the HTTP API, the human coding loaded as a person's coding, the offline codebook coding run with
# thresholds calibrated leave-one-interview-out, and the label-keyword baseline; per-code and overall Cohen's κ,
# Krippendorff's α and Gwet's AC1 against the human over participant fragments. The data are read from
# ../shared/eval/pdpilot (or $1) and never copied into the sources.
# Usage: bench/agreement/run.sh [data dir]   (writes bench/results/agreement.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${1:-$(cd .. && pwd)/shared/eval/pdpilot}
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
# one reactor run, so the dashboard module resolves without an installed jar; the backend writes the classpath last
./mvnw -B -q -pl frontend,backend -Dfrontend.skip -Dspotless.check.skip=true -DskipTests \
  test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
cd backend
java -Xmx2g -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
  com.theogen.coding.internal.AgreementBenchmark "$DATA" ../bench/results/agreement.json
