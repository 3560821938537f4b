// conncheck test stub.
// Mirrors: drogonframework/drogon  lib/inc/drogon/HttpAppFramework.h @ tag v1.9.12 (commit 89aca8c7993c8194f2c109c1d06a3b45bf363d5d).
// Only: HttpAppFramework (: trantor::NonCopyable) with virtual dtor, static instance(),
// getDbClient(name = "default"), getFastDbClient(name = "default"), getLoop(), and the free drogon::app().
// (The real class has ~200 members.)
#pragma once

#ifdef __cpp_impl_coroutine
#include <drogon/utils/coroutine.h>
#endif
#include <drogon/exports.h>
#include <drogon/drogon_callbacks.h>
#include <drogon/HttpRequest.h>
#include <drogon/HttpResponse.h>
#include <drogon/orm/DbClient.h>
#include <trantor/net/EventLoop.h>
#include <trantor/utils/NonCopyable.h>
#include <functional>
#include <memory>
#include <string>

namespace drogon
{
class DROGON_EXPORT HttpAppFramework : public trantor::NonCopyable
{
  public:
    virtual ~HttpAppFramework() = default;

    /// Get the instance of HttpAppFramework
    static HttpAppFramework &instance();

    /// Get the main event loop of the framework;
    virtual trantor::EventLoop *getLoop() const = 0;

    /// Get a database client by name
    /**
     * @note
     * This method must be called after the framework has been run.
     */
    virtual orm::DbClientPtr getDbClient(
        const std::string &name = "default") = 0;

    /// Get a 'fast' database client by name
    /**
     * @note
     * This method must be called after the framework has been run.
     */
    virtual orm::DbClientPtr getFastDbClient(
        const std::string &name = "default") = 0;
};

/// A wrapper of the instance() method
inline HttpAppFramework &app()
{
    return HttpAppFramework::instance();
}

}  // namespace drogon
