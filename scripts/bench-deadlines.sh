#!/usr/bin/env bash
# Reminder-scan benchmark (issue 4): the daily ScanReminders job, sent through the mediator as the scheduler sends it,
# on SQLite with 100,000 and 1,000,000 open deadlines of which 100, 1,000 or 10,000 have a reminder due that day.
# Target: under 2 s with 1,000,000 stored, and a cost that follows the number due, not the number stored.
#
# Usage: scripts/bench-deadlines.sh [STORED [DUE]] [options...]
#   STORED   open deadlines stored, comma-separated (100000,1000000): one database each
#   DUE      deadlines due on the benchmark day, comma-separated (100,1000,10000): measured on every database
#   options  passed to the tool, e.g. --runs 7
#   e.g.     scripts/bench-deadlines.sh 1000000 10000 --runs 9
# Environment:
#   YOUTHS (20000), STAFF (40), SEED (42)   the young people and team the deadlines belong to
#   RUNS (5)                                 timed scans for each pair (the median is reported)
#   BENCH_DIR (/tmp/remiv-bench)             where the generated databases are cached between runs
#   REGENERATE=1                             generate again even when complete databases are cached
# Each database is generated once (1,000,000 deadlines: about 3 minutes) into
# $BENCH_DIR/deadlines-n<stored>-p<largest due>-y<youths>-s<seed>/ and reused; the tool puts the day's state back before
# every scan and leaves the database as generated.
# Exit code: 2 when a median reaches 2 s (the table says which), 0 when all are under.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STORED="100000,1000000"
DUE="100,1000,10000"
if [[ $# -gt 0 && "$1" != --* ]]; then STORED="$1"; shift; fi
if [[ $# -gt 0 && "$1" != --* ]]; then DUE="$1"; shift; fi
EXTRA=()
if [[ "${REGENERATE:-0}" == "1" ]]; then EXTRA+=(--regenerate); fi

dotnet build "$ROOT/tools/Remiv.Bench" -c Release -v quiet -nologo >/dev/null
BENCH=(dotnet "$ROOT/tools/Remiv.Bench/bin/Release/net10.0/Remiv.Bench.dll")

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/^Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"${BENCH[@]}" deadlines --stored "$STORED" --due "$DUE" --runs "${RUNS:-5}" \
    --youths "${YOUTHS:-20000}" --staff "${STAFF:-40}" --seed "${SEED:-42}" --dir "${BENCH_DIR:-/tmp/remiv-bench}" \
    ${EXTRA[@]+"${EXTRA[@]}"} "$@"
