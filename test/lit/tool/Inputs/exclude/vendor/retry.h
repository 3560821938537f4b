// A vendored library: its own findings are not the team's, but the slow
// call it makes is still found from the team's code.
#include "../app.h"

inline void vendored_retry() {
  app::Tx tx;
  app::sleep_ms(10);
  tx.commit();
}

inline void vendored_backoff() { app::sleep_ms(20); }
