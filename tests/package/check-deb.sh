#!/usr/bin/env bash
# The Debian package, built and checked as a person installing it would meet it (issue 13 item 8):
#   check-deb.sh CPACK BUILD_DIR VERSION APP_ID WORK_DIR
# Builds qabyldau_VERSION_amd64.deb with CPack from BUILD_DIR (the programs are reused, not
# rebuilt), checks its control fields and contents with dpkg-deb, unpacks it into a scratch root
# with dpkg -x (no root, no container) and runs the unpacked programs with the system's Qt only.
# Every check runs; each failure is one "FAIL:" line, and the exit code is 1 if any failed.
set -uo pipefail

if [ $# -ne 5 ]; then
    echo "usage: $0 CPACK BUILD_DIR VERSION APP_ID WORK_DIR" >&2
    exit 2
fi
cpack=$1
build_dir=$2
version=$3
app_id=$4
work=$5

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}
need_tool() {
    if ! command -v "$1" > /dev/null; then
        echo "FAIL: $1 is missing (package $2; scripts/deps.sh installs it)" >&2
        exit 1
    fi
}
need_tool dpkg-deb dpkg
need_tool dpkg-shlibdeps dpkg-dev
need_tool appstreamcli appstream
need_tool desktop-file-validate desktop-file-utils
need_tool groff groff-base
need_tool lintian lintian

rm -rf "$work"
mkdir -p "$work"

# 1. Build the package.
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
deb="$work/out/qabyldau_${version}_amd64.deb"
if [ ! -f "$deb" ]; then
    ls -l "$work/out" >&2
    echo "FAIL: no $(basename "$deb")" >&2
    exit 1
fi
pass "built $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# 2. Control fields.
field() {
    dpkg-deb -f "$deb" "$1"
}
[ "$(field Package)" = qabyldau ] || fail "Package is '$(field Package)', not qabyldau"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is '$(field Architecture)', not amd64"
for name in Maintainer Section Priority Description; do
    [ -n "$(field "$name")" ] || fail "no $name field"
done
depends=$(field Depends)
# From dpkg-shlibdeps: the Qt 6 libraries the programs link, and OpenSSL and zlib (the server's
# TLS and gzip); named by hand: the SQLite driver, a plugin Qt loads at run time.
depends_names=$(sed -E 's/ \([^)]*\)//g; s/ *, */\n/g' <<< "$depends")
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6network6 libqt6printsupport6 \
    libqt6sql6-sqlite libssl3 zlib1g libstdc++6; do
    if ! grep -qxF "$library" <<< "$depends_names"; then
        fail "Depends does not name $library: $depends"
    fi
done
# Every dependency is satisfied on this Debian 12 machine, versions included.
IFS=',' read -ra relations <<< "$depends"
for relation in "${relations[@]}"; do
    relation=$(sed -E 's/^ +| +$//g' <<< "$relation")
    package=${relation%% *}
    installed=$(dpkg-query -W -f='${Version}' "$package" 2>/dev/null)
    if [ -z "$installed" ]; then
        fail "dependency $package is not installed here"
        continue
    fi
    if [[ $relation =~ \((.+)\ (.+)\) ]]; then
        dpkg --compare-versions "$installed" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" \
            || fail "dependency $relation: installed is $installed"
    fi
done
pass "control: $(field Package) $(field Version) $(field Architecture), Depends: $depends"

# 3. Contents.
dpkg-deb -c "$deb" | awk '{ print $NF }' > "$work/contents.txt"
expected=(
    ./usr/bin/qabyldau
    ./usr/bin/qabyldau-cli
    ./usr/bin/qabyldau-server
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/man/man1/qabyldau.1.gz
    ./usr/share/man/man1/qabyldau-cli.1.gz
    ./usr/share/man/man1/qabyldau-server.1.gz
    ./usr/share/doc/qabyldau/cli.md
    ./usr/share/doc/qabyldau/server.md
    ./usr/share/doc/qabyldau/changelog.gz
)
for size in 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/contents.txt" || fail "the package has no $path"
done
# Nothing outside /usr, nothing a developer's build leaves about (static libraries, tests).
unexpected=$(grep -vE '^\./$|^\./usr(/|$)' "$work/contents.txt")
[ -z "$unexpected" ] || fail "files outside /usr: $unexpected"
unexpected=$(grep -E '\.a$|\.h$|/tst_|/usr/local' "$work/contents.txt")
[ -z "$unexpected" ] || fail "files that do not belong in the package: $unexpected"
pass "contents: $(wc -l < "$work/contents.txt") entries"

