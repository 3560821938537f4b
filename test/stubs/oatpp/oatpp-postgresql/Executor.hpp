// conncheck test stub.
// Mirrors: oatpp/oatpp-postgresql  src/oatpp-postgresql/Executor.hpp @ tag 1.3.0 (commit 447a8debd5eed360679160a63c8024779f6188e8).
// (Installed as <oatpp-1.3.0/oatpp-postgresql/oatpp-postgresql/...>; included as "oatpp-postgresql/...".)
// Public API verbatim; private helpers/members omitted; members declared only (Executor.cpp).
// Semantics (real): getConnection() == m_connectionProvider->get() (the pool's get(): blocks while the
// pool is exhausted) wrapped as ResourceHandle<orm::Connection>; execute()/begin() with a null connection
// call getConnection() first; commit()/rollback() throw on a null connection.
#ifndef oatpp_postgresql_Executor_hpp
#define oatpp_postgresql_Executor_hpp

#include "ConnectionProvider.hpp"

#include "oatpp/orm/Executor.hpp"

namespace oatpp { namespace postgresql {

/**
 * Implementation of &id:oatpp::orm::Executor;. for PostgreSQL.
 */
class Executor : public orm::Executor {
private:
  std::shared_ptr<provider::Provider<Connection>> m_connectionProvider;
public:

  Executor(const std::shared_ptr<provider::Provider<Connection>>& connectionProvider);

  std::shared_ptr<data::mapping::TypeResolver> createTypeResolver() override;

  StringTemplate parseQueryTemplate(const oatpp::String& name,
                                    const oatpp::String& text,
                                    const ParamsTypeMap& paramsTypeMap,
                                    bool prepare) override;

  provider::ResourceHandle<orm::Connection> getConnection() override;

  std::shared_ptr<orm::QueryResult> execute(const StringTemplate& queryTemplate,
                                            const std::unordered_map<oatpp::String, oatpp::Void>& params,
                                            const std::shared_ptr<const data::mapping::TypeResolver>& typeResolver,
                                            const provider::ResourceHandle<orm::Connection>& connection) override;

  std::shared_ptr<orm::QueryResult> begin(const provider::ResourceHandle<orm::Connection>& connection = nullptr) override;

  std::shared_ptr<orm::QueryResult> commit(const provider::ResourceHandle<orm::Connection>& connection) override;

  std::shared_ptr<orm::QueryResult> rollback(const provider::ResourceHandle<orm::Connection>& connection) override;

  v_int64 getSchemaVersion(const oatpp::String& suffix = nullptr,
                           const provider::ResourceHandle<orm::Connection>& connection = nullptr) override;

  void migrateSchema(const oatpp::String& script,
                     v_int64 newVersion,
                     const oatpp::String& suffix = nullptr,
                     const provider::ResourceHandle<orm::Connection>& connection = nullptr) override;

};

}}

#endif // oatpp_postgresql_Executor_hpp
