#!/usr/bin/env bash
# The stage-guide speed goals, all in one run with wrk (2 threads, 32 connections):
#   - nginx serving a ~10 KB script as a static file from loopback (the limit);
#   - a bare Quarkus endpoint returning the same HTML from memory (the framework's floor, bench/floor);
#   - the authenticated stage-guide API, GET /api/v1/deals/{id}/guides (HTTP Basic);
#   - the authenticated deal page, GET /deals/{id} (session cookie).
#   - the stage-guide API again, as a client that holds the guides asks: If-None-Match, 304 Not Modified;
#   - start-up until ready (health UP and a page answers): the floor, Goose on a fresh database, Goose restarted,
#     and the stack's floor (bench/stack-floor: Goose's extensions with one entity and nothing of Goose) both ways;
#   - the resident memory (RSS) of the Goose process, the most seen while the API and the page are under load.
# Goals: the API at least half the floor's throughput, the page at least a quarter, both p99 <= 10 ms;
# Goose ready in at most twice the floor's time; at most 350 MB RSS under load.
# Usage: bench/deals.sh [seconds per run]   (needs wrk, nginx and python3: apt-get install -y wrk nginx)
DURATION="${1:-10}"
WARMUP="${WARMUP:-10}"  # seconds of load before each measured run, so the JIT has compiled the path
source "$(dirname "$0")/common.sh"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx" >&2; exit 1; }
AUTH=(-u "$ADMIN:$PASSWORD")

# The memory of a production node (README, "Production"): the heap, and bounds on class metadata and
# compiled code, which otherwise only the machine limits; and the throughput collector, which on one or
# two cores and this heap costs less per request than G1 (see bench/README.md, 2026-12-02 quiet runs).
# Two malloc arenas instead of one per core and thread: glibc's default keeps native memory that the
# JVM's threads freed long ago (a few MB less RSS under load, bench/README.md 2026-12-03).
NODE_OPTS+=(-XX:+UseParallelGC -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=96m)
ARENAS="${MALLOC_ARENA_MAX:-2}"

