// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/AmazonSerializableWebServiceRequest.h (1.11.x)
// Only the class name and base. Base class of Aws::S3::S3Request (see S3Request.h, index commit f7972a01).
#pragma once

#include <aws/core/AmazonWebServiceRequest.h>

namespace Aws
{
    class AmazonSerializableWebServiceRequest : public AmazonWebServiceRequest
    {
    public:
        virtual ~AmazonSerializableWebServiceRequest() = default;
    };
} // namespace Aws
