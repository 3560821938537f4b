// Stub mirroring Azure/azure-sdk-for-cpp sdk/core/azure-core/inc/azure/core/context.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2, reduced to what conncheck's tests use.
#pragma once

namespace Azure { namespace Core {
  class Context final {
  public:
    Context() = default;
    void ThrowIfCancelled() const {}
  };
}} // namespace Azure::Core
