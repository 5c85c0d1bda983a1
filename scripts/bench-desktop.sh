#!/usr/bin/env bash
# The desktop over a large workspace (default 1,000,000 demo leads), in one process with the real
# window on the offscreen platform: first page, status + campaign filter, contact search, sort by
# score, funnel and budget aggregates, the Analytics pane, resident memory. RUNS per step (default 5).
# Usage: scripts/bench-desktop.sh [N]    The demo workspace is kept in $BUILD_DIR/bench-desktop-N.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
RUNS=${RUNS:-5}
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh >/dev/null
cmake --build "$BUILD_DIR" --target bench_desktop >/dev/null
# shellcheck source=scripts/lib/bench-workspace.sh
. scripts/lib/bench-workspace.sh
ws=$(bench_workspace "$BUILD_DIR/bin/leadops" "$N")
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $("$BUILD_DIR/bin/leadops" --version)"
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/bench/bench_desktop" "$ws" "$RUNS" 2>/dev/null
