// conncheck test stub.
// Mirrors: userver-framework/userver  universal/include/userver/http/status_code.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// http::StatusCode (unscoped enum : uint16_t) with a subset of the enumerators and the migration aliases
// used by clients::http::Response (Invalid, OK, ...). Requires fmt in the real header; not here.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <cstdint>

USERVER_NAMESPACE_BEGIN

namespace http {

/// https://en.wikipedia.org/wiki/List_of_HTTP_status_codes
enum StatusCode : uint16_t {
  kInvalid = 0,

  kOk = 200,
  kCreated = 201,
  kNoContent = 204,

  kBadRequest = 400,
  kNotFound = 404,
  kConflict = 409,
  kTooManyRequests = 429,

  kInternalServerError = 500,
  kServiceUnavailable = 503,
  kGatewayTimeout = 504,

  // migration aliases
  Invalid = kInvalid,
  OK = kOk,
  Created = kCreated,
  NoContent = kNoContent,
  BadRequest = kBadRequest,
  NotFound = kNotFound,
  Conflict = kConflict,
  TooManyRequests = kTooManyRequests,
  InternalServerError = kInternalServerError,
};

}  // namespace http

USERVER_NAMESPACE_END
