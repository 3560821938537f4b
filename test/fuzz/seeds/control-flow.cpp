// Fuzzing seed (test/fuzz/make-corpus.sh): an annotated in-house pool,
// transaction and HTTP client, and no #include, so that the source fuzzer
// runs at several inputs per second; the functions walk the control flow the
// engine joins over (branches, loops, switch, goto, try/catch, lambdas,
// early returns, moves, nested scopes).
#define SLOW(category) [[clang::annotate("conncheck::slow", category)]]

namespace acme {
struct Conn;
class Pool {
public:
  [[clang::annotate("conncheck::acquire")]] Conn *checkout();
  [[clang::annotate("conncheck::release")]] void checkin(Conn *c);
};
class [[clang::annotate("conncheck::transaction")]] Tx {
public:
  explicit Tx(Conn *c);
  ~Tx();
  [[clang::annotate("conncheck::end_transaction")]] void commit();
  void exec(const char *sql);
};
class [[clang::annotate("conncheck::lease")]] Lease {
public:
  explicit Lease(Pool &p);
  Lease(Lease &&other) noexcept;
  ~Lease();
  Conn *get();
};
class Session {
public:
  [[clang::annotate("conncheck::begin_transaction")]] void begin();
  [[clang::annotate("conncheck::end_transaction")]] void commit();
};
struct Http {
  SLOW("http") int post(const char *url);
};
SLOW("sleep") void backoff(int attempt);
} // namespace acme

template <typename T> T &&move(T &t) { return static_cast<T &&>(t); }

int charge(acme::Pool &pool, acme::Http &http, int n) {
  acme::Conn *c = pool.checkout();
  if (!c)
    return -1;
  {
    acme::Tx tx(c);
    tx.exec("UPDATE accounts SET balance = balance - 10");
    for (int i = 0; i < n; ++i) {
      if (i % 2)
        continue;
      if (http.post("https://payments/charge") == 0)
        break;
    }
    tx.commit();
  }
  pool.checkin(c);
  return 0;
}

void retry(acme::Pool &pool, acme::Http &http) {
  int attempt = 0;
again:
  acme::Lease lease(pool);
  switch (http.post("https://ledger")) {
  case 0:
    return;
  case 1:
    acme::backoff(attempt);
    [[fallthrough]];
  default:
    if (++attempt < 3)
      goto again;
  }
}

void guarded(acme::Pool &pool, acme::Http &http, acme::Session &s) {
  acme::Conn *c = pool.checkout();
  try {
    s.begin();
    auto call = [&] { return http.post("https://fraud"); };
    while (call() != 0)
      acme::backoff(1);
    s.commit();
  } catch (...) {
    pool.checkin(c);
    throw;
  }
  pool.checkin(c);
}

acme::Lease handOver(acme::Pool &pool) {
  acme::Lease lease(pool);
  acme::Lease other = move(lease);
  return other;
}

void readThenCall(acme::Pool &pool, acme::Http &http) {
  {
    acme::Lease lease(pool);
    acme::Tx tx(lease.get());
    tx.exec("SELECT 1");
    tx.commit();
  }
  http.post("https://after-release");
  for (int i = 0; i < 4; ++i) {
    acme::Lease perItem(pool);
    do {
      acme::backoff(i);
    } while (false);
  }
}
