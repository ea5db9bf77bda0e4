#include "store/sql/afwijking_repository.hpp"

#include <array>
#include <string>
#include <utility>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

using monitoring::Afwijkingssignaal;

constexpr const char* kTabel = "afwijkingssignalen";

// Everything after the id, in the order of params(); the first four never change.
constexpr std::array<const char*, 33> kKolommen = {"regio_id",
                                                   "jaar",
                                                   "deelnemer_id",
                                                   "soort",
                                                   "peilmaand",
                                                   "tolerantie",
                                                   "methode",
                                                   "plan_uren",
                                                   "plan_aantal",
                                                   "plan_bedrag_cents",
                                                   "realisatie_uren",
                                                   "realisatie_aantal",
                                                   "realisatie_bedrag_cents",
                                                   "prognose_uren",
                                                   "prognose_aantal",
                                                   "prognose_bedrag_cents",
                                                   "afwijking_uren",
                                                   "afwijking_aantal",
                                                   "afwijking_bedrag",
                                                   "status",
                                                   "gesignaleerd_op",
                                                   "bijgewerkt_op",
                                                   "voorstel_maatregel",
                                                   "voorstel_gevolgen",
                                                   "voorstel_afgestemd_met",
                                                   "voorstel_meerkosten_cents",
                                                   "voorstel_door",
                                                   "voorstel_op",
                                                   "besluit",
                                                   "besluit_toelichting",
                                                   "besluit_door",
                                                   "besluit_mandaat",
                                                   "besluit_op"};
constexpr std::size_t kVast = 4;

const std::string& select_sql() {
  static const std::string kSql = [] {
    std::string out = "SELECT id";
    for (const char* k : kKolommen) out += std::string(", ") + k;
    return out + ", versie FROM afwijkingssignalen WHERE ";
  }();
  return kSql;
}

SqlParams params(const Afwijkingssignaal& s) {
  const auto& v = s.voorstel;
  const auto& b = s.besluit;
  auto vt = [&](std::string monitoring::Bijsturingsvoorstel::*veld) -> SqlValue {
    return v ? SqlValue{(*v).*veld} : SqlValue{std::monostate{}};
  };
  auto bt = [&](std::string monitoring::Bijsturingsbesluit::*veld) -> SqlValue {
    return b ? SqlValue{(*b).*veld} : SqlValue{std::monostate{}};
  };
  return {s.regio_id,
          std::int64_t{s.jaar},
          s.deelnemer_id,
          std::string(programma::code(s.soort)),
          std::int64_t{s.peilmaand},
          std::int64_t{s.tolerantie},
          std::string(code(s.methode)),
          s.plan.uren,
          s.plan.aantal,
          s.plan.bedrag_cents,
          s.realisatie.uren,
          s.realisatie.aantal,
          s.realisatie.bedrag_cents,
          s.prognose.uren,
          s.prognose.aantal,
          s.prognose.bedrag_cents,
          std::string(code(s.uren)),
          std::string(code(s.aantal)),
          std::string(code(s.bedrag)),
          std::string(code(s.status)),
          s.gesignaleerd_op,
          s.bijgewerkt_op,
          vt(&monitoring::Bijsturingsvoorstel::maatregel),
          vt(&monitoring::Bijsturingsvoorstel::gevolgen),
          vt(&monitoring::Bijsturingsvoorstel::afgestemd_met),
          v ? SqlValue{v->meerkosten_cents} : SqlValue{std::monostate{}},
          vt(&monitoring::Bijsturingsvoorstel::door),
          vt(&monitoring::Bijsturingsvoorstel::op),
          b ? SqlValue{std::string(code(b->besluit))} : SqlValue{std::monostate{}},
          bt(&monitoring::Bijsturingsbesluit::toelichting),
          bt(&monitoring::Bijsturingsbesluit::door),
          bt(&monitoring::Bijsturingsbesluit::mandaat),
          bt(&monitoring::Bijsturingsbesluit::op)};
}

