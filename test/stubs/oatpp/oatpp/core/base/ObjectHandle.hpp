// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/base/ObjectHandle.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Verbatim.
#ifndef oatpp_base_ObjectHandle_hpp
#define oatpp_base_ObjectHandle_hpp

#include "./Environment.hpp"

namespace oatpp { namespace base {

template<class T>
class ObjectHandle {
private:
  T* m_object;
  std::shared_ptr<T> m_ptr;
public:

  ObjectHandle(T* object)
    : m_object(object)
  {}

  template<class Q>
  ObjectHandle(const std::shared_ptr<Q>& sharedObject)
    : m_object(sharedObject.get())
    , m_ptr(sharedObject)
  {}

  std::shared_ptr<T> getPtr() const {
    return m_ptr;
  }

  T* get() const {
    return m_object;
  }

  T* operator->() const {
    return m_object;
  }

  explicit operator bool() const {
    return m_object != nullptr;
  }

};

}}

#endif //oatpp_base_ObjectHandle_hpp
