#include "web/ui/lijst.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

std::string query_string(const std::map<std::string, std::string>& q) {
  std::string out;
  for (const auto& [k, v] : q) {
    if (v.empty()) continue;
    out += (out.empty() ? "?" : "&") + percent_encode(k) + "=" + percent_encode(v);
  }
  return out;
}

}  // namespace

std::string periode_nl(const Periode& p) {
  return p.van.nl() + " t/m " + (p.tot ? p.tot->nl() : std::string("heden"));
}

std::string render_list(const Request& req, const ListView& list) {
  auto q = req.query_params();
  q.erase("melding");
  std::string huidig = q.count("sorteer") ? q["sorteer"] : "";
  json kolommen = json::array();
  for (const auto& k : list.kolommen) {
    json kol = {{"label", k.label}};
    if (!k.sorteer.empty()) {
      bool actief = huidig == k.sorteer || huidig == "-" + k.sorteer;
      bool aflopend = huidig == "-" + k.sorteer;
      auto nq = q;
      nq["sorteer"] = actief && !aflopend ? "-" + k.sorteer : k.sorteer;
      nq.erase("pagina");
      kol["sorteer_href"] = list.pad + query_string(nq);
      if (actief) {
        kol["aria_sort"] = aflopend ? "descending" : "ascending";
        kol["pijl"] = aflopend ? "▼" : "▲";
      }
    }
    kolommen.push_back(kol);
  }
  std::int64_t paginas =
      std::max<std::int64_t>(1, (list.totaal + kPaginaGrootte - 1) / kPaginaGrootte);
  json view = {{"kop", list.kop},
               {"pad", list.pad},
               {"kolommen", kolommen},
               {"rijen", list.rijen},
               {"aantal_kolommen", std::to_string(list.kolommen.size())},
               {"totaal_tekst",
                format_getal_nl(list.totaal) + (list.totaal == 1 ? " resultaat" : " resultaten")}};
  if (!list.intro.empty()) view["intro"] = list.intro;
  if (!list.nieuw_href.empty()) {
    view["nieuw_href"] = list.nieuw_href;
    view["nieuw_label"] = list.nieuw_label;
  }
  if (!list.filters.empty()) {
    view["heeft_filters"] = true;
    view["filters"] = list.filters;
    if (!huidig.empty()) view["sorteer"] = huidig;
  }
  if (paginas > 1) {
    json p = {{"pagina", std::to_string(list.pagina)}, {"paginas", std::to_string(paginas)}};
    if (list.pagina > 1) {
      auto nq = q;
      nq["pagina"] = std::to_string(list.pagina - 1);
      p["vorige"] = list.pad + query_string(nq);
    }
    if (list.pagina < paginas) {
      auto nq = q;
      nq["pagina"] = std::to_string(list.pagina + 1);
      p["volgende"] = list.pad + query_string(nq);
    }
    view["paginering"] = p;
  }
  return render("lijst", view);
}

std::int64_t pagina_uit(const std::map<std::string, std::string>& q) {
  auto it = q.find("pagina");
  if (it == q.end()) return 1;
  auto n = parse_int64(it->second);
  return n && *n >= 1 ? *n : 1;
}

SortRichting richting_uit(const std::map<std::string, std::string>& q, std::string& sorteer) {
  auto it = q.find("sorteer");
  if (it == q.end() || it->second.empty()) return SortRichting::kOplopend;
  if (it->second.front() == '-') {
    sorteer = it->second.substr(1);
    return SortRichting::kAflopend;
  }
  sorteer = it->second;
  return SortRichting::kOplopend;
}

json cel(const std::string& melding_text, const std::string& href, bool getal) {
  json c = {{"tekst", melding_text}};
  if (!href.empty()) c["href"] = href;
  if (getal) c["getal"] = true;
  return c;
}

json cel_links(json links) {
  if (!links.empty()) links.back()["laatste"] = true;
  return {{"links", std::move(links)}};
}

json cel_tag(const std::string& tekst, const std::string& soort) {
  return {{"tekst", tekst}, {"tag", soort}};
}

json filter_veld(const VeldSpec& spec, const std::map<std::string, std::string>& q) {
  Fields waarden(q.begin(), q.end());
  json veld = veld_view(spec, waarden, {}, "filter-");
  veld["filter"] = true;  // a filter is never required: no "(niet verplicht)"
  return veld;
}

}  // namespace regie::web::ui
