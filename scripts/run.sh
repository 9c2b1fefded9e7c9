#!/usr/bin/env bash
# Installs what is missing, builds, and starts the desk app on its embedded defaults
# (a local SQLite store in the user's data folder). Extra arguments go to the app.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/scripts/deps.sh"
qabyldau_install_deps
qabyldau_build build
exec "$top/build/app/qabyldau" "$@"
