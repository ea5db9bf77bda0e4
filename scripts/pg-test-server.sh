#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests, listening only on a Unix socket inside DIR.
#
#   scripts/pg-test-server.sh start [DIR]   initdb (first time only) and start; prints the URL
#   scripts/pg-test-server.sh stop DIR      stop the server (fine if it is not running)
#   scripts/pg-test-server.sh url DIR       print the URL again
#
# start prints exactly one line on stdout: postgresql://postgres@/regie_test?host=DIR
# Without DIR, start makes one with mktemp under /tmp. Run as root (the server runs as the
# `postgres` OS user, via runuser) or as postgres itself. The server log is DIR/server.log;
# the data directory DIR/data. fsync is off: for tests only.
set -euo pipefail

readonly kDatabase=regie_test
readonly kOsUser=postgres

die() {
  echo "pg-test-server: $*" >&2
  exit 1
}

usage() {
  echo "gebruik: $0 start [DIR] | stop DIR | url DIR" >&2
  exit 2
}

# The bin directory of the highest installed PostgreSQL version.
pg_bindir() {
  local dir
  dir=$(printf "%s\n" /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [[ -n "$dir" && -x "$dir/pg_ctl" ]] || die "geen PostgreSQL gevonden onder /usr/lib/postgresql"
  echo "$dir"
}

as_postgres() {
  if [[ "$(id -un)" == "$kOsUser" ]]; then
    "$@"
  else
    runuser -u "$kOsUser" -- "$@"
  fi
}

url_for() {
  echo "postgresql://postgres@/${kDatabase}?host=$1"
}

# pg_ctl status: 0 running, 3 not running, 4 no data directory.
is_running() {
  local bindir=$1 dir=$2
  [[ -f "$dir/data/PG_VERSION" ]] || return 1
  as_postgres "$bindir/pg_ctl" status -D "$dir/data" >/dev/null 2>&1
}

cmd_start() {
  local dir=${1:-}
  local bindir
  bindir=$(pg_bindir)
  if [[ -z "$dir" ]]; then
    dir=$(mktemp -d /tmp/regie-pg.XXXXXX)
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  # The socket path (DIR/.s.PGSQL.5432) must fit in sockaddr_un; spaces and quotes would break
  # the URL and postgresql.conf.
  [[ "$dir" =~ ^[A-Za-z0-9_./-]+$ ]] || die "DIR mag alleen letters, cijfers en _ . / - bevatten: $dir"
  ((${#dir} <= 90)) || die "DIR is te lang voor een Unix-socket: $dir"
  cd /  # runuser keeps the working directory; postgres may not be able to read ours.

  if [[ "$(id -u)" == 0 ]]; then
    chmod 755 "$dir"
    chown "$kOsUser:" "$dir"
  fi
  as_postgres test -w "$dir" ||
    die "gebruiker $kOsUser kan $dir niet bereiken of beschrijven (kies een map onder /tmp)"

  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    if ! as_postgres "$bindir/initdb" -D "$dir/data" --auth=trust -U postgres \
      --encoding=UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1; then
      cat "$dir/initdb.log" >&2
      die "initdb mislukt"
    fi
    # Settings in the file rather than pg_ctl -o, so a later start of the same DIR gets them too.
    as_postgres tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF

# pg-test-server.sh: test server, Unix socket only, no durability.
listen_addresses = ''
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  fi

  if ! is_running "$bindir" "$dir"; then
    # A crashed server leaves a stale postmaster.pid; pg_ctl start copes with that itself.
    if ! as_postgres "$bindir/pg_ctl" start -D "$dir/data" -l "$dir/server.log" -w -t 60 -s \
      >&2; then
      tail -n 20 "$dir/server.log" >&2 || true
      die "server start niet"
    fi
  fi

  local tries=0
  until "$bindir/pg_isready" -q -h "$dir" -U postgres; do
    ((++tries <= 100)) || die "server antwoordt niet; zie $dir/server.log"
    sleep 0.1
  done

  local exists
  exists=$(as_postgres "$bindir/psql" -h "$dir" -U postgres -d postgres -XtAq \
    -c "SELECT 1 FROM pg_database WHERE datname = '$kDatabase'")
  if [[ "$exists" != 1 ]]; then
    as_postgres "$bindir/createdb" -h "$dir" -U postgres "$kDatabase" >&2
  fi

  url_for "$dir"
}

cmd_stop() {
  local dir=${1:?DIR ontbreekt}
  [[ -d "$dir" ]] || return 0
  dir=$(cd "$dir" && pwd -P)
  cd /
  local bindir
  bindir=$(pg_bindir)
  if is_running "$bindir" "$dir"; then
    as_postgres "$bindir/pg_ctl" stop -D "$dir/data" -m fast -w -t 60 -s >&2
  fi
}

cmd_url() {
  local dir=${1:?DIR ontbreekt}
  [[ -f "$dir/data/PG_VERSION" ]] || die "geen testserver in $dir"
  url_for "$(cd "$dir" && pwd -P)"
}

main() {
  (($# >= 1)) || usage
  local command=$1
  shift
  case "$command" in
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    url) cmd_url "$@" ;;
    *) usage ;;
  esac
}

main "$@"
