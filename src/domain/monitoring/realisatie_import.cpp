#include "domain/monitoring/realisatie_import.hpp"

namespace regie::monitoring {

std::string_view code(ImportSoort s) {
  switch (s) {
    case ImportSoort::kBestand:
      return "bestand";
    case ImportSoort::kApi:
      return "api";
    case ImportSoort::kCorrectie:
      return "correctie";
  }
  return "bestand";
}

std::string_view label(ImportSoort s) {
  switch (s) {
    case ImportSoort::kBestand:
      return "Bestand";
    case ImportSoort::kApi:
      return "API";
    case ImportSoort::kCorrectie:
      return "Correctie";
  }
  return "";
}

std::optional<ImportSoort> import_soort_from_code(std::string_view c) {
  for (auto s : {ImportSoort::kBestand, ImportSoort::kApi, ImportSoort::kCorrectie}) {
    if (code(s) == c) return s;
  }
  return std::nullopt;
}

std::string_view code(ImportStatus s) {
  return s == ImportStatus::kActief ? "actief" : "vervangen";
}

std::string_view label(ImportStatus s) {
  return s == ImportStatus::kActief ? "Geldend" : "Vervangen";
}

std::optional<ImportStatus> import_status_from_code(std::string_view c) {
  for (auto s : {ImportStatus::kActief, ImportStatus::kVervangen}) {
    if (code(s) == c) return s;
  }
  return std::nullopt;
}

}  // namespace regie::monitoring
