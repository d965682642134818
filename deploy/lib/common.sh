# shellcheck shell=bash
# Shared helpers for deploy/up.sh and deploy/test.sh: logging, prerequisites, building.

FACEPAY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FACEPAY_CONFIGURATION="${FACEPAY_CONFIGURATION:-Release}"

say() { printf '\033[1m[facepay]\033[0m %s\n' "$*"; }
die() { printf '[facepay] ERROR: %s\n' "$*" >&2; exit 1; }

# Installs Debian packages that are missing (root, or sudo when available). $@: package names.
apt_install() {
  local sudo=()
  if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "missing packages: $*. Install them with: apt-get install -y $*"
    sudo=(sudo)
  fi
  command -v apt-get >/dev/null 2>&1 || die "missing packages: $* (and apt-get is not available to install them)."
  say "installing Debian packages: $*"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null ||
    die "'apt-get update' failed; check the network and retry."
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null ||
    die "'apt-get install -y $*' failed."
}

# The .NET 10 SDK is the one prerequisite we do not install: it is how a developer got here.
require_dotnet() {
  command -v dotnet >/dev/null 2>&1 ||
    die "the .NET 10 SDK is required (dotnet not on PATH). See https://learn.microsoft.com/dotnet/core/install/linux-debian"
  local major
  major="$(dotnet --version 2>/dev/null | cut -d. -f1)"
  [[ "$major" -ge 10 ]] 2>/dev/null || die "the .NET 10 SDK is required; found $(dotnet --version 2>/dev/null || echo none)."
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# Command-line tools the scripts use; installed from Debian when missing.
require_tools() {
  local missing=()
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  command -v python3 >/dev/null 2>&1 || missing+=(python3)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  [[ ${#missing[@]} -eq 0 ]] || apt_install "${missing[@]}"
}

# The deploy tests render deploy/k8s with kustomize (embedded in kubectl). Debian's own kubernetes-client is too
# old for it; the `kubectl` package comes from Google's apt repository where that is configured.
require_kustomize() {
  command -v kubectl >/dev/null 2>&1 || command -v kustomize >/dev/null 2>&1 && return 0
  if command -v apt-cache >/dev/null 2>&1 && apt-cache show kubectl >/dev/null 2>&1; then
    apt_install kubectl
    return 0
  fi
  die "kubectl (1.27+, it embeds kustomize) or kustomize is needed by the deploy tests; see https://kubernetes.io/docs/tasks/tools/ and retry."
}

# Restores NuGet packages and builds the whole solution once.
build_solution() {
  say "restoring NuGet packages and building ($FACEPAY_CONFIGURATION) ..."
  dotnet restore "$FACEPAY_ROOT/FacePayOrleans.sln" --verbosity quiet ||
    die "NuGet restore failed (is the NuGet feed reachable?)."
  dotnet build "$FACEPAY_ROOT/FacePayOrleans.sln" -c "$FACEPAY_CONFIGURATION" --no-restore --verbosity quiet -nologo ||
    die "the build failed; see the errors above."
}

# The folder holding a project's build output.
project_output() { echo "$FACEPAY_ROOT/$1/bin/$FACEPAY_CONFIGURATION/net10.0/linux-x64"; }

# A data folder the PostgreSQL server user can reach: inside the checkout normally, but when we are root
# and a parent folder (such as /root) is closed to others, under /var/lib/facepay instead.
facepay_data_home() {
  local home="${FACEPAY_DATA_DIR:-$FACEPAY_ROOT/.facepay}"
  mkdir -p "$home"
  if [[ $EUID -eq 0 ]] && id -u postgres >/dev/null 2>&1 && ! runuser -u postgres -- test -x "$home"; then
    home="/var/lib/facepay/$(printf '%s' "$FACEPAY_ROOT" | cksum | cut -d' ' -f1)"
    mkdir -p "$home"
  fi
  echo "$home"
}
