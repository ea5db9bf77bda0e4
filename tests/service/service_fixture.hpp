// What every service unit test shares: the demo regio loaded once into the in-memory store
// (tests/fake), a fresh copy of it per test, the test clock and actors of each role.
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "domain/audit/audit_repository.hpp"
#include "domain/auth/actor.hpp"
#include "domain/governance/register_repository.hpp"
#include "fake/memory_store.hpp"
#include "service/audit_service.hpp"
#include "service/auth_service.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"
#include "service/demo_service.hpp"
#include "service/interne_afstemming_service.hpp"

namespace regie::service {

inline constexpr const char* kOd = "Omgevingsdienst Regio Voorbeeld";
inline constexpr const char* kBeekdal = "Gemeente Beekdal";

// A clock that stands still until the test moves it on: a test reads the same moment however
// long it runs, and waits (the login throttle) are tested without sleeping.
class HandKlok final : public Clock {
 public:
  explicit HandKlok(std::chrono::system_clock::time_point start)
      : nu_(start.time_since_epoch().count()) {}
  std::chrono::system_clock::time_point now() const override {
    return std::chrono::system_clock::time_point(std::chrono::system_clock::duration(nu_.load()));
  }
  void verzet(std::chrono::seconds duur) {
    nu_ += std::chrono::duration_cast<std::chrono::system_clock::duration>(duur).count();
  }

 private:
  std::atomic<std::chrono::system_clock::rep> nu_;
};

inline std::shared_ptr<HandKlok> hand_klok(std::string_view moment) {
  return std::make_shared<HandKlok>(*parse_moment(moment));
}

// The test clock: 1 December 2026, 09:00 UTC, standing still.
inline std::shared_ptr<HandKlok> test_klok() { return hand_klok("2026-12-01T09:00:00Z"); }

class ServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = demo()->clone();
    audit_ = std::make_shared<AuditService>(store_, klok_);
  }

  // The demo, loaded once per test program (argon2id hashing is slow).
  static std::shared_ptr<fake::MemoryStore> demo() {
    static const std::shared_ptr<fake::MemoryStore> store = [] {
      auto s = std::make_shared<fake::MemoryStore>();
      auto audit = std::make_shared<AuditService>(s, test_klok());
      auto loaded = DemoService(s, audit).load();
      EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().detail);
      return s;
    }();
    return store;
  }

  std::unique_ptr<UnitOfWork> lezen() {
    auto uow = store_->begin(Toegang::kLezen);
    EXPECT_TRUE(uow.ok());
    return std::move(*uow);
  }

  Id regio_id() {
    auto regios = lezen()->registry().list_regios();
    return regios->at(0).id;
  }

  Id organisatie_id(const std::string& naam) {
    OrganisatieQuery q;
    q.regio_id = regio_id();
    q.zoek = naam;
    auto page = lezen()->registry().list_organisaties(q);
    for (const auto& o : page->items) {
      if (o.naam == naam) return o.id;
    }
    ADD_FAILURE() << "geen organisatie " << naam;
    return 0;
  }

  // The technical beheerder (GOV-10: the account without a persoon).
  Context als_beheerder(const std::string& naam = "tester") {
    Context ctx;
    ctx.actor.naam = naam;
    ctx.actor.beheerder = true;
    ctx.actor.organisatie_id = organisatie_id(kOd);
    ctx.actor.organisatie_naam = kOd;
    ctx.actor.regio_id = regio_id();
    ctx.herkomst = "test";
    return ctx;
  }

  // Someone wearing one hat (decision 24): a rol of `soort` for `organisatie`. The OD's hats are
  // worn by a persoon of the OD (an accountmanager's organisatie is the deelnemer served), the
  // others by a persoon of `organisatie`.
  Context als(governance::RolSoort soort, const std::string& organisatie,
              const std::string& naam = "tester") {
    const bool od = auth::is_regiobrede_hoed(soort);
    Context ctx;
    ctx.actor.naam = naam;
    ctx.actor.persoon_naam = naam;
    ctx.actor.organisatie_naam = od ? kOd : organisatie;
    ctx.actor.organisatie_id = organisatie_id(ctx.actor.organisatie_naam);
    ctx.actor.regio_id = regio_id();
    ctx.actor.hoedanigheden.push_back(
        auth::Hoedanigheid{soort, organisatie_id(organisatie), organisatie, 0});
    ctx.herkomst = "test";
    return ctx;
  }

  // The actor of a demo account as logging in makes it: its persoon with the hats of its rollen
  // on the test clock's day.
  // OPD-8: the omgevingsdienst records an interne afstemming (uitvoerbaar) as `ctx`, the step
  // before accepting an offered opdracht.
  void afgestemd(const Context& ctx, Id opdracht_id) {
    auto a = InterneAfstemmingService(store_, audit_)
                 .vastleggen(ctx, opdracht_id,
                             {{"teams", "Team toezicht"},
                              {"capaciteit", "Voldoende uren vrij"},
                              {"effecten", "Geen verschuiving van lopend werk"},
                              {"uitkomst", "uitvoerbaar"}});
    EXPECT_TRUE(a.ok()) << (a.ok() ? "" : a.error().key);
  }

  Context als_account(const std::string& naam) {
    auto uow = lezen();
    auto gebruiker = uow->accounts().find(naam);
    EXPECT_TRUE(gebruiker.ok() && gebruiker->has_value()) << naam;
    AuthService auth(store_, klok_, audit_);
    auto actor = auth.actor_for(*uow, **gebruiker);
    EXPECT_TRUE(actor.ok()) << naam;
    return Context{*actor, "test"};
  }

  std::vector<audit::Entry> audit_regels() {
    auto regels = lezen()->audit().list(0, 1'000'000);
    return regels.ok() ? *regels : std::vector<audit::Entry>{};
  }

  // The newest audit line, or an empty one.
  audit::Entry laatste_audit() {
    auto regels = audit_regels();
    return regels.empty() ? audit::Entry{} : regels.back();
  }

  std::shared_ptr<Clock> klok_ = test_klok();
  std::shared_ptr<fake::MemoryStore> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
