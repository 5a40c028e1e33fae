#!/usr/bin/env bash
# Import benchmark: a large CSV file into the app started with a small heap, to show that uploads and imports
# are streamed (memory does not grow with the file). Usage, from the repository root:
#
#   bench/csv-import/run.sh [KIND] [MEGABYTES] [HEAP]        defaults: interactions 200 256m
#
# Builds the jar if missing (./mvnw -pl touchpoint-app package -DskipTests), generates the file, starts the app
# on port 18080 with an empty data directory under /tmp, uploads the file (multipart, as the UI does), follows
# the job until it ends, and prints: upload time, import time, rows/s, and the JVM's heap after each GC (from the
# GC log) with its maximum. The app is stopped at the end. BENCH_UPLOAD=raw sends the file as a text/csv body
# instead of a multipart form. Needs curl, bc and python3 (to read the JSON).
set -euo pipefail
KIND=${1:-interactions}
MB=${2:-200}
HEAP=${3:-256m}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_DIR:-/tmp/touchpoint-import-bench}
PORT=${BENCH_PORT:-18080}
KEY=bench-key-0123456789abcdef0123
JAR=$ROOT/touchpoint-app/target/touchpoint.jar

mkdir -p "$WORK"
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -q -pl touchpoint-app -o package -DskipTests)
fi
CSV=$WORK/$KIND-${MB}mb.csv
if [ ! -f "$CSV" ]; then
  java "$ROOT/bench/csv-import/GenerateCsv.java" "$KIND" "$MB" "$CSV"
fi
rm -rf "$WORK/data" "$WORK/gc.log"
java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --server.port="$PORT" \
  --touchpoint.data-dir="$WORK/data" --touchpoint.bootstrap-api-key="$KEY" \
  --touchpoint.admin-password=bench-admin-password >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)"; }
T0=$(date +%s.%N)
if [ "${BENCH_UPLOAD:-multipart}" = raw ]; then
  # -T streams the file from disk (--data-binary would load it into curl's memory first).
  ID=$(curl -sf -H "Authorization: Bearer $KEY" -H "Content-Type: text/csv" -X POST -T "$CSV" \
    "http://localhost:$PORT/api/v1/imports/$KIND?fileName=$(basename "$CSV")" | json "['id']")
else
  ID=$(curl -sf -H "Authorization: Bearer $KEY" -F "file=@$CSV;type=text/csv" \
    "http://localhost:$PORT/api/v1/imports/$KIND" | json "['id']")
fi
T1=$(date +%s.%N)
echo "uploaded $(stat -c %s "$CSV") bytes in $(echo "$T1 - $T0" | bc) s: job $ID"
while true; do
  J=$(curl -sf -H "Authorization: Bearer $KEY" "http://localhost:$PORT/api/v1/imports/$ID")
  STATUS=$(echo "$J" | json "['status']")
  echo "$(date +%T) $STATUS $(echo "$J" | json "['percent']")% rows ok $(echo "$J" | json "['rowsOk']") failed $(echo "$J" | json "['rowsFailed']")"
  [ "$STATUS" = completed ] || [ "$STATUS" = failed ] && break
  sleep 10
done
echo "$J" | python3 -m json.tool
echo "$J" | python3 -c "
import json, sys
from datetime import datetime
d = json.load(sys.stdin)
t = lambda s: datetime.fromisoformat(s.replace('Z', '+00:00'))
secs = (t(d['finishedAt']) - t(d['startedAt'])).total_seconds()
print(f\"import (started to finished): {secs:.1f} s, {d['rowsRead'] / secs:,.0f} rows/s, {d['totalBytes'] / secs / 2**20:.2f} MB/s\")"
echo "heap after GC (MB), max: $(grep -oE '[0-9]+M->[0-9]+M' "$WORK/gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)"
echo "GC log: $WORK/gc.log; app log: $WORK/app.log"
if grep -q OutOfMemoryError "$WORK/app.log"; then echo "OUT OF MEMORY"; else echo "no OutOfMemoryError"; fi
