// conncheck test stub.
// Mirrors: an-tao/trantor  trantor/utils/NonCopyable.h @ commit 5000e2a72687232c8675b28ce86a29ed7d44309e (the trantor submodule commit of drogon v1.9.12).
// Verbatim.
#pragma once

#include <trantor/exports.h>

namespace trantor
{
/**
 * @brief This class represents a non-copyable object.
 *
 */
class TRANTOR_EXPORT NonCopyable
{
  protected:
    NonCopyable()
    {
    }
    ~NonCopyable()
    {
    }
    NonCopyable(const NonCopyable &) = delete;
    NonCopyable &operator=(const NonCopyable &) = delete;
    // some uncopyable classes maybe support move constructor....
    NonCopyable(NonCopyable &&) noexcept(true) = default;
    NonCopyable &operator=(NonCopyable &&) noexcept(true) = default;
};

}  // namespace trantor
