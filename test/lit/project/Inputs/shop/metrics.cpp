#include "shop.h"

#include <chrono>
#include <thread>

namespace {
int Orders = 0;
}

void shop::recordMetrics(int order) { Orders += order > 0; }

namespace {
std::size_t LastLease = 0;
}

void shop::noteLease(std::size_t pos) { LastLease = pos; }

void shop::backoff() { std::this_thread::sleep_for(std::chrono::milliseconds(100)); }
