#!/usr/bin/env bash
# The benchmark command: installs what the figures need (PostgreSQL binaries, face models, NuGet packages), builds
# the benchmark program in Release and runs it. A full run measures every figure beside its raw baseline in the
# same run and writes docs/BENCHMARKS.md. Arguments go to the program:
#   deploy/bench.sh                      # everything, writes docs/BENCHMARKS.md (about 8 minutes on 2 cores)
#   FACEPAY_BENCH_QUICK=1 deploy/bench.sh  # one short round of everything (smoke run, 2-3 minutes), report to stdout
#   deploy/bench.sh --quick              # the same as FACEPAY_BENCH_QUICK=1
#   deploy/bench.sh --only channels,face --output /tmp/bench.md
# Sections: channels (issue 3), face (5), orders (4, with the webhook fan-out of 9), reconciliation (8), api (6).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$FACEPAY_ROOT/deploy/lib/postgres.sh"
source "$FACEPAY_ROOT/deploy/lib/face-models.sh"

# Which sections run decides what has to be installed.
sections="channels,face,orders,reconciliation,api"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [[ "${args[i]}" == "--only" && $((i + 1)) -lt ${#args[@]} ]] && sections="${args[i + 1]}"
done

require_dotnet
if [[ "$sections" == *orders* || "$sections" == *api* ]]; then
  pg_ensure_binaries || die "PostgreSQL is required by the order and API figures; see the message above."
  export PG_BIN_DIR
fi
if [[ "$sections" == *api* ]]; then
  command -v wrk >/dev/null 2>&1 || apt_install wrk
  command -v wrk >/dev/null 2>&1 || die "wrk is required by the Merchant API figures (Debian package wrk)."
fi
if [[ "$sections" == *face* || "$sections" == *orders* || "$sections" == *api* ]]; then
  ensure_face_models || die "the face models are required by the face figures and by every silo; see the message above."
fi

project="tests/FacePay.Benchmarks"
say "building $project ($FACEPAY_CONFIGURATION) ..."
dotnet build "$FACEPAY_ROOT/$project" -c "$FACEPAY_CONFIGURATION" --verbosity quiet -nologo ||
  die "the build failed; see the errors above."

say "running the benchmarks (other processes on these cores make the figures noisier; the report records the load) ..."
exec dotnet "$(project_output "$project")/FacePay.Benchmarks.dll" "$@"
