// Splitting an amount over deelnemers by a verdeelsleutel (UP-3, decision 35): the largest-
// remainder method. Every share is first the whole cents of its exact part (amount × weight /
// sum of weights, rounded down); the cents left over go one each to the shares with the largest
// remainders. Equal remainders go to the larger weight first, then to the earlier position in
// the list (the caller lists deelnemers by name, so the order is the same in every view and
// export). The shares always add up to the amount exactly. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.hpp"

namespace regie::programma {

struct Verdeling {
  std::vector<std::int64_t> aandelen_cents;  // one per weight, in the same order
  // The cents handed out by remainder (0 … number of weights − 1), shown beside the split.
  std::int64_t restcenten = 0;
  // Per share: whether it received one of those cents.
  std::vector<bool> kreeg_restcent;
};

// kInvalid "fout.verdeelsleutel_leeg" without weights or when they add up to 0;
// "fout.verdeelsleutel_negatief" for a negative weight. A negative amount is split as its
// magnitude and negated share by share.
Result<Verdeling> verdeel(std::int64_t bedrag_cents, const std::vector<std::int64_t>& gewichten);

}  // namespace regie::programma
