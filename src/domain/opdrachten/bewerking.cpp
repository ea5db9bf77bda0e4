#include "domain/opdrachten/bewerking.hpp"

#include "domain/opdrachten/wijziging.hpp"

namespace regie::opdrachten {
namespace {

struct Kop {
  const char* code;
  const char* label;
};
// The parts outside the eleven, in form order.
constexpr Kop kKoppen[] = {{"titel", "Titel"},
                           {"jaar", "Jaar"},
                           {"soort", "Soort"},
                           {"deelnemerId", "Maatwerk voor"},
                           {"extraUren", "Extra uren (maatwerk)"},
                           {"extraFinanciering", "Extra financiering (maatwerk)"}};

}  // namespace

std::vector<std::string> gewijzigde_onderdelen(const Opdracht& van, const Opdracht& naar) {
  std::vector<std::string> out;
  if (van.titel != naar.titel) out.emplace_back("titel");
  if (van.jaar != naar.jaar) out.emplace_back("jaar");
  if (van.soort != naar.soort) out.emplace_back("soort");
  if (van.deelnemer_id != naar.deelnemer_id) out.emplace_back("deelnemerId");
  if (van.extra_uren != naar.extra_uren) out.emplace_back("extraUren");
  if (van.extra_financiering_cents != naar.extra_financiering_cents) {
    out.emplace_back("extraFinanciering");
  }
  for (Deel deel : alle_delen()) {
    if (als_regels(van, deel) != als_regels(naar, deel)) out.emplace_back(code(deel));
  }
  return out;
}

bool is_onderdeel(std::string_view c) {
  for (const auto& k : kKoppen) {
    if (c == k.code) return true;
  }
  return deel_from_code(c).has_value();
}

std::string onderdeel_label(std::string_view c) {
  for (const auto& k : kKoppen) {
    if (c == k.code) return k.label;
  }
  if (auto deel = deel_from_code(c)) return std::string(label(*deel));
  return std::string(c);
}

}  // namespace regie::opdrachten
