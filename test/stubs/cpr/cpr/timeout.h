// conncheck test stub.
// Mirrors: libcpr/cpr  include/cpr/timeout.h @ tag 1.10.5 (commit 3b15fa82ea74739b574d705fea44959b58142eb8).
// (1.10.0 -> 1.10.5 changed one line of this header; the 1.10.5 form is mirrored.)
#ifndef CPR_TIMEOUT_H
#define CPR_TIMEOUT_H

#include <chrono>
#include <cstdint>

namespace cpr {

class Timeout {
  public:
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Timeout(const std::chrono::milliseconds& duration) : ms{duration} {}
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Timeout(const std::int32_t& milliseconds) : Timeout{std::chrono::milliseconds(milliseconds)} {}
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Timeout(const std::chrono::seconds& duration) : ms{std::chrono::milliseconds(duration).count()} {}

    // NOLINTNEXTLINE(google-runtime-int)
    long Milliseconds() const;

    std::chrono::milliseconds ms;
};

} // namespace cpr

#endif
