#include "cli/cli.hpp"

#include "cli/wiring.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <string>

#include "domain/auth/account_repository.hpp"
#include "domain/governance/register_repository.hpp"
#include "service/auth_service.hpp"
#include "service/crypto.hpp"
#include "service/demo_service.hpp"
#include "service/register_service.hpp"
#include "store/store.hpp"
#include "web/api/api.hpp"
#include "web/app.hpp"
#include "web/http_server.hpp"
#include "web/messages.hpp"

namespace regie::cli {
namespace {

constexpr int kExitFout = 1;
constexpr int kExitGebruik = 2;
constexpr int kExitOpslag = 3;
constexpr int kExitAuditGebroken = 4;

int exit_code(const Error& error) {
  switch (error.code) {
    case ErrorCode::kStorage:
    case ErrorCode::kCorrupt:
      return kExitOpslag;
    case ErrorCode::kInvalid:
      return kExitGebruik;
    default:
      return kExitFout;
  }
}

int fail(const Error& error) {
  std::cerr << "regie: " << web::tekst(error.key);
  std::string fields = web::beschrijving(error);
  if (!error.fields.empty()) std::cerr << " " << fields;
  if (!error.detail.empty()) std::cerr << " (" << error.detail << ")";
  std::cerr << "\n";
  return exit_code(error);
}

// --db, or REGIE_DB when --db is not given.
std::string database_naam(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("REGIE_DB");
  return env ? std::string(env) : std::string();
}

// The system clock, or the clock started at REGIE_KLOK ("2026-12-01" or
// "2026-12-01T09:00:00Z") so tests and demonstrations run on a chosen day.
std::optional<std::shared_ptr<service::Clock>> klok() {
  const char* env = std::getenv("REGIE_KLOK");
  if (env == nullptr || *env == '\0') return service::system_clock();
  auto moment = service::parse_moment(env);
  if (!moment) return std::nullopt;
  return service::clock_from(*moment);
}

void print_accounts(const std::vector<service::DemoAccount>& accounts) {
  std::cout << "Demo-accounts (wachtwoord: " << service::kDemoWachtwoord << "):\n";
  for (const auto& a : accounts) {
    std::cout << "  " << a.naam << "  —  " << a.rol << ", " << a.organisatie << "\n";
  }
}

std::string source_dir() {
#ifdef REGIE_SOURCE_DIR
  return REGIE_SOURCE_DIR;
#else
  return ".";
#endif
}

}  // namespace

int run(int argc, char** argv) {
  spdlog::set_default_logger(spdlog::stderr_logger_mt("regie"));
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");

  CLI::App app{"regie: gedeelde werkruimte voor opdrachtgevers en omgevingsdienst"};
  app.require_subcommand(1);
  std::string database;
  auto add_db = [&](CLI::App* sub) {
    sub->add_option("--db", database,
                    "Database: een bestandspad, sqlite:PAD of een postgresql://-URL (of REGIE_DB)");
  };

  auto* serve = app.add_subcommand("serve", "Start de webserver");
  add_db(serve);
  int port = 8080;
  std::string adres = "127.0.0.1";
  bool demo = false;
  std::string tls_cert, tls_key, asset_dir;
  std::vector<std::string> proxies;
  int workers = 4;
  serve->add_option("--port", port, "Poort (0 kiest een vrije poort)")->check(CLI::Range(0, 65535));
  serve->add_option("--adres", adres, "Adres om op te luisteren");
  serve->add_flag("--demo", demo, "Laad de demoregio in een lege database");
  serve->add_option("--tls-cert", tls_cert, "TLS-certificaat (PEM)");
  serve->add_option("--tls-key", tls_key, "TLS-sleutel (PEM)");
  serve->add_option("--trusted-proxy", proxies,
                    "Adres van een TLS-afsluitende proxy die X-Forwarded-Proto zet");
  serve->add_option("--workers", workers, "Aantal werkthreads")->check(CLI::Range(1, 64));
  serve->add_option("--assets", asset_dir, "Map met node_modules (NL Design System CSS)");

  auto* migrate = app.add_subcommand("migrate", "Breng het databaseschema bij");
  add_db(migrate);
  auto* demo_cmd = app.add_subcommand("demo", "Laad de demoregio in een lege database");
  add_db(demo_cmd);

  auto* gebruiker = app.add_subcommand("gebruiker", "Beheer gebruikers");
  gebruiker->require_subcommand(1);
  auto* gebruiker_add =
      gebruiker->add_subcommand("add", "Voeg een gebruiker toe (wachtwoord via stdin)");
  add_db(gebruiker_add);
  std::string naam, rol;
  std::int64_t organisatie = 0;
  gebruiker_add->add_option("--naam", naam, "Gebruikersnaam")->required();
  gebruiker_add
      ->add_option("--rol", rol,
                   "beheerder, accountmanager, directie, medewerker, opdrachtgever of "
                   "bestuurder")
      ->required();
  gebruiker_add->add_option("--organisatie", organisatie, "Id van de organisatie");
  std::int64_t gebruiker_persoon = 0;
  gebruiker_add->add_option("--persoon", gebruiker_persoon,
                            "Id van de persoon die deze gebruiker is (voor Mijn competenties)");

  auto* token = app.add_subcommand("token", "API-tokens");
  token->require_subcommand(1);
  auto* token_create =
      token->add_subcommand("create", "Maak een API-token (alleen het token op stdout)");
  add_db(token_create);
  std::string token_gebruiker;
  token_create->add_option("--gebruiker", token_gebruiker, "Gebruikersnaam")->required();

  auto* audit = app.add_subcommand("audit", "Auditlog");
  audit->require_subcommand(1);
  auto* audit_verify = audit->add_subcommand("verify", "Controleer de hashketen van het auditlog");
  add_db(audit_verify);

  auto* check_cmd = app.add_subcommand(
      "check", "Governance-controles (GOV-4..GOV-8); exitcode 1 bij bevindingen van ernst fout");
  add_db(check_cmd);
  std::int64_t check_regio = 0;
  std::string check_peildatum;
  check_cmd->add_option("--regio", check_regio, "Id van de regio")->required();
  check_cmd->add_option("--peildatum", check_peildatum, "Datum JJJJ-MM-DD (standaard vandaag)");

  auto* openapi = app.add_subcommand("openapi", "Print het OpenAPI-document van /api/v1");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "regie: " << e.what() << "\n"
              << "Zie 'regie --help'.\n";
    return kExitGebruik;
  }

