#!/usr/bin/env bash
# Times the exports (projects XLSX/CSV of 20,000 projects), the review report PDF and the dashboard
# over HTTP beside a static file, on the AlignmentBenchmark data set, on H2 (a file database under target/bench) and on PostgreSQL (a database
# regional_tc_bench on 127.0.0.1:5432, created here as the postgres OS user).
# Usage: bench/report.sh [h2|postgres|both]   (default both). Each run starts from an empty database and
# loads the data again (about a minute per database), so the figures never depend on an earlier run.
# The databases are prepared exactly as for bench/alignment.sh, which runs the benchmark class named here.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BENCH_CLASS=ReportBenchmark BENCH_HEAP=512m exec bench/alignment.sh "$@"
