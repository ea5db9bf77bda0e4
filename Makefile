# regie — the two set-up commands are `make run` and `make test` (see README.md).
.PHONY: all deps build run test release format tidy clean

DB ?= regie.db
PORT ?= 8080

all: build

deps:
	@scripts/install-deps.sh

# Debug build; the binary is build/regie.
build: deps
	@cmake --preset debug >/dev/null
	@cmake --build --preset debug

release: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release

# Serves the embedded SQLite database with the demo regio on http://127.0.0.1:8080, from an
# optimised build of only the server (not the debug build of every test binary).
run: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release --target regie
	./build-release/regie serve --db $(DB) --port $(PORT) --demo

# Sanitizer build, a throw-away PostgreSQL, every test; ends with CTest's summary line.
test:
	@scripts/test.sh

format:
	@scripts/format.sh

tidy: build
	@scripts/tidy.sh build

clean:
	rm -rf build build-asan build-release
