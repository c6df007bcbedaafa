#!/usr/bin/env bash
# The admission ticket benchmark (in memory, no server): compiles the EJB module (which also fetches and unpacks the
# CJK font), then runs bench/TicketLoad.java: ticket PDFs per second against a minimal one-page OpenPDF document in the
# same font, in the same run. Holds the project's Maven lock (KAOWU_LOCK, default /tmp/kaowu-mvn.lock) for the whole
# run so that no build shares the machine with it. KAOWU_BENCH_DRIVER runs another driver of the same options
# (bench/certificates.sh does). Usage: bench/tickets.sh [docs per round] [rounds] [warm-up] [threads]
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-400}
ROUNDS=${2:-7}
WARMUP=${3:-3}
THREADS=${4:-1,2}
LOCK=${KAOWU_LOCK:-/tmp/kaowu-mvn.lock}
CP_FILE=$(mktemp /tmp/kaowu-bench-cp-XXXX)
trap 'rm -f "$CP_FILE"' EXIT
flock "$LOCK" sh -c "mvn -o -q -pl ejb compile dependency:build-classpath -Dmdep.outputFile=$CP_FILE \
  -Dmdep.includeScope=compile && \
  java -Xms1g -Xmx1g -cp ejb/target/classes:\$(cat $CP_FILE) ${KAOWU_BENCH_DRIVER:-bench/TicketLoad.java} --docs $DOCS --rounds $ROUNDS \
  --warmup $WARMUP --threads $THREADS"
