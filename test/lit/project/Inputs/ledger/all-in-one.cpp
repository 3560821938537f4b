// The same service as one translation unit: with -p, the wrappers of
// other files must mean what they mean here.
#include "audit.cpp"
#include "store.cpp"
#include "helpers.cpp"
#include "notify.cpp"
#include "handlers.cpp"
