#!/usr/bin/env bash
# Prints an access token for scripts/smoke.sh (local accounts, the embedded default): logs in, and registers
# the account first when it does not exist yet. With OIDC, get a token from your identity provider instead.
#
#   TOKEN=$(scripts/token.sh http://localhost:8080 smoke@example.org 'a long smoke passphrase')
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 BASE_URL EMAIL PASSWORD" >&2
  exit 2
fi
BASE=${1%/}
if command -v jq > /dev/null; then
  body=$(jq -cn --arg e "$2" --arg p "$3" '{email: $e, password: $p}')
else
  body=$(python3 -c 'import json,sys; print(json.dumps({"email": sys.argv[1], "password": sys.argv[2]}))' "$2" "$3")
fi
token_of() {
  if command -v jq > /dev/null; then jq -r '.access_token // empty'
  else python3 -c 'import json,sys; print(json.load(sys.stdin).get("access_token") or "")'; fi
}
out=$(curl -sS -X POST "$BASE/api/auth/login" -H 'content-type: application/json' -d "$body" -w '\n%{http_code}')
if [ "${out##*$'\n'}" != 200 ]; then
  out=$(curl -sS -X POST "$BASE/api/auth/register" -H 'content-type: application/json' -d "$body" -w '\n%{http_code}')
fi
status=${out##*$'\n'}
token=$(printf '%s' "${out%$'\n'*}" | token_of)
if [ -z "$token" ]; then
  echo "could not sign in or register (HTTP $status): ${out%$'\n'*}" >&2
  exit 1
fi
printf '%s\n' "$token"
