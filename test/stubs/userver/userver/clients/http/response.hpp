// conncheck test stub.
// Mirrors: userver-framework/userver  core/include/userver/clients/http/response.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// clients::http::Status / Headers aliases and Response with body()/body_view()/status_code()/IsOk()/
// IsError()/raise_for_status()/SetStatusCode(); headers()/cookies()/stats members omitted
// (http::headers::HeaderMap only forward-declared).
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include <userver/http/status_code.hpp>

USERVER_NAMESPACE_BEGIN

namespace http::headers {
class HeaderMap;
}  // namespace http::headers

namespace clients::http {

/// http status code
using Status = USERVER_NAMESPACE::http::StatusCode;

/// Headers class
using Headers = USERVER_NAMESPACE::http::headers::HeaderMap;

/// Class that will be returned for successful request
class Response final {
 public:
  Response() = default;

  /// response string
  std::string& sink_string() { return response_; }

  /// body as string
  std::string body() const& { return response_; }
  std::string&& body() && { return std::move(response_); }

  /// body as string_view
  std::string_view body_view() const { return response_; }

  /// return status_code
  Status status_code() const;
  /// check status code
  bool IsOk() const { return status_code() == Status::OK; }
  bool IsError() const { return static_cast<uint16_t>(status_code()) >= 400; }

  void raise_for_status() const;

  void SetStatusCode(Status status_code) { status_code_ = status_code; }

 private:
  std::string response_;
  Status status_code_{Status::Invalid};
};

}  // namespace clients::http

USERVER_NAMESPACE_END
