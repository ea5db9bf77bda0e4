// The lists of the register and governance pages: a table with sortable columns, GET filters
// and pages of 25, rendered by the shared template "lijst".
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/datum.hpp"
#include "domain/repository.hpp"
#include "web/ui/formulier.hpp"

namespace regie::web::ui {

inline constexpr std::int64_t kPaginaGrootte = 25;

struct Kolom {
  std::string label;
  std::string sorteer;  // empty: not sortable
  bool getal = false;
};

struct ListView {
  std::string kop;
  std::string intro;
  std::string pad;
  std::string nieuw_href;
  std::string nieuw_label;
  std::vector<Kolom> kolommen;
  nlohmann::json rijen = nlohmann::json::array();
  std::int64_t totaal = 0;
  std::int64_t pagina = 1;
  nlohmann::json filters = nlohmann::json::array();
};

std::string render_list(const Request& req, const ListView& list);
// The ?pagina= of the query (1 when absent or unreadable).
std::int64_t pagina_uit(const std::map<std::string, std::string>& q);
// The ?sorteer= of the query: its column in `sorteer`, "-" first for descending.
SortRichting richting_uit(const std::map<std::string, std::string>& q, std::string& sorteer);
// One table cell, a link with `href`, right-aligned as a number with `getal`.
nlohmann::json cel(const std::string& melding_text, const std::string& href = "",
                   bool getal = false);
// A cell of links, each {href, tekst}, separated by commas ("Betreft").
nlohmann::json cel_links(nlohmann::json links);
// A cell with a coloured tag that carries its text too (e.g. the ernst of a finding);
// `soort` picks the colour: "fout", "waarschuwing", "melding".
nlohmann::json cel_tag(const std::string& tekst, const std::string& soort);
// A filter field of the list with its value from the query; never "(niet verplicht)".
nlohmann::json filter_veld(const VeldSpec& spec, const std::map<std::string, std::string>& q);
// "01-01-2026 t/m heden".
std::string periode_nl(const Periode& p);

}  // namespace regie::web::ui
