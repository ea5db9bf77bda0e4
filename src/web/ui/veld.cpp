#include "web/ui/veld.hpp"

#include "core/datum.hpp"
#include "web/messages.hpp"

namespace regie::web::ui {

nlohmann::json veld_view(const Veld& veld, const std::string& id, const Fields& waarden,
                         const std::map<std::string, std::string>& fouten) {
  std::string waarde = field(waarden, veld.naam).value_or("");
  if (veld.type == "date" && !waarde.empty()) {
    if (auto d = Datum::parse_nl(waarde)) waarde = d->iso();
  }
  bool is_select = veld.type == "select";
  bool is_textarea = veld.type == "textarea";
  nlohmann::json v = {{"id", id},
                      {"naam", veld.naam},
                      {"label", veld.label},
                      {"verplicht", veld.verplicht},
                      {"type", is_select || is_textarea ? "text" : veld.type},
                      {"is_select", is_select},
                      {"is_textarea", is_textarea},
                      {"rijen", std::to_string(veld.rijen)},
                      {"smal", veld.smal},
                      {"waarde", waarde}};
  std::string beschrijft;
  if (!veld.beschrijving.empty()) {
    v["beschrijving"] = veld.beschrijving;
    beschrijft = id + "-beschrijving";
  }
  if (auto it = fouten.find(veld.naam); it != fouten.end()) {
    v["fout"] = it->second;
    beschrijft += (beschrijft.empty() ? "" : " ") + id + "-fout";
  }
  if (!beschrijft.empty()) v["beschrijft"] = beschrijft;
  if (is_select) {
    v["leeg_label"] = veld.verplicht ? "Maak een keuze" : "Geen keuze";
    nlohmann::json opties = nlohmann::json::array();
    for (const auto& o : veld.opties) {
      opties.push_back({{"waarde", o.waarde}, {"label", o.label}, {"gekozen", o.waarde == waarde}});
    }
    v["opties"] = opties;
  }
  return v;
}

std::map<std::string, std::string> fout_teksten(const Error* error) {
  std::map<std::string, std::string> out;
  if (!error) return out;
  for (const auto& f : error->fields) {
    auto& slot = out[f.field];
    slot += (slot.empty() ? "" : "; ") + tekst(f.key);
  }
  return out;
}

nlohmann::json gegeven(const std::string& label, const std::string& waarde) {
  return {{"label", label}, {"waarde", waarde}};
}

}  // namespace regie::web::ui
