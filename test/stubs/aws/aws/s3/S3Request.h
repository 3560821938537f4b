// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/S3Request.h
// Version: 1.11.x (index copy at commit f7972a01f15c049b5eb6076eda13eb91f34a1757).
// Header/endpoint-parameter members omitted.
#pragma once

#include <aws/core/AmazonSerializableWebServiceRequest.h>
#include <aws/core/AmazonStreamingWebServiceRequest.h>

namespace Aws {
namespace S3 {
class S3Request : public Aws::AmazonSerializableWebServiceRequest {
 public:
  virtual ~S3Request() {}
};

typedef Aws::AmazonStreamingWebServiceRequest StreamingS3Request;

}  // namespace S3
}  // namespace Aws
