// The expectations shared by the slices of the catalogue (UP-3) and the programme (UP-1, UP-2,
// UP-4): both are kept by the same people (programma::mag_programma_wijzigen is
// mag_catalogus_wijzigen): the beheerder, the accountmanagers, the directie and the regisseur.
// Everyone of the regio reads; another regio's object is not found.
#pragma once

#include "route_matrix/matrix.hpp"

namespace regie::e2e::matrix {

// The web pages: reading, opening a form, saving it, another regio's object.
inline constexpr std::array<int, kAantalWie> kHtmlLezen = {kL,  200, 200, 200, 200,
                                                           200, 200, 200, 200};
inline constexpr std::array<int, kAantalWie> kHtmlFormulier = {kL,  200, 200, 200, 200,
                                                               403, 403, 403, 200};
inline constexpr std::array<int, kAantalWie> kHtmlWijzigen = {kL,  kD,  kD,  kD, kD,
                                                              403, 403, 403, kD};
inline constexpr std::array<int, kAantalWie> kHtmlNergens = {kL,  404, 404, 404, 404,
                                                             404, 404, 404, 404};

inline constexpr std::array<int, kAantalWie> kApiLezen = {401, 200, 200, 200, 200,
                                                          200, 200, 200, 200};
inline constexpr std::array<int, kAantalWie> kApiNieuw = {401, 201, 201, 201, 201,
                                                          403, 403, 403, 201};
inline constexpr std::array<int, kAantalWie> kApiWijzigen = {401, 200, 200, 200, 200,
                                                             403, 403, 403, 200};
inline constexpr std::array<int, kAantalWie> kApiWeg = {401, 204, 204, 204, 204,
                                                        403, 403, 403, 204};
inline constexpr std::array<int, kAantalWie> kApiNergens = {401, 404, 404, 404, 404,
                                                            404, 404, 404, 404};

}  // namespace regie::e2e::matrix
