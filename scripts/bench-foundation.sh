#!/usr/bin/env bash
# Benchmarks of the foundation issue, as whole processes under /usr/bin/time -v:
#   1. leadops demo --leads N      (wall time, peak resident memory)   RUNS times, median
#   2. lead list --status qualified --limit 50                          QUERY_RUNS times, median
#   3. lead list --search 701 --limit 50                                QUERY_RUNS times, median
# Usage: scripts/bench-foundation.sh [N]   (N defaults to 1000000; RUNS=3, QUERY_RUNS=7)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
RUNS=${RUNS:-3}
QUERY_RUNS=${QUERY_RUNS:-7}
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh >/dev/null
BIN="$BUILD_DIR/bin/leadops"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command under /usr/bin/time -v; prints "wall_seconds max_rss_kb".
measure() {
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt"
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    echo "$wall $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

report() { # name, file of "wall rss" lines
    local walls rsss
    walls=$(awk '{printf "%s ", $1}' "$2")
    rsss=$(awk '{printf "%d ", $2/1024}' "$2")
    printf '%-48s runs=%d wall_s=[%s] median_wall_s=%s peak_rss_mb=[%s] median_peak_rss_mb=%s\n' \
        "$1" "$(wc -l <"$2")" "${walls% }" "$(awk '{print $1}' "$2" | median)" "${rsss% }" \
        "$(awk '{printf "%d\n", $2/1024}' "$2" | median)"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); leadops $("$BIN" --version)"
: >"$work/demo.txt"
for i in $(seq "$RUNS"); do
    rm -rf "$work/ws"
    measure "$BIN" --workspace "$work/ws" demo --leads "$N" --seed 7 --quiet >>"$work/demo.txt"
done
report "demo --leads $N" "$work/demo.txt"
echo "workspace: $(du -m "$work/ws/leadops.sqlite" | cut -f1) MB, $(sqlite3 "$work/ws/leadops.sqlite" 'SELECT count(*) FROM leads') leads"

for query in "--status qualified" "--search 701"; do
    : >"$work/q.txt"
    # shellcheck disable=SC2086 # the query is two words on purpose
    for i in $(seq "$QUERY_RUNS"); do measure "$BIN" --workspace "$work/ws" lead list $query --limit 50 >>"$work/q.txt"; done
    report "lead list $query --limit 50" "$work/q.txt"
done
# shellcheck disable=SC2086
"$BIN" --workspace "$work/ws" lead list --search 701 --limit 3
