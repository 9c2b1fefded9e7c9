#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs the whole test suite.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/scripts/deps.sh"
qabyldau_install_deps
qabyldau_build build
cd "$top/build"
ctest --output-on-failure -j "$(nproc)" --timeout 600
