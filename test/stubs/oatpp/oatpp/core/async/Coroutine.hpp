// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/async/Coroutine.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Only what the provider/pool API needs: oatpp::async::Action (opaque), AbstractCoroutine (opaque,
// : base::Countable as in the real header), AbstractCoroutineWithResult<Args...> with its nested move-only
// StarterForResult (callbackTo() omitted) and the alias template CoroutineStarterForResult<Args...>.
// The coroutine machinery itself (Coroutine<T>, CoroutineWithResult<T, Args...>, Processor, ...) is omitted.
#ifndef oatpp_async_Coroutine_hpp
#define oatpp_async_Coroutine_hpp

#include "oatpp/core/base/Countable.hpp"

namespace oatpp { namespace async {

class AbstractCoroutine; // FWD

class Action {
public:
  Action() = default;
};

class AbstractCoroutine : public oatpp::base::Countable {
public:
  virtual ~AbstractCoroutine() = default;
};

template<typename ...Args>
class AbstractCoroutineWithResult : public AbstractCoroutine {
public:

  class StarterForResult {
  private:
    AbstractCoroutineWithResult* m_coroutine;
  public:
    StarterForResult(AbstractCoroutineWithResult* coroutine)
      : m_coroutine(coroutine)
    {}

    StarterForResult(const StarterForResult&) = delete;

    StarterForResult(StarterForResult&& other)
      : m_coroutine(other.m_coroutine)
    {
      other.m_coroutine = nullptr;
    }

    ~StarterForResult() {
      delete m_coroutine;
    }

    StarterForResult& operator=(const StarterForResult&) = delete;

  };

};

template <typename ...Args>
using
CoroutineStarterForResult = typename AbstractCoroutineWithResult<Args...>::StarterForResult;

}}

#endif // oatpp_async_Coroutine_hpp
