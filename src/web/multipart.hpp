// multipart/form-data (RFC 7578): the body of an HTML form with a file input
// (`enctype="multipart/form-data"`), as its named parts. Only what a browser sends: parts with a
// Content-Disposition "form-data" and a name; a file part also has a filename. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace regie::web {

struct Formdeel {
  std::string naam;
  std::optional<std::string> bestandsnaam;  // a file input's part (may be empty: no file chosen)
  std::string inhoud;
};

// The boundary of a Content-Type "multipart/form-data; boundary=…" (quoted or not); nullopt for
// any other type or without a usable boundary (1 to 70 characters).
std::optional<std::string> multipart_grens(std::string_view content_type);

// The parts of `body` in their order; nullopt when the body is not well-formed: no opening
// boundary, a part without its header end, a part without a form-data name, or no closing
// boundary.
std::optional<std::vector<Formdeel>> lees_multipart(std::string_view body, std::string_view grens);

}  // namespace regie::web
