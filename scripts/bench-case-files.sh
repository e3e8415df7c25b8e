#!/usr/bin/env bash
# Case-file benchmark (issue 3): search, a youth's page with 2,000 entries, writing an entry, on SQLite with
# 100,000 young people and 2,000,000 follow-up entries generated through the domain by tools/Remiv.Bench.
#
# Usage: scripts/bench-case-files.sh [measure options...]       e.g. --iterations 200 --page-runs 50 --explain
# Environment:
#   YOUTHS (100000), ENTRIES (2000000), SEED (42)   size of the generated data
#   BENCH_DIR (/tmp/remiv-bench)                     where the generated database is cached between runs
#   REGENERATE=1                                     generate again even when a complete database is cached
# The database is generated once (a few minutes) into $BENCH_DIR/y<youths>-e<entries>-s<seed>/ and reused:
# each measure run adds the 420 entries it writes (with their audit lines and change records) and 110 page
# audit lines to it, which does not move the figures.
# Exit code: 2 when a target is missed (the table says which), 0 when all are met.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
YOUTHS="${YOUTHS:-100000}"
ENTRIES="${ENTRIES:-2000000}"
SEED="${SEED:-42}"
DIR="${BENCH_DIR:-/tmp/remiv-bench}/y${YOUTHS}-e${ENTRIES}-s${SEED}"
DB="$DIR/remiv-bench.db"

dotnet build "$ROOT/tools/Remiv.Bench" -c Release -v quiet -nologo >/dev/null
BENCH=(dotnet "$ROOT/tools/Remiv.Bench/bin/Release/net10.0/Remiv.Bench.dll")

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${REGENERATE:-0}" == "1" || ! -f "$DB.bench.json" ]]; then
    "${BENCH[@]}" generate --db "$DB" --youths "$YOUTHS" --entries "$ENTRIES" --seed "$SEED" --force
else
    echo "Reusing $DB (generated $(python3 -c "import json,sys;m=json.load(open(sys.argv[1]));print(m['GeneratedAt'][:16].replace('T',' '),'UTC in',m['GenerationSeconds'],'s')" "$DB.bench.json")); REGENERATE=1 to start again."
fi
echo
"${BENCH[@]}" measure --db "$DB" "$@"
