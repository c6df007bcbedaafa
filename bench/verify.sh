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
TOKEN=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
# The exemption secret rides along in the server's JVM options.
BENCH_JAVA_OPTS="-Dkaowu.verify.exemptToken=$TOKEN"
. bench/server.sh
bench_server verify "Demo accounts ready" -Dkaowu.demo.examday=true
java -Xmx512m -cp "$PGJAR" bench/VerifyLoad.java --connections "$CONNECTIONS" --seconds "$SECONDS_PER_PHASE" \
  --warmup "$WARMUP" --rounds "$ROUNDS" --token "$TOKEN" --jdbc "$JDBC_URL" \
  --db-user postgres ${EXTRA[@]+"${EXTRA[@]}"}
