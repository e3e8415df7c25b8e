#!/usr/bin/env bash
# Activity report benchmark (issue 7): on SQLite, with 100,000 young people and 2,000,000 follow-up entries from the
# case-file generator, plus exit reasons, partners and referrals, deadlines, psychological requests and sessions,
# workshops and attendance in proportion, times GetActivityReport for a year through the mediator and the web host's
# pipeline, as a coordinator. Target: under 3 s.
#
# Usage: scripts/bench-report.sh [options...]   e.g. scripts/bench-report.sh --runs 20 --explain
#        scripts/bench-report.sh --from 2026-01-01 --to 2026-12-31 --template ddets
# The database is generated once (several minutes) into /tmp/remiv-bench/report-y100000-e2000000-s42/ and reused;
# --regenerate starts again. Prints a markdown table (median, p95, max) and the SQL of the last run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build "$ROOT/tools/Remiv.Bench" -c Release -v quiet -nologo >/dev/null
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec dotnet "$ROOT/tools/Remiv.Bench/bin/Release/net10.0/Remiv.Bench.dll" report "$@"
