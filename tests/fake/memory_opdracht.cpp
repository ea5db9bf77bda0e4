#include <algorithm>
#include <tuple>

#include "fake/memory_data.hpp"

namespace regie::fake {
namespace {

using opdrachten::Opdracht;

// A version or voorstel is read over the opdracht it belongs to, as the SQL store does: the
// content (titel, extras, parts) is its own, the rest is the opdracht's.
Opdracht over_basis(const Opdracht& basis, const Opdracht& inhoud) {
  Opdracht o = basis;
  o.titel = inhoud.titel;
  o.extra_uren = inhoud.extra_uren;
  o.extra_financiering_cents = inhoud.extra_financiering_cents;
  o.aanleiding = inhoud.aanleiding;
  o.scope = inhoud.scope;
  o.doel = inhoud.doel;
  o.activiteiten = inhoud.activiteiten;
  o.resultaat = inhoud.resultaat;
  o.sturingsvorm = inhoud.sturingsvorm;
  o.monitoring = inhoud.monitoring;
  o.governance = inhoud.governance;
  o.planning = inhoud.planning;
  o.bemensing = inhoud.bemensing;
  o.financien = inhoud.financien;
  o.stakeholders = inhoud.stakeholders;
  o.risicos = inhoud.risicos;
  return o;
}

class MemoryOpdrachten final : public OpdrachtRepository {
 public:
  explicit MemoryOpdrachten(MemoryData& d) : d_(d) {}

  Result<std::vector<Opdracht>> list(const OpdrachtQuery& q) override {
    auto out = rows_where(d_.opdrachten, [&](const Opdracht& o) {
      return o.regio_id == q.regio_id && (!q.status || o.status == *q.status) &&
             (!q.deelnemer_id || o.deelnemer_id == *q.deelnemer_id) &&
             (!q.jaar || o.jaar == *q.jaar);
    });
    std::stable_sort(out.begin(), out.end(), [](const Opdracht& a, const Opdracht& b) {
      return std::make_tuple(-a.jaar, a.titel, a.id) < std::make_tuple(-b.jaar, b.titel, b.id);
    });
    return out;
  }
  Result<Opdracht> get(Id id) override { return get_row(d_.opdrachten, id, "opdrachten"); }
  Result<Id> create(const Opdracht& o) override {
    REGIE_TRY(bestaan(o));
    Opdracht nieuw = o;
    nieuw.versie = 1;
    return insert_row(d_, d_.opdrachten, nieuw);
  }
  Result<void> update(const Opdracht& o) override {
    REGIE_TRY(bestaan(o));
    return update_row(d_.opdrachten, o.id, o.versie, "opdrachten", [&](Opdracht& bestaand) {
      auto versie = bestaand.versie;
      bestaand = o;
      bestaand.versie = versie;
    });
  }

  Result<Id> create_overgang(const opdrachten::Overgang& o) override {
    if (!d_.opdrachten.contains(o.opdracht_id)) return in_gebruik("opdracht");
    return insert_row(d_, d_.overgangen, o);
  }
  Result<std::vector<opdrachten::Overgang>> list_overgangen(Id opdracht_id) override {
    return rows_where(d_.overgangen, [&](const auto& o) { return o.opdracht_id == opdracht_id; });
  }

  Result<Id> create_bewerking(const opdrachten::Bewerking& b) override {
    if (!d_.opdrachten.contains(b.opdracht_id)) return in_gebruik("opdracht");
    return insert_row(d_, d_.bewerkingen, b);
  }
  Result<std::vector<opdrachten::Bewerking>> list_bewerkingen(Id opdracht_id) override {
    return rows_where(d_.bewerkingen, [&](const auto& b) { return b.opdracht_id == opdracht_id; });
  }