  if (*openapi) {
    std::cout << web::api::openapi_json() << "\n";
    return 0;
  }

  auto clock = klok();
  if (!clock) {
    std::cerr << "regie: REGIE_KLOK is geen datum (JJJJ-MM-DD) of tijdstip "
                 "(JJJJ-MM-DDTUU:MM:SSZ).\n";
    return kExitGebruik;
  }
  auto wiring = wire(database_naam(database), *clock);
  if (!wiring.ok()) return fail(wiring.error());
  auto& w = *wiring;

  if (*migrate) {
    auto version = w.store->schema_version();
    if (!version.ok()) return fail(version.error());
    std::cout << "Schema is bijgewerkt tot versie " << *version << " (" << w.store->dialect()
              << ").\n";
    return 0;
  }
  if (*demo_cmd) {
    auto accounts = w.demo->load();
    if (!accounts.ok()) return fail(accounts.error());
    std::cout << "Demoregio geladen.\n";
    print_accounts(*accounts);
    return 0;
  }
  if (*gebruiker_add) {
    auto parsed_rol = auth::gebruikersrol_from_code(rol);
    if (!parsed_rol) {
      std::cerr << "regie: onbekende rol '" << rol << "'. Kies beheerder, accountmanager, "
                << "directie, medewerker, opdrachtgever of bestuurder.\n";
      return kExitGebruik;
    }
    // Competenties (COMP): an unknown persoon is refused before the account is made.
    if (gebruiker_persoon > 0) {
      auto bestaat = w.competenties->controleer_persoon(gebruiker_persoon);
      if (!bestaat.ok()) return fail(bestaat.error());
    }
    std::string wachtwoord;
    std::getline(std::cin, wachtwoord);
    if (!wachtwoord.empty() && wachtwoord.back() == '\r') wachtwoord.pop_back();
    auto id = w.auth->add_gebruiker(naam, *parsed_rol,
                                    organisatie > 0 ? std::optional<Id>(organisatie) : std::nullopt,
                                    wachtwoord);
    if (!id.ok()) return fail(id.error());
    std::cout << "Gebruiker " << naam << " toegevoegd (id " << *id << ").\n";
    if (gebruiker_persoon > 0) {
      auto gekoppeld = w.competenties->koppel_persoon(*id, gebruiker_persoon, "cli");
      if (!gekoppeld.ok()) return fail(gekoppeld.error());
      std::cout << "Gekoppeld aan persoon " << gebruiker_persoon << ".\n";
    }
    return 0;
  }
  if (*token_create) {
    auto t = w.auth->create_token(token_gebruiker);
    if (!t.ok()) return fail(t.error());
    std::cout << *t << "\n";
    return 0;
  }
  if (*audit_verify) {
    auto check = w.audit->verify();
    if (!check.ok()) return fail(check.error());
    if (check->first_broken_id) {
      std::cerr << "regie: auditlog gebroken bij regel " << *check->first_broken_id << ": "
                << web::tekst(check->reason) << ".\n";
      return kExitAuditGebroken;
    }
    std::cout << "Auditlog in orde: " << check->checked << " regels, keten ongebroken.\n";
    return 0;
  }
  if (*check_cmd) {
    Datum peildatum = w.clock->vandaag();
    if (!check_peildatum.empty()) {
      auto parsed = Datum::parse_nl(check_peildatum);
      if (!parsed) {
        std::cerr << "regie: --peildatum '" << check_peildatum
                  << "' is geen geldige datum (JJJJ-MM-DD of dd-mm-jjjj).\n";
        return kExitGebruik;
      }
      peildatum = *parsed;
    }
    service::Context ctx{
        auth::Actor{0, "systeem", auth::Gebruikersrol::kBeheerder, 0, {}, check_regio}, "cli"};
    auto gezondheid = w.governance->bevindingen(ctx, check_regio, peildatum);
    if (!gezondheid.ok()) return fail(gezondheid.error());
    int fouten = 0;
    std::cout << "Bevindingen op " << peildatum.nl() << ": " << gezondheid->bevindingen.size()
              << "\n";
    for (const auto& b : gezondheid->bevindingen) {
      if (b.ernst == governance::Ernst::kFout) ++fouten;
      std::string betreft;
      for (Id o : b.organisaties) {
        betreft += (betreft.empty() ? "" : ", ") + gezondheid->organisatie_namen[o];
      }
      for (Id p : b.personen) {
        betreft += (betreft.empty() ? "" : ", ") + gezondheid->persoon_namen[p];
      }
      if (betreft.empty()) betreft = "de regio";
      std::cout << "[" << b.requirement << "] " << governance::label(b.ernst) << " ("
                << governance::label(b.pet) << ") " << betreft << ": "
                << web::tekst_met(b.uitleg_key, b.waarden)
                << " Oplossing: " << web::tekst_met(b.remedie_key, b.waarden) << "\n";
    }
    return fouten > 0 ? kExitFout : 0;
  }
  if (*serve) {
    if (demo) {
      auto regios = w.store->begin(Toegang::kLezen);
      if (!regios.ok()) return fail(regios.error());
      auto list = (*regios)->registry().list_regios();
      regios.value().reset();
      if (!list.ok()) return fail(list.error());
      if (list->empty()) {
        auto accounts = w.demo->load();
        if (!accounts.ok()) return fail(accounts.error());
        print_accounts(*accounts);
      } else {
        print_accounts(service::DemoService::accounts());
      }
    }
    auto app_state = make_app(w, asset_dir.empty() ? source_dir() + "/node_modules" : asset_dir);
    web::ServerOptions options;
    options.address = adres;
    options.port = static_cast<std::uint16_t>(port);
    options.worker_threads = workers;
    options.tls_cert_file = tls_cert;
    options.tls_key_file = tls_key;
    options.trusted_proxies = proxies;
    options.decorate = web::decorate_response;
    web::HttpServer server(options, web::make_handler(app_state));
    auto bound = server.start();
    if (!bound.ok()) return fail(bound.error());
    std::string scheme = tls_cert.empty() ? "http" : "https";
    std::cout << "regie luistert op " << scheme << "://" << adres << ":" << *bound << std::endl;
    server.wait_for_signal();
    std::cout << "regie is gestopt." << std::endl;
    return 0;
  }
  return kExitGebruik;
}

}  // namespace regie::cli
