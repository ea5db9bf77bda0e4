// OPD-5 over HTTP: wijzigingsverzoeken on an accepted opdracht, the alignment with the
// beleidsafdeling, the decision by the opdrachtgever, the versions that stay readable and their
// comparison part by part; and the same in the HTML pages. A real server on loopback with the
// demo regio in a real SQLite file.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "domain/audit/audit_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "http_test_support.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

json volledige_opdracht() {
  return {{"titel", "Toezicht asbest 2027"},
          {"jaar", 2027},
          {"aanleiding", "Meer meldingen over asbest bij sloop in de regio dan voorgaande jaren."},
          {"scope", "Toezicht op sloopmeldingen met asbest; bouwtoezicht valt erbuiten."},
          {"doel", "In 2027 is 90% van de sloopmeldingen met asbest binnen vijf dagen beoordeeld."},
          {"activiteiten", "Beoordelen van meldingen, controles op locatie en handhaving."},
          {"resultaat", "Een kwartaaloverzicht van meldingen, controles en overtredingen."},
          {"sturingsvorm", "Sturing via de accountmanager; maandelijks overleg."},
          {"monitoring", "Per kwartaal een voortgangsrapportage; afsluiting met een evaluatie."},
          {"governance", "De opdrachtgevers sturen via het ambtelijk overleg."},
          {"planning", {{{"omschrijving", "Start"}, {"datum", "2027-01-01"}}}},
          {"bemensing", {{{"rol", "Toezichthouder asbest"}, {"uren", 1600}}}},
          {"financien", {{{"jaar", 2027}, {"bedrag", 15000000}, {"omschrijving", "Bijdrage"}}}},
          {"stakeholders", {{{"naam", "Omgevingsdienst"}, {"rol", "Uitvoering"}}}},
          {"risicos",
           {{{"omschrijving", "Piek in meldingen"},
             {"kans", "middel"},
             {"impact", "middel"},
             {"beheersmaatregel", "Tijdelijke inzet uit het toezichtteam"},
             {"eigenaar", "Teamleider toezicht"}}}}};
}

class WijzigingE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
  }

  std::string pad(Id id, const std::string& rest = "") {
    return "/api/v1/opdrachten/" + std::to_string(id) + rest;
  }

  // An opdracht of Beekdal, offered by its opdrachtgever and accepted by the accountmanager.
  Id aanvaarde_opdracht() {
    auto r =
        server_->api("POST", "/api/v1/opdrachten", "opdrachtgever", volledige_opdracht().dump());
    EXPECT_EQ(r.status, 201) << r.body;
    Id id = json::parse(r.body)["id"];
    auto stap = [&](const std::string& account, const std::string& naam) {
      auto etag = server_->api("GET", pad(id), account).header("ETag");
      auto s = server_->api("POST", pad(id, "/overgangen"), account, json{{"stap", naam}}.dump(),
                            {{"If-Match", etag}});
      EXPECT_EQ(s.status, 201) << naam << " " << s.body;
    };
    stap("opdrachtgever", "aanbieden");
    EXPECT_EQ(server_->interne_afstemming(id).status, 201);  // OPD-8
    stap("accountmanager", "aanvaarden");
    return id;
  }

  // A verzoek that adds asbestos sanering to the scope and money for it.
  json verzoek_body() {
    auto v = volledige_opdracht();
    v["scope"] =
        "Toezicht op sloopmeldingen met asbest en op asbestsanering; bouwtoezicht valt "
        "erbuiten.";
    v["financien"].push_back({{"jaar", 2027}, {"bedrag", 4000000}, {"omschrijving", "Sanering"}});
    v["aspecten"] = {"scope", "geld"};
    v["omschrijving"] = "Ook toezicht op asbestsanering; daarvoor is € 40.000 extra nodig.";
    return v;
  }

  HttpResponse indienen(Id id, const std::string& account, const json& body) {
    return server_->api("POST", pad(id, "/wijzigingsverzoeken"), account, body.dump());
  }

  HttpResponse afstemming(Id id, Id verzoek, const std::string& account, const json& body,
                          const std::string& etag) {
    return server_->api("PUT",
                        pad(id, "/wijzigingsverzoeken/" + std::to_string(verzoek) + "/afstemming"),
                        account, body.dump(), {{"If-Match", etag}});
  }

  HttpResponse besluiten(Id id, Id verzoek, const std::string& account, const std::string& naam,
                         const std::string& beoordeling, const std::string& etag) {
    return server_->api(
        "POST", pad(id, "/wijzigingsverzoeken/" + std::to_string(verzoek) + "/besluiten"), account,
        json{{"besluit", naam}, {"beoordeling", beoordeling}}.dump(), {{"If-Match", etag}});
  }

  std::string verzoek_etag(Id id, Id verzoek) {
    return server_
        ->api("GET", pad(id, "/wijzigingsverzoeken/" + std::to_string(verzoek)), "beheerder")
        .header("ETag");
  }

  bool heeft_audit(const std::string& actie, const std::string& resultaat) {
    auto uow = server_->store().begin(Toegang::kLezen);
    if (!uow.ok()) return false;
    auto regels = (*uow)->audit().list(0, 100'000);
    if (!regels.ok()) return false;
    for (const auto& r : *regels) {
      if (r.actie == actie && r.resultaat == resultaat) return true;
    }
    return false;
  }

  std::unique_ptr<TestServer> server_;
};