# Debian's own checks. Every error and warning fails, except the two that wait for the owners'
# decision (docs/architecture.md, Packaging): the licence (no copyright file without one) and a
# maintainer's real address.
lintian --tag-display-limit 0 --suppress-tags no-copyright-file,bogus-mail-host,bogus-mail-host-in-debian-changelog "$deb" \
    > "$work/lintian.txt" 2>&1
if grep -E '^[EW]: ' "$work/lintian.txt" > "$work/lintian-findings.txt"; then
    fail "lintian: $(tr '\n' ';' < "$work/lintian-findings.txt")"
else
    pass "lintian: no error or warning but the licence and the maintainer's address"
fi

# 4. Unpacked into a scratch root.
root="$work/root"
dpkg -x "$deb" "$root" || { echo "FAIL: dpkg -x" >&2; exit 1; }
bin="$root/usr/bin"
changelog_version=$(zcat "$root/usr/share/doc/qabyldau/changelog.gz" | sed -n '1s/^qabyldau (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] && pass "the changelog's first entry is $version" \
    || fail "the changelog's first entry is '$changelog_version', the package $version: packaging/changelog needs an entry"
for program in qabyldau qabyldau-cli qabyldau-server; do
    [ -x "$bin/$program" ] || { fail "$program is not executable"; continue; }
    # The system's Qt and nothing from the build tree.
    runpath=$(readelf -d "$bin/$program" | grep -E 'RPATH|RUNPATH')
    [ -z "$runpath" ] || fail "$program has an rpath: $runpath"
    missing=$(ldd "$bin/$program" | grep 'not found')
    [ -z "$missing" ] || fail "$program: $missing"
done

# The desktop entry: valid, in English, Kazakh and Russian, its program and icon in the package.
desktop="$root/usr/share/applications/$app_id.desktop"
if [ -f "$desktop" ]; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate: $desktop"
    for key in 'Name' 'Name\[kk\]' 'Name\[ru\]' 'Comment' 'Comment\[kk\]' 'Comment\[ru\]'; do
        grep -Eq "^$key=.+" "$desktop" || fail "the desktop entry has no $key"
    done
    exec_program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [ -x "$bin/$exec_program" ] || fail "Exec=$exec_program is not in the package"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ "$icon" = "$app_id" ] || fail "Icon=$icon, not $app_id"
    grep -q 'Comment\[kk\]=.*[әғқңөұүһі]' "$desktop" || fail "Comment[kk] has no Kazakh letter"
fi

# The icons: each PNG as large as its folder says.
for size in 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || continue
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" \
        | awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
    [ "$width x $height" = "$size x $size" ] || fail "the ${size}x${size} icon is $width x $height"
done

# The AppStream metadata: valid, naming the desktop entry and this version as its newest release.
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if [ -f "$metainfo" ]; then
    appstreamcli validate --no-net "$metainfo" > "$work/appstream.log" 2>&1 \
        || { cat "$work/appstream.log" >&2; fail "appstreamcli validate: $metainfo"; }
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        || fail "the metainfo does not launch $app_id.desktop"
    newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
    [ "$newest" = "$version" ] || fail "the metainfo's newest release is '$newest', not $version: add a <release>"
fi

# The man pages: groff reads them without a warning, they carry this version, and each command
# the program lists in its --help is in its page.
man_source() {
    # The page's text with the font changes and escaped hyphens undone, to search in (read whole:
    # a `grep -q` that stops early would fail the pipe).
    zcat "$1" | sed -E 's/\\f[BIRP]//g; s/\\-/-/g'
}
for page in qabyldau qabyldau-cli qabyldau-server; do
    gz="$root/usr/share/man/man1/$page.1.gz"
    [ -f "$gz" ] || continue
    warnings=$(zcat "$gz" | LC_ALL=C.UTF-8 groff -t -man -Tutf8 -ww -z 2>&1)
    [ -z "$warnings" ] || fail "groff on $page.1: $warnings"
    grep -q "^\.TH $(tr 'a-z' 'A-Z' <<< "$page") 1 .*\"Qabyldau $version\"" <<< "$(man_source "$gz")" \
        || fail "$page.1 does not name version $version in .TH"
