// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/base/Countable.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Verbatim API; members declared only (real ones are in Countable.cpp).
#ifndef oatpp_base_Countable_hpp
#define oatpp_base_Countable_hpp

#include "./Environment.hpp"

namespace oatpp { namespace base{

/**
 * Class instantiations of which can be counted.
 */
class Countable {
public:
  Countable();
  Countable(const Countable& other);
  virtual ~Countable();
  Countable& operator = (Countable&) = default;
};

}}

#endif /* oatpp_base_Countable_hpp */
