#!/usr/bin/env bash
# The CLI contract (issue: foundation), run against the built binary with a real SQLite file.
# Usage: tests/cli_test.sh path/to/regie
set -uo pipefail
regie=${1:?pad naar regie}
work=$(mktemp -d)
trap 'kill "${server_pid:-}" 2>/dev/null; rm -rf "$work"' EXIT
db="$work/regie.db"
# shellcheck source=support/check.sh
source "$(dirname "$0")/support/check.sh"

# migrate, and REGIE_DB standing in for --db
out=$("$regie" migrate --db "$db" 2>&1); rc=$?
check "migrate slaagt" test $rc -eq 0
# The highest numbered migration in the source tree.
hoogste=$(ls "$(dirname "$0")/../src/store/migrations/sqlite/" | sed -n 's/^0*\([0-9][0-9]*\)_.*\.sql$/\1/p' | sort -n | tail -1)
check "migrate noemt de schemaversie" grep -q "Schema is bijgewerkt tot versie $hoogste (sqlite)" <<<"$out"
out=$(REGIE_DB="sqlite:$db" "$regie" migrate 2>&1); rc=$?
check "REGIE_DB met sqlite: werkt" test $rc -eq 0

# no database at all: a Dutch error on stderr, non-zero exit
err=$(env -u REGIE_DB "$regie" migrate 2>&1 >/dev/null); rc=$?
check "zonder database faalt migrate" test $rc -ne 0
check "zonder database een Nederlandse melding" grep -q "Geef een database op" <<<"$err"

# demo: once, then refused
out=$("$regie" demo --db "$db" 2>&1); rc=$?
check "demo laden slaagt" test $rc -eq 0
check "demo noemt de accounts" grep -q "opdrachtgever" <<<"$out"
err=$("$regie" demo --db "$db" 2>&1 >/dev/null); rc=$?
check "tweede demo wordt geweigerd" test $rc -ne 0
check "tweede demo: Nederlandse melding" grep -q "bevat al een regio" <<<"$err"

# backup and restore (issue 16): a checked copy, never over an existing file; restored into a new
# database whose audit chain verifies; into a full one only with --overschrijven
out=$("$regie" backup --db "$db" --uit "$work/backup.db" 2>&1); rc=$?
check "backup slaagt" test $rc -eq 0
check "backup meldt de controle" grep -q "integriteit gecontroleerd" <<<"$out"
err=$("$regie" backup --db "$db" --uit "$work/backup.db" 2>&1 >/dev/null); rc=$?
check "backup over een bestaand bestand wordt geweigerd" test $rc -ne 0
check "backup: Nederlandse melding" grep -q "het bestand bestaat al" <<<"$err"
out=$("$regie" restore --van "$work/backup.db" --db "$work/hersteld.db" 2>&1); rc=$?
check "restore in een nieuwe database slaagt" test $rc -eq 0
out=$("$regie" audit verify --db "$work/hersteld.db" 2>&1); rc=$?
check "de herstelde database: auditketen ongebroken" grep -q "keten ongebroken" <<<"$out"
check "de herstelde database: dezelfde regio" test "$(sqlite3 "$work/hersteld.db" "SELECT COUNT(*) FROM organisaties")" = "$(sqlite3 "$db" "SELECT COUNT(*) FROM organisaties")"
err=$("$regie" restore --van "$work/backup.db" --db "$work/hersteld.db" 2>&1 >/dev/null); rc=$?
check "restore over gegevens zonder --overschrijven wordt geweigerd" test $rc -ne 0
check "restore: noemt --overschrijven" grep -q "overschrijven" <<<"$err"
out=$("$regie" backup --db "postgresql://regie:geheim@db.voorbeeld/regie" --uit x.dump 2>&1); rc=$?
check "backup van PostgreSQL: de pg_dump-opdracht zonder wachtwoord" bash -c "grep -q 'pg_dump' <<<'$out' && ! grep -q geheim <<<'$out'"

