#include "app.h"

void placeOrder(int id) {
  app::Tx tx;
  app::notify(id);
  tx.commit();
}
