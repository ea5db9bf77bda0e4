#include "fake/memory_store.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

class MemoryCollectief final : public CollectiefRepository {
 public:
  explicit MemoryCollectief(MemoryData& d) : d_(d) {}

  Result<std::vector<governance::Vertegenwoordiging>> list_vertegenwoordigingen(
      Id regio_id) override {
    return rows_where(d_.vertegenwoordigingen,
                      [&](const auto& v) { return v.regio_id == regio_id; });
  }
  Result<governance::Vertegenwoordiging> get_vertegenwoordiging(Id id) override {
    return get_row(d_.vertegenwoordigingen, id, "vertegenwoordigingen");
  }
  Result<Id> create_vertegenwoordiging(const governance::Vertegenwoordiging& v) override {
    auto nieuw = v;
    nieuw.versie = 1;
    return insert_row(d_, d_.vertegenwoordigingen, nieuw);
  }
  Result<void> update_vertegenwoordiging(const governance::Vertegenwoordiging& v) override {
    return update_row(d_.vertegenwoordigingen, v.id, v.versie, "vertegenwoordigingen",
                      [&](governance::Vertegenwoordiging& w) {
                        w.opdrachtgever_id = v.opdrachtgever_id;
                        w.vertegenwoordigde_id = v.vertegenwoordigde_id;
                        w.mandaat = v.mandaat;
                      });
  }
  Result<void> delete_vertegenwoordiging(Id id, std::int64_t versie) override {
    REGIE_TRY(guarded(d_.vertegenwoordigingen, id, versie, "vertegenwoordigingen"));
    d_.vertegenwoordigingen.erase(id);
    return Ok();
  }

  Result<std::optional<governance::Projectgroep>> get_projectgroep(Id regio_id) override {
    auto it = d_.projectgroepen.find(regio_id);
    if (it == d_.projectgroepen.end()) return std::optional<governance::Projectgroep>{};
    return std::optional<governance::Projectgroep>{it->second};
  }
  Result<void> save_projectgroep(Id regio_id, std::optional<Id> regisseur_persoon_id,
                                 std::int64_t versie) override {
    auto it = d_.projectgroepen.find(regio_id);
    if (versie == 0) {
      if (it != d_.projectgroepen.end()) return Error::stale("projectgroep bestaat al");
      governance::Projectgroep groep;
      groep.regio_id = regio_id;
      groep.regisseur_persoon_id = regisseur_persoon_id;
      groep.versie = 1;
      d_.projectgroepen[regio_id] = groep;
      return Ok();
    }
    if (it == d_.projectgroepen.end()) return Error::not_found("projectgroep");
    if (it->second.versie != versie) {
      return Error::stale("projectgroep versie " + std::to_string(versie) + " is verouderd");
    }
    it->second.regisseur_persoon_id = regisseur_persoon_id;
    ++it->second.versie;
    return Ok();
  }
  Result<Id> create_projectgroep_lid(Id regio_id,
                                     const governance::Projectgroep::Lid& lid) override {
    auto it = d_.projectgroepen.find(regio_id);
    if (it == d_.projectgroepen.end()) return in_gebruik("geen projectgroep");
    for (const auto& l : it->second.leden) {
      if (l.persoon_id == lid.persoon_id && l.organisatie_id == lid.organisatie_id) {
        return bestaat_al("projectgroeplid");
      }
    }
    auto nieuw = lid;
    nieuw.id = d_.nieuw_id();
    it->second.leden.push_back(nieuw);
    return nieuw.id;
  }
  Result<void> delete_projectgroep_lid(Id regio_id, Id lid_id) override {
    auto it = d_.projectgroepen.find(regio_id);
    if (it != d_.projectgroepen.end()) {
      auto& leden = it->second.leden;
      auto lid =
          std::find_if(leden.begin(), leden.end(), [&](const auto& l) { return l.id == lid_id; });
      if (lid != leden.end()) {
        leden.erase(lid);
        return Ok();
      }
    }
    return niet_gevonden("projectgroeplid", lid_id);
  }

 private:
  MemoryData& d_;
};

class MemoryAccounts final : public AccountRepository {
 public:
  explicit MemoryAccounts(MemoryData& d) : d_(d) {}

