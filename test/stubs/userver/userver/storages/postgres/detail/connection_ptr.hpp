// conncheck test stub.
// Mirrors: userver-framework/userver  postgresql/include/userver/storages/postgres/detail/connection_ptr.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Verbatim API except GetStatementStatsStorage()/GetConfigSource(); members declared only.
// Semantics (real): a ConnectionPtr built with a pool returns the connection to that pool in ~ConnectionPtr
// (and when move-assigned over / reset to nullptr).
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <cstddef>
#include <memory>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres::detail {

class Connection;
class ConnectionPool;

class ConnectionPtr {
 public:
  explicit ConnectionPtr(std::unique_ptr<Connection>&& conn);
  ConnectionPtr(Connection* conn, std::shared_ptr<ConnectionPool>&& pool);
  ~ConnectionPtr();

  ConnectionPtr(ConnectionPtr&&) noexcept;
  ConnectionPtr& operator=(ConnectionPtr&&) noexcept;

  explicit operator bool() const noexcept;
  Connection* get() const noexcept;

  Connection& operator*() const;
  Connection* operator->() const noexcept;

 private:
  void Reset(std::unique_ptr<Connection> conn,
             std::shared_ptr<ConnectionPool> pool);
  void Release();

  std::shared_ptr<ConnectionPool> pool_;
  std::unique_ptr<Connection> conn_;
};

}  // namespace storages::postgres::detail

USERVER_NAMESPACE_END
