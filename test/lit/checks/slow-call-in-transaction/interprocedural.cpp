// RUN: %check_conncheck %s -- %cxxflags
//
// Slow calls reached through what the transaction's holder calls: helpers,
// members, template instantiations, lambdas, recursion and constructors.
// The finding is at the call made while the transaction is open; one note
// per step follows, in order, down the shortest chain to the slow call.
//
// Notes that point back at a helper defined far above capture its line in a
// FileCheck variable where it is first checked ([[#NAME:@LINE-n]]) and
// reuse it afterwards ([[#NAME]]).

#include <pqxx/pqxx>
#include <curl/curl.h>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

// --- A slow call three helpers deep. ---

static void backoff() {
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
}
static void retry_later() { backoff(); }
static void handle_conflict() { retry_later(); }

void three_helpers_deep(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("UPDATE accounts SET balance = balance - 10 WHERE id = 1");
  handle_conflict();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'handle_conflict' reaches a slow sleep call ('std::this_thread::sleep_for') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-8]]:33: note: 'handle_conflict' calls 'retry_later'{{$}}
  // CHECK-MESSAGES: :[[@LINE-10]]:29: note: 'retry_later' calls 'backoff'{{$}}
  // CHECK-MESSAGES: :[[#BACKOFF:@LINE-13]]:3: note: 'backoff' calls 'std::this_thread::sleep_for', a slow sleep call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Member functions calling members. ---

class Exporter {
public:
  explicit Exporter(CURL *h) : h_(h) {}
  void publish() { send(); }
  void save_and_publish(pqxx::connection &c);

private:
  void send() { transfer(); }
  void transfer() { curl_easy_perform(h_); }
  CURL *h_;
};

void export_inside_transaction(pqxx::connection &c, Exporter &e) {
  pqxx::work tx(c);
  e.publish();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'Exporter::publish' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-14]]:20: note: 'Exporter::publish' calls 'Exporter::send'{{$}}
  // CHECK-MESSAGES: :[[#SEND:@LINE-11]]:17: note: 'Exporter::send' calls 'Exporter::transfer'{{$}}
  // CHECK-MESSAGES: :[[#TRANSFER:@LINE-11]]:21: note: 'Exporter::transfer' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// A member function that holds the transaction and calls another member.
void Exporter::save_and_publish(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("INSERT INTO outbox VALUES (1)");
  this->send();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: call to 'Exporter::send' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[#SEND]]:17: note: 'Exporter::send' calls 'Exporter::transfer'{{$}}
  // CHECK-MESSAGES: :[[#TRANSFER]]:21: note: 'Exporter::transfer' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- A free function template: only the instantiation that sleeps. ---

struct SleepingPolicy {
  void pause() const { std::this_thread::sleep_for(std::chrono::seconds(1)); }
};
struct ImmediatePolicy {
  void pause() const {}
};

template <typename Policy> void settle(const Policy &p) { p.pause(); }

void template_instantiations(pqxx::connection &c) {
  pqxx::work tx(c);
  settle(SleepingPolicy{});
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'settle' reaches a slow sleep call ('std::this_thread::sleep_for') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-7]]:61: note: 'settle' calls 'SleepingPolicy::pause'{{$}}
  // CHECK-MESSAGES: :[[@LINE-14]]:24: note: 'SleepingPolicy::pause' calls 'std::this_thread::sleep_for', a slow sleep call{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  settle(ImmediatePolicy{}); // settle<ImmediatePolicy> reaches nothing slow
  tx.commit();
}

// --- A member of a class template. ---

template <typename Payload> class Webhook {
public:
  explicit Webhook(CURL *h) : h_(h) {}
  void fire(const Payload &) { curl_easy_perform(h_); }

private:
  CURL *h_;
};

void class_template_member(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  Webhook<std::string> hook(h);
  hook.fire("order shipped");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: call to 'Webhook::fire' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-12]]:32: note: 'Webhook::fire' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Lambdas run inside the transaction. ---

void lambda_invoked_in_place(pqxx::connection &c) {
  pqxx::work tx(c);
  [&] { backoff(); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'lambda' reaches a slow sleep call ('std::this_thread::sleep_for') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: 'lambda' calls 'backoff'{{$}}
  // CHECK-MESSAGES: :[[#BACKOFF]]:3: note: 'backoff' calls 'std::this_thread::sleep_for', a slow sleep call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void named_lambda_called_inside(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  auto notify = [h] { curl_easy_perform(h); };
  tx.exec("UPDATE orders SET notified = true");
  notify();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'lambda' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-5]]:23: note: 'lambda' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Mutual recursion where one side sleeps: each chain is finite (it
// stops at the first slow call). Both calls reach the same sleep while the
// same transaction is open: one cause, one finding, the second call a note
// on it (fixing poll_odd clears both). ---

void poll_odd(int n);
void poll_even(int n) {
  if (n > 0)
    poll_odd(n - 1);
}
void poll_odd(int n) {
  std::this_thread::sleep_for(std::chrono::milliseconds(n));
  poll_even(n - 1);
}

void mutual_recursion(pqxx::connection &c) {
  pqxx::work tx(c);
  poll_even(4);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'poll_even' reaches a slow sleep call ('std::this_thread::sleep_for') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-12]]:5: note: 'poll_even' calls 'poll_odd'{{$}}
  // CHECK-MESSAGES: :[[@LINE-10]]:3: note: 'poll_odd' calls 'std::this_thread::sleep_for', a slow sleep call{{$}}
  // CHECK-MESSAGES: :[[@LINE+3]]:6: note: transaction 'tx' ends here
  poll_odd(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: the call to 'poll_odd' here reaches it too{{$}}
  tx.commit();
}

