// conncheck test stub.
// Mirrors: drogonframework/drogon  orm_lib/inc/drogon/orm/Exception.h @ tag v1.9.12 (commit 89aca8c7993c8194f2c109c1d06a3b45bf363d5d).
// Only DrogonDbException, Failure and TimeoutError (the real header has ~30 exception classes).
#pragma once

#include <drogon/exports.h>
#include <stdexcept>
#include <string>

namespace drogon
{
namespace orm
{
class DROGON_EXPORT DrogonDbException
{
  public:
    /// Support run-time polymorphism, and keep this class abstract
    virtual ~DrogonDbException() noexcept
    {
    }

    /// Return std::exception base-class object
    virtual const std::exception &base() const noexcept
    {
        static std::exception except;
        return except;
    }
};

/// Run-time Failure encountered by drogon orm lib, similar to
/// std::runtime_error
class Failure : public DrogonDbException, public std::runtime_error
{
    const std::exception &base() const noexcept override
    {
        return *this;
    }

  public:
    DROGON_EXPORT explicit Failure(const std::string &);
};

class TimeoutError : public DrogonDbException, public std::logic_error
{
    const std::exception &base() const noexcept override
    {
        return *this;
    }

  public:
    DROGON_EXPORT explicit TimeoutError(const std::string &);
};

}  // namespace orm
}  // namespace drogon
