// conncheck test stub.
// Mirrors: userver-framework/userver  postgresql/include/userver/storages/postgres/query.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf).
// Verbatim.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <userver/storages/query.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

using Query = USERVER_NAMESPACE::storages::Query;

}

USERVER_NAMESPACE_END
