// conncheck test stub.
// Mirrors: userver-framework/userver  core/include/userver/clients/http/request.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Kept with the real signatures (incl. the &/&& ref-qualified pairs): the internal constructor, method,
// get x2, head x2, post x3, put x2, patch x2, delete_method x3, url, data, form, headers x2,
// user_agent, follow_redirects, timeout(long) / timeout(std::chrono::milliseconds), verify, retry,
// async_perform, perform, GetUrl, GetData, ExtractData, SetCancellationPolicy.
// Omitted: auth/proxy/cookies/TLS/http_version/unix_socket/ipv4/ipv6/connect_to/logging/tracing setters and
// async_perform_stream_body. Members declared only (request.cpp).
// perform() is synchronous: it suspends the calling coroutine until the response (or timeout).
// async_perform() starts the request and returns a ResponseFuture; waiting happens in ResponseFuture::Get().
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <chrono>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <userver/clients/http/response.hpp>
#include <userver/clients/http/response_future.hpp>
#include <userver/utils/impl/source_location.hpp>

USERVER_NAMESPACE_BEGIN

namespace tracing {
class TracingManagerBase;
}  // namespace tracing

namespace clients::dns {
class Resolver;
}  // namespace clients::dns

namespace clients::http {

class RequestState;
class Form;
class RequestStats;
class DestinationStatistics;

namespace impl {
class EasyWrapper;
class PluginPipeline;
}  // namespace impl

/// @brief HTTP request method
enum class HttpMethod { kGet, kPost, kHead, kPut, kDelete, kPatch, kOptions };

/// Class for creating and performing new http requests
class Request final {
 public:
  /// @cond
  // For internal use only.
  explicit Request(impl::EasyWrapper&&, RequestStats&& req_stats,
                   const std::shared_ptr<DestinationStatistics>& dest_stats,
                   clients::dns::Resolver* resolver,
                   impl::PluginPipeline& plugin_pipeline,
                   const tracing::TracingManagerBase& tracing_manager);
  /// @endcond

  /// Specifies method
  Request& method(HttpMethod method) &;
  Request method(HttpMethod method) &&;
  /// GET request
  Request& get() &;
  Request get() &&;
  /// GET request with url
  Request& get(const std::string& url) &;
  Request get(const std::string& url) &&;
  /// HEAD request
  Request& head() &;
  Request head() &&;
  /// HEAD request with url
  Request& head(const std::string& url) &;
  Request head(const std::string& url) &&;
  /// POST request
  Request& post() &;
  Request post() &&;
  /// POST request with url and data
  Request& post(const std::string& url, std::string data = {}) &;
  Request post(const std::string& url, std::string data = {}) &&;
  /// POST request with url and multipart/form-data
  Request& post(const std::string& url, Form&& form) &;
  Request post(const std::string& url, Form&& form) &&;
  /// PUT request
  Request& put() &;
  Request put() &&;
  /// PUT request with url and data
  Request& put(const std::string& url, std::string data = {}) &;
  Request put(const std::string& url, std::string data = {}) &&;

  /// PATCH request
  Request& patch() &;
  Request patch() &&;
  /// PATCH request with url and data
  Request& patch(const std::string& url, std::string data = {}) &;
  Request patch(const std::string& url, std::string data = {}) &&;

  /// DELETE request
  Request& delete_method() &;
  Request delete_method() &&;
  /// DELETE request with url
  Request& delete_method(const std::string& url) &;
  Request delete_method(const std::string& url) &&;
  /// DELETE request with url and data
  Request& delete_method(const std::string& url, std::string data) &;
  Request delete_method(const std::string& url, std::string data) &&;

  /// url if you don't specify request type with url
  Request& url(const std::string& url) &;
  Request url(const std::string& url) &&;
  /// data for POST request
  Request& data(std::string data) &;
  Request data(std::string data) &&;
  /// form for POST request
  Request& form(Form&& form) &;
  Request form(Form&& form) &&;
  /// Headers for request as map
  Request& headers(const Headers& headers) &;
  Request headers(const Headers& headers) &&;
  /// Headers for request as list
  Request& headers(const std::initializer_list<
                   std::pair<std::string_view, std::string_view>>& headers) &;
  Request headers(const std::initializer_list<
                  std::pair<std::string_view, std::string_view>>& headers) &&;
  /// Sets the User-Agent header
  Request& user_agent(const std::string& value) &;
  Request user_agent(const std::string& value) &&;
  /// Follow redirects or not. Default: follow
  Request& follow_redirects(bool follow = true) &;
  Request follow_redirects(bool follow = true) &&;
  /// Set timeout in ms for request
  Request& timeout(long timeout_ms) &;
  Request timeout(long timeout_ms) &&;
  Request& timeout(std::chrono::milliseconds timeout_ms) & {
    return timeout(timeout_ms.count());
  }
  Request timeout(std::chrono::milliseconds timeout_ms) && {
    return std::move(this->timeout(timeout_ms.count()));
  }
  /// Verify host and peer or not. Default: verify
  Request& verify(bool verify = true) &;
  Request verify(bool verify = true) &&;
  /// Set number of retries on failed request
  Request& retry(short retries = 3, bool on_fails = true) &;
  Request retry(short retries = 3, bool on_fails = true) &&;

  void SetCancellationPolicy(CancellationPolicy cp);

  /// Perform request asynchronously.
  ///
  /// Works similarly to std::async. If the task is cancelled, the request is
  /// cancelled.
  [[nodiscard]] ResponseFuture async_perform(
      utils::impl::SourceLocation location =
          utils::impl::SourceLocation::Current());

  /// Perform the request, wait for its completion and return the response.
  [[nodiscard]] std::shared_ptr<Response> perform(
      utils::impl::SourceLocation location =
          utils::impl::SourceLocation::Current());

  /// Returns a reference to the original URL of a request
  const std::string& GetUrl() const&;
  const std::string& GetUrl() && = delete;

  /// Returns a reference to the HTTP body of a request to be sent
  const std::string& GetData() const&;
  const std::string& GetData() && = delete;

  /// Retrieves the HTTP body of a request to be sent
  std::string ExtractData();

 private:
  std::shared_ptr<RequestState> pimpl_;
};

}  // namespace clients::http

USERVER_NAMESPACE_END
