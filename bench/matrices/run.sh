#!/usr/bin/env bash
# Matrix timings against a running app (THEOGEN_URL, default http://localhost:8080); see run.mjs.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node bench/matrices/run.mjs "$@"
