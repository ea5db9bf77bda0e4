#include "web/multipart.hpp"

#include "core/text.hpp"

namespace regie::web {
namespace {

constexpr std::size_t kMaxGrens = 70;  // RFC 2046
constexpr std::string_view kCrlf = "\r\n";

std::string_view zonder_spaties(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The parameters after the first ';' of a header value: name=value or name="value" (a quoted
// value may hold ';' and an escaped quote). Calls `zie` with each name and value.
template <typename Zie>
bool lees_parameters(std::string_view waarde, Zie zie) {
  auto puntkomma = waarde.find(';');
  if (puntkomma == std::string_view::npos) return true;
  waarde.remove_prefix(puntkomma + 1);
  while (!zonder_spaties(waarde).empty()) {
    waarde = zonder_spaties(waarde);
    auto is = waarde.find('=');
    if (is == std::string_view::npos) return false;
    const std::string_view naam = zonder_spaties(waarde.substr(0, is));
    waarde.remove_prefix(is + 1);
    waarde = zonder_spaties(waarde);
    std::string inhoud;
    if (!waarde.empty() && waarde.front() == '"') {
      std::size_t i = 1;
      for (; i < waarde.size() && waarde[i] != '"'; ++i) {
        if (waarde[i] == '\\' && i + 1 < waarde.size()) ++i;
        inhoud.push_back(waarde[i]);
      }
      if (i >= waarde.size()) return false;  // no closing quote
      waarde.remove_prefix(i + 1);
      waarde = zonder_spaties(waarde);
      if (!waarde.empty() && waarde.front() != ';') return false;
    } else {
      auto einde = waarde.find(';');
      inhoud = std::string(zonder_spaties(waarde.substr(0, einde)));
      waarde.remove_prefix(einde == std::string_view::npos ? waarde.size() : einde);
    }
    if (!waarde.empty()) waarde.remove_prefix(1);  // the ';'
    zie(naam, inhoud);
  }
  return true;
}

// The part's headers (up to the empty line): its name and filename from Content-Disposition.
bool lees_koppen(std::string_view koppen, Formdeel& deel) {
  bool form_data = false;
  bool goed = true;
  while (!koppen.empty()) {
    auto einde = koppen.find(kCrlf);
    const std::string_view regel = koppen.substr(0, einde);
    koppen.remove_prefix(einde == std::string_view::npos ? koppen.size() : einde + 2);
    auto dubbelepunt = regel.find(':');
    if (dubbelepunt == std::string_view::npos) return false;
    if (!iequals(zonder_spaties(regel.substr(0, dubbelepunt)), "content-disposition")) continue;
    const std::string_view waarde = zonder_spaties(regel.substr(dubbelepunt + 1));
    const std::string_view soort = zonder_spaties(waarde.substr(0, waarde.find(';')));
    form_data = iequals(soort, "form-data");
    goed = lees_parameters(waarde, [&](std::string_view naam, const std::string& inhoud) {
      if (iequals(naam, "name")) deel.naam = inhoud;
      if (iequals(naam, "filename")) deel.bestandsnaam = inhoud;
    });
  }
  return goed && form_data && !deel.naam.empty();
}

}  // namespace

std::optional<std::string> multipart_grens(std::string_view content_type) {
  const std::string_view soort = zonder_spaties(content_type.substr(0, content_type.find(';')));
  if (!iequals(soort, "multipart/form-data")) return std::nullopt;
  std::optional<std::string> grens;
  bool goed = lees_parameters(content_type, [&](std::string_view naam, const std::string& waarde) {
    if (iequals(naam, "boundary")) grens = waarde;
  });
  if (!goed || !grens || grens->empty() || grens->size() > kMaxGrens) return std::nullopt;
  return grens;
}

std::optional<std::vector<Formdeel>> lees_multipart(std::string_view body, std::string_view grens) {
  if (grens.empty()) return std::nullopt;
  const std::string open = "--" + std::string(grens);
  const std::string scheiding = std::string(kCrlf) + open;
  // A preamble before the first boundary is allowed and ignored.
  std::size_t pos = 0;
  if (body.substr(0, open.size()) != open) {
    pos = body.find(scheiding);
    if (pos == std::string_view::npos) return std::nullopt;
    pos += kCrlf.size();
  }
  pos += open.size();
  std::vector<Formdeel> delen;
  while (true) {
    std::string_view rest = body.substr(pos);
    if (rest.substr(0, 2) == "--") return delen;  // the closing boundary
    if (rest.substr(0, 2) != kCrlf) return std::nullopt;
    rest.remove_prefix(2);
    auto kop_einde = rest.find("\r\n\r\n");
    if (kop_einde == std::string_view::npos) return std::nullopt;
    Formdeel deel;
    // An empty header block is possible ("\r\n\r\n" at once); then the part has no name.
    if (!lees_koppen(rest.substr(0, kop_einde), deel)) return std::nullopt;
    rest.remove_prefix(kop_einde + 4);
    auto einde = rest.find(scheiding);
    if (einde == std::string_view::npos) return std::nullopt;
    deel.inhoud = std::string(rest.substr(0, einde));
    delen.push_back(std::move(deel));
    pos = static_cast<std::size_t>(rest.data() - body.data()) + einde + scheiding.size();
  }
}

}  // namespace regie::web
