// conncheck test stub.
// Mirrors: userver-framework/userver  postgresql/include/userver/storages/postgres/cluster.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf); same signatures in v2.0 .. v2.4.
// Kept with the real signatures: the constructor (its parameter types other than DsnList are only
// forward-declared here; user code gets a ClusterPtr from components::Postgres::GetCluster()), ~Cluster,
// Begin (4 overloads), Execute (2 variadic templates + 2 ParameterStore overloads),
// SetDefaultCommandControl / GetDefaultCommandControl, SetPoolSettings.
// Omitted: GetStatistics, CreateQueryQueue, Listen, the other Set*Settings / Set*CommandControl members,
// private Start().
// The variadic Execute bodies are trivial (real: GetQueryCmdCtl/GetHandlersCmdCtl, then
// Start(flags, cmd_ctl).Execute(...) on a detail::NonTransaction).
//
// Semantics (real): Begin() waits (coroutine-suspends, bounded by the execute timeout of the command
// control) for a free connection of the selected host in that host's pool, sends BEGIN, and returns a
// Transaction that owns the connection until Commit/Rollback/destruction (see transaction.hpp).
// Execute() takes a connection for a single statement (detail::NonTransaction) and returns it to the pool
// before returning; the ResultSet does not hold a connection.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <memory>
#include <string>

#include <userver/storages/postgres/cluster_types.hpp>
#include <userver/storages/postgres/dsn.hpp>
#include <userver/storages/postgres/options.hpp>
#include <userver/storages/postgres/parameter_store.hpp>
#include <userver/storages/postgres/query.hpp>
#include <userver/storages/postgres/result_set.hpp>
#include <userver/storages/postgres/transaction.hpp>

USERVER_NAMESPACE_BEGIN

namespace clients::dns {
class Resolver;
}  // namespace clients::dns

namespace engine {
class TaskProcessor;
}  // namespace engine

namespace error_injection {
struct Settings;
}  // namespace error_injection

namespace testsuite {
class PostgresControl;
class TestsuiteTasks;
}  // namespace testsuite

namespace dynamic_config {
class Source;
}  // namespace dynamic_config

namespace components {
class Postgres;
}  // namespace components

namespace storages::postgres {

struct ClusterSettings;  // Real: options.hpp

namespace detail {

class ClusterImpl;
using ClusterImplPtr = std::unique_ptr<ClusterImpl>;

}  // namespace detail

/// @brief Interface for executing queries on a cluster of PostgreSQL servers
class Cluster {
 public:
  /// @cond
  /// Cluster constructor
  Cluster(DsnList dsns, clients::dns::Resolver* resolver,
          engine::TaskProcessor& bg_task_processor,
          const ClusterSettings& cluster_settings,
          DefaultCommandControls&& default_cmd_ctls,
          const testsuite::PostgresControl& testsuite_pg_ctl,
          const error_injection::Settings& ei_settings,
          testsuite::TestsuiteTasks& testsuite_tasks,
          dynamic_config::Source config_source, int shard_number);
  /// @endcond
  ~Cluster();

  /// Start a transaction in any available connection depending on transaction
  /// options.
  ///
  /// If the transaction is RW, will start transaction in a connection
  /// to master. If the transaction is RO, will start trying connections
  /// starting with slaves.
  /// @throws ClusterUnavailable if no hosts are available
  Transaction Begin(const TransactionOptions&, OptionalCommandControl = {});

  /// Start a transaction in a connection with specified host selection rules.
  ///
  /// If the requested host role is not available, may fall back to another
  /// host role, see ClusterHostType.
  /// If the transaction is RW, only master connection can be used.
  /// @throws ClusterUnavailable if no hosts are available
  Transaction Begin(ClusterHostTypeFlags, const TransactionOptions&,
                    OptionalCommandControl = {});

  /// Start a named transaction in any available connection depending on
  /// transaction options.
  Transaction Begin(std::string name, const TransactionOptions&);

  /// Start a named transaction in a connection with specified host selection
  /// rules.
  Transaction Begin(std::string name, ClusterHostTypeFlags,
                    const TransactionOptions&);

  /// @brief Execute a statement at host of specified type.
  /// @note You must specify at least one role from ClusterHostType here
  template <typename... Args>
  ResultSet Execute(ClusterHostTypeFlags, const Query& query,
                    const Args&... args);

  /// @brief Execute a statement with specified host selection rules and
  /// command control settings.
  template <typename... Args>
  ResultSet Execute(ClusterHostTypeFlags, OptionalCommandControl,
                    const Query& query, const Args&... args);

  /// @brief Execute a statement with stored arguments and specified host
  /// selection rules.
  ResultSet Execute(ClusterHostTypeFlags flags, const Query& query,
                    const ParameterStore& store);

  /// @brief Execute a statement with stored arguments, specified host
  /// selection rules and command control settings.
  ResultSet Execute(ClusterHostTypeFlags flags,
                    OptionalCommandControl statement_cmd_ctl,
                    const Query& query, const ParameterStore& store);

  /// Replaces globally updated command control with a static user-provided
  /// one
  void SetDefaultCommandControl(CommandControl);

  /// Returns current default command control
  CommandControl GetDefaultCommandControl() const;

  void SetPoolSettings(const PoolSettings& settings);

 private:
  detail::ClusterImplPtr pimpl_;
};

template <typename... Args>
ResultSet Cluster::Execute(ClusterHostTypeFlags flags, const Query& query,
                           const Args&... args) {
  return Execute(flags, OptionalCommandControl{}, query, args...);
}

template <typename... Args>
ResultSet Cluster::Execute(ClusterHostTypeFlags flags,
                           OptionalCommandControl statement_cmd_ctl,
                           const Query& query, const Args&... args) {
  (void)flags;
  (void)statement_cmd_ctl;
  (void)query;
  ((void)args, ...);
  return ResultSet{nullptr};
}

}  // namespace storages::postgres

USERVER_NAMESPACE_END
