// The matrix of afwijkingen and bijsturing (MON-3, GOV-12): everyone of the regio lists the
// signalen it may see; a signaal of Beekdal is seen by the omgevingsdienst's side, the regisseur,
// the beheerder and Beekdal's own opdrachtgever and bestuurder, one of Dijkstede not by Beekdal
// (404). The accountmanager of the deelnemer (Thomas serves Beekdal and Dijkstede) drafts the
// voorstel; Beekdal's ambtelijk and bestuurlijk opdrachtgever decide. The scratch of each
// account: a signaal with a voorstel for Beekdal and one for Dijkstede, in a year of its own.
#include "domain/monitoring/afwijking_repository.hpp"
#include "route_matrix/catalogus_rows.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {
namespace {

constexpr std::array<int, kAantalWie> kDijkstedeLezen = {kL,  200, 200, 200, 200,
                                                         200, 404, 404, 200};
constexpr std::array<int, kAantalWie> kApiDijkstedeLezen = {401, 200, 200, 200, 200,
                                                            200, 404, 404, 200};

// A year of its own for every scratch signaal (one in progress per deelnemer, soort and year).
std::int32_t eigen_jaar() {
  static std::int32_t n = 0;
  return 2040 + n++;
}

Result<Id> maak_signaal(Omgeving& o, Id deelnemer) {
  REGIE_ASSIGN_OR_RETURN(auto uow, o.server.store().begin(Toegang::kSchrijven));
  monitoring::Afwijkingssignaal s;
  s.regio_id = o.demo.regio;
  s.jaar = eigen_jaar();
  s.deelnemer_id = deelnemer;
  s.peilmaand = 6;
  s.plan = {1'000'00, 10, 10'000'00, 0};
  s.realisatie = {800'00, 8, 8'000'00, 0};
  s.prognose = {1'600'00, 16, 16'000'00, 0};
  s.uren = s.aantal = s.bedrag = monitoring::Afwijking::kBoven;
  s.status = monitoring::SignaalStatus::kVoorstel;
  s.gesignaleerd_op = s.bijgewerkt_op = "2026-11-30T16:00:00Z";
  s.voorstel = monitoring::Bijsturingsvoorstel{"Minder controles", "Binnen het plan",
                                               "de opdrachtgever", 0,
                                               "Thomas Bakker",    "2026-11-30T17:00:00Z"};
  REGIE_ASSIGN_OR_RETURN(Id id, uow->afwijkingen().create(s));
  REGIE_TRY(uow->commit());
  return id;
}

std::int64_t versie_van(Omgeving& o, Id id) {
  auto uow = o.server.store().begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  auto s = (*uow)->afwijkingen().get(id);
  return s.ok() ? s->versie : 0;
}

}  // namespace

Plak afwijking_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/afwijkingen", Doel::kGeen, kHtmlLezen},
      {"GET", "/afwijkingen/{id}", Doel::kKlad, kHtmlLezen},
      {"GET", "/afwijkingen/{id}", Doel::kKladDijkstede, kDijkstedeLezen},
      {"GET", "/api/v1/afwijkingen", Doel::kGeen, kApiLezen},
      {"GET", "/api/v1/afwijkingen/{id}", Doel::kKlad, kApiLezen},
      {"GET", "/api/v1/afwijkingen/{id}", Doel::kKladDijkstede, kApiDijkstedeLezen},
  };
  p.schrijven = {
      {"POST",
       "/afwijkingen/{id}/voorstel",
       Doel::kKlad,
       {kL, 403, kD, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/afwijkingen/{id}/besluit",
       Doel::kKlad,
       {kL, 403, 403, 403, 403, 403, kD, kD, 403}},
      {"POST",
       "/afwijkingen/{id}/voorstel",
       Doel::kKladDijkstede,
       {kL, 403, kD, 403, 403, 403, 404, 404, 403}},
      {"POST",
       "/afwijkingen/{id}/besluit",
       Doel::kKladDijkstede,
       {kL, 403, 403, 403, 403, 403, 404, 404, 403}},
      {"PUT",
       "/api/v1/afwijkingen/{id}/bijsturingsvoorstel",
       Doel::kKlad,
       {401, 403, 200, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/api/v1/afwijkingen/{id}/besluit",
       Doel::kKlad,
       {401, 403, 403, 403, 403, 403, 200, 200, 403}},
      {"PUT",
       "/api/v1/afwijkingen/{id}/bijsturingsvoorstel",
       Doel::kKladDijkstede,
       {401, 403, 200, 403, 403, 403, 404, 404, 403}},
      {"POST",
       "/api/v1/afwijkingen/{id}/besluit",
       Doel::kKladDijkstede,
       {401, 403, 403, 403, 403, 403, 404, 404, 403}},
  };
  p.klad = [](Omgeving& o, Klad& k, const std::string&) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(Id beekdal, maak_signaal(o, o.demo.beekdal));
    REGIE_ASSIGN_OR_RETURN(Id dijkstede, maak_signaal(o, o.demo.dijkstede));
    k.zet("afwijking", beekdal);
    k.zet("afwijking_dijkstede", dijkstede);
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string pattern = rij.pattern;
    const Id id = rij.doel == Doel::kKladDijkstede ? k["afwijking_dijkstede"] : k["afwijking"];
    Verzoek v;
    v.pad = vervang(pattern, "{id}", std::to_string(id));
    if (std::string(rij.method) == "GET") return v;
    v.versie = versie_van(o, id);
    const bool besluit = pattern.ends_with("/besluit");
    Fields f = besluit ? Fields{{"besluit", "akkoord"}, {"toelichting", "Akkoord " + label}}
                       : Fields{{"maatregel", "Minder controles " + label},
                                {"gevolgen", "Binnen het plan"},
                                {"afgestemdMet", "Pieter de Boer"}};
    if (is_api(pattern)) {
      v.json = json_body(f, {});
    } else {
      v.velden = f;
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix
