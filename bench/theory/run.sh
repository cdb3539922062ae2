#!/usr/bin/env bash
# Theory runs under load and at scale, each part in a fresh app on the embedded defaults:
#  offline  - N simulated clients (default 100) over P demo projects (default 10), offline analyst;
#  llm      - the same clients over P synthetic projects, with the provider (chat + embeddings) a local
#             OpenAI-compatible server answering every call after a fixed latency (default 1000 ms);
#  overhead - one project of F fragments (default 10,000) with a zero-latency model: TheoGen's own time.
# Load parts report burst enqueue p50/p95/p99 (all clients at once on a warm server), completion rate,
# duplicate theories (must be 0), stuck runs (must be 0), per-stage times, and the enqueue latency of a
# single POST on the idle server.
# Usage: bench/theory/run.sh [users] [projects] [latency_ms] [fragments] [parts]
#        parts: comma list of offline,llm,overhead (default all). Writes bench/results/theory.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${1:-100}
PROJECTS=${2:-10}
LATENCY_MS=${3:-1000}
FRAGMENTS=${4:-10000}
PARTS=${5:-offline,llm,overhead}
# Reactor build with the frontend module (its resources are not rebuilt), so its jar resolves from a fresh clone
# without an install.
./mvnw -B -q -pl frontend,backend -Dfrontend.skip -Dspotless.check.skip=true -DskipTests test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  com.theogen.theory.TheoryBenchmark "$USERS" "$PROJECTS" "$LATENCY_MS" "$FRAGMENTS" "${RESULTS:-../bench/results/theory.json}" "$PARTS"