// OPD-5: accepting an opdracht fixes version 1; a verzoek is only for an accepted opdracht, by
// one of the two sides, and must say what it touches, why, and change something.
TEST_F(WijzigingE2eTest, IndienenAlleenNaAanvaardingEnDoorEenVanBeideKanten) {
  Id id = aanvaarde_opdracht();
  auto versies = json::parse(server_->api("GET", pad(id, "/versies"), "bestuurder").body);
  ASSERT_EQ(versies["_embedded"]["versies"].size(), 1u);
  EXPECT_EQ(versies["_embedded"]["versies"][0]["nummer"], 1);
  EXPECT_EQ(versies["_embedded"]["versies"][0]["vastgesteldDoor"],
            "Thomas Bakker, accountmanager voor Gemeente Beekdal");

  auto ontwerp =
      server_->api("POST", "/api/v1/opdrachten", "opdrachtgever", volledige_opdracht().dump());
  Id concept_id = json::parse(ontwerp.body)["id"];
  auto te_vroeg = indienen(concept_id, "opdrachtgever", verzoek_body());
  EXPECT_EQ(te_vroeg.status, 409) << te_vroeg.body;
  EXPECT_NE(te_vroeg.body.find("aanvaarde opdracht"), std::string::npos) << te_vroeg.body;

  EXPECT_EQ(indienen(id, "bestuurder", verzoek_body()).status, 403);
  EXPECT_EQ(indienen(id, "medewerker", verzoek_body()).status, 403);
  EXPECT_EQ(indienen(id, "", verzoek_body()).status, 401);

  auto leeg = volledige_opdracht();  // the same content, no aspect, no omschrijving
  auto fout = indienen(id, "accountmanager", leeg);
  EXPECT_EQ(fout.status, 400);
  EXPECT_NE(fout.body.find("aspecten:"), std::string::npos) << fout.body;
  EXPECT_NE(fout.body.find("omschrijving: dit veld is verplicht"), std::string::npos) << fout.body;
  EXPECT_NE(fout.body.find("voorstel: het voorstel wijzigt niets"), std::string::npos) << fout.body;
  auto onbekend = verzoek_body();
  onbekend["aspecten"] = {"budget"};
  EXPECT_EQ(indienen(id, "accountmanager", onbekend).status, 400);

  auto r = indienen(id, "accountmanager", verzoek_body());
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_FALSE(r.header("Location").empty());
  EXPECT_FALSE(r.header("ETag").empty());
  auto v = json::parse(r.body);
  EXPECT_EQ(v["status"], "ingediend");
  EXPECT_EQ(v["ingediendKant"], "opdrachtnemer");
  EXPECT_EQ(v["basisversie"], 1);
  EXPECT_EQ(v["aspecten"], json::array({"scope", "geld"}));
  EXPECT_EQ(v["mogelijkeBesluiten"], json::array({"intrekken"}));
  std::vector<std::string> gewijzigd;
  for (const auto& d : v["verschillen"]) {
    if (d["gewijzigd"]) gewijzigd.push_back(d["onderdeel"]);
  }
  EXPECT_EQ(gewijzigd, (std::vector<std::string>{"scope", "financien"}));
  // The opdracht itself is unchanged until the verzoek is accepted.
  auto o = json::parse(server_->api("GET", pad(id), "opdrachtgever").body);
  EXPECT_EQ(o["inhoudsversie"], 1);
  EXPECT_EQ(o["financien"].size(), 1u);
  auto als_og = json::parse(
      server_
          ->api("GET", pad(id, "/wijzigingsverzoeken/" + std::to_string(v["id"].get<Id>())),
                "opdrachtgever")
          .body);
  EXPECT_EQ(als_og["mogelijkeBesluiten"], json::array({"aanvaarden", "afwijzen", "voorleggen"}));
  EXPECT_TRUE(als_og["magAfstemmingVastleggen"]);
  EXPECT_TRUE(heeft_audit("wijzigingsverzoek.indienen", "gelukt"));
}

