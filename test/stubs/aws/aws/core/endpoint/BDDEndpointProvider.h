// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/endpoint/BDDEndpointProvider.h (1.11.x)
// Only the class template name, arity and base (as used by S3EndpointProvider.h at index commit
// 249aa34e39385b702e4821dd4cfeec70d7739715). Older 1.11 releases used DefaultEndpointProvider here.
#pragma once

#include <aws/core/endpoint/EndpointProviderBase.h>

namespace Aws
{
    namespace Endpoint
    {
        template<typename ClientConfigurationT, typename BuiltInParametersT, typename ClientContextParametersT>
        class BDDEndpointProvider : public EndpointProviderBase<ClientConfigurationT, BuiltInParametersT, ClientContextParametersT>
        {
        public:
            virtual ~BDDEndpointProvider() = default;
        };
    } // namespace Endpoint
} // namespace Aws
