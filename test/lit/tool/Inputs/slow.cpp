// A transaction around a sleep, with in-house names described by
// Inputs/inhouse.json: the engine knows no library by name.
namespace app {
struct Tx {
  Tx();
  ~Tx();
  void commit();
};
void sleep_ms(int);
} // namespace app

void handler() {
  app::Tx tx;
  app::sleep_ms(50);
  tx.commit();
}
