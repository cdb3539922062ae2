#!/usr/bin/env bash
# Smoke test of a running TheoGen: create a project, upload the fixture transcripts, generate a theory,
# poll it to the end, export it in the four formats and download each file; then delete the project.
#
#   scripts/smoke.sh BASE_URL TOKEN          e.g. scripts/smoke.sh http://localhost:8080 "$(scripts/token.sh ...)"
#
# Prints "PASS step" or "FAIL step: reason" per step and exits non-zero at the first failure.
# Needs bash, curl, and jq or python3. Environment: SMOKE_TIMEOUT_SECONDS (theory run, default 900),
# SMOKE_KEEP_PROJECT=1 (keep the project for inspection), SMOKE_LANGUAGE (en).
set -uo pipefail

if [ $# -ne 2 ] || [ -z "$1" ] || [ -z "$2" ]; then
  echo "usage: $0 BASE_URL TOKEN" >&2
  exit 2
fi
BASE=${1%/}
TOKEN=$2
TIMEOUT=${SMOKE_TIMEOUT_SECONDS:-900}
LANGUAGE=${SMOKE_LANGUAGE:-en}
FIXTURES="$(cd "$(dirname "$0")" && pwd)/fixtures"
WORK=$(mktemp -d)
PROJECT=""
trap cleanup EXIT

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; exit 1; }

# json FIELD < body: a top-level field as text ("" when absent or null)
json() {
  if command -v jq > /dev/null; then
    jq -r --arg f "$1" '.[$f] // empty | tostring'
  else
    python3 -c 'import json,sys
v=json.load(sys.stdin).get(sys.argv[1])
print("" if v is None else (json.dumps(v) if isinstance(v,(dict,list)) else str(v).lower() if isinstance(v,bool) else v))' "$1"
  fi
}

