// The only translation unit that includes Beast (it is slow to compile).
#include "web/http_server.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/text.hpp"
#include "web/messages.hpp"

namespace regie::web {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

namespace {

using BeastRequest = bhttp::request<bhttp::string_body>;
using BeastResponse = bhttp::response<bhttp::string_body>;

// What the server answers itself, before or around routing: problem+json like every other
// error. The path is unknown (431) or not yet trusted, so there is no instance.
Response server_problem(int status, const std::string& title, const std::string& key) {
  return problem_response(status, title, tekst(key), "");
}

// Whether a refusal of the server itself goes to a browser's form (not to /api/, HTML accepted):
// a browser without JavaScript shows problem+json as it is, so it gets a page instead.
bool wil_pagina(const bhttp::request_header<>& kop) {
  const std::string_view doel(kop.target().data(), kop.target().size());
  const auto accept = kop[bhttp::field::accept];
  return !doel.starts_with("/api/") &&
         std::string_view(accept.data(), accept.size()).find("text/html") != std::string_view::npos;
}

// That page, in the house style, for a request too large: nothing was kept.
Response te_groot_pagina(const ServerOptions& options) {
  const auto mib = [](std::uint64_t bytes) {
    return std::to_string(bytes / (std::uint64_t{1024} * 1024));
  };
  Response response;
  response.status = 413;
  response.set_header("Content-Type", "text/html; charset=utf-8");
  response.body =
      "<!DOCTYPE html>\n<html lang=\"nl\" class=\"utrecht-root\">\n<head>\n"
      "<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>Te groot om te versturen – regie</title>\n"
      "<link rel=\"stylesheet\" href=\"/static/utrecht.css\">\n"
      "<link rel=\"stylesheet\" href=\"/static/theme.css\">\n"
      "<link rel=\"stylesheet\" href=\"/static/regie.css\">\n</head>\n"
      "<body class=\"utrecht-document utrecht-body voorbeeld-theme\">\n"
      "<main class=\"utrecht-page-body utrecht-page-content regie-main\" id=\"inhoud\">\n"
      "<h1 class=\"utrecht-heading-1\">Te groot om te versturen</h1>\n"
      "<p class=\"utrecht-paragraph\">Wat u verstuurde is groter dan regie via een formulier "
      "aanneemt: ten hoogste " +
      mib(options.upload_limit_bytes) + " MiB voor een bestand met realisaties, " +
      mib(options.body_limit_bytes) +
      " MiB voor al het andere. Er is niets opgeslagen.</p>\n"
      "<p class=\"utrecht-paragraph\">Splits een groot bestand in delen, of laat een beheerder "
      "het inlezen met <code>regie import realisaties</code>. Met de knop Terug van uw browser "
      "komt u weer bij het formulier.</p>\n"
      "<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"/\">Naar de "
      "startpagina</a></p>\n</main>\n</body>\n</html>\n";
  return response;
}

}  // namespace

class HttpServer::Impl {
 public:
  Impl(ServerOptions options, Handler handler)
      : options_(std::move(options)),
        handler_(std::move(handler)),
        ioc_(std::max(1, options_.io_threads)),
        acceptor_(asio::make_strand(ioc_)),
        workers_(static_cast<std::size_t>(std::max(1, options_.worker_threads))),
        ssl_(asio::ssl::context::tls_server) {}

  ~Impl() { stop(); }

