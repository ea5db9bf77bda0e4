#include "store/sql/account_repository.hpp"

#include <string>
#include <utility>

#include "store/sql/common.hpp"

namespace regie::store {
namespace {

Result<Gebruiker> read_gebruiker(const SqlRow& row) {
  RowReader r(row, "gebruikers");
  Gebruiker g;
  g.id = r.integer(0, "id");
  g.naam = row.text(1);
  g.wachtwoord_hash = row.text(2);
  g.beheerder = r.integer(3, "beheerder") != 0;
  g.organisatie_id = r.integer(4, "organisatie_id");
  g.actief = r.integer(5, "actief") != 0;
  g.aangemaakt = row.text(6);
  return r.done(g);
}

constexpr const char* kGebruikerColumns =
    "id, naam, wachtwoord_hash, beheerder, organisatie_id, actief, aangemaakt";

class SqlAccountRepository final : public AccountRepository, private SqlRepository {
 public:
  explicit SqlAccountRepository(SqlConnection& c) : SqlRepository(c) {}

  Result<std::optional<Gebruiker>> find(const std::string& naam) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kGebruikerColumns +
                                                    " FROM gebruikers WHERE naam = $1",
                                                {naam}));
    if (result.rows.empty()) return std::optional<Gebruiker>{};
    REGIE_ASSIGN_OR_RETURN(auto gebruiker, read_gebruiker(result.rows.front()));
    return std::optional<Gebruiker>{std::move(gebruiker)};
  }

  Result<Gebruiker> get(Id id) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec(std::string("SELECT ") + kGebruikerColumns +
                                                    " FROM gebruikers WHERE id = $1",
                                                {id}));
    if (result.rows.empty()) return Error::not_found("gebruiker " + std::to_string(id));
    return read_gebruiker(result.rows.front());
  }

  Result<Id> create(const Gebruiker& g) override {
    return insert_returning_id(
        "INSERT INTO gebruikers (naam, wachtwoord_hash, beheerder, organisatie_id, actief, "
        "aangemaakt) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {g.naam, g.wachtwoord_hash, std::int64_t{g.beheerder ? 1 : 0}, g.organisatie_id,
         std::int64_t{g.actief ? 1 : 0}, g.aangemaakt});
  }

  Result<std::vector<Gebruiker>> list() override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec(std::string("SELECT ") + kGebruikerColumns + " FROM gebruikers ORDER BY naam", {}));
    return read_all(result.rows, read_gebruiker);
  }

  Result<void> set_actief(Id gebruiker_id, bool actief) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec("UPDATE gebruikers SET actief = $1 WHERE id = $2",
                                                {std::int64_t{actief ? 1 : 0}, gebruiker_id}));
    if (result.affected == 0) return Error::not_found("gebruiker " + std::to_string(gebruiker_id));
    return Ok();
  }

  Result<void> set_wachtwoord_hash(Id gebruiker_id, const std::string& hash) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("UPDATE gebruikers SET wachtwoord_hash = $1 WHERE id = $2", {hash, gebruiker_id}));
    if (result.affected == 0) return Error::not_found("gebruiker " + std::to_string(gebruiker_id));
    return Ok();
  }

  Result<void> create_herstel(const Herstel& h) override {
    REGIE_TRY(delete_herstel_van(h.gebruiker_id));
    REGIE_TRY(c_.exec(
        "INSERT INTO wachtwoord_herstel (token_hash, gebruiker_id, geldig_tot) VALUES ($1, $2, $3)",
        {h.token_hash, h.gebruiker_id, h.geldig_tot}));
    return Ok();
  }

  Result<std::optional<Herstel>> find_herstel(const std::string& token_hash) override {
    REGIE_ASSIGN_OR_RETURN(auto result, c_.exec("SELECT token_hash, gebruiker_id, geldig_tot FROM "
                                                "wachtwoord_herstel WHERE token_hash = $1",
                                                {token_hash}));
    if (result.rows.empty()) return std::optional<Herstel>{};
    const auto& row = result.rows.front();
    RowReader r(row, "wachtwoord_herstel");
    Herstel h{row.text(0), r.integer(1, "gebruiker_id"), row.text(2)};
    REGIE_ASSIGN_OR_RETURN(h, r.done(h));
    return std::optional<Herstel>{std::move(h)};
  }

  Result<void> delete_herstel_van(Id gebruiker_id) override {
    REGIE_TRY(c_.exec("DELETE FROM wachtwoord_herstel WHERE gebruiker_id = $1", {gebruiker_id}));
    return Ok();
  }

  Result<std::optional<Id>> persoon_of(Id gebruiker_id) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT id, persoon_id FROM gebruikers WHERE id = $1", {gebruiker_id}));
    if (result.rows.empty()) return Error::not_found("gebruiker " + std::to_string(gebruiker_id));
    RowReader r(result.rows.front(), "gebruikers");
    auto persoon_id = r.opt_integer(1, "persoon_id");
    return r.done(persoon_id);
  }

  Result<void> link_persoon(Id gebruiker_id, std::optional<Id> persoon_id) override {
    REGIE_ASSIGN_OR_RETURN(auto result,
                           c_.exec("UPDATE gebruikers SET persoon_id = $1 WHERE id = $2",
                                   {opt_int(persoon_id), gebruiker_id}));
    if (result.affected == 0) return Error::not_found("gebruiker " + std::to_string(gebruiker_id));
    return Ok();
  }

  Result<void> create_sessie(const Sessie& s) override {
    REGIE_TRY(c_.exec(
        "INSERT INTO sessies (token_hash, gebruiker_id, csrf_token, verloopt) VALUES ($1, $2, "
        "$3, $4)",
        {s.token_hash, s.gebruiker_id, s.csrf_token, s.verloopt}));
    return Ok();
  }

  Result<std::optional<Sessie>> find_sessie(const std::string& token_hash) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT token_hash, gebruiker_id, csrf_token, verloopt FROM sessies WHERE "
                "token_hash = $1",
                {token_hash}));
    if (result.rows.empty()) return std::optional<Sessie>{};
    const auto& row = result.rows.front();
    RowReader r(row, "sessies");  // keyed by token_hash: an error names id 0
    Sessie sessie{row.text(0), r.integer(1, "gebruiker_id"), row.text(2), row.text(3)};
    REGIE_ASSIGN_OR_RETURN(sessie, r.done(sessie));
    return std::optional<Sessie>{sessie};
  }

  Result<void> delete_sessie(const std::string& token_hash) override {
    REGIE_TRY(c_.exec("DELETE FROM sessies WHERE token_hash = $1", {token_hash}));
    return Ok();
  }

  Result<void> delete_verlopen_sessies(const std::string& nu) override {
    REGIE_TRY(c_.exec("DELETE FROM sessies WHERE verloopt < $1", {nu}));
    return Ok();
  }

  Result<void> create_token(const std::string& token_hash, Id gebruiker_id,
                            const std::string& aangemaakt) override {
    REGIE_TRY(
        c_.exec("INSERT INTO api_tokens (token_hash, gebruiker_id, aangemaakt) VALUES ($1, $2, $3)",
                {token_hash, gebruiker_id, aangemaakt}));
    return Ok();
  }

  Result<std::optional<Id>> find_token(const std::string& token_hash) override {
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT gebruiker_id FROM api_tokens WHERE token_hash = $1", {token_hash}));
    if (result.rows.empty()) return std::optional<Id>{};
    REGIE_ASSIGN_OR_RETURN(Id gebruiker_id, first_integer(result, "api_tokens", "gebruiker_id"));
    return std::optional<Id>{gebruiker_id};
  }

  Result<void> record_login_poging(const std::string& naam, const std::string& adres, bool gelukt,
                                   const std::string& tijdstip) override {
    REGIE_TRY(c_.exec(
        "INSERT INTO login_pogingen (naam, adres, gelukt, tijdstip) VALUES ($1, $2, $3, $4)",
        {naam, adres, std::int64_t{gelukt ? 1 : 0}, tijdstip}));
    return Ok();
  }

  Result<MislukteLogins> count_mislukte_logins(const std::string& naam, const std::string& adres,
                                               const std::string& sinds) override {
    // Failures since the last success of the same name and address, within the window.
    REGIE_ASSIGN_OR_RETURN(
        auto result,
        c_.exec("SELECT COUNT(*), COALESCE(MAX(tijdstip), '') FROM login_pogingen WHERE "
                "naam = $1 AND adres = $2 AND gelukt = 0 AND tijdstip >= $3 AND tijdstip > "
                "COALESCE((SELECT MAX(tijdstip) FROM login_pogingen WHERE naam = $1 AND "
                "adres = $2 AND gelukt = 1), '')",
                {naam, adres, sinds}));
    REGIE_ASSIGN_OR_RETURN(auto aantal, first_integer(result, "login_pogingen", "COUNT(*)"));
    return MislukteLogins{aantal, result.rows.front().text(1)};
  }
};

}  // namespace

std::unique_ptr<AccountRepository> make_sql_account_repository(SqlConnection& c) {
  return std::make_unique<SqlAccountRepository>(c);
}

}  // namespace regie::store
