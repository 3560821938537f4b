#include "jobs.h"

#include <memory>
#include <unistd.h>

namespace jobs {

struct Backoff {
  void execute() { sleep(5); }
};

std::unique_ptr<Runner> makeBackoff() {
  return std::make_unique<Typed<Backoff>>();
}

} // namespace jobs
