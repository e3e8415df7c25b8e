#!/usr/bin/env bash
# PDF engine benchmark (issue 6): a case summary of 200 journal entries (header, identity table, status and situation,
# the entries in a table whose header repeats on every page, footer "Confidentiel … page X / Y") rendered again and
# again, then 100 different summaries one after the other, as the batch job makes them.
# Targets: median under 50 ms, file under 150 KB, 100 summaries under 10 s.
#
# Usage: scripts/bench-pdf.sh [options...]     options are passed to the tool, e.g. --runs 100 --entries 500
#   --samples <folder>   also writes sample PDFs there (the summary, every script, a 300-row table, images, an empty
#                        document); check them with: for f in <folder>/*.pdf; do qpdf --check "$f"; done
# Environment: RUNS (50), BATCH (100), ENTRIES (200), SEED (42)
# Exit code: 2 when a target is missed (the output says which), 0 when all are met.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

dotnet build "$ROOT/tools/Remiv.Bench" -c Release -v quiet -nologo >/dev/null
BENCH=(dotnet "$ROOT/tools/Remiv.Bench/bin/Release/net10.0/Remiv.Bench.dll")

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/^Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"${BENCH[@]}" pdf --entries "${ENTRIES:-200}" --runs "${RUNS:-50}" --batch "${BATCH:-100}" --seed "${SEED:-42}" "$@"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
