// A two-file service whose transaction (orders.cpp) calls a helper of
// another file (notify.cpp); in-house names described by ../inhouse.json.
#pragma once
namespace app {
struct Tx {
  Tx();
  ~Tx();
  void commit();
};
void sleep_ms(int);
void notify(int order);
} // namespace app
