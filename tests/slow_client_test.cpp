// Slow and oversized clients against the real HTTP server: 200 connections that trickle their
// request headers in one byte per second must not delay anyone else and are cut off by the read
// timeout; oversized headers and bodies are refused (431, 413) and the server serves on.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "http_test_support.hpp"
#include "support/testhulp.hpp"
#include "web/http_server.hpp"

namespace regie::e2e {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using std::chrono::seconds;

constexpr int kSlowClients = 200;
constexpr auto kTrickleFor = seconds(5);
constexpr auto kTrickleInterval = seconds(1);
// Shorter than the 15 s default so that the test can wait for it; longer than the trickle, so
// the slow clients are still there while the normal ones are measured.
constexpr auto kReadTimeout = seconds(6);
constexpr auto kCloseSlack = seconds(4);
constexpr double kMaxLatencyMs = 100.0;
constexpr auto kBetweenProbes = milliseconds(100);
constexpr std::size_t kHeaderBytes = std::size_t{64} * 1024;
constexpr std::size_t kBodyBytes = std::size_t{3} * 1024 * 1024;
constexpr std::size_t kChunk = std::size_t{64} * 1024;
constexpr int kIoTimeoutMs = 10'000;
constexpr const char* kSlowRequest =
    "GET /inloggen HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n\r\n";

using testhulp::ms_since;

// A closing file descriptor.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  ~Fd() { reset(); }
  Fd(Fd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  Fd& operator=(Fd&& other) noexcept {
    if (this != &other) {
      reset();
      fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }
  void reset() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
};

Fd connect_loopback(std::uint16_t port) {
  Fd fd(::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
  if (fd.get() < 0) return fd;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd.get(), reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    fd.reset();
  }
  return fd;
}

// Status line and headers of a raw response ("HTTP/1.1 431 …\r\nName: value\r\n…").
HttpResponse parse_head(const std::string& raw) {
  HttpResponse response;
  auto head_end = raw.find("\r\n\r\n");
  if (raw.rfind("HTTP/1.", 0) != 0 || head_end == std::string::npos) {
    response.body = raw;
    return response;
  }
  response.status = std::atoi(raw.substr(raw.find(' ') + 1, 3).c_str());
  std::size_t pos = raw.find("\r\n") + 2;
  while (pos < head_end) {
    auto end = raw.find("\r\n", pos);
    auto line = raw.substr(pos, end - pos);
    auto colon = line.find(':');
    if (colon != std::string::npos) {
      auto value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(' '));
      response.headers.emplace_back(line.substr(0, colon), value);
    }
    pos = end + 2;
  }
  response.body = raw.substr(head_end + 4);
  return response;
}

// A request of `kop` (request line and headers, without the blank line) whose `body` goes in
// chunks of kChunk bytes (Transfer-Encoding: chunked).
std::string in_stukken(const std::string& kop, const std::string& body) {
  std::string out = kop + "Transfer-Encoding: chunked\r\n\r\n";
  for (std::size_t offset = 0; offset < body.size(); offset += kChunk) {
    auto n = std::min(kChunk, body.size() - offset);
    char size_line[32];
    std::snprintf(size_line, sizeof size_line, "%zx\r\n", n);
    out += size_line + body.substr(offset, n) + "\r\n";
  }
  return out + "0\r\n\r\n";
}

// Sends `bytes` in chunks, but stops sending as soon as the server answers or closes, and then
// reads the answer to the end. The test support's client writes everything before it reads,
// which loses the answer of a server that refuses an upload half-way and closes.
HttpResponse upload(std::uint16_t port, const std::string& bytes) {
  Fd fd = connect_loopback(port);
  if (fd.get() < 0) return parse_head("verbinden mislukt");
  std::string received;
  std::size_t sent = 0;
  bool open = true;
  auto deadline = Clock::now() + milliseconds(kIoTimeoutMs);
  while (open && Clock::now() < deadline) {
    pollfd probe{fd.get(), static_cast<short>(POLLIN | (sent < bytes.size() ? POLLOUT : 0)), 0};
    if (::poll(&probe, 1, 100) <= 0) continue;
    if ((probe.revents & (POLLIN | POLLHUP | POLLERR)) != 0) {
      char buffer[16384];
      auto got = ::recv(fd.get(), buffer, sizeof buffer, 0);
      if (got <= 0) {
        open = false;
      } else {
        received.append(buffer, static_cast<std::size_t>(got));
      }
      continue;
    }
    if ((probe.revents & POLLOUT) != 0 && received.empty()) {
      auto n = std::min(kChunk, bytes.size() - sent);
      auto wrote = ::send(fd.get(), bytes.data() + sent, n, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (wrote > 0) sent += static_cast<std::size_t>(wrote);
    }
  }
  return parse_head(received);
}

class SlowClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto started = TestServer::start();
    ASSERT_TRUE(started.ok()) << started.error().key << " " << started.error().detail;
    server_ = std::move(started).value();
    token_ = server_->token("beheerder");
    ASSERT_FALSE(token_.empty());
  }

  void TearDown() override {
    if (server_) server_->stop();
  }

