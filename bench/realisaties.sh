#!/usr/bin/env bash
# Benchmark of realisaties at national scale (issue 15, MON-1, MON-2; not a test), in one run on
# one machine. See bench/README.md.
# 1. A file of national shape — 350 deelnemers, 300 products, 50 teams, 8,000 medewerkers,
#    several years — imported with `regie import realisaties` (validating, converting Dutch
#    decimals, keeping both levels of totals and the provenance) against sqlite3's own `.import`
#    of the same file into a bare table: seconds, CPU seconds, rows/s, peak RSS and the ratio.
# 2. The same import into PostgreSQL (COPY) against `psql \copy` of the same file, PG_RONDEN
#    rounds of both, the ratio of the medians (PG=0 skips).
# 3. A database of GROOT rows (the file imported again from more bronsystemen): plan versus
#    realisatie over HTTP for one deelnemer-year and the whole regio (wrk, p50/p99, answer cache
#    off), beside the same question as a plain GROUP BY over the raw rows in SQLite (GROOT=0
#    skips).
#
#   bench/realisaties.sh                         # 5,000,000 rows, 50,000,000 in part 3
#   ROWS=1000000 GROOT=10000000 bench/realisaties.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS="${ROWS:-5000000}"
JAREN="${JAREN:-3}"      # the years the rows spread over, ending with last year
GROOT="${GROOT:-50000000}"  # rows in the database of part 3; 0 skips it
PG="${PG:-1}"            # 0 skips part 2
PG_RONDEN="${PG_RONDEN:-3}"  # rounds of part 2; the ratio is that of the medians
bronnen=1
if [ "$GROOT" != 0 ]; then bronnen=$(((GROOT + ROWS - 1) / ROWS)); fi

