#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the whole test suite. With
# QABYLDAU_TEST_SANITIZE=1, then the same suite again in the sanitizer build (scripts/sanitize.sh);
# with QABYLDAU_TEST_FUZZ=1, a short run of every fuzz target (scripts/fuzz.sh). Both are off by
# default until a whole sanitizer run has been seen clean and timed (docs/testing.md).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/scripts/deps.sh"
qabyldau_install_deps
qabyldau_build build
(cd "$top/build" && ctest --output-on-failure -j "$(nproc)" --timeout 600)
if [ "${QABYLDAU_TEST_SANITIZE:-0}" != 0 ]; then
    echo "== The whole suite again with AddressSanitizer and UndefinedBehaviorSanitizer"
    "$top/scripts/sanitize.sh"
fi
if [ "${QABYLDAU_TEST_FUZZ:-0}" != 0 ]; then
    echo "== Every fuzz target for ${QABYLDAU_FUZZ_SECONDS:-20} s"
    "$top/scripts/fuzz.sh" "${QABYLDAU_FUZZ_SECONDS:-20}"
fi
