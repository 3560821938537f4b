// conncheck test stub.
// Mirrors: userver-framework/userver  postgresql/include/userver/storages/postgres/component.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf); same signatures in v2.0 .. v2.4.
// Only components::Postgres::GetCluster() and GetClusterForShard(); the base class ComponentBase, the
// constructor (ComponentConfig, ComponentContext), GetDatabase(), GetStaticConfigSchema() are omitted.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <cstddef>

#include <userver/storages/postgres/cluster.hpp>

USERVER_NAMESPACE_BEGIN

namespace components {

class Postgres {
 public:
  /// Cluster accessor for default shard number
  storages::postgres::ClusterPtr GetCluster() const;

  /// Cluster accessor for specific shard number
  storages::postgres::ClusterPtr GetClusterForShard(size_t shard) const;
};

}  // namespace components

USERVER_NAMESPACE_END
