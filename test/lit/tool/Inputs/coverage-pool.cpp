// The in-house pool that Inputs/coverage.json describes; no finding here.
namespace acme {
struct Conn {};
class PoolBase {
public:
  Conn *lease();
  void give_back(Conn *);
};
// The pack names lease() through this class: no declaration is called
// acme::Pool::lease, but a call made on a Pool is matched under that name.
class Pool : public PoolBase {};
} // namespace acme

void borrowBriefly(acme::Pool &pool) {
  acme::Conn *c = pool.lease();
  pool.give_back(c);
}
