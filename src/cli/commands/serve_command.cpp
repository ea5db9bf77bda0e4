// regie serve: the web server, optionally over a fresh demo regio.
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <thread>

#include "cli/command.hpp"
#include "domain/governance/register_repository.hpp"
#include "web/app.hpp"
#include "web/http_server.hpp"

namespace regie::cli {
namespace {

struct ServeOptions {
  int port = 8080;
  std::string adres = "127.0.0.1";
  bool demo = false;
  std::string tls_cert;
  std::string tls_key;
  std::string asset_dir;
  std::vector<std::string> proxies;
  int workers = 4;
  int io_threads = 0;  // 0: one per core
  bool zonder_antwoordcache = false;
};

// The log of a running server (one access line per request) on stderr through a 64 KB buffer:
// written out every second, at once for a warning or an error, and when the server stops.
// Issue 16: a write(2) per request was 7 % of the time of a cached read.
class GebufferdeStderr final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  GebufferdeStderr() : file_(fdopen(dup(STDERR_FILENO), "w")) {
    if (file_ != nullptr) setvbuf(file_, nullptr, _IOFBF, std::size_t{64} * 1024);
  }
  ~GebufferdeStderr() override {
    if (file_ != nullptr) std::fclose(file_);
  }
  GebufferdeStderr(const GebufferdeStderr&) = delete;
  GebufferdeStderr& operator=(const GebufferdeStderr&) = delete;

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    spdlog::memory_buf_t regel;
    formatter_->format(msg, regel);
    std::fwrite(regel.data(), 1, regel.size(), uit());
  }
  void flush_() override { std::fflush(uit()); }

 private:
  std::FILE* uit() const { return file_ != nullptr ? file_ : stderr; }
  std::FILE* file_;
};

// Makes the buffered log the default for the server's life; flushes it on stop.
class ServerLog {
 public:
  ServerLog() : vorige_(spdlog::default_logger()) {
    auto log = std::make_shared<spdlog::logger>("regie", std::make_shared<GebufferdeStderr>());
    log->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");  // as cli.cpp
    log->set_level(vorige_->level());
    log->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(log);
    spdlog::flush_every(std::chrono::seconds(1));
  }
  ~ServerLog() {
    spdlog::default_logger()->flush();
    spdlog::set_default_logger(vorige_);
  }
  ServerLog(const ServerLog&) = delete;
  ServerLog& operator=(const ServerLog&) = delete;

 private:
  std::shared_ptr<spdlog::logger> vorige_;
};

std::string source_dir() {
#ifdef REGIE_SOURCE_DIR
  return REGIE_SOURCE_DIR;
#else
  return ".";
#endif
}

// Loads the demo regio into an empty database; prints the accounts either way.
int laad_demo(Wiring& w) {
  auto uow = w.store->begin(Toegang::kLezen);
  if (!uow.ok()) return fail(uow.error());
  auto regios = (*uow)->registry().list_regios();
  uow.value().reset();
  if (!regios.ok()) return fail(regios.error());
  if (!regios->empty()) {
    print_accounts(service::DemoService::accounts());
    return 0;
  }
  auto accounts = w.demo->load();
  if (!accounts.ok()) return fail(accounts.error());
  print_accounts(*accounts);
  return 0;
}

int serve(Wiring& w, const ServeOptions& o) {
  if (o.demo) {
    if (int code = laad_demo(w); code != 0) return code;
  }
  auto app = make_app(w, o.asset_dir.empty() ? source_dir() + "/node_modules" : o.asset_dir);
  // GET /metrics from elsewhere than this machine needs this token (from the environment, so
  // that it is not visible in the process list).
  if (const char* token = std::getenv("REGIE_METRICS_TOKEN")) app->options.metrics_token = token;
  if (o.zonder_antwoordcache) app->antwoordcache.reset();
  web::ServerOptions options;
  options.address = o.adres;
  options.port = static_cast<std::uint16_t>(o.port);
  options.worker_threads = o.workers;
  // Short reads are answered on the I/O threads, one per core (issue 16).
  options.io_threads = o.io_threads > 0
                           ? o.io_threads
                           : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  options.on_io_thread = web::kort_verzoek;
  options.is_upload = web::is_upload;
  options.tls_cert_file = o.tls_cert;
  options.tls_key_file = o.tls_key;
  options.trusted_proxies = o.proxies;
  options.decorate = web::decorate_response;
  ServerLog log;
  web::HttpServer server(options, web::make_handler(app));
  auto bound = server.start();
  if (!bound.ok()) return fail(bound.error());
  std::string scheme = o.tls_cert.empty() ? "http" : "https";
  std::cout << "regie luistert op " << scheme << "://" << o.adres << ":" << *bound << std::endl;
  server.wait_for_signal();
  std::cout << "regie is gestopt." << std::endl;
  return 0;
}

}  // namespace

void add_serve_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto o = std::make_shared<ServeOptions>();
  auto sub = app.add_subcommand("serve", "Start de webserver");
  add_database_option(sub, options);
  sub.add_option("--port", o->port, "Poort (0 kiest een vrije poort)").range(0, 65535);
  sub.add_option("--adres", o->adres, "Adres om op te luisteren");
  sub.add_flag("--demo", o->demo, "Laad de demoregio in een lege database");
  sub.add_option("--tls-cert", o->tls_cert, "TLS-certificaat (PEM)");
  sub.add_option("--tls-key", o->tls_key, "TLS-sleutel (PEM)");
  sub.add_option("--trusted-proxy", o->proxies,
                 "Adres van een TLS-afsluitende proxy die X-Forwarded-Proto zet");
  sub.add_option("--workers", o->workers, "Aantal werkthreads").range(1, 64);
  sub.add_option(
         "--io-threads", o->io_threads,
         "Aantal I/O-threads, die ook korte leesverzoeken afhandelen (standaard: een per kern)")
      .range(1, 64);
  sub.add_flag("--zonder-antwoordcache", o->zonder_antwoordcache,
               "Maak elk leesantwoord opnieuw (zonder de antwoordcache)");
  sub.add_option("--assets", o->asset_dir, "Map met node_modules (NL Design System CSS)");
  out.push_back({sub, true, [o](Wiring* w) { return serve(*w, *o); }});
}

}  // namespace regie::cli
