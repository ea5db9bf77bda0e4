// Every delete in the HTML pages asks first, against a real server on loopback: the page of the
// record links to a confirmation page (no one-click delete form); that page says what will be
// deleted, posts Verwijderen with the CSRF token and the version read, and Annuleren goes back.
// Opening the confirmation page deletes nothing. Works without JavaScript: links and one form.
#include <gtest/gtest.h>

#include <string>

#include "http_test_support.hpp"

namespace regie::e2e {
namespace {

class VerwijderenE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().detail;
    server_ = std::move(started).value();
    auto ctx = server_->context("beheerder");
    ASSERT_TRUE(ctx.ok());
    beheerder_ = *ctx;
    browser_ = Browser(server_->port());
    ASSERT_TRUE(browser_.login_demo("beheerder"));
  }

  // The page at `pagina` offers the delete only as a link to `bevestigen`; that page asks
  // "Weet u zeker dat u `wat` verwijdert?", shows `gegeven`, and has one form that posts to
  // `bevestigen` with the CSRF token (and the version, when `met_versie`) and Annuleren back
  // to `terug`. Returns that form's fields; nothing is deleted yet.
  Form bevestigingsformulier(const std::string& pagina, const std::string& bevestigen,
                             const std::string& wat, const std::string& gegeven,
                             const std::string& terug, bool met_versie) {
    auto detail = browser_.get(pagina);
    EXPECT_EQ(detail.status, 200) << pagina;
    EXPECT_NE(detail.body.find("href=\"" + bevestigen + "\""), std::string::npos)
        << pagina << " linkt niet naar " << bevestigen;
    EXPECT_EQ(detail.body.find("action=\"" + bevestigen + "\""), std::string::npos)
        << pagina << " verwijdert nog met één klik";

    auto vraag = browser_.get(bevestigen);
    EXPECT_EQ(vraag.status, 200) << bevestigen;
    EXPECT_NE(vraag.body.find("Weet u zeker dat u " + wat + " verwijdert?"), std::string::npos)
        << vraag.body;
    EXPECT_NE(vraag.body.find(gegeven), std::string::npos) << gegeven;
    EXPECT_NE(vraag.body.find(">Verwijderen</button>"), std::string::npos);
    auto annuleren = vraag.body.find(">Annuleren</a>");
    EXPECT_NE(annuleren, std::string::npos);
    EXPECT_NE(vraag.body.rfind("href=\"" + terug + "\"", annuleren), std::string::npos);
    auto form = form_fields(vraag.body, bevestigen);
    bool csrf = false;
    bool versie = false;
    for (const auto& [naam, waarde] : form) {
      csrf |= naam == "csrf" && waarde == browser_.csrf();
      versie |= naam == "versie" && !waarde.empty();
    }
    EXPECT_TRUE(csrf) << bevestigen;
    EXPECT_EQ(versie, met_versie) << bevestigen;
    return form;
  }

  // Posts the confirmation: 303 to `naar` with "Het is verwijderd.".
  void bevestig(const std::string& bevestigen, const Form& form, const std::string& naar) {
    auto r = browser_.post(bevestigen, form);
    ASSERT_EQ(r.status, 303) << r.body;
    EXPECT_EQ(r.header("Location"), naar + "?melding=verwijderd");
  }

  int status(const std::string& api_pad) {
    return server_->api("GET", api_pad, "beheerder").status;
  }

  std::unique_ptr<TestServer> server_;
  service::Context beheerder_;
  Browser browser_{0};
};

TEST_F(VerwijderenE2eTest, OrganisatieVerwijderenVraagtEerstEnVerwijdertPasNaBevestigen) {
  auto org = server_->register_service().create_organisatie(
      beheerder_, {{"naam", "Gemeente Wisdorp"}, {"soort", "gemeente"}});
  ASSERT_TRUE(org.ok());
  std::string pagina = "/organisaties/" + std::to_string(org->id);
  auto form =
      bevestigingsformulier(pagina, pagina + "/verwijderen", "de organisatie Gemeente Wisdorp",
                            "perioden van deelnemerschap", pagina, true);
  EXPECT_EQ(status("/api/v1/organisaties/" + std::to_string(org->id)), 200);  // not yet
  bevestig(pagina + "/verwijderen", form, "/organisaties");
  EXPECT_EQ(status("/api/v1/organisaties/" + std::to_string(org->id)), 404);
}

