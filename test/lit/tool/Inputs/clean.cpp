namespace app {
struct Tx {
  Tx();
  ~Tx();
  void commit();
};
void sleep_ms(int);
} // namespace app

void handler() {
  {
    app::Tx tx;
    tx.commit();
  }
  app::sleep_ms(50);
}
