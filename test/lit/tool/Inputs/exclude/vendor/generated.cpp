#include "../app.h"

void generated_handler() {
  app::Tx tx;
  app::sleep_ms(30);
  tx.commit();
}
