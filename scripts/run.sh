#!/usr/bin/env bash
# Installs what is missing, builds, starts a local queue server with a demo region and the desk
# app connected to it; stops the server when the desk exits.
#
#   ./scripts/run.sh                 desk + local demo server (SQLite)
#   ./scripts/run.sh --offline       the desk alone (also --no-server)
#
# The demo region is kept in the user's data folder (~/.local/share/Qabyldau/demo-server/) and
# reused on the next run; the desk's own store stays where it always is. Other arguments
# (--lang ru, --store PATH) go to the desk.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/scripts/deps.sh"

offline=0
args=()
for arg in "$@"; do
    case "$arg" in
        --offline|--no-server) offline=1 ;;
        *) args+=("$arg") ;;
    esac
done

qabyldau_install_deps
qabyldau_build build
desk="$top/build/app/qabyldau"
if [ "$offline" = 1 ]; then
    exec "$desk" "${args[@]}"
fi

server="$top/build/server/qabyldau-server"
data="${XDG_DATA_HOME:-$HOME/.local/share}/Qabyldau/demo-server"
mkdir -p "$data"
chmod 700 "$data"
db="sqlite:$data/region.sqlite"
tokens="$data/tokens.tsv"
if [ ! -s "$tokens" ]; then
    echo "Creating the demo region in $data ..."
    "$server" --db "$db" demo --registered --tokens-file "$tokens"
fi
# The first demo desk's token (org<TAB>desk<TAB>token), given to the desk in a file of its own.
token_file="$data/desk.token"
(umask 077; head -n 1 "$tokens" | cut -f 3 > "$token_file")

log="$data/serve.log"
"$server" --db "$db" serve --listen 127.0.0.1:0 > "$log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT
address=""
for _ in $(seq 1 100); do
    address=$(sed -n 's/^listening on \([^ ]*\).*/\1/p' "$log" | head -n 1)
    [ -n "$address" ] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "qabyldau-server did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done
if [ -z "$address" ]; then
    echo "qabyldau-server did not say where it listens (see $log)" >&2
    exit 1
fi
echo "Queue server: http://$address (log: $log)"
"$desk" --server "http://$address" --token-file "$token_file" "${args[@]}"
