// The HTML form of an opdracht against a real server on loopback: amounts read by the one
// amount reader (a dot groups thousands, a comma starts the cents) and shown as understood, the
// list parts as rows of fields that are added and removed without JavaScript, and a save
// through the form that keeps every field the API set.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "http_test_support.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;

// The text parts of a complete opdracht, as form fields.
Form tekstdelen(const std::string& titel) {
  return {{"titel", titel},
          {"jaar", "2027"},
          {"aanleiding", "De regionale strategie noemt asbest als hoogste risico."},
          {"scope", "Alle meldingen van asbestsanering in de regio."},
          {"doel", "In 2027 is 90% van de saneringen gecontroleerd."},
          {"activiteiten", "Administratieve controle en toezicht ter plaatse."},
          {"resultaat", "Een rapportage per kwartaal met de controles."},
          {"sturingsvorm", "De coördinator toezicht stuurt."},
          {"monitoring", "Per kwartaal een voortgangsrapportage."},
          {"governance", "De opdrachtgevers sturen via het periodiek overleg."}};
}

Form plus(Form form, const Form& meer) {
  form.insert(form.end(), meer.begin(), meer.end());
  return form;
}

class OpdrachtFormulierTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
    og_ = Browser(server_->port());
    ASSERT_TRUE(og_.login_demo("opdrachtgever"));
  }

  json opdracht(Id id) {
    return json::parse(
        server_->api("GET", "/api/v1/opdrachten/" + std::to_string(id), "opdrachtgever").body);
  }

  std::string aantal_opdrachten() {
    return server_->api("GET", "/api/v1/opdrachten", "beheerder").header("X-Total-Count");
  }

  // The id in the Location of a 303 to "/opdrachten/{id}?…".
  static Id id_uit(const HttpResponse& r) {
    auto location = r.header("Location");
    return std::stoll(location.substr(std::string("/opdrachten/").size()));
  }

  std::unique_ptr<TestServer> server_;
  Browser og_{0};  // logged in as the opdrachtgever of Beekdal in SetUp
};

// OPD-2, OPD-4: "38.000" is € 38.000,00 and "12.500" is € 12.500,00, in Extra financiering and
// in the Financiën rows, on create and on edit; the page shows the amount it understood.
TEST_F(OpdrachtFormulierTest, BedragenZijnEurosEnDePaginaToontWatErIsBegrepen) {
  Id beekdal = server_->organisatie_id("Gemeente Beekdal");
  auto form = plus(tekstdelen("Asbest maatwerk Beekdal"),
                   {{"soort", "maatwerk"},
                    {"deelnemerId", std::to_string(beekdal)},
                    {"extraUren", "1.200"},
                    {"extraFinanciering", "38.000"},
                    {"financien[1].jaar", "2027"},
                    {"financien[1].bedrag", "12.500"},
                    {"financien[1].omschrijving", "Bijdrage Beekdal"},
                    {"financien[2].jaar", "2027"},
                    {"financien[2].bedrag", "38000"},
                    {"financien[3].jaar", "2028"},
                    {"financien[3].bedrag", "1.234,5"}});
  auto r = og_.post("/opdrachten", form);
  ASSERT_EQ(r.status, 303) << r.body;
  Id id = id_uit(r);
  auto o = opdracht(id);
  EXPECT_EQ(o["extraUren"], 1200);
  EXPECT_EQ(o["extraFinanciering"], 38'000'00);
  ASSERT_EQ(o["financien"].size(), 3u);
  EXPECT_EQ(o["financien"][0]["bedrag"], 12'500'00);
  EXPECT_EQ(o["financien"][1]["bedrag"], 38'000'00);
  EXPECT_EQ(o["financien"][2]["bedrag"], 1'234'50);

  auto pagina = og_.get("/opdrachten/" + std::to_string(id));
  EXPECT_NE(pagina.body.find("€ 38.000,00"), std::string::npos);
  EXPECT_NE(pagina.body.find("€ 12.500,00"), std::string::npos);
  EXPECT_NE(pagina.body.find("€ 1.234,50"), std::string::npos);
  EXPECT_NE(pagina.body.find("€ 51.734,50"), std::string::npos);  // Totaal begroot

  // The edit form shows the amounts as understood, and "9.600" saves as € 9.600,00.
  auto bewerken = og_.get("/opdrachten/" + std::to_string(id) + "/bewerken");
  auto velden = form_fields(bewerken.body, "/opdrachten/" + std::to_string(id));
  auto waarde = [&](const std::string& naam) {
    auto it =
        std::find_if(velden.begin(), velden.end(), [&](const auto& v) { return v.first == naam; });
    return it == velden.end() ? std::string("(ontbreekt)") : it->second;
  };
  EXPECT_EQ(waarde("extraFinanciering"), "38.000,00");
  EXPECT_EQ(waarde("financien[1].bedrag"), "12.500,00");
  EXPECT_EQ(waarde("financien[3].bedrag"), "1.234,50");
  for (auto& [naam, w] : velden) {
    if (naam == "extraFinanciering") w = "9.600";
  }
  auto opgeslagen = og_.post("/opdrachten/" + std::to_string(id), velden);
  ASSERT_EQ(opgeslagen.status, 303) << opgeslagen.body;
  EXPECT_EQ(opdracht(id)["extraFinanciering"], 9'600'00);
  EXPECT_NE(og_.get("/opdrachten/" + std::to_string(id)).body.find("€ 9.600,00"),
            std::string::npos);
}

