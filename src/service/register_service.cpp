#include "service/register_service.hpp"

#include <algorithm>
#include <optional>

#include "core/text.hpp"
#include "domain/governance/parse.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/governance/rol.hpp"
#include "domain/validation.hpp"
#include "service/authorization.hpp"

namespace regie::service {
namespace {

using auth::Actor;

constexpr std::int64_t kMaxPagina = 500;

void clamp(PageRequest& page) {
  page.limit = std::clamp<std::int64_t>(page.limit, 1, kMaxPagina);
  page.offset = std::max<std::int64_t>(page.offset, 0);
}

Result<Organisatie> organisatie_in_regio(UnitOfWork& uow, const Actor& actor, Id id) {
  auto org = uow.registry().get_organisatie(id);
  if (!org.ok()) return org;
  if (org->regio_id != actor.regio_id) return Error::not_found("organisatie buiten regio");
  return org;
}

Result<std::optional<std::vector<Id>>> zichtbaar(UnitOfWork& uow, const Actor& actor) {
  REGIE_ASSIGN_OR_RETURN(auto ods, uow.registry().list_od_organisaties(actor.regio_id));
  return auth::zichtbare_organisaties(actor, ods);
}

bool bevat(const std::optional<std::vector<Id>>& ids, Id id) {
  return !ids || std::find(ids->begin(), ids->end(), id) != ids->end();
}

// A persoon the actor may see: in the regio and employed by a visible organisatie.
Result<Persoon> zichtbare_persoon(UnitOfWork& uow, const Actor& actor, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto persoon, uow.registry().get_persoon(id));
  if (persoon.regio_id != actor.regio_id) return Error::not_found("persoon buiten regio");
  REGIE_ASSIGN_OR_RETURN(auto ids, zichtbaar(uow, actor));
  if (!bevat(ids, persoon.organisatie_id)) return Error::not_found("persoon niet zichtbaar");
  return persoon;
}

Result<Rol> zichtbare_rol(UnitOfWork& uow, const Actor& actor, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto rol, uow.registry().get_rol(id));
  REGIE_ASSIGN_OR_RETURN(auto persoon, uow.registry().get_persoon(rol.persoon_id));
  if (persoon.regio_id != actor.regio_id) return Error::not_found("rol buiten regio");
  REGIE_ASSIGN_OR_RETURN(auto ids, zichtbaar(uow, actor));
  if (!bevat(ids, rol.organisatie_id) && !bevat(ids, persoon.organisatie_id)) {
    return Error::not_found("rol niet zichtbaar");
  }
  return rol;
}

// Checks the persoon and organisatie a rol refers to and whether the actor may record it.
Result<void> check_rol(UnitOfWork& uow, const Actor& actor, const Rol& rol) {
  auto persoon = zichtbare_persoon(uow, actor, rol.persoon_id);
  if (!persoon.ok()) {
    if (persoon.error().code == ErrorCode::kNotFound) {
      return Error::invalid({{"persoonId", "fout.onbekende_keuze"}});
    }
    return std::move(persoon).error();
  }
  auto org = organisatie_in_regio(uow, actor, rol.organisatie_id);
  if (!org.ok()) {
    if (org.error().code == ErrorCode::kNotFound) {
      return Error::invalid({{"organisatieId", "fout.onbekende_keuze"}});
    }
    return std::move(org).error();
  }
  if (!auth::mag_rol_wijzigen(actor, rol.organisatie_id, persoon->organisatie_id, rol.soort)) {
    return Error::forbidden("rol wijzigen");
  }
  return Ok();
}

