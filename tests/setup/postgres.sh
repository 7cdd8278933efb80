#!/usr/bin/env bash
# A throwaway PostgreSQL for the tests: `source tests/setup/postgres.sh && postgres_start` installs Debian's
# postgresql package where missing, initdb's a temp folder as the unprivileged `postgres` user, starts the server
# on a free loopback port and exports SIM_TEST_POSTGRES (an Npgsql connection string to its `postgres` database).
# `postgres_stop` stops the server and deletes the folder; postgres_start registers it on EXIT, so a failing run
# cleans up too. Nothing outside the temp folder is touched except the package install.
# Run directly (`tests/setup/postgres.sh start`) it prints `export SIM_TEST_POSTGRES=...` for manual use;
# `tests/setup/postgres.sh stop DIR` stops such a server.

SIM_PG_USER=postgres

# Finds the newest installed PostgreSQL server binaries (Debian puts them under /usr/lib/postgresql/N/bin).
postgres_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
        echo "$dir"
    fi
}

postgres_install() {
    if [[ -n "$(postgres_bindir)" ]]; then
        return 0
    fi
    echo "test.sh: installing Debian's postgresql package" >&2
    local sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    if [[ -z "$(postgres_bindir)" ]]; then
        echo "test.sh: postgresql installed but no /usr/lib/postgresql/*/bin/initdb found" >&2
        return 1
    fi
}

# Runs a command as the unprivileged server user when we are root (initdb and postgres refuse root).
# Runs from / so that the server user need not be able to read the current folder.
postgres_as_user() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd / && runuser -u "$SIM_PG_USER" -- "$@")
    else
        (cd / && "$@")
    fi
}

# A random loopback port in 20000-59999 that nothing answers on (the start is retried if it is taken meanwhile).
postgres_free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
}

postgres_start() {
    postgres_install || return 1
    local bin port password dir
    bin=$(postgres_bindir)
    if [[ $(id -u) -eq 0 ]] && ! id "$SIM_PG_USER" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$SIM_PG_USER"
    fi
    dir=$(mktemp -d /tmp/sim-test-postgres.XXXXXX)
    SIM_TEST_POSTGRES_DIR="$dir"
    trap postgres_stop EXIT
    # Ctrl-C and kill end the shell through exit, so the EXIT trap stops the server then too.
    trap 'exit 130' INT
    trap 'exit 143' TERM
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" >"$dir/pwfile"
    [[ $(id -u) -eq 0 ]] && chown -R "$SIM_PG_USER" "$dir"
    chmod 700 "$dir"
    postgres_as_user "$bin/initdb" -D "$dir/data" -U sim -A scram-sha-256 --pwfile="$dir/pwfile" \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
    rm -f "$dir/pwfile"
    # Loopback only, socket in the temp folder, no fsync (a throwaway server: speed over durability).
    local attempt started=""
    for attempt in 1 2 3 4 5; do
        port=$(postgres_free_port)
        if postgres_as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null; then
            started=1
            break
        fi
    done
    if [[ -z "$started" ]]; then
        cat "$dir/server.log" >&2
        return 1
    fi
    export SIM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=sim;Password=$password;Database=postgres"
    echo "test.sh: throwaway PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)" >&2
}

postgres_stop() {
    local dir="${1:-${SIM_TEST_POSTGRES_DIR:-}}"
    [[ -z "$dir" || ! -d "$dir" ]] && return 0
    local bin
    bin=$(postgres_bindir)
    if [[ -f "$dir/data/postmaster.pid" && -n "$bin" ]]; then
        postgres_as_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    SIM_TEST_POSTGRES_DIR=""
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    case "${1:-}" in
        start)
            postgres_start
            trap - EXIT INT TERM
            echo "export SIM_TEST_POSTGRES='$SIM_TEST_POSTGRES'"
            echo "# stop with: $0 stop $SIM_TEST_POSTGRES_DIR"
            ;;
        stop) postgres_stop "${2:?usage: $0 stop DIR}" ;;
        *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
    esac
fi
