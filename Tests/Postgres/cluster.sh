#!/bin/sh
# A throwaway PostgreSQL cluster on a loopback port, run by an unprivileged user, for the tests.
#   cluster.sh start DIR   makes a cluster in DIR (once), starts it on a free port (the same one again on a restart),
#                          and prints its URL
#   cluster.sh stop DIR    stops it at once, as a crash or an administrator would (open connections are cut)
#   cluster.sh run CMD...  starts a cluster in a new folder, runs CMD with RIPOSTE_TEST_POSTGRES set to its URL,
#                          then stops it and removes the folder, whatever CMD did; exits with CMD's status
set -eu

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "cluster.sh: PostgreSQL's server is not installed (apt-get install postgresql)" >&2; exit 1; }

# PostgreSQL refuses to run as root: root hands the cluster to the postgres account the package made.
owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    dir=$1
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        mkdir -p "$dir"
        [ "$(id -u)" = 0 ] && chown postgres "$dir"
        owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
            { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    tries=0
    while :; do
        port=$(cat "$dir/port" 2>/dev/null || echo $((20000 + $(od -An -N2 -tu2 /dev/urandom) % 40000)))
        # fsync off: a throwaway cluster need not survive a power cut, and the tests run several times faster.
        if owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start -o \
            "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            >/dev/null 2>&1; then
            echo "$port" | owner tee "$dir/port" >/dev/null
            echo "postgres://postgres@127.0.0.1:$port/postgres"
            return
        fi
        # The port was taken (or the previous one is not free yet): try another, unless it was the cluster's own.
        tries=$((tries + 1))
        [ $tries -lt 20 ] || { cat "$dir/server.log" >&2; exit 1; }
        if [ -f "$dir/port" ]; then sleep 0.5; else sleep 0.1; fi
    done
}

stop() {
    owner "$bin/pg_ctl" -D "$1/data" -m immediate -w stop >/dev/null 2>&1 || true
}

case "${1:-}" in
start) start "$2" ;;
stop) stop "$2" ;;
run)
    shift
    dir=$(mktemp -d /tmp/riposte-pg.XXXXXX)
    trap 'stop "$dir"; rm -rf "$dir"' EXIT INT TERM
    RIPOSTE_TEST_POSTGRES=$(start "$dir")
    export RIPOSTE_TEST_POSTGRES
    echo "cluster.sh: PostgreSQL for the tests at $RIPOSTE_TEST_POSTGRES" >&2
    status=0
    "$@" || status=$?
    exit $status
    ;;
*)
    echo "usage: cluster.sh start DIR | stop DIR | run CMD..." >&2
    exit 2
    ;;
esac
