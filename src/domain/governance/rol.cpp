#include "domain/governance/rol.hpp"

#include <algorithm>
#include <utility>

namespace regie::governance {

std::vector<UrenPeriode> urenperioden_van(const Rol& rol) {
  if (rol.urenperioden.empty()) return {UrenPeriode{rol.periode.van, rol.uren_per_jaar}};
  return rol.urenperioden;
}

std::int32_t uren_op(const Rol& rol, Datum dag) {
  if (!rol.periode.bevat(dag)) return 0;
  const auto perioden = urenperioden_van(rol);
  // A first period that begins after the start (not as this module writes them) holds from the
  // start, as pas_urenperioden_aan would make it.
  std::int32_t uren = perioden.front().uren_per_jaar;
  for (const auto& periode : perioden) {
    if (periode.van <= dag) uren = periode.uren_per_jaar;
  }
  return uren;
}

void wijzig_uren(Rol& rol, Datum vanaf, std::int32_t uren) {
  auto perioden = urenperioden_van(rol);
  if (vanaf <= rol.periode.van) {
    perioden.clear();
    vanaf = rol.periode.van;
  } else {
    std::erase_if(perioden, [vanaf](const UrenPeriode& p) { return p.van >= vanaf; });
  }
  // The same hours as the period in force then are no new period.
  if (perioden.empty() || perioden.back().uren_per_jaar != uren) {
    perioden.push_back(UrenPeriode{vanaf, uren});
  }
  rol.uren_per_jaar = perioden.back().uren_per_jaar;
  rol.urenperioden = std::move(perioden);
}

void pas_urenperioden_aan(Rol& rol) {
  auto perioden = urenperioden_van(rol);
  std::stable_sort(perioden.begin(), perioden.end(),
                   [](const UrenPeriode& a, const UrenPeriode& b) { return a.van < b.van; });
  const Periode& periode = rol.periode;
  std::int32_t bij_start = perioden.front().uren_per_jaar;
  for (const auto& p : perioden) {
    if (p.van <= periode.van) bij_start = p.uren_per_jaar;
  }
  std::vector<UrenPeriode> passend{UrenPeriode{periode.van, bij_start}};
  for (const auto& p : perioden) {
    const bool binnen = periode.van < p.van && (!periode.tot || p.van <= *periode.tot);
    if (binnen && p.uren_per_jaar != passend.back().uren_per_jaar) passend.push_back(p);
  }
  rol.uren_per_jaar = passend.back().uren_per_jaar;
  rol.urenperioden = std::move(passend);
}

}  // namespace regie::governance
