// RUN: %check_conncheck %s --rules %S/Inputs/inhouse.json -- -std=c++17
// (tidy/nolint-as-clang-tidy.test checks clang-tidy silences the same.)

namespace app {
struct Tx {
  Tx();
  ~Tx();
  void commit();
};
void sleep_ms(int);
} // namespace app

void reported() {
  app::Tx tx;
  app::sleep_ms(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'app::sleep_ms' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: transaction 'tx' (app::Tx) begins here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
}

void other_check_named() {
  app::Tx tx;
  app::sleep_ms(1); // NOLINT(conncheck-nested-checkout)
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'app::sleep_ms' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: transaction 'tx' (app::Tx) begins here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
}

void nolint_next_line_elsewhere() {
  app::Tx tx;
  // NOLINTNEXTLINE
  int unrelated = 0;
  app::sleep_ms(unrelated);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'app::sleep_ms' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:11: note: transaction 'tx' (app::Tx) begins here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
}

// --- Silenced. ---

void nolint_all() {
  app::Tx tx;
  app::sleep_ms(1); // NOLINT
}

void nolint_this_check() {
  app::Tx tx;
  app::sleep_ms(1); // NOLINT(conncheck-slow-call-in-transaction)
}

void nolint_glob() {
  app::Tx tx;
  app::sleep_ms(1); // NOLINT(bugprone-*, conncheck-slow-*)
}

void nolint_next_line() {
  app::Tx tx;
  // NOLINTNEXTLINE(conncheck-slow-call-in-transaction)
  app::sleep_ms(1);
}

// NOLINTBEGIN(conncheck-*)
void region() {
  app::Tx tx;
  app::sleep_ms(1);
  app::sleep_ms(2);
}
// NOLINTEND(conncheck-*)
