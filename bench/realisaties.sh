#!/usr/bin/env bash
# Import benchmark of realisaties (MON-1; not a test): a file of national shape — 350 deelnemers,
# 300 products, 50 teams, 8,000 medewerkers, several years — imported with `regie import
# realisaties` (validating, converting Dutch decimals, keeping both levels of totals and the
# provenance) against sqlite3's own `.import` of the same file into a bare table on the same
# machine, in one run. Prints seconds, rows/s, the ratio and regie's peak RSS. See bench/README.md.
#
#   bench/realisaties.sh                 # 5,000,000 rows; builds build-release/regie first
#   ROWS=1000000 bench/realisaties.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS="${ROWS:-5000000}"
JAREN="${JAREN:-3}"  # the years the rows spread over, ending with last year

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
trap 'rm -rf "$work"' EXIT
db="$work/regie.db"
eind=$(($(date +%Y) - 1))
begin=$((eind - JAREN + 1))

# ------------------------------------------------ a regio of national shape, straight in SQL
"$REGIE_BIN" migrate --db "$db" >/dev/null
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
  echo "INSERT INTO bronsystemen (regio_id, naam, kolom_datum, kolom_deelnemer, kolom_zaaktype, kolom_uren, kolom_aantal, kolom_bedrag, kolom_team, kolom_medewerker, kolom_zaaknummer, versie) VALUES (1, 'Landelijk', 'Datum', 'Gemeente', 'Zaaktype', 'Uren', 'Aantal', 'Kosten', 'Team', 'Medewerker', 'Zaaknummer', 1);"
  echo "COMMIT;"
} | sqlite3 "$db"

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
log "regie import realisaties"
/usr/bin/time -f "%e %M" -o "$work/regie.time" \
  "$REGIE_BIN" import realisaties "$csv" --bron Landelijk --db "$db" --regio 1 >"$work/regie.out" 2>&1 \
  || { cat "$work/regie.out" >&2; die "de import faalde"; }
read -r regie_s regie_kb <"$work/regie.time"
head -1 "$work/regie.out" >&2

# ------------------------------------------------ sqlite3 .import into a bare table
log "sqlite3 .import"
bare="$work/kaal.db"
sqlite3 "$bare" "CREATE TABLE kaal (datum TEXT, gemeente TEXT, zaaktype TEXT, uren TEXT, aantal TEXT, kosten TEXT, team TEXT, medewerker TEXT, zaaknummer TEXT);"
/usr/bin/time -f "%e %M" -o "$work/sqlite.time" \
  sqlite3 "$bare" -cmd ".mode csv" -cmd ".separator ;" -cmd ".import --skip 1 $csv kaal" "SELECT 1" >/dev/null
read -r sqlite_s sqlite_kb <"$work/sqlite.time"

printf '\n| meting (%s regels, %s MB) | seconden | regels/s | piek-RSS |\n|---|---|---|---|\n' \
  "$ROWS" "$((bytes / 1000000))"
awk -v r="$ROWS" -v s="$regie_s" -v k="$regie_kb" 'BEGIN { printf "| regie import realisaties | %.1f | %d | %d MB |\n", s, r / s, k / 1024 }'
awk -v r="$ROWS" -v s="$sqlite_s" -v k="$sqlite_kb" 'BEGIN { printf "| sqlite3 .import (kale tabel) | %.1f | %d | %d MB |\n", s, r / s, k / 1024 }'
awk -v a="$regie_s" -v b="$sqlite_s" 'BEGIN { printf "\nregie / sqlite3 = %.2f× (doel ≤ 1,0×)\n", a / b }'
