#!/usr/bin/env bash
# clang-tidy over every product source (the checks of .clang-tidy; warnings are errors).
# Usage: scripts/tidy.sh BUILD_DIR   (a build with compile_commands.json)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
mapfile -t files < <(find src -name '*.cpp' ! -name '*_test.cpp' | sort)
printf '%s\n' "${files[@]}" | xargs -P 2 -n 4 clang-tidy -p "$build" --quiet 2> >(grep -v "warnings generated" >&2)
echo "clang-tidy: ${#files[@]} bestanden zonder bevindingen"
