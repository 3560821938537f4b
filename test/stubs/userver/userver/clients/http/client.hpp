// conncheck test stub.
// Mirrors: userver-framework/userver  core/include/userver/clients/http/client.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Only Client::CreateRequest() and CreateNotSignedRequest() (+ dtor); the constructor (ClientSettings,
// TaskProcessor&, impl::PluginPipeline&&) and the internal setters/statistics members are omitted.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <userver/clients/http/request.hpp>

USERVER_NAMESPACE_BEGIN

namespace clients::http {

/// @brief HTTP client that returns a HTTP request builder from
/// CreateRequest().
class Client final {
 public:
  ~Client();

  /// @brief Returns a HTTP request builder type with preset values of
  /// User-Agent, Proxy and some of the Testsuite stuff (if any).
  Request CreateRequest();

  /// Providing CreateNotSignedRequest() function for the clients::Http alias.
  Request CreateNotSignedRequest() { return CreateRequest(); }
};

}  // namespace clients::http

USERVER_NAMESPACE_END
