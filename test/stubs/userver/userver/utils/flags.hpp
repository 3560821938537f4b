// conncheck test stub.
// Mirrors: userver-framework/userver  universal/include/userver/utils/flags.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// utils::Flags<Enum> with the real public API (bodies written here; the real ones are in the same header).
// AtomicFlags omitted.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <initializer_list>
#include <type_traits>

USERVER_NAMESPACE_BEGIN

namespace utils {

template <typename Enum>
class Flags final {
 public:
  using ValueType = std::underlying_type_t<Enum>;

  constexpr Flags() noexcept : Flags(Enum::kNone) {}
  /*implicit*/ constexpr Flags(Enum e) noexcept : value_(static_cast<ValueType>(e)) {}
  constexpr Flags(std::initializer_list<Enum> lst) noexcept : value_(0) {
    for (Enum e : lst) value_ |= static_cast<ValueType>(e);
  }

  constexpr explicit operator bool() const { return value_ != 0; }

  constexpr Flags& operator|=(Flags rhs) {
    value_ |= rhs.value_;
    return *this;
  }
  constexpr Flags& operator&=(Flags rhs) {
    value_ &= rhs.value_;
    return *this;
  }
  constexpr Flags& Clear(Flags flags) {
    value_ &= ~flags.value_;
    return *this;
  }

  constexpr Flags operator|(Flags rhs) const { return Flags(*this) |= rhs; }
  constexpr Flags operator&(Flags rhs) const { return Flags(*this) &= rhs; }

  constexpr bool operator==(Flags rhs) const { return value_ == rhs.value_; }
  constexpr bool operator!=(Flags rhs) const { return value_ != rhs.value_; }

  constexpr ValueType GetValue() const { return value_; }
  constexpr void SetValue(ValueType value) { value_ = value; }

 private:
  ValueType value_;
};

template <typename Enum>
constexpr Flags<Enum> operator|(Enum lhs, Flags<Enum> rhs) {
  return rhs | lhs;
}

template <typename Enum>
constexpr Flags<Enum> operator&(Enum lhs, Flags<Enum> rhs) {
  return rhs & lhs;
}

template <typename Enum>
constexpr bool operator==(Enum lhs, Flags<Enum> rhs) {
  return rhs == lhs;
}

template <typename Enum>
constexpr bool operator!=(Enum lhs, Flags<Enum> rhs) {
  return rhs != lhs;
}

}  // namespace utils

USERVER_NAMESPACE_END
