#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds with warnings as errors, and runs every
# test suite (unit, integration, ui) with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh -DLEADOPS_WERROR=ON -DLEADOPS_BUILD_TESTS=ON
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 900
