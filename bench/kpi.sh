#!/usr/bin/env bash
# The KPI speed goal: with 500 reps, 50,000 deals and 2,000,000 measurements in PostgreSQL, the
# manager dashboard and the funnel report answer within 150 ms at the 95th percentile.
#   - a local PostgreSQL (the distribution's: installed with apt-get and started with pg_ctlcluster
#     when needed) with a database goose_kpi owned by a user goose_kpi;
#   - the PostgreSQL build of Goose on it: Flyway creates the schema, bench/kpi-data.sql fills it
#     once, and again when its data is over a week old (it is dated back from the day it was loaded);
#   - every bench manager signed in; wrk (2 threads, 1 for 1 connection) asks for each page as each
#     manager in turn, {team} in a path standing for the manager's team id: WARMUP seconds
#     unmeasured, then the run;
#   - p50, p95, p99 and requests/s per page, printed and written into bench/README.md.
# Usage: bench/kpi.sh [seconds per run] [path ...]   (needs root or sudo for PostgreSQL, wrk, python3)
#   paths: by default "/kpis/team?period=month" and "/kpis/funnel?team={team}"
#   settings: CONNECTIONS=8 WARMUP=10 MANAGERS=50 (how many managers take turns)
#             CACHE_TTL=PT10S (goose.cache.ttl, the app's default; PT0S turns every read cache off)
#             RELOAD=1 (drop the database and load the data again)
#             AS=reps (sign in each team's first rep instead of its manager)
#             PREPARE=file (sourced once the data is there, before signing in; may set EXTRA, a line for the results)
#             RESULTS=name (the results section of bench/README.md to write; kpi.sh by default)
DURATION="${1:-10}"
shift || true
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=("/kpis/team?period=month" "/kpis/funnel?team={team}")
WARMUP="${WARMUP:-10}"
CONNECTIONS="${CONNECTIONS:-8}"
MANAGERS="${MANAGERS:-50}"
CACHE_TTL="${CACHE_TTL:-PT10S}"
GOOSE_DB=postgresql
source "$(dirname "$0")/common.sh"
command -v python3 >/dev/null || { echo "python3 is missing: apt-get install -y python3" >&2; exit 1; }

MANAGER_PASSWORD=bench-manager-password # the hash in bench/kpi-data.sql
export PGHOST=127.0.0.1 PGUSER=goose_kpi PGPASSWORD=goose-kpi-bench PGDATABASE=goose_kpi
# The superuser by its local socket, without the app user's settings above.
as_postgres() {
  local clean=(env -u PGHOST -u PGUSER -u PGPASSWORD -u PGDATABASE)
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "${clean[@]}" "$@"; else sudo -u postgres "${clean[@]}" "$@"; fi
}
sql() { psql -qAtX -v ON_ERROR_STOP=1 -c "$1"; }

# PostgreSQL: the first cluster, started when down; made for the newest version when there is none.
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || apt-get install -y postgresql >&2
if [ -z "$(pg_lsclusters -h)" ]; then
  pg_createcluster "$(ls /usr/lib/postgresql | sort -V | tail -1)" main >&2
fi
read -r PG_VERSION PG_CLUSTER PGPORT PG_STATUS _ < <(pg_lsclusters -h | head -1)
export PGPORT
[ "$PG_STATUS" = online ] || pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
as_postgres psql -p "$PGPORT" -qX -v ON_ERROR_STOP=1 -d postgres >/dev/null <<'SQL'
do $$ begin
  if not exists (select from pg_roles where rolname = 'goose_kpi') then
    create role goose_kpi login password 'goose-kpi-bench';
  end if;
end $$;
SQL
fresh_database() {
  as_postgres dropdb -p "$PGPORT" --if-exists goose_kpi 2>/dev/null
  as_postgres createdb -p "$PGPORT" -O goose_kpi goose_kpi
}
[ -n "$(as_postgres psql -p "$PGPORT" -qAtX -d postgres -c "select 1 from pg_database where datname = 'goose_kpi'")" ] || fresh_database

