// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/Aws.h
// Version: 1.11.x (index copy at commit 0e8e4f8cbd44645149698092842831ca984105e6).
// Only Aws::SDKOptions (partial: HttpOptions, CryptoOptions), Aws::InitAPI, Aws::ShutdownAPI.
// Omitted from SDKOptions: ioOptions, loggingOptions, memoryManagementOptions, monitoringOptions, sdkVersion.
#pragma once

namespace Aws
{
    struct HttpOptions
    {
        HttpOptions() : initAndCleanupCurl(true), installSigPipeHandler(false), compliantRfc3986Encoding(false) {}
        bool initAndCleanupCurl;
        bool installSigPipeHandler;
        bool compliantRfc3986Encoding;
    };

    struct CryptoOptions
    {
        CryptoOptions() : initAndCleanupOpenSSL(true) {}
        bool initAndCleanupOpenSSL;
    };

    struct SDKOptions
    {
        HttpOptions httpOptions;
        CryptoOptions cryptoOptions;
    };

    void InitAPI(const SDKOptions& options);
    void ShutdownAPI(const SDKOptions& options);
} // namespace Aws