// Authorization before validation: whether the actor may record the rol the body describes, as
// far as it can be read (the organisatie it is for, the persoon's employer, the soort); what
// cannot be read is judged by validation, and check_rol authorizes the parsed rol again.
Result<void> mag_rol_vastleggen(UnitOfWork& uow, const Actor& actor, const Fields& f) {
  if (!auth::mag_rollen_vastleggen(actor)) return Error::forbidden("rol vastleggen");
  Id organisatie_id = target_organisatie(uow, actor, f, "organisatieId");
  Id werkgever_id = actor.organisatie_id;
  if (auto persoon_id = validation::peek_id(f, "persoonId")) {
    if (auto persoon = zichtbare_persoon(uow, actor, *persoon_id); persoon.ok()) {
      werkgever_id = persoon->organisatie_id;
    }
  }
  auto soort = governance::rol_soort_from_code(trim(field(f, "soort").value_or("")));
  if (!auth::mag_rol_wijzigen(actor, organisatie_id, werkgever_id,
                              soort.value_or(governance::RolSoort::kMedewerker))) {
    return Error::forbidden("rol vastleggen");
  }
  return Ok();
}

// GOV-3: the rol keeps the hours it had; a change of the hours (against what the user saw, the
// latest) starts a new period on `uren_vanaf`, by default today. A day after the rol's end would
// never hold, so it is refused at the field.
Result<void> nieuwe_uren(Rol& rol, const Rol& huidig, std::optional<Datum> uren_vanaf,
                         Datum vandaag) {
  const std::int32_t uren = rol.uren_per_jaar;
  rol.urenperioden = governance::urenperioden_van(huidig);
  rol.uren_per_jaar = huidig.uren_per_jaar;
  governance::pas_urenperioden_aan(rol);
  if (uren == huidig.uren_per_jaar) return Ok();
  const Datum vanaf = uren_vanaf.value_or(vandaag);
  if (rol.periode.tot && *rol.periode.tot < vanaf) {
    return Error::invalid({{"urenVanaf", "fout.uren_na_einde_rol"}});
  }
  governance::wijzig_uren(rol, vanaf, uren);
  return Ok();
}

}  // namespace

Result<std::vector<Regio>> RegisterService::regios(const Context& ctx) {
  REGIE_ASSIGN_OR_RETURN(auto regio, this->regio(ctx, ctx.actor.regio_id));
  return std::vector<Regio>{regio};
}

Result<Regio> RegisterService::regio(const Context& ctx, Id id) {
  if (id != ctx.actor.regio_id) return Error::not_found("andere regio");
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return uow->registry().get_regio(id);
}

Result<Regio> RegisterService::update_regio(const Context& ctx, Id id, std::int64_t versie,
                                            const Fields& f) {
  return audit_->write<Regio>(ctx, "regio.wijzigen", object_id("regio", id),
                              [&](UnitOfWork& uow, std::string&) -> Result<Regio> {
                                if (id != ctx.actor.regio_id)
                                  return Error::not_found("andere regio");
                                REGIE_TRY(uow.registry().get_regio(id));
                                if (!auth::mag_regio_wijzigen(ctx.actor))
                                  return Error::forbidden("regio wijzigen");
                                REGIE_ASSIGN_OR_RETURN(auto regio, governance::parse_regio(f));
                                regio.id = id;
                                regio.versie = versie;
                                REGIE_TRY(uow.registry().update_regio(regio));
                                return uow.registry().get_regio(id);
                              });
}

Result<Page<Organisatie>> RegisterService::organisaties(const Context& ctx,
                                                        OrganisatieQuery query) {
  query.regio_id = ctx.actor.regio_id;
  clamp(query.page);
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return uow->registry().list_organisaties(query);
}

Result<std::vector<Organisatie>> RegisterService::alle_organisaties(const Context& ctx) {
  OrganisatieQuery query;
  query.page.limit = kMaxPagina;
  REGIE_ASSIGN_OR_RETURN(auto page, organisaties(ctx, query));
  return page.items;
}

Result<Organisatie> RegisterService::organisatie(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return organisatie_in_regio(*uow, ctx.actor, id);
}

Result<Organisatie> RegisterService::create_organisatie(const Context& ctx, const Fields& f) {
  return audit_->write<Organisatie>(
      ctx, "organisatie.aanmaken", "organisatie",
      [&](UnitOfWork& uow, std::string& object) -> Result<Organisatie> {
        if (!auth::mag_organisatie_wijzigen(ctx.actor)) {
          return Error::forbidden("organisatie aanmaken");
        }
        REGIE_ASSIGN_OR_RETURN(auto org, governance::parse_organisatie(f));
        org.regio_id = ctx.actor.regio_id;
        auto id = uow.registry().create_organisatie(org);
        if (!id.ok() && id.error().key == "fout.bestaat_al") {
          return Error::invalid({{"naam", "fout.naam_bestaat_al"}});
        }
        if (!id.ok()) return std::move(id).error();
        object = object_id("organisatie", *id);
        return uow.registry().get_organisatie(*id);
      });
}