# gebruiker add: password from stdin. GOV-10: an account is a persoon of the register
# (--persoon) or the technical beheerder (--beheerder); --rol is gone with a hint.
out=$(printf 'een-lang-wachtwoord\n' | "$regie" gebruiker add --db "$db" --naam cli-test --persoon 8 2>&1); rc=$?
check "gebruiker add --persoon slaagt" test $rc -eq 0
check "gebruiker add --persoon meldt de koppeling" grep -q "Gekoppeld aan persoon 8" <<<"$out"
check "de koppeling staat in de database" test "$(sqlite3 "$db" "SELECT persoon_id FROM gebruikers WHERE naam = 'cli-test'")" = 8
check "het account is van de werkgever van de persoon" test "$(sqlite3 "$db" "SELECT g.organisatie_id = p.organisatie_id FROM gebruikers g JOIN personen p ON p.id = g.persoon_id WHERE g.naam = 'cli-test'")" = 1
out=$(printf 'een-lang-wachtwoord\n' | "$regie" gebruiker add --db "$db" --naam cli-beheer --beheerder 2>&1); rc=$?
check "gebruiker add --beheerder slaagt" test $rc -eq 0
check "het beheer-account heeft geen persoon" test "$(sqlite3 "$db" "SELECT beheerder || '-' || COALESCE(persoon_id, 'geen') FROM gebruikers WHERE naam = 'cli-beheer'")" = "1-geen"
err=$(printf 'kort\n' | "$regie" gebruiker add --db "$db" --naam cli-kort --beheerder 2>&1 >/dev/null); rc=$?
check "te kort wachtwoord wordt geweigerd" test $rc -ne 0
check "te kort wachtwoord: melding" grep -q "minstens 10 tekens" <<<"$err"
err=$(printf 'een-lang-wachtwoord\n' | "$regie" gebruiker add --db "$db" --naam x --rol opdrachtgever 2>&1 >/dev/null); rc=$?
check "--rol: exit 2" test $rc -eq 2
check "--rol: melding wijst naar --persoon" grep -q "bestaat niet meer.*--persoon" <<<"$err"
err=$(printf 'een-lang-wachtwoord\n' | "$regie" gebruiker add --db "$db" --naam x 2>&1 >/dev/null); rc=$?
check "zonder --persoon of --beheerder: exit 2" test $rc -eq 2
check "zonder --persoon of --beheerder: melding" grep -q "kies --persoon" <<<"$err"
err=$(printf 'een-lang-wachtwoord\n' | "$regie" gebruiker add --db "$db" --naam cli-test --beheerder 2>&1 >/dev/null); rc=$?
check "dubbele gebruikersnaam wordt geweigerd" test $rc -ne 0
err=$(printf 'een-lang-wachtwoord\n' | "$regie" gebruiker add --db "$db" --naam cli-geen --persoon 999999 2>&1 >/dev/null); rc=$?
check "onbekende persoon wordt geweigerd" test $rc -ne 0
check "bij een onbekende persoon komt er geen account" test "$(sqlite3 "$db" "SELECT COUNT(*) FROM gebruikers WHERE naam = 'cli-geen'")" = 0

# token create: only the token on stdout
out=$("$regie" token create --db "$db" --gebruiker cli-test 2>/dev/null); rc=$?
check "token create slaagt" test $rc -eq 0
check "token create drukt precies één token af" grep -Eq '^[A-Za-z0-9_-]{43}$' <<<"$out"
check "token create: één regel" test "$(wc -l <<<"$out")" -eq 1
err=$("$regie" token create --db "$db" --gebruiker bestaat-niet 2>&1 >/dev/null); rc=$?
check "token voor onbekende gebruiker faalt" test $rc -ne 0

# check (GOV-9): the demo's deliberate flaws, exit 1 because there are findings of ernst fout
out=$("$regie" check --db "$db" --regio 1 2>&1); rc=$?
check "check: exit 1 bij fouten" test $rc -eq 1
check "check: GOV-4 Zandhorst zonder ambtelijk opdrachtgever" \
  grep -q "\[GOV-4\] Fout (Opdrachtgever) Gemeente Zandhorst: Deze opdrachtgever heeft op" <<<"$out"