log() { echo "bench: $*" >&2; }
die() {
  echo "bench: FOUT: $*" >&2
  exit 1
}

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
need=()
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
[ -x /usr/bin/time ] || need+=(time)
[ "$GROOT" = 0 ] || command -v wrk >/dev/null 2>&1 || need+=(wrk)
[ "$PG" = 0 ] || command -v psql >/dev/null 2>&1 || need+=(postgresql postgresql-client)
if [ ${#need[@]} -gt 0 ]; then
  log "installeert ${need[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >&2
fi

REGIE_BIN="${REGIE_BIN:-}"
if [ -z "$REGIE_BIN" ]; then
  log "bouwt build-release/regie"
  cmake --preset release >/dev/null
  cmake --build --preset release -j2 --target regie >&2
  REGIE_BIN=build-release/regie
fi

work=$(mktemp -d)
pg_dir=""
server_pid=""
opruimen() {
  [ -z "$server_pid" ] || kill "$server_pid" 2>/dev/null || true
  [ -z "$pg_dir" ] || { scripts/pg-test-server.sh stop "$pg_dir" >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
  rm -rf "$work"
}
trap opruimen EXIT
db="$work/regie.db"
eind=$(($(date +%Y) - 1))
begin=$((eind - JAREN + 1))

# ------------------------------------------------ a regio of national shape, straight in SQL
"$REGIE_BIN" migrate --db "$db" >/dev/null
regio_sql="$work/regio.sql"
{
  echo "BEGIN;"
  echo "INSERT INTO regios (id, naam) VALUES (1, 'Bench');"
  echo "INSERT INTO organisaties (id, regio_id, naam, soort, inwonertal) VALUES (1, 1, 'Omgevingsdienst Bench', 'omgevingsdienst', NULL);"
  for d in $(seq 1 350); do
    echo "INSERT INTO organisaties (id, regio_id, naam, soort, inwonertal) VALUES ($((d + 1)), 1, 'Gemeente G$d', 'gemeente', $((10000 + d * 137)));"
    echo "INSERT INTO deelnemerschappen (organisatie_id, relatie, van) VALUES ($((d + 1)), 'deelnemer', '2000-01-01');"
  done
  for j in $(seq "$begin" "$eind"); do
    for p in $(seq 1 300); do
      echo "INSERT INTO producten (regio_id, jaar, code, naam, taakveld, taak, afrekenwijze, normuren, uurtarief_cents, verdeelsleutel, versie) VALUES (1, $j, 'P-$p', 'Product $p', 'taakveld$((p % 12))', 'basistaak', 'kental', 800, 9850, '', 1);"
    done
  done
  for b in $(seq 1 "$bronnen"); do
    naam="Landelijk"
    [ "$b" = 1 ] || naam="Landelijk $b"
    echo "INSERT INTO bronsystemen (regio_id, naam, kolom_datum, kolom_deelnemer, kolom_zaaktype, kolom_uren, kolom_aantal, kolom_bedrag, kolom_team, kolom_medewerker, kolom_zaaknummer, versie) VALUES (1, '$naam', 'Datum', 'Gemeente', 'Zaaktype', 'Uren', 'Aantal', 'Kosten', 'Team', 'Medewerker', 'Zaaknummer', 1);"
  done
  echo "COMMIT;"
} >"$regio_sql"
sqlite3 "$db" <"$regio_sql"

# ------------------------------------------------ the file: Dutch Excel CSV, decimal commas
csv="$work/realisaties.csv"
log "maakt $ROWS regels ($begin-$eind)"
awk -v n="$ROWS" -v begin="$begin" -v jaren="$JAREN" 'BEGIN {
  printf "Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten;Team;Medewerker;Zaaknummer\r\n";
  for (i = 0; i < n; i++) {
    j = begin + int(i * jaren / n);
    m = 1 + (i * 7) % 12; d = 1 + (i * 13) % 28;
    g = 1 + (i * 31) % 350; p = 1 + (i * 17) % 300;
    u = 25 + (i * 11) % 1600;  # hundredths of an hour
    printf "%02d-%02d-%d;Gemeente G%d;P-%d;%d,%02d;%d;%d,%02d;Team %d;Medewerker %d;Z-%d\r\n",
      d, m, j, g, p, int(u / 100), u % 100, 1 + i % 3, int(u * 985 / 1000), (u * 985) % 1000 / 10,
      1 + i % 50, 1 + i % 8000, i
  }
}' >"$csv"
bytes=$(stat -c %s "$csv")

# ------------------------------------------------ regie import
# Before each measurement: the kernel writes out what earlier steps left in the page cache, and
# dd touches 2 GB of memory (at most half of what is available) and gives it back. A virtual machine that hands unused memory back to
# its host (free page reporting) otherwise makes whichever run needs new page cache pay for
# taking it back: the same COPY took 3.3 s or 7.6 s depending on what ran before it.
klaar_voor_meting() {
  sync
  local vrij_mb
  vrij_mb=$(awk '/^MemAvailable:/ { print int($2 / 1024) }' /proc/meminfo)
  dd if=/dev/zero of=/dev/null bs="$(((vrij_mb / 2) < 2000 ? (vrij_mb / 2) : 2000))M" count=1 \
    iflag=fullblock status=none
}
klaar_voor_meting
log "regie import realisaties"
/usr/bin/time -f "%e %M %U %S" -o "$work/regie.time" \
  "$REGIE_BIN" import realisaties "$csv" --bron Landelijk --db "$db" --regio 1 >"$work/regie.out" 2>&1 \
  || { cat "$work/regie.out" >&2; die "de import faalde"; }
read -r regie_s regie_kb regie_u regie_sys <"$work/regie.time"
head -1 "$work/regie.out" >&2

# ------------------------------------------------ sqlite3 .import into a bare table
klaar_voor_meting
log "sqlite3 .import"
bare="$work/kaal.db"
sqlite3 "$bare" "CREATE TABLE kaal (datum TEXT, gemeente TEXT, zaaktype TEXT, uren TEXT, aantal TEXT, kosten TEXT, team TEXT, medewerker TEXT, zaaknummer TEXT);"
/usr/bin/time -f "%e %M %U %S" -o "$work/sqlite.time" \
  sqlite3 "$bare" -cmd ".mode csv" -cmd ".separator ;" -cmd ".import --skip 1 $csv kaal" "SELECT 1" >/dev/null
read -r sqlite_s sqlite_kb sqlite_u sqlite_sys <"$work/sqlite.time"

rij() {  # rij NAME SECONDS KB USER SYS
  awk -v n="$1" -v r="$ROWS" -v s="$2" -v k="$3" -v c="$4" -v y="$5" \
    'BEGIN { printf "| %s | %.1f | %d | %.1f | %d MB |\n", n, s, r / s, c + y, k / 1024 }'
}
verhouding() {  # verhouding A_S A_U A_SYS B_S B_U B_SYS DOEL NAAM
  awk -v a="$1" -v au="$2" -v as="$3" -v b="$4" -v bu="$5" -v bs="$6" -v doel="$7" -v naam="$8" \
    'BEGIN { printf "%s = %.2f× in tijd (doel ≤ %s), %.2f× in CPU-tijd\n", naam, a / b, doel, (au + as) / (bu + bs) }'
}
uitslag="$work/uitslag.md"
{
  printf '\n## 1. Inlezen in SQLite\n\n| meting (%s regels, %s MB) | seconden | regels/s | CPU-seconden | piek-RSS |\n|---|---|---|---|---|\n' \
    "$ROWS" "$((bytes / 1000000))"
  rij "regie import realisaties" "$regie_s" "$regie_kb" "$regie_u" "$regie_sys"
  rij "sqlite3 .import (kale tabel)" "$sqlite_s" "$sqlite_kb" "$sqlite_u" "$sqlite_sys"
  echo
  verhouding "$regie_s" "$regie_u" "$regie_sys" "$sqlite_s" "$sqlite_u" "$sqlite_sys" "1,0×" "regie / sqlite3"
  echo "(regie schrijft op een tweede kern terwijl het de volgende regels leest en controleert; besluit 50)"
} >"$uitslag"

# ------------------------------------------------ 2. PostgreSQL: COPY against psql \copy
# PG_RONDEN rounds of both, one straight after the other, each on empty tables after a
# checkpoint; the ratio is that of the medians. On a small virtual machine one run of either
# now and then takes a second more in the kernel, whichever of the two it is.
if [ "$PG" != 0 ]; then
  log "PostgreSQL"
  pg_dir=$(mktemp -d /tmp/regie-bench-pg.XXXXXX)
  url=$(scripts/pg-test-server.sh start "$pg_dir")
  "$REGIE_BIN" migrate --db "$url" >/dev/null
  psql "$url" -q -v ON_ERROR_STOP=1 -f "$regio_sql" >/dev/null
  psql "$url" -q -c "CREATE TABLE kaal (datum TEXT, gemeente TEXT, zaaktype TEXT, uren TEXT, aantal TEXT, kosten TEXT, team TEXT, medewerker TEXT, zaaknummer TEXT)"
  leeg_pg() {  # empty what a round wrote, and a checkpoint: neither pays for the other's writes
    psql "$url" -q -v ON_ERROR_STOP=1 \
      -c "TRUNCATE realisaties, realisatie_import_cellen, realisatie_per_deelnemer, realisatie_per_taakveld, afwijkingssignalen, realisatie_imports, kaal" \
      -c "CHECKPOINT"
    klaar_voor_meting
  }
  : >"$work/pg-regie.times"
  : >"$work/pg-psql.times"
  for ronde in $(seq 0 "$PG_RONDEN"); do
    # Round 0 warms the fresh server up (its first WAL files) and does not count.
    doel_regie="$work/pg-regie.times"
    doel_psql="$work/pg-psql.times"
    if [ "$ronde" = 0 ]; then
      doel_regie="$work/pg-regie.warm"
      doel_psql="$work/pg-psql.warm"
    fi
    leeg_pg
    log "ronde $ronde van $PG_RONDEN: regie import realisaties (PostgreSQL)"
    /usr/bin/time -f "%e %M %U %S" -a -o "$doel_regie" \
      "$REGIE_BIN" import realisaties "$csv" --bron Landelijk --db "$url" --regio 1 >"$work/pg-regie.out" 2>&1 \
      || { cat "$work/pg-regie.out" >&2; die "de import in PostgreSQL faalde"; }
    leeg_pg
    log "ronde $ronde van $PG_RONDEN: psql \\copy"
    /usr/bin/time -f "%e %M %U %S" -a -o "$doel_psql" \
      psql "$url" -q -c "\\copy kaal FROM '$csv' WITH (FORMAT csv, DELIMITER ';', HEADER true)"
  done
  mediaan() {  # mediaan FILE: the line of the median seconds (first column)
    sort -n "$1" | awk '{ regel[NR] = $0 } END { print regel[int((NR + 1) / 2)] }'
  }
  read -r pgr_s pgr_kb pgr_u pgr_sys < <(mediaan "$work/pg-regie.times")
  read -r pgp_s pgp_kb pgp_u pgp_sys < <(mediaan "$work/pg-psql.times")
  # The server's own CPU time is not in /usr/bin/time's figures of either client.
  {
    printf '\n## 2. Inlezen in PostgreSQL (fsync uit, beide gelijk; mediaan van %s rondes)\n\n| meting (%s regels) | seconden | regels/s | CPU-seconden client | piek-RSS client |\n|---|---|---|---|---|\n' "$PG_RONDEN" "$ROWS"
    rij "regie import realisaties (COPY)" "$pgr_s" "$pgr_kb" "$pgr_u" "$pgr_sys"
    rij "psql \\copy (kale tabel)" "$pgp_s" "$pgp_kb" "$pgp_u" "$pgp_sys"
    echo
    awk -v a="$pgr_s" -v b="$pgp_s" 'BEGIN { printf "regie / psql = %.2f× in tijd (doel ≤ 1,5×)\n", a / b }'
    paste -d' ' <(cat "$work/pg-regie.warm" "$work/pg-regie.times") \
      <(cat "$work/pg-psql.warm" "$work/pg-psql.times") |
      awk '{ printf "%sronde %d: regie %.1f s, psql %.1f s, %.2f×", (NR > 1 ? "; " : "per "), NR - 1, $1, $5, $1 / $5 }
           END { print " (ronde 0 telt niet mee)" }'
  } >>"$uitslag"
  scripts/pg-test-server.sh stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
  pg_dir=""
fi

# ------------------------------------------------ 3. GROOT rows: plan versus realisatie over HTTP
if [ "$GROOT" != 0 ]; then
  for b in $(seq 2 "$bronnen"); do
    log "import $b van $bronnen (bronsysteem Landelijk $b)"
    "$REGIE_BIN" import realisaties "$csv" --bron "Landelijk $b" --db "$db" --regio 1 >/dev/null
  done
  regels=$(sqlite3 "$db" "SELECT COUNT(*) FROM realisaties")
  db_mb=$(($(stat -c %s "$db") / 1000000))
  echo "bench-wachtwoord-2026" | "$REGIE_BIN" gebruiker add --naam bench --beheerder --db "$db" >/dev/null
  token=$("$REGIE_BIN" token create --gebruiker bench --db "$db")
  "$REGIE_BIN" serve --db "$db" --port 0 --zonder-antwoordcache >"$work/serve.out" 2>"$work/serve.err" &
  server_pid=$!
  for _ in $(seq 1 100); do
    grep -q "luistert op" "$work/serve.out" 2>/dev/null && break
    sleep 0.1
  done
  base=$(sed -n 's/^regie luistert op \(http:[^ ]*\).*/\1/p' "$work/serve.out")
  [ -n "$base" ] || { cat "$work/serve.err" >&2; die "de server start niet"; }
  vraag() {  # vraag NAME QUERY: wrk, one connection, 10 s; prints "p50 p99" in ms
    local url="$base/api/v1/plan-realisatie?$2"
    curl -sf -o "$work/antwoord.json" -H "Authorization: Bearer $token" "$url" || die "$1: geen 200"
    wrk -t1 -c1 -d10s --latency -H "Authorization: Bearer $token" "$url" >"$work/wrk.txt"
    awk '/^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
         function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
         END { printf "%.2f %.2f\n", ms(p50), ms(p99) }' "$work/wrk.txt"
  }
  read -r dp50 dp99 < <(vraag "deelnemer" "jaar=$eind&niveau=deelnemer&deelnemerId=2")
  read -r rp50 rp99 < <(vraag "regio" "jaar=$eind")
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
  # The same questions as a plain GROUP BY over the raw rows of the active imports.
  groupby() {  # groupby SQL: seconds of the fastest of three runs
    local beste=""
    for _ in 1 2 3; do
      local t
      t=$(printf '.timer on\n%s\n' "$1" | sqlite3 "$db" | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p' | tail -1)
      beste=$(awk -v a="$t" -v b="$beste" 'BEGIN { print (b == "" || a < b) ? a : b }')
    done
    echo "$beste"
  }
  filter="r.datum BETWEEN '$eind-01-01' AND '$eind-12-31' AND i.status = 'actief'"
  gd=$(groupby "SELECT r.productcode, substr(r.datum, 1, 7), SUM(r.uren), SUM(r.aantal), SUM(r.bedrag_cents) FROM realisaties r JOIN realisatie_imports i ON i.id = r.import_id WHERE r.deelnemer_id = 2 AND $filter GROUP BY 1, 2;")
  gr=$(groupby "SELECT r.deelnemer_id, r.productcode, substr(r.datum, 1, 7), SUM(r.uren), SUM(r.aantal), SUM(r.bedrag_cents) FROM realisaties r JOIN realisatie_imports i ON i.id = r.import_id WHERE $filter GROUP BY 1, 2, 3;")
  {
    printf '\n## 3. Plan tegen realisatie op %s regels (%s MB SQLite), over HTTP\n\n' "$regels" "$db_mb"
    printf '| vraag (%s) | regie p50 | regie p99 (doel ≤ 5 ms) | GROUP BY over de ruwe regels |\n|---|---|---|---|\n' "$eind"
    awk -v a="$dp50" -v b="$dp99" -v c="$gd" 'BEGIN { printf "| één deelnemer, een jaar | %.2f ms | %.2f ms | %.0f ms |\n", a, b, c * 1000 }'
    awk -v a="$rp50" -v b="$rp99" -v c="$gr" 'BEGIN { printf "| de hele regio, een jaar | %.2f ms | %.2f ms | %.0f ms |\n", a, b, c * 1000 }'
    echo
    echo "(wrk -t1 -c1 -d10s op loopback, antwoordcache uit; GROUP BY: sqlite3 .timer, snelste van drie)"
  } >>"$uitslag"
fi

cat "$uitslag"
