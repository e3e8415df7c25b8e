#!/usr/bin/env bash
# Foundation benchmark: cold start to ready, API sign-in, and one request through the whole pipeline
# (bearer authentication -> logging -> authorisation -> validation -> handler -> Identity store).
# Usage: scripts/bench-foundation.sh [requests]   (default 300). Needs curl and python3. Release build, SQLite.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-300}"
PORT=5181
WORK="$(mktemp -d)"
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

dotnet build "$ROOT/src/Remiv.Web" -c Release -v quiet -nologo >/dev/null
DLL="$ROOT/src/Remiv.Web/bin/Release/net10.0/Remiv.Web.dll"

start=$(date +%s%N)
ASPNETCORE_ENVIRONMENT=Development Database__SqlitePath="$WORK/remiv.db" Logging__LogLevel__Default=Warning \
    dotnet "$DLL" --demo --urls "http://127.0.0.1:$PORT" >"$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; do sleep 0.05; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))

login() {
    curl -s -o "$WORK/token.json" -w '%{time_total}\n' -X POST "http://127.0.0.1:$PORT/api/v1/auth/login" \
        -H 'Content-Type: application/json' -d '{"email":"coordination@remiv.example","password":"Remiv-Demo-Marche-2026"}'
}
for _ in 1 2 3; do login >/dev/null; done   # warm-up
for _ in $(seq 1 30); do login; done >"$WORK/login.txt"
TOKEN=$(python3 -c "import json;print(json.load(open('$WORK/token.json'))['accessToken'])")

for _ in $(seq 1 20); do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/me"; done
for _ in $(seq 1 "$N"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/me"
done >"$WORK/me.txt"

python3 - "$ready" "$WORK/login.txt" "$WORK/me.txt" <<'PY'
import sys, statistics
def pct(xs, p):
    xs = sorted(xs); k = max(0, min(len(xs) - 1, round(p / 100 * len(xs)) - 1)); return xs[k]
print(f"cold start to ready (migrate + demo seed): {sys.argv[1]} ms")
for name, path in (("POST /api/v1/auth/login", sys.argv[2]), ("GET /api/v1/me (bearer)", sys.argv[3])):
    xs = [float(l) * 1000 for l in open(path) if l.strip()]
    print(f"{name}: n={len(xs)} p50={statistics.median(xs):.1f} ms p95={pct(xs, 95):.1f} ms max={max(xs):.1f} ms")
PY
