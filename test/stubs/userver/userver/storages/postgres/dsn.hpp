// conncheck test stub.
// Mirrors: userver-framework/userver  postgresql/include/userver/storages/postgres/dsn.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Only the Dsn / DsnList aliases (helper functions omitted).
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <string>
#include <vector>

#include <userver/utils/strong_typedef.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

using Dsn = USERVER_NAMESPACE::utils::NonLoggable<class DsnTag, std::string>;
using DsnList = std::vector<Dsn>;

}  // namespace storages::postgres

USERVER_NAMESPACE_END
