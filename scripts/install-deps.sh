#!/usr/bin/env bash
# Installs what regie needs on a Debian 12 machine: the apt packages that are missing, and the
# npm packages of package-lock.json (npm ci) when node_modules is missing or stale.
# Idempotent and quick when everything is there. Runs apt through sudo when not root.
set -euo pipefail
cd "$(dirname "$0")/.."

# Never libboost-dev: it is Boost 1.74 and conflicts with libboost1.81-dev.
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  libboost1.81-dev libssl-dev
  libsqlite3-dev sqlite3 libpqxx-dev postgresql
  nlohmann-json3-dev libkainjow-mustache-dev libsodium-dev libhowardhinnant-date-dev tzdata
  libfmt-dev libicu-dev libspdlog-dev libcli11-dev
  libxlsxwriter-dev libzip-dev libpugixml-dev
  libgtest-dev libgmock-dev
  clang-format clang-tidy clang-14 libclang-rt-14-dev
  chromium fonts-noto-core
  curl openssl
  nginx-light postgresql-client
)
# Node.js: keep an installed one (any recent version); otherwise Debian's.
if ! command -v node >/dev/null 2>&1; then packages+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then packages+=(npm); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} > 0)); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "regie: apt-pakketten installeren: ${missing[*]}" >&2
  $sudo apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
    "${missing[@]}" >&2
fi

# npm ci when node_modules was not installed from this exact package-lock.json.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.regie-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  echo "regie: npm ci" >&2
  npm ci --no-audit --no-fund >&2
  echo "$lock_hash" > node_modules/.regie-lock-hash
fi
