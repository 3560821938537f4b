// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/http/HttpTypes.h
// Version: 1.11.x (index copy at commit 8aa531312ae30f05ee7fbf20a67aa2af075f088a).
#pragma once

#include <aws/core/utils/memory/stl/AWSMap.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <memory>
#include <utility>

namespace Aws
{
    namespace Http
    {
        enum class HttpMethod
        {
            HTTP_GET,
            HTTP_POST,
            HTTP_DELETE,
            HTTP_PUT,
            HTTP_HEAD,
            HTTP_PATCH
        };

        enum class TransferLibType
        {
            DEFAULT_CLIENT = 0,
            CURL_CLIENT,
            WIN_INET_CLIENT,
            WIN_HTTP_CLIENT
        };

        typedef std::pair<Aws::String, Aws::String> HeaderValuePair;
        typedef Aws::Map<Aws::String, Aws::String> HeaderValueCollection;
    } // namespace Http
} // namespace Aws
