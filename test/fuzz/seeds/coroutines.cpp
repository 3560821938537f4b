// Fuzzing seed (test/fuzz/make-corpus.sh): held scopes across co_await, an
// acquire under co_await and an awaiter whose await_suspend is the slow call,
// with a minimal task type and only <coroutine> included.
#include <coroutine>

namespace acme {
struct Conn;
class [[clang::annotate("conncheck::transaction")]] Tx {
public:
  explicit Tx(Conn *c);
  ~Tx();
  [[clang::annotate("conncheck::end_transaction")]] void commit();
};
struct Fetch {
  bool await_ready() const noexcept { return false; }
  [[clang::annotate("conncheck::slow", "http")]] void
  await_suspend(std::coroutine_handle<>) noexcept;
  int await_resume() const noexcept { return 200; }
};
struct Checkout {
  bool await_ready() const noexcept { return true; }
  void await_suspend(std::coroutine_handle<>) noexcept {}
  Conn *await_resume() const noexcept { return nullptr; }
};
class Pool {
public:
  [[clang::annotate("conncheck::acquire")]] Checkout checkout();
  [[clang::annotate("conncheck::release")]] void checkin(Conn *c);
};
Fetch fetch(const char *url);
} // namespace acme

struct Task {
  struct promise_type {
    Task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};

Task update(acme::Pool &pool) {
  acme::Conn *c = co_await pool.checkout();
  {
    acme::Tx tx(c);
    int status = co_await acme::fetch("https://rates");
    if (status != 200) {
      pool.checkin(c);
      co_return;
    }
    tx.commit();
  }
  pool.checkin(c);
}

Task fetchFirst(acme::Pool &pool) {
  int status = co_await acme::fetch("https://rates");
  acme::Conn *c = co_await pool.checkout();
  acme::Tx tx(c);
  tx.commit();
  pool.checkin(c);
  (void)status;
}
