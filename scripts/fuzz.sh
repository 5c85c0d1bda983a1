#!/usr/bin/env bash
# Coverage-guided fuzzing of every parser and mapper that reads what the console did not write
# (tests/fuzz): libFuzzer from Debian's clang 14, with AddressSanitizer and UBSan.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET ...]     default: 60 s each, every target
#
# Each target starts from its seed corpus (tests/fuzz/corpus/TARGET) and grows a working corpus in
# build-fuzz/work/TARGET. A finding (crash, leak, UB, timeout, a broken property) is written to
# tests/fuzz/findings/ and fails the run: fix it, then move the input into the target's corpus
# folder, where ctest replays it in every build from then on. Bounded: SECONDS_PER_TARGET each,
# at most 2 GB of memory and 10 s per input.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_json_page fuzz_entity_json fuzz_postgrest_filter fuzz_contact
    fuzz_http_answer fuzz_session fuzz_csv)
build=${FUZZ_BUILD_DIR:-build-fuzz}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLEADOPS_BUILD_TESTS=OFF \
    -DLEADOPS_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j2 --target "${targets[@]}"

mkdir -p tests/fuzz/findings
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizer/lsan.supp}
export QT_QPA_PLATFORM=offscreen
status=0
summary=()
for t in "${targets[@]}"; do
    work="$build/work/$t"
    mkdir -p "$work"
    log="$build/work/$t.log"
    if "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="tests/fuzz/findings/$t-" "$work" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
        result=clean
    else
        result="FINDING (see $log and tests/fuzz/findings/)"
        status=1
    fi
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n1 | grep -oE '[0-9]+' || echo "?")
    corpus=$(find "$work" -type f | wc -l)
    summary+=("$(printf '%-22s %6s s  %10s inputs  coverage %5s edges  corpus %5s  %s' "$t" "$seconds" "$runs" "$cov" \
        "$corpus" "$result")")
done
printf '%s\n' "${summary[@]}"
exit "$status"
