// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/orm/Executor.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48); unchanged in 1.3.1 except "override" on the dtor.
// Verbatim API; out-of-line members declared only.
#ifndef oatpp_orm_Executor_hpp
#define oatpp_orm_Executor_hpp

#include "Connection.hpp"
#include "QueryResult.hpp"

#include "oatpp/core/data/mapping/TypeResolver.hpp"
#include "oatpp/core/data/mapping/type/Type.hpp"
#include "oatpp/core/data/share/MemoryLabel.hpp"
#include "oatpp/core/data/share/StringTemplate.hpp"

#include <unordered_map>

namespace oatpp { namespace orm {

/**
 * Database executor.
 */
class Executor {
public:

  typedef oatpp::data::share::StringTemplate StringTemplate;

  typedef std::unordered_map<data::share::StringKeyLabel, const oatpp::Type*> ParamsTypeMap;

protected:
  std::shared_ptr<data::mapping::TypeResolver> m_defaultTypeResolver;
public:

  Executor();

  virtual ~Executor() = default;

  std::shared_ptr<const data::mapping::TypeResolver> getDefaultTypeResolver();

  virtual std::shared_ptr<data::mapping::TypeResolver> createTypeResolver() = 0;

  /**
   * Get database connection.
   */
  virtual provider::ResourceHandle<Connection> getConnection() = 0;

  virtual StringTemplate parseQueryTemplate(const oatpp::String& name,
                                            const oatpp::String& text,
                                            const ParamsTypeMap& paramsTypeMap,
                                            bool prepare = false) = 0;

  virtual std::shared_ptr<QueryResult> execute(const StringTemplate& queryTemplate,
                                               const std::unordered_map<oatpp::String, oatpp::Void>& params,
                                               const std::shared_ptr<const data::mapping::TypeResolver>& typeResolver = nullptr,
                                               const provider::ResourceHandle<Connection>& connection = nullptr) = 0;

  virtual std::shared_ptr<QueryResult> execute(const oatpp::String& query,
                                               const std::unordered_map<oatpp::String, oatpp::Void>& params,
                                               const std::shared_ptr<const data::mapping::TypeResolver>& typeResolver = nullptr,
                                               const provider::ResourceHandle<Connection>& connection = nullptr);

  /**
   * Begin a transaction (BEGIN on the given connection, or on a newly acquired one if nullptr).
   */
  virtual std::shared_ptr<QueryResult> begin(const provider::ResourceHandle<Connection>& connection = nullptr) = 0;

  virtual std::shared_ptr<QueryResult> commit(const provider::ResourceHandle<Connection>& connection) = 0;

  virtual std::shared_ptr<QueryResult> rollback(const provider::ResourceHandle<Connection>& connection) = 0;

  virtual v_int64 getSchemaVersion(const oatpp::String& suffix = nullptr,
                                   const provider::ResourceHandle<Connection>& connection = nullptr) = 0;

  virtual void migrateSchema(const oatpp::String& script,
                             v_int64 newVersion,
                             const oatpp::String& suffix = nullptr,
                             const provider::ResourceHandle<Connection>& connection = nullptr) = 0;

};

}}

#endif // oatpp_orm_Executor_hpp
