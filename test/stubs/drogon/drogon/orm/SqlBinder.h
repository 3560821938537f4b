// conncheck test stub.
// Mirrors: drogonframework/drogon  orm_lib/inc/drogon/orm/SqlBinder.h @ tag v1.9.12 (commit 89aca8c7993c8194f2c109c1d06a3b45bf363d5d).
// Kept: enum class ClientType, enum class Mode, QueryCallback/ExceptPtrCallback, and internal::SqlBinder
// (: trantor::NonCopyable) with its three constructors, move ctor, dtor, operator>>(callback),
// operator<<(parameter), operator<<(Mode) and exec(). Simplified: operator>> drops the real second
// template parameter (traits = FunctionTraits<decay_t<CallbackType>>) and the bodies do nothing; the
// many concrete operator<< overloads (string, string_view, char*, vector<char>, RawParameter, Date,
// optional, nullptr) are folded into the single template. Real semantics: the statement is executed
// by exec() or, if never exec()'d, by ~SqlBinder(); Mode::Blocking makes exec() wait for the result.
#pragma once

#include <drogon/exports.h>
#include <drogon/orm/Exception.h>
#include <drogon/orm/Result.h>
#include <trantor/utils/NonCopyable.h>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <string>

namespace drogon
{
namespace orm
{
enum class ClientType
{
    PostgreSQL = 0,
    Mysql,
    Sqlite3
};

class DbClient;
using QueryCallback = std::function<void(const Result &)>;
using ExceptPtrCallback = std::function<void(const std::exception_ptr &)>;
enum class Mode
{
    NonBlocking,
    Blocking
};

namespace internal
{
class DROGON_EXPORT SqlBinder : public trantor::NonCopyable
{
    using self = SqlBinder;

  public:
    SqlBinder(const std::string &sql, DbClient &client, ClientType type)
        : sqlPtr_(std::make_shared<std::string>(sql)),
          client_(client),
          type_(type)
    {
    }

    SqlBinder(std::string &&sql, DbClient &client, ClientType type)
        : sqlPtr_(std::make_shared<std::string>(std::move(sql))),
          client_(client),
          type_(type)
    {
    }

    SqlBinder(const char *sql,
              size_t sqlLength,
              DbClient &client,
              ClientType type)
        : sqlViewPtr_(sql),
          sqlViewLength_(sqlLength),
          client_(client),
          type_(type)
    {
    }

    SqlBinder(SqlBinder &&that) noexcept
        : sqlPtr_(std::move(that.sqlPtr_)),
          sqlViewPtr_(that.sqlViewPtr_),
          sqlViewLength_(that.sqlViewLength_),
          client_(that.client_),
          mode_(that.mode_),
          execed_(that.execed_),
          type_(that.type_)
    {
        // set the execed_ to true to avoid the same sql being executed twice.
        that.execed_ = true;
    }

    SqlBinder &operator=(SqlBinder &&that) = delete;
    ~SqlBinder();

    template <typename CallbackType>
    self &operator>>(CallbackType &&callback)
    {
        (void)callback;
        return *this;
    }

    template <typename T>
    self &operator<<(T &&parameter)
    {
        (void)parameter;
        return *this;
    }

    self &operator<<(Mode &mode)
    {
        mode_ = mode;
        return *this;
    }

    self &operator<<(Mode &&mode)
    {
        mode_ = mode;
        return *this;
    }

    void exec() noexcept(false);

  private:
    std::shared_ptr<std::string> sqlPtr_;
    const char *sqlViewPtr_{nullptr};
    size_t sqlViewLength_{0};
    DbClient &client_;
    Mode mode_{Mode::NonBlocking};
    bool execed_{false};
    ClientType type_;
};

}  // namespace internal
}  // namespace orm
}  // namespace drogon
