// Faults under the real binary: `regie serve` runs in its own process (fork/exec, its output on
// pipes) and is killed with SIGKILL in the middle of a burst of writes, runs out of disk space
// (RLIMIT_FSIZE), and loses its PostgreSQL server underneath. What must hold afterwards: every
// write that was confirmed is there, nothing is half written, the audit hash chain is intact,
// and the server fails cleanly (503 problem+json) and recovers without a restart.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "http_test_support.hpp"
#include "support/testhulp.hpp"

namespace regie::e2e {
namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr auto kServerStart = seconds(60);  // migrate + demo (argon2id) in a sanitizer build
constexpr auto kCommandTimeout = seconds(60);
constexpr auto kGracefulStop = seconds(20);  // the server waits up to 10 s for requests
constexpr auto kPgScriptTimeout = seconds(120);
constexpr auto kBurstBeforeKill = milliseconds(500);
constexpr int kBurstThreads = 4;
constexpr std::size_t kDiskMarginBytes = std::size_t{128} * 1024;
constexpr int kMaxWritesUntilFull = 1000;
constexpr double kFailFastMs = 3000.0;  // "quickly": a 503 instead of a hang
constexpr auto kRecovery = seconds(10);
constexpr std::size_t kLogTail = 4000;
constexpr const char* kListening = "regie luistert op http://127.0.0.1:";

const std::set<std::string> kSoorten = {"gemeente", "provincie", "omgevingsdienst", "overig"};

using testhulp::ms_since;

std::string tail(const std::string& text) {
  return text.size() <= kLogTail ? text : "…" + text.substr(text.size() - kLogTail);
}

// A fresh directory under /tmp, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    char pattern[] = "/tmp/regie-fault-XXXXXX";
    if (::mkdtemp(pattern) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct ChildOptions {
  // RLIMIT_FSIZE of the child (SIGXFSZ ignored, so a write past it fails with EFBIG).
  std::optional<rlim_t> file_size_limit;
};

// A child process with stdout and stderr captured on pipes by a reader thread. The destructor
// kills (SIGKILL) a child that still runs and reaps it, so a failing test leaves no process.
// One thread uses a Child; the reader thread only appends to the captured output.
class Child {
 public:
  static std::unique_ptr<Child> spawn(const std::vector<std::string>& args,
                                      const ChildOptions& options = {}) {
    std::vector<char*> argv;
    argv.reserve(args.size() + 1);
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    int out[2];
    int err[2];
    if (::pipe2(out, O_CLOEXEC) != 0) return nullptr;
    if (::pipe2(err, O_CLOEXEC) != 0) {
      ::close(out[0]);
      ::close(out[1]);
      return nullptr;
    }
    int null_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    pid_t pid = ::fork();
    if (pid == 0) {
      // Only async-signal-safe calls between fork and exec.
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (null_fd >= 0) ::dup2(null_fd, STDIN_FILENO);
      ::dup2(out[1], STDOUT_FILENO);
      ::dup2(err[1], STDERR_FILENO);
      if (options.file_size_limit) {
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{*options.file_size_limit, *options.file_size_limit};
        ::setrlimit(RLIMIT_FSIZE, &limit);
      }
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    if (null_fd >= 0) ::close(null_fd);
    ::close(out[1]);
    ::close(err[1]);
    if (pid < 0) {
      ::close(out[0]);
      ::close(err[0]);
      return nullptr;
    }
    return std::unique_ptr<Child>(new Child(pid, out[0], err[0]));
  }

  ~Child() {
    if (!exited_) {
      ::kill(pid_, SIGKILL);
      (void)wait_exit(seconds(10));
    }
    stop_reading_ = true;
    if (reader_.joinable()) reader_.join();
    ::close(out_fd_);
    ::close(err_fd_);
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  pid_t pid() const { return pid_; }
  void send_signal(int signal) {
    if (!exited_) ::kill(pid_, signal);
  }

  bool running() {
    poll_exit();
    return !exited_;
  }

  // The exit code, or 128 + signal; nullopt when the child still runs after `timeout`.
  std::optional<int> wait_exit(Clock::duration timeout) {
    auto deadline = Clock::now() + timeout;
    while (!exited_) {
      poll_exit();
      if (exited_ || Clock::now() >= deadline) break;
      std::this_thread::sleep_for(milliseconds(10));
    }
    if (!exited_) return std::nullopt;
    return status_;
  }

  // The port from "regie luistert op http://127.0.0.1:PORT"; nullopt when the line does not
  // come within `timeout` or the child exits first.
  std::optional<std::uint16_t> wait_for_port(Clock::duration timeout) {
    std::unique_lock lock(mutex_);
    std::optional<std::uint16_t> port;
    changed_.wait_for(lock, timeout, [&] {
      auto pos = out_.find(kListening);
      if (pos != std::string::npos) {
        auto start = pos + std::string_view(kListening).size();
        auto end = out_.find('\n', start);
        if (end != std::string::npos) {
          port = static_cast<std::uint16_t>(std::atoi(out_.substr(start, end - start).c_str()));
          return true;
        }
      }
      return eof_;
    });
    return port;
  }

  // Waits (bounded) until the child's output pipes are closed, so the output is complete.
  void wait_for_output(Clock::duration timeout) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return eof_; });
  }

  std::string out() {
    std::lock_guard lock(mutex_);
    return out_;
  }
  std::string err() {
    std::lock_guard lock(mutex_);
    return err_;
  }

 private:
  Child(pid_t pid, int out_fd, int err_fd) : pid_(pid), out_fd_(out_fd), err_fd_(err_fd) {
    reader_ = std::thread([this] { read_loop(); });
  }

  void poll_exit() {
    if (exited_) return;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      exited_ = true;
      status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
  }

  // Polls with a short timeout so that a pipe kept open by a grandchild (a daemon started by
  // a script) cannot block the destructor.
  void read_loop() {
    bool out_open = true;
    bool err_open = true;
    char buffer[8192];
    while ((out_open || err_open) && !stop_reading_) {
      pollfd fds[2] = {{out_open ? out_fd_ : -1, POLLIN, 0}, {err_open ? err_fd_ : -1, POLLIN, 0}};
      if (::poll(fds, 2, 100) <= 0) continue;
      for (int i = 0; i < 2; ++i) {
        if ((fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0) continue;
        auto got = ::read(fds[i].fd, buffer, sizeof buffer);
        std::lock_guard lock(mutex_);
        if (got <= 0) {
          (i == 0 ? out_open : err_open) = false;
        } else {
          (i == 0 ? out_ : err_).append(buffer, static_cast<std::size_t>(got));
        }
      }
      changed_.notify_all();
    }
    {
      std::lock_guard lock(mutex_);
      eof_ = true;
    }
    changed_.notify_all();
  }

  pid_t pid_;
  int out_fd_;
  int err_fd_;
  bool exited_ = false;
  int status_ = -1;
  std::atomic<bool> stop_reading_{false};
  std::mutex mutex_;
  std::condition_variable changed_;
  std::string out_;
  std::string err_;
  bool eof_ = false;
  std::thread reader_;
};

struct CommandResult {
  int exit_code = -1;  // -1: did not finish in time (it was killed)
  std::string out;
  std::string err;
};

CommandResult run_command(const std::vector<std::string>& args,
                          Clock::duration timeout = kCommandTimeout) {
  CommandResult result;
  auto child = Child::spawn(args);
  if (!child) {
    result.err = "starten mislukt";
    return result;
  }
  auto code = child->wait_exit(timeout);
  child->wait_for_output(seconds(2));
  result.exit_code = code.value_or(-1);
  result.out = child->out();
  result.err = child->err();
  return result;
}

std::string regie_bin() {
  const char* bin = std::getenv("REGIE_BIN");
  return bin ? bin : "";
}

// The test support's client, with a bearer token.
HttpResponse api(std::uint16_t port, const std::string& token, const std::string& method,
                 const std::string& target, const std::string& body = "") {
  HttpRequest request;
  request.method = method;
  request.target = target;
  request.headers.emplace_back("Accept", "application/json");
  request.headers.emplace_back("Authorization", "Bearer " + token);
  if (!body.empty()) request.headers.emplace_back("Content-Type", "application/json");
  request.body = body;
  return send_request(port, request);
}

std::string organisatie_body(const std::string& naam) {
  return json{{"naam", naam}, {"soort", "overig"}}.dump();
}

Id id_from_location(const std::string& location) {
  auto slash = location.rfind('/');
  return slash == std::string::npos ? 0 : std::atoll(location.c_str() + slash + 1);
}

json parse_json(const HttpResponse& response) { return json::parse(response.body, nullptr, false); }

bool is_problem(const HttpResponse& response) {
  return response.header("Content-Type").rfind("application/problem+json", 0) == 0;
}

struct OrganisatieRegel {
  Id id = 0;
  std::string naam;
  std::string soort;
};

// Every organisatie, page by page; nullopt when a page fails.
std::optional<std::vector<OrganisatieRegel>> alle_organisaties(std::uint16_t port,
                                                               const std::string& token) {
  std::vector<OrganisatieRegel> out;
  for (int pagina = 1; pagina < 1000; ++pagina) {
    auto response = api(port, token, "GET",
                        "/api/v1/organisaties?paginaGrootte=100&pagina=" + std::to_string(pagina));
    if (response.status != 200) return std::nullopt;
    auto body = parse_json(response);
    if (body.is_discarded()) return std::nullopt;
    const auto& items = body["_embedded"]["organisaties"];
    for (const auto& item : items) {
      out.push_back({item.value("id", Id{0}), item.value("naam", std::string()),
                     item.value("soort", std::string())});
    }
    auto total = std::atoll(response.header("X-Total-Count").c_str());
    if (items.empty() || static_cast<long long>(out.size()) >= total) break;
  }
  return out;
}

class FaultTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bin_ = regie_bin();
    if (bin_.empty()) GTEST_FAIL() << "REGIE_BIN (het pad van de gebouwde regie) ontbreekt";
    ASSERT_TRUE(dir_.ok()) << "mkdtemp mislukt";
  }

