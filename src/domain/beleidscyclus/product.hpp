// B8-4: the typed products of the Big 8 and the bodies that adopt them. A document on a step is
// one of these kinds; a product is adopted (vastgesteld) by the algemeen bestuur, the dagelijks
// bestuur or the colleges of the deelnemers, on a date. A bijdrage is what an opdrachtgever
// contributes to a step (the handreiking's "sparringpartner"); it is never the step's product.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace regie::beleidscyclus {

enum class ProductSoort {
  kRisicoanalyse,
  kStrategie,
  kUitvoeringsprogramma,
  kJaarverslag,
  kEvaluatie,
  kBijdrage,
  kOverig,
};

enum class Orgaan { kAlgemeenBestuur, kDagelijksBestuur, kColleges };

std::string_view code(ProductSoort soort);
std::string_view label(ProductSoort soort);
std::optional<ProductSoort> product_soort_from_code(std::string_view code);
const std::vector<ProductSoort>& alle_productsoorten();

std::string_view code(Orgaan orgaan);
// "het algemeen bestuur", as in "vastgesteld door het algemeen bestuur".
std::string_view label(Orgaan orgaan);
std::optional<Orgaan> orgaan_from_code(std::string_view code);
const std::vector<Orgaan>& alle_organen();

}  // namespace regie::beleidscyclus
