#!/usr/bin/env bash
# Faster starts for a jar copied elsewhere (ADR 041, 051; the Maven build does the same for backend/target/app):
# extracts the application jar and records a Class Data Sharing archive of the classes one real start loads, for
# this machine's JDK.
# Usage: scripts/cds.sh [jar] [dir]   (defaults: backend/target/theogen.jar, target/cds; PORT: a free port for
#   the training start, default 18099). Then start with:
#   java -Xmx768m -XX:SharedArchiveFile=<dir>/theogen.jsa -jar <dir>/theogen.jar
# Rerun it after every build and after a JDK update: a stale archive is ignored with a warning (slower start, no harm).
set -euo pipefail
JAR=${1:-backend/target/theogen.jar}
DIR=${2:-target/cds}
PORT=${PORT:-18099}
[ -f "$JAR" ] || { echo "no $JAR: build it first (./mvnw -B -DskipTests package)" >&2; exit 1; }
rm -rf "$DIR"
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null
app="$DIR/$(basename "$JAR")"
[ "$app" = "$DIR/theogen.jar" ] || mv "$app" "$DIR/theogen.jar"
data=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$data"' EXIT
# a training start on a throw-away data directory: every class a start and a first request load is archived at exit
java -Xmx768m -XX:ArchiveClassesAtExit="$DIR/theogen.jsa" -jar "$DIR/theogen.jar" --server.port="$PORT" \
  --theogen.storage.data-dir="$data" --theogen.demo.seed-on-registration=false >"$data/training.log" 2>&1 &
pid=$!
until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "the training start failed:" >&2; tail -20 "$data/training.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://localhost:$PORT/" >/dev/null || true
curl -fs "http://localhost:$PORT/api/domain-templates" >/dev/null || true
kill "$pid"
wait "$pid" || true
pid=
[ -s "$DIR/theogen.jsa" ] || { echo "no archive was written:" >&2; tail -20 "$data/training.log" >&2; exit 1; }
echo "CDS archive $DIR/theogen.jsa ($(( $(stat -c %s "$DIR/theogen.jsa") / 1048576 )) MB). Start with:"
echo "  java -Xmx768m -XX:SharedArchiveFile=$DIR/theogen.jsa -jar $DIR/theogen.jar"
