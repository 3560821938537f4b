// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/model/CompleteMultipartUploadResult.h (1.11.x)
// Empty stub (no getters declared).
// Only the listed getters are stubbed (results are only read by user code); the real class also has
// setters/With* and a constructor from Aws::AmazonWebServiceResult<...>, omitted here.
#pragma once

#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace S3 {
namespace Model {

class CompleteMultipartUploadResult {
 public:
  CompleteMultipartUploadResult() = default;

 private:

};

}  // namespace Model
}  // namespace S3
}  // namespace Aws