  Result<std::optional<Gebruiker>> find(const std::string& naam) override {
    for (const auto& [id, g] : d_.gebruikers) {
      if (g.naam == naam) return std::optional<Gebruiker>{g};
    }
    return std::optional<Gebruiker>{};
  }
  Result<Gebruiker> get(Id id) override { return get_row(d_.gebruikers, id, "gebruiker"); }
  Result<Id> create(const Gebruiker& gebruiker) override {
    REGIE_ASSIGN_OR_RETURN(auto bestaand, find(gebruiker.naam));
    if (bestaand) return bestaat_al("gebruiker " + gebruiker.naam);
    return insert_row(d_, d_.gebruikers, gebruiker);
  }
  Result<std::vector<Gebruiker>> list() override {
    auto out = rows_where(d_.gebruikers, [](const Gebruiker&) { return true; });
    std::stable_sort(out.begin(), out.end(),
                     [](const Gebruiker& a, const Gebruiker& b) { return a.naam < b.naam; });
    return out;
  }
  Result<std::optional<Id>> persoon_of(Id gebruiker_id) override {
    if (!d_.gebruikers.contains(gebruiker_id)) return niet_gevonden("gebruiker", gebruiker_id);
    auto it = d_.gebruiker_persoon.find(gebruiker_id);
    if (it == d_.gebruiker_persoon.end()) return std::optional<Id>{};
    return std::optional<Id>{it->second};
  }
  Result<void> link_persoon(Id gebruiker_id, std::optional<Id> persoon_id) override {
    if (!d_.gebruikers.contains(gebruiker_id)) return niet_gevonden("gebruiker", gebruiker_id);
    if (persoon_id && !d_.personen.contains(*persoon_id)) return in_gebruik("persoon");
    if (persoon_id) {
      d_.gebruiker_persoon[gebruiker_id] = *persoon_id;
    } else {
      d_.gebruiker_persoon.erase(gebruiker_id);
    }
    return Ok();
  }
  Result<void> create_sessie(const Sessie& sessie) override {
    if (d_.sessies.contains(sessie.token_hash)) return bestaat_al("sessie");
    d_.sessies[sessie.token_hash] = sessie;
    return Ok();
  }
  Result<std::optional<Sessie>> find_sessie(const std::string& token_hash) override {
    auto it = d_.sessies.find(token_hash);
    if (it == d_.sessies.end()) return std::optional<Sessie>{};
    return std::optional<Sessie>{it->second};
  }
  Result<void> delete_sessie(const std::string& token_hash) override {
    d_.sessies.erase(token_hash);
    return Ok();
  }
  Result<void> delete_verlopen_sessies(const std::string& nu) override {
    std::erase_if(d_.sessies, [&](const auto& s) { return s.second.verloopt < nu; });
    return Ok();
  }
  Result<void> create_token(const std::string& token_hash, Id gebruiker_id,
                            const std::string& /*aangemaakt*/) override {
    if (d_.tokens.contains(token_hash)) return bestaat_al("token");
    d_.tokens[token_hash] = gebruiker_id;
    return Ok();
  }
  Result<std::optional<Id>> find_token(const std::string& token_hash) override {
    auto it = d_.tokens.find(token_hash);
    if (it == d_.tokens.end()) return std::optional<Id>{};
    return std::optional<Id>{it->second};
  }
  Result<void> record_login_poging(const std::string& naam, const std::string& adres, bool gelukt,
                                   const std::string& tijdstip) override {
    d_.login_pogingen.push_back(LoginPoging{naam, adres, gelukt, tijdstip});
    return Ok();
  }
  Result<MislukteLogins> count_mislukte_logins(const std::string& naam, const std::string& adres,
                                               const std::string& sinds) override {
    std::string laatste_gelukt;
    for (const auto& p : d_.login_pogingen) {
      if (p.naam == naam && p.adres == adres && p.gelukt) {
        laatste_gelukt = std::max(laatste_gelukt, p.tijdstip);
      }
    }
    MislukteLogins out;
    for (const auto& p : d_.login_pogingen) {
      if (p.naam == naam && p.adres == adres && !p.gelukt && p.tijdstip >= sinds &&
          p.tijdstip > laatste_gelukt) {
        ++out.aantal;
        out.laatste = std::max(out.laatste, p.tijdstip);
      }
    }
    return out;
  }

