// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/orm/Connection.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48); unchanged in 1.3.1 except "override" on the dtor.
// Verbatim.
#ifndef oatpp_orm_Connection_hpp
#define oatpp_orm_Connection_hpp

#include "oatpp/core/base/Countable.hpp"

namespace oatpp { namespace orm {

/**
 * Abstract database connection.
 */
class Connection : public base::Countable {
public:

  /**
   * Virtual destructor.
   */
  virtual ~Connection() = default;

};

}}

#endif // oatpp_orm_Connection_hpp