  HttpResponse inloggen(std::uint16_t port) {
    HttpRequest request;
    request.target = "/inloggen";
    request.headers.emplace_back("Accept", "text/html");
    return send_request(port, request);
  }

  HttpResponse api_get(std::uint16_t port, const std::string& target) {
    HttpRequest request;
    request.target = target;
    request.headers.emplace_back("Accept", "application/json");
    request.headers.emplace_back("Authorization", "Bearer " + token_);
    return send_request(port, request);
  }

  std::unique_ptr<TestServer> server_;
  std::string token_;
};

TEST_F(SlowClientTest, TweehonderdTrageClientsVertragenNiemandEnWordenNaDeLeestijdGesloten) {
  // A second server over the same application, with a read timeout the test can wait for;
  // otherwise wired as `regie serve` (one I/O thread, four workers).
  web::ServerOptions options;
  options.address = "127.0.0.1";
  options.port = 0;
  options.worker_threads = 4;
  options.read_timeout = kReadTimeout;
  options.decorate = web::decorate_response;
  web::HttpServer http(options, web::make_handler(server_->app()));
  auto bound = http.start();
  ASSERT_TRUE(bound.ok()) << bound.error().detail;
  const std::uint16_t port = *bound;

  // Warm up (templates, token cache) before measuring.
  ASSERT_EQ(inloggen(port).status, 200);
  ASSERT_EQ(api_get(port, "/api/v1/regios").status, 200);

  std::vector<Fd> slow;
  slow.reserve(kSlowClients);
  for (int i = 0; i < kSlowClients; ++i) {
    slow.push_back(connect_loopback(port));
    ASSERT_GE(slow.back().get(), 0) << "verbinding " << i;
  }
  const auto trickle_start = Clock::now();
  std::mutex mutex;
  std::condition_variable wake;
  bool stop = false;
  std::thread trickle([&] {
    const std::string request = kSlowRequest;
    for (std::size_t byte = 0; byte < request.size(); ++byte) {
      for (const auto& fd : slow) {
        (void)::send(fd.get(), &request[byte], 1, MSG_NOSIGNAL | MSG_DONTWAIT);
      }
      std::unique_lock lock(mutex);
      auto next = trickle_start + kTrickleInterval * static_cast<int>(byte + 1);
      if (next >= trickle_start + kTrickleFor) break;
      if (wake.wait_until(lock, next, [&] { return stop; })) break;
    }
  });
  struct StopTrickle {
    std::mutex& mutex;
    std::condition_variable& wake;
    bool& stop;
    std::thread& thread;
    ~StopTrickle() {
      {
        std::lock_guard lock(mutex);
        stop = true;
      }
      wake.notify_all();
      if (thread.joinable()) thread.join();
    }
  } stop_trickle{mutex, wake, stop, trickle};

  std::vector<double> latencies_ms;
  std::this_thread::sleep_for(milliseconds(200));
  while (Clock::now() - trickle_start < kTrickleFor - milliseconds(300)) {
    auto begin = Clock::now();
    auto page = inloggen(port);
    latencies_ms.push_back(ms_since(begin));
    EXPECT_EQ(page.status, 200) << page.body;
    begin = Clock::now();
    auto api = api_get(port, "/api/v1/organisaties");
    latencies_ms.push_back(ms_since(begin));
    EXPECT_EQ(api.status, 200) << api.body;
    std::this_thread::sleep_for(kBetweenProbes);
  }
  ASSERT_GE(latencies_ms.size(), 10u);
  auto max_ms = *std::max_element(latencies_ms.begin(), latencies_ms.end());
  EXPECT_LT(max_ms, kMaxLatencyMs)
      << "traagste gewone verzoek naast " << kSlowClients << " trage clients";

  // The slow clients were all still connected while we measured…
  int open_after_trickle = 0;
  for (const auto& fd : slow) {
    pollfd probe{fd.get(), POLLIN, 0};
    if (::poll(&probe, 1, 0) == 0) ++open_after_trickle;
  }
  EXPECT_EQ(open_after_trickle, kSlowClients);

  // …and the read timeout closes every one of them (EOF or reset, without an answer).
  std::vector<bool> closed(slow.size(), false);
  std::size_t closed_count = 0;
  double first_close_ms = 0;
  double last_close_ms = 0;
  const auto deadline = trickle_start + kReadTimeout + kCloseSlack;
  while (closed_count < slow.size() && Clock::now() < deadline) {
    std::vector<pollfd> probes;
    for (std::size_t i = 0; i < slow.size(); ++i) {
      if (!closed[i]) probes.push_back({slow[i].get(), POLLIN, 0});
    }
    if (::poll(probes.data(), probes.size(), 100) <= 0) continue;
    for (const auto& probe : probes) {
      if (probe.revents == 0) continue;
      char buffer[512];
      auto got = ::recv(probe.fd, buffer, sizeof buffer, MSG_DONTWAIT);
      EXPECT_LE(got, 0) << "een trage client kreeg toch een antwoord";
      auto it = std::find_if(slow.begin(), slow.end(),
                             [&](const Fd& fd) { return fd.get() == probe.fd; });
      closed[static_cast<std::size_t>(it - slow.begin())] = true;
      ++closed_count;
      last_close_ms = ms_since(trickle_start);
      if (first_close_ms == 0) first_close_ms = last_close_ms;
    }
  }
  EXPECT_EQ(closed_count, slow.size()) << "trage verbindingen die de server niet sloot";
  const double timeout_ms = std::chrono::duration<double, std::milli>(kReadTimeout).count();
  EXPECT_GE(first_close_ms, timeout_ms - 1000.0) << "te vroeg gesloten";

  std::cout << "[ figures  ] " << latencies_ms.size() << " gewone verzoeken naast " << kSlowClients
            << " trage clients: traagste " << max_ms << " ms; trage clients "
            << "gesloten tussen " << first_close_ms << " en " << last_close_ms << " ms (leestijd "
            << timeout_ms << " ms)\n";

  // The server serves on.
  EXPECT_EQ(inloggen(port).status, 200);
  slow.clear();
  http.stop();
}

