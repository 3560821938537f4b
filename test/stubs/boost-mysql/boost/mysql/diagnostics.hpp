// Stub of Boost.MySQL, mirroring boostorg/mysql at tag boost-1.85.0
// (commit 6397d04ff55741a29ca2c93975e26226cf773a7d): public names and
// signatures as upstream, bodies left out. Debian 12 ships Boost 1.74, which
// has Boost.Asio but not Boost.MySQL: these headers sit on the real Asio.
// Mirrors include/boost/mysql/diagnostics.hpp (the class only).
#ifndef BOOST_MYSQL_DIAGNOSTICS_HPP
#define BOOST_MYSQL_DIAGNOSTICS_HPP

namespace boost {
namespace mysql {
class diagnostics {
public:
  diagnostics() = default;
};
} // namespace mysql
} // namespace boost

#endif
