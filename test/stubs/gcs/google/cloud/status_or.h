// Stub mirroring googleapis/google-cloud-cpp google/cloud/status_or.h (v2.x),
// reduced to what conncheck's tests use.
#ifndef GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STATUS_OR_H
#define GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STATUS_OR_H

#include "google/cloud/status.h"
#include "google/cloud/version.h"

namespace google {
namespace cloud {
GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_BEGIN

template <typename T>
class StatusOr final {
 public:
  StatusOr() = default;
  StatusOr(T value) : value_(static_cast<T&&>(value)) {}  // NOLINT
  bool ok() const { return status_.ok(); }
  explicit operator bool() const { return ok(); }
  Status const& status() const& { return status_; }
  T& value() & { return value_; }
  T const& value() const& { return value_; }
  T& operator*() & { return value_; }
  T* operator->() & { return &value_; }

 private:
  Status status_;
  T value_;
};

GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_END
}  // namespace cloud
}  // namespace google

#endif  // GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STATUS_OR_H
