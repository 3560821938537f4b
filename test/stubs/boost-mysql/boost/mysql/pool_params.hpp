// Stub of Boost.MySQL, mirroring boostorg/mysql at tag boost-1.85.0
// (commit 6397d04ff55741a29ca2c93975e26226cf773a7d): public names and
// signatures as upstream, bodies left out. Debian 12 ships Boost 1.74, which
// has Boost.Asio but not Boost.MySQL: these headers sit on the real Asio.
// Mirrors include/boost/mysql/pool_params.hpp (any_address reduced to a
// host name; no TLS context).
#ifndef BOOST_MYSQL_POOL_PARAMS_HPP
#define BOOST_MYSQL_POOL_PARAMS_HPP

#include <chrono>
#include <cstddef>
#include <string>

namespace boost {
namespace mysql {
struct pool_params {
  std::string server_address;
  std::string username;
  std::string password;
  std::string database;
  bool multi_queries{false};
  std::size_t initial_size{1};
  std::size_t max_size{151};
  std::chrono::steady_clock::duration connect_timeout{std::chrono::seconds(20)};
  std::chrono::steady_clock::duration retry_interval{std::chrono::seconds(30)};
  std::chrono::steady_clock::duration ping_interval{std::chrono::hours(1)};
  std::chrono::steady_clock::duration ping_timeout{std::chrono::seconds(10)};
};
} // namespace mysql
} // namespace boost

#endif