# call METHOD PATH [curl args...]: sets STATUS, BODY (file) and CTYPE
call() {
  local method=$1 path=$2
  shift 2
  local url=$path
  case $path in http://*|https://*) ;; *) url="$BASE$path" ;; esac
  BODY="$WORK/body"
  local meta
  meta=$(curl -sS -X "$method" "$url" -H "authorization: Bearer $TOKEN" -o "$BODY" \
    -w '%{http_code} %{content_type}' --max-time 120 "$@" 2> "$WORK/curl.err") || {
    STATUS=000; CTYPE=""; echo "$(head -c 300 "$WORK/curl.err")" > "$BODY"; return 0; }
  STATUS=${meta%% *}
  CTYPE=${meta#* }
}

problem() { # the error_code and detail of a ProblemDetail body, or its start
  local code detail
  code=$(json error_code < "$BODY" 2> /dev/null)
  detail=$(json detail < "$BODY" 2> /dev/null)
  if [ -n "$code$detail" ]; then echo "HTTP $STATUS $code $detail"; else echo "HTTP $STATUS $(head -c 200 "$BODY")"; fi
}

cleanup() {
  if [ -n "$PROJECT" ] && [ "${SMOKE_KEEP_PROJECT:-0}" != "1" ]; then
    call DELETE "/api/projects/$PROJECT"
    if [ "$STATUS" = 204 ] || [ "$STATUS" = 200 ]; then pass delete_project; else echo "FAIL delete_project: $(problem)"; fi
  fi
  rm -rf "$WORK"
}

command -v curl > /dev/null || fail prerequisites "curl is not installed"
command -v jq > /dev/null || command -v python3 > /dev/null || fail prerequisites "neither jq nor python3 is installed"
ls "$FIXTURES"/*.txt > /dev/null 2>&1 || fail prerequisites "no fixture transcripts in $FIXTURES"

# 1. the server answers and the token is accepted
call GET /actuator/health
[ "$STATUS" = 200 ] && [ "$(json status < "$BODY")" = UP ] || fail health "$(problem)"
pass health
call GET "/api/projects?size=1"
[ "$STATUS" = 200 ] || fail auth "$(problem) (is the token valid? scripts/token.sh prints one)"
pass auth

# 2. a project of its own
call POST /api/projects -H 'content-type: application/json' \
  -d "{\"name\":\"Smoke test $(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"language\":\"$LANGUAGE\",\"domain_template\":\"education\"}"
[ "$STATUS" = 201 ] || fail create_project "$(problem)"
PROJECT=$(json id < "$BODY")
[ -n "$PROJECT" ] || fail create_project "no id in the response"
pass create_project

# 3. the fixture transcripts
files=()
for f in "$FIXTURES"/*.txt; do files+=(-F "files=@$f;type=text/plain"); done
call POST "/api/projects/$PROJECT/interviews" "${files[@]}" -F "language=$LANGUAGE"
[ "$STATUS" = 201 ] || fail upload_fixture "$(problem)"
pass upload_fixture

# 4. a theory run (202 + task id), polled until it ends
call POST "/api/projects/$PROJECT/generate-theory" -H 'content-type: application/json' -d '{}'
[ "$STATUS" = 202 ] || fail generate_theory "$(problem)"
TASK=$(json task_id < "$BODY")
[ -n "$TASK" ] || fail generate_theory "no task_id in the response"
pass generate_theory

deadline=$((SECONDS + TIMEOUT))
while :; do
  call GET "/api/projects/$PROJECT/generate-theory/status/$TASK"
  [ "$STATUS" = 200 ] || fail theory_status "$(problem)"
  state=$(json status < "$BODY")
  case $state in
    completed) break ;;
    failed|canceled) fail theory_status "run $state: $(json error_code < "$BODY") $(json error < "$BODY")" ;;
    pending|running) ;;
    *) fail theory_status "unexpected status '$state'" ;;
  esac
  [ $SECONDS -lt $deadline ] || fail theory_status "still $state ($(json step < "$BODY"), $(json progress < "$BODY")%) after ${TIMEOUT}s"
  wait_s=$(json next_poll_seconds < "$BODY")
  sleep "${wait_s:-2}"
done
THEORY=$(json theory_id < "$BODY")
[ -n "$THEORY" ] || fail theory_status "completed without a theory_id"
pass theory_status

# 5. the four exports: request a link, download it, check type, size and magic bytes
expect_type() {
  case $1 in
    pdf) echo "application/pdf" ;;
    pptx) echo "application/vnd.openxmlformats-officedocument.presentationml.presentation" ;;
    xlsx) echo "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ;;
    png) echo "image/png" ;;
  esac
}
expect_magic() { # first bytes as hex
  case $1 in pdf) echo 25504446 ;; pptx|xlsx) echo 504b0304 ;; png) echo 89504e47 ;; esac
}
for format in pdf pptx xlsx png; do
  step="export_$format"
  call POST "/api/projects/$PROJECT/theories/$THEORY/export?format=$format"
  case $STATUS in 200|201|202) ;; *) fail "$step" "$(problem)" ;; esac
  # a cached export answers 200 with its download_url; a new one 202 pending: poll its status_url
  export_deadline=$((SECONDS + TIMEOUT))
  while [ "$(json status < "$BODY")" = pending ]; do
    status_url=$(json status_url < "$BODY")
    [ -n "$status_url" ] || fail "$step" "pending without a status_url"
    [ $SECONDS -lt $export_deadline ] || fail "$step" "still pending after ${TIMEOUT}s"
    sleep "$(json next_poll_seconds < "$BODY" | grep -E '^[0-9]+$' || echo 2)"
    call GET "$status_url"
    [ "$STATUS" = 200 ] || fail "$step" "status: $(problem)"
  done
  state=$(json status < "$BODY")
  [ "$state" = ready ] || fail "$step" "export $state: $(json error_code < "$BODY") $(json error < "$BODY")"
  link=$(json download_url < "$BODY")
  [ -n "$link" ] || fail "$step" "ready without a download_url"
  call GET "$link"
  [ "$STATUS" = 200 ] || fail "$step" "download: $(problem)"
  size=$(wc -c < "$BODY" | tr -d ' ')
  [ "$size" -gt 0 ] || fail "$step" "empty file"
  [ "${CTYPE%%;*}" = "$(expect_type $format)" ] || fail "$step" "content type '$CTYPE'"
  magic=$(head -c 4 "$BODY" | od -An -tx1 | tr -d ' \n')
  [ "$magic" = "$(expect_magic $format)" ] || fail "$step" "not a $format file (starts with $magic)"
  pass "$step ($size bytes)"
done
