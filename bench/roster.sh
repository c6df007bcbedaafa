#!/usr/bin/env bash
# The roster benchmark (in memory, no server): compiles the EJB module's classes (under the project's Maven lock,
# KAOWU_LOCK, default /tmp/kaowu-mvn.lock), then runs bench/RosterLoad.java outside the lock: RosterSolver on the
# national instance (33,000 rooms, 80,000 staff) with a short and a long limit, and RosterSolver against Timefold
# Solver 1.24 on a sub-instance of a few districts with the same limit.
# Usage: bench/roster.sh [short seconds, 60] [long seconds, 600; 0 skips] [districts, 2] [RosterSolver seconds on
#        them, 60] [Timefold seconds on them, comma-separated, 60,600]
set -euo pipefail
cd "$(dirname "$0")/.."
SHORT=${1:-60}
LONG=${2:-600}
DISTRICTS=${3:-2}
SUB=${4:-60}
TF=${5:-60,600}
LOCK=${KAOWU_LOCK:-/tmp/kaowu-mvn.lock}
OUT=$(mktemp -d /tmp/kaowu-roster-bench-XXXX)
flock "$LOCK" sh -c "mvn -o -q -pl ejb compile && \
  mvn -q -f bench/timefold.pom.xml dependency:build-classpath -Dmdep.outputFile=$OUT/cp.txt"
CP="ejb/target/classes:$(cat "$OUT/cp.txt")"
javac -nowarn -d "$OUT" -cp "$CP" bench/RosterLoad.java
java -Xms6g -Xmx6g -cp "$OUT:$CP" RosterLoad --short "$SHORT" --long "$LONG" --districts "$DISTRICTS" \
  --sub-limit "$SUB" --timefold-limits "$TF"
