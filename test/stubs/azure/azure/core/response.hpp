// Stub mirroring Azure/azure-sdk-for-cpp sdk/core/azure-core/inc/azure/core/response.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2, reduced to what conncheck's tests use.
#pragma once

namespace Azure {
  template <class T> class Response final {
  public:
    T Value;
  };
} // namespace Azure
