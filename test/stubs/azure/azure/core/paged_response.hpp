// Stub mirroring Azure/azure-sdk-for-cpp sdk/core/azure-core/inc/azure/core/paged_response.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2, reduced to what conncheck's tests use: the first page comes with the
// call that returns it; MoveToNextPage() requests the next one.
#pragma once

#include "azure/core/context.hpp"

namespace Azure { namespace Core {
  template <class T> class PagedResponse {
  public:
    virtual ~PagedResponse() = default;
    bool HasPage() const { return m_hasPage; }
    void MoveToNextPage(const Azure::Core::Context& context = Azure::Core::Context());

  private:
    bool m_hasPage = true;
  };
}} // namespace Azure::Core
