#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds with warnings as errors, and runs every
# test suite (unit, integration, ui) with ctest.
#
#   scripts/test.sh              the suite (what CI's .ci/run runs)
#   scripts/test.sh --sanitize   the same suites built with AddressSanitizer and UBSan, in
#                                build-sanitize/ (any report fails the test that met it)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
if [ "${1:-}" = --sanitize ]; then
    export BUILD_DIR=${BUILD_DIR:-build-sanitize}
    scripts/build.sh -DLEADOPS_WERROR=ON -DLEADOPS_BUILD_TESTS=ON -DLEADOPS_SANITIZE=ON
    # Leaks are reported too; the suppressions name only libraries outside the project.
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 1800 -L 'unit|integration|ui'
    exit
fi
BUILD_DIR=${BUILD_DIR:-build}
scripts/build.sh -DLEADOPS_WERROR=ON -DLEADOPS_BUILD_TESTS=ON
ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 900
