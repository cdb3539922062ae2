#!/usr/bin/env bash
# Abuse probes of issue #15 §5, re-run against the packaged app with its default settings (embedded
# PostgreSQL, demo project seeded on sign-up, default limits), from one client address (loopback, no proxy):
#   (1) 300 wrong passwords in a row for one account: how many are answered (401) before the first 429, the
#       Retry-After then, and the time the 300 requests took;
#   (2) 30 sign-ups as fast as they go: how many accounts (and demo projects) were created, how many refused;
#   (3) the owner of the probed account from the same address, right after: 429 (same address) as documented.
# Starts the app itself on a temporary data directory (port BENCH_PORT, default 18083).
# Usage: bench/abuse/run.sh   (build first: ./mvnw -B -DskipTests package; writes bench/results/abuse.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=backend/target/theogen.jar
PORT=${BENCH_PORT:-18083}
BASE="http://localhost:$PORT"
DATA=$(mktemp -d)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT

java -jar "$JAR" --server.port="$PORT" --theogen.storage.data-dir="$DATA" >"$DATA/app.log" 2>&1 &
APP_PID=$!
until curl -fs "$BASE/actuator/health" >/dev/null 2>&1 || curl -s "$BASE/actuator/health" | grep -q status; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "app died:"; tail -20 "$DATA/app.log"; exit 1; }
  sleep 0.5
done

post() { # path json -> "status retry_after"
  curl -s -o /dev/null -D "$DATA/headers" -w '%{http_code}' -XPOST "$BASE$1" \
    -H 'content-type: application/json' -d "$2"
}
retry_after() { grep -i '^retry-after:' "$DATA/headers" | tr -dc '0-9'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

EMAIL="owner-$RANDOM@example.org"
[ "$(post /api/auth/register "{\"email\":\"$EMAIL\",\"password\":\"the owner's long passphrase\"}")" = 201 ]

answered=0; throttled=0; first_retry=""; t0=$(now_ms)
for i in $(seq 300); do
  status=$(post /api/auth/login "{\"email\":\"$EMAIL\",\"password\":\"wrong guess $i\"}")
  if [ "$status" = 401 ] && [ "$throttled" = 0 ]; then answered=$((answered + 1)); fi
  if [ "$status" = 429 ]; then
    throttled=$((throttled + 1))
    [ -n "$first_retry" ] || first_retry=$(retry_after)
  fi
done
login_ms=$(( $(now_ms) - t0 ))
owner_status=$(post /api/auth/login "{\"email\":\"$EMAIL\",\"password\":\"the owner's long passphrase\"}")

created=0; refused=0; t0=$(now_ms)
for i in $(seq 30); do
  status=$(post /api/auth/register "{\"email\":\"mass-$i-$RANDOM@example.org\",\"password\":\"a long passphrase $i\"}")
  if [ "$status" = 201 ]; then created=$((created + 1)); elif [ "$status" = 429 ]; then refused=$((refused + 1)); fi
done
signup_ms=$(( $(now_ms) - t0 ))
signup_retry=$(retry_after)
load=$(cut -d' ' -f1-3 /proc/loadavg)

cat > bench/results/abuse.json <<EOF
{
  "benchmark": "abuse",
  "measured_at": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "load_average": "$load",
  "wrong_logins_sent": 300,
  "wrong_logins_answered_before_first_429": $answered,
  "wrong_logins_throttled": $throttled,
  "first_retry_after_seconds": ${first_retry:-null},
  "wrong_logins_total_ms": $login_ms,
  "owner_same_address_right_after": $owner_status,
  "signups_sent": 30,
  "signups_created": $created,
  "signups_throttled": $refused,
  "signups_total_ms": $signup_ms,
  "signup_retry_after_seconds": ${signup_retry:-null}
}
EOF
cat bench/results/abuse.json
