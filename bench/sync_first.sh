#!/bin/bash
# First sync of a region into an empty desk store over loopback (issue 11, docs/performance.md
# "Desk sync"): a qabyldau-server demo region (built once, reused), then `qabyldau-cli sync` into
# a new store, RUNS times. Prints per run the records, the wall time, records/s and the desk
# process's peak RSS (/usr/bin/time -v), and the same run's baseline: every /changes page fetched
# with the same page size and thrown away (the server's work and the transfer alone, no desk), so
# the ratio says what the desk engine adds; and the same sync with QABYLDAU_SYNC_BULK=0 (the
# ordinary path, every page applied row by row through Qt Sql, one request at a time), the
# baseline of the bulk path. Then the medians.
# The warm-up fetch saves the pages as WORK_DIR/pages/page-NNNN.json, the input of
# bench_sync_apply (the desk's apply alone, without the server or the network).
#   bench/sync_first.sh BUILD_DIR [WORK_DIR] [APPLICATIONS] [RUNS]
#   (defaults: a folder under /tmp, 300000 applications, 3 runs)
# In the environment: BEFORE_CLI=PATH also syncs each run with another qabyldau-cli (a build of
# an earlier commit), right after this build's, to compare the two in the same run; ORDINARY=0
# leaves the ordinary path out; PLAIN=1 also syncs each run from a second server on the same
# store that never compresses (serve --compress-min-bytes 0), the baseline of compressed pages;
# LINK_RATE=20mbit holds the loopback to that rate with `tc qdisc ... tbf` during the desks'
# syncs (root only; the fetch-and-discard baseline then runs at the same rate), as a clerk's
# link would.
set -euo pipefail
build=$(cd "${1:?usage: sync_first.sh BUILD_DIR [WORK_DIR] [APPLICATIONS] [RUNS]}" && pwd)
work=${2:-$(mktemp -d /tmp/qabyldau-syncbench.XXXXXX)}
count=${3:-300000}
runs=${4:-3}
server_bin="$build/server/qabyldau-server"
cli_bin="$build/app/qabyldau-cli"
mkdir -p "$work"
export TZ=Asia/Almaty

db="$work/server-$count.sqlite"
tokens="$work/tokens-$count.tsv"
if [ ! -f "$db" ]; then
    echo "building the demo region ($count applications) in $db ..."
    "$server_bin" --db "sqlite:$db" demo --tokens-file "$tokens" --orgs 5 --desks-per-org 2 \
        --applications "$count"
fi
token=$(head -n1 "$tokens" | cut -f3)

if [ -n "${LINK_RATE:-}" ] && { [ "$(id -u)" != 0 ] || ! command -v tc >/dev/null; }; then
    echo "LINK_RATE needs root and tc (iproute2) to shape the loopback" >&2
    exit 2
fi
pids=()
shaped=0
cleanup() {
    [ "$shaped" = 0 ] || tc qdisc del dev lo root 2>/dev/null || true
    kill "${pids[@]}" 2>/dev/null || true
}
trap cleanup EXIT
serve() { # LOG [SERVE ARGS...]: starts a server on the region; its URL in $served
    local log=$1 address
    shift
    "$server_bin" --db "sqlite:$db" serve --listen 127.0.0.1:0 "$@" >"$log" 2>&1 &
    pids+=($!)
    for _ in $(seq 100); do
        grep -q '^listening on' "$log" && break
        sleep 0.1
    done
    address=$(sed -n 's/^listening on \([^ ]*\).*/\1/p' "$log")
    [ -n "$address" ] || { echo "the server did not start:" >&2; cat "$log" >&2; exit 1; }
    served="http://$address"
}
serve "$work/serve.log"
url=$served
plain_url=
if [ "${PLAIN:-0}" = 1 ]; then
    serve "$work/serve-plain.log" --compress-min-bytes 0
    plain_url=$served
fi

# The baseline: the same pages (limit 5000, what SyncOptions::pageLimit asks) fetched one after
# the other and thrown away; the cursor is cut out of each page with a regular expression, the
# page is never parsed.
baseline() {
    python3 - "$url" "$token" "${1:-}" <<'EOF'
import os, re, sys, time, urllib.request
url, token, save = sys.argv[1], sys.argv[2], sys.argv[3]
cursor, pages, size = "", 0, 0
start = time.monotonic()
while True:
    request = urllib.request.Request(f"{url}/api/v1/changes?after={cursor}&limit=5000&wait=0",
                                     headers={"Authorization": f"Bearer {token}"})
    body = urllib.request.urlopen(request).read()
    pages += 1
    size += len(body)
    if save:
        with open(os.path.join(save, f"page-{pages:04d}.json"), "wb") as page:
            page.write(body)
    cursor = re.search(rb'"cursor"\s*:\s*"([^"]*)"', body).group(1).decode()
    if not re.search(rb'"more"\s*:\s*true', body):
        break
print(f"{time.monotonic() - start:.3f} {pages} {size}")
EOF
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

desk_sync() { # LABEL RUN [ENV...]: one first sync into a new store; prints "rate wall rss cpu"
    local label=$1 run=$2
    shift 2
    local store="$work/desk-$label-$run.sqlite"
    rm -f "$store" "$store-wal" "$store-shm"
    # /usr/bin/time -v writes to the same stderr; its lines are the last ones.
    env "$@" /usr/bin/time -v "$cli_bin" --store "$store" sync --server "${server_url:-$url}" --token "$token" \
        >"$work/sync-$label-$run.out" 2>"$work/sync-$label-$run.err" || { cat "$work/sync-$label-$run.err" >&2; exit 1; }
    local err="$work/sync-$label-$run.err" records wall rss cpu
    records=$(sed -n 's/^received \([0-9]*\) changes.*/\1/p' "$work/sync-$label-$run.out")
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$err" |
        awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$err")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$err")
    echo "$(awk -v r="$records" -v w="$wall" 'BEGIN { printf "%.0f", r / w }') $wall $rss $cpu $records"
}

