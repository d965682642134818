#!/usr/bin/env bash
# Fetches and verifies the four ONNX face models used by FacePay.Face.
#
# Usage (from deploy/up.sh or deploy/test.sh):
#   source "$(dirname "$0")/lib/face-models.sh"
#   ensure_face_models || exit 1
#
# The models come from the MIT-licensed npm package faceplugin-face-recognition-js@0.0.1
# (folder package/model/). They are cached outside git, in
#   ${FACEPAY_MODELS_DIR:-${FACEPAY_HOME:-$HOME/.facepay}/models}
# and every file is checked against the SHA-256 sums pinned below, so a changed or corrupted
# download is refused instead of silently producing different embeddings.

FACEPAY_FACE_MODELS_PACKAGE="faceplugin-face-recognition-js@0.0.1"

# Pinned SHA-256 sums, computed from the package on 2026-11-23.
declare -gA FACEPAY_FACE_MODEL_SHA256=(
  [fr_detect.onnx]=6c0256ccd3164f844736a401faf936ec2930764a87ae39442180887d0c5c8854
  [fr_landmark.onnx]=f10b0ba1d2a8a099adefede1ebf3733e44fe370715e7303dbeb7f59c02142258
  [fr_liveness.onnx]=afa783b7e902fdfcf323a7240cac2a1c580c25314ea4161129dc1b0d100dc32d
  [fr_feature.onnx]=87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581
)
FACEPAY_FACE_MODEL_FILES=(fr_detect.onnx fr_landmark.onnx fr_liveness.onnx fr_feature.onnx)

_face_models_log() { echo "[face-models] $*"; }
_face_models_fail() { echo "[face-models] ERROR: $*" >&2; }

# Prints the SHA-256 of a file (empty when the file is missing).
_face_model_sha256() {
  [[ -f "$1" ]] || return 0
  sha256sum "$1" | cut -d' ' -f1
}

# Returns 0 when every model in the folder $1 is present with its pinned sum.
_face_models_all_valid() {
  local dir="$1" name
  for name in "${FACEPAY_FACE_MODEL_FILES[@]}"; do
    [[ "$(_face_model_sha256 "$dir/$name")" == "${FACEPAY_FACE_MODEL_SHA256[$name]}" ]] || return 1
  done
  return 0
}

_face_models_ensure_npm() {
  command -v npm >/dev/null 2>&1 && return 0
  _face_models_log "npm is not installed; it is needed once to fetch $FACEPAY_FACE_MODELS_PACKAGE."
  if [[ $EUID -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    _face_models_fail "npm not found. Install it (Debian: 'apt-get install -y npm') and run this again."
    return 1
  fi
  _face_models_log "installing npm with apt-get (Debian package 'npm') ..."
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }; then
    _face_models_fail "'apt-get install -y npm' failed. Install npm by hand and run this again."
    return 1
  fi
  command -v npm >/dev/null 2>&1 || { _face_models_fail "npm still not on PATH after apt-get install."; return 1; }
}

ensure_face_models() {
  local dir="${FACEPAY_MODELS_DIR:-${FACEPAY_HOME:-$HOME/.facepay}/models}"
  export FACEPAY_MODELS_DIR="$dir"

  if _face_models_all_valid "$dir"; then
    _face_models_log "models present and verified in $dir"
    return 0
  fi

  _face_models_log "models missing or not matching the pinned SHA-256 in $dir; fetching $FACEPAY_FACE_MODELS_PACKAGE"
  _face_models_ensure_npm || return 1
  mkdir -p "$dir" || { _face_models_fail "cannot create the model folder $dir (set FACEPAY_MODELS_DIR to a writable folder)."; return 1; }

  local work
  local work rc=0
  work="$(mktemp -d "${TMPDIR:-/tmp}/facepay-models.XXXXXX")" || { _face_models_fail "mktemp failed."; return 1; }
  # Subshell so the temporary folder is removed however the fetch ends.
  (
    set -o pipefail
    cd "$work" || exit 1
    _face_models_log "npm pack $FACEPAY_FACE_MODELS_PACKAGE (about 41 MB) ..."
    if ! npm pack --silent "$FACEPAY_FACE_MODELS_PACKAGE" >npm-pack.log 2>&1; then
      _face_models_fail "'npm pack $FACEPAY_FACE_MODELS_PACKAGE' failed (is the npm registry reachable? see below)."
      tail -n 20 npm-pack.log >&2
      exit 1
    fi
    local tgz
    tgz="$(ls ./*.tgz 2>/dev/null | head -n 1)"
    [[ -n "$tgz" ]] || { _face_models_fail "npm pack produced no .tgz file."; exit 1; }

    local members=() name
    for name in "${FACEPAY_FACE_MODEL_FILES[@]}"; do members+=("package/model/$name"); done
    _face_models_log "extracting ${FACEPAY_FACE_MODEL_FILES[*]} ..."
    if ! tar -xzf "$tgz" "${members[@]}"; then
      _face_models_fail "the package does not contain the expected files under package/model/."
      exit 1
    fi

    local actual
    for name in "${FACEPAY_FACE_MODEL_FILES[@]}"; do
      actual="$(_face_model_sha256 "package/model/$name")"
      if [[ "$actual" != "${FACEPAY_FACE_MODEL_SHA256[$name]}" ]]; then
        _face_models_fail "$name has SHA-256 $actual, expected ${FACEPAY_FACE_MODEL_SHA256[$name]}."
        _face_models_fail "The registry served a different $FACEPAY_FACE_MODELS_PACKAGE; refusing it. Check the registry/proxy, then re-run."
        exit 1
      fi
      _face_models_log "verified $name"
    done
    for name in "${FACEPAY_FACE_MODEL_FILES[@]}"; do
      # Copy then rename so a reader never sees a half-written model.
      cp "package/model/$name" "$dir/.$name.tmp" && mv -f "$dir/.$name.tmp" "$dir/$name" || {
        _face_models_fail "cannot write $dir/$name (set FACEPAY_MODELS_DIR to a writable folder)."
        exit 1
      }
    done
  ) || rc=$?
  rm -rf "$work"
  [[ $rc -eq 0 ]] || return 1

  if ! _face_models_all_valid "$dir"; then
    _face_models_fail "models in $dir still do not match the pinned SHA-256 after fetching; delete $dir and re-run."
    return 1
  fi
  _face_models_log "models ready in $dir"
  return 0
}
