#include "app.h"

namespace app {
void notify(int order) { (void)order; }
} // namespace app
