// Stub of Boost.MySQL, mirroring boostorg/mysql at tag boost-1.85.0
// (commit 6397d04ff55741a29ca2c93975e26226cf773a7d): public names and
// signatures as upstream, bodies left out. Debian 12 ships Boost 1.74, which
// has Boost.Asio but not Boost.MySQL: these headers sit on the real Asio.
// Mirrors include/boost/mysql/any_connection.hpp: execute (blocking) and
// async_execute (its result type written as asio::async_initiate's).
#ifndef BOOST_MYSQL_ANY_CONNECTION_HPP
#define BOOST_MYSQL_ANY_CONNECTION_HPP

#include <boost/mysql/diagnostics.hpp>
#include <boost/mysql/error_code.hpp>

#include <boost/asio/async_result.hpp>

#include <utility>

namespace boost {
namespace mysql {
class any_connection {
  struct initiate_execute {
    template <class Handler, class ExecutionRequest, class ResultsType>
    void operator()(Handler &&h, ExecutionRequest &&req, ResultsType *result);
  };

public:
  template <class ExecutionRequest, class ResultsType>
  void execute(const ExecutionRequest &req, ResultsType &result, error_code &err,
               diagnostics &diag);

  template <class ExecutionRequest, class ResultsType>
  void execute(const ExecutionRequest &req, ResultsType &result);

  template <class ExecutionRequest, class ResultsType, class CompletionToken>
  auto async_execute(ExecutionRequest &&req, ResultsType &result,
                     CompletionToken &&token)
      -> decltype(asio::async_initiate<CompletionToken, void(error_code)>(
          initiate_execute{}, token, std::forward<ExecutionRequest>(req),
          &result)) {
    return asio::async_initiate<CompletionToken, void(error_code)>(
        initiate_execute{}, token, std::forward<ExecutionRequest>(req),
        &result);
  }
};
} // namespace mysql
} // namespace boost

#endif
