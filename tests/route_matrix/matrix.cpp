#include "route_matrix/matrix.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace regie::e2e::matrix {

std::vector<Plak> alle_plakken() {
  return {
      start_plak(),               // logging in and out, the start page, static files, OpenAPI
      register_plak(),            // GOV-1..GOV-3
      governance_plak(),          // GOV-6, GOV-8, GOV-9
      opdracht_plak(),            // OPD-1..OPD-3
      wijziging_plak(),           // OPD-5
      signaal_plak(),             // OPD-6
      interne_afstemming_plak(),  // OPD-8
      beleidsdoel_plak(),         // OPD-7
      competentie_plak(),         // COMP
      beleidscyclus_plak(),       // B8
      catalogus_plak(),           // UP-3
      sleutel_plak(),             // UP-3: eigen verdeelsleutels
      programma_plak(),           // UP-1, UP-2, UP-4
      koppeling_plak(),           // OPD-4, OPD-7: programmaregels of an opdracht
      account_plak(),             // GOV-10: accounts
      realisatie_plak(),          // MON-1..MON-7: realisaties and monitoring
      afwijking_plak(),           // MON-3: afwijkingen and bijsturing
      meting_plak(),              // MON-4, MON-5: metingen
  };
}

const char* doel_naam(Doel doel) {
  switch (doel) {
    case Doel::kGeen:
      return "";
    case Doel::kOd:
      return "od";
    case Doel::kBeekdal:
      return "beekdal";
    case Doel::kDijkstede:
      return "dijkstede";
    case Doel::kKlad:
      return "klad";
    case Doel::kKladDijkstede:
      return "klad-dijkstede";
    case Doel::kKladWeg:
      return "klad-weg";
    case Doel::kKladWegDijkstede:
      return "klad-weg-dijkstede";
    case Doel::kAanvaardDijkstede:
      return "aanvaard-dijkstede";
    case Doel::kMaatwerkDijkstede:
      return "maatwerk-dijkstede";
    case Doel::kAndereRegio:
      return "andere-regio";
  }
  return "";
}

bool is_vreemd(Doel doel) {
  return doel == Doel::kKladDijkstede || doel == Doel::kKladWegDijkstede ||
         doel == Doel::kAanvaardDijkstede || doel == Doel::kMaatwerkDijkstede ||
         doel == Doel::kAndereRegio;
}

Id Klad::operator[](const std::string& naam) const {
  auto it = ids_.find(naam);
  if (it != ids_.end()) return it->second;
  ADD_FAILURE() << "geen kladrecord '" << naam << "'";
  return 0;
}

bool is_api(const std::string& pattern) { return pattern.rfind("/api/", 0) == 0; }

std::string vervang(std::string text, const std::string& from, const std::string& to) {
  auto pos = text.find(from);
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

std::string json_body(const Fields& fields, const std::set<std::string>& getallen,
                      const std::set<std::string>& lijsten) {
  nlohmann::json body = nlohmann::json::object();
  for (const auto& [key, value] : fields) {
    bool number = !value.empty() && value.find_first_not_of("0123456789") == std::string::npos &&
                  getallen.count(key) > 0;
    if (lijsten.count(key) > 0) {
      body[key] = nlohmann::json::array({value});
    } else if (number) {
      body[key] = std::stoll(value);
    } else {
      body[key] = value;
    }
  }
  return body.dump();
}

}  // namespace regie::e2e::matrix
