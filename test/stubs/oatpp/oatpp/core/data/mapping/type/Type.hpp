// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/data/mapping/type/Type.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Heavily reduced: oatpp::data::mapping::type::Type (opaque), __class::Void, ObjectWrapper<T, Clazz>
// (holds std::shared_ptr<T> m_ptr + const Type* m_valueType as the real one; only the basic
// constructors/accessors) and class Void : ObjectWrapper<void, __class::Void>.
#ifndef oatpp_data_type_Type_hpp
#define oatpp_data_type_Type_hpp

#include "oatpp/core/base/Countable.hpp"

#include <cstddef>
#include <memory>
#include <type_traits>
#include <utility>

namespace oatpp { namespace data { namespace mapping { namespace type {

class Type; // FWD

namespace __class {

  class Void {
  public:
    static Type* getType();
  };

}

class Void; // FWD

template <class T, class Clazz = __class::Void>
class ObjectWrapper {
  friend Void;
  template <class Q, class W>
  friend class ObjectWrapper;
protected:
  std::shared_ptr<T> m_ptr;
  const Type* m_valueType = nullptr;
public:

  typedef T ObjectType;
  typedef Clazz Class;

public:

  ObjectWrapper(const std::shared_ptr<T>& ptr)
    : m_ptr(ptr)
  {}

  ObjectWrapper(const std::shared_ptr<T>& ptr, const Type* const type)
    : m_ptr(ptr)
    , m_valueType(type)
  {}

public:

  ObjectWrapper() {}

  ObjectWrapper(std::nullptr_t) {}

  ObjectWrapper(const Type* const type)
    : m_valueType(type)
  {}

  template <class Q, class W>
  ObjectWrapper(const ObjectWrapper<Q, W>& other)
    : m_ptr(other.m_ptr)
    , m_valueType(other.m_valueType)
  {}

  inline bool operator == (std::nullptr_t) const {
    return m_ptr.get() == nullptr;
  }

  inline bool operator != (std::nullptr_t) const {
    return m_ptr.get() != nullptr;
  }

  inline explicit operator bool() const {
    return m_ptr.operator bool();
  }

  std::shared_ptr<T> getPtr() const {
    return m_ptr;
  }

  inline T* get() const {
    return m_ptr.get();
  }

  inline T* operator->() const {
    return m_ptr.operator->();
  }

  const Type* getValueType() const {
    return m_valueType;
  }

};

class Void : public ObjectWrapper<void, __class::Void> {
public:

  Void() {}

  template<typename T,
    typename enabled = typename std::enable_if<std::is_same<T, std::nullptr_t>::value, void>::type
  >
  Void(T) {}

  Void(const std::shared_ptr<void>& ptr)
    : type::ObjectWrapper<void, __class::Void>(ptr)
  {}

  template<typename T, typename C>
  Void(const ObjectWrapper<T, C>& other)
    : type::ObjectWrapper<void, __class::Void>(other.getPtr(), other.getValueType())
  {}

};

class Type {
public:
  Type() = default;
};

}}}}

#endif /* oatpp_data_type_Type_hpp */
