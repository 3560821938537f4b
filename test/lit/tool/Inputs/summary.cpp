// Three slow calls in transactions, one of them silenced by NOLINT; the
// in-house names are described by Inputs/inhouse.json.
namespace app {
struct Tx {
  Tx();
  ~Tx();
  void commit();
};
void sleep_ms(int);
} // namespace app

void first() {
  app::Tx tx;
  app::sleep_ms(1);
  tx.commit();
}

void second() {
  app::Tx tx;
  app::sleep_ms(2); // NOLINT(conncheck-slow-call-in-transaction): reviewed
  tx.commit();
}

void third() {
  app::Tx tx;
  app::sleep_ms(3);
  tx.commit();
}
