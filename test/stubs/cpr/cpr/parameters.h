// conncheck test stub.
// Mirrors: libcpr/cpr  include/cpr/parameters.h @ tag 1.10.5 (commit 3b15fa82ea74739b574d705fea44959b58142eb8); unchanged since 1.10.0 unless noted.
#ifndef CPR_PARAMETERS_H
#define CPR_PARAMETERS_H

#include <initializer_list>

#include "cpr/curl_container.h"

namespace cpr {

class Parameters : public CurlContainer<Parameter> {
  public:
    Parameters() = default;
    Parameters(const std::initializer_list<Parameter>& parameters);
};

} // namespace cpr

#endif