Result<Organisatie> RegisterService::update_organisatie(const Context& ctx, Id id,
                                                        std::int64_t versie, const Fields& f) {
  return audit_->write<Organisatie>(
      ctx, "organisatie.wijzigen", object_id("organisatie", id),
      [&](UnitOfWork& uow, std::string&) -> Result<Organisatie> {
        REGIE_ASSIGN_OR_RETURN(auto current, organisatie_in_regio(uow, ctx.actor, id));
        if (!auth::mag_organisatie_wijzigen(ctx.actor)) {
          return Error::forbidden("organisatie wijzigen");
        }
        REGIE_ASSIGN_OR_RETURN(auto org, governance::parse_organisatie(f));
        org.id = id;
        org.regio_id = current.regio_id;
        org.versie = versie;
        auto updated = uow.registry().update_organisatie(org);
        if (!updated.ok() && updated.error().key == "fout.bestaat_al") {
          return Error::invalid({{"naam", "fout.naam_bestaat_al"}});
        }
        if (!updated.ok()) return std::move(updated).error();
        return uow.registry().get_organisatie(id);
      });
}

Result<void> RegisterService::delete_organisatie(const Context& ctx, Id id, std::int64_t versie) {
  auto result = audit_->write<bool>(ctx, "organisatie.verwijderen", object_id("organisatie", id),
                                    [&](UnitOfWork& uow, std::string&) -> Result<bool> {
                                      REGIE_TRY(organisatie_in_regio(uow, ctx.actor, id));
                                      if (!auth::mag_organisatie_wijzigen(ctx.actor)) {
                                        return Error::forbidden("organisatie verwijderen");
                                      }
                                      REGIE_TRY(uow.registry().delete_organisatie(id, versie));
                                      return true;
                                    });
  if (!result.ok()) return std::move(result).error();
  return Ok();
}

Result<std::vector<Deelnemerschap>> RegisterService::deelnemerschappen(const Context& ctx,
                                                                       Id organisatie_id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_TRY(organisatie_in_regio(*uow, ctx.actor, organisatie_id));
  return uow->registry().list_deelnemerschappen(organisatie_id);
}

Result<Deelnemerschap> RegisterService::create_deelnemerschap(const Context& ctx, Id organisatie_id,
                                                              const Fields& f) {
  return audit_->write<Deelnemerschap>(
      ctx, "deelnemerschap.aanmaken", object_id("organisatie", organisatie_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<Deelnemerschap> {
        REGIE_TRY(organisatie_in_regio(uow, ctx.actor, organisatie_id));
        if (!auth::mag_organisatie_wijzigen(ctx.actor)) {
          return Error::forbidden("deelnemerschap aanmaken");
        }
        REGIE_ASSIGN_OR_RETURN(auto d, governance::parse_deelnemerschap(f));
        d.organisatie_id = organisatie_id;
        REGIE_ASSIGN_OR_RETURN(auto existing,
                               uow.registry().list_deelnemerschappen(organisatie_id));
        for (const auto& other : existing) {
          if (other.periode.overlapt(d.periode)) {
            return Error::invalid({{"van", "fout.periode_overlapt"}});
          }
        }
        REGIE_ASSIGN_OR_RETURN(d.id, uow.registry().create_deelnemerschap(d));
        object = object_id("deelnemerschap", d.id);
        return d;
      });
}

Result<void> RegisterService::delete_deelnemerschap(const Context& ctx, Id organisatie_id, Id id) {
  auto result =
      audit_->write<bool>(ctx, "deelnemerschap.verwijderen", object_id("deelnemerschap", id),
                          [&](UnitOfWork& uow, std::string&) -> Result<bool> {
                            REGIE_TRY(organisatie_in_regio(uow, ctx.actor, organisatie_id));
                            if (!auth::mag_organisatie_wijzigen(ctx.actor)) {
                              return Error::forbidden("deelnemerschap verwijderen");
                            }
                            REGIE_TRY(uow.registry().delete_deelnemerschap(id, organisatie_id));
                            return true;
                          });
  if (!result.ok()) return std::move(result).error();
  return Ok();
}

Result<Page<PersoonRegel>> RegisterService::personen(const Context& ctx, PersoonQuery query) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  query.regio_id = ctx.actor.regio_id;
  REGIE_ASSIGN_OR_RETURN(query.werkgevers, zichtbaar(*uow, ctx.actor));
  clamp(query.page);
  return uow->registry().list_personen(query);
}

