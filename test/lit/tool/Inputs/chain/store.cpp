#include "app.h"

static void backoff() { app::sleep_ms(100); }

void save(int id) {
  app::wait_ready();
  if (id < 0)
    backoff(); // a retry sleep
}
