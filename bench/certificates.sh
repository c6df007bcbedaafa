#!/usr/bin/env bash
# The signed certificate benchmark (in memory, no server): bench/CertificateLoad.java, certificates rendered and signed
# per second against a minimal one-page OpenPDF document in the same font, unsigned, in the same run; compiled and run
# under the Maven lock by bench/tickets.sh. Usage: bench/certificates.sh [docs per round] [rounds] [warm-up] [threads]
set -euo pipefail
KAOWU_BENCH_DRIVER=bench/CertificateLoad.java exec "$(dirname "$0")/tickets.sh" "$@"
