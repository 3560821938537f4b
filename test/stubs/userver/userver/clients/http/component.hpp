// conncheck test stub.
// Mirrors: userver-framework/userver  core/include/userver/clients/http/component.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Only components::HttpClient::GetHttpClient() (base ComponentBase, constructor and schema omitted).
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <userver/clients/http/client.hpp>

USERVER_NAMESPACE_BEGIN

namespace components {

class HttpClient final {
 public:
  clients::http::Client& GetHttpClient();
};

}  // namespace components

USERVER_NAMESPACE_END
