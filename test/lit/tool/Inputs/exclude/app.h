namespace app {
struct Tx {
  Tx();
  ~Tx();
  void commit();
};
void sleep_ms(int);
} // namespace app
