#include "shop.h"

namespace {
int Orders = 0;
}

void shop::recordMetrics(int order) { Orders += order > 0; }

namespace {
std::size_t LastLease = 0;
}

void shop::noteLease(std::size_t pos) { LastLease = pos; }
