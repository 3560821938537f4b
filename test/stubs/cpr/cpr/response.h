// conncheck test stub.
// Mirrors: libcpr/cpr  include/cpr/response.h @ tag 1.10.5 (commit 3b15fa82ea74739b574d705fea44959b58142eb8); unchanged since 1.10.0 unless noted.
// Omitted: the private CurlHolder member, the 'cookies' member (cpr::Cookies not stubbed), the
// CurlHolder-taking constructor and GetCertInfos().
#ifndef CPR_RESPONSE_H
#define CPR_RESPONSE_H

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "cpr/cprtypes.h"
#include "cpr/error.h"

namespace cpr {

class MultiPerform;

class Response {
  public:
    // NOLINTNEXTLINE(google-runtime-int)
    long status_code{};
    std::string text{};
    Header header{};
    Url url{};
    double elapsed{};
    Error error{};
    std::string raw_header{};
    std::string status_line{};
    std::string reason{};
    cpr_off_t uploaded_bytes{};
    cpr_off_t downloaded_bytes{};
    // NOLINTNEXTLINE(google-runtime-int)
    long redirect_count{};

    Response() = default;
    Response(const Response& other) = default;
    Response(Response&& old) noexcept = default;
    ~Response() noexcept = default;

    Response& operator=(Response&& old) noexcept = default;
    Response& operator=(const Response& other) = default;
};
} // namespace cpr

#endif
