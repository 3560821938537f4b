// RUN: %check_conncheck %s --checks='-*,conncheck-checkout-without-checkin' -- -std=c++17
//
// A pool that hands out connections by name: the handle is a std::string
// taken from a free list and pushed back. A normal path that drops it (an
// early return) loses the connection for good, as with an integer or a
// pointer handle. The pool's own methods are its bookkeeping, not a leak.

#include <string>
#include <vector>

class NamedPool {
public:
  [[clang::annotate("conncheck::acquire")]] std::string take() {
    std::string name = free_.back();
    free_.pop_back();
    return name;
  }
  [[clang::annotate("conncheck::release")]] void putBack(std::string name) {
    free_.push_back(std::move(name));
  }
  ~NamedPool() {
    while (!free_.empty())
      free_.pop_back();
  }

private:
  std::vector<std::string> free_;
};

bool healthy(const std::string &name) noexcept;

bool early_return(NamedPool &pool) {
  std::string name = pool.take();
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: connection 'name' taken with 'NamedPool::take' is not given back on every path [conncheck-checkout-without-checkin]
  if (!healthy(name))
    return false;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'name' is not given back on this return{{$}}
  pool.putBack(name);
  return true;
}

void given_back(NamedPool &pool) {
  std::string name = pool.take();
  healthy(name);
  pool.putBack(name);
}

std::string handed_to_caller(NamedPool &pool) {
  std::string name = pool.take();
  return name;
}
