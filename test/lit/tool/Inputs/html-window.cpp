// Source text that HTML must escape, inside a held window.
#include <pqxx/pqxx>
#include <string>
#include <unistd.h>

template <typename T> bool less(const T &a, const T &b) { return a < b; }

void save(pqxx::connection &c, const std::string &name) {
  pqxx::work tx(c);
  std::string q = "INSERT INTO t VALUES ('" + name + "') -- <b>&amp;</b>";
  if (less(1, 2) && name != "\"x\"")
    sleep(1);
  tx.exec(q);
  tx.commit();
}

