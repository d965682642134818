# shellcheck shell=bash
# PostgreSQL provisioning for FacePay: a private server on 127.0.0.1, owned by this checkout, never the system's.
#
# Source this file (deploy/up.sh, deploy/test.sh), then, for example:
#
#   pg_ensure_binaries                       # finds (or apt-installs) initdb/pg_ctl/postgres
#   port=$(pg_free_port)
#   pg_provision "$root/.data/pg/data" "$port" facepay    # init if new, start, create db, apply deploy/sql
#   echo "$(pg_connection_string "$port" facepay)"
#   pg_stop "$root/.data/pg/data"
#
# Layout: the data folder D gets its socket folder beside it (D/../sock) and its log beside it (D/../postgres.log).
# PostgreSQL refuses to run as root; as root the folders are given to the `postgres` system user and the server
# commands run through `runuser -u postgres --`. As any other user everything runs as that user.
# Authentication is `trust`, and only on the Unix socket and loopback: the server listens on 127.0.0.1 only.
#
# Functions return non-zero with a message on stderr; callers using `set -e` stop there.

PG_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PG_REPO_ROOT="$(cd "$PG_LIB_DIR/../.." && pwd)"
PG_SQL_DIR="${PG_SQL_DIR:-$PG_REPO_ROOT/deploy/sql}"
# shellcheck source=schema.sh
source "$PG_LIB_DIR/schema.sh"
PG_BIN_DIR="${PG_BIN_DIR:-}"

_pg_log() { echo "[postgres] $*" >&2; }
_pg_fail() { echo "[postgres] ERROR: $*" >&2; return 1; }

# Prints the folder holding initdb, pg_ctl and postgres, or returns 1.
pg_find_bin_dir() {
    local candidate
    if [[ -n "$PG_BIN_DIR" && -x "$PG_BIN_DIR/initdb" && -x "$PG_BIN_DIR/pg_ctl" && -x "$PG_BIN_DIR/postgres" ]]; then
        echo "$PG_BIN_DIR"
        return 0
    fi
    candidate="$(command -v initdb 2>/dev/null || true)"
    if [[ -n "$candidate" ]]; then
        candidate="$(dirname "$(readlink -f "$candidate")")"
        if [[ -x "$candidate/pg_ctl" && -x "$candidate/postgres" ]]; then
            echo "$candidate"
            return 0
        fi
    fi
    # Debian keeps the server binaries out of PATH; take the newest installed major version.
    candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [[ -n "$candidate" && -x "$candidate/initdb" && -x "$candidate/pg_ctl" && -x "$candidate/postgres" ]]; then
        echo "$candidate"
        return 0
    fi
    return 1
}

