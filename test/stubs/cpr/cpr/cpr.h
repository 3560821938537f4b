// conncheck test stub.
// Mirrors: libcpr/cpr  include/cpr/cpr.h @ tag 1.10.5 (commit 3b15fa82ea74739b574d705fea44959b58142eb8); unchanged since 1.10.0 unless noted.
// Umbrella header. The real one includes ~40 headers (auth, bearer, cookies, cprver, multipart, proxies,
// ssl_options, status_codes, ...); only the ones stubbed here are included.
#ifndef CPR_CPR_H
#define CPR_CPR_H

#include "cpr/api.h"
#include "cpr/async_wrapper.h"
#include "cpr/body.h"
#include "cpr/callback.h"
#include "cpr/connect_timeout.h"
#include "cpr/cprtypes.h"
#include "cpr/curl_container.h"
#include "cpr/error.h"
#include "cpr/parameters.h"
#include "cpr/response.h"
#include "cpr/session.h"
#include "cpr/timeout.h"

#endif
