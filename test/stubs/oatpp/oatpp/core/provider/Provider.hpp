// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/provider/Provider.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48); API unchanged in 1.3.1 (17ef2a7f6c8a932498799b2a5ae5aab2869975c7).
// ResourceHandleTemplate / ResourceHandle / WeakResourceHandle verbatim. Provider<T>: the pure virtual
// get() -> ResourceHandle<T>, getAsync(), stop() are the real ones; the m_properties map
// (unordered_map<StringKeyLabelCI, StringKeyLabel>) and getProperties()/getProperty()/setProperty() are omitted.
//
// NOTE: in 1.3 a pooled resource is a provider::ResourceHandle<T> (a struct holding
// std::shared_ptr<T> object + std::shared_ptr<Invalidator<T>> invalidator), NOT a bare std::shared_ptr.
#ifndef oatpp_provider_Provider_hpp
#define oatpp_provider_Provider_hpp

#include "Invalidator.hpp"

#include "oatpp/core/async/Coroutine.hpp"
#include "oatpp/core/data/share/MemoryLabel.hpp"

namespace oatpp { namespace provider {

/**
 * Resource handle template.
 * @tparam T
 */
template<class T, class PTR>
struct ResourceHandleTemplate {

  ResourceHandleTemplate() = default;

  ResourceHandleTemplate(std::nullptr_t) {}

  ResourceHandleTemplate(const PTR& resourceObject,
                         const std::shared_ptr<Invalidator<T>> &resourceInvalidator)
    : object(resourceObject), invalidator(resourceInvalidator)
  {}

  /**
   * Pointer to the resource.
   */
  PTR object;

  /**
   * Invalidator that can be used to invalidate the resource.
   */
  std::shared_ptr<Invalidator<T>> invalidator;

  inline bool operator == (std::nullptr_t) const {
    return object.get() == nullptr;
  }

  inline bool operator != (std::nullptr_t) const {
    return object.get() != nullptr;
  }

  explicit inline operator bool() const {
    return object.operator bool();
  }

  /**
   * Invalidates the resource so it can be disposed and cannot be reused anymore.
   */
  virtual void invalidate() {
    invalidator->invalidate(object);
  }

};

/**
 * Resource handle.
 * @tparam T
 */
template<class T>
struct ResourceHandle : public ResourceHandleTemplate<T, std::shared_ptr<T>> {

  ResourceHandle() = default;

  ResourceHandle(std::nullptr_t) {}

  ResourceHandle(const std::shared_ptr<T>& resourceObject,
                 const std::shared_ptr<Invalidator<T>>& resourceInvalidator)
    : ResourceHandleTemplate<T, std::shared_ptr<T>>(resourceObject, resourceInvalidator)
  {}

};

/**
 * Weak Resource handle.
 * @tparam T
 */
template<class T>
struct WeakResourceHandle : public ResourceHandleTemplate<T, std::weak_ptr<T>> {

  WeakResourceHandle() = default;

  WeakResourceHandle(std::nullptr_t) {}

  WeakResourceHandle(const std::weak_ptr<T>& resourceObject,
                     const std::shared_ptr<Invalidator<T>>& resourceInvalidator)
    : ResourceHandleTemplate<T, std::weak_ptr<T>>(resourceObject, resourceInvalidator)
  {}

};

/**
 * Abstract resource provider.
 * @tparam T - resource class.
 */
template <class T>
class Provider : public oatpp::base::Countable {
public:

  Provider() = default;

  virtual ~Provider() = default;

  /**
   * Get resource.
   * @return - resource.
   */
  virtual ResourceHandle<T> get() = 0;

  /**
   * Get resource in Async manner.
   * @return - &id:oatpp::async::CoroutineStarterForResult; of `T`.
   */
  virtual async::CoroutineStarterForResult<const ResourceHandle<T>&> getAsync() = 0;

  /**
   * Stop provider and free associated resources.
   */
  virtual void stop() = 0;

};

}}

#endif // oatpp_provider_Provider_hpp
