// The route × role matrix (tests/route_matrix_test.cpp) in slices: every capability states the
// expected outcome of each of its routes per account in its own file (<capability>_rows.cpp),
// makes its own scratch records and builds its own requests. The test runs the rows of every
// slice in phases (reads, writes, deletes, last the logout), the slices in the order of
// alle_plakken().
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "http_test_support.hpp"

namespace regie::e2e::matrix {

// The columns (GOV-10, decision 24): one account per kind of hat, by login name. The hats come
// from the persoon's rollen in the demo register: Thomas Bakker is accountmanager for Beekdal and
// Dijkstede among others, Youssef El Amrani for four other deelnemers; Pieter de Boer is
// ambtelijk opdrachtgever of Beekdal; Hanneke Brouwer wears four hats of Beekdal's bestuur;
// Ingrid Mulder two (regisseur beleidscyclus and coördinator OD).
enum Wie {
  kAnoniem,
  kBeheerder,
  kAccountmanager,
  kAccountmanagerElders,
  kDirectie,
  kMedewerker,
  kOpdrachtgever,
  kBestuurder,
  kRegisseur
};
constexpr int kAantalWie = 9;
inline constexpr std::array<const char*, kAantalWie> kWieNamen = {
    "anoniem",    "beheerder",     "accountmanager", "youssef.elamrani", "directie",
    "medewerker", "opdrachtgever", "bestuurder",     "ingrid.mulder"};

// Expected outcomes besides plain statuses.
constexpr int kNaarLogin = -1;  // 303 to /inloggen (no session, or logged out)
constexpr int kDoor = -2;       // 303 elsewhere: a form saved, or already logged in
constexpr int kL = kNaarLogin;
constexpr int kD = kDoor;

// Which record fills {id}; what a scratch record is, the row's slice decides.
enum class Doel {
  kGeen,
  kOd,             // demo: the omgevingsdienst, Marieke Jansen, her directie_od rol
  kBeekdal,        // demo: Gemeente Beekdal, Pieter de Boer, his ambtelijk_opdrachtgever rol
  kDijkstede,      // demo: Gemeente Dijkstede, Anouk Meijer, her ambtelijk_opdrachtgever rol
  kKlad,           // scratch of this account and channel
  kKladDijkstede,  // scratch of Dijkstede
  kKladWeg,        // scratch to delete (or, for an opdracht, to edit)
  kKladWegDijkstede,
  // Ownership (decision 4): another organisation's objects.
  kAanvaardDijkstede,  // a collectief opdracht given by Dijkstede and accepted, with an open
                       // wijzigingsverzoek (OPD-5) or an open signaal (OPD-6): every account sees
                       // it
  kMaatwerkDijkstede,  // a maatwerk concept of Dijkstede: its own gemeente and the OD see it
  kAndereRegio,        // a record of a second regio (Elders): nobody of the demo regio sees it
};
const char* doel_naam(Doel doel);
// The rows that put a write to another organisation's (or regio's) object.
bool is_vreemd(Doel doel);

struct Rij {
  const char* method;
  const char* pattern;
  Doel doel;
  // anon, beh, am, am2 (youssef.elamrani), dir, mw, og, bs, rg (ingrid.mulder)
  std::array<int, kAantalWie> verwacht;
};

// The demo records every slice may use.
struct Demo {
  Id regio = 0;
  Id od = 0, beekdal = 0, dijkstede = 0;
  Id persoon_od = 0, persoon_beekdal = 0, persoon_dijkstede = 0;
  Id rol_od = 0, rol_beekdal = 0, rol_dijkstede = 0;
};

// Ownership: one record of each kind in a second regio, "Regio Elders", made once straight in
// the store and shared by every account (each write on them must be refused with 404).
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

struct Omgeving {
  TestServer& server;
  Demo demo;
  Elders elders;
};

// Scratch record ids of one account and one channel (api or html), by name. A slice makes its
// own and may use those of the slices before it (a projectgroep lid needs a persoon).
class Klad {
 public:
  void zet(const std::string& naam, Id id) { ids_[naam] = id; }
  // The id; a test failure when no slice made it.
  Id operator[](const std::string& naam) const;

 private:
  std::map<std::string, Id> ids_;
};

// The request of one row, built just before it is sent (versions change as rows run).
struct Verzoek {
  std::string pad;                     // the pattern with every placeholder filled
  std::optional<std::int64_t> versie;  // If-Match (API) or the form field "versie" (HTML)
  Fields velden;                       // the form of an HTML POST
  std::string json;                    // the body of an API POST or PUT
  std::string content_type;            // of `json` when it is a file, not JSON (an import)
};

// One capability's part of the matrix.
struct Plak {
  // The rows in the order they run within each phase.
  std::vector<Rij> lezen;
  std::vector<Rij> schrijven;
  std::vector<Rij> verwijderen;
  std::vector<Rij> laatst;  // after every other row of every slice (the logout)
  // Makes the slice's scratch records of one account and channel; `label` names them.
  std::function<Result<void>(Omgeving&, Klad&, const std::string& label)> klad;
  // The request of a row of this slice. `label` is unique per account, channel and row.
  std::function<Verzoek(Omgeving&, const Rij&, const Klad&, const std::string& label)> verzoek;
  // A row that sends its own request (the login); nullopt for the others.
  std::function<std::optional<HttpResponse>(Omgeving&, Browser&, const Rij&,
                                            const std::string& label)>
      eigen;
  // Writes (method, pattern) without a row on another organisation's object, with the reason:
  // they name no object another organisation owns. Every other write needs such a row.
  std::map<std::pair<std::string, std::string>, std::string> zonder_eigenaar;
};

bool is_api(const std::string& pattern);
// `text` with the first `from` replaced by `to`.
std::string vervang(std::string text, const std::string& from, const std::string& to);
// A JSON object of `fields`. The API reads JSON strictly: what the document calls an integer is
// a JSON number (the fields in `getallen`, when made of digits), a list of codes a JSON array
// (the fields in `lijsten`, here of one code).
std::string json_body(const Fields& fields, const std::set<std::string>& getallen,
                      const std::set<std::string>& lijsten = {});

// One line per capability; each in its own <capability>_rows.cpp.
Plak start_plak();
Plak register_plak();
Plak governance_plak();
Plak opdracht_plak();
Plak wijziging_plak();
Plak signaal_plak();
Plak interne_afstemming_plak();
Plak beleidsdoel_plak();
Plak competentie_plak();
Plak beleidscyclus_plak();
Plak catalogus_plak();
Plak sleutel_plak();
Plak programma_plak();
Plak koppeling_plak();
Plak account_plak();
Plak realisatie_plak();
Plak afwijking_plak();
Plak meting_plak();

// Every slice, in the order their rows run within each phase.
std::vector<Plak> alle_plakken();

}  // namespace regie::e2e::matrix
