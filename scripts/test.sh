#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs the whole test suite, then every
# fuzz target for 20 s (scripts/fuzz.sh; QABYLDAU_TEST_FUZZ=0 leaves them out,
# QABYLDAU_FUZZ_SECONDS changes the time). With QABYLDAU_TEST_SANITIZE=1, the same suite again in
# the sanitizer build (scripts/sanitize.sh): off by default, as it adds about 45 min on 2 cores
# (docs/testing.md has the figures). Each part says how long it took.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/scripts/deps.sh"
started=$SECONDS
took() {
    echo "== $1: $((SECONDS - started)) s"
    started=$SECONDS
}
qabyldau_install_deps
took "Packages"
qabyldau_build build
took "Build"
(cd "$top/build" && ctest --output-on-failure -j "$(nproc)" --timeout 600)
took "Test suite"
if [ "${QABYLDAU_TEST_FUZZ:-1}" != 0 ]; then
    echo "== Every fuzz target for ${QABYLDAU_FUZZ_SECONDS:-20} s"
    "$top/scripts/fuzz.sh" "${QABYLDAU_FUZZ_SECONDS:-20}"
    took "Fuzz targets (build and runs)"
fi
if [ "${QABYLDAU_TEST_SANITIZE:-0}" != 0 ]; then
    echo "== The whole suite again with AddressSanitizer and UndefinedBehaviorSanitizer"
    "$top/scripts/sanitize.sh"
    took "Sanitizer build and suite"
fi