check "check: GOV-5 accountmanager en beleidsadviseur is een waarschuwing" grep -q "\[GOV-5\] Waarschuwing.*Sanne de Vries" <<<"$out"
check "check: GOV-6 300 uur" grep -q "\[GOV-6\].*Gemeente Lindenwaard.*300 uur per jaar" <<<"$out"
check "check: GOV-6 onvolledig mandaat in woorden" grep -q "\[GOV-6\].*niet volledig vastgelegd: wanneer, waarvoor\." <<<"$out"
check "check: GOV-8 projectgroep zonder Polderveen en Zandhorst" \
  grep -q "\[GOV-8\].*Gemeente Polderveen, Gemeente Zandhorst.*niet vertegenwoordigd" <<<"$out"
check "check: peildatum in het Nederlands" grep -q "^Bevindingen op 01-06-2026" \
  <<<"$("$regie" check --db "$db" --regio 1 --peildatum 2026-06-01 2>&1)"
err=$("$regie" check --db "$db" --regio 999 2>&1 >/dev/null); rc=$?
check "check: onbekende regio faalt" test $rc -ne 0
err=$("$regie" check --db "$db" --regio 1 --peildatum 31-02-2026 2>&1 >/dev/null); rc=$?
check "check: ongeldige peildatum exit 2" test $rc -eq 2

# import/export producten (UP-3): Windows-1252 from Dutch Excel; a bad line imports nothing and is
# named with its column; --dry-run saves nothing; the export reads back.
printf 'Code;Naam;Taakveld;Taak;Afrekenwijze;Normuren;Uurtarief\r\nVTH-T01;Toezicht asbestsloop;toezicht;Basistaak;Kental;12,5;98,50\r\nVTH-R01;Milieuklachtenlijn \xe9\xe9n loket;advies;basistaak;regionaal;;98,50\r\n' >"$work/producten.csv"
printf 'code;naam;taakveld;taak;afrekenwijze;normuren;uurtarief\nVTH-N01;Nieuw;toezicht;basistaak;kental;1;50\nVTH-N02;Fout;toezicht;basistaak;kental;twaalf;50\n' >"$work/fout.csv"
err=$("$regie" import producten "$work/fout.csv" --db "$db" --regio 1 --jaar 2028 2>&1 >/dev/null); rc=$?
check "import producten: foute regel exit 2" test $rc -eq 2
check "import producten: noemt regel en kolom" grep -q "regel 3, kolom normuren: vul een getal in" <<<"$err"
out=$("$regie" import producten "$work/producten.csv" --db "$db" --regio 1 --jaar 2028 --dry-run 2>&1); rc=$?
check "import producten --dry-run slaagt" test $rc -eq 0
check "import producten --dry-run telt" grep -q "Proef (niets opgeslagen): catalogus 2028: 2 nieuw" <<<"$out"
check "import producten: na de fout en de proef niets opgeslagen" \
  test "$(sqlite3 "$db" "SELECT COUNT(*) FROM producten WHERE code LIKE 'VTH-%'")" -eq 0
