#!/usr/bin/env bash
# `make test`: installs what is missing, builds with address and undefined-behaviour
# sanitizers (warnings are errors), starts a throw-away PostgreSQL server on a Unix socket,
# runs every test with CTest and ends with CTest's summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

# Fuzz targets first (clang-14, libFuzzer); CTest runs them with the other tests.
scripts/build-fuzz.sh build-fuzz
cmake --preset asan -DREGIE_FUZZ_DIR="$PWD/build-fuzz" >/dev/null
cmake --build --preset asan

pg_dir=$(mktemp -d /tmp/regie-pg.XXXXXX)
cleanup() { scripts/pg-test-server.sh stop "$pg_dir" >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap cleanup EXIT
REGIE_TEST_PG_URL=$(scripts/pg-test-server.sh start "$pg_dir")
export REGIE_TEST_PG_URL REGIE_REQUIRE_PG=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

ctest --preset asan -j2 "$@"
