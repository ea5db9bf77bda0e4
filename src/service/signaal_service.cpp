#include "service/signaal_service.hpp"

#include <algorithm>
#include <map>

#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/signaal_repository.hpp"
#include "domain/validation.hpp"
#include "service/namens.hpp"
#include "service/opdracht_service.hpp"

namespace regie::service {
namespace {

using opdrachten::Kant;
using opdrachten::Opdracht;
using opdrachten::Signaal;

std::string signaal_object(Id opdracht_id, Id signaal_id) {
  return "opdracht/" + std::to_string(opdracht_id) + "/signaal/" + std::to_string(signaal_id);
}

constexpr std::size_t kMaxTekst = 20'000;

// The texts of a signaal as the reader read them (a wrong JSON kind or a control character
// leaves a text empty and names the field). The domain rule decides first (who may, in which
// status); when it finds the input invalid, the reader's errors say why, before its own.
template <typename T>
Result<T> met_leesfouten(const validation::Reader& r, Result<T> result) {
  if (r.ok() || (!result.ok() && result.error().code != ErrorCode::kInvalid)) return result;
  std::vector<FieldError> fouten = r.errors();
  if (!result.ok()) {
    for (const auto& f : result.error().fields) {
      bool genoemd = std::any_of(fouten.begin(), fouten.end(),
                                 [&](const FieldError& e) { return e.field == f.field; });
      if (!genoemd) fouten.push_back(f);
    }
  }
  return Error::invalid(std::move(fouten));
}

// The signaal of that opdracht (a signaal id under another opdracht is not found).
Result<Signaal> signaal_van(UnitOfWork& uow, Id opdracht_id, Id signaal_id) {
  REGIE_ASSIGN_OR_RETURN(auto s, uow.signalen().get(signaal_id));
  if (s.opdracht_id != opdracht_id) return Error::not_found("signaal van een andere opdracht");
  return s;
}

}  // namespace

bool SignaalService::mag_melden(Kant kant, opdrachten::Status status) {
  return kant == Kant::kOpdrachtnemer && opdrachten::signaal_mogelijk(status);
}

bool SignaalService::mag_afhandelen(Kant kant, const Signaal& signaal) {
  return opdrachten::mag_afhandelen(kant) && signaal.status == opdrachten::SignaalStatus::kOpen;
}

Result<std::vector<Signaal>> SignaalService::signalen(const Context& ctx, Id opdracht_id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_TRY(zichtbare_opdracht(*uow, ctx.actor, opdracht_id));
  return uow->signalen().list(opdracht_id);
}

Result<Signaal> SignaalService::signaal(const Context& ctx, Id opdracht_id, Id signaal_id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_TRY(zichtbare_opdracht(*uow, ctx.actor, opdracht_id));
  return signaal_van(*uow, opdracht_id, signaal_id);
}

// OPD-6: reported by the opdrachtnemer, open from the moment it is stored.
Result<Signaal> SignaalService::melden(const Context& ctx, Id opdracht_id, const Fields& velden) {
  return audit_->write<Signaal>(
      ctx, "signaal.melden", "opdracht/" + std::to_string(opdracht_id) + "/signaal",
      [&](UnitOfWork& uow, std::string& object) -> Result<Signaal> {
        REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(uow, ctx.actor, opdracht_id));
        validation::Reader r(velden);
        opdrachten::Melding melding{
            r.optional_text("soort", 64),
            r.optional_text("wat", kMaxTekst, validation::Regels::kMeer),
            r.optional_text("impact", kMaxTekst, validation::Regels::kMeer),
            r.optional_text("maatregel", kMaxTekst, validation::Regels::kMeer)};
        REGIE_ASSIGN_OR_RETURN(
            auto s, met_leesfouten(r, opdrachten::meld_signaal(
                                          o, OpdrachtService::kant(ctx.actor, o), melding)));
        s.gemeld_door = OpdrachtService::wie(ctx.actor, o);
        s.gemeld_op = audit_->clock().now_iso();
        REGIE_ASSIGN_OR_RETURN(s.id, uow.signalen().create(s));
        object = signaal_object(opdracht_id, s.id);
        return uow.signalen().get(s.id);
      });
}

// OPD-6: handled by the opdrachtgever, from the version it saw.
Result<Signaal> SignaalService::afhandelen(const Context& ctx, Id opdracht_id, Id signaal_id,
                                           std::int64_t versie, const Fields& velden) {
  return audit_->write<Signaal>(
      ctx, "signaal.afhandelen", signaal_object(opdracht_id, signaal_id),
      [&](UnitOfWork& uow, std::string&) -> Result<Signaal> {
        REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(uow, ctx.actor, opdracht_id));
        REGIE_ASSIGN_OR_RETURN(auto huidig, signaal_van(uow, opdracht_id, signaal_id));
        // Who may handle it comes before the version, the version before the rules.
        const auto kant = OpdrachtService::kant(ctx.actor, o);
        if (!opdrachten::mag_afhandelen(kant)) return Error::forbidden("signaal afhandelen");
        if (huidig.versie != versie) return Error::stale("signaal versie is verouderd");
        validation::Reader r(velden);
        auto afhandeling = r.optional_text("afhandeling", kMaxTekst, validation::Regels::kMeer);
        REGIE_ASSIGN_OR_RETURN(
            auto s, met_leesfouten(r, opdrachten::handel_signaal_af(huidig, kant, afhandeling)));
        s.afgehandeld_door = OpdrachtService::wie(ctx.actor, o);
        s.afgehandeld_op = audit_->clock().now_iso();
        // OPD-2: on a collectieve opdracht, on whose behalf.
        REGIE_ASSIGN_OR_RETURN(s.afgehandeld_namens, namens(uow, o, audit_->clock().vandaag()));
        REGIE_TRY(uow.signalen().update(s));
        return uow.signalen().get(signaal_id);
      });
}

// OPD-6: what the start page shows at once.
Result<std::vector<SignaalRegel>> SignaalService::open_signalen_voor(const Context& ctx) {
  // Those who handle signalen: the hats that take a side on an opdracht (decision 24).
  if (!auth::is_opdrachtgeverkant(ctx.actor) &&
      !auth::draagt(ctx.actor, governance::RolSoort::kAccountmanager) &&
      !auth::draagt(ctx.actor, governance::RolSoort::kDirectieOd)) {
    return std::vector<SignaalRegel>{};
  }
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto open, uow->signalen().list_open(ctx.actor.regio_id));
  std::vector<SignaalRegel> out;
  if (open.empty()) return out;
  REGIE_ASSIGN_OR_RETURN(auto lijst,
                         uow->opdrachten().list(OpdrachtQuery{.regio_id = ctx.actor.regio_id}));
  std::map<Id, const Opdracht*> per_id;
  for (const auto& o : lijst) per_id[o.id] = &o;
  for (auto& s : open) {
    auto it = per_id.find(s.opdracht_id);
    if (it == per_id.end() || !OpdrachtService::zichtbaar(ctx.actor, *it->second)) continue;
    const Opdracht& o = *it->second;
    bool mag = mag_afhandelen(OpdrachtService::kant(ctx.actor, o), s);
    out.push_back({std::move(s), o.titel, mag});
  }
  return out;
}

}  // namespace regie::service
