// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/data/mapping/TypeResolver.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Only the class with constructor / virtual dtor / setEnabledInterpretations() (declared only).
#ifndef oatpp_data_mapping_TypeResolver_hpp
#define oatpp_data_mapping_TypeResolver_hpp

#include "oatpp/core/data/mapping/type/Type.hpp"

#include <string>
#include <vector>

namespace oatpp { namespace data { namespace mapping {

class TypeResolver {
public:
  TypeResolver();
  virtual ~TypeResolver() = default;
  void setEnabledInterpretations(const std::vector<std::string>& interpretations);
};

}}}

#endif // oatpp_data_mapping_TypeResolver_hpp
