#!/usr/bin/env bash
# Public survey pages under load: respondents answering a two-page survey over HTTP, against the app with its
# embedded PostgreSQL. Usage: bench/survey.sh [RESPONDENTS] [CONCURRENCY]
# Needs the jar (./mvnw -pl touchpoint-app -DskipTests package). Flood control is raised for the run: all
# respondents come from 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
RESPONDENTS=${1:-2000}; CONCURRENCY=${2:-4}
APP_PORT=18081; KEY=bench-bootstrap-key-0123456789
DATA=$(mktemp -d)
TOUCHPOINT_DB_URL= TOUCHPOINT_BOOTSTRAP_API_KEY=$KEY TOUCHPOINT_ADMIN_PASSWORD=bench-admin-pass TOUCHPOINT_DATA_DIR=$DATA \
PORT=$APP_PORT java -Xmx512m -jar ${BENCH_JAR:-touchpoint-app/target/touchpoint.jar} \
  --touchpoint.survey.public-requests-per-minute=100000000 > "$DATA/app.log" 2>&1 &
APP=$!; trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for i in $(seq 1 180); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/SurveyBench.java "http://localhost:$APP_PORT" $KEY "$RESPONDENTS" "$CONCURRENCY"