// --- A helper that reaches two slow calls of different kinds: the message
// names the one a reader cares most about (the network before a sleep),
// even though the sleep is nearer. ---

static void upload_report(CURL *h) { curl_easy_perform(h); }
static void archive_report(CURL *h) { upload_report(h); }
static void finish_report(CURL *h) {
  archive_report(h); // curl_easy_perform, two calls further down
  std::this_thread::sleep_for(std::chrono::seconds(2));
}

void network_before_sleep(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  finish_report(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'finish_report' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: 'finish_report' calls 'archive_report'{{$}}
  // CHECK-MESSAGES: :[[@LINE-12]]:39: note: 'archive_report' calls 'upload_report'{{$}}
  // CHECK-MESSAGES: :[[@LINE-14]]:38: note: 'upload_report' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Two sleeps, one nearer: the shorter chain is reported. ---

static void long_pause() { std::this_thread::sleep_for(std::chrono::seconds(5)); }
static void pause_twice() {
  long_pause();
  std::this_thread::sleep_for(std::chrono::seconds(1));
}

void shortest_chain(pqxx::connection &c) {
  pqxx::work tx(c);
  pause_twice();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'pause_twice' reaches a slow sleep call ('std::this_thread::sleep_for') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: 'pause_twice' calls 'std::this_thread::sleep_for', a slow sleep call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Constructors that do HTTP, run inside a transaction. ---

class RemoteConfig {
public:
  explicit RemoteConfig(CURL *h) { curl_easy_perform(h); }
  int limit() const { return 10; }
};

void constructor_does_http(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  RemoteConfig cfg(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: call to 'RemoteConfig::RemoteConfig' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[#REMOTE_CTOR:@LINE-9]]:36: note: 'RemoteConfig::RemoteConfig' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE quotas SET n = " + std::to_string(cfg.limit()));
  tx.commit();
}

// The HTTP happens in a member initializer, and the object is a temporary.
static std::string fetch_token(CURL *h) {
  curl_easy_perform(h);
  return "token";
}
class ApiSession {
public:
  explicit ApiSession(CURL *h) : token_(fetch_token(h)) {}
  const std::string &token() const { return token_; }

private:
  std::string token_;
};

void constructor_initializer_does_http(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  tx.exec("UPDATE sessions SET token = " + tx.quote(ApiSession(h).token()));
  // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: call to 'ApiSession::ApiSession' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-12]]:41: note: 'ApiSession::ApiSession' calls 'fetch_token'{{$}}
  // CHECK-MESSAGES: :[[@LINE-18]]:3: note: 'fetch_token' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

void helper_called_only_after_commit(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("DELETE FROM locks WHERE stale");
  tx.commit();
  handle_conflict();
}

static int compute_total(int a, int b) { return a + b; }
static int format_total(int a, int b) { return compute_total(a, b) * 100; }

void helper_reaching_nothing_slow(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("UPDATE totals SET cents = " + std::to_string(format_total(1, 2)));
  tx.commit();
}

static unsigned depth(unsigned n) { return n == 0 ? 0 : 1 + depth(n - 1); }
static bool is_even(unsigned n);
static bool is_odd(unsigned n) { return n != 0 && is_even(n - 1); }
static bool is_even(unsigned n) { return n == 0 || is_odd(n - 1); }

void recursion_that_never_sleeps(pqxx::connection &c) {
  pqxx::work tx(c);
  if (is_even(depth(8)))
    tx.exec("SELECT 1");
  tx.commit();
}

void lambda_defined_inside_called_after_commit(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  auto notify = [h] { curl_easy_perform(h); };
  tx.exec("UPDATE orders SET notified = true");
  tx.commit();
  notify();
}

// Known limit: a call through a function pointer or a std::function has no
// direct callee to summarise, so it is not followed and stays silent even
// though both targets here sleep.
void function_pointer_and_std_function(pqxx::connection &c) {
  void (*fp)() = backoff;
  std::function<void()> fn = retry_later;
  pqxx::work tx(c);
  fp();
  fn();
  tx.commit();
}

// A virtual call may run any overrider this file defines: the pure virtual
// has no body, but its override does HTTP (virtual-dispatch.cpp has more).
class Notifier {
public:
  virtual ~Notifier() = default;
  virtual void notify() = 0;
};
class HttpNotifier : public Notifier {
public:
  explicit HttpNotifier(CURL *h) : h_(h) {}
  void notify() override { curl_easy_perform(h_); }

private:
  CURL *h_;
};

void pure_virtual_callee(pqxx::connection &c, Notifier &n) {
  pqxx::work tx(c);
  n.notify();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'Notifier::notify' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'Notifier::notify' may run 'HttpNotifier::notify'{{$}}
  // CHECK-MESSAGES: :[[@LINE-12]]:28: note: 'HttpNotifier::notify' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void only_the_instantiation_that_does_not_sleep(pqxx::connection &c) {
  pqxx::work tx(c);
  settle(ImmediatePolicy{});
  tx.commit();
}

class LocalConfig {
public:
  explicit LocalConfig(int n) : n_(compute_total(n, 1)) {}
  int limit() const { return n_; }

private:
  int n_;
};

void constructor_that_is_fast(pqxx::connection &c) {
  pqxx::work tx(c);
  LocalConfig cfg(9);
  tx.exec("UPDATE quotas SET n = " + std::to_string(cfg.limit()));
  tx.commit();
}

void constructed_after_commit(pqxx::connection &c, CURL *h) {
  {
    pqxx::work tx(c);
    tx.exec("SELECT 1");
    tx.commit();
  }
  RemoteConfig cfg(h);
  (void)cfg.limit();
}