  Result<std::uint16_t> start() {
    boost::system::error_code ec;
    if (!options_.tls_cert_file.empty() || !options_.tls_key_file.empty()) {
      ssl_.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                       asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                       asio::ssl::context::no_tlsv1_1);
      ssl_.use_certificate_chain_file(options_.tls_cert_file, ec);
      if (!ec) ssl_.use_private_key_file(options_.tls_key_file, asio::ssl::context::pem, ec);
      if (ec) return Error::storage("TLS-certificaat of sleutel onleesbaar: " + ec.message());
      tls_ = true;
    }
    auto address = asio::ip::make_address(options_.address, ec);
    if (ec) return Error::storage("ongeldig adres " + options_.address);
    tcp::endpoint endpoint{address, options_.port};
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) {
      return Error::storage("kan niet luisteren op " + options_.address + ":" +
                            std::to_string(options_.port) + ": " + ec.message());
    }
    port_ = acceptor_.local_endpoint().port();
    do_accept();
    for (int i = 0; i < std::max(1, options_.io_threads); ++i) {
      io_threads_.emplace_back([this] { ioc_.run(); });
    }
    return port_;
  }

  void wait_for_signal() {
    asio::io_context signal_ioc;
    asio::signal_set signals(signal_ioc, SIGINT, SIGTERM);
    signals.async_wait([](const boost::system::error_code&, int) {});
    signal_ioc.run();
    spdlog::info("stoppen: signaal ontvangen");
    stop();
  }

  void stop() {
    bool expected = false;
    if (!stopping_.compare_exchange_strong(expected, true)) return;
    asio::post(acceptor_.get_executor(), [this] {
      boost::system::error_code ignored;
      acceptor_.close(ignored);
    });
    // Let requests in progress finish.
    {
      std::unique_lock lock(active_mutex_);
      active_cv_.wait_for(lock, std::chrono::seconds(10), [this] { return active_ == 0; });
    }
    workers_.join();
    ioc_.stop();
    for (auto& thread : io_threads_) {
      if (thread.joinable()) thread.join();
    }
  }

  // Called on a worker thread, or on an I/O thread for a request ServerOptions::on_io_thread
  // chose.
  Response handle(Request& request) {
    auto started = std::chrono::steady_clock::now();
    Response response;
    try {
      response = handler_(request);
    } catch (const std::exception& e) {
      spdlog::error("handler gooide een uitzondering: {}", escape_for_log(e.what()));
      response = server_problem(500, "Interne fout", "fout.intern");
    }
    if (options_.decorate) options_.decorate(&request, response);
    auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                  .count();
    // The path is decoded and the method and address come from the client: escaped, so that a
    // request cannot end this line or write one of its own.
    spdlog::info("toegang method={} path={} status={} ms={:.1f} remote={}",
                 escape_for_log(request.method), escape_for_log(request.path), response.status, ms,
                 escape_for_log(request.remote_address));
    return response;
  }

  Response server_error(int status, const std::string& title, const std::string& key) {
    return decorated(server_problem(status, title, key));
  }

  Response decorated(Response response) {
    if (options_.decorate) options_.decorate(nullptr, response);
    return response;
  }

  void begin_request() {
    std::lock_guard lock(active_mutex_);
    ++active_;
  }
  void end_request() {
    {
      std::lock_guard lock(active_mutex_);
      --active_;
    }
    active_cv_.notify_all();
  }

  const ServerOptions& options() const { return options_; }
  asio::thread_pool& workers() { return workers_; }
  bool stopping() const { return stopping_; }

 private:
  void do_accept() {
    acceptor_.async_accept(asio::make_strand(ioc_),
                           [this](boost::system::error_code ec, tcp::socket socket) {
                             on_accept(ec, std::move(socket));
                           });
  }

  void on_accept(boost::system::error_code ec, tcp::socket socket);

  ServerOptions options_;
  Handler handler_;
  asio::io_context ioc_;
  tcp::acceptor acceptor_;
  asio::thread_pool workers_;
  asio::ssl::context ssl_;
  bool tls_ = false;
  std::uint16_t port_ = 0;
  std::vector<std::thread> io_threads_;
  std::atomic<bool> stopping_{false};
  std::mutex active_mutex_;
  std::condition_variable active_cv_;
  int active_ = 0;
};

namespace {

// One connection. Stream is beast::tcp_stream or beast::ssl_stream<beast::tcp_stream>.
template <typename Stream>
class Session : public std::enable_shared_from_this<Session<Stream>> {
 public:
  Session(HttpServer::Impl& server, Stream stream, std::string remote)
      : server_(server), stream_(std::move(stream)), remote_(std::move(remote)) {}

