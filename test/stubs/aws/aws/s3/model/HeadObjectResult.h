// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/model/HeadObjectResult.h (1.11.x)
// GetContentLength() verified via index copies (WithContentLength(long long)); GetETag by the generator pattern.
// Only the listed getters are stubbed (results are only read by user code); the real class also has
// setters/With* and a constructor from Aws::AmazonWebServiceResult<...>, omitted here.
#pragma once

#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace S3 {
namespace Model {

class HeadObjectResult {
 public:
  HeadObjectResult() = default;
  inline long long GetContentLength() const { return m_contentLength; }
  inline const Aws::String& GetETag() const { return m_eTag; }

 private:
  long long m_contentLength{0};
  Aws::String m_eTag;

};

}  // namespace Model
}  // namespace S3
}  // namespace Aws
