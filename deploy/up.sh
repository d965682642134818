#!/usr/bin/env bash
# The main job: starts the local FacePay cluster with its embedded defaults — a private PostgreSQL, the channel
# sandbox (Alipay and WeChat Pay emulator), two silos (with the Orleans dashboard) and the Merchant API — runs one
# complete face-pay through the API to show it working, and stops it all on Ctrl-C.
# Running it again reuses the data: orders created before are still there.
#
# Settings (environment): FACEPAY_DATA_DIR (cluster data; default .facepay/ in this checkout),
# FACEPAY_PG_PORT, FACEPAY_API_PORT (8080), FACEPAY_SILO1_HTTP_PORT (8081), FACEPAY_SILO2_HTTP_PORT (8082),
# FACEPAY_SANDBOX_PORT (5080), FACEPAY_WEBHOOK_PORT (8089, the demo merchant's webhook receiver),
# FACEPAY_SILO_PORTS ("11111 11112"), FACEPAY_GATEWAY_PORTS ("30000 30001"), FACEPAY_NO_DEMO=1 (skip the demo
# face-pay), FACEPAY_NO_WAIT=1 (start, print, exit leaving everything running; stop with deploy/down.sh).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$FACEPAY_ROOT/deploy/lib/postgres.sh"
source "$FACEPAY_ROOT/deploy/lib/face-models.sh"
source "$FACEPAY_ROOT/deploy/lib/processes.sh"
source "$FACEPAY_ROOT/deploy/lib/demo.sh"

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
SANDBOX_PORT="${FACEPAY_SANDBOX_PORT:-5080}"
WEBHOOK_PORT="${FACEPAY_WEBHOOK_PORT:-8089}"
SILO_HTTP_PORTS=("${FACEPAY_SILO1_HTTP_PORT:-8081}" "${FACEPAY_SILO2_HTTP_PORT:-8082}")
read -r -a SILO_PORTS <<<"${FACEPAY_SILO_PORTS:-11111 11112}"
read -r -a GATEWAY_PORTS <<<"${FACEPAY_GATEWAY_PORTS:-30000 30001}"
for port in "$API_PORT" "$SANDBOX_PORT" "$WEBHOOK_PORT" "${SILO_HTTP_PORTS[@]}" "${SILO_PORTS[@]}" "${GATEWAY_PORTS[@]}"; do
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
SANDBOX_DLL="$(project_output src/FacePay.Sandbox)/FacePay.Sandbox.dll"
SANDBOX_CREDENTIALS="$DATA/sandbox/credentials"
API_URL="http://127.0.0.1:$API_PORT"
# The development merchant: its channel accounts are the sandbox's, its notify URLs are this API's.
MERCHANT=m1

say "starting the channel sandbox on http://127.0.0.1:$SANDBOX_PORT (keys: $SANDBOX_CREDENTIALS) ..."
start_process "$DATA/run" sandbox "$DATA/logs/sandbox.log" \
  dotnet "$SANDBOX_DLL" --contentRoot "$(dirname "$SANDBOX_DLL")" --urls "http://127.0.0.1:$SANDBOX_PORT" --credentials-dir "$SANDBOX_CREDENTIALS" \
  --Sandbox:WechatPayNotifyUrl="$API_URL/notify/wechatpay/$MERCHANT"
wait_http sandbox "http://127.0.0.1:$SANDBOX_PORT/sandbox/health" "$DATA/logs/sandbox.log" 120

for i in 0 1; do
  say "starting silo $((i + 1)) (silo port ${SILO_PORTS[$i]}, gateway ${GATEWAY_PORTS[$i]}, http ${SILO_HTTP_PORTS[$i]}) ..."
  start_process "$DATA/run" "silo$((i + 1))" "$DATA/logs/silo$((i + 1)).log" \
    dotnet "$SILO_DLL" --contentRoot "$(dirname "$SILO_DLL")" \
    --urls "http://127.0.0.1:${SILO_HTTP_PORTS[$i]}" \
    --FacePay:Silo:SiloPort="${SILO_PORTS[$i]}" \
    --FacePay:Silo:GatewayPort="${GATEWAY_PORTS[$i]}" \
    --FacePay:ChannelsConfigFile="$SANDBOX_CREDENTIALS/channels.appsettings.json" \
    --FacePay:Channels:Alipay:NotifyUrl="$API_URL/notify/alipay/$MERCHANT" \
    --FacePay:Channels:WechatPay:NotifyUrl="$API_URL/notify/wechatpay/$MERCHANT" \
    --Face:ModelDirectory="$FACEPAY_MODELS_DIR"
