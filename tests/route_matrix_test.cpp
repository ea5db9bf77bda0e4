// The route × role matrix: every route of the one route table (web::build_router), requested
// over HTTP by an anonymous client and by each demo account, against records of the
// omgevingsdienst, of the account's own gemeente (Beekdal) and of another gemeente
// (Dijkstede). The rows are per capability (tests/route_matrix/<capability>_rows.cpp). A route
// without a row fails the test, so a new route cannot slip in unguarded. Writes hit scratch
// records made per account and channel, so that no case depends on what another account did;
// deletes and the logout come last.
#include <gtest/gtest.h>

#include <array>
#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

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

const std::array<const char*, kAantalWie> kWieKort = {"anon", "beh", "am", "dir", "mw", "og", "bs"};

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

  // Results per row and account, for the table printed at the end.
  std::vector<std::array<std::string, kAantalWie>> gezien(stappen.size());
  int afwijkingen = 0;
  matrix::Omgeving omgeving{*server_, demo_};

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

      std::optional<HttpResponse> eigen;
      if (plak.eigen) eigen = plak.eigen(omgeving, browser, rij, label);
      std::string target = rij.pattern;
      HttpResponse response;
      if (eigen) {
        response = std::move(*eigen);
      } else {
        matrix::Verzoek verzoek = plak.verzoek(omgeving, rij, api ? *klad_api : *klad_html, label);
        target = verzoek.pad;
        if (api) {
          Headers extra;
          if (verzoek.versie) {
            extra.emplace_back("If-Match", "\"" + std::to_string(*verzoek.versie) + "\"");
          }
          response = server_->api(method, target, account, verzoek.json, extra);
        } else if (method == "GET") {
          response = browser.get(target);
        } else {
          Form form(verzoek.velden.begin(), verzoek.velden.end());
          if (verzoek.versie) form.emplace_back("versie", std::to_string(*verzoek.versie));
          response = browser.post(target, form);
        }
      }

      int verwacht = rij.verwacht[static_cast<std::size_t>(w)];
      gezien[i][static_cast<std::size_t>(w)] = uitkomst(response);
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
  table << "\nroute × rol (303L = naar /inloggen, ! = afwijking)\n";
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
