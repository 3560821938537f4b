// In-house names, described by pack.json.
namespace app {
struct Tx {
  Tx();
  ~Tx();
  void commit();
};
void sleep_ms(int);
void wait_ready();
} // namespace app

void save(int id);
