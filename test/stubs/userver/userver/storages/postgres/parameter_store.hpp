// conncheck test stub.
// Mirrors: userver-framework/userver  postgresql/include/userver/storages/postgres/parameter_store.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Only the class with its special members, PushBack() (no-op here), IsEmpty(), Size().
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <cstddef>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

class ParameterStore {
 public:
  ParameterStore() = default;
  ParameterStore(const ParameterStore&) = delete;
  ParameterStore(ParameterStore&&) = default;
  ParameterStore& operator=(const ParameterStore&) = delete;
  ParameterStore& operator=(ParameterStore&&) = default;

  /// @brief Adds a parameter to the end of the parameter list.
  template <typename T>
  ParameterStore& PushBack(const T& param) {
    (void)param;
    ++size_;
    return *this;
  }

  /// Returns whether the parameter store is empty
  bool IsEmpty() const { return size_ == 0; }

  /// Returns current size of the list
  size_t Size() const { return size_; }

 private:
  std::size_t size_{0};
};

}  // namespace storages::postgres

USERVER_NAMESPACE_END
