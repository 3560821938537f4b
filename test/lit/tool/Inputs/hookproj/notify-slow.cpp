#include "app.h"

namespace app {
void notify(int order) {
  (void)order;
  sleep_ms(100);
}
} // namespace app
