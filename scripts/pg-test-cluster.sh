#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests that need a server (Debian's postgresql package; install-deps.sh --test
# installs it). Listens on 127.0.0.1 only, on a free port, with trust authentication: for local tests only, never for
# real data. Its superuser is "wijkregie"; its databases are made and dropped by the tests themselves.
#
#   scripts/pg-test-cluster.sh start DIR      initdb in DIR (made if missing; an older cluster there is stopped and
#                                             removed first), start, write the URL to DIR/url and print it. With
#                                             WIJKREGIE_TEST_PG_URL set, that server is used: only DIR/url is written
#   scripts/pg-test-cluster.sh stop DIR       stop the cluster in DIR and remove DIR
#   scripts/pg-test-cluster.sh run -- CMD...  start a cluster in a temporary folder, run CMD with
#                                             WIJKREGIE_TEST_PG_URL=postgresql://wijkregie@127.0.0.1:PORT/postgres
#                                             and stop the cluster afterwards, also when CMD fails or is interrupted;
#                                             exits with CMD's status
#
# initdb refuses to run as root: as root the cluster belongs to the "postgres" system user (made by the postgresql
# package) and runs through runuser; any other user runs it as themselves.
set -euo pipefail

usage() {
    echo "usage: scripts/pg-test-cluster.sh start DIR | stop DIR | run -- COMMAND..." >&2
    exit 2
}

bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
        echo "PostgreSQL's server is not installed (Debian: postgresql); scripts/install-deps.sh --test installs it" >&2
        exit 1
    fi
    echo "$dir"
}

# Runs a command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# The folder that holds the cluster: DIR itself, or the one DIR/home names (see start_cluster).
cluster_home() {
    if [ -f "$1/home" ]; then
        cat "$1/home"
    else
        echo "$1"
    fi
}

stop_cluster() {
    local dir=$1 home
    home=$(cluster_home "$dir")
    if [ -f "$home/data/postmaster.pid" ]; then
        as_owner "$(bindir)/pg_ctl" -D "$home/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ "$home" != "$dir" ]; then
        rm -rf "$home"
    fi
    rm -rf "$dir"
}

start_cluster() {
    local dir=$1 bin port
    bin=$(bindir)
    stop_cluster "$dir"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    local home=$dir
    if [ "$(id -u)" -eq 0 ]; then
        if ! id postgres >/dev/null 2>&1; then
            echo "No 'postgres' system user to run the test cluster as (it comes with Debian's postgresql)" >&2
            exit 1
        fi
        # The folders above DIR must let the owner through (a home folder of 700 does not); else the cluster lives
        # in a temporary folder that DIR/home names.
        if ! runuser -u postgres -- test -x "$dir"; then
            home=$(mktemp -d "${TMPDIR:-/tmp}/wijkregie-pg.XXXXXX")
            chmod 755 "$home"
            echo "$home" >"$dir/home"
        fi
        chown postgres: "$home"
    fi
    # C locale: text compares and sorts by its bytes, as in a Wijkregie file.
    as_owner "$bin/initdb" -D "$home/data" -U wijkregie --auth=trust --encoding=UTF8 --locale=C --no-sync \
        >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    local attempt
    for attempt in 1 2 3; do
        port=$(free_port)
        if as_owner "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$home' -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off -c max_connections=40" \
            start >/dev/null; then
            echo "postgresql://wijkregie@127.0.0.1:$port/postgres" >"$dir/url"
            cat "$dir/url"
            return 0
        fi
        # Someone took the port between choosing and binding it: try another.
        tail -n 5 "$home/server.log" >&2 || true
    done
    echo "The test PostgreSQL cluster did not start; see $home/server.log" >&2
    exit 1
}

case "${1:-}" in
    start)
        [ $# -eq 2 ] || usage
        if [ -n "${WIJKREGIE_TEST_PG_URL:-}" ]; then
            stop_cluster "$2"
            mkdir -p "$2"
            echo "$WIJKREGIE_TEST_PG_URL" | tee "$2/url"
            exit 0
        fi
        start_cluster "$2"
        ;;
    stop)
        [ $# -eq 2 ] || usage
        stop_cluster "$2"
        ;;
    run)
        [ "${2:-}" = "--" ] && [ $# -ge 3 ] || usage
        shift 2
        dir=$(mktemp -d "${TMPDIR:-/tmp}/wijkregie-pg.XXXXXX")
        chmod 755 "$dir"
        trap 'stop_cluster "$dir/cluster"; rm -rf "$dir"' EXIT
        trap 'exit 130' INT
        trap 'exit 143' TERM
        url=$(start_cluster "$dir/cluster")
        status=0
        WIJKREGIE_TEST_PG_URL=$url "$@" || status=$?
        exit "$status"
        ;;
    *) usage ;;
esac
