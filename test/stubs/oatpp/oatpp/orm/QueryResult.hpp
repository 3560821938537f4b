// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/orm/QueryResult.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48); unchanged in 1.3.1 except "override" on the dtor.
// Verbatim API except the templated fetch<Wrapper>(count) helper (needs the full mapping type system).
// NOTE: a QueryResult keeps the provider::ResourceHandle<Connection> it ran on (getConnection()), so a
// pooled connection is not returned while a std::shared_ptr<QueryResult> is alive (oatpp-postgresql
// QueryResult stores it in m_connection).
#ifndef oatpp_orm_QueryResult_hpp
#define oatpp_orm_QueryResult_hpp

#include "Connection.hpp"
#include "oatpp/core/provider/Provider.hpp"
#include "oatpp/core/Types.hpp"

namespace oatpp { namespace orm {

/**
 * Result of DB query.
 */
class QueryResult {
public:

  virtual ~QueryResult() = default;

  virtual provider::ResourceHandle<Connection> getConnection() const = 0;

  virtual bool isSuccess() const = 0;

  virtual oatpp::String getErrorMessage() const = 0;

  virtual v_int64 getPosition() const = 0;

  virtual v_int64 getKnownCount() const = 0;

  virtual bool hasMoreToFetch() const = 0;

  virtual oatpp::Void fetch(const oatpp::Type* const resultType, v_int64 count) = 0;

};

}}

#endif // oatpp_orm_QueryResult_hpp
