// conncheck test stub.
// Mirrors: drogonframework/drogon  lib/inc/drogon/HttpTypes.h @ tag v1.9.12 (commit 89aca8c7993c8194f2c109c1d06a3b45bf363d5d).
// Enums kept: HttpStatusCode (subset of enumerators), ContentType (subset), HttpMethod and ReqResult
// (complete), plus to_string_view(ReqResult). Omitted: Version, ReqResult/HttpMethod stream operators,
// WebSocketMessageType, the other to_string helpers.
#pragma once

#include <string_view>

namespace drogon
{
enum HttpStatusCode
{
    kUnknown = 0,
    k200OK = 200,
    k201Created = 201,
    k204NoContent = 204,
    k400BadRequest = 400,
    k401Unauthorized = 401,
    k403Forbidden = 403,
    k404NotFound = 404,
    k500InternalServerError = 500,
    k502BadGateway = 502,
    k503ServiceUnavailable = 503,
    k504GatewayTimeout = 504,
};

enum ContentType
{
    CT_NONE = 0,
    CT_APPLICATION_JSON,
    CT_TEXT_PLAIN,
    CT_TEXT_HTML,
    CT_APPLICATION_X_FORM,
};

enum HttpMethod
{
    Get = 0,
    Post,
    Head,
    Put,
    Delete,
    Options,
    Patch,
    Invalid
};

enum class ReqResult
{
    Ok = 0,
    BadResponse,
    NetworkFailure,
    BadServerAddress,
    Timeout,
    HandshakeError,
    InvalidCertificate,
    EncryptionFailure,
};

inline std::string_view to_string_view(drogon::ReqResult result)
{
    switch (result)
    {
        case ReqResult::Ok:
            return "OK";
        case ReqResult::BadResponse:
            return "Bad response from server";
        case ReqResult::NetworkFailure:
            return "Network failure";
        case ReqResult::BadServerAddress:
            return "Bad server address";
        case ReqResult::Timeout:
            return "Timeout";
        case ReqResult::HandshakeError:
            return "Handshake error";
        case ReqResult::InvalidCertificate:
            return "Invalid certificate";
        case ReqResult::EncryptionFailure:
            return "Unrecoverable encryption failure";
        default:
            return "Unknown error";
    }
}

}  // namespace drogon
