#!/usr/bin/env bash
# Transcript page load and code-picker timings on one large interview (see run.mjs). Needs a running app:
#   THEOGEN_URL=http://localhost:8080 bench/transcript/run.sh [turns] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node bench/transcript/run.mjs "$@"
