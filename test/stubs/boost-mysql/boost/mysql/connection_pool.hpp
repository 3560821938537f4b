// Stub of Boost.MySQL, mirroring boostorg/mysql at tag boost-1.85.0
// (commit 6397d04ff55741a29ca2c93975e26226cf773a7d): public names and
// signatures as upstream, bodies left out. Debian 12 ships Boost 1.74, which
// has Boost.Asio but not Boost.MySQL: these headers sit on the real Asio.
// Mirrors include/boost/mysql/connection_pool.hpp: pooled_connection (its
// destructor and return_without_reset() give the connection back to the
// pool) and connection_pool. Asio 1.74 has no any_completion_handler: the
// type-erased initiation is a template here.
#ifndef BOOST_MYSQL_CONNECTION_POOL_HPP
#define BOOST_MYSQL_CONNECTION_POOL_HPP

#include <boost/mysql/any_connection.hpp>
#include <boost/mysql/diagnostics.hpp>
#include <boost/mysql/error_code.hpp>
#include <boost/mysql/pool_params.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>

#include <chrono>
#include <memory>
#include <utility>

namespace boost {
namespace mysql {
namespace detail {
class pool_impl;
class connection_node;
void return_connection(std::shared_ptr<pool_impl> &&pool, connection_node &node,
                       bool should_reset) noexcept;
any_connection &get_connection(connection_node &node) noexcept;
} // namespace detail

class pooled_connection {
  detail::connection_node *impl_{};
  std::shared_ptr<detail::pool_impl> pool_impl_;

public:
  pooled_connection() noexcept = default;
  pooled_connection(pooled_connection &&other) noexcept
      : impl_(other.impl_), pool_impl_(std::move(other.pool_impl_)) {
    other.impl_ = nullptr;
  }
  pooled_connection &operator=(pooled_connection &&other) noexcept;
  pooled_connection(const pooled_connection &) = delete;
  pooled_connection &operator=(const pooled_connection &) = delete;
  ~pooled_connection() {
    if (impl_)
      detail::return_connection(std::move(pool_impl_), *impl_, true);
  }
  bool valid() const noexcept { return impl_ != nullptr; }
  any_connection &get() noexcept { return detail::get_connection(*impl_); }
  const any_connection &get() const noexcept;
  any_connection *operator->() noexcept { return &get(); }
  const any_connection *operator->() const noexcept;
  void return_without_reset() noexcept;
};

class connection_pool {
  std::shared_ptr<detail::pool_impl> impl_;

  static constexpr std::chrono::steady_clock::duration
  get_default_timeout() noexcept {
    return std::chrono::seconds(30);
  }

  struct initiate_get_connection {
    template <class Handler>
    void operator()(Handler &&h, std::shared_ptr<detail::pool_impl> self,
                    std::chrono::steady_clock::duration timeout,
                    diagnostics *diag);
  };

  template <class CompletionToken>
  auto async_get_connection_impl(std::chrono::steady_clock::duration timeout,
                                 diagnostics *diag, CompletionToken &&token)
      -> decltype(asio::async_initiate<CompletionToken,
                                       void(error_code, pooled_connection)>(
          initiate_get_connection{}, token, impl_, timeout, diag)) {
    return asio::async_initiate<CompletionToken,
                                void(error_code, pooled_connection)>(
        initiate_get_connection{}, token, impl_, timeout, diag);
  }

public:
  connection_pool(asio::any_io_executor ex, pool_params params);
  template <class ExecutionContext,
            class = typename std::enable_if<std::is_convertible<
                decltype(std::declval<ExecutionContext &>().get_executor()),
                asio::any_io_executor>::value>::type>
  connection_pool(ExecutionContext &ctx, pool_params params);
  connection_pool(const connection_pool &) = delete;
  connection_pool &operator=(const connection_pool &) = delete;
  connection_pool(connection_pool &&other) = default;
  connection_pool &operator=(connection_pool &&other) = default;
  ~connection_pool() = default;

  bool valid() const noexcept { return impl_.get() != nullptr; }
  using executor_type = asio::any_io_executor;
  executor_type get_executor() noexcept;

  template <class CompletionToken>
  auto async_run(CompletionToken &&token);

  template <class CompletionToken>
  auto async_get_connection(CompletionToken &&token)
      -> decltype(async_get_connection_impl(
          {}, nullptr, std::forward<CompletionToken>(token))) {
    return async_get_connection_impl(get_default_timeout(), nullptr,
                                     std::forward<CompletionToken>(token));
  }
  template <class CompletionToken>
  auto async_get_connection(diagnostics &diag, CompletionToken &&token)
      -> decltype(async_get_connection_impl(
          {}, nullptr, std::forward<CompletionToken>(token))) {
    return async_get_connection_impl(get_default_timeout(), &diag,
                                     std::forward<CompletionToken>(token));
  }
  template <class CompletionToken>
  auto async_get_connection(std::chrono::steady_clock::duration timeout,
                            CompletionToken &&token)
      -> decltype(async_get_connection_impl(
          {}, nullptr, std::forward<CompletionToken>(token))) {
    return async_get_connection_impl(timeout, nullptr,
                                     std::forward<CompletionToken>(token));
  }
  template <class CompletionToken>
  auto async_get_connection(std::chrono::steady_clock::duration timeout,
                            diagnostics &diag, CompletionToken &&token)
      -> decltype(async_get_connection_impl(
          {}, nullptr, std::forward<CompletionToken>(token))) {
    return async_get_connection_impl(timeout, &diag,
                                     std::forward<CompletionToken>(token));
  }

  void cancel();
};
} // namespace mysql
} // namespace boost

#endif
