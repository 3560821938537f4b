#include "ledger.h"

namespace ledger {

UnitOfWork::UnitOfWork(pqxx::connection &c) : conn_(c) {}
void UnitOfWork::begin() { tx_.emplace(conn_); }
void UnitOfWork::commit() {
  tx_->commit();
  tx_.reset();
}

PgConn::PgConn(const char *dsn) : conn_(PQconnectdb(dsn)) {}
void PgConn::exec(const char *sql) { PQclear(PQexec(conn_, sql)); }

Leases::Leases(soci::connection_pool &pool) : pool_(pool) {}
std::size_t Leases::borrow() { return pool_.lease(); }
void Leases::giveBack(std::size_t pos) { pool_.give_back(pos); }

} // namespace ledger
