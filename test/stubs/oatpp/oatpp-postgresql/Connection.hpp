// conncheck test stub.
// Mirrors: oatpp/oatpp-postgresql  src/oatpp-postgresql/Connection.hpp @ tag 1.3.0 (commit 447a8debd5eed360679160a63c8024779f6188e8).
// (Installed as <oatpp-1.3.0/oatpp-postgresql/oatpp-postgresql/...>; included as "oatpp-postgresql/...".)
// Verbatim API (ConnectionImpl's m_prepared set omitted); out-of-line members declared only. PGconn is opaque.
#ifndef oatpp_postgresql_Connection_hpp
#define oatpp_postgresql_Connection_hpp

#include "oatpp/orm/Connection.hpp"
#include "oatpp/core/provider/Pool.hpp"
#include "oatpp/core/Types.hpp"

struct pg_conn;
typedef struct pg_conn PGconn; // Real: <libpq-fe.h>

namespace oatpp { namespace postgresql {

/**
 * Implementation of &id:oatpp::orm::Connection; for PostgreSQL.
 */
class Connection : public orm::Connection {
private:
  std::shared_ptr<provider::Invalidator<Connection>> m_invalidator;
public:

  virtual PGconn* getHandle() = 0;

  virtual void setPrepared(const oatpp::String& statementName) = 0;
  virtual bool isPrepared(const oatpp::String& statementName) = 0;

  void setInvalidator(const std::shared_ptr<provider::Invalidator<Connection>>& invalidator);
  std::shared_ptr<provider::Invalidator<Connection>> getInvalidator();

};

class ConnectionImpl : public Connection {
private:
  PGconn* m_connection;
public:

  ConnectionImpl(PGconn* connection);
  ~ConnectionImpl();

  PGconn* getHandle() override;

  void setPrepared(const oatpp::String& statementName) override;
  bool isPrepared(const oatpp::String& statementName) override;

};

struct ConnectionAcquisitionProxy : public provider::AcquisitionProxy<Connection, ConnectionAcquisitionProxy> {

  ConnectionAcquisitionProxy(const provider::ResourceHandle<Connection> &resource,
                             const std::shared_ptr<PoolInstance> &pool)
    : provider::AcquisitionProxy<Connection, ConnectionAcquisitionProxy>(resource, pool)
  {}

  PGconn* getHandle() override {
    return _handle.object->getHandle();
  }

  void setPrepared(const oatpp::String& statementName) override {
    _handle.object->setPrepared(statementName);
  }

  bool isPrepared(const oatpp::String& statementName) override {
    return _handle.object->isPrepared(statementName);
  }

};

}}

#endif //oatpp_postgresql_Connection_hpp
