#!/usr/bin/env bash
# Psychologists' scheduling benchmark (issue 5): on SQLite, with every room of the hub busy every hour from 9:00 to 18:00
# for two years around today, times through the mediator and the web host's pipeline: booking a session as a
# coordinator (locks, clash check, availability, notices), the week of every session, one session with its history, one
# psychologist's calendar feed, and the day-before reminder scan.
#
# Usage: scripts/bench-sessions.sh [options...]   e.g. scripts/bench-sessions.sh --days 730 --rooms 6 --runs 30
# Prints a markdown table (median, p95, max of each operation); the database is made in a temporary folder and deleted.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build "$ROOT/tools/Remiv.Bench" -c Release -v quiet -nologo >/dev/null
exec dotnet "$ROOT/tools/Remiv.Bench/bin/Release/net10.0/Remiv.Bench.dll" sessions "$@"
