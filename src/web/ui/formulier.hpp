// The forms of the register and governance pages: fieldsets of fields rendered by the shared
// template "formulier" (error summary, the conflict notice of decision 6, the hidden version),
// the page around such a form, and its answer to a POST.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "web/ui/page.hpp"
#include "web/ui/veld.hpp"

namespace regie::web::ui {

struct VeldSpec {
  std::string naam;
  std::string label;
  std::string type = "text";  // text, number, date, email, select
  bool verplicht = false;
  std::vector<Optie> opties;
  std::string beschrijving;
  bool smal = false;
  std::string inputmode;
};

struct FieldsetSpec {
  std::string legend;
  std::vector<VeldSpec> velden;
};

struct FormView {
  std::string kop;
  std::string intro;
  std::string actie;
  std::string knop;
  std::string annuleren;
  std::optional<std::int64_t> versie;
  std::string conflict;
};

nlohmann::json veld_view(const VeldSpec& spec, const Fields& waarden,
                         const std::map<std::string, std::string>& fouten,
                         const std::string& prefix);
std::string render_form(const UiContext& ui, const FormView& form,
                        const std::vector<FieldsetSpec>& fieldsets, const Fields& waarden,
                        const Error* error);
// The form in the page frame; with `error`, its status.
Response form_page(const App& app, const UiContext& ui, const Request& req, const Layout& layout,
                   const FormView& form, const std::vector<FieldsetSpec>& spec,
                   const Fields& waarden, const Error* error);

// The organisaties and the personen (with their organisatie) of the regio as options.
std::vector<Optie> organisatie_opties(const App& app, const UiContext& ui);
std::vector<Optie> persoon_opties(const App& app, const UiContext& ui);

// The answer to a POST of such a form (decision 6): 303 to `success_href`; on kInvalid the form
// again with the input and every error; on kStale the form with the conflict notice, the input
// and the version `current()` reads now (and its name in the heading).
template <typename T, typename Current>
Response after_form_save(const App& app, const UiContext& ui, const Request& req,
                         const Result<T>& r, const std::string& success_href, Layout layout,
                         FormView form, const std::vector<FieldsetSpec>& spec, Current current) {
  SaveFailure failure;
  failure.on_invalid = [&](const Error& error) {
    return form_page(app, ui, req, layout, form, spec, formulier_velden(req), &error);
  };
  failure.on_stale = [&] {
    auto latest = current();
    if (latest.ok()) form.versie = latest->versie;
    form.conflict =
        "Iemand anders heeft dit intussen gewijzigd. Uw wijziging is nog niet opgeslagen; uw "
        "invoer staat hieronder. Bekijk eerst de nieuwe versie; opnieuw opslaan overschrijft "
        "die.";
    if constexpr (requires { latest->naam; }) {
      if (latest.ok()) form.kop = latest->naam + " wijzigen";
    }
    layout.status = 409;
    return frame_page(app, &ui, req, layout,
                      render_form(ui, form, spec, formulier_velden(req), nullptr));
  };
  return after_save(app, ui, req, r, success_href, failure);
}

}  // namespace regie::web::ui