// A third decimal or a misplaced dot is an error at the field that names it; nothing is saved
// and what was typed stays in the form.
TEST_F(OpdrachtFormulierTest, VerkeerdGeschrevenBedragIsEenFoutBijHetVeldEnBewaartNiets) {
  auto voor = aantal_opdrachten();
  auto form = plus(tekstdelen("Bedragen met fouten"),
                   {{"soort", "maatwerk"},
                    {"deelnemerId", std::to_string(server_->organisatie_id("Gemeente Beekdal"))},
                    {"extraFinanciering", "1.23.4"},
                    {"financien[1].jaar", "2027"},
                    {"financien[1].bedrag", "12,345"},
                    {"financien[2].jaar", "2027"},
                    {"financien[2].bedrag", "12.34"}});
  auto r = og_.post("/opdrachten", form);
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(aantal_opdrachten(), voor);
  auto fout = [&](const std::string& id) {
    auto begin = r.body.find("id=\"" + id + "\"");
    if (begin == std::string::npos) return std::string("(geen fout bij " + id + ")");
    return r.body.substr(begin, r.body.find("</div>", begin) - begin);
  };
  EXPECT_NE(fout("veld-financien-1-bedrag-fout").find("hoogstens twee cijfers na de komma"),
            std::string::npos);
  EXPECT_NE(fout("veld-financien-2-bedrag-fout").find("een punt staat alleen tussen groepen"),
            std::string::npos);
  EXPECT_NE(fout("veld-extraFinanciering-fout").find("een punt staat alleen tussen groepen"),
            std::string::npos);
  EXPECT_NE(r.body.find("href=\"#veld-financien-2-bedrag\""), std::string::npos);
  EXPECT_NE(r.body.find("Bedrag 2, bedrag in euro: een punt"), std::string::npos);
  EXPECT_EQ(field_value(r.body, "financien[1].bedrag"), "12,345");
  EXPECT_EQ(field_value(r.body, "extraFinanciering"), "1.23.4");
  EXPECT_EQ(field_value(r.body, "titel"), "Bedragen met fouten");
}

// The API's amounts are whole cents as a JSON number (its contract); a text or a fraction is an
// error naming the field, never read as some other amount.
TEST_F(OpdrachtFormulierTest, ApiBedragenZijnCentenEnAndersEenFoutBijHetVeld) {
  json body = {{"titel", "Centen"},
               {"jaar", 2027},
               {"extraFinanciering", 12.5},
               {"financien",
                {{{"jaar", 2027}, {"bedrag", 960000}},
                 {{"jaar", 2027}, {"bedrag", "38.000"}},
                 {{"jaar", 2027}, {"bedrag", 1250.5}}}}};
  auto fout = server_->api("POST", "/api/v1/opdrachten", "opdrachtgever", body.dump());
  ASSERT_EQ(fout.status, 400) << fout.body;
  EXPECT_NE(fout.body.find("financien[2].bedrag: verwacht een geheel getal"), std::string::npos)
      << fout.body;
  EXPECT_NE(fout.body.find("financien[3].bedrag: vul het bedrag in als een geheel aantal "
                           "eurocenten"),
            std::string::npos)
      << fout.body;
  EXPECT_NE(fout.body.find("extraFinanciering: vul het bedrag in als een geheel aantal"),
            std::string::npos)
      << fout.body;
  EXPECT_EQ(fout.body.find("financien[1].bedrag"), std::string::npos);
  body.erase("extraFinanciering");
  body["financien"].erase(1);
  body["financien"].erase(1);
  auto goed = server_->api("POST", "/api/v1/opdrachten", "opdrachtgever", body.dump());
  ASSERT_EQ(goed.status, 201) << goed.body;
  EXPECT_EQ(json::parse(goed.body)["financien"][0]["bedrag"], 960000);
}

