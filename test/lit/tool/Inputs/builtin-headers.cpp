// Needs the clang resource directory (stddef.h, stdarg.h, ...), which
// conncheck finds by itself.
#include <stdarg.h>
#include <stddef.h>
size_t count(int n, ...) { va_list ap; va_start(ap, n); va_end(ap); return n; }
