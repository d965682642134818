# shellcheck shell=bash
# Applying the FacePay schema (deploy/sql/*.sql) with psql, wherever the database is. Used by deploy/lib/postgres.sh
# (the private server of deploy/up.sh) and by the schema job image (deploy/docker/schema/apply-schema.sh).
#
#   source deploy/lib/schema.sh
#   schema_libpq_env_from_npgsql "$connection_string"   # exports PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, ...
#   schema_wait_ready 120
#   schema_apply_files deploy/sql
#
# psql reads the connection from the PG* environment variables (libpq), so nothing secret is on a command line.

_schema_log() { echo "[schema] $*" >&2; }
_schema_fail() { echo "[schema] ERROR: $*" >&2; return 1; }

# schema_libpq_env_from_npgsql CONNECTION_STRING — exports the libpq variables for an Npgsql connection string
# ("Host=db;Port=5432;Database=facepay;Username=facepay;Password='a;b'"). Keys are case-insensitive and may be
# written with spaces ("SSL Mode"); values may be quoted with ' or " (a doubled quote inside stands for one).
# Pooling and other client-side keys are ignored.
schema_libpq_env_from_npgsql() {
    local s="${1:?schema_libpq_env_from_npgsql CONNECTION_STRING}" n i=0 key value c quote
    n=${#s}
    while ((i < n)); do
        key=""
        while ((i < n)) && [[ "${s:i:1}" != "=" && "${s:i:1}" != ";" ]]; do key+="${s:i:1}"; i=$((i + 1)); done
        if [[ "${s:i:1}" == ";" || $i -ge $n ]]; then
            [[ -z "${key//[[:space:]]/}" ]] || { _schema_fail "connection string part '${key}' has no '='"; return 1; }
            i=$((i + 1))
            continue
        fi
        i=$((i + 1))
        while ((i < n)) && [[ "${s:i:1}" == " " ]]; do i=$((i + 1)); done
        value=""
        c="${s:i:1}"
        if [[ "$c" == "'" || "$c" == '"' ]]; then
            quote="$c"
            i=$((i + 1))
            while true; do
                ((i < n)) || { _schema_fail "unterminated quoted value in the connection string"; return 1; }
                c="${s:i:1}"
                if [[ "$c" == "$quote" ]]; then
                    if [[ "${s:i+1:1}" == "$quote" ]]; then value+="$quote"; i=$((i + 2)); continue; fi
                    i=$((i + 1))
                    break
                fi
                value+="$c"
                i=$((i + 1))
            done
            while ((i < n)) && [[ "${s:i:1}" != ";" ]]; do i=$((i + 1)); done
        else
            while ((i < n)) && [[ "${s:i:1}" != ";" ]]; do value+="${s:i:1}"; i=$((i + 1)); done
            value="${value%"${value##*[![:space:]]}"}"
        fi
        i=$((i + 1))
        key="${key//[[:space:]]/}"
        case "${key,,}" in
            host | server) export PGHOST="$value" ;;
            port) export PGPORT="$value" ;;
            database | db) export PGDATABASE="$value" ;;
            username | user | userid | uid) export PGUSER="$value" ;;
            password | pwd | psw) export PGPASSWORD="$value" ;;
            sslmode)
                case "${value,,}" in
                    verifyfull | verify-full) export PGSSLMODE=verify-full ;;
                    verifyca | verify-ca) export PGSSLMODE=verify-ca ;;
                    *) export PGSSLMODE="${value,,}" ;;
                esac
                ;;
            rootcertificate) export PGSSLROOTCERT="$value" ;;
            timeout) export PGCONNECT_TIMEOUT="$value" ;;
            *) ;;
        esac
    done
    [[ -n "${PGHOST:-}" ]] || { _schema_fail "the connection string names no Host"; return 1; }
    [[ -n "${PGDATABASE:-}" ]] || { _schema_fail "the connection string names no Database"; return 1; }
}

# schema_wait_ready [SECONDS] — waits until the database in the PG* variables answers (a fresh database server may
# still be starting when the job runs).
schema_wait_ready() {
    local seconds="${1:-120}" deadline
    deadline=$((SECONDS + seconds))
    until psql -X -Atq -c 'SELECT 1' >/dev/null 2>&1; do
        if ((SECONDS >= deadline)); then
            psql -X -Atq -c 'SELECT 1' >/dev/null || true
            _schema_fail "the database ${PGDATABASE:-?} on ${PGHOST:-?}:${PGPORT:-5432} did not answer within ${seconds}s"
            return 1
        fi
        sleep 1
    done
}

# schema_apply_files [SQL_DIR] — applies every *.sql of SQL_DIR in name order, each in one transaction, stopping at
# the first error. The files are idempotent, so applying them again on every release is safe.
schema_apply_files() {
    local dir="${1:?schema_apply_files SQL_DIR}" files=() f
    mapfile -t files < <(find "$dir" -maxdepth 1 -name '*.sql' -type f | LC_ALL=C sort)
    if [[ ${#files[@]} -eq 0 ]]; then
        _schema_fail "no *.sql files in $dir"
        return 1
    fi
    for f in "${files[@]}"; do
        if ! PGOPTIONS="-c client_min_messages=warning" psql -q -X -1 -v ON_ERROR_STOP=1 -f "$f" >/dev/null; then
            _schema_fail "applying $(basename "$f") failed"
            return 1
        fi
    done
    _schema_log "schema applied to ${PGDATABASE:-?} (${#files[@]} files from $dir)"
}
