// The route × role matrix: every route of the one route table (web::build_router), requested
// over HTTP by an anonymous client and by each demo account, against records of the
// omgevingsdienst, of the account's own gemeente (Beekdal) and of another gemeente
// (Dijkstede). The rows are per capability (tests/route_matrix/<capability>_rows.cpp). A route
// without a row fails the test, so a new route cannot slip in unguarded. Writes hit scratch
// records made per account and channel, so that no case depends on what another account did;
// deletes and the logout come last.
// Ownership (decision 4): every write also has a row on an object of another organisation
// (Dijkstede's, or one of a second regio), expecting 404 where the account cannot see it and 403
// where it can but it is not its own, unless the slice's zonder_eigenaar says why the write names
// no such object. And authorization comes first: every write is also sent with a broken body and
// an old version (If-Match or the form's versie), which must give the same 403/404 to an account
// that may not write, and a refusal (400/409/428), never a save, to one that may.
#include <gtest/gtest.h>

#include <array>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/governance/collectief_repository.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "http_test_support.hpp"
#include "route_matrix/matrix.hpp"
#include "web/router.hpp"

namespace regie::e2e {
namespace {

using governance::RolSoort;
using matrix::Doel;
using matrix::kAantalWie;
using matrix::kAnoniem;
using matrix::kDoor;
using matrix::kNaarLogin;
using matrix::kWieNamen;
using matrix::Plak;
using matrix::Rij;

const std::array<const char*, kAantalWie> kWieKort = {"anon", "beh", "am", "am2", "dir",
                                                      "mw",   "og",  "bs", "rg"};

// A row with its slice, in the order every account runs them: the reads of every slice, then
// the writes, then the deletes, then what comes last (the logout).
struct Stap {
  const Plak* plak;
  Rij rij;
};

std::vector<Stap> volgorde(const std::vector<Plak>& plakken) {
  std::vector<Stap> out;
  for (auto fase : {&Plak::lezen, &Plak::schrijven, &Plak::verwijderen, &Plak::laatst}) {
    for (const auto& plak : plakken) {
      for (const auto& rij : plak.*fase) out.push_back({&plak, rij});
    }
  }
  return out;
}

// An old version for the broken requests: no record here ever gets that far.
constexpr std::int64_t kOudeVersie = 999'999;

// Whether a write carries input or a version that a broken request can spoil: not the deletes of
// a deelnemerschap or a projectgroeplid (no version), the login or the logout.
bool heeft_invoer(const std::string& method, const std::string& pattern) {
  if (method == "GET" || pattern == "/inloggen" || pattern == "/uitloggen") return false;
  // A meting cannot change, so removing one takes no version (decision 16) and nothing else.
  static const std::set<std::string> kMetingWeg = {
      "/monitoring/indicatormeting/{id}/verwijderen", "/monitoring/procesmeting/{id}/verwijderen",
      "/api/v1/indicatormetingen/{id}", "/api/v1/procesmetingen/{id}"};
  if (kMetingWeg.count(pattern) > 0) return false;
  // A new one-time link (GOV-10) takes nothing either.
  return pattern.find("{lidId}") == std::string::npos &&
         pattern.find("{beleidsdoelId}") == std::string::npos &&
         pattern.find("{deelnemerschapId}") == std::string::npos &&
         pattern.find("/herstellink") == std::string::npos;
}

// What a broken request keeps, since it decides who may write: the organisaties a body names and
// the kind of record or step.
bool blijft(const std::string& key) {
  static const std::set<std::string> kBlijft = {
      "organisatieId", "opdrachtgeverId", "deelnemerId", "vertegenwoordigdeId", "soort", "stap",
      "besluit",       "profiel",         "jaar"};
  // A field of a list row in a form ("financien[1].jaar") by its own name.
  auto rij = key.rfind("].");
  return kBlijft.count(rij == std::string::npos ? key : key.substr(rij + 2)) > 0;
}

// A text made wrong: a number "x", a date an impossible day, any other text empty.
std::string kapotte_tekst(const std::string& value) {
  if (!value.empty() && value.find_first_not_of("0123456789") == std::string::npos) return "x";
  if (value.size() == 10 && value[4] == '-' && value[7] == '-') return "2026-02-31";
  return "";
}

// The form of a write made invalid but for what decides who may write it; scores out of range.
Fields kapot_gemaakt(Fields fields) {
  for (auto& [key, value] : fields) {
    if (blijft(key)) continue;
    value = key.rfind("scores.", 0) == 0 ? "9" : kapotte_tekst(value);
  }
  return fields;
}

// The same for a JSON body: a number or yes/no becomes the string "x" (a type error, answered after
// authorization), the objects in a list are spoiled alike, a score keeps its competentie and
// becomes 9.
nlohmann::json kapot_gemaakt(const nlohmann::json& value, const std::string& key) {
  if (blijft(key)) return value;
  if (value.is_object()) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [k, v] : value.items()) {
      out[k] = k == "competentie" ? v : k == "score" ? nlohmann::json(9) : kapot_gemaakt(v, k);
    }
    return out;
  }
  if (value.is_array()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& v : value) out.push_back(kapot_gemaakt(v, key));
    return out;
  }
  if (value.is_number() || value.is_boolean()) return "x";
  if (value.is_string()) return kapotte_tekst(value.get<std::string>());
  return value;
}

