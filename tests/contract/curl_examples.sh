#!/usr/bin/env bash
# The curl examples of the Fini docs, unchanged but for the host and the key, against the
# fini-sandbox executable.
set -euo pipefail
sandbox=$1
log=$(mktemp)
"$sandbox" --port 0 --sources 2500 >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q listening "$log" && break; sleep 0.1; done
BASE=$(sed -n 's/^fini-sandbox listening on //p' "$log")
[ -n "$BASE" ] || { echo "sandbox did not start"; cat "$log"; exit 1; }
FINI_API_KEY=fini_demo_write

# List sources with limit and source.
list=$(curl -sS -f "$BASE/v2/documents/public?limit=2&source=web" \
  -H "Authorization: Bearer $FINI_API_KEY")
echo "$list" | grep -q '"documents"' || { echo "list: $list"; exit 1; }
ids=$(echo "$list" | grep -o '"id":"[^"]*"' | head -2 | cut -d'"' -f4)
first=$(echo "$ids" | sed -n 1p)
second=$(echo "$ids" | sed -n 2p)

# Refresh two sources.
refreshed=$(curl -sS -f -X POST "$BASE/v2/documents/public/refresh" \
  -H "Authorization: Bearer $FINI_API_KEY" \
  -H "Content-Type: application/json" \
  -d "{\"documentIds\":[\"$first\",\"$second\"]}")
[ "$refreshed" = "[\"$first\",\"$second\"]" ] || { echo "refresh: $refreshed"; exit 1; }

# Bulk generate knowledge.
generated=$(curl -sS -f -X POST "$BASE/v2/knowledge/public/bulk" \
  -H "Authorization: Bearer $FINI_API_KEY" \
  -H "Content-Type: application/json" \
  -d "{\"documentIds\":[\"$first\"],\"origin\":\"sources\",\"restrictedOps\":[\"UPDATE_ARTICLE\",\"DO_NOTHING\"],\"isDraft\":true}")
echo "$generated" | grep -q "\"documentId\":\"$first\"" || { echo "bulk: $generated"; exit 1; }
echo "curl examples: 3 passed, 0 failed"
