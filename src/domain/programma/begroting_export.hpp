// The begroting per deelnemer as files (UP-2, decision 37), with the same figures as the page:
// - CSV for Dutch Excel (UTF-8 with BOM, ';', decimal comma): one line per post;
// - XLSX: a sheet "Posten" (one row per post, each amount a formula over its own row —
//   aantal × prijs per stuk, or the share of a regionaal line by its key, whole cents down plus
//   the remainder cent), a sheet "Overzicht" (per deelnemer collectief, specifiek and totaal as
//   SUMIFS over the posten, and the programme's total) and a sheet "Taakvelden". Every formula
//   carries its value, so the figures read the same without recalculation. Pure.
#pragma once

#include <string>
#include <vector>

#include "core/xlsx.hpp"
#include "domain/programma/begroting.hpp"
#include "domain/programma/uitvoeringsprogramma.hpp"

namespace regie::programma {

std::string schrijf_begroting_csv(const Begroting& begroting);

// `totaal_label` names the overview's last row (one deelnemer's begroting: "Totaal <naam>").
std::vector<XlsxBlad> begroting_werkboek(const Uitvoeringsprogramma& programma,
                                         const Begroting& begroting,
                                         const std::string& totaal_label = "Totaal programma");

}  // namespace regie::programma
