#!/usr/bin/env bash
# Read throughput of 1, 2 and 4 `regie serve` processes on one PostgreSQL database behind nginx
# as the reverse proxy (the national set-up of docs/deployment.md), not a test: it measures.
# For each N: N processes (each with its default threads), an nginx with those N as upstream (kept-alive
# connections), then wrk against the API list through nginx; also 1 process without nginx.
#
#   bench/processen.sh                      # builds build-release/regie first
#   REGIE_BIN=build-release/regie bench/processen.sh
#
# Knobs: DURATION (10s), CONNECTIONS (64), THREADS (2), PROCESSEN ("1 2 4"), REGIE_BIN.
# Needs PostgreSQL (scripts/install-deps.sh) and runs it with scripts/pg-test-server.sh, as root.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
PROCESSEN="${PROCESSEN:-1 2 4}"

log() { echo "bench: $*" >&2; }
die() {
  echo "bench: FOUT: $*" >&2
  exit 1
}

command -v wrk >/dev/null 2>&1 || {
  log "apt-pakket wrk installeren"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >&2
}
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || die "nginx ontbreekt (scripts/install-deps.sh installeert nginx-light)"

if [ -z "${REGIE_BIN:-}" ]; then
  log "release-build van alleen de server (cmake --preset release)"
  cmake --preset release >/dev/null
  cmake --build --preset release -j2 --target regie >&2
  REGIE_BIN="build-release/regie"
fi
REGIE_BIN="$(cd "$(dirname "$REGIE_BIN")" && pwd)/$(basename "$REGIE_BIN")"

TMP="$(mktemp -d /tmp/regie-processen.XXXXXX)"
chmod 755 "$TMP"
PIDS=()
NGINX_PID=""
stop_alles() {
  [ -n "$NGINX_PID" ] && kill -TERM "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  NGINX_PID=""
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
cleanup() {
  local rc=$?
  stop_alles
  scripts/pg-test-server.sh stop "$TMP/pg" >/dev/null 2>&1 || true
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT

mkdir -p "$TMP/pg"
PG_URL="$(scripts/pg-test-server.sh start "$TMP/pg")"
log "PostgreSQL: $PG_URL"
"$REGIE_BIN" demo --db "$PG_URL" >"$TMP/demo.out" 2>&1 || die "demo laden mislukt"
TOKEN="$("$REGIE_BIN" token create --db "$PG_URL" --gebruiker beheerder | tail -n 1)"
[ -n "$TOKEN" ] || die "geen API-token"

vrije_poort() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_regie I: process I in the background; prints its port.
start_regie() {
  "$REGIE_BIN" serve --db "$PG_URL" --port 0 --trusted-proxy 127.0.0.1 \
    >"$TMP/regie-$1.out" 2>"$TMP/regie-$1.err" </dev/null &
  PIDS+=($!)
  for _ in $(seq 1 100); do
    grep -q "regie luistert op" "$TMP/regie-$1.out" 2>/dev/null && break
    sleep 0.1
  done
  local line
  line="$(grep "regie luistert op" "$TMP/regie-$1.out")" || die "regie $1 startte niet"
  echo "${line##*:}"
}

# start_nginx PORT...: nginx as reverse proxy over these regie ports; prints the URL.
start_nginx() {
  local servers="" p
  for p in "$@"; do servers+="server 127.0.0.1:$p; "; done
  local eigen
  eigen="$(vrije_poort)"
  mkdir -p "$TMP/nginx/logs" "$TMP/nginx/tmp"
  cat >"$TMP/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $TMP/nginx/tmp;
  proxy_temp_path $TMP/nginx/tmp;
  upstream regie { $servers keepalive 64; }
  server {
    listen 127.0.0.1:$eigen;
    location / {
      proxy_pass http://regie;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
NGINX
  "$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -g 'daemon off; user root;' \
    >"$TMP/nginx/start.out" 2>"$TMP/nginx/start.err" </dev/null &
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$eigen/health/live" && break
    sleep 0.1
  done
  echo "http://127.0.0.1:$eigen"
}

rijen=()
meet() {  # meet NAME URL
  local out="$TMP/wrk.txt"
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$2/api/v1/organisaties")"
  [ "$code" = 200 ] || die "$1: /api/v1/organisaties gaf HTTP $code"
  log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION $1"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" \
    "$2/api/v1/organisaties" >"$out" 2>&1 || die "wrk faalde"
  cat "$out" >&2
  rijen+=("$1|$(awk '/^Requests\/sec:/ { print $2 }' "$out")|$(awk '$1 == "99%" { print $2 }' "$out")|$(awk '/Non-2xx/ { print $NF }' "$out")")
}

poort="$(start_regie 0)"
meet "1 proces, zonder nginx" "http://127.0.0.1:$poort"
stop_alles
for n in $PROCESSEN; do
  poorten=()
  for i in $(seq 1 "$n"); do poorten+=("$(start_regie "$i")"); done
  url="$(start_nginx "${poorten[@]}")"
  meet "$n proces(sen) achter nginx" "$url"
  stop_alles
done

echo
echo "GET /api/v1/organisaties op PostgreSQL, wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) kernen gedeeld door wrk, nginx, regie en PostgreSQL"
printf '%-30s %12s %10s %8s\n' opstelling "requests/s" p99 non-2xx
for r in "${rijen[@]}"; do
  IFS='|' read -r naam rps p99 non2xx <<<"$r"
  printf '%-30s %12s %10s %8s\n' "$naam" "$rps" "$p99" "${non2xx:-0}"
done
