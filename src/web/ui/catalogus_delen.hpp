// What the forms of the producten- en dienstencatalogus share (UP-3): the catalogue page of a
// year they return to, and who gets them (the keepers of the catalogue).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/programma/catalogus.hpp"
#include "web/ui/session.hpp"

namespace regie::web::ui {

// "/regio/catalogus?jaar=2027"
inline std::string catalogus_href(std::int32_t jaar) {
  return "/regio/catalogus?jaar=" + std::to_string(jaar);
}

// The catalogue forms are for its keepers only (programma::mag_catalogus_wijzigen).
inline std::optional<Error> geen_catalogusformulier(const UiContext& ui) {
  if (!programma::mag_catalogus_wijzigen(ui.ctx.actor)) return Error::forbidden();
  return std::nullopt;
}

}  // namespace regie::web::ui
