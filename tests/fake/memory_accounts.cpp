// The in-memory AccountRepository: accounts, sessions, tokens and login attempts.
#include <algorithm>
#include <optional>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

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
  Result<void> set_actief(Id gebruiker_id, bool actief) override {
    auto it = d_.gebruikers.find(gebruiker_id);
    if (it == d_.gebruikers.end()) return niet_gevonden("gebruiker", gebruiker_id);
    it->second.actief = actief;
    return Ok();
  }
  Result<void> set_wachtwoord_hash(Id gebruiker_id, const std::string& hash) override {
    auto it = d_.gebruikers.find(gebruiker_id);
    if (it == d_.gebruikers.end()) return niet_gevonden("gebruiker", gebruiker_id);
    it->second.wachtwoord_hash = hash;
    return Ok();
  }
  Result<void> create_herstel(const Herstel& herstel) override {
    if (!d_.gebruikers.contains(herstel.gebruiker_id)) return in_gebruik("gebruiker");
    REGIE_TRY(delete_herstel_van(herstel.gebruiker_id));
    d_.herstel[herstel.token_hash] = herstel;
    return Ok();
  }
  Result<std::optional<Herstel>> find_herstel(const std::string& token_hash) override {
    auto it = d_.herstel.find(token_hash);
    if (it == d_.herstel.end()) return std::optional<Herstel>{};
    return std::optional<Herstel>{it->second};
  }
  Result<void> delete_herstel_van(Id gebruiker_id) override {
    std::erase_if(d_.herstel, [&](const auto& e) { return e.second.gebruiker_id == gebruiker_id; });
    return Ok();
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

}  // namespace

std::unique_ptr<AccountRepository> make_memory_accounts(MemoryData& data) {
  return std::make_unique<MemoryAccounts>(data);
}

}  // namespace regie::fake
