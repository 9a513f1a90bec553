#!/usr/bin/env bash
# Measures what signing in costs per request, on the packaged app with its embedded database:
#   - the framework floor: an unauthenticated health check;
#   - the JSON API with HTTP Basic (bcrypt is skipped once a password has matched);
#   - a page with a session cookie (one session lookup per request);
#   - HTTP Basic with an unknown email, which pays a full bcrypt on every call, for contrast.
# Usage: bench/auth.sh [seconds per run]   (needs wrk: apt-get install -y wrk)
DURATION="${1:-10}"
source "$(dirname "$0")/common.sh"
start_goose 8090 512m
SESSION=$(sign_in)
UNKNOWN=$(printf '%s:%s' "nobody@goose.local" "$PASSWORD" | base64 -w0)

run() { # name, then wrk arguments
  local name="$1"; shift
  curl -fs -o /dev/null "$@" 2>/dev/null || true # warm up the path once
  wrk -t2 -c32 -d"${DURATION}s" --latency "$@" > "$WORK/wrk.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/{print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1=="99%"{print $2}' "$WORK/wrk.txt")
  non2xx=$(awk '/Non-2xx/{print $5}' "$WORK/wrk.txt")
  printf '| %s | %s | %s | %s |\n' "$name" "$rps" "$p99" "${non2xx:-0}"
}

# Warm the JIT before measuring.
wrk -t2 -c32 -d5s -H "Authorization: Basic $BASIC" "$BASE/api/v1/me" >/dev/null
wrk -t2 -c32 -d5s -H "Cookie: goose_session=$SESSION" "$BASE/" >/dev/null

echo "| what | requests/s | p99 | non-2xx |"
echo "|---|---|---|---|"
run "GET /q/health/live (no authentication)" "$BASE/q/health/live"
run "GET /api/v1/me, HTTP Basic" -H "Authorization: Basic $BASIC" "$BASE/api/v1/me"
run "GET / (home page), session cookie" -H "Cookie: goose_session=$SESSION" "$BASE/"
run "GET /api/v1/me, HTTP Basic, unknown email (bcrypt every call)" -H "Authorization: Basic $UNKNOWN" "$BASE/api/v1/me"
