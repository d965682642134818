# shellcheck shell=bash
# One complete face-pay through the Merchant API, printed step by step, so a newcomer sees the whole system work:
# webhook endpoint, member enrolment, order, face verification, payment through the channel sandbox, the channel's
# notification, the signed webhook. Uses the development merchant m1 and the fixture photos of one person.
#
#   run_demo API_URL WEBHOOK_URL WEBHOOK_LOG SANDBOX_URL   (after the cluster, the sandbox and the webhook receiver are up)

DEMO_KEY_ID="${FACEPAY_DEMO_KEY_ID:-m1_dev_key}"
# The development secret of merchant m1 (client/FacePay.MerchantApi/appsettings.Development.json); never a real one.
DEMO_SECRET="${FACEPAY_DEMO_SECRET:-development-only-secret-m1-TTpZaCLHg15w2Dx5czpo}"
DEMO_FACES="$FACEPAY_ROOT/tests/fixtures/faces"

_demo_signed() { FACEPAY_KEY_ID="$DEMO_KEY_ID" FACEPAY_SECRET="$DEMO_SECRET" "$FACEPAY_ROOT/client/FacePay.MerchantApi/scripts/signed-request.sh" "$@"; }

# _demo_field JSON PATH — prints one field of a JSON document (PATH like .order.state), empty when absent.
_demo_field() {
  python3 -c 'import json,sys
v=json.loads(sys.argv[1])
for p in sys.argv[2].strip(".").split("."):
    v=v.get(p) if isinstance(v,dict) else None
print("" if v is None else v)' "$1" "$2" 2>/dev/null
}

# _demo_multipart OUT BOUNDARY FIELD FILE — a multipart/form-data body with one file field.
_demo_multipart() {
  local out="$1" boundary="$2" field="$3" file="$4"
  {
    printf -- '--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: image/jpeg\r\n\r\n' \
      "$boundary" "$field" "$(basename "$file")"
    cat "$file"
    printf -- '\r\n--%s--\r\n' "$boundary"
  } >"$out"
}

_demo_step() { printf '\n\033[1m[demo] %s\033[0m\n' "$*"; }

# _demo_show JSON FIELD... — prints the named top-level fields of an answer on one line (an error answer whole).
_demo_show() {
  python3 -c 'import json,sys
v=json.loads(sys.argv[1])
if isinstance(v,dict) and "status" in v and "title" in v and "type" in v and str(v.get("status")).isdigit():
    print("  problem:", json.dumps(v)); sys.exit()
print("  " + ", ".join(f"{k}={v.get(k)}" for k in sys.argv[2:] if isinstance(v,dict) and k in v))' "$@" 2>/dev/null || echo "  $1"
}
_demo_fail() { printf '[demo] ERROR: %s\n' "$*" >&2; return 1; }

