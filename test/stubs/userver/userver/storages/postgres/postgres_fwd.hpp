// conncheck test stub.
// Mirrors: userver-framework/userver  postgresql/include/userver/storages/postgres/postgres_fwd.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Verbatim.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <chrono>
#include <functional>
#include <memory>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

class Transaction;
class ResultSet;
class Row;

class Cluster;
/// @brief Smart pointer to the storages::postgres::Cluster
using ClusterPtr = std::shared_ptr<Cluster>;

namespace detail {

class Connection;
class ConnectionImpl;
class ConnectionPtr;
using ConnectionCallback = std::function<void(Connection*)>;

class ResultWrapper;
using ResultWrapperPtr = std::shared_ptr<const ResultWrapper>;

}  // namespace detail

using TimeoutDuration = std::chrono::milliseconds;

class DefaultCommandControls;

}  // namespace storages::postgres

USERVER_NAMESPACE_END
