// Use cases of the producten- en dienstencatalogus (UP-3, decision 35): the products of the
// actor's regio per year and the verdeelsleutels of that year. Everyone of the regio reads it;
// the omgevingsdienst's directie and accountmanagers, the regisseur beleidscyclus and the
// beheerder keep it (programma::mag_catalogus_wijzigen). A new year starts as a copy of another
// (products and keys), and besides inwonertal a year has the regio's own keys (a fixed
// percentage table or an agreed weight, decision 44); a CSV import is all-or-nothing and adds or
// updates by code. A regionaal product needs its key in that year: the inwonertal key is made from
// the register the first time it is needed. Every write is one audited transaction. Thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/programma/catalogus_repository.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"

namespace regie::service {

struct Deelnemer {
  Id id = 0;
  std::string naam;
};

struct Catalogus {
  std::int32_t jaar = 0;
  std::vector<programma::Product> producten;
  std::vector<programma::Verdeelsleutel> sleutels;
  std::vector<CatalogusJaar> jaren;   // every year of the regio, newest first
  std::vector<Deelnemer> deelnemers;  // names of the organisaties in the keys, by name
  // The deelnemers on 1 January of the year, by name: who a key of the year gives a share.
  std::vector<Id> deelnemers_van_jaar;
  // UP-4: the year's programme is vastgesteld, so its catalogue is read-only.
  bool vastgesteld = false;
  // The actor keeps catalogues (programma::mag_catalogus_wijzigen); says nothing of the year.
  bool mag_wijzigen = false;
};

struct ImportVerslag {
  std::int32_t jaar = 0;
  bool proef = false;  // --dry-run: checked, nothing saved
  std::int64_t nieuw = 0;
  std::int64_t gewijzigd = 0;
  std::int64_t ongewijzigd = 0;
  std::int64_t niet_in_bestand = 0;  // kept as they are
};

class CatalogusService {
 public:
  CatalogusService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  // The catalogue of `jaar`; without one, the newest year that has products (or this year).
  Result<Catalogus> catalogus(const Context& ctx, std::optional<std::int32_t> jaar);
  Result<programma::Product> product(const Context& ctx, Id id);
  // Fields: jaar and those of programma::parse_product.
  Result<programma::Product> create_product(const Context& ctx, const Fields& velden);
  // The jaar of a product stays.
  Result<programma::Product> update_product(const Context& ctx, Id id, std::int64_t versie,
                                            const Fields& velden);
  Result<void> delete_product(const Context& ctx, Id id, std::int64_t versie);
  // Fields: jaar (the new one, without products) and vanJaar (a year that has products).
  Result<CatalogusJaar> jaar_kopieren(const Context& ctx, const Fields& velden);
  // UP-3 (decision 44): the regio's own keys of a year. Fields: jaar (create only) and those of
  // programma::parse_sleutel. The inwonertal key comes from the register and is not edited by
  // hand (kConflict "fout.sleutel_uit_register"); a key a product of its year names stays
  // (kConflict "fout.sleutel_in_gebruik").
  Result<programma::Verdeelsleutel> sleutel(const Context& ctx, Id id);
  Result<programma::Verdeelsleutel> create_sleutel(const Context& ctx, const Fields& velden);
  Result<programma::Verdeelsleutel> update_sleutel(const Context& ctx, Id id, std::int64_t versie,
                                                   const Fields& velden);
  Result<void> delete_sleutel(const Context& ctx, Id id, std::int64_t versie);
  Result<ImportVerslag> importeren(const Context& ctx, std::int32_t jaar, std::string_view csv,
                                   bool proef);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