  void run() {
    asio::dispatch(stream_.get_executor(), [self = this->shared_from_this()] { self->start(); });
  }

 private:
  beast::tcp_stream& tcp() { return beast::get_lowest_layer(stream_); }

  void start() {
    if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
      do_read();
    } else {
      tcp().expires_after(server_.options().read_timeout);
      stream_.async_handshake(asio::ssl::stream_base::server,
                              [self = this->shared_from_this()](beast::error_code ec) {
                                if (!ec) self->do_read();
                              });
    }
  }

  void do_read() {
    head_ = false;
    parser_.emplace();
    parser_->header_limit(server_.options().header_limit_bytes);
    // Beast checks a Content-Length against the body limit while it reads the header, before the
    // target is known: the header is read with the larger limit, and read_body applies the
    // request's own.
    parser_->body_limit(server_.options().is_upload ? std::max(server_.options().body_limit_bytes,
                                                               server_.options().upload_limit_bytes)
                                                    : server_.options().body_limit_bytes);
    // The whole request must arrive within the read timeout (slow clients are cut off);
    // between requests on a kept-alive connection, the idle timeout applies.
    tcp().expires_after(first_ ? server_.options().read_timeout : server_.options().idle_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                               if (ec) return self->on_read(ec);
                               self->read_body();
                             });
  }

  // The body, with the upload limit for an upload (ServerOptions::is_upload): an announced
  // length over the limit is refused at once, a chunked body when it grows past it.
  void read_body() {
    const auto& kop = parser_->get();
    const bool upload =
        server_.options().is_upload &&
        server_.options().is_upload(
            std::string_view(kop.method_string().data(), kop.method_string().size()),
            std::string_view(kop.target().data(), kop.target().size()));
    const std::uint64_t limiet =
        upload ? server_.options().upload_limit_bytes : server_.options().body_limit_bytes;
    if (const auto lengte = parser_->content_length(); lengte && *lengte > limiet) {
      return on_read(bhttp::error::body_limit);
    }
    parser_->body_limit(limiet);
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                        self->on_read(ec);
                      });
  }

  void on_read(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted ||
        ec == beast::error::timeout || ec == asio::error::eof ||
        ec == asio::error::connection_reset) {
      return close();
    }
    if (ec == bhttp::error::body_limit) {
      if (parser_ && wil_pagina(parser_->get())) {
        return write_and_close(server_.decorated(te_groot_pagina(server_.options())));
      }
      return write_and_close(server_.server_error(413, "Verzoek te groot", "fout.body_te_groot"));
    }
    if (ec == bhttp::error::header_limit) {
      return write_and_close(
          server_.server_error(431, "Kopregels te groot", "fout.koppen_te_groot"));
    }
    if (ec) {
      return write_and_close(server_.server_error(400, "Ongeldig verzoek", "fout.http_ongeldig"));
    }
    first_ = false;
    if (server_.stopping()) {
      return write_and_close(server_.server_error(503, "Server stopt", "fout.server_stopt"));
    }
    auto request = std::make_shared<Request>(convert(parser_->release()));
    keep_alive_ = keep_alive_request_;
    server_.begin_request();
    const auto& on_io_thread = server_.options().on_io_thread;
    if (on_io_thread && on_io_thread(*request)) {
      // Issue 16: a short read is answered here; the hand-off to the pool and back cost more
      // than many such requests themselves.
      return write(server_.handle(*request));
    }
    // Run the handler on the worker pool; come back to this connection's strand to write.
    asio::post(server_.workers(), [self = this->shared_from_this(), request] {
      auto response = std::make_shared<Response>(self->server_.handle(*request));
      asio::post(self->stream_.get_executor(),
                 [self, response] { self->write(std::move(*response)); });
    });
  }

  Request convert(BeastRequest&& in) {
    Request out;
    out.method = std::string(in.method_string());
    out.target = std::string(in.target());
    auto q = out.target.find('?');
    out.path = percent_decode(std::string_view(out.target).substr(0, q), false);
    if (q != std::string::npos) out.query = out.target.substr(q + 1);
    for (const auto& field : in.base()) {
      std::string name(field.name_string());
      std::transform(name.begin(), name.end(), name.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      auto& slot = out.headers[name];
      if (!slot.empty()) slot += ", ";
      slot += std::string(field.value());
    }
    out.body = std::move(in.body());
    out.remote_address = remote_;
    out.secure = !std::is_same_v<Stream, beast::tcp_stream>;
    const auto& trusted = server_.options().trusted_proxies;
    if (std::find(trusted.begin(), trusted.end(), remote_) != trusted.end()) {
      auto proto = out.header("x-forwarded-proto");
      if (proto == "https") out.secure = true;
      auto forwarded_for = out.header("x-forwarded-for");
      if (!forwarded_for.empty()) {
        // The last entry is the one the trusted proxy added; earlier ones are the client's.
        auto comma = forwarded_for.rfind(',');
        std::string last =
            comma == std::string::npos ? forwarded_for : forwarded_for.substr(comma + 1);
        while (!last.empty() && last.front() == ' ') last.erase(last.begin());
        if (!last.empty()) out.remote_address = last;
      }
    }
    keep_alive_request_ = in.keep_alive();
    head_ = in.method() == bhttp::verb::head;
    return out;
  }

  void write(Response&& response) {
    server_.end_request();
    send(std::move(response), !keep_alive_ || server_.stopping());
  }

  void write_and_close(Response&& response) { send(std::move(response), true); }

  void send(Response&& response, bool close_after) {
    auto out = std::make_shared<BeastResponse>();
    out->version(11);
    out->result(static_cast<unsigned>(response.status));
    for (const auto& [name, value] : response.headers) out->insert(name, value);
    out->keep_alive(!close_after);
    if (head_) {
      // HEAD: the headers of the GET, with the length of its body, and no body.
      out->content_length(response.body.size());
    } else {
      out->body() = std::move(response.body);
      out->prepare_payload();
    }
    tcp().expires_after(server_.options().read_timeout);
    bhttp::async_write(
        stream_, *out,
        [self = this->shared_from_this(), out, close_after](beast::error_code ec, std::size_t) {
          if (ec || close_after) return self->close();
          self->do_read();
        });
  }

  void close() {
    beast::error_code ignored;
    if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
      stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    } else {
      tcp().socket().shutdown(tcp::socket::shutdown_send, ignored);
    }
  }

  HttpServer::Impl& server_;
  Stream stream_;
  std::string remote_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  bool first_ = true;
  bool keep_alive_ = true;
  bool keep_alive_request_ = true;
  bool head_ = false;  // the request being answered is a HEAD
};

}  // namespace

void HttpServer::Impl::on_accept(boost::system::error_code ec, tcp::socket socket) {
  if (ec) {
    if (!acceptor_.is_open()) return;
  } else {
    boost::system::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    auto endpoint = socket.remote_endpoint(ignored);
    std::string remote = ignored ? std::string("?") : endpoint.address().to_string();
    if (tls_) {
      std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(
          *this, beast::ssl_stream<beast::tcp_stream>(std::move(socket), ssl_), remote)
          ->run();
    } else {
      std::make_shared<Session<beast::tcp_stream>>(*this, beast::tcp_stream(std::move(socket)),
                                                   remote)
          ->run();
    }
  }
  if (acceptor_.is_open()) do_accept();
}

HttpServer::HttpServer(ServerOptions options, Handler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {}
HttpServer::~HttpServer() = default;
Result<std::uint16_t> HttpServer::start() { return impl_->start(); }
void HttpServer::wait_for_signal() { impl_->wait_for_signal(); }
void HttpServer::stop() { impl_->stop(); }

}  // namespace regie::web