Result<Afwijkingssignaal> lees(const SqlRow& row) {
  RowReader r(row, kTabel);
  Afwijkingssignaal s;
  s.id = r.integer(0, "id");
  s.regio_id = r.integer(1, "regio_id");
  s.jaar = r.integer<std::int32_t>(2, "jaar");
  s.deelnemer_id = r.integer(3, "deelnemer_id");
  s.soort = r.code(4, "soort", programma::regel_soort_from_code);
  s.peilmaand = r.integer<int>(5, "peilmaand");
  s.tolerantie = r.integer<std::int32_t>(6, "tolerantie");
  s.methode = r.code(7, "methode", monitoring::prognosemethode_from_code);
  s.plan = {r.integer(8, "plan_uren"), r.integer(9, "plan_aantal"),
            r.integer(10, "plan_bedrag_cents"), 0};
  s.realisatie = {r.integer(11, "realisatie_uren"), r.integer(12, "realisatie_aantal"),
                  r.integer(13, "realisatie_bedrag_cents"), 0};
  s.prognose = {r.integer(14, "prognose_uren"), r.integer(15, "prognose_aantal"),
                r.integer(16, "prognose_bedrag_cents"), 0};
  s.uren = r.code(17, "afwijking_uren", monitoring::afwijking_from_code);
  s.aantal = r.code(18, "afwijking_aantal", monitoring::afwijking_from_code);
  s.bedrag = r.code(19, "afwijking_bedrag", monitoring::afwijking_from_code);
  s.status = r.code(20, "status", monitoring::signaalstatus_from_code);
  s.gesignaleerd_op = row.text(21);
  s.bijgewerkt_op = row.text(22);
  if (!row.is_null(23)) {
    s.voorstel = monitoring::Bijsturingsvoorstel{
        row.text(23), row.text(24), row.text(25), r.integer(26, "voorstel_meerkosten_cents"),
        row.text(27), row.text(28)};
  }
  if (!row.is_null(29)) {
    s.besluit =
        monitoring::Bijsturingsbesluit{r.code(29, "besluit", monitoring::besluit_from_code),
                                       row.text(30), row.text(31), row.text(32), row.text(33)};
  }
  s.versie = r.integer(34, "versie");
  return r.done(s);
}

class SqlAfwijkingRepository final : public AfwijkingRepository, private SqlRepository {
 public:
  explicit SqlAfwijkingRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<Id> create(const Afwijkingssignaal& s) override {
    std::string kolommen;
    std::string waarden;
    for (std::size_t i = 0; i < kKolommen.size(); ++i) {
      kolommen += std::string(kKolommen.at(i)) + ", ";
      waarden += "$" + std::to_string(i + 1) + ", ";
    }
    return insert_returning_id("INSERT INTO afwijkingssignalen (" + kolommen + "versie) VALUES (" +
                                   waarden + "1) RETURNING id",
                               params(s));
  }

  Result<void> update(const Afwijkingssignaal& s) override {
    SqlParams p = params(s);
    p.erase(p.begin(), p.begin() + kVast);
    std::string sql = "UPDATE afwijkingssignalen SET ";
    for (std::size_t i = kVast; i < kKolommen.size(); ++i) {
      sql += std::string(kKolommen.at(i)) + " = $" + std::to_string(i - kVast + 1) + ", ";
    }
    const std::size_t n = kKolommen.size() - kVast;
    sql += "versie = versie + 1 WHERE id = $" + std::to_string(n + 1) + " AND versie = $" +
           std::to_string(n + 2);
    p.emplace_back(s.id);
    p.emplace_back(s.versie);
    return update_versioned(kTabel, s.id, s.versie, sql, p);
  }

  Result<Afwijkingssignaal> get(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(select_sql() + "id = $1", {id}));
    if (result.rows.empty()) return Error::not_found("afwijkingssignaal " + std::to_string(id));
    return lees(result.rows.front());
  }

  Result<std::vector<Afwijkingssignaal>> list(const AfwijkingQuery& q) override {
    SqlParams p;
    std::string where = "regio_id = " + next(p, q.regio_id);
    if (q.jaar) where += " AND jaar = " + next(p, std::int64_t{*q.jaar});
    if (q.deelnemer_id) where += " AND deelnemer_id = " + next(p, *q.deelnemer_id);
    if (q.alleen_lopend) where += " AND status IN ('open', 'voorstel')";
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(select_sql() + where + " ORDER BY id", p));
    return read_all(result.rows, lees);
  }
};

}  // namespace

std::unique_ptr<AfwijkingRepository> make_sql_afwijking_repository(SqlConnection& c) {
  return std::make_unique<SqlAfwijkingRepository>(c);
}

}  // namespace regie::store