out=$("$regie" import producten "$work/producten.csv" --db "$db" --regio 1 --jaar 2028 2>&1); rc=$?
check "import producten slaagt" test $rc -eq 0
check "import producten telt" grep -q "Ingelezen: catalogus 2028: 2 nieuw, 0 gewijzigd, 0 ongewijzigd" <<<"$out"
out=$("$regie" export producten --db "$db" --regio 1 --jaar 2028 2>&1); rc=$?
check "export producten slaagt" test $rc -eq 0
check "export producten: decimale komma en UTF-8" grep -q "VTH-R01;Milieuklachtenlijn één loket;advies;basistaak;regionaal;;98,50;inwonertal" <<<"$out"
"$regie" export producten --db "$db" --regio 1 --jaar 2028 --uit "$work/terug.csv" >/dev/null 2>&1
out=$("$regie" import producten "$work/terug.csv" --db "$db" --regio 1 --jaar 2028 2>&1); rc=$?
check "export leest terug zonder verschil" grep -q "0 nieuw, 0 gewijzigd, 2 ongewijzigd\.$" <<<"$out"
head -2 "$work/producten.csv" >"$work/een.csv"
out=$("$regie" import producten "$work/een.csv" --db "$db" --regio 1 --jaar 2028 2>&1)
check "import producten: wat niet in het bestand staat blijft" grep -q "1 niet in het bestand (blijven staan)" <<<"$out"
# UP-4: the demo's programme 2027 is vastgesteld, so its catalogue year is read-only.
err=$("$regie" import producten "$work/producten.csv" --db "$db" --regio 1 --jaar 2027 2>&1 >/dev/null); rc=$?
check "import producten in een vastgesteld jaar faalt" test $rc -ne 0
check "import producten noemt het vastgestelde programma" grep -q "is vastgesteld; de catalogus van dat jaar blijft" <<<"$err"

# import realisaties (MON-1, MON-7): a Windows-1252 export of a bronsysteem; a file with an
# impossible date and an unknown gemeente imports nothing and names both lines; --dry-run saves
# nothing; the import; the same file again changes nothing.
sqlite3 "$db" "INSERT INTO bronsystemen (regio_id, naam, kolom_datum, kolom_deelnemer, kolom_zaaktype, kolom_uren, kolom_aantal, kolom_bedrag, kolom_team, kolom_medewerker, kolom_zaaknummer, versie) VALUES (1, 'Urenstaat', 'Datum', 'Gemeente', 'Zaaktype', 'Uren', 'Aantal', 'Kosten', '', 'Medewerker', '', 1)"
kop='Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten;Medewerker\r\n'
printf "${kop}"'02-10-2026;Beekdal;TH-01;8,5;1;837,25;\xd6zt\xfcrk\r\n31-09-2026;Beekdal;TH-01;1;1;1;x\r\n05-10-2026;Gemeente Nergens;TH-01;1;1;1;x\r\n' >"$work/real-fout.csv"
printf "${kop}"'02-10-2026;Beekdal;TH-01;8,5;1;837,25;\xd6zt\xfcrk\r\n03-10-2026;Zandhorst;TH-02;1.002,25;2;"98.721,63";\x8aabi\xe7\r\n' >"$work/real.csv"
err=$("$regie" import realisaties "$work/real-fout.csv" --bron Urenstaat --db "$db" --regio 1 2>&1 >/dev/null); rc=$?
check "import realisaties: foute regels exit 2" test $rc -eq 2
check "import realisaties: noemt de onmogelijke datum" grep -q 'regel 3, kolom Datum, waarde "31-09-2026": vul een bestaande datum in' <<<"$err"
check "import realisaties: noemt de onbekende gemeente" grep -q 'regel 4, kolom Gemeente, waarde "Gemeente Nergens": deze deelnemer is onbekend' <<<"$err"
out=$("$regie" import realisaties "$work/real.csv" --bron Urenstaat --db "$db" --regio 1 --dry-run 2>&1); rc=$?
check "import realisaties --dry-run slaagt" test $rc -eq 0
check "import realisaties --dry-run telt" grep -q "Proef (niets opgeslagen): 2 regels, oktober 2026; 1.010,75 uur, 3 producten, € 99.558,88" <<<"$out"
check "import realisaties: na de fout en de proef niets opgeslagen" \
  test "$(sqlite3 "$db" "SELECT COUNT(*) FROM realisatie_imports i JOIN bronsystemen b ON b.id = i.bron_id WHERE b.naam = 'Urenstaat'")" -eq 0
