// A job runner: each job type is a class template instantiated in the file
// that defines the job, and run through the base class by the scheduler.
#pragma once
#include <mutex>

namespace jobs {

class Runner {
public:
  virtual ~Runner();
  virtual void run() = 0;
  void runLocked();

private:
  std::mutex mu_;
};

template <typename Job> class Typed : public Runner {
public:
  void run() override { Job().execute(); }
};

} // namespace jobs