  // Starts `regie serve` and waits for its port.
  std::unique_ptr<Child> serve(const std::string& database, const ChildOptions& options = {}) {
    auto child = Child::spawn({bin_, "serve", "--db", database, "--port", "0", "--demo"}, options);
    if (!child) {
      ADD_FAILURE() << "regie serve start niet";
      return nullptr;
    }
    port_ = child->wait_for_port(kServerStart).value_or(0);
    if (port_ == 0) {
      ADD_FAILURE() << "regie serve noemt geen poort; stdout:\n"
                    << tail(child->out()) << "\nstderr:\n"
                    << tail(child->err());
      return nullptr;
    }
    return child;
  }

  // SIGTERM, then waits for a graceful exit.
  static void stop_gracefully(Child& child) {
    child.send_signal(SIGTERM);
    auto code = child.wait_exit(kGracefulStop);
    EXPECT_TRUE(code.has_value()) << "regie serve stopt niet na SIGTERM";
  }

  std::string create_token(const std::string& database) {
    auto result =
        run_command({bin_, "token", "create", "--db", database, "--gebruiker", "beheerder"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    std::string token = result.out;
    while (!token.empty() && (token.back() == '\n' || token.back() == '\r')) token.pop_back();
    return token;
  }

  void expect_audit_intact(const std::string& database) {
    auto result = run_command({bin_, "audit", "verify", "--db", database});
    EXPECT_EQ(result.exit_code, 0) << "audit verify: " << result.out << result.err;
  }

  std::string bin_;
  TempDir dir_;
  std::uint16_t port_ = 0;
};

// kill -9 in the middle of a wave of writes.

struct Poging {
  std::string naam;
  int status = 0;
  Id id = 0;
  bool onbeantwoord = false;  // sent (the connection was up) but no answer: outcome unknown
};

TEST_F(FaultTest, KillNegenTijdensEenSchrijfgolfVerliestGeenBevestigdeOrganisatieEnLaatNietsHalf) {
  const std::string db = dir_.path() + "/regie.db";
  auto server = serve(db);
  ASSERT_TRUE(server);
  const std::string token = create_token(db);
  ASSERT_FALSE(token.empty());
  auto voor = api(port_, token, "GET", "/api/v1/organisaties?paginaGrootte=1");
  ASSERT_EQ(voor.status, 200) << voor.body;
  const auto aantal_voor = std::atoll(voor.header("X-Total-Count").c_str());

  std::atomic<bool> stoppen{false};
  std::vector<std::vector<Poging>> pogingen(kBurstThreads);
  std::vector<std::thread> threads;
  threads.reserve(kBurstThreads);
  const std::uint16_t port = port_;
  for (int t = 0; t < kBurstThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; !stoppen; ++i) {
        Poging poging;
        poging.naam = "Golf " + std::to_string(t) + "-" + std::to_string(i);
        auto response =
            api(port, token, "POST", "/api/v1/organisaties", organisatie_body(poging.naam));
        if (response.status == 0 && response.body == "verbinden mislukt") break;
        poging.status = response.status;
        poging.onbeantwoord = response.status == 0;
        if (response.status == 201) poging.id = id_from_location(response.header("Location"));
        pogingen[static_cast<std::size_t>(t)].push_back(poging);
        if (response.status == 0) break;
      }
    });
  }
  std::this_thread::sleep_for(kBurstBeforeKill);
  server->send_signal(SIGKILL);
  auto code = server->wait_exit(seconds(10));
  stoppen = true;
  for (auto& thread : threads) thread.join();
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(*code, 128 + SIGKILL);

  std::vector<Poging> bevestigd;
  std::set<std::string> verstuurd;
  int onbeantwoord = 0;
  for (const auto& lijst : pogingen) {
    for (const auto& poging : lijst) {
      verstuurd.insert(poging.naam);
      if (poging.status == 201) bevestigd.push_back(poging);
      if (poging.onbeantwoord) ++onbeantwoord;
      EXPECT_TRUE(poging.status == 201 || poging.onbeantwoord)
          << poging.naam << " kreeg " << poging.status;
    }
  }
  ASSERT_GT(bevestigd.size(), 0u) << "geen enkele schrijfactie slaagde vóór de kill";

  auto opnieuw = serve(db);
  ASSERT_TRUE(opnieuw) << "de database opent niet meer na kill -9";
  for (const auto& poging : bevestigd) {
    auto response = api(port_, token, "GET", "/api/v1/organisaties/" + std::to_string(poging.id));
    EXPECT_EQ(response.status, 200) << poging.naam << " (id " << poging.id << ") is verloren";
    EXPECT_EQ(parse_json(response).value("naam", std::string()), poging.naam);
  }
  auto alle = alle_organisaties(port_, token);
  ASSERT_TRUE(alle.has_value());
  std::size_t nieuw = 0;
  for (const auto& org : *alle) {
    EXPECT_FALSE(org.naam.empty()) << "organisatie " << org.id << " zonder naam";
    EXPECT_TRUE(kSoorten.count(org.soort)) << "organisatie " << org.id << " soort " << org.soort;
    if (org.naam.rfind("Golf ", 0) == 0) {
      ++nieuw;
      EXPECT_TRUE(verstuurd.count(org.naam)) << org.naam << " is nooit verstuurd";
    }
  }
  EXPECT_EQ(static_cast<long long>(alle->size()), aantal_voor + static_cast<long long>(nieuw));
  EXPECT_GE(nieuw, bevestigd.size());
  EXPECT_LE(nieuw, bevestigd.size() + static_cast<std::size_t>(onbeantwoord));
  std::cout << "[ figures  ] " << verstuurd.size() << " verstuurd, " << bevestigd.size()
            << " keer 201 vóór de kill, " << onbeantwoord << " onbeantwoord; na herstart " << nieuw
            << " nieuwe organisaties (" << alle->size() << " in totaal)\n";

  stop_gracefully(*opnieuw);
  expect_audit_intact(db);
}

