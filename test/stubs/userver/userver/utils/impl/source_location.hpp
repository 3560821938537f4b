// conncheck test stub.
// Mirrors: userver-framework/userver  universal/include/userver/utils/impl/source_location.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// utils::impl::SourceLocation with the real Current() signature (default argument of Request::perform()
// and async_perform()); USERVER_FILEPATH replaced by __builtin_FILE(); line-string helpers omitted.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <cstdint>
#include <string_view>

USERVER_NAMESPACE_BEGIN

namespace utils::impl {

class SourceLocation final {
  struct EmplaceEnabler final {
    constexpr explicit EmplaceEnabler() noexcept = default;
  };

 public:
  static constexpr SourceLocation Current(
      EmplaceEnabler /*unused*/ = EmplaceEnabler{},
      std::string_view file_name = __builtin_FILE(),
      std::string_view function_name = __builtin_FUNCTION(),
      std::uint_least32_t line = __builtin_LINE()) noexcept {
    return SourceLocation{line, file_name, function_name};
  }

  constexpr std::uint_least32_t GetLine() const noexcept { return line_; }

  constexpr std::string_view GetFileName() const noexcept { return file_name_; }

  constexpr std::string_view GetFunctionName() const noexcept {
    return function_name_;
  }

 private:
  constexpr SourceLocation(std::uint_least32_t line, std::string_view file_name,
                           std::string_view function_name) noexcept
      : line_(line), file_name_(file_name), function_name_(function_name) {}

  std::uint_least32_t line_;
  std::string_view file_name_;
  std::string_view function_name_;
};

}  // namespace utils::impl

USERVER_NAMESPACE_END
