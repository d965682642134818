#!/usr/bin/env bash
# Sends one signed request to the FacePay Merchant API with curl and openssl (see README, "Merchant API").
#
#   FACEPAY_KEY_ID=m1_dev_key FACEPAY_SECRET=... signed-request.sh METHOD URL [BODY | @FILE]
#
# BODY is sent as application/json; @FILE sends the file's bytes with FACEPAY_CONTENT_TYPE (for an upload, a
# multipart/form-data body built beforehand with its boundary: "multipart/form-data; boundary=...").
#
# Canonical request (five lines, each ending in \n): METHOD, path and query as sent, Unix timestamp, nonce, lowercase
# hex SHA-256 of the body; signature = "v1=" + lowercase hex HMAC-SHA256(secret, canonical request).
# POSTs get an Idempotency-Key: FACEPAY_IDEMPOTENCY_KEY if set (reuse it to retry one operation), else a new one.
set -euo pipefail

if [[ $# -lt 2 || -z "${FACEPAY_KEY_ID:-}" || -z "${FACEPAY_SECRET:-}" ]]; then
  echo "usage: FACEPAY_KEY_ID=<key id> FACEPAY_SECRET=<secret> [FACEPAY_CONTENT_TYPE=...] $0 METHOD URL [JSON_BODY | @FILE]" >&2
  exit 2
fi

method="${1^^}"
url="$2"
body="${3-}"
rest="${url#*://}"
target="/${rest#*/}"
[[ "$rest" == */* ]] || target="/"

timestamp="$(date +%s)"
nonce="$(openssl rand -hex 16)"
if [[ "$body" == @* ]]; then
  body_file="${body#@}"
  [[ -r "$body_file" ]] || { echo "cannot read $body_file" >&2; exit 2; }
  body_sha256="$(openssl dgst -sha256 -hex <"$body_file" | sed 's/^.* //')"
  data=(--data-binary "@$body_file")
else
  body_sha256="$(printf '%s' "$body" | openssl dgst -sha256 -hex | sed 's/^.* //')"
  data=(--data-binary "$body")
fi
signature="$(printf '%s\n%s\n%s\n%s\n%s\n' "$method" "$target" "$timestamp" "$nonce" "$body_sha256" \
  | openssl dgst -sha256 -hmac "$FACEPAY_SECRET" -hex | sed 's/^.* //')"

args=(-sS -X "$method" "$url"
  -H "FacePay-Key-Id: $FACEPAY_KEY_ID"
  -H "FacePay-Timestamp: $timestamp"
  -H "FacePay-Nonce: $nonce"
  -H "FacePay-Signature: v1=$signature")
if [[ "$method" == POST ]]; then
  args+=(-H "Idempotency-Key: ${FACEPAY_IDEMPOTENCY_KEY:-$(openssl rand -hex 16)}")
fi
if [[ -n "$body" ]]; then
  args+=(-H "Content-Type: ${FACEPAY_CONTENT_TYPE:-application/json}" "${data[@]}")
fi
curl "${args[@]}"
