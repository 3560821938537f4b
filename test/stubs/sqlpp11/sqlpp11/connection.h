// conncheck test stub.
// Mirrors: rbock/sqlpp11  include/sqlpp11/connection.h @ tag 0.66 (commit 6180ee5e49e7a824aab98080207a8d9b5c3d5c99);
// identical API since 0.64 (the release that introduced the current connection pool, PR #499).
// Class layout is the real one: sqlpp::connection (empty tag), common_connection<Base> : Base,
// normal_connection<Base>, pooled_connection<Base>. pooled_connection's constructors are private
// (only connection_pool<Base>::pool_core creates them) and its destructor returns the handle to the pool.
#pragma once

#include <sqlpp11/compat/make_unique.h>

#include <memory>
#include <utility>

namespace sqlpp
{
  struct connection
  {
  };

  template <typename ConnectionBase>
  class common_connection : public ConnectionBase
  {
  public:
    bool is_connected() const
    {
      return ConnectionBase::_handle ? ConnectionBase::_handle->is_connected() : false;
    }

    bool ping_server() const
    {
      return ConnectionBase::_handle ? ConnectionBase::_handle->ping_server() : false;
    }

  protected:
    using ConnectionBase::ConnectionBase;
  };

  // Normal (non-pooled) connection
  template <typename ConnectionBase>
  class normal_connection : public common_connection<ConnectionBase>
  {
  public:
    using _config_t = typename ConnectionBase::_config_t;
    using _config_ptr_t = typename ConnectionBase::_config_ptr_t;

    // Constructors
    normal_connection() = default;

    normal_connection(const _config_t& config) : normal_connection{std::make_shared<_config_t>(config)}
    {
    }

    normal_connection(const _config_ptr_t& config)
        : common_connection<ConnectionBase>(compat::make_unique<_handle_t>(config))
    {
    }

    normal_connection(const normal_connection&) = delete;
    normal_connection(normal_connection&&) = default;

    // Assigment operators
    normal_connection& operator=(const normal_connection&) = delete;
    normal_connection& operator=(normal_connection&&) = default;

    // creates a connection handle and connects to database
    void connectUsing(const _config_ptr_t& config) noexcept(false)
    {
      ConnectionBase::_handle = compat::make_unique<_handle_t>(config);
    }

  private:
    using _handle_t = typename ConnectionBase::_handle_t;
  };

  // Forward declaration
  template <typename ConnectionBase>
  class connection_pool;

  // Pooled connection
  template <typename ConnectionBase>
  class pooled_connection : public common_connection<ConnectionBase>
  {
    friend class connection_pool<ConnectionBase>::pool_core;

  public:
    using _config_ptr_t = typename ConnectionBase::_config_ptr_t;
    using _handle_t = typename ConnectionBase::_handle_t;
    using _handle_ptr_t = typename ConnectionBase::_handle_ptr_t;
    using _pool_core_ptr_t = std::shared_ptr<typename connection_pool<ConnectionBase>::pool_core>;

    // Copy/Move constructors
    pooled_connection(const pooled_connection&) = delete;
    pooled_connection(pooled_connection&& other) = default;

    // Returns the connection handle to the pool (real: conn_release() -> _pool_core->put(_handle)).
    ~pooled_connection()
    {
      conn_release();
    }

    // Assigment operators
    pooled_connection& operator=(const pooled_connection&) = delete;

    // Move-assignment first returns the currently held handle to its pool.
    pooled_connection& operator=(pooled_connection&& other)
    {
      if (this != &other)
      {
        conn_release();
        static_cast<ConnectionBase&>(*this) = std::move(static_cast<ConnectionBase&>(other));
        _pool_core = std::move(other._pool_core);
      }
      return *this;
    }

  private:
    _pool_core_ptr_t _pool_core;

    // Constructors used by the connection pool
    pooled_connection(_handle_ptr_t&& handle, _pool_core_ptr_t pool_core)
        : common_connection<ConnectionBase>(std::move(handle)), _pool_core(pool_core)
    {
    }

    pooled_connection(const _config_ptr_t& config, _pool_core_ptr_t pool_core)
        : common_connection<ConnectionBase>(compat::make_unique<_handle_t>(config)), _pool_core(pool_core)
    {
    }

    void conn_release()
    {
      if (_pool_core)
      {
        _pool_core->put(ConnectionBase::_handle);
        _pool_core = nullptr;
      }
    }
  };
}  // namespace sqlpp
