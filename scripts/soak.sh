#!/usr/bin/env bash
# The soak (issue 15): `scripts/soak.sh MINUTES [SEED]` starts a throw-away local backend on
# 127.0.0.1, runs tests/soak/soak_driver for MINUTES (two workspaces editing and syncing through a
# fault proxy with random faults and SIGKILLs), stops the backend and prints the summary (JSON).
# Exit 0 when nothing was lost or doubled and both workspaces agree with the server row for row.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-5}
seed=${2:-20261206}
scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh -DLEADOPS_BUILD_TESTS=ON >/dev/null
export LEADOPS_BIN="$PWD/$BUILD_DIR/bin/leadops"
export QT_QPA_PLATFORM=offscreen
# The driver stops by itself after MINUTES, then settles (bounded); `timeout` is the last guard.
limit=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 + 1800 }')
exec scripts/local-backend.sh run -- sh -c 'LEADOPS_BACKEND_ENV=$(dirname "$LEADOPS_TEST_PG_HOST")/env exec timeout "$0" "$1" "$2" "$3"' \
    "$limit" "$PWD/$BUILD_DIR/tests/soak/soak_driver" "$minutes" "$seed"
