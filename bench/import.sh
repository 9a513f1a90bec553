#!/usr/bin/env bash
# Times the CSV imports at their documented limit through the API, as a script would call them:
#   - 10,000 new deals (POST /api/v1/deals/import?apply=true), then the same file again (10,000 updates);
#   - 10,000 new measurements (POST /api/v1/measurements/import), then the same file again (all unchanged);
#   - the same deal file with one bad row near the end: refused whole, nothing saved.
# Each import runs RUNS times (default 3) on fresh external ids; prints a Markdown table of seconds.
# Usage: bench/import.sh [runs]   (needs curl and python3)
RUNS="${1:-3}"
NEEDS_WRK=no
source "$(dirname "$0")/common.sh"
AUTH=(-u "$ADMIN:$PASSWORD")
ROWS=10000

start_goose 8093 1g

# deals.csv and measurements.csv for one run: fresh external ids under a prefix.
generate() {
  python3 - "$WORK" "$1" "$ADMIN" "$ROWS" <<'PY'
import sys, datetime
work, prefix, admin, rows = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
with open(f"{work}/deals.csv", "w") as out:
    out.write("name,account,amount,currency,stage,owner_email,expected_close,next_step,external_id,source\n")
    for i in range(1, rows + 1):
        stage = ["prospecting", "discovery", "demo", "proposal"][i % 4]
        out.write(f"Deal {i},Account {i % 311},{i * 7}.50,EUR,{stage},{admin},2027-0{1 + i % 9}-15,Call back,{prefix}-{i},bench\n")
with open(f"{work}/measurements.csv", "w") as out:
    out.write("person,kpi,date,value,external_id,note\n")
    first = datetime.date(2026, 1, 1)
    for i in range(1, rows + 1):
        kpi = ["calls", "conversations", "meetings-booked"][i % 3]
        out.write(f"{admin},{kpi},{first + datetime.timedelta(days=i % 300)},{i % 40},{prefix}-{i},dialler\n")
PY
}

# post PATH FILE: seconds and HTTP status of one import.
post() {
  curl -s -o "$WORK/answer.json" -w '%{time_total} %{http_code}\n' "${AUTH[@]}" -H 'Content-Type: text/csv' \
    --data-binary @"$2" "$BASE$1"
}

echo "| run | 10,000 new deals | 10,000 deal updates | 10,000 new measurements | 10,000 unchanged measurements | bad row at 9,999 |"
echo "|---|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
  generate "b$run-$RANDOM"
  read -r new_deals s1 < <(post "/api/v1/deals/import?apply=true" "$WORK/deals.csv")
  read -r updated_deals s2 < <(post "/api/v1/deals/import?apply=true" "$WORK/deals.csv")
  read -r new_measurements s3 < <(post "/api/v1/measurements/import" "$WORK/measurements.csv")
  read -r same_measurements s4 < <(post "/api/v1/measurements/import" "$WORK/measurements.csv")
  generate "x$run-$RANDOM"
  sed -i 's/^Deal 9999,\([^,]*\),[^,]*,/Deal 9999,\1,lots,/' "$WORK/deals.csv"
  read -r refused s5 < <(post "/api/v1/deals/import?apply=true" "$WORK/deals.csv")
  echo "| $run | $new_deals s ($s1) | $updated_deals s ($s2) | $new_measurements s ($s3) | $same_measurements s ($s4) | $refused s ($s5) |"
done
