#!/usr/bin/env bash
# Dashboard tiles and ad-hoc slices over 10,000,000 feedback records.
# Usage: bench/feedback.sh [RECORDS]. Needs the jar (./mvnw -DskipTests package) and a local PostgreSQL.
# REUSE=1 measures again on the database a previous run loaded (skips the load and the rollup rebuild).
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${1:-10000000}
source bench/pg.sh
DB=touchpoint_feedback
if [ -z "${REUSE:-}" ]; then fresh_db "$DB"; else
  runuser -u postgres -- psql -q -p "$PGPORT" -c "ALTER ROLE touchpoint PASSWORD '$PGPASS'" >/dev/null; fi
APP_PORT=18082; KEY=bench-bootstrap-key-0123456789
DATA=$(mktemp -d)
TOUCHPOINT_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" TOUCHPOINT_DB_USER=touchpoint TOUCHPOINT_DB_PASSWORD="$PGPASS" \
TOUCHPOINT_BOOTSTRAP_API_KEY=$KEY TOUCHPOINT_ADMIN_PASSWORD=bench-admin-pass TOUCHPOINT_DATA_DIR=$DATA PORT=$APP_PORT \
  java -Xmx512m -jar ${BENCH_JAR:-touchpoint-app/target/touchpoint.jar} --touchpoint.text.backfill-at-start=false > "$DATA/app.log" 2>&1 &
APP=$!; trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for i in $(seq 1 120); do curl -sf "http://localhost:$APP_PORT/actuator/health" >/dev/null && break; sleep 1; done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, $(lscpu | sed -n 's/Model name: *//p')"
if [ -z "${REUSE:-}" ]; then
S=$(date +%s)
psql_db "$DB" -q -v ON_ERROR_STOP=1 <<SQL
insert into organisation (name) values ('Bench');
insert into property (organisation_id, key, name) select 1, 'p' || i, 'Property ' || i from generate_series(1, 3) i;
insert into touchpoint (key, name, channel, phase, property_id, stage_id)
  select 'tp' || i, 'Touchpoint ' || i, (array['web','email','in_person','phone','chat','mobile_app'])[i % 6 + 1],
         (array['pre','during','post'])[i % 3 + 1], i % 3 + 1, i % 7 + 1 from generate_series(1, 30) i;
insert into customer (id, birth_year, gender, income_band, country)
  select i, 1940 + i % 60, (array['female','male','other'])[i % 3 + 1], (array['low','middle','high'])[i % 3 + 1],
         (array['GB','PT','DE','FR','US'])[i % 5 + 1] from generate_series(1, 200000) i;
select setval(pg_get_serial_sequence('customer', 'id'), 200000);
insert into customer_attribute (customer_id, name, type, value)
  select i, 'segment', 'string', (array['business','leisure','family','event','prospect'])[i % 5 + 1]
  from generate_series(1, 200000) i where i % 10 <> 0;
insert into feedback (kind, source, external_id, customer_id, property_id, touchpoint_id, stage_id, channel, occurred_at,
                      nps, csat, ces, rating, text)
  select case when i % 10 < 8 then 'survey' when i % 10 = 8 then 'review' else 'social' end, 'bench', i::text,
         i % 200000 + 1, (i % 30) % 3 + 1, i % 30 + 1, (i % 30) % 7 + 1,
         (array['web','email','in_person','phone','chat','mobile_app'])[(i % 30) % 6 + 1],
         now() - ((i % 730) || ' days')::interval - ((i % 86400) || ' seconds')::interval,
         case when i % 10 < 8 then (i * 7) % 11 end, case when i % 10 < 8 then (i * 3) % 5 + 1 end,
         case when i % 10 < 8 then (i * 5) % 7 + 1 end, case when i % 10 >= 8 then ((i % 5) / 4.0) end,
         case when i % 4 = 0 then 'comment ' || i end
  from generate_series(1, $RECORDS) i;
analyze;
vacuum (analyze) feedback;
SQL
echo "loaded $RECORDS feedback records in $(( $(date +%s) - S )) s"
S=$(date +%s)
curl -sf -X POST -H "Authorization: Bearer $KEY" "http://localhost:$APP_PORT/api/v1/metrics/rollups/rebuild?from=$(date -d '-800 days' +%F)&to=$(date +%F)"; echo
echo "rollups rebuilt in $(( $(date +%s) - S )) s"
else
# A database loaded by an earlier version gets its profile rollup once (the migration marked every cell stale).
STALE=$(psql_db "$DB" -tAc "select count(*) from feedback_profile_stale")
if [ "$STALE" != "0" ]; then
  S=$(date +%s)
  curl -sf -X POST -H "Authorization: Bearer $KEY" "http://localhost:$APP_PORT/api/v1/metrics/rollups/rebuild?from=$(date -d '-800 days' +%F)&to=$(date +%F)"; echo
  echo "rollups rebuilt in $(( $(date +%s) - S )) s"
fi
fi
java bench/Bench.java metrics --url "http://localhost:$APP_PORT" --key $KEY --requests 200