// Decision 6: the confirmation carries the version read; a change in between deletes nothing.
TEST_F(VerwijderenE2eTest, BevestigenNaEenWijzigingDoorEenAnderVerwijdertNiets) {
  auto org = server_->register_service().create_organisatie(
      beheerder_, {{"naam", "Gemeente Tussendorp"}, {"soort", "gemeente"}});
  ASSERT_TRUE(org.ok());
  std::string pagina = "/organisaties/" + std::to_string(org->id);
  auto form = bevestigingsformulier(pagina, pagina + "/verwijderen",
                                    "de organisatie Gemeente Tussendorp", "Gemeente", pagina, true);
  ASSERT_TRUE(server_->register_service()
                  .update_organisatie(beheerder_, org->id, org->versie,
                                      {{"naam", "Gemeente Tussendorp-Oost"}, {"soort", "gemeente"}})
                  .ok());
  auto r = browser_.post(pagina + "/verwijderen", form);
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.header("Location"), pagina + "?melding=verouderd");
  EXPECT_EQ(status("/api/v1/organisaties/" + std::to_string(org->id)), 200);
}

TEST_F(VerwijderenE2eTest, DeelnemerschapVerwijderenVraagtEerst) {
  auto& reg = server_->register_service();
  auto org =
      reg.create_organisatie(beheerder_, {{"naam", "Gemeente Perioden"}, {"soort", "gemeente"}});
  ASSERT_TRUE(org.ok());
  auto dn = reg.create_deelnemerschap(
      beheerder_, org->id,
      {{"relatie", "deelnemer"}, {"van", "2020-01-01"}, {"tot", "2020-12-31"}});
  ASSERT_TRUE(dn.ok());
  std::string pagina = "/organisaties/" + std::to_string(org->id);
  std::string bevestigen = pagina + "/deelnemerschappen/" + std::to_string(dn->id) + "/verwijderen";
  auto form = bevestigingsformulier(pagina, bevestigen, "deze periode van Gemeente Perioden",
                                    "31-12-2020", pagina, false);
  EXPECT_EQ(reg.deelnemerschappen(beheerder_, org->id)->size(), 1u);
  bevestig(bevestigen, form, pagina);
  EXPECT_TRUE(reg.deelnemerschappen(beheerder_, org->id)->empty());
}

TEST_F(VerwijderenE2eTest, PersoonEnRolVerwijderenVragenEerst) {
  auto& reg = server_->register_service();
  Id beekdal = server_->organisatie_id("Gemeente Beekdal");
  auto p = reg.create_persoon(beheerder_, {{"naam", "Sanne Wisman"},
                                           {"functie", "Beleidsadviseur"},
                                           {"organisatieId", std::to_string(beekdal)}});
  ASSERT_TRUE(p.ok());
  auto rol = reg.create_rol(beheerder_, {{"persoonId", std::to_string(p->id)},
                                         {"organisatieId", std::to_string(beekdal)},
                                         {"soort", "beleidsadviseur"},
                                         {"van", "2024-01-01"},
                                         {"urenPerJaar", "100"}});
  ASSERT_TRUE(rol.ok());

  std::string rol_pagina = "/rollen/" + std::to_string(rol->id);
  auto rol_form = bevestigingsformulier(rol_pagina, rol_pagina + "/verwijderen",
                                        "de rol Beleidsmedewerker/-adviseur van Sanne Wisman",
                                        "01-01-2024", rol_pagina, true);
  EXPECT_EQ(status("/api/v1/rollen/" + std::to_string(rol->id)), 200);
  bevestig(rol_pagina + "/verwijderen", rol_form, "/rollen");
  EXPECT_EQ(status("/api/v1/rollen/" + std::to_string(rol->id)), 404);

  std::string pagina = "/personen/" + std::to_string(p->id);
  auto form = bevestigingsformulier(pagina, pagina + "/verwijderen", "Sanne Wisman",
                                    "Beleidsadviseur", pagina, true);
  EXPECT_EQ(status("/api/v1/personen/" + std::to_string(p->id)), 200);
  bevestig(pagina + "/verwijderen", form, "/personen");
  EXPECT_EQ(status("/api/v1/personen/" + std::to_string(p->id)), 404);
}

