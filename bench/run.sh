#!/usr/bin/env bash
# The registration load benchmark on PostgreSQL: builds the EAR, starts WildFly on a fresh database (kaowu_bench),
# runs bench/RegistrationLoad.java ROUNDS times against it (each round a new plan and new candidates; the first
# round also warms the JIT up), stops WildFly. Usage: bench/run.sh [clients] [measured exams] [warm-up exams] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-100}
EXAMS=${2:-40}
WARMUP=${3:-10}
ROUNDS=${4:-3}
DB=kaowu_bench
PSQL="psql -h 127.0.0.1 -U postgres -d postgres -q"
$PSQL -c "drop database if exists $DB" -c "create database $DB"
# A production-like heap (WildFly's own default is 512 MB).
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms1g -Xmx1g}"
LOG=$(mktemp /tmp/kaowu-bench-XXXX.log)
setsid mvn -B -ntp -Ppostgresql,run package -DskipTests \
  -Dkaowu.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dkaowu.db.user=postgres -Dkaowu.demo=true >"$LOG" 2>&1 &
SERVER=$!
trap 'kill -- -$SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  if curl -sf -o /dev/null http://127.0.0.1:8080/api/catalogue?size=1 && grep -q "WFLYSRV0025" "$LOG"; then break; fi
  sleep 1
done
grep -q "WFLYSRV0025" "$LOG" || { echo "WildFly did not start; see $LOG"; exit 1; }
PGJAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round of $ROUNDS"
  java -Xmx1g -cp "$PGJAR" bench/RegistrationLoad.java --clients "$CLIENTS" --exams "$EXAMS" --warmup "$WARMUP" \
    --jdbc "jdbc:postgresql://127.0.0.1:5432/$DB" --db-user postgres
done
