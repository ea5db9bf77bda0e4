#include "domain/opdrachten/beleidsdoel.hpp"

#include "domain/validation.hpp"

namespace regie::opdrachten {
namespace {

constexpr std::size_t kMaxKeuzes = 4000;

}  // namespace

bool is_beleidsproduct(beleidscyclus::ProductSoort soort) {
  using beleidscyclus::ProductSoort;
  return soort == ProductSoort::kRisicoanalyse || soort == ProductSoort::kStrategie ||
         soort == ProductSoort::kUitvoeringsprogramma;
}

Result<Beleidsdoel> parse_beleidsdoel(const Fields& fields) {
  validation::Reader r(fields);
  Beleidsdoel b;
  b.document_id = r.required_id("documentId");
  b.beleidskeuzes = r.required_text("beleidskeuzes", kMaxKeuzes);
  if (!r.ok()) return r.error();
  return b;
}

Result<void> mag_beleidsdoel_wijzigen(const Opdracht& opdracht, Kant kant) {
  if (kant == Kant::kGeen) return Error::forbidden("geen kant van de opdracht");
  if (opdracht.status == Status::kAfgerond || opdracht.status == Status::kGeevalueerd) {
    return Error::invalid({{"status", "fout.beleidsdoel_afgerond"}});
  }
  return Ok();
}

}  // namespace regie::opdrachten
