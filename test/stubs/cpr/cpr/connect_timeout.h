// conncheck test stub.
// Mirrors: libcpr/cpr  include/cpr/connect_timeout.h @ tag 1.10.5 (commit 3b15fa82ea74739b574d705fea44959b58142eb8); unchanged since 1.10.0 unless noted.
#ifndef CPR_CONNECT_TIMEOUT_H
#define CPR_CONNECT_TIMEOUT_H

#include "cpr/timeout.h"

namespace cpr {

class ConnectTimeout : public Timeout {
  public:
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    ConnectTimeout(const std::chrono::milliseconds& duration) : Timeout{duration} {}
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    ConnectTimeout(const std::int32_t& milliseconds) : Timeout{milliseconds} {}
};

} // namespace cpr

#endif
