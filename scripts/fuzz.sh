#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, docs/fuzzing.md) with clang into build-fuzz/ and runs each
# for SECONDS (default 30) on a copy of its seed corpus fuzz/corpus/<target>/. Exits non-zero when
# any target crashed; the input that crashed it stays in build-fuzz/crashes/<target>/.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-30}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_application_json fuzz_direction_json fuzz_place_json fuzz_iin fuzz_dates
             fuzz_calendar fuzz_sync_page)
fi
build="$top/build-fuzz"

# scripts/deps.sh installs clang and libclang-rt-14-dev (libFuzzer and the sanitizers' runtime)
# for the test command's short runs.
if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh needs clang (apt-get install clang)" >&2
    exit 2
fi

if [ -f /etc/profile.d/zz-ccache.sh ]; then
    # shellcheck disable=SC1091
    source /etc/profile.d/zz-ccache.sh
fi
# Debug with -O1: Q_ASSERT stays on (an assertion is a finding too) and the runs stay fast; -g1:
# line tables, all a crash's backtrace needs.
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DQABYLDAU_FUZZ=ON -DQABYLDAU_BUILD_TESTS=OFF \
        -DQABYLDAU_BUILD_BENCH=OFF
fi
cmake --build "$build" --target "${targets[@]}" -j2

export QT_QPA_PLATFORM=offscreen
# The desk's zone, as the tests run in (cmake/QabyldauTest.cmake): local times are read in it.
export TZ=${TZ:-Asia/Almaty}
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for target in "${targets[@]}"; do
    work="$build/corpus/$target"
    crashes="$build/crashes/$target"
    mkdir -p "$work" "$crashes"
    # A copy: what libFuzzer adds stays out of the checked-in seeds.
    cp -f "$top/fuzz/corpus/$target"/* "$work/" 2>/dev/null || true
    echo "== $target: ${seconds}s"
    if ! "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$work" 2>"$build/$target.log"; then
        failed+=("$target")
        tail -n 60 "$build/$target.log"
    fi
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|Done [0-9]+ runs' "$build/$target.log" || true
done
if [ ${#failed[@]} -ne 0 ]; then
    echo "Crashed: ${failed[*]} (inputs under $build/crashes/)" >&2
    exit 1
fi
echo "No crash."