// A row's request with a broken body and an old version where it had one.
matrix::Verzoek kapot_verzoek(const Rij& rij, matrix::Verzoek v) {
  // GOV-6: every field of a mandaat but the organisaties may be empty; a date may not be wrong.
  const bool mandaat = std::string(rij.pattern).find("/vertegenwoordigingen") != std::string::npos;
  if (v.versie) v.versie = kOudeVersie;
  if (!v.velden.empty()) {
    v.velden = kapot_gemaakt(v.velden);
    if (mandaat) v.velden["mandaatVan"] = "2026-02-31";
  }
  if (!v.json.empty() && !v.content_type.empty()) {
    v.json = "kapot;bestand\r\n\x01;\"\r\n";  // a file the import cannot read
  } else if (!v.json.empty()) {
    nlohmann::json body = kapot_gemaakt(nlohmann::json::parse(v.json), "");
    if (mandaat) body["mandaatVan"] = "2026-02-31";
    v.json = body.dump();
  }
  return v;
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

class RouteMatrixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().key << " " << started.error().detail;
    server_ = std::move(started).value();
    matrix::Demo& d = demo_;
    d.regio = server_->regio_id();
    d.od = server_->organisatie_id("Omgevingsdienst Regio Voorbeeld");
    d.beekdal = server_->organisatie_id("Gemeente Beekdal");
    d.dijkstede = server_->organisatie_id("Gemeente Dijkstede");
    d.persoon_od = server_->persoon_id("Marieke Jansen");
    d.persoon_beekdal = server_->persoon_id("Pieter de Boer");
    d.persoon_dijkstede = server_->persoon_id("Anouk Meijer");
    d.rol_od = server_->rol_id("Marieke Jansen", RolSoort::kDirectieOd);
    d.rol_beekdal = server_->rol_id("Pieter de Boer", RolSoort::kAmbtelijkOpdrachtgever);
    d.rol_dijkstede = server_->rol_id("Anouk Meijer", RolSoort::kAmbtelijkOpdrachtgever);
    for (Id id : {d.od, d.beekdal, d.dijkstede, d.persoon_od, d.persoon_beekdal,
                  d.persoon_dijkstede, d.rol_od, d.rol_beekdal, d.rol_dijkstede}) {
      ASSERT_GT(id, 0) << "demo-record niet gevonden";
    }
    auto elders = maak_elders();
    ASSERT_TRUE(elders.ok()) << elders.error().key << " " << elders.error().detail;
  }

  // Ownership: a second regio with one record of each kind, straight into the store.
  Result<void> maak_elders() {
    matrix::Elders& e = elders_;
    const Datum begin = *Datum::from_ymd(2020, 1, 1);
    REGIE_ASSIGN_OR_RETURN(auto uow, server_->store().begin(Toegang::kSchrijven));
    auto& reg = uow->registry();
    governance::Regio regio;
    regio.naam = "Regio Elders";
    REGIE_ASSIGN_OR_RETURN(e.regio, reg.create_regio(regio));
    auto organisatie = [&](const std::string& naam) -> Result<Id> {
      governance::Organisatie org;
      org.regio_id = e.regio;
      org.naam = naam;
      REGIE_ASSIGN_OR_RETURN(auto id, reg.create_organisatie(org));
      REGIE_TRY(reg.create_deelnemerschap({0, id, governance::Relatie::kDeelnemer, {begin, {}}}));
      return id;
    };
    REGIE_ASSIGN_OR_RETURN(e.organisatie, organisatie("Gemeente Elders"));
    REGIE_ASSIGN_OR_RETURN(auto buur, organisatie("Gemeente Elders-Buur"));
    REGIE_ASSIGN_OR_RETURN(auto deelnemerschappen, reg.list_deelnemerschappen(e.organisatie));
    e.deelnemerschap = deelnemerschappen.front().id;
    governance::Persoon persoon;
    persoon.regio_id = e.regio;
    persoon.organisatie_id = e.organisatie;
    persoon.naam = "Persoon Elders";
    REGIE_ASSIGN_OR_RETURN(e.persoon, reg.create_persoon(persoon));
    governance::Rol rol;
    rol.persoon_id = e.persoon;
    rol.organisatie_id = e.organisatie;
    rol.soort = RolSoort::kBeleidsadviseur;
    rol.periode = {begin, {}};
    REGIE_ASSIGN_OR_RETURN(e.rol, reg.create_rol(rol));
    governance::Vertegenwoordiging v;
    v.regio_id = e.regio;
    v.opdrachtgever_id = buur;
    v.vertegenwoordigde_id = e.organisatie;
    REGIE_ASSIGN_OR_RETURN(e.vertegenwoordiging, uow->collectief().create_vertegenwoordiging(v));
    REGIE_TRY(uow->collectief().save_projectgroep(e.regio, {}, 0));
    REGIE_ASSIGN_OR_RETURN(
        e.lid, uow->collectief().create_projectgroep_lid(e.regio, {e.persoon, e.organisatie}));
    for (const auto& stap : beleidscyclus::standaard_stappen(e.regio, 2026)) {
      REGIE_ASSIGN_OR_RETURN(auto id, uow->cyclus().create_stap(stap));
      if (e.stap == 0) e.stap = id;
    }
    opdrachten::Opdracht o;
    o.regio_id = e.regio;
    o.opdrachtgever_id = e.organisatie;
    o.titel = "Opdracht Elders";
    o.jaar = 2027;
    REGIE_ASSIGN_OR_RETURN(e.opdracht, uow->opdrachten().create(o));
    return uow->commit();
  }

  void TearDown() override {
    if (server_) server_->stop();
  }

  // The scratch records of every slice for one account and channel.
  Result<matrix::Klad> make_klad(matrix::Omgeving& omgeving, const std::vector<Plak>& plakken,
                                 const std::string& label) {
    matrix::Klad klad;
    for (const auto& plak : plakken) REGIE_TRY(plak.klad(omgeving, klad, label));
    return klad;
  }

  std::unique_ptr<TestServer> server_;
  matrix::Demo demo_;
  matrix::Elders elders_;
};