# The stack's floor, started as Goose is (same heap, options and kind of archive), on a fresh database and again,
# first, while the machine is as quiet as for Goose's first start.
[ -f bench/stack-floor/target/quarkus-app/quarkus-run.jar ] || (cd bench/stack-floor && ../../mvnw -B -q package)
start_stack() { # prints seconds until its endpoint answers
  local begun pid
  begun=$(date +%s%N)
  (cd bench/stack-floor/target/quarkus-app && exec env MALLOC_ARENA_MAX="$ARENAS" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$WORK/stack/db;DB_CLOSE_ON_EXIT=FALSE" \
    java "-Xmx${GOOSE_HEAP:-192m}" "${NODE_OPTS[@]}" -Dquarkus.http.port=8097 -Dquarkus.log.level=WARN \
    -jar quarkus-run.jar) >> "$WORK/stack.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 2400); do curl -fs -o /dev/null http://127.0.0.1:8097/script && break; sleep 0.05; done
  awk -v ns=$(( $(date +%s%N) - begun )) 'BEGIN { printf "%.1f", ns / 1e9 }'
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
STACK_FRESH=$(start_stack)
STACK_RESTART=$(start_stack)

start_goose 8092 "${GOOSE_HEAP:-192m}" MALLOC_ARENA_MAX="$ARENAS"
FRESH_START=$STARTED_IN

# A playbook whose discovery section is a ~10 KB script, and a deal in discovery.
python3 - "$WORK" <<'PY'
import json, sys
lines = ["# Bench script", "", "## Discovery call {#bench-discovery stage=discovery}", ""]
while sum(len(l) + 1 for l in lines) < 9500:
    n = len(lines)
    lines += [f"**Ask {n}:** \"What happens if nothing changes by next quarter?\" Listen, then write their words down.", ""]
lines += ["- [ ] Pain confirmed {#bench-pain}", "- [ ] Budget owner named {#bench-budget}", ""]
open(sys.argv[1] + "/playbook.json", "w").write(json.dumps({"markdown": "\n".join(lines)}))
PY
SLUG=$(curl -fs "${AUTH[@]}" -H 'Content-Type: application/json' -d @"$WORK/playbook.json" "$BASE/api/v1/playbooks" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["slug"])')
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d.update(baseVersion=0, note="bench"); print(json.dumps(d))' \
  "$WORK/playbook.json" > "$WORK/publish.json"
curl -fs -o /dev/null "${AUTH[@]}" -H 'Content-Type: application/json' -d @"$WORK/publish.json" "$BASE/api/v1/playbooks/$SLUG/versions"
DEAL=$(curl -fs "${AUTH[@]}" -H 'Content-Type: application/json' \
  -d '{"name":"Bench deal","account":"Acme","amount":"1000","stage":"discovery"}' "$BASE/api/v1/deals" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl -fs "${AUTH[@]}" "$BASE/api/v1/deals/$DEAL/guides" \
  | python3 -c 'import json,sys; g=[g for g in json.load(sys.stdin)["guides"] if g["anchor"]=="bench-discovery"][0]; print(g["html"])' \
  > "$WORK/script.html"
echo "script: $(wc -c < "$WORK/script.html") bytes" >&2

# nginx with that file, on loopback only.
mkdir -p "$WORK/nginx/logs"
chmod 755 "$WORK"  # nginx workers run as nobody
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:8095; root $WORK; location / { } }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
trap 'nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -s stop 2>/dev/null || true; kill "$FLOOR" 2>/dev/null || true;
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

# The floor: bench/floor, built once.
[ -f bench/floor/target/quarkus-app/quarkus-run.jar ] || (cd bench/floor && ../../mvnw -B -q package)
FLOOR_BEGUN=$(date +%s%N)
java -Xmx256m -Dquarkus.http.port=8096 -Dquarkus.log.level=WARN -Dscript.file="$WORK/script.html" \
  -jar bench/floor/target/quarkus-app/quarkus-run.jar > "$WORK/floor.log" 2>&1 &
FLOOR=$!
for _ in $(seq 1 2400); do curl -fs -o /dev/null http://127.0.0.1:8096/script && break; sleep 0.05; done
FLOOR_START=$(awk -v ns=$(( $(date +%s%N) - FLOOR_BEGUN )) 'BEGIN { printf "%.1f", ns / 1e9 }')

sign_in >/dev/null
COOKIES=$(browser_cookies)
measure() { # name, then wrk arguments; prints "rps p99"
  wrk -t2 -c32 -d"${WARMUP}s" "$@" >/dev/null
  wrk -t2 -c32 -d"${DURATION}s" --latency "$@" > "$WORK/wrk.txt"
  echo "$(awk '/Requests\/sec/{print $2}' "$WORK/wrk.txt") $(awk '$1=="99%"{print $2}' "$WORK/wrk.txt")"
}
# The most resident memory the Goose process reaches while sampled (every 0.2 s, in MB).
rss_mb() { awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$APP/status"; }
watch_rss() { while kill -0 "$APP" 2>/dev/null; do rss_mb >> "$WORK/rss.txt"; sleep 0.2; done; }
watch_rss & RSS_WATCH=$!
ETAG=$(curl -fs -D - -o /dev/null "${AUTH[@]}" "$BASE/api/v1/deals/$DEAL/guides" | awk -F': ' 'tolower($1)=="etag" { sub(/\r$/, "", $2); print $2 }')
[ "$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" -H "If-None-Match: $ETAG" "$BASE/api/v1/deals/$DEAL/guides")" = 304 ] \
  || { echo "the guides were sent again to a client that holds them (no 304 for $ETAG)" >&2; exit 1; }

read -r NGINX NGINX_P99 <<< "$(measure http://127.0.0.1:8095/script.html)"
read -r BARE BARE_P99 <<< "$(measure http://127.0.0.1:8096/script)"
read -r API API_P99 <<< "$(measure -H "Authorization: Basic $BASIC" "$BASE/api/v1/deals/$DEAL/guides")"
read -r REPEAT REPEAT_P99 <<< "$(measure -H "Authorization: Basic $BASIC" -H "If-None-Match: $ETAG" "$BASE/api/v1/deals/$DEAL/guides")"
read -r PAGE PAGE_P99 <<< "$(measure -H "Cookie: $COOKIES" "$BASE/deals/$DEAL")"
kill "$RSS_WATCH" 2>/dev/null || true
RSS=$(sort -n "$WORK/rss.txt" | tail -1)

# A restart: the same folder, so the same database, migrated already, with its admin and playbook.
stop_goose
start_goose 8092 "${GOOSE_HEAP:-192m}" MALLOC_ARENA_MAX="$ARENAS"
RESTART=$STARTED_IN
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "| what | requests/s | p99 | of the floor | goal |"
echo "|---|---|---|---|---|"
echo "| nginx, static file (the limit) | $NGINX | $NGINX_P99 | $(ratio "$NGINX" "$BARE") | |"
echo "| bare Quarkus endpoint from memory (the floor) | $BARE | $BARE_P99 | 1.00 | |"
echo "| stage-guide API, Basic | $API | $API_P99 | $(ratio "$API" "$BARE") | ≥ 0.50, p99 ≤ 10 ms |"
echo "| stage-guide API, Basic, repeat with If-None-Match (304) | $REPEAT | $REPEAT_P99 | $(ratio "$REPEAT" "$BARE") | |"
echo "| deal page, session | $PAGE | $PAGE_P99 | $(ratio "$PAGE" "$BARE") | ≥ 0.25, p99 ≤ 10 ms |"
echo ""
echo "| start-up, until ready | seconds | of the floor | of the stack's floor | goal |"
echo "|---|---|---|---|---|"
echo "| bare Quarkus (the floor) | $FLOOR_START | 1.00 | | |"
echo "| Goose's extensions alone (the stack's floor), fresh database | $STACK_FRESH | $(ratio "$STACK_FRESH" "$FLOOR_START") | 1.00 | |"
echo "| the stack's floor, restart | $STACK_RESTART | $(ratio "$STACK_RESTART" "$FLOOR_START") | 1.00 | |"
echo "| Goose, fresh database | $FRESH_START | $(ratio "$FRESH_START" "$FLOOR_START") | $(ratio "$FRESH_START" "$STACK_FRESH") | ≤ 2.00 of the floor |"
echo "| Goose, restart | $RESTART | $(ratio "$RESTART" "$FLOOR_START") | $(ratio "$RESTART" "$STACK_RESTART") | ≤ 2.00 of the floor |"
echo ""
echo "Goose under load: at most $RSS MB resident (goal ≤ 350 MB), with MALLOC_ARENA_MAX=$ARENAS -Xmx${GOOSE_HEAP:-192m} ${NODE_OPTS[*]}."
echo "Load average before the runs: $LOAD_BEFORE."
