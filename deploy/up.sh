#!/usr/bin/env bash
# The main job: starts the local FacePay cluster with its embedded defaults —
# a private PostgreSQL, two silos (with the Orleans dashboard) and the Merchant API — and stops it all on Ctrl-C.
# Running it again reuses the data: orders created before are still there.
#
# Settings (environment): FACEPAY_DATA_DIR (cluster data; default .facepay/ in this checkout),
# FACEPAY_PG_PORT, FACEPAY_API_PORT (8080), FACEPAY_SILO1_HTTP_PORT (8081), FACEPAY_SILO2_HTTP_PORT (8082),
# FACEPAY_SILO_PORTS ("11111 11112"), FACEPAY_GATEWAY_PORTS ("30000 30001"), FACEPAY_NO_WAIT=1 (start, print, exit
# leaving everything running; stop with deploy/down.sh).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$FACEPAY_ROOT/deploy/lib/postgres.sh"
source "$FACEPAY_ROOT/deploy/lib/face-models.sh"
source "$FACEPAY_ROOT/deploy/lib/processes.sh"

require_dotnet
require_tools
pg_ensure_binaries || die "PostgreSQL is required; see the message above."
ensure_face_models || die "the face models are required; see the message above."
build_solution

DATA="$(facepay_data_home)"
mkdir -p "$DATA/logs" "$DATA/run"
PG_DATA="$DATA/pg/data"

# Keep the PostgreSQL port stable across runs so connection strings in logs stay meaningful.
if [[ -n "${FACEPAY_PG_PORT:-}" ]]; then
  PG_PORT="$FACEPAY_PG_PORT"
elif [[ -s "$DATA/pg.port" ]] && ! port_in_use "$(cat "$DATA/pg.port")"; then
  PG_PORT="$(cat "$DATA/pg.port")"
else
  PG_PORT="$(pg_free_port)"
fi
echo "$PG_PORT" >"$DATA/pg.port"

API_PORT="${FACEPAY_API_PORT:-8080}"
SILO_HTTP_PORTS=("${FACEPAY_SILO1_HTTP_PORT:-8081}" "${FACEPAY_SILO2_HTTP_PORT:-8082}")
read -r -a SILO_PORTS <<<"${FACEPAY_SILO_PORTS:-11111 11112}"
read -r -a GATEWAY_PORTS <<<"${FACEPAY_GATEWAY_PORTS:-30000 30001}"
for port in "$API_PORT" "${SILO_HTTP_PORTS[@]}" "${SILO_PORTS[@]}" "${GATEWAY_PORTS[@]}"; do
  port_in_use "$port" && die "port $port on 127.0.0.1 is in use (another FacePay? run deploy/down.sh, or set the FACEPAY_*_PORT variables)."
done

stop_all() {
  trap - EXIT INT TERM
  say "stopping ..."
  stop_started_processes "$DATA/run"
  pg_stop "$PG_DATA" >/dev/null 2>&1 || true
  say "stopped (data kept in $DATA)."
}
if [[ -z "${FACEPAY_NO_WAIT:-}" ]]; then
  trap stop_all EXIT INT TERM
fi

say "starting PostgreSQL on 127.0.0.1:$PG_PORT (data: $PG_DATA) ..."
pg_provision "$PG_DATA" "$PG_PORT" facepay || die "PostgreSQL did not start; see $(dirname "$PG_DATA")/postgres.log"
PG_CONN="$(pg_connection_string "$PG_PORT" facepay)"

export FacePay__Silo__PostgresConnectionString="$PG_CONN"
export FacePay__Client__PostgresConnectionString="$PG_CONN"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"

SILO_DLL="$(project_output silo/FacePay.Silo)/FacePay.Silo.dll"
API_DLL="$(project_output client/FacePay.MerchantApi)/FacePay.MerchantApi.dll"

for i in 0 1; do
  say "starting silo $((i + 1)) (silo port ${SILO_PORTS[$i]}, gateway ${GATEWAY_PORTS[$i]}, http ${SILO_HTTP_PORTS[$i]}) ..."
  start_process "$DATA/run" "silo$((i + 1))" "$DATA/logs/silo$((i + 1)).log" \
    dotnet "$SILO_DLL" \
    --urls "http://127.0.0.1:${SILO_HTTP_PORTS[$i]}" \
    --FacePay:Silo:SiloPort="${SILO_PORTS[$i]}" \
    --FacePay:Silo:GatewayPort="${GATEWAY_PORTS[$i]}"
done
for i in 0 1; do
  wait_http "silo$((i + 1))" "http://127.0.0.1:${SILO_HTTP_PORTS[$i]}/health/live" "$DATA/logs/silo$((i + 1)).log" 120
done

say "starting the Merchant API on http://127.0.0.1:$API_PORT ..."
start_process "$DATA/run" merchant-api "$DATA/logs/merchant-api.log" \
  dotnet "$API_DLL" --urls "http://127.0.0.1:$API_PORT"
wait_http merchant-api "http://127.0.0.1:$API_PORT/health/ready" "$DATA/logs/merchant-api.log" 120

cat <<INFO

  FacePay is running.
    Merchant API        http://127.0.0.1:$API_PORT/v1/orders
    API reference       http://127.0.0.1:$API_PORT/scalar/v1   (OpenAPI: /openapi/v1.json)
    Health              http://127.0.0.1:$API_PORT/health/ready
    Orleans dashboard   http://127.0.0.1:${SILO_HTTP_PORTS[0]}/dashboard/  and  http://127.0.0.1:${SILO_HTTP_PORTS[1]}/dashboard/
    PostgreSQL          $PG_CONN
    Logs                $DATA/logs/

  Try:
    curl -s -X POST http://127.0.0.1:$API_PORT/v1/orders -H 'Content-Type: application/json' \\
      -d '{"merchantId":"m1","outTradeNo":"demo_0001","amount":1234,"currency":"CNY","description":"Coffee","channel":"alipay","memberId":"alice"}'
    curl -s http://127.0.0.1:$API_PORT/v1/orders/m1/demo_0001

INFO

if [[ -n "${FACEPAY_NO_WAIT:-}" ]]; then
  say "left running (FACEPAY_NO_WAIT); stop with deploy/down.sh"
  exit 0
fi
say "press Ctrl-C to stop everything."
watch_processes "$DATA/run"
