// conncheck test stub.
// Mirrors: drogonframework/drogon  lib/inc/drogon/HttpRequest.h @ tag v1.9.12 (commit 89aca8c7993c8194f2c109c1d06a3b45bf363d5d).
// Only: method(), setMethod(), path(), setPath() x2, setBody() x2, body()/getBody(), bodyData()/bodyLength(),
// addHeader() x2, setParameter(), setContentTypeCode(), static newHttpRequest(), virtual dtor.
// (The real abstract class has ~100 more members; newHttpJsonRequest etc. omitted.)
#pragma once

#include <drogon/exports.h>
#include <drogon/HttpTypes.h>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace drogon
{
class HttpRequest;
using HttpRequestPtr = std::shared_ptr<HttpRequest>;

/// Abstract class for webapp developer to get or set the Http request;
class DROGON_EXPORT HttpRequest
{
  public:
    /// Return the method string of the request, such as GET, POST, etc.
    virtual HttpMethod method() const = 0;

    virtual void addHeader(std::string field, const std::string &value) = 0;
    virtual void addHeader(std::string field, std::string &&value) = 0;

    /// Get the content string of the request, which is the body part of the
    /// request.
    std::string_view body() const
    {
        return std::string_view(bodyData(), bodyLength());
    }

    /// Get the content string of the request, which is the body part of the
    /// request.
    std::string_view getBody() const
    {
        return body();
    }

    virtual const char *bodyData() const = 0;
    virtual size_t bodyLength() const = 0;

    /// Set the content string of the request.
    virtual void setBody(const std::string &body) = 0;

    /// Set the content string of the request.
    virtual void setBody(std::string &&body) = 0;

    /// Get the path of the request.
    virtual const std::string &path() const = 0;

    /// Set the Http method
    virtual void setMethod(const HttpMethod method) = 0;

    /// Set the path of the request
    virtual void setPath(const std::string &path) = 0;
    virtual void setPath(std::string &&path) = 0;

    /// Set the parameter of the request
    virtual void setParameter(const std::string &key,
                              const std::string &value) = 0;

    /// Set or get the content type
    virtual void setContentTypeCode(const ContentType type) = 0;

    /// Create a request object.
    static HttpRequestPtr newHttpRequest();

    virtual ~HttpRequest()
    {
    }
};

}  // namespace drogon
