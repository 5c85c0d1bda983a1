#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, creates a demo workspace (once) and
# opens the console on it. LEADOPS_DEMO_LEADS sets the demo size (default 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
workspace=${LEADOPS_DEMO_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/leadops-demo}
if [ ! -s "$workspace/leadops.sqlite" ]; then
    "$BUILD_DIR/bin/leadops" --workspace "$workspace" demo --leads "${LEADOPS_DEMO_LEADS:-100000}"
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no DISPLAY or WAYLAND_DISPLAY; the window needs a desktop session (the CLI does not:" >&2
    echo "        $BUILD_DIR/bin/leadops --workspace '$workspace' lead list)" >&2
fi
exec "$BUILD_DIR/bin/leadops" --workspace "$workspace" "$@"
