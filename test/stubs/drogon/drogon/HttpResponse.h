// conncheck test stub.
// Mirrors: drogonframework/drogon  lib/inc/drogon/HttpResponse.h @ tag v1.9.12 (commit 89aca8c7993c8194f2c109c1d06a3b45bf363d5d).
// Only: statusCode()/getStatusCode()/setStatusCode(), setBody(const std::string&), body()/getBody(),
// static newHttpResponse(), virtual dtor, private getBodyData()/getBodyLength().
// (The real abstract class has many more members.)
#pragma once

#include <drogon/exports.h>
#include <drogon/HttpTypes.h>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace drogon
{
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;

class DROGON_EXPORT HttpResponse
{
  public:
    /// Get the status code such as 200, 404
    virtual HttpStatusCode statusCode() const = 0;

    HttpStatusCode getStatusCode() const
    {
        return statusCode();
    }

    /// Set the status code of the response.
    virtual void setStatusCode(HttpStatusCode code) = 0;

    /// Set the response body(content).
    virtual void setBody(const std::string &body) = 0;

    /// Get the response body.
    std::string_view body() const
    {
        return std::string_view{getBodyData(), getBodyLength()};
    }

    /// Get the response body.
    std::string_view getBody() const
    {
        return body();
    }

    /// Create a normal response with a status code of 200ok and a content type
    /// of text/html.
    static HttpResponsePtr newHttpResponse();

    virtual ~HttpResponse()
    {
    }

  private:
    virtual const char *getBodyData() const = 0;
    virtual size_t getBodyLength() const = 0;
};

}  // namespace drogon
