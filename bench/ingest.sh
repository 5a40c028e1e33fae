#!/usr/bin/env bash
# Ingestion benchmark: POST /api/v1/events into a PostgreSQL server, and in the same run a plain COPY of the same
# rows into the same server. Usage: bench/ingest.sh [EVENTS] [CUSTOMERS] [CONCURRENCY]
# The warm-up creates every customer; a second warm-up of WARM_EVENTS (default 200,000) events for existing customers
# lets the JIT settle before the measured run, which then meets only known customers (steady state).
# Needs the jar (./mvnw -DskipTests package) and a local PostgreSQL (started here as in .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-200000}; CUSTOMERS=${2:-50000}; CONCURRENCY=${3:-4}
source bench/pg.sh
DB=touchpoint_bench; fresh_db "$DB"
APP_PORT=18080; KEY=bench-bootstrap-key-0123456789
DATA=$(mktemp -d)
TOUCHPOINT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" TOUCHPOINT_DB_USER=touchpoint TOUCHPOINT_DB_PASSWORD="$PGPASS" \
TOUCHPOINT_BOOTSTRAP_API_KEY=$KEY TOUCHPOINT_ADMIN_PASSWORD=bench-admin-pass TOUCHPOINT_DATA_DIR=$DATA PORT=$APP_PORT \
  java -Xmx512m -jar ${BENCH_JAR:-touchpoint-app/target/touchpoint.jar} > "$DATA/app.log" 2>&1 &
APP=$!; trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for i in $(seq 1 120); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(lscpu | sed -n 's/Model name: *//p')"
echo "warm-up (creates the customers):"
java bench/Bench.java ingest --url "http://localhost:$APP_PORT" --key $KEY --events "$CUSTOMERS" --customers "$CUSTOMERS" --concurrency "$CONCURRENCY" --run warm --sequential true
if [ "${WARM_EVENTS:-200000}" -gt 0 ]; then
  echo "second warm-up (existing customers, lets the JIT settle):"
  java bench/Bench.java ingest --url "http://localhost:$APP_PORT" --key $KEY --events "${WARM_EVENTS:-200000}" --customers "$CUSTOMERS" --concurrency "$CONCURRENCY" --run warm2
fi
# Experiments: BEFORE_MEASURED_SQL runs against the database before the measured run (e.g. dropping a constraint).
if [ -n "${BEFORE_MEASURED_SQL:-}" ]; then psql_db "$DB" -q -c "$BEFORE_MEASURED_SQL"; fi
echo "measured run (customers exist, as in steady state):"
# CPU time (user + system, clock ticks) of the app and of the PostgreSQL server, around the measured run.
PGMAIN=$(head -1 "$(runuser -u postgres -- psql -p "$PGPORT" -Atc "show data_directory")/postmaster.pid")
# The server's processes only: the postmaster and its children (other PostgreSQL servers may run on the machine).
pg_ticks() { local t=0; for s in /proc/[0-9]*/stat; do read -r line < "$s" 2>/dev/null || continue
  set -- ${line##*) }; if [ "$2" = "$PGMAIN" ] || [ "${s//[^0-9]/}" = "$PGMAIN" ]; then t=$((t + ${12} + ${13})); fi; done; echo $t; }
app_ticks() { set -- $(sed 's/^.*) //' /proc/$APP/stat); echo $(( ${12} + ${13} )); }
A0=$(app_ticks); P0=$(pg_ticks); [ -n "${PGSNAP:-}" ] && bash /tmp/pgsnap.sh > /tmp/pg0.txt
java bench/Bench.java ingest --url "http://localhost:$APP_PORT" --key $KEY --events "$EVENTS" --customers "$CUSTOMERS" --concurrency "$CONCURRENCY" --run measured --csv "$DATA/rows.csv"
A1=$(app_ticks); P1=$(pg_ticks); HZ=$(getconf CLK_TCK); [ -n "${PGSNAP:-}" ] && bash /tmp/pgsnap.sh > /tmp/pg1.txt
echo "{\"appCpuMicrosPerEvent\":$(( (A1 - A0) * 1000000 / HZ / EVENTS )),\"postgresCpuMicrosPerEvent\":$(( (P1 - P0) * 1000000 / HZ / EVENTS ))}"
echo "app heap after run: $(curl -s -H "Authorization: Bearer $KEY" "http://localhost:$APP_PORT/actuator/metrics/jvm.memory.used?tag=area:heap" | grep -o '"value":[0-9.E+]*' | head -1)"
echo "COPY of the same rows into a table of the same shape, same server:"
psql_db "$DB" -q -c "create table copy_target (like customer_event including all)" >/dev/null
S=$(date +%s.%N)
psql_db "$DB" -q -c "\\copy copy_target (client_id, customer_id, type, occurred_at, channel, properties, value, source) from '$DATA/rows.csv' with (format csv)"
E=$(date +%s.%N)
echo "{\"copyRows\":$EVENTS,\"copySeconds\":$(echo "$E - $S" | bc),\"copyRowsPerSecond\":$(echo "$EVENTS / ($E - $S)" | bc)}"
