// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/data/mapping/type/Primitive.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Only oatpp::data::mapping::type::String (: ObjectWrapper<std::string, __class::String>) with the
// nullptr / const char* / std::string constructors, operator==, and the std::hash specialization
// (the real file also defines the Int*/UInt*/Float*/Boolean primitives, omitted).
#ifndef oatpp_data_mapping_type_Primitive_hpp
#define oatpp_data_mapping_type_Primitive_hpp

#include "./Type.hpp"

#include <string>

namespace oatpp { namespace data { namespace mapping { namespace type {

namespace __class {
  class String {
  public:
    static Type* getType();
  };
}

class String : public type::ObjectWrapper<std::string, __class::String> {
public:

  String() {}

  template<typename T,
    typename enabled = typename std::enable_if<std::is_same<T, std::nullptr_t>::value, void>::type
  >
  String(T) {}

  template<typename T,
    typename enabled = typename std::enable_if<std::is_same<T, char>::value, void>::type
  >
  String(const T* data)
    : type::ObjectWrapper<std::string, __class::String>(
        data == nullptr ? nullptr : std::make_shared<std::string>(data)
      )
  {}

  template<typename T,
    typename enabled = typename std::enable_if<std::is_same<T, std::string>::value, void>::type
  >
  String(const T& str)
    : type::ObjectWrapper<std::string, __class::String>(std::make_shared<std::string>(str))
  {}

  String(const std::shared_ptr<std::string>& ptr)
    : type::ObjectWrapper<std::string, __class::String>(ptr)
  {}

  const std::string& operator*() const {
    return *m_ptr;
  }

  operator std::string() const {
    return m_ptr ? *m_ptr : std::string();
  }

  bool operator==(const String& other) const {
    if (!m_ptr || !other.m_ptr) return m_ptr.get() == other.m_ptr.get();
    return *m_ptr == *other.m_ptr;
  }

  bool operator!=(const String& other) const {
    return !operator==(other);
  }

};

}}}}

namespace std {

  template<>
  struct hash<oatpp::data::mapping::type::String> {

    typedef oatpp::data::mapping::type::String argument_type;
    typedef v_uint64 result_type;

    result_type operator()(argument_type const& s) const noexcept {
      return s ? std::hash<std::string>{}(*s) : 0;
    }

  };

}

#endif /* oatpp_data_mapping_type_Primitive_hpp */
