// conncheck test stub.
// Mirrors: libcpr/cpr  include/cpr/callback.h @ tag 1.10.5 (commit 3b15fa82ea74739b574d705fea44959b58142eb8); unchanged since 1.10.0 unless noted.
// Only WriteCallback (needed by Session::Download(const WriteCallback&) and cpr::Download overload);
// ReadCallback, HeaderCallback, ProgressCallback, DebugCallback, CancellationCallback omitted.
#ifndef CPR_CALLBACK_H
#define CPR_CALLBACK_H

#include "cprtypes.h"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>

namespace cpr {

class WriteCallback {
  public:
    WriteCallback() = default;
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    WriteCallback(std::function<bool(std::string data, intptr_t userdata)> p_callback, intptr_t p_userdata = 0) : userdata(p_userdata), callback(std::move(p_callback)) {}
    bool operator()(std::string data) const {
        return callback(std::move(data), userdata);
    }

    intptr_t userdata{};
    std::function<bool(std::string data, intptr_t userdata)> callback;
};

} // namespace cpr

#endif
