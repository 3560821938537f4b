// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/Types.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Only the oatpp::Type / ObjectWrapper / Void / String aliases (the real one also aliases Any, Int*, UInt*,
// Float*, Boolean, Object, Vector, List, Fields, Enum, ...).
#ifndef oatpp_Types_hpp
#define oatpp_Types_hpp

#include "oatpp/core/data/mapping/type/Primitive.hpp"
#include "oatpp/core/data/mapping/type/Type.hpp"

namespace oatpp {

  typedef oatpp::data::mapping::type::Type Type;

  template <class T, class Clazz = oatpp::data::mapping::type::__class::Void>
  using ObjectWrapper = oatpp::data::mapping::type::ObjectWrapper<T, Clazz>;

  typedef oatpp::data::mapping::type::Void Void;

  typedef oatpp::data::mapping::type::String String;

}

#endif /* oatpp_Types_hpp */
