#!/usr/bin/env bash
# The public verification benchmark on PostgreSQL: builds the EAR (offline), starts WildFly on a fresh database
# (kaowu_bench) with a random exemption secret (-Dkaowu.verify.exemptToken, so that the driver's client alone is not
# rate limited), runs bench/VerifyLoad.java against it: GET /api/public/ping (the trivial JAX-RS baseline) and
# GET /api/verify?code=… on the same connections in the same run, requests/s, p50/p99 and the ratio; stops WildFly.
# Holds the project's Maven lock (KAOWU_LOCK, default /tmp/kaowu-mvn.lock) for the whole run, so that no build or
# test server shares the machine (and port 8080) with it.
# Usage: bench/verify.sh [seconds per phase] [connections] [rounds] [warm-up seconds] [--unknown] [--rate N]
# (--rate N adds, in each round, both endpoints at a fixed N requests/s on the same connections: see VerifyLoad.java)
set -euo pipefail
cd "$(dirname "$0")/.."
LOCK=${KAOWU_LOCK:-/tmp/kaowu-mvn.lock}
if [ -z "${KAOWU_BENCH_LOCKED:-}" ]; then
  KAOWU_BENCH_LOCKED=1 exec flock "$LOCK" "$0" "$@"
fi
SECONDS_PER_PHASE=${1:-20}
CONNECTIONS=${2:-64}
ROUNDS=${3:-2}
WARMUP=${4:-15}
EXTRA=("${@:5}")
DB=kaowu_bench
TOKEN=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
PSQL="psql -h 127.0.0.1 -U postgres -d postgres -q"
$PSQL -c "drop database if exists $DB" -c "create database $DB"
# Built offline and started as the run profile starts it (mvn -Prun: the same server, arguments and EAR), but directly:
# the run profile's exec plugin is not in the offline repository. A production-like heap (WildFly's own default is
# 512 MB); the exemption secret rides along in the JVM options (standalone.conf puts JBOSS_JAVA_SIZING into JAVA_OPTS).
mvn -o -q -B -Ppostgresql package -Dmaven.test.skip=true
JBOSS_HOME=$(ls -d "$PWD"/ear/target/wildfly-*/ | head -1)
rm -f "$JBOSS_HOME"/standalone/deployments/kaowu.ear*
cp ear/target/kaowu.ear "$JBOSS_HOME"/standalone/deployments/
DATA=$(mktemp -d /tmp/kaowu-bench-data-XXXX)
# KAOWU_BENCH_JAVA_OPTS adds server JVM options, e.g. a flight recording to see where the time goes.
export JBOSS_JAVA_SIZING="-Xms1g -Xmx1g -Dkaowu.verify.exemptToken=$TOKEN ${KAOWU_BENCH_JAVA_OPTS:-}"
LOG=$(mktemp /tmp/kaowu-bench-verify-XXXX.log)
setsid "$JBOSS_HOME"/bin/standalone.sh -Dkaowu.data.dir="$DATA" -Dkaowu.demo=true -Dkaowu.demo.plan=true \
  -Dkaowu.demo.examday=true -Dkaowu.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dkaowu.db.user=postgres \
  >"$LOG" 2>&1 &
SERVER=$!
trap 'kill -- -$SERVER 2>/dev/null || true; sleep 3; kill -9 -- -$SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  if curl -sf -o /dev/null http://127.0.0.1:8080/api/public/ping && grep -q "WFLYSRV0025" "$LOG"; then break; fi
  sleep 1
done
grep -q "WFLYSRV0025" "$LOG" || { echo "WildFly did not start; see $LOG"; exit 1; }
PGJAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
java -Xmx512m -cp "$PGJAR" bench/VerifyLoad.java --connections "$CONNECTIONS" --seconds "$SECONDS_PER_PHASE" \
  --warmup "$WARMUP" --rounds "$ROUNDS" --token "$TOKEN" --jdbc "jdbc:postgresql://127.0.0.1:5432/$DB" \
  --db-user postgres ${EXTRA[@]+"${EXTRA[@]}"}
