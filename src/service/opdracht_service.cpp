#include "service/opdracht_service.hpp"

#include <algorithm>

#include "domain/validation.hpp"

namespace regie::service {
namespace {

using auth::Gebruikersrol;
using opdrachten::Kant;
using opdrachten::Opdracht;
using opdrachten::Status;

std::string object_id(Id id) { return "opdracht/" + std::to_string(id); }

bool zichtbaar(const auth::Actor& actor, const Opdracht& o) {
  if (o.regio_id != actor.regio_id) return false;
  if (o.soort == opdrachten::Soort::kCollectief) return true;
  if (actor.rol == Gebruikersrol::kBeheerder || auth::is_od_rol(actor.rol)) return true;
  return actor.organisatie_id == o.opdrachtgever_id ||
         (o.deelnemer_id && actor.organisatie_id == *o.deelnemer_id);
}

bool bewerkbaar(Status status) {
  return status == Status::kConcept || status == Status::kTeruggelegd;
}

Result<Opdracht> zichtbare_opdracht(UnitOfWork& uow, const auth::Actor& actor, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto o, uow.get_opdracht(id));
  if (!zichtbaar(actor, o)) return Error::not_found("opdracht niet zichtbaar");
  return o;
}

// An organisatie of the regio with a deelnemerschap (deelnemer or niet-deelnemer).
bool is_opdrachtgever(UnitOfWork& uow, Id regio_id, Id organisatie_id, bool alleen_deelnemer) {
  auto org = uow.get_organisatie(organisatie_id);
  if (!org.ok() || org->regio_id != regio_id) return false;
  auto lijst = uow.list_deelnemerschappen(organisatie_id);
  if (!lijst.ok()) return false;
  return std::any_of(lijst->begin(), lijst->end(), [&](const governance::Deelnemerschap& d) {
    return !alleen_deelnemer || d.relatie == governance::Relatie::kDeelnemer;
  });
}

// The references of a draft, checked against the regio; every problem at once.
Result<void> check_verwijzingen(UnitOfWork& uow, const auth::Actor& actor, const Opdracht& o) {
  std::vector<FieldError> fouten;
  if (!is_opdrachtgever(uow, actor.regio_id, o.opdrachtgever_id, false)) {
    fouten.push_back({"opdrachtgeverId", "fout.geen_deelnemer"});
  }
  if (o.deelnemer_id && !is_opdrachtgever(uow, actor.regio_id, *o.deelnemer_id, false)) {
    fouten.push_back({"deelnemerId", "fout.geen_deelnemer"});
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return Ok();
}

}  // namespace

Kant OpdrachtService::kant(const auth::Actor& actor, const Opdracht& o) {
  if (actor.rol == Gebruikersrol::kOpdrachtgever && actor.organisatie_id == o.opdrachtgever_id) {
    return Kant::kOpdrachtgever;
  }
  if (actor.rol == Gebruikersrol::kAccountmanager || actor.rol == Gebruikersrol::kDirectie) {
    return Kant::kOpdrachtnemer;
  }
  return Kant::kGeen;
}

bool OpdrachtService::mag_opstellen(const auth::Actor& actor) {
  return actor.rol == Gebruikersrol::kOpdrachtgever ||
         actor.rol == Gebruikersrol::kAccountmanager || actor.rol == Gebruikersrol::kDirectie;
}

bool OpdrachtService::zichtbaar(const auth::Actor& actor, const Opdracht& opdracht) {
  return service::zichtbaar(actor, opdracht);
}

Result<std::vector<Opdracht>> OpdrachtService::opdrachten(const Context& ctx, OpdrachtQuery query) {
  query.regio_id = ctx.actor.regio_id;
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto alle, uow->list_opdrachten(query));
  std::erase_if(alle, [&](const Opdracht& o) { return !zichtbaar(ctx.actor, o); });
  return alle;
}

Result<OpdrachtDetail> OpdrachtService::opdracht(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  OpdrachtDetail d;
  REGIE_ASSIGN_OR_RETURN(d.opdracht, zichtbare_opdracht(*uow, ctx.actor, id));
  d.controle = opdrachten::controleer(d.opdracht);
  REGIE_ASSIGN_OR_RETURN(d.tijdlijn, uow->list_overgangen(id));
  d.kant = kant(ctx.actor, d.opdracht);
  d.mogelijke_stappen = opdrachten::mogelijke_stappen(d.opdracht.status, d.kant);
  d.mag_wijzigen = d.kant != Kant::kGeen && bewerkbaar(d.opdracht.status);
  if (auto org = uow->get_organisatie(d.opdracht.opdrachtgever_id); org.ok()) {
    d.opdrachtgever_naam = org->naam;
  }
  if (d.opdracht.deelnemer_id) {
    if (auto org = uow->get_organisatie(*d.opdracht.deelnemer_id); org.ok()) {
      d.deelnemer_naam = org->naam;
    }
  }
  return d;
}

