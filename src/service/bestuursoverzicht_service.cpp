#include "service/bestuursoverzicht_service.hpp"

#include <algorithm>

#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/beleidscyclus/ronde.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/signaal_repository.hpp"
#include "service/opdracht_service.hpp"

namespace regie::service {

Result<Bestuursoverzicht> BestuursoverzichtService::overzicht(const Context& ctx) {
  using governance::RolSoort;
  Bestuursoverzicht out;
  std::vector<Id> eigen;
  for (const auto& h : ctx.actor.hoedanigheden) {
    if (h.soort == RolSoort::kBestuurlijkOpdrachtgever) eigen.push_back(h.organisatie_id);
  }
  if (eigen.empty()) return out;
  out.van_toepassing = true;
  auto is_eigen = [&](Id id) { return std::find(eigen.begin(), eigen.end(), id) != eigen.end(); };

  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  for (Id id : eigen) {
    REGIE_ASSIGN_OR_RETURN(auto org, uow->registry().get_organisatie(id));
    out.organisaties.push_back(org.naam);
  }
  OpdrachtQuery q;
  q.regio_id = ctx.actor.regio_id;
  REGIE_ASSIGN_OR_RETURN(auto alle, uow->opdrachten().list(q));
  for (auto& o : alle) {
    bool betreft = o.soort == opdrachten::Soort::kCollectief || is_eigen(o.opdrachtgever_id) ||
                   (o.deelnemer_id && is_eigen(*o.deelnemer_id));
    bool loopt =
        o.status != opdrachten::Status::kAfgerond && o.status != opdrachten::Status::kGeevalueerd;
    if (!betreft || !loopt || !OpdrachtService::zichtbaar(ctx.actor, o)) continue;
    REGIE_ASSIGN_OR_RETURN(auto verzoeken, uow->opdrachten().list_wijzigingsverzoeken(o.id));
    for (auto& v : verzoeken) {
      if (!opdrachten::is_open(v.status)) continue;
      BestuursVerzoek b;
      b.meerkosten_cents = opdrachten::totaal_cents(v.voorstel) - opdrachten::totaal_cents(o);
      b.wacht_op_u = v.status == opdrachten::VerzoekStatus::kVoorgelegd;
      b.opdracht_titel = o.titel;
      b.verzoek = std::move(v);
      out.verzoeken.push_back(std::move(b));
    }
    REGIE_ASSIGN_OR_RETURN(auto signalen, uow->signalen().list(o.id));
    for (auto& s : signalen) {
      if (s.status != opdrachten::SignaalStatus::kOpen) continue;
      out.signalen.push_back({std::move(s), o.titel});
    }
    out.opdrachten.push_back(std::move(o));
  }

  // The Big 8: a product to adopt soon, or late.
  const Datum vandaag = clock_->vandaag();
  const Datum horizon{vandaag.days() + kHorizonDagen};
  REGIE_ASSIGN_OR_RETURN(auto stappen, uow->cyclus().list_stappen(ctx.actor.regio_id));
  for (auto& s : stappen) {
    auto product = beleidscyclus::vereist_product(s.code);
    if (!product || s.status == beleidscyclus::Status::kAfgerond || !s.gepland_eind ||
        *s.gepland_eind > horizon) {
      continue;
    }
    bool laat = beleidscyclus::is_te_laat(s, vandaag);
    out.besluiten.push_back({std::move(s), *product, laat});
  }
  return out;
}

}  // namespace regie::service
