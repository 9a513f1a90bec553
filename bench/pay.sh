#!/usr/bin/env bash
# The pay speed goals, on bench/kpi.sh's data (500 reps, 50,000 deals, 2,000,000 measurements, in
# PostgreSQL) with one plan (commission with a retroactive tier, a team pool, a draw) on every team:
#   - computing every statement of a month at most 5 s (timed by bench/pay-prepare.sh);
#   - a rep's statement page (My pay, as the first rep of each team) and the manager's Team pay page
#     at most 150 ms at the 95th percentile.
# Usage: bench/pay.sh [seconds per run]   (as bench/kpi.sh: root or sudo for PostgreSQL, wrk, python3)
set -e
cd "$(dirname "$0")/.."
PREPARE=bench/pay-prepare.sh RESULTS=pay.sh bench/kpi.sh "${1:-10}" "/pay/team"
PREPARE=bench/pay-prepare.sh RESULTS="pay.sh, reps" AS=reps bench/kpi.sh "${1:-10}" "/pay"
