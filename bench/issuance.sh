#!/usr/bin/env bash
# The certificate issuance batch benchmark on PostgreSQL: builds the EAR (offline), starts WildFly on a fresh database
# (kaowu_bench) with the demo certificates, waits for them, runs bench/IssuanceLoad.java against it (N copies of a demo
# sitting, the office's issuance batch timed to completion, the baseline of plain JDBC certificate rows in the same
# run, the ratio); stops WildFly.
# Holds the project's Maven lock (KAOWU_LOCK, default /tmp/kaowu-mvn.lock) for the whole run, so that no build or
# test server shares the machine (and port 8080) with it.
# Usage: bench/issuance.sh [sittings]
set -euo pipefail
cd "$(dirname "$0")/.."
LOCK=${KAOWU_LOCK:-/tmp/kaowu-mvn.lock}
if [ -z "${KAOWU_BENCH_LOCKED:-}" ]; then
  KAOWU_BENCH_LOCKED=1 exec flock "$LOCK" "$0" "$@"
fi
SITTINGS=${1:-10000}
DB=kaowu_bench
PSQL="psql -h 127.0.0.1 -U postgres -d postgres -q"
$PSQL -c "drop database if exists $DB" -c "create database $DB"
mvn -o -q -B -Ppostgresql package -Dmaven.test.skip=true
JBOSS_HOME=$(ls -d "$PWD"/ear/target/wildfly-*/ | head -1)
rm -f "$JBOSS_HOME"/standalone/deployments/kaowu.ear*
cp ear/target/kaowu.ear "$JBOSS_HOME"/standalone/deployments/
DATA=$(mktemp -d /tmp/kaowu-bench-data-XXXX)
export JBOSS_JAVA_SIZING="-Xms1g -Xmx1g ${KAOWU_BENCH_JAVA_OPTS:-}"
LOG=$(mktemp /tmp/kaowu-bench-issuance-XXXX.log)
setsid "$JBOSS_HOME"/bin/standalone.sh -Dkaowu.data.dir="$DATA" -Dkaowu.demo=true -Dkaowu.demo.plan=true \
  -Dkaowu.demo.certificates=true -Dkaowu.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dkaowu.db.user=postgres \
  >"$LOG" 2>&1 &
SERVER=$!
trap 'kill -- -$SERVER 2>/dev/null || true; sleep 3; kill -9 -- -$SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  if grep -q "Demo certificates ready" "$LOG"; then break; fi
  sleep 1
done
grep -q "Demo certificates ready" "$LOG" || { echo "the demo certificates were not made; see $LOG"; exit 1; }
PGJAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
java -Xmx512m -cp "$PGJAR" bench/IssuanceLoad.java --sittings "$SITTINGS" --jdbc "jdbc:postgresql://127.0.0.1:5432/$DB" \
  --db-user postgres
