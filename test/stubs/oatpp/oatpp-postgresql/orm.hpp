// conncheck test stub.
// Mirrors: oatpp/oatpp-postgresql  src/oatpp-postgresql/orm.hpp @ tag 1.3.0 (commit 447a8debd5eed360679160a63c8024779f6188e8).
// (Installed as <oatpp-1.3.0/oatpp-postgresql/oatpp-postgresql/...>; included as "oatpp-postgresql/...".)
// Umbrella header. The real one also includes Types.hpp, oatpp/orm/SchemaMigration.hpp and
// oatpp/core/macro/codegen.hpp (not stubbed).
#ifndef oatpp_postgresql_orm_hpp
#define oatpp_postgresql_orm_hpp

#include "Executor.hpp"

#include "oatpp/orm/DbClient.hpp"

#endif // oatpp_postgresql_orm_hpp
