#!/usr/bin/env bash
# clang-format over src/ and tests/: `scripts/format.sh` rewrites, `--check` only reports.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src tests \( -name '*.cpp' -o -name '*.hpp' \) | sort)
if [ "${1:-}" = "--check" ]; then
  clang-format --dry-run --Werror "${files[@]}"
  echo "clang-format: ${#files[@]} bestanden in orde"
else
  clang-format -i "${files[@]}"
fi
