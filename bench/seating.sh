#!/usr/bin/env bash
# The seat allocation benchmark (in memory, no server): compiles the EJB module's classes, then runs
# bench/SeatingLoad.java on 10 k, 100 k and 1,000,000 candidates against a plain-Java sort of the same records.
# Holds the project's Maven lock (KAOWU_LOCK, default /tmp/kaowu-mvn.lock) for the whole run so that no build
# shares the machine with it. Usage: bench/seating.sh [rounds] [warm-up rounds] [sizes, comma-separated]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-7}
WARMUP=${2:-5}
SIZES=${3:-10000,100000,1000000}
LOCK=${KAOWU_LOCK:-/tmp/kaowu-mvn.lock}
exec flock "$LOCK" sh -c "mvn -o -q -pl ejb compile && \
  java -Xms3g -Xmx3g -cp ejb/target/classes bench/SeatingLoad.java --sizes $SIZES --rounds $ROUNDS --warmup $WARMUP"
