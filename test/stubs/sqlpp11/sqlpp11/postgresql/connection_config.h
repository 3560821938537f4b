// conncheck test stub.
// Mirrors: rbock/sqlpp11  include/sqlpp11/postgresql/connection_config.h @ tag 0.66 (commit 6180ee5e49e7a824aab98080207a8d9b5c3d5c99).
// All data members of the real struct; the DLL_PUBLIC export macro is dropped and operator==/!= omitted.
#pragma once

#include <cstdint>
#include <string>

namespace sqlpp
{
  namespace postgresql
  {
    struct connection_config
    {
      enum class sslmode_t
      {
        disable,
        allow,
        prefer,
        require,
        verify_ca,
        verify_full
      };
      std::string host;
      std::string hostaddr;
      uint32_t port{5432};
      std::string dbname;
      std::string user;
      std::string password;
      uint32_t connect_timeout{0};
      std::string client_encoding;
      std::string options;
      std::string application_name;
      std::string fallback_application_name;
      bool keepalives{true};
      uint32_t keepalives_idle{0};
      uint32_t keepalives_interval{0};
      uint32_t keepalives_count{0};
      sslmode_t sslmode{sslmode_t::prefer};
      bool sslcompression{true};
      std::string sslcert;
      std::string sslkey;
      std::string sslrootcert;
      std::string sslcrl;
      std::string requirepeer;
      std::string krbsrvname;
      std::string service;
      // bool auto_reconnect {true};
      bool debug{false};
    };
  }
}