rm -rf "$work/pages" && mkdir -p "$work/pages"
baseline "$work/pages" >/dev/null # warm-up: the server's file in the page cache; the pages saved
if [ -n "${LINK_RATE:-}" ]; then
    tc qdisc add dev lo root tbf rate "$LINK_RATE" burst 256kb latency 1s # burst above lo's 64 KiB MTU
    shaped=1
    echo "loopback held to $LINK_RATE"
fi
: >"$work/plain.tsv"
: >"$work/desk.tsv"
: >"$work/ordinary.tsv"
: >"$work/base.tsv"
before_cli=${BEFORE_CLI:-}
: >"$work/before.tsv"
for run in $(seq "$runs"); do
    read -r rate wall rss cpu records < <(desk_sync bulk "$run")
    if [ -n "$before_cli" ]; then
        read -r prate pwall prss pcpu _ < <(cli_bin=$before_cli desk_sync before "$run")
        printf 'run %d: before (%s): %s s = %s records/s (CPU %s s), peak RSS %d MB\n' \
            "$run" "$before_cli" "$pwall" "$prate" "$pcpu" $((prss / 1024))
        echo "$prate $pwall $prss $pcpu" >>"$work/before.tsv"
    fi
    if [ -n "$plain_url" ]; then
        read -r crate cwall crss ccpu _ < <(server_url=$plain_url desk_sync plain "$run")
        printf 'run %d: from the server that does not compress: %s s = %s records/s (CPU %s s), peak RSS %d MB\n' \
            "$run" "$cwall" "$crate" "$ccpu" $((crss / 1024))
        echo "$crate $cwall $crss $ccpu" >>"$work/plain.tsv"
    fi
    orate=- owall=- orss=0 ocpu=-
    if [ "${ORDINARY:-1}" != 0 ]; then
        read -r orate owall orss ocpu _ < <(desk_sync ordinary "$run" QABYLDAU_SYNC_BULK=0)
    fi
    read -r bwall bpages bbytes < <(baseline)
    ratio=$(awk -v a="$wall" -v b="$bwall" 'BEGIN { printf "%.2f", a / b }')
    printf 'run %d: desk %s records in %s s = %s records/s (CPU %s s), peak RSS %d MB; ordinary path %s s = %s records/s (CPU %s s); baseline %s pages (%d MB) in %s s; ratio %s\n' \
        "$run" "$records" "$wall" "$rate" "$cpu" $((rss / 1024)) "$owall" "$orate" "$ocpu" "$bpages" $((bbytes / 1048576)) "$bwall" "$ratio"
    echo "$rate $wall $rss $cpu" >>"$work/desk.tsv"
    echo "$orate $owall $orss $ocpu" >>"$work/ordinary.tsv"
    echo "$bwall $ratio" >>"$work/base.tsv"
done
echo "median of $runs: $(cut -d' ' -f1 "$work/desk.tsv" | median) records/s," \
    "$(cut -d' ' -f2 "$work/desk.tsv" | median) s, CPU $(cut -d' ' -f4 "$work/desk.tsv" | median) s," \
    "peak RSS $(( $(cut -d' ' -f3 "$work/desk.tsv" | median) / 1024 )) MB;" \
    "ordinary path $(cut -d' ' -f1 "$work/ordinary.tsv" | median) records/s, $(cut -d' ' -f2 "$work/ordinary.tsv" | median) s," \
    "CPU $(cut -d' ' -f4 "$work/ordinary.tsv" | median) s;" \
    "baseline $(cut -d' ' -f1 "$work/base.tsv" | median) s; ratio desk/baseline $(cut -d' ' -f2 "$work/base.tsv" | median)"
if [ -n "$before_cli" ]; then
    echo "before ($before_cli), median of $runs: $(cut -d' ' -f1 "$work/before.tsv" | median) records/s," \
        "$(cut -d' ' -f2 "$work/before.tsv" | median) s, CPU $(cut -d' ' -f4 "$work/before.tsv" | median) s," \
        "peak RSS $(( $(cut -d' ' -f3 "$work/before.tsv" | median) / 1024 )) MB"
fi
if [ -n "$plain_url" ]; then
    echo "uncompressed pages, median of $runs: $(cut -d' ' -f1 "$work/plain.tsv" | median) records/s," \
        "$(cut -d' ' -f2 "$work/plain.tsv" | median) s, CPU $(cut -d' ' -f4 "$work/plain.tsv" | median) s"
fi
echo "machine: $(nproc) processors, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
