#include "web/ui/programma_delen.hpp"

namespace regie::web::ui {

using programma::ProgrammaStatus;
using programma::Uitvoeringsprogramma;

std::string programma_href(Id id) {
  return std::string(kProgrammaLijst) + "/" + std::to_string(id);
}

std::string deelnemer_tekst(const std::map<Id, std::string>& namen, Id id) {
  if (id == 0) return "Hele regio (verdeelsleutel)";
  auto it = namen.find(id);
  return it == namen.end() ? "Organisatie " + std::to_string(id) : it->second;
}

std::string programma_jaren(const Uitvoeringsprogramma& p) {
  return p.tot_jaar > p.jaar ? std::to_string(p.jaar) + "–" + std::to_string(p.tot_jaar)
                             : std::to_string(p.jaar);
}

std::string programma_status_tekst(const Uitvoeringsprogramma& p) {
  std::string out(label(p.status));
  if (p.status == ProgrammaStatus::kVastgesteld && p.vastgesteld_door && p.vastgesteld_op) {
    out += " door " + std::string(beleidscyclus::label(*p.vastgesteld_door)) + " op " +
           p.vastgesteld_op->nl();
  }
  return out;
}

std::vector<Kruimel> programma_kruimels(const Uitvoeringsprogramma* p, const std::string& laatste) {
  std::vector<Kruimel> out = {{"/regio", "Regio"}, {kProgrammaLijst, "Uitvoeringsprogramma's"}};
  if (p) out.push_back({programma_href(p->id), p->titel});
  out.push_back({"", laatste});
  return out;
}

// The programme of the path, as read (for a form page); the error page otherwise.
std::optional<service::ProgrammaDetail> lees_programma(const App& app, const UiContext& ui,
                                                       const Request& req, Response& fout) {
  auto id = path_id(req, "id");
  if (!id) {
    fout = error_page(app, ui, req, Error::not_found(), kProgrammaLijst);
    return std::nullopt;
  }
  auto d = app.services.programmas->programma(ui.ctx, *id);
  if (!d.ok()) {
    fout = error_page(app, ui, req, d.error(), kProgrammaLijst);
    return std::nullopt;
  }
  return std::move(d).value();
}

// A form page on a programme is only for who may change it now: 403 for who never may, the
// refusal (409) for a programme in the wrong state.
std::optional<Error> geen_programmaformulier(const UiContext& ui, const service::ProgrammaDetail& d,
                                             bool bijstellen) {
  if (bijstellen ? d.mag_bijstellen : d.mag_wijzigen) return std::nullopt;
  if (!programma::mag_programma_wijzigen(ui.ctx.actor)) return Error::forbidden();
  return Error{ErrorCode::kConflict,
               bijstellen ? "fout.bijstelling_alleen_vastgesteld" : "fout.programma_vastgesteld",
               {},
               {}};
}

Response na_deel_opslaan(const App& app, const UiContext& ui, const Request& req, Id id,
                         const Result<programma::Uitvoeringsprogramma>& saved,
                         const std::string& melding, const std::string& anker,
                         const DeelFormulier& formulier) {
  SaveFailure f;
  f.terug_href = programma_href(id);
  auto opnieuw = [&](const Error* e, bool verouderd) -> Response {
    auto d = app.services.programmas->programma(ui.ctx, id);
    if (!d.ok()) return error_page(app, ui, req, d.error(), kProgrammaLijst);
    return formulier(*d, e, verouderd);
  };
  f.on_invalid = [&](const Error& e) { return opnieuw(&e, false); };
  f.on_stale = [&]() { return opnieuw(nullptr, true); };
  return after_save(app, ui, req, saved, programma_href(id) + "?melding=" + melding + anker, f);
}

Response na_deel_verwijderen(const App& app, const UiContext& ui, const Request& req, Id id,
                             const Result<programma::Uitvoeringsprogramma>& weg,
                             const std::string& melding, const std::string& anker,
                             const std::string& terug_href) {
  if (weg.ok()) return see_other(programma_href(id) + "?melding=" + melding + anker);
  SaveFailure f;
  f.terug_href = terug_href;
  f.stale_href = programma_href(id);
  f.anchor = anker;
  return after_failed_save(app, ui, req, weg.error(), f);
}

}  // namespace regie::web::ui
