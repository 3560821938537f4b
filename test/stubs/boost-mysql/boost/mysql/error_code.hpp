// Stub of Boost.MySQL, mirroring boostorg/mysql at tag boost-1.85.0
// (commit 6397d04ff55741a29ca2c93975e26226cf773a7d): public names and
// signatures as upstream, bodies left out. Debian 12 ships Boost 1.74, which
// has Boost.Asio but not Boost.MySQL: these headers sit on the real Asio.
// Mirrors include/boost/mysql/error_code.hpp.
#ifndef BOOST_MYSQL_ERROR_CODE_HPP
#define BOOST_MYSQL_ERROR_CODE_HPP

#include <boost/system/error_code.hpp>

namespace boost {
namespace mysql {
using error_code = boost::system::error_code;
} // namespace mysql
} // namespace boost

#endif
