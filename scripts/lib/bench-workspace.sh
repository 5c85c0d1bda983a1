# shellcheck shell=bash
# Sourced by the bench scripts: the demo workspace of N leads they share, made once in
# $BUILD_DIR/bench-desktop-N by the leadops at $1 (same seed and end date for every bench).
# Usage: ws=$(bench_workspace BIN N)
bench_workspace() {
    local bin=$1 n=$2
    local ws="${BUILD_DIR:-build}/bench-desktop-$n"
    if [ ! -f "$ws/leadops.sqlite" ]; then
        echo "making a $n-lead demo workspace in $ws (once)" >&2
        "$bin" --workspace "$ws" demo --leads "$n" --seed 42 --until 2026-11-25 --quiet >&2
    fi
    echo "$ws"
}
