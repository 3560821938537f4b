#include "ledger.h"

namespace ledger {

soci::connection_pool sharedPool(4);

void writeAudit(int order) {
  soci::session s(sharedPool);
  s << "INSERT INTO audit(order_id) VALUES(:o)", soci::use(order);
}

} // namespace ledger
