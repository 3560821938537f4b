// conncheck test stub.
// Mirrors: libcpr/cpr  include/cpr/session.h @ tag 1.10.5 (commit 3b15fa82ea74739b574d705fea44959b58142eb8); unchanged since 1.10.0 unless noted.
// Kept: constructors/assignment, the setters for the stubbed option types (Url, Parameters, Header,
// Timeout, ConnectTimeout, Body, WriteCallback), the matching SetOption overloads, and all request
// methods (Delete, Download x2, Get, Head, Options, Patch, Post, Put) and their *Async forms.
// Omitted: setters/SetOption overloads for the other option types (Authentication, Bearer, UserAgent,
// Payload, Proxies, Multipart, Redirect, Cookies, SSL, callbacks other than WriteCallback, ...), the
// *Callback templates, Prepare*/Complete*, interceptors and private members.
#ifndef CPR_SESSION_H
#define CPR_SESSION_H

#include <cstdint>
#include <fstream>
#include <functional>
#include <future>
#include <memory>

#include "cpr/async_wrapper.h"
#include "cpr/body.h"
#include "cpr/callback.h"
#include "cpr/connect_timeout.h"
#include "cpr/cprtypes.h"
#include "cpr/parameters.h"
#include "cpr/response.h"
#include "cpr/timeout.h"

namespace cpr {

using AsyncResponse = AsyncWrapper<Response>;

class Interceptor;
class MultiPerform;

class Session : public std::enable_shared_from_this<Session> {
  public:
    Session();
    Session(const Session& other) = delete;
    Session(Session&& old) = default;

    ~Session() = default;

    Session& operator=(Session&& old) noexcept = default;
    Session& operator=(const Session& other) = delete;

    void SetUrl(const Url& url);
    void SetParameters(const Parameters& parameters);
    void SetParameters(Parameters&& parameters);
    void SetHeader(const Header& header);
    void UpdateHeader(const Header& header);
    void SetTimeout(const Timeout& timeout);
    void SetConnectTimeout(const ConnectTimeout& timeout);
    void SetBody(Body&& body);
    void SetBody(const Body& body);
    void SetWriteCallback(const WriteCallback& write);

    // For cancellable requests
    void SetCancellationParam(std::shared_ptr<std::atomic_bool> param);

    // Used in templated functions
    void SetOption(const Url& url);
    void SetOption(const Parameters& parameters);
    void SetOption(Parameters&& parameters);
    void SetOption(const Header& header);
    void SetOption(const Timeout& timeout);
    void SetOption(const ConnectTimeout& timeout);
    void SetOption(Body&& body);
    void SetOption(const Body& body);
    void SetOption(const WriteCallback& write);

    cpr_off_t GetDownloadFileLength();
    void ResponseStringReserve(size_t size);
    Response Delete();
    Response Download(const WriteCallback& write);
    Response Download(std::ofstream& file);
    Response Get();
    Response Head();
    Response Options();
    Response Patch();
    Response Post();
    Response Put();

    AsyncResponse GetAsync();
    AsyncResponse DeleteAsync();
    AsyncResponse DownloadAsync(const WriteCallback& write);
    AsyncResponse DownloadAsync(std::ofstream& file);
    AsyncResponse HeadAsync();
    AsyncResponse OptionsAsync();
    AsyncResponse PatchAsync();
    AsyncResponse PostAsync();
    AsyncResponse PutAsync();

    std::string GetFullRequestUrl();
};

} // namespace cpr

#endif