 private:
  MemoryData& d_;
};

class MemoryAudit final : public AuditRepository {
 public:
  MemoryAudit(MemoryData& d, bool fails) : d_(d), fails_(fails) {}

  Result<void> lock() override { return Ok(); }
  Result<std::optional<audit::Entry>> last() override {
    if (d_.audit.empty()) return std::optional<audit::Entry>{};
    return std::optional<audit::Entry>{d_.audit.rbegin()->second};
  }
  Result<void> append(const audit::Entry& entry) override {
    if (fails_) return Error::storage("audit_log: schijf vol (nagebootst)");
    REGIE_TRY(insert_row(d_, d_.audit, entry));
    return Ok();
  }
  Result<std::vector<audit::Entry>> list(std::int64_t after_id, std::int64_t limit) override {
    std::vector<audit::Entry> out;
    for (auto it = d_.audit.upper_bound(after_id);
         it != d_.audit.end() && static_cast<std::int64_t>(out.size()) < limit; ++it) {
      out.push_back(it->second);
    }
    return out;
  }

 private:
  MemoryData& d_;
  bool fails_;
};

class MemorySignalen final : public SignaalRepository {
 public:
  explicit MemorySignalen(MemoryData& d) : d_(d) {}

  Result<Id> create(const opdrachten::Signaal& s) override {
    if (!d_.opdrachten.contains(s.opdracht_id)) return in_gebruik("opdracht");
    auto nieuw = s;
    nieuw.versie = 1;
    return insert_row(d_, d_.signalen, nieuw);
  }
  Result<void> update(const opdrachten::Signaal& s) override {
    return update_row(d_.signalen, s.id, s.versie, "opdracht_signalen",
                      [&](opdrachten::Signaal& t) {
                        t.status = s.status;
                        t.afhandeling = s.afhandeling;
                        t.afgehandeld_door = s.afgehandeld_door;
                        t.afgehandeld_op = s.afgehandeld_op;
                      });
  }
  Result<opdrachten::Signaal> get(Id id) override { return get_row(d_.signalen, id, "signaal"); }
  Result<std::vector<opdrachten::Signaal>> list(Id opdracht_id) override {
    return rows_where(d_.signalen, [&](const auto& s) { return s.opdracht_id == opdracht_id; });
  }
  Result<std::vector<opdrachten::Signaal>> list_open(Id regio_id) override {
    return rows_where(d_.signalen, [&](const opdrachten::Signaal& s) {
      auto o = d_.opdrachten.find(s.opdracht_id);
      return s.status == opdrachten::SignaalStatus::kOpen && o != d_.opdrachten.end() &&
             o->second.regio_id == regio_id;
    });
  }

 private:
  MemoryData& d_;
};

class MemoryZelfbeoordelingen final : public ZelfbeoordelingRepository {
 public:
  explicit MemoryZelfbeoordelingen(MemoryData& d) : d_(d) {}

  Result<std::vector<competenties::Zelfbeoordeling>> list(const ZelfbeoordelingQuery& q) override {
    auto out = rows_where(d_.zelfbeoordelingen, [&](const competenties::Zelfbeoordeling& z) {
      auto p = d_.personen.find(z.persoon_id);
      return p != d_.personen.end() && p->second.regio_id == q.regio_id &&
             (!q.persoon_id || z.persoon_id == *q.persoon_id) && (!q.jaar || z.jaar == *q.jaar);
    });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::make_tuple(-a.jaar, std::string(code(a.profiel)), a.id) <
             std::make_tuple(-b.jaar, std::string(code(b.profiel)), b.id);
    });
    return out;
  }
  Result<competenties::Zelfbeoordeling> get(Id id) override {
    return get_row(d_.zelfbeoordelingen, id, "zelfbeoordeling");
  }
  Result<Id> create(const competenties::Zelfbeoordeling& z) override {
    if (!d_.personen.contains(z.persoon_id)) return in_gebruik("persoon");
    for (const auto& [id, bestaand] : d_.zelfbeoordelingen) {
      if (bestaand.persoon_id == z.persoon_id && bestaand.jaar == z.jaar &&
          bestaand.profiel == z.profiel) {
        return bestaat_al("zelfbeoordeling");
      }
    }
    auto nieuw = z;
    nieuw.versie = 1;
    return insert_row(d_, d_.zelfbeoordelingen, nieuw);
  }
  Result<void> update(const competenties::Zelfbeoordeling& z) override {
    return update_row(d_.zelfbeoordelingen, z.id, z.versie, "zelfbeoordelingen",
                      [&](competenties::Zelfbeoordeling& t) { t.scores = z.scores; });
  }

 private:
  MemoryData& d_;
};