// OPD-5: the opdrachtgever records the alignment with the beleidsafdeling before accepting; the
// accepted verzoek makes version 2, version 1 stays readable and the two compare part by part.
TEST_F(WijzigingE2eTest, AfstemmingDanAanvaardenMaaktNieuweVersie) {
  Id id = aanvaarde_opdracht();
  auto r = indienen(id, "accountmanager", verzoek_body());
  ASSERT_EQ(r.status, 201) << r.body;
  Id verzoek = json::parse(r.body)["id"];
  auto etag = r.header("ETag");

  // Accepting needs a motivation and the alignment first; only the opdrachtgever decides.
  auto zonder = besluiten(id, verzoek, "opdrachtgever", "aanvaarden", "", etag);
  EXPECT_EQ(zonder.status, 400);
  EXPECT_NE(zonder.body.find("beoordeling:"), std::string::npos) << zonder.body;
  EXPECT_NE(zonder.body.find("afstemming: leg eerst de afstemming"), std::string::npos)
      << zonder.body;
  EXPECT_EQ(besluiten(id, verzoek, "accountmanager", "aanvaarden", "Akkoord", etag).status, 403);

  json afgestemd = {{"met", "Beleidsafdeling milieu, J. Smit"},
                    {"datum", "2027-03-02"},
                    {"uitkomst", "Akkoord; past binnen het milieubeleid."}};
  EXPECT_EQ(afstemming(id, verzoek, "accountmanager", afgestemd, etag).status, 403);
  auto onvolledig = afstemming(id, verzoek, "opdrachtgever", json::object(), etag);
  EXPECT_EQ(onvolledig.status, 400);
  for (const char* veld : {"met:", "datum:", "uitkomst:"}) {
    EXPECT_NE(onvolledig.body.find(veld), std::string::npos) << veld << onvolledig.body;
  }
  EXPECT_EQ(afstemming(id, verzoek, "opdrachtgever", afgestemd, "\"999\"").status, 409);
  auto zonder_match = server_->api(
      "PUT", pad(id, "/wijzigingsverzoeken/" + std::to_string(verzoek) + "/afstemming"),
      "opdrachtgever", afgestemd.dump());
  EXPECT_EQ(zonder_match.status, 428);
  auto vastgelegd = afstemming(id, verzoek, "opdrachtgever", afgestemd, etag);
  ASSERT_EQ(vastgelegd.status, 200) << vastgelegd.body;
  auto na_afstemming = json::parse(vastgelegd.body);
  EXPECT_EQ(na_afstemming["afstemming"]["met"], "Beleidsafdeling milieu, J. Smit");
  EXPECT_EQ(na_afstemming["afstemming"]["datum"], "2027-03-02");
  EXPECT_EQ(na_afstemming["afstemming"]["vastgelegdDoor"],
            "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal");

  // The old ETag is stale now.
  EXPECT_EQ(besluiten(id, verzoek, "opdrachtgever", "aanvaarden", "Nodig", etag).status, 409);
  auto aanvaard =
      besluiten(id, verzoek, "opdrachtgever", "aanvaarden",
                "Nodig voor de meldingen; gedekt in de begroting.", vastgelegd.header("ETag"));
  ASSERT_EQ(aanvaard.status, 201) << aanvaard.body;
  auto v = json::parse(aanvaard.body);
  EXPECT_EQ(v["status"], "aanvaard");
  EXPECT_EQ(v["beslotenDoor"],
            "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal");  // GOV-10
  EXPECT_TRUE(v["mogelijkeBesluiten"].empty());

  auto o = json::parse(server_->api("GET", pad(id), "bestuurder").body);
  EXPECT_EQ(o["inhoudsversie"], 2);
  EXPECT_EQ(o["status"], "aanvaard");
  EXPECT_EQ(o["financien"].size(), 2u);
  EXPECT_EQ(o["totaalBedrag"], 19000000);

  auto versies = json::parse(server_->api("GET", pad(id, "/versies"), "bestuurder").body);
  ASSERT_EQ(versies["_embedded"]["versies"].size(), 2u);
  EXPECT_EQ(versies["_embedded"]["versies"][1]["wijzigingsverzoekId"], verzoek);
  auto v1 = json::parse(server_->api("GET", pad(id, "/versies/1"), "bestuurder").body);
  EXPECT_EQ(v1["financien"].size(), 1u);
  EXPECT_EQ(v1["scope"], volledige_opdracht()["scope"]);
  EXPECT_EQ(server_->api("GET", pad(id, "/versies/3"), "bestuurder").status, 404);

  auto vergelijking =
      json::parse(server_->api("GET", pad(id, "/vergelijkingen?van=1&naar=2"), "bestuurder").body);
  ASSERT_EQ(vergelijking["onderdelen"].size(), 14u);
  for (const auto& d : vergelijking["onderdelen"]) {
    bool verwacht = d["onderdeel"] == "scope" || d["onderdeel"] == "financien";
    EXPECT_EQ(d["gewijzigd"].get<bool>(), verwacht) << d.dump();
  }
  EXPECT_EQ(server_->api("GET", pad(id, "/vergelijkingen?van=1"), "bestuurder").status, 400);
  EXPECT_EQ(server_->api("GET", pad(id, "/vergelijkingen?van=1&naar=9"), "bestuurder").status, 404);

  // Decided is decided.
  auto weer =
      besluiten(id, verzoek, "opdrachtgever", "afwijzen", "Toch niet", verzoek_etag(id, verzoek));
  EXPECT_EQ(weer.status, 409);
  EXPECT_TRUE(heeft_audit("wijzigingsverzoek.afstemming", "gelukt"));
  EXPECT_TRUE(heeft_audit("wijzigingsverzoek.aanvaarden", "gelukt"));
}

