#!/bin/sh
# The benchmarks of docs/performance.md, end to end: a Release build, a synthetic region of a
# million applications, the import and the queue queries (bench_queue), the application PDF
# (bench_print). Takes about 10 minutes and 3 GB of disk on a 2-core machine.
#   bench/run.sh [WORK_DIR]      (default: a folder under /tmp)
set -eu
source_dir=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d /tmp/qabyldau-bench.XXXXXX)}
build="$work/build-release"
mkdir -p "$work"

cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target bench_generate bench_queue bench_print qabyldau-cli

export TZ=Asia/Almaty
[ -f "$work/region.json" ] || "$build/bench/bench_generate" --count 1000000 --out "$work/region.json"
"$build/bench/bench_queue" --file "$work/region.json" --runs 7 --store "$work/queue"
QT_QPA_PLATFORM=offscreen "$build/bench/bench_print" --store "$work/queue/bench.sqlite" --runs 7 \
    --cli "$build/app/qabyldau-cli"
echo "machine: $(nproc) processors, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