TEST_F(VerwijderenE2eTest, VertegenwoordigingEnProjectgroeplidVerwijderenVragenEerst) {
  auto& gov = server_->governance();
  auto v = gov.create_vertegenwoordiging(
      beheerder_,
      {{"opdrachtgeverId", std::to_string(server_->organisatie_id("Gemeente Beekdal"))},
       {"vertegenwoordigdeId", std::to_string(server_->organisatie_id("Gemeente Hoeveland"))},
       {"mandaatScope", "Periodiek overleg"}});
  ASSERT_TRUE(v.ok()) << v.error().detail;
  std::string pagina = "/vertegenwoordigingen/" + std::to_string(v->id);
  auto form =
      bevestigingsformulier(pagina, pagina + "/verwijderen",
                            "de vertegenwoordiging van Gemeente Hoeveland door Gemeente Beekdal",
                            "Mandaat geldig", pagina, true);
  EXPECT_EQ(status("/api/v1/vertegenwoordigingen/" + std::to_string(v->id)), 200);
  bevestig(pagina + "/verwijderen", form, "/vertegenwoordigingen");
  EXPECT_EQ(status("/api/v1/vertegenwoordigingen/" + std::to_string(v->id)), 404);

  auto p = server_->register_service().create_persoon(
      beheerder_, {{"naam", "Lotte Lidmaat"},
                   {"organisatieId", std::to_string(server_->organisatie_id("Gemeente Beekdal"))}});
  ASSERT_TRUE(p.ok());
  Id persoon = p->id;
  auto lid = gov.create_projectgroeplid(
      beheerder_, {{"persoonId", std::to_string(persoon)},
                   {"organisatieId", std::to_string(server_->organisatie_id("Gemeente Beekdal"))}});
  ASSERT_TRUE(lid.ok()) << lid.error().detail;
  std::string bevestigen = "/regio/projectgroep/leden/" + std::to_string(lid->id) + "/verwijderen";
  auto lid_form = bevestigingsformulier("/regio/projectgroep", bevestigen,
                                        "Lotte Lidmaat als lid van de projectgroep",
                                        "Gemeente Beekdal", "/regio/projectgroep", false);
  auto leden = [&] {
    auto w = gov.projectgroep(beheerder_, server_->clock().vandaag());
    std::size_t n = 0;
    if (w.ok() && w->groep) {
      for (const auto& l : w->groep->leden) n += l.id == lid->id ? 1 : 0;
    }
    return n;
  };
  EXPECT_EQ(leden(), 1u);
  bevestig(bevestigen, lid_form, "/regio/projectgroep");
  EXPECT_EQ(leden(), 0u);
}

// A confirmation page is guarded like the delete: who may not delete gets 403, not a page.
TEST_F(VerwijderenE2eTest, BevestigingspaginaAlleenVoorWieMagVerwijderen) {
  Browser og(server_->port());
  ASSERT_TRUE(og.login_demo("opdrachtgever"));
  Id beekdal = server_->organisatie_id("Gemeente Beekdal");
  EXPECT_EQ(og.get("/organisaties/" + std::to_string(beekdal) + "/verwijderen").status, 403);
  auto detail = og.get("/organisaties/" + std::to_string(beekdal));
  EXPECT_EQ(detail.body.find("/verwijderen\""), std::string::npos);
  EXPECT_EQ(browser_.get("/organisaties/999999/verwijderen").status, 404);
}

}  // namespace
}  // namespace regie::e2e