// OPD-5: rejecting keeps the opdracht as it was; a verzoek made on an older version is not
// accepted over a newer one; only the proposing side withdraws.
TEST_F(WijzigingE2eTest, AfwijzenIntrekkenEnVerouderdVerzoek) {
  Id id = aanvaarde_opdracht();
  Id van_od = json::parse(indienen(id, "accountmanager", verzoek_body()).body)["id"];
  auto tweede = volledige_opdracht();
  tweede["aspecten"] = {"tijd"};
  tweede["planning"].push_back({{"omschrijving", "Tussenevaluatie"}, {"datum", "2027-06-30"}});
  tweede["omschrijving"] = "Een tussenevaluatie halverwege het jaar.";
  auto r = indienen(id, "opdrachtgever", tweede);
  ASSERT_EQ(r.status, 201) << r.body;
  Id van_og = json::parse(r.body)["id"];
  EXPECT_EQ(json::parse(r.body)["ingediendKant"], "opdrachtgever");

  // Withdrawing is for the proposing side.
  EXPECT_EQ(
      besluiten(id, van_od, "opdrachtgever", "intrekken", "", verzoek_etag(id, van_od)).status,
      403);

  json afgestemd = {{"met", "Beleidsafdeling"}, {"datum", "2027-04-01"}, {"uitkomst", "Akkoord"}};
  ASSERT_EQ(afstemming(id, van_og, "opdrachtgever", afgestemd, verzoek_etag(id, van_og)).status,
            200);
  ASSERT_EQ(
      besluiten(id, van_og, "opdrachtgever", "aanvaarden", "Akkoord", verzoek_etag(id, van_og))
          .status,
      201);
  // The OD's verzoek was made on version 1; the opdracht is at version 2 now.
  ASSERT_EQ(afstemming(id, van_od, "opdrachtgever", afgestemd, verzoek_etag(id, van_od)).status,
            200);
  auto verouderd =
      besluiten(id, van_od, "opdrachtgever", "aanvaarden", "Akkoord", verzoek_etag(id, van_od));
  EXPECT_EQ(verouderd.status, 409);
  EXPECT_NE(verouderd.body.find("oudere versie"), std::string::npos) << verouderd.body;

  auto afwijzen_zonder =
      besluiten(id, van_od, "opdrachtgever", "afwijzen", "", verzoek_etag(id, van_od));
  EXPECT_EQ(afwijzen_zonder.status, 400);
  auto afgewezen =
      besluiten(id, van_od, "opdrachtgever", "afwijzen",
                "Gaat uit van een oude versie; dien opnieuw in.", verzoek_etag(id, van_od));
  ASSERT_EQ(afgewezen.status, 201) << afgewezen.body;
  EXPECT_EQ(json::parse(afgewezen.body)["status"], "afgewezen");
  auto o = json::parse(server_->api("GET", pad(id), "opdrachtgever").body);
  EXPECT_EQ(o["inhoudsversie"], 2);
  EXPECT_EQ(o["financien"].size(), 1u);  // the rejected money did not land
  EXPECT_EQ(o["planning"].size(), 2u);

  Id derde = json::parse(indienen(id, "accountmanager", verzoek_body()).body)["id"];
  auto ingetrokken =
      besluiten(id, derde, "accountmanager", "intrekken", "", verzoek_etag(id, derde));
  ASSERT_EQ(ingetrokken.status, 201) << ingetrokken.body;
  EXPECT_EQ(json::parse(ingetrokken.body)["status"], "ingetrokken");
  auto lijst = json::parse(server_->api("GET", pad(id, "/wijzigingsverzoeken"), "bestuurder").body);
  ASSERT_EQ(lijst["_embedded"]["wijzigingsverzoeken"].size(), 3u);
  EXPECT_EQ(lijst["_embedded"]["wijzigingsverzoeken"][0]["status"], "ingetrokken");
  EXPECT_EQ(besluiten(id, derde, "opdrachtgever", "onzin", "x", verzoek_etag(id, derde)).status,
            400);
  // A verzoek belongs to its own opdracht only.
  Id ander = aanvaarde_opdracht();
  EXPECT_EQ(
      server_->api("GET", pad(ander, "/wijzigingsverzoeken/" + std::to_string(derde)), "beheerder")
          .status,
      404);
}

