# Sourced by the bench scripts: start the machine's PostgreSQL (as .ci/run does) and make a fresh database.
PGVER=$(ls /usr/lib/postgresql | sort -V | tail -1)
pg_lsclusters -h | grep -q "^$PGVER main" || pg_createcluster "$PGVER" main >/dev/null
pg_ctlcluster "$PGVER" main status >/dev/null 2>&1 || pg_ctlcluster "$PGVER" main start
pg_isready -h 127.0.0.1 -t 30 >/dev/null
PGPORT=$(pg_lsclusters -h | awk -v v="$PGVER" '$1==v && $2=="main" {print $3}')
PGPASS=bench-$RANDOM-$RANDOM
psql_db() { local db=$1; shift; PGPASSWORD=$PGPASS psql -h 127.0.0.1 -p "$PGPORT" -U touchpoint -d "$db" "$@"; }
fresh_db() {
  runuser -u postgres -- psql -q -p "$PGPORT" -v ON_ERROR_STOP=1 <<SQL >/dev/null
DROP DATABASE IF EXISTS $1;
DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'touchpoint') THEN CREATE ROLE touchpoint LOGIN; END IF; END \$\$;
ALTER ROLE touchpoint PASSWORD '$PGPASS';
CREATE DATABASE $1 OWNER touchpoint;
SQL
  runuser -u postgres -- psql -q -p "$PGPORT" -d "$1" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" >/dev/null
}
