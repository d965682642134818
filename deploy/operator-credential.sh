#!/usr/bin/env bash
# Makes operator credentials for FacePay:Operators without ever writing a secret into configuration:
#   deploy/operator-credential.sh password [NAME]   reads a password (prompted, or one line on stdin) and prints its
#                                                    FacePay:Operators:Accounts:NAME:PasswordHash setting
#   deploy/operator-credential.sh token [NAME]      prints a new bearer token once (give it to the script that needs
#                                                    it) and the TokenSha256 setting that goes into configuration
# Keep the printed hash in a secret store (environment variable FacePay__Operators__Accounts__NAME__PasswordHash).
set -euo pipefail

kind="${1:-}"; name="${2:-ops}"
[[ "$name" =~ ^[A-Za-z0-9._-]{1,64}$ ]] || { echo "operator name must be 1-64 characters of [A-Za-z0-9._-]" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "python3 is required" >&2; exit 1; }

case "$kind" in
  password)
    if [[ -t 0 ]]; then
      read -r -s -p "Password for operator $name: " password; echo >&2
      read -r -s -p "Again: " again; echo >&2
      [[ "$password" == "$again" ]] || { echo "the passwords differ" >&2; exit 1; }
    else
      IFS= read -r password || true
    fi
    [[ ${#password} -ge 12 ]] || { echo "use at least 12 characters" >&2; exit 1; }
    hash="$(FACEPAY_PASSWORD="$password" FACEPAY_ITERATIONS="${FACEPAY_ITERATIONS:-600000}" python3 - <<'PY'
import base64, hashlib, os
salt = os.urandom(16)
iterations = int(os.environ["FACEPAY_ITERATIONS"])
derived = hashlib.pbkdf2_hmac("sha256", os.environ["FACEPAY_PASSWORD"].encode("utf-8"), salt, iterations, 32)
print(f"pbkdf2-sha256${iterations}${base64.b64encode(salt).decode()}${base64.b64encode(derived).decode()}")
PY
)"
    echo "FacePay__Operators__Accounts__${name}__PasswordHash=$hash"
    ;;
  token)
    token="$(python3 -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("="))')"
    sha="$(printf '%s' "$token" | python3 -c 'import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())')"
    echo "token (shown once; send it as 'Authorization: Bearer <token>'): $token" >&2
    echo "FacePay__Operators__Accounts__${name}__TokenSha256__0=$sha"
    ;;
  *)
    echo "usage: $0 password|token [NAME]" >&2; exit 2 ;;
esac
