// conncheck test stub.
// Mirrors: userver-framework/userver  core/include/userver/engine/deadline.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// engine::Deadline with Clock/TimePoint/Duration, IsReachable, IsReached, TimeLeft, FromDuration,
// FromTimePoint, Passed (overflow checks of FromDuration dropped; out-of-line members declared only).
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <chrono>
#include <type_traits>

USERVER_NAMESPACE_BEGIN

namespace engine {

/// @brief Internal representation of a deadline time point
class Deadline final {
 public:
  using Clock = std::chrono::steady_clock;
  using TimePoint = Clock::time_point;
  using Duration = TimePoint::duration;

  /// Creates an unreachable deadline
  constexpr Deadline() = default;

  /// Returns whether the deadline can be reached
  constexpr bool IsReachable() const noexcept { return value_ != TimePoint{}; }

  /// Returns whether the deadline is reached
  bool IsReached() const noexcept;

  /// Returns the duration of time left before the reachable deadline
  Duration TimeLeft() const noexcept;

  /// Converts duration to a Deadline
  template <typename Rep, typename Period>
  static Deadline FromDuration(
      const std::chrono::duration<Rep, Period>& incoming_duration) noexcept {
    if (incoming_duration.count() < 0) {
      return Deadline::Passed();
    }
    return Deadline(TimePoint::clock::now() +
                    std::chrono::duration_cast<Duration>(incoming_duration));
  }

  /// @brief Converts time point to a Deadline
  template <typename Clock, typename Duration>
  static Deadline FromTimePoint(
      const std::chrono::time_point<Clock, Duration>& time_point) noexcept {
    return FromDuration(time_point - Clock::now());
  }

  /// @cond
  constexpr static Deadline FromTimePoint(const TimePoint& time_point) {
    return Deadline(time_point);
  }
  /// @endcond

  /// A Deadline that is guaranteed to be IsReached
  constexpr static Deadline Passed() noexcept { return Deadline{kPassed}; }

 private:
  constexpr explicit Deadline(TimePoint value) noexcept : value_(value) {}

  static constexpr TimePoint kPassed = TimePoint::min();

  TimePoint value_;
};

}  // namespace engine

USERVER_NAMESPACE_END
