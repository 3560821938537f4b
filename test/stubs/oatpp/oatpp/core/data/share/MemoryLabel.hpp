// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/data/share/MemoryLabel.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Only the class names MemoryLabel / StringKeyLabel / StringKeyLabelCI with minimal constructors
// (the real ones wrap a shared memory handle + pointer/size), and their std::hash specializations.
#ifndef oatpp_data_share_MemoryLabel_hpp
#define oatpp_data_share_MemoryLabel_hpp

#include "oatpp/core/data/mapping/type/Primitive.hpp"

#include <cstddef>

namespace oatpp { namespace data { namespace share {

class MemoryLabel {
public:
  typedef oatpp::data::mapping::type::String String;
public:
  MemoryLabel() = default;
  MemoryLabel(std::nullptr_t) {}
};

class StringKeyLabel : public MemoryLabel {
public:
  StringKeyLabel() = default;
  StringKeyLabel(std::nullptr_t) {}
  StringKeyLabel(const char* constText) { (void)constText; }
  StringKeyLabel(const String& str) { (void)str; }
  bool operator==(const StringKeyLabel& other) const { (void)other; return true; }
};

class StringKeyLabelCI : public MemoryLabel {
public:
  StringKeyLabelCI() = default;
  StringKeyLabelCI(std::nullptr_t) {}
  StringKeyLabelCI(const char* constText) { (void)constText; }
  StringKeyLabelCI(const String& str) { (void)str; }
  bool operator==(const StringKeyLabelCI& other) const { (void)other; return true; }
};

}}}

namespace std {

  template<>
  struct hash<oatpp::data::share::StringKeyLabel> {
    typedef oatpp::data::share::StringKeyLabel argument_type;
    typedef v_uint64 result_type;
    result_type operator()(oatpp::data::share::StringKeyLabel const& s) const noexcept { (void)s; return 0; }
  };

  template<>
  struct hash<oatpp::data::share::StringKeyLabelCI> {
    typedef oatpp::data::share::StringKeyLabelCI argument_type;
    typedef v_uint64 result_type;
    result_type operator()(oatpp::data::share::StringKeyLabelCI const& s) const noexcept { (void)s; return 0; }
  };

}

#endif //oatpp_data_share_MemoryLabel_hpp
