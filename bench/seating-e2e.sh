#!/usr/bin/env bash
# Seat allocation end to end on PostgreSQL (no server): read the registrations, allocate, write the seats with the
# writer's SQL, against a plain batched JDBC insert of the same rows into the same table, in the same run
# (bench/SeatingEndToEnd.java says exactly what is timed). Compiles the EJB module under the project's Maven lock
# (KAOWU_LOCK, default /tmp/kaowu-mvn.lock), copies the classes, then runs outside the lock on a scratch database
# (created if missing; its tables are dropped and made afresh).
# Usage: bench/seating-e2e.sh [rounds] [sizes, comma-separated]      e.g. bench/seating-e2e.sh 3 10000,100000
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
SIZES=${2:-10000,100000}
LOCK=${KAOWU_LOCK:-/tmp/kaowu-mvn.lock}
DB=${KAOWU_BENCH_DB:-kaowu_bench}
PG=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
CLASSES=$(mktemp -d)
trap 'rm -rf "$CLASSES"' EXIT
flock "$LOCK" sh -c "mvn -o -q -pl ejb compile && cp -r ejb/target/classes/. '$CLASSES'"
createdb -h 127.0.0.1 -U postgres "$DB" 2>/dev/null || true
java -Xms3g -Xmx3g -cp "$CLASSES:$PG" bench/SeatingEndToEnd.java \
  --url "jdbc:postgresql://127.0.0.1:5432/$DB" --user postgres --sizes "$SIZES" --rounds "$ROUNDS"