  Result<Id> create_versie(const opdrachten::Versie& v) override {
    if (!d_.opdrachten.contains(v.opdracht_id)) return in_gebruik("opdracht");
    for (const auto& [id, bestaand] : d_.versies) {
      if (bestaand.opdracht_id == v.opdracht_id && bestaand.nummer == v.nummer) {
        return bestaat_al("versie " + std::to_string(v.nummer));
      }
    }
    return insert_row(d_, d_.versies, v);
  }
  Result<std::vector<opdrachten::Versie>> list_versies(Id opdracht_id) override {
    auto out = rows_where(d_.versies, [&](const auto& v) { return v.opdracht_id == opdracht_id; });
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.nummer < b.nummer; });
    for (auto& v : out) REGIE_TRY(lees(v));
    return out;
  }
  Result<opdrachten::Versie> get_versie(Id opdracht_id, std::int32_t nummer) override {
    for (const auto& [id, v] : d_.versies) {
      if (v.opdracht_id == opdracht_id && v.nummer == nummer) {
        auto out = v;
        REGIE_TRY(lees(out));
        return out;
      }
    }
    return Error::not_found("versie " + std::to_string(nummer) + " van opdracht " +
                            std::to_string(opdracht_id));
  }

  Result<Id> create_wijzigingsverzoek(const opdrachten::Wijzigingsverzoek& v) override {
    if (!d_.opdrachten.contains(v.opdracht_id)) return in_gebruik("opdracht");
    auto nieuw = v;
    nieuw.versie = 1;
    return insert_row(d_, d_.verzoeken, nieuw);
  }
  Result<void> update_wijzigingsverzoek(const opdrachten::Wijzigingsverzoek& v) override {
    return update_row(d_.verzoeken, v.id, v.versie, "opdracht_wijzigingsverzoeken",
                      [&](opdrachten::Wijzigingsverzoek& w) {
                        w.status = v.status;
                        w.afstemming = v.afstemming;
                        w.beoordeling = v.beoordeling;
                        w.besloten_door = v.besloten_door;
                        w.besloten_op = v.besloten_op;
                        w.besloten_namens = v.besloten_namens;
                        w.voorlegging = v.voorlegging;
                        w.voorgelegd_door = v.voorgelegd_door;
                        w.voorgelegd_op = v.voorgelegd_op;
                      });
  }
  Result<opdrachten::Wijzigingsverzoek> get_wijzigingsverzoek(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto v, get_row(d_.verzoeken, id, "wijzigingsverzoek"));
    REGIE_TRY(lees(v));
    return v;
  }
  Result<std::vector<opdrachten::Wijzigingsverzoek>> list_wijzigingsverzoeken(
      Id opdracht_id) override {
    auto out =
        rows_where(d_.verzoeken, [&](const auto& v) { return v.opdracht_id == opdracht_id; });
    std::reverse(out.begin(), out.end());
    for (auto& v : out) REGIE_TRY(lees(v));
    return out;
  }

 private:
  Result<void> bestaan(const Opdracht& o) {
    if (!d_.regios.contains(o.regio_id) || !d_.organisaties.contains(o.opdrachtgever_id) ||
        (o.deelnemer_id && !d_.organisaties.contains(*o.deelnemer_id))) {
      return in_gebruik("opdracht verwijst naar een onbekende regio of organisatie");
    }
    return Ok();
  }
  Result<void> lees(opdrachten::Versie& v) {
    REGIE_ASSIGN_OR_RETURN(auto basis, get(v.opdracht_id));
    v.inhoud = over_basis(basis, v.inhoud);
    v.inhoud.inhoudsversie = v.nummer;
    return Ok();
  }
  Result<void> lees(opdrachten::Wijzigingsverzoek& v) {
    REGIE_ASSIGN_OR_RETURN(auto basis, get(v.opdracht_id));
    v.voorstel = over_basis(basis, v.voorstel);
    return Ok();
  }

  MemoryData& d_;
};

}  // namespace

std::unique_ptr<OpdrachtRepository> make_memory_opdrachten(MemoryData& data) {
  return std::make_unique<MemoryOpdrachten>(data);
}

}  // namespace regie::fake