done
commands_in_help() {
    # "  iin check IIN   check an IIN..." -> "iin check": the command's column (up to two spaces),
    # its lower-case words up to the first argument or option; continuation lines are indented
    # deeper and skipped.
    sed -n '/^Commands:/,/^$/p' | grep -E '^  [a-z]' \
        | sed -E 's/^  //; s/  .*//' | awk '{ out = ""; for (i = 1; i <= NF; i++) { if ($i !~ /^[a-z][a-z-]*$/) break; out = out (out == "" ? "" : " ") $i } print out }' \
        | sort -u
}
for program in qabyldau-cli qabyldau-server; do
    gz="$root/usr/share/man/man1/$program.1.gz"
    [ -f "$gz" ] && [ -x "$bin/$program" ] || continue
    commands=$(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$bin/$program" --help 2>/dev/null | commands_in_help)
    [ -n "$commands" ] || fail "no commands read from $program --help"
    page_text=$(man_source "$gz")
    while IFS= read -r command; do
        [ -n "$command" ] || continue
        grep -q -- "$command" <<< "$page_text" || fail "$program.1 does not describe '$command' ($program --help lists it)"
    done <<< "$commands"
done

# 5. The unpacked programs run, with a clean environment and no LD_LIBRARY_PATH.
home="$work/home"
mkdir -p "$home"
clean_env=(PATH=/usr/bin:/bin LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Asia/Almaty HOME="$home"
    XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run")
run() {
    env -i "${clean_env[@]}" "$@"
}
mkdir -p "$home/run"
chmod 700 "$home/run"

expect_output() {
    local description=$1 expected=$2
    shift 2
    local output
    output=$(run "$@" 2> "$work/stderr.txt")
    local status=$?
    if [ $status -ne 0 ]; then
        fail "$description: exit code $status: $(cat "$work/stderr.txt")"
    elif [ "$output" != "$expected" ]; then
        fail "$description: printed '$output', not '$expected'"
    else
        pass "$description"
    fi
}
expect_output "qabyldau-cli --version" "qabyldau-cli $version" "$bin/qabyldau-cli" --version
expect_output "qabyldau-server --version" "qabyldau-server $version" "$bin/qabyldau-server" --version
expect_output "qabyldau --version" "qabyldau $version" "$bin/qabyldau" -platform offscreen --version
# The built-in working-day calendar (Nauryz 2026) and the compiled-in Russian catalogue.
expect_output "qabyldau-cli workdays add" "2026-04-01" "$bin/qabyldau-cli" workdays add 2026-03-20 5
expect_output "qabyldau-cli in Russian" "рабочий день" "$bin/qabyldau-cli" --lang ru workdays is-working 2026-01-06
run "$bin/qabyldau-cli" --help > "$work/cli-help.txt" 2>&1 || fail "qabyldau-cli --help: exit code $?"
run "$bin/qabyldau-server" --help > "$work/server-help.txt" 2>&1 || fail "qabyldau-server --help: exit code $?"
grep -q '^  serve' "$work/server-help.txt" || fail "qabyldau-server --help does not list serve"
# The server's store through the SQLite driver the package depends on.
init_output=$(run "$bin/qabyldau-server" --db "sqlite:$work/region.sqlite" init 2>&1)
status=$?
if [ $status -ne 0 ] || ! grep -Eqx "store sqlite:$work/region.sqlite at schema [0-9]+" <<< "$init_output"; then
    fail "qabyldau-server init: exit code $status: $init_output"
else
    pass "qabyldau-server init: $init_output"
fi
[ -s "$work/region.sqlite" ] || fail "qabyldau-server init wrote no store"

# The desk app starts on the window-less platform, opens (creates) its store and keeps running
# until it is stopped: it never quits by itself.
store="$work/desk.sqlite"
# exec: $! is then the desk app itself, so that kill stops it (a function run in the background
# is a subshell around it, and killing that left the app running after the test).
(exec env -i "${clean_env[@]}" "$bin/qabyldau" -platform offscreen --store "$store" > "$work/desk.log" 2>&1) &
desk=$!
for _ in $(seq 120); do
    [ -s "$store" ] && break
    kill -0 "$desk" 2> /dev/null || break
    sleep 0.5
done
sleep 2
if kill -0 "$desk" 2> /dev/null; then
    kill "$desk"
    wait "$desk" 2> /dev/null
    [ -s "$store" ] && pass "the desk app started and opened its store" \
        || fail "the desk app runs but wrote no store at $store"
else
    wait "$desk"
    fail "the desk app exited by itself (exit code $?): $(cat "$work/desk.log")"
fi

if [ $failures -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the package is complete"
