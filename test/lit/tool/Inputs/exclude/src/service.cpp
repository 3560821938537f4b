#include "../vendor/retry.h"

void handler() {
  app::Tx tx;
  vendored_backoff();
  tx.commit();
}