Result<Opdracht> OpdrachtService::create(const Context& ctx, const Fields& velden,
                                         const opdrachten::Lijsten& lijsten) {
  return audit_->write<Opdracht>(ctx, "opdracht.aanmaken", "opdracht",
                                 [&](UnitOfWork& uow, std::string& object) -> Result<Opdracht> {
                                   if (!mag_opstellen(ctx.actor))
                                     return Error::forbidden("opdracht opstellen");
                                   REGIE_ASSIGN_OR_RETURN(
                                       auto o, opdrachten::parse_opdracht(velden, lijsten));
                                   o.regio_id = ctx.actor.regio_id;
                                   o.status = Status::kConcept;
                                   if (ctx.actor.rol == Gebruikersrol::kOpdrachtgever) {
                                     o.opdrachtgever_id = ctx.actor.organisatie_id;
                                   } else {
                                     validation::Reader r(velden);
                                     o.opdrachtgever_id = r.required_id("opdrachtgeverId");
                                     if (!r.ok()) return r.error();
                                   }
                                   REGIE_TRY(check_verwijzingen(uow, ctx.actor, o));
                                   REGIE_ASSIGN_OR_RETURN(o.id, uow.insert_opdracht(o));
                                   object = object_id(o.id);
                                   return uow.get_opdracht(o.id);
                                 });
}

Result<Opdracht> OpdrachtService::update(const Context& ctx, Id id, std::int64_t versie,
                                         const Fields& velden, const opdrachten::Lijsten& lijsten) {
  return audit_->write<Opdracht>(
      ctx, "opdracht.wijzigen", object_id(id),
      [&](UnitOfWork& uow, std::string&) -> Result<Opdracht> {
        REGIE_ASSIGN_OR_RETURN(auto huidig, zichtbare_opdracht(uow, ctx.actor, id));
        if (kant(ctx.actor, huidig) == Kant::kGeen) return Error::forbidden("opdracht wijzigen");
        if (!bewerkbaar(huidig.status)) {
          return Error{ErrorCode::kConflict,
                       "fout.opdracht_niet_bewerkbaar",
                       "status " + std::string(code(huidig.status)),
                       {}};
        }
        REGIE_ASSIGN_OR_RETURN(auto o, opdrachten::parse_opdracht(velden, lijsten));
        o.id = id;
        o.regio_id = huidig.regio_id;
        o.opdrachtgever_id = huidig.opdrachtgever_id;
        o.status = huidig.status;
        o.inhoudsversie = huidig.inhoudsversie;
        o.versie = versie;
        REGIE_TRY(check_verwijzingen(uow, ctx.actor, o));
        REGIE_TRY(uow.update_opdracht(o));
        return uow.get_opdracht(id);
      });
}

Result<Opdracht> OpdrachtService::zet_stap(const Context& ctx, Id id, std::int64_t versie,
                                           opdrachten::Stap stap, const std::string& reden) {
  return audit_->write<Opdracht>(
      ctx, "opdracht." + std::string(code(stap)), object_id(id),
      [&](UnitOfWork& uow, std::string&) -> Result<Opdracht> {
        REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(uow, ctx.actor, id));
        if (o.versie != versie) return Error::conflict("opdracht versie is verouderd");
        REGIE_ASSIGN_OR_RETURN(auto naar, opdrachten::zet_stap(o, stap, kant(ctx.actor, o), reden));
        opdrachten::Overgang overgang;
        overgang.opdracht_id = id;
        overgang.stap = stap;
        overgang.van = o.status;
        overgang.naar = naar;
        overgang.door = ctx.actor.naam;
        overgang.tijdstip = audit_->clock().now_iso();
        overgang.reden = reden;
        o.status = naar;
        REGIE_TRY(uow.update_opdracht(o));
        REGIE_TRY(uow.insert_overgang(overgang));
        return uow.get_opdracht(id);
      });
}

}  // namespace regie::service
