// conncheck test stub.
// Mirrors: userver-framework/userver  universal/include/userver/utils/strong_typedef.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Reduced: enum class StrongTypedefOps with its operator& / operator|, class template
// StrongTypedef<Tag, T, Ops = StrongTypedefOps::kCompareStrong, Enable = void> with its constructors and
// GetUnderlying(), and the NonLoggable alias; comparison/hash/logging/range helpers and StrongCast omitted.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <type_traits>
#include <utility>

USERVER_NAMESPACE_BEGIN

namespace utils {

enum class StrongTypedefOps {
  kNoCompare = 0,  /// Forbid all comparisons for StrongTypedef

  kCompareStrong = 1,           /// Allow comparing two StrongTypedef<Tag, T>
  kCompareTransparentOnly = 2,  /// Allow comparing StrongTypedef<Tag, T> and T
  kCompareTransparent = 3,      /// Allow both of the above

  kNonLoggable = 4,  /// Forbid logging and serializing for StrongTypedef
};

constexpr bool operator&(StrongTypedefOps op, StrongTypedefOps mask) noexcept {
  return static_cast<int>(op) & static_cast<int>(mask);
}

constexpr auto operator|(StrongTypedefOps op1, StrongTypedefOps op2) noexcept {
  return StrongTypedefOps{static_cast<int>(op1) | static_cast<int>(op2)};
}

template <class Tag, class T,
          StrongTypedefOps Ops = StrongTypedefOps::kCompareStrong,
          class /*Enable*/ = void>
class StrongTypedef {
 public:
  using UnderlyingType = T;
  using TagType = Tag;
  static constexpr StrongTypedefOps kOps = Ops;

  StrongTypedef() = default;
  StrongTypedef(const StrongTypedef&) = default;
  StrongTypedef(StrongTypedef&&) noexcept = default;
  StrongTypedef& operator=(const StrongTypedef&) = default;
  StrongTypedef& operator=(StrongTypedef&&) noexcept = default;

  template <typename... Args,
            typename = std::enable_if_t<std::is_constructible_v<T, Args...>>>
  explicit constexpr StrongTypedef(Args&&... args) noexcept(
      noexcept(T(std::forward<Args>(args)...)))
      : data_(std::forward<Args>(args)...) {}

  constexpr const T& GetUnderlying() const& noexcept { return data_; }
  constexpr T GetUnderlying() && noexcept { return std::move(data_); }
  constexpr T& GetUnderlying() & noexcept { return data_; }

 private:
  T data_{};
};

/// A StrongTypedef for data that MUST NOT be logged or outputted in some other
/// way. Also prevents the data from appearing in backtrace prints of debugger.
template <class Tag, class T>
using NonLoggable = StrongTypedef<
    Tag, T, StrongTypedefOps::kCompareStrong | StrongTypedefOps::kNonLoggable>;

}  // namespace utils

USERVER_NAMESPACE_END
