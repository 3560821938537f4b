// Stub of MySQL Connector/C++ X DevAPI, mirroring mysql/mysql-connector-cpp
// include/mysqlx/xdevapi.h (with devapi/common.h, devapi/detail/session.h),
// tag 8.3.0 (commit 1bd8d4618a04386bd5052562bca95761cda41d5c).
// Only what conncheck's tests use: names, namespaces (the inline ABI
// namespaces mysqlx::abi2::r0 included) and signatures are upstream's;
// bodies are left out. Upstream: the Session destructor (~Session_detail)
// and Session::close() call Session_impl::release(), which gives a Session
// created from a Client (Client::getSession(), Session(Client&)) back to the
// client's pool (common/session.cc, Pooled_session::release).
#ifndef CONNCHECK_STUB_MYSQLX_XDEVAPI_H
#define CONNCHECK_STUB_MYSQLX_XDEVAPI_H

#include <memory>
#include <string>

namespace mysqlx {
inline namespace abi2 {
inline namespace r0 {

// devapi/common.h: UTF-16 string with conversions from narrow strings.
class string : public std::u16string {
public:
  string() {}
  string(const string &) = default;
  string(string &&) = default;
  string &operator=(const string &) = default;
  string &operator=(string &&) = default;
  using std::u16string::basic_string;
  string(const std::u16string &other) : std::u16string(other) {}
  string(std::u16string &&other) : std::u16string(std::move(other)) {}
  template <typename C> string(const C *other);
  template <typename C> string(const std::basic_string<C> &other);
};

class Session;
class Client;
class SqlResult {};

namespace common {
class Session_impl;
class Session_pool;
using Shared_session_pool = std::shared_ptr<Session_pool>;
} // namespace common

namespace internal {

// devapi/detail/session.h
struct SQL_statement {
  SqlResult execute();
};

struct Client_detail {
  Client_detail(const Client_detail &) = delete;
  Client_detail &operator=(const Client_detail &) = delete;
  void close();

protected:
  Client_detail(Client_detail &&other);
  common::Shared_session_pool &get_session_pool();
  std::shared_ptr<void> m_impl = nullptr;
  friend Session;
};

struct Session_detail {
  Session_detail(const Session_detail &) = delete;
  Session_detail &operator=(const Session_detail &) = delete;

protected:
  Session_detail(Session_detail &&other);
  Session_detail(common::Shared_session_pool &);
  virtual ~Session_detail();
  std::shared_ptr<common::Session_impl> m_impl = nullptr;
};

} // namespace internal

using SqlStatement = internal::SQL_statement;

// xdevapi.h
class Session : private internal::Session_detail {
public:
  template <typename... T> Session(T... options);
  Session(Session &&other);
  Session(Client &client);

  SqlStatement sql(const string &query);
  void startTransaction();
  void commit();
  void rollback();
  void rollbackTo(const string &savepoint);
  string setSavepoint(const string &savepoint);
  string setSavepoint();
  void releaseSavepoint(const string &savepoint);
  void close();
};

class Client : public internal::Client_detail {
public:
  template <typename... T> Client(T... options);
  Session getSession() { return *this; }
};

template <class... P> Session getSession(P... p) { return Session(p...); }
template <class... P> Client getClient(P... p) { return Client(p...); }

} // namespace r0
} // namespace abi2
} // namespace mysqlx

#endif
