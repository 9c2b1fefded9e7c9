#!/usr/bin/env bash
# scripts/screenshots.sh BUILD_DIR [OUT_DIR]
#
# Draws the README's screenshots again, and the pictures docs/*.md use (OUT_DIR defaults to
# docs/screenshots). Runs the GUI test functions that write them, as the test suite runs them
# (offscreen, C.UTF-8, Asia/Almaty, a HOME of their own: cmake/QabyldauTest.cmake), into a temp
# folder, and copies the files README.md and docs/*.md use into OUT_DIR. Fails if one of them uses a
# file no test wrote. Build the tests first:
#   cmake --build BUILD_DIR --target tst_desksyncui tst_vacanciespage tst_signin tst_admission \
#       tst_applicationdocument tst_userguide qabyldau-server
# Needs pdftoppm (poppler-utils) for the contract and the printed applications.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
    echo "usage: scripts/screenshots.sh BUILD_DIR [OUT_DIR]" >&2
    exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "$1" && pwd)"
out="${2:-$root/docs/screenshots}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
shots="$tmp/shots"  # the pictures under the names README.md uses
mkdir -p "$shots"

# run TEST [ARGS...]: one test executable with the suite's environment and the three folders the
# tests write pictures and PDFs into.
run() {
    local name="$1"
    shift
    local home="$tmp/home/$name"
    mkdir -p "$home"
    echo "== $name $*" >&2
    (cd "$build/tests" && env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= TZ=Asia/Almaty \
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        QABYLDAU_SCREENSHOT_DIR="$shots" QABYLDAU_SHOTS="$tmp/pdf" QABYLDAU_HELP_SCREENSHOT_DIR="$tmp/help" \
        "$build/tests/$name" "$@") || {
        echo "screenshots.sh: $name $* failed" >&2
        exit 1
    }
}
# page1 PDF PNG: the PDF's first page at 60 dpi; take FROM TO: a picture under README's name. A file
# a test did not write is left missing, for the check at the end to name.
page1() {
    if [[ -f "$1" ]]; then pdftoppm -r 60 -f 1 -l 1 -singlefile -png "$1" "${2%.png}"; fi
}
take() {
    if [[ -f "$1" ]]; then cp "$1" "$2"; fi
}
mkdir -p "$tmp/pdf" "$tmp/help"

# The status bar (online, offline, syncing), Needs attention, and the main window on the Queue and
# the Application list, from a desk synced with a real qabyldau-server's demo region; an
# application's details answering "Why not yet?" and showing the messages to the parent
# (docs/distribution.md, docs/server.md).
run tst_desksyncui onlineAfterASyncWithARealServer detailsAskTheServerWhyNotYet detailsShowTheMessagesToTheParent
# The Vacancies area and its publish dialog.
run tst_vacanciespage screenshots
# The first-start dialog.
run tst_signin signInSpeaksTheClerksLanguage
# The Enrollment desk during a service (service-kk.png), and the contract as printed.
run tst_admission servicePageFitsADeskScreen:kk admissionEndsInAContractPdf:kk
take "$tmp/pdf/service-kk.png" "$shots/service-kk.png"
page1 "$tmp/pdf/contract-kk.pdf" "$shots/contract-kk.png"
# The printed application, written into the test HOME's documents/.
run tst_applicationdocument printsTheNumberAParentCanQuote
for code in kk ru; do
    page1 "$tmp/home/tst_applicationdocument/documents/numbered-$code.pdf" "$shots/application-$code.png"
done
# The Appendix 1 form: the user guide's picture of the Applications area.
run tst_userguide screenshots
take "$tmp/help/applications_kk.png" "$shots/application-form-kk.png"

# Every picture a document uses, as DOCUMENT:FILE: README.md names them docs/screenshots/FILE, the
# other docs screenshots/FILE.
mapfile -t used < <(cd "$root" && {
    grep -o 'docs/screenshots/[A-Za-z0-9_.-]*\.png' README.md | sed 's|^|README.md:|'
    grep -o '(screenshots/[A-Za-z0-9_.-]*\.png' docs/*.md | sed 's|:(|:|'
} | sort -u)
for entry in "${used[@]}"; do
    file="$(basename "${entry#*:}")"
    if [[ ! -f "$shots/$file" ]]; then
        echo "screenshots.sh: ${entry%%:*} uses $file, which no test wrote" >&2
        exit 1
    fi
done
mapfile -t files < <(for entry in "${used[@]}"; do basename "${entry#*:}"; done | sort -u)
for file in "${files[@]}"; do
    cp "$shots/$file" "$out/"
done
echo "${#files[@]} screenshots in $out" >&2