out=$("$regie" import realisaties "$work/real.csv" --bron Urenstaat --db "$db" --regio 1 2>&1); rc=$?
check "import realisaties slaagt" test $rc -eq 0
check "import realisaties meldt de import" grep -q "^Ingelezen als import [0-9]*: 2 regels, oktober 2026" <<<"$out"
check "import realisaties: Windows-1252 goed gelezen" \
  test "$(sqlite3 "$db" "SELECT group_concat(medewerker, ',') FROM realisaties WHERE medewerker IN ('Öztürk', 'Šabiç')")" = "Öztürk,Šabiç"
out=$("$regie" import realisaties "$work/real.csv" --bron Urenstaat --db "$db" --regio 1 2>&1); rc=$?
check "import realisaties: hetzelfde bestand nogmaals verandert niets" grep -q "^Ongewijzigd: dit bestand is al ingelezen als import" <<<"$out"
# MON-1: kill -9 in the middle of a 1-million-row import leaves the database as it was before
# the import, and the next import goes through.
awk 'BEGIN { printf "Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten;Medewerker\r\n";
             for (i = 0; i < 1000000; i++) printf "%02d-11-2026;Beekdal;TH-01;1,5;1;147,75;m%d\r\n", 1 + i % 28, i % 8000 }' \
  >"$work/miljoen.csv"
voor=$(sqlite3 "$db" "SELECT COUNT(*) || '/' || (SELECT COUNT(*) FROM realisatie_imports) || '/' || (SELECT COUNT(*) FROM audit_log) FROM realisaties")
"$regie" import realisaties "$work/miljoen.csv" --bron Urenstaat --db "$db" --regio 1 >/dev/null 2>&1 &
import_pid=$!
# Until rows are being written: the WAL grows past 8 MB.
for _ in $(seq 1 600); do
  [ "$(stat -c %s "$db-wal" 2>/dev/null || echo 0)" -gt 8000000 ] && break
  kill -0 "$import_pid" 2>/dev/null || break
  sleep 0.1
done
check "import realisaties loopt nog bij kill -9" kill -0 "$import_pid"
kill -9 "$import_pid" 2>/dev/null
wait "$import_pid" 2>/dev/null
na=$(sqlite3 "$db" "SELECT COUNT(*) || '/' || (SELECT COUNT(*) FROM realisatie_imports) || '/' || (SELECT COUNT(*) FROM audit_log) FROM realisaties")
check "kill -9 midden in een import: de database als ervoor" test "$voor" = "$na"
out=$("$regie" audit verify --db "$db" 2>&1); rc=$?
check "kill -9 midden in een import: auditketen heel" test $rc -eq 0
head -3 "$work/miljoen.csv" >"$work/twee.csv"
out=$("$regie" import realisaties "$work/twee.csv" --bron Urenstaat --db "$db" --regio 1 2>&1); rc=$?
check "na kill -9 gaat de volgende import door" grep -q "^Ingelezen als import [0-9]*: 2 regels, november 2026" <<<"$out"

# begroting (UP-2): CSV to standard output, XLSX to a file, one deelnemer; clear refusals.
out=$("$regie" begroting --db "$db" --regio 1 --jaar 2027 2>&1); rc=$?
check "begroting csv slaagt" test $rc -eq 0
check "begroting csv heeft de kolommen" grep -q "Deelnemer;Taakveld;Productcode;Product;Afrekenwijze;Soort" <<<"$out"
check "begroting csv legt een regionaal aandeel uit" grep -q "^Gemeente Beekdal;advies;RG-01;.*45.210 van 471.915 (inwonertal)" <<<"$out"
out=$("$regie" begroting --db "$db" --regio 1 --jaar 2027 --formaat xlsx --uit "$work/begroting.xlsx" 2>&1); rc=$?
check "begroting xlsx slaagt" test $rc -eq 0
check "begroting xlsx meldt wat er geschreven is" grep -q "^Begroting 2027 (versie 1, vastgesteld) van 10 deelnemers geschreven naar .*: totaal € " <<<"$out"
check "begroting xlsx is een zip" test "$(head -c 2 "$work/begroting.xlsx")" = "PK"
err=$("$regie" begroting --db "$db" --regio 1 --jaar 2027 --formaat xlsx 2>&1 >/dev/null); rc=$?
check "begroting xlsx zonder --uit exit 2" test $rc -eq 2
err=$("$regie" begroting --db "$db" --regio 1 --jaar 2031 2>&1 >/dev/null); rc=$?
check "begroting zonder programma exit 2" test $rc -eq 2
check "begroting zonder programma zegt het" grep -q "geen uitvoeringsprogramma 2031" <<<"$err"
err=$("$regie" begroting --db "$db" --regio 1 --jaar 2027 --deelnemer 999999 2>&1 >/dev/null); rc=$?
check "begroting van een onbekende deelnemer exit 2" test $rc -eq 2