done
for i in 0 1; do
  wait_http "silo$((i + 1))" "http://127.0.0.1:${SILO_HTTP_PORTS[$i]}/health/ready" "$DATA/logs/silo$((i + 1)).log" 120
done

say "starting the Merchant API on $API_URL ..."
start_process "$DATA/run" merchant-api "$DATA/logs/merchant-api.log" \
  dotnet "$API_DLL" --contentRoot "$(dirname "$API_DLL")" --urls "$API_URL"
wait_http merchant-api "$API_URL/health/ready" "$DATA/logs/merchant-api.log" 120

# The demo merchant's webhook endpoint: prints nothing, keeps every delivery in a file.
WEBHOOK_LOG="$DATA/logs/webhooks.jsonl"
start_process "$DATA/run" webhook-receiver "$DATA/logs/webhook-receiver.log" \
  python3 "$FACEPAY_ROOT/deploy/lib/webhook_receiver.py" "$WEBHOOK_PORT" "$WEBHOOK_LOG"

if [[ -z "${FACEPAY_NO_DEMO:-}" ]]; then
  say "running one face-pay through the Merchant API ..."
  run_demo "$API_URL" "http://127.0.0.1:$WEBHOOK_PORT/webhooks/facepay" "$WEBHOOK_LOG" "http://127.0.0.1:$SANDBOX_PORT" ||
    die "the demo face-pay failed (the cluster is up; see the logs in $DATA/logs/ and deploy/down.sh to stop)."
fi

# The development operator (appsettings.Development.json of both hosts); outside Development there is none, and
# deploy/operator-credential.sh makes real ones.
if [[ "$ASPNETCORE_ENVIRONMENT" == "Development" ]]; then
  OPERATOR_LOGIN="dev / development-only-operator-pw, development only"
  DASHBOARD_ACCESS="open on loopback in Development; FacePay__Operators__Dashboard=Always asks for the operator login"
else
  OPERATOR_LOGIN="an account of FacePay:Operators; make one with deploy/operator-credential.sh"
  DASHBOARD_ACCESS="asks for an operator login (Basic) or token (Bearer)"
fi

cat <<INFO

  FacePay is running.
    Merchant API        $API_URL/v1/orders   (signed requests: README, "Merchant API")
    API reference       $API_URL/scalar/v1   (OpenAPI: /openapi/v1.json)
    Health, metrics     $API_URL/health/ready, $API_URL/metrics
    Payments console    $API_URL/ops   (operator login: $OPERATOR_LOGIN)
    Orleans dashboard   http://127.0.0.1:${SILO_HTTP_PORTS[0]}/dashboard/  and  http://127.0.0.1:${SILO_HTTP_PORTS[1]}/dashboard/
                        ($DASHBOARD_ACCESS)
    Channel sandbox     http://127.0.0.1:$SANDBOX_PORT/sandbox/trades   (faults: /sandbox/faults)
    Demo webhooks       $WEBHOOK_LOG
    PostgreSQL          $PG_CONN
    Logs                $DATA/logs/

  Try (development merchant m1):
    export FACEPAY_KEY_ID=$DEMO_KEY_ID FACEPAY_SECRET=$DEMO_SECRET
    client/FacePay.MerchantApi/scripts/signed-request.sh POST $API_URL/v1/orders \\
      '{"outTradeNo":"try_0001","amount":1234,"currency":"CNY","description":"Coffee","channel":"alipay","memberId":"alice"}'
    client/FacePay.MerchantApi/scripts/signed-request.sh GET $API_URL/v1/orders/try_0001

  The facepay CLI against this cluster (README, "The facepay command line"):
    export FacePay__Client__PostgresConnectionString='$PG_CONN'
    dotnet $(project_output client/FacePay.Cli)/facepay.dll cluster status

INFO

if [[ -n "${FACEPAY_NO_WAIT:-}" ]]; then
  say "left running (FACEPAY_NO_WAIT); stop with deploy/down.sh"
  exit 0
fi
say "press Ctrl-C to stop everything."
watch_processes "$DATA/run"
