#!/usr/bin/env bash
# The chaos suite in its full profile: PostgreSQL, the channel sandbox, three silos and the Merchant API as real
# processes on loopback, 200 face-pay orders per scenario (silo kill -9, PostgreSQL restart and kill, notification
# storm, channel faults), each scenario ending with an audit. Installs what it needs as deploy/test.sh does, builds
# only the chaos project (which builds the hosts it starts). FACEPAY_CHAOS_PROFILE=short runs the CI version.
# Extra arguments go to `dotnet test`, e.g. deploy/chaos.sh --filter "FullyQualifiedName~SiloCrash".
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$FACEPAY_ROOT/deploy/lib/postgres.sh"
source "$FACEPAY_ROOT/deploy/lib/face-models.sh"

require_dotnet
require_tools
pg_ensure_binaries || die "PostgreSQL is required by the chaos suite; see the message above."
export PG_BIN_DIR
ensure_face_models || die "the face models are required by the chaos suite; see the message above."
export FACEPAY_CHAOS_PROFILE="${FACEPAY_CHAOS_PROFILE:-full}"

project="$FACEPAY_ROOT/tests/FacePay.Chaos.Tests"
say "building the chaos suite ($FACEPAY_CONFIGURATION) ..."
dotnet build "$project" -c "$FACEPAY_CONFIGURATION" --verbosity quiet -nologo || die "the build failed; see the errors above."
say "running the chaos suite, profile $FACEPAY_CHAOS_PROFILE (each scenario's audit is printed) ..."
exec dotnet test "$project" -c "$FACEPAY_CONFIGURATION" --no-build --blame-hang-timeout 45m \
  --logger "console;verbosity=detailed" "$@"
