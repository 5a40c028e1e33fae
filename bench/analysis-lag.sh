#!/usr/bin/env bash
# Background text analysis under a bulk of reviews: posts N reviews (about 600 characters each) through the
# feedback API to the app on the machine's PostgreSQL and times how long until every one is analysed.
# Usage: bench/analysis-lag.sh [N]   (default 20000). Needs the jar (./mvnw -pl touchpoint-app -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20000}
source bench/pg.sh
fresh_db touchpoint_lag
APP_PORT=18082; KEY=bench-bootstrap-key-0123456789
DATA=$(mktemp -d)
TOUCHPOINT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/touchpoint_lag" TOUCHPOINT_DB_USER=touchpoint \
TOUCHPOINT_DB_PASSWORD=$PGPASS TOUCHPOINT_BOOTSTRAP_API_KEY=$KEY TOUCHPOINT_ADMIN_PASSWORD=bench-admin-pass \
TOUCHPOINT_DATA_DIR=$DATA PORT=$APP_PORT java -Xmx512m -jar ${BENCH_JAR:-touchpoint-app/target/touchpoint.jar} \
  > "$DATA/app.log" 2>&1 &
APP=$!; trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for i in $(seq 1 180); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
JDBC=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -1)
java -cp "$JDBC" bench/AnalysisLag.java "http://localhost:$APP_PORT" $KEY \
  "jdbc:postgresql://127.0.0.1:$PGPORT/touchpoint_lag" touchpoint "$PGPASS" "$N"
