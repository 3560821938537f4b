// conncheck test stub.
// Mirrors: an-tao/trantor  trantor/net/EventLoop.h @ commit 5000e2a72687232c8675b28ce86a29ed7d44309e (the trantor submodule commit of drogon v1.9.12).
// Only the class (: NonCopyable, privately, as the real one), isInLoopThread(), runInLoop(),
// queueInLoop(), getEventLoopOfCurrentThread() and the two runAfter(double, ...) timers (with
// TimerId, for drogon's sleepCoro); everything else (other timers, loop(), quit(), ...) omitted.
// Out-of-line members declared only.
#pragma once

#include <trantor/exports.h>
#include <trantor/utils/NonCopyable.h>

#include <cstdint>
#include <functional>
#include <thread>

namespace trantor
{
using Func = std::function<void()>;
using TimerId = uint64_t;

class TRANTOR_EXPORT EventLoop : NonCopyable
{
  public:
    EventLoop();
    ~EventLoop();

    bool isInLoopThread() const
    {
        return threadId_ == std::this_thread::get_id();
    }

    static EventLoop *getEventLoopOfCurrentThread();

    template <typename Functor>
    inline void runInLoop(Functor &&f)
    {
        if (isInLoopThread())
        {
            f();
        }
        else
        {
            queueInLoop(std::forward<Functor>(f));
        }
    }

    void queueInLoop(const Func &f);
    void queueInLoop(Func &&f);

    TimerId runAfter(double delay, const Func &cb);
    TimerId runAfter(double delay, Func &&cb);

  private:
    std::thread::id threadId_;
};

}  // namespace trantor
