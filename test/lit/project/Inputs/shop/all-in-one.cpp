// The same service as one translation unit: the link step must give the
// findings a single-file analysis gives.
#include "uploader.cpp"
#include "pool.cpp"
#include "metrics.cpp"
#include "repository.cpp"
