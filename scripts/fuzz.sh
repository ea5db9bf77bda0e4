#!/usr/bin/env bash
# Runs one libFuzzer target on a copy of its checked-in corpus, so new inputs never land in the
# repository. Fails (non-zero) on any crash, leak, time-out or sanitizer report; the input that
# caused it is saved as DIR/artifacts/NAME-crash-… (replay: DIR/NAME that-file).
# Usage: scripts/fuzz.sh DIR NAME [SECONDS]   (DIR from scripts/build-fuzz.sh; SECONDS overrides
#        REGIE_FUZZ_SECONDS, default 60)
set -euo pipefail
dir=${1:?"gebruik: scripts/fuzz.sh MAP DOEL [SECONDEN]"}
name=${2:?"gebruik: scripts/fuzz.sh MAP DOEL [SECONDEN]"}
seconds=${3:-${REGIE_FUZZ_SECONDS:-60}}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "$dir" && pwd)
binary="$dir/$name"

if [ ! -x "$binary" ]; then
  echo "fuzz: $binary ontbreekt; eerst scripts/build-fuzz.sh $dir" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/regie-fuzz-$name.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$dir/artifacts"
if [ -d "$root/fuzz/corpus/$name" ]; then cp -R "$root/fuzz/corpus/$name/." "$work/corpus/"; fi

args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048
      -artifact_prefix="$dir/artifacts/$name-")
if [ -f "$root/fuzz/dict/$name.dict" ]; then args+=(-dict="$root/fuzz/dict/$name.dict"); fi

export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
(cd "$work" && "$binary" "${args[@]}" corpus) >"$work/log" 2>&1 || status=$?

if [ "$status" -ne 0 ] || ! grep -q '^Done [0-9]* runs' "$work/log"; then
  tail -n 150 "$work/log" >&2
  echo "fuzz: $name faalt (status $status); invoer in $dir/artifacts/" >&2
  exit $((status == 0 ? 1 : status))
fi
grep '^Done [0-9]* runs' "$work/log"