# Makes sure the server binaries and psql exist, installing Debian's `postgresql` package when they do not.
# Sets PG_BIN_DIR.
pg_ensure_binaries() {
    local dir
    if dir="$(pg_find_bin_dir)" && command -v psql >/dev/null 2>&1; then
        PG_BIN_DIR="$dir"
        return 0
    fi
    _pg_log "PostgreSQL server binaries not found; installing Debian's 'postgresql' package (apt-get)."
    if ! command -v apt-get >/dev/null 2>&1; then
        _pg_fail "apt-get is not available. Install PostgreSQL 15+ (initdb, pg_ctl, postgres, psql) and retry, or set PG_BIN_DIR."
        return 1
    fi
    local sudo=()
    if [[ $EUID -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            _pg_fail "installing PostgreSQL needs root (or sudo). Run: apt-get update && apt-get install -y postgresql"
            return 1
        fi
    fi
    if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 ||
        ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; then
        _pg_fail "'apt-get install -y postgresql' failed; install PostgreSQL 15+ by hand and retry."
        return 1
    fi
    if ! dir="$(pg_find_bin_dir)" || ! command -v psql >/dev/null 2>&1; then
        _pg_fail "PostgreSQL was installed but initdb/pg_ctl/postgres/psql are still not found."
        return 1
    fi
    PG_BIN_DIR="$dir"
    _pg_log "using PostgreSQL binaries in $PG_BIN_DIR"
}

# Prints a TCP port on 127.0.0.1 that is free right now.
pg_free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
        return
    fi
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    _pg_fail "no free TCP port found"
}

# Runs a server command as the right user: `postgres` when we are root, ourselves otherwise.
_pg_as_owner() {
    if [[ $EUID -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

_pg_sock_dir() { echo "$(dirname "$1")/sock"; }
_pg_log_file() { echo "$(dirname "$1")/postgres.log"; }

# Creates the data folder's parent, socket folder and log, owned by whoever will run the server.
_pg_prepare_dirs() {
    local data="$1" parent sock log
    parent="$(dirname "$data")"
    sock="$(_pg_sock_dir "$data")"
    log="$(_pg_log_file "$data")"
    mkdir -p "$parent" "$sock" "$data" || return 1
    touch "$log" || return 1
    chmod 700 "$data" || return 1
    if [[ $EUID -eq 0 ]]; then
        if ! id -u postgres >/dev/null 2>&1; then
            _pg_fail "running as root needs the 'postgres' system user (install Debian's postgresql package)."
            return 1
        fi
        chown postgres:postgres "$parent" "$sock" "$log" || return 1
        chown -R postgres:postgres "$data" || return 1
        if ! runuser -u postgres -- test -w "$data"; then
            _pg_fail "user 'postgres' cannot reach $data (a parent folder is not searchable by others); put the data folder elsewhere."
            return 1
        fi
    fi
}

# pg_init DATA_DIR — creates a new cluster (UTF8, trust on socket and loopback) unless one exists there.
pg_init() {
    local data="${1:?pg_init DATA_DIR}"
    [[ -n "$PG_BIN_DIR" ]] || pg_ensure_binaries || return 1
    data="$(readlink -m "$data")"
    if [[ -f "$data/PG_VERSION" ]]; then
        _pg_prepare_dirs "$data" || return 1
        return 0
    fi
    _pg_prepare_dirs "$data" || return 1
    _pg_log "initdb $data"
    if ! _pg_as_owner "$PG_BIN_DIR/initdb" -D "$data" -U postgres -E UTF8 --locale=C \
        --auth-local=trust --auth-host=trust >"$(_pg_log_file "$data").initdb" 2>&1; then
        cat "$(_pg_log_file "$data").initdb" >&2
        _pg_fail "initdb failed for $data"
        return 1
    fi
    # Only the Unix socket and loopback addresses may connect.
    _pg_as_owner tee "$data/pg_hba.conf" >/dev/null <<'HBA'
# FacePay private server: local socket and loopback only.
local   all all                trust
host    all all 127.0.0.1/32   trust
host    all all ::1/128        trust
HBA
}

# pg_is_running DATA_DIR
pg_is_running() {
    local data
    data="$(readlink -m "${1:?pg_is_running DATA_DIR}")"
    [[ -n "$PG_BIN_DIR" ]] || pg_ensure_binaries || return 1
    [[ -f "$data/postmaster.pid" ]] && _pg_as_owner "$PG_BIN_DIR/pg_ctl" -D "$data" status >/dev/null 2>&1
}

# pg_running_port DATA_DIR — prints the port of the server running on DATA_DIR (from postmaster.pid).
pg_running_port() {
    local data
    data="$(readlink -m "${1:?pg_running_port DATA_DIR}")"
    [[ -f "$data/postmaster.pid" ]] || return 1
    sed -n 4p "$data/postmaster.pid"
}

# pg_start DATA_DIR PORT — starts the server on 127.0.0.1:PORT and waits until it accepts connections.
pg_start() {
    local data="${1:?pg_start DATA_DIR PORT}" port="${2:?pg_start DATA_DIR PORT}"
    [[ -n "$PG_BIN_DIR" ]] || pg_ensure_binaries || return 1
    data="$(readlink -m "$data")"
    _pg_prepare_dirs "$data" || return 1
    if pg_is_running "$data"; then
        local running_port
        running_port="$(pg_running_port "$data")"
        if [[ "$running_port" != "$port" ]]; then
            _pg_fail "$data is already served on port $running_port, not $port; stop it first (pg_stop $data)"
            return 1
        fi
        _pg_log "already running: $data"
        pg_wait_ready "$port" || return 1
        return 0
    fi
    local sock log
    sock="$(_pg_sock_dir "$data")"
    log="$(_pg_log_file "$data")"
    _pg_log "starting on 127.0.0.1:$port (data $data, log $log)"
    if ! _pg_as_owner "$PG_BIN_DIR/pg_ctl" -D "$data" -l "$log" -w -t 60 \
        -o "-p $port -k $sock -c listen_addresses=127.0.0.1" start >/dev/null; then
        tail -n 30 "$log" >&2
        _pg_fail "PostgreSQL did not start (log: $log)"
        return 1
    fi
    pg_wait_ready "$port"
}

# pg_wait_ready PORT [SECONDS] — waits until the server on 127.0.0.1:PORT answers.
pg_wait_ready() {
    local port="${1:?pg_wait_ready PORT}" seconds="${2:-60}" i
    for ((i = 0; i < seconds * 5; i++)); do
        if psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.2
    done
    _pg_fail "PostgreSQL on 127.0.0.1:$port did not become ready in ${seconds}s"
}

# pg_create_database PORT DBNAME — creates the database unless it exists.
pg_create_database() {
    local port="${1:?pg_create_database PORT DBNAME}" db="${2:?pg_create_database PORT DBNAME}" exists
    # psql interpolates :'db' (quoted safely) only in scripts read from input, not in -c.
    exists="$(psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atq -X -v ON_ERROR_STOP=1 \
        -v db="$db" <<<"SELECT 1 FROM pg_database WHERE datname = :'db';")" || return 1
    if [[ "$exists" != "1" ]]; then
        _pg_log "creating database $db"
        psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -X -v ON_ERROR_STOP=1 \
            -v db="$db" <<<"CREATE DATABASE :\"db\" ENCODING 'UTF8' TEMPLATE template0;" >/dev/null || return 1
    fi
}

# pg_apply_schema PORT DBNAME [SQL_DIR] — applies every *.sql in name order, each in one transaction.
pg_apply_schema() {
    local port="${1:?pg_apply_schema PORT DBNAME}" db="${2:?pg_apply_schema PORT DBNAME}" dir="${3:-$PG_SQL_DIR}"
    # A subshell keeps the PG* variables from leaking into the caller's environment.
    (
        export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres PGDATABASE="$db"
        schema_apply_files "$dir"
    )
}

# pg_stop DATA_DIR [MODE] — stops the server (MODE: fast (default), smart or immediate); no-op if not running.
pg_stop() {
    local data="${1:?pg_stop DATA_DIR [MODE]}" mode="${2:-fast}"
    [[ -n "$PG_BIN_DIR" ]] || pg_ensure_binaries || return 1
    data="$(readlink -m "$data")"
    if ! pg_is_running "$data"; then
        return 0
    fi
    _pg_log "stopping ($mode) $data"
    _pg_as_owner "$PG_BIN_DIR/pg_ctl" -D "$data" -m "$mode" -w -t 60 stop >/dev/null
}

# pg_connection_string PORT DBNAME — the Npgsql connection string for the private server.
pg_connection_string() {
    local port="${1:?pg_connection_string PORT DBNAME}" db="${2:?pg_connection_string PORT DBNAME}"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=$db"
}

# pg_provision DATA_DIR PORT DBNAME — everything up.sh needs: binaries, init (if new), start, database, schema.
pg_provision() {
    local data="${1:?pg_provision DATA_DIR PORT DBNAME}" port="${2:?pg_provision DATA_DIR PORT DBNAME}"
    local db="${3:?pg_provision DATA_DIR PORT DBNAME}"
    pg_ensure_binaries || return 1
    pg_init "$data" || return 1
    pg_start "$data" "$port" || return 1
    pg_create_database "$port" "$db" || return 1
    pg_apply_schema "$port" "$db" || return 1
}
