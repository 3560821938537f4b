// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/orm/DbClient.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48); unchanged in 1.3.1 except "override" on the dtor.
// Verbatim API; members declared only (DbClient.cpp). The QUERY(...) codegen macros
// (oatpp/codegen/dbclient/*) are not stubbed: a QUERY(name, sql, PARAM(...)) in a user class derived from
// DbClient expands to a member "std::shared_ptr<oatpp::orm::QueryResult> name(params...,
// const oatpp::provider::ResourceHandle<oatpp::orm::Connection>& connection = nullptr)" which calls
// DbClient::execute(template, params, connection).
// Semantics (real): getConnection() acquires a pooled connection; execute/executeQuery with a null
// connection acquire one for the call (kept alive by the returned QueryResult); beginTransaction()
// == Transaction(m_executor, connection).
#ifndef oatpp_orm_DbClient_hpp
#define oatpp_orm_DbClient_hpp

#include "Executor.hpp"
#include "Transaction.hpp"

#include "oatpp/core/Types.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace oatpp { namespace orm {

/**
 * Database client.
 */
class DbClient {
private:
  std::shared_ptr<Executor> m_executor;
protected:
  std::shared_ptr<data::mapping::TypeResolver> m_typeResolver;
public:

  DbClient(const std::shared_ptr<Executor>& executor);

  virtual ~DbClient() = default;

  /**
   * Get database connection.
   */
  provider::ResourceHandle<Connection> getConnection();

  void setEnabledInterpretations(const std::vector<std::string>& enabledInterpretations);

  std::shared_ptr<const data::mapping::TypeResolver> getTypeResolver();

  data::share::StringTemplate parseQueryTemplate(const oatpp::String& name,
                                                 const oatpp::String& text,
                                                 const Executor::ParamsTypeMap& paramsTypeMap,
                                                 bool prepare = false);

  std::shared_ptr<QueryResult> execute(const data::share::StringTemplate& queryTemplate,
                                       const std::unordered_map<oatpp::String, oatpp::Void>& params,
                                       const provider::ResourceHandle<Connection>& connection = nullptr);

  std::shared_ptr<QueryResult> executeQuery(const oatpp::String& query,
                                            const std::unordered_map<oatpp::String, oatpp::Void>& params,
                                            const provider::ResourceHandle<Connection>& connection = nullptr);

  /**
   * Begin database transaction.
   * @param connection - database connection.
   * @return - &id:oatpp::orm::Transaction;.
   */
  Transaction beginTransaction(const provider::ResourceHandle<Connection>& connection = nullptr);

};

}}

#endif // oatpp_orm_DbClient_hpp
