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
. bench/server.sh
bench_server issuance "Demo certificates ready" -Dkaowu.demo.certificates=true
java -Xmx512m -cp "$PGJAR" bench/IssuanceLoad.java --sittings "$SITTINGS" --jdbc "$JDBC_URL" \
  --db-user postgres
