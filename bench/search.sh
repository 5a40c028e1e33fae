#!/usr/bin/env bash
# Customer search with 1,000,000 profiles, and the customer 360 page with 2,000 timeline events.
# Usage: bench/search.sh [PROFILES]. Needs the jar (./mvnw -DskipTests package) and a local PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILES=${1:-1000000}
source bench/pg.sh
DB=touchpoint_search; fresh_db "$DB"
APP_PORT=18081; KEY=bench-bootstrap-key-0123456789; ADMIN_PASS=bench-admin-pass
DATA=$(mktemp -d)
start_app() {
  TOUCHPOINT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" TOUCHPOINT_DB_USER=touchpoint TOUCHPOINT_DB_PASSWORD="$PGPASS" \
  TOUCHPOINT_BOOTSTRAP_API_KEY=$KEY TOUCHPOINT_ADMIN_PASSWORD=$ADMIN_PASS TOUCHPOINT_DATA_DIR=$DATA PORT=$APP_PORT \
    java -Xmx512m -jar touchpoint-app/target/touchpoint.jar > "$DATA/app.log" 2>&1 &
  APP=$!
  for i in $(seq 1 120); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done
}
start_app; trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(lscpu | sed -n 's/Model name: *//p')"
echo "loading $PROFILES profiles (SQL bulk load, then ANALYZE)..."
S=$(date +%s)
psql_db "$DB" -q -v ON_ERROR_STOP=1 <<SQL
insert into customer (id, first_name, last_name, birth_year, city, country)
  select i, 'Given' || (i % 5000),
         initcap(s[i % 40 + 1] || s[(i / 40) % 40 + 1] || s[(i / 1600) % 40 + 1]) || case when i >= 64000 then s[(i / 64000) % 40 + 1] else '' end,
         1940 + i % 60, 'City' || (i % 300), 'GB'
  from generate_series(1, $PROFILES) i, (select array['an','ber','cal','dor','el','fen','gar','hol','ing','jas','kel','lan','mor','nor','ol','par','quin','ros','sal','tor','ul','ven','wil','xan','yor','zel','bri','cro','dun','est','fal','gil','har','ivo','jor','kra','lom','mes','nik','ost'] as s) syl;
select setval(pg_get_serial_sequence('customer', 'id'), $PROFILES);
insert into customer_identity (customer_id, type, source, value)
  select i, 'email', '', 'person' || i || '@search.example.com' from generate_series(1, $PROFILES) i
  union all select i, 'phone', '', '+4477' || lpad(i::text, 8, '0') from generate_series(1, $PROFILES) i
  union all select i, 'loyalty', '', 'LY' || i from generate_series(1, $PROFILES) i;
analyze;
SQL
echo "loaded in $(( $(date +%s) - S )) s"
echo "search latency (sequential requests, after 20 warm-up requests each):"
java bench/Bench.java search --url "http://localhost:$APP_PORT" --key $KEY --queries 500 --customers "$PROFILES"
echo "customer 360 page with 2,000 timeline events:"
java bench/Bench.java ingest --url "http://localhost:$APP_PORT" --key $KEY --events 2000 --customers 1 --concurrency 1 --run heavy >/dev/null
HEAVY=$(curl -s -H "Authorization: Bearer $KEY" "http://localhost:$APP_PORT/api/v1/customers?email=guest0@bench.example.com" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
java bench/Bench.java page --url "http://localhost:$APP_PORT" --user admin --password $ADMIN_PASS --customer "$HEAVY" --requests 200
