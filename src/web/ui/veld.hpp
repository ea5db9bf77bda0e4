// One field of a form as the view of the {{> veld}} partial: label, description, the error next
// to the field with aria-describedby, and the input (text, date, textarea or select). Shared by
// the HTML handler files, so every form renders its fields the same way.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"

namespace regie::web::ui {

struct Optie {
  std::string waarde;
  std::string label;
};

// The rows of a short text part's textarea (a signaal, an afstemming, a beleidsdoel).
inline constexpr int kTekstRijen = 3;

struct Veld {
  std::string naam;
  std::string label;
  std::string type = "text";  // text, date, textarea, select
  bool verplicht = false;
  std::string beschrijving;
  std::vector<Optie> opties;  // select
  bool smal = false;
  int rijen = 4;  // textarea
};

// The view of `veld` with element id `id`; its value from `waarden` (a date typed as
// dd-mm-jjjj is shown as ISO for the date input) and its error from `fouten` (by field name).
nlohmann::json veld_view(const Veld& veld, const std::string& id, const Fields& waarden,
                         const std::map<std::string, std::string>& fouten);

// The Dutch texts of the field errors of `error`, joined per field ("; ").
std::map<std::string, std::string> fout_teksten(const Error* error);

// One line of a list of gegevens (label and waarde) on a page.
nlohmann::json gegeven(const std::string& label, const std::string& waarde);

}  // namespace regie::web::ui
