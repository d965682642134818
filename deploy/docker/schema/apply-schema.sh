#!/usr/bin/env bash
# Entry point of the schema job: applies deploy/sql/*.sql to the database named by the Npgsql connection string in
# FACEPAY_POSTGRES_CONNECTION_STRING (the Secret the silos read), after waiting up to FACEPAY_SCHEMA_WAIT_SECONDS
# (default 120) for the database to answer. Runs the same from a checkout and from the image, which keeps the layout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
deploy="$(cd "$here/../.." && pwd)"
source "$deploy/lib/schema.sh"

if [[ -z "${FACEPAY_POSTGRES_CONNECTION_STRING:-}" ]]; then
    echo "[schema] ERROR: FACEPAY_POSTGRES_CONNECTION_STRING is not set (an Npgsql connection string)." >&2
    exit 2
fi
schema_libpq_env_from_npgsql "$FACEPAY_POSTGRES_CONNECTION_STRING" || exit 2
schema_wait_ready "${FACEPAY_SCHEMA_WAIT_SECONDS:-120}"
schema_apply_files "$deploy/sql"
