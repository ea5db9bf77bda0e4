#include <algorithm>
#include <cctype>
#include <tuple>

#include "domain/governance/rol.hpp"
#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

using governance::Deelnemerschap;
using governance::Organisatie;
using governance::Persoon;
using governance::Regio;
using governance::Rol;

std::string lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool bevat(const std::string& naam, const std::string& zoek) {
  return zoek.empty() || lower(naam).find(lower(zoek)) != std::string::npos;
}

bool in(const std::vector<Id>& ids, Id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// -1, 0 or 1 in the query's direction.
template <typename T>
int vergelijk(const T& a, const T& b, SortRichting richting) {
  int c = a < b ? -1 : (b < a ? 1 : 0);
  return richting == SortRichting::kAflopend ? -c : c;
}

class MemoryRegister final : public RegisterRepository {
 public:
  explicit MemoryRegister(MemoryData& d) : d_(d) {}

  Result<std::vector<Regio>> list_regios() override {
    auto out = rows_where(d_.regios, [](const Regio&) { return true; });
    std::stable_sort(out.begin(), out.end(),
                     [](const Regio& a, const Regio& b) { return a.naam < b.naam; });
    return out;
  }
  Result<Regio> get_regio(Id id) override { return get_row(d_.regios, id, "regios"); }
  Result<Id> create_regio(const Regio& regio) override {
    Regio r = regio;
    r.versie = 1;
    return insert_row(d_, d_.regios, r);
  }
  Result<void> update_regio(const Regio& regio) override {
    return update_row(d_.regios, regio.id, regio.versie, "regios", [&](Regio& r) {
      r.naam = regio.naam;
      r.gemeenschappelijke_regeling = regio.gemeenschappelijke_regeling;
      r.minimum_uren_ambtelijk_opdrachtgever = regio.minimum_uren_ambtelijk_opdrachtgever;
      r.uren_per_vertegenwoordigde = regio.uren_per_vertegenwoordigde;
      r.minimum_uren_accountmanager_per_deelnemer = regio.minimum_uren_accountmanager_per_deelnemer;
      r.minimum_uren_accountmanager = regio.minimum_uren_accountmanager;
      r.maximum_uren_accountmanager = regio.maximum_uren_accountmanager;
      r.tolerantie_procent = regio.tolerantie_procent;
    });
  }

  Result<Page<Organisatie>> list_organisaties(const OrganisatieQuery& q) override {
    auto out = rows_where(d_.organisaties, [&](const Organisatie& o) {
      return o.regio_id == q.regio_id && bevat(o.naam, q.zoek) && (!q.soort || o.soort == *q.soort);
    });
    std::stable_sort(out.begin(), out.end(), [&](const Organisatie& a, const Organisatie& b) {
      int c = 0;
      if (q.sorteer == "soort") {
        c = vergelijk(std::string(code(a.soort)), std::string(code(b.soort)), q.richting);
        if (c == 0) c = vergelijk(a.naam, b.naam, SortRichting::kOplopend);
      } else if (q.sorteer == "inwonertal") {
        c = vergelijk(a.inwonertal.value_or(-1), b.inwonertal.value_or(-1), q.richting);
        if (c == 0) c = vergelijk(a.naam, b.naam, SortRichting::kOplopend);
      } else {
        c = vergelijk(a.naam, b.naam, q.richting);
      }
      return c != 0 ? c < 0 : a.id < b.id;
    });
    return page_of(std::move(out), q.page);
  }
  Result<Organisatie> get_organisatie(Id id) override {
    return get_row(d_.organisaties, id, "organisaties");
  }
  Result<Id> create_organisatie(const Organisatie& org) override {
    if (!d_.regios.contains(org.regio_id))
      return in_gebruik("regio " + std::to_string(org.regio_id));
    REGIE_TRY(uniek(org));
    Organisatie o = org;
    o.versie = 1;
    return insert_row(d_, d_.organisaties, o);
  }
  Result<void> update_organisatie(const Organisatie& org) override {
    REGIE_ASSIGN_OR_RETURN(auto* bestaand,
                           guarded(d_.organisaties, org.id, org.versie, "organisaties"));
    Organisatie nieuw = *bestaand;
    nieuw.naam = org.naam;
    REGIE_TRY(uniek(nieuw));
    bestaand->naam = org.naam;
    bestaand->soort = org.soort;
    bestaand->inwonertal = org.inwonertal;
    ++bestaand->versie;
    return Ok();
  }
  Result<void> delete_organisatie(Id id, std::int64_t versie) override {
    REGIE_TRY(guarded(d_.organisaties, id, versie, "organisaties"));
    bool gebruikt =
        std::any_of(d_.personen.begin(), d_.personen.end(),
                    [&](const auto& p) { return p.second.organisatie_id == id; }) ||
        std::any_of(d_.rollen.begin(), d_.rollen.end(),
                    [&](const auto& r) { return r.second.organisatie_id == id; }) ||
        std::any_of(d_.gebruikers.begin(), d_.gebruikers.end(),
                    [&](const auto& g) { return g.second.organisatie_id == id; }) ||
        std::any_of(d_.opdrachten.begin(), d_.opdrachten.end(),
                    [&](const auto& o) {
                      return o.second.opdrachtgever_id == id || o.second.deelnemer_id == id;
                    }) ||
        std::any_of(d_.vertegenwoordigingen.begin(), d_.vertegenwoordigingen.end(),
                    [&](const auto& v) {
                      return v.second.opdrachtgever_id == id || v.second.vertegenwoordigde_id == id;
                    });
    if (gebruikt) return in_gebruik("organisatie " + std::to_string(id));
    std::erase_if(d_.deelnemerschappen,
                  [&](const auto& e) { return e.second.organisatie_id == id; });
    d_.organisaties.erase(id);
    return Ok();
  }
  Result<std::vector<Id>> list_od_organisaties(Id regio_id) override {
    std::vector<Id> out;
    for (const auto& [id, o] : d_.organisaties) {
      if (o.regio_id == regio_id && o.soort == governance::OrganisatieSoort::kOmgevingsdienst) {
        out.push_back(id);
      }
    }
    return out;
  }

  Result<std::vector<Deelnemerschap>> list_deelnemerschappen(Id organisatie_id) override {
    auto out = rows_where(d_.deelnemerschappen, [&](const Deelnemerschap& d) {
      return d.organisatie_id == organisatie_id;
    });
    std::stable_sort(out.begin(), out.end(), [](const Deelnemerschap& a, const Deelnemerschap& b) {
      return std::tie(a.periode.van, a.id) < std::tie(b.periode.van, b.id);
    });
    return out;
  }
  Result<std::vector<Deelnemerschap>> list_deelnemerschappen_regio(Id regio_id) override {
    auto out = rows_where(d_.deelnemerschappen, [&](const Deelnemerschap& d) {
      auto org = d_.organisaties.find(d.organisatie_id);
      return org != d_.organisaties.end() && org->second.regio_id == regio_id;
    });
    std::stable_sort(out.begin(), out.end(), [](const Deelnemerschap& a, const Deelnemerschap& b) {
      return std::tie(a.organisatie_id, a.periode.van, a.id) <
             std::tie(b.organisatie_id, b.periode.van, b.id);
    });
    return out;
  }
  Result<Id> create_deelnemerschap(const Deelnemerschap& d) override {
    if (!d_.organisaties.contains(d.organisatie_id)) return in_gebruik("organisatie");
    Deelnemerschap nieuw = d;
    nieuw.versie = 1;
    return insert_row(d_, d_.deelnemerschappen, nieuw);
  }
  Result<void> delete_deelnemerschap(Id id, Id organisatie_id) override {
    auto it = d_.deelnemerschappen.find(id);
    if (it == d_.deelnemerschappen.end() || it->second.organisatie_id != organisatie_id) {
      return niet_gevonden("deelnemerschap", id);
    }
    d_.deelnemerschappen.erase(it);
    return Ok();
  }

  Result<Page<PersoonRegel>> list_personen(const PersoonQuery& q) override {
    std::vector<PersoonRegel> out;
    for (const auto& [id, p] : d_.personen) {
      if (p.regio_id != q.regio_id || !bevat(p.naam, q.zoek)) continue;
      if (q.werkgevers && !in(*q.werkgevers, p.organisatie_id)) continue;
      if (q.organisatie_id && p.organisatie_id != *q.organisatie_id) continue;
      out.push_back(PersoonRegel{p, org_naam(p.organisatie_id)});
    }
    std::stable_sort(out.begin(), out.end(), [&](const PersoonRegel& a, const PersoonRegel& b) {
      int c = 0;
      if (q.sorteer == "organisatie") {
        c = vergelijk(a.organisatie_naam, b.organisatie_naam, q.richting);
        if (c == 0) c = vergelijk(a.persoon.naam, b.persoon.naam, SortRichting::kOplopend);
      } else {
        c = vergelijk(a.persoon.naam, b.persoon.naam, q.richting);
      }
      return c != 0 ? c < 0 : a.persoon.id < b.persoon.id;
    });
    return page_of(std::move(out), q.page);
  }
  Result<Persoon> get_persoon(Id id) override { return get_row(d_.personen, id, "personen"); }
  Result<Id> create_persoon(const Persoon& persoon) override {
    if (!d_.organisaties.contains(persoon.organisatie_id)) return in_gebruik("organisatie");
    Persoon p = persoon;
    p.versie = 1;
    return insert_row(d_, d_.personen, p);
  }
  Result<void> update_persoon(const Persoon& persoon) override {
    if (!d_.organisaties.contains(persoon.organisatie_id)) return in_gebruik("organisatie");
    return update_row(d_.personen, persoon.id, persoon.versie, "personen", [&](Persoon& p) {
      p.organisatie_id = persoon.organisatie_id;
      p.naam = persoon.naam;
      p.email = persoon.email;
      p.functie = persoon.functie;
    });
  }
  Result<void> delete_persoon(Id id, std::int64_t versie) override {
    REGIE_TRY(guarded(d_.personen, id, versie, "personen"));
    bool gebruikt =
        std::any_of(d_.rollen.begin(), d_.rollen.end(),
                    [&](const auto& r) { return r.second.persoon_id == id; }) ||
        std::any_of(d_.projectgroepen.begin(), d_.projectgroepen.end(),
                    [&](const auto& g) {
                      return g.second.regisseur_persoon_id == id ||
                             std::any_of(g.second.leden.begin(), g.second.leden.end(),
                                         [&](const auto& l) { return l.persoon_id == id; });
                    }) ||
        std::any_of(d_.vertegenwoordigingen.begin(), d_.vertegenwoordigingen.end(),
                    [&](const auto& v) { return v.second.mandaat.verleend_door == id; });
    if (gebruikt) return in_gebruik("persoon " + std::to_string(id));
    std::erase_if(d_.zelfbeoordelingen, [&](const auto& z) { return z.second.persoon_id == id; });
    std::erase_if(d_.gebruiker_persoon, [&](const auto& g) { return g.second == id; });
    for (auto& [stap_id, stap] : d_.stappen) {
      if (stap.eigenaar_persoon_id == id) stap.eigenaar_persoon_id.reset();
    }
    d_.personen.erase(id);
    return Ok();
  }

  Result<Page<RolRegel>> list_rollen(const RolQuery& q) override {
    std::vector<RolRegel> out;
    for (const auto& [id, r] : d_.rollen) {
      auto p = d_.personen.find(r.persoon_id);
      if (p == d_.personen.end() || p->second.regio_id != q.regio_id) continue;
      if (q.zichtbaar && !in(*q.zichtbaar, r.organisatie_id) &&
          !in(*q.zichtbaar, p->second.organisatie_id)) {
        continue;
      }
      if (q.persoon_id && r.persoon_id != *q.persoon_id) continue;
      if (q.organisatie_id && r.organisatie_id != *q.organisatie_id) continue;
      if (q.soort && r.soort != *q.soort) continue;
      if (q.peildatum && !r.periode.bevat(*q.peildatum)) continue;
      out.push_back(
          RolRegel{r, p->second.naam, org_naam(r.organisatie_id), p->second.organisatie_id});
    }
    auto dir = q.richting;
    std::stable_sort(out.begin(), out.end(), [&](const RolRegel& a, const RolRegel& b) {
      int c = 0;
      if (q.sorteer == "organisatie") {
        c = vergelijk(a.organisatie_naam, b.organisatie_naam, dir);
      } else if (q.sorteer == "soort") {
        c = vergelijk(std::string(code(a.rol.soort)), std::string(code(b.rol.soort)), dir);
      } else if (q.sorteer == "van") {
        c = vergelijk(a.rol.periode.van, b.rol.periode.van, dir);
      } else {
        c = vergelijk(a.persoon_naam, b.persoon_naam, dir);
        if (c == 0) c = vergelijk(a.organisatie_naam, b.organisatie_naam, SortRichting::kOplopend);
      }
      if (c == 0 && q.sorteer != "persoon") {
        c = vergelijk(a.persoon_naam, b.persoon_naam, SortRichting::kOplopend);
      }
      return c != 0 ? c < 0 : a.rol.id < b.rol.id;
    });
    return page_of(std::move(out), q.page);
  }
  Result<Rol> get_rol(Id id) override { return get_row(d_.rollen, id, "rollen"); }
  Result<Id> create_rol(const Rol& rol) override {
    REGIE_TRY(bestaan(rol));
    Rol r = met_urenperioden(rol);
    r.versie = 1;
    return insert_row(d_, d_.rollen, r);
  }
  Result<void> update_rol(const Rol& rol) override {
    REGIE_TRY(bestaan(rol));
    return update_row(d_.rollen, rol.id, rol.versie, "rollen", [&](Rol& r) {
      auto versie = r.versie;
      r = met_urenperioden(rol);
      r.versie = versie;
    });
  }
  Result<void> delete_rol(Id id, std::int64_t versie) override {
    REGIE_TRY(guarded(d_.rollen, id, versie, "rollen"));
    d_.rollen.erase(id);
    return Ok();
  }

 private:
  // As the SQL store keeps them: a rol without periods gets one from its start; read by van.
  static Rol met_urenperioden(const Rol& rol) {
    Rol r = rol;
    r.urenperioden = governance::urenperioden_van(rol);
    std::stable_sort(r.urenperioden.begin(), r.urenperioden.end(),
                     [](const governance::UrenPeriode& a, const governance::UrenPeriode& b) {
                       return a.van < b.van;
                     });
    return r;
  }
  Result<void> uniek(const Organisatie& org) {
    for (const auto& [id, o] : d_.organisaties) {
      if (id != org.id && o.regio_id == org.regio_id && o.naam == org.naam) {
        return bestaat_al("organisatie " + org.naam);
      }
    }
    return Ok();
  }
  Result<void> bestaan(const Rol& rol) {
    if (!d_.personen.contains(rol.persoon_id) || !d_.organisaties.contains(rol.organisatie_id)) {
      return in_gebruik("rol verwijst naar een onbekende persoon of organisatie");
    }
    return Ok();
  }
  std::string org_naam(Id id) const {
    auto it = d_.organisaties.find(id);
    return it == d_.organisaties.end() ? std::string{} : it->second.naam;
  }

  MemoryData& d_;
};

}  // namespace

std::unique_ptr<RegisterRepository> make_memory_register(MemoryData& data) {
  return std::make_unique<MemoryRegister>(data);
}

}  // namespace regie::fake
