// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/data/share/StringTemplate.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Opaque: only the class name and getExtraData() (declared only); constructors/format() omitted.
#ifndef oatpp_data_share_StringTemplate_hpp
#define oatpp_data_share_StringTemplate_hpp

#include "oatpp/core/data/mapping/type/Primitive.hpp"

#include <memory>

namespace oatpp { namespace data { namespace share {

class StringTemplate {
public:
  std::shared_ptr<void> getExtraData() const;
};

}}}

#endif // oatpp_data_share_StringTemplate_hpp
