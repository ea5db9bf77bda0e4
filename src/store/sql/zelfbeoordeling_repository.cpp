#include "store/sql/zelfbeoordeling_repository.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

Result<competenties::Zelfbeoordeling> read_zelfbeoordeling(const SqlRow& row) {
  RowReader r(row, "zelfbeoordelingen");
  competenties::Zelfbeoordeling z;
  z.id = r.integer(0, "id");
  z.persoon_id = r.integer(1, "persoon_id");
  z.jaar = r.integer<std::int32_t>(2, "jaar");
  z.profiel = r.code(3, "profiel", competenties::profiel_from_code);
  z.versie = r.integer(4, "versie");
  return r.done(z);
}

// A score with the id of its zelfbeoordeling (column 0).
Result<std::pair<Id, competenties::Score>> read_score(const SqlRow& row) {
  RowReader r(row, "competentie_scores");
  std::pair<Id, competenties::Score> score{
      r.integer(0, "zelfbeoordeling_id"),
      competenties::Score{row.text(1), r.integer<std::int32_t>(2, "score"), row.text(3)}};
  return r.done(std::move(score));
}

// Scores in the order of the profile's catalogue; codes no longer in it come last.
std::vector<competenties::Score> in_catalogus_volgorde(competenties::Profiel profiel,
                                                       std::vector<competenties::Score> scores) {
  const auto& lijst = competenties::catalogus(profiel);
  auto positie = [&](const competenties::Score& s) {
    for (std::size_t i = 0; i < lijst.size(); ++i) {
      if (lijst[i].code == s.competentie) return i;
    }
    return lijst.size();
  };
  std::stable_sort(scores.begin(), scores.end(),
                   [&](const competenties::Score& a, const competenties::Score& b) {
                     return positie(a) < positie(b);
                   });
  return scores;
}

class SqlZelfbeoordelingRepository final : public ZelfbeoordelingRepository, private SqlRepository {
 public:
  explicit SqlZelfbeoordelingRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::vector<competenties::Zelfbeoordeling>> list(const ZelfbeoordelingQuery& q) override {
    SqlParams params;
    std::string where = "p.regio_id = " + next(params, q.regio_id);
    if (q.persoon_id) where += " AND z.persoon_id = " + next(params, *q.persoon_id);
    if (q.jaar) where += " AND z.jaar = " + next(params, std::int64_t{*q.jaar});
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT z.id, z.persoon_id, z.jaar, z.profiel, z.versie FROM zelfbeoordelingen z "
                "JOIN personen p ON p.id = z.persoon_id WHERE " +
                    where + " ORDER BY z.jaar DESC, z.profiel, z.id",
                params));
    REGIE_ASSIGN_OR_RETURN(auto out, read_all(result.rows, read_zelfbeoordeling));
    if (out.empty()) return out;
    REGIE_ASSIGN_OR_RETURN(
        auto scores,
        c_.exec("SELECT s.zelfbeoordeling_id, s.competentie, s.score, s.toelichting FROM "
                "competentie_scores s JOIN zelfbeoordelingen z ON z.id = s.zelfbeoordeling_id "
                "JOIN personen p ON p.id = z.persoon_id WHERE " +
                    where,
                params));
    std::map<Id, std::vector<competenties::Score>> per_id;
    for (const auto& row : scores.rows) {
      REGIE_ASSIGN_OR_RETURN(auto score, read_score(row));
      per_id[score.first].push_back(std::move(score.second));
    }
    for (auto& z : out) z.scores = in_catalogus_volgorde(z.profiel, per_id[z.id]);
    return out;
  }

  Result<competenties::Zelfbeoordeling> get(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec("SELECT id, persoon_id, jaar, profiel, versie "
                                                "FROM zelfbeoordelingen WHERE id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("zelfbeoordeling " + std::to_string(id));
    REGIE_ASSIGN_OR_RETURN(auto z, read_zelfbeoordeling(result.rows.front()));
    REGIE_ASSIGN_OR_RETURN(auto scores,
                           c_.exec("SELECT zelfbeoordeling_id, competentie, score, toelichting "
                                   "FROM competentie_scores WHERE zelfbeoordeling_id = $1",
                                   {id}));
    std::vector<competenties::Score> lijst;
    for (const auto& row : scores.rows) {
      REGIE_ASSIGN_OR_RETURN(auto score, read_score(row));
      lijst.push_back(std::move(score.second));
    }
    z.scores = in_catalogus_volgorde(z.profiel, std::move(lijst));
    return z;
  }

  Result<Id> create(const competenties::Zelfbeoordeling& z) override {
    REGIE_ASSIGN_OR_RETURN(
        auto id, insert_returning_id("INSERT INTO zelfbeoordelingen (persoon_id, jaar, profiel) "
                                     "VALUES ($1, $2, $3) RETURNING id",
                                     {z.persoon_id, std::int64_t{z.jaar},
                                      std::string(competenties::code(z.profiel))}));
    REGIE_TRY(insert_scores(id, z.scores));
    return id;
  }

  Result<void> update(const competenties::Zelfbeoordeling& z) override {
    REGIE_TRY(update_versioned(
        "zelfbeoordelingen", z.id, z.versie,
        "UPDATE zelfbeoordelingen SET versie = versie + 1 WHERE id = $1 AND versie = $2",
        {z.id, z.versie}));
    REGIE_TRY(c_.exec("DELETE FROM competentie_scores WHERE zelfbeoordeling_id = $1", {z.id}));
    return insert_scores(z.id, z.scores);
  }

 private:
  Result<void> insert_scores(Id id, const std::vector<competenties::Score>& scores) {
    for (const auto& s : scores) {
      REGIE_TRY(
          c_.exec("INSERT INTO competentie_scores (zelfbeoordeling_id, competentie, score, "
                  "toelichting) VALUES ($1, $2, $3, $4)",
                  {id, s.competentie, std::int64_t{s.score}, s.toelichting}));
    }
    return Ok();
  }
};

}  // namespace

std::unique_ptr<ZelfbeoordelingRepository> make_sql_zelfbeoordeling_repository(SqlConnection& c) {
  return std::make_unique<SqlZelfbeoordelingRepository>(c);
}

}  // namespace regie::store
