// Plan versus realisatie with a year-end prognose (MON-2) and the tolerance band that raises an
// afwijking (MON-3; decision 47). The plan of a year is the begroting of its programme per
// deelnemer × product (a regionaal line's hours and number shared by the key's weights, its
// amount as the begroting splits it). The realisatie comes from the kept totals, never from raw
// rows. Collectief and specifiek stay apart in every line. Pure; thread-compatible.
//
// Prognose for the year (per measure):
// - seizoen: when last year has realisatie for the same line, the realisatie so far divided by
//   the share last year's same months had in last year's total;
// - lineair: otherwise the realisatie so far × 12 / the number of months passed;
// - geen: no month has passed yet; the prognose is the plan.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/monitoring/realisatie.hpp"
#include "domain/programma/begroting.hpp"

namespace regie::monitoring {

inline constexpr std::int32_t kStandaardTolerantie = 10;  // per cent, either side

struct Planregel {
  Id deelnemer_id = 0;
  std::string productcode;
  std::string taakveld;
  programma::RegelSoort soort = programma::RegelSoort::kCollectief;
  Telling plan;  // regels unused
};

// The begroting's posten as plan per deelnemer × product (posten of one product summed).
std::vector<Planregel> planregels(const programma::Begroting& begroting);

enum class Niveau { kRegio, kDeelnemer, kTaakveld, kProduct };
std::string_view code(Niveau n);
std::optional<Niveau> niveau_from_code(std::string_view code);

enum class Prognosemethode { kGeen, kLineair, kSeizoen };
std::string_view code(Prognosemethode m);
std::string_view label(Prognosemethode m);
std::optional<Prognosemethode> prognosemethode_from_code(std::string_view code);

enum class Afwijking { kBinnen, kBoven, kOnder };
std::string_view code(Afwijking a);

// One line to compare: a regio total, a deelnemer, a taakveld or a product (of one deelnemer or
// of all), collectief or specifiek.
struct Reeks {
  Niveau niveau = Niveau::kRegio;
  std::string sleutel;  // kTaakveld: the taakveld; kProduct: the productcode; else empty
  Id deelnemer_id = 0;  // kDeelnemer; kProduct of one deelnemer
  programma::RegelSoort soort = programma::RegelSoort::kCollectief;
  Telling plan;
  std::array<Telling, 12> dit_jaar{};
  std::array<Telling, 12> vorig_jaar{};
};

struct Vergelijking {
  Reeks reeks;
  Telling realisatie;  // months 1 … peilmaand
  Telling prognose;
  Prognosemethode methode = Prognosemethode::kGeen;
  Afwijking uren = Afwijking::kBinnen;
  Afwijking aantal = Afwijking::kBinnen;
  Afwijking bedrag = Afwijking::kBinnen;
  bool afwijkend() const {
    return uren != Afwijking::kBinnen || aantal != Afwijking::kBinnen ||
           bedrag != Afwijking::kBinnen;
  }
};

// `peilmaand`: the months of the year that have passed (0 … 12). `tolerantie`: per cent.
Vergelijking vergelijk(const Reeks& reeks, int peilmaand, std::int32_t tolerantie);

// Whether `waarde` lies outside `plan` ± tolerantie per cent (a plan of 0: anything above 0).
Afwijking afwijking(std::int64_t plan, std::int64_t waarde, std::int32_t tolerantie);

// The lines at `niveau` (kDeelnemer or kProduct) from the plan and the deelnemer × product cells
// of the year and the year before; `deelnemer` limits both to one deelnemer. Sorted by deelnemer
// or product, then soort.
std::vector<Reeks> reeksen_uit_cellen(Niveau niveau, std::int32_t jaar,
                                      const std::vector<Planregel>& plan, const Cellen& cellen,
                                      std::optional<Id> deelnemer);
// The lines at `niveau` (kRegio or kTaakveld) from the plan and the taakveld cells.
std::vector<Reeks> reeksen_uit_taakvelden(Niveau niveau, std::int32_t jaar,
                                          const std::vector<Planregel>& plan,
                                          const Taakveldcellen& cellen);

// The months of `jaar` passed on `vandaag`: 12 for a past year, 0 for a future one.
int peilmaand(std::int32_t jaar, Datum vandaag);

}  // namespace regie::monitoring
