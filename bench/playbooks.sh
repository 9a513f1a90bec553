#!/usr/bin/env bash
# Measures the playbook goals on the packaged app with its embedded database:
#   - publishing a 100 KB playbook (parse, render, sanitize, diff against the previous version, store),
#     median of 30 publishes after 10 warm-up ones: on the server (its Server-Timing header) and as
#     the whole HTTP round trip of the JSON API, which also carries 100 KB in and the version out;
#   - a sync of 1,000 unchanged files, median of 5;
#   - reading that playbook as a page and through the API (wrk, 2 threads, 32 connections).
# Usage: bench/playbooks.sh [seconds per wrk run]   (needs wrk and python3)
DURATION="${1:-10}"
source "$(dirname "$0")/common.sh"
AUTH=(-u "$ADMIN:$PASSWORD")

python3 - "$WORK" <<'PY'
import os, sys
work = sys.argv[1]
folder = os.path.join(work, "folder")
for i in range(1000):
    path = os.path.join(folder, f"team{i % 10}", f"playbook-{i:04d}.md")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(f"---\ntitle: Playbook {i}\nkind: sales\n---\n\n## Steps\n\n- [ ] Step one of {i}\n- [ ] Step two\n\nSome text.\n")
# A 100 KB playbook: 117 sections, each with text, a table and five checklist items.
parts = ["---\ntitle: Big playbook\nkind: sales\n---\n\n# Big playbook\n"]
for s in range(117):
    parts.append(f"\n## Section {s} {{#s{s}}}\n\n" + ("Reps open with the customer's words, not ours. " * 12) + "\n\n")
    parts.append("| Question | Why |\n|---|---|\n| Who owns the budget? | To know who signs |\n\n")
    parts += [f"- [ ] Item {s}.{k} with a few words {{due=day{k + 1}}}\n" for k in range(5)]
big = "".join(parts)
with open(os.path.join(work, "big.md"), "w") as f:
    f.write(big)
print(f"generated 1000 small files and a {len(big.encode()) // 1024} KB playbook", file=sys.stderr)
PY

start_goose 8091 1g GOOSE_PLAYBOOKS_FOLDER="$WORK/folder"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
ms() { awk '{printf "%.1f\n", $1 * 1000}'; }

# Sync of 1,000 unchanged files (the first sync ran at start).
curl -fs "${AUTH[@]}" -X POST "$BASE/api/v1/playbooks/sync" | python3 -c 'import json,sys; r=json.load(sys.stdin);
print("sync: %d unchanged, %d new, %d errors" % (r["unchanged"], r["created"], len(r["errors"])), file=sys.stderr)'
for _ in 1 2 3 4 5; do
  curl -fs -o /dev/null -w '%{time_total}\n' "${AUTH[@]}" -X POST "$BASE/api/v1/playbooks/sync"
done | ms > "$WORK/sync.txt"
SYNC=$(median < "$WORK/sync.txt")

# Publishing the 100 KB playbook, each time with one line changed.
python3 -c 'import json,sys; print(json.dumps({"markdown": open(sys.argv[1]).read()}))' "$WORK/big.md" > "$WORK/create.json"
SLUG=$(curl -fs "${AUTH[@]}" -H 'Content-Type: application/json' -d @"$WORK/create.json" "$BASE/api/v1/playbooks" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["slug"])')
: > "$WORK/publish.txt"
: > "$WORK/server.txt"
for n in $(seq 0 39); do
  python3 -c 'import json,sys; t=open(sys.argv[1]).read().replace("Section 50 {#s50}", "Section 50, edit "+sys.argv[2]+" {#s50}"); print(json.dumps({"markdown": t, "baseVersion": int(sys.argv[2]), "note": "bench"}))' \
    "$WORK/big.md" "$n" > "$WORK/publish.json"
  curl -fs -o /dev/null -D "$WORK/headers.txt" -w '%{time_total}\n' "${AUTH[@]}" -H 'Content-Type: application/json' \
    -d @"$WORK/publish.json" "$BASE/api/v1/playbooks/$SLUG/versions" | ms >> "$WORK/publish.txt"
  sed -n 's/^[Ss]erver-[Tt]iming: publish;dur=\([0-9.]*\).*/\1/p' "$WORK/headers.txt" >> "$WORK/server.txt"
done
PUBLISH=$(tail -n 30 "$WORK/publish.txt" | median)
SERVER=$(tail -n 30 "$WORK/server.txt" | median)

# Reading it: the page and the API serve the HTML stored at publish.
SESSION=$(sign_in)
wrk -t2 -c32 -d5s -H "Cookie: goose_session=$SESSION" "$BASE/playbooks/$SLUG" >/dev/null
read_rate() {
  wrk -t2 -c32 -d"${DURATION}s" --latency "$@" > "$WORK/wrk.txt"
  printf '%s req/s, p99 %s' "$(awk '/Requests\/sec/{print $2}' "$WORK/wrk.txt")" "$(awk '$1=="99%"{print $2}' "$WORK/wrk.txt")"
}
PAGE=$(read_rate -H "Cookie: goose_session=$SESSION" "$BASE/playbooks/$SLUG")
API=$(read_rate -H "Authorization: Basic $BASIC" "$BASE/api/v1/playbooks/$SLUG")

echo "| what | result | goal |"
echo "|---|---|---|"
echo "| publish a 100 KB playbook, on the server (median of 30 after 10 warm-up) | ${SERVER} ms | ≤ 50 ms |"
echo "| publish a 100 KB playbook, HTTP round trip (same runs) | ${PUBLISH} ms | |"
echo "| sync of 1,000 unchanged files (median of 5) | ${SYNC} ms | < 1,000 ms |"
echo "| GET /playbooks/$SLUG (page, session) | $PAGE | no Markdown work |"
echo "| GET /api/v1/playbooks/$SLUG (JSON, Basic) | $API | no Markdown work |"
