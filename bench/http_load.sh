#!/usr/bin/env bash
# HTTP load benchmark of regie (not a test): wrk against three regie pages on loopback, and the
# same wrk against nginx serving a static file of the same size as the reference ceiling.
# Prints requests/s, p50 and p99 per target and the ratio regie/nginx. See bench/README.md.
#
#   bench/http_load.sh                      # builds build-release/regie first
#   REGIE_BIN=build/regie bench/http_load.sh
#
# Knobs (environment): DURATION (15s), CONNECTIONS (64), THREADS (2), REGIE_BIN.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
PASSWORD="regie-demo-2026"
USER_NAME="beheerder"

log() { echo "bench: $*" >&2; }
die() {
  echo "bench: FOUT: $*" >&2
  exit 1
}

# ---------------------------------------------------------------- dependencies (Debian only)
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
apt_install() {
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$@" >&2
}
nginx_bin() {
  if command -v nginx >/dev/null 2>&1; then
    command -v nginx
  elif [ -x /usr/sbin/nginx ]; then
    echo /usr/sbin/nginx
  fi
}
need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v curl >/dev/null 2>&1 || need+=(curl)
if ((${#need[@]} > 0)) || [ -z "$(nginx_bin)" ]; then
  [ -z "$(nginx_bin)" ] && need+=(nginx-light)
  log "apt-pakketten installeren: ${need[*]}"
  $sudo apt-get update -q >&2
  # nginx-light when the release has it, otherwise nginx.
  apt_install "${need[@]}" || apt_install "${need[@]/nginx-light/nginx}"
fi
NGINX="$(nginx_bin)"
[ -n "$NGINX" ] || die "nginx niet gevonden na installatie"

# ---------------------------------------------------------------- the release binary
if [ -z "${REGIE_BIN:-}" ]; then
  if ! command -v cmake >/dev/null 2>&1 || ! command -v ninja >/dev/null 2>&1; then
    scripts/install-deps.sh
  fi
  log "release-build (cmake --preset release, 2 jobs)"
  cmake --preset release >/dev/null
  cmake --build --preset release -j2 >&2
  REGIE_BIN="build-release/regie"
fi
[ -x "$REGIE_BIN" ] || die "geen uitvoerbaar bestand: $REGIE_BIN"
REGIE_BIN="$(cd "$(dirname "$REGIE_BIN")" && pwd)/$(basename "$REGIE_BIN")"

# ---------------------------------------------------------------- temp dir and cleanup
TMP="$(mktemp -d "${TMPDIR:-/tmp}/regie-bench.XXXXXX")"
REGIE_PID=""
NGINX_PID=""
stop_pid() {
  local pid="$1"
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  stop_pid "$NGINX_PID"
  stop_pid "$REGIE_PID"
  if [ "$rc" -ne 0 ]; then
    for f in "$TMP/regie.log" "$TMP/nginx/error.log"; do
      [ -s "$f" ] && {
        echo "---- laatste regels van $(basename "$f"):" >&2
        tail -n 20 "$f" >&2
      }
    done
  fi
  rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- regie
DB="$TMP/regie.db"
# start_regie [OPTION...]: regie on the database (the demo loaded on first start), logged in
# once through the HTML form; sets BASE, COOKIE_HEADER and REGIE_PID.
start_regie() {
  log "regie starten op SQLite met --demo $*"
  : >"$TMP/regie.log"
  "$REGIE_BIN" serve --db "$DB" --port 0 --demo "$@" >"$TMP/regie.log" 2>&1 &
  REGIE_PID=$!
  BASE=""
  for _ in $(seq 300); do
    BASE="$(sed -n 's/^regie luistert op \(http:\/\/[^ ]*\)$/\1/p' "$TMP/regie.log" | head -n 1)"
    [ -n "$BASE" ] && break
    kill -0 "$REGIE_PID" 2>/dev/null || die "regie is gestopt bij het starten"
    sleep 0.1
  done
  [ -n "$BASE" ] || die "regie meldde geen adres binnen 30 s"
  log "regie luistert op $BASE (pid $REGIE_PID)"
  local jar="$TMP/cookies.txt" csrf status session
  rm -f "$jar"
  curl -fsS -c "$jar" -b "$jar" -o "$TMP/inloggen.html" "$BASE/inloggen"
  csrf="$(grep -o 'name="csrf" value="[^"]*"' "$TMP/inloggen.html" | head -n 1 | sed 's/.*value="//; s/"$//')"
  [ -n "$csrf" ] || die "geen csrf-veld op /inloggen"
  status="$(curl -sS -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "naam=$USER_NAME" --data-urlencode "wachtwoord=$PASSWORD" \
    --data-urlencode "csrf=$csrf" "$BASE/inloggen")"
  case "$status" in 302 | 303) ;; *) die "inloggen gaf HTTP $status in plaats van een redirect" ;; esac
  session="$(awk '$6 == "regie_sessie" { print $7 }' "$jar" | tail -n 1)"
  [ -n "$session" ] || die "geen regie_sessie-cookie na inloggen"
  COOKIE_HEADER="Cookie: regie_sessie=$session"
}

# check URL HEADER OUTFILE: the target must answer 200 itself (no redirect to /inloggen).
check() {
  local url="$1" header="$2" out="$3" code
  code="$(curl -sS -o "$out" -w '%{http_code}' -H "$header" "$url")"
  [ "$code" = "200" ] || die "$url gaf HTTP $code in plaats van 200"
}

# ---------------------------------------------------------------- wrk
names=()
results=()
# run_wrk NAME URL [HEADER] [WRK OPTION...]: one bounded wrk run; keeps
# NAME|req/s|p50|p99|non2xx|errors.
run_wrk() {
  local name="$1" url="$2" header="${3:-}" out="$TMP/wrk-${#names[@]}.txt"
  shift 3 || shift $#
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  [ -n "$header" ] && args+=(-H "$header")
  log "wrk ${args[*]:0:4} $url"
  wrk "${args[@]}" "$url" >"$out" 2>&1 || {
    cat "$out" >&2
    die "wrk faalde tegen $url"
  }
  cat "$out" >&2
  local rps p50 p99 non2xx errors
  rps="$(awk '/^Requests\/sec:/ { print $2 }' "$out")"
  p50="$(awk '$1 == "50%" { print $2 }' "$out")"
  p99="$(awk '$1 == "99%" { print $2 }' "$out")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out")"
  errors="$(awk '/Socket errors:/ { sub(/.*Socket errors: /, ""); print }' "$out")"
  names+=("$name")
  results+=("$name|${rps:-?}|${p50:-?}|${p99:-?}|${non2xx:-0}|${errors:-none}")
}

start_regie
TOKEN="$("$REGIE_BIN" token create --db "$DB" --gebruiker "$USER_NAME" | tail -n 1)"
[ -n "$TOKEN" ] || die "geen API-token"
AUTH_HEADER="Authorization: Bearer $TOKEN"

# The three reads, each with the size of its answer (the nginx file of the same size below).
declare -A SIZE
check "$BASE/organisaties" "$COOKIE_HEADER" "$TMP/body-lijst"
check "$BASE/organisaties/2" "$COOKIE_HEADER" "$TMP/body-detail"
check "$BASE/api/v1/organisaties" "$AUTH_HEADER" "$TMP/body-api"
for k in lijst detail api; do SIZE[$k]="$(wc -c <"$TMP/body-$k" | tr -d ' ')"; done

reads() {  # reads SUFFIX: the three reads against the running regie, after a 2 s warm-up
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -H "$COOKIE_HEADER" "$BASE/organisaties/2" >/dev/null 2>&1 || true
  run_wrk "regie HTML /organisaties$1|lijst" "$BASE/organisaties" "$COOKIE_HEADER"
  run_wrk "regie HTML /organisaties/2$1|detail" "$BASE/organisaties/2" "$COOKIE_HEADER"
  run_wrk "regie API /api/v1/organisaties$1|api" "$BASE/api/v1/organisaties" "$AUTH_HEADER"
}
reads ""
# Re-check after the load: the session must still be valid (no silent redirects under load).
check "$BASE/organisaties" "$COOKIE_HEADER" "$TMP/organisaties-na.html"

# Writes: PUT with If-Match on one organisatie, one connection (SQLite has one writer; each
# PUT carries the version the previous one returned).
created="$(curl -sS -D - -o /dev/null -H "$AUTH_HEADER" -H 'Content-Type: application/json' \
  --data '{"naam": "Gemeente Meetdorp", "soort": "gemeente", "inwonertal": 1000}' \
  "$BASE/api/v1/organisaties")"
ORG_PATH="$(echo "$created" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')"
[ -n "$ORG_PATH" ] || die "organisatie voor de schrijfmeting niet aangemaakt"
cat >"$TMP/put.lua" <<LUA
local versie = 1
request = function()
  return wrk.format("PUT", nil, {
    ["Authorization"] = "Bearer $TOKEN",
    ["Content-Type"] = "application/json",
    ["If-Match"] = '"' .. versie .. '"'
  }, '{"naam": "Gemeente Meetdorp", "soort": "gemeente", "inwonertal": ' .. versie .. '}')
end
response = function(status, headers, body)
  if status == 200 then versie = versie + 1 end
end
LUA
run_wrk "regie API PUT $ORG_PATH (If-Match, 1 verbinding)|-" "$BASE$ORG_PATH" "" -t1 -c1 -s "$TMP/put.lua"
stop_pid "$REGIE_PID"
REGIE_PID=""

# The same reads with every answer made anew (--zonder-antwoordcache).
start_regie --zonder-antwoordcache
reads " (zonder cache)"
stop_pid "$REGIE_PID"
REGIE_PID=""

# ---------------------------------------------------------------- nginx, the ceiling
NG="$TMP/nginx"
mkdir -p "$NG/www" "$NG/logs"
# The same bytes as each regie answer, so the sizes match exactly.
for k in lijst detail api; do cp "$TMP/body-$k" "$NG/www/$k.html"; done
temp_paths="    client_body_temp_path $NG/client_body;"
nginx_v="$("$NGINX" -V 2>&1)"
for m in proxy fastcgi uwsgi scgi; do
  case "$nginx_v" in *"--without-http_${m}_module"*) ;; *) temp_paths+=$'\n'"    ${m}_temp_path $NG/${m};" ;; esac
