#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the server tests, on a free loopback port in a temp
# folder, run as the `postgres` user (PostgreSQL refuses to run as root).
#   pg-test-cluster.sh start STATE_DIR   initdb + pg_ctl start; writes STATE_DIR/url
#                                        (postgresql://postgres@127.0.0.1:PORT)
#   pg-test-cluster.sh stop STATE_DIR    pg_ctl stop, then removes the cluster's folder
set -euo pipefail
action=${1:?start or stop}
state=${2:?state folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "pg-test-cluster: PostgreSQL's server programs are not installed (Debian package postgresql)" >&2
    exit 1
fi

as_postgres() {
    if [ "$(id -un)" = postgres ]; then
        "$@"
    elif [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        sudo -u postgres "$@"
    fi
}

case "$action" in
start)
    mkdir -p "$state"
    if [ -f "$state/cluster" ]; then
        "$0" stop "$state" || true
    fi
    cluster=$(mktemp -d /tmp/qabyldau-pg.XXXXXX)
    chown postgres:postgres "$cluster" 2>/dev/null || true
    echo "$cluster" > "$state/cluster"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    as_postgres "$bin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1 \
        || { cat "$cluster/initdb.log" >&2; exit 1; }
    # Loopback only, a private socket folder, enough connections for two servers and the tests.
    as_postgres "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$cluster -c max_connections=200 -c fsync=off" \
        start >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }
    echo "postgresql://postgres@127.0.0.1:$port" > "$state/url"
    echo "PostgreSQL test cluster on 127.0.0.1:$port in $cluster"
    ;;
stop)
    [ -f "$state/cluster" ] || exit 0
    cluster=$(cat "$state/cluster")
    if [ -d "$cluster/data" ]; then
        as_postgres "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster" "$state/cluster" "$state/url"
    echo "PostgreSQL test cluster stopped"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
