// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/provider/Pool.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48); API unchanged in 1.3.1 (17ef2a7f6c8a932498799b2a5ae5aab2869975c7).
// Class structure and public/protected signatures are the real ones:
//   AcquisitionProxy<TResource, Impl> : public TResource   (dtor -> m_pool->release(handle, valid))
//   PoolTemplate<TResource, Impl> : base::Countable, async::CoroutineWaitList::Listener
//     static get(shared_ptr<PoolTemplate>) / getAsync(...), createShared(provider, maxResources,
//     maxResourceTTL, timeout) [1.3.1 form; 1.3.0 createShared has no timeout arg], stop(), getCounter()
//   Pool<TProvider, TResource, Impl> : TProvider, enable_shared_from_this<Pool>, PoolTemplate
//     static createShared(provider, maxResources, maxResourceTTL, timeout = 0us), get(), getAsync(), stop(), getCounter()
// Bodies are trivial: no waiting, no bench, no cleanup thread. Real semantics: get() blocks (condition
// variable; up to 'timeout' if non-zero, then returns nullptr) while all maxResources are acquired; the
// returned ResourceHandle's object is a std::shared_ptr<AcquisitionProxyImpl>, and the resource goes back
// to the pool when the LAST copy of that shared_ptr dies (~AcquisitionProxy), not at any explicit call.
#ifndef oatpp_provider_Pool_hpp
#define oatpp_provider_Pool_hpp

#include "Provider.hpp"
#include "oatpp/core/async/CoroutineWaitList.hpp"

#include <chrono>
#include <condition_variable>
#include <list>
#include <mutex>
#include <thread>

namespace oatpp { namespace provider {

template<class TResource, class AcquisitionProxyImpl>
class PoolTemplate; // FWD

/**
 * Pool acquisition proxy template.
 * @tparam TResource - abstract resource interface type, Ex.: `IOStream`.
 * @tparam AcquisitionProxyImpl - implementation of proxy.
 */
template<class TResource, class AcquisitionProxyImpl>
class AcquisitionProxy : public TResource {
  friend PoolTemplate<TResource, AcquisitionProxyImpl>;
public:
  /**
   * Convenience typedef for Pool.
   */
  typedef PoolTemplate<TResource, AcquisitionProxyImpl> PoolInstance;
private:

  void __pool__invalidate() {
    m_valid = false;
  }

  provider::ResourceHandle<TResource> __pool__getUnderlyingResource() {
    return _handle;
  }

protected:
  provider::ResourceHandle<TResource> _handle;
private:
  std::shared_ptr<PoolInstance> m_pool;
  bool m_valid;
public:

  AcquisitionProxy(const provider::ResourceHandle<TResource>& resource, const std::shared_ptr<PoolInstance>& pool)
    : _handle(resource)
    , m_pool(pool)
    , m_valid(true)
  {}

  /**
   * Virtual destructor. Returns the underlying resource to the pool.
   */
  virtual ~AcquisitionProxy() {
    m_pool->release(std::move(_handle), m_valid);
  }

};

template<class TResource, class AcquisitionProxyImpl>
class PoolTemplate : public oatpp::base::Countable, public async::CoroutineWaitList::Listener {
  friend AcquisitionProxy<TResource, AcquisitionProxyImpl>;
private:

  void onNewItem(async::CoroutineWaitList& list) override {
    (void)list;
  }

  void release(provider::ResourceHandle<TResource>&& resource, bool canReuse) {
    (void)resource;
    (void)canReuse;
  }

private:
  std::shared_ptr<Provider<TResource>> m_provider;
  v_int64 m_counter{0};
  v_int64 m_maxResources;
  v_int64 m_maxResourceTTL;
  std::chrono::duration<v_int64, std::micro> m_timeout;
protected:

  PoolTemplate(const std::shared_ptr<Provider<TResource>>& provider, v_int64 maxResources, v_int64 maxResourceTTL, const std::chrono::duration<v_int64, std::micro>& timeout)
    : m_provider(provider)
    , m_maxResources(maxResources)
    , m_maxResourceTTL(maxResourceTTL)
    , m_timeout(timeout)
  {}

  static void startCleanupTask(const std::shared_ptr<PoolTemplate>& _this) {
    (void)_this;
  }