// The opdracht's form as a person fills it in: the list parts as rows of fields. The amount is
// typed as whole euros with a thousands dot, as people do: "150.000" is € 150.000,00 (the
// opdracht's own amount), so the voorstel changes the scope only.
Form formulier(const std::string& scope) {
  auto o = volledige_opdracht();
  Form f = {{"titel", o["titel"]}, {"scope", scope}};
  for (const char* deel : {"aanleiding", "doel", "activiteiten", "resultaat", "sturingsvorm",
                           "monitoring", "governance"}) {
    f.emplace_back(deel, o[deel].get<std::string>());
  }
  Form rijen = {{"planning[1].datum", "01-01-2027"},
                {"planning[1].omschrijving", "Start"},
                {"bemensing[1].rol", "Toezichthouder asbest"},
                {"bemensing[1].uren", "1600"},
                {"financien[1].jaar", "2027"},
                {"financien[1].bedrag", "150.000"},
                {"financien[1].omschrijving", "Bijdrage"},
                {"stakeholders[1].naam", "Omgevingsdienst"},
                {"stakeholders[1].rol", "Uitvoering"},
                {"risicos[1].omschrijving", "Piek in meldingen"},
                {"risicos[1].kans", "middel"},
                {"risicos[1].impact", "middel"},
                {"risicos[1].beheersmaatregel", "Tijdelijke inzet uit het toezichtteam"},
                {"risicos[1].eigenaar", "Teamleider toezicht"}};
  f.insert(f.end(), rijen.begin(), rijen.end());
  return f;
}

// Without the rows of one list part, as if the user removed them all.
Form zonder(Form f, const std::string& lijst) {
  std::erase_if(f, [&](const auto& v) { return v.first.rfind(lijst + "[", 0) == 0; });
  return f;
}

// OPD-5, OPD-1: a voorstel that empties one of the eleven parts is refused when it is submitted,
// in the API and in the form, at the part it empties; nothing is stored.
TEST_F(WijzigingE2eTest, VoorstelDatEenOnderdeelLeegtWordtBijIndienenGeweigerd) {
  Id id = aanvaarde_opdracht();
  auto body = verzoek_body();
  body["risicos"] = json::array();
  body["aanleiding"] = "";
  auto r = indienen(id, "accountmanager", body);
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("risicos: dit onderdeel is nog leeg"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("aanleiding: dit onderdeel is nog leeg"), std::string::npos) << r.body;

  Browser od(server_->port());
  ASSERT_TRUE(od.login_demo("accountmanager"));
  auto f = zonder(formulier("Toezicht op sloop en op asbestsanering."), "risicos");
  f.emplace_back("aspect-scope", "ja");
  f.emplace_back("omschrijving", "Ook de sanering.");
  auto html = od.post("/opdrachten/" + std::to_string(id) + "/wijzigingsverzoeken", f);
  ASSERT_EQ(html.status, 400) << html.body;
  EXPECT_NE(html.body.find("href=\"#veld-risicos\""), std::string::npos);
  // The error stands with the list, above its (empty) first row.
  auto lijst = html.body.find("id=\"veld-risicos\"");
  ASSERT_NE(lijst, std::string::npos);
  auto melding = html.body.find("dit onderdeel is nog leeg", lijst);
  EXPECT_LT(melding, html.body.find("id=\"rij-risicos-1\"", lijst));
  auto lijst_verzoeken =
      json::parse(server_->api("GET", pad(id, "/wijzigingsverzoeken"), "beheerder").body);
  EXPECT_TRUE(lijst_verzoeken["_embedded"]["wijzigingsverzoeken"].empty());
}

