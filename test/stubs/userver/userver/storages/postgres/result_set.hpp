// conncheck test stub.
// Mirrors: userver-framework/userver  postgresql/include/userver/storages/postgres/result_set.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Only class ResultSet's constructor, Size(), IsEmpty(), RowsAffected(), CommandStatus() (Row/Field/iterators
// and AsSingleRow/AsContainer/... omitted). A ResultSet holds only the libpq result, not a connection.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <cstddef>
#include <limits>
#include <memory>
#include <string>

#include <userver/storages/postgres/postgres_fwd.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

class ResultSet {
 public:
  using size_type = std::size_t;
  using difference_type = std::ptrdiff_t;
  static constexpr size_type npos = std::numeric_limits<size_type>::max();

  explicit ResultSet(std::shared_ptr<detail::ResultWrapper> pimpl)
      : pimpl_{std::move(pimpl)} {}

  /// Number of rows in the result set
  size_type Size() const;
  bool IsEmpty() const { return Size() == 0; }

  size_type RowsAffected() const;
  std::string CommandStatus() const;

 private:
  std::shared_ptr<detail::ResultWrapper> pimpl_;
};

}  // namespace storages::postgres

USERVER_NAMESPACE_END
