#!/usr/bin/env bash
# clang-tidy over every product source (the checks of .clang-tidy; warnings are errors).
# Usage: scripts/tidy.sh BUILD_DIR [DEEL/DELEN]   (a build with compile_commands.json)
# With DEEL/DELEN (e.g. 2/4) only every DELEN-th file from the DEEL-th on, one at a time: CTest
# runs the parts as separate tests beside the others (decision 40). Without it every file, two
# at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
deel=${2:-}
# The translation units of the product as the build compiles them (compile_commands.json): the
# unity batches of the layer libraries (decision 41) and the files outside them. Not the tests.
db="$build/compile_commands.json"
if [ ! -f "$db" ]; then
  echo "tidy: $db ontbreekt (eerst bouwen)" >&2
  exit 2
fi
mapfile -t files < <(grep -o '"file": *"[^"]*"' "$db" | sed 's/^"file": *"//; s/"$//' |
  grep -E "^$PWD/src/.*\.cpp$|/CMakeFiles/regie_[a-z]+\.dir/Unity/unity_[0-9]+_cxx\.cxx$" |
  grep -v -e '_test\.cpp$' -e '/tests/' | sort)
jobs=2
if [ -n "$deel" ]; then
  nummer=${deel%/*}
  delen=${deel#*/}
  if ! [[ $nummer =~ ^[0-9]+$ && $delen =~ ^[0-9]+$ ]] || ((nummer < 1 || nummer > delen)); then
    echo "tidy: deel '$deel' is niet DEEL/DELEN (bijvoorbeeld 2/4)" >&2
    exit 2
  fi
  gekozen=()
  for i in "${!files[@]}"; do
    if ((i % delen == nummer - 1)); then gekozen+=("${files[$i]}"); fi
  done
  files=("${gekozen[@]}")
  jobs=1
fi
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -n 1 clang-tidy -p "$build" --quiet 2> >(grep -v "warnings generated" >&2)
echo "clang-tidy: ${#files[@]} vertaaleenheden zonder bevindingen${deel:+ (deel $deel)}"
