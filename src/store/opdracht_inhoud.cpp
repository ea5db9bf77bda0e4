#include "store/opdracht_inhoud.hpp"

#include <nlohmann/json.hpp>

namespace regie::store {

using json = nlohmann::json;

namespace {

json optioneel(const std::optional<std::int64_t>& id) { return id ? json(*id) : json(nullptr); }

std::optional<std::int64_t> lees_id(const json& j, const char* naam) {
  if (!j.contains(naam) || j[naam].is_null()) return std::nullopt;
  return j[naam].get<std::int64_t>();
}

}  // namespace

std::string inhoud_json(const opdrachten::Opdracht& o) {
  json planning = json::array();
  for (const auto& m : o.planning) {
    planning.push_back({{"omschrijving", m.omschrijving},
                        {"datum", m.datum ? json(m.datum->iso()) : json(nullptr)}});
  }
  json bemensing = json::array();
  for (const auto& i : o.bemensing) {
    bemensing.push_back({{"rol", i.rol}, {"uren", i.uren}, {"persoon", optioneel(i.persoon_id)}});
  }
  json financien = json::array();
  for (const auto& b : o.financien) {
    financien.push_back({{"jaar", b.jaar}, {"cents", b.cents}, {"omschrijving", b.omschrijving}});
  }
  json stakeholders = json::array();
  for (const auto& s : o.stakeholders) {
    stakeholders.push_back({{"naam", s.naam},
                            {"rol", s.rol},
                            {"organisatie", optioneel(s.organisatie_id)},
                            {"persoon", optioneel(s.persoon_id)}});
  }
  json risicos = json::array();
  for (const auto& r : o.risicos) {
    risicos.push_back({{"omschrijving", r.omschrijving},
                       {"kans", std::string(code(r.kans))},
                       {"impact", std::string(code(r.impact))},
                       {"beheersmaatregel", r.beheersmaatregel},
                       {"eigenaar", r.eigenaar}});
  }
  json doc = {{"aanleiding", o.aanleiding},
              {"scope", o.scope},
              {"doel", o.doel},
              {"activiteiten", o.activiteiten},
              {"resultaat", o.resultaat},
              {"sturingsvorm", o.sturingsvorm},
              {"monitoring", o.monitoring},
              {"governance", o.governance},
              {"planning", planning},
              {"bemensing", bemensing},
              {"financien", financien},
              {"stakeholders", stakeholders},
              {"risicos", risicos}};
  return doc.dump();
}

Result<void> lees_inhoud(const std::string& text, opdrachten::Opdracht& o) {
  try {
    auto doc = json::parse(text);
    o.aanleiding = doc.at("aanleiding").get<std::string>();
    o.scope = doc.at("scope").get<std::string>();
    o.doel = doc.at("doel").get<std::string>();
    o.activiteiten = doc.at("activiteiten").get<std::string>();
    o.resultaat = doc.at("resultaat").get<std::string>();
    o.sturingsvorm = doc.at("sturingsvorm").get<std::string>();
    o.monitoring = doc.at("monitoring").get<std::string>();
    o.governance = doc.at("governance").get<std::string>();
    for (const auto& m : doc.at("planning")) {
      opdrachten::Mijlpaal mijlpaal{m.at("omschrijving").get<std::string>(), std::nullopt};
      if (!m.at("datum").is_null()) {
        mijlpaal.datum = Datum::parse_iso(m.at("datum").get<std::string>());
      }
      o.planning.push_back(mijlpaal);
    }
    for (const auto& i : doc.at("bemensing")) {
      o.bemensing.push_back({i.at("rol").get<std::string>(), i.at("uren").get<std::int32_t>(),
                             lees_id(i, "persoon")});
    }
    for (const auto& b : doc.at("financien")) {
      o.financien.push_back({b.at("jaar").get<std::int32_t>(), b.at("cents").get<std::int64_t>(),
                             b.at("omschrijving").get<std::string>()});
    }
    for (const auto& s : doc.at("stakeholders")) {
      o.stakeholders.push_back({s.at("naam").get<std::string>(), lees_id(s, "organisatie"),
                                lees_id(s, "persoon"), s.at("rol").get<std::string>()});
    }
    for (const auto& r : doc.at("risicos")) {
      opdrachten::Risico risico;
      risico.omschrijving = r.at("omschrijving").get<std::string>();
      auto kans = r.at("kans").get<std::string>();
      auto impact = r.at("impact").get<std::string>();
      auto kans_niveau = opdrachten::niveau_from_code(kans);
      if (!kans_niveau) return Error::corrupt("opdrachten", o.id, "inhoud.risicos.kans", kans);
      auto impact_niveau = opdrachten::niveau_from_code(impact);
      if (!impact_niveau) {
        return Error::corrupt("opdrachten", o.id, "inhoud.risicos.impact", impact);
      }
      risico.kans = *kans_niveau;
      risico.impact = *impact_niveau;
      risico.beheersmaatregel = r.at("beheersmaatregel").get<std::string>();
      risico.eigenaar = r.at("eigenaar").get<std::string>();
      o.risicos.push_back(risico);
    }
  } catch (const json::exception& e) {
    return Error::storage(std::string("opdracht ") + std::to_string(o.id) + ": " + e.what());
  }
  return Ok();
}

}  // namespace regie::store
