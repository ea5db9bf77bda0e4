// The HTTP server: Boost.Beast with asynchronous I/O on a few I/O threads. Short requests (as
// the application says, ServerOptions::on_io_thread) are answered on the thread that read them;
// the others run on a separate worker pool so that slow work never stalls I/O. Limits: header size,
// body size, a deadline for reading a request (slow clients are cut off) and an idle keep-alive
// timeout. Optional TLS. Beast is confined to http_server.cpp.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "web/http.hpp"

namespace regie::web {

struct ServerOptions {
  std::string address = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port
  int io_threads = 1;
  int worker_threads = 4;
  std::uint32_t header_limit_bytes = 16 * 1024;
  std::uint64_t body_limit_bytes = std::uint64_t{2} * 1024 * 1024;
  // A request whose method and target this answers true for (a file upload) may carry up to
  // upload_limit_bytes instead; decided on the request line, before the body is read.
  std::function<bool(std::string_view method, std::string_view target)> is_upload;
  std::uint64_t upload_limit_bytes = std::uint64_t{200} * 1024 * 1024;
  std::chrono::seconds read_timeout{15};
  std::chrono::seconds idle_timeout{60};
  std::string tls_cert_file;  // PEM; both set: serve HTTPS
  std::string tls_key_file;
  // Requests from these addresses may set X-Forwarded-Proto (a TLS-terminating proxy).
  std::vector<std::string> trusted_proxies;
  // A request for which this answers true is handled on the I/O thread that read it (no
  // hand-off to the worker pool and back); all others go to the pool. Meant for short reads,
  // with as many I/O threads as cores; empty: every request goes to the pool.
  std::function<bool(const Request&)> on_io_thread;
  // Applied to every response, including those the server makes itself (400, 413, 503).
  std::function<void(const Request*, Response&)> decorate;
};

class HttpServer {
 public:
  HttpServer(ServerOptions options, Handler handler);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds, listens and starts the threads. Returns the bound port.
  Result<std::uint16_t> start();
  // Blocks until SIGINT/SIGTERM or stop(); then shuts down gracefully.
  void wait_for_signal();
  // Stops accepting, lets requests in progress finish (up to a few seconds), joins threads.
  void stop();

  class Impl;  // public only so that the connection sessions in the .cpp can name it

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace regie::web