TEST_F(RouteMatrixTest, ElkeRouteHeeftEenVerwachtingVoorElkeRolEnGeeftDie) {
  const std::vector<Plak> plakken = matrix::alle_plakken();
  const std::vector<Stap> stappen = volgorde(plakken);

  // Every route of the table has at least one row, and every row is a route.
  auto router = web::build_router(server_->app());
  std::set<std::pair<std::string, std::string>> routes;
  for (const auto& route : router.routes()) routes.insert({route.method, route.pattern});
  std::set<std::pair<std::string, std::string>> rijen;
  for (const auto& stap : stappen) rijen.insert({stap.rij.method, stap.rij.pattern});
  for (const auto& route : routes) {
    EXPECT_TRUE(rijen.count(route))
        << "route zonder verwachting in de matrix: " << route.first << " " << route.second;
  }
  for (const auto& rij : rijen) {
    EXPECT_TRUE(routes.count(rij)) << "rij zonder route: " << rij.first << " " << rij.second;
  }
  // Ownership: every write has a row on another organisation's object, or a reason in its
  // slice's zonder_eigenaar why not; never both, and every reason names a route.
  std::map<std::pair<std::string, std::string>, std::string> zonder_eigenaar;
  for (const auto& plak : plakken) {
    for (const auto& [route, reden] : plak.zonder_eigenaar) {
      EXPECT_TRUE(zonder_eigenaar.emplace(route, reden).second)
          << "uitzondering twee keer: " << route.first << " " << route.second;
    }
  }
  std::set<std::pair<std::string, std::string>> vreemd;
  for (const auto& stap : stappen) {
    if (matrix::is_vreemd(stap.rij.doel)) vreemd.insert({stap.rij.method, stap.rij.pattern});
  }
  for (const auto& route : routes) {
    if (route.first == "GET") continue;
    const bool uitgezonderd = zonder_eigenaar.count(route) > 0;
    EXPECT_TRUE(vreemd.count(route) || uitgezonderd)
        << "schrijfactie zonder rij op het object van een andere organisatie (of reden in "
           "zonder_eigenaar): "
        << route.first << " " << route.second;
    EXPECT_FALSE(vreemd.count(route) && uitgezonderd)
        << "rij én uitzondering: " << route.first << " " << route.second;
  }
  for (const auto& [route, reden] : zonder_eigenaar) {
    EXPECT_TRUE(routes.count(route))
        << "uitzondering zonder route: " << route.first << " " << route.second;
  }

  // Results per row and account, for the table printed at the end.
  std::vector<std::array<std::string, kAantalWie>> gezien(stappen.size());
  int afwijkingen = 0;
  matrix::Omgeving omgeving{*server_, demo_, elders_};

  for (int w = 0; w < kAantalWie; ++w) {
    const std::string wie = kWieNamen[static_cast<std::size_t>(w)];
    const std::string account = w == kAnoniem ? "" : wie;
    SCOPED_TRACE(wie);
    auto klad_api = make_klad(omgeving, plakken, wie + " api");
    auto klad_html = make_klad(omgeving, plakken, wie + " html");
    ASSERT_TRUE(klad_api.ok()) << klad_api.error().key << " " << klad_api.error().detail;
    ASSERT_TRUE(klad_html.ok()) << klad_html.error().key << " " << klad_html.error().detail;
    Browser browser(server_->port());
    if (w != kAnoniem) {
      ASSERT_TRUE(browser.login_demo(account)) << account;
    }

    for (std::size_t i = 0; i < stappen.size(); ++i) {
      const Plak& plak = *stappen[i].plak;
      const Rij& rij = stappen[i].rij;
      const std::string method = rij.method;
      const bool api = matrix::is_api(rij.pattern);
      const std::string label = wie + " " + (api ? "api" : "html") + " " + std::to_string(i);

      const matrix::Klad& klad = api ? *klad_api : *klad_html;
      auto verzend = [&](const matrix::Verzoek& verzoek) {
        if (api) {
          Headers extra;
          if (verzoek.versie) {
            extra.emplace_back("If-Match", "\"" + std::to_string(*verzoek.versie) + "\"");
          }
          if (!verzoek.content_type.empty())
            extra.emplace_back("Content-Type", verzoek.content_type);
          return server_->api(method, verzoek.pad, account, verzoek.json, extra);
        }
        if (method == "GET") return browser.get(verzoek.pad);
        Form form(verzoek.velden.begin(), verzoek.velden.end());
        if (verzoek.versie) form.emplace_back("versie", std::to_string(*verzoek.versie));
        return browser.post(verzoek.pad, form);
      };

      int verwacht = rij.verwacht[static_cast<std::size_t>(w)];
      // Authorization first: the broken request goes first, so that it can change nothing the
      // real one needs.
      if (w != kAnoniem && heeft_invoer(method, rij.pattern)) {
        matrix::Verzoek verzoek = kapot_verzoek(rij, plak.verzoek(omgeving, rij, klad, label));
        HttpResponse kapot = verzend(verzoek);
        const bool geweigerd = verwacht == 403 || verwacht == 404;
        const bool toegestaan = verwacht == kDoor || (verwacht >= 200 && verwacht < 300);
        const bool goed =
            geweigerd ? kapot.status == verwacht : !toegestaan || is_afgewezen_invoer(kapot);
        if (!goed) {
          ++afwijkingen;
          gezien[i][static_cast<std::size_t>(w)] = "k" + uitkomst(kapot) + "!";
          ADD_FAILURE() << wie << ": " << method << " " << verzoek.pad << " ["
                        << matrix::doel_naam(rij.doel) << "] met kapotte invoer en oude versie gaf "
                        << kapot.status << " " << kapot.header("Location") << ", verwacht "
                        << (geweigerd ? beschrijf(verwacht) : "400, 409 of 428");
        }
      }

      std::optional<HttpResponse> eigen;
      if (plak.eigen) eigen = plak.eigen(omgeving, browser, rij, label);
      std::string target = rij.pattern;
      HttpResponse response;
      if (eigen) {
        response = std::move(*eigen);
      } else {
        matrix::Verzoek verzoek = plak.verzoek(omgeving, rij, klad, label);
        target = verzoek.pad;
        response = verzend(verzoek);
      }
      gezien[i][static_cast<std::size_t>(w)] += uitkomst(response);
      if (!klopt(verwacht, response)) {
        ++afwijkingen;
        gezien[i][static_cast<std::size_t>(w)] += "!";
        ADD_FAILURE() << wie << ": " << method << " " << target << " ["
                      << matrix::doel_naam(rij.doel) << "] gaf " << response.status << " "
                      << response.header("Location") << ", verwacht " << beschrijf(verwacht);
      }
      if (api && w == kAnoniem && response.status >= 400) {
        EXPECT_NE(response.header("Content-Type").find("application/problem+json"),
                  std::string::npos)
            << method << " " << target;
      }
    }
  }

  // The table: one line per row, one column per account; "!" marks a deviation.
  std::ostringstream table;
  table << "\nroute × rol (303L = naar /inloggen, ! = afwijking, k<status>! = afwijking van het "
           "kapotte verzoek)\n";
  table << std::left << std::setw(82) << "route [doel]";
  for (const char* kort : kWieKort) table << std::setw(7) << kort;
  table << "\n";
  for (std::size_t i = 0; i < stappen.size(); ++i) {
    const Rij& rij = stappen[i].rij;
    std::string naam = std::string(rij.method) + " " + rij.pattern;
    if (rij.doel != Doel::kGeen) naam += " [" + std::string(matrix::doel_naam(rij.doel)) + "]";
    table << std::setw(82) << naam;
    for (const auto& cel : gezien[i]) table << std::setw(7) << cel;
    table << "\n";
  }
  std::cout << table.str();
  RecordProperty("afwijkingen", afwijkingen);
  RecordProperty("cellen", static_cast<int>(stappen.size()) * kAantalWie);
}

}  // namespace
}  // namespace regie::e2e
