#include "web/messages.hpp"

#include "core/datum.hpp"
#include "domain/governance/types.hpp"

#include <map>

namespace regie::web {
namespace {

const std::map<std::string, std::string>& teksten() {
  static const std::map<std::string, std::string> kAll = {
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
      {"gov4.geen_ambtelijk_opdrachtgever",
       "Deze opdrachtgever heeft op {peildatum} geen ambtelijk opdrachtgever."},
      {"gov4.geen_ambtelijk_opdrachtgever.remedie",
       "Benoem één ambtelijk opdrachtgever, of leg collectief opdrachtgeverschap met mandaat "
       "vast."},
      {"gov4.meerdere_ambtelijk_opdrachtgevers",
       "Deze opdrachtgever heeft op {peildatum} {aantal} ambtelijk opdrachtgevers; het moet er één "
       "zijn."},
      {"gov4.meerdere_ambtelijk_opdrachtgevers.remedie",
       "Laat één aanspreekpunt over: beëindig de andere rollen of laat de perioden aansluiten."},
      {"gov4.geen_accountmanager",
       "Deze opdrachtgever heeft op {peildatum} geen accountmanager bij de omgevingsdienst."},
      {"gov4.geen_accountmanager.remedie", "De omgevingsdienst benoemt één accountmanager."},
      {"gov4.meerdere_accountmanagers",
       "Deze opdrachtgever heeft op {peildatum} {aantal} accountmanagers; het moet er één zijn."},
      {"gov4.meerdere_accountmanagers.remedie", "De omgevingsdienst laat één accountmanager over."},
      {"gov5.accountmanager_en_beleidsadviseur",
       "Deze persoon is op {peildatum} zowel accountmanager als beleidsadviseur."},
      {"gov5.accountmanager_en_beleidsadviseur.remedie",
       "Beleg de beleidsadvisering bij een ander dan de accountmanager (rolzuiverheid)."},
      {"gov5.pettenscheiding",
       "Deze bestuurder combineert {rollen}: let bij de voorbereiding op pettenscheiding."},
      {"gov5.pettenscheiding.remedie",
       "Maak in de advisering per onderwerp expliciet met welke pet (eigenaar of opdrachtgever) de "
       "bestuurder spreekt."},
      {"gov6.te_weinig_uren",
       "De ambtelijk opdrachtgever heeft {uren} uur per jaar voor deze opdrachtgever; minimaal "
       "{minimum}."},
      {"gov6.te_weinig_uren.remedie",
       "Maak minimaal {minimum} uur vrij, of kies voor collectief opdrachtgeverschap met een "
       "vastgelegd mandaat."},
      {"gov6.mandaat_verlopen",
       "De ambtelijk opdrachtgever heeft {uren} uur (minimaal {minimum}) en het mandaat voor "
       "collectief opdrachtgeverschap liep af op {tot}."},
      {"gov6.mandaat_verlopen.remedie", "Verleng het mandaat of maak minimaal {minimum} uur vrij."},
      {"gov6.mandaat_onvolledig",
       "Het mandaat voor collectief opdrachtgeverschap is niet volledig vastgelegd: {ontbreekt}."},
      {"gov6.mandaat_onvolledig.remedie",
       "Leg vast wie het mandaat verleende, wanneer, waarvoor en voor welke periode."},
      {"gov8.geen_regisseur", "Er is op {peildatum} geen regisseur beleidscyclus benoemd."},
      {"gov8.geen_regisseur.remedie",
       "De bestuurlijk opdrachtgever benoemt een regisseur beleidscyclus voor bepaalde tijd."},
      {"gov8.regisseur_verlopen", "De benoeming van de regisseur beleidscyclus liep af op {tot}."},
      {"gov8.regisseur_verlopen.remedie", "Verleng de benoeming of benoem een nieuwe regisseur."},
      {"gov8.regisseur_zonder_einddatum",
       "De regisseur beleidscyclus is benoemd zonder einddatum."},
      {"gov8.regisseur_zonder_einddatum.remedie", "Benoem de regisseur voor bepaalde tijd."},
      {"gov8.geen_projectgroep", "Er is geen projectgroep beleidscyclus."},
      {"gov8.geen_projectgroep.remedie",
       "De regisseur stelt een projectgroep samen waarin alle deelnemers vertegenwoordigd zijn."},
      {"gov8.projectgroep_onvolledig",
       "{aantal} deelnemer(s) zijn niet vertegenwoordigd in de projectgroep."},
      {"gov8.projectgroep_onvolledig.remedie", "Vraag deze deelnemers een lid aan te wijzen."},
      {"gov8.projectgroep_zonder_regisseur",
       "De projectgroep wordt niet geleid door de huidige regisseur beleidscyclus."},
      {"gov8.projectgroep_zonder_regisseur.remedie",
       "Laat de huidige regisseur de projectgroep leiden."},
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
      {"fout.ongeldige_datum", "vul een bestaande datum in als dd-mm-jjjj"},
      {"fout.datum_iso",
       "geen geldige datum: verwacht JJJJ-MM-DD (ISO 8601), bijvoorbeeld 2026-12-01"},
      {"fout.verwacht_getal", "verwacht een geheel getal als JSON-getal, geen tekst"},
      {"fout.verwacht_tekst", "verwacht tekst als JSON-string, geen getal"},
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
      {"fout.ongeldig_email", "vul een geldig e-mailadres in"},
      {"fout.ongeldige_tekens", "de tekst bevat ongeldige tekens"},
      {"fout.naam_bestaat_al", "deze naam is al in gebruik in de regio"},
      {"fout.wachtwoord_kort", "het wachtwoord moet minstens 10 tekens hebben"},
      {"fout.type", "verwacht één waarde (tekst, getal of null), geen object, lijst of true/false"},
      {"fout.onbekend_veld", "dit veld bestaat niet"},
      {"fout.json", "de body is geen geldig JSON-object"},
      {"fout.geen_regio", "er is nog geen regio"},
      // ---- Opdrachten (OPD-1..OPD-3)
      {"fout.stap_niet_mogelijk",
       "Deze stap is vanuit de huidige status van de opdracht niet mogelijk."},
      {"fout.reden_verplicht", "geef een motivering, bijvoorbeeld welke randvoorwaarde ontbreekt"},
      {"fout.opdracht_niet_bewerkbaar",
       "Deze opdracht is al aangeboden of aanvaard en kan alleen nog via een stap of een "
       "wijzigingsverzoek veranderen."},
      {"opd.leeg", "dit onderdeel is nog leeg"},
      {"opd.te_kort", "dit onderdeel is te summier om de opdracht op aan te nemen"},
      {"opd.doel_niet_meetbaar",
       "het doel noemt geen meetbaar resultaat (een aantal, percentage of termijn)"},
      {"opd.planning_zonder_datum", "niet elke mijlpaal heeft een datum"},
      {"opd.bemensing_zonder_uren", "de bemensing noemt geen uren"},
      {"opd.sturingsvorm_ontbreekt", "de interne sturingsvorm ontbreekt"},
      {"opd.financien_zonder_bedrag", "de financiën noemen geen bedrag"},
      {"opd.monitoring_zonder_frequentie", "de monitoring noemt geen frequentie"},
      {"opd.geen_stakeholders", "er zijn geen stakeholders met hun rol genoemd"},
      {"opd.stakeholder_zonder_rol", "niet bij elke stakeholder staat de rol"},
      {"opd.risico_zonder_maatregel", "niet elk risico heeft een beheersmaatregel"},
      {"opd.collectief_zonder_deelnemer",
       "een collectieve opdracht is voor de hele regio; kies maatwerk voor één deelnemer"},
      {"opd.maatwerk_zonder_uren", "maatwerk vraagt extra capaciteit: vul de extra uren in"},
      {"opd.maatwerk_zonder_financiering",
       "maatwerk vraagt extra middelen: vul de extra financiering in"},
      // ---- Wijzigingsverzoeken (OPD-5)
      {"fout.wijziging_niet_mogelijk",
       "Een wijzigingsverzoek kan alleen bij een aanvaarde opdracht of een opdracht in "
       "uitvoering."},
      {"fout.verzoek_afgehandeld", "Over dit wijzigingsverzoek is al besloten."},
      {"fout.verzoek_verouderd",
       "Dit wijzigingsverzoek gaat uit van een oudere versie van de opdracht. Dien een nieuw "
       "verzoek in op de huidige versie."},
      {"opd.aspect_verplicht", "kies waar de wijziging over gaat: scope, tijd, geld of kwaliteit"},
      {"opd.geen_wijziging", "het voorstel wijzigt niets aan de opdracht"},
      {"opd.afstemming_ontbreekt",
       "leg eerst de afstemming met de beleidsafdeling vast (met wie, wanneer, uitkomst)"},
      // ---- Signalen (OPD-6)
      {"fout.signaal_niet_mogelijk",
       "Een signaal kan alleen worden gemeld bij een opdracht die is aanvaard of in uitvoering "
       "is."},
      {"fout.signaal_afgehandeld", "Dit signaal is al afgehandeld."},
      // ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8)
      {"fout.zelfde_organisatie", "een opdrachtgever kan zichzelf niet vertegenwoordigen"},
      {"fout.geen_deelnemer", "deze organisatie is geen deelnemer of opdrachtgever in de regio"},
      {"fout.geen_mandaatgever",
       "alleen de bestuurlijk opdrachtgever van de vertegenwoordigde organisatie kan dit mandaat "
       "verlenen, op de dag van verlening"},
      {"fout.al_lid", "deze persoon is al lid voor deze deelnemer"},
      {"fout.demo_bestaat", "De database bevat al een regio; de demo is niet opnieuw geladen."},
      {"fout.geen_database", "Geef een database op met --db of REGIE_DB."},
      // ---- Competenties (COMP)
      {"fout.score_ontbreekt", "kies een score van 1 tot en met 5"},
      {"fout.score_buiten_schaal", "de score moet 1, 2, 3, 4 of 5 zijn"},
      {"fout.onbekende_competentie", "deze competentie hoort niet bij het gekozen profiel"},
      {"fout.jaar_buiten_bereik", "vul een jaar in vanaf 2000 en uiterlijk volgend jaar"},
      {"fout.niet_wijzigbaar", "dit kan na het aanmaken niet meer worden gewijzigd"},
      {"fout.zelfbeoordeling_bestaat",
       "u heeft voor dit jaar en dit profiel al een zelfbeoordeling; wijzig die in plaats van een "
       "nieuwe te maken"},
      {"audit.hash_klopt_niet", "de hash van deze regel klopt niet (de regel is gewijzigd)"},
      {"audit.schakel_ontbreekt",
       "deze regel sluit niet aan op de vorige (een regel is verwijderd of ingevoegd)"},
      // ---- Big 8 (B8)
      {"fout.heropenen_met_reden",
       "heropenen kan alleen met een reden: gebruik Stap heropenen op de pagina van de stap"},
      {"fout.afgerond_blijft_afgerond",
       "een afgeronde stap blijft afgerond in zijn periode; heropen een beleidsstap met een "
       "reden, of begin een nieuwe periode"},
      {"fout.heropend_niet_terug",
       "een heropende stap gaat niet terug naar niet gestart binnen dezelfde periode"},
      {"fout.periode_vier_jaar", "vul vier opeenvolgende jaren in, bijvoorbeeld 2027-2030"},
      {"fout.periode_jaar", "vul één jaar in, bijvoorbeeld 2027"},
      {"fout.periode_formaat", "vul een jaar (2027) of vier jaren (2027-2030) in"},
      {"fout.periode_voorbij", "deze periode ligt vóór de huidige periode van die stap"},
      {"fout.werkelijk_eind_bij_afgerond", "vul bij een afgeronde stap het werkelijk eind in"},
      {"fout.niet_gestart_zonder_werkelijk",
       "een stap die niet gestart is heeft geen werkelijk begin of eind"},
      {"fout.ongeldige_link", "vul een webadres in dat begint met https:// of http://"},
      {"fout.heropenen_alleen_beleid",
       "alleen een beleidsstap (stap 1 tot en met 3) kan tussentijds worden heropend"},
      {"fout.heropenen_alleen_afgerond", "alleen een afgeronde stap kan worden heropend"},
  };
  return kAll;
}

const std::map<std::string, std::string>& velden() {
  static const std::map<std::string, std::string> kAll = {
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
      {"gemeenschappelijkeRegeling", "Gemeenschappelijke regeling"},
      {"minimumUrenAmbtelijkOpdrachtgever", "Minimum uren ambtelijk opdrachtgever"},
      {"wachtwoord", "Wachtwoord"},
      {"organisatie", "Organisatie"},
      {"versie", "Versie"},
      {"opdrachtgeverId", "Vertegenwoordigende opdrachtgever"},
      {"vertegenwoordigdeId", "Vertegenwoordigde deelnemer"},
      {"mandaatVerleendDoor", "Mandaat verleend door"},
      {"mandaatVerleendOp", "Mandaat verleend op"},
      {"mandaatScope", "Reikwijdte van het mandaat"},
      {"mandaatVan", "Mandaat geldig van"},
      {"mandaatTot", "Mandaat geldig tot en met"},
      {"regisseurPersoonId", "Regisseur beleidscyclus"},
      {"body", "Body"},
      // ---- Competenties (COMP)
      {"jaar", "Jaar"},
      {"profiel", "Profiel"},
      {"scores", "Scores"},
      {"persoon", "Persoon"},
      // ---- Big 8 (B8)
      {"volgorde", "Positie in de cyclus"},
      {"periode", "Periode"},
      {"status", "Status"},
      {"geplandBegin", "Gepland begin"},
      {"geplandEind", "Gepland eind"},
      {"werkelijkBegin", "Werkelijk begin"},
      {"werkelijkEind", "Werkelijk eind"},
      {"eigenaarPersoonId", "Eigenaar"},
      {"titel", "Titel"},
      {"link", "Link"},
      {"tekst", "Tekst"},
      {"datum", "Datum"},
      {"reden", "Reden"},
      {"stap", "Stap"},
      {"raaktStapId", "Raakt stap"},
      {"raaktPeriode", "In periode"},
      // ---- Wijzigingsverzoeken (OPD-5)
      {"aspecten", "Waar gaat de wijziging over"},
      {"omschrijving", "Omschrijving"},
      {"voorstel", "Voorgestelde inhoud"},
      {"met", "Afgestemd met"},
      {"uitkomst", "Uitkomst"},
      {"afstemming", "Afstemming met de beleidsafdeling"},
      {"beoordeling", "Beoordeling"},
      {"besluit", "Besluit"},
      // ---- Signalen (OPD-6)
      {"wat", "Wat speelt er"},
      {"impact", "Impact"},
      {"maatregel", "Voorgestelde maatregel"},
      {"afhandeling", "Afhandeling"},
  };
  return kAll;
}

}  // namespace

std::string tekst(const std::string& key) {
  auto it = teksten().find(key);
  return it == teksten().end() ? key : it->second;
}

std::string tekst_met(const std::string& key, const std::map<std::string, std::string>& waarden) {
  std::string out = tekst(key);
  for (const auto& [naam, waarde] : waarden) {
    std::string shown = waarde;
    if (auto datum = Datum::parse_iso(waarde)) shown = datum->nl();
    if (naam == "rollen") {
      shown.clear();
      std::size_t start = 0;
      while (start <= waarde.size()) {
        auto end = waarde.find(", ", start);
        if (end == std::string::npos) end = waarde.size();
        std::string code_text = waarde.substr(start, end - start);
        auto soort = governance::rol_soort_from_code(code_text);
        if (!shown.empty()) shown += " en ";
        shown += soort ? std::string(governance::label(*soort)) : code_text;
        start = end + 2;
      }
    }
    if (naam == "ontbreekt") {
      // GOV-6: the missing parts of a mandaat, in words.
      static const std::map<std::string, std::string> kDelen = {
          {"verleend_door", "wie het verleende"},
          {"verleend_op", "wanneer"},
          {"scope", "waarvoor"},
          {"periode", "voor welke periode"}};
      shown.clear();
      std::size_t start = 0;
      while (start <= waarde.size()) {
        auto end = waarde.find(", ", start);
        if (end == std::string::npos) end = waarde.size();
        std::string deel = waarde.substr(start, end - start);
        auto it = kDelen.find(deel);
        if (!shown.empty()) shown += ", ";
        shown += it == kDelen.end() ? deel : it->second;
        start = end + 2;
      }
    }
    std::string placeholder = "{" + naam + "}";
    for (auto pos = out.find(placeholder); pos != std::string::npos;
         pos = out.find(placeholder, pos + shown.size())) {
      out.replace(pos, placeholder.size(), shown);
    }
  }
  return out;
}

std::string veldnaam(const std::string& field) {
  auto it = velden().find(field);
  return it == velden().end() ? field : it->second;
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