// A full disk (RLIMIT_FSIZE).

// The disk is made "full" with RLIMIT_FSIZE on the server process: a write past the limit
// fails with EFBIG, as on a full disk. A read-only database file would not do: these tests
// run as root, and root ignores file permissions.
TEST_F(FaultTest, EenVolleSchijfGeeft503MetNederlandseUitlegEnDeServerBlijftLezen) {
  const std::string db = dir_.path() + "/regie.db";
  auto demo = run_command({bin_, "demo", "--db", db});
  ASSERT_EQ(demo.exit_code, 0) << demo.err;
  const std::string token = create_token(db);
  ASSERT_FALSE(token.empty());

  std::error_code ec;
  auto grootte = std::filesystem::file_size(db, ec);
  ASSERT_FALSE(ec);
  auto wal = std::filesystem::file_size(db + "-wal", ec);
  if (ec) wal = 0;
  const auto limiet = static_cast<rlim_t>(grootte + wal + kDiskMarginBytes);
  auto server = serve(db, ChildOptions{limiet});
  ASSERT_TRUE(server);

  std::vector<std::pair<Id, std::string>> opgeslagen;
  HttpResponse mislukt;
  double mislukt_ms = 0;
  auto begin = Clock::now();
  for (int i = 0; i < kMaxWritesUntilFull && Clock::now() - begin < seconds(60); ++i) {
    std::string naam = "Vol " + std::to_string(i);
    auto verzonden = Clock::now();
    auto response = api(port_, token, "POST", "/api/v1/organisaties", organisatie_body(naam));
    if (response.status != 201) {
      mislukt = response;
      mislukt_ms = ms_since(verzonden);
      break;
    }
    opgeslagen.emplace_back(id_from_location(response.header("Location")), naam);
  }
  std::cout << "[ figures  ] limiet " << limiet << " bytes (database " << grootte << ", wal " << wal
            << "): " << opgeslagen.size() << " keer 201, daarna " << mislukt.status << " na "
            << mislukt_ms << " ms\n";
  ASSERT_NE(mislukt.status, 0) << "geen antwoord op de schrijfactie die niet meer past: "
                               << mislukt.body << "\nstderr:\n"
                               << tail(server->err());
  EXPECT_EQ(mislukt.status, 503) << mislukt.body;
  EXPECT_LT(mislukt_ms, kFailFastMs);
  EXPECT_TRUE(is_problem(mislukt)) << mislukt.header("Content-Type");
  auto detail = parse_json(mislukt).value("detail", std::string());
  EXPECT_NE(detail.find("schijf"), std::string::npos) << detail;
  EXPECT_NE(detail.find("opgeslagen"), std::string::npos) << detail;
  ASSERT_TRUE(server->running()) << "regie serve viel om; stderr:\n" << tail(server->err());

  // Still full: the next write fails the same way, and reads go on.
  auto nogmaals = api(port_, token, "POST", "/api/v1/organisaties", organisatie_body("Vol nog"));
  EXPECT_EQ(nogmaals.status, 503) << nogmaals.body;
  for (int i = 0; i < 3; ++i) {
    auto lijst = api(port_, token, "GET", "/api/v1/organisaties");
    EXPECT_EQ(lijst.status, 200) << lijst.body;
  }
  for (const auto& [id, naam] : opgeslagen) {
    auto response = api(port_, token, "GET", "/api/v1/organisaties/" + std::to_string(id));
    EXPECT_EQ(response.status, 200) << naam;
  }
  EXPECT_TRUE(server->running());
  stop_gracefully(*server);

  auto zonder_limiet = serve(db);
  ASSERT_TRUE(zonder_limiet) << "de database opent niet meer na een volle schijf";
  for (const auto& [id, naam] : opgeslagen) {
    auto response = api(port_, token, "GET", "/api/v1/organisaties/" + std::to_string(id));
    EXPECT_EQ(response.status, 200) << naam;
    EXPECT_EQ(parse_json(response).value("naam", std::string()), naam);
  }
  auto weer = api(port_, token, "POST", "/api/v1/organisaties", organisatie_body("Weer ruimte"));
  EXPECT_EQ(weer.status, 201) << weer.body;
  stop_gracefully(*zonder_limiet);
  expect_audit_intact(db);
}