TEST_F(SlowClientTest, TeGroteKoppenEnBodiesKrijgen431En413MetApiVersionEnDeServerDientDoor) {
  const std::uint16_t port = server_->port();
  const std::string host = "Host: 127.0.0.1:" + std::to_string(port) + "\r\n";

  std::string koppen = "GET /api/v1/regios HTTP/1.1\r\n" + host;
  for (int i = 0; koppen.size() < kHeaderBytes; ++i) {
    koppen += "X-Vulling-" + std::to_string(i) + ": " + std::string(1000, 'a') + "\r\n";
  }
  koppen += "Authorization: Bearer " + token_ + "\r\n\r\n";
  auto header_response = upload(port, koppen);
  EXPECT_EQ(header_response.status, 431) << header_response.body;
  EXPECT_EQ(header_response.header("API-Version"), "1.0.0");

  const std::string body =
      "{\"naam\":\"" + std::string(kBodyBytes, 'a') + "\",\"soort\":\"overig\"}";
  const std::string post = "POST /api/v1/organisaties HTTP/1.1\r\n" + host +
                           "Authorization: Bearer " + token_ +
                           "\r\nContent-Type: application/json\r\n";
  auto lengte =
      upload(port, post + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_EQ(lengte.status, 413) << lengte.body;
  EXPECT_EQ(lengte.header("API-Version"), "1.0.0");

  // Chunked: the size is not announced, so the limit must stop the body while it streams in.
  auto gestroomd = upload(port, in_stukken(post, body));
  EXPECT_EQ(gestroomd.status, 413) << gestroomd.body;
  EXPECT_EQ(gestroomd.header("API-Version"), "1.0.0");

  // A browser's form gets a page instead: without JavaScript it would show the JSON as it is.
  // An upload announced over the upload limit is refused before its body is sent.
  const std::string formulier =
      "POST /realisaties/import HTTP/1.1\r\n" + host +
      "Accept: text/html,application/xhtml+xml\r\nContent-Type: multipart/form-data; "
      "boundary=grens\r\nContent-Length: " +
      std::to_string(web::ServerOptions{}.upload_limit_bytes + 1) + "\r\n\r\n";
  auto pagina = upload(port, formulier);
  EXPECT_EQ(pagina.status, 413) << pagina.body;
  EXPECT_EQ(pagina.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(pagina.body.find("<h1 class=\"utrecht-heading-1\">Te groot om te versturen</h1>"),
            std::string::npos)
      << pagina.body;
  EXPECT_NE(pagina.body.find("ten hoogste 200 MiB voor een bestand met realisaties, 2 MiB voor al "
                             "het andere. Er is niets opgeslagen."),
            std::string::npos)
      << pagina.body;
  EXPECT_FALSE(pagina.header("Content-Security-Policy").empty());

  // MON-1: an upload of realisaties may be larger (ServerOptions::upload_limit_bytes), both
  // announced and chunked: the same 3 MiB reach the import, which names the unknown bronsysteem.
  const std::string csv = "Datum;Gemeente;Zaaktype;Uren\r\n" + std::string(kBodyBytes, 'a');
  const std::string import = "POST /api/v1/realisatie-imports?bron=Onbekend HTTP/1.1\r\n" + host +
                             "Authorization: Bearer " + token_ + "\r\nContent-Type: text/csv\r\n";
  auto groot =
      upload(port, import + "Content-Length: " + std::to_string(csv.size()) + "\r\n\r\n" + csv);
  EXPECT_EQ(groot.status, 400) << groot.body;
  auto groot_gestroomd = upload(port, in_stukken(import, csv));
  EXPECT_EQ(groot_gestroomd.status, 400) << groot_gestroomd.body;

  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(inloggen(port).status, 200);
    EXPECT_EQ(api_get(port, "/api/v1/regios").status, 200);
  }
  auto gewoon = server_->api("POST", "/api/v1/organisaties", "beheerder",
                             "{\"naam\":\"Na de grote body\",\"soort\":\"overig\"}");
  EXPECT_EQ(gewoon.status, 201) << gewoon.body;
}

}  // namespace
}  // namespace regie::e2e