// A risk text with a semicolon stays one text: the rows are fields, not "a; b" lines.
TEST_F(OpdrachtFormulierTest, PuntkommaInEenRisicoBlijftStaan) {
  auto form = plus(tekstdelen("Risico met puntkomma"),
                   {{"risicos[1].omschrijving", "Krapte; vooral bij asbest"},
                    {"risicos[1].kans", "hoog"},
                    {"risicos[1].impact", "laag"},
                    {"risicos[1].beheersmaatregel", "Inhuur; anders schuiven"},
                    {"risicos[1].eigenaar", "Directie; met de teamleider"}});
  auto r = og_.post("/opdrachten", form);
  ASSERT_EQ(r.status, 303) << r.body;
  auto o = opdracht(id_uit(r));
  ASSERT_EQ(o["risicos"].size(), 1u);
  EXPECT_EQ(o["risicos"][0]["omschrijving"], "Krapte; vooral bij asbest");
  EXPECT_EQ(o["risicos"][0]["kans"], "hoog");
  EXPECT_EQ(o["risicos"][0]["impact"], "laag");
  EXPECT_EQ(o["risicos"][0]["beheersmaatregel"], "Inhuur; anders schuiven");
  EXPECT_EQ(o["risicos"][0]["eigenaar"], "Directie; met de teamleider");
}

// Saving through the HTML form keeps every field the API set: the links to personen and
// organisaties (also one the user cannot see), a milestone without a date, every amount.
TEST_F(OpdrachtFormulierTest, OpslaanInHetFormulierBehoudtElkVeldDatDeApiZette) {
  Id beekdal = server_->organisatie_id("Gemeente Beekdal");
  json body = {{"titel", "Alles via de API"},
               {"jaar", 2027},
               {"soort", "maatwerk"},
               {"deelnemerId", beekdal},
               {"extraUren", 120},
               {"extraFinanciering", 960001},
               {"aanleiding", "Aanleiding; met puntkomma."},
               {"scope", "Scope"},
               {"doel", "Doel: 95% binnen de termijn."},
               {"activiteiten", "- Eén\n- Twee"},
               {"resultaat", "Resultaat"},
               {"sturingsvorm", "Sturing"},
               {"monitoring", "Per kwartaal"},
               {"governance", "Governance"},
               {"planning",
                {{{"omschrijving", "Start"}, {"datum", "2027-01-01"}},
                 {{"omschrijving", "Evaluatie; datum volgt"}}}},
               {"bemensing",
                {{{"rol", "Toezichthouder"},
                  {"uren", 3200},
                  {"persoonId", server_->persoon_id("Pieter de Boer")}},
                 {{"rol", "Jurist"}, {"uren", 80}}}},
               {"financien",
                {{{"jaar", 2027}, {"bedrag", 123456789}, {"omschrijving", "Bijdrage; regionaal"}},
                 {{"jaar", 2028}, {"bedrag", 5}}}},
               {"stakeholders",
                {{{"naam", "Omgevingsdienst"},
                  {"rol", "Uitvoering"},
                  {"organisatieId", server_->organisatie_id("Omgevingsdienst Regio Voorbeeld")},
                  {"persoonId", server_->persoon_id("Marieke Jansen")}},
                 // A persoon of another gemeente: the opdrachtgever of Beekdal cannot see her.
                 {{"naam", "Dijkstede"},
                  {"rol", "Buurgemeente"},
                  {"organisatieId", server_->organisatie_id("Gemeente Dijkstede")},
                  {"persoonId", server_->persoon_id("Anouk Meijer")}}}},
               {"risicos",
                {{{"omschrijving", "Krapte; asbest"},
                  {"kans", "hoog"},
                  {"impact", "laag"},
                  {"beheersmaatregel", "Inhuur"},
                  {"eigenaar", "Directie"}}}}};
  auto aangemaakt = server_->api("POST", "/api/v1/opdrachten", "opdrachtgever", body.dump());
  ASSERT_EQ(aangemaakt.status, 201) << aangemaakt.body;
  Id id = json::parse(aangemaakt.body)["id"];
  auto voor = opdracht(id);
  ASSERT_EQ(voor["stakeholders"][1]["persoonId"], server_->persoon_id("Anouk Meijer"));

  auto formulier = og_.get("/opdrachten/" + std::to_string(id) + "/bewerken");
  ASSERT_EQ(formulier.status, 200);
  auto velden = form_fields(formulier.body, "/opdrachten/" + std::to_string(id));
  ASSERT_FALSE(velden.empty());
  auto opgeslagen = og_.post("/opdrachten/" + std::to_string(id), velden);
  ASSERT_EQ(opgeslagen.status, 303) << opgeslagen.body;

  auto na = opdracht(id);
  EXPECT_GT(na["versie"].get<std::int64_t>(), voor["versie"].get<std::int64_t>());  // it saved
  for (const char* veld :
       {"titel", "jaar", "soort", "deelnemerId", "extraUren", "extraFinanciering", "aanleiding",
        "scope", "doel", "activiteiten", "resultaat", "sturingsvorm", "monitoring", "governance",
        "planning", "bemensing", "financien", "stakeholders", "risicos"}) {
    EXPECT_EQ(na[veld], voor[veld]) << veld;
  }
}