Result<Persoon> RegisterService::persoon(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return zichtbare_persoon(*uow, ctx.actor, id);
}

Result<Persoon> RegisterService::create_persoon(const Context& ctx, const Fields& f) {
  return audit_->write<Persoon>(
      ctx, "persoon.aanmaken", "persoon",
      [&](UnitOfWork& uow, std::string& object) -> Result<Persoon> {
        // The werkgever named in the body decides, before the input is judged.
        if (!auth::mag_persoon_wijzigen(ctx.actor,
                                        target_organisatie(uow, ctx.actor, f, "organisatieId"))) {
          return Error::forbidden("persoon aanmaken");
        }
        REGIE_ASSIGN_OR_RETURN(auto persoon, governance::parse_persoon(f));
        auto org = organisatie_in_regio(uow, ctx.actor, persoon.organisatie_id);
        if (!org.ok()) return Error::invalid({{"organisatieId", "fout.onbekende_keuze"}});
        if (!auth::mag_persoon_wijzigen(ctx.actor, persoon.organisatie_id)) {
          return Error::forbidden("persoon aanmaken");
        }
        persoon.regio_id = ctx.actor.regio_id;
        REGIE_ASSIGN_OR_RETURN(auto id, uow.registry().create_persoon(persoon));
        object = object_id("persoon", id);
        return uow.registry().get_persoon(id);
      });
}

Result<Persoon> RegisterService::update_persoon(const Context& ctx, Id id, std::int64_t versie,
                                                const Fields& f) {
  return audit_->write<Persoon>(
      ctx, "persoon.wijzigen", object_id("persoon", id),
      [&](UnitOfWork& uow, std::string&) -> Result<Persoon> {
        REGIE_ASSIGN_OR_RETURN(auto current, zichtbare_persoon(uow, ctx.actor, id));
        if (!auth::mag_persoon_wijzigen(ctx.actor, current.organisatie_id) ||
            !auth::mag_persoon_wijzigen(ctx.actor,
                                        target_organisatie(uow, ctx.actor, f, "organisatieId"))) {
          return Error::forbidden("persoon wijzigen");
        }
        REGIE_ASSIGN_OR_RETURN(auto persoon, governance::parse_persoon(f));
        auto org = organisatie_in_regio(uow, ctx.actor, persoon.organisatie_id);
        if (!org.ok()) return Error::invalid({{"organisatieId", "fout.onbekende_keuze"}});
        if (!auth::mag_persoon_wijzigen(ctx.actor, persoon.organisatie_id)) {
          return Error::forbidden("persoon verplaatsen");
        }
        persoon.id = id;
        persoon.regio_id = current.regio_id;
        persoon.versie = versie;
        REGIE_TRY(uow.registry().update_persoon(persoon));
        return uow.registry().get_persoon(id);
      });
}

Result<void> RegisterService::delete_persoon(const Context& ctx, Id id, std::int64_t versie) {
  auto result = audit_->write<bool>(
      ctx, "persoon.verwijderen", object_id("persoon", id),
      [&](UnitOfWork& uow, std::string&) -> Result<bool> {
        REGIE_ASSIGN_OR_RETURN(auto current, zichtbare_persoon(uow, ctx.actor, id));
        if (!auth::mag_persoon_wijzigen(ctx.actor, current.organisatie_id)) {
          return Error::forbidden("persoon verwijderen");
        }
        REGIE_TRY(uow.registry().delete_persoon(id, versie));
        return true;
      });
  if (!result.ok()) return std::move(result).error();
  return Ok();
}

