// The tables of the in-memory store and the helpers its repositories share (tests/fake only).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/audit/audit_repository.hpp"
#include "domain/auth/account_repository.hpp"
#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/beleidscyclus/ronde_repository.hpp"
#include "domain/competenties/zelfbeoordeling_repository.hpp"
#include "domain/governance/collectief_repository.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/monitoring/afwijking_repository.hpp"
#include "domain/monitoring/meting_repository.hpp"
#include "domain/monitoring/realisatie_repository.hpp"
#include "domain/opdrachten/beleidsdoel_repository.hpp"
#include "domain/opdrachten/interne_afstemming_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/signaal_repository.hpp"
#include "domain/programma/catalogus_repository.hpp"
#include "domain/programma/koppeling_repository.hpp"
#include "domain/programma/programma_repository.hpp"

namespace regie::fake {

template <typename T>
using Table = std::map<Id, T>;

struct LoginPoging {
  std::string naam;
  std::string adres;
  bool gelukt = false;
  std::string tijdstip;
};

struct MemoryData {
  Id next_id = 1;
  Id nieuw_id() { return next_id++; }

  Table<governance::Regio> regios;
  Table<governance::Organisatie> organisaties;
  Table<governance::Deelnemerschap> deelnemerschappen;
  Table<governance::Persoon> personen;
  Table<governance::Rol> rollen;

  Table<governance::Vertegenwoordiging> vertegenwoordigingen;
  std::map<Id, governance::Projectgroep> projectgroepen;  // by regio

  Table<Gebruiker> gebruikers;
  std::map<Id, Id> gebruiker_persoon;
  std::map<std::string, Sessie> sessies;
  std::map<std::string, Id> tokens;
  std::map<std::string, Herstel> herstel;  // by token hash
  std::vector<LoginPoging> login_pogingen;

  Table<audit::Entry> audit;

  Table<opdrachten::Opdracht> opdrachten;
  Table<opdrachten::Overgang> overgangen;
  Table<opdrachten::Bewerking> bewerkingen;
  Table<opdrachten::Versie> versies;
  Table<opdrachten::Wijzigingsverzoek> verzoeken;
  Table<opdrachten::Signaal> signalen;
  Table<opdrachten::InterneAfstemming> interne_afstemmingen;

  Table<competenties::Zelfbeoordeling> zelfbeoordelingen;

  Table<beleidscyclus::Stap> stappen;
  Table<beleidscyclus::Document> documenten;
  Table<beleidscyclus::Besluit> besluiten;
  Table<beleidscyclus::Heropening> heropeningen;
  Table<beleidscyclus::Evaluatieconclusie> evaluatieconclusies;
  Table<beleidscyclus::Ronde> rondes;
  Table<beleidscyclus::Planwijziging> planwijzigingen;
  Table<opdrachten::Beleidsdoel> beleidsdoelen;

  Table<programma::Product> producten;
  Table<programma::Verdeelsleutel> verdeelsleutels;
  Table<programma::Uitvoeringsprogramma> programmas;
  Table<programma::Programmakoppeling> koppelingen;

