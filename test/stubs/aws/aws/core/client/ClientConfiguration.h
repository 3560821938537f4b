// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/client/ClientConfiguration.h
// Version: 1.11.x (index copy at commit 08719dcfbfc1ab02bc24084967eb23d9b92ec312).
// Kept: the four constructors, ClientConfigurationInitValues, and a subset of the data members
// (userAgent, region, useDualStack, useFIPS, maxConnections, httpRequestTimeoutMs, requestTimeoutMs,
// connectTimeoutMs, enableTcpKeepAlive, endpointOverride, proxyHost, proxyPort, verifySSL, caPath,
// caFile, httpLibOverride, profileName, disableIMDS). Omitted: scheme, retryStrategy, executor,
// rate limiters and the other members.
#pragma once

#include <aws/core/http/HttpTypes.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <memory>

namespace Aws
{
    namespace Client
    {
        struct ClientConfigurationInitValues {
            bool shouldDisableIMDS = false;
        };

        struct ClientConfiguration
        {
            ClientConfiguration();
            ClientConfiguration(const ClientConfigurationInitValues &configuration);
            ClientConfiguration(const char* profileName, bool shouldDisableIMDS = false);
            explicit ClientConfiguration(bool useSmartDefaults, const char* defaultMode = "legacy", bool shouldDisableIMDS = false);
            virtual ~ClientConfiguration() = default;

            Aws::String userAgent;
            Aws::String region;
            bool useDualStack = false;
            bool useFIPS = false;
            unsigned maxConnections = 25;
            long httpRequestTimeoutMs = 0;
            long requestTimeoutMs = 0;
            long connectTimeoutMs = 1000;
            bool enableTcpKeepAlive = true;
            Aws::String endpointOverride;
            Aws::String proxyHost;
            unsigned proxyPort = 0;
            bool verifySSL = true;
            Aws::String caPath;
            Aws::String caFile;
            Aws::Http::TransferLibType httpLibOverride;
            Aws::String profileName;
            bool disableIMDS = false;
        };
    } // namespace Client
} // namespace Aws
