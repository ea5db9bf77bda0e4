#include "domain/programma/verdeling.hpp"

#include <algorithm>
#include <numeric>

namespace regie::programma {
namespace {

// amount × weight does not fit 64 bits for large amounts and keys.
__extension__ using Groot = __int128;

}  // namespace

Result<Verdeling> verdeel(std::int64_t bedrag_cents, const std::vector<std::int64_t>& gewichten) {
  Groot som = 0;
  for (auto g : gewichten) {
    if (g < 0) return Error::invalid({{"verdeelsleutel", "fout.verdeelsleutel_negatief"}});
    som += g;
  }
  if (gewichten.empty() || som == 0) {
    return Error::invalid({{"verdeelsleutel", "fout.verdeelsleutel_leeg"}});
  }
  const bool negatief = bedrag_cents < 0;
  const Groot bedrag = negatief ? -static_cast<Groot>(bedrag_cents) : bedrag_cents;

  Verdeling out;
  out.aandelen_cents.resize(gewichten.size());
  out.kreeg_restcent.assign(gewichten.size(), false);
  std::vector<Groot> resten(gewichten.size());
  Groot verdeeld = 0;
  for (std::size_t i = 0; i < gewichten.size(); ++i) {
    const Groot exact = bedrag * gewichten[i];  // in units of 1/som cent
    out.aandelen_cents[i] = static_cast<std::int64_t>(exact / som);
    resten[i] = exact % som;
    verdeeld += exact / som;
  }
  const auto over = static_cast<std::int64_t>(bedrag - verdeeld);  // < number of weights
  out.restcenten = over;
  std::vector<std::size_t> volgorde(gewichten.size());
  std::iota(volgorde.begin(), volgorde.end(), std::size_t{0});
  std::stable_sort(volgorde.begin(), volgorde.end(), [&](std::size_t a, std::size_t b) {
    if (resten[a] != resten[b]) return resten[a] > resten[b];
    return gewichten[a] > gewichten[b];
  });
  for (std::int64_t k = 0; k < over; ++k) {
    const auto i = volgorde[static_cast<std::size_t>(k)];
    ++out.aandelen_cents[i];
    out.kreeg_restcent[i] = true;
  }
  if (negatief) {
    for (auto& a : out.aandelen_cents) a = -a;
  }
  return out;
}

}  // namespace regie::programma
