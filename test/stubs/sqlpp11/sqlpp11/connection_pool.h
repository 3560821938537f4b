// conncheck test stub.
// Mirrors: rbock/sqlpp11  include/sqlpp11/connection_pool.h @ tag 0.66 (commit 6180ee5e49e7a824aab98080207a8d9b5c3d5c99);
// identical API since 0.64.
// Same public API: enum class connection_check, connection_pool<ConnectionBase> (ctor(config_ptr, capacity),
// initialize(), get(connection_check = passive) -> pooled_connection<ConnectionBase>, available()), and the
// nested pool_core (get(check)/put(handle)). The real cache is sqlpp::detail::circular_buffer<_handle_ptr_t>
// guarded by a std::mutex; here it is a std::vector and there is no locking / liveness check.
#pragma once

#include <sqlpp11/connection.h>

#include <cstddef>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace sqlpp
{
  enum class connection_check
  {
    none,
    passive,
    ping
  };

  template <typename ConnectionBase>
  class connection_pool
  {
  public:
    using _config_ptr_t = typename ConnectionBase::_config_ptr_t;
    using _handle_ptr_t = typename ConnectionBase::_handle_ptr_t;
    using _pooled_connection_t = sqlpp::pooled_connection<ConnectionBase>;

    class pool_core : public std::enable_shared_from_this<pool_core>
    {
    public:
      pool_core(const _config_ptr_t& connection_config, std::size_t capacity)
          : _connection_config{connection_config}
      {
        _handles.reserve(capacity);
      }

      pool_core() = delete;
      pool_core(const pool_core&) = delete;
      pool_core(pool_core&&) = delete;

      pool_core& operator=(const pool_core&) = delete;
      pool_core& operator=(pool_core&&) = delete;

      // Real: pops a cached handle (optionally checking it) or creates a new connection.
      _pooled_connection_t get(connection_check check)
      {
        (void)check;
        if (_handles.empty())
        {
          return _pooled_connection_t{_connection_config, this->shared_from_this()};
        }
        auto handle = std::move(_handles.back());
        _handles.pop_back();
        return _pooled_connection_t{std::move(handle), this->shared_from_this()};
      }

      // Real: pushes the handle back into the cache (called from ~pooled_connection).
      void put(_handle_ptr_t& handle)
      {
        _handles.push_back(std::move(handle));
      }

      // Returns number of connections available in the pool. Only used in tests.
      std::size_t available()
      {
        return _handles.size();
      }

    private:
      _config_ptr_t _connection_config;
      std::vector<_handle_ptr_t> _handles;
      std::mutex _mutex;
    };

    connection_pool() = default;

    connection_pool(const _config_ptr_t& connection_config, std::size_t capacity)
        : _core{std::make_shared<pool_core>(connection_config, capacity)}
    {
    }

    connection_pool(const connection_pool&) = delete;
    connection_pool(connection_pool&&) = default;

    connection_pool& operator=(const connection_pool&) = delete;
    connection_pool& operator=(connection_pool&&) = default;

    void initialize(const _config_ptr_t& connection_config, std::size_t capacity)
    {
      if (_core)
      {
        throw std::runtime_error{"Connection pool already initialized"};
      }
      _core = std::make_shared<pool_core>(connection_config, capacity);
    }

    _pooled_connection_t get(connection_check check = connection_check::passive)
    {
      return _core->get(check);
    }

    // Returns number of connections available in the pool. Only used in tests.
    std::size_t available()
    {
      return _core->available();
    }

  private:
    std::shared_ptr<pool_core> _core;
  };
}  // namespace sqlpp
