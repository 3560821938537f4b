// Stub mirroring Azure/azure-sdk-for-cpp sdk/core/azure-core/inc/azure/core/operation.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2, reduced to what conncheck's tests use: a long-running operation,
// Poll() sends one status request, PollUntilDone(period) polls until done.
#pragma once

#include "azure/core/context.hpp"
#include "azure/core/response.hpp"
#include <chrono>

namespace Azure { namespace Core {
  template <class T> class Operation {
  private:
    virtual Response<T> PollUntilDoneInternal(std::chrono::milliseconds period, Context& context)
        = 0;

  public:
    virtual ~Operation() {}
    virtual T Value() const = 0;
    bool IsDone() const noexcept { return m_done; }
    bool HasValue() const noexcept { return m_done; }

    Response<T> PollUntilDone(std::chrono::milliseconds period)
    {
      Context context;
      return PollUntilDone(period, context);
    }

    Response<T> PollUntilDone(std::chrono::milliseconds period, Context& context)
    {
      context.ThrowIfCancelled();
      return PollUntilDoneInternal(period, context);
    }

  protected:
    bool m_done = false;
  };
}} // namespace Azure::Core