  static provider::ResourceHandle<TResource> get(const std::shared_ptr<PoolTemplate>& _this) {
    return provider::ResourceHandle<TResource>(
      std::make_shared<AcquisitionProxyImpl>(_this->m_provider->get(), _this),
      nullptr
    );
  }

  static async::CoroutineStarterForResult<const provider::ResourceHandle<TResource>&> getAsync(const std::shared_ptr<PoolTemplate>& _this) {
    (void)_this;
    return async::CoroutineStarterForResult<const provider::ResourceHandle<TResource>&>(nullptr);
  }

public:

  static std::shared_ptr<PoolTemplate> createShared(const std::shared_ptr<Provider<TResource>>& provider,
                                                    v_int64 maxResources,
                                                    const std::chrono::duration<v_int64, std::micro>& maxResourceTTL,
                                                    const std::chrono::duration<v_int64, std::micro>& timeout)
  {
    /* "new" is called directly to keep constructor private */
    auto ptr = std::shared_ptr<PoolTemplate>(new PoolTemplate(provider, maxResources, maxResourceTTL.count(), timeout));
    startCleanupTask(ptr);
    return ptr;
  }

  virtual ~PoolTemplate() {
    stop();
  }

  void stop() {
  }

  v_int64 getCounter() {
    return m_counter;
  }

};

/**
 * Pool template class.
 * @tparam TProvider - base class for pool to inherit, ex.: ServerConnectionProvider.
 * @tparam TResource - abstract resource interface type, Ex.: `IOStream`. Must be the same as a return-type of Provider.
 * @tparam AcquisitionProxyImpl - implementation of &l:AcquisitionProxy;.
 */
template<class TProvider, class TResource, class AcquisitionProxyImpl>
class Pool :
  public TProvider,
  public std::enable_shared_from_this<Pool<TProvider, TResource, AcquisitionProxyImpl>>,
  public PoolTemplate<TResource, AcquisitionProxyImpl> {
private:
  typedef PoolTemplate<TResource, AcquisitionProxyImpl> TPool;
protected:

  /*
   * Protected Constructor.
   */
  Pool(const std::shared_ptr<TProvider>& provider,
       v_int64 maxResources,
       v_int64 maxResourceTTL,
       const std::chrono::duration<v_int64, std::micro>& timeout = std::chrono::microseconds::zero()
  )
    : PoolTemplate<TResource, AcquisitionProxyImpl>(provider, maxResources, maxResourceTTL, timeout)
  {}

public:

  /**
   * Create shared Pool.
   * @param provider - resource provider.
   * @param maxResources - max resource count in the pool.
   * @param maxResourceTTL - max time-to-live for unused resource in the pool.
   * @param timeout - optional timeout on &l:Pool::get (); and &l:Pool::getAsync (); operations.
   * @return - `std::shared_ptr` of `Pool`.
   */
  static std::shared_ptr<Pool> createShared(const std::shared_ptr<TProvider>& provider,
                                            v_int64 maxResources,
                                            const std::chrono::duration<v_int64, std::micro>& maxResourceTTL,
                                            const std::chrono::duration<v_int64, std::micro>& timeout = std::chrono::microseconds::zero())
  {
    /* "new" is called directly to keep constructor private */
    auto ptr = std::shared_ptr<Pool>(new Pool(provider, maxResources, maxResourceTTL.count(), timeout));
    ptr->startCleanupTask(ptr);
    return ptr;
  }

  /**
   * Get resource.
   * @return
   */
  provider::ResourceHandle<TResource> get() override {
    return TPool::get(this->shared_from_this());
  }

  /**
   * Get resource asynchronously.
   * @return
   */
  async::CoroutineStarterForResult<const provider::ResourceHandle<TResource>&> getAsync() override {
    return TPool::getAsync(this->shared_from_this());
  }

  /**
   * Stop pool. <br>
   * *Note: call to stop() may block.*
   */
  void stop() override {
    TPool::stop();
  }

  /**
   * Get pool resource count. Both acquired and available.
   * @return
   */
  v_int64 getCounter() {
    return TPool::getCounter();
  }

};

}}

#endif // oatpp_provider_Pool_hpp
