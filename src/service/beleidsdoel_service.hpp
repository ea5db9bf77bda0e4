// Use cases of the beleidsdoelen (OPD-7): an opdracht names the policy products of the Big 8 it
// serves (the risicoanalyse, the strategy of the round, the programme) and which doelen and
// beleidskeuzes from them, so an opdrachtgever sees which goals are covered. Whoever sees the
// opdracht reads them (others: kNotFound); either side names or removes one until the opdracht
// is afgerond. A product's page lists the opdrachten that serve it, as far as the reader may see
// them. Every write is one audited transaction. Thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "domain/opdrachten/beleidsdoel.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"

namespace regie::service {

// A policy product of the regio's Big 8 with the step (and round) it belongs to.
struct Beleidsproduct {
  beleidscyclus::Document document;
  beleidscyclus::Stap stap;
};

struct BeleidsdoelRegel {
  opdrachten::Beleidsdoel doel;
  Beleidsproduct product;
};

struct Beleidsdoelen {
  std::vector<BeleidsdoelRegel> doelen;  // in the order they were named
  std::vector<Beleidsproduct> keuzes;    // the products of the regio not yet named, newest first
  bool mag_wijzigen = false;
};

struct DienendeOpdracht {
  opdrachten::Beleidsdoel doel;
  opdrachten::Opdracht opdracht;
};

class BeleidsdoelService {
 public:
  BeleidsdoelService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  Result<Beleidsdoelen> beleidsdoelen(const Context& ctx, Id opdracht_id);
  // Fields: documentId (a product of the opdracht's regio), beleidskeuzes.
  Result<opdrachten::Beleidsdoel> koppelen(const Context& ctx, Id opdracht_id,
                                           const Fields& velden);
  Result<bool> ontkoppelen(const Context& ctx, Id opdracht_id, Id beleidsdoel_id);
  // The opdrachten the reader may see that serve a product of its regio.
  Result<std::vector<DienendeOpdracht>> dienende_opdrachten(const Context& ctx, Id document_id);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service