# audit verify: intact, then tampered
out=$("$regie" audit verify --db "$db" 2>&1); rc=$?
check "audit verify slaagt op een ongeschonden log" test $rc -eq 0
check "audit verify telt regels" grep -q "Auditlog in orde" <<<"$out"
sqlite3 "$db" "UPDATE audit_log SET actor = 'iemand-anders' WHERE id = 2"
err=$("$regie" audit verify --db "$db" 2>&1); rc=$?
check "audit verify faalt na knoeien" test $rc -eq 4
check "audit verify noemt de eerste gebroken regel" grep -q "gebroken bij regel 2" <<<"$err"

# serve --port 0: the start line, a request, graceful stop on SIGTERM
db2="$work/serve.db"
"$regie" serve --db "$db2" --port 0 --demo >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q "regie luistert op" "$work/serve.out" 2>/dev/null && break
  sleep 0.1
done
line=$(grep "regie luistert op" "$work/serve.out")
check "serve drukt de startregel af" grep -Eq '^regie luistert op http://127\.0\.0\.1:[0-9]+$' <<<"$line"
port=${line##*:}
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/v1/openapi.json")
check "serve beantwoordt verzoeken" test "$status" = 200
kill -TERM "$server_pid"
wait "$server_pid"; rc=$?
check "serve stopt netjes op SIGTERM" test $rc -eq 0
check "serve meldt het stoppen" grep -q "regie is gestopt" "$work/serve.out"
check "toegangslog zonder geheimen" bash -c "! grep -qi 'authorization\|wachtwoord=' '$work/serve.err'"
# The access log is buffered while serving (issue 16) and written out when the server stops.
check "toegangslog bij het stoppen weggeschreven" grep -q "toegang method=GET path=/api/v1/openapi.json status=200" "$work/serve.err"

# serve over TLS (--tls-cert/--tls-key): HSTS, and cookies with the __Host- prefix and Secure
openssl req -x509 -newkey rsa:2048 -nodes -subj "/CN=localhost" -days 1 \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
"$regie" serve --db "$db2" --port 0 --tls-cert "$work/cert.pem" --tls-key "$work/key.pem" \
  >"$work/tls.out" 2>"$work/tls.err" &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q "regie luistert op" "$work/tls.out" 2>/dev/null && break
  sleep 0.1
done
line=$(grep "regie luistert op" "$work/tls.out")
check "TLS: startregel met https" grep -Eq '^regie luistert op https://127\.0\.0\.1:[0-9]+$' <<<"$line"
port=${line##*:}
headers=$(curl -sk -D - -o /dev/null "https://127.0.0.1:$port/inloggen")
check "TLS: Strict-Transport-Security" grep -qi '^strict-transport-security: max-age=' <<<"$headers"
check "TLS: inlogcookie met __Host- en Secure" \
  grep -Eqi '^set-cookie: __Host-regie_inlog_csrf=[^;]+; Path=/; HttpOnly; SameSite=Lax; Secure' <<<"$headers"
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/inloggen" || true)
check "TLS: gewoon http wordt niet bediend" test "$status" != 200
kill -TERM "$server_pid"
wait "$server_pid"

check_einde
