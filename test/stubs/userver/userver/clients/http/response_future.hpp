// conncheck test stub.
// Mirrors: userver-framework/userver  core/include/userver/clients/http/response_future.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Public API minus TryGetContextAccessor() and the engine::Future constructor; members declared only.
// Get() suspends the calling coroutine until the HTTP response arrives (or the request timeout fires).
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <future>
#include <memory>

#include <userver/clients/http/response.hpp>

USERVER_NAMESPACE_BEGIN

namespace clients::http {

/// Real: userver/clients/http/config.hpp
enum class CancellationPolicy {
  kIgnore,
  kCancel,
};

class RequestState;

/// @brief Allows to perform a request concurrently with other work without
/// creating an extra coroutine for waiting.
class ResponseFuture final {
 public:
  ResponseFuture(ResponseFuture&& other) noexcept;
  ResponseFuture& operator=(ResponseFuture&&) noexcept;
  ResponseFuture(const ResponseFuture&) = delete;
  ResponseFuture& operator=(const ResponseFuture&) = delete;
  ~ResponseFuture();

  /// @brief Cancel the request in flight
  void Cancel();

  /// @brief Keep the request in flight, but stop waiting for it
  void Detach();

  /// @brief Waits for the response or until the deadline is reached
  std::future_status Wait();

  /// @brief Wait for the response and return it
  std::shared_ptr<Response> Get();

  void SetCancellationPolicy(CancellationPolicy cp);

 private:
  std::shared_ptr<RequestState> request_state_;
};

}  // namespace clients::http

USERVER_NAMESPACE_END
