#include "web/messages.hpp"

#include "core/datum.hpp"

namespace regie::web {
namespace {

// What every capability uses: the errors of the store, the session and the API, the field
// checks of domain/validation, the register's fields and the CLI's demo and database.
void add_shared_messages(Messages& m) {
  m.add_texts({
      {"fout.ongeldig", "Niet alle velden zijn goed ingevuld."},
      {"fout.niet_gevonden", "Dit bestaat niet, of u heeft er geen toegang toe."},
      {"fout.verouderd",
       "Iemand anders heeft dit intussen gewijzigd. Uw wijziging is niet opgeslagen; bekijk de "
       "nieuwe versie en voer uw wijziging opnieuw in."},
      {"fout.geen_toegang", "U heeft geen rechten voor deze handeling."},
      {"fout.niet_ingelogd", "U bent niet ingelogd."},
      {"fout.te_veel_pogingen", "Te veel mislukte inlogpogingen vanaf dit adres."},
      {"fout.opslag",
       "De gegevens konden niet worden opgeslagen of gelezen. Probeer het later "
       "opnieuw."},
      {"fout.opslag_onleesbaar",
       "Opgeslagen gegevens zijn onleesbaar. De beheerder is gewaarschuwd; probeer het later "
       "opnieuw."},
      {"fout.alleen_lezen",
       "De database is alleen-lezen. Wijzigingen kunnen nu niet worden opgeslagen."},
      {"fout.schijf_vol", "De schijf is vol. Wijzigingen kunnen nu niet worden opgeslagen."},
      {"fout.bestaat_al", "Dit bestaat al."},
      {"fout.csv_leeg", "het bestand is leeg: er is geen kopregel"},
      {"fout.csv_te_groot", "het bestand is te groot"},
      {"fout.csv_open_aanhalingsteken",
       "een aanhalingsteken wordt geopend maar niet gesloten (tot het einde van het bestand)"},
      {"fout.csv_los_aanhalingsteken",
       "een aanhalingsteken staat midden in een veld, of er staat tekst na het sluitende "
       "aanhalingsteken"},
      {"fout.csv_aantal_velden", "deze regel heeft een ander aantal velden dan de kopregel"},
      {"fout.csv_ongeldige_tekens", "deze regel bevat tekens die geen UTF-8 of Windows-1252 zijn"},
      {"fout.csv_scheidingsteken", "het scheidingsteken is niet te herkennen; gebruik ';' of ','"},
      {"fout.pagina_bestaat_niet",
       "Deze pagina bestaat niet. Controleer het adres, of ga terug naar de startpagina."},
      {"fout.in_gebruik",
       "Dit kan niet worden verwijderd, omdat er nog gegevens naar verwijzen (bijvoorbeeld "
       "personen of rollen)."},
      {"fout.inloggen_mislukt", "De combinatie van gebruikersnaam en wachtwoord is onjuist."},
      {"fout.csrf", "Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens."},
      {"fout.versie_ontbreekt",
       "De versie ontbreekt. Stuur de header If-Match met de ETag van de gelezen versie."},
      {"fout.etag_zwak",
       "Zwakke ETags (W/\"…\") worden niet aanvaard. Stuur in If-Match de sterke ETag die u "
       "las, bijvoorbeeld \"3\"."},
      {"fout.etag_ster",
       "If-Match: * noemt geen versie. Stuur in If-Match de ETag van de gelezen versie, "
       "bijvoorbeeld \"3\"."},
      {"fout.etag_lijst",
       "If-Match noemt meer dan één ETag. Stuur alleen de ETag van de gelezen versie, "
       "bijvoorbeeld \"3\"."},
      {"fout.etag_ongeldig",
       "If-Match bevat geen ETag van een versie. Stuur de ETag die u las, met de "
       "aanhalingstekens, bijvoorbeeld \"3\"."},
      {"fout.mediatype",
       "De body moet JSON zijn: stuur Content-Type: application/json (charset alleen utf-8)."},
      {"fout.url_onbekend", "Deze URL bestaat niet."},
      {"fout.methode_niet_toegestaan",
       "Deze methode is hier niet toegestaan; de header Allow noemt wat wel kan."},
      {"fout.http_ongeldig", "Het verzoek is geen geldig HTTP-verzoek."},
      {"fout.body_te_groot", "De body van het verzoek is groter dan 2 MiB."},
      {"fout.koppen_te_groot", "De kopregels van het verzoek zijn samen groter dan 16 KiB."},
      {"fout.intern", "Er ging iets mis in de server. Probeer het later opnieuw."},
      {"fout.server_stopt", "De server stopt. Probeer het zo opnieuw."},
      {"fout.verplicht", "dit veld is verplicht"},
      {"fout.te_lang", "de tekst is te lang"},
      {"fout.geen_geheel_getal", "geen geheel getal; vul een geheel getal in"},
      {"fout.te_klein", "het getal is te klein"},
      {"fout.te_groot", "het getal is te groot"},
      {"fout.geen_bedrag", "vul een bedrag in euro in, zoals 38.000 of 1.234,56"},
      {"fout.bedrag_decimalen",
       "een bedrag heeft hoogstens twee cijfers na de komma, zoals 1.234,56"},
      {"fout.geen_decimaal_getal", "vul een getal in, zoals 12 of 12,5"},
      {"fout.getal_decimalen", "hoogstens twee cijfers na de komma, zoals 12,25"},
      {"fout.punt_groepen",
       "een punt staat alleen tussen groepen van drie cijfers (38.000); centen komen na een komma "
       "(1.234,56)"},
      {"fout.bedrag_centen", "vul het bedrag in als een geheel aantal eurocenten"},
      {"fout.ongeldige_datum", "vul een bestaande datum in als dd-mm-jjjj"},
      {"fout.datum_iso",
       "geen geldige datum: verwacht JJJJ-MM-DD (ISO 8601), bijvoorbeeld 2026-12-01"},
      {"fout.verwacht_getal", "verwacht een geheel getal als JSON-getal"},
      {"fout.verwacht_tekst", "verwacht tekst als JSON-string"},
      {"fout.verwacht_ja_nee", "verwacht ja of nee (in JSON: true of false)"},
      {"fout.verwacht_lijst", "verwacht een JSON-lijst (array)"},
      {"fout.verwacht_lijst_codes", "verwacht een JSON-lijst van codes (strings)"},
      {"fout.dubbel", "staat meer dan eens in het verzoek"},
      {"fout.stuurteken",
       "de tekst bevat een stuurteken (zoals NUL, of een regeleinde of tab in een veld van één "
       "regel)"},
      {"fout.ongeldige_keuze", "kies een van de mogelijke waarden"},
      {"fout.onbekende_keuze", "deze keuze bestaat niet (meer) of is niet toegankelijk"},
      {"fout.periode_omgekeerd", "de einddatum ligt vóór de begindatum"},
      {"fout.periode_overlapt", "deze periode overlapt met een bestaande periode"},
      {"fout.uren_na_einde_rol",
       "de rol is dan al beëindigd; kies een datum binnen de periode van de rol (leeg is "
       "vandaag)"},
      {"fout.ongeldig_email", "vul een geldig e-mailadres in"},
      {"fout.ongeldige_tekens", "de tekst bevat ongeldige tekens"},
      {"fout.naam_bestaat_al", "deze naam is al in gebruik in de regio"},
      {"fout.wachtwoord_kort", "het wachtwoord moet minstens 10 tekens hebben"},
      {"fout.type", "verwacht één waarde (tekst, getal, true/false of null), geen object of lijst"},
      {"fout.onbekend_veld", "dit veld bestaat niet"},
      {"fout.json", "de body is geen geldig JSON-object"},
      {"fout.geen_regio", "er is nog geen regio"},
      {"fout.demo_bestaat", "De database bevat al een regio; de demo is niet opnieuw geladen."},
      {"fout.demo_migratie", "Tijdens het laden van de demo wordt het schema niet bijgewerkt."},
      {"fout.geen_database", "Geef een database op met --db of REGIE_DB."},
  });
  m.add_fields({
      {"naam", "Naam"},
      {"soort", "Soort"},
      {"inwonertal", "Inwonertal"},
      {"relatie", "Relatie"},
      {"van", "Van"},
      {"tot", "Tot en met"},
      {"email", "E-mailadres"},
      {"functie", "Functie"},
      {"organisatieId", "Organisatie"},
      {"persoonId", "Persoon"},
      {"urenPerJaar", "Uren per jaar"},
      {"urenVanaf", "Uren gelden vanaf"},
      {"gemeenschappelijkeRegeling", "Gemeenschappelijke regeling"},
      {"minimumUrenAmbtelijkOpdrachtgever", "Minimum uren ambtelijk opdrachtgever"},
      {"wachtwoord", "Wachtwoord"},
      {"organisatie", "Organisatie"},
      {"versie", "Versie"},
      {"body", "Body"},
      {"jaar", "Jaar"},
      {"periode", "Periode"},
      {"status", "Status"},
      {"titel", "Titel"},
      {"tekst", "Tekst"},
      {"datum", "Datum"},
      {"reden", "Reden"},
      {"stap", "Stap"},
  });
}

}  // namespace

void Messages::add_texts(Pairs texts) {
  for (const auto& [key, text] : texts) {
    if (!texts_.emplace(key, text).second) duplicates_.emplace_back(key);
  }
}

void Messages::add_fields(Pairs fields) {
  for (const auto& [field, label] : fields) {
    if (!fields_.emplace(field, label).second) duplicates_.push_back(std::string("veld ") + field);
  }
}

void Messages::add_format(const std::string& placeholder, Format format) {
  if (!formats_.emplace(placeholder, format).second) {
    duplicates_.push_back("{" + placeholder + "}");
  }
}

const Messages& messages() {
  static const Messages kAll = [] {
    Messages m;
    add_shared_messages(m);
    add_governance_messages(m);
    add_opdracht_messages(m);
    add_wijziging_messages(m);
    add_signaal_messages(m);
    add_interne_afstemming_messages(m);
    add_beleidsdoel_messages(m);
    add_koppeling_messages(m);
    add_catalogus_messages(m);
    add_realisatie_messages(m);
    add_afwijking_messages(m);
    add_meting_messages(m);
    add_beheer_messages(m);
    add_programma_messages(m);
    add_competentie_messages(m);
    add_beleidscyclus_messages(m);
    add_audit_messages(m);
    add_account_messages(m);
    return m;
  }();
  return kAll;
}

std::string tekst(const std::string& key) {
  const auto& texts = messages().texts();
  auto it = texts.find(key);
  return it == texts.end() ? key : it->second;
}

std::string tekst_met(const std::string& key, const std::map<std::string, std::string>& waarden) {
  std::string out = tekst(key);
  const auto& formats = messages().formats();
  for (const auto& [naam, waarde] : waarden) {
    std::string shown = waarde;
    if (auto datum = Datum::parse_iso(waarde)) shown = datum->nl();
    if (auto format = formats.find(naam); format != formats.end()) shown = format->second(waarde);
    std::string placeholder = "{" + naam + "}";
    for (auto pos = out.find(placeholder); pos != std::string::npos;
         pos = out.find(placeholder, pos + shown.size())) {
      out.replace(pos, placeholder.size(), shown);
    }
  }
  return out;
}

std::string veldnaam(const std::string& field) {
  const auto& fields = messages().fields();
  auto it = fields.find(field);
  return it == fields.end() ? field : it->second;
}

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid:
      return 400;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kStale:
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kForbidden:
      return 403;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kTooManyRequests:
      return 429;
    case ErrorCode::kStorage:
      return 503;
    case ErrorCode::kCorrupt:
      return 500;
  }
  return 500;
}

std::string titel(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid:
      return "Ongeldige invoer";
    case ErrorCode::kNotFound:
      return "Niet gevonden";
    case ErrorCode::kStale:
      return "Verouderde versie";
    case ErrorCode::kConflict:
      return "Conflict";
    case ErrorCode::kForbidden:
      return "Geen toegang";
    case ErrorCode::kUnauthenticated:
      return "Niet ingelogd";
    case ErrorCode::kTooManyRequests:
      return "Te veel verzoeken";
    case ErrorCode::kStorage:
      return "Opslag niet beschikbaar";
    case ErrorCode::kCorrupt:
      return "Opgeslagen gegevens onleesbaar";
  }
  return "Fout";
}

std::string beschrijving(const Error& error) {
  if (error.fields.empty()) return tekst(error.key);
  std::string out;
  for (const auto& f : error.fields) {
    if (!out.empty()) out += " ";
    out += f.field + ": " + tekst(f.key) + ".";
  }
  return out;
}

}  // namespace regie::web
