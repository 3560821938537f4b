// conncheck test stub.
// Mirrors: oatpp/oatpp-postgresql  src/oatpp-postgresql/ConnectionProvider.hpp @ tag 1.3.0 (commit 447a8debd5eed360679160a63c8024779f6188e8).
// (Installed as <oatpp-1.3.0/oatpp-postgresql/oatpp-postgresql/...>; included as "oatpp-postgresql/...".)
// Verbatim API; members declared only (ConnectionProvider.cpp).
// NOTE: oatpp::postgresql::ConnectionPool is a TYPEDEF, not a class:
//   oatpp::provider::Pool<oatpp::provider::Provider<oatpp::postgresql::Connection>,
//                         oatpp::postgresql::Connection, oatpp::postgresql::ConnectionAcquisitionProxy>
// so ConnectionPool::createShared / get resolve to oatpp::provider::Pool<...>::createShared / get.
#ifndef oatpp_postgresql_ConnectionProvider_hpp
#define oatpp_postgresql_ConnectionProvider_hpp

#include "Connection.hpp"

#include "oatpp/core/provider/Pool.hpp"
#include "oatpp/core/Types.hpp"

namespace oatpp { namespace postgresql {

/**
 * Connection provider.
 */
class ConnectionProvider : public provider::Provider<Connection> {
private:

  class ConnectionInvalidator : public provider::Invalidator<Connection> {
  public:
    void invalidate(const std::shared_ptr<Connection>& resource) override;
  };

private:
  std::shared_ptr<ConnectionInvalidator> m_invalidator;
  oatpp::String m_connectionString;
public:

  /**
   * Constructor.
   * @param connectionString
   */
  ConnectionProvider(const oatpp::String& connectionString);

  /**
   * Get Connection (opens a new libpq connection).
   */
  provider::ResourceHandle<Connection> get() override;

  async::CoroutineStarterForResult<const provider::ResourceHandle<Connection>&> getAsync() override;

  void stop() override;

};

/**
 * Connection pool. <br>
 * - &id:oatpp::postgresql::Connection;.
 * - &id:oatpp::postgresql::ConnectionAcquisitionProxy;.
 */
typedef oatpp::provider::Pool<
  provider::Provider<Connection>,
  Connection,
  ConnectionAcquisitionProxy
> ConnectionPool;

}}

#endif // oatpp_postgresql_ConnectionProvider_hpp
