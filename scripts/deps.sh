#!/usr/bin/env bash
# Installs what building, running and testing Qabyldau needs on Debian 12, and nothing more.
# Skips apt entirely when every package is already there. Sourced by run.sh and test.sh.
set -euo pipefail

QABYLDAU_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    fonts-dejavu-core poppler-utils xvfb xauth libsqlite3-dev
    # The queue server: Boost.Beast/Asio, OpenSSL and zlib (gzip); PostgreSQL for its store and its tests.
    libboost-dev libssl-dev zlib1g-dev openssl postgresql libqt6sql6-psql libpq-dev python3 python3-aiosmtpd
    # The fuzz targets' short runs in the test command (scripts/fuzz.sh): clang with libFuzzer.
    clang libclang-rt-14-dev
    # The .deb (cmake --build build --target package) and its test, tests/package: dpkg-shlibdeps
    # for Depends; the desktop entry's, AppStream metadata's and man pages' validators; lintian.
    dpkg-dev appstream desktop-file-utils groff-base lintian
)

qabyldau_install_deps() {
    local missing=()
    local package
    for package in "${QABYLDAU_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures and builds into $1 (default: build/) with warnings as errors. Debug information as
# line tables only (-g1): a crash's or a sanitizer's backtrace still names every file and line,
# and the build takes about a third less time than with -g (docs/testing.md); the package is
# stripped either way.
qabyldau_build() {
    local build_dir=${1:-build}
    local top
    top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    cmake -S "$top" -B "$top/$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" -DQABYLDAU_WERROR=ON
    cmake --build "$top/$build_dir" -j "$(nproc)"
}
