// multipart/form-data as Chromium and Firefox send it: the boundary from the Content-Type, the
// fields and a file part with its name and bytes (a ';' and a CRLF inside stay), and the
// malformed bodies that give no fields at all.
#include "web/multipart.hpp"

#include <gtest/gtest.h>

#include "web/http.hpp"

namespace regie::web {
namespace {

const std::string kGrens = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

std::string lichaam() {
  return "--" + kGrens +
         "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc123\r\n"
         "--" +
         kGrens +
         "\r\nContent-Disposition: form-data; name=\"bestand\"; "
         "filename=\"catalogus 2028; versie \\\"2\\\".csv\"\r\n"
         "Content-Type: text/csv\r\n\r\n"
         "\xEF\xBB\xBF"
         "code;naam\r\nTH-01;Controle\r\n\r\n--" +
         kGrens + "--\r\n";
}

TEST(MultipartTest, GrensUitHetInhoudstype) {
  EXPECT_EQ(multipart_grens("multipart/form-data; boundary=" + kGrens), kGrens);
  EXPECT_EQ(multipart_grens("Multipart/Form-Data;boundary=\"a b;c\""), "a b;c");
  EXPECT_EQ(multipart_grens("application/x-www-form-urlencoded"), std::nullopt);
  EXPECT_EQ(multipart_grens("multipart/form-data"), std::nullopt);
  EXPECT_EQ(multipart_grens("multipart/form-data; boundary="), std::nullopt);
  EXPECT_EQ(multipart_grens("multipart/form-data; boundary=" + std::string(71, 'x')), std::nullopt);
}

TEST(MultipartTest, VeldenEnBestandMetHunInhoud) {
  auto delen = lees_multipart(lichaam(), kGrens);
  ASSERT_TRUE(delen.has_value());
  ASSERT_EQ(delen->size(), 2U);
  EXPECT_EQ((*delen)[0].naam, "csrf");
  EXPECT_EQ((*delen)[0].inhoud, "abc123");
  EXPECT_FALSE((*delen)[0].bestandsnaam.has_value());
  EXPECT_EQ((*delen)[1].naam, "bestand");
  EXPECT_EQ((*delen)[1].bestandsnaam, "catalogus 2028; versie \"2\".csv");
  // The file's bytes as sent, its own last line end included.
  EXPECT_EQ((*delen)[1].inhoud,
            "\xEF\xBB\xBF"
            "code;naam\r\nTH-01;Controle\r\n");
}

TEST(MultipartTest, EenVerzoekLeestZijnVeldenUitEenMultipartLichaam) {
  Request req;
  req.headers["content-type"] = "multipart/form-data; boundary=" + kGrens;
  req.body = lichaam();
  auto velden = req.form_params();
  EXPECT_EQ(velden["csrf"], "abc123");
  EXPECT_EQ(velden["bestand"],
            "\xEF\xBB\xBF"
            "code;naam\r\nTH-01;Controle\r\n");
  // Malformed: no fields at all, so the CSRF check refuses the form.
  req.body = lichaam().substr(0, 60);
  EXPECT_TRUE(req.form_params().empty());
}

TEST(MultipartTest, OngeldigeLichamenGevenNiets) {
  const std::string g = "grens";
  EXPECT_FALSE(lees_multipart("", g).has_value());
  EXPECT_FALSE(lees_multipart("--grens\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx", g)
                   .has_value());  // no closing boundary
  EXPECT_FALSE(lees_multipart("--grens\r\nContent-Disposition: form-data\r\n\r\nx\r\n--grens--", g)
                   .has_value());  // no name
  EXPECT_FALSE(
      lees_multipart("--grens\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--grens--",
                     g)
          .has_value());
  EXPECT_FALSE(lees_multipart("--grens\r\nContent-Disposition: form-data; name=\"a\"\r\nx", g)
                   .has_value());  // no end of the headers
  // A preamble is ignored; an empty form is no parts.
  auto leeg = lees_multipart("voorwoord\r\n--grens--\r\n", g);
  ASSERT_TRUE(leeg.has_value());
  EXPECT_TRUE(leeg->empty());
}

}  // namespace
}  // namespace regie::web
