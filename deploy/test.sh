#!/usr/bin/env bash
# The test command: installs what the tests need (PostgreSQL binaries, Chromium, face models, NuGet packages), builds,
# and runs every test project. Tests start their own throwaway PostgreSQL instances and remove them afterwards.
# Extra arguments go to `dotnet test`, e.g. deploy/test.sh --filter "FullyQualifiedName~OrderGrain".
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$FACEPAY_ROOT/deploy/lib/postgres.sh"
source "$FACEPAY_ROOT/deploy/lib/face-models.sh"

require_dotnet
require_tools
require_kustomize
require_chromium
pg_ensure_binaries || die "PostgreSQL is required by the tests; see the message above."
export PG_BIN_DIR
ensure_face_models || die "the face models are required by the tests; see the message above."
build_solution

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
say "running the tests ..."
status=0
# A hung test fails the run with a dump instead of eating the CI budget.
dotnet test "$FACEPAY_ROOT/FacePayOrleans.sln" -c "$FACEPAY_CONFIGURATION" --no-build \
  --blame-hang-timeout 8m --logger "console;verbosity=normal" --logger "trx" --results-directory "$results" "$@" \
  | tee "$results/output.log" || status=$?

# The failures, then one closing line over every test assembly, in the form CI reads.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
failures = []
for path in glob.glob(sys.argv[1] + "/*.trx"):
    root = ET.parse(path).getroot()
    for result in root.iter("{*}UnitTestResult"):
        if result.get("outcome") not in ("Passed", "NotExecuted"):
            message = result.find(".//{*}ErrorInfo/{*}Message")
            text = " ".join((message.text or "").split()) if message is not None else ""
            failures.append(f"{result.get('outcome')}: {result.get('testName')}: {text[:400]}")
    counters = root.find(".//{*}Counters")
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
# Failures are repeated here because the log's tail is often all a CI report keeps.
for line in failures:
    print(line)
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit "$status"
