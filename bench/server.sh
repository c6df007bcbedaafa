# Sourced by the benchmark scripts that need a server (bench/verify.sh, bench/issuance.sh): starts WildFly with the
# application on a fresh PostgreSQL database, as the run command starts it (mvn -Prun: the same server, arguments and
# EAR), but directly: the run profile's exec plugin is not in the offline repository. Stops it when the script exits.
#
# bench_server NAME READY [-Dproperty=value ...]
#   NAME   names the server log (/tmp/kaowu-bench-NAME-XXXX.log)
#   READY  a line the log must show before the benchmark starts (besides WildFly's "started")
# Sets DB (kaowu_bench), JDBC_URL, PGJAR and LOG. A production-like heap (WildFly's own default is 512 MB); the
# JVM options of BENCH_JAVA_OPTS (set by the caller) and KAOWU_BENCH_JAVA_OPTS (e.g. a flight recording) ride along
# (standalone.conf puts JBOSS_JAVA_SIZING into JAVA_OPTS).
bench_server() {
  local name=$1 ready=$2
  shift 2
  DB=kaowu_bench
  JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $DB" -c "create database $DB"
  mvn -o -q -B -Ppostgresql package -Dmaven.test.skip=true
  local home
  home=$(ls -d "$PWD"/ear/target/wildfly-*/ | head -1)
  rm -f "$home"/standalone/deployments/kaowu.ear*
  cp ear/target/kaowu.ear "$home"/standalone/deployments/
  local data
  data=$(mktemp -d /tmp/kaowu-bench-data-XXXX)
  export JBOSS_JAVA_SIZING="-Xms1g -Xmx1g ${BENCH_JAVA_OPTS:-} ${KAOWU_BENCH_JAVA_OPTS:-}"
  LOG=$(mktemp "/tmp/kaowu-bench-$name-XXXX.log")
  setsid "$home"/bin/standalone.sh -Dkaowu.data.dir="$data" -Dkaowu.demo=true -Dkaowu.demo.plan=true \
    -Dkaowu.db.url="$JDBC_URL" -Dkaowu.db.user=postgres "$@" >"$LOG" 2>&1 &
  SERVER=$!
  trap 'kill -- -$SERVER 2>/dev/null || true; sleep 3; kill -9 -- -$SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    if grep -q "WFLYSRV0025" "$LOG" && grep -q "$ready" "$LOG"; then break; fi
    sleep 1
  done
  grep -q "WFLYSRV0025" "$LOG" && grep -q "$ready" "$LOG" || { echo "the server is not ready ($ready); see $LOG"; exit 1; }
  PGJAR=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
}
