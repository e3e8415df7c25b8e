#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the test suite (CI and developers alike).
#
#   scripts/test-postgres.sh start   # prints `export REMIV_TEST_POSTGRES="..."`: eval it
#   scripts/test-postgres.sh stop    # stops the cluster and deletes its directory
#   scripts/test-postgres.sh status
#
# - Uses the server binaries of Debian's postgresql package (/usr/lib/postgresql/*/bin, newest
#   version wins); it does not touch the package's own cluster or /var/run/postgresql.
# - PostgreSQL refuses to run as root: when run as root, the cluster belongs to the `postgres`
#   system user created by the package and every server command goes through `runuser`.
#   Run as any other user, it runs as that user.
# - Listens on 127.0.0.1 only (its unix socket stays inside its own directory), on
#   REMIV_PG_PORT (default 55432) or the next free port, with password (scram-sha-256) auth.
# - Data are disposable: fsync and synchronous commit are off for speed.
# - Idempotent: `start` first stops and wipes a cluster left over from an earlier run.
#
# Settings (environment): REMIV_PG_DIR (default /tmp/remiv-pg-test), REMIV_PG_PORT (55432),
# REMIV_PG_USER (remiv_test), REMIV_PG_PASSWORD (remiv_test).
# Everything but the export line goes to stderr, so `eval "$(scripts/test-postgres.sh start)"` works.
set -euo pipefail

PG_DIR="${REMIV_PG_DIR:-/tmp/remiv-pg-test}"
PG_PORT="${REMIV_PG_PORT:-55432}"
PG_USER="${REMIV_PG_USER:-remiv_test}"
PG_PASSWORD="${REMIV_PG_PASSWORD:-remiv_test}"
DATA_DIR="$PG_DIR/data"
LOG_FILE="$PG_DIR/server.log"
CONN_FILE="$PG_DIR/connection-string"

# The values end up inside a double-quoted shell word and an Npgsql connection string.
for value in "$PG_USER" "$PG_PASSWORD"; do
    [[ "$value" =~ ^[A-Za-z0-9_.-]+$ ]] || { echo "test-postgres: user and password may only use [A-Za-z0-9_.-]" >&2; exit 2; }
done

log() { printf 'test-postgres: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

find_bin_dir() {
    local dir best=""
    # Highest major version first (sort -V), so a newer server is preferred to 15.
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
        [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && best="$dir"
    done
    [[ -n "$best" ]] || die "no PostgreSQL server found under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)"
    printf '%s\n' "$best"
}

# Run a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
if [[ "$(id -u)" -eq 0 ]]; then
    id -u postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user (apt-get install -y postgresql creates it)"
    OWNER=postgres
    as_owner() { (cd "$PG_DIR" && runuser -u postgres -- "$@"); }
else
    OWNER="$(id -un)"
    as_owner() { (cd "$PG_DIR" && "$@"); }
fi

port_in_use() {
    # A successful TCP connect means something listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_cluster() {
    if [[ -f "$DATA_DIR/postmaster.pid" ]]; then
        local bin pid
        bin="$(find_bin_dir)"
        log "stopping the cluster in $DATA_DIR"
        if ! as_owner "$bin/pg_ctl" -D "$DATA_DIR" -m fast -w -t 30 stop >/dev/null 2>&1; then
            # pg_ctl could not do it (stale or foreign pid file): end that postmaster by its own pid.
            pid="$(head -n1 "$DATA_DIR/postmaster.pid" 2>/dev/null || true)"
            if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
                && [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == postgres* ]]; then
                log "pg_ctl stop failed; sending SIGQUIT to postmaster $pid"
                kill -QUIT "$pid" 2>/dev/null || true
                for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            fi
        fi
    fi
    if [[ -e "$PG_DIR" ]]; then
        rm -rf -- "$PG_DIR"
        log "removed $PG_DIR"
    fi
}

start_cluster() {
    local bin port
    bin="$(find_bin_dir)"

    stop_cluster   # idempotent: wipe whatever an earlier run left behind

    port="$PG_PORT"
    while port_in_use "$port"; do
        log "port $port is busy, trying $((port + 1))"
        port=$((port + 1))
        (( port < PG_PORT + 100 )) || die "no free port in $PG_PORT..$((PG_PORT + 99))"
    done

    mkdir -p "$PG_DIR"
    chmod 0700 "$PG_DIR"
    chown "$OWNER" "$PG_DIR"

    local pwfile="$PG_DIR/pwfile"
    printf '%s\n' "$PG_PASSWORD" >"$pwfile"
    chown "$OWNER" "$pwfile"
    chmod 0600 "$pwfile"

    log "initdb ($("$bin/postgres" --version)) in $DATA_DIR"
    if ! as_owner "$bin/initdb" -D "$DATA_DIR" -U "$PG_USER" --pwfile="$pwfile" \
            --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1; then
        cat "$PG_DIR/initdb.log" >&2
        die "initdb failed"
    fi
    rm -f "$pwfile"

    cat >>"$DATA_DIR/postgresql.conf" <<CONF

# --- remiv test cluster (scripts/test-postgres.sh) ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$PG_DIR'
max_connections = 200
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
CONF

    log "starting on 127.0.0.1:$port"
    if ! as_owner "$bin/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 start >/dev/null; then
        cat "$LOG_FILE" >&2 || true
        die "the server did not start"
    fi

    local ready=""
    for _ in $(seq 1 60); do
        if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U "$PG_USER" -d postgres; then
            ready=1
            break
        fi
        sleep 0.5
    done
    if [[ -z "$ready" ]]; then
        cat "$LOG_FILE" >&2 || true
        die "pg_isready never succeeded on 127.0.0.1:$port"
    fi

    local conn="Host=127.0.0.1;Port=$port;Username=$PG_USER;Password=$PG_PASSWORD;Database=postgres"
    printf '%s\n' "$conn" >"$CONN_FILE"
    chmod 0644 "$CONN_FILE"
    log "ready: $conn (also in $CONN_FILE)"
    printf 'export REMIV_TEST_POSTGRES="%s"\n' "$conn"
}

case "${1:-}" in
    start) start_cluster ;;
    stop) stop_cluster ;;
    status)
        if [[ -f "$CONN_FILE" ]]; then cat "$CONN_FILE"; else log "not running"; exit 1; fi
        ;;
    *)
        echo "usage: $0 start|stop|status" >&2
        exit 2
        ;;
esac
