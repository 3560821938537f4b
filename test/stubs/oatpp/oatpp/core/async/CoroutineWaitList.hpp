// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/async/CoroutineWaitList.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Only the class and its nested Listener interface (PoolTemplate derives from it); the list itself is omitted.
#ifndef oatpp_async_CoroutineWaitList_hpp
#define oatpp_async_CoroutineWaitList_hpp

#include "oatpp/core/async/Coroutine.hpp"

namespace oatpp { namespace async {

class CoroutineWaitList {
public:

  class Listener {
  public:
    virtual ~Listener() = default;

    virtual void onNewItem(CoroutineWaitList& list) = 0;
  };

public:

  void notifyFirst() {}
  void notifyAll() {}

};

}}

#endif //oatpp_async_CoroutineWaitList_hpp
