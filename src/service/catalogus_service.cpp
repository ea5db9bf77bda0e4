#include "service/catalogus_service.hpp"

#include <algorithm>
#include <map>

#include "core/csv.hpp"
#include "core/datum.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/governance/rolvastheid.hpp"
#include "domain/programma/catalogus_csv.hpp"
#include "domain/programma/programma_repository.hpp"
#include "domain/validation.hpp"
#include "service/beheer_service.hpp"
#include "service/regio_organisaties.hpp"

namespace regie::service {
namespace {

using programma::Product;
using programma::Verdeelsleutel;

std::string catalogus_object(Id regio_id, std::int32_t jaar) {
  return "regio/" + std::to_string(regio_id) + "/catalogus/" + std::to_string(jaar);
}

Result<void> catalogus_mag_wijzigen(const Context& ctx) {
  if (!programma::mag_catalogus_wijzigen(ctx.actor)) {
    return Error::forbidden("catalogus wijzigen");
  }
  return Ok();
}

// The key a regionaal product names must exist in its year; the inwonertal key is made from the
// register when it does not yet (unless `maken` is false: then only checked).
Result<void> zorg_voor_sleutel(UnitOfWork& uow, const Product& p, bool maken) {
  if (p.afrekenwijze != programma::Afrekenwijze::kRegionaal) return Ok();
  REGIE_ASSIGN_OR_RETURN(auto sleutels, uow.catalogus().list_sleutels(p.regio_id, p.jaar));
  bool bestaat = std::any_of(sleutels.begin(), sleutels.end(),
                             [&](const Verdeelsleutel& k) { return k.code == p.verdeelsleutel; });
  if (bestaat) return Ok();
  if (p.verdeelsleutel != programma::kStandaardSleutel) {
    return Error::invalid({{"verdeelsleutel", "fout.onbekende_sleutel"}});
  }
  REGIE_ASSIGN_OR_RETURN(auto orgs, regio_organisaties(uow, p.regio_id, p.jaar));
  REGIE_ASSIGN_OR_RETURN(auto sleutel,
                         programma::inwonertal_sleutel(p.regio_id, p.jaar, orgs.deelnemers));
  if (!maken) return Ok();
  REGIE_TRY(uow.catalogus().create_sleutel(sleutel));
  return Ok();
}

// UP-4: a year whose uitvoeringsprogramma is vastgesteld keeps its catalogue as it was.
Result<void> jaar_open(UnitOfWork& uow, Id regio_id, std::int32_t jaar) {
  REGIE_ASSIGN_OR_RETURN(auto programmas, uow.programmas().list_programmas(regio_id));
  for (const auto& p : programmas) {
    if (p.jaar == jaar && p.status != programma::ProgrammaStatus::kConcept) {
      return Error{ErrorCode::kConflict, "fout.catalogusjaar_vastgesteld", {}, {}};
    }
  }
  return Ok();
}

std::int32_t lees_jaar(validation::Reader& r, const std::string& naam) {
  auto jaar = r.required_int(naam, programma::kEersteJaar, programma::kLaatsteJaar);
  return static_cast<std::int32_t>(jaar);
}

Result<Product> eigen_product(UnitOfWork& uow, const Context& ctx, Id id) {
  auto p = uow.catalogus().get_product(id);
  if (!p.ok()) return p;
  if (p->regio_id != ctx.actor.regio_id) return Error::not_found("product " + std::to_string(id));
  return p;
}

bool zelfde_inhoud(const Product& a, const Product& b) {
  return a.naam == b.naam && a.taakveld == b.taakveld && a.taak == b.taak &&
         a.afrekenwijze == b.afrekenwijze && a.normuren == b.normuren &&
         a.uurtarief_cents == b.uurtarief_cents && a.verdeelsleutel == b.verdeelsleutel;
}

// The import's work: what changes, checked, and (unless proef) saved in `uow`.
Result<ImportVerslag> voer_import_uit(UnitOfWork& uow, Id regio_id, std::int32_t jaar,
                                      std::string_view csv, bool proef) {
  REGIE_TRY(uow.registry().get_regio(regio_id));
  REGIE_TRY(jaar_open(uow, regio_id, jaar));
  REGIE_ASSIGN_OR_RETURN(auto regels, programma::lees_producten(csv));
  REGIE_ASSIGN_OR_RETURN(auto bestaand, uow.catalogus().list_producten(regio_id, jaar));
  std::map<std::string, Product> per_code;
  for (auto& p : bestaand) per_code.emplace(p.code, std::move(p));
  ImportVerslag verslag;
  verslag.jaar = jaar;
  verslag.proef = proef;
  std::vector<FieldError> fouten;
  for (auto& regel : regels) {
    Product& p = regel.product;
    p.regio_id = regio_id;
    p.jaar = jaar;
    auto sleutel = zorg_voor_sleutel(uow, p, !proef);
    if (!sleutel.ok()) {
      if (sleutel.error().code != ErrorCode::kInvalid) return sleutel.error();
      for (const auto& f : sleutel.error().fields) {
        fouten.push_back({csv_regel_veld(regel.regel) + ", kolom " + f.field, f.key});
      }
      continue;
    }
    auto it = per_code.find(p.code);
    if (it == per_code.end()) {
      ++verslag.nieuw;
      if (!proef) REGIE_TRY(uow.catalogus().create_product(p));
      continue;
    }
    if (zelfde_inhoud(it->second, p)) {
      ++verslag.ongewijzigd;
    } else {
      ++verslag.gewijzigd;
      p.id = it->second.id;
      p.versie = it->second.versie;
      if (!proef) REGIE_TRY(uow.catalogus().update_product(p));
    }
    per_code.erase(it);
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  verslag.niet_in_bestand = static_cast<std::int64_t>(per_code.size());
  return verslag;
}

Result<Verdeelsleutel> eigen_sleutel(UnitOfWork& uow, const Context& ctx, Id id) {
  auto k = uow.catalogus().get_sleutel(id);
  if (!k.ok()) return k;
  if (k->regio_id != ctx.actor.regio_id) {
    return Error::not_found("verdeelsleutel " + std::to_string(id));
  }
  return k;
}

std::string sleutel_object(const Verdeelsleutel& k) {
  return catalogus_object(k.regio_id, k.jaar) + "/verdeelsleutel/" + std::to_string(k.id);
}

// The ids of the deelnemers of `jaar`, by name: who a key of that year gives a share.
Result<std::vector<Id>> deelnemer_ids(UnitOfWork& uow, Id regio_id, std::int32_t jaar) {
  REGIE_ASSIGN_OR_RETURN(auto orgs, regio_organisaties(uow, regio_id, jaar));
  std::vector<Id> out;
  out.reserve(orgs.deelnemers.size());
  for (const auto& o : orgs.deelnemers) out.push_back(o.id);
  return out;
}

// A key read from the register (inwonertal) is never edited by hand.
Result<void> met_de_hand(const Verdeelsleutel& k) {
  if (programma::is_eigen_sleutel(k)) return Ok();
  return Error{ErrorCode::kConflict, "fout.sleutel_uit_register", {}, {}};
}

}  // namespace

Result<Catalogus> CatalogusService::catalogus(const Context& ctx,
                                              std::optional<std::int32_t> jaar) {
  const Id regio_id = ctx.actor.regio_id;
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  Catalogus out;
  REGIE_ASSIGN_OR_RETURN(out.jaren, uow->catalogus().list_jaren(regio_id));
  if (jaar) {
    out.jaar = *jaar;
  } else if (!out.jaren.empty()) {
    out.jaar = out.jaren.front().jaar;
  } else {
    out.jaar = audit_->clock().vandaag().jaar();
  }
  REGIE_ASSIGN_OR_RETURN(out.producten, uow->catalogus().list_producten(regio_id, out.jaar));
  REGIE_ASSIGN_OR_RETURN(out.sleutels, uow->catalogus().list_sleutels(regio_id, out.jaar));
  REGIE_ASSIGN_OR_RETURN(auto orgs, regio_organisaties(*uow, regio_id, out.jaar));
  for (const auto& o : orgs.alle) out.deelnemers.push_back({o.id, o.naam});
  for (const auto& o : orgs.deelnemers) out.deelnemers_van_jaar.push_back(o.id);
  auto open = jaar_open(*uow, regio_id, out.jaar);
  if (!open.ok() && open.error().code != ErrorCode::kConflict) return open.error();
  out.vastgesteld = !open.ok();
  out.mag_wijzigen = programma::mag_catalogus_wijzigen(ctx.actor);
  return out;
}

Result<Product> CatalogusService::product(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return eigen_product(*uow, ctx, id);
}

Result<Product> CatalogusService::create_product(const Context& ctx, const Fields& velden) {
  return audit_->write<Product>(
      ctx, "catalogus.product_toevoegen", "regio/" + std::to_string(ctx.actor.regio_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<Product> {
        REGIE_TRY(catalogus_mag_wijzigen(ctx));
        validation::Reader r(velden);
        auto jaar = lees_jaar(r, "jaar");
        auto p = programma::parse_product(velden);
        if (!p.ok() || !r.ok()) {
          std::vector<FieldError> fouten = r.errors();
          if (!p.ok()) {
            for (const auto& f : p.error().fields) fouten.push_back(f);
          }
          return Error::invalid(std::move(fouten));
        }
        p->regio_id = ctx.actor.regio_id;
        p->jaar = jaar;
        REGIE_TRY(jaar_open(uow, p->regio_id, jaar));
        REGIE_TRY(zorg_voor_sleutel(uow, *p, true));
        auto id = uow.catalogus().create_product(*p);
        if (!id.ok() && id.error().key == "fout.bestaat_al") {
          return Error::invalid({{"productcode", "fout.productcode_bestaat"}});
        }
        REGIE_ASSIGN_OR_RETURN(p->id, std::move(id));
        object = catalogus_object(p->regio_id, p->jaar) + "/product/" + std::to_string(p->id);
        return uow.catalogus().get_product(p->id);
      });
}

Result<Product> CatalogusService::update_product(const Context& ctx, Id id, std::int64_t versie,
                                                 const Fields& velden) {
  return audit_->write<Product>(
      ctx, "catalogus.product_wijzigen", "product/" + std::to_string(id),
      [&](UnitOfWork& uow, std::string& object) -> Result<Product> {
        REGIE_ASSIGN_OR_RETURN(auto oud, eigen_product(uow, ctx, id));
        REGIE_TRY(catalogus_mag_wijzigen(ctx));
        REGIE_TRY(jaar_open(uow, oud.regio_id, oud.jaar));
        REGIE_ASSIGN_OR_RETURN(auto p, programma::parse_product(velden));
        p.id = id;
        p.regio_id = oud.regio_id;
        p.jaar = oud.jaar;
        p.versie = versie;
        REGIE_TRY(zorg_voor_sleutel(uow, p, true));
        auto saved = uow.catalogus().update_product(p);
        if (!saved.ok() && saved.error().key == "fout.bestaat_al") {
          return Error::invalid({{"productcode", "fout.productcode_bestaat"}});
        }
        REGIE_TRY(saved);
        object = catalogus_object(p.regio_id, p.jaar) + "/product/" + std::to_string(id);
        return uow.catalogus().get_product(id);
      });
}

Result<void> CatalogusService::delete_product(const Context& ctx, Id id, std::int64_t versie) {
  auto r = audit_->write<bool>(
      ctx, "catalogus.product_verwijderen", "product/" + std::to_string(id),
      [&](UnitOfWork& uow, std::string& object) -> Result<bool> {
        REGIE_ASSIGN_OR_RETURN(auto p, eigen_product(uow, ctx, id));
        REGIE_TRY(catalogus_mag_wijzigen(ctx));
        REGIE_TRY(jaar_open(uow, p.regio_id, p.jaar));
        REGIE_TRY(uow.catalogus().delete_product(id, versie));
        object = catalogus_object(p.regio_id, p.jaar) + "/product/" + std::to_string(id);
        return true;
      });
  if (!r.ok()) return r.error();
  return Ok();
}

Result<CatalogusJaar> CatalogusService::jaar_kopieren(const Context& ctx, const Fields& velden) {
  const Id regio_id = ctx.actor.regio_id;
  return audit_->write<CatalogusJaar>(
      ctx, "catalogus.jaar_kopieren", "regio/" + std::to_string(regio_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<CatalogusJaar> {
        REGIE_TRY(catalogus_mag_wijzigen(ctx));
        validation::Reader r(velden);
        auto jaar = lees_jaar(r, "jaar");
        auto van = lees_jaar(r, "vanJaar");
        if (!r.ok()) return r.error();
        REGIE_ASSIGN_OR_RETURN(auto bron, uow.catalogus().list_producten(regio_id, van));
        if (bron.empty()) return Error::invalid({{"vanJaar", "fout.catalogusjaar_leeg"}});
        REGIE_ASSIGN_OR_RETURN(auto doel, uow.catalogus().list_producten(regio_id, jaar));
        if (!doel.empty()) return Error::invalid({{"jaar", "fout.catalogusjaar_bestaat"}});
        // The keys first (as they were, to be edited), then the products.
        REGIE_ASSIGN_OR_RETURN(auto sleutels, uow.catalogus().list_sleutels(regio_id, van));
        REGIE_ASSIGN_OR_RETURN(auto bestaande, uow.catalogus().list_sleutels(regio_id, jaar));
        for (auto k : sleutels) {
          bool al = std::any_of(bestaande.begin(), bestaande.end(),
                                [&](const Verdeelsleutel& b) { return b.code == k.code; });
          if (al) continue;
          k.id = 0;
          k.jaar = jaar;
          REGIE_TRY(uow.catalogus().create_sleutel(k));
        }
        for (const auto& p : programma::kopie_voor_jaar(bron, jaar)) {
          REGIE_TRY(uow.catalogus().create_product(p));
        }
        object = catalogus_object(regio_id, jaar);
        return CatalogusJaar{jaar, static_cast<std::int64_t>(bron.size())};
      });
}

Result<Verdeelsleutel> CatalogusService::sleutel(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return eigen_sleutel(*uow, ctx, id);
}

Result<Verdeelsleutel> CatalogusService::create_sleutel(const Context& ctx, const Fields& velden) {
  const Id regio_id = ctx.actor.regio_id;
  return audit_->write<Verdeelsleutel>(
      ctx, "catalogus.sleutel_toevoegen", "regio/" + std::to_string(regio_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<Verdeelsleutel> {
        REGIE_TRY(catalogus_mag_wijzigen(ctx));
        validation::Reader r(velden);
        auto jaar = lees_jaar(r, "jaar");
        if (!r.ok()) return r.error();
        REGIE_TRY(jaar_open(uow, regio_id, jaar));
        REGIE_ASSIGN_OR_RETURN(auto ids, deelnemer_ids(uow, regio_id, jaar));
        REGIE_ASSIGN_OR_RETURN(auto k, programma::parse_sleutel(velden, ids));
        k.regio_id = regio_id;
        k.jaar = jaar;
        auto id = uow.catalogus().create_sleutel(k);
        if (!id.ok() && id.error().key == "fout.bestaat_al") {
          return Error::invalid({{"sleutelcode", "fout.sleutelcode_bestaat"}});
        }
        REGIE_ASSIGN_OR_RETURN(k.id, std::move(id));
        object = sleutel_object(k);
        return uow.catalogus().get_sleutel(k.id);
      });
}

Result<Verdeelsleutel> CatalogusService::update_sleutel(const Context& ctx, Id id,
                                                        std::int64_t versie, const Fields& velden) {
  return audit_->write<Verdeelsleutel>(
      ctx, "catalogus.sleutel_wijzigen", "verdeelsleutel/" + std::to_string(id),
      [&](UnitOfWork& uow, std::string& object) -> Result<Verdeelsleutel> {
        REGIE_ASSIGN_OR_RETURN(auto oud, eigen_sleutel(uow, ctx, id));
        REGIE_TRY(catalogus_mag_wijzigen(ctx));
        REGIE_TRY(jaar_open(uow, oud.regio_id, oud.jaar));
        REGIE_TRY(met_de_hand(oud));
        REGIE_ASSIGN_OR_RETURN(auto ids, deelnemer_ids(uow, oud.regio_id, oud.jaar));
        REGIE_ASSIGN_OR_RETURN(auto k, programma::parse_sleutel(velden, ids, oud.code));
        // The kind stays: the products split by it were priced with it in mind.
        if (k.soort != oud.soort) return Error::invalid({{"soort", "fout.sleutelsoort_vast"}});
        k.id = id;
        k.regio_id = oud.regio_id;
        k.jaar = oud.jaar;
        k.versie = versie;
        REGIE_TRY(uow.catalogus().update_sleutel(k));
        object = sleutel_object(k);
        return uow.catalogus().get_sleutel(id);
      });
}

Result<void> CatalogusService::delete_sleutel(const Context& ctx, Id id, std::int64_t versie) {
  auto r = audit_->write<bool>(
      ctx, "catalogus.sleutel_verwijderen", "verdeelsleutel/" + std::to_string(id),
      [&](UnitOfWork& uow, std::string& object) -> Result<bool> {
        REGIE_ASSIGN_OR_RETURN(auto k, eigen_sleutel(uow, ctx, id));
        REGIE_TRY(catalogus_mag_wijzigen(ctx));
        REGIE_TRY(jaar_open(uow, k.regio_id, k.jaar));
        REGIE_TRY(met_de_hand(k));
        REGIE_ASSIGN_OR_RETURN(auto producten, uow.catalogus().list_producten(k.regio_id, k.jaar));
        bool gebruikt = std::any_of(producten.begin(), producten.end(),
                                    [&](const Product& p) { return p.verdeelsleutel == k.code; });
        if (gebruikt) return Error{ErrorCode::kConflict, "fout.sleutel_in_gebruik", {}, {}};
        REGIE_TRY(uow.catalogus().delete_sleutel(id, versie));
        object = sleutel_object(k);
        return true;
      });
  if (!r.ok()) return r.error();
  return Ok();
}

Result<ImportVerslag> CatalogusService::importeren(const Context& ctx, std::int32_t jaar,
                                                   std::string_view csv, bool proef) {
  const Id regio_id = ctx.actor.regio_id;
  if (jaar < programma::kEersteJaar || jaar > programma::kLaatsteJaar) {
    return Error::invalid(
        {{"jaar", jaar < programma::kEersteJaar ? "fout.te_klein" : "fout.te_groot"}});
  }
  if (proef) {
    REGIE_TRY(catalogus_mag_wijzigen(ctx));
    REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
    return voer_import_uit(*uow, regio_id, jaar, csv, true);
  }
  const LopendeImport lopend;
  return audit_->write<ImportVerslag>(ctx, "catalogus.importeren", catalogus_object(regio_id, jaar),
                                      [&](UnitOfWork& uow, std::string&) -> Result<ImportVerslag> {
                                        REGIE_TRY(catalogus_mag_wijzigen(ctx));
                                        return voer_import_uit(uow, regio_id, jaar, csv, false);
                                      });
}

}  // namespace regie::service
