#include "app.h"

void handler(int id) {
  app::Tx tx;
  save(id);
  tx.commit();
}