// OPD-5, OPD-2: a voorstel for maatwerk keeps its extra hours and funding; 0 is refused at the
// field, in the API and in the form.
TEST_F(WijzigingE2eTest, MaatwerkVoorstelZonderExtraUrenWordtGeweigerd) {
  auto maatwerk = volledige_opdracht();
  maatwerk["soort"] = "maatwerk";
  maatwerk["deelnemerId"] = server_->organisatie_id("Gemeente Beekdal");
  maatwerk["extraUren"] = 120;
  maatwerk["extraFinanciering"] = 960000;
  auto r = server_->api("POST", "/api/v1/opdrachten", "opdrachtgever", maatwerk.dump());
  ASSERT_EQ(r.status, 201) << r.body;
  Id id = json::parse(r.body)["id"];
  for (auto [account, stap] :
       {std::pair{"opdrachtgever", "aanbieden"}, std::pair{"accountmanager", "aanvaarden"}}) {
    if (std::string(stap) == "aanvaarden") {
      ASSERT_EQ(server_->interne_afstemming(id).status, 201);
    }
    auto s = server_->api("POST", pad(id, "/overgangen"), account, json{{"stap", stap}}.dump(),
                          {{"If-Match", server_->api("GET", pad(id), account).header("ETag")}});
    ASSERT_EQ(s.status, 201) << s.body;
  }
  auto body = verzoek_body();
  body["extraUren"] = 0;
  body["extraFinanciering"] = 960000;
  auto api = indienen(id, "opdrachtgever", body);
  ASSERT_EQ(api.status, 400) << api.body;
  EXPECT_NE(api.body.find("extraUren: maatwerk vraagt extra capaciteit"), std::string::npos)
      << api.body;

  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  auto f = formulier("Toezicht op sloop en op asbestsanering.");
  f.emplace_back("extraUren", "0");
  f.emplace_back("extraFinanciering", "9.600");
  f.emplace_back("aspect-scope", "ja");
  f.emplace_back("omschrijving", "Ook de sanering.");
  auto html = og.post("/opdrachten/" + std::to_string(id) + "/wijzigingsverzoeken", f);
  ASSERT_EQ(html.status, 400) << html.body;
  auto fout = html.body.find("id=\"veld-extraUren-fout\"");
  ASSERT_NE(fout, std::string::npos) << html.body;
  EXPECT_NE(html.body.find("maatwerk vraagt extra capaciteit", fout), std::string::npos);
}

