#!/usr/bin/env bash
# Issue 16: two `regie serve` processes on one PostgreSQL database behind nginx as the reverse
# proxy (--trusted-proxy). A session made through one process holds on the other; concurrent
# writes go through both; one process is killed with -9 in the middle; afterwards every
# acknowledged write is in the database and `regie audit verify` finds the chain whole (the
# append is serialized in the database, so two processes never fork it).
# Usage: tests/multiproces_test.sh path/to/regie   (REGIE_TEST_PG_URL: the test PostgreSQL)
# Exit 77 (CTest: skipped) with a reason when PostgreSQL or nginx is not there, unless
# REGIE_REQUIRE_PG=1 (CI), where that fails.
set -uo pipefail
regie=${1:?pad naar regie}
work=$(mktemp -d)
pids=()
opruimen() {
  # TERM, not KILL: nginx's master then stops its workers (a killed master leaves them running,
  # holding the test's output open).
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
  if [[ -n "${beheer_url:-}" ]]; then
    psql "$beheer_url" -XqAt -c "DROP DATABASE IF EXISTS $dbnaam" >/dev/null 2>&1
  fi
  rm -rf "$work"
}
trap opruimen EXIT
# shellcheck source=support/check.sh
source "$(dirname "$0")/support/check.sh"
overslaan() {
  if [[ "${REGIE_REQUIRE_PG:-}" == 1 ]]; then
    echo "MISLUKT: $*" >&2
    exit 1
  fi
  echo "overgeslagen: $*"
  exit 77
}

[[ -n "${REGIE_TEST_PG_URL:-}" ]] || overslaan "geen PostgreSQL (REGIE_TEST_PG_URL is niet gezet)"
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x "$nginx" ]] || overslaan "nginx ontbreekt (apt-pakket nginx-light)"
command -v psql >/dev/null || overslaan "psql ontbreekt"

# A database of its own on the test server: postgresql://postgres@/regie_test?host=DIR.
dbnaam="regie_mp_$$"
beheer_url=${REGIE_TEST_PG_URL/\/regie_test\?/\/postgres?}
db=${REGIE_TEST_PG_URL/\/regie_test\?/\/$dbnaam?}
psql "$beheer_url" -XqAt -c "CREATE DATABASE $dbnaam" >/dev/null || overslaan "CREATE DATABASE lukt niet"
"$regie" demo --db "$db" >"$work/demo.out" 2>&1
check "demo op PostgreSQL" test $? -eq 0
token=$("$regie" token create --db "$db" --gebruiker beheerder 2>/dev/null)
check "token gemaakt" test -n "$token"

start() {  # start NAME: a regie process in the background; its pid in NAME_pid
  "$regie" serve --db "$db" --port 0 --trusted-proxy 127.0.0.1 >"$work/$1.out" 2>"$work/$1.err" </dev/null &
  pids+=($!)
  eval "$1_pid=$!"
}
poort() {  # poort NAME: the port the process says it listens on
  for _ in $(seq 1 100); do
    grep -q "regie luistert op" "$work/$1.out" 2>/dev/null && break
    sleep 0.1
  done
  local line
  line=$(grep "regie luistert op" "$work/$1.out")
  echo "${line##*:}"
}
start a
start b
poort_a=$(poort a)
poort_b=$(poort b)
check "twee processen luisteren" test -n "$poort_a" -a -n "$poort_b"
poort_n=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/nginx/tmp;
  proxy_temp_path $work/nginx/tmp;
  upstream regie { server 127.0.0.1:$poort_a max_fails=1 fail_timeout=30s; server 127.0.0.1:$poort_b; }
  server {
    listen 127.0.0.1:$poort_n;
    location / {
      proxy_pass http://regie;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
    }
  }
}
NGINX
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off; user root;' \
  >"$work/nginx/start.out" 2>"$work/nginx/start.err" </dev/null &
pids+=($!)
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$poort_n/health/ready" && break
  sleep 0.1
done
basis="http://127.0.0.1:$poort_n"
check "nginx en beide processen gereed" test "$(curl -s -o /dev/null -w '%{http_code}' "$basis/health/ready")" = 200

# A session made through the proxy holds on both processes (round robin): sessions live in the
# database.
jar="$work/cookies"
inlog=$(curl -s -c "$jar" -b "$jar" "$basis/inloggen")
csrf=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' <<<"$inlog" | head -1)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode "csrf=$csrf" --data-urlencode "naam=beheerder" \
  --data-urlencode "wachtwoord=regie-demo-2026" "$basis/inloggen")
check "inloggen via de proxy" test "$status" = 303
goed=0
for _ in 1 2 3 4 5 6; do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$basis/")" == 200 ]] && goed=$((goed + 1))
done
check "de sessie geldt op beide processen" test "$goed" = 6

# Concurrent writes through both processes; process a is killed with -9 in the middle.
schrijf() {  # schrijf LABEL N: N organisaties; each acknowledged id on a line of $work/ok.LABEL
  for i in $(seq 1 "$2"); do
    antwoord=$(curl -s -w '\n%{http_code}' -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' \
      -d "{\"naam\": \"Gemeente MP $1 $i\", \"soort\": \"gemeente\", \"inwonertal\": 1000}" \
      "$basis/api/v1/organisaties")
    if [[ "${antwoord##*$'\n'}" == 201 ]]; then
      sed -n 's/.*"id":\([0-9][0-9]*\).*/\1/p' <<<"${antwoord%$'\n'*}" >>"$work/ok.$1"
    fi
  done
}
schrijf x 60 &
sx=$!
schrijf y 60 &
sy=$!
for _ in $(seq 1 200); do
  [[ $(cat "$work"/ok.* 2>/dev/null | wc -l) -ge 30 ]] && break
  sleep 0.05
done
kill -9 "$a_pid"
wait "$sx" "$sy"
wait "$a_pid" 2>/dev/null
bevestigd=$(cat "$work"/ok.* | sort -u)
aantal=$(wc -l <<<"$bevestigd")
echo "bevestigde schrijfacties via twee processen (een ervan met kill -9 gestopt): $aantal van 120"
check "schrijven ging door na kill -9 (meer dan 60 bevestigd)" test "$aantal" -gt 60
lijst=$(paste -sd, <<<"$bevestigd")
in_db=$(psql "$db" -XqAt -c "SELECT COUNT(*) FROM organisaties WHERE id IN ($lijst)")
check "elke bevestigde schrijfactie staat in de database ($aantal)" test "$in_db" = "$aantal"
verify=$("$regie" audit verify --db "$db" 2>&1)
check "auditketen ongebroken na twee processen en kill -9" grep -q "keten ongebroken" <<<"$verify"

check_einde
