#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/
# (GCC, -O1) and runs the whole test suite there. A sanitizer report aborts the process, so it
# fails the test that caused it. Called by scripts/test.sh; docs/testing.md says how long it takes.
#   scripts/sanitize.sh [ctest arguments...]
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$top/build-asan"

if [ -f /etc/profile.d/zz-ccache.sh ]; then
    # shellcheck disable=SC1091
    source /etc/profile.d/zz-ccache.sh
fi
# -O1: most of -O2's speed for the tests, a shorter build. -g1: line tables only, all a report's
# backtrace needs (file and line of every frame), a third less compile time than -g. The
# benchmarks are left out: they measure speed, which a sanitizer build does not have.
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DQABYLDAU_WERROR=ON -DQABYLDAU_SANITIZE=ON \
    -DQABYLDAU_BUILD_BENCH=OFF
cmake --build "$build" -j "$(nproc)"

# detect_leaks: on, with suppressions only for the system libraries' own one-time allocations
# (scripts/lsan.supp); every other leak fails its test.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$top/scripts/lsan.supp:print_suppressions=0"
# The processes the tests start (CLI, server) inherit these. Slower code: each test's time limit
# is 3 times its usual one in this build (QABYLDAU_TEST_TIME_FACTOR, cmake/QabyldauTest.cmake);
# --timeout only sets the limit of a test that has none.
cd "$build"
ctest --output-on-failure -j "$(nproc)" --timeout 900 "$@"
