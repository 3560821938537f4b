// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/provider/Invalidator.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48); API unchanged in 1.3.1 (17ef2a7f6c8a932498799b2a5ae5aab2869975c7).
// Verbatim.
#ifndef oatpp_provider_Invalidator_hpp
#define oatpp_provider_Invalidator_hpp

#include "oatpp/core/base/Countable.hpp"
#include <memory>

namespace oatpp { namespace provider {

/**
 * Abstract resource invalidator.
 * @tparam T - resource class.
 */
template<class T>
class Invalidator : public oatpp::base::Countable {
public:

  virtual ~Invalidator() = default;

  /**
   * Invalidate resource that was previously created by the correspondent provider. <br>
   * Use-case: if provider is pool based - you can signal that this resource should not be reused anymore.
   */
  virtual void invalidate(const std::shared_ptr<T> &resource) = 0;

};

}}

#endif //oatpp_provider_Invalidator_hpp