  Table<monitoring::Bronsysteem> bronnen;
  Table<monitoring::RealisatieImport> realisatie_imports;
  Table<monitoring::Realisatie> realisaties;
  std::map<Id, monitoring::Cellen> import_cellen;
  std::map<Id, monitoring::Cellen> cellen;                                // by regio
  std::map<Id, monitoring::Taakveldcellen> taakveldcellen;                // by regio
  std::map<Id, std::vector<monitoring::Periodeafsluiting>> afsluitingen;  // by regio
  Table<monitoring::Afwijkingssignaal> afwijkingen;
  Table<monitoring::Indicatormeting> indicatormetingen;
  Table<monitoring::Procesmeting> procesmetingen;
};

inline Error bestaat_al(const std::string& detail) {
  return Error{ErrorCode::kConflict, "fout.bestaat_al", detail, {}};
}
inline Error in_gebruik(const std::string& detail) {
  return Error{ErrorCode::kConflict, "fout.in_gebruik", detail, {}};
}
inline Error niet_gevonden(const std::string& table, Id id) {
  return Error::not_found(table + " " + std::to_string(id));
}

template <typename T>
Result<T> get_row(const Table<T>& table, Id id, const std::string& name) {
  auto it = table.find(id);
  if (it == table.end()) return niet_gevonden(name, id);
  return it->second;
}

template <typename T>
Result<Id> insert_row(MemoryData& data, Table<T>& table, T row) {
  row.id = data.nieuw_id();
  table[row.id] = std::move(row);
  return row.id;
}

// The versie guard of the SQL store: kNotFound when gone, kStale when changed since.
template <typename T>
Result<T*> guarded(Table<T>& table, Id id, std::int64_t versie, const std::string& name) {
  auto it = table.find(id);
  if (it == table.end()) return niet_gevonden(name, id);
  if (it->second.versie != versie) {
    return Error::stale(name + " " + std::to_string(id) + " versie " + std::to_string(versie) +
                        " is verouderd");
  }
  return &it->second;
}

template <typename T, typename Apply>
Result<void> update_row(Table<T>& table, Id id, std::int64_t versie, const std::string& name,
                        Apply apply) {
  REGIE_ASSIGN_OR_RETURN(T * row, guarded(table, id, versie, name));
  apply(*row);
  ++row->versie;
  return Ok();
}

template <typename T>
std::vector<T> rows_where(const Table<T>& table, const auto& predicate) {
  std::vector<T> out;
  for (const auto& [id, row] : table) {
    if (predicate(row)) out.push_back(row);
  }
  return out;
}

template <typename T>
Page<T> page_of(std::vector<T> rows, const PageRequest& page) {
  Page<T> out;
  out.total = static_cast<std::int64_t>(rows.size());
  auto begin = std::min<std::int64_t>(page.offset, out.total);
  auto end = std::min<std::int64_t>(begin + page.limit, out.total);
  for (auto i = begin; i < end; ++i)
    out.items.push_back(std::move(rows[static_cast<std::size_t>(i)]));
  return out;
}

// The repositories over one copy of the data, each in its own memory_<repository>.cpp; the
// unit of work hands them out (memory_store.cpp, one line each).
std::unique_ptr<RegisterRepository> make_memory_register(MemoryData& data);
std::unique_ptr<OpdrachtRepository> make_memory_opdrachten(MemoryData& data);
std::unique_ptr<CollectiefRepository> make_memory_collectief(MemoryData& data);
std::unique_ptr<AccountRepository> make_memory_accounts(MemoryData& data);
std::unique_ptr<AuditRepository> make_memory_audit(MemoryData& data, bool fails);
std::unique_ptr<SignaalRepository> make_memory_signalen(MemoryData& data);
std::unique_ptr<InterneAfstemmingRepository> make_memory_interne_afstemmingen(MemoryData& data);
std::unique_ptr<ZelfbeoordelingRepository> make_memory_zelfbeoordelingen(MemoryData& data);
std::unique_ptr<CyclusRepository> make_memory_cyclus(MemoryData& data);
std::unique_ptr<RondeRepository> make_memory_rondes(MemoryData& data);
std::unique_ptr<BeleidsdoelRepository> make_memory_beleidsdoelen(MemoryData& data);
std::unique_ptr<CatalogusRepository> make_memory_catalogus(MemoryData& data);
std::unique_ptr<ProgrammaRepository> make_memory_programmas(MemoryData& data);
std::unique_ptr<KoppelingRepository> make_memory_koppelingen(MemoryData& data);
std::unique_ptr<RealisatieRepository> make_memory_realisaties(MemoryData& data);
std::unique_ptr<AfwijkingRepository> make_memory_afwijkingen(MemoryData& data);
std::unique_ptr<MetingRepository> make_memory_metingen(MemoryData& data);

}  // namespace regie::fake
