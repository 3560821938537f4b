// conncheck test stub.
// Mirrors: rbock/sqlpp11  include/sqlpp11/compat/make_unique.h @ tag 0.66 (commit 6180ee5e49e7a824aab98080207a8d9b5c3d5c99).
// The real one switches on SQLPP_CXX_STD; the stubs require C++14+, so it always forwards to std::make_unique.
#pragma once

#include <memory>
#include <utility>

namespace sqlpp
{
  namespace compat
  {
    template <typename T, typename... Args>
    std::unique_ptr<T> make_unique(Args&&... args)
    {
      return std::make_unique<T>(std::forward<Args>(args)...);
    }
  }  // namespace compat
}  // namespace sqlpp
