#include "ledger.h"

namespace ledger {

void beginOn(soci::session &s) { s.begin(); }
void commitOn(soci::session &s) { s.commit(); }
void runSql(PgConn &db, const char *sql) { db.exec(sql); }

} // namespace ledger
