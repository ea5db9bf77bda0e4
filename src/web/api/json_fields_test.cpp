#include <gtest/gtest.h>

#include <algorithm>

#include "web/api/api.hpp"

namespace regie::web::api {
namespace {

bool has_error(const Fields& f, const std::string& field, const std::string& key) {
  return std::any_of(f.decode_errors.begin(), f.decode_errors.end(),
                     [&](const FieldError& e) { return e.field == field && e.key == key; });
}

TEST(JsonFieldsTest, ElkVeldKrijgtZijnJsonSoort) {
  auto body = decode_json_body(R"({"naam": "Beekdal", "inwonertal": 1200, "tot": null})", {});
  ASSERT_TRUE(body.ok());
  const Fields& f = body->fields;
  EXPECT_TRUE(f.json);
  EXPECT_EQ(f.at("naam"), "Beekdal");
  EXPECT_EQ(f.at("inwonertal"), "1200");
  EXPECT_EQ(f.at("tot"), "");
  EXPECT_EQ(f.json_kinds.at("naam"), JsonKind::kString);
  EXPECT_EQ(f.json_kinds.at("inwonertal"), JsonKind::kNumber);
  EXPECT_EQ(f.json_kinds.at("tot"), JsonKind::kNull);
  EXPECT_TRUE(f.decode_errors.empty());
}

TEST(JsonFieldsTest, DubbeleLedenWordenGenoemdOokInEenRij) {
  auto body = decode_json_body(
      R"({"a": 1, "a": 2, "planning": [{"x": 1}, {"x": 1, "y": 2, "x": 3}], "b": {"c": 1, "c": 2}})",
      {{"planning"}, {}});
  ASSERT_TRUE(body.ok());
  const Fields& f = body->fields;
  EXPECT_TRUE(has_error(f, "a", "fout.dubbel"));
  EXPECT_TRUE(has_error(f, "planning[2].x", "fout.dubbel"));
  EXPECT_TRUE(has_error(f, "b.c", "fout.dubbel"));
  EXPECT_TRUE(has_error(f, "b", "fout.type"));  // an object where a value belongs
  EXPECT_FALSE(has_error(f, "planning[1].x", "fout.dubbel"));
  ASSERT_EQ(body->lijsten.at("planning").size(), 2U);
  EXPECT_EQ(body->lijsten.at("planning")[1].at("x"), "3");
}

TEST(JsonFieldsTest, CodelijstenEnLijstenMoetenLijstenZijn) {
  auto body = decode_json_body(R"({"aspecten": ["scope", "geld"], "planning": "morgen"})",
                               {{"planning"}, {"aspecten"}});
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(body->fields.at("aspecten"), "scope,geld");
  EXPECT_TRUE(has_error(body->fields, "planning", "fout.verwacht_lijst"));
  auto fout = decode_json_body(R"({"aspecten": "scope"})", {{}, {"aspecten"}});
  ASSERT_TRUE(fout.ok());
  EXPECT_TRUE(has_error(fout->fields, "aspecten", "fout.verwacht_lijst_codes"));
}

TEST(JsonFieldsTest, AlleenEenJsonObjectIsEenBody) {
  for (const char* body : {"", "[]", "\"tekst\"", "{\"a\": ", "{\"a\": \"\xff\"}"}) {
    auto f = decode_json_body(body, {});
    ASSERT_FALSE(f.ok()) << body;
    EXPECT_EQ(f.error().fields.at(0).field, "body");
  }
}

}  // namespace
}  // namespace regie::web::api