// PostgreSQL restarted underneath the server.

// A throw-away PostgreSQL server of this test alone (scripts/pg-test-server.sh in its own
// directory), so stopping it never touches the server of the other tests.
class EigenPostgres {
 public:
  explicit EigenPostgres(std::string dir) : dir_(std::move(dir)) {}
  ~EigenPostgres() {
    if (started_) (void)stop();
  }
  EigenPostgres(const EigenPostgres&) = delete;
  EigenPostgres& operator=(const EigenPostgres&) = delete;

  static std::string script() {
    return (std::filesystem::path(REGIE_SOURCE_DIR) / "scripts" / "pg-test-server.sh").string();
  }

  // Starts (or restarts) the server; the URL, or the script's complaint in `error`.
  std::optional<std::string> start(std::string& error) {
    auto result = run_command({"/bin/bash", script(), "start", dir_}, kPgScriptTimeout);
    started_ = true;
    if (result.exit_code != 0) {
      error = "pg-test-server.sh start: " + result.err;
      return std::nullopt;
    }
    std::string url = result.out;
    while (!url.empty() && url.back() == '\n') url.pop_back();
    return url;
  }

  bool stop() {
    auto result = run_command({"/bin/bash", script(), "stop", dir_}, kPgScriptTimeout);
    return result.exit_code == 0;
  }

