// The catalogue port (UP-3): the products of a regio per year and the verdeelsleutels of that
// year. A second product (or key) with the same code in a regio and year is kConflict
// "fout.bestaat_al"; updates and deletes are guarded by versie (kStale, or kNotFound when gone).
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.hpp"
#include "domain/programma/catalogus.hpp"
#include "domain/programma/verdeelsleutel.hpp"
#include "domain/repository.hpp"

namespace regie {

struct CatalogusJaar {
  std::int32_t jaar = 0;
  std::int64_t producten = 0;
};

class CatalogusRepository {
 public:
  virtual ~CatalogusRepository() = default;

  // By taakveld, then code.
  virtual Result<std::vector<programma::Product>> list_producten(Id regio_id,
                                                                 std::int32_t jaar) = 0;
  virtual Result<programma::Product> get_product(Id id) = 0;
  virtual Result<Id> create_product(const programma::Product& p) = 0;
  virtual Result<void> update_product(const programma::Product& p) = 0;
  virtual Result<void> delete_product(Id id, std::int64_t versie) = 0;
  // The years that have products, newest first.
  virtual Result<std::vector<CatalogusJaar>> list_jaren(Id regio_id) = 0;

  // By code; each with its aandelen in the order they were stored.
  virtual Result<std::vector<programma::Verdeelsleutel>> list_sleutels(Id regio_id,
                                                                       std::int32_t jaar) = 0;
  virtual Result<programma::Verdeelsleutel> get_sleutel(Id id) = 0;
  virtual Result<Id> create_sleutel(const programma::Verdeelsleutel& k) = 0;
  // Naam, eenheid and the aandelen (replaced as a set); code, soort, regio and year stay.
  virtual Result<void> update_sleutel(const programma::Verdeelsleutel& k) = 0;
  virtual Result<void> delete_sleutel(Id id, std::int64_t versie) = 0;
};

}  // namespace regie
