# Sourced by bench/kpi.sh (PREPARE=bench/pay-prepare.sh) once its data is there: publishes a plan as
# the first admin, assigns it to every team from January 1, and times computing every statement of
# the month, the admin's Team pay through the API, three times. Sets EXTRA for the results.
PLAN_MARKDOWN=$(cat <<'MD'
# Bench pay plan

```plan
name: Bench plan
currency: EUR
effective: 2020-01-01
base: 4000
commission:
  quota: 600000
  tiers:
    - {from: 0, to: 100, rate: 8}
    - {from: 100, rate: 12, retroactive: true}
team-pool:
  - name: Team pool
    measure: deals
    target: 40
    tiers:
      - {at: 100, pool: 5000}
draw: {amount: 1500, periods: 3}
```
MD
)
api() { curl -fsS -H "Authorization: Basic $BASIC" -H 'Content-Type: application/json' "$@"; }
PLAN_SLUG=$(sql "select p.slug from playbook p where p.title = 'Bench pay plan' limit 1")
if [ -z "$PLAN_SLUG" ]; then
  BODY=$(python3 -c 'import json,sys; print(json.dumps({"markdown": sys.argv[1]}))' "$PLAN_MARKDOWN")
  PLAN_SLUG=$(api -d "$BODY" "$BASE/api/v1/playbooks" | python3 -c 'import json,sys; print(json.load(sys.stdin)["slug"])')
  BODY=$(python3 -c 'import json,sys; print(json.dumps({"markdown": sys.argv[1], "baseVersion": 0, "note": "bench"}))' "$PLAN_MARKDOWN")
  api -o /dev/null -d "$BODY" "$BASE/api/v1/playbooks/$PLAN_SLUG/versions"
fi
YEAR_START="$(date -u +%Y)-01-01"
ASSIGNED=0
for TEAM in $(sql "select t.id from team t where not exists (select 1 from plan_assignment a where a.team_id = t.id) order by t.id"); do
  api -o /dev/null -d "{\"plan\": \"$PLAN_SLUG\", \"team\": $TEAM, \"startsOn\": \"$YEAR_START\"}" "$BASE/api/v1/pay/assignments"
  ASSIGNED=$((ASSIGNED + 1))
done
PEOPLE=$(sql "select count(*) from person where active")
TIMES=()
for _ in 1 2 3; do
  TIMES+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Basic $BASIC" "$BASE/api/v1/pay/team")")
done
echo "all statements of the month (GET /api/v1/pay/team as an admin, $PEOPLE people): ${TIMES[*]} s" >&2
EXTRA="Plan \`$PLAN_SLUG\` on every team ($ASSIGNED assigned in this run). Computing every statement of the month (the admin's \
\`GET /api/v1/pay/team\`, $PEOPLE people), three times: ${TIMES[*]} s (goal: at most 5 s)."
