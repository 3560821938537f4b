// conncheck test stub.
// Mirrors: drogonframework/drogon  orm_lib/inc/drogon/orm/Result.h @ tag v1.9.12 (commit 89aca8c7993c8194f2c109c1d06a3b45bf363d5d).
// Real class minus iteration/row access (Row, ConstResultIterator, ... not stubbed: begin()/end()/
// front()/back()/operator[]/at() omitted). Out-of-line members declared only.
#pragma once

#include <drogon/exports.h>
#include <cstddef>
#include <memory>
#include <string>

namespace drogon
{
namespace orm
{
class ResultImpl;
using ResultImplPtr = std::shared_ptr<ResultImpl>;

enum class SqlStatus
{
    Ok,
    End
};

class DROGON_EXPORT Result
{
  public:
    explicit Result(ResultImplPtr ptr) : resultPtr_(std::move(ptr))
    {
    }

    Result(const Result &r) noexcept = default;
    Result(Result &&) noexcept = default;
    Result &operator=(const Result &r) noexcept;
    Result &operator=(Result &&) noexcept;
    using DifferenceType = long;
    using SizeType = size_t;
    using RowSizeType = unsigned long;
    using FieldSizeType = unsigned long;

    using size_type = SizeType;
    using difference_type = DifferenceType;

    SizeType size() const noexcept;

    SizeType capacity() const noexcept
    {
        return size();
    }

    bool empty() const noexcept
    {
        return size() == 0;
    }

    void swap(Result &) noexcept;

    RowSizeType columns() const noexcept;

    const char *columnName(RowSizeType number) const;

    SizeType affectedRows() const noexcept;

    unsigned long long insertId() const noexcept;

  private:
    ResultImplPtr resultPtr_;
};

inline void swap(Result &one, Result &two) noexcept
{
    one.swap(two);
}
}  // namespace orm
}  // namespace drogon
