// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/client/GenericClientConfiguration.h (1.11.x)
// Simplified: one primary template with the converting constructors; the real header also has an explicit
// specialization GenericClientConfiguration<true> (with enableHostPrefixInjection / enableEndpointDiscovery
// reference members). The default-argument type of the first constructor differs across 1.11 releases
// (ClientConfigurationInitValues in older, DefaultClientConfiguration in the index copy at commit
// 21255e13cef2b7bda93c57fdfd7eb270152b2f4f); this stub uses ClientConfigurationInitValues to match
// ClientConfiguration.h / S3ClientConfiguration.h above.
#pragma once

#include <aws/core/client/ClientConfiguration.h>

namespace Aws
{
    namespace Client
    {
        template<bool HasEndpointDiscovery = false>
        struct GenericClientConfiguration : public ClientConfiguration
        {
            static const bool EndpointDiscoverySupported = HasEndpointDiscovery;

            GenericClientConfiguration(const ClientConfigurationInitValues &configuration = {})
              : ClientConfiguration(configuration) {}
            GenericClientConfiguration(const char* inputProfileName, bool shouldDisableIMDS = false)
              : ClientConfiguration(inputProfileName, shouldDisableIMDS) {}
            explicit GenericClientConfiguration(bool useSmartDefaults, const char* defaultMode = "legacy", bool shouldDisableIMDS = false)
              : ClientConfiguration(useSmartDefaults, defaultMode, shouldDisableIMDS) {}
            GenericClientConfiguration(const ClientConfiguration& config)
              : ClientConfiguration(config) {}
        };
    } // namespace Client
} // namespace Aws
