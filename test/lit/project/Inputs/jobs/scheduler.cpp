#include "jobs.h"

namespace jobs {

Runner::~Runner() = default;

void Runner::runLocked() {
  std::lock_guard<std::mutex> guard(mu_);
  run();
}

} // namespace jobs
