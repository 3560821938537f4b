// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/endpoint/EndpointProviderBase.h (1.11.x)
// Only the class template name and arity (3 type parameters, as used by S3EndpointProvider.h at index
// commit 249aa34e39385b702e4821dd4cfeec70d7739715). Default template arguments and members omitted.
#pragma once

namespace Aws
{
    namespace Endpoint
    {
        class BuiltInParameters
        {
        public:
            virtual ~BuiltInParameters() = default;
        };

        class ClientContextParameters
        {
        public:
            virtual ~ClientContextParameters() = default;
        };

        template<typename ClientConfigurationT, typename BuiltInParametersT, typename ClientContextParametersT>
        class EndpointProviderBase
        {
        public:
            virtual ~EndpointProviderBase() = default;
        };
    } // namespace Endpoint
} // namespace Aws
