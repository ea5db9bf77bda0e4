#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (fuzz/targets.txt) with clang-14 into the given folder:
# -fsanitize=fuzzer,address,undefined -g -O1, C++20; ccache when installed.
# Usage: scripts/build-fuzz.sh DIR        (REGIE_JOBS: parallel compile jobs, default 2)
set -euo pipefail
dir=${1:?"gebruik: scripts/build-fuzz.sh MAP"}
root=$(cd "$(dirname "$0")/.." && pwd)

cxx=$(command -v clang++-14 || true)
if [ -z "$cxx" ]; then
  echo "build-fuzz: clang++-14 ontbreekt (apt-get install clang-14)" >&2
  exit 1
fi

generator=()
if command -v ninja >/dev/null; then generator=(-G Ninja); fi
# No CMAKE_BUILD_TYPE: the flags of fuzz/CMakeLists.txt (-O1 -g) are the only ones.
cmake -S "$root/fuzz" -B "$dir" "${generator[@]}" -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_BUILD_TYPE= >/dev/null
cmake --build "$dir" -j "${REGIE_JOBS:-2}"
echo "build-fuzz: $(wc -l <"$root/fuzz/targets.txt") doelen in $dir"
