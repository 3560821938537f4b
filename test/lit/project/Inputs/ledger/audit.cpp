#include "ledger.h"

namespace ledger {

soci::connection_pool sharedPool(4);

void writeAudit(int order) {
  soci::session s(sharedPool);
  s << "INSERT INTO audit(order_id) VALUES(:o)", soci::use(order);
}

} // namespace ledger

namespace ledger {

void auditShard(soci::connection_pool &pool, int shard) {
  soci::session s(pool);
  s << "UPDATE shards SET audited = 1 WHERE id = :s", soci::use(shard);
}

} // namespace ledger