run_demo() {
  local api="$1" webhook_url="$2" webhook_log="$3" sandbox="$4" work answer no session token state
  work="$(mktemp -d)"
  no="demo_$(date +%Y%m%d_%H%M%S)"

  _demo_step "1/6 webhook endpoint for merchant m1 -> $webhook_url"
  answer="$(_demo_signed PUT "$api/v1/events/webhook" "{\"url\":\"$webhook_url\",\"secret\":\"whsec_local_demo_0123456789\",\"enabled\":true}")"
  _demo_show "$answer" url enabled secretFingerprint
  [[ -n "$(_demo_field "$answer" .url)" ]] || { _demo_fail "the webhook was not configured"; return 1; }

  _demo_step "2/6 enrol member alice with $(basename "$DEMO_FACES/obama_1.jpg")"
  _demo_multipart "$work/enrol.bin" demo-boundary photos "$DEMO_FACES/obama_1.jpg"
  answer="$(FACEPAY_CONTENT_TYPE='multipart/form-data; boundary=demo-boundary' _demo_signed POST "$api/v1/members/alice/enrollment" "@$work/enrol.bin")"
  _demo_show "$answer" memberId status photoCount enrolledAt
  [[ "$(_demo_field "$answer" .status)" == "Enrolled" ]] ||
    { _demo_fail "the enrolment was refused"; return 1; }

  _demo_step "3/6 create order $no: 12.34 CNY through Alipay for alice"
  answer="$(_demo_signed POST "$api/v1/orders" "{\"outTradeNo\":\"$no\",\"amount\":1234,\"currency\":\"CNY\",\"description\":\"Coffee\",\"channel\":\"alipay\",\"memberId\":\"alice\"}")"
  _demo_show "$answer" outTradeNo state amountDisplay currency channel memberId version
  [[ "$(_demo_field "$answer" .state)" == "Created" ]] || { _demo_fail "the order was not created"; return 1; }

  _demo_step "4/6 verify alice's face with another photo ($(basename "$DEMO_FACES/obama_2.jpg"))"
  answer="$(_demo_signed POST "$api/v1/orders/$no/verifications" '{"memberId":"alice"}')"
  _demo_show "$answer" sessionId status challengeNonce attemptsLeft expiresAt
  session="$(_demo_field "$answer" .sessionId)"
  [[ -n "$session" ]] || { _demo_fail "no verification session"; return 1; }
  _demo_multipart "$work/capture.bin" demo-boundary image "$DEMO_FACES/obama_2.jpg"
  answer="$(FACEPAY_CONTENT_TYPE='multipart/form-data; boundary=demo-boundary' _demo_signed POST "$api/v1/verifications/$session/captures" "@$work/capture.bin")"
  _demo_show "$answer" outcome verified message attemptsLeft tokenExpiresAt
  token="$(_demo_field "$answer" .verificationToken)"
  [[ -n "$token" ]] || { _demo_fail "the face did not verify"; return 1; }

  _demo_step "5/6 pay with the verification token (the channel sandbox charges the face token)"
  answer="$(_demo_signed POST "$api/v1/orders/$no/pay" "{\"verificationToken\":\"$token\",\"payerCode\":\"fp2088000000000001\",\"deviceId\":\"kiosk-demo\"}")"
  _demo_show "$answer" outTradeNo state channelTradeNo version
  for _ in $(seq 1 30); do
    state="$(_demo_field "$(_demo_signed GET "$api/v1/orders/$no")" .state)"
    [[ "$state" == "Paid" ]] && break
    sleep 1
  done
  [[ "$state" == "Paid" ]] || { _demo_fail "order $no is $state, not Paid"; return 1; }
  echo "  the order's history:"
  python3 -c 'import json,sys
for h in json.loads(sys.argv[1]):
    print("    v%s %-22s %s -> %s (%s)" % (h["version"], h["kind"], h["fromState"], h["toState"], h["source"]))' "$(_demo_signed GET "$api/v1/orders/$no/history")"
  echo "  the channel's notification, as the sandbox saw its delivery:"
  curl -fsS "$sandbox/sandbox/notifications" | python3 -c 'import json,sys
for n in json.load(sys.stdin):
    if n["outTradeNo"].startswith(sys.argv[1] + "_"):
        print("    %s %s -> %s: HTTP %s, acknowledged=%s" % (n["channel"], n["eventType"], n["url"], n["statusCode"], n["acknowledged"]))' "$no" || true

  _demo_step "6/6 the signed webhooks the merchant received"
  for _ in $(seq 1 30); do
    grep "$no" "$webhook_log" 2>/dev/null | grep -q payment.succeeded && break
    sleep 1
  done
  python3 -c 'import json,sys
found=False
for line in open(sys.argv[1], encoding="utf-8"):
    r=json.loads(line); b=json.loads(r["body"])
    if b.get("data",{}).get("out_trade_no")==sys.argv[2]:
        found=found or b["type"]=="payment.succeeded"
        print("    %-18s id=%s  signature=%s..." % (b["type"], b["id"], r["headers"].get("FacePay-Signature", "")[:40]))
sys.exit(0 if found else 1)' "$webhook_log" "$no" || { _demo_fail "no payment.succeeded webhook for $no arrived at $webhook_url"; return 1; }
  rm -rf "$work"
  printf '\n\033[1m[demo] done: face verified, paid once, merchant told.\033[0m\n'
}
