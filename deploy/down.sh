#!/usr/bin/env bash
# Stops a cluster left running by `FACEPAY_NO_WAIT=1 deploy/up.sh`: its processes, then its PostgreSQL.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$FACEPAY_ROOT/deploy/lib/postgres.sh"
source "$FACEPAY_ROOT/deploy/lib/processes.sh"

DATA="$(facepay_data_home)"
stop_started_processes "$DATA/run"
pg_stop "$DATA/pg/data" || true
say "stopped (data kept in $DATA)."