class MemoryCyclus final : public CyclusRepository {
 public:
  explicit MemoryCyclus(MemoryData& d) : d_(d) {}

  Result<std::vector<beleidscyclus::Stap>> list_stappen(Id regio_id) override {
    auto out = rows_where(d_.stappen, [&](const auto& s) { return s.regio_id == regio_id; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a.volgorde, a.id) < std::tie(b.volgorde, b.id);
    });
    return out;
  }
  Result<beleidscyclus::Stap> get_stap(Id id) override {
    return get_row(d_.stappen, id, "cyclusstap");
  }
  Result<Id> create_stap(const beleidscyclus::Stap& stap) override {
    if (!d_.regios.contains(stap.regio_id)) return in_gebruik("regio");
    for (const auto& [id, s] : d_.stappen) {
      if (s.regio_id == stap.regio_id && s.code == stap.code) return bestaat_al("cyclusstap");
    }
    auto nieuw = stap;
    nieuw.versie = 1;
    return insert_row(d_, d_.stappen, nieuw);
  }
  Result<void> update_stap(const beleidscyclus::Stap& stap) override {
    return update_row(d_.stappen, stap.id, stap.versie, "cyclusstappen",
                      [&](beleidscyclus::Stap& s) {
                        auto versie = s.versie;
                        auto regio_id = s.regio_id;
                        auto code = s.code;
                        s = stap;
                        s.versie = versie;
                        s.regio_id = regio_id;
                        s.code = code;
                      });
  }
  Result<std::vector<beleidscyclus::Document>> list_documenten(Id stap_id) override {
    return rows_where(d_.documenten, [&](const auto& d) { return d.stap_id == stap_id; });
  }
  Result<Id> create_document(const beleidscyclus::Document& document) override {
    if (!d_.stappen.contains(document.stap_id)) return in_gebruik("cyclusstap");
    return insert_row(d_, d_.documenten, document);
  }
  Result<std::vector<beleidscyclus::Besluit>> list_besluiten(Id stap_id) override {
    auto out = rows_where(d_.besluiten, [&](const auto& b) { return b.stap_id == stap_id; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a.datum, a.id) < std::tie(b.datum, b.id);
    });
    return out;
  }
  Result<Id> create_besluit(const beleidscyclus::Besluit& besluit) override {
    if (!d_.stappen.contains(besluit.stap_id)) return in_gebruik("cyclusstap");
    return insert_row(d_, d_.besluiten, besluit);
  }
  Result<std::vector<beleidscyclus::Heropening>> list_heropeningen(Id stap_id) override {
    return rows_where(d_.heropeningen, [&](const auto& h) { return h.stap_id == stap_id; });
  }
  Result<Id> create_heropening(const beleidscyclus::Heropening& heropening) override {
    if (!d_.stappen.contains(heropening.stap_id)) return in_gebruik("cyclusstap");
    return insert_row(d_, d_.heropeningen, heropening);
  }
  Result<std::vector<beleidscyclus::Evaluatieconclusie>> list_evaluatieconclusies(
      Id regio_id) override {
    auto out =
        rows_where(d_.evaluatieconclusies, [&](const auto& e) { return e.regio_id == regio_id; });
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return std::tie(a.datum, a.id) < std::tie(b.datum, b.id);
    });
    return out;
  }
  Result<Id> create_evaluatieconclusie(const beleidscyclus::Evaluatieconclusie& e) override {
    if (!d_.stappen.contains(e.stap_id) || !d_.stappen.contains(e.raakt_stap_id)) {
      return in_gebruik("cyclusstap");
    }
    return insert_row(d_, d_.evaluatieconclusies, e);
  }

 private:
  MemoryData& d_;
};

}  // namespace