Result<Page<RolRegel>> RegisterService::rollen(const Context& ctx, RolQuery query) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  query.regio_id = ctx.actor.regio_id;
  REGIE_ASSIGN_OR_RETURN(query.zichtbaar, zichtbaar(*uow, ctx.actor));
  clamp(query.page);
  return uow->registry().list_rollen(query);
}

Result<std::vector<RolRegel>> RegisterService::bestuursleden(const Context& ctx,
                                                             governance::RolSoort orgaan,
                                                             Datum peildatum) {
  if (!governance::is_bestuurslidmaatschap(orgaan)) {
    return Error::invalid({{"soort", "fout.ongeldige_keuze"}});
  }
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  RolQuery query;
  query.regio_id = ctx.actor.regio_id;
  query.soort = orgaan;
  query.peildatum = peildatum;
  query.sorteer = "organisatie";
  query.page.limit = kMaxPagina;
  REGIE_ASSIGN_OR_RETURN(auto page, uow->registry().list_rollen(query));
  return page.items;
}

Result<Rol> RegisterService::rol(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return zichtbare_rol(*uow, ctx.actor, id);
}

Result<Rol> RegisterService::create_rol(const Context& ctx, const Fields& f) {
  return audit_->write<Rol>(ctx, "rol.aanmaken", "rol",
                            [&](UnitOfWork& uow, std::string& object) -> Result<Rol> {
                              REGIE_TRY(mag_rol_vastleggen(uow, ctx.actor, f));
                              REGIE_ASSIGN_OR_RETURN(auto invoer, governance::parse_rol(f));
                              Rol& rol = invoer.rol;
                              REGIE_TRY(check_rol(uow, ctx.actor, rol));
                              // GOV-3: a new rol has its hours from its start.
                              governance::wijzig_uren(rol, rol.periode.van, rol.uren_per_jaar);
                              REGIE_ASSIGN_OR_RETURN(auto id, uow.registry().create_rol(rol));
                              object = object_id("rol", id);
                              return uow.registry().get_rol(id);
                            });
}

Result<Rol> RegisterService::update_rol(const Context& ctx, Id id, std::int64_t versie,
                                        const Fields& f) {
  return audit_->write<Rol>(
      ctx, "rol.wijzigen", object_id("rol", id), [&](UnitOfWork& uow, std::string&) -> Result<Rol> {
        REGIE_ASSIGN_OR_RETURN(auto current, zichtbare_rol(uow, ctx.actor, id));
        REGIE_TRY(check_rol(uow, ctx.actor, current));
        REGIE_TRY(mag_rol_vastleggen(uow, ctx.actor, f));
        REGIE_ASSIGN_OR_RETURN(auto invoer, governance::parse_rol(f));
        Rol& rol = invoer.rol;
        REGIE_TRY(check_rol(uow, ctx.actor, rol));
        rol.id = id;
        rol.versie = versie;
        REGIE_TRY(nieuwe_uren(rol, current, invoer.uren_vanaf, audit_->clock().vandaag()));
        REGIE_TRY(uow.registry().update_rol(rol));
        return uow.registry().get_rol(id);
      });
}

Result<void> RegisterService::delete_rol(const Context& ctx, Id id, std::int64_t versie) {
  auto result =
      audit_->write<bool>(ctx, "rol.verwijderen", object_id("rol", id),
                          [&](UnitOfWork& uow, std::string&) -> Result<bool> {
                            REGIE_ASSIGN_OR_RETURN(auto current, zichtbare_rol(uow, ctx.actor, id));
                            REGIE_TRY(check_rol(uow, ctx.actor, current));
                            REGIE_TRY(uow.registry().delete_rol(id, versie));
                            return true;
                          });
  if (!result.ok()) return std::move(result).error();
  return Ok();
}

}  // namespace regie::service
