#!/usr/bin/env bash
# Fails when an #include crosses the layer arrows of docs/architecture.md:
#   main → {web, cli} → service → domain → core;  store → domain, core;  cli → store.
# Also keeps engine and framework headers in their own layer (sqlite3/pqxx in store,
# Beast in src/web/http_server.cpp only).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

# layer: project layers it may include
declare -A allowed=(
  [core]="core"
  [domain]="core domain"
  [store]="core domain store"
  [service]="core domain service"
  [web]="core domain service web"
  [cli]="core domain service store web cli"
)
# layer: system headers it must not include (extended regex on the include path)
declare -A forbidden=(
  [core]="sqlite3|pqxx|boost/|nlohmann|spdlog|sodium|kainjow|CLI/|date/tz"
  [domain]="sqlite3|pqxx|boost/|nlohmann|spdlog|sodium|kainjow|CLI/|date/|chrono|fstream|thread|mutex"
  [store]="boost/|kainjow|CLI/|sodium"
  [service]="sqlite3|pqxx|boost/|nlohmann|kainjow|CLI/"
  [web]="sqlite3|pqxx|CLI/"
  [cli]="sqlite3|pqxx|boost/"
)

# Bash's own pattern matching per line (no process per include: the check takes a second).
include_re='^#include[[:space:]]*[<"]([^>"]+)[>"]'
for layer in "${!allowed[@]}"; do
  forbidden_re="^(${forbidden[$layer]})"
  while IFS= read -r -d '' file; do
    while IFS= read -r line; do
      [[ $line =~ $include_re ]] || continue
      inc=${BASH_REMATCH[1]}
      top=${inc%%/*}
      if [[ "$line" == *'"'* && -d "src/$top" ]]; then
        if [[ " ${allowed[$layer]} " != *" $top "* ]]; then
          echo "laagfout: $file neemt $inc op (laag $layer mag alleen: ${allowed[$layer]})"
          status=1
        fi
      elif [[ $inc =~ $forbidden_re ]]; then
        echo "laagfout: $file neemt $inc op (niet toegestaan in laag $layer)"
        status=1
      fi
    done < <(grep -E '^#include' "$file" || true)
  done < <(find "src/$layer" \( -name "*.cpp" -o -name "*.hpp" \) -print0)
done

# Beast (slow to compile) lives in one translation unit.
beast=$(grep -rlE '#include[[:space:]]*<boost/(beast|asio)' src | grep -v '^src/web/http_server.cpp$' || true)
if [ -n "$beast" ]; then
  echo "laagfout: Boost.Beast/Asio buiten src/web/http_server.cpp: $beast"
  status=1
fi

# CLI11 (slow to parse and to check) lives behind cli/command.hpp's Subcommand (decision 40).
cli11=$(grep -rlE '#include[[:space:]]*<CLI/' src | grep -vE '^src/cli/(cli|command)\.cpp$' || true)
if [ -n "$cli11" ]; then
  echo "laagfout: CLI11 buiten src/cli/cli.cpp en src/cli/command.cpp: $cli11"
  status=1
fi

# Only the build's unity batches include a .cpp file (decision 41; clang-tidy's
# bugprone-suspicious-include is off because it would flag those batches).
cpp_include=$(grep -rnE '#include[[:space:]]*["<][^">]*\.(cpp|cc|cxx)[">]' src tests || true)
if [ -n "$cpp_include" ]; then
  echo "laagfout: een .cpp-bestand ingesloten: $cpp_include"
  status=1
fi

if [ $status -eq 0 ]; then echo "lagen in orde"; fi
exit $status