// OPD-5: accepting checks the voorstel again. A verzoek stored before this rule with an emptied
// part is shown as incomplete at that part, cannot be accepted (API and form), and can be
// rejected; the opdracht stays as it was.
TEST_F(WijzigingE2eTest, AanvaardenControleertHetVoorstelOpnieuw) {
  Id id = aanvaarde_opdracht();
  Id verzoek = 0;
  {
    auto uow = server_->store().begin(Toegang::kSchrijven);
    ASSERT_TRUE(uow.ok());
    auto o = (*uow)->opdrachten().get(id);
    ASSERT_TRUE(o.ok());
    opdrachten::Wijzigingsverzoek v;
    v.opdracht_id = id;
    v.aspecten = {opdrachten::Aspect::kScope};
    v.omschrijving = "Risico's vervallen.";
    v.basisversie = o->inhoudsversie;
    v.voorstel = *o;
    v.voorstel.risicos.clear();
    v.ingediend_door = "accountmanager";
    v.ingediend_op = "2026-12-01T09:00:00Z";
    v.afstemming = {"Beleid", Datum::from_ymd(2026, 12, 1), "Akkoord", "opdrachtgever"};
    auto nieuw = (*uow)->opdrachten().create_wijzigingsverzoek(v);
    ASSERT_TRUE(nieuw.ok());
    verzoek = *nieuw;
    ASSERT_TRUE((*uow)->commit().ok());
  }
  auto api =
      besluiten(id, verzoek, "opdrachtgever", "aanvaarden", "Akkoord", verzoek_etag(id, verzoek));
  ASSERT_EQ(api.status, 400) << api.body;
  EXPECT_NE(api.body.find("risicos: dit onderdeel is nog leeg"), std::string::npos) << api.body;
  EXPECT_EQ(json::parse(server_->api("GET", pad(id), "opdrachtgever").body)["inhoudsversie"], 1);

  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  std::string pagina =
      "/opdrachten/" + std::to_string(id) + "/wijzigingsverzoeken/" + std::to_string(verzoek);
  auto gezien = og.get(pagina);
  ASSERT_EQ(gezien.status, 200);
  EXPECT_NE(gezien.body.find("Dit voorstel is geen complete opdracht"), std::string::npos);
  auto bij_risicos = gezien.body.find("id=\"voorstel-risicos\"");
  ASSERT_NE(bij_risicos, std::string::npos) << gezien.body;
  EXPECT_NE(gezien.body.find("dit onderdeel is nog leeg", bij_risicos), std::string::npos);
  auto versie = std::to_string(
      json::parse(
          server_
              ->api("GET", pad(id, "/wijzigingsverzoeken/" + std::to_string(verzoek)), "beheerder")
              .body)["versie"]
          .get<std::int64_t>());
  auto geweigerd =
      og.post(pagina + "/besluit",
              {{"versie", versie}, {"besluit", "aanvaarden"}, {"beoordeling", "Akkoord"}});
  ASSERT_EQ(geweigerd.status, 400) << geweigerd.body;
  EXPECT_NE(geweigerd.body.find("aanvaarden kan niet: het voorstel is niet compleet"),
            std::string::npos);
  EXPECT_EQ(json::parse(server_->api("GET", pad(id), "opdrachtgever").body)["inhoudsversie"], 1);
  auto afgewezen = og.post(pagina + "/besluit", {{"versie", versie},
                                                 {"besluit", "afwijzen"},
                                                 {"beoordeling", "Het voorstel is onvolledig."}});
  EXPECT_EQ(afgewezen.status, 303) << afgewezen.body;
}

