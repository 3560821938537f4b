// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/AmazonWebServiceRequest.h (1.11.x)
// Only the class name, a virtual destructor and the pure virtual GetServiceRequestName() that every
// generated request overrides (seen in the S3 request headers); the rest of the real interface is omitted.
#pragma once

#include <aws/core/http/HttpTypes.h>
#include <aws/core/utils/memory/stl/AWSStreamFwd.h>

#include <memory>

namespace Aws
{
    class AmazonWebServiceRequest
    {
    public:
        AmazonWebServiceRequest() = default;
        virtual ~AmazonWebServiceRequest() = default;
        virtual const char* GetServiceRequestName() const = 0;
    };
} // namespace Aws
