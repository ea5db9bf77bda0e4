#include "web/ui/formulier.hpp"

#include "web/messages.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

json veld_view(const VeldSpec& spec, const Fields& waarden,
               const std::map<std::string, std::string>& fouten, const std::string& prefix) {
  json v = ui::veld_view(
      {spec.naam, spec.label, spec.type, spec.verplicht, spec.beschrijving, spec.opties, spec.smal},
      prefix + spec.naam, waarden, fouten);
  if (!spec.inputmode.empty()) v["inputmode"] = spec.inputmode;
  return v;
}

std::string render_form(const UiContext& ui, const FormView& form,
                        const std::vector<FieldsetSpec>& fieldsets, const Fields& waarden,
                        const Error* error) {
  auto fouten = fout_teksten(error);
  json view = {{"kop", form.kop},
               {"actie", form.actie},
               {"knop", form.knop},
               {"annuleren", form.annuleren},
               {"csrf", ui.csrf}};
  if (!form.intro.empty()) view["intro"] = form.intro;
  if (form.versie) view["versie"] = std::to_string(*form.versie);
  if (!form.conflict.empty()) {
    view["conflict"] = form.conflict;
    view["conflict_href"] = form.annuleren;
  }
  json sets = json::array();
  json samenvatting = json::array();
  for (const auto& fs : fieldsets) {
    json velden = json::array();
    for (const auto& spec : fs.velden) {
      velden.push_back(veld_view(spec, waarden, fouten, "veld-"));
      if (auto it = fouten.find(spec.naam); it != fouten.end()) {
        samenvatting.push_back(
            {{"id", "veld-" + spec.naam}, {"label", spec.label}, {"fout", it->second}});
      }
    }
    sets.push_back({{"legend", fs.legend}, {"velden", velden}});
  }
  // Errors on fields the form does not show (e.g. from the API's names) still reach the user.
  for (const auto& [naam, fout] : fouten) {
    bool shown = false;
    for (const auto& s : samenvatting) shown = shown || s["id"] == "veld-" + naam;
    if (!shown)
      samenvatting.push_back({{"id", "inhoud"}, {"label", veldnaam(naam)}, {"fout", fout}});
  }
  view["fieldsets"] = sets;
  if (!samenvatting.empty()) {
    view["fouten_samenvatting"] = true;
    view["fouten"] = samenvatting;
  }
  return render("formulier", view);
}

std::vector<Optie> organisatie_opties(const App& app, const UiContext& ui) {
  std::vector<Optie> out;
  auto orgs = app.services.register_->alle_organisaties(ui.ctx);
  if (orgs.ok()) {
    for (const auto& o : *orgs) out.push_back({std::to_string(o.id), o.naam});
  }
  return out;
}

std::vector<Optie> persoon_opties(const App& app, const UiContext& ui) {
  std::vector<Optie> out;
  PersoonQuery q;
  q.page.limit = 500;
  auto gevonden = app.services.register_->personen(ui.ctx, q);
  if (gevonden.ok()) {
    for (const auto& p : gevonden->items) {
      out.push_back(
          {std::to_string(p.persoon.id), p.persoon.naam + " (" + p.organisatie_naam + ")"});
    }
  }
  return out;
}

Response form_page(const App& app, const UiContext& ui, const Request& req, const Layout& layout,
                   const FormView& form, const std::vector<FieldsetSpec>& spec,
                   const Fields& waarden, const Error* error) {
  Layout l = layout;
  if (error) l.status = http_status(error->code);
  return frame_page(app, &ui, req, l, render_form(ui, form, spec, waarden, error));
}

}  // namespace regie::web::ui
