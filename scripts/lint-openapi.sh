#!/usr/bin/env bash
# Lints the OpenAPI document of the built binary with the official NL API Design Rules
# ruleset (Spectral). Fails on any error; warnings are printed.
# Usage: scripts/lint-openapi.sh path/to/regie
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
regie=${1:-$root/build/regie}
ruleset=${REGIE_ADR_RULESET:-$root/../shared/standards/adr-ruleset.spectral.yml}
if [ ! -f "$ruleset" ]; then
  echo "ruleset niet gevonden: $ruleset" >&2
  exit 1
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$regie" openapi > "$out/openapi.json"
cd "$root"
npx --no-install spectral lint --fail-severity error -r "$ruleset" "$out/openapi.json"
