// conncheck test stub.
// Mirrors: drogonframework/drogon  lib/inc/drogon/drogon_callbacks.h @ tag v1.9.12 (commit 89aca8c7993c8194f2c109c1d06a3b45bf363d5d).
// Verbatim.
#pragma once

#include <drogon/HttpTypes.h>
#include <functional>
#include <memory>
#include <string>

namespace drogon
{
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
class HttpRequest;
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
using AdviceCallback = std::function<void(const HttpResponsePtr &)>;
using AdviceChainCallback = std::function<void()>;
using AdviceStartSessionCallback = std::function<void(const std::string &)>;
using AdviceDestroySessionCallback = std::function<void(const std::string &)>;
using FilterCallback = std::function<void(const HttpResponsePtr &)>;
using FilterChainCallback = std::function<void()>;
using HttpReqCallback = std::function<void(ReqResult, const HttpResponsePtr &)>;

using MiddlewareCallback = std::function<void(const HttpResponsePtr &)>;
using MiddlewareNextCallback =
    std::function<void(std::function<void(const HttpResponsePtr &)> &&)>;

}  // namespace drogon
