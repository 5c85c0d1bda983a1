#!/usr/bin/env bash
# Offline sync on the real local backend, in one run:
#   1. N leads (default 100000) inserted with SQL, as a bulk import sharing one updated_at; a fresh
#      workspace pulls them all (`leadops sync --pull-only`, fetch + parse + store in SQLite: a first
#      pull is a snapshot by (created_at, id) in two parts, then the changes since it began) and
#      @supabase/postgrest-js fetches the same rows in 1,000-row keyset pages (fetch only), both by
#      (updated_at, id) as every later pull asks and by (created_at, id) one request a page as the
#      console's snapshot asks; in turn, three times, each with its wall time, its CPU time and the
#      server's CPU time. Then curl fetches them once by (created_at, id) (saving the pages), and the
#      saved pages are stored again without a network (bench_sync_store --snapshot): the store's
#      share.
#   2. A second sync pulls nothing; an edit made with psql arrives with the next sync; 100 rows
#      changed on the server arrive with one incremental sync, timed as a whole process.
#   3. 1,000 changes made offline (the server unreachable) reach the server exactly once after
#      reconnecting, counted in PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${LEADOPS_REST_URL:-}" ]; then
    scripts/build.sh >/dev/null
    exec scripts/local-backend.sh run -- "$0" "$@"
fi
N=${1:-100000}
BIN="${BUILD_DIR:-build}/bin/leadops"
POSTGREST_JS_VERSION=2.119.0
js_prefix="${LEADOPS_CACHE:-$HOME/.cache/leadops}/postgrest-js-$POSTGREST_JS_VERSION"
if [ ! -d "$js_prefix/node_modules/@supabase/postgrest-js" ]; then
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$js_prefix" \
        "@supabase/postgrest-js@$POSTGREST_JS_VERSION" >/dev/null
fi
psql_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
sql() { psql_pg psql -X -q -t -A -v ON_ERROR_STOP=1 -h "$LEADOPS_TEST_PG_HOST" -p "$LEADOPS_TEST_PG_PORT" -d leadops -c "$1"; }
sql "insert into niches (id, name, market, category) values ('0193c000-0000-7000-8000-00000000a001', 'Bench', 'astana', 'b');
     insert into campaigns (id, niche_id, name, platform, budget) values ('0193c000-0000-7000-8000-00000000c001',
       '0193c000-0000-7000-8000-00000000a001', 'Bench — Kaspi', 'kaspi', 1000000);
     insert into leads (campaign_id, source, contact, status, messages_count, created_at, updated_at)
     select '0193c000-0000-7000-8000-00000000c001', 'kaspi', '+7707' || lpad(g::text, 7, '0'), 'new', g % 5,
            now() - make_interval(secs => g), now() from generate_series(1, $N) g;
     analyze leads;"
