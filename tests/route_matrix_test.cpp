// The route × role matrix: every route of the one route table (web::build_router), requested
// over HTTP by an anonymous client and by each demo account, against records of the
// omgevingsdienst, of the account's own gemeente (Beekdal) and of another gemeente
// (Dijkstede). A route without a row in kMatrix fails the test, so a new route cannot slip in
// unguarded. Writes hit scratch records made per account and channel, so that no case depends
// on what another account did; deletes and the logout come last.
// Ownership (decision 4): every write also has a row on an object of another organisation
// (Dijkstede's, or one of a second regio), expecting 404 where the account cannot see it and 403
// where it can but it is not its own, unless kZonderEigenaar says why the write names no such
// object. And authorization comes first: every write is also sent with a broken body and an old
// version (If-Match or the form's versie), which must give the same 403/404 to an account that
// may not write, and a refusal (400/409), never a save, to one that may.
#include <gtest/gtest.h>

#include <array>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/competenties/zelfbeoordeling_repository.hpp"
#include "domain/governance/collectief_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/signaal_repository.hpp"
#include "http_test_support.hpp"
#include "web/router.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;
using governance::RolSoort;

enum Wie {
  kAnoniem,
  kBeheerder,
  kAccountmanager,
  kDirectie,
  kMedewerker,
  kOpdrachtgever,
  kBestuurder
};
constexpr int kAantalWie = 7;
const std::array<const char*, kAantalWie> kWieNamen = {"anoniem",   "beheerder",  "accountmanager",
                                                       "directie",  "medewerker", "opdrachtgever",
                                                       "bestuurder"};
const std::array<const char*, kAantalWie> kWieKort = {"anon", "beh", "am", "dir", "mw", "og", "bs"};

// Expected outcomes besides plain statuses.
constexpr int kNaarLogin = -1;  // 303 to /inloggen (no session, or logged out)
constexpr int kDoor = -2;       // 303 elsewhere: a form saved, or already logged in

// Which record fills {id}.
enum class Doel {
  kGeen,
  kOd,             // demo: the omgevingsdienst, Marieke Jansen, her directie_od rol
  kBeekdal,        // demo: Gemeente Beekdal, Pieter de Boer, his ambtelijk_opdrachtgever rol
  kDijkstede,      // demo: Gemeente Dijkstede, Anouk Meijer, her ambtelijk_opdrachtgever rol
  kKlad,           // scratch of this account: organisatie; Beekdal persoon and rol
  kKladDijkstede,  // scratch Dijkstede persoon and rol
  kKladWeg,        // scratch to delete: organisatie; Beekdal persoon and rol
  kKladWegDijkstede,
  kAanvaard,  // OPD-5: the scratch accepted opdracht with one open wijzigingsverzoek
  // Ownership: another organisation's objects.
  kAanvaardDijkstede,  // a collectief opdracht given by Dijkstede, accepted, with an open
                       // wijzigingsverzoek and signaal: every account sees it
  kMaatwerkDijkstede,  // a maatwerk opdracht of Dijkstede: its own gemeente and the OD see it
  kAndereRegio,        // a record of a second regio: nobody of the demo regio sees it
};

const char* doel_naam(Doel doel) {
  switch (doel) {
    case Doel::kGeen:
      return "";
    case Doel::kOd:
      return "od";
    case Doel::kBeekdal:
      return "beekdal";
    case Doel::kDijkstede:
      return "dijkstede";
    case Doel::kKlad:
      return "klad";
    case Doel::kKladDijkstede:
      return "klad-dijkstede";
    case Doel::kKladWeg:
      return "klad-weg";
    case Doel::kKladWegDijkstede:
      return "klad-weg-dijkstede";
    case Doel::kAanvaard:
      return "aanvaard";
    case Doel::kAanvaardDijkstede:
      return "aanvaard-dijkstede";
    case Doel::kMaatwerkDijkstede:
      return "maatwerk-dijkstede";
    case Doel::kAndereRegio:
      return "andere-regio";
  }
  return "";
}

// The rows that put a write to another organisation's (or regio's) object.
bool is_vreemd(Doel doel) {
  return doel == Doel::kKladDijkstede || doel == Doel::kKladWegDijkstede ||
         doel == Doel::kAanvaardDijkstede || doel == Doel::kMaatwerkDijkstede ||
         doel == Doel::kAndereRegio;
}

struct Rij {
  const char* method;
  const char* pattern;
  Doel doel;
  // anoniem, beheerder, accountmanager, directie, medewerker, opdrachtgever, bestuurder
  std::array<int, kAantalWie> verwacht;
};

constexpr int kL = kNaarLogin;
constexpr int kD = kDoor;