 private:
  std::string dir_;
  bool started_ = false;
};

TEST_F(FaultTest, PostgresqlDieHerstartGeeftSnel503EnWerktDaarnaWeerZonderHerstartVanRegie) {
  const char* require = std::getenv("REGIE_REQUIRE_PG");
  const bool vereist = require != nullptr && std::string(require) == "1";
  if (std::getenv("REGIE_TEST_PG_URL") == nullptr && !vereist) {
    GTEST_SKIP() << "geen PostgreSQL: REGIE_TEST_PG_URL is niet gezet en REGIE_REQUIRE_PG niet 1";
  }
  EigenPostgres pg(dir_.path());
  std::string fout;
  auto url = pg.start(fout);
  if (!url) {
    if (vereist) GTEST_FAIL() << "PostgreSQL start niet (REGIE_REQUIRE_PG=1): " << fout;
    GTEST_FAIL() << "REGIE_TEST_PG_URL is gezet, maar een eigen PostgreSQL start niet: " << fout;
  }

  auto server = serve(*url);
  ASSERT_TRUE(server);
  const std::string token = create_token(*url);
  ASSERT_FALSE(token.empty());
  auto lijst = api(port_, token, "GET", "/api/v1/organisaties");
  ASSERT_EQ(lijst.status, 200) << lijst.body;

  ASSERT_TRUE(pg.stop()) << "PostgreSQL stopt niet";
  double traagste_fout_ms = 0;
  for (const char* method : {"GET", "GET", "POST", "GET", "GET"}) {
    auto begin = Clock::now();
    auto response = std::string(method) == "POST"
                        ? api(port_, token, "POST", "/api/v1/organisaties",
                              organisatie_body("Tijdens de storing"))
                        : api(port_, token, "GET", "/api/v1/organisaties");
    double ms = ms_since(begin);
    traagste_fout_ms = std::max(traagste_fout_ms, ms);
    EXPECT_EQ(response.status, 503) << method << ": " << response.body;
    EXPECT_TRUE(is_problem(response)) << response.header("Content-Type");
    EXPECT_LT(ms, kFailFastMs) << method;
  }
  ASSERT_TRUE(server->running()) << "regie serve viel om; stderr:\n" << tail(server->err());

  auto herstart = pg.start(fout);
  ASSERT_TRUE(herstart.has_value()) << fout;
  auto begin = Clock::now();
  int status = 0;
  int pogingen = 0;
  while (Clock::now() - begin < kRecovery) {
    ++pogingen;
    status = api(port_, token, "GET", "/api/v1/organisaties").status;
    if (status == 200) break;
    std::this_thread::sleep_for(milliseconds(100));
  }
  double herstel_ms = ms_since(begin);
  EXPECT_EQ(status, 200) << "na " << pogingen << " pogingen in " << herstel_ms << " ms";
  auto schrijf = api(port_, token, "POST", "/api/v1/organisaties", organisatie_body("Na herstart"));
  EXPECT_EQ(schrijf.status, 201) << schrijf.body;
  auto id = id_from_location(schrijf.header("Location"));
  EXPECT_EQ(api(port_, token, "GET", "/api/v1/organisaties/" + std::to_string(id)).status, 200);
  EXPECT_TRUE(server->running());
  std::cout << "[ figures  ] storing: traagste 503 na " << traagste_fout_ms
            << " ms; herstel: 200 na " << herstel_ms << " ms (" << pogingen << " pogingen)\n";

  stop_gracefully(*server);
  expect_audit_intact(*url);
}

}  // namespace
}  // namespace regie::e2e