// "Rij toevoegen" and "Rij verwijderen" submit the whole form: the page comes back with the row
// added or removed and everything typed still there; nothing is saved.
TEST_F(OpdrachtFormulierTest, RijToevoegenEnVerwijderenZonderJavascriptHoudtAllesVast) {
  auto voor = aantal_opdrachten();
  auto leeg = og_.get("/opdrachten/nieuw");
  ASSERT_EQ(leeg.status, 200);
  // An empty list shows one empty row, with its buttons.
  EXPECT_NE(leeg.body.find("name=\"risicos[1].omschrijving\""), std::string::npos);
  EXPECT_NE(leeg.body.find("name=\"rij_toevoegen\" value=\"risicos\""), std::string::npos);
  EXPECT_NE(leeg.body.find("formaction=\"/opdrachten#rij-risicos-2\""), std::string::npos);

  auto form = plus(tekstdelen("Rijen bewerken"), {{"bemensing[1].rol", "Toezichthouder"},
                                                  {"bemensing[1].uren", "1.600"},
                                                  {"bemensing[2].rol", "Jurist"},
                                                  {"bemensing[2].uren", "200"},
                                                  {"risicos[1].omschrijving", "Krapte; asbest"},
                                                  {"risicos[1].kans", "hoog"},
                                                  {"risicos[1].impact", "middel"},
                                                  {"rij_toevoegen", "risicos"}});
  auto toegevoegd = og_.post("/opdrachten", form);
  ASSERT_EQ(toegevoegd.status, 200) << toegevoegd.body;
  EXPECT_EQ(aantal_opdrachten(), voor);
  EXPECT_EQ(field_value(toegevoegd.body, "titel"), "Rijen bewerken");
  EXPECT_EQ(field_value(toegevoegd.body, "risicos[1].omschrijving"), "Krapte; asbest");
  EXPECT_NE(toegevoegd.body.find("id=\"rij-risicos-2\""), std::string::npos);
  EXPECT_NE(toegevoegd.body.find("name=\"risicos[2].omschrijving\""), std::string::npos);
  EXPECT_EQ(field_value(toegevoegd.body, "bemensing[2].rol"), "Jurist");

  auto velden = form_fields(toegevoegd.body, "/opdrachten");
  velden.emplace_back("rij_verwijderen", "bemensing[1]");
  auto verwijderd = og_.post("/opdrachten", velden);
  ASSERT_EQ(verwijderd.status, 200);
  EXPECT_EQ(aantal_opdrachten(), voor);
  EXPECT_EQ(field_value(verwijderd.body, "bemensing[1].rol"), "Jurist");  // renumbered
  EXPECT_EQ(field_value(verwijderd.body, "bemensing[1].uren"), "200");
  EXPECT_EQ(verwijderd.body.find("name=\"bemensing[2].rol\""), std::string::npos);
  EXPECT_EQ(field_value(verwijderd.body, "risicos[1].omschrijving"), "Krapte; asbest");

  // Saving then leaves out the row that stayed empty.
  auto opslaan = form_fields(verwijderd.body, "/opdrachten");
  auto r = og_.post("/opdrachten", opslaan);
  ASSERT_EQ(r.status, 303) << r.body;
  auto o = opdracht(id_uit(r));
  ASSERT_EQ(o["bemensing"].size(), 1u);
  EXPECT_EQ(o["bemensing"][0]["rol"], "Jurist");
  ASSERT_EQ(o["risicos"].size(), 1u);
  EXPECT_EQ(o["risicos"][0]["omschrijving"], "Krapte; asbest");
}

}  // namespace
}  // namespace regie::e2e