# The data is there when its counts are and its newest day is this week's; anything else goes.
STATE=empty
if [ -n "$(sql "select to_regclass('measurement')")" ]; then
  STATE=$(sql "select case
    when (select count(*) from person where email like '%@bench.goose.local') = 550 and (select count(*) from deal) = 50000
      and (select count(*) from measurement) = 2000000 and (select max(occurred_on) from measurement) >= current_date - 7 then 'loaded'
    when (select count(*) from person where role <> 'admin') + (select count(*) from deal) + (select count(*) from measurement) = 0 then 'empty'
    else 'other' end")
fi
if [ "$STATE" = other ] || [ -n "${RELOAD:-}" ]; then
  echo "goose_kpi is to be loaded again (RELOAD, or other or older data): dropping it" >&2
  fresh_database
  STATE=empty
fi

start_goose 8097 1g QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PGPORT/goose_kpi" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" GOOSE_CACHE_TTL="$CACHE_TTL"

if [ "$STATE" = empty ]; then
  echo "loading bench/kpi-data.sql (about a minute)" >&2
  STARTED=$(date +%s.%N)
  psql -X -v ON_ERROR_STOP=1 -f bench/kpi-data.sql > "$WORK/load.log" 2>&1 || { tail -20 "$WORK/load.log" >&2; exit 1; }
  TOOK=$(awk -v a="$STARTED" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }')
  # Seconds per step, from the \echo labels and \timing lines of the script.
  STEPS=$(awk '/^Time: /{ t[step] += $2 } /^[a-z][a-z ]+$/{ step = $0; order[++n] = $0 }
    END { for (i = 1; i <= n; i++) printf "%s%s %.1f s", (i > 1 ? ", " : ""), order[i], t[order[i]] / 1000 }' "$WORK/load.log")
  sql "comment on database goose_kpi is 'loaded by bench/kpi-data.sql on $(date -u +%F) in $TOOK s ($STEPS)'"
fi
LOAD=$(sql "select shobj_description(oid, 'pg_database') from pg_database where datname = current_database()")
DATA=$(sql "select format('%s teams, %s managers, %s reps, %s deals, %s stage changes, %s measurements, %s targets; database %s',
  (select count(*) from team), (select count(*) from person where role = 'manager'), (select count(*) from person where role = 'rep'),
  (select count(*) from deal), (select count(*) from stage_change), (select count(*) from measurement),
  (select count(*) from kpi_target), pg_size_pretty(pg_database_size(current_database())))")
echo "$DATA; $LOAD" >&2
EXTRA=""
if [ -n "${PREPARE:-}" ]; then
  # shellcheck source=/dev/null
  source "$PREPARE"
fi

# Every manager signed in, and per page a file of what each of them asks for.
for i in "${!PAGES[@]}"; do : > "$WORK/page-$i.tsv"; done
while IFS='|' read -r EMAIL TEAM; do
  rm -f "$WORK/cookies"
  sign_in "$EMAIL" "$MANAGER_PASSWORD" >/dev/null
  COOKIE=$(browser_cookies)
  [[ "$COOKIE" == *goose_session=* ]] || { echo "Could not sign in as $EMAIL" >&2; exit 1; }
  for i in "${!PAGES[@]}"; do printf '%s\t%s\n' "$COOKIE" "${PAGES[$i]//\{team\}/$TEAM}" >> "$WORK/page-$i.tsv"; done
done < <(if [ "${AS:-}" = reps ]; then
  sql "select p.email, t.id from team t join person p on p.id = (select min(r.id) from person r where r.team_id = t.id and r.role = 'rep')
    where p.email like 'rep-%@bench.goose.local' order by p.email limit $MANAGERS"
else
  sql "select p.email, t.id from team t join person p on p.id = t.manager_id
    where p.email like 'manager-%@bench.goose.local' order by p.email limit $MANAGERS"
fi)
for i in "${!PAGES[@]}"; do
  IFS=$'\t' read -r COOKIE URL < "$WORK/page-$i.tsv"
  STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$URL")
  [ "$STATUS" = 200 ] || { echo "GET $URL answers $STATUS, not 200: is that page built yet? Pass other paths." >&2; exit 1; }
done

THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 )) # wrk wants a connection a thread at least
measure() { # page index; prints "requests/s p50 p95 p99 errors"
  if [ "$WARMUP" != 0 ]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" --timeout 30s -d"${WARMUP}s" -s bench/kpi.lua "$BASE" -- "$WORK/page-$1.tsv" >/dev/null
  fi
  wrk -t"$THREADS" -c"$CONNECTIONS" --timeout 30s -d"${DURATION}s" -s bench/kpi.lua "$BASE" -- "$WORK/page-$1.tsv" | sed -n 's/^kpi: //p'
}
LOADAVG=$(cut -d' ' -f1 /proc/loadavg)
TABLE="| page | requests/s | p50 | p95 | p99 | errors | goal |
|---|---|---|---|---|---|---|"
for i in "${!PAGES[@]}"; do
  read -r RPS P50 P95 P99 ERRORS <<< "$(measure "$i")"
  [ -n "$P99" ] || { echo "wrk measured nothing for ${PAGES[$i]}" >&2; exit 1; }
  case "${PAGES[$i]}" in
    /kpis/team*|/kpis/funnel*|/pay*) GOAL="p95 ≤ 150 ms: $(awk -v p="$P95" 'BEGIN { print (p <= 150 ? "met" : "missed") }')" ;;
    *) GOAL="" ;;
  esac
  TABLE+=$'\n'"| GET ${PAGES[$i]} | $RPS | $P50 ms | $P95 ms | $P99 ms | $ERRORS | $GOAL |"
done
echo "$TABLE"

# The results section of bench/README.md, between its markers, is this run's.
SETUP="Run on $(date -u +%F) (load average $LOADAVG before measuring) at $(git describe --always --dirty 2>/dev/null || echo 'an unknown commit'): $(nproc) cores, \
$(awk '/MemTotal/{ printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1 | sed 's/"//g'), \
PostgreSQL $(sql 'show server_version' | cut -d' ' -f1) (shared_buffers $(sql 'show shared_buffers')); Goose with \`-Xmx1g\`, \
\`goose.cache.ttl=$CACHE_TTL\`; wrk with $THREADS threads and $CONNECTIONS connections, $DURATION s after $WARMUP s of warm-up, \
each request as the next of $(wc -l < "$WORK/page-0.tsv") $([ "${AS:-}" = reps ] && echo "reps, each the first of a team" || echo managers) ({team}: their team's id).${EXTRA:+ $EXTRA}"
python3 - "$SETUP" "$DATA; $LOAD." "$TABLE" "${RESULTS:-kpi.sh}" <<'PY'
import sys
setup, data, table, name = sys.argv[1:5]
start, end = f"<!-- {name} results -->", f"<!-- end of {name} results -->"
text = open("bench/README.md").read()
section = f"{start}\n{setup}\n\nData: {data}\n\n{table}\n{end}"
if start in text and end in text:
    text = text[:text.index(start)] + section + text[text.index(end) + len(end):]
else:
    text = text.rstrip("\n") + f"\n\n## `{name}` results\n\n" + section + "\n"
open("bench/README.md", "w").write(text)
PY
echo "results written to bench/README.md" >&2