// Reads, then writes, then deletes, then the logout: the order in which each account runs them.
// A form page answers 403 to an account that may not save it (as /organisaties/nieuw and
// /personen/{id}/bewerken do); a record the account may not see answers 404, never 403.
const std::vector<Rij> kMatrix = {
    // ---- API reads
    {"GET", "/api/v1/openapi.json", Doel::kGeen, {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/regios", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/regios/{id}", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/regios/{id}/bevindingen", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/organisaties", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/organisaties/{id}", Doel::kOd, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/organisaties/{id}", Doel::kBeekdal, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/organisaties/{id}", Doel::kDijkstede, {401, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/api/v1/organisaties/{id}/deelnemerschappen",
     Doel::kDijkstede,
     {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/personen", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/personen/{id}", Doel::kOd, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/personen/{id}", Doel::kBeekdal, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/personen/{id}", Doel::kDijkstede, {401, 200, 200, 200, 200, 404, 404}},
    {"GET", "/api/v1/rollen", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/rollen/{id}", Doel::kOd, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/rollen/{id}", Doel::kBeekdal, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/rollen/{id}", Doel::kDijkstede, {401, 200, 200, 200, 200, 404, 404}},
    // ---- Opdrachten (OPD): API reads; a collectief opdracht is for the whole regio
    {"GET", "/api/v1/opdrachten", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/opdrachten/{id}", Doel::kKlad, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/opdrachten/{id}/overgangen", Doel::kKlad, {401, 200, 200, 200, 200, 200, 200}},
    // ---- Versies en wijzigingsverzoeken (OPD-5): whoever sees the opdracht reads them
    {"GET",
     "/api/v1/opdrachten/{id}/versies",
     Doel::kAanvaard,
     {401, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/api/v1/opdrachten/{id}/versies/{nummer}",
     Doel::kAanvaard,
     {401, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/api/v1/opdrachten/{id}/vergelijkingen",
     Doel::kAanvaard,
     {401, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/api/v1/opdrachten/{id}/wijzigingsverzoeken",
     Doel::kAanvaard,
     {401, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}",
     Doel::kAanvaard,
     {401, 200, 200, 200, 200, 200, 200}},
    // ---- Signalen (OPD-6): whoever sees the opdracht sees its signalen; the open signalen of
    // the actor (empty for roles without a side). {id}: the scratch accepted opdracht.
    {"GET", "/api/v1/signalen", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/opdrachten/{id}/signalen", Doel::kKlad, {401, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/api/v1/opdrachten/{id}/signalen/{signaalId}",
     Doel::kKlad,
     {401, 200, 200, 200, 200, 200, 200}},
    // ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8): API reads
    {"GET", "/api/v1/vertegenwoordigingen", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/vertegenwoordigingen/{id}", Doel::kKlad, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/regios/{id}/projectgroep", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    // ---- Competenties (COMP): only one's own assessment (kBeekdal: the opdrachtgever's
    // persoon, kOd: the accountmanager's); the beheerder is linked to no persoon.
    {"GET", "/api/v1/competenties", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/zelfbeoordelingen", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/api/v1/zelfbeoordelingen/{id}", Doel::kBeekdal, {401, 404, 404, 404, 404, 200, 404}},
    {"GET", "/api/v1/zelfbeoordelingen/{id}", Doel::kOd, {401, 404, 200, 404, 404, 404, 404}},
    {"GET",
     "/api/v1/regios/{id}/competentie-overzicht",
     Doel::kGeen,
     {401, 200, 200, 200, 200, 200, 200}},
    // ---- HTML reads
    {"GET", "/inloggen", Doel::kGeen, {200, kD, kD, kD, kD, kD, kD}},
    {"GET", "/toegankelijkheid", Doel::kGeen, {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/static/{bestand}", Doel::kGeen, {200, 200, 200, 200, 200, 200, 200}},
    {"GET", "/", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/regio", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/regio/bevindingen", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/regio/bewerken", Doel::kGeen, {kL, 200, 403, 403, 403, 403, 403}},
    {"GET", "/organisaties", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/organisaties/nieuw", Doel::kGeen, {kL, 200, 403, 403, 403, 403, 403}},
    {"GET", "/organisaties/{id}", Doel::kOd, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/organisaties/{id}", Doel::kBeekdal, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/organisaties/{id}", Doel::kDijkstede, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/organisaties/{id}/bewerken", Doel::kBeekdal, {kL, 200, 403, 403, 403, 403, 403}},
    {"GET", "/personen", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/personen/nieuw", Doel::kGeen, {kL, 200, 200, 200, 403, 200, 403}},
    {"GET", "/personen/{id}", Doel::kOd, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/personen/{id}", Doel::kBeekdal, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/personen/{id}", Doel::kDijkstede, {kL, 200, 200, 200, 200, 404, 404}},
    {"GET", "/personen/{id}/bewerken", Doel::kOd, {kL, 200, 200, 200, 403, 403, 403}},
    {"GET", "/personen/{id}/bewerken", Doel::kBeekdal, {kL, 200, 200, 200, 403, 200, 403}},
    {"GET", "/personen/{id}/bewerken", Doel::kDijkstede, {kL, 200, 200, 200, 403, 404, 404}},
    {"GET", "/rollen", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/rollen/nieuw", Doel::kGeen, {kL, 200, 200, 200, 403, 200, 403}},
    {"GET", "/rollen/{id}", Doel::kOd, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/rollen/{id}", Doel::kBeekdal, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/rollen/{id}", Doel::kDijkstede, {kL, 200, 200, 200, 200, 404, 404}},
    {"GET", "/rollen/{id}/bewerken", Doel::kOd, {kL, 200, 200, 200, 403, 403, 403}},
    {"GET", "/rollen/{id}/bewerken", Doel::kBeekdal, {kL, 200, 200, 200, 403, 200, 403}},
    {"GET", "/rollen/{id}/bewerken", Doel::kDijkstede, {kL, 200, 200, 200, 403, 404, 404}},
    // ---- Opdrachten (OPD): HTML reads
    {"GET", "/opdrachten", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/opdrachten/nieuw", Doel::kGeen, {kL, 403, 200, 200, 403, 200, 403}},
    {"GET", "/opdrachten/{id}", Doel::kKlad, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/opdrachten/{id}/afdrukken", Doel::kKlad, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/opdrachten/{id}/bewerken", Doel::kKladWeg, {kL, 403, 200, 200, 403, 200, 403}},
    // ---- Versies en wijzigingsverzoeken (OPD-5): HTML reads
    {"GET",
     "/opdrachten/{id}/versies/{nummer}",
     Doel::kAanvaard,
     {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/opdrachten/{id}/vergelijking", Doel::kAanvaard, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/opdrachten/{id}/wijzigingsverzoeken/nieuw",
     Doel::kAanvaard,
     {kL, 403, 200, 200, 403, 200, 403}},
    {"GET",
     "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}",
     Doel::kAanvaard,
     {kL, 200, 200, 200, 200, 200, 200}},
    // ---- Collectief opdrachtgeverschap en projectgroep (GOV-6, GOV-8), per-organisatie GOV-9
    {"GET", "/organisaties/{id}/bevindingen", Doel::kBeekdal, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/organisaties/{id}/bevindingen", Doel::kDijkstede, {kL, 200, 200, 200, 200, 403, 403}},
    {"GET", "/vertegenwoordigingen", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/vertegenwoordigingen/nieuw", Doel::kGeen, {kL, 200, 403, 403, 403, 200, 403}},
    {"GET", "/vertegenwoordigingen/{id}", Doel::kKlad, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/vertegenwoordigingen/{id}/bewerken", Doel::kKlad, {kL, 200, 403, 403, 403, 200, 403}},
    {"GET",
     "/vertegenwoordigingen/{id}/bewerken",
     Doel::kKladDijkstede,
     {kL, 200, 403, 403, 403, 403, 403}},
    {"GET", "/regio/projectgroep", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    // ---- Competenties (COMP)
    {"GET", "/competenties", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET", "/competenties/nieuw", Doel::kGeen, {kL, 403, 200, 200, 200, 200, 200}},
    {"GET", "/competenties/{id}", Doel::kBeekdal, {kL, 404, 404, 404, 404, 200, 404}},
    {"GET", "/competenties/{id}", Doel::kOd, {kL, 404, 200, 404, 404, 404, 404}},
    {"GET", "/regio/competenties", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    // ---- Big 8 (B8): reads; everyone of the regio reads the cycle
    {"GET", "/api/v1/regios/{id}/beleidscyclus", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}",
     Doel::kGeen,
     {401, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/api/v1/regios/{id}/beleidscyclus/evaluatieconclusies",
     Doel::kGeen,
     {401, 200, 200, 200, 200, 200, 200}},
    {"GET", "/regio/beleidscyclus", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/regio/beleidscyclus/stappen/{stapId}",
     Doel::kGeen,
     {kL, 200, 200, 200, 200, 200, 200}},
    {"GET",
     "/regio/beleidscyclus/stappen/{stapId}/bewerken",
     Doel::kGeen,
     {kL, 200, 200, 200, 403, 403, 403}},
    // ---- API writes
    {"PUT", "/api/v1/regios/{id}", Doel::kGeen, {401, 200, 403, 403, 403, 403, 403}},
    {"PUT", "/api/v1/regios/{id}", Doel::kAndereRegio, {401, 404, 404, 404, 404, 404, 404}},
    {"POST", "/api/v1/organisaties", Doel::kGeen, {401, 201, 403, 403, 403, 403, 403}},
    {"PUT", "/api/v1/organisaties/{id}", Doel::kKlad, {401, 200, 403, 403, 403, 403, 403}},
    {"PUT", "/api/v1/organisaties/{id}", Doel::kAndereRegio, {401, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/api/v1/organisaties/{id}/deelnemerschappen",
     Doel::kKlad,
     {401, 201, 403, 403, 403, 403, 403}},
    {"POST",
     "/api/v1/organisaties/{id}/deelnemerschappen",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"POST", "/api/v1/personen", Doel::kGeen, {401, 201, 201, 201, 403, 201, 403}},
    {"POST", "/api/v1/personen", Doel::kKladDijkstede, {401, 201, 201, 201, 403, 403, 403}},
    {"PUT", "/api/v1/personen/{id}", Doel::kKlad, {401, 200, 200, 200, 403, 200, 403}},
    {"PUT", "/api/v1/personen/{id}", Doel::kKladDijkstede, {401, 200, 200, 200, 403, 404, 404}},
    {"PUT", "/api/v1/personen/{id}", Doel::kAndereRegio, {401, 404, 404, 404, 404, 404, 404}},
    {"POST", "/api/v1/rollen", Doel::kGeen, {401, 201, 201, 201, 403, 201, 403}},
    {"POST", "/api/v1/rollen", Doel::kKladDijkstede, {401, 201, 201, 201, 403, 403, 403}},
    {"PUT", "/api/v1/rollen/{id}", Doel::kKlad, {401, 200, 200, 200, 403, 200, 403}},
    {"PUT", "/api/v1/rollen/{id}", Doel::kKladDijkstede, {401, 200, 200, 200, 403, 404, 404}},
    {"PUT", "/api/v1/rollen/{id}", Doel::kAndereRegio, {401, 404, 404, 404, 404, 404, 404}},
    // ---- Opdrachten (OPD): both sides draft; only the opdrachtgever side offers. kKladWeg is
    // the second scratch opdracht (the one that is edited), kKlad the complete one offered.
    {"POST", "/api/v1/opdrachten", Doel::kGeen, {401, 403, 201, 201, 403, 201, 403}},
    {"PUT", "/api/v1/opdrachten/{id}", Doel::kKladWeg, {401, 403, 200, 200, 403, 200, 403}},
    // OPD-2: maatwerk for Dijkstede (the OD may, Beekdal may not); Dijkstede's own opdrachten.
    {"POST", "/api/v1/opdrachten", Doel::kKladDijkstede, {401, 403, 201, 201, 403, 403, 403}},
    {"PUT", "/api/v1/opdrachten/{id}", Doel::kKladDijkstede, {401, 403, 200, 200, 403, 403, 403}},
    {"PUT",
     "/api/v1/opdrachten/{id}",
     Doel::kMaatwerkDijkstede,
     {401, 403, 200, 200, 403, 404, 404}},
    {"PUT", "/api/v1/opdrachten/{id}", Doel::kAndereRegio, {401, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/api/v1/opdrachten/{id}/overgangen",
     Doel::kKlad,
     {401, 403, 403, 403, 403, 201, 403}},
    {"POST",
     "/api/v1/opdrachten/{id}/overgangen",
     Doel::kKladDijkstede,
     {401, 403, 403, 403, 403, 403, 403}},
    // ---- OPD-5: either side proposes; only the opdrachtgever aligns and decides (afwijzen here)
    {"POST",
     "/api/v1/opdrachten/{id}/wijzigingsverzoeken",
     Doel::kAanvaard,
     {401, 403, 201, 201, 403, 201, 403}},
    {"PUT",
     "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
     Doel::kAanvaard,
     {401, 403, 403, 403, 403, 200, 403}},
    {"POST",
     "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluiten",
     Doel::kAanvaard,
     {401, 403, 403, 403, 403, 201, 403}},
    {"POST",
     "/api/v1/opdrachten/{id}/wijzigingsverzoeken",
     Doel::kAanvaardDijkstede,
     {401, 403, 201, 201, 403, 403, 403}},
    {"PUT",
     "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
     Doel::kAanvaardDijkstede,
     {401, 403, 403, 403, 403, 403, 403}},
    {"POST",
     "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluiten",
     Doel::kAanvaardDijkstede,
     {401, 403, 403, 403, 403, 403, 403}},
    // ---- Signalen (OPD-6): the opdrachtnemer side reports, the opdrachtgever of the opdracht
    // (Beekdal) handles the scratch signaal.
    {"POST", "/api/v1/opdrachten/{id}/signalen", Doel::kKlad, {401, 403, 201, 201, 403, 403, 403}},
    {"POST",
     "/api/v1/opdrachten/{id}/signalen/{signaalId}/afhandeling",
     Doel::kKlad,
     {401, 403, 403, 403, 403, 200, 403}},
    {"POST",
     "/api/v1/opdrachten/{id}/signalen",
     Doel::kAanvaardDijkstede,
     {401, 403, 201, 201, 403, 403, 403}},
    {"POST",
     "/api/v1/opdrachten/{id}/signalen/{signaalId}/afhandeling",
     Doel::kAanvaardDijkstede,
     {401, 403, 403, 403, 403, 403, 403}},
    // ---- GOV-6: the mandaat is the vertegenwoordigde's. {id} klad: Hoeveland represents
    // Beekdal; klad-dijkstede: Beekdal represents Dijkstede (Beekdal only the representative).
    {"POST", "/api/v1/vertegenwoordigingen", Doel::kGeen, {401, 201, 403, 403, 403, 201, 403}},
    {"POST",
     "/api/v1/vertegenwoordigingen",
     Doel::kKladDijkstede,
     {401, 201, 403, 403, 403, 403, 403}},
    {"PUT", "/api/v1/vertegenwoordigingen/{id}", Doel::kKlad, {401, 200, 403, 403, 403, 200, 403}},
    {"PUT",
     "/api/v1/vertegenwoordigingen/{id}",
     Doel::kKladDijkstede,
     {401, 200, 403, 403, 403, 403, 403}},
    {"PUT",
     "/api/v1/vertegenwoordigingen/{id}",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"PUT", "/api/v1/regios/{id}/projectgroep", Doel::kGeen, {401, 200, 403, 403, 403, 403, 403}},
    {"POST",
     "/api/v1/regios/{id}/projectgroep/leden",
     Doel::kGeen,
     {401, 201, 403, 403, 403, 201, 403}},
    {"PUT",
     "/api/v1/regios/{id}/projectgroep",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/api/v1/regios/{id}/projectgroep/leden",
     Doel::kKladDijkstede,
     {401, 201, 403, 403, 403, 403, 403}},
    {"POST",
     "/api/v1/regios/{id}/projectgroep/leden",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    // ---- Competenties (COMP)
    {"POST", "/api/v1/zelfbeoordelingen", Doel::kGeen, {401, 403, 201, 201, 201, 201, 201}},
    {"PUT", "/api/v1/zelfbeoordelingen/{id}", Doel::kBeekdal, {401, 404, 404, 404, 404, 200, 404}},
    // ---- Big 8 (B8): API writes; the step is made afgerond before each reopening
    {"PUT",
     "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}",
     Doel::kGeen,
     {401, 200, 200, 200, 403, 403, 403}},
    {"POST",
     "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/documenten",
     Doel::kGeen,
     {401, 201, 201, 201, 403, 403, 403}},
    {"POST",
     "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/besluiten",
     Doel::kGeen,
     {401, 201, 201, 201, 403, 403, 403}},
    {"POST",
     "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/heropeningen",
     Doel::kGeen,
     {401, 201, 201, 201, 403, 403, 403}},
    {"POST",
     "/api/v1/regios/{id}/beleidscyclus/evaluatieconclusies",
     Doel::kGeen,
     {401, 201, 201, 201, 403, 403, 403}},
    {"PUT",
     "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/documenten",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/besluiten",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/heropeningen",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/api/v1/regios/{id}/beleidscyclus/evaluatieconclusies",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    // ---- HTML writes
    {"POST", "/inloggen", Doel::kGeen, {401, 401, 401, 401, 401, 401, 401}},
    {"POST", "/regio/bewerken", Doel::kGeen, {kL, kD, 403, 403, 403, 403, 403}},
    {"POST", "/organisaties", Doel::kGeen, {kL, kD, 403, 403, 403, 403, 403}},
    {"POST", "/organisaties/{id}", Doel::kKlad, {kL, kD, 403, 403, 403, 403, 403}},
    {"POST", "/organisaties/{id}", Doel::kAndereRegio, {kL, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/organisaties/{id}/deelnemerschappen",
     Doel::kKlad,
     {kL, kD, 403, 403, 403, 403, 403}},
    {"POST",
     "/organisaties/{id}/deelnemerschappen",
     Doel::kAndereRegio,
     {kL, 404, 404, 404, 404, 404, 404}},
    {"POST", "/personen", Doel::kGeen, {kL, kD, kD, kD, 403, kD, 403}},
    {"POST", "/personen", Doel::kKladDijkstede, {kL, kD, kD, kD, 403, 403, 403}},
    {"POST", "/personen/{id}", Doel::kKlad, {kL, kD, kD, kD, 403, kD, 403}},
    {"POST", "/personen/{id}", Doel::kKladDijkstede, {kL, kD, kD, kD, 403, 404, 404}},
    {"POST", "/personen/{id}", Doel::kAndereRegio, {kL, 404, 404, 404, 404, 404, 404}},
    {"POST", "/rollen", Doel::kGeen, {kL, kD, kD, kD, 403, kD, 403}},
    {"POST", "/rollen", Doel::kKladDijkstede, {kL, kD, kD, kD, 403, 403, 403}},
    {"POST", "/rollen/{id}", Doel::kKlad, {kL, kD, kD, kD, 403, kD, 403}},
    {"POST", "/rollen/{id}", Doel::kKladDijkstede, {kL, kD, kD, kD, 403, 404, 404}},
    {"POST", "/rollen/{id}", Doel::kAndereRegio, {kL, 404, 404, 404, 404, 404, 404}},
    // ---- Opdrachten (OPD): HTML writes
    {"POST", "/opdrachten", Doel::kGeen, {kL, 403, kD, kD, 403, kD, 403}},
    {"POST", "/opdrachten/{id}", Doel::kKladWeg, {kL, 403, kD, kD, 403, kD, 403}},
    {"POST", "/opdrachten/{id}/stappen", Doel::kKlad, {kL, 403, 403, 403, 403, kD, 403}},
    {"POST", "/opdrachten", Doel::kKladDijkstede, {kL, 403, kD, kD, 403, 403, 403}},
    {"POST", "/opdrachten/{id}", Doel::kKladDijkstede, {kL, 403, kD, kD, 403, 403, 403}},
    {"POST", "/opdrachten/{id}", Doel::kMaatwerkDijkstede, {kL, 403, kD, kD, 403, 404, 404}},
    {"POST", "/opdrachten/{id}", Doel::kAndereRegio, {kL, 404, 404, 404, 404, 404, 404}},
    {"POST", "/opdrachten/{id}/stappen", Doel::kKladDijkstede, {kL, 403, 403, 403, 403, 403, 403}},
    // ---- OPD-5: HTML writes
    {"POST",
     "/opdrachten/{id}/wijzigingsverzoeken",
     Doel::kAanvaard,
     {kL, 403, kD, kD, 403, kD, 403}},
    {"POST",
     "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
     Doel::kAanvaard,
     {kL, 403, 403, 403, 403, kD, 403}},
    {"POST",
     "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluit",
     Doel::kAanvaard,
     {kL, 403, 403, 403, 403, kD, 403}},
    {"POST",
     "/opdrachten/{id}/wijzigingsverzoeken",
     Doel::kAanvaardDijkstede,
     {kL, 403, kD, kD, 403, 403, 403}},
    {"POST",
     "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
     Doel::kAanvaardDijkstede,
     {kL, 403, 403, 403, 403, 403, 403}},
    {"POST",
     "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluit",
     Doel::kAanvaardDijkstede,
     {kL, 403, 403, 403, 403, 403, 403}},
    // ---- Signalen (OPD-6): HTML writes
    {"POST", "/opdrachten/{id}/signalen", Doel::kKlad, {kL, 403, kD, kD, 403, 403, 403}},
    {"POST",
     "/opdrachten/{id}/signalen/{signaalId}/afhandeling",
     Doel::kKlad,
     {kL, 403, 403, 403, 403, kD, 403}},
    {"POST",
     "/opdrachten/{id}/signalen",
     Doel::kAanvaardDijkstede,
     {kL, 403, kD, kD, 403, 403, 403}},
    {"POST",
     "/opdrachten/{id}/signalen/{signaalId}/afhandeling",
     Doel::kAanvaardDijkstede,
     {kL, 403, 403, 403, 403, 403, 403}},
    {"POST", "/vertegenwoordigingen", Doel::kGeen, {kL, kD, 403, 403, 403, kD, 403}},
    {"POST", "/vertegenwoordigingen", Doel::kKladDijkstede, {kL, kD, 403, 403, 403, 403, 403}},
    {"POST", "/vertegenwoordigingen/{id}", Doel::kKlad, {kL, kD, 403, 403, 403, kD, 403}},
    {"POST", "/vertegenwoordigingen/{id}", Doel::kKladDijkstede, {kL, kD, 403, 403, 403, 403, 403}},
    {"POST", "/vertegenwoordigingen/{id}", Doel::kAndereRegio, {kL, 404, 404, 404, 404, 404, 404}},
    {"POST", "/regio/projectgroep", Doel::kGeen, {kL, kD, 403, 403, 403, 403, 403}},
    {"POST", "/regio/projectgroep/leden", Doel::kGeen, {kL, kD, 403, 403, 403, kD, 403}},
    {"POST", "/regio/projectgroep/leden", Doel::kKladDijkstede, {kL, kD, 403, 403, 403, 403, 403}},
    // ---- Competenties (COMP)
    {"POST", "/competenties", Doel::kGeen, {kL, 403, kD, kD, kD, kD, kD}},
    {"POST", "/competenties/{id}", Doel::kBeekdal, {kL, 404, 404, 404, 404, kD, 404}},
    // ---- Big 8 (B8): HTML writes
    {"POST", "/regio/beleidscyclus/stappen/{stapId}", Doel::kGeen, {kL, kD, kD, kD, 403, 403, 403}},
    {"POST",
     "/regio/beleidscyclus/stappen/{stapId}/documenten",
     Doel::kGeen,
     {kL, kD, kD, kD, 403, 403, 403}},
    {"POST",
     "/regio/beleidscyclus/stappen/{stapId}/besluiten",
     Doel::kGeen,
     {kL, kD, kD, kD, 403, 403, 403}},
    {"POST",
     "/regio/beleidscyclus/stappen/{stapId}/heropeningen",
     Doel::kGeen,
     {kL, kD, kD, kD, 403, 403, 403}},
    {"POST",
     "/regio/beleidscyclus/evaluatieconclusies",
     Doel::kGeen,
     {kL, kD, kD, kD, 403, 403, 403}},
    {"POST",
     "/regio/beleidscyclus/stappen/{stapId}",
     Doel::kAndereRegio,
     {kL, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/regio/beleidscyclus/stappen/{stapId}/documenten",
     Doel::kAndereRegio,
     {kL, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/regio/beleidscyclus/stappen/{stapId}/besluiten",
     Doel::kAndereRegio,
     {kL, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/regio/beleidscyclus/stappen/{stapId}/heropeningen",
     Doel::kAndereRegio,
     {kL, 404, 404, 404, 404, 404, 404}},
    // ---- deletes
    {"DELETE",
     "/api/v1/vertegenwoordigingen/{id}",
     Doel::kKladWeg,
     {401, 204, 403, 403, 403, 204, 403}},
    {"DELETE",
     "/api/v1/vertegenwoordigingen/{id}",
     Doel::kKladWegDijkstede,
     {401, 204, 403, 403, 403, 403, 403}},
    {"DELETE",
     "/api/v1/vertegenwoordigingen/{id}",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"DELETE",
     "/api/v1/regios/{id}/projectgroep/leden/{lidId}",
     Doel::kKlad,
     {401, 204, 403, 403, 403, 204, 403}},
    {"DELETE",
     "/api/v1/regios/{id}/projectgroep/leden/{lidId}",
     Doel::kKladDijkstede,
     {401, 204, 403, 403, 403, 403, 403}},
    {"DELETE",
     "/api/v1/regios/{id}/projectgroep/leden/{lidId}",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/vertegenwoordigingen/{id}/verwijderen",
     Doel::kKladWeg,
     {kL, kD, 403, 403, 403, kD, 403}},
    {"POST",
     "/vertegenwoordigingen/{id}/verwijderen",
     Doel::kKladWegDijkstede,
     {kL, kD, 403, 403, 403, 403, 403}},
    {"POST",
     "/vertegenwoordigingen/{id}/verwijderen",
     Doel::kAndereRegio,
     {kL, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/regio/projectgroep/leden/{lidId}/verwijderen",
     Doel::kKlad,
     {kL, kD, 403, 403, 403, kD, 403}},
    {"POST",
     "/regio/projectgroep/leden/{lidId}/verwijderen",
     Doel::kKladDijkstede,
     {kL, kD, 403, 403, 403, 403, 403}},
    {"POST",
     "/regio/projectgroep/leden/{lidId}/verwijderen",
     Doel::kAndereRegio,
     {kL, 404, 404, 404, 404, 404, 404}},
    {"DELETE",
     "/api/v1/organisaties/{id}/deelnemerschappen/{deelnemerschapId}",
     Doel::kKlad,
     {401, 204, 403, 403, 403, 403, 403}},
    {"DELETE",
     "/api/v1/organisaties/{id}/deelnemerschappen/{deelnemerschapId}",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"DELETE",
     "/api/v1/organisaties/{id}",
     Doel::kAndereRegio,
     {401, 404, 404, 404, 404, 404, 404}},
    {"DELETE", "/api/v1/rollen/{id}", Doel::kAndereRegio, {401, 404, 404, 404, 404, 404, 404}},
    {"DELETE", "/api/v1/personen/{id}", Doel::kAndereRegio, {401, 404, 404, 404, 404, 404, 404}},
    {"DELETE", "/api/v1/organisaties/{id}", Doel::kKladWeg, {401, 204, 403, 403, 403, 403, 403}},
    {"DELETE", "/api/v1/rollen/{id}", Doel::kKladWeg, {401, 204, 204, 204, 403, 204, 403}},
    {"DELETE", "/api/v1/rollen/{id}", Doel::kKladWegDijkstede, {401, 204, 204, 204, 403, 404, 404}},
    {"DELETE", "/api/v1/personen/{id}", Doel::kKladWeg, {401, 204, 204, 204, 403, 204, 403}},
    {"DELETE",
     "/api/v1/personen/{id}",
     Doel::kKladWegDijkstede,
     {401, 204, 204, 204, 403, 404, 404}},
    {"POST",
     "/organisaties/{id}/deelnemerschappen/{deelnemerschapId}/verwijderen",
     Doel::kKlad,
     {kL, kD, 403, 403, 403, 403, 403}},
    {"POST",
     "/organisaties/{id}/deelnemerschappen/{deelnemerschapId}/verwijderen",
     Doel::kAndereRegio,
     {kL, 404, 404, 404, 404, 404, 404}},
    {"POST",
     "/organisaties/{id}/verwijderen",
     Doel::kAndereRegio,
     {kL, 404, 404, 404, 404, 404, 404}},
    {"POST", "/rollen/{id}/verwijderen", Doel::kAndereRegio, {kL, 404, 404, 404, 404, 404, 404}},
    {"POST", "/personen/{id}/verwijderen", Doel::kAndereRegio, {kL, 404, 404, 404, 404, 404, 404}},
    {"POST", "/organisaties/{id}/verwijderen", Doel::kKladWeg, {kL, kD, 403, 403, 403, 403, 403}},
    {"POST", "/rollen/{id}/verwijderen", Doel::kKladWeg, {kL, kD, kD, kD, 403, kD, 403}},
    {"POST", "/rollen/{id}/verwijderen", Doel::kKladWegDijkstede, {kL, kD, kD, kD, 403, 404, 404}},
    {"POST", "/personen/{id}/verwijderen", Doel::kKladWeg, {kL, kD, kD, kD, 403, kD, 403}},
    {"POST",
     "/personen/{id}/verwijderen",
     Doel::kKladWegDijkstede,
     {kL, kD, kD, kD, 403, 404, 404}},
    // ---- last: the session ends
    {"POST", "/uitloggen", Doel::kGeen, {kL, kL, kL, kL, kL, kL, kL}},
};

// Writes without an ownership row, and why: they name no object another organisation owns.
const std::map<std::pair<std::string, std::string>, std::string> kZonderEigenaar = {
    {{"POST", "/api/v1/organisaties"}, "een nieuwe organisatie hoort bij de eigen regio"},
    {{"POST", "/organisaties"}, "een nieuwe organisatie hoort bij de eigen regio"},
    {{"POST", "/regio/bewerken"}, "altijd de eigen regio"},
    {{"POST", "/regio/projectgroep"}, "altijd de projectgroep van de eigen regio"},
    {{"POST", "/regio/beleidscyclus/evaluatieconclusies"}, "altijd de cyclus van de eigen regio"},
    {{"POST", "/api/v1/zelfbeoordelingen"}, "altijd de eigen persoon"},
    {{"POST", "/competenties"}, "altijd de eigen persoon"},
    {{"PUT", "/api/v1/zelfbeoordelingen/{id}"},
     "[beekdal] en [od] zijn voor elk ander account andermans zelfbeoordeling (404)"},
    {{"POST", "/competenties/{id}"},
     "[beekdal] en [od] zijn voor elk ander account andermans zelfbeoordeling (404)"},
    {{"POST", "/inloggen"}, "geen object"},
    {{"POST", "/uitloggen"}, "geen object"},
};

// Scratch records of one account and one channel (api or html).
struct Klad {
  Id organisatie = 0;
  Id organisatie_weg = 0;
  Id deelnemerschap = 0;
  Id persoon = 0;  // employed by Beekdal
  Id persoon_weg = 0;
  Id persoon_dijkstede = 0;
  Id persoon_weg_dijkstede = 0;
  Id rol = 0;  // beleidsadviseur for Beekdal, held by `persoon`
  Id rol_weg = 0;
  Id rol_dijkstede = 0;
  Id rol_weg_dijkstede = 0;
  // GOV-6: Hoeveland represents Beekdal (Beekdal's mandaat); Beekdal represents Dijkstede
  // (Dijkstede's mandaat, Beekdal only the representative).
  Id vertegenwoordiging = 0;
  Id vertegenwoordiging_weg = 0;
  Id vertegenwoordiging_dijkstede = 0;
  Id vertegenwoordiging_weg_dijkstede = 0;
  // OPD: two collectief opdrachten of Beekdal drafted by the accountmanager: one complete (to
  // offer), one to edit.
  Id opdracht = 0;
  Id opdracht_wijzigen = 0;
  // OPD-5: a third one, offered by Beekdal and accepted, with an open verzoek of the OD.
  Id opdracht_aanvaard = 0;
  Id verzoek = 0;
  // ---- Signalen (OPD-6): a fourth one, offered and accepted, with an open signaal.
  Id opdracht_signaal = 0;
  Id signaal = 0;
  // GOV-8: `persoon` as lid for Beekdal; `persoon_dijkstede` as lid for Dijkstede. The
  // lid_-personen are the ones added by the matrix (none is deleted later).
  Id lid = 0;
  Id lid_dijkstede = 0;
  Id persoon_lid = 0;  // Beekdal
  Id persoon_lid_dijkstede = 0;
  // Ownership: Dijkstede's opdrachten. A complete collectief concept; an accepted collectief one
  // with an open verzoek and an open signaal of the OD; a maatwerk concept.
  Id opdracht_dijkstede = 0;
  Id opdracht_aanvaard_dijkstede = 0;
  Id verzoek_dijkstede = 0;
  Id signaal_dijkstede = 0;
  Id maatwerk_dijkstede = 0;
};

// Ownership: one record of each kind in a second regio, shared by every account (each write on
// them must be refused).
struct Elders {
  Id regio = 0;
  Id organisatie = 0;
  Id deelnemerschap = 0;
  Id persoon = 0;
  Id rol = 0;
  Id vertegenwoordiging = 0;
  Id lid = 0;
  Id stap = 0;
  Id opdracht = 0;
};

struct Demo {
  Id regio = 0;
  Id od = 0, beekdal = 0, dijkstede = 0;
  Id persoon_od = 0, persoon_beekdal = 0, persoon_dijkstede = 0;
  Id rol_od = 0, rol_beekdal = 0, rol_dijkstede = 0;
  Id hoeveland = 0, regisseur = 0;
  // ---- Competenties (COMP): this year's self-assessments of the opdrachtgever's persoon
  // (Pieter de Boer) and the accountmanager's (Thomas Bakker).
  Id zb_beekdal = 0, zb_od = 0;
};

bool is_api(const std::string& pattern) { return pattern.rfind("/api/", 0) == 0; }

std::string replace(std::string text, const std::string& from, const std::string& to) {
  auto pos = text.find(from);
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

class RouteMatrixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().key << " " << started.error().detail;
    server_ = std::move(started).value();
    demo_.regio = server_->regio_id();
    demo_.od = server_->organisatie_id("Omgevingsdienst Regio Voorbeeld");
    demo_.beekdal = server_->organisatie_id("Gemeente Beekdal");
    demo_.dijkstede = server_->organisatie_id("Gemeente Dijkstede");
    demo_.persoon_od = server_->persoon_id("Marieke Jansen");
    demo_.persoon_beekdal = server_->persoon_id("Pieter de Boer");
    demo_.persoon_dijkstede = server_->persoon_id("Anouk Meijer");
    demo_.rol_od = server_->rol_id("Marieke Jansen", RolSoort::kDirectieOd);
    demo_.rol_beekdal = server_->rol_id("Pieter de Boer", RolSoort::kAmbtelijkOpdrachtgever);
    demo_.rol_dijkstede = server_->rol_id("Anouk Meijer", RolSoort::kAmbtelijkOpdrachtgever);
    demo_.hoeveland = server_->organisatie_id("Gemeente Hoeveland");
    demo_.regisseur = server_->persoon_id("Ingrid Mulder");
    // ---- Big 8 (B8): the demo's first step (afgerond) is the step under test.
    {
      auto uow = server_->store().begin(Toegang::kLezen);
      ASSERT_TRUE(uow.ok());
      auto stappen = (*uow)->cyclus().list_stappen(demo_.regio);
      ASSERT_TRUE(stappen.ok() && !stappen->empty());
      b8_stap_ = stappen->front().id;
    }
    for (Id id : {demo_.od, demo_.beekdal, demo_.dijkstede, demo_.persoon_od, demo_.persoon_beekdal,
                  demo_.persoon_dijkstede, demo_.rol_od, demo_.rol_beekdal, demo_.rol_dijkstede}) {
      ASSERT_GT(id, 0) << "demo-record niet gevonden";
    }
    // ---- Competenties (COMP)
    demo_.zb_beekdal = zelfbeoordeling_id("Pieter de Boer");
    demo_.zb_od = zelfbeoordeling_id("Thomas Bakker");
    ASSERT_GT(demo_.zb_beekdal, 0);
    ASSERT_GT(demo_.zb_od, 0);
    auto elders = maak_elders();
    ASSERT_TRUE(elders.ok()) << elders.error().key << " " << elders.error().detail;
  }

  // Ownership: a second regio with one record of each kind, straight into the store.
  Result<void> maak_elders() {
    const Datum begin = *Datum::from_ymd(2020, 1, 1);
    REGIE_ASSIGN_OR_RETURN(auto uow, server_->store().begin(Toegang::kSchrijven));
    auto& reg = uow->registry();
    governance::Regio regio;
    regio.naam = "Regio Elders";
    REGIE_ASSIGN_OR_RETURN(elders_.regio, reg.create_regio(regio));
    auto organisatie = [&](const std::string& naam) -> Result<Id> {
      governance::Organisatie org;
      org.regio_id = elders_.regio;
      org.naam = naam;
      REGIE_ASSIGN_OR_RETURN(auto id, reg.create_organisatie(org));
      REGIE_TRY(reg.create_deelnemerschap({0, id, governance::Relatie::kDeelnemer, {begin, {}}}));
      return id;
    };
    REGIE_ASSIGN_OR_RETURN(elders_.organisatie, organisatie("Gemeente Elders"));
    REGIE_ASSIGN_OR_RETURN(auto buur, organisatie("Gemeente Elders-Buur"));
    REGIE_ASSIGN_OR_RETURN(auto deelnemerschappen, reg.list_deelnemerschappen(elders_.organisatie));
    elders_.deelnemerschap = deelnemerschappen.front().id;
    governance::Persoon persoon;
    persoon.regio_id = elders_.regio;
    persoon.organisatie_id = elders_.organisatie;
    persoon.naam = "Persoon Elders";
    REGIE_ASSIGN_OR_RETURN(elders_.persoon, reg.create_persoon(persoon));
    governance::Rol rol;
    rol.persoon_id = elders_.persoon;
    rol.organisatie_id = elders_.organisatie;
    rol.soort = RolSoort::kBeleidsadviseur;
    rol.periode = {begin, {}};
    REGIE_ASSIGN_OR_RETURN(elders_.rol, reg.create_rol(rol));
    governance::Vertegenwoordiging v;
    v.regio_id = elders_.regio;
    v.opdrachtgever_id = buur;
    v.vertegenwoordigde_id = elders_.organisatie;
    REGIE_ASSIGN_OR_RETURN(elders_.vertegenwoordiging,
                           uow->collectief().create_vertegenwoordiging(v));
    REGIE_TRY(uow->collectief().save_projectgroep(elders_.regio, std::nullopt, 0));
    REGIE_ASSIGN_OR_RETURN(elders_.lid, uow->collectief().create_projectgroep_lid(
                                            elders_.regio, {elders_.persoon, elders_.organisatie}));
    for (const auto& stap : beleidscyclus::standaard_stappen(elders_.regio, 2026)) {
      REGIE_ASSIGN_OR_RETURN(auto id, uow->cyclus().create_stap(stap));
      if (elders_.stap == 0) elders_.stap = id;
    }
    opdrachten::Opdracht o;
    o.regio_id = elders_.regio;
    o.opdrachtgever_id = elders_.organisatie;
    o.titel = "Opdracht Elders";
    o.jaar = 2027;
    REGIE_ASSIGN_OR_RETURN(elders_.opdracht, uow->opdrachten().create(o));
    return uow->commit();
  }

  // ---- Competenties (COMP)
  Id zelfbeoordeling_id(const std::string& persoon) {
    auto uow = server_->store().begin(Toegang::kLezen);
    if (!uow.ok()) return 0;
    ZelfbeoordelingQuery q;
    q.regio_id = demo_.regio;
    q.persoon_id = server_->persoon_id(persoon);
    q.jaar = server_->clock().vandaag().jaar();
    auto lijst = (*uow)->zelfbeoordelingen().list(q);
    return lijst.ok() && !lijst->empty() ? lijst->front().id : 0;
  }
  std::int64_t zelfbeoordeling_versie(Id id) {
    auto uow = server_->store().begin(Toegang::kLezen);
    if (!uow.ok()) return 0;
    auto z = (*uow)->zelfbeoordelingen().get(id);
    return z.ok() ? z->versie : 0;
  }
  // A valid body: a new assessment as accountmanager in a year of its own per channel, or new
  // scores for the demo's opdrachtgever assessment.
  Fields competentie_velden(bool create, bool api) const {
    using competenties::Profiel;
    Profiel profiel = create ? Profiel::kAccountmanager : Profiel::kOpdrachtgever;
    Fields f;
    if (create) {
      f["jaar"] = std::to_string(server_->clock().vandaag().jaar() - (api ? 3 : 2));
      f["profiel"] = std::string(competenties::code(profiel));
    }
    for (const auto& c : competenties::catalogus(profiel))
      f[competenties::score_veld(c.code)] = "3";
    return f;
  }

  void TearDown() override {
    if (server_) server_->stop();
  }

  // Scratch records made as beheerder through the service (not through the routes under test).
  Result<Klad> make_klad(const std::string& label) {
    REGIE_ASSIGN_OR_RETURN(auto ctx, server_->context("beheerder"));
    auto& reg = server_->register_service();
    Klad k;
    REGIE_ASSIGN_OR_RETURN(
        auto org, reg.create_organisatie(ctx, {{"naam", "Klad " + label}, {"soort", "overig"}}));
    k.organisatie = org.id;
    REGIE_ASSIGN_OR_RETURN(auto weg, reg.create_organisatie(ctx, {{"naam", "Klad weg " + label},
                                                                  {"soort", "overig"}}));
    k.organisatie_weg = weg.id;
    REGIE_ASSIGN_OR_RETURN(
        auto dn, reg.create_deelnemerschap(
                     ctx, k.organisatie,
                     {{"relatie", "deelnemer"}, {"van", "2020-01-01"}, {"tot", "2020-12-31"}}));
    k.deelnemerschap = dn.id;
    auto persoon = [&](const std::string& naam, Id werkgever) -> Result<Id> {
      REGIE_ASSIGN_OR_RETURN(
          auto p, reg.create_persoon(ctx, {{"naam", naam + " " + label},
                                           {"organisatieId", std::to_string(werkgever)}}));
      return p.id;
    };
    auto rol = [&](Id persoon_id, Id organisatie) -> Result<Id> {
      REGIE_ASSIGN_OR_RETURN(auto r,
                             reg.create_rol(ctx, {{"persoonId", std::to_string(persoon_id)},
                                                  {"organisatieId", std::to_string(organisatie)},
                                                  {"soort", "beleidsadviseur"},
                                                  {"van", "2024-01-01"},
                                                  {"urenPerJaar", "100"}}));
      return r.id;
    };
    REGIE_ASSIGN_OR_RETURN(k.persoon, persoon("Klad Beekdal", demo_.beekdal));
    REGIE_ASSIGN_OR_RETURN(k.persoon_weg, persoon("Klad weg Beekdal", demo_.beekdal));
    REGIE_ASSIGN_OR_RETURN(k.persoon_dijkstede, persoon("Klad Dijkstede", demo_.dijkstede));
    REGIE_ASSIGN_OR_RETURN(k.persoon_weg_dijkstede, persoon("Klad weg Dijkstede", demo_.dijkstede));
    REGIE_ASSIGN_OR_RETURN(k.rol, rol(k.persoon, demo_.beekdal));
    REGIE_ASSIGN_OR_RETURN(k.rol_weg, rol(k.persoon, demo_.beekdal));
    REGIE_ASSIGN_OR_RETURN(k.rol_dijkstede, rol(k.persoon_dijkstede, demo_.dijkstede));
    REGIE_ASSIGN_OR_RETURN(k.rol_weg_dijkstede, rol(k.persoon_dijkstede, demo_.dijkstede));
    auto& gov = server_->governance();
    auto vertegenwoordiging = [&](Id opdrachtgever, Id vertegenwoordigde) -> Result<Id> {
      REGIE_ASSIGN_OR_RETURN(auto v,
                             gov.create_vertegenwoordiging(
                                 ctx, {{"opdrachtgeverId", std::to_string(opdrachtgever)},
                                       {"vertegenwoordigdeId", std::to_string(vertegenwoordigde)},
                                       {"mandaatScope", "Klad " + label}}));
      return v.id;
    };
    REGIE_ASSIGN_OR_RETURN(k.vertegenwoordiging,
                           vertegenwoordiging(demo_.hoeveland, demo_.beekdal));
    REGIE_ASSIGN_OR_RETURN(k.vertegenwoordiging_weg,
                           vertegenwoordiging(demo_.hoeveland, demo_.beekdal));
    REGIE_ASSIGN_OR_RETURN(k.vertegenwoordiging_dijkstede,
                           vertegenwoordiging(demo_.beekdal, demo_.dijkstede));
    REGIE_ASSIGN_OR_RETURN(k.vertegenwoordiging_weg_dijkstede,
                           vertegenwoordiging(demo_.beekdal, demo_.dijkstede));
    REGIE_ASSIGN_OR_RETURN(k.persoon_lid, persoon("Klad lid Beekdal", demo_.beekdal));
    REGIE_ASSIGN_OR_RETURN(k.persoon_lid_dijkstede, persoon("Klad lid Dijkstede", demo_.dijkstede));
    auto lid = [&](Id persoon_id, Id organisatie) -> Result<Id> {
      REGIE_ASSIGN_OR_RETURN(auto l, gov.create_projectgroeplid(
                                         ctx, {{"persoonId", std::to_string(persoon_id)},
                                               {"organisatieId", std::to_string(organisatie)}}));
      return l.id;
    };
    REGIE_ASSIGN_OR_RETURN(k.lid, lid(k.persoon, demo_.beekdal));
    // ---- Opdrachten (OPD)
    REGIE_ASSIGN_OR_RETURN(auto am, server_->context("accountmanager"));
    auto& opd = *server_->app()->services.opdrachten;
    auto velden = opdracht_velden("Klad " + label);
    REGIE_ASSIGN_OR_RETURN(auto o1, opd.create(am, velden, opdracht_lijsten()));
    REGIE_ASSIGN_OR_RETURN(auto o2, opd.create(am, velden, opdracht_lijsten()));
    k.opdracht = o1.id;
    k.opdracht_wijzigen = o2.id;
    {
      REGIE_ASSIGN_OR_RETURN(auto og, server_->context("opdrachtgever"));
      REGIE_ASSIGN_OR_RETURN(auto o3, opd.create(am, velden, opdracht_lijsten()));
      REGIE_ASSIGN_OR_RETURN(o3,
                             opd.create_overgang(og, o3.id, o3.versie, {{"stap", "aanbieden"}}));
      REGIE_ASSIGN_OR_RETURN(o3,
                             opd.create_overgang(am, o3.id, o3.versie, {{"stap", "aanvaarden"}}));
      k.opdracht_aanvaard = o3.id;
      auto voorstel = velden;
      voorstel["scope"] = "Ook het asbesttoezicht " + label;
      voorstel["aspecten"] = "scope";
      voorstel["omschrijving"] = "Asbest " + label;
      REGIE_ASSIGN_OR_RETURN(auto w, opd.indienen(am, o3.id, voorstel, opdracht_lijsten()));
      k.verzoek = w.id;
    }
    REGIE_ASSIGN_OR_RETURN(k.lid_dijkstede, lid(k.persoon_dijkstede, demo_.dijkstede));
    // ---- Signalen (OPD-6)
    REGIE_ASSIGN_OR_RETURN(auto og, server_->context("opdrachtgever"));
    REGIE_ASSIGN_OR_RETURN(auto o3, opd.create(am, velden, opdracht_lijsten()));
    REGIE_ASSIGN_OR_RETURN(o3, opd.create_overgang(og, o3.id, o3.versie, {{"stap", "aanbieden"}}));
    REGIE_ASSIGN_OR_RETURN(o3, opd.create_overgang(am, o3.id, o3.versie, {{"stap", "aanvaarden"}}));
    k.opdracht_signaal = o3.id;
    REGIE_ASSIGN_OR_RETURN(auto signaal, server_->app()->services.signalen->melden(
                                             am, o3.id, signaal_velden("Klad " + label)));
    k.signaal = signaal.id;
    // ---- Ownership: Dijkstede's opdrachten, drafted by the OD and offered by Dijkstede's own
    // opdrachtgever (a context made for the occasion).
    {
      auto og_dijkstede = og;
      og_dijkstede.actor.organisatie_id = demo_.dijkstede;
      auto dijkstede = opdracht_velden("Klad Dijkstede " + label);
      dijkstede["opdrachtgeverId"] = std::to_string(demo_.dijkstede);
      REGIE_ASSIGN_OR_RETURN(auto d1, opd.create(am, dijkstede, opdracht_lijsten()));
      k.opdracht_dijkstede = d1.id;
      REGIE_ASSIGN_OR_RETURN(auto d2, opd.create(am, dijkstede, opdracht_lijsten()));
      REGIE_ASSIGN_OR_RETURN(
          d2, opd.create_overgang(og_dijkstede, d2.id, d2.versie, {{"stap", "aanbieden"}}));
      REGIE_ASSIGN_OR_RETURN(d2,
                             opd.create_overgang(am, d2.id, d2.versie, {{"stap", "aanvaarden"}}));
      k.opdracht_aanvaard_dijkstede = d2.id;
      auto voorstel = dijkstede;
      voorstel["scope"] = "Ook bodem " + label;
      voorstel["aspecten"] = "scope";
      voorstel["omschrijving"] = "Bodem " + label;
      REGIE_ASSIGN_OR_RETURN(auto w, opd.indienen(am, d2.id, voorstel, opdracht_lijsten()));
      k.verzoek_dijkstede = w.id;
      REGIE_ASSIGN_OR_RETURN(auto s, server_->app()->services.signalen->melden(
                                         am, d2.id, signaal_velden("Dijkstede " + label)));
      k.signaal_dijkstede = s.id;
      REGIE_ASSIGN_OR_RETURN(auto m,
                             opd.create(am, maatwerk_velden(dijkstede), opdracht_lijsten()));
      k.maatwerk_dijkstede = m.id;
    }
    return k;
  }

  // OPD-2: the fields of a maatwerk opdracht of Dijkstede, on top of `velden`.
  Fields maatwerk_velden(Fields velden) const {
    velden["soort"] = "maatwerk";
    velden["deelnemerId"] = std::to_string(demo_.dijkstede);
    velden["extraUren"] = "40";
    velden["extraFinanciering"] = "4000";
    return velden;
  }

  // The id for {id} of a pattern and a Doel.
  Id target_id(const std::string& pattern, Doel doel, const Klad& k) const {
    // ---- Competenties (COMP)
    if (pattern.find("/competenties/{id}") != std::string::npos ||
        pattern.find("/zelfbeoordelingen/{id}") != std::string::npos) {
      return doel == Doel::kBeekdal ? demo_.zb_beekdal : doel == Doel::kOd ? demo_.zb_od : 0;
    }
    std::string soort = pattern.find("/regios") != std::string::npos     ? "regio"
                        : pattern.find("/personen") != std::string::npos ? "persoon"
                        : pattern.find("/rollen") != std::string::npos   ? "rol"
                                                                         : "organisatie";
    const bool elders = doel == Doel::kAndereRegio;
    if (soort == "regio") return elders ? elders_.regio : demo_.regio;
    if (pattern.find("/opdrachten") != std::string::npos) {
      if (elders) return elders_.opdracht;
      if (doel == Doel::kAanvaardDijkstede) return k.opdracht_aanvaard_dijkstede;
      if (doel == Doel::kMaatwerkDijkstede) return k.maatwerk_dijkstede;
      if (doel == Doel::kKladDijkstede) return k.opdracht_dijkstede;
      if (pattern.find("/signalen") != std::string::npos) return k.opdracht_signaal;  // OPD-6
      if (doel == Doel::kAanvaard) return k.opdracht_aanvaard;
      return doel == Doel::kKladWeg ? k.opdracht_wijzigen : k.opdracht;
    }
    if (elders) {
      if (pattern.find("/vertegenwoordigingen") != std::string::npos) {
        return elders_.vertegenwoordiging;
      }
      return soort == "persoon" ? elders_.persoon
             : soort == "rol"   ? elders_.rol
                                : elders_.organisatie;
    }
    if (pattern.find("/vertegenwoordigingen") != std::string::npos) {
      switch (doel) {
        case Doel::kKlad:
          return k.vertegenwoordiging;
        case Doel::kKladDijkstede:
          return k.vertegenwoordiging_dijkstede;
        case Doel::kKladWeg:
          return k.vertegenwoordiging_weg;
        case Doel::kKladWegDijkstede:
          return k.vertegenwoordiging_weg_dijkstede;
        default:
          return 0;
      }
    }
    auto pick = [&](Id org, Id persoon, Id rol) {
      return soort == "organisatie" ? org : soort == "persoon" ? persoon : rol;
    };
    switch (doel) {
      case Doel::kGeen:
        return 0;
      case Doel::kOd:
        return pick(demo_.od, demo_.persoon_od, demo_.rol_od);
      case Doel::kBeekdal:
        return pick(demo_.beekdal, demo_.persoon_beekdal, demo_.rol_beekdal);
      case Doel::kDijkstede:
        return pick(demo_.dijkstede, demo_.persoon_dijkstede, demo_.rol_dijkstede);
      case Doel::kKlad:
        return pick(k.organisatie, k.persoon, k.rol);
      case Doel::kKladDijkstede:
        return pick(0, k.persoon_dijkstede, k.rol_dijkstede);
      case Doel::kKladWeg:
        return pick(k.organisatie_weg, k.persoon_weg, k.rol_weg);
      case Doel::kKladWegDijkstede:
        return pick(0, k.persoon_weg_dijkstede, k.rol_weg_dijkstede);
      case Doel::kAanvaard:
      case Doel::kAanvaardDijkstede:
      case Doel::kMaatwerkDijkstede:
      case Doel::kAndereRegio:
        return 0;
    }
    return 0;
  }

  // ---- Opdrachten (OPD): every part filled, of Beekdal.
  Fields opdracht_velden(const std::string& titel) const {
    return {{"titel", titel},
            {"jaar", "2027"},
            {"opdrachtgeverId", std::to_string(demo_.beekdal)},
            {"aanleiding", "De regionale strategie 2027-2030 is vastgesteld."},
            {"scope", "Alle milieutaken van het basistakenpakket."},
            {"doel", "95% van de vergunningen binnen de termijn."},
            {"activiteiten", "Vergunningverlening, toezicht en handhaving."},
            {"resultaat", "Een jaarverslag met de bereikte doelen."},
            {"sturingsvorm", "Via de accountmanager."},
            {"monitoring", "Per kwartaal een rapportage."},
            {"governance", "Het AB stelt vast."}};
  }
  static opdrachten::Lijsten opdracht_lijsten() {
    return {{"planning", {{{"omschrijving", "Start"}, {"datum", "2027-01-01"}}}},
            {"bemensing", {{{"rol", "Toezichthouder"}, {"uren", "100"}}}},
            {"financien", {{{"jaar", "2027"}, {"bedrag", "100000"}}}},
            {"stakeholders", {{{"naam", "Provincie"}, {"rol", "Bevoegd gezag"}}}},
            {"risicos",
             {{{"omschrijving", "Krapte"},
               {"kans", "hoog"},
               {"impact", "hoog"},
               {"beheersmaatregel", "Inhuur"}}}}};
  }

  // ---- Signalen (OPD-6)
  static Fields signaal_velden(const std::string& label) {
    return {{"soort", "stagnatie"},
            {"wat", "Werving loopt vast " + label},
            {"impact", "Inspecties lopen uit"},
            {"maatregel", "Tijdelijke inzet van een collega"}};
  }

  std::int64_t versie(const std::string& pattern, Id id, Id verzoek = 0) {
    if (pattern.find("{verzoekId}") != std::string::npos) {  // OPD-5
      auto ctx = server_->context("beheerder");
      if (!ctx.ok()) return 0;
      auto d = server_->app()->services.opdrachten->wijzigingsverzoek(*ctx, id, verzoek);
      return d.ok() ? d->verzoek.versie : 0;
    }
    // ---- Signalen (OPD-6): the opdracht's first signaal, the scratch one.
    if (pattern.find("{signaalId}") != std::string::npos) {
      auto uow = server_->store().begin(Toegang::kLezen);
      if (!uow.ok()) return 0;
      auto lijst = (*uow)->signalen().list(id);
      return lijst.ok() && !lijst->empty() ? lijst->front().versie : 0;
    }
    if (pattern.find("/opdrachten") != std::string::npos) {
      auto ctx = server_->context("beheerder");
      if (!ctx.ok()) return 0;
      auto d = server_->app()->services.opdrachten->opdracht(*ctx, id);
      return d.ok() ? d->opdracht.versie : 0;
    }
    if (pattern.find("/projectgroep") != std::string::npos) {
      auto ctx = server_->context("beheerder");
      if (!ctx.ok()) return 0;
      auto w = server_->governance().projectgroep(*ctx, server_->clock().vandaag());
      return w.ok() && w->groep ? w->groep->versie : 0;
    }
    if (pattern.find("/vertegenwoordigingen") != std::string::npos) {
      auto ctx = server_->context("beheerder");
      if (!ctx.ok()) return 0;
      auto v = server_->governance().vertegenwoordiging(*ctx, id, server_->clock().vandaag());
      return v.ok() ? v->vertegenwoordiging.versie : 0;
    }
    // ---- Competenties (COMP)
    if (pattern.find("/competenties/{id}") != std::string::npos ||
        pattern.find("/zelfbeoordelingen/{id}") != std::string::npos) {
      return zelfbeoordeling_versie(id);
    }
    // ---- Big 8 (B8)
    if (pattern.find("beleidscyclus/stappen") != std::string::npos) {
      auto uow = server_->store().begin(Toegang::kLezen);
      if (!uow.ok()) return 0;
      auto stap = (*uow)->cyclus().get_stap(b8_stap_);
      return stap.ok() ? stap->versie : 0;
    }
    if (pattern.find("/regio") != std::string::npos) return server_->regio_versie();
    if (pattern.find("/personen") != std::string::npos) return server_->persoon_versie(id);
    if (pattern.find("/rollen") != std::string::npos) return server_->rol_versie(id);
    return server_->organisatie_versie(id);
  }

  // A valid, harmless body for a write: the field values of the record kind.
  Fields body_fields(const std::string& method, const std::string& pattern, Doel doel, Id id,
                     const Klad& k, const std::string& label) {
    bool create = method == "POST" && pattern.find("{id}") == std::string::npos;
    // Ownership: a new record for Dijkstede instead of Beekdal (a projectgroeplid is new too,
    // under the regio's {id}).
    const bool voor_dijkstede =
        doel == Doel::kKladDijkstede && (create || pattern.ends_with("/projectgroep/leden"));
    // ---- Competenties (COMP)
    if (pattern.find("/competenties") == 0 ||
        pattern.find("/zelfbeoordelingen") != std::string::npos) {
      return competentie_velden(create, is_api(pattern));
    }
    // ---- Big 8 (B8)
    if (pattern.find("beleidscyclus") != std::string::npos) {
      if (pattern.find("documenten") != std::string::npos) {
        return {{"titel", "Document " + label}, {"link", "https://voorbeeld.nl/document.pdf"}};
      }
      if (pattern.find("besluiten") != std::string::npos) {
        return {{"tekst", "Besluit " + label}, {"datum", "2026-06-30"}};
      }
      if (pattern.find("heropeningen") != std::string::npos) {
        return {{"reden", "Tussentijdse bijstelling " + label}};
      }
      if (pattern.find("evaluatieconclusies") != std::string::npos) {
        return {{"tekst", "Conclusie " + label},
                {"datum", "2026-11-20"},
                {"raaktStapId", std::to_string(b8_stap_)},
                {"raaktPeriode", "2031-2034"}};
      }
      return {{"naam", "Strategisch beleidskader"},
              {"volgorde", "1"},
              {"periode", "2027-2030"},
              {"status", "afgerond"},
              {"werkelijkBegin", "2026-01-12"},
              {"werkelijkEind", "2026-06-30"},
              {"versie", std::to_string(versie(pattern, id))}};
    }
    if (pattern.find("deelnemerschappen") != std::string::npos) {
      return {{"relatie", "niet_deelnemer"}, {"van", "2030-01-01"}};
    }
    // ---- Signalen (OPD-6)
    if (pattern.find("/afhandeling") != std::string::npos) {
      return {{"afhandeling", "Maatregel akkoord " + label}};
    }
    if (pattern.find("/signalen") != std::string::npos) return signaal_velden(label);
    if (pattern.find("/overgangen") != std::string::npos || pattern == "/opdrachten/{id}/stappen") {
      return {{"stap", "aanbieden"}};
    }
    // ---- OPD-5
    if (pattern.find("/afstemming") != std::string::npos) {
      return {{"met", "Beleidsafdeling milieu"}, {"datum", "2027-03-02"}, {"uitkomst", "Akkoord"}};
    }
    if (pattern.find("/besluit") != std::string::npos) {
      return {{"besluit", "afwijzen"}, {"beoordeling", "Past niet " + label}};
    }
    if (pattern.find("/wijzigingsverzoeken") != std::string::npos) {
      auto f = opdracht_velden("Klad");
      f["scope"] = "Gewijzigd " + label;
      f[is_api(pattern) ? "aspecten" : "aspect-scope"] = is_api(pattern) ? "scope" : "ja";
      f["omschrijving"] = "Verzoek " + label;
      return f;
    }
    if (pattern.find("/opdrachten") != std::string::npos) {
      auto velden = opdracht_velden((create ? "Nieuw " : "Gewijzigd ") + label);
      return voor_dijkstede ? maatwerk_velden(velden) : velden;  // OPD-2
    }
    if (pattern.find("/projectgroep/leden") != std::string::npos) {
      // Personen of their own, since a lid blocks deleting its persoon.
      return {
          {"persoonId", std::to_string(voor_dijkstede ? k.persoon_lid_dijkstede : k.persoon_lid)},
          {"organisatieId", std::to_string(voor_dijkstede ? demo_.dijkstede : demo_.beekdal)}};
    }
    if (pattern.find("/projectgroep") != std::string::npos) {
      return {{"regisseurPersoonId", std::to_string(demo_.regisseur)}};
    }
    if (pattern.find("/vertegenwoordigingen") != std::string::npos) {
      // GOV-6: Hoeveland represents Beekdal, or Beekdal represents Dijkstede.
      bool dijkstede = id == k.vertegenwoordiging_dijkstede || voor_dijkstede;
      return {{"opdrachtgeverId", std::to_string(dijkstede ? demo_.beekdal : demo_.hoeveland)},
              {"vertegenwoordigdeId", std::to_string(dijkstede ? demo_.dijkstede : demo_.beekdal)},
              {"mandaatScope", (create ? "Nieuw " : "Gewijzigd ") + label}};
    }
    if (pattern.find("regio") != std::string::npos) {
      return {{"naam", "Omgevingsdienst Regio Voorbeeld"},
              {"gemeenschappelijkeRegeling",
               "Gemeenschappelijke regeling Omgevingsdienst Regio Voorbeeld"},
              {"minimumUrenAmbtelijkOpdrachtgever", "450"}};
    }
    if (pattern.find("/personen") != std::string::npos) {
      bool dijkstede = id == k.persoon_dijkstede || voor_dijkstede;
      return {{"naam", (create ? "Nieuw " : "Gewijzigd ") + label},
              {"functie", "Adviseur"},
              {"organisatieId", std::to_string(dijkstede ? demo_.dijkstede : demo_.beekdal)}};
    }
    if (pattern.find("/rollen") != std::string::npos) {
      bool dijkstede = id == k.rol_dijkstede || voor_dijkstede;
      return {{"persoonId", std::to_string(dijkstede ? k.persoon_dijkstede : k.persoon)},
              {"organisatieId", std::to_string(dijkstede ? demo_.dijkstede : demo_.beekdal)},
              {"soort", "beleidsadviseur"},
              {"van", "2024-01-01"},
              {"urenPerJaar", create ? "50" : "120"}};
    }
    return {{"naam", (create ? "Nieuw " : "Gewijzigd ") + label}, {"soort", "overig"}};
  }

  std::unique_ptr<TestServer> server_;
  Demo demo_;
  Elders elders_;
  Id b8_stap_ = 0;  // ---- Big 8 (B8)
};

std::string json_body(const Fields& fields) {
  json body = json::object();
  for (const auto& [key, value] : fields) {
    // The API reads JSON strictly: what the document calls an integer is a JSON number, a list
    // of codes a JSON array.
    bool number = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos &&
                  (key == "urenPerJaar" || key == "organisatieId" || key == "persoonId" ||
                   key == "minimumUrenAmbtelijkOpdrachtgever" || key == "opdrachtgeverId" ||
                   key == "vertegenwoordigdeId" || key == "regisseurPersoonId" || key == "jaar" ||
                   key == "volgorde" || key == "raaktStapId" || key == "versie" ||
                   key == "deelnemerId" || key == "extraUren" || key == "extraFinanciering");
    if (key == "aspecten") {
      body[key] = json::array({value});
    } else if (number) {
      body[key] = std::stoll(value);
    } else {
      body[key] = value;
    }
  }
  return body.dump();
}

// ---- Competenties (COMP): the API takes the scores as an array.
std::string competentie_json(const Fields& fields) {
  json body = json::object();
  json scores = json::array();
  for (const auto& [key, value] : fields) {
    if (key.rfind("scores.", 0) == 0) {
      scores.push_back({{"competentie", key.substr(7)}, {"score", std::stoi(value)}});
    } else if (key == "jaar") {
      body[key] = std::stoi(value);
    } else {
      body[key] = value;
    }
  }
  body["scores"] = scores;
  return body.dump();
}

// An old version for the broken requests: no record here ever gets that far.
constexpr std::int64_t kOudeVersie = 999'999;

// Whether a write carries input or a version that a broken request can spoil: not the deletes of
// a deelnemerschap or a projectgroeplid (no version), the login or the logout.
bool heeft_invoer(const std::string& method, const std::string& pattern) {
  if (method == "GET" || pattern == "/inloggen" || pattern == "/uitloggen") return false;
  return pattern.find("{lidId}") == std::string::npos &&
         pattern.find("{deelnemerschapId}") == std::string::npos;
}

// The body of a write made invalid, keeping what decides who may write it: the organisaties it
// names and the kind of record or step (soort, stap, besluit, profiel, jaar). Every other value
// becomes wrong: numbers "x", dates an impossible day, scores out of range, texts empty.
Fields kapot_gemaakt(const std::string& pattern, Fields fields) {
  static const std::set<std::string> kBlijft = {
      "organisatieId", "opdrachtgeverId", "deelnemerId", "vertegenwoordigdeId", "soort", "stap",
      "besluit",       "profiel",         "jaar"};
  for (auto& [key, value] : fields) {
    if (kBlijft.count(key)) continue;
    bool getal = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
    bool datum = value.size() == 10 && value[4] == '-' && value[7] == '-';
    if (key.rfind("scores.", 0) == 0) {
      value = "9";
    } else if (getal) {
      value = "x";
    } else if (datum) {
      value = "2026-02-31";
    } else {
      value = "";
    }
  }
  // GOV-6: every field of a mandaat but the organisaties may be empty; a date may not be wrong.
  if (pattern.find("/vertegenwoordigingen") != std::string::npos) {
    fields["mandaatVan"] = "2026-02-31";
  }
  return fields;
}

// A write refused for its input or its version, not saved and not refused for who asked.
bool is_afgewezen_invoer(const HttpResponse& response) {
  if (response.status == 303) {
    std::string location = response.header("Location");
    return location.find("verouderd") != std::string::npos ||
           location.find("in_gebruik") != std::string::npos;
  }
  return response.status == 400 || response.status == 409 || response.status == 428;
}

std::string beschrijf(int verwacht) {
  if (verwacht == kNaarLogin) return "303→/inloggen";
  if (verwacht == kDoor) return "303";
  return std::to_string(verwacht);
}

// Whether a response is the expected outcome.
bool klopt(int verwacht, const HttpResponse& response) {
  std::string location = response.header("Location");
  bool naar_login = location.rfind("/inloggen", 0) == 0;
  if (verwacht == kNaarLogin) return response.status == 303 && naar_login;
  if (verwacht == kDoor) {
    // A stale version or a record still in use also redirects: that is not a save.
    return response.status == 303 && !naar_login &&
           location.find("verouderd") == std::string::npos &&
           location.find("in_gebruik") == std::string::npos;
  }
  return response.status == verwacht;
}

std::string uitkomst(const HttpResponse& response) {
  if (response.status == 303) {
    return response.header("Location").rfind("/inloggen", 0) == 0 ? "303L" : "303";
  }
  return std::to_string(response.status);
}

TEST_F(RouteMatrixTest, ElkeRouteHeeftEenVerwachtingVoorElkeRolEnGeeftDie) {
  // Every route of the table has at least one row, and every row is a route.
  auto router = web::build_router(server_->app());
  std::set<std::pair<std::string, std::string>> routes;
  for (const auto& route : router.routes()) routes.insert({route.method, route.pattern});
  std::set<std::pair<std::string, std::string>> rijen;
  for (const auto& rij : kMatrix) rijen.insert({rij.method, rij.pattern});
  for (const auto& route : routes) {
    EXPECT_TRUE(rijen.count(route))
        << "route zonder verwachting in kMatrix: " << route.first << " " << route.second;
  }
  for (const auto& rij : rijen) {
    EXPECT_TRUE(routes.count(rij)) << "rij zonder route: " << rij.first << " " << rij.second;
  }
  // Ownership: every write has a row on another organisation's object, or a reason why not.
  std::set<std::pair<std::string, std::string>> vreemd;
  for (const auto& rij : kMatrix) {
    if (is_vreemd(rij.doel)) vreemd.insert({rij.method, rij.pattern});
  }
  for (const auto& route : routes) {
    if (route.first == "GET") continue;
    bool uitgezonderd = kZonderEigenaar.count(route) > 0;
    EXPECT_TRUE(vreemd.count(route) || uitgezonderd)
        << "schrijfactie zonder rij op het object van een andere organisatie (of reden in "
           "kZonderEigenaar): "
        << route.first << " " << route.second;
    EXPECT_FALSE(vreemd.count(route) && uitgezonderd)
        << "rij én uitzondering: " << route.first << " " << route.second;
  }
  for (const auto& [route, reden] : kZonderEigenaar) {
    EXPECT_TRUE(routes.count(route)) << "uitzondering zonder route: " << route.second;
  }

  // Results per row and account, for the table printed at the end.
  std::vector<std::array<std::string, kAantalWie>> gezien(kMatrix.size());
  int afwijkingen = 0;

  for (int w = 0; w < kAantalWie; ++w) {
    const std::string account = w == kAnoniem ? "" : kWieNamen[static_cast<std::size_t>(w)];
    SCOPED_TRACE(kWieNamen[static_cast<std::size_t>(w)]);
    Klad klad_api, klad_html;
    {
      auto a = make_klad(std::string(kWieNamen[static_cast<std::size_t>(w)]) + " api");
      auto h = make_klad(std::string(kWieNamen[static_cast<std::size_t>(w)]) + " html");
      ASSERT_TRUE(a.ok()) << a.error().key << " " << a.error().detail;
      ASSERT_TRUE(h.ok()) << h.error().key << " " << h.error().detail;
      klad_api = *a;
      klad_html = *h;
    }
    Browser browser(server_->port());
    if (w != kAnoniem) {
      ASSERT_TRUE(browser.login_demo(account)) << account;
    }

    for (std::size_t i = 0; i < kMatrix.size(); ++i) {
      const Rij& rij = kMatrix[i];
      const std::string pattern = rij.pattern;
      const bool api = is_api(pattern);
      const Klad& klad = api ? klad_api : klad_html;
      const std::string label = std::string(kWieNamen[static_cast<std::size_t>(w)]) + " " +
                                (api ? "api" : "html") + " " + std::to_string(i);
      Id id = target_id(pattern, rij.doel, klad);
      const bool elders = rij.doel == Doel::kAndereRegio;
      const bool dijkstede_opdracht = rij.doel == Doel::kAanvaardDijkstede;
      const Id verzoek = dijkstede_opdracht ? klad.verzoek_dijkstede : klad.verzoek;
      std::string target = replace(pattern, "{id}", std::to_string(id));
      target = replace(target, "{deelnemerschapId}",
                       std::to_string(elders ? elders_.deelnemerschap : klad.deelnemerschap));
      target = replace(target, "{bestand}", "regie.css");
      target = replace(target, "{lidId}",
                       std::to_string(elders                             ? elders_.lid
                                      : rij.doel == Doel::kKladDijkstede ? klad.lid_dijkstede
                                                                         : klad.lid));
      // ---- OPD-5
      target = replace(target, "{verzoekId}", std::to_string(verzoek));
      target = replace(target, "{nummer}", "1");
      if (pattern.ends_with("/vergelijkingen") || pattern.ends_with("/vergelijking")) {
        target += "?van=1&naar=1";
      }
      target = replace(target, "{stapId}",
                       std::to_string(elders ? elders_.stap : b8_stap_));  // ---- Big 8 (B8)
      target = replace(
          target, "{signaalId}",
          std::to_string(dijkstede_opdracht ? klad.signaal_dijkstede : klad.signaal));  // OPD-6
      const std::string method = rij.method;

      // The request of this row; `kapot`: with a broken body and an old version.
      auto verzend = [&](bool kapot) {
        auto velden = [&] {
          Fields fields = body_fields(method, pattern, rij.doel, id, klad, label);
          return kapot ? kapot_gemaakt(pattern, fields) : fields;
        };
        auto gelezen_versie = [&] {
          return std::to_string(kapot ? kOudeVersie : versie(pattern, id, verzoek));
        };
        if (api) {
          Headers extra;
          std::string body;
          if (method == "PUT" || method == "DELETE" ||
              pattern.find("/overgangen") != std::string::npos ||
              pattern.find("/besluiten") != std::string::npos ||
              pattern.find("/afhandeling") != std::string::npos) {
            extra.emplace_back("If-Match", "\"" + gelezen_versie() + "\"");
          }
          if (method == "POST" || method == "PUT") {
            body = json_body(velden());
            // ---- Competenties (COMP)
            if (pattern.find("/zelfbeoordelingen") != std::string::npos) {
              body = competentie_json(velden());
            }
          }
          return server_->api(method, target, account, body, extra);
        }
        if (method == "GET") return browser.get(target);
        if (pattern == "/inloggen") {
          // A real login attempt (login CSRF included) for an account that does not exist.
          Browser anoniem(server_->port());
          auto form = anoniem.get("/inloggen");
          browser.set_cookie("regie_inlog_csrf", anoniem.cookie("regie_inlog_csrf").value_or(""));
          return browser.post_raw("/inloggen", {{"csrf", csrf_field(form.body)},
                                                {"naam", "niemand " + label},
                                                {"wachtwoord", "onjuist"}});
        }
        Form form;
        if (pattern.find("verwijderen") != std::string::npos) {
          if (pattern.find("deelnemerschap") == std::string::npos) {
            form.emplace_back("versie", gelezen_versie());
          }
        } else if (pattern != "/uitloggen") {
          Fields fields = velden();
          form.assign(fields.begin(), fields.end());
          if (pattern.find("{id}") != std::string::npos || pattern == "/regio/bewerken" ||
              pattern == "/regio/projectgroep") {
            if (pattern.find("deelnemerschappen") == std::string::npos) {
              form.emplace_back("versie", gelezen_versie());
            }
          }
        }
        return browser.post(target, form);
      };

      int verwacht = rij.verwacht[static_cast<std::size_t>(w)];
      // Authorization first: the broken request goes first, so that it can change nothing the
      // real one needs.
      if (w != kAnoniem && heeft_invoer(method, pattern)) {
        HttpResponse kapot = verzend(true);
        bool geweigerd = verwacht == 403 || verwacht == 404;
        bool toegestaan = verwacht == kDoor || (verwacht >= 200 && verwacht < 300);
        bool goed =
            geweigerd ? kapot.status == verwacht : !toegestaan || is_afgewezen_invoer(kapot);
        if (!goed) {
          ++afwijkingen;
          gezien[i][static_cast<std::size_t>(w)] = "k" + uitkomst(kapot) + "!";
          ADD_FAILURE() << kWieNamen[static_cast<std::size_t>(w)] << ": " << method << " " << target
                        << " [" << doel_naam(rij.doel) << "] met kapotte invoer en oude versie gaf "
                        << kapot.status << " " << kapot.header("Location") << ", verwacht "
                        << (geweigerd ? beschrijf(verwacht) : "400 of 409");
        }
      }
      HttpResponse response = verzend(false);
      gezien[i][static_cast<std::size_t>(w)] += uitkomst(response);
      if (!klopt(verwacht, response)) {
        ++afwijkingen;
        gezien[i][static_cast<std::size_t>(w)] += "!";
        ADD_FAILURE() << kWieNamen[static_cast<std::size_t>(w)] << ": " << method << " " << target
                      << " [" << doel_naam(rij.doel) << "] gaf " << response.status << " "
                      << response.header("Location") << ", verwacht " << beschrijf(verwacht);
      }
      if (api && w == kAnoniem && pattern != "/api/v1/openapi.json") {
        EXPECT_NE(response.header("Content-Type").find("application/problem+json"),
                  std::string::npos)
            << method << " " << target;
      }
    }
  }

  // The table: one line per row, one column per account; "!" marks a deviation.
  std::ostringstream table;
  table << "\nroute × rol (303L = naar /inloggen, ! = afwijking)\n";
  table << std::left << std::setw(82) << "route [doel]";
  for (const char* kort : kWieKort) table << std::setw(7) << kort;
  table << "\n";
  for (std::size_t i = 0; i < kMatrix.size(); ++i) {
    std::string naam = std::string(kMatrix[i].method) + " " + kMatrix[i].pattern;
    if (kMatrix[i].doel != Doel::kGeen)
      naam += " [" + std::string(doel_naam(kMatrix[i].doel)) + "]";
    table << std::setw(82) << naam;
    for (const auto& cel : gezien[i]) table << std::setw(7) << cel;
    table << "\n";
  }
  std::cout << table.str();
  RecordProperty("afwijkingen", afwijkingen);
  RecordProperty("cellen", static_cast<int>(kMatrix.size()) * kAantalWie);
}

}  // namespace
}  // namespace regie::e2e
