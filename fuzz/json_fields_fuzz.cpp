// libFuzzer target: decode_json_fields, the decoder of every JSON body of the API,
// decode_json_met_lijsten, the decoder of an opdracht's body with its list parts, and the
// reading of a wijzigingsverzoek (OPD-5) from such a body.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "domain/opdrachten/wijziging.hpp"
#include "fuzz_check.hpp"
#include "web/api/api.hpp"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string body(reinterpret_cast<const char*>(data), size);
  // With lists: rows are flat, every row error names "lijst[n]…", and a flat body decodes to the
  // same fields as without lists.
  static const std::vector<std::string> kLijsten = {"planning", "risicos"};
  auto met_lijsten = regie::web::api::decode_json_met_lijsten(body, kLijsten);
  if (met_lijsten.ok()) {
    for (const auto& [naam, rijen] : met_lijsten->second) {
      FUZZ_CHECK(naam == "planning" || naam == "risicos");
      for (const auto& rij : rijen) {
        for (const auto& [key, value] : rij) FUZZ_CHECK(regie::is_valid_utf8(value));
      }
    }
  } else {
    FUZZ_CHECK(met_lijsten.error().code == regie::ErrorCode::kInvalid);
    FUZZ_CHECK(!met_lijsten.error().fields.empty());
  }
  // OPD-5: a verzoek read from any body keeps what it may not change and names its errors.
  auto opdracht_body =
      regie::web::api::decode_json_met_lijsten(body, regie::opdrachten::lijstnamen());
  if (opdracht_body.ok()) {
    regie::opdrachten::Opdracht basis;
    basis.id = 7;
    basis.jaar = 2027;
    basis.titel = "Basis";
    basis.inhoudsversie = 3;
    auto verzoek = regie::opdrachten::parse_wijzigingsverzoek(basis, opdracht_body->first,
                                                               opdracht_body->second);
    if (verzoek.ok()) {
      FUZZ_CHECK(!verzoek->aspecten.empty());
      FUZZ_CHECK(!verzoek->omschrijving.empty());
      FUZZ_CHECK(verzoek->voorstel.jaar == 2027 && verzoek->voorstel.id == 7);
      FUZZ_CHECK(verzoek->basisversie == 3);
      bool gewijzigd = false;
      for (const auto& d : regie::opdrachten::vergelijk(basis, verzoek->voorstel)) {
        gewijzigd = gewijzigd || d.gewijzigd;
      }
      FUZZ_CHECK(gewijzigd);
    } else {
      FUZZ_CHECK(verzoek.error().code == regie::ErrorCode::kInvalid);
      FUZZ_CHECK(!verzoek.error().fields.empty());
    }
    auto afstemming = regie::opdrachten::parse_afstemming(opdracht_body->first);
    FUZZ_CHECK(!afstemming.ok() || afstemming->vastgelegd());
  }
  auto fields = regie::web::api::decode_json_fields(body);
  if (!fields.ok()) {
    const regie::Error& error = fields.error();
    FUZZ_CHECK(error.code == regie::ErrorCode::kInvalid);
    FUZZ_CHECK(!error.fields.empty());
    return 0;
  }
  // Keys and values are valid UTF-8 (the JSON parser rejects anything else), and the fields
  // written back as a JSON object of strings decode to the same fields.
  nlohmann::json object = nlohmann::json::object();
  for (const auto& [key, value] : *fields) {
    FUZZ_CHECK(regie::is_valid_utf8(key));
    FUZZ_CHECK(regie::is_valid_utf8(value));
    object[key] = value;
  }
  auto again = regie::web::api::decode_json_fields(object.dump());
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(*again == *fields);
  // Without list members the two decoders agree.
  auto zonder = regie::web::api::decode_json_met_lijsten(object.dump(), {});
  FUZZ_CHECK(zonder.ok());
  FUZZ_CHECK(zonder->first == *fields);
  return 0;
}