// Works on its own copy of the data; commit() publishes the copy.
class MemoryUnitOfWork final : public UnitOfWork {
 public:
  MemoryUnitOfWork(MemoryStore& store, const MemoryData& data, bool write, bool audit_fails)
      : store_(store),
        data_(std::make_shared<MemoryData>(data)),
        write_(write),
        register_(make_memory_register(*data_)),
        collectief_(make_memory_collectief(*data_)),
        accounts_(make_memory_accounts(*data_)),
        audit_(make_memory_audit(*data_, audit_fails)),
        opdrachten_(make_memory_opdrachten(*data_)),
        signalen_(make_memory_signalen(*data_)),
        zelfbeoordelingen_(make_memory_zelfbeoordelingen(*data_)),
        cyclus_(make_memory_cyclus(*data_)) {}

  RegisterRepository& registry() override { return *register_; }
  CollectiefRepository& collectief() override { return *collectief_; }
  AccountRepository& accounts() override { return *accounts_; }
  AuditRepository& audit() override { return *audit_; }
  OpdrachtRepository& opdrachten() override { return *opdrachten_; }
  SignaalRepository& signalen() override { return *signalen_; }
  ZelfbeoordelingRepository& zelfbeoordelingen() override { return *zelfbeoordelingen_; }
  CyclusRepository& cyclus() override { return *cyclus_; }

  Result<void> commit() override {
    if (committed_) return Error::storage("unit of work is al vastgelegd");
    committed_ = true;
    if (write_) store_.publish(data_);
    return Ok();
  }

 private:
  MemoryStore& store_;
  std::shared_ptr<MemoryData> data_;
  bool write_;
  bool committed_ = false;
  std::unique_ptr<RegisterRepository> register_;
  std::unique_ptr<CollectiefRepository> collectief_;
  std::unique_ptr<AccountRepository> accounts_;
  std::unique_ptr<AuditRepository> audit_;
  std::unique_ptr<OpdrachtRepository> opdrachten_;
  std::unique_ptr<SignaalRepository> signalen_;
  std::unique_ptr<ZelfbeoordelingRepository> zelfbeoordelingen_;
  std::unique_ptr<CyclusRepository> cyclus_;
};

std::unique_ptr<CollectiefRepository> make_memory_collectief(MemoryData& data) {
  return std::make_unique<MemoryCollectief>(data);
}
std::unique_ptr<AccountRepository> make_memory_accounts(MemoryData& data) {
  return std::make_unique<MemoryAccounts>(data);
}
std::unique_ptr<AuditRepository> make_memory_audit(MemoryData& data, bool fails) {
  return std::make_unique<MemoryAudit>(data, fails);
}
std::unique_ptr<SignaalRepository> make_memory_signalen(MemoryData& data) {
  return std::make_unique<MemorySignalen>(data);
}
std::unique_ptr<ZelfbeoordelingRepository> make_memory_zelfbeoordelingen(MemoryData& data) {
  return std::make_unique<MemoryZelfbeoordelingen>(data);
}
std::unique_ptr<CyclusRepository> make_memory_cyclus(MemoryData& data) {
  return std::make_unique<MemoryCyclus>(data);
}

MemoryStore::MemoryStore() : data_(std::make_shared<const MemoryData>()) {}
MemoryStore::~MemoryStore() = default;

Result<std::unique_ptr<UnitOfWork>> MemoryStore::begin(Toegang toegang) {
  std::lock_guard lock(mutex_);
  return std::unique_ptr<UnitOfWork>(std::make_unique<MemoryUnitOfWork>(
      *this, *data_, toegang == Toegang::kSchrijven, audit_fails_));
}

std::shared_ptr<MemoryStore> MemoryStore::clone() const {
  auto copy = std::make_shared<MemoryStore>();
  std::lock_guard lock(mutex_);
  copy->data_ = data_;
  return copy;
}

Result<void> MemoryStore::migrate(int /*tot_versie*/) { return Ok(); }
Result<int> MemoryStore::schema_version() { return kAlleMigraties; }

void MemoryStore::set_audit_fails(bool fails) {
  std::lock_guard lock(mutex_);
  audit_fails_ = fails;
}

std::int64_t MemoryStore::commits() const {
  std::lock_guard lock(mutex_);
  return commits_;
}

void MemoryStore::publish(std::shared_ptr<const MemoryData> data) {
  std::lock_guard lock(mutex_);
  data_ = std::move(data);
  ++commits_;
}

}  // namespace regie::fake