done
user_line=""
# A root master hands requests to unprivileged workers that cannot read the 0700 temp dir.
if [ "$(id -u)" -eq 0 ]; then user_line="user root;"; fi

free_port() {
  local p
  for _ in $(seq 100); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

NGINX_URL=""
for _ in 1 2 3 4 5; do
  port="$(free_port)" || die "geen vrije poort gevonden"
  cat >"$NG/nginx.conf" <<EOF
$user_line
worker_processes auto;
daemon off;
pid $NG/nginx.pid;
error_log $NG/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
$temp_paths
    types { text/html html; }
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$port;
        root $NG/www;
        location / { }
    }
}
EOF
  "$NGINX" -p "$NG/" -e "$NG/error.log" -c "$NG/nginx.conf" &
  NGINX_PID=$!
  for _ in $(seq 50); do
    kill -0 "$NGINX_PID" 2>/dev/null || break
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/lijst.html" 2>/dev/null; then
      NGINX_URL="http://127.0.0.1:$port"
      break
    fi
    sleep 0.1
  done
  [ -n "$NGINX_URL" ] && break
  stop_pid "$NGINX_PID"
  NGINX_PID=""
done
[ -n "$NGINX_URL" ] || die "nginx startte niet"
log "nginx luistert op $NGINX_URL (pid $NGINX_PID)"
declare -A NGINX_RPS
for k in lijst detail api; do
  check "$NGINX_URL/$k.html" "Accept: */*" "$TMP/nginx-check.html"
  [ "$(wc -c <"$TMP/nginx-check.html" | tr -d ' ')" = "${SIZE[$k]}" ] || die "nginx-bestand $k heeft een andere grootte"
  run_wrk "nginx static (${SIZE[$k]} B)|$k" "$NGINX_URL/$k.html"
  NGINX_RPS[$k]="$(echo "${results[-1]}" | cut -d'|' -f3)"
done
stop_pid "$NGINX_PID"
NGINX_PID=""

# ---------------------------------------------------------------- table
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, loopback, $(nproc) cores (wrk and server share them)"
echo "regie/nginx: regie's requests/s over nginx serving a static file of the same size as that answer"
printf '%-50s %12s %10s %10s %12s %8s  %s\n' target "requests/s" p50 p99 "regie/nginx" non-2xx "socket errors"
for r in "${results[@]}"; do
  IFS='|' read -r name grootte rps p50 p99 non2xx errors <<<"$r"
  ratio="-"
  case "$name" in regie*)
    if [ "$grootte" != "-" ]; then
      ratio="$(awk -v a="$rps" -v b="${NGINX_RPS[$grootte]}" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "?" }')"
    fi
    ;;
  esac
  printf '%-50s %12s %10s %10s %12s %8s  %s\n' "$name" "$rps" "$p50" "$p99" "$ratio" "$non2xx" "$errors"
done