// OPD-5 in the HTML pages: the accountmanager proposes a change with the opdracht form, the
// opdrachtgever records the alignment and accepts it, and everyone can read and compare the
// versions. Works without JavaScript: plain forms and links.
TEST_F(WijzigingE2eTest, WijzigingsverzoekInDeWebinterface) {
  Id id = aanvaarde_opdracht();
  std::string opdracht = "/opdrachten/" + std::to_string(id);
  Browser od(server_->port());
  ASSERT_TRUE(od.login_demo("accountmanager"));
  auto pagina = od.get(opdracht);
  ASSERT_EQ(pagina.status, 200);
  EXPECT_NE(pagina.body.find("Versies en wijzigingsverzoeken"), std::string::npos);
  EXPECT_NE(pagina.body.find(opdracht + "/wijzigingsverzoeken/nieuw"), std::string::npos);
  auto leeg_form = od.get(opdracht + "/wijzigingsverzoeken/nieuw");
  ASSERT_EQ(leeg_form.status, 200);
  EXPECT_NE(leeg_form.body.find("Waar gaat de wijziging over?"), std::string::npos);
  EXPECT_NE(leeg_form.body.find("Toezicht op sloopmeldingen met asbest"), std::string::npos);

  auto onveranderd =
      od.post(opdracht + "/wijzigingsverzoeken", formulier(volledige_opdracht()["scope"]));
  EXPECT_EQ(onveranderd.status, 400);
  EXPECT_NE(onveranderd.body.find("kies waar de wijziging over gaat"), std::string::npos);
  EXPECT_NE(onveranderd.body.find("het voorstel wijzigt niets"), std::string::npos);
  EXPECT_NE(onveranderd.body.find("href=\"#veld-omschrijving\""), std::string::npos);

  auto f = formulier("Toezicht op sloop en op asbestsanering.");
  f.emplace_back("aspect-scope", "ja");
  f.emplace_back("omschrijving", "Ook de sanering; de meldingen laten dat zien.");
  auto ingediend = od.post(opdracht + "/wijzigingsverzoeken", f);
  ASSERT_EQ(ingediend.status, 303) << ingediend.body;
  std::string verzoek = ingediend.header("Location");
  verzoek = verzoek.substr(0, verzoek.find('?'));
  auto als_od = od.get(verzoek);
  ASSERT_EQ(als_od.status, 200);
  EXPECT_NE(als_od.body.find("1 onderdeel gewijzigd: Afbakening van de scope."), std::string::npos)
      << als_od.body;
  EXPECT_NE(als_od.body.find("Nieuw: </span>Toezicht op sloop en op asbestsanering."),
            std::string::npos);
  EXPECT_NE(als_od.body.find("Verzoek intrekken"), std::string::npos);
  EXPECT_EQ(als_od.body.find("Afstemming vastleggen"), std::string::npos);  // not the OD's

  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  // The opdrachtgever's start page shows the verzoek at once, as waiting for its decision.
  auto start = og.get("/");
  auto regel = start.body.find("href=\"" + verzoek + "\"");
  ASSERT_NE(regel, std::string::npos) << start.body;
  EXPECT_NE(start.body.find("wacht op uw besluit", regel), std::string::npos);
  auto zonder = og.post(verzoek + "/besluit",
                        {{"versie", "1"}, {"besluit", "aanvaarden"}, {"beoordeling", "Akkoord"}});
  EXPECT_EQ(zonder.status, 400);
  EXPECT_NE(zonder.body.find("leg eerst de afstemming met de beleidsafdeling vast"),
            std::string::npos);
  auto fout = og.post(verzoek + "/afstemming", {{"versie", "1"}, {"met", "Beleid milieu"}});
  EXPECT_EQ(fout.status, 400);
  EXPECT_NE(fout.body.find("id=\"veld-uitkomst-fout\""), std::string::npos);
  EXPECT_NE(fout.body.find("value=\"Beleid milieu\""), std::string::npos);  // input kept
  auto afgestemd = og.post(verzoek + "/afstemming", {{"versie", "1"},
                                                     {"met", "Beleid milieu"},
                                                     {"datum", "2027-03-02"},
                                                     {"uitkomst", "Akkoord met de sanering"}});
  ASSERT_EQ(afgestemd.status, 303) << afgestemd.body;
  auto verouderd =
      og.post(verzoek + "/besluit",
              {{"versie", "1"}, {"besluit", "aanvaarden"}, {"beoordeling", "Akkoord"}});
  EXPECT_EQ(verouderd.status, 303);
  EXPECT_NE(verouderd.header("Location").find("melding=verouderd"), std::string::npos);
  auto aanvaard =
      og.post(verzoek + "/besluit",
              {{"versie", "2"}, {"besluit", "aanvaarden"}, {"beoordeling", "Nodig en afgestemd."}});
  ASSERT_EQ(aanvaard.status, 303) << aanvaard.body;
  EXPECT_EQ(og.get("/").body.find("href=\"" + verzoek + "\""), std::string::npos);
  auto besloten = og.get(verzoek);
  EXPECT_NE(besloten.body.find("02-03-2027"), std::string::npos);
  EXPECT_NE(besloten.body.find("Nodig en afgestemd."), std::string::npos);
  EXPECT_EQ(besloten.body.find("name=\"besluit\""), std::string::npos);  // no more forms

  Browser bestuurder(server_->port());
  ASSERT_TRUE(bestuurder.login_demo("bestuurder"));
  auto na = bestuurder.get(opdracht);
  EXPECT_NE(na.body.find("Versie 2"), std::string::npos);
  EXPECT_NE(na.body.find("Twee versies vergelijken"), std::string::npos);
  EXPECT_EQ(na.body.find("/wijzigingsverzoeken/nieuw"), std::string::npos);  // not a side
  auto v1 = bestuurder.get(opdracht + "/versies/1");
  ASSERT_EQ(v1.status, 200);
  EXPECT_NE(v1.body.find("Toezicht op sloopmeldingen met asbest"), std::string::npos);
  auto vergelijking = bestuurder.get(opdracht + "/vergelijking?van=1&naar=2");
  ASSERT_EQ(vergelijking.status, 200);
  EXPECT_NE(vergelijking.body.find("Vervalt: </span>Toezicht op sloopmeldingen met asbest"),
            std::string::npos);
  EXPECT_EQ(bestuurder.get(opdracht + "/vergelijking?van=1&naar=7").status, 404);
  EXPECT_EQ(bestuurder
                .post(verzoek + "/besluit",
                      {{"versie", "3"}, {"besluit", "afwijzen"}, {"beoordeling", "x"}})
                .status,
            403);
}

}  // namespace
}  // namespace regie::e2e