# Vacuumed once, so that whichever reader comes first does not pay for setting the new rows' hint
# bits (our sync runs first; curl and postgrest-js would otherwise read a warmer table).
sql "vacuum (analyze) leads"
sql "checkpoint"
export LEADOPS_ACCESS_TOKEN=$LEADOPS_TEST_TOKEN_SALES_MANAGER
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# CPU ticks (1/100 s) the local backend's processes (PostgreSQL, PostgREST) have used so far.
server_ticks() {
    local pid total=0
    for pid in $(pgrep -x postgres) $(pgrep -x postgrest); do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
# measure LABEL CMD...: runs CMD (its output in $work/out) and prints its wall seconds, its own CPU
# seconds, the server's CPU seconds meanwhile and its peak resident memory.
measure() {
    local label=$1 s0 s1 t0 t1
    shift
    s0=$(server_ticks)
    t0=$(date +%s.%N)
    /usr/bin/time -f "%U %S %M" -o "$work/cpu" "$@" >"$work/out"
    t1=$(date +%s.%N)
    s1=$(server_ticks)
    awk -v l="$label" -v t0="$t0" -v t1="$t1" -v s="$((s1 - s0))" '{ printf "%-44s wall_s=%.3f cpu_s=%.2f server_cpu_s=%.2f max_rss_mb=%.0f\n", l, t1 - t0, $1 + $2, s / 100, $3 / 1024 }' "$work/cpu"
}
postgrest_js=(env POSTGREST_JS_PREFIX="$js_prefix" node tests/bench/sync_pull_compare.mjs "$LEADOPS_REST_URL"
    "$LEADOPS_ACCESS_TOKEN")
by_creation=(--order created_at)

echo "== 1. full pull of $N leads"
# A postgrest-js pass first, so that PostgREST's connections and PostgreSQL's buffers are as warm for
# our first sync as for the clients that follow it.
"${postgrest_js[@]}" --postgrest-js-only >/dev/null
# Three rounds, our sync and postgrest-js in turn (the machine's speed drifts between runs).
for round in 1 2 3; do
    ws="$work/ws"
    [ "$round" -eq 1 ] || ws="$work/ws-$round"
    measure "round $round: leadops sync, whole process" "$BIN" --workspace "$ws" sync --pull-only --json
    grep -E '"pulled"|"seconds"' "$work/out" | tr -d ' \n'
    echo "  (local rows: $(sqlite3 "$ws/leadops.sqlite" 'select count(*) from leads'), server rows: $(sql 'select count(*) from leads'))"
    measure "round $round: postgrest-js by updated_at, whole node" "${postgrest_js[@]}" --postgrest-js-only
    sed 's/^/  /' "$work/out"
    measure "round $round: postgrest-js by created_at, whole node" "${postgrest_js[@]}" --postgrest-js-only \
        "${by_creation[@]}"
    sed 's/^/  /' "$work/out"
    measure "round $round: postgrest-js by primary key, whole node" "${postgrest_js[@]}" --postgrest-js-only \
        --order id
    sed 's/^/  /' "$work/out"
done | tee "$work/rounds"
# Issue 21's figure: our whole process against postgrest-js's fetch by primary key (timed inside
# node), the median of the three rounds each.
awk '/leadops sync, whole process/ { split($0, a, "wall_s="); split(a[2], b, " "); ours[++n] = b[1] }
     /by primary key, whole node/ { key = 1; next }
     key && /postgrest-js \(fetch only\)/ { match($0, /seconds=[0-9.]+/); js[++m] = substr($0, RSTART + 8, RLENGTH - 8); key = 0 }
     function median(v, k,   i, j, t) { for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t } return v[int((k + 1) / 2)] }
     END { o = median(ours, n); p = median(js, m); printf "first sync of %s leads: leadops %.3f s (whole process), postgrest-js by primary key %.3f s (fetch only): ratio %.2f (target <= 1.00)\n", N, o, p, o / p }' N="$N" "$work/rounds"
mkdir "$work/pages"
SAVE_PAGES_DIR="$work/pages" "${postgrest_js[@]}" "${by_creation[@]}" | grep curl
echo "-- the store side alone (bench_sync_store --snapshot on the same pages, no network):"
"${BUILD_DIR:-build}/tests/bench/bench_sync_store" "$work/pages" --snapshot 2>/dev/null

echo "== 2. second sync and a psql edit"
"$BIN" --workspace "$work/ws" sync --json | grep -E '"pulled"'
id=$(sql "select id from leads order by created_at desc limit 1")
sql "update leads set messages_count = 77 where id = '$id'"
"$BIN" --workspace "$work/ws" sync --json | grep -E '"pulled"'
echo "local messages_count of $id after sync: $(sqlite3 "$work/ws/leadops.sqlite" "select messages_count from leads where id = '$id'")"
echo "-- 100 rows changed on the server, then one incremental sync (target: 0.2 s, whole process)"
sql "update leads set messages_count = messages_count + 1 where id in (select id from leads order by created_at limit 100)"
measure "incremental sync of 100 changed rows" "$BIN" --workspace "$work/ws" sync --pull-only --json
grep -E '"pulled"|"seconds"' "$work/out" | tr -d ' \n'; echo

echo "== 3. 1000 offline changes"
ids=$(sqlite3 "$work/ws/leadops.sqlite" "select id from leads where status = 'new' order by id limit 1000")
for lead in $ids; do echo "$lead"; done | head -1000 >"$work/ids"
while read -r lead; do "$BIN" --workspace "$work/ws" lead contact "$lead" >/dev/null; done <"$work/ids"
set +e
LEADOPS_REST_URL=http://127.0.0.1:9 "$BIN" --workspace "$work/ws" sync --json >/dev/null 2>&1
echo "sync while offline: exit $? (3 = server unreachable); pending: $(sqlite3 "$work/ws/leadops.sqlite" "select count(*) from outbox where state = 'pending'")"
set -e
"$BIN" --workspace "$work/ws" sync --json | grep -E '"pushed"|"pending"|"conflicts"' | tr -d ' \n'; echo
echo "server rows changed by the console (last_mutation_id set): $(sql 'select count(*) from leads where last_mutation_id is not null')"
echo "server rows contacted: $(sql "select count(*) from leads where status = 'contacted'")"
echo "audit updates on the server for them: $(sql "select count(*) from audit_log where action = 'update' and detail ->> 'status' = 'contacted'")"
