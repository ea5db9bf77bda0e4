// A catalogue product for the programme's tests (UP-3): toezicht when its code starts with 'T',
// else vergunningverlening; € 98,50 an hour; a kental product 12,5 norm hours a unit, a
// regionaal product split by inwonertal.
#pragma once

#include <string>

#include "domain/programma/catalogus.hpp"

namespace regie::testhulp {

inline programma::Product product(const std::string& code, programma::Afrekenwijze wijze,
                                  programma::Taak taak = programma::Taak::kBasistaak) {
  programma::Product p;
  p.code = code;
  p.naam = "Product " + code;
  p.taakveld = code[0] == 'T' ? "toezicht" : "vergunningverlening";
  p.taak = taak;
  p.afrekenwijze = wijze;
  p.uurtarief_cents = 9850;
  if (wijze == programma::Afrekenwijze::kKental) p.normuren = 1250;  // 12,5 h per unit
  if (wijze == programma::Afrekenwijze::kRegionaal) p.verdeelsleutel = "inwonertal";
  return p;
}

}  // namespace regie::testhulp
