#!/usr/bin/env bash
# Media upload benchmark: streams one recording of SIZE_MB (default 1024) through POST /api/projects/{id}/interviews
# to the packaged application (embedded default, no transcription provider) and measures upload throughput, the
# server's peak RSS and peak heap (sampled every 0.5 s from ps and /actuator/prometheus) and the time to probe and
# store the file once the bytes are in. The recording is a real WAV (48 kHz stereo 16-bit header over silence), so
# ffprobe reads it like any upload. Writes bench/results/media.json.
#
#   ./mvnw -B -pl frontend,backend package -DskipTests && bench/media/run.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZE_MB=${1:-1024}
PORT=${BENCH_PORT:-18088}
HEAP=${BENCH_HEAP:-512m}
JAR=backend/target/theogen.jar
WORK=$(mktemp -d)
DATA="$WORK/data"
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# a WAV header for 48 kHz, 2 channels, 16 bit, then SIZE_MB of silence (sparse on disk)
BYTES=$((SIZE_MB * 1024 * 1024))
python3 - "$WORK/recording.wav" "$BYTES" <<'PY'
import struct, sys
path, size = sys.argv[1], int(sys.argv[2])
data = size - 44
with open(path, "wb") as f:
    f.write(b"RIFF" + struct.pack("<I", 36 + data) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 2, 48000, 192000, 4, 16))
    f.write(b"data" + struct.pack("<I", data))
    f.truncate(size)
PY

java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --theogen.storage.data-dir="$DATA" \
  --theogen.demo.seed-on-registration=false >"$WORK/app.log" 2>&1 &
APP=$!
until curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; do sleep 1; done
B="http://localhost:$PORT"
TOKEN=$(curl -fs -XPOST "$B/api/auth/register" -H 'content-type: application/json' \
  -d '{"email":"bench-media@example.org","password":"a long passphrase","display_name":"Bench"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
PROJECT=$(curl -fs -XPOST "$B/api/projects" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \
  -d '{"name":"Media bench","language":"en"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

heap() {
  curl -fs "$B/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {s+=$2} END {printf "%d", s}'
}
rss() { ps -o rss= -p "$APP" | tr -d ' '; }
RSS_BEFORE=$(rss)
HEAP_BEFORE=$(heap)
: >"$WORK/samples"
( while kill -0 "$APP" 2>/dev/null; do echo "$(rss) $(heap)" >>"$WORK/samples"; sleep 0.5; done ) &
SAMPLER=$!

START=$(date +%s.%N)
curl -s -o "$WORK/response.json" -w '%{http_code} %{time_total} %{time_starttransfer} %{time_pretransfer} %{speed_upload}\n' \
  -XPOST "$B/api/projects/$PROJECT/interviews" -H "authorization: Bearer $TOKEN" \
  -F "files=@$WORK/recording.wav;type=audio/wav" >"$WORK/curl"
END=$(date +%s.%N)
kill "$SAMPLER" 2>/dev/null || true
read -r STATUS TOTAL FIRST_BYTE PRETRANSFER SPEED <"$WORK/curl"
if [ "$STATUS" != "201" ]; then echo "upload failed: $STATUS $(cat "$WORK/response.json")" >&2; exit 1; fi

python3 - "$WORK/samples" "$WORK/response.json" "$SIZE_MB" "$HEAP" "$TOTAL" "$SPEED" "$RSS_BEFORE" "$HEAP_BEFORE" \
  "$(cat /proc/loadavg | cut -d' ' -f1-3)" "$(nproc)" >bench/results/media.json <<'PY'
import json, sys, datetime
samples, response, size_mb, heap_max, total, speed, rss0, heap0, load, cpus = sys.argv[1:11]
rows = [l.split() for l in open(samples) if len(l.split()) == 2]
peak_rss = max(int(r[0]) for r in rows) * 1024 if rows else 0
heaps = [int(r[1]) for r in rows if int(r[1]) > 0]
peak_heap = max(heaps) if heaps else None  # None: the Prometheus scrape gave no heap figure
interview = json.load(open(response))["files"][0]["interview"]
out = {
    "benchmark": "media-upload",
    "date": datetime.datetime.utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"),
    "cpus": int(cpus), "load_average": load, "jvm_max_heap": heap_max,
    "file_mb": int(size_mb), "status": interview["status"], "format": interview["format"],
    "duration_ms": interview["media"]["duration_ms"],
    "upload_seconds": round(float(total), 2),
    "throughput_mb_s": round(int(size_mb) / float(total), 1),
    "curl_upload_speed_mb_s": round(float(speed) / 1048576, 1),
    "rss_before_mb": round(int(rss0) / 1024), "peak_rss_mb": round(peak_rss / 1048576),
    "heap_before_mb": round(int(heap0) / 1048576) if int(heap0 or 0) > 0 else None,
    "peak_heap_mb": round(peak_heap / 1048576) if peak_heap else None,
    "samples": len(rows),
}
print(json.dumps(out, indent=2))
PY
cat bench/results/media.json
